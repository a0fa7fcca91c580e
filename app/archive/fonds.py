"""The archive settings (全宗 and 档号): who keeps the record, and how a bound dossier's number is composed.

全宗 (fonds) is the record-keeping organisation — the management company or its customer-services department —
not the building. The settings live in the database (``setting`` table) so every desk and the command line
compose the same 档号. Until the manager has filled them in, ``configured`` is False and the defaults below
apply (the first archiving asks for them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select

from app.desk import Work
from app.errors import ChangedMeanwhile, ValidationError
from app.permissions import Action
from app.settings import hold_settings, store, stored
from app.text import QT_TRANSLATE_NOOP
from app.validation import required_text
from db.models import Building

FONDS_NAME = "archive.fonds_name"
FONDS_CODE = "archive.fonds_code"
CATALOGUE_NO = "archive.catalogue_no"
CODE_PATTERN = "archive.code_pattern"
RETENTION_CODE_PREFIX = "archive.retention_code."  # + permanent / 30y / 10y

# GB/T 9705 / DA/T 22 practice: 全宗号-年度-保管期限代码-案卷号, e.g. X01-2025-D30-0013.
DEFAULT_CODE_PATTERN = "{全宗号}-{年度}-{保管期限}-{案卷号:04}"
DEFAULT_FONDS_CODE = "X01"
DEFAULT_CATALOGUE_NO = "1"
# 保管期限代码 (DA/T 22): 永久 Y, 定期30年 D30, 定期10年 D10.
DEFAULT_RETENTION_CODES = {"permanent": "Y", "30y": "D30", "10y": "D10"}


@dataclass(frozen=True)
class ArchiveSettings:
    fonds_name: str  # 全宗名称: the organisation that keeps the record
    fonds_code: str  # 全宗号
    catalogue_no: str  # 目录号
    code_pattern: str  # how a 档号 is composed
    retention_codes: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_RETENTION_CODES))
    configured: bool = False  # the manager has saved them at least once


def default_fonds_name(work: Work) -> str:
    """The building's management office, until the manager names the organisation."""
    name = work.session.scalar(select(Building.name).order_by(Building.id).limit(1))
    return f"{name}物业服务中心" if name else "物业服务中心"


def archive_settings(work: Work) -> ArchiveSettings:
    """The archive settings as saved, each missing one by its default."""
    work.require_read()
    name = stored(work, FONDS_NAME)
    codes = {
        retention: stored(work, RETENTION_CODE_PREFIX + retention) or default
        for retention, default in DEFAULT_RETENTION_CODES.items()
    }
    return ArchiveSettings(
        fonds_name=name or default_fonds_name(work),
        fonds_code=stored(work, FONDS_CODE) or DEFAULT_FONDS_CODE,
        catalogue_no=stored(work, CATALOGUE_NO) or DEFAULT_CATALOGUE_NO,
        code_pattern=stored(work, CODE_PATTERN) or DEFAULT_CODE_PATTERN,
        retention_codes=codes,
        configured=name is not None,
    )


# --- composing and checking (issue 12) ---------------------------------------------------------------------------

# What the columns hold (dossier.file_number 60, dossier.fonds_code 20) and what a printed heading carries.
MAX_NAME = 100
MAX_CODE = 20
MAX_PATTERN = 100
MAX_FILE_NUMBER = 60
# The length check composes a 案卷号 past 9999: a busy year must still fit in the column.
LONGEST_SERIAL = 99999

FONDS = "全宗号"
YEAR = "年度"
RETENTION = "保管期限"
CATALOGUE = "目录号"
SERIAL = "案卷号"
PLACEHOLDERS = (FONDS, YEAR, RETENTION, CATALOGUE, SERIAL)
REQUIRED_PLACEHOLDERS = (YEAR, SERIAL)
PLACEHOLDER_LIST = "、".join(f"{{{p}}}" for p in PLACEHOLDERS)

# Codes (全宗号, 目录号, 保管期限代码) are ASCII letters and digits only: whatever separator the pattern puts
# between them ("-", "·", "/"…), a 档号 reads back into its parts unambiguously, and it stays what a barcode
# scanner types and a file name can hold.
_CODE = re.compile(r"[A-Za-z0-9]+")
_WIDTH = re.compile(r"0?([1-9])")
# Literal text of a pattern: no spaces (a scanned or typed 档号 must be one word) and nothing a file name cannot
# hold (exported pieces are named by their 档号).
_NOT_LITERAL = frozenset('\\/:*?"<>|')

