"""Amounts in Chinese capitals (大写金额) as receipts and arrears notices print them."""

from __future__ import annotations

import pytest

from app.fees.capitals import amount_in_capitals


@pytest.mark.parametrize(
    ("fen", "capitals"),
    [
        (0, "零元整"),
        (5, "伍分"),
        (50, "伍角整"),
        (55, "伍角伍分"),
        (100, "壹元整"),
        (105, "壹元零伍分"),
        (1000, "壹拾元整"),
        (1001, "壹拾元零壹分"),
        (11000, "壹佰壹拾元整"),
        (101000, "壹仟零壹拾元整"),
        (128050, "壹仟贰佰捌拾元伍角整"),
        (100100, "壹仟零壹元整"),
        (1000000, "壹万元整"),
        (10002000, "壹拾万零贰拾元整"),
        (100000010, "壹佰万元壹角整"),
        (123456789, "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
        (10000000000, "壹亿元整"),
        (10000000100, "壹亿零壹元整"),
        (100100000000, "壹拾亿零壹佰万元整"),
        (10**12, "壹佰亿元整"),  # the most any amount may be (app.fees.money.MAX_FEN)
        (-128050, "负壹仟贰佰捌拾元伍角整"),
    ],
)
def test_capitals(fen: int, capitals: str) -> None:
    assert amount_in_capitals(fen) == capitals


def test_every_amount_reads_back_to_itself() -> None:
    """Reading the capitals back gives the figures again, for every amount from 0.00 to 10,000.00 and some big ones:
    no digit dropped or doubled, wherever the zeros fall."""
    value = {ch: n for n, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}
    units = {"拾": 10, "佰": 100, "仟": 1000}

    def read(text: str) -> int:
        yuan_text, _, rest = text.partition("元") if "元" in text else ("", "", text)
        total, section, digit = 0, 0, 0
        for ch in yuan_text:
            if ch in value:
                digit = value[ch]
            elif ch in units:
                section += digit * units[ch]
                digit = 0
            elif ch == "万":
                total += (section + digit) * 10_000
                section = digit = 0
            elif ch == "亿":
                total = (total + section + digit) * 100_000_000
                section = digit = 0
        yuan = total + section + digit
        jiao = fen = 0
        for n, ch in enumerate(rest):
            if ch == "角":
                jiao = value[rest[n - 1]]
            if ch == "分":
                fen = value[rest[n - 1]]
        return yuan * 100 + jiao * 10 + fen

    samples = list(range(0, 1_000_001, 7)) + [10**n + k for n in range(4, 12) for k in (0, 1, 10, 100, 10_000)]
    for fen in samples:
        assert read(amount_in_capitals(fen)) == fen, (fen, amount_in_capitals(fen))
