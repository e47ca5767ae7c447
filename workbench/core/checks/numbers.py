"""`number-mismatch`: the numbers of the source and the target differ as values.

Reading and pairing are the core number reader's (`workbench.core.number_reader`):
both sides are read into tokens with roles (a count, a month, a time of day, a
decade), compared as multisets, with number words, names and unit conversions
standing in for what is left. This module only turns what is left over into a
finding whose message explains it ("300 thousand ≠ 300 million") and names
the conversions it assumed ("3 p.m. = 15:00 (12-hour clock)").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from decimal import Decimal

from workbench.core.checks.base import CheckContext, CheckSpec, Finding, register, strung_together
from workbench.core.checks.doubled_numbers import DOUBLED_NUMBER, said_once
from workbench.core.checks.enumerators import enumerators, without_enumerators
from workbench.core.checks.glosses import named_as_often
from workbench.core.checks.textutil import ADDRESS, PRINTF, mask_addresses
from workbench.core.checks.transliteration import designation_key
from workbench.core.number_reader import (
    NUMBER,
    NumberComparison,
    NumberReader,
    NumberToken,
    compare,
    readers,
    sentence,
    wording,
)
from workbench.core.project import Segment
from workbench.tags import mask_tags
from workbench.wording import N_, phrase

SPECS = (
    CheckSpec(
        "number-mismatch",
        "error",
        N_("numbers differ"),
        "A number in the source is missing or different in the target, or the reverse.",
    ),
)

def _part(ctx: CheckContext, checks: frozenset[str], part: slice) -> list[Finding]:
    """The findings over a run of segments, each weighed against its neighbours in the whole
    project (a run's first and last segments have neighbours past its ends)."""
    return list(_walk(ctx, range(len(ctx.segments))[part]))


def _walk(ctx: CheckContext, indexes: range) -> Iterator[Finding]:
    # The readers of the language pair, shared by every run of segments this process takes
    # (`parallel`): each keeps the values of the pieces of digits it has read.
    source_reader, target_reader = readers(ctx.source_lang, ctx.target_lang)
    segments = ctx.segments
    for index in ctx.walk(indexes):
        seg = segments[index]
        if not seg.target.strip():
            continue  # `untranslated` says it better
        # Placeholders blanked to spaces: `⟦12⟧` is a tag, not the number 12; so are addresses.
        source, target = mask_addresses(mask_tags(seg.source)), mask_addresses(mask_tags(seg.target))
        result = compare(source, target, source_reader, target_reader)
        # What holds digits but counts nothing is set aside only where the numbers disagree:
        # most segments agree, and are not looked at again.
        if not result.agrees and ("%" in source or "%" in target):
            source, target = _without_printf(source), _without_printf(target)
            result = compare(source, target, source_reader, target_reader)
        if not result.agrees and ("](" in source or "](" in target):
            source, target = _without_link_addresses(source), _without_link_addresses(target)
            result = compare(source, target, source_reader, target_reader)
        if not result.agrees and _DOTTED_HINT.search(source) and _DOTTED_HINT.search(target):
            source, target = _first_naming(source, target, _DOTTED)
            result = compare(source, target, source_reader, target_reader)
        if not result.agrees and "`" in source and "`" in target:
            source, target = _first_naming(source, target, _CODE)
            result = compare(source, target, source_reader, target_reader)
        target, result = _doubled_said_once(source, target, result, source_reader, target_reader)
        if not result.agrees:
            source, target, result = _names_set_aside(seg.source, source, target, result, source_reader,
                                                      target_reader)
        if not result.agrees and (_renumbered_throughout(segments, index) or _in_another_chapter(seg)):
            source, target = _without_label(source), _without_label(target)
            result = compare(source, target, source_reader, target_reader)
        if result.agrees and _NAME_HINT.search(seg.target) and _NAMED_NUMBER.search(seg.target):
            result = _renumbered_names(source, target)
        if result.extra and not result.missing and _RELATIVE_HINT.search(seg.source):
            result = _dated_relatively(result, source, source_reader)
        if result.missing and ("://" in seg.target or "www." in seg.target):
            result = _cited_by_address(result, seg.source, seg.target)
        result = _second_reading(result, source, target, source_reader, target_reader)
        result = _clock_said_as_digits(result)
        if result.agrees:
            yield from _percent_signs_lost(seg.position, source, target)
        else:
            yield finding(seg.position, result)


_LATIN_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9]")
_TOKEN = re.compile(r"\S+")
"""A token between spaces (tried once per token: a pattern around a digit would try every
letter of a long run without one)."""


