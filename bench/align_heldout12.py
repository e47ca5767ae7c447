"""A twelfth held-out set, of technical non-fiction: EN/RU text in neither align-dev nor the first
eleven held-out sets (`bench.align_heldout` to `bench.align_heldout11`, read and tuned on since, so
dev data now), EN → RU:

*Pro Git* (second edition, Scott Chacon and Ben Straub, CC BY-NC-SA 3.0), the book as its authors
keep it (`progit/progit2`), against the Russian translation its community keeps
(`progit/progit2-ru`, which names no translator per section). The first book no set has read,
the first prose that is not fiction or reportage, the first translated documentation, and the first
set whose original is English. Both sides are AsciiDoc with one sentence a line and blank lines
between paragraphs; each side keeps its markup (headings, index terms «(((…)))», image lines, code
and console listings, tables), which the splitter runs into the sentence after them, as the
aligner would meet them in a translated manual. Four sections, whole; usersweep12 read chapter 3
(branching), which no text here comes from:

* `progit-introduction`: the book's «Introduction» («Вступление»), a chapter-by-chapter summary,
  markedly free: the Russian runs two sentences of a chapter's summary into one three times
  (chapters 8 and 9, appendix A: n-1 beads) and cuts two in two (chapter 1's «no technical stuff»,
  chapter 10's «if you are like us»: 1-n beads), 7 of its 37 beads;
* `progit-reset`: chapter 7, «Reset Demystified» («Раскрытие тайн reset»): a close translation that
  drops every figure's caption line (the image line stays, a 1-1 bead), cuts four English
  sentences in two (the «Без указания пути» and «С указанием пути» openings, the summary's first
  sentence, a «(Смотрите подробности …)» cross-reference of its own: 1-n beads), and runs one
  English list item into the sentence after it (an n-1 bead, where the Russian item has no full
  stop); the splitter cuts the Russian numbered lists after the next item's number («… 2.»), which
  leaves them 1-1;
* `progit-protocols`: chapter 4, «The Protocols» («Протоколы»): the freest of the chapters: the
  Russian still follows an older English at the Git protocol's cons (it has no TLS warning, six
  English sentences left out, and says that the protocol should not be the only way in, two
  Russian sentences the English no longer has; the English's «no authentication», which now
  follows the warning, is the Russian's first sentence of the cons, its heading with it: a 1-1
  bead across the left-out ones), and runs the Dumb-HTTP clone command into its sentence (an n-1
  bead);
* `progit-undoing`: chapter 2, «Undoing Things» («Операции отмены»): close, but the Russian leaves
  out the second note on amending pushed commits (three null beads).

The introduction is short, so three longer, closer sections carry the set past 300 beads. Older
non-fiction with a translation was looked for first, briefly: the stored indexes hold the
Communist Manifesto's opening in both languages only as quotations inside code (test strings,
splash screens), never a text beside its translation, and Kropotkin's «Взаимная помощь как фактор
эволюции» not at all; Pro Git's two repositories were mirrored by `fetch` and pair section by
section. Only the introduction is markedly free (the sections were chosen among the book's prose
by the gap between the two sides' line counts, then read; «Distributed Workflows» and the
prefaces, read too, are close): the translators mostly keep the English sentence lines, and in
the three chapters what departs is where the Russian follows an older English, drops or adds a
clause's worth, or the splitter cuts the two sides differently.

Everything but the texts is the first set's: the texts are read where `fetch` mirrors them, at a
fixed commit and digest, split as align-dev's `build_dev.py` splits, and scored by every
free-translation method (`bench.align_heldout.main`). Only the gold is committed
(`bench/data/align_heldout12.json`: per text, the digests of the two sentence files and the beads,
written by hand before any aligner ran on these texts). The paragraphs were paired by hand
(`SOURCES`).

    python -m bench.align_heldout12    # every method, per text and micro, as JSON
"""

from __future__ import annotations

from pathlib import Path

from bench import align_heldout
from bench.align_heldout import Excerpt, HandPaired, SourceFile, Sources
from bench.align_heldout5 import Pairs, _runs

GOLD = Path(__file__).resolve().parent / "data" / "align_heldout12.json"

PROGIT = "progit/progit2"
PROGIT_COMMIT = "55b541e9e6d747208a76a15d1f1e01463093f67b"
"""*Pro Git*'s English as `fetch` mirrored it (2025-12-12); the three sections were last changed
in May 2023."""

