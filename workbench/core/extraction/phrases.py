"""What a term candidate is before it is counted: one phrase occurrence in one text.

The language readers (`english`, `russian`) turn a text into `Phrase`s: every word or word
group whose shape a term has (a noun with its modifiers, an "of" or genitive chain), each
with its lemma key (how its occurrences are counted as one) and its dictionary form (how a
termbase writes it); `readers.reader_for` picks the reader for a language.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

WORD = regex.compile(
    r"(?P<address>(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*"
    r"|\d[\d.,]*\p{L}*"
)
"""A web or mail address (no words of a term: "http", "org", "www" filled the top of a list
of a text that cites its sources), a word (letters, joined by apostrophes or hyphens:
"writing-table", «из-за») or a number with what is written onto it ("28th", "5км")."""

_SENTENCE_END = regex.compile(r"[.!?…:;\n]")
_NOT_WORD = " \t\n.,!?…:;\"'«»“”„()[]{}—–-"
"""What may stand between two words."""

MAX_WORDS = 4
"""The longest candidate, in words: longer groups are phrases of a text, not terms of a
termbase (the eight bilingual termbases' longest source term has four words)."""


class Token(NamedTuple):
    """One word of a text as written, with where it stands."""

    text: str
    start: int
    end: int
    initial: bool
    """First word of its sentence: its capital says nothing of a name."""
    plain: bool
    """A word; False for a number or an address, which end any phrase."""


class Phrase(NamedTuple):
    """One occurrence of a candidate in a text.

    A named tuple: a text of 20 words holds some 30 of them, and 10,000 pairs make 600,000.
    """

    key: tuple[str, ...]
    """Its lemmas ("культурный", "стихийность"): the occurrences of one key are one candidate."""
    form: str
    """Its dictionary form («культурная стихийность», "source package")."""
    start: int
    end: int
    name: bool | None
    """True where every word is capitalised and the first is no sentence's start (or the
    word is read as a name), False where a word is in small letters, None where the capital
    may be the sentence's: `candidates` calls a candidate a name when no occurrence says
    False and one says True."""


def capitals(words: list[Token]) -> bool | None:
    """`Phrase.name` of a phrase of these words."""
    if not all(word.text[:1].isupper() for word in words):
        return False
    return None if words[0].initial else True


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` begins a sentence (`Token.initial`: nothing but a space
    stands between it and the word before, or a sentence's end does)."""
    before = text[:start]
    between = before[len(before.rstrip(_NOT_WORD)):] if before else ""
    return between == before or (between != " " and _SENTENCE_END.search(between) is not None)


def tokens(text: str) -> list[Token]:
    """The words of `text`, each marked when it begins a sentence."""
    found: list[Token] = []
    last = 0
    for match in WORD.finditer(text):
        between = text[last:match.start()]
        initial = not found or (between != " " and _SENTENCE_END.search(between) is not None)
        plain = match.group("address") is None and not match.group()[0].isdigit()
        found.append(Token(match.group(), match.start(), match.end(), initial, plain))
        last = match.end()
    return found


def word_before(text: str, start: int) -> str:
    """The word right before position `start`, folded, where only spaces stand between; "" where
    there is none (a text's start, a comma, a bracket). Read backwards, so a long text costs no
    more than a short one."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == start:
        return ""
    begin = end
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:end].casefold()
