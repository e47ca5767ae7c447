"""The fifteenth frozen held-out QA set: help and messages in the translation catalogues of GNU
tools, two desktop applications and Xfce's and LXDE's programs, that no check, no bench and no
earlier set read.

Source: the gettext catalogues (``.mo``) that twenty Debian 12 packages ship, each message's
English written by the program's developers and its Russian by people, in PO files that
``msgfmt`` compiles (a fuzzy or empty translation is left out of a ``.mo``), read as
`bench.qa_catalogues.catalogue_pages` reads Freeciv's: a message is a pair as it is (msgid /
msgstr, plurals left out), kept where it is prose (five English words or more once placeholders
and markup are out) and a real translation. Five groups (`GROUPS`), each one translator or
team: the GNU tools' messages and ``--help`` texts (coreutils, tar, GRUB, wget, diffutils,
findutils, make, Texinfo, parted, gettext; the Translation Project's Russian catalogues, all
last translated by Yuri Kozlov), the shell's and the editor's (bash's builtins' help and nano's
help texts; Pavlo Marianov), Gramps' (the genealogy program's tips, reports' sentences, filters'
descriptions; Gramps' Russian translators, last Ivan Komaritsyn), GnuCash's (the accounting
program's settings, reports' options and assistants; its Weblate translators) and the desktop's
(Xfce's Thunar, Mousepad and panel through Xfce's Transifex team, LXDE's panel, XBoard and
Neverball's level hints, each its own translator). gnubg's catalogue has a date header
Babel's reader refuses; Widelands' (381 MB) and Warzone 2100's (143 MB) data packages are too
large to fetch at bench time; GCompris ships Qt ``.qm``: not read.

None of them is Debian's documentation, the GIMP manual, GNOME's or MATE's help, the
LibreOffice help, a manual page, the KiCad manuals, Inkscape's tutorials, a KDE handbook, an
HTML manual of an earlier set or the catalogues of Freeciv, Wesnoth, mc and Minetest. The
packages are fetched with ``apt-get download`` into the ignored cache at bench time; nothing of
their text is committed.

``bench/data/qa_program_catalogues/cases.json`` freezes the set, written and labelled before any
check ran on it:

* ``pairs``: `PAIRS` real messages of 30 to 600 characters of English, drawn per group with a
  fixed seed, each distinct pair once: GNU 150 (coreutils 52, GRUB 21, gettext 19, Texinfo 13,
  wget 13, parted 9, tar 9, make 7, findutils 6, diffutils 1), shell 75 (bash 46, nano 29),
  Gramps 100, GnuCash 75, desktop 100 (Thunar 42, panel 21, XBoard 14, Mousepad 10, Neverball 7,
  LXDE's panel 6); no translator holds more than 30 %. Every pair was read by the issue-15
  helper of session 16 (qaheld9, the labeller) on 2026-12-04, aided by
  ``python -m bench.qa_program_catalogues show`` and by a listing of each target's doubled words,
  spaces beside marks, unbalanced brackets, straight quotes, case at the start, end marks,
  digits and Latin words; no check of the project was run and their code was not read to decide
  a label. A real error of a kind a check looks for is recorded in ``real_errors`` (check ->
  what is wrong); the pair is then a positive for that check, otherwise a negative. The
  conventions are the earlier sets' (`bench/qa_catalogues.py`, `bench/qa_html_manuals.py`):
  placeholders (``%s``, ``%(name)s``, ``~a``) and markup are part of the texts; straight quotes
  around Russian words are a `quote-style` error, around a placeholder, a command, a key name or
  shell quoting copied from the source they are not; a final stop the source has and the
  target loses is a `punctuation-end` error, one the target adds to a sentence is not; the
  columns of a ``--help`` text are layout, and GNU's two spaces after a stop made one is none.
  The reading found 22 errors in 22 pairs: `quote-style` 11 (straight quotes around Russian
  button, field and menu names: 7 in GnuCash's, 3 in Gramps', 1 in XBoard's, and one written
  ``&quot;`` in the panel's), `whitespace` 5 (two spaces for one inside a sentence in three
  pairs, a line break and indent after the final stop, a space opening a Neverball hint's
  line), `punctuation-end` 3 (the final stop lost), `spacing` 1 (a space lost before «))» in
  bash's loop syntax), `untranslated-fragment` 1 (``[-u name]`` left in English beside
  ``[-q имя]``), `unpaired` 1 (a ``]`` lost in bash's ``export`` syntax). Left unlabelled, as
  in the earlier sets: option descriptions begun in a capital where the source's are small
  (findutils), a Cyrillic «М» typed for the Latin option letter, the stops an option or key list
  drops line by line, a final stop added where the source has none, Latin metavariables kept
  (``callback``, ``quantum``), a French level name kept as the source has it, a trailing line
  break lost, «!» become «.» in a rewritten hint, a stop lost inside a message, a hyphen for a
  dash, a no-break space between two words, typos, grammar (a verb's gender), mistranslations
  and translations of a shorter text.
* no synthetic errors: every case is a real pair as the translators wrote it.

Do not tune the checks on this set: once its findings have been read to change a check, it
is dev data and a new held-out set is needed.

    python -m bench.qa_program_catalogues build     # write the selection (only for a new set)
    python -m bench.qa_program_catalogues show      # the pairs with the reading aid, for labelling

Relabelled in session 39 (qarelabel58) by house rule D9 of docs/qa.md only, never to fit a check (a
stop gained is an error where the source is a UI fragment, not a sentence ending there):
`punctuation-end` added to gnucash/gnucash#3576 ("Units in which the custom coordinates are
expressed", a setting's description that is a noun phrase, as «Единицы измерения для заданных
координат.»).

Relabelled in session 43 (qarelabel43) by house rule D15 of docs/qa.md only, never to fit a check
(straight double quotes or English curly quotes used as quotation marks in the Russian text are a
`quote-style` error wherever they stand, outside code and data copied from the source); the pairs a
search of every set's targets for such marks outside code spans, markup and placeholders found
labelled clean, each read: `quote-style` added to 1: gnucash/gnucash#22 (straight quotes round a
key's name in Russian prose («"Enter"»)). Read and left clean by the rule: marks of code or data the
reader types or the program reads, copied as the source has them (placeholders, options, commands,
paths, values, string literals), and the marks the README's row spares.

Relabelled in session 46 (hyphen46) by house rule D18 (b) of docs/qa.md only, never to fit a check
(a hyphen-minus spaced on both sides between words, standing where Russian sets a dash, «слово -
слово», is a `spacing` error unless the source writes a spaced hyphen at that place): every target
holding one between non-digits outside code spans read (4 cases); `spacing` added to 4 pairs:
gramps/gramps#463, gnucash/gnucash#2123, gnucash/gnucash#2820, gnucash/gnucash#3347, each noted
"session 46, house rule D18 (b)".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.qa_catalogues import catalogue_pages
from bench.qa_heldout import Block, HeldOutCase
from bench.qa_heldout import load as load_frozen
from bench.qa_reading import command, draw_per_group

LIST_ITEMS = "russian"
"""The list convention its labeller applied (house rule D2; how it is derived:
`bench_qa_accuracy.declared_list_items`). Labels disagreeing with the findings under "russian" and
under "source": held-out program-catalogues: 0 and 3."""

DATA = Path(__file__).resolve().parent / "data" / "qa_program_catalogues" / "cases.json"
SEED = 1609
_LOCALE = "usr/share/locale/ru/LC_MESSAGES"
GROUPS = {
    "gnu": {domain: _LOCALE for domain in ("coreutils", "tar", "grub", "wget", "diffutils", "findutils", "make",
                                           "texinfo", "parted", "gettext-tools")},
    "shell": {"bash": _LOCALE, "nano": _LOCALE},
    "gramps": {"gramps": _LOCALE},
    "gnucash": {"gnucash": _LOCALE},
    "desktop": {domain: _LOCALE for domain in ("thunar", "mousepad", "xfce4-panel", "lxpanel", "xboard",
                                               "neverball")},
}
"""Each group's catalogues: domain -> the folder of its Russian ``.mo`` in the unpacked packages.
A group is one translator or team: the GNU tools' are one translator's, the shell's and the
editor's another's."""
PACKAGES = ("coreutils", "tar", "grub-common", "wget", "diffutils", "findutils", "make", "texinfo",
            "libparted-i18n", "gettext", "bash", "nano", "gramps", "gnucash-common", "thunar-data", "mousepad",
            "xfce4-panel", "lxpanel-data", "xboard", "neverball-common")
"""The Debian 12 packages that ship them."""
PAIRS = {"gnu": 150, "shell": 75, "gramps": 100, "gnucash": 75, "desktop": 100}
"""Pairs drawn from each group: the GNU tools' catalogues hold 3,607 distinct prose messages of 30
to 600 characters, all one translator's, Gramps' 2,288, GnuCash's 1,356, the desktop's 740 and
the shell's and editor's 386, so a draw over all would let the GNU translator and Gramps'
dominate."""


def pages() -> dict[str, list[Block]]:
    """The prose pairs of every catalogue of the set, named ``group/domain``."""
    return catalogue_pages("program-catalogues", GROUPS, PACKAGES)


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the fetched packages; a message whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading)."""
    about = ("Frozen held-out QA set, see bench/qa_program_catalogues.py. pairs: real prose messages of the "
             "Russian gettext catalogues of " + ", ".join(PACKAGES) + "; real_errors labelled by reading before "
             "any check ran.")
    return draw_per_group(pages(), lambda page, group: page.split("/")[0] == group, PAIRS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
