"""Hostile inputs of round 35 (hardening): megabyte pairs whose marks typography's rules read
from the text's start, or copied it, at each match.

Made-up data: one segment of N characters of a phrase repeated on each side, checked by every
check: Roman ranges "XVIII—VII веков." (the word before each tight dash), closing tags glued to a
Russian word «<b>а</b>б» (the word before each tag), «Привет !» (the letter before each spaced
mark), «слово- слово» against "word-word" (the source searched for each broken compound), «слово
- слово» (the rest of the text copied at each spaced dash), «name : значение» against "name :
value" (the source searched for each spaced token; `untranslated-fragment` copied the text before
and after each Latin run until session 42, and its row alone is measured too); and, for
`number-mismatch`, «&quot привет &#34 &#x22 &amp » against "&quot hello &#34 &#x22 &amp " after a
number the target adds (the numbers disagree, so the tokens of letters and digits the target copies,
«&#x22», are looked for in the source: each was searched for from the source's start and both texts
rebuilt at each, until session 42). `untranslated-fragment` alone, on English left without a stop
(«Кот » then "the cat sat " repeated; each word read its run whole, to the run's end) and on the same
after a synopsis's line copied with its metavariables translated («select ИМЯ [in СЛОВА … ;]» against
"select NAME [in WORDS ... ;] do COMMANDS; done" lines; each word's line was shaped again), both
until session 43; and on words the source stresses copied so between Russian words («Он даёт
__free__ сертификаты.» against "It provides __free__ certificates." repeated: each was looked for
among the target's series of Latin words read again from its start, and the marks were blanked in a
new copy of the target for each, until session 44), and on as many distinct words so stressed
(«__aaaa__», «__aaab__», …: each was searched for in the source from its start, until session 44). CPU of one process, after the tables are loaded.

    python -m bench hostile_round35
"""

from __future__ import annotations

from functools import partial
from itertools import islice, product
from string import ascii_lowercase
from typing import Any

from bench.bench_hostile_round28 import _all, _cpu, _segment
from workbench.core.project import Segment

TARGET_SECONDS = 2.0
LITERALS = "untranslated-fragment"
PAIRS = {
    "Roman ranges 'XVIII—VII веков.'": ("XVIII-VII centuries. ", "XVIII—VII веков. "),
    "closing tags glued '<b>а</b>б'": ("<b>a</b> b ", "<b>а</b>б "),
    "spaced marks 'Привет !'": ("Hi ! ", "Привет ! "),
    "broken compounds 'слово- слово'": ("word-word ", "слово- слово "),
    "spaced dashes 'слово - слово'": ("word - word ", "слово - слово "),
    "spaced tokens 'name : значение'": ("name : value ", "name : значение "),
}
COPIED_TOKENS = ("&quot hello &#34 &#x22 &amp ", "&quot привет &#34 &#x22 &amp ")


def _pair(phrase: tuple[str, str], length: int) -> list[Segment]:
    source, target = phrase
    return [_segment(1, (source * (length // len(target) + 1))[:length],
                     (target * (length // len(target) + 1))[:length])]


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def row(metric: str, value: float) -> None:
        rows.append({"benchmark": "hostile_round35", "metric": metric, "value": value, "unit": "s",
                     "target": f"<= {TARGET_SECONDS}"})

    _all([_segment(1, "a 1", "б 1")])
    for name, phrase in PAIRS.items():
        for length in (100_000, 1_000_000):
            segments = _pair(phrase, length)
            row(f"every check, {length:,} characters of {name} (CPU)", _cpu(partial(_all, segments)))
    source, target = COPIED_TOKENS
    for length in (100_000, 1_000_000):
        times = length // len(target)
        segments = [_segment(1, source * times, "7 " + target * times)]
        row(f"every check, {length:,} characters of copied tokens '&#x22' after a number added (CPU)",
            _cpu(partial(_all, segments)))
    segments = _pair(PAIRS["spaced tokens 'name : значение'"], 1_000_000)
    _all([_segment(1, "a word", "б word")], checks=[LITERALS])  # its word lists loaded
    row(f"{LITERALS} alone, 1,000,000 characters of 'name : значение' (CPU)",
        _cpu(partial(_all, segments, checks=[LITERALS])))
    for length in (20_000, 1_000_000):
        english = ("Кот " + "the cat sat " * length)[:length]
        synopsis = ("select NAME [in WORDS ... ;] do COMMANDS; done\n" * (length // 47 + 1))[:length]
        stressed = ("It provides __free__ certificates. " * (length // 30 + 1))[:length]
        stressed_ru = ("Он даёт __free__ сертификаты. " * (length // 30 + 1))[:length]
        words = ["".join(letters) for letters in islice(product(ascii_lowercase, repeat=4), length // 30)]
        distinct = "".join(f"It provides __{word}__ certificates. " for word in words)
        distinct_ru = "".join(f"Он даёт __{word}__ сертификаты. " for word in words)
        for name, source, target in (("English left without a stop", "The cat sat.", english),
                                     ("a synopsis's line then English", synopsis, "select ИМЯ [in СЛОВА " + english),
                                     ("stressed words 'даёт __free__ сертификаты'", stressed, stressed_ru),
                                     ("distinct stressed words 'даёт __aaaa__ сертификаты'", distinct, distinct_ru)):
            row(f"{LITERALS} alone, {length:,} characters of {name} (CPU)",
                _cpu(partial(_all, [_segment(1, source, target)], checks=[LITERALS])))
    return rows


if __name__ == "__main__":
    for found in run():
        print(found)
