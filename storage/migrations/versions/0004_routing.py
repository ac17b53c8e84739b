"""routing: requests, routing events, routing examples, alerts

Revision ID: 0004_routing
Revises: 0003_scheduling
Create Date: 2026-11-23 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = '0004_routing'
down_revision = '0003_scheduling'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('domain', sa.String(length=32), nullable=False),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('urgent_reasons', sa.String(length=200), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('routed_domain', sa.String(length=32), nullable=False),
    sa.Column('routed_assignee_id', sa.Integer(), nullable=True),
    sa.Column('due_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('first_action_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('closed_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['assignee_id'], ['workers.id'], name=op.f('fk_requests_assignee_id_workers')),
    sa.ForeignKeyConstraint(['family_id'], ['families.id'], name=op.f('fk_requests_family_id_families')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_requests_message_id_messages')),
    sa.ForeignKeyConstraint(['routed_assignee_id'], ['workers.id'], name=op.f('fk_requests_routed_assignee_id_workers')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_requests_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requests')),
    sa.UniqueConstraint('message_id', name=op.f('uq_requests_message_id'))
    )
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.create_index('ix_requests_family_id_id', ['family_id', 'id'], unique=False)
        batch_op.create_index('ix_requests_assignee_id_status', ['assignee_id', 'status'], unique=False)
        batch_op.create_index('ix_requests_team_id_status', ['team_id', 'status'], unique=False)

    op.create_table('routing_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('field', sa.String(length=16), nullable=False),
    sa.Column('old', sa.String(length=64), nullable=True),
    sa.Column('new', sa.String(length=64), nullable=True),
    sa.Column('at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['workers.id'], name=op.f('fk_routing_events_actor_id_workers')),
    sa.ForeignKeyConstraint(['family_id'], ['families.id'], name=op.f('fk_routing_events_family_id_families')),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_routing_events_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routing_events'))
    )
    with op.batch_alter_table('routing_events', schema=None) as batch_op:
        batch_op.create_index('ix_routing_events_family_id_id', ['family_id', 'id'], unique=False)
        batch_op.create_index('ix_routing_events_request_id', ['request_id'], unique=False)

    op.create_table('routing_examples',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('domain', sa.String(length=32), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['workers.id'], name=op.f('fk_routing_examples_author_id_workers')),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_routing_examples_request_id_requests')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_routing_examples_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routing_examples'))
    )
    with op.batch_alter_table('routing_examples', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routing_examples_team_id'), ['team_id'], unique=False)

    op.create_table('alerts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('reason', sa.String(length=64), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('seen_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['family_id'], ['families.id'], name=op.f('fk_alerts_family_id_families')),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_alerts_request_id_requests')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_alerts_team_id_teams')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_alerts_worker_id_workers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alerts')),
    sa.UniqueConstraint('worker_id', 'key', name=op.f('uq_alerts_worker_id_key'))
    )
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.create_index('ix_alerts_family_id_id', ['family_id', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_index('ix_alerts_family_id_id')
    op.drop_table('alerts')
    with op.batch_alter_table('routing_examples', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_routing_examples_team_id'))
    op.drop_table('routing_examples')
    with op.batch_alter_table('routing_events', schema=None) as batch_op:
        batch_op.drop_index('ix_routing_events_request_id')
        batch_op.drop_index('ix_routing_events_family_id_id')
    op.drop_table('routing_events')
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.drop_index('ix_requests_team_id_status')
        batch_op.drop_index('ix_requests_assignee_id_status')
        batch_op.drop_index('ix_requests_family_id_id')
    op.drop_table('requests')
