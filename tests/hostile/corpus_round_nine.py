"""The hostile corpus, round nine: a project received from someone else, its databases and all.

Same shape as `corpus.CASES` (and run by the same test). An SQLite file carries SQL of its
own: a trigger runs inside every write workbench makes and can change any row of the file.
A shared or downloaded project whose `project.db` held one (`update segments set source =
...`, `delete from journal` after each target written) had it run by every `replace`, import
and save, in silence. A trigger workbench did not make, in `project.db`, `memory.db` or
`termbase.db`, is one line now, before anything is written; a view (which runs nothing when
workbench writes) is left alone.

`export --xliff` fills the project's XLIFF document from its copy in `sources/`, named by
`project.db`: a received project naming another file (`/home/me/other-client/contract.xlf`), or
holding a link in `sources/` to one, had that file copied into the export the user sends back.
Refused now, with one line.

A segment's other columns were typed by nothing: a confidence stored as text (`'high'`), a
blob as its similarity or its `changed_at` ended `export` and `segments --format json` in a
traceback. Triggers type them now, and a row written while another program had dropped them is
one line at the opening, naming the segment and the column.

The JSON columns of `project.db` (a segment's inline codes, a sentence's import findings, the
last check run) are read where they are used, not held by triggers: `codes = '{bad'` ended every
`export` in a traceback, a bad last run every `status`, bad findings `align`. One line now,
naming the table, the column and the row.

A person's comments in `project.toml` ("the client asked for this") were lost at the next
import, which writes the file anew (round eight's "still lands"): kept now.
"""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path

from tests.hostile.corpus import Case, Outcome, both, damages, writes, xliff

MEMORY_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"
 o-tmf="test" creationtool="test" creationtoolversion="1"/><body>
<tu><tuv xml:lang="en"><seg>The hall was full.</seg></tuv><tuv xml:lang="ru"><seg>Зал был полон.</seg></tuv></tu>
</body></tmx>
"""


def with_schema(database: str, *statements: str):  # type: ignore[no-untyped-def]
    """The project's `database` as another program left it: `statements` run on it."""

    def action(project: Path) -> None:
        conn = sqlite3.connect(str(project / database), isolation_level=None)
        try:
            for statement in statements:
                conn.execute(statement)
        finally:
            conn.close()

    return damages(action)


SEGMENT_RIDER = (
    "CREATE TRIGGER rider AFTER UPDATE OF target ON segments "
    "BEGIN UPDATE segments SET source = 'changed' WHERE id != new.id; DELETE FROM journal; END"
)
"""Each target written changes every other segment's source and empties the undo journal."""

REPLACE = ("replace", "{p}", "Библиотека", "Книжная")

UNTYPED = "DROP TRIGGER IF EXISTS segments_columns_typed_update"
UNTYPED_FINDINGS = "DROP TRIGGER IF EXISTS segment_findings_columns_typed_update"
"""What another program does first to store a value of another type (round six's way in)."""

ELSEWHERE = xliff('<trans-unit id="u1"><source>The other client pays 2,000,000.</source></trans-unit>')
"""An XLIFF file of the user's outside the project, which no export of it may read."""


def xliff_kept_elsewhere(how: str):  # type: ignore[no-untyped-def]
    """The project's XLIFF document imported, then its copy named (`how`: in project.db, or by
    a link in sources/) as a file outside the project."""

    def build(inputs: Path, project: Path) -> None:
        from workbench.core.ingest import import_xliff
        from workbench.core.project import Project

        (inputs / "doc.xlf").write_text(xliff(), "utf-8")
        (inputs / "elsewhere.xlf").write_text(ELSEWHERE, "utf-8")
        with Project.open(project) as opened:
            import_xliff(opened, inputs / "doc.xlf")
        conn = sqlite3.connect(str(project / "project.db"), isolation_level=None)
        try:
            (copy,) = conn.execute("select source_file from documents where kind = 'xliff'").fetchone()
            if how == "named":
                conn.execute("update documents set source_file = ? where kind = 'xliff'", (str(inputs / "elsewhere.xlf"),))
        finally:
            conn.close()
        if how == "linked":
            (project / copy).unlink()
            (project / copy).symlink_to(inputs / "elsewhere.xlf")
        Project.open(project).close()  # the listing in project.toml follows project.db at an opening

    return build


