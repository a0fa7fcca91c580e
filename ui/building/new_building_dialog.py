"""Setting up a new dossier file: the file, the building's floors and unit numbers, the first administrator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.building import DEFAULT_NUMBERING, MAX_FLOORS, MAX_UNITS_PER_FLOOR, create_building, unit_number
from app.desk import Actor, Desk
from app.errors import AppError
from app.files import new_database_file
from app.people import MIN_PASSWORD_LENGTH, create_first_admin, log_in
from ui import places
from ui.file_opening import claim_for_window
from ui.form_dialog import error_label
from ui.translations import error_text


def file_filter() -> str:
    """The file dialogs' filter for dossier files, in the interface's language (Qt's file dialog shows it)."""
    return QCoreApplication.translate("NewBuildingDialog", "Dossier Desk files (*.db)")


# The unit numberings offered, as app patterns; the clerk chooses by the words and the sample numbers, never sees
# the pattern itself (the command line takes any pattern).
# The fields checked while the clerk types (validate); the file's message comes when Create is pressed, at the top.
LIVE_CHECKS = ("building.floors", "user.login", "user.password")
NUMBERINGS = (DEFAULT_NUMBERING, "{floor}-{unit:02}", "{floor}{unit:03}", "{floor:02}{unit:02}", "{floor}-{unit}")


class NewBuildingDialog(QDialog):
    """A form checked as you type; on success ``desk`` is the new open file and ``actor`` its administrator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("New building"))
        self.errors: dict[str, QLabel] = {}

        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("file")
        self.file_edit.setPlaceholderText(self.tr("Where to save the new file"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name")
        self.lowest = self._spin("floors_from", -10, MAX_FLOORS, -2)
        self.highest = self._spin("floors_to", -10, MAX_FLOORS, 20)
        self.units = self._spin("units_per_floor", 1, MAX_UNITS_PER_FLOOR, 8)
        self.numbering_box = QComboBox(self)
        self.numbering_box.setObjectName("numbering")
        captions = {
            DEFAULT_NUMBERING: self.tr("Floor, then the unit in two digits"),
            "{floor}-{unit:02}": self.tr("Floor, a dash, then the unit in two digits"),
            "{floor}{unit:03}": self.tr("Floor, then the unit in three digits"),
            "{floor:02}{unit:02}": self.tr("Floor in two digits, then the unit in two digits"),
            "{floor}-{unit}": self.tr("Floor, a dash, then the unit"),
        }
        for pattern in NUMBERINGS:
            self.numbering_box.addItem(captions[pattern], pattern)
        self.preview = QLabel(self)
        self.preview.setObjectName("preview")
        self.login_edit = QLineEdit("admin", self)
        self.login_edit.setObjectName("login")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeat")
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.file_edit)  # the row is a layout: the label needs its buddy to show the access key
        form.addRow(file_label, file_row)
        self._error_row(form, "file")
        form.addRow(self.tr("Building &name:"), self.name_edit)
        self._error_row(form, "building.name")
        form.addRow(self.tr("&Lowest floor (−2 = B2):"), self.lowest)
        form.addRow(self.tr("&Highest floor:"), self.highest)
        self._error_row(form, "building.floors")
        form.addRow(self.tr("&Units per floor:"), self.units)
        self._error_row(form, "building.units_per_floor")
        form.addRow(self.tr("Unit &numbering:"), self.numbering_box)
        form.addRow(self.tr("Sample numbers:"), self.preview)
        self._error_row(form, "building.numbering")
        form.addRow(self.tr("Administrator &login:"), self.login_edit)
        self._error_row(form, "user.login")
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Repeat password:"), self.repeat_edit)
        self._error_row(form, "user.password")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr("Below ground the floors are B1, B2 …: the numbers of their units start with B."),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

        self.numbering_box.currentIndexChanged.connect(self.validate)
        for edit in (
            self.file_edit,
            self.name_edit,
            self.login_edit,
            self.password_edit,
            self.repeat_edit,
        ):
            edit.textChanged.connect(self.validate)
        for spin in (self.lowest, self.highest, self.units):
            spin.valueChanged.connect(self.validate)
        self.validate()
        # Wide enough to read a file path in (a 1024×768 screen has room for it).
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _spin(self, name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def _error_row(self, form: QFormLayout, field: str) -> None:
        # The rows checked as the clerk types keep a line of room for their message, so that it never moves the
        # button under the mouse; the others speak only after Create is pressed.
        label = error_label(self, field, room=1 if field in LIVE_CHECKS else 0)
        if field in LIVE_CHECKS:  # one short line each: unwrapped, so its height is the line it was given
            label.setWordWrap(False)
            label.setVisible(True)
        self.errors[field] = label
        form.addRow("", label)

    def _choose_file(self) -> None:
        folder = places.start_folder("database")  # a name typed already is shown in the folder it will go to
        typed = self.file_edit.text().strip()
        start = str(places.in_data_folder(typed) if typed else folder)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New dossier file"), start, file_filter())
        if path:
            if not path.endswith(".db"):
                path += ".db"
            self.file_edit.setText(path)

    def show_error(self, field: str | None, text: str) -> None:
        """Show a message beside the input it is about (app errors name it in ``AppError.field``)."""
        key = field or "file"
        if key in ("building.floors_from", "building.floors_to"):
            key = "building.floors"
        label = self.errors.get(key, self.errors["file"])
        label.setText(text)
        # A form layout drops a hidden row however much room it asked for: the live rows stay, empty when all is well.
        label.setVisible(bool(text) or key in LIVE_CHECKS)

    def numbering(self) -> str:
        """The app pattern of the numbering chosen."""
        return str(self.numbering_box.currentData())

    def sample_numbers(self) -> list[str]:
        """How units will be numbered: lowest floor, 1F (if present) and top floor's last unit."""
        low, high, units = self.lowest.value(), self.highest.value(), self.units.value()
        levels = [lv for lv in dict.fromkeys((low, 1, high)) if lv != 0 and low <= lv <= high]
        pattern = self.numbering()
        samples = [unit_number(pattern, lv, 1) for lv in levels[:-1]]
        if levels:
            samples.append(unit_number(pattern, levels[-1], units))
        return samples

    def validate(self) -> bool:
        problems: dict[str, str] = {}
        if not self.file_edit.text().strip():
            problems["file"] = ""  # not an error yet, just not done
        if not self.name_edit.text().strip():
            problems["building.name"] = ""
        if self.lowest.value() > self.highest.value():
            problems["building.floors"] = self.tr("The lowest floor is above the highest floor.")
        elif self.lowest.value() == self.highest.value() == 0:
            problems["building.floors"] = self.tr("The building needs at least one floor (there is no floor 0).")
        self.preview.setText(", ".join(self.sample_numbers()) or "—")  # no floors chosen yet: nothing to number
        login = self.login_edit.text().strip()
        if not login:
            problems["user.login"] = ""
        elif not login.isascii() or any(ch.isspace() for ch in login):
            problems["user.login"] = self.tr("Letters, digits and punctuation only, without spaces.")
        password = self.password_edit.text()
        if len(password) < MIN_PASSWORD_LENGTH:
            problems["user.password"] = (
                self.tr("At least {count} characters.").format(count=MIN_PASSWORD_LENGTH) if password else ""
            )
        elif password != self.repeat_edit.text():
            problems["user.password"] = self.tr("The two passwords differ.") if self.repeat_edit.text() else ""
        for field in self.errors:
            self.show_error(field, problems.get(field, ""))
        self.create_button.setEnabled(not problems)
        return not problems

    def accept(self) -> None:
        if not self.validate():
            return
        path = places.in_data_folder(self.file_edit.text())  # a bare name: in the data folder, not the program's
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        try:
            # Built under a temporary name and put at the chosen name only when complete: a crash or a full disk
            # leaves no file with an administrator and no building, and the same name can be used again.
            with new_database_file(path, make_folder=True) as building_file, Desk.create(building_file) as building:
                with building.work(None) as work:
                    create_first_admin(work, login, password)
                actor = log_in(building, login, password)
                with building.work(actor) as work:
                    create_building(
                        work,
                        self.name_edit.text(),
                        floors_from=self.lowest.value(),
                        floors_to=self.highest.value(),
                        units_per_floor=self.units.value(),
                        numbering=self.numbering(),
                    )
            desk = Desk.open(path)
        except AppError as err:
            self.show_error(err.field, error_text(err))
            return
        try:
            claim_for_window(desk)  # the window's note that it has the file open
        except AppError as err:
            desk.close()
            self.show_error(err.field, error_text(err))
            return
        self.desk, self.actor = desk, actor
        super().accept()
