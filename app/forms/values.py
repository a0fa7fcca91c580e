"""A filled form's values checked by the field types of its definition, stored as plain JSON, shown as text.

Stored forms (the JSON of ``form_record.values``): text, long text, choices and ID numbers as text ("" when
empty), dates as "YYYY-MM-DD", numbers as decimal text ("12.5"), money as whole fen (an integer, as app.fees keeps
money), yes/no as true/false (null when unanswered), a table as a list of rows (each a dict of its columns), its
empty rows left out.

An error names the field by the form's own label (``FormFieldError``; its ``field`` is ``form.<key>``, or
``form.<key>.<column>`` with the row in the message), so a dialog puts it beside that input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from app.errors import Translate, ValidationError
from app.forms.definitions import Choice, FieldDef, FormDef
from app.privacy import mask_id_number
from app.text import QT_TRANSLATE_NOOP

MAX_NUMBER = Decimal("999999999999")
MAX_FEN = 10**13  # ten thousand billion fen: beyond any sum a form records
MAX_ROWS = 200  # rows of a table: a form's table is a page or two, never a spreadsheet
YES_WORDS = {"yes", "true", "y", "1", "是", "√"}
NO_WORDS = {"no", "false", "n", "0", "否", "×"}


class FormFieldError(ValidationError):
    """A value of a form's field is wrong: the field is named by the form's label (context "forms")."""

    def __init__(self, template: str, field: FieldDef, *, code: str, row: int | None = None, **params: Any) -> None:
        self.label = field.en
        self.row = row  # a table's row (1…) the value is in
        super().__init__(template, field=code, **params)

    def field_name(self, translate: Translate | None = None) -> str:
        return translate("forms", self.label) if translate is not None else self.label

    def text(self, translate: Translate | None = None, date_text: Callable[[dt.date], str] = dt.date.isoformat) -> str:
        shown = super().text(translate, date_text) if translate is not None else super().text(date_text=date_text)
        if self.row is None:
            return shown
        row_text = QT_TRANSLATE_NOOP("app", "Row {row}: {problem}")
        return (translate("app", row_text) if translate is not None else row_text).format(row=self.row, problem=shown)


def _error(template: str, field: FieldDef, code: str, **params: Any) -> FormFieldError:
    return FormFieldError(template, field, code=code, **params)


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_value(field: FieldDef, value: Any, code: str, row: int | None = None) -> Any:
    """One value of ``field`` in its stored form; ``code`` is the error's field code, ``row`` a table's row (1…)."""

    def wrong(template: str, **params: Any) -> FormFieldError:
        return FormFieldError(template, field, code=code, row=row, **params)

    if field.type == "table":
        return _table(field, value, code)
    if _is_empty(value):
        if field.required:
            raise wrong(QT_TRANSLATE_NOOP("app", "{field} must not be empty."))
        return None if field.type in ("money", "yes_no") else ""
    if field.type in ("text", "long_text", "id_number"):
        if not isinstance(value, str):
            raise wrong(QT_TRANSLATE_NOOP("app", "{field} must be a text."))
        text = value.strip() if field.type != "long_text" else value.strip("\n ").replace("\r\n", "\n")
        if len(text) > field.max:
            raise wrong(QT_TRANSLATE_NOOP("app", "{field} is too long (at most {max} characters)."), max=field.max)
        return text
    if field.type == "date":
        return _date(value, wrong)
    if field.type == "number":
        return _number(field, value, wrong)
    if field.type == "money":
        return _money(value, wrong)
    if field.type == "choice":
        choice = field.choice(str(value).strip()) if isinstance(value, str) else None
        if choice is None:
            raise wrong(
                QT_TRANSLATE_NOOP("app", "{field} must be one of {allowed}, not “{value}”."),
                allowed=", ".join(c.value for c in field.choices),
                value=str(value),
            )
        return choice.value
    if field.type == "yes_no":
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in YES_WORDS:
            return True
        if word in NO_WORDS:
            return False
        raise wrong(QT_TRANSLATE_NOOP("app", "{field} must be yes or no, not “{value}”."), value=str(value))
    raise AssertionError(field.type)  # the definitions loader allows no other type


def _date(value: Any, wrong: Callable[..., FormFieldError]) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise wrong(
                QT_TRANSLATE_NOOP("app", "{field} must be a date (YYYY-MM-DD), not “{value}”."), value=str(value)
            ) from None
    if not 1900 <= value.year <= 2200:
        raise wrong(QT_TRANSLATE_NOOP("app", "{field} must be a date between 1900 and 2200."))
    return value.isoformat()


def _number(field: FieldDef, value: Any, wrong: Callable[..., FormFieldError]) -> str:
    if isinstance(value, bool):
        number = None
    else:
        try:
            number = Decimal(str(value).strip().replace(",", ""))
        except InvalidOperation:
            number = None
    if number is None or not number.is_finite() or number < 0 or number > MAX_NUMBER:
        raise wrong(QT_TRANSLATE_NOOP("app", "{field} must be a number of 0 or more, not “{value}”."), value=str(value))
    if field.whole and number != number.to_integral_value():
        raise wrong(QT_TRANSLATE_NOOP("app", "{field} must be a whole number, not “{value}”."), value=str(value))
    if number != number.quantize(Decimal("0.01")):
        raise wrong(QT_TRANSLATE_NOOP("app", "{field} has more than two decimals: “{value}”."), value=str(value))
    text = format(number.normalize(), "f")
    return text


def _money(value: Any, wrong: Callable[..., FormFieldError]) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        fen = value  # already whole fen (a stored value read back)
    else:
        text = str(value).strip().replace(",", "").replace("，", "").lstrip("¥￥").strip()
        try:
            amount = Decimal(text)
        except InvalidOperation:
            amount = None
        if amount is None or not amount.is_finite() or amount != amount.quantize(Decimal("0.01")):
            raise wrong(
                QT_TRANSLATE_NOOP("app", "{field} must be an amount of money such as 1280.50, not “{value}”."),
                value=str(value),
            )
        fen = int(amount * 100)
    if not 0 <= fen < MAX_FEN:
        raise wrong(
            QT_TRANSLATE_NOOP("app", "{field} must be an amount of 0 or more, not “{value}”."), value=str(value)
        )
    return fen


def _table(field: FieldDef, value: Any, code: str) -> list[dict[str, Any]]:
    rows = [] if value is None else value
    if not isinstance(rows, list | tuple) or not all(isinstance(r, Mapping) for r in rows):
        raise _error(QT_TRANSLATE_NOOP("app", "{field} must be a list of rows."), field, code)
    kept: list[dict[str, Any]] = []
    for n, raw in enumerate(rows, start=1):
        unknown = set(raw) - {c.key for c in field.columns}
        if unknown:
            raise _error(
                QT_TRANSLATE_NOOP("app", "{field} has no column “{column}”."), field, code, column=sorted(unknown)[0]
            )
        if all(_is_empty(raw.get(c.key)) for c in field.columns):
            continue  # a row left empty on the screen is no row
        kept.append({c.key: check_value(c, raw.get(c.key), f"{code}.{c.key}", row=n) for c in field.columns})
    if len(kept) > MAX_ROWS:
        raise _error(QT_TRANSLATE_NOOP("app", "{field} has more than {max} rows."), field, code, max=MAX_ROWS)
    if field.required and not kept:
        raise _error(QT_TRANSLATE_NOOP("app", "{field} needs at least one row."), field, code)
    return kept


def check_values(form: FormDef, values: Mapping[str, Any]) -> dict[str, Any]:
    """Every field's value in its stored form, in the definition's order; a key the form lacks is an error."""
    unknown = set(values) - {f.key for f in form.fields}
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Form {code} has no field “{key}”."),
            field="form.code",
            code=form.code,
            key=sorted(unknown)[0],
        )
    return {f.key: check_value(f, values.get(f.key), f"form.{f.key}") for f in form.fields}


# -- shown as text ----------------------------------------------------------------------------------------------


def chinese_choice(choice: Choice) -> str:
    return choice.zh


def value_text(
    field: FieldDef,
    value: Any,
    *,
    choice_text: Callable[[Choice], str] = chinese_choice,
    yes_no: tuple[str, str] = ("是", "否"),
    money: Callable[[int], str] | None = None,
    reveal_ids: bool = False,
) -> str:
    """A stored value as printed (Chinese choices and 是/否 by default); an ID number masked unless ``reveal_ids``.

    A table is shown as its rows joined by "；" (the register's column); the printout lays tables out itself.
    """
    if value is None or value == "":
        return ""
    if field.type == "table":
        return "；".join(
            "，".join(
                text
                for c in field.columns
                if (text := value_text(c, row.get(c.key), choice_text=choice_text, yes_no=yes_no, money=money))
            )
            for row in value
        )
    if field.type == "choice":
        choice = field.choice(str(value))
        return choice_text(choice) if choice is not None else str(value)
    if field.type == "yes_no":
        return yes_no[0] if value else yes_no[1]
    if field.type == "money":
        fen = int(value)
        return money(fen) if money is not None else f"{fen // 100:,}.{fen % 100:02d}"
    if field.type == "id_number":
        return str(value) if reveal_ids else mask_id_number(str(value))
    return str(value)


def masked_values(form: FormDef, values: dict[str, Any], reveal_ids: bool) -> dict[str, Any]:
    """``values`` with every ID number masked (also in tables' cells) for one who may not see them in full."""
    if reveal_ids:
        return values

    def masked(field: FieldDef, value: Any) -> Any:
        if field.type == "id_number" and value:
            return mask_id_number(str(value))
        if field.type == "table" and value:
            return [{c.key: masked(c, row.get(c.key)) for c in field.columns} for row in value]
        return value

    return {f.key: masked(f, values.get(f.key)) for f in form.fields}
