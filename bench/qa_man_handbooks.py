"""The twelfth frozen held-out QA set: manual pages that Debian packages translate themselves,
and KDE handbooks, that no check, no bench and no earlier set read.

Two kinds of source, both written in English by each project's own writers and translated into
Russian by people, as Debian 12 ships them:

* the Russian manual pages that packages ship beside their English ones (`MAN_GROUPS`), not
  the Linux man-pages project's (`manpages-ru`): the shadow suite's account tools and files
  (``login``, ``passwd``), psmisc's process tools, ``debsums``, base-passwd's ``update-passwd``; the SELinux tools' pages
  (``semanage``, ``sandbox``, ``secon``, ``audit2allow``...; one translator, credited on each
  page); debconf's and po4a's pages (each project's Russian translators) and help2man's; and
  applications' pages: the Matroska tools (``mkvmerge``, ``mkvextract``...), pdf2djvu, minidjvu, Tilix, vimdiff, QElectroTech,
  Window Maker's utilities, aMule's, Pentobi. A page is read by the sixth set's reader
  (`bench.qa_manpages.paired_page`: a block is what ``man`` shows as one paragraph, a page
  paired only where both versions have the same blocks of the same kinds in the same order).
  Packages' Russian pages that pair none (their blocks differ in kind or number: man-db's,
  Midnight Commander's, vim's, nmap's, aria2's, WeeChat's, joe's, MPlayer's, synaptic's and
  others) are not read; ``aptitude``'s (its manual is used up) and Wesnoth's are left out.
* KDE handbooks of Debian 12's KDE Gear and Plasma packages (`KDE_GROUPS`; DocBook, translated
  in PO files by KDE's Russian team, each handbook by its own translators), read by the ninth
  set's reader (`bench.qa_kde_mate.kde_pages`). Other KDE packages fetched while choosing
  (sweeper, kcharselect, kruler, kspaceduel; and KHelpCenter's online-help page) pair no
  block of 30 characters, so they are not read.

None of them is Debian's documentation, the GIMP manual, GNOME's or MATE's help, the
LibreOffice help, the Linux man pages of ``manpages``/``manpages-ru``, the KiCad manuals,
Inkscape's tutorials, or a handbook of the ninth or tenth set (`bench.qa_kde_mate.KDE_APPS`,
`bench.qa_kde_apps.GROUPS`). The packages are fetched with ``apt-get download`` into the
ignored cache at bench time; nothing of their text is committed.

``bench/data/qa_man_handbooks/cases.json`` freezes the set, written and labelled before any
check ran on it:

* ``pairs``: 500 real blocks of 30 to 600 characters of English, drawn per group with a fixed
  seed (`PAIRS`), each distinct pair once: man pages 250 (system 60: psmisc 30, shadow 15,
  debsums 12, update-passwd 3; SELinux 50; tools 70: debconf 37, po4a 31, help2man 2;
  applications 70: Matroska tools 44, pdf2djvu 9, Tilix 5, minidjvu 4, Pentobi 3,
  QElectroTech 2, vimdiff 2, Window Maker 1) and handbooks 250 (desktop 60: KDE Fundamentals
  27, KHelpCenter 8, KWallet 7, KInfoCenter 6, Spectacle 6, System Settings 3, KSystemLog 2,
  Filelight 1; utilities 40: KMouth 17, KMagnifier 14, KMouseTool 7, KTeaTime 2; security 45:
  Kleopatra 37, KGpg 7, KWatchGnuPG 1; personal 55: KAlarm 31, KAddressBook 12, Akregator 4,
  KNotes 4, Kontact 4; learning 50: Step 16, Rocs 13, Bovo 9, Granatier 6, KNetWalk 6). Every
  pair was read by the issue-15 helper of session 15 (qaheld6, the labeller) on 2026-12-03,
  aided by ``python -m bench.qa_man_handbooks show`` and by a listing of each target's doubled
  words, spaces beside marks, marks glued to words, unbalanced brackets, straight quotes, case
  at the start, end marks, digits and Latin words; no check of the project was run and their
  code was not read to decide a label. A real error of a kind a check looks for is recorded
  in ``real_errors`` (check -> what is wrong); the pair is then a positive for that check,
  otherwise a negative. The conventions are the earlier sets' (`bench/qa_kde_apps.py`,
  `bench/qa_gnome_more.py`): a difference that follows Russian rules or the translator's
  evident choice is no error (a title, an option's or a list item's description that gains or
  drops a stop, «;» or a stop ending a list item, a number given in words, names of programs,
  options, files and keys kept in English, an English term glossed in brackets, option
  descriptions begun in small letters throughout a page as ``--help`` writes them); straight
  quotation marks around Russian words are a `quote-style` error, around values or code copied
  from the source they are not; a space before a comma, a stop or a closing mark and a space
  inside brackets that the source does not have are `whitespace` errors; a bracket glued to a
  Russian word is a `spacing` one.
  The reading found as few errors as the earlier sets: 10 in 500, in 10 pairs. `quote-style` 5
  (straight quotes around Russian words: two in the Matroska tools' pages, three in two
  handbooks), `whitespace` 4 (a space before a comma, spaces inside brackets, a space before a
  closing guillemet, one before a final stop), `spacing` 1 (an opening bracket glued to the
  word before it). Left unlabelled, as in the earlier sets: words glued where the markup ends,
  a Latin letter typed in a Russian word, a menu item's ellipsis followed by the sentence's
  stop, spaces beside marks copied from the source (a key combination's closing bracket
  followed by « .»), abbreviations without their inner space, hyphens for dashes, typos,
  commas, grammar, mistranslations (a program's name replaced by another's, a menu action by
  another), translations of an older or shortened English text (a clause with a number left
  out, a synopsis of fewer files), and two SELinux pairs whose Russian block is the authors'
  and translator's credits where the English one lists related pages (the translator moved a
  section; the reader pairs blocks by position).
* no synthetic errors: every case is a real pair as the translators wrote it.

Do not tune the checks on this set: once its findings have been read to change a check, it
is dev data and a new held-out set is needed.

    python -m bench.qa_man_handbooks build     # write the selection (only for a new set)
    python -m bench.qa_man_handbooks show      # the pairs with the reading aid, for labelling

Relabelled in session 37 (qafix46) by the house rules of docs/qa.md only, never to fit a check (the
labels' notes say which rule): house rule D3 (a number dropped together with its clause is a
`number-mismatch` error): `number-mismatch` added to man/applications/man1/vimdiff.1#3,
kde/kgpg/keyserver#8, kde/kaddressbook/editing-contact-data#13.

Relabelled in session 37 (qarelabel50) by house rule D6 of docs/qa.md only (two words run together
in the target where the source has two are a `spacing` error wherever they stand, a markup boundary
included, unless the source glues the same two words; the labels' notes say "session 37, house rule
D6"). The words glued "where the markup ends" or by a typo, noted above as left unlabelled, are now
labelled: `spacing` added to kde/khelpcenter/interface-basics#68 («значкаНазад»).

Relabelled in session 41 (qafix67) by house rule D6 of docs/qa.md only (two words run together are a
`spacing` error wherever they stand; the label's note says "session 41 (qafix67), house rule D6"):
`spacing` added to kde/kalarm/scheduleMessage#37 («дополнительнымиповторениями»).

Relabelled in session 46 (pe46) by house rule D27 of docs/qa.md only, never to fit a check (the
descriptions of a definition list may drop the source's stops where the translation does so
throughout that list; one that alone drops or gains the stop among its list's others is a
`punctuation-end` error; it narrows the labeller's "an option's description that gains or drops a
stop" above): session 46, house rule D27: `punctuation-end` added to
man/selinux/man1/audit2allow.1#28 («Создать вывод в синтаксисе загружаемого модуля» for "Generate
require output syntax for loadable modules.", the options after it keeping their stops). Read and
left clean by it: man/selinux/man8/semodule_link.8#12 (its list, between OPTIONS and SEE ALSO, ends
no description with a stop).
Relabelled in session 46 (hyphen46) by house rule D18 (b) of docs/qa.md only, never to fit a check
(a hyphen-minus spaced on both sides between words, standing where Russian sets a dash, «слово -
слово», is a `spacing` error unless the source writes a spaced hyphen at that place): every target
holding one between non-digits outside code spans read (20 cases, 16 keeping the source's own spaced
hyphens, left); `spacing` added to 4 pairs: man/selinux/man8/semanage-boolean.8#5,
man/selinux/man8/semodule_unpackage.8#5, man/applications/man1/tilix.1#19,
kde/kmousetool/commands#14, each noted "session 46, house rule D18 (b)".
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bench.alignment_corpus import unpack
from bench.qa_heldout import Block, HeldOutCase
from bench.qa_heldout import load as load_frozen
from bench.qa_kde_mate import kde_pages
from bench.qa_manpages import paired_page
from bench.qa_reading import command, draw_per_group

LIST_ITEMS = "russian"
"""The list convention its labeller applied (house rule D2; how it is derived:
`bench_qa_accuracy.declared_list_items`). Labels disagreeing with the findings under "russian" and
under "source": held-out man-handbooks: 2 and 19."""

DATA = Path(__file__).resolve().parent / "data" / "qa_man_handbooks" / "cases.json"
SEED = 1512
MAN_GROUPS = {
    "system": ("login", "passwd", "base-passwd", "psmisc", "debsums"),
    "selinux": ("policycoreutils", "policycoreutils-python-utils", "selinux-utils", "semodule-utils", "checkpolicy",
                "mcstrans", "restorecond", "newrole", "sepol-utils", "setools", "libsemanage-common"),
    "tools": ("po4a", "help2man", "debconf", "debconf-doc", "debconf-utils", "debconf-i18n"),
    "applications": ("mkvtoolnix", "pdf2djvu", "minidjvu", "tilix", "vim-common", "qelectrotech", "wmaker",
                     "amule-utils", "pentobi"),
}
"""Each group's Debian 12 packages, unpacked together (a package's Russian page may stand in
another package than its English one: ``debconf-i18n`` translates ``debconf``'s)."""
KDE_GROUPS = {
    "desktop": ("systemsettings", "kinfocenter", "khelpcenter", "fundamentals", "kwallet5", "ksystemlog", "kdf",
                "filelight", "spectacle", "kamoso", "juk"),
    "utilities": ("kmag", "kmousetool", "kmouth", "kteatime", "ktimer"),
    "security": ("kgpg", "kleopatra", "kwatchgnupg"),
    "personal": ("akregator", "kaddressbook", "kalarm", "knotes", "kontact", "kget"),
    "learning": ("cantor", "rocs", "step", "bovo", "granatier", "knetwalk"),
}
"""Each group's handbooks, named by their folder under ``doc/HTML/LANG``."""
KDE_PACKAGES = ("systemsettings", "kinfocenter", "khelpcenter", "kwalletmanager", "ksystemlog", "kdf", "filelight",
                "kde-spectacle", "kamoso", "juk", "kmag", "kmousetool", "kmouth", "kteatime", "ktimer", "kgpg",
                "kleopatra", "akregator", "kaddressbook", "kalarm", "knotes", "kontact", "kget", "cantor", "rocs", "step",
                "bovo", "granatier", "knetwalk")
