"""fees, deposits and arrears

Issue 15: fee items and their rates, meter readings, charges, payments and their allocation to charges, deposits
and their refunds or retentions, and the arrears chasing log. Money is whole fen in integers. Charges, payments,
allocations and deposit moves are appended, never changed (the triggers of db/protection.py).

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db import protection


revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fee_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("basis", sa.String(length=10), nullable=False),
        sa.Column("meter_kind", sa.String(length=12), nullable=True),
        sa.Column("building_id", sa.Integer(), nullable=True),
        sa.Column("billing_day", sa.Integer(), nullable=False),
        sa.Column("due_days", sa.Integer(), nullable=False),
        sa.Column("free_during_fit_out", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(basis = 'metered') = (meter_kind IS NOT NULL)", name=op.f("ck_fee_item_metered_has_meter")
        ),
        sa.CheckConstraint("basis IN ('area', 'fixed', 'metered', 'one_off')", name=op.f("ck_fee_item_basis")),
        sa.CheckConstraint(
            "meter_kind IS NULL OR meter_kind IN ('water', 'electricity')", name=op.f("ck_fee_item_meter_kind")
        ),
        sa.CheckConstraint("billing_day BETWEEN 1 AND 28", name=op.f("ck_fee_item_billing_day")),
        sa.CheckConstraint("due_days BETWEEN 0 AND 366", name=op.f("ck_fee_item_due_days")),
        sa.ForeignKeyConstraint(
            ["building_id"], ["building.id"], name=op.f("fk_fee_item_building_id_building"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_item")),
        sa.UniqueConstraint("name", name=op.f("uq_fee_item_name")),
    )
    op.create_table(
        "arrears_chase",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenancy_id", sa.Integer(), nullable=False),
        sa.Column("chased_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("contact", sa.String(length=100), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "method IN ('phone', 'letter', 'visit', 'email', 'message')", name=op.f("ck_arrears_chase_method")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["user.id"], name=op.f("fk_arrears_chase_recorded_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"], ["tenancy.id"], name=op.f("fk_arrears_chase_tenancy_id_tenancy"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrears_chase")),
    )
    with op.batch_alter_table("arrears_chase", schema=None) as batch_op:
        batch_op.create_index("ix_arrears_chase_tenancy", ["tenancy_id"], unique=False)

    op.create_table(
        "deposit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("tenancy_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("receipt_no", sa.String(length=30), nullable=True),
        sa.Column("payer", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('fit_out', 'key', 'access_card', 'rental', 'other')", name=op.f("ck_deposit_kind")
        ),
        sa.CheckConstraint("amount_fen > 0", name=op.f("ck_deposit_amount_positive")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user.id"], name=op.f("fk_deposit_created_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"], ["tenancy.id"], name=op.f("fk_deposit_tenancy_id_tenancy"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit")),
        sa.UniqueConstraint("receipt_no", name=op.f("uq_deposit_receipt_no")),
    )
    with op.batch_alter_table("deposit", schema=None) as batch_op:
        batch_op.create_index("ix_deposit_tenancy", ["tenancy_id"], unique=False)

    op.create_table(
        "fee_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenancy_id", sa.Integer(), nullable=False),
        sa.Column("receipt_no", sa.String(length=30), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("payer", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "method IN ('cash', 'transfer', 'card', 'cheque', 'wechat', 'alipay')", name=op.f("ck_fee_payment_method")
        ),
        sa.CheckConstraint("(reverses_id IS NULL) = (amount_fen > 0)", name=op.f("ck_fee_payment_reversal_negative")),
        sa.CheckConstraint(
            "reverses_id IS NOT NULL OR receipt_no IS NOT NULL", name=op.f("ck_fee_payment_payment_has_receipt")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user.id"], name=op.f("fk_fee_payment_created_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["fee_payment.id"],
            name=op.f("fk_fee_payment_reverses_id_fee_payment"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"], ["tenancy.id"], name=op.f("fk_fee_payment_tenancy_id_tenancy"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_payment")),
        sa.UniqueConstraint("receipt_no", name=op.f("uq_fee_payment_receipt_no")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_fee_payment_reverses_id")),
    )
    with op.batch_alter_table("fee_payment", schema=None) as batch_op:
        batch_op.create_index("ix_fee_payment_tenancy_paid", ["tenancy_id", "paid_on"], unique=False)

    op.create_table(
        "fee_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("rate", sa.Numeric(precision=14, scale=4), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("rate >= 0", name=op.f("ck_fee_rate_rate_not_negative")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["fee_item.id"], name=op.f("fk_fee_rate_item_id_fee_item"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["user.id"], name=op.f("fk_fee_rate_recorded_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_rate")),
        sa.UniqueConstraint("item_id", "valid_from", name=op.f("uq_fee_rate_item_id_valid_from")),
    )
    op.create_table(
        "fee_charge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenancy_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("adjusts_id", sa.Integer(), nullable=True),
        sa.Column("quantity", sa.Numeric(precision=14, scale=4), nullable=True),
        sa.Column("rate", sa.Numeric(precision=14, scale=4), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("days_in_period", sa.Integer(), nullable=True),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("billed_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind <> 'adjustment' OR adjusts_id IS NOT NULL", name=op.f("ck_fee_charge_adjustment_names_charge")
        ),
        sa.CheckConstraint(
            "kind = 'adjustment' OR amount_fen >= 0", name=op.f("ck_fee_charge_only_adjustments_negative")
        ),
        sa.CheckConstraint("kind IN ('generated', 'adjustment', 'one_off')", name=op.f("ck_fee_charge_kind")),
        sa.ForeignKeyConstraint(
            ["adjusts_id"], ["fee_charge.id"], name=op.f("fk_fee_charge_adjusts_id_fee_charge"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user.id"], name=op.f("fk_fee_charge_created_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["fee_item.id"], name=op.f("fk_fee_charge_item_id_fee_item"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"], ["tenancy.id"], name=op.f("fk_fee_charge_tenancy_id_tenancy"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_fee_charge_unit_id_unit"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_charge")),
    )
    with op.batch_alter_table("fee_charge", schema=None) as batch_op:
        batch_op.create_index("ix_fee_charge_period_item", ["period", "item_id"], unique=False)
        batch_op.create_index("ix_fee_charge_tenancy_due", ["tenancy_id", "due_on"], unique=False)

    op.create_table(
        "meter_reading",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("meter_kind", sa.String(length=12), nullable=False),
        sa.Column("meter_no", sa.String(length=40), nullable=False),
        sa.Column("reading", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("read_on", sa.Date(), nullable=False),
        sa.Column("confirmed_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("meter_kind IN ('water', 'electricity')", name=op.f("ck_meter_reading_meter_kind")),
        sa.CheckConstraint("reading >= 0", name=op.f("ck_meter_reading_reading_not_negative")),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["user.id"], name=op.f("fk_meter_reading_recorded_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_meter_reading_unit_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meter_reading")),
        sa.UniqueConstraint(
            "unit_id", "meter_kind", "read_on", name=op.f("uq_meter_reading_unit_id_meter_kind_read_on")
        ),
    )
    op.create_table(
        "fee_allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("charge_id", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount_fen <> 0", name=op.f("ck_fee_allocation_not_zero")),
        sa.ForeignKeyConstraint(
            ["charge_id"], ["fee_charge.id"], name=op.f("fk_fee_allocation_charge_id_fee_charge"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["fee_payment.id"],
            name=op.f("fk_fee_allocation_payment_id_fee_payment"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_allocation")),
        sa.UniqueConstraint("payment_id", "charge_id", name=op.f("uq_fee_allocation_payment_id_charge_id")),
    )
    with op.batch_alter_table("fee_allocation", schema=None) as batch_op:
        batch_op.create_index("ix_fee_allocation_charge", ["charge_id"], unique=False)

    op.create_table(
        "deposit_move",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deposit_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind <> 'retain' OR (approval_id IS NOT NULL AND reason <> '')",
            name=op.f("ck_deposit_move_retain_approved"),
        ),
        sa.CheckConstraint("kind IN ('refund', 'retain')", name=op.f("ck_deposit_move_kind")),
        sa.CheckConstraint("amount_fen > 0", name=op.f("ck_deposit_move_amount_positive")),
        sa.ForeignKeyConstraint(
            ["approval_id"], ["approval.id"], name=op.f("fk_deposit_move_approval_id_approval"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["deposit_id"], ["deposit.id"], name=op.f("fk_deposit_move_deposit_id_deposit"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["user.id"], name=op.f("fk_deposit_move_recorded_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit_move")),
    )
    with op.batch_alter_table("deposit_move", schema=None) as batch_op:
        batch_op.create_index("ix_deposit_move_deposit", ["deposit_id"], unique=False)

    # A partial move-out leaves the register's deposits held for the units kept (app/tenancy's checklist).
    with op.batch_alter_table("move_out", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_move_out_deposit_outcome"), type_="check")
        batch_op.create_check_constraint("deposit_outcome", "deposit_outcome IN ('refunded', 'retained', 'none', 'held')")
    protection.install(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("move_out", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_move_out_deposit_outcome"), type_="check")
        batch_op.create_check_constraint("deposit_outcome", "deposit_outcome IN ('refunded', 'retained', 'none')")
    with op.batch_alter_table("deposit_move", schema=None) as batch_op:
        batch_op.drop_index("ix_deposit_move_deposit")

    op.drop_table("deposit_move")
    with op.batch_alter_table("fee_allocation", schema=None) as batch_op:
        batch_op.drop_index("ix_fee_allocation_charge")

    op.drop_table("fee_allocation")
    op.drop_table("meter_reading")
    with op.batch_alter_table("fee_charge", schema=None) as batch_op:
        batch_op.drop_index("ix_fee_charge_tenancy_due")
        batch_op.drop_index("ix_fee_charge_period_item")

    op.drop_table("fee_charge")
    op.drop_table("fee_rate")
    with op.batch_alter_table("fee_payment", schema=None) as batch_op:
        batch_op.drop_index("ix_fee_payment_tenancy_paid")

    op.drop_table("fee_payment")
    with op.batch_alter_table("deposit", schema=None) as batch_op:
        batch_op.drop_index("ix_deposit_tenancy")

    op.drop_table("deposit")
    with op.batch_alter_table("arrears_chase", schema=None) as batch_op:
        batch_op.drop_index("ix_arrears_chase_tenancy")

    op.drop_table("arrears_chase")
    op.drop_table("fee_item")
