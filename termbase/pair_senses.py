"""Another sense told by the pair itself: what the termbase says a concept is not.

A term's source word often has other senses («линейка» the ruler and the long open carriage,
«свет» light and the world), and where the translation renders another sense, the concept's
term is rightly absent. The termbase says which senses are not the concept's in two ways a
terminologist uses anyway, and both are read here, not a list of words:

* another concept with the same source term (`sharing`): «свет» is the source term of concept
  light and of concept world, so a translation that renders the occurrence with world's term
  has chosen that sense;
* a definition that excludes a sense by name (`excluded_heads`): "a strip of wood for drawing
  straight lines, **not the long open carriage**". The excluded phrase's head noun
  ("carriage") in the translation says that sense was meant;
* another concept whose longer source term has the word for its head (`containing`): "glass" is
  the head of mirror's "looking-glass", and a text that has named the looking-glass goes on to
  call it "the glass"; a translation with mirror's term («зеркало») there has read it so. Only a
  counted use can stand for the longer term's thing (`may_stand_for_whole`): "a piece of glass"
  is the material.

* a source word that only modifies the next noun ("server programs", "disk space": a kind of
  program, an amount of space), which the translation renders by an adjective built on the whole
  of the term («серверные программы», «дискового пространства»; `term_adjective`): the term's
  thing is named as a property of another, which the termbase's noun need not render; or by
  another word built on the term (`term_derivative`: the adjective of an approved multiword term,
  «команда онкологической помощи» for "cancer care team"; a word a regular suffix builds on the
  term, «конфиденциальных условий» for "privacy terms", «электронной наличности» for "Electronic
  Cash System"; a prefixed adjective, «противотошнотные» for "anti-nausea"; a compound,
  «врач-вакцинолог» for "vaccination provider").

* a source word that is part of a hyphenated compound but not its head ("wage-earners",
  "rose-bushes"; a term of several words written with hyphens before a noun, "working-class
  parties"; `compound_of`): the compound is a word of its own, which the termbase would list if
  it meant it. Every bilingual set's labels call such a first part another sense (24 of 25; the
  one other is "Court-ball"). In English also the head of a compound after a part that is no
  noun, where the compound modifies the next noun ("an out-of-court settlement", "first-party
  cookies": an adjective), and a term after "non-" ("non-personal information": what it is not);
* a definition that excludes the adjective by name ("a member of the proletariat (the noun, not
  the adjective)"; `excludes_adjective`), where the occurrence is one before its noun
  (`reads_as_adjective`: "the proletarian movement");
* the reading the checks use to tell a modifier said by the adjective of another noun
  (`relational_adjective`: «корневой» of «корень», its stem the one the noun's other forms keep).

All only lower a `term-missing` to a doubt, with the reason: the translator may still have
dropped the term beside the other word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from termbase.languages import primary_language
from termbase.model import Concept
from termbase.morphology import EnglishLemmatizer, RussianLemmatizer, lemmatizer_for
from termbase.normalize import blanked, fold_word, is_word, tokens
from termbase.senses import content_lemmas, frame_of, rendering_of

_NEGATIONS: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\bnot\s+([^;.()\[\]]+)", re.IGNORECASE),
    "ru": re.compile(r"(?<![^\W\d_])не\s+([^;.()\[\]]+)", re.IGNORECASE),
}
"""Where a definition excludes a sense, per language: "not" / «не» and the phrase after it, to the
end of its clause. A comma does not end it ("not a playing card, nor ..." is rare; "not the long,
open carriage" is not)."""
_HEAD_LAST = frozenset({"en"})
"""Languages whose noun phrase ends with its head ("the long open carriage"); in the others here
(Russian: «не длинный открытый экипаж») the head is the phrase's first noun."""


def excluded_heads(definition: str | None, lang: str) -> frozenset[str]:
    """The lemmas (as `termbase.senses.rendering_of` reads a target) of the heads of the phrases a
    definition in `lang` excludes: "not the long open carriage" -> {"carriage"}; "not one fond of
    something" -> {"fond"}. A head is the phrase's last content word before its first function
    word (English) or its first content word (Russian). A lemma the definition also uses outside
    the excluded phrases is no sign of the other sense and is left out. None for a language
    without a rule, or a definition without a negation."""
    code = primary_language(lang)
    negation = _NEGATIONS.get(code)
    if not definition or negation is None:
        return frozenset()
    heads: set[str] = set()
    for found in negation.finditer(definition):
        words = [token for token in tokens(found.group(1)) if is_word(token)]
        head = _last_head(words, code) if code in _HEAD_LAST else _first_noun(words, code)
        if head:
            heads.add(head)
    kept = negation.sub(" ", definition)
    return frozenset(heads - set(rendering_of(kept, code)))


def _last_head(words: list[str], lang: str) -> str:
    """The lemma of the last content word before the first function word that follows one."""
    head = ""
    for word in words:
        lemmas = rendering_of(word, lang)
        if lemmas:
            head = lemmas[0]
        elif head:
            break
    return head


def _first_noun(words: list[str], lang: str) -> str:
    """The lemma of the first word whose likeliest reading is a noun."""
    word = _first_noun_word(words, lang)
    lemmas = rendering_of(word, lang) if word else ()
    return lemmas[0] if lemmas else ""


def sharing(concepts: Iterable[Concept], lang: str) -> dict[str, tuple[frozenset[str], ...]]:
    """For each concept whose term in `lang` is also another concept's term (folded), the groups
    of concepts with such a term, itself among them, one per term it shares: «свет» of light and
    world. Most concepts share none and are not keys.

    A group is one set its members hold in common: 100,000 concepts of one term gave each its own
    set of the 99,999 others, 10^10 entries, and `check` ran out of memory (hardening, round 21)."""
    by_text: dict[str, set[str]] = defaultdict(set)
    for concept in concepts:
        for term in concept.terms_in(lang):
            by_text[" ".join(fold_word(word) for word in term.text.split())].add(concept.id)
    shared: dict[str, list[frozenset[str]]] = defaultdict(list)
    for ids in by_text.values():
        if len(ids) > 1:
            group = frozenset(ids)
            for concept_id in ids:
                shared[concept_id].append(group)
    return {concept_id: tuple(groups) for concept_id, groups in shared.items()}


Whole = tuple[str, str]
"""A concept with a longer term and that term: ("mirror", "looking-glass")."""


def containing(concepts: Iterable[Concept], lang: str) -> dict[str, tuple[tuple[Whole, ...], ...]]:
    """For each concept whose one-word term in `lang` is the head of another concept's longer
    term (folded; words split at spaces and hyphens), the groups of those longer terms, one per
    such word, each sorted by concept: glass of (("mirror", "looking-glass"),), soldier of
    (("tin-soldier", "tin soldier"),). The head is the last word in a language whose phrases end
    with it (English), else the first noun. Most concepts are in none.

    A group is one tuple every concept of its word holds, and may hold the concept itself (a
    concept with both "glass" and "looking-glass"): the reader skips it. 3,000 concepts of "glass"
    beside 3,000 longer terms headed by it had each its own copy of the 3,000, 888 MB, and
    `check` took a minute and 2 GB (hardening, round 22)."""
    code = primary_language(lang)
    single: dict[str, set[str]] = defaultdict(set)
    heads: dict[str, dict[str, str]] = defaultdict(dict)
    for concept in concepts:
        for term in concept.terms_in(lang):
            words = [word for word in tokens(term.text) if is_word(word)]
            if len(words) == 1:
                single[fold_word(words[0])].add(concept.id)
            elif words:
                head = fold_word(words[-1]) if code in _HEAD_LAST else _first_noun_form(words, code)
                if head:
                    heads[head].setdefault(concept.id, term.text)
    found: dict[str, list[tuple[Whole, ...]]] = defaultdict(list)
    for word, ids in single.items():
        wholes = heads.get(word)
        if not wholes:
            continue
        group = tuple(sorted(wholes.items()))
        for concept_id in ids:
            if len(wholes) > 1 or concept_id not in wholes:
                found[concept_id].append(group)
    return {concept_id: tuple(groups) for concept_id, groups in found.items()}


def _first_noun_form(words: list[str], lang: str) -> str:
    """The first word, folded, whose likeliest reading is a noun («рукоять меча» -> «рукоять»)."""
    word = _first_noun_word(words, lang)
    return fold_word(word) if word else ""


def _first_noun_word(words: list[str], lang: str) -> str:
    """The first of `words` whose likeliest reading is a noun, as written; "" where none is, or
    where the language has no dictionary of parts of speech."""
    lemmatizer = lemmatizer_for(lang)
    if not isinstance(lemmatizer, RussianLemmatizer):
        return ""
    for word in words:
        parses = lemmatizer.parses(fold_word(word))
        if parses and parses[0].tag.POS == "NOUN":
            return word
    return ""


def defined_here(definition: str | None, text: str, spans: Iterable[tuple[int, int]], lang: str) -> bool:
    """Whether the rest of `text` (the occurrences at `spans` left out) shares a content word
    (`termbase.senses.content_lemmas`) with a concept's `definition`, the occurrences' own words
    aside: "struck sparks from the flint and steel" beside steel's "a piece of it struck on flint
    for sparks", "special files that represent disk drives ... devices" beside disk's "a storage
    device". The sentence then speaks of the concept's sense, and no other word of the
    translation says it is another."""
    if not definition:
        return False
    spans = sorted(set(spans))
    rest = blanked(text, spans)
    own = content_lemmas((text[start:end] for start, end in spans), lang)
    defining = content_lemmas(tokens(definition), lang) - own
    return not defining.isdisjoint(content_lemmas(tokens(rest), lang))


def modifies_next(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the occurrence `text[start:end]` modifies the noun right after it ("server
    programs", "disk-space"); False where the language's construction is not read."""
    return primary_language(lang) == "en" and frame_of(text, start, end).modifier



_SLASHED = re.compile(r"/([^\W\d_]+)")


def classifies_next(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the occurrence `text[start:end]` modifies the noun after it (`modifies_next`), alone
    or as the first of words joined by a slash ("nausea/vomiting medicines")."""
    if modifies_next(text, start, end, lang):
        return True
    slashed = _SLASHED.match(text, end)
    return slashed is not None and modifies_next(text, slashed.start(1), slashed.end(1), lang)

_MIN_ADJECTIVE_BASE = 4
"""Letters a term must have for an adjective starting with it to be built on it: «диск» ->
«дисковый», not «лес» -> «лестный»."""


def term_adjective(terms: Iterable[str], target: str, lang: str) -> str | None:
    """The first word of `target` (as written) whose likeliest reading is an adjective built on
    the whole of one of the one-word `terms` («серверные» of «сервер», «дискового» of «диск»);
    None if none is, or where the language has no dictionary of parts of speech. The adjective
    must start with the whole term as written in the termbase: a soft or vowel stem changes
    («медь» -> «медный», «сталь» -> «стальной»), and those, mostly of materials, are left alone,
    as the adjective of a material is the material's own sense ("copper castle")."""
    lemmatizer = lemmatizer_for(lang)
    bases = {fold_word(term) for term in terms if is_word(term) and len(term) >= _MIN_ADJECTIVE_BASE}
    if not bases or not isinstance(lemmatizer, RussianLemmatizer):
        return None
    folded = target.casefold()
    if not any(base in folded for base in bases):
        return None
    for token in tokens(target):
        word = fold_word(token)
        if not any(word.startswith(base) and word != base for base in bases):
            continue
        parses = lemmatizer.parses(word)
        if parses and parses[0].tag.POS in ("ADJF", "ADJS") and any(
                fold_word(parses[0].normal_form).startswith(base) and fold_word(parses[0].normal_form) != base
                for base in bases):
            return token
    return None


_RU_STEM_END = re.compile(r"(?:[ая]?ция|и[яе]|[аяоеиыйь])$")
"""What a Russian noun term ends in past the stem its derivatives keep: a vowel, «й» or «ь»,
«-ия», «-ие», or the Latin action suffix «-(а)ция» («вакцин-ация» → «вакцинолог», «аллерг-ия» →
«аллерголог», «тошнот-а» → «противотошнотный»)."""
_MIN_STEM = 4
"""Letters a stem must keep to tell its derivatives: «рвот» of «рвота», not «рак» in «ракета»."""
_MIN_PREFIX = 2
"""Letters before a stem in a prefixed adjective («противо-», «пост-», «без-»). An adjective
that opens with the stem is the concept's own adjective, whose stem often changes and whose
noun the bilingual sets' labels hold due («золотые», «кожные», «платёжные», «аминокислотные»
for gold, skin, payment, amino acid; `term_adjective` takes the unchanged ones); a prefixed one
says something the noun does not (against nausea, after polio)."""
_RU_DERIVED = frozenset({"ADJF", "ADJS", "PRTF"})
_RU_ADJECTIVES = frozenset({"ADJF", "ADJS"})


def term_derivative(terms: Iterable[str], target: str, lang: str) -> str | None:
    """The first word of `target` (as written) built on one of the approved `terms` without being
    one of them, or None; where the language has no dictionary of parts of speech, None. Either an
    adjective whose lemma is an adjective or participle of a multiword term («онкологической
    помощи» of «онкологическое заболевание»), or a word a regular suffix builds on a one-word term
    («конфиденциальных» of «конфиденциальность», «наличности» of «наличные»;
    `_relational_words`), or a prefixed adjective holding the stem of a
    one-word term after its prefix («противотошнотные» of «тошнота»), or a hyphenated compound
    whose later part opens with that stem («врач-вакцинолог» of «вакцинация»): a noun that only
    classifies another ("cancer care", "anti-nausea medicines", "vaccination provider") is said
    in Russian by a relational adjective or a compound, and the term's noun is then rightly
    absent. Not an adjective that opens with the stem (`_MIN_PREFIX`)."""
    lemmatizer = lemmatizer_for(lang)
    if not isinstance(lemmatizer, RussianLemmatizer):
        return None
    all_adjectives, all_stems, all_nouns = _derivative_bases(tuple(terms), lemmatizer)
    if not all_adjectives and not all_stems and not all_nouns:
        return None
    folded = target.casefold().replace("ё", "е")
    stems = {stem for stem in all_stems if stem in folded}
    adjectives = {adjective for adjective in all_adjectives if adjective[:_MIN_STEM] in folded}
    nouns = {noun for noun in all_nouns if noun[:_MIN_STEM] in folded}
    if not adjectives and not stems and not nouns:
        return None
    for found in _COMPOUND_WORD.finditer(target):
        token = found.group()
        parts = [fold_word(part) for part in _HYPHEN.split(token)]
        if adjectives and any(_adjective(lemmatizer, part, _RU_DERIVED) in adjectives for part in parts):
            return token
        if nouns and any(_adjective(lemmatizer, part, _RU_NOUNS) in nouns for part in parts):
            return token
        if stems and (any(part.startswith(stem) for part in parts[1:] for stem in stems) or (
                any(stem in parts[-1][_MIN_PREFIX:] for stem in stems)
                and _adjective(lemmatizer, parts[-1], _RU_ADJECTIVES) is not None)):
            return token
    return None


@lru_cache(maxsize=4096)
def _derivative_bases(terms: tuple[str, ...], lemmatizer: RussianLemmatizer
                      ) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What `term_derivative` looks for of `terms`: the lemmas of the adjectives and participles
    of the multiword terms and of the one-word terms' relational adjectives, the stems of the
    one-word terms, and the nouns in «-ость» of the one-word adjective terms
    (`_relational_words`). Read once per concept: a project's term checks ask it of every
    occurrence left unrendered."""
    adjectives: set[str] = set()
    stems: set[str] = set()
    nouns: set[str] = set()
    for term in terms:
        words = [fold_word(word) for word in term.split()]
        if len(words) > 1:
            adjectives.update(parse.normal_form.replace("ё", "е") for word in words[:-1]
                              for parse in lemmatizer.parses(word) if _RU_DERIVED & parse.tag.grammemes)
        elif words and is_word(words[0]):
            stem = _RU_STEM_END.sub("", words[0])
            if len(stem) >= _MIN_STEM:
                stems.add(stem)
            related_adjectives, related_nouns = _relational_words(words[0], lemmatizer)
            adjectives.update(related_adjectives)
            nouns.update(related_nouns)
    return frozenset(adjectives), frozenset(stems), frozenset(nouns)


_RU_ABSTRACT = "ость"
"""The suffix of the Russian abstract noun built on an adjective («конфиденциальн-ый» →
«конфиденциальн-ость», «наличн-ый» → «наличн-ость»)."""
_RU_ADJECTIVE_ENDINGS = ("ый", "ий", "ой")
_RU_LATIN_NOUN = re.compile(r"(?<=[цс])ия$")
"""The Latin noun ending «-ция», «-сия» (-tion, -sion), whose relational adjective ends in
«-ионный» («эволюция» → «эволюционный», «сессия» → «сессионный»)."""
_RU_NOUNS = frozenset({"NOUN"})


def _relational_words(term: str, lemmatizer: RussianLemmatizer) -> tuple[set[str], set[str]]:
    """The words Russian builds on the one-word `term` by a regular suffix, with no change of
    stem, to say the same thing in another part of speech: the adjective of a noun in «-ость»
    («конфиденциальность» → «конфиденциальный»), the adjective in «-ионный» of a Latin noun in
    «-ция», «-сия» («эволюция» → «эволюционный»), and the noun in «-ость» of an adjective term
    («наличные» → «наличность»). Only words the dictionary knows with that reading: a guess built
    by the rule alone («вакцинационный») is no evidence. Where the source's word only classifies
    the next noun ("privacy terms", "evolution theory", "Electronic Cash System"), the translator
    says it by such a word («конфиденциальных условий», «эволюционной теории», «электронной
    наличности»), which renders the concept, and the term's own word is rightly absent. Unlike
    an adjective that merely opens with the term's stem («золотые», «платёжные»), the suffix is
    the term's own, read both ways."""
    adjectives: set[str] = set()
    nouns: set[str] = set()
    parses = lemmatizer.parses(term)
    if not parses:
        return adjectives, nouns
    if parses[0].tag.POS == "NOUN":
        if term.endswith(_RU_ABSTRACT):
            built = [term[: -len(_RU_ABSTRACT)] + ending for ending in _RU_ADJECTIVE_ENDINGS]
        elif _RU_LATIN_NOUN.search(term):
            built = [term[:-1] + "онный"]
        else:
            built = []
        adjectives.update(word for word in built if _known_as(lemmatizer, word, "ADJF"))
    elif parses[0].tag.POS == "ADJF":
        lemma = parses[0].normal_form.replace("ё", "е")
        noun = lemma[:-2] + _RU_ABSTRACT
        if lemma.endswith(_RU_ADJECTIVE_ENDINGS) and _known_as(lemmatizer, noun, "NOUN"):
            nouns.add(noun)
    return adjectives, nouns


def _known_as(lemmatizer: RussianLemmatizer, word: str, part_of_speech: str) -> bool:
    """Whether the dictionary knows `word` as the lemma of a word of `part_of_speech`."""
    return any(parse.is_known and part_of_speech == parse.tag.POS and parse.normal_form.replace("ё", "е") == word
               for parse in lemmatizer.parses(word))


def relational_adjective(nouns: Iterable[str], target: str, lang: str) -> tuple[str, str] | None:
    """(adjective as written, noun) for the first word of a Russian `target` whose likeliest
    reading is an adjective built on one of `nouns` by a relational suffix (`_RU_RELATIONAL`:
    «корневой» of «корень», «сетевой» of «сеть», «причинный» of «причина»), or None. The stem
    is the noun's own as its other forms keep it (the genitive's, less its ending: «корн» of
    «корня»), so a dropped vowel does not hide it; an adjective merely opening with the letters
    («лестный» of «лес») has another stem. A noun said as a modifier in English ("the root
    filesystem") is said in Russian by such an adjective, which renders that noun."""
    lemmatizer = lemmatizer_for(lang)
    if not isinstance(lemmatizer, RussianLemmatizer):
        return None
    stems = {stem: noun for noun in sorted(nouns) if (stem := _oblique_stem(lemmatizer, noun)) is not None}
    if not stems:
        return None
    folded = target.casefold().replace("ё", "е")
    if not any(stem[:_MIN_STEM] in folded for stem in stems):
        return None
    for token in tokens(target):
        lemma = _adjective(lemmatizer, fold_word(token), _RU_ADJECTIVES) if is_word(token) else None
        if lemma is None:
            continue
        base = _RU_ADJECTIVE_END.sub("", lemma)
        for suffix in _RU_RELATIONAL:
            if base.endswith(suffix) and base[: -len(suffix)] in stems:
                return token, stems[base[: -len(suffix)]]
    return None


@lru_cache(maxsize=4096)
def _oblique_stem(lemmatizer: RussianLemmatizer, noun: str) -> str | None:
    """A Russian noun's stem as its forms but the nominative keep it: its genitive singular less
    the ending («корня» → «корн», «сети» → «сет»), of `_MIN_RELATIONAL_STEM` letters or more; None
    for a word the dictionary does not know as a noun."""
    parse = next((parse for parse in lemmatizer.parses(noun)
                  if parse.is_known and parse.tag.POS == "NOUN" and parse.normal_form.replace("ё", "е") == noun),
                 None)
    genitive = parse.inflect({"gent", "sing"}) if parse is not None else None
    if genitive is None:
        return None
    stem = _RU_CASE_END.sub("", genitive.word.replace("ё", "е"))
    return stem if len(stem) >= _MIN_RELATIONAL_STEM else None


_RU_ADJECTIVE_END = re.compile(r"(?:ый|ий|ой)$")
_RU_CASE_END = re.compile(r"[аяыиуюь]$")
_RU_RELATIONAL = ("ическ", "ск", "ев", "ов", "енн", "н")
"""The suffixes that build a Russian relational adjective on a noun's stem («корн-ев-ой», «сет-ев-ой»,
«причин-н-ый», «морск-ой»), the longer first."""
_MIN_RELATIONAL_STEM = 3
"""Letters a noun's stem must keep for an adjective on it to be told: «кор» of «корень», not «ум»."""


_COMPOUND_WORD = re.compile(r"[^\W\d_]+(?:[-‐‑][^\W\d_]+)*")
"""A word with the hyphenated parts joined to it («врач-вакцинолог»)."""
_HYPHEN = re.compile(r"[-‐‑]")


def _adjective(lemmatizer: RussianLemmatizer, word: str, kinds: frozenset[str]) -> str | None:
    """The lemma of a Russian word whose likeliest reading is of one of the parts of speech
    `kinds`, or None."""
    parses = lemmatizer.parses(word)
    return parses[0].normal_form.replace("ё", "е") if parses and parses[0].tag.POS in kinds else None


def adjective_term_rendering(terms: Iterable[str], target: str, target_lang: str) -> str | None:
    """The first word of a Russian `target` (as written) that is, read as an adjective, one of the
    one-word `terms` that is an adjective used as a noun: «наличные деньги» for «наличные» (cash),
    «ископаемые останки» for «ископаемое» (fossil); None otherwise. The term names the thing by
    an adjective whose noun is left out; a translator who writes the noun back («деньги»,
    «останки») keeps the term's word, which the matcher rightly reads as the adjective it then
    is."""
    russian = lemmatizer_for(target_lang)
    if not isinstance(russian, RussianLemmatizer):
        return None
    lemmas = {lemma for term in terms for lemma in _adjective_lemmas(fold_word(term), russian)}
    folded = target.casefold().replace("ё", "е")
    if not any(lemma[:_MIN_STEM] in folded for lemma in lemmas):
        return None
    for token in tokens(target):
        if is_word(token) and any("ADJF" in parse.tag.grammemes and parse.normal_form.replace("ё", "е") in lemmas
                                  for parse in russian.parses(fold_word(token))):
            return token
    return None


_CONVERTED = ("VERB", "ADJ")
"""The readings an English noun's own word takes with no change of form ("to log", "the
directive value", "only requests bound to"): conversion, which English makes of any noun."""


def converted_rendering(terms: Iterable[str], target: str, target_lang: str) -> str | None:
    """The first word of an English `target` (as written) that is one of the one-word `terms` in
    one of the noun's own forms (the term as written, or its plural) read as a verb or an
    adjective: "to log" for «в лог», "to hunt" for «на охоту», "the variable value" for
    «значение переменной», "only requests bound to" for «запросы»; None otherwise, and for a
    target language with no dictionary of parts of speech.

    The matcher rightly refuses such a word as the noun term, but the translator who keeps the
    source's noun as the same word in another part of speech has rendered the concept, not
    dropped it: English converts a noun to a verb or a modifier with no change of form. A form the
    noun does not have ("logged", "logging", "caching", "buffered") is the verb's own word, which
    the labels of the web-server set call a due `term-missing`, and is not taken — but for the
    gerund after "go" ("go hunting", "went out hunting" for «на охоту»; `_after_go`): English names
    an outing by that construction, and the gerund there is the activity the noun names."""
    english = lemmatizer_for(target_lang)
    if not isinstance(english, EnglishLemmatizer):
        return None
    words = {fold_word(term) for term in terms if is_word(term.strip())}
    if not words:
        return None
    folded = target.casefold()
    if not any(word in folded for word in words):
        return None
    before: list[str] = []
    for token in tokens(target):
        if not is_word(token):
            continue
        form = fold_word(token)
        analyses = english.analyses(form)
        own = {word for word in words if form in (word, word + "s", word + "es")} | (
            words.intersection(analyses.get("NOUN", ())))
        if own and any(not own.isdisjoint(analyses.get(reading, ())) for reading in _CONVERTED):
            return token
        if form.endswith("ing") and not words.isdisjoint(analyses.get("VERB", ())) and _after_go(before):
            return token
        before.append(form)
    return None


_GO = frozenset({"go", "goes", "going", "went", "gone"})
"""The forms of "go", which with a gerund names an outing ("go fishing", "went hunting")."""
_GO_PARTICLES = frozenset({"out", "off", "away"})
"""The words English may put between "go" and the gerund ("go out hunting", "went off shooting")."""


def _after_go(before: Sequence[str]) -> bool:
    """Whether the folded words `before` end in a form of "go", past at most one particle
    (`_GO_PARTICLES`): the gerund after them is an outing's activity ("let us go hunting")."""
    last = before[-2:] if before[-1:] and before[-1] in _GO_PARTICLES else before[-1:]
    return bool(last) and last[0] in _GO


@lru_cache(maxsize=4096)
def _adjective_lemmas(word: str, russian: RussianLemmatizer) -> frozenset[str]:
    """The lemmas of a Russian word read as an adjective («беременный» of «беременная»)."""
    if not is_word(word):
        return frozenset()
    return frozenset(parse.normal_form.replace("ё", "е") for parse in russian.parses(word)
                     if "ADJF" in parse.tag.grammemes)


_RU_ACTION_NOUN = re.compile(r"(?:[ая]ни|ени|ти)е$")
"""What a Russian noun of an action ends in («обслуживание», «хранение», «развитие»)."""
_RU_ACTION_VERB = (("ние", "ть"), ("ение", "ить"), ("ение", "ять"), ("тие", "ть"))
"""How such a noun's verb is written: its ending replaced («обслужива-ние» -> «обслуживать»,
«хран-ение» -> «хранить», «управл-ение» -> «управлять», «разви-тие» -> «развить»)."""


def names_no_counted_thing(word: str, lang: str) -> bool:
    """Whether the Russian `word` names a mass or an action rather than a thing one counts: the
    dictionary marks it singular only («серебро», «молоко»), or it is a neuter noun of an action,
    built on a verb the dictionary knows («обслуживание» of «обслуживать», «хранение» of
    «хранить»; not «здание», whose verb there is none). A noun that stands bare after a
    preposition in English ("quality of service", "made of silver") reads as such a mass or
    action, so a target word of this kind fits the occurrence as well as the concept's sense
    does. False for another language."""
    lemmatizer = lemmatizer_for(lang)
    if not isinstance(lemmatizer, RussianLemmatizer):
        return False
    for parse in lemmatizer.parses(fold_word(word))[:1]:
        grammemes = parse.tag.grammemes
        if parse.tag.POS != "NOUN":
            return False
        if "Sgtm" in grammemes:
            return True
        lemma = parse.normal_form.replace("ё", "е")
        return "neut" in grammemes and bool(_RU_ACTION_NOUN.search(lemma)) and any(
            _known_as(lemmatizer, lemma[: -len(ending)] + verb_ending, "INFN")
            for ending, verb_ending in _RU_ACTION_VERB if lemma.endswith(ending))
    return False


def may_stand_for_whole(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the occurrence `text[start:end]` of a longer term's head may be that term cut short:
    in English, unless it stands bare, uncounted ("fragments of glass", the material), or
    modifies the next noun; where the language's construction is not read, yes."""
    if primary_language(lang) != "en":
        return True
    frame = frame_of(text, start, end)
    return frame.counted is not False and not frame.modifier


_NEXT_WORD = re.compile(r"[\s-]+([^\W\d_]+)")
"""The word after an occurrence, past spaces or a hyphen."""
_HYPHEN_PART = re.compile(r"-([^\W\d_]+(?:-[^\W\d_]+)*)")
"""What a hyphen joins to an occurrence's end: the rest of a hyphenated compound ("-earners",
"-in-law")."""
_PARTS_BEFORE = re.compile(r"(?<![\w-])((?:[^\W_]+-)+)\Z")
"""What hyphens join to an occurrence's start: the parts of a compound before it ("out-of-",
"first-", "non-")."""
_LOOK_BEFORE = 40
"""Characters before an occurrence read for the parts a hyphen joins to it."""
_NEGATING = {"en": frozenset({"non"})}
"""Per language, the first parts that make a compound name what the rest is not ("non-personal
information", "a non-party")."""


def compound_of(text: str, start: int, end: int, lang: str, term: str) -> str | None:
    """The hyphenated compound the occurrence `text[start:end]` of `term` is a part of but not the
    head, as written, or None. Either the occurrence is the compound's first part ("wage" in
    "wage-earners", "rose" in "rose-bushes": a word of its own, a kind of earner or bush), or a
    term of several words written joined by hyphens modifies the next noun ("working class" as
    "working-class parties": an adjective made of the term). A compound the termbase lists is
    matched whole and never comes here; the head of one ("lotus-flowers") is the term's thing and
    is not read so. A part after the hyphen that is no content word (Russian «-то», «-ка»: a
    particle) makes no compound. Nor does a hyphen after an occurrence of several words ("renewable
    energy-generating capacity", "a land degradation-neutral world"): the term's own modifier
    binds its words into a phrase, and the part after the hyphen is said of the whole term.
    In English the occurrence may also be the last part: after "non-", which names what the term is
    not ("non-personal information"), or as the head of a compound that modifies the next noun
    ("an out-of-court settlement", "first-party cookies", "a two-party agreement"), a property of
    that noun, which Russian says by an adjective of its own («внесудебный», «собственные»,
    «двустороннее»): the term's noun is rightly absent there. Not after a part that can only be a
    noun ("an income-tax return": `_not_only_noun`)."""
    written = text[start:end]
    joined = _HYPHEN_PART.match(text, end)
    if joined is not None and len(written.split()) == 1 and rendering_of(joined.group(1).split("-")[0], lang):
        return text[start:joined.end()]
    english = primary_language(lang) == "en"
    before = _PARTS_BEFORE.search(text[max(0, start - _LOOK_BEFORE):start]) if english and start else None
    if before is not None:
        first = before.group(1).split("-")[-2]
        if fold_word(first) in _NEGATING["en"] or (
                len(written.split()) == 1 and _not_only_noun(first) and modifies_next(text, start, end, lang)):
            return before.group(1) + written
    if "-" in written and " " in term.strip() and modifies_next(text, start, end, lang):
        return written
    return None


_NOUN_OR_VERB = frozenset({"NOUN", "PROPN", "VERB"})
"""lemminflect's parts of speech of a first part that makes a compound a noun's ("income-tax
return": a kind of tax), not an adjective's."""


def _not_only_noun(part: str) -> bool:
    """Whether an English compound's part before its head may be something else than a noun or a
    verb: an adjective, a numeral, an adverb, a preposition or a prefix lemminflect does not know
    ("first-", "two-", "out-of-", "multi-"). Such a compound is an adjective ("a two-party
    agreement": one with two parties); after a noun ("an income-tax return") the head is still the
    noun's own thing."""
    english = lemmatizer_for("en")
    assert isinstance(english, EnglishLemmatizer)
    parts = english.analyses(fold_word(part)).keys()
    return not parts or not parts <= _NOUN_OR_VERB


_ADJECTIVE_NAMES = {"en": frozenset({"adjective", "adjectives"})}
"""The name of the adjective a definition may exclude ("the noun, not the adjective"), per language
whose adjectives `reads_as_adjective` reads."""


def negated_phrases(definition: str | None, lang: str) -> tuple[str, ...]:
    """The phrases a definition in `lang` excludes ("not a cause or motive" -> "a cause or motive"),
    each to the end of its clause; none for a language without a rule."""
    negation = _NEGATIONS.get(primary_language(lang))
    if not definition or negation is None:
        return ()
    return tuple(found.group(1) for found in negation.finditer(definition))


@lru_cache(maxsize=4096)
def excludes_adjective(definition: str | None, lang: str) -> bool:
    """Whether a definition excludes the adjective by name: "a member of the proletariat (the noun,
    not the adjective)". A terminologist writes so where one word is both, and a termbase's part of
    speech ("noun") alone does not say the adjective is not meant: its nouns modify others too,
    "copper castle" being copper's own sense."""
    names = _ADJECTIVE_NAMES.get(primary_language(lang), frozenset())
    return any(fold_word(token) in names for phrase in negated_phrases(definition, lang) for token in tokens(phrase))


def reads_as_adjective(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the English occurrence `text[start:end]` is an adjective here: a word lemminflect
    lists as one, right before the noun it modifies ("the proletarian movement"), where that word is
    no past form of a verb ("a republican spoke": "spoke" is a noun too, but here the noun's verb);
    False where the language's construction is not read."""
    if primary_language(lang) != "en" or not modifies_next(text, start, end, lang):
        return False
    lemmatizer = lemmatizer_for(lang)
    if not isinstance(lemmatizer, EnglishLemmatizer) or "ADJ" not in lemmatizer.analyses(fold_word(text[start:end])):
        return False
    after = _NEXT_WORD.match(text, end)
    return after is None or not _past_of_verb(fold_word(after.group(1)), lemmatizer)


def _past_of_verb(word: str, lemmatizer: EnglishLemmatizer) -> bool:
    """Whether the folded `word` may be a verb's past ("spoke", "led"): a verb's form other than its
    lemma, but not one in "-s" or "-ing", which a plural noun or a noun of action shares ("masses",
    "meeting")."""
    return not word.endswith(("s", "ing")) and any(lemma != word for lemma in lemmatizer.analyses(word).get("VERB", ()))
