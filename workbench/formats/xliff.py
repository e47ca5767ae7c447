"""XLIFF 1.2 (and 1.1) and 2.x: the files agencies send out of memoQ, Trados and OmegaT, and expect back.

Reading yields one `XliffSegment` per translatable piece: a 1.2
`trans-unit` (or each `mrk mtype="seg"` of its `seg-source`), a 2.x
`segment`. Ids are kept (`unit_id`, with `#mid`/`#segment-id` when a unit
holds several), inline codes become placeholders with their markup kept
(see `workbench.formats.inline_xml`), states map to our statuses, notes
are kept, `xml:space` is respected (whitespace is normalised unless
`preserve`), `translate="no"` units are read but marked locked, and a PO
header unit (`GETTEXT_HEADER`) is not read.

Writing never builds a new file: `fill_xliff` takes the original file (the
verbatim copy in the project's `sources/`) and puts the translated targets
into it, setting the state; every other element, attribute, comment and
processing instruction stays as it was.

Parsing never resolves entities, loads a DTD or touches the network; a file
declaring entities, of an unknown version or namespace, malformed, or with
inline codes that do not pair up is refused with one line naming the file.

States:

=================================  ==========  ===========================
XLIFF 1.2 `target/@state`          ours        XLIFF 2.x `segment/@state`
=================================  ==========  ===========================
new, needs-translation, needs-*    draft       initial
needs-review-*                     draft
translated                         translated  translated
final, signed-off (`approved`)     reviewed    reviewed, final
=================================  ==========  ===========================

A draft with a target is written as `needs-review-translation` (1.2) or
`initial` (2.x), a confirmed one as `translated`, a reviewed one as `final`, unless the
file's state already says that status (a `signed-off` stays); a 1.2 unit `approved="yes"`
whose segment is no longer reviewed is written `approved="no"`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import partial
from pathlib import Path
from typing import Any

import regex
from lxml import etree

from termbase.formats.xmlsafe import lost_complaint
from termbase.languages import language_rank
from workbench.errors import InputError
from workbench.formats.base import atomic_output
from workbench.formats.inline_xml import (
    XML_NS,
    Vocabulary,
    declares_entities,
    escape_attr,
    escape_text,
    extract,
    reader_complaint,
    refuse_utf8_declared_otherwise,
)
from workbench.tags import Code, InlineCodes, Numbering, Tag, render
from workbench.wording import N_, phrase

XLIFF1_NS = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF11_NS = "urn:oasis:names:tc:xliff:document:1.1"
XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
VERSIONS = {"1.1": XLIFF11_NS, "1.2": XLIFF1_NS, "2.0": XLIFF2_NS, "2.1": XLIFF2_NS}
"""1.1 is 1.2's elements in its own namespace: translate-toolkit's `po2xliff` and older tools write it."""


def _first(version: str) -> bool:
    """1.1 and 1.2 (`trans-unit`s in a `file`), read and filled alike, each in its own namespace."""
    return version.startswith("1.")
"""2.1 shares 2.0's namespace; 2.2 brings its own and is not read yet."""
XML_SPACE = f"{{{XML_NS}}}space"
XML_LANG = f"{{{XML_NS}}}lang"
GETTEXT_HEADER = "x-gettext-domain-header"
"""The `restype` of the unit holding a PO file's header (`Project-Id-Version: ...`), which
translate-toolkit's `po2xliff` writes first: metadata for the tools, not text to translate. It
is not read as a segment (it was, the first segment of every such file, "translated"); the
export leaves it as it was, as every unit without a target."""
NOTE_CHECK = "xliff-note"
"""Stored-finding id under which a unit's notes are kept on its segments."""

_SPACE = re.compile("[ \t\r\n]+")
"""XML's white space (`S`), all that `xml:space="default"` lets a reader collapse: Python's `\\s`
also took the no-break spaces (U+00A0, U+202F) a target holds on purpose (between a number and
its unit), and the import turned them into plain spaces (hardening, round 30)."""
_XML_WHITE = " \t\r\n"
_GAP = re.compile(f"([{_XML_WHITE}]+)")
"""XML's white space between words, kept by `re.split` (`_spaced_like`); a no-break space stays
inside its word, as the import keeps it."""
_SYNTAX_POSITION = re.compile(r",? line \d+, column \d+$")

MT_QUALIFIERS = frozenset({"mt-suggestion", "leveraged-mt"})
"""The XLIFF 1.2 `target/@state-qualifier`s saying the target came from machine translation. The
export takes the qualifier off a unit whose target or state it writes anew (a person post-edited or
confirmed it); a unit it leaves alone keeps it, still marked MT for the client's tool."""
_STATE_IN_1 = {"translated": "translated", "final": "reviewed", "signed-off": "reviewed"}
_STATE_IN_2 = {"translated": "translated", "reviewed": "reviewed", "final": "reviewed"}
STATE_OUT_1 = {"draft": "needs-review-translation", "translated": "translated", "reviewed": "final"}
SDL_NS = "http://sdl.com/FileTypes/SdlXliff/1.0"
_SDL_IN = {"Translated": "translated", "ApprovedTranslation": "reviewed", "ApprovedSignOff": "reviewed"}
"""Trados Studio keeps a segment's status in `sdl:seg-defs/sdl:seg/@conf`, its targets carrying
no `state`: every segment of an SDLXLIFF file came in a draft, signed-off ones too, and an export
left the client's Trados showing our translations unconfirmed. `Draft`, `RejectedTranslation`,
`RejectedSignOff` and no `conf` are drafts."""
_SDL_OUT = {"draft": "Draft", "translated": "Translated", "reviewed": "ApprovedTranslation"}
_STATE_OUT_2 = {"draft": "initial", "translated": "translated", "reviewed": "final"}


def _generic_1(tag: Tag, paired: bool) -> str:
    n = tag.number
    if tag.kind == "standalone":
        return f'<x id="{n}"/>'
    return f'<bx id="{n}"/>' if tag.kind == "open" else f'<ex id="{n}"/>'


