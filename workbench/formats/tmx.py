"""TMX (Translation Memory eXchange): what OmegaT, memoQ and Trados exchange.

Reading accepts TMX 1.1 to 1.4b: language from `xml:lang` or the TMX 1.1
`lang` attribute, any encoding the XML declaration (or BOM) states, tags with
or without a namespace. It streams with `lxml.etree.iterparse`, clearing each
`tu` once read, so memory stays flat whatever the file size. A large file's
parts (`tmx_parts`) of plain units are read with a regular expression, the
parser's work done as XML prescribes (`_plain_part`), for a fraction of the
time; any other part is parsed. Parsing never
resolves entities, loads a DTD or touches the network; a file that declares
entities in an internal DTD subset (the billion-laughs and external-entity
attacks) is refused before its first unit, and a malformed or truncated file
raises `InputError` naming the file and line. libxml2's safety limits stay on
(no `huge_tree`): a single text over 10 MB or nesting deeper than 256 levels,
which no translation unit has, is refused as malformed rather than parsed.

Writing produces TMX 1.4b, one `tu` line at a time (lxml's incremental writer makes the frame; a
unit without inline codes is formatted as text, one with codes is an element serialised by libxml2,
and both give the bytes libxml2 gives): one `tu` per unit with `tuid`, `creationdate`/`changedate` in TMX's UTC form
`YYYYMMDDThhmmssZ`, `xml:lang` on every `tuv`, status and confidence as
`x-status`/`x-confidence` props and notes as `note`. `<`, `&` and `>` in text
are escaped (so `]]>` and markup-like text stay text), `\r` is written as
`&#13;` so that parsers do not turn it into a line feed, and whitespace inside
segments is written exactly as it is.

Characters XML 1.0 cannot hold at all (C0 controls other than tab, newline
and carriage return; lone surrogates; U+FFFE/U+FFFF) are *removed* on export
and counted in the `WriteReport`, which the CLI turns into a warning: they are
OCR and PDF-extraction debris (form feeds, NULs), never meaning, and refusing
the whole export over one of them would help nobody.

Inline codes
------------
Segments carry inline codes (`bpt`, `ept`, `ph`, `it`, `ut`, `hi`, with
their native code and any `sub` flow inside). Each becomes a numbered
placeholder in the text (`⟦1⟧`, `⟦/1⟧`, `⟦2/⟧`: see `workbench.tags`)
and its markup is kept whole in the unit's `codes`, so writing the unit
back gives the same markup for every placeholder still in the text. TMX
levels 1 (plain text) and 2 (inline codes) are read; level 2 is written. An
XLIFF 1.2 code with native code (`bpt`, `ept`, `ph`, `it`) is written in TMX's
element of that name (`_from_xliff1`). A placeholder with no kept markup
(typed by hand, or from an XLIFF's `g` or `x`) is written as a `bpt`/`ept` pair, an `it` when its other half is missing, or a
`ph`; text that merely looks like markup (`<b>`, `&amp;`) stays text.
"""

from __future__ import annotations

import io
import math
import os
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache, lru_cache, partial
from importlib import metadata
from itertools import accumulate, islice, starmap
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from lxml import etree
from lxml.etree import tostring

from termbase.languages import language_rank
from workbench.errors import InputError
from workbench.formats.base import (
    BitextFormat,
    TranslationUnit,
    UnitFields,
    UnitRows,
    UnitValues,
    WriteReport,
    atomic_binary_output,
)
from workbench.formats.inline_xml import (
    Vocabulary,
    declares_entities,
    escape_attr,
    escape_text,
    extract,
    reader_complaint,
    refuse_utf8_declared_otherwise,
)
from workbench.formats.offload import ordered_map
from workbench.tags import Code, InlineCodes, Numbering, Tag, find_tags, render
from workbench.wording import N_, phrase, phrase_n

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PROP_STATUS = "x-status"
PROP_CONFIDENCE = "x-confidence"
ADMIN_LANG = "en"

_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters that cannot appear in an XML 1.0 document, even escaped."""
_SYNTAX_POSITION = re.compile(r",? line \d+, column \d+$")


# -- dates -----------------------------------------------------------------


@lru_cache(maxsize=4096)
def format_tmx_date(moment: datetime) -> str:
    """TMX's UTC date form `YYYYMMDDThhmmssZ`; a naive datetime is taken to be UTC."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


MAX_DATE_CHARS = 64
"""The longest date attribute read: ISO 8601's longest form (offset with seconds and fractions)
is 42 characters; a longer value is no date, and is neither parsed (`fromisoformat` reads a
run of digits as a date) nor kept in `_parse_date`'s cache."""


def parse_tmx_date(value: str | None) -> datetime | None:
    """Read a TMX date (or an ISO 8601 one, which some tools write); None if unreadable.

    A bad date is metadata noise, not a reason to reject a translation unit.
    """
    if not value or len(value) > MAX_DATE_CHARS:
        return None
    return _parse_date(value)


@lru_cache(maxsize=4096)
def _parse_date(value: str) -> datetime | None:
    """`parse_tmx_date` of a value short enough to be a date, cached (a file repeats its dates)."""
    try:
        if len(value) == 16 and value[8] == "T" and value[15] == "Z":
            return datetime(
                int(value[0:4]),
                int(value[4:6]),
                int(value[6:8]),
                int(value[9:11]),
                int(value[11:13]),
                int(value[13:15]),
                tzinfo=UTC,
            )
        moment = datetime.fromisoformat(value)
        # an offset that carries the moment past year 1 or 9999 in UTC is no date either
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


# -- reading ---------------------------------------------------------------


@dataclass
class ReadCounts:
    """What a read skipped, filled in as the stream is consumed (for the import's warning)."""

    other_srclang: int = 0
    """Units whose `srclang` names another source language than the project's."""
    units: int = 0
    """Units read (`tu` elements), whatever their languages."""
    matched: int = 0
    """Units yielded: those with a variant in the source language."""
    dropped: int = 0
    """Attributes of the units yielded that were dropped, the unit kept: a date that is no
    date, a `creationid` or `changeid` longer than `MAX_PERSON_CHARS` (`_person`)."""

    def add(self, other: ReadCounts) -> None:
        """Count what `other` (a part's read) counted too."""
        self.other_srclang += other.other_srclang
        self.units += other.units
        self.matched += other.matched
        self.dropped += other.dropped


MAX_PERSON_CHARS = 256
"""The longest `creationid` or `changeid` kept: a name or a login, shown beside every match; a
longer one is no name (a file's damage or a hostile one) and is dropped, counted (`ReadCounts`)."""


def _date(value: str | None, counts: ReadCounts) -> datetime | None:
    """The date an attribute gives (`parse_tmx_date`); one that is there but no date is counted
    as dropped: a bad date is metadata noise, no reason to refuse the unit."""
    if not value:
        return None
    moment = parse_tmx_date(value)
    if moment is None:
        counts.dropped += 1
    return moment


def _person(value: str | None, counts: ReadCounts) -> str | None:
    """Who an attribute names (`creationid`, `changeid`), its runs of white space made one space
    (a name is one line beside a match; XML keeps a newline written `&#10;`); None when it is
    empty, or too long to be a name (counted as dropped)."""
    if not value:
        return None
    if len(value) > MAX_PERSON_CHARS:
        counts.dropped += 1
        return None
    return " ".join(value.split()) or None


def read_tmx(
    path: Path | str, source_lang: str, target_lang: str, counts: ReadCounts | None = None
) -> Iterator[TranslationUnit]:
    """Stream the units of a TMX file oriented `source_lang` -> `target_lang`.

    Every `tu` with a variant in the source language yields a unit; its
    target is empty when the `tu` has no variant in the target language.
    Variants are matched by `language_rank` (`ru-RU`, `RU`, `ru_RU` all fit
    `ru`; an exact tag wins over a regional one). A file whose units have no
    variant in the source language at all raises InputError listing the
    languages it does have, rather than importing nothing in silence.

    A `tu` whose `srclang` (other than `*all*`) is not the source language
    was translated the other way round: it is skipped and counted in
    `counts`, not read backwards.
    """
    counts = counts if counts is not None else ReadCounts()
    path = Path(path)
    if not path.is_file():
        raise InputError.worded(N_("{path}: no such file"), path=path)
    yield from starmap(TranslationUnit, _read(str(path), path, source_lang, target_lang, counts, whole=True))


