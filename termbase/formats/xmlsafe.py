"""Parsing XML from strangers: no entities, no DTD loading, no network, flat memory.

Termbase files come from other tools and other people. An entity declaration
is how "billion laughs" (exponential expansion) and external-entity attacks
(reading local files, fetching URLs) get in, and no real TBX file needs one,
so any entity declaration is refused outright (and none is ever expanded). A
plain `<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">`, which MARTIF files
often carry, is allowed: the DTD is never loaded.

Files are streamed with lxml's `iterparse`, which hands over only the entries
asked for (the rest of the tree is walked in C) and lets each be released once
read: a file of a million entries is read in the memory of one. libxml2 refuses
elements nested more than 256 deep and encodings it cannot read, as one line.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, BinaryIO

from lxml import etree

from termbase.errors import N_, TermbaseError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

Element = Any
"""An lxml element (lxml ships no type information mypy can use)."""


def iter_entries(source: BinaryIO, names: Iterable[str], roots: Iterable[str]) -> Iterator[Element]:
    """The elements named `names` (any namespace) as each ends, under a root named in `roots`.

    Each is released (cleared and dropped from its parent) when the caller asks for
    the next. Raises TermbaseError for malformed XML, entity declarations, a wrong root.
    """
    _refuse_declared_entities(source)
    if (declared := utf8_under_code_page(source)) is not None:
        raise TermbaseError.worded(N_("the file declares the encoding {declared}, but its text is UTF-8: read as {declared}, every letter "
                                      "past ASCII would be stored wrong; correct its XML declaration (encoding=\"UTF-8\")"), declared=declared)
    context = etree.iterparse(
        source,
        events=("end",),
        tag=[f"{{*}}{name}" for name in names],
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )
    wanted = tuple(roots)
    checked = False
    try:
        for _, element in context:
            if not checked:
                _check_document(element.getroottree().getroot(), wanted)
                checked = True
            yield element
            _release(element)
        if not checked:
            _check_document(context.root, wanted)
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc) from None


_ENTITY_DECLARATION = re.compile(rb"<!ENTITY\s+(?:%\s*)?([^\s>\"']+)")
PROLOG_BYTES = 1 << 16
"""How much of a file `declared_entity` reads: the prolog of any real file, and more."""


def declared_entity(head: bytes) -> str | None:
    """The name of the first entity the internal DTD subset in `head` (a document's first
    bytes, `PROLOG_BYTES` of them) declares, or None.

    Read before parsing: libxml2 would otherwise stop a billion-laughs file itself, with a
    message that does not say why (lxml 6.2's "Maximum entity amplification factor exceeded"
    comes before any element a reader could check). UTF-16 with a byte order mark is read too.
    """
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head.decode("utf-16", "replace").encode("utf-8", "replace")
    end = head.find(b"]>")
    found = _ENTITY_DECLARATION.search(head, 0, end if end >= 0 else len(head))
    return found.group(1).decode("ascii", "replace") if found else None


_DECLARED_ENCODING = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']\s*([A-Za-z][A-Za-z0-9._:-]*)\s*["']""")
_UNICODE_NAME = re.compile(r"(?:utf|ucs)[-_]?\d", re.IGNORECASE)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
"""A byte order mark decides the encoding whatever the declaration says (libxml2 reads it so)."""


def utf8_under_code_page(source: BinaryIO) -> str | None:
    """The code page the XML declaration names (`ISO-8859-1`, `windows-1251`) when the bytes are
    UTF-8 with letters past ASCII, else None; `source` is left at its start.

    The parser follows the declaration, so every such letter was stored as two or three others
    («Клуб» as «ÐÐ»ÑÐ±»), exit 0 (hardening, round fourteen). Text really in a code page is not
    valid UTF-8 once it holds a letter past ASCII (a lone accented byte is no UTF-8 sequence), so
    only a wrong declaration is found. The file is read in blocks, and only when it declares
    another encoding than a Unicode one."""
    head = source.read(PROLOG_BYTES)
    source.seek(0)
    declared = _DECLARED_ENCODING.match(head)
    if head.startswith(_BOMS) or declared is None or _UNICODE_NAME.match(name := declared.group(1).decode("ascii")):
        return None
    try:
        codecs.lookup(name)
    except LookupError:  # an encoding nobody can read is the parser's to refuse, by that name
        return None
    decoder = codecs.getincrementaldecoder("utf-8")()
    past_ascii = False
    try:
        while block := source.read(2**20):
            decoder.decode(block)
            past_ascii = past_ascii or not block.isascii()
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None
    finally:
        source.seek(0)
    return name if past_ascii else None


