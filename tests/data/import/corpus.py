"""The import's corpus (issue 17's acceptance): workbooks as offices send them, each with what the import must say.

Every case BUILDS its file into a folder (openpyxl for the workbooks; raw bytes for the files that are not workbooks;
LibreOffice for the formula whose cached value must be read; ``protected.xlsx`` beside this module is a real
password-protected workbook, see make_protected.py) and names what must come of it:

- ``problems``: every problem the import reports, exactly — the message as ``Problem.message()`` gives it (English
  source text; a message ending in "…" is compared by its start) and the place: sheet, Excel row, column letter;
- ``refused``: the start of the ``ImportRefused`` text for a file that is not a readable workbook;
- ``stored``: for the awkward-but-right files, SQL queries on the record after the import and the rows they return.

``record`` says what the database holds before: "empty" (a new one, users only) or "base" (``BASE`` imported: one
building, three units, one customer living in 0801 since 2023-05-01). Read by tests/unit/exchange/test_import_corpus.py
(this folder is named ``import``, a Python keyword: load it with importlib).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

HERE = Path(__file__).parent
PROTECTED = HERE / "protected.xlsx"

UNITS_H = ["楼栋", "楼层", "房号", "面积", "用途"]
CUSTOMERS_H = ["客户名称", "单位性质", "统一社会信用代码", "法定代表人", "联系人", "联系电话", "邮箱"]
TENANCIES_H = ["客户名称", "楼栋", "房号", "入住日期", "退租日期"]
DOCUMENTS_H = [
    "楼栋",
    "房号",
    "客户名称",
    "类别",
    "日期",
    "题名",
    "文号",
    "责任者",
    "页数",
    "原件/工作件",
    "存放位置",
    "备注",
]
FEES_H = ["楼栋", "房号", "客户名称", "费用项目", "所属期间", "应收", "实收", "收款日期", "收据号"]

BUILDING = "星河大厦"
STAR = "星河科技有限公司"
CODE = "91310000MA1FL0001X"

Rows = Sequence[Sequence[Any]]
Sheet = tuple[str, Rows]  # (sheet name, rows with the header row first)


def units(*rows: Sequence[Any], header: Sequence[str] = UNITS_H) -> Sheet:
    return ("房间", [list(header), *map(list, rows)])


def customers(*rows: Sequence[Any]) -> Sheet:
    return ("客户", [CUSTOMERS_H, *map(list, rows)])


def tenancies(*rows: Sequence[Any]) -> Sheet:
    return ("租户", [TENANCIES_H, *map(list, rows)])


def documents(*rows: Sequence[Any]) -> Sheet:
    return ("档案文件", [DOCUMENTS_H, *map(list, rows)])


def fees(*rows: Sequence[Any]) -> Sheet:
    return ("费用", [FEES_H, *map(list, rows)])


BASE: tuple[Sheet, ...] = (
    units(
        [BUILDING, "8F", "0801", 120.5, "办公"],
        [BUILDING, "8F", "0802", 80, "办公"],
        [BUILDING, "9F", "0901", 200, "办公"],
    ),
    customers([STAR, "民营", CODE, "张三", "李四", "13812345678", "li@xinghe.cn"]),
    tenancies([STAR, BUILDING, "0801", "2023-05-01", None]),
)


def write_book(path: Path, sheets: Sequence[Sheet], merges: dict[str, Sequence[str]] | None = None) -> Path:
    """A workbook as Excel would save it (openpyxl's normal mode, so merged ranges are written as Excel writes them)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets:
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        for ranged in (merges or {}).get(name, ()):
            sheet.merge_cells(ranged)
    workbook.save(path)
    return path


def book(*sheets: Sheet, name: str = "book.xlsx", merges: dict[str, Sequence[str]] | None = None) -> Builder:
    return lambda folder: write_book(folder / name, sheets, merges)


def raw(name: str, data: bytes) -> Builder:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return build


def truncated(folder: Path) -> Path:
    """A good workbook cut off half-way, as an interrupted copy from a USB stick leaves it."""
    whole = write_book(folder / "whole.xlsx", BASE)
    data = whole.read_bytes()
    whole.unlink()
    path = folder / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def csv_renamed(folder: Path) -> Path:
    path = folder / "units.xlsx"
    text = "\n".join(",".join(str(c) for c in row) for row in [UNITS_H, [BUILDING, "8F", "0801", "120.5", "办公"]])
    path.write_text(text + "\n", encoding="utf-8")
    return path


def old_xls(folder: Path) -> Path:
    """An OLE compound file as Excel 97–2003 writes (the header is what the import looks at; no EncryptionInfo)."""
    path = folder / "old.xls"
    header = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + bytes.fromhex("3e000300feff0900")
    path.write_bytes(header + bytes(512 - len(header)) + "Workbook".encode("utf-16-le") + bytes(2000))
    return path


def ods(folder: Path) -> Path:
    """An OpenDocument spreadsheet: a zip whose first member, stored, is the ODF mimetype."""
    path = folder / "units.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", "<office:document-content/>")
    return path


