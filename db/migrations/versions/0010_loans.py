"""loans

Dossier loans (R8): request, approval, hand-out and return (issue 11, loans). One request may name several
dossiers (``loan_dossier``); the CHECKs keep the steps in order (handed out only with an approval, returned only
after handed out, 是否完好 known exactly when returned, a missing note when it came back incomplete).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "loan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=True),
        sa.Column("borrower", sa.String(length=100), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("purpose", sa.String(length=300), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("requested_by", sa.Integer(), nullable=False),
        sa.Column("expected_return", sa.Date(), nullable=False),
        sa.Column("in_office_only", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("handed_out_at", sa.DateTime(), nullable=True),
        sa.Column("handed_out_by", sa.Integer(), nullable=True),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("returned_by", sa.Integer(), nullable=True),
        sa.Column("complete", sa.Boolean(), nullable=True),
        sa.Column("missing_note", sa.Text(), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.CheckConstraint(
            "handed_out_at IS NULL OR approval_id IS NOT NULL", name=op.f("ck_loan_out_only_approved")
        ),
        sa.CheckConstraint(
            "(handed_out_at IS NULL) = (handed_out_by IS NULL)", name=op.f("ck_loan_out_who_and_when")
        ),
        sa.CheckConstraint(
            "returned_at IS NULL OR handed_out_at IS NOT NULL", name=op.f("ck_loan_returned_after_out")
        ),
        sa.CheckConstraint(
            "returned_at IS NULL OR returned_at >= handed_out_at", name=op.f("ck_loan_returned_not_before_out")
        ),
        sa.CheckConstraint(
            "(returned_at IS NULL) = (returned_by IS NULL)", name=op.f("ck_loan_returned_who_and_when")
        ),
        sa.CheckConstraint("(returned_at IS NULL) = (complete IS NULL)", name=op.f("ck_loan_complete_when_returned")),
        sa.CheckConstraint(
            "complete IS NULL OR complete OR missing_note <> ''", name=op.f("ck_loan_missing_noted")
        ),
        sa.ForeignKeyConstraint(
            ["approval_id"], ["approval.id"], name=op.f("fk_loan_approval_id_approval"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"], ["user.id"], name=op.f("fk_loan_requested_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["handed_out_by"], ["user.id"], name=op.f("fk_loan_handed_out_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["returned_by"], ["user.id"], name=op.f("fk_loan_returned_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan")),
        sa.UniqueConstraint("approval_id", name=op.f("uq_loan_approval_id")),
    )
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.create_index("ix_loan_open", ["returned_at", "handed_out_at"], unique=False)

    op.create_table(
        "loan_dossier",
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"], name=op.f("fk_loan_dossier_loan_id_loan"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_loan_dossier_dossier_id_dossier"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("loan_id", "dossier_id", name=op.f("pk_loan_dossier")),
    )
    with op.batch_alter_table("loan_dossier", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_dossier_dossier_id"), ["dossier_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("loan_dossier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loan_dossier_dossier_id"))
    op.drop_table("loan_dossier")
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.drop_index("ix_loan_open")
    op.drop_table("loan")
