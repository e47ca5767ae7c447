"""The hostile corpus, round thirteen: what a client's XLIFF brings besides its segments.

Same shape as `corpus.CASES` (and run by the same test).

An XLIFF import stored its sources, targets and notes as read: bidi overrides and C1 controls
(which XML 1.0 allows, unlike ESC) reached `project.db` and every export made from it, where
every other import removes them. A unit's notes had no length cap, and they are kept on each of
the unit's segments: a 1 MB file of one unit with a 1 MB note and 200 `mrk` segments stored
192 MB. Sources, targets and notes are now cleaned as TMX units are, a unit's notes hold at most
10,000 characters and a file's stored notes at most 16 MB (`workbench/core/ingest/importing.py`).
"""

from __future__ import annotations

import sqlite3

from tests.hostile.corpus import Case, Outcome, generated, writes, xliff

XLIFF = ("import", "{p}", "--xliff", "{in}/client.xlf")
HIDDEN = "\u202e\u2066\u009b31m\u0090"
"""A right-to-left override, an isolate, a C1 escape sequence and a C1 control: all legal in XML 1.0."""


def stored_notes(outcome: Outcome) -> list[str]:
    with sqlite3.connect(outcome.project / "project.db") as conn:
        return [row[0] for row in conn.execute("select message from segment_findings where \"check\" = 'xliff-note'")]


def nothing_hidden_stored(outcome: Outcome) -> None:
    segments = outcome.segments()[-1:]  # the template's segments come first
    assert [(s["source"], s["target"]) for s in segments] == [("The club opened.", "Клуб открылся.")]
    assert stored_notes(outcome) == ["Keep the name."]


def unit_with_many_segments(segments: int, note_chars: int) -> bytes:
    marks = "".join(f'<mrk mtype="seg" mid="{n}">Sentence {n}.</mrk> ' for n in range(segments))
    note = "n" * note_chars
    return xliff(f'<trans-unit id="1"><source>x</source><seg-source>{marks}</seg-source><note>{note}</note></trans-unit>').encode()


CASES: list[Case] = [
    Case("xliff-bidi-and-c1-controls-in-source-target-and-note", XLIFF,
         writes("client.xlf", xliff(
             f'<trans-unit id="1"><source>The{HIDDEN} club opened.</source>'
             f'<target state="translated">Клуб{HIDDEN} открылся.</target><note>Keep the{HIDDEN} name.</note></trans-unit>'
         )), 0, "imported 'client'", nothing_hidden_stored),
    Case("xliff-note-of-six-megabytes", XLIFF,
         generated("client.xlf", lambda: unit_with_many_segments(1, 6_000_000)), 2,
         "client.xlf: the notes of unit 1#0 are 6,000,000 characters long (at most 10,000)"),
    Case("xliff-note-kept-on-two-thousand-segments", XLIFF,
         generated("client.xlf", lambda: unit_with_many_segments(2_000, 9_000)), 2,
         "client.xlf: its notes, kept on every segment of their unit, come to over 16,777,216 characters"),
]
