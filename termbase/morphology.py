"""Lemmatisers per language: a word form -> the lemma keys it may stand for.

Recognition compares *lemma keys*, not strings. A key is a lemma, marked with
the kind of word when that matters to meaning: nouns, adjectives, numerals and
adverbs give the bare lemma (`стихийность`, `cultural`); verb forms give
`lemma#verb`; Russian participles give `lemma#participle-<voice>-<tense>` and
gerunds `lemma#gerund`. The marks keep "организовали преступность" (a verb)
from matching the term "организованная преступность" (a participle or
adjective), and "stated" from matching the noun "state".

A text word yields the keys of *all* its analyses (an ambiguous form such as
"стали" may be "сталь" or "стать"), so recall never depends on guessing the
right parse. A term word, written in dictionary form,
yields only its nominal analyses when it has any (a termbase is mostly nouns
and noun phrases), unless the term says it is a verb; a Russian verb term then
yields the keys of its participles and gerunds as well.

Russian uses pymorphy3 (with its DAWG C extension when installed), English
lemminflect, which keeps irregular plurals (`lives` -> `life`) and
parts of speech apart; possessives (`voluntarism's`, `workers'`) are stripped
first. (simplemma, the other candidate measured, is faster but gives one
lemma without a part of speech: "stated" -> "state", "lives" -> "live", so a
noun term would fire on verbs.) Any other language falls back to folded forms (exact, case-insensitive
matching). Every lookup is cached per folded form: a text of 100,000 segments
has far fewer distinct forms than tokens.
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from functools import cache, lru_cache
from typing import Any, Protocol

from termbase.grammar import EnglishGrammar, Grammar, RussianGrammar
from termbase.languages import primary_language

_MAX_CACHE = 1_000_000
"""Forms kept per language before the cache is dropped (bounds a long TUI session)."""

_VERB_POS = {"verb"}


def is_verb_pos(part_of_speech: str | None) -> bool:
    """Whether a term's TBX partOfSpeech names a verb."""
    return (part_of_speech or "").strip().lower() in _VERB_POS


def is_adjective_pos(part_of_speech: str | None) -> bool:
    """Whether a term's TBX partOfSpeech names an adjective ("adjective", "adj")."""
    return (part_of_speech or "").strip().lower() in {"adjective", "adj"}


def is_noun_pos(part_of_speech: str | None) -> bool:
    """Whether a term's TBX partOfSpeech names a noun ("noun", "properNoun")."""
    return (part_of_speech or "").strip().lower() in {"noun", "propernoun"}


class Lemmatizer(Protocol):
    """What recognition needs from a language: lemma keys for text and term words."""

    lang: str

    def keys(self, form: str) -> tuple[str, ...]:
        """Every lemma key a folded text word may stand for."""
        ...

    def term_keys(self, form: str, part_of_speech: str | None = None) -> tuple[str, ...]:
        """Lemma keys of a folded word written in a term (dictionary form)."""
        ...

    def unlisted_forms(self, form: str, part_of_speech: str | None) -> dict[str, str]:
        """The inflected forms of a folded term word, each with its key from `term_keys`, where
        the term declares a part of speech the lemmatiser does not list for the word (the month
        "may" a noun: "may", "mays"); empty where it lists it, and where no part is declared."""
        ...

    def has_verb_reading(self, form: str) -> bool:
        """Whether a folded text word may also be a verb form (so context must decide)."""
        ...

    def has_other_reading(self, form: str) -> bool:
        """Whether a folded text word may also be something other than a verb form («мой»,
        «три», "state"), so context must decide whether it is a verb term's verb."""
        ...

    @property
    def grammar(self) -> Grammar | None:
        """Agreement and part of speech in context; None where the language has no rules."""
        ...


