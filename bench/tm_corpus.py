"""A synthetic English-Russian translation memory of any size, for the TMX and memory benchmarks.

No parallel corpus of a million sentence pairs ships with the machine, and
none may be downloaded, so the corpus is made up, shaped like the real thing
where speed depends on it:

* words come from wordfreq's frequency lists (30,000 per language) and are
  drawn with Zipf weights, so a few words are everywhere and most are rare,
  as in real text (the prefilter's work depends on that skew);
* a sentence is two clauses of 3-12 words joined by a comma (8-25 words, like
  book prose); 100,000 clauses per language are drawn once and unit `i` pairs
  clause `a(i)` with clause `b(i)` through a fixed permutation, so every unit
  is distinct, each clause recurs in about 20 units (partial matches exist,
  as in a real memory) and making a unit costs a microsecond, which keeps
  generation out of the export timings;
* a unit's Russian side is built from the same clause indices, so the pair is
  stable, though of course not a translation.

Everything is seeded: runs on different days compare.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import random
import resource
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Self

import psutil

from workbench.formats.base import TranslationUnit

SEED = 1923
CLAUSES = 100_000
VOCABULARY = 30_000
_STEP = 7_919  # prime: i -> (i * _STEP) % CLAUSES is a permutation


@dataclass
class Corpus:
    """Clause pools per language and the vocabulary they were drawn from."""

    english: list[str]
    russian: list[str]
    english_words: list[str]
    russian_words: list[str]
    created: datetime = field(default_factory=lambda: datetime(2024, 3, 1, 12, 0, tzinfo=UTC))
    _openings: tuple[list[str], list[str]] = field(init=False, repr=False)
    """The clauses with a capital first letter, as they open a sentence: made once, so that
    a unit costs two joins (the export benchmark times the export, not this)."""

    def __post_init__(self) -> None:
        self._openings = ([c[:1].upper() + c[1:] for c in self.english], [c[:1].upper() + c[1:] for c in self.russian])

    def pair(self, index: int) -> tuple[str, str]:
        a = index % CLAUSES
        b = (index // CLAUSES + index * _STEP + 1) % CLAUSES
        english, russian = self._openings
        return english[a] + ", " + self.english[b] + ".", russian[a] + ", " + self.russian[b] + "."

    def units(self, count: int) -> Iterator[TranslationUnit]:
        for index in range(count):
            source, target = self.pair(index)
            yield TranslationUnit(
                source, target, "en", "ru", tuid=str(index + 1), created=self.created, changed=self.created,
                status="translated",
            )

    def sentence(self, rng: random.Random, lang: str = "en") -> str:
        """A sentence not in the memory (fresh clauses), for lookups that should miss."""
        words = self.english_words if lang == "en" else self.russian_words
        text = " ".join(_draw(rng, words, rng.randint(8, 25)))
        return text[0].upper() + text[1:] + "."


def _weights(size: int) -> list[float]:
    cumulative, total = [], 0.0
    for rank in range(size):
        total += 1.0 / (rank + 10)
        cumulative.append(total)
    return cumulative


_CUMULATIVE = _weights(VOCABULARY)


def _draw(rng: random.Random, words: list[str], count: int) -> list[str]:
    return rng.choices(words, cum_weights=_CUMULATIVE[: len(words)], k=count)


def build_corpus() -> Corpus:
    """The seeded corpus, drawn in a child process so wordfreq's tables (~140 MB) never
    count towards the peak memory of the steps being measured."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        english, russian, english_words, russian_words = pool.submit(_draw_corpus).result()
    return Corpus(english, russian, english_words, russian_words)


def _draw_corpus() -> tuple[list[str], list[str], list[str], list[str]]:
    from wordfreq import top_n_list

    rng = random.Random(SEED)
    english_words = [w for w in top_n_list("en", VOCABULARY * 2) if w.isalpha()][:VOCABULARY]
    russian_words = [w for w in top_n_list("ru", VOCABULARY * 2) if w.isalpha()][:VOCABULARY]
    english = [" ".join(_draw(rng, english_words, rng.randint(3, 12))) for _ in range(CLAUSES)]
    russian = [" ".join(_draw(rng, russian_words, rng.randint(3, 12))) for _ in range(CLAUSES)]
    return english, russian, english_words, russian_words


class Clock:
    """Wall-clock and CPU seconds of a block: on a shared machine they tell different stories.

    The CPU time is this process's plus that of the child processes that ended within the
    block (a memory import's writer process), so work moved to a child is still counted.
    """

    def __enter__(self) -> Self:
        self._wall, self._cpu, self._children = time.perf_counter(), time.process_time(), _children_cpu()
        self.wall = self.cpu = self.children = 0.0
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.children = _children_cpu() - self._children
        self.cpu = time.process_time() - self._cpu + self.children

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Leave this block's wall-clock and CPU time (of this process) out of the clock's:
        the benchmark making its own input, which is not what it measures."""
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self._wall += time.perf_counter() - wall
            self._cpu += time.process_time() - cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class PeakMemory:
    """Highest resident set size of this process and its child processes together while the
    block runs (sampled every 20 ms): a memory import's writer process counts."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._process = psutil.Process()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._rss())
            time.sleep(0.02)

    def _rss(self) -> int:
        total = self._process.memory_info().rss
        for child in self._process.children(recursive=True):
            with contextlib.suppress(psutil.Error):  # it may end between listing and reading
                total += child.memory_info().rss
        return total

    def __enter__(self) -> Self:
        self.peak = self._rss()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._rss())

    @property
    def megabytes(self) -> float:
        return self.peak / 2**20
