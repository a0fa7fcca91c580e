"""Marking user-visible text in the Qt-free layers for translation.

``app`` cannot call Qt's ``tr()``, so it marks English source strings with
``QT_TRANSLATE_NOOP`` (which ``lupdate`` collects into resources/translations) and the UI
translates them when it shows them. The command line shows the English source.
"""

from __future__ import annotations

CONTEXT = "app"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
