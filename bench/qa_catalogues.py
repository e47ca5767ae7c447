"""The thirteenth frozen held-out QA set: help and prose in the translation catalogues of games
and tools that no check, no bench and no earlier set read.

Source: the gettext catalogues (``.mo``) that four Debian 12 packages ship, each message's
English written by the program's developers and its Russian by the program's volunteer
translators in PO files that ``msgfmt`` compiles (a fuzzy or empty translation is left out of a
``.mo``): Freeciv 3.0's (`freeciv-data`: the help of units, buildings, wonders, governments and
rulesets, full of numbers, costs and percentages, and the nations' legends), Battle for
Wesnoth 1.16's (`wesnoth-1.16-data`: the help, the units' descriptions, the tutorial, the
multiplayer eras and scenarios, the World Conquest and A New Land add-ons and the game's own
messages) and two tools' (`mc-data`: Midnight Commander's messages; `minetest-data`: Minetest's
settings, whose descriptions are paragraphs of prose). A message is a pair as it is: the msgid
is the source, the msgstr the target, its context (none of these catalogues uses one; Freeciv
writes its qualifiers ``?x:`` into the msgid) kept apart, a plural message left out. A pair is
read only where it is prose (`is_prose`: five English words or more once placeholders and
markup are taken out) and a real translation (mostly Cyrillic, not a copy). The catalogues are
grouped so that no one program dominates (`GROUPS`); GCompris ships Qt ``.qm`` files, not
gettext, and Pingus and LinCity-NG ship uncompiled ``.po`` files (LinCity-NG's with a date
header Babel's reader refuses), so they are not read; `0ad-data` is 1.4 GB.

None of them is Debian's documentation, the GIMP manual, GNOME's or MATE's help, the
LibreOffice help, the Linux manual pages, the KiCad manuals, Inkscape's tutorials or a KDE
handbook. The packages are fetched with ``apt-get download`` into the ignored cache at bench
time; nothing of their text is committed.

``bench/data/qa_catalogues/cases.json`` freezes the set, written and labelled before any check
ran on it:

* ``pairs``: `PAIRS` real messages of 30 to 600 characters of English, drawn per group with a
  fixed seed, each distinct pair once: freeciv 200 (freeciv-core 177, freeciv-nations 23),
  wesnoth 200 (help 44, the game's own 39, lib 29, tutorial 24, units 24, World Conquest 24, A
  New Land 8, multiplayer 8), tools 100 (minetest 71, mc 29). Every pair was read by the issue-15 helper of session 15
  (qaheld7, the labeller) on 2026-12-03, aided by ``python -m bench.qa_catalogues show`` and
  by a listing of each target's doubled words, spaces beside marks, unbalanced brackets,
  straight quotes, case at the start, end marks, digits and Latin words; no check of the
  project was run and their code was not read to decide a label. A real error of a kind a
  check looks for is recorded in ``real_errors`` (check -> what is wrong); the pair is then a
  positive for that check, otherwise a negative. The conventions are the earlier sets'
  (`bench/qa_gnome_more.py`, `bench/qa_kde_apps.py`); placeholders (``%s``, ``%d``, ``%1$s``
  reordered, ``{name}``, ``$var``) and markup (Wesnoth's ``<ref>``, ``<italic>text='…'</italic>``)
  are part of the texts, and straight quotes inside that markup or around a placeholder, an
  option or a command copied from the source are no `quote-style` error; a number given in
  words or a date as a Roman century is none either. The reading found 18 errors in 16 pairs:
  `quote-style` 7 (straight quotes around Russian words: four in Freeciv's help, one in
  Wesnoth's, one in Midnight Commander's, one in Minetest's), `whitespace` 6 (double spaces
  before Wesnoth's markup in two pairs, a space after the final «?», a space before a closing
  tag and so before a comma, a space opening a line, a space before the stop),
  `punctuation-end` 2 (a list of names ending with a stray comma, a final stop lost after a
  link), `untranslated-fragment` 2 (an English "and" left in two of Wesnoth's help lists),
  `spacing` 1 (middle dots typed for every space, so none follows the commas). Left
  unlabelled, as in the earlier sets: the legends and histories that Freeciv's translators
  rewrote or lengthened (other years, other facts: a text of their own, not a number
  mistyped), a translation of an older English text (a font setting, a rune-smith's
  description), a file pattern 'ФАЙЛ.tilespec' quoted as code, a status line's fields spaced by
  two spaces where the source has one, a trailing line break lost, «!» become «.» in a
  character's line, a Latin letter inside a Russian syllable, a hyphen for a dash, an
  abbreviation without its inner space, a stop lost inside a message, typos, grammar and
  mistranslations.
* no synthetic errors: every case is a real pair as the translators wrote it.

Do not tune the checks on this set: once its findings have been read to change a check, it
is dev data and a new held-out set is needed.

    python -m bench.qa_catalogues build     # write the selection (only for a new set)
    python -m bench.qa_catalogues show      # the pairs with the reading aid, for labelling

Relabelled in session 37 (qafix46) by the house rules of docs/qa.md only, never to fit a check (the
labels' notes say which rule): house rule D3 (a number dropped together with its clause is a
`number-mismatch` error): `number-mismatch` added to tools/minetest#410.

Relabelled in session 40 (the lead) by house rule D8 only, never to fit a check (a number the
translation adds that the source does not hold in any form is an error): `number-mismatch` added to
freeciv/freeciv-nations#869 («1959» added with a clause). Freeciv's other legends that qafix59 and
qafix63 read as errors (#141, #189, #194, #200 of the bench's listing) are not relabelled: their
reading is the next session's.

Relabelled in session 41 (qafix66) by house rules D8 and D3 only, never to fit a check: those four
legends, each read with both texts' numbers. D3's note of session 37 left "Freeciv's legends
rewritten from another text" as labelled because D3 speaks of numbers dropped; D8 (a number the
translation adds that the source does not hold in any form is an error) has no exception for a
rewrite, and each of the four adds one. `number-mismatch` added to freeciv/freeciv-core#6292 (the
source's 550 BCE, 330 BCE, 226 CE and 642 CE; the target's «2000—1500 годов до н. э.» and «VI века
до н. э.»: 2000 and 1500 added, D8; 330, 226 and 642 dropped with their clauses, D3),
freeciv/freeciv-nations#1053 ("In 1945 … the 38th parallel … 60 years on"; «в 1950 году … 38-й
параллели … 60-летней»: 1950 added for 1945, D8), #1521 ("about 20% of the population … about four
million"; «70% территории … В 1966 году»: 70 and 1966 added, D8; 20 % and four million dropped with
their clauses, D3) and #1663 (no number in the source; «численностью около 50 тысяч человек» added,
D8).

Relabelled in session 44 (qafix76) by house rule D16 of docs/qa.md only, never to fit a check
(straight single marks or English single curly marks used in pairs as quotation marks round a word
or phrase in the Russian text are a `quote-style` error, as D15's double marks are, outside code and
data copied from the source); a search of every set's targets for paired single marks in Russian
text, outside code spans, markup and placeholders, in pairs labelled clean, each read with its
source: `quote-style` added to freeciv/freeciv-core#1598 (straight single quotes the translator put
round a command's name in Russian prose («Команда 'team' меняет»; the source names the command
unquoted)). Read and left clean by the rule: commands, settings and their values named as the source
quotes them ('observe', 'plrcolormode', 'RANDOM', ‘on’, ‘off’), placeholders ('%s'), markup
attributes (text='…', dst='…').

Relabelled in session 46 (hyphen46) by house rule D18 (b) of docs/qa.md only, never to fit a check
(a hyphen-minus spaced on both sides between words, standing where Russian sets a dash, «слово -
слово», is a `spacing` error unless the source writes a spaced hyphen at that place): every target
holding one between non-digits outside code spans read (2 cases); `spacing` added to 2 pairs:
wesnoth/wesnoth-help#32, wesnoth/wesnoth-units#29, each noted "session 46, house rule D18 (b)".
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from babel.messages.mofile import read_mo

from bench.alignment_corpus import is_translated, unpack
from bench.qa_heldout import Block, HeldOutCase
from bench.qa_heldout import load as load_frozen
from bench.qa_reading import command, draw_per_group

LIST_ITEMS = "russian"
"""The list convention its labeller applied (house rule D2; how it is derived:
`bench_qa_accuracy.declared_list_items`). Labels disagreeing with the findings under "russian" and
under "source": held-out catalogues: 0 and 0."""

DATA = Path(__file__).resolve().parent / "data" / "qa_catalogues" / "cases.json"
SEED = 1507
_LOCALE = "usr/share/locale/ru/LC_MESSAGES"
_WESNOTH = "usr/share/games/wesnoth/1.16/locale/ru/LC_MESSAGES"
GROUPS = {
    "freeciv": {"freeciv-core": _LOCALE, "freeciv-nations": _LOCALE},
    "wesnoth": {domain: _WESNOTH for domain in ("wesnoth", "wesnoth-help", "wesnoth-units", "wesnoth-tutorial",
                                                "wesnoth-multiplayer", "wesnoth-lib", "wesnoth-wc", "wesnoth-anl")},
    "tools": {"mc": _LOCALE, "minetest": _LOCALE},
}
"""Each group's catalogues: domain -> the folder of its Russian ``.mo`` in the unpacked packages."""
PACKAGES = ("freeciv-data", "wesnoth-1.16-data", "mc-data", "minetest-data")
"""The Debian 12 packages that ship them."""
PAIRS = {"freeciv": 200, "wesnoth": 200, "tools": 100}
"""Pairs drawn from each group: Freeciv's catalogue alone holds three times as many prose
messages as all the others, so a draw over all would let it dominate."""

