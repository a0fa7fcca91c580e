"""The survey in the main window (R14): the Survey menu opens the Satisfaction survey window, modeless beside the
floors, one at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.registers.survey_window import SurveyWindow
from ui.window_parts import WindowPart, Workbench


class SurveyMenu(WindowPart):
    """调查 / Survey: the yearly satisfaction survey's window (answers, summary, corrective actions, report)."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.survey_window: SurveyWindow | None = None
        # The survey is a service to the customers: it shares the Services menu (made by ServicesMenu, listed first).
        menu = window.add_menu(self.tr("&Services"), "services-menu")
        menu.addSeparator()
        self.survey_action = self.action(self.tr("&Satisfaction survey…"))
        self.survey_action.setObjectName("satisfaction-survey")
        self.survey_action.triggered.connect(lambda: self.show_survey())
        menu.addAction(self.survey_action)

    def show_survey(self) -> SurveyWindow:
        self.survey_window = self.one_window(
            self.survey_window,
            lambda: SurveyWindow(self.window.desk, self.window.actor, self.parent()),
            self._forget,
            lambda found: found.refresh(),
        )
        return self.survey_window

    def _forget(self, _obj: object = None) -> None:
        self.survey_window = None

    def close(self) -> None:
        if self.survey_window is not None:
            self.survey_window.close()
