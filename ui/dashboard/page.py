"""The dashboard page (R10), the first tab of the window: the building's figures as tiles and QtCharts charts, read
off the UI thread when the page is first shown and again when a change concerns it; every tile and every bar or
point clicks through to the list behind it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import dashboard as figures
from app.building import UnitStatus
from app.dashboard import Dashboard, SurveyYear, Target
from app.desk import Actor, ChangeSet, Desk
from app.errors import AppError
from app.fees import money_text
from app.jobs import JobCancelled
from ui.care import DueModel, VisitDialog
from ui.dashboard.behind import AREA_LABELS
from ui.lists import read_only_table
from ui.tasks import BackgroundTask
from ui.translations import error_text, format_date

GREEN, GREY, ORANGE, BLUE, RED, PURPLE = (
    QColor(c) for c in ("#4e9a06", "#babdb6", "#f57900", "#3465a4", "#cc0000", "#75507b")
)
CHART_MIN_W, CHART_MIN_H = 360, 250
FLOOR_LABELS_SHOWN = 10  # floors named under the bars at most (every second floor of 20, every fourth of 40)
VISIT_ROWS_SHOWN = 5  # the week's visits list is this many rows high; it scrolls for more


class DashboardPage(QWidget):
    """The figures of the building the Floors page shows (or of every building when it shows none)."""

    floor_chosen = Signal(int, int)  # building id, floor id: the window shows that floor's tab
    target_chosen = Signal(object)  # a figures.Target the window opens (arrears, loans) or lists (records_behind)

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        building_of: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.building_of = building_of
        self.setObjectName("dashboard-page")
        self.setProperty("helpTopic", "dashboard")
        self.figures: Dashboard | None = None
        self.task: BackgroundTask | None = None
        self.again = False  # a change came while reading: read once more when it ends
        self.stale = True  # read when next shown

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.state = QLabel(self.tr("Reading the figures…"), self)
        self.state.setObjectName("state")
        self.print_button = QPushButton(self.tr("&Print monthly report…"), self)
        self.print_button.setObjectName("print-report")
        self.print_button.clicked.connect(self.print_report)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.state, 1)
        top.addWidget(self.print_button)

        self.tiles: dict[str, QPushButton] = {}
        self.tile_targets: dict[str, Target | None] = {}
        tiles = QGridLayout()
        tiles.setSpacing(6)
        for n, name in enumerate(
            (
                "occupancy",
                "move_ins",
                "move_outs",
                "repairs",
                "open_repairs",
                "complaints",
                "open_complaints",
                "missing_papers",
                "arrears",
                "loans_due",
                "loans_overdue",
                "visits_due",  # issue 20: customer care
            )
        ):
            tile = QPushButton(self)
            tile.setObjectName(f"tile-{name}")
            tile.setMinimumHeight(48)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            tile.clicked.connect(lambda _checked=False, key=name: self._tile_clicked(key))
            self.tiles[name] = tile
            tiles.addWidget(tile, n // 6, n % 6)

        self.charts: dict[str, QChart] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for n, (name, title) in enumerate(
            (
                ("floors", self.tr("Occupancy by floor (units)")),
                ("moves", self.tr("Move-ins and move-outs, last 12 months")),
                ("service", self.tr("Repairs and complaints, last 12 months")),
                ("arrears", self.tr("Arrears by days overdue (¥)")),
                ("areas", self.tr("Units by area (m²)")),
                ("satisfaction", self.tr("Satisfaction by year (average, 1–5)")),
            )
        ):
            chart = QChart()
            chart.setTitle(title)
            chart.setMargins(QMargins(4, 4, 4, 4))
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            view = QChartView(chart, self)
            view.setObjectName(f"chart-{name}")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(CHART_MIN_W, CHART_MIN_H)
            self.charts[name] = chart
            # Two a row: twelve months or forty floors keep their labels whole on a 1024-pixel screen (the page
            # scrolls down to the third row).
            grid.addWidget(view, n // 2, n % 2)

        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addLayout(top)
        inner.addLayout(tiles)
        inner.addWidget(self._visits_box(body))
        inner.addLayout(grid, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _visits_box(self, parent: QWidget) -> QGroupBox:
        """The return visits due this week (customer care), most overdue first: a double-click, Enter or Record
        visit… opens the one visit dialog, after which the visit leaves the list (the page reads again)."""
        box = QGroupBox(self.tr("Return visits due this week"), parent)
        box.setObjectName("visits-due-box")
        self.visits_model = DueModel(self)
        self.visits_table = read_only_table(self.visits_model, box, "dashboard-visits")
        self.visits_table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.visits_table.verticalHeader().defaultSectionSize()
        self.visits_table.setFixedHeight(
            rows * VISIT_ROWS_SHOWN + self.visits_table.horizontalHeader().sizeHint().height() + 4
        )
        self.visits_table.doubleClicked.connect(lambda _index: self.record_visit())
        self.visits_table.activated.connect(lambda _index: self.record_visit())
        self.visits_none = QLabel(self.tr("No return visit is due this week."), box)
        self.visits_none.setObjectName("no-visits")
        self.visits_none.hide()
        self.record_button = QPushButton(self.tr("&Record visit…"), box)
        self.record_button.setObjectName("record-visit")
        self.record_button.clicked.connect(lambda: self.record_visit())
        buttons = QVBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(box)
        column = QVBoxLayout()
        column.addWidget(self.visits_table)
        column.addWidget(self.visits_none)
        layout.addLayout(column, 1)
        layout.addLayout(buttons)
        return box

    def record_visit(self) -> VisitDialog | None:
        """The visit dialog for the chosen row of the week's list (the first when none is chosen)."""
        rows = self.visits_model.rows()
        if not rows:
            return None
        index = self.visits_table.currentIndex()
        chosen = rows[index.row()] if index.isValid() and index.row() < len(rows) else rows[0]
        dialog = VisitDialog(self.desk, self.actor, chosen.tenancy_id, chosen.customer, self, how=chosen.how)
        dialog.open()
        return dialog

    # -- reading ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.load()

    def refresh(self, changes: ChangeSet | None = None) -> None:
        """Read again when ``changes`` touched what the figures count (units, tenancies and dossiers, papers,
        money, buildings); only when shown — a hidden page reads when it is next shown."""
        if changes is not None and not (
            changes.units
            or changes.dossiers
            or changes.documents
            or changes.fees
            or changes.buildings
            or changes.registers
        ):
            return
        self.stale = True
        if self.isVisible():
            self.load()

    def load(self) -> None:
        if self.task is not None:
            self.again = True
            return
        self.stale = False
        desk, actor, building_id = self.desk, self.actor, self.building_of()

        def job(_progress: Callable[[int, int], None]) -> Dashboard:
            with desk.read(actor) as work:
                return figures.dashboard(work, work.today, building_id)

        self.state.setText(self.tr("Reading the figures…"))
        self.task = BackgroundTask(job, self)
        self.task.finished.connect(self._read)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _ended(self) -> bool:
        """The task is over; True when another read follows (the result is already out of date)."""
        if self.task is not None:
            self.task.deleteLater()
        self.task = None
        if self.again:
            self.again = False
            self.load()
            return True
        return False

    def _read(self, found: Dashboard) -> None:
        if self._ended():
            return
        self.show_figures(found)

    def _failed(self, exc: Exception) -> None:
        if self._ended():
            return
        if isinstance(exc, AppError):
            self.state.setText(error_text(exc))
        elif not isinstance(exc, JobCancelled):
            self.state.setText(str(exc))

    def wait(self) -> None:
        """Until the figures are read and shown (tests; the window closing)."""
        while self.task is not None:
            self.task.wait()
            QCoreApplication.processEvents()

    def cleanup(self) -> None:
        """The window closes: stop reading, and wait for the worker to let go of the file."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait()

    # -- showing ---------------------------------------------------------------------------------

    def show_figures(self, f: Dashboard) -> None:
        self.figures = f
        self.heading.setText(self.tr("Dashboard"))
        self.state.setText(self.tr("As of {day}").format(day=format_date(f.as_of)))
        units = f.units
        occupied = units - f.status_total(UnitStatus.VACANT)
        rate = f"{occupied * 100 / units:.1f}%" if units else "—"
        caption = self.tr("occupied ({occupied} of %n unit(s))", "", units).format(occupied=occupied)
        self._tile("occupancy", rate, caption, None)
        self._tile("move_ins", f.move_ins[-1].count, self.tr("moved in this month"), f.move_ins[-1].target)
        self._tile("move_outs", f.move_outs[-1].count, self.tr("moved out this month"), f.move_outs[-1].target)
        self._tile("repairs", f.repairs[-1].count, self.tr("repairs this month"), f.repairs[-1].target)
        self._tile("open_repairs", f.open_repairs.count, self.tr("repairs open"), f.open_repairs.target)
        self._tile("complaints", f.complaints[-1].count, self.tr("complaints this month"), f.complaints[-1].target)
        self._tile("open_complaints", f.open_complaints.count, self.tr("complaints open"), f.open_complaints.target)
        self._tile(
            "missing_papers", f.missing_papers.count, self.tr("dossiers missing papers"), f.missing_papers.target
        )
        self._tile(
            "arrears", f"¥{money_text(f.arrears_fen)}", self.tr("overdue"), Target(figures.ARREARS, f.building_id)
        )
        self._tile("loans_due", f.loans_due.count, self.tr("loans due back this week"), f.loans_due.target)
        self._tile("loans_overdue", f.loans_overdue.count, self.tr("loans overdue"), f.loans_overdue.target)
        if f.visits_due is not None:
            visits = self.tr("return visits due this week")
            if f.visits_overdue:
                visits += self.tr(" (%n overdue)", "", f.visits_overdue)
            self._tile("visits_due", f.visits_due.count, visits, f.visits_due.target)
        self.visits_model.set_rows(list(f.visits_due_rows))
        self.visits_table.setVisible(bool(f.visits_due_rows))
        self.visits_none.setVisible(not f.visits_due_rows)
        self.record_button.setEnabled(bool(f.visits_due_rows))
        self._floors_chart(f)
        self._moves_chart(f)
        self._service_chart(f)
        self._arrears_chart(f)
        self._areas_chart(f)
        self._satisfaction_chart(f)

    def _tile(self, name: str, value: object, caption: str, target: Target | None) -> None:
        tile = self.tiles[name]
        tile.setText(f"{value}\n{caption}")
        tile.setToolTip(caption)
        self.tile_targets[name] = target

    def _tile_clicked(self, name: str) -> None:
        target = self.tile_targets.get(name)
        if name == "occupancy" and self.figures is not None and self.figures.floors:
            first = self.figures.floors[0]
            self.floor_chosen.emit(first.building_id, first.floor_id)
        elif target is not None:
            self.target_chosen.emit(target)

    def _reset(self, name: str) -> QChart:
        chart = self.charts[name]
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def _axes(
        self,
        chart: QChart,
        series: QBarSeries | QLineSeries,
        categories: list[str],
        top: float,
        *,
        upright: bool = False,
    ) -> None:
        x = QBarCategoryAxis()
        x.append(categories)
        font = x.labelsFont()
        font.setPointSizeF(max(6.0, font.pointSizeF() - 2))
        x.setLabelsFont(font)
        y = QValueAxis()
        y.setLabelsFont(font)
        y.setRange(0, max(top, 1))
        if top < 5:
            y.setTickCount(int(max(top, 1)) + 1)
        else:
            y.applyNiceNumbers()
        y.setLabelFormat("%.1f" if isinstance(series, QLineSeries) else "%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _bar_set(self, name: str, values: list[float], colour: QColor, targets: list[Target | None]) -> QBarSet:
        bar_set = QBarSet(name)
        bar_set.append(values)
        bar_set.setColor(colour)
        bar_set.setBorderColor(colour)
        bar_set.clicked.connect(lambda index: self._chosen(targets, index))
        return bar_set

    def _chosen(self, targets: list[Target | None], index: int) -> None:
        if 0 <= index < len(targets) and targets[index] is not None:
            target = targets[index]
            assert target is not None
            if target.kind == figures.FLOOR and target.building_id is not None and target.floor_id is not None:
                self.floor_chosen.emit(target.building_id, target.floor_id)
            else:
                self.target_chosen.emit(target)

    def _floors_chart(self, f: Dashboard) -> None:
        chart = self._reset("floors")
        series = QStackedBarSeries()
        floors = list(f.floors)
        targets: list[Target | None] = [x.target for x in floors]
        for name, values, colour in (
            (self.tr("Occupied"), [x.occupied + x.moving_out for x in floors], GREEN),
            (self.tr("Fitting out"), [x.fitting_out for x in floors], ORANGE),
            (self.tr("Vacant"), [x.vacant for x in floors], GREY),
        ):
            series.append(self._bar_set(name, [float(v) for v in values], colour, targets))
        series.setBarWidth(0.8)
        chart.addSeries(series)
        # A category axis would cut every floor's name to "…" on a tall building: a value axis (bar n stands at n)
        # with every few floors named, at their bars. A click on any bar still opens its floor.
        step = max(1, -(-len(floors) // FLOOR_LABELS_SHOWN))
        x = QCategoryAxis()
        x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x.setRange(-0.5, len(floors) - 0.5)
        for n, floor in enumerate(floors):
            if n % step == 0:
                x.append(floor.label, n)
        font = x.labelsFont()
        font.setPointSizeF(max(6.0, font.pointSizeF() - 2))
        x.setLabelsFont(font)
        x.setGridLineVisible(False)
        y = QValueAxis()
        y.setLabelsFont(font)
        top = max((f.units for f in floors), default=0)
        y.setRange(0, max(top, 1))
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _months(self, f: Dashboard) -> list[str]:
        """The month's number alone: twelve of them fit under a third of a 1024-pixel screen."""
        return [str(int(m[5:])) for m in f.months]

    def _moves_chart(self, f: Dashboard) -> None:
        chart = self._reset("moves")
        series = QBarSeries()
        series.append(
            self._bar_set(self.tr("Moved in"), [m.count for m in f.move_ins], BLUE, [m.target for m in f.move_ins])
        )
        series.append(
            self._bar_set(self.tr("Moved out"), [m.count for m in f.move_outs], RED, [m.target for m in f.move_outs])
        )
        chart.addSeries(series)
        top = max([m.count for m in f.move_ins + f.move_outs], default=0)
        self._axes(chart, series, self._months(f), top)

    def _service_chart(self, f: Dashboard) -> None:
        chart = self._reset("service")
        series = QBarSeries()
        series.append(
            self._bar_set(self.tr("Repairs"), [m.count for m in f.repairs], BLUE, [m.target for m in f.repairs])
        )
        series.append(
            self._bar_set(
                self.tr("Complaints"), [m.count for m in f.complaints], ORANGE, [m.target for m in f.complaints]
            )
        )
        chart.addSeries(series)
        top = max([m.count for m in f.repairs + f.complaints], default=0)
        self._axes(chart, series, self._months(f), top)

    def _arrears_chart(self, f: Dashboard) -> None:
        chart = self._reset("arrears")
        series = QBarSeries()
        names = ["0–30", "31–60", "61–90", ">90"]  # days overdue, as the title says
        series.append(
            self._bar_set(self.tr("Overdue"), [b.fen / 100 for b in f.arrears], RED, [b.target for b in f.arrears])
        )
        chart.addSeries(series)
        chart.legend().setVisible(False)
        self._axes(chart, series, names, max((b.fen / 100 for b in f.arrears), default=0))

    def _areas_chart(self, f: Dashboard) -> None:
        chart = self._reset("areas")
        series = QBarSeries()
        shown = list(f.by_area)
        names = [AREA_LABELS[c.key] or self.tr("none") for c in shown]
        series.append(self._bar_set(self.tr("Units"), [c.count for c in shown], PURPLE, [c.target for c in shown]))
        chart.addSeries(series)
        chart.legend().setVisible(False)
        self._axes(chart, series, names, max((c.count for c in shown), default=0))

    def _satisfaction_chart(self, f: Dashboard) -> None:
        chart = self._reset("satisfaction")
        years = list(f.satisfaction[-8:])
        if not years:
            chart.setTitle(self.tr("Satisfaction by year: no survey yet"))
            return
        chart.setTitle(self.tr("Satisfaction by year (average, 1–5)"))
        first: QLineSeries | None = None
        for name, values, colour in (
            (self.tr("Service"), [float(y.service) for y in years], BLUE),
            (self.tr("Price"), [float(y.price) for y in years], ORANGE),
            (self.tr("Company"), [float(y.company) for y in years], GREEN),
        ):
            series = QLineSeries()
            series.setName(name)
            series.setColor(colour)
            series.setPointsVisible(True)
            for n, value in enumerate(values):
                series.append(QPointF(n, value))
            # A point opens that year's survey (its summary and corrective actions).
            series.clicked.connect(lambda point, shown=years: self._year_clicked(shown, point))
            chart.addSeries(series)
            if first is None:
                first = series
                self._axes(chart, series, [str(y.year) for y in years], 5)
            else:
                for axis in chart.axes():
                    series.attachAxis(axis)

    def _year_clicked(self, years: list[SurveyYear], point: QPointF) -> None:
        index = round(point.x())
        if 0 <= index < len(years):
            self.target_chosen.emit(years[index].target)

    # -- printing --------------------------------------------------------------------------------

    def print_report(self) -> None:
        from ui.dashboard.report import preview_monthly_report  # when used: the printout brings reportlab

        preview_monthly_report(self, self.desk, self.actor, self.building_of())
