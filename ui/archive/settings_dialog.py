"""Archive settings (issue 12): the 全宗 (the organisation keeping the record) and how a bound file's 档号 is made,
with a live example; and, while files bound before the settings existed remain, the one-time step giving them theirs.

The settings are kept in the database (every desk and the command line compose the same 档号), so only the department
manager changes them; everyone else sees them read-only. Files already bound keep their 档号 whatever changes here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.archive import (
    RETENTION_NAMES,
    ArchiveSettings,
    CodeChange,
    archival_code_preview,
    archive_settings,
    change_archive_settings,
    check_settings,
    example_code,
    give_archival_codes,
    old_style_count,
)
from app.desk import Actor, Desk
from app.errors import AppError, ChangedMeanwhile
from app.permissions import Action
from ui.form_dialog import error_label
from ui.lists import RowsModel, read_only_table
from ui.translations import app_text, error_text
from ui.window_parts import fit_to_screen


class ArchiveSettingsDialog(QDialog):
    """``saved(ArchiveSettings)`` after each commit; the app's refusal is shown in the dialog, which stays open."""

    saved = Signal(object)
    codes_given = Signal(int)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.may_change = desk.may(actor, Action.CONFIGURE_ARCHIVE)
        self.setObjectName("archive-settings-dialog")
        self.setWindowTitle(self.tr("Archive settings"))
        with desk.read(actor) as work:
            current = archive_settings(work)
            self.old_style = old_style_count(work)
        self.current = current
        self.year = desk.clock().year  # the example: a file of this year

        note = QLabel(
            self.tr(
                "The fonds (全宗) is the organisation that keeps the record, such as the management company's "
                "customer-services department, not the building. A file's archival code (档号) is made from these "
                "settings when it is bound and never changes afterwards."
            ),
            self,
        )
        note.setObjectName("archive-settings-note")
        note.setWordWrap(True)
        self.unconfirmed = QLabel(
            self.tr("These are the defaults: the department manager has not confirmed them yet."), self
        )
        self.unconfirmed.setObjectName("archive-settings-unconfirmed")
        self.unconfirmed.setWordWrap(True)
        self.unconfirmed.setVisible(not current.configured)

        self.fonds_name = self._edit("fonds-name", current.fonds_name, 100)
        self.fonds_code = self._edit("fonds-code", current.fonds_code, 20)
        self.catalogue_no = self._edit("catalogue-no", current.catalogue_no, 20)
        self.pattern = self._edit("code-pattern", current.code_pattern, 100)
        self.pattern.setToolTip(
            self.tr(
                "Parts: {全宗号} {年度} {保管期限} {目录号} {案卷号:04}. {年度} and {案卷号} are needed; "
                "everything else is written as it is. The number counts within the fonds and year; per retention "
                "period when {保管期限} comes before {年度}."
            )
        )
        self.retention_edits: dict[str, QLineEdit] = {}
        codes_row = QHBoxLayout()
        for retention, name in RETENTION_NAMES.items():
            edit = self._edit(f"retention-code-{retention}", current.retention_codes[retention], 20)
            edit.setMaximumWidth(90)
            self.retention_edits[retention] = edit
            caption = QLabel(app_text("retention", name), self)
            caption.setBuddy(edit)
            codes_row.addWidget(caption)
            codes_row.addWidget(edit)
        codes_row.addStretch(1)
        self.example = QLabel(self)
        self.example.setObjectName("archive-code-example")
        self.example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.example.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Fonds &name (全宗名称):"), self.fonds_name)
        form.addRow(self.tr("Fonds &code (全宗号):"), self.fonds_code)
        form.addRow(self.tr("Catalo&gue no. (目录号):"), self.catalogue_no)
        form.addRow(self.tr("Archival code &pattern:"), self.pattern)
        codes_label = QLabel(self.tr("Retention codes:"), self)
        form.addRow(codes_label, codes_row)
        form.addRow(self.tr("Example:"), self.example)

        self.old_label = QLabel(self)
        self.old_label.setObjectName("old-style-files")
        self.old_label.setWordWrap(True)
        self.give_button = QPushButton(self.tr("&Give old files their archival codes…"), self)
        self.give_button.setObjectName("give-archival-codes")
        self.give_button.clicked.connect(self.give_codes)
        self.give_button.setEnabled(self.may_change)

        self.error = error_label(self, "archive-settings", room=2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.unconfirmed)
        layout.addLayout(form)
        layout.addWidget(self.old_label)
        layout.addWidget(self.give_button, 0, Qt.AlignmentFlag.AlignLeft)
        if not self.may_change:
            self.read_only_note = QLabel(self.tr("Only the department manager changes the archive settings."), self)
            self.read_only_note.setObjectName("archive-settings-read-only")
            layout.addWidget(self.read_only_note)
            for widget in self._inputs():
                widget.setReadOnly(True)
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for widget in self._inputs():
            widget.textChanged.connect(self.update_example)
        self.update_example()
        self._show_old_style()
        self.resize(640, self.sizeHint().height())

    def _edit(self, name: str, text: str, limit: int) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setMaxLength(limit)
        return edit

    def _inputs(self) -> list[QLineEdit]:
        return [self.fonds_name, self.fonds_code, self.catalogue_no, self.pattern, *self.retention_edits.values()]

    def values(self) -> dict[str, object]:
        return {
            "fonds_name": self.fonds_name.text(),
            "fonds_code": self.fonds_code.text().strip(),
            "catalogue_no": self.catalogue_no.text().strip(),
            "code_pattern": self.pattern.text(),
            "retention_codes": {r: e.text().strip() for r, e in self.retention_edits.items()},
        }

    def checked(self) -> ArchiveSettings:
        """The settings as typed, checked by the app's own rules (ValidationError when something is wrong)."""
        return check_settings(**self.values())  # type: ignore[arg-type]

    def update_example(self) -> None:
        """The 档号 a 30-year file of this year would get, as the settings are typed; or what is wrong."""
        try:
            settings = self.checked()
        except AppError as err:
            self.example.setText(error_text(err))
            self.example.setStyleSheet("color: #b00020;")
            return
        self.example.setStyleSheet("")
        self.example.setText(example_code(settings, year=self.year, serial=13))

    def _show_old_style(self) -> None:
        self.old_label.setText(
            self.tr(
                "%n file(s) were bound before these settings existed and still have an old number; they get their "
                "archival code once, and keep the old one as 原编号.",
                "",
                self.old_style,
            )
        )
        self.old_label.setVisible(self.old_style > 0)
        self.give_button.setVisible(self.old_style > 0)

    def save(self) -> bool:
        """Save the settings as typed (the dialog stays open); False, with the app's refusal shown, if refused."""
        try:
            with self.desk.work(self.actor) as work:
                result = change_archive_settings(work, **self.values(), as_read=self.current)  # type: ignore[arg-type]
        except ChangedMeanwhile as err:
            self._reload()  # saved meanwhile at another desk: theirs shown, to check and save again
            self.error.setText(error_text(err))
            self.error.setVisible(True)
            return False
        except AppError as err:
            self.error.setText(error_text(err))
            self.error.setVisible(True)
            return False
        self.error.setVisible(False)
        self.current = result
        self.unconfirmed.setVisible(False)
        self.saved.emit(result)
        return True

    def _reload(self) -> None:
        with self.desk.read(self.actor) as work:
            self.current = archive_settings(work)
        for edit, text in (
            (self.fonds_name, self.current.fonds_name),
            (self.fonds_code, self.current.fonds_code),
            (self.catalogue_no, self.current.catalogue_no),
            (self.pattern, self.current.code_pattern),
        ):
            edit.setText(text)
        for retention, edit in self.retention_edits.items():
            edit.setText(self.current.retention_codes[retention])
        self.unconfirmed.setVisible(not self.current.configured)

    def accept(self) -> None:
        if not self.may_change:
            super().reject()
            return
        if self.save():
            super().accept()

    def give_codes(self) -> CodesDialog | None:
        """The one-time step: the settings as typed are saved first (the codes are made with them), then the
        preview, then the codes are given on the manager's word."""
        if not self.may_change or not self.save():
            return None
        with self.desk.read(self.actor) as work:
            changes = archival_code_preview(work)
        dialog = CodesDialog(self.desk, self.actor, changes, self)
        dialog.finished.connect(lambda _result: self._after_codes(dialog))
        dialog.open()
        return dialog

    def _after_codes(self, dialog: CodesDialog) -> None:
        if dialog.given:
            self.codes_given.emit(dialog.given)
        with self.desk.read(self.actor) as work:
            self.old_style = old_style_count(work)
        self._show_old_style()


