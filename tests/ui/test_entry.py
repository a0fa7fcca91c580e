"""The GUI entry point: refusing politely without a display, languages, translations, the demo on first run."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton, QTreeView
from pytestqt.qtbot import QtBot

from ui import translations
from ui.building.welcome_dialog import WelcomeDialog

ROOT = Path(__file__).resolve().parents[2]


def test_no_display_gives_a_message_not_a_crash(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = "import sys; from ui.main import run; sys.exit(run(None, None, None))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    if not sys.platform.startswith("linux"):
        pytest.skip("the display check is for Linux")
    assert done.returncode == 1
    assert "needs a graphical display" in done.stderr
    assert "dossier-desk units --db FILE" in done.stderr


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_Hans_HK", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_Hant_CN", "zh_TW"),
        ("en_GB", "en"),
        ("de_DE", "en"),
    ],
)
def test_language_from_system_locale(locale: str, language: str) -> None:
    assert translations.language_for_locale(QLocale(locale)) == language


def test_language_choice_order(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert translations.choose_language(None, settings, QLocale("zh_TW")) == "zh_TW"
    settings.setValue(translations.SETTINGS_KEY, "en")
    assert translations.choose_language(None, settings, QLocale("zh_TW")) == "en"
    assert translations.choose_language("zh_CN", settings, QLocale("zh_TW")) == "zh_CN"
    with pytest.raises(ValueError):
        translations.choose_language("fr", settings)


def test_every_message_is_translated(tmp_path: Path) -> None:
    """No translation unfinished — and none missing: lupdate run over today's source adds nothing new."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    root = Path(__file__).resolve().parents[2]
    sources = sorted(str(p) for folder in ("ui", "app") for p in (root / folder).rglob("*.py"))
    for language in ("zh_CN", "zh_TW", "en"):
        kept = translations.TRANSLATIONS / f"dossier_desk_{language}.ts"
        fresh = tmp_path / kept.name
        fresh.write_bytes(kept.read_bytes())
        plural_only = ["-pluralonly"] if language == "en" else []  # English: only the "%n …" plural forms
        subprocess.run(
            [str(lupdate), "-no-obsolete", "-locations", "none", *plural_only, *sources, "-ts", str(fresh)],
            check=True,
            capture_output=True,
        )
        for text in (kept.read_text(encoding="utf-8"), fresh.read_text(encoding="utf-8")):
            unfinished = re.findall(r"<source>([^<]*)</source>\s*<translation type=\"unfinished\"", text)
            assert "<numerusform></numerusform>" not in text
            assert unfinished == [], f"{language}: not translated: {unfinished[:10]}"
            assert "<translation></translation>" not in text


@pytest.mark.qt
@pytest.mark.parametrize(
    ("language", "vacant", "move_in"), [("zh_CN", "空置", "入住资料"), ("zh_TW", "空置", "入住資料")]
)
def test_translations_compile_and_install(
    qapp: QApplication, tmp_path: Path, language: str, vacant: str, move_in: str
) -> None:
    source = translations.TRANSLATIONS / f"dossier_desk_{language}.ts"
    (tmp_path / source.name).write_bytes(source.read_bytes())
    compiled = translations.compiled(language, tmp_path)
    assert compiled is not None and compiled.stat().st_size > 0
    installed = translations.install(qapp, language)
    try:
        assert installed
        assert QCoreApplication.translate("status", "Vacant") == vacant
        assert QCoreApplication.translate("category", "Move-in papers") == move_in
        assert QLocale().name() == language
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


