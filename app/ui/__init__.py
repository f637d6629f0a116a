"""Qt widgets, item models and dialogs. No SQL here: everything goes through app.services."""
