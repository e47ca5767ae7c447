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

A flat list cannot tell one sense of a word from another, but the dictionary numbers them, and
a second list keeps them apart (``senses-en-ru.tsv.gz``): "key" has «ключ» in sense 1 and
«клавиша» in sense 8, "castle" «замок» and «дворец» both in sense 1. Where the concept's term is
absent and the target holds a word of another sense of the source word than the term's, of the
same part of speech, one no other word of the pair or of the concept's definition accounts for
and not a form of the term's own stem («клавишу Enter» for "the Enter key", where the
termbase's key is the cryptographic «ключ»), the translator most likely read that other sense
(`Homographs.other_sense`); a synonym in the term's own sense («дворец») says nothing, since a
translator may choose it for the same thing. The term's own senses are those holding its preferred
term, where any does: an admitted term the dictionary also lists in another sense («труд», labour
in "work"'s first sense and a written work beside «произведение» in its fourth) does not make that
sense the concept's. It only lowers a finding to a doubt that says why.

A definition may name the sense it rules out ("the faculty of thinking ... (not a cause or
motive)"): where the target holds the dictionary's word for that name which the sense list also
gives for the source word («по этой причине»: «причина» is reason's sense 2 and a word for
"cause"), the translator read the excluded sense (`Homographs.excluded_sense`); where it quotes a
phrase ('not "in order to"'), an occurrence standing in it is no use of the concept
(`Homographs.excluded_phrase`). And a noun's term after "to" or a modal may be the verb of the same
letters ("allowed to exist and to work"): where the target has the dictionary's word for one of its
verb senses, as a verb («работать»), the translator read the verb (`Homographs.verb_rendering`).

A noun that modifies the next one ("the root filesystem", "the leisure class") is said in Russian
by an adjective, which the dictionary seldom lists under the noun: an adjective built on the
dictionary's noun for another sense («корневой» of «корень», where root is the superuser:
`Homographs.other_sense`), or one the dictionary gives for the English noun's own adjective
(«праздный», "leisured": `Homographs.derived_adjective`) says the translator rendered the
modifier, not the concept's thing.

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
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib import resources

from termbase.grammar import EN_MODALS
from termbase.languages import primary_language
from termbase.model import Concept, TermStatus
from termbase.morphology import EnglishLemmatizer, RussianLemmatizer, lemmatizer_for
from termbase.normalize import blanked, fold_word, is_word, token_spans, tokens
from termbase.pair_senses import (
    defined_here,
    modifies_next,
    negated_phrases,
    relational_adjective,
)
from termbase.senses import content_lemmas

DICTIONARY = "dictionary-en-ru.tsv.gz"
SENSES = "senses-en-ru.tsv.gz"
"""The same dictionary's entries with their numbered senses apart (`_sense_list`)."""
MIN_SCORE = 0.1
"""pymorphy3's probability a reading must have to count as a word the form may be."""
_STEM = 4
"""Letters of a dictionary word its inflected forms mostly keep («сказать», «сказал»): where no
form of the target starts so, the target need not be lemmatised to know the word is absent."""
_FLEETING = re.compile(r"[еёо][^аеёиоуыэюя]+$")
"""A last syllable's «е», «ё» or «о» before the word's final consonants: a vowel the other forms
drop («корень», «корнем»; «кусок», «куска»)."""
_MIN_KEPT = 3
"""Letters kept before a dropped vowel, at least: fewer would be met in most targets."""


@cache
def _kept_letters(word: str) -> str:
    """The first letters of a dictionary word (`_STEM`) that all its forms keep: those before a
    vowel they drop where it stands earlier («кор» of «корень», whose forms are «корня», «корнем»;
    without it the cheap test missed the word in every form but the first)."""
    fleeting = _FLEETING.search(word)
    if fleeting is not None and _MIN_KEPT <= fleeting.start() < _STEM:
        return word[:fleeting.start()]
    return word[:_STEM]
_NEXT_WORD = re.compile(r"(?:\s+|-)([^\W\d_]+)")
"""The word right after an occurrence, past spaces or a hyphen: the second half of a compound."""
_AFTER_TO_OR_MODAL = re.compile(r"(?:^|\W)(?:to|" + "|".join(sorted(EN_MODALS)) + r")\s+$", re.IGNORECASE)
"""The end of the text before an occurrence that "to" or a modal closes: the cheap test first."""
_LOOK_BACK = 12
"""Characters before an occurrence that hold the "to" or the modal before it ("should" and spaces)."""
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
"""pymorphy3's grammemes of proper nouns: a name read into a common form says nothing."""
_RU_ADJECTIVES = frozenset({"ADJF", "ADJS"})
"""pymorphy3's parts of speech of an adjective, full or short."""
_DERIVED_SUFFIXES = frozenset({"d", "ed", "al", "ial", "ic", "ical", "ous", "ful", "ive", "ary", "ory", "y",
                               "ly", "en", "ish", "an", "ian"})
"""The endings English adds to a noun to make its adjective ("leisured", "governmental",
"golden", "musical"): a dictionary gloss of the noun plus one of them is the noun said as an
adjective. Not "-less", which says the noun's absence."""
_STEM_END = re.compile(r"[аяоеёиыйь]$")
"""A Russian word's last vowel, «й» or «ь», which the words built on it drop or change."""


@cache
def lemma_glosses(source: str, target: str) -> dict[str, frozenset[str]] | None:
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