PROGIT_RU = "progit/progit2-ru"
PROGIT_RU_COMMIT = "abdb46173140c808da3e79d0fba540f0e3345d30"
"""The Russian translation as `fetch` mirrored it (2026-01-27); the three sections were last
changed in February 2024."""


def _section(name: str, en_sha256: str, ru_sha256: str) -> tuple[SourceFile, SourceFile]:
    """One section's file in the English repository and in the Russian one (same path in both)."""
    path = f"book/{name}.asc"
    return (SourceFile(PROGIT, PROGIT_COMMIT, path, en_sha256),
            SourceFile(PROGIT_RU, PROGIT_RU_COMMIT, path, ru_sha256))


RESET, RESET_RU = _section(
    "07-git-tools/sections/reset",
    "88eb311f77bcebb89198e5c5e56d80407f4dd96840ba04470f1cf04629175696",
    "64477683ae0a8d52acb8ddf2d5fe324fdc8fbf768f4908a1fc0d6c97d226dfa9",
)
PROTOCOLS, PROTOCOLS_RU = _section(
    "04-git-server/sections/protocols",
    "33f11b5d7448993075b39653800a0b05f6c2ae3042d601d8d243210508e42d27",
    "2005a42c0b8372023c300f168c79f98c476ce2bea2a8b4025eb903fae15b43c4",
)
INTRODUCTION, INTRODUCTION_RU = _section(
    "introduction",
    "91c46dd69e49f5d714fa1b1c7d9e82764e4c48657705da816f9ae793c6dd4f98",
    "977097154254b9c39dd96699da9e52451ab70f1e49d501aca55b5e8d4fd87d1b",
)
UNDOING, UNDOING_RU = _section(
    "02-git-basics/sections/undoing",
    "56266f22ee1b4af39a09504b900cf9d557df5304a86014a363c4c0336993e7c9",
    "4f34c3b6e2bc253bfd980e17582c4d836e33aa97f7c4f902b9f9f88058e817f5",
)

RESET_PAIRS: Pairs = (
    *_runs((0, 69, 0)),
    ((69, 70), (69, 70)),
    *_runs((71, 105, 0)),
)
"""«Reset Demystified»: 105 paragraphs a side; the list of `git reset file.txt`'s steps goes with
the sentence after it, which the Russian's last item, having no full stop, runs into."""

PROTOCOLS_PAIRS: Pairs = (
    *_runs((0, 27, 0)),
    ((27, 28, 29), (27, 28, 29)),
    *_runs((30, 55, 0)),
    ((55, 56, 57), (55,)),
)
"""«The Protocols»: the English's 58 paragraphs against the Russian's 56; the Dumb-HTTP clone
command goes with the sentences around it (the Russian runs it into one), the Git protocol's cons
are one Russian paragraph for the English's three."""

UNDOING_PAIRS: Pairs = (
    *_runs((0, 10, 0)),
    ((10, 11), (10,)),
    *_runs((12, 25, -1)),
    ((25,), (24, 25)),
    *_runs((26, 56, 0)),
)
"""«Undoing Things»: 56 paragraphs a side; the note the Russian leaves out goes with the paragraph
before it, and the English's question about `CONTRIBUTING.md` with the two Russian paragraphs
that hold it and the sentence after it."""

SOURCES: Sources = {
    "progit-introduction": HandPaired(
        Excerpt(INTRODUCTION, "[preface]", None, one_per_line=False),
        Excerpt(INTRODUCTION_RU, "[preface]", None, one_per_line=False),
        _runs((0, 16, 0)),
    ),
    "progit-reset": HandPaired(
        Excerpt(RESET, "[[_git_reset]]", None, one_per_line=False),
        Excerpt(RESET_RU, "[[r_git_reset]]", None, one_per_line=False),
        RESET_PAIRS,
    ),
    "progit-protocols": HandPaired(
        Excerpt(PROTOCOLS, "=== The Protocols", None, one_per_line=False),
        Excerpt(PROTOCOLS_RU, "=== Протоколы", None, one_per_line=False),
        PROTOCOLS_PAIRS,
    ),
    "progit-undoing": HandPaired(
        Excerpt(UNDOING, "[[_undoing]]", None, one_per_line=False),
        Excerpt(UNDOING_RU, "[[r_undoing]]", None, one_per_line=False),
        UNDOING_PAIRS,
    ),
}


def main() -> None:
    align_heldout.main(SOURCES, GOLD)


if __name__ == "__main__":
    main()
