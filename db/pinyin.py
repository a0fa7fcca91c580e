"""Pinyin of a name, so a clerk finds 深圳市宏图科技有限公司 by typing "szshtkj" or "hongtu".

pypinyin picks the reading from its phrase dictionary (重庆 → cq, 银行 → yh). Latin letters and
digits stay as typed (lower case); punctuation and brackets are dropped, as nobody types them.
"""

from __future__ import annotations


def _syllables(text: str, initials_only: bool) -> list[str]:
    # Imported here, when a name is first written: pypinyin's dictionaries take ~0.4 s and 56 MB to load, which
    # every process paid at start (`--version` included) though most never write a name.
    from pypinyin import Style, lazy_pinyin

    style = Style.FIRST_LETTER if initials_only else Style.NORMAL
    parts = lazy_pinyin(text or "", style=style, errors="default")
    return ["".join(ch for ch in part.lower() if ch.isascii() and ch.isalnum()) for part in parts]


def initials(text: str) -> str:
    """The first letter of each syllable: 深圳市永盛 → "szsys"."""
    return "".join(_syllables(text, initials_only=True))


def full_pinyin(text: str) -> str:
    """Every syllable in full, without tones or spaces: 宏图 → "hongtu" (ü as "v", as typed on a keyboard)."""
    return "".join(_syllables(text, initials_only=False))
