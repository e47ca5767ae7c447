"""The matcher: spans, longest match, whole words, word order, case, explanations."""

from __future__ import annotations

from termbase.match import Matcher
from termbase.model import Concept, Term, TermStatus

CONCEPTS = [
    Concept(
        "spont", terms=(Term("cultural spontaneity", "en"), Term("культурная стихийность", "ru"))
    ),
    Concept("party", terms=(Term("party", "en"), Term("партия", "ru"))),
    Concept("cp", terms=(Term("Communist Party", "en"), Term("Коммунистическая партия", "ru"))),
    Concept(
        "cpsu",
        terms=(Term("CPSU", "en", case_sensitive=True), Term("КПСС", "ru", case_sensitive=True)),
    ),
    Concept("club", terms=(Term("workers' club", "en"), Term("рабочий клуб", "ru"))),
    Concept("form", terms=(Term("form", "en"),)),
    Concept("usa", terms=(Term("U.S.A.", "en"),)),
]
EN = Matcher(CONCEPTS, "en")
RU = Matcher(CONCEPTS, "ru")


def found(matcher: Matcher, text: str, **kwargs: bool) -> list[tuple[str, str]]:
    return [(m.concept_id, m.text) for m in matcher.find(text, **kwargs)]


def test_spans_and_explanations() -> None:
    text = "Партия боролась с культурной стихийностью."
    match = RU.find(text)[1]
    assert (match.start, match.end) == (18, 41)
    assert text[match.start : match.end] == match.text == "культурной стихийностью"
    assert match.forms == ("культурной", "стихийностью")
    assert match.lemmas == ("культурный", "стихийность")
    assert match.term.text == "культурная стихийность"


def test_longest_match_wins_and_overlapping_gives_all() -> None:
    assert found(EN, "the Communist Party line") == [("cp", "Communist Party")]
    assert found(EN, "the Communist Party line", overlapping=True) == [
        ("cp", "Communist Party"),
        ("party", "Party"),
    ]


def test_whole_words_only() -> None:
    assert found(EN, "format, formal, reform, platform") == []
    assert found(EN, "new forms") == [("form", "forms")]


def test_word_order_matters() -> None:
    assert found(EN, "the unions were spontaneous in their cultural choices") == []
    assert found(EN, "spontaneity, cultural or not") == []
    assert found(RU, "стихийность культурная") == []


def test_phrase_breaks() -> None:
    assert found(EN, "cultural. Spontaneity") == []
    assert found(RU, "рабочий, клуб") == []
    assert found(EN, "the U.S.A. and the party") == [("usa", "U.S.A."), ("party", "party")]


def test_case_sensitive_terms_match_only_their_case() -> None:
    assert found(EN, "CPSU's archives") == [("cpsu", "CPSU's")]
    assert found(EN, "cpsu, Cpsu") == []
    assert found(RU, "архив КПСС, не кпсс") == [("cpsu", "КПСС")]


def test_apostrophe_and_hyphen_variants() -> None:
    assert found(EN, "workers’ clubs and workers clubs") == [
        ("club", "workers’ clubs"),
        ("club", "workers clubs"),
    ]


def test_two_concepts_sharing_a_term_are_both_reported() -> None:
    concepts = [
        Concept("a", terms=(Term("union", "en"),)),
        Concept("b", terms=(Term("union", "en", TermStatus.ADMITTED),)),
    ]
    assert found(Matcher(concepts, "en"), "the union") == [("a", "union"), ("b", "union")]


def test_status_filter_and_languages() -> None:
    concepts = [
        Concept(
            "c",
            terms=(Term("профсоюз", "ru-RU"), Term("торговый союз", "ru", TermStatus.DEPRECATED)),
        )
    ]
    approved = Matcher(concepts, "ru", statuses={TermStatus.PREFERRED, TermStatus.ADMITTED})
    assert len(approved) == 1
    assert found(approved, "торговый союз и профсоюзы") == [("c", "профсоюзы")]
    assert len(Matcher(concepts, "en")) == 0


def test_empty_and_unrelated_text() -> None:
    assert EN.find("") == []
    assert EN.find("Nothing here at all.") == []
    assert RU.find("!!! ... ---") == []


def test_repeated_texts_use_the_form_cache_and_agree() -> None:
    text = "Культурной стихийности рабочих клубов"
    assert RU.find(text) == RU.find(text)


