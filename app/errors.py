"""Errors the application layer raises; each names what was wrong and where."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from app.fields import FIELD_NAMES


class Translate(Protocol):
    """(context, English source[, disambiguation, n]) -> shown text: the shape of QCoreApplication.translate.

    With ``n`` ≥ 0 the source is a plural message ("%n document(s)"): the translation picks the form for ``n``
    ("1 document", "2 documents") and puts ``n`` in place of ``%n``.
    """

    def __call__(self, context: str, text: str, disambiguation: str | None = None, n: int = -1, /) -> str: ...


def _untranslated(_context: str, text: str, _disambiguation: str | None = None, n: int = -1, /) -> str:
    # What Qt's translate does without a translation: the English source, with %n filled in.
    return text.replace("%n", str(n)) if n >= 0 else text


@dataclass(frozen=True)
class Named:
    """A message parameter shown by its translated name (``context``, English ``text``), never by its code."""

    context: str
    text: str

    def __str__(self) -> str:
        return self.text


class AppError(Exception):
    """Bad input or a broken rule. Nothing was written when one is raised.

    ``template`` is an English source string (context "app", translated by the UI);
    ``field`` names the input it is about (e.g. ``"customer.name"``) so a dialog can show
    the message beside that input. A ``{field}`` in the template is filled with the field's
    human name (context "field"), never its code. ``n`` makes the template a plural message: it
    holds ``%n`` where the count goes ("{number} has %n document(s) …"), and English and the
    translations choose the singular or plural wording for that count.
    """

    def __init__(self, template: str, *, field: str | None = None, n: int | None = None, **params: Any) -> None:
        self.template = template
        self.field = field
        self.n = n
        self.params = params
        super().__init__(self.text())

    def field_name(self, translate: Translate = _untranslated) -> str:
        if self.field is None:
            return ""
        label = FIELD_NAMES.get(self.field)
        return translate("field", label) if label else self.field

    def text(
        self, translate: Translate = _untranslated, date_text: Callable[[dt.date], str] = dt.date.isoformat
    ) -> str:
        """The message in the user's words: names translated, dates as the interface writes them."""
        params = {k: self._shown(v, translate, date_text) for k, v in self.params.items()}
        shown = translate("app", self.template) if self.n is None else translate("app", self.template, None, self.n)
        return shown.format(field=self.field_name(translate), **params)

    @staticmethod
    def _shown(value: Any, translate: Translate, date_text: Callable[[dt.date], str]) -> Any:
        if isinstance(value, Named):
            return translate(value.context, value.text)
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return date_text(value)
        return value


class ValidationError(AppError):
    """An input value is missing, malformed or contradicts another input."""


class NotFound(AppError):
    """A building, floor, unit, dossier, document or user named by the caller does not exist."""


class Conflict(AppError):
    """The input is valid but clashes with what is recorded (e.g. a unit already occupied)."""


class PermissionDenied(AppError):
    """The acting user's role may not do this."""


class AuthenticationFailed(AppError):
    """Unknown user or wrong password."""


class DatabaseUnusable(AppError):
    """The file cannot be opened or used as a dossier database (missing, foreign, damaged, too new, unreadable)."""


class DataDamaged(AppError):
    """What is recorded is damaged or was tampered with; nothing was shown or saved from it.

    A page SQLite cannot read, a malformed scan hash, a link where a stored scan should be: the remedy is a backup.
    """


class ChangedMeanwhile(Conflict):
    """A form was saved over a record someone else changed since the form read it (optimistic locking).

    Nothing was written; the form reloads the record, keeps what the person typed, and asks to save again.
    """


class Busy(AppError):
    """Another desk (window or command) held the file's write lock longer than the busy timeout."""


class ReadOnly(AppError):
    """The file is open read-only (asked for, open elsewhere, or on a network share): nothing may change."""


class FileProblem(AppError):
    """A file could not be read or written: disk full, read-only medium, open in another program, missing folder,
    name too long. Nothing was left half-written under the file's name."""


class NeedsApproval(PermissionDenied):
    """The regulation needs the department manager's consent first (R8, R9): request it, or have the manager sign."""
