"""The fit-out register's windows (issue 16): the application and a step of a project, opened from the 二装 tab of
a live dossier the way the clerk opens them, and the building-wide list from its menu."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from app.registers import FitOutDraft, apply_fit_out, approve_fit_out, start_fit_out
from tests.ui.tour.registry import Tour, opens
from ui.dossier.view import DossierPage
from ui.registers import FitOutMenu, FitOutProjectsWindow, FitOutSection
from ui.registers.fit_out_dialogs import FitOutDialog, FitOutStepDialog


def _shown(tour: Tour, dialog: QWidget | None) -> QWidget:
    assert dialog is not None
    tour.qtbot.addWidget(dialog)
    tour.qtbot.waitExposed(dialog)
    return dialog


def _fit_out(tour: Tour, login: str = "clerk") -> FitOutSection:
    """The main window with a live dossier open on its 二装 tab."""
    page = tour.main(login).open_dossier(tour.dossier_id("live"))
    assert isinstance(page, DossierPage) and page.fit_out_section is not None
    page.sections.setCurrentWidget(page.fit_out_section)
    return page.fit_out_section


def _in_progress(tour: Tour, section: FitOutSection) -> None:
    """A project of the tenancy with its works going on (the longest step dialog: an extension)."""
    unit_id = section.units[0][0]
    with tour.desk.work(tour.actor("manager")) as work:
        project = apply_fit_out(
            work,
            section.tenancy_id,
            unit_id,
            FitOutDraft(
                applied_on=tour.today - dt.timedelta(days=20),
                scope="隔墙、吊顶、强弱电改造、地面铺设地毯",
                contractor="深圳市美家建筑装饰工程有限公司",
                person_in_charge="赵建国",
                phone="13800138000",
                planned_start=tour.today - dt.timedelta(days=15),
                planned_end=tour.today - dt.timedelta(days=1),
            ),
        )
        project = approve_fit_out(work, project.id, project.version, tour.today - dt.timedelta(days=16), "按图施工")
        start_fit_out(work, project.id, project.version, tour.today - dt.timedelta(days=15))
    section.reload()


@opens(FitOutDialog)
def _application(tour: Tour, cls: type[QWidget]) -> QWidget:
    return _shown(tour, _fit_out(tour).new_project())


@opens(FitOutStepDialog)
def _step(tour: Tour, cls: type[QWidget]) -> QWidget:
    section = _fit_out(tour)
    _in_progress(tour, section)
    return _shown(tour, section.take_step("extend"))


@opens(FitOutProjectsWindow)
def _list(tour: Tour, cls: type[QWidget]) -> QWidget:
    section = _fit_out(tour)
    _in_progress(tour, section)  # an overdue one, in red
    window = tour.main().part(FitOutMenu).show_list()
    window.tour_parent = window.parentWidget()  # type: ignore[attr-defined]
    tour.qtbot.waitExposed(window)
    return window
