"""Money as exact whole fen (分): parsed from what a person types, rounded once per line, shown as 1,234.56.

Never a float: an amount is a ``Decimal`` while it is worked out and an ``int`` of fen once it is a line, so sums
are exact and a balance never drifts by a fen (R11).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.errors import ValidationError
from app.text import QT_TRANSLATE_NOOP

FEN_PER_YUAN = 100
# Ten thousand million yuan: far past any fee or deposit, short of what an integer column or a typing slip allows.
MAX_FEN = 10**12


def round_to_fen(amount: Decimal) -> int:
    """``amount`` in yuan as whole fen, half a fen rounded up (ROUND_HALF_UP, as the finance office rounds)."""
    return int((amount * FEN_PER_YUAN).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def yuan(fen: int) -> Decimal:
    """Whole fen as an exact yuan amount with two places."""
    return (Decimal(fen) / FEN_PER_YUAN).quantize(Decimal("0.01"))


def money_text(fen: int, *, grouped: bool = True) -> str:
    """1234567 → "12,345.67" (negative with a minus sign), as printed on receipts and ledgers."""
    text = f"{yuan(abs(fen)):,.2f}" if grouped else f"{yuan(abs(fen)):.2f}"
    return f"-{text}" if fen < 0 else text


def parse_money(value: str | Decimal | int, field: str, *, allow_zero: bool = False) -> int:
    """What a person typed ("1,234.5", "￥800", "800.00") as whole fen; more than two decimals, a negative, a
    non-number or an absurd size is a ValidationError naming ``field``."""
    if isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("app", "{field} must be an amount of money."), field=field)
    text = str(value).strip().replace(",", "").replace("，", "").lstrip("¥￥").strip()
    try:
        amount = Decimal(text)
    except (InvalidOperation, ValueError):
        amount = None
    if amount is None or not amount.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be an amount of money such as 1280.50, not “{value}”."),
            field=field,
            value=str(value),
        )
    if amount != amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} has more than two decimal places (fen): “{value}”."),
            field=field,
            value=str(value),
        )
    fen = int(amount * FEN_PER_YUAN)
    if fen < 0 or (fen == 0 and not allow_zero) or fen > MAX_FEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be more than 0 and at most 10,000,000,000.00, not “{value}”."),
            field=field,
            value=str(value),
        )
    return fen


def whole_fen(fen: int, field: str) -> int:
    """An amount handed in as whole fen (from a form that parsed it, or the command line): more than 0 and not
    absurd, else a ValidationError naming ``field``."""
    if isinstance(fen, bool) or not isinstance(fen, int) or not 0 < fen <= MAX_FEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be more than 0 and at most 10,000,000,000.00."), field=field
        )
    return fen
