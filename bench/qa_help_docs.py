"""The seventeenth frozen held-out QA set: help and documentation prose of programs that no
check, no bench and no earlier set read, in three kinds of source.

Every text was written in English by the program's own writers and translated into Russian
by people, as Debian 12 ships them:

* Russian manual pages that packages ship beside their English ones (`MAN_GROUPS`): calibre's
  e-book tools (calibre's translators), KDE's development scripts and tools (``kdesdk-scripts``,
  ``poxml``, ``plasma-sdk``: KDE's Russian team) and others (the window manager awesome's
  pages, NetLabel's tools, Modem Manager GUI's, linuxinfo's), read by the sixth set's reader
  (`bench.qa_manpages.paired_page` through `bench.qa_man_handbooks.man_pages`);
* KDE handbooks (DocBook, translated in PO files by KDE's Russian team, each handbook by its
  own translators) of applications no earlier set read (`KDE_GROUPS`), read by the ninth set's
  reader (`bench.qa_kde_mate.kde_pages`);
* the Mallard help of GNOME and GTK applications no earlier set read (`HELP_GROUPS`,
  translated by each project's Russian translators), read by the eleventh set's reader
  (`bench.qa_gnomeapps.help_pages`).

A page of each is paired only where both versions have the same blocks of the same kinds in
the same order, the n-th block translating the n-th. None of them is Debian's documentation,
the GIMP manual, GNOME's user documentation, the help of `bench.qa_gnomeapps.PACKAGES` or
`bench.qa_gnome_more.PACKAGES`, the LibreOffice help, the Linux man pages of
``manpages``/``manpages-ru``, the man pages or handbooks of `bench.qa_man_handbooks`, the KDE
handbooks of `bench.qa_kde_mate` or `bench.qa_kde_apps`, the KiCad manuals, Inkscape's
tutorials, the MATE guide, an HTML manual of `bench.qa_html_manuals` or a gettext catalogue.
The packages are fetched with ``apt-get download`` into the ignored cache at bench time;
nothing of their text is committed.

``bench/data/qa_help_docs/cases.json`` freezes the set, written and labelled before any check
ran on it:

* ``pairs``: 550 real blocks of 30 to 600 characters of English, drawn per group with a fixed
  seed (`PAIRS`), each distinct pair once: man pages 150 (calibre 60: calibre-server 20,
  ebook-meta 8, web2disk 7...; KDE's tools 50: plasmaengineexplorer 7, plasmoidviewer 5,
  cheatmake 4, cvscheck 4...; others 40: awesome 18, netlabelctl 16, Modem Manager GUI 4,
  linuxinfo 2), KDE handbooks 220 (editors 60: KatePart 32, Kate 16, Umbrello 10, Cervisia 2;
  office 50: KMyMoney 35, Tellico 12, Skrooge 3; internet 30: Konversation 26, Krfb 3, KRDC 1;
  media 40: Kwave 28, Kid3 8, KolourPaint 3, Dragon Player 1; learning 40: Parley 16, KTouch 11,
  Marble 6, Kalzium 4, Kiten 2, KGeography 1) and Mallard help 180 (web 50: Geary 28, Web 22;
  graphics 60: Drawing 21, gLabels 19, OCRFeeder 13, Font Manager 7; tools 70: gtranslator 15,
  GHex 10, Déjà Dup 9, Parental Controls 8, gbrainy 7, Parlatype 7, Endeavour 6, LaTeXila 4,
  PulseEffects 3, Text Editor 1). Every pair was read by the issue-15 helper of session 17
  (qaheld11, the labeller) on 2026-12-04, aided by ``python -m bench.qa_help_docs show`` and by
  a listing of each target's doubled words, spaces beside marks, marks glued to words,
  unbalanced brackets, straight quotes, case at the start, end marks, doubled marks and runs of
  Latin words the source lacks; no check of the project was run and their code was not read to
  decide a label. A real error of a kind a check looks for is recorded in ``real_errors``
  (check -> what is wrong); the pair is then a positive for that check, otherwise a negative.
  The conventions are the earlier sets' (`bench/qa_man_handbooks.py`,
  `bench/qa_html_manuals.py`): see the README entry "held-out help-docs" for the errors found
  and what was left unlabelled.
* no synthetic errors: every case is a real pair as the translators wrote it.

Do not tune the checks on this set: once its findings have been read to change a check, it
is dev data and a new held-out set is needed.

    python -m bench.qa_help_docs build     # write the selection (only for a new set)
    python -m bench.qa_help_docs show      # the pairs with the reading aid, for labelling

Relabelled in session 38 (qarelabel57) by house rule D3 of docs/qa.md only, never to fit a check (a
number dropped together with its clause is a `number-mismatch` error): `number-mismatch` added to
help/glabels-3.0/merge-ex1#2 ("but heck it is the 23rd century" dropped with its clause).

Relabelled in session 40 (the lead) by house rule D8 only, never to fit a check: `number-mismatch`
added to kde/katepart/regular-expressions#29 (a second quantifier explained, «0 или 1 раз», numbers
the source does not hold).

Relabelled in session 41 (qafix67) by docs/qa.md's house rules only (the labels' notes say "session
41 (qafix67), house rule Dn"): D6: `spacing` added to kde/katepart/color-themes#212 («вкладкеДля»),
kde/marble/commands#11 («тайловOpen») and help/epiphany/cert#2 («времяВеб-браузер»).

Relabelled in session 46 (the lead) by house rule D22 of docs/qa.md only, never to fit a check
(small-letter words copied in the source's straight double marks, which no code noun calls, are
English quotation marks: Russian prose quotes them « »): `quote-style` added to
man/other-tools/man8/netlabelctl.8#56 («конфигураций "local" и "trans"»).
Relabelled in session 46 (hyphen46) by house rule D18 (b) of docs/qa.md only, never to fit a check
(a hyphen-minus spaced on both sides between words, standing where Russian sets a dash, «слово -
слово», is a `spacing` error unless the source writes a spaced hyphen at that place): every target
holding one between non-digits outside code spans read (18 cases, 15 keeping the source's own spaced
hyphens, left); `spacing` added to 3 pairs: man/calibre/man1/calibre-server.1#47,
man/calibre/man1/calibre.1#5, help/drawing/preferences#16, each noted "session 46, house rule D18
(b)".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.qa_gnomeapps import help_pages
from bench.qa_heldout import Block, HeldOutCase
from bench.qa_heldout import load as load_frozen
from bench.qa_kde_mate import kde_pages
from bench.qa_man_handbooks import man_pages
from bench.qa_reading import command, draw_per_group

LIST_ITEMS = "russian"
"""The list convention its labeller applied (house rule D2; how it is derived:
`bench_qa_accuracy.declared_list_items`). Labels disagreeing with the findings under "russian" and
under "source": held-out help-docs: 0 and 4."""

DATA = Path(__file__).resolve().parent / "data" / "qa_help_docs" / "cases.json"
SEED = 1711
MAN_GROUPS = {
    "calibre": ("calibre",),
    "kde-tools": ("kdesdk-scripts", "poxml", "plasma-sdk"),
    "other-tools": ("awesome", "netlabel-tools", "modem-manager-gui", "linuxinfo"),
}
"""Each group's Debian 12 packages, unpacked together into the cache folder ``man-group``."""
KDE_GROUPS = {
    "editors": ("kate", "katepart", "umbrello", "cervisia"),
    "office": ("kmymoney", "skrooge", "tellico"),
    "internet": ("konversation", "krfb", "krdc"),
    "media": ("kwave", "kolourpaint", "kid3", "dragonplayer"),
    "learning": ("marble", "parley", "ktouch", "kalzium", "kgeography", "kiten", "knights"),
}
"""Each group's handbooks, named by their folder under ``doc/HTML/LANG``."""
KDE_PACKAGES = ("kate5-data", "umbrello-data", "cervisia", "kmymoney-common", "skrooge-common", "tellico-doc",
                "konversation-data", "krfb", "krdc", "kwave", "kolourpaint", "kid3", "dragonplayer", "marble-data",
                "parley-data", "ktouch-data", "kalzium-data", "kgeography-data", "kiten", "knights")