def _refuse_declared_entities(source: BinaryIO) -> None:
    """Refuse an entity declaration in the prolog before parsing (`declared_entity`)."""
    head = source.read(PROLOG_BYTES)
    source.seek(0)
    name = declared_entity(head)
    if name is not None:
        _refuse_entity(name)


def _refuse_entity(name: str) -> None:
    raise TermbaseError.worded(N_("refused: the file declares the XML entity {name!r}; entity declarations are not allowed (they can expand without limit or read other files)"), name=name)


def _check_document(root: Element, roots: tuple[str, ...]) -> None:
    dtd = root.getroottree().docinfo.internalDTD if root is not None else None
    for entity in dtd.iterentities() if dtd is not None else ():  # one the prolog scan missed
        _refuse_entity(entity.name)
    kind = local_name(root.tag) if root is not None else "nothing"
    if kind not in roots:
        expected = " or ".join(f"<{name}>" for name in roots)
        raise TermbaseError.worded(N_("not a TBX file (the root element is <{kind}>, not {expected})"), kind=kind, expected=expected)


def lost_complaint(exc: etree.XMLSyntaxError) -> tuple[int, str] | None:
    """(line, message) of what libxml2 said when `exc` lost it, else None.

    `iterparse` sometimes does: its exception says only "no element found" on line 0
    (an undefined entity, for one), while the parser's log kept what went wrong and where.
    The log is per thread and holds earlier files' complaints too; a parse stops at its
    fatal error, so this file's is the log's last.
    """
    if exc.lineno or not str(exc.msg or exc).startswith("no element found"):
        return None
    fatal = [entry for entry in exc.error_log if entry.level >= etree.ErrorLevels.FATAL]
    return (fatal[-1].line, fatal[-1].message) if fatal else None


TOO_DEEP = re.compile(r"Excessive depth in document: (\d+)")
"""libxml2's words for its depth limit."""
TEXT_TOO_LONG = re.compile(r"Text node too long|huge text node")
"""libxml2's words for its text limit, by version ("huge text node" in the one lxml 5.2 ships)."""
LIBRARY_ADVICE = re.compile(r",?\s*(?:use|try) (?:the )?XML_PARSE_HUGE(?: option)?\s*", re.IGNORECASE)
"""libxml2's advice after its limits' complaints: an option of the library, which nobody running
the program can set; with the line break it puts after it ("Buffer size limit exceeded, try
XML_PARSE_HUGE\n, line 1", a 12 MB attribute: round 37)."""


def _syntax_error(exc: etree.XMLSyntaxError) -> TermbaseError:
    """The refusal in our words; libxml2's own complaint (English) follows as a detail."""
    lost = lost_complaint(exc)
    text = str(exc) if lost is None else f"{lost[1]} (line {lost[0]})"
    if "amplification" in text or "entity" in text.lower():
        return TermbaseError.worded(N_("refused: the file uses XML entities, which are not allowed ({reason})"), reason=text)
    if "encoding" in text.lower():
        return TermbaseError.worded(N_("the XML declares an encoding that cannot be read ({reason})"), reason=text)
    # libxml2's limits said in our words, as an XLIFF's and a TMX's are: a TBX said "use
    # XML_PARSE_HUGE option" (hardening, round 36)
    if deep := TOO_DEEP.search(text):
        return TermbaseError.worded(N_("the file is nested too deeply to read (elements nested more than {depth} deep, "
                                       "past what the XML reader takes{where})"),
                                    depth=deep.group(1), where=_where(exc, lost))
    if TEXT_TOO_LONG.search(text):
        return TermbaseError.worded(N_("not well-formed XML: a text of over 10 MB in one element, past what the XML "
                                       "reader takes{where}"), where=_where(exc, lost))
    return TermbaseError.worded(N_("not well-formed XML: {reason}"), reason=LIBRARY_ADVICE.sub("", text))


def _where(exc: etree.XMLSyntaxError, lost: tuple[int, str] | None) -> str:
    """", line N" of the complaint, when the reader said where."""
    line = lost[0] if lost is not None else exc.lineno
    return f", line {line}" if line else ""


def _release(element: Element) -> None:
    """Free a read element and its already-read siblings."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


@lru_cache(maxsize=1024)
def local_name(tag: object) -> str:
    """`{namespace}term` -> `term`; comments and processing instructions -> ''."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def text_of(element: Element) -> str:
    """All text inside an element (inline markup such as `<hi>` flattened), trimmed.

    Line breaks inside notes and definitions are kept; terms tidy their own spaces.
    """
    if len(element) == 0:  # the common case: no inline markup
        return (element.text or "").strip()
    return "".join(element.itertext()).strip()
