"""archive codes

The archive to standard (issue 12): a bound dossier's 档号 is composed from the archive settings (全宗号, 年度,
保管期限代码, 案卷号) and fixed at binding. ``file_number`` widens to hold it; the parts it was made of are kept
(``fonds_code``, ``file_year``, ``file_serial``) so the 案卷号 runs on within its 全宗 and year; a dossier bound
before the settings existed keeps its old number as ``former_file_number`` (原编号) once it is given its 档号.
Existing numbers (``2025-0007``) give their year and serial now.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db import protection

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.alter_column("file_number", existing_type=sa.String(length=20), type_=sa.String(length=60))
        batch_op.add_column(sa.Column("fonds_code", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("file_year", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("file_serial", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("former_file_number", sa.String(length=20), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_dossier_former_file_number"), ["former_file_number"])
    # Numbers made before: "YYYY-NNNN" (a year, a dash, a running number).
    op.execute(
        """
        UPDATE dossier
        SET file_year = CAST(substr(file_number, 1, 4) AS INTEGER),
            file_serial = CAST(substr(file_number, 6) AS INTEGER)
        WHERE file_number IS NOT NULL AND file_number LIKE '____-%'
        """
    )
    # Rebuilding the dossier table dropped its triggers (the status only moves forward).
    protection.install(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_dossier_former_file_number"), type_="unique")
        for column in ("former_file_number", "file_serial", "file_year", "fonds_code"):
            batch_op.drop_column(column)
        batch_op.alter_column("file_number", existing_type=sa.String(length=60), type_=sa.String(length=20))
    protection.install(op.get_bind())
