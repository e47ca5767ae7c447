"""Precision and recall of every segment-level QA check on real sentence pairs.

Data: the 1-1 sentence pairs of the six align-dev works (published EN-RU
literary and non-fiction translations), read from `../shared/align-dev/` at
bench time and never copied. Who wrote what, honestly:

* **negatives** are the real pairs as the translators wrote them; any finding
  on them counts as a false alarm of its check, even where a free translation
  really does differ (a sentence that ends in "!" in one language and "." in
  the other);
* **positives** are the same real pairs with one error of one kind put in by
  this module, written by the implementer of the checks (issue 15): a number
  changed in scale, sign, month or count inside a clause added to both sides,
  a term replaced by a non-term, a space lost after a stop, a bracket or
  quote dropped, a word doubled, the first letter lowered, an English word
  left in, an address changed, the end punctuation changed, straight quotes,
  a double space, the source copied, an empty target;
* **localisation negatives**: the same added clauses translated correctly the
  ways translators do ("3 p.m." / «15:00», "1,000 feet" / «300 метров»,
  "centenary" / «100 лет»), which must stay silent.

The sets, scored apart:

* **dev**: the six align-dev works above. The checks' rules were read off
  this set's false alarms (issue 15 and its follow-up), so its figures are
  dev figures;
* **dev-debian**: 1-1 sentence pairs of the Debian documentation pages that
  the alignment gold keeps as test (`bench/alignment_gold.py`, Debian's own
  translators, technical prose), the same kinds of error put in the same way,
  and term cases from the 40 Debian concepts of
  `bench/data/alignment/debian-terms.csv`. It was held out until the issue-15
  follow-up read its false alarms to fix the checks, so it is dev data now;
  the real errors that reading found in the translators' own pairs are
  `REAL_ERRORS`;
* **dev-manuals**: `bench/qa_heldout.py`, frozen: 540 real blocks of three other
  Debian manuals and 220 errors of kinds written for it, labelled by reading
  before any check ran on it. It was the held-out set until its false alarms
  were read to fix the checks (issue 15, sessions 5 and 6), so it is dev data now;
* **dev-handbook**: `bench/qa_handbook.py`, frozen: 752 real pairs of the
  Debian Administrator's Handbook (labelled by reading before any check ran on
  it) scored as one row, and 199 synthetic errors put into other blocks of it
  scored as another. It was the held-out set until session 7 read its false
  alarms and misses to fix the checks, so it is dev data now (its reader also
  dropped the book's navigation links then: 108 pairs and 11 errors of the
  frozen 860 and 210);
* **dev-gimp**: `bench/qa_gimp.py`, frozen: 560 real pairs of the GIMP user
  manual, labelled by reading (29 pairs with 32 real errors; one doubled word
  the reading missed was added in session 9; a list item that alone drops its «;», taken
  for style, was made a `punctuation-end` error in session 11; «несколькими способами» for "in two
  ways" was made a `number-mismatch` error in session 13) and committed before any check ran
  on it; no synthetic errors. It has no termbase, so the term checks are not
  measured on it. It was held out until session 9 read its findings to fix the
  checks, so it is dev data now;
* **dev-gnome**: `bench/qa_gnome.py`, frozen: 560 real pairs of the GNOME
  desktop help (Mallard pages, GNOME's translators), labelled by reading (4 real
  errors) and committed before any check ran on it; no synthetic errors, no
  termbase. It was held out until session 10 read its misses to fix the checks,
  so it is dev data now;
* **dev-libreoffice**: `bench/qa_libreoffice.py`, frozen: 520 real pairs of the
  LibreOffice help (XHP pages paired by paragraph id, LibreOffice's translators),
  labelled by reading (54 real errors) and committed before any check ran on it; no
  synthetic errors, no termbase. It was held out until session 11 read its findings to
  fix the checks, so it is dev data now;
* **dev-manpages**: `bench/qa_manpages.py`, frozen: 450 real pairs of the Linux
  manual pages (roff paragraphs paired by position, manpages-l10n's translators),
  labelled by reading (9 real errors) and committed before any check ran on it; no
  synthetic errors, no termbase. It was held out until session 12 read its findings to
  fix the checks, so it is dev data now;
* **dev-gnomeapps**: `bench/qa_gnomeapps.py`, frozen: 450 real pairs of the help of
  eleven GNOME applications (Mallard pages paired by position, GNOME's translators; not the
  desktop help of dev-gnome), labelled by reading (9 real errors) and committed before any
  check ran on it; no synthetic errors, no termbase. It was held out until session 13 read its
  findings to fix the checks, so it is dev data now;
* **dev-kicad-inkscape**: `bench/qa_kicad_inkscape.py`, frozen: 450 real pairs of the
  KiCad 6 manuals (HTML blocks paired by position between pictures) and Inkscape 1.2's
  tutorials (SVG texts paired by position), both translated by their projects' volunteers
  in PO files, labelled by reading (20 real errors in 17 pairs) and committed before any
  check ran on it; no synthetic errors, no termbase. It was held out until session 14 read its
  findings to fix the checks, so it is dev data now;
* **dev-kde-mate**: `bench/qa_kde_mate.py`, frozen: 450 real pairs of eight KDE
  applications' handbooks (rendered DocBook pages paired by position) and the MATE user
  guide (DocBook chapters paired by position), both translated by their projects' Russian
  teams in PO files, labelled by reading (9 real errors in 8 pairs) and committed before any
  check ran on it; no synthetic errors, no termbase. It was held out until session 14 read its
  findings to fix the checks, so it is dev data now;
* **dev-kde-apps**: `bench/qa_kde_apps.py`, frozen: 500 real pairs of twenty other KDE
  applications' handbooks (games, education, utilities, mail, browser and organiser; rendered
  DocBook pages paired by position, read as kde-mate reads them), translated by KDE's Russian
  team in PO files, labelled by reading (6 real errors in 6 pairs) and committed before any
  check ran on it; no synthetic errors, no termbase. It was held out until session 14 read its
  findings to fix the checks, so it is dev data now;
* **dev-gnome-more**: `bench/qa_gnome_more.py`, frozen: 500 real pairs of the help of
  fifteen GNOME applications none of the earlier sets read (mail client, desktop tools,
  media and chat, games; Mallard pages paired by position, read as dev-gnomeapps reads them),
  translated by GNOME's Russian translators in PO files, labelled by reading (7 real errors in
  7 pairs) and committed before any check ran on it; no synthetic errors, no termbase. It was
  held out until session 15 read its findings to fix the checks, so it is dev data now.
* **held-out man-handbooks**: `bench/qa_man_handbooks.py`, frozen: 500 real pairs, half of
  the Russian man pages that Debian packages ship themselves (shadow, psmisc, SELinux tools,
  debconf, po4a, the Matroska tools...; paired by paragraph, read as dev-manpages reads them),
  half of KDE handbooks no earlier set read (paired by position, read as kde-mate reads
  them), translated by each project's translators, labelled by reading (10 real errors in 10
  pairs) and committed before any check ran on it; no synthetic errors, no termbase.
* **held-out html-manuals**: `bench/qa_html_manuals.py`, frozen: 500 real pairs of five HTML
  manuals that ship English and Russian pages (Double Commander, MPlayer, OmegaT, GNU Solfege,
  BibleTime; paired by position, read as dev-manuals reads them), translated by each project's
  translators, labelled by reading (43 real errors in 43 pairs) and committed before any check
  ran on it; no synthetic errors, no termbase.
* **held-out program-catalogues**: `bench/qa_program_catalogues.py`, frozen: 500 real prose
  messages of the Russian gettext catalogues of twenty programs no earlier set read (GNU tools,
  bash and nano, Gramps, GnuCash, Xfce's and LXDE's programs, XBoard, Neverball; paired by
  message, read as held-out catalogues reads them), translated by each project's translators,
  labelled by reading (22 real errors in 22 pairs) and committed before any check ran on it;
  no synthetic errors, no termbase.
* **dev-news-numbers real / synthetic**: `bench/qa_news_numbers.py`, frozen: 322 real line
  pairs of the WMT news test sets 2012-2018 EN/RU that hold numbers, labelled for
  `number-mismatch` only (3 real errors), and 70 number errors written into real pairs of the
  set, scored apart; only `number-mismatch` is scored on them.
* **held-out app-catalogues**: `bench/qa_app_catalogues.py`, frozen: 550 real prose messages
  of the Russian gettext catalogues of eight programs no earlier set read (VLC, GnuPG,
  Audacity, Pidgin, HexChat, FileZilla, Geany, Transmission; paired by message, read as
  held-out catalogues reads them), translated by each project's translators, labelled by
  reading (31 real errors in 29 pairs) and committed before any check ran on it; no synthetic
  errors, no termbase.
* **held-out help-docs**: `bench/qa_help_docs.py`, frozen: 550 real blocks of help and
  documentation prose no earlier set read (Russian man pages of calibre, KDE's tools, awesome
  and NetLabel; KDE handbooks of Kate, KMyMoney, Kwave, Konversation and others; the Mallard
  help of Geary, Web, Drawing, gLabels and others; paired by structure), translated by each
  project's translators, labelled by reading (16 real errors in 16 pairs) and committed before
  any check ran on it; no synthetic errors, no termbase.
* **held-out long-prose**: `bench/qa_long_prose.py`, frozen: 500 real paragraphs of long-form
  prose no earlier set read (Dungeon Crawl Stone Soup's descriptions and quotes, paired by entry
  and paragraph; LinCity-NG's help and Sage's tutorial, paired by structure), translated by
  each project's translators, labelled by reading (26 real errors in 24 pairs) and committed
  before any check ran on it; no synthetic errors, no termbase.
* **held-out community-docs**: `bench/qa_community_docs.py`, frozen: 550 real paragraphs of a
  book and two projects' documentation no earlier set read (Pro Git, paired by structure with
  its Russian edition; Django's and phpMyAdmin's documentation, paired by catalogue message),
  140 of them holding digits, translated by their communities, labelled by reading (31 real
  errors in 30 pairs) and committed before any check ran on it; read from the fetch mirror; no
  synthetic errors, no termbase.
* **held-out book-nonfiction**: `bench/qa_book_nonfiction.py`, frozen: 526 real sentence pairs of
  four non-fiction books (political economy, popular science, an essay, philosophy) as their
  published and volunteer translators rendered them, read from the fetch mirror, labelled by
  reading (2 real errors in 2 pairs) and committed before any check ran on it; no synthetic
  errors, no termbase.
* **held-out student-translations**: `bench/qa_student_translations.py`, frozen: 614 real
  sentence pairs of 20 English news and opinion texts as 69 translation students rendered them
  (RusLTC's exam and contest translations the graders ranked best or worst), read from the fetch
  mirror, labelled by reading (111 real errors in 103 pairs) and committed before any check ran
  on it; no synthetic errors, no termbase.
* **held-out figures**: `bench/qa_figures.py`, frozen: 586 real sentence pairs that hold a
  number (dates, ranges, units, percentages, money, times, centuries) of 204 documents of
  TICO-19's test set and FLORES-200's devtest as their professional translators rendered them,
  read from the fetch mirror, labelled by reading (62 real errors in 57 pairs, 1 of them
  `number-mismatch`; 117 legitimate localisations noted) and committed before any check ran on
  it; no synthetic errors, no termbase.
* **held-out math-subtitles human** and **machine**: `bench/qa_math_subtitles.py`, frozen: 516 real
  sentence pairs of 16 3Blue1Brown videos (mathematics read aloud: numbers, variables and formulas
  said in words), 150 as the community's Russian subtitles re-cut to the sentence and 366 as the
  captions project's machine translation, scored apart; read from the fetch mirror, labelled by
  reading (25 real errors in 23 pairs; 119 legitimate renderings noted) and committed before any
  check ran on it; no synthetic errors, no termbase.
* **held-out dense-numbers en-ru**: `bench/qa_dense_numbers.py`, frozen: every pair of
  NTREX-128's EN→RU test set (news, sport, weather, markets) whose English holds two numbers or
  more, 140 English originals of 69 stories in professional Russian; read from the fetch mirror,
  labelled by reading (13 real errors in 13 pairs, 8 of them `number-mismatch`; 55 legitimate
  localisations noted) and committed before any check ran on it; no synthetic errors, no termbase.
  Its WMT21/WMT22 pairs and their RU→EN row were removed in session 41 (no WMT21/22 material may
  be read: their en-ru test sets may be part of the hidden evaluation).
* **held-out machine-translations**: `bench/qa_machine_translations.py`, frozen: 512 real line
  pairs of 28 documents of an English course on edge AI (lessons, workshop pages, changelog,
  contributors' instructions, study guide, policies) as Microsoft's Co-op Translator machine
  translated them into Russian and published them unedited; read from the fetch mirror,
  labelled by reading (43 real errors in 43 pairs) and committed before any check ran on it; no
  synthetic errors, no termbase.
* **held-out official-documents**: `bench/qa_official_documents.py`, frozen: 514 real pairs of
  official and institutional text, the UN's Sustainable Development Goals, targets and indicators
  (General Assembly resolutions A/RES/70/1 and A/RES/71/313) in the UN's English and Russian, and
  Kazakhstan's statistics office's national indicators, source register and platform pages in its
  Russian and English; read from the fetch mirror, labelled by reading (23 real errors in 22
  pairs, 10 of them `number-mismatch`) and committed before any check ran on it; no synthetic
  errors, no termbase.
* **held-out game-text**: `bench/qa_game_text.py`, frozen: 400 real pairs of a video game's
  text, Shattered Pixel Dungeon's message bundles (creatures, talents and dialogue, items,
  journal guides and lore, places and traps, plants, windows) in the developer's English and its
  volunteer translators' Russian, printf placeholders and highlight marks included; read from
  the fetch mirror, labelled by reading (9 real errors in 8 pairs) and committed before any check
  ran on it; no synthetic errors, no termbase.
* **held-out legal-documents**: `bench/qa_legal_documents.py`, frozen: 408 real pairs of legal and
  policy documents, 13 of Mozilla's privacy notices, terms of use, a rights notice and a content
  policy (`mozilla/legal-docs`, none of the documents the law term set reads) in Mozilla's English
  and its translation vendor's Russian, paired line by line; read from the fetch mirror, labelled by
  reading (17 real errors in 17 pairs; session 37 took three off by house rule D1 and labelled the
  4 pairs noted with zero-width spaces `whitespace`: 18 in 17) and committed before any check ran on
  it; no synthetic errors, no termbase.
* **held-out video-lessons**: `bench/qa_video_lessons.py`, frozen: 420 real pairs of spoken
  narration, the captions of two animation courses' video lessons (Blender with Pepper&Carrot,
  Synfig Studio; `morevnaproject-org/subtitles-translation`) in Russian and the English its
  volunteers wrote for it (the promo the other way), a caption a pair; read from the fetch mirror,
  labelled by reading (33 real errors in 33 pairs) and committed before any check ran on it; no
  synthetic errors, no termbase.
* **held-out press-releases**: `bench/qa_press_releases.py`, frozen: 410 real pairs of the Debian
  project's press releases (1997–2017: new releases and point releases, conferences, donations,
  incidents, obituaries; `l/debian-webwml`, the website's sources) in the press team's English and
  the Russian web team's volunteer translation, paired block by block; read from the fetch mirror,
  labelled by reading (18 real errors in 17 pairs) and committed before any check ran on it; no
  synthetic errors, no termbase.
* **held-out news-talks**: `bench/qa_news_talks.py`, frozen: 400 real pairs of WMT24's English
  news articles and transcribed talks (`wmt-conference/wmt24-news-systems`, the news and speech
  domains) each with one origin's Russian: the human reference (100) or one of five systems
  (GPT-4, ONLINE-W, Yandex, Aya23, TSU-HITs; 300); read from the fetch mirror, labelled by reading
  (132 real errors in 97 pairs: human 7 in 5, machine 125 in 92) and committed before any check ran
  on it; no synthetic errors, no termbase.
* **held-out wmt23-news**: `bench/qa_wmt23_news.py`, frozen: 400 real pairs of the WMT23 general
  task's EN → RU test set (`wmt-conference/wmt23-news-systems`), news (300) and transcribed project
  meetings (100), each line in the origin drawn for it: the professional reference (94) or one of
  four systems, GPT4-5shot, ONLINE-B, PROMT and NLLB_Greedy (306); read from the fetch mirror,
  labelled by reading (51 real errors in 48 pairs) and committed before any check ran on it; no
  synthetic errors, no termbase.
* **held-out social-literary**: `bench/qa_social_literary.py`, frozen: 400 real pairs of WMT24's
  English Mastodon posts (213) and fiction paragraphs (187) (`wmt-conference/wmt24-news-systems`, the
  social and literary domains), each line with one origin's Russian: the human reference (99) or
  one of six systems (Claude-3.5, Gemini-1.5-Pro, ONLINE-B, Llama3-70B, IKUN-C, CycleL; 301); read
  from the fetch mirror, labelled by reading (116 real errors in 79 pairs: human 16 in 16, machine 100 in 63) and committed before any check ran on it;
  no synthetic errors, no termbase.
* **held-out app-listings**: `bench/qa_app_listings.py`, frozen: 420 real pairs of the app-store
  listings (210: titles, short and full descriptions) and release notes (210) of 24 open-source
  Android apps (fastlane metadata of 26 repositories: Catima, NewPipe, ReadYou, Tusky, KeePassDX …)
  in their developers' English and their volunteer translators' Russian, paired line by line; read
  from the fetch mirror, labelled by reading (27 real errors in 25 pairs) and committed before any
  check ran on it; no synthetic errors, no termbase.
* **held-out wmt23-social-reviews**: `bench/qa_wmt23_social_reviews.py`, frozen: 420 real pairs of
  the WMT23 general task's EN → RU test set (`wmt-conference/wmt23-news-systems`, the social posts
  (210) and product reviews (210) `bench/qa_wmt23_news.py` left), each line in the origin drawn for
  it: the professional reference (99) or one of five systems no other set reads, ONLINE-A, ONLINE-Y,
  ONLINE-M, ZengHuiMT and Lan-BridgeMT (321); read from the fetch mirror, labelled by reading (13 real
  errors in 10 pairs, all machine) and committed before any check ran on it; no synthetic errors, no
  termbase.
* **held-out patient-leaflets**: `bench/qa_patient_leaflets.py`, frozen: 400 real pairs of patient
  information, 11 CDC vaccine information statements in the Immunization Action Coalition's Russian
  (200) and 11 American Cancer Society handouts in the Society's Russian (200), the pairs the
  en-ru-medicine term set lists (`hallixrap/llm-translation-study`); read from the fetch mirror,
  labelled by reading (14 real errors in 14 pairs) and committed before any check ran on it; no
  synthetic errors, no termbase.
* **held-out storybooks**: `bench/qa_storybooks.py`, frozen: 281 real pairs, every distinct page of
  the 29 African Storybook Project picture books for children the Global ASP's volunteers translated
  into Russian (`global-asp/asp-source` for the English, `global-asp/global-asp` for the Russian),
  paired by the stories' own pages; read from the fetch mirror, labelled by reading (37 real errors
  in 36 pairs) and committed before any check ran on it; no synthetic errors, no termbase.
* **held-out fixed-translations**: `bench/qa_fixed_translations.py`, frozen: 324 real pairs of three
  translations kept under version control (`google/comprehensive-rust`'s PO catalogue,
  `tldr-pages/tldr`'s Russian pages, `duckduckgo/Android`'s strings): 108 whose Russian a later
  commit changed under the same English, taken as they stood before, and 216 unchanged ones of the
  same files; read from the fetch mirror at fixed commits, labelled by reading (13 real errors in
  13 pairs) and committed before any check ran on it; no synthetic errors, no termbase.
* **held-out corrected-strings**: `bench/qa_corrected_strings.py`, frozen: 399 real pairs of four
  translations of four kinds kept under version control (`lutris/lutris`'s PO catalogue,
  `AntennaPod/AntennaPod`'s Android strings, `excalidraw/excalidraw`'s JSON locale file,
  `OpenRCT2/Localisation`'s game object strings): 133 whose Russian a later commit changed under the
  same English, taken as they stood before, and 266 unchanged ones of the same files; read from the
  fetch mirror at fixed commits, labelled by reading (34 real errors in 31 pairs) and committed
  before any check ran on it; no synthetic errors, no termbase.
* **held-out string-history**: `bench/qa_string_history.py`, frozen: 714 real pairs of seven
  translations kept under version control (`libre-tube/LibreTube`'s and `gsantner/markor`'s Android
  strings, the PO catalogues of `bottlesdevs/Bottles`, `quodlibet/quodlibet`, `gpodder/gpodder`,
  `mypaint/mypaint` and `audacious-media-player/audacious`): 238 whose Russian a later commit
  changed under the same English, taken as they stood before, and 476 unchanged ones of the same
  files; read from the fetch mirror at fixed commits, labelled by reading (36 real errors in 36
  pairs) and committed before any check ran on it; no synthetic errors, no termbase.

Each case is checked as a project checks it, with up to ten real segments
of its document on either side (a quotation opened in one sentence may close
in a later one); only the case's own findings count. Project-wide checks are
left out. translate-toolkit's `pofilter` runs on the same cases, and its
comparable tests are scored the same way (`POFILTER`). The term checks are measured only on the term cases: a real pair
whose source and target the enforcer finds a concept in (55 concepts named
in these works, `tests/termbase/data/align_dev_termbase.csv`), left as it is
(negative) or with every rendering of that concept replaced (positive); the
other real pairs were never translated against that termbase. For a check, a true positive is its finding on a case made for it;
a false positive is its finding on any other case. The OCR joins of the
cleanup are measured the same way on real Russian and English words broken
at a line end (joined forms) and on real hyphenated words broken at their
hyphen (kept forms).

    python -m bench qa_accuracy
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import (
    qa_app_catalogues,
    qa_app_listings,
    qa_book_nonfiction,
    qa_catalogues,
    qa_community_docs,
    qa_corrected_strings,
    qa_dense_numbers,
    qa_figures,
    qa_fixed_translations,
    qa_framework_docs,
    qa_game_text,
    qa_gimp,
    qa_glossaries,
    qa_gnome,
    qa_gnome_more,
    qa_gnomeapps,
    qa_handbook,
    qa_heldout,
    qa_help_docs,
    qa_html_manuals,
    qa_kde_apps,
    qa_kde_mate,
    qa_kicad_inkscape,
    qa_legal_documents,
    qa_lessons,
    qa_libreoffice,
    qa_long_prose,
    qa_machine_translations,
    qa_man_handbooks,
    qa_manpages,
    qa_math_subtitles,
    qa_ml_courses,
    qa_news_numbers,
    qa_news_talks,
    qa_official_documents,
    qa_open_guides,
    qa_org_sites,
    qa_patient_leaflets,
    qa_press_releases,
    qa_program_catalogues,
    qa_public_sites,
    qa_rust_books,
    qa_science_abstracts,
    qa_security_guides,
    qa_sky_cultures,
    qa_social_literary,
    qa_storybooks,
    qa_string_history,
    qa_student_translations,
    qa_video_lessons,
    qa_wmt23_news,
    qa_wmt23_social_reviews,
)
from termbase.enforce import Enforcer
from termbase.formats import read_termbase_file
from termbase.match import Matcher
from workbench.core.checks import REGISTRY, run_checks
from workbench.core.checks.base import Finding
from workbench.core.checks.config import ChecksConfig
from workbench.core.ingest.cleanup import clean_text
from workbench.core.project.model import Segment, SegmentStatus
from workbench.core.project.store import DEFAULT_LIST_ITEMS, LIST_ITEM_CONVENTIONS

ROOT = Path(__file__).resolve().parent.parent
ALIGN_DEV = ROOT.parent / "shared" / "align-dev"
TERMBASE = ROOT / "tests" / "termbase" / "data" / "align_dev_termbase.csv"
DEBIAN_TERMS = ROOT / "bench" / "data" / "alignment" / "debian-terms.csv"
SEED = 1923
TARGET = 0.95
_TERM_CHECKS = frozenset({"term-missing", "term-forbidden"})


CONTEXT = 10
"""Real segments of the same document given on each side of a case."""
HELD_OUT_PAIRS = 600
"""How many held-out Debian pairs to sample (about as many as the dev set has)."""
POFILTER = {
    "number-mismatch": ("numbers",),
    "punctuation-end": ("endpunc",),
    "unpaired": ("brackets",),
    "quote-style": ("doublequoting",),
    "whitespace": ("doublespacing", "startwhitespace", "endwhitespace"),
    "spacing": ("puncspacing",),
    "repeated-word": ("doublewords",),
    "capitalisation": ("startcaps",),
    "untranslated": ("untranslated",),
    "same-as-source": ("unchanged",),
    "url-email": ("urls", "emails"),
}
"""Our check -> the pofilter tests that look for the same thing (pofilter has no term
check and no English-left-in check; `brackets` does not read « »)."""

Context = tuple[tuple[str, str], ...]

LIST_ITEMS = "russian"
"""The list-item convention of the sets this module builds (dev, dev-debian): their synthetic
errors are put into whole sentences, never into list items, and a lowered first letter is drawn
only where the sentence before it leads in with no «:», «;» or «,», so the project's default
holds them (session 37, house rule D2)."""
HOUSE_STYLE_CHECKS = ("punctuation-end", "capitalisation")
"""The checks the project's `list_items` setting governs: each set is scored with the setting its
labeller applied (`declared_list_items`), and these two again with the project's default where
that differs, so that neither figure is hidden (session 37, house rule D2)."""


@dataclass(frozen=True)
class Case:
    source: str
    target: str
    check: str | None
    """The check this case was made to trigger, or None for a negative."""
    note: str
    before: Context = ()
    """Real (source, target) segments before this one in its document."""
    after: Context = ()
    also: frozenset[str] = frozenset()
    """Other checks that must report this case too (held-out cases labelled by reading)."""
    block: str = ""
    """The frozen block a case of a frozen set was read from (empty for the made-up sets)."""


@dataclass(frozen=True)
class RealPair:
    """A 1-1 bead of a gold alignment, with the beads around it in its document."""

    source: str
    target: str
    before: Context
    after: Context


def _with_context(beads: list[tuple[str, str]], one_to_one: list[bool]) -> list[RealPair]:
    return [
        RealPair(*beads[b], tuple(beads[max(0, b - CONTEXT):b]), tuple(beads[b + 1:b + 1 + CONTEXT]))
        for b in range(len(beads))
        if one_to_one[b] and beads[b][0] and beads[b][1]
    ]


def real_pairs() -> list[RealPair]:
    """Every 1-1 bead of the align-dev gold: (English sentence, Russian sentence)."""
    pairs = []
    for gold in sorted(ALIGN_DEV.glob("*.gold.json")):
        doc = gold.name.removesuffix(".gold.json")
        en = (ALIGN_DEV / f"{doc}.en.txt").read_text(encoding="utf-8").splitlines()
        ru = (ALIGN_DEV / f"{doc}.ru.txt").read_text(encoding="utf-8").splitlines()
        beads = json.loads(gold.read_text(encoding="utf-8"))
        texts = [(" ".join(en[i].strip() for i in s), " ".join(ru[i].strip() for i in t))
                 for s, t in beads]
        pairs += _with_context(texts, [len(s) == 1 and len(t) == 1 for s, t in beads])
    return pairs


def held_out_pairs() -> list[RealPair]:
    """A seeded sample of the 1-1 beads of the Debian test pages (see the module docstring)."""
    from bench.alignment_gold import load

    pairs: list[RealPair] = []
    for doc in load():
        if doc.split != "test":
            continue
        texts = [(" ".join(doc.source[i].text for i in s), " ".join(doc.target[i].text for i in t))
                 for s, t in doc.beads]
        pairs += _with_context(texts, [len(s) == 1 and len(t) == 1 for s, t in doc.beads])
    return random.Random(SEED).sample(pairs, min(HELD_OUT_PAIRS, len(pairs)))


# (English clause, correct Russian clause, wrong Russian clause, what is wrong)
NUMBER_CLAUSES = [
    (" Over 300 thousand came.", " Пришло более 300 тысяч.", " Пришло более 300 млн.", "scale"),
    (" It cost 3 billion rubles.", " Это стоило 3 млрд рублей.", " Это стоило 3 млн рублей.", "scale"),
    (" It fell to -40 degrees.", " Стало −40 градусов.", " Стало 40 градусов.", "sign"),
    (" That was on 12 March 1923.", " Это было 12 марта 1923 г.", " Это было 12 апреля 1923 г.", "month"),
    (" In the 1920s, 20 clubs opened.", " В 1920-е годы открылось 20 клубов.",
     " В 1920-е годы открылись клубы.", "dropped"),
    (" The boy was 13 years old.", " Мальчику было 13 лет.", " Мальчику было 13 лет, 13 лет.", "doubled"),
    (" It was in the 16th century.", " Это было в XVI веке.", " Это было в VI веке.", "roman"),
    (" It was on July 15.", " Это было 15 июля.", " Это было в июле 2015 года.", "date"),
    (" It cost $1,200.", " Это стоило 1200 долларов.", " Это стоило дорого.", "dropped"),
    (" The meeting began at 3 p.m.", " Встреча началась в 15:00.", " Встреча началась в 16:00.", "clock"),
    (" 2.5 times more.", " В 2,5 раза больше.", " В 25 раз больше.", "decimal"),
    (" About 45% agreed.", " Около 45 % согласились.", " Около 54 % согласились.", "digits"),
]
LOCALISATIONS = [
    (" The blast came at 0200GMT.", " Взрыв произошёл в 02:00 GMT."),
    (" It celebrates its centenary.", " Ему исполняется 100 лет."),
    (" COVID-19 spread.", " Коронавирус распространился."),
    (" The tower is 1,000 feet high.", " Высота башни 300 метров."),
    (" Its 500-year history.", " Его пятисотлетняя история."),
    (" At 3 o'clock.", " В три часа."),
    (" In the twenties.", " В двадцатые годы."),
    (" On 03/04/1923.", " 4 марта 1923 года."),
    (" Some 12,000 members.", " Около 12 тыс. членов."),
    (" It was 5 miles away.", " Это было в 8 км."),
]


REAL_ERRORS = (
    ("это это делается", "repeated-word", "a doubled word"),
    ("“командную загрузку”", "quote-style", "English quotation marks; the page uses « »"),
    ("зашифрованный с помощью dm-crypt", "punctuation-end", "the final stop lost"),
    ("некоторые элементы,которые", "spacing", "no space after a comma"),
    ("сидят там четыре богатые барыни", "number-mismatch",
     "four ladies in Dostoevsky's Russian, three in the English translation (read in session 17)"),
    ("от дороги или от горя?", "punctuation-end", "a statement made a question (session 37, house rule D4)"),
    ("как это они не перепутаются!", "punctuation-end",
     "a question made an exclamation (session 37, house rule D4)"),
    ("не жульничество ли?", "punctuation-end", "a statement made a question (session 37, house rule D4)"),
    ("могло ли оно случиться, или нет?", "punctuation-end",
     "a statement made a question (session 37, house rule D4)"),
)
"""Real errors in the translators' own pairs, found by reading the false alarms of the Debian
held-out set (by the issue-15 engineer, who then made that set dev): (a piece of the target,
the check that must report it, what is wrong). Such a pair is a positive, not a negative. Since
session 37 the align-dev pairs that gain or lose a question mark are here too (house rule D4 of
docs/qa.md: a question made a statement or the reverse is an error; the English's own slip "Can
I by any means get to see her." with a stop, «Неужели …?» in Russian, is neither and stays a
negative)."""


def _real_case(p: RealPair) -> Case:
    errors = [(check, why) for piece, check, why in REAL_ERRORS if piece in p.target]
    if not errors:
        return Case(p.source, p.target, None, "real pair", p.before, p.after)
    check, why = errors[0]
    return Case(p.source, p.target, check, f"real error: {why}", p.before, p.after)


_FILLERS = ("нечто", "кое-что", "объект")


def make_cases(pairs: list[RealPair], enforcer: Enforcer) -> list[Case]:
    rng = random.Random(SEED)
    cases = [_real_case(p) for p in pairs]

    def pick(condition: Any, count: int, *, opens_sentence: bool = False) -> list[RealPair]:
        chosen = [p for p in pairs if condition(p.source, p.target)
                  and not (opens_sentence and p.before and p.before[-1][1].rstrip()[-1:] in (":", ";", ","))]
        rng.shuffle(chosen)
        return chosen[:count]

    for i, p in enumerate(pick(lambda s, t: True, 60)):
        en, good, bad, kind = NUMBER_CLAUSES[i % len(NUMBER_CLAUSES)]
        cases.append(Case(p.source + en, p.target + bad, "number-mismatch", f"number: {kind}",
                          p.before, p.after))
        cases.append(Case(p.source + en, p.target + good, None, f"number done right: {kind}",
                          p.before, p.after))
    for i, p in enumerate(pick(lambda s, t: True, 30)):
        en, ru = LOCALISATIONS[i % len(LOCALISATIONS)]
        cases.append(Case(p.source + en, p.target + ru, None, "a localisation", p.before, p.after))

    # Terms: a real pair whose source and target name a concept; the target term replaced.
    term_pairs = []
    for p in pairs:
        result = enforcer.check(p.source, p.target)
        present = [c for c in result.source if c.approved]
        if present and not result.missing and not result.forbidden:
            term_pairs.append((p, present[0].approved[0]))
    # Its own generator: how many pairs the matcher finds must not move the later draws.
    random.Random(f"{SEED} terms").shuffle(term_pairs)
    for p, match in term_pairs[:40]:
        broken = p.target
        spans = sorted({m.span for c in enforcer.check(p.source, p.target).source
                        if c.concept.id == match.concept_id for m in c.approved}, reverse=True)
        for n, (start, end) in enumerate(spans):  # every rendering of the concept, so none is left
            word = _FILLERS[n % len(_FILLERS)]  # a different word each time: none doubled
            word = word.capitalize() if broken[start:end][:1].isupper() else word
            broken = broken[:start] + word + broken[end:]
        cases.append(Case(p.source, broken, "term-missing", f"term «{match.text}» replaced",
                          p.before, p.after))
        cases.append(Case(p.source, p.target, None, "a term rendered", p.before, p.after))

    def add(check: str, count: int, condition: Any, change: Any, note: str, *, opens_sentence: bool = False) -> None:
        for p in pick(condition, count, opens_sentence=opens_sentence):
            changed = change(p.source, p.target)
            if changed is not None and changed != (p.source, p.target):
                source, target = changed
                cases.append(Case(source, target, check, note, p.before, p.after))

    add("spacing", 30, lambda s, t: t.endswith(".") and not _ENDS_WITH_ADDRESS.search(t),
        lambda s, t: (s + " Then it rained.", t + "Потом пошёл дождь."), "space lost")
    add("unpaired", 20, lambda s, t: "»" in t and t.count("«") == t.count("»"),
        lambda s, t: (s, t.replace("»", "", 1)), "closing guillemet dropped")
    add("unpaired", 10, lambda s, t: ")" in t and t.count("(") == t.count(")"),
        lambda s, t: (s, t.replace(")", "", 1)), "closing bracket dropped")
    add("repeated-word", 30, lambda s, t: re.search(r" [вин] ", t),
        lambda s, t: (s, re.sub(r" ([вин]) ", r" \1 \1 ", t, count=1)), "word doubled")
    add("capitalisation", 30, lambda s, t: s[:1].isupper() and t[:1].isupper(),
        lambda s, t: (s, t[:1].lower() + t[1:]), "first letter lowered",
        opens_sentence=True)  # after «следующее:» or an item's «;» a small letter is Russian usage
    add("punctuation-end", 15, lambda s, t: s.endswith(".") and t.endswith("."),
        lambda s, t: (s, t[:-1] + "?"), "a statement became a question")
    add("punctuation-end", 15, lambda s, t: s.endswith(".") and t.endswith(".") and len(t) > 30,
        lambda s, t: (s, t[:-1]), "the final stop lost")
    add("quote-style", 20, lambda s, t: "«" in t and "»" in t,
        lambda s, t: (s, t.replace("«", '"').replace("»", '"')), "straight quotes")
    add("whitespace", 20, lambda s, t: " " in t,
        lambda s, t: (s, t.replace(" ", "  ", 1)), "double space")
    add("same-as-source", 15, lambda s, t: True, lambda s, t: (s, s), "source copied")
    add("untranslated", 15, lambda s, t: True, lambda s, t: (s, ""), "no translation")
    add("url-email", 20, lambda s, t: True,
        lambda s, t: (s + " See http://example.org/club.", t + " См. http://example.com/club."),
        "address changed")
    add("untranslated-fragment", 25, lambda s, t: re.search(r"\b(always|never|very|only)\b", s),
        _leave_english, "an English word left in")
    return cases


_ENDS_WITH_ADDRESS = re.compile(r"(?:://|www\.|@)\S*\.$")
"""A target ending with an address: a space lost after it glues the next sentence into the
address, which is `url-email`'s finding as much as `spacing`'s, so no such pair is drawn for it."""


def _leave_english(source: str, target: str) -> tuple[str, str] | None:
    word = re.search(r"\b(always|never|very|only)\b", source)
    words = target.split()
    if word is None or len(words) < 3:
        return None
    middle = len(words) // 2  # the word's letters only: the marks around it stay («бога»)» -> «always»)»)
    words[middle] = re.sub(r"\w+(?:-\w+)*", word.group(), words[middle], count=1)
    return source, " ".join(words)


def _segments(case: Case) -> tuple[list[Segment], int]:
    """The case among its real neighbours, as one document; and the case's position."""
    texts = [*case.before, (case.source, case.target), *case.after]
    segments = [Segment(i, 1, i, s, t, SegmentStatus.DRAFT, None, False)
                for i, (s, t) in enumerate(texts, start=1)]
    return segments, len(case.before) + 1