def _copied_tokens_aside(original: str, source: str, target: str) -> tuple[str, str]:
    """Both texts with the tokens of Latin letters and digits the target copies from the source
    blanked to spaces, offsets kept: a library's shelfmark "Astron.582,10", which the Russian
    reader takes for the decimal 582.10 and the English for 582 and 10, is one name on both
    sides; and a piece of an address the target broke with a space ("…-9eb4- 2439cc#?c=0&m=0",
    which `url-email` and `whitespace` report), whose digits the address held in the source
    (`original`, before its addresses were masked).

    Each target token takes the first place of the source that holds it and no token taken
    before. Linear in the texts: a token goes on searching from where its last copy was found
    (the places before are taken, and stay taken), a token the source lacks is looked for once,
    and both texts are blanked in one pass at the end (a megabyte of «&#x22 …» was searched for
    from the source's start and both texts rebuilt at each copy: 10 s)."""
    cited = "\n".join(m.group() for m in ADDRESS.finditer(original)) \
        if "://" in original or "www." in original else ""
    taken = bytearray(len(source))  # 1 where a copy was blanked in the source
    after: dict[str, int] = {}  # where to go on searching the source for a token
    in_addresses: dict[str, bool] = {}
    source_spans: list[tuple[int, int]] = []
    target_spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(target):
        token = m.group().rstrip(".,;:!?)»”")
        if not (_DIGIT.search(token) and _LATIN_LETTER.search(token)) or "`" in token:
            continue  # inline code: `_first_naming` pairs it
        size = len(token)
        at = source.find(token, after.get(token, 0))
        while at >= 0 and taken.find(1, at, at + size) >= 0:
            at = source.find(token, at + 1)
        after[token] = at + size if at >= 0 else len(source) + 1
        if at < 0:
            if size < 8 or not cited:
                continue
            if token not in in_addresses:
                in_addresses[token] = token in cited  # no address holds a line break
            if not in_addresses[token]:
                continue
        else:
            taken[at:at + size] = b"\x01" * size
            source_spans.append((at, at + size))
        target_spans.append((m.start(), m.start() + size))
    return _blanked(source, sorted(source_spans)), _blanked(target, target_spans)


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` with each of its `spans` (in order, none overlapping) blanked to spaces."""
    if not spans:
        return text
    pieces, done = [], 0
    for start, end in spans:
        pieces += [text[done:start], " " * (end - start)]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _names_set_aside(original: str, source: str, target: str, result: NumberComparison,
                     source_reader: NumberReader, target_reader: NumberReader) -> tuple[str, str, NumberComparison]:
    """Both texts and their comparison with the digits of names set aside where they count
    nothing: tokens copied from the source (`_copied_tokens_aside`; `original` is the source
    before its addresses were masked), manual pages' sections (`_without_manual_sections`),
    code a translation leaves out (`_without_code_left_out`), a quoted label it leaves out
    (`_without_quoted_labels_left_out`), a name said again (`_names_said_once`), the numbers of a
    list's points (`_enumerators_aside`). Only numbers left out are looked at for
    `_without_code_left_out`, `_without_quoted_labels_left_out` and `_names_said_once`: a number
    changed is better said as one ("10 ≠ 11"), and a name's digit changed («слой 3» for layer "2")
    is another thing named (house rule D14)."""
    if _LATIN_LETTER.search(target) and _DIGIT.search(target):
        source, target = _copied_tokens_aside(original, source, target)
        result = compare(source, target, source_reader, target_reader)
    if _MANUAL_HINT.search(source + target):
        source, target = _without_manual_sections(source, target)
        result = compare(source, target, source_reader, target_reader)
    if result.missing and not result.extra and "`" in source:
        source = _without_code_left_out(source, target)
        result = compare(source, target, source_reader, target_reader)
    if result.missing and not result.extra and _QUOTED_LABEL_HINT.search(source):
        source = _without_quoted_labels_left_out(source, target, source_reader.lang, target_reader.lang)
        result = compare(source, target, source_reader, target_reader)
    if (not result.agrees and not (result.missing and result.extra)
            and _NAMED_HINT.search(source) and _NAMED_HINT.search(target)):
        source, target = _names_said_once(source, target)
        result = compare(source, target, source_reader, target_reader)
    if not result.agrees:
        source, target, result = _enumerators_aside(source, target, result, source_reader, target_reader)
    return source, target, result


def _enumerators_aside(source: str, target: str, result: NumberComparison, source_reader: NumberReader,
                       target_reader: NumberReader) -> tuple[str, str, NumberComparison]:
    """Both texts and their comparison with the numbers of inline list enumerators blanked
    (`enumerators`): "(1) provide …; (2) exclude …" as «предусмотреть …; исключить …», or as «1)
    …; 2) …», numbers the points, which a translation may number otherwise or not at all."""
    if ")" not in source and ")" not in target:
        return source, target, result
    spans = enumerators(source), enumerators(target)
    if not (spans[0] or spans[1]):
        return source, target, result
    source, target = without_enumerators(source, spans[0]), without_enumerators(target, spans[1])
    return source, target, compare(source, target, source_reader, target_reader)


def _without_printf(text: str) -> str:
    """`text` with its printf conversions blanked to spaces, offsets kept: their digits are an
    argument's position or a field's width ("%2$s", "%5d"), and a translation reorders "%s … %s"
    as «%2$s … %1$s» with the same numbers (none)."""
    return PRINTF.sub(lambda m: " " * len(m.group()), text)


_MANUAL_HINT = re.compile(r"[\w+]\([1-9][a-z]{0,4}\)")
_MANUAL_PAGE = re.compile(r"(?<![\w.+-])([A-Za-z_][\w.+-]*[\w+])\(([1-9][a-z]{0,4})\)")
"""A manual page by its name and section, "selinux(8)", "printf(3p)", "SSL_read(3ssl)": the
section is part of the page's name, not a count of the sentence."""
_WRITTEN_PAGE = re.compile(r"(?<![\w.+-])([A-Za-z_][\w.+-]*[\w+])\(([^()\s]{0,6})\)")
"""A page's name with what its brackets hold, whatever that is: "mini-dinstall()" has lost the
section of "mini-dinstall(1)"."""


