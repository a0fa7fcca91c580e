"""Marking user-visible text in the Qt-free layers for translation.

``app`` cannot call Qt's ``tr()``, so it marks English source strings with
``QT_TRANSLATE_NOOP`` (which ``lupdate`` collects into resources/translations) and the UI
translates them when it shows them. The command line shows the English source.

A message with a count ("%n document(s) …") is marked ``QT_TRANSLATE_NOOP("app", "…%n…", "", 1)``:
lupdate takes a fourth argument as the sign of a plural message and collects it with its singular and
plural forms — a number written there, not a name (PySide6 6.11's lupdate ignores ``PLURAL``-like names); the count
itself travels with the error (``AppError(..., n=count)``).
"""

from __future__ import annotations

CONTEXT = "app"


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str = "", plural: int = -1) -> str:
    return text
