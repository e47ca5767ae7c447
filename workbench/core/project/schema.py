"""The project database schema and its migrations.

The schema only ever moves forward through named migrations, so a project made
by an older workbench opens in a newer one. A database that has migrations we
do not know was made by a newer workbench: we refuse to touch it rather than
guess.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from termbase.migration_set import MigrationSet
from workbench.core.project.integrity import (
    GENERATION_TRIGGERS,
    TYPED_TRIGGERS,
    refuse_damaged_rows,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

migrations = MigrationSet("workbench.project")
"""Opening a project for a read (`workbench status`, `segments`) never imports
sqlite-utils: `MigrationSet` reads what a file has with one query."""


@migrations(name="m001_initial")
def m001_initial(db: Database) -> None:
    """Documents, their paragraphs and sentences per side, segments and import findings.

    `sentences.findings` keeps the import findings of each sentence (JSON) so
    that re-alignment can carry them onto whatever segment the sentence lands in.
    """
    db.table("documents").create(
        {
            "id": int,
            "seq": int,
            "name": str,
            "kind": str,
            "source_file": str,
            "target_file": str,
            "source_encoding": str,
            "target_encoding": str,
            "imported_at": str,
        },
        pk="id",
        not_null={"seq", "name", "kind", "imported_at"},
    )
    db.table("paragraphs").create(
        {"id": int, "document_id": int, "side": str, "seq": int, "text": str, "original": str},
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"document_id", "side", "seq", "text"},
    )
    db.table("paragraphs").create_index(["document_id", "side", "seq"], unique=True)
    db.table("sentences").create(
        {
            "id": int,
            "document_id": int,
            "side": str,
            "seq": int,
            "paragraph_id": int,
            "text": str,
            "findings": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("paragraph_id", "paragraphs", "id")],
        not_null={"document_id", "side", "seq", "text"},
    )
    db.table("sentences").create_index(["document_id", "side", "seq"], unique=True)
    db.table("segments").create(
        {
            "id": int,
            "document_id": int,
            "seq": float,
            "source": str,
            "target": str,
            "status": str,
            "confidence": float,
            "source_from": int,
            "source_to": int,
            "target_from": int,
            "target_to": int,
            "locked": int,
            "changed_at": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"document_id", "seq", "source", "target", "status", "locked"},
        defaults={"target": "", "status": "draft", "locked": 0},
    )
    db.table("segments").create_index(["document_id", "seq"])
    db.table("segment_findings").create(
        {
            "id": int,
            "segment_id": int,
            "check": str,
            "severity": str,
            "side": str,
            "start": int,
            "end": int,
            "message": str,
            "suggestion": str,
        },
        pk="id",
        foreign_keys=[("segment_id", "segments", "id")],
        not_null={"segment_id", "check", "severity", "side", "message"},
    )
    db.table("segment_findings").create_index(["segment_id"])
    db.table("journal").create(
        {
            "id": int,
            "action": str,
            "removed": str,
            "added": str,
            "undone": int,
            "at": str,
        },
        pk="id",
        not_null={"action", "removed", "added", "undone", "at"},
        defaults={"undone": 0},
    )


@migrations(name="m_checks_acceptances")
def m_checks_acceptances(db: Database) -> None:
    """Findings an editor accepted as false positives (`workbench check accept`).

    Keyed by segment, check and concept ('' when none); `text_hash` fingerprints
    the segment's source and target, so an acceptance is silent only while the
    text it was given for is unchanged. No foreign key on purpose: re-alignment
    deletes and recreates segments, and a stale acceptance simply never matches.
    """
    db.table("check_acceptances").create(
        {
            "id": int,
            "segment_id": int,
            "check": str,
            "concept": str,
            "text_hash": str,
            "reason": str,
            "accepted_at": str,
        },
        pk="id",
        not_null={"segment_id", "check", "concept", "text_hash", "reason", "accepted_at"},
        defaults={"concept": ""},
    )
    db.table("check_acceptances").create_index(["segment_id", "check", "concept"], unique=True)


@migrations(name="m_alignment_meaning")
def m_alignment_meaning(db: Database) -> None:
    """Sentence vectors kept for re-alignment, and each pair's meaning similarity.

    `embeddings` is keyed by the encoder's name and a hash of the sentence
    text (`alignment_meaning.text_key`), not by sentence id: an edited or
    re-imported sentence with the same text reuses its vector, and another
    encoder never reads a vector it did not make. `segments.similarity` is the
    cosine the aligner saw for the pair, shown beside its confidence so that a
    reviewer sees why a pair is weak (NULL where meaning was not read).
    """
    db.table("embeddings").create(
        {"encoder": str, "key": str, "vector": bytes},
        pk=("encoder", "key"),
        not_null={"encoder", "key", "vector"},
    )
    db.table("segments").add_column("similarity", float)


@migrations(name="m_editing_sessions_and_generation")
def m_editing_sessions_and_generation(db: Database) -> None:
    """Undo that knows where it stands: who made each edit, and a counter of segment changes.

    `journal.session` names the opening of the project that made the edit, so
    undo never silently reaches back into an earlier session (NULL: an edit
    from before sessions were recorded, which counts as an earlier one).

    `segments_generation` is bumped by triggers on every insert, update and
    delete of a segment, whoever writes (the TUI, `workbench align` in another
    terminal): an open TUI compares it with what it last saw and reloads.
    """
    db.table("journal").add_column("session", str)
    db.execute("create table segments_generation (id integer primary key check (id = 1), generation integer not null)")
    db.execute("insert into segments_generation (id, generation) values (1, 0)")
    for statement in GENERATION_TRIGGERS.values():
        db.execute(statement)


@migrations(name="m_checks_last_run")
def m_checks_last_run(db: Database) -> None:
    """What the last full check run found, so `status` after `check` reports it.

    One row per run (only the latest is kept): when it ran and its open
    findings by check id (JSON), accepted findings already left out.
    """
    db.table("checks_last_run").create(
        {"id": int, "ran_at": str, "findings": str, "total": int},
        pk="id",
        not_null={"ran_at", "findings", "total"},
    )


@migrations(name="m016_inline_codes_and_unit_ids")
def m016_inline_codes_and_unit_ids(db: Database) -> None:
    """The markup behind a segment's placeholders, and the id of the unit it came from.

    `codes` is an `InlineCodes` as JSON (NULL for plain text): what TMX and
    XLIFF inline elements were, so an export writes them back unchanged.
    `unit_id` is the XLIFF `trans-unit`/`unit` id (with the segment's `mid`
    or id when a unit holds several), which an XLIFF export fills in.
    `untranslatable` is 1 for a unit its file marks `translate="no"`: kept so
    the file stays whole, but its target is not to be edited.
    """
    db.table("segments").add_column("codes", str)
    db.table("segments").add_column("unit_id", str)
    db.table("segments").add_column("untranslatable", int, not_null_default=0)


@migrations(name="m_pretranslation_match")
def m_pretranslation_match(db: Database) -> None:
    """Which targets pre-translation filled from the memory, and at what score.

    `segments.prefilled` is the score (50-100) of the memory match a
    pre-translation put into an empty target, NULL for a target a person
    wrote. The grid marks such a draft (`TM 100`, `TM 87`) until it is
    confirmed, so a reviewer sees what no person has read yet.
    """
    db.table("segments").add_column("prefilled", int)


@migrations(name="m_review_revisions")
def m_review_revisions(db: Database) -> None:
    """The translator's version of a target an editor changed (tracked changes).

    When a confirmed (translated or reviewed) target is changed, the text it
    had when it was confirmed is kept here once, with who confirmed it
    (`status`); later edits by the editor leave that row alone, so the review
    view always compares the translator's version with the editor's current
    one. No foreign key: re-alignment recreates segments, and a revision of a
    segment gone is simply never shown. Undo of the edit takes the row back
    out (it is written in the same transaction, see `review.record_revision`).
    """
    db.table("review_revisions").create(
        {"segment_id": int, "original": str, "original_status": str, "revised_at": str},
        pk="segment_id",
        not_null={"segment_id", "original", "original_status", "revised_at"},
    )

@migrations(name="m_segment_comments")
def m_segment_comments(db: Database) -> None:
    """Comments on segments: an editor's note for the translator, open until resolved.

    No foreign key on purpose, as for acceptances: undo and re-alignment
    delete and recreate segment rows (ids are kept, #14), and a comment on a
    segment that is gone is simply never shown. `resolved_at` is NULL while
    the comment is open.
    """
    db.table("segment_comments").create(
        {
            "id": int,
            "segment_id": int,
            "author": str,
            "text": str,
            "created_at": str,
            "resolved_at": str,
            "resolved_by": str,
        },
        pk="id",
        not_null={"segment_id", "author", "text", "created_at"},
    )
    db.table("segment_comments").create_index(["segment_id"])


@migrations(name="m_segments_typed")
def m_segments_typed(db: Database) -> None:
    """Segments hold only what every command can read: text sources and targets, a known status.

    An ordinary SQLite table takes any value in any column, so a script or the `sqlite3`
    shell could store a number or a blob as a target, or a status no workbench knows, and
    then `segments`, `check` and `export` each ended in a traceback (hardening round five).
    These triggers refuse such a write from any program, with one message; a STRICT table
    would too, but only by rebuilding the table and everything that refers to it.
    """
    for name in ("segments_typed_insert", "segments_typed_update"):
        db.execute(TYPED_TRIGGERS[name])


@migrations(name="m_rows_checked")
def m_rows_checked(db: Database) -> None:
    """Rows the typed-segments triggers came too late for, and documents typed the same way.

    `m_segments_typed` kept wrong-typed rows out from then on, but rows written before it
    (or while another program had dropped the triggers) were still read, and a document
    name stored as a blob ended every command, `status` included, in a traceback (hardening
    round six). One scan refuses such a database with a line naming the row (the migration
    is then not recorded, so every open says so until the row is corrected); opening checks
    the triggers are still there (`integrity.check_database`).
    """
    ((path,),) = db.execute("select file from pragma_database_list where name = 'main'").fetchall()
    refuse_damaged_rows(db.conn, Path(path))
    for name in ("documents_typed_insert", "documents_typed_update"):
        db.execute(TYPED_TRIGGERS[name])


@migrations(name="m_segment_columns_typed")
def m_segment_columns_typed(db: Database) -> None:
    """The other columns of a segment, and those of a stored finding, a comment and a sentence,
    typed like a segment's text (`integrity.COLUMN_TYPES`).

    A confidence, a sentence range, a `changed_at` or a document id of another type, stored by
    another program, ended `export`, `align`, `segments --format json` or `stats` in a traceback
    (hardening round nine). As in `m_rows_checked`: one scan refuses a database already holding
    such a row, naming it; then triggers refuse such a write from any program.
    """
    ((path,),) = db.execute("select file from pragma_database_list where name = 'main'").fetchall()
    refuse_damaged_rows(db.conn, Path(path))
    for table in ("segments", "segment_findings", "segment_comments", "sentences"):
        for event in ("insert", "update"):
            db.execute(TYPED_TRIGGERS[f"{table}_columns_typed_{event}"])


@migrations(name="m_paragraphs_and_order_typed")
def m_paragraphs_and_order_typed(db: Database) -> None:
    """A paragraph's columns and a document's place, typed like the rest (`integrity.COLUMN_TYPES`).

    Text stored as `documents.seq` by another program ended the next `import` in a traceback
    (hardening round ten); as in `m_segment_columns_typed`, one scan refuses a database already
    holding such a row, then triggers refuse such a write from any program.
    """
    ((path,),) = db.execute("select file from pragma_database_list where name = 'main'").fetchall()
    refuse_damaged_rows(db.conn, Path(path))
    for table in ("paragraphs", "documents"):
        for event in ("insert", "update"):
            db.execute(TYPED_TRIGGERS[f"{table}_columns_typed_{event}"])


FOLDER_NAMESPACE = uuid.UUID("5d0c4f6e-2f1b-4c57-9a43-0b8e5b1f7a21")
"""The namespace of the identities derived for folders made before `m_folder_identity`."""


@migrations(name="m_folder_identity")
def m_folder_identity(db: Database) -> None:
    """The folder's identity: what tells a team server this folder's segments from another's.

    A team project's units are keyed by segment id, which only copies of one folder share: two
    folders made apart and joined to one team `project` overwrote each other's units segment by
    segment (usersweep7). The identity is written once, here, and travels with `project.db`, so
    every copy of the folder (`cp -r`, a synced share) carries it and shares its units, as before.

    A new folder (no document yet) gets a random UUID. A folder made by an older workbench may
    have copies on other machines that already share a memory, each upgraded on its own; its
    identity is therefore derived from what every copy holds and a folder made apart does not:
    its first document as imported (name, files and the second it was imported).
    """
    first = db.execute(
        "select name, kind, source_file, target_file, imported_at from documents order by id limit 1"
    ).fetchone()
    if first is None:
        folder = uuid.uuid4()
    else:
        folder = uuid.uuid5(FOLDER_NAMESPACE, json.dumps(list(first), ensure_ascii=False))
    db.execute("create table folder_identity (id integer primary key check (id = 1), folder text not null)")
    db.execute("insert into folder_identity (id, folder) values (1, ?)", (str(folder),))


@migrations(name="m_sense_answers")
def m_sense_answers(db: Database) -> None:
    """A translator's answers about term occurrences: another sense of the word here, or the term
    (`workbench.core.checks.senses`). Each keeps the text it was given for (the side, the span,
    the target) so its context can be worked out again; no foreign key, as for acceptances: a
    re-aligned segment's answers keep their text and still apply by context."""
    db.table("sense_answers").create(
        {
            "id": int,
            "segment_id": int,
            "concept": str,
            "other_sense": int,
            "side": str,
            "text": str,
            "start": int,
            "end": int,
            "target": str,
            "rendering": str,
            "answered_at": str,
        },
        pk="id",
        not_null={"segment_id", "concept", "other_sense", "side", "text", "start", "end", "target",
                  "rendering", "answered_at"},
        defaults={"rendering": ""},
    )
    db.table("sense_answers").create_index(["concept"])


@migrations(name="m_review_verdicts")
def m_review_verdicts(db: Database) -> None:
    """A reviewer's verdict on a segment (`verdicts`), and what of each comment a team server has.

    `review_verdicts` holds one verdict a segment: `rejected` (the reviewer sends it back, with a
    comment saying why) or `reviewed`, who gave it, when, and the target it was given on. A
    rejection stands until the segment is confirmed again after it. `shared` is 0 for a verdict
    given here and not yet queued for a team server. No foreign key, as for comments: undo and
    re-alignment recreate segment rows with their ids.

    `segment_comments.team_id` is a comment's identity on a team server (given when it is first
    queued, or the server's for one taken from it), `team_state` the resolution last exchanged
    with it: a comment whose resolution differs was resolved or re-opened here since.
    """
    db.table("review_verdicts").create(
        {"segment_id": int, "verdict": str, "by": str, "at": str, "target": str, "shared": int},
        pk="segment_id",
        not_null={"segment_id", "verdict", "by", "at", "target", "shared"},
        defaults={"shared": 0},
    )
    db.execute("alter table segment_comments add column team_id text")
    db.execute("alter table segment_comments add column team_state text")
    db.execute("create unique index segment_comments_team_id on segment_comments(team_id) where team_id is not null")


@migrations(name="m_document_states")
def m_document_states(db: Database) -> None:
    """A document as it stood before and after a new version replaced it (`import --update`).

    The journal keeps segment rows; a new version also changes the document's row (its file,
    encodings, translation file) and a text's paragraphs and sentences, which the segments'
    sentence ranges point into. This table keeps both states (JSON) beside the journal entry
    (`journal_id`), so undo and redo of the update put the whole document back, not only its
    segments. A row whose journal entry is gone (a new edit dropped the undone ones) goes with it.
    """
    db.table("document_states").create(
        {"journal_id": int, "document_id": int, "before": str, "after": str},
        pk="journal_id",
        not_null={"journal_id", "document_id", "before", "after"},
    )


@migrations(name="m_journal_rows")
def m_journal_rows(db: Database) -> None:
    """The segment rows of a large journal step, one table row each (`edits.journal_rewrite`).

    A step's rows were kept in `journal.removed` and `journal.added` as one JSON value each:
    a new version of a million units (`import --update`) built a million snapshots in memory
    to write them, and undo and redo parsed them all back (3.6 GB resident, hardening round
    29). Here each snapshot is a row of its own, written and read a chunk at a time; the
    journal entry names this table instead of holding the rows (`journal.removed` is then
    `{"stored": "journal_rows"}`). `segment_id` is the snapshot's segment, indexed, so undo
    asks which segments a side holds without reading the snapshots.
    """
    db.execute(
        "create table journal_rows (journal_id integer not null, side text not null, ord integer not null, "
        "segment_id integer not null, snapshot text not null, primary key (journal_id, side, ord))"
    )
    db.execute("create index journal_rows_segment on journal_rows (journal_id, side, segment_id)")


@migrations(name="m_machine_translation")
def m_machine_translation(db: Database) -> None:
    """`segments.machine`: the target as a machine translation gave it, where the file said so
    (an XLIFF 1.2 `state-qualifier` of `mt-suggestion` or `leveraged-mt`); null otherwise.

    A client's file pre-filled by MT came in as plain drafts, indistinguishable from a person's
    unfinished work, so a post-editor could not see, filter or check what no person had read.
    The text is kept rather than a flag so that every way a target changes (typing, `replace`,
    a team sync, undo) tells by itself: the segment is an untouched MT while its target still
    reads so. No typed trigger: a reader takes anything but text there as "no MT", so no
    stray type another program stores can make a command fail.
    """
    db.table("segments").add_column("machine", str)


@migrations(name="m_journal_undone_by")
def m_journal_undone_by(db: Database) -> None:
    """`journal.undone_by` and `journal.undone_order`: which opening of the project undid a step,
    and when among all undos (a counter).

    Two apps open on one project share the journal: undo took the journal's newest step whoever
    made it, so one translator's ctrl+z offered to undo the other's edit, saying every edit of
    this session was undone already (it was not). Undo now takes this session's own newest step
    first, so steps are no longer undone in the journal's order; redo takes back this session's
    last undo (`undone_order`), not the oldest undone step, which could be the other app's.
    NULL in both: a step undone before they were kept (redone oldest first, as then).

    Indexed: the next undo's place is the largest so far, and a step's last columns lie past its
    rows' JSON (megabytes for a replace), which a scan of the journal would read through.
    """
    db.table("journal").add_column("undone_by", str)
    db.table("journal").add_column("undone_order", int)
    db.execute("create index journal_undone_order on journal (undone_order)")
