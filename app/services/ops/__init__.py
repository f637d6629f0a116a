"""Operations: backups, retention (gallring) and diagnostics."""
