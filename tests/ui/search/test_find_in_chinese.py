"""Quick find in the clerk's language (issue 13): what the list under the find box writes around the data — each
hit's two lines as drawn, its tooltip and the footer — is Chinese, for a company name, a former name, a phone and a
mobile typed as a clerk types them. The window tour reads the main window with the list closed; this opens it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.search.test_find import type_and_wait
from tests.ui.speaking import speaking
from tests.ui.tour.texts import data_words, faults, written_texts
from ui.main_window import MainWindow
from ui.search.quick_find import HIT_ROLE, hit_detail, hit_title

pytestmark = pytest.mark.qt


@pytest.fixture(params=["zh_CN", "zh_TW"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with speaking(qapp, request.param):
        yield request.param


def queries(database: Path) -> list[str]:
    """What a clerk types: two characters of a company's name and of a former name (after the city), the last
    four digits of a phone and of a mobile."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        name = db.execute("SELECT name FROM customer ORDER BY id LIMIT 1").fetchone()[0]
        former = db.execute("SELECT name FROM customer_name ORDER BY id LIMIT 1").fetchone()[0]
        phone = db.execute("SELECT phone FROM contact WHERE phone != '' ORDER BY id LIMIT 1").fetchone()[0]
        mobile = db.execute("SELECT mobile FROM contact WHERE mobile != '' ORDER BY id LIMIT 1").fetchone()[0]
    return [name[2:4], former[3:5], phone[-4:], mobile[-4:]]


def test_the_find_list_speaks_the_clerks_language(
    language: str, window: MainWindow, qtbot: QtBot, demo_copy: Path
) -> None:
    data = data_words(demo_copy)
    box = window.find_box
    problems: list[str] = []
    for query in queries(demo_copy):
        box.clear()
        box.setFocus()
        type_and_wait(box, qtbot, query)
        rows = box.results.rowCount()
        assert rows > 0, f"nothing found for {query!r}"
        texts = [(w.where, w.text) for w in written_texts(box.popup)]
        for row in range(rows):
            hit = box.results.index(row, 0).data(HIT_ROLE)
            # The delegate draws these two lines; the model's roles (read above) do not hold the second.
            texts += [(f"hit {row} first line", hit_title(hit)), (f"hit {row} second line", hit_detail(hit))]
        problems += [
            f"{query!r} ▸ {where}: {text!r} — {'; '.join(f)}" for where, text in texts if (f := faults(text, data))
        ]
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not problems, f"quick find in {language}:\n" + "\n".join(problems)
