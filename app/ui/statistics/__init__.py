"""Statistik view: figures, exports and the Excel import dialog."""
