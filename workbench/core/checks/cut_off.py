"""Where an English source text stops in mid-sentence: `punctuation-end`'s reading of a source cut off.

House rule D9 (docs/qa.md): a translation may end with a stop a source sentence lacks, for it
mends the source's slip; but where the source is cut off mid-sentence, its clause unfinished or its
last word broken, the stop makes a fragment read as finished. A source is read as cut off when its
text stops

* on a word no sentence ends with (`_ENDS_ON_FUNCTION_WORD`): "… initiatives; and", "… who see
  problems with";
* on the one word that opens a new sentence (`_ONE_WORD_OPENED`): "… in language and customs. I";
* inside a word (`_broken_word`): "… and which is shift inva", the letters of no English word
  but the beginning of a common one;
* on a word with a note's number run into it where its stop should stand (`_glued_note`): "… in a
  rotating reference frame1".

A source that merely lacks its stop ("On your screen, you can see a clip") is no such text.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from workbench.core.checks.base import Span

_ENDS_ON_FUNCTION_WORD = re.compile(
    r"(?<![\w'’-])(the|an?|and|or|but|nor|of|with|from|into|than|because|whose|its|their|our|your|my)"
    r"(?![\"'»”’)\]])[\s\"'»”’)\]]*$",
    re.IGNORECASE,
)
"""An English text that stops on a word no sentence ends with (an article, a conjunction, a
preposition that takes its object after it, a possessive): "… various initiatives; and" before
the list's last item, "… which leads scientists who see problems with" where the sentence goes on
in the next segment. Particles that end phrasal verbs ("log in", "turn on") are left out. A
quotation or a bracket closed on the word ("Captain Shaw should be their”") ends where its writer
ended it, slip or not: no text cut off."""

_ONE_WORD_OPENED = re.compile(
    r"\b[a-z]{2,}[.!?…][\"'»”’)\]]*[ \u00a0]+"
    r"(I|We|He|She|They|It|The|An?|This|That|These|Those|And|But|Or|If|When|While|In|On|At|For|With|From"
    r"|My|Our|Your|His|Her|Their|Its)[ \u00a0]*$"
)
"""A text whose last sentence is one word that opens a clause and never stands alone (a subject
pronoun, an article, a conjunction, a preposition, a possessive), after a sentence closed by a
stop: "… despite differences in language and customs. I", the next sentence cut after its first
word. The stop must close a word in small letters, so "Dr. I" or "No. It" is no closed sentence."""

_LAST_WORD = re.compile(r"(?<![\w'’.@/-])([A-Za-z]+)([0-9]{0,3})[ \u00a0]*$")
"""The text's last word, in Latin letters, with up to three digits run into it ("frame1"); not
part of a path, an address, an option or a dotted name."""

_COMMON_WORDS = 50_000
"""How many of wordfreq's most common English words a broken word is looked up in (about zipf
2.5 and above: "invariant", "invalid")."""
_KNOWN = 2.0
"""wordfreq's zipf from which a text's last word is an English word, however rare ("codebases",
"transferables" have none but are English all the same: see `_broken_word`)."""
_COMMON = 3.5
"""wordfreq's zipf from which the word a note's number is run into is a common English word."""


@cache
def _common_words() -> tuple[str, ...]:
    """wordfreq's most common English words, sorted for a search by prefix; read on the first
    question (importing wordfreq takes a tenth of a second)."""
    from workbench.core.word_frequency import top_n

    return tuple(sorted(top_n("en", _COMMON_WORDS)))


@cache
def _zipf(word: str) -> float:
    from workbench.core.word_frequency import zipf

    return zipf(word, "en")


def _begins_a_common_word(letters: str) -> bool:
    """Whether a common English word begins with `letters` and is longer ("inva" of "invariant")."""
    words = _common_words()
    i = bisect.bisect_right(words, letters)
    return i < len(words) and words[i].startswith(letters)


def _broken_word(letters: str, target: str) -> bool:
    """Whether a last word in small letters is a word broken off: no English word (zipf below
    `_KNOWN`), but the beginning of a common one; and not in the target, where a copied name or
    code ("aaabbb", "xsltproc") stands as written. A rare word whole ("transferables") begins no
    longer common word, so it is no broken one."""
    return (len(letters) >= 3 and letters.islower() and letters not in target
            and _zipf(letters) < _KNOWN and _begins_a_common_word(letters))


def _glued_note(letters: str, digits: str, target: str) -> bool:
    """Whether a last word is a common English word with a note's number run into it ("frame1"),
    which the target leaves out: the text was cut where the sentence's stop and its note stood.
    A name made of a word and a number ("python3", "ext4") is copied into the target, and so is
    left."""
    return (bool(digits) and len(letters) >= 3 and letters.islower() and (letters + digits) not in target
            and _zipf(letters) >= _COMMON)


def cut_off(source: str, target: str) -> tuple[str, Span] | None:
    """The word at which an English `source` with no end mark stops in mid-sentence, and its span;
    None where its last sentence may be whole (module docstring)."""
    if (found := _ENDS_ON_FUNCTION_WORD.search(source)) is not None:
        return found.group(1), found.span(1)
    if (found := _ONE_WORD_OPENED.search(source)) is not None:
        return found.group(1), found.span(1)
    last = _LAST_WORD.search(source)
    if last is None:
        return None
    letters, digits = last.group(1), last.group(2)
    if (not digits and _broken_word(letters, target)) or _glued_note(letters, digits, target):
        return last.group(), (last.start(), last.start() + len(last.group().rstrip(" \u00a0")))
    return None
