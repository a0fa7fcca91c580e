"""The main window's context menus: a unit card's and an open dossier tab's, each assembled from the window's own
entries and what every capability's part adds (``WindowPart.card_menu``, ``WindowPart.tab_menu``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTabWidget

from app.building import UnitCard
from ui.building import CARD_ROLE, FloorGrid
from ui.dossier import DossierPage
from ui.icons import icon
from ui.window_parts import MenuChoices, WindowPart


class MenuHost(Protocol):
    """What the context menus need of the main window."""

    parts: Sequence[WindowPart]
    workspace: QTabWidget

    def run_menu(self, menu: QMenu, at: QPoint) -> QAction | None: ...

    def dossier_of(self, card: UnitCard) -> int | None: ...

    def open_dossier(self, dossier_id: int) -> object: ...

    def open_in_window(self, dossier_id: int) -> object: ...

    def close_dossier(self, page: DossierPage) -> None: ...


def show_card_menu(window: MenuHost, grid: FloorGrid, pos: QPoint) -> None:
    """A unit card's context menu: open its dossier here or in a window, then what each capability adds."""
    index = grid.indexAt(pos)
    card = index.data(CARD_ROLE)
    if not isinstance(card, UnitCard):
        return
    if grid.selectionModel().isSelected(index):  # keep a multiple selection, e.g. for a move-in
        grid.selectionModel().setCurrentIndex(index, grid.selectionModel().SelectionFlag.NoUpdate)
    else:
        grid.setCurrentIndex(index)
    selected = grid.selected_cards() or [card]
    menu = QMenu(grid)
    open_action = menu.addAction(icon("dossier"), QCoreApplication.translate("MainWindow", "&Open dossier"))
    window_action = menu.addAction(icon("open-window"), QCoreApplication.translate("MainWindow", "Open in new &window"))
    has_dossier = card.dossier_id is not None
    open_action.setEnabled(has_dossier)
    window_action.setEnabled(has_dossier)
    menu.addSeparator()
    choices: MenuChoices = {}
    for part in window.parts:
        choices.update(part.card_menu(menu, card, selected))
    chosen = window.run_menu(menu, grid.viewport().mapToGlobal(pos))
    if chosen is None:
        return
    if chosen in choices:
        choices[chosen]()
        return
    dossier_id = window.dossier_of(card)
    if dossier_id is None:
        return
    if chosen is open_action:
        window.open_dossier(dossier_id)
    elif chosen is window_action:
        window.open_in_window(dossier_id)


def show_tab_menu(window: MenuHost, pos: QPoint) -> None:
    """An open dossier tab's context menu: its own window, close it, then what each capability adds."""
    page = window.workspace.widget(window.workspace.tabBar().tabAt(pos))
    if not isinstance(page, DossierPage):
        return
    menu = QMenu(window.workspace)
    window_action = menu.addAction(icon("open-window"), QCoreApplication.translate("MainWindow", "Open in new &window"))
    close_action = menu.addAction(icon("close-dossier"), QCoreApplication.translate("MainWindow", "&Close dossier"))
    menu.addSeparator()
    live = page.view is not None and page.view.status == "live"
    choices: MenuChoices = {}
    for part in window.parts:
        choices.update(part.tab_menu(menu, page, page.dossier_id, live))
    chosen = window.run_menu(menu, window.workspace.tabBar().mapToGlobal(pos))
    if chosen is window_action:
        window.open_in_window(page.dossier_id)
    elif chosen is close_action:
        window.close_dossier(page)
    elif chosen in choices:
        choices[chosen]()
