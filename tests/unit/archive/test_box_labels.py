"""Box labels (app/archive/box_labels.py) and the box a label's QR code names."""

from __future__ import annotations

import pytest

from app import archive
from app.desk import Actor, Desk
from app.errors import NotFound
from tests.unit.archive.test_archive_print import Archived, archived  # noqa: F401  (the fixture)


def test_a_box_code_is_its_number_behind_a_prefix_no_dossier_number_has() -> None:
    assert archive.box_code("2026-1F-01") == "BOX:2026-1F-01"
    assert archive.is_box_code("BOX:2026-1F-01") and archive.is_box_code(" box:2026-1F-01 ")
    assert not archive.is_box_code("2026-1F-01") and not archive.is_box_code("X01-2026-D30-0001")


def test_a_scanned_box_code_finds_exactly_that_box(desk: Desk, clerk: Actor, archived: Archived) -> None:  # noqa: F811
    with desk.read(clerk) as work:
        for box in archived.boxes:
            assert archive.box_by_code(work, archive.box_code(box.number)).id == box.id
        first = archived.boxes[0]
        for wrong in (first.number, f"BOX:{first.number}X", "BOX:", f"BOX:{first.number[:-1]}"):
            with pytest.raises(NotFound):
                archive.box_by_code(work, wrong)
