"""Case work: the case list, intake, the case file and its records, letters."""
