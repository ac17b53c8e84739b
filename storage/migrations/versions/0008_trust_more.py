"""trust_more: Telegram bot and update ids as 64-bit integers

Bot ids are ten digits today, past a 32-bit integer: on PostgreSQL every update of such a bot
failed to store. SQLite's INTEGER is 64-bit already; the batch rewrite keeps the schema in step.

Revision ID: 0008_trust_more
Revises: 0007_console_more
Create Date: 2026-11-23 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008_trust_more'
down_revision = '0007_console_more'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('telegram_updates') as batch:
        for column in ('bot_id', 'update_id'):
            batch.alter_column(column, existing_type=sa.Integer(), type_=sa.BigInteger(),
                               existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('telegram_updates') as batch:
        for column in ('bot_id', 'update_id'):
            batch.alter_column(column, existing_type=sa.BigInteger(), type_=sa.Integer(),
                               existing_nullable=False)
