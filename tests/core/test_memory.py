"""The translation memory: imports, the project memory, fuzzy lookup and concordance."""

from __future__ import annotations

import os
import random
import socket
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import psutil  # type: ignore[import-untyped]
import pytest
from sqlite_utils import Database

from workbench.core import editing
from workbench.core.ingest.importing import import_text
from workbench.core.memory import store as memory_store
from workbench.core.memory import terms as memory_terms
from workbench.core.memory.bulk import (
    _ABORT_MARK,
    _END_MARK,
    RECEIVE_AHEAD_BYTES,
    SORT_THREADS,
    LoadAborted,
    WriterProcess,
    _received,
    index_built_after,
    pack_batch,
)
from workbench.core.memory.rows import Tally, rows_of, runs_of
from workbench.core.memory.search import DiffChunk, normalise, word_diff
from workbench.core.memory.store import MEMORY_FILE, PROJECT_MEMORY, TranslationMemory
from workbench.core.project.store import Project
from workbench.errors import InputError
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import write_tmx

PAIRS = [
    ("The workers' club opened in 1923.", "Рабочий клуб открылся в 1923 году."),
    ("The clubs were closed in 1929.", "Клубы закрыли в 1929 году."),
    ("Workers came to the clubs every evening.", "Рабочие приходили в клубы каждый вечер."),
    ("The party backed the clubs.", "Партия поддержала клубы."),
    ("Trade unions paid for the premises of the clubs.", "Профсоюзы платили за помещения клубов."),
]


def units(pairs: list[tuple[str, str]] = PAIRS) -> list[TranslationUnit]:
    return [TranslationUnit(s, t, "en", "ru") for s, t in pairs]


@pytest.fixture
def tm() -> TranslationMemory:
    memory = TranslationMemory(Database(memory=True))
    memory.import_units("shared.tmx", units())
    return memory


def index_definitions(tm: TranslationMemory) -> list[tuple[str, str]]:
    return tm.db.execute("select name, sql from sqlite_master where type = 'index' order by name").fetchall()


def fts_intact(tm: TranslationMemory) -> None:
    """The full-text indexes match the units, and the stem counts match the index.

    Imported targets join their index on first use: they are indexed first, so that a
    deletion that wrongly reached (or missed) pending units shows as a broken index."""
    tm.index_targets()
    for table in ("units_source_fts", "units_target_fts"):
        tm.db.execute(f"insert into {table}({table}, rank) values ('integrity-check', 1)")
    counted = tm.db.execute("select term, docs from source_terms order by term").fetchall()
    indexed = tm.db.execute("select term, doc from units_source_vocab where doc > 0 order by term").fetchall()
    assert counted == indexed


# -- importing ---------------------------------------------------------------------


def test_import_counts_skips_and_lists(tm: TranslationMemory) -> None:
    report = tm.import_units("other.tmx", units([("a b", "а б"), ("no target", " "), ("", "нет источника")]))
    assert (report.units, report.skipped, report.replaced) == (1, 2, False)
    assert [(m.name, m.kind, m.units) for m in tm.memories()] == [("other.tmx", "shared", 1), ("shared.tmx", "shared", 5)]


def test_a_unit_holding_a_whole_document_is_skipped_and_counted(tm: TranslationMemory) -> None:
    # Such a unit can never be a useful match, and fuzzy lookup would crawl through it.
    book = "The workers' club opened in 1923. " * 2_000
    report = tm.import_units("book.tmx", units([("a b", "а б"), (book, "Книга."), ("Title.", book)]))
    assert (report.units, report.skipped, report.too_long) == (1, 0, 2)
    assert [m.units for m in tm.memories() if m.name == "book.tmx"] == [1]


@pytest.mark.parametrize("small_change", [2, 5000], ids=["bulk-recount", "incremental"])
def test_stem_counts_follow_every_change(monkeypatch: pytest.MonkeyPatch, small_change: int) -> None:
    monkeypatch.setattr(memory_terms, "SMALL_CHANGE", small_change)
    tm = TranslationMemory(Database(memory=True))
    tm.import_units("a.tmx", units())
    fts_intact(tm)
    tm.import_units("b.tmx", units(PAIRS[:1]))
    tm.record_segment(1, "Clubs and more clubs.", "Клубы и ещё клубы.", "translated")
    fts_intact(tm)
    tm.import_units("a.tmx", units(PAIRS[2:]))
    tm.remove("b.tmx")
    tm.record_segment(1, "Clubs and more clubs.", "Клубы и ещё клубы.", "draft")
    fts_intact(tm)


