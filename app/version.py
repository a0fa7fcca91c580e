"""The one place the version lives (read by pyproject, the app and the installer)."""

__version__ = "0.1.0"
