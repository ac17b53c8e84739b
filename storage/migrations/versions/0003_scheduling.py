"""scheduling: busy times, appointments, participants

Revision ID: 0003_scheduling
Revises: 0002_console
Create Date: 2026-11-23 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = '0003_scheduling'
down_revision = '0002_console'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('team_schedules',
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('week', sa.JSON(), nullable=False),
    sa.Column('closed_days', sa.JSON(), nullable=False),
    sa.Column('closed_dates', sa.JSON(), nullable=False),
    sa.Column('quiet_start', sa.Time(), nullable=False),
    sa.Column('quiet_end', sa.Time(), nullable=False),
    sa.Column('buffer_minutes', sa.Integer(), nullable=False),
    sa.Column('reminder_offsets_minutes', sa.JSON(), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_team_schedules_team_id_teams')),
    sa.PrimaryKeyConstraint('team_id', name=op.f('pk_team_schedules'))
    )
    op.create_table('worker_absences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_worker_absences_worker_id_workers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_worker_absences'))
    )
    with op.batch_alter_table('worker_absences', schema=None) as batch_op:
        batch_op.create_index('ix_worker_absences_worker_starts', ['worker_id', 'starts_at'], unique=False)

    op.create_table('worker_calendar_tokens',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_worker_calendar_tokens_worker_id_workers')),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_worker_calendar_tokens'))
    )
    with op.batch_alter_table('worker_calendar_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_worker_calendar_tokens_worker_id'), ['worker_id'], unique=False)

    op.create_table('appointments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('starts_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('family_answer', sa.String(length=16), nullable=True),
    sa.Column('answered_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('cancelled_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['workers.id'], name=op.f('fk_appointments_created_by_workers')),
    sa.ForeignKeyConstraint(['family_id'], ['families.id'], name=op.f('fk_appointments_family_id_families')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_appointments_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointments'))
    )
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.create_index('ix_appointments_family_starts', ['family_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_appointments_team_starts', ['team_id', 'starts_at'], unique=False)

    op.create_table('family_calendar_feeds',
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=False),
    sa.Column('last_fetched_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_ok_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.String(length=300), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['workers.id'], name=op.f('fk_family_calendar_feeds_created_by_workers')),
    sa.ForeignKeyConstraint(['family_id'], ['families.id'], name=op.f('fk_family_calendar_feeds_family_id_families')),
    sa.PrimaryKeyConstraint('family_id', name=op.f('pk_family_calendar_feeds'))
    )
    op.create_table('appointment_externals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_appointment_externals_appointment_id_appointments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment_externals'))
    )
    with op.batch_alter_table('appointment_externals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_externals_appointment_id'), ['appointment_id'], unique=False)

    op.create_table('appointment_members',
    sa.Column('appointment_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_appointment_members_appointment_id_appointments')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_appointment_members_member_id_members')),
    sa.PrimaryKeyConstraint('appointment_id', 'member_id', name=op.f('pk_appointment_members'))
    )
    with op.batch_alter_table('appointment_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_members_member_id'), ['member_id'], unique=False)

    op.create_table('appointment_workers',
    sa.Column('appointment_id', sa.Integer(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_appointment_workers_appointment_id_appointments')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_appointment_workers_worker_id_workers')),
    sa.PrimaryKeyConstraint('appointment_id', 'worker_id', name=op.f('pk_appointment_workers'))
    )
    with op.batch_alter_table('appointment_workers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_workers_worker_id'), ['worker_id'], unique=False)

    op.create_table('busy_times',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('starts_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('all_day', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=8), nullable=False),
    sa.Column('uid', sa.String(length=500), nullable=True),
    sa.Column('recurrence_id', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['workers.id'], name=op.f('fk_busy_times_created_by_workers')),
    sa.ForeignKeyConstraint(['family_id'], ['families.id'], name=op.f('fk_busy_times_family_id_families')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_busy_times_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_busy_times')),
    sa.UniqueConstraint('family_id', 'uid', 'recurrence_id', name=op.f('uq_busy_times_family_id_uid_recurrence_id'))
    )
    with op.batch_alter_table('busy_times', schema=None) as batch_op:
        batch_op.create_index('ix_busy_times_family_starts', ['family_id', 'starts_at'], unique=False)

    op.create_table('family_preferred_times',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.ForeignKeyConstraint(['family_id'], ['families.id'], name=op.f('fk_family_preferred_times_family_id_families')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family_preferred_times'))
    )
    with op.batch_alter_table('family_preferred_times', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_family_preferred_times_family_id'), ['family_id'], unique=False)

    op.create_table('member_busy_windows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_busy_windows_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_busy_windows'))
    )
    with op.batch_alter_table('member_busy_windows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_busy_windows_member_id'), ['member_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('member_busy_windows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_busy_windows_member_id'))

    op.drop_table('member_busy_windows')
    with op.batch_alter_table('family_preferred_times', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_family_preferred_times_family_id'))

    op.drop_table('family_preferred_times')
    with op.batch_alter_table('busy_times', schema=None) as batch_op:
        batch_op.drop_index('ix_busy_times_family_starts')

    op.drop_table('busy_times')
    with op.batch_alter_table('appointment_workers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointment_workers_worker_id'))

    op.drop_table('appointment_workers')
    with op.batch_alter_table('appointment_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointment_members_member_id'))

    op.drop_table('appointment_members')
    with op.batch_alter_table('appointment_externals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointment_externals_appointment_id'))

    op.drop_table('appointment_externals')
    op.drop_table('family_calendar_feeds')
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index('ix_appointments_team_starts')
        batch_op.drop_index('ix_appointments_family_starts')

    op.drop_table('appointments')
    with op.batch_alter_table('worker_calendar_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_worker_calendar_tokens_worker_id'))

    op.drop_table('worker_calendar_tokens')
    with op.batch_alter_table('worker_absences', schema=None) as batch_op:
        batch_op.drop_index('ix_worker_absences_worker_starts')

    op.drop_table('worker_absences')
    op.drop_table('team_schedules')
