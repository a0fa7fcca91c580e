"""The window's part of the benchmark (``dossier-desk bench`` starts it as ``python -m ui.bench MODE``).

``window``: open the file, log in and paint the main window as ``ui.main`` does, print the moment it is painted
(the cold start). ``bare-window``: the same for an empty Qt window (its floor). ``widgets``: the window's operations
(``WINDOW_OPERATIONS``), each against bare Qt showing the same rows (a ``QStandardItemModel`` in a plain view), as
one JSON list of rows. Only the standard library is imported before the mode is known, so the cold start measures
what the window needs and nothing of the benchmark's.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

    from app.bench import BareFile, Operation, Sampler
    from app.desk import Desk
    from ui.main_window import MainWindow

PAINTED = "painted-at "  # app.bench.processes reads these lines
PEAK = "peak-mb "
WINDOW_SIZE = (1280, 720)  # both windows the same size: painting cost grows with the area
LANGUAGE = "zh_CN"  # the desk's language: Chinese text is what the views lay out and paint
_KEEP: list[object] = []


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.bench")
    parser.add_argument("mode", choices=("window", "bare-window", "widgets"))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--user", default="clerk")
    parser.add_argument("--settings", type=Path)
    parser.add_argument("--dossier", type=int, default=0, help="the dossier to open (the largest)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if args.mode == "bare-window":
        return _bare_window()
    if args.db is None or args.settings is None:
        parser.error(f"{args.mode} needs --db and --settings")
    window = _open_window(args.db, args.user, args.settings)
    if args.mode == "window":
        _say_painted()
        window.desk.close()  # takes the window's lock record away for the next run
        sys.stdout.flush()
        os._exit(0)  # the moment that counts is printed; tearing Qt down would only slow the benchmark
    rows = _measure_widgets(window, args.db, args.dossier, args.runs)
    print(json.dumps([row.as_json() for row in rows], ensure_ascii=False))
    window.desk.close()
    return 0


def _say_painted() -> None:
    print(f"{PAINTED}{time.time():.6f}", flush=True)
    peak = peak_mb()
    if peak is not None:
        print(f"{PEAK}{peak:.1f}", flush=True)


def peak_mb() -> float | None:
    """This process's peak resident memory. Linux: VmHWM, this program's own (ru_maxrss would also count the
    memory of the benchmark process it was started from, which it shared until its exec)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        status = ""
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    if sys.platform == "darwin":
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    return None


def paint(widget: QWidget) -> None:
    """Until ``widget`` is on screen: the events a change posted (layouts, the expose), then a paint there and then."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    widget.repaint()


def _application() -> QApplication:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from ui.icons import icon
    from ui.main import use_shipped_font

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    # As ui.main.run sets the application up (the icon font too: part of what a start costs today).
    use_shipped_font(app)
    app.setWindowIcon(icon("dossier", QColor("#2e7d32")))
    return app


def _bare_window() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    paint(window)
    _say_painted()
    del app
    sys.stdout.flush()
    os._exit(0)


def _open_window(db: Path, user: str, settings_path: Path) -> MainWindow:
    from PySide6.QtCore import QSettings

    from app.people import log_in
    from ui import translations
    from ui.file_opening import open_for_window
    from ui.main_window import MainWindow

    app = _application()
    _KEEP.extend(translations.install(app, LANGUAGE))  # translators must outlive the window
    desk = open_for_window(db)
    if desk is None:
        raise SystemExit(f"{db} could not be opened")
    actor = log_in(desk, user, os.environ.get("DOSSIER_DESK_PASSWORD", ""), source="benchmark")
    window = MainWindow(desk, actor, QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.setGeometry(0, 0, *WINDOW_SIZE)
    window.show()
    paint(window)
    return window


# -- the window's operations ---------------------------------------------------------------------------------


@dataclass
class WindowUnderTest:
    """The main window with the file open, and beside it a bare Qt window of the same size for the floors."""

    window: MainWindow
    bare_file: BareFile
    dossier_id: int
    bare: QTabWidget = field(init=False)

    def __post_init__(self) -> None:
        from PySide6.QtWidgets import QTabWidget

        self.bare = QTabWidget()
        self.bare.resize(*WINDOW_SIZE)
        self.bare.show()
        paint(self.bare)

    @property
    def desk(self) -> Desk:
        return self.window.desk


def _floor_switch(window_under_test: WindowUnderTest) -> Sampler:
    """Each sample switches to a floor not shown yet (its cards load then); when all were shown the building is
    shown anew (not timed), so every sample is a first visit, as for the clerk going to another floor."""
    page = window_under_test.window.floors_page
    shown: set[int] = set()

    def sample() -> float:
        tabs = page.floor_tabs
        assert tabs.count() > 1, "a floor tab switch needs two floors"
        if len(shown | {tabs.currentIndex()}) >= tabs.count():
            page.show_building(page.current_building())
            paint(window_under_test.window)
            shown.clear()
        shown.add(tabs.currentIndex())
        target = next(i for i in range(tabs.count()) if i not in shown)
        start = time.perf_counter()
        tabs.setCurrentIndex(target)
        paint(window_under_test.window)
        elapsed = time.perf_counter() - start
        shown.add(target)
        return elapsed * 1000

    return sample


def _bare_floor_switch(window_under_test: WindowUnderTest) -> Sampler:
    """Bare Qt: one icon-mode list per floor, filled from bare SQL when its tab is first shown — switching to the
    floor the window has just switched to, so both show the same floors in the same order, each a first visit."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QListView

    floors = [floor.id for floor in window_under_test.window.floors_page.floors]
    tabs = window_under_test.bare
    filled: set[int] = set()

    def fill(index: int) -> None:
        if index in filled or not 0 <= index < len(floors):
            return
        model = QStandardItemModel(tabs)
        for number, name in window_under_test.bare_file.floor_cards(floors[index]):
            model.appendRow(QStandardItem(f"{number}\n{name}"))
        view = tabs.widget(index)
        assert isinstance(view, QListView)
        view.setModel(model)
        filled.add(index)

    def rebuild(start: int) -> None:
        tabs.blockSignals(True)
        while tabs.count():
            widget = tabs.widget(0)
            tabs.removeTab(0)
            widget.deleteLater()
        for floor in window_under_test.window.floors_page.floors:
            view = QListView()
            view.setViewMode(QListView.ViewMode.IconMode)
            view.setGridSize(QSize(150, 90))
            view.setWordWrap(True)
            tabs.addTab(view, floor.label)
        filled.clear()
        tabs.setCurrentIndex(start)
        tabs.blockSignals(False)
        fill(start)
        paint(tabs)

    tabs.currentChanged.connect(fill)
    rebuild(0)

    def sample() -> float:
        target = window_under_test.window.floors_page.floor_tabs.currentIndex()
        if target in filled:  # a new round of first visits: start on another floor (not timed)
            rebuild((target + 1) % len(floors))
        start = time.perf_counter()
        tabs.setCurrentIndex(target)
        paint(tabs)
        return (time.perf_counter() - start) * 1000

    return sample


