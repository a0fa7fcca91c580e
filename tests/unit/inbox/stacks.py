"""Scanned stacks as a copier leaves them, built by the tests: cover sheets and document pages rendered at 200 dpi,
some rotated by 3° and with noise, saved as one multi-page PDF or as single JPEGs.

A cover is the program's own cover-sheet printout (app/inbox/covers.py draws the page ``print cover`` prints), rendered
as the copier scans it.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pypdfium2
from PIL import Image, ImageDraw

from app.inbox import CoverCode, CoverSheet
from app.inbox.covers import _draw as draw_cover_pages  # the page `print cover` prints, without a desk

DPI = 200


def cover_page(
    code: CoverCode, *, dpi: int = DPI, angle: float = 0.0, noise: float = 0.0, grey: bool = False
) -> Image.Image:
    """A cover sheet scanned: the program's printout of it, rendered at ``dpi``, turned by ``angle``°, speckled."""
    with tempfile.TemporaryDirectory() as scratch:
        printed = Path(scratch) / "cover.pdf"
        draw_cover_pages(printed, [CoverSheet(code, units="0801", company="深圳市星河科技有限公司", floor="8F")])
        document = pypdfium2.PdfDocument(printed.read_bytes())
    image = document[0].render(scale=dpi / 72, grayscale=grey).to_pil()
    document.close()
    return _scanned(image, angle, noise, dpi)


def text_page(words: str, *, dpi: int = DPI, angle: float = 0.0, noise: float = 0.0) -> Image.Image:
    """A document page: lines of text and a table's rules, as a letter or a form looks to the scanner."""
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    for line in range(30):
        y = dpi + line * dpi // 4
        draw.text((dpi, y), f"{words} — line {line + 1}", fill="black")
        draw.line((dpi, y + dpi // 8, width - dpi, y + dpi // 8), fill=(90, 90, 90), width=2)
    return _scanned(image, angle, noise, dpi)


def _scanned(image: Image.Image, angle: float, noise: float, dpi: int) -> Image.Image:
    if angle:
        image = image.rotate(angle, expand=False, fillcolor="white" if image.mode == "RGB" else 255)
    if noise:
        rng = random.Random(7)
        pixels = image.load()
        for _ in range(int(image.width * image.height * noise)):
            x, y = rng.randrange(image.width), rng.randrange(image.height)
            pixels[x, y] = (0, 0, 0) if image.mode == "RGB" else 0
    image.info["dpi"] = (dpi, dpi)
    return image


def save_pdf(pages: list[Image.Image], path: Path, dpi: int = DPI) -> Path:
    """One multi-page PDF, as a copier's scan-to-folder writes a job."""
    first, *rest = [p.convert("RGB") for p in pages]
    first.save(path, format="PDF", save_all=True, append_images=rest, resolution=float(dpi))
    return path


def save_jpegs(pages: list[Image.Image], folder: Path, stem: str = "scan", dpi: int = DPI) -> list[Path]:
    """Single JPEGs numbered in order (scan0001.jpg, …), as a copier writes a job as images."""
    paths = []
    for number, page in enumerate(pages, start=1):
        path = folder / f"{stem}{number:04d}.jpg"
        page.convert("RGB").save(path, format="JPEG", quality=80, dpi=(dpi, dpi))
        paths.append(path)
    return paths
