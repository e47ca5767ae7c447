"""Which capitalised term occurrences the project's own documents write as names.

`termbase.names.document_names` reads, from a whole document, the words it writes as names
("the _Spray_" in Slocum: capitalised inside sentences, never in small letters), and
`document_kinds` the nouns it heads a name phrase with («Гора Звезды»); the matcher then takes
a capitalised occurrence of a one-word term on such a word for the name, not the term. The
term checks ask the same of the project's documents: a `term-missing` whose source occurrences
are all the document's name, or a `term-forbidden` whose target word is, is not raised.

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

from termbase.match import TermMatch
from termbase.names import MIN_CAPITALISED, bare_word, document_kinds, document_names
from termbase.normalize import fold_word, is_word
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
