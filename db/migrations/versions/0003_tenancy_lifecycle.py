"""tenancy lifecycle

Move-in checklist (requirement, document.requirement_id), printed dossier labels
(label_print) and the move-out checklist (move_out). Seeds the default checklist and links
documents already titled exactly like a checklist item to it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 18:46:07.103918
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.seed import seed_requirements


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "requirement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("stage", sa.String(length=12), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("stage IN ('move_in')", name=op.f("ck_requirement_stage")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requirement")),
        sa.UniqueConstraint("code", name=op.f("uq_requirement_code")),
    )
    op.create_table(
        "move_out",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenancy_id", sa.Integer(), nullable=False),
        sa.Column("move_out", sa.Date(), nullable=False),
        sa.Column("units", sa.Text(), nullable=False),
        sa.Column("keys_returned", sa.Boolean(), nullable=False),
        sa.Column("access_cards_returned", sa.Boolean(), nullable=False),
        sa.Column("electricity_reading", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("water_reading", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("deposit_outcome", sa.String(length=10), nullable=False),
        sa.Column("deposit_note", sa.Text(), nullable=False),
        sa.Column("forwarding_contact", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "deposit_outcome IN ('refunded', 'retained', 'none')", name=op.f("ck_move_out_deposit_outcome")
        ),
        sa.CheckConstraint(
            "electricity_reading IS NULL OR electricity_reading >= 0", name=op.f("ck_move_out_electricity_not_negative")
        ),
        sa.CheckConstraint("water_reading IS NULL OR water_reading >= 0", name=op.f("ck_move_out_water_not_negative")),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["user.id"], name=op.f("fk_move_out_recorded_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"], ["tenancy.id"], name=op.f("fk_move_out_tenancy_id_tenancy"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_move_out")),
    )
    with op.batch_alter_table("move_out", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_move_out_tenancy_id"), ["tenancy_id"], unique=False)

    op.create_table(
        "label_print",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("printed_by", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_label_print_dossier_id_dossier"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["printed_by"], ["user.id"], name=op.f("fk_label_print_printed_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_label_print")),
    )
    with op.batch_alter_table("label_print", schema=None) as batch_op:
        batch_op.create_index("ix_label_print_dossier_at", ["dossier_id", "printed_at"], unique=False)

    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("requirement_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_document_requirement_id"), ["requirement_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_document_requirement_id_requirement"),
            "requirement",
            ["requirement_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    seed_requirements(op.get_bind())
    op.execute(
        """
        UPDATE document SET requirement_id = (SELECT r.id FROM requirement r WHERE r.title = document.title)
        WHERE requirement_id IS NULL AND title IN (SELECT title FROM requirement)
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_document_requirement_id_requirement"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_document_requirement_id"))
        batch_op.drop_column("requirement_id")

    with op.batch_alter_table("label_print", schema=None) as batch_op:
        batch_op.drop_index("ix_label_print_dossier_at")

    op.drop_table("label_print")
    with op.batch_alter_table("move_out", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_move_out_tenancy_id"))

    op.drop_table("move_out")
    op.drop_table("requirement")
