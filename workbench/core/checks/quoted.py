"""How a finding's message quotes what it names: bounded, so a hostile text cannot make a message
the size of the text.

A message is read in a table, a report and the findings panel, next to the segment it is about,
whose spans mark every character it names; the message says what the reader looks for. A URL
of 49,000 letters was quoted whole, twice (98,134 characters of `url-email`), and a segment of
1,000 links named each (45,876; hardening, round 29).
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.wording import Wording, phrase_n

MOST_CHARACTERS = 200
"""Characters of one quoted piece: more than a real address takes (the QA sets' longest in a
message has 91), and a longer one keeps its start (the site and the first folders) and its end
(the page, the anchor), where copying slips show."""
MOST_PIECES = 20
"""Pieces one message quotes; the rest are counted (as `untranslated-fragment` names words)."""


def cut(piece: str, most: int = MOST_CHARACTERS) -> str:
    """`piece`, cut in its middle with an ellipsis past `most` characters."""
    if len(piece) <= most:
        return piece
    head = most * 2 // 3
    return piece[:head] + "…" + piece[len(piece) - (most - head - 1):]


def quoted(piece: str) -> str:
    """`piece` `cut` and in quotation marks."""
    return f"“{cut(piece)}”"


def quoted_list(pieces: Iterable[str]) -> str | Wording:
    """The pieces, each `quoted`, at most `MOST_PIECES` of them and how many more."""
    shown = [quoted(piece) for piece in pieces]
    if len(shown) <= MOST_PIECES:
        return ", ".join(shown)
    more = len(shown) - MOST_PIECES
    return phrase_n("{shown} and {more} more", "{shown} and {more} more", more,
                    shown=", ".join(shown[:MOST_PIECES]), more=more)
