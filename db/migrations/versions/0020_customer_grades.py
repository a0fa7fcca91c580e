"""customer grades

Issue 20: a customer's grade (重点 / 一般 / 零散) from a day on, set by the supervisor; the newest row is the grade now.
The contact plan of each grade is a shared setting (app/care/plans.py), the planned return visits are ``return_visit``
rows with no subject, so this is the one table customer care adds.

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_grade",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("grade", sa.String(length=10), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("set_by", sa.Integer(), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("grade IN ('key', 'ordinary', 'small')", name=op.f("ck_customer_grade_grade")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_customer_grade_customer_id_customer"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["set_by"], ["user.id"], name=op.f("fk_customer_grade_set_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_grade")),
        sa.UniqueConstraint("customer_id", "since", name=op.f("uq_customer_grade_customer_id_since")),
    )
    op.create_index(op.f("ix_customer_grade_customer_id"), "customer_grade", ["customer_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_customer_grade_customer_id"), table_name="customer_grade")
    op.drop_table("customer_grade")
