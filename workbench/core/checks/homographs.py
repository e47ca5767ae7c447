"""Another word written alike, told by the translation and the bundled dictionary.

«часов» is a form of «часы» (a clock) and of «час» (an hour); «девичье» of the noun «девичья»
(the maids' room) as the matcher reads it, and of the adjective «девичий» (maiden). The
matcher takes the termbase's word, since grammar alone cannot choose; the translation can:
"at seven o'clock in the morning ... the long hours" holds "hour", which the general
dictionary gives for «час» and not for «часы». Where the target holds such a word, a
`term-missing` for the clock is most likely another word of the same letters.

The dictionary is the English-Russian list the aligner reads (``workbench/data/
dictionary-en-ru.tsv.gz``, Mueller's, one headword and the Russian words of all its senses a
line): a flat list, so it cannot tell one sense of a word from another, but it can tell two
words apart. Only readings the lemmatiser finds likely (`MIN_SCORE`) and that are not names
count: every Russian form has a rare reading as a name or a far-fetched case of another noun
(«поле» of «пол», «пола»), and those would excuse any translation.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from importlib import resources

from termbase.languages import primary_language
from termbase.model import Concept
from termbase.morphology import EnglishLemmatizer, RussianLemmatizer, lemmatizer_for
from termbase.normalize import fold_word, is_word
from termbase.senses import rendering_of

DICTIONARY = "dictionary-en-ru.tsv.gz"
MIN_SCORE = 0.1
"""pymorphy3's probability a reading must have to count as a word the form may be."""
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
    found: dict[str, set[str]] = defaultdict(set)
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        english, _, russian = line.partition("\t")
        english = fold_word(english)
        for word in russian.split():
            if source == "en":
                found[english].add(fold_word(word))
            else:
                found[fold_word(word)].add(english)
    return {lemma: frozenset(words) for lemma, words in found.items()}


def _readings(form: str, lang: str) -> frozenset[str]:
    """The folded lemmas of the words `form` may be: likely readings, not names."""
    lemmatizer = lemmatizer_for(lang)
    folded = fold_word(form)
    if isinstance(lemmatizer, RussianLemmatizer):
        return frozenset(fold_word(p.normal_form) for p in lemmatizer.parses(folded)
                         if p.score >= MIN_SCORE and not _PROPER & p.tag.grammemes)
    if isinstance(lemmatizer, EnglishLemmatizer):
        return frozenset(fold_word(lemma) for lemmas in lemmatizer.analyses(folded).values() for lemma in lemmas)
    return frozenset()


def other_word(concept: Concept, forms: Iterable[str], target: str, source_lang: str,
               target_lang: str) -> tuple[str, str] | None:
    """(target word, source lemma) where every one of `forms` (the concept's occurrences in the
    source, as written) may be another word than the concept's source term, and the target
    holds a word the dictionary gives for that other word and not for the term; else None."""
    source, target_code = primary_language(source_lang), primary_language(target_lang)
    words = _word_list(source, target_code)
    if words is None:
        return None
    # A termbase writes its terms in their dictionary form: «часы» is the lemma, though
    # «часы» is also the plural of «час».
    term_lemmas = {fold_word(term.text) for term in concept.terms_in(source_lang)}
    term_words = {word for lemma in term_lemmas for word in words.get(lemma, ())}
    term_words |= {fold_word(lemma) for term in concept.approved(target_lang)
                   for lemma in rendering_of(term.text, target_code)}
    lemmas: set[str] | None = None
    found: tuple[str, str] | None = None
    for form in forms:
        if not is_word(form):
            return None
        others = _readings(form, source) - term_lemmas
        if not others:
            return None
        if lemmas is None:
            lemmas = {fold_word(lemma) for lemma in rendering_of(target, target_code)}
        hit = next(((word, other) for other in sorted(others) for word in sorted(words.get(other, frozenset()) - term_words)
                    if word in lemmas), None)
        if hit is None:
            return None
        found = found or hit
    return found