def test_imported_targets_join_their_index_on_the_first_target_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """An import leaves its targets out of the target index; a source-side search leaves them
    waiting, the first Russian-side one indexes them a chunk at a time (progress after each)."""
    monkeypatch.setattr(memory_store, "TARGET_CHUNK", 2)
    tm = TranslationMemory(Database(memory=True))
    tm.import_units("a.tmx", units())
    tm.import_units("b.tmx", units(PAIRS[:3]))
    assert tm.pending_targets() == 8
    assert tm.search_side("клубы") == "target" and tm.search_side("clubs") == "source"
    assert sum(1 + hit.copies for hit in tm.search("clubs", limit=20)) == 8  # b.tmx's three pairs are a.tmx's
    assert tm.pending_targets() == 8
    seen: list[tuple[int, int]] = []
    assert tm.index_targets(lambda done, total: seen.append((done, total))) == 8
    assert seen == [(2, 8), (4, 8), (5, 8), (7, 8), (8, 8)]
    assert tm.pending_targets() == 0 and tm.index_targets() == 0
    fts_intact(tm)
    tm.import_units("c.tmx", units(PAIRS[3:]))
    assert sum(1 + hit.copies for hit in tm.search("клубы", limit=20)) == 10  # the search itself indexes c first
    assert tm.pending_targets() == 0


def test_replacing_a_memory_whose_targets_wait_keeps_the_target_index_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only units already in the target index leave it: a memory replaced before any of its targets
    were indexed, one replaced half-indexed (a build stopped after one chunk), one removed unindexed."""
    monkeypatch.setattr(memory_store, "TARGET_CHUNK", 2)
    tm = TranslationMemory(Database(memory=True))
    tm.import_units("a.tmx", units())
    tm.import_units("a.tmx", units(PAIRS[1:]))
    tm.import_units("b.tmx", units())

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        tm.index_targets(stop)
    assert tm.pending_targets() == 7  # the first chunk of a.tmx was committed
    tm.import_units("a.tmx", units(PAIRS[:2]))
    tm.remove("b.tmx")
    tm.record_segment(1, "Clubs and more clubs.", "Клубы и ещё клубы.", "translated")
    fts_intact(tm)
    assert sorted(hit.target for hit in tm.search("клубы", limit=20)) == [
        "Клубы закрыли в 1929 году.", "Клубы и ещё клубы.", "Рабочий клуб открылся в 1923 году."
    ]


def test_importing_the_same_name_replaces_it(tm: TranslationMemory) -> None:
    report = tm.import_units("shared.tmx", units(PAIRS[:2]))
    assert report.replaced and tm.unit_count() == 2
    assert tm.search("партия") == []
    fts_intact(tm)


def test_the_project_memory_name_is_reserved(tm: TranslationMemory) -> None:
    with pytest.raises(InputError, match="project's own memory"):
        tm.import_units(PROJECT_MEMORY, units())


def test_import_file_matches_language_variants(tmp_path: Path) -> None:
    path = tmp_path / "omegat.tmx"
    variants = [TranslationUnit(s, t, "EN-US", "RU-RU") for s, t in PAIRS]
    write_tmx(path, variants, source_lang="EN-US", target_lang="RU-RU")
    tm = TranslationMemory(Database(memory=True))
    report = tm.import_file(path)
    assert (report.memory, report.units) == ("omegat.tmx", 5)
    assert tm.lookup(PAIRS[0][0])[0].target == PAIRS[0][1]


def test_a_malformed_file_leaves_the_memory_as_it_was(tm: TranslationMemory, tmp_path: Path) -> None:
    path = tmp_path / "shared.tmx"
    write_tmx(path, units(PAIRS * 3), source_lang="en", target_lang="ru")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="malformed TMX"):
        tm.import_file(path)
    assert tm.unit_count() == 5 and tm.lookup(PAIRS[3][0])[0].score == 100
    fts_intact(tm)


def test_a_file_malformed_after_whole_batches_leaves_the_memory_as_it_was(
    tm: TranslationMemory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches read, inserted and indexed before the reader meets the damage are undone too."""
    monkeypatch.setattr(memory_store, "LOAD_BATCH", 2)
    path = tmp_path / "shared.tmx"
    write_tmx(path, units(PAIRS * 4), source_lang="en", target_lang="ru")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4])
    with pytest.raises(InputError, match="malformed TMX"):
        tm.import_file(path)
    assert tm.unit_count() == 5 and tm.lookup(PAIRS[3][0])[0].score == 100
    fts_intact(tm)


