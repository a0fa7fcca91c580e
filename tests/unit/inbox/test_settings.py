"""The scan inbox's settings (issue 21): the folder every desk watches and whether readable covers file by themselves
— saved, cleared and refused as the Settings dialog and ``inbox-settings`` do it — and the dossiers a bundle without a
cover may be filed into."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text as sql_text

from app.building import buildings
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import DocumentInput, add_document
from app.errors import PermissionDenied, ValidationError
from app.inbox import InboxSettings, change_inbox_settings, dossiers_to_file_into, inbox_settings, titles_used
from app.settings import MAX_FOLDER_LENGTH
from app.tenancy import lifecycle as tenancy
from db import protection
from db.attachment_store import attachments_folder_for
from tests.unit.unit_support import MOVED_OUT, plain_sql, refused, unit_id


def _read(desk: Desk, actor: Actor) -> InboxSettings:
    with desk.read(actor) as work:
        return inbox_settings(work)


def _change(desk: Desk, actor: Actor, folder: Path | str | None, files_itself: bool) -> InboxSettings:
    with desk.work(actor) as work:
        return change_inbox_settings(work, folder=folder, files_itself=files_itself)


def test_a_new_database_watches_no_folder_and_files_nothing_by_itself(desk: Desk, clerk: Actor) -> None:
    assert _read(desk, clerk) == InboxSettings(folder=None, files_itself=False)


@pytest.mark.parametrize("login", ["admin", "supervisor", "manager"])
def test_the_office_saves_the_folder_and_every_desk_reads_it(
    desk: Desk, login: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    actor: Actor = request.getfixturevalue(login)
    share = tmp_path / "复印机 扫描"
    share.mkdir()
    returned = _change(desk, actor, f"  {share}  ", True)
    assert returned == InboxSettings(folder=share, files_itself=True)
    clerk: Actor = request.getfixturevalue("clerk")
    assert _read(desk, clerk) == returned  # a new unit of work, another person: the same settings


def test_an_empty_folder_stops_the_watching_and_keeps_the_rule(desk: Desk, supervisor: Actor, tmp_path: Path) -> None:
    _change(desk, supervisor, tmp_path, True)
    assert _change(desk, supervisor, "", True) == InboxSettings(folder=None, files_itself=True)
    assert _read(desk, supervisor) == InboxSettings(folder=None, files_itself=True)
    assert _change(desk, supervisor, None, False) == InboxSettings(folder=None, files_itself=False)


def test_a_relative_folder_is_refused(desk: Desk, supervisor: Actor) -> None:
    with refused(desk, ValidationError, "inbox.folder", "Inbox folder must be a full path", "“scans”"):
        _change(desk, supervisor, "scans", True)


def test_a_folder_that_is_not_there_is_refused(desk: Desk, supervisor: Actor, tmp_path: Path) -> None:
    missing = tmp_path / "未挂载的共享"
    with refused(desk, ValidationError, "inbox.folder", f"The inbox folder {missing} does not exist."):
        _change(desk, supervisor, missing, True)
    assert _read(desk, supervisor) == InboxSettings(folder=None, files_itself=False)  # the tick not saved either


def test_a_folder_too_long_is_refused(desk: Desk, supervisor: Actor, tmp_path: Path) -> None:
    long = str(tmp_path / ("长" * MAX_FOLDER_LENGTH))
    with refused(desk, ValidationError, "inbox.folder", "Inbox folder is too long", f"at most {MAX_FOLDER_LENGTH}"):
        _change(desk, supervisor, long, False)


@pytest.mark.file_only("a server database keeps its scans in the database, not in a folder of this PC")
def test_a_folder_inside_the_scans_folder_is_refused(desk: Desk, supervisor: Actor) -> None:
    scans = attachments_folder_for(desk.path)
    inside = scans / "inbox"
    inside.mkdir(parents=True)
    for folder in (scans, inside):
        with refused(desk, ValidationError, "inbox.folder", "must not be inside the database's own scans folder"):
            _change(desk, supervisor, folder, False)


def test_a_clerk_may_not_change_them(desk: Desk, clerk: Actor, tmp_path: Path) -> None:
    with refused(desk, PermissionDenied, None, "Clerk", "may not choose the scan inbox folder"):
        _change(desk, clerk, tmp_path, True)


def test_the_dossiers_to_file_into_are_the_live_ones_first_and_never_a_destroyed_one(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    moved = {}
    for name, unit in (("甲科技有限公司", "101"), ("乙贸易有限公司", "102"), ("丙咨询有限公司", "103")):
        with desk.work(clerk) as work:
            moved[name] = tenancy.move_in(
                work, customer=CustomerInput(name=name), unit_ids=[unit_id(desk, unit)], move_in=dt.date(2026, 1, 5)
            )
    jia, yi, bing = moved.values()
    with desk.work(clerk) as work:
        tenancy.move_out(work, jia.tenancy_id, day=dt.date(2026, 3, 31), checklist=MOVED_OUT)
    with plain_sql(desk) as conn:
        # The database lets a status only move forward (db/protection.py): the triggers are taken away to make a
        # destroyed dossier at once.
        protection.uninstall(conn)
        conn.execute(sql_text("UPDATE dossier SET status = 'destroyed' WHERE id = :id"), {"id": bing.dossier_id})
    with desk.read(clerk) as work:
        choices = dossiers_to_file_into(work)
    assert [(c.number, c.unit, c.customer, c.status) for c in choices] == [
        (yi.dossier_number, "102", "乙贸易有限公司", "live"),
        (jia.dossier_number, "101", "甲科技有限公司", "departed"),
    ]
    assert jia.dossier_number < yi.dossier_number  # live first, whatever the numbers
    assert [c.id for c in choices] == [yi.dossier_id, jia.dossier_id]


def test_the_titles_offered_are_the_categorys_most_given_first(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    given = ["物业通知回执", "装修申请函", "物业通知回执", "物业通知回执", "装修申请函", "停水通知"]
    with desk.work(clerk) as work:
        for day, title in enumerate(given, start=1):
            data = DocumentInput(category="correspondence", doc_date=dt.date(2026, 2, day), title=title)
            add_document(work, tenant.dossier_id, data, [])
        add_document(
            work,
            tenant.dossier_id,
            DocumentInput(category="fit_out", doc_date=dt.date(2026, 2, 9), title="竣工验收"),
            [],
        )
    with desk.read(clerk) as work:
        assert titles_used(work, "correspondence") == ["物业通知回执", "装修申请函", "停水通知"]
        assert titles_used(work, "correspondence", limit=1) == ["物业通知回执"]
        assert titles_used(work, "fit_out") == ["竣工验收"]
        assert titles_used(work, "repairs") == []