def text_document(inputs: Path, project: Path) -> None:
    """A document and its translation, aligned: sentences with their import findings."""
    from click.testing import CliRunner

    from workbench.cli import main

    (inputs / "en.txt").write_text("The club opened in 1923. It had a library.\n", "utf-8")
    (inputs / "ru.txt").write_text("Клуб открылся в 1923 году. В нём была библиотека.\n", "utf-8")
    done = CliRunner().invoke(main, ["import", str(project), "--source", str(inputs / "en.txt"),
                                     "--target", str(inputs / "ru.txt"), "--no-semantic"])
    assert done.exit_code == 0, done.output


def columns_typed_on_write(outcome: Outcome) -> None:
    """The triggers dropped by another program are back (every row was sound) and refuse its writes."""
    conn = sqlite3.connect(str(outcome.project / "project.db"), isolation_level=None)
    try:
        for write in ("UPDATE segments SET locked = 'yes' WHERE id = 1", "UPDATE segments SET source_from = 1.5 WHERE id = 1",
                      "INSERT INTO segments (document_id, seq, source, target, confidence) VALUES (1, 99, 'a', 'b', 'high')"):
            try:
                conn.execute(write)
            except sqlite3.IntegrityError as refused:
                assert "must be of their types" in str(refused)
            else:
                raise AssertionError(f"stored: {write}")
    finally:
        conn.close()


def nothing_written(outcome: Outcome) -> None:
    assert not (outcome.inputs / "out.xlf").exists()

COMMENTS = ("# Client: the museum. Deadline 1 March.", "# the client's house style", "# they asked")


def commented(project: Path) -> None:
    """Comments a person wrote: a heading, one above a table, one after a value."""
    config = project / "project.toml"
    config.write_text(
        f"{COMMENTS[0]}\n{config.read_text('utf-8')}\n{COMMENTS[1]}\n"
        f"[checks.length-ratio]\nenabled = false {COMMENTS[2]}\n",
        "utf-8",
    )


def comments_kept(outcome: Outcome) -> None:
    text = (outcome.project / "project.toml").read_text("utf-8")
    assert all(comment in text for comment in COMMENTS), text
    config = tomllib.loads(text)
    assert config["checks"] == {"length-ratio": {"enabled": False}}
    assert [document["name"] for document in config["documents"]] == ["pairs", "more"]


