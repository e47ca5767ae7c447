"""Real English-Russian translations from Debian documentation packages, paired by paragraph.

The gold alignment set (`bench/alignment_gold.py`) is built from documents
that Debian ships in both languages, generated from one source with the
translation substituted paragraph by paragraph (DocBook/Sphinx/Asciidoctor
with PO files). Their HTML therefore has the same block structure in both
languages, and the n-th paragraph of the Russian page translates the n-th of
the English one. This module fetches the packages with ``apt-get download``
(into the ignored cache folder), unpacks them with ``dpkg-deb -x`` and returns
the paragraph pairs.

The Debian FAQ, the New Maintainers' Guide and the aptitude manual are kept
out on purpose: they are reserved for independent evaluation.

    python -m bench.alignment_corpus       # fetch and report what was found
"""

from __future__ import annotations

import fcntl
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import html

CACHE = Path(__file__).resolve().parent / "data" / "cache" / "alignment"


@dataclass(frozen=True)
class Collection:
    """A parallel document tree: English and Russian HTML pages with the same names."""

    name: str
    packages: tuple[str, ...]
    english: str
    russian: str
    """Folders (relative to the unpacked packages) holding the two trees."""
    skip: tuple[str, ...] = ("index", "search")
    """Pages left out: tables of contents, search pages, single-page copies of the rest."""


COLLECTIONS: tuple[Collection, ...] = (
    Collection(
        "installation-guide",
        ("installation-guide-amd64",),
        "usr/share/doc/installation-guide-amd64/en",
        "usr/share/doc/installation-guide-amd64/ru",
    ),
    Collection(
        "developers-reference",
        ("developers-reference", "developers-reference-ru"),
        "usr/share/developers-reference",
        "usr/share/developers-reference/ru",
        ("index", "search", "developers-reference"),
    ),
    Collection(
        "ubuntu-packaging-guide",
        ("ubuntu-packaging-guide-html", "ubuntu-packaging-guide-html-ru"),
        "usr/share/doc/ubuntu-packaging-guide-html",
        "usr/share/doc/ubuntu-packaging-guide-html-ru",
    ),
)

_BLOCKS = frozenset(
    {"p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "title", "caption"}
)
_SKIPPED = frozenset({"pre", "script", "style", "code", "kbd", "tt"})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class ParagraphPair:
    """One English paragraph and its Russian translation, from one page."""

    document: str
    english: str
    russian: str


def fetch(collection: Collection) -> Path:
    """Download and unpack the collection's packages once; returns the unpack root."""
    return unpack(collection.name, collection.packages)


def unpack(name: str, packages: tuple[str, ...]) -> Path:
    """Debian `packages` downloaded and unpacked once into the cache folder `name`.

    Several benches (and several checkouts linking one cache) may ask at once: a lock per folder
    makes the second wait for the first's unpacking, and each package is downloaded into a
    folder of its own and moved in whole, so no one ever reads a half-written `.deb`.
    """
    root = CACHE / name
    done = root / ".unpacked"
    if done.exists():
        return root
    debs = CACHE / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    with open(CACHE / f".{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if done.exists():
            return root
        root.mkdir(parents=True, exist_ok=True)
        for package in packages:
            found = sorted(debs.glob(f"{package}_*.deb")) or _download(package, debs)
            subprocess.run(["dpkg-deb", "-x", str(found[-1]), str(root)], check=True)
        done.touch()
    return root


def _download(package: str, debs: Path) -> list[Path]:
    """`apt-get download` into a private folder, then the whole file moved into `debs`."""
    with tempfile.TemporaryDirectory(dir=debs) as private:
        subprocess.run(["apt-get", "download", package], cwd=private, check=True, capture_output=True)
        for deb in Path(private).glob("*.deb"):
            os.replace(deb, debs / deb.name)
    return sorted(debs.glob(f"{package}_*.deb"))


def _blocks(path: Path) -> list[tuple[str, str]]:
    """(tag, text) of every innermost text block of a page, in document order."""
    return [(element.tag, " ".join("".join(_text(element)).split())) for element in block_elements(path)]


def block_elements(path: Path) -> list[html.HtmlElement]:
    """Every innermost text block of a page, in document order (the elements of `_blocks`)."""
    tree = html.parse(str(path), parser=html.HTMLParser(encoding="utf-8", no_network=True))
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag not in _BLOCKS:
            continue
        if any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in element.iterdescendants()):
            continue
        if any(a.tag in _SKIPPED for a in element.iterancestors()):
            continue
        found.append(element)
    return found


def _text(element: html.HtmlElement) -> Iterator[str]:
    """The block's text without the text of preformatted children."""
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and child.tag not in ("pre", "script", "style"):
            yield from _text(child)
        if child.tail:
            yield child.tail


def is_translated(english: str, russian: str) -> bool:
    """The Russian block is a real translation: mostly Cyrillic letters, not a copy."""
    letters = [ch for ch in russian if ch.isalpha()]
    if (
        len(letters) < 2
        or english == russian
        or _CYRILLIC.search(english)
        or not _LATIN.search(english)
    ):
        return False
    cyrillic = sum(1 for ch in letters if _CYRILLIC.match(ch))
    return cyrillic >= 0.3 * len(letters)


def paragraph_pairs(collection: Collection) -> list[ParagraphPair]:
    """Translated paragraph pairs of every page whose two versions have the same
    block structure (pages whose structure differs are skipped whole: their
    blocks cannot be paired with certainty)."""
    root = fetch(collection)
    english_dir, russian_dir = root / collection.english, root / collection.russian
    pairs: list[ParagraphPair] = []
    for english_page in sorted(english_dir.glob("*.html")):
        russian_page = russian_dir / english_page.name
        if english_page.stem in collection.skip or not russian_page.exists():
            continue
        english_blocks, russian_blocks = _blocks(english_page), _blocks(russian_page)
        if [tag for tag, _ in english_blocks] != [tag for tag, _ in russian_blocks]:
            continue
        document = f"{collection.name}/{english_page.stem}"
        for (_, english), (_, russian) in zip(english_blocks, russian_blocks, strict=True):
            if is_translated(english, russian):
                pairs.append(ParagraphPair(document, english, russian))
    return pairs


def main() -> None:
    for collection in COLLECTIONS:
        pairs = paragraph_pairs(collection)
        documents = len({p.document for p in pairs})
        print(
            f"{collection.name}: {documents} pages, {len(pairs)} translated paragraph pairs",
            file=sys.stderr,
        )


if __name__ == "__main__":
    main()
