"""A tour of every window of the program: open each as the program does and read what it writes (see
``texts``), or measure it against the screen. ``load_openers`` imports the ``openers_*`` modules that register how
each window class is opened (``registry.opens``)."""

from __future__ import annotations

import importlib
import pkgutil


def load_openers() -> None:
    for module in pkgutil.iter_modules(__path__, f"{__name__}."):
        if module.name.rpartition(".")[2].startswith("openers_"):
            importlib.import_module(module.name)
