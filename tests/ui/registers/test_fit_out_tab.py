"""The dossier's 二装 (Fit-out) tab at the desk (issue 16): a project taken through every state by clicking its step
buttons — a clerk records the application and cannot decide it, the manager approves, the works start, are
extended, fail the inspection, pass the next one, and the project is marked refunded only once its fit-out deposit
was refunded under Fees. The building-wide list shows it and opens its dossier."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.building import buildings
from app.desk import Actor, Desk
from app.dossier import read_dossier
from app.fees import record_deposit, refund_deposit
from app.people.users import log_in
from app.registers import fit_out_projects_of
from tests.conftest import PASSWORD, fixed_clock
from ui.dossier.view import DossierPage
from ui.main_window import MainWindow
from ui.registers import FitOutMenu, FitOutProjectsWindow, FitOutSection
from ui.registers.fit_out_dialogs import FitOutDialog, FitOutStepDialog

pytestmark = pytest.mark.qt


@pytest.fixture
def desk(demo_copy: Path) -> Iterator[Desk]:
    desk = Desk.open(demo_copy, clock=fixed_clock)
    yield desk
    desk.close()


def actor(desk: Desk, login: str) -> Actor:
    return log_in(desk, login, PASSWORD)


@pytest.fixture
def tenancy(desk: Desk) -> tuple[int, int, str]:
    """(dossier id, tenancy id, unit number) of a live tenant with a fit-out deposit of 5,000.00."""
    with desk.read(None) as work:
        building = buildings.list_buildings(work)[0]
        cards = buildings.unit_cards(work, building_id=building.id)
        card = next(c for c in cards if c.dossier_id is not None and c.customer and c.status == "occupied")
        assert card.dossier_id is not None
        view = read_dossier(work, card.dossier_id, documents=False)
    with desk.work(actor(desk, "manager")) as work:
        record_deposit(work, view.tenancy_id, "fit_out", 500_000, received_on=dt.date(2026, 6, 1), receipt_no="ZX-1")
    return card.dossier_id, view.tenancy_id, card.number


def open_tab(qtbot: QtBot, desk: Desk, who: Actor, dossier_id: int, settings: QSettings) -> FitOutSection:
    window = MainWindow(desk, who, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.open_dossier(dossier_id)
    assert isinstance(page, DossierPage)
    section = page.fit_out_section
    assert section is not None
    index = page.sections.indexOf(section)
    assert page.sections.tabText(index).replace("&", "") == "Fit-out"
    page.sections.setCurrentIndex(index)  # as a click on the tab does
    assert section.isVisible()
    return section


def button(section: FitOutSection, name: str) -> QPushButton:
    found = section.findChild(QPushButton, name)
    assert found is not None, name
    return found


def step(qtbot: QtBot, section: FitOutSection, action: str, note: str = "", **fields: dt.date) -> None:
    """Click the step's button, fill its dialog as a person would, and save."""
    clicked = button(section, f"fit-out-{action}")
    assert clicked.isVisible() and clicked.isEnabled(), action
    qtbot.mouseClick(clicked, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in section.findChildren(FitOutStepDialog)))
    dialog = next(d for d in section.findChildren(FitOutStepDialog) if d.isVisible())
    assert dialog.action == action
    if "new_end" in fields:
        assert dialog.new_end_edit is not None
        dialog.new_end_edit.setDate(fields["new_end"])
    if note:
        dialog.note_edit.insertPlainText(note)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def state_shown(section: FitOutSection) -> str:
    return section.model.index(0, section.model.STATE).data()


