"""The printed year read back from the PDF: no text line starts with closing punctuation or ends with an opening
bracket (避头尾), whatever table, title, note or label it is in."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4

from app.printing import Piece, build_pdf, ruled_table
from app.printing.line_breaking import NOT_AT_END, NOT_AT_START
from tests.e2e.conftest import BOXED_YEAR, DEMO_PASSWORD, copy_database
from tests.e2e.test_cli import run


def printed_lines(pdf_path: Path) -> list[str]:
    """Every text line as printed: characters in the order they are drawn, a new line wherever a character does
    not sit right after the one before (another line of the cell, another cell, another block).

    pdftotext -layout joins the cells of a table row into one line, and pypdf's text visitor merges lines set in
    one text object; pdfium gives each character's box, which is what a reader's eye follows.
    """
    lines: list[str] = []
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        for page in pdf:
            text = page.get_textpage()
            previous: tuple[float, float] | None = None
            for i in range(text.count_chars()):
                ch = text.get_text_range(i, 1)
                if ch in "\r\n":
                    continue
                left, bottom, right, _top = text.get_charbox(i, loose=True)
                if previous is None or abs(previous[0] - bottom) > 0.5 or abs(previous[1] - left) > 1.0:
                    lines.append("")
                lines[-1] += ch
                previous = (bottom, right)
    finally:
        pdf.close()
    return [line.strip() for line in lines if line.strip()]


def broken_rules(lines: list[str]) -> list[str]:
    return [line for line in lines if line[0] in NOT_AT_START or line[-1] in NOT_AT_END]


def test_the_line_reader_finds_a_line_that_starts_with_a_comma(tmp_path: Path) -> None:
    """The check below can fail: cells broken by hand the wrong way are found, the right way are not."""
    wrong = tmp_path / "wrong.pdf"
    table = ruled_table([["题名", "备注"], ["营业执照副本（\n复印件）", "请查收\n，谢谢"]], [60.0, 60.0])
    build_pdf(wrong, [Piece("x", [table])], title="t", author="a", pagesize=A4)
    lines = printed_lines(wrong)
    assert "营业执照副本（" in lines and "，谢谢" in lines
    assert sorted(broken_rules(lines)) == sorted(["营业执照副本（", "，谢谢"])


def test_no_printed_line_of_a_year_breaks_the_punctuation_rules(small_demo: Path, tmp_path: Path) -> None:
    db = copy_database(small_demo, tmp_path / "F.db")
    out = tmp_path / "year.pdf"
    printed = run(
        "print", "archive", "--db", db, "--year", BOXED_YEAR, "-o", out, "--user", "supervisor", password=DEMO_PASSWORD
    )
    assert printed.returncode == 0, printed.stderr
    lines = printed_lines(out)
    assert len(lines) > 300  # the whole year (two boxes in the small demo): directories, notes, labels
    assert any("有限公司" in line for line in lines)
    assert broken_rules(lines) == []
