"""Alembic environment of the hub database; run by melayani_hub.db.migrate."""

from alembic import context

from melayani_hub.models import HubBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=HubBase.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
