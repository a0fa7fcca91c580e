"""The scan inbox (issue 21): ``inbox`` lists what the copier left in the folder and, with ``--file``, files it;
``inbox-settings`` shows or changes the folder every desk watches and whether readable covers file by themselves."""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import inbox
from app.cli import common
from app.desk import Desk
from app.errors import AppError, ValidationError
from app.settings import MAX_FOLDER_LENGTH
from app.text import QT_TRANSLATE_NOOP

MAX_SETTLE = 600.0


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(
        sub,
        "inbox",
        "list the scans in the inbox folder (each file complete or not, its bundles by cover sheet); "
        "--file files every bundle with a readable cover",
    )
    p.add_argument(
        "--folder",
        type=Path,
        help="the inbox folder (the copier's scan-to-folder target); default: the one saved in the settings",
    )
    p.add_argument("--file", action="store_true", help="file every bundle with a readable cover, then move the scans")
    p.add_argument(
        "--settle",
        type=_seconds,
        default=inbox.SETTLE_SECONDS,
        help=f"seconds a file must stay unchanged to count as complete (default {inbox.SETTLE_SECONDS:g})",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_inbox)

    p = common.command(
        sub,
        "inbox-settings",
        "show the scan inbox settings (the folder every desk watches, whether readable covers file by themselves); "
        "with options, change them (administrator, supervisor, department manager)",
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--folder",
        type=common.text("inbox.folder", MAX_FOLDER_LENGTH, required=True),
        metavar="DIR",
        help="the folder the copier scans to (it must exist; a network share's path is fine)",
    )
    where.add_argument("--no-folder", action="store_true", help="watch no folder any more")
    p.add_argument(
        "--files-itself",
        type=_yes_no,
        metavar="yes|no",
        help="yes: a bundle whose cover names a dossier is filed by itself, as prefilled; no: the clerk files it",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_settings)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= MAX_SETTLE:  # also refuses nan and inf
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The settle time must be from 0 to {most} seconds, not “{value}”."),
            field="inbox.settle",
            most=int(MAX_SETTLE),
            value=text[: common.SHOWN_VALUE],
        )
    return value


def _yes_no(text: str) -> bool:
    answer = text.strip().lower()
    if answer not in ("yes", "no"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be yes or no, not “{value}”."),
            field="inbox.files_itself",
            value=text[: common.SHOWN_VALUE],
        )
    return answer == "yes"


def _saved_folder(desk: Desk) -> Path:
    """The folder saved in the settings (Settings ▸ Scan inbox, or ``inbox-settings --folder``)."""
    with desk.read(None) as work:
        folder = inbox.inbox_settings(work).folder
    if folder is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "No inbox folder is saved: give one with --folder, or save it in Settings (Scan inbox) "
                "or with the inbox-settings command.",
            ),
            field="inbox.folder",
        )
    return folder


def _folder(path: Path) -> Path:
    if path.exists() and not path.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{folder} is a file, not a folder."), field="inbox.folder", folder=str(path)
        )
    if not path.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The inbox folder {folder} does not exist."), field="inbox.folder", folder=path
        )
    return path


def _inbox(args: argparse.Namespace) -> int:
    folder = _folder(args.folder) if args.folder is not None else None
    with Desk.open(common.database(args)) as desk:
        if folder is None:
            folder = _folder(_saved_folder(desk))  # before the password is asked
        actor = common.log_in(desk, args, required=args.file)
        watch = inbox.InboxWatch(folder, settle_seconds=args.settle)
        with desk.read(actor) as work:
            seen = inbox.read_inbox(work, watch)
        if any(f.state is inbox.FileState.WAITING for f in seen.files):
            time.sleep(args.settle)  # seen once: a file unchanged after the settle time is complete
            with desk.read(actor) as work:
                seen = inbox.read_inbox(work, watch)
        filed: dict[int, Any] = {}
        moved: tuple[inbox.Moved, ...] = ()
        if args.file:
            # No cover, or a blank one: the bundle waits for the clerk to choose the dossier (in the window).
            covered = [b for b in seen.bundles if b.cover is not None and b.cover.dossier_number is not None]
            done = inbox.file_and_tidy(desk, actor, watch, seen, covered)
            number_of = {id(b): n for n, b in enumerate(seen.bundles)}
            filed = {number_of[id(b)]: document for b, document in done.filed}
            filed |= {number_of[id(b)]: exc for b, exc in done.refused}
            moved = done.moved
    refused = [r for r in filed.values() if isinstance(r, Exception)]
    data = _data(seen, filed, moved, folder)
    if args.json:
        common.emit_json(data)
    else:
        _show(data)
    if refused:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Not every bundle could be filed; the list above says why."),
            field="inbox.file",
        )
    return 0


