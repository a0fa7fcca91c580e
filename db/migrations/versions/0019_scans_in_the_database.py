"""scans kept in the database

Issue 19: a server desk keeps its scans in the database itself (db/blob_store.py): one ``attachment_blob`` per
SHA-256 and its bytes as ``attachment_chunk`` rows of about 1 MB, streamed in and out. Made in every database, a file's
too (one schema for both), though a file desk keeps its scans in the folder beside it; the triggers of db/protection.py
refuse changing a stored blob and removing one a document still uses.

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db import protection

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("size >= 0", name=op.f("ck_attachment_blob_size_not_negative")),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blob")),
    )
    op.create_table(
        "attachment_chunk",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("n >= 0", name=op.f("ck_attachment_chunk_n_not_negative")),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["attachment_blob.sha256"],
            name=op.f("fk_attachment_chunk_sha256_attachment_blob"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("sha256", "n", name=op.f("pk_attachment_chunk")),
    )
    # The blob triggers name these tables: installed now that they exist.
    protection.install(op.get_bind())


def downgrade() -> None:
    protection.uninstall(op.get_bind())
    op.drop_table("attachment_chunk")
    op.drop_table("attachment_blob")
    protection.install(op.get_bind())