def _without_manual_sections(source: str, target: str) -> tuple[str, str]:
    """Both texts with the sections of their manual page names (`_MANUAL_PAGE`) blanked to spaces,
    offsets kept: a "SEE ALSO" list ("getsebool(8), booleans(8)") names pages, which a
    translation may list in words, leave to the original, or (as catalogues do) put beside
    another part of the page. A page the other side names with another section ("ls(1)" as
    «ls(8)») is another page, and its section is still compared."""
    named = [{(m.group(1).casefold(), m.group(2)) for m in _WRITTEN_PAGE.finditer(text)} for text in (source, target)]

    def blank(text: str, other: set[tuple[str, str]]) -> str:
        def section(m: re.Match[str]) -> str:
            page = (m.group(1).casefold(), m.group(2))
            if page not in other and any(name == page[0] for name, _ in other):
                return m.group()  # the other side's page of this name has another section, or none
            return m.group(1) + " " * (m.end() - m.end(1))

        return _MANUAL_PAGE.sub(section, text)

    return blank(source, named[1]), blank(target, named[0])


_LINK_ADDRESS = re.compile(r"(?<=\]\()[^()\s]+(?=\)|[ \u00a0]+[\"'])")
"""A Markdown link's address, relative or not ("[Chapter 6](/course/chapter6)", «[Главе
6](../chapter6/1)»): a page's name, which a translated site may lay out otherwise."""


def _without_link_addresses(text: str) -> str:
    """`text` with its Markdown link addresses (`_LINK_ADDRESS`) blanked to spaces, offsets kept:
    the digits of a path name a page, not a number of the sentence; the link's text, which the
    reader sees, is still compared, and `url-email` compares the absolute addresses."""
    return _LINK_ADDRESS.sub(lambda m: " " * len(m.group()), text)


def _cited_by_address(result: NumberComparison, source: str, target: str) -> NumberComparison:
    """`result` without the source's numbers that the translation gives in a link's address: a
    document's number the translator turned into a link to it ("please refer to NIST 800-63B §
    5.1.3.1" as «см. [§ 5.1.3.1](https://pages.nist.gov/800-63-3/sp800-63b.html#ooba)»), which
    the reader follows to the same document. The number must stand whole in the address, not
    inside a longer one (addresses are blanked before the comparison, `mask_addresses`), and not
    in an address of the source's, which the translation copies with its digits."""
    cited, copied = (" ".join(m.group() for m in ADDRESS.finditer(text)) for text in (target, source))
    kept = tuple(t for t in result.missing if not (
        t.text.isdigit() and re.search(whole := rf"(?<!\d){t.text}(?!\d)", cited) and not re.search(whole, copied)))
    return result if len(kept) == len(result.missing) else replace(result, missing=kept)


_DOTTED_HINT = re.compile(r"[0-9]\.[0-9]+\.[0-9]")
_DOTTED = re.compile(r"(?<![\w.])[0-9]+(?:\.[0-9]+){2,}(?![\w]|\.[0-9])")
"""A version or an address in three parts or more ("2.0.0", "127.0.0.1"): the name of one thing,
not a count."""


_CODE = re.compile(r"(`+)[^`\n]*[0-9][^`\n]*\1(?!`)")
"""Inline code holding digits, as Markdown and reStructuredText mark it: a function with its
arity ("`quote/2`"), a call ("`sleep(100)`"), the name of one thing."""


_DIGITS = re.compile(r"[0-9]+")
_UNNAMED_DIGITS = re.compile(r"(?<![\w/.:-])[0-9]|(?<![\w])[/.:-][0-9]")
"""Digits in code that stand alone ("`1...n`", "`sleep(100)`", "`x = 3`"), not in a name: a value."""


def _without_code_left_out(source: str, target: str) -> str:
    """`source` with its inline code (`_CODE`) whose digits are all part of names blanked to
    spaces, offsets kept, where the translation has no code like it: the code names a thing
    ("the `is_even/1` function", "`Enum.map/2`", "`utf8`"), and a translation that leaves the
    mention out with its clause has dropped a name, not misread a number. Code with a value in
    it ("`1...n`", "`sleep(100)`": `_UNNAMED_DIGITS`), code the translation writes with other
    digits ("`Enum.map/2`" as «`Enum.map/3`»: the same code but its digits), and code it copies
    out of its quotes are still compared."""
    skeletons = {_DIGITS.sub("0", m.group()) for m in _CODE.finditer(target)}

    def left_out(m: re.Match[str]) -> str:
        code = m.group()
        if _UNNAMED_DIGITS.search(code.strip("`")) or _DIGITS.sub("0", code) in skeletons or code.strip("`") in target:
            return code
        return " " * len(code)

    return _CODE.sub(left_out, source)


_QUOTED_LABEL_HINT = re.compile(r"[\"“«'‘][0-9]")
_QUOTED_LABEL = re.compile(r"(?<![\w-])([^\W\d_]+)[ \u00a0]([\"“«'‘])([0-9]+)([\"”»'’])(?![\w])")
"""A number alone in quotes after a word, the label a thing is named by: 'layer "2"', 'the
background "1" movement' (a number that counts is not quoted as a name is)."""
_VALUE_BEFORE = frozenset({
    "to", "is", "are", "was", "be", "been", "as", "of", "from", "by", "at", "than", "with", "into", "or", "and",
    "enter", "type", "press", "write", "set", "use", "equals", "choose", "select", "returns", "return"})
