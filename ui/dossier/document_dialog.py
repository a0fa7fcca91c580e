"""Recording a document, editing a working copy within the manager's approval, viewing an original and correcting
its obvious typo with the manager's approval (R9), a document's history, refiling several at once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.approvals import ApprovalKind
from app.customers import specimens_beside
from app.desk import Actor, Desk, Work
from app.dossier import (
    MAX_PAGES,
    DocumentInput,
    DocumentRow,
    Scan,
    add_document,
    correct_original,
    edit_document,
    inspect_scan,
    may_change,
    read_document,
    read_dossier,
    refile_documents,
)
from app.errors import AppError, NeedsApproval
from app.permissions import Action
from ui import messages, places
from ui.approvals import NOTE_STYLE
from ui.customers import SpecimensPanel, put_beside_form
from ui.dossier.consent import ConsentDialog, ask_consent, sent_text
from ui.dossier.history_dialog import DocumentHistoryDialog
from ui.form_dialog import FormDialog, category_box, date_edit, from_qdate, to_qdate
from ui.translations import error_text

APPLICATION_PREFIX = "form_"  # the application categories of R3 (app/dossier/categories.py): form_door_lock, …
SCAN_FILTER = "*.pdf *.PDF *.jpg *.JPG *.jpeg *.JPEG *.png *.PNG *.tif *.TIF *.tiff *.TIFF"


def title_from_file(path: Path) -> str:
    """A scan named "2024-03 租赁合同.pdf" suggests the title "2024-03 租赁合同"."""
    return path.stem.replace("_", " ").strip()


def choose_scans(parent: QWidget) -> list[Path]:
    # A module function has no class for tr(): name the context lupdate files these strings under.
    caption = QCoreApplication.translate("DocumentDialog", "Choose scans")
    kinds = QCoreApplication.translate("DocumentDialog", "Scans ({patterns})").format(patterns=SCAN_FILTER)
    settings = places.window_settings(parent)
    files, _ = QFileDialog.getOpenFileNames(parent, caption, str(places.start_folder("scans", settings)), kinds)
    if files:
        places.remember_folder("scans", settings, Path(files[0]))
    return [Path(f) for f in files]


class DocumentDialog(FormDialog):
    """A new document of ``dossier_id`` (optionally with ``scans``), or ``document`` edited / viewed.

    An original opens read-only: originals are never changed (R9); **Correct typo…** makes its details editable for
    a correction the manager approves. A working copy's edit is made within the manager's approval: the manager
    gives the reason; anyone else, when the app says approval is needed, asks the manager to sign here or sends the
    request. **History…** shows every version.
    """

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        dossier_id: int,
        document: DocumentRow | None = None,
        *,
        scans: Sequence[Scan] = (),
        category: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, actor, parent)
        self.dossier_id = dossier_id
        self.document = document
        self.scans: list[Scan] = list(scans)
        self.read_only = document is not None and document.is_original
        # What Save does: record a new document, edit a working copy, or correct an original (read-only until then).
        self.mode = "new" if document is None else "view" if self.read_only else "edit"
        self.setObjectName("document-dialog")
        if document is None:
            self.setWindowTitle(self.tr("New document"))
        elif self.read_only:
            self.setWindowTitle(self.tr("Original document — {title}").format(title=document.title))
        else:
            self.setWindowTitle(self.tr("Edit document — {title}").format(title=document.title))

        self.category_box = category_box(self)
        wanted = document.category if document else category
        if wanted:
            self.category_box.setCurrentIndex(max(0, self.category_box.findData(wanted)))
        self.add_row("document.category", self.tr("&Category:"), self.category_box)
        self.date_edit = date_edit(self, document.doc_date if document else desk.clock().date())
        self.add_row("document.doc_date", self.tr("&Date:"), self.date_edit)
        self.title_edit = QLineEdit(document.title if document else "", self)
        self.add_row("document.title", self.tr("&Title:"), self.title_edit)
        self.reference_edit = QLineEdit(document.reference_no if document else "", self)
        self.add_row("document.reference_no", self.tr("&Reference no.:"), self.reference_edit)
        self.issuer_edit = QLineEdit(document.issuer if document else "", self)
        self.add_row("document.issuer", self.tr("&Issuer:"), self.issuer_edit)
        self.pages_spin = QSpinBox(self)
        self.pages_spin.setRange(0, MAX_PAGES)
        # 0 is "not counted": binding numbers the pages (页号, R6), so the clerk should see it is missing.
        self.pages_spin.setSpecialValueText(self.tr("not counted"))
        self.pages_spin.setValue(document.pages if document else 0)
        self.add_row("document.pages", self.tr("&Pages:"), self.pages_spin)
        self.original_box = QCheckBox(self.tr("&Original (never changed afterwards)"), self)
        self.original_box.setChecked(bool(document and document.is_original))
        self.add_row("document.is_original", self.tr("Kind:"), self.original_box)
        self.location_edit = QLineEdit(document.paper_location if document else "", self)
        self.location_edit.setPlaceholderText(self.tr("e.g. cabinet 3, shelf 2"))
        self.add_row("document.paper_location", self.tr("Paper &location:"), self.location_edit)
        self.notes_edit = QPlainTextEdit(document.notes if document else "", self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 3 + 8)
        self.add_row("document.notes", self.tr("&Notes:"), self.notes_edit)

        self.scan_list = QListWidget(self)
        self.scan_list.setObjectName("scans")
        self.scan_list.setFixedHeight(self.scan_list.fontMetrics().lineSpacing() * 4 + 8)
        self.scan_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        scans_row = QWidget(self)
        column = QVBoxLayout(scans_row)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.scan_list)
        if document is None:
            buttons = QHBoxLayout()
            self.add_scans_button = QPushButton(self.tr("Add &scans…"), scans_row)
            self.add_scans_button.clicked.connect(lambda: self.add_scans(choose_scans(self)))
            self.remove_scans_button = QPushButton(self.tr("Remo&ve"), scans_row)
            self.remove_scans_button.clicked.connect(self._remove_selected_scans)
            buttons.addWidget(self.add_scans_button)
            buttons.addWidget(self.remove_scans_button)
            buttons.addStretch(1)
            column.addLayout(buttons)
        self.add_row("document.attachments", self.tr("Scans:"), scans_row)
        self.scans_row = scans_row
        self._show_scans()
        # Why a change is made: kept with it and with the manager's approval (the manager's own decision needs it).
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("why it changes (kept with the previous version)"))
        if document is not None:
            self.add_row("approval.reason", self.tr("&Reason for the change:"), self.reason_edit)

        above: list[QWidget] = []
        self.note = QLabel(self)
        self.note.setObjectName("original-note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setVisible(False)
        above.append(self.note)
        self.correct_button = QPushButton(self.tr("Correct &typo…"), self)
        self.correct_button.setObjectName("correct")
        self.correct_button.clicked.connect(self.start_correction)
        self.correct_button.setVisible(False)
        self.history_button = QPushButton(self.tr("&History…"), self)
        self.history_button.setObjectName("history")
        self.history_button.setToolTip(self.tr("Every version of this document: who changed it, when and why"))
        self.history_button.clicked.connect(self.show_history)
        self.history_button.setVisible(document is not None)
        self.buttons.addButton(self.correct_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.ActionRole)
        if self.read_only:
            assert document is not None
            self.note.setText(
                self.tr(
                    "Originals are never changed. An obvious typo can be corrected with the department manager's "
                    "approval."
                )
            )
            self.note.setVisible(True)
            for widget in self.inputs.values():
                # Read-only rather than disabled where Qt allows it: the text stays legible and copyable.
                if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                    widget.setReadOnly(True)
                elif widget is not scans_row:
                    widget.setEnabled(False)
            self.form.setRowVisible(self.reason_edit, False)
            self.save_button.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            may_correct = self._may_change() and desk.may(actor, Action.CORRECT_ORIGINAL)
            self.correct_button.setVisible(True)
            self.correct_button.setEnabled(may_correct)
            self.correct_button.setToolTip(
                self.tr("Correct an obvious typo, with the department manager's approval; the present version is kept")
                if may_correct
                else self.tr("This dossier can no longer change here.")
            )
        self.finish(*above)
        # issue 20: an application (门锁, 电话, 车位, 水牌, 加班 …) is compared with the customer's specimens beside it.
        self.specimens = SpecimensPanel(desk, actor, self)
        self.specimens.setVisible(False)
        self._specimens_read = False
        put_beside_form(self, self.specimens)
        self.category_box.currentIndexChanged.connect(self._show_specimens)
        self.date_edit.dateChanged.connect(self._show_specimens)
        self._show_specimens()
        if scans and not self.title_edit.text():
            self.title_edit.setText(title_from_file(scans[0].path))
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        self.resize(540, self.sizeHint().height())

    def is_application(self) -> bool:
        return str(self.category_box.currentData() or "").startswith(APPLICATION_PREFIX)

    def _show_specimens(self) -> None:
        """Beside an application: the customer's signatures and seals, read once, flagged for the document's date."""
        shown = self.is_application()
        if shown != self.specimens.isVisible():
            self.specimens.setVisible(shown)
            self.adjustSize()
        if not shown:
            return
        day = from_qdate(self.date_edit.date())
        if not self._specimens_read:
            self._specimens_read = True
            try:
                with self.desk.read(self.actor) as work:
                    sheet = specimens_beside(work, dossier_id=self.dossier_id, on=day)
            except AppError:
                sheet = None
            self.specimens.show_sheet(sheet, day)
        else:
            self.specimens.set_day(day)

    def _may_change(self) -> bool:
        """Whether the acting user may change the dossier now (its status, the file open for changes)."""
        if self.desk.read_only:
            return False
        try:
            with self.desk.read(self.actor) as work:
                status = read_dossier(work, self.dossier_id).status
        except AppError:
            return False
        return may_change(self.actor, status)

    def start_correction(self) -> None:
        """Make the original's details editable for a typo correction (the original flag and its scans stay)."""
        if self.document is None or not self.read_only:
            return
        self.mode = "correct"
        self.setWindowTitle(self.tr("Correct a typo — {title}").format(title=self.document.title))
        self.note.setText(
            self.tr(
                "Correct only an obvious typo. The present version is kept and stays visible in the document's "
                "history; the department manager approves the correction."
            )
        )
        for field, widget in self.inputs.items():
            if field in ("document.is_original", "document.attachments"):
                continue
            if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                widget.setReadOnly(False)
            else:
                widget.setEnabled(True)
        self.form.setRowVisible(self.reason_edit, True)
        self.correct_button.setVisible(False)
        self.save_button.setText(self.tr("Save correction"))
        self.save_button.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.validate()
        self.title_edit.setFocus()

    def show_history(self) -> DocumentHistoryDialog | None:
        if self.document is None:
            return None
        dialog = DocumentHistoryDialog(self.desk, self.actor, self.document.id, self.document.title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def fill(self, document: DocumentRow) -> None:
        """Show ``document``'s details in the inputs (after a change made meanwhile at another desk)."""
        self.document = document
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(document.category)))
        self.date_edit.setDate(to_qdate(document.doc_date))
        self.title_edit.setText(document.title)
        self.reference_edit.setText(document.reference_no)
        self.issuer_edit.setText(document.issuer)
        self.pages_spin.setValue(document.pages)
        self.original_box.setChecked(document.is_original)
        self.location_edit.setText(document.paper_location)
        self.notes_edit.setPlainText(document.notes)
        self._show_scans()

    def reload(self, work: Work) -> None:
        if self.document is not None:  # a new document has nothing to re-read
            self.fill(read_document(work, self.document.id))

    # -- scans ----------------------------------------------------------------------------------

    def _show_scans(self) -> None:
        self.scan_list.clear()
        if self.document is not None:
            for attachment in self.document.attachments:
                self.scan_list.addItem(attachment.original_name)
        for scan in self.scans:
            self.scan_list.addItem(self.tr("{file} ({pages} p.)").format(file=scan.path.name, pages=scan.pages))
        if self.document is None and "document.pages" not in self.touched:
            # Page count taken from the files, until the clerk types a number of their own.
            self.pages_spin.blockSignals(True)
            self.pages_spin.setValue(sum(s.pages for s in self.scans))
            self.pages_spin.blockSignals(False)

    def add_scans(self, paths: Sequence[Path]) -> bool:
        """Check and add files; a bad one is named beside the list and none of this batch is added."""
        try:
            found = [inspect_scan(p) for p in paths]
        except AppError as err:
            self.show_app_error(err)
            return False
        self.scans.extend(found)
        self._show_scans()
        if found and not self.title_edit.text().strip():
            self.title_edit.setText(title_from_file(found[0].path))
        self.validate()
        return True

    def _remove_selected_scans(self) -> None:
        offset = len(self.document.attachments) if self.document else 0
        rows = sorted((self.scan_list.row(i) - offset for i in self.scan_list.selectedItems()), reverse=True)
        for row in rows:
            if 0 <= row < len(self.scans):
                del self.scans[row]
        self._show_scans()

    # -- checking and saving --------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.mode == "view":
            return {GENERAL_READ_ONLY: ""}
        self.required(problems, "document.title", self.title_edit.text())
        return problems

    def data(self) -> DocumentInput:
        return DocumentInput(
            category=str(self.category_box.currentData()),
            doc_date=from_qdate(self.date_edit.date()),
            title=self.title_edit.text(),
            reference_no=self.reference_edit.text(),
            issuer=self.issuer_edit.text(),
            pages=self.pages_spin.value(),
            is_original=self.original_box.isChecked(),
            paper_location=self.location_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self, work: Work) -> object:
        if self.document is None:
            return add_document(work, self.dossier_id, self.data(), attachments=[s.path for s in self.scans])
        reason = self.reason_edit.text().strip()
        if self.mode == "correct":
            return correct_original(
                work, self.document.id, self.data(), expected_version=self.document.version, reason=reason
            )
        return edit_document(work, self.document.id, self.data(), expected_version=self.document.version, reason=reason)

    def show_app_error(self, err: AppError) -> None:
        """The manager's approval is needed first: offer to ask the manager now or to send the request."""
        if isinstance(err, NeedsApproval) and self.document is not None and self.mode in ("edit", "correct"):
            kind = ApprovalKind.CORRECT_ORIGINAL if self.mode == "correct" else ApprovalKind.EDIT_WORKING_COPY
            self.consent = ask_consent(
                self, self.desk, self.actor, self.document, kind, err, self.reason_edit.text(), self._consented
            )
            return
        super().show_app_error(err)

    def _consented(self, dialog: ConsentDialog) -> None:
        if dialog.outcome == "approved":
            self.reason_edit.setText(dialog.reason)
            self.accept()  # the same change again: now within the manager's approval
        elif dialog.outcome == "sent" and self.document is not None:
            messages.tell(self.parentWidget() or self, sent_text(self.document), icon=QMessageBox.Icon.Information)
            self.reject()


