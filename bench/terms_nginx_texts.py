"""The eleventh bilingual term set's texts (`python -m bench.terms_bilingual --set ru-en-nginx`):
nginx's documentation, written in Russian by its authors and translated into English by them
(``nginx/nginx.org``, ``xml/ru/docs/...`` imported in October 2011, the English translations
committed from December 2011 on; a document's two files carry the same ``rev`` once the English
has caught up), read from the ``fetch`` mirror at ``3924a7f``, each file refused unless it hashes
to the sha256 frozen here. Nothing of the text is committed: the repository is under the 2-clause
BSD licence (``text/LICENSE``: © 2002-2021 Igor Sysoev, © 2011-2026 Nginx, Inc.); `pairs.tsv`
holds only ids and digests.

A document is one XML file of the site. Its units are, in document order, every ``para``,
``listitem`` and ``tag-desc`` element's own prose (`units`): code (``example``,
``programlisting``), tables and nested lists and paragraphs are left to their own units or out;
a ``link`` with no text reads as the directive or address it names, as the site shows it. A pair
is the Russian and the English unit at the same place of the two files; a document is used only
where both files have the same ``rev`` and the same number of units, and a unit only where its
Russian holds a Russian letter.
"""

from __future__ import annotations

import html.entities
import re
from pathlib import Path

from lxml import etree

from bench.align_heldout import SourceFile, read_source
from bench.qa_heldout import HeldOutCase, absent_is_missing
from bench.terms_listing import listed_case, rows

REPO = "nginx/nginx.org"
COMMIT = "3924a7f8334b93bbb4d5368f3d0cd44922ef2a6b"
PAIRS = Path(__file__).resolve().parent / "data" / "terms_bilingual_ruen_nginx" / "pairs.tsv"

_FILES: dict[str, tuple[str, str, str]] = {
    "nginx-beginners-guide": ("beginners_guide.xml", "9cad56c565fa55ceaae99bf898b5f0f9e812b7d4afb5c79a8d0353af152f7c3e",
        "bba430e0b33d8a1b375ff46f8bcf0bcb70470669481942ef64f1295a2e5c47c8"),
    "nginx-control": ("control.xml", "fc9feebef2e7f06cd9fc87c2ea0bd45a6eb6982bb35595dc6ab632ed1e329d66",
        "cf254b6bf2ed453acbec01d4fe44778bdaf5ae77f42d2e3b262a8af51df0b43e"),
    "nginx-events": ("events.xml", "f422f08e963a77385867a1418b4af91df58ef7894c1031fc747db8e1739a970d",
        "076b2c6a726bbfb5fd50bf59c864f58fe34dacfc4076734b6d5ffb35a372e7ca"),
    "nginx-debugging-log": ("debugging_log.xml", "0beec9785466a5dba7b03487f08ad560e614b9c460100be2d38ab27727e94f23",
        "d7843defa9446490bda539c919a260ee7a7635fd249a99e518201b7c8e23c13a"),
    "nginx-syntax": ("syntax.xml", "a6eb2b2b83fa947d6a756ca8b17b99812bfcd8b7836fd9de8cdb8afc18c88bf2",
        "1cb31d355cf31e67bc1bae44fa40ca5148331d8fb6ceb33c3b1323d6517c8765"),
    "nginx-switches": ("switches.xml", "583a0c23c78fdcf3b17ba24c3d6f8e510eed8f4dfc2f64c68e5409388dda2dc6",
        "f6aab16ccb255f3e84f3df4b5f2952a0bc4d15c613a20636da5e1e1ced713efd"),
    "nginx-windows": ("windows.xml", "d2344cadbf90a2dab4af59143686da2e2e24afc07e02dc53565c38c1ca7310a5",
        "4e9ed7174d6720b94d3fd61fb7cf5a82c9c4e8ab40b93f3c8dca211d68fb943d"),
    "nginx-http-request-processing": ("http/request_processing.xml", "c32fa1150c2d0b50fab24e836b1187b7c14596d40e12564a447d0089b90cc6a0",
        "66be4fdc844a049ddf8f9bb392d1a38a16c5baf8684982dfef8f8f6f91674311"),
    "nginx-http-server-names": ("http/server_names.xml", "070d3bdce7242ad2aaf6f2d3f4c0b6ded0156e88ea0bb884de9ed05e1380e9a2",
        "d79f5d08d831ad84e5aa4e9ca0df42b5f06cc983bef4c0471123ef440608078e"),
    "nginx-http-configuring-https-servers": ("http/configuring_https_servers.xml", "2e33b3e050e1b6685442fb0c1c605f676acd6eea4bdd33b3faca6fe1a0eefba5",
        "b5c33dec32c242afcd95ea3c5e4f36700526ff746a75a3f75018adafe61ada3b"),
    "nginx-http-websocket": ("http/websocket.xml", "805863cc7e85b3de0854f5dfeb60db5a3041e825349036cc3221889d0e0af0f8",
        "3e49ac7e769e0e3a7d4fc056286ed5b77cfc9ab55fb7403cfd4a970608419f70"),
    "nginx-http-upstream": ("http/ngx_http_upstream_module.xml", "8a189dc1cc47f8607b7720cb194d5bfa93117ba07a5c5bbd6c9a3fd6fc899974",
        "0955576db8c2cafa8385214f0862e3751d6518efca3ccdcfc5e59557f2f0eaca"),
    "nginx-http-limit-req": ("http/ngx_http_limit_req_module.xml", "2138286043ccfcaac9d4a99b96d0b1108d90d515dc355cfaf966068c8123abf9",
        "3293f45675c4a1d22632648a9f5a9a38e46ba1f295afab92bfd53129d796a96e"),
    "nginx-http-gzip": ("http/ngx_http_gzip_module.xml", "a8dcb1b6508e280226e51b0bcbc5ba1d86a67187aa0552d8d8eb7bfefeb29d53",
        "e9fe92f7ace2c162f2af7e1f96cf7baeb14e62e68bf4519fbc63582490ba47be"),
    "nginx-http-log": ("http/ngx_http_log_module.xml", "9ddc4e32ef5e9e877e70f8e285579c2d68ec72d321fef84085e7af098ff233d1",
        "bff21ad3d8bf4688f507e8cf3a62cf0fc2ea7097c84c697e9a0d36d7e7ee88f0"),
    "nginx-http-rewrite": ("http/ngx_http_rewrite_module.xml", "d44b0293eaa5412e315096b9f584cdcf2c8b2373cafb7dcaa81f015ec3cc2021",
        "fb06c82ef8f93e2fe019e342f0eb5e59454a385f68ab75adadb78dea662eb671"),
}
"""Each document's path under ``xml/{ru,en}/docs/`` and the sha256 of its Russian and English file."""

