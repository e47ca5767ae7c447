"""A message as a template and its values, so each face can say it in its own language.

The core speaks English (CLI output, JSON, HTML reports stay stable for
scripts), but the TUI follows the interface language. So a check (or an
edit that refuses) does not only format its message: it keeps the msgid
(`worded`, `worded_n` for messages whose form depends on a number, `phrase`
for a translatable piece inside another) and the values, and a face renders
them through its own gettext. The msgids are extracted from
`workbench/core/checks` and `workbench/core/editing/edits.py` into the same
catalogue as the TUI's (`tests/tui/test_i18n.py` checks every one is
translated).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Gettext = Callable[[str], str]
Ngettext = Callable[[str, str, int], str]


def N_(message: str) -> str:
    """Mark a msgid for extraction where it is passed on untranslated."""
    return message


def _english(message: str) -> str:
    return message


def _english_n(singular: str, plural: str, count: int) -> str:
    return singular if count == 1 else plural


@dataclass(frozen=True)
class Wording:
    """A message template (a msgid), its values, and for plurals the plural msgid and count."""

    template: str
    values: tuple[tuple[str, Any], ...] = ()
    plural: str | None = None
    count: int = 1

    def render(self, gettext: Gettext = _english, ngettext: Ngettext = _english_n) -> str:
        """The message in the language `gettext` speaks (English by default); nested
        `Wording` values (phrases) are rendered the same way."""
        template = gettext(self.template) if self.plural is None else ngettext(self.template, self.plural, self.count)
        return template.format(**{key: _say(value, gettext, ngettext) for key, value in self.values})


def _say(value: Any, gettext: Gettext, ngettext: Ngettext) -> Any:
    """One value of a message as it is said: phrases rendered, lists of them joined.

    A module function, not a closure in `render`: a closure that calls itself is a
    reference cycle, left to the garbage collector on every message rendered (a check
    run renders tens of thousands).
    """
    if isinstance(value, Wording):
        return value.render(gettext, ngettext)
    quoted = getattr(value, "wording", None) if isinstance(value, BaseException) else None
    if quoted is not None:  # a worded error quoted inside another
        return quoted.render(gettext, ngettext)
    if isinstance(value, tuple):  # several phrases, as a list: "a double space; a space at the end"
        return "; ".join(str(_say(item, gettext, ngettext)) for item in value)
    return value


def phrase(template: str, **values: Any) -> Wording:
    """A translatable piece of a message ("a full stop", "only 40% of the usual length")."""
    return Wording(template, tuple(values.items()))


def phrase_n(singular: str, plural: str, n: int, /, **values: Any) -> Wording:
    """A translatable piece whose form depends on `n` ("segment 3", "segments 3, 5")."""
    return Wording(singular, tuple(values.items()), plural, n)


def worded(template: str, **values: Any) -> dict[str, Any]:
    """`message` and `wording` arguments for a `Finding`: the English text and how to say it again."""
    wording = phrase(template, **values)
    return {"message": wording.render(), "wording": wording}


def worded_n(singular: str, plural: str, count: int, /, **values: Any) -> dict[str, Any]:
    """`worded` for a message whose form depends on `count` (`{count}` is among the values)."""
    wording = phrase_n(singular, plural, count, count=count, **values)
    return {"message": wording.render(), "wording": wording}


def segments_phrase(positions: list[int], most: int = 5) -> Wording:
    """`segment 3`, `segments 3, 5, 8 and 2 more`: positions as a phrase with its plural."""
    shown = ", ".join(str(p) for p in positions[:most])
    if len(positions) > most:
        return phrase_n("segments {shown} and {more} more", "segments {shown} and {more} more",
                        len(positions) - most, shown=shown, more=len(positions) - most)
    return phrase_n("segment {shown}", "segments {shown}", len(positions), shown=shown)
