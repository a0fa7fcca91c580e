"""Choosing the interface language, compiling and installing its translations, showing app text.

The .ts files in resources/translations are the source; the .qm files Qt loads are build
products made here with pyside6-lrelease whenever they are missing or older than the .ts.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator

from app.errors import AppError
from app.text import QT_TRANSLATE_NOOP
from resources import FOLDER as RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("en", "zh_CN", "zh_TW")
SETTINGS_KEY = "ui/language"
_SIMPLIFIED = {"zh_CN", "zh_SG", "zh_Hans"}
_TRADITIONAL = {"zh_TW", "zh_HK", "zh_MO", "zh_Hant"}


def language_for_locale(locale: QLocale) -> str:
    """zh_CN for Simplified Chinese locales, zh_TW for Traditional ones, en otherwise."""
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    if locale.script() == QLocale.Script.TraditionalChineseScript:
        return "zh_TW"
    if locale.script() == QLocale.Script.SimplifiedChineseScript:
        return "zh_CN"
    name = locale.name()
    if name in _TRADITIONAL:
        return "zh_TW"
    return "zh_CN" if name in _SIMPLIFIED or name.startswith("zh") else "en"


def choose_language(requested: str | None, settings: QSettings, system: QLocale | None = None) -> str:
    """``--lang`` first, then the saved choice, then the system locale."""
    if requested:
        if requested not in LANGUAGES:
            raise ValueError(f"unknown language {requested!r}; use one of {', '.join(LANGUAGES)}")
        return requested
    saved = settings.value(SETTINGS_KEY, "", str)
    if saved in LANGUAGES:
        return saved
    return language_for_locale(system or QLocale.system())


def _lrelease() -> str | None:
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (here / name).exists():
            return str(here / name)
    return shutil.which("pyside6-lrelease")


def compiled(language: str, folder: Path = TRANSLATIONS, stem: str = "dossier_desk") -> Path | None:
    """The .qm of a language, compiled from its .ts first if missing or stale; None if impossible."""
    ts = folder / f"{stem}_{language}.ts"
    qm = ts.with_suffix(".qm")
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        tool = _lrelease()
        if tool is not None and os.access(folder, os.W_OK):
            # Written under a name of its own and renamed into place: Qt maps a loaded .qm into memory, and another
            # process (a second window, a parallel test) rewriting that file in place would crash it (SIGBUS) or
            # have it read half a file.
            partial = qm.with_name(f".{qm.stem}.{os.getpid()}.partial.qm")
            done = subprocess.run([tool, "-silent", str(ts), "-qm", str(partial)], check=False, capture_output=True)
            if done.returncode == 0 and partial.exists():
                os.replace(partial, qm)
            partial.unlink(missing_ok=True)
    return qm if qm.exists() else None


def compile_all(folder: Path = TRANSLATIONS) -> list[Path]:
    """Every .qm the program loads, compiled where missing or stale (``python -m ui.translations``: the install
    step of dev.sh and the installer's build, so that no program or test compiles them while another reads them)."""
    made = []
    for ts in sorted(folder.glob("*.ts")):
        for language in LANGUAGES:  # dossier_desk_zh_CN.ts: the stem, then the language
            if ts.stem.endswith(f"_{language}"):
                qm = compiled(language, folder, ts.stem.removesuffix(f"_{language}"))
                if qm is not None:
                    made.append(qm)
    return made


def locale_for(language: str) -> QLocale:
    return QLocale("en_US") if language == "en" else QLocale(language)


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translation and Qt's own (button texts, dialogs) for ``language``; keep the result alive."""
    QLocale.setDefault(locale_for(language))
    installed: list[QTranslator] = []
    if language == "en":
        # English is the source language; its file holds only the plural forms ("1 dossier", "2 dossiers").
        plurals = compiled(language)
        translator = QTranslator(app)
        if plurals is not None and translator.load(plurals.stem, str(plurals.parent)):
            app.installTranslator(translator)
            installed.append(translator)
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates: list[tuple[str, str]] = [(f"qtbase_{language}", qt_dir)]
    # Qt 6 renamed a few strings of its file dialog ("&Look in:", "Files of &type:", "Folder") that the
    # translations shipped with Qt still have under their Qt 5 names: the supplement gives them in our languages.
    # Installed later, so it is asked first; it holds only what Qt's own file lacks.
    for stem in ("qt_supplement", "dossier_desk"):
        qm = compiled(language, stem=stem)
        if qm is not None:
            candidates.append((qm.stem, str(qm.parent)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def app_text(context: str, text: str) -> str:
    """Translate a string the app layer marked with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(context, text)


_CAPTION = QT_TRANSLATE_NOOP("form", "{caption}:")


def form_label(caption: str) -> str:
    """A caption with the colon of the interface language (Chinese uses the full-width one)."""
    return QCoreApplication.translate("form", _CAPTION).format(caption=caption)


def error_text(error: AppError) -> str:
    return error.text(QCoreApplication.translate, format_date)


def format_date(day: dt.date | None) -> str:
    """A date in the interface language's short form; empty for none."""
    if day is None:
        return ""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:  # en_US short form has a two-digit year; dossiers span decades
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


if __name__ == "__main__":
    compiled_files = compile_all()
    wanted = {ts.with_suffix(".qm").name for ts in TRANSLATIONS.glob("*.ts")}
    missing = sorted(wanted - {qm.name for qm in compiled_files})
    if missing:
        sys.exit(f"could not compile {', '.join(missing)} (is pyside6-lrelease installed?)")
