"""Counts read "1 dossier", "2 dossiers": a number next to a countable noun goes through Qt's plural forms.

A message with a count is written with ``%n`` and given the count — ``self.tr("%n loan(s) overdue:", "", n)``,
``QCoreApplication.translate(context, "…%n…", "", n)``, or in the Qt-free layers
``QT_TRANSLATE_NOOP("app", "…%n…", "", 1)`` raised with ``n=count`` — and the translation files hold its
forms: singular and plural in English (dossier_desk_en.ts), the one Chinese form in zh_CN and zh_TW. A message that
puts ``{count}`` before a noun instead shows "1 dossiers" in English; these tests find such messages in the sources
(the string arguments of tr(), translate() and QT_TRANSLATE_NOOP()) and check the forms of every plural message.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.errors import AppError, Conflict

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"

# Countable nouns of the program's messages, singular or plural ("box" and "boxes", "entry" and "entries").
NOUNS = (
    r"(?:dossiers?|documents?|files?|box(?:es)?|scans?|loans?|labels?|units?|floors?|pages?|requests?|entr(?:y|ies)"
    r"|characters?|years?|buildings?|papers?|contacts?|items?|cop(?:y|ies)|days?|months?|rows?|columns?|parts?"
    r"|records?|backups?|users?|accounts?|problems?|tenants?|people|persons?)"
)
# Words that may stand between a count and its noun: "{count} live dossiers", "{boxes} new boxes".
ADJECTIVES = r"(?:(?:live|bound|unbound|departed|archived|destroyed|new|whole|more|other|old|open|overdue)\s+)?"
COUNT_THEN_NOUN = re.compile(r"\{\w+(?::[^}]*)?\}\s+" + ADJECTIVES + NOUNS + r"\b", re.IGNORECASE)
# A plural noun right before a count ("dossiers {count}"); "Contacts: {count}" is a caption, not a phrase.
NOUN_THEN_COUNT = re.compile(r"\b(?=\w*(?:s|people)\s)" + NOUNS + r"\s+\{(?:count|total|n)\}", re.IGNORECASE)
# A noun before a list that may name one or several ("Units {units} given back", "dossier {numbers}"): the noun
# agrees with how many the list names, so the message takes that count as its n even without a %n.
NOUN_THEN_LIST = re.compile(r"\b" + NOUNS + r"\s+\{\w+s\}", re.IGNORECASE)
MAYBE_PLURAL = re.compile(r"\w\((?:s|es)\)")

# Messages a reader may find suspicious that are right as they are, each with the reason.
NOT_PLURAL: dict[str, str] = {
    "{sheet} column {column} ({header})": "{sheet} is a sheet's name, not a count",
    "Too long: at most {limit} characters here.": "an import column's limit is tens of characters or more",
    "No header row found in the first {rows} rows: the sheet needs a row of column names such as {headers}.": (
        "the rows searched for a header are a fixed fifteen"
    ),
    "{field} has more than {max} rows.": "a form's table holds dozens of rows at most, never one",
    "{field} is too long (at most {max} characters).": "a form field's limit is tens of characters or more",
    "Move these {count} documents to the trash?": "asked only for two or more (one has its own message)",
    "The newest {shown} of {total} entries.": "shown only when more entries matched than the 2000 listed",
    "{mm} mm, holds {capacity} pages": "a box's capacity is hundreds of pages",
    "At least {count} characters.": "the minimum password length, 8",
    "The password must have at least {count} characters.": "the minimum password length, 8",
    "One request lends at most {limit} dossiers.": "the limit is 200",
    "{field} is too long ({length} characters, at most {limit}).": "too long means more than the limit: several",
    "{field} makes codes of {length} characters, like “{example}”: at most {limit}.": "longer than the limit",
    "The numbering pattern gives unit numbers like {number}, longer than {limit} characters.": "the limit is 20",
    "The archival code {code} is longer than {limit} characters: shorten the archive settings.": "the limit is 20",
    "Units {units} become one. They are retired: their dossiers and history stay under their numbers.": (
        "a merge joins two units or more"
    ),
    "{rows} × {columns} labels of {width} × {height} mm do not fit on an A4 page with these margins.": (
        "a sheet's grid, not a count of labels"
    ),
}


@dataclass(frozen=True)
class Message:
    where: str
    context: str
    text: str
    plural: bool  # given a count: tr(text, disambiguation, n), translate(context, text, disambiguation, n), …
    counted: bool  # a QT_TRANSLATE_NOOP plural raised with n=…; tr()/translate() pass their count themselves


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _class_of(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> str:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.ClassDef):
            return node.name
    return ""


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def messages() -> list[Message]:
    found: list[Message] = []
    for path in sorted([*(ROOT / "ui").rglob("*.py"), *(ROOT / "app").rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = _parents(tree)
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            if name == "tr" and (text := _text(call.args[0])) is not None:
                context = _class_of(call, parents)
                found.append(Message(where, context, text, len(call.args) >= 3, True))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(call.args) >= 2:
                context, text = _text(call.args[0]), _text(call.args[1])
                if context is None or text is None:
                    continue  # not Qt's translate(context, text): e.g. a canvas moved by translate(x, y)
                plural = len(call.args) >= 4
                # lupdate sees a plural only by a number written as the fourth argument, never by a name.
                assert not plural or isinstance(call.args[3], ast.Constant), f"{where}: {text!r} needs a number there"
                raised = parents.get(call)
                counted = name == "translate" or (
                    isinstance(raised, ast.Call) and any(k.arg == "n" for k in raised.keywords)
                )
                found.append(Message(where, context, text, plural, counted))
    return found


MESSAGES = messages()


def test_the_scan_finds_the_messages() -> None:
    # The scan itself must see what lupdate sees: hundreds of messages, the plural ones among them.
    assert len(MESSAGES) > 1000
    assert any(m.text == "%n loan(s) overdue:" and m.plural for m in MESSAGES)
    assert any(m.context == "app" and m.plural and m.counted for m in MESSAGES)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("{count} loan(s) overdue:", True),
        ("Move these {count} documents to the trash?", True),
        ("{count} live dossiers on this floor", True),
        ("{boxes} new boxes", True),
        ("{floor}: {count} units", True),
        ("the chosen dossiers {count}", True),
        ("Part {n}", False),
        ("Units {units} given back", True),
        ("Unit {unit} given back", False),
        ("{path} names a scan", False),
        ("Contacts: {count}", False),
        ("Dossier {number} is bound; it can no longer change.", False),
        ("… and {count} more", False),
        ("%n loan(s) overdue:", False),
    ],
)
def test_the_patterns(text: str, flagged: bool) -> None:
    assert _needs_plural(Message("here", "X", text, "%n" in text, True)) is flagged


def _needs_plural(message: Message) -> bool:
    if message.plural:
        return False
    text = message.text
    return bool(MAYBE_PLURAL.search(text) and "{" in text) or bool(
        COUNT_THEN_NOUN.search(text) or NOUN_THEN_COUNT.search(text) or NOUN_THEN_LIST.search(text)
    )


def test_every_count_next_to_a_noun_uses_the_plural_forms() -> None:
    wrong = [f"{m.where} {m.text!r}" for m in MESSAGES if _needs_plural(m) and m.text not in NOT_PLURAL]
    assert wrong == [], "write these with %n and pass the count (see the module's docstring)"


def test_every_exception_is_still_a_message() -> None:
    texts = {m.text for m in MESSAGES}
    assert [text for text in NOT_PLURAL if text not in texts] == []


def test_a_percent_n_is_always_given_its_count() -> None:
    # Without the count Qt leaves "%n" in the text, and the message has no plural forms in the translations.
    wrong = [f"{m.where} {m.text!r}" for m in MESSAGES if "%n" in m.text and not (m.plural and m.counted)]
    assert wrong == []


def _numerus(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the finished plural forms of a language's plural messages."""
    forms: dict[tuple[str, str], list[str]] = {}
    root = ET.parse(TRANSLATIONS / f"dossier_desk_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None or translation.get("type"):
                continue
            key = (context.findtext("name") or "", message.findtext("source") or "")
            forms[key] = [f.text or "" for f in translation.iter("numerusform")]
    return forms


@pytest.mark.parametrize(("language", "count"), [("en", 2), ("zh_CN", 1), ("zh_TW", 1)])
def test_every_plural_message_has_its_forms(language: str, count: int) -> None:
    forms = _numerus(language)
    plural = {(m.context, m.text) for m in MESSAGES if m.plural}
    assert sorted(plural - forms.keys()) == []  # missing or unfinished: English would read "1 dossier(s)"
    for (context, source), shown in sorted(forms.items()):
        assert len(shown) == count and all(shown), (context, source)
        # %n where the source has it; English forms differ from each other and lose the "(s)".
        assert all(("%n" in form) == ("%n" in source) for form in shown), (context, source, shown)
        if language == "en":
            assert shown[0] != shown[1] and not any(MAYBE_PLURAL.search(form) for form in shown), shown


def test_an_app_error_with_a_count_hands_it_to_the_translation() -> None:
    template = "Dossier {number} has %n document(s) without a page count ({titles})."
    err = Conflict(template, field="dossier", n=1, number="1-101-2026", titles="甲")
    # Without Qt (the command line): the source with the count in place of %n.
    assert str(err) == "Dossier 1-101-2026 has 1 document(s) without a page count (甲)."
    asked: list[tuple[str, str, str | None, int]] = []

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1, /) -> str:
        asked.append((context, text, disambiguation, n))
        return "档案 {number} 有 %n 件文件未登记页数（{titles}）。".replace("%n", str(n)) if text == template else text

    assert err.text(translate) == "档案 1-101-2026 有 1 件文件未登记页数（甲）。"
    assert ("app", template, None, 1) in asked
    plain = AppError("Nothing to count {x}.", x=2)
    plain.text(translate)
    assert asked[-1] == ("app", "Nothing to count {x}.", None, -1)  # no count: a message without plural forms