class _CachedLemmatizer:
    """Shared caching: `_analyse(form) -> (nominal keys, verbal keys)` runs once per form."""

    lang = ""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def _analyse(self, form: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        raise NotImplementedError

    def _analysis(self, form: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        found = self._cache.get(form)
        if found is None:
            if len(self._cache) >= _MAX_CACHE:
                self._cache.clear()
            found = self._cache[form] = self._analyse(form)
        return found

    def keys(self, form: str) -> tuple[str, ...]:
        nominal, verbal = self._analysis(form)
        return nominal + verbal

    def has_verb_reading(self, form: str) -> bool:
        return bool(self._analysis(form)[1])

    def has_other_reading(self, form: str) -> bool:
        return bool(self._analysis(form)[0])

    def term_keys(self, form: str, part_of_speech: str | None = None) -> tuple[str, ...]:
        nominal, verbal = self._analysis(form)
        if is_verb_pos(part_of_speech) or not nominal:
            return verbal or nominal
        return nominal

    def unlisted_forms(self, form: str, part_of_speech: str | None) -> dict[str, str]:
        return {}


class RussianLemmatizer(_CachedLemmatizer):
    """pymorphy3 over every parse of a form; participles keep voice and tense."""

    lang = "ru"

    def __init__(self) -> None:
        super().__init__()
        import pymorphy3  # Imported here: loading the dictionaries takes ~0.3 s.

        self._morph = pymorphy3.MorphAnalyzer(lang="ru")
        self._parses: dict[str, list[Any]] = {}
        self._grammar: RussianGrammar | None = None
        self._suffix_guesser: Any = None

    def _analyse(self, form: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The keys of the form's parses, from `parses`: the grammar reads the same list again
        for every text word that needs context or agreement, so pymorphy3 parses a form once."""
        parses = self.parses(form)
        if not parses and not _pymorphy_can_parse(form):
            return (form,), ()
        nominal: list[str] = []
        verbal: list[str] = []
        for parse in parses:
            key = parse_key(parse)
            (verbal if "#" in key else nominal).append(key)
        return tuple(dict.fromkeys(nominal)), tuple(dict.fromkeys(verbal))

    def has_other_reading(self, form: str) -> bool:
        """A nominal reading, or a finite form two verbs share («лечу»: «лечить», to treat, and
        «лететь», to fly), which the grammar tells apart by the object a transitive verb takes
        (`RussianGrammar.verb_in_context`)."""
        nominal, verbal = self._analysis(form)
        return bool(nominal) or sum(key.endswith("#verb") for key in verbal) > 1

    def term_keys(self, form: str, part_of_speech: str | None = None) -> tuple[str, ...]:
        """A verb term stands for its whole lexeme: participles and gerunds too.

        Russian grammar counts «знавший», «зная», «открыт» among the forms of the verb,
        and pymorphy3 lists them in its lexeme; their keys differ from the finite forms'
        only to keep a participle out of a verb term's way the other way round
        («организовали» is not the term «организованная преступность»).
        """
        keys = self._own_keys(super().term_keys(form, part_of_speech), form, part_of_speech)
        if not any(key.endswith("#verb") for key in keys):
            return tuple(dict.fromkeys([*keys, *self._guessed_noun_keys(form, part_of_speech)]))
        lexemes = (f for p in self.parses(form) if parse_key(p) in keys for f in p.lexeme)
        return tuple(dict.fromkeys([*keys, *map(parse_key, lexemes)]))

    def _own_keys(self, keys: tuple[str, ...], form: str, part_of_speech: str | None) -> tuple[str, ...]:
        """A term is written in its dictionary form, so where the word is the dictionary form
        of some of its readings, a noun's or verb's reading with another dictionary form is
        an inflected form of another word («есть», to eat, is also «быть»'s present; «вина»,
        guilt, is also «вино»'s genitive), whose every form would otherwise match. An
        adjective's reading stays: a multiword term writes its adjective agreeing with the
        noun («чайная чашка»: «чайный»). A word that is no reading's dictionary form keeps
        all its keys.

        A one-word term declared a noun or an adjective is that part of speech where it is
        the dictionary form of a reading in it: «том», the volume, is also the prepositional
        of the pronoun «тот» (an adjective's reading to pymorphy3), whose «та», «те», «тому»
        would otherwise all be the volume."""
        lemma = form.replace("ё", "е")
        parses = [p for p in self.parses(form) if parse_key(p) in keys]
        if not any(p.normal_form.replace("ё", "е") == lemma for p in parses):
            return keys
        declared = [p for p in parses
                    if p.normal_form.replace("ё", "е") == lemma and p.tag.POS in _declared_parts(part_of_speech)]
        if declared:
            return tuple(dict.fromkeys(map(parse_key, declared)))
        own = (parse_key(p) for p in parses
               if p.normal_form.replace("ё", "е") == lemma or p.tag.POS in ("ADJF", "PRTF"))
        return tuple(dict.fromkeys(own))

    def _guessed_noun_keys(self, form: str, part_of_speech: str | None) -> tuple[str, ...]:
        """The lemmas pymorphy3's guesser reads a term word by, as a noun in the nominative (a term
        is written so), where the dictionary has no noun it declines: a name borrowed from Latin or
        Greek it lacks or lists as indeclinable («Гиады», a cluster, listed as a fixed man's name,
        is the plural of «Гиада» to the guesser, whose «Гиад», «Гиадах» the text has; «Арктурус»
        it lists only as an abbreviation, so the guessed noun of «Арктурусу» was no form of it).
        The guesser reads the word by the paradigms of known words ending alike, as it reads
        an unknown word in a text. Only a lemma keeping all but the word's last two letters counts
        (no paradigm of another stem), and none for a word declared a verb or an adjective, nor for
        one the dictionary declines as a noun («лев», whose forms are its own)."""
        if is_verb_pos(part_of_speech) or is_adjective_pos(part_of_speech) or len(form) < 4:
            return ()
        if any(p.is_known and p.tag.POS == "NOUN" and "Fixd" not in p.tag for p in self.parses(form)):
            return ()
        stem = form.replace("ё", "е")[:-2]
        guessed = self._guesser().parse(form, form, set())
        return tuple(dict.fromkeys(
            normal.replace("ё", "е") for _, tag, normal, _, _ in guessed
            if tag.POS == "NOUN" and tag.case == "nomn" and normal.replace("ё", "е").startswith(stem)))

    def unlisted_forms(self, form: str, part_of_speech: str | None) -> dict[str, str]:
        """The case forms of a one-word noun term the dictionary does not decline, by the regular
        declension its ending names, each keyed as the term is: a loanword a client's termbase
        holds («биткойн», «смартфон», «хостинг») whose forms pymorphy3's guesser reads as some
        other paradigm («Биткойна», a short adjective to it) was found in the nominative alone,
        so the forbidden spelling went unseen in every other case and a `term-missing` was
        raised instead (the sixth term set, en-ru-science, first run). A generated form the
        dictionary knows as a word of its own («сом», «вала») is left out: only words it does
        not know at all take the term's key, so no real word changes meaning."""
        if not is_noun_pos(part_of_speech) or not _DECLINABLE.fullmatch(form):
            return {}
        if any(p.is_known and p.tag.POS == "NOUN" for p in self.parses(form)):
            return {}
        nominal = [key for key in self.term_keys(form, part_of_speech) if "#" not in key]
        if not nominal:  # read only as a verb form («кошел»): no noun to decline
            return {}
        return {inflected: nominal[0] for inflected in _regular_case_forms(form.replace("ё", "е"))
                if inflected != form and not self._morph.word_is_known(inflected)}

    def _guesser(self) -> Any:
        """pymorphy3's unit that guesses a word's paradigm by its ending, made on first use."""
        if self._suffix_guesser is None:
            from pymorphy3.units import KnownSuffixAnalyzer

            guesser = KnownSuffixAnalyzer()
            guesser.init(self._morph)
            self._suffix_guesser = guesser
        return self._suffix_guesser

    def parses(self, form: str) -> list[Any]:
        """All pymorphy3 parses of a form (for inflection and agreement), cached."""
        found = self._parses.get(form)
        if found is None:
            if len(self._parses) >= _MAX_CACHE:
                self._parses.clear()
            found = self._parses[form] = (
                list(self._morph.parse(form)) if _pymorphy_can_parse(form) else []
            )
        return found

    @property
    def grammar(self) -> RussianGrammar:
        """Agreement and part-of-speech decisions over this lemmatiser's analyses."""
        if self._grammar is None:
            self._grammar = RussianGrammar(self.parses, parse_key)
        return self._grammar


_DECLINABLE = re.compile(r"[а-яё]{3,}[бвгджзйклмнпрстфхцчшщьая]")
"""A Russian word of four letters or more whose ending names a regular declension: a consonant or
«й» (the second, masculine), «ь» (masculine or feminine), «а»/«я» (the first). Words in «о», «е»,
«и», «у», «ю» are left alone: the loanwords among them are mostly indeclinable («кофе», «метро»)."""

_SIBILANT_OR_VELAR = frozenset("гкхжчшщ")


def _regular_case_forms(word: str) -> tuple[str, ...]:
    """The singular and plural case forms of a noun by the regular declension its ending names
    (spelling rules: «и» after г, к, х and hushing sounds; «ей» in the genitive plural after
    hushing sounds; «ом» and «ем» both after them and «ц», whose choice follows the stress)."""
    last = word[-1]
    if last == "й":
        stem = word[:-1]
        return tuple(stem + ending for ending in ("я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"))
    if last == "ь":
        stem = word[:-1]
        return tuple(stem + ending for ending in ("я", "ю", "ем", "е", "и", "ью", "ей", "ям", "ями", "ях"))
    if last in "ая":
        stem, soft = word[:-1], last == "я"
        plural = "и" if soft or stem[-1] in _SIBILANT_OR_VELAR else "ы"
        endings = ("и", "е", "ю", "ей", "ею", "ям", "ями", "ях") if soft else (
            plural, "е", "у", "ой", "ою", "ам", "ами", "ах")
        return tuple(stem + ending for ending in endings)
    plural = "и" if last in _SIBILANT_OR_VELAR else "ы"
    many = ("ей",) if last in "жчшщ" else ("ов", "ев") if last == "ц" else ("ов",)
    with_ = ("ом", "ем") if last in "жчшщц" else ("ом",)
    return tuple(word + ending for ending in ("а", "у", *with_, "е", plural, *many, "ам", "ами", "ах"))


def _declared_parts(part_of_speech: str | None) -> frozenset[str]:
    """The pymorphy3 parts of speech a term's declared part names (none for a verb: its
    keys are chosen before, by `_CachedLemmatizer.term_keys`, and its lexeme added after)."""
    if is_noun_pos(part_of_speech):
        return frozenset({"NOUN"})
    if is_adjective_pos(part_of_speech):
        return frozenset({"ADJF"})
    return frozenset()


def parse_key(parse: Any) -> str:
    """The lemma key of one pymorphy3 parse (see the module docstring)."""
    return parse.normal_form.replace("ё", "е") + _key_suffix(parse.tag)


@lru_cache(maxsize=1 << 14)
def _key_suffix(tag: Any) -> str:
    """What a parse's lemma key adds to its lemma for its tag ("#verb", ...; "" for a noun).

    Cached by tag (pymorphy3's tags hash and compare by their grammemes): each attribute
    of a tag is a descriptor that intersects grammeme sets, and the grammar asks the key
    of every parse of every form it reads, again for each occurrence.
    """
    pos = tag.POS
    if pos in ("VERB", "INFN"):
        return "#verb"
    if pos in ("PRTF", "PRTS"):
        return f"#participle-{tag.voice}-{tag.tense}"
    if pos == "GRND":
        return "#gerund"
    return ""


class EnglishLemmatizer(_CachedLemmatizer):
    """lemminflect lemmas by part of speech; possessive endings stripped first."""

    lang = "en"

    def __init__(self) -> None:
        super().__init__()
        import lemminflect  # Imported here: it loads its tables on first use.

        self._lemmas = lemminflect.getAllLemmas
        self._oov = lemminflect.getAllLemmasOOV
        self._oov_inflections = lemminflect.getAllInflectionsOOV
        self._english = EnglishGrammar(self.analyses)
        self._pos_cache: dict[str, dict[str, tuple[str, ...]]] = {}

    @property
    def grammar(self) -> EnglishGrammar:
        return self._english

    def term_keys(self, form: str, part_of_speech: str | None = None) -> tuple[str, ...]:
        """A term word in the part of speech its term declares: where lemminflect does not
        list the word so, the word is its own lemma in that part (`unlisted_forms`)."""
        unlisted = self._unlisted(form, part_of_speech)
        return (unlisted[1],) if unlisted else super().term_keys(form, part_of_speech)

    def unlisted_forms(self, form: str, part_of_speech: str | None) -> dict[str, str]:
        """lemminflect knows "may" only as the modal and "bar" only as the verb: the month and
        the bar of music, declared nouns, were indexed as verbs, so "May I come in?" was the
        month with no grammar asked (a verb term's word that is nothing else), and "barred" the
        bar. Their forms in the declared part come from lemminflect's rules for words it does
        not know ("may", "mays"), and the grammar of that part decides each occurrence."""
        unlisted = self._unlisted(form, part_of_speech)
        if not unlisted:
            return {}
        upos, key = unlisted
        return {inflected: key for forms in self._oov_inflections(form, upos).values() for inflected in forms}

    def _unlisted(self, form: str, part_of_speech: str | None) -> tuple[str, str] | None:
        """(lemminflect's part, key) of a term word declared a noun or a verb that lemminflect
        lists in other parts only; None for a word it does not know at all (its own guess
        reads that as a noun already) or lists in the declared part."""
        analyses = self.analyses(form)
        if not analyses:
            return None
        if is_noun_pos(part_of_speech) and not {"NOUN", "PROPN"} & set(analyses):
            return "NOUN", form
        if is_verb_pos(part_of_speech) and not {"VERB", "AUX"} & set(analyses):
            return "VERB", f"{form}#verb"
        return None

    def analyses(self, form: str) -> dict[str, tuple[str, ...]]:
        """lemminflect's lemmas by part of speech of a folded word ("report": NOUN, VERB)."""
        found = self._pos_cache.get(form)
        if found is None:
            if len(self._pos_cache) >= _MAX_CACHE:
                self._pos_cache.clear()
            found = self._pos_cache[form] = self._with_plural(_strip_possessive(form))
        return found

    def _with_plural(self, form: str) -> dict[str, tuple[str, ...]]:
        """lemminflect's lemmas of `form`, and the noun where `form` is a verb's third person
        in "-s" whose lemma is also a noun: lemminflect lists some nouns as uncountable
        ("bait", plural "bait"), so Walton's "what baits to fish" read as a verb only, and a
        noun term never saw its plural. Its third person is the regular plural's spelling;
        the context decides which it is, as for "lines" or "hooks"."""
        found = dict(self._lemmas(form))
        if "NOUN" in found or not form.endswith("s"):
            return found
        nouns = tuple(lemma for lemma in found.get("VERB", ())
                      if form in (lemma + "s", lemma + "es") and lemma in self._lemmas(lemma).get("NOUN", ()))
        return {**found, "NOUN": nouns} if nouns else found

    def _analyse(self, form: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        base = _strip_possessive(form)
        analyses = self._with_plural(base) or self._oov(base, "NOUN") or {"NOUN": (base,)}
        nominal: list[str] = []
        verbal: list[str] = []
        for upos, lemmas in analyses.items():
            if upos in ("VERB", "AUX"):
                verbal.extend(f"{lemma}#verb" for lemma in lemmas)
            else:
                nominal.extend(lemmas)
        return tuple(dict.fromkeys(nominal)), tuple(dict.fromkeys(verbal))


class ExactLemmatizer(_CachedLemmatizer):
    """Languages without a lemmatiser: a word matches only itself (folded)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    @property
    def grammar(self) -> None:
        return None

    def _analyse(self, form: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return (form,), ()


def _pymorphy_can_parse(form: str) -> bool:
    """pymorphy3 guesses the shape of unknown words from Unicode character names and
    raises ValueError on a letter that has none (U+17000, a Tangut ideograph, in
    Python 3.11): such a form can only match itself.

    A form of Cyrillic and ASCII alone (nearly every form a Russian text has) is
    answered by one regex, every letter of those two blocks having a name: asking
    each letter's name is a Python loop over the form, run for every new form.
    """
    return _NAMED_ONLY.fullmatch(form) is not None or all(
        unicodedata.name(char, "") for char in form if char.isalpha()
    )


_NAMED_ONLY = re.compile("[\x00-\x7f\u0400-\u04ff]*")
"""Forms of ASCII and the Cyrillic block alone: Unicode names every letter of both."""


def _strip_possessive(form: str) -> str:
    """`voluntarism's` -> `voluntarism` (a trailing `'` never reaches here: the tokeniser drops it)."""
    if form.endswith("'s") and len(form) > 2:
        return form[:-2]
    return form


MIN_STEM = 3
"""Shorter common beginnings are not used for retrieval (`ст` would fetch half a termbase)."""


def stems(form: str, lang: str) -> tuple[str, ...]:
    """Beginnings that every form of a folded word's lexemes shares, one per reading.

    For retrieving candidates with a plain substring index (`LIKE`) before
    the lemma keys decide: «профсоюзов» gives `профсоюз`, "unions" `union`,
    "lives" `liv` (of live, lived ...) and `life` and `lives` (the beginning
    they share, `li`, is too short to use, so the forms themselves are).
    """
    found: set[str] = set()
    lexemes: list[list[str]] = []
    lemmatizer = lemmatizer_for(primary_language(lang))
    if isinstance(lemmatizer, RussianLemmatizer):
        for parse in lemmatizer.parses(form):
            lexemes.append([parse.normal_form, *(f.word for f in parse.lexeme)])
    elif isinstance(lemmatizer, EnglishLemmatizer):
        import lemminflect

        for lemmas in lemminflect.getAllLemmas(_strip_possessive(form)).values():
            for lemma in lemmas:
                lexemes.append([lemma, *(f for fs in lemminflect.getAllInflections(lemma).values() for f in fs)])
    for lexeme in lexemes:
        words = [word.casefold().replace("ё", "е") for word in lexeme]
        stem = os.path.commonprefix(words)
        # too short a beginning (`li` of life/lives) would fetch half a termbase: the forms themselves then
        found.update([stem] if len(stem) >= MIN_STEM else words)
    found.add(form)
    return tuple(sorted(found))


_lock = threading.Lock()


@cache
def _make(lang: str) -> Lemmatizer:
    if lang == "ru":
        return RussianLemmatizer()
    if lang == "en":
        return EnglishLemmatizer()
    return ExactLemmatizer(lang)


def lemmatizer_for(lang: str) -> Lemmatizer:
    """The shared lemmatiser of a language (by primary subtag); its cache is shared too."""
    with _lock:
        return _make(primary_language(lang))
