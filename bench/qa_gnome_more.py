"""The eleventh frozen held-out QA set: the help of fifteen more GNOME applications that no
check, no bench and no earlier set read.

Source: the Mallard help that fifteen applications ship in Debian 12 (`GROUPS`), each written
in English by the application's documentation writers and translated into Russian by GNOME's
volunteer translators in the application's PO files, from which ``itstool`` writes each Russian
page; pages are read and paired by the seventh set's reader (`bench.qa_gnomeapps.help_pages`:
a page only where both versions have the same block structure, the n-th block translating the
n-th). The applications are grouped so that no one program dominates: the mail client
(Evolution, whose help alone holds half the blocks), desktop tools (the key manager, the note
taker, the dialog tool, the virtual machine manager, the log viewer), media and chat (the disc
burner, the webcam booth, the music player, the photo manager, the IRC client) and games
(chess, sudoku, Swell Foop, Hitori). The dictionary's help was fetched too and pairs no block
of 30 characters or more, so it is not read. Of the other GNOME applications of Debian 12, the
games aisleriot, gnome-mines, quadrapassel, four-in-a-row, tali, lightsoff, iagno,
gnome-robots, gnome-nibbles, gnome-klotski, gnome-mahjongg, gnome-tetravex and five-or-more,
and shotwell, rhythmbox, gnome-builder, gnome-maps, gnome-software and orca ship no Russian
help.

None of them is Debian's documentation, the GIMP manual, `gnome-user-docs`, the LibreOffice
help, the Linux manual pages, the eleven applications of the seventh set
(`bench.qa_gnomeapps.PACKAGES`), the KiCad manuals, Inkscape's tutorials, the MATE guide or a
KDE handbook. The packages are fetched with ``apt-get download`` into the ignored cache at
bench time; nothing of their text is committed.

``bench/data/qa_gnome_more/cases.json`` freezes the set, written and labelled before any check
ran on it:

* ``pairs``: `PAIRS` real blocks of 30 to 600 characters of English, drawn per group with a
  fixed seed, each distinct pair once: mail 150 (evolution), desktop 180 (seahorse 82, zenity
  35, gnote 32, gnome-boxes 28, gnome-logs 3), media 110 (brasero 36, cheese 34, polari 18,
  gnome-music 17, gnome-photos 5), games 60 (gnome-chess 21, gnome-sudoku 19, swell-foop 12,
  hitori 8). Every pair was read by the issue-15 helper of session
  14 (qaheld5, the labeller) on 2026-12-03, aided by ``python -m bench.qa_gnome_more show``
  and by a listing of each target's doubled words, spaces beside marks, unbalanced brackets,
  straight quotes, case at the start, end marks and Latin words; no check of the project was
  run and their code was not read to decide a label. A real error of a kind a check looks
  for is recorded in ``real_errors`` (check -> what is wrong); the pair is then a positive for
  that check, otherwise a negative. The conventions are the seventh set's
  (`bench/qa_gnomeapps.py`) and the tenth's (`bench/qa_kde_apps.py`): a difference that
  follows Russian rules or the translator's evident choice is no error (a title or list item
  that gains or drops a stop, a lead-in's comma become a colon, a number given in digits or
  in words, names of programs, packages, files, options and keys kept in English, the links
  of a web site that has no Russian interface, a label doubled or an ellipsis before the stop
  as the source writes it); straight quotation marks around Russian words are a `quote-style`
  error, around words copied from the source they are not; an interface label of the
  application left in English where the help translates it is an `untranslated-fragment`, as
  is an English word of the prose left in; spaces inside brackets are a `whitespace` error.
  The reading found as few errors as the seventh and tenth sets: 7 in 500, in 7 pairs.
  `quote-style` 4 (straight quotes around a game's Russian name, in four pairs of one
  game's help), `untranslated-fragment` 2 (a plugin's interface name left in English where
  the same block translates it, an English "and" in a list of file extensions), `whitespace`
  1 (spaces inside brackets). Left unlabelled, as in the earlier sets: words glued where the
  markup ends, a Latin letter typed inside a Russian word, a mnemonic's underscore left in a
  label, a hyphen for a dash between words, an abbreviation without its inner space, a digit
  written with a Cyrillic letter for the multiplication sign, a missing or extra comma,
  typos, grammar, a link's title run into the sentence, mistranslations and translations of
  an older or shortened English text.
* no synthetic errors: every case is a real pair as the translators wrote it.

Do not tune the checks on this set: once its findings have been read to change a check, it
is dev data and a new held-out set is needed.

    python -m bench.qa_gnome_more build     # write the selection (only for a new set)
    python -m bench.qa_gnome_more show      # the pairs with the reading aid, for labelling

Relabelled in session 37 (qarelabel50) by house rule D6 of docs/qa.md only (two words run together
in the target where the source has two are a `spacing` error wherever they stand, a markup boundary
included, unless the source glues the same two words; the labels' notes say "session 37, house rule
D6"). The words glued "where the markup ends" or by a typo, noted above as left unlabelled, are now
labelled: `spacing` added to brasero/project-audio#3 («ПроектСоздать проектЗвуковой диск») and #10
(«кнопкиПауза»).

Relabelled in session 46 (hyphen46) by house rule D18 (b) of docs/qa.md only, never to fit a check
(a hyphen-minus spaced on both sides between words, standing where Russian sets a dash, «слово -
слово», is a `spacing` error unless the source writes a spaced hyphen at that place): every target
holding one between non-digits outside code spans read (4 cases); `spacing` added to 4 pairs:
gnome-boxes/backup#12, gnome-boxes/keystrokes#10, gnome-boxes/usb-redirection#2,
swell-foop/preferences#6, each noted "session 46, house rule D18 (b)".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.qa_gnomeapps import help_pages
from bench.qa_heldout import Block, HeldOutCase
from bench.qa_heldout import load as load_frozen
from bench.qa_reading import command, draw_per_group

LIST_ITEMS = "russian"
"""The list convention its labeller applied (house rule D2; how it is derived:
`bench_qa_accuracy.declared_list_items`). Labels disagreeing with the findings under "russian" and
under "source": none on either (no list item is labelled or flagged)."""

DATA = Path(__file__).resolve().parent / "data" / "qa_gnome_more" / "cases.json"
SEED = 1506
GROUPS = {
    "mail": ("evolution",),
    "desktop": ("seahorse", "gnote", "zenity", "gnome-boxes", "gnome-logs"),
    "media": ("brasero", "cheese", "gnome-music", "gnome-photos", "polari"),
    "games": ("gnome-chess", "gnome-sudoku", "swell-foop", "hitori"),
}
"""Each group's applications, named by their folder under ``usr/share/help/LANG``."""
PACKAGES = ("evolution-common", "seahorse", "gnote", "zenity-common", "gnome-boxes", "gnome-logs",
            "brasero-common", "cheese-common", "gnome-music", "gnome-photos", "polari", "gnome-chess",
            "gnome-sudoku", "swell-foop", "hitori")
"""The Debian 12 packages that ship them."""
PAIRS = {"mail": 150, "desktop": 180, "media": 110, "games": 60}
"""Pairs drawn from each group: the mail client's help holds as many blocks as the other
fourteen together, so a draw over all would let it dominate."""


def pages() -> dict[str, list[Block]]:
    """Every page of the fifteen applications' help that pairs, named ``application/page``."""
    return help_pages("gnome-more-help", PACKAGES)


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the fetched packages; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading)."""
    about = ("Frozen held-out QA set, see bench/qa_gnome_more.py. pairs: real blocks of the help of fifteen "
             "GNOME applications (" + ", ".join(PACKAGES) + "; C / ru); real_errors labelled by reading "
             "before any check ran.")
    return draw_per_group(pages(), lambda page, group: page.split("/")[0] in GROUPS[group], PAIRS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
