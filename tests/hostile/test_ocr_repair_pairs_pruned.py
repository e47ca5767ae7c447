"""The OCR repair's two confusions on a long word dense with confusable letters (hardening,
round 24).

A token OCR may have misread is repaired by undoing one confusion of the tables at each place,
or two at each pair of places, each candidate looked up. A made-up Russian token of 40 letters
drawn from «нипшщцьъгтлпсеохкзв» holds some 80 places, so some 3,000 pairs, each looked up in the
frequency list and then again in pymorphy3's dictionary: 16 ms of CPU a token, and a file of such
words (16 MB, some 200,000 of them) would hold an import for an hour. A pair is now made only
while some word begins with its letters so far (a bisection of the frequency list, a walk of
pymorphy3's dictionary): random letters go astray within a few, and the repairs are the same.
"""

from __future__ import annotations

import random

import pytest

from workbench.core.ingest import confusions
from workbench.core.ingest.confusions import confusion_repair
from workbench.core.ingest.word_joining import Lexicon

LETTERS = {"ru": "нипшщцьъгтлпсеохкзв", "en": "rnmcldhiuvwbeotfs"}


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_long_token_of_confusable_letters_looks_up_few_candidates(
        lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon = Lexicon(lang)
    confusion_repair("слово" if lang == "ru" else "word", lexicon)  # the lists are loaded first
    looked_up: list[str] = []
    zipf = Lexicon.zipf

    def counted(self: Lexicon, word: str) -> float:
        looked_up.append(word)
        return zipf(self, word)

    monkeypatch.setattr(Lexicon, "zipf", counted)
    letters = random.Random(24)
    tokens = ["".join(letters.choice(LETTERS[lang]) for _ in range(40)) for _ in range(5)]
    for token in tokens:
        confusion_repair(token, lexicon)
    # Before: some 6,500 lookups a Russian token (both passes, 30,000 here); now about 100.
    assert len(looked_up) < 5 * 300, len(looked_up)


@pytest.mark.parametrize(("token", "lang", "word"), [
    ("ибполь3овали", "ru", "использовали"),
    ("Нарациванио", "ru", "Наращивание"),
    ("Псчатнсй", "ru", "Печатней"),
    ("тлядели", "ru", "глядели"),
    ("wlicleheartedly", "en", "wholeheartedly"),
    ("adveniutous", "en", "adventurous"),
    ("Pr0jccts", "en", "Projects"),
    ("prohtems", "en", "problems"),
])
def test_two_confusions_are_still_undone(token: str, lang: str, word: str) -> None:
    confusions._repair.cache_clear()
    found = confusion_repair(token, Lexicon(lang))
    assert found is not None and found.word == word
