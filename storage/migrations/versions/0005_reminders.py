"""reminders: scheduled family notices, pending questions, answer buttons, informal hellos

Revision ID: 0005_reminders
Revises: 0004_routing
Create Date: 2026-11-23 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = '0005_reminders'
down_revision = '0004_routing'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('scheduled_notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('due_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('lease_owner', sa.String(length=64), nullable=True),
    sa.Column('lease_until', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_scheduled_notices_appointment_id_appointments')),
    sa.ForeignKeyConstraint(['family_id'], ['families.id'], name=op.f('fk_scheduled_notices_family_id_families')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_scheduled_notices_member_id_members')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_scheduled_notices_message_id_messages')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_scheduled_notices_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scheduled_notices')),
    sa.UniqueConstraint('appointment_id', 'member_id', 'kind', name=op.f('uq_scheduled_notices_appointment_id_member_id_kind'))
    )
    with op.batch_alter_table('scheduled_notices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scheduled_notices_family_id'), ['family_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_scheduled_notices_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_scheduled_notices_due', ['due_at'], unique=False, sqlite_where=sa.text("status = 'pending'"), postgresql_where=sa.text("status = 'pending'"))

    op.create_table('pending_questions',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('options', sa.JSON(), nullable=False),
    sa.Column('asked_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_pending_questions_appointment_id_appointments')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_pending_questions_member_id_members')),
    sa.PrimaryKeyConstraint('member_id', name=op.f('pk_pending_questions'))
    )
    with op.batch_alter_table('pending_questions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pending_questions_appointment_id'), ['appointment_id'], unique=False)

    op.create_table('family_hellos',
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('at', sa.Time(), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['family_id'], ['families.id'], name=op.f('fk_family_hellos_family_id_families')),
    sa.ForeignKeyConstraint(['updated_by'], ['workers.id'], name=op.f('fk_family_hellos_updated_by_workers')),
    sa.PrimaryKeyConstraint('family_id', name=op.f('pk_family_hellos'))
    )
    op.create_table('hellos_sent',
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('sent_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['family_id'], ['families.id'], name=op.f('fk_hellos_sent_family_id_families')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_hellos_sent_member_id_members')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_hellos_sent_message_id_messages')),
    sa.PrimaryKeyConstraint('family_id', 'member_id', 'day', name=op.f('pk_hellos_sent'))
    )

    # A plain ADD COLUMN (nullable): no table copy on SQLite.
    op.add_column('messages', sa.Column('buttons', sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_table('hellos_sent')
    op.drop_table('family_hellos')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('buttons')
    with op.batch_alter_table('pending_questions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pending_questions_appointment_id'))
    op.drop_table('pending_questions')
    with op.batch_alter_table('scheduled_notices', schema=None) as batch_op:
        batch_op.drop_index('ix_scheduled_notices_due', sqlite_where=sa.text("status = 'pending'"), postgresql_where=sa.text("status = 'pending'"))
        batch_op.drop_index(batch_op.f('ix_scheduled_notices_member_id'))
        batch_op.drop_index(batch_op.f('ix_scheduled_notices_family_id'))
    op.drop_table('scheduled_notices')
