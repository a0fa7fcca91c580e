"""The archive settings (全宗, 档号) and the 档号 itself (issue 12): composing, checking, binding with them, the
number fixed for good, and the one-time step for files bound before the settings existed."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app import archive
from app.archive import ArchiveSettings, compose_code, example_code, sequence_per_retention
from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.dossier import dossiers
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.search import MatchKind, search
from db import protection
from db.models import Change, Dossier, Setting
from tests.unit.archive.test_archive import bind, departed
from tests.unit.unit_support import plain_sql, refused

CODES = {"permanent": "Y", "30y": "D30", "10y": "D10"}


def settings(pattern: str = "{全宗号}-{年度}-{保管期限}-{案卷号:04}", **changes: Any) -> ArchiveSettings:
    base = ArchiveSettings("某物业公司客户服务部", "X01", "1", pattern, dict(CODES), configured=True)
    return replace(base, **changes)


def values(**changes: Any) -> dict[str, Any]:
    """The keyword arguments of change_archive_settings: good ones, with ``changes``."""
    good: dict[str, Any] = {
        "fonds_name": "华信物业管理有限公司客户服务部",
        "fonds_code": "A02",
        "catalogue_no": "3",
        "code_pattern": "{全宗号}-{年度}-{保管期限}-{案卷号:04}",
        "retention_codes": dict(CODES),
    }
    return {**good, **changes}


def configure(desk: Desk, manager: Actor, **changes: Any) -> ArchiveSettings:
    with desk.work(manager) as work:
        return archive.change_archive_settings(work, **values(**changes))


def old_style(desk: Desk, dossier_id: int, number: str) -> None:
    """Make a bound file look bound before the archive settings existed: an old number, no 全宗号 (as migration
    0012 leaves them). The triggers are lifted for this only, as a file from before them never met them."""
    year, serial = number.split("-")
    with plain_sql(desk) as conn:
        protection.uninstall(conn)
        conn.execute(
            text(
                "UPDATE dossier SET file_number = :n, fonds_code = NULL, file_year = :y, file_serial = :s "
                "WHERE id = :id"
            ),
            {"n": number, "y": int(year), "s": int(serial), "id": dossier_id},
        )
        protection.install(conn)


def dossier_row(desk: Desk, dossier_id: int) -> Dossier:
    with desk.read(None) as work:
        found = work.session.get(Dossier, dossier_id)
        assert found is not None
        work.session.expunge(found)
        return found


# -- composing ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "year", "retention", "serial", "code"),
    [
        ("{全宗号}-{年度}-{保管期限}-{案卷号:04}", 2025, "30y", 13, "X01-2025-D30-0013"),
        ("{全宗号}-{年度}-{保管期限}-{案卷号:04}", 2024, "permanent", 7, "X01-2024-Y-0007"),
        ("{全宗号}-{年度}-{保管期限}-{案卷号:04}", 2025, "10y", 12345, "X01-2025-D10-12345"),  # outgrows its width
        ("{全宗号}-{年度}-{保管期限}-{案卷号:4}", 2025, "30y", 13, "X01-2025-D30-0013"),  # zeros either way
        ("{全宗号}-{年度}-{案卷号}", 2025, "30y", 13, "X01-2025-13"),  # no width, no retention
        ("{全宗号}·{目录号}·{年度}·{案卷号:03}", 2025, "30y", 5, "X01·1·2025·005"),
        ("WS{年度}{保管期限}{案卷号:05}", 2025, "permanent", 42, "WS2025Y00042"),
        ("{全宗号}-{保管期限}-{年度}-{案卷号:04}", 2025, "30y", 1, "X01-D30-2025-0001"),
    ],
)
def test_compose_code_fills_the_pattern(pattern: str, year: int, retention: str, serial: int, code: str) -> None:
    assert compose_code(settings(pattern), year=year, retention=retention, serial=serial) == code


def test_the_example_is_a_30_year_file_of_the_given_year() -> None:
    assert example_code(settings()) == "X01-2025-D30-0013"
    assert example_code(settings(retention_codes={"permanent": "P", "30y": "T", "10y": "S"}), year=2031) == (
        "X01-2031-T-0013"
    )


@pytest.mark.parametrize(
    ("pattern", "per_retention"),
    [
        ("{全宗号}-{年度}-{保管期限}-{案卷号:04}", False),
        ("{全宗号}-{年度}-{案卷号:04}", False),
        ("{全宗号}-{保管期限}-{年度}-{案卷号:04}", True),
        ("{保管期限}{年度}{案卷号}", True),
    ],
)
def test_the_sequence_is_per_retention_only_when_the_retention_comes_before_the_year(
    pattern: str, per_retention: bool
) -> None:
    assert sequence_per_retention(pattern) is per_retention


# -- checking ------------------------------------------------------------------------------------------------

BAD = [
    ("empty-name", {"fonds_name": "  "}, "setting.fonds_name", "must not be empty"),
    ("long-name", {"fonds_name": "长" * 101}, "setting.fonds_name", "at most 100"),
    ("fonds-with-dash", {"fonds_code": "X-01"}, "setting.fonds_code", "letters and digits only"),
    ("fonds-with-space", {"fonds_code": "X 01"}, "setting.fonds_code", "letters and digits only"),
    ("fonds-chinese", {"fonds_code": "甲01"}, "setting.fonds_code", "letters and digits only"),
    ("fonds-too-long", {"fonds_code": "X" * 21}, "setting.fonds_code", "at most 20"),
    ("catalogue-empty", {"catalogue_no": ""}, "setting.catalogue_no", "must not be empty"),
    ("catalogue-slash", {"catalogue_no": "1/2"}, "setting.catalogue_no", "letters and digits only"),
    ("pattern-empty", {"code_pattern": ""}, "setting.code_pattern", "must not be empty"),
    ("pattern-no-year", {"code_pattern": "{全宗号}-{案卷号:04}"}, "setting.code_pattern", "must contain {年度}"),
    ("pattern-no-serial", {"code_pattern": "{全宗号}-{年度}"}, "setting.code_pattern", "must contain {案卷号}"),
    ("pattern-unknown", {"code_pattern": "{全宗}-{年度}-{案卷号}"}, "setting.code_pattern", "unknown part “{全宗}”"),
    ("pattern-twice", {"code_pattern": "{年度}-{年度}-{案卷号}"}, "setting.code_pattern", "{年度} twice"),
    ("pattern-unclosed", {"code_pattern": "{年度}-{案卷号"}, "setting.code_pattern", "not closed"),
    ("pattern-unopened", {"code_pattern": "{年度}-案卷号}"}, "setting.code_pattern", "not opened"),
    ("pattern-space", {"code_pattern": "{年度} {案卷号}"}, "setting.code_pattern", "may not contain “ ”"),
    ("pattern-slash", {"code_pattern": "{年度}/{案卷号}"}, "setting.code_pattern", "may not contain “/”"),
    ("width-on-year", {"code_pattern": "{年度:04}-{案卷号}"}, "setting.code_pattern", "only the file's number"),
    ("width-too-wide", {"code_pattern": "{年度}-{案卷号:010}"}, "setting.code_pattern", "only the file's number"),
    ("width-not-a-number", {"code_pattern": "{年度}-{案卷号:x}"}, "setting.code_pattern", "only the file's number"),
    (
        "pattern-too-long",
        {"code_pattern": "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST-{年度}-{保管期限}-{案卷号:04}"},
        "setting.code_pattern",
        "at most 60",
    ),
    (
        "codes-too-long-together",
        {
            "fonds_code": "F" * 20,
            "catalogue_no": "C" * 20,
            "code_pattern": "{全宗号}{目录号}{年度}{保管期限}{案卷号}",
            "retention_codes": {**CODES, "permanent": "P" * 20},
        },
        "setting.code_pattern",
        "at most 60",
    ),
    (
        "duplicate-retention",
        {"retention_codes": {"permanent": "Y", "30y": "D", "10y": "D"}},
        "setting.retention_code.10y",
        "“D” stands for two retention periods",
    ),
    (
        "duplicate-retention-case",
        {"retention_codes": {"permanent": "y", "30y": "Y", "10y": "D10"}},
        "setting.retention_code.30y",
        "stands for two retention periods",
    ),
    (
        "missing-retention",
        {"retention_codes": {"permanent": "Y", "30y": "D30"}},
        "setting.retention_code.10y",
        "must not be empty",
    ),
    (
        "retention-with-dash",
        {"retention_codes": {"permanent": "Y", "30y": "D-30", "10y": "D10"}},
        "setting.retention_code.30y",
        "letters and digits only",
    ),
]


@pytest.mark.parametrize(("name", "changes", "field", "says"), BAD, ids=[b[0] for b in BAD])
def test_bad_settings_are_refused_naming_the_field(
    desk: Desk, manager: Actor, name: str, changes: dict[str, Any], field: str, says: str
) -> None:
    with refused(desk, ValidationError, field, says):
        configure(desk, manager, **changes)


def test_the_manager_saves_the_settings_and_the_change_is_logged(desk: Desk, manager: Actor) -> None:
    with desk.read(None) as work:
        before = archive.archive_settings(work)
    assert not before.configured and before.fonds_code == "X01"
    saved = configure(
        desk, manager, fonds_name="  华信物业管理有限公司客户服务部 ", code_pattern=" {全宗号}-{年度}-{案卷号:05} "
    )
    with desk.read(None) as work:
        now = archive.archive_settings(work)
        line = work.session.scalars(select(Change).order_by(Change.seq.desc())).first()
    assert now == saved and now.configured
    assert (now.fonds_name, now.fonds_code, now.catalogue_no) == ("华信物业管理有限公司客户服务部", "A02", "3")
    assert now.code_pattern == "{全宗号}-{年度}-{案卷号:05}"
    assert line is not None and (line.entity, line.action, line.user_id) == ("setting", "configure", manager.user_id)
    details = json.loads(line.details)
    assert details["fonds_code"] == "A02" and details["code_pattern"] == "{全宗号}-{年度}-{案卷号:05}"
    # Saving the same again writes no line; changing one writes only that one.
    configure(desk, manager, code_pattern="{全宗号}-{年度}-{案卷号:05}")
    configure(desk, manager, code_pattern="{全宗号}-{年度}-{案卷号:05}", retention_codes={**CODES, "10y": "D1"})
    with desk.read(None) as work:
        lines = work.session.scalars(select(Change).where(Change.entity == "setting").order_by(Change.seq)).all()
    assert [json.loads(x.details) for x in lines[1:]] == [{"retention_codes": ["Y,D30,D10", "Y,D30,D1"]}]


def test_confirming_the_defaults_is_logged_too(desk: Desk, manager: Actor, building: BuildingInfo) -> None:
    with desk.read(None) as work:
        defaults = archive.archive_settings(work)
    configure(
        desk,
        manager,
        fonds_name=defaults.fonds_name,
        fonds_code=defaults.fonds_code,
        catalogue_no=defaults.catalogue_no,
        code_pattern=defaults.code_pattern,
    )
    with desk.read(None) as work:
        assert archive.archive_settings(work).configured
        assert work.session.scalar(select(Change.id).where(Change.entity == "setting")) is not None


@pytest.mark.parametrize("who", ["clerk", "supervisor", "admin"])
def test_only_the_manager_changes_the_settings(desk: Desk, request: pytest.FixtureRequest, who: str) -> None:
    actor = request.getfixturevalue(who)
    with refused(desk, PermissionDenied, None, "may not change the archive settings"):
        configure(desk, actor)
    with desk.read(None) as work:
        assert work.session.scalar(select(Setting.key).where(Setting.key.like("archive.%"))) is None


# -- binding with them ------------------------------------------------------------------------------------------


def test_binding_gives_the_composed_code_and_keeps_its_parts(
    desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor, building: BuildingInfo
) -> None:
    first = departed(desk, clerk, "甲公司", ["101"], [2])
    second = departed(desk, clerk, "乙公司", ["102"], [1])
    third = departed(desk, clerk, "丙公司", ["103"], [1])
    configure(desk, manager)
    assert bind(desk, supervisor, first, "permanent") == "A02-2025-Y-0001"
    assert bind(desk, supervisor, second, "10y") == "A02-2025-D10-0002"  # one run across retention periods
    row = dossier_row(desk, second)
    assert (row.file_number, row.fonds_code, row.file_year, row.file_serial) == ("A02-2025-D10-0002", "A02", 2025, 2)
    # A new 全宗号 starts its own run within the year; the files already bound keep theirs.
    configure(desk, manager, fonds_code="B7")
    assert bind(desk, supervisor, third) == "B7-2025-D30-0001"
    assert dossier_row(desk, first).file_number == "A02-2025-Y-0001"


def test_retention_first_runs_one_sequence_per_retention(
    desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor, building: BuildingInfo
) -> None:
    ids = [departed(desk, clerk, f"{n}公司", [u], [1]) for n, u in zip("甲乙丙", ["101", "102", "103"], strict=True)]
    configure(desk, manager, code_pattern="{全宗号}-{保管期限}-{年度}-{案卷号:03}")
    assert [bind(desk, supervisor, i, r) for i, r in zip(ids, ["30y", "10y", "30y"], strict=True)] == [
        "A02-D30-2025-001",
        "A02-D10-2025-001",
        "A02-D30-2025-002",
    ]


def test_unconfigured_binding_uses_the_defaults(
    desk: Desk, clerk: Actor, supervisor: Actor, building: BuildingInfo
) -> None:
    gone = departed(desk, clerk, "甲公司", ["101"], [1])
    assert bind(desk, supervisor, gone) == "X01-2025-D30-0001"
    assert dossier_row(desk, gone).fonds_code == "X01"


def test_a_code_taken_under_other_settings_is_stepped_over(
    desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor, building: BuildingInfo
) -> None:
    """Without the 全宗号 in the pattern, a new 全宗 could meet the old one's numbers: the next free one is taken."""
    first = departed(desk, clerk, "甲公司", ["101"], [1])
    second = departed(desk, clerk, "乙公司", ["102"], [1])
    configure(desk, manager, code_pattern="{年度}-{案卷号:04}")
    assert bind(desk, supervisor, first) == "2025-0001"
    configure(desk, manager, code_pattern="{年度}-{案卷号:04}", fonds_code="B7")
    assert bind(desk, supervisor, second) == "2025-0002"


