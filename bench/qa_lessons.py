"""The twenty-first frozen held-out QA set: programming lessons and a best-practices guide (a
language's course, lesson by lesson, and a guide's advice on writing and running Node.js
services) that their communities translated into Russian, kept in public GitHub repositories
that no check, no bench and no earlier set read.

Source: two works, each written in English and translated into Russian by people, in Markdown
side by side, read where the ``fetch`` tool mirrors public repositories
(`bench.align_heldout.git_dir`) at the commit frozen in `SOURCES` and refused unless the files
read hash to the sha256 frozen there (`bench.qa_community_docs.read_tree`).

* Elixir School (``elixirschool/elixirschool``, ``lessons/en/**/*.md`` and
  ``lessons/ru/**/*.md``): the community's course of Elixir, from the basics through OTP, Ecto,
  testing and libraries (Benchee, Guardian, Nerves, Mnesia...), each lesson translated by the
  school's Russian contributors (the most active of them made 21 of the commits to the Russian
  lessons). A lesson's header (``%{ version: ..., title: ..., excerpt: ... }`` and its ``---``)
  is metadata, not text, and is dropped (`lesson_blocks`).
* Node.js Best Practices (``goldbergyoni/nodebestpractices``, ``sections/**/*.md``): Yoni
  Goldberg's and its contributors' explanations of each practice (error handling, project
  structure, code style, testing, production, security, performance), each file's Russian kept
  beside it as ``*.russian.md`` (`sibling_pages`), translated by its Russian contributors (most of
  the commits by one).

A file pairs where its two versions have the same kinds of block in the same order
(`bench.qa_org_sites.markdown_blocks`: paragraphs and list items read, headings, tables and
link-only lines counted but not read, code dropped); a file whose Russian has another shape (a
translation of an older or newer English text) is left out whole: Elixir School 35 of its 48
lessons pair, Node.js Best Practices 50 of its 68 translated files. A pair is read when its
English is prose (five English words or more) and its Russian a real translation; the markup
(links, code spans, ``**bold**``, HTML ``<br/>``) is part of the texts. Nothing of their text is
committed.

``bench/data/qa_lessons/cases.json`` freezes the set, written and labelled before any check
ran on it:

* ``pairs``: `PAIRS` real pairs of 30 to 600 characters of English per work (Elixir School 360,
  Node.js Best Practices 150), each distinct pair once, `WITH_DIGITS` of each work's drawn from
  its pairs that hold a digit on either side and the rest from those that hold none, with a
  fixed seed (110 holding a digit: versions, arities such as ``quote/2``, ports, counts,
  percentages, timeouts); the guide's 150 are most of its 192 that qualify. Every pair was read
  by the issue-15 helper of session 21 (qaheld15, the labeller) on 2026-12-04, aided by
  ``python -m bench.qa_lessons show`` and by a listing of its own of each target's doubled words,
  spaces beside marks, unbalanced brackets, straight quotes, case at the start, end marks,
  digits, addresses, Latin words and invisible characters; no check of the project was run and
  their code was not read to decide a label. A real error of a kind a check looks for is
  recorded in ``real_errors`` (check -> what is wrong); the pair is then a positive for that
  check, otherwise a negative. The conventions are the earlier sets' (`bench/qa_org_sites.py`,
  `bench/qa_community_docs.py`, `bench/qa_long_prose.py`): markup and code are part of the
  texts; straight quotes around Russian words are a `quote-style` error, around English words,
  a name, code or a Markdown image's title (``![alt](path "title")``) they are not; a final stop
  or colon the source has and the target loses, or a colon before an example made a stop, is a
  `punctuation-end` error, a stop made a colon or «!» or a stop the target adds is not; English
  words left in a Russian sentence are an `untranslated-fragment` error, an English gloss in
  brackets or a title kept in English is not. New here: zero-width spaces (U+200B) pasted inside
  a sentence are a `whitespace` error; a link the source has and the Russian drops (the text
  kept, the address gone) is a `url-email` error, one pointing to a Russian lesson or an older
  anchor is not; a space before an ellipsis that marks a cut in a quotation is none. The
  reading found 33 errors in 31 pairs: `quote-style` 14 (straight quotes around Russian words,
  quotations and a book's title, nine of them in the guide), `whitespace` 8 (zero-width spaces
  in three sentences, ``[NGINX] (http://...)``, ``. gitignore``, a space before a link's closing
  bracket, before a stray comma), `untranslated-fragment` 4 («proposals», «website», bold
  «secure», «never», «free»), `punctuation-end` 3 (two colons before an example made stops, a
  stray comma after the stop), `spacing` 3 («задачей.Его», «файле`lib/...`», «`«Да»`(`«Y»`)»),
  `url-email` 1 (on_exit's documentation link dropped). No `number-mismatch`, `capitalisation`,
  `repeated-word` or `unpaired` error was found. Left unlabelled: translations of an older
  English text (a sentence the Russian drops, an older anchor), code the Russian changed
  (``reason`` made ``cause``, ``fast_warning`` made ``first_warning``, guillemets inside a code
  span), a code span's backticks dropped, a number said in words ("1-to-1", "v2"), a capital
  after a colon, hyphens for dashes, «т.к.», typos, grammar and mistranslations (``package.json``
  made «пакете.json», Express made «экспресс-доставки»).
* no synthetic errors: every case is a real pair as the translators wrote it.

Do not tune the checks on this set: once its findings have been read to change a check, it
is dev data and a new held-out set is needed.

    python -m bench.qa_lessons build     # write the selection (only for a new set)
    python -m bench.qa_lessons show      # the pairs with the reading aid, for labelling

Relabelled in session 43 (qarelabel43) by house rule D15 of docs/qa.md only, never to fit a check
(straight double quotes or English curly quotes used as quotation marks in the Russian text are a
`quote-style` error wherever they stand, outside code and data copied from the source); the pairs
the check reported while labelled clean, and those a search of every set's targets for such marks
outside code spans, markup and placeholders found labelled clean, each read: `quote-style` added to
4: elixirschool/advanced/otp_distribution#61 (English curly quotes “ ” round English words in
Russian prose («(“sender node”)»)); nodebestpractices/errorhandling/documentingusingswagger#7
(straight quotes round English keywords in Russian prose («"Node.js logging"»));
nodebestpractices/security/non-root-user#11 (straight quotes round a blog post's English title in
Russian prose («"Don't run Node.js as root"»)); nodebestpractices/testingandquality/refactoring#11
(straight quotes round an English word in Russian prose («"compiles-to-JS"»)). Read and left clean
by the rule: marks of code or data the reader types or the program reads, copied as the source has
them (placeholders, options, commands, paths, values, string literals), and the marks the README's
row spares.

Relabelled in session 46 (hyphen46) by house rule D18 (b) of docs/qa.md only, never to fit a check
(a hyphen-minus spaced on both sides between words, standing where Russian sets a dash, «слово -
слово», is a `spacing` error unless the source writes a spaced hyphen at that place): every target
holding one between non-digits outside code spans read (48 cases, 15 keeping the source's own spaced
hyphens, left); `spacing` added to 32 pairs, each noted "session 46, house rule D18 (b)". Read and
left: elixirschool/misc/benchee#29 («пару "замер - ввод"», a hyphen the source lacks inside a quoted
pair of names (its three others copy the source's), doubtful).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bench.qa_community_docs import Tree, book_pages, draw_per_work, paired_files, read_tree
from bench.qa_heldout import Block, HeldOutCase, absent_is_missing
from bench.qa_heldout import load as load_frozen
from bench.qa_org_sites import markdown_blocks
from bench.qa_reading import command

LIST_ITEMS = "russian"
"""The list convention its labeller applied (house rule D2; how it is derived:
`bench_qa_accuracy.declared_list_items`). Labels disagreeing with the findings under "russian" and
under "source": held-out lessons: 0 and 4."""

DATA = Path(__file__).parent / "data" / "qa_lessons" / "cases.json"
SEED = 2115

SOURCES = {
    "elixirschool": (Tree("elixirschool/elixirschool", "dab9a06f102ed0d2660410e3670e06a7a7e30215", "lessons/en", ".md",
                          "42746516993487fd1ae48a953e78a0ddd17613131a271f72c13253eb101bd6db"),
                     Tree("elixirschool/elixirschool", "dab9a06f102ed0d2660410e3670e06a7a7e30215", "lessons/ru", ".md",
                          "a608bc024b5e0e231b0652b1acebc05592c5bed7e2bf86cb3d0a438fb4837c33")),
    "nodebestpractices": (Tree("goldbergyoni/nodebestpractices", "dc3d60c29d5483d9ea99cf261bbd6203516a2ba7", "sections",
                               ".md", "16a3d5f4683706b9f3639feda459fdce07454ac28f59229b83a78881ed2edfd1"),),
}
"""Each work's trees: Elixir School's English and Russian lessons; the guide's one folder, which
holds each file's English (``x.md``) beside its translations (``x.russian.md``, ``x.french.md``...)."""
PAIRS = {"elixirschool": 360, "nodebestpractices": 150}
"""Pairs drawn from each work: Elixir School's lessons hold five times the guide's prose, so a
draw over all would let its translators dominate."""
WITH_DIGITS = {"elixirschool": 60, "nodebestpractices": 50}
"""Of each work's pairs, those drawn from its pairs that hold a digit."""
RUSSIAN_SUFFIX = ".russian.md"
"""How the guide names a file's Russian translation beside its English ``.md``."""

