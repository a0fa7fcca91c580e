"""annual archiving

Binding (装订) gives a departed dossier its file number (案卷号), retention period and, per
document, the item number (件号) and page range (页号) frozen oldest first; the annual
archiving (R7) puts bound dossiers into file boxes (archive_box) by floor and year.
Existing rows keep every value; the new columns start empty.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_RETENTION = "'permanent', '30y', '10y'"


def upgrade() -> None:
    op.create_table(
        "archive_box",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("building_id", sa.Integer(), nullable=False),
        sa.Column("floor_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("retention", sa.String(length=10), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("spine_mm", sa.Integer(), nullable=False),
        sa.Column("capacity_pages", sa.Integer(), nullable=False),
        sa.Column("shelf_location", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.CheckConstraint(f"retention IN ({_RETENTION})", name=op.f("ck_archive_box_retention")),
        sa.CheckConstraint("spine_mm > 0 AND capacity_pages > 0", name=op.f("ck_archive_box_size_positive")),
        sa.ForeignKeyConstraint(
            ["building_id"], ["building.id"], name=op.f("fk_archive_box_building_id_building"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["floor_id"], ["floor.id"], name=op.f("fk_archive_box_floor_id_floor"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user.id"], name=op.f("fk_archive_box_created_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_box")),
        sa.UniqueConstraint("building_id", "number", name=op.f("uq_archive_box_building_id_number")),
    )
    with op.batch_alter_table("archive_box", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_archive_box_floor_id"), ["floor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_archive_box_year"), ["year"], unique=False)

    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(sa.Column("file_number", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("retention", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("bound_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("bound_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("box_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("box_position", sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_dossier_file_number"), ["file_number"])
        batch_op.create_check_constraint(
            batch_op.f("ck_dossier_retention"), sa.text(f"retention IS NULL OR retention IN ({_RETENTION})")
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_dossier_bound_by_user"), "user", ["bound_by"], ["id"], ondelete="RESTRICT"
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_dossier_box_id_archive_box"), "archive_box", ["box_id"], ["id"], ondelete="RESTRICT"
        )
        batch_op.create_index(batch_op.f("ix_dossier_box_id"), ["box_id"], unique=False)

    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("item_no", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("page_from", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("page_to", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("supplement", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_column("supplement")
        batch_op.drop_column("page_to")
        batch_op.drop_column("page_from")
        batch_op.drop_column("item_no")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_box_id"))
        batch_op.drop_constraint(batch_op.f("fk_dossier_box_id_archive_box"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_dossier_bound_by_user"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("ck_dossier_retention"), type_="check")
        batch_op.drop_constraint(batch_op.f("uq_dossier_file_number"), type_="unique")
        for column in ("box_position", "box_id", "bound_by", "bound_at", "retention", "file_number"):
            batch_op.drop_column(column)
    op.drop_table("archive_box")
