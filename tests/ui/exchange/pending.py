"""The translations waiting in ``resources/translations/pending/*.json`` (each branch's new messages, applied to the
.ts files by the lead after merging), installed for the length of a test so a screen can be read in Chinese before
they are applied. Once applied, the .ts files have them and the pending lists are gone: this installs nothing."""

from __future__ import annotations

import json
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QTranslator

from ui.translations import TRANSLATIONS, _lrelease

PENDING = TRANSLATIONS / "pending"


def pending_ts(language: str) -> str:
    """The pending messages of ``language`` as a .ts file (a message counting with %n as a numerus one)."""
    contexts: dict[str, dict[str, str]] = {}
    for file in sorted(PENDING.glob("*.json")) if PENDING.exists() else ():
        for entry in json.loads(file.read_text(encoding="utf-8")):
            if entry.get(language):
                contexts.setdefault(entry["context"], {})[entry["source"]] = entry[language]
    lines = ['<?xml version="1.0" encoding="utf-8"?>', f'<TS version="2.1" language="{language}">']
    for context, messages in contexts.items():
        lines.append(f"<context><name>{escape(context)}</name>")
        for source, text in messages.items():
            if "%n" in source:
                translation = f"<translation><numerusform>{escape(text)}</numerusform></translation>"
                lines.append(f'<message numerus="yes"><source>{escape(source)}</source>{translation}</message>')
            else:
                lines.append(f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation>")
                lines.append("</message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines)


@contextmanager
def pending_translations(app: QCoreApplication, language: str) -> Iterator[QTranslator | None]:
    lrelease = _lrelease()
    assert lrelease is not None, "pyside6-lrelease is not installed"
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "pending.ts"
        ts.write_text(pending_ts(language), encoding="utf-8")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        translator = QTranslator(app)
        assert translator.load(str(ts.with_suffix(".qm")))
        app.installTranslator(translator)  # the last installed is asked first
        try:
            yield translator
        finally:
            app.removeTranslator(translator)