def _open_dossier(window_under_test: WindowUnderTest) -> Sampler:
    window = window_under_test.window

    def sample() -> float:
        start = time.perf_counter()
        page = window.open_dossier(window_under_test.dossier_id)
        paint(window)
        elapsed = time.perf_counter() - start
        if page is not None:
            window.close_dossier(page)
        paint(window)
        return elapsed * 1000

    return sample


def _bare_dossier(window_under_test: WindowUnderTest) -> Sampler:
    """Bare Qt: the dossier's documents from bare SQL in a QStandardItemModel shown in a QTableView tab."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    tabs = window_under_test.bare

    def sample() -> float:
        start = time.perf_counter()
        model = QStandardItemModel()
        model.setColumnCount(6)  # Qt's own numbered headers: the bare window is never shown to anyone
        for row in window_under_test.bare_file.dossier_documents(window_under_test.dossier_id):
            model.appendRow([QStandardItem(str(value)) for value in row])
        view = QTableView()
        view.setModel(model)
        model.setParent(view)
        tabs.setCurrentIndex(tabs.addTab(view, str(window_under_test.dossier_id)))
        paint(tabs)
        elapsed = time.perf_counter() - start
        tabs.removeTab(tabs.indexOf(view))
        view.deleteLater()
        paint(tabs)
        return elapsed * 1000

    return sample


def _documents(window_under_test: WindowUnderTest) -> str:
    return f"{len(window_under_test.bare_file.dossier_documents(window_under_test.dossier_id))} documents"


def window_operations() -> list[Operation[WindowUnderTest]]:
    """The window's registered operations, in the order of the table. A later screen adds its own here."""
    from app.bench import Operation

    return [
        Operation(
            "floor tab switch",
            _floor_switch,
            _bare_floor_switch,
            warm_up=1,
            detail=lambda _w: "first visit, painted",
            floor_is="bare SQL rows in a QStandardItemModel, an icon-mode QListView per floor tab",
        ),
        Operation(
            "open the largest dossier",
            _open_dossier,
            _bare_dossier,
            warm_up=1,
            detail=_documents,
            floor_is="bare SQL rows in a QStandardItemModel shown in a QTableView tab",
        ),
    ]


def _measure_widgets(window: MainWindow, db: Path, dossier_id: int, runs: int) -> list[Any]:
    from app.bench import BareFile, measure_all

    bare_file = BareFile(db)
    try:
        return measure_all(window_operations(), WindowUnderTest(window, bare_file, dossier_id), runs)
    finally:
        bare_file.close()


if __name__ == "__main__":
    sys.exit(main())