def _read(
    source: Any, path: Path, source_lang: str, target_lang: str, counts: ReadCounts, *, whole: bool
) -> Iterator[UnitFields]:
    """`read_tmx` of `source` (a file name or a file object), `path` naming it in messages;
    the checks of the whole file's languages only when it is `whole` (not a part)."""
    if whole and declares_entities(path):
        raise _entities_refused(path)
    if whole:
        refuse_utf8_declared_otherwise(path, "TMX")
    context = etree.iterparse(
        source,
        events=("end",),
        tag=("{*}header", "{*}tu"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )
    ranks: dict[str, tuple[int, int]] = {}
    seen_langs: set[str] = set()
    checked = False
    try:
        for _, element in context:
            if not checked:
                _check_document(element.getroottree().getroot(), path)
                checked = True
            if _local(element.tag) == "tu":
                counts.units += 1
                srclang = element.get("srclang")
                if srclang and srclang != "*all*" and not language_rank(srclang, source_lang):
                    counts.other_srclang += 1
                    _release(element, counts.units)
                    continue
                try:
                    unit = _unit(element, source_lang, target_lang, ranks, seen_langs, counts)
                except InputError as exc:  # the element is still whole: its line is known
                    raise InputError.worded(N_("{path}, line {line}: {exc}"), path=path, line=element.sourceline, exc=exc) from None
                _release(element, counts.units)
                if unit is not None:
                    counts.matched += 1
                    yield unit
            else:
                _release(element, 0)
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(path, exc) from None
    if not checked:
        _check_document(context.root, path)
    units = counts.units
    if not whole:
        return
    if units and counts.other_srclang == units:
        raise InputError.worded(N_("{path}: all {units} units declare another source language than {source_lang} (tu srclang)"), path=path, units=units, source_lang=source_lang)
    if units and not counts.matched:
        langs = ", ".join(sorted(seen_langs)) or "none"
        raise InputError.from_wording(phrase_n(
            "{path}: its {count} unit has no variant in {source_lang} (languages in the file: {langs})",
            "{path}: none of its {count} units has a variant in {source_lang} (languages in the file: {langs})",
            units, path=path, count=units, source_lang=source_lang, langs=langs))


def variant_languages(path: Path) -> frozenset[str]:
    """The language tags of every variant in the TMX file at `path` (`xml:lang`, or TMX 1.1's
    `lang`), read as a stream. For a file `read_tmx` has read whole already (its entities
    refused, its XML well formed): the project import asks it of a file none of whose units
    brought a translation, to tell sources to translate from a memory of another language."""
    langs: set[str] = set()
    context = etree.iterparse(str(path), events=("end",), tag="{*}tuv", resolve_entities=False,
                              no_network=True, load_dtd=False)
    try:
        for _, tuv in context:
            langs.add(tuv.get(XML_LANG) or tuv.get("lang") or "")
            tuv.clear(keep_tail=False)
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(path, exc) from None
    langs.discard("")
    return frozenset(langs)


PARTS_FROM = 8 * 2**20
"""A UTF-8 file of at least this many bytes can be read in parts (`tmx_parts`) on two cores."""
PART_BYTES = 2**20
"""About how many bytes of units one part holds (some 2,000 units of a usual memory): a 200,000-unit
import peaked 30 MB higher with parts twice this size, the same CPU time."""
_HEAD_BYTES = 64 * 1024
"""How far into the file the root and `body` start tags are looked for."""
_UTF8_DECLARATION = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']\s*utf-?8\s*["']""", re.IGNORECASE)
_ANY_DECLARATION = re.compile(rb"^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=")
_ROOT_START = re.compile(rb"<tmx\b[^>]*>")
_BODY_START = re.compile(rb"<body\s*>")
_UNIT_END = b"</tu>"
Result = TypeVar("Result")


def tmx_parts(path: Path, progress: Callable[[int, int], None] | None = None) -> Iterator[bytes] | None:
    """The file as well-formed TMX documents of about `PART_BYTES` each, or None to read it
    in order (a file under `PARTS_FROM`, not in UTF-8, or of an unusual shape).

    `progress(done, total)` hears the bytes cut so far as each part is handed on: a 500 MB
    memory took a minute and a half of a busy machine's time, and a command silent that long
    looks hung (a file read in order is small, or rare enough to go unreported).

    Parsing is most of a large import's work, and one parser runs on one core; parts can be
    parsed side by side (`read_tmx_part`). The file is cut after a `</tu>`; each part but
    the first (the file's own start, declaration and header included) is wrapped in the
    file's `<tmx ...>` start tag and `<body>`, and each but the last (the file's own end)
    closes them. Reading the parts gives the units `read_tmx` gives, in the same order,
    for any file `read_tmx` reads without an error. A cut in the wrong place (`</tu>` in a
    comment or CDATA section) leaves a part unterminated, so it fails to parse; the caller
    then reads the file in order, as it must for any failure, so that every error and its
    line number are the in-order read's.
    """
    if path.stat().st_size < PARTS_FROM:
        return None
    with path.open("rb") as fh:
        head = fh.read(_HEAD_BYTES)
    utf8 = _UTF8_DECLARATION.match(head) is not None or (
        _ANY_DECLARATION.match(head) is None and head[:2] not in (b"\xff\xfe", b"\xfe\xff") and b"\x00" not in head[:4]
    )
    root = _ROOT_START.search(head)
    body = _BODY_START.search(head)
    if not utf8 or root is None or body is None or body.start() < root.end():
        return None
    return _parts(path, root.group() + b"<body>", progress)


def _parts(path: Path, opening: bytes, progress: Callable[[int, int], None] | None) -> Iterator[bytes]:
    closing = b"</body></tmx>"
    with path.open("rb") as fh:
        total = os.fstat(fh.fileno()).st_size
        carry, first = b"", True
        while block := fh.read(PART_BYTES):
            data = carry + block
            end = data.rfind(_UNIT_END)
            if end < 0:
                carry = data
                continue
            end += len(_UNIT_END)
            carry = data[end:]
            if progress is not None:
                progress(fh.tell() - len(carry), total)
            yield (b"" if first else opening) + data[:end] + closing
            first = False
        if progress is not None:
            progress(fh.tell(), max(total, fh.tell()))
        yield (b"" if first else opening) + carry


def read_tmx_part(part: bytes, source_lang: str, target_lang: str, counts: ReadCounts) -> Iterator[UnitFields]:
    """The units of one part of `tmx_parts`, as `read_tmx` reads them but as their fields
    (`UnitFields`); any failure raises (the caller then reads the whole file in order: see
    `tmx_parts`). A part of plain units is read without a tree (`_plain_part`)."""
    plain = _plain_part(part, source_lang, target_lang)
    if plain is None:
        return _read(io.BytesIO(part), Path("<part>"), source_lang, target_lang, counts, whole=False)
    units, read = plain
    counts.add(read)
    return iter(units)


# A part's units in the plain shape almost every unit of a bilingual memory has, read with one
# regular expression: a `tu` of `prop`s and `note`s of text only, then two variants, each one
# `seg` of text only; attributes in double quotes, without namespace prefixes; nothing else
# in the part (no comment, no CDATA section). What XML does to such text is done here as the
# XML specification says and libxml2 does it: line ends normalised, the five predefined
# entities and character references replaced (an attribute value with a literal tab or line
# break, which XML turns into a space, is left to the parser). The part must be what libxml2 accepts (valid UTF-8,
# no character XML cannot hold, no `]]>`, no undefined entity, tags that nest): then its
# units are what `_unit` reads from libxml2's tree. Anything else, anywhere in the part, and
# the part is parsed (`_read`), errors and all.
_S = "[ \t\n]"
"""XML's white space once line ends are normalised (no carriage return is left)."""
_VARIANT = f"{_S}*+<tuv([^<>]*+)>{_S}*+<seg>([^<]*+)</seg>{_S}*+</tuv>"
_PLAIN_UNIT = re.compile(
    f"<tu([^<>]*+)>((?:{_S}*+<(?:prop[^<>]*+>[^<]*+</prop|note>[^<]*+</note)>)*+)"
    f"{_VARIANT}{_VARIANT}{_S}*+</tu{_S}*+>"
)
"""A plain unit: its start tag's attributes, its props and notes, and its two variants'
attributes and texts. Each repetition is possessive (no backtracking): what follows it is a
character it cannot match, so giving characters back could never help (a sixth faster)."""
_UNIT_TAGS = 10
"""The tags (`<`) of a plain unit outside its props and notes."""
_RUN_CHARS = 16 * 1024
"""About how much of a part `_plain_matches` reads at a time (some 35 units)."""
_PLAIN_EXTRA = re.compile("<(?:prop([^<>]*)>([^<]*)</prop|note()>([^<]*)</note)>")
"""A prop (its attributes and text) or a note (nothing, and its text) of a plain unit."""
_PLAIN_NAMES = re.compile(f"{_S}+(xml:lang|(?!xmlns)[A-Za-z_][A-Za-z0-9_.-]{{0,63}}){_S}*={_S}*")
"""What comes before an attribute's value in a plain start tag: a name without a namespace
prefix or declaration (`xml:lang` aside)."""
_PLAIN_END = re.compile(f"</body>{_S}*</tmx>{_S}*")
_PLAIN_OPENING = re.compile(rb"<tmx\b[^>]*><body>")
_CONTROL_BYTES = bytes(range(9)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))
"""The C0 controls XML cannot hold: the UTF-8 bytes of these characters and of no other."""
_REFERENCE = re.compile("&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));")
_BAD_AMPERSAND = re.compile("&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)")
"""An `&` that opens no predefined entity or character reference: libxml2's to refuse."""
_CHARACTER_REFERENCE = re.compile("&#(?:([0-9]+)|x([0-9a-fA-F]+));")
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_PLAIN_MAX = 8 * 2**20
"""A larger part is parsed: libxml2 refuses a text over 10 MB, which the plain read would take."""
_PART_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, remove_pis=True
)
_KEPT = 256
"""Distinct variant start tags and prop-and-note runs a part's read keeps (a file has a handful)."""


