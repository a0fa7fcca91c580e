"""search index

Quick find by index (issue 14): the trigram FTS5 table, the 1–2 character gram table, the entries with their keys
(unit numbers without leading zeros, reversed phone digits, dossier numbers) and the triggers that note changed
records (db/search_index.py), filled from the tables once here.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

from db import search_index

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    search_index.install(connection)
    search_index.rebuild(connection)


def downgrade() -> None:
    search_index.uninstall(op.get_bind())