def test_an_import_in_batches_stores_and_indexes_every_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of 3 (the last one short), indexed 4 units or more at a time, store what one
    batch stores, every unit indexed once."""
    whole = TranslationMemory(Database(memory=True))
    whole.import_units("shared.tmx", units(PAIRS * 2))
    monkeypatch.setattr(memory_store, "LOAD_BATCH", 3)
    monkeypatch.setattr(memory_store, "INDEX_EVERY", 4)
    batched = TranslationMemory(Database(memory=True))
    report = batched.import_units("shared.tmx", units(PAIRS * 2))
    assert report.units == 10
    query = "select * from units order by id"
    assert batched.db.execute(query).fetchall() == whole.db.execute(query).fetchall()
    fts_intact(batched)
    assert [hit.unit_id for hit in batched.search("clubs", limit=20)] == [hit.unit_id for hit in whole.search("clubs", limit=20)]


class SpyWriter(WriterProcess):  # type: ignore[type-arg]
    """The real writer process, counted: these tests must take the two-process path."""

    started = 0

    def __init__(self, load: Any, *args: Any) -> None:
        SpyWriter.started += 1
        super().__init__(load, *args)


@pytest.fixture
def two_processes(monkeypatch: pytest.MonkeyPatch) -> type[SpyWriter]:
    """Batches of 3, so that any import of more than 3 units goes to a writer process."""
    monkeypatch.setattr(memory_store, "LOAD_BATCH", 3)
    monkeypatch.setattr(memory_store, "WriterProcess", SpyWriter)
    SpyWriter.started = 0
    return SpyWriter


def test_a_writer_process_stores_what_one_process_stores(tmp_path: Path, two_processes: type[SpyWriter]) -> None:
    """Rows, index entries, stem counts, lookups and searches as an import in this process makes them."""
    pairs = PAIRS * 2 + [("", "пусто"), ("Only a source.", " ")]
    here = TranslationMemory(Database(memory=True))
    expected = here.import_units("shared.tmx", units(pairs))
    with TranslationMemory.open(tmp_path / MEMORY_FILE) as tm:
        tm.import_units("old.tmx", units(PAIRS[:2]))  # replaced below: same name, new rows
        here.import_units("old.tmx", units(PAIRS[:2]))
        assert tm.import_units("shared.tmx", units(PAIRS[:1])).units == 1  # one batch: stays here
        assert two_processes.started == 0
        got = tm.import_units("shared.tmx", units(pairs))
        assert two_processes.started == 1
        assert (got.units, got.skipped, got.replaced) == (10, 2, True)
        assert expected.units == 10
        rows = (
            "select m.name, u.source, u.target, u.source_key, u.status from units u "
            "join memories m on m.id = u.memory_id order by m.name, u.source, u.target"
        )
        assert tm.db.execute(rows).fetchall() == here.db.execute(rows).fetchall()
        # the writer process rebuilds the exact-match and segment indexes after its load: the same, used
        assert index_definitions(tm) == index_definitions(here)
        plan = tm.db.execute("explain query plan select id from units where source_key = 1").fetchall()
        assert "idx_units_source_key" in str(plan)
        plan = tm.db.execute("explain query plan select id from units where memory_id = 2 and segment_id = 1").fetchall()
        assert "idx_units_memory_id_segment_id" in str(plan)
        assert tm.db.execute("pragma integrity_check").fetchall() == [("ok",)]
        fts_intact(tm)
        assert [(m.name, m.units) for m in tm.memories()] == [("old.tmx", 2), ("shared.tmx", 10)]
        assert sorted(h.source for h in tm.search("клубы", limit=20)) == sorted(h.source for h in here.search("клубы", limit=20))
        assert tm.lookup(PAIRS[1][0])[0].score == 100


class Text(str):
    """A caller's own kind of string, which `marshal` does not take."""


def test_a_writer_process_takes_units_of_any_kind_of_string(tmp_path: Path, two_processes: type[SpyWriter]) -> None:
    """Batches go to the writer packed by `marshal`; a batch holding what it refuses is pickled."""
    pairs = [(Text(source), Text(target)) for source, target in PAIRS * 2]
    with TranslationMemory.open(tmp_path / MEMORY_FILE) as tm:
        assert tm.import_units("shared.tmx", units(pairs)).units == 10
        assert two_processes.started == 1
        assert tm.db.execute("select source, target from units order by id").fetchall() == PAIRS * 2
        fts_intact(tm)


