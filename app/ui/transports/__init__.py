"""The transport board and its dialogs."""
