"""Alembic environment for the desk database; run by melayani_desk.storage.desk_upgrade,
only to upgrade a file made by an older release (a new file gets storage/schema.py).

render_as_batch: SQLite alters tables by copying them. A batch migration recreates the
table, which DROPS its triggers: a later migration that batch-alters referrals,
outcomes or contact_reports must recreate the immutability triggers of k0001.
"""

from alembic import context

# No target metadata: the desk has no SQLAlchemy models (issue 14). Migrations are written
# by hand, and tests/test_desk_schema.py checks what they build against storage/schema.py.
connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
