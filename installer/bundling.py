"""What the bundle holds, worked out from pyproject.toml and the installed packages (used by the PyInstaller spec
and installer/build.py; no Qt here).

A dependency added to pyproject.toml (a database driver, a barcode reader…) is bundled with its metadata, data files
and licence without anyone editing a list: the runtime requirements are read from pyproject.toml and followed
through the installed distributions' own requirements.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
EXECUTABLE = "dossier-desk"  # the window (and, outside Windows, the commands too)
CONSOLE_EXECUTABLE = "dossier-desk-cli"  # Windows only: the commands, in a console
FOLDER = "dossier-desk"  # PyInstaller's output folder; build.py renames it with the version and platform
OUR_PACKAGES = ("app", "ui", "db", "resources")

# The Qt modules the program imports (grep "from PySide6." in app/ ui/ db/); every other PySide6 module is excluded,
# so that no hook drags one in through an optional import. tests/installer/test_bundle.py checks the list is true.
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPdf", "QtPdfWidgets", "QtPrintSupport")
# Never in the program, lean or not: test tools, the Tk GUI toolkit, and the build tools that optional corners of
# libraries name (cffi's setuptools extension, Mako's Pygments plugin) — the program compiles nothing at a desk.
NEVER_MODULES = [
    "tkinter",
    "_tkinter",
    "test",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "IPython",
    "setuptools",
    "pkg_resources",
    "distutils",
    "pip",
    "wheel",
    "PyInstaller",
    "altgraph",
    "pygments",
]
# Qt's own translations: only the languages the program speaks (Qt ships some 40).
LANGUAGES = ("zh_CN", "zh_TW", "en")
# Files no program runs: C headers and Cython sources (lxml ships its own), type stubs, packages' test folders,
# Qt plugins for modules we do not use (networking, SQL drivers, multimedia, 3D, QML tooling, virtual keyboards).
_DEAD_WEIGHT = re.compile(
    r"""(?x)
    \.(h|hpp|pxd|pxi|pyx|pyi|c|cpp|a|lib|prl|cmake)$
    | (^|/)(tests?|testing)/
    | (^|/)PySide6/(include|typesystems|glue|scripts|examples|doc|metatypes|qml|resources|translations/qtwebengine)
    | (^|/)translations/qt_help_
    | (^|/)PySide6/Qt/(qml|resources|libexec|metatypes|mkspecs|include)/
    | (^|/)plugins/(sqldrivers|multimedia|qmltooling|sceneparsers|renderers|geometryloaders|position|sensors|
                    texttospeech|canbus|designer|virtualkeyboard|renderplugins|assetimporters|webview|tls|
                    networkinformation|qmllint|scxmldatamodel|generic|egldeviceintegrations|
                    wayland-graphics-integration-client|wayland-shell-integration|wayland-decoration-client)/
    # Plugins we never use: the on-screen keyboard (which alone pulls in QML and Quick, ~20 MB) and the platforms
    # for kiosks and remote screens; then the Qt libraries only they need.
    | (^|/)plugins/platforminputcontexts/(lib)?qtvirtualkeyboardplugin\.
    | (^|/)plugins/platforms/(lib)?q(eglfs|vnc|minimalegl|linuxfb|vkkhrdisplay)\.
    | (^|/)(lib)?Qt6(Qml|Quick|VirtualKeyboard|EglFS|EglFs)\w*\.(so|dll|dylib)
    """
)
_QT_TRANSLATION = re.compile(r"(^|/)translations/[a-z_]+?_(?P<lang>[a-z]{2}(_[A-Z]{2})?)\.qm$")


def excluded_qt_modules() -> list[str]:
    """``PySide6.X`` for every Qt module installed that the program does not import."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    found = {path.name.split(".")[0] for path in folder.glob("Qt*.*") if path.suffix in (".pyd", ".so", ".pyi")}
    return sorted(f"PySide6.{name}" for name in found if name not in QT_MODULES_USED)


EXCLUDED_MODULES = NEVER_MODULES + excluded_qt_modules()


