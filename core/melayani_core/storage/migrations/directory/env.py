"""Alembic environment for the directory file; run by melayani_core.storage.migrate."""

from alembic import context

from melayani_core.storage.directory_models import DirectoryBase

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=DirectoryBase.metadata)
with context.begin_transaction():
    context.run_migrations()