class _NotPlain(Exception):
    """The part is not in the plain shape after all: the parser reads it."""


def _plain_part(part: bytes, source_lang: str, target_lang: str) -> tuple[list[UnitFields], ReadCounts] | None:
    """The units of a part of `tmx_parts` in the plain shape (see above) and what was
    counted, as `_read` gives them; None for any other part, `_read`'s to read.

    The parser's time and a Python object for each element, attribute and text took most of
    a large import's reading; one regular expression over the part finds every plain unit's
    texts at once. The part must be one that `tmx_parts` wrapped (the file's first is its own
    start, prolog and header: parsed); the file's root start tag that wraps it is checked by
    the parser, as `_read` checks it."""
    if len(part) > _PLAIN_MAX:
        return None
    opening = _PLAIN_OPENING.match(part)
    if (
        opening is None
        or len(part.translate(None, _CONTROL_BYTES)) != len(part)
        # each sequence only where its first byte is (`memchr`): a search for the whole sequence
        # took as long as the rest of these checks and the decoding together
        or (0xEF in part and (b"\xef\xbf\xbe" in part or b"\xef\xbf\xbf" in part))  # U+FFFE and U+FFFF
        or (0x5D in part and b"]]>" in part)
    ):
        return None
    try:
        _check_document(etree.fromstring(opening.group() + b"</body></tmx>", _PART_PARSER), Path("<part>"))
        text = part[opening.end():].decode("utf-8")
    except (etree.XMLSyntaxError, InputError, UnicodeDecodeError):
        return None
    if "\r" in text:  # XML's end-of-line handling, before anything is parsed
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    close = text.rfind("</body>")
    if close < 0 or _PLAIN_END.fullmatch(text, close) is None:
        return None
    references = "&" in text
    if references and (_BAD_AMPERSAND.search(text) is not None or not _characters_valid(text)):
        return None
    try:
        return _plain_units(text, close, references, source_lang, target_lang)
    except _NotPlain:
        return None


def _plain_units(
    text: str, end: int, references: bool, source_lang: str, target_lang: str
) -> tuple[list[UnitFields], ReadCounts] | None:
    """`_plain_part` of the units in `text[:end]`; `references` when the text has any; None
    (or `_NotPlain`) when they are not all plain. Every tag (`<`) there is in a plain unit
    (`_plain_matches`): what lies between the units is text, which `_read` never reads
    (white space, as a rule)."""
    units: list[UnitFields] = []
    counts = ReadCounts()
    tuvs: dict[str, tuple[bool, str, dict[str, str]]] = {}
    extras: dict[str, _Extra] = {}
    picks: dict[tuple[str, str], tuple[int | None, int | None]] = {}
    no_extra: _Extra = ((), None, None, ())
    unescaped = _unescaped if references else _same
    for tu, extra, first, first_text, second, second_text in _plain_matches(text, end):
        tuid, created_text, changed_text, srclang, creator, changer = _plain_tu(tu, references)
        counts.units += 1
        found_extra = (extras.get(extra) or _kept(extras, extra, _plain_extra(extra, references))) if extra else no_extra
        # every start tag is checked, a skipped unit's too
        first_tuv = tuvs.get(first) or _kept(tuvs, first, _plain_tuv(first, references))
        second_tuv = tuvs.get(second) or _kept(tuvs, second, _plain_tuv(second, references))
        if srclang and srclang != "*all*" and not _source_fits(srclang, source_lang):
            counts.other_srclang += 1
            continue
        if first_tuv[0] is not second_tuv[0]:  # TMX 1.1 `lang` and `xml:lang` mixed: `_unit` raises
            return None
        langs = (first_tuv[1], second_tuv[1])
        pick = picks.get(langs)
        if pick is None:
            pick = picks[langs] = _plain_pick(langs, source_lang, target_lang)
        source_at, target_at = pick
        if source_at is None:
            continue
        variants = (first_tuv, second_tuv)
        texts = (first_text, second_text)
        notes, status, confidence, kept = found_extra
        counts.matched += 1
        if target_at is None:
            target, target_lang_found, tuv_attributes = "", target_lang, _NO_ATTRIBUTES
        else:
            target_tuv = variants[target_at]
            target, target_lang_found, tuv_attributes = unescaped(texts[target_at]), target_tuv[1], target_tuv[2]
        # as `_unit` reads them: the unit's own, else the target variant's (what is dropped counted
        # alike); almost every unit has good dates or none, no people or short names, and its
        # variants their language alone, so the usual unit calls no Python function here
        created = parse_tmx_date(created_text) if created_text else None
        changed = parse_tmx_date(changed_text) if changed_text else None
        if (created is None and created_text) or (changed is None and changed_text):
            counts.dropped += (created is None and bool(created_text)) + (changed is None and bool(changed_text))
        creator, changer = creator or None, changer or None
        if (creator and len(creator) > MAX_PERSON_CHARS) or (changer and len(changer) > MAX_PERSON_CHARS):
            creator, changer = _person(creator, counts), _person(changer, counts)
        if len(tuv_attributes) > 1:
            get = tuv_attributes.get
            created = created or _date(get("creationdate"), counts)
            changed = changed or _date(get("changedate"), counts)
            creator = creator or _person(get("creationid"), counts)
            changer = changer or _person(get("changeid"), counts)
        units.append((
            unescaped(texts[source_at]),
            target,
            variants[source_at][1],
            target_lang_found,
            tuid,
            created,
            changed,
            status,
            confidence,
            notes,
            kept,
            None,
            creator,
            changer,
        ))
    return units, counts


def _plain_matches(text: str, end: int) -> Iterator[tuple[str, ...]]:
    """The plain units of `text[:end]` (`_PLAIN_UNIT`'s groups), a run of some `_RUN_CHARS` at
    a time; `_NotPlain` as soon as a run has a tag (`<`) outside them. A part with one unit
    that is not plain (inline codes, as a rule) is told early, before the plain read has cost
    as much as the parser's."""
    findall, find, count = _PLAIN_UNIT.findall, text.find, text.count
    start = 0
    while start < end:
        stop = find("</tu>", start + _RUN_CHARS)  # the end of a unit: runs never cut one
        stop = end if stop < 0 or stop + 5 > end else stop + 5
        found = findall(text, start, stop)
        if _UNIT_TAGS * len(found) + "".join([unit[1] for unit in found]).count("<") != count("<", start, stop):
            raise _NotPlain
        yield from found
        start = stop


