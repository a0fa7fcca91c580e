"""The ``audit`` command: the audit log (R16) — who changed, viewed, printed or exported what, and when."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app import audit, dossier
from app.cli import common
from app.desk import Desk
from app.errors import NotFound, ValidationError
from app.text import QT_TRANSLATE_NOOP

DEFAULT_LIMIT = 200
MAX_LIMIT = 10_000_000


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(
        sub,
        "audit",
        "the audit log, newest first: every change, log-in, view, print and export with who and when "
        "(supervisor, manager or administrator; check verifies its hash chain)",
    )
    p.add_argument("--since", type=common.day("audit.since"), help="from this day on (YYYY-MM-DD)")
    p.add_argument("--until", type=common.day("audit.until"), help="up to and including this day (YYYY-MM-DD)")
    p.add_argument("--who", type=common.login, metavar="LOGIN", help="only what this user did")
    p.add_argument(
        "--action",
        type=common.text("audit.action", 20),
        metavar="KIND",
        help="only this kind, e.g. view, print, export",
    )
    p.add_argument("--entity", type=common.text("audit.entity", 30), help="only lines about this kind of record")
    p.add_argument(
        "--dossier", type=common.text("dossier", 40), metavar="NUMBER", help="only this dossier (number or 案卷号)"
    )
    p.add_argument(
        "--limit",
        type=common.whole("audit.limit", 1, MAX_LIMIT),
        default=DEFAULT_LIMIT,
        help=f"the newest so many lines (default {DEFAULT_LIMIT})",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_audit)


def _audit(args: argparse.Namespace) -> int:
    if args.since and args.until and args.until < args.since:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The day “until” ({until}) is before the day “since” ({since})."),
            field="audit.until",
            until=args.until.isoformat(),
            since=args.since.isoformat(),
        )
    if not args.user:
        raise common.CommandError(
            "audit shows who did what: name yourself with --user NAME (a supervisor, manager or administrator)"
        )
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True)
        with desk.read(actor) as work:
            user_id = None
            if args.who:
                user_id = audit.audit_user_id(work, args.who)
                if user_id is None:
                    raise NotFound(
                        QT_TRANSLATE_NOOP("app", "There is no user “{login}”."), field="audit.who", login=args.who
                    )
            dossier_id = dossier.find_dossier_by_number(work, args.dossier) if args.dossier else None
            query = audit.AuditFilter(
                user_id=user_id,
                actions=(args.action,) if args.action else (),
                entity=args.entity or "",
                dossier_id=dossier_id,
                since=args.since,
                until=args.until,
                limit=args.limit,
            )
            log = audit.audit_log(work, query)
        # Reading who saw what is itself seen: the log is in the log (an export when it leaves as JSON).
        kind = "export" if args.json else "view"
        common.record(desk, actor, "audit", None, kind, {"what": "audit", "rows": len(log.entries)})
    entries = [_entry(e) for e in log.entries]
    if args.json:
        common.emit_json({"total": log.total, "shown": len(entries), "entries": entries})
        return 0
    common.table(
        [
            [
                str(e["seq"]),
                e["at"],
                e["login"] or "—",
                e["action"],
                f"{e['entity']} {e['entity_id'] or ''}".strip(),
                e["dossier"] or "",
                _short(e["details"]),
            ]
            for e in entries
        ],
        ["#", "when", "who", "what", "record", "dossier", "details"],
    )
    if log.total > len(entries):
        print(f"(the newest {len(entries)} of {log.total} lines; --limit shows more)")
    return 0


def _entry(e: audit.AuditEntry) -> dict[str, Any]:
    return {
        "seq": e.seq,
        "at": e.at.isoformat(sep=" "),
        "login": e.login,
        "user": e.user_name,
        "action": e.action,
        "entity": e.entity,
        "entity_id": e.entity_id,
        "dossier": e.dossier_number or None,
        "details": e.details,
    }


def _short(details: dict[str, Any], width: int = 80) -> str:
    text = "; ".join(f"{k}: {_value(v)}" for k, v in details.items())
    return text if len(text) <= width else text[: width - 1] + "…"


def _value(value: Any) -> str:
    if isinstance(value, list) and len(value) == 2 and not isinstance(value[0], (list, dict)):
        return f"{value[0] if value[0] is not None else '—'} → {value[1]}"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
