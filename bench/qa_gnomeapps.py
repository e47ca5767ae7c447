"""The seventh frozen QA set read by hand (held out until session 13): the help of GNOME's own
applications, which no check and no bench saw before it was frozen.

Source: the user help that eleven GNOME applications ship in Debian 12 (`PACKAGES`: the
document viewer, the image viewer, the text editor, the terminal, the calculator, the disk
usage analyzer, the archive manager, the clocks, the system monitor, the scanner utility and
the video player), each written in Mallard XML by the application's own documentation
writers and translated into Russian by GNOME's volunteer translators in the application's PO
files, from which ``itstool`` writes each Russian page; so the n-th block of a Russian page
translates the n-th block of the English (``C``) one. Not the GNOME desktop help
(`gnome-user-docs`, `bench/qa_gnome.py`), not Debian's documentation, the GIMP manual, the
LibreOffice help or the Linux manual pages, and read by no other bench, test or earlier set.
The packages are fetched with ``apt-get download`` into the ignored cache at bench time;
nothing of their text is committed. Blocks are read as `bench/qa_gnome.py` reads them
(`bench.qa_gnome.blocks`: titles, descriptions and paragraphs as Yelp shows them).

``bench/data/qa_gnomeapps/cases.json`` freezes the set, written and labelled before any
check ran on it:

* ``pairs``: `PAIRS` real blocks of 30 to 600 characters of English, drawn with a fixed
  seed from every page whose two versions have the same block structure, each distinct pair
  once (the first page that holds it). Every pair was read by the issue-15 helper of
  session 12 (the labeller) on 2026-12-03, aided by ``python -m bench.qa_gnomeapps show``
  (each pair's end marks, digits, quotation marks, brackets, Latin words and odd spaces) and
  by a listing of each target's doubled words, spaces beside marks, unbalanced brackets, case
  at the start, end marks and runs of Latin words; no check of the project was run and their
  code was not read to decide a label. A real error of a kind a check looks for is recorded
  in ``real_errors`` (check -> what is wrong); the pair is then a positive for that check,
  otherwise a negative. The conventions are the manual pages set's (`bench/qa_manpages.py`):
  a difference that follows Russian rules or the translator's evident choice is no error (a
  title or a list item that gains or drops a stop, a digit for a number word, "four" as «4»,
  a number the source repeats and the translation says once, names of applications,
  packages, commands, keys and settings kept in English, a menu of a web site that has no
  Russian interface, GitLab's "Labels"); straight quotation marks around Russian words are a
  `quote-style` error, around Latin words copied from the source («"cat"») they are not.
  One convention this help needs: an interface label of the application itself left in
  English («выберите Preferences и перейдите на вкладку Plugins») is an English fragment
  left in (`untranslated-fragment`), since the Russian interface shows it in Russian and
  this help translates the same labels elsewhere («выберите Параметры и перейдите на вкладку
  Модули»).
  The reading found few errors, as in the manual pages (9 in 450): 9 in 9 pairs.
  `untranslated-fragment` 5 (interface labels "Preferences", "Plugins", "Map" left in
  English in 3 pairs, a logo's text "Eye of GNOME logo", an "and" in a list of file names),
  `quote-style` 3 (straight quotes around Russian words 2, straight single quotes around a
  translated placeholder 1), `number-mismatch` 1 ("nine minutes" given as «несколько
  минут»). Slips of kinds no measured check looks for were left unlabelled: a word glued to
  the next («Галерея изображенийили»), a hyphen for a dash between words («Eye of GNOME -
  это», «по умолчанию - номер»), typos («примесаний», «комьпютера», «теста» for «текста»,
  «выполняюся», «командной» for «командой», «Автора» for «Авторы»), a lost or extra comma,
  grammar, and a translation of an older version of the English text.
* no synthetic errors: every case is a real pair as the translators wrote it.

Session 13 read its findings to change the checks (an interface label kept in English where
the help translates it, an English "and" before a file name, a number the source restates,
a number word made «несколько»), so it is dev data now ("dev-gnomeapps"); a new held-out set
is needed for the next measurement. No label of this set was changed.

    python -m bench.qa_gnomeapps build     # write the selection (only for a new set)
    python -m bench.qa_gnomeapps show      # the pairs with the reading aid, for labelling

Relabelled in session 37 (qarelabel50) by house rule D6 of docs/qa.md only (two words run together
in the target where the source has two are a `spacing` error wherever they stand, a markup boundary
included, unless the source glues the same two words; the labels' notes say "session 37, house rule
D6"). The words glued "where the markup ends" or by a typo, noted above as left unlabelled, are now
labelled: `spacing` added to eog/view#14 («изображенийили»).

Relabelled in session 43 (qarelabel43) by house rule D15 of docs/qa.md only, never to fit a check
(straight double quotes or English curly quotes used as quotation marks in the Russian text are a
`quote-style` error wherever they stand, outside code and data copied from the source); the pairs
the check reported while labelled clean, and those a search of every set's targets for such marks
outside code spans, markup and placeholders found labelled clean, each read: `quote-style` added to
1: gnome-terminal/txt-search#9 (straight quotes round searched words in Russian prose («"cat"»,
«"bobcat"»; the source's “ ”)). Read and left clean by the rule: marks of code or data the reader
types or the program reads, copied as the source has them (placeholders, options, commands, paths,
values, string literals), and the marks the README's row spares.

Relabelled in session 46 (hyphen46) by house rule D18 (b) of docs/qa.md only, never to fit a check
(a hyphen-minus spaced on both sides between words, standing where Russian sets a dash, «слово -
слово», is a `spacing` error unless the source writes a spaced hyphen at that place): every target
holding one between non-digits outside code spans read (4 cases, 1 keeping the source's own spaced
hyphens, left); `spacing` added to 3 pairs: eog/introduction#2, evince/bookmarks#8,
gnome-terminal/app-colors#38, each noted "session 46, house rule D18 (b)".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.alignment_corpus import unpack
from bench.qa_gnome import paired_blocks
from bench.qa_heldout import Block, HeldOutCase
from bench.qa_heldout import load as load_frozen
from bench.qa_reading import command, draw, first_of_each

LIST_ITEMS = "russian"
"""The list convention its labeller applied (house rule D2; how it is derived:
`bench_qa_accuracy.declared_list_items`). Labels disagreeing with the findings under "russian" and
under "source": none on either (no list item is labelled or flagged)."""

DATA = Path(__file__).resolve().parent / "data" / "qa_gnomeapps" / "cases.json"
SEED = 7043
PAIRS = 450
PACKAGES = ("evince-common", "eog", "gedit-common", "gnome-terminal-data", "gnome-calculator",
            "baobab", "file-roller", "gnome-clocks", "gnome-system-monitor", "simple-scan",
            "totem-common")
"""Debian 12 packages that hold an application's help in English and Russian (the help of
nautilus, rhythmbox and gnome-disk-utility is not shipped in these packages)."""
_HELP = Path("usr/share/help")


def pages() -> dict[str, list[Block]]:
    """Every page of the eleven applications' help that pairs, as `help_pages` reads it."""
    return help_pages("gnome-apps-help", PACKAGES)


def help_pages(cache: str, packages: tuple[str, ...]) -> dict[str, list[Block]]:
    """Every page of the Mallard help that `packages` ship whose two versions have the same
    block structure, as its translated blocks (index = position among all blocks of the page),
    named ``application/page``; the packages are unpacked into the cache folder `cache`."""
    root = unpack(cache, packages) / _HELP
    found: dict[str, list[Block]] = {}
    for application in sorted(p.name for p in (root / "C").iterdir()):
        for english in sorted((root / "C" / application).glob("*.page")):
            russian = root / "ru" / application / english.name
            if not russian.exists():
                continue
            page = f"{application}/{english.stem}"
            paired = paired_blocks(page, english, russian)
            if paired is not None:
                found[page] = paired
    return found


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the fetched packages; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading)."""
    return draw(first_of_each(pages()), SEED, PAIRS, ("Frozen held-out QA set, see bench/qa_gnomeapps.py. pairs: real "
                                       "blocks of the help of eleven GNOME applications (C / ru); "
                                       "real_errors labelled by reading before any check ran."))


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