def test_the_binding_dialog_preview_is_the_code_binding_gives(
    desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor, building: BuildingInfo
) -> None:
    gone = departed(desk, clerk, "甲公司", ["101"], [1])
    configure(desk, manager)
    with desk.read(supervisor) as work:
        shown = archive.code_to_give(work, gone, "permanent")
    assert shown == "A02-2025-Y-0001" == bind(desk, supervisor, gone, "permanent")
    with desk.read(supervisor) as work:
        assert archive.code_to_give(work, gone, "10y") == "A02-2025-Y-0001"  # bound: its own, whatever is asked


def test_changing_the_settings_leaves_given_codes_alone(
    desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor, building: BuildingInfo
) -> None:
    gone = departed(desk, clerk, "甲公司", ["101"], [1])
    bind(desk, supervisor, gone)
    configure(desk, manager, fonds_code="Z9", code_pattern="{全宗号}·{年度}·{案卷号}")
    with desk.read(None) as work:
        assert archive.in_file_directory(work, gone).file_number == "X01-2025-D30-0001"
        assert archive.in_file_directory(work, gone).fonds_code == "X01"


# -- fixed for good --------------------------------------------------------------------------------------------


def test_plain_sql_cannot_change_a_given_code(
    desk: Desk, clerk: Actor, supervisor: Actor, building: BuildingInfo
) -> None:
    gone = departed(desk, clerk, "甲公司", ["101"], [1])
    bind(desk, supervisor, gone)
    attempts = [
        "UPDATE dossier SET file_number = 'X01-2025-D30-0099' WHERE id = :id",
        "UPDATE dossier SET file_number = NULL WHERE id = :id",
        # posing as the one-time step for a file that already has its 档号 is refused only when 原编号 is set…
        "UPDATE dossier SET former_file_number = 'X' WHERE id = :id",
    ]
    for sql in attempts:
        with pytest.raises(IntegrityError, match="archival code never changes"), plain_sql(desk) as conn:
            conn.execute(text(sql), {"id": gone})
    assert dossier_row(desk, gone).file_number == "X01-2025-D30-0001"
    # … and once a 原编号 is set, even the one-time form is refused: the step happens once.
    one_time = "UPDATE dossier SET former_file_number = file_number, file_number = :n WHERE id = :id"
    with plain_sql(desk) as conn:
        conn.execute(text(one_time), {"n": "N-1", "id": gone})
    with pytest.raises(IntegrityError, match="archival code never changes"), plain_sql(desk) as conn:
        conn.execute(text(one_time), {"n": "N-2", "id": gone})
    with pytest.raises(IntegrityError, match="archival code never changes"), plain_sql(desk) as conn:
        conn.execute(text("UPDATE dossier SET former_file_number = NULL WHERE id = :id"), {"id": gone})


