"""approvals

Requests that need the department manager's consent, and the decisions (issue 11, approvals).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


_KINDS = ", ".join(
    repr(k)
    for k in ("loan", "edit_working_copy", "trash_working_copy", "correct_original", "deposit", "destruction")
)
_STATUSES = ", ".join(repr(s) for s in ("pending", "approved", "refused", "used", "withdrawn"))


def upgrade() -> None:
    op.create_table(
        "approval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("requested_by", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("used_by", sa.Integer(), nullable=True),
        sa.CheckConstraint(f"kind IN ({_KINDS})", name=op.f("ck_approval_kind")),
        sa.CheckConstraint(f"status IN ({_STATUSES})", name=op.f("ck_approval_status")),
        sa.CheckConstraint(
            "(status = 'pending') = (decided_at IS NULL)", name=op.f("ck_approval_decided_unless_pending")
        ),
        sa.CheckConstraint("status != 'used' OR used_at IS NOT NULL", name=op.f("ck_approval_used_has_time")),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_approval_dossier_id_dossier"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"], ["user.id"], name=op.f("fk_approval_requested_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["user.id"], name=op.f("fk_approval_decided_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(["used_by"], ["user.id"], name=op.f("fk_approval_used_by_user"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval")),
    )
    with op.batch_alter_table("approval", schema=None) as batch_op:
        batch_op.create_index("ix_approval_status_kind", ["status", "kind"], unique=False)
        batch_op.create_index("ix_approval_subject", ["entity", "entity_id"], unique=False)


def downgrade() -> None:
    op.drop_table("approval")
