"""TMX (Translation Memory eXchange): what OmegaT, memoQ and Trados exchange.

Reading accepts TMX 1.1 to 1.4b: language from `xml:lang` or the TMX 1.1
`lang` attribute, any encoding the XML declaration (or BOM) states, tags with
or without a namespace. It streams with `lxml.etree.iterparse`, clearing each
`tu` once read, so memory stays flat whatever the file size. Parsing never
resolves entities, loads a DTD or touches the network; a file that declares
entities in an internal DTD subset (the billion-laughs and external-entity
attacks) is refused before its first unit, and a malformed or truncated file
raises `InputError` naming the file and line.

Writing produces TMX 1.4b with an lxml incremental writer (`etree.xmlfile`):
one `tu` per unit with `tuid`, `creationdate`/`changedate` in TMX's UTC form
`YYYYMMDDThhmmssZ`, `xml:lang` on every `tuv`, status and confidence as
`x-status`/`x-confidence` props and notes as `note`. Escaping is lxml's, so
`<`, `&` and `]]>` in text come out right and `\\r` survives as `&#13;`;
whitespace inside segments is written exactly as it is.

Characters XML 1.0 cannot hold at all (C0 controls other than tab, newline
and carriage return; lone surrogates; U+FFFE/U+FFFF) are *removed* on export
and counted in the `WriteReport`, which the CLI turns into a warning: they are
OCR and PDF-extraction debris (form feeds, NULs), never meaning, and refusing
the whole export over one of them would help nobody.

Inline markup and its placeholder form
--------------------------------------
Segments carry inline codes (`bpt`, `ept`, `ph`, `it`, `ut`, `hi`); our
segments are plain text, so each code becomes a placeholder in the text,
between the brackets U+27E6/U+27E7 that real prose never uses:

==========================================  ===========================
TMX                                         placeholder
==========================================  ===========================
``<bpt i="1">&lt;b></bpt>``                 ``⟦bpt1⟧``
``<ept i="1">&lt;/b></ept>``                ``⟦ept1⟧``
``<ph x="2">&lt;br/></ph>``                 ``⟦ph2⟧``
``<it pos="begin" x="3">...</it>``          ``⟦it3⟧``
``<it pos="end" x="3">...</it>``            ``⟦/it3⟧``
``<ut x="4">...</ut>``                      ``⟦ut4⟧``
``<hi x="5">text</hi>``                     ``⟦hi5⟧text⟦/hi5⟧``
==========================================  ===========================

The number is the element's `i` (bpt/ept) or `x` attribute, kept to letters,
digits, `_`, `.` and `-` (empty when absent: ``⟦ph⟧``). The native code inside
an element (and any `sub` flow inside it) is not kept: it belongs to the
original file format, not to the translation. On export every well-formed
placeholder becomes the element again (``⟦hi⟧`` only when it has its matching
``⟦/hi⟧``), so markup survives a round trip through the project as markup,
and text that merely looks like markup (``<b>``, ``&amp;``) stays text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from lxml import etree

from workbench.core.errors import InputError
from workbench.formats.base import (
    BitextFormat,
    TranslationUnit,
    WriteReport,
    atomic_output,
    language_rank,
)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PROP_STATUS = "x-status"
PROP_CONFIDENCE = "x-confidence"
ADMIN_LANG = "en"

PLACEHOLDER_RE = re.compile(r"⟦(/?)(bpt|ept|ph|it|ut|hi)([A-Za-z0-9_.\-]*)⟧")
"""One placeholder: optional closing slash, element name, its i/x number."""
_IDENT_DROP = re.compile(r"[^A-Za-z0-9_.\-]")
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters that cannot appear in an XML 1.0 document, even escaped."""
_SYNTAX_POSITION = re.compile(r",? line \d+, column \d+$")
_CODE_TAGS = frozenset({"bpt", "ept", "ph", "it", "ut"})


# -- dates -----------------------------------------------------------------


