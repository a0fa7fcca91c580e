"""Issue 20: the specimens of signatures and seals are scans like the documents' — a backup copies them, a restore
brings them back, ``check`` reads them against their hash and ``check --repair`` never moves one to the quarantine."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import customers, safety
from app.customers import SignatoryInput
from app.desk import Actor, Desk
from app.safety import check_file, repair_attachments
from app.tenancy.lifecycle import MoveIn
from tests.conftest import PASSWORD
from tests.unit.unit_support import make_image

pytestmark = pytest.mark.file_only("a file's backup, restore and repair of the attachment folder")


@pytest.fixture
def lodged(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> tuple[str, str]:
    """A signatory with a signature specimen and a seal specimen: their two hashes."""
    with desk.work(clerk) as work:
        signatory = customers.add_signatory(
            work,
            tenant.customer_id,
            SignatoryInput(name="赵敏", valid_from=dt.date(2026, 1, 1)),
            make_image(tmp_path / "签字.png"),
        )
        seal = customers.add_seal_specimen(
            work, tenant.customer_id, "official", dt.date(2026, 6, 1), make_image(tmp_path / "公章.jpg")
        )
    assert signatory.specimen is not None
    return signatory.specimen.sha256, seal.sha256


def test_check_reads_the_specimens_and_finds_no_stray(desk: Desk, lodged: tuple[str, str]) -> None:
    report = check_file(desk.path)
    assert report.ok, report.problems


def test_repair_never_moves_a_specimen(desk: Desk, admin: Actor, lodged: tuple[str, str]) -> None:
    with desk.work(admin) as work:
        repaired = repair_attachments(work)
    assert not any(sha in moved for sha in lodged for moved in repaired.moved)
    assert all(desk.store.local_path(sha).is_file() for sha in lodged)


def test_a_backup_keeps_the_specimens_and_a_restore_brings_them_back(
    desk: Desk, clerk: Actor, tenant: MoveIn, lodged: tuple[str, str], tmp_path: Path
) -> None:
    report = safety.back_up(desk, clerk, tmp_path / "backups")
    assert set(lodged) <= {sha for sha, _size in report.backup.scans}
    restored = tmp_path / "restored" / "dossiers.db"
    safety.restore(report.backup.folder, restored, "admin", PASSWORD)
    again = Desk.open(restored)
    try:
        with again.read(None) as work:
            sheet = customers.read_specimens(work, tenant.customer_id)
            specimen = sheet.signatories[0].specimen
            assert specimen is not None
            image = customers.specimen_image(work, specimen.id)
            seal = customers.specimen_image(work, sheet.seals[0].id)
        assert image.data and seal.data
    finally:
        again.close()
