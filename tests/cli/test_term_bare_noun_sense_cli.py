"""`workbench check` `term-missing` on real projects (issue 15, session 45, termfix45): a noun that
stands bare after a preposition ("quality of service", "a splinter of glass") reads as a mass or
an action. Where the concept is that mass (glass the material), a dictionary's other sense in the
target (a mirror, a thing one counts) says nothing of the occurrence, and the term is still
asked for; where the target's word of the other sense names a mass or an action itself
(«качество обслуживания»: the serving of users, not a program's service), it fits the bare word,
and the finding becomes `info`, saying why. Sentences written for the rule by the implementer,
none a pair of a bench set; the first test fails on main."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from term_projects import term_findings

TERMS = (
    "id,en,ru,status,pos,definition\n"
    "service,service,служба,preferred,noun,a function a program runs for other programs\n"
    "glass,glass,стекло,preferred,noun,the hard brittle transparent material\n"
)


def _missing(tmp_path: Path, runner: CliRunner, pairs: list[tuple[str, str]]) -> dict[tuple[int, str], str]:
    """(segment, concept) -> severity of the `term-missing` findings of an EN → RU project."""
    return {(f["segment"], f["concept"]): f["severity"]
            for f in term_findings(tmp_path, runner, pairs, TERMS, "term-missing")}


def test_a_bare_noun_rendered_by_a_word_of_an_action_says_another_sense(tmp_path: Path,
                                                                       runner: CliRunner) -> None:
    found = _missing(tmp_path, runner, [
        ("The router keeps the quality of service on every port.",
         "Маршрутизатор поддерживает качество обслуживания на каждом порту."),
        ("A splinter of glass was in his eye.", "Осколок зеркала попал ему в глаз."),
        ("The daemon restarts the service at night.", "Демон ночью перезапускает программу."),
    ])
    assert found == {(1, "service"): "info", (2, "glass"): "error", (3, "service"): "error"}
