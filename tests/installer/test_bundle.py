"""The installed program, as a front-desk PC gets it: the PyInstaller bundle built by installer/build.py, run as its
own executable with no Python anywhere on PATH.

Marked ``bundle``: it builds the whole bundle (about a minute), so CI runs it and a developer may leave it out
locally with ``-m "not bench and not bundle"``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.version import __version__
from installer import bundling

# One build for the whole module: its tests stay in one test process when the suite runs on several (xdist).
pytestmark = [pytest.mark.bundle, pytest.mark.xdist_group("bundle")]

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "bundle-pass-1"


@dataclass(frozen=True)
class Bundle:
    folder: Path
    executable: Path
    bytes: int
    home: Path  # the pretend user's home: the program's settings and data folders go under it
    setup: Path  # the Windows installer compiled around the bundle (here with a placeholder for the .exe)

    def run(self, *args: str, timeout: float = 300, **extra_env: str) -> subprocess.CompletedProcess[str]:
        """The bundled program with an environment as bare as a clerk's PC: no Python, no virtualenv, no PATH."""
        env = {
            "PATH": str(self.home / "empty-path"),
            "HOME": str(self.home),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "LANG": "C.UTF-8",
            "DOSSIER_DESK_PASSWORD": PASSWORD,
            **extra_env,
        }
        return subprocess.run(
            [str(self.executable), *args],
            env=env,
            cwd=self.home,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )


@contextmanager
def _one_at_a_time(lock: Path) -> Iterator[None]:
    """Hold ``lock`` (a file) exclusively: one test process of the run builds, the others wait and take its bundle."""
    try:
        import fcntl
    except ImportError:  # Windows: the tests run in one process there
        yield
        return
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(held, fcntl.LOCK_UN)


def _build_once(shared: Path) -> dict[str, object]:
    """The bundle of this test run, built by the first test process that asks for it (build.py's --json answer)."""
    answer = shared / "bundle.json"
    with _one_at_a_time(shared / "bundle.lock"):
        if answer.exists():
            return dict(json.loads(answer.read_text(encoding="utf-8")))
        work = shared / "bundle"
        done = subprocess.run(
            [
                sys.executable,
                str(ROOT / "installer" / "build.py"),
                "--out",
                str(work / "dist"),
                "--work",
                str(work / "build"),
                "--installer",
                "--json",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-4000:]
        shutil.rmtree(work / "build", ignore_errors=True)
        line = done.stdout.strip().splitlines()[-1]
        answer.write_text(line, encoding="utf-8")
        return dict(json.loads(line))


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """The bundle, built once per test run. The module's xdist group was to keep it in one process, but pytest-xdist
    3.8's grouping does nothing under pytest 9 (it renames a node id pytest 9 no longer reads), so the test processes
    of one run share the build instead; each has a home folder of its own."""
    pytest.importorskip("PyInstaller", reason="the bundle needs PyInstaller: pip install -e '.[installer]'")
    run_folder = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        run_folder = run_folder.parent  # pytest-N/: the run's folder, each worker's basetemp is a folder in it
    built = _build_once(run_folder)
    home = tmp_path_factory.mktemp("home")
    (home / "empty-path").mkdir(parents=True)
    return Bundle(
        Path(str(built["bundle"])),
        Path(str(built["executable"])),
        int(str(built["bytes"])),
        home,
        Path(str(built["installer"])),
    )


def test_the_bundle_is_named_with_the_version_and_nothing_else_is_on_path(bundle: Bundle) -> None:
    assert bundle.folder.name.startswith(f"dossier-desk-{__version__}-")
    assert shutil.which("python3", path=str(bundle.home / "empty-path")) is None
    done = bundle.run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"dossier-desk {__version__}"


def test_the_bundled_program_makes_a_demo_checks_it_archives_and_prints_with_the_font_embedded(
    bundle: Bundle,
) -> None:
    db = bundle.home / "office" / "dossiers.db"
    db.parent.mkdir()
    demo = bundle.run(
        "demo",
        str(db),
        "--floors",
        "3",
        "--units-per-floor",
        "4",
        "--years",
        "3",
        "--password",
        PASSWORD,
        "--as-of",
        "2026-06-15",
    )
    assert demo.returncode == 0, demo.stderr
    assert "created" in demo.stdout and db.exists()

    check = bundle.run("check", "--db", str(db))
    assert check.returncode == 0, check.stderr
    assert "OK" in check.stdout

    archived = bundle.run("archive", "--db", str(db), "--user", "manager", "--year", "2025")
    assert archived.returncode == 0, archived.stderr
    pdf = bundle.home / "office" / "archive-2025.pdf"
    printed = bundle.run("print", "archive", "--db", str(db), "--user", "manager", "--year", "2025", "-o", str(pdf))
    assert printed.returncode == 0, printed.stderr

    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in fonts.splitlines() if "WenQuanYiMicroHei" in line]
    assert cjk, fonts
    assert all(line.split()[-5] == "yes" for line in cjk), fonts  # the "emb" column
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "案卷目录" in text and "2025" in text


