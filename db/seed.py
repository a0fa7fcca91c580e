"""Rows every database starts with (new files and files upgraded to 0003 alike)."""

from __future__ import annotations

from sqlalchemy import Boolean, Connection, Integer, String, column, insert, select, table

# The requirement table as migration 0003 made it, not the model of today: this runs inside that
# migration too, when later columns (e.g. 0006's version) do not exist yet.
_REQUIREMENT = table(
    "requirement",
    column("code", String),
    column("title", String),
    column("category", String),
    column("stage", String),
    column("position", Integer),
    column("active", Boolean),
)

# The move-in papers checklist (入住资料): codes are stable, titles and the list are editable later.
DEFAULT_REQUIREMENTS: tuple[tuple[str, str, str], ...] = (
    ("business_licence", "营业执照副本（复印件）", "move_in"),
    ("legal_rep_id", "法定代表人身份证复印件", "id_papers"),
    ("lease", "房屋租赁合同", "move_in"),
    ("registration_form", "客户档案登记表 qms-pm-31301", "move_in"),
    ("emergency_contacts", "紧急联络人登记表 qms-pm-31302", "emergency_contacts"),
)


def seed_requirements(connection: Connection) -> None:
    """Add the default move-in checklist where it is missing (safe to run twice)."""
    have = set(connection.scalars(select(_REQUIREMENT.c.code)))
    rows = [
        {"code": code, "title": title, "category": category, "stage": "move_in", "position": n, "active": True}
        for n, (code, title, category) in enumerate(DEFAULT_REQUIREMENTS)
        if code not in have
    ]
    if rows:
        connection.execute(insert(_REQUIREMENT), rows)
