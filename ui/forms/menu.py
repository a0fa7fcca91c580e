"""The forms room in the main window: the Forms menu (表单) — the registers of the 18 forms, New form… (for the
unit or dossier in front), Print blank form… — and 填写表单… on a unit card."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMenu, QVBoxLayout, QWidget

from app.building import UnitCard
from app.dossier import read_dossier
from app.errors import AppError
from app.forms import form_definitions
from app.permissions import Action
from ui import messages
from ui.forms.editor import FormEditor, form_title
from ui.forms.registers import FormsRegister, preview_form
from ui.printing import PrintoutBuilder
from ui.translations import form_label
from ui.window_parts import MenuChoices, WindowPart, Workbench


class FormChoice(QDialog):
    """Which of the 18 forms: for a new form (``place`` says for whom) or a blank one to print."""

    def __init__(self, title: str, place: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form-choice")
        self.setWindowTitle(title)
        self.kind = QComboBox(self)
        self.kind.setObjectName("form-kind")
        for form in form_definitions().values():
            self.kind.addItem(form_title(form), form.code)
        form = QFormLayout()
        if place:
            shown = QLabel(place, self)
            shown.setObjectName("place")
            form.addRow(form_label(self.tr("For")), shown)
        form.addRow(form_label(self.tr("&Form")), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def code(self) -> str:
        return str(self.kind.currentData())


class FormsMenu(WindowPart):
    """The top-level Forms menu (表单); the register window is modeless beside the floors, one at a time."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.register: FormsRegister | None = None
        self.prints: PrintoutBuilder | None = None
        may = window.desk.may(window.actor, Action.RECORD_FORM)
        menu = window.add_menu(self.tr("F&orms"))
        menu.setObjectName("forms-menu")
        self.registers_action = self.action(self.tr("Form &registers…"))
        self.registers_action.setObjectName("form-registers")
        self.registers_action.triggered.connect(lambda: self.show_register())
        self.new_action = self.action(self.tr("&New form…"), enabled=may)
        self.new_action.setObjectName("new-form")
        self.new_action.triggered.connect(lambda: self.new_form())
        self.blank_action = self.action(self.tr("Print &blank form…"), "print")
        self.blank_action.setObjectName("print-blank-form")
        self.blank_action.triggered.connect(lambda: self.blank_form())
        for action in (self.registers_action, self.new_action, self.blank_action):
            menu.addAction(action)

    def show_register(self) -> FormsRegister:
        if self.register is None:
            self.register = FormsRegister(self.window.desk, self.window.actor, self.window.open_dossier, self.parent())
            self.register.destroyed.connect(lambda _o=None: setattr(self, "register", None))
            self.window.show_report(self.register)
        else:
            self.register.load()
            self.register.show()
            self.register.raise_()
        return self.register

    def _in_front(self) -> tuple[int | None, int | None, str]:
        """The tenancy and unit of the dossier in front or the selected card, and how to name them."""
        card = self.window.current_card()
        dossier_id = self.window.dossier_tab_in_front()
        if dossier_id is not None:
            try:
                with self.window.desk.read(self.window.actor) as work:
                    view = read_dossier(work, dossier_id)
            except AppError:
                return None, None, ""
            return view.tenancy_id, None, f"{view.customer.name}（{view.unit}）"
        if card is not None:
            return card.tenancy_id, card.unit_id, f"{card.customer or ''}（{card.number}）"
        return None, None, ""

    def new_form(self, card: UnitCard | None = None) -> FormChoice:
        if card is not None:
            tenancy_id, unit_id, place = card.tenancy_id, card.unit_id, f"{card.customer or ''}（{card.number}）"
        else:
            tenancy_id, unit_id, place = self._in_front()
        choice = FormChoice(self.tr("New form"), place, self.parent())

        def chosen() -> None:
            editor = FormEditor(
                self.window.desk,
                self.window.actor,
                choice.code(),
                tenancy_id=tenancy_id,
                unit_id=unit_id,
                place=place,
                parent=self.parent(),
            )
            editor.saved.connect(lambda _info: self.register.load() if self.register is not None else None)
            self.window.open_dialog(editor)
            self.editor = editor

        choice.accepted.connect(chosen)
        self.window.open_dialog(choice)
        return choice

    def blank_form(self) -> FormChoice:
        choice = FormChoice(self.tr("Print blank form"), "", self.parent())

        def chosen() -> None:
            if self.prints is None:
                self.prints = PrintoutBuilder(self.window.desk, self.window.actor, self.parent())
            if not preview_form(self.prints, choice.code(), None, None):
                messages.tell(self.parent(), self.tr("Another printout is still being made; try again in a moment."))

        choice.accepted.connect(chosen)
        self.window.open_dialog(choice)
        return choice

    def card_menu(self, menu: QMenu, card: UnitCard, selected: Sequence[UnitCard]) -> MenuChoices:
        fill = menu.addAction(self.tr("Fill in a &form…"))
        fill.setEnabled(self.window.desk.may(self.window.actor, Action.RECORD_FORM))
        return {fill: lambda: self.new_form(card)}

    def close(self) -> None:
        if self.register is not None:
            self.register.close()
        if self.prints is not None:
            self.prints.cleanup()
