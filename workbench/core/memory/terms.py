"""How rare each source stem is in the memory: the prefilter's compass.

The fuzzy-match prefilter starts from the query's rarest stems, so it needs
each stem's document frequency. FTS5 can tell (`fts5vocab`), but only by
walking the stem's whole posting list: "the" in a million units costs
milliseconds on every lookup. So the counts live in `source_terms`, a plain
table looked up by primary key:

* after a bulk change (importing or removing a shared memory) the table is
  rebuilt from `fts5vocab` in one scan (about a second per million units);
* after a small change (the project memory following the translator) only
  the stems of the changed units are counted and added or subtracted.

Stems are always made by SQLite's own tokenizer (a temporary FTS5 table with
the index's tokenizer), so they are exactly the index's stems.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from workbench.core.memory.schema import SOURCE_TOKENIZER, SOURCE_VOCAB, TERMS_TABLE

SMALL_CHANGE = 5_000
"""Units changed at most for counting their stems; beyond, the table is rebuilt."""


def ensure_stemmer(conn: sqlite3.Connection) -> None:
    conn.execute(f"create virtual table if not exists temp.stemmer using fts5(text, tokenize='{SOURCE_TOKENIZER}')")
    conn.execute("create virtual table if not exists temp.stemmer_vocab using fts5vocab(temp, stemmer, 'instance')")


@contextmanager
def stemming(conn: sqlite3.Connection) -> Iterator[None]:
    """The temporary stemmer, ready, and the transaction its inserts open ended after them.

    Python's sqlite3 begins a transaction before an insert, even into a temporary table: a
    lookup outside a write left it open, every unit the TUI recorded afterwards joined it
    (`write_transaction` joins an open one) and none was committed, so the memory file's
    write lock stayed with the TUI ("the project is busy" to every other program) and its
    units reached no other reader (user days). Inside a caller's transaction, it stays."""
    ensure_stemmer(conn)
    began = not conn.in_transaction
    try:
        yield
    finally:
        if began and conn.in_transaction:
            conn.commit()


def first_stems(conn: sqlite3.Connection, words: list[str]) -> dict[int, str]:
    """The stem of each word (by position in `words`); a word the tokenizer splits keeps its first."""
    with stemming(conn):
        conn.executemany("insert into temp.stemmer(rowid, text) values (?, ?)", enumerate(words))
        stems: dict[int, str] = {}
        for doc, term in conn.execute("select doc, term from temp.stemmer_vocab order by doc, offset"):
            stems.setdefault(doc, term)
        conn.execute("delete from temp.stemmer")
    return stems


def stem_document_counts(conn: sqlite3.Connection, texts: Iterable[str]) -> Counter[str]:
    """For each stem, in how many of `texts` it occurs."""
    with stemming(conn):
        conn.executemany("insert into temp.stemmer(rowid, text) values (?, ?)", enumerate(texts))
        counts: Counter[str] = Counter(
            dict(conn.execute("select term, count(distinct doc) from temp.stemmer_vocab group by term"))
        )
        conn.execute("delete from temp.stemmer")
    return counts


def document_frequencies(conn: sqlite3.Connection, stems: list[str]) -> dict[str, int]:
    """Document frequency of each stem that occurs in the memory."""
    found: dict[str, int] = {}
    for start in range(0, len(stems), 500):  # SQLite caps the number of parameters
        chunk = stems[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(conn.execute(f"select term, docs from {TERMS_TABLE} where term in ({marks}) and docs > 0", chunk))
    return found


def rebuild(conn: sqlite3.Connection) -> None:
    """Recount every stem from the full-text index (after a bulk change)."""
    conn.execute(f"delete from {TERMS_TABLE}")
    conn.execute(f"insert into {TERMS_TABLE}(term, docs) select term, doc from {SOURCE_VOCAB}")


def adjust(conn: sqlite3.Connection, sources: list[str], sign: int) -> None:
    """Add (`sign=1`) or subtract (`-1`) the stems of a few units' sources."""
    counts = stem_document_counts(conn, sources)
    conn.executemany(
        f"insert into {TERMS_TABLE}(term, docs) values (?, ?) "
        "on conflict(term) do update set docs = docs + excluded.docs",
        [(term, sign * count) for term, count in counts.items()],
    )
    if sign < 0:
        conn.execute(f"delete from {TERMS_TABLE} where docs <= 0")
