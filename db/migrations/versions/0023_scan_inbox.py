"""the scan inbox's claims

Issue 21: the copier's scans filed from the inbox folder. ``scan_claim`` holds one row per scanned file taken in —
its content's SHA-256 under a unique constraint, so no file is filed twice, not even by two desks watching one
folder — and what became of it (filed, put aside unsorted, unreadable). ``scan_bundle`` remembers each bundle of a
file filed (or put aside) before the file's last one, by (file hash, bundle index).

Revision ID: 0023
Revises: 0022
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scan_claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=260), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("message", sa.String(length=500), nullable=False),
        sa.Column("claimed_by", sa.Integer(), nullable=False),
        sa.Column("claimed_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("outcome IN ('filed', 'unsorted', 'unreadable')", name=op.f("ck_scan_claim_outcome")),
        sa.ForeignKeyConstraint(
            ["claimed_by"], ["user.id"], name=op.f("fk_scan_claim_claimed_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scan_claim")),
        sa.UniqueConstraint("sha256", name=op.f("uq_scan_claim_sha256")),
    )
    op.create_table(
        "scan_bundle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("bundle", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("filed_by", sa.Integer(), nullable=False),
        sa.Column("filed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_scan_bundle_document_id_document"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["filed_by"], ["user.id"], name=op.f("fk_scan_bundle_filed_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scan_bundle")),
        sa.UniqueConstraint("sha256", "bundle", name=op.f("uq_scan_bundle_sha256_bundle")),
    )


def downgrade() -> None:
    op.drop_table("scan_bundle")
    op.drop_table("scan_claim")