"""Words after which a quoted number is a value given, typed or compared ('set it to "5"', 'type
"0"', 'is "1"'), not the name of a thing: a value left out is an error whatever its quotes."""


def _without_quoted_labels_left_out(source: str, target: str, source_lang: str, target_lang: str) -> str:
    """`source` with each quoted label (`_QUOTED_LABEL`) whose number the target nowhere writes
    blanked to spaces, offsets kept: '…move layer "2" to the left' as «…слой мы передвинем влево»
    refers to the layer without its name, as a translation says «его» or «фон» for it, and leaves
    no value out (house rule D14). Called only where numbers are left out and none added: a label
    the translation writes with another number («слой 3») names another thing, and stays a
    finding; one it keeps is paired as any number. Nor is a label set aside where the target names
    its thing fewer times than the source says the word before it (`named_as_often`, where the
    pair has a word list): 'Background layer number two is more distant than trees on layer "1"'
    as «Слой фона с цифрой 2 находится дальше» has dropped the second layer with its clause (D3),
    not referred to it without its name."""
    written = set(_DIGITS.findall(target))

    def left_out(m: re.Match[str]) -> str:
        if m.group(3) in written or m.group(1).casefold() in _VALUE_BEFORE:
            return m.group()
        if named_as_often(m.group(1), source, target, source_lang, target_lang) is False:
            return m.group()
        return m.group(1) + " " * (m.end() - m.end(1))

    return _QUOTED_LABEL.sub(left_out, source)


def _first_naming(source: str, target: str, name: re.Pattern[str]) -> tuple[str, str]:
    """Both texts with every naming of one thing (`name`: a dotted version or address,
    `_DOTTED`; inline code, `_CODE`) after its first blanked to spaces, offsets kept, where both
    sides name it: a translation names a version or a function again or refers back to it («в
    неё», «с её помощью»), as its sentences need ("support for 2.0.0 has ended … backported to
    2.0.0, … release of 2.0.0" as «Поддержка Ruby 2.0.0 … в 2.0.0»; "`quote/2` … Using
    `quote/2`" as «`quote/2`. С её помощью»), and names the same thing no fewer or more times for
    it. A version or code only one side names is still compared."""
    named = [Counter(m.group() for m in name.finditer(text)) for text in (source, target)]
    both = {name for name in named[0] if named[1][name]}
    if not both:
        return source, target

    def blank(text: str) -> str:
        seen: set[str] = set()
        parts: list[str] = []
        last = 0
        for m in name.finditer(text):
            if m.group() in both:
                if m.group() in seen:
                    parts += [text[last:m.start()], " " * len(m.group())]
                    last = m.end()
                seen.add(m.group())
        return "".join(parts) + text[last:]

    return blank(source), blank(target)


_NAMED_HINT = re.compile(r"[A-ZА-ЯЁ][^\W\d_]*[-‑ \u00a0][0-9]")
_NAMED = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][^\W\d_]*[-‑ \u00a0]([0-9]+)(?![0-9]|[.,][0-9]|[^\W\d_])")
"""A number in a name, after a capitalised word: "the Top 10", «Топ-10», "Windows 10", "Python 3"."""


def _names_said_once(source: str, target: str) -> tuple[str, str]:
    """Both texts with each number of a name (`_NAMED`) that both sides name blanked to spaces
    after its first, offsets kept: the name is said as often as each language's sentences need
    ("for the Top 10 … each Top 10 category … ordered the Top 10 … each new Top 10 release" as
    «для списка Топ-10 … угрозы … с каждым выпуском Топ-10»: a translation says "the list" or
    «их» for it), which counts the name, not a number. A name the other side writes with
    another number is still compared, and so is a number neither side names."""
    named = [Counter(m.group(1) for m in _NAMED.finditer(text)) for text in (source, target)]
    both = {number for number in named[0] if named[1][number]}
    if not both or all(named[0][n] == named[1][n] for n in both):
        return source, target

    def blank(text: str) -> str:
        seen: set[str] = set()

        def again(m: re.Match[str]) -> str:
            number = m.group(1)
            if number not in both or number not in seen:
                seen.add(number)
                return m.group()
            return m.group()[:m.start(1) - m.start()] + " " * len(number)

        return _NAMED.sub(again, text)

    return blank(source), blank(target)


_NUMBERING = re.compile(r"\s*([A-ZА-ЯЁ][^\W\d_]{2,}[ \u00a0]+)?[0-9]+(?:\.[0-9]+)*\.(?=[ \u00a0]+[^\W\d_])")
"""A label's number opening a heading or a caption, with or without the label's word: "4.9.",
"Chapter 17.", «Таблица 16.8.». The stop after it is what makes it a label: "Version 2.5 adds"
and "10 files" open with a number that is part of the sentence (and "In 2005." with a short
word, a preposition)."""


_RENUMBERED_REACH = 10
"""How many segments apart two renumbered labels may stand and still show the document's
numbering: about a section's headings and captions."""


