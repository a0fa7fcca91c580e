"""Authorised signatories and seal specimens (issue 20): the dates of an authority, the ID number masked by role, the
specimens checked against their fingerprint, who may keep them, and a newer seal specimen shown over an older."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from app import customers
from app.customers import Authority, SignatoryInput
from app.desk import Actor, ChangedMeanwhile, Desk
from app.errors import DataDamaged, NotFound, PermissionDenied, ValidationError
from app.tenancy import lifecycle as tenancy
from db.attachment_store import FolderAttachmentStore
from db.models import Change
from tests.unit.unit_support import checked, make_image, make_pdf, refused, scan_kept, unit_id

ID = "110101199003071234"
MASKED = "110***********1234"


def _add(
    desk: Desk,
    actor: Actor,
    customer_id: int,
    specimen: Path | None = None,
    *,
    valid_from: dt.date = dt.date(2026, 1, 1),
    valid_to: dt.date | None = None,
    name: str = "赵敏",
) -> customers.SignatoryInfo:
    data = SignatoryInput(name=name, id_number=ID, position="行政经理", valid_from=valid_from, valid_to=valid_to)
    with desk.work(actor) as work:
        return customers.add_signatory(work, customer_id, data, specimen)


def _sheet(desk: Desk, actor: Actor, customer_id: int, on: dt.date | None = None) -> customers.SpecimenSheet:
    with desk.read(actor) as work:
        return customers.read_specimens(work, customer_id, on=on)


def test_a_signatory_with_a_specimen_is_kept_and_its_picture_read_back(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    picture = make_image(tmp_path / "赵敏签字.png")
    added = _add(desk, clerk, tenant.customer_id, picture)
    sheet = _sheet(desk, clerk, tenant.customer_id)
    assert [(s.name, s.position, s.valid_from, s.valid_to) for s in sheet.signatories] == [
        ("赵敏", "行政经理", dt.date(2026, 1, 1), None)
    ]
    specimen = sheet.signatories[0].specimen
    assert specimen is not None and specimen.original_name == "赵敏签字.png" and specimen.media_type == "image/png"
    with desk.read(clerk) as work:
        image = customers.specimen_image(work, specimen.id)
    assert image.data == picture.read_bytes()
    assert added.id == sheet.signatories[0].id
    assert checked(desk).ok  # the specimen is a scan the record names, not a stray


def test_the_id_number_is_masked_for_a_clerk_and_shown_to_the_supervisor(
    desk: Desk, clerk: Actor, supervisor: Actor, admin: Actor, tenant: tenancy.MoveIn
) -> None:
    added = _add(desk, clerk, tenant.customer_id)
    assert (added.id_number, added.id_number_masked) == (MASKED, True)
    assert _sheet(desk, admin, tenant.customer_id).signatories[0].id_number == MASKED
    assert _sheet(desk, supervisor, tenant.customer_id).signatories[0].id_number == ID


def test_a_masked_id_number_left_as_shown_keeps_the_number_on_file(
    desk: Desk, clerk: Actor, supervisor: Actor, tenant: tenancy.MoveIn
) -> None:
    added = _add(desk, clerk, tenant.customer_id)
    data = SignatoryInput(name="赵敏", id_number=MASKED, position="总经理", valid_from=added.valid_from)
    with desk.work(clerk) as work:
        customers.edit_signatory(work, added.id, data, expected_version=added.version)
    shown = _sheet(desk, supervisor, tenant.customer_id).signatories[0]
    assert (shown.id_number, shown.position) == (ID, "总经理")


def test_a_masked_id_number_edited_by_hand_is_refused(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    added = _add(desk, clerk, tenant.customer_id)
    data = SignatoryInput(name="赵敏", id_number="110***********9999", valid_from=added.valid_from)
    with refused(desk, ValidationError, "signatory.id_number", "whole ID number"), desk.work(clerk) as work:
        customers.edit_signatory(work, added.id, data, expected_version=added.version)


def test_the_audit_log_names_the_signatory_never_the_number(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    _add(desk, clerk, tenant.customer_id)
    with desk.read(None) as work:
        details = work.session.scalars(select(Change.details).where(Change.entity == "signatory")).all()
    assert details and all("赵敏" in d and ID not in d for d in details)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2025, 12, 31), Authority.NOT_YET),
        (dt.date(2026, 1, 1), Authority.VALID),  # the first day counts
        (dt.date(2026, 3, 31), Authority.VALID),  # and the last
        (dt.date(2026, 4, 1), Authority.ENDED),
    ],
)
def test_an_authority_holds_from_its_first_to_its_last_day(day: dt.date, expected: Authority) -> None:
    assert customers.authority_on(dt.date(2026, 1, 1), dt.date(2026, 3, 31), day) is expected


def test_an_open_ended_authority_never_ends() -> None:
    assert customers.authority_on(dt.date(2026, 1, 1), None, dt.date(2099, 12, 31)) is Authority.VALID


def test_ending_an_authority_flags_the_signatory_on_a_later_form(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    added = _add(desk, clerk, tenant.customer_id)
    with desk.work(clerk) as work:
        ended = customers.end_authority(work, added.id, dt.date(2026, 5, 31), expected_version=added.version)
    assert ended.valid_to == dt.date(2026, 5, 31)
    with desk.read(clerk) as work:
        on_time = customers.specimens_beside(work, tenancy_id=tenant.tenancy_id, on=dt.date(2026, 5, 31))
        too_late = customers.specimens_beside(work, tenancy_id=tenant.tenancy_id, on=dt.date(2026, 6, 1))
    assert on_time is not None and on_time.signatories[0].authority_on(dt.date(2026, 5, 31)) is Authority.VALID
    assert too_late is not None and too_late.signatories[0].authority_on(dt.date(2026, 6, 1)) is Authority.ENDED


def test_the_valid_signatories_come_first(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    _add(desk, clerk, tenant.customer_id, name="艾伦", valid_to=dt.date(2026, 2, 28))
    _add(desk, clerk, tenant.customer_id, name="周强")
    names = [s.name for s in _sheet(desk, clerk, tenant.customer_id, dt.date(2026, 6, 1)).signatories]
    assert names == ["周强", "艾伦"]


def test_specimens_beside_a_form_of_a_unit_are_its_tenants(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    _add(desk, clerk, tenant.customer_id)
    unit = unit_id(desk, "101")
    with desk.read(clerk) as work:
        sheet = customers.specimens_beside(work, unit_id=unit, on=dt.date(2026, 6, 1))
        before_move_in = customers.specimens_beside(work, unit_id=unit, on=dt.date(2025, 6, 1))
    assert sheet is not None and sheet.customer_id == tenant.customer_id
    assert before_move_in is None  # nobody was in the unit then


def test_an_authority_cannot_end_before_it_begins(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    data = SignatoryInput(name="赵敏", valid_from=dt.date(2026, 3, 1), valid_to=dt.date(2026, 2, 1))
    with refused(desk, ValidationError, "signatory.valid_to"), desk.work(clerk) as work:
        customers.add_signatory(work, tenant.customer_id, data)
    added = _add(desk, clerk, tenant.customer_id)
    with refused(desk, ValidationError, "signatory.valid_to"), desk.work(clerk) as work:
        customers.end_authority(work, added.id, dt.date(2025, 12, 31), expected_version=added.version)


def test_an_ended_authority_is_not_lengthened_by_ending_it_again(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    added = _add(desk, clerk, tenant.customer_id, valid_to=dt.date(2026, 3, 31))
    with refused(desk, ValidationError, "signatory.valid_to", "already ended"), desk.work(clerk) as work:
        customers.end_authority(work, added.id, dt.date(2026, 6, 30), expected_version=added.version)


def test_a_name_and_a_start_are_required(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with refused(desk, ValidationError, "signatory.name"), desk.work(clerk) as work:
        customers.add_signatory(work, tenant.customer_id, SignatoryInput(name=" ", valid_from=dt.date(2026, 1, 1)))
    with refused(desk, ValidationError, "signatory.valid_from"), desk.work(clerk) as work:
        customers.add_signatory(work, tenant.customer_id, SignatoryInput(name="赵敏", valid_from=None))


def test_a_signatory_changed_meanwhile_is_not_overwritten(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    added = _add(desk, clerk, tenant.customer_id)
    with desk.work(clerk) as work:
        customers.end_authority(work, added.id, dt.date(2026, 5, 31), expected_version=added.version)
    data = SignatoryInput(name="赵敏", position="总经理", valid_from=added.valid_from)
    with refused(desk, ChangedMeanwhile, None, "赵敏"), desk.work(clerk) as work:
        customers.edit_signatory(work, added.id, data, expected_version=added.version)


def test_a_specimen_that_is_not_a_picture_is_refused_and_nothing_stored(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    pdf = make_pdf(tmp_path / "签字.pdf", 1)
    with refused(desk, ValidationError, "signatory.specimen", "签字.pdf"), desk.work(clerk) as work:
        customers.add_signatory(
            work, tenant.customer_id, SignatoryInput(name="赵敏", valid_from=dt.date(2026, 1, 1)), pdf
        )
    with refused(desk, ValidationError, "seal.specimen", "签字.pdf"), desk.work(clerk) as work:
        customers.add_seal_specimen(work, tenant.customer_id, "official", dt.date(2026, 6, 1), pdf)


def test_a_newer_seal_specimen_is_shown_and_the_older_stays_on_record(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    old = make_image(tmp_path / "公章2020.png")
    new = make_image(tmp_path / "公章2026.jpg")
    finance = make_image(tmp_path / "财务章.png", fmt="PNG")
    with desk.work(clerk) as work:
        customers.add_seal_specimen(work, tenant.customer_id, "official", dt.date(2020, 5, 1), old)
        customers.add_seal_specimen(work, tenant.customer_id, "finance", dt.date(2021, 1, 1), finance)
        customers.add_seal_specimen(work, tenant.customer_id, "official", dt.date(2026, 6, 1), new)
    sheet = _sheet(desk, clerk, tenant.customer_id)
    assert [(s.seal, s.original_name) for s in sheet.seals] == [
        ("official", "公章2026.jpg"),
        ("finance", "财务章.png"),
    ]
    assert [s.original_name for s in sheet.earlier_seals] == ["公章2020.png"]
    assert sheet.seals[0].media_type == "image/jpeg"


def test_a_seal_lodged_in_the_future_or_unknown_is_refused(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    picture = make_image(tmp_path / "章.png")
    with refused(desk, ValidationError, "seal.lodged_on"), desk.work(clerk) as work:
        customers.add_seal_specimen(work, tenant.customer_id, "official", dt.date(2026, 6, 16), picture)
    with refused(desk, ValidationError, "seal.kind", "stamp"), desk.work(clerk) as work:
        customers.add_seal_specimen(work, tenant.customer_id, "stamp", dt.date(2026, 6, 1), picture)


@pytest.mark.file_only("the altered scan is a file in the folder beside the database")
def test_an_altered_specimen_is_refused_not_shown(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    added = _add(desk, clerk, tenant.customer_id, make_image(tmp_path / "签字.png"))
    assert added.specimen is not None
    store = desk.store
    assert isinstance(store, FolderAttachmentStore)
    stored = store.local_path(added.specimen.sha256)
    os.chmod(stored, stat.S_IWUSR | stat.S_IRUSR)
    stored.write_bytes(make_image(tmp_path / "forged.png", fmt="PNG").read_bytes() + b"forged")
    with pytest.raises(DataDamaged) as info, desk.read(clerk) as work:
        customers.specimen_image(work, added.specimen.id)
    assert info.value.field == "specimen" and "签字.png" in str(info.value)


def test_a_failed_action_takes_its_new_specimen_out_again(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    picture = make_image(tmp_path / "签字.png")
    data = SignatoryInput(name="赵敏", valid_from=dt.date(2026, 1, 1), valid_to=dt.date(2025, 1, 1))
    with pytest.raises(ValidationError), desk.work(clerk) as work:
        customers.add_signatory(work, tenant.customer_id, data, picture)
    assert not scan_kept(desk, hashlib.sha256(picture.read_bytes()).hexdigest())


@pytest.mark.parametrize("role", ["clerk", "supervisor", "manager"])
def test_the_desk_keeps_the_specimens(
    request: pytest.FixtureRequest, desk: Desk, tenant: tenancy.MoveIn, tmp_path: Path, role: str
) -> None:
    actor: Actor = request.getfixturevalue(role)
    added = _add(desk, actor, tenant.customer_id)
    with desk.work(actor) as work:
        customers.end_authority(work, added.id, dt.date(2026, 6, 1), expected_version=added.version)
        customers.add_seal_specimen(
            work, tenant.customer_id, "contract", dt.date(2026, 6, 1), make_image(tmp_path / "合同章.png")
        )


def test_the_administrator_may_read_but_not_keep_them(
    desk: Desk, clerk: Actor, admin: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    added = _add(desk, clerk, tenant.customer_id)
    assert _sheet(desk, admin, tenant.customer_id).signatories[0].name == "赵敏"
    with refused(desk, PermissionDenied, None, "keep the authorised signatories"), desk.work(admin) as work:
        customers.add_signatory(work, tenant.customer_id, SignatoryInput(name="周强", valid_from=dt.date(2026, 1, 1)))
    with refused(desk, PermissionDenied, None), desk.work(admin) as work:
        customers.end_authority(work, added.id, dt.date(2026, 6, 1), expected_version=added.version)
    with refused(desk, PermissionDenied, None), desk.work(admin) as work:
        customers.add_seal_specimen(
            work, tenant.customer_id, "official", dt.date(2026, 6, 1), make_image(tmp_path / "章.png")
        )


def test_a_reveal_shows_the_whole_number_and_is_in_the_audit_log(
    desk: Desk, clerk: Actor, admin: Actor, tenant: tenancy.MoveIn
) -> None:
    added = _add(desk, clerk, tenant.customer_id)
    with desk.work(clerk) as work:
        assert customers.reveal_signatory_id_number(work, added.id) == ID
    with desk.read(None) as work:
        lines = work.session.scalars(
            select(Change.details).where(Change.entity == "signatory", Change.action == "reveal")
        ).all()
    assert lines and all(ID not in line and "id_number" in line for line in lines)
    with refused(desk, PermissionDenied, None), desk.work(admin) as work:
        customers.reveal_signatory_id_number(work, added.id)


@pytest.mark.file_only("a link is a file-system thing of the folder beside the database")
def test_a_specimen_replaced_by_a_link_is_not_followed(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    picture = make_image(tmp_path / "签字.png")
    added = _add(desk, clerk, tenant.customer_id, picture)
    assert added.specimen is not None
    store = desk.store
    assert isinstance(store, FolderAttachmentStore)
    stored = store.local_path(added.specimen.sha256)
    os.chmod(stored, stat.S_IWUSR | stat.S_IRUSR)
    stored.unlink()
    stored.symlink_to(picture)  # the very same bytes, elsewhere: still not shown
    with pytest.raises(DataDamaged) as info, desk.read(clerk) as work:
        customers.specimen_image(work, added.specimen.id)
    assert "link" in str(info.value)


def test_a_missing_specimen_says_so(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path) -> None:
    added = _add(desk, clerk, tenant.customer_id, make_image(tmp_path / "签字.png"))
    assert added.specimen is not None
    if isinstance(desk.store, FolderAttachmentStore):
        stored = desk.store.local_path(added.specimen.sha256)
        os.chmod(stored, stat.S_IWUSR | stat.S_IRUSR)
        stored.unlink()
    else:  # a server's store: the blob taken out of the database
        desk.store.discard(added.specimen.sha256)
    with pytest.raises(NotFound) as info, desk.read(clerk) as work:
        customers.specimen_image(work, added.specimen.id)
    assert info.value.field == "specimen" and "签字.png" in str(info.value)
