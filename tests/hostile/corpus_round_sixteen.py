"""The hostile corpus, round sixteen: an XLIFF file sent back to update the document it came from.

Same shape as `corpus.CASES` (and run by the same test).

`import --xliff` of a file whose first `file` names a document of the project updates that
document's targets from the unit ids `export --xliff` wrote (`workbench/core/editing/returned.py`).
A unit id of digits Python reads but SQLite never numbers with (`²`, or 5,000 of them) ended the
command in a ValueError traceback; a target of 60,000 characters was stored, past the 50,000 an
import, the editor and `replace` allow. The first is a unit left out now, the second one line,
nothing changed.

An XLIFF 1.2 file holding a `file` of XLIFF 2.0 (or 1.1), or a `trans-unit` written without a
namespace, had those units passed over without a word, by an import as by an update: one line now
(`workbench/formats/xliff.py`, `_strays`). A source holding a control character (written by another
program) was never matched by its unit, which the export writes without it: compared clean now.

`term import` of a glossary whose concepts share one term named every concept on stderr: 100,000
ids in one 800 kB line. Five are named now, and how many more.

A `project.toml` that was a folder or a link to nothing was "not a workbench project (no
project.toml)", and a `project.db` that was a folder "has no project.db" (`corpus.py`'s
`db-is-a-folder`, reworded): the user looks for a file that is there. Each says what is there now.

A project named with a newline or a tab (`init --name`) broke every one-line output that shows the
name (`status`); the name is folded to one line now, as it is made and as it is read.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from tests.hostile.corpus import Case, Outcome, both, damages, writes

UNITS = (
    ("1", "The library opened in 1925.", "Библиотека открылась в 1925 году."),
    ("2", "Readers came on Sundays.", "Читатели приходили по воскресеньям."),
    ("3", "The trust paid for the books.", "Трест платил за книги."),
)
"""The template project's segments (`test_hostile_inputs.TEMPLATE_PAIRS`), as `export --xliff` numbers them."""


def returned(changes: dict[str, tuple[str, str]]) -> str:
    """The XLIFF `export --xliff` writes of the template project's document, sent back with
    `changes` (a unit's id: its new id and target)."""
    units = []
    for unit_id, source, target in UNITS:
        new_id, new_target = changes.get(unit_id, (unit_id, target))
        units.append(f'<trans-unit id="{new_id}"><source>{source}</source>'
                     f'<target state="translated">{new_target}</target></trans-unit>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            '<file original="pairs" datatype="plaintext" source-language="en" target-language="ru"><body>'
            + "\n".join(units) + "</body></file></xliff>\n")


def bell_in_source(segment: int):  # type: ignore[no-untyped-def]
    """A bell stored in a segment's source by another program (an import removes it; an XLIFF
    export leaves it out)."""

    def build(project: Path) -> None:
        with sqlite3.connect(project / "project.db") as db:
            db.execute("update segments set source = source || char(7) where id = ?", [segment])
        db.close()

    return damages(build)


def both_updated(outcome: Outcome) -> None:
    assert [str(segment["target"]) for segment in outcome.segments()][1:] == ["сдано"] * 2
    assert "left out" not in outcome.stderr, outcome.stderr


def left_out(unit: int):  # type: ignore[no-untyped-def]
    """The unit of that number was left out (counted, its segment unchanged); the others updated."""

    def check(outcome: Outcome) -> None:
        assert "1 unit left out" in outcome.stderr, outcome.stderr
        targets = [str(segment["target"]) for segment in outcome.segments()]
        assert targets[unit - 1] == UNITS[unit - 1][2]
        assert [t for i, t in enumerate(targets) if i != unit - 1] == ["сдано"] * 2, targets

    return check


IMPORT = ("import", "{p}", "--xliff", "{in}/returned.xlf")
TWO_DONE = {"2": ("2", "сдано"), "3": ("3", "сдано")}
"""Units 2 and 3 changed as a client changes them."""

HALF_AND_HALF = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
    '<file original="{name}" datatype="plaintext" source-language="en" target-language="ru"><body>'
    '<trans-unit id="1"><source>The library opened in 1925.</source><target>Библиотека открылась.</target></trans-unit>'
    '</body></file><file xmlns="urn:oasis:names:tc:xliff:document:2.0" id="f2" original="{name}">'
    '<unit id="2"><segment><source>Readers came on Sundays.</source><target>сдано</target></segment></unit>'
    "</file></xliff>\n"
)
"""A 1.2 file whose second `file` is XLIFF 2.0 (two files pasted together)."""
STRAY = "a <{local}> in the namespace {found}, not the file's urn:oasis:names:tc:xliff:document:1.2: its units would not be read"



