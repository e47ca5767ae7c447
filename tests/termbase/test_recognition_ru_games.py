"""The held-out Russian game texts are read as they were frozen: each description file a document
of one paragraph a line, the game's catalogue one translation (each plural form) a line, each
peer suite one case a line; verb terms' candidates found by their infinitive's lexeme; lines
drawn from each source in turn; and the set scored by the termbase bench beside the others.
Only made-up files are read here: the real set is held out, and no test runs the matcher on it."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from bench import bench_termbase, recognition_ru_games, recognition_ru_real
from termbase.formats import read_termbase_file

_DESCRIPTIONS = ("%%%%\nsteel sword\n\nМеч из нержавеющей\nстали.\n\nВторой абзац.\n"
                 "%%%%\nworker\n\nРабочие стали членами клуба.\n%%%%\n")


@pytest.fixture
def sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A description file, a catalogue and a peer suite in place of the fetched ones."""
    root = tmp_path / "package"
    (root / recognition_ru_games.CRAWL).mkdir(parents=True)
    (root / recognition_ru_games.CRAWL / "items.txt").write_text(_DESCRIPTIONS, encoding="utf-8")
    catalogue = Catalog(locale="ru")
    catalogue.add("a steel bar", "Кусок   стали.")
    catalogue.add(("knife", "knives"), ("нож", "ножа", "ножей"))
    for number, text in enumerate(("Он стал врачом.", "Они стали друзьями.", "Станет лучше.")):
        catalogue.add(f"become {number}", text)
    catalogue.add("wash", "Мой руки и три спину.")
    catalogue.add("untranslated", "")
    (root / recognition_ru_games.CATALOGUE).parent.mkdir(parents=True)
    with open(root / recognition_ru_games.CATALOGUE, "wb") as handle:
        write_mo(handle, catalogue)
    peers = tmp_path / "peers"
    peers.mkdir()
    for suite in recognition_ru_games.PEER_SUITES:
        (peers / f"{suite}.jsonl").write_text(
            json.dumps({"id": 1, "text": "Он решил  стать  врачом."}, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(recognition_ru_games, "unpack", lambda name, packages: root)
    monkeypatch.setattr(recognition_ru_games, "PEERS", peers)
    monkeypatch.setattr(recognition_ru_games, "CACHE", tmp_path / "cache")
    termbase = tmp_path / "termbase.csv"
    termbase.write_text("id,en,ru,pos\nsteel,steel,сталь,noun\nbecome,become,стать,verb\n"
                        "wash,wash,мыть,verb\nrub,rub,тереть,verb\n"
                        "stainless,stainless steel,нержавеющая сталь,noun\n", encoding="utf-8")
    monkeypatch.setattr(recognition_ru_games, "TERMBASE", termbase)
    return root


def test_each_source_is_read_one_paragraph_translation_or_case_a_line(sources: Path) -> None:
    docs = recognition_ru_games.documents()
    assert docs["crawl.items"] == ["steel sword", "Меч из нержавеющей стали.", "Второй абзац.", "worker",
                                   "Рабочие стали членами клуба.", ""]
    assert docs["cataclysm-dda.catalogue"] == ["Кусок стали.", "Он стал врачом.", "Они стали друзьями.", "Станет лучше.",
                                               "нож", "ножа", "ножей", "Мой руки и три спину."]
    assert docs["razdel-ru"] == docs["pysbd-ru"] == ["Он решил стать врачом."]


def test_a_verb_terms_candidates_are_the_forms_of_its_infinitive(sources: Path) -> None:
    """«мой» and «три» read as forms of «мыть» and «тереть», «стали» as both «сталь» and «стать»;
    a noun term's candidates stay its noun's forms."""
    concepts = read_termbase_file(recognition_ru_games.TERMBASE)
    found = lambda text: [(c.concept, c.surface) for c in recognition_ru_real.candidates(concepts, "d", 1, text)]  # noqa: E731
    assert found("Мой руки и три спину.") == [("wash", "Мой"), ("rub", "три")]
    assert found("Рабочие стали членами клуба.") == [("steel", "стали"), ("become", "стали")]
    assert found("Он решил стать врачом.") == [("become", "стать")]
    assert found("Меч из нержавеющей стали.") == [("stainless", "нержавеющей стали")]


def test_lines_are_drawn_from_each_source_in_turn(sources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With room for two lines of «стать», one comes from the descriptions and one from the
    catalogue, though the catalogue holds four."""
    monkeypatch.setattr(recognition_ru_games, "PER_CONCEPT", 2)
    concepts = [c for c in read_termbase_file(recognition_ru_games.TERMBASE) if c.id == "become"]
    drawn = recognition_ru_games.draw(concepts, recognition_ru_games.documents())
    assert sorted(c.doc for c in drawn) == ["cataclysm-dda.catalogue", "crawl.items"]


def test_the_held_out_set_is_scored_by_the_termbase_bench(
        sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """README's own examples («из нержавеющей стали» the term, «Рабочие стали членами клуба» the
    verb) stand in for the real set, which no test runs the matcher on; the noun terms alone, as
    the verb «стать» would be a term of that line."""
    docs = recognition_ru_games.documents()["crawl.items"]
    annotations = tmp_path / "occurrences.tsv"
    with open(annotations, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter="\t", lineterminator="\n")
        out.writerow(["doc", "lang", "line", "concept", "surface", "kind", "note", "digest"])
        for number, concept, surface, kind in ((2, "stainless", "нержавеющей стали", "hit"),
                                               (5, "steel", "стали", "near-miss")):
            out.writerow(["crawl.items", "ru", number, concept, surface, kind, "made up",
                          recognition_ru_real.digest(docs[number - 1])])
    monkeypatch.setattr(recognition_ru_games, "ANNOTATIONS", annotations)
    nouns = tmp_path / "nouns.csv"
    nouns.write_text("id,en,ru,pos\nsteel,steel,сталь,noun\nstainless,stainless steel,нержавеющая сталь,noun\n",
                     encoding="utf-8")
    monkeypatch.setattr(recognition_ru_games, "TERMBASE", nouns)
    monkeypatch.setattr(bench_termbase, "HELD_OUT_SETS", (("Russian game texts", "recognition_ru_games"),))
    rows = dict(bench_termbase.quality_rows())
    assert rows["recall, held-out Russian game texts (1 occurrences)"] == 1.0
    assert rows["precision, held-out Russian game texts (1 near-misses)"] == 1.0
    assert any(metric.startswith("recall, hand-made set") for metric in rows)


def test_the_committed_set_is_big_enough_and_names_only_its_concepts() -> None:
    """Read as text: neither the sources nor the matcher is needed to check the frozen file."""
    concepts = read_termbase_file(recognition_ru_games.TERMBASE)
    assert 30 <= len(concepts) <= 50
    assert all(t.part_of_speech in ("noun", "verb", "adjective") for c in concepts for t in c.terms)
    with open(recognition_ru_games.ANNOTATIONS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    kinds = [row["kind"] for row in rows]
    assert kinds.count("hit") >= 300 and kinds.count("near-miss") >= 150
    assert {row["concept"] for row in rows} <= {c.id for c in concepts} and {row["lang"] for row in rows} == {"ru"}
    assert all(len(row["digest"]) == 12 and row["surface"] and row["note"] for row in rows)
    verbs = {c.id for c in concepts if c.terms[0].part_of_speech == "verb"}
    assert any(row["concept"] in verbs and row["kind"] == "hit" for row in rows)
