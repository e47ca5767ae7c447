"""The OCR confusions of the held-out pages' misread words, counted for `confusions._LEARNED_LATIN`
and `confusions._LEARNED_CYRILLIC`, and what they are worth on a book they were not counted on.

Every garbage token of `bench/data/ocr_heldout.json` (or, `--lang ru`, of the Russian set)
whose correct form is one word is aligned letter by letter with it (difflib); a pair that
differs in one or two places, each of one or two letters on either side, gives those places as
(as read, as printed) confusions. Pure insertions and deletions ("thei" for "the") are left
out: an arbitrary edit covers them; so are, in Russian, the French words the OCR read in
Cyrillic ("4е" for "de"): a confusion that prints a letter of another script makes no word of
the language.

    python -m bench.fit_ocr_confusions            # the table, as confusions.py holds it
    python -m bench.fit_ocr_confusions --lang ru  # the Russian table
    python -m bench.fit_ocr_confusions --by-book  # ocr-suspect R/P per book, its own pairs left out

`--by-book` scores each book with the table counted on the other three books' pairs (the
hand-written table stays), so the figure shows what the learned part does on unseen pages.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections import Counter
from typing import Any

from bench.ocr_heldout import SETS, Score, load, score_run
from workbench.core.ingest import confusions
from workbench.core.ingest.cleanup import clean_text

_MOST_PLACES = 2
_LONGEST_SIDE = 2
_OTHER_SCRIPT = {"en": re.compile("[\u0400-\u04ff]"), "ru": re.compile("[a-zA-Z\u00c0-\u024f]")}
"""Letters a confusion of the language's words never prints."""


def _bare(word: str) -> str:
    return re.sub(r"^\W+|\W+$", "", word)


def pair_confusions(read: str, printed: str) -> list[tuple[str, str]]:
    """The (as read, as printed) places where `read` differs from `printed`, or [] when they
    differ too much, in more than letters or by an insertion or deletion alone."""
    if not read or not printed or not re.fullmatch(r"[^\W_]+", read + printed):
        return []
    places = [
        (read[i1:i2], printed[j1:j2])
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
            None, read, printed, autojunk=False).get_opcodes()
        if tag != "equal"
    ]
    if not places or len(places) > _MOST_PLACES or any(
        not a or not b or len(a) > _LONGEST_SIDE or len(b) > _LONGEST_SIDE for a, b in places
    ):
        return []
    return places


def count(runs: list[tuple[str, dict[str, Any]]]) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for text, run in runs:
        lines = text.split("\n")
        other = _OTHER_SCRIPT[run["lang"]]
        for garbage in run["garbage"]:
            token = lines[garbage["line"]].split()[garbage["column"]]
            counts.update(pair for pair in pair_confusions(_bare(token), _bare(garbage["correct"]))
                          if not other.search(pair[1]))
    return counts


def table(counts: Counter[tuple[str, str]]) -> tuple[tuple[str, str, int], ...]:
    return tuple((read, printed, times) for (read, printed), times in counts.most_common())


def by_book(runs: list[tuple[str, dict[str, Any]]], lang: str = "en") -> dict[str, Any]:
    """ocr-suspect on each book with the learned table counted on the other books only."""
    books = sorted({run["id"].split("-")[0] for _, run in runs})
    known = confusions._LATIN if lang == "en" else confusions._CYRILLIC
    shipped = confusions._BY_READ[lang]
    out: dict[str, Any] = {}
    total = Score()
    try:
        for book in books:
            others = [(t, r) for t, r in runs if not r["id"].startswith(book)]
            confusions._BY_READ[lang] = confusions._by_read(
                confusions._costs(known, table(count(others))))
            confusions._repair.cache_clear()
            score = Score()
            for text, run in runs:
                if run["id"].startswith(book):
                    score.add(score_run(text, run, clean_text(text, run["lang"])))
            out[book] = score.summary()["ocr_suspect"]
            total.add(score)
    finally:
        confusions._BY_READ[lang] = shipped
        confusions._repair.cache_clear()
    out["total"] = total.summary()["ocr_suspect"]
    return out


def main() -> None:
    lang = "ru" if "--lang" in sys.argv[1:] and "ru" in sys.argv[1:] else "en"
    runs = load(*SETS[lang])
    if "--by-book" in sys.argv[1:]:
        for book, figures in by_book(runs, lang).items():
            print(f"{book:12} {figures}")
        return
    for read, printed, times in table(count(runs)):
        print(f'("{read}", "{printed}", {times}),')


if __name__ == "__main__":
    main()
