"""Every list of the program as a workbook (issue 17, Build 3): named exports streamed from the database.

``units``, ``customers``, ``tenancies`` and ``documents`` write exactly the import sheets (sheet names, headers and
values in the form the import reads), so their export is itself a valid import file; ``all`` puts those and
``fees`` in one workbook. The others (deposits, the service registers, filled forms, loans, the audit log, archive
boxes) are the lists the window shows, with Chinese headers as the office's registers have them.

Rows are streamed: each sheet is a generator over a server-side result read 2 000 rows at a time (or over the
register's own pages), never a list of a whole table, so 600 000 documents leave in bounded memory. Personal data
leaves as the role may let it (``app.privacy``): a person's ID number masked unless the role sees ID numbers, a
mobile masked unless the role may export mobiles. Names of states and kinds are written through ``translate``
(context, English source) → text: the window passes Qt's, the command line a reader of the .ts files
(``ts_translator``), so a workbook is in the office's language whichever way it was made.

Fees (decided here): one row per charge the office made (a generated or one-off line); the adjustment lines that
correct a charge are folded into it, so 应收 is what is owed for that item and month now; a charge cancelled in full
(应收 0 and nothing paid) is left out. 实收 is what payments allocated to the charge and its adjustments, net of
reversals; 收款日期 and 收据号 are the payment's when exactly one payment (not reversed) paid it, blank otherwise.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import aliased

from app import archive, fees, forms, loans, registers
from app.desk import Work
from app.dossier import BY_CODE
from app.errors import NotFound
from app.exchange.export_titles import ALL, EXPORT_TITLES
from app.exchange.sheets import (
    CUSTOMERS,
    DOCUMENTS,
    FEES,
    KIND_HEADERS,
    ORIGINAL_HEADERS,
    TENANCIES,
    UNITS,
    Kind,
    Sheet,
)
from app.exchange.workbook_writing import SheetRows, write_workbook
from app.permissions import Action
from app.privacy import exported_phone, shown_id_code
from app.text import QT_TRANSLATE_NOOP
from db.models import (
    ArchiveBox,
    Building,
    Change,
    Complaint,
    Customer,
    Deposit,
    Document,
    Dossier,
    FeeAllocation,
    FeeCharge,
    FeeItem,
    FeePayment,
    FitOutProject,
    Floor,
    FormRecord,
    LoanDossier,
    Repair,
    Tenancy,
    TenancyUnit,
    Unit,
    User,
    Violation,
)
from resources import FOLDER as RESOURCES

Translate = Callable[[str, str], str]  # (context, English source) -> the text shown
BATCH = 2_000  # rows fetched from SQLite at a time
PAGE = 1_000  # rows per page of a register read through its room's function (its most)
YES, NO = "是", "否"


def untranslated(context: str, source: str) -> str:
    return source


@dataclass(frozen=True)
class Export:
    """A named export: its title (``export --help``), its sheets, what it costs to count, who may take it."""

    name: str
    title: str  # English source, context "exchange"
    sheets: Callable[[Work, Translate], Iterable[SheetRows]]
    count: Callable[[Work], int]
    action: Action = Action.READ


# -- the import sheets ------------------------------------------------------------------------------------------


def _kinds(sheet: Sheet) -> list[Kind]:
    return [c.kind for c in sheet.columns]


def _streamed(work: Work, statement: Any) -> Iterator[Any]:
    """The rows of ``statement`` read from a server-side result a batch at a time."""
    yield from work.session.execute(statement.execution_options(yield_per=BATCH))


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else (Decimal(fen) / 100).quantize(Decimal("0.01"))


_UNITS = (
    select(Building.name, Floor.label, Unit.number, Unit.area, Unit.use)
    .join(Floor, Floor.id == Unit.floor_id)
    .join(Building, Building.id == Floor.building_id)
    # Retired units too: their past tenancies and documents name them, and the import needs them to exist.
    .order_by(Building.name, Floor.level, Unit.number, Unit.id)
)


def units_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    rows = ((b, f, n, area, use or None) for b, f, n, area, use in _streamed(work, _UNITS))
    yield SheetRows(UNITS.name, UNITS.headers, _kinds(UNITS), rows)


_CUSTOMERS = select(
    Customer.name,
    Customer.nature,
    Customer.id_code,
    Customer.legal_representative,
    Customer.contact_person,
    Customer.phone,
    Customer.email,
    Customer.kind,
).order_by(Customer.name, Customer.id)


def customers_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    actor = work.actor

    def rows() -> Iterator[list[Any]]:
        for name, nature, id_code, legal, contact, phone, email, kind in _streamed(work, _CUSTOMERS):
            yield [
                name,
                nature or None,
                shown_id_code(actor, kind, id_code or "") or None,
                legal or None,
                contact or None,
                exported_phone(actor, phone or "") or None,
                email or None,
                KIND_HEADERS.get(kind, kind),
            ]

    yield SheetRows(CUSTOMERS.name, CUSTOMERS.headers, _kinds(CUSTOMERS), rows())


_TENANCIES = (
    select(Customer.name, Building.name, Unit.number, TenancyUnit.start_date, TenancyUnit.end_date)
    .select_from(TenancyUnit)
    .join(Tenancy, Tenancy.id == TenancyUnit.tenancy_id)
    .join(Customer, Customer.id == Tenancy.customer_id)
    .join(Unit, Unit.id == TenancyUnit.unit_id)
    .join(Floor, Floor.id == Unit.floor_id)
    .join(Building, Building.id == Floor.building_id)
    .order_by(Tenancy.move_in, Tenancy.id, TenancyUnit.id)
)


def tenancies_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    # One row per unit of a tenancy, each with its own dates (one unit of several may have been given back).
    rows = (list(row) for row in _streamed(work, _TENANCIES))
    yield SheetRows(TENANCIES.name, TENANCIES.headers, _kinds(TENANCIES), rows)


_DOCUMENTS = (
    select(
        Building.name,
        Unit.number,
        Customer.name,
        Document.category,
        Document.doc_date,
        Document.title,
        Document.reference_no,
        Document.issuer,
        Document.pages,
        Document.is_original,
        Document.paper_location,
        Document.notes,
    )
    .select_from(Document)
    .join(Dossier, Dossier.id == Document.dossier_id)
    .join(Tenancy, Tenancy.id == Dossier.tenancy_id)
    .join(Customer, Customer.id == Tenancy.customer_id)
    .join(Unit, Unit.id == Dossier.unit_id)
    .join(Floor, Floor.id == Unit.floor_id)
    .join(Building, Building.id == Floor.building_id)
    # A destroyed document is a tombstone and a trashed one is not in the dossier any more: neither leaves.
    .where(Document.destroyed_at.is_(None), Document.trashed_at.is_(None))
    # By unit, then each tenancy's documents oldest first: the order a clerk reads, and the same in a file the
    # export was imported into (where the dossiers' ids are given out anew).
    .order_by(Building.name, Floor.level, Unit.number, Tenancy.move_in, Tenancy.id, Document.doc_date, Document.id)
)


def documents_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    def rows() -> Iterator[list[Any]]:
        for building, unit, customer, category, date, title, ref, issuer, pages, original, place, notes in _streamed(
            work, _DOCUMENTS
        ):
            known = BY_CODE.get(category)
            yield [
                building,
                unit,
                customer,
                known.chinese if known else category,
                date,
                title,
                ref or None,
                issuer or None,
                pages,
                ORIGINAL_HEADERS[bool(original)],
                place or None,
                notes or None,
            ]

    yield SheetRows(DOCUMENTS.name, DOCUMENTS.headers, _kinds(DOCUMENTS), rows())


# -- fees: one row per charge, its adjustments folded in ------------------------------------------------------------

_Adjustment = aliased(FeeCharge)
_Reversal = aliased(FeePayment)


def _fees_statement() -> Any:
    # Each figure is looked up per charge through an index (allocations by charge, adjustments grouped once):
    # joining grouped subqueries instead made SQLite scan them for every charge (minutes at 70 000 charges).
    adjusted = (
        select(_Adjustment.adjusts_id.label("charge_id"), func.sum(_Adjustment.amount_fen).label("fen"))
        .where(_Adjustment.kind == "adjustment")
        .group_by(_Adjustment.adjusts_id)
        .subquery()
    )
    # What was paid of a charge: the allocations to it and to its adjustments, reversals' negatives included.
    paid_direct = (
        select(func.coalesce(func.sum(FeeAllocation.amount_fen), 0))
        .where(FeeAllocation.charge_id == FeeCharge.id)
        .scalar_subquery()
    )
    paid_adjustments = (
        select(_Adjustment.adjusts_id.label("charge_id"), func.sum(FeeAllocation.amount_fen).label("fen"))
        .join(_Adjustment, _Adjustment.id == FeeAllocation.charge_id)
        .where(_Adjustment.kind == "adjustment")
        .group_by(_Adjustment.adjusts_id)
        .subquery()
    )
    # The payments that paid the charge and stand (a positive allocation: not a reversal; and not reversed): their
    # day and receipt if only one. (No test of reverses_id IS NULL: SQLite would then read every payment per charge.)
    reversed_ = exists().where(_Reversal.reverses_id == FeePayment.id)
    payments = (
        select(func.count(func.distinct(FeeAllocation.payment_id)))
        .join(FeePayment, FeePayment.id == FeeAllocation.payment_id)
        .where(FeeAllocation.charge_id == FeeCharge.id, FeeAllocation.amount_fen > 0)
        .where(~reversed_)
        .scalar_subquery()
    )
    paid_on = (
        select(func.max(FeePayment.paid_on))
        .join(FeeAllocation, FeeAllocation.payment_id == FeePayment.id)
        .where(FeeAllocation.charge_id == FeeCharge.id, FeeAllocation.amount_fen > 0)
        .where(~reversed_)
        .scalar_subquery()
    )
    receipt = (
        select(func.max(FeePayment.receipt_no))
        .join(FeeAllocation, FeeAllocation.payment_id == FeePayment.id)
        .where(FeeAllocation.charge_id == FeeCharge.id, FeeAllocation.amount_fen > 0)
        .where(~reversed_)
        .scalar_subquery()
    )
    due = FeeCharge.amount_fen + func.coalesce(adjusted.c.fen, 0)
    paid_fen = paid_direct + func.coalesce(paid_adjustments.c.fen, 0)
    unit_id = func.coalesce(FeeCharge.unit_id, Dossier.unit_id)
    return (
        select(
            Building.name,
            Unit.number,
            Customer.name,
            FeeItem.name,
            FeeCharge.period,
            due,
            paid_fen,
            payments,
            paid_on,
            receipt,
        )
        .select_from(FeeCharge)
        .join(FeeItem, FeeItem.id == FeeCharge.item_id)
        .join(Tenancy, Tenancy.id == FeeCharge.tenancy_id)
        .join(Customer, Customer.id == Tenancy.customer_id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
        .outerjoin(Unit, Unit.id == unit_id)
        .outerjoin(Floor, Floor.id == Unit.floor_id)
        .outerjoin(Building, Building.id == Floor.building_id)
        .outerjoin(adjusted, adjusted.c.charge_id == FeeCharge.id)
        .outerjoin(paid_adjustments, paid_adjustments.c.charge_id == FeeCharge.id)
        .where(FeeCharge.kind != "adjustment", or_(due != 0, paid_fen != 0))
        .order_by(FeeCharge.period, Building.name, Unit.number, FeeItem.position, FeeCharge.id)
    )


def fees_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    def rows() -> Iterator[list[Any]]:
        for building, unit, customer, item, period, due, paid, payments, paid_on, receipt in _streamed(
            work, _fees_statement()
        ):
            one = payments == 1
            yield [
                building,
                unit,
                customer,
                item,
                period,
                _yuan(due),
                _yuan(paid),
                paid_on if one else None,
                receipt if one else None,
            ]

    yield SheetRows(FEES.name, FEES.headers, _kinds(FEES), rows())


def _count_fees(work: Work) -> int:
    # The same charges as the sheet (a cancelled one left out), so the progress bar ends where the rows do.
    rows = _fees_statement().order_by(None).subquery()
    return int(work.session.scalar(select(func.count()).select_from(rows)) or 0)


# -- the other lists --------------------------------------------------------------------------------------------

# What the columns of the other lists hold (a datetime cell is written with its time by the writer).
T, D, DT, M, W = Kind.TEXT, Kind.DATE, Kind.DATE, Kind.MONEY, Kind.WHOLE

CHANNELS = {"phone": "电话", "walk_in": "来访", "self": "自查", "letter": "来函", "email": "邮件", "other": "其他"}
URGENCIES = {"normal": "一般", "urgent": "紧急", "emergency": "特急"}


def _paged(fetch: Callable[[int, int], Sequence[Any]]) -> Iterator[Any]:
    """A register's rows page by page (its room's function reads at most PAGE rows at a time)."""
    offset = 0
    while True:
        rows = fetch(offset, PAGE)
        yield from rows
        if len(rows) < PAGE:
            return
        offset += PAGE


def _state(machine: Any, state: str, translate: Translate) -> str:
    name = machine.states.get(state)
    return translate("registers", name) if name else state


def repairs_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    headers = ["编号", "状态", "楼栋", "楼层", "房号", "客户名称", "报修时间", "渠道", "紧急程度", "报修人", "报修内容"]
    headers += ["位置", "部门", "维修人", "完成日期", "超时"]
    kinds = [W, T, T, T, Kind.UNIT, T, DT, T, T, T, T, T, T, T, D, T]
    wanted = registers.RepairFilter()

    def full() -> Iterator[list[Any]]:
        for r in _paged(lambda o, n: registers.repair_register(work, wanted, offset=o, limit=n)):
            p = r.place
            yield [
                r.id,
                _state(registers.REPAIR, r.status, translate),
                p.building,
                p.floor,
                p.unit,
                p.customer,
                r.reported_at,
                CHANNELS.get(r.channel, r.channel),
                URGENCIES.get(r.urgency, r.urgency),
                r.reported_by,
                r.what,
                r.location,
                r.department,
                r.assignee,
                r.done_on,
                YES if r.overdue else NO,
            ]

    yield SheetRows("报修", headers, kinds, full())


def complaints_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    headers = ["编号", "状态", "楼栋", "楼层", "房号", "客户名称", "受理时间", "渠道", "投诉人", "投诉内容"]
    headers += ["责任部门", "处理结果", "回访日期"]
    kinds = [W, T, T, T, Kind.UNIT, T, DT, T, T, T, T, T, D]
    wanted = registers.ComplaintFilter()

    def rows() -> Iterator[list[Any]]:
        for c in _paged(lambda o, n: registers.complaint_register(work, wanted, offset=o, limit=n)):
            p = c.place
            yield [
                c.id,
                _state(registers.COMPLAINT, c.status, translate),
                p.building,
                p.floor,
                p.unit,
                p.customer,
                c.received_at,
                CHANNELS.get(c.channel, c.channel),
                c.complainant,
                c.content,
                c.department,
                c.result,
                c.feedback_on,
            ]

    yield SheetRows("投诉", headers, kinds, rows())


def violations_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    headers = ["编号", "状态", "楼栋", "楼层", "房号", "客户名称", "发现日期", "违规内容", "整改通知书编号"]
    headers += ["通知日期", "整改期限", "整改日期", "逾期未改"]
    kinds = [W, T, T, T, Kind.UNIT, T, D, T, T, D, D, D, T]
    wanted = registers.ViolationFilter()

    def rows() -> Iterator[list[Any]]:
        for v in _paged(lambda o, n: registers.violation_register(work, wanted, offset=o, limit=n)):
            p = v.place
            yield [
                v.id,
                _state(registers.VIOLATION, v.status, translate),
                p.building,
                p.floor,
                p.unit,
                p.customer,
                v.found_on,
                v.what,
                v.notice_no,
                v.notice_on,
                v.rectify_by,
                v.rectified_on,
                YES if v.late else NO,
            ]

    yield SheetRows("违规", headers, kinds, rows())


def fit_out_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    headers = ["编号", "状态", "楼栋", "楼层", "房号", "客户名称", "申请日期", "施工单位", "现场负责人", "联系电话"]
    headers += ["计划开工", "完工期限", "实际完工", "逾期"]
    kinds = [W, T, T, T, Kind.UNIT, T, D, T, T, T, D, D, D, T]
    actor = work.actor

    def rows() -> Iterator[list[Any]]:
        listed = registers.fit_out_register(work, registers.FitOutFilter(), limit=None)
        for f in listed.rows:
            yield [
                f.id,
                _state(registers.FIT_OUT, f.status, translate),
                f.building,
                f.floor,
                f.unit,
                f.customer,
                f.applied_on,
                f.contractor,
                f.person_in_charge,
                exported_phone(actor, f.phone or ""),
                f.planned_start,
                f.end,
                f.actual_end,
                YES if f.overdue else NO,
            ]

    yield SheetRows("二装", headers, kinds, rows())


def deposits_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    headers = ["编号", "押金类别", "收取日期", "收据号", "客户名称", "房号", "金额", "已退", "已扣", "余额", "状态"]
    kinds = [W, T, D, T, T, T, M, M, M, M, T]

    def rows() -> Iterator[list[Any]]:
        for d in fees.deposit_register(work, fees.DepositFilter()).rows:
            kind = fees.DEPOSIT_KIND_NAMES.get(d.kind)
            state = fees.DEPOSIT_STATE_NAMES.get(d.state)
            yield [
                d.id,
                translate("fees", kind) if kind else d.kind,
                d.received_on,
                d.receipt_no,
                d.customer,
                d.units,
                _yuan(d.amount_fen),
                _yuan(d.refunded_fen),
                _yuan(d.retained_fen),
                _yuan(d.held_fen),
                translate("fees", state) if state else d.state,
            ]

    yield SheetRows("押金", headers, kinds, rows())


def loans_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    headers = ["编号", "状态", "借阅日期", "档号/档案编号", "案卷题名", "房号", "客户名称", "借阅人", "部门"]
    headers += ["借阅目的", "批准人", "应还日期", "归还日期", "是否完好", "经手人", "备注"]
    kinds = [W, T, D, T, T, T, T, T, T, T, T, D, DT, T, T, T]

    def rows() -> Iterator[list[Any]]:
        for loan in loans.list_loans(work):
            state = translate("loan", loans.STATE_NAMES[loan.state])
            if loan.overdue:
                state += "（逾期）"
            complete = None if loan.complete is None else (YES if loan.complete else NO)
            note = "；".join(x for x in (loan.missing_note, loan.notes) if x)
            for d in loan.dossiers:
                yield [
                    loan.id,
                    state,
                    loan.lent_on,
                    d.file_number or d.number,
                    d.title,
                    d.units,
                    d.customer,
                    loan.borrower,
                    loan.department,
                    loan.purpose,
                    loan.approved_by,
                    loan.expected_return,
                    loan.returned_at,
                    complete,
                    loan.handed_out_by,
                    note,
                ]

    yield SheetRows("借阅", headers, kinds, rows())


def boxes_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    headers = ["盒号", "楼栋", "楼层", "年度", "保管期限", "起止档号", "案卷数", "件数", "页数", "盒脊厚度(mm)"]
    headers += ["存放位置", "全宗号", "目录号"]
    kinds = [T, T, T, W, T, T, W, W, W, W, T, T, T]

    def rows() -> Iterator[list[Any]]:
        for b in archive.boxes(work):
            numbers = b.file_numbers
            span = f"{numbers[0]}—{numbers[-1]}" if len(numbers) > 1 else (numbers[0] if numbers else "")
            yield [
                b.number,
                b.building,
                b.floor,
                b.year,
                archive.RETENTION_PRINTED.get(b.retention, b.retention),
                span,
                len(numbers),
                b.documents,
                b.pages,
                b.spine_mm,
                b.shelf_location,
                b.fonds_code,
                b.catalogue_no,
            ]

    yield SheetRows("档案盒", headers, kinds, rows())


_FORMS = (
    select(
        FormRecord.id,
        FormRecord.code,
        FormRecord.form_date,
        Building.name,
        Floor.label,
        Unit.number,
        Customer.name,
        FormRecord.handled_by,
    )
    .select_from(FormRecord)
    .outerjoin(Unit, Unit.id == FormRecord.unit_id)
    .outerjoin(Floor, Floor.id == Unit.floor_id)
    .outerjoin(Building, Building.id == Floor.building_id)
    .outerjoin(Tenancy, Tenancy.id == FormRecord.tenancy_id)
    .outerjoin(Customer, Customer.id == Tenancy.customer_id)
    .order_by(FormRecord.form_date.desc(), FormRecord.id.desc())
)


def forms_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    # The forms' own values stay out: they may hold ID numbers and mobiles, and each form has its own register.
    headers = ["编号", "表单编号", "表单名称", "日期", "楼栋", "楼层", "房号", "客户名称", "经办人"]
    kinds = [W, T, T, D, T, T, Kind.UNIT, T, T]
    work.require_read()

    def rows() -> Iterator[list[Any]]:
        titles: dict[str, str] = {}
        for record_id, code, day, building, floor, unit, customer, handled_by in _streamed(work, _FORMS):
            if code not in titles:
                try:
                    titles[code] = forms.form_definition(code).title
                except NotFound:
                    titles[code] = code
            yield [record_id, code, titles[code], day, building, floor, unit, customer, handled_by]

    yield SheetRows("表单", headers, kinds, rows())


_AUDIT = (
    select(Change.seq, Change.at, User.login, User.display_name, Change.action, Change.entity, Change.entity_id)
    .add_columns(Dossier.number, Change.details)
    .select_from(Change)
    .outerjoin(User, User.id == Change.user_id)
    .outerjoin(Dossier, Dossier.id == Change.dossier_id)
    .order_by(Change.seq)
)


def audit_sheet(work: Work, translate: Translate = untranslated) -> Iterator[SheetRows]:
    headers = ["序号", "时间", "登录名", "姓名", "操作", "对象", "对象编号", "档案编号", "详情"]
    kinds = [W, DT, T, T, T, T, W, T, T]
    work.require(Action.READ_AUDIT)

    def rows() -> Iterator[list[Any]]:
        for seq, at, login, name, action, entity, entity_id, dossier, details in _streamed(work, _AUDIT):
            text = details if details and details != "{}" else None
            if text:
                # As JSON with its Chinese readable (stored escaped or not, depending on the writer).
                with suppress(ValueError):
                    text = json.dumps(json.loads(text), ensure_ascii=False)
            yield [seq, at, login, name, action, entity, entity_id, dossier, text]

    yield SheetRows("审计日志", headers, kinds, rows())


# -- the table of exports ---------------------------------------------------------------------------------------


def _model_count(column: Any, *where: Any) -> Callable[[Work], int]:
    return lambda work: int(work.session.scalar(select(func.count(column)).where(*where)) or 0)


EXPORTS: dict[str, Export] = {
    e.name: e
    for e in (
        Export(
            "units",
            EXPORT_TITLES["units"],
            units_sheet,
            _model_count(Unit.id),
        ),
        Export(
            "customers",
            EXPORT_TITLES["customers"],
            customers_sheet,
            _model_count(Customer.id),
        ),
        Export(
            "tenancies",
            EXPORT_TITLES["tenancies"],
            tenancies_sheet,
            _model_count(TenancyUnit.id),
        ),
        Export(
            "documents",
            EXPORT_TITLES["documents"],
            documents_sheet,
            _model_count(Document.id, Document.destroyed_at.is_(None), Document.trashed_at.is_(None)),
        ),
        Export(
            "fees",
            EXPORT_TITLES["fees"],
            fees_sheet,
            _count_fees,
        ),
        Export(
            "deposits",
            EXPORT_TITLES["deposits"],
            deposits_sheet,
            _model_count(Deposit.id),
        ),
        Export("repairs", EXPORT_TITLES["repairs"], repairs_sheet, _model_count(Repair.id)),
        Export(
            "complaints",
            EXPORT_TITLES["complaints"],
            complaints_sheet,
            _model_count(Complaint.id),
        ),
        Export(
            "violations",
            EXPORT_TITLES["violations"],
            violations_sheet,
            _model_count(Violation.id),
        ),
        Export(
            "fit-out",
            EXPORT_TITLES["fit-out"],
            fit_out_sheet,
            _model_count(FitOutProject.id),
        ),
        Export(
            "forms",
            EXPORT_TITLES["forms"],
            forms_sheet,
            _model_count(FormRecord.id),
        ),
        Export(
            "loans",
            EXPORT_TITLES["loans"],
            loans_sheet,
            _model_count(LoanDossier.loan_id),
        ),
        Export(
            "audit",
            EXPORT_TITLES["audit"],
            audit_sheet,
            _model_count(Change.id),
            Action.READ_AUDIT,
        ),
        Export("boxes", EXPORT_TITLES["boxes"], boxes_sheet, _model_count(ArchiveBox.id)),
    )
}
NAMES = (*EXPORTS, "all")


def export_names(names: Iterable[str]) -> list[str]:
    """``names`` as exports, in the order asked, ``all`` expanded, each once; NotFound for an unknown one."""
    chosen: list[str] = []
    for name in names:
        wanted = ALL if name == "all" else (name,)
        for one in wanted:
            if one not in EXPORTS:
                raise NotFound(
                    QT_TRANSLATE_NOOP("app", "There is no export named “{name}”; the exports are: {names}."),
                    field="export.what",
                    name=one,
                    names=", ".join(NAMES),
                )
            if one not in chosen:
                chosen.append(one)
    return chosen


def _allowed(work: Work, names: Iterable[str]) -> list[str]:
    """``names`` as exports, refused unless the person may take each (the audit log needs its own right)."""
    chosen = export_names(names)
    for name in chosen:
        if EXPORTS[name].action is not Action.READ:
            work.require(EXPORTS[name].action)
    return chosen


def count_rows(work: Work, names: Iterable[str]) -> int:
    """How many rows the exports ``names`` will write, by cheap COUNT queries (for the progress bar)."""
    work.require(Action.READ)
    return sum(EXPORTS[name].count(work) for name in _allowed(work, names))


def export_sheets(work: Work, names: Iterable[str], translate: Translate = untranslated) -> Iterator[SheetRows]:
    """The sheets of the exports ``names``, each streaming its rows as it is written (for ``write_workbook``)."""
    work.require(Action.READ)
    chosen = _allowed(work, names)
    return (sheet for name in chosen for sheet in EXPORTS[name].sheets(work, translate))


def export_workbook(work: Work, names: Sequence[str], target: Path, *, translate: Translate = untranslated) -> int:
    """Write the exports ``names`` (``all`` for a full import file) to the workbook ``target``; the rows written.

    The person must be allowed to read (and to read the audit log, for ``audit``). Written whole or not at all
    (``ExportFailed``; ``JobCancelled`` when the window's Cancel stops it, see ``app.jobs``).
    """
    work.require(Action.READ)
    chosen = _allowed(work, names)
    total = count_rows(work, chosen)
    return write_workbook(Path(target), export_sheets(work, chosen, translate), total=total)


# -- the command line's translations --------------------------------------------------------------------------

TRANSLATIONS = RESOURCES / "translations"


@cache
def _ts_messages(language: str) -> dict[tuple[str, str], str]:
    """The finished, singular translations of ``language``'s .ts file: (context, source) → text."""
    path = TRANSLATIONS / f"dossier_desk_{language}.ts"
    found: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return found
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                found[(name, source)] = translation.text
    return found


def ts_translator(language: str) -> Translate:
    """A ``translate`` for a program without Qt (the command line): the .ts file's text, else the source."""
    messages = _ts_messages(language) if language != "en" else {}

    def translate(context: str, source: str) -> str:
        return messages.get((context, source), source)

    return translate
