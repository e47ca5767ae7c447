"""Keys typed with the Russian (ЙЦУКЕН) layout on, read as the Latin keys in the same place.

A Russian translator types with the Russian layout on most of the day; the
terminal then sends `о` for the key the grid binds as `j`, `.` for the `/` of
find, `alt+п` for `alt+g`. Like vim's `langmap`, the app reads such a key as
the Latin key on the same place of the keyboard, so every binding stays
written once, in Latin, and the footer, F1 and the palette show it once.
The map applies only where a key is not text: a field that takes typing gets
the Cyrillic letter (`WorkbenchApp.on_key` runs after the focused widget
declined the key), and a key bound as it is keeps its own binding.

Ctrl keys need nothing: a terminal sends the control code of the key's place
(ctrl+s is 0x13 in either layout).

`.` and `,` are typed in both layouts, on different keys (the Russian `.` is the Latin `/`):
which key was pressed depends on the layout in use, which a terminal does not say. The last
letter typed does: `.` is read as `/` only after a Cyrillic letter (`SHARED`, `russian_letter`),
so a Latin-layout `.` no longer opened a find.
"""

from __future__ import annotations

from collections.abc import Container

RUSSIAN = "ёйцукенгшщзхъфывапролджэячсмитьбю.ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,"
"""The characters of the ЙЦУКЕН layout, key by key, unshifted then shifted."""
LATIN = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./~QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?"
"""The characters of the QWERTY layout on the same keys, in the same order."""

_KEY_NAMES = {
    "`": "grave_accent", "[": "left_square_bracket", "]": "right_square_bracket", ";": "semicolon",
    "'": "apostrophe", ",": "comma", ".": "full_stop", "/": "slash", "~": "tilde",
    "{": "left_curly_bracket", "}": "right_curly_bracket", ":": "colon", '"': "quotation_mark",
    "<": "less_than_sign", ">": "greater_than_sign", "?": "question_mark",
}
"""Textual's names of the punctuation keys (a letter's name is the letter)."""


def _key_name(character: str) -> str:
    return _KEY_NAMES.get(character, character)


LATIN_KEYS = {_key_name(russian): _key_name(latin) for russian, latin in zip(RUSSIAN, LATIN, strict=True)}
"""The Latin key of each Russian-layout key, by Textual's key names (`о` → `j`, `full_stop` → `slash`)."""


SHARED = frozenset({"full_stop", "comma"})
"""Keys both layouts type: read as the Latin key in their place only while the Russian layout is
in use (the last letter typed was Cyrillic)."""


def russian_letter(character: str | None) -> bool | None:
    """Whether a typed character says the Russian layout is on (True), the Latin one (False), or
    neither (not a letter of either)."""
    if not character or not character.isalpha():
        return None
    if character in RUSSIAN:
        return True
    return False if character in LATIN else None


def latin_key(key: str) -> str | None:
    """The Latin key on the place of a Russian-layout `key` (`о` → `j`, `alt+п` → `alt+g`), or None."""
    modifiers, plus, name = key.rpartition("+")
    latin = LATIN_KEYS.get(name)
    if latin is None:
        return None
    return f"{modifiers}{plus}{latin}"


def bound_as(key: str, bound: Container[str]) -> str | None:
    """The key as the `bound` keys know it: itself, its Latin twin, or None when neither is bound."""
    if key in bound:
        return key
    latin = latin_key(key)
    return latin if latin is not None and latin in bound else None
