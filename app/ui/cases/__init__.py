"""The case list, intake and (in its own module) the case file."""
