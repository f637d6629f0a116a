"""Min dag: the start page's rows (what is due for me, or for the team)."""
