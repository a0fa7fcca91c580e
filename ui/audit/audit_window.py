"""The Audit window (R16): the audit log filtered by who, what, when and dossier, newest first, with Print list.

For those who answer for the record (supervisor, manager, administrator). Printing the list is itself recorded
(every printout is: ui/printing). The log is read in one short read; the newest ``SHOWN`` lines are listed and
the count says how many matched (the newest 2 000 of 100 000 lines read in about 40 ms).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app import audit
from app.desk import Actor, ChangeSet, Desk
from app.dossier import find_dossier_by_number
from app.errors import AppError
from ui.audit.texts import action_name, action_text, details_text, record_text
from ui.form_dialog import NO_DATE, optional_date, optional_date_edit, to_qdate
from ui.lists import RowsModel, lay_out_list_window, read_only_table
from ui.printing import ListPrinter
from ui.translations import error_text, form_label, format_date
from ui.window_parts import fit_to_screen

SHOWN = 2000  # lines listed at most; the count says how many matched
READS = ("view", "print", "export")  # offered first in the "what" filter


class AuditModel(RowsModel[audit.AuditEntry]):
    WHEN, WHO, WHAT, RECORD, DOSSIER, DETAILS = range(6)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Record"),
            self.tr("Dossier"),
            self.tr("Details"),
        )

    def cell(self, row: audit.AuditEntry, column: int) -> object:
        if column == self.WHEN:
            return f"{format_date(row.at.date())} {row.at:%H:%M:%S}"
        if column == self.WHO:
            if not row.login:
                return "—"
            return self.tr("{name} ({login})").format(name=row.user_name, login=row.login)
        if column == self.WHAT:
            return action_text(row)
        if column == self.RECORD:
            return record_text(row)
        if column == self.DOSSIER:
            return row.dossier_number
        if column == self.DETAILS:
            return details_text(row)
        return None


class AuditWindow(QDialog):
    """Filters above, the log below, Print list and Close at the bottom; kept current while it is open."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.setObjectName("audit-window")
        self.setProperty("helpTopic", "people")  # F1: the user guide's page
        self.setWindowTitle(self.tr("Audit log"))
        self.log: audit.AuditLog | None = None

        self.who = QComboBox(self)
        self.who.setObjectName("who")
        self.what = QComboBox(self)
        self.what.setObjectName("what")
        self.dossier = QLineEdit(self)
        self.dossier.setObjectName("dossier")
        self.dossier.setPlaceholderText(self.tr("number or file number"))
        self.dossier.setClearButtonEnabled(True)
        self.since = optional_date_edit(self, "since", self.tr("any day"))
        self.until = optional_date_edit(self, "until", self.tr("any day"))
        self._fill_choices()

        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("&Who"), self.who),
            (self.tr("W&hat"), self.what),
            (self.tr("&Dossier"), self.dossier),
            (self.tr("&From"), self.since),
            (self.tr("&Until"), self.until),
        ):
            label = QLabel(form_label(caption), self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget is self.dossier else 0)

        self.model = AuditModel(self)
        self.table = read_only_table(self.model, self, "audit-log")
        self.printer = ListPrinter(
            desk, actor, self, self.table, self.tr("Audit log"), subtitle=self.filter_text, file_name="audit-log.pdf"
        )
        self.count = lay_out_list_window(
            self, filters, self.table, self.printer.button(self), self.printer.export_button(self)
        )
        fit_to_screen(self, 960, 560)

        self.who.currentIndexChanged.connect(self.load)
        self.what.currentIndexChanged.connect(self.load)
        self.since.dateChanged.connect(self.load)
        self.until.dateChanged.connect(self.load)
        self.dossier.editingFinished.connect(self.load)
        self.finished.connect(lambda _result: self.printer.cleanup())
        self.load()

    def _fill_choices(self) -> None:
        with self.desk.read(self.actor) as work:
            users = audit.audit_users(work)
            actions = audit.audit_actions(work)
        self.who.addItem(self.tr("Everyone"), None)
        for user in users:
            self.who.addItem(self.tr("{name} ({login})").format(name=user.display_name, login=user.login), user.id)
        self.what.addItem(self.tr("Anything"), ())
        self.what.addItem(self.tr("Views, prints and exports"), READS)
        for action in [*READS, *sorted(set(actions) - set(READS), key=action_name)]:
            self.what.addItem(action_name(action), (action,))

    def set_period(self, since: dt.date | None, until: dt.date | None) -> None:
        self.since.setDate(to_qdate(since) if since else NO_DATE)
        self.until.setDate(to_qdate(until) if until else NO_DATE)

    def load(self) -> None:
        number = self.dossier.text().strip()
        try:
            with self.desk.read(self.actor) as work:
                dossier_id = find_dossier_by_number(work, number) if number else None
                query = audit.AuditFilter(
                    user_id=self.who.currentData(),
                    actions=tuple(self.what.currentData() or ()),
                    dossier_id=dossier_id,
                    since=optional_date(self.since),
                    until=optional_date(self.until),
                    limit=SHOWN,
                )
                self.log = audit.audit_log(work, query)
        except AppError as err:
            self.model.set_rows([])
            self.count.setText(error_text(err))
            return
        self.model.set_rows(self.log.entries)
        if self.log.total > len(self.log.entries):
            text = self.tr("The newest {shown} of {total} entries.")
        else:
            text = self.tr("%n entries.", "", self.log.total)
        self.count.setText(text.format(shown=len(self.log.entries), total=self.log.total))

    def filter_text(self) -> str:
        """The filters as the printout's subtitle: the printed list says what it is a list of."""
        who, what, dossier = self.tr("Who"), self.tr("What"), self.tr("Dossier")
        parts = [f"{form_label(who)}{self.who.currentText()}", f"{form_label(what)}{self.what.currentText()}"]
        if self.dossier.text().strip():
            parts.append(f"{form_label(dossier)}{self.dossier.text().strip()}")
        since, until = optional_date(self.since), optional_date(self.until)
        if since or until:
            parts.append(f"{format_date(since) or '…'} – {format_date(until) or '…'}")
        return "  ".join(parts)

    def refresh(self, _changes: ChangeSet | None = None) -> None:
        """Kept current while open (every change adds lines)."""
        self.load()

    def keyPressEvent(self, event: object) -> None:
        # Enter in the dossier box filters; it must not close the window.
        if getattr(event, "key", lambda: None)() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.load()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
