"""The hostile corpus, round eight: XLIFF segments whose names collide, and a project.toml
from a newer version, and what a person types that is longer than anyone types.

Same shape as `corpus.CASES` (and run by the same test). A project segment of an XLIFF
document is named after its unit, with `#mid` (1.2) or `#segment-id` (2.x, the position
when there is no id) when the unit holds several, and the export puts each target back by
that name. Unit ids used twice were refused (round one); names used twice inside a unit
or across units were imported, and the export then wrote one segment's target into both
(2.x) or left the first empty (1.2): a translation lost from the file sent back. Each is
one line now, the project unchanged.

Every import (and `term add`, and the app's settings) writes `project.toml` anew from what
this version reads of it: keys a newer version wrote there, or a person, were dropped in
silence. They are written back as they were.

A match number in `replace --form` written in digits `int` refuses ('²') or of over 4,300
digits ended in a ValueError traceback (the app's go-to too: `tests/core/test_translator_tools.py`).
A concordance phrase of thousands of words took a time quadratic in them (5,000 words of a
common one: 15 s of CPU; a page pasted into the app's input: the app stopped drawing); more
than `MAX_PHRASE_WORDS` are one line, in the app as on the command line.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from tests.hostile.corpus import XML_DECLARATION, Case, Outcome, both, damages, writes, xliff
from workbench.core.memory.concordance import MAX_PHRASE_WORDS


def xliff2(units: str) -> str:
    return (
        XML_DECLARATION + '<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ru">'
        f'<file id="f">{units}</file></xliff>\n'
    )


def segment(text: str, segment_id: str | None = None) -> str:
    named = f' id="{segment_id}"' if segment_id is not None else ""
    return f"<segment{named}><source>{text}</source></segment>"


NEWER_KEYS = """
review_policy = "two-pass"
reviewed_at = 2026-01-01T10:00:00Z
"""
NEWER_TABLES = """
[spelling]
dictionaries = ["ru_RU", "en_GB"]
strict = { numbers = true, dates = [1, 2] }
"""
"""Settings of a newer workbench (or a person's own), read by nothing here: keys before the
file's first table, a table after its last."""


def newer_settings(project: Path) -> None:
    config = project / "project.toml"
    config.write_text(NEWER_KEYS + config.read_text("utf-8") + NEWER_TABLES, "utf-8")


def newer_settings_kept(outcome: Outcome) -> None:
    config = tomllib.loads((outcome.project / "project.toml").read_text("utf-8"))
    expected = tomllib.loads(NEWER_KEYS + NEWER_TABLES)
    kept = {key: config.get(key) for key in expected}
    assert kept == expected, kept
    assert len(config["documents"]) == 2, "the import was listed"


CASES: list[Case] = [
    Case("xliff2-segment-id-twice", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", xliff2(f'<unit id="u">{segment("A.", "s")}{segment("B.", "s")}</unit>')), 2,
         "segment 'u#s' is named twice"),
    Case("xliff2-segment-id-like-a-position", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", xliff2(f'<unit id="u">{segment("A.", "2")}{segment("B.")}</unit>')), 2,
         "segment 'u#2' is named twice"),
    Case("xliff2-unit-named-like-a-segment", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", xliff2(f'<unit id="u">{segment("A.")}{segment("B.")}</unit><unit id="u#2">{segment("C.")}</unit>')), 2,
         "segment 'u#2' is named twice"),
    Case("xliff-mid-twice", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", xliff('<trans-unit id="1"><source>A. B.</source><seg-source>'
                               '<mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="1">B.</mrk></seg-source></trans-unit>')), 2,
         "segment '1#1' is named twice"),
    Case("xliff-marks-without-mid", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", xliff('<trans-unit id="1"><source>A. B.</source><seg-source>'
                               '<mrk mtype="seg">A.</mrk> <mrk mtype="seg">B.</mrk></seg-source></trans-unit>')), 2,
         "segment '1#' is named twice"),
    Case("xliff2-segments-named-and-numbered", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", xliff2(f'<unit id="u">{segment("A.", "s1")}{segment("B.")}</unit><unit id="v">{segment("C.")}</unit>')), 0,
         "3 segments"),
    Case("project-toml-from-a-newer-version", ("import", "{p}", "--tsv", "{in}/more.tsv"),
         both(damages(newer_settings), writes("more.tsv", "The hall was full.\tЗал был полон.\n")), 0,
         "imported 'more'", handled=newer_settings_kept),
    Case("replace-form-number-int-refuses", ("replace", "{p}", "Библиотека", "Книжная", "--dry-run", "--form", "²=x"),
         writes("unused", b""), 2, "--form takes N=TEXT"),
    Case("replace-form-number-of-5000-digits", ("replace", "{p}", "Библиотека", "Книжная", "--dry-run", "--form", "9" * 5000 + "=x"),
         writes("unused", b""), 2, "--form takes N=TEXT"),
    Case("concordance-of-a-page", ("memory", "search", "{p}", "library " * (MAX_PHRASE_WORDS + 1)),
         writes("unused", b""), 2, f"at most {MAX_PHRASE_WORDS} words, not {MAX_PHRASE_WORDS + 1}"),
    Case("concordance-of-a-long-phrase-still-searched", ("memory", "search", "{p}", "library " * MAX_PHRASE_WORDS),
         writes("unused", b""), 0, "not found"),
]
