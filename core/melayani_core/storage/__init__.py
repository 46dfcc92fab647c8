"""The directory file: build aside, switch, read; its SQLAlchemy models and migrations."""
