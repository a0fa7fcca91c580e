"""Customer care's dialogs: a customer's grade (the supervisor's), the contact plan of each grade (the department
manager's), and recording one return visit (date, how, who, what was discussed, follow-ups, satisfaction)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.care.grades import ContactPlan, GradeInfo, contact_plans, set_contact_plans, set_grade
from app.care.visits import CareVisitInput, record_visit
from app.desk import Actor, Desk, Work
from ui.customers import grade_names
from ui.form_dialog import FormDialog, date_edit, from_qdate


def how_names() -> dict[str, str]:
    return {
        "phone": QCoreApplication.translate("CustomerCare", "Telephone"),
        "visit": QCoreApplication.translate("CustomerCare", "Visit in person"),
        "message": QCoreApplication.translate("CustomerCare", "Text message"),
        "email": QCoreApplication.translate("CustomerCare", "E-mail"),
    }


def satisfaction_names() -> dict[str, str]:
    return {
        "satisfied": QCoreApplication.translate("CustomerCare", "Satisfied"),
        "fair": QCoreApplication.translate("CustomerCare", "Fairly satisfied"),
        "dissatisfied": QCoreApplication.translate("CustomerCare", "Dissatisfied"),
    }


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class GradeDialog(FormDialog):
    """Set a customer's grade from a day on; the visits due follow it from that day."""

    def __init__(
        self, desk: Desk, actor: Actor, customer_id: int, customer: str, grade: GradeInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, actor, parent)
        self.customer_id = customer_id
        self.setObjectName("grade-dialog")
        self.setProperty("helpTopic", "services")
        self.setWindowTitle(self.tr("Customer grade — {name}").format(name=customer))
        self.grade_box = QComboBox(self)
        for code, name in grade_names().items():
            self.grade_box.addItem(name, code)
        self.grade_box.setCurrentIndex(max(0, self.grade_box.findData(grade.grade or "ordinary")))
        self.add_row("customer_grade.grade", self.tr("&Grade:"), self.grade_box)
        self.since_edit = date_edit(self, desk.clock().date())
        self.add_row("customer_grade.since", self.tr("&From:"), self.since_edit)
        note = QLabel(self.tr("The visits due follow the grade's contact plan from this day on."), self)
        self.finish(below=(note,))

    def save(self, work: Work) -> object:
        return set_grade(work, self.customer_id, str(self.grade_box.currentData()), from_qdate(self.since_edit.date()))


class ContactPlansDialog(FormDialog):
    """How often and how each grade of customer is contacted (the department manager's)."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.setObjectName("contact-plans-dialog")
        self.setProperty("helpTopic", "services")
        self.setWindowTitle(self.tr("Contact plans"))
        with desk.read(actor) as work:
            plans = contact_plans(work)
        self.rows: list[tuple[str, QSpinBox, QComboBox]] = []
        names = grade_names()
        for plan in plans:
            every = QSpinBox(self)
            every.setRange(1, 24)
            every.setValue(plan.every_months)
            every.setSuffix(self.tr(" month(s)"))
            self.add_row(
                f"contact_plan.every_months.{plan.grade}",
                self.tr("{grade}: every").format(grade=names[plan.grade]),
                every,
            )
            how = QComboBox(self)
            for code, name in how_names().items():
                how.addItem(name, code)
            how.setCurrentIndex(max(0, how.findData(plan.how)))
            self.add_row(f"contact_plan.how.{plan.grade}", self.tr("{grade}: by").format(grade=names[plan.grade]), how)
            self.rows.append((plan.grade, every, how))
        text = self.tr("First year: a visit every month; after it: every quarter. A more frequent plan wins.")
        note = QLabel(text, self)
        note.setWordWrap(True)
        self.finish(below=(note,))

    def save(self, work: Work) -> object:
        return set_contact_plans(
            work, [ContactPlan(grade, every.value(), str(how.currentData())) for grade, every, how in self.rows]
        )


class VisitDialog(FormDialog):
    """Record one return visit of a tenancy; it satisfies the visit due in its slot."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        tenancy_id: int,
        customer: str,
        parent: QWidget | None = None,
        *,
        how: str = "phone",
        day: dt.date | None = None,
    ) -> None:
        super().__init__(desk, actor, parent)
        self.tenancy_id = tenancy_id
        self.setObjectName("visit-dialog")
        self.setProperty("helpTopic", "services")
        self.setWindowTitle(self.tr("Return visit — {name}").format(name=customer))
        self.day_edit = date_edit(self, day or desk.clock().date())
        self.add_row("return_visit.visited_on", self.tr("&Date:"), self.day_edit)
        self.how_box = QComboBox(self)
        for code, name in how_names().items():
            self.how_box.addItem(name, code)
        self.how_box.setCurrentIndex(max(0, self.how_box.findData(how)))
        self.add_row("return_visit.how", self.tr("&How:"), self.how_box)
        self.contact_edit = QLineEdit(self)
        self.add_row("return_visit.contact", self.tr("&Spoke to:"), self.contact_edit)
        self.discussed_edit = _text_box(self, 3)
        self.add_row("return_visit.discussed", self.tr("What was &discussed:"), self.discussed_edit)
        self.follow_edit = _text_box(self, 2)
        self.add_row("return_visit.follow_ups", self.tr("&Follow-ups:"), self.follow_edit)
        self.satisfaction_box = QComboBox(self)
        self.satisfaction_box.addItem(self.tr("Not asked"), None)
        for code, name in satisfaction_names().items():
            self.satisfaction_box.addItem(name, code)
        self.add_row("return_visit.satisfaction", self.tr("S&atisfaction:"), self.satisfaction_box)
        self.comment_edit = QLineEdit(self)
        self.add_row("return_visit.comment", self.tr("Customer's &comment:"), self.comment_edit)
        self.finish()
        self.resize(520, self.sizeHint().height())

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "return_visit.contact", self.contact_edit.text())
        return problems

    def save(self, work: Work) -> object:
        satisfaction = self.satisfaction_box.currentData()
        return record_visit(
            work,
            self.tenancy_id,
            CareVisitInput(
                visited_on=from_qdate(self.day_edit.date()),
                how=str(self.how_box.currentData()),
                contact=self.contact_edit.text(),
                discussed=self.discussed_edit.toPlainText(),
                follow_ups=self.follow_edit.toPlainText(),
                satisfaction=str(satisfaction) if satisfaction else None,
                comment=self.comment_edit.text(),
            ),
        )
