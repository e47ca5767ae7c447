"""A Russian verb's other aspect and its reflexive, read from the word and the dictionary.

A termbase writes a verb term in one aspect («возмещать», to indemnify), and a translator writes
whichever the sentence needs: «вы соглашаетесь возместить ущерб» (the perfective), «информация
может обрабатываться» (the reflexive passive of «обрабатывать», for "might be processed").
pymorphy3 reads each as a lemma of its own and lists no aspect pairs, so the term seemed
missing. Russian makes the pair by a few regular steps, and the dictionary says which of the
words they build are verbs: an imperfective adds «-ыва-», «-ива-» (a root «о» becoming «а»:
«обработать» / «обрабатывать») or «-а-», «-я-» after a changed consonant («возместить» /
«возмещать»: ст → щ; «ответить» / «отвечать»: т → ч; «оплатить» / «оплачивать»); `partners` builds
the candidates both ways and keeps those pymorphy3 knows as an infinitive of the other aspect.
A stem of fewer than four letters keeps its words apart: «купить» (to buy) and «купать» (to
bathe) differ so.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from termbase.morphology import RussianLemmatizer, lemmatizer_for

_MIN_STEM = 4
"""Letters the two aspects must share before their suffixes (see the module docstring)."""
_IMPERFECTIVE_SUFFIXES = ("ывать", "ивать", "вать", "ать", "ять")
_PERFECTIVE_SUFFIXES = ("ить", "ать", "ять", "еть")
_SOFTENED = {"щ": ("ст", "т", "ск"), "ч": ("т", "к"), "ж": ("д", "з", "г"), "жд": ("д",), "ш": ("с", "х"),
             "бл": ("б",), "пл": ("п",), "вл": ("в",), "мл": ("м",), "фл": ("ф",)}
"""A consonant the imperfective's «-а-» follows, and the perfective's consonant it stands for."""


def partners(verb: str) -> frozenset[str]:
    """The other aspect's infinitives of the Russian infinitive `verb` («возмещать» →
    «возместить»), each known to the dictionary; none for a word that is no infinitive of one
    aspect (a two-aspect verb, «компенсировать», is its own pair)."""
    return _partners(verb.casefold().replace("ё", "е"))


def infinitive(word: str) -> bool:
    """Whether the dictionary knows the Russian `word` as a verb's infinitive (of either aspect)."""
    return _infinitive(word.casefold().replace("ё", "е"))


@lru_cache(maxsize=4096)
def _infinitive(word: str) -> bool:
    return " " not in word and any(parse.is_known and parse.tag.POS == "INFN"
                                   and parse.normal_form.replace("ё", "е") == word for parse in russian_parses(word))


def reflexive(verb: str) -> str | None:
    """The reflexive infinitive of the Russian infinitive `verb` («обрабатывать» →
    «обрабатываться»), where the dictionary knows it."""
    word = verb.casefold().replace("ё", "е")
    candidate = word + ("сь" if word[-1:] in "аеиоуыэюя" else "ся")
    return candidate if _aspect(candidate) is not None else None


@lru_cache(maxsize=4096)
def _partners(verb: str) -> frozenset[str]:
    aspect = _aspect(verb)
    if aspect is None:
        return frozenset()
    candidates = _perfectives(verb) if aspect == "impf" else _imperfectives(verb)
    other = "perf" if aspect == "impf" else "impf"
    return frozenset(word for word in candidates if word != verb and _aspect(word) == other)


def _perfectives(verb: str) -> set[str]:
    """Perfectives an imperfective infinitive may be made from."""
    found: set[str] = set()
    for suffix in _IMPERFECTIVE_SUFFIXES:
        if not verb.endswith(suffix):
            continue
        stem = verb[: -len(suffix)]
        if suffix in ("ывать", "ивать"):
            found.update(s + ending for s in {stem, _last_a_to_o(stem)} for ending in _PERFECTIVE_SUFFIXES)
            found.update(s + "ить" for s in _hardened(stem) | _hardened(_last_a_to_o(stem)))
        elif suffix == "вать":
            found.add(stem + "ть")
        else:
            found.update(stem + ending for ending in ("ить", "еть"))
            found.update(s + "ить" for s in _hardened(stem))
    return {word for word in found if len(_stem(word)) >= _MIN_STEM}


def _imperfectives(verb: str) -> set[str]:
    """Imperfectives a perfective infinitive may make."""
    found: set[str] = set()
    for suffix in _PERFECTIVE_SUFFIXES:
        if not verb.endswith(suffix) or len(verb) - len(suffix) < _MIN_STEM:
            continue
        stem = verb[: -len(suffix)]
        found.update(s + ending for s in {stem, _o_to_a(stem)} for ending in ("ывать", "ивать"))
        found.update(stem + ending for ending in ("ать", "ять"))
        if suffix == "ить":
            for soft in _softened(stem):
                found.update((soft + "ать", soft + "ять", soft + "ивать", _o_to_a(soft) + "ивать"))
    return found


def _hardened(stem: str) -> set[str]:
    """`stem` with its last consonant as the perfective's in «-ить» («возмещ» → «возмест»)."""
    return {stem[: -len(soft)] + hard for soft, hards in _SOFTENED.items() if stem.endswith(soft) for hard in hards}


def _softened(stem: str) -> set[str]:
    """`stem` with its last consonant as the imperfective's («возмест» → «возмещ»)."""
    return {stem[: -len(hard)] + soft for soft, hards in _SOFTENED.items() for hard in hards if stem.endswith(hard)}


def _stem(verb: str) -> str:
    return next((verb[: -len(s)] for s in (*_IMPERFECTIVE_SUFFIXES, *_PERFECTIVE_SUFFIXES) if verb.endswith(s)), verb)


def _o_to_a(stem: str) -> str:
    """The root's last «о» as «а»: «обработ» → «обрабат»."""
    at = stem.rfind("о")
    return stem if at < 0 else stem[:at] + "а" + stem[at + 1:]


def _last_a_to_o(stem: str) -> str:
    at = stem.rfind("а")
    return stem if at < 0 else stem[:at] + "о" + stem[at + 1:]


def _aspect(word: str) -> str | None:
    """"perf" or "impf" where the dictionary knows `word` as an infinitive of one aspect."""
    lemmatizer = lemmatizer_for("ru")
    if not isinstance(lemmatizer, RussianLemmatizer):
        return None
    aspects = {parse.tag.aspect for parse in lemmatizer.parses(word)
               if parse.is_known and parse.tag.POS == "INFN" and parse.normal_form.replace("ё", "е") == word}
    return next(iter(aspects)) if len(aspects) == 1 else None


def russian_parses(word: str) -> list[Any]:
    """pymorphy3's parses of a folded Russian word (cached by the shared lemmatiser); none where
    the Russian dictionary is not at hand."""
    lemmatizer = lemmatizer_for("ru")
    return lemmatizer.parses(word) if isinstance(lemmatizer, RussianLemmatizer) else []