Kept = TypeVar("Kept")


def _kept(cache: dict[str, Kept], key: str, value: Kept) -> Kept:
    """`value`, kept in `cache` under `key` while the cache holds fewer than `_KEPT`."""
    if len(cache) < _KEPT:
        cache[key] = value
    return value


@lru_cache(maxsize=256)
def _source_fits(srclang: str, source_lang: str) -> bool:
    """Whether a unit's `srclang` is the source language (`_read` skips the unit if not)."""
    return bool(language_rank(srclang, source_lang))


_Extra = tuple[tuple[str, ...], str | None, float | None, tuple[tuple[str, str], ...]]
"""A plain unit's notes, status, confidence and other props, as `_unit` gives them."""


def _plain_extra(text: str, references: bool) -> _Extra:
    """The notes and props of a plain unit, as `_variants` collects them and `_unit` takes them."""
    notes: list[str] = []
    props: list[tuple[str, str]] = []
    for found in _PLAIN_EXTRA.finditer(text):
        attributes, prop_text, note, note_text = found.groups()
        if note is None:
            kind = _plain_attributes(attributes, references).get("type", "")
            props.append((kind, _unescaped(prop_text) if references else prop_text))
        else:
            notes.append(_unescaped(note_text) if references else note_text)
    status, confidence, kept = _known_props(props) if props else (None, None, props)
    return tuple(notes), status, confidence, tuple(kept)


def _plain_pick(langs: tuple[str, str], source_lang: str, target_lang: str) -> tuple[int | None, int | None]:
    """Which of a plain unit's two variants, in these languages, `_pick_variants` takes for the
    source and for the target (None: neither)."""
    source, target = _pick_variants([(langs[0], 0, None), (langs[1], 1, None)], source_lang, target_lang, {}, set())
    return (source[1] if source else None), (target[1] if target else None)


def _plain_tuv(text: str, references: bool) -> tuple[bool, str, dict[str, str]]:
    """Whether a variant's start tag has `xml:lang` (not TMX 1.1 `lang` alone), its language
    as `_variants` takes it, and its attributes."""
    found = _plain_attributes(text, references)
    lang = found.get("xml:lang")
    if lang is None:
        return False, found.get("lang") or "", found
    return True, lang or found.get("lang") or "", found


_NO_ATTRIBUTES: dict[str, str] = {}
"""The attributes of a target variant that is not there (never written to)."""
_TU_ATTRIBUTES = ("tuid", "creationdate", "changedate", "srclang", "creationid", "changeid")
"""The attributes of a unit's start tag that `_unit` reads, in the order `_plain_tu` gives them."""


def _plain_tu(text: str, references: bool) -> tuple[str | None, ...]:
    """The `_TU_ATTRIBUTES` of a plain unit's start tag (None for one it lacks); `_NotPlain`
    as `_plain_attributes` says. Without a dictionary: the start tags of a file share their
    layout, and where each value lies in it is worked out once (`_tu_layout`)."""
    pieces: list[Any] = text.split('"')
    if not len(pieces) % 2:
        raise _NotPlain
    if ("\t" in text or "\n" in text) and any("\t" in value or "\n" in value for value in pieces[1::2]):
        raise _NotPlain
    pieces.append(None)
    values: tuple[str | None, ...] = _tu_layout(tuple(pieces[0:-1:2]))(pieces)
    if references:
        return tuple(None if value is None else _unescaped(value) for value in values)
    return values


@lru_cache(maxsize=256)
def _tu_layout(before: tuple[str, ...]) -> Any:
    """What takes the `_TU_ATTRIBUTES` values from a start tag's pieces (`_plain_tu`: its text
    split at the quotes, then None) that have `before` before each value."""
    names = _plain_names(before)
    return itemgetter(*(2 * names.index(name) + 1 if name in names else -1 for name in _TU_ATTRIBUTES))


@lru_cache(maxsize=256)
def _plain_names(before: tuple[str, ...]) -> tuple[str, ...]:
    """The attribute names of a start tag from what comes before each value (`_plain_attributes`);
    `_NotPlain` for a name the plain shape does not take, one given twice (libxml2 refuses that),
    or anything but white space after the last value. Start tags share their layout: cached."""
    names = []
    for piece in before[:-1]:
        found = _PLAIN_NAMES.fullmatch(piece)
        if found is None:
            raise _NotPlain
        names.append(found.group(1))
    if before[-1].strip(" \t\n") or len(set(names)) != len(names):
        raise _NotPlain
    return tuple(names)


def _plain_attributes(text: str, references: bool) -> dict[str, str]:
    """The attributes of a plain start tag (the text between its name and `>`), in double
    quotes; `_NotPlain` for anything else (see `_plain_names`), and for a value with a tab or
    line break, which XML turns into a space."""
    if not text:
        return {}
    pieces = text.split('"')
    if not len(pieces) % 2:  # a quote left open
        raise _NotPlain
    values = pieces[1::2]
    if ("\t" in text or "\n" in text) and any("\t" in value or "\n" in value for value in values):
        raise _NotPlain
    if references:
        values = [_unescaped(value) for value in values]
    return dict(zip(_plain_names(tuple(pieces[0::2])), values, strict=True))


def _characters_valid(text: str) -> bool:
    """Whether every character reference in `text` is to a character XML can hold (libxml2
    refuses the others, in text the plain read does not take too: between units, or a
    variant no language picks)."""
    return all(_XML_INVALID.match(_reference_character(found)) is None for found in _CHARACTER_REFERENCE.finditer(text))


def _reference_character(found: re.Match[str]) -> str:
    """The character a character reference stands for (U+FFFF, which XML cannot hold, for
    one past Unicode)."""
    decimal, hexadecimal = found.groups()
    if len((decimal or hexadecimal).lstrip("0")) > 7:  # past Unicode (and Python's `int` limit)
        return "\uffff"
    number = int(decimal, 10) if decimal else int(hexadecimal, 16)
    return chr(number) if number <= 0x10FFFF else "\uffff"


def _unescaped(text: str) -> str:
    """`text` with its entity and character references replaced, as libxml2 replaces them."""
    return _REFERENCE.sub(_referenced, text) if "&" in text else text


def _referenced(reference: re.Match[str]) -> str:
    """What a reference stands for (`_characters_valid` has checked the characters)."""
    name, decimal, hexadecimal = reference.groups()
    if name:
        return _PREDEFINED[name]
    return chr(int(decimal, 10) if decimal else int(hexadecimal, 16))


def part_results(
    work: Callable[[str, str, bytes], tuple[Result, ReadCounts]],
    parts: Iterator[bytes],
    source_lang: str,
    target_lang: str,
    counts: ReadCounts,
    rest: Callable[[int], Iterable[Result]],
) -> Iterator[Result]:
    """`work(source_lang, target_lang, part)` of each of `tmx_parts` in file order, on two cores
    (`ordered_map`), each part's `ReadCounts` added to `counts`.

    After any failure, or when the file's units do not fit the languages (no unit read, none
    in the source language, or every one from another source language), the parts' results
    stop and `rest(done)` gives the rest: the file read in order from unit `done` on, so that
    the error raised and its line, or the warning, are the in-order read's. `counts` is set
    to zero before, for that read to count the whole file.
    """
    results = ordered_map(work, (source_lang, target_lang), parts)
    try:
        while True:
            try:
                result, part_counts = next(results)
            except StopIteration:
                if counts.units and counts.matched and counts.other_srclang < counts.units:
                    return
                break
            except Exception:  # noqa: BLE001 - the in-order read raises it as it should
                break
            counts.add(part_counts)
            yield result
    finally:
        results.close()
    done = counts.matched
    counts.units = counts.matched = counts.other_srclang = counts.dropped = 0
    yield from rest(done)


