"""building changes

The building editor (issue 13): floors and units are retired rather than deleted once they have a history
(``retired_at``, ``retired_by``); a floor gets a ``version`` for optimistic locking of the rename form.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("floor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("retired_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("retired_by", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_floor_retired_by_user"), "user", ["retired_by"], ["id"], ondelete="RESTRICT"
        )
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retired_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("retired_by", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_unit_retired_by_user"), "user", ["retired_by"], ["id"], ondelete="RESTRICT"
        )


def downgrade() -> None:
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_unit_retired_by_user"), type_="foreignkey")
        batch_op.drop_column("retired_by")
        batch_op.drop_column("retired_at")
    with op.batch_alter_table("floor", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_floor_retired_by_user"), type_="foreignkey")
        batch_op.drop_column("retired_by")
        batch_op.drop_column("retired_at")
        batch_op.drop_column("version")
