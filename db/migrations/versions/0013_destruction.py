"""destruction

Retention and approved destruction (R15; issue 12, destruction): the destruction lists of the appraisal (到期鉴定)
and their items (destroy, or keep longer), and the triggers of db/protection.py that let a dossier become
destroyed and a document get its tombstone only as an item "destroy" of a list the manager approved.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db import protection

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "destruction_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.Column("proposed_by", sa.Integer(), nullable=False),
        sa.Column("proposed_at", sa.DateTime(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=True),
        sa.Column("witness_1", sa.String(length=100), server_default="", nullable=False),
        sa.Column("witness_2", sa.String(length=100), server_default="", nullable=False),
        sa.Column("destroyed_at", sa.DateTime(), nullable=True),
        sa.Column("destroyed_by", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(destroyed_at IS NULL) = (destroyed_by IS NULL)", name=op.f("ck_destruction_list_destroyed_who_and_when")
        ),
        sa.CheckConstraint(
            "destroyed_at IS NULL OR (witness_1 <> '' AND witness_2 <> '' AND witness_1 <> witness_2)",
            name=op.f("ck_destruction_list_two_witnesses"),
        ),
        sa.ForeignKeyConstraint(
            ["approval_id"], ["approval.id"], name=op.f("fk_destruction_list_approval_id_approval"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["destroyed_by"], ["user.id"], name=op.f("fk_destruction_list_destroyed_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by"], ["user.id"], name=op.f("fk_destruction_list_proposed_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_list")),
        sa.UniqueConstraint("approval_id", name=op.f("uq_destruction_list_approval_id")),
        sa.UniqueConstraint("number", name=op.f("uq_destruction_list_number")),
    )
    op.create_table(
        "destruction_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=8), nullable=False),
        sa.Column("keep_until_year", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint("decision IN ('destroy', 'keep')", name=op.f("ck_destruction_item_decision")),
        sa.CheckConstraint(
            "(decision = 'keep') = (keep_until_year IS NOT NULL)", name=op.f("ck_destruction_item_kept_until_when_kept")
        ),
        sa.CheckConstraint("decision = 'destroy' OR reason <> ''", name=op.f("ck_destruction_item_kept_with_reason")),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_destruction_item_dossier_id_dossier"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["destruction_list.id"],
            name=op.f("fk_destruction_item_list_id_destruction_list"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_item")),
        sa.UniqueConstraint("list_id", "dossier_id", name=op.f("uq_destruction_item_list_id_dossier_id")),
    )
    with op.batch_alter_table("destruction_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_destruction_item_dossier_id"), ["dossier_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_destruction_item_list_id"), ["list_id"], unique=False)
    # The destruction triggers name these tables: installed now that they exist (db/protection.py).
    protection.install(op.get_bind())


def downgrade() -> None:
    protection.uninstall(op.get_bind())
    op.drop_table("destruction_item")
    op.drop_table("destruction_list")
    protection.install(op.get_bind())
