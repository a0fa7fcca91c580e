"""The Inbox (扫描收件箱): what the copier left in the watched folder, bundle by bundle, each filed with one action.

Each bundle (the pages between two cover sheets) shows its pages' thumbnails and what it will be filed as, prefilled
from its cover and its category's defaults and editable: the dossier, category, title, date, original or working copy
and 责任者. File (or Enter) files it as a document of that dossier with the scan attached, cover left out; a bundle
without a readable cover waits here for the clerk to choose the dossier. Put aside moves a bundle that is no dossier's
paper to ``unsorted/``. Files still being written and files that cannot be read are listed under the bundles.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QStringListModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import inbox
from app.desk import Actor, ChangeSet, Desk, Work
from app.dossier import BY_CODE, find_dossier_by_number
from app.errors import AppError
from app.permissions import Action
from ui import messages
from ui.form_dialog import category_box, date_edit, from_qdate, to_qdate
from ui.inbox.watcher import InboxWatcher, Looked, Refusal, bundle_key
from ui.lists import RowsModel, read_only_table
from ui.tasks import BackgroundTask
from ui.translations import app_text
from ui.window_parts import fit_to_screen

MAX_THUMBNAILS = 24  # a long bundle shows its first pages; the document gets them all
THUMBNAIL = QSize(120, 170)
ERROR_STYLE = "color: #b00020;"

BundleKey = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class BundleRow:
    bundle: inbox.Bundle
    problem: str  # why it was not filed by itself, in words ("" if it was not tried)


class BundlesModel(RowsModel[BundleRow]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Scanned file"),
            self.tr("Dossier"),
            self.tr("Category"),
            self.tr("Pages"),
            self.tr("Date"),
            self.tr("Status"),
        )

    def cell(self, row: BundleRow, column: int) -> object:
        bundle, cover = row.bundle, row.bundle.cover
        if column == 0:
            first = bundle.parts[0]
            if first.of > 1:
                return self.tr("{file} (part {n} of {of})").format(file=bundle.names, n=first.index + 1, of=first.of)
            return bundle.names
        if column == 1:
            if cover is None:
                return self.tr("No cover")
            return cover.dossier_number or self.tr("Blank cover")
        if column == 2:
            kind = BY_CODE.get(cover.category) if cover else None
            return app_text("category", kind.name) if kind else ""
        if column == 3:
            return len(bundle.pages)
        if column == 4:
            return ((cover.day if cover else None) or bundle.scanned_on).isoformat()
        if row.problem:
            return row.problem
        if cover is None or cover.dossier_number is None:
            return self.tr("Choose the dossier")
        return self.tr("To file")

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == 3 else None


class FilesModel(RowsModel[inbox.InboxFile]):
    """The files that are not (yet) bundles: still being written, or not readable."""

    def headers(self) -> Sequence[str]:
        return (self.tr("File"), self.tr("Status"), self.tr("Why"))

    def cell(self, row: inbox.InboxFile, column: int) -> object:
        if column == 0:
            return row.path.name
        if column == 1:
            if row.state is inbox.FileState.WAITING:
                return self.tr("Still being written")
            if row.state is inbox.FileState.UNREADABLE:
                return self.tr("Cannot be read")
            return self.tr("Filed; to be moved out of the inbox")
        return row.problem


class InboxWindow(QDialog):
    """The watched folder's bundles, the chosen one's pages and filing details, File and Put aside."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        watcher: InboxWatcher,
        open_dossier: Callable[[int], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.watcher = watcher
        self.open_dossier_tab = open_dossier
        self.may_file = desk.may(actor, Action.FILE_SCANS)
        self.setObjectName("inbox-window")
        self.setProperty("helpTopic", "scan-inbox")
        self.setWindowTitle(self.tr("Scan inbox"))
        self._shown_key: BundleKey | None = None
        self._thumbnails: dict[tuple[str, int], QPixmap] = {}
        self._side_jobs: set[BackgroundTask] = set()  # thumbnails and pages to view: each waited for when closing
        self._job: BackgroundTask | None = None  # the clerk's filing or putting aside, while it runs
        self._auto_title = ""
        self._refusals: dict[BundleKey, str] = {}  # the clerk's filing refused: said until it is tried again
        self._noted = ""  # a message about the clerk's last click on this bundle
        self._said = ""  # what the clerk's last filing did, kept above the counts until the next one
        self._closing = False
        self._views: tempfile.TemporaryDirectory[str] | None = None  # the pages shown in the PC's viewer
        self._view_count = 0
        self.last_view: Path | None = None
        self.last_document: tuple[int, int] | None = None  # (dossier id, document id) filed last from here

        # -- the folder ---------------------------------------------------------------------------
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("inbox-folder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.look_button = QPushButton(self.tr("&Look now"), self)
        self.look_button.setObjectName("look-now")
        self.look_button.setAutoDefault(False)
        self.look_button.clicked.connect(lambda: self.watcher.configure())
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.look_button)

        # -- the bundles and the files not ready --------------------------------------------------
        self.model = BundlesModel(self)
        self.table = read_only_table(self.model, self, "bundles")
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_chosen())
        self.table.activated.connect(lambda _index: self.file_chosen())
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("inbox-empty")
        self.empty_label.setWordWrap(True)
        self.files_model = FilesModel(self)
        self.files_table = read_only_table(self.files_model, self, "inbox-files")
        self.files_label = QLabel(self.tr("Files not ready:"), self)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.table, 3)
        left_column.addWidget(self.empty_label)
        left_column.addWidget(self.files_label)
        left_column.addWidget(self.files_table, 1)

        # -- the chosen bundle ----------------------------------------------------------------------
        right = QWidget(self)
        self.pages = QListWidget(right)
        self.pages.setObjectName("pages")
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setIconSize(THUMBNAIL)
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setWrapping(True)
        self.pages.setMinimumHeight(THUMBNAIL.height() + 48)
        self.pages.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages.setToolTip(self.tr("Double-click to read the pages in the PC's viewer"))
        self.pages.itemDoubleClicked.connect(lambda _item: self.view_pages())
        self.dossier_box = QComboBox(right)
        self.dossier_box.setObjectName("dossier")
        self.dossier_box.setEditable(True)
        self.dossier_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.dossier_box.lineEdit().setPlaceholderText(self.tr("dossier number, unit or customer"))
        completer = self.dossier_box.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.dossier_box.currentIndexChanged.connect(lambda _n: self._defaults_changed())
        self.dossier_box.lineEdit().editingFinished.connect(self._defaults_changed)
        self.category_box = category_box(right)
        self.category_box.setObjectName("category")
        self.category_box.currentIndexChanged.connect(lambda _n: self._defaults_changed())
        self.title_edit = QLineEdit(right)
        self.title_edit.setObjectName("title")
        # The titles the desk gave this category most often, to pick: the same paper titled alike in every dossier.
        self.titles = QStringListModel(self)
        self.title_completer = QCompleter(self.titles, self)
        self.title_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.title_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.title_edit.setCompleter(self.title_completer)
        self.titles_button = QToolButton(right)
        self.titles_button.setObjectName("pick-title")
        self.titles_button.setArrowType(Qt.ArrowType.DownArrow)
        self.titles_button.setToolTip(self.tr("Titles often given to this category"))
        self.titles_button.clicked.connect(self.pick_title)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(0, 0, 0, 0)
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(self.titles_button)
        self.date_edit = date_edit(right)
        self.date_edit.setObjectName("date")
        self.original_box = QCheckBox(self.tr("&Original (never changed afterwards)"), right)
        self.original_box.setObjectName("original")
        self.issuer_edit = QLineEdit(right)
        self.issuer_edit.setObjectName("issuer")
        form = QFormLayout()
        form.addRow(self.tr("&Dossier:"), self.dossier_box)
        form.addRow(self.tr("&Category:"), self.category_box)
        title_label = QLabel(self.tr("&Title:"), right)
        title_label.setBuddy(self.title_edit)
        form.addRow(title_label, title_row)
        form.addRow(self.tr("D&ate:"), self.date_edit)
        form.addRow(self.tr("Kind:"), self.original_box)
        form.addRow(self.tr("&Issuer:"), self.issuer_edit)
        self.error_label = QLabel(right)
        self.error_label.setObjectName("inbox-error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        self.file_button = QPushButton(self.tr("&File"), right)
        self.file_button.setObjectName("file-bundle")
        self.file_button.setDefault(True)
        self.file_button.clicked.connect(lambda: self.file_chosen())
        self.aside_button = QPushButton(self.tr("Put &aside…"), right)
        self.aside_button.setObjectName("put-aside")
        self.aside_button.setAutoDefault(False)
        self.aside_button.setToolTip(self.tr("Not a dossier's paper: moved to the inbox's “unsorted” folder"))
        self.aside_button.clicked.connect(lambda: self.put_aside_chosen())
        self.view_button = QPushButton(self.tr("&View pages"), right)
        self.view_button.setObjectName("view-pages")
        self.view_button.setAutoDefault(False)
        self.view_button.setToolTip(self.tr("The pages to be filed, as one PDF in the PC's viewer"))
        self.view_button.clicked.connect(lambda: self.view_pages())
        self.open_button = QPushButton(self.tr("&Open dossier"), right)
        self.open_button.setObjectName("open-dossier")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.open_dossier())
        actions = QHBoxLayout()
        actions.addWidget(self.file_button)
        actions.addWidget(self.aside_button)
        actions.addWidget(self.view_button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.pages, 1)
        right_column.addLayout(form)
        right_column.addWidget(self.error_label)
        right_column.addLayout(actions)
        self.detail = right

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("count")
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

        self._read_dossiers()
        watcher.looked.connect(self.show_looked)
        watcher.failed.connect(self._failed)
        watcher.settings_read.connect(self._show_folder)
        self._show_folder()
        if watcher.latest is not None:
            self.show_looked(watcher.latest)
        else:
            self._show_chosen()
        fit_to_screen(self, 1120, 660)

    # -- what the watcher found -----------------------------------------------------------------

    def refresh(self, changes: ChangeSet | None = None) -> None:
        """Called again from the menu (look now), and after each change elsewhere: a new dossier may be chosen."""
        if changes is None:
            self.watcher.configure()
        elif changes.dossiers or changes.customers:
            self._read_dossiers()

    def _read_dossiers(self) -> None:
        with self.desk.read(self.actor) as work:
            choices = inbox.dossiers_to_file_into(work)
        typed = self.dossier_box.currentText()
        self.dossier_box.blockSignals(True)
        self.dossier_box.clear()
        for choice in choices:
            self.dossier_box.addItem(f"{choice.number}　{choice.unit}　{choice.customer}", choice.number)
        self.dossier_box.setCurrentIndex(-1)
        self.dossier_box.setEditText(typed)
        self.dossier_box.blockSignals(False)

    def _show_folder(self, _settings: object = None) -> None:
        folder = self.watcher.folder
        if folder is None:
            self.folder_label.setText(
                self.tr("No inbox folder is set. Choose the copier's scan folder in File ▸ Settings.")
            )
        else:
            self.folder_label.setText(self.tr("Inbox folder: {folder}").format(folder=str(folder)))
        self.look_button.setEnabled(folder is not None)

    def _failed(self, problem: str) -> None:
        self.status_label.setText(self.tr("The inbox folder cannot be read now: {problem}").format(problem=problem))

    def show_looked(self, looked: Looked) -> None:
        self.may_file = self.desk.may(self.actor, Action.FILE_SCANS)  # a moment the file could not be read passes
        chosen = self._shown_key
        rows = [
            BundleRow(b, self._refusals.get(bundle_key(b)) or looked.refused.get(bundle_key(b), ""))
            for b in looked.inbox.bundles
        ]
        self.model.set_rows(rows)
        not_ready = [f for f in looked.inbox.files if f.state is not inbox.FileState.READY or f.taken]
        self.files_model.set_rows(not_ready)
        self.files_table.setVisible(bool(not_ready))
        self.files_label.setVisible(bool(not_ready))
        self.empty_label.setVisible(not rows)
        self.empty_label.setText(self.tr("Nothing to file: the inbox is empty."))
        keys = [bundle_key(r.bundle) for r in rows]
        row = keys.index(chosen) if chosen in keys else 0
        if rows:
            self.table.selectRow(row)
        self._show_chosen()
        parts = [self.tr("%n bundle(s) to file", "", len(rows))]
        if looked.filed:
            parts.append(self.tr("%n filed by themselves", "", len(looked.filed)))
        waiting = sum(1 for f in looked.inbox.files if f.state is inbox.FileState.WAITING)
        if waiting:
            parts.append(self.tr("%n file(s) still being written", "", waiting))
        counts = self.tr("; ").join(parts) + self.tr(" (looked at {time})").format(
            time=dt.datetime.now().strftime("%H:%M:%S")
        )
        self.status_label.setText(f"{self._said}\n{counts}" if self._said else counts)

    # -- the chosen bundle ----------------------------------------------------------------------

    def chosen(self) -> BundleRow | None:
        index = self.table.currentIndex()
        rows = self.model.rows()
        if index.isValid() and 0 <= index.row() < len(rows):
            return rows[index.row()]
        return None

    def _show_chosen(self) -> None:
        row = self.chosen()
        key = bundle_key(row.bundle) if row else None
        enabled = row is not None and self.may_file and self._job is None
        for widget in (
            self.dossier_box,
            self.category_box,
            self.title_edit,
            self.titles_button,
            self.date_edit,
            self.original_box,
            self.issuer_edit,
            self.file_button,
            self.aside_button,
        ):
            widget.setEnabled(enabled)
        self.view_button.setEnabled(row is not None)
        if key == self._shown_key and row is not None:
            self._show_problem(row.problem or self._noted)
            return  # the same bundle after a look: what the clerk typed stays
        self._shown_key = key
        self._noted = ""
        self._show_problem(row.problem if row else "")
        self.pages.clear()
        if row is None:
            self.title_edit.clear()
            self.issuer_edit.clear()
            self.dossier_box.setEditText("")
            return
        with self.desk.read(self.actor) as work:
            filing = inbox.prefill(work, row.bundle)
        self._fill(filing)
        self._show_pages(row.bundle)
        self.title_edit.setFocus()

    def _fill(self, filing: inbox.Filing) -> None:
        for box in (self.dossier_box, self.category_box):
            box.blockSignals(True)
        index = self.dossier_box.findData(filing.dossier_number) if filing.dossier_number else -1
        self.dossier_box.setCurrentIndex(index)
        self.dossier_box.setEditText(self.dossier_box.itemText(index) if index >= 0 else filing.dossier_number)
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(filing.category)) if filing.category else 0)
        for box in (self.dossier_box, self.category_box):
            box.blockSignals(False)
        self.title_edit.setText(filing.title)
        self._auto_title = filing.title
        self._offer_titles(filing.category)
        if filing.doc_date is not None:
            self.date_edit.setDate(to_qdate(filing.doc_date))
        self.original_box.setChecked(filing.is_original)
        self.issuer_edit.setText(filing.issuer)

    def _defaults_changed(self) -> None:
        """Another dossier or category chosen: its defaults (original, 责任者, a title not typed over) follow."""
        row = self.chosen()
        if row is None:
            return
        with self.desk.read(self.actor) as work:
            filing = inbox.prefill(work, row.bundle, self.dossier_number(), str(self.category_box.currentData()))
        self._offer_titles(filing.category)
        if self.title_edit.text() == self._auto_title:
            self.title_edit.setText(filing.title)
            self._auto_title = filing.title
        self.original_box.setChecked(filing.is_original)
        self.issuer_edit.setText(filing.issuer)

    def _offer_titles(self, category: str) -> None:
        if not category:
            self.titles.setStringList([])
            return
        with self.desk.read(self.actor) as work:
            self.titles.setStringList(inbox.titles_used(work, category))

    def pick_title(self) -> None:
        """Every title offered for the category, to choose from without typing."""
        self.title_edit.setFocus()
        self.title_completer.setCompletionPrefix("")
        self.title_completer.complete()

    def dossier_number(self) -> str:
        """The dossier chosen from the list, or the number typed."""
        text = self.dossier_box.currentText().strip()
        index = self.dossier_box.findText(text)
        if index >= 0:
            return str(self.dossier_box.itemData(index))
        return text.split()[0] if text else ""

    def filing(self) -> inbox.Filing:
        return inbox.Filing(
            dossier_number=self.dossier_number(),
            category=str(self.category_box.currentData()),
            title=self.title_edit.text().strip(),
            doc_date=from_qdate(self.date_edit.date()),
            is_original=self.original_box.isChecked(),
            issuer=self.issuer_edit.text().strip(),
        )

    def _show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- thumbnails, off the UI thread ----------------------------------------------------------

    def _show_pages(self, bundle: inbox.Bundle) -> None:
        pages = ([bundle.cover_page] if bundle.cover_page else []) + list(bundle.pages[:MAX_THUMBNAILS])
        captions = ([self.tr("Cover")] if bundle.cover_page else []) + [
            self.tr("Page {n}").format(n=n + 1) for n in range(len(bundle.pages[:MAX_THUMBNAILS]))
        ]
        for caption in captions:
            item = QListWidgetItem(caption, self.pages)
            item.setSizeHint(QSize(THUMBNAIL.width() + 16, THUMBNAIL.height() + 32))
        if len(bundle.pages) > MAX_THUMBNAILS:
            QListWidgetItem(self.tr("… %n more page(s)", "", len(bundle.pages) - MAX_THUMBNAILS), self.pages)
        wanted = [(str(p.path), p.page) for p in pages]
        missing = [p for p, key in zip(pages, wanted, strict=True) if key not in self._thumbnails]
        self._put_thumbnails(wanted)
        if not missing:
            return
        shown = self._shown_key

        def render(_progress: Callable[[int, int], None]) -> list[tuple[tuple[str, int], bytes]]:
            made = []
            for page in missing:
                try:
                    made.append(((str(page.path), page.page), inbox.page_png(page, THUMBNAIL.height())))
                except (OSError, ValueError):
                    continue  # moved away meanwhile: the next look drops the bundle
            return made

        def done(made: list[tuple[tuple[str, int], bytes]]) -> None:
            for key, png in made:
                pixmap = QPixmap()
                pixmap.loadFromData(png, "PNG")
                self._thumbnails[key] = pixmap
            if self._shown_key == shown:
                self._put_thumbnails(wanted)

        self._side_job(render, done, lambda _exc: None)

    def _side_job(
        self,
        job: Callable[[Callable[[int, int], None]], Any],
        then: Callable[[Any], None],
        failed: Callable[[Any], None],
    ) -> BackgroundTask:
        """A job that only reads files (a thumbnail, the pages to view): ``then`` or ``failed`` on the UI thread unless
        the window is closing; the window waits for every such job before it goes."""
        task = BackgroundTask(job, self)
        self._side_jobs.add(task)

        def ended(result: object, handler: Callable[[Any], None]) -> None:
            self._side_jobs.discard(task)
            task.deleteLater()
            if not self._closing:
                handler(result)

        task.finished.connect(lambda result: ended(result, then))
        task.failed.connect(lambda exc: ended(exc, failed))
        task.start()
        return task

    def _put_thumbnails(self, wanted: list[tuple[str, int]]) -> None:
        for row, key in enumerate(wanted):
            item = self.pages.item(row)
            if item is not None and key in self._thumbnails:
                item.setIcon(QIcon(self._thumbnails[key]))

    # -- filing ---------------------------------------------------------------------------------

    def file_chosen(self) -> BackgroundTask | None:
        row = self.chosen()
        if row is None or not self.may_file or self._job is not None:
            return None
        filing = self.filing()
        key = bundle_key(row.bundle)
        self._refusals.pop(key, None)
        self._busy(self.tr("Filing “{file}”…").format(file=row.bundle.names))

        def done(document_id: int) -> None:
            self._job = None
            if self._closing:
                return
            with self.desk.read(self.actor) as work:
                dossier_id = _dossier_id(work, filing.dossier_number)
            self.last_document = (dossier_id, document_id) if dossier_id is not None else None
            self._drop_row(key)
            self._said = self.tr("Filed in dossier {number}: {title}").format(
                number=filing.dossier_number, title=filing.title
            )
            self.status_label.setText(self._said)
            self._show_chosen()

        self._job = self.watcher.file(row.bundle, filing, done, lambda exc: self._refused(key, exc))
        return self._job

    def put_aside_chosen(self) -> None:
        row = self.chosen()
        if row is None or not self.may_file or self._job is not None:
            return

        key = bundle_key(row.bundle)

        def aside() -> None:
            self._busy(self.tr("Putting “{file}” aside…").format(file=row.bundle.names))

            def done(_result: None) -> None:
                self._job = None
                if self._closing:
                    return
                self._drop_row(key)
                self._said = self.tr("Put aside: {file}").format(file=row.bundle.names)
                self.status_label.setText(self._said)
                self._show_chosen()

            self._job = self.watcher.put_aside(row.bundle, done, lambda exc: self._refused(key, exc))

        messages.ask(
            self,
            self.tr(
                "Put “{file}” aside? It is not filed in any dossier; its file is moved to the inbox's “unsorted” "
                "folder once nothing else in it waits."
            ).format(file=row.bundle.names),
            self.tr("Put aside"),
            aside,
        )

    def _drop_row(self, key: BundleKey) -> None:
        """The bundle just filed or put aside leaves the list at once (the look that follows would drop it too)."""
        rows = self.model.rows()
        at = next((n for n, r in enumerate(rows) if bundle_key(r.bundle) == key), None)
        if at is None:
            return
        self.model.set_rows(rows[:at] + rows[at + 1 :])
        self._shown_key = None
        if self.model.rowCount():
            self.table.selectRow(min(at, self.model.rowCount() - 1))

    def _note(self, text: str) -> None:
        """A message about the clerk's last click (no viewer, no dossier chosen): kept until the bundle changes."""
        self._noted = text
        self._show_problem(text)

    def _busy(self, text: str) -> None:
        self.status_label.setText(text)
        self._show_problem("")
        for widget in (self.file_button, self.aside_button):
            widget.setEnabled(False)

    def _refused(self, key: BundleKey, why: Refusal) -> None:
        self._job = None
        if self._closing:
            return
        self._refusals[key] = why.text
        self.status_label.setText("")
        self.model.set_rows(
            [BundleRow(r.bundle, self._refusals.get(bundle_key(r.bundle), r.problem)) for r in self.model.rows()]
        )
        self.table.selectRow(next((n for n, r in enumerate(self.model.rows()) if bundle_key(r.bundle) == key), 0))
        self._show_chosen()
        focus = {"inbox.dossier": self.dossier_box, "dossier": self.dossier_box, "document.category": self.category_box}
        focus.get(why.field or "", self.title_edit).setFocus()

    def view_pages(self) -> BackgroundTask | None:
        """The chosen bundle's pages, as they will be filed (cover left out), in the PC's PDF viewer: a copy in a
        temporary folder, so a viewer holding it never keeps the scan from leaving the inbox."""
        row = self.chosen()
        if row is None:
            return None
        if self._views is None:
            self._views = tempfile.TemporaryDirectory(prefix="dossier-desk-inbox-", ignore_cleanup_errors=True)
        self._view_count += 1
        target = Path(self._views.name) / f"{self._view_count}-{Path(row.bundle.names.split(' ')[0]).stem[:60]}.pdf"
        bundle = row.bundle

        def write(_progress: Callable[[int, int], None]) -> Path:
            inbox.write_bundle_pdf(bundle, target)
            return target

        def written(path: Path) -> None:
            self.last_view = path
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self._note(self.tr("No program is set up to open {file}.").format(file=path.name))

        def failed(exc: object) -> None:
            self._note(self.tr("The pages cannot be shown: {problem}").format(problem=str(exc)))

        return self._side_job(write, written, failed)

    def open_dossier(self) -> object:
        """The dossier chosen for the bundle in front (or the one filed last) in a tab of the main window."""
        number = self.dossier_number()
        with self.desk.read(self.actor) as work:
            dossier_id = _dossier_id(work, number) if number else None
        if dossier_id is None and self.last_document is not None:
            dossier_id = self.last_document[0]
        if dossier_id is None:
            self._note(self.tr("Choose a dossier first."))
            return None
        return self.open_dossier_tab(dossier_id)

    def done(self, result: int) -> None:
        self._closing = True
        self.watcher.looked.disconnect(self.show_looked)
        self.watcher.failed.disconnect(self._failed)
        self.watcher.settings_read.disconnect(self._show_folder)
        for task in list(self._side_jobs):
            task.wait()
        if self._job is not None:
            self._job.wait()  # the filing ends (committed or not) before the window goes
        if self._views is not None:
            self._views.cleanup()
        super().done(result)


def _dossier_id(work: Work, number: str) -> int | None:
    try:
        return find_dossier_by_number(work, number)
    except AppError:
        return None