def zip_not_workbook(folder: Path) -> Path:
    path = folder / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "scans of the lease, not a workbook")
    return path


def protected(folder: Path) -> Path:
    return Path(shutil.copy(PROTECTED, folder / "protected.xlsx"))


def protected_large(folder: Path) -> Path:
    """A stand-in for a large password-protected workbook: an OLE header whose directory (with the "EncryptionInfo"
    stream's name) lies past the first megabyte, where LibreOffice put it in a real 1.5 MB one it encrypted (a real
    file that size would weigh on the repository; the small real one is ``protected.xlsx``)."""
    path = folder / "ledger-2023.xlsx"
    first = 2964  # the directory's first sector in that real file, 512-byte sectors
    header = bytearray(512)
    header[:8] = bytes.fromhex("d0cf11e0a1b11ae1")
    header[0x18:0x20] = bytes.fromhex("3e000300feff0900")  # version 3, little-endian, 2^9-byte sectors
    header[0x30:0x34] = first.to_bytes(4, "little")
    entry = "Root Entry".encode("utf-16-le").ljust(128, b"\0") + "EncryptionInfo".encode("utf-16-le").ljust(128, b"\0")
    body = bytes((first + 1) * 512 - len(header))
    path.write_bytes(bytes(header) + body + entry.ljust(512, b"\0"))
    return path


def recalculated(folder: Path) -> Path:
    """Formulas whose cached values exist: written by openpyxl (which stores no values), then opened and saved by
    LibreOffice, which calculates them and stores the results beside the formulas as Excel does."""
    source = folder / "source" / "formulas.xlsx"
    source.parent.mkdir()
    write_book(
        source,
        (
            units(
                [BUILDING, "8F", '="08"&"01"', "=100+23.5", "办公"],
                [BUILDING, "8F", "0802", "=D2*2", "办公"],
            ),
        ),
    )
    return _converted(source, folder / "out")


def formula_errors(folder: Path) -> Path:
    """Lookups that failed, as LibreOffice saves them: the error code as the formula's cached value."""
    source = folder / "source" / "lookups.xlsx"
    source.parent.mkdir()
    write_book(
        source,
        (
            units(GOOD_UNIT),
            tenancies(['=VLOOKUP("星河",Z1:Z2,1,FALSE)', BUILDING, "0801", "=1/0", None]),
        ),
    )
    return _converted(source, folder / "out")


def _converted(source: Path, out: Path) -> Path:
    done = subprocess.run(
        ["soffice", "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", str(out), str(source)],
        capture_output=True,
        timeout=180,
        check=False,
    )
    path = out / source.name
    assert path.exists(), done.stderr.decode(errors="replace")
    return path


