"""The customer's specimens as pictures (issue 20): beside an application form for comparison, and in the dossier.

``SpecimensPanel`` shows the authorised signatories — each signature as a picture, the name, position and dates of
the authority — and the company's seals as lodged. A signatory whose authority has ended before the application's
date, or begins after it, is flagged in red with words (never by colour alone). Every picture is read through the app,
which checks it against its SHA-256: an altered or missing scan shows why instead of a picture.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.customers import SEAL_NAMES, Authority, SignatoryInfo, SpecimenSheet, specimen_image
from app.desk import Actor, Desk
from app.errors import AppError
from ui import places
from ui.form_dialog import FormDialog
from ui.translations import app_text, error_text, format_date

FLAG_STYLE = "color: #b71c1c; font-weight: bold;"  # the red of the app's warnings, with words beside it
PICTURE_SIZE = QSize(200, 90)


def seal_name(kind: str | None) -> str:
    return app_text("seal", SEAL_NAMES.get(kind or "", kind or ""))


def authority_text(signatory: SignatoryInfo, day: dt.date) -> tuple[str, bool]:
    """What the desk reads about a signatory's authority on ``day``, and whether it is a flag (not authorised)."""
    state = signatory.authority_on(day)
    if state is Authority.ENDED:
        assert signatory.valid_to is not None
        text = QCoreApplication.translate("SpecimensPanel", "Not authorised: the authority ended on {date}.")
        return text.format(date=format_date(signatory.valid_to)), True
    if state is Authority.NOT_YET:
        text = QCoreApplication.translate("SpecimensPanel", "Not authorised yet: the authority begins on {date}.")
        return text.format(date=format_date(signatory.valid_from)), True
    if signatory.valid_to is None:
        text = QCoreApplication.translate("SpecimensPanel", "Authorised since {start}.")
        return text.format(start=format_date(signatory.valid_from)), False
    text = QCoreApplication.translate("SpecimensPanel", "Authorised from {start} to {end}.")
    return text.format(start=format_date(signatory.valid_from), end=format_date(signatory.valid_to)), False


def choose_picture(parent: QWidget) -> Path | None:
    """A scanned specimen (PNG or JPG) chosen by the clerk, or None."""
    caption = QCoreApplication.translate("SpecimensPanel", "Choose the scanned specimen")
    kinds = QCoreApplication.translate("SpecimensPanel", "Pictures (*.png *.jpg *.jpeg)")
    settings = places.window_settings(parent)
    chosen, _ = QFileDialog.getOpenFileName(parent, caption, str(places.start_folder("scans", settings)), kinds)
    if not chosen:
        return None
    places.remember_folder("scans", settings, Path(chosen))
    return Path(chosen)