# Field names of the settings (app/fields.py), also the detail keys of their audit line (entity "setting").
SETTING_FIELDS = {
    "fonds_name": "setting.fonds_name",
    "fonds_code": "setting.fonds_code",
    "catalogue_no": "setting.catalogue_no",
    "code_pattern": "setting.code_pattern",
    "retention_codes": "setting.retention_codes",
}


def retention_code_field(retention: str) -> str:
    return f"setting.retention_code.{retention}"


@dataclass(frozen=True)
class PatternPart:
    """A piece of a 档号 pattern: a placeholder (``name``) or literal ``text``; ``width`` pads the 案卷号."""

    name: str = ""
    text: str = ""
    width: int = 0


def parse_pattern(pattern: str) -> tuple[PatternPart, ...]:
    """The pieces of a pattern such as ``{全宗号}-{年度}-{保管期限}-{案卷号:04}``, or ValidationError saying what
    is wrong (field ``setting.code_pattern``).

    Placeholders are ``{全宗号}`` ``{年度}`` ``{保管期限}`` ``{目录号}`` ``{案卷号}``, each at most once;
    ``{年度}`` and ``{案卷号}`` are required. Only the 案卷号 takes a width, ``{案卷号:04}`` (or ``{案卷号:4}``):
    padded with zeros to 1–9 digits, and longer when the number outgrows it (10000 after 9999). Everything else
    is literal text, without spaces or characters a file name cannot hold.
    """
    where = SETTING_FIELDS["code_pattern"]
    text = required_text(pattern, where, MAX_PATTERN)
    parts: list[PatternPart] = []
    literal: list[str] = []
    seen: set[str] = set()
    i = 0
    while i < len(text):
        char = text[i]
        if char == "{":
            end = text.find("}", i + 1)
            inner = text[i + 1 : end] if end >= 0 else ""
            if end < 0 or "{" in inner:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("app", "{field} has a “{brace}” that is not closed."), field=where, brace="{"
                )
            if literal:
                parts.append(PatternPart(text="".join(literal)))
                literal = []
            parts.append(_placeholder(inner, seen, where))
            i = end + 1
            continue
        if char == "}":
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "{field} has a “{brace}” that was not opened."), field=where, brace="}"
            )
        if char.isspace() or char in _NOT_LITERAL:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "{field} may not contain “{char}”: no spaces and no characters a file name cannot hold."
                ),
                field=where,
                char=char if not char.isspace() else " ",
            )
        literal.append(char)
        i += 1
    if literal:
        parts.append(PatternPart(text="".join(literal)))
    for name in REQUIRED_PLACEHOLDERS:
        if name not in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "{field} must contain {part}: every archival code needs the year and number."),
                field=where,
                part=f"{{{name}}}",
            )
    return tuple(parts)


def _placeholder(inner: str, seen: set[str], where: str) -> PatternPart:
    name, _, spec = inner.partition(":")
    if name not in PLACEHOLDERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} has an unknown part “{part}”: the parts are {parts}."),
            field=where,
            part=f"{{{inner}}}",
            parts=PLACEHOLDER_LIST,
        )
    if name in seen:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "{field} has {part} twice."), field=where, part=f"{{{name}}}")
    seen.add(name)
    width = 0
    if ":" in inner:
        matched = _WIDTH.fullmatch(spec)
        if name != SERIAL or matched is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "{field}: only the file's number takes a width, written like {example} (1 to 9 digits)."
                ),
                field=where,
                example=f"{{{SERIAL}:04}}",
            )
        width = int(matched.group(1))
    return PatternPart(name=name, width=width)


def sequence_per_retention(pattern: str) -> bool:
    """Whether each retention period has its own run of 案卷号: when the pattern puts {保管期限} before {年度}.

    The 案卷号 runs within a 全宗 and year (DA/T 22): one sequence across the retention periods, so 0013 is one
    file of the year whatever its period. A pattern that files by retention first (``{全宗号}-{保管期限}-{年度}-
    {案卷号:04}``) reads as separate runs per period, and then each period counts from 1.
    """
    names = [p.name for p in parse_pattern(pattern) if p.name]
    return RETENTION in names and names.index(RETENTION) < names.index(YEAR)


def compose_code(settings: ArchiveSettings, *, year: int, retention: str, serial: int) -> str:
    """The 档号 of a file: the pattern with its parts filled in (e.g. X01-2025-D30-0013)."""
    values = {
        FONDS: settings.fonds_code,
        YEAR: str(year),
        RETENTION: settings.retention_codes.get(retention, retention),
        CATALOGUE: settings.catalogue_no,
    }
    return "".join(
        p.text if not p.name else f"{serial:0{p.width}d}" if p.name == SERIAL else values[p.name]
        for p in parse_pattern(settings.code_pattern)
    )