Senses = dict[str, tuple[tuple[str, frozenset[str]], ...]]
"""English headword -> its numbered senses, each (part of speech: n, a, v or x; its folded Russian
words)."""
Phrases = dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]]
"""English headword -> its set phrases, each (English words, folded Russian words)."""


@cache
def _sense_file(source: str, target: str) -> tuple[Senses, Phrases] | None:
    """The sense list (``senses-en-ru.tsv.gz``) read once: its numbered senses and its set phrases,
    for English to Russian only (the list is Mueller's English entries; a Russian word's senses
    are not numbered in it). None for another pair or where the list is left out."""
    if (source, target) != ("en", "ru"):
        return None
    try:
        raw = resources.files("workbench.data").joinpath(SENSES).read_bytes()
    except FileNotFoundError:
        return None
    senses: Senses = {}
    phrases: Phrases = {}
    for line in gzip.decompress(raw).decode("utf-8").lower().replace("ё", "е").splitlines():
        english, _, groups = line.partition("\t")
        parsed = [group.partition(":") for group in groups.split("|")]
        senses[english] = tuple((pos, frozenset(words.split())) for pos, _, words in parsed if pos != "i")
        phrases[english] = tuple((tuple(phrase.split()), frozenset(russian.split())) for pos, _, words in parsed
                                 if pos == "i" for phrase, _, russian in [words.partition(" = ")])
    return senses, phrases


RussianPhrases = tuple[tuple[tuple[str, ...], str], ...]
"""The sense list's set phrases read from their Russian: each (its folded Russian words in order, its
English as the list writes it)."""


@cache
def _russian_phrases(source: str, target: str) -> RussianPhrases | None:
    """The sense list's set phrases for a Russian source and an English target, read once: the same
    entries `_sense_file` reads, their Russian kept in its order ("with might and main", «изо всех
    сил»). The list gives the Russian for an English phrase; read the other way, a Russian word
    standing in that Russian is part of a phrase the dictionary renders whole. None for another
    pair or where the list is left out."""
    if (source, target) != ("ru", "en"):
        return None
    try:
        raw = resources.files("workbench.data").joinpath(SENSES).read_bytes()
    except FileNotFoundError:
        return None
    return tuple((tuple(russian.split()), english)
                 for line in gzip.decompress(raw).decode("utf-8").lower().replace("ё", "е").splitlines()
                 for group in line.partition("\t")[2].split("|") if group.startswith("i:")
                 for english, _, russian in [group[2:].partition(" = ")] if russian)


@cache
def _russian_phrase_index(source: str, target: str) -> dict[str, tuple[int, ...]]:
    """The first letters (`_MIN_KEPT`) of every word of `_russian_phrases` -> the phrases holding
    one: a concept's phrases are then read among the few whose words start as its term's lemma."""
    index: dict[str, list[int]] = defaultdict(list)
    for number, (russian, _) in enumerate(_russian_phrases(source, target) or ()):
        for word in set(russian):
            index[word[:_MIN_KEPT]].append(number)
    return {start: tuple(numbers) for start, numbers in index.items()}


def _sense_list(source: str, target: str) -> Senses | None:
    """The sense list's numbered senses (`_sense_file`), or None."""
    found = _sense_file(source, target)
    return found[0] if found is not None else None


@cache
def _sense_words(source: str, target: str) -> frozenset[str]:
    """Every target word the sense list has, in a numbered sense or a set phrase's translation."""
    found = _sense_file(source, target)
    if found is None:
        return frozenset()
    senses, phrases = found
    return frozenset(word for groups in senses.values() for _, words in groups for word in words) | frozenset(
        word for entries in phrases.values() for _, russian in entries for word in russian)


_SLOTS = frozenset({"a", "an", "the", "smb", "smth", "smb's", "one's", "oneself", "his", "her", "my",
                    "your", "its", "our", "their", "s"})
"""Words of a set phrase as the dictionary writes it that a text fills otherwise or leaves out:
articles, the "smb"/"smth" slots and possessives ("on one's own account"); and the infinitive's
"to" that starts a verb's phrase ("to take into account": `_INFINITIVE`)."""
_RU_SLOTS = frozenset({"л", "либо", "нибудь", "кто", "что", "свой", "мой", "твой", "его", "ее", "их", "наш",
                       "ваш"})
"""The Russian side's slots, as lemmas: the list writes «кого л», «чего л» for any person or thing
(«вбить кому л в голову»), and a text puts its own possessive before a phrase's noun («пришла в
твою голову» of «прийти в голову»). Not the reflexive «себя»: «взять себя в руки» is a phrase of
its own, «взять в руки» is taking a thing in one's hand."""
_VERB_SLOTS = frozenset({"do", "doing"})
"""The dictionary's stand-in for any verb before "smth" ("to be in the habit of doing smth"): a
text has its own verb there ("in the habit of employing"), so the word is a slot too."""
_INFINITIVE = "to"
"""The word that marks a set phrase as a verb's: a text conjugates the verb and drops it ("took
into account"). Anywhere else in a phrase it is a preposition or a particle the text must have:
"in order to" is "in order" only with it, and "in order" is also "in good order"."""
_PHRASE_GAP = 4
"""Words a text may put between two words of a set phrase ("take the existing system into
account"); the words beside the term's own stand next to it."""
_MIN_PHRASE_WORDS = 2
"""Words a set phrase must have besides the term's own to be told from a chance neighbour: "on
account" alone would be any "on"."""


