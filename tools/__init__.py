"""Developer tools (not shipped with the program)."""
