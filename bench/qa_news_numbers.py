"""A dev set for `number-mismatch` in the news genre: real EN/RU pairs of news stories that
hold numbers, dates, times, money, measures, ordinals or centuries.

Every earlier QA set is software documentation; the errors the project is measured on later
come from news and talks, where translators localise numbers (a 12-hour time written on the
24-hour clock, feet given in metres, "centenary" as «100 лет») and make other mistakes than in
a manual. This set is dev data from the start: it was read to change the check.

Source: the WMT news test sets of 2012 to 2018, English and Russian, one sentence a line, as
`Helsinki-NLP/OPUS-MT-testsets` holds them (``testsets/en-ru/newstest{year}.en`` and ``.ru``
at commit ``ac0f19c``), read where the ``fetch`` tool mirrors public repositories
(`bench.align_heldout.mirror`) and refused unless each file's sha256 is the one frozen here;
nothing of their text is committed. The translations are professional human ones, made for
the test sets; from 2014 on half of each year's stories were written in Russian and
translated into English, so a pair's Russian may be the original. WMT's news tests of 2019
and later, their MQM annotations and WMT21's TED talks are not read: the project is measured
later on data of that kind.

``bench/data/qa_news_numbers/cases.json`` freezes the set, drawn and labelled before any check
ran on it:

* ``pairs``: `PAIRS` line pairs of 30 to 600 characters of English per year (322), drawn with
  a fixed seed from the distinct pairs whose English or Russian holds a number (`holds_number`:
  a digit, a number or ordinal word, a month, a century, a decade). Every pair was read by
  the issue-15 helper of session 17 (qanum) on 2026-12-04, aided by ``python -m
  bench.qa_news_numbers show`` (the digits of each side listed); no check of the project was
  run and its code was not consulted to decide a label. A value the Russian states otherwise
  than the English (another number, scale, date, month or century; a count dropped or
  added) is a real `number-mismatch` error, recorded in ``real_errors``; a localisation that
  keeps the value (a time on the other clock, a century in Roman numerals, a number in words,
  "1970s" as «70-х») is none, nor is a count said roughly on one side ("a dozen States" as
  «более десяти штатов», "two and a half times" as «в два с лишним раза»). The reading found
  3 real errors: a day of the next line's date carried into this one («начиная с 10» for
  "since Aug."), "ten times closer" as «в десятки раз ближе», "four powerful godfathers"
  without their number. Left unlabelled, as no number changed: "over 2" as «ниже 2» and "over
  a half share" as «с капиталом вдвое меньше» (comparisons mistranslated), "once resolved" as
  «один раз с решением».
* ``edits``: 70 realistic number errors written by the same helper into real pairs of the set,
  each stored as a piece of the Russian and its replacement (so that no sentence of the test
  sets is committed), labelled `number-mismatch` and scored apart (``synthetic``): a number
  changed (16), dropped with its clause or made vague (13), said twice where the source says
  it once (10), a scale word changed (10), a century, month, date or time of day wrong (12),
  a count or ordinal in words changed (9).

    python -m bench.qa_news_numbers build     # write the selection (only for a new set)
    python -m bench.qa_news_numbers show      # the pairs with the reading aid, for labelling

Relabelled in session 46 (hyphen46) by house rule D18 (b) of docs/qa.md only, never to fit a check
(a hyphen-minus spaced on both sides between words, standing where Russian sets a dash, «слово -
слово», is a `spacing` error unless the source writes a spaced hyphen at that place): every target
holding one between non-digits outside code spans read (45 cases, 7 keeping the source's own spaced
hyphens, left); none relabelled: both news-numbers sets are scored for `number-mismatch` only
(`ONE_CHECK_SETS`), and 38 of their targets hold such a hyphen.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from bench.align_heldout import SourceFile, read_source
from bench.qa_heldout import Block, HeldOutCase, absent_is_missing
from bench.qa_heldout import load as load_frozen
from bench.qa_reading import command, draw_per_group

LIST_ITEMS = "russian"
"""The list convention its labeller applied (house rule D2; how it is derived:
`bench_qa_accuracy.declared_list_items`). Labels disagreeing with the findings under "russian" and
under "source": dev-news-numbers synthetic: 1 and 1."""

DATA = Path(__file__).resolve().parent / "data" / "qa_news_numbers" / "cases.json"
SEED = 1517
REPO = "Helsinki-NLP/OPUS-MT-testsets"
COMMIT = "ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180"
SHA256 = {
    2012: ("f9e51f85c4948033fc7d77ef427f4d88908a8dd3f778970f62d0baafac3ff97e",
           "ee30182ea9ec2623c5c18def46f45c154fe0c0d6446be3477de15de2f2fe0920"),
    2013: ("ace268a1d9724ca76f6d8e5c720ffdc08f01bdce45630ed8b269dc7918e1c16e",
           "34d8972566d8949407dfc255fd63171157bb639c6294adc36e234f5af039e362"),
    2014: ("22683e7f34f0bd33d22b15eec61dd1997aff2b30ac5a0a2060d72dd132ee9b33",
           "bef8445f416a958493bf25132e466c34aacc7784cc586ecd4e66bf74ee8127dd"),
    2015: ("e0706eec178a86e1e7a8ae44c6bb854470cd8f2446764fccf9565f46743ea1f0",
           "1b5d745aae214a38ff6096a7bfb41c3231e00ec36ec4bc056b938815b6dd1bdb"),
    2016: ("5bf673ee6e0924f3421219423467e02af4982161fff67085964041881db03b92",
           "b60d8154426cb804b52dc829d0ad97db8da29927ab9f6e9d79e6f5bb3fc8d138"),
    2017: ("d3ad991b891073ed09e8bda8d3144efc4aa590ff992af45966c3cae08f77cb35",
           "186d9b116b9ce59dbaae8d5265fb674dcbfc59458f7b04d81b5aca6590febc5f"),
    2018: ("62f747ccaf9dd964acc8f501e1a8c984e3acf9606b4e57a93cd2a42c89352a5b",
           "bd4ab42cdc36b9b3421dcfe6e5474cc3c61710aa2fc7d39155bd553f8749468a"),
}
"""The sha256 of each year's English and Russian file as they were read for the labels."""
PAIRS = {str(year): 46 for year in SHA256}

