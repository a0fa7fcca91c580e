"""The 18 registration forms of R12 as data: ``resources/forms/qms-pm-313NN.toml``, read and checked once.

A definition says what a form records (its fields, their types, which are required and printed, the choices), how it
is filed (the dossier category, the move-in checklist item it fulfils), what its register lists, and the signature
lines at its foot. A broken definition is refused when the forms are first read, with the file and the key named —
a typo in a TOML file is found by the first test, not by the clerk who opens that form.

Labels are kept twice: Chinese (``zh``) as printed — the paper form is Chinese only, like the fee printouts — and
English (``en``), the source string the editor translates (context "forms"; app/forms/labels.py lists them for
lupdate, and a test keeps that list equal to the TOML files).
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.dossier import BY_CODE as CATEGORY_CODES
from app.errors import NotFound
from app.text import QT_TRANSLATE_NOOP
from resources import FOLDER as RESOURCES

FIELD_TYPES = ("text", "long_text", "date", "number", "money", "choice", "yes_no", "id_number", "table")
COLUMN_TYPES = ("text", "date", "number", "money", "choice", "yes_no", "id_number")  # a table holds no table
PAGE_SIZES = ("A4", "A5")
FACT_TABLES = ("meter_reading",)  # the other registers a form may write to (one fact, one record)
DEFAULT_MAX = 200  # characters of a text value unless the definition says otherwise
LONG_MAX = 4000
DEFAULT_BLANK_ROWS = 5  # empty rows of a table on a blank form


class DefinitionError(Exception):
    """A form definition is broken: a programming error in resources/forms, named by file and key."""

    def __init__(self, path: str, key: str, problem: str) -> None:
        super().__init__(f"{path}: {key}: {problem}")
        self.path, self.key, self.problem = path, key, problem


@dataclass(frozen=True)
class Choice:
    value: str
    zh: str
    en: str


@dataclass(frozen=True)
class FieldDef:
    key: str
    zh: str
    en: str
    type: str
    required: bool = False
    printed: bool = True
    choices: tuple[Choice, ...] = ()
    columns: tuple[FieldDef, ...] = ()  # a table's columns
    max: int = DEFAULT_MAX  # characters of a text
    whole: bool = False  # a number without decimals (a count)
    blank_rows: int = DEFAULT_BLANK_ROWS

    def choice(self, value: str) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)


@dataclass(frozen=True)
class FormDef:
    code: str
    title: str  # Chinese, as printed
    title_en: str  # the UI's source string (context "forms")
    page: str  # "A4" or "A5"
    category: str  # the dossier category a filled form is filed under
    fields: tuple[FieldDef, ...]
    register: tuple[str, ...]  # the keys of the register's columns
    signatures: tuple[str, ...]  # the signature lines at the foot (Chinese)
    key: str | None = None  # the field whose value names a filled form
    requirement: str | None = None  # the move-in checklist item a filed form fulfils
    writes_to: str | None = None  # the other register that keeps this form's fact

    def field(self, key: str) -> FieldDef:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)

    @property
    def printed_fields(self) -> tuple[FieldDef, ...]:
        return tuple(f for f in self.fields if f.printed)


_TOP_KEYS = {"code", "title", "title_en", "page", "category", "fields", "register", "signatures", "key"}
_TOP_KEYS |= {"requirement", "writes_to"}
_FIELD_KEYS = {"key", "zh", "en", "type", "required", "printed", "choices", "columns", "max", "whole", "blank_rows"}


def _text(path: str, where: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DefinitionError(path, where, "must be a non-empty text")
    return value


def _field(path: str, where: str, raw: Any, types: tuple[str, ...]) -> FieldDef:
    if not isinstance(raw, dict):
        raise DefinitionError(path, where, "must be a table of the field's keys")
    unknown = set(raw) - _FIELD_KEYS
    if unknown:
        raise DefinitionError(path, f"{where}.{sorted(unknown)[0]}", "is not a key a field may have")
    key = _text(path, f"{where}.key", raw.get("key"))
    if not key.isidentifier():
        raise DefinitionError(path, f"{where}.key", f"“{key}” must be a plain name (letters, digits, _)")
    here = f"{where}[{key}]"
    kind = raw.get("type")
    if kind not in types:
        raise DefinitionError(path, f"{here}.type", f"must be one of {', '.join(types)}, not {kind!r}")
    choices: list[Choice] = []
    for n, c in enumerate(raw.get("choices", [])):
        if not isinstance(c, dict) or set(c) != {"value", "zh", "en"}:
            raise DefinitionError(path, f"{here}.choices[{n}]", "must have exactly value, zh and en")
        choices.append(Choice(*(_text(path, f"{here}.choices[{n}].{k}", c[k]) for k in ("value", "zh", "en"))))
    if (kind == "choice") != bool(choices):
        raise DefinitionError(path, f"{here}.choices", "a choice field needs choices, and only a choice field")
    if len({c.value for c in choices}) != len(choices):
        raise DefinitionError(path, f"{here}.choices", "a value is there twice")
    columns = tuple(_field(path, f"{here}.columns[{n}]", c, COLUMN_TYPES) for n, c in enumerate(raw.get("columns", [])))
    if (kind == "table") != bool(columns):
        raise DefinitionError(path, f"{here}.columns", "a table field needs columns, and only a table field")
    if len({c.key for c in columns}) != len(columns):
        raise DefinitionError(path, f"{here}.columns", "a column key is there twice")
    for flag in ("required", "printed", "whole"):
        if not isinstance(raw.get(flag, False), bool):
            raise DefinitionError(path, f"{here}.{flag}", "must be true or false")
    limit = raw.get("max", LONG_MAX if kind == "long_text" else DEFAULT_MAX)
    blank_rows = raw.get("blank_rows", DEFAULT_BLANK_ROWS)
    for name, number in (("max", limit), ("blank_rows", blank_rows)):
        if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= LONG_MAX:
            raise DefinitionError(path, f"{here}.{name}", f"must be a whole number from 1 to {LONG_MAX}")
    return FieldDef(
        key=key,
        zh=_text(path, f"{here}.zh", raw.get("zh")),
        en=_text(path, f"{here}.en", raw.get("en")),
        type=kind,
        required=raw.get("required", False),
        printed=raw.get("printed", True),
        choices=tuple(choices),
        columns=columns,
        max=limit,
        whole=raw.get("whole", False),
        blank_rows=blank_rows,
    )


def parse_definition(path: str, raw: dict[str, Any]) -> FormDef:
    """One form's definition from its TOML table, checked; ``path`` names the file in the error."""
    unknown = set(raw) - _TOP_KEYS
    if unknown:
        raise DefinitionError(path, sorted(unknown)[0], "is not a key a form definition may have")
    code = _text(path, "code", raw.get("code"))
    if Path(path).stem != code:
        raise DefinitionError(path, "code", f"“{code}” must be the file's name")
    page = raw.get("page")
    if page not in PAGE_SIZES:
        raise DefinitionError(path, "page", f"must be A4 or A5, not {page!r}")
    category = raw.get("category")
    if category not in CATEGORY_CODES:
        raise DefinitionError(path, "category", f"{category!r} is not a dossier category (app/dossier/categories.py)")
    writes_to = raw.get("writes_to")
    if writes_to is not None and writes_to not in FACT_TABLES:
        raise DefinitionError(path, "writes_to", f"must be one of {', '.join(FACT_TABLES)}")
    requirement = raw.get("requirement")
    if requirement is not None:
        _text(path, "requirement", requirement)
    fields_raw = raw.get("fields")
    if not isinstance(fields_raw, list) or not fields_raw:
        raise DefinitionError(path, "fields", "a form needs at least one field")
    fields = tuple(_field(path, f"fields[{n}]", f, FIELD_TYPES) for n, f in enumerate(fields_raw))
    keys = [f.key for f in fields]
    if len(set(keys)) != len(keys):
        raise DefinitionError(path, "fields", "a field key is there twice")
    register = raw.get("register")
    if not isinstance(register, list) or not register:
        raise DefinitionError(path, "register", "must list the keys of the register's columns")
    for column in register:
        if column not in keys:
            raise DefinitionError(path, "register", f"{column!r} is not a field of the form")
    key = raw.get("key")
    if key is not None and (key not in keys or next(f for f in fields if f.key == key).type == "table"):
        raise DefinitionError(path, "key", f"{key!r} must be a field of the form that is not a table")
    signatures = raw.get("signatures")
    if not isinstance(signatures, list) or not signatures:
        raise DefinitionError(path, "signatures", "must list the signature lines at the form's foot")
    if writes_to == "meter_reading":
        wanted = {"meter_kind": "choice", "meter_no": "text", "reading": "number", "read_on": "date"}
        wanted |= {"confirmed_by": "text"}
        for name, kind in wanted.items():
            if name not in keys or next(f for f in fields if f.key == name).type != kind:
                raise DefinitionError(path, "writes_to", f"a meter reading form needs the {kind} field {name!r}")
    return FormDef(
        code=code,
        title=_text(path, "title", raw.get("title")),
        title_en=_text(path, "title_en", raw.get("title_en")),
        page=page,
        category=category,
        fields=fields,
        register=tuple(register),
        signatures=tuple(_text(path, "signatures", s) for s in signatures),
        key=key,
        requirement=requirement,
        writes_to=writes_to,
    )


