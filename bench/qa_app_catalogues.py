"""The sixteenth frozen held-out QA set: messages in the translation catalogues of a media
player, an audio editor, an encryption tool, chat clients and desktop tools, that no check, no
bench and no earlier set read.

Source: the gettext catalogues (``.mo``) that eight Debian 12 packages ship, each message's
English written by the program's developers and its Russian by people, in PO files that
``msgfmt`` compiles (a fuzzy or empty translation is left out of a ``.mo``), read as
`bench.qa_catalogues.catalogue_pages` reads Freeciv's: a message is a pair as it is (msgid /
msgstr, plurals left out), kept where it is prose (five English words or more once placeholders
and markup are out) and a real translation. Five groups (`GROUPS`): VLC's (the media player's
modules' option descriptions, dialogs and errors; its Transifex team, last Alexander Lakhin),
GnuPG's (the encryption tools' messages, prompts and options; Ineiev), Audacity's (the audio
editor's menus, dialogs, errors and Nyquist effects' texts; its translators), the chat clients'
(Pidgin's through its Transifex team, HexChat's commands' help through its own) and the tools'
(FileZilla's, Geany's and Transmission's GTK client's, each its own translator). None of them
is Debian's documentation, a manual, a help, a handbook or a man page, nor a catalogue an
earlier set read (Freeciv, Wesnoth, mc, Minetest, the twenty programs of
`bench/qa_program_catalogues.py`). The packages are fetched with ``apt-get download`` into the
ignored cache at bench time; nothing of their text is committed.

``bench/data/qa_app_catalogues/cases.json`` freezes the set, written and labelled before any
check ran on it:

* ``pairs``: `PAIRS` real messages of 30 to 600 characters of English, drawn per group with a
  fixed seed, each distinct pair once: VLC 125, GnuPG 100, Audacity 100, chat 100 (Pidgin 70,
  HexChat 30), tools 125 (FileZilla 79, Geany 31, Transmission 15); no translator holds more
  than 23 %. Every pair was read by the issue-15 helper of session 17 (qaheld10, the labeller)
  on 2026-12-04, aided by ``python -m bench.qa_app_catalogues show`` and by a listing of each
  target's doubled words, spaces beside marks, unbalanced brackets, straight quotes, case at the
  start, end marks, digits, line breaks and Latin words; no check of the project was run and
  their code was not read to decide a label. A real error of a kind a check looks for is
  recorded in ``real_errors`` (check -> what is wrong); the pair is then a positive for that
  check, otherwise a negative. The conventions are the earlier sets' (`bench/qa_catalogues.py`,
  `bench/qa_program_catalogues.py`): placeholders (``%s``, ``%1$s``, ``~a``, HexChat's ``$1``
  and colour codes) and markup are part of the texts; straight quotes around Russian words are
  a `quote-style` error, around a placeholder, a command, a code value, a file name or a
  character copied from the source they are not, nor is the apostrophe of an inflected Latin
  name; a final stop the source has and the target loses is a `punctuation-end` error, one the
  target adds is not; runs of spaces the source has (Pidgin's command help, VLC's key columns)
  are layout. The reading found 31 errors in 29 pairs: `quote-style` 17 (straight quotes around
  Russian button, setting, menu and folder names and words: 6 in Audacity's, 5 in FileZilla's,
  3 in Pidgin's, 2 in GnuPG's, 1 in Geany's), `punctuation-end` 8 (the final stop lost: 3 in
  VLC's, 1 each in Audacity's, HexChat's, Pidgin's, FileZilla's and Transmission's),
  `whitespace` 4 (two spaces for one inside a sentence, spaces beside HexChat's bold code, three
  line breaks for two, the indent that opens a line lost), `spacing` 1 (a space after an
  opening ``&lt;`` in Pidgin's command help), `url-email` 1 (an ``https://`` address become
  ``http://``). Left unlabelled, as in the earlier sets: a line break added or dropped to wrap a
  message, a comma lost between two placeholders, a GnuPG prompt's flag letter changed, a
  message begun in a small letter that continues a label, a technical term kept in Latin
  letters, Cyrillic letters typed for a Latin file extension, a number's decimal point kept,
  a stop lost inside a message, hyphens for dashes, abbreviations without their inner space,
  typos, grammar, mistranslations (a message given another message's translation), command
  names translated, and translations of a shorter or a longer text.
* no synthetic errors: every case is a real pair as the translators wrote it.

Do not tune the checks on this set: once its findings have been read to change a check, it
is dev data and a new held-out set is needed.

    python -m bench.qa_app_catalogues build     # write the selection (only for a new set)
    python -m bench.qa_app_catalogues show      # the pairs with the reading aid, for labelling

Relabelled in session 39 (qarelabel58) by house rule D9 of docs/qa.md only, never to fit a check (a
stop gained is an error where the source is a UI fragment, not a sentence ending there):
`punctuation-end` added to chat/hexchat#1042 ("The nick of the person who did the deop'ing", an
event argument's description that is a noun phrase, as «Ник персоны, которая де-опила.»).

Relabelled in session 41 (qafix67) by docs/qa.md's house rules only (the labels' notes say "session
41 (qafix67), house rule Dn"): D6: `spacing` added to chat/pidgin#424 («эл.почты»: an abbreviation's
stop glued to the next word).

Relabelled in session 43 (qarelabel43) by house rule D15 of docs/qa.md only, never to fit a check
(straight double quotes or English curly quotes used as quotation marks in the Russian text are a
`quote-style` error wherever they stand, outside code and data copied from the source); the pairs a
search of every set's targets for such marks outside code spans, markup and placeholders found
labelled clean, each read: `quote-style` added to 1: gnupg/gnupg2#1708 (straight quotes round a
program's name in Russian prose («"dirmngr"»)). Read and left clean by the rule: marks of code or
data the reader types or the program reads, copied as the source has them (placeholders, options,
commands, paths, values, string literals), and the marks the README's row spares.

Relabelled in session 46 (hyphen46) by house rule D18 (b) of docs/qa.md only, never to fit a check
(a hyphen-minus spaced on both sides between words, standing where Russian sets a dash, «слово -
слово», is a `spacing` error unless the source writes a spaced hyphen at that place): every target
holding one between non-digits outside code spans read (17 cases, 11 keeping the source's own spaced
hyphens, left); `spacing` added to 6 pairs, each noted "session 46, house rule D18 (b)".
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
under "source": held-out app-catalogues: 0 and 8."""

