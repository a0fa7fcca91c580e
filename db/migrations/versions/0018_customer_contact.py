"""the customer's contact person

Issue 17: the office's customer lists name a contact person (联系人) beside the phone; the import reads it and the
export writes it, so the customer keeps it.

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.add_column(sa.Column("contact_person", sa.String(length=100), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.drop_column("contact_person")
