"""`citations.cited_spans`: reference entries and cited titles, in English and Russian, and the
prose that only looks like them (issue 15, session 29, termfix30). Sentences written for the
rules by the implementer."""

from __future__ import annotations

from workbench.core.checks.citations import all_cited, cited_spans


def _cited(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in cited_spans(text)]


def test_reference_entries_are_cited_whole() -> None:
    for line in ("Okafor, Ngozi 2011. Calendars of the Niger Delta. Journal of Folk Astronomy 4, pp. 9-30.",
                 "[12] Brandt K. Sky maps of the north. Leiden University Press, 1987.",
                 "Иванов И. И. Звёзды и календарь. — М.: Издательство «Наука», 1979. — стр. 211.",
                 "Cite as: Moreau, Lucie 2020. _Seasons in the sky_. Version 2"):
        assert _cited(line) == [line]


def test_prose_with_a_year_is_no_reference_entry() -> None:
    for line in ("In 1987 the observers pressed on to the northern station and wrote down 40 star names.",
                 "Press the Enter key to save the catalogue of 2020.",
                 "The journal entry of 1911 names the Pleiades."):
        assert _cited(line) == []


def test_titles_after_a_word_naming_a_work_or_in_title_case() -> None:
    text = ("He followed the atlas “Stars of the southern sea” and the study _Canoe Paths Across The Night "
            "Sky_, and called two stars “the Twins”.")
    assert _cited(text) == ["“Stars of the southern sea”", "_Canoe Paths Across The Night Sky_"]
    russian = "Названия взяты из книги «Звёздное небо северных народов», созвездие «Лось» в ней одно."
    assert _cited(russian) == ["«Звёздное небо северных народов»"]


def test_all_cited_needs_every_occurrence_inside() -> None:
    assert all_cited([(0, 10)], [(2, 5), (6, 9)])
    assert not all_cited([(0, 10)], [(2, 5), (12, 15)])
    assert not all_cited([(0, 10)], [])
