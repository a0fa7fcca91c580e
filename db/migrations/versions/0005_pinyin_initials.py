"""pinyin initials

Quick find by pinyin initials (PRODUCT.md: "part of the company name, Chinese or pinyin
initials"): customer.name_initials and customer_name.initials, filled here for every
existing customer and former name, and kept by the models' listeners afterwards.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.pinyin import initials

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_initials", sa.String(length=200), server_default="", nullable=False))
    with op.batch_alter_table("customer_name", schema=None) as batch_op:
        batch_op.add_column(sa.Column("initials", sa.String(length=200), server_default="", nullable=False))
    conn = op.get_bind()
    for table, column in (("customer", "name_initials"), ("customer_name", "initials")):
        rows = conn.execute(sa.text(f"SELECT id, name FROM {table}")).all()
        if rows:
            conn.execute(
                sa.text(f"UPDATE {table} SET {column} = :value WHERE id = :id"),
                [{"id": row_id, "value": initials(name)} for row_id, name in rows],
            )


def downgrade() -> None:
    with op.batch_alter_table("customer_name", schema=None) as batch_op:
        batch_op.drop_column("initials")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_column("name_initials")