def _local(tag: Any) -> str:
    """The element name without a namespace (`{http://www.lisa.org/tmx14}tu` -> `tu`)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[1] if tag[:1] == "{" else tag


def _check_document(root: Any, path: Path) -> None:
    """Refuse what is not TMX, and an internal DTD subset that declares entities.

    No TMX needs entity declarations; refusing them outright is the one-line
    answer to the billion-laughs and external-entity attacks (they are never
    expanded anyway: `resolve_entities=False`).
    """
    found = _local(root.tag) if root is not None else ""
    if found != "tmx":
        raise InputError.worded(N_("{path}: not a TMX file (the root element is <{found}>, not <tmx>)"), path=path, found=found or 'nothing')
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise _entities_refused(path)


def _entities_refused(path: Path) -> InputError:
    return InputError.worded(N_("{path}: declares XML entities in its DOCTYPE, which TMX never needs (refused: entity expansion and external entities are a known attack)"), path=path)


RELEASE_EVERY = 512
"""Units whose emptied elements are left in the tree before they are unlinked together: a few
hundred empty nodes cost nothing, and unlinking them one at a time cost a microsecond a unit."""


def _release(element: Any, count: int) -> None:
    """Free a processed element (the `count`-th unit; 0 for others) and, every `RELEASE_EVERY`
    units, its emptied siblings before it (flat memory)."""
    element.clear(keep_tail=False)
    if count % RELEASE_EVERY:
        return
    parent = element.getparent()
    if parent is not None:
        del parent[: parent.index(element)]


def _syntax_error(path: Path, exc: etree.XMLSyntaxError) -> InputError:
    """One line naming the file, the line and libxml2's first complaint."""
    line, message = exc.lineno or 0, str(exc.msg or exc)
    for entry in exc.error_log:  # the log is per thread: keep to this file's entries
        if entry.filename == str(path) and entry.level >= etree.ErrorLevels.ERROR:
            line, message = entry.line, entry.message
            break
    message = _SYNTAX_POSITION.sub("", message).strip()
    if message in ("no element found", "Document is empty"):
        return InputError.worded(N_("{path}: empty or not XML"), path=path)
    reason = reader_complaint(message) if message else phrase(N_("malformed XML"))
    if line:
        return InputError.worded(N_("{path}, line {line}: malformed TMX ({reason})"), path=path, line=line, reason=reason)
    return InputError.worded(N_("{path}: malformed TMX ({reason})"), path=path, reason=reason)


def _unit(
    tu: Any,
    source_lang: str,
    target_lang: str,
    ranks: dict[str, tuple[int, int]],
    seen_langs: set[str],
    counts: ReadCounts,
) -> UnitFields | None:
    """The fields of the unit `tu` holds (None without a source variant): a plain tuple, which
    the import of a large file's parts makes into a row without a `TranslationUnit` between."""
    notes: list[str] = []
    props: list[tuple[str, str]] = []
    variants = _variants(tu, notes, props)
    source, target = _pick_variants(variants, source_lang, target_lang, ranks, seen_langs)
    if source is None:
        return None
    status, confidence, kept = _known_props(props) if props else (None, None, props)
    target_tuv = target[1] if target else None
    source_seg = source[2]
    target_seg = target[2] if target else None
    codes = None
    if (source_seg is not None and len(source_seg)) or (target_seg is not None and len(target_seg)):
        numbering = Numbering()
        source_text, source_codes = _segment_text(source_seg, numbering, target=False)
        numbering.target_side()
        target_text, target_codes = _segment_text(target_seg, numbering, target=True)
        if source_codes or target_codes:
            codes = InlineCodes("tmx", source_codes, target_codes)
    else:  # plain text on both sides, as almost every unit is: no numbering to set up
        source_text = (source_seg.text or "") if source_seg is not None else ""
        target_text = (target_seg.text or "") if target_seg is not None else ""
    return (  # a TranslationUnit's fields, in order (`UnitFields`)
        source_text,
        target_text,
        source[0],
        target[0] if target else target_lang,
        tu.get("tuid"),
        _date(tu.get("creationdate"), counts) or _tuv_attribute(target_tuv, "creationdate", _date, counts),
        _date(tu.get("changedate"), counts) or _tuv_attribute(target_tuv, "changedate", _date, counts),
        status,
        confidence,
        tuple(notes),
        tuple(kept),
        codes,
        _person(tu.get("creationid"), counts) or _tuv_attribute(target_tuv, "creationid", _person, counts),
        _person(tu.get("changeid"), counts) or _tuv_attribute(target_tuv, "changeid", _person, counts),
    )


Read = TypeVar("Read")


def _tuv_attribute(tuv: Any, name: str, read: Callable[[str | None, ReadCounts], Read], counts: ReadCounts) -> Read | None:
    """A date or person of the target variant, which some tools stamp instead of the unit."""
    return read(tuv.get(name), counts) if tuv is not None else None


_Variant = tuple[str, Any, Any]
"""(language, tuv, seg) of one language variant of a unit."""


def _variants(tu: Any, notes: list[str], props: list[tuple[str, str]]) -> list[_Variant]:
    """The unit's language variants in file order; its notes and props, and those of
    each variant, are appended to `notes` and `props` as they come."""
    variants: list[_Variant] = []
    xml_lang = plain_lang = False
    for child in tu:
        tag = child.tag
        if tag.__class__ is not str:
            continue
        if tag[:1] == "{":
            tag = _local(tag)
        if tag == "tuv":
            lang = child.get(XML_LANG)
            if lang is None:
                plain_lang = True
                lang = child.get("lang") or ""
            else:
                xml_lang = True
                lang = lang or child.get("lang") or ""
            variants.append((lang, child, _tuv_seg(child, notes, props)))
        elif tag == "note":
            notes.append(child.text or "")
        elif tag == "prop":
            props.append((child.get("type", ""), child.text or ""))
    if xml_lang and plain_lang:
        raise InputError.worded(N_("a tu mixes TMX 1.1 `lang` and `xml:lang` on its variants"))
    return variants


def _tuv_seg(tuv: Any, notes: list[str], props: list[tuple[str, str]]) -> Any:
    """The `seg` of a `tuv` (None without one); its notes and props go to the lists.

    Almost every variant holds its `seg` alone: that one is taken at once, without
    walking the children (`_any_tuv_seg` would give the same)."""
    if len(tuv) == 1:
        seg = tuv[0]
        if seg.tag == "seg":
            return seg
    return _any_tuv_seg(tuv, notes, props)


def _any_tuv_seg(tuv: Any, notes: list[str], props: list[tuple[str, str]]) -> Any:
    """`_tuv_seg` for any variant: its children walked one by one."""
    seg = None
    for sub in tuv:
        subtag = sub.tag
        if subtag.__class__ is not str:
            continue
        if subtag[:1] == "{":
            subtag = _local(subtag)
        if subtag == "seg":
            seg = sub
        elif subtag == "note":
            notes.append(sub.text or "")
        elif subtag == "prop":
            props.append((sub.get("type", ""), sub.text or ""))
    return seg


def _pick_variants(
    variants: list[_Variant],
    source_lang: str,
    target_lang: str,
    ranks: dict[str, tuple[int, int]],
    seen_langs: set[str],
) -> tuple[_Variant | None, _Variant | None]:
    """The variants that fit the project's source and target languages best (first wins ties).

    `ranks` caches each language tag's fit across units; `seen_langs` collects every tag met.
    """
    source = target = None
    source_rank = target_rank = 0
    for variant in variants:
        lang = variant[0]
        rank = ranks.get(lang)
        if rank is None:
            rank = ranks[lang] = (language_rank(lang, source_lang), language_rank(lang, target_lang))
            seen_langs.add(lang)
        if rank[0] > source_rank:
            source, source_rank = variant, rank[0]
    for variant in variants:
        rank = ranks[variant[0]]
        if rank[1] > target_rank and variant is not source:
            target, target_rank = variant, rank[1]
    return source, target


def _known_props(props: list[tuple[str, str]]) -> tuple[str | None, float | None, list[tuple[str, str]]]:
    """The unit's status and confidence (first of each wins) and the props kept as they are."""
    status = confidence = None
    kept: list[tuple[str, str]] = []
    for kind, value in props:
        if kind == PROP_STATUS and status is None:
            status = value.strip() or None
        elif kind == PROP_CONFIDENCE and confidence is None:
            confidence = _float(value)
        else:
            kept.append((kind, value))
    return status, confidence, kept


