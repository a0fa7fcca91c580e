"""Masking personal data (R16): ID numbers of persons and mainland mobiles, by the role that reads them."""

from __future__ import annotations

import pytest

from app.desk import Actor
from app.permissions import READING_ACTIONS, Action, Role, allowed
from app.privacy import (
    exported_phone,
    exports_mobiles,
    id_code_hidden,
    mask_id_number,
    mask_mobile,
    sees_id_numbers,
    shown_id_code,
)


def _actor(role: Role) -> Actor:
    return Actor(1, role.value, role.value, role)


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("110101199003071234", "110***********1234"),  # 18 characters: the first 3 and last 4 stay
        ("11010119900307123X", "110***********123X"),  # the check character may be X
        ("11010119900307123x", "110***********123x"),
        ("110101900307123", "110********7123"),  # the old 15-character number
        ("", ""),
        ("   ", ""),
        (" 110101199003071234 ", "110***********1234"),  # spaces around, as pasted
        ("110101 19900307 1234", "110***********1234"),  # spaces inside
        ("１１０１０１１９９００３０７１２３４", "110***********1234"),  # full-width digits typed in Chinese
        ("110101\u300019900307\u30001234", "110***********1234"),  # ideographic spaces
        ("E12345678", "E******78"),  # a passport number: at most a third shown
        ("A1234567", "********"),  # too short to show any of it
        ("1234", "****"),
        ("1", "*"),
        ("待补", "**"),  # not digits at all: still nothing of it shown
        ("1101011990030712345678", "110***************5678"),  # too long: still only 3 + 4
    ],
)
def test_id_numbers_are_masked(value: str, masked: str) -> None:
    assert mask_id_number(value) == masked


@pytest.mark.parametrize(
    "value",
    ["110101199003071234", "E12345678", "A1234567", "110101900307123", "１１０１０１１９９００３０７１２３４"],
)
def test_a_masked_id_number_never_shows_more_than_seven_characters_nor_more_than_a_third(value: str) -> None:
    shown = [ch for ch in mask_id_number(value) if ch != "*"]
    assert len(shown) <= 7 and len(shown) <= len(mask_id_number(value)) // 2


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("13812345678", "138****5678"),
        ("19912345678", "199****5678"),
        ("138 1234 5678", "138****5678"),  # split as people read it out
        ("138-1234-5678", "138****5678"),
        ("+86 13812345678", "+86 138****5678"),
        ("+86-138-1234-5678", "+86 138****5678"),
        ("8613812345678", "86 138****5678"),
        ("008613812345678", "0086 138****5678"),
        ("１３８１２３４５６７８", "138****5678"),  # full-width digits
        ("13812345678 / 0755-83212345", "138****5678 / 0755-83212345"),  # the landline beside it stays
        ("手机13812345678（白天）", "手机138****5678（白天）"),
        ("13812345678, 13987654321", "138****5678, 139****4321"),
        ("", ""),
        ("0755-83212345", "0755-83212345"),  # an office landline with its area code
        ("(0755) 8321 2345", "(0755) 8321 2345"),
        ("83212345", "83212345"),
        ("010-12345678", "010-12345678"),
        ("1381234567", "1381234567"),  # ten digits: not a mobile
        ("138123456789", "138123456789"),  # twelve: part of a longer number, not a mobile
        ("12812345678", "12812345678"),  # no mainland network starts 12
        ("0755-83212345-13812", "0755-83212345-13812"),  # an extension
        ("138****5678", "138****5678"),  # masked already
        ("n/a", "n/a"),
        ("   ", "   "),
    ],
)
def test_mainland_mobiles_are_masked_landlines_stay(value: str, masked: str) -> None:
    assert mask_mobile(value) == masked


def test_masking_twice_changes_nothing_more() -> None:
    for value in ("110101199003071234", "E12345678", "1234"):
        assert mask_id_number(mask_id_number(value)) == mask_id_number(value)
    assert mask_mobile(mask_mobile("+86 138 1234 5678")) == mask_mobile("+86 138 1234 5678")


def test_supervisor_and_manager_see_id_numbers_clerk_and_administrator_do_not() -> None:
    """R16: those who keep and lend the dossiers (supervisor) and approve (manager) see them; the clerk reveals."""
    assert {r for r in Role if allowed(r, Action.SEE_ID_NUMBERS)} == {Role.SUPERVISOR, Role.MANAGER}
    assert {r for r in Role if sees_id_numbers(_actor(r))} == {Role.SUPERVISOR, Role.MANAGER}
    assert not sees_id_numbers(None)


def test_only_the_manager_exports_mobiles_unmasked() -> None:
    assert {r for r in Role if exports_mobiles(_actor(r))} == {Role.MANAGER}
    assert not exports_mobiles(None)


def test_desk_roles_may_reveal_the_administrator_may_not() -> None:
    assert {r for r in Role if allowed(r, Action.REVEAL_PERSONAL_DATA)} == {Role.CLERK, Role.SUPERVISOR, Role.MANAGER}


def test_seeing_is_reading_revealing_is_not() -> None:
    """Seeing and exporting are allowed on a read-only file; a reveal writes its audit line, so it is not."""
    assert {Action.SEE_ID_NUMBERS, Action.EXPORT_MOBILES} <= READING_ACTIONS
    assert Action.REVEAL_PERSONAL_DATA not in READING_ACTIONS


@pytest.mark.parametrize(
    ("role", "kind", "shown"),
    [
        (Role.CLERK, "person", "110***********1234"),
        (Role.ADMIN, "person", "110***********1234"),
        (None, "person", "110***********1234"),
        (Role.SUPERVISOR, "person", "110101199003071234"),
        (Role.MANAGER, "person", "110101199003071234"),
        # A company's unified social credit code is on its business licence for all to read: never masked.
        (Role.CLERK, "company", "110101199003071234"),
        (None, "company", "110101199003071234"),
    ],
)
def test_an_id_code_is_shown_as_the_role_may_see_it(role: Role | None, kind: str, shown: str) -> None:
    actor = _actor(role) if role else None
    assert shown_id_code(actor, kind, "110101199003071234") == shown
    assert id_code_hidden(actor, kind, "110101199003071234") == (shown != "110101199003071234")


def test_an_empty_id_number_hides_nothing() -> None:
    assert not id_code_hidden(_actor(Role.CLERK), "person", "")


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        (Role.CLERK, "138****5678"),
        (Role.SUPERVISOR, "138****5678"),
        (Role.ADMIN, "138****5678"),
        (None, "138****5678"),
        (Role.MANAGER, "13812345678"),
    ],
)
def test_an_exported_mobile_is_masked_unless_the_role_may_export_it(role: Role | None, shown: str) -> None:
    actor = _actor(role) if role else None
    assert exported_phone(actor, "13812345678") == shown
    assert exported_phone(actor, "0755-83212345") == "0755-83212345"
