"""Which capitalised term occurrences the project's own documents write as names.

`termbase.names.document_names` reads, from a whole document, the words it writes as names
("the _Spray_" in Slocum: capitalised inside sentences, never in small letters), and
`document_kinds` the nouns it heads a name phrase with («Гора Звезды»); the matcher then takes
a capitalised occurrence of a one-word term on such a word for the name, not the term. The
term checks ask the same of the project's documents: a `term-missing` whose source occurrences
are all the document's name, or a `term-forbidden` whose target word is, is not raised (unless
the source names the concept by a word of its own: the target's name then renders the term).
English names of several capitalised words ("the Terms of Service") are read the same way
(`name_phrase`, `DocumentNames.in_name`): a word of one that is not its head is the name's.

Reading every document whole for every run would cost as much as the term checks themselves
(a second of tokenising per 20,000 pairs), while only a capitalised occurrence can be a name
and few findings have one. So a document side is first searched once for words capitalised
after a space often enough to be names at all (one regular expression), and only the words of
findings among those are read by the rule, in the texts that hold one of them (as written,
folded, or the lemma the matcher linked it by): the rule weighs a word by its own occurrences
and the token before each, so the other texts cannot change its answer.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from termbase.languages import primary_language
from termbase.match import TermMatch
from termbase.names import (
    MIN_CAPITALISED,
    abbreviated_names,
    bare_word,
    document_kinds,
    document_names,
)
from termbase.normalize import fold_word, is_word, token_spans, tokens
from workbench.core.project import Segment


def capitalised(match: TermMatch) -> bool:
    """Whether every word of an occurrence is capitalised and its term is not written as a name
    already (a case-sensitive term is the name)."""
    words = [form for form in match.forms if is_word(form)]
    return bool(words) and not match.term.case_sensitive and all(word[:1].isupper() for word in words)


_INSIDE_CAPITAL = re.compile(r"(?<=[\W_])[^\W\d_a-zа-яё][^\W\d_]*(?:'s)?")
"""A capitalised word not at the text's start (after a space, a quotation mark, an underscore):
a name written inside a sentence is always one, so a word met so fewer than `MIN_CAPITALISED`
times in a document side is no name of it (`_possible_names`)."""


MIN_NAME_PHRASE = 2
"""Times a capitalised phrase must be written inside sentences to be a name: a name is written so
again, where a capital met once is as often an author's emphasis ("the Light of Reason")."""
_NAME_LINKS = frozenset({"of"})
"""Words in small letters inside an English name ("Terms of Service", "Limitation of Liability"):
the word before the first one is the name's head, the words after it its complement."""
_LEADING = frozenset({"the", "a", "an", "this", "these", "that", "those", "our", "your", "its", "their", "his",
                      "her", "my", "any", "all", "each", "every", "some", "no"})
"""Determiners a capitalised run may start with at a sentence's start ("These Terms of Service"):
no word of the name."""


class NamePhrase(NamedTuple):
    """A capitalised English name phrase around a word (`name_phrase`)."""

    words: tuple[tuple[int, int], ...]
    """Each word's span in the text, in order (the link words too)."""
    at: int
    """The index in `words` of the word asked about."""
    head: int
    """The index of the phrase's head."""


def name_phrase(text: str, start: int, end: int) -> NamePhrase | None:
    """The capitalised English name phrase around the one word at `start`..`end` of `text`; None
    where the word is no part of one.

    A name phrase is two or more capitalised words side by side (one space between, or a link
    word, `_NAME_LINKS`): "Mozilla Subscription Services", "Privacy Notice", "Terms of Service".
    Its head is its last word before a link word, or its last word; the others are its
    modifiers and complement. A word in capitals ("DMCA") is capitalised; "I" and a leading
    determiner (`_LEADING`) are no word of a name."""
    spans = [(token, first, last) for token, first, last in token_spans(text) if is_word(token)]
    at = next((i for i, (_, first, last) in enumerate(spans) if first == start and last == end), None)
    if at is None or not _capital(spans[at][0]):
        return None
    low = high = at
    while True:
        if low and _capital(spans[low - 1][0]) and _spaced(text, spans[low - 1], spans[low]):
            low -= 1
        elif (low > 1 and spans[low - 1][0] in _NAME_LINKS and _capital(spans[low - 2][0])
              and _spaced(text, spans[low - 2], spans[low - 1]) and _spaced(text, spans[low - 1], spans[low])):
            low -= 2
        else:
            break
    while True:
        if high + 1 < len(spans) and _capital(spans[high + 1][0]) and _spaced(text, spans[high], spans[high + 1]):
            high += 1
        elif (high + 2 < len(spans) and spans[high + 1][0] in _NAME_LINKS and _capital(spans[high + 2][0])
              and _spaced(text, spans[high], spans[high + 1]) and _spaced(text, spans[high + 1], spans[high + 2])):
            high += 2
        else:
            break
    while low < at and fold_word(spans[low][0]) in _LEADING:
        low += 1
    if high == low:
        return None
    words = [token for token, _, _ in spans[low: high + 1]]
    link = next((i for i, word in enumerate(words) if word in _NAME_LINKS), len(words))
    return NamePhrase(tuple((first, last) for _, first, last in spans[low: high + 1]), at - low, link - 1)