def test_an_unbound_dossier_gets_its_code_freely(desk: Desk, clerk: Actor, building: BuildingInfo) -> None:
    gone = departed(desk, clerk, "甲公司", ["101"], [1])
    with plain_sql(desk) as conn:  # binding sets a number where there was none: the trigger lets it through
        conn.execute(text("UPDATE dossier SET file_number = 'X01-2025-D30-0001' WHERE id = :id"), {"id": gone})
    assert dossier_row(desk, gone).file_number == "X01-2025-D30-0001"


# -- the one-time step -----------------------------------------------------------------------------------------


@pytest.fixture
def old_files(desk: Desk, clerk: Actor, supervisor: Actor, building: BuildingInfo) -> list[int]:
    """Three files bound before the archive settings existed: 2024-0001, 2025-0001 (10y) and 2025-0002."""
    ids = [
        departed(desk, clerk, "甲公司", ["101"], [1], move_out=dt.date(2024, 6, 30)),
        departed(desk, clerk, "乙公司", ["102"], [2]),
        departed(desk, clerk, "丙公司", ["103"], [3]),
    ]
    for dossier_id, retention, number in zip(
        ids, ["30y", "10y", "30y"], ["2024-0001", "2025-0001", "2025-0002"], strict=True
    ):
        bind(desk, supervisor, dossier_id, retention)
        old_style(desk, dossier_id, number)
    return ids


