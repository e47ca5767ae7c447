"""A thirteenth held-out set, of a markedly free literary translation: EN/RU text in neither
align-dev nor the first twelve held-out sets (`bench.align_heldout` to `bench.align_heldout12`,
read and tuned on since, so dev data now), EN → RU:

Lewis Carroll, *Alice's Adventures in Wonderland* (1865), in the Russian «Алиса в стране чудес»
of the `bilinguator/aligned-texts` collection, which names no translator: the wording is Nina
Demurova's (1967; «Всё страньше и страньше!», Робин Гусь, Попугайчик Лори, Билль, the verses of
her edition) — **identified**, not confirmed against a printed edition. No set has read Carroll
or Demurova; the first and third sets read other bilinguator pairs (Andersen, Chekhov, Wilde),
whose line pairing is used here too (line k of the English with line k of the Russian). A
markedly free translation: Demurova cuts nearly every long English period into two to
eight Russian sentences (169 of the 365 beads are 1-n), re-cuts the dialogue otherwise than
Carroll does (a line of speech and its «said Alice» parted or joined; run-on lines of speech
given a sentence each), re-creates the puns with lines of her own that have no English (the
Mouse's «Прохвост!», «Этого просто не вынести!» for the knot: null beads) and moves clauses
across periods (n-m beads, where an English clause's Russian opens or closes another sentence).
Two texts, runs of whole chapters, each a line range of the same two files:

* `carroll-alice-1-2`: chapters I («Вниз по кроличьей норе») and II («Море слёз»), 181 English
  sentences against 343 Russian: 175 beads, 82 1-1, 88 1-n, 1 n-1, 4 n-m;
* `carroll-alice-3-4`: chapter III («Бег по кругу и длинный рассказ») and chapter IV up to Bill's
  chimney («…а всё же лягнуть его я сумею!»), 194 sentences against 344: 190 beads, 89 1-1,
  81 1-n, 1 n-1, 10 n-m, 9 null (seven Russian lines of Demurova's own, two English lines she
  leaves out).

Older free translations were looked for first, briefly: `d0rj/RusLit` holds no Garshin,
Korolenko or Saltykov (whose stories Seltzer's anthology has in English), the stored index has no
Russian «Сигнал», and Gorky's *Foma Gordyeff* in Herman Bernstein's English (Project Gutenberg
eBook #2709) is in no GITenberg repository `fetch` could bring. The bilinguator pairs were the texts at
hand with both sides; of them, *Alice* is the one by an author and a translator no set has read.
Demurova's translation is still in copyright: only the gold is committed, the texts are read
where `fetch` mirrors them.

Everything but the texts is the first set's: the texts are read where `fetch` mirrors them, at a
fixed commit and digest, split as align-dev's `build_dev.py` splits (headings dropped, a line
without a closing stop run into the next), and scored by every free-translation method
(`bench.align_heldout.main`). Only the gold is committed (`bench/data/align_heldout13.json`: per
text, the digests of the two sentence files and the beads, written by hand by reading both sides
before any aligner or baseline ran on these texts).

    python -m bench.align_heldout13    # every method, per text and micro, as JSON
"""

from __future__ import annotations

from pathlib import Path

from bench import align_heldout
from bench.align_heldout import BILINGUATOR, BILINGUATOR_COMMIT, LinePaired, SourceFile, Sources

GOLD = Path(__file__).resolve().parent / "data" / "align_heldout13.json"

ALICE = SourceFile(
    BILINGUATOR,
    BILINGUATOR_COMMIT,
    "texts/alice_in_wonderland/alice_in_wonderland_en.txt",
    "f5d6a67e2448f5c960d428513195eb0240219d5378c1c3051550223453f08c4e",
)
"""Carroll's English as bilinguator keeps it, one paragraph a line, at the commit the first set
read its pairs at."""

ALICE_RU = SourceFile(
    BILINGUATOR,
    BILINGUATOR_COMMIT,
    "texts/alice_in_wonderland/alice_in_wonderland_ru.txt",
    "4e0d20a4c0e5fd3dc6b656302b1170334564da4c30ecf5cb22318694c0eca448",
)
"""The Russian, line k the translation of the English's line k (a line may hold several
paragraphs, parted by `<delimiter>`)."""

SOURCES: Sources = {
    "carroll-alice-1-2": LinePaired(ALICE, ALICE_RU, 11, 138),
    "carroll-alice-3-4": LinePaired(ALICE, ALICE_RU, 139, 274),
}
"""Line ranges, 1-based as `build_dev.py` counts: each opens on a chapter's heading line; the
second stops at the end of the Bill paragraph of chapter IV, before the line that lands the kick."""


def main() -> None:
    align_heldout.main(SOURCES, GOLD)


if __name__ == "__main__":
    main()
