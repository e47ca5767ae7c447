"""The twenty-fifth held-out set (`bench.align_heldout25`: Tolstoy's «Исповедь» in Maude's *A
Confession*, four chapters of a book-length argument, RU → EN): where `fetch` mirrors both
repositories, the user files it rebuilds (the Russian chapter's lines, the English chapter saved as
text from the ebook's XHTML) and the segments the import makes of them are those the gold was read
on, and the gold keeps its rules for the chapter numerals, a period cut or joined, a clause that
crosses a sentence boundary, a quotation one side keeps whole and a sentence the translation leaves
out. No aligner is ever run on the set. The committed gold's counts are checked with every set's in
`tests/core/test_alignment_heldout_gold.py`; nothing of the text is committed, so every test that
reads it skips where the mirror is absent."""

from __future__ import annotations

import pytest

from bench import align_heldout, align_heldout25
from tests.core.heldout_texts import HeldOutTexts

TEXTS = HeldOutTexts(align_heldout25)
GOLD, NAMES = TEXTS.gold, TEXTS.names
_sides, _bead_of = TEXTS.sides, TEXTS.bead_of


@pytest.mark.parametrize("name", NAMES)
def test_the_user_files_and_their_segments_are_those_the_gold_was_read_on(name: str) -> None:
    TEXTS.check_user_files(name)


@pytest.mark.parametrize("name", NAMES)
def test_each_text_opens_with_its_chapter_numeral_on_both_sides_in_a_1_1_bead(name: str) -> None:
    en, ru = _sides(name)
    numeral = {"confession-1": "I", "confession-4": "IV", "confession-6": "VI", "confession-12": "XII"}[name]
    assert GOLD[name]["beads"][0] == [[0], [0]]
    assert en[0] == ru[0] == numeral


def test_the_english_chapter_is_the_ebooks_text_without_its_markup() -> None:
    """The English user file is what a reader's "save as text" gives: no tag, the heading and each
    paragraph a line of its own, a blank line between them; the ebook's word joiners around a dash
    and its endnote marks glued to the word are kept, as such a file has them."""
    try:
        text = align_heldout25.user_file("confession-6", "en")
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    assert "<" not in text and text.startswith("VI\n\nIn my search for answers")
    assert all(line for line in text.rstrip("\n").split("\n")[::2])
    en, _ = _sides("confession-6")
    assert "So said Solomon, or whoever wrote those words.7" in en


def test_a_clause_that_crosses_the_sentence_boundary_makes_one_2_2_bead() -> None:
    """«Помню, как старшие братья заинтересовались этою новостью, позвали и меня на совет.» ends
    with what Maude's next sentence opens with ("They called me to their council ..."): the two
    pairs are one n-m bead."""
    en, ru = _sides("confession-1")
    s, t = _bead_of("confession-1", ru, "ru", "Помню, как старшие братья")
    assert len(s) == len(t) == 2 and en[s[1]].startswith("They called me to their council")


def test_a_quotation_the_english_keeps_whole_is_one_bead_with_every_russian_verse() -> None:
    """Solomon's second passage is one English segment (the import keeps a quotation inside its
    marks) against twenty Russian ones, from «Сказал я в сердце моём» to the verse «Не во власти
    человека ...» and the paragraph «Всему и всем -- одно ...» the English runs into it."""
    en, ru = _sides("confession-6")
    s, t = _bead_of("confession-6", ru, "ru", '"Сказал я в сердце моём')
    assert len(s) == 1 and en[s[0]].startswith("“I said in my heart")
    assert len(t) == 20 and ru[t[-1]].startswith('"Всему и всем')


def test_a_sentence_the_translation_leaves_out_is_a_null_bead() -> None:
    """Maude has no «Но когда я знал, что жизнь бессмысленна и ужасна, -- игра в зеркальце не могла
    уже забавлять меня.»: a Russian null between the play of lights and the honey."""
    en, ru = _sides("confession-4")
    s, t = _bead_of("confession-4", ru, "ru", "Но когда я знал, что жизнь бессмысленна")
    assert s == []
    beads = GOLD["confession-4"]["beads"]
    at = beads.index([s, t])
    assert en[beads[at - 1][0][0]].startswith("Then the play of lights")
    assert en[beads[at + 1][0][0]].startswith("No sweetness of honey")
