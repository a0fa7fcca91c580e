"""The audit room in the main window: Tools ▸ Audit log… for those who answer for the record (R16), and the note that
a read-only file records no views, prints or exports."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.permissions import Action
from ui.audit.audit_window import AuditWindow
from ui.window_parts import WindowPart, Workbench


class AuditMenu(WindowPart):
    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.audit_window: AuditWindow | None = None
        self.audit_action = self.action(
            self.tr("A&udit log…"), enabled=window.desk.may(window.actor, Action.READ_AUDIT)
        )
        self.audit_action.setObjectName("audit-log")
        self.audit_action.triggered.connect(lambda: self.open_audit())
        window.tools_menu.addSeparator()
        window.tools_menu.addAction(self.audit_action)
        if window.desk.read_only:
            # Said once: recording a view needs a write, and this file takes none (Desk.record says False).
            self.tell_status(self.tr("Read-only: views, prints and exports are not recorded in the audit log here."))

    def open_audit(self) -> AuditWindow | None:
        """The Audit window beside the floors (modeless, one at a time)."""
        if not self.window.desk.may(self.window.actor, Action.READ_AUDIT):
            return None
        if self.audit_window is None:
            self.audit_window = AuditWindow(self.window.desk, self.window.actor, self.parent())
            self.audit_window.destroyed.connect(self._forget)
            self.window.show_report(self.audit_window)
        else:
            self.audit_window.load()
            self.audit_window.show()
            self.audit_window.raise_()
            self.audit_window.activateWindow()
        return self.audit_window

    def _forget(self) -> None:
        self.audit_window = None