class SpecimenPicture(QLabel):
    """One specimen as a picture scaled to fit, or in words why it cannot be shown."""

    def __init__(self, parent: QWidget, size: QSize = PICTURE_SIZE) -> None:
        super().__init__(parent)
        self.setObjectName("specimen-picture")
        self.box = size
        self.setFixedSize(size)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setWordWrap(True)
        self.specimen_id: int | None = None
        self.problem = ""  # why the picture is not shown (a damaged or missing scan), as the label says

    def show_specimen(self, desk: Desk, actor: Actor, specimen_id: int | None) -> None:
        self.specimen_id = specimen_id
        self.problem = ""
        self.setStyleSheet("")
        if specimen_id is None:
            self.setText(self.tr("No specimen lodged"))
            return
        try:
            with desk.read(actor) as work:
                image = specimen_image(work, specimen_id)
        except AppError as err:
            self._refuse(error_text(err))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(image.data):
            self._refuse(self.tr("The picture cannot be shown."))
            return
        self._show(pixmap)

    def show_file(self, path: Path | None) -> None:
        """A picture chosen on the disk, before it is lodged."""
        self.specimen_id = None
        self.problem = ""
        self.setStyleSheet("")
        if path is None:
            self.setText(self.tr("No specimen chosen"))
            return
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self._refuse(self.tr("The picture cannot be shown."))
            return
        self._show(pixmap)

    def _show(self, pixmap: QPixmap) -> None:
        self.setPixmap(
            pixmap.scaled(
                self.box - QSize(4, 4), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def _refuse(self, text: str) -> None:
        self.problem = text
        self.setToolTip(text)
        self.setStyleSheet(FLAG_STYLE)
        self.setText(self.tr("Not shown: the scan is damaged or missing."))


class SpecimensPanel(QGroupBox):
    """The specimens to compare an application with: ``show_sheet`` with the customer's, ``set_day`` with its date."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.actor = desk, actor
        self.setObjectName("specimens-panel")
        self.setTitle(self.tr("Specimens for comparison"))
        self.sheet: SpecimenSheet | None = None
        self.day = desk.clock().date()
        self.flags: dict[int, QLabel] = {}  # signatory id → the line about their authority
        self.pictures: list[SpecimenPicture] = []
        self.note = QLabel(self)
        self.note.setObjectName("specimens-note")
        self.note.setWordWrap(True)
        self.body = QWidget(self)
        self.rows = QVBoxLayout(self.body)
        self.rows.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("specimens-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        self.setFixedWidth(PICTURE_SIZE.width() + 80)
        self.show_sheet(None, self.day)

    def show_sheet(self, sheet: SpecimenSheet | None, day: dt.date) -> None:
        self.sheet, self.day = sheet, day
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.flags.clear()
        self.pictures.clear()
        if sheet is None:
            self.note.setText(self.tr("Choose the unit: the specimens of its customer are shown here."))
            return
        if not (sheet.signatories or sheet.seals):
            self.note.setText(
                self.tr("No signatories or seals are on record for {customer}.").format(customer=sheet.customer_name)
            )
            return
        self.note.setText(sheet.customer_name)
        if sheet.signatories:
            self.rows.addWidget(self._heading(self.tr("Authorised signatories")))
        for signatory in sheet.signatories:
            self.rows.addWidget(self._signatory(signatory))
        if sheet.seals:
            self.rows.addWidget(self._heading(self.tr("Seals")))
        for seal in sheet.seals:
            picture = SpecimenPicture(self.body)
            picture.show_specimen(self.desk, self.actor, seal.id)
            self.pictures.append(picture)
            caption = QLabel(
                self.tr("{seal}, lodged on {date}").format(seal=seal_name(seal.seal), date=format_date(seal.lodged_on)),
                self.body,
            )
            caption.setWordWrap(True)
            self.rows.addWidget(self._block(picture, caption))
        self.rows.addStretch(1)
        self.set_day(day)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self.body)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _block(self, *widgets: QWidget) -> QWidget:
        block = QWidget(self.body)
        column = QVBoxLayout(block)
        column.setContentsMargins(0, 0, 0, 6)
        for widget in widgets:
            column.addWidget(widget)
        return block

    def _signatory(self, signatory: SignatoryInfo) -> QWidget:
        picture = SpecimenPicture(self.body)
        picture.show_specimen(self.desk, self.actor, signatory.specimen.id if signatory.specimen else None)
        self.pictures.append(picture)
        who = (
            self.tr("{name}, {position}").format(name=signatory.name, position=signatory.position)
            if signatory.position
            else signatory.name
        )
        name = QLabel(who, self.body)
        name.setObjectName("signatory-name")
        name.setWordWrap(True)
        details = QFormLayout()
        details.setContentsMargins(0, 0, 0, 0)
        flag = QLabel(self.body)
        flag.setObjectName("authority-flag")
        flag.setProperty("signatory", signatory.name)
        flag.setWordWrap(True)
        self.flags[signatory.id] = flag
        block = self._block(picture, name, flag)
        if signatory.id_number:
            number = QLabel(self.tr("ID number: {number}").format(number=signatory.id_number), block)
            number.setWordWrap(True)
            block.layout().addWidget(number)  # type: ignore[union-attr]
        return block

    def set_day(self, day: dt.date) -> None:
        """The application's date changed: the flags say who may sign on that day."""
        self.day = day
        if self.sheet is None:
            return
        for signatory in self.sheet.signatories:
            label = self.flags.get(signatory.id)
            if label is None:
                continue
            text, flagged = authority_text(signatory, day)
            label.setText(text)
            label.setProperty("flagged", flagged)
            label.setStyleSheet(FLAG_STYLE if flagged else "")

    def flagged(self) -> list[str]:
        """The flags shown now, as the desk reads them (for a test, and a tooltip)."""
        return [label.text() for label in self.flags.values() if label.property("flagged")]


def put_beside_form(dialog: FormDialog, panel: QWidget) -> None:
    """Lay ``panel`` out to the right of ``dialog``'s inputs (after ``finish``), the buttons still below both."""
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    index = layout.indexOf(dialog.form)
    layout.removeItem(dialog.form)
    inner = QWidget(dialog)
    inner.setLayout(dialog.form)  # taken off the dialog's layout, as ui/forms/editor.py's scroll does
    row = QHBoxLayout()
    row.addWidget(inner, 1)
    row.addWidget(panel)
    layout.insertLayout(index, row, 1)
