"""loans

Dossier loans (R8): request, approval, hand-out and return (issue 11, loans).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401 - used once the upgrade is written
from alembic import op  # noqa: F401 - used once the upgrade is written

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
