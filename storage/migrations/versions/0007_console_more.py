"""console_more: canned replies and console additions

Revision ID: 0007_console_more
Revises: 0006_trust
Create Date: 2026-11-23 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = '0007_console_more'
down_revision = '0006_trust'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('canned_replies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['workers.id'], name=op.f('fk_canned_replies_created_by_workers')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_canned_replies_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_canned_replies')),
    sa.UniqueConstraint('team_id', 'title', name=op.f('uq_canned_replies_team_id_title'))
    )
    op.create_table('canned_reply_texts',
    sa.Column('reply_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['reply_id'], ['canned_replies.id'], name=op.f('fk_canned_reply_texts_reply_id_canned_replies')),
    sa.PrimaryKeyConstraint('reply_id', 'language', name=op.f('pk_canned_reply_texts'))
    )


def downgrade() -> None:
    op.drop_table('canned_reply_texts')
    op.drop_table('canned_replies')
