"""Work that grew with what a hostile file holds, bounded now (hardening, round 27).

* The aligner's footnotes: each segment opening with a marker was looked for in every earlier
  segment (a side of 10,000 notes «(1) …»: 6 s; 100,000 some ten minutes). `Notes` reads the
  markers the segments carry once.
* The number check: past 64 reading sets a side the sets' flow gave way to Kuhn's paths (1,000
  decades "1920s" beside 70 other decades: 6 s; 2,000 about 50); amounts restated in brackets,
  converted between units, or repeated in brackets were each weighed against every other token
  (2,000 "5 miles (12 km)": cubic, minutes).
The speed figures are `bench hostile_numbers`' rows; the tests count the work and check the answers.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from workbench.core import number_reader
from workbench.core.alignment.notes import Notes
from workbench.core.number_reader import NumberToken, compare_texts, readers


def plain_is_note(texts: list[str], k: int) -> bool:
    """The reading before: the marker looked for in every earlier segment."""
    from workbench.core.alignment.notes import MARKER, SAYS_NOTE

    if SAYS_NOTE.search(texts[k]):
        return True
    found = MARKER.match(texts[k])
    return found is not None and any(found.group(1) in earlier.lstrip()[1:] for earlier in texts[:k])


def test_notes_read_once_agree_with_each_segment_looked_for_in_every_earlier_one() -> None:
    rng = random.Random(27)
    pieces = ["(1)", "(2)", "(12)", "[I]", "[II]", "[4]", " ", "  ", "A dish", "kutya", "«Так", "(", ")",
              "[", "]", "x", "Прим. перев.", "[Footnote: ", "1", "((1))", "[[I]]", "\u00a0"]
    for _ in range(300):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(1, 12))]
        notes = Notes(texts)
        assert [notes.is_note(k) for k in range(len(texts))] == [plain_is_note(texts, k) for k in range(len(texts))]


def test_a_side_of_notes_only_finds_those_a_sentence_marks() -> None:
    """20,000 notes, one marker carried by a sentence: only the notes after it are notes (the
    plain reading took some 25 s over this side; `bench hostile_numbers` times it)."""
    texts = [f"({i % 999 + 1}) A note on the word number {i}." for i in range(20_000)]
    texts[5_000] = "The word (7) is glossed below."
    notes = Notes(texts)
    found = [k for k in range(len(texts)) if notes.is_note(k)]
    assert found[0] > 5_000 and texts[found[0]].startswith("(7)")
    assert len(found) == sum(1 for k in range(5_001, len(texts)) if texts[k].startswith("(7) "))


def test_many_reading_sets_are_paired_by_their_flow_not_kuhns_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    paths: list[int] = []
    kuhn = number_reader._augmenting_paths

    def counted(left, right, rest, unpaired):  # type: ignore[no-untyped-def]
        paths.append(len(rest))
        return kuhn(left, right, rest, unpaired)

    monkeypatch.setattr(number_reader, "_augmenting_paths", counted)
    others = [1000 + 10 * i for i in range(70)]
    source = "In the 1920s. " * 1000 + " ".join(f"the {d}s" for d in others)
    target = "В 1920-х. " * 1000 + " ".join(f"в {d}-х" for d in others)
    assert compare_texts(source, target, "en", "ru").agrees
    result = compare_texts(source, target.replace("в 1500-х", "в 1510-х"), "en", "ru")
    assert (len(result.missing), len(result.extra)) == (1, 1)  # which of the decades that share «-00-х» is said may vary
    assert max(paths, default=0) <= number_reader._MOST_AUGMENTED  # before: Kuhn's paths over all 1,070 tokens


@pytest.mark.parametrize(("seed", "values", "most", "rounds"), [(26, 6, 200, 100), (27, 300, 400, 40)],
                         ids=["few readings (round 26)", "many sets (round 27)"])
def test_the_flow_pairs_as_many_as_kuhns_paths(monkeypatch: pytest.MonkeyPatch, seed: int, values: int,
                                               most: int, rounds: int) -> None:
    rng = random.Random(seed)
    readings = [("number", value) for value in range(values)]

    def tokens() -> list[NumberToken]:
        return [NumberToken("x", 0, 1, frozenset(rng.sample(readings, rng.randint(1, 3))))
                for _ in range(rng.randint(0, most))]

    for _ in range(rounds):
        left, right = tokens(), tokens()
        monkeypatch.setattr(number_reader, "_MOST_AUGMENTED", 10**9)
        paths = number_reader._match(left, right)
        monkeypatch.setattr(number_reader, "_MOST_AUGMENTED", 0)
        flowed = number_reader._match(left, right)
        assert len(flowed) == len(paths)
        assert len(set(flowed.values())) == len(flowed)
        assert all(left[i].readings & right[j].readings for i, j in flowed.items())


def test_amounts_restated_in_brackets_are_tried_against_their_neighbours(monkeypatch: pytest.MonkeyPatch) -> None:
    tried = Counter[str]()
    beside = number_reader._in_brackets_beside

    def counted(one, two, text):  # type: ignore[no-untyped-def]
        tried["pairs"] += 1
        return beside(one, two, text)

    monkeypatch.setattr(number_reader, "_in_brackets_beside", counted)
    # "5 miles (8 km)" against «100 км»: both writings left, both said; the 45 miles are kept as 72 km
    result = compare_texts("It is 5 miles (8 km) from the farm. " * 300 + "The river is 45 miles (72 kilometers) long.",
                           "Это 100 км. " * 300 + "Река длиной 72 км.", "en", "ru")
    assert [t.text for t in result.extra] == ["100"] * 300
    assert len(result.missing) == 600 and "45 miles (72 kilometers) (one amount in two units)" in result.assumptions
    assert tried["pairs"] <= 6 * 302  # before: each of the 302 amounts left against every other token


def test_converted_amounts_find_their_partner_by_value() -> None:
    result = compare_texts("It is 5 miles away. " * 2000 + "He is 6 feet 2 inches tall.",
                           "Это 100 км. " * 1999 + "Это 8 км. " + "Рост 188 см.", "en", "ru")
    assert len(result.missing) == 1999 and len(result.extra) == 1999
    assert {t.text for t in result.extra} == {"100"}
    assert any("≈ 8 " in note or "≈ 8 (" in note for note in result.assumptions)
    assert any("6 feet 2 inches ≈ 188" in note for note in result.assumptions)


def test_candidates_take_the_first_token_given_in_range() -> None:
    tokens = [NumberToken(str(v), k, k + 1, frozenset({("number", number_reader.Decimal(v))}))
              for k, v in enumerate([100, 8, 9, 8, 50])]
    candidates = number_reader._Candidates(tokens)
    assert candidates.take(number_reader.Decimal(7), number_reader.Decimal(9)) is tokens[1]
    assert candidates.take(number_reader.Decimal(7), number_reader.Decimal(9)) is tokens[2]
    assert candidates.take(number_reader.Decimal(7), number_reader.Decimal(8)) is tokens[3]
    assert candidates.take(number_reader.Decimal(7), number_reader.Decimal(9)) is None
    assert candidates.left(4) == [tokens[0]]


def test_numbers_repeated_in_brackets_read_each_unit_word_once(monkeypatch: pytest.MonkeyPatch) -> None:
    words = Counter[str]()
    unit_word = number_reader._unit_word

    def counted(text, token):  # type: ignore[no-untyped-def]
        words["read"] += 1
        return unit_word(text, token)

    monkeypatch.setattr(number_reader, "_unit_word", counted)
    result = compare_texts("The value is 3 pages. " + "The same value (3) holds. " * 1000 + "Print 12 pages.",
                           "Значение 3 страницы. " + "Такое же значение. " * 1000 + "Печать.", "en", "ru")
    assert [t.text for t in result.missing] == ["12"]
    assert words["read"] <= 3 * 1002  # before: every token's word for each token left


@pytest.mark.parametrize("spaces", [1000, 50_000])
def test_a_number_before_a_run_of_blanked_tags_is_read_once(spaces: int) -> None:
    """5,000 tags after "Room 1", each blanked for the number check: 50,000 spaces after the
    number took a minute to read (`_BELOW_ZERO`'s two runs of spaces side by side)."""
    source, target = readers("en", "ru")
    assert [t.text for t in source.read("Room 1" + " " * spaces)] == ["1"]
    assert [t.text for t in target.read("Мороз 5" + " " * spaces + "градусов ниже нуля")][0] == "5"
    assert [sorted(t.readings) for t in source.read("It was 5 degrees below zero.")] == \
        [[("number", number_reader.Decimal(-5))]]


def test_a_target_of_thousands_of_doubled_words_names_twenty() -> None:
    from workbench.core.checks import run_checks
    from workbench.core.project import Segment, SegmentStatus

    target = "Работа " + " ".join(["АЭС"] * 4000) + "."
    segment = Segment(id=1, document_id=1, position=1, source="The NPP works.", target=target,
                      status=SegmentStatus.TRANSLATED, confidence=None, locked=False)
    found = [f for f in run_checks([segment], source_lang="en", target_lang="ru") if f.check == "repeated-word"]
    assert len(found) == 1 and len(found[0].target_spans) == 2000
    assert found[0].message.count("«АЭС АЭС»") == 20 and "and 1980 more" in found[0].message
    assert len(found[0].message) < 600  # before: 22,000 characters
