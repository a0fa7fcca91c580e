"""A database error met while working, told in the user's words: damaged (restore a backup) or unusable just now."""

from __future__ import annotations

from app.errors import AppError, DatabaseUnusable, DataDamaged
from app.text import QT_TRANSLATE_NOOP
from db.integrity import Failure, failure_of


def database_error(exc: BaseException) -> AppError | None:
    """The message for a SQLite (or SQLAlchemy-wrapped) error; None for an error of the program itself."""
    failure = failure_of(exc)
    detail = str(getattr(exc, "orig", None) or exc)
    if failure is Failure.DAMAGED:
        return DataDamaged(
            QT_TRANSLATE_NOOP(
                "app",
                "The database file is damaged ({detail}); nothing more was saved into it. Restore the last good "
                "backup (Backup ▸ Restore…, or dossier-desk restore); dossier-desk check shows what is damaged.",
            ),
            detail=detail,
        )
    if failure is Failure.UNAVAILABLE:
        return DatabaseUnusable(
            QT_TRANSLATE_NOOP(
                "app", "The database file could not be read or written ({detail}); nothing more was saved."
            ),
            detail=detail,
        )
    return None
