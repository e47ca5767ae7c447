"""Many concepts under one term (hardening, round seventeen).

A termbase where 100,000 concepts share the source term "library" (a glossary merged from
many, each sense entered apart) made `check` of a one-segment project take 114 s of CPU
(helper, one run). The findings are right, one `term-missing` per concept, but the work per
shared term was done per concept: the matcher analysed the same word 100,000 times and
tested every new entry against the whole list of the entries ending at that trie node (5e9
comparisons), the speller lemmatised the same word 100,000 times more, and the termbase was
read twice, once for the enforcer and once for the speller.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from termbase import morphology
from termbase.match import Matcher
from termbase.model import Concept, Term
from termbase.store import Termbase
from workbench.core.checks.project_checks import check_project
from workbench.core.ingest.importing import import_tsv
from workbench.core.project import Project
from workbench.core.spelling import Speller
from workbench.core.terminology import import_termbase_file


def _shared(count: int) -> list[Concept]:
    return [Concept(f"c{i}", terms=(Term("library", "en"), Term("библиотека", "ru"))) for i in range(count)]


def _counting(monkeypatch: pytest.MonkeyPatch, lang: str) -> Counter[str]:
    """Count the forms the `lang` lemmatiser is asked for the keys of a term word."""
    lemmatizer = morphology.lemmatizer_for(lang)
    asked: Counter[str] = Counter()
    term_keys: Callable[..., tuple[str, ...]] = lemmatizer.term_keys

    def counted(form: str, *args: Any) -> tuple[str, ...]:
        asked[form] += 1
        return term_keys(form, *args)

    monkeypatch.setattr(lemmatizer, "term_keys", counted)
    return asked


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_term_many_concepts_share_is_analysed_once(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    asked = _counting(monkeypatch, lang)
    matcher = Matcher(_shared(2_000), lang)
    assert len(matcher) == 2_000
    assert sum(asked.values()) == 1, asked
    # Each concept is still found.
    text = "The library is open." if lang == "en" else "Библиотека открыта."
    assert len({m.concept_id for m in matcher.find(text)}) == 2_000


def test_the_matcher_of_a_shared_term_is_built_in_linear_time() -> None:
    concepts = _shared(20_000)
    Matcher(concepts[:10], "en"), Matcher(concepts[:10], "ru")  # the lemmatisers loaded first
    started = time.process_time()
    Matcher(concepts, "en"), Matcher(concepts, "ru")
    # 4.3 s of CPU before (the trie's list of ends tested whole for each new entry), 0.25 now.
    assert time.process_time() - started < 2.0


def test_the_speller_lemmatises_a_shared_term_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counting(monkeypatch, "ru")
    speller = Speller("ru", terms=[("библиотека", "ru")] * 2_000)
    assert asked == Counter({"библиотека": 1})
    assert speller.known("библиотеки")


def test_a_check_reads_the_termbase_once(project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pairs.tsv").write_text("The library is closed.\tЗал закрыт.\n", "utf-8")
    import_tsv(project, tmp_path / "pairs.tsv")
    (tmp_path / "terms.csv").write_text(
        "id,en,ru\n" + "".join(f"c{i},library,библиотека\n" for i in range(300)), "utf-8"
    )
    import_termbase_file(project, tmp_path / "terms.csv")
    reads: list[Path | None] = []
    concepts = Termbase.concepts

    def counted(self: Termbase, *args: Any, **kwargs: Any) -> list[Concept]:
        reads.append(self.path)
        return concepts(self, *args, **kwargs)

    monkeypatch.setattr(Termbase, "concepts", counted)
    findings = check_project(project, ["term-missing", "spelling"])
    assert Counter(f.check for f in findings)["term-missing"] == 300
    assert len(reads) == 1, reads


def test_term_find_lists_every_concept_of_a_shared_term_row_by_row(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`term find library` printed its 100,000 rows through a Rich table, laid out whole before
    the first line: 46 s of CPU (152 s on the busy machine). The plain grid `term list` uses
    writes them row by row (7.4 s, most of it the matcher's and the termbase's)."""
    from rich import table

    from workbench.cli import main

    (tmp_path / "terms.csv").write_text(
        "id,en,ru\n" + "".join(f"c{i},library,библиотека\n" for i in range(3_000)), "utf-8"
    )
    import_termbase_file(project, tmp_path / "terms.csv")

    def refused(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a listing of every match laid out as a Rich table")

    monkeypatch.setattr(table.Table, "__init__", refused)
    result = CliRunner().invoke(main, ["term", "find", str(project.path), "The library is open."])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith("│ 4-11 │ library")]
    assert len(rows) == 3_000