_ARTICLES = {"a": "a", "an": "a", "the": "the"}
"""The articles, "an" read as "a": adjectives may stand between one and its noun ("a wide variety
of")."""


def _phrase_words(phrase: tuple[str, ...], articles: bool = False) -> list[str]:
    """The words of a set phrase a text must have: all but its slots (`_SLOTS`) and a leading
    infinitive's "to" (`_INFINITIVE`); with `articles`, its articles too (a phrase a definition
    quotes, whose author wrote them as meant: "a variety of" is not "this variety of wheat")."""
    return [word for place, word in enumerate(phrase)
            if (word not in _SLOTS or (articles and word in _ARTICLES)) and not (place == 0 and word == _INFINITIVE)
            and not (word in _VERB_SLOTS and phrase[place + 1:place + 2] == ("smth",))]


_QUOTED = re.compile("[\"“«]([^\"“”«»]+)[\"”»]")
"""A phrase in quotation marks (straight, curly or «»): how a definition names a phrase it means
as words, not as a thing ('not "in order to"')."""


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


_CONTENT_PARTS = frozenset({"noun", "adjective", "verb"})
"""The parts of speech of a term's words that name something: not its prepositions or articles."""


_NEXT_WORD_ONLY = re.compile(r"\s+([^\W\d_]+)")
"""The word right after an occurrence, past spaces."""