@pytest.mark.qt
def test_welcome_builds_the_demo_off_the_ui_thread(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def remember(box: QMessageBox) -> int:
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", remember)
    welcome = WelcomeDialog(settings)
    qtbot.addWidget(welcome)
    welcome.demo_dir = tmp_path / "demo"
    welcome.demo_size = {"floors": 2, "units_per_floor": 2, "years": 1}
    welcome.show()
    with qtbot.waitSignal(welcome.accepted, timeout=60_000):
        welcome.demo_button.click()
        assert not welcome.demo_button.isEnabled()  # busy while the worker builds
    assert welcome.actor is not None and welcome.actor.login == "clerk"
    assert welcome.desk is not None and welcome.desk.path == tmp_path / "demo" / "demo.db"
    assert shown and "clerk" in shown[0] and "admin" in shown[0]
    welcome.desk.close()


@pytest.mark.qt
def test_a_remembered_file_that_went_bad_is_explained_before_the_welcome(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.unit.db.test_integrity import overwrite_pages, root_page
    from ui.main import open_desk

    damaged = tmp_path / "dossiers.db"
    shutil.copyfile(demo_db, damaged)
    overwrite_pages(damaged, [root_page(damaged, "unit")])
    before = damaged.read_bytes()
    settings.setValue("files/last", str(damaged))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: told.append(text))
    welcomed: list[WelcomeDialog] = []
    monkeypatch.setattr(WelcomeDialog, "exec", lambda dialog: welcomed.append(dialog) or 0)  # closed: no file

    assert open_desk(None, None, settings) is None

    assert len(told) == 1 and str(damaged) in told[0] and "is damaged" in told[0]
    assert len(welcomed) == 1  # then the person may choose another file
    assert settings.value("files/last") is None
    assert damaged.read_bytes() == before


@pytest.mark.qt
@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_file_dialog_speaks_the_interface_language(qtbot: QtBot, qapp: QApplication, language: str) -> None:
    """Qt's own file dialog (used where the system has none): no English label, button or type column."""
    installed = translations.install(qapp, language)
    try:
        dialog = QFileDialog(None, "", str(Path(__file__).parent), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.findChild(QTreeView) is not None)
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        texts += [button.text() for button in dialog.findChildren(QPushButton)]
        view = dialog.findChild(QTreeView)
        assert view is not None
        model = view.model()
        qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) > 0)
        texts += [model.index(row, 2, view.rootIndex()).data() or "" for row in range(model.rowCount(view.rootIndex()))]
        english = [t for t in texts if re.search(r"[A-Za-z]{3,}", t.replace("PDF", ""))]
        assert english == []
        assert any("：" in t for t in texts)  # the labels themselves are there, in Chinese
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


def test_no_rule_id_in_any_text_a_user_reads() -> None:
    """Rule ids (R1–R17) are for developers: never in a window, a message or the command's words."""
    for language in ("zh_CN", "zh_TW"):
        text = (translations.TRANSLATIONS / f"dossier_desk_{language}.ts").read_text(encoding="utf-8")
        shown = re.findall(r"<(?:source|translation)>([^<]*\bR1?\d\b[^<]*)<", text)
        assert shown == [], f"{language}: {shown[:5]}"


@pytest.mark.qt
@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "Labels recorded as printed: 1 dossier.", "Labels recorded as printed: 2 dossiers."),
        ("zh_CN", "已记录打印标牌：1 个档案。", "已记录打印标牌：2 个档案。"),
    ],
)
def test_plurals_read_right(qapp: QApplication, language: str, one: str, two: str) -> None:
    installed = translations.install(qapp, language)
    try:
        source = "Labels recorded as printed: %n dossier(s)."
        assert QCoreApplication.translate("TenancyMenu", source, "", 1) == one
        assert QCoreApplication.translate("TenancyMenu", source, "", 2) == two
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


def test_a_stale_translation_is_compiled_beside_and_renamed_into_place(tmp_path: Path) -> None:
    # A window or a test may have the old .qm loaded (Qt maps it into memory): the new one must be a new file, never
    # the old one rewritten in place, and nothing half-made may be left behind.
    for source in translations.TRANSLATIONS.glob("*.ts"):
        shutil.copyfile(source, tmp_path / source.name)
    made = translations.compile_all(tmp_path)
    assert sorted(qm.name for qm in made) == sorted(ts.with_suffix(".qm").name for ts in tmp_path.glob("*.ts"))
    old = tmp_path / "dossier_desk_zh_CN.qm"
    before = old.stat().st_ino
    ts = tmp_path / "dossier_desk_zh_CN.ts"
    os.utime(ts, (old.stat().st_mtime + 10, old.stat().st_mtime + 10))  # the source changed since
    assert translations.compiled("zh_CN", tmp_path) == old
    assert old.stat().st_ino != before and old.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []
