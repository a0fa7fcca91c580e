"""The dashboard page (R10), the first tab: its charts and tiles show the demo's numbers as app.dashboard counts
them, and a click on a bar or a tile opens the list behind it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCharts import QAbstractBarSeries, QBarSet, QLineSeries
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.dashboard import REPAIRS, Dashboard, dashboard
from app.desk import ChangeSet
from app.registers import receive_complaint
from db.models import Change, Repair, SurveyResponse, SurveyRound, Tenancy, Unit
from tests.conftest import NOW
from ui.dashboard import BehindWindow, DashboardPage
from ui.dossier import DossierPage
from ui.fees import ArrearsRegister
from ui.loans import LoansWindow
from ui.main_window import MainWindow
from ui.printing import PrintoutBuilder
from ui.registers import SurveyWindow


def _shown(window: MainWindow, qtbot: QtBot) -> DashboardPage:
    page = window.dashboard_page
    window.workspace.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.figures is not None)
    page.wait()
    return page


def _figures(window: MainWindow) -> Dashboard:
    building = window.floors_page.current_building()
    with window.desk.read(window.actor) as work:
        return dashboard(work, work.today, building.id if building else None)


def _sets(page: DashboardPage, chart: str) -> list[QBarSet]:
    (series,) = page.charts[chart].series()
    assert isinstance(series, QAbstractBarSeries)
    return list(series.barSets())


def _values(bar_set: QBarSet) -> list[float]:
    return [bar_set.at(i) for i in range(bar_set.count())]


def _add_repairs(window: MainWindow) -> None:
    """Two repairs this month on the demo's first unit (the demo has none until the registers' demo data)."""
    with window.desk.work(window.actor) as work:
        unit_id = work.session.scalar(select(func.min(Unit.id)))
        for day, status in ((2, "reported"), (5, "visited")):
            work.session.add(
                Repair(
                    unit_id=unit_id,
                    status=status,
                    reported_at=dt.datetime(NOW.year, NOW.month, day, 9),
                    channel="phone",
                    what="门禁失灵",
                    created_by=window.actor.user_id,
                    created_at=NOW,
                )
            )
        work.touched.units.add(unit_id)


def test_the_window_opens_on_the_floors_and_reads_the_dashboard_when_shown(window: MainWindow, qtbot: QtBot) -> None:
    assert window.workspace.widget(0) is window.dashboard_page
    assert window.workspace.indexOf(window.floors_page) == 1
    assert window.workspace.currentWidget() is window.floors_page
    assert window.dashboard_page.figures is None  # nothing read while the floors are shown
    page = _shown(window, qtbot)
    assert page.figures == _figures(window)


def test_the_charts_show_the_demos_numbers(window: MainWindow, qtbot: QtBot) -> None:
    _add_repairs(window)
    page = _shown(window, qtbot)
    f = _figures(window)
    assert f.units > 0 and f.repairs[-1].count == 2

    occupied, fitting, vacant = _sets(page, "floors")
    assert _values(occupied) == [float(x.occupied + x.moving_out) for x in f.floors]
    assert _values(fitting) == [float(x.fitting_out) for x in f.floors]
    assert _values(vacant) == [float(x.vacant) for x in f.floors]
    ins, outs = _sets(page, "moves")
    assert _values(ins) == [m.count for m in f.move_ins] and _values(outs) == [m.count for m in f.move_outs]
    assert sum(_values(ins)) > 0
    repairs, complaints = _sets(page, "service")
    assert _values(repairs) == [m.count for m in f.repairs] and _values(complaints) == [m.count for m in f.complaints]
    (overdue,) = _sets(page, "arrears")
    assert _values(overdue) == [b.fen / 100 for b in f.arrears]
    (areas,) = _sets(page, "areas")
    assert _values(areas) == [c.count for c in f.by_area]
    assert page.tiles["open_repairs"].text().startswith("1\n")
    assert page.tiles["missing_papers"].text().startswith(f"{f.missing_papers.count}\n")


def test_a_click_opens_the_list_behind(window: MainWindow, qtbot: QtBot) -> None:
    _add_repairs(window)
    page = _shown(window, qtbot)
    f = page.figures
    assert f is not None

    # A month's repairs: the list of them, and a row opens its dossier (or says nothing for a vacant unit's).
    repairs, _complaints = _sets(page, "service")
    repairs.clicked.emit(len(f.months) - 1)
    dialog = next(d for d in window.findChildren(BehindWindow) if d.target.kind == REPAIRS)
    qtbot.waitExposed(dialog)
    assert dialog.target.month == f.months[-1]
    assert [dialog.model.cell(r, dialog.model.WHAT) for r in dialog.model.rows()] == ["门禁失灵", "门禁失灵"]
    dialog.close()

    # Missing papers: a row opens its dossier in the window.
    qtbot.mouseClick(page.tiles["missing_papers"], Qt.MouseButton.LeftButton)
    (missing,) = [d for d in window.findChildren(BehindWindow) if d.target.kind == "missing_papers"]
    assert missing.model.rowCount() == f.missing_papers.count > 0
    first = missing.model.row(0)
    missing.open_row(missing.model.index(0, 0))
    current = window.workspace.currentWidget()
    assert isinstance(current, DossierPage) and current.dossier_id == first.dossier_id
    missing.close()

    # A floor's bar: that floor's tab on the Floors page.
    floor = f.floors[2]
    occupied, _fitting, _vacant = _sets(page, "floors")
    occupied.clicked.emit(2)
    assert window.workspace.currentWidget() is window.floors_page
    assert window.current_floor() is not None and window.current_floor().id == floor.floor_id  # type: ignore[union-attr]

    # A bar of the units by area: those units.
    window.workspace.setCurrentWidget(page)
    (areas,) = _sets(page, "areas")
    band = next(n for n, c in enumerate(f.by_area) if c.count)
    areas.clicked.emit(band)
    (units,) = [d for d in window.findChildren(BehindWindow) if d.target.kind == "area"]
    assert units.model.rowCount() == f.by_area[band].count
    units.close()

    # The arrears band: the fees' arrears register, over 90 days; the loans overdue: the loans list, overdue.
    window.workspace.setCurrentWidget(page)
    (overdue,) = _sets(page, "arrears")
    overdue.clicked.emit(3)
    (register,) = window.findChildren(ArrearsRegister)
    assert register.over_days.value() == 90
    register.wait()
    register.close()
    qtbot.mouseClick(page.tiles["loans_overdue"], Qt.MouseButton.LeftButton)
    (loans,) = window.findChildren(LoansWindow)
    assert loans.filter_combo.currentIndex() == 2
    loans.close()


def test_only_changes_that_concern_it_read_the_figures_again(window: MainWindow, qtbot: QtBot) -> None:
    page = _shown(window, qtbot)
    before = page.figures
    page.refresh(ChangeSet(users=frozenset({1})))
    assert page.task is None and page.figures is before
    _add_repairs(window)  # touches a unit: read again
    qtbot.waitUntil(lambda: page.figures is not before)
    assert page.figures is not None and page.figures.repairs[-1].count == 2
    # A complaint about the building at large touches no unit or dossier, only its register: read again too.
    before = page.figures
    with window.desk.work(window.actor) as work:
        receive_complaint(work, "phone", "访客", "大堂地面湿滑")
    qtbot.waitUntil(lambda: page.figures is not before)  # (counted where every building is shown)


def test_print_monthly_report_opens_its_one_page_in_the_preview(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _shown(window, qtbot)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    builder = page.findChild(PrintoutBuilder, "dashboard-printouts")
    assert isinstance(builder, PrintoutBuilder)
    qtbot.waitUntil(lambda: builder.preview is not None, timeout=60_000)
    preview = builder.preview
    assert preview is not None and preview.page_count() == 1
    assert preview.save_copy(tmp_path / "report.pdf")
    with window.desk.read(window.actor) as work:
        last = work.session.execute(select(Change).order_by(Change.id.desc()).limit(1)).scalar_one()
    assert last.action == "print"
    preview.close()


def test_a_point_of_the_satisfaction_chart_opens_that_years_survey(window: MainWindow, qtbot: QtBot) -> None:
    with window.desk.work(window.actor) as work:  # two years answered by one customer (the shared demo has none)
        tenancy_id = work.session.scalar(select(func.min(Tenancy.id)))
        for year, score in ((NOW.year - 1, 3), (NOW.year, 5)):
            survey = SurveyRound(
                year=year, opened_on=dt.date(year, 1, 5), target=Decimal(4), created_by=1, created_at=NOW
            )
            work.session.add(survey)
            work.session.flush()
            work.session.add(
                SurveyResponse(
                    round_id=survey.id,
                    tenancy_id=tenancy_id,
                    answered_on=dt.date(year, 1, 9),
                    service_score=score,
                    price_score=score,
                    company_score=score,
                    recorded_by=1,
                    recorded_at=NOW,
                )
            )
        work.touched.units.add(1)
    page = _shown(window, qtbot)
    assert [y.year for y in page.figures.satisfaction] == [NOW.year - 1, NOW.year]  # type: ignore[union-attr]
    service = page.charts["satisfaction"].series()[0]
    assert isinstance(service, QLineSeries)
    assert [service.at(i).y() for i in range(service.count())] == [3.0, 5.0]
    service.clicked.emit(QPointF(0, 3))
    (survey_window,) = window.findChildren(SurveyWindow)
    assert survey_window.year_combo.currentData() == NOW.year - 1
    survey_window.close()
