"""The figures set is read as it was frozen: TICO-19's test set and FLORES-200's devtest paired
line by line, each line's document named by the corpus's own metadata; every file refused unless
it hashes to its frozen digest; pairs that hold a number drawn per corpus; the committed file
holding the pairs and labels its docstring counts, unchanged since it was labelled; and the set
scored apart by the QA accuracy bench. The checks run only on made-up corpora here: the real set
is held out, and is only loaded, where the mirror keeps it, to see that every frozen pair is
still the text its label was read on."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bench import qa_figures, qa_news_numbers
from bench.align_heldout import SourceFile, read_source
from tests.core.checks.frozen_sets import (
    assert_a_changed_block_is_refused,
    assert_another_version_is_refused,
    assert_scored_apart,
    load_labelled,
    mirrored_files,
)
from workbench.core.checks import REGISTRY

_TICO_EN = """On 11 March 2020, WHO characterized COVID-19 as a pandemic.
The time from exposure to onset of symptoms is typically around five days.
Symptoms can be relatively non-specific and infected people may be asymptomatic.
About 364,000 people have recovered.
"""
_TICO_RU = """11 марта 2020 г. ВОЗ квалифицировала COVID-19 как пандемию.
Время от заражения до появления симптомов обычно составляет около пяти дней.
Симптомы могут быть неспецифичными, а инфицированные люди могут не иметь симптомов.
Около 364 000 людей выздоровели.
"""
_TICO_INFO = """PubMed_11:759\thttps://example.org/a\tCC BY 4.0\tUser 01
wiki_9:1883\thttps://example.org/b\tCC_BY-SA_3.0\tUser 02
wiki_9:1884\thttps://example.org/b\tCC_BY-SA_3.0\tUser 02
wiki_9:1885\thttps://example.org/b\tCC_BY-SA_3.0\tUser 02
"""
_FLORES_EN = """A moderate earthquake shook western Montana at 10:08 p.m. on Monday.
Ironing damp clothes can help them dry, and many hotels lend an iron.
The archipelago lies 120 km north of the Peninsula.
"""
_FLORES_RU = """Умеренное землетрясение произошло в понедельник в западной части штата Монтана в 22:08.
Глажка влажной одежды помогает ей высохнуть, и многие отели дают утюг напрокат.
Архипелаг располагается в 120 километрах от полуострова.
"""
_FLORES_META = """URL\tdomain\ttopic\thas_image\thas_hyperlink
https://en.wikinews.org/wiki/A_5.6_Richter_quake_hits_Western_Montana\twikinews\tdisaster\tno\tno
https://en.wikivoyage.org/wiki/Laundry\twikivoyage\ttravel\tno\tno
https://en.wikivoyage.org/wiki/Antarctic_Islands\twikivoyage\ttravel\tno\tno
"""
_REAL = (qa_figures.TICO, qa_figures.FLORES)


def _mirror_corpora(mirror: Path, monkeypatch: pytest.MonkeyPatch, tico_ru: str = _TICO_RU,
                    flores_meta: str = _FLORES_META) -> None:
    """Both corpora committed at their paths into a made-up copy of the repository where the
    `fetch` mirror keeps it, its commit and digests in place of the real ones."""
    tico, flores = _REAL
    texts = [(tico, (_TICO_EN, tico_ru, _TICO_INFO)), (flores, (_FLORES_EN, _FLORES_RU, flores_meta))]
    commit = mirrored_files(mirror, qa_figures.REPO, {file.path: text for files, contents in texts for file, text in zip(files, contents, strict=True)})

    def moved(files: tuple[SourceFile, ...], contents: tuple[str, ...]) -> tuple[SourceFile, ...]:
        return tuple(replace(f, commit=commit, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
                     for f, text in zip(files, contents, strict=True))

    monkeypatch.setattr(qa_figures, "TICO", moved(*texts[0]))
    monkeypatch.setattr(qa_figures, "FLORES", moved(*texts[1]))


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "mirror"
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))
    _mirror_corpora(root, monkeypatch)
    return root


def test_each_corpus_pairs_line_by_line_and_names_each_lines_document(mirror: Path) -> None:
    """TICO-19's documents by its own ids, FLORES-200's by the article's domain and title (the
    metadata's header dropped); a pair's index is its line in the corpus file."""
    pages = qa_figures.pages()
    assert sorted(pages) == ["flores200/wikinews/A_5.6_Richter_quake_hits_Western_Montana",
                             "flores200/wikivoyage/Antarctic_Islands", "flores200/wikivoyage/Laundry",
                             "tico19/PubMed_11", "tico19/wiki_9"]
    assert [(b.index, b.target[:14]) for b in pages["tico19/wiki_9"]] == [
        (2, "Время от зараж"), (3, "Симптомы могут"), (4, "Около 364 000 ")]
    assert [(b.index, b.source[:12]) for b in pages["flores200/wikivoyage/Antarctic_Islands"]] == [
        (3, "The archipel")]


def test_a_corpus_whose_metadata_does_not_match_its_lines_is_refused(mirror: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _mirror_corpora(mirror, monkeypatch, flores_meta="\n".join(_FLORES_META.splitlines()[:3]) + "\n")
    with pytest.raises(ValueError, match="differ in length"):
        qa_figures.pages()


def test_a_file_that_is_not_the_one_read_for_the_labels_is_refused(mirror: Path) -> None:
    assert_another_version_is_refused(read_source, qa_figures.TICO[1], "has no")


def test_no_file_an_earlier_set_read_is_read() -> None:
    """The news dev set reads WMT's news tests from the same repository; this set reads other
    files of it, and no WMT news test, MQM or TED data."""
    paths = [f.path for f in (*qa_figures.TICO, *qa_figures.FLORES)]
    assert qa_figures.REPO == qa_news_numbers.REPO and qa_figures.COMMIT == qa_news_numbers.COMMIT
    assert not any(re.search(r"newstest|mqm|ted", path, re.IGNORECASE) for path in paths)
    assert len(set(paths)) == 6


_FROZEN_SHA256 = "216de8eb186731741cba21c630ecbb3ea4966a8692f0cac7eca29a6621138d8f"  # relabelled in session 43 by docs/qa.md's house rule D15
"""The committed ``cases.json`` as its labeller left it, relabelled by house rule D15 (session 43): a
changed label or pair is noticed."""


def test_the_committed_set_holds_the_pairs_and_labels_its_docstring_counts() -> None:
    """586 distinct pairs (240 of TICO-19, 346 of FLORES-200) of 204 documents, 57 of them
    labelled with the 62 errors the docstring states and
    the four `quote-style` errors house rule D15 added in session 43 (61 pairs, 66 errors), every label a check id, the 117 noted
    localisations among the pairs, the file unchanged since."""
    data = qa_figures.DATA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == _FROZEN_SHA256
    frozen = json.loads(data)
    pairs = frozen["pairs"]
    ids = [p["id"] for p in pairs]
    assert len(ids) == len(set(ids)) == len({p["digest"] for p in pairs}) == 586 and frozen["errors"] == []
    assert all(re.fullmatch(r"(tico19/\w+|flores200/(wikinews|wikibooks|wikivoyage)/\S+)#\d+", i) for i in ids)
    assert Counter(i.split("/")[0] for i in ids) == qa_figures.PAIRS == {"tico19": 240, "flores200": 346}
    assert len({i.split("#")[0] for i in ids}) == 204
    labelled = [p for p in pairs if p["real_errors"]]
    assert len(labelled) == 61  # session 43, house rule D15: #282, #363, #423, #560
    assert Counter(check for p in labelled for check in p["real_errors"]) == {
        "quote-style": 45, "whitespace": 16, "punctuation-end": 3, "spacing": 1, "number-mismatch": 1}
    assert {check for p in labelled for check in p["real_errors"]} <= set(REGISTRY)
    assert all(what.strip() for p in labelled for what in p["real_errors"].values())
    assert len(frozen["localisations"]) == 117 and set(frozen["localisations"]) <= set(ids)



def _freeze(data: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every made-up pair that holds a number drawn, both corpora apart."""
    monkeypatch.setattr(qa_figures, "DATA", data)
    monkeypatch.setattr(qa_figures, "PAIRS", {"tico19": 3, "flores200": 2})
    frozen: dict[str, Any] = qa_figures.build()
    return frozen


