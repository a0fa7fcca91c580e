"""initial dossier schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 18:23:49.705144
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "building",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_building")),
        sa.UniqueConstraint("name", name=op.f("uq_building_name")),
    )
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("id_code", sa.String(length=40), nullable=False),
        sa.Column("legal_representative", sa.String(length=100), nullable=False),
        sa.Column("registered_capital", sa.String(length=100), nullable=False),
        sa.Column("nature", sa.String(length=100), nullable=False),
        sa.Column("industry", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('company', 'person')", name=op.f("ck_customer_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_id_code"), ["id_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_customer_name"), ["name"], unique=False)

    op.create_table(
        "user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=50), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("role IN ('clerk', 'supervisor', 'manager', 'admin')", name=op.f("ck_user_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user")),
        sa.UniqueConstraint("login", name=op.f("uq_user_login")),
    )
    op.create_table(
        "customer_name",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("used_until", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_name_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_name")),
    )
    with op.batch_alter_table("customer_name", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_name_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_customer_name_name"), ["name"], unique=False)

    op.create_table(
        "floor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("building_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["building_id"], ["building.id"], name=op.f("fk_floor_building_id_building"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_floor")),
        sa.UniqueConstraint("building_id", "label", name=op.f("uq_floor_building_id_label")),
        sa.UniqueConstraint("building_id", "level", name=op.f("uq_floor_building_id_level")),
    )
    op.create_table(
        "tenancy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("move_in", sa.Date(), nullable=False),
        sa.Column("move_out", sa.Date(), nullable=True),
        sa.Column("fit_out_until", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "move_out IS NULL OR move_out >= move_in", name=op.f("ck_tenancy_move_out_after_move_in")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_tenancy_customer_id_customer"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tenancy")),
    )
    with op.batch_alter_table("tenancy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tenancy_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("floor_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("area", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("use", sa.String(length=50), nullable=False),
        sa.CheckConstraint("area IS NULL OR area >= 0", name=op.f("ck_unit_area_not_negative")),
        sa.ForeignKeyConstraint(
            ["floor_id"], ["floor.id"], name=op.f("fk_unit_floor_id_floor"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("floor_id", "number", name=op.f("uq_unit_floor_id_number")),
    )
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_floor_id"), ["floor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_unit_number"), ["number"], unique=False)

    op.create_table(
        "dossier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("tenancy_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("label_text", sa.String(length=200), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.CheckConstraint(
            "status IN ('live', 'departed', 'bound', 'archived', 'destroyed')", name=op.f("ck_dossier_status")
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"], ["tenancy.id"], name=op.f("fk_dossier_tenancy_id_tenancy"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_dossier_unit_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier")),
        sa.UniqueConstraint("number", name=op.f("uq_dossier_number")),
        sa.UniqueConstraint("tenancy_id", name=op.f("uq_dossier_tenancy_id")),
    )
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossier_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_dossier_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "tenancy_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenancy_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_tenancy_unit_end_after_start")
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"],
            ["tenancy.id"],
            name=op.f("fk_tenancy_unit_tenancy_id_tenancy"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_tenancy_unit_unit_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tenancy_unit")),
        sa.UniqueConstraint("tenancy_id", "unit_id", name=op.f("uq_tenancy_unit_tenancy_id_unit_id")),
    )
    with op.batch_alter_table("tenancy_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tenancy_unit_tenancy_id"), ["tenancy_id"], unique=False)
        batch_op.create_index(
            "ix_tenancy_unit_unit_dates", ["unit_id", "start_date", "end_date"], unique=False
        )

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("mobile", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("is_emergency", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_contact_dossier_id_dossier"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_dossier_id"), ["dossier_id"], unique=False)

    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
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
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("trashed_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("pages >= 0", name=op.f("ck_document_pages_not_negative")),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_document_dossier_id_dossier"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["user.id"], name=op.f("fk_document_recorded_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_category"), ["category"], unique=False)
        batch_op.create_index("ix_document_dossier_date", ["dossier_id", "doc_date", "id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=260), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("size >= 0", name=op.f("ck_attachment_size_not_negative")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_attachment_document_id_document"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_document_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index("ix_document_dossier_date")
        batch_op.drop_index(batch_op.f("ix_document_category"))

    op.drop_table("document")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_dossier_id"))

    op.drop_table("contact")
    with op.batch_alter_table("tenancy_unit", schema=None) as batch_op:
        batch_op.drop_index("ix_tenancy_unit_unit_dates")
        batch_op.drop_index(batch_op.f("ix_tenancy_unit_tenancy_id"))

    op.drop_table("tenancy_unit")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_unit_id"))
        batch_op.drop_index(batch_op.f("ix_dossier_status"))

    op.drop_table("dossier")
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_number"))
        batch_op.drop_index(batch_op.f("ix_unit_floor_id"))

    op.drop_table("unit")
    with op.batch_alter_table("tenancy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tenancy_customer_id"))

    op.drop_table("tenancy")
    op.drop_table("floor")
    with op.batch_alter_table("customer_name", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_name_name"))
        batch_op.drop_index(batch_op.f("ix_customer_name_customer_id"))

    op.drop_table("customer_name")
    op.drop_table("user")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_name"))
        batch_op.drop_index(batch_op.f("ix_customer_id_code"))

    op.drop_table("customer")
    op.drop_table("building")
