"""Document categories of a dossier (R3, R11): the one place they are defined.

``code`` is stored in the database and never changes; ``name`` is the English source
string (translated in the UI); ``chinese`` is the regulation's own term, used where the
printed Chinese must not depend on a translation file.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    chinese: str
    rule: str
    # What a scan of this category is filed as by default (the scan inbox prefills them; the clerk may change them):
    # the paper itself kept as an original, and who issued it (责任者): the customer, the office, or nobody named.
    original: bool = False
    issuer: str = ""  # ISSUER_CUSTOMER, ISSUER_OFFICE or ""


ISSUER_CUSTOMER = "customer"  # the dossier's customer (its company name)
ISSUER_OFFICE = "office"  # the organisation that keeps the record (the archive settings' 全宗名称)


CATEGORIES: tuple[Category, ...] = (
    Category(
        "move_in",
        QT_TRANSLATE_NOOP("category", "Move-in papers"),
        "入住资料",
        "R3",
        original=True,
        issuer=ISSUER_CUSTOMER,
    ),
    Category(
        "fit_out",
        QT_TRANSLATE_NOOP("category", "Fit-out files"),
        "二装资料",
        "R3",
        original=True,
        issuer=ISSUER_CUSTOMER,
    ),
    Category(
        "correspondence",
        QT_TRANSLATE_NOOP("category", "Correspondence"),
        "往来函",
        "R3",
        original=True,
        issuer=ISSUER_CUSTOMER,
    ),
    Category(
        "form_door_lock",
        QT_TRANSLATE_NOOP("category", "Door lock application"),
        "门锁申请",
        "R3",
        original=True,
        issuer=ISSUER_CUSTOMER,
    ),
    Category(
        "form_phone",
        QT_TRANSLATE_NOOP("category", "Telephone application"),
        "电话申请",
        "R3",
        original=True,
        issuer=ISSUER_CUSTOMER,
    ),
    Category(
        "form_parking",
        QT_TRANSLATE_NOOP("category", "Parking space application"),
        "车位申请",
        "R3",
        original=True,
        issuer=ISSUER_CUSTOMER,
    ),
    Category(
        "form_signage",
        QT_TRANSLATE_NOOP("category", "Signage application"),
        "水牌申请",
        "R3",
        original=True,
        issuer=ISSUER_CUSTOMER,
    ),
    Category(
        "form_after_hours",
        QT_TRANSLATE_NOOP("category", "After-hours use application"),
        "客户加班申请",
        "R3",
        original=True,
        issuer=ISSUER_CUSTOMER,
    ),
    Category(
        "form_other",
        QT_TRANSLATE_NOOP("category", "Other application forms"),
        "其他申请表",
        "R3",
        original=True,
        issuer=ISSUER_CUSTOMER,
    ),
    Category(
        "fees_deposits", QT_TRANSLATE_NOOP("category", "Fees and deposits"), "缴费与押金", "R11", issuer=ISSUER_OFFICE
    ),
    Category(
        "violations_arrears",
        QT_TRANSLATE_NOOP("category", "Violations and arrears"),
        "违规与欠费",
        "R11",
        issuer=ISSUER_OFFICE,
    ),
    Category("repairs", QT_TRANSLATE_NOOP("category", "Repairs"), "报修", "R11", issuer=ISSUER_OFFICE),
    Category("complaints", QT_TRANSLATE_NOOP("category", "Complaints"), "投诉", "R11", issuer=ISSUER_CUSTOMER),
    Category("id_papers", QT_TRANSLATE_NOOP("category", "ID papers"), "证件资料", "R11", issuer=ISSUER_CUSTOMER),
    Category(
        "contact_details", QT_TRANSLATE_NOOP("category", "Contact details"), "联络资料", "R11", issuer=ISSUER_CUSTOMER
    ),
    Category(
        "emergency_contacts",
        QT_TRANSLATE_NOOP("category", "Emergency contacts"),
        "紧急联络人",
        "R11",
        issuer=ISSUER_CUSTOMER,
    ),
    Category(
        "staff_changes",
        QT_TRANSLATE_NOOP("category", "Staff changes"),
        "人事变动",
        "R11",
        original=True,
        issuer=ISSUER_CUSTOMER,
    ),
    Category("other", QT_TRANSLATE_NOOP("category", "Other"), "其他", "R11"),
)

BY_CODE: dict[str, Category] = {c.code: c for c in CATEGORIES}


def category(code: str) -> Category:
    return BY_CODE[code]
