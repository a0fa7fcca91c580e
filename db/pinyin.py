"""Pinyin initials of a name, so a clerk finds 深圳市永盛建筑设计有限公司 by typing "szsys".

pypinyin picks the reading from its phrase dictionary (重庆 → cq, 银行 → yh). Latin letters and
digits stay as typed (lower case); punctuation and brackets are dropped, as nobody types them.
"""

from __future__ import annotations


def initials(text: str) -> str:
    # Imported here, when a name is first written: pypinyin's dictionaries take ~0.4 s and 56 MB to load, which
    # every process paid at start (`--version` included) though most never write a name.
    from pypinyin import Style, lazy_pinyin

    letters = []
    for part in lazy_pinyin(text or "", style=Style.FIRST_LETTER, errors="default"):
        letters.append("".join(ch for ch in part.lower() if ch.isascii() and ch.isalnum()))
    return "".join(letters)