@pytest.mark.parametrize("settings", [{}, {"hashsize": 2_000_000}, {"automerge": 8}], ids=["default", "hashsize", "automerge"])
def test_a_bulk_load_leaves_the_full_text_settings_as_they_were(
    tmp_path: Path, two_processes: type[SpyWriter], settings: dict[str, int]
) -> None:
    """The writer process indexes through a larger FTS5 buffer and merges more segments at once,
    settings stored in the index's configuration table: the table is as it was afterwards, a value
    set before included."""
    with TranslationMemory.open(tmp_path / MEMORY_FILE) as tm:
        for key, value in settings.items():
            tm.db.execute("insert into units_source_fts(units_source_fts, rank) values (?, ?)", (key, value))
        tm.db.conn.commit()
        config = "select k, v from units_source_fts_config order by k"
        expected = tm.db.execute(config).fetchall()
        assert tm.import_units("shared.tmx", units(PAIRS * 2)).units == 10
        assert two_processes.started == 1
        assert tm.db.execute(config).fetchall() == expected
        fts_intact(tm)


def source_index_segments(tm: TranslationMemory) -> int:
    """Segments of the source index: FTS5 keys a segment's pages by its id shifted left by 37 bits."""
    return int(tm.db.execute("select count(distinct id >> 37) from units_source_fts_data where id >= 1 << 37").fetchone()[0])