def big_units(path: Path, rows: int, bad_row: int) -> Path:
    """The units sheet with ``rows`` units (header in row 1), the one in Excel row ``bad_row`` on an unknown floor.
    Written in openpyxl's write-only mode (streamed), as a large office export is."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("房间")
    sheet.append(UNITS_H)
    for n in range(2, rows + 2):
        floor = "夹层" if n == bad_row else f"{n % 40 + 1}F"
        sheet.append([BUILDING, floor, f"U{n:06d}", 50 + n % 100, "办公"])
    workbook.save(path)
    return path


Builder = Callable[[Path], Path]


@dataclass(frozen=True)
class Expect:
    message: str  # Problem.message() exactly, or its start when it ends with "…"
    sheet: str = ""
    row: int | None = None
    column: str = ""

    def matches(self, message: str) -> bool:
        if self.message.endswith("…"):
            return message.startswith(self.message[:-1])
        return message == self.message


@dataclass(frozen=True)
class Case:
    name: str
    build: Builder
    problems: tuple[Expect, ...] = ()
    refused: str = ""
    stored: tuple[tuple[str, list[tuple[Any, ...]]], ...] = ()
    record: str = "empty"  # "empty" or "base"
    needs_soffice: bool = False
    ignored: tuple[tuple[str, str, str], ...] = ()  # (sheet, column letter, header) reported as not read
    notes: str = ""

    def __str__(self) -> str:
        return self.name


EMPTY = "This cell must not be empty."
NO_FLOOR = "This floor is not understood: write it as 8F, 8, 8楼 or B1."
NO_DAY = "There is no such day in the calendar: check the month and the day."
MASKED = "This value is masked: type the whole number, not the one shown with stars."
NO_UNITS_YET = (
    "The record has no units yet: the workbook needs the sheet 房间 (units) with the building, floor and number of "
    "every unit."
)
NO_BUILDING = "There is no building of this name, in the record or on the sheet 房间 (units)."
DIFFERS = "Differs from what is recorded ({}): the import never overwrites. Correct the row to match, or change the "
DIFFERS += "record in the program first."
UNITS_Q = "SELECT u.number, f.level, printf('%.2f', u.area), u.use FROM unit u JOIN floor f ON f.id = u.floor_id "
UNITS_Q += "ORDER BY u.number"
STAYS_Q = "SELECT c.name, u.number, tu.start_date, tu.end_date FROM tenancy_unit tu JOIN tenancy t ON t.id = "
STAYS_Q += "tu.tenancy_id JOIN customer c ON c.id = t.customer_id JOIN unit u ON u.id = tu.unit_id ORDER BY u.number"

GOOD_UNIT = [BUILDING, "8F", "0801", 120.5, "办公"]

CASES: tuple[Case, ...] = (
    # -- files that are not a readable workbook: refused, nothing read
    Case("empty-file", raw("empty.xlsx", b""), refused="The file empty.xlsx is empty: it holds no workbook."),
    Case("truncated-zip", truncated, refused="The workbook truncated.xlsx is damaged or incomplete (perhaps not fully"),
    Case("csv-renamed-xlsx", csv_renamed, refused="units.xlsx is a text (CSV) file, not an Excel workbook"),
    Case("old-xls", old_xls, refused="old.xls is in the old Excel 97–2003 (.xls) or WPS (.et) format"),
    Case("ods", ods, refused="units.ods is an OpenDocument spreadsheet (.ods): open it in LibreOffice or WPS"),
    Case("password-protected", protected, refused="The workbook protected.xlsx is protected by a password"),
    Case(
        "password-protected-large",
        protected_large,
        refused="The workbook ledger-2023.xlsx is protected by a password",
        notes="its directory lies past the first megabyte: it was told to be an old .xls",
    ),
    Case("zip-not-a-workbook", zip_not_workbook, refused="The workbook photos.xlsx is damaged or incomplete"),
    Case(
        "binary-not-a-workbook",
        raw("scan.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
        refused="scan.xlsx is not an Excel workbook (.xlsx): choose the workbook to import.",
    ),
    # -- the workbook's shape
    Case(
        "wrong-headers",
        book(units(GOOD_UNIT, header=["Bldg", "Level", "No.", "Size", "Kind"])),
        (
            Expect(
                "No header row found in the first 15 rows: the sheet needs a row of column names such as "
                "楼栋、楼层、房号、面积、用途.",
                "房间",
            ),
        ),
    ),
    Case(
        "missing-required-column",
        book(units(["星河大厦", "0801", 120.5], header=["楼栋", "房号", "面积"])),
        (Expect("The column 楼层 is missing: add a column headed 楼层 (or Floor) to this sheet.", "房间", 1),),
    ),
    Case(
        "missing-required-sheet",
        book(tenancies([STAR, BUILDING, "0801", "2023-05-01", None])),
        (Expect(NO_UNITS_YET), Expect(NO_BUILDING, "租户", 2, "B")),
        notes="tenancies without units, into an empty database",
    ),
    Case(
        "no-template-sheet",
        book(("Sheet1", [["姓名", "年龄"], ["张三", 30]])),
        (
            Expect(
                "None of the template's sheets was found (房间, 客户, 租户, 档案文件, 费用): name the sheets as the "
                "template does, or give them the template's column headers."
            ),
        ),
        ignored=(("Sheet1", "", ""),),
    ),
    Case(
        "title-row-merged",
        book(
            ("房间", [["星河大厦房间台账（2023年）"], UNITS_H, GOOD_UNIT, [BUILDING, "8F", None, 80, "办公"]]),
            merges={"房间": ["A1:E1"]},
        ),
        (Expect(EMPTY, "房间", 4, "C"),),
        notes="the merged title row is skipped and the rows keep the numbers Excel shows",
    ),
    Case(
        "header-merged-over-two-columns",
        book(
            (
                "房间",
                [
                    ["楼栋", "楼层", "房号", None, "面积", "用途"],
                    [BUILDING, "8F", "0801", "朝南", 120.5, "办公"],
                    [BUILDING, "8F", "0802", "朝北", -3, "办公"],
                ],
            ),
            merges={"房间": ["C1:D1"]},
        ),
        (Expect("An area cannot be negative.", "房间", 3, "E"),),
        ignored=(("房间", "D", "房号"),),
        notes="房号 merged over C and D: C is read, D is reported as not read, the area is found in E",
    ),
    # -- values
    Case(
        "unknown-floor",
        book(units(GOOD_UNIT, [BUILDING, "夹层", "0850", 30, "办公"])),
        (Expect(NO_FLOOR, "房间", 3, "B"),),
    ),
    Case(
        "impossible-date",
        book(units(GOOD_UNIT), tenancies([STAR, BUILDING, "0801", "2023-02-30", None])),
        (Expect(NO_DAY, "租户", 2, "D"),),
    ),
    Case(
        "not-a-date",
        book(units(GOOD_UNIT), tenancies([STAR, BUILDING, "0801", "五月一日", None])),
        (
            Expect(
                "This is not a date: write it as 2023-05-01, 2023/5/1, 2023.5.1, 2023年5月1日 or 20230501.",
                "租户",
                2,
                "D",
            ),
        ),
    ),
    Case(
        "negative-area",
        book(units([BUILDING, "8F", "0801", -120.5, "办公"])),
        (Expect("An area cannot be negative.", "房间", 2, "D"),),
    ),
    Case(
        "unit-number-too-long",
        book(units([BUILDING, "8F", "0801-0802-0803-0804-A", 120, "办公"])),
        (Expect("Too long: at most 20 characters here.", "房间", 2, "C"),),
    ),
    Case(
        "masked-phone",
        book(customers([STAR, "民营", CODE, "张三", "李四", "138****5678", None])),
        (Expect(MASKED, "客户", 2, "F"),),
    ),
    Case(
        "masked-credit-code",
        book(customers([STAR, "民营", "913100********001X", "张三", "李四", "13812345678", None])),
        (Expect(MASKED, "客户", 2, "C"),),
    ),
    Case(
        "id-number-typed-as-a-number",
        book(customers(["王小二", None, 1.10105198001011e17, None, None, 13812345678, None])),
        (
            Expect(
                "Excel kept only the first 15 digits of this number: format the column as text, type the whole "
                "number again, then import.",
                "客户",
                2,
                "C",
            ),
        ),
        notes="an 18-digit ID number in a number cell has lost its last digits; the mobile number in one is whole",
    ),
    Case(
        "formula-errors",
        formula_errors,
        (
            Expect(
                "This cell shows a formula's error (#N/A): correct the formula, or type the value itself.",
                "租户",
                2,
                "A",
            ),
            Expect(
                "This cell shows a formula's error (#DIV/0!): correct the formula, or type the value itself.",
                "租户",
                2,
                "D",
            ),
        ),
        needs_soffice=True,
        notes="a failed lookup would have been stored as the customer 「#N/A」",
    ),
    Case(
        "not-an-email",
        book(customers([STAR, "民营", CODE, "张三", "李四", "13812345678", "li at xinghe"])),
        (Expect("This is not an e-mail address.", "客户", 2, "G"),),
    ),
    Case(
        "move-out-before-move-in",
        book(units(GOOD_UNIT), tenancies([STAR, BUILDING, "0801", "2023-05-01", "2023-04-30"])),
        (Expect("The move-out date is not after the move-in date 2023-05-01.", "租户", 2, "E"),),
    ),
    Case(
        "overlapping-tenancies-in-the-file",
        book(
            units(GOOD_UNIT),
            tenancies(
                ["甲公司", BUILDING, "0801", "2023-01-01", "2023-12-31"],
                ["乙公司", BUILDING, "0801", "2023-06-01", None],
            ),
        ),
        (
            Expect(
                "Overlaps row 2 (甲公司 in unit 0801 from 2023-01-01 to 2023-12-31): one unit, one tenant at a time.",
                "租户",
                3,
                "D",
            ),
        ),
    ),
    Case(
        "overlapping-tenancy-against-the-record",
        book(tenancies(["乙公司", BUILDING, "0801", "2024-01-01", None])),
        (
            Expect(
                f"Unit 0801 is recorded as occupied by {STAR} from 2023-05-01 to —: the stays overlap.", "租户", 2, "D"
            ),
        ),
        record="base",
    ),
    Case(
        "unknown-building",
        book(tenancies(["乙公司", "月亮大厦", "0801", "2024-01-01", None])),
        (Expect(NO_BUILDING, "租户", 2, "B"),),
        record="base",
    ),
    Case(
        "unknown-unit",
        book(tenancies(["乙公司", BUILDING, "1201", "2024-01-01", None])),
        (
            Expect(
                "There is no unit of this number in building 星河大厦, in the record or on the sheet 房间 (units): "
                "add it there.",
                "租户",
                2,
                "C",
            ),
        ),
        record="base",
    ),
    Case(
        "unknown-category",
        book(documents([BUILDING, "0801", STAR, "合同", "2023-05-01", "租赁合同", "HT-001", None, 12, "原件"])),
        (Expect("This category is not known: choose one of the list (入住资料、二装资料、…", "档案文件", 2, "D"),),
        record="base",
    ),
    Case(
        "document-without-tenancy",
        book(documents([BUILDING, "0802", STAR, "入住资料", "2023-05-01", "入住通知书", None, None, 2, "原件"])),
        (
            Expect(
                "This customer has no tenancy in unit 0802, recorded or on the sheet 租户 (tenancies): add the "
                "tenancy there.",
                "档案文件",
                2,
                "C",
            ),
        ),
        record="base",
    ),
    Case(
        "differing-re-import",
        book(units([BUILDING, "8F", "0801", 130, "办公"])),
        (Expect(DIFFERS.format("面积 120.50 ≠ 130.00"), "房间", 2, "C"),),
        record="base",
    ),
    Case(
        "differing-customer",
        book(customers([STAR, "国有", CODE, "张三", "李四", "13812345678", None])),
        (Expect(DIFFERS.format("单位性质 民营 ≠ 国有"), "客户", 2),),
        record="base",
    ),
    Case(
        "differing-move-out",
        book(tenancies([STAR, BUILDING, "0801", "2023-05-01", "2025-04-30"])),
        (Expect(DIFFERS.format("退租日期 — ≠ 2025-04-30"), "租户", 2, "E"),),
        record="base",
    ),
    Case(
        "same-unit-twice-in-the-file",
        book(units(GOOD_UNIT, [BUILDING, "8F", "0801", 130, "办公"])),
        (Expect("The same unit is on row 2 with other values.", "房间", 3, "C"),),
        notes="nothing is recorded yet: the row is told which row it clashes with, not that it differs from the record",
    ),
    Case(
        "same-customer-twice-in-the-file",
        book(
            customers(
                [STAR, "民营", CODE, "张三", None, None, None],
                [" 星河科技有限公司", "国有", None, None, None, None, None],
            )
        ),
        (Expect("The same customer is on row 2 with other values.", "客户", 3, "A"),),
    ),
    Case(
        "credit-code-clash",
        book(customers([STAR, "民营", "91310000MA1FL9999X", "张三", "李四", "13812345678", None])),
        (
            Expect(
                f"A customer of this name is recorded with another credit code ({CODE}): one name, one customer — "
                "correct the code or the name.",
                "客户",
                2,
                "C",
            ),
        ),
        record="base",
    ),
    Case(
        "paid-more-than-due",
        book(fees([BUILDING, "0801", STAR, "物业费", "2023-06", 100, 150, "2023-06-05", "R0001"])),
        (Expect("More is paid than is due (100.00): record an overpayment in the program.", "费用", 2, "G"),),
        record="base",
    ),
    Case(
        "payment-without-receipt",
        book(fees([BUILDING, "0801", STAR, "物业费", "2023-06", 100, 100, "2023-06-05", None])),
        (Expect("A payment needs its receipt number and the day it was paid.", "费用", 2, "I"),),
        record="base",
    ),
    Case(
        "same-receipt-twice",
        book(
            fees(
                [BUILDING, "0801", STAR, "物业费", "2023-06", 100, 100, "2023-06-05", "R0001"],
                [BUILDING, "0801", STAR, "物业费", "2023-07", 100, 100, "2023-07-05", "R0001"],
            )
        ),
        (Expect("The same receipt number is on row 2.", "费用", 3, "I"),),
        record="base",
    ),
    Case(
        "fee-with-too-many-decimals",
        book(fees([BUILDING, "0801", STAR, "物业费", "2023-06", "100.005", None, None, None])),
        (Expect("An amount has at most two decimals (fen).", "费用", 2, "F"),),
        record="base",
    ),
    Case(
        "every-problem-at-once",
        book(
            units(GOOD_UNIT, [BUILDING, "夹层", "0850", 30, "办公"]),
            customers([STAR, "民营", CODE, "张三", "李四", "138****5678", None]),
            tenancies([STAR, BUILDING, "0801", "2023-02-30", None]),
        ),
        (Expect(NO_FLOOR, "房间", 3, "B"), Expect(MASKED, "客户", 2, "F"), Expect(NO_DAY, "租户", 2, "D")),
        notes="every problem of every sheet at once, in sheet order",
    ),
    # -- awkward but right: accepted, and the values stored as meant
    Case(
        "full-width-digits",
        book(
            units([BUILDING, "８Ｆ", "０８０１", "１２３．５", "办公"]),
            tenancies([STAR, BUILDING, "０８０１", "２０２３－０５－０１", None]),
        ),
        stored=(
            (UNITS_Q, [("0801", 8, "123.50", "office")]),
            (STAYS_Q, [(STAR, "0801", "2023-05-01", None)]),
        ),
    ),
    Case(
        "every-date-form",
        book(
            units(*([BUILDING, "8F", f"080{n}", 50, "办公"] for n in range(1, 8))),
            tenancies(
                ["甲1", BUILDING, "0801", "2023-05-01", None],
                ["甲2", BUILDING, "0802", "2023/5/1", None],
                ["甲3", BUILDING, "0803", "2023.5.1", None],
                ["甲4", BUILDING, "0804", "2023年5月1日", None],
                ["甲5", BUILDING, "0805", "20230501", None],
                ["甲6", BUILDING, "0806", dt.date(2023, 5, 1), None],  # a real Excel date
                ["甲7", BUILDING, "0807", 20230501, dt.datetime(2024, 4, 30)],  # digits typed into a number cell
            ),
        ),
        stored=(
            (
                STAYS_Q,
                [(f"甲{n}", f"080{n}", "2023-05-01", None) for n in range(1, 7)]
                + [("甲7", "0807", "2023-05-01", "2024-04-30")],
            ),
        ),
    ),
    Case(
        "duplicate-customers-by-spaces-and-width",
        book(
            customers(
                [STAR, "民营", CODE, None, None, None, None],
                [" 星河科技 有限公司 ", None, None, None, None, None, None],
                ["星河科技有限公司\u3000", None, None, None, None, None, None],
                ["ABC公司", None, None, None, None, None, None],
                ["ＡＢＣ公司", None, None, None, None, None, None],
            ),
        ),
        stored=(("SELECT name, id_code FROM customer ORDER BY id", [(STAR, CODE), ("ABC公司", "")]),),
    ),
    Case(
        "unit-numbers-as-text-and-as-numbers",
        book(
            units([BUILDING, "10F", "1001", 60, "办公"]),
            tenancies(["乙公司", BUILDING, 802, "2024-01-01", None], ["丙公司", BUILDING, "1001", "2024-02-01", None]),
        ),
        stored=(
            (
                "SELECT u.number FROM unit u ORDER BY u.number",
                [("0801",), ("0802",), ("0901",), ("1001",)],
            ),
            (
                STAYS_Q,
                [
                    (STAR, "0801", "2023-05-01", None),
                    ("乙公司", "0802", "2024-01-01", None),
                    ("丙公司", "1001", "2024-02-01", None),
                ],
            ),
        ),
        record="base",
        notes="0801 typed as text stays 0801; 802 typed as a number finds the recorded 0802",
    ),
    Case(
        "unit-number-as-a-number-on-the-units-sheet",
        book(units([BUILDING, "8F", 801, 120.5, "办公"], [BUILDING, "10F", "1001", 60, "办公"])),
        stored=(
            (
                UNITS_Q,
                [
                    ("0801", 8, "120.50", "office"),
                    ("0802", 8, "80.00", "office"),
                    ("0901", 9, "200.00", "office"),
                    ("1001", 10, "60.00", "office"),
                ],
            ),
        ),
        record="base",
        notes="801 (Excel dropped the zero) is the recorded 0801 with the same values, not a new unit 801 beside it",
    ),
    Case(
        "handover-on-the-same-day",
        book(
            units(GOOD_UNIT),
            tenancies(
                ["甲公司", BUILDING, "0801", "2023-01-01", "2023-06-30"],
                ["乙公司", BUILDING, "0801", "2023-06-30", None],
            ),
        ),
        stored=((STAYS_Q, [("甲公司", "0801", "2023-01-01", "2023-06-30"), ("乙公司", "0801", "2023-06-30", None)]),),
        notes="the next tenant may move in on the day the last one leaves: the stays do not overlap",
    ),
    Case(
        "papers-go-to-the-tenancy-of-their-date",
        book(
            units(GOOD_UNIT),
            tenancies(
                [STAR, BUILDING, "0801", "2019-01-01", "2020-12-31"], [STAR, BUILDING, "0801", "2023-05-01", None]
            ),
            documents(
                [
                    BUILDING,
                    "0801",
                    STAR,
                    "入住资料",
                    "2019-01-01",
                    "第一次入住通知书",
                    None,
                    None,
                    1,
                    "原件",
                    None,
                    None,
                ],
                [BUILDING, "0801", STAR, "往来函", "2024-02-02", "第二次的来函", None, None, 2, "工作件", None, None],
                [BUILDING, "0801", STAR, "往来函", "2018-12-20", "入住前的意向书", None, None, 1, "原件", None, None],
            ),
        ),
        stored=(
            (
                "SELECT t.move_in, d.title, d.is_original FROM document d JOIN dossier s ON s.id = d.dossier_id "
                "JOIN tenancy t ON t.id = s.tenancy_id ORDER BY d.doc_date",
                [
                    ("2019-01-01", "入住前的意向书", 1),  # before any tenancy: the first one's
                    ("2019-01-01", "第一次入住通知书", 1),
                    ("2023-05-01", "第二次的来函", 0),
                ],
            ),
            ("SELECT status FROM dossier ORDER BY id", [("departed",), ("live",)]),
        ),
        notes="a customer who left and came back: each paper goes to the dossier of the tenancy running on its date",
    ),
    Case(
        "a-workbook-named-xls",
        book(units(GOOD_UNIT), name="台账.xls"),
        stored=((UNITS_Q, [("0801", 8, "120.50", "office")]),),
        notes="a good workbook renamed .xls (or saved without an extension) was called damaged: its content counts",
    ),
    Case(
        "a-workbook-without-extension",
        book(units(GOOD_UNIT), name="台账"),
        stored=((UNITS_Q, [("0801", 8, "120.50", "office")]),),
    ),
    Case(
        "thousands-separators",
        book(
            units([BUILDING, "12F", "1201", "1,234.50", "办公"]),
            fees([BUILDING, "0801", STAR, "物业费", "2023-06", "1,200.00", "¥1,200.00", "2023-06-05", "R0001"]),
        ),
        stored=(
            ("SELECT number, printf('%.2f', area) FROM unit WHERE number = '1201'", [("1201", "1234.50")]),
            ("SELECT period, amount_fen FROM fee_charge", [("2023-06", 120000)]),
            ("SELECT receipt_no, amount_fen, paid_on FROM fee_payment", [("R0001", 120000, "2023-06-05")]),
        ),
        record="base",
    ),
    Case(
        "formula-cached-values",
        recalculated,
        stored=((UNITS_Q, [("0801", 8, "123.50", "office"), ("0802", 8, "247.00", "office")]),),
        needs_soffice=True,
        notes='a text formula (="08"&"01") and number formulas read as the values LibreOffice calculated',
    ),
)
