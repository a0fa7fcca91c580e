"""The floor's own reading: bare SQL on a plain ``sqlite3`` connection, read-only, no ORM and no rules.

The window's floor (bare Qt in ``ui.bench``) takes its rows from here, so the SQL stays below the widgets.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class BareFile:
    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def close(self) -> None:
        self.connection.close()

    def rows(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        return self.connection.execute(sql, params).fetchall()

    def floor_cards(self, floor_id: int) -> list[tuple[object, ...]]:
        """A floor's units with their current tenant: what the floor grid's cards show."""
        return self.rows(
            "SELECT u.number, coalesce(c.name, '') FROM unit u "
            "LEFT JOIN tenancy_unit tu ON tu.unit_id = u.id AND tu.end_date IS NULL "
            "LEFT JOIN tenancy t ON t.id = tu.tenancy_id LEFT JOIN customer c ON c.id = t.customer_id "
            "WHERE u.floor_id = ? ORDER BY u.number",
            (floor_id,),
        )

    def dossier_documents(self, dossier_id: int) -> list[tuple[object, ...]]:
        """A dossier's documents newest first, with the columns its document list shows."""
        return self.rows(
            "SELECT doc_date, category, title, reference_no, issuer, pages FROM document "
            "WHERE dossier_id = ? AND trashed_at IS NULL ORDER BY doc_date DESC, id DESC",
            (dossier_id,),
        )
