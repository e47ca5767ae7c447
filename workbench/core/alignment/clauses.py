"""The clauses at a sentence's edges: what a piece of a cut sentence is read against.

A translator who cuts a long period into several sentences cuts it at its clauses, and
keeps their order: the first piece of the translation of a sentence renders its first
clause, the last piece its last. Where two such cut sentences meet, which sentence a
boundary piece belongs to shows in which of the two clauses beside the boundary it
renders (the last clause of the one, the first of the other), far more than in how it
reads against either whole sentence, of which it is a fifth.

Clauses are parted by punctuation only (semicolon, colon, brackets, dashes, quotation
marks), so that any language written with these marks is read alike; a part of fewer
than `MIN_CLAUSE_WORDS` words is read with its neighbour.
"""

from __future__ import annotations

import regex

CLAUSE_BREAK = regex.compile(r"\s*(?:[;:()\[\]]|—|–|--|[“”\"«»„]|(?<!\w)['‘’]|['‘’](?!\w))\s*")
"""Where a clause ends: the marks a writer parts clauses and quoted speech with. A comma
is not one (it parts a list as often), nor an apostrophe inside a word."""

MIN_CLAUSE_WORDS = 3
"""A part shorter than this (an "Oh!", a "said the Duck") is read with its neighbour:
alone it says too little to be matched."""


def clauses(text: str) -> list[str]:
    """`text`'s clauses in order (the whole text where it has one, or none with a word)."""
    parts = [part for part in CLAUSE_BREAK.split(text) if regex.search(r"\w", part)]
    out: list[str] = []
    for part in parts:
        if out and len(out[-1].split()) < MIN_CLAUSE_WORDS:
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    if len(out) > 1 and len(out[-1].split()) < MIN_CLAUSE_WORDS:
        last = out.pop()
        out[-1] = f"{out[-1]} {last}"
    return out or [text]


def edge_clauses(text: str) -> tuple[str, str]:
    """`text`'s first and last clause (the same where it has one)."""
    found = clauses(text)
    return found[0], found[-1]


PART_BREAK = regex.compile(r"\s*(?:,(?!\s*\d)|[;:()\[\]]|—|–|--|[“”\"«»„])\s*")
"""Where a sentence's outermost part ends, for `edge_parts`: the clause marks and the
comma, which parts off an interjection or an address («Увы, я всегда любил...») and
the opening words of a period cut after them; not a comma before a number, which lists
numbers («RAID 0, 1, 4, 5, 6 и 10 уровня»)."""


def edge_parts(text: str) -> tuple[str, str]:
    """`text`'s first and last part, however short (the whole text where it has one).

    Finer than `edge_clauses`: a translator who renders the opening word of a period
    ("Alas!" for «Увы,») or the postscript mark ("P.S.--" for «P. S.») as a sentence of
    its own leaves a piece that matches that word alone, which a clause of three words
    or more drowns."""
    parts = [part for part in PART_BREAK.split(text) if regex.search(r"\w", part)]
    return (parts[0], parts[-1]) if parts else (text, text)
