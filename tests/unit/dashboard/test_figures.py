"""The dashboard (R10): every figure on hand-built data, each with the target that opens the list behind it, and the
rows behind the figures that have no list window of their own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.approvals import decide
from app.building import buildings
from app.building.buildings import UnitStatus
from app.dashboard import (
    AREA,
    ARREARS,
    COMPLAINTS,
    FLOOR,
    MISSING_PAPERS,
    MOVE_INS,
    MOVE_OUTS,
    OPEN_COMPLAINTS,
    OPEN_REPAIRS,
    REPAIRS,
    Dashboard,
    Target,
    dashboard,
    month_codes,
    records_behind,
)
from app.dashboard.figures import area_band
from app.desk import Actor, Desk
from app.dossier import DocumentInput, add_document, checklist
from app.errors import NotFound, PermissionDenied, ValidationError
from app.fees import arrears, generate_month
from app.loans import hand_out, loan_info, request_loan
from db.models import Complaint, Repair, SurveyResponse, SurveyRound, Tenancy
from tests.conftest import NOW
from tests.unit.fees.fees_support import fee_item, give_areas, tenant
from tests.unit.unit_support import unit_id

D = dt.date
AS_OF = D(2026, 6, 15)  # the desk's clock in the tests


def _figures(desk: Desk, actor: Actor, as_of: dt.date = AS_OF, building_id: int | None = None) -> Dashboard:
    with desk.read(actor) as work:
        return dashboard(work, as_of, building_id)


def _behind(desk: Desk, actor: Actor, target: Target) -> list:
    with desk.read(actor) as work:
        return records_behind(work, target)


def test_the_twelve_months_end_with_the_days_month() -> None:
    assert month_codes(D(2026, 3, 31)) == (
        "2025-04",
        "2025-05",
        "2025-06",
        "2025-07",
        "2025-08",
        "2025-09",
        "2025-10",
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
        "2026-03",
    )
    assert month_codes(D(2026, 12, 1), 2) == ("2026-11", "2026-12")


@pytest.mark.parametrize(
    ("area", "band"),
    [(None, ""), ("0", "lt50"), ("49.99", "lt50"), ("50", "50-100"), ("199.99", "100-200"), ("500", "ge500")],
)
def test_area_bands_meet_at_their_bounds(area: str | None, band: str) -> None:
    assert area_band(Decimal(area) if area is not None else None) == band


def test_occupancy_by_floor_is_the_floor_grids(
    desk: Desk, manager: Actor, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1))  # occupied
    tenant(desk, clerk, "乙公司", ["102"], D(2026, 6, 1), fit_out_until=D(2026, 7, 31))  # fitting out
    tenant(desk, clerk, "丙公司", ["103"], D(2024, 1, 1), move_out=D(2025, 1, 1))  # gone: vacant
    tenant(desk, clerk, "丁公司", ["201", "202"], D(2025, 5, 1), move_out=D(2026, 7, 1))  # moving out
    figures = _figures(desk, clerk)
    by_label = {f.label: f for f in figures.floors}
    assert [f.label for f in figures.floors] == ["B1", "1F", "2F", "3F"]  # building order
    assert (by_label["1F"].occupied, by_label["1F"].fitting_out, by_label["1F"].vacant) == (1, 1, 2)
    assert (by_label["2F"].moving_out, by_label["2F"].vacant) == (2, 2)
    assert by_label["3F"].vacant == 4 and by_label["B1"].vacant == 4
    assert figures.units == 16
    # The same numbers as the grid's cards, status by status.
    with desk.read(clerk) as work:
        cards = buildings.unit_cards(work, building_id=building.id, on=AS_OF)
    for status in UnitStatus:
        assert figures.status_total(status) == sum(1 for c in cards if c.status == status)
    with desk.read(clerk) as work:
        floor_ids = {f.label: f.id for f in buildings.list_floors(work, building.id)}
    assert by_label["2F"].target == Target(FLOOR, building.id, floor_ids["2F"])


def test_units_by_use_and_by_area_band(
    desk: Desk, manager: Actor, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    give_areas(desk, manager, {"101": "45", "102": "80", "103": "80.5", "104": "650"})
    with desk.work(manager) as work:
        for number, use in (("101", "办公"), ("102", "办公"), ("103", "商铺")):
            card = buildings.unit_cards(work, unit_ids=[unit_id(desk, number)])[0]
            buildings.update_unit(work, card.unit_id, area=card.area, use=use, expected_version=card.version)
    figures = _figures(desk, clerk)
    uses = {c.key: c.count for c in figures.by_use}
    assert uses["办公"] == 2 and uses["商铺"] == 1 and sum(uses.values()) == 16
    assert figures.by_use[0].count == max(uses.values())  # most units first
    areas = {c.key: c.count for c in figures.by_area}
    assert areas == {"lt50": 1, "50-100": 2, "100-200": 0, "200-500": 0, "ge500": 1, "": 12}
    assert [c.key for c in figures.by_area] == ["lt50", "50-100", "100-200", "200-500", "ge500", ""]
    # The units behind a bar, as the floor grid shows them.
    offices = _behind(desk, clerk, next(c.target for c in figures.by_use if c.key == "办公"))
    assert [(r.unit, r.state, r.what, r.date) for r in offices] == [
        ("101", "vacant", "办公 45.00 m²", None),
        ("102", "vacant", "办公 80.00 m²", None),
    ]
    middle = _behind(desk, clerk, Target(AREA, None, key="50-100"))
    assert [r.unit for r in middle] == ["102", "103"]


def test_move_ins_and_move_outs_per_month_over_the_last_twelve(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    tenant(desk, clerk, "旧公司", ["104"], D(2025, 6, 30), move_out=D(2026, 2, 10))  # in: before the twelve months
    tenant(desk, clerk, "甲公司", ["101"], D(2025, 7, 1))
    tenant(desk, clerk, "乙公司", ["102", "103"], D(2026, 2, 1), move_out=D(2026, 6, 15))  # two units: one move
    tenant(desk, clerk, "丙公司", ["201"], D(2026, 2, 28))
    figures = _figures(desk, clerk)
    assert figures.months[0] == "2025-07" and figures.months[-1] == "2026-06"
    ins = {m.month: m.count for m in figures.move_ins}
    outs = {m.month: m.count for m in figures.move_outs}
    assert ins == {m: {"2025-07": 1, "2026-02": 2}.get(m, 0) for m in figures.months}
    assert outs == {m: {"2026-02": 1, "2026-06": 1}.get(m, 0) for m in figures.months}
    february = next(m for m in figures.move_ins if m.month == "2026-02")
    assert february.target == Target(MOVE_INS, None, month="2026-02")
    rows = _behind(desk, clerk, february.target)
    assert [(r.date, r.unit, r.customer) for r in rows] == [
        (D(2026, 2, 1), "102, 103", "乙公司"),
        (D(2026, 2, 28), "201", "丙公司"),
    ]
    assert all(r.dossier_id is not None for r in rows)
    gone = _behind(desk, clerk, Target(MOVE_OUTS, None, month="2026-02"))
    assert [(r.date, r.customer) for r in gone] == [(D(2026, 2, 10), "旧公司")]


def _repair(desk: Desk, clerk: Actor, unit: str, when: dt.datetime, status: str, tenancy_id: int | None = None) -> None:
    with desk.work(clerk) as work:
        work.session.add(
            Repair(
                unit_id=unit_id(desk, unit),
                tenancy_id=tenancy_id,
                status=status,
                reported_at=when,
                channel="phone",
                what=f"漏水 {unit}",
                created_by=clerk.user_id,
                created_at=NOW,
            )
        )


def _complaint(desk: Desk, clerk: Actor, unit: str | None, when: dt.datetime, status: str) -> None:
    with desk.work(clerk) as work:
        work.session.add(
            Complaint(
                unit_id=unit_id(desk, unit) if unit else None,
                status=status,
                received_at=when,
                channel="phone",
                complainant="张先生",
                content="噪音",
                created_by=clerk.user_id,
                created_at=NOW,
            )
        )


def test_repairs_and_complaints_per_month_and_open_now(
    desk: Desk, manager: Actor, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    t = tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1))
    at = dt.datetime
    _repair(desk, clerk, "101", at(2026, 5, 31, 23, 59), "reported", t)  # open
    _repair(desk, clerk, "101", at(2026, 5, 2, 9), "visited", t)  # closed
    _repair(desk, clerk, "102", at(2026, 6, 1, 0, 0), "done")  # open: the return visit is still to come
    _repair(desk, clerk, "103", at(2026, 6, 3, 8), "cancelled")  # closed
    _repair(desk, clerk, "104", at(2025, 6, 30, 12), "assigned")  # before the twelve months, still open
    _complaint(desk, clerk, "101", at(2026, 6, 2, 10), "fed_back")  # open until closed
    _complaint(desk, clerk, None, at(2026, 6, 5, 10), "closed")  # about the building: no unit
    _complaint(desk, clerk, "201", at(2026, 1, 9, 10), "received")
    figures = _figures(desk, clerk)
    repairs = {m.month: m.count for m in figures.repairs}
    complaints = {m.month: m.count for m in figures.complaints}
    assert repairs == {m: {"2026-05": 2, "2026-06": 2}.get(m, 0) for m in figures.months}
    assert complaints == {m: {"2026-01": 1, "2026-06": 2}.get(m, 0) for m in figures.months}
    assert figures.open_repairs.count == 3
    assert figures.open_complaints.count == 2

    may = _behind(desk, clerk, Target(REPAIRS, None, month="2026-05"))
    assert [(r.date, r.unit, r.customer, r.state) for r in may] == [
        (D(2026, 5, 2), "101", "甲公司", "visited"),
        (D(2026, 5, 31), "101", "甲公司", "reported"),
    ]
    assert may[0].dossier_id is not None
    open_now = _behind(desk, clerk, figures.open_repairs.target)
    assert [r.unit for r in open_now] == ["104", "101", "102"]
    assert open_now[2].customer == "" and open_now[2].dossier_id is None  # a vacant unit's repair
    june = _behind(desk, clerk, Target(COMPLAINTS, None, month="2026-06"))
    assert [(r.unit, r.customer, r.state) for r in june] == [("101", "张先生", "fed_back"), ("", "张先生", "closed")]
    assert [r.state for r in _behind(desk, clerk, Target(OPEN_COMPLAINTS))] == ["received", "fed_back"]

    # Another building's repairs and complaints are not this one's; a complaint without a unit is only counted for
    # every building.
    with desk.work(manager) as work:
        other = buildings.create_building(
            work, "第二大厦", floors_from=1, floors_to=1, units_per_floor=1, numbering="A{floor}{unit:02}"
        )
    with desk.work(clerk) as work:
        work.session.add(
            Repair(
                unit_id=buildings.find_units(work, ["A101"])[0],
                status="reported",
                reported_at=at(2026, 6, 1, 9),
                channel="self",
                what="门锁",
                created_by=clerk.user_id,
                created_at=NOW,
            )
        )
    here = _figures(desk, clerk, building_id=building.id)
    there = _figures(desk, clerk, building_id=other.id)
    everywhere = _figures(desk, clerk)
    assert (here.open_repairs.count, there.open_repairs.count, everywhere.open_repairs.count) == (3, 1, 4)
    assert [m.count for m in here.complaints][-1] == 1 and [m.count for m in everywhere.complaints][-1] == 2
    assert len(_behind(desk, clerk, Target(OPEN_REPAIRS, other.id))) == 1


def test_the_satisfaction_trend_averages_each_item_per_year(
    desk: Desk, manager: Actor, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    tenancies = [tenant(desk, clerk, f"公司{n}", [u], D(2024, 1, 1)) for n, u in enumerate(["101", "102", "103"])]
    with desk.work(manager) as work:
        rounds = {}
        for year in (2024, 2025, 2027):
            rounds[year] = SurveyRound(year=year, opened_on=D(year, 11, 1), created_by=manager.user_id, created_at=NOW)
            work.session.add(rounds[year])
        work.session.flush()
        scores = {2024: [(5, 3, 4), (4, 2, 4)], 2025: [(5, 4, 5), (4, 4, 4), (3, 5, 4)], 2027: [(1, 1, 1)]}
        for year, answers in scores.items():
            for tenancy_id, (s, p, c) in zip(tenancies, answers, strict=False):
                work.session.add(
                    SurveyResponse(
                        round_id=rounds[year].id,
                        tenancy_id=tenancy_id,
                        answered_on=D(year, 11, 20),
                        service_score=s,
                        price_score=p,
                        company_score=c,
                        recorded_by=manager.user_id,
                        recorded_at=NOW,
                    )
                )
    trend = _figures(desk, clerk).satisfaction
    assert [(y.year, y.responses, y.service, y.price, y.company) for y in trend] == [
        (2024, 2, Decimal("4.50"), Decimal("2.50"), Decimal("4.00")),
        (2025, 3, Decimal("4.00"), Decimal("4.33"), Decimal("4.33")),
    ]  # 2027 is after the day asked about


def test_dossiers_missing_move_in_papers(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    complete = tenant(desk, clerk, "齐全公司", ["101"], D(2025, 1, 1))
    tenant(desk, clerk, "缺件公司", ["102"], D(2025, 2, 1))
    tenant(desk, clerk, "已退公司", ["103"], D(2024, 1, 1), move_out=D(2025, 1, 1))  # departed: not counted
    with desk.read(clerk) as work:
        items = checklist(work)
        dossier_id = work.session.get_one(Tenancy, complete).dossier.id
    assert items, "the new file has a move-in checklist"
    with desk.work(clerk) as work:
        for item in items:
            add_document(
                work,
                dossier_id,
                DocumentInput(
                    category=item.category, doc_date=D(2025, 1, 1), title=item.title, pages=1, requirement=item.code
                ),
            )
    figures = _figures(desk, clerk)
    assert figures.missing_papers.count == 1
    assert figures.missing_papers.target == Target(MISSING_PAPERS, None)
    rows = _behind(desk, clerk, figures.missing_papers.target)
    assert [(r.unit, r.customer) for r in rows] == [("102", "缺件公司")]
    assert items[0].title in rows[0].what


def test_arrears_by_age_band_are_the_fee_rooms(
    desk: Desk, manager: Actor, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    give_areas(desk, manager, {"101": "100", "102": "10"})
    fee_item(desk, manager, "物业管理费", "area", {D(2025, 1, 1): "10"}, due_days=0)
    tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1))
    tenant(desk, clerk, "乙公司", ["102"], D(2026, 4, 1))
    with desk.work(manager) as work:
        for month in ("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"):
            generate_month(work, month)
    figures = _figures(desk, clerk)
    with desk.read(clerk) as work:
        rows = arrears(work, as_of=AS_OF)
    expected = [sum(r.buckets[i] for r in rows) for i in range(4)]
    assert [band.fen for band in figures.arrears] == expected
    assert expected == [110000, 110000, 110000, 300000]  # June, May, April: both tenants; January–March: 甲
    assert [band.tenancies for band in figures.arrears] == [2, 2, 2, 1]
    assert figures.arrears_fen == sum(expected)
    assert figures.arrears[3].target == Target(ARREARS, None, key="3")


def test_loans_due_and_overdue(
    desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor, building: buildings.BuildingInfo
) -> None:
    dossiers = []
    for n, unit in enumerate(["101", "102", "103"]):
        t = tenant(desk, clerk, f"公司{n}", [unit], D(2025, 1, 1))
        with desk.read(clerk) as work:
            dossiers.append(work.session.get_one(Tenancy, t).dossier.id)
    day = AS_OF + dt.timedelta(days=2)  # the dashboard's day, two days after the loans went out
    returns = [day - dt.timedelta(days=1), day + dt.timedelta(days=6), day + dt.timedelta(days=7)]
    for dossier_id, back in zip(dossiers, returns, strict=True):
        with desk.work(clerk) as work:
            loan = request_loan(work, [dossier_id], "林芳", "工程部", "核对图纸", expected_return=back)
        with desk.work(manager) as work:
            decide(work, loan_info(work, loan.id).approval_id, approve=True, note="同意")
        with desk.work(supervisor) as work:
            hand_out(work, loan.id)
    figures = _figures(desk, clerk, as_of=day)
    assert (figures.loans_overdue.count, figures.loans_due.count) == (1, 1)  # the third is due in 8 days


def test_what_the_dashboard_refuses(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    with desk.read(None) as work, pytest.raises(PermissionDenied):
        dashboard(work, AS_OF)
    with desk.read(clerk) as work:
        with pytest.raises(NotFound):
            dashboard(work, AS_OF, building_id=999)
        with pytest.raises(ValidationError):
            dashboard(work, D(1800, 1, 1))
        with pytest.raises(ValidationError):
            records_behind(work, Target(REPAIRS, None, month="2026-13"))
        with pytest.raises(ValidationError):
            records_behind(work, Target(FLOOR, building.id, 1))  # the floor's own tab lists it
