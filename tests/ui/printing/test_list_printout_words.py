"""Print list… in Chinese (issue 13): every list screen's printout read back with pdftotext, with no English
word, rule id, ``{placeholder}`` or ``&`` outside the data the user typed (the check of tests/e2e/
test_printout_words.py, which covers the other printouts).

Each screen is opened as the window opens it, in zh_CN, and each of its Print list… actions prints through the
same app call as in the window; only the worker thread and the preview are left out (the PDF is built at once).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.desk import Actor, Desk
from app.dossier import completeness, documents, dossiers
from app.people.users import log_in
from db.models import Dossier, Floor, Unit
from tests.conftest import PASSWORD
from tests.e2e.test_printout_words import data_of, findings, pages
from tests.ui.speaking import speaking
from ui.approvals.waiting_window import ApprovalsWaitingWindow
from ui.archive.browser import ArchiveBrowser
from ui.archive.wizard import ArchiveWizard
from ui.audit.audit_window import AuditWindow
from ui.dossier.history_dialog import DocumentHistoryDialog
from ui.dossier.missing_report_dialog import MissingReportDialog
from ui.dossier.trash_dialog import TrashDialog
from ui.loans.loans_window import LoansWindow
from ui.main_window import MainWindow
from ui.printing.list_print import ListPrinter
from ui.tenancy.label_check_dialog import LabelCheckDialog

pytestmark = pytest.mark.qt


class AtOnce:
    """Stands in for a printer's PrintoutBuilder: builds the PDF on the spot, as the worker thread would."""

    def __init__(self, desk: Desk, actor: Actor, folder: Path) -> None:
        self.desk, self.actor, self.folder = desk, actor, folder
        self.made: list[Path] = []

    def build(self, build: Callable[..., object], file_name: str, _title: str, **_kwargs: object) -> bool:
        target = self.folder / f"{len(self.made)}-{file_name}"
        with self.desk.read(self.actor) as work:
            build(work, target)
        self.made.append(target)
        return True


