"""`untranslated-fragment` stays linear on hostile targets (session 43): a run of English with
no stop in it, and a long line of a synopsis's syntax, were read whole again at each of their
words. `bench hostile_checks` measures the time; these tests count the work and check the
answers."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from workbench.core.checks import literals, run_checks
from workbench.core.project import Segment, SegmentStatus

REPEATS = 2_000


def findings(source: str, target: str) -> list[Any]:
    segment = Segment(id=1, document_id=1, position=1, source=source, target=target,
                      status=SegmentStatus.TRANSLATED, confidence=None, locked=False)
    return run_checks([segment], source_lang="en", target_lang="ru", checks=["untranslated-fragment"])


class Runs:
    """`_LATIN_RUN` recording how much text each of its scans was given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.widths: list[int] = []

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> Any:
        self.widths.append(min(endpos, len(text)) - pos)
        return self.pattern.finditer(text, pos, endpos)


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_a_run_without_a_stop_is_read_near_each_word(monkeypatch: pytest.MonkeyPatch, space: str) -> None:
    runs = Runs(literals._LATIN_RUN)
    monkeypatch.setattr(literals, "_LATIN_RUN", runs)
    target = "Кот " + f"the{space}cat{space}sat{space}" * REPEATS
    found = findings("The cat sat.", target)
    assert len(found) == 1 and len(found[0].target_spans) == 2 * REPEATS  # "the", "sat" (the source names a cat)
    near = [width for width in runs.widths if width < len(target)]  # the lists of every run read once
    assert len(near) >= 2 * REPEATS and max(near) <= 4 * literals._RUN_REACH


def test_a_short_run_is_read_whole() -> None:
    """The bound cuts only runs longer than its reach: a word's run up to it is the whole run."""
    target = "Откройте " + "Linux Foundation root hub" + " и " + " ".join(["word"] * 100) + " конец"
    hub = target.index("hub")
    assert literals._run_at(target, hub).group() == "Linux Foundation root hub"
    far = literals._run_at(target, target.rindex("word"))
    assert far.end() == target.rindex("word") + 4 and far.group().count("word") <= 100


class Shapes:
    """`_METAVARIABLE` counting the characters its substitutions read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def sub(self, replacement: str, text: str) -> str:
        self.read += len(text)
        return self.pattern.sub(replacement, text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)


def test_each_line_is_shaped_once_for_copied_syntax(monkeypatch: pytest.MonkeyPatch) -> None:
    shapes = Shapes(literals._METAVARIABLE)
    monkeypatch.setattr(literals, "_METAVARIABLE", shapes)
    source = "select NAME [in WORDS ... ;] do COMMANDS; done\nRun it as the loop says."
    kept = "select ИМЯ [in СЛОВА ... ;] do КОМАНДЫ; done"
    target = f"{kept}\nЗапустите, " + "the cat sat " * REPEATS
    found = findings(source, target)
    spans = found[0].target_spans
    assert len(spans) == 2 * REPEATS and min(start for start, _ in spans) > len(kept)  # the keywords kept
    assert shapes.read <= 2 * (len(source) + len(target)), f"{shapes.read:,} characters shaped"


def test_a_cover_holds_a_word_exactly_when_some_span_does() -> None:
    rng = random.Random(43)
    for _ in range(300):
        spans = [(a, a + rng.randrange(0, 12)) for a in (rng.randrange(0, 60) for _ in range(rng.randrange(0, 6)))]
        cover = literals._Cover(spans)
        text = "x" * 80
        for start in range(0, 70, 3):
            word = re.compile(f"x{{{rng.randrange(1, 6)}}}").match(text, start)
            assert word is not None
            expected = any(a <= word.start() and word.end() <= b for a, b in spans)
            assert cover.holds(word) is expected, (spans, word.span())


class Series:
    """`_SERIES` counting the characters its scans read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def finditer(self, text: str) -> Any:
        self.read += len(text)
        return self.pattern.finditer(text)


def test_stressed_words_are_read_once_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 44: each stressed word («даёт __free__ сертификаты») looked for the target's series of
    Latin words from its start, and blanking its marks copied the whole target again."""
    series = Series(literals._SERIES)
    monkeypatch.setattr(literals, "_SERIES", series)  # the target is this test's own: no series cached
    target = "Он даёт __free__ сертификаты. " * REPEATS
    found = findings("It provides __free__ certificates. " * REPEATS, target)
    assert len(found) == 1 and len(found[0].target_spans) == REPEATS  # each "free" left in
    assert series.read <= 2 * len(target), f"{series.read:,} characters scanned"


def test_a_word_is_in_a_series_exactly_when_a_series_match_holds_it() -> None:
    rng = random.Random(44)
    words = ["aa", "b.c", "Dd", "я", "и", "or", "x+1"]
    joins = [", ", ",", " и ", " or ", " ", ", и ", " and "]
    for _ in range(300):
        text = "".join(rng.choice(words) + rng.choice(joins) for _ in range(rng.randrange(1, 12)))
        spans = [m.span() for m in literals._SERIES.finditer(text)]
        for start in range(len(text)):
            assert literals._in_series(text, start) is any(a <= start < b for a, b in spans), (text, start)


def test_unmarked_blanks_each_stressed_words_marks_in_place() -> None:
    target = "и __never__ через *HTTP* или **so** и _x_"
    stressed = [m.span() for m in re.finditer(r"(\*\*|__|[*_])[^*_]+\1", target)]
    unmarked = literals._unmarked(target, stressed)
    assert unmarked == "и   never   через  HTTP  или   so   и  x " and len(unmarked) == len(target)
    assert literals._unmarked(target, []) == target


def test_a_source_has_an_emphasis_exactly_where_its_marked_words_stand_free() -> None:
    """The source's emphasised runs, found once, answer as a search of the source for each did:
    the marked words, not glued to a word, a mark or a backtick on either side."""
    rng = random.Random(4444)
    pieces = ["*", "**", "_", "__", "`", "a", "b c", " ", ".", "\n", "я"]
    for _ in range(2_000):
        source = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        target = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        for marked in (m.group() for m in literals._EMPHASIS.finditer(target)):
            searched = re.search(rf"(?<![\w*`]){re.escape(marked)}(?![\w*`])", source) is not None
            assert literals._emphasised_in(source, marked) is searched, (source, marked)


def test_distinct_stressed_words_are_read_in_one_pass_of_the_source(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 44: each emphasised word of the target searched the source from its start."""
    series = Series(literals._SOURCE_EMPHASIS)
    monkeypatch.setattr(literals, "_SOURCE_EMPHASIS", series)
    words = [f"w{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}" for i in range(REPEATS)]
    source = "".join(f"It provides __{word}__ certificates. " for word in words)
    found = findings(source, "".join(f"Он даёт __{word}__ сертификаты. " for word in words))
    assert len(found) == 1  # the made-up words that are English words («wake», «weak»)
    assert series.read <= len(source), f"{series.read:,} characters scanned"
