"""The hostile corpus, round two: terminal control, markup, destroyed outputs, deep files.

Same shape as `corpus.CASES` (and run by the same test): each case names its
input, the real CLI command, and the outcome. The classes:

* text from files never reaches the terminal raw (ESC, C1, bidi overrides), on
  any output path, and is cleaned on every import path;
* text is never parsed as Rich markup; CSV reports neutralise formulas;
* outputs never replace a database, its WAL/SHM companions or a device, and
  leave no temporary files behind;
* bad TBX/CSV (encodings, nesting, over-long cells) and broken listed termbases
  are one line with exit code 2; a foreign SQLite file is left byte for byte;
* a dangling link in `sources/`, a directory given as a file: one line;
* `project.toml` follows `project.db` after a kill between their writes;
* long memory queries and large term imports stay well under the time limit.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import random
import shutil
import sqlite3
import stat
from pathlib import Path

from tests.hostile.corpus import (
    EN,
    GOOD_TBX,
    TU,
    Case,
    Check,
    Outcome,
    both,
    concept_entry,
    damages,
    fifo,
    generated,
    imported,
    tbx,
    tmx,
    writes,
)

# Characters that must never reach a terminal raw: ESC, BEL, CSI/OSC in 8-bit form,
# NEL, and the bidi override and isolate that reorder a line ("Trojan source").
RAW_CONTROLS = ("\x1b", "\x07", "\x9b", "\x9d", "\x85", "\u202e", "\u2066")
OSC_TITLE = "\x1b]2;PWNED\x07"
"""Sets the terminal window's title: the payload of most cases."""
CLEAR = "\x1b[2J\x1b[H"
"""Clears the screen."""


def nothing_raw(text: str, where: str) -> None:
    for char in RAW_CONTROLS:
        assert char not in text, f"{where} printed {char!r} raw: {text[-400:]!r}"


def printed_safely(*commands: tuple[str, ...]) -> Check:
    """Each follow-up command (with `{p}` for the project) prints nothing raw, table and JSON alike."""

    def check(outcome: Outcome) -> None:
        for command in commands:
            args = [part.replace("{p}", str(outcome.project)) for part in command]
            result = outcome.run(*args)
            assert result.code in (0, 1), (args, result.code, result.stderr)
            nothing_raw(result.stdout + result.stderr, " ".join(command))

    return check


def all_of(*checks: Check) -> Check:
    def check(outcome: Outcome) -> None:
        for one in checks:
            one(outcome)

    return check


def stored_clean(outcome: Outcome) -> None:
    """No control character or bidi override in any text column of any project database."""
    for name in ("project.db", "memory.db", "termbase.db"):
        path = outcome.project / name
        if not path.is_file():
            continue
        conn = sqlite3.connect(path)
        try:
            tables = [row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")]
            for table in tables:
                if table.startswith(("sqlite_", "_sqlite")) or "_fts" in table or table.endswith("_vocab"):
                    continue
                for row in conn.execute(f'select * from "{table}"'):
                    for value in row:
                        if isinstance(value, str):
                            for char in RAW_CONTROLS:
                                assert char not in value, f"{name}:{table} stored {char!r}: {value!r}"
        finally:
            conn.close()


def config_clean(outcome: Outcome) -> None:
    """project.toml names nothing with terminal control (its document list is shown by status)."""
    nothing_raw((outcome.project / "project.toml").read_text("utf-8"), "project.toml")


def sources_named_clean(outcome: Outcome) -> None:
    """The copies in sources/ are named without terminal control (status and the TUI list them)."""
    for copy in (outcome.project / "sources").iterdir():
        nothing_raw(copy.name, "sources/")


def raw_targets_in_the_database(project: Path) -> None:
    """Text written by an older version (or another tool) straight into project.db.

    Every import path cleans now; what is already stored must still be shown safely.
    """
    conn = sqlite3.connect(project / "project.db")
    conn.execute(
        "update segments set target = ? where id = (select min(id) from segments)",
        (f"Библиотека {OSC_TITLE}открылась [/] [link=x:y]тут[/link] \u202eв 1925\u202c году.\x9b31m",),
    )
    conn.execute(
        "update segments set target = ? where id = (select max(id) from segments)",
        (f"{CLEAR}Трест платил\x85 за книги [bold].",),
    )
    conn.commit()
    conn.close()


def formulas_neutralised(outcome: Outcome) -> None:
    report = outcome.run("check", str(outcome.project), "--format", "csv", "--fail-on", "never").stdout
    rows = list(csv.reader(io.StringIO(report)))
    assert len(rows) > 1, report
    for row in rows[1:]:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), row
    assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row), rows
    assert any(cell.startswith("'@SUM") for row in rows for cell in row), rows


