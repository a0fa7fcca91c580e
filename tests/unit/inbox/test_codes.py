"""A cover sheet's code reads back as it was written, and nothing else passes for one."""

from __future__ import annotations

import datetime as dt

import pytest

from app.inbox import CoverCode, cover_payload, parse_cover


@pytest.mark.parametrize(
    "code",
    [
        CoverCode("1-0801-2024", "move_in"),
        CoverCode("1-0801-2024-2", "correspondence", dt.date(2024, 2, 29), "关于空调|加班的函"),
        CoverCode(None, "fit_out", None, "二装图纸 第3册"),
    ],
)
def test_a_code_reads_back_as_written(code: CoverCode) -> None:
    text = cover_payload(code)
    assert text.startswith("DDC1|") and text.isascii()
    assert parse_cover(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "1-0801-2024",
        "",
        "DDC1",
        "DDC1|1-0801-2024|",
        "DDC2|1-0801-2024|move_in||",
        "DDC1|x|move_in|2024-13-01|",
        "DDC1|x|move_in||%E4%B8",
        "DDC1|x|move_in|||extra",
    ],
)
def test_other_codes_are_not_covers(text: str) -> None:
    assert parse_cover(text) is None


def test_a_code_that_cannot_be_written_is_refused() -> None:
    with pytest.raises(ValueError):
        cover_payload(CoverCode("a|b", "move_in"))
    with pytest.raises(ValueError):
        cover_payload(CoverCode("1-0801-2024", ""))