def _renumbered_throughout(segments: Sequence[Segment], index: int) -> bool:
    """Whether the segment at `index` has a heading's or caption's label the translation numbers
    otherwise, and another segment nearby is renumbered too
    ("Chapter 17." as «Глава 16.», "19.2." as «18.2.» a few headings on). A translated manual
    built from another edition, or with parts of its own, numbers its chapters, sections, tables
    and figures otherwise all through: those labels are the document's, not the sentences'. A
    label alone with another number among headings numbered as the source's is a slip, and
    stays a finding."""
    if not _renumbered(segments[index]):
        return False
    low, high = max(0, index - _RENUMBERED_REACH), min(len(segments), index + _RENUMBERED_REACH + 1)
    return any(_renumbered(segments[k]) for k in range(low, high) if k != index)


def _in_another_chapter(seg: Segment) -> bool:
    """Whether both sides open with a caption's label, its word and its number, whose number keeps
    its last part and changes its chapter's ("Table 17.8." as «Таблица 16.8.», "Figure 22.1." as
    «Рисунок 20.1.»): the eighth table of its chapter in a translation whose chapters are
    numbered otherwise (another edition, chapters of its own), the document's numbering, which
    its neighbours may not show. A caption given another last part ("Table 17.8." as «Таблица
    17.9.») is another table, and stays a finding; so is a bare section number."""
    source, target = _label(seg.source), _label(seg.target)
    if source is None or target is None or not (source.group(1) and target.group(1)):
        return False
    one, two = _label_number(source).split("."), _label_number(target).split(".")
    return len(one) == len(two) >= 2 and one[0] != two[0] and one[1:] == two[1:]


def _renumbered(seg: Segment) -> bool:
    """Whether both sides open with a label (`_NUMBERING`) and their numbers differ."""
    source, target = _label(seg.source), _label(seg.target)
    return source is not None and target is not None and _label_number(source) != _label_number(target)


_LABEL_REACH = 48
"""How far into a text a label's stop stands at most: a word such as «Приложение», then "12.3.4."."""


def _label(text: str) -> re.Match[str] | None:
    """The label opening `text` (`_NUMBERING`), looked for only where a stop stands near its start
    (a test in C: most segments open with no label)."""
    return _NUMBERING.match(text) if text.find(".", 0, _LABEL_REACH) >= 0 else None


def _label_number(label: re.Match[str]) -> str:
    return _LABEL_DIGITS.findall(label.group())[0].rstrip(".")


_LABEL_DIGITS = re.compile(r"[0-9][0-9.]*")


def _without_label(text: str) -> str:
    """`text` with its label's number blanked to spaces, offsets kept."""
    label = _label(text)
    return text if label is None else " " * label.end() + text[label.end():]


_RELATIVE_HINT = re.compile(r"later|earlier|before|after|next|following|previous|preceding", re.IGNORECASE)
"""A word of `_RELATIVE_TIME` (a search in C before it)."""
_RELATIVE_TIME = re.compile(
    r"\b(?:(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})[ \u00a0]+(centur(?:y|ies)|decades?|years?)"
    r"[ \u00a0]+(later|after(?:wards)?|earlier|before)|the[ \u00a0]+(next|following|previous|preceding)[ \u00a0]+"
    r"(century|decade|year))\b", re.IGNORECASE)
"""A time told from another the sentence gives: "a century later", "two years earlier", "the
following year"."""
_RELATIVE_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                    "eight": 8, "nine": 9, "ten": 10}
_RELATIVE_STEPS = {"century": (1, 100), "centuries": (1, 100), "decade": (10,), "decades": (10,), "year": (1,),
                   "years": (1,)}
"""What one unit of a relative time adds to a number: a century to an ordinal century ("the 14th
century") or 100 to a year, a decade or a year to a year."""
_BACKWARDS = frozenset({"earlier", "before", "previous", "preceding"})


def _dated_relatively(result: NumberComparison, source: str, reader: NumberReader) -> NumberComparison:
    """`result` without the numbers the target adds that resolve a relative time of the source
    against a number it gives: "from the 14th century … a century later" as «с XIV века … в XV
    веке», "in 1990 … two years later" as «в 1992 году». The translator said the date the source
    implies; a number added that no relative time of the source yields is still reported."""
    offsets: set[int] = set()
    for m in _RELATIVE_TIME.finditer(source):
        count, unit, direction = (m.group(1), m.group(2), m.group(3)) if m.group(2) else ("a", m.group(5), m.group(4))
        n = int(count) if count.isdigit() else _RELATIVE_COUNTS[count.casefold()]
        sign = -1 if direction.casefold() in _BACKWARDS else 1
        offsets.update(sign * n * step for step in _RELATIVE_STEPS[unit.casefold()])
    # every reading of every number of the source, not only the unambiguous ones: "the 14th
    # century" is also the 1300s and 1400 years (`number_reader._centuries`), and a century later
    # is still the 15th
    given = {value for token in reader.read(source) + reader.words(source)
             for role, value in token.readings if role == NUMBER}
    kept = tuple(t for t in result.extra
                 if not any(role == NUMBER and value - offset in given for role, value in t.readings for offset in offsets))
    return replace(result, extra=kept) if len(kept) < len(result.extra) else result