def scored_checks() -> list[str]:
    """The checks the bench scores: every segment-level one but those no case is made for."""
    return [c for c, spec in REGISTRY.items()
            if not spec.project_wide and c not in ("ocr-suspect", "alignment-low-confidence", "custom-rule")]


def case_findings(case: Case, enforcer: Enforcer, checks: list[str],
                  config: ChecksConfig | None = None) -> list[Finding]:
    """The findings of `checks` on the case's own segment, checked among its real neighbours, in a
    project configured by `config` (its house style of lists; the default project's if None)."""
    segments, position = _segments(case)
    return [f for f in run_checks(segments, source_lang="en", target_lang="ru", enforcer=enforcer,
                                  checks=checks, config=config)
            if f.segment == position]


def evaluate(cases: list[Case], enforcer: Enforcer, config: ChecksConfig | None = None,
             checks: list[str] | None = None) -> dict[str, Counter[str]]:
    """Each check's counts over `cases` (`checks`: those only; every scored check by default)."""
    checks = scored_checks() if checks is None else checks
    counts: dict[str, Counter[str]] = {c: Counter() for c in checks}
    for case in cases:
        _count(counts, case, {f.check for f in case_findings(case, enforcer, checks, config)})
    return counts


def expected(case: Case, check: str) -> bool | None:
    """Whether `check` must report `case` (True) or stay silent on it (False); None where the
    case does not score the check."""
    if check in _TERM_CHECKS and not case.note.startswith(("term ", "a term")):
        return None  # the real pairs use no termbase: only the term cases measure it
    made = case.check == check or check in case.also
    if not made and any(c == check and piece in case.target for piece, c, _ in REAL_ERRORS):
        return None  # the translator's own error, carried into a case made for another check
    return made


