"""The Documents tab of a dossier: categories with counts, documents newest first (R4), a scan preview.

Scans dropped on the list start a new document; dropped on a document they are attached to it.
Every action is one app call in one unit of work; the views refresh from the change it reports.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.approvals import ApprovalKind
from app.desk import Actor, Desk
from app.dossier import (
    AttachmentFile,
    DocumentRow,
    Scan,
    attach_scans,
    attachment_file,
    category_counts,
    dossier_documents,
    export_attachment,
    trash_documents,
)
from app.errors import AppError
from app.permissions import Action
from ui import messages
from ui.dossier.consent import ask_reason, change_with_consent
from ui.dossier.document_dialog import DocumentDialog, RefileDialog, choose_scans, scans_or_message
from ui.dossier.history_dialog import DocumentHistoryDialog
from ui.dossier.models import CODE_ROLE, CategoriesModel, DocumentsModel
from ui.dossier.scan_preview import ScanPreview
from ui.dossier.trash_dialog import TrashDialog
from ui.lists import ColumnFitter
from ui.translations import error_text


def dropped_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """The local files a drag carries (scans are files; a web link is not)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class DocumentsTable(QTableView):
    """The documents, newest first; files dropped on a row are for that document, elsewhere for a new one."""

    files_dropped = Signal(list, int)  # paths, row dropped on (-1: not on a document)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._drop_row = -1

    def _accept(self, event: QDragEnterEvent | QDragMoveEvent) -> bool:
        if dropped_files(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return True
        event.ignore()
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accept(event):
            row = self.indexAt(event.position().toPoint()).row()
            if row != self._drop_row:
                self._drop_row = row
                self.viewport().update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop_row = -1
        self.viewport().update()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        self._drop_row = -1
        self.viewport().update()
        if not files:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.files_dropped.emit(files, self.indexAt(event.position().toPoint()).row())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._drop_row < 0:
            return
        # Outline the document the scans would be attached to, so a drop never surprises.
        first = self.visualRect(self.model().index(self._drop_row, 0))
        last = self.visualRect(self.model().index(self._drop_row, self.model().columnCount() - 1))
        painter = QPainter(self.viewport())
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.drawRect(first.united(last).adjusted(1, 1, -1, -1))
        painter.end()


class CategoryList(QListView):
    """The side list; scans dropped on a category start a new document in it."""

    files_dropped = Signal(list, object)  # paths, category code (None: "All")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        index = self.indexAt(event.position().toPoint())
        self.files_dropped.emit(files, index.data(CODE_ROLE) if index.isValid() else None)


class DocumentsSection(QWidget):
    """The Documents tab. ``show_dossier`` fills it; it never reads more than the shown dossier."""

    changed_selection = Signal()

    def __init__(self, desk: Desk, actor: Actor, dossier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.dossier_id = dossier_id
        self.setObjectName("documents-section")
        self._pending_select: set[int] = set()
        self._shown_category: str | None = None  # the filter of the rows shown (its place is kept on a reload)
        self._kept: set[int] = set()  # the documents selected before the rows were read in another order
        self._exports: tempfile.TemporaryDirectory[str] | None = None

        self.categories = CategoriesModel(self)
        self.category_list = CategoryList(self)
        self.category_list.setObjectName("categories")
        self.category_list.setModel(self.categories)
        self.category_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.category_list.setCurrentIndex(self.categories.index(0, 0))
        self.category_list.selectionModel().currentChanged.connect(self._category_chosen)
        self.category_list.files_dropped.connect(lambda files, code: self.drop_files(files, -1, code))

        self.model = DocumentsModel(self)
        self.table = DocumentsTable(self)
        self.table.setObjectName("documents")
        self.table.setModel(self.model)
        # Newest first (R4) as the app returns them; a click on a header sorts every row, in SQL, not only those read.
        self.table.horizontalHeader().setSortIndicator(DocumentsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.resorted = self._resorted
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; Ctrl+Tab reaches the section tabs
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # One line a row: the default row height leaves CJK text floating in white space.
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setHighlightSections(False)
        # The title gets the room (at least 12 characters), codes and numbers what they need.
        m = DocumentsModel
        self.fitter = ColumnFitter(self.table, m.TITLE, shrinkable=(m.LOCATION, m.ISSUER, m.REFERENCE, m.CATEGORY))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.files_dropped.connect(lambda files, row: self.drop_files(files, row))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.preview = ScanPreview(self._resolve, self)
        self.preview.open_requested.connect(self.open_attachment)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("documents-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self._action(self.tr("&Add…"), ("Ctrl+N", "Ins"), self.add_document)
        self.edit_action = self._action(self.tr("&Edit…"), ("Return", "Enter"), self.edit_selected, table_only=True)
        self.view_action = self._action(self.tr("&Details…"), ("Shift+Return",), self.view_selected, table_only=True)
        self.trash_action = self._action(self.tr("Move to &trash"), ("Del",), self.trash_selected, table_only=True)
        self.refile_action = self._action(self.tr("Change category / &location…"), ("Ctrl+L",), self.refile_selected)
        self.attach_action = self._action(self.tr("Attach &scans…"), ("Ctrl+Shift+A",), self.attach_to_selected)
        self.open_action = self._action(self.tr("&Open scan"), ("Ctrl+O",), self.open_selected)
        self.open_action.setToolTip(self.tr("Open the scan with the system's own viewer"))
        self.trash_view_action = self._action(self.tr("T&rash…"), (), self.show_trash)
        self.trash_view_action.setToolTip(self.tr("Documents moved to the trash, to restore them"))
        self.history_action = self._action(self.tr("&History…"), ("Ctrl+H",), self.history_selected, table_only=True)
        self.history_action.setToolTip(self.tr("Every version of the document: who changed it, when and why"))
        for action in (self.view_action, self.history_action):
            self.toolbar.removeAction(action)  # in the menu and on a key; the toolbar stays short
        # The scan beside the list: shown unless the screen is narrow (1024 pixels leave the list too little room
        # for its columns), until the user says otherwise.
        self.preview_action = self._action(self.tr("Scan p&review"), ("F3",), self._preview_toggled)
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(True)
        self.preview_action.setToolTip(self.tr("Show the selected document's scan beside the list"))
        self._preview_set_by_user = False
        self._tips = {a: a.toolTip() for a in (self.edit_action, self.attach_action, self.trash_action)}
        hint = QLabel(self.tr("Drop scans on the list to add a document, on a document to attach them."), self)
        hint.setObjectName("drop-hint")
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.drop_hint = hint  # hidden where nothing may be dropped (a departed dossier for a clerk, a bound one)

        middle = QWidget(self)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("documents-splitter")
        self.splitter.addWidget(self.category_list)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([190, 700, 300])
        self.splitter.setChildrenCollapsible(False)
        # On a narrow screen the categories and the preview give way to the list, until the user sets them.
        self._sides_set_by_user = False
        self.splitter.splitterMoved.connect(self._sides_moved)
        self.category_list.setMinimumWidth(140)
        self.preview.setMinimumWidth(200)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self._selection_changed()

    def _action(
        self, text: str, keys: Sequence[str], slot: Callable[[], object], *, table_only: bool = False
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        # Enter and Delete mean "this document" only while the list has the focus; the rest work in the whole tab.
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut if table_only else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.triggered.connect(lambda _checked=False, run=slot: run())  # never pass `checked` on
        (self.table if table_only else self).addAction(action)
        self.toolbar.addAction(action)
        return action

    def _sides_moved(self, _position: int, _index: int) -> None:
        self._sides_set_by_user = True

    NARROW = 1100  # below this width the preview starts hidden

    def _preview_toggled(self) -> None:
        self._preview_set_by_user = True
        self._show_preview(self.preview_action.isChecked())

    def _show_preview(self, show: bool) -> None:
        self.preview_action.setChecked(show)
        self.preview.setVisible(show)
        if show:
            selected = self.selected()
            self.preview.show_document(selected[0] if len(selected) == 1 else None)
        self._size_sides()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._preview_set_by_user and self.preview_action.isChecked() != (self.width() >= self.NARROW):
            self._show_preview(self.width() >= self.NARROW)
        else:
            self._size_sides()

    def _size_sides(self) -> None:
        if self._sides_set_by_user:
            return
        width = self.splitter.width()
        left = max(self.category_list.minimumWidth(), min(190, round(width * 0.15)))
        right = max(self.preview.minimumWidth(), min(300, round(width * 0.22))) if self.preview.isVisible() else 0
        self.splitter.setSizes([left, max(0, width - left - right), right])

    # -- showing --------------------------------------------------------------------------------

    def current_category(self) -> str | None:
        index = self.category_list.currentIndex()
        return index.data(CODE_ROLE) if index.isValid() else None

    def show_dossier(self) -> None:
        """Read the counts and the shown rows again: the filter, the place scrolled to and the selection are kept."""
        with self.desk.read(self.actor) as work:
            self.categories.set_counts(category_counts(work, self.dossier_id))
        self._show_rows()

    def document_count(self) -> int:
        return self.categories.count(None)

    def _category_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_rows()

    def _read_page(self, code: str | None, offset: int, limit: int) -> list[DocumentRow]:
        """One page of the documents shown, in the order chosen (newest first unless a header says otherwise)."""
        with self.desk.read(self.actor) as work:
            return dossier_documents(
                work,
                self.dossier_id,
                category=code,
                sort=self.model.sort_key() or "date",
                descending=self.model.descending(),
                offset=offset,
                limit=limit,
            )

    def _show_rows(self) -> None:
        code = self.current_category()
        saved = self._pending_select  # a document just saved: selected even if it stands beyond the rows read
        keep = saved or {r.id for r in self.selected()}
        first_showing = not self.model.rowCount()
        current = self.preview.document
        # A reload keeps as many rows as were read (the clerk's place); another category starts at its first page.
        loaded = self.model.rowCount() if code == self._shown_category else 0
        self._shown_category = code
        self.model.show(
            lambda offset, limit: self._read_page(code, offset, limit), self.categories.count(code), keep=loaded
        )
        if not keep and first_showing and self.model.rowCount():
            keep = {self.model.row(0).id}  # first showing: the newest document, so the preview has something to show
        self._pending_select = set()
        self._read_up_to(saved)
        self._size_columns()
        self.select_ids(keep)
        selected = self.selected()
        if len(selected) == 1 and current is not None and selected[0] == current:
            return  # the same document, unchanged: keep the preview as it is (no reload of the PDF)
        self._selection_changed()

    def _remember_selection(self) -> None:
        self._kept = {r.id for r in self.selected()}

    def _resorted(self) -> None:
        """Read again in the order of the header clicked: the selected document stays selected, scrolled to (read
        up to where it now stands, like a file list keeps the selection in view)."""
        self._read_up_to(self._kept)
        self._size_columns()
        self.select_ids(self._kept)
        self._selection_changed()

    def _read_up_to(self, ids: set[int]) -> None:
        """Read pages until one of ``ids`` is among the rows (a document to select further down the order)."""
        loaded = {r.id for r in self.model.rows()}
        while ids and not ids & loaded and self.model.canFetchMore():
            before = self.model.rowCount()
            self.model.fetchMore()
            loaded |= {self.model.row(r).id for r in range(before, self.model.rowCount())}

    def _size_columns(self) -> None:
        self.fitter.measure()

    def select_ids(self, ids: set[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for row in range(self.model.rowCount()):
            if self.model.row(row).id in ids:
                index = self.model.index(row, 0)
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                if first:
                    selection.setCurrentIndex(index, flags)
                    self.table.scrollTo(index)
                    first = False
                else:
                    selection.select(index, flags)

    def selected(self) -> list[DocumentRow]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row(r) for r in rows]

    def _selection_changed(self, *_args: object) -> None:
        selected = self.selected()
        one = len(selected) == 1
        original = any(d.is_original for d in selected)
        self.edit_action.setEnabled(one)  # an original opens read-only, with why and the typo correction
        self.view_action.setEnabled(one)
        self.history_action.setEnabled(one)
        self.attach_action.setEnabled(one and not original)
        self.trash_action.setEnabled(bool(selected) and not original)
        # Greyed for an original, and the tip says why (R9): Details… shows it and offers the typo correction.
        why = self.tr(
            "Originals are never changed; an obvious typo is corrected from Details… with the manager's approval."
        )
        for action, tip in self._tips.items():
            action.setToolTip(why if original else tip)
            action.setStatusTip(why if original else "")
        self.refile_action.setEnabled(bool(selected))
        self.open_action.setEnabled(one and bool(selected[0].attachments))
        self.preview.show_document(selected[0] if one and self.preview_action.isChecked() else None)
        self.changed_selection.emit()

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (
            self.edit_action,
            self.view_action,
            self.history_action,
            self.open_action,
            self.attach_action,
            None,
            self.refile_action,
            self.trash_action,
            None,
            self.add_action,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- actions --------------------------------------------------------------------------------

    def _dialog_saved(self, result: object) -> None:
        if isinstance(result, DocumentRow):
            self._pending_select = {result.id}  # selected when the change arrives and the list reloads

    def add_document(self, scans: Sequence[Scan] = (), category: str | None = None) -> DocumentDialog:
        category = category or self.current_category()
        dialog = DocumentDialog(self.desk, self.actor, self.dossier_id, scans=scans, category=category, parent=self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: DocumentDialog | RefileDialog) -> DocumentDialog | RefileDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._dialog_saved)
        dialog.open()
        return dialog

    def edit_selected(self) -> DocumentDialog | None:
        selected = self.selected()
        if len(selected) != 1:
            return None
        document = selected[0]
        # An original opens read-only, with why and the typo correction the manager approves (R9).
        dialog = DocumentDialog(self.desk, self.actor, self.dossier_id, document, parent=self)
        self._open(dialog)
        return dialog

    def view_selected(self) -> DocumentDialog | None:
        selected = self.selected()
        if len(selected) != 1:
            return None
        dialog = DocumentDialog(self.desk, self.actor, self.dossier_id, selected[0], parent=self)
        self._open(dialog)
        return dialog

    def history_selected(self) -> DocumentHistoryDialog | None:
        selected = self.selected()
        if len(selected) != 1:
            return None
        dialog = DocumentHistoryDialog(self.desk, self.actor, selected[0].id, selected[0].title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def trash_selected(self) -> None:
        selected = self.selected()
        if not selected:
            return
        if any(d.is_original for d in selected):
            self._trash(selected)  # the app refuses and names the original (R9); no question first
            return
        if len(selected) == 1:
            text = self.tr("Move “{title}” to the trash?").format(title=selected[0].title)
        else:
            text = self.tr("Move these {count} documents to the trash?").format(count=len(selected))
        text += "\n" + self.tr("Nothing is erased: documents in the trash can be restored.")
        messages.ask(self, text, self.tr("Move to trash"), lambda: self._trash(selected))

    def _trash(self, documents: Sequence[DocumentRow]) -> None:
        """Each working copy goes to the trash within the manager's approval (R9): one at a time asks for it."""
        if len(documents) == 1 and not documents[0].is_original:
            ids = [documents[0].id]
            change_with_consent(
                self,
                self.desk,
                self.actor,
                documents[0],
                ApprovalKind.TRASH_WORKING_COPY,
                lambda work, reason: trash_documents(work, ids, reason=reason),
            )
            return
        ids = [d.id for d in documents]

        def run(reason: str) -> None:
            try:
                with self.desk.work(self.actor) as work:
                    trash_documents(work, ids, reason=reason)
            except AppError as err:  # an original named, or a request still to make for each one
                messages.tell(self, error_text(err))

        if self.desk.may(self.actor, Action.APPROVE) and not any(d.is_original for d in documents):
            ask_reason(self, documents[0], ApprovalKind.TRASH_WORKING_COPY, run)  # one reason for them all
        else:
            run("")

    def refile_selected(self) -> RefileDialog | None:
        selected = self.selected()
        if not selected:
            return None
        dialog = RefileDialog(self.desk, self.actor, selected, parent=self)
        self._pending_select = {d.id for d in selected}
        self._open(dialog)
        return dialog

    def attach_to_selected(self) -> None:
        selected = self.selected()
        if len(selected) == 1:
            files = choose_scans(self)
            if files:
                self.attach(selected[0], files)

    def attach(self, document: DocumentRow, files: Sequence[Path]) -> None:
        """More scans change a working copy: within the manager's approval (R9); an original takes none."""
        if document.is_original:
            try:
                with self.desk.work(self.actor) as work:
                    attach_scans(work, document.id, files)  # refused, and the app says why
            except AppError as err:
                messages.tell(self, error_text(err))
            return

        def done() -> None:
            self._pending_select = {document.id}

        change_with_consent(
            self,
            self.desk,
            self.actor,
            document,
            ApprovalKind.EDIT_WORKING_COPY,
            lambda work, reason: attach_scans(work, document.id, files, reason=reason),
            done,
        )

    def drop_files(self, files: Sequence[Path], row: int, category: str | None = None) -> None:
        """Scans dropped: on a document they are attached to it (after asking), elsewhere they start a new one."""
        scans, problem = scans_or_message(files)
        if problem:
            messages.tell(self, problem)
            return
        if 0 <= row < self.model.rowCount():
            document = self.model.row(row)
            names = ", ".join(s.path.name for s in scans)
            messages.ask(
                self,
                self.tr("Attach {files} to “{title}”?").format(files=names, title=document.title),
                self.tr("Attach"),
                lambda: self.attach(document, [s.path for s in scans]),
            )
            return
        self.add_document(scans, category)

    # -- scans ----------------------------------------------------------------------------------

    def _resolve(self, attachment_id: int) -> AttachmentFile:
        with self.desk.read(self.actor) as work:
            return attachment_file(work, attachment_id)

    def open_selected(self) -> None:
        attachment_id = self.preview.current_attachment_id()
        if attachment_id is not None:
            self.open_attachment(attachment_id)

    def open_attachment(self, attachment_id: int) -> Path | None:
        """A copy of the scan (never the stored file) opened by the system's viewer."""
        if self._exports is None:
            # Removed with the dossier page; a viewer still holding a file on Windows is not an error.
            self._exports = tempfile.TemporaryDirectory(prefix="dossier-desk-", ignore_cleanup_errors=True)
        try:
            with self.desk.read(self.actor) as work:
                path = export_attachment(work, attachment_id, Path(self._exports.name) / str(attachment_id))
        except AppError as err:
            messages.tell(self, error_text(err))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            messages.tell(self, self.tr("No program is set up to open {file}.").format(file=path.name))
        return path

    def show_trash(self) -> TrashDialog:
        dialog = TrashDialog(self.desk, self.actor, self.dossier_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def cleanup(self) -> None:
        self.preview.pdf.close()
        if self._exports is not None:
            self._exports.cleanup()
            self._exports = None
