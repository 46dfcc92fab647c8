"""Alembic environment for the desk database; run by melayani_desk.storage.desk_db.

render_as_batch: SQLite alters tables by copying them. A batch migration recreates the
table, which DROPS its triggers: a later migration that batch-alters referrals,
outcomes or contact_reports must recreate the immutability triggers of k0001.
"""

from alembic import context

from melayani_desk.storage.desk_models import DeskBase

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=DeskBase.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
