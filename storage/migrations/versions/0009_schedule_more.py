"""schedule_more: scheduling additions (team hours in answers)

Revision ID: 0009_schedule_more
Revises: 0008_trust_more
Create Date: 2026-11-23 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = '0009_schedule_more'
down_revision = '0008_trust_more'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