def _generic_2(tag: Tag, paired: bool) -> str:
    n = tag.number
    if tag.kind == "standalone":
        return f'<ph id="{n}"/>'
    alone = "" if paired else ' isolated="yes"'
    return f'<sc id="{n}"{alone}/>' if tag.kind == "open" else (
        f'<ec startRef="{n}"/>' if paired else f'<ec id="{n}" isolated="yes"/>'
    )


XLIFF1_CODES = Vocabulary(
    name="xliff1",
    wrapping=frozenset({"g", "mrk"}),
    opening={"bpt": ("rid", "id"), "bx": ("rid", "id")},
    closing={"ept": ("rid", "id"), "ex": ("rid", "id")},
    standalone=frozenset({"x", "ph", "it"}),
    generic=_generic_1,
)
XLIFF2_CODES = Vocabulary(
    name="xliff2",
    wrapping=frozenset({"pc", "mrk"}),
    opening={"sc": ("id",), "sm": ("id",)},
    closing={"ec": ("startRef", "id"), "em": ("startRef",)},
    standalone=frozenset({"ph"}),
    generic=_generic_2,
)


@dataclass(frozen=True, slots=True)
class XliffSegment:
    """One translatable piece of an XLIFF file, as it becomes a project segment."""

    unit_id: str
    """`trans-unit`/`unit` id, with `#mid` or `#segment-id` when the unit holds several."""
    source: str
    target: str
    status: str
    """`draft`, `translated` or `reviewed` (see the module docstring)."""
    locked: bool
    """`translate="no"`: kept so the file stays whole, but not to be edited."""
    notes: tuple[str, ...]
    codes: InlineCodes | None
    file: str | None = None
    """The `original` of the unit's `file` element (XLIFF 1.x): the document name where
    `workbench export --xliff` wrote the file, so that a file sent back updates that document."""
    machine: bool = False
    """The target is a machine translation (`MT_QUALIFIERS`), kept as such until a person edits or confirms it."""


@dataclass(frozen=True, slots=True)
class XliffFile:
    version: str
    source_lang: str
    target_lang: str | None


# -- parsing -------------------------------------------------------------------


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[1] if tag[:1] == "{" else tag


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_blank_text=False
    )


def _syntax_error(path: Path, exc: etree.XMLSyntaxError) -> InputError:
    """One line naming the file, the line and libxml2's complaint (which stays libxml2's English)."""
    line, message = lost_complaint(exc) or (exc.lineno or 0, str(exc.msg or exc))
    message = _SYNTAX_POSITION.sub("", message).strip()
    if message in ("no element found", "Document is empty"):
        return InputError.worded(N_("{path}: empty or not XML"), path=path)
    reason = reader_complaint(message) if message else phrase(N_("malformed XML"))
    if line:
        return InputError.worded(N_("{path}, line {line}: malformed XLIFF ({reason})"), path=path, line=line, reason=reason)
    return InputError.worded(N_("{path}: malformed XLIFF ({reason})"), path=path, reason=reason)


def _refuse_entities(tree: Any, path: Path) -> None:
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise _entities_refused(path)


def _refuse_declared_entities(path: Path) -> None:
    """`_refuse_entities` before any parser reads the file (`declares_entities`), and a declared
    code page over UTF-8 bytes (`refuse_utf8_declared_otherwise`)."""
    if declares_entities(path):
        raise _entities_refused(path)
    refuse_utf8_declared_otherwise(path, "XLIFF")


def _entities_refused(path: Path) -> InputError:
    return InputError.worded(N_("{path}: declares XML entities in its DOCTYPE, which XLIFF never needs (refused: entity expansion and external entities are a known attack)"), path=path)


def _check_root(root: Any, path: Path) -> str:
    """The XLIFF version of a document whose root is `root`; InputError if we do not read it."""
    if _local(root.tag) != "xliff":
        raise InputError.worded(N_("{path}: not an XLIFF file (the root element is <{local}>)"), path=path, local=_local(root.tag))
    version = (root.get("version") or "").strip()
    namespace = root.tag[1:].split("}", 1)[0] if root.tag[:1] == "{" else ""
    if version not in VERSIONS:
        raise InputError.worded(N_("{path}: XLIFF version {version} is not read (1.1, 1.2, 2.0 and 2.1 are)"), path=path, version=version or '(none)')
    if namespace != VERSIONS[version]:
        raise InputError.worded(N_("{path}: XLIFF {version} must be in the namespace {expected}, not {found}"), path=path, version=version, expected=VERSIONS[version], found=namespace or 'none')
    return version


def _languages(element: Any, version: str) -> tuple[str | None, str | None]:
    """(source, target) language of a 1.x `file` or a 2.x root element."""
    if _first(version):
        return element.get("source-language"), element.get("target-language")
    return element.get("srcLang"), element.get("trgLang")


def parse_xliff(path: Path) -> tuple[Any, XliffFile]:
    """The whole document tree and what its root says (for filling it in); InputError as `read_xliff`."""
    if not path.is_file():
        raise InputError.worded(N_("{path}: no such file"), path=path)
    _refuse_declared_entities(path)
    try:
        # The DOCTYPE is read before the root element starts: refuse entity
        # declarations there, before anything could expand them.
        for _, first in etree.iterparse(
            str(path), events=("start",), resolve_entities=False, load_dtd=False, no_network=True
        ):
            _refuse_entities(first.getroottree(), path)
            break
        tree = etree.parse(str(path), _parser())
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(path, exc) from None
    root = tree.getroot()
    version = _check_root(root, path)
    holder = next(root.iter(f"{{{VERSIONS[version]}}}file"), None) if _first(version) else root
    source, target = _languages(holder, version) if holder is not None else (None, None)
    if not source:
        raise InputError.worded(N_("{path}: the file names no source language"), path=path)
    return tree, XliffFile(version, source, target)


