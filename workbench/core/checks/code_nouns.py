"""The nouns by which a sentence calls a quoted token code (house rule D17 of docs/qa.md).

«аргумент "language"», «ключ "command"», "the "small" value": a token written as code (Latin
letters, digits and `_ - . /`, no space) that the sentence itself names an argument, a key, a value
or the like is code the reader types or the program reads, and its straight marks, copied from the
source, are the code's, not the translation's quotation marks (D15's "an option's value" and its
neighbours). A button's or a menu's label is no code noun: «кнопка "Save"» stays an error.

The Russian nouns are read in every case form and number (pymorphy3's lexeme of each), so that
«аргументу», «значениями», «полей» count as «аргумент», «значение», «поле» do.
"""

from __future__ import annotations

import re
from functools import cache

ENGLISH = ("argument", "parameter", "key", "field", "option", "flag", "attribute", "property", "variable",
           "value", "command", "function", "method", "type", "keyword", "tag", "column", "element")
"""The lead's list (session 45), in the singular; `_english_forms` adds the plural."""
RUSSIAN = ("аргумент", "параметр", "ключ", "поле", "опция", "флаг", "атрибут", "свойство", "переменная",
           "значение", "команда", "функция", "метод", "тип", "тег", "столбец", "элемент")
"""The lead's list (session 45) in the nominative singular."""

CODE_TOKEN = re.compile(r"[A-Za-z0-9_./-]*[A-Za-z0-9][A-Za-z0-9_./-]*")
"""A token written as code: Latin letters, digits and `_ - . /`, no space, at least one letter or
digit (a quoted "-" or "/" alone is a sign named, which other rules read)."""


def _english_forms(noun: str) -> set[str]:
    plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2] not in "aeiou" else noun + "s"
    return {noun, plural}


def _russian_forms(noun: str) -> set[str]:
    from workbench.core.morphology import analyzer

    forms = {noun}
    for parse in analyzer().parse(noun):
        if parse.normal_form == noun and "NOUN" in parse.tag:
            forms.update(p.word for p in parse.lexeme)
        elif parse.word == noun and {"ADJF", "sing", "nomn"} in parse.tag:
            # «переменная», an adjective made a noun: its gender's forms and the plural ones
            forms.update(p.word for p in parse.lexeme if "ADJF" in p.tag
                         and (p.tag.gender == parse.tag.gender or p.tag.number == "plur"))
    return forms


@cache
def code_nouns() -> frozenset[str]:
    """Every form of every code noun, both languages, in small letters (built once: ~20 ms)."""
    forms: set[str] = set()
    for noun in ENGLISH:
        forms |= _english_forms(noun)
    for noun in RUSSIAN:
        forms |= _russian_forms(noun)
    return frozenset(forms | {f.replace("ё", "е") for f in forms})


_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[.!?;:]\s|[()«»]")
"""Where the sentence or the bracket that holds the quotation begins: a noun beyond it calls
another thing."""
WORDS_BEFORE = 3
"""How many words before a quotation may name it: the noun itself («аргумент "x"»), or with a word
of its own between («ключ конфигурации "command"», «value of "x"»)."""


def named_as_code(text: str, start: int, end: int) -> bool:
    """Whether the quotation `text[start:end]` (its marks included) is what the sentence calls by a
    code noun: one of the `WORDS_BEFORE` words before it in the same clause, or the word right
    after it (English puts the noun there: the "small" value, the "name" field)."""
    nouns = code_nouns()
    head = text[max(0, start - 80):start]
    clause = list(_CLAUSE_END.finditer(head))
    if clause:
        head = head[clause[-1].end():]
    before = _WORD.findall(head)[-WORDS_BEFORE:]
    if any(w.casefold() in nouns for w in before):
        return True
    after = _WORD.match(text, end + 1 if text[end:end + 1] == " " else end)
    return after is not None and after.group().casefold() in nouns
