"""The staff room's words on screen: the kinds of item, their states, how someone left."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject


def kind_name(kind: str) -> str:
    names = {
        "access_card": QCoreApplication.translate("staff", "Access card"),
        "key": QCoreApplication.translate("staff", "Keys"),
        "parking_permit": QCoreApplication.translate("staff", "Parking permit"),
    }
    return names.get(kind, kind)


def state_name(state: str) -> str:
    names = {
        "held": QCoreApplication.translate("staff", "Held"),
        "to_recover": QCoreApplication.translate("staff", "To recover"),
        "returned": QCoreApplication.translate("staff", "Returned"),
    }
    return names.get(state, state)


def leaving_names() -> dict[str, str]:
    return {
        "resigned": QCoreApplication.translate("staff", "Resigned"),
        "dismissed": QCoreApplication.translate("staff", "Dismissed"),
    }


def item_number(kind: str, number: str) -> str:
    """The card or permit number; for keys, how many."""
    if kind == "key" and number.isdigit():
        return KeyCount().text(int(number))
    return number


def item_text(kind: str, number: str, holder: str = "") -> str:
    text = f"{kind_name(kind)} {item_number(kind, number)}"
    return f"{text} ({holder})" if holder else text


class KeyCount(QObject):
    """How many keys, in words ("2 keys", "2 把"): a plural, which lupdate finds only in ``tr``."""

    def text(self, keys: int) -> str:
        return self.tr("%n key(s)", "", keys)