def _count(counts: dict[str, Counter[str]], case: Case, fired: set[str]) -> None:
    for check in counts:
        made = expected(case, check)
        if made is None:
            continue
        counts[check]["positives"] += made
        if check in fired:
            counts[check]["tp" if made else "fp"] += 1


def evaluate_pofilter(cases: list[Case]) -> dict[str, Counter[str]] | None:
    """pofilter's comparable tests on the same cases, counted under our check ids."""
    try:
        from translate.filters import checks as pochecks
        from translate.storage import pypo
    except ImportError:
        return None
    checker = pochecks.StandardChecker(
        checkerconfig=pochecks.CheckerConfig(targetlanguage="ru"),
        limitfilters=[test for tests in POFILTER.values() for test in tests],
    )
    counts: dict[str, Counter[str]] = {c: Counter() for c in POFILTER}
    for case in cases:
        unit = pypo.pounit(case.source)
        unit.target = case.target
        failed = set(checker.run_filters(unit))
        _count(counts, case, {ours for ours, tests in POFILTER.items() if failed.intersection(tests)})
    return counts


def ocr_join_cases() -> list[tuple[str, str, str]]:
    """(lang, broken text, expected cleaned text) from real words of the align-dev texts."""
    rng = random.Random(SEED)
    cases = []
    for lang in ("ru", "en"):
        words: Counter[str] = Counter()
        hyphenated: Counter[str] = Counter()
        for path in sorted(ALIGN_DEV.glob(f"*.{lang}.txt")):
            text = path.read_text(encoding="utf-8")
            words.update(w for w in re.findall(r"(?<![\w-])[^\W\d_]{8,}(?![\w-])", text) if w.islower())
            hyphenated.update(
                w for w in re.findall(r"(?<![\w-])[^\W\d_]{2,}-[^\W\d_]{2,}(?![\w-])", text)
                if w.islower()
            )
        for word in rng.sample(sorted(words), 40):
            cut = rng.randint(3, len(word) - 3)
            cases.append((lang, f"Начало {word[:cut]}-\n{word[cut:]} конец." if lang == "ru"
                          else f"Start {word[:cut]}-\n{word[cut:]} end.", word))
        for word in sorted(hyphenated)[:25]:
            left, right = word.split("-", 1)
            cases.append((lang, f"Начало {left}-\n{right} конец." if lang == "ru"
                          else f"Start {left}-\n{right} end.", word))
    return cases


