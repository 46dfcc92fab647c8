"""SQLite storage: SQLAlchemy models, engines and Alembic migrations."""
