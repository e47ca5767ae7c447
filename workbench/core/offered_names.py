"""The names an error offers when a name given is not found: the closest first, a few at most.

"The project has no document named 'x' (it has: …)" listed every document of the project; at
thousands of documents the list was cut at 300 characters, somewhere in the middle of a name,
in the project's order, saying nothing of what was left out (hardening, round 39's left item).
An error now names at most `OFFERED` of them, those closest to the name given first (a
typo's intended name leads; `rapidfuzz`'s ratio, in C: `difflib` took 4.7 s of CPU over 100,000
names alike, this 0.02 s), then the rest in their own order, each cut to `OFFERED_CHARS`, and
says how many more there are.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process

from workbench.wording import Wording, phrase_n

OFFERED = 6
"""The most names one error offers."""
OFFERED_CHARS = 40
"""The most characters of one name an error quotes: six such names, quoted, stay within the 300
characters an error quotes of one value (`errors.QUOTED_CHARS`), which would cut the list."""
_MATCHED_CHARS = 200
"""The characters of a name compared: the time grows with both lengths."""


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
    close = [names[index] for _match, _score, index in
             process.extract(given[:_MATCHED_CHARS], names, scorer=fuzz.ratio, limit=OFFERED, score_cutoff=50,
                             processor=lambda name: name[:_MATCHED_CHARS])] if given else []
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