def termbase_of(rows: str):  # type: ignore[no-untyped-def]
    """Concepts in the project's own termbase, imported as a user would."""

    def build(inputs: Path, project: Path) -> None:
        from click.testing import CliRunner

        from workbench.cli import main

        (inputs / "terms.csv").write_text(rows, "utf-8")
        result = CliRunner().invoke(main, ["term", "import", str(project), str(inputs / "terms.csv")])
        assert result.exit_code == 0, result.output

    return build


def copy_of_project_db(name: str):  # type: ignore[no-untyped-def]
    def build(inputs: Path, project: Path) -> None:
        conn = sqlite3.connect(project / "project.db")
        conn.execute("pragma wal_checkpoint(truncate)")
        conn.close()
        shutil.copy(project / "project.db", inputs / name)

    return build


def other_database_unchanged(name: str) -> Check:
    """The other database still opens with its rows (a refusal must not touch it)."""

    def check(outcome: Outcome) -> None:
        conn = sqlite3.connect(outcome.inputs / name)
        try:
            assert conn.execute("select count(*) from segments").fetchone()[0] > 0
        finally:
            conn.close()

    return check


FOREIGN = "foreign.db"


def foreign_sqlite(inputs: Path, project: Path) -> None:
    """An invoice database in rollback-journal mode, listed as a termbase by mistake."""
    conn = sqlite3.connect(project / FOREIGN)
    conn.execute("create table invoices (id integer primary key, amount real)")
    conn.execute("insert into invoices (amount) values (12.5)")
    conn.commit()
    conn.close()
    (inputs / "foreign.sha256").write_text(hashlib.sha256((project / FOREIGN).read_bytes()).hexdigest())
    list_termbase(FOREIGN)(project)


def foreign_untouched(outcome: Outcome) -> None:
    expected = (outcome.inputs / "foreign.sha256").read_text()
    assert hashlib.sha256((outcome.project / FOREIGN).read_bytes()).hexdigest() == expected
    assert not (outcome.project / f"{FOREIGN}-wal").exists()


def list_termbase(entry: str):  # type: ignore[no-untyped-def]
    def action(project: Path) -> None:
        config = project / "project.toml"
        config.write_text(
            config.read_text("utf-8").replace("termbases = []", f"termbases = [{json.dumps(entry)}]"), "utf-8"
        )

    return action


def listed_file(name: str, data: str | bytes):  # type: ignore[no-untyped-def]
    def action(project: Path) -> None:
        (project / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        list_termbase(name)(project)

    return action


def dangling_source_link(project: Path) -> None:
    (project / "sources" / "doc.en.txt").symlink_to(project / "no-such-file")


def still_a_device(outcome: Outcome) -> None:
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode), "/dev/null was replaced by a regular file"


def no_temporary_files(outcome: Outcome) -> None:
    left = [p.name for p in outcome.inputs.iterdir() if p.name.endswith(".tmp")]
    assert not left, f"temporary files left behind: {left}"
    assert (outcome.inputs / "out.tsv").is_file()


def stale_temporary(inputs: Path, project: Path) -> None:
    """What an export killed mid-write left: a temporary file naming a process that is gone."""
    (inputs / ".out.tsv.999999999.abc123.tmp").write_text("half a file")


