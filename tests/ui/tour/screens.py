"""The program's windows, found in ``ui/`` by what they are, so a new dialog cannot escape the tour."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtWidgets import QDialog, QMainWindow, QWidget, QWizardPage

import ui
from ui.form_dialog import FormDialog

# Bases the program never shows alone; their subclasses are toured.
BASES: tuple[type, ...] = (FormDialog,)


def _below(cls: type) -> list[type]:
    found: list[type] = []
    for sub in cls.__subclasses__():
        found += [sub, *_below(sub)]
    return found


def windows_of_the_program() -> list[type[QWidget]]:
    """Every dialog, wizard, wizard page and main window class defined in ``ui/``, and every other widget class
    there whose name says it is a window (``HelpWindow``). Bases that are never shown alone (their name starts with
    ``_``, or listed in ``BASES``) are left out: their subclasses are toured."""
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(module.name)
    classes = {
        cls
        for cls in _below(QDialog) + _below(QMainWindow) + _below(QWizardPage) + _below(QWidget)
        if cls.__module__.startswith("ui.")
        and not cls.__name__.startswith("_")
        and (issubclass(cls, QDialog | QMainWindow | QWizardPage) or cls.__name__.endswith("Window"))
        and not inspect.isabstract(cls)
        and cls not in BASES
    }
    return sorted(classes, key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


def name(cls: type) -> str:
    return f"{cls.__module__.removeprefix('ui.')}.{cls.__qualname__}"