def test_forms_with_the_same_lemma_ids_share_what_they_start_in_the_tries() -> None:
    """What a text form starts in the tries depends on its lemma ids alone: a term's
    inflections share it, and so do the words of no term, so the first pass over a text
    keeps one small tuple per new form (the garbage collector walks every container kept)."""
    matcher = Matcher(CONCEPTS, "ru")
    scan = matcher.scan("Партии партию, дом и стол")
    assert scan.looked is not None
    party, party_accusative, _, house, _, table = scan.looked
    assert party[0] == party_accusative[0] != ()
    assert all(a is b for a, b in zip(party[:6], party_accusative[:6]))
    assert house[0] == () and all(a is b for a, b in zip(house[:6], table[:6]))
    assert len({party[6], party_accusative[6], house[6], table[6]}) == 4  # each form its own number
    assert [m.text for m in matcher.find_in(scan)] == ["Партии", "партию"]


def test_a_term_longer_than_the_text_is_not_found_by_concept_and_does_not_raise() -> None:
    """A text shorter than the term by two tokens or more once made the per-concept search
    index past its end (the slice bound went negative) when its first words matched."""
    matcher = Matcher([Concept("c1", terms=(Term("union of soviet writers", "en"),))], "en")
    scan = matcher.scan("union of")
    assert matcher.find_concepts(scan, {"c1"}, set(TermStatus)) == []
    assert matcher.find_in(scan, overlapping=True) == []
    longer = matcher.scan("the Union of Soviet Writers met")
    assert [m.text for m in matcher.find_concepts(longer, {"c1"}, set(TermStatus))] == ["Union of Soviet Writers"]


def test_many_texts_at_once_find_what_each_finds_alone() -> None:
    """`hits_many` and its kin (one walk over the tokens of all the texts) give each text's
    `hits_in`, `watched_may_occur` and `concept_hits`, on the hand-made recognition set
    (every case and number, ё, capitals, acronyms in the wrong case, verbs sharing a noun
    term's lemma, words out of order), with empty and punctuation-only texts among them."""
    from pathlib import Path

    from bench.recognition_quality import load_cases
    from termbase.formats import read_termbase_file

    data = Path(__file__).parent / "data"
    concepts = read_termbase_file(data / "recognition_termbase.csv")
    cases = load_cases(data / "recognition.tsv")
    for lang in ("en", "ru"):
        # Preferred terms watched: a trie of their own, as an enforcer keeps one of deprecated terms.
        matcher = Matcher(concepts, lang, watched={TermStatus.PREFERRED})
        texts = ["", " ", "…", *(case.text for case in cases if case.lang == lang), "—"]
        scans = matcher.scan_many(texts)
        alone = [matcher.scan(text) for text in texts]
        assert [(scan.text, scan.toks) for scan in scans.scans] == [(scan.text, scan.toks) for scan in alone]
        for overlapping in (False, True):
            assert matcher.hits_many(scans, overlapping=overlapping) == [
                matcher.hits_in(scan, overlapping=overlapping) for scan in alone
            ]
        watched = matcher.watched_many(scans)
        assert watched == [matcher.watched_may_occur(scan) for scan in alone]
        assert 0 < sum(watched) < len(texts)
        named = [{matcher.concept_of(hit) for hit in matcher.hits_in(scan)} for scan in alone]
        statuses = frozenset(TermStatus)
        many = matcher.concept_hits_many(scans, named, statuses)
        assert many == [matcher.concept_hits(scan, ids, statuses) for scan, ids in zip(alone, named)]
        assert sum(map(bool, many)) > len(texts) // 2


def test_a_term_in_capitals_is_an_acronym_matched_only_in_capitals() -> None:
    # Not marked case-sensitive: written in capitals throughout, it is an acronym, and the
    # everyday word of its letters ("raw", "Raw" opening a sentence) is no occurrence of it.
    waste = Matcher([Concept("rw", terms=(Term("RAW", "en", status=TermStatus.DEPRECATED),)),
                     Concept("plant", terms=(Term("NPP", "en"),))], "en")
    assert found(waste, "Raw ore and raw material were shipped.") == []
    assert found(waste, "The RAW of both NPPs is stored on site.") == [("rw", "RAW"), ("plant", "NPPs")]
    assert found(waste, "the npp") == []
