"""Opening the database (encrypted local SQLite file or PostgreSQL) and migrating it."""

from app.database.engine import Database, DatabaseKind, open_database, parse_database_url

__all__ = ["Database", "DatabaseKind", "open_database", "parse_database_url"]
