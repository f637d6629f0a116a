"""The operator's side of the program: backups, restore, retention, settings, diagnostics."""
