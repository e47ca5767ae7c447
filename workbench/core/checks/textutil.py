"""Small text helpers the check families share: comparison keys and character classes.

Comparisons for QA must not trip over what an editor cannot see or does not
care about: NFC vs NFD, ё vs е, a no-break space vs a space, curly vs straight
quotes. These keys are for comparing only; spans always point into the
original text. They run on every segment of a 100,000-segment project, so
each is a couple of C-level passes over the text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_VARIANTS = {"ё": "е", "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
             "–": "-", "—": "-", "‑": "-", "\u00ad": None}
_FOLD = str.maketrans(_VARIANTS)
_WORD_RUN = re.compile(r"[^\W_]+")
_COMMON_MARKS = ".,;:!?()[]«»\"'“”„—–-…/*"
"""Marks most texts separate their words with, besides spaces: none of them a letter or digit."""


_LETTER = re.compile(r"[^\W\d_]")


@cache
def zipf(word: str, lang: str) -> float:
    """wordfreq's zipf frequency of a word, kept: the checks ask it of the same words again and
    again, and wordfreq tokenises and looks the word up anew at every call.

    Imported here, on the first question: importing wordfreq takes about a tenth of a second,
    which every command that imports the checks (the TUI, `workbench status`) would otherwise
    pay without running them; the table is wordfreq's own, kept on disk (`word_frequency`)."""
    from workbench.core.word_frequency import zipf as zipf_frequency

    return zipf_frequency(word, lang)


def is_copy(source: str, target: str) -> bool:
    """The target is the source copied unchanged (letters present; case and spaces aside).

    The first letters are compared before the full fold: a Russian target never
    equals an English source, and this runs on every segment.
    """
    first_source, first_target = _LETTER.search(source), _LETTER.search(target)
    if first_source is None or first_target is None:
        return False
    if first_source.group().casefold() != first_target.group().casefold():
        return False
    return squash(source) == squash(target)


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def squash(text: str) -> str:
    """Case, Unicode form, ё, quote and space variants folded away; punctuation kept."""
    return " ".join(_nfc(text).casefold().translate(_FOLD).split())


def consistency_key(text: str) -> str:
    """`squash` without punctuation and symbols: what "the same segment" means for consistency.

    The key is the runs of letters and digits (`_WORD_RUN`), joined by one space. Most
    texts separate their words only by spaces and common marks: with those marks made
    spaces, splitting gives the runs, a fifth faster than the regex. Splitting is taken
    only when every piece it gives is letters and digits through (then each character
    between them was a separator); otherwise the regex decides.
    """
    folded = _nfc(text).casefold().replace("ё", "е").replace("\u00ad", "")
    spaced = folded
    for mark in _COMMON_MARKS:
        if mark in spaced:
            spaced = spaced.replace(mark, " ")
    words = spaced.split()
    if all(map(str.isalnum, words)):
        return " ".join(words)
    return " ".join(_WORD_RUN.findall(folded))


ADDRESS = re.compile(
    r"(?:https?://|ftp://|www\.)(?:(?!\][(\[])[^\s<>«»\"])+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE
)
"""A web address or an e-mail address (`url-email` compares them). An address ends before "]("
or "][": a Markdown link whose text is its own address, "[https://x.org/](https://x.org/)", is
the address twice, not one address of both halves, and a reference link's text,
"[https://x.org/faq][FAQ]", is the address alone (no address holds "]" unescaped but an IPv6
host's)."""


PRINTF = re.compile(
    r"(?<![0-9])%(?:[0-9]+\$|\([\w.-]+\))?[-+#0,']*(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*))?(?:hh|ll|[hlLqjzt])?[A-Za-z]"
)
"""A printf conversion (C's, Java's `String.format`'s, Python's `%` operator's), with what may
stand between "%" and its letter: a position or a name, flags, a width, a precision, a length
("%1$s", "%-5.2f", "%lu", "%,d", "%(count)d"). Code, not text, wherever it stands: glued to a word
character too ("_%d damage_", a game's highlight marks; "x%1$s"). No space flag, and no "%" after
a digit: "50% of", "100%done" are a percent sign, not a conversion."""
PLACEHOLDER = re.compile(rf"%%|{PRINTF.pattern}|\{{\w*(?:[:!][^{{}}\s]*)?\}}|\$(?:\w+|\{{\w+\}})")
"""A value a program puts into its message at run time, or the escape of its syntax's own sign:
a printf conversion (`PRINTF`), printf's percent sign "%%", a brace field of Python's, .NET's or
ICU's ("{0}", "{name}", "{0:.2f}"), a shell's or a regular expression's "$1", "$name", "${name}".
"%%" is tried first, so that "%%d" is the sign and a letter. The one recogniser every check that
reads words or quotes shares: a placeholder is code, and its letters ("d" of "%d", "s" of "%2$s")
are no word of the text."""


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text`'s placeholders (`PLACEHOLDER`); none looked for in a text without
    their signs (most segments)."""
    if "%" not in text and "{" not in text and "$" not in text:
        return []
    return [m.span() for m in PLACEHOLDER.finditer(text)]


def mask_addresses(text: str) -> str:
    """`text` with its addresses blanked to spaces, spans kept: "…/2006/03/msg00023.html" is
    an address that `url-email` compares, not the numbers 2006 and 3."""
    if "://" not in text and "@" not in text and "www." not in text and "WWW." not in text:
        return text  # most segments: no address, and no copy made
    return ADDRESS.sub(lambda m: " " * len(m.group()), text)