_NAME_HINT = re.compile("[-‑][0-9]")
"""A hyphen before a digit, which every name of `_NAMED_NUMBER` has: a search that skips in C to
its first character, where `_NAMED_NUMBER` would be tried at every letter of the target."""
_NAMED_NUMBER = re.compile(r"(?<![\w-])([^\W\d_]*[A-ZА-ЯЁ][^\W\d_]*)[-‑](\d+(?:\.\d+)*)(?![\w-]|\.\d)")
"""A name with a number in it, "GPL-2", "COVID-19", «Ту-154» (the reader's names, whose digits
are no count)."""


def _renumbered_names(source: str, target: str) -> NumberComparison:
    """A name the translation writes with another number than the source ("under GPL-2" as
    «с лицензией GPL-3»): its digits count nothing, so the reader pairs them with nothing, but
    the same name with another number is another thing (a licence, a version, an aircraft).
    Only a name both sides write, each with a number the other lacks, is reported: a name the
    translation leaves out or says in words («коронавирус» for "COVID-19") is no renumbering.
    A name is the same in either alphabet (`designation_key`): "BN-800" is «БН-800», and «БН-600»
    for it is another reactor."""
    found: dict[str, tuple[Counter[str], Counter[str]]] = {}
    written: dict[str, tuple[list[re.Match[str]], list[re.Match[str]]]] = {}
    for side, text in enumerate((source, target)):
        for m in _NAMED_NUMBER.finditer(text):
            name = designation_key(m.group(1))
            found.setdefault(name, (Counter(), Counter()))[side][m.group(2)] += 1
            written.setdefault(name, ([], []))[side].append(m)
    missing: list[NumberToken] = []
    extra: list[NumberToken] = []
    for name, (in_source, in_target) in found.items():
        lost, added = in_source - in_target, in_target - in_source
        if lost and added:
            missing += _named_tokens(written[name][0], lost)
            extra += _named_tokens(written[name][1], added)
    return NumberComparison(tuple(missing), tuple(extra))


def _named_tokens(written: list[re.Match[str]], numbers: Counter[str]) -> list[NumberToken]:
    """The tokens of one name (`written`: where a side writes it, in text order) with each of
    `numbers`, whole ("GPL-2"), as many times as `numbers` counts each. The places are kept from
    the one reading of the text: reading it again for each renumbered name took minutes for a
    text of thousands of them."""
    left = Counter(numbers)
    tokens: list[NumberToken] = []
    for m in written:
        if left[m.group(2)] > 0:
            left[m.group(2)] -= 1
            tokens.append(NumberToken(m.group(), m.start(), m.end(), frozenset({(NUMBER, Decimal(m.group(2)))}),
                                      kind="name"))
    return tokens


def _second_reading(result: NumberComparison, source: str, target: str, source_reader: NumberReader,
                    target_reader: NumberReader) -> NumberComparison:
    """`result` with what the first comparison reads too narrowly or not at all: a slashed pair
    given as its two numbers set aside (`_slashed_alternatives`), a series the translation
    carries on to "and so on" set aside (`_series_carried_on`), and the designations the target
    adds whole put in (`_designations_added`); each looked at only where substring tests in C
    say it may be there."""
    if result.missing and result.extra and ("/" in source or "/" in target):
        result = _slashed_alternatives(result, source, target, source_reader, target_reader)
    if len(result.extra) >= 2 and _AND_SO_ON_HINT.search(target):
        result = _series_carried_on(result, target, target_reader)
    if _DESIGNATION_HINT.search(target):
        result = _designations_added(result, source, target, source_reader)
    return result


def _doubled_said_once(source: str, target: str, result: NumberComparison, source_reader: NumberReader,
                       target_reader: NumberReader) -> tuple[str, NumberComparison]:
    """The target and `result` with a number the target writes twice in a row read once («принять
    12 12 законов»): `repeated-word` reports the slip, which is no number added."""
    if result.agrees or not DOUBLED_NUMBER.search(target):
        return target, result
    target = said_once(source, target)
    return target, compare(source, target, source_reader, target_reader)


_CLOCK_DIGITS = re.compile(r"[0-9]{3,4}")


def _clock_said_as_digits(result: NumberComparison) -> NumberComparison:
    """`result` without a time of day a transcript's source writes as its digits run together
    ("603 right now on this Wednesday morning") and the translation as a time («Сейчас 6:03»):
    speech read by a machine loses the colon the speaker said. Paired where the digits read as
    hours and minutes (the last two under 60) give the target's time, or the same twelve hours
    later ("603" for 18:03)."""
    if not (result.missing and result.extra):
        return result
    extra = list(result.extra)
    missing: list[NumberToken] = []
    for token in result.missing:
        partner = None
        hours, minutes = divmod(int(token.text), 100) if _CLOCK_DIGITS.fullmatch(token.text) else (24, 0)
        if hours < 24 and minutes < 60:
            times = {Decimal(hours * 60 + minutes), Decimal((hours + 12) * 60 + minutes)}
            partner = next((t for t in extra if t.kind == "time"
                            and any(role == "time" and value in times for role, value in t.readings)), None)
        if partner is None:
            missing.append(token)
        else:
            extra.remove(partner)
    return replace(result, missing=tuple(missing), extra=tuple(extra))


_AND_SO_ON_HINT = re.compile(r"т\. ?[дп]\.|так далее|etc\.|and so on", re.IGNORECASE)
_AND_SO_ON = re.compile(r"(?:[^.;:!?]|\.(?=[ \u00a0]*[a-zа-яё])){0,40}?(?:\bи[ \u00a0]+(?:т\.[ \u00a0]?[дп]\.|так[ \u00a0]+далее)|\betc\.|\band[ \u00a0]+so[ \u00a0]+on\b)",
                        re.IGNORECASE)
