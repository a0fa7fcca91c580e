"""An amount in Chinese capital numerals (大写金额), as a receipt and an arrears notice write it beside the figures:
1,280.50 → 壹仟贰佰捌拾元伍角整.

The capitals cannot be altered by adding a stroke, which is why finance writes them. The rules followed are the
usual ones for bills (支付结算办法): 拾 always has its 壹 (10.00 → 壹拾元整, not 拾元整); a run of zeros inside the
yuan is one 零 (100,020 → 壹拾万零贰拾元); a zero yuan digit before a non-zero 角 takes no 零
(1,280.50 → …捌拾元伍角整) but a zero 角 before a non-zero 分 does (1.05 → 壹元零伍分); 整 ends an amount without 分;
nothing but 零元整 is written for nothing at all.
"""

from __future__ import annotations

DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACES = ("", "拾", "佰", "仟")  # within a group of four digits
GROUPS = ("", "万", "亿", "万亿")  # each group of four digits, from the right


def _yuan(yuan: int) -> str:
    """Whole yuan (> 0) in capitals, without 元."""
    text = []
    zero_pending = False
    digits = str(yuan)
    group_has_digit = False
    for index, ch in enumerate(digits):
        position = len(digits) - 1 - index
        digit = int(ch)
        if digit == 0:
            zero_pending = bool(text)  # a leading zero cannot happen; a zero after digits may need its 零
        else:
            if zero_pending:
                text.append("零")
                zero_pending = False
            text.append(DIGITS[digit] + PLACES[position % 4])
            group_has_digit = True
        if position % 4 == 0:
            if group_has_digit and position:
                text.append(GROUPS[position // 4])
            group_has_digit = False
    return "".join(text)


def amount_in_capitals(fen: int) -> str:
    """``fen`` as 大写金额: 128050 → 壹仟贰佰捌拾元伍角整; a negative amount (a reversal) starts with 负."""
    if fen < 0:
        return "负" + amount_in_capitals(-fen)
    yuan, rest = divmod(fen, 100)
    jiao, fen_digit = divmod(rest, 10)
    if fen == 0:
        return "零元整"
    parts = [_yuan(yuan) + "元"] if yuan else []
    if jiao:
        parts.append(DIGITS[jiao] + "角")
    elif fen_digit and yuan:
        parts.append("零")
    if fen_digit:
        parts.append(DIGITS[fen_digit] + "分")
    else:
        parts.append("整")
    return "".join(parts)
