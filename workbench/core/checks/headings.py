"""Whether a segment is a heading of running text: a line with no end mark that titles prose.

Russian sets no full stop after a heading or a headline (А. Э. Мильчин, «Справочник издателя и
автора»: «точка в конце заголовка не ставится»), so a stop the translation adds to one is a
slip `punctuation-end` reports. Most English lines without a stop that gain one in translation
are no headings, though: an interface's labels and tooltips, list items, sentences whose source
lost its stop, a reference's last field. A heading is told from them by where it stands and how
it is written, never by its words:

- it is one short line (at most `MOST_WORDS` words), one sentence at most, opening with a
  capital, without a list marker, a colon or the signs of code and markup;
- it opens its document (a headline: "An old rule of cuisine is explained by chemistry" above
  the article), or it is written in title case ("The Discovery of a New Phenomenon",
  "Introduction") in the middle of one;
- the text around it is prose: most of the sources of the segments near it end with a mark
  that closes a sentence. A run of labels without stops ("Activate Window Demanding
  Attention" among other shortcuts' names) is a list, whose style the translation may change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.project import Segment

MOST_WORDS = 12
"""The longest heading read as one, in words: news headlines and section titles run to about a
dozen (the student-translations set's longest has twelve); a longer line without a stop is a
sentence that lost it far more often."""

REACH = 5
"""How many segments on each side are read to tell prose from a list of labels."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_CLOSED = re.compile(r"[.!?…][\s\"'»”’)\]*]*$")
"""A text that ends a sentence: a full stop, a question or an exclamation, an ellipsis, with the
closing quotes and brackets after it."""
_OPEN_END = re.compile(r"[^\W_][\s\"'»”’)\]]*$")
"""A text whose last mark is a letter or a digit: no end mark at all."""
_INNER_BREAK = re.compile(r"[.!?…][ \u00a0]+\S")
_NOT_A_HEADING = re.compile(r"[:;|`{}<>\[\]=#@/\\]|^\s*(?:[-*+•]|\(?[0-9]{1,3}(?:\.[0-9]+)*[.)]|[a-z][)])\s")
"""A colon or a semicolon (a label and its description, a list's lead-in), a table's bar, the
signs of code, markup and addresses, or a list's or section's marker at the start."""
_SHORT_WORD = 3
"""Words of up to three letters ("of", "a", "and", "the", "for") stay small in English title case."""


def _title_case(text: str) -> bool:
    """Whether every word longer than `_SHORT_WORD` letters opens with a capital, and there are
    two such words or the line is one word ("Introduction")."""
    words = _WORD.findall(text)
    long = [w for w in words if len(w) > _SHORT_WORD]
    if len(words) == 1:
        return words[0][0].isupper()
    return len(long) >= 2 and all(w[0].isupper() for w in long)


def _heading_shape(source: str) -> bool:
    text = source.strip()
    if not text or "\n" in text or not _OPEN_END.search(text) or _NOT_A_HEADING.search(text):
        return False
    words = _WORD.findall(text)
    return 0 < len(words) <= MOST_WORDS and words[0][0].isupper() and not _INNER_BREAK.search(text)


def _among_prose(segments: Sequence[Segment], k: int) -> bool:
    """Whether most segments within `REACH` of the `k`-th, in its document, end a sentence."""
    document = segments[k].document_id
    near = [seg.source for seg in (*segments[max(0, k - REACH):k], *segments[k + 1:k + 1 + REACH])
            if seg.document_id == document and seg.source.strip()]
    closed = sum(_SENTENCE_CLOSED.search(source.rstrip()) is not None for source in near)
    return bool(near) and 2 * closed >= len(near)


def is_heading(segments: Sequence[Segment], k: int) -> bool:
    """Whether the `k`-th of `segments` is a heading of running text (see the module)."""
    seg = segments[k]
    if not _heading_shape(seg.source):
        return False
    opens = k == 0 or segments[k - 1].document_id != seg.document_id
    return (opens or _title_case(seg.source)) and _among_prose(segments, k)
