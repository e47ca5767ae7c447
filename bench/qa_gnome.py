"""The fourth frozen held-out QA set: the GNOME desktop help, which no check and no bench saw.

Source: `gnome-user-docs` (Debian 12, 43.0-2): the GNOME Help and the GNOME System
Administration Guide, written in Mallard XML by the GNOME documentation project and
translated into Russian by GNOME's volunteer translators in PO files, from which
``itstool`` writes each Russian page; so the n-th block of a Russian page translates
the n-th block of the English (``C``) one. Not Debian documentation and not read by
any other bench, test or earlier set (those are the align-dev works, the installation
guide, the developers' reference, the Ubuntu packaging guide, the Maintainers' Guide,
the Debian FAQ, the aptitude manual, the Debian Administrator's Handbook and the GIMP
user manual). The package is fetched with ``apt-get download`` into the ignored cache
at bench time; nothing of its text is committed.

A block is a Mallard ``title``, ``subtitle``, ``desc`` or ``p`` (list items, table
cells, notes and steps hold ``p``), outside ``info`` but for the page's ``desc``;
its text is what a reader sees: key combinations joined by "+", menu paths by " ▸ ".
A block holding an empty ``link`` (Yelp writes the linked page's title there at
display time) or a ``media`` is left out, since its text is not what a reader sees.

``bench/data/qa_gnome/cases.json`` freezes the set, written and labelled before any
check ran on it:

* ``pairs``: `PAIRS` real blocks of 30 to 600 characters of English, drawn with a
  fixed seed from every page whose two versions have the same block structure. Every
  pair was read by the issue-15 helper of session 9 (the labeller), aided by
  ``python -m bench.qa_gnome show`` (each pair's end marks, digits, quotation marks,
  brackets, Latin words and odd spaces; no check is run). A real error of a kind a
  check looks for is recorded in ``real_errors`` (check -> what is wrong); the pair is
  then a positive for that check, otherwise a negative. A difference that follows
  Russian rules or the translator's evident choice (a title that gains or drops a
  stop, a name or a command kept in English) is no error.
  The reading found 4 such errors in 4 pairs (two spaces lost, «/(слеш)» and
  «Доп.настройки»; a sentence begun in a small letter; «двумя пальцами» for "a
  finger"). Slips of kinds no measured check looks for were left unlabelled: a word
  glued to the next («Дата и времяна»), typos («кнопу», «буде»), a stop for a comma
  before a small letter, missing commas and words.
* no synthetic errors: every case is a real pair as the translators wrote it.

Do not tune the checks on this set: once its findings have been read to change a
check, it is dev data and a new held-out set is needed.

    python -m bench.qa_gnome build     # write the selection (only for a new set)
    python -m bench.qa_gnome show      # the pairs with the reading aid, for labelling

Relabelled in session 37 (qarelabel50) by house rule D6 of docs/qa.md only (two words run together
in the target where the source has two are a `spacing` error wherever they stand, a markup boundary
included, unless the source glues the same two words; the labels' notes say "session 37, house rule
D6"). The words glued "where the markup ends" or by a typo, noted above as left unlabelled, are now
labelled: `spacing` added to gnome-help/clock-set#5 («Дата и времяна»).

Relabelled in session 46 (hyphen46) by house rule D18 (b) of docs/qa.md only, never to fit a check
(a hyphen-minus spaced on both sides between words, standing where Russian sets a dash, «слово -
слово», is a `spacing` error unless the source writes a spaced hyphen at that place): every target
holding one between non-digits outside code spans read (1 cases); `spacing` added to 1 pairs:
gnome-help/power-profile#4, each noted "session 46, house rule D18 (b)".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree

from bench.alignment_corpus import is_translated, unpack
from bench.qa_heldout import Block, HeldOutCase
from bench.qa_heldout import load as load_frozen
from bench.qa_reading import command, draw

LIST_ITEMS = "russian"
"""The list convention its labeller applied (house rule D2; how it is derived:
`bench_qa_accuracy.declared_list_items`). Labels disagreeing with the findings under "russian" and
under "source": dev-gnome: 0 and 0."""

DATA = Path(__file__).resolve().parent / "data" / "qa_gnome" / "cases.json"
SEED = 4303
PAIRS = 560
PACKAGE = "gnome-user-docs"
GUIDES = ("gnome-help", "system-admin-guide")
_HELP = "usr/share/help/{}/{}"
_MAL = "{http://projectmallard.org/1.0/}"
_BLOCKS = frozenset(f"{_MAL}{tag}" for tag in ("title", "subtitle", "desc", "p"))
_HIDDEN = frozenset(f"{_MAL}{tag}" for tag in ("link", "media"))
"""Inline elements that, when empty, stand for text Yelp writes at display time."""


def _text(element: Any) -> str:
    """What a reader sees of an inline element: keys of a ``keyseq`` joined by "+", the
    steps of a ``guiseq`` by " ▸ "; comments and processing instructions dropped."""
    if not isinstance(element.tag, str):
        return element.tail or ""
    inner = element.text or ""
    parts = [_text(child) for child in element]
    if element.tag in (f"{_MAL}keyseq", f"{_MAL}guiseq"):
        joint = "+" if element.tag == f"{_MAL}keyseq" else " ▸ "
        names = [_text(child).removesuffix(child.tail or "").strip() for child in element
                 if isinstance(child.tag, str)]
        return joint.join(names) + (element.tail or "")
    return inner + "".join(parts) + (element.tail or "")


def blocks(path: Path) -> list[tuple[str, str | None]]:
    """(tag, text) of every block of a Mallard page in document order; text None for a block
    whose shown text is written at display time (an empty link or a media element)."""
    root = etree.parse(str(path)).getroot()
    found: list[tuple[str, str | None]] = []
    for element in root.iter(*_BLOCKS):
        ancestors = {a.tag for a in element.iterancestors()}
        if f"{_MAL}info" in ancestors and element.tag != f"{_MAL}desc":
            continue
        if ancestors & _BLOCKS:
            continue  # a block inside a block is read as part of it
        hidden = any(child.tag in _HIDDEN and not "".join(child.itertext()).strip()
                     for child in element.iter() if child is not element)
        text = (element.text or "") + "".join(_text(child) for child in element)
        found.append((etree.QName(element).localname, None if hidden else " ".join(text.split())))
    return found


def pages() -> dict[str, list[Block]]:
    """Every page whose two versions have the same block structure, as its translated blocks
    (index = position among all blocks of the page)."""
    root = unpack("gnome-user-docs", (PACKAGE,))
    found: dict[str, list[Block]] = {}
    for guide in GUIDES:
        for english in sorted((root / _HELP.format("C", guide)).glob("*.page")):
            russian = root / _HELP.format("ru", guide) / english.name
            if not russian.exists():
                continue
            page = f"{guide}/{english.stem}"
            paired = paired_blocks(page, english, russian)
            if paired is not None:
                found[page] = paired
    return found


def paired_blocks(page: str, english: Path, russian: Path) -> list[Block] | None:
    """The translated blocks of one page named `page`, paired by position; None where the two
    versions' blocks differ in kind or number, since position then pairs nothing reliably."""
    en_blocks, ru_blocks = blocks(english), blocks(russian)
    if [t for t, _ in en_blocks] != [t for t, _ in ru_blocks]:
        return None
    return [Block(page, i, en, ru) for i, ((_, en), (_, ru))
            in enumerate(zip(en_blocks, ru_blocks, strict=True))
            if en is not None and ru is not None and is_translated(en, ru)]


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the fetched package; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading)."""
    return draw(pages(), SEED, PAIRS, ("Frozen held-out QA set, see bench/qa_gnome.py. pairs: real blocks of the GNOME help "
             "(gnome-user-docs, C / ru); real_errors labelled by reading before any check ran."))


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