def first_original(path: Path) -> str | None:
    """The `original` of the first `file` element of an XLIFF 1.x file, read from its head only;
    None for XLIFF 2, a file without one, or anything `read_xliff` would refuse (it says why)."""
    try:
        for _, element in etree.iterparse(
            str(path), events=("start",), resolve_entities=False, load_dtd=False, no_network=True
        ):
            if _local(element.tag) == "file":
                original = element.get("original")
                return original if isinstance(original, str) and element.tag != f"{{{XLIFF2_NS}}}file" else None
            if _local(element.tag) in ("trans-unit", "unit"):
                return None
    except (etree.XMLSyntaxError, OSError):
        return None
    return None


def read_xliff(path: Path | str, source_lang: str, target_lang: str) -> Iterator[XliffSegment]:
    """Stream the segments of an XLIFF file, for a project `source_lang` -> `target_lang`.

    The file is read with `iterparse`, each unit freed once read, so memory
    stays flat whatever the file's size; the DOCTYPE is checked before the
    first element (entity declarations refused), every `file` element's
    languages before its units.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError.worded(N_("{path}: no such file"), path=path)
    _refuse_declared_entities(path)
    try:
        # The root and the DOCTYPE first (the DOCTYPE is read before the root
        # starts): entity declarations are refused before anything could expand them.
        root = next(
            (element for _, element in etree.iterparse(
                str(path), events=("start",), resolve_entities=False, load_dtd=False, no_network=True
            )),
            None,
        )
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(path, exc) from None
    if root is None:
        raise InputError.worded(N_("{path}: empty or not XML"), path=path)
    _refuse_entities(root.getroottree(), path)
    version = _check_root(root, path)
    # Without an internal subset, an entity reference survives parsing only when a
    # DOCTYPE names an external one: units are searched for them then.
    doctype = bool(root.getroottree().docinfo.doctype)
    namespace = VERSIONS[version]
    unit_tag = f"{{{namespace}}}trans-unit" if _first(version) else f"{{{XLIFF2_NS}}}unit"
    reader = partial(_unit_1, namespace=namespace) if _first(version) else _unit_2
    holders = (f"{{{namespace}}}file",) if _first(version) else (f"{{{XLIFF2_NS}}}xliff",)  # say the languages
    strays = _strays(namespace)
    context = etree.iterparse(
        str(path), events=("start", "end"), resolve_entities=False, load_dtd=False, no_network=True,
        tag=(*holders, unit_tag, *strays),
    )
    seen: set[str] = set()
    keys: set[str] = set()
    original: str | None = None
    try:
        for event, element in context:
            if event == "start":
                if element.tag in holders or element.tag in strays:
                    original = _holder_started(element, version, path, source_lang, target_lang)
                continue
            if element.tag != unit_tag:
                continue
            unit_id = element.get("id")
            line = element.sourceline
            if not unit_id:
                raise InputError.worded(N_("{path}, line {line}: a unit has no id"), path=path, line=line)
            if unit_id in seen:
                raise InputError.worded(N_("{path}, line {line}: the unit id {unit_id!r} is used twice"), path=path, line=line, unit_id=unit_id)
            seen.add(unit_id)
            if doctype and any(isinstance(node, etree._Entity) for node in element.iter()):
                raise InputError.worded(N_("{path}, line {line}: uses XML entities that XLIFF never needs (refused)"), path=path, line=line)
            try:
                yield from _named_once(reader(element, unit_id, file=original), keys)
            except InputError as exc:
                raise InputError.worded(N_("{path}, line {line}: unit {unit_id!r}: {exc}"), path=path, line=line, unit_id=unit_id, exc=exc) from None
            element.clear(keep_tail=True)
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(path, exc) from None
    if not seen:
        raise InputError.worded(N_("{path}: no translation units found"), path=path)


def _strays(namespace: str) -> tuple[str, ...]:
    """The XLIFF elements that hold units, in every namespace an XLIFF version or no namespace gives
    them but `namespace`. Only the file's own are read: a `file` of XLIFF 2.0 pasted into a 1.2
    file, or a `trans-unit` written without a namespace, was passed over, and its units were lost
    without a word (an update from a returned file said "1 of 1 unit changed" for a file of three).
    """
    return tuple(
        f"{{{other}}}{local}" if other else local
        for other in sorted({*VERSIONS.values(), ""} - {namespace})
        for local in ("file", "trans-unit", "unit")
    )


def _holder_started(element: Any, version: str, path: Path, source_lang: str, target_lang: str) -> str | None:
    """The `original` of a `file` (1.x) that starts, its languages checked; a stray (`_strays`) refused."""
    if _namespace(element.tag) != VERSIONS[version]:
        raise InputError.worded(
            N_("{path}, line {line}: a <{local}> in the namespace {found}, not the file's {expected}: "
               "its units would not be read"),
            path=path, line=element.sourceline, local=_local(element.tag),
            found=_namespace(element.tag) or "none", expected=VERSIONS[version],
        )
    _check_languages(element, version, path, source_lang, target_lang)
    return element.get("original") if _first(version) else None


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag[:1] == "{" else ""


def _named_once(segments: Iterator[XliffSegment], keys: set[str]) -> Iterator[XliffSegment]:
    """`segments`, each key added to `keys`; a key already there is refused. `fill_xliff` finds
    each target by its key, so two segments of one key (a segment id or `mid` used twice in a
    unit, or a unit named like another's segment, `u#2`) took one target in the export, the
    other's lost."""
    for segment in segments:
        if segment.unit_id in keys:
            raise InputError.worded(
                N_("segment {key!r} is named twice: the export could not tell their targets apart"), key=segment.unit_id)
        keys.add(segment.unit_id)
        yield segment


def _check_languages(element: Any, version: str, path: Path, source_lang: str, target_lang: str) -> None:
    source, target = _languages(element, version)
    if not source:
        raise InputError.worded(N_("{path}: the file names no source language"), path=path)
    if not language_rank(source, source_lang):
        raise InputError.worded(N_("{path}: its source language is {source}, the project's is {source_lang}"), path=path, source=source, source_lang=source_lang)
    if target and not language_rank(target, target_lang):
        raise InputError.worded(N_("{path}: its target language is {target}, the project's is {target_lang}"), path=path, target=target, target_lang=target_lang)


def _collapsed(text: str) -> str:
    """`text` with each run of XML white space one space, none at its ends (`_SPACE`)."""
    return _SPACE.sub(" ", text).strip(" ")


def _preserve(element: Any) -> bool:
    """Is whitespace significant here (`xml:space="preserve"` on it or the nearest ancestor)?"""
    node = element
    while node is not None:
        value = node.get(XML_SPACE)
        if value is not None:
            return bool(value == "preserve")
        node = node.getparent()
    return False


def _content(element: Any, vocabulary: Vocabulary, numbering: Numbering, *, target: bool,
             preserve: bool) -> tuple[str, dict[str, Code]]:
    text, codes = extract(element, vocabulary, numbering, target=target)
    if not preserve:
        text = _collapsed(text)
    return text, codes


def _pairs_ok(element: Any, opening: Mapping[str, tuple[str, ...]], closing: Mapping[str, tuple[str, ...]]) -> None:
    """Refuse a closing code whose opening half is not there, and the reverse (XLIFF 1.2 keeps pairs together)."""
    opened: list[str] = []
    closed: list[str] = []
    for child in element.iter():
        name = _local(child.tag)
        if name in opening:
            opened.append(next((child.get(a) for a in opening[name] if child.get(a)), ""))
        elif name in closing:
            closed.append(next((child.get(a) for a in closing[name] if child.get(a)), ""))
    if sorted(opened) != sorted(closed):
        raise InputError.worded(N_("inline codes do not pair up (opening {opened}, closing {closed})"), opened=sorted(opened), closed=sorted(closed))


def _notes(unit: Any, namespace: str) -> tuple[str, ...]:
    return tuple(
        _collapsed(note.text or "")
        for note in unit.iter(f"{{{namespace}}}note")
        if (note.text or "").strip()
    )


def _unit_1(unit: Any, unit_id: str, *, namespace: str, file: str | None,
            keep_space: bool = False) -> Iterator[XliffSegment]:
    """The unit's segments; with `keep_space`, their texts with the file's white space as it is
    (what `_spaced_like` compares an edited target with), whatever `xml:space` says."""
    ns = f"{{{namespace}}}"
    if unit.get("restype") == GETTEXT_HEADER:
        return
    locked = unit.get("translate") == "no"
    source = unit.find(f"{ns}source")
    if source is None:
        raise InputError.worded(N_("it has no <source>"))
    target = unit.find(f"{ns}target")
    notes = _notes(unit, namespace)
    state = target.get("state") if target is not None else None
    status = _STATE_IN_1.get(state or "", "draft")
    machine = target is not None and target.get("state-qualifier") in MT_QUALIFIERS
    if unit.get("approved") == "yes" and target is not None:
        status = "reviewed"
    seg_source = unit.find(f"{ns}seg-source")
    marks = [m for m in seg_source.iter(f"{ns}mrk") if m.get("mtype") == "seg"] if seg_source is not None else []
    preserve = keep_space or _preserve(source)
    sdl = _sdl_segments(unit) if state is None and unit.get("approved") != "yes" else {}
    if not marks:
        for side in (source, target):
            if side is not None:
                _pairs_ok(side, XLIFF1_CODES.opening, XLIFF1_CODES.closing)
        numbering = Numbering()
        src, src_codes = _content(source, XLIFF1_CODES, numbering, target=False, preserve=preserve)
        numbering.target_side()
        tgt, tgt_codes = (
            _content(target, XLIFF1_CODES, numbering, target=True, preserve=keep_space or _preserve(target))
            if target is not None
            else ("", {})
        )
        yield XliffSegment(unit_id, src, tgt, status if tgt else "draft", locked, notes,
                           InlineCodes("xliff1", src_codes, tgt_codes) if src_codes or tgt_codes else None, file,
                           machine=machine and bool(tgt))
        return
    target_marks = (
        {m.get("mid"): m for m in target.iter(f"{ns}mrk") if m.get("mtype") == "seg"}
        if target is not None else {}
    )
    # Pairs are checked over the whole `seg-source`: a `bx` in one segment and its `ex` in the
    # next is what those codes are for (Okapi splits "click “<bx/>Convert”. <ex/>Set" so), and
    # a unit of such a file was refused.
    assert seg_source is not None
    _pairs_ok(seg_source, XLIFF1_CODES.opening, XLIFF1_CODES.closing)
    for mark in marks:
        mid = mark.get("mid") or ""
        twin = target_marks.get(mid)
        numbering = Numbering()
        src, src_codes = _content(mark, XLIFF1_CODES, numbering, target=False, preserve=preserve)
        numbering.target_side()
        tgt, tgt_codes = (
            _content(twin, XLIFF1_CODES, numbering, target=True, preserve=keep_space or _preserve(twin))
            if twin is not None
            else ("", {})
        )
        said = _SDL_IN.get(sdl[mid].get("conf") or "", "draft") if mid in sdl else status
        yield XliffSegment(f"{unit_id}#{mid}", src, tgt, said if tgt else "draft", locked, notes,
                           InlineCodes("xliff1", src_codes, tgt_codes) if src_codes or tgt_codes else None, file,
                           machine=machine and bool(tgt))


def _sdl_segments(unit: Any) -> dict[str, Any]:
    """Trados Studio's `sdl:seg` of each segment of a 1.2 unit, by the `mid` it describes."""
    return {seg.get("id") or "": seg for seg in unit.iter(f"{{{SDL_NS}}}seg")}


def _unit_2(unit: Any, unit_id: str, *, file: str | None, keep_space: bool = False) -> Iterator[XliffSegment]:
    """The unit's segments (`keep_space` as in `_unit_1`)."""
    ns = f"{{{XLIFF2_NS}}}"
    locked = unit.get("translate") == "no"
    notes = _notes(unit, XLIFF2_NS)
    segments = unit.findall(f"{ns}segment")
    if not segments:
        raise InputError.worded(N_("it has no <segment>"))
    started = {sc.get("id") for sc in unit.iter(f"{ns}sc") if sc.get("isolated") != "yes"}
    for ec in unit.iter(f"{ns}ec"):
        if ec.get("isolated") != "yes" and ec.get("startRef") not in started:
            raise InputError.worded(N_("inline code <ec startRef={ref!r}> has no <sc> to close"), ref=ec.get('startRef'))
    for index, segment in enumerate(segments, start=1):
        source = segment.find(f"{ns}source")
        if source is None:
            raise InputError.worded(N_("a segment has no <source>"))
        target = segment.find(f"{ns}target")
        numbering = Numbering()
        src, src_codes = _content(source, XLIFF2_CODES, numbering, target=False,
                                  preserve=keep_space or _preserve(source))
        numbering.target_side()
        tgt, tgt_codes = (
            _content(target, XLIFF2_CODES, numbering, target=True, preserve=keep_space or _preserve(target))
            if target is not None
            else ("", {})
        )
        status = _STATE_IN_2.get(segment.get("state") or "", "draft") if tgt else "draft"
        key = unit_id if len(segments) == 1 else f"{unit_id}#{segment.get('id') or index}"
        yield XliffSegment(key, src, tgt, status, locked or segment.get("translate") == "no", notes,
                           InlineCodes("xliff2", src_codes, tgt_codes) if src_codes or tgt_codes else None, file)


# -- filling the original in ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FilledTarget:
    """What to put into one segment of the original file."""

    target: str
    status: str
    codes: InlineCodes | None
    notes: tuple[str, ...] = ()
    """Notes to add to the unit (segment comments), each once: a note the unit already holds is not repeated."""


_UNIT_SPANS = {
    "1.2": regex.compile(r"<trans-unit\b[^>]*?(?:/>|>.*?</trans-unit\s*>)", flags=regex.DOTALL),
    "2": regex.compile(r"<unit\b[^>]*?(?:/>|>.*?</unit\s*>)", flags=regex.DOTALL),
}
"""A unit's text in the file, when written without a namespace prefix (as every tool writes it)."""
_ID = regex.compile(r"""\sid\s*=\s*(["'])(.*?)\1""", flags=regex.DOTALL)


def fill_xliff(original: Path, path: Path, targets: Mapping[str, FilledTarget]) -> int:
    """Write `original` to `path` with `targets` (by unit id) filled in; returns how many were filled.

    Only the targets and their states change; units not in `targets`, and
    locked ones, are left exactly as they were. The file's own text is kept
    byte for byte outside the units that get a target: each such unit is cut
    out of the text, parsed alone, filled and put back, so a 100,000-unit
    file never becomes a tree in memory. A file this cannot be done on
    (units written with a namespace prefix, or a unit's text inside a
    comment) is filled through the whole document tree instead.
    """
    version, encoding, nsmap, units = _survey(original)
    codec = "utf-8" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
    text = original.read_bytes().decode(codec)
    spans = list(_UNIT_SPANS["1.2" if _first(version) else "2"].finditer(text))
    if len(spans) != units:
        return _fill_tree(original, path, targets, codec)
    wanted = {key.split("#", 1)[0] for key in targets}
    declarations = " ".join(
        f'xmlns{":" + prefix if prefix else ""}="{escape_attr(uri)}"' for prefix, uri in nsmap.items() if prefix != "xml"
    )
    target_lang = _target_lang(text, version)
    out: list[str] = []
    position = filled = 0
    for span in spans:
        start_tag = span.group(0)[: span.group(0).find(">") + 1]
        found = _ID.search(start_tag)
        if found is None or html.unescape(found.group(2)) not in wanted:
            continue
        quick = _quick_fill(span.group(0), start_tag, targets.get(html.unescape(found.group(2))), target_lang)
        if quick is not None:
            out += [text[position : span.start()], quick]
            position = span.end()
            filled += 1
            continue
        try:
            wrapper = etree.fromstring(f"<wrapper {declarations}>{span.group(0)}</wrapper>", _parser())
        except etree.XMLSyntaxError:  # a prefix declared on an element between the root and the unit
            return _fill_tree(original, path, targets, codec)
        count, changed = _fill_unit(wrapper[0], targets, version, wrapper, target_lang)
        filled += count
        if not changed:
            continue
        written = etree.tostring(wrapper, encoding="unicode")
        out += [text[position : span.start()], written[written.find(">") + 1 : written.rfind("</wrapper>")]]
        position = span.end()
    out.append(text[position:])
    # A file in a code page (ISO-8859-1) keeps it: a Russian target is written as character
    # references, where the export ended in a traceback.
    with atomic_output(path, encoding=codec, errors="xmlcharrefreplace") as fh:
        fh.writelines(out)
    return filled


_SOURCE_END = regex.compile(r"</source\s*>(\s*)")
_TRANSLATE_NO = regex.compile(r"""\stranslate\s*=\s*["']no["']""")
_SOURCE_SPACE = regex.compile(r"<source\b[^>]*\sxml:space\s*=")
"""A source with its own `xml:space`: its new target takes it too (`_new_target`), on the tree."""


def _quick_fill(unit: str, start_tag: str, wanted: FilledTarget | None, target_lang: str | None) -> str | None:
    """The common 1.2 case done on the text: a unit with one `source`, no `target` and no
    `seg-source` gets `<target>` written right after its source, as the tree would place it.
    None when the unit is any other shape (the caller parses it)."""
    if wanted is None or not unit.startswith("<trans-unit") or "<target" in unit or "<seg-source" in unit:
        return None
    if _TRANSLATE_NO.search(start_tag) or unit.count("</source") != 1 or _SOURCE_SPACE.search(unit):
        return None
    end = _SOURCE_END.search(unit)
    if end is None:
        return None
    codes = wanted.codes if wanted.codes is not None and wanted.codes.vocabulary == "xliff1" else None
    content = render(wanted.target, codes.lookup if codes else _no_code, _generic_1, escape_text)
    lang = f' xml:lang="{escape_attr(target_lang)}"' if target_lang else ""
    space = end.group(1)
    target = f'<target{lang} state="{STATE_OUT_1[wanted.status]}">{content}</target>'
    notes = "".join(f"{space}<note>{escape_text(note)}</note>" for note in _new_notes(unit, wanted.notes))
    return f"{unit[: end.end()]}{target}{notes}{space}{unit[end.end():]}"


def _new_notes(unit: str, notes: tuple[str, ...]) -> list[str]:
    """The notes the unit's text does not hold already (a file exported before and imported again)."""
    return [note for note in dict.fromkeys(notes) if f">{escape_text(note)}</note>" not in unit]


def _target_lang(text: str, version: str) -> str | None:
    """The file's target language, for the `xml:lang` of a new 1.x target."""
    if not _first(version):
        return None
    found = regex.search(r"""<file\b[^>]*?\starget-language\s*=\s*(["'])(.*?)\1""", text[:65536], flags=regex.DOTALL)
    return html.unescape(found.group(2)) if found else None


def _survey(original: Path) -> tuple[str, str, dict[str | None, str], int]:
    """Version, encoding, the root's namespace declarations and the number of units, read streaming."""
    if not original.is_file():
        raise InputError.worded(N_("{path}: no such file"), path=original)
    _refuse_declared_entities(original)
    version, encoding, nsmap, units = "", "UTF-8", {}, 0
    root = None
    try:
        for event, element in etree.iterparse(
            str(original), events=("start", "end"), resolve_entities=False, load_dtd=False, no_network=True
        ):
            if not version:
                _refuse_entities(element.getroottree(), original)
                version = _check_root(element, original)
                root = element
                nsmap = dict(element.nsmap)
                unit_tag = f"{{{VERSIONS[version]}}}trans-unit" if _first(version) else f"{{{XLIFF2_NS}}}unit"
            if event == "end" and element.tag == unit_tag:
                units += 1
                element.clear(keep_tail=True)
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(original, exc) from None
    if not version:
        raise InputError.worded(N_("{path}: empty or not XML"), path=original)
    # The encoding is known once the parse is done: at the root's start libxml2 has not said it
    # yet (None), and an ISO-8859-1 file was decoded as UTF-8, the export ending in a traceback.
    encoding = (root.getroottree().docinfo.encoding if root is not None else None) or encoding
    return version, encoding, nsmap, units


def _fill_tree(original: Path, path: Path, targets: Mapping[str, FilledTarget], codec: str) -> int:
    """`fill_xliff` through the whole document tree (lxml writes the parts it does not change anew)."""
    tree, info = parse_xliff(original)
    root = tree.getroot()
    tag = f"{{{VERSIONS[info.version]}}}trans-unit" if _first(info.version) else f"{{{XLIFF2_NS}}}unit"
    filled = sum(_fill_unit(unit, targets, info.version, root, info.target_lang)[0] for unit in root.iter(tag))
    data = etree.tostring(tree, xml_declaration=True, encoding=tree.docinfo.encoding or "UTF-8")
    with atomic_output(path, encoding=codec) as fh:
        fh.write(data.decode(codec))
    return filled


def _fill_unit(unit: Any, targets: Mapping[str, FilledTarget], version: str, context: Any,
               target_lang: str | None) -> tuple[int, bool]:
    """Fill one unit's targets: how many of its segments hold the project's target now, and
    whether the unit changed (a locked unit: none, unchanged; one that already says it all:
    those, unchanged)."""
    if unit.get("translate") == "no":
        return 0, False
    already = _says_already(unit, targets, version)
    if already is not None:
        return already, False
    if _first(version):
        return _fill_1(unit, unit.get("id") or "", targets, f"{{{VERSIONS[version]}}}", target_lang, context), True
    ns = f"{{{XLIFF2_NS}}}"
    filled = 0
    segments = unit.findall(f"{ns}segment")
    says = _held(unit, XLIFF2_NS)
    spaced = _held(unit, XLIFF2_NS, keep_space=True)
    for index, segment in enumerate(segments, start=1):
        unit_id = unit.get("id") or ""
        key = unit_id if len(segments) == 1 else f"{unit_id}#{segment.get('id') or index}"
        wanted = targets.get(key)
        if wanted is None or segment.get("translate") == "no":
            continue
        filled += 1
        if _same(says.get(key), wanted):
            continue
        target = segment.find(f"{ns}target")
        if target is None:
            source = segment.find(f"{ns}source")
            target = _new_target(etree.Element(f"{ns}target"), source)
            source.addnext(target)
            target.tail = source.tail
        _set_content(target, _spaced_like(wanted, spaced.get(key), target), XLIFF2_CODES, context)
        held = segment.get("state")
        segment.set("state", _state_out(held, _STATE_IN_2.get(held or "", "draft"), wanted.status, _STATE_OUT_2))
        if wanted.notes:
            container = unit.find(f"{ns}notes")
            if container is None:  # `notes` comes first in a 2.x unit
                container = etree.Element(f"{ns}notes")
                unit.insert(0, container)
            _add_notes(unit, container, f"{ns}note", [wanted])
    return filled, True


def _says_already(unit: Any, targets: Mapping[str, FilledTarget], version: str) -> int | None:
    """How many segments of the unit have a target to write, when the unit already holds every
    target, status and note the project would write into it; None when it does not.

    Such a unit is left as it was, byte for byte: an export filled every unit that had a
    target, so a client's file came back with each of its translated units rewritten (a state
    added to a plain `<target>`, attributes re-spaced, empty elements collapsed) for the three
    units the translator touched, and a diff of the file the client received showed them all.
    """
    says = _held(unit, VERSIONS[version])
    if not says:
        return None
    notes = {_collapsed(note.text or "") for note in unit.iter(f"{{{VERSIONS[version]}}}note")}
    count = 0
    for key, segment in says.items():
        wanted = targets.get(key)
        if wanted is None:
            continue
        if not _same(segment, wanted) or any(_collapsed(note) not in notes for note in wanted.notes):
            return None
        count += 1
    return count


def _held(unit: Any, namespace: str, *, keep_space: bool = False) -> dict[str, XliffSegment]:
    """The unit's segments as the file holds them now, by key; none when it cannot be read."""
    reader = _unit_2 if namespace == XLIFF2_NS else partial(_unit_1, namespace=namespace)
    try:
        return {segment.unit_id: segment
                for segment in reader(unit, unit.get("id") or "", file=None, keep_space=keep_space)}
    except InputError:
        return {}


def _same(says: XliffSegment | None, wanted: FilledTarget) -> bool:
    """Does the file's segment already have the target and the status the project would write?
    Such a segment of a unit being filled is left alone (a 2.x `segment` gained `state="initial"`)."""
    return says is not None and (says.target, says.status) == (wanted.target, wanted.status)


def _fill_1(unit: Any, unit_id: str, targets: Mapping[str, FilledTarget], ns: str,
            target_lang: str | None, context: Any) -> int:
    source = unit.find(f"{ns}source")
    seg_source = unit.find(f"{ns}seg-source")
    marks = [m for m in seg_source.iter(f"{ns}mrk") if m.get("mtype") == "seg"] if seg_source is not None else []
    keys = [f"{unit_id}#{m.get('mid') or ''}" for m in marks] if marks else [unit_id]
    wanted = [targets.get(key) for key in keys]
    if not any(wanted):
        return 0
    says = _held(unit, ns[1:-1])
    spaced = _held(unit, ns[1:-1], keep_space=True)
    target = unit.find(f"{ns}target")
    if target is None:
        anchor = seg_source if seg_source is not None else source
        target = _new_target(_segmented_like(seg_source, ns) if marks else etree.Element(f"{ns}target"), anchor, source)
        if target_lang:
            target.set(XML_LANG, target_lang)
        anchor.addnext(target)
        target.tail = anchor.tail
    elif marks and not "".join(target.itertext()).strip() and not len(target):
        # `<target></target>` beside a segmented source (Okapi, Matecat): made segmented like it,
        # its attributes kept. Each translation was dropped here, the export saying it was written.
        segmented = _segmented_like(seg_source, ns)
        for name, value in target.attrib.items():
            segmented.set(name, value)
        segmented.tail = target.tail
        unit.replace(target, segmented)
        target = segmented
    filled = 0
    statuses = []
    if marks:
        by_mid = {m.get("mid"): m for m in target.iter(f"{ns}mrk") if m.get("mtype") == "seg"}
        sdl = _sdl_segments(unit)
        for key, mark, want in zip(keys, marks, wanted):
            if want is None:
                continue
            if mark.get("mid") not in by_mid:
                raise InputError.worded(
                    N_("unit {unit_id!r}: its <target> has no <mrk mid={mid!r}> for that segment of the <seg-source>, so its translation has nowhere to go"),
                    unit_id=unit_id, mid=mark.get("mid"))
            if _same(says.get(key), want):
                statuses.append(want.status)
                filled += 1
                continue
            twin = by_mid[mark.get("mid")]
            _set_content(twin, _spaced_like(want, spaced.get(key), twin), XLIFF1_CODES, context)
            statuses.append(want.status)
            filled += 1
            described = sdl.get(mark.get("mid") or "")
            if described is not None:
                conf = described.get("conf")
                described.set("conf", _state_out(conf, _SDL_IN.get(conf or "", "draft"), want.status, _SDL_OUT))
    else:
        only = wanted[0]
        assert only is not None
        _set_content(target, _spaced_like(only, spaced.get(unit_id), target), XLIFF1_CODES, context)
        statuses.append(only.status)
        filled = 1
    if statuses:
        weakest = min(statuses, key=["draft", "translated", "reviewed"].index)
        held = target.get("state")
        reads = "reviewed" if unit.get("approved") == "yes" else _STATE_IN_1.get(held or "", "draft")
        target.set("state", _state_out(held, reads, weakest, STATE_OUT_1))
        if target.get("state-qualifier") in MT_QUALIFIERS:
            del target.attrib["state-qualifier"]
        if weakest != "reviewed" and unit.get("approved") == "yes":
            unit.set("approved", "no")  # else the client's tool (and our import) reads it as still signed off
    _add_notes(unit, unit, f"{ns}note", [w for w in wanted if w is not None])
    return filled


def _new_target(target: Any, *sides: Any) -> Any:
    """`target`, with the `xml:space` the first of `sides` (its source, seg-source) sets on itself.

    A `<source xml:space="preserve">` (Okapi, Matecat, Symfony write it there, not on the unit)
    got a new `<target>` without it: the line breaks and double spaces of the translation were
    then whitespace any reader collapses, our own import too."""
    space = next((side.get(XML_SPACE) for side in sides if side is not None and side.get(XML_SPACE)), None)
    if space is not None:
        target.set(XML_SPACE, space)
    return target


def _segmented_like(seg_source: Any, ns: str) -> Any:
    """A new `target` segmented as `seg_source`: its markup, each segment's `mrk` left empty."""
    target = etree.fromstring(etree.tostring(seg_source))
    target.tag = f"{ns}target"
    target.tail = None
    for mark in target.iter(f"{ns}mrk"):
        if mark.get("mtype") == "seg":
            for child in list(mark):
                mark.remove(child)
            mark.text = None
    return target


def _state_out(held: str | None, reads: str, status: str, state_out: Mapping[str, str]) -> str:
    """The state to write for `status`: `held`, the file's, when the unit already `reads` as that status.

    A client's `signed-off` carries the client's workflow: rewriting an unchanged segment's
    `signed-off` as `final` changed a unit the translator never touched. A draft's state is
    always written anew: a `new` or `needs-translation` unit now has a target.
    """
    if held is not None and status != "draft" and reads == status:
        return held
    return state_out[status]


def _add_notes(unit: Any, parent: Any, tag: str, wanted: list[FilledTarget]) -> None:
    """Append each new note (a segment comment) to `parent` (the 1.2 unit, or a 2.x unit's `notes`)."""
    held = {_collapsed(note.text or "") for note in unit.iter(tag)}
    for filled in wanted:
        for text in filled.notes:
            if _collapsed(text) not in held:
                note = etree.SubElement(parent, tag)
                note.text = text
                held.add(_collapsed(text))


def _spaced_like(wanted: FilledTarget, held: XliffSegment | None, element: Any) -> FilledTarget:
    """`wanted` with the white space the file's target had where the edit left it.

    Without `xml:space="preserve"` the import reads a target's white space as one space (XLIFF
    lets a tool normalise it), but the file's consumer may still read it: a Markdown page of a
    web site's strings (autowp's Angular file) came back from a one-word edit with its 29 line
    breaks made spaces, its headings and lists run into one paragraph (usersweep25).

    So the words of the file's target and of the edit are matched (difflib over the words, tags'
    placeholders among them), and each single space of the edit takes the file's white space at
    the same place: between two words kept, or put one for one in place of the file's; at either
    end of a changed stretch; where words were taken out, the white space on either side of them
    that breaks a line, if one does. Words added take one place's white space once, before them.
    The target's leading and trailing white space stays unless the edit has its own; a gap the
    editor typed otherwise (a line break of their own) is theirs.
    """
    if held is None or _preserve(element):
        return wanted
    old_core, new_core = held.target.strip(_XML_WHITE), wanted.target.strip(_XML_WHITE)
    if not old_core or not new_core:
        return wanted
    old, new = _GAP.split(old_core), _GAP.split(new_core)  # words at even indices, white space at odd
    chosen: dict[int, int] = {}  # the gap after new word j -> the gap after old word i
    taken: set[int] = set()

    def offer(j: int, i: int) -> None:
        if i in taken:
            return
        if j in chosen:
            if "\n" not in old[2 * i + 1] or "\n" in old[2 * chosen[j] + 1]:
                return
            taken.discard(chosen[j])
        chosen[j] = i
        taken.add(i)

    for op, i1, i2, j1, j2 in _word_opcodes(old[0::2], new[0::2]):
        if 0 < i1 < len(old) // 2 + 1 and 0 < j1 < len(new) // 2 + 1:
            offer(j1 - 1, i1 - 1)  # the stretch's start, inside both texts: the same place in both
        if op == "equal" or op == "replace" and i2 - i1 == j2 - j1:
            for i, j in zip(range(i1, i2 - 1), range(j1, j2 - 1)):
                offer(j, i)
    for gap in range(1, len(new), 2):
        if new[gap] == " " and gap // 2 in chosen:
            new[gap] = old[2 * chosen[gap // 2] + 1]
    lead = wanted.target[: len(wanted.target) - len(wanted.target.lstrip(_XML_WHITE))]
    trail = wanted.target[len(wanted.target.rstrip(_XML_WHITE)):]
    lead = lead or held.target[: len(held.target) - len(held.target.lstrip(_XML_WHITE))]
    trail = trail or held.target[len(held.target.rstrip(_XML_WHITE)):]
    return replace(wanted, target=lead + "".join(new) + trail)


_MATCHED_AT_MOST = 10_000
"""Words (both sides together) between an edit's common start and end that difflib matches; a longer
middle is one replaced stretch (difflib's time grows faster than the words: 50,000 took 1.6 s)."""


def _word_opcodes(old: list[str], new: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes of two lists of words, matched only between their common start and end:
    an edit is local, and a page of 50,000 words with one changed is matched in a pass."""
    most = min(len(old), len(new))
    head = 0
    while head < most and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < most - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    middle_old, middle_new = old[head : len(old) - tail], new[head : len(new) - tail]
    ops = [("equal", 0, head, 0, head)] if head else []
    inner: Sequence[tuple[str, int, int, int, int]] = (
        [("replace", 0, len(middle_old), 0, len(middle_new))]
        if len(middle_old) + len(middle_new) > _MATCHED_AT_MOST
        else SequenceMatcher(None, middle_old, middle_new, autojunk=False).get_opcodes()
    )
    ops += [(op, i1 + head, i2 + head, j1 + head, j2 + head) for op, i1, i2, j1, j2 in inner]
    if tail:
        ops.append(("equal", len(old) - tail, len(old), len(new) - tail, len(new)))
    return ops


def _set_content(element: Any, wanted: FilledTarget, vocabulary: Vocabulary, context: Any) -> None:
    """Replace the content of `element` with the target text, its placeholders made markup again."""
    codes = wanted.codes if wanted.codes is not None and wanted.codes.vocabulary == vocabulary.name else None
    lookup = codes.lookup if codes else _no_code
    markup = render(wanted.target, lookup, vocabulary.generic, escape_text)
    namespaces = " ".join(
        f'xmlns{":" + prefix if prefix else ""}="{escape_text(uri)}"'
        for prefix, uri in (context.nsmap or {}).items()
        if prefix != "xml"
    )
    try:
        wrapper = etree.fromstring(f"<wrapper {namespaces}>{markup}</wrapper>", _parser())
    except etree.XMLSyntaxError as exc:  # kept markup that no longer fits: a bug, not bad input
        raise InputError.worded(N_("target of unit {target!r} cannot be written back ({exc})"), target=wanted.target[:40], exc=exc) from None
    for child in list(element):
        element.remove(child)
    element.text = wrapper.text
    for child in list(wrapper):
        element.append(child)


def _no_code(_token: str) -> None:
    return None
