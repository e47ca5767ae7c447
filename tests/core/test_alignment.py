"""The aligner: invariants for any input, each bead type, fixed points, anchors,
and accuracy on the committed sample of real translations."""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.alignment.aligner import Bead, Sentence, align
from workbench.core.alignment.anchors import anchors, numbers, phonetic_keys, transliterations
from workbench.errors import InputError

SAMPLE = Path(__file__).resolve().parents[2] / "bench" / "data" / "alignment" / "sample.json"


def _check_cover(beads: list[Bead], n: int, m: int) -> None:
    """Monotone, consecutive, every sentence of both sides exactly once, confidence in [0, 1]."""
    assert [i for b in beads for i in b.source] == list(range(n))
    assert [j for b in beads for j in b.target] == list(range(m))
    for bead in beads:
        assert bead.source or bead.target
        assert 0.0 <= bead.confidence <= 1.0
        for side in (bead.source, bead.target):
            assert list(side) == list(range(side[0], side[0] + len(side))) if side else True


sentences = st.lists(
    st.builds(Sentence, st.text(max_size=60), st.integers(min_value=0, max_value=3)), max_size=25
).map(lambda xs: sorted(xs, key=lambda s: s.paragraph))


@settings(max_examples=60, deadline=None)
@given(sentences, sentences)
def test_any_input_is_covered_exactly_once_in_order(
    source: list[Sentence], target: list[Sentence]
) -> None:
    _check_cover(align(source, target), len(source), len(target))


@st.composite
def fixed_points(draw: st.DrawFn, n: int, m: int) -> list[Bead]:
    """Valid fixed beads of any shape: cut both sides at the same number of
    increasing points and keep some of the pieces (at least one sentence each)."""
    cuts = draw(st.integers(min_value=0, max_value=6))
    src_cuts = sorted(draw(st.lists(st.integers(0, n), min_size=cuts, max_size=cuts)))
    tgt_cuts = sorted(draw(st.lists(st.integers(0, m), min_size=cuts, max_size=cuts)))
    src_edges, tgt_edges = [0, *src_cuts, n], [0, *tgt_cuts, m]
    pieces = [
        Bead(tuple(range(s0, s1)), tuple(range(t0, t1)), 0.123)
        for s0, s1, t0, t1 in zip(src_edges, src_edges[1:], tgt_edges, tgt_edges[1:], strict=False)
        if s1 > s0 or t1 > t0
    ]
    return [piece for piece in pieces if draw(st.booleans())]


@settings(max_examples=60, deadline=None)
@given(sentences, sentences, st.data())
def test_fixed_beads_are_kept_and_the_rest_realigned(
    source: list[Sentence], target: list[Sentence], data: st.DataObject
) -> None:
    fixed = data.draw(fixed_points(len(source), len(target)))
    again = align(source, target, fixed=fixed)
    _check_cover(again, len(source), len(target))
    for bead in fixed:
        assert any(bead is kept for kept in again)


