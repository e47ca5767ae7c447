"""Work that grew with what a hostile text holds, bounded now (hardening, round 29).

* The term checks read the construction of each occurrence of an English term (`frame_of`,
  `context_of`) from the whole text tokenised again (2,000 "armchair" against a target without
  the term: 7.3 s of `term-missing`).
* The term matcher asked what joins a word needing context to its neighbours by a substring
  search of the whole text for each distinct pair of neighbours (a text of 4,000 distinct
  hyphenated neighbours of a term: 1.7 s), and each hyphenated occurrence of a closed term
  ("arm-chair" for "armchair") located every token before it again (4,000: 4.2 s).
The speed figures are `bench hostile_round29`'s rows; these tests count the work and check the
answers.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace

import pytest

from termbase import match as termbase_match
from termbase import senses
from termbase.enforce import Enforcer
from termbase.grammar import EN_DETERMINERS, EN_FUNCTION_WORDS, EN_MASS_OR_COUNT, EN_PREPOSITIONS
from termbase.match import Matcher
from termbase.model import Concept, Term
from termbase.morphology import lemmatizer_for
from termbase.normalize import fold_word, is_word, token_spans
from workbench.core.checks import run_checks
from workbench.core.project import Segment, SegmentStatus

TERM_CHECKS = ["term-missing", "term-forbidden", "term-variant-mix"]


def segment(source: str, target: str) -> Segment:
    return Segment(id=1, document_id=1, position=1, source=source, target=target,
                   status=SegmentStatus.TRANSLATED, confidence=None, locked=False)


def word(i: int, letters: str = "bcdfghklmnprstv", vowels: str = "aeiou") -> str:
    """A made-up word no dictionary holds, one for each number."""
    made, i = "", i + 1
    while i:
        made += letters[i % len(letters)] + vowels[i // len(letters) % len(vowels)]
        i //= len(letters) * len(vowels)
    return made + "ion"


class Searched(str):
    """A text that counts the searches of it for more than a character or two."""

    searches = 0

    def __contains__(self, needle: object) -> bool:
        if isinstance(needle, str) and len(needle) > 2:
            Searched.searches += 1
        return super().__contains__(needle)


def test_the_joiners_around_a_term_are_read_where_it_stands() -> None:
    enforcer = Enforcer([Concept("npp", terms=(Term("NPP", "en"), Term("АЭС", "ru")))], "en", "ru")
    source = Searched(" ".join(f"{word(i)} NPP {word(i + 7)}-x" for i in range(1_000)))
    Searched.searches = 0
    assert not list(run_checks([segment(source, "АЭС " * 1_000)], source_lang="en", target_lang="ru",
                               enforcer=enforcer, checks=TERM_CHECKS))
    assert Searched.searches <= 10, f"{Searched.searches:,} searches of the whole text for joiners"


def test_hyphenated_occurrences_locate_the_tokens_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    plain = termbase_match._token_spans

    def counted(text: str, toks: list[str], count: int) -> list[tuple[int, int]]:
        calls.append(count)
        return plain(text, toks, count)

    monkeypatch.setattr(termbase_match, "_token_spans", counted)
    concepts = [Concept("chair", terms=(Term("armchair", "en"), Term("кресло", "ru")))]
    text = "the arm-chair and the arm chair " * 2_000
    found = Matcher(concepts, "en").find(text)
    assert [m.text for m in found] == ["arm-chair"] * 2_000
    assert len(calls) <= 3, f"{len(calls):,} readings of the text's token spans"
    enforcer = Enforcer(concepts, "en", "ru")
    findings = list(run_checks([segment(text, "стул " * 2_000)], source_lang="en", target_lang="ru",
                               enforcer=enforcer, checks=["term-missing"]))
    assert [f.check for f in findings] == ["term-missing"]


def test_term_missing_reads_the_text_once_for_its_occurrences(monkeypatch: pytest.MonkeyPatch) -> None:
    """`_before_noun` read the construction of each occurrence from the whole text tokenised
    again (2,000 "armchair" against a target without the term: 7.3 s of `term-missing`)."""
    calls = []
    plain = senses.token_spans

    def counted(text: str) -> Iterator[tuple[str, int, int]]:
        calls.append(len(text))
        return plain(text)

    monkeypatch.setattr(senses, "token_spans", counted)
    enforcer = Enforcer([Concept("chair", terms=(Term("armchair", "en"), Term("кресло", "ru")))], "en", "ru")
    source = "the armchair and " * 2_000
    findings = list(run_checks([segment(source, "стул " * 2_000)], source_lang="en", target_lang="ru",
                               enforcer=enforcer, checks=["term-missing"]))
    assert [f.check for f in findings] == ["term-missing"]
    assert calls.count(len(source)) <= 2, f"the text tokenised {calls.count(len(source)):,} times"


def plain_frame(text: str, start: int, end: int) -> senses.Frame:
    """`frame_of` as it read before: every token of the text for each occurrence."""
    lemmatizer = lemmatizer_for("en")
    spans = list(token_spans(text))
    after = next(((token, s) for token, s, _ in spans if s >= end), None)
    modifier = (after is not None and is_word(after[0]) and not fold_word(text[start:end]).endswith("'s")
                and text[end:after[1]].strip() in ("", "-") and fold_word(after[0]) not in EN_FUNCTION_WORDS
                and "NOUN" in lemmatizer.analyses(fold_word(after[0])))
    counted: bool | None = False
    for token, _, _ in [span for span in spans if span[2] <= start][::-1][:3]:
        word = fold_word(token)
        if word in EN_MASS_OR_COUNT:
            counted = None
        elif word in EN_DETERMINERS or (len(word) > 2 and word.endswith("'s")):
            counted = True
        elif is_word(token) and word not in EN_FUNCTION_WORDS and word not in EN_PREPOSITIONS and (
                {"ADJ", "NOUN"} & lemmatizer.analyses(word).keys()):
            counted = None
            continue
        else:
            counted = False
        break
    return senses.Frame(modifier, counted)


def test_frames_and_contexts_agree_with_every_token_read() -> None:
    rng = random.Random(29)
    pieces = ["the", "a", "armchair", "arm-chair", "-", " - ", "'s", "glass", "of", ",", ".", "“", "silver", "ran",
              "workers'", "_it_", "rose", "beds", "\u00a0", "Anna's", "stone"]
    policy = replace(senses.DEFAULT_POLICY, window=3)
    for _ in range(400):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        words = [span for span in token_spans(text) if is_word(span[0])]
        if not words:
            continue
        first = rng.randrange(len(words))
        start, end = words[first][1], words[rng.choice([first, rng.randrange(first, len(words))])][2]
        before = [t for t, _, e in words if e <= start][-3:]
        after = [t for t, s, _ in words if s >= end][:3]
        inside = [fold_word(t) for t, s, e in words if s >= start and e <= end]
        context = senses.context_of("c", text, start, end, "en", policy=policy)
        assert context.form == " ".join(inside), text
        assert context.neighbours == senses.content_lemmas(before + after, "en", policy) - senses.content_lemmas(
            inside, "en", policy), text
        assert context.frame == plain_frame(text, start, end), text
