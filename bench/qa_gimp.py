"""The third frozen held-out QA set: the GIMP user manual, which no check and no bench saw.

Source: `gimp-help-en` and `gimp-help-ru` (Debian 12, 2.10.34-2): the GNU Image
Manipulation Program's user manual, written in DocBook by the GIMP documentation
team and translated into Russian by its volunteer translators in PO files, so
the n-th block of a Russian page translates the n-th block of the English one.
Not Debian documentation and not read by any other bench, test or earlier set
(those are the installation guide, the developers' reference, the Ubuntu
packaging guide, the Maintainers' Guide, the Debian FAQ, the aptitude manual and
the Debian Administrator's Handbook). The packages are fetched with
``apt-get download`` into the ignored cache at bench time; nothing of their text
is committed.

``bench/data/qa_gimp/cases.json`` freezes the set, written and labelled before
any check ran on it:

* ``pairs``: `PAIRS` real blocks of the shared block reader (paragraphs, list
  items, table cells, headings, captions; 30 to 600 characters of English),
  drawn with a fixed seed from every page whose two versions have the same
  block structure, the navigation bars (``div.navheader``, ``div.navfooter``)
  left out. Every pair was read by the issue-15 helper engineer of session 7
  (the labeller), aided by ``python -m bench.qa_gimp show`` (each pair's end
  marks, digits, quotation marks, brackets, Latin words and odd spaces; no
  check is run). A real error of a kind a check looks for is recorded in
  ``real_errors`` (check -> what is wrong); the pair is then a positive for
  that check, otherwise a negative. A difference that follows Russian rules
  or the translator's evident choice (a heading that gains a stop, a menu
  path or a name kept in English) is no error.
* no synthetic errors: every case is a real pair as the translators wrote it.

Do not tune the checks on this set: once its findings have been read to change
a check, it is dev data and a new held-out set is needed.

    python -m bench.qa_gimp build     # write the selection (only for a new set)
    python -m bench.qa_gimp show      # the pairs with the reading aid, for labelling

Relabelled in session 37 (qafix46) by the house rules of docs/qa.md only, never to fit a check (the
labels' notes say which rule): house rule D4 (a question mark gained or lost is an error; «!» toned
down to a stop, and a colon whose lead-in the target no longer writes, are none): `punctuation-end`
taken off gimp-help/gimp-device-status-dialog#10.

Relabelled in session 41 (qafix67) by docs/qa.md's house rules only (the labels' notes say "session
41 (qafix67), house rule Dn"): D6: `spacing` added to gimp-help/gimp-using-layers#9
(«клавишCtrl+V»). D13 (proposed: a space before a mark that the source writes before the same mark
is the source's layout copied, no error, between translated words too): `whitespace` taken off
gimp-help/gimp-tool-warp#34 («Размер :» for "Size :") and gimp-help/plug-in-depth-merge#40 («0.980
:» for "0.980 :"), as html-manuals, org-sites and kde-apps label such copies.

Relabelled in session 46 (hyphen46) by house rule D18 (b) of docs/qa.md only, never to fit a check
(a hyphen-minus spaced on both sides between words, standing where Russian sets a dash, «слово -
слово», is a `spacing` error unless the source writes a spaced hyphen at that place): every target
holding one between non-digits outside code spans read (8 cases); `spacing` added to 8 pairs, each
noted "session 46, house rule D18 (b)".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.qa_heldout import Block, HeldOutCase, Source, blocks_inside
from bench.qa_heldout import load as load_frozen
from bench.qa_heldout import pages as read_pages
from bench.qa_reading import command, draw

LIST_ITEMS = "russian"
"""The list convention its labeller applied (house rule D2; how it is derived:
`bench_qa_accuracy.declared_list_items`). Labels disagreeing with the findings under "russian" and
under "source": dev-gimp: 1 and 6."""

DATA = Path(__file__).resolve().parent / "data" / "qa_gimp" / "cases.json"
SEED = 7015
PAIRS = 560
SOURCES = (
    Source("gimp-help", ("gimp-help-en", "gimp-help-ru"),
           "usr/share/gimp/2.0/help/en/{}.html", "usr/share/gimp/2.0/help/ru/{}.html"),
)
_NAVIGATION = frozenset({"navheader", "navfooter"})


def pages() -> dict[str, list[Block]]:
    """The shared reader's blocks of every page but its navigation bars (`navigation`)."""
    found = read_pages(SOURCES)
    links = navigation()
    return {page: [b for b in blocks if f"{page}#{b.index}" not in links] for page, blocks in found.items()}


def navigation() -> frozenset[str]:
    """Ids of the blocks inside DocBook's navigation bars (the previous and next pages' titles,
    "Up", "Home"): generated text that the block reader would read as table cells."""
    return blocks_inside(SOURCES[0], _NAVIGATION)


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the fetched packages; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading)."""
    return draw(pages(), SEED, PAIRS, ("Frozen held-out QA set, see bench/qa_gimp.py. pairs: real blocks of the GIMP user manual "
             "(gimp-help-en / gimp-help-ru); real_errors labelled by reading before any check ran."))


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