_PLACEHOLDER = re.compile(r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?l*[a-zA-Z%]|\{[^{}]*\}|\$\w+|<[^<>]*>|&\w+;")
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def is_prose(text: str) -> bool:
    """A sentence or more, not a label or a format of placeholders: five English words or more
    once placeholders and markup are taken out (a placeholder's letters are no words)."""
    return len(_ENGLISH_WORD.findall(_PLACEHOLDER.sub(" ", text))) >= 5


def catalogue_pages(cache: str, groups: dict[str, dict[str, str]],
                    packages: tuple[str, ...]) -> dict[str, list[Block]]:
    """Every catalogue of `groups`, named ``group/domain``, as its prose pairs (index = position
    among the catalogue's messages); `packages` are unpacked into the cache folder `cache`.
    Babel reads the ``.mo``: a context and a plural are its fields, not bytes to split here."""
    root = unpack(cache, packages)
    found: dict[str, list[Block]] = {}
    for group, domains in groups.items():
        for domain, folder in domains.items():
            with (root / folder / f"{domain}.mo").open("rb") as mo:
                messages = [m for m in read_mo(mo) if m.id]
            page = f"{group}/{domain}"
            found[page] = [Block(page, i, m.id, m.string) for i, m in enumerate(messages)
                           if isinstance(m.id, str) and isinstance(m.string, str) and is_prose(m.id)
                           and is_translated(m.id, m.string)]
    return found


def pages() -> dict[str, list[Block]]:
    """The prose pairs of every catalogue of the set."""
    return catalogue_pages("catalogue-help", GROUPS, PACKAGES)


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the fetched packages; a message whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading)."""
    about = ("Frozen held-out QA set, see bench/qa_catalogues.py. pairs: real prose messages of the Russian "
             "gettext catalogues of " + ", ".join(PACKAGES) + "; real_errors labelled by reading before any "
             "check ran.")
    return draw_per_group(pages(), lambda page, group: page.split("/")[0] == group, PAIRS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
