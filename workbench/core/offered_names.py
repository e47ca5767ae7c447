"""The names an error offers when a name given is not found: the closest first, a few at most.

"The project has no document named 'x' (it has: …)" listed every document of the project; at
thousands of documents the list was cut at 300 characters, somewhere in the middle of a name,
in the project's order, saying nothing of what was left out (hardening, round 39's left item).
An error now names at most `OFFERED` of them, the ones `difflib` finds closest to the name
given first (a typo's intended name leads), then the rest in their own order, each cut to
`OFFERED_CHARS`, and says how many more there are.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from workbench.wording import Wording, phrase_n

OFFERED = 6
"""The most names one error offers."""
OFFERED_CHARS = 40
"""The most characters of one name an error quotes: six such names, quoted, stay within the 300
characters an error quotes of one value (`errors.QUOTED_CHARS`), which would cut the list."""
_MATCHED_CHARS = 200
"""The characters of a name `difflib` compares: its time grows with both lengths."""


def offered_names(names: Sequence[str], given: str = "") -> str | Wording:
    """`names` as an error lists them, quoted and comma-separated: all of them when they are
    `OFFERED` or fewer, else the `OFFERED` closest to `given` (in their own order when no name
    is close) and "… and N more"; "-" for none."""
    if len(names) <= OFFERED:
        return ", ".join(_quoted(name) for name in names) or "-"
    shown = _closest(names, given)
    listed = ", ".join(_quoted(name) for name in shown)
    more = len(names) - len(shown)
    return phrase_n("{names} … and {count} more", "{names} … and {count} more", more,
                    names=listed, count=more)


def _closest(names: Sequence[str], given: str) -> list[str]:
    """The `OFFERED` names to show: those closest to `given` first, then the first others."""
    clipped = {name[:_MATCHED_CHARS]: name for name in reversed(names)}  # the first name of a clipped form
    close = [clipped[match] for match in
             difflib.get_close_matches(given[:_MATCHED_CHARS], list(clipped), n=OFFERED, cutoff=0.5)] if given else []
    chosen = set(close)
    for name in names:
        if len(close) == OFFERED:
            break
        if name not in chosen:
            close.append(name)
            chosen.add(name)
    return close


def _quoted(name: str) -> str:
    return repr(name if len(name) <= OFFERED_CHARS else name[: OFFERED_CHARS - 1] + "…")

