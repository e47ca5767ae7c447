"""The fourteenth frozen held-out QA set: HTML manuals of desktop and media programs that ship
English and Russian side by side, that no check, no bench and no earlier set read.

Source: the HTML manuals of five Debian 12 packages, each written in English by the program's
own writers and translated into Russian by people (`SOURCES`): Double Commander's help
(`doublecmd-help-en`, `doublecmd-help-ru`: the file manager's commands, options, search,
viewer and FAQ, translated by the project's Russian developers), MPlayer's documentation
(`mplayer-doc`: installation, codecs, video and audio output, encoding with MEncoder, translated
by MPlayer's Russian volunteers), OmegaT's user manual (`omegat`: the translation tool's
windows, menus, projects and plugins, translated by its Russian users), GNU Solfege's help
(`solfege-doc`: the ear-training exercises) and BibleTime's handbook (`bibletime-data`). A page
is read by the first held-out set's reader (`bench.qa_heldout.pages`: every innermost text
block of the page, a page paired only where both versions have the same blocks of the same
kinds in the same order, the n-th block translating the n-th). Double Commander's pages of
regular expressions, Lua scripting, the multi-rename tool, archivers, the directory hotlist,
shortcuts and variables, and half of OmegaT's and a third of MPlayer's pages differ in block
structure, so they are not read. INSTEAD's documentation (`instead-doc-en`, `instead-doc-ru`)
ships only PDF, and LyX's Russian manuals (``lyx-common``: Intro and Tutorial) were adapted by
their translators, with paragraphs, quotations and notes the English ones lack, so they pair
by no structure and are not read either.

None of them is Debian's documentation, the GIMP manual, GNOME's or MATE's help, the
LibreOffice help, a manual page, a translation catalogue, the KiCad manuals, Inkscape's
tutorials or a KDE handbook. The packages are fetched with ``apt-get download`` into the
ignored cache at bench time; nothing of their text is committed.

``bench/data/qa_html_manuals/cases.json`` freezes the set, written and labelled before any
check ran on it:

* ``pairs``: `PAIRS` real blocks of 30 to 600 characters of English, drawn per manual with a
  fixed seed, each distinct pair once. Every pair was read by the issue-15 helper of session 15
  (qaheld8, the labeller) on 2026-12-03, aided by ``python -m bench.qa_html_manuals show``
  and by a listing of each target's doubled words, spaces beside marks, unbalanced brackets,
  straight quotes, case at the start, end marks, digits and Latin words; no check of the
  project was run and their code was not read to decide a label. A real error of a kind a
  check looks for is recorded in ``real_errors`` (check -> what is wrong); the pair is then a
  positive for that check, otherwise a negative. The conventions are the earlier sets'
  (`bench/qa_man_handbooks.py`, `bench/qa_catalogues.py`).
* no synthetic errors: every case is a real pair as the translators wrote it.

Do not tune the checks on this set: once its findings have been read to change a check, it
is dev data and a new held-out set is needed.

    python -m bench.qa_html_manuals build     # write the selection (only for a new set)
    python -m bench.qa_html_manuals show      # the pairs with the reading aid, for labelling
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.qa_heldout import Block, HeldOutCase, Source
from bench.qa_heldout import load as load_frozen
from bench.qa_heldout import pages as paired_pages
from bench.qa_reading import command, draw, first_of_each

DATA = Path(__file__).resolve().parent / "data" / "qa_html_manuals" / "cases.json"
SEED = 1514
SOURCES = (
    Source("doublecmd", ("doublecmd-help-en", "doublecmd-help-ru"),
           "usr/share/doublecmd/doc/en/{}.html", "usr/share/doublecmd/doc/ru/{}.html"),
    Source("mplayer", ("mplayer-doc",), "usr/share/doc/mplayer/HTML/en/{}.html", "usr/share/doc/mplayer/HTML/ru/{}.html"),
    Source("omegat", ("omegat",), "usr/share/doc/omegat/html/en/{}.html", "usr/share/doc/omegat/html/ru/{}.html"),
    Source("solfege", ("solfege-doc",), "usr/share/doc/solfege/help/C/{}.html", "usr/share/doc/solfege/help/ru/{}.html"),
    Source("bibletime", ("bibletime-data",), "usr/share/doc/bibletime-data/handbook/html/en/{}.html",
           "usr/share/doc/bibletime-data/handbook/html/ru/{}.html"),
)
"""Each manual: its cache folder, the packages that ship it and its pages in each language."""
PAIRS = {"doublecmd": 200, "mplayer": 150, "omegat": 100, "solfege": 25, "bibletime": 25}
"""Pairs drawn from each manual: Double Commander's and MPlayer's pages hold most of the
blocks, so a draw over all would let their translators dominate."""


def pages() -> dict[str, list[Block]]:
    """Every page of the five manuals that pairs, named ``manual/page``."""
    return paired_pages(SOURCES)


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the fetched packages; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading)."""
    distinct = first_of_each(pages())
    about = ("Frozen held-out QA set, see bench/qa_html_manuals.py. pairs: real blocks of the HTML manuals of "
             + ", ".join(p for s in SOURCES for p in s.packages) + " (en / ru); real_errors labelled by reading "
             "before any check ran.")
    drawn = [draw({p: b for p, b in distinct.items() if p.split("/")[0] == manual}, SEED, count, about)
             for manual, count in PAIRS.items()]
    return {"about": about, "pairs": [pair for one in drawn for pair in one["pairs"]], "errors": []}


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
