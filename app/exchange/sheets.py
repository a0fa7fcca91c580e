"""The workbook an office moves in with, and the one its lists leave as: sheets, headers, what each column holds.

One place for the import template, the import and the export: an export of units, customers, tenancies and
documents is itself a valid import file because all three read these specs. The headers are Chinese (what the
office's own spreadsheets say); the English name and the common variants clerks use are accepted on import too.
Headers are compared after NFKC folding (full-width → half-width), trimming, dropping spaces and a trailing
bracketed unit ("面积（㎡）"), and case folding.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from app.text import QT_TRANSLATE_NOOP


class Kind(StrEnum):
    """What a column holds, so the import reads it forgivingly and the export writes it as Excel would."""

    TEXT = "text"
    UNIT = "unit"  # a unit number: always text, "0801" never 801.0
    FLOOR = "floor"  # 8F, 8, 8楼, B1
    DATE = "date"
    PERIOD = "period"  # a month, YYYY-MM
    DECIMAL = "decimal"  # an area
    MONEY = "money"  # yuan, two decimals
    WHOLE = "whole"  # a count (pages)
    ORIGINAL = "original"  # 原件 / 工作件
    CATEGORY = "category"  # a document category, by its Chinese name or code
    KIND = "kind"  # a customer's kind: 单位 / 个人


@dataclass(frozen=True)
class Column:
    key: str  # the field the value goes to
    header: str  # the Chinese header the template and the export write
    english: str  # the English name, accepted on import
    kind: Kind = Kind.TEXT
    required: bool = False
    limit: int = 200  # the longest text kept
    aliases: tuple[str, ...] = ()  # other headers seen in offices' spreadsheets


@dataclass(frozen=True)
class Sheet:
    key: str
    name: str  # the Chinese sheet name
    english: str
    columns: tuple[Column, ...]
    # What the sheet is about, shown in the template's instructions (English source, context "exchange").
    purpose: str

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


BUILDING = Column("building", "楼栋", "Building", aliases=("大厦", "楼宇", "楼号", "项目"), limit=100)
UNIT = Column("unit", "房号", "Unit", Kind.UNIT, True, 20, ("单元", "房间号", "单元号", "房间", "室号", "房号码"))
CUSTOMER = Column(
    "customer",
    "客户名称",
    "Customer",
    Kind.TEXT,
    True,
    200,
    ("客户", "公司名称", "单位名称", "租户名称", "租户", "企业名称"),
)

UNITS = Sheet(
    "units",
    "房间",
    "Units",
    (
        Column("building", "楼栋", "Building", Kind.TEXT, True, 100, BUILDING.aliases),
        Column("floor", "楼层", "Floor", Kind.FLOOR, True, 20, ("层", "所在楼层")),
        UNIT,
        Column("area", "面积", "Area", Kind.DECIMAL, aliases=("建筑面积", "面积㎡", "面积m2", "area(m2)")),
        Column("use", "用途", "Use", limit=50, aliases=("房屋用途", "使用性质")),
    ),
    QT_TRANSLATE_NOOP("exchange", "One row per unit: the building, its floor and the unit number."),
)

CUSTOMERS = Sheet(
    "customers",
    "客户",
    "Customers",
    (
        Column("name", "客户名称", "Name", Kind.TEXT, True, 200, CUSTOMER.aliases),
        Column("nature", "单位性质", "Nature", limit=100, aliases=("企业性质", "公司性质")),
        Column(
            "id_code",
            "统一社会信用代码",
            "Credit code",
            limit=40,
            aliases=("信用代码", "社会信用代码", "营业执照号", "证件号码", "身份证号", "unified social credit code"),
        ),
        Column("legal_representative", "法定代表人", "Legal representative", limit=100, aliases=("法人", "法人代表")),
        Column("contact_person", "联系人", "Contact", limit=100, aliases=("联络人", "contact person")),
        Column("phone", "联系电话", "Phone", limit=50, aliases=("电话", "手机", "联系方式", "电话号码")),
        Column("email", "邮箱", "Email", limit=200, aliases=("电子邮箱", "e-mail", "电邮")),
        # Not in the office's usual list: a person (个人) rather than a company; blank means a company.
        Column("kind", "客户类型", "Kind", Kind.KIND, aliases=("类型", "单位/个人")),
    ),
    QT_TRANSLATE_NOOP("exchange", "One row per customer; a customer is known by its credit code, else by its name."),
)

TENANCIES = Sheet(
    "tenancies",
    "租户",
    "Tenancies",
    (
        CUSTOMER,
        BUILDING,
        UNIT,
        Column(
            "move_in", "入住日期", "Move-in", Kind.DATE, True, aliases=("入驻日期", "起租日期", "进场日期", "move in")
        ),
        Column("move_out", "退租日期", "Move-out", Kind.DATE, aliases=("迁出日期", "退房日期", "move out")),
    ),
    QT_TRANSLATE_NOOP(
        "exchange",
        "One row per customer and unit; a blank move-out date means the customer is there now. Rows of one customer "
        "with the same move-in date are one tenancy of several units.",
    ),
)

DOCUMENTS = Sheet(
    "documents",
    "档案文件",
    "Documents",
    (
        BUILDING,
        UNIT,
        CUSTOMER,
        Column("category", "类别", "Category", Kind.CATEGORY, True, aliases=("文件类别", "档案类别", "分类")),
        Column("date", "日期", "Date", Kind.DATE, True, aliases=("文件日期", "成文日期")),
        Column("title", "题名", "Title", Kind.TEXT, True, 300, ("文件名称", "标题", "文件题名", "名称")),
        Column("reference_no", "文号", "Ref", limit=100, aliases=("文件编号", "编号", "reference no.", "reference")),
        Column("issuer", "责任者", "Issuer", limit=200, aliases=("发文单位", "责任人")),
        Column("pages", "页数", "Pages", Kind.WHOLE, aliases=("页码", "张数")),
        Column(
            "original", "原件/工作件", "Original/working", Kind.ORIGINAL, aliases=("原件", "原件或工作件", "original")
        ),
        Column("location", "存放位置", "Location", limit=200, aliases=("存放地点", "位置", "paper location")),
        Column("notes", "备注", "Notes", limit=4000, aliases=("说明",)),
    ),
    QT_TRANSLATE_NOOP(
        "exchange",
        "One row per document, filed in the dossier of the customer's tenancy in that unit. A document is known by "
        "its unit, customer, date, title and 文号.",
    ),
)

FEES = Sheet(
    "fees",
    "费用",
    "Fees",
    (
        BUILDING,
        UNIT,
        CUSTOMER,
        Column("item", "费用项目", "Item", Kind.TEXT, True, 100, ("收费项目", "项目", "费用名称")),
        Column("period", "所属期间", "Period", Kind.PERIOD, True, aliases=("所属月份", "期间", "月份", "账期")),
        Column("due", "应收", "Due", Kind.MONEY, True, aliases=("应收金额", "应缴", "金额")),
        Column("paid", "实收", "Paid", Kind.MONEY, aliases=("实收金额", "已收", "实缴")),
        Column("paid_on", "收款日期", "Paid on", Kind.DATE, aliases=("缴费日期", "付款日期")),
        Column("receipt", "收据号", "Receipt", limit=30, aliases=("收据编号", "票据号", "receipt no.")),
    ),
    QT_TRANSLATE_NOOP(
        "exchange",
        "One row per charge: what was due for a month and what was paid against it, with the receipt. A fee item the "
        "office does not charge yet is added, switched off, for the manager to set up.",
    ),
)

# In the order they are read: units before the tenancies that name them, tenancies before their documents and fees.
SHEETS: tuple[Sheet, ...] = (UNITS, CUSTOMERS, TENANCIES, DOCUMENTS, FEES)
BY_KEY = {s.key: s for s in SHEETS}

# Words for 原件/工作件 and yes/no cells (folded as headers are).
ORIGINAL_WORDS = {"原件": True, "工作件": False, "复印件": False, "是": True, "否": False, "original": True}
ORIGINAL_WORDS |= {"working": False, "copy": False, "yes": True, "no": False, "y": True, "n": False}
ORIGINAL_WORDS |= {"true": True, "false": False, "1": True, "0": False}
KIND_WORDS = {"单位": "company", "公司": "company", "企业": "company", "company": "company", "个人": "person"}
KIND_WORDS |= {"person": "person", "自然人": "person"}
KIND_HEADERS = {"company": "单位", "person": "个人"}
# A unit's use: the building set-up writes codes (office, storage, shop); the sheet says them in Chinese.
USE_HEADERS = {"office": "办公", "storage": "仓储", "shop": "商铺"}

ORIGINAL_HEADERS = {True: "原件", False: "工作件"}

_BRACKETED_TAIL = re.compile(r"[(\[][^()\[\]]*[)\]]$")


def folded(text: object) -> str:
    """A header or a word as compared: NFKC (full-width → half-width), no spaces, case folded, no bracketed tail."""
    value = unicodedata.normalize("NFKC", "" if text is None else str(text))
    value = re.sub(r"\s+", "", value).casefold()
    stripped = _BRACKETED_TAIL.sub("", value)
    return stripped or value


def names_of(column: Column) -> set[str]:
    """Every folded header a column is known by."""
    names = {folded(column.header), folded(column.english), *(folded(a) for a in column.aliases)}
    names |= {n.replace("-", "").replace("_", "") for n in names}
    return names


def sheet_names(sheet: Sheet) -> set[str]:
    return {folded(sheet.name), folded(sheet.english)}


USE_WORDS = {folded(word): code for code, chinese in USE_HEADERS.items() for word in (code, chinese)}