"""The packages that ship them (``kate5-data`` ships the editor component's handbook too)."""
HELP_GROUPS = {
    "web": ("epiphany", "geary"),
    "graphics": ("drawing", "glabels-3.0", "ocrfeeder", "font-manager"),
    "tools": ("ghex", "gtranslator", "deja-dup", "gbrainy", "gnome-text-editor", "endeavour", "latexila",
              "malcontent", "org.parlatype.Parlatype", "pulseeffects"),
}
"""Each group's applications, named by their folder under ``usr/share/help/LANG``."""
HELP_PACKAGES = ("epiphany-browser-data", "geary", "drawing", "glabels-data", "ocrfeeder", "font-manager-common",
                 "ghex", "gtranslator", "deja-dup", "gbrainy", "gnome-text-editor", "endeavour-common",
                 "latexila-data", "malcontent-gui", "parlatype", "pulseeffects")
"""The Debian 12 packages that ship them."""
PAIRS = {"man/calibre": 60, "man/kde-tools": 50, "man/other-tools": 40,
         "kde/editors": 60, "kde/office": 50, "kde/internet": 30, "kde/media": 40, "kde/learning": 40,
         "help/web": 50, "help/graphics": 60, "help/tools": 70}
"""Pairs drawn from each group: KMyMoney's, Kate's and Kwave's handbooks and calibre's pages
hold most of the blocks, so a draw over all would let their translators dominate."""


def pages() -> dict[str, list[Block]]:
    """The blocks of the three sources: man pages (``man/group/...``), KDE handbooks
    (``kde/app/...``) and Mallard help (``help/app/...``)."""
    handbooks = kde_pages([app for apps in KDE_GROUPS.values() for app in apps], KDE_PACKAGES, "help-docs-kde")
    help_ = {f"help/{page}": [Block(f"help/{page}", b.index, b.source, b.target) for b in blocks]
             for page, blocks in help_pages("help-docs-help", HELP_PACKAGES).items()}
    return man_pages(MAN_GROUPS) | handbooks | help_


def group_of(page: str) -> str:
    """The group a page's pairs are drawn with, as `PAIRS` names it: ``man/group/...`` with its
    group, a handbook's or a help's page with the group that holds its application (``none``
    for help a package ships beside the one it was chosen for, which is not drawn)."""
    kind, second = page.split("/")[:2]
    if kind == "man":
        return f"man/{second}"
    groups = KDE_GROUPS if kind == "kde" else HELP_GROUPS
    return f"{kind}/" + next((group for group, apps in groups.items() if second in apps), "none")


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the fetched packages; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading)."""
    about = ("Frozen held-out QA set, see bench/qa_help_docs.py. pairs: real blocks of the Russian manual pages of "
             + ", ".join(p for ps in MAN_GROUPS.values() for p in ps) + ", of the KDE handbooks of "
             + ", ".join(KDE_PACKAGES) + " and of the Mallard help of " + ", ".join(HELP_PACKAGES)
             + "; real_errors labelled by reading before any check ran.")
    return draw_per_group(pages(), lambda page, group: group_of(page) == group, PAIRS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
