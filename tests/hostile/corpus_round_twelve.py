"""The hostile corpus, round twelve: short damaged files, a line end taken for debris, notes and
checklists of a size no one writes.

Same shape as `corpus.CASES` (and run by the same test).

A file that is not valid UTF-8 was refused when its valid words outnumbered its bad bytes, or when
five words showed UTF-8 mixed with a code page; a one-line TSV with a surrogate written as CESU had
one Russian word and three bad bytes, so it was read as cp1251 and its Russian stored as mojibake.
Three Russian (or Greek) letters in a row as UTF-8 now mark the file damaged UTF-8
(`workbench/core/ingest/encoding.py`). NEL (U+0085) was removed with the other C1 controls and
glued the words it stood between; it is a space now (`termbase/safetext.py`). A received glossary's
5 MB usage note went into every finding on its term; a note of a termbase is at most 10,000
characters (`termbase/store.py`). A `rules.toml` of 10^5 rules made every `check` take 8.8 s of CPU;
at most 10,000 rules now (`workbench/core/checks/rules.py`). A received `project.db` whose text
column holds other bytes was "SQLite refused (...); if it happens again, report this line" (and
ended the app): it is said as what it is (`database_refusal.py`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.hostile.corpus import (
    Case,
    Outcome,
    both,
    damages,
    generated,
    stored_sources_end_with,
    stored_targets,
    writes,
)

TSV = ("import", "{p}", "--tsv", "{in}/pairs.tsv")
NOTE = " ".join(["Use it for the building, not for the society."] * 110_000)
"""5 MB of prose."""
TBX_WITH_A_USAGE_NOTE = """<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>a client</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="club"><langSec xml:lang="en"><termSec><term>club</term></termSec></langSec>
<langSec xml:lang="ru"><termSec><term>клуб</term><note>{note}</note></termSec></langSec></conceptEntry>
</body></text></tbx>
"""


def tbx_with_a_long_usage_note() -> bytes:
    return TBX_WITH_A_USAGE_NOTE.format(note=NOTE).encode()


def rules(count: int) -> str:
    return "".join(f'[[rule]]\nid = "r{n}"\nmessage = "m"\ntarget_forbidden = "word{n}x"\n\n' for n in range(count))


def target_of_other_bytes(project: Path) -> None:
    """Another program's write: `cast(x'..' as text)` stores any bytes in a text column."""
    conn = sqlite3.connect(project / "project.db")
    conn.execute("update segments set target = cast(x'd0bfff20c3' as text) where id = (select min(id) from segments)")
    conn.commit()
    conn.close()


def glossary_unchanged(outcome: Outcome) -> None:
    listed = outcome.run("term", "list", str(outcome.project)).stdout
    assert "библиотека" in listed and "клуб" not in listed, listed


CASES: list[Case] = [
    Case("tsv-one-line-with-a-cesu-surrogate", TSV,
         writes("pairs.tsv", "The club \ud800 opened.\tКлуб.\n".encode("utf-8", "surrogatepass")), 2,
         "pairs.tsv: is not valid UTF-8 (invalid byte 0xed at offset 9)"),
    Case("tsv-one-line-with-an-overlong-slash", TSV,
         writes("pairs.tsv", b"The club opened in 19\xc0\xaf23.\t" + "Клуб.\n".encode()), 2,
         "is not valid UTF-8 (invalid byte 0xc0 at offset 21)"),
    Case("text-next-line-between-words", ("import", "{p}", "--source", "{in}/doc.en.txt"),
         writes("doc.en.txt", "The club opened in 1923.\n\nThe end came\x85soon.\n"), 0, "imported",
         stored_sources_end_with(["The club opened in 1923.", "The end came soon."])),
    Case("tsv-next-line-between-words", TSV,
         writes("pairs.tsv", "Workers\x85came.\tРабочие\x85пришли.\nThe end.\tКонец.\n"), 0, "imported",
         stored_targets(["Рабочие пришли.", "Конец."])),
    Case("tbx-usage-note-of-five-megabytes", ("term", "import", "{p}", "{in}/glossary.tbx"),
         generated("glossary.tbx", tbx_with_a_long_usage_note), 2,
         f"concept club: its usage note is {len(NOTE):,} characters long (at most 10,000)", glossary_unchanged),
    Case("csv-definition-of-twenty-thousand-characters", ("term", "import", "{p}", "{in}/glossary.csv"),
         writes("glossary.csv", "id,en,ru,definition\nclub,club,клуб," + "x" * 20_000 + "\n"), 2,
         "concept club: its definition is 20,000 characters long (at most 10,000)", glossary_unchanged),
    Case("term-add-usage-note-too-long",
         ("term", "add", "{p}", "--source", "club", "--target", "клуб", "--usage-note", "клуб=" + "y" * 10_001),
         writes("unused", ""), 2, "its usage note is 10,001 characters long (at most 10,000)", glossary_unchanged),
    Case("rules-toml-of-ten-thousand-and-one-rules", ("check", "{p}"),
         both(writes("unused", ""), lambda inputs, project: (project / "rules.toml").write_text(rules(10_001), "utf-8")),
         2, "rules.toml: more than 10,000 rules"),
    Case("project-db-target-not-utf8", ("segments", "{p}"), damages(target_of_other_bytes), 2,
         "a text in the database is not UTF-8 (another program wrote it); restore the file from a backup"),
    Case("project-db-target-not-utf8-check", ("check", "{p}"), damages(target_of_other_bytes), 2,
         "a text in the database is not UTF-8"),
]
