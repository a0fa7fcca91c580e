"""The forms room (issue 16)."""

from __future__ import annotations

__all__: list[str] = []
