"""The one place where text is folded for comparison and split into tokens.

Everything that compares terms with text goes through here, so that a term and
the text it is looked for in are always treated alike:

* Unicode NFC, so a decomposed `й` (и + breve) equals the composed one;
* case folding (`casefold`, not `lower`: German ß and friends);
* `ё` -> `е`, because Russian print mostly omits the dots;
* stress marks (combining acute/grave on Cyrillic) and invisible characters
  (soft hyphen, zero-width spaces) removed;
* apostrophe variants (’ ʼ ‘ ` ´ ′) -> `'`, quote variants (« » „ “ ” ‹ ›) -> `"`,
  hyphen and dash variants (‐ ‑ ‒ – — ― −) -> `-`.

Tokenisation is deliberately simple and regular, because both terms and text
use it: a token is either a word (letters and digits, with apostrophes inside
it as in `д'Артаньян`, `don't`) or a punctuation mark that ends a phrase (`.`,
`,`, `;`, brackets, dashes, a hyphen between spaces). Quotes, apostrophes at
word edges and hyphens inside words are skipped, so `trade-union` and
`trade union` tokenise alike and «культура» is the word культура. A term never
matches across a phrase break unless the term itself contains that mark. What
the tokens skip between two words ("she-bear", "workers' club") is read back from
the text by `joiner`, for a grammar that needs it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress
from operator import not_

APOSTROPHES = "'’ʼ‘`´′"
"""Characters people and OCR use for an apostrophe."""
QUOTES = '"«»„“”‟‹›'
"""Double-quote variants (typographic, Russian, German)."""
HYPHENS = "-‐‑‒–—―−"
"""Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en/em dash, bar, minus."""
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Soft hyphen and zero-width characters that OCR and word processors leave in words."""
STRESS_MARKS = "\u0301\u0300"
"""Combining acute and grave: Russian stress marks, never part of spelling."""

_FOLD_TABLE = str.maketrans(
    {
        **{ch: "'" for ch in APOSTROPHES},
        **{ch: '"' for ch in QUOTES},
        **{ch: "-" for ch in HYPHENS},
        **{ch: None for ch in INVISIBLE + STRESS_MARKS},
        "ё": "е",
    }
)

_WORD_CHAR = rf"(?:[^\W_]|[\u0300-\u036f{INVISIBLE}]|_(?=[^\W_]))"
"""A letter, digit, combining mark or invisible character, or an underscore inside a word
(`snake_case`): an underscore at a word's edge is markup, Markdown's and Project
Gutenberg's italics (`_baits_`), not part of the word."""
_WORD = rf"[^\W_]{_WORD_CHAR}*(?:[{APOSTROPHES}][^\W_]{_WORD_CHAR}*)*"
_BREAK = r"[.,;:!?…()\[\]{}/\\|–—―]"
_SPACED_HYPHEN = r"(?<!\S)[-‐‑‒−](?!\S)"
TOKEN_RE = re.compile(f"{_WORD}|{_BREAK}|{_SPACED_HYPHEN}")
"""One token: a word, or a punctuation mark that breaks a phrase."""
_findall = TOKEN_RE.findall


_FOLDED = re.compile("[" + re.escape("".join(chr(code) for code in _FOLD_TABLE)) + "]")
"""Any character `_FOLD_TABLE` changes: most words have none, and a scan is cheaper than `translate`."""


def fold_word(token: str) -> str:
    """Fold one token for lookup: NFC, no stress marks, casefold, ё -> е, one apostrophe.

    ASCII text takes a shorter way to the same result (NFC leaves it alone, casefold
    is `lower` there and the backtick is the one ASCII character the table changes):
    a million-term import folds every term.
    """
    if token.isascii():
        folded = token.lower()
        return folded.replace("`", "'") if "`" in folded else folded
    folded = unicodedata.normalize("NFC", token).casefold()
    return folded.translate(_FOLD_TABLE) if _FOLDED.search(folded) else folded


@lru_cache(maxsize=8192)
def fold_text(text: str) -> str:
    """Fold a whole string for identity and search: `fold_word` plus one space between words.

    Cached: a term's text is folded several times as it is read, checked and stored
    (its key, its concept's duplicate check, its search column), one after the other.
    """
    return " ".join(fold_word(text).split())


