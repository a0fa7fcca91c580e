"""Compile the Windows installer (installer/windows/dossier-desk.nsi) with NSIS's makensis.

Used by installer/build.py after the bundle is built, and by the tests. On Windows it compiles the script against
the real bundle. Anywhere else the bundle holds the Linux executable (``dossier-desk``) instead of
``dossier-desk.exe``, so ``placeholder_exe=True`` compiles against a staged copy of the bundle's file list with a
small placeholder in the executable's place: the script is checked against the files it will really pack, without
a Windows build. Warnings are errors (``-WX``): a warning from makensis is almost always a mistake in the script.

No Qt and nothing of the app here: this runs in the build environment, before and apart from the program.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "windows" / "dossier-desk.nsi"
WINDOWS_EXE = "dossier-desk.exe"  # the window
WINDOWS_CLI_EXE = "dossier-desk-cli.exe"  # the commands, in a console (a Windows bundle only)
LINUX_EXE = "dossier-desk"
# What the script packs, by name (installer/windows/dossier-desk.nsi: the program section and the uninstaller).
# Anything else at the bundle's top level would be left out of the installer silently: refused instead.
PACKED = frozenset({WINDOWS_EXE, WINDOWS_CLI_EXE, "_internal", "licenses"})
VERSION_FORMAT = re.compile(r"\d+\.\d+(\.\d+)?")  # the four-part Windows version is made from it (x.y.z.0)
PLACEHOLDER_TEXT = "Placeholder for the Windows executable: this setup was compiled on a non-Windows build.\n"
MAKENSIS_TIMEOUT_S = 3600  # an lzma solid pack of ~200 MB takes minutes; an hour means makensis hangs


class InstallerBuildError(RuntimeError):
    """The setup .exe could not be made; ``output`` holds what makensis said (empty if it never ran)."""

    def __init__(self, message: str, output: str = "") -> None:
        super().__init__(f"{message}\n{output}".rstrip())
        self.output = output


def find_makensis() -> str | None:
    """makensis on PATH, else where the NSIS Windows installer (or Chocolatey's nsis package) puts it."""
    found = shutil.which("makensis")
    if found:
        return found
    if sys.platform == "win32":
        # Windows reads environment names case-blind.
        for root in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            candidate = Path(root) / "NSIS" / "makensis.exe" if root else None
            if candidate and candidate.is_file():
                return str(candidate)
    return None


def compile_installer(
    bundle: Path,
    version: str,
    out: Path,
    *,
    placeholder_exe: bool = False,
    sign_command: str | None = None,
    compress: bool | None = None,
) -> Path:
    """Compile the setup .exe for ``bundle`` (the PyInstaller one-folder bundle) as ``out``; return ``out``.

    ``sign_command`` (e.g. ``signtool sign /sha1 <thumbprint> /fd SHA256 /tr <url> /td SHA256``) is run by makensis
    on the uninstaller before it is packed and on the finished setup, with the file's path as its last argument; a
    failure (non-zero exit) fails the build. Sign the bundle's own ``dossier-desk.exe`` before calling this.

    ``compress`` (default: not for a placeholder build, which is only a check of the script and never handed out):
    lzma packing of a ~250 MB bundle takes minutes; stored, seconds.

    Raises InstallerBuildError with makensis's output when makensis is missing, when the bundle or the version is
    not what the script needs, or when makensis fails or warns.
    """
    bundle = bundle.resolve()
    out = out.resolve()
    if not VERSION_FORMAT.fullmatch(version):
        raise InstallerBuildError(f"the version must be x.y or x.y.z, numbers only (Windows needs it so): {version!r}")
    if not bundle.is_dir():
        raise InstallerBuildError(f"the bundle folder does not exist: {bundle}")
    makensis = find_makensis()
    if makensis is None:
        raise InstallerBuildError(
            "makensis was not found: install NSIS (Debian: apt install nsis; Windows: choco install nsis) "
            "and put makensis on PATH"
        )
    _check_top_level(bundle, placeholder_exe)
    out.parent.mkdir(parents=True, exist_ok=True)
    packed = not placeholder_exe if compress is None else compress
    if not placeholder_exe:
        _run_makensis(makensis, bundle, version, out, sign_command, packed)
        return out
    # Staged beside the output: hard links need the same file system, and the output's folder is the build's own.
    with tempfile.TemporaryDirectory(prefix="nsis-stage-", dir=out.parent) as scratch:
        staged = Path(scratch) / "bundle"
        _stage_with_placeholder(bundle, staged)
        _run_makensis(makensis, staged, version, out, sign_command, packed)
    return out


def _check_top_level(bundle: Path, placeholder_exe: bool) -> None:
    names = {entry.name for entry in bundle.iterdir()}
    executable = LINUX_EXE if placeholder_exe else WINDOWS_EXE
    if placeholder_exe and executable not in names and WINDOWS_EXE in names:
        executable = WINDOWS_EXE  # a Windows bundle compiled with a placeholder all the same
    if executable not in names:
        raise InstallerBuildError(f"{bundle} has no {executable}: it is not a built bundle of Dossier Desk")
    if "_internal" not in names:
        raise InstallerBuildError(f"{bundle} has no _internal folder: it is not a PyInstaller one-folder bundle")
    unknown = sorted(names - PACKED - {executable})
    if unknown:
        raise InstallerBuildError(
            f"{bundle} holds {', '.join(unknown)}, which the installer script does not pack: add them to "
            f"{SCRIPT.name} (the program section and the uninstaller) and to PACKED in installer/nsis.py"
        )


def _stage_with_placeholder(bundle: Path, staged: Path) -> None:
    """The bundle's files (hard links where the file system allows, else copies), the Linux executable replaced
    by placeholders where a Windows bundle has its two programs (the window and the console commands)."""
    executables = [LINUX_EXE, WINDOWS_EXE, WINDOWS_CLI_EXE]
    shutil.copytree(
        bundle,
        staged,
        symlinks=True,
        copy_function=_link_or_copy,
        ignore=lambda folder, _names: executables if Path(folder) == bundle else [],
    )
    for name in (WINDOWS_EXE, WINDOWS_CLI_EXE):
        (staged / name).write_text(PLACEHOLDER_TEXT, encoding="utf-8")


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or one without hard links
        shutil.copy2(source, target)


def _run_makensis(
    makensis: str, bundle: Path, version: str, out: Path, sign_command: str | None, compress: bool
) -> None:
    defines = [f"-DVERSION={version}", f"-DBUNDLE={bundle}", f"-DOUTFILE={out}"]
    if not compress:
        defines.append("-DUNCOMPRESSED")
    if sign_command:
        defines.append(f"-DSIGN_COMMAND={sign_command}")
    command = [makensis, "-WX", "-INPUTCHARSET", "UTF8", *defines, str(SCRIPT)]
    out.unlink(missing_ok=True)  # a failed run must not leave the last run's setup looking like this one's
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=MAKENSIS_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        out.unlink(missing_ok=True)
        raise InstallerBuildError(f"makensis did not finish in {MAKENSIS_TIMEOUT_S} s") from exc
    output = done.stdout + done.stderr
    if done.returncode != 0:
        out.unlink(missing_ok=True)  # makensis may leave a partial file behind
        raise InstallerBuildError(f"makensis failed (exit code {done.returncode}) on {SCRIPT.name}:", output)
    if not out.is_file():
        raise InstallerBuildError(f"makensis reported success but wrote no {out}", output)