def test_a_project_through_every_state(
    qtbot: QtBot, desk: Desk, tenancy: tuple[int, int, str], settings: QSettings
) -> None:
    dossier_id, tenancy_id, unit = tenancy
    clerks = open_tab(qtbot, desk, actor(desk, "clerk"), dossier_id, settings)
    assert "No fit-out project yet" in clerks.details.text()
    qtbot.mouseClick(button(clerks, "new-fit-out"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in clerks.findChildren(FitOutDialog)))
    dialog = next(d for d in clerks.findChildren(FitOutDialog) if d.isVisible())
    assert not dialog.save_button.isEnabled()  # what is built is required
    dialog.scope_edit.insertPlainText("隔墙、吊顶")  # typed Chinese arrives through the input method
    dialog.contractor_edit.insert("深圳美家装饰")
    dialog.person_edit.insert("赵工")
    dialog.start_edit.setDate(dt.date(2026, 6, 5))
    dialog.end_edit.setDate(dt.date(2026, 6, 30))
    dialog.deposit_combo.setCurrentIndex(1)  # the 5,000.00 received under Fees
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: clerks.model.rowCount() == 1)
    assert state_shown(clerks) == "applied for" and clerks.model.index(0, 0).data() == unit
    assert button(clerks, "fit-out-approve").isVisible() and not button(clerks, "fit-out-approve").isEnabled()
    assert not button(clerks, "fit-out-reject").isEnabled()  # the supervisor's or the manager's decision
    assert not button(clerks, "fit-out-start").isVisible()  # not open before the approval
    clerks.window().close()

    section = open_tab(qtbot, desk, actor(desk, "manager"), dossier_id, settings)
    step(qtbot, section, "approve", "按图施工")
    qtbot.waitUntil(lambda: state_shown(section) == "approved")
    step(qtbot, section, "start")
    qtbot.waitUntil(lambda: state_shown(section) == "works in progress")
    step(qtbot, section, "extend", "材料未到", new_end=dt.date(2026, 7, 15))
    qtbot.waitUntil(lambda: "Extended to" in section.details.text())
    step(qtbot, section, "ask_inspection")
    qtbot.waitUntil(lambda: state_shown(section) == "awaiting inspection")
    step(qtbot, section, "fail", "消防喷淋被遮挡")
    qtbot.waitUntil(lambda: state_shown(section) == "failed inspection")
    step(qtbot, section, "ask_inspection")
    qtbot.waitUntil(lambda: state_shown(section) == "awaiting inspection")
    step(qtbot, section, "pass")
    qtbot.waitUntil(lambda: state_shown(section) == "passed inspection")

    # The deposit is still held: the refund step is refused, with the way out, and the dialog stays open.
    qtbot.mouseClick(button(section, "fit-out-refund"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in section.findChildren(FitOutStepDialog)))
    dialog = next(d for d in section.findChildren(FitOutStepDialog) if d.isVisible())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    refusal = dialog.findChild(QWidget, "error:general")
    assert refusal.isVisible() and "under Fees first" in refusal.text() and "5,000.00" in refusal.text()
    dialog.reject()
    with desk.read(None) as work:
        (project,) = fit_out_projects_of(work, tenancy_id)
    with desk.work(actor(desk, "manager")) as work:
        assert project.deposit_id is not None
        refund_deposit(work, project.deposit_id, 500_000, day=dt.date(2026, 6, 14))
    step(qtbot, section, "refund")
    qtbot.waitUntil(lambda: state_shown(section) == "deposit refunded")
    assert not any(b.isVisible() for b in section.step_buttons.values())  # the end of the road

    steps = section.steps_model
    assert [steps.index(r, 1).data() for r in range(steps.rowCount())] == [
        "Recorded",
        "Approve",
        "Works started",
        "Extend",
        "Ask for inspection",
        "Failed inspection",
        "Ask for inspection",
        "Passed inspection",
        "Deposit refunded",
    ]
    assert steps.index(0, 4).data() != steps.index(1, 4).data()  # the clerk applied, the manager approved
    assert "消防喷淋被遮挡" in [steps.index(r, 3).data() for r in range(steps.rowCount())]

    # The building-wide list shows it, and a double-click opens its dossier.
    window = section.window()
    assert isinstance(window, MainWindow)
    listing = window.part(FitOutMenu).show_list()
    assert isinstance(listing, FitOutProjectsWindow)
    qtbot.waitUntil(lambda: listing.model.rowCount() >= 1)
    row = next(r for r in range(listing.model.rowCount()) if listing.model.row(r).tenancy_id == tenancy_id)
    assert listing.model.row(row).status == "refunded"
    assert "project" in listing.count.text() and "deposit refunded" in listing.count.text()
    window.workspace.setCurrentIndex(0)  # the floors, in front of the dossier
    assert window.dossier_tab_in_front() is None
    opened_before = window.workspace.count()
    listing.table.scrollTo(listing.model.index(row, 0))
    cell = listing.table.visualRect(listing.model.index(row, 2)).center()
    # A person's double-click: press-release, then press-double-click-release (QTest's DClick is only the second).
    qtbot.mouseClick(listing.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(listing.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert window.dossier_tab_in_front() == dossier_id and window.workspace.count() == opened_before
