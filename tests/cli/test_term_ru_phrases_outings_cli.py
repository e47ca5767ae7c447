"""`workbench check` `term-missing` on real projects (issue 15, session 42, termfix41): a Russian
source word inside a set phrase the dictionary gives for an English phrase without the term
(«изо всех сил», "with might and main") lowers the finding to `info`; and the gerund after "go"
("go hunting" for «на охоту») renders the noun term whose verb it is. Sentences written for the rules by the implementer, none a pair of a
bench set."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from term_projects import term_findings

RU_EN_TERMS = (
    "id,ru,en,status,pos,definition\n"
    "force,сила,force,preferred,noun,physical might or coercion used to compel others\n"
    "hand,рука,hand,preferred,noun,the end part of the arm\n"
    "hunt,охота,hunt,preferred,noun,the pursuit of wild animals for food or sport\n"
)


def _ru_en(tmp_path: Path, runner: CliRunner, pairs: list[tuple[str, str]]) -> dict[tuple[int, str], str]:
    """(segment, concept) -> severity of the `term-missing` findings of an RU → EN project."""
    return {(f["segment"], f["concept"]): f["severity"]
            for f in term_findings(tmp_path, runner, pairs, RU_EN_TERMS, "term-missing", languages=("ru", "en"))}


def test_a_russian_word_inside_a_set_phrase_the_dictionary_renders_whole(tmp_path: Path, runner: CliRunner) -> None:
    found = _ru_en(tmp_path, runner, [
        ("Он изо всей силы толкнул дверь.", "He pushed the door as hard as he could."),
        ("Она взяла себя в руки и улыбнулась.", "She pulled herself together and smiled."),
        # The concept's own uses, left unrendered: missing. «взять в руки» is taking a thing in
        # one's hand, not the phrase «взять себя в руки».
        ("Они применили силу против толпы.", "They used violence against the crowd."),
        ("Он взял в руки палку.", "He picked up a stick."),
    ])
    assert found[(1, "force")] == "info"
    assert found[(2, "hand")] == "info"
    assert found[(3, "force")] == "error"
    assert found[(4, "hand")] == "error"


def test_the_gerund_after_go_renders_the_noun(tmp_path: Path, runner: CliRunner) -> None:
    found = _ru_en(tmp_path, runner, [
        ("Завтра мы поедем на охоту.", "Tomorrow we shall go hunting."),
        ("Отец взял нас на охоту.", "Father went out hunting with us."),
        # The verb's own form not after "go", and a word of its own: the noun is still asked for.
        ("Он был на охоте весь день.", "He was hunting all day."),
        ("Мы долго говорили об охоте.", "We talked long about the chase."),
    ])
    assert (1, "hunt") not in found
    assert (2, "hunt") not in found
    assert found[(3, "hunt")] == "error"
    assert found[(4, "hunt")] == "error"
