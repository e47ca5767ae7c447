"""The translation-memory database (`memory.db` beside `project.db`) and its migrations.

Memory units live apart from the project so that a million imported units do
not make `project.db` slow to copy, back up or open. Two full-text indexes
serve the searches; both use the `units` table as external content (the text
is stored once):

* `units_source_fts`: Porter-stemmed words of the (English) source, the
  fuzzy-match prefilter and source-side concordance;
* `units_target_fts`: plain Unicode words of the target, without positions;
  Russian morphology is handled at query time by expanding each word to its
  forms, and phrases are checked on the candidates (`memory_concordance`).
  After a bulk import this index is built on first use, not during the import
  (`memories.target_pending`, see `m002_deferred_target_index`).

`source_terms` keeps each source stem's document frequency for the
prefilter (`memory_terms`). The indexes and counts are filled and emptied
explicitly in bulk by the store rather than by triggers: a per-row trigger
makes a million-unit import three times slower.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from sqlite_utils import Database

from termbase.migration_set import MigrationSet

migrations = MigrationSet("workbench.memory")

SOURCE_FTS = "units_source_fts"
TARGET_FTS = "units_target_fts"
SOURCE_VOCAB = "units_source_vocab"
TERMS_TABLE = "source_terms"
SOURCE_TOKENIZER = "porter unicode61 remove_diacritics 2"
TARGET_TOKENIZER = "unicode61 remove_diacritics 2"


@migrations(name="m001_initial")
def m001_initial(db: Database) -> None:
    """Memories (the project's own and imported ones), their units and the search indexes.

    `source_key` is a 64-bit hash of the folded source: exact matches are an
    index lookup, whatever the words. `segment_id` ties a project-memory unit
    to its segment so that edits replace it.
    """
    db.table("memories").create(
        {
            "id": int,
            "name": str,
            "kind": str,
            "source_file": str,
            "source_lang": str,
            "target_lang": str,
            "imported_at": str,
        },
        pk="id",
        not_null={"name", "kind", "imported_at"},
    )
    db.table("memories").create_index(["name"], unique=True)
    db.table("units").create(
        {
            "id": int,
            "memory_id": int,
            "segment_id": int,
            "tuid": str,
            "source": str,
            "target": str,
            "source_lang": str,
            "target_lang": str,
            "source_key": int,
            "status": str,
            "confidence": float,
            "created": str,
            "changed": str,
            "notes": str,
            "props": str,
        },
        pk="id",
        foreign_keys=[("memory_id", "memories", "id")],
        not_null={"memory_id", "source", "target", "source_key"},
    )
    db.table("units").create_index(["source_key"])
    db.table("units").create_index(["memory_id", "segment_id"])
    # No bm25 ranking is used, so no column sizes; the target index answers only
    # single-word queries (forms ORed, words ANDed), so it keeps no positions.
    db.execute(
        f"create virtual table {SOURCE_FTS} using fts5(source, content='units', "
        f"content_rowid='id', tokenize='{SOURCE_TOKENIZER}', columnsize=0)"
    )
    db.execute(
        f"create virtual table {TARGET_FTS} using fts5(target, content='units', "
        f"content_rowid='id', tokenize='{TARGET_TOKENIZER}', detail=none, columnsize=0)"
    )
    db.execute(f"create virtual table {SOURCE_VOCAB} using fts5vocab({SOURCE_FTS}, 'row')")
    db.execute(f"create table {TERMS_TABLE}(term text primary key, docs integer not null) without rowid")


@migrations(name="m002_deferred_target_index")
def m002_deferred_target_index(db: Database) -> None:
    """`memories.target_pending`: the first unit id of the memory not yet in the target index.

    The target index serves only concordance on the Russian side, yet indexing a
    million Russian targets was a third of an import's database work. A shared
    memory is imported with its sources indexed (every lookup needs them) and
    `target_pending` set to its first unit; the first target-side concordance
    indexes the pending units (`TranslationMemory.index_targets`) and sets it
    back to NULL. NULL, as in every memory before this migration, means the
    memory's units are all in the target index.
    """
    db.execute("alter table memories add column target_pending integer")


@migrations(name="m003_target_edits")
def m003_target_edits(db: Database) -> None:
    """`target_edit_steps` and `target_edits`: each `memory replace` and the targets it changed.

    A replace across imported memories (a bad translation repeated in forty units) is undone
    as one step by `memory undo`: each changed unit keeps its source and its target before and
    after (and its `changed` date, which the replace sets to its own time), so a unit replaced
    or re-imported since is told apart and left alone. A unit deleted (its memory re-imported)
    leaves the history; the step's `units` still counts it, so the undo can say what it left.
    """
    db.execute(
        "create table target_edit_steps(step integer primary key, find text not null, "
        "replacement text not null, at text not null, units integer not null)"
    )
    db.execute(
        "create table target_edits(id integer primary key, step integer not null references target_edit_steps(step), "
        "unit_id integer not null, source text not null, before text not null, after text not null, "
        "changed_before text)"
    )
    db.execute("create index target_edits_step on target_edits(step)")


@migrations(name="m004_unit_codes")
def m004_unit_codes(db: Database) -> None:
    """`units.codes`: the markup behind an imported unit's placeholders (`InlineCodes` as JSON,
    NULL for plain text), as the project's segments keep theirs (`m016_inline_codes_and_unit_ids`).

    A memory kept the placeholders and dropped the markup, so a TMX of OmegaT's or memoQ's, with
    its `bpt`/`ept`/`ph`, came back out of `memory export` with generic codes that the tool which
    wrote it no longer knew for its own. Units stored before this migration have none.
    """
    db.execute("alter table units add column codes text")


@migrations(name="m005_unit_people")
def m005_unit_people(db: Database) -> None:
    """`units.creator` and `units.changer`: who made the pair and who last changed it (TMX
    `creationid` and `changeid`), NULL where nobody is named.

    A client's TMX came back out of `memory export` anonymous, and memoQ and OmegaT show the
    translator of each match beside it; a project-memory unit names the project's user
    (`core.project.project_user`). Units stored before this migration name nobody.
    """
    db.execute("alter table units add column creator text")
    db.execute("alter table units add column changer text")


def unit_authors(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, str]:
    """Who last wrote each of these units (`changer`, else `creator`), for the few a lookup or a
    concordance shows: asked once for those, not carried by the hundreds of candidates scored.
    Units naming nobody are left out."""
    marks = ",".join(str(int(unit_id)) for unit_id in ids)
    if not marks:
        return {}
    return dict(
        conn.execute(
            f"select id, coalesce(changer, creator) from units where id in ({marks}) "
            "and coalesce(changer, creator) is not null"
        )
    )
