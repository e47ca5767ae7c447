"""A Russian adjective + noun term whose singular adjective «и» or «или» joins to another before a
plural noun (termfix39): «на главном и резервном серверах» names one standby server among the
servers. Sentences written for the rule by the implementer."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term

RU = Matcher([Concept("standby", terms=(Term("standby server", "en"), Term("резервный сервер", "ru")))], "ru")


def found(text: str) -> list[str]:
    return [m.text for m in RU.find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("идентификаторы на главном и резервном серверах различаются", ["резервном серверах"]),
    ("главный или резервный серверы", ["резервный серверы"]),
    ("на резервных серверах", ["резервных серверах"]),
    # no singular adjective of the same case and gender before the conjunction: no agreement
    ("на главной и резервном серверах", []),
    ("на серверах и резервном серверах", []),
    ("резервном серверах", []),
])
def test_a_singular_adjective_joined_to_another_agrees_with_a_plural_noun(text: str, expected: list[str]) -> None:
    assert found(text) == expected
