"""Whether a phrase was translated: the aligner's word list, asked of a few words.

A link the translation lacks is a slip when the translator kept its text and lost only the
address ("<a …>quantum computing</a>" as a plain «квантовые компьютеры»), but none when the text
went with it: a sentence or a list item the translation leaves out, as translations of an older
edition of a page do ("<a …>Learn more</a> about the technology …" with no such sentence). Only
the words tell the two apart, and the aligner already carries a general English-Russian word list
for that question (`workbench.core.alignment.dictionary`). This module asks it of one phrase: is
one of its words copied to the other side, or are most of them there as dictionary translations?

Crude by design, like the aligner's use: words are compared by prefix stems, and only words the
list knows, or copied as they are, count. A phrase none of whose words is known says nothing, and
the caller keeps its finding.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from termbase.morphology import Lemmatizer
    from workbench.core.alignment import WordList

_WORD = re.compile(r"[^\W\d_]+")
_COMMON_ZIPF = 5.5
"""wordfreq zipf from which a word is a function word ("the", "more", "which"), present in almost
any translation and no evidence of a phrase kept."""


def left_out(words_of: str, other: str, lang: str, other_lang: str) -> bool:
    """Whether the phrase `words_of` is missing from `other`, the other side of the pair: none of
    its content words (not function words, `_COMMON_ZIPF`) is copied into `other`, and of those the
    word list knows, at least one is and no more than half are in `other` as one of their
    dictionary translations. A translated phrase keeps most of its words; one word of three found
    in a text that says something else ("pull request process" beside «общий процесс») is a word
    of another sentence, as the list's prefix stems find some word in most paragraphs. False where
    the language pair has no word list or no word of the phrase is known: nothing then says it was
    left out."""
    from workbench.core.alignment import MIN_WORD, word_list  # numpy: only when a link is missing

    words = word_list(lang, other_lang)
    if words is None:
        return False
    content = [w for w in _WORD.findall(words_of) if len(w) >= MIN_WORD and _content(w, lang)]
    copied = {w.casefold() for w in _WORD.findall(other)}
    if any(w.casefold() in copied for w in content):
        return False
    present = _stems(other, words.target_ids, words.target_stem, MIN_WORD)
    verdicts = [_glossed(words, key, present) for word in content
                if (key := words.source_ids.get(_folded(word)[: words.source_stem])) is not None]
    return bool(verdicts) and 2 * sum(verdicts) <= len(verdicts)


def _folded(word: str) -> str:
    """Lower case, and ё as е, as the word list's stems are."""
    return word.casefold().replace("ё", "е")


def _content(word: str, lang: str) -> bool:
    return _zipf(word.casefold(), lang) < _COMMON_ZIPF


@cache
def _zipf(word: str, lang: str) -> float:
    """wordfreq's zipf frequency, kept per word (wordfreq is imported on the first question: its
    import costs a quarter of a second that commands not running the checks should not pay)."""
    from workbench.core.word_frequency import zipf

    return zipf(word, lang)


def _stems(text: str, ids: dict[str, int], length: int, min_word: int) -> set[int]:
    """The word list's stem ids of the words of `text` (of `min_word` letters or more)."""
    found: set[int] = set()
    for word in _WORD.findall(text):
        if len(word) >= min_word and (key := ids.get(_folded(word)[:length])) is not None:
            found.add(key)
    return found


def _glossed(words: WordList, key: int, present: set[int]) -> bool:
    """Whether one of the translations of stem `key` is among the `present` stems."""
    translations = words.forward.targets[words.forward.starts[key]:words.forward.starts[key + 1]]
    return any(int(t) in present for t in translations.tolist())


def named_as_often(word: str, text: str, other: str, lang: str, other_lang: str) -> bool | None:
    """Whether `other`, the other side of the pair, names what `word` names at least as often as
    `text` says `word` (in any form): its words whose lemma is one of the dictionary's translations
    of `word`, against the words of `text` of `word`'s lemma. A translation that refers to a thing
    by a common noun where the source names it («слой» for 'layer "2"') still names it; one that
    says it fewer times has left a mention out, with what was said there ('than trees on layer
    "1"'). Lemmas, not the aligner's prefix stems: a short word's forms («фон», «фона») share no
    stem of its length. None where the pair has no such list or the list does not know `word`."""
    from termbase.morphology import lemmatizer_for
    from workbench.core.checks.homographs import lemma_glosses

    glosses = lemma_glosses(lang, other_lang)
    if glosses is None:
        return None
    lemmatizer, other_lemmatizer = lemmatizer_for(lang), lemmatizer_for(other_lang)
    keys = _lemmas(lemmatizer, word)
    renderings = frozenset().union(*(glosses.get(key, ()) for key in keys))
    if not renderings:
        return None
    said = sum(1 for w in _WORD.findall(text) if not keys.isdisjoint(_lemmas(lemmatizer, w)))
    named = sum(1 for w in _WORD.findall(other) if not renderings.isdisjoint(_lemmas(other_lemmatizer, w)))
    return named >= said


def _lemmas(lemmatizer: Lemmatizer, word: str) -> frozenset[str]:
    """The lemmas of `word` folded as the dictionary's words are (small letters, ё as е)."""
    return frozenset(_folded(key) for key in lemmatizer.keys(_folded(word)))
