"""The ``archive-settings`` and ``archive-codes`` commands: the 全宗 and how a 档号 is made (issue 12), and the
one-time step giving files bound before the settings existed their 档号."""

from __future__ import annotations

import argparse
from typing import Any

from app import archive
from app.archive import ArchiveSettings, CodeChange
from app.cli import common
from app.desk import Desk
from app.errors import ValidationError
from app.text import QT_TRANSLATE_NOOP

FIELDS = archive.SETTING_FIELDS
RETENTIONS = tuple(archive.DEFAULT_RETENTION_CODES)  # permanent, 30y, 10y: the order --retention-codes takes


def retention_codes(text: str) -> dict[str, str]:
    """``--retention-codes Y,D30,D10``: the codes for permanent, 30 years and 10 years, in that order."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != len(RETENTIONS):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "{field} must be three codes separated by commas (permanent, 30 years, 10 years), not “{value}”."
            ),
            field=FIELDS["retention_codes"],
            value=text if len(text) <= common.SHOWN_VALUE else text[: common.SHOWN_VALUE - 1] + "…",
        )
    return dict(zip(RETENTIONS, parts, strict=True))


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(
        sub,
        "archive-settings",
        "show the archive settings (全宗名称, 全宗号, 目录号, 档号 pattern, retention codes); with options, change "
        "them (department manager). Files already bound keep their 档号",
    )
    p.add_argument("--fonds-name", type=common.text(FIELDS["fonds_name"], 100), help="全宗名称: the organisation")
    p.add_argument("--fonds-code", type=common.text(FIELDS["fonds_code"], 20), help="全宗号, letters and digits")
    p.add_argument("--catalogue-no", type=common.text(FIELDS["catalogue_no"], 20), help="目录号, letters and digits")
    p.add_argument(
        "--pattern",
        type=common.text(FIELDS["code_pattern"], 100),
        help="how a 档号 is made, e.g. '{全宗号}-{年度}-{保管期限}-{案卷号:04}' ({年度} and {案卷号} required)",
    )
    p.add_argument(
        "--retention-codes",
        type=retention_codes,
        metavar="P,30,10",
        help="the codes for permanent, 30 years and 10 years, e.g. Y,D30,D10",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_settings)

    p = common.command(
        sub,
        "archive-codes",
        "files bound before the archive settings existed: preview their new 档号 (the old number stays as 原编号); "
        "--apply gives them (department manager)",
    )
    p.add_argument("--apply", action="store_true", help="give the 档号 shown (once; it cannot be undone)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_codes)


def _changing(args: argparse.Namespace) -> bool:
    return any(
        value is not None
        for value in (args.fonds_name, args.fonds_code, args.catalogue_no, args.pattern, args.retention_codes)
    )


def _settings_json(settings: ArchiveSettings, old_style: int) -> dict[str, Any]:
    return {
        "fonds_name": settings.fonds_name,
        "fonds_code": settings.fonds_code,
        "catalogue_no": settings.catalogue_no,
        "code_pattern": settings.code_pattern,
        "retention_codes": dict(settings.retention_codes),
        "configured": settings.configured,
        "per_retention_sequence": archive.sequence_per_retention(settings.code_pattern),
        "example": archive.example_code(settings),
        "old_style_files": old_style,
    }


def _settings(args: argparse.Namespace) -> int:
    changing = _changing(args)
    if changing and not args.user:
        raise common.CommandError("archive-settings changes the database: name yourself with --user NAME")
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:
            current = archive.archive_settings(work)
        if changing:
            wanted = {
                "fonds_name": args.fonds_name if args.fonds_name is not None else current.fonds_name,
                "fonds_code": args.fonds_code if args.fonds_code is not None else current.fonds_code,
                "catalogue_no": args.catalogue_no if args.catalogue_no is not None else current.catalogue_no,
                "code_pattern": args.pattern if args.pattern is not None else current.code_pattern,
                "retention_codes": args.retention_codes or dict(current.retention_codes),
            }
            archive.check_settings(**wanted)  # before the password is asked
            actor = common.log_in(desk, args, required=True)
            with desk.work(actor) as work:
                archive.change_archive_settings(work, **wanted)
        else:
            actor = common.log_in(desk, args)
        with desk.read(actor) as work:
            shown = archive.archive_settings(work)
            old_style = archive.old_style_count(work)
    if args.json:
        common.emit_json(_settings_json(shown, old_style))
        return 0
    if changing:
        print("saved: files bound from now on get their 档号 this way; files already bound keep theirs")
    codes = shown.retention_codes
    common.table(
        [
            ["全宗名称 fonds name", shown.fonds_name],
            ["全宗号 fonds code", shown.fonds_code],
            ["目录号 catalogue no.", shown.catalogue_no],
            ["档号 pattern", shown.code_pattern],
            ["retention codes", f"permanent {codes['permanent']}, 30 years {codes['30y']}, 10 years {codes['10y']}"],
            ["example 档号", archive.example_code(shown)],
            ["confirmed", "yes" if shown.configured else "no: the defaults apply until the manager saves them"],
        ],
        ["setting", "value"],
    )
    if old_style:
        print(f"{old_style} files still have an old number: `dossier-desk archive-codes` previews their 档号")
    return 0


def _change_json(c: CodeChange) -> dict[str, Any]:
    return {
        "dossier": c.dossier_number,
        "former_file_number": c.former_file_number,
        "file_number": c.file_number,
        "customer": c.customer,
        "year": c.year,
        "retention": c.retention,
    }


def _codes(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            changes = archive.archival_code_preview(work)
        given = 0
        if args.apply:  # even with nothing to give: a role that may not is told so, not "done"
            with desk.work(actor) as work:
                given = archive.give_archival_codes(work, len(changes))
        else:
            kind = "export" if args.json else "view"
            common.record(desk, actor, "dossier", None, kind, {"what": "archive_codes", "rows": len(changes)})
    if args.json:
        common.emit_json({"applied": args.apply, "count": len(changes), "changes": [_change_json(c) for c in changes]})
        return 0
    if not changes:
        print("every bound file has its 档号: nothing to do")
        return 0
    common.table(
        [[c.former_file_number, c.file_number, str(c.year), c.customer] for c in changes],
        ["原编号 old number", "档号 new", "year", "customer"],
    )
    if given:
        print(f"{given} files were given their 档号; their old numbers still find them")
    else:
        print(f"{len(changes)} files would get their 档号: run again with --apply (department manager)")
    return 0
