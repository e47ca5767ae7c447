"""The team server's schema (PostgreSQL), versioned like the local one.

Each migration is a named list of SQL statements, applied in order inside
one transaction and recorded in `workbench_migrations`; a database that
holds a migration this workbench does not know was made by a newer version
and is refused rather than written to. The names are distinct from the
local schema's (`t0NN_...`), so a grep finds each in one place.

* `memories` and `units`: the shared translation memory. A unit confirmed in
  a team project has that project's memory and its `segment_id`; a partial
  unique index makes it one unit per segment (of a folder, since t004), so a
  replayed or concurrent push updates instead of duplicating. `source_key` is the local memory's
  exact-match hash (`memory_search.source_key`).
* Full-text GIN indexes propose the candidates: the source (`source_tsv`,
  stored) with an English Snowball stemmer that keeps stop words, for fuzzy
  lookups and source concordance; the target as plain lower-cased words
  (Russian forms are expanded at query time, as locally). `source_terms`
  counts the units holding each source stem, and `workbench_candidate_sources`
  runs the lookup's index queries (`team_store.star_queries`: the pairs of
  rare stems of the local memory's prefilter) in order until enough
  candidates are found, returning their sources too - in one round trip.
  (A `pg_trgm` index was measured first and dropped: its GIN scan took 230 ms
  per lookup at 100,000 units of sentence length, too slow for a million;
  and no trigram threshold is sure to keep every unit the local scoring would
  offer at 60 %.) `t002_star_candidates` replaced t001's
  `workbench_candidates`, which ran one query per pair and returned ids only.
* `t003_gin_without_pending_list`: confirmed segments go into the GIN indexes
  directly. With `fastupdate` a new unit waits in the index's pending list,
  which every index scan reads whole: under 20 translators confirming, the
  list never emptied and a lookup's server time went from 16 to 27 ms. A bulk
  import turns the pending list on for its load and merges it afterwards
  (`TeamStore.import_units`).
* `t004_units_of_a_folder`: a project memory's unit is one per segment *of a folder*
  (`units.folder`, the project folder's identity, `Project.folder_id`). Segment ids are shared
  only by copies of one folder, so two folders made apart and joined to one team `project`
  overwrote each other's units segment by segment (usersweep7). Units written before keep
  `folder = ''`; a folder takes such a unit over when it next writes that segment with the same
  source (`TeamStore.apply_segment`). Shared (imported) memories have no segment and no folder.
* `t005_target_edits`: each `memory replace` on the server (`target_edit_steps`: what was
  replaced by what, by which member, when, by the server's clock) and every target it changed
  (`target_edits`: the unit's source, its target, date and writer before, its target after), so
  `memory undo` takes back a member's own last replace and refuses when a teammate changed
  one of its units since (`team.upkeep`). New tables only: `units` keeps its shape.
* `t006_segment_reviews`: a reviewer's word reaching the translators (usersweep16: it stayed in
  the reviewer's copy). `segment_reviews` holds one verdict per segment of a shared document
  (`rejected`, `reviewed`, or `cleared` once answered or taken back) with its member and time;
  `review_comments` every comment with its author, time and resolution, under the identity its
  writer gave it. Both are keyed by the project, the document's name, the source text's hash and
  its occurrence in the document (`team.reviews.segment_keys`), not by segment id: a review
  lands on the same sentence in every copy, and still does after the translator re-segmented
  elsewhere in the document. `seq` (one sequence, bumped by every write, which takes an advisory
  lock so writes commit in `seq` order) lets each member take only what changed since its last
  sync.
* `concepts`: the shared termbase, one JSON document per concept with a
  `version` bumped by every write (optimistic concurrency) and who wrote it.
* `applied_ops`: the id of every queued write already applied, so a write
  replayed after a lost acknowledgement is applied once.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from workbench.errors import WorkbenchError
from workbench.wording import N_


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "t001_initial",
        (
            "create text search dictionary workbench_english_stem (template = snowball, language = english)",
            "create text search configuration workbench_en (copy = english)",
            "alter text search configuration workbench_en alter mapping for asciiword, asciihword, "
            "hword_asciipart, word, hword, hword_part with workbench_english_stem",
            """create table memories (
                id bigserial primary key,
                name text not null unique,
                kind text not null,
                source_file text,
                source_lang text not null,
                target_lang text not null,
                imported_at timestamptz not null default now()
            )""",
            """create table units (
                id bigserial primary key,
                memory_id bigint not null references memories(id) on delete cascade,
                segment_id bigint,
                tuid text,
                source text not null,
                target text not null,
                source_key bigint not null,
                status text,
                confidence double precision,
                changed text,
                changed_by text,
                source_tsv tsvector generated always as (to_tsvector('workbench_en'::regconfig, source)) stored
            )""",
            "create unique index units_segment on units(memory_id, segment_id) where segment_id is not null",
            "create index units_source_key on units(source_key)",
            # a small pending list: every query reads it whole, so it must not grow to megabytes
            "create index units_source_fts on units using gin (source_tsv) with (gin_pending_list_limit = 256)",
            "create index units_target_fts on units using gin (to_tsvector('simple'::regconfig, target)) "
            "with (gin_pending_list_limit = 256)",
            "create table source_terms (term text primary key, docs integer not null)",
            """create function workbench_candidates(queries tsquery[], wanted integer) returns bigint[]
            language plpgsql stable as $$
            declare
                query tsquery;
                found bigint[] := '{}';
            begin
                foreach query in array queries loop
                    found := array(select distinct unnest(found || array(
                        select id from units where source_tsv @@ query limit wanted)));
                    exit when cardinality(found) >= wanted;
                end loop;
                return found;
            end $$""",
            """create table concepts (
                id text primary key,
                version integer not null,
                data jsonb,
                changed_by text not null,
                changed_at timestamptz not null default now()
            )""",
            """create table applied_ops (
                op_id uuid primary key,
                applied_at timestamptz not null default now()
            )""",
        ),
    ),
    Migration(
        "t002_star_candidates",
        (
            "drop function if exists workbench_candidates(tsquery[], integer)",
            """create function workbench_candidate_sources(queries tsquery[], wanted integer)
            returns table(id bigint, source text, n integer) language plpgsql stable as $$
            declare
                query tsquery;
                k integer := 0;
                ids bigint[];
                sources text[];
                found bigint[] := '{}';
            begin
                foreach query in array queries loop
                    k := k + 1;
                    select coalesce(array_agg(u.id), '{}'), coalesce(array_agg(u.source), '{}')
                    into ids, sources
                    from (select units.id, units.source from units where source_tsv @@ query limit wanted) u;
                    return query select t.id, t.source, k from unnest(ids, sources) as t(id, source);
                    found := array(select distinct unnest(found || ids));
                    exit when cardinality(found) >= wanted;
                end loop;
            end $$""",
        ),
    ),
    Migration(
        "t003_gin_without_pending_list",
        (
            "alter index units_source_fts set (fastupdate = off)",
            "alter index units_target_fts set (fastupdate = off)",
            "select gin_clean_pending_list('units_source_fts'::regclass), "
            "gin_clean_pending_list('units_target_fts'::regclass)",
        ),
    ),
    Migration(
        "t004_units_of_a_folder",
        (
            # a constant default: existing rows take it without a rewrite of the table
            "alter table units add column folder text not null default ''",
            "create unique index units_folder_segment on units(memory_id, folder, segment_id) where segment_id is not null",
            "drop index units_segment",
        ),
    ),
    Migration(
        "t005_target_edits",
        (
            """create table target_edit_steps (
                step bigserial primary key,
                find text not null,
                replacement text not null,
                member text not null,
                at timestamptz not null default now(),
                units integer not null
            )""",
            "create index target_edit_steps_member on target_edit_steps(member, step)",
            """create table target_edits (
                step bigint not null references target_edit_steps(step) on delete cascade,
                unit_id bigint not null,
                memory text not null,
                source text not null,
                before text not null,
                after text not null,
                changed_before text,
                changed_by_before text,
                primary key (step, unit_id)
            )""",
        ),
    ),
    Migration(
        "t006_segment_reviews",
        (
            "create sequence review_seq",
            """create table segment_reviews (
                project text not null,
                document text not null,
                source_hash text not null,
                occurrence integer not null,
                verdict text not null,
                target text not null,
                member text not null,
                at text not null,
                seq bigint not null,
                primary key (project, document, source_hash, occurrence)
            )""",
            "create index segment_reviews_seq on segment_reviews(project, seq)",
            """create table review_comments (
                id text primary key,
                project text not null,
                document text not null,
                source_hash text not null,
                occurrence integer not null,
                author text not null,
                text text not null,
                created_at text not null,
                resolved_at text,
                resolved_by text,
                seq bigint not null
            )""",
            "create index review_comments_seq on review_comments(project, seq)",
        ),
    ),
)

TABLE = "workbench_migrations"


class SchemaError(WorkbenchError):
    """The team database is not (yet) a workbench database, or is newer than this workbench."""


def applied(conn: psycopg.Connection) -> list[str]:
    """Names of the migrations the database has, in order (empty for a fresh database)."""
    exists = conn.execute("select to_regclass(%s) is not null", (TABLE,)).fetchone()
    if not exists or not exists[0]:
        return []
    return [row[0] for row in conn.execute(f"select name from {TABLE} order by applied_at, name")]


def pending(conn: psycopg.Connection) -> list[Migration]:
    """Migrations still to apply; refuses a database made by a newer workbench."""
    done = applied(conn)
    known = {m.name for m in MIGRATIONS}
    unknown = [name for name in done if name not in known]
    if unknown:
        raise SchemaError.worded(N_("the team database was made by a newer workbench (migration {unknown}); upgrade"), unknown=unknown[0])
    return [m for m in MIGRATIONS if m.name not in done]


def migrate(conn: psycopg.Connection) -> list[str]:
    """Apply the pending migrations, each all or nothing; returns their names.

    An advisory lock makes two workbenches initialising the same database at
    once take turns instead of both creating the tables.
    """
    names: list[str] = []
    with conn.transaction():
        conn.execute("select pg_advisory_xact_lock(hashtext('workbench schema'))")
        conn.execute(f"create table if not exists {TABLE} (name text primary key, applied_at timestamptz not null default clock_timestamp())")
        for migration in pending(conn):
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(f"insert into {TABLE}(name) values (%s)", (migration.name,))
            names.append(migration.name)
    return names


def check(conn: psycopg.Connection) -> None:
    """Refuse a database that is not initialised or is older than this workbench."""
    missing = pending(conn)
    if missing:
        raise SchemaError.worded(N_("the team database is not initialised for this workbench version (missing {name}); run: workbench team init URL"), name=missing[0].name)
