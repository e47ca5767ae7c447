"""Marks read where they stand (hardening, round 35): a megabyte pair through every check stays
linear. Before, several of typography's rules read the text from its start, or copied it, at
each match: the word before a tight dash (a Roman range?) and before a glued closing tag, the
source searched for each compound broken after its hyphen, the rest of the text copied
at each spaced dash (a definition's lead written twice?), and `untranslated-fragment` counting
braces in a copy of the text before each Latin word. `bench hostile_round35` measures the time;
these tests count the work and check the answers."""

from __future__ import annotations

import re
from typing import Any

import pytest

from workbench.core.checks import literals, run_checks, typography

REPEATS = 2_000


class Sliced(str):
    """A text that counts the characters its slices copy."""

    copied = 0

    def __getitem__(self, key: Any) -> str:
        part = super().__getitem__(key)
        Sliced.copied += len(part)
        return part


class Windows:
    """A compiled pattern that records how much text each search was given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.widths: list[int] = []

    def search(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        self.widths.append(min(endpos, len(text)) - pos)
        return self.pattern.search(text, pos, endpos)


def checked(source: str, target: str, checks: list[str] | None = None) -> list[str]:
    from workbench.core.project import Segment, SegmentStatus

    segment = Segment(id=1, document_id=1, position=1, source=source, target=target,
                      status=SegmentStatus.TRANSLATED, confidence=None, locked=False)
    return [f.message for f in run_checks([segment], source_lang="en", target_lang="ru", checks=checks)]


def test_the_word_before_a_tight_dash_or_a_glued_tag_is_read_near_it(monkeypatch: pytest.MonkeyPatch) -> None:
    words = Windows(typography._WORD_BEFORE)
    monkeypatch.setattr(typography, "_WORD_BEFORE", words)
    found = checked("XVIII-VII centuries. " * REPEATS, "XVIII—VII веков. " * REPEATS + "слово—слово.")
    assert sum("em dash without spaces" in message for message in found) == 1, found  # not the Roman ranges
    assert words.widths and max(words.widths) <= typography._LONGEST_WORD
    words.widths.clear()
    found = checked("<b>a</b> b " * REPEATS, "<b>а</b>б " * REPEATS, ["spacing"])
    assert any("“а</b>б”" in message for message in found), found
    assert words.widths and max(words.widths) <= typography._LONGEST_WORD


def test_the_source_is_searched_once_for_a_spaced_token_or_a_broken_compound(monkeypatch: pytest.MonkeyPatch) -> None:
    source = "name : value apt-get a-b " * REPEATS
    searches = 0
    plain = re.search

    def counted(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
        nonlocal searches
        searches += string is source
        return plain(pattern, string, flags)

    monkeypatch.setattr(re, "search", counted)
    found = checked(source, "name : значение apt- get а- б " * REPEATS, ["whitespace"])
    assert not any("“:”" in message for message in found), found  # the source's "name :" kept
    assert any("a space after a hyphen" in message for message in found), found
    assert searches <= 5, f"the source searched {searches:,} times"


def test_a_definitions_lead_is_read_a_few_words_after_each_dash() -> None:
    filler = "".join(f"слово{i} - другое{i} " for i in range(REPEATS))
    text = Sliced(f"gp - gp - интерпретатор и слово - слово. {filler}Тест — тест — проверка")
    Sliced.copied = 0
    found = typography._repeated_leads(text)
    assert [lead for _, lead in found] == ["gp -", "Тест —"]
    assert [str.__getitem__(text, slice(*span)) for span, _ in found] == ["gp - gp -", "Тест — тест —"]
    assert Sliced.copied <= 10 * len(text), f"{Sliced.copied:,} characters copied"


def test_braces_before_a_latin_word_are_counted_once_a_target() -> None:
    target = Sliced("{a over b} и {c} слово " + "word и " * REPEATS)
    Sliced.copied = 0
    inside = [literals._in_braces(target, m.start(), m.end()) for m in re.finditer(r"[a-z]+", str(target))]
    assert inside[:4] == [True, True, True, True]  # a, over, b, c
    assert not any(inside[4:])
    assert Sliced.copied <= len(target), f"{Sliced.copied:,} characters copied"


def test_the_text_around_each_latin_run_is_read_at_offsets() -> None:
    """`untranslated-fragment` read what stands before and after each Latin run (quotes, a
    joiner, a caption's label, a stop) in copies of the whole text on either side (session 42)."""
    source = "name : value " * REPEATS + "See the «menu» | File. Figure 4.4. Layer is invisible"
    target = Sliced("name : значение " * REPEATS + "См. «menu» | Файл. Рисунок 4.4. Layer is invisible")
    Sliced.copied = 0
    cited = {m.group(): literals._cited(target, m, "ru", source) for m in literals._LATIN_WORD.finditer(str(target))}
    assert cited == {"name": True, "menu": True, "is": False, "invisible": False}, cited  # the caption copied is not
    assert Sliced.copied <= 10 * len(target), f"{Sliced.copied:,} characters copied"