def preview(desk: Desk, actor: Actor | None = None) -> list[archive.CodeChange]:
    with desk.read(actor) as work:
        return archive.archival_code_preview(work)


def give(desk: Desk, actor: Actor, expected: int) -> int:
    with desk.work(actor) as work:
        return archive.give_archival_codes(work, expected)


def test_the_one_time_step_does_what_its_preview_shows(desk: Desk, manager: Actor, old_files: list[int]) -> None:
    configure(desk, manager)
    shown = preview(desk)
    assert [(c.former_file_number, c.file_number, c.customer, c.year) for c in shown] == [
        ("2024-0001", "A02-2024-D30-0001", "甲公司", 2024),
        ("2025-0001", "A02-2025-D10-0001", "乙公司", 2025),
        ("2025-0002", "A02-2025-D30-0002", "丙公司", 2025),
    ]
    with desk.read(None) as work:
        assert archive.old_style_count(work) == 3
    assert give(desk, manager, 3) == 3
    for change in shown:
        row = dossier_row(desk, change.dossier_id)
        assert (row.file_number, row.former_file_number, row.fonds_code) == (
            change.file_number,
            change.former_file_number,
            "A02",
        )
    with desk.read(None) as work:
        assert archive.old_style_count(work) == 0
        lines = work.session.scalars(select(Change).where(Change.action == "give_code")).all()
    assert sorted(json.loads(x.details)["former_file_number"] for x in lines) == ["2024-0001", "2025-0001", "2025-0002"]
    assert preview(desk) == []


