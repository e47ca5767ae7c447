"""`workbench check` `term-missing` on real projects (issue 15, session 43, termfix43): a term's
word inside another concept's longer approved term, the two named side by side in the source
("hash function", «функция хеширования», where «функция хеширования» is the hash's admitted term
and «функция» the function's; the matcher gives the shared word to the longer term), renders it.
Named apart, or with the other concept rendered by a term that holds no such word, each concept
asks for its own term. Sentences written for the rule by the implementer, none a pair of a bench
set; the first test fails on main."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from term_projects import term_findings

TERMS = (
    "id,en,ru,status,pos,definition\n"
    "hash,hash,хеш,preferred,noun,a fixed-size digest computed from data\n"
    "hash,hash,функция хеширования,admitted,noun,a fixed-size digest computed from data\n"
    "function,function,функция,preferred,noun,a named piece of code that returns a value\n"
)


def _missing(tmp_path: Path, runner: CliRunner, pairs: list[tuple[str, str]]) -> dict[tuple[int, str], str]:
    """(segment, concept) -> severity of the `term-missing` findings of an EN → RU project."""
    return {(f["segment"], f["concept"]): f["severity"]
            for f in term_findings(tmp_path, runner, pairs, TERMS, "term-missing")}


def test_a_terms_word_inside_the_longer_term_of_the_concept_beside_it(tmp_path: Path, runner: CliRunner) -> None:
    found = _missing(tmp_path, runner, [
        ("Pick a faster hash function here.", "Выберите здесь более быструю функцию хеширования."),
        ("The hash-function output is short.", "Результат функции хеширования короток."),
    ])
    assert (1, "function") not in found
    assert (2, "function") not in found


def test_named_apart_each_concept_asks_for_its_own_term(tmp_path: Path, runner: CliRunner) -> None:
    found = _missing(tmp_path, runner, [
        # The function named far from the hash: the longer term's word is the hash's, not the function's.
        ("The hash is short, and one function is enough.", "Функция хеширования коротка, одной хватит."),
        # Side by side, but the hash rendered by its one-word term: nothing holds the function's word.
        ("Pick a faster hash function here.", "Выберите здесь более быстрый хеш."),
    ])
    assert found[(1, "function")] == "error"
    assert found[(2, "function")] == "error"
