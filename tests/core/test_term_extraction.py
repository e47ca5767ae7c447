"""Term extraction on real projects: candidates by lemma, their equivalents, the termbase's terms left out."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from termbase.model import Concept, Term
from workbench.core.extraction import Accepted, add_accepted, extract, extract_project_terms
from workbench.core.extraction.ranking import c_values
from workbench.core.ingest.importing import import_pairs
from workbench.core.project import Project
from workbench.core.terminology import open_project_termbase, project_concepts
from workbench.errors import InputError

PAIRS = (
    ("The trade union built a workers' club.", "Профсоюз построил рабочий клуб."),
    ("Workers' clubs served cultural spontaneity.", "Рабочие клубы служили культурной стихийности."),
    ("Cultural spontaneity frightened the party.", "Культурная стихийность пугала партию."),
    ("The trade union funded the workers' club in 1923.", "Профсоюз финансировал рабочий клуб в 1923 году."),
    ("Cultural spontaneity grew in every workers' club.", "Культурная стихийность росла в каждом рабочем клубе."),
    ("The party watched the trade unions, see https://example.org/trade.", "Партия следила за профсоюзами, см. https://example.org/trade."),
    ("Karl read the source packages of the archive.", "Карл прочёл пакеты исходного кода архива."),
    ("The source package of the archive was old, as Karl said.", "Пакет исходного кода архива был стар, как сказал Карл."),
)


def make_project(tmp_path: Path, pairs: tuple[tuple[str, str], ...] = PAIRS, languages: tuple[str, str] = ("en", "ru")) -> Project:
    project = Project.create(tmp_path / "project", languages[0], languages[1], "clubs")
    file = tmp_path / "pairs.tsv"
    file.write_text("".join(f"{s}\t{t}\n" for s, t in pairs), encoding="utf-8")
    import_pairs(project, file, list(pairs), kind="tsv")
    return project


def by_text(found: object) -> dict[str, object]:
    return {c.text: c for c in found.candidates}  # type: ignore[attr-defined]


def test_inflected_russian_forms_are_one_candidate_in_their_dictionary_form() -> None:
    found = by_text(extract([(t, s) for s, t in PAIRS], "ru", "en", min_count=2))
    spontaneity = found["культурная стихийность"]
    assert spontaneity.count == 3 and set(spontaneity.forms) == {"культурной стихийности", "Культурная стихийность"}
    assert spontaneity.equivalents[0].text == "cultural spontaneity"
    assert found["рабочий клуб"].count == 4  # «рабочие клубы», «рабочем клубе»
    assert "пакет исходного кода" in found  # noun + genitive group, the tail as written
    assert "профсоюз" in found and found["профсоюз"].equivalents[0].text == "trade union"


def test_english_noun_phrases_are_lemmatised_and_their_equivalents_in_russian_dictionary_form() -> None:
    found = by_text(extract(list(PAIRS), "en", "ru", min_count=2))
    assert found["trade union"].count == 3 and "trade unions" in found["trade union"].forms
    assert found["trade union"].equivalents[0].text == "профсоюз"
    assert found["cultural spontaneity"].equivalents[0].text == "культурная стихийность"
    assert found["source package"].equivalents[0].text == "пакет исходного кода"
    assert found["workers club"].equivalents[0].text == "рабочий клуб"
    # numbers, addresses and function words are never a candidate's words
    assert not any(word in text for text in found for word in ("1923", "example", "https", "org", "the "))


def test_a_word_seen_only_inside_a_longer_term_is_no_candidate_of_its_own() -> None:
    found = by_text(extract(list(PAIRS), "en", "ru", min_count=2, limit=None))
    assert "trade union" in found and "union" not in found  # "union" is only ever in "trade union"
    assert c_values({("trade", "union"): 3, ("union",): 3, ("party",): 2}) == {
        ("trade", "union"): pytest.approx(3 * math.log2(3)), ("union",): 0.0, ("party",): 2.0}


def test_names_are_marked_and_left_out_on_request() -> None:
    kept = by_text(extract(list(PAIRS), "en", "ru", min_count=2))
    assert kept["Karl"].name and not kept["trade union"].name
    left = extract(list(PAIRS), "en", "ru", min_count=2, names=False)
    assert "Karl" not in by_text(left) and left.names_left_out >= 1


def test_terms_of_the_termbase_in_any_form_are_left_out_or_marked(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    with open_project_termbase(project) as termbase:
        termbase.add(Concept("union", terms=(Term("trade union", "en"), Term("профсоюз", "ru"))))
    found = extract_project_terms(project)
    assert "trade union" not in by_text(found) and found.known_left_out >= 1
    marked = by_text(extract_project_terms(project, include_known=True))
    assert marked["trade union"].known == "union"
    assert marked["cultural spontaneity"].known is None
    assert marked["cultural spontaneity"].pairs == (2, 3, 5)  # segment positions
    target = by_text(extract_project_terms(project, side="target"))
    assert "профсоюз" not in target and "культурная стихийность" in target
    project.close()


def test_accepted_candidates_become_concepts_once(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    added = add_accepted(project, [Accepted("cultural spontaneity", "культурная стихийность"),
                                   Accepted("workers club", "")])
    assert len(added.added) == 2 and added.present == ()
    again = add_accepted(project, [Accepted("Cultural spontaneities", "стихийность")])
    assert again.added == () and again.present == ("Cultural spontaneities",)
    terms = {(t.text, t.lang) for c in project_concepts(project) for t in c.terms}
    assert terms == {("cultural spontaneity", "en"), ("культурная стихийность", "ru"), ("workers club", "en")}
    assert "cultural spontaneity" not in by_text(extract_project_terms(project))
    project.close()


def test_a_language_without_a_reader_is_refused(tmp_path: Path) -> None:
    project = make_project(tmp_path, (("Der Hund bellt.", "Собака лает."),), ("de", "ru"))
    with pytest.raises(InputError, match="reads English and Russian"):
        extract_project_terms(project)
    assert extract_project_terms(project, side="target").pairs == 1
    project.close()


def test_the_confidence_discounts_few_segments_and_ties() -> None:
    """Dice's lower bound grows with the evidence; a phrase tied with another gains nothing by
    agreeing perfectly (session 35: the confidence was Dice, 1.0 from one segment)."""
    from workbench.core.extraction.equivalents import confidence, dice_lower_bound

    bounds = [dice_lower_bound(n, n, n) for n in (1, 2, 5, 40)]
    assert bounds == sorted(bounds) and bounds[0] < 0.3 < 0.9 < bounds[-1] < 1
    assert dice_lower_bound(4, 8, 8) < dice_lower_bound(8, 8, 8)
    # one segment's three phrases, tied (session 36: their place and ties weigh in too)
    assert confidence(bounds[0], 0.0, ties=2) < 0.35 < 0.9 < confidence(bounds[-1], 0.9)
    assert confidence(bounds[0], 0.0, True, 2) < confidence(bounds[0], 0.0, False, 2) < confidence(bounds[0], 0.0)


def test_a_name_keeps_its_capitals_and_a_russian_group_takes_a_latin_name() -> None:
    pairs = (
        ("Install the Debian package with SSH.", "Установите пакет Debian через SSH."),
        ("Each Debian package lists its files; see debian/control.", "Каждый пакет Debian перечисляет свои файлы."),
        ("SSH keys open the server.", "Ключи SSH открывают сервер."),
        ("A Debian package is a file.", "Пакет Debian — это файл."),
    )
    found = {c.text: c for c in extract(pairs, "en", "ru").candidates}
    assert "Debian package" in found and "debian package" not in found
    assert "SSH" in found, list(found)
    assert found["Debian package"].equivalents[0].text == "пакет Debian"
