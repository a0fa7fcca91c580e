"""The interface in a language for the length of a test, as ``--lang`` installs it; English again afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ui import translations


@contextmanager
def speaking(app: QApplication, language: str) -> Iterator[str]:
    installed = translations.install(app, language)
    try:
        yield language
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