""""And so on" closing a series, near its last number in the same sentence (an abbreviation's stop
before a small letter is no sentence's end): «… 3 тыс. запросов и т. д.», "3, 4, etc."."""


def _series_carried_on(result: NumberComparison, target: str, reader: NumberReader) -> NumberComparison:
    """`result` without the numbers the target adds that carry on, step by equal step, a series
    from a number it keeps, up to an "and so on" (`_AND_SO_ON`): "each node adds around 1,000
    requests" worked out as «один узел — 1 тыс. запросов, два — 2 тыс., три — 3 тыс. и т. д.». The
    translator spelt out the steps the source implies; a number added with no such close, out of
    step, or not following a kept number is still reported."""
    added = sorted(result.extra, key=lambda t: t.start)
    if any(len(t.values) != 1 for t in added):
        return result  # a value read more than one way is no step of a series
    steps = [min(t.values) for t in added]
    step = steps[1] - steps[0]
    if step <= 0 or any(b - a != step for a, b in zip(steps, steps[1:], strict=False)):
        return result
    if _AND_SO_ON.match(target, added[-1].end) is None:
        return result
    spans = {t.span for t in added}  # by place: a list's `in` compared every token with every other
    kept = {v for t in reader.read(target) if t.span not in spans for v in t.values}
    return replace(result, extra=()) if steps[0] - step in kept else result


_SLASHED_PAIR = re.compile(r"([0-9]+)/([0-9]+)")
_PART_OF = re.compile(r"[ \u00a0]+(?:of|из|от)(?![^\W\d_])", re.IGNORECASE)
"""What follows a fraction of a whole: "2/3 of the population", «2/3 от общего числа»."""


def _slashed_alternatives(result: NumberComparison, source: str, target: str, source_reader: NumberReader,
                          target_reader: NumberReader) -> NumberComparison:
    """`result` without a slashed pair of whole numbers one side reads as a fraction and the
    other writes as its two numbers: "in grades 2/3" as «учащихся 2 и 3 классов». A slash between
    two numbers is also "and" or "or" (grades, pages, versions, "24/7"), and a translation that
    gives both numbers has kept them (one of them may have paired with a number word already:
    «2» with "secondary"). A fraction of a whole ("2/3 of the population": `_PART_OF`), one said
    as another fraction («3/4», «три четверти») or with one of its numbers only is still
    compared."""
    kept: tuple[list[NumberToken], list[NumberToken]] = ([], [])
    used: tuple[Counter[Decimal], Counter[Decimal]] = (Counter(), Counter())
    sides = ((0, result.missing, source, target, target_reader), (1, result.extra, target, source, source_reader))
    for side, tokens, text, other_text, other_reader in sides:
        written: Counter[Decimal] | None = None  # the other side's plain numbers, read once if needed
        for token in tokens:
            m = _SLASHED_PAIR.fullmatch(token.text)
            if m is None or _PART_OF.match(text, token.end) or m.group(1) == m.group(2):
                kept[side].append(token)
                continue
            if written is None:
                written = Counter(min(t.values) for t in other_reader.read(other_text)
                                  if t.kind == "number" and len(t.values) == 1)
            parts = [Decimal(g) for g in m.groups()]
            if not all(written[part] > 0 for part in parts):
                kept[side].append(token)
                continue
            for part in parts:  # each two numbers stand for one slashed pair
                written[part] -= 1
                used[1 - side][part] += 1
    if len(kept[0]) == len(result.missing) and len(kept[1]) == len(result.extra):
        return result
    return replace(result, missing=_without_parts(kept[0], used[0]), extra=_without_parts(kept[1], used[1]))


def _without_parts(tokens: list[NumberToken], used: Counter[Decimal]) -> tuple[NumberToken, ...]:
    """`tokens` without as many plain numbers of each value as `used` counts (the parts of the
    slashed pairs the other side gives as two numbers)."""
    left: list[NumberToken] = []
    for token in tokens:
        if token.kind == "number" and len(token.values) == 1 and used[value := min(token.values)] > 0:
            used[value] -= 1
            continue
        left.append(token)
    return tuple(left)


_DESIGNATION_HINT = re.compile(r"[-‑A-Z][0-9]")
"""A hyphen or a Latin capital before a digit, which every designation of `_DESIGNATION` and
every code of `_CODE_NUMBER` has: a search in C before the texts are read again, led by a small
set of characters (one led by any letter took ten times as long: 0.7 s over the
checks bench's 100,000 targets)."""
_DESIGNATION = re.compile(r"(?<![\w-])[^\W\d_][\w]*[-‑]([0-9]+)(?:[^\W\d_]+[0-9]*)?(?![\w-])")
"""A name with the number of its version, model or design after a hyphen: "MCNP-4B", «АЭС-2006»,
"Ту-154", "GPL-3"."""
_CODE_NUMBER = re.compile(r"(?<![\w-])[A-Z]{1,4}([0-9]+)(?![\w-])")
"""A code of Latin capitals and the number that ends it: a spreadsheet's cell "B246", a tool's
placeholder "NL1", a key "F5", a paper size "A4" (not "P2P", "MP3s", «И1», "v8": a number inside a
word, a plural, other letters, a small one are a name's spelling)."""