DATA = Path(__file__).resolve().parent / "data" / "qa_app_catalogues" / "cases.json"
SEED = 1710
_LOCALE = "usr/share/locale/ru/LC_MESSAGES"
GROUPS = {
    "vlc": {"vlc": _LOCALE},
    "gnupg": {"gnupg2": _LOCALE},
    "audacity": {"audacity": _LOCALE},
    "chat": {"pidgin": _LOCALE, "hexchat": _LOCALE},
    "tools": {"filezilla": _LOCALE, "geany": _LOCALE, "transmission-gtk": _LOCALE},
}
"""Each group's catalogues: domain -> the folder of its Russian ``.mo`` in the unpacked packages.
A group is one translator or team, or programs of one kind whose translators are few enough
that none dominates."""
PACKAGES = ("vlc-l10n", "gnupg-l10n", "audacity-data", "pidgin-data", "hexchat-common", "filezilla-common",
            "geany-common", "transmission-gtk")
"""The Debian 12 packages that ship them."""
PAIRS = {"vlc": 125, "gnupg": 100, "audacity": 100, "chat": 100, "tools": 125}
"""Pairs drawn from each group: VLC's catalogue holds 1,802 distinct prose messages of 30 to 600
characters, GnuPG's 1,003, Audacity's 951, the chat clients' 997 and the tools' 1,088, so a
draw over all would let VLC's translators dominate."""


def pages() -> dict[str, list[Block]]:
    """The prose pairs of every catalogue of the set, named ``group/domain``."""
    return catalogue_pages("app-catalogues", GROUPS, PACKAGES)


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the fetched packages; a message whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading)."""
    about = ("Frozen held-out QA set, see bench/qa_app_catalogues.py. pairs: real prose messages of the "
             "Russian gettext catalogues of " + ", ".join(PACKAGES) + "; real_errors labelled by reading before "
             "any check ran.")
    return draw_per_group(pages(), lambda page, group: page.split("/")[0] == group, PAIRS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
