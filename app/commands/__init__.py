"""Subcommands of `igor-desk`, one module each (see app.cli.COMMAND_MODULES)."""