_HOMOGRAPH_TERMS = frozenset({"steel", "truestory", "nobility", "stove", "glass"})
"""Noun terms of the align-dev termbase whose forms are also verb forms: «сталь» / «стали»
(became), «быль» / «были» (were), «знать» (nobility / to know), «печь» (to bake), «стекло»."""
_HOMOGRAPH_FORMS = re.compile(
    r"(?<![\w-])(?:стал[иьяеюо]?|был[иаоь]?|знать|печь|печ[её]т|стекл[ао])(?![\w-])", re.IGNORECASE
)


def homograph_near_misses() -> tuple[int, int]:
    """(false term matches, forms) over every form of `_HOMOGRAPH_FORMS` in the Russian
    Debian documentation of both Debian sets; each such form there was read by the issue-15
    engineer (2026-12-02: 342 forms, «были» 79, «знать» 17, «стали» 1 among them) and is a
    verb, so any match is a false one."""
    from bench.alignment_corpus import COLLECTIONS, paragraph_pairs

    concepts = [c for c in read_termbase_file(TERMBASE) if c.id in _HOMOGRAPH_TERMS]
    matcher = Matcher(concepts, "ru")
    texts = [b.target for blocks in qa_heldout.pages().values() for b in blocks]
    texts += [p.russian for c in COLLECTIONS for p in paragraph_pairs(c)]
    false = forms = 0
    for text in dict.fromkeys(texts):
        found = [m.span() for m in _HOMOGRAPH_FORMS.finditer(text)]
        if not found:
            continue
        forms += len(found)
        false += sum(match.span in found for match in matcher.find(text))
    return false, forms


