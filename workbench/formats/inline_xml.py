"""Inline codes of XML interchange formats (TMX, XLIFF 1.2, XLIFF 2.x) to placeholders and back.

The three formats share one idea with different element names: codes that
*enclose* text (`hi`, `g`, `pc`, `mrk`), codes that *open* or *close* a pair
and hold the native code (`bpt`/`ept`, `bx`/`ex`, `sc`/`ec`), and codes that
*stand alone* (`ph`, `x`, `it`, `ut`). A `Vocabulary` names them per format;
`extract` turns a segment element into text with placeholders plus the
markup of each (see `workbench.tags`), and `render` (there) writes it
back. Markup is serialised here by hand, without namespace declarations, so
that it can be written into a TMX line or parsed back into an XLIFF tree
under the file's own namespace alike; its canonical form (C14N) equals the
original element's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from termbase.formats.xmlsafe import (
    LIBRARY_ADVICE,
    PROLOG_BYTES,
    TEXT_TOO_LONG,
    TOO_DEEP,
    declared_entity,
    utf8_under_code_page,
)
from workbench.errors import InputError
from workbench.tags import Code, Key, Numbering, Tag, TagKind, token
from workbench.wording import N_, Wording, phrase

XML_NS = "http://www.w3.org/XML/1998/namespace"


def declares_entities(path: Path) -> bool:
    """Whether the file's prolog declares an XML entity, read before any parser runs: no
    interchange file needs one, and libxml2 would stop a billion-laughs file with its own
    message (lxml 6.2: "Maximum entity amplification factor exceeded"), not this one's reason.
    The readers also check the parsed DTD, for a declaration past `PROLOG_BYTES`."""
    with path.open("rb") as fh:
        return declared_entity(fh.read(PROLOG_BYTES)) is not None


def refuse_utf8_declared_otherwise(path: Path, kind: str) -> None:
    """InputError when the XML declaration names a code page but the bytes are UTF-8 with letters
    past ASCII (`termbase.formats.xmlsafe.utf8_under_code_page`): read as declared, «Клуб» was
    stored as «ÐÐ»ÑÐ±», exit 0 (hardening, round fourteen)."""
    with path.open("rb") as fh:
        declared = utf8_under_code_page(fh)
    if declared is not None:
        raise InputError.worded(N_("{path}: declares the encoding {declared}, but its text is UTF-8: read as {declared}, every letter past "
                                   "ASCII would be stored wrong; correct the {kind} file's XML declaration (encoding=\"UTF-8\")"),
                                path=path, declared=declared, kind=kind)




def reader_complaint(message: str) -> str | Wording:
    """libxml2's complaint as a reason a user can act on. Its limits' complaints ("Excessive depth
    in document: 256, use XML_PARSE_HUGE option", "Text node too long, try XML_PARSE_HUGE") named
    an option of the library, which nobody running workbench can set (round 35): the depth and
    the text's length are said in our words, and the advice is dropped from any other; the rest
    stays libxml2's English."""
    deep = TOO_DEEP.match(message)
    if deep is not None:
        return phrase(N_("elements nested more than {depth} deep, past what the XML reader takes"), depth=deep.group(1))
    if TEXT_TOO_LONG.search(message):
        return phrase(N_("a text of over 10 MB in one element, past what the XML reader takes"))
    return LIBRARY_ADVICE.sub("", message)


def escape_text(value: str) -> str:
    """Character data: `&`, `<`, `>` (for `]]>`), and CR, which parsers would turn into LF."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def escape_attr(value: str) -> str:
    """An attribute value: as text, plus the quote and the whitespace parsers normalise."""
    return escape_text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


@dataclass(frozen=True)
class Vocabulary:
    """One format's inline elements and how their halves pair up."""

    name: str
    wrapping: frozenset[str]
    """Elements that enclose segment text (written as an open and a close placeholder)."""
    opening: dict[str, tuple[str, ...]]
    """Elements that open a pair, with the attributes that carry the pairing id."""
    closing: dict[str, tuple[str, ...]]
    """Elements that close a pair, with the attributes that name the pair they close."""
    standalone: frozenset[str]
    """Elements kept whole as one placeholder, native code and `sub` included."""
    generic: Callable[[Tag, bool], str]
    """Markup for a placeholder with no kept markup (inserted, or from another format)."""


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[1] if tag[:1] == "{" else tag


def _first(element: Any, names: tuple[str, ...]) -> str:
    for name in names:
        value = element.get(name)
        if value is not None:
            return value
    return ""


def extract(
    element: Any, vocabulary: Vocabulary, numbering: Numbering, *, target: bool
) -> tuple[str, dict[str, Code]]:
    """The text of `element` with placeholders, and the markup of each placeholder."""
    codes: dict[str, Code] = {}
    number = numbering.target if target else numbering.source
    parts: list[str] = [element.text or ""]

    def place(child: Any, kind: TagKind, markup: str, wraps: bool, pair_key: Key | None = None) -> int:
        name = _local(child.tag)
        ident = _first(child, ("id", "x", "i"))
        kind_of = child.get("type") or child.get("ctype") or ""
        keys = ((name, "id", ident) if ident else (name, "markup", markup), (name, "type", kind_of))
        n = number(keys, kind, pair_key)
        tok = token(kind, n)
        codes[tok] = Code(markup, wraps)
        parts.append(tok)
        return n

    def walk(parent: Any) -> None:
        for child in parent:
            name = _local(child.tag)
            if not name:  # a comment or processing instruction left in the segment
                if child.tag is etree.Entity:  # undeclared (a DOCTYPE naming an external DTD lets it pass)
                    raise InputError.worded(N_("the XML entity {entity} is declared nowhere in the file, so its text would be lost"), entity=child.text)
                parts.append(child.tail or "")
                continue
            if name in vocabulary.opening:
                pair = ("pair", _first(child, vocabulary.opening[name]))
                place(child, "open", serialise(child), False, pair)
            elif name in vocabulary.closing:
                pair = ("pair", _first(child, vocabulary.closing[name]))
                place(child, "close", serialise(child), False, pair)
            elif name in vocabulary.wrapping or (
                name not in vocabulary.standalone and (len(child) or child.text)
            ):
                n = place(child, "open", start_tag(child), True)
                parts.append(child.text or "")
                walk(child)
                tok = token("close", n)
                codes[tok] = Code(f"</{qualified(child, child.tag)}>", True)
                parts.append(tok)
            else:
                place(child, "standalone", serialise(child), False)
            parts.append(child.tail or "")

    walk(element)
    return "".join(parts), codes


def qualified(element: Any, name: str) -> str:
    """An element or attribute name as written: local, `xml:`-prefixed, or with its prefix."""
    if name[:1] != "{":
        return name
    namespace, local = name[1:].split("}", 1)
    if namespace == XML_NS:
        return f"xml:{local}"
    for prefix, uri in (element.nsmap or {}).items():
        if uri == namespace and prefix:
            if element.tag == name and (element.nsmap or {}).get(None) == namespace:
                return local
            return f"{prefix}:{local}"
    return local


def start_tag(element: Any) -> str:
    attrs = "".join(
        f' {qualified(element, name)}="{escape_attr(value)}"' for name, value in element.attrib.items()
    )
    return f"<{qualified(element, element.tag)}{attrs}>"


def serialise(element: Any) -> str:
    """An element with its content (not its tail), without namespace declarations."""
    name = qualified(element, element.tag)
    start = start_tag(element)
    if not len(element) and not element.text:
        return start[:-1] + "/>"
    inner = [escape_text(element.text or "")]
    for child in element:
        if isinstance(child.tag, str):
            inner.append(serialise(child))
        inner.append(escape_text(child.tail or ""))
    return f"{start}{''.join(inner)}</{name}>"
