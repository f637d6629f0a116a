"""Synthetic demo data (see app.demo.generator)."""
