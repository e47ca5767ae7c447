"""Work that grew with what a hostile text holds, and free text that grew without bound, bounded
now (hardening, round 28).

* The number check: the ends of an age's span («20–29 лет» for "in his 20s") were looked for
  among every target number for each decade, and the number words outside the digits' spans
  ("two (2)") were each tested against every digit: both quadratic.
* Term extraction: the candidates of one pair each read its other side's phrases again (a
  sentence of 5,000 words: 5,000 times 20,000), and a key of no word ("of" read in Russian text)
  divided by zero.
* The term matcher asked for the joiners around each occurrence by a search of the whole text.
* `url-email` read a long address for Cyrillic placeholders from each of its letters.
* An acceptance's reason, a rule's message and id, and the names of comments and verdicts were
  stored whole (a reason of 1 MB, a name of 120,000 letters).
The speed figures are `bench hostile_numbers`' and `bench hostile_round28`'s rows; these tests
count the work and check the answers.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from termbase import match as termbase_match
from termbase.enforce import Enforcer
from termbase.model import Concept, Term
from workbench.cli import main
from workbench.core import number_reader
from workbench.core.checks import literals, run_checks
from workbench.core.extraction import candidates as extraction_candidates
from workbench.core.extraction import equivalents as extraction_equivalents
from workbench.core.extraction import extract
from workbench.core.extraction.ranking import termhood
from workbench.core.number_reader import NumberToken, compare_texts
from workbench.core.project import Segment, SegmentStatus


class Counted(list[NumberToken]):
    """A list that counts how often it is read through."""

    reads = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        Counted.reads += 1
        return super().__iter__()


def test_the_words_outside_the_digits_are_found_in_one_pass_over_the_digits() -> None:
    source_reader, _ = number_reader.readers("en", "ru")
    text = "two (2) " * 2_000
    tokens, words = source_reader.read(text), source_reader.words(text)
    Counted.reads = 0
    outside = number_reader._outside(words, Counted(tokens))
    assert Counted.reads <= 2, "every word read every digit again"
    assert outside == [w for w in words if not any(t.start < w.end and w.start < t.end for t in tokens)]
    assert len(compare_texts(text, "три", "en", "ru").missing) == 2_000


def test_words_outside_agree_with_every_token_tested() -> None:
    rng = random.Random(28)
    for _ in range(500):
        def spans(count: int) -> list[NumberToken]:
            found = []
            for _ in range(count):
                start = rng.randint(0, 60)
                found.append(NumberToken("x", start, start + rng.randint(1, 8), frozenset()))
            return found
        words, tokens = spans(rng.randint(0, 12)), spans(rng.randint(0, 12))
        assert number_reader._outside(words, tokens) == [
            w for w in words if not any(t.start < w.end and w.start < t.end for t in tokens)]


class CountingPattern:
    """`_SPAN_TO` with its `fullmatch` calls counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def fullmatch(self, *args: object) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.fullmatch(*args)  # type: ignore[arg-type]