"""The packages that ship them (``khelpcenter`` ships KDE's fundamentals too, ``kleopatra`` the
GnuPG log viewer's)."""
PAIRS = {"man/system": 60, "man/selinux": 50, "man/tools": 70, "man/applications": 70,
         "kde/desktop": 60, "kde/utilities": 40, "kde/security": 45, "kde/personal": 55, "kde/learning": 50}
"""Pairs drawn from each group: debconf's, po4a's, the Matroska tools', the organiser's and the
certificate manager's pages hold most of the blocks, so a draw over all would let them dominate."""
_MAN = Path("usr/share/man")


def man_pages(groups: Mapping[str, tuple[str, ...]] = MAN_GROUPS) -> dict[str, list[Block]]:
    """Every Russian man page of the packages of `groups` (each group unpacked into the cache
    folder ``man-group``) that pairs with its English page, named ``man/group/section/page``.
    Other sets read other packages' pages with it."""
    found: dict[str, list[Block]] = {}
    for group, packages in groups.items():
        root = unpack(f"man-{group}", packages) / _MAN
        for russian in sorted((root / "ru").glob("man*/*.gz")):
            english = root / russian.parent.name / russian.name
            if not english.exists() or english.is_symlink() or russian.is_symlink():
                continue
            name = f"man/{group}/{russian.parent.name}/{russian.name.removesuffix('.gz')}"
            if paired := paired_page(english, russian, name):
                found[name] = paired
    return found