def _before_noun(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the occurrence `text[start:end]` modifies the next word, a noun (`modifies_next`),
    or stands before a word in small letters the lemmatiser does not know at all: its lexicon
    lacks rare nouns ("trade unionists"), never a function word or a common verb."""
    if modifies_next(text, start, end, lang):
        return True
    following = _NEXT_WORD_ONLY.match(text, end)
    return (following is not None and following.group(1).islower() and primary_language(lang) == "en"
            and not _typed_readings(following.group(1), lang))


def _noun_lemmas(form: str, lang: str) -> frozenset[str]:
    """The folded lemmas of the nouns `form` may be ("duties" -> "duty"; "artistic" none)."""
    return frozenset(lemma for lemma, pos in _typed_readings(form, lang) if pos == "noun")


def _readings(form: str, lang: str) -> frozenset[str]:
    """The folded lemmas of the words `form` may be."""
    return frozenset(lemma for lemma, _ in _typed_readings(form, lang))


@lru_cache(maxsize=65536)
def lemmas_of(word: str, lang: str) -> frozenset[str]:
    """A word of a text as the dictionary may list it: folded, and every likely reading's lemma.
    Cached beside `_typed_readings`: a set phrase's words and a sentence's are asked again for
    each concept and each occurrence, and building the set was most of the answer's cost."""
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


@lru_cache(maxsize=4)
def _word_offsets(text: str) -> tuple[tuple[str, int], ...]:
    """The word tokens of a segment's source with their offsets, read once for all the concepts
    and occurrences whose set phrases are looked for in it (`Homographs.set_phrase`)."""
    return tuple((token, start) for token, start, _ in token_spans(text) if is_word(token))


class Homographs:
    """`other_word`, `other_sense` and `compound` for one run: the dictionary for its languages, and per concept what its
    source terms are and which target words render them, worked out once."""

    def __init__(self, source_lang: str, target_lang: str) -> None:
        self._source, self._target = primary_language(source_lang), primary_language(target_lang)
        self._source_lang, self._target_lang = source_lang, target_lang
        self._words = lemma_glosses(self._source, self._target)
        self._lemmas: dict[str, frozenset[str]] = {}
        self._rendered: dict[str, frozenset[str]] = {}
        self._defined: dict[str, frozenset[str]] = {}
        self._nearby: dict[str, frozenset[str]] = {}
        self._named: dict[str, dict[str, str]] = {}
        self._verbs: dict[str, frozenset[str]] = {}
        self._quoted: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._own: dict[tuple[str, bool], frozenset[str]] = {}
        self._stems: dict[tuple[str, bool], tuple[str, ...]] = {}
        self._phrases: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
        self._content: dict[str, frozenset[str]] = {}
        self._derived: dict[str, dict[str, str]] = {}

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
                          if _kept_letters(word) in folded_target]
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

    def source_word_rendered(self, concept: Concept, forms: Iterable[str], source: str) -> tuple[str, str] | None:
        """(target word as written, source word) where every one of `forms` (target words of the
        concept's, in a pair whose source names no occurrence of it) is a word the dictionary gives
        for another word the source has ("marine debris", «морским мусором»: debris lists
        «мусор»), no source term of the concept: the target word renders that word, and says
        nothing of the concept. None otherwise, and for a language pair without the dictionary. The
        source is lemmatised only where such a word's first letters stand in it."""
        english = lemma_glosses(self._target, self._source)
        if english is None:
            return None
        folded_source = source.casefold()
        term_lemmas = self._term_lemmas(concept)
        source_lemmas: set[str] | None = None
        found: tuple[str, str] | None = None
        for form in forms:
            candidates = sorted({word for lemma in lemmas_of(form, self._target) for word in english.get(lemma, ())
                                 if word[:_STEM] in folded_source and word not in term_lemmas})
            if not candidates:
                return None
            if source_lemmas is None:
                source_lemmas = {lemma for token in tokens(source) if is_word(token)
                                 for lemma in lemmas_of(token, self._source)}
            # The list writes some words in the form its senses take («инструкции», «указания»):
            # a word counts where the source has it in any form.
            hit = next((word for word in candidates if not source_lemmas.isdisjoint(lemmas_of(word, self._source))),
                       None)
            if hit is None:
                return None
            found = found or (form, hit)
        return found

    def no_term_word(self, concept: Concept, source: str) -> bool:
        """Whether the source holds no word that any likely reading makes a content word (a noun,
        adjective or verb) of one of the concept's source terms, in any form: then no occurrence of
        the concept went unseen there, and a forbidden target word of the concept renders some other
        word («способ», «как» for "way", deprecated for «путь»). False for a concept with no source
        term, a target-only entry that forbids its word wherever it stands, and where a word of a
        term is there though the matcher took it for no occurrence ("Mozilla Accounts", a name)."""
        words = self._content_words(concept)
        if not words:
            return False
        return all(words.isdisjoint(lemmas_of(token, self._source)) for token in tokens(source) if is_word(token))

    def _content_words(self, concept: Concept) -> frozenset[str]:
        """The folded lemmas of the content words of the concept's source terms, and as written the
        words the lemmatiser does not know ("SSL" of "SSL handshake"), worked out once."""
        found = self._content.get(concept.id)
        if found is None:
            words = [word for term in concept.terms_in(self._source_lang) for word in tokens(term.text) if is_word(word)]
            found = self._content[concept.id] = frozenset(
                lemma for word in words for lemma, pos in _typed_readings(word, self._source) if pos in _CONTENT_PARTS
            ) | frozenset(fold_word(word) for word in words if not _typed_readings(word, self._source)) | frozenset(
                fold_word(term.text) for term in concept.terms_in(self._source_lang) if len(term.text.split()) == 1)
        return found

    def other_sense(self, concept: Concept, source: str, spans: Iterable[tuple[int, int]],
                    target: str) -> tuple[str, str, str] | None:
        """(target word, source word as written, "") where the target holds a word the dictionary gives
        for the concept's source term in another numbered sense than any of the concept's target
        terms, of the same part of speech (a noun's adjective senses too where every occurrence
        modifies the next noun: "trade unionists", «профсоюзных», trade's «профсоюзный»), and
        nothing else explains it: the word is no synonym
        listed in the term's own sense («дворец» beside «замок» for "castle"; the senses holding the
        preferred term, or where none does those holding any term of the concept), no form of a target
        term's stem («ключевой» of «ключ»), in a source that shares no content word with the
        concept's definition (`termbase.pair_senses.defined_here`), no dictionary word of another word of the source or of
        the concept's definition, no word the definition itself uses (a definition in the
        target's language). Where the dictionary has no target term of the concept anywhere, its
        every sense of the term's declared part of speech (a noun's where none is declared) is
        another sense: the concept's is one it lacks ("root" the superuser: «корень»). None
        otherwise, and for a language pair without a sense list. Where every occurrence modifies the
        next noun, an adjective built on a noun of another sense counts as that noun
        (`termbase.pair_senses.relational_adjective`: «корневой каталог» for "the root directory",
        where root is the superuser): then (adjective, source word, noun). The target is
        lemmatised only where such a word's first letters stand in it."""
        senses = _sense_list(self._source, self._target)
        if senses is None or self._words is None:
            return None
        occurrences = sorted(set(spans))
        if not occurrences:
            return None
        folded_target = target.casefold()
        own, stems = self._own_words(concept), self._term_stems(concept)
        others: set[str] = set()
        term_lemmas = self._term_lemmas(concept)
        # No entry of the dictionary has a target term: the concept's sense is one it lacks ("root" the
        # superuser, "distribution" the system), so each sense it has of the term's part is another.
        # A term it has elsewhere («снежинка» in flake's "flake of snow") may be the sense it means.
        unlisted = all(own.isdisjoint(words) for lemma in term_lemmas for _, words in senses.get(lemma, ())) \
            and own.isdisjoint(_sense_words(self._source, self._target))
        modifier: bool | None = None
        nouns: set[str] = set()
        preferred = self._own_words(concept, preferred=True)
        for lemma in term_lemmas:
            groups = senses.get(lemma, ())
            kept = [i for i, (_, words) in enumerate(groups) if not preferred.isdisjoint(words)] or [
                i for i, (_, words) in enumerate(groups) if not own.isdisjoint(words)]
            if kept:
                synonyms = {word for i in kept for word in groups[i][1]}
                parts = {groups[i][0] for i in kept}
            elif unlisted:
                synonyms, parts = set(), self._parts(concept)
            else:
                continue
            if "n" in parts and "a" not in parts:
                if modifier is None:
                    modifier = all(_before_noun(source, start, end, self._source_lang) for start, end in occurrences)
                if modifier:  # "trade unionists": Russian says a noun modifier by an adjective («профсоюзных»)
                    parts = parts | {"a"}
            kept_words = {(pos, word) for pos, words in groups if pos in parts for word in words
                          if word not in synonyms and word not in own and _kept_letters(word) in folded_target
                          and not word.startswith(stems)}
            others |= {word for _, word in kept_words}
            if modifier:
                nouns |= {word for pos, word in kept_words if pos == "n"}
        if not others:
            return None
        found = others & {lemma for token in tokens(target) if is_word(token)
                          for lemma in lemmas_of(token, self._target)}
        # A noun modifier is said in Russian by the adjective of its noun («корневой» of «корень» for
        # "the root filesystem"), which the dictionary need not list.
        built = None if found or not nouns else relational_adjective(nouns, target, self._target_lang)
        if built is not None:
            found = {built[1]}
        if not found:
            return None
        rest = blanked(source, occurrences)
        hits = sorted(found - self._glossed(rest) - self._definition_words(concept) - self._near(concept))
        if not hits or defined_here(concept.definition, source, occurrences, self._source_lang):
            return None
        start, end = occurrences[0]
        if built is not None:
            return built[0], source[start:end], built[1]
        return hits[0], source[start:end], ""

    def derived_adjective(self, concept: Concept, source: str, spans: Iterable[tuple[int, int]],
                          target: str) -> tuple[str, str] | None:
        """(target adjective as written, source-language adjective) where every occurrence of the
        concept modifies the next noun and the target holds an adjective that the dictionary gives
        for an adjective built on the source word by a regular suffix ("leisure class", «праздный
        класс»: «праздный» is "leisured"; `_DERIVED_SUFFIXES`), not on a target term's stem: the
        translator said the modifier by an adjective of its own, so the term's noun is rightly
        absent. An adjective of the term's stem («медный» of «медь» for "copper castle", «золотые»
        for "gold") is not taken: the sets' labels hold those due, the material or thing itself.
        Not a word the dictionary gives for another word of the source, nor where the sentence
        shares a content word with the concept's definition (`termbase.pair_senses.defined_here`).
        None otherwise, and for a language pair without the dictionary or a source not English
        (the suffixes are English). The construction is read, and the target lemmatised, only
        where such an adjective's first letters stand in the target."""
        candidates = self._derived_adjectives(concept)
        folded_target = target.casefold().replace("ё", "е")
        if not any(_kept_letters(word) in folded_target for word in candidates):
            return None
        occurrences = sorted(set(spans))
        if not occurrences or not all(modifies_next(source, start, end, self._source_lang)
                                      for start, end in occurrences):
            return None
        lemmatizer = lemmatizer_for(self._target)
        for token in tokens(target):
            if not is_word(token):
                continue
            parses = lemmatizer.parses(fold_word(token)) if isinstance(lemmatizer, RussianLemmatizer) else []
            if not parses or parses[0].tag.POS not in _RU_ADJECTIVES or _PROPER & parses[0].tag.grammemes:
                continue
            derived = candidates.get(fold_word(parses[0].normal_form))
            if derived is None:
                continue
            if fold_word(parses[0].normal_form) in self._glossed(blanked(source, occurrences)) or defined_here(
                    concept.definition, source, occurrences, self._source_lang):
                return None
            return token, derived
        return None

    def _derived_adjectives(self, concept: Concept) -> dict[str, str]:
        """Target adjective (a word the lemmatiser reads as one) -> the English adjective built on a
        source term of the concept by a regular suffix (`_DERIVED_SUFFIXES`: "leisured" of
        "leisure") that the dictionary gives it for, but those of a target term's stem, changed or
        not (`_changed_stems`), and the concept's own words: what `derived_adjective` looks for. Worked out once; empty for a pair
        without the dictionary or a source not English."""
        found = self._derived.get(concept.id)
        if found is None:
            found = self._derived[concept.id] = {}
            if self._words is None or self._source != "en":
                return found
            stems, own = self._changed_stems(concept), self._own_words(concept)
            for lemma in sorted(self._term_lemmas(concept)):
                for suffix in sorted(_DERIVED_SUFFIXES):
                    for word in sorted(self._words.get(lemma + suffix, ())):
                        if word not in own and not word.startswith(stems) and word not in found \
                                and (word, "adjective") in _typed_readings(word, self._target):
                            found[word] = lemma + suffix
        return found

    def _changed_stems(self, concept: Concept) -> tuple[str, ...]:
        """The letters every word built on a target term of the concept keeps, its stem changed
        or not: the term's first letters (`_STEM`) before a last vowel, «й» or «ь» it may drop
        («мед» of «медь», whose adjective is «медный»), at least `_MIN_KEPT`."""
        stems = (_STEM_END.sub("", fold_word(word)) for term in concept.terms_in(self._target_lang)
                 for word in term.text.split())
        return tuple({stem[:_STEM] for stem in stems if len(stem) >= _MIN_KEPT})

    def excluded_sense(self, concept: Concept, source: str, spans: Iterable[tuple[int, int]],
                       target: str) -> tuple[str, str] | None:
        """(target word, the definition's word for it) where the concept's definition excludes a sense
        by naming it ("the faculty of thinking ... (not a cause or motive)") and the target holds
        the dictionary's word for that name which the sense list also gives for the source term
        (reason: «причина», sense 2, and the dictionary's word for "cause"; method: «способ», sense
        1 beside «метод», and a word for "way", which the definition rules out): the translator
        read the sense the termbase rules out. Not a word the dictionary gives for a
        content word of the rest of the source. Unlike the other readings, not held back where
        the sentence shares a content word with what the definition says the concept is
        (`termbase.pair_senses.defined_here`): that tells the sentence's subject, which a text of
        the concept's field shares anyway ("communities" in a history of nations, beside state's
        "a political community"), while the termbase's own words name this sense as not the
        concept's («в полудиком состоянии» for "a semi-barbarous state", where state is "not a
        condition"). None otherwise, and for a language pair without a sense list. The target is
        lemmatised only where such a word's first letters stand in it."""
        named = self._excluded_words(concept)
        folded_target = target.casefold()
        candidates = {word: name for word, name in named.items() if _kept_letters(word) in folded_target}
        if not candidates:
            return None
        found = candidates.keys() & {lemma for token in tokens(target) if is_word(token)
                                     for lemma in lemmas_of(token, self._target)}
        if not found:
            return None
        occurrences = sorted(set(spans))
        words = self._words or {}
        glossed = {word for lemma in content_lemmas(tokens(blanked(source, occurrences)), self._source_lang)
                   for word in words.get(lemma, ())}
        hits = sorted(found - glossed)
        return (hits[0], candidates[hits[0]]) if hits else None

    def verb_rendering(self, concept: Concept, source: str, spans: Iterable[tuple[int, int]],
                       target: str) -> tuple[str, str] | None:
        """(target word, source word as written) where the termbase declares the concept a noun, every
        occurrence is a verb's bare form in small letters right after "to" or a modal ("allowed to
        exist and to work", "may doubt"), and the target has, read as a verb, the dictionary's word
        for a verb sense of the source word («работать»): the translator read the verb, which the
        noun's term does not render. After "to" a noun stands too ("went to work", "write to
        disk"); the target's verb tells them apart. None otherwise, and for a language pair without
        a sense list or an English source."""
        occurrences = sorted(set(spans))
        if not occurrences or not all(_AFTER_TO_OR_MODAL.search(source, max(0, start - _LOOK_BACK), start)
                                      for start, _ in occurrences):
            return None
        folded_target = target.casefold()
        candidates = {word for word in self._verb_words(concept) if _kept_letters(word) in folded_target}
        if not candidates:
            return None
        lemmatizer = lemmatizer_for(self._source)
        assert isinstance(lemmatizer, EnglishLemmatizer)  # the sense list is English's
        words_of = [(fold_word(token), start) for token, start, _ in token_spans(source) if is_word(token)]
        for start, end in occurrences:
            index = next((i for i, (_, at) in enumerate(words_of) if at == start), None)
            form = fold_word(source[start:end])
            if (index is None or index == 0 or not source[start:start + 1].islower()
                    or (words_of[index - 1][0] != "to" and words_of[index - 1][0] not in EN_MODALS)
                    or form not in lemmatizer.analyses(form).get("VERB", ())):
                return None
        for token in tokens(target):
            if is_word(token) and any(pos == "verb" and lemma in candidates
                                      for lemma, pos in _typed_readings(token, self._target)):
                start, end = occurrences[0]
                return token, source[start:end]
        return None

    def _verb_words(self, concept: Concept) -> frozenset[str]:
        """The sense list's words for the verb senses of a noun concept's source terms (none for a
        concept the termbase declares another part of speech, or a pair without the list), worked
        out once."""
        found = self._verbs.get(concept.id)
        if found is None:
            senses = _sense_list(self._source, self._target)
            found = self._verbs[concept.id] = frozenset() if senses is None or "n" not in self._parts(concept) \
                else frozenset(word for lemma in self._term_lemmas(concept) for pos, words in senses.get(lemma, ())
                               if pos == "v" for word in words)
        return found

    def _definition(self, concept: Concept) -> str | None:
        """The concept's definition in the source language, where it has one, else its definition."""
        return concept.definition_in(self._source_lang) or concept.definition

    def _excluded_words(self, concept: Concept) -> dict[str, str]:
        """The target words of the senses the concept's definition excludes by name, each with the
        definition's word naming it: the dictionary's words for a noun of an excluded phrase (the
        term's own words aside) that the sense list also gives for the source term, in any of its
        senses (the definition, not the dictionary's grouping, says which sense is the concept's),
        and that are no target term of the concept nor a form of one's stem.
        Worked out once; empty for a definition that excludes nothing or a pair without the lists."""
        found = self._named.get(concept.id)
        if found is None:
            found = self._named[concept.id] = {}
            senses = _sense_list(self._source, self._target)
            phrases = negated_phrases(self._definition(concept), self._source_lang)
            if senses is None or self._words is None or not phrases:
                return found
            own, stems, term_lemmas = self._own_words(concept), self._term_stems(concept), self._term_lemmas(concept)
            entry = {word for lemma in term_lemmas for _, words in senses.get(lemma, ()) for word in words}
            for phrase in phrases:
                for token in tokens(phrase):
                    if not is_word(token):
                        continue
                    for name in sorted(_noun_lemmas(token, self._source) - term_lemmas):
                        for word in sorted(self._words.get(name, ())):
                            if word in entry and word not in own and not word.startswith(stems):
                                found.setdefault(word, name)
        return found

    def _parts(self, concept: Concept) -> set[str]:
        """The sense list's parts of speech ("n", "a", "v") of the concept's source terms as the
        termbase declares them, a noun where it declares none (a termbase is mostly nouns)."""
        declared = {_declared(term.part_of_speech) for term in concept.terms_in(self._source_lang)}
        return {{"adjective": "a", "verb": "v"}.get(part or "noun", "n") for part in declared}

    def _near(self, concept: Concept) -> frozenset[str]:
        """The target words that share a dictionary headword with a target term of the concept,
        but the concept's own source words: "board" lists «доска» and «стол», "foot" «ножка» and
        «нога», so either may stand for the other in a translation of "table" or "leg", a near
        synonym rather than another sense. Worked out once."""
        found = self._nearby.get(concept.id)
        if found is None:
            english = lemma_glosses(self._target, self._source) or {}
            headwords = {word for lemma in self._own_words(concept) for word in english.get(lemma, ())}
            headwords -= self._term_lemmas(concept)
            words = self._words or {}
            found = self._nearby[concept.id] = frozenset(word for headword in headwords
                                                         for word in words.get(headword, ()))
        return found

    def set_phrase(self, concept: Concept, source: str, spans: Iterable[tuple[int, int]]) -> str | None:
        """The dictionary's set phrase (as it writes it) that every occurrence of the concept at
        `spans` stands in, where the phrase's Russian has none of the concept's target terms:
        "take the existing system into account" in "to take into account" («принимать во
        внимание»), "in order to stay" in "in order to" («для того чтобы»): the word is part of the
        phrase, not the concept. The phrase's words but the slots (`_SLOTS`) and a leading "to"
        must stand in its order, the ones beside the term's word next to it (past the text's
        articles and possessives) and the others within `_PHRASE_GAP` words, at least
        `_MIN_PHRASE_WORDS` of them. For a Russian source the list is read from its Russian
        (`_russian_set_phrases`): «изо всех сил» in «изо всей силы бьёт», the phrase as the list
        writes its Russian. None otherwise, and for a language pair without the list."""
        candidates = self._set_phrases(concept)
        if not candidates:
            return None
        words_of = _word_offsets(source)
        phrase: str | None = None
        for start, _ in sorted(set(spans)):
            index = next((i for i, (_, at) in enumerate(words_of) if at == start), None)
            hit = None if index is None else next(
                (" ".join(words) for lemma, words in candidates if self._stands_in(words_of, index, words, lemma)), None)
            if hit is None:
                return None
            phrase = phrase or hit
        return phrase

    def _set_phrases(self, concept: Concept) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(headword, phrase's words) of the dictionary's set phrases of the concept's source terms
        whose Russian has none of the concept's target terms and no word built on an approved one
        (`set_phrase`): worked out once. A forbidden variant's stem says nothing of the phrase: the
        slang «обменник» is built on «обмен», which "in exchange for" («в обмен на») has in its
        general sense."""
        found = self._phrases.get(concept.id)
        if found is None:
            if self._source == "ru":
                found = self._phrases[concept.id] = self._russian_set_phrases(concept)
                return found
            listed = _sense_file(self._source, self._target)
            own, stems = self._own_words(concept), self._term_stems(concept, approved=True)
            found = self._phrases[concept.id] = () if listed is None else tuple(
                (lemma, words) for lemma in sorted(self._term_lemmas(concept))
                for words, russian in listed[1].get(lemma, ())
                if own.isdisjoint(russian) and not any(word.startswith(stems) for word in russian))
        return found

    def _russian_set_phrases(self, concept: Concept) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(source term's lemma, the phrase's Russian words) of the sense list's set phrases read
        from their Russian (`_russian_phrases`) that hold a word of the concept's Russian term and
        whose English has none of the concept's English terms and no word built on an approved one:
        «изо всех сил», which the list gives for "with might and main", holds «сила» but is no use
        of force, the word is part of a phrase the dictionary renders whole without the term. A
        phrase whose English has an approved term ("in response to", «в ответ на») says nothing:
        the translator may have kept the concept's word in it. A forbidden variant says nothing of
        the phrase, as `_set_phrases` lets a forbidden variant's stem be: "in answer to" is the
        everyday «в ответ на» where the termbase forbids "answer" for the HTTP response."""
        phrases = _russian_phrases(self._source, self._target)
        if phrases is None:
            return ()
        index = _russian_phrase_index(self._source, self._target)
        own = frozenset(lemma for term in concept.approved(self._target_lang)
                        for word in term.text.split() for lemma in lemmas_of(word, self._target))
        stems = self._term_stems(concept, approved=True)
        found: list[tuple[str, tuple[str, ...]]] = []
        for lemma in sorted(self._term_lemmas(concept)):
            for number in index.get(lemma[:_MIN_KEPT], ()):
                russian, english = phrases[number]
                if not any(lemma in lemmas_of(word, self._source) for word in russian):
                    continue
                words = [fold_word(token) for token in tokens(english) if is_word(token)]
                if any(not own.isdisjoint(lemmas_of(word, self._target)) or word.startswith(stems) for word in words):
                    continue
                found.append((lemma, russian))
        return tuple(found)

    def excluded_phrase(self, concept: Concept, source: str, spans: Iterable[tuple[int, int]]) -> str | None:
        """The phrase the concept's definition excludes by quoting it (order: 'not a command, a
        sequence or "in order to"'; variety: 'not "a variety of", an assortment') that every
        occurrence of the concept at `spans` stands in, by `set_phrase`'s rule but for the count of
        words: the termbase's author named the phrase as no use of the concept, so one word beside
        the term's own is enough. None otherwise."""
        phrases = self._quoted_exclusions(concept)
        if not phrases:
            return None
        words_of = _word_offsets(source)
        found: str | None = None
        for start, _ in sorted(set(spans)):
            index = next((i for i, (_, at) in enumerate(words_of) if at == start), None)
            hit = None if index is None else next(
                (" ".join(words) for lemma in sorted(self._term_lemmas(concept)) for words in phrases
                 if self._stands_in(words_of, index, words, lemma, minimum=1, articles=True)), None)
            if hit is None:
                return None
            found = found or hit
        return found

    def _quoted_exclusions(self, concept: Concept) -> tuple[tuple[str, ...], ...]:
        """The quoted phrases among those the concept's definition excludes, as folded words: worked
        out once."""
        found = self._quoted.get(concept.id)
        if found is None:
            found = self._quoted[concept.id] = tuple(
                words for phrase in negated_phrases(self._definition(concept), self._source_lang)
                for quoted in _QUOTED.findall(phrase)
                if len(words := tuple(fold_word(token) for token in tokens(quoted) if is_word(token))) > 1)
        return found

    def _stands_in(self, text: Sequence[tuple[str, int]], index: int, phrase: tuple[str, ...], head: str,
                   minimum: int = _MIN_PHRASE_WORDS, articles: bool = False) -> bool:
        """Whether the set `phrase` of the headword `head` stands in the words `text` (each with its
        offset) with its headword at `index` (`set_phrase`'s rule), `minimum` of its words besides
        the headword's (and, with `articles`, its articles: `_phrase_words`). The text's own slot
        words (an article, a possessive) may stand between the headword and the words beside it
        ("in the light of" holds "in light of"), and adjectives between an article and the rest."""
        kept = _phrase_words(phrase, articles) if self._source != "ru" else [
            word for word in phrase if not self._slot(word)]
        at = next((i for i, word in enumerate(kept) if head in lemmas_of(word, self._source)), None)
        if at is None or len(kept) - 1 < minimum:
            return False
        for step, side in ((-1, kept[:at][::-1]), (1, kept[at + 1:])):
            position = index
            for count, word in enumerate(side):
                article = _ARTICLES.get(word)
                reach = 1 if count == 0 and article is None else 1 + _PHRASE_GAP
                while count == 0 and article is None and 0 <= position + step * reach < len(text) \
                        and self._slot(text[position + step * reach][0]):
                    reach += 1
                places = [position + step * distance for distance in range(1, reach + 1)]
                match = next((place for place in places if 0 <= place < len(text) and (
                    _ARTICLES.get(fold_word(text[place][0])) == article if article is not None
                    else not lemmas_of(text[place][0], self._source).isdisjoint(lemmas_of(word, self._source)))),
                    None)
                if match is None:
                    return False
                position = match
        return True

    def _slot(self, word: str) -> bool:
        """Whether a word of a text or of a set phrase in the source language is a slot a text fills
        its own way: an English article or possessive (`_SLOTS`), a Russian possessive or the
        list's «кого л» (`_RU_SLOTS`, by its lemmas)."""
        if self._source == "ru":
            return not _RU_SLOTS.isdisjoint(lemmas_of(word, self._source))
        return fold_word(word) in _SLOTS

    def _own_words(self, concept: Concept, preferred: bool = False) -> frozenset[str]:
        """The lemmas of every target term of the concept, approved or forbidden: the concept's own
        renderings, no sign of another sense; with `preferred`, of its preferred terms only.
        Worked out once."""
        key = (concept.id, preferred)
        found = self._own.get(key)
        if found is None:
            found = self._own[key] = frozenset(
                lemma for term in concept.terms_in(self._target_lang)
                if not preferred or term.status is TermStatus.PREFERRED
                for word in term.text.split() for lemma in lemmas_of(word, self._target))
        return found

    def _term_stems(self, concept: Concept, approved: bool = False) -> tuple[str, ...]:
        """The first letters (`_STEM`) of each word of the concept's target terms (with `approved`,
        its approved ones only): a word starting so is the term's own (an adjective or a compound
        of it), whatever the dictionary says. Worked out once."""
        key = (concept.id, approved)
        found = self._stems.get(key)
        if found is None:
            terms = concept.approved(self._target_lang) if approved else concept.terms_in(self._target_lang)
            found = self._stems[key] = tuple({fold_word(word)[:_STEM] for term in terms
                                              for word in term.text.split() if len(word) >= _STEM})
        return found

    def _glossed(self, text: str) -> frozenset[str]:
        """The dictionary's target words for every word of `text` (a source-language text)."""
        words = self._words or {}
        return frozenset(word for token in tokens(text) if is_word(token)
                         for lemma in lemmas_of(token, self._source) for word in words.get(lemma, ()))

    def _definition_words(self, concept: Concept) -> frozenset[str]:
        """The target words the concept's definition accounts for, in either language: the
        dictionary's words for its source-language words but the term's own, and its words read
        as the target's (a definition written in the target language). Worked out once."""
        found = self._defined.get(concept.id)
        if found is None:
            definition = concept.definition or ""
            term_lemmas = self._term_lemmas(concept)
            words = self._words or {}
            found = frozenset(
                {word for token in tokens(definition) if is_word(token)
                 for lemma in lemmas_of(token, self._source) - term_lemmas for word in words.get(lemma, ())}
                | {lemma for token in tokens(definition) if is_word(token)
                   for lemma in lemmas_of(token, self._target)})
            self._defined[concept.id] = found
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
                     if _kept_letters(word) in target.casefold() and word not in self._term_words(concept)]
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
