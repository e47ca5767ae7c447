"""Russian term shapes, read with pymorphy3: adjectives agreeing with a noun («культурной
стихийности»), and such a group followed by a noun group in the genitive («пакет исходного
кода», «рукоять меча») or by a word in another script («пакет Debian»).

Agreement is what makes the group: an adjective (or a participle used as one) belongs to the
noun after it only where one of its readings agrees with one of the noun's in case and number,
and in gender in the singular. Pronominal and ordinal adjectives («этот», «свой», «первый»)
are no part of a term; prepositions, conjunctions, particles, pronouns, numbers and verbs end
a group. A form read first as a verb ends it too unless its noun reading is likely
(«стали»: «сталь» only where pymorphy3 gives the noun a fair chance).

The dictionary form puts the group in the nominative of the noun's dictionary number and
gender («культурной стихийности» → «культурная стихийность», «ножницами» → «ножницы»), or in
the plural where the singular is a word of another style (`_MARKED`: «наличными деньгами» →
«наличные деньги», not «наличная деньга»); a genitive tail stays as written («пакеты исходного кода» → «пакет исходного кода»).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any, NamedTuple

from workbench.core.extraction.phrases import MAX_WORDS, Phrase, Token, capitals, tokens

_BREAKING = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "NUMR", "COMP", "PRED", "ADVB", "GRND", "VERB",
                       "INFN", "PRTS", "ADJS"})
"""Parts of speech (pymorphy3's) that no term of the shapes read here holds."""
_LIKELY = 0.1
"""How likely pymorphy3 must find a noun or adjective reading of a form it reads first as
something else («стали»: the verb 0.98, the noun 0.01) for the form to stay in a group."""
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
_MARKED = frozenset({"Infr", "Slng", "Arch", "Dist"})
"""Marks of style (informal, slang, archaic, distorted): a plural whose singular carries one the
plural lacks is a word used in the plural («деньги»: the singular «деньга» is another, informal
word, and pymorphy3 has no `Pltm` for it as it has for «ножницы»)."""


class _Reading(NamedTuple):
    case: str | None
    number: str | None
    gender: str | None
    lemma: str
    parse: Any


class _Word(NamedTuple):
    nouns: tuple[_Reading, ...]
    adjectives: tuple[_Reading, ...]
    name: bool

    @property
    def content(self) -> bool:
        return bool(self.nouns or self.adjectives)


_NOTHING = _Word((), (), False)
"""A number, an address, a one-letter word: no word of a term."""


@cache
def _analyzer() -> Any:
    from workbench.core.morphology import analyzer

    return analyzer()


@lru_cache(maxsize=200_000)
def _word(folded: str) -> _Word:
    if len(folded) < 2:
        return _NOTHING
    if not any("а" <= c <= "я" or c == "ё" for c in folded):
        # a word in another script («пакеты Debian», «сервер Apache»): a noun as written,
        # of no case, so no adjective agrees with it and it stands alone
        return _Word((_Reading(None, None, None, folded, None),), (), False) if folded.isalpha() else _NOTHING
    parses = _analyzer().parse(folded)
    first = parses[0]
    if first.tag.POS in _BREAKING and not any(
            p.score >= _LIKELY and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses[1:]):
        return _Word((), (), False)
    nouns = tuple(_reading(p) for p in parses if p.tag.POS == "NOUN" and (p is first or p.score >= _LIKELY / 10))
    adjectives = tuple(_reading(p) for p in parses
                       if p.tag.POS in ("ADJF", "PRTF") and not {"Apro", "Anum"} & p.tag.grammemes
                       and (p is first or p.score >= _LIKELY / 10))
    name = bool(nouns) and all(_NAME_GRAMMEMES & r.parse.tag.grammemes for r in nouns)
    return _Word(nouns, adjectives, name)


@lru_cache(maxsize=10_000)
def russian_preposition(folded: str) -> bool:
    """Whether pymorphy3 reads the word first as a preposition («в», «на», «согласно»)."""
    return bool(folded) and _analyzer().parse(folded)[0].tag.POS == "PREP"


def _reading(parse: Any) -> _Reading:
    tag = parse.tag
    # plain strings: pymorphy3's attribute values refuse comparison with a grammeme of another kind
    return _Reading(_text(tag.case), _text(tag.number), _text(tag.gender), parse.normal_form, parse)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _agree(adjective: _Reading, noun: _Reading) -> bool:
    if adjective.case != noun.case or adjective.number != noun.number:
        return False
    if noun.number == "plur" or noun.gender is None or "Ms-f" in noun.parse.tag.grammemes:
        return True
    return adjective.gender == noun.gender


def russian_phrases(text: str) -> list[Phrase]:
    """Every group of the shapes above in `text`, nested ones included."""
    words = tokens(text)
    read = [_word(w.text.lower()) if w.plain else _NOTHING for w in words]
    groups: list[_Group] = []
    for end in range(len(words)):
        groups.extend(_groups_ending(text, words, read, end))
    found = [_phrase(words, read, g) for g in groups]
    by_start: dict[int, list[_Group]] = {}
    for group in groups:
        by_start.setdefault(group.begin, []).append(group)
    for group in groups:
        if group.begin != group.full_begin:  # a genitive tail joins the whole group only once
            continue
        found.extend(_with_latin_name(text, words, read, group))
        for tail in by_start.get(group.end + 1, ()):
            if tail.noun.case != "gent" or tail.end - group.begin + 1 > MAX_WORDS or tail.begin != tail.full_begin:
                continue
            if text[words[group.end].end:words[tail.begin].start].strip():
                continue
            for begin in range(group.begin, group.end + 1):
                found.append(_phrase(words, read, group._replace(begin=begin), tail))
    return found


def _with_latin_name(text: str, words: list[Token], read: list[_Word], group: _Group) -> list[Phrase]:
    """A Russian group and the word in another script right after it («пакет Debian», «ядра
    Linux» → «ядро Linux»): the name in apposition makes the term, as "Debian package" does."""
    after = group.end + 1
    if (group.noun.parse is None or after >= len(words) or not read[after].nouns
            or read[after].nouns[0].parse is not None or text[words[group.end].end:words[after].start] != " "
            or group.end - group.begin + 2 > MAX_WORDS):
        return []
    phrases = []
    for begin in range(group.begin, group.end + 1):
        base = _phrase(words, read, group._replace(begin=begin))
        name = words[after].text
        phrases.append(Phrase((*base.key, name.casefold()), f"{base.form} {name}", base.start, words[after].end, False))
    return phrases


class _Group(NamedTuple):
    """Adjectives `begin`..`end`-1 agreeing with the noun at `end`, in one reading."""

    begin: int
    end: int
    noun: _Reading
    adjectives: tuple[_Reading, ...]
    """The readings of the words `full_begin`..`end`-1."""
    full_begin: int


def _groups_ending(text: str, words: list[Token], read: list[_Word], end: int) -> list[_Group]:
    """The groups whose noun is word `end`: for its reading that most words before agree with,
    the noun alone and with each run of agreeing adjectives before it."""
    if not read[end].nouns:
        return []
    best: tuple[int, _Reading, tuple[_Reading, ...]] | None = None
    for noun in read[end].nouns:
        chosen: list[_Reading] = []
        index = end - 1
        while index >= 0 and end - index < MAX_WORDS and not text[words[index].end:words[index + 1].start].strip():
            agreeing = next((a for a in read[index].adjectives if _agree(a, noun)), None)
            if agreeing is None:
                break
            chosen.insert(0, agreeing)
            index -= 1
        if best is None or len(chosen) > len(best[2]):
            best = (index + 1, noun, tuple(chosen))
    assert best is not None
    first, noun, adjectives = best
    return [_Group(begin, end, noun, adjectives, first) for begin in range(first, end + 1)]


def _phrase(words: list[Token], read: list[_Word], group: _Group, tail: _Group | None = None) -> Phrase:
    skip = group.begin - group.full_begin
    adjectives = group.adjectives[skip:]
    if group.noun.parse is None:  # a word in another script, as written
        written = words[group.end].text
        return Phrase((group.noun.lemma,), written if written[:1].isupper() else written.lower(),
                      words[group.end].start, words[group.end].end, capitals(words[group.end:group.end + 1]))
    key = (*(a.lemma for a in adjectives), group.noun.lemma)
    form = _dictionary_form(tuple(a.parse for a in adjectives), group.noun.parse)
    stop = words[group.end].end
    name = capitals(words[group.begin:group.end + 1])
    if not adjectives and read[group.end].name:
        name = True
    if tail is not None:
        key = (*key, "|gen", *(a.lemma for a in tail.adjectives), tail.noun.lemma)
        form += " " + " ".join(w.text.lower() for w in words[tail.begin:tail.end + 1])
        stop = words[tail.end].end
        name = False
    return Phrase(key, form, words[group.begin].start, stop, name)


@lru_cache(maxsize=100_000)
def _dictionary_form(adjectives: tuple[Any, ...], noun: Any) -> str:
    """The group in the nominative of the noun's dictionary number and gender (kept: inflecting
    takes pymorphy3 a paradigm walk, and a text repeats its groups)."""
    lemma = noun.normalized
    if "plur" in noun.tag.grammemes and _MARKED & lemma.tag.grammemes - noun.tag.grammemes:
        plural = noun.inflect({"plur", "nomn"})
        lemma = plural if plural is not None else lemma
    number = "plur" if "plur" in lemma.tag.grammemes else "sing"
    gender = _text(lemma.tag.gender)
    wanted = {"nomn", number} | ({gender} if number == "sing" and gender in ("masc", "femn", "neut") else set())
    return " ".join([*(_inflected(a, wanted) for a in adjectives), lemma.word])


def _inflected(parse: Any, wanted: set[str]) -> str:
    inflected = parse.inflect(wanted)
    if inflected is None:
        return str(parse.normal_form)
    return str(inflected.word)