_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|first|second|third|"
    r"fourth|fifth|tenth|half|centur(?:y|ies)|decades?|centenary|January|February|March|April|"
    r"June|July|August|September|October|November|December|noon|midnight)\b",
    re.IGNORECASE,
)


def holds_number(block: Block) -> bool:
    """Whether the pair says a number in any form a reader of numbers must compare."""
    return bool(_NUMBER.search(block.source) or re.search(r"\d", block.target))


def pages() -> dict[str, list[Block]]:
    """Each year's line pairs that hold a number, as blocks numbered by their line."""
    found: dict[str, list[Block]] = {}
    for year, (en_sha, ru_sha) in SHA256.items():
        with absent_is_missing():
            english = read_source(SourceFile(REPO, COMMIT, f"testsets/en-ru/newstest{year}.en", en_sha))
            russian = read_source(SourceFile(REPO, COMMIT, f"testsets/en-ru/newstest{year}.ru", ru_sha))
        lines = zip(english.splitlines(), russian.splitlines(), strict=True)
        blocks = [Block(str(year), n, en.strip(), ru.strip()) for n, (en, ru) in enumerate(lines, 1)]
        found[str(year)] = [b for b in blocks if b.source and b.target and holds_number(b)]
    return found


def load(data: Path | None = None) -> list[HeldOutCase]:
    """The real pairs (`bench.qa_heldout.load`), then each written error as its pair with one
    piece of the Russian replaced: the edits are stored as (old, new) pieces, so that no
    sentence of the test sets is committed."""
    data = DATA if data is None else data
    all_pages = pages()
    cases = load_frozen(data, all_pages)
    by_id = {f"{b.page}#{b.index}": b for blocks in all_pages.values() for b in blocks}
    for edit in json.loads(data.read_text(encoding="utf-8"))["edits"]:
        block = by_id[edit["id"]]
        old, new = edit["replace"]
        if block.target.count(old) != 1:
            raise ValueError(f"{edit['id']}: {old!r} is not once in the Russian: the edit no longer fits")
        cases.append(HeldOutCase(block.source, block.target.replace(old, new), frozenset({"number-mismatch"}),
                                 edit["what"], (), (), False))
    return cases


def load_real() -> list[HeldOutCase]:
    """The translators' own pairs."""
    return [case for case in load() if case.real]


def load_synthetic() -> list[HeldOutCase]:
    """The number errors written into real pairs, scored apart."""
    return [case for case in load() if not case.real]


def build() -> dict[str, Any]:
    about = ("WMT news test sets 2012-2018 EN/RU (Helsinki-NLP/OPUS-MT-testsets), pairs holding "
             "numbers, labelled for number-mismatch by reading")
    return draw_per_group(pages(), lambda page, group: page == group, PAIRS, SEED, about)


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
