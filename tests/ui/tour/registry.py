"""How the tour opens each window: one opener per window class, found by the class it opens.

An opener gets a ``Tour`` (a writable demo copy, its users, a main window when it needs one, the test's qtbot) and
the class to open, and returns the window it opened, shown — the way the program opens it, with the data a clerk
would have there. A wizard page's opener returns its wizard turned to that page. The openers live in the
``openers_*`` modules beside this one, one per room of ``ui/``; ``screens.windows_of_the_program`` finds the
classes that need one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.desk import Actor, Desk
from app.people.users import log_in
from db.models import Document, Dossier
from tests.conftest import PASSWORD
from ui.main_window import MainWindow

Opener = Callable[["Tour", type[QWidget]], QWidget]  # (tour, the class to open) → the window shown
OPENERS: dict[type[QWidget], Opener] = {}
W = TypeVar("W", bound=QWidget)


def dossier_with_most_documents(desk: Desk, actor: Actor, status: str = "live") -> int:
    """The dossier of that status with the most documents: every column of its lists has something to show."""
    with desk.read(actor) as work:
        return work.session.scalars(
            select(Dossier.id)
            .outerjoin(Document, Document.dossier_id == Dossier.id)
            .where(Dossier.status == status)
            .group_by(Dossier.id)
            .order_by(func.count(Document.id).desc(), Dossier.id)
            .limit(1)
        ).one()


def opens(*classes: type[QWidget]) -> Callable[[Opener], Opener]:
    """Register ``opener`` as the way to open each of ``classes``."""

    def register(opener: Opener) -> Opener:
        for cls in classes:
            assert cls not in OPENERS, f"two openers for {cls.__qualname__}"
            OPENERS[cls] = opener
        return opener

    return register


@dataclass
class Tour:
    qtbot: QtBot
    desk: Desk
    database: Path
    settings: QSettings
    folder: Path
    _actors: dict[str, Actor] = field(default_factory=dict)
    _main: MainWindow | None = None

    def actor(self, login: str = "clerk") -> Actor:
        """A demo user logged in: clerk, supervisor, manager or admin."""
        if login not in self._actors:
            self._actors[login] = log_in(self.desk, login, PASSWORD)
        return self._actors[login]

    def main(self, login: str = "clerk") -> MainWindow:
        """The main window of ``login``, shown; made once per tour."""
        if self._main is None:
            self._main = MainWindow(self.desk, self.actor(login), self.settings)
            self.show(self._main)
        return self._main

    def show(self, window: W) -> W:
        self.qtbot.addWidget(window)
        window.show()
        self.qtbot.waitExposed(window)
        return window

    def turn_to(
        self, wizard: QWizard, page: type[QWizardPage], step: Callable[[QWizard], None] | None = None
    ) -> QWizard:
        """Show ``wizard`` and press Next (after ``step`` fills the current page, if given) until ``page`` shows."""
        self.show(wizard)
        for _ in range(len(wizard.pageIds())):
            if isinstance(wizard.currentPage(), page):
                return wizard
            if step is not None:
                step(wizard)
            wizard.next()
            self.qtbot.wait(10)
        assert isinstance(wizard.currentPage(), page), f"the wizard never came to {page.__qualname__}"
        return wizard

    def dossier_id(self, status: str = "live") -> int:
        return dossier_with_most_documents(self.desk, self.actor("manager"), status)

    @property
    def today(self) -> dt.date:
        return self.desk.clock().date()


def open_window(tour: Tour, cls: type[QWidget]) -> QWidget:
    """Open ``cls`` with its opener; the window shown (a wizard page: its wizard, turned to it)."""
    opener = OPENERS.get(cls)
    assert opener is not None, f"no opener for {cls.__module__}.{cls.__qualname__}"
    window = opener(tour, cls)
    if issubclass(cls, QWizardPage):
        assert isinstance(window, QWizard) and isinstance(window.currentPage(), cls)
    else:
        assert isinstance(window, cls)
    return window
