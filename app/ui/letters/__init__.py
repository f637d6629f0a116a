"""The letters page: create, preview, print and keep letters and forms."""
