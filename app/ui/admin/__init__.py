"""Administration screens (administrators only): staff, enrollment codes, case viewers."""