def runtime_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    """``[project] dependencies`` of pyproject.toml, for this platform."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = [Requirement(text) for text in project["dependencies"]]
    return [req for req in requirements if req.marker is None or req.marker.evaluate()]


def runtime_distributions(pyproject: Path = ROOT / "pyproject.toml") -> list[metadata.Distribution]:
    """Every installed distribution the program needs at run time: pyproject's dependencies and theirs, without
    extras nobody asked for. A dependency that is not installed is an error: the bundle would lack it."""
    seen: dict[str, metadata.Distribution] = {}
    extras_seen: set[tuple[str, str]] = set()
    pending = runtime_requirements(pyproject)
    while pending:
        requirement = pending.pop()
        key = canonicalize_name(requirement.name)
        # An extra asked for (psycopg[binary]) brings requirements of its own, even of a distribution already seen.
        extras = {extra for extra in requirement.extras if (key, extra) not in extras_seen}
        if key in seen and not extras:
            continue
        try:
            distribution = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            raise SystemExit(f"{requirement.name} (from pyproject.toml) is not installed: pip install -e .") from None
        seen[key] = distribution
        extras_seen.update((key, extra) for extra in extras)
        for text in distribution.requires or ():
            nested = Requirement(text)
            wanted = nested.marker is None or any(
                nested.marker.evaluate({**default_environment(), "extra": extra}) for extra in ("", *extras)
            )
            if wanted:
                pending.append(nested)
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def top_level_names(distribution: metadata.Distribution) -> list[str]:
    """The importable top-level modules and packages a distribution installs."""
    names: set[str] = set()
    for file in distribution.files or ():
        parts = file.parts
        if not parts or parts[0].endswith((".dist-info", ".data")) or parts[0] in ("..", "bin", "Scripts"):
            continue
        head = parts[0]
        if len(parts) == 1:
            if not head.endswith((".py", ".so", ".pyd")):
                continue
            head = head.split(".")[0]
        if head.isidentifier() and head != "__pycache__":
            names.add(head)
    return sorted(names)


def collected() -> tuple[list[str], list[tuple[str, str]]]:
    """The spec's ``hiddenimports`` and ``datas``."""
    from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata

    hidden: list[str] = []
    datas: list[tuple[str, str]] = []
    for package in ("app", "ui", "db"):
        # app.cli loads its command groups by name, ui its screens lazily: everything, not just what is imported.
        hidden += collect_submodules(package, filter=lambda name: ".migrations" not in name)
    for package in OUR_PACKAGES:
        datas += collect_data_files(package, excludes=["**/__pycache__", "**/pending/**"])
    # Alembic runs the migrations from their files: the scripts themselves go in as data.
    datas += collect_data_files("db", includes=["migrations/**/*.py", "migrations/*.mako"], include_py_files=True)
    for distribution in runtime_distributions():
        datas += copy_metadata(distribution.metadata["Name"])  # importlib.metadata look-ups (versions, entry points)
        for name in top_level_names(distribution):
            if name.startswith(("PySide6", "shiboken6")):
                continue  # PyInstaller's own Qt hooks collect exactly the modules, plugins and data in use
            # Libraries load parts of themselves by name too (reportlab its barcodes, SQLAlchemy its dialects, Pillow
            # its image plugins): all their modules go in, compiled, a few MB — never "No module named …" at a desk.
            hidden.append(name)
            hidden += collect_submodules(name, filter=_wanted_module, on_error="ignore")
            datas += collect_data_files(name)
    return sorted(set(hidden)), sorted(set(datas))


def _wanted_module(name: str) -> bool:
    """Not a library's own tests (test*, testing, testutils…), nor qtpy's wrappers of Qt modules we do not use."""
    parts = name.split(".")
    return not any(part.startswith(("test", "conftest")) for part in parts) and parts[0] != "qtpy"


def lean(toc: Iterable[Any]) -> list[Any]:
    """A table of contents without dead weight and without Qt translations for languages we do not speak."""
    kept = []
    for entry in toc:
        dest = str(entry[0]).replace("\\", "/")
        if _DEAD_WEIGHT.search(dest):
            continue
        translation = _QT_TRANSLATION.search(dest)
        if translation and "PySide6" in dest and translation["lang"] not in LANGUAGES:
            continue
        kept.append(entry)
    return kept


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` as Windows wants a version: four numbers."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def version_file(workpath: Path) -> str:
    """A Windows version resource (the exe's Properties ▸ Details) for the spec, written into the build folder."""
    from app.version import __version__

    numbers = version_tuple(__version__)
    workpath.mkdir(parents=True, exist_ok=True)
    path = workpath / "version_info.txt"
    strings = {
        "CompanyName": "Dossier Desk",
        "FileDescription": "Dossier Desk",
        "FileVersion": __version__,
        "InternalName": EXECUTABLE,
        "OriginalFilename": f"{EXECUTABLE}.exe",
        "ProductName": "Dossier Desk",
        "ProductVersion": __version__,
    }
    string_lines = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{string_lines}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return str(path)


def files_under(folder: Path) -> Iterator[Path]:
    """The files of a bundle, without the symbolic links PyInstaller makes to them (counted once)."""
    return (path for path in sorted(folder.rglob("*")) if path.is_file() and not path.is_symlink())


if __name__ == "__main__":  # a look at what would be bundled: python -m installer.bundling
    for distribution in runtime_distributions():
        print(distribution.metadata["Name"], distribution.version, top_level_names(distribution), file=sys.stdout)
