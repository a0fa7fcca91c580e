"""The scan inbox's windows (issue 21): the cover sheets dialog, opened from Tools with a dossier in front, so that
its three choices (this dossier, this floor, blank) are all offered; the Scan inbox with a bundle waiting."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from app.inbox import CoverCode, change_inbox_settings
from db.models import Dossier
from tests.ui.tour.registry import Tour, opens
from tests.unit.inbox.stacks import cover_page, save_pdf, text_page
from ui.inbox import CoversMenu, InboxMenu, InboxWindow
from ui.inbox.covers_dialog import CoverSheetsDialog


@opens(CoverSheetsDialog)
def _cover_sheets(tour: Tour, cls: type[QWidget]) -> QWidget:
    main = tour.main()
    main.open_dossier(tour.dossier_id("live"))  # the dossier in front is the one chosen
    dialog = main.part(CoversMenu).print_covers()
    tour.qtbot.addWidget(dialog)
    tour.qtbot.waitExposed(dialog)
    return dialog


@opens(InboxWindow)
def _scan_inbox(tour: Tour, cls: type[QWidget]) -> QWidget:
    """The inbox with a bundle waiting: a cover for a live dossier and two pages, its thumbnails drawn."""
    folder = tour.folder / "收件箱"
    folder.mkdir(exist_ok=True)
    with tour.desk.work(tour.actor("supervisor")) as work:
        change_inbox_settings(work, folder=folder, files_itself=False)
        number = work.session.scalar(select(Dossier.number).where(Dossier.id == tour.dossier_id("live")))
    assert number is not None
    pages = [cover_page(CoverCode(number, "correspondence", None, "物业通知回执")), text_page("a"), text_page("b")]
    save_pdf(pages, tour.folder / "job.pdf")
    shutil.move(str(tour.folder / "job.pdf"), str(folder / "SCAN0001.pdf"))
    part = tour.main().part(InboxMenu)
    part.watcher.settle_seconds = 0.0  # the file is whole: no need to watch it settle here
    part.watcher.configure()
    window = part.show_inbox()
    tour.qtbot.addWidget(window)
    tour.qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=15_000)
    tour.qtbot.waitUntil(lambda: not window.pages.item(1).icon().isNull(), timeout=15_000)
    return window
