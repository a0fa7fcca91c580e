"""Counts on real screens read "1 label" and "2 labels" in English, and the one Chinese form in zh_CN.

The forms come from the translation files (dossier_desk_en.ts for English), so these tests install the language as
the program does at its start; tests/unit/test_plurals.py checks every message of the sources.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.building import unit_cards
from app.desk import Actor, Desk
from app.errors import Conflict
from app.loans import list_loans
from app.text import QT_TRANSLATE_NOOP
from tests.ui.speaking import speaking
from ui import translations
from ui.loans import LoansWindow
from ui.tenancy.labels_dialog import LabelsDialog

pytestmark = pytest.mark.qt


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with speaking(qapp, request.param):
        yield request.param


def _live_dossiers(desk: Desk, actor: Actor) -> list[int]:
    with desk.read(actor) as work:
        return [c.dossier_id for c in unit_cards(work) if c.dossier_id is not None and c.customer]


def test_the_labels_dialog_counts_one_label_and_two_labels(
    language: str, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, settings: QSettings
) -> None:
    first, second = _live_dossiers(demo_desk, demo_clerk)[:2]
    shown: list[str] = []
    for chosen in ([first], [first, second]):
        dialog = LabelsDialog(demo_desk, demo_clerk, settings, chosen_ids=chosen)
        qtbot.addWidget(dialog)
        shown.append(dialog.count_label.text())
    assert shown == {"en": ["1 label", "2 labels"], "zh_CN": ["1 张标牌", "2 张标牌"]}[language]


def test_the_loans_window_counts_one_loan_and_several(
    language: str, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor
) -> None:
    with demo_desk.read(demo_clerk) as work:
        every, late = len(list_loans(work)), len(list_loans(work, overdue_only=True))
    assert every > 1 and late == 1  # the demo has one overdue loan among several
    window = LoansWindow(demo_desk, demo_clerk)
    qtbot.addWidget(window)
    all_loans = window.summary.text()
    window.filter_combo.setCurrentIndex(LoansWindow.OVERDUE)
    overdue = window.summary.text()
    expected = {
        "en": (f"{every} loans; 1 overdue.", "1 loan; 1 overdue."),
        "zh_CN": (f"共 {every} 项借阅；1 项逾期。", "共 1 项借阅；1 项逾期。"),
    }[language]
    assert (all_loans, overdue) == expected


def test_an_app_message_with_a_count_reads_in_the_plural_forms(language: str) -> None:
    # The binding's refusal, as app/archive/binding.py raises it: the count travels with the error as n.
    template = QT_TRANSLATE_NOOP(
        "app",
        "Dossier {number} has %n document(s) without a page count ({titles}): "
        "record their pages before binding, or bind it as it is.",
        "",
        1,
    )
    one = translations.error_text(Conflict(template, field="dossier", n=1, number="1-101-2026", titles="甲"))
    two = translations.error_text(Conflict(template, field="dossier", n=2, number="1-101-2026", titles="甲、乙"))
    if language == "en":
        assert one.startswith("Dossier 1-101-2026 has 1 document without a page count (甲): record its pages")
        assert two.startswith("Dossier 1-101-2026 has 2 documents without a page count (甲、乙): record their pages")
    else:
        assert one.startswith("档案 1-101-2026 有 1 件文件未登记页数（甲）")
        assert two.startswith("档案 1-101-2026 有 2 件文件未登记页数（甲、乙）")