def test_long_random_input_uses_the_banded_search() -> None:
    source = [Sentence(f"Sentence {i} has {'word ' * (i % 7 + 1)}.", i // 5) for i in range(900)]
    target = [
        Sentence(f"Предложение {i} {'слово ' * (i % 7 + 1)}.", i // 5) for i in range(900) if i % 13
    ]
    beads = align(source, target)
    _check_cover(beads, len(source), len(target))
    assert sum(1 for b in beads if len(b.source) == 1 and len(b.target) == 1) > 800


def test_empty_sides() -> None:
    assert align([], []) == []
    assert [(b.source, b.target) for b in align([Sentence("One.", 0)], [])] == [((0,), ())]
    assert [
        (b.source, b.target) for b in align([], [Sentence("Раз.", 0), Sentence("Два.", 0)])
    ] == [
        ((), (0,)),
        ((), (1,)),
    ]


EN = [
    "The congress met in Moscow in October 1923.",
    "Lenin spoke about decentralization of the clubs.",
    "It lasted three days.",
    "Bukharin replied with a long speech about culture, workers' leisure and the trade unions.",
    "What did the delegates decide?",
    "They voted for 3,500 new clubs (in 1924).",
]
RU = [
    "Съезд собрался в Москве в октябре 1923 года.",
    "Ленин говорил о децентрализации клубов.",
    "Он длился три дня.",
    "Бухарин ответил длинной речью о культуре.",
    "Он говорил о досуге рабочих и о профсоюзах.",
    "Что решили делегаты?",
    "Они проголосовали за 3 500 новых клубов (в 1924 г.).",
]


def _pairs(
    source: list[str], target: list[str], **kwargs: object
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    beads = align([Sentence(s, 0) for s in source], [Sentence(t, 0) for t in target], **kwargs)  # type: ignore[arg-type]
    return [(b.source, b.target) for b in beads]


def test_one_to_one_and_one_to_two() -> None:
    assert _pairs(EN, RU) == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
        ((3,), (3, 4)),
        ((4,), (5,)),
        ((5,), (6,)),
    ]


def test_two_to_one() -> None:
    assert _pairs(RU, EN) == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
        ((3, 4), (3,)),
        ((5,), (4,)),
        ((6,), (5,)),
    ]


def test_one_to_zero_and_zero_to_one() -> None:
    # The sentence with the date and the city has no counterpart: its anchors find no partner.
    assert _pairs(EN, RU[1:]) == [
        ((0,), ()),
        ((1,), (0,)),
        ((2,), (1,)),
        ((3,), (2, 3)),
        ((4,), (4,)),
        ((5,), (5,)),
    ]
    assert _pairs(EN[1:], RU) == [
        ((), (0,)),
        ((0,), (1,)),
        ((1,), (2,)),
        ((2,), (3, 4)),
        ((3,), (5,)),
        ((4,), (6,)),
    ]


def test_one_to_three_and_three_to_one() -> None:
    en = [
        "In 1921 the club had 40 members.",
        "In 1922 it grew.",
        "By 1923 it had 210 members, a library and a choir.",
    ]
    ru = [
        "В 1921 году в клубе было 40 членов.",
        "В 1922 году он вырос.",
        "К 1923 году в нём было 210 членов.",
        "У клуба была библиотека.",
        "Был и хор.",
    ]
    assert _pairs(en, ru) == [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3, 4))]
    assert _pairs(ru, en) == [((0,), (0,)), ((1,), (1,)), ((2, 3, 4), (2,))]


def test_two_to_two() -> None:
    # Content crosses the sentence boundary: each 1-1 pairing would be absurd by length.
    en = [
        (
            "In 1925 the Moscow council of trade unions wrote a long report on the state of "
            "the workers' clubs in the city and its suburbs, and"
        ),
        "Lenin's widow read it.",
    ]
    ru = [
        "Крупская, вдова Ленина, прочла доклад,",
        (
            "который Московский совет профсоюзов написал в 1925 году о положении рабочих клубов "
            "в городе и пригородах."
        ),
    ]
    assert _pairs(["Before 1920.", *en, "After 1930."], ["До 1920 г.", *ru, "После 1930 г."]) == [
        ((0,), (0,)),
        ((1, 2), (1, 2)),
        ((3,), (3,)),
    ]


def test_paragraph_marks_steer_ambiguous_lengths() -> None:
    en = [
        Sentence("Aaaa aaaa aaaa.", 0),
        Sentence("Bbbb bbbb bbbb.", 0),
        Sentence("Cccc cccc cccc.", 1),
    ]
    ru = [
        Sentence("Аааа аааа аааа.", 0),
        Sentence("Бббб бббб бббб.", 1),
        Sentence("Вввв вввв вввв.", 1),
    ]
    beads = align(en * 5, ru * 5)
    _check_cover(beads, 15, 15)


