"""originals and versions

Originals never change and working copies keep every version (R9; issue 11, originals): the ``document_version``
table, the destruction tombstone on ``document``, and the triggers of db/protection.py (originals, kept versions,
a dossier's status only forward).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db import protection

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("doc_date", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("reference_no", sa.String(length=100), nullable=False),
        sa.Column("issuer", sa.String(length=200), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("is_original", sa.Boolean(), nullable=False),
        sa.Column("paper_location", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("attachments", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('edit', 'correction', 'trash', 'restore', 'attach')", name=op.f("ck_document_version_kind")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_version_document_id_document"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["changed_by"], ["user.id"], name=op.f("fk_document_version_changed_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["approval_id"], ["approval.id"], name=op.f("fk_document_version_approval_id_approval"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_version")),
        sa.UniqueConstraint("document_id", "version", name=op.f("uq_document_version_document_id_version")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("destroyed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("destruction_approval_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_document_destruction_approval_id_approval"),
            "approval",
            ["destruction_approval_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    protection.install(op.get_bind())


def downgrade() -> None:
    protection.uninstall(op.get_bind())
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_document_destruction_approval_id_approval"), type_="foreignkey")
        batch_op.drop_column("destruction_approval_id")
        batch_op.drop_column("destroyed_at")
    op.drop_table("document_version")