def replaced(name: str, by: str):  # type: ignore[no-untyped-def]
    """The project's `name` taken away, and a folder or a link to nothing (`by`) left at its name."""

    def build(project: Path) -> None:
        (project / name).unlink()
        if by == "folder":
            (project / name).mkdir()
        else:
            os.symlink("elsewhere/" + name, project / name)

    return damages(build)


NOT_A_FILE = "its {name} is not a file (a folder, device, pipe, or a link to nothing)"

SHARED_TERM = "id,en,ru\n" + "".join(f"c{i},library,библиотека{i}\n" for i in range(2_000))
"""2,000 concepts under one English term."""


def short_note(outcome: Outcome) -> None:
    """The note names the shared term and a few of its concepts, not all 2,000."""
    assert "library (c0, c1, c10, c100, c1000 and 1995 more)" in outcome.stderr, outcome.stderr[:300]
    assert len(outcome.stderr) < 1_000, len(outcome.stderr)


def one_line_name(outcome: Outcome) -> None:
    """The name given with a newline and a tab is one line wherever it is shown and stored."""
    status = outcome.run("status", str(outcome.inputs / "new")).stdout
    assert "Clubs and libraries" in status.splitlines()[0], status
    assert 'name = "Clubs and libraries"' in (outcome.inputs / "new" / "project.toml").read_text("utf-8")


CASES: list[Case] = [
    Case("returned-xliff-unit-id-a-superscript-digit", IMPORT,
         writes("returned.xlf", returned({**TWO_DONE, "1": ("²", "сдано")})), 0,
         "2 of 3 units changed", left_out(1)),
    Case("returned-xliff-unit-id-of-five-thousand-digits", IMPORT,
         writes("returned.xlf", returned({**TWO_DONE, "1": ("1" * 5_000, "сдано")})), 0,
         "2 of 3 units changed", left_out(1)),
    Case("returned-xliff-unit-id-in-arabic-indic-digits", IMPORT,
         writes("returned.xlf", returned({**TWO_DONE, "1": ("١", "сдано")})), 0,
         "2 of 3 units changed", left_out(1)),
    Case("returned-xliff-target-of-sixty-thousand-characters", IMPORT,
         writes("returned.xlf", returned({"2": ("2", "сдано"), "3": ("3", "книги" * 12_000)})), 2,
         "returned.xlf: unit '3': its target is 60,000 characters long (a segment holds at most 50,000); "
         "nothing was changed"),
    Case("returned-xliff-half-1.2-half-2.0", IMPORT, writes("returned.xlf", HALF_AND_HALF.format(name="pairs")), 2,
         "line 2: " + STRAY.format(local="file", found="urn:oasis:names:tc:xliff:document:2.0")),
    Case("xliff-half-1.2-half-2.0-as-a-new-document", IMPORT, writes("returned.xlf", HALF_AND_HALF.format(name="doc")),
         2, "line 2: " + STRAY.format(local="file", found="urn:oasis:names:tc:xliff:document:2.0")),
    Case("returned-xliff-trans-unit-without-a-namespace", IMPORT,
         writes("returned.xlf", returned(TWO_DONE).replace('<trans-unit id="3">', '<trans-unit xmlns="" id="3">')), 2,
         "line 4: " + STRAY.format(local="trans-unit", found="none")),
    Case("returned-xliff-for-a-source-holding-a-bell", IMPORT,
         both(bell_in_source(3), writes("returned.xlf", returned(TWO_DONE))), 0, "3 of 3 units changed", both_updated),
    Case("term-import-of-thousands-of-concepts-under-one-term", ("term", "import", "{p}", "{in}/glossary.csv"),
         writes("glossary.csv", SHARED_TERM), 0, "imported 2000 concepts", short_note),
    Case("project-toml-a-folder", ("status", "{p}"), replaced("project.toml", "folder"), 2,
         NOT_A_FILE.format(name="project.toml")),
    Case("project-toml-a-link-to-nothing", ("status", "{p}"), replaced("project.toml", "link"), 2,
         NOT_A_FILE.format(name="project.toml")),
    Case("project-name-with-a-newline-and-a-tab", ("init", "{in}/new", "--name", "Clubs\nand\tlibraries"),
         writes("unused", b""), 0, "created project 'Clubs and libraries'", one_line_name),
]