def test_concepts_anchor_beads() -> None:
    # Lengths cannot tell which sentence the translator dropped; the termbase can.
    en = ["The soviet approved it.", "The club approved it.", "The union approved it."]
    ru = ["Одобрил совет.", "Одобрил союз."]
    terms = {"soviet": "c1", "совет": "c1", "club": "c2", "клуб": "c2", "union": "c3", "союз": "c3"}

    def concepts(text: str, lang: str) -> frozenset[str]:
        return frozenset(cid for word, cid in terms.items() if word in text.lower())

    assert _pairs(en, ru, concepts=concepts) == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_confidence_ranks_the_doubtful_bead_lowest() -> None:
    """The pair whose anchors disagree ranks lowest (the bench measures ranking at scale)."""
    en = [f"Paragraph {k} mentions the year {1900 + k} and Lenin." for k in range(12)]
    ru = [f"Абзац {k} упоминает {1900 + k} год и Ленина." for k in range(12)]
    ru[6] = "Совсем другая фраза без чисел, которая ничему не соответствует и заметно длиннее."
    beads = align([Sentence(s, 0) for s in en], [Sentence(s, 0) for s in ru])
    lowest = min(beads, key=lambda b: b.confidence)
    assert 6 in lowest.source or 6 in lowest.target
    assert all(lowest.confidence < b.confidence for b in beads if b is not lowest)


def test_a_fixed_unpaired_sentence_is_placed_by_the_aligner() -> None:
    """A confirmed 1-0 bead says the sentence has no translation, not where it sits
    on the other side: the beads around it are still aligned freely."""
    dropped = RU[:2] + RU[3:]
    fixed = [Bead((2,), (), 0.5)]
    beads = align([Sentence(s, 0) for s in EN], [Sentence(t, 0) for t in dropped], fixed=fixed)
    assert [(b.source, b.target) for b in beads] == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), ()),
        ((3,), (2, 3)),
        ((4,), (4,)),
        ((5,), (5,)),
    ]
    assert beads[2] is fixed[0]


@pytest.mark.parametrize(
    "fixed",
    [
        [Bead((0,), (0,), 1.0), Bead((0,), (1,), 1.0)],
        [Bead((1, 3), (0,), 1.0)],
        [Bead((5,), (0,), 1.0)],
        [Bead((), (), 1.0)],
        [Bead((1,), (1,), 1.0), Bead((0,), (2,), 1.0)],
    ],
)
def test_bad_fixed_beads_are_refused(fixed: list[Bead]) -> None:
    with pytest.raises(InputError):
        align(
            [Sentence("a", 0), Sentence("b", 0)],
            [Sentence("а", 0), Sentence("б", 0), Sentence("в", 0)],
            fixed=fixed,
        )


# --- anchors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("english", "russian", "key"),
    [
        ("3,500 workers", "3 500 рабочих", "number:3500"),
        ("3,500 workers", "3\u00a0500 рабочих", "number:3500"),
        ("1,250,000 roubles", "1 250 000 рублей", "number:1250000"),
        ("3.5 per cent", "3,5 процента", "number:3.5"),
        ("in the 1920s", "в 1920-е годы", "decade:1920"),
        ("in the 1920s", "в 1920-х годах", "decade:1920"),
        ("on 5 October", "5 октября", "month:10"),
        ("the 5th congress", "5-й съезд", "number:5"),
        ("kernel 2.6.32", "ядро 2.6.32", "version:2.6.32"),
    ],
)
def test_numbers_and_dates_meet_across_languages(english: str, russian: str, key: str) -> None:
    assert key in numbers(english, "en")
    assert key in numbers(russian, "ru")


def test_decades_are_not_years_and_identifiers_are_not_numbers() -> None:
    assert "number:1920" not in numbers("the 1920s", "en")
    assert not numbers("ext4 and x86_64", "en")
    assert "month:5" not in numbers("you may want", "en")


