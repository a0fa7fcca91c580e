"""Printing scan cover sheets (扫描封面): for which dossier(s), the category, a title and date if known, copies.

The app builds the PDF (``app.inbox.print_covers``) off the UI thread; the dialog opens it in the print preview,
which prints or saves exactly that file (and records it in the audit log once it is delivered, R16).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk, Work
from app.dossier import CATEGORIES
from app.errors import AppError
from app.inbox import DEFAULT_CATEGORIES, MAX_COPIES, CoverSheet, cover_sheets, print_covers
from ui.form_dialog import error_label, optional_date, optional_date_edit
from ui.printing import PrintoutBuilder, PrintPreviewDialog
from ui.translations import app_text, error_text

DOSSIER, FLOOR, BLANK = "dossier", "floor", "blank"
TITLE_LIMIT = 100  # a document's title, as app.inbox.covers checks it


class CoverSheetsDialog(QDialog):
    """Choose the cover sheets, then Preview… shows them in the print preview (``preview`` once it is open)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        *,
        dossier_id: int | None = None,
        floor_id: int | None = None,
        floor_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.dossier_id = dossier_id
        self.floor_id = floor_id
        self.preview: PrintPreviewDialog | None = None
        self.setObjectName("cover-sheets-dialog")
        self.setProperty("helpTopic", "scan-covers")  # F1: the user guide's page
        self.setWindowTitle(self.tr("Print scan cover sheets"))

        dossier = self._dossier_caption() if dossier_id is not None else ""
        what = QGroupBox(self.tr("Cover sheets for"), self)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        what_layout = QVBoxLayout(what)
        on_floor = self.tr("Every live dossier on this floor ({floor})").format(floor=floor_label)
        scopes = [
            (DOSSIER, dossier, dossier_id is not None),
            (FLOOR, on_floor, floor_id is not None),
            (BLANK, self.tr("No dossier: blank sheets, the dossier is chosen when filing"), True),
        ]
        for code, caption, available in scopes:
            button = QRadioButton(caption, what)
            button.setObjectName(f"scope-{code}")
            button.setVisible(available)  # a dossier's own sheets offer no floor, Tools without a dossier none
            self.scope_group.addButton(button)
            self.scope_buttons[code] = button
            what_layout.addWidget(button)
        first = next(code for code, _caption, available in scopes if available)
        self.scope_buttons[first].setChecked(True)

        self.category_box = QComboBox(self)
        self.category_box.setObjectName("category")
        usual = "、".join(app_text("category", c.name) for c in CATEGORIES if c.code in DEFAULT_CATEGORIES)
        self.category_box.addItem(self.tr("One sheet each: {categories}").format(categories=usual), None)
        for category in CATEGORIES:
            self.category_box.addItem(app_text("category", category.name), category.code)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(TITLE_LIMIT)
        self.title_edit.setPlaceholderText(self.tr("Empty: a line to write the title on"))
        self.date_edit = optional_date_edit(self, "date", self.tr("None: a line to write the date on"))
        self.copies_spin = QSpinBox(self)
        self.copies_spin.setObjectName("copies")
        self.copies_spin.setRange(1, MAX_COPIES)
        form = QFormLayout()
        form.addRow(self.tr("&Category:"), self.category_box)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("C&opies of each sheet:"), self.copies_spin)
        for field, label in (
            (self.category_box, form.labelForField(self.category_box)),
            (self.title_edit, form.labelForField(self.title_edit)),
            (self.date_edit, form.labelForField(self.date_edit)),
            (self.copies_spin, form.labelForField(self.copies_spin)),
        ):
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.error = error_label(self, "covers", room=2)

        self.printouts = PrintoutBuilder(desk, actor, self)
        self.printouts.shown.connect(self._shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.preview_button = buttons.addButton(self.tr("&Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.setObjectName("preview")
        self.preview_button.setDefault(True)
        buttons.accepted.connect(self.build)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.scope_group.buttonToggled.connect(self._changed)
        self.category_box.currentIndexChanged.connect(self._changed)
        self.copies_spin.valueChanged.connect(self._changed)
        self._changed()

    # -- choices --------------------------------------------------------------------------------

    def _dossier_caption(self) -> str:
        """The choice of this dossier, with its number and units as its cover sheet shows them."""
        with self.desk.read(self.actor) as work:
            (sheet,) = cover_sheets(work, dossier_id=self.dossier_id, category=DEFAULT_CATEGORIES[0])
        return self.tr("This dossier: {number} in {units}").format(number=sheet.code.dossier_number, units=sheet.units)

    def scope(self) -> str:
        button = self.scope_group.checkedButton()
        return next((c for c, b in self.scope_buttons.items() if b is button), BLANK)

    def _sheets(self, work: Work) -> list[CoverSheet]:
        scope = self.scope()
        return cover_sheets(
            work,
            dossier_id=self.dossier_id if scope == DOSSIER else None,
            floor_id=self.floor_id if scope == FLOOR else None,
            blank=scope == BLANK,
            category=self.category_box.currentData(),
            title=self.title_edit.text(),
            day=optional_date(self.date_edit),
        )

    def _changed(self, *_args: object) -> None:
        if self.scope_group.checkedButton() is None:
            return
        try:
            with self.desk.read(self.actor) as work:
                count = len(self._sheets(work)) * self.copies_spin.value()
        except AppError as err:
            self._say(error_text(err))
            self.count_label.setText("")
            return
        self.error.setVisible(False)
        self.count_label.setText(self.tr("%n page(s) to print.", "", count))
        self.preview_button.setEnabled(True)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.preview_button.setEnabled(False)

    # -- building -------------------------------------------------------------------------------

    def build(self) -> bool:
        """Check the choices, then make the PDF on a worker and open the print preview; False if refused or busy."""
        try:
            with self.desk.read(self.actor) as work:
                sheets = self._sheets(work)  # a title too long, a floor without live dossiers: said here
        except AppError as err:
            self._say(error_text(err))
            return False
        copies = self.copies_spin.value()
        scope = self.scope()
        title = self.tr("Scan cover sheets")
        return self.printouts.build(
            lambda work, target: print_covers(work, sheets, target, copies=copies),
            f"scan-covers-{scope}.pdf",
            title,
            dossier_id=self.dossier_id if scope == DOSSIER else None,
        )

    def _shown(self, preview: PrintPreviewDialog) -> None:
        self.preview = preview

    def done(self, result: int) -> None:
        self.printouts.cleanup()
        super().done(result)