def ghost_document_listed(project: Path) -> None:
    """A kill after project.toml listed an import but before project.db committed it."""
    config = project / "project.toml"
    config.write_text(
        config.read_text("utf-8")
        + '\n[[documents]]\nname = "ghost"\nkind = "tsv"\nsource = "sources/ghost.tsv"\nimported = "2026-01-01T00:00:00Z"\n',
        "utf-8",
    )


def listing_matches_database(outcome: Outcome) -> None:
    import tomllib

    listed = [d["name"] for d in tomllib.loads((outcome.project / "project.toml").read_text("utf-8"))["documents"]]
    status = json.loads(outcome.run("status", str(outcome.project), "--format", "json").stdout)
    assert listed == [d["name"] for d in status["documents"]], (listed, status["documents"])
    assert len(listed) == len(set(listed)), listed


def memory_of_many_words(inputs: Path, project: Path) -> None:
    """A memory where each of 2,000 rare words occurs in a few units: a long query finds them all."""
    from workbench.core.memory.store import TranslationMemory
    from workbench.core.project.store import Project

    words = _rare_words(2000)
    lines = [f"{' '.join(words[i:i + 6])}.\tперевод {i}" for i in range(0, len(words), 3)]
    (inputs / "many.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    with Project.open(project) as opened, TranslationMemory.for_project(opened) as tm:
        tm.import_file(inputs / "many.tsv")


def _rare_words(count: int) -> list[str]:
    rng = random.Random(2000)
    letters = "bcdfghjklmnpqrstvwxz"
    return ["".join(rng.choice(letters) + rng.choice("aeiou") for _ in range(4)) for _ in range(count)]


def forty_thousand_concepts() -> bytes:
    rows = "".join(f"t{i},club number {i},клуб номер {i}\n" for i in range(40_000))
    return ("id,en,ru\n" + rows).encode()


def concept_count(expected: int) -> Check:
    def check(outcome: Outcome) -> None:
        listing = json.loads(outcome.run("term", "list", str(outcome.project), "--format", "json").stdout)
        assert len(listing) == expected

    return check


def deep_groups_tbx() -> bytes:
    depth = 200_000
    entry = (
        '<conceptEntry id="deep">' + "<descripGrp>" * depth + "</descripGrp>" * depth
        + '<langSec xml:lang="en"><termSec><term>club</term></termSec></langSec>'
        + '<langSec xml:lang="ru"><termSec><term>клуб</term></termSec></langSec></conceptEntry>'
    )
    return tbx(entry).encode()


def deep_note_tbx() -> bytes:
    depth = 200_000
    entry = concept_entry("deep", "club", "клуб").replace(
        "</conceptEntry>", "<note>" + "<hi>" * depth + "x" + "</hi>" * depth + "</note></conceptEntry>"
    )
    return tbx(entry).encode()


TERM_IMPORT = ("term", "import", "{p}", "{in}/t.tbx")
CSV_IMPORT = ("term", "import", "{p}", "{in}/t.csv")
TMX_IMPORT = ("import", "{p}", "--tmx", "{in}/m.tmx")
SOURCE = ("import", "{p}", "--source", "{in}/doc.en.txt")
EVERY_VIEW = (
    ("segments", "{p}"), ("segments", "{p}", "--format", "json"), ("status", "{p}"),
    ("check", "{p}", "--fail-on", "never"), ("check", "{p}", "--format", "json", "--fail-on", "never"),
    ("term", "list", "{p}"), ("term", "list", "{p}", "--format", "json"),
    ("memory", "list", "{p}"),
)
MEMORY_VIEWS = (
    ("memory", "lookup", "{p}", "The reading room was full."),
    ("memory", "lookup", "{p}", "The reading room was full.", "--format", "json"),
    ("memory", "search", "{p}", "reading"), ("memory", "search", "{p}", "зал"),
    ("memory", "search", "{p}", "reading", "--format", "json"),
)

TMX_WITH_CONTROLS = tmx(
    TU.format(en="The reading room\u0085 was \u202efull\u202c.", ru="Читальный\u009b31m зал был \u2066полон\u2069.")
    + TU.format(en="The club opened in 1923.", ru="Клуб открылся в 1923 году.")
)
CSV_WITH_CONTROLS = (
    "id,en,ru,note,definition,subject\n"
    f"c\x1b[31mlub,club,клуб,{CLEAR}a note,\u202emeaning\u202c,\x9dlabour\x9c history\n"
)

CASES: list[Case] = [
    # Terminal control, on import and on every output path.
    Case("text-ansi-colour-and-bell-in-a-short-note", SOURCE,
         writes("doc.en.txt", "The \x1b[31mred\x1b[0m club rang\x07 a bell.\n"), 0, "imported",
         all_of(stored_clean, printed_safely(*EVERY_VIEW))),
    Case("text-escape-sequences-once-dense", SOURCE, writes("doc.en.txt", "The \x1b[2J\x1b[H\x07club\x08 opened.\n"), 0,
         "imported", stored_clean),
    Case("text-control-characters-throughout", SOURCE,
         writes("doc.en.txt", "The\x07\x07\x07\x07 club\x08\x08\x08 opened\x01\x02\x03\x04.\n"), 2,
         "binary file (control characters)"),
    Case("tmx-c1-controls-and-bidi-overrides", TMX_IMPORT, writes("m.tmx", TMX_WITH_CONTROLS), 0, "2 segments",
         all_of(stored_clean, printed_safely(*EVERY_VIEW))),
    Case("memory-tmx-c1-controls-and-bidi-overrides", ("memory", "import", "{p}", "{in}/m.tmx"),
         writes("m.tmx", TMX_WITH_CONTROLS), 0, "2 units", all_of(stored_clean, printed_safely(*MEMORY_VIEWS))),
    Case("memory-tsv-terminal-escapes", ("memory", "import", "{p}", "{in}/m.tsv"),
         writes("m.tsv", f"The reading {OSC_TITLE}room was full.\tЧитальный {CLEAR}зал был полон.\n"), 0, "1 unit\n",
         all_of(stored_clean, printed_safely(*MEMORY_VIEWS))),
    Case("csv-controls-in-id-note-definition-subject", CSV_IMPORT, writes("t.csv", CSV_WITH_CONTROLS), 0,
         "imported 1 concept", all_of(stored_clean, printed_safely(*EVERY_VIEW, ("term", "find", "{p}", "the club")))),
    Case("tbx-bidi-override-in-a-term", TERM_IMPORT, writes("t.tbx", tbx(concept_entry("h1", "club\u202e", "клуб"))), 2,
         "contains a control character"),
    Case("tbx-c1-control-in-a-term", TERM_IMPORT, writes("t.tbx", tbx(concept_entry("h1", "cl\u009bub", "клуб"))), 2,
         "contains a control character"),
    Case("stored-escapes-and-markup-shown-safely", ("segments", "{p}", "--format", "json"), damages(raw_targets_in_the_database),
         0, "[link=x:y]тут[/link]",
         printed_safely(*EVERY_VIEW, ("memory", "lookup", "{p}", "The library opened in 1925."),
                        ("memory", "search", "{p}", "библиотека"))),
    Case("file-name-with-escapes", ("import", "{p}", "--source", f"{{in}}/doc{OSC_TITLE}.en.txt"),
         writes(f"doc{OSC_TITLE}.en.txt", EN), 0, "imported",
         all_of(stored_clean, config_clean, sources_named_clean,
                printed_safely(("status", "{p}"), ("status", "{p}", "--format", "json")))),
    Case("project-name-with-escapes", ("init", "{in}/new", "--name", f"Clubs{OSC_TITLE}\u202e"), writes("unused", b""), 0, "",
         lambda outcome: (nothing_raw(outcome.run("status", str(outcome.inputs / "new")).stdout, "status"),
                          nothing_raw((outcome.inputs / "new" / "project.toml").read_text("utf-8"), "project.toml"))),
    Case("comment-with-escapes-and-markup", ("comment", "add", "{p}", "1", f"check [/] {OSC_TITLE}this\u202e term", "--author", f"ed{CLEAR}"),
         imported("The hall was full.\tЗал был полон.\n"), 0, "comment 1 on segment 1",
         all_of(stored_clean, printed_safely(("comment", "list", "{p}"), ("comment", "list", "{p}", "--format", "json")))),
    Case("memory-named-with-escapes", ("memory", "import", "{p}", "{in}/m.tsv", "--name", f"history{OSC_TITLE}\u202e"),
         writes("m.tsv", "The reading room was full.\tЧитальный зал был полон.\n"), 0, "1 unit\n",
         all_of(stored_clean, printed_safely(("memory", "list", "{p}"), *MEMORY_VIEWS))),
    Case("refusal-quoting-escapes", ("import", "{p}", "--source", f"{{in}}/missing{OSC_TITLE}.txt"), writes("unused", b""), 2,
         "no such file", lambda outcome: nothing_raw(outcome.stderr, "the error line")),
    # Markup is never parsed.
    Case("check-inconsistent-target-quoting-markup", ("check", "{p}", "--fail-on", "never"),
         imported("The hall was full.\t[/] Зал был полон.\nThe hall was full.\t[link=x:y]Зал[/link] был [bold]полон.\n"), 0,
         "[/]", lambda outcome: nothing_raw(outcome.stdout, "check")),
    Case("check-accepted-reason-with-markup", ("check", "accept", "{p}", "--segment", "4", "--check", "punctuation-end",
                                               "--reason", f"[/] [link=x:y]ok[/link] {OSC_TITLE}"),
         imported("The hall was full.\tЗал был полон\n"), 0, "[link=x:y]ok[/link]",
         all_of(lambda outcome: nothing_raw(outcome.stdout, "check accept"), stored_clean,
                printed_safely(("check", "accepted", "{p}"), ("check", "accepted", "{p}", "--format", "json")))),
    # CSV reports.
    Case("check-csv-formulas-in-every-column", ("check", "{p}", "--format", "csv", "--fail-on", "never"),
         both(imported('=HYPERLINK("http://x","click")\t-2+3 клуб\n+club\t@SUM(A1)\n'),
              termbase_of("id,en,ru\n@SUM(A1),club,клуб\n")),
         0, "segment,check", formulas_neutralised),
    # Outputs never destroy anything.
    Case("check-report-over-another-database", ("check", "{p}", "--format", "csv", "-o", "{in}/other.db"),
         copy_of_project_db("other.db"), 2, "is a database", other_database_unchanged("other.db")),
    Case("check-report-over-the-termbase-wal", ("check", "{p}", "-o", "{p}/termbase.db-wal"), writes("unused", b""), 2,
         "is one of the project's own files"),
    Case("export-over-the-termbase-wal", ("export", "{p}", "--tsv", "{p}/termbase.db-wal", "--all"), writes("unused", b""), 2,
         "is one of the project's own files"),
    Case("export-over-another-databases-wal", ("export", "{p}", "--tsv", "{in}/other.db-wal", "--all"),
         copy_of_project_db("other.db"), 2, "belongs to the database other.db"),
    Case("term-export-over-a-database-named-csv", ("term", "export", "{p}", "{in}/other.csv"),
         copy_of_project_db("other.csv"), 2, "is a database"),
    Case("export-to-a-named-pipe", ("export", "{p}", "--tsv", "{in}/pipe", "--all"), fifo("pipe"), 2,
         "is not a regular file", isolation="subprocess"),
    Case("check-report-to-a-named-pipe", ("check", "{p}", "-o", "{in}/pipe"), fifo("pipe"), 2,
         "is not a regular file", isolation="subprocess"),
    Case("term-export-to-a-named-pipe", ("term", "export", "{p}", "{in}/pipe.csv"), fifo("pipe.csv"), 2,
         "is not a regular file", isolation="subprocess"),
    Case("export-to-dev-null-streams", ("export", "{p}", "--tmx", "/dev/null", "--all"), writes("unused", b""), 0,
         "exported", still_a_device),
    Case("check-report-to-dev-null-streams", ("check", "{p}", "--format", "html", "-o", "/dev/null"), writes("unused", b""), 0,
         "", still_a_device),
    Case("export-after-a-killed-export", ("export", "{p}", "--tsv", "{in}/out.tsv", "--all"), stale_temporary, 0,
         "exported", no_temporary_files),
    # One line for bad termbase files, never a traceback.
    Case("tbx-unknown-encoding", TERM_IMPORT, writes("t.tbx", GOOD_TBX.replace("UTF-8", "x-no-such")), 2,
         "an encoding that cannot be read"),
    Case("tbx-utf7", TERM_IMPORT, writes("t.tbx", GOOD_TBX.replace("UTF-8", "UTF-7")), 2, "an encoding that cannot be read"),
    Case("tbx-deeply-nested-groups", TERM_IMPORT, generated("t.tbx", deep_groups_tbx), 2, "nested too deeply",
         isolation="subprocess"),
    Case("tbx-deeply-nested-note", TERM_IMPORT, generated("t.tbx", deep_note_tbx), 2, "nested too deeply",
         isolation="subprocess"),
    Case("tbx-groups-nested-as-deep-as-real-files-go", TERM_IMPORT,
         writes("t.tbx", tbx(concept_entry("g1", "club", "клуб").replace(
             '<langSec xml:lang="en">', "<descripGrp>" * 100 + "</descripGrp>" * 100 + '<langSec xml:lang="en">', 1))),
         0, "imported 1 concept"),
    Case("csv-header-cell-over-the-field-limit", CSV_IMPORT, writes("t.csv", "id,en," + "r" * 200_000 + "\nc1,club,клуб\n"), 2,
         "field larger than field limit"),
    Case("config-lists-a-tbx-of-unknown-encoding", ("check", "{p}"),
         damages(listed_file("bad.tbx", GOOD_TBX.replace("UTF-8", "x-no-such"))), 2, "bad.tbx: the XML declares"),
    Case("config-lists-a-csv-with-an-over-long-header", ("check", "{p}"),
         damages(listed_file("bad.csv", "id,en," + "r" * 200_000 + "\n")), 2, "bad.csv: malformed CSV"),
    Case("config-lists-a-foreign-sqlite-file", ("check", "{p}"), foreign_sqlite, 2, "is an SQLite file but not a termbase",
         foreign_untouched),
    # Files where files belong.
    Case("import-over-a-dangling-link-in-sources", SOURCE, both(writes("doc.en.txt", EN), damages(dangling_source_link)), 2,
         "is a link or not a regular file"),
    Case("term-import-a-directory", ("term", "import", "{p}", "{in}/t.csv"),
         lambda inputs, project: (inputs / "t.csv").mkdir(), 2, "is a directory"),
    Case("check-report-into-a-directory", ("check", "{p}", "-o", "{in}"), writes("unused", b""), 2, "is a directory"),
    Case("export-into-a-directory", ("export", "{p}", "--tmx", "{in}"), writes("unused", b""), 2, "is a directory"),
    # Crash consistency and growth.
    Case("listing-of-a-killed-import", ("import", "{p}", "--tsv", "{in}/ghost.tsv"),
         both(writes("ghost.tsv", "a\tб\n"), damages(ghost_document_listed)), 0, "imported 'ghost': 1 segment\n", listing_matches_database),
    Case("memory-lookup-with-2000-distinct-words", ("memory", "lookup", "{p}", " ".join(_rare_words(2000))),
         memory_of_many_words, 0, "no matches"),
    Case("term-import-40000-concepts", ("term", "import", "{p}", "{in}/t.csv"), generated("t.csv", forty_thousand_concepts), 0,
         "imported 40000 concepts", concept_count(40_001), isolation="subprocess"),
]
