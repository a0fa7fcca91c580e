"""Names of a room loaded when first asked for: a room's printouts bring reportlab (~100 ms), which most processes
— `--version`, a listing, the window's first screen — never use."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping


def loaded_when_asked(package: str, names: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package``: each of ``names`` imported from its module on first use, then
    kept in the package (so the next use finds it directly)."""

    def __getattr__(name: str) -> object:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
