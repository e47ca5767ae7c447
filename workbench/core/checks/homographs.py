"""Another word written alike, told by the translation and the bundled dictionary.

«часов» is a form of «часы» (a clock) and of «час» (an hour); «девичье» of the noun «девичья»
(the maids' room) as the matcher reads it, and of the adjective «девичий» (maiden). The
matcher takes the termbase's word, since grammar alone cannot choose; the translation can:
"at seven o'clock in the morning ... the long hours" holds "hour", which the general
dictionary gives for «час» and not for «часы». Where the target holds such a word, a
`term-missing` for the clock is most likely another word of the same letters.

The same dictionary names compounds written as one word ("goldfish", "riverhorse"): a source
word that is the first half of one ("gold fish", "the river-horse couches") is part of another
word, which the translation may render by the dictionary's word for it («золотую рыбку»,
«гиппопотамы»; `Homographs.compound`).

The dictionary is the English-Russian list the aligner reads (``workbench/data/
dictionary-en-ru.tsv.gz``, Mueller's, one headword and the Russian words of all its senses a
line): a flat list, so it cannot tell one sense of a word from another, but it can tell two
words apart. Only readings the lemmatiser finds likely (`MIN_SCORE`) and that are not names
count: every Russian form has a rare reading as a name or a far-fetched case of another noun
(«поле» of «пол», «пола»), and those would excuse any translation.
"""

from __future__ import annotations

import gzip
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

from termbase.languages import primary_language
from termbase.model import Concept
from termbase.morphology import EnglishLemmatizer, RussianLemmatizer, lemmatizer_for
from termbase.normalize import fold_word, is_word, tokens

DICTIONARY = "dictionary-en-ru.tsv.gz"
MIN_SCORE = 0.1
"""pymorphy3's probability a reading must have to count as a word the form may be."""
_STEM = 4
"""Letters of a dictionary word its inflected forms mostly keep («сказать», «сказал»): where no
form of the target starts so, the target need not be lemmatised to know the word is absent."""
_NEXT_WORD = re.compile(r"(?:\s+|-)([^\W\d_]+)")
"""The word right after an occurrence, past spaces or a hyphen: the second half of a compound."""
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
"""pymorphy3's grammemes of proper nouns: a name read into a common form says nothing."""


@cache
def _word_list(source: str, target: str) -> dict[str, frozenset[str]] | None:
    """Folded source lemma -> the folded target words the dictionary gives for it, for English
    and Russian either way round; None for another pair or where the list is left out (a
    distribution may drop it, as the aligner allows)."""
    if {source, target} != {"en", "ru"}:
        return None
    try:
        raw = resources.files("workbench.data").joinpath(DICTIONARY).read_bytes()
    except FileNotFoundError:
        return None
    # The list is in small letters; folding is then only «ё» -> «е», done on the whole text.
    text = gzip.decompress(raw).decode("utf-8").lower().replace("ё", "е")
    if source == "en":
        return {english: frozenset(russian.split()) for english, _, russian in
                (line.partition("\t") for line in text.splitlines())}
    found: dict[str, set[str]] = defaultdict(set)
    for line in text.splitlines():
        english, _, russian = line.partition("\t")
        for word in russian.split():
            found[word].add(english)
    return {lemma: frozenset(words) for lemma, words in found.items()}


_COARSE = {"NOUN": "noun", "PROPN": "noun", "ADJF": "adjective", "ADJS": "adjective", "PRTF": "adjective",
           "PRTS": "adjective", "ADJ": "adjective", "VERB": "verb", "INFN": "verb", "GRND": "verb", "AUX": "verb"}
"""pymorphy3's and lemminflect's parts of speech, as a termbase declares a term's."""


@lru_cache(maxsize=65536)
def _typed_readings(form: str, lang: str) -> frozenset[tuple[str, str]]:
    """(folded lemma, part of speech) of the words `form` may be: likely readings, not names."""
    lemmatizer = lemmatizer_for(lang)
    folded = fold_word(form)
    if isinstance(lemmatizer, RussianLemmatizer):
        return frozenset((fold_word(p.normal_form), _COARSE.get(str(p.tag.POS), "other"))
                         for p in lemmatizer.parses(folded)
                         if p.score >= MIN_SCORE and not _PROPER & p.tag.grammemes)
    if isinstance(lemmatizer, EnglishLemmatizer):
        return frozenset((fold_word(lemma), _COARSE.get(pos, "other"))
                         for pos, lemmas in lemmatizer.analyses(folded).items() for lemma in lemmas)
    return frozenset()


def _readings(form: str, lang: str) -> frozenset[str]:
    """The folded lemmas of the words `form` may be."""
    return frozenset(lemma for lemma, _ in _typed_readings(form, lang))


def lemmas_of(word: str, lang: str) -> frozenset[str]:
    """A word of a text as the dictionary may list it: folded, and every likely reading's lemma."""
    return _readings(word, lang) | {fold_word(word)}


def _declared(part_of_speech: str | None) -> str | None:
    """A term's declared part of speech as `_COARSE` names it ("n", "noun" -> "noun")."""
    declared = (part_of_speech or "").strip().lower()
    if declared.startswith("adj"):
        return "adjective"
    if declared.startswith("n"):
        return "noun"
    if declared.startswith("v"):
        return "verb"
    return None


