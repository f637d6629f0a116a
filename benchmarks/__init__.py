"""Reproducible measurements (not tests). See benchmarks/README.md."""
