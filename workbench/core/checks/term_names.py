"""Which capitalised term occurrences the project's own documents write as names.

`termbase.names.document_names` reads, from a whole document, the words it writes as names
("the _Spray_" in Slocum: capitalised inside sentences, never in small letters), and
`document_kinds` the nouns it heads a name phrase with («Гора Звезды»); the matcher then takes
a capitalised occurrence of a one-word term on such a word for the name, not the term. The
term checks ask the same of the project's documents: a `term-missing` whose source occurrences
are all the document's name, or a `term-forbidden` whose target word is, is not raised.

Reading every document whole for every run would cost as much as the term checks themselves
(a second of tokenising per 20,000 pairs), while only a capitalised occurrence can be a name
and few findings have one. So the documents are read only for the words of such findings,
and only their texts that hold one of those words (as written, folded, or the lemma the
matcher linked it by): the rule weighs a word by its own occurrences and the token before
each, so the other texts cannot change its answer.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from termbase.match import TermMatch
from termbase.names import bare_word, document_kinds, document_names
from termbase.normalize import fold_word, is_word
from workbench.core.project import Segment


def capitalised(match: TermMatch) -> bool:
    """Whether every word of an occurrence is capitalised and its term is not written as a name
    already (a case-sensitive term is the name)."""
    words = [form for form in match.forms if is_word(form)]
    return bool(words) and not match.term.case_sensitive and all(word[:1].isupper() for word in words)


class DocumentNames:
    """The names and name kinds of the documents of a run's segments, read per word asked."""

    def __init__(self, segments: Sequence[Segment], source_lang: str, target_lang: str) -> None:
        self._segments = segments
        self._langs = {"source": source_lang, "target": target_lang}
        self._texts: dict[tuple[int, str], list[tuple[str, str]]] = {}
        """(document, side) -> each text and its casefold, built on first use."""
        self._asked: dict[tuple[int, str], set[str]] = defaultdict(set)
        self._names: dict[tuple[int, str], set[str]] = defaultdict(set)
        self._kinds: dict[tuple[int, str], set[str]] = defaultdict(set)

    def _side_texts(self, document: int, side: str) -> list[tuple[str, str]]:
        texts = self._texts.get((document, side))
        if texts is None:
            if not self._texts:  # group every document's texts in one walk
                for segment in self._segments:
                    for name in ("source", "target"):
                        text = segment.source if name == "source" else segment.target
                        self._texts.setdefault((segment.document_id, name), []).append((text, text.casefold()))
            texts = self._texts.setdefault((document, side), [])
        return texts

    def resolve(self, wanted: dict[tuple[int, str], set[str]]) -> None:
        """Read, per (document, side), whether each of the words asked (folded forms and lemma
        keys) is a name or heads a name phrase there, from the texts that hold one of them."""
        for key, words in wanted.items():
            new = words - self._asked[key]
            if not new:
                continue
            self._asked[key] |= new
            finder = re.compile("|".join(re.escape(word) for word in sorted(new, key=len, reverse=True)))
            texts = [text for text, folded in self._side_texts(*key) if finder.search(folded)]
            if not texts:
                continue
            lang = self._langs[key[1]]
            self._names[key] |= document_names(texts, lang) & new
            self._kinds[key] |= document_kinds(texts, lang) & new

    @staticmethod
    def words_of(match: TermMatch) -> set[str]:
        """What `resolve` must be asked about an occurrence: its words and lemma keys, folded."""
        words = {bare_word(form) for form in match.forms if is_word(form)}
        return words | {fold_word(lemma) for lemma in match.lemmas if lemma}

    def named(self, document: int, side: str, match: TermMatch) -> bool:
        """Whether a capitalised occurrence is the document's name (`resolve` asked first), as
        `termbase.match.Matcher.find` decides with the document's names and kinds."""
        if not capitalised(match):
            return False
        key = (document, side)
        if not self._kinds[key].isdisjoint(fold_word(lemma) for lemma in match.lemmas):
            return False
        names = self._names[key]
        return all(bare_word(form) in names for form in match.forms if is_word(form))


def ask(wanted: dict[tuple[int, str], set[str]], document: int, side: str, matches: Iterable[TermMatch]) -> None:
    """Add the words of the capitalised `matches` to what `DocumentNames.resolve` is to read."""
    for match in matches:
        if capitalised(match):
            wanted[(document, side)] |= DocumentNames.words_of(match)