_LESSON_HEADER = re.compile(r"\A\s*%\{.*?\n\}\s*\n---\n", re.DOTALL)


def lesson_blocks(text: str) -> list[tuple[str, str]]:
    """An Elixir School lesson as `markdown_blocks` reads Markdown, its header (an Elixir map of
    the lesson's version, title and excerpt, closed by ``---``) dropped: the version is the
    translation's own and would pair with the English one's as if it were text."""
    return markdown_blocks(_LESSON_HEADER.sub("", text.replace("\r\n", "\n"), count=1))


def sibling_pages(name: str, tree: Tree, russian_suffix: str = RUSSIAN_SUFFIX) -> dict[str, list[Block]]:
    """A folder keeping each file's Russian beside its English (``x.md`` and ``x.russian.md``,
    or another `russian_suffix` such as ``.ru.md``), paired as
    `bench.qa_community_docs.book_pages` pairs two folders, each page named ``name/path`` after
    its path under the folder, without ``.md``; the other languages' files pair with nothing."""
    files = {path.removeprefix(tree.folder + "/"): data for path, data in read_tree(tree).items()}
    russian = {path.removesuffix(russian_suffix) + tree.suffix: data
               for path, data in files.items() if path.endswith(russian_suffix)}
    english = {path: data for path, data in files.items() if not path.endswith(russian_suffix)}
    return paired_files(name, english, russian, tree.suffix, markdown_blocks)


def pages() -> dict[str, list[Block]]:
    """Every paired page of the two works, named ``work/page``, only its paragraphs and list
    items read; a tree absent from the mirror (or changed) is a missing file, so that the bench
    skips the set."""
    english, russian = SOURCES["elixirschool"]
    with absent_is_missing():
        found = book_pages("elixirschool", english, russian, lesson_blocks)
        found |= sibling_pages("nodebestpractices", SOURCES["nodebestpractices"][0])
    return found


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the mirrored repositories; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading): per work, `WITH_DIGITS` from the pairs
    that hold a digit and the rest from those that hold none."""
    about = ("Frozen held-out QA set, see bench/qa_lessons.py. pairs: real paragraphs of Elixir School's lessons and "
             "Node.js Best Practices (en / ru, community translations); real_errors labelled by reading before any "
             "check ran.")
    return draw_per_work(pages(), PAIRS, WITH_DIGITS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
