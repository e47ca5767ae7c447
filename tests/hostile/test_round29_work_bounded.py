"""Work that grew with what a hostile text holds, bounded now (hardening, round 29).

* The term checks read the construction of each occurrence of an English term (`frame_of`,
  `context_of`) from the whole text tokenised again (2,000 "armchair" against a target without
  the term: 7.3 s of `term-missing`).
* The term matcher asked what joins a word needing context to its neighbours by a substring
  search of the whole text for each distinct pair of neighbours (a text of 4,000 distinct
  hyphenated neighbours of a term: 1.7 s), and each hyphenated occurrence of a closed term
  ("arm-chair" for "armchair") located every token before it again (4,000: 4.2 s).
* `url-email` quoted every address whole (two of 49,000 letters: 98,134 characters) and named
  every one (1,000 links: 45,876); it weighed every missing address against every added one
  (1,000 links changed: 7-11 s), and read the target's sentences from its start for each address
  it added (2,000: 22 s), and each address's case against every other.
The speed figures are `bench hostile_round29`'s rows; these tests count the work and check the
answers.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Iterator
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
from workbench.core.checks import literals, quoted, run_checks
from workbench.core.checks.base import Finding
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


def url_findings(source: str, target: str) -> list[Finding]:
    return list(run_checks([segment(source, target)], source_lang="en", target_lang="ru", checks=["url-email"]))


def test_an_address_is_quoted_cut_in_its_middle() -> None:
    """Two addresses of 49,000 letters made a message of 98,134 characters (round 28's item)."""
    [finding] = url_findings("https://ex.com/" + "a" * 49_000 + "/end", "https://ex.com/" + "b" * 49_000 + "/end")
    assert len(finding.message) < 600
    assert "“https://ex.com/aaa" in finding.message and "aaa/end”" in finding.message and "…" in finding.message
    assert finding.source_spans == ((0, 49_019),) and finding.target_spans == ((0, 49_019),)
    cut_once = quoted.cut("x" * (quoted.MOST_CHARACTERS + 1))
    assert len(cut_once) == quoted.MOST_CHARACTERS and cut_once.count("…") == 1
    assert quoted.cut("x" * quoted.MOST_CHARACTERS) == "x" * quoted.MOST_CHARACTERS


def test_a_segment_of_many_changed_links_names_twenty_and_counts_the_rest() -> None:
    source = " ".join(f"[link {i}](https://ex.com/p{i})" for i in range(2_000))
    target = " ".join(f"[ссылка {i}](https://ex.com/x{i})" for i in range(2_000))
    [finding] = url_findings(source, target)
    assert len(finding.message) < 1_500
    assert "1980 more" in finding.message or "1,980 more" in finding.message
    assert len(finding.source_spans) == len(finding.target_spans) == 2_000


class Weighed:
    """A pairing rule that counts how often it is asked."""

    def __init__(self, same: Callable[[str, str], bool]) -> None:
        self.same, self.calls = same, 0

    def __call__(self, address: str, original: str) -> bool:
        self.calls += 1
        return self.same(address, original)


def test_pairing_weighs_a_bounded_number_of_pairs_and_links_kept_in_order_first() -> None:
    missing = Counter(f"https://ex.com/p{i}" for i in range(2_000))
    extra = Counter(f"https://ex.org/q{i}" for i in range(2_000))
    rule = Weighed(lambda address, original: False)
    literals._pair_off(missing, extra, rule)
    assert rule.calls <= literals._MOST_TRIED
    assert len(missing) == len(extra) == 2_000
    in_order = Weighed(lambda address, original: address.rsplit("/", 1)[1] == original.rsplit("/", 1)[1])
    missing = Counter(f"https://en.ex.com/p{i}" for i in range(2_000))
    extra = Counter(f"https://ru.ex.com/p{i}" for i in range(2_000))
    literals._pair_off(missing, extra, in_order)
    assert not missing and not extra
    assert in_order.calls == 2_000, "each kept link paired at its first try"


def plain_pair_off(missing: Counter[str], extra: Counter[str], same: Callable[[str, str], bool]) -> None:
    """`_pair_off` as it read before: every pair weighed."""
    for address in list(extra):
        for original in list(missing):
            if extra[address] and missing[original] and same(address, original):
                paired = min(extra[address], missing[original])
                extra[address] -= paired
                missing[original] -= paired
    extra += Counter()
    missing += Counter()


def test_pairing_under_the_bound_agrees_with_every_pair_weighed() -> None:
    rng = random.Random(2029)
    for _ in range(500):
        names = [f"a{i}" for i in range(8)]
        missing = Counter({rng.choice(names): rng.randint(1, 3) for _ in range(rng.randint(0, 6))})
        extra = Counter({rng.choice(names) + rng.choice("xy"): rng.randint(1, 3) for _ in range(rng.randint(0, 6))})
        pairs = {(rng.choice(names) + rng.choice("xy"), rng.choice(names)) for _ in range(rng.randint(0, 20))}
        expected_missing, expected_extra = Counter(missing), Counter(extra)
        plain_pair_off(expected_missing, expected_extra, lambda a, o, p=pairs: (a, o) in p)
        literals._pair_off(missing, extra, lambda a, o, p=pairs: (a, o) in p)
        assert (missing, extra) == (expected_missing, expected_extra)


def plain_in_credit(folded: str, address: str) -> bool:
    """`_in_credit` as it read before: the sentences from the start for each occurrence."""
    at = folded.find(address)
    while at >= 0:
        starts = [m.end() for m in literals._SENTENCE_END.finditer(folded, 0, at)]
        if literals._CREDIT.search(folded, starts[-1] if starts else 0, at) is not None:
            return True
        at = folded.find(address, at + 1)
    return False


def test_credits_read_once_agree_with_the_sentences_read_each_time() -> None:
    rng = random.Random(529)
    pieces = ["Перевод", "перевёл", "translated", "by", ". ", ".", "!", "? ", " ", "\n", "a@ex.org", "b@ex.org",
              "http://ex.org/a", "ivan", "<", ">", "A@EX.ORG"]
    for _ in range(2_000):
        target = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for address in ("a@ex.org", "b@ex.org", "http://ex.org/a", "ex.org"):
            assert literals._in_credit(target, address) == plain_in_credit(target.casefold(), address), (target, address)


def test_a_target_of_many_added_addresses_reads_its_credits_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each address the target added read its sentences from its start (2,000: 22 s)."""
    reads = []
    plain = literals._SENTENCE_END

    class Counted:
        def finditer(self, *args: object) -> Iterator[re.Match[str]]:
            reads.append(args[1:])
            return plain.finditer(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(literals, "_SENTENCE_END", Counted())
    source = " ".join(f"https://ex.com/p{i}" for i in range(2_000))
    target = "Перевод выполнил Иван. " + " ".join(f"https://ex.org/q{i}" for i in range(2_000))
    [finding] = url_findings(source, target)
    assert len(reads) <= 2, f"the target's sentences read {len(reads):,} times"
    credited = url_findings("Written by Dan <dan@ex.com>.", "Написал Dan <dan@ex.com>. Перевод выполнила Оля <olya@ex.org>.")
    assert not credited
