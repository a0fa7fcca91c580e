"""the customer's people and their staff changes

Issue 20 (R11 人事变动): the customer's people (staff_member) with joined and left dates, the cards, keys and parking
permits they hold as links to their form records (staff_item: qms-pm-31313, 31317, 31306 — linked, never copied), and
what is still to be recovered from those who left.

Revision ID: 0022
Revises: 0019
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("position", sa.String(length=100), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("leaving", sa.String(length=10), nullable=True),
        sa.Column("leaving_record_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "leaving IS NULL OR leaving IN ('resigned', 'dismissed')", name=op.f("ck_staff_member_leaving")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user.id"], name=op.f("fk_staff_member_created_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_staff_member_customer_id_customer"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["leaving_record_id"],
            ["form_record.id"],
            name=op.f("fk_staff_member_leaving_record_id_form_record"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_member")),
    )
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.create_index("ix_staff_member_customer", ["customer_id"], unique=False)
    op.create_table(
        "staff_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("form_record_id", sa.Integer(), nullable=False),
        sa.Column("recover_since", sa.Date(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("received_by", sa.String(length=100), nullable=False),
        sa.Column("linked_by", sa.Integer(), nullable=False),
        sa.Column("linked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["form_record_id"],
            ["form_record.id"],
            name=op.f("fk_staff_item_form_record_id_form_record"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["linked_by"], ["user.id"], name=op.f("fk_staff_item_linked_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_member.id"], name=op.f("fk_staff_item_staff_id_staff_member"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_item")),
        sa.UniqueConstraint("form_record_id", name=op.f("uq_staff_item_form_record_id")),
    )
    with op.batch_alter_table("staff_item", schema=None) as batch_op:
        batch_op.create_index("ix_staff_item_staff", ["staff_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("staff_item", schema=None) as batch_op:
        batch_op.drop_index("ix_staff_item_staff")
    op.drop_table("staff_item")
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.drop_index("ix_staff_member_customer")
    op.drop_table("staff_member")
