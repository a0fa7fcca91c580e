"""The demo building: its options are checked before anything is made, and it appears whole or not at all."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from app import archive, demo
from app.desk import Desk
from app.errors import FileProblem, ValidationError
from tests.conftest import PASSWORD

SMALL = {"floors": 2, "units_per_floor": 3, "years": 3, "password": PASSWORD, "as_of": dt.date(2026, 6, 15)}


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"seed": -1}, "demo.seed"),
        ({"seed": 2**31}, "demo.seed"),
        ({"floors": 0}, "demo.floors"),
        ({"floors": 201}, "demo.floors"),
        ({"units_per_floor": 10**30}, "demo.units_per_floor"),
        ({"years": 51}, "demo.years"),
        ({"as_of": dt.date(9999, 12, 31)}, "demo.as_of"),
        ({"as_of": dt.date(1899, 12, 31)}, "demo.as_of"),
        ({"as_of": dt.date(1920, 1, 1), "years": 21}, "demo.years"),
    ],
)
def test_demo_options_out_of_range_are_refused_before_anything_is_made(
    tmp_path: Path, options: dict[str, object], field: str
) -> None:
    chosen = {"seed": 1, "floors": 2, "units_per_floor": 2, "years": 1, "as_of": None} | options
    with pytest.raises(ValidationError) as info:
        demo.check_options(**chosen)  # type: ignore[arg-type]
    assert info.value.field == field
    with pytest.raises(ValidationError):
        demo.build_demo(tmp_path / "d.db", password=PASSWORD, **chosen)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_a_year_back_from_29_february_is_28_february() -> None:
    assert demo.years_before(dt.date(2024, 2, 29), 3) == dt.date(2021, 2, 28)
    assert demo.years_before(dt.date(2024, 2, 29), 4) == dt.date(2020, 2, 29)
    assert demo.years_before(dt.date(2026, 6, 15), 0) == dt.date(2026, 6, 15)


def test_a_demo_built_on_29_february(tmp_path: Path) -> None:
    summary = demo.build_demo(tmp_path / "d.db", **(SMALL | {"as_of": dt.date(2024, 2, 29)}))  # type: ignore[arg-type]
    assert summary.tenancies > 0


def test_a_demo_appears_whole_under_its_name(tmp_path: Path) -> None:
    summary = demo.build_demo(tmp_path / "d.db", **SMALL)  # type: ignore[arg-type]
    assert summary.path == tmp_path / "d.db" and summary.attachments > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.db", "d.db-attachments"]
    with Desk.open(tmp_path / "d.db") as desk, desk.read(None) as work:
        assert archive.archive_years(work)


def test_a_demo_that_fails_halfway_leaves_nothing_and_may_be_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def power_cut(*_args: object, **_kwargs: object) -> None:
        # By now the users, the building, tenancies and scans are made: all of it must go.
        raise KeyboardInterrupt

    monkeypatch.setattr(archive, "archive_year", power_cut)
    with pytest.raises(KeyboardInterrupt):
        demo.build_demo(tmp_path / "d.db", **SMALL)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    demo.build_demo(tmp_path / "d.db", **SMALL)  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.db", "d.db-attachments"]


def test_a_demo_is_never_built_over_a_file_or_into_a_missing_folder(tmp_path: Path) -> None:
    (tmp_path / "taken.db").write_bytes(b"somebody's")
    with pytest.raises(FileProblem, match="already exists"):
        demo.build_demo(tmp_path / "taken.db", **SMALL)  # type: ignore[arg-type]
    with pytest.raises(FileProblem, match="does not exist"):
        demo.build_demo(tmp_path / "missing" / "d.db", **SMALL)  # type: ignore[arg-type]
    assert [p.name for p in tmp_path.iterdir()] == ["taken.db"]
    assert (tmp_path / "taken.db").read_bytes() == b"somebody's"


def test_company_names_never_run_out_and_never_repeat() -> None:
    """A large demo needs more companies than city × trade name × trade gives (~3 000): 20 000 distinct names
    come, the later ones branches of the first (…有限公司第二分公司), and the generator always ends."""
    names = demo.CompanyNames(random.Random(7))
    given = [names.next() for _ in range(20_000)]
    assert len(set(given)) == 20_000
    branches = [name for name in given if name.endswith("分公司")]
    assert branches and all("第" in name for name in branches)
    assert not any(name.endswith("分公司") for name in given[:1_000])  # a small demo's names are plain companies


@pytest.mark.parametrize(
    ("n", "written"), [(2, "二"), (10, "十"), (11, "十一"), (20, "二十"), (99, "九十九"), (100, "100")]
)
def test_a_branch_is_numbered_as_on_its_papers(n: int, written: str) -> None:
    assert demo.chinese_number(n) == written