def _term_lemmas(text: str, lang: str, part_of_speech: str | None) -> frozenset[str]:
    """The lemmas a term's text stands for. The text itself where it is one of its own readings'
    lemmas: a termbase writes «часы», though «часы» is also the plural of «час», which is then
    another word. Otherwise the text and its readings of the term's declared part of speech
    (all, where none is declared): "lights" is "light", but «девичья», the maids' room, which
    the lemmatiser knows only as the adjective «девичий», is not that adjective."""
    folded = fold_word(text)
    readings = _typed_readings(text, lang)
    if any(lemma == folded for lemma, _ in readings):
        return frozenset({folded})
    declared = _declared(part_of_speech)
    return frozenset({folded} | {lemma for lemma, pos in readings if declared is None or pos == declared})


class Homographs:
    """`other_word` for one run: the dictionary for its languages, and per concept what its
    source terms are and which target words render them, worked out once."""

    def __init__(self, source_lang: str, target_lang: str) -> None:
        self._source, self._target = primary_language(source_lang), primary_language(target_lang)
        self._source_lang, self._target_lang = source_lang, target_lang
        self._words = _word_list(self._source, self._target)
        self._lemmas: dict[str, frozenset[str]] = {}
        self._rendered: dict[str, frozenset[str]] = {}

    def _term_lemmas(self, concept: Concept) -> frozenset[str]:
        """The lemmas of the concept's source terms (`_term_lemmas`), worked out once."""
        found = self._lemmas.get(concept.id)
        if found is None:
            found = self._lemmas[concept.id] = frozenset(
                lemma for term in concept.terms_in(self._source_lang)
                for lemma in _term_lemmas(term.text, self._source, term.part_of_speech))
        return found

    def _term_words(self, concept: Concept) -> frozenset[str]:
        """The target words that render the concept's source terms by the dictionary, and its
        approved target terms' lemmas: no sign of another word. Worked out once, when asked."""
        found = self._rendered.get(concept.id)
        if found is None:
            words = self._words or {}
            rendered = {word for lemma in self._term_lemmas(concept) for word in words.get(lemma, ())}
            rendered |= {lemma for term in concept.approved(self._target_lang)
                         for word in term.text.split() for lemma in lemmas_of(word, self._target)}
            found = self._rendered[concept.id] = frozenset(rendered)
        return found

    def other_word(self, concept: Concept, forms: Iterable[str], target: str) -> tuple[str, str] | None:
        """(target word, source lemma) where every one of `forms` (the concept's occurrences in
        the source, as written) may be another word than the concept's source term, and the
        target holds a word the dictionary gives for that other word and not for the term;
        else None. The target is lemmatised only where a word of the dictionary's may stand in
        it (its first letters are there)."""
        if self._words is None:
            return None
        folded_target = target.casefold()
        found: tuple[str, str] | None = None
        lemmas: set[str] | None = None
        for form in forms:
            if not is_word(form):
                return None
            # The cheap tests first: a dictionary word of a reading whose first letters stand in
            # the target; only then whether that reading is the term's own.
            candidates = [(word, reading) for reading in sorted(_readings(form, self._source))
                          for word in sorted(self._words.get(reading, frozenset()))
                          if word[:_STEM] in folded_target]
            if candidates:
                term_lemmas, term_words = self._term_lemmas(concept), self._term_words(concept)
                candidates = [(word, reading) for word, reading in candidates
                              if reading not in term_lemmas and word not in term_words]
            if not candidates:
                return None
            if lemmas is None:
                lemmas = {lemma for token in tokens(target) if is_word(token)
                          for lemma in lemmas_of(token, self._target)}
            hit = next((candidate for candidate in candidates if candidate[0] in lemmas), None)
            if hit is None:
                return None
            found = found or hit
        return found

    def compound(self, concept: Concept, source: str, spans: Iterable[tuple[int, int]],
                 target: str) -> tuple[str, str] | None:
        """(target word, compound) where every occurrence of the concept at `spans` in `source` is
        the first half of a compound the dictionary lists as one word ("gold fish", "river-horse":
        "goldfish", "riverhorse"), and the target has the dictionary's word for that compound and
        not the term's («рыбка», «гиппопотам»): the source word is part of another word there.
        None otherwise. A two-word phrase is read so only where the dictionary writes it solid,
        a word of its own; "gold scissors" is no such word."""
        if self._words is None:
            return None
        found: tuple[str, str] | None = None
        lemmas: set[str] | None = None
        for start, end in spans:
            # Only the next word is read: every missing term of a project comes here.
            following = _NEXT_WORD.match(source, end)
            if following is None:
                return None
            whole = fold_word(source[start:end]) + fold_word(following.group(1))
            words = [word for word in sorted(self._words.get(whole, frozenset()))
                     if word[:_STEM] in target.casefold() and word not in self._term_words(concept)]
            if not words:
                return None
            if lemmas is None:
                lemmas = {lemma for token in tokens(target) if is_word(token)
                          for lemma in lemmas_of(token, self._target)}
            hit = next((word for word in words if word in lemmas), None)
            if hit is None:
                return None
            found = found or (hit, whole)
        return found