def test_the_old_number_still_finds_the_file(
    desk: Desk, manager: Actor, supervisor: Actor, old_files: list[int]
) -> None:
    configure(desk, manager)
    give(desk, manager, 3)
    with desk.read(None) as work:
        assert dossiers.find_dossier_by_number(work, "2025-0002") == old_files[2]
        assert dossiers.find_dossier_by_number(work, "A02-2025-D30-0002") == old_files[2]
        with pytest.raises(NotFound):
            dossiers.find_dossier_by_number(work, "2025-0003")
    with desk.work(supervisor) as work:
        archive.archive_year(work, 2025)
    with desk.read(None) as work:
        hits = archive.search_archive(work, "2025-0001")
    assert [(h.dossier_id, h.file_number, h.matched) for h in hits] == [
        (old_files[1], "A02-2025-D10-0001", "2025-0001")
    ]


def test_a_file_bound_meanwhile_does_not_take_an_old_files_number(
    desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor, old_files: list[int]
) -> None:
    configure(desk, manager)
    later = departed(desk, clerk, "丁公司", ["104"], [1])
    assert bind(desk, supervisor, later) == "A02-2025-D30-0003"  # after the old 2025-0001 and 2025-0002
    assert [c.file_number for c in preview(desk)][1:] == ["A02-2025-D10-0001", "A02-2025-D30-0002"]