def _capital(word: str) -> bool:
    return word[:1].isupper() and word != "I"


def _spaced(text: str, left: tuple[str, int, int], right: tuple[str, int, int]) -> bool:
    """Whether two tokens stand one space apart, nothing else between them."""
    return text[left[2]: right[1]] == " "


class DocumentNames:
    """The names and name kinds of the documents of a run's segments, read per word asked."""

    def __init__(self, segments: Sequence[Segment], source_lang: str, target_lang: str) -> None:
        self._segments = segments
        self._langs = {"source": source_lang, "target": target_lang}
        self._texts: dict[tuple[int, str], list[str]] = {}
        """(document, side) -> its texts, grouped on first use."""
        self._possible: dict[tuple[int, str], frozenset[str]] = {}
        self._asked: dict[tuple[int, str], set[str]] = defaultdict(set)
        self._names: dict[tuple[int, str], set[str]] = defaultdict(set)
        self._kinds: dict[tuple[int, str], set[str]] = defaultdict(set)
        self._wanted: dict[tuple[int, str], set[str]] = defaultdict(set)
        self._phrases: dict[tuple[str, str], bool] = {}
        """(side, name phrase) -> whether the documents write it inside sentences (`_inside`)."""

    def _side_texts(self, document: int, side: str) -> list[str]:
        texts = self._texts.get((document, side))
        if texts is None:
            if not self._texts:  # group every document's texts in one walk
                for segment in self._segments:
                    self._texts.setdefault((segment.document_id, "source"), []).append(segment.source)
                    self._texts.setdefault((segment.document_id, "target"), []).append(segment.target)
            texts = self._texts.setdefault((document, side), [])
        return texts

    def _possible_names(self, key: tuple[int, str]) -> frozenset[str]:
        """The folded words written capitalised after a space at least `MIN_CAPITALISED` times in
        one side of a document: a superset of its names, read in one pass of a regular
        expression over the texts with a capital past their first letter (a text of one
        sentence, capitalised at its start alone, has none)."""
        found = self._possible.get(key)
        if found is None:
            counts: Counter[str] = Counter()
            for text in self._side_texts(*key):
                rest = text[1:]
                if rest != rest.lower():
                    counts.update(_INSIDE_CAPITAL.findall(text))
            found = self._possible[key] = frozenset(
                word for word in {bare_word(w) for w, n in counts.items() if n >= MIN_CAPITALISED})
        return found

    def ask(self, document: int, side: str, matches: Iterable[TermMatch]) -> None:
        """Note the capitalised `matches` whose words may be names of the document, for `resolve`."""
        key = (document, side)
        for match in matches:
            if capitalised(match):
                possible = self._possible_names(key)
                forms = {bare_word(form) for form in match.forms if is_word(form)}
                if possible and forms <= possible:
                    self._wanted[key] |= forms | {fold_word(lemma) for lemma in match.lemmas if lemma}

    def resolve(self) -> None:
        """Read, per (document, side), whether each of the words `ask` noted (folded forms and
        lemma keys) is a name or heads a name phrase there, from the texts that hold one."""
        wanted, self._wanted = self._wanted, defaultdict(set)
        for key, words in wanted.items():
            new = words - self._asked[key]
            if not new:
                continue
            self._asked[key] |= new
            finder = re.compile("|".join(re.escape(word) for word in sorted(new, key=len, reverse=True)))
            texts = [text for text in self._side_texts(*key) if finder.search(text.casefold())]
            if not texts:
                continue
            lang = self._langs[key[1]]
            self._names[key] |= document_names(texts, lang) & new
            self._kinds[key] |= document_kinds(texts, lang) & new

    def in_name(self, side: str, text: str, match: TermMatch, other: str = "") -> bool:
        """Whether a one-word English occurrence in `text` is a modifier or the complement of a
        name the project's documents write inside sentences (`name_phrase`, `MIN_NAME_PHRASE`):
        "Privacy" of "the Privacy Notice", "Service" of "these Terms of Service", "Subscription" of
        "Mozilla Subscription Services". The word names the name's thing, not the concept: the
        translator renders the name whole («Условия обслуживания»), as a published name is. The
        name's head ("Notice" of a privacy notice) is a thing of its kind, the term's concept as
        often as not, and stays. A capitalised run only ever at a sentence's or a heading's start
        (title case) is no name known: a heading's words are the text's own terms. A name phrase
        of several capitalised words is read across the project's documents, one client's as a
        rule: where one writes "the Terms of Service" inside a sentence, another's heading "Terms
        of Service" is that name too. The head too is the name's where the other side of the pair
        (`other`) keeps the whole phrase as written ("Amazon Web Services" in the Russian), or the
        part of it that ends in the head ("Windows Terminal Server" of "ALTERNATIVE Windows
        Terminal Server"): a name left untranslated renders no word of it; or where the other side
        writes a name the documents write inside sentences as an abbreviation its dictionary lists
        for a place or a body («США» for "the United States"; `_abbreviated`)."""
        if primary_language(self._langs[side]) != "en" or len(match.forms) != 1 or not match.text[:1].isupper():
            return False
        phrase = name_phrase(text, match.start, match.end)
        if phrase is None:
            return False
        if phrase.at == phrase.head:
            if not other:
                return False
            kept = [text[phrase.words[first][0]: phrase.words[last][1]]
                    for first, last in [(0, len(phrase.words) - 1), *((i, phrase.head) for i in range(phrase.head))]
                    if text[phrase.words[first][0]: phrase.words[first][1]] not in _NAME_LINKS]
            if any(part in other for part in kept):
                return True
            return self._abbreviated(side, text, other) and self._inside(
                side, text[phrase.words[0][0]: phrase.words[-1][1]])
        # The phrase, or a shorter part of it that holds the word and the head ("Terms of Service"
        # of the heading "Mozilla Accounts Terms of Service"), written inside a sentence.
        first, last = sorted((phrase.at, phrase.head))
        parts = [text[phrase.words[i][0]: phrase.words[j][1]]
                 for i in range(first + 1) for j in range(len(phrase.words) - 1, last - 1, -1)
                 if text[phrase.words[j][0]: phrase.words[j][1]] not in _NAME_LINKS]
        return any(self._inside(side, part) for part in parts)

    def _abbreviated(self, side: str, text: str, other: str) -> bool:
        """Whether `other`, the other side of the pair, writes more abbreviations of a place's or
        a body's name (`termbase.names.abbreviated_names`) than `text` has words in capitals it
        does not keep as written: one such word is left to render a name of the text ("in the
        United States" as «в США»), not an abbreviation of the text's own ("EU" as «ЕС»)."""
        other_lang = self._langs["target" if side == "source" else "source"]
        names = abbreviated_names(other, other_lang)
        if not names:
            return False
        own = {token for token in tokens(text) if is_word(token) and len(token) > 1 and token.isupper()}
        return len(names) > sum(1 for token in own if token not in other)

    def _inside(self, side: str, phrase: str) -> bool:
        """Whether the project's documents write `phrase` inside a sentence, after a word in small
        letters or a comma, `MIN_NAME_PHRASE` times."""
        key = (side, phrase)
        known = self._phrases.get(key)
        if known is None:
            inside = re.compile(r"(?:\b[a-z][\w’']*|,)\s+" + re.escape(phrase) + r"\b")
            texts = (segment.source if side == "source" else segment.target for segment in self._segments)
            written = 0
            for text in texts:
                if phrase in text:
                    written += len(inside.findall(text))
                    if written >= MIN_NAME_PHRASE:
                        break
            known = self._phrases[key] = written >= MIN_NAME_PHRASE
        return known

    def named(self, document: int, side: str, match: TermMatch) -> bool:
        """Whether a capitalised occurrence is the document's name (`resolve` run first), as
        `termbase.match.Matcher.find` decides with the document's names and kinds."""
        key = (document, side)
        names = self._names.get(key)
        if not names or not capitalised(match):
            return False
        if not self._kinds[key].isdisjoint(fold_word(lemma) for lemma in match.lemmas):
            return False
        return all(bare_word(form) in names for form in match.forms if is_word(form))