def _rows(label: str, counts: dict[str, Counter[str]]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for check, c in counts.items():
        if not c["positives"] and not c["fp"]:
            continue
        recall = c["tp"] / c["positives"] if c["positives"] else float("nan")
        flagged = c["tp"] + c["fp"]
        precision = c["tp"] / flagged if flagged else float("nan")
        target = f">= {TARGET}" if label.startswith("workbench") else ""
        rows.append({"benchmark": "qa_accuracy", "metric": f"{label} {check}: recall "
                     f"({c['tp']}/{c['positives']})", "value": recall, "unit": "", "target": target})
        rows.append({"benchmark": "qa_accuracy", "metric": f"{label} {check}: precision "
                     f"({c['fp']} false alarms)", "value": precision, "unit": "", "target": target})
    return rows


FROZEN_SETS: tuple[tuple[str, str, Callable[[], list[qa_heldout.HeldOutCase]]], ...] = (
    ("dev-gimp", "GIMP", qa_gimp.load), ("dev-gnome", "GNOME", qa_gnome.load),
    ("dev-libreoffice", "LibreOffice", qa_libreoffice.load),
    ("dev-manpages", "Manual pages", qa_manpages.load),
    ("dev-gnomeapps", "GNOME applications' help", qa_gnomeapps.load),
    ("dev-kicad-inkscape", "KiCad and Inkscape", qa_kicad_inkscape.load),
    ("dev-kde-mate", "KDE handbooks and MATE guide", qa_kde_mate.load),
    ("dev-kde-apps", "Other KDE applications' handbooks", qa_kde_apps.load),
    ("dev-gnome-more", "More GNOME applications' help", qa_gnome_more.load),
    ("held-out man-handbooks", "Packages' man pages and more KDE handbooks", qa_man_handbooks.load),
    ("held-out catalogues", "Games' and tools' translation catalogues", qa_catalogues.load),
    ("held-out html-manuals", "HTML manuals of Double Commander, MPlayer, OmegaT, Solfege and BibleTime",
     qa_html_manuals.load),
    ("held-out program-catalogues", "GNU tools', GnuCash's, Gramps' and desktop programs' catalogues",
     qa_program_catalogues.load),
    ("dev-news-numbers real", "News pairs holding numbers", qa_news_numbers.load_real),
    ("dev-news-numbers synthetic", "Number errors written into news pairs", qa_news_numbers.load_synthetic),
    ("held-out app-catalogues", "VLC's, GnuPG's, Audacity's, chat clients' and tools' catalogues",
     qa_app_catalogues.load),
    ("held-out help-docs", "Man pages, KDE handbooks and GNOME help no earlier set read", qa_help_docs.load),
    ("held-out long-prose", "A game's encyclopaedia, a city game's guide and a mathematics tutorial",
     qa_long_prose.load),
    ("held-out community-docs", "Pro Git, Django's and phpMyAdmin's documentation as their communities translated them",
     qa_community_docs.load),
    ("held-out org-sites", "ruby-lang.org's news, Let's Encrypt's pages and the Open Source Guides as their volunteers "
     "translated them", qa_org_sites.load),
    ("held-out lessons", "Elixir School's lessons and Node.js Best Practices as their communities translated them",
     qa_lessons.load),
    ("held-out framework-docs", "React's and Vue's documentation as their communities translated them",
     qa_framework_docs.load),
    ("held-out ml-courses", "Hugging Face's Audio and NLP courses as their communities translated them",
     qa_ml_courses.load),
    ("held-out glossaries", "Moneropedia, Monero's user guides and the CNCF glossary as their communities "
     "translated them", qa_glossaries.load),
    ("held-out rust-books", "The Rust book, Rust by Example, the Async Book and the Rustonomicon as the Russian "
     "Rust community translated them", qa_rust_books.load),
    ("held-out security-guides", "The OWASP Top 10, API Security Top 10 and ASVS as OWASP's volunteers translated them",
     qa_security_guides.load),
    ("held-out public-sites", "bitcoin.org's and mozilla.org's pages as their volunteers translated them",
     qa_public_sites.load),
    ("held-out open-guides", "The Open Data Handbook, the Twelve-Factor App, Conventional Commits, the Contributor "
     "Covenant and a Seam Carving article as their volunteers translated them", qa_open_guides.load),
    ("held-out sky-cultures", "Stellarium's sky-culture descriptions (history of astronomy, rich in numbers) as "
     "their Transifex translators wrote them", qa_sky_cultures.load),
    ("held-out science-abstracts", "A nuclear engineering journal's titles, keywords and abstracts with their "
     "authors' own English (rich in numbers and units)", qa_science_abstracts.load),
    ("held-out book-nonfiction", "Four non-fiction books (the Communist Manifesto, Dobzhansky, Russell, Descartes) as "
     "their published and volunteer translators rendered them", qa_book_nonfiction.load),
    ("held-out student-translations", "English news and opinion texts as translation students rendered them in exams "
     "and contests (RusLTC, graded best or worst), their errors left in", qa_student_translations.load),
    ("held-out figures", "Sentences full of figures (COVID-19 papers and pages, Wikinews, Wikibooks, Wikivoyage) "
     "as TICO-19's and FLORES-200's professional translators rendered them", qa_figures.load),
    ("held-out math-subtitles human", "3Blue1Brown's mathematics narration as its community's Russian subtitles "
     "rendered it", qa_math_subtitles.load_human),
    ("held-out math-subtitles machine", "3Blue1Brown's mathematics narration as the captions project's machine "
     "translation rendered it", qa_math_subtitles.load_machine),
    ("held-out dense-numbers en-ru", "News, sport and weather pages dense in numbers (NTREX-128) as professional "
     "translators rendered the English in Russian", qa_dense_numbers.load),
    ("held-out machine-translations", "An English course on edge AI (lessons, workshop, changelog, contributors' and "
     "study guides) as Co-op Translator's machine translation published it in Russian, unedited",
     qa_machine_translations.load),
    ("held-out official-documents", "The UN's Sustainable Development Goals, targets and indicators (A/RES/70/1, "
     "A/RES/71/313) and Kazakhstan's statistics office's SDG texts as the institutions' translators rendered them",
     qa_official_documents.load),
    ("held-out game-text", "A video game's descriptions, dialogue, lore, guides and windows (Shattered Pixel "
     "Dungeon's message bundles) as its volunteer translators rendered them in Russian", qa_game_text.load),
    ("held-out legal-documents", "Legal and policy documents (Mozilla's privacy notices, terms of use and policies) "
     "as its translation vendor rendered them in Russian", qa_legal_documents.load),
    ("held-out video-lessons", "Spoken narration of video lessons (two animation courses' captions) with the "
     "English its volunteer translators wrote for the Russian", qa_video_lessons.load),
    ("held-out press-releases", "News and press releases (the Debian project's announcements of releases, "
     "conferences, donations and incidents) as its volunteer translators rendered them in Russian",
     qa_press_releases.load),
    ("held-out news-talks", "News articles and transcribed talks (WMT24's test set) with the Russian of the human "
     "reference or of one of five machine translation systems", qa_news_talks.load),
    ("held-out wmt23-news", "News and transcribed meetings (the WMT23 general task's EN-RU test set) as a "
     "professional translator and four machine translation systems rendered them", qa_wmt23_news.load),
    ("held-out social-literary", "Social media posts and fiction (WMT24's social and literary domains) with the "
     "Russian of the human reference or of one of six machine translation systems", qa_social_literary.load),
    ("held-out app-listings", "App-store listings and release notes of open-source Android apps (fastlane "
     "metadata) as their volunteer translators rendered them in Russian", qa_app_listings.load),
    ("held-out wmt23-social-reviews", "Social media posts and product reviews (the WMT23 general task's EN-RU test "
     "set) as a professional translator and five other machine translation systems rendered them",
     qa_wmt23_social_reviews.load),
    ("held-out patient-leaflets", "Patient information (the CDC's vaccine information statements and the American "
     "Cancer Society's handouts) in the Russian their publishers had professionally translated",
     qa_patient_leaflets.load),
    ("held-out storybooks", "Children's picture books (the African Storybook Project's stories) as the Global "
     "ASP's volunteers translated them into Russian, page by page", qa_storybooks.load),
    ("held-out fixed-translations", "A course's, a command reference's and an app's Russian strings as they stood "
     "before a later commit corrected them, with unchanged strings of the same files", qa_fixed_translations.load),
    ("held-out corrected-strings", "A game launcher's, a podcast app's, a drawing web app's and a game's Russian "
     "strings as they stood before a later commit corrected them, with unchanged strings of the same files",
     qa_corrected_strings.load),
    ("held-out string-history", "Seven apps' Russian strings (two Android apps', five desktop programs' PO "
     "catalogues) as they stood before a later commit corrected them, with unchanged strings of the same files",
     qa_string_history.load),
)
"""(label, name, loader) of each frozen set of real pairs labelled by reading, in the order
they are scored (each apart, with no termbase); a set whose packages cannot be fetched stops
the list there."""
ONE_CHECK_SETS = {"dev-news-numbers real": "number-mismatch", "dev-news-numbers synthetic": "number-mismatch"}
"""Sets labelled for one check only: the others are not scored on them."""


BUILT_SETS = ("dev", "dev-debian", "dev-manuals", "dev-handbook real", "dev-handbook synthetic")
"""The labels of the sets `sets` builds from the align-dev works and the Debian packages, in the
order it yields them, before the frozen ones."""


def sets() -> Iterator[tuple[str, list[Case], Enforcer]]:
    """(label, cases, enforcer) of each set, built as it is asked for: the dev sets (the
    handbook's real pairs and its synthetic errors scored apart) and the frozen ones."""
    dev, debian_label, manuals, handbook_real, handbook_synthetic = BUILT_SETS
    dev_enforcer = Enforcer(read_termbase_file(TERMBASE), "en", "ru")
    yield dev, make_cases(real_pairs(), dev_enforcer), dev_enforcer
    debian_enforcer = Enforcer(read_termbase_file(DEBIAN_TERMS), "en", "ru")
    try:
        debian = held_out_pairs()
        held_out = [_from_held_out(c) for c in qa_heldout.load()]
    except (OSError, subprocess.SubprocessError) as error:  # no Debian packages to fetch here
        print(f"Debian sets skipped: {error}", file=sys.stderr)
        return
    yield debian_label, make_cases(debian, debian_enforcer), debian_enforcer
    yield manuals, held_out, debian_enforcer
    try:
        handbook = qa_handbook.load()
    except (OSError, subprocess.SubprocessError) as error:
        print(f"Handbook held-out set skipped: {error}", file=sys.stderr)
        return
    yield handbook_real, [_from_held_out(c) for c in handbook if c.real], debian_enforcer
    yield handbook_synthetic, [_from_held_out(c) for c in handbook if not c.real], debian_enforcer
    for label, cases in frozen_sets(FROZEN_SETS):
        yield label, cases, Enforcer([], "en", "ru")


def frozen_sets(
    loaders: tuple[tuple[str, str, Callable[[], list[qa_heldout.HeldOutCase]]], ...],
) -> Iterator[tuple[str, list[Case]]]:
    """Each frozen set that loads here, as cases. One that cannot (its packages not fetched, its
    mirror absent) is said on stderr and the next is read: each set loads from its own source, and
    a `break` here once left every set after the first absent one out of the table, unsaid (the
    runner shows a module's stderr only when it fails; session 21)."""
    for label, name, load in loaders:
        try:
            cases = load()
        except (OSError, subprocess.SubprocessError) as error:
            print(f"{name} set skipped: {error}", file=sys.stderr)
            continue
        yield label, [_from_held_out(c) for c in cases]


def _from_held_out(case: qa_heldout.HeldOutCase) -> Case:
    checks = sorted(case.checks)
    return Case(case.source, case.target, checks[0] if checks else None, case.note,
                case.before, case.after, frozenset(checks[1:]), case.block)


def declared_list_items(label: str) -> str:
    """The list-item convention the labeller of the set `label` applied, as the set's module
    declares it (`LIST_ITEMS`; `project.store.LIST_ITEM_CONVENTIONS`): the bench configures the
    project so, as a real project sets its house style (session 37, house rule D2). A module
    that declares none, or a value the project does not know, is refused: a set scored silently
    by the default would hide which convention its labels follow.

    Each set's value is derived from its labels, the same way for every set: `punctuation-end`
    and `capitalisation` are run over the set under each convention and the cases whose labels
    disagree with the findings counted (each module's `LIST_ITEMS` docstring gives the two
    counts); the fewer wins, a tie keeps the project's default."""
    dev, debian, manuals, handbook_real, handbook_synthetic = BUILT_SETS
    built: dict[str, Any] = {dev: sys.modules[__name__], debian: sys.modules[__name__],
                             manuals: qa_heldout, handbook_real: qa_handbook, handbook_synthetic: qa_handbook}
    module = built.get(label) or next((sys.modules[load.__module__] for name, _, load in FROZEN_SETS
                                        if name == label), None)
    if module is None:
        raise KeyError(label)
    value = getattr(module, "LIST_ITEMS", None)
    if value not in LIST_ITEM_CONVENTIONS:
        raise ValueError(f"{module.__name__}.LIST_ITEMS must be one of {', '.join(LIST_ITEM_CONVENTIONS)}, "
                         f"not {value!r}")
    return str(value)


def house_style(label: str) -> ChecksConfig:
    """The project configuration the set `label` is scored with (`declared_list_items`)."""
    return ChecksConfig(list_items=declared_list_items(label))


def _scored(label: str, counts: dict[str, Counter[str]]) -> dict[str, Counter[str]]:
    only = ONE_CHECK_SETS.get(label)
    return counts if only is None else {check: c for check, c in counts.items() if check == only}


def run() -> list[dict[str, Any]]:
    name = "qa_accuracy"
    if not ALIGN_DEV.is_dir():
        return [{"benchmark": name, "metric": "skipped: no ../shared/align-dev", "value": "",
                 "unit": "", "target": ""}]
    rows: list[dict[str, Any]] = []
    for label, cases, enforcer in sets():
        positives = sum(c.check is not None for c in cases)
        rows.append({"benchmark": name, "metric": f"{label} cases: {len(cases)} ({positives} with an "
                     f"error, {len(cases) - positives} without)", "value": len(cases),
                     "unit": "pairs", "target": ">= 500"})
        style = house_style(label)
        rows.append({"benchmark": name, "metric": f"{label} scored with list_items = \"{style.list_items}\" "
                     "(its labeller's convention)", "value": style.list_items, "unit": "", "target": ""})
        rows += _rows(f"workbench {label}", _scored(label, evaluate(cases, enforcer, style)))
        if style.list_items != DEFAULT_LIST_ITEMS:
            default = [c for c in HOUSE_STYLE_CHECKS if ONE_CHECK_SETS.get(label) in (None, c)]
            rows += _rows(f"workbench {label} [list_items default \"{DEFAULT_LIST_ITEMS}\"]",
                          evaluate(cases, enforcer, ChecksConfig(), default))
        pofilter = evaluate_pofilter(cases)
        if pofilter is not None:
            rows += _rows(f"pofilter {label}", _scored(label, pofilter))
    try:
        false, forms = homograph_near_misses()
    except (OSError, subprocess.SubprocessError) as error:
        print(f"homograph near-misses skipped: {error}", file=sys.stderr)
    else:
        rows.append({"benchmark": name, "metric": f"term matcher: Russian verb forms of noun terms "
                     f"(«были», «знать», «стали»...) in Debian docs kept apart ({false} of {forms} "
                     f"matched)", "value": 1 - false / forms, "unit": "", "target": ">= 0.98"})
    joins = ocr_join_cases()
    right = sum(clean_text(text, lang)[0].text.endswith(f"{expected} " + text.split()[-1])
                or expected in clean_text(text, lang)[0].text.split()
                for lang, text, expected in joins)
    rows.append({"benchmark": name, "metric": f"OCR line-end joins right ({len(joins)} real words)",
                 "value": right / len(joins), "unit": "", "target": f">= {TARGET}"})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