def test_a_clashing_number_is_renumbered_after_the_scope(
    desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor, old_files: list[int]
) -> None:
    """A file given A02-2025-D30-0002 before the step (say, bound on another copy and merged) keeps it; the old
    2025-0002 moves on to the next free number of its year."""
    configure(desk, manager)
    later = departed(desk, clerk, "丁公司", ["104"], [1])
    bind(desk, supervisor, later)
    with plain_sql(desk) as conn:
        protection.uninstall(conn)
        conn.execute(
            text("UPDATE dossier SET file_number = 'A02-2025-D30-0002', file_serial = 2 WHERE id = :id"), {"id": later}
        )
        protection.install(conn)
    assert [(c.former_file_number, c.file_number) for c in preview(desk)][1:] == [
        ("2025-0001", "A02-2025-D10-0001"),
        ("2025-0002", "A02-2025-D30-0003"),
    ]
    assert give(desk, manager, 3) == 3


def test_the_step_refuses_unconfigured_settings(desk: Desk, manager: Actor, old_files: list[int]) -> None:
    with refused(desk, Conflict, "setting.fonds_name", "not confirmed yet"):
        give(desk, manager, 3)


def test_the_step_refuses_when_the_preview_is_out_of_date(desk: Desk, manager: Actor, old_files: list[int]) -> None:
    configure(desk, manager)
    with refused(desk, Conflict, "archive_codes.expected", "3 file(s) are waiting now, but the preview showed 2"):
        give(desk, manager, 2)


@pytest.mark.parametrize("who", ["clerk", "supervisor", "admin"])
def test_only_the_manager_runs_the_step(
    desk: Desk, manager: Actor, request: pytest.FixtureRequest, who: str, old_files: list[int]
) -> None:
    configure(desk, manager)
    actor = request.getfixturevalue(who)
    with refused(desk, PermissionDenied, None, "may not change the archive settings"):
        give(desk, actor, 3)


def test_quick_find_opens_a_file_by_its_code_or_its_old_number(
    desk: Desk, manager: Actor, old_files: list[int]
) -> None:
    configure(desk, manager)
    give(desk, manager, 3)
    with desk.read(None) as work:
        by_old = search(work, "2025-0002")
        by_code = search(work, "a02-2025-d30-0002")  # typed in small letters
    assert [(h.dossier_id, h.kind, h.matched) for h in by_old][:1] == [
        (old_files[2], MatchKind.DOSSIER_NUMBER, "2025-0002")
    ]
    assert [(h.dossier_id, h.kind) for h in by_code][:1] == [(old_files[2], MatchKind.DOSSIER_NUMBER)]