def example_code(settings: ArchiveSettings, year: int = 2025, serial: int = 13) -> str:
    """A 档号 as these settings make it, shown live while they are typed (a 30-year file)."""
    return compose_code(settings, year=year, retention="30y", serial=serial)


def _code(value: str, where: str) -> str:
    text = required_text(value, where, MAX_CODE)
    if not _CODE.fullmatch(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "{field} must be letters and digits only (no spaces, dashes or other marks), not “{value}”."
            ),
            field=where,
            value=text,
        )
    return text


def check_settings(
    *, fonds_name: str, fonds_code: str, catalogue_no: str, code_pattern: str, retention_codes: dict[str, str]
) -> ArchiveSettings:
    """The settings as they would be saved, or ValidationError naming the first field that is wrong."""
    name = required_text(fonds_name, SETTING_FIELDS["fonds_name"], MAX_NAME)
    fonds = _code(fonds_code, SETTING_FIELDS["fonds_code"])
    catalogue = _code(catalogue_no, SETTING_FIELDS["catalogue_no"])
    pattern = code_pattern.strip()
    parse_pattern(pattern)
    codes: dict[str, str] = {}
    for retention in DEFAULT_RETENTION_CODES:
        code = _code(retention_codes.get(retention, ""), retention_code_field(retention))
        for taken in codes.values():
            if taken.casefold() == code.casefold():
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "app", "{field}: “{code}” stands for two retention periods; each period needs its own code."
                    ),
                    field=retention_code_field(retention),
                    code=code,
                )
        codes[retention] = code
    settings = ArchiveSettings(name, fonds, catalogue, pattern, codes, configured=True)
    longest = max((compose_code(settings, year=2025, retention=r, serial=LONGEST_SERIAL) for r in codes), key=len)
    if len(longest) > MAX_FILE_NUMBER:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} makes codes of {length} characters, like “{example}”: at most {limit}."),
            field=SETTING_FIELDS["code_pattern"],
            length=len(longest),
            example=longest,
            limit=MAX_FILE_NUMBER,
        )
    return settings


def _codes_text(codes: dict[str, str]) -> str:
    return ",".join(codes[r] for r in DEFAULT_RETENTION_CODES)


def change_archive_settings(
    work: Work,
    *,
    fonds_name: str,
    fonds_code: str,
    catalogue_no: str,
    code_pattern: str,
    retention_codes: dict[str, str],
    as_read: ArchiveSettings | None = None,
) -> ArchiveSettings:
    """Save the archive settings (the department manager, who answers for the archive).

    ``as_read`` is the settings as the form read them: settings saved meanwhile at another desk are refused
    (``ChangedMeanwhile``), never overwritten with the form's older values.

    Only files bound from now on are numbered with them: a 档号 is fixed into its dossier at binding and never
    changes with the settings. The change is one line in the audit log (entity "setting"): "configure" with every
    value the first time, then "update" with what changed.
    """
    work.require(Action.CONFIGURE_ARCHIVE)
    checked = check_settings(
        fonds_name=fonds_name,
        fonds_code=fonds_code,
        catalogue_no=catalogue_no,
        code_pattern=code_pattern,
        retention_codes=retention_codes,
    )
    hold_settings(work, "archive.")
    before = archive_settings(work)
    if as_read is not None and before != as_read:
        raise ChangedMeanwhile(
            QT_TRANSLATE_NOOP(
                "app",
                "The archive settings were changed meanwhile at another desk; nothing was saved. They have been "
                "reloaded — check them and save again.",
            )
        )
    old = {
        "fonds_name": before.fonds_name,
        "fonds_code": before.fonds_code,
        "catalogue_no": before.catalogue_no,
        "code_pattern": before.code_pattern,
        "retention_codes": _codes_text(before.retention_codes),
    }
    new = {
        "fonds_name": checked.fonds_name,
        "fonds_code": checked.fonds_code,
        "catalogue_no": checked.catalogue_no,
        "code_pattern": checked.code_pattern,
        "retention_codes": _codes_text(checked.retention_codes),
    }
    store(work, FONDS_NAME, checked.fonds_name)
    store(work, FONDS_CODE, checked.fonds_code)
    store(work, CATALOGUE_NO, checked.catalogue_no)
    store(work, CODE_PATTERN, checked.code_pattern)
    for retention, code in checked.retention_codes.items():
        store(work, RETENTION_CODE_PREFIX + retention, code)
    if not before.configured:
        # The first save confirms the settings as a whole (the defaults shown until then were never chosen).
        work.log(None, "setting", None, "configure", new)
        return checked
    changed = {key: [old[key], new[key]] for key in new if old[key] != new[key]}
    if changed:
        work.log(None, "setting", None, "update", changed)
    return checked