def format_tmx_date(moment: datetime) -> str:
    """TMX's UTC date form `YYYYMMDDThhmmssZ`; a naive datetime is taken to be UTC."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def parse_tmx_date(value: str | None) -> datetime | None:
    """Read a TMX date (or an ISO 8601 one, which some tools write); None if unreadable.

    A bad date is metadata noise, not a reason to reject a translation unit.
    """
    if not value:
        return None
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
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# -- reading ---------------------------------------------------------------


def read_tmx(
    path: Path | str, source_lang: str, target_lang: str
) -> Iterator[TranslationUnit]:
    """Stream the units of a TMX file oriented `source_lang` -> `target_lang`.

    Every `tu` with a variant in the source language yields a unit; its
    target is empty when the `tu` has no variant in the target language.
    Variants are matched by `language_rank` (`ru-RU`, `RU`, `ru_RU` all fit
    `ru`; an exact tag wins over a regional one). A file whose units have no
    variant in the source language at all raises InputError listing the
    languages it does have, rather than importing nothing in silence.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    context = etree.iterparse(
        str(path),
        events=("start", "end"),
        tag=("{*}tmx", "{*}header", "{*}tu"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
    )
    ranks: dict[str, tuple[int, int]] = {}
    seen_langs: set[str] = set()
    seen_root = False
    units = matched = 0
    try:
        for event, element in context:
            tag = _local(element.tag)
            if event == "start":
                if tag == "tmx" and not seen_root:
                    seen_root = True
                    _refuse_entities(element, path)
                continue
            if tag == "tu":
                units += 1
                unit = _unit(element, source_lang, target_lang, ranks, seen_langs)
                _release(element)
                if unit is not None:
                    matched += 1
                    yield unit
            elif tag == "header":
                _release(element)
    except etree.XMLSyntaxError as exc:
        raise InputError(_syntax_message(path, exc)) from None
    if not seen_root:
        root = context.root
        found = _local(root.tag) if root is not None else "nothing"
        raise InputError(f"{path}: not a TMX file (the root element is <{found}>, not <tmx>)")
    if units and not matched:
        langs = ", ".join(sorted(seen_langs)) or "none"
        raise InputError(
            f"{path}: none of its {units} units has a {source_lang} variant (languages in the file: {langs})"
        )


def _local(tag: Any) -> str:
    """The element name without a namespace (`{http://www.lisa.org/tmx14}tu` -> `tu`)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[1] if tag[:1] == "{" else tag


def _refuse_entities(root: Any, path: Path) -> None:
    """Refuse an internal DTD subset that declares entities: no TMX needs one."""
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputError(
            f"{path}: declares XML entities in its DOCTYPE, which TMX never needs "
            "(refused: entity expansion and external entities are a known attack)"
        )


def _release(element: Any) -> None:
    """Free a processed element and its already-processed siblings (flat memory)."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _syntax_message(path: Path, exc: etree.XMLSyntaxError) -> str:
    """One line naming the file, the line and libxml2's first complaint."""
    line, message = exc.lineno or 0, str(exc.msg or exc)
    for entry in exc.error_log:  # the log is per thread: keep to this file's entries
        if entry.filename == str(path) and entry.level >= etree.ErrorLevels.ERROR:
            line, message = entry.line, entry.message
            break
    message = _SYNTAX_POSITION.sub("", message).strip() or "malformed XML"
    if message in ("no element found", "Document is empty"):
        return f"{path}: empty or not XML"
    where = f", line {line}" if line else ""
    return f"{path}{where}: malformed TMX ({message})"


def _unit(
    tu: Any,
    source_lang: str,
    target_lang: str,
    ranks: dict[str, tuple[int, int]],
    seen_langs: set[str],
) -> TranslationUnit | None:
    notes: list[str] = []
    props: list[tuple[str, str]] = []
    variants: list[tuple[str, Any]] = []
    for child in tu:
        tag = _local(child.tag)
        if tag == "tuv":
            lang = child.get(XML_LANG) or child.get("lang") or ""
            variants.append((lang, child))
            for sub in child:
                subtag = _local(sub.tag)
                if subtag == "note":
                    notes.append(sub.text or "")
                elif subtag == "prop":
                    props.append((sub.get("type", ""), sub.text or ""))
        elif tag == "note":
            notes.append(child.text or "")
        elif tag == "prop":
            props.append((child.get("type", ""), child.text or ""))
    source = target = None
    source_rank = target_rank = 0
    for lang, tuv in variants:
        rank = ranks.get(lang)
        if rank is None:
            rank = ranks[lang] = (language_rank(lang, source_lang), language_rank(lang, target_lang))
            seen_langs.add(lang)
        if rank[0] > source_rank:
            source, source_rank = (lang, tuv), rank[0]
    for lang, tuv in variants:
        rank = ranks[lang]
        if rank[1] > target_rank and (source is None or tuv is not source[1]):
            target, target_rank = (lang, tuv), rank[1]
    if source is None:
        return None
    status = confidence = None
    kept: list[tuple[str, str]] = []
    for kind, value in props:
        if kind == PROP_STATUS and status is None:
            status = value.strip() or None
        elif kind == PROP_CONFIDENCE and confidence is None:
            confidence = _float(value)
        else:
            kept.append((kind, value))
    target_tuv = target[1] if target else None
    return TranslationUnit(
        source=_variant_text(source[1]),
        target=_variant_text(target_tuv) if target_tuv is not None else "",
        source_lang=source[0],
        target_lang=target[0] if target else target_lang,
        tuid=tu.get("tuid"),
        created=parse_tmx_date(tu.get("creationdate"))
        or (parse_tmx_date(target_tuv.get("creationdate")) if target_tuv is not None else None),
        changed=parse_tmx_date(tu.get("changedate"))
        or (parse_tmx_date(target_tuv.get("changedate")) if target_tuv is not None else None),
        status=status,
        confidence=confidence,
        notes=tuple(notes),
        props=tuple(kept),
    )


def _float(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number == number else None  # NaN is no confidence


def _variant_text(tuv: Any) -> str:
    for child in tuv:
        if _local(child.tag) == "seg":
            if len(child) == 0:
                return child.text or ""
            return _inline_text(child)
    return ""


def _inline_text(element: Any) -> str:
    """Text of a `seg` (or `hi`) with each inline code turned into its placeholder."""
    parts = [element.text or ""]
    for child in element:
        tag = _local(child.tag)
        if tag == "hi":
            ident = _ident(child.get("x"))
            parts += (f"⟦hi{ident}⟧", _inline_text(child), f"⟦/hi{ident}⟧")
        elif tag in ("bpt", "ept"):
            parts.append(f"⟦{tag}{_ident(child.get('i'))}⟧")
        elif tag == "it":
            slash = "/" if child.get("pos") == "end" else ""
            parts.append(f"⟦{slash}it{_ident(child.get('x'))}⟧")
        elif tag in ("ph", "ut"):
            parts.append(f"⟦{tag}{_ident(child.get('x'))}⟧")
        else:  # `sub` or a foreign element: its text is content, keep it
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _ident(value: str | None) -> str:
    return _IDENT_DROP.sub("", value or "")


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
    """
    path = Path(path)
    stamp = format_tmx_date(created or datetime.now(UTC))
    count = 0
    removed = [0]
    with atomic_output(path, binary=True) as fh:
        # The declaration in double quotes, as every TMX tool writes it (lxml would use single).
        fh.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
        with etree.xmlfile(fh, encoding="UTF-8") as xf:
            with xf.element("tmx", version="1.4"):
                xf.write("\n")
                header = etree.Element(
                    "header",
                    {
                        "creationtool": "workbench",
                        "creationtoolversion": workbench_version(),
                        "segtype": "sentence",
                        "o-tmf": "workbench",
                        "adminlang": ADMIN_LANG,
                        "srclang": source_lang,
                        "datatype": "plaintext",
                        "creationdate": stamp,
                    },
                )
                xf.write(header)
                xf.write("\n")
                with xf.element("body"):
                    xf.write("\n")
                    for unit in units:
                        xf.write(_tu_element(unit, source_lang, target_lang, removed))
                        xf.write("\n")
                        count += 1
                xf.write("\n")
    return WriteReport(path=path, units=count, removed_characters=removed[0])


def _clean(text: str, removed: list[int]) -> str:
    """`text` without the characters XML 1.0 cannot hold, counting what was dropped."""
    cleaned, dropped = _XML_INVALID.subn("", text)
    if dropped:
        removed[0] += dropped
    return cleaned


def _tu_element(
    unit: TranslationUnit, source_lang: str, target_lang: str, removed: list[int]
) -> Any:
    attrs: dict[str, str] = {}
    if unit.tuid:
        attrs["tuid"] = _clean(unit.tuid, removed)
    if unit.created:
        attrs["creationdate"] = format_tmx_date(unit.created)
    if unit.changed:
        attrs["changedate"] = format_tmx_date(unit.changed)
    tu = etree.Element("tu", attrs)
    for note in unit.notes:
        etree.SubElement(tu, "note").text = _clean(note, removed)
    if unit.status:
        etree.SubElement(tu, "prop", type=PROP_STATUS).text = _clean(unit.status, removed)
    if unit.confidence is not None:
        etree.SubElement(tu, "prop", type=PROP_CONFIDENCE).text = repr(float(unit.confidence))
    for kind, value in unit.props:
        etree.SubElement(tu, "prop", type=_clean(kind, removed) or "x-unknown").text = _clean(
            value, removed
        )
    for lang, text in (
        (unit.source_lang or source_lang, unit.source),
        (unit.target_lang or target_lang, unit.target),
    ):
        tuv = etree.SubElement(tu, "tuv", {XML_LANG: _clean(lang, removed)})
        _fill_segment(etree.SubElement(tuv, "seg"), _clean(text, removed))
    return tu


def _fill_segment(seg: Any, text: str) -> None:
    """Put `text` into `seg`, turning well-formed placeholders back into inline elements."""
    matches = list(PLACEHOLDER_RE.finditer(text))
    if not matches:
        seg.text = text
        return
    pairs = _hi_pairs(matches)
    stack = [seg]
    last: Any = None  # the element whose tail receives the next text, None: stack top's text
    position = 0

    def add_text(chunk: str) -> None:
        if not chunk:
            return
        if last is None:
            stack[-1].text = (stack[-1].text or "") + chunk
        else:
            last.tail = (last.tail or "") + chunk

    for index, match in enumerate(matches):
        closing, name, ident = match.group(1), match.group(2), match.group(3)
        if name == "hi":
            if not closing and index in pairs:
                add_text(text[position : match.start()])
                hi = etree.SubElement(stack[-1], "hi", {"x": ident} if ident else {})
                stack.append(hi)
                last = None
                position = match.end()
            elif closing and index in pairs.values():
                add_text(text[position : match.start()])
                last = stack.pop()
                position = match.end()
            continue
        if closing and name != "it":
            continue  # `⟦/ph1⟧` is not a placeholder: it stays text
        add_text(text[position : match.start()])
        if name in ("bpt", "ept"):
            attrs = {"i": ident}
        elif name == "it":
            attrs = {"pos": "end" if closing else "begin"}
            if ident:
                attrs["x"] = ident
        else:
            attrs = {"x": ident} if ident else {}
        last = etree.SubElement(stack[-1], name, attrs)
        position = match.end()
    add_text(text[position:])


def _hi_pairs(matches: list[re.Match[str]]) -> dict[int, int]:
    """Indices of `⟦hiN⟧` placeholders mapped to their properly nested `⟦/hiN⟧`."""
    pairs: dict[int, int] = {}
    opened: list[tuple[int, str]] = []
    for index, match in enumerate(matches):
        if match.group(2) != "hi":
            continue
        if not match.group(1):
            opened.append((index, match.group(3)))
        elif opened and opened[-1][1] == match.group(3):
            pairs[opened.pop()[0]] = index
    return pairs


class TmxFormat(BitextFormat):
    """TMX 1.4b out; TMX 1.1 to 1.4b in."""

    name = "tmx"
    extensions = (".tmx",)

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