def test_a_bulk_load_merges_its_index_segments_by_sixteens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bulk load indexes its sources in many statements, each writing a segment: merged sixteen at
    a time (not FTS5's four), each entry is rewritten at most once; the index and the searches are
    those of a load indexed in one statement."""
    pairs = [(f"{source} {n}", target) for n in range(4000) for source, target in PAIRS]
    batches = [runs_of(rows_of(units(pairs[start : start + 1000]), Tally())) for start in range(0, len(pairs), 1000)]
    monkeypatch.setattr(memory_store, "INDEX_EVERY", 1000)  # 20 statements, one per batch
    with TranslationMemory.open(tmp_path / "bulk.db") as tm, TranslationMemory.open(tmp_path / "whole.db") as whole:
        assert tm._replace_shared("shared.tmx", None, iter(batches), bulk=True) == (20_000, False)
        whole.import_units("shared.tmx", units(pairs))
        assert source_index_segments(tm) <= 5  # by fours: 10
        fts_intact(tm)
        for query in ("The workers' club opened in 1923. 17", "Workers came to the clubs every evening. 3999"):
            found = [(m.unit_id, m.score) for m in tm.lookup(query, limit=20)]
            assert found and found == [(m.unit_id, m.score) for m in whole.lookup(query, limit=20)]
        for word in ("club", "premises", "paid for the premises"):
            hits = [h.unit_id for h in tm.search(word, limit=50)]
            assert hits and hits == [h.unit_id for h in whole.search(word, limit=50)]


def test_a_file_malformed_after_batches_sent_to_the_writer_process_changes_nothing(
    tmp_path: Path, two_processes: type[SpyWriter]
) -> None:
    """The writer process has stored and indexed several batches when the reader meets the damage:
    it rolls them back, and the memory it replaced is still there."""
    path = tmp_path / "shared.tmx"
    write_tmx(path, units(PAIRS * 4), source_lang="en", target_lang="ru")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4])
    with TranslationMemory.open(tmp_path / MEMORY_FILE) as tm:
        tm.import_units("shared.tmx", units())
        before = two_processes.started
        with pytest.raises(InputError, match="malformed TMX"):
            tm.import_file(path)
        assert two_processes.started == before + 1
        assert tm.unit_count() == 5 and tm.lookup(PAIRS[3][0])[0].score == 100
        assert index_definitions(tm) == index_definitions(TranslationMemory(Database(memory=True)))
        fts_intact(tm)
        tm.db.conn.commit()  # the integrity check is a write: end its transaction
        tm.import_units("more.tmx", units(PAIRS * 2))  # and the memory takes writes again
        assert tm.unit_count() == 15


def test_an_error_in_the_writer_process_is_raised_here(
    tmp_path: Path, two_processes: type[SpyWriter], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process holding the write lock: the writer process gives up after the lock wait,
    and the import fails with SQLite's own error (which the CLI and TUI call "busy")."""
    monkeypatch.setenv("WORKBENCH_BUSY_TIMEOUT_MS", "200")
    with TranslationMemory.open(tmp_path / MEMORY_FILE) as tm:
        tm.import_units("shared.tmx", units())
        before = two_processes.started
        other = sqlite3.connect(tmp_path / MEMORY_FILE, isolation_level=None)
        other.execute("begin immediate")
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                tm.import_units("more.tmx", units(PAIRS * 2))
        finally:
            other.execute("rollback")
            other.close()
        assert two_processes.started == before + 1
        assert [m.name for m in tm.memories()] == ["shared.tmx"]


def test_the_writer_process_takes_batches_ahead_of_its_load_and_ends_it_on_an_abort() -> None:
    """The caller's sends do not wait for the statement in hand (here: a load that has taken one
    batch and stopped), up to `RECEIVE_AHEAD_BYTES` of batches of more than a pipe's buffer; the batches
    come out whole and in order, and an abort sent behind batches ends the load (as soon as the
    reading thread has read it: whether the batches before it were taken depends on timing)."""
    from multiprocessing.connection import Connection

    def pair() -> tuple[Connection, Connection]:
        ours, theirs = socket.socketpair()
        return Connection(ours.detach()), Connection(theirs.detach())

    size = len(pack_batch([(0, "x" * 600_000, "ы" * 300_000)]))
    batches = [[(number, "x" * 600_000, "ы" * 300_000)] for number in range(RECEIVE_AHEAD_BYTES // size + 1)]
    caller, child = pair()
    received = _received(child)
    sent = threading.Event()

    def send_all() -> None:
        for batch in batches:
            caller.send_bytes(pack_batch(batch))
        caller.send_bytes(_END_MARK)
        sent.set()

    threading.Thread(target=send_all, daemon=True).start()
    assert next(received) == batches[0]
    assert sent.wait(60), "the caller waited for the load to take its next batch"
    assert list(received) == batches[1:]

    caller, child = pair()
    aborted = threading.Event()

    def send_and_abort() -> None:
        for batch in batches[:3]:
            caller.send_bytes(pack_batch(batch))
        caller.send_bytes(_ABORT_MARK)
        aborted.set()

    threading.Thread(target=send_and_abort, daemon=True).start()
    received = _received(child)
    taken = []
    with pytest.raises(LoadAborted):  # on a busy machine the abort may be read before the first take
        for batch in received:
            taken.append(batch)
            assert aborted.wait(60)
    assert aborted.wait(60)  # the sender's thread may set it just after the abort it sent was read
    assert taken == batches[: len(taken)]  # the abort is never a batch, nor the end of the input


SLOW_LOAD = """
import os, time

def load(batches, flag):
    return sum(len(batch) for batch in batches)

if os.getpid() != {parent}:  # the writer process: its import of the load lasts until the flag
    while not os.path.exists({flag!r}):
        time.sleep(0.01)
"""


def test_the_writer_process_takes_batches_while_it_imports_its_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The caller sends batches of more than a pipe's buffer before the child has imported the
    load's modules (here: an import that waits for a flag the test sets once the sends are done)."""
    flag = tmp_path / "imported"
    (tmp_path / "slow_load.py").write_text(SLOW_LOAD.format(parent=os.getpid(), flag=str(flag)))
    monkeypatch.syspath_prepend(str(tmp_path))
    import slow_load  # type: ignore[import-not-found]

    batches = [[(number, "x" * 600_000)] for number in range(4)]
    sent = threading.Event()
    with WriterProcess(slow_load.load, str(flag)) as writer:

        def send_all() -> None:
            for batch in batches:
                writer.send(batch)
            sent.set()

        threading.Thread(target=send_all, daemon=True).start()
        try:
            assert sent.wait(20), "the caller waited for the writer process to import its load"
        finally:
            flag.touch()
        assert sent.wait(60)
        assert writer.finish() == 4


def test_an_index_rebuilt_after_a_bulk_load_is_sorted_with_a_helper_thread() -> None:
    """SQLite's sorter may use `SORT_THREADS` helper threads while `index_built_after` creates the
    index again (`pragma threads` set for that statement), the connection's setting as it was
    before and after; the index is the same."""
    conn = sqlite3.connect(":memory:")
    conn.execute("create table t(a integer)")
    conn.execute("create index t_a on t(a)")
    conn.execute("pragma threads = 3")
    definition = conn.execute("select sql from sqlite_master where name = 't_a'").fetchall()
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    conn.execute("begin")
    with index_built_after(conn, "t_a"):
        conn.executemany("insert into t values (?)", ((random.randrange(10**9),) for _ in range(10_000)))
    conn.execute("commit")
    conn.set_trace_callback(None)
    assert conn.execute("select sql from sqlite_master where name = 't_a'").fetchall() == definition
    assert conn.execute("pragma threads").fetchone() == (3,)
    assert conn.execute("pragma integrity_check").fetchall() == [("ok",)]
    created = next(number for number, statement in enumerate(statements) if statement.upper().startswith("CREATE INDEX"))
    settings = [statement for statement in statements[:created] if statement.startswith("pragma threads =")]
    assert settings[-1:] == [f"pragma threads = {SORT_THREADS}"]
    assert [statement for statement in statements[created:] if statement.startswith("pragma threads =")] == ["pragma threads = 3"]


IMPORTER = """
import sys, time
from workbench.core.memory import store
from workbench.formats.base import TranslationUnit

store.LOAD_BATCH = 50

def units():
    for i in range(400):
        yield TranslationUnit(f"Unit {i} of the memory.", f"Единица {i} памяти.", "en", "ru")
    print("sent", flush=True)
    time.sleep(600)  # the importer is killed here, its writer process holding 350 units

with store.TranslationMemory.open(sys.argv[1]) as tm:
    tm.import_units("killed.tmx", units())
"""


def test_a_killed_importer_leaves_its_writer_process_to_roll_back_and_end(tmp_path: Path) -> None:
    """The writer reads the closed pipe as an abort: nothing of the import stays, the lock is free."""
    path = tmp_path / MEMORY_FILE
    with TranslationMemory.open(path) as tm:
        tm.import_units("shared.tmx", units())
    importer = subprocess.Popen([sys.executable, "-c", IMPORTER, str(path)], stdout=subprocess.PIPE, text=True)
    assert importer.stdout is not None and importer.stdout.readline() == "sent\n"
    writers = psutil.Process(importer.pid).children()
    assert len(writers) == 1
    importer.kill()
    importer.wait()
    gone, alive = psutil.wait_procs(writers, timeout=30)  # our grandchild: init reaps it
    assert alive == [], "the writer process outlived its importer"
    with TranslationMemory.open(path) as tm:
        assert [(m.name, m.units) for m in tm.memories()] == [("shared.tmx", 5)]
        fts_intact(tm)
        tm.db.conn.commit()
        assert tm.import_units("after.tmx", units()).units == 5  # the write lock is free


def test_a_tsv_file_imports_too(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("The club.\tКлуб.\n", encoding="utf-8")
    tm = TranslationMemory(Database(memory=True))
    assert tm.import_file(path).units == 1


def test_remove(tm: TranslationMemory) -> None:
    assert tm.remove("shared.tmx") == 5
    assert tm.memories() == [] and tm.lookup(PAIRS[0][0]) == []
    with pytest.raises(InputError, match="no memory named"):
        tm.remove("shared.tmx")
    fts_intact(tm)


# -- fuzzy lookup -------------------------------------------------------------------


def test_identical_text_scores_100(tm: TranslationMemory) -> None:
    [match] = tm.lookup(PAIRS[1][0], min_score=95)
    assert (match.score, match.target, match.memory) == (100, PAIRS[1][1], "shared.tmx")
    assert match.diff == (DiffChunk("equal", PAIRS[1][0]),)


def test_differences_of_case_spacing_and_quotes_score_99(tm: TranslationMemory) -> None:
    [match] = tm.lookup("the  workers’ CLUB opened in 1923.", min_score=95)
    assert match.score == 99


def test_a_different_number_is_penalised_and_listed(tm: TranslationMemory) -> None:
    match = tm.lookup("The workers' club opened in 1925.")[0]
    assert match.source == PAIRS[0][0]
    assert 85 <= match.score <= 94
    assert (match.numbers_only_in_text, match.numbers_only_in_match) == (("1925",), ("1923",))
    assert match.diff == (
        DiffChunk("equal", "The workers' club opened in "),
        DiffChunk("delete", "1923"),
        DiffChunk("insert", "1925"),
        DiffChunk("equal", "."),
    )


def test_changed_words_are_listed_and_diffed(tm: TranslationMemory) -> None:
    match = tm.lookup("The party opposed the clubs.")[0]
    assert match.source == PAIRS[3][0]
    assert (match.words_only_in_text, match.words_only_in_match) == (("opposed",), ("backed",))
    assert [c for c in match.diff if c.op != "equal"] == [DiffChunk("delete", "backed"), DiffChunk("insert", "opposed")]


def test_termbase_terms_that_differ_are_listed(tm: TranslationMemory) -> None:
    def terms(text: str) -> frozenset[str]:
        return frozenset(term for term in ("party", "trade union", "club") if term in text.lower())

    match = tm.lookup("The trade union backed the clubs.", terms=terms)[0]
    assert match.source == PAIRS[3][0]
    assert (match.terms_only_in_text, match.terms_only_in_match) == (("trade union",), ("party",))
    assert tm.lookup("The trade union backed the clubs.")[0].terms_only_in_text == ()


def test_min_score_and_limit(tm: TranslationMemory) -> None:
    text = "Workers came to the club every evening."
    loose = tm.lookup(text, min_score=30, limit=10)
    assert [m.score for m in loose] == sorted((m.score for m in loose), reverse=True)
    assert all(m.score >= 30 for m in loose) and len(loose) > 1
    assert len(tm.lookup(text, min_score=30, limit=1)) == 1
    assert all(m.score >= 90 for m in tm.lookup(text, min_score=90))
    assert tm.lookup("Completely unrelated words about astronomy.") == []
    assert tm.lookup("   ") == []


def test_the_same_pair_in_two_memories_is_offered_once(tm: TranslationMemory) -> None:
    tm.import_units("copy.tmx", units())
    matches = tm.lookup(PAIRS[2][0], min_score=90)
    assert len(matches) == 1


def test_min_score_out_of_range_is_an_input_error(tm: TranslationMemory) -> None:
    with pytest.raises(InputError):
        tm.lookup("x", min_score=120)


def test_the_prefilter_finds_a_fuzzy_match_among_thousands() -> None:
    """Rare words lead to the unit even when every common word is everywhere."""
    rng = random.Random(7)
    common = ["the", "of", "and", "to", "in", "a", "was", "for", "on", "with", "as", "by", "at", "from", "that", "it", "were"]
    rare = [f"word{n}" for n in range(3000)]
    pairs = [
        (" ".join(rng.choice(common) for _ in range(8)) + " " + " ".join(rng.sample(rare, 3)) + ".", f"перевод {n}")
        for n in range(5000)
    ]
    tm = TranslationMemory(Database(memory=True))
    tm.import_units("big.tmx", units(pairs))
    for index in (0, 1234, 4999):
        source, target = pairs[index]
        words = source.rstrip(".").split()
        words[2] = "different"
        best = tm.lookup(" ".join(words) + ".", min_score=75)[0]
        assert best.target == target


# -- the project memory ----------------------------------------------------------------


@pytest.fixture
def aligned(project: Project, tmp_path: Path) -> Project:
    (tmp_path / "a.en.txt").write_text(
        f"{PAIRS[0][0]} {PAIRS[2][0]}\n\n{PAIRS[3][0]} {PAIRS[4][0]}\n", encoding="utf-8"
    )
    (tmp_path / "a.ru.txt").write_text(
        f"{PAIRS[0][1]} {PAIRS[2][1]}\n\n{PAIRS[3][1]} {PAIRS[4][1]}\n", encoding="utf-8"
    )
    import_text(project, tmp_path / "a.en.txt", tmp_path / "a.ru.txt")
    assert len(project.segments()) == 4
    return project


def test_sync_project_holds_exactly_the_confirmed_segments(aligned: Project) -> None:
    with TranslationMemory.for_project(aligned) as tm:
        assert (aligned.path / MEMORY_FILE).is_file()
        assert tm.sync_project(aligned).units == 0
        first, second, *_ = aligned.segments()
        editing.confirm(aligned, first.id)
        editing.confirm(aligned, second.id)
        report = tm.sync_project(aligned)
        assert (report.added, report.removed, report.units) == (2, 0, 2)
        assert tm.sync_project(aligned).added == 0
        match = tm.lookup(first.source)[0]
        assert (match.memory, match.segment_id, match.score, match.status) == (
            PROJECT_MEMORY, first.id, 100, "translated",
        )
        assert tm.lookup(first.source, exclude_segment=first.id, min_score=95) == []

        editing.set_target(aligned, first.id, "Клуб рабочих открылся в 1923 году.")
        report = tm.sync_project(aligned)
        assert (report.added, report.removed) == (1, 1)
        assert tm.lookup(first.source)[0].target == "Клуб рабочих открылся в 1923 году."

        editing.set_status(aligned, second.id, "draft")
        assert tm.sync_project(aligned).removed == 1
        assert [(m.name, m.units) for m in tm.memories()] == [(PROJECT_MEMORY, 1)]
        fts_intact(tm)


def test_record_segment_updates_one_unit(tm: TranslationMemory) -> None:
    tm.record_segment(7, "A new sentence about clubs.", "Новое предложение о клубах.", "reviewed")
    assert tm.lookup("A new sentence about clubs.")[0].segment_id == 7
    tm.record_segment(7, "A new sentence about clubs.", "Исправлено.", "reviewed")
    assert [m.target for m in tm.lookup("A new sentence about clubs.", min_score=95)] == ["Исправлено."]
    tm.record_segment(7, "A new sentence about clubs.", "Исправлено.", "draft")
    assert tm.lookup("A new sentence about clubs.", min_score=95) == []
    fts_intact(tm)


# -- concordance -------------------------------------------------------------------------


def test_russian_search_finds_every_form(tm: TranslationMemory) -> None:
    hits = tm.search("клуб")
    assert {h.target for h in hits} == {t for _, t in PAIRS}
    forms = {h.target[s:e] for h in hits for s, e in h.spans}
    assert forms == {"клуб", "Клубы", "клубы", "клубов"}
    assert all(h.side == "target" for h in hits)


def test_russian_phrase_needs_the_words_together_in_order(tm: TranslationMemory) -> None:
    [hit] = tm.search("рабочий клуб")
    assert hit.target == PAIRS[0][1] and hit.spans == ((0, 12),)
    assert tm.search("клуб рабочий") == []


def test_english_search_is_stemmed_and_spans_the_phrase(tm: TranslationMemory) -> None:
    hits = tm.search("club")
    assert len(hits) == 5 and all(h.side == "source" for h in hits)
    [hit] = tm.search("clubs were closed")
    assert hit.source[slice(*hit.spans[0])] == "clubs were closed"


def test_search_side_by_lang_or_script(tm: TranslationMemory) -> None:
    assert tm.search("клуб", lang="ru") == tm.search("клуб")
    assert tm.search("клуб", lang="en") == []
    with pytest.raises(InputError, match="cannot search in 'de'"):
        tm.search("Klub", lang="de")
    assert tm.search("...") == []


def test_search_newest_first_and_limit(tm: TranslationMemory) -> None:
    hits = tm.search("клуб", limit=2)
    assert len(hits) == 2 and hits[0].unit_id > hits[1].unit_id



def test_copies_of_a_pair_are_one_hit_that_counts_them() -> None:
    """Memories merged from several tools hold one pair many times: the concordance shows it once,
    the newest copy with the others counted and named, and `limit` counts distinct pairs."""
    from datetime import UTC, datetime

    tm = TranslationMemory(Database(memory=True))
    same = ("The workers' club opened in 1923.", "Рабочий клуб открылся в 1923 году.")
    dated = datetime(2025, 3, 1, 10, tzinfo=UTC)
    tm.import_units("omegat.tmx", [TranslationUnit(*same, "en", "ru", changed=dated),
                                   TranslationUnit(*same, "en", "ru"),
                                   TranslationUnit("The club was closed.", "Клуб закрыли.", "en", "ru")])
    tm.import_units("okapi.tmx", [TranslationUnit(*same, "en", "ru"), TranslationUnit(*same, "en", "ru")])
    hits = tm.search("клуб", limit=2)
    assert [(h.target, h.memory, h.copies, h.also_in) for h in hits] == [
        (same[1], "okapi.tmx", 3, ("omegat.tmx",)),
        ("Клуб закрыли.", "omegat.tmx", 0, ()),
    ]
    assert hits[0].changed is not None and hits[0].changed.startswith("2025-03-01")  # the latest copy's date
    [only] = tm.search("club opened")
    assert only.copies == 3 and only.side == "source"

# -- text helpers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [("The  Club’s «end»!", "the club ' s \" end \" !"), ("Ёлка,ёж", "елка , еж")],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "old, new",
    [("a b c", "a x c"), ("", "new"), ("old", ""), ("The clubs were closed.", "The workers' club opened.")],
)
def test_word_diff_rebuilds_both_texts(old: str, new: str) -> None:
    diff = word_diff(old, new)
    assert "".join(t for op, t in diff if op != "insert") == old
    assert "".join(t for op, t in diff if op != "delete") == new


def test_phrase_search_on_a_target_without_morphology() -> None:
    tm = TranslationMemory(Database(memory=True), source_lang="en", target_lang="de")
    tm.import_units("de.tmx", [TranslationUnit("Good day, workers.", "Guten Tag, Arbeiter.", "en", "de"),
                               TranslationUnit("Day by day.", "Tag für Tag, guten Mutes.", "en", "de")])
    [hit] = tm.search("guten Tag", lang="de")
    assert hit.target == "Guten Tag, Arbeiter." and hit.spans == ((0, 9),)


def test_numbers_are_read_by_the_number_reader() -> None:
    """One reader for checks, alignment and memory: values and roles, as written for the faces."""
    from workbench.core.memory.search import UnitRow, numbers, rank

    assert numbers("It cost 3,500 rubles.") == numbers("It cost 3500 rubles.")
    assert numbers("Opened on 12 March.") != numbers("Opened on 12 April.")
    assert numbers("Сталь из мартена.", "ru") == {}  # «мартен» is no month
    rows = [UnitRow(1, "m", "Opened on 12 March 1923.", "Открыт 12 марта 1923 г.", None, None, None)]
    [match] = rank("Opened on 12 April 1923.", rows, min_score=50, limit=1)
    assert (match.numbers_only_in_text, match.numbers_only_in_match) == (("April",), ("March",))