def test_an_age_span_is_ended_by_the_numbers_just_after_its_start(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = CountingPattern(number_reader._SPAN_TO)
    monkeypatch.setattr(number_reader, "_SPAN_TO", counting)
    result = compare_texts("in his 20s " * 2_000, "20–29 лет " * 2_000, "en", "ru")
    assert result.agrees
    assert counting.calls <= 3 * 2_000, f"{counting.calls:,} joints tried for 2,000 spans"
    # an end that is no decade's end, or no span's, is still said
    left = compare_texts("in his 20s " * 300, "от 20 до 40 лет " * 300, "en", "ru")
    assert [t.text for t in left.extra] == ["40"] * 300


def plain_span_ends(left: list[NumberToken], ages: list[tuple[NumberToken, NumberToken]], target: str) -> list[NumberToken]:
    """The reading before: every token left tried against every age's start."""
    ends: list[NumberToken] = []
    for age, start in ages:
        nexts = {v + step for role, v in age.readings if role == number_reader.DECADE_SHORT for step in (9, 10)}
        ends += [t for t in left if t.start > start.end and number_reader._SPAN_TO.fullmatch(target, start.end, t.start)
                 and any(role == number_reader.NUMBER and v in nexts for role, v in t.readings)]
    return [t for t in left if t not in ends]


def test_age_span_ends_agree_with_every_token_tried() -> None:
    rng = random.Random(2028)
    pieces = ["20", "29", "30", "40", "–", "-", " ", "  ", " до ", " по ", "to", "лет", "и", "\u00a0"]
    _, target_reader = number_reader.readers("en", "ru")
    source_reader, _ = number_reader.readers("en", "ru")
    age = next(t for t in source_reader.read("in his 20s") if t.kind == "decade")
    for _ in range(400):
        target = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        tokens = [t for t in target_reader.read(target) if t.required]
        if not tokens:
            continue
        starts = rng.sample(range(len(tokens)), rng.randint(1, len(tokens)))
        pairs = {k: j for k, j in enumerate(starts)}
        left = [t for j, t in enumerate(tokens) if j not in set(starts)]
        ages = [(age, tokens[j]) for j in starts]
        assert number_reader._age_span_ends(left, [age] * len(starts), tokens, pairs, target) == \
            plain_span_ends(left, ages, target), target


def word(i: int, letters: str = "bcdfghklmnprstv", vowels: str = "aeiou", ending: str = "ion") -> str:
    """A made-up word no dictionary holds, one for each number."""
    made, i = "", i + 1
    while i:
        made += letters[i % len(letters)] + vowels[i // len(letters) % len(vowels)]
        i //= len(letters) * len(vowels)
    return made + ending


def test_the_candidates_of_one_sentence_share_its_equivalents(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = Counter[int]()
    plain = extraction_candidates.equivalents

    def counted(pairs, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls[len(pairs)] += 1
        return plain(pairs, *args, **kwargs)

    monkeypatch.setattr(extraction_candidates, "equivalents", counted)
    sentence = " ".join(word(i) for i in range(1_500)) + "."
    translation = " ".join(word(i, "бвгдклмнпрст", "аоуеи", "ция") for i in range(1_500)) + "."
    found = extract([(sentence, translation)], "en", "ru", min_count=1, limit=None)
    assert len(found.candidates) > 1_000
    assert sum(calls.values()) <= 2, f"{sum(calls.values()):,} readings of one pair's phrases"
    assert len({c.equivalents for c in found.candidates}) <= 2  # of one word, and of several


def test_equivalents_counted_without_the_largest_pair_agree_with_every_pair_counted() -> None:
    rng = random.Random(5)
    keys = [(w,) for w in "abcdefghij"]
    for _ in range(500):
        other = [frozenset(rng.sample(keys, rng.randint(0, 8))) for _ in range(rng.randint(1, 8))]
        pairs = sorted(rng.sample(range(len(other)), rng.randint(1, len(other))))
        need = 2 if len(pairs) >= 2 else 1
        plain = Counter(key for index in pairs for key in other[index])
        fast = extraction_equivalents._together(pairs, other, need)
        assert {k: n for k, n in fast.items() if n >= need} == {k: n for k, n in plain.items() if n >= need}


def test_a_key_of_no_word_has_no_termhood_and_extraction_goes_on(tmp_path: Path, runner: CliRunner) -> None:
    assert termhood(("of",), "ru") == 0.0
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("Redundant Array of Independent Disks is RAID.\tRAID — это Redundant Array of Independent Disks.\n"
                     "In case of a misfortune.\tIn case of a misfortune — на всякий случай.\n", encoding="utf-8")
    project = tmp_path / "p"
    for args in (["init", str(project)], ["import", str(project), "--tsv", str(pairs)]):
        assert runner.invoke(main, args).exit_code == 0
    result = runner.invoke(main, ["term", "extract", str(project), "--side", "target", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "of" not in [c["term"] for c in json.loads(result.stdout)["candidates"]]


def test_the_matcher_reads_a_texts_joiners_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    plain = termbase_match._token_spans

    def counted(text: str, toks: list[str], count: int) -> list[tuple[int, int]]:
        calls.append(count)
        return plain(text, toks, count)

    monkeypatch.setattr(termbase_match, "_token_spans", counted)
    enforcer = Enforcer([Concept("npp", terms=(Term("NPP", "en"), Term("АЭС", "ru")))], "en", "ru")
    segment = Segment(id=1, document_id=1, position=1, source="NPP RAW TVS " * 3_000, target="АЭС " * 3_000,
                      status=SegmentStatus.TRANSLATED, confidence=None, locked=False)
    assert not list(run_checks([segment], source_lang="en", target_lang="ru", enforcer=enforcer,
                               checks=["term-missing", "term-forbidden", "term-variant-mix"]))
    assert len(calls) <= 2, f"{len(calls):,} readings of the whole text for joiners"
    hyphened = Segment(id=1, document_id=1, position=1, source="the NPP-RAW unit " * 2_000 + "an NPP",
                       target="АЭС " * 2_001, status=SegmentStatus.TRANSLATED, confidence=None, locked=False)
    calls.clear()
    run_checks([hyphened], source_lang="en", target_lang="ru", enforcer=enforcer, checks=["term-missing"])
    assert len(calls) <= 2, f"{len(calls):,} readings of the whole text for joiners"


def _placeholder_parts(address: str) -> list[str]:
    """The literal parts of `address` around its placeholders, read by splitting: a run of word
    characters and hyphens is a placeholder where one of its hyphen-parted words has Cyrillic
    letters and no Latin one ("ваш-id"; not "Fossifyр", a Latin word with a letter typed on)."""
    pieces = re.split(r"([\w-]+)", address)
    parts, current = [], ""
    for i, piece in enumerate(pieces):
        if i % 2 and any(re.search("[\u0400-\u04ff]", word) and not re.search("[A-Za-z]", word)
                         for word in piece.split("-")):
            parts.append(current)
            current = ""
        else:
            current += piece
    return [*parts, current]


def test_placeholders_read_as_runs_agree_with_splitting_the_address() -> None:
    rng = random.Random(1028)
    pieces = ["a", "b", "ж", "Ю", "-", "_", "/", ".", "~", "?", "=", "&", "#", "1", "é", "ваш-id", "user-id", " "]
    for _ in range(2_000):
        address = "https://ex.com/" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        parts = _placeholder_parts(address)
        made = literals._placeholder_pattern(address)
        if len(parts) == 1:
            assert made is None
        else:
            assert made is not None
            assert made.pattern == r"[^/?&=#~@.]+?".join(re.escape(p) for p in parts)


def test_a_long_address_is_read_for_placeholders_by_its_runs() -> None:
    """A URL of 49,000 letters (15 s of `url-email` before; `bench hostile_round28` times it)."""
    assert literals._placeholder_pattern("https://ex.com/" + "a" * 49_000) is None
    made = literals._placeholder_pattern("https://ex.com/" + "a" * 1_000 + "/ваш-id/x")
    assert made is not None and made.fullmatch("https://ex.com/" + "a" * 1_000 + "/user-id/x")


@pytest.fixture
def project(tmp_path: Path, runner: CliRunner) -> Path:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("The reactor is fast.\tРеактор быстрый.\nIt has 3 pumps.\tВ нём 4 насоса.\n", encoding="utf-8")
    folder = tmp_path / "p"
    for args in (["init", str(folder)], ["import", str(folder), "--tsv", str(pairs)]):
        assert runner.invoke(main, args).exit_code == 0
    return folder


def stored(folder: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(folder / "project.db") as db:
        return db.execute(sql).fetchall()


def one_line_refusal(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and result.output.strip().count("\n") == 0, result.output
    return str(result.output)


def test_a_reason_past_its_bound_is_refused_in_one_line(project: Path, runner: CliRunner, tmp_path: Path) -> None:
    accept = ["check", "accept", str(project), "--segment", "2", "--check", "number-mismatch", "--reason"]
    assert "2,000" in one_line_refusal(runner.invoke(main, [*accept, "x" * 120_000]))
    assert stored(project, "select count(*) from check_acceptances") == [(0,)]
    assert runner.invoke(main, [*accept, "y" * 2_000]).exit_code == 0
    listed = runner.invoke(main, ["check", "accepted", str(project), "--format", "json"])
    records = json.loads(listed.stdout)
    records[0]["reason"] = "z" * 1_000_000
    given = tmp_path / "accepted.json"
    given.write_text(json.dumps(records), encoding="utf-8")
    refusal = one_line_refusal(runner.invoke(main, ["check", "accept", str(project), "--from", str(given)]))
    assert "acceptance 1" in refusal and "1,000,000" in refusal
    assert stored(project, "select length(reason) from check_acceptances") == [(2_000,)]


def test_names_of_comments_and_verdicts_are_one_clean_line_cut(project: Path, runner: CliRunner) -> None:
    long_name = "n" * 120_000
    assert runner.invoke(main, ["comment", "add", str(project), "1", "hello", "--author", long_name]).exit_code == 0
    assert runner.invoke(main, ["comment", "resolve", str(project), "1", "--by", "\x1b[31mAnna\u202e\x07\nB"]).exit_code == 0
    assert runner.invoke(main, ["reject", str(project), "2", "why", "--by", long_name]).exit_code == 0
    assert stored(project, "select length(author), resolved_by from segment_comments order by id") == [
        (256, "Anna B"), (256, None)]
    assert stored(project, "select length(by) from review_verdicts") == [(256,)]


def test_a_rules_message_and_id_past_their_bounds_are_refused(project: Path, runner: CliRunner) -> None:
    rules = project / "rules.toml"
    rules.write_text(f'[[rule]]\nid = "big"\nmessage = "{"M" * 1_001}"\ntarget_forbidden = "насос"\n', encoding="utf-8")
    assert "1,001" in one_line_refusal(runner.invoke(main, ["check", str(project)]))
    rules.write_text(f'[[rule]]\nid = "{"i" * 201}"\nmessage = "m"\ntarget_forbidden = "насос"\n', encoding="utf-8")
    assert "201" in one_line_refusal(runner.invoke(main, ["check", str(project)]))
    rules.write_text(f'[[rule]]\nid = "ok"\nmessage = "{"M" * 1_000}"\ntarget_forbidden = "насоса"\n', encoding="utf-8")
    result = runner.invoke(main, ["check", str(project), "--format", "json"])
    assert [f["check"] for f in json.loads(result.stdout)].count("custom-rule") == 1


def random_tokens(rng: random.Random, count: int) -> list[NumberToken]:
    found = []
    for _ in range(count):
        start = rng.randint(0, 40)
        found.append(NumberToken("x", start, start + rng.randint(1, 6), frozenset({("number", rng.randint(1, 3))})))  # type: ignore[arg-type]
    return found


def test_neighbours_found_by_bisection_agree_with_every_token_read() -> None:
    rng = random.Random(280)
    for _ in range(500):
        tokens = random_tokens(rng, rng.randint(0, 10))
        neighbours = number_reader._Neighbours(tokens)
        for at in range(0, 50):
            before = [t for t in tokens if t.end <= at]
            assert neighbours.before(at) is (before[-1] if before else None)
            assert neighbours.after(at) is next((t for t in tokens if t.start >= at), None)


def test_words_held_by_another_agree_with_every_pair_tested() -> None:
    rng = random.Random(281)
    for _ in range(500):
        words = random_tokens(rng, rng.randint(0, 10))
        plain = {id(w) for w in words if any(o is not w and o.start <= w.start and w.end <= o.end for o in words)}
        assert number_reader._held_by_another(words) == plain


def test_count_words_left_read_the_paired_words_once() -> None:
    source_reader, _ = number_reader.readers("en", "ru")
    text = "1 million two " * 2_000
    words = source_reader.words(text)
    Counted.reads = 0
    number_reader._counts_left(words, Counted(words[::2]))
    assert Counted.reads <= 3, "every word read every paired word again"
    result = compare_texts("3 three " * 2_000, "три 4 " * 2_000, "en", "ru")
    assert len(result.missing) == len(result.extra) == 2_000
