"""Parsing XML from strangers: no entities, no DTD loading, no network.

Termbase files come from other tools and other people. An entity declaration
is how "billion laughs" (exponential expansion) and external-entity attacks
(reading local files, fetching URLs) get in, and no real TBX file needs one,
so any entity declaration is refused outright. A plain `<!DOCTYPE martif
SYSTEM "TBXcoreStructV02.dtd">`, which MARTIF files often carry, is allowed:
the DTD is never loaded.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from termbase.errors import TermbaseError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def parse_xml(data: bytes) -> Element:
    """The root element of a document, or a TermbaseError that says what was wrong."""
    with _refusals():
        return SafeET.parse(
            io.BytesIO(data), forbid_dtd=False, forbid_entities=True, forbid_external=True
        ).getroot()


def iter_xml(source: BinaryIO) -> Iterator[tuple[str, Element]]:
    """("start" | "end", element) events of a document read as a stream, refused like `parse_xml`.

    The caller may clear and drop elements it is done with: memory stays flat at any size.
    """
    with _refusals():
        yield from SafeET.iterparse(
            source, events=("start", "end"), forbid_dtd=False, forbid_entities=True, forbid_external=True
        )


@contextmanager
def _refusals() -> Iterator[None]:
    try:
        yield
    except EntitiesForbidden as exc:
        raise TermbaseError(
            f"refused: the file declares the XML entity {exc.name!r}; entity declarations are "
            "not allowed (they can expand without limit or read other files)"
        ) from None
    except (ExternalReferenceForbidden, DTDForbidden) as exc:
        raise TermbaseError(f"refused: the file refers to external XML resources ({exc})") from None
    except ParseError as exc:
        raise TermbaseError(f"not well-formed XML: {exc}") from None
    except (LookupError, ValueError) as exc:  # encoding="x-no-such", "UTF-7" (multi-byte)
        raise TermbaseError(f"the XML declares an encoding that cannot be read ({exc})") from None


def local_name(tag: object) -> str:
    """`{namespace}term` -> `term`; comments and processing instructions -> ''."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def text_of(element: Element) -> str:
    """All text inside an element (inline markup such as `<hi>` flattened), trimmed.

    Line breaks inside notes and definitions are kept; terms tidy their own spaces.
    """
    return "".join(element.itertext()).strip()
