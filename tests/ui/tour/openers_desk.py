"""The desk's windows — the main window, a dossier and its dialogs, moving in and out, labels, the customer — each
opened from the main window the way the clerk opens it, on a dossier with documents, contacts and history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from app.approvals import ApprovalKind
from app.building import UnitStatus
from app.dossier import trash_documents
from tests.ui.tour.registry import Tour, opens
from ui.customers.customer_dialog import CustomerDialog
from ui.dossier import PapersMenu
from ui.dossier.consent import ConsentDialog, change_with_consent
from ui.dossier.contact_dialog import ContactDialog
from ui.dossier.document_dialog import DocumentDialog, RefileDialog
from ui.dossier.documents import DocumentsSection
from ui.dossier.history_dialog import DocumentHistoryDialog
from ui.dossier.missing_report_dialog import MissingReportDialog
from ui.dossier.trash_dialog import TrashDialog
from ui.dossier.view import DossierPage
from ui.dossier.window import DossierWindow
from ui.form_dialog import to_qdate
from ui.main_window import MainWindow
from ui.tenancy import TenancyMenu
from ui.tenancy.labels_dialog import LabelsDialog
from ui.tenancy.move_in_papers import PapersPage
from ui.tenancy.move_in_wizard import CustomerPage, MoveInWizard, SummaryPage, TenancyPage, UnitsPage
from ui.tenancy.move_out_dialog import MoveOutDialog, NoticeDialog


def _shown(tour: Tour, dialog: QWidget | None) -> QWidget:
    """A dialog the program opened itself (``open()``/``show()``): wait until it is on the screen."""
    assert dialog is not None
    tour.qtbot.addWidget(dialog)
    tour.qtbot.waitExposed(dialog)
    return dialog


def _page(tour: Tour, status: str = "live", login: str = "clerk") -> DossierPage:
    """The main window with the dossier of that status that has the most documents open in a tab."""
    main = tour.main(login)
    page = main.open_dossier(tour.dossier_id(status))
    assert page is not None
    return page


def _select(section: DocumentsSection, chosen: Callable[[int], bool], most: int = 1) -> None:
    """Select up to ``most`` rows of the documents list for which ``chosen(row)`` holds."""
    section.table.clearSelection()
    rows = [r for r in range(section.model.rowCount()) if chosen(r)][:most]
    assert rows, "no such document in the dossier"
    for row in rows:
        section.table.selectionModel().select(
            section.model.index(row, 0),
            section.table.selectionModel().SelectionFlag.Select | section.table.selectionModel().SelectionFlag.Rows,
        )


@opens(MainWindow)
def _main(tour: Tour, cls: type[QWidget]) -> QWidget:
    main = tour.main()
    # Dossier tabs beside the floors, all read: a departed one (read-only, saying why) and a live one in front.
    main.open_dossier(tour.dossier_id("departed"))
    main.open_dossier(tour.dossier_id("live"))
    return main


@opens(DossierWindow)
def _dossier_window(tour: Tour, cls: type[QWidget]) -> QWidget:
    # An archived (bound) dossier: its documents list has the item and page numbers and the paper location too.
    return _shown(tour, tour.main().open_in_window(tour.dossier_id("archived")))


@opens(CustomerDialog)
def _customer(tour: Tour, cls: type[QWidget]) -> QWidget:
    return _shown(tour, _page(tour).edit_customer())


@opens(ContactDialog)
def _contact(tour: Tour, cls: type[QWidget]) -> QWidget:
    page = _page(tour)
    assert page.contacts.rowCount() > 0
    page.contacts_table.selectRow(0)
    return _shown(tour, page.edit_contact())


@opens(DocumentDialog)
def _document(tour: Tour, cls: type[QWidget]) -> QWidget:
    # An original opens read-only, with why and the way to a typo correction: the most to read.
    section = _page(tour).documents_section
    _select(section, lambda r: section.model.row(r).is_original)
    return _shown(tour, section.edit_selected())


@opens(RefileDialog)
def _refile(tour: Tour, cls: type[QWidget]) -> QWidget:
    section = _page(tour).documents_section
    _select(section, lambda r: True, most=3)
    return _shown(tour, section.refile_selected())


@opens(DocumentHistoryDialog)
def _history(tour: Tour, cls: type[QWidget]) -> QWidget:
    section = _page(tour).documents_section
    _select(section, lambda r: True)
    return _shown(tour, section.history_selected())


@opens(TrashDialog)
def _trash(tour: Tour, cls: type[QWidget]) -> QWidget:
    page = _page(tour, login="manager")
    section = page.documents_section
    copies = [section.model.row(r) for r in range(section.model.rowCount()) if not section.model.row(r).is_original]
    assert copies, "the dossier has no working copy to put in the trash"
    with tour.desk.work(tour.actor("manager")) as work:
        trash_documents(work, [copies[0].id], reason="重复登记")
    return _shown(tour, section.show_trash())


@opens(ConsentDialog)
def _consent(tour: Tour, cls: type[QWidget]) -> QWidget:
    # A clerk moves a working copy to the trash: the app says the manager must approve, and the dialog asks how.
    section = _page(tour).documents_section
    copy = next(section.model.row(r) for r in range(section.model.rowCount()) if not section.model.row(r).is_original)
    change_with_consent(
        section,
        tour.desk,
        tour.actor(),
        copy,
        ApprovalKind.TRASH_WORKING_COPY,
        lambda work, reason: trash_documents(work, [copy.id], reason=reason),
    )
    return _shown(tour, section.findChild(ConsentDialog))


@opens(MissingReportDialog)
def _missing(tour: Tour, cls: type[QWidget]) -> QWidget:
    main = tour.main()
    for index, grid in enumerate(main.floors_page.grids):  # the first floor whose cards miss papers
        if any(card.missing_documents for card in grid.card_model().cards()):
            main.go_to_floor(index)
            break
    return _shown(tour, main.part(PapersMenu).missing_report())


@opens(MoveOutDialog)
def _move_out(tour: Tour, cls: type[QWidget]) -> QWidget:
    main = tour.main()
    return _shown(tour, main.part(TenancyMenu).move_out(tour.dossier_id("live")))


@opens(NoticeDialog)
def _notice(tour: Tour, cls: type[QWidget]) -> QWidget:
    main = tour.main()
    return _shown(tour, main.part(TenancyMenu).record_notice(tour.dossier_id("live")))


@opens(LabelsDialog)
def _labels(tour: Tour, cls: type[QWidget]) -> QWidget:
    main = tour.main()
    main.open_dossier(tour.dossier_id("live"))  # the dossier in front: its label is the one chosen
    return _shown(tour, main.part(TenancyMenu).print_labels())


def _fill(wizard: QWizard) -> None:
    """Fill the wizard's current page as a clerk would, so that Next goes on."""
    assert isinstance(wizard, MoveInWizard)
    page = wizard.currentPage()
    if isinstance(page, CustomerPage):
        page.edits["name"].setText("星河测试科技有限公司")
        page.edits["phone"].setText("0755-1234 5678")
    elif isinstance(page, TenancyPage):
        page.contact["name"].setText("李四")
        page.contact["mobile"].setText("13900000001")
        page.emergency["name"].setText("张三")
        page.emergency["mobile"].setText("13800000000")
        page.location_edit.setText("A-3")
        page.fit_out_check.setChecked(True)
        page.fit_out_edit.setDate(to_qdate(page.move_in_day() + dt.timedelta(days=45)))
    elif isinstance(page, PapersPage):
        page.received[0].setCheckState(Qt.CheckState.Checked)


@opens(MoveInWizard, UnitsPage, CustomerPage, TenancyPage, PapersPage, SummaryPage)
def _move_in(tour: Tour, cls: type[QWidget]) -> QWidget:
    main = tour.main()
    vacant = next(
        (index, card.unit_id)
        for index, grid in enumerate(main.floors_page.grids)
        for card in grid.card_model().cards()
        if card.status == UnitStatus.VACANT
    )
    main.go_to_floor(vacant[0])
    wizard = main.part(TenancyMenu).move_in([vacant[1]])
    assert wizard is not None
    tour.qtbot.addWidget(wizard)
    if cls is MoveInWizard:
        cls = SummaryPage  # the whole wizard, every page filled
    return tour.turn_to(wizard, cls, _fill)