def _designations_added(result: NumberComparison, source: str, target: str, source_reader: NumberReader) -> NumberComparison:
    """`result` with each designation (`_DESIGNATION`) or code (`_CODE_NUMBER`) the target adds
    whole: neither its name nor its number has a trace in the source, the digits nowhere in its
    text, the value not among its numbers or number words («расчёт по MCNP-4B» where the source
    names no code, «системы … проекта АЭС-2006» where it names no design, a cell «+B246» or a
    placeholder «[NL1]» left in by a tool). The reader pairs a name's digits with nothing, since
    they count nothing; but a version, model, design or reference the translation adds says what
    the source does not. A designation the source writes in its own alphabet ("V-392M" as
    «В-392М»), in words, or by its name alone ("COVID cases" as «больных COVID-19», the same thing
    named in full) has a trace, and is left alone; a name of one letter ("(b)" beside «B246») is
    no trace. Only what the target adds is read: a source's name left out is most often said in
    general words ("on the po4a command line" as «в командной строке») or given the local one
    ("APP-11" as «152-ФЗ»), which the QA sets' readers label clean."""
    digits = set(_DIGIT_RUN.findall(source))
    added = sorted((m for pattern in (_DESIGNATION, _CODE_NUMBER) for m in pattern.finditer(target)
                    if m.group(1) not in digits), key=lambda m: m.start())
    if not added:
        return result  # most designations: their digits stand in the source too
    names = {designation_key(word) for word in _NAME_WORD.findall(source)}
    added = [m for m in added if len(name := m.group()[:m.start(1) - m.start()].rstrip("-‑")) < 2
             or designation_key(name) not in names]
    values = {value for t in source_reader.read(source) + source_reader.words(source) for _, value in t.readings}
    extra = [NumberToken(m.group(), m.start(), m.end(), frozenset({(NUMBER, Decimal(m.group(1)))}), kind="name")
             for m in added if Decimal(m.group(1)) not in values
             and not any(t.start <= m.start(1) < t.end for t in result.extra)]  # the reader's (`compare`)
    return replace(result, extra=(*result.extra, *extra)) if extra else result


_NAME_WORD = re.compile(r"[^\W_]+")
_DIGIT_RUN = re.compile(r"[0-9]+")


_PERCENTAGE = re.compile(r"(?<![\w.,])([0-9]+(?:[.,][0-9]+)?)[ \u00a0\u202f]?%")
_SAID_AS_PERCENT = re.compile(r"[ \u00a0\u202f]?(?:%|[-‑]?процент|проц\.|п\.[ \u00a0]?п\.)", re.IGNORECASE)
"""What makes a number a percentage in a Russian target: the sign, the word, its adjective
(«99-процентное»), a percentage point."""
_SHARED_SIGN = re.compile(r"[ \u00a0\u202f]*(?:[-–—,]|до|и|или|либо)[ \u00a0\u202f]*[0-9]+(?:[.,][0-9]+)?"
                          r"[ \u00a0\u202f]?(?:%|процент|проц\.)", re.IGNORECASE)
"""The other end of a range or the next value of a list that carries the sign for both: «от 5 до 10 %»,
«7,5 и 14,2 процента»."""


def _percent_signs_lost(position: int, source: str, target: str) -> Iterator[Finding]:
    """A `number-mismatch` finding for each percentage of the source the target writes as a bare
    number ("below 7.5% for sodium" as «не превышает по натрию 7,5»): the reader pairs the value,
    but without its sign it is another quantity (7.5 degrees, 7.5 times). A value the target
    says as a percentage anywhere, as a fraction («0,075»), in words («половина»), or whose sign
    the next value of a range or list carries («от 5 до 10 %»), is no loss."""
    if "%" not in source:
        return
    lost: list[tuple[re.Match[str], re.Match[str]]] = []
    for m in _PERCENTAGE.finditer(source):
        value = m.group(1)
        shapes = "|".join(re.escape(v) for v in {value, value.replace(".", ","), value.replace(",", ".")})
        written = list(re.finditer(rf"(?<![\w.,])(?:{shapes})(?![0-9]|[.,][0-9])", target))
        if not written or any(_SAID_AS_PERCENT.match(target, w.end()) or _SHARED_SIGN.match(target, w.end())
                              for w in written):
            continue
        lost.append((m, written[0]))
    if lost:
        said = phrase(N_("{differences}."), differences=tuple(
            phrase(N_("“{source}” in the source is “{target}” in the target, without its percent sign"),
                   source=m.group(), target=bare.group()) for m, bare in lost))
        yield Finding(position, "number-mismatch", "error", sentence(said), source_spans=tuple(m.span() for m, _ in lost),
                      target_spans=tuple(bare.span() for _, bare in lost), wording=said)


@register("numbers", SPECS, part=_part, finish=strung_together)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    return _walk(ctx, range(len(ctx.segments)))


def finding(position: int, result: NumberComparison) -> Finding:
    """The `number-mismatch` finding for one segment's comparison."""
    said = wording(result)
    return Finding(
        position,
        "number-mismatch",
        "error",
        sentence(said),
        source_spans=tuple(t.span for t in result.missing),
        target_spans=tuple(t.span for t in result.extra),
        wording=said,
    )