def test_only_pairs_that_hold_a_number_are_drawn_and_the_labels_load(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pair without a number of each corpus is never drawn; a label loads on its pair; a
    pair whose Russian changed in the repository stops the load."""
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert frozen["errors"] == []
    assert [p["id"] for p in frozen["pairs"]] == [
        "tico19/PubMed_11#1", "tico19/wiki_9#2", "tico19/wiki_9#4",
        "flores200/wikinews/A_5.6_Richter_quake_hits_Western_Montana#1", "flores200/wikivoyage/Antarctic_Islands#3"]
    cases = load_labelled(qa_figures, frozen, "tico19/wiki_9#4")
    assert len(cases) == 5 and all(c.real for c in cases)
    assert [c.block for c in cases if c.checks] == ["tico19/wiki_9#4"]
    _mirror_corpora(mirror, monkeypatch, tico_ru=_TICO_RU.replace("364 000", "346 000"))
    assert_a_changed_block_is_refused(qa_figures)


def test_the_set_is_scored_apart_by_the_accuracy_bench(
        mirror: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench reads the set through its own loader and scores its labels: made-up corpora with
    one made-up error stand in for the real set, which no test runs the checks on."""
    doubled = "Около 364 000 людей людей выздоровели."
    _mirror_corpora(mirror, monkeypatch, tico_ru=_TICO_RU.replace("людей", "людей людей"))
    frozen = _freeze(tmp_path_factory.mktemp("frozen") / "cases.json", monkeypatch)
    assert_scored_apart(qa_figures, frozen, "tico19/wiki_9#4", "«людей людей», made up", "held-out figures",
                        doubled)
