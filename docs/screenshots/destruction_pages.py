"""The demo's first destruction, as the README shows it: python docs/screenshots/destruction_pages.py DB OUT_DIR.

Decades ahead of the demo (2070), the supervisor proposes the first 23 files due for destruction, the manager approves
the list, two witnesses see it destroyed, and the approval form and the register are printed into OUT_DIR."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from app import approvals, archive, people
from app.desk import Desk

AS_OF = dt.date(2070, 1, 1)


def main(database: Path, out: Path) -> None:
    password = os.environ.get("DOSSIER_DESK_PASSWORD", "demo-pass-1")
    with Desk.open(database) as desk:
        supervisor = people.log_in(desk, "supervisor", password)
        manager = people.log_in(desk, "manager", password)
        with desk.work(supervisor) as work:
            due = archive.due_for_appraisal(work, AS_OF).dossiers[:23]
            proposals = [archive.Proposal(d.dossier_id) for d in due]
            listed = archive.propose_destruction(work, AS_OF, proposals, "保管期限已满，经鉴定无继续保存价值，拟销毁。")
        assert listed.approval_id is not None  # a proposed list waits for the manager
        with desk.work(manager) as work:
            approvals.decide(work, listed.approval_id, approve=True)
        with desk.work(supervisor) as work:
            archive.record_destruction(work, listed.id, ("陈静", "李伟"))
        with desk.read(supervisor) as work:
            archive.print_destruction_form(work, listed.id, out / "form.pdf")
            archive.print_destruction_register(work, listed.id, out / "register.pdf")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