def test_bad_input_gets_one_line_not_a_traceback(bundle: Bundle) -> None:
    for args in (("check", "--db", str(bundle.home / "no-such.db")), ("bench",)):
        done = bundle.run(*args)
        assert done.returncode == 1, args
        assert done.stderr.startswith("dossier-desk: error") and "Traceback" not in done.stderr, done.stderr


def _files(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*")}


def test_the_window_opens_and_paints_offscreen_and_leaves_nothing_behind(bundle: Bundle) -> None:
    before = _files(bundle.home)
    done = bundle.run("--smoke-test", "--lang", "zh_CN", QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr
    assert re.search(r"painted in \d+(\.\d+)? s", done.stdout + done.stderr)
    # Its temporary database and settings are gone: nothing new in the home folder (the working folder too).
    assert _files(bundle.home) - before == set()


def _pyz_modules(executable: Path) -> list[str]:
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(executable))
    return list(archive.open_embedded_archive("PYZ.pyz").toc)


def test_the_bundle_holds_no_tests_and_no_unused_qt_module(bundle: Bundle) -> None:
    files = [path.relative_to(bundle.folder).as_posix() for path in bundling.files_under(bundle.folder)]
    test_files = [f for f in files if re.search(r"(^|/)(tests?|testing)/|(^|/)test_[^/]*\.py$|conftest\.py$", f)]
    assert test_files == []
    modules = _pyz_modules(bundle.executable)
    assert "app.cli" in modules and "db.schema" in modules  # the archive was read: our own code is there
    # Dependencies that are loaded by name, never imported by our code directly, are there all the same: the
    # PostgreSQL driver (SQLAlchemy loads it for a postgresql:// URL) and the password store's backends.
    assert {"psycopg", "keyring.backends"} <= set(modules)
    assert any(f.startswith("_internal/psycopg_binary/") for f in files)
    unwanted = [m for m in modules if m.split(".")[0] in bundling.NEVER_MODULES or "tests" in m.split(".")]
    assert unwanted == []
    unused_qt = set(bundling.excluded_qt_modules())
    assert [m for m in modules if m in unused_qt or m.startswith(tuple(f"{q}." for q in unused_qt))] == []
    qt_extensions = {Path(f).name.split(".")[0] for f in files if re.search(r"PySide6/Qt\w+\.(abi3\.)?(so|pyd)$", f)}
    assert qt_extensions == set(bundling.QT_MODULES_USED)
    qt_libraries = " ".join(f for f in files if "Qt6" in f)
    for never in ("WebEngine", "Qt63D", "Multimedia", "Quick", "Qml", "VirtualKeyboard"):
        assert never not in qt_libraries
    qt_languages = {
        m["lang"]
        for f in files
        if (m := re.search(r"PySide6/.*translations/qt\w*_(?P<lang>[a-z]{2}(_[A-Z]{2})?)\.qm$", f))
    }
    assert qt_languages and qt_languages <= {"zh_CN", "zh_TW", "en"}
    assert not any("qt_help_" in f for f in files)  # Qt Help's own texts: the program's help is its own


def test_the_bundle_carries_its_resources_and_licences(bundle: Bundle) -> None:
    internal = bundle.folder / "_internal"
    for wanted in (
        "resources/fonts/wqy-microhei.ttc",
        "resources/translations/dossier_desk_zh_CN.qm",
        "resources/translations/dossier_desk_zh_TW.qm",
        "resources/translations/dossier_desk_zh_CN.ts",  # the export titles are read from the .ts at run time
        "resources/help/zh_CN",
        "resources/forms",
        "db/migrations/env.py",
    ):
        assert (internal / wanted).exists(), wanted
    assert len(list((internal / "db" / "migrations" / "versions").glob("0*.py"))) >= 18
    assert not (internal / "resources" / "translations" / "pending").exists()

    licences = bundle.folder / "licenses"
    index = (licences / "README.txt").read_text(encoding="utf-8")
    for distribution in bundling.runtime_distributions():
        name = distribution.metadata["Name"]
        folder = licences / f"{name}-{distribution.version}"
        assert folder.is_dir() and any(folder.iterdir()), name
        assert f"{name} {distribution.version}" in index
    assert (licences / "WenQuanYi-Micro-Hei" / "wqy-microhei.LICENSE.txt").exists()
    assert any(licences.glob("Python-*/LICENSE.txt"))


def test_the_windows_installer_script_compiles_against_the_bundles_files(bundle: Bundle) -> None:
    # makensis ran with warnings as errors (installer/nsis.py); the setup packs every file of the bundle: stored,
    # not compressed, in this check build, so its size tells that nothing was left out.
    assert bundle.setup.name == f"dossier-desk-{__version__}-setup.exe"
    assert bundle.setup.read_bytes()[:2] == b"MZ"
    assert bundle.setup.stat().st_size > 0.9 * bundle.bytes


def test_the_bundle_size_is_reported(bundle: Bundle) -> None:
    # The number reported in docs/installer.md; a bundle that suddenly doubles is a dependency gone wrong.
    assert 100e6 < bundle.bytes < 400e6
    print(f"\nbundle: {bundle.bytes / 1e6:.1f} MB in {bundle.folder}", file=sys.stderr)
    assert os.access(bundle.executable, os.X_OK)


def test_the_bundled_program_works_on_a_server_database_named_in_the_environment(bundle: Bundle, pg_url: str) -> None:
    """The driver (psycopg and its libpq) is in the bundle: the bundled commands and window work on a server."""
    from app.building import buildings
    from app.desk import Desk
    from app.people import users
    from tests.conftest import PASSWORD as DESK_PASSWORD
    from tests.conftest import add_users, fixed_clock

    desk = Desk.create(pg_url, clock=fixed_clock)
    try:
        add_users(desk)
        with desk.work(users.log_in(desk, "manager", DESK_PASSWORD)) as work:
            buildings.create_building(work, "服务器大厦", floors_from=1, floors_to=2, units_per_floor=3)
    finally:
        desk.close()
    url = pg_url.replace("postgresql+psycopg://", "postgresql://")  # as a person types it
    listed = bundle.run("units", "--db", url, "--user", "clerk", "--json", DOSSIER_DESK_PASSWORD=DESK_PASSWORD)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 6
    painted = bundle.run(
        "--smoke-test",
        "--user",
        "clerk",
        QT_QPA_PLATFORM="offscreen",
        DOSSIER_DESK_SMOKE_DB=url,
        DOSSIER_DESK_PASSWORD=DESK_PASSWORD,
    )
    assert painted.returncode == 0, painted.stderr
    assert re.search(r"painted in \d+(\.\d+)? s", painted.stdout + painted.stderr)
