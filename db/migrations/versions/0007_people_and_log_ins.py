"""people and log-ins

Users: lockout, must-change-password, log-in records (issue 11, people).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401 - used once the upgrade is written
from alembic import op  # noqa: F401 - used once the upgrade is written

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