CASES: list[Case] = [
    Case("project-db-with-a-trigger-of-its-own", REPLACE, with_schema("project.db", SEGMENT_RIDER), 2,
         "holds a trigger workbench did not make (rider)"),
    Case("project-db-with-our-trigger-rewritten", REPLACE,
         with_schema("project.db", "DROP TRIGGER segments_generation_update",
                     "CREATE TRIGGER segments_generation_update AFTER UPDATE ON segments "
                     "BEGIN DELETE FROM journal; END"), 2,
         "holds a trigger workbench did not make (segments_generation_update)"),
    Case("project-db-with-a-view-still-opens", REPLACE,
         with_schema("project.db", "CREATE VIEW drafts AS SELECT id, source FROM segments WHERE status = 'draft'"), 0,
         "replaced 1 match"),
    Case("memory-db-with-a-trigger", ("memory", "import", "{p}", "{in}/m.tmx"),
         both(writes("m.tmx", MEMORY_TMX),
              with_schema("memory.db", "CREATE TRIGGER rider AFTER INSERT ON units BEGIN DELETE FROM units WHERE id != new.id; END")), 2,
         "holds a trigger workbench did not make (rider)"),
    Case("termbase-db-with-a-trigger", ("term", "add", "{p}", "--source", "reader", "--target", "читатель"),
         with_schema("termbase.db", "CREATE TRIGGER rider AFTER INSERT ON concepts BEGIN DELETE FROM terms; END"), 2,
         "holds a trigger the termbase did not make (rider)"),
    Case("xliff-original-named-outside-the-project", ("export", "{p}", "--xliff", "{in}/out.xlf"),
         xliff_kept_elsewhere("named"), 2, "outside the project's sources/ folder", handled=nothing_written),
    Case("xliff-original-a-link-out-of-sources", ("export", "{p}", "--xliff", "{in}/out.xlf"),
         xliff_kept_elsewhere("linked"), 2, "outside the project's sources/ folder", handled=nothing_written),
    Case("xliff-original-in-sources-still-exported", ("export", "{p}", "--xliff", "{in}/out.xlf"),
         xliff_kept_elsewhere("kept"), 0, "exported"),
    Case("project-db-codes-not-json", ("export", "{p}", "--tmx", "{in}/out.tmx", "--all"),
         with_schema("project.db", "UPDATE segments SET codes = '{bad' WHERE id = 1"), 2,
         "the codes of segments row 1 was written by another program"),
    Case("project-db-codes-of-another-shape", ("export", "{p}", "--tmx", "{in}/out.tmx", "--all"),
         with_schema("project.db", "UPDATE segments SET codes = '[1, 2]' WHERE id = 1"), 2,
         "the codes of segments row 1 was written by another program"),
    Case("project-db-last-check-run-not-json", ("status", "{p}"),
         with_schema("project.db", "INSERT INTO checks_last_run (ran_at, findings, total) VALUES ('2026', '[[[', 1)"), 2,
         "the findings of checks_last_run row 1 was written by another program"),
    Case("project-db-sentence-findings-of-another-shape", ("align", "{p}", "--no-semantic"),
         both(text_document, with_schema("project.db", "UPDATE sentences SET findings = '[1]'")), 2,
         "the findings of sentences row"),
    Case("segment-confidence-as-text", ("export", "{p}", "--tmx", "{in}/out.tmx", "--all"),
         with_schema("project.db", UNTYPED, "UPDATE segments SET confidence = 'high' WHERE id = 2"), 2,
         "row 2 of segments was written by another program and cannot be read (its confidence holds text)"),
    Case("segment-similarity-as-a-blob", ("segments", "{p}", "--format", "json"),
         with_schema("project.db", UNTYPED, "UPDATE segments SET similarity = x'00ff' WHERE id = 1"), 2,
         "(its similarity holds blob)"),
    Case("segment-changed-at-as-a-blob", ("export", "{p}", "--tmx", "{in}/out.tmx", "--all"),
         with_schema("project.db", UNTYPED, "UPDATE segments SET changed_at = x'00' WHERE id = 3"), 2,
         "(its changed_at holds blob)"),
    Case("finding-check-id-as-a-blob", ("segments", "{p}", "--format", "json"),
         with_schema("project.db", "INSERT INTO segment_findings (segment_id, \"check\", severity, side, start, \"end\", message) "
                     "VALUES (1, 'ocr-suspect', 'warning', 'source', 0, 1, 'odd')",
                     UNTYPED_FINDINGS, "UPDATE segment_findings SET \"check\" = x'00ff'"), 2,
         "of segment_findings was written by another program and cannot be read (its check holds blob)"),
    Case("comment-segment-id-as-text", ("comment", "list", "{p}"),
         with_schema("project.db", "INSERT INTO segment_comments (segment_id, author, text, created_at) "
                     "VALUES (1, 'editor', 'check this', '2026')",
                     "DROP TRIGGER IF EXISTS segment_comments_columns_typed_update",
                     "UPDATE segment_comments SET segment_id = 'first'"), 2,
         "of segment_comments was written by another program and cannot be read (its segment_id holds text)"),
    Case("sentence-text-as-a-blob", ("align", "{p}", "--no-semantic"),
         both(text_document, with_schema("project.db", "DROP TRIGGER IF EXISTS sentences_columns_typed_update",
                                         "UPDATE sentences SET text = x'00ff' WHERE side = 'source'")), 2,
         "of sentences was written by another program and cannot be read (its text holds blob)"),
    Case("segment-column-triggers-put-back", ("segments", "{p}", "--format", "json"),
         with_schema("project.db", UNTYPED), 0, '"position": 1', handled=columns_typed_on_write),
    Case("project-toml-with-comments", ("import", "{p}", "--tsv", "{in}/more.tsv"),
         both(damages(commented), writes("more.tsv", "The hall was full.\tЗал был полон.\n")), 0,
         "imported 'more'", handled=comments_kept),
]
