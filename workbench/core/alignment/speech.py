"""How many sentences a segment holds: a quoted speech that the import keeps whole.

The import keeps a quotation in one segment, so an English speech of four or five sentences
("What? It can, if it likes. Here, I will give it a cracknel biscuit. ...") is one segment,
while the translation may print each of its sentences as a line of dialogue of its own. The
aligner pairs such a segment with the lines it reads best against and may leave the others
unpaired beside it: read as one long text, the speech hardly reads better for one short line
more («Эх вы-и…», «А ты молчи!»). What the segment holds says how many lines it may take.

Only the form is read (a stop, then a capital), never the words, so that any language written
with these marks is read alike; the alignment core cannot use the import's splitter (it lies
above it), and needs no more than a count.
"""

from __future__ import annotations

import regex

_STOP = regex.compile(
    r"(\p{L}*)[.!?…]+[\"'”»’)\]]*\s+[\"'“«„‘(\[]*(?:[—–-]+\s*)?(?=\p{Lu})"
)
"""A stop inside a text that may end a sentence: a run of stops, the quotes and brackets it
closes, a space, then (past any quote or dialogue dash that opens the next) a capital. The
word before the stop is kept, to tell an abbreviation (`_ABBREVIATION`)."""

_ABBREVIATION = regex.compile(r"\p{L}|[^aeiouyаеёиоуыэюяAEIOUYАЕЁИОУЫЭЮЯ]+")
"""A word before a stop that makes it no sentence's end: a single letter (an initial, «г.»), or
a word of consonants only (an abbreviation: "Mr.", "Mrs.", "Dr.", "St.", «стр.»). Words
with a vowel ("Yes.", "Ivan.", but also «ул.») end their sentence: a count a little high is
harmless where it is read (`aligner._widened_speeches` asks for an unpaired line beside too)."""


def held_sentences(text: str) -> int:
    """How many sentences `text` holds: one, and one more for each stop inside it that ends a
    sentence (`_STOP`, not after an `_ABBREVIATION`). A stop after "?" or "!" always counts."""
    held = 1
    for stop in _STOP.finditer(text.strip()):
        word = stop.group(1)
        ends = stop.group(0)[len(word)]
        if ends != "." or not word or not _ABBREVIATION.fullmatch(word):
            held += 1
    return held