def load_definitions(folder: Path) -> dict[str, FormDef]:
    """Every ``*.toml`` of ``folder``, by code, in code order."""
    forms: dict[str, FormDef] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise DefinitionError(str(path), "(file)", f"is not valid TOML: {error}") from error
        definition = parse_definition(str(path), raw)
        forms[definition.code] = definition
    return forms


def forms_folder() -> Path:
    return RESOURCES / "forms"


@cache
def form_definitions() -> dict[str, FormDef]:
    """The forms shipped in resources/forms, read and checked once per process."""
    return load_definitions(forms_folder())


def form_definition(code: str) -> FormDef:
    """The definition of form ``code`` (NotFound naming it when there is no such form)."""
    found = form_definitions().get((code or "").strip())
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no form {code}."), field="form.code", code=code)
    return found


def labels_source(forms: dict[str, FormDef]) -> str:
    """The text of app/forms/labels.py: every English title, label and choice as QT_TRANSLATE_NOOP for lupdate.

    ``python -m app.forms.definitions`` writes it; tests/unit/forms keeps it equal to the TOML files.
    """
    seen: list[str] = []

    def add(text: str) -> None:
        if text not in seen:
            seen.append(text)

    def add_field(f: FieldDef) -> None:
        add(f.en)
        for c in f.choices:
            add(c.en)
        for column in f.columns:
            add_field(column)

    for form in forms.values():
        add(form.title_en)
        for f in form.fields:
            add_field(f)
    lines = [
        '"""The forms\' English titles, labels and choices for lupdate (context "forms"), written from',
        "resources/forms/*.toml by ``python -m app.forms.definitions``; a test keeps it equal to them.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from app.text import QT_TRANSLATE_NOOP",
        "",
        "LABELS = (",
        *(f'    QT_TRANSLATE_NOOP("forms", {json.dumps(text, ensure_ascii=False)}),' for text in seen),
        ")",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    Path(__file__).with_name("labels.py").write_text(labels_source(form_definitions()), encoding="utf-8")