def _float(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return None if math.isnan(number) else number


def _segment_text(seg: Any, numbering: Numbering, *, target: bool) -> tuple[str, dict[str, Any]]:
    """The text of a `seg` with placeholders, and their markup (no `seg` counts as empty)."""
    if seg is None:
        return "", {}
    if len(seg) == 0:
        return seg.text or "", {}
    _check_pairs(seg)
    return extract(seg, TMX_CODES, numbering, target=target)


def _check_pairs(seg: Any) -> None:
    """Refuse `bpt`/`ept` that do not pair up: an `ept` before its `bpt`, an `i` used twice,
    a `bpt` never closed. TMX keeps both halves in one segment (an isolated half is `it`)."""
    opened: set[str] = set()
    used: set[str] = set()
    for child in seg.iter("{*}bpt", "{*}ept", "bpt", "ept"):
        name, ident = _local(child.tag), child.get("i") or ""
        if name == "bpt":
            if ident in used:
                raise InputError.worded(N_('inline codes do not pair up (<bpt i="{ident}"> is used twice)'), ident=ident)
            used.add(ident)
            opened.add(ident)
        elif ident not in opened:
            raise InputError.worded(N_('inline codes do not pair up (<ept i="{ident}"> has no <bpt> before it)'), ident=ident)
        else:
            opened.discard(ident)
    if opened:
        raise InputError.worded(N_('inline codes do not pair up (<bpt i="{opened}"> is never closed)'), opened=sorted(opened)[0])


def _generic_code(tag: Tag, paired: bool) -> str:
    """TMX markup for a placeholder whose own markup is not known."""
    n = tag.number
    if tag.kind == "standalone":
        return f'<ph x="{n}"/>'
    if not paired:
        return f'<it pos="{"begin" if tag.kind == "open" else "end"}" x="{n}"/>'
    return f'<bpt i="{n}"/>' if tag.kind == "open" else f'<ept i="{n}"/>'


TMX_CODES = Vocabulary(
    name="tmx",
    wrapping=frozenset({"hi"}),
    opening={"bpt": ("i",)},
    closing={"ept": ("i",)},
    standalone=frozenset({"ph", "it", "ut"}),
    generic=_generic_code,
)


# -- writing ---------------------------------------------------------------


@cache
def workbench_version() -> str:
    """The installed workbench version, for `creationtoolversion`."""
    try:
        return metadata.version("workbench")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def write_tmx(
    path: Path | str,
    units: Iterable[TranslationUnit],
    *,
    source_lang: str,
    target_lang: str,
    created: datetime | None = None,
) -> WriteReport:
    """Write `units` as TMX 1.4b, streaming; returns how many units and removed characters.

    `created` (default: now) stamps the header; each `tu` carries its own
    dates. `target_lang` is not written in the header (TMX has no such
    attribute) but is the `xml:lang` of targets whose unit has no tag.

    lxml's incremental writer (`etree.xmlfile`) writes the document's frame
    around the stream; each `tu` is one line, so memory stays flat. A unit
    without placeholders (almost every unit) is formatted as text with
    libxml2's escapes (`&`, `<`, `>`, quotes, `\r` as `&#13;`: `_UnitWriter.markup`),
    a few times cheaper than an element; a unit with placeholders is a small
    element serialised by libxml2, because its kept inline codes are the
    file's own markup, parsed back into elements (lxml refuses anything not
    well-formed) before it is written. The two give the same bytes for any
    unit without placeholders (tests). The units are serialised a thousand at
    a time, in a second process while this one reads the next ones
    (`ordered_map`: a million units take two cores' time, not one's).
    """
    path = Path(path)
    writer = _UnitWriter(source_lang, target_lang)
    header = {
        "creationtool": "workbench",
        "creationtoolversion": workbench_version(),
        "segtype": "sentence",
        "o-tmf": "workbench",
        "adminlang": ADMIN_LANG,
        "srclang": source_lang,
        "datatype": "plaintext",
        "creationdate": format_tmx_date(created or datetime.now(UTC)),
    }
    count = removed = 0
    with atomic_binary_output(path) as fh:
        with etree.xmlfile(fh, encoding="UTF-8") as xf:
            xf.write_declaration()
            with xf.element("tmx", version="1.4"):
                xf.write("\n")
                xf.write(writer.element("header", {name: writer.clean(value) for name, value in header.items()}))
                with xf.element("body"):
                    xf.write("\n")
                    xf.flush()  # the units' bytes go straight to the file, after the frame so far
                    if isinstance(units, UnitRows):  # rows: made into values where they are serialised
                        serialised = ordered_map(
                            _serialise_rows, (source_lang, target_lang, units.make, units.context), units.batches
                        )
                    else:
                        serialised = ordered_map(_serialise, (source_lang, target_lang), _batches(map(_fields, units)))
                    for data, written, dropped in serialised:
                        fh.write(data)
                        count, removed = count + written, removed + dropped
                xf.write("\n")
        fh.write(b"\n")  # xmlfile writes no text after the root; a text file ends with a line break
    return WriteReport(path=path, units=count, removed_characters=writer.removed + removed)


WRITE_BATCH = 1000
"""Units serialised together (in this process or in the second one, see `ordered_map`)."""

_Fields = tuple[Any, ...]
"""A unit as the writer needs it, in plain values that pickle cheaply (see `_fields`)."""


def _fields(unit: TranslationUnit) -> _Fields:
    """What `_UnitWriter.unit` writes of a unit (see `_value_fields`)."""
    return _value_fields((
        unit.source, unit.target, unit.source_lang, unit.target_lang, unit.tuid, unit.created, unit.changed,
        unit.status, unit.confidence, unit.notes, unit.props, unit.codes, unit.creator, unit.changer,
    ))


def _value_fields(values: UnitValues) -> _Fields:
    """What `_UnitWriter.unit` writes of a unit's values: its texts, dates already in TMX's form,
    and its inline codes when they are TMX's own markup."""
    source, target, source_lang, target_lang, tuid, created, changed, status, confidence, notes, props, codes, creator, changer = values
    return (
        source, target, source_lang, target_lang, tuid,
        format_tmx_date(created) if created else None,
        format_tmx_date(changed) if changed else None,
        status, confidence, notes, props, codes if codes is not None and codes.vocabulary in _CONVERTED else None,
        creator, changer,
    )


def _batches(fields: Iterator[_Fields]) -> Iterator[list[_Fields]]:
    while batch := list(islice(fields, WRITE_BATCH)):
        yield batch


@lru_cache(maxsize=8)
def _templates(source_lang: str, target_lang: str) -> dict[tuple[Any, ...], Any]:
    """The unit templates of one language pair in this process: they serve every batch."""
    return {}


@lru_cache(maxsize=8)
def _frames(source_lang: str, target_lang: str) -> dict[tuple[Any, ...], tuple[str, str] | None]:
    """The unit frames of one language pair in this process (see `_UnitWriter.batch`)."""
    return {}


def _serialise(source_lang: str, target_lang: str, batch: list[_Fields]) -> tuple[bytes, int, int]:
    """A batch of units as the bytes of their `tu` elements, how many, and how many characters
    XML could not hold were removed.

    A unit without inline codes is written as text (`_UnitWriter.markup`); one with codes is an
    element serialised by libxml2 (`etree.tostring`, as `xmlfile.write` would). Both give the
    same bytes for the same unit (the tests compare them); the batch is encoded once."""
    writer = _UnitWriter(source_lang, target_lang, _templates(source_lang, target_lang), _frames(source_lang, target_lang))
    return writer.batch(batch).encode("utf-8"), len(batch), writer.removed


def _serialise_rows(
    source_lang: str, target_lang: str, make: Callable[[Any, Any], list[UnitValues]], context: Any, rows: Any
) -> tuple[bytes, int, int]:
    """`_serialise` for a batch of `UnitRows`: its units' values made first (see `UnitRows`)."""
    return _serialise(source_lang, target_lang, [_value_fields(values) for values in make(context, rows)])


class _UnitWriter:
    """Makes one `tu` element per unit, counting the characters it had to remove."""

    def __init__(
        self,
        source_lang: str,
        target_lang: str,
        templates: dict[tuple[Any, ...], Any] | None = None,
        frames: dict[tuple[Any, ...], tuple[str, str] | None] | None = None,
    ) -> None:
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.removed = 0
        self._templates = {} if templates is None else templates
        self._frames = {} if frames is None else frames
        self._langs_clean = _XML_INVALID.search(source_lang + target_lang) is None
        """False for a language tag XML cannot hold: `unit` refuses it, so `markup` leaves it to `unit`."""

    def clean(self, text: str) -> str:
        """`text` without the characters XML 1.0 cannot hold, counting what was dropped."""
        if _XML_INVALID.search(text) is None:
            return text
        cleaned, dropped = _XML_INVALID.subn("", text)
        self.removed += dropped
        return cleaned

    def batch(self, batch: list[_Fields]) -> str:
        """The `tu` elements of a batch, byte for byte what `markup` (or `unit`) writes for each.

        Almost every unit is plain: no placeholder, and no character to escape or remove in its
        source, target, id or notes (one regex scan of the batch's texts joined says which are
        not: `_odd_units`; those go to `markup`). A plain unit is its varying texts put into a
        frame (its status, confidence, props and languages, escaped once and kept in
        `_frames`: a file has a handful), without the per-unit lists, joins and scans of
        `markup`. A frame whose values hold characters XML cannot hold is None, and its units
        go to `markup`, which removes and counts those characters unit by unit."""
        if not self._langs_clean:
            return "".join(tostring(self.unit(fields), encoding="unicode") for fields in batch)
        odd = _odd_units(batch)
        frames = self._frames
        parts = []
        for index, fields in enumerate(batch):
            source, target, source_lang, target_lang, tuid, created, changed, status, confidence, notes, props, _, creator, changer = fields
            if odd and index in odd or notes and _TEXT_UNUSUAL.search("".join(notes)) is not None:
                parts.append(self.markup(fields) or tostring(self.unit(fields), encoding="unicode"))
                continue
            key = (source_lang, target_lang, status, confidence, props)
            try:
                frame = frames[key]
            except KeyError:
                frame = self._frame(*key)
                if len(frames) >= _FRAMES:
                    frames.clear()
                frames[key] = frame
            if frame is None:
                parts.append(self.markup(fields) or tostring(self.unit(fields), encoding="unicode"))
                continue
            head = f'<tu tuid="{tuid}"' if tuid else "<tu"
            if created:
                head += f' creationdate="{created}"'
            if creator:
                head += f' creationid="{creator}"'
            if changed:
                head += f' changedate="{changed}"'
            if changer:
                head += f' changeid="{changer}"'
            if notes:
                head += ">" + "".join([f"<note>{note}</note>" for note in notes])
            else:
                head += ">"
            middle, target_variant = frame
            parts.append(f"{head}{middle}{source}</seg></tuv>{target_variant}{target}</seg></tuv></tu>\n")
        return "".join(parts)

    def _frame(
        self, source_lang: str, target_lang: str, status: str | None, confidence: float | None,
        props: tuple[tuple[str, str], ...],
    ) -> tuple[str, str] | None:
        """What `markup` writes between a plain unit's notes and its source text (its status,
        confidence and props and the source variant's opening) and the target variant's
        opening; None when a value holds a character XML cannot hold."""
        source_lang, target_lang = source_lang or self.source_lang, target_lang or self.target_lang
        values = [source_lang, target_lang, status or "", *(text for prop in props for text in prop)]
        if _XML_INVALID.search("".join(values)) is not None:
            return None
        parts = []
        if status:
            parts.append(f'<prop type="{PROP_STATUS}">{_escaped_text(status)}</prop>')
        if confidence is not None:
            parts.append(f'<prop type="{PROP_CONFIDENCE}">{float(confidence)!r}</prop>')
        parts += [f'<prop type="{_escaped_attr(kind) or "x-unknown"}">{_escaped_text(value)}</prop>' for kind, value in props]
        parts.append(f'<tuv xml:lang="{_escaped_attr(source_lang)}"><seg>')
        return "".join(parts), f'<tuv xml:lang="{_escaped_attr(target_lang)}"><seg>'

    def markup(self, fields: _Fields) -> str | None:
        """`fields` (see `_fields`) as the text of its `tu` element, byte for byte what libxml2
        writes for `unit`'s element; None for a unit with a placeholder in its text, whose codes
        only `unit` writes.

        Escaping as libxml2 does it: `&`, `<`, `>` and CR in text, and quotes, tabs and line
        breaks too in attributes (`escape_text`, `escape_attr`). Almost every unit needs none,
        and one scan of its joined texts says so; formatting a string costs a fraction of
        filling an element and serialising it."""
        source, target, source_lang, target_lang, tuid, created, changed, status, confidence, notes, props, _, creator, changer = fields
        if "⟦" in source or "⟦" in target or not self._langs_clean:
            return None
        source_lang, target_lang = source_lang or self.source_lang, target_lang or self.target_lang
        texts = [source, target, source_lang, target_lang, tuid or "", status or "", creator or "", changer or ""]
        if notes:
            texts += notes
        if props:
            texts += [text for prop in props for text in prop]
        joined = "".join(texts)
        # nothing to escape or remove anywhere, as in almost every unit (`str` is the identity, in C)
        text: Callable[[str], str] = str
        attr: Callable[[str], str] = str
        if _UNUSUAL.search(joined) is not None:
            if _XML_INVALID.search(joined) is not None:  # OCR debris: every field cleaned, what goes counted
                source, target, source_lang, target_lang, tuid, status, creator, changer = map(self.clean, texts[:8])
                notes = tuple(map(self.clean, notes))
                props = tuple((self.clean(kind), self.clean(value)) for kind, value in props)
            if _SPECIAL.search(joined) is not None:  # each field escaped as its place needs
                text, attr = _escaped_text, _escaped_attr
        parts = ["<tu"]
        if fields[4]:  # an id that had text keeps its attribute, even emptied
            parts.append(f' tuid="{attr(tuid)}"')
        if created:
            parts.append(f' creationdate="{created}"')
        if fields[12]:  # as `unit` sets it: a name that had text keeps its attribute, even emptied
            parts.append(f' creationid="{attr(creator)}"')
        if changed:
            parts.append(f' changedate="{changed}"')
        if fields[13]:
            parts.append(f' changeid="{attr(changer)}"')
        parts.append(">")
        parts += [f"<note>{text(note)}</note>" for note in notes]
        if fields[7]:
            parts.append(f'<prop type="{PROP_STATUS}">{text(status)}</prop>')
        if confidence is not None:
            parts.append(f'<prop type="{PROP_CONFIDENCE}">{float(confidence)!r}</prop>')
        parts += [f'<prop type="{attr(kind) or "x-unknown"}">{text(value)}</prop>' for kind, value in props]
        parts.append(
            f'<tuv xml:lang="{attr(source_lang)}"><seg>{text(source)}</seg></tuv>'
            f'<tuv xml:lang="{attr(target_lang)}"><seg>{text(target)}</seg></tuv></tu>\n'
        )
        return "".join(parts)

    @staticmethod
    def element(name: str, attributes: dict[str, str]) -> Any:
        """A childless element followed by a line break."""
        made = etree.Element(name, attributes)
        made.tail = "\n"
        return made

    def unit(self, fields: _Fields) -> Any:
        """`fields` (see `_fields`) as one `tu` element: a copy of the template of its shape, filled in.

        Copying a finished element in libxml2 and setting its texts costs a fraction of
        opening and closing each of its five or more elements through the writer."""
        source, target, source_lang, target_lang, tuid, created, changed, status, confidence, notes, props, codes, creator, changer = fields
        texts = [source, target, source_lang, target_lang, tuid or "", status or "", creator or "", changer or ""]
        texts += notes
        texts += [text for prop in props for text in prop]
        # one scan of the whole unit: almost every unit is clean, and then no field need be checked
        clean = self.clean if _XML_INVALID.search("".join(texts)) else _same
        shape = (
            len(notes),
            bool(status),
            confidence is not None,
            len(props),
            clean(source_lang or self.source_lang),
            clean(target_lang or self.target_lang),
        )
        template = self._templates.get(shape)
        if template is None:
            template = _template(*shape)
            if len(self._templates) < _TEMPLATES:
                self._templates[shape] = template
        tu = template.__copy__()  # a deep copy, made by libxml2
        if tuid:
            tu.set("tuid", clean(tuid))
        if created:
            tu.set("creationdate", created)
        if creator:
            tu.set("creationid", clean(creator))
        if changed:
            tu.set("changedate", changed)
        if changer:
            tu.set("changeid", clean(changer))
        children = iter(tu)
        for note in notes:
            next(children).text = clean(note)
        if status:
            next(children).text = clean(status)
        if confidence is not None:
            next(children).text = repr(float(confidence))
        for kind, value in props:
            prop = next(children)
            prop.set("type", clean(kind) or "x-unknown")
            prop.text = clean(value)
        source_code: Callable[[str], Code | None]
        target_code: Callable[[str], Code | None]
        if codes is None:
            source_code, target_code = _no_code, _no_code
        elif codes.vocabulary == "tmx":
            source_code, target_code = codes.source.get, codes.lookup
        else:  # XLIFF 1.2's: its native codes in TMX's elements
            source_code, target_code = partial(_from_xliff1, codes.source.get), partial(_from_xliff1, codes.lookup)
        _fill(next(children), clean(source), source_code)
        _fill(next(children), clean(target), target_code)
        return tu


_TEMPLATES = 64
"""Unit shapes whose template is kept (a file has a handful; odd ones are built each time)."""
_FRAMES = 4096
"""Unit frames kept (`_UnitWriter.batch`); past that many they are forgotten and made again
(a project export's paragraph props make many, each for a few units)."""


def _odd_units(batch: list[_Fields]) -> set[int]:
    """The places in `batch` of the units whose source, target, id or people hold a placeholder
    or a character to escape or remove: one scan of the sources and targets joined, one of the
    ids and people (an attribute escapes more)."""
    odd: set[int] = set()
    _scan([text for fields in batch for text in fields[:2]], 2, _TEXT_UNUSUAL, odd)
    _scan([(fields[4] or "") + (fields[12] or "") + (fields[13] or "") for fields in batch], 1, _UNUSUAL, odd)
    return odd


def _scan(texts: list[str], stride: int, pattern: re.Pattern[str], odd: set[int]) -> None:
    """Add to `odd` the unit of each text `pattern` finds in (`stride` texts a unit, in order)."""
    joined = " ".join(texts)  # a space: neither pattern finds it
    found = pattern.search(joined)
    if found is None:
        return
    ends = list(accumulate(len(text) + 1 for text in texts))  # where each text's successor starts
    while found is not None:
        unit = bisect_right(ends, found.start()) // stride
        odd.add(unit)
        found = pattern.search(joined, ends[unit * stride + stride - 1])


def _template(notes: int, status: bool, confidence: bool, props: int, source_lang: str, target_lang: str) -> Any:
    """An empty `tu` of one shape: its notes, props and two variants, texts to be filled in."""
    tu = etree.Element("tu")
    tu.tail = "\n"
    for _ in range(notes):
        etree.SubElement(tu, "note")
    if status:
        etree.SubElement(tu, "prop", type=PROP_STATUS)
    if confidence:
        etree.SubElement(tu, "prop", type=PROP_CONFIDENCE)
    for _ in range(props):
        etree.SubElement(tu, "prop")
    for lang in (source_lang, target_lang):
        etree.SubElement(etree.SubElement(tu, "tuv", {XML_LANG: lang}), "seg")
    return tu


def _fill(tuv: Any, text: str, lookup: Any) -> None:
    """Give a template's variant its segment: the text, or the markup its placeholders stand for."""
    seg = tuv[0]
    if find_tags(text):
        tuv.replace(seg, _tagged_segment(text, lookup))
    else:
        seg.text = text


def _tagged_segment(text: str, lookup: Any) -> Any:
    """A `seg` whose placeholders stand for inline codes: their kept markup (or a generic
    code) around the escaped text, parsed into elements."""
    markup = render(text, lookup, _generic_code, escape_text)  # halves only where they nest
    return etree.fromstring(f"<seg>{markup}</seg>", _MARKUP_PARSER)


_MARKUP_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _no_code(_token: str) -> None:
    return None


_CONVERTED = ("tmx", "xliff1")
"""The vocabularies whose kept codes a TMX export writes as markup: TMX's own, and XLIFF 1.2's (`_from_xliff1`)."""
_XLIFF1_TO_TMX = {"bpt": "bpt", "ept": "ept", "ph": "ph", "it": "it"}
"""XLIFF 1.2's native-code elements and TMX's: the same content (the escaped original markup, `sub`
inside), paired by TMX's `i` instead of `id`. `g`, `x`, `bx` and `ex` carry no native code: their
TMX is the generic code, as it always was."""
_TOKEN_NUMBER = re.compile(r"\d+")


def _from_xliff1(lookup: Callable[[str], Code | None], token: str) -> Code | None:
    """An XLIFF 1.2 code (a segment of a client's XLIFF, kept by the project and its memory) as TMX
    markup, its native code kept: `<bpt id="1" ctype="bold">&lt;b&gt;</bpt>` becomes
    `<bpt i="1" type="bold">&lt;b&gt;</bpt>`, as `xliff_writer` makes TMX's codes XLIFF's. None (a
    generic code) for a code without native code, or with markup inside its `sub` text."""
    code = lookup(token)
    if code is None or code.wraps:
        return None
    try:
        element = etree.fromstring(code.markup, _MARKUP_PARSER)
    except etree.XMLSyntaxError:
        return None
    name = _XLIFF1_TO_TMX.get(_local(element.tag))
    number = _TOKEN_NUMBER.search(token)
    if name is None or number is None:
        return None
    converted = etree.Element(name)
    n = number.group(0)
    if name in ("bpt", "ept"):
        converted.set("i", n)
    if name == "it":
        converted.set("pos", "begin" if element.get("pos") == "open" else "end")
    if name != "ept":
        converted.set("x", n)
        if element.get("ctype"):
            converted.set("type", element.get("ctype"))
    converted.text = element.text
    for child in element:
        if _local(child.tag) != "sub" or len(child):  # TMX's `sub` holds text here, XLIFF's more
            return None
        sub = etree.SubElement(converted, "sub")
        if child.get("datatype"):
            sub.set("datatype", child.get("datatype"))
        sub.text, sub.tail = child.text, child.tail
    # a half of a pair is written only with its other half (`render`): a lone `bpt` is no TMX
    return Code(etree.tostring(converted, encoding="unicode", with_tail=False), name in ("bpt", "ept"))


def _same(text: str) -> str:
    return text


_SPECIAL = re.compile('[&<>"\r\n\t]')
"""What an attribute would have escaped (text: fewer): a unit without any is written as it is."""
_TEXT_SPECIAL = re.compile("[&<>\r]")
_INVALID = r"\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
"""The characters of `_XML_INVALID` listed rather than excluded: a class of these, joined
with others, scans a batch's text about five times faster than the alternation of the two."""
_UNUSUAL = re.compile(f'[{_INVALID}&<>"\r\n\t]')
"""What an attribute would remove or escape: one scan tells the usual unit."""
_TEXT_UNUSUAL = re.compile(f"[{_INVALID}&<>\r⟦]")
"""What makes a text other than plain: a character to remove or escape, or a placeholder."""


def _escaped_text(text: str) -> str:
    return escape_text(text) if _TEXT_SPECIAL.search(text) else text


def _escaped_attr(text: str) -> str:
    return escape_attr(text) if _SPECIAL.search(text) else text


class TmxFormat(BitextFormat):
    """TMX 1.4b out; TMX 1.1 to 1.4b in."""

    name = "tmx"
    extensions = (".tmx",)
    finding_notes = True

    def read(self, path: Path, source_lang: str, target_lang: str) -> Iterator[TranslationUnit]:
        return read_tmx(path, source_lang, target_lang)

    def write(
        self,
        path: Path,
        units: Iterable[TranslationUnit],
        *,
        source_lang: str,
        target_lang: str,
    ) -> WriteReport:
        return write_tmx(path, units, source_lang=source_lang, target_lang=target_lang)
