"""Local storage: one SQLite file, migrated by Alembic."""