GENERAL_READ_ONLY = "read-only"  # a "problem" that is never shown: nothing to save on an original


class RefileDialog(FormDialog):
    """Change the category and/or the paper location of the selected documents in one step.

    The paper location changes for originals too (where a paper stands is not the paper); an original's category
    does not (R9): the app refuses and names it.
    """

    def __init__(self, desk: Desk, actor: Actor, documents: Sequence[DocumentRow], parent: QWidget | None = None):
        super().__init__(desk, actor, parent)
        self.documents = list(documents)
        self.setObjectName("refile-dialog")
        self.setWindowTitle(self.tr("Refile %n document(s)", "", len(self.documents)))
        categories = {d.category for d in self.documents}
        locations = {d.paper_location for d in self.documents}

        self.change_category = QCheckBox(self.tr("Change the &category to:"), self)
        self.category_box = category_box(self)
        if len(categories) == 1:
            self.category_box.setCurrentIndex(max(0, self.category_box.findData(next(iter(categories)))))
        self.category_box.setEnabled(False)
        self.change_category.toggled.connect(self.category_box.setEnabled)
        self.add_row("document.category", "", self.category_box)
        self.form.insertRow(0, self.change_category)  # the switch above its input
        self.watch("document.category", self.change_category)

        self.change_location = QCheckBox(self.tr("Change the paper &location to:"), self)
        self.location_edit = QLineEdit(next(iter(locations)) if len(locations) == 1 else "", self)
        self.location_edit.setPlaceholderText(self.tr("e.g. cabinet 3, shelf 2"))
        self.location_edit.setEnabled(False)
        self.change_location.toggled.connect(self.location_edit.setEnabled)
        self.form.addRow(self.change_location)
        self.add_row("document.paper_location", "", self.location_edit)
        self.watch("document.paper_location", self.change_location)

        titles = "\n".join(f"• {d.title}" for d in self.documents[:8])
        if len(self.documents) > 8:
            titles += "\n" + self.tr("… and {count} more").format(count=len(self.documents) - 8)
        listing = QLabel(titles, self)
        listing.setObjectName("refiled")
        listing.setTextFormat(Qt.TextFormat.PlainText)
        listing.setWordWrap(True)
        self.finish(listing)
        self.resize(460, self.sizeHint().height())

    def problems(self) -> dict[str, str]:
        if not (self.change_category.isChecked() or self.change_location.isChecked()):
            return {"document.category": ""}  # nothing chosen yet: nothing to save
        return {}

    def save(self, work: Work) -> object:
        return refile_documents(
            work,
            [d.id for d in self.documents],
            category=str(self.category_box.currentData()) if self.change_category.isChecked() else None,
            paper_location=self.location_edit.text() if self.change_location.isChecked() else None,
        )


def scans_or_message(paths: Sequence[Path]) -> tuple[list[Scan], str]:
    """Inspect dropped files: the scans, or the app's message naming the first bad file."""
    try:
        return [inspect_scan(p) for p in paths], ""
    except AppError as err:
        return [], error_text(err)
