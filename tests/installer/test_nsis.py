"""The Windows installer script compiles here, with Debian's makensis, against a bundle's real file list.

The setup cannot run here (no Windows); what can be checked is that the script compiles without a warning against
the files a bundle holds, that it packs them, and that a wrong bundle or a missing define is refused clearly.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from installer import nsis
from installer.nsis import InstallerBuildError, compile_installer, find_makensis
from ui import running_mark

CJK_FILE = Path("_internal", "resources", "字体", "文泉驿微米黑.txt")
INCOMPRESSIBLE_BYTES = 300_000


@pytest.fixture
def makensis() -> str:
    found = find_makensis()
    if found is None:
        pytest.skip("makensis (Debian package nsis) is not installed")
    return found


def make_bundle(root: Path, *, windows: bool = False) -> Path:
    """A small bundle laid out as installer/build.py makes it: the program (on Windows two: the window and the
    console commands), _internal/, licenses/."""
    bundle = root / "dossier-desk-0.1.0"
    (bundle / CJK_FILE).parent.mkdir(parents=True)
    if windows:
        (bundle / "dossier-desk.exe").write_bytes(b"MZ the window")
        (bundle / "dossier-desk-cli.exe").write_bytes(b"MZ the commands")
    else:
        (bundle / "dossier-desk").write_bytes(b"\x7fELF a Linux executable")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (bundle / CJK_FILE).write_text("字", encoding="utf-8")
    # Random bytes do not compress: the setup can only be this large if the bundle's files are in it.
    (bundle / "_internal" / "python311.dll").write_bytes(_random(INCOMPRESSIBLE_BYTES))
    (bundle / "licenses").mkdir()
    (bundle / "licenses" / "PySide6.txt").write_text("LGPL-3.0", encoding="utf-8")
    return bundle


def _random(size: int) -> bytes:
    import random

    return random.Random(18).randbytes(size)


@pytest.mark.usefixtures("makensis")
def test_the_setup_is_compiled_against_the_bundles_files_with_a_placeholder_executable(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    before = sorted(path.relative_to(bundle) for path in bundle.rglob("*"))
    out = tmp_path / "dist" / "dossier-desk-0.1.0-setup.exe"

    made = compile_installer(bundle, "0.1.0", out, placeholder_exe=True)

    assert made == out.resolve()
    assert out.read_bytes()[:2] == b"MZ"  # a Windows executable
    assert out.stat().st_size > INCOMPRESSIBLE_BYTES  # the bundle's files are packed in it
    # The bundle is left as it was (no placeholder in it), and the staging folder is gone.
    assert sorted(path.relative_to(bundle) for path in bundle.rglob("*")) == before
    assert (bundle / "dossier-desk").read_bytes() == b"\x7fELF a Linux executable"
    assert [path.name for path in out.parent.iterdir()] == [out.name]


@pytest.mark.usefixtures("makensis")
def test_a_windows_bundle_is_compiled_as_it_is(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path, windows=True)
    out = compile_installer(bundle, "1.2", tmp_path / "dossier-desk-1.2-setup.exe")
    assert out.read_bytes()[:2] == b"MZ"


def test_a_bundle_without_the_windows_executable_is_refused(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)  # the Linux executable only
    with pytest.raises(InstallerBuildError, match=r"has no dossier-desk\.exe: it is not a built bundle"):
        compile_installer(bundle, "0.1.0", tmp_path / "setup-out" / "x-setup.exe")
    assert not (tmp_path / "setup-out" / "x-setup.exe").exists()


def test_a_file_the_script_does_not_pack_is_refused_by_name(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    (bundle / "README.txt").write_text("read me", encoding="utf-8")
    with pytest.raises(InstallerBuildError, match=r"holds README\.txt, which the installer script does not pack"):
        compile_installer(bundle, "0.1.0", tmp_path / "x-setup.exe", placeholder_exe=True)


@pytest.mark.parametrize("version", ["0.1.0rc1", "1", "v0.1.0"])
def test_a_version_windows_cannot_number_is_refused(tmp_path: Path, version: str) -> None:
    with pytest.raises(InstallerBuildError, match=r"the version must be x\.y or x\.y\.z"):
        compile_installer(make_bundle(tmp_path), version, tmp_path / "x-setup.exe", placeholder_exe=True)


def test_without_makensis_the_error_says_how_to_get_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(sys, "platform", "linux")
    assert find_makensis() is None
    with pytest.raises(InstallerBuildError, match=r"makensis was not found: install NSIS \(Debian: apt install nsis"):
        compile_installer(make_bundle(tmp_path), "0.1.0", tmp_path / "x-setup.exe", placeholder_exe=True)


@pytest.mark.usefixtures("makensis")
def test_a_failed_compile_carries_makensis_output_and_leaves_no_setup(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path, windows=True)
    (bundle / "_internal" / "python311.dll").unlink()
    for path in sorted((bundle / "_internal").rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    (bundle / "_internal").rmdir()
    (bundle / "_internal").write_text("not a folder", encoding="utf-8")  # the name is there, the folder is not
    out = tmp_path / "dossier-desk-0.1.0-setup.exe"
    out.write_bytes(b"MZ the last build's setup")

    with pytest.raises(InstallerBuildError) as raised:
        compile_installer(bundle, "0.1.0", out)

    assert "makensis failed" in str(raised.value)
    assert "_internal does not exist: BUNDLE must be the PyInstaller one-folder bundle" in raised.value.output
    assert not out.exists()  # not the previous run's setup passing for this one's


@pytest.mark.parametrize(
    ("defines", "missing"),
    [(["-DBUNDLE=/b", "-DOUTFILE=/o.exe"], "VERSION"), (["-DVERSION=0.1.0", "-DOUTFILE=/o.exe"], "BUNDLE")],
)
def test_a_missing_define_stops_makensis_with_a_clear_message(makensis: str, defines: list[str], missing: str) -> None:
    done = subprocess.run(
        [makensis, "-WX", "-INPUTCHARSET", "UTF8", *defines, str(nsis.SCRIPT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert f"!error: {missing} is not defined: pass -D{missing}=" in done.stdout + done.stderr


def test_the_program_and_the_installer_agree_on_the_running_mark() -> None:
    # The installer looks for the mutex by name; a name changed on one side only and it never warns again.
    defined = re.search(r'^!define RUNNING_MUTEX "([^"]+)"', nsis.SCRIPT.read_text(encoding="utf-8"), re.MULTILINE)
    assert defined is not None
    assert defined.group(1) == running_mark.MUTEX_NAME == "Local\\DossierDesk.Running"


def test_the_running_mark_is_a_windows_mutex_held_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    class CreateMutexW:  # stands in for kernel32's function, which exists on Windows only
        def __init__(self) -> None:
            self.calls: list[tuple[object, ...]] = []

        def __call__(self, *args: object) -> int:
            self.calls.append(args)
            return 1234

    create_mutex = CreateMutexW()
    kernel32 = type("kernel32", (), {"CreateMutexW": create_mutex})
    monkeypatch.setattr(ctypes, "windll", type("windll", (), {"kernel32": kernel32}), raising=False)
    monkeypatch.setattr(sys, "platform", "win32")

    assert running_mark.hold_running_mark() == 1234
    assert create_mutex.calls == [(None, False, "Local\\DossierDesk.Running")]


def test_no_running_mark_outside_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert running_mark.hold_running_mark() is None


def test_the_uninstaller_removes_only_the_program_folders_it_made() -> None:
    # The user's data must survive an uninstall; that cannot run here, so the script's deletions are checked: the
    # only recursive removals are the program's own folders, and nothing names the data folder.
    script = nsis.SCRIPT.read_text(encoding="utf-8")
    recursive = re.findall(r"^\s*RMDir /r (.+)$", script, re.MULTILINE)
    assert sorted(set(recursive)) == ['"$INSTDIR\\_internal"', '"$INSTDIR\\licenses"']
    removals = re.findall(r"^\s*(?:Delete|RMDir)\b.*$", script, re.MULTILINE)
    assert not [line for line in removals if "LOCALAPPDATA" in line or "DataFolder" in line or "DossierDesk" in line]


@pytest.mark.usefixtures("makensis")
def test_a_sign_command_signs_the_uninstaller_and_the_setup(tmp_path: Path) -> None:
    # A stand-in for signtool: it notes each file it is given (its last argument) and what the file starts with.
    signed = tmp_path / "signed.txt"
    signer = tmp_path / "sign.py"
    signer.write_text(
        "import sys\n"
        "from pathlib import Path\n"
        "target = Path(sys.argv[-1])\n"
        f"with open({str(signed)!r}, 'a', encoding='utf-8') as log:\n"
        "    log.write(f'{target.name} {target.read_bytes()[:2].decode()}\\n')\n",
        encoding="utf-8",
    )
    out = tmp_path / "dossier-desk-0.1.0-setup.exe"

    compile_installer(
        make_bundle(tmp_path), "0.1.0", out, placeholder_exe=True, sign_command=f'"{sys.executable}" "{signer}"'
    )

    lines = signed.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2  # the uninstaller (a temporary file makensis then packs), then the setup itself
    assert lines[0].endswith(" MZ") and lines[1] == f"{out.name} MZ"


@pytest.mark.usefixtures("makensis")
def test_a_failing_sign_command_fails_the_build(tmp_path: Path) -> None:
    out = tmp_path / "dossier-desk-0.1.0-setup.exe"
    failing = f'"{sys.executable}" -c "raise SystemExit(1)"'
    with pytest.raises(InstallerBuildError, match="makensis failed"):
        compile_installer(make_bundle(tmp_path), "0.1.0", out, placeholder_exe=True, sign_command=failing)
    assert not out.exists()  # an unsigned setup is not left to be shipped by mistake


# -- the setup run under Wine ---------------------------------------------------------------------------------------
# About a minute (a Wine prefix is made, setups run) and Wine is no project dependency, so only on request:
# DOSSIER_DESK_WINE=1 pytest tests/installer/test_nsis.py -k wine (Debian: apt install wine wine32:i386 wine64).
# Wine runs every program as an administrator, so the per-user install, the upgrade, the refusals and the uninstall
# are checked here, not the UAC relaunch.

WINE = shutil.which("wine")
HOLDER_SCRIPT = """Unicode true
OutFile "{out}"
SilentInstall silent
RequestExecutionLevel user
Section
  System::Call 'kernel32::CreateMutexW(p 0, i 0, w "Local\\DossierDesk.Running") p.r0'
  Sleep 600000
