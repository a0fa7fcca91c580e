"""Dossier Desk user interface (PySide6 only)."""
