"""Adding or editing an authorised signatory, ending an authority, and lodging a seal specimen (issue 20)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.customers import (
    SEAL_NAMES,
    SignatoryInfo,
    SignatoryInput,
    add_seal_specimen,
    add_signatory,
    edit_signatory,
    end_authority,
    read_signatory,
    reveal_signatory_id_number,
)
from app.desk import Actor, Desk, Work
from app.errors import AppError, ReadOnly
from app.permissions import Action, allowed
from app.privacy import MASK
from ui.customers.specimens import SpecimenPicture, choose_picture, seal_name
from ui.form_dialog import FormDialog, date_edit, from_qdate, optional_date, optional_date_edit, to_qdate
from ui.translations import error_text


class PictureInput(QWidget):
    """A specimen picture to lodge: Choose… and a preview of the chosen file (or of the specimen on record)."""

    def __init__(self, parent: FormDialog, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.path: Path | None = None
        self.preview = SpecimenPicture(self)
        self.choose_button = QPushButton(self.tr("C&hoose picture…"), self)
        self.choose_button.setObjectName("choose-picture")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("picture-file")
        self.file_label.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.choose_button)
        side.addWidget(self.file_label, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(side, 1)
        self.chosen_callback = parent.validate
        self.preview.show_file(None)

    def choose(self) -> None:
        path = choose_picture(self)
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(path.name)
        self.preview.show_file(path)
        self.chosen_callback()


class SignatoryDialog(FormDialog):
    """A new authorised signatory of ``customer_id``, or ``signatory`` edited; a chosen picture is lodged as the
    signature specimen (a newer one replaces the one shown, the older stays on record)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        customer_id: int,
        signatory: SignatoryInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, actor, parent)
        self.customer_id = customer_id
        self.signatory = signatory
        self.setObjectName("signatory-dialog")
        self.setProperty("helpTopic", "signatories")
        self.setWindowTitle(
            self.tr("New authorised signatory")
            if signatory is None
            else self.tr("Authorised signatory — {name}").format(name=signatory.name)
        )
        self.name_edit = QLineEdit(self)
        self.add_row("signatory.name", self.tr("&Name:"), self.name_edit)
        self.id_number_edit = QLineEdit(self)
        self.add_row("signatory.id_number", self.tr("&ID number:"), self.id_number_edit)
        # A masked ID number (R16) is shown in full by Reveal, a line in the audit log (as the customer's is).
        self.reveal_button = self.add_reveal(self.id_number_edit, "reveal-id-number", self.reveal)
        self.position_edit = QLineEdit(self)
        self.position_edit.setPlaceholderText(self.tr("e.g. office manager"))
        self.add_row("signatory.position", self.tr("&Position:"), self.position_edit)
        self.valid_from = date_edit(self, desk.clock().date())
        self.add_row("signatory.valid_from", self.tr("Authorised &from:"), self.valid_from)
        self.valid_to = optional_date_edit(self, "signatory.valid_to", self.tr("until further notice"))
        self.add_row("signatory.valid_to", self.tr("Authorised &until:"), self.valid_to)
        self.picture = PictureInput(self, "signatory.specimen")
        self.add_row("signatory.specimen", self.tr("Signature &specimen:"), self.picture)
        if signatory is not None:
            self.fill(signatory)
        self.finish()
        self.resize(520, self.sizeHint().height())

    def reveal(self) -> str | None:
        """The whole number after recording the reveal; None (and why, under the input) if refused."""
        assert self.signatory is not None
        try:
            with self.desk.work(self.actor) as work:
                number = reveal_signatory_id_number(work, self.signatory.id)
        except ReadOnly:
            text = self.tr("This file is open read-only, so looking at the number cannot be recorded: it stays masked.")
            self._reveal_refused(text)
            return None
        except AppError as err:
            self._reveal_refused(error_text(err))
            return None
        self.id_number_edit.setText(number)
        self._read["signatory.id_number"] = number  # as if read so: a merge after a change meanwhile compares with it
        self.signatory_number = number
        self.reveal_button.hide()
        return number

    def _reveal_refused(self, text: str) -> None:
        self._app_errors["signatory.id_number"] = text
        self.validate()
        self.reveal_button.setEnabled(False)

    def fill(self, signatory: SignatoryInfo) -> None:
        self.signatory = signatory
        self.signatory_number = signatory.id_number
        self.name_edit.setText(signatory.name)
        self.id_number_edit.setText(signatory.id_number)
        self.reveal_button.setVisible(
            signatory.id_number_masked and allowed(self.actor.role, Action.REVEAL_PERSONAL_DATA)
        )
        self.reveal_button.setEnabled(True)
        self.position_edit.setText(signatory.position)
        self.valid_from.setDate(to_qdate(signatory.valid_from))
        if signatory.valid_to is not None:
            self.valid_to.setDate(to_qdate(signatory.valid_to))
        if self.picture.path is None:
            self.picture.preview.show_specimen(
                self.desk, self.actor, signatory.specimen.id if signatory.specimen else None
            )

    def reload(self, work: Work) -> None:
        if self.signatory is not None:
            self.fill(read_signatory(work, self.signatory.id))

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "signatory.name", self.name_edit.text())
        number = self.id_number_edit.text().strip()
        shown = self.signatory_number if self.signatory is not None else ""
        if MASK in number and number != shown:
            problems["signatory.id_number"] = self.tr("Type the whole ID number.")
        until = optional_date(self.valid_to)
        if until is not None and until < from_qdate(self.valid_from.date()):
            problems["signatory.valid_to"] = self.tr("The authority cannot end before it begins.")
        return problems

    def data(self) -> SignatoryInput:
        return SignatoryInput(
            name=self.name_edit.text(),
            id_number=self.id_number_edit.text(),
            position=self.position_edit.text(),
            valid_from=from_qdate(self.valid_from.date()),
            valid_to=optional_date(self.valid_to),
        )

    def save(self, work: Work) -> object:
        if self.signatory is None:
            return add_signatory(work, self.customer_id, self.data(), self.picture.path)
        return edit_signatory(
            work, self.signatory.id, self.data(), self.picture.path, expected_version=self.signatory.version
        )