DOCUMENTS: dict[str, tuple[SourceFile, SourceFile]] = {
    name: (SourceFile(REPO, COMMIT, f"xml/ru/docs/{path}", russian_sha),
           SourceFile(REPO, COMMIT, f"xml/en/docs/{path}", english_sha))
    for name, (path, russian_sha, english_sha) in _FILES.items()
}
"""The documents by their name in the set, (Russian, English)."""

_UNITS = frozenset({"para", "listitem", "tag-desc"})
_LEFT_OUT = frozenset({"example", "programlisting", "table", "list", "para"})
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})


def _named_entities(text: str) -> str:
    """The site's DTD declares HTML's named entities (``&mdash;``, ``&nbsp;``); the parser reads no
    DTD, so they become their characters first (XML's own five are left to the parser)."""
    def character(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in _XML_ENTITIES or name not in html.entities.name2codepoint:
            return match.group(0)
        return chr(html.entities.name2codepoint[name])
    return re.sub(r"&([A-Za-z]+);", character, text)


def _prose(element: etree._Element, top: bool = True) -> str:
    """An element's own text as the site renders it, its code and nested units left out."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction: not shown
            pass
        elif child.tag in _LEFT_OUT or (top and child.tag in _UNITS):
            parts.append(" ")
        elif child.tag == "link" and not "".join(child.itertext()).strip():
            parts.append(child.get("id") or child.get("url") or child.get("doc") or "")
        elif child.tag == "http-status":
            parts.append(" ".join(filter(None, (child.get("code"), child.get("text") and f"({child.get('text')})"))))
        else:
            parts.append(_prose(child, top=False))
        parts.append(child.tail or "")
    return "".join(parts)


def document_root(text: str) -> etree._Element:
    """A site file's root element, parsed without its DTD, no entity resolved and nothing
    fetched (the text is data)."""
    text = re.sub(r"<!DOCTYPE[^>]*>", "", _named_entities(text), count=1)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(text.encode("utf-8"), parser)


def units(root: etree._Element) -> list[str]:
    """A document's units, in order (the module docstring's rule), whitespace folded."""
    found = [re.sub(r"\s+", " ", _prose(element)).strip() for element in root.iter(*_UNITS)]
    return [unit for unit in found if unit]


def file_pairs(russian: str, english: str) -> list[tuple[int, str, str]]:
    """Two files' pairs as (bead, Russian, English); none where their revisions or their unit
    counts differ."""
    ru_root, en_root = document_root(russian), document_root(english)
    ru_units, en_units = units(ru_root), units(en_root)
    if ru_root.get("rev") != en_root.get("rev") or len(ru_units) != len(en_units):
        return []
    return [(bead, ru, en) for bead, (ru, en) in enumerate(zip(ru_units, en_units, strict=True))
            if re.search("[А-Яа-яЁё]", ru)]


def document_pairs(name: str) -> list[tuple[int, str, str]]:
    """One document's pairs, read from the mirror."""
    russian, english = (read_source(f) for f in DOCUMENTS[name])
    return file_pairs(russian, english)


def load(listing: Path = PAIRS) -> list[HeldOutCase]:
    """Every listed pair as a real case (English source, Russian target, as the QA sets keep
    them; `bench.terms_bilingual.read_case_pairs` turns them round), its block id
    ``<text>#<bead>``, refused (`ValueError`) where its digest is not the listing's; the mirror
    absent or a file changed raises `FileNotFoundError`."""
    listed = rows(listing)
    with absent_is_missing():
        read = {name: {bead: (en, ru) for bead, ru, en in document_pairs(name)}
                for name in DOCUMENTS if any(r["text"] == name for r in listed)}
    return [listed_case(row, *read[row["text"]].get(int(row["bead"]), ("", ""))) for row in listed]
