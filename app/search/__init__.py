"""The search room: quick find across companies, former names, units, contacts, phones and document titles.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from app.search.quick_find import (
    NO_FILTERS,
    PER_KIND,
    STATUS_GROUPS,
    Filters,
    MatchKind,
    SearchHit,
    bare_hits_statement,
    bare_statements,
    search,
)

__all__ = [
    "NO_FILTERS",
    "PER_KIND",
    "STATUS_GROUPS",
    "Filters",
    "MatchKind",
    "SearchHit",
    "bare_hits_statement",
    "bare_statements",
    "search",
]
