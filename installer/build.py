"""Build the program for the computer this runs on: ``python installer/build.py``.

1. compiles the translations (.qm) the bundle carries;
2. runs PyInstaller with installer/dossier_desk.spec (a one-folder bundle);
3. adds ``licenses/``: the licence of every bundled library, of Python and of the font;
4. names the folder ``dossier-desk-<version>-<os>-<arch>`` with the version from app/version.py, the one source;
5. on Windows (or with ``--installer``) compiles the NSIS installer around it: ``dossier-desk-<version>-setup.exe``
   (elsewhere with a placeholder where the Windows program goes, which checks the script against the real file
   list).

Prints what it made, the bundle's size and file count; ``--json`` prints that as one JSON document instead.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import sysconfig
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the checkout's packages (installer, app.version)
    sys.path.insert(0, str(ROOT))

from app.version import __version__  # noqa: E402
from installer import bundling  # noqa: E402

SPEC = ROOT / "installer" / "dossier_desk.spec"
FONT_LICENCE = ROOT / "resources" / "fonts" / "wqy-microhei.LICENSE.txt"
_LICENCE_NAMES = ("LICEN", "COPYING", "NOTICE", "AUTHORS", "COPYRIGHT")


@dataclass(frozen=True)
class Built:
    bundle: str
    executable: str
    version: str
    bytes: int
    files: int
    seconds: float
    installer: str | None


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    arch = {"amd64": "x64", "x86_64": "x64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{arch}"


def bundle_name(naive: bool = False) -> str:
    return f"dossier-desk-{__version__}-{platform_tag()}" + ("-naive" if naive else "")


def executable_in(bundle: Path) -> Path:
    return bundle / (bundling.EXECUTABLE + (".exe" if sys.platform == "win32" else ""))


def folder_size(folder: Path) -> tuple[int, int]:
    sizes = [path.stat().st_size for path in bundling.files_under(folder)]
    return sum(sizes), len(sizes)


def compile_translations() -> None:
    # ui.translations compiles every .qm that is missing or older than its .ts, and fails if one cannot be made.
    subprocess.run([sys.executable, "-m", "ui.translations"], cwd=ROOT, check=True)


def run_pyinstaller(work: Path, naive: bool) -> Path:
    env = {**os.environ, "DOSSIER_DESK_BUNDLE_LEAN": "0" if naive else "1"}
    dist = work / "dist"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "build"),
    ]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return dist / bundling.FOLDER


def licence_files(distribution: metadata.Distribution) -> list[Path]:
    """A distribution's licence texts as installed: the dist-info's ``licenses/`` folder (PEP 639) or files named
    like a licence anywhere in the dist-info or at the top of its packages."""
    found: list[Path] = []
    for file in distribution.files or ():
        name = file.name.upper()
        in_dist_info = file.parts[0].endswith(".dist-info")
        top_of_package = len(file.parts) <= 2
        if name.startswith(_LICENCE_NAMES) and (in_dist_info or top_of_package) and not name.endswith(".PY"):
            path = Path(str(distribution.locate_file(file)))
            if path.is_file():
                found.append(path)
    return found


def write_licences(bundle: Path) -> int:
    """``licenses/``: a folder per bundled library with its licence texts, Python's, the font's, and an index."""
    folder = bundle / "licenses"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    index = ["Licences of what this program bundles / 本程序所含组件的许可证", ""]
    for distribution in bundling.runtime_distributions():
        name, version = distribution.metadata["Name"], distribution.version
        licence = distribution.metadata.get("License-Expression") or distribution.metadata.get("License") or ""
        if not licence or len(licence) > 80:  # some put the whole text in License: the classifiers say it shortly
            classifiers = [c.split(" :: ")[-1] for c in distribution.metadata.get_all("Classifier") or []]
            named = "; ".join(c for c in classifiers if "License" in c)
            licence = named or (licence.splitlines()[0] if licence else "")
        target = folder / f"{name}-{version}"
        target.mkdir()
        texts = licence_files(distribution)
        for text in texts:
            shutil.copyfile(text, target / text.name)
        if not texts:
            home = distribution.metadata.get("Home-page") or distribution.metadata.get("Project-URL", "")
            (target / "LICENSE-METADATA.txt").write_text(
                f"{name} {version}\nLicence: {licence or 'see the project page'}\nHome page: {home}\n",
                encoding="utf-8",
            )
        index.append(f"{name} {version}: {licence or 'see the folder'}")
    python = Path(sys.base_prefix) / (
        "LICENSE.txt" if sys.platform == "win32" else f"lib/python{sysconfig.get_python_version()}/LICENSE.txt"
    )
    if python.is_file():
        (folder / f"Python-{platform.python_version()}").mkdir()
        shutil.copyfile(python, folder / f"Python-{platform.python_version()}" / "LICENSE.txt")
        index.append(f"Python {platform.python_version()}: PSF-2.0")
    (folder / "WenQuanYi-Micro-Hei").mkdir()
    shutil.copyfile(FONT_LICENCE, folder / "WenQuanYi-Micro-Hei" / FONT_LICENCE.name)
    index.append("WenQuanYi Micro Hei (resources/fonts/wqy-microhei.ttc): Apache-2.0 or GPL-3.0 with font exception")
    (folder / "README.txt").write_text("\n".join(index) + "\n", encoding="utf-8")
    return len(index) - 2


def sign(command: str, files: list[Path]) -> None:
    """Run the code-signing command (e.g. ``signtool sign /sha1 … /fd SHA256 /tr … /td SHA256``) on each file."""
    import shlex

    for file in files:
        subprocess.run([*shlex.split(command, posix=sys.platform != "win32"), str(file)], check=True)


def build(
    out: Path, work: Path, *, naive: bool = False, installer: bool | None = None, sign_command: str | None = None
) -> Built:
    started = time.perf_counter()
    compile_translations()
    made = run_pyinstaller(work, naive)
    bundle = out / bundle_name(naive)
    if bundle.exists():
        shutil.rmtree(bundle)
    out.mkdir(parents=True, exist_ok=True)
    shutil.move(str(made), bundle)
    write_licences(bundle)
    if sign_command:  # before the setup packs them: the installed programs carry the signature too
        sign(sign_command, sorted(bundle.glob("*.exe")))
    size, count = folder_size(bundle)
    setup: Path | None = None
    if installer if installer is not None else sys.platform == "win32":
        from installer.nsis import compile_installer

        setup = compile_installer(
            bundle,
            __version__,
            out / f"dossier-desk-{__version__}-setup.exe",
            placeholder_exe=sys.platform != "win32",
            sign_command=sign_command,
        )
    return Built(
        bundle=str(bundle),
        executable=str(executable_in(bundle)),
        version=__version__,
        bytes=size,
        files=count,
        seconds=round(time.perf_counter() - started, 1),
        installer=str(setup) if setup else None,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], prog="installer/build.py")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's working folder (build/)")
    parser.add_argument(
        "--naive", action="store_true", help="keep what a plain PyInstaller build keeps (to measure the savings)"
    )
    parser.add_argument(
        "--installer",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="compile the NSIS installer too (default: on Windows only)",
    )
    parser.add_argument(
        "--sign",
        metavar="COMMAND",
        help="code-sign the programs, the uninstaller and the setup with this command (the file is added last), "
        "e.g. 'signtool sign /sha1 THUMBPRINT /fd SHA256 /tr http://timestamp.digicert.com /td SHA256'",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    built = build(
        args.out.resolve(), args.work.resolve(), naive=args.naive, installer=args.installer, sign_command=args.sign
    )
    if args.json:
        print(json.dumps(asdict(built), ensure_ascii=False))
    else:
        print(f"built {built.bundle} ({built.bytes / 1e6:.1f} MB, {built.files} files) in {built.seconds} s")
        if built.installer:
            print(f"installer: {built.installer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
