"""Pages as the office copier scans them: a printed PDF rendered at a scanner's resolution, a little skewed, with
noise. The cover-sheet tests and the inbox's tests build their scanned stacks with it (issue 21's acceptance)."""

from __future__ import annotations

import random
from pathlib import Path

import pypdfium2
from PIL import Image, ImageChops

_TILE = 251  # the noise is a tile of this side repeated; a prime, so its repeats do not line up with the page's grid


def _noise(size: tuple[int, int], sigma: float, seed: int) -> Image.Image:
    """Gaussian noise around 128 (grey levels, standard deviation ``sigma``) covering ``size``, the same every run."""
    draw = random.Random(seed)
    tile = Image.new("L", (_TILE, _TILE))
    tile.putdata([max(0, min(255, round(128 + draw.gauss(0.0, sigma)))) for _ in range(_TILE * _TILE)])
    noise = Image.new("L", size)
    for x in range(0, size[0], _TILE):
        for y in range(0, size[1], _TILE):
            noise.paste(tile, (x, y))
    return noise


def cover_page_images(
    pdf: Path, dpi: int, *, rotate: float = 0, noise: float = 0, grey: bool = True, seed: int = 21
) -> list[Image.Image]:
    """Every page of ``pdf`` as a scanner gives it: rendered at ``dpi``, turned ``rotate`` degrees (counter-clockwise,
    the corners filled white as the scanner's lid), with Gaussian noise of ``noise`` (standard deviation in grey
    levels, 0–255), grey ("L") or colour ("RGB"). ``seed`` keeps the noise the same from run to run."""
    document = pypdfium2.PdfDocument(str(pdf))
    images = []
    try:
        for page in document:
            image = page.render(scale=dpi / 72).to_pil().convert("RGB")
            page.close()
            if rotate:
                image = image.rotate(rotate, resample=Image.Resampling.BICUBIC, expand=True, fillcolor="white")
            if noise:
                grain = _noise(image.size, noise, seed).convert("RGB")
                image = ImageChops.add(image, grain, scale=1.0, offset=-128)
            images.append(image.convert("L") if grey else image)
    finally:
        document.close()
    return images