class EndAuthorityDialog(FormDialog):
    """End a signatory's authority on a day: the last day they may sign for the customer."""

    def __init__(self, desk: Desk, actor: Actor, signatory: SignatoryInfo, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.signatory = signatory
        self.setObjectName("end-authority-dialog")
        self.setProperty("helpTopic", "signatories")
        self.setWindowTitle(self.tr("End the authority — {name}").format(name=signatory.name))
        note = QLabel(
            self.tr("From the day after, an application signed by {name} is flagged as not authorised.").format(
                name=signatory.name
            ),
            self,
        )
        note.setWordWrap(True)
        self.last_day = date_edit(self, desk.clock().date())
        self.add_row("signatory.valid_to", self.tr("&Last day of the authority:"), self.last_day)
        self.finish(note)
        self.resize(440, self.sizeHint().height())

    def save(self, work: Work) -> object:
        return end_authority(
            work, self.signatory.id, from_qdate(self.last_day.date()), expected_version=self.signatory.version
        )


class SealSpecimenDialog(FormDialog):
    """Lodge a specimen of one of the company's seals; it replaces the earlier one of that seal for comparison."""

    def __init__(self, desk: Desk, actor: Actor, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.customer_id = customer_id
        self.setObjectName("seal-specimen-dialog")
        self.setProperty("helpTopic", "signatories")
        self.setWindowTitle(self.tr("Lodge a seal specimen"))
        self.kind_box = QComboBox(self)
        for kind in SEAL_NAMES:
            self.kind_box.addItem(seal_name(kind), kind)
        self.add_row("seal.kind", self.tr("&Seal:"), self.kind_box)
        self.lodged_on = date_edit(self, desk.clock().date())
        self.add_row("seal.lodged_on", self.tr("&Lodged on:"), self.lodged_on)
        self.picture = PictureInput(self, "seal.specimen")
        self.add_row("seal.specimen", self.tr("Seal s&pecimen:"), self.picture)
        self.finish()
        self.resize(480, self.sizeHint().height())

    def problems(self) -> dict[str, str]:
        return {} if self.picture.path is not None else {"seal.specimen": ""}

    def save(self, work: Work) -> object:
        assert self.picture.path is not None
        return add_seal_specimen(
            work,
            self.customer_id,
            str(self.kind_box.currentData()),
            from_qdate(self.lodged_on.date()),
            self.picture.path,
        )
