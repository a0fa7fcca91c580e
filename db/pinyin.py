"""Pinyin of a name, so a clerk finds 深圳市宏图科技有限公司 by typing "szshtkj" or "hongtu".

pypinyin picks the reading from its phrase dictionary (重庆 → cq, 银行 → yh). Latin letters and
digits stay as typed (lower case); punctuation and brackets are dropped, as nobody types them.
"""

from __future__ import annotations

from functools import lru_cache

_LATIN = "\x00"  # marks a piece pypinyin left as it was (not Chinese): kept whole in the initials too


def _kept(text: str) -> str:
    return _LATIN + text


def _clean(part: str) -> str:
    return "".join(ch for ch in part.lower() if ch.isascii() and ch.isalnum())


# A name is spelled when it is written (its initials kept beside it) and again when the search index takes it in,
# in the same action; both the syllables and their initials come from one phrase look-up, the slow part of pypinyin
# (an import of 12 000 customers paid it three times a name).
@lru_cache(maxsize=32_768)
def _spelled(text: str) -> tuple[str, str]:
    # Imported here, when a name is first written: pypinyin's dictionaries take ~0.4 s and 56 MB to load, which
    # every process paid at start (`--version` included) though most never write a name.
    from pypinyin import Style, lazy_pinyin

    full: list[str] = []
    first: list[str] = []
    for part in lazy_pinyin(text or "", style=Style.NORMAL, errors=_kept):
        if part.startswith(_LATIN):
            kept = _clean(part[1:])
            full.append(kept)
            first.append(kept)
        else:
            syllable = _clean(part)
            full.append(syllable)
            first.append(syllable[:1])
    return "".join(full), "".join(first)


def initials(text: str) -> str:
    """The first letter of each syllable: 深圳市永盛 → "szsys"."""
    return _spelled(text)[1]


def full_pinyin(text: str) -> str:
    """Every syllable in full, without tones or spaces: 宏图 → "hongtu" (ü as "v", as typed on a keyboard)."""
    return _spelled(text)[0]