def tokens(text: str) -> list[str]:
    """The tokens of `text` as strings (the fast path: no spans), as `TOKEN_RE.findall` gives them.

    The text is split at whitespace first, in C: no token holds whitespace, and
    the one context `TOKEN_RE` looks at (whether a hyphen has whitespace or an
    edge of the text on both sides) is the same inside a chunk as in the text, so
    a chunk's tokens are the ones `TOKEN_RE` finds in it alone. A chunk of letters
    and digits is one word as it stands (most chunks are: every character
    `isalnum` is one a word may start and go on with), and only the others are
    searched: a third less time than searching every text whole (the term checks
    tokenise 200,000 texts of the 100,000-pair benchmark).
    """
    chunks = text.split()
    for index in reversed(list(compress(range(len(chunks)), map(not_, map(str.isalnum, chunks))))):
        chunks[index : index + 1] = _findall(chunks[index])
    return chunks


def token_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """The tokens of `text` with their half-open character spans in `text`."""
    for match in TOKEN_RE.finditer(text):
        yield match.group(), match.start(), match.end()


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with each character inside one of `spans` made a space, its length kept: the rest of
    a sentence, its term's occurrences left out. One pass: each character was tested against
    every span, and 3,300 occurrences in 50,000 characters took 20 s of `check` (hardening,
    round 22)."""
    out: list[str] = []
    position = 0
    for start, end in sorted(spans):
        start, end = max(start, position), min(end, len(text))
        if start < end:
            out += [text[position:start], " " * (end - start)]
            position = end
    out.append(text[position:])
    return "".join(out)


_JOINERS = (("-", "-"), ("‐", "-"), ("‑", "-"), ("--", "--"), ("---", "--"), ('--"', "--"), ("--“", "--"),
            ("--‘", "--"), ("' ", "'"), ("’ ", "'"))
"""What may stand between two word tokens with no space, as written and as `joint` names it:
a hyphen inside a compound, a double hyphen for a dash (an opening quotation mark after it
too: "teaching--“Judge"), an apostrophe ending a plural possessive (with the space after it)."""


_JOINING = re.compile("[" + "".join(dict.fromkeys(written[0] for written, _ in _JOINERS)) + "]")
"""Any character a joiner begins with: most texts have none, and one search spares the others."""
_JOINTS = dict(_JOINERS)


def may_join(text: str) -> bool:
    """Whether any joiner may stand in `text` (one search: most texts hold none)."""
    return _JOINING.search(text) is not None


def joint(between: str) -> str:
    """What joins two word tokens with `between` the characters between them in a text: "-" in a
    hyphenated compound ("she-bear"), "--" for a dash typed as two hyphens ("Captain--fly"), "'"
    where the left is a plural possessive ("the workers' club"), "" else.

    The tokens skip hyphens inside words and apostrophes at their edges, so that "trade-union"
    matches the term "trade union" and "workers’ club" "workers' club"; a grammar that reads a
    word from its neighbours asks here what the tokens left out. Italics' underscores stand
    between the tokens too ("_her_--rest") and are read past.
    """
    if "_" in between:
        between = between.replace("_", "")
    return _JOINTS.get(between, "")


def is_word(token: str) -> bool:
    """True for a word token, False for a phrase-breaking punctuation token."""
    return token[0].isalnum()


def case_agrees(expected: str, actual: str, permissive: bool = False) -> bool:
    """Does `actual` (a word in text) keep the letter case of `expected` (a term word)?

    Used for case-sensitive terms only. Inflection changes endings, so the
    comparison runs over the common stem (`Ленин` ~ `Ленина`), and an
    all-capital acronym must stay all capitals (`CPSU` ~ `CPSU's`, not `Cpsu`).
    `permissive` also lets a word in capitals throughout keep a term's capital, as
    memoQ's default ("Permissive") holds only a term's capitals to their case: a heading's
    "THE CITY" for "City" (never "the city"). Capitals throughout hide the capital that
    marks the name, so only the word as the term writes it, or with "'s", is the name
    there ("CITY'S"): a name takes no plural, and "CITIES" is the common noun.
    """
    expected = unicodedata.normalize("NFC", expected)
    actual = unicodedata.normalize("NFC", actual)
    if permissive and len(actual) > 1 and actual.isupper() and not expected.isupper():
        return re.split("['’]", actual)[0] == expected.upper()
    for want, got in zip(expected, actual):
        if want.casefold() != got.casefold():
            break
        if want != got:
            return False
    if len(expected) > 1 and expected.isupper():
        return actual[: len(expected)].isupper()
    return True