def handbook_pages() -> dict[str, list[Block]]:
    """Every KDE handbook page of the packages that pairs, named ``kde/app/page``."""
    return kde_pages([app for apps in KDE_GROUPS.values() for app in apps], KDE_PACKAGES, "kde-more-handbooks")


def pages() -> dict[str, list[Block]]:
    """The blocks of both sources, the man pages first."""
    return man_pages() | handbook_pages()


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the fetched packages; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading)."""
    about = ("Frozen held-out QA set, see bench/qa_man_handbooks.py. pairs: real blocks of the Russian manual "
             "pages of " + ", ".join(p for ps in MAN_GROUPS.values() for p in ps) + " and of the KDE handbooks of "
             + ", ".join(KDE_PACKAGES) + "; real_errors labelled by reading before any check ran.")
    return draw_per_group(pages(), lambda page, group: group_of(page) == group, PAIRS, SEED, about)


def group_of(page: str) -> str:
    """The group a page's pairs are drawn with, as `PAIRS` names it: ``man/group/...`` is
    drawn with its group, ``kde/app/...`` with the group of `KDE_GROUPS` that holds the app."""
    kind, second = page.split("/")[:2]
    if kind == "man":
        return f"man/{second}"
    return "kde/" + next(group for group, apps in KDE_GROUPS.items() if second in apps)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
