"""The names of the exports and their titles, as plain data: ``export --help`` lists them without importing the
exports themselves (SQLAlchemy, openpyxl), and ``app.exchange.exports`` builds its table on them."""

from __future__ import annotations

from app.text import QT_TRANSLATE_NOOP

# name → title (English source, context "exchange"), in the order `export --help` lists them.
EXPORT_TITLES: dict[str, str] = {
    "units": QT_TRANSLATE_NOOP("exchange", "Units (房间): building, floor, unit, area, use"),
    "customers": QT_TRANSLATE_NOOP("exchange", "Customers (客户), ID numbers and mobiles as your role may export them"),
    "tenancies": QT_TRANSLATE_NOOP("exchange", "Tenancies (租户): one row per customer and unit, with its dates"),
    "documents": QT_TRANSLATE_NOOP("exchange", "Documents (档案文件) of every dossier, neither trashed nor destroyed"),
    "fees": QT_TRANSLATE_NOOP("exchange", "Fees (费用): one row per charge, what is due and what was paid"),
    "deposits": QT_TRANSLATE_NOOP("exchange", "Deposits (押金): received, refunded, retained, held"),
    "repairs": QT_TRANSLATE_NOOP("exchange", "Repairs (报修)"),
    "complaints": QT_TRANSLATE_NOOP("exchange", "Complaints (投诉)"),
    "violations": QT_TRANSLATE_NOOP("exchange", "Violations (违规)"),
    "fit-out": QT_TRANSLATE_NOOP("exchange", "Fit-out projects (二装)"),
    "forms": QT_TRANSLATE_NOOP("exchange", "Filled registration forms (表单), without their values"),
    "loans": QT_TRANSLATE_NOOP("exchange", "Loans (借阅): one row per dossier lent"),
    "audit": QT_TRANSLATE_NOOP("exchange", "The audit log (审计日志): supervisor, manager or administrator"),
    "boxes": QT_TRANSLATE_NOOP("exchange", "Archive boxes (档案盒)"),
    "all": QT_TRANSLATE_NOOP(
        "exchange", "Units, customers, tenancies, documents and fees in one workbook: an import file"
    ),
}
# What ``all`` stands for: every import sheet, in the order the import reads them.
ALL = ("units", "customers", "tenancies", "documents", "fees")
