"""The help window as a clerk uses it: Help ▸ User guide, F1 on the screen in front, links, the find box."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.tenancy.test_move_out import occupied_dossier
from ui import approvals, archive, translations
from ui.help import CLASS_TOPICS, TOPIC_PROPERTY, TOPICS, HelpWindow, topic_for
from ui.main_window import MainWindow
from ui.tenancy import TenancyMenu
from ui.tenancy.move_out_dialog import MoveOutDialog

pytestmark = pytest.mark.qt


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[str]:
    """The interface in Simplified Chinese, as ``--lang zh_CN`` installs it; English again afterwards."""
    installed = translations.install(qapp, "zh_CN")
    yield "zh_CN"
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))


def help_windows() -> list[HelpWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow) and w.isVisible()]


def test_help_menu_has_the_user_guide_above_about(window: MainWindow) -> None:
    help_menu = window.menuBar().actions()[-1].menu()
    assert help_menu is not None
    actions = [a for a in help_menu.actions() if not a.isSeparator()]
    assert actions == [window.guide_action, window.about_action]
    assert window.guide_action.shortcut().toString() == "F1"


def test_the_user_guide_opens_in_chinese_on_its_first_page(chinese: str, window: MainWindow, qtbot: QtBot) -> None:
    window.guide_action.trigger()
    guide = window.guide.window
    assert guide is not None
    qtbot.waitExposed(guide)
    assert guide.language == "zh_CN" and guide.topic == "index"
    assert guide.topic_list.currentItem().text() == "使用说明"
    assert "一户一档" in guide.page_text() and "前台的一天" in guide.page_text()
    titles = [guide.topic_list.item(r).text() for r in range(guide.topic_list.count())]
    assert titles[:4] == ["使用说明", "前台的一天", "办理入住", "退租"]
    assert not guide.isModal()


def test_f1_on_the_floors_opens_the_day_at_the_desk(window: MainWindow, qtbot: QtBot) -> None:
    grid = window.current_grid()
    assert grid is not None
    qtbot.keyClick(grid, Qt.Key.Key_F1)
    guide = window.guide.window
    assert guide is not None and guide.isVisible()
    assert guide.topic == "desk" and guide.page_text().startswith("The day at the desk")


def test_f1_in_the_move_out_dialog_opens_moving_out(window: MainWindow, qtbot: QtBot) -> None:
    occupied_dossier(window, qtbot)
    dialog = window.part(TenancyMenu).move_out()
    assert isinstance(dialog, MoveOutDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_F1)
    guide = window.guide.window
    assert guide is not None and guide.isVisible() and guide.topic == "move-out"
    assert "Keys returned" in guide.page_text()
    assert dialog.isVisible()  # the dialog stays open beside the guide
    dialog.reject()


def test_opening_the_guide_again_brings_the_same_window_to_the_topic(window: MainWindow, qtbot: QtBot) -> None:
    first = window.show_guide()
    qtbot.waitExposed(first)
    first.showMinimized()
    second = window.show_guide("loans")
    assert second is first and not second.isMinimized()
    assert second.topic == "loans" and second.topic_list.currentItem().text() == "Loans"
    assert help_windows() == [first]


def test_closing_the_main_window_closes_its_guide_and_lets_go_of_f1(window: MainWindow, qtbot: QtBot) -> None:
    guide = window.show_guide()
    qtbot.waitExposed(guide)
    window.close()
    assert not guide.isVisible() and window.guide.window is None
    stray = QWidget()
    qtbot.addWidget(stray)
    stray.show()
    qtbot.keyClick(stray, Qt.Key.Key_F1)  # nobody's guide answers any more
    assert help_windows() == []


def test_a_link_between_topics_is_followed(qtbot: QtBot) -> None:
    guide = HelpWindow("zh_CN")
    qtbot.addWidget(guide)
    guide.show_topic("index")
    guide.follow_link(QUrl("move-out.md"))
    assert guide.topic == "move-out" and guide.topic_list.currentItem().text() == "退租"
    assert "押金" in guide.page_text()
    guide.follow_link(QUrl("no-such-topic.md"))
    assert guide.topic == "index"


def test_the_index_page_shows_its_links(qtbot: QtBot) -> None:
    """setMarkdown makes the topic links real anchors, so a click reaches ``follow_link``."""
    guide = HelpWindow("en")
    qtbot.addWidget(guide)
    guide.show_topic("index")
    assert "move-out.md" in guide.browser.toHtml()


def test_the_find_box_keeps_the_topics_that_mention_a_word(qtbot: QtBot) -> None:
    guide = HelpWindow("zh_CN")
    qtbot.addWidget(guide)
    guide.show_topic("index")
    guide.search_edit.insert("押金")  # as the input method commits it (QTest types only ASCII)
    shown = guide.visible_topics()
    assert "move-out" in shown and "command-line" not in shown and "labels" not in shown
    assert guide.topic in shown
    assert guide.browser.textCursor().selectedText() == "押金"  # the first mention is shown
    guide.search_edit.clear()
    assert len(guide.visible_topics()) == guide.topic_list.count()


def test_the_find_box_typed_in_english(qtbot: QtBot) -> None:
    guide = HelpWindow("en")
    qtbot.addWidget(guide)
    guide.show_topic("desk")
    qtbot.keyClicks(guide.search_edit, "Pinyin")
    assert guide.visible_topics() == ["desk"]  # any case
    qtbot.keyClick(guide.search_edit, Qt.Key.Key_Return)
    assert guide.browser.textCursor().selectedText().casefold() == "pinyin"


def test_the_traditional_chinese_guide(qtbot: QtBot) -> None:
    guide = HelpWindow("zh_TW")
    qtbot.addWidget(guide)
    guide.show_topic("backups")
    assert guide.topic_list.currentItem().text() == "備份與還原"
    assert "備份資料夾" in guide.page_text()


def test_a_dialog_without_a_topic_takes_its_window_s_and_the_archive_windows_theirs(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setProperty(TOPIC_PROPERTY, "loans")
    assert topic_for(QDialog(parent)) == "loans"
    assert topic_for(QDialog()) == "desk"
    # The archive room's windows are named by class (their files are not this room's to edit).
    bind_dialog = type("BindDialog", (QDialog,), {})()
    qtbot.addWidget(bind_dialog)
    assert topic_for(bind_dialog) == "archive"


def test_the_window_fits_a_small_screen(qtbot: QtBot) -> None:
    guide = HelpWindow("zh_CN")
    qtbot.addWidget(guide)
    available = guide.screen().availableGeometry()
    assert guide.width() <= available.width() and guide.height() <= available.height()


def test_the_windows_named_by_class_exist() -> None:
    """A renamed archive or approvals window would lose its page silently: the names must be real classes."""
    classes = {name for room in (archive, approvals) for name in room.__all__}
    assert set(CLASS_TOPICS) <= classes


def test_f1_in_an_application_modal_dialog_gives_a_guide_that_can_be_used(window: MainWindow, qtbot: QtBot) -> None:
    """A dialog run with exec() blocks every other window: the guide is modal over it, and not afterwards."""
    dialog = QDialog(window)
    dialog.setProperty(TOPIC_PROPERTY, "backups")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    guide = window.guide.window
    assert guide is not None and guide.topic == "backups"
    assert guide.windowModality() == Qt.WindowModality.ApplicationModal
    guide.close()
    dialog.close()
    assert window.show_guide("desk").windowModality() == Qt.WindowModality.NonModal


def test_every_screen_names_a_page_the_guide_has() -> None:
    """A ``helpTopic`` set in the screens' code is one of the guide's topics (F1 must find a page, never nothing)."""
    named = re.compile(r'setProperty\(\s*(?:"helpTopic"|TOPIC_PROPERTY)\s*,\s*"([^"]+)"\s*\)')
    ui_folder = Path(__file__).resolve().parents[3] / "ui"
    wrong = [
        f"{path.relative_to(ui_folder.parent)}: {topic}"
        for path in sorted(ui_folder.rglob("*.py"))
        for topic in named.findall(path.read_text(encoding="utf-8"))
        if topic not in TOPICS
    ]
    assert wrong == []
    assert set(CLASS_TOPICS.values()) <= set(TOPICS)