SectionEnd
"""


class Wine:
    """A fresh Wine prefix of its own (HOME too: Wine links the Windows desktop to the home folder)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True)
        self.env = {**os.environ, "WINEPREFIX": str(root / "prefix"), "HOME": str(root), "WINEDEBUG": "-all"}
        self.env.pop("DISPLAY", None)
        self.env.pop("WAYLAND_DISPLAY", None)
        self.local = root / "prefix" / "drive_c" / "users" / os.environ.get("USER", "root") / "AppData" / "Local"

    def run(self, *command: str | Path) -> int:
        assert WINE is not None
        done = subprocess.run([WINE, *map(str, command)], env=self.env, capture_output=True, timeout=300, check=False)
        return done.returncode

    def wait(self) -> None:  # the uninstaller goes on in a copy of itself after the first process ends
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=300, check=False)

    def key(self, key: str) -> str:
        assert WINE is not None
        done = subprocess.run(
            [WINE, "reg", "query", key, "/s"], env=self.env, capture_output=True, timeout=120, check=False
        )
        return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else ""


@pytest.mark.skipif(
    WINE is None or os.environ.get("DOSSIER_DESK_WINE") != "1",
    reason="runs the setup under Wine: only with DOSSIER_DESK_WINE=1 and wine installed",
)
def test_wine_install_upgrade_refusals_and_an_uninstall_that_keeps_the_data(makensis: str, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "bundle")
    setup_1 = compile_installer(bundle, "1.0.0", tmp_path / "dossier-desk-1.0.0-setup.exe", placeholder_exe=True)
    (bundle / "_internal" / "new_module.pyd").write_bytes(b"new")
    setup_2 = compile_installer(bundle, "2.0.0", tmp_path / "dossier-desk-2.0.0-setup.exe", placeholder_exe=True)
    holder = tmp_path / "holder.exe"
    (tmp_path / "holder.nsi").write_text(HOLDER_SCRIPT.format(out=holder), encoding="utf-8")
    subprocess.run([makensis, "-V1", str(tmp_path / "holder.nsi")], check=True, timeout=120)
    wine = Wine(tmp_path / "wine")
    subprocess.run(["wineboot", "-i"], env=wine.env, capture_output=True, timeout=300, check=False)
    wine.wait()
    assert wine.run("winecfg", "-v", "win10") == 0  # a new prefix says Windows 7, which the setup refuses
    wine.wait()
    program = wine.local / "Programs" / "Dossier Desk"
    uninstall_key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\DossierDesk"

    assert wine.run(setup_1, "/S") == 0
    for name in ("dossier-desk.exe", "dossier-desk-cli.exe", "uninstall.exe", "licenses/PySide6.txt", CJK_FILE):
        assert (program / name).exists(), name
    assert "DisplayVersion    REG_SZ    1.0.0" in wine.key(uninstall_key)
    assert "DossierDesk.Database    REG_NONE" in wine.key(r"HKCU\Software\Classes\.db\OpenWithProgids")

    # Upgrade in place: the old version's modules go, the clerk's own file in the folder stays.
    (program / "_internal" / "stale_module.pyd").write_bytes(b"old")
    (program / "notes.txt").write_text("mine", encoding="utf-8")
    assert wine.run(setup_2, "/S") == 0
    assert (program / "_internal" / "new_module.pyd").exists()
    assert not (program / "_internal" / "stale_module.pyd").exists()
    assert (program / "notes.txt").exists()
    # A silent setup never goes back to an older version.
    assert wine.run(setup_1, "/S") == 2
    assert "DisplayVersion    REG_SZ    2.0.0" in wine.key(uninstall_key)

    # The user's data, settings and another program's claim on .db, which the uninstall must all leave.
    data = wine.local / "DossierDesk"
    (data / "records.db-attachments").mkdir(parents=True)
    (data / "records.db").write_bytes(b"SQLite format 3\x00")
    subprocess.run([WINE, "reg", "add", r"HKCU\Software\DossierDesk\Dossier Desk", "/v", "lang", "/d", "zh_CN", "/f"],
                   env=wine.env, capture_output=True, timeout=120, check=True)  # fmt: skip
    subprocess.run([WINE, "reg", "add", r"HKCU\Software\Classes\.db", "/ve", "/d", "OtherApp.db", "/f"],
                   env=wine.env, capture_output=True, timeout=120, check=True)  # fmt: skip

    # While Dossier Desk runs, a silent uninstall stops and removes nothing.
    running = subprocess.Popen([WINE, str(holder)], env=wine.env)
    try:
        time.sleep(3)
        assert wine.run(program / "uninstall.exe", "/S") == 0  # the first process only hands over to its copy
        time.sleep(5)
        assert (program / "dossier-desk.exe").exists()
    finally:
        subprocess.run(["wineserver", "-k"], env=wine.env, timeout=120, check=False)
        running.wait(timeout=60)

    assert wine.run(program / "uninstall.exe", "/S") == 0
    wine.wait()
    assert sorted(path.name for path in program.iterdir()) == ["notes.txt"]
    assert (data / "records.db").read_bytes() == b"SQLite format 3\x00"
    assert (data / "records.db-attachments").is_dir()
    assert wine.key(uninstall_key) == ""
    assert wine.key(r"HKCU\Software\Classes\DossierDesk.Database") == ""
    assert "OtherApp.db" in wine.key(r"HKCU\Software\Classes\.db")
    assert "zh_CN" in wine.key(r"HKCU\Software\DossierDesk")
