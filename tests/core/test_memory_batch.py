"""The batch best match (a project analysis) gives what one lookup per text gives, on a seeded memory."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from workbench.core.memory import TranslationMemory, batch, normalise, normalise_many, search
from workbench.core.stats import band_for
from workbench.formats.base import TranslationUnit
from workbench.tags import strip_tags

SEED = 1717
WORDS = [f"w{i}" for i in range(600)] + [
    "club", "clubs", "workers", "union", "unions", "paid", "opened", "theatre", "library", "town",
    "«quoted»", "don't", "Ёлка", "ёлка", "naïve", "résumé", "1923", "1925", "3,500", "3500",
]

ZIPF = [1 / (rank + 1) for rank in range(len(WORDS))]


def sentence(rng: random.Random, length: int) -> str:
    # Zipf: the first words are in most units, so some pair intersections reach the candidate cap
    words = rng.choices(WORDS, weights=ZIPF, k=length)
    text = " ".join(words)
    if rng.random() < 0.3:
        text = text.replace(" ", ", ", 1)
    if rng.random() < 0.1:
        text = "⟦1⟧" + text + "⟦/1⟧"
    return text[0].upper() + text[1:] + rng.choice([".", "!", "?", " ..."])


@pytest.fixture(scope="module")
def memory(tmp_path_factory: pytest.TempPathFactory) -> TranslationMemory:
    rng = random.Random(SEED)
    path: Path = tmp_path_factory.mktemp("batch") / "memory.db"
    tm = TranslationMemory.open(path)
    units = [TranslationUnit(sentence(rng, rng.randint(3, 18)), "перевод", "en", "ru") for _ in range(6_000)]
    tm.import_units("shared.tmx", units)
    for segment_id in range(1, 40):  # project-memory units, one left out per text below
        tm.record_segment(segment_id, units[segment_id].source, "перевод", "translated")
    return tm


def texts(rng: random.Random, memory: TranslationMemory) -> list[tuple[str, int | None]]:
    sources = [row[0] for row in memory.db.execute("select source from units order by id limit 3000")]
    found: list[tuple[str, int | None]] = []
    for index in range(400):
        roll = rng.random()
        if roll < 0.25:
            text = rng.choice(sources)
        elif roll < 0.5:
            words = rng.choice(sources).split()
            words[rng.randrange(len(words))] = rng.choice(WORDS)
            text = " ".join(words)
        elif roll < 0.6:
            text = rng.choice(sources).upper().replace(" ", "  ")
        else:
            text = sentence(rng, rng.randint(1, 25))
        found.append((text, index % 40 if index % 3 == 0 else None))
    return [*found, ("", None), ("   ", 3)]


@pytest.mark.parametrize("preload", [True, False], ids=["sources-read-at-once", "sources-read-as-needed"])
def test_the_batch_finds_the_best_match_one_lookup_finds(
    memory: TranslationMemory, preload: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "PRELOAD_RATIO", batch.PRELOAD_RATIO if preload else 0)
    monkeypatch.setattr(batch, "SOURCE_CACHE", batch.SOURCE_CACHE if preload else 500)  # the cache starts afresh too
    asked = texts(random.Random(SEED), memory)
    found = memory.best_matches(asked, min_score=50)
    bands = set()
    for (text, exclude), got in zip(asked, found):
        exact = memory.exact_lookup(text, exclude_segment=exclude) if text.strip() else None
        one = exact or next(iter(memory.lookup(text, min_score=50, limit=1, exclude_segment=exclude)), None)
        expected = None if one is None else (one.score, one.memory, one.unit_id)
        assert (None if got is None else (got.score, got.memory, got.unit_id)) == expected, text
        bands.add(band_for(None if got is None else got.score).id)
    assert {"100", "95-99", "85-94", "no-match"} <= bands, bands  # every kind of answer was compared


def test_the_batch_at_another_threshold(memory: TranslationMemory) -> None:
    asked = texts(random.Random(SEED + 1), memory)[:120]
    for (text, exclude), got in zip(asked, memory.best_matches(asked, min_score=80)):
        exact = memory.exact_lookup(text, exclude_segment=exclude) if text.strip() else None
        one = exact or next(iter(memory.lookup(text, min_score=80, limit=1, exclude_segment=exclude)), None)
        assert (None if got is None else got.score) == (None if one is None else one.score), text


@pytest.mark.parametrize("min_score", [50, 80])
def test_the_batch_shortlists_exactly_the_units_one_lookup_scores(memory: TranslationMemory, min_score: int) -> None:
    """Stronger than the same best match: the very set of units that can win is the lookup's, text by
    text, with the same ratio (a shortlist that misses or adds units would often still find the same
    best one). The batch takes the two scores in the other order (`_shortlist`): the lookup's rough
    shortlist, cut to the units whose scoring form reaches `min_score`, is what it must give."""
    asked = [text for text, _ in texts(random.Random(SEED + 2), memory) if text.strip()]
    asked += [" ".join(["w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7"][: n]) for n in range(1, 9)]  # the cap bites
    matcher = search.Matcher(memory.db.conn)
    batcher = batch.BatchMatcher(memory.db.conn)
    batcher.best([(text, None) for text in asked], min_score=min_score)  # stems, frequencies, exact keys
    words = batcher._stems({w.casefold() for text in asked for w in search.WORD.findall(text)})
    frequencies = batcher._frequencies({stem for stem, _ in words.values()})
    capped = scored = rough_edge = 0
    floor = min_score - search.ROUGH_MARGIN
    for text in asked:
        expected_ids = matcher._exact_ids(text) | matcher._candidate_ids(text, min_score)
        ids = batcher._candidates(text, words, frequencies, min_score)
        capped += len(ids) >= search.CANDIDATES
        ids.update(batcher._keyed.get(search.source_key(text), ()))
        assert set(ids) == expected_ids, text
        shortlist = matcher._rough_shortlist(text, expected_ids, min_score)
        marks = ",".join(map(str, expected_ids))
        sources = dict(memory.db.execute(f"select id, source from units where id in ({marks})")) if marks else {}
        ratios = {unit_id: fuzz.ratio(search.normalise(text), search.normalise(source))
                  for unit_id, source in sources.items()}
        expected = {unit_id: ratios[unit_id] for unit_id in shortlist if ratios[unit_id] >= min_score}
        got_ids, got_ratios = batcher._shortlist(text, ids, min_score)
        assert dict(zip(got_ids.tolist(), got_ratios.tolist())) == expected, text
        scored += len(expected)
        rough_edge += sum(  # units that reach min_score, with a rough score within 3 points of its cut-off
            abs(fuzz.ratio(strip_tags(text).casefold(), strip_tags(source).casefold()) - floor) <= 3
            for unit_id, source in sources.items() if ratios[unit_id] >= min_score
        )
    assert capped >= 3  # texts whose candidates stopped at the cap were compared too
    assert scored >= 200, scored
    # the analysis' threshold: units by the rough cut-off were compared (at 80 a unit whose scoring form
    # reaches 80 is nowhere near a rough 70, so no rough cut-off could change the units that can win)
    assert rough_edge >= 5 or min_score > 50, rough_edge


def test_a_bar_keeps_exactly_the_shortlisted_units_that_reach_it(memory: TranslationMemory) -> None:
    """The rest of a text's candidates are scored against the best score of its first groups
    (`_best_fuzzy`), with a length bound before rapidfuzz: at any bar, the units kept are those of the
    shortlist without a bar that reach it, with the same ratios (a bound too tight loses some)."""
    asked = [text for text, _ in texts(random.Random(SEED + 3), memory) if text.strip()]
    batcher = batch.BatchMatcher(memory.db.conn)
    batcher.best([(text, None) for text in asked], min_score=50)
    words = batcher._stems({w.casefold() for text in asked for w in search.WORD.findall(text)})
    frequencies = batcher._frequencies({stem for stem, _ in words.values()})
    compared = 0
    for text in asked:
        ids = batcher._candidates(text, words, frequencies, 50)
        unbarred = dict(zip(*(column.tolist() for column in batcher._shortlist(text, ids, 50)), strict=True))
        for bar in (60, 75, 90, 99):
            got = dict(zip(*(column.tolist() for column in batcher._shortlist(text, ids, 50, bar=bar)), strict=True))
            assert got == {unit_id: ratio for unit_id, ratio in unbarred.items() if ratio >= bar}, (text, bar)
            compared += len(got)
    assert compared >= 100, compared


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=40), max_size=30))
@settings(max_examples=300, deadline=None)
def test_normalise_many_is_normalise_of_each(texts: list[str]) -> None:
    assert normalise_many(texts) == [normalise(text) for text in texts]


@pytest.mark.parametrize("text", [
    "Ёлка «quoted» don't", "a\x00b", "⟦1⟧x⟦/1⟧ y⟦2/⟧", "e\u0301 ＡＢ ß", "\u0301x", "a_b c—d",
    "x\u00ad y", "\u2028a\x1cb", "", " ", "ǅ ﬁ İ", "3,500 км.", "⟦/1/⟧ x",
])
def test_normalise_many_on_odd_texts(text: str) -> None:
    assert normalise_many([text, "Plain, text.", text]) == [normalise(text), normalise("Plain, text."), normalise(text)]


def test_two_processes_find_what_one_finds(memory: TranslationMemory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "MIN_FORKED", 0)
    asked = texts(random.Random(SEED + 3), memory)[:150]
    one = memory.best_matches(asked, min_score=50)
    calls: list[tuple[int, int]] = []
    two = memory.best_matches(asked, min_score=50, workers=2, progress=lambda done, total: calls.append((done, total)))
    assert two == one
    assert sum(match is not None and match.score < 99 for match in two) >= 10  # the fuzzy half was compared
    assert calls and calls[-1][0] == calls[-1][1] < len(asked)  # this process's half reported


def test_a_child_killed_midway_leaves_its_half_to_this_process(
    memory: TranslationMemory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child's half is searched here on this process's own connection (the child's
    connection of its own is never opened here)."""
    import os
    import signal

    monkeypatch.setattr(batch, "MIN_FORKED", 0)
    monkeypatch.setattr(batch.BatchMatcher, "_in_child", lambda *_: os.kill(os.getpid(), signal.SIGKILL))
    asked = texts(random.Random(SEED + 3), memory)[:150]
    assert memory.best_matches(asked, min_score=50, workers=2) == memory.best_matches(asked, min_score=50)
