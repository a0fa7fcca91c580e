"""Regenerate ``dossier-desk.ico``, the installer's and the bundled program's icon, from the app's window icon.

The window icon is a glyph of the icon font drawn by ``ui.icons`` (``ui.main.application``), so the .ico is that
same picture drawn by Qt at each size Windows asks for (16 px in lists and title bars up to 256 px on large tiles),
each size drawn natively rather than scaled from one bitmap, and saved as one multi-size ICO with Pillow.

Run from the repository's root: ``QT_QPA_PLATFORM=offscreen python installer/windows/make_icon.py``.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ICON_FILE = Path(__file__).resolve().parent / "dossier-desk.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)
COLOUR = "#2e7d32"  # the window icon's colour (ui/main.py: application)


def render(sizes: tuple[int, ...] = SIZES) -> list[bytes]:
    """The window icon drawn at each size, as PNG bytes (Qt offscreen: no display needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QBuffer, QIODevice, QSize
    from PySide6.QtGui import QColor, QGuiApplication

    from ui.icons import icon

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - the font database needs an application
    pictures = []
    for size in sizes:
        image = icon("dossier", QColor(COLOUR)).pixmap(QSize(size, size)).toImage()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        pictures.append(bytes(buffer.data().data()))
    return pictures


def write_icon(target: Path = ICON_FILE) -> Path:
    from PIL import Image

    images = [Image.open(io.BytesIO(png)).convert("RGBA") for png in render()]
    largest = images[-1]
    # Pillow takes each size from append_images when one of that size is given, so no size is a scaled copy.
    largest.save(target, format="ICO", sizes=[image.size for image in images], append_images=images[:-1])
    return target


if __name__ == "__main__":
    print(write_icon())
