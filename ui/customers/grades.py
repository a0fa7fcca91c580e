"""A customer's grade (重点 / 一般 / 零散, issue 20) in words, wherever the clerk looks at the customer: the customer
form here, and customer care's lists and dialogs (ui/care)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.care.grades import GradeInfo
from ui.translations import format_date


def grade_names() -> dict[str, str]:
    return {
        "key": QCoreApplication.translate("CustomerCare", "Key"),
        "ordinary": QCoreApplication.translate("CustomerCare", "Ordinary"),
        "small": QCoreApplication.translate("CustomerCare", "Small"),
    }


def grade_text(grade: GradeInfo) -> str:
    """“Key customer, since 3/1/2026”; “Not graded” for a customer the supervisor has not graded yet."""
    if grade.grade is None or grade.since is None:
        return QCoreApplication.translate("CustomerCare", "Not graded")
    return QCoreApplication.translate("CustomerCare", "{grade} customer, since {day}").format(
        grade=grade_names()[grade.grade], day=format_date(grade.since)
    )
