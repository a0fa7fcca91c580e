"""Marking user-visible text in the Qt-free layers for translation.

``app`` cannot call Qt's ``tr()``, so it marks English source strings with
``QT_TRANSLATE_NOOP`` (which ``lupdate`` collects into resources/translations) and the UI
translates them when it shows them. The command line shows the English source.

A message with a count ("%n document(s) …") is marked ``QT_TRANSLATE_NOOP("app", "…%n…", "", PLURAL)``:
lupdate takes a fourth argument as the sign of a plural message and collects it with its singular and
plural forms; the count itself travels with the error (``AppError(..., n=count)``).
"""

from __future__ import annotations

CONTEXT = "app"
PLURAL = 0  # the fourth argument of QT_TRANSLATE_NOOP for a plural message; its value is never used


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str = "", plural: int = -1) -> str:
    return text