@pytest.fixture(params=["zh_CN", "zh_TW"])
def chinese(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in Chinese, as ``--lang zh_CN`` (``zh_TW``) installs it; English again afterwards."""
    with speaking(qapp, request.param):
        yield request.param


Login = Callable[[str], Actor]


def _live_dossier(desk: Desk) -> int:
    with desk.read(None) as work:
        found = work.session.scalar(select(Dossier.id).where(Dossier.status == "live").order_by(Dossier.id))
    assert found is not None
    return found


def _floor_with_missing_papers(desk: Desk) -> tuple[int, str]:
    with desk.read(None) as work:
        for floor_id, label in work.session.execute(select(Floor.id, Floor.label).order_by(Floor.level)).all():
            if completeness.floor_missing_report(work, floor_id):
                return floor_id, label
    pytest.skip("the demo holds every paper")


def missing_report(desk: Desk, login: Login, settings: QSettings, qtbot: QtBot) -> tuple[QWidget, Actor]:
    clerk = login("clerk")
    floor_id, label = _floor_with_missing_papers(desk)
    return MissingReportDialog(desk, clerk, floor_id, label), clerk


def label_check(desk: Desk, login: Login, settings: QSettings, qtbot: QtBot) -> tuple[QWidget, Actor]:
    clerk = login("clerk")
    return LabelCheckDialog(desk, clerk, settings), clerk


def trash(desk: Desk, login: Login, settings: QSettings, qtbot: QtBot) -> tuple[QWidget, Actor]:
    dossier_id = _live_dossier(desk)
    with desk.work(login("manager")) as work:  # a working copy in the trash, so the list has a row
        document = next(d for d in dossiers.dossier_documents(work, dossier_id) if not d.is_original)
        documents.trash_documents(work, [document.id], reason="重复")
    clerk = login("clerk")
    return TrashDialog(desk, clerk, dossier_id), clerk


def document_history(desk: Desk, login: Login, settings: QSettings, qtbot: QtBot) -> tuple[QWidget, Actor]:
    clerk = login("clerk")
    with desk.read(clerk) as work:
        document = dossiers.dossier_documents(work, _live_dossier(desk))[0]
    return DocumentHistoryDialog(desk, clerk, document.id, document.title), clerk


def dossier_lists(desk: Desk, login: Login, settings: QSettings, qtbot: QtBot) -> tuple[QWidget, Actor]:
    """The dossier view's documents, contacts and history, each with its Print list…"""
    clerk = login("clerk")
    window = MainWindow(desk, clerk, settings)
    page = window.open_dossier(_live_dossier(desk))
    assert page is not None
    return window, clerk


def unit_history(desk: Desk, login: Login, settings: QSettings, qtbot: QtBot) -> tuple[QWidget, Actor]:
    clerk = login("clerk")
    window = MainWindow(desk, clerk, settings)
    with desk.read(None) as work:
        unit_id = work.session.scalar(select(Dossier.unit_id).where(Dossier.status == "live").order_by(Dossier.id))
    window.floors_page.unit_history.show_unit(unit_id)
    return window, clerk


def audit_log(desk: Desk, login: Login, settings: QSettings, qtbot: QtBot) -> tuple[QWidget, Actor]:
    supervisor = login("supervisor")
    return AuditWindow(desk, supervisor), supervisor


def approvals_waiting(desk: Desk, login: Login, settings: QSettings, qtbot: QtBot) -> tuple[QWidget, Actor]:
    manager = login("manager")
    return ApprovalsWaitingWindow(desk, manager), manager


def loans(desk: Desk, login: Login, settings: QSettings, qtbot: QtBot) -> tuple[QWidget, Actor]:
    manager = login("manager")
    return LoansWindow(desk, manager), manager


def archive_search(desk: Desk, login: Login, settings: QSettings, qtbot: QtBot) -> tuple[QWidget, Actor]:
    supervisor = login("supervisor")
    browser = ArchiveBrowser(desk, supervisor, settings)
    with desk.read(None) as work:
        number = work.session.scalar(
            select(Unit.number).join(Dossier, Dossier.unit_id == Unit.id).where(Dossier.status == "archived")
        )
    browser.search_edit.setText(str(number))
    assert browser.run_search()
    return browser, supervisor


def archive_wizard(desk: Desk, login: Login, settings: QSettings, qtbot: QtBot) -> tuple[QWidget, Actor]:
    """The year's dossiers to bind, bound as the supervisor does it, then the boxes planned: both pages' lists."""
    supervisor = login("supervisor")
    wizard = ArchiveWizard(desk, supervisor)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.candidates_page
    assert wizard.currentPage() is page and page.model.rowCount()
    qtbot.mouseClick(page.bind_button, Qt.MouseButton.LeftButton)
    question = page.bind_question
    assert question is not None
    next(b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    qtbot.waitUntil(lambda: not wizard.busy() and page.unbound() == 0, timeout=20000)
    wizard.next()
    assert wizard.currentPage() is wizard.boxes_page and wizard.boxes_page.plans
    return wizard, supervisor


SCREENS = {
    "missing-papers-report": missing_report,
    "label-check": label_check,
    "trash": trash,
    "document-history": document_history,
    "dossier-view-lists": dossier_lists,
    "unit-history": unit_history,
    "audit-log": audit_log,
    "approvals-waiting": approvals_waiting,
    "loans": loans,
    "archive-search": archive_search,
    "archive-wizard": archive_wizard,
}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_a_printed_list_in_chinese_has_no_english_word_rule_id_placeholder_or_ampersand(
    screen: str, chinese: str, qtbot: QtBot, demo_copy: Path, demo_desk: Desk, settings: QSettings, tmp_path: Path
) -> None:
    widget, actor = SCREENS[screen](demo_desk, lambda who: log_in(demo_desk, who, PASSWORD), settings, qtbot)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    printers = widget.findChildren(ListPrinter)
    assert printers, f"{screen} has no Print list…"
    data = data_of(demo_copy)
    report: list[str] = []
    made: list[Path] = []
    for printer in printers:
        own = printer.printouts
        at_once = AtOnce(demo_desk, actor, tmp_path)
        printer.printouts = at_once  # type: ignore[assignment]
        try:
            printer.print_list()  # a list with no columns yet (a wizard page not reached) prints nothing
        finally:
            printer.printouts = own
        for pdf in at_once.made:
            texts = pages(pdf)
            assert any(re.search(r"[\u4e00-\u9fff]", t) for t in texts), f"{pdf.name}: no Chinese read back"
            report += [f"{pdf.name} {line}" for line in findings(texts, data)]
        made += at_once.made
    assert made, f"{screen}: no list printed"
    assert not report, f"{screen}:\n" + "\n".join(report)
    widget.close()
