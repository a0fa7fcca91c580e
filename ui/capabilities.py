"""The capabilities the main window shows, in menu order: each room's part of the window (``ui/window_parts.py``).

A new capability adds its part here; the main window itself does not change.
"""

from __future__ import annotations

from ui.archive import ArchiveMenu
from ui.audit import AuditMenu
from ui.building import BuildingMenu
from ui.care import CareMenu
from ui.dossier import PapersMenu
from ui.exchange import ExchangeMenu
from ui.fees import FeesMenu
from ui.forms import FormsMenu
from ui.inbox import CoversMenu, InboxMenu
from ui.loans import LoansMenu
from ui.other_desks import OtherDesksWatch
from ui.people import PeopleMenu
from ui.registers import FitOutMenu, ServicesMenu, SurveyMenu
from ui.safety import BackupMenu
from ui.search import ScanToOpen, SearchMenu
from ui.staff import StaffMenu
from ui.tenancy import TenancyMenu
from ui.window_parts import WindowPart

WINDOW_PARTS: tuple[type[WindowPart], ...] = (
    ExchangeMenu,  # issue 17: File ▸ Import template…, Import from Excel…
    ScanToOpen,
    SearchMenu,
    TenancyMenu,
    PapersMenu,
    ArchiveMenu,
    LoansMenu,
    FeesMenu,  # issue 15: fees
    ServicesMenu,  # issue 16: repairs, complaints, violations
    FitOutMenu,  # issue 16: fit-out projects (二装), in the Services menu
    SurveyMenu,  # issue 16: the satisfaction survey (R14), in the Services menu
    FormsMenu,  # issue 16: the 18 forms of R12
    BackupMenu,
    AuditMenu,
    PeopleMenu,
    BuildingMenu,  # issue 13: building editor
    OtherDesksWatch,  # issue 19: what other desks change shows here within seconds
    CareMenu,  # issue 20: customer care — visits due, grades, contact plans, recording a visit
    StaffMenu,  # issue 20: the customers' staff changes and the cards and keys to recover
    CoversMenu,  # issue 21: scan cover sheets for the scan inbox
    InboxMenu,  # issue 21: the scan inbox — the copier's scans filed by their cover sheets
)
