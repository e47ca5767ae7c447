"""The fourteenth frozen held-out QA set: HTML manuals of desktop and media programs that ship
English and Russian side by side, that no check, no bench and no earlier set read.

Source: the HTML manuals of five Debian 12 packages, each written in English by the program's
own writers and translated into Russian by people of its project, each manual by its own
translators (`SOURCES`): Double Commander's help (`doublecmd-help-en`, `doublecmd-help-ru`: the
file manager's commands, options, search, viewer and FAQ), MPlayer's documentation
(`mplayer-doc`: installation, codecs, video and audio output, encoding with MEncoder; an older
translation), OmegaT's user manual (`omegat`: the translation tool's windows, menus, projects
and plugins), GNU Solfege's help (`solfege-doc`: the ear-training exercises) and BibleTime's
handbook (`bibletime-data`). A page is read by the first held-out set's reader
(`bench.qa_heldout.pages`: every innermost text block of the page, a page paired only where both
versions have the same blocks of the same kinds in the same order, the n-th block translating
the n-th). Double Commander's pages of regular expressions, Lua scripting, the multi-rename
tool, archivers, the directory hotlist, shortcuts and variables, and half of OmegaT's and a
third of MPlayer's pages differ in block structure, so they are not read. INSTEAD's
documentation (`instead-doc-en`, `instead-doc-ru`) ships only PDF, and LyX's Russian manuals
(``lyx-common``: Intro and Tutorial) were adapted by their translators, with paragraphs,
quotations and notes the English ones lack, so they pair by no structure and are not read
either.

None of them is Debian's documentation, the GIMP manual, GNOME's or MATE's help, the
LibreOffice help, a manual page, a translation catalogue, the KiCad manuals, Inkscape's
tutorials or a KDE handbook. The packages are fetched with ``apt-get download`` into the
ignored cache at bench time; nothing of their text is committed.

``bench/data/qa_html_manuals/cases.json`` freezes the set, written and labelled before any
check ran on it:

* ``pairs``: `PAIRS` real blocks of 30 to 600 characters of English, drawn per manual with a
  fixed seed, each distinct pair once: Double Commander 200 (commands 47, options 46, FAQ 25,
  the main window 24, viewer 13, search 12...), MPlayer 150 (MEncoder's guides 93, video
  outputs, bug reports, discs...), OmegaT 100 (team projects 14, regular expressions 14,
  formatted text 13, miscellanea 12...), Solfege 25 (intervals' theory 17...), BibleTime 25.
  Solfege's help pairs only 70 blocks, BibleTime's 65, hence their small shares. Every pair was
  read by the issue-15 helper of session 15 (qaheld8, the labeller) on 2026-12-03, aided by
  ``python -m bench.qa_html_manuals show`` and by a listing of each target's doubled words,
  spaces beside marks, unbalanced brackets, straight quotes, case at the start, end marks,
  digits and Latin words; no check of the project was run and their code was not read to decide
  a label. A real error of a kind a check looks for is recorded in ``real_errors`` (check ->
  what is wrong); the pair is then a positive for that check, otherwise a negative. The
  conventions are the earlier sets' (`bench/qa_man_handbooks.py`, `bench/qa_catalogues.py`): a
  difference that follows Russian rules or the translator's evident choice is no error (a
  heading or a list item that drops its stop, list items begun in small letters and ended with
  «;», a number given in words or in digits, names of commands, options, files and keys kept in
  English, an English term glossed in brackets, a Russian table cell begun in a capital where
  the source's is small); straight quotation marks around Russian words are a `quote-style`
  error, around words, messages or code copied from the source (``".."``, ``"WLC"``, ``"White
  Book"``) they are not, nor are the straight apostrophes of an inflected Latin name
  (``MPlayer'а``); a space before a comma, a colon or a stop that the source does not have is a
  `whitespace` error, a bracket glued to the word before it or a stop glued to the next sentence
  where the source spaces them a `spacing` one. The reading found more errors than the earlier
  sets, most of them one habit of one manual: 43 in 500, in 43 pairs. `quote-style` 29 (straight
  quotes around Russian words: 19 in Double Commander's help, around its menu and option names
  and messages, 7 in MPlayer's, 2 in BibleTime's, 1 in Solfege's), `whitespace` 5 (a space
  before a comma in two of MPlayer's pairs, before a stop in two of OmegaT's, before a colon in
  BibleTime's), `spacing` 3 (a Russian gloss's bracket glued to the word before it in two of
  MPlayer's pairs, a stop glued to the next sentence), `punctuation-end` 3 (a final stop lost in
  two of Double Commander's option descriptions, a final colon doubled), `repeated-word` 1,
  `capitalisation` 1 (a table cell of OmegaT's regular expressions begun in a small letter among
  capitals), `untranslated-fragment` 1 (Solfege: a clause left in English before the Russian
  link). Left unlabelled, as in the earlier sets: section, table and figure numbers of an older
  edition (MPlayer's 4.11 for 4.9, OmegaT's chapter 16 for 17), a stop glued to the next
  sentence or a space before a colon where the source has the same, a footnote's mark glued to
  its word, emoticons, Cyrillic letters typed for Latin ones in an example, a hyphen for a dash,
  abbreviations without their inner space, a small letter after a stop inside a block, typos,
  grammar, commas, mistranslations (a period called a comma), translations of an older or longer
  English text, and one block the help pairs with another (a menu path against a heading).
* no synthetic errors: every case is a real pair as the translators wrote it.

Do not tune the checks on this set: once its findings have been read to change a check, it
is dev data and a new held-out set is needed.

    python -m bench.qa_html_manuals build     # write the selection (only for a new set)
    python -m bench.qa_html_manuals show      # the pairs with the reading aid, for labelling

Relabelled in session 41 (qafix67) by docs/qa.md's house rules only (the labels' notes say "session
41 (qafix67), house rule Dn"): D6: `spacing` added to bibletime/hdbk-op-parts#25 («см.ниже»: an
abbreviation's stop glued to the next word).

Relabelled in session 43 (qarelabel43) by house rule D15 of docs/qa.md only, never to fit a check
(straight double quotes or English curly quotes used as quotation marks in the Russian text are a
`quote-style` error wherever they stand, outside code and data copied from the source); the pairs a
search of every set's targets for such marks outside code spans, markup and placeholders found
labelled clean, each read: `quote-style` added to 6: doublecmd/faq#50 (straight quotes round an
error message quoted in Russian prose («"522 SSL connection failed: …"»)); doublecmd/faq#105
(straight quotes round a theme's name in Russian prose («"MyDCTheme"»)); doublecmd/help#302
(straight quotes round a list entry's name in Russian prose («".."»)); mplayer/menc-feat-mpeg4#11
(straight quotes round a format's name in Russian prose («"DivX"»)); mplayer/vcd#16 (straight quotes
round a standard's title in Russian prose («"White Book"»)); bibletime/hdbk-intro#16 (straight
quotes round modules' abbreviations in Russian prose («"WLC"», «"LXX"»)). Read and left clean by the
rule: marks of code or data the reader types or the program reads, copied as the source has them
(placeholders, options, commands, paths, values, string literals), and the marks the README's row
spares.

Relabelled in session 46 (the lead) by house rule D8 of docs/qa.md only, never to fit a check (a
value the source does not hold is a `number-mismatch` error; applied to a renumbered heading):
`number-mismatch` added to mplayer/fbdev#34 ("4.5. Matrox framebuffer" as «4.7. Matrox
фреймбуфер»).
Relabelled in session 46 (hyphen46) by house rule D18 (b) of docs/qa.md only, never to fit a check
(a hyphen-minus spaced on both sides between words, standing where Russian sets a dash, «слово -
слово», is a `spacing` error unless the source writes a spaced hyphen at that place): every target
holding one between non-digits outside code spans read (20 cases, 5 keeping the source's own spaced
hyphens, left; 1 already labelled `spacing`); `spacing` added to 14 pairs, each noted "session 46,
house rule D18 (b)".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.qa_heldout import Block, HeldOutCase, Source
from bench.qa_heldout import load as load_frozen
from bench.qa_heldout import pages as paired_pages
from bench.qa_reading import command, draw_per_group

LIST_ITEMS = "russian"
"""The list convention its labeller applied (house rule D2; how it is derived:
`bench_qa_accuracy.declared_list_items`). Labels disagreeing with the findings under "russian" and
under "source": held-out html-manuals: 1 and 12."""

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
    about = ("Frozen held-out QA set, see bench/qa_html_manuals.py. pairs: real blocks of the HTML manuals of "
             + ", ".join(p for s in SOURCES for p in s.packages) + " (en / ru); real_errors labelled by reading "
             "before any check ran.")
    return draw_per_group(pages(), lambda page, group: page.split("/")[0] == group, PAIRS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
