"""authorised signatories and seal specimens

Issue 20: the people a customer authorises to sign applications and letters (授权人), with the dates of their
authority, and the scanned specimens (印章留存) of their signatures and of the company's seals (公章, 合同章, 财务章).
A specimen's bytes are in the attachment store like every scan; its row is never changed, a newer one is shown.

Revision ID: 0021
Revises: 0019
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signatory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("id_number", sa.String(length=40), nullable=False),
        sa.Column("position", sa.String(length=100), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_signatory_valid_dates")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_signatory_customer_id_customer"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user.id"], name=op.f("fk_signatory_created_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory")),
    )
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signatory_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "specimen",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("signatory_id", sa.Integer(), nullable=True),
        sa.Column("seal", sa.String(length=10), nullable=True),
        sa.Column("lodged_on", sa.Date(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=260), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("size >= 0", name=op.f("ck_specimen_size_not_negative")),
        sa.CheckConstraint(
            "seal IS NULL OR seal IN ('official', 'contract', 'finance', 'other')", name=op.f("ck_specimen_seal")
        ),
        sa.CheckConstraint("(signatory_id IS NULL) <> (seal IS NULL)", name=op.f("ck_specimen_signature_or_seal")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_specimen_customer_id_customer"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["signatory_id"], ["signatory.id"], name=op.f("fk_specimen_signatory_id_signatory"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(["added_by"], ["user.id"], name=op.f("fk_specimen_added_by_user"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_specimen")),
    )
    with op.batch_alter_table("specimen", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_specimen_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_specimen_signatory_id"), ["signatory_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_specimen_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    op.drop_table("specimen")
    op.drop_table("signatory")
