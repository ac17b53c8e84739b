"""trust_more: trust additions (flood limits, delivery latency)

Revision ID: 0008_trust_more
Revises: 0007_console_more
Create Date: 2026-11-23 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = '0008_trust_more'
down_revision = '0007_console_more'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