def _data(seen: inbox.Inbox, filed: dict[int, Any], moved: Sequence[inbox.Moved], folder: Path) -> dict[str, Any]:
    files = [
        {
            "file": f.path.name,
            "state": "taken before" if f.taken else str(f.state),
            "pages": f.pages,
            "problem": f.problem or None,
        }
        for f in seen.files
    ]
    bundles = []
    for number, b in enumerate(seen.bundles):
        result = filed.get(number)
        bundles.append(
            {
                "files": [p.path.name for p in b.parts],
                "bundle": b.parts[0].index + 1,
                "dossier": b.cover.dossier_number if b.cover else None,
                "category": b.cover.category if b.cover else None,
                "date": b.cover.day.isoformat() if b.cover and b.cover.day else None,
                "title": b.cover.title if b.cover else None,
                "pages": len(b.pages),
                "document": result if isinstance(result, int) else None,
                "problem": _problem(result),
            }
        )
    return {
        "folder": str(folder),
        "files": files,
        "bundles": bundles,
        "moved": [{"file": m.source.name, "to": str(m.target.relative_to(folder)), "as": m.outcome} for m in moved],
    }


def _problem(result: object) -> str | None:
    if isinstance(result, AppError):
        return result.text()
    if isinstance(result, Exception):  # a file gone from the folder, a damaged PDF: said as it is
        return str(result) or type(result).__name__
    return None


def _show(data: dict[str, Any]) -> None:
    if not data["files"]:
        print(f"{data['folder']}: no scans")
        return
    common.table(
        [[f["file"], f["state"], str(f["pages"] or ""), f["problem"] or ""] for f in data["files"]],
        ["file", "state", "pages", "problem"],
    )
    if data["bundles"]:
        print()
        rows = []
        for b in data["bundles"]:
            if b["document"] is not None:
                what = f"filed as document {b['document']}"
            elif b["problem"]:
                what = b["problem"]
            elif b["dossier"] is None and b["category"] is None:
                what = "no cover: waits for the clerk"
            elif b["dossier"] is None:
                what = "blank cover: waits for the clerk to choose the dossier"
            else:
                what = "to file"
            name = b["files"][0] if len(b["files"]) == 1 else f"{b['files'][0]} … {b['files'][-1]}"
            rows.append([f"{name} #{b['bundle']}", b["dossier"] or "", b["category"] or "", str(b["pages"]), what])
        common.table(rows, ["bundle", "dossier", "category", "pages", ""])
    if data["moved"]:
        print()
        for m in data["moved"]:
            print(f"{m['file']} → {m['to']}")


def _settings(args: argparse.Namespace) -> int:
    changing = args.folder is not None or args.no_folder or args.files_itself is not None
    if changing and not args.user:
        raise common.CommandError("inbox-settings changes the database: name yourself with --user NAME")
    # A folder typed at the command line is meant from where the command runs; the setting is read from anywhere.
    typed = Path(os.path.abspath(Path(args.folder).expanduser())) if args.folder is not None else None
    if typed is not None:
        _folder(typed)  # before the password is asked
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=changing)
        if changing:
            with desk.read(actor) as work:
                current = inbox.inbox_settings(work)
            folder = None if args.no_folder else typed if typed is not None else current.folder
            files_itself = current.files_itself if args.files_itself is None else args.files_itself
            with desk.work(actor) as work:
                inbox.change_inbox_settings(work, folder=folder, files_itself=files_itself)
        with desk.read(actor) as work:
            shown = inbox.inbox_settings(work)
    if args.json:
        common.emit_json({"folder": str(shown.folder) if shown.folder else None, "files_itself": shown.files_itself})
        return 0
    if changing:
        print("saved: every desk on this database watches this folder from now on")
    common.table(
        [
            ["inbox folder", str(shown.folder) if shown.folder else "none: no folder is watched"],
            [
                "files by itself",
                "yes: bundles whose cover names a dossier are filed as prefilled"
                if shown.files_itself
                else "no: the clerk files every bundle from the Inbox list",
            ],
        ],
        ["setting", "value"],
    )
    return 0