def test_anchors_read_numbers_with_the_number_reader() -> None:
    """One reader for checks and alignment: scale words count, «мартен» is no March."""
    assert "number:300000" in numbers("Over 300 thousand came.", "en")
    assert "number:300000" in numbers("Пришло более 300 тыс.", "ru")
    assert not numbers("Сталь варили в мартене.", "ru")
    assert "month:3" in numbers("В марте.", "ru")


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("Lenin", "Ленин"),
        ("Lenin", "Лениным"),
        ("decentralization", "децентрализация"),
        ("Bukharin", "Бухарина"),
        ("Khrushchev", "Хрущёв"),
        ("Proletkult", "Пролеткульт"),
        ("architecture", "архитектура"),
        ("Washington", "Вашингтон"),
    ],
)
def test_transliteration_keys_meet(english: str, russian: str) -> None:
    assert set(transliterations(f"x {english}", "en")) & set(transliterations(f"x {russian}", "ru"))


def test_transliteration_ignores_short_common_words_and_sentence_start() -> None:
    assert not transliterations("x and the for", "en")
    assert phonetic_keys("Lenin") == {"LN"}
    assert not transliterations("This", "en")


def test_punctuation_and_verbatim_tokens() -> None:
    en = anchors('Is "apt-get" (the tool) needed: yes?', "en")
    ru = anchors("Нужен ли «apt-get» (инструмент): да?", "ru")
    for key in ("p:?", "p:(", "p::", "p:quote", "lat:apt-get"):
        assert key in en and key in ru


# --- accuracy on real translations -----------------------------------------------------------


def test_accuracy_on_the_committed_gold_sample() -> None:
    """Strict F1 on real Debian documentation (see bench/alignment_gold.py), clean
    and with paragraph marks removed; the full evaluation is bench/bench_alignment.py."""
    documents = json.loads(SAMPLE.read_text(encoding="utf-8"))
    found = gold_total = correct = 0
    for doc in documents:
        for keep_paragraphs in (True, False):
            source = [Sentence(text, p if keep_paragraphs else 0) for text, p in doc["source"]]
            target = [Sentence(text, p if keep_paragraphs else 0) for text, p in doc["target"]]
            gold = {(tuple(s), tuple(t)) for s, t in doc["beads"] if s and t}
            test = {(b.source, b.target) for b in align(source, target) if b.source and b.target}
            found += len(test)
            gold_total += len(gold)
            correct += len(gold & test)
    precision, recall = correct / found, correct / gold_total
    assert 2 * precision * recall / (precision + recall) >= 0.99


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_freed_memory_is_handed_back_where_glibc_runs() -> None:
    """On glibc (Linux, CI) the aligner really trims its heap between passes: the
    function is found, not silently skipped."""
    from workbench.core.alignment.heap import _malloc_trim, release_freed_memory

    trim = _malloc_trim()
    assert trim is not None
    release_freed_memory()
    blocks = [bytearray(4096) for _ in range(20_000)]
    del blocks
    assert trim(0) in (0, 1)


def test_reading_the_translation_on_a_second_core_gives_the_same_beads(
    text_readers: Callable[[], set[int]],
) -> None:
    """`workers=2` reads the translation in a forked child; keys and stems are numbered
    there in a vocabulary of its own and renumbered here, so every bead, margin and
    confidence is what one process gives."""
    documents = json.loads(SAMPLE.read_text(encoding="utf-8"))
    source = [Sentence(text, p) for doc in documents for text, p in doc["source"]]
    target = [Sentence(text, p) for doc in documents for text, p in doc["target"]]
    alone = align(source, target)
    assert text_readers() == {os.getpid()}
    shared = align(source, target, workers=2)
    assert len(text_readers()) == 2
    assert [(b.source, b.target, b.margin, b.confidence) for b in shared] == [
        (b.source, b.target, b.margin, b.confidence) for b in alone
    ]
