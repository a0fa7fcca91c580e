"""The fees room (R11): fee items and rates, meter readings, the month's charges, payments and receipts, the
ledger per tenancy, deposits, arrears with their ageing and chasing log.

Other rooms and the window use it through these names only (pyproject's protected contract).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.fees.ageing import (
    AGE_BUCKETS,
    BAND_NAMES,
    BANDS,
    BUCKET_NAMES,
    CHASE_METHOD_NAMES,
    ArrearsRow,
    ChaseInfo,
    OverdueLine,
    arrears,
    band_of,
    bucket_of,
    chases_of,
    overdue_by_tenancy,
    record_chase,
)
from app.fees.balances import Balances, OpenLine, for_tenancies
from app.fees.capitals import amount_in_capitals
from app.fees.charging import (
    NOTE_TEXTS,
    ChargeInfo,
    ItemTotal,
    Month,
    MonthPlan,
    PlannedLine,
    PlanNote,
    add_charge,
    cancel_charge,
    generate_month,
    parse_month,
    plan_month,
)
from app.fees.deposits import KIND_NAMES as DEPOSIT_KIND_NAMES
from app.fees.deposits import MOVE_NAMES as DEPOSIT_MOVE_NAMES
from app.fees.deposits import STATE_NAMES as DEPOSIT_STATE_NAMES
from app.fees.deposits import (
    DepositInfo,
    DepositMoveInfo,
    deposit,
    deposits_of,
    record_deposit,
    refund_deposit,
    retain_deposit,
    undecided_fen,
)
from app.fees.items import (
    BASIS_NAMES,
    METER_NAMES,
    FeeItemDraft,
    FeeItemInfo,
    FeeSettings,
    RateInfo,
    change_fee_settings,
    checked_rate,
    fee_item,
    fee_items,
    fee_settings,
    save_fee_item,
    set_rate,
)
from app.fees.ledgers import ENTRY_NAMES, Ledger, LedgerLine, ledger
from app.fees.meters import ReadingInfo, readings_of, record_reading
from app.fees.money import money_text, parse_money, round_to_fen, yuan
from app.fees.payments import (
    METHOD_NAMES,
    AllocationInfo,
    PaymentInfo,
    next_receipt_no,
    open_charges,
    payment_info,
    payments_of,
    receipt_payment,
    record_payment,
    reverse_payment,
)
from app.fees.registers import (
    DEPOSIT_STATES,
    ChargeFilter,
    ChargeRow,
    ChargeTotals,
    DepositFilter,
    DepositRegister,
    DepositRow,
    PaymentFilter,
    PaymentRow,
    PaymentTotals,
    charge_register,
    charge_totals,
    deposit_register,
    payment_register,
    payment_totals,
)
from app.fees.summary import MonthSummary, SummaryRow, month_summary
from app.fees.tenancies import tenancy_of_unit, tenancy_place
from app.lazy import loaded_when_asked

if TYPE_CHECKING:  # what type checkers and the import contracts see; at run time these come from __getattr__ below
    from app.fees.printouts import print_arrears_notices, print_month_summary, print_receipt, print_statement

# The printouts bring reportlab (~100 ms): loaded when first asked for, not by the window's start (the floor grid's
# arrears badge uses this room).
_LOADED_WHEN_ASKED = {
    "print_arrears_notices": "app.fees.printouts",
    "print_month_summary": "app.fees.printouts",
    "print_receipt": "app.fees.printouts",
    "print_statement": "app.fees.printouts",
}
__getattr__ = loaded_when_asked(__name__, _LOADED_WHEN_ASKED)


__all__ = [
    "AGE_BUCKETS",
    "BANDS",
    "BAND_NAMES",
    "BASIS_NAMES",
    "BUCKET_NAMES",
    "CHASE_METHOD_NAMES",
    "DEPOSIT_KIND_NAMES",
    "DEPOSIT_MOVE_NAMES",
    "DEPOSIT_STATES",
    "DEPOSIT_STATE_NAMES",
    "ENTRY_NAMES",
    "METER_NAMES",
    "METHOD_NAMES",
    "NOTE_TEXTS",
    "AllocationInfo",
    "ArrearsRow",
    "Balances",
    "ChargeFilter",
    "ChargeInfo",
    "ChargeRow",
    "ChargeTotals",
    "ChaseInfo",
    "DepositFilter",
    "DepositInfo",
    "DepositMoveInfo",
    "DepositRegister",
    "DepositRow",
    "FeeItemDraft",
    "FeeItemInfo",
    "FeeSettings",
    "ItemTotal",
    "Ledger",
    "LedgerLine",
    "Month",
    "MonthPlan",
    "MonthSummary",
    "OpenLine",
    "OverdueLine",
    "PaymentFilter",
    "PaymentInfo",
    "PaymentRow",
    "PaymentTotals",
    "PlanNote",
    "PlannedLine",
    "RateInfo",
    "ReadingInfo",
    "SummaryRow",
    "add_charge",
    "amount_in_capitals",
    "arrears",
    "band_of",
    "bucket_of",
    "cancel_charge",
    "change_fee_settings",
    "charge_register",
    "charge_totals",
    "chases_of",
    "checked_rate",
    "deposit",
    "deposit_register",
    "deposits_of",
    "fee_item",
    "fee_items",
    "fee_settings",
    "for_tenancies",
    "generate_month",
    "ledger",
    "money_text",
    "month_summary",
    "next_receipt_no",
    "open_charges",
    "overdue_by_tenancy",
    "parse_money",
    "parse_month",
    "payment_info",
    "payment_register",
    "payment_totals",
    "payments_of",
    "plan_month",
    "print_arrears_notices",
    "print_month_summary",
    "print_receipt",
    "print_statement",
    "readings_of",
    "receipt_payment",
    "record_chase",
    "record_deposit",
    "record_payment",
    "record_reading",
    "refund_deposit",
    "retain_deposit",
    "reverse_payment",
    "round_to_fen",
    "save_fee_item",
    "set_rate",
    "tenancy_of_unit",
    "tenancy_place",
    "undecided_fen",
    "yuan",
]
