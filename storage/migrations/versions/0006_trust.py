"""trust: retention, erasure, audit additions

Revision ID: 0006_trust
Revises: 0005_reminders
Create Date: 2026-11-23 12:00:00.000000

- `families.closed_at` (the retention clock) and `families.erased_at` (the tombstone);
- `audit_events.client_address` and an index for paging the trail by time;
- the audit trail made append-only in the database itself: a trigger refuses every DELETE and
  every UPDATE except the one a GDPR erasure makes (`detail` replaced by `{"erased": true}`, all
  other columns unchanged). No route, action or bug in Python can then rewrite the trail; only a
  database owner who drops the trigger could, and that is outside the application's reach.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = '0006_trust'
down_revision = '0005_reminders'
branch_labels = None
depends_on = None

_REFUSE = "audit_events is append-only"

_SQLITE_SAME = " AND ".join(
    f"NEW.{c} IS OLD.{c}"
    for c in ("id", "at", "actor_id", "action", "family_id", "source", "client_address"))

SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, '{_REFUSE}'); END""",
    f"""CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    WHEN NOT ({_SQLITE_SAME} AND json(NEW.detail) = json('{{"erased": true}}'))
    BEGIN SELECT RAISE(ABORT, '{_REFUSE}'); END""",
)

_PG_SAME = " AND ".join(
    f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}"
    for c in ("id", "at", "actor_id", "action", "family_id", "source", "client_address"))

POSTGRES_TRIGGERS = (
    f"""CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND {_PG_SAME}
                AND NEW.detail::jsonb = '{{"erased": true}}'::jsonb THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION '{_REFUSE}';
    END $$""",
    """CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()""",
    """CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()""",
)


def upgrade() -> None:
    with op.batch_alter_table('families', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_at', storage.types.UTCDateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('erased_at', storage.types.UTCDateTime(timezone=True),
                                      nullable=True))
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('client_address', sa.String(length=64), nullable=True))
        batch_op.create_index('ix_audit_events_at_id', ['at', 'id'], unique=False)
    # After the column changes: a batch operation that copies the table would drop triggers.
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_TRIGGERS if dialect == "sqlite" else POSTGRES_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events")
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS audit_events_append_only()")
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_at_id')
        batch_op.drop_column('client_address')
    with op.batch_alter_table('families', schema=None) as batch_op:
        batch_op.drop_column('erased_at')
        batch_op.drop_column('closed_at')
