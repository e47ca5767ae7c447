"""The twenty-third frozen held-out QA set: two machine-learning courses (Hugging Face's audio
course and its NLP course, lesson by lesson) that their communities translated into Russian,
kept in public GitHub repositories that no check, no bench and no earlier set read; a set about
numbers: sampling rates, durations, bit depths, decibels, parameter counts, sizes, error rates,
percentages, versions and dates in running prose.

Source: two works, each written in English and translated into Russian by people, in MDX
(Markdown with JSX tags) side by side in one repository (``chapters/en`` and ``chapters/ru``),
read where the ``fetch`` tool mirrors public repositories (`bench.align_heldout.git_dir`) at
the commit frozen in `SOURCES` and refused unless the files read hash to the sha256 frozen
there (`bench.qa_community_docs.read_tree`).

* The Audio Course (``huggingface/audio-transformers-course``): audio data (sampling rate,
  amplitude, bit depth, spectrograms), pipelines, transformer architectures for audio, audio
  classification, speech recognition, text to speech and speech to speech, written by Hugging
  Face's team; the Russian translated by the community (Artyom Boyko made 50 of the 61 commits
  to the Russian chapters).
* The NLP Course (``huggingface/course``): transformers, fine-tuning, the Hub, the Datasets and
  Tokenizers libraries, the main NLP tasks, debugging and Gradio, written by Hugging Face's
  team; the Russian translated by the community (Artyom Boyko 137 of the 180 commits, Pavel 30).

A file pairs where its two versions have the same kinds of block in the same order
(`bench.qa_org_sites.markdown_blocks`: paragraphs and list items read, headings, tables and
link-only lines counted but not read, code and lines that are one HTML or JSX tag dropped); a
file whose Russian has another shape is left out whole: the Audio Course 40 of the 48 files
both folders hold pair (688 distinct pairs of 30 to 600 characters, 246 holding a digit), the
NLP Course 47 of 78 (1,437 pairs, 363 holding a digit). A pair is read when its English is
prose (five English words or more) and its Russian a real translation; the markup (links,
code spans, ``**bold**``, inline tags, LaTeX) is part of the texts. Nothing of their text is
committed.

``bench/data/qa_ml_courses/cases.json`` freezes the set, written and labelled before any check
ran on it:

* ``pairs``: `PAIRS` real pairs of 30 to 600 characters of English per work (Audio Course 250,
  NLP Course 260), each distinct pair once, `WITH_DIGITS` of each work's drawn from its pairs
  that hold a digit on either side and the rest from those that hold none, with a fixed seed
  (LABELLING).

Do not tune the checks on this set: once its findings have been read to change a check, it
is dev data and a new held-out set is needed.

    python -m bench.qa_ml_courses build     # write the selection (only for a new set)
    python -m bench.qa_ml_courses show      # the pairs with the reading aid, for labelling
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.align_heldout import TextsAbsent
from bench.qa_community_docs import Tree, book_pages, draw_per_work
from bench.qa_heldout import Block, HeldOutCase
from bench.qa_heldout import load as load_frozen
from bench.qa_org_sites import markdown_blocks
from bench.qa_reading import command

DATA = Path(__file__).parent / "data" / "qa_ml_courses" / "cases.json"
SEED = 2317

_AUDIO = ("huggingface/audio-transformers-course", "55beb9b360e07697ce28de84e74531cead2d9024")
_NLP = ("huggingface/course", "16af5667532d6966f0fe83f44cc848dd7698a215")
SOURCES = {
    "audio": (Tree(*_AUDIO, "chapters/en", ".mdx", "688fe67b29253a815183f720fd4fae86b468b903a8f1e18b8e4d480b69c1b3f3"),
              Tree(*_AUDIO, "chapters/ru", ".mdx", "743bacb5b3bec3164f40ef7162d7b6ba06950442ad9957b4105739e1ca25a2fa")),
    "nlp": (Tree(*_NLP, "chapters/en", ".mdx", "a5cf802f65dfaecf003795d6ae2d9a353d66b56b3c4767ff11dd2bef69b88a9d"),
            Tree(*_NLP, "chapters/ru", ".mdx", "86212f92f8bf4822801c4f56bead603c7fedea6a2f6464f4737488340bee52f9")),
}
"""Each work's English and Russian folders, of one repository at one commit."""
PAIRS = {"audio": 250, "nlp": 260}
"""Pairs drawn from each work, so that neither holds much more than half the set."""
WITH_DIGITS = {"audio": 140, "nlp": 130}
"""Of each work's pairs, those drawn from its pairs that hold a digit: more than half of the set,
as it is the set that measures numbers in running prose."""


def pages() -> dict[str, list[Block]]:
    """Every paired page of the two works, named ``work/page``, only its paragraphs and list
    items read; a tree absent from the mirror (or changed) is a missing file, so that the bench
    skips the set."""
    found: dict[str, list[Block]] = {}
    try:
        for name, (english, russian) in SOURCES.items():
            found |= book_pages(name, english, russian, markdown_blocks)
    except TextsAbsent as error:
        raise FileNotFoundError(str(error)) from error
    return found


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the mirrored repositories; a block whose text changed raises."""
    return load_frozen(DATA, pages())


def build() -> dict[str, Any]:
    """Choose the pairs (labels are added by reading): per work, `WITH_DIGITS` from the pairs
    that hold a digit and the rest from those that hold none."""
    about = ("Frozen held-out QA set, see bench/qa_ml_courses.py. pairs: real paragraphs of Hugging Face's Audio and "
             "NLP courses (en / ru, community translations); real_errors labelled by reading before any check ran.")
    return draw_per_work(pages(), PAIRS, WITH_DIGITS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
