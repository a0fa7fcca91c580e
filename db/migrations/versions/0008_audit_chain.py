"""audit chain

The change history becomes the hash-chained, append-only audit log (issue 11, audit): every line gets its
place (``seq``), the hash of the line before it and its own hash (db/audit_chain.py). Every existing line is
kept and chained in the order it was written (its id); then SQLite triggers refuse UPDATE and DELETE on it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db import audit_chain

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, at, user_id, dossier_id, entity, entity_id, action, details FROM change ORDER BY id")
    ).fetchall()
    previous = audit_chain.GENESIS
    chained = []
    for seq, (row_id, at, user_id, dossier_id, entity, entity_id, action, details) in enumerate(rows, start=1):
        digest = audit_chain.entry_hash(seq, at, user_id, dossier_id, entity, entity_id, action, details, previous)
        chained.append({"id": row_id, "seq": seq, "prev_hash": previous, "hash": digest})
        previous = digest
    if chained:
        bind.execute(sa.text("UPDATE change SET seq = :seq, prev_hash = :prev_hash, hash = :hash WHERE id = :id"), chained)
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_change_seq"), ["seq"])
    audit_chain.install(bind)


def downgrade() -> None:
    audit_chain.uninstall(op.get_bind())
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_change_seq"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("seq")