class CodeChangesModel(RowsModel[CodeChange]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Old number (原编号)"), self.tr("Archival code (档号)"), self.tr("Year"), self.tr("Customer"))

    def cell(self, row: CodeChange, column: int) -> object:
        return (row.former_file_number, row.file_number, str(row.year), row.customer)[column]


class CodesDialog(QDialog):
    """The preview of the one-time step, and its confirmation (Cancel is the default: it cannot be undone)."""

    def __init__(self, desk: Desk, actor: Actor, changes: list[CodeChange], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.changes = changes
        self.given = 0
        self.setObjectName("archival-codes-dialog")
        self.setWindowTitle(self.tr("Give old files their archival codes"))
        text = QLabel(
            self.tr(
                "These %n file(s) get the archival code shown. Their old number stays as 原编号: it is printed "
                "small and still finds the file. This is done once and cannot be undone.",
                "",
                len(changes),
            ),
            self,
        )
        text.setWordWrap(True)
        self.model = CodeChangesModel(self)
        self.model.set_rows(changes)
        self.table = read_only_table(self.model, self, "archival-codes")
        self.error = error_label(self, "archival-codes")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.give_button = self.buttons.addButton(self.tr("&Give the codes"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.give_button.setObjectName("give")
        self.give_button.setAutoDefault(False)
        self.give_button.setEnabled(bool(changes))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        fit_to_screen(self, 720, 480)

    def accept(self) -> None:
        try:
            with self.desk.work(self.actor) as work:
                self.given = give_archival_codes(work, len(self.changes))
        except AppError as err:
            self.error.setText(error_text(err))
            self.error.setVisible(True)
            return
        super().accept()


class SettingsNotice(QWidget):
    """Asked for at the first archiving: while the manager has not confirmed the archive settings, the wizard says
    which settings the 档号 will be made with. The manager opens the settings from here (the wizard opens them by
    itself once); a supervisor is told the defaults apply and may go on, or ask the manager first."""

    confirmed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.dialog: ArchiveSettingsDialog | None = None
        self.setObjectName("archive-settings-notice")
        self.text = QLabel(self)
        self.text.setObjectName("archive-settings-ask")
        self.text.setWordWrap(True)
        self.text.setStyleSheet("background: #fff4ce; padding: 6px;")
        manager = desk.may(actor, Action.CONFIGURE_ARCHIVE)
        self.button = QPushButton(
            self.tr("Archive &settings…") if manager else self.tr("&Show the archive settings…"), self
        )
        self.button.setObjectName("open-archive-settings")
        self.button.clicked.connect(self.open_settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def needed(self) -> bool:
        with self.desk.read(self.actor) as work:
            return not archive_settings(work).configured

    def refresh(self) -> None:
        with self.desk.read(self.actor) as work:
            settings = archive_settings(work)
        year = self.desk.clock().year - 1
        values = {
            "example": example_code(settings, year=year, serial=1),
            "name": settings.fonds_name,
            "code": settings.fonds_code,
        }
        if self.desk.may(self.actor, Action.CONFIGURE_ARCHIVE):
            text = self.tr(
                "The archive settings are not confirmed yet. Files bound now get archival codes like {example}, "
                "under the fonds “{name}” ({code}), and keep them for good: check the settings before the first "
                "archiving."
            )
        else:
            text = self.tr(
                "The department manager has not confirmed the archive settings yet. Files bound now get archival "
                "codes like {example}, under the fonds “{name}” ({code}), and keep them for good. You may go on "
                "with these defaults, or ask the department manager to confirm the settings first."
            )
        self.text.setText(text.format(**values))
        self.setVisible(not settings.configured)

    def open_settings(self) -> ArchiveSettingsDialog:
        dialog = ArchiveSettingsDialog(self.desk, self.actor, self.window())
        dialog.saved.connect(lambda _settings: self.refresh())
        dialog.saved.connect(lambda _settings: self.confirmed.emit())
        self.dialog = dialog
        dialog.open()
        return dialog
