"""The user guide's pages: every topic in every language, titled, linked, in the words the screens use; no rule ids,
no English in the Chinese pages outside code."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.help import HELP, TOPICS, title_of, topic_file
from ui.translations import TRANSLATIONS

LANGUAGES = ("zh_CN", "zh_TW", "en")
CHINESE = ("zh_CN", "zh_TW")
# Latin words a Chinese reader meets on screen anyway: file kinds, the QR code, the database format, the spreadsheet
# programs an import comes from.
ALLOWED_LATIN = {"PDF", "JPG", "PNG", "TIFF", "QR", "SQLite", "Excel", "WPS"}
ROOT = Path(__file__).resolve().parents[3]


def _page(language: str, topic: str) -> str:
    return (HELP / language / f"{topic}.md").read_text(encoding="utf-8")


def _prose(markdown: str) -> str:
    """What a reader reads as words: without code blocks, code spans and link targets."""
    text = re.sub(r"```.*?```", " ", markdown, flags=re.DOTALL)
    text = re.sub(r"`[^`\n]*`", " ", text)
    return re.sub(r"\]\([^)]*\)", "]", text)


def _ui_texts(language: str) -> set[str]:
    """Every translation of the program's screens in ``language``, without the mnemonic: "归档(&A)…" → "归档…"."""
    texts: set[str] = set()
    root = ET.parse(TRANSLATIONS / f"dossier_desk_{'zh_CN' if language == 'en' else language}.ts").getroot()
    tag = "source" if language == "en" else "translation"  # English is the source text itself
    texts |= {"".join(t.itertext()) for t in root.iter(tag)}
    pending = ROOT / "resources" / "translations" / "pending"
    key = "source" if language == "en" else language
    for file in pending.glob("*.json") if pending.exists() else ():
        entries = json.loads(file.read_text(encoding="utf-8"))
        if isinstance(entries, dict):  # {"English source": {"zh_CN": …, "zh_TW": …}}, as the helpers write them
            entries = [{"source": source, **translated} for source, translated in entries.items()]
        texts |= {entry.get(key, "") for entry in entries if isinstance(entry.get(key, ""), str)}
    return {re.sub(r"\(&\w\)|&", "", text).strip() for text in texts if text}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_is_written_in_every_language_with_a_title(language: str, topic: str) -> None:
    page = HELP / language / f"{topic}.md"
    assert page.exists(), f"{language}/{topic}.md is missing"
    text = page.read_text(encoding="utf-8")
    assert text.startswith("# ") and title_of(text), f"{language}/{topic}.md does not start with its title"
    assert len(text) > 300  # a page, not a stub


def test_no_page_outside_the_list_of_topics() -> None:
    """A page nobody can reach in the window is a page nobody reads."""
    for language in LANGUAGES:
        assert sorted(p.stem for p in (HELP / language).glob("*.md")) == sorted(TOPICS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_rule_id_anywhere(language: str) -> None:
    for topic in TOPICS:
        assert re.findall(r"\bR\d{1,2}\b", _page(language, topic)) == [], f"{language}/{topic}"


@pytest.mark.parametrize("language", CHINESE)
def test_the_chinese_guide_has_no_english_words(language: str) -> None:
    for topic in TOPICS:
        words = set(re.findall(r"[A-Za-z][A-Za-z.'-]*[A-Za-z]", _prose(_page(language, topic))))
        latin = {w for w in words if len(re.sub(r"[^A-Za-z]", "", w)) >= 3} - ALLOWED_LATIN
        assert latin == set(), f"{language}/{topic}.md: {sorted(latin)}"


def test_the_english_check_finds_english() -> None:
    """The check above would catch a forgotten English word (and lets code through)."""
    assert re.findall(r"[A-Za-z]{3,}", _prose("打开 **File ▸ Open** 或 `dossier-desk check`")) == ["File", "Open"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_leads_to_a_topic(language: str) -> None:
    for topic in TOPICS:
        for target in re.findall(r"\]\(([^)]*)\)", _page(language, topic)):
            assert target.endswith(".md") and target[:-3] in TOPICS, f"{language}/{topic}.md links to {target}"


def test_the_index_links_every_other_topic() -> None:
    for language in LANGUAGES:
        links = set(re.findall(r"\]\(([\w-]+)\.md\)", _page(language, "index")))
        assert links == set(TOPICS) - {"index"}, language


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_paths_name_the_menus_as_the_screens_do(language: str) -> None:
    """“**工具 ▸ 档案借阅…**”: each step of a menu path is a text the program shows in that language."""
    shown = _ui_texts(language)
    paths = [p for topic in TOPICS for p in re.findall(r"\*\*([^*]*▸[^*]*)\*\*", _page(language, topic))]
    assert len(paths) >= 15
    for path in paths:
        for step in (s.strip() for s in path.split("▸")):
            assert step in shown, f"{language}: “{step}” (in “{path}”) is not a menu of the program"


def test_a_missing_page_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "loans.md").write_text("# Loans\n", encoding="utf-8")
    assert topic_file("loans", "zh_TW", tmp_path) == tmp_path / "en" / "loans.md"
