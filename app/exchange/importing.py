"""An office's spreadsheets brought in all or nothing: every row checked first, every problem reported at once.

The workbook (app.exchange.reading) is read whole and checked against itself and the record before anything is
written: each row's values (app.exchange.values), the references between sheets and to the record (a tenancy's unit,
a document's tenancy, a fee's tenancy), overlapping stays in a unit, and each row's natural key — a row the record
already holds with the same values is skipped, with other values it is a problem ("differs from what is recorded"),
never an overwrite. Only a workbook without a single problem is written, in the caller's one unit of work, so
importing it twice adds nothing the second time and a corrected file adds only what is new.

What it writes is what the desk's own actions write: buildings, floors and units; customers; a tenancy with its
units and its dossier (departed when it ended, like a past tenancy recorded at the desk), with the history line a
move-in writes; documents in the dossier; charges with their payments. The history gets one line per dossier and one
for the import as a whole.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app import jobs
from app.building import floor_label
from app.desk import Work
from app.dossier import CATEGORIES
from app.exchange.reading import Book, FoundSheet, read_book
from app.exchange.report import Addition, ImportReport, SheetCount
from app.exchange.sheets import CUSTOMERS, DOCUMENTS, FEES, TENANCIES, UNITS, USE_HEADERS, USE_WORDS, Kind, folded
from app.exchange.values import (
    Unreadable,
    customer_kind,
    date,
    decimal,
    floor_level,
    money_fen,
    original,
    period,
    refuse_formula_error,
    refuse_long_number,
    refuse_masked,
    text,
    unit_number,
    whole,
)
from app.permissions import Action
from app.tenancy import dossier_number
from app.text import QT_TRANSLATE_NOOP
from db.models import (
    Building,
    Customer,
    Deposit,
    Document,
    Dossier,
    FeeAllocation,
    FeeCharge,
    FeeItem,
    FeePayment,
    Floor,
    Tenancy,
    TenancyUnit,
    Unit,
)
from db.pinyin import initials

# Rows between two progress reports (and Cancel checks).
STEP = 500
# Rows a statement inserts at once.
BATCH = 1_000
# A new customer's columns the sheet does not give.
_CUSTOMER_DEFAULTS = {
    "kind": "company",
    **dict.fromkeys(
        ("id_code", "legal_representative", "registered_capital", "nature", "industry", "address", "phone", "email"), ""
    ),
    **dict.fromkeys(("notes", "contact_person"), ""),
}
# The preview lists at most this many additions (the counts are always whole).
ADDITIONS_SHOWN = 5_000

_CATEGORY_WORDS: dict[str, str] = {}
for _c in CATEGORIES:
    for _word in (_c.code, _c.chinese, _c.name):
        _CATEGORY_WORDS[folded(_word)] = _c.code

_DIFFERS = QT_TRANSLATE_NOOP(
    "app",
    "Differs from what is recorded ({differences}): the import never overwrites. Correct the row to match, or change "
    "the record in the program first.",
)


@dataclass(eq=False)
class _UnitRef:
    building: str  # the building's name as recorded or first written
    number: str
    level: int
    area: Decimal | None = None
    use: str = ""
    id: int | None = None  # recorded
    building_id: int | None = None
    retired: dt.date | None = None
    row: int | None = None  # the file row that adds it
    model: Unit | None = None


@dataclass(eq=False)
class _CustomerRef:
    name: str
    values: dict[str, str] = field(default_factory=dict)
    id: int | None = None
    row: int | None = None
    model: Customer | None = None


@dataclass(eq=False)
class _Stay:
    unit: _UnitRef
    start: dt.date
    end: dt.date | None
    row: int | None = None  # the file row adding it (None: recorded)
    customer: str = ""  # shown in an overlap message


@dataclass(eq=False)
class _TenancyRef:
    customer: _CustomerRef
    move_in: dt.date
    stays: list[_Stay] = field(default_factory=list)
    id: int | None = None
    dossier_id: int | None = None
    dossier_status: str = ""
    row: int | None = None
    model: Tenancy | None = None
    dossier: Dossier | None = None

    @property
    def move_out(self) -> dt.date | None:
        ends = [s.end for s in self.stays]
        return None if not ends or any(e is None for e in ends) else max(e for e in ends if e is not None)

    def covers(self, unit: _UnitRef) -> bool:
        return any(s.unit is unit for s in self.stays)


@dataclass
class _NewDocument:
    tenancy: _TenancyRef
    values: dict[str, Any]
    row: int


@dataclass
class _NewFee:
    tenancy: _TenancyRef
    unit: _UnitRef
    item: str  # folded name
    period: str
    due: int
    paid: int | None
    paid_on: dt.date | None
    receipt: str | None
    row: int


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, bool):
        return "原件" if value else "工作件"
    return str(value)


class _Import:
    """One import's reading of the record and the workbook, its problems, and what it will write."""

    def __init__(self, work: Work, book: Book) -> None:
        self.work = work
        self.book = book
        self.problems = book.problems
        self.counts: dict[str, SheetCount] = {}
        self.additions: list[Addition] = []
        self.done = 0
        self.total = max(book.row_count, 1)
        # The record as it stands (only what the sheets present need).
        self.buildings: dict[str, tuple[int | None, str]] = {}
        self.floors: dict[tuple[str, int], int] = {}
        self.units: dict[tuple[str, str], _UnitRef] = {}
        self.stripped: dict[tuple[str, str], list[_UnitRef]] = defaultdict(list)  # unit numbers without leading 0s
        self.customers_by_code: dict[str, _CustomerRef] = {}
        self.customers_by_name: dict[str, _CustomerRef] = {}
        self.stays: dict[int, list[_Stay]] = defaultdict(list)  # by id(unit ref)
        self.tenancies: dict[tuple[int, dt.date], _TenancyRef] = {}  # (id(customer ref), move-in)
        self.tenancies_of: dict[int, list[_TenancyRef]] = defaultdict(list)  # by id(customer ref)
        self.new_buildings: list[str] = []
        self.new_floors: set[tuple[str, int]] = set()
        self.new_units: list[_UnitRef] = []
        self.new_customers: list[_CustomerRef] = []
        self.new_tenancies: list[_TenancyRef] = []
        self.new_documents: list[_NewDocument] = []
        self.new_fees: list[_NewFee] = []
        # Recorded units and customers lacking a value the workbook gives (an area, a phone): filled in, never changed.
        self.unit_fills: list[tuple[_UnitRef, dict[str, Any]]] = []
        self.customer_fills: list[tuple[_CustomerRef, dict[str, Any]]] = []
        self.new_items: list[str] = []  # fee items (folded names) the record does not have
        self.items: dict[str, int] = {}  # the record's fee items by folded name
        self.item_names: dict[str, str] = {}  # new fee items as the sheet names them
        self._load_record()

    # -- the record -------------------------------------------------------------------------------------------------

    def _load_record(self) -> None:
        session = self.work.session
        for building_id, name in session.execute(select(Building.id, Building.name)):
            self.buildings[folded(name)] = (building_id, name)
        names = {bid: name for _, (bid, name) in self.buildings.items()}
        for floor_id, building_id, level in session.execute(select(Floor.id, Floor.building_id, Floor.level)):
            self.floors[(folded(names[building_id]), level)] = floor_id
        query = select(Unit.id, Unit.number, Unit.area, Unit.use, Unit.retired_at, Floor.building_id, Floor.level).join(
            Floor, Unit.floor_id == Floor.id
        )
        for unit_id, number, area, use, retired, building_id, level in session.execute(query):
            ref = _UnitRef(
                names[building_id],
                number,
                level,
                area,
                use,
                unit_id,
                building_id,
                retired.date() if retired is not None else None,
            )
            self._index_unit(ref)
        columns = (
            Customer.id,
            Customer.name,
            Customer.kind,
            Customer.id_code,
            Customer.nature,
            Customer.legal_representative,
            Customer.contact_person,
            Customer.phone,
            Customer.email,
        )
        for row in session.execute(select(*columns)):
            ref = _CustomerRef(
                row.name,
                {
                    "kind": row.kind,
                    "id_code": row.id_code,
                    "nature": row.nature,
                    "legal_representative": row.legal_representative,
                    "contact_person": row.contact_person,
                    "phone": row.phone,
                    "email": row.email,
                },
                row.id,
            )
            if row.id_code:
                self.customers_by_code.setdefault(folded(row.id_code), ref)
            self.customers_by_name.setdefault(folded(row.name), ref)
        by_id = {c.id: c for c in (*self.customers_by_code.values(), *self.customers_by_name.values())}
        units_by_id = {u.id: u for u in self.units.values()}
        stays = (
            select(
                TenancyUnit.unit_id,
                TenancyUnit.start_date,
                TenancyUnit.end_date,
                Tenancy.id,
                Tenancy.customer_id,
                Tenancy.move_in,
                Dossier.id,
                Dossier.status,
            )
            .join(Tenancy, TenancyUnit.tenancy_id == Tenancy.id)
            .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
        )
        for unit_id, start, end, tenancy_id, customer_id, move_in, dossier_id, status in session.execute(stays):
            unit = units_by_id.get(unit_id)
            customer = by_id.get(customer_id)
            if unit is None or customer is None:
                continue
            stay = _Stay(unit, start, end, customer=customer.name)
            self.stays[id(unit)].append(stay)
            key = (id(customer), move_in)
            tenancy = self.tenancies.get(key)
            if tenancy is None or tenancy.id != tenancy_id:
                tenancy = _TenancyRef(customer, move_in, id=tenancy_id, dossier_id=dossier_id, dossier_status=status)
                self.tenancies[key] = tenancy
                self.tenancies_of[id(customer)].append(tenancy)
            tenancy.stays.append(stay)
        self.dossier_numbers = set(session.scalars(select(Dossier.number)))

    def _index_unit(self, ref: _UnitRef) -> None:
        key = (folded(ref.building), ref.number)
        self.units[key] = ref
        self.stripped[(key[0], ref.number.lstrip("0"))].append(ref)

    # -- progress ---------------------------------------------------------------------------------------------------

    def _row_done(self) -> None:
        self.done += 1
        if self.done % STEP == 0:
            jobs.step(self.done, self.total * 2)  # checking is the first half of the work, writing the second

    # -- reading a row ---------------------------------------------------------------------------------------------

    def _cell(self, sheet: FoundSheet, number: int, values: tuple[Any, ...], key: str) -> Any:
        """The value of ``key`` in the row, read as its column's kind; a problem (and None) when it cannot be."""
        found = sheet.columns.get(key)
        if found is None:
            # A required column the sheet lacks is reported once, for the sheet: its rows are not read further.
            return _BAD if sheet.spec.column(key).required else None
        raw = values[found.index] if found.index < len(values) else None
        column = found.column
        try:
            refuse_formula_error(raw)
            if key in ("phone", "id_code"):
                refuse_long_number(raw)
            value = _READERS[column.kind](raw)
            if isinstance(value, str):
                if key in ("phone", "id_code"):
                    refuse_masked(value)
                if len(value) > column.limit:
                    raise Unreadable(
                        QT_TRANSLATE_NOOP("app", "Too long: at most {limit} characters here."), limit=column.limit
                    )
        except Unreadable as exc:
            self.problems.add(sheet.title, number, found.letter, found.header, raw, exc.template, **exc.params)
            return _BAD
        if value is None and column.required:
            self.problems.add(
                sheet.title,
                number,
                found.letter,
                found.header,
                None,
                QT_TRANSLATE_NOOP("app", "This cell must not be empty."),
            )
            return _BAD
        return value

    def _row_problem(
        self, sheet: FoundSheet, number: int, key: str | None, value: Any, template: str, **params: Any
    ) -> None:
        found = sheet.columns.get(key) if key else None
        self.problems.add(
            sheet.title,
            number,
            found.letter if found else "",
            found.header if found else "",
            value,
            template,
            **params,
        )

    def _count(self, sheet: FoundSheet, added: int, skipped: int) -> None:
        self.counts[sheet.spec.key] = SheetCount(sheet.spec.key, sheet.title, len(sheet.rows), added, skipped)

    def _added(self, sheet: FoundSheet, number: int, *parts: Any) -> None:
        if len(self.additions) < ADDITIONS_SHOWN:
            shown = " ".join(_shown(p) for p in parts if p not in (None, ""))
            self.additions.append(Addition(sheet.spec.key, sheet.title, number, shown))

    def _building(self, sheet: FoundSheet, number: int, value: Any) -> str | None:
        """The building a row names (folded key); blank is the only building there is."""
        if value is _BAD:
            return None
        if value is None:
            known = {*self.buildings}
            if len(known) == 1:
                return next(iter(known))
            self._row_problem(
                sheet,
                number,
                "building",
                None,
                QT_TRANSLATE_NOOP("app", "Which building? There are several: fill in 楼栋 (building)."),
            )
            return None
        key = folded(value)
        if key not in self.buildings:
            self._row_problem(
                sheet,
                number,
                "building",
                value,
                QT_TRANSLATE_NOOP(
                    "app", "There is no building of this name, in the record or on the sheet 房间 (units)."
                ),
            )
            return None
        return key

    def _unit(self, sheet: FoundSheet, number: int, building: str | None, value: Any) -> _UnitRef | None:
        if building is None or value in (None, _BAD):
            return None
        ref = self.units.get((building, value))
        if ref is None:
            # A unit number Excel turned into a number (0801 → 801) still finds its unit, when only one fits.
            near = self.stripped.get((building, str(value).lstrip("0")), [])
            if len(near) == 1:
                ref = near[0]
        if ref is None:
            self._row_problem(
                sheet,
                number,
                "unit",
                value,
                QT_TRANSLATE_NOOP(
                    "app",
                    "There is no unit of this number in building {building}, in the record or on the sheet 房间 "
                    "(units): add it there.",
                ),
                building=self.buildings[building][1],
            )
        return ref

    def _customer(self, name: str) -> _CustomerRef | None:
        return self.customers_by_name.get(folded(name))

    # -- the sheets ------------------------------------------------------------------------------------------------

    def check(self) -> None:
        sheets = self.book.sheets
        if UNITS.key not in sheets and not self.units and (TENANCIES.key in sheets or DOCUMENTS.key in sheets):
            self.problems.add(
                "",
                None,
                "",
                "",
                None,
                QT_TRANSLATE_NOOP(
                    "app",
                    "The record has no units yet: the workbook needs the sheet 房间 (units) with the building, floor "
                    "and number of every unit.",
                ),
            )
        if not sheets and not self.problems:
            self.problems.add(
                "",
                None,
                "",
                "",
                None,
                QT_TRANSLATE_NOOP(
                    "app",
                    "None of the template's sheets was found (房间, 客户, 租户, 档案文件, 费用): name the sheets "
                    "as the template does, or give them the template's column headers.",
                ),
            )
        if UNITS.key in sheets:
            self._check_units(sheets[UNITS.key])
        if CUSTOMERS.key in sheets:
            self._check_customers(sheets[CUSTOMERS.key])
        if TENANCIES.key in sheets:
            self._check_tenancies(sheets[TENANCIES.key])
        if DOCUMENTS.key in sheets:
            self._check_documents(sheets[DOCUMENTS.key])
        if FEES.key in sheets:
            self._check_fees(sheets[FEES.key])

    def _check_units(self, sheet: FoundSheet) -> None:
        added = skipped = 0
        for number, values in sheet.rows:
            self._row_done()
            building = self._cell(sheet, number, values, "building")
            level = self._cell(sheet, number, values, "floor")
            unit = self._cell(sheet, number, values, "unit")
            area = self._cell(sheet, number, values, "area")
            use = self._cell(sheet, number, values, "use")
            # The area is checked even when another cell of the row is wrong: every problem at once, not one a try.
            if area not in (None, _BAD) and area < 0:
                self._row_problem(sheet, number, "area", area, QT_TRANSLATE_NOOP("app", "An area cannot be negative."))
                area = _BAD
            elif area not in (None, _BAD) and area >= Decimal("100000000"):
                self._row_problem(sheet, number, "area", area, QT_TRANSLATE_NOOP("app", "This area is too large."))
                area = _BAD
            if _BAD in (building, level, unit, area, use):
                continue
            area = area.quantize(Decimal("0.01")) if area is not None else None
            use = USE_WORDS.get(folded(use), use) if use else ""
            bkey = folded(building)
            if bkey not in self.buildings:
                self.buildings[bkey] = (None, building)
                self.new_buildings.append(building)
            existing = self.units.get((bkey, unit))
            if existing is None and _typed_as_number(sheet.value(values, "unit")):
                # Excel made 0801 the number 801: the recorded 0801 is meant (as on the other sheets), not a new unit.
                near = self.stripped.get((bkey, unit.lstrip("0")), [])
                if len(near) == 1:
                    existing, unit = near[0], near[0].number
            if existing is not None:
                differences = []
                # A value the record lacks (no area yet) is filled in: adding what is known, not overwriting.
                fills: dict[str, Any] = {}
                if existing.level != level:
                    differences.append(f"楼层 {floor_label(existing.level)} ≠ {floor_label(level)}")
                if area is not None and existing.area is None:
                    fills["area"] = area
                elif area is not None and existing.area != area:
                    differences.append(f"面积 {_shown(existing.area)} ≠ {_shown(area)}")
                if sheet.columns.get("use") and use and not existing.use:
                    fills["use"] = use
                elif sheet.columns.get("use") and use and existing.use != use:
                    differences.append(f"用途 {existing.use or '—'} ≠ {use}")
                if fills and not differences:
                    existing.area = fills.get("area", existing.area)
                    existing.use = fills.get("use", existing.use)
                    if existing.row is None:
                        self.unit_fills.append((existing, fills))
                    added += 1
                    self._added(sheet, number, building, existing.number, *_filled_text(fills))
                    continue
                if differences:
                    # "Differs from what is recorded" only for the record: a unit twice in the file names its row.
                    if existing.row is None:
                        self._row_problem(sheet, number, "unit", unit, _DIFFERS, differences="；".join(differences))
                    else:
                        self._row_problem(
                            sheet,
                            number,
                            "unit",
                            unit,
                            QT_TRANSLATE_NOOP("app", "The same unit is on row {row} with other values."),
                            row=existing.row,
                        )
                else:
                    skipped += 1
                continue
            ref = _UnitRef(self.buildings[bkey][1], unit, level, area, use, row=number)
            self._index_unit(ref)
            self.new_units.append(ref)
            if (bkey, level) not in self.floors:
                self.floors[(bkey, level)] = 0
                self.new_floors.add((bkey, level))
            added += 1
            self._added(sheet, number, building, floor_label(level), unit, area, USE_HEADERS.get(use, use))
        self._count(sheet, added, skipped)

    _CUSTOMER_FIELDS = ("kind", "nature", "id_code", "legal_representative", "contact_person", "phone", "email")

    def _check_customers(self, sheet: FoundSheet) -> None:
        added = skipped = 0
        for number, values in sheet.rows:
            self._row_done()
            name = self._cell(sheet, number, values, "name")
            given = {k: self._cell(sheet, number, values, k) for k in self._CUSTOMER_FIELDS}
            if name is _BAD or _BAD in given.values():
                continue
            if given.get("email") and "@" not in given["email"]:
                self._row_problem(
                    sheet, number, "email", given["email"], QT_TRANSLATE_NOOP("app", "This is not an e-mail address.")
                )
                continue
            code = folded(given["id_code"]) if given.get("id_code") else ""
            existing = self.customers_by_code.get(code) if code else None
            by_name = self._customer(name)
            if existing is None and by_name is not None:
                recorded_code = folded(by_name.values.get("id_code", ""))
                if code and recorded_code and recorded_code != code:
                    self._row_problem(
                        sheet,
                        number,
                        "id_code",
                        given["id_code"],
                        QT_TRANSLATE_NOOP(
                            "app",
                            "A customer of this name is recorded with another credit code ({code}): one name, one "
                            "customer — correct the code or the name.",
                        ),
                        code=by_name.values.get("id_code", ""),
                    )
                    continue
                existing = by_name
            if existing is not None:
                differences = []
                if folded(existing.name) != folded(name):
                    differences.append(f"客户名称 {existing.name} ≠ {name}")
                fills = {}
                for key, value in given.items():
                    recorded = existing.values.get(key, "")
                    if value is None or value == "":
                        continue  # a blank cell says nothing: not a difference
                    if not recorded and key != "kind":
                        fills[key] = value  # what the record lacks is filled in, never what it holds
                        continue
                    same = folded(recorded) == folded(value) if key != "kind" else recorded == value
                    if not same:
                        header = sheet.columns[key].header if key in sheet.columns else key
                        differences.append(f"{header} {recorded or '—'} ≠ {value}")
                if fills and not differences:
                    if "id_code" in fills and folded(fills["id_code"]) in self.customers_by_code:
                        self._row_problem(
                            sheet,
                            number,
                            "id_code",
                            fills["id_code"],
                            QT_TRANSLATE_NOOP("app", "This credit code belongs to another customer."),
                        )
                        continue
                    existing.values.update(fills)
                    if "id_code" in fills:
                        self.customers_by_code[folded(fills["id_code"])] = existing
                    if existing.id is not None:
                        self.customer_fills.append((existing, fills))
                    added += 1
                    self._added(sheet, number, existing.name, *_filled_text(fills))
                    continue
                if differences:
                    if existing.row is None:
                        self._row_problem(sheet, number, None, name, _DIFFERS, differences="；".join(differences))
                    else:
                        self._row_problem(
                            sheet,
                            number,
                            "name",
                            name,
                            QT_TRANSLATE_NOOP("app", "The same customer is on row {row} with other values."),
                            row=existing.row,
                        )
                else:
                    skipped += 1
                continue
            ref = _CustomerRef(name, {k: v or "" for k, v in given.items()}, row=number)
            ref.values["kind"] = given.get("kind") or "company"
            self._add_customer(ref)
            added += 1
            self._added(sheet, number, name, given.get("id_code"))
        self._count(sheet, added, skipped)

    def _add_customer(self, ref: _CustomerRef) -> None:
        self.new_customers.append(ref)
        self.customers_by_name[folded(ref.name)] = ref
        if ref.values.get("id_code"):
            self.customers_by_code[folded(ref.values["id_code"])] = ref

    def _check_tenancies(self, sheet: FoundSheet) -> None:
        added = skipped = 0
        for number, values in sheet.rows:
            self._row_done()
            name = self._cell(sheet, number, values, "customer")
            building = self._cell(sheet, number, values, "building")
            unit_no = self._cell(sheet, number, values, "unit")
            move_in = self._cell(sheet, number, values, "move_in")
            move_out = self._cell(sheet, number, values, "move_out")
            if _BAD in (name, building, unit_no, move_in, move_out):
                continue
            unit = self._unit(sheet, number, self._building(sheet, number, building), unit_no)
            if unit is None:
                continue
            if move_out is not None and move_out <= move_in:
                self._row_problem(
                    sheet,
                    number,
                    "move_out",
                    move_out,
                    QT_TRANSLATE_NOOP("app", "The move-out date is not after the move-in date {move_in}."),
                    move_in=move_in.isoformat(),
                )
                continue
            if unit.retired is not None and (move_out is None or move_out > unit.retired):
                self._row_problem(
                    sheet,
                    number,
                    "unit",
                    unit_no,
                    QT_TRANSLATE_NOOP("app", "This unit was retired on {day}: no one moves in there after that."),
                    day=unit.retired.isoformat(),
                )
                continue
            customer = self._customer(name)
            if customer is None:
                # A customer only the tenancies sheet names is added with its name (the customers sheet is optional).
                customer = _CustomerRef(name, {"kind": "company"}, row=None)
                self._add_customer(customer)
            tenancy = self.tenancies.get((id(customer), move_in))
            # The stay may be in any tenancy of the customer begun that day: one added to the record by an earlier
            # import of a corrected file is a tenancy of its own beside the first (see below).
            recorded = next(
                (
                    s
                    for t in self.tenancies_of.get(id(customer), [])
                    if t.move_in == move_in
                    for s in t.stays
                    if s.unit is unit
                ),
                None,
            )
            if recorded is not None:
                if recorded.end != move_out:
                    if recorded.row is None:
                        self._row_problem(
                            sheet,
                            number,
                            "move_out",
                            move_out,
                            _DIFFERS,
                            differences=f"退租日期 {_shown(recorded.end)} ≠ {_shown(move_out)}",
                        )
                    else:
                        self._row_problem(
                            sheet,
                            number,
                            "unit",
                            unit_no,
                            QT_TRANSLATE_NOOP("app", "The same tenancy is on row {row} with another move-out date."),
                            row=recorded.row,
                        )
                else:
                    skipped += 1
                continue
            stay = _Stay(unit, move_in, move_out, row=number, customer=customer.name)
            clash = next((s for s in self.stays[id(unit)] if _overlap(s, stay)), None)
            if clash is not None:
                if clash.row is None:
                    self._row_problem(
                        sheet,
                        number,
                        "move_in",
                        move_in,
                        QT_TRANSLATE_NOOP(
                            "app",
                            "Unit {unit} is recorded as occupied by {customer} from {since} to {until}: the stays "
                            "overlap.",
                        ),
                        unit=unit.number,
                        customer=clash.customer,
                        since=clash.start.isoformat(),
                        until=_shown(clash.end),
                    )
                else:
                    self._row_problem(
                        sheet,
                        number,
                        "move_in",
                        move_in,
                        QT_TRANSLATE_NOOP(
                            "app",
                            "Overlaps row {row} ({customer} in unit {unit} from {since} to {until}): one unit, one "
                            "tenant at a time.",
                        ),
                        row=clash.row,
                        unit=unit.number,
                        customer=clash.customer,
                        since=clash.start.isoformat(),
                        until=_shown(clash.end),
                    )
                continue
            self.stays[id(unit)].append(stay)
            # A recorded tenancy of this customer that began the same day in other units is never given one more
            # unit behind the desk's back: the row becomes a tenancy of its own.
            if tenancy is None or tenancy.id is not None:
                tenancy = _TenancyRef(customer, move_in, row=number)
                self.tenancies[(id(customer), move_in)] = tenancy
                self.tenancies_of[id(customer)].append(tenancy)
                self.new_tenancies.append(tenancy)
            tenancy.stays.append(stay)
            added += 1
            self._added(sheet, number, customer.name, unit.building, unit.number, move_in, move_out)
        self._count(sheet, added, skipped)

    def _tenancy_for(
        self, sheet: FoundSheet, number: int, customer_name: str, unit: _UnitRef, day: dt.date
    ) -> _TenancyRef | None:
        """The customer's tenancy in ``unit`` a paper of ``day`` belongs to: the one running that day, else the last
        one begun before it, else the first."""
        customer = self._customer(customer_name)
        found = [t for t in self.tenancies_of.get(id(customer), []) if t.covers(unit)] if customer else []
        if not found:
            self._row_problem(
                sheet,
                number,
                "customer",
                customer_name,
                QT_TRANSLATE_NOOP(
                    "app",
                    "This customer has no tenancy in unit {unit}, recorded or on the sheet 租户 (tenancies): add the "
                    "tenancy there.",
                ),
                unit=unit.number,
            )
            return None
        running = [t for t in found if t.move_in <= day and (t.move_out is None or day < t.move_out)]
        if running:
            return running[0]
        before = [t for t in found if t.move_in <= day]
        if before:
            return max(before, key=lambda t: t.move_in)
        return min(found, key=lambda t: t.move_in)

    _DOCUMENT_VALUES = ("category", "issuer", "pages", "original", "location", "notes")

    def _check_documents(self, sheet: FoundSheet) -> None:
        recorded = self._recorded_documents()
        added = skipped = 0
        pending: list[tuple[int, tuple[Any, ...], _TenancyRef, dict[str, Any]]] = []
        for number, values in sheet.rows:
            self._row_done()
            cells = {k: self._cell(sheet, number, values, k) for k in ("building", "unit", "customer", *_DOC_KEYS)}
            if _BAD in cells.values():
                continue
            unit = self._unit(sheet, number, self._building(sheet, number, cells["building"]), cells["unit"])
            if unit is None:
                continue
            tenancy = self._tenancy_for(sheet, number, cells["customer"], unit, cells["date"])
            if tenancy is None:
                continue
            pending.append((number, values, tenancy, cells))
        for number, _values, tenancy, cells in pending:
            key = (tenancy.dossier_id, cells["date"], cells["title"], cells["reference_no"] or "")
            mine = tuple(_document_value(k, cells.get(k)) for k in self._DOCUMENT_VALUES)
            held = recorded.get(key) if tenancy.dossier_id is not None else None
            if held is not None and held[mine] > 0:
                held[mine] -= 1
                skipped += 1
                continue
            if held:
                other = next(iter(v for v, n in held.items() if n > 0), None) or next(iter(held))
                differences = "；".join(
                    f"{DOCUMENTS.column(k).header} {_shown(a)} ≠ {_shown(b)}"
                    for k, a, b in zip(self._DOCUMENT_VALUES, other, mine, strict=True)
                    if a != b
                )
                self._row_problem(sheet, number, "title", cells["title"], _DIFFERS, differences=differences)
                continue
            if tenancy.dossier_status in ("bound", "archived"):
                self._row_problem(
                    sheet,
                    number,
                    "title",
                    cells["title"],
                    QT_TRANSLATE_NOOP(
                        "app",
                        "This dossier is bound: a late paper is added in the dossier itself, by the manager, not by "
                        "an import.",
                    ),
                )
                continue
            self.new_documents.append(_NewDocument(tenancy, cells, number))
            added += 1
            self._added(sheet, number, tenancy.customer.name, cells["unit"], cells["date"], cells["title"])
        self._count(sheet, added, skipped)

    def _recorded_documents(self) -> dict[tuple[Any, ...], Counter[tuple[Any, ...]]]:
        """The record's documents by natural key (dossier, date, title, 文号): how many of each set of values."""
        held: dict[tuple[Any, ...], Counter[tuple[Any, ...]]] = defaultdict(Counter)
        query = select(
            Document.dossier_id,
            Document.doc_date,
            Document.title,
            Document.reference_no,
            Document.category,
            Document.issuer,
            Document.pages,
            Document.is_original,
            Document.paper_location,
            Document.notes,
        ).where(Document.destroyed_at.is_(None))
        for row in self.work.session.execute(query):
            key = (row.dossier_id, row.doc_date, row.title, row.reference_no or "")
            values = (row.category, row.issuer, row.pages, row.is_original, row.paper_location, row.notes)
            held[key][tuple(_document_value(k, v) for k, v in zip(self._DOCUMENT_VALUES, values, strict=True))] += 1
        return held

    def _check_fees(self, sheet: FoundSheet) -> None:
        session = self.work.session
        items = {folded(name): item_id for item_id, name in session.execute(select(FeeItem.id, FeeItem.name))}
        receipts = {
            r.receipt_no: r
            for r in session.execute(
                select(FeePayment.receipt_no, FeePayment.tenancy_id, FeePayment.amount_fen, FeePayment.paid_on).where(
                    FeePayment.receipt_no.is_not(None)
                )
            )
        }
        # Payments and deposits share one receipt series (app.fees): a deposit's number is taken too.
        deposit_receipts = set(session.scalars(select(Deposit.receipt_no).where(Deposit.receipt_no.is_not(None))))
        charged: dict[tuple[int | None, int, str], int] = defaultdict(int)
        for unit_id, item_id, month, amount in session.execute(
            select(FeeCharge.unit_id, FeeCharge.item_id, FeeCharge.period, FeeCharge.amount_fen)
        ):
            charged[(unit_id, item_id, month)] += amount
        seen_receipts: dict[str, int] = {}
        seen_keys: dict[tuple[int, str, str], int] = {}
        added = skipped = 0
        for number, values in sheet.rows:
            self._row_done()
            cells = {
                k: self._cell(sheet, number, values, k)
                for k in ("building", "unit", "customer", "item", "period", "due", "paid", "paid_on", "receipt")
            }
            if _BAD in cells.values():
                continue
            unit = self._unit(sheet, number, self._building(sheet, number, cells["building"]), cells["unit"])
            if unit is None:
                continue
            due, paid, receipt = cells["due"], cells["paid"], cells["receipt"]
            if due < 0 or (paid is not None and paid < 0):
                self._row_problem(
                    sheet,
                    number,
                    "due" if due < 0 else "paid",
                    _shown(Decimal(due if due < 0 else paid) / 100),
                    QT_TRANSLATE_NOOP("app", "An amount cannot be negative: a refund is recorded in the program."),
                )
                continue
            if paid and paid > due:
                self._row_problem(
                    sheet,
                    number,
                    "paid",
                    _shown(Decimal(paid) / 100),
                    QT_TRANSLATE_NOOP("app", "More is paid than is due ({due}): record an overpayment in the program."),
                    due=_shown(Decimal(due) / 100),
                )
                continue
            if paid and (receipt is None or cells["paid_on"] is None):
                missing = "receipt" if receipt is None else "paid_on"
                self._row_problem(
                    sheet,
                    number,
                    missing,
                    None,
                    QT_TRANSLATE_NOOP("app", "A payment needs its receipt number and the day it was paid."),
                )
                continue
            first_day = dt.date.fromisoformat(cells["period"] + "-01")
            tenancy = self._tenancy_for(sheet, number, cells["customer"], unit, first_day)
            if tenancy is None:
                continue
            item_key = folded(cells["item"])
            item_id = items.get(item_key)
            if item_id is None and item_key not in self.new_items:
                self.new_items.append(item_key)
                self.item_names[item_key] = cells["item"]
            if receipt:
                if receipt in receipts or receipt in deposit_receipts:
                    held = receipts.get(receipt)
                    same = (
                        held is not None
                        and held.tenancy_id == tenancy.id
                        and held.amount_fen == paid
                        and held.paid_on == cells["paid_on"]
                    )
                    if same:
                        skipped += 1
                    else:
                        self._row_problem(
                            sheet,
                            number,
                            "receipt",
                            receipt,
                            QT_TRANSLATE_NOOP(
                                "app",
                                "Receipt {receipt} is recorded for another payment: one receipt number, one payment.",
                            ),
                            receipt=receipt,
                        )
                    continue
                if receipt in seen_receipts:
                    self._row_problem(
                        sheet,
                        number,
                        "receipt",
                        receipt,
                        QT_TRANSLATE_NOOP("app", "The same receipt number is on row {row}."),
                        row=seen_receipts[receipt],
                    )
                    continue
                seen_receipts[receipt] = number
            else:
                if item_id is not None and unit.id is not None and (unit.id, item_id, cells["period"]) in charged:
                    if charged[(unit.id, item_id, cells["period"])] == due:
                        skipped += 1
                    else:
                        self._row_problem(
                            sheet,
                            number,
                            "due",
                            _shown(Decimal(due) / 100),
                            _DIFFERS,
                            differences=f"应收 {_shown(Decimal(charged[(unit.id, item_id, cells['period'])]) / 100)}",
                        )
                    continue
                key = (id(unit), item_key, cells["period"])
                if key in seen_keys:
                    self._row_problem(
                        sheet,
                        number,
                        "period",
                        cells["period"],
                        QT_TRANSLATE_NOOP(
                            "app", "The same unit, fee item and month are on row {row}: give each its receipt number."
                        ),
                        row=seen_keys[key],
                    )
                    continue
                seen_keys[key] = number
            self.new_fees.append(
                _NewFee(tenancy, unit, item_key, cells["period"], due, paid, cells["paid_on"], receipt, number)
            )
            added += 1
            self._added(sheet, number, unit.number, cells["item"], cells["period"], _shown(Decimal(due) / 100))
        self.items = items
        self._count(sheet, added, skipped)

    # -- writing ---------------------------------------------------------------------------------------------------

    def write(self, source: Path) -> None:
        """Write what the check found new. Rows go in by the thousand (``_insert``): the ORM's unit of work, one
        statement and a dozen attribute events a row, took most of a large import's time."""
        work = self.work
        session = work.session
        building_ids = {key: bid for key, (bid, _name) in self.buildings.items() if bid is not None}
        for name in self.new_buildings:
            building = Building(name=name, address="")
            session.add(building)
            session.flush()
            building_ids[folded(name)] = building.id
            work.touched.buildings.add(building.id)
            work.log(None, "building", building.id, "create", {"name": name, "imported": source.name})
        floor_ids = {key: fid for key, fid in self.floors.items() if fid}
        for bkey, level in sorted(self.new_floors):
            floor = Floor(building_id=building_ids[bkey], level=level, label=floor_label(level))
            session.add(floor)
            session.flush()
            floor_ids[(bkey, level)] = floor.id
            work.touched.buildings.add(building_ids[bkey])
        unit_rows = []
        for ref in self.new_units:
            bkey = folded(ref.building)
            ref.building_id = building_ids[bkey]
            unit_rows.append(
                {"floor_id": floor_ids[(bkey, ref.level)], "number": ref.number, "area": ref.area, "use": ref.use}
            )
        for ref, unit_id in zip(self.new_units, self._insert(Unit, unit_rows), strict=True):
            ref.id = unit_id
            work.touched.units.add(unit_id)
        customer_rows = []
        for ref in self.new_customers:
            values = {k: v for k, v in ref.values.items() if v is not None}
            # The initials a Customer's ORM listener keeps (db/models.py), written here as the rows bypass it.
            customer_rows.append(
                {"name": ref.name, "name_initials": initials(ref.name), **_CUSTOMER_DEFAULTS, **values}
            )
        for ref, customer_id in zip(self.new_customers, self._insert(Customer, customer_rows), strict=True):
            ref.id = customer_id
            work.touched.customers.add(customer_id)
        self._progress(len(self.new_units) + len(self.new_customers))
        self._write_fills(source)
        self._write_tenancies(source)
        self._write_documents(source)
        self._write_fees(source)

    def _write_fills(self, source: Path) -> None:
        """Fill in what recorded units and customers lacked, through the ORM (a version bump, the initials kept)."""
        work = self.work
        for ref, fills in self.unit_fills:
            unit = work.session.get(Unit, ref.id)
            assert unit is not None
            for key, value in fills.items():
                setattr(unit, key, value)
            work.touched.units.add(unit.id)
            work.log(
                None, "unit", unit.id, "update", {k: [None, v] for k, v in fills.items()} | {"imported": source.name}
            )
        for ref, fills in self.customer_fills:
            customer = work.session.get(Customer, ref.id)
            assert customer is not None
            for key, value in fills.items():
                setattr(customer, key, value)
            work.touched.customers.add(customer.id)
            work.log(
                None,
                "customer",
                customer.id,
                "update",
                {k: ["", v] for k, v in fills.items()} | {"imported": source.name},
            )
        work.session.flush()

    def _insert(self, model: type[Any], rows: list[dict[str, Any]]) -> list[int]:
        """Insert ``rows`` in batches of plain executemany with ids given here, in order; returns the ids.

        The ids run on from the table's largest: this unit of work holds the file's write lock from its start, so no
        other desk inserts meanwhile. (Asking the database for each new id instead — RETURNING in a defined order —
        is a statement a row on SQLite.)
        """
        if not rows:
            return []
        session = self.work.session
        first = (session.scalar(select(func.max(model.id))) or 0) + 1
        ids = list(range(first, first + len(rows)))
        table = model.__table__
        for start in range(0, len(rows), BATCH):
            chunk = [
                {"id": i, **row} for i, row in zip(ids[start : start + BATCH], rows[start : start + BATCH], strict=True)
            ]
            session.execute(table.insert(), chunk)
            self._progress(len(chunk) // 2)
        return ids

    def _progress(self, rows: int) -> None:
        before = self.done
        self.done += rows
        if self.done // STEP != before // STEP:
            jobs.step(self.done, self.total * 2)

    def _write_tenancies(self, source: Path) -> None:
        work = self.work
        if not self.new_tenancies:
            return
        tenancy_rows = [
            {"customer_id": t.customer.id, "move_in": t.move_in, "move_out": t.move_out, "fit_out_until": None}
            for t in self.new_tenancies
        ]
        for tenancy, tenancy_id in zip(self.new_tenancies, self._insert(Tenancy, tenancy_rows), strict=True):
            tenancy.id = tenancy_id
        self._insert(
            TenancyUnit,
            [
                {"tenancy_id": t.id, "unit_id": s.unit.id, "start_date": s.start, "end_date": s.end}
                for t in self.new_tenancies
                for s in t.stays
            ],
        )
        dossier_rows = []
        for tenancy in self.new_tenancies:
            first = tenancy.stays[0].unit
            assert first.building_id is not None and first.id is not None
            number = dossier_number(first.building_id, first.number, tenancy.move_in, self.dossier_numbers.__contains__)
            self.dossier_numbers.add(number)
            departed = tenancy.move_out is not None and tenancy.move_out <= work.today
            tenancy.dossier_status = "departed" if departed else "live"
            dossier_rows.append(
                {
                    "number": number,
                    "tenancy_id": tenancy.id,
                    "unit_id": first.id,
                    "label_text": tenancy.customer.name,
                    "location": "",
                    "status": tenancy.dossier_status,
                }
            )
        for tenancy, dossier_id in zip(self.new_tenancies, self._insert(Dossier, dossier_rows), strict=True):
            tenancy.dossier_id = dossier_id
            work.touched.dossiers.add(dossier_id)
            work.touched.customers.add(tenancy.customer.id or 0)
            work.touched.units.update(s.unit.id or 0 for s in tenancy.stays)
            # The line a move-in writes (app.tenancy): check reads each dossier's status from its history.
            work.log(
                dossier_id,
                "tenancy",
                tenancy.id,
                "move_in",
                {
                    "customer": tenancy.customer.name,
                    "units": [s.unit.number for s in tenancy.stays],
                    "move_in": tenancy.move_in,
                    "move_out": tenancy.move_out,
                    "status": [None, tenancy.dossier_status],
                    "imported": source.name,
                },
            )
        work.touched.units.discard(0)
        work.touched.customers.discard(0)

    def _write_documents(self, source: Path) -> None:
        work = self.work
        actor = work.actor
        assert actor is not None
        rows = []
        per_dossier: Counter[int] = Counter()
        for doc in self.new_documents:
            values = doc.values
            dossier_id = doc.tenancy.dossier_id
            assert dossier_id is not None
            rows.append(
                {
                    "dossier_id": dossier_id,
                    "category": values["category"],
                    "doc_date": values["date"],
                    "title": values["title"],
                    "reference_no": values["reference_no"] or "",
                    "issuer": values["issuer"] or "",
                    "pages": values["pages"] or 0,
                    "is_original": bool(values["original"]),
                    "paper_location": values["location"] or "",
                    "notes": values["notes"] or "",
                    "recorded_by": actor.user_id,
                    "recorded_at": work.now,
                    "supplement": False,
                }
            )
            per_dossier[dossier_id] += 1
        self._insert(Document, rows)
        for dossier_id, count in per_dossier.items():
            work.touched.dossiers.add(dossier_id)
            work.log(dossier_id, "document", None, "import", {"documents": count, "file": source.name})

    def _write_fees(self, source: Path) -> None:
        if not self.new_fees:
            return
        work = self.work
        session = work.session
        actor = work.actor
        assert actor is not None
        items = dict(self.items)
        top = session.scalar(select(FeeItem.position).order_by(FeeItem.position.desc()).limit(1)) or 0
        for n, key in enumerate(self.new_items, start=1):
            # A fee item the office did not charge yet: kept switched off, so the monthly run charges nothing by it
            # until the manager has set its basis and rate.
            item = FeeItem(name=self.item_names[key], basis="one_off", active=False, position=top + n)
            session.add(item)
            session.flush()
            items[key] = item.id
            work.log(None, "fee_item", item.id, "create", {"name": item.name, "imported": source.name})
        due_days: dict[int, int] = {
            item_id: days for item_id, days in session.execute(select(FeeItem.id, FeeItem.due_days))
        }
        stamp = {"created_by": actor.user_id, "created_at": work.now}
        charges = []
        for fee in self.new_fees:
            item_id = items[fee.item]
            billed = dt.date.fromisoformat(fee.period + "-01")
            charges.append(
                {
                    "tenancy_id": fee.tenancy.id,
                    "unit_id": fee.unit.id,
                    "item_id": item_id,
                    "period": fee.period,
                    "kind": "one_off",
                    "adjusts_id": None,
                    "amount_fen": fee.due,
                    "billed_on": billed,
                    "due_on": billed + dt.timedelta(days=due_days.get(item_id, 15)),
                    "description": "导入",
                    **stamp,
                }
            )
            work.touched.fees.add(fee.tenancy.id or 0)
        charge_ids = self._insert(FeeCharge, charges)
        paid = [(fee, charge_id) for fee, charge_id in zip(self.new_fees, charge_ids, strict=True) if fee.paid]
        payments = [
            {
                "tenancy_id": fee.tenancy.id,
                "receipt_no": fee.receipt,
                "paid_on": fee.paid_on,
                "method": "cash",
                "amount_fen": fee.paid,
                "payer": fee.tenancy.customer.name,
                "note": "导入",
                "reverses_id": None,
                **stamp,
            }
            for fee, _charge in paid
        ]
        payment_ids = self._insert(FeePayment, payments)
        self._insert(
            FeeAllocation,
            [
                {"payment_id": payment_id, "charge_id": charge_id, "amount_fen": fee.paid}
                for (fee, charge_id), payment_id in zip(paid, payment_ids, strict=True)
            ],
        )
        work.touched.fees.discard(0)
        work.log(
            None,
            "fee_charge",
            None,
            "import",
            {"charges": len(charges), "payments": len(payments), "file": source.name},
        )


_BAD = object()  # a cell already reported as a problem


def _filled_text(fills: dict[str, Any]) -> list[str]:
    """What the preview says a row fills in: "补充 面积 120.00"."""
    names = {"area": "面积", "use": "用途", **{c.key: c.header for c in CUSTOMERS.columns}}
    return [
        "补充",
        *(f"{names.get(k, k)} {_shown(USE_HEADERS.get(v, v) if k == 'use' else v)}" for k, v in fills.items()),
    ]


def _overlap(a: _Stay, b: _Stay) -> bool:
    """Half-open stays [start, end) overlap (the next tenant may move in on the day the last one leaves)."""
    return (a.end is None or a.end > b.start) and (b.end is None or b.end > a.start)


def _typed_as_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _document_value(key: str, value: Any) -> Any:
    if key in ("issuer", "location", "notes"):
        return value or ""
    if key == "pages":
        return value or 0
    if key == "original":
        return bool(value)
    return value


def _category(value: Any) -> str | None:
    shown = text(value)
    if shown is None:
        return None
    code = _CATEGORY_WORDS.get(folded(shown))
    if code is None:
        raise Unreadable(
            QT_TRANSLATE_NOOP("app", "This category is not known: choose one of the list ({categories})."),
            categories="、".join(c.chinese for c in CATEGORIES),
        )
    return code


_DOC_KEYS = ("category", "date", "title", "reference_no", "issuer", "pages", "original", "location", "notes")

_READERS: dict[Kind, Callable[[Any], Any]] = {
    Kind.TEXT: text,
    Kind.UNIT: unit_number,
    Kind.FLOOR: floor_level,
    Kind.DATE: date,
    Kind.PERIOD: period,
    Kind.DECIMAL: decimal,
    Kind.MONEY: money_fen,
    Kind.WHOLE: whole,
    Kind.ORIGINAL: original,
    Kind.CATEGORY: _category,
    Kind.KIND: customer_kind,
}


def _report(path: Path, run: _Import, *, dry_run: bool, written: bool) -> ImportReport:
    order = {key: n for n, key in enumerate(("units", "customers", "tenancies", "documents", "fees"))}
    problems = sorted(
        run.problems.found,
        key=lambda p: (p.sheet != "", order.get(_sheet_key(run.book, p.sheet), 9), p.row or 0, p.column),
    )
    return ImportReport(
        path=path,
        dry_run=dry_run,
        written=written,
        sheets=tuple(sorted(run.counts.values(), key=lambda c: order[c.key])),
        problems=tuple(problems),
        ignored=tuple(run.book.ignored),
        additions=tuple(run.additions),
        buildings_added=tuple(run.new_buildings),
        floors_added=len(run.new_floors),
        fee_items_added=tuple(run.item_names.get(k, k) for k in run.new_items),
        dossiers_added=len(run.new_tenancies),
        header_rows=tuple((sheet.title, sheet.header_row) for sheet in run.book.sheets.values()),
    )


def _sheet_key(book: Book, title: str) -> str:
    return next((key for key, sheet in book.sheets.items() if sheet.title == title), "")


def import_workbook(work: Work, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Check ``path`` against itself and the record and, when not a single problem is found, write what is new.

    Returns the report: every problem (nothing written when there is any), what each sheet adds and skips. A dry run
    checks the same and writes nothing. Raises ``ImportRefused`` for a file that is not a readable workbook, and
    ``JobCancelled`` when the window's Cancel is pressed (the caller's unit of work then rolls back: nothing kept).
    """
    actor = work.require(Action.IMPORT_WORKBOOK)
    path = Path(path)
    book = read_book(path)
    jobs.checkpoint()
    run = _Import(work, book)
    run.check()
    if run.problems or dry_run or not _anything_new(run):
        return _report(path, run, dry_run=dry_run, written=False)
    run.write(path)
    report = _report(path, run, dry_run=False, written=True)
    work.log(
        None,
        "import",
        None,
        "import",
        {
            "file": path.name,
            "by": actor.login,
            "sheets": {c.key: {"rows": c.rows, "added": c.added, "skipped": c.skipped} for c in report.sheets},
        },
    )
    return report


def _anything_new(run: _Import) -> bool:
    return bool(
        run.new_buildings
        or run.new_units
        or run.new_customers
        or run.new_tenancies
        or run.new_documents
        or run.new_fees
        or run.unit_fills
        or run.customer_fills
    )
