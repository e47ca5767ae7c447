"""The thirty-fifth frozen held-out QA set, dense in numbers: every pair of five professional test
sets whose original holds two numbers or more: market, poll and election figures, central-bank
forecasts, sport results and statistics, weather forecasts in inches, miles and degrees
Fahrenheit, casualty and vaccination counts, product specifications (sizes, weights,
compositions, delivery times), both EN→RU and RU→EN. `number-mismatch` is the weakest check on
held-out data and the earlier sets hold few numbers a pair (the figures set: 586 pairs, one number
error); here every pair holds two or more, and many English originals give US units a Russian
translator converts.

Sources, all in ``Helsinki-NLP/OPUS-MT-testsets`` at ``ac0f19c`` (the repository the news dev set
and the figures set read; other files of it), read where the ``fetch`` tool mirrors public
repositories (`bench.align_heldout.git_dir`) and refused unless each file hashes to the sha256
frozen in `CORPORA`; nothing of their text is committed:

* NTREX-128 (``datasets/microsoft/ntrex/NTREX/``): the English of WMT's 2019 news test (123
  stories of 18 outlets, English originals) and its Russian by Microsoft's professional
  translators, with each line's story (``DOCUMENT_IDS.tsv``, ``bbc.381790``); the README: "The
  NTREX-128 data set is released under the CC BY-SA 4.0 license" (``LICENSE.md``: Attribution-
  ShareAlike 4.0 International). Pages ``ntrex128/<story>``; EN→RU.
* WMT21's news test (``datasets/statmt/wmt21-news-systems/txt/``): ``newstest2021.en-ru``
  (English originals, reference A in Russian) and ``newstest2021.ru-en`` (Russian originals,
  reference A in English), professional translations made for the shared task; pages
  ``wmt21/en-ru`` and ``wmt21/ru-en``.
* WMT22's general test (``datasets/statmt/wmt22-news-systems/txt/``): ``generaltest2022.en-ru``
  and ``.ru-en``, reference A, news, e-commerce product pages, social-media posts and customer-service chat;
  pages ``wmt22/en-ru`` and ``wmt22/ru-en``.
* licences: WMT releases its test sets for research and the repository states no licence for
  them (its README names only TICO-19's CC0 and FLORES's CC BY-SA); hence ids, digests and
  labels only, as for every set read from the mirror. The ``txt`` files give no story ids, so
  a WMT page is the whole test set. No system output (machine translation) of these sets is in
  the mirror: every pair is a human translation.

These are the "WMT news tests of 2019 and later" that `bench.qa_news_numbers` (dev data) left
unread so that the project could be measured on them later: this set is that measurement. It reads
no MQM annotation and no TED talk, and no line the news dev set (2012-2018) or the figures set
(TICO-19, FLORES-200) reads.

A block's source is always the English and its target the Russian, whichever was written first
(the checks read EN→RU); `original` gives the direction, and the bench scores the EN→RU pairs
("held-out dense-numbers en-ru") and the RU→EN pairs ("held-out dense-numbers ru-en") apart. In a
RU→EN pair the Russian is the journalist's or the shop's own text: its quotes and spaces are
judged as in any other pair (a check reads the Russian), and a number error is the English
translator's, or, once, the Russian original's.

``bench/data/qa_dense_numbers/cases.json`` freezes the set, built and labelled before any check ran
on it:

* ``pairs``: no draw: every distinct pair of the five sets whose original side holds at least
  `MIN_NUMBERS` numbers (`NUMBER`: "1,234.5" and "10:30" one number each) and 30 to 600
  characters (`dense`): **589 pairs**, 307 EN→RU (NTREX-128 140 of 69 stories, WMT21 75, WMT22
  92) and 282 RU→EN (WMT21 124, WMT22 158); by kind, read off the pairs: news (markets, polls,
  elections, central-bank and trade figures, sport results and records, weather, disasters,
  epidemics), e-commerce listings (mattresses, tyres, filters, clothes, toys: sizes, weights,
  compositions, article numbers), delivery and service terms, a few chat turns.
* ``real_errors``: read by the issue-15 helper of session 33 (qaheld29, the labeller) on
  2026-12-06, every pair, against the check list (`number-mismatch` first, then
  untranslated-fragment, url-email, punctuation-end, spacing, whitespace, quote-style,
  capitalisation, unpaired, repeated-word), aided by ``python -m bench.qa_dense_numbers show``
  and a listing of its own of both sides' numbers, end marks, straight quotes, double spaces,
  marks glued or spaced, doubled words and Latin words; no check of the project and no pofilter
  was run on it and no check's code was read. **95 errors in 91 pairs**: `quote-style` 59,
  `number-mismatch` 20, `whitespace` 7, `spacing` 3, `punctuation-end` 2,
  `untranslated-fragment` 2, `repeated-word` 1, `url-email` 1; EN→RU 37 errors in 37 of 307
  pairs (11 `number-mismatch`), RU→EN 58 in 54 of 282 (9 `number-mismatch`, 46 `quote-style`:
  Russian news agencies type straight quotes). The number errors: a unit converted wrongly
  (385 miles as «360 км» twice; "3 to 6 inches" as «7–10 см»; 80 °F converted but "10 degrees
  above average" kept as 10; "800 kph (497 mph)" as «497 км/ч»; "6-foot-6" as «1 м 82 см»; "the
  five mile safari drive" as «пятичасовой»), a scale wrong ("4.67 lakh" as «4 670 000»; «1,5»
  for 1,500 in a Russian original), a digit or range changed («тридцати» as "thirteen", 4-6% as
  "4.6%", «0,3-0,6» as "0.3-0.5", the postcode «350000» as 35000), a date wrong ("between June
  19 and July 11" as «между 11 и 19 июля», «22 июля» as "June 22", a year left out), a value
  dropped (a headline's "1-0", «второй линии метрополитена» as "a subway line") or added («7
  или 8 место» for "a wild-card spot"), the counted thing changed («21 очко» as "21 goals").
  No `capitalisation` or `unpaired` error was found.
* ``localisations``: 268 notes (pair id -> what) of renderings a check must leave silent, the
  tricky negatives; by a count of patterns over the notes (a note may count twice): a decimal
  comma 54, a scale word («тыс.», «млн», «млрд», "lakh") 56, thousands with a space or closed
  43, a number or ordinal as a word or the reverse 39, a US unit converted (inches as «см»,
  miles as «км», mph as «км/ч», yards as «метрах», "6-foot-6" as «Двухметровый») 22 and both
  units kept 5, a percent sign or word 20, a currency symbol moved or named 18 («40 £», «$11,85
  миллиардов», «99 пенни»), a score with a colon or slash 17 ("2-0" as «2:0», "5&4" as «5/4»),
  a 12-hour time on the 24-hour clock or the reverse 12 (7 p.m. ET as «19:00», «17 часов 47
  минут» as 5:47 PM), "24 hours" as «сутки» 4, and Indian "lakh" resolved («4 178 000» for
  41.78 lakh).
* what counts as a number error. A value the two sides state otherwise (another figure, scale,
  unit, date, month, year or count; a value dropped, added or doubled; a conversion that does
  not hold within rounding) is a `number-mismatch` error, whichever side made it. A value kept
  in another form is none: a conversion that holds as the translator rounds it ("30 yards" as
  «27 метрах», "85 mph" as «135 км/ч», "20 feet" as «6 метров», "80 degrees" as «27 градусов»),
  the source's second unit dropped ("45 miles (72 kilometers)" as «72 км»), a decimal comma,
  thousands spaced, closed or with the English comma («1,770»), a scale word either way, a
  score's colon, a 12-hour time on the 24-hour clock, a range's dash or words, "No.1" as
  «первыми», a count regrouped ("A 17-year-old, two 18-year-olds and a 20-year-old" as «четверо
  ... 17, 18 и 20 лет»), "in his 20s" as «20–29 лет», "9/11" as «11 сентября», "over 45,000" as
  «около 45 000», a currency named or its symbol moved. Left unlabelled, as no figure changed:
  a weekday wrong ("Sunday" as «субботу»), a time zone wrong ("ET" as «по английскому
  времени»), a currency the other side leaves out ("$20 billion" as «20 миллиардов», «$135
  млрд» as "135 billion"), a figure's sense moved ("down almost 60% from its high" as «в
  течение 60 % всего времени», City given Norwich's last place).
* the other checks, as the earlier sets read them: straight quotes "…" in the Russian around
  Russian words are `quote-style` (around a Latin name, «"S1000"», «"The Rachel Maddow Show"»,
  not labelled); a double or stray space (inside a score «14½- 13½», before a closing quote) is
  `whitespace`; a space before a final stop, a bracket or number glued to a word («июля(UPI)»,
  «(2детали)») is `spacing`; an English sentence ending in «!» rendered with a stop, and an
  English line without its final stop rendered with one, are `punctuation-end`; «выбран
  выбран» is `repeated-word` (the English doubles "selection" too); an e-mail address changed
  («str@krd.ru» as "str@kd.ru") is `url-email`; an agency's name or a common word left in
  English («US Defense Security Cooperation Agency», «через Airmail») is `untranslated-fragment`
  (names of papers, programmes, funds and products are not). A quote opened in one line and
  closed in the next, as the English does, is not `unpaired`.
* no synthetic errors: every case is a pair as its translator wrote it.

Do not tune the checks on this set: once its findings have been read to change a check, it is dev
data and a new held-out set is needed.

    python -m bench.qa_dense_numbers build     # write the selection (only for a new set)
    python -m bench.qa_dense_numbers show      # the pairs with the reading aid, for labelling

Relabelled in session 37 (qafix46) by the house rules of docs/qa.md only, never to fit a check (the
labels' notes say which rule): house rule D4 (a question mark gained or lost is an error; «!» toned
down to a stop, and a colon whose lead-in the target no longer writes, are none): `punctuation-end`
taken off ntrex128/newsweek.51338#361.

Relabelled in session 39 (qarelabel58) by house rule D9 of docs/qa.md only, never to fit a check (a
stop the translation gains where the source's complete sentence of running text lacks one mends the
source's slip): `punctuation-end` taken off ntrex128/bbc.381789#1380 ("You can listen to the full
interview ... BST", a whole sentence, the article's last line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.align_heldout import SourceFile, read_source
from bench.qa_heldout import Block, HeldOutCase, absent_is_missing
from bench.qa_heldout import load as load_frozen
from bench.qa_reading import command, first_of_each

LIST_ITEMS = "russian"
"""The list convention its labeller applied (house rule D2; how it is derived:
`bench_qa_accuracy.declared_list_items`). Labels disagreeing with the findings under "russian" and
under "source": held-out dense-numbers en-ru: 1 and 1."""

DATA = Path(__file__).resolve().parent / "data" / "qa_dense_numbers" / "cases.json"
REPO = "Helsinki-NLP/OPUS-MT-testsets"
COMMIT = "ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180"
MIN_NUMBERS = 2
"""Numbers (`NUMBER`) a pair's original must hold to be drawn."""
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
"""A number as a reader counts one: a run of digits with its thousands, decimal or time marks
("1,234.5" and "10:30" are one number each)."""


@dataclass(frozen=True)
class Corpus:
    """A test set's two sides, line by line, and the language its text was written in."""

    name: str
    """The pages' prefix (``ntrex128``, ``wmt21/ru-en``)."""
    original: str
    """``en`` where the English is the original and the Russian the translation, ``ru`` the other way."""
    english: SourceFile
    russian: SourceFile
    documents: SourceFile | None = None
    """Each line's document id, line by line, where the corpus gives them (NTREX's ``bbc.381790``)."""


def _file(path: str, sha256: str) -> SourceFile:
    return SourceFile(REPO, COMMIT, path, sha256)


_NTREX = "datasets/microsoft/ntrex/NTREX/"
_WMT21 = "datasets/statmt/wmt21-news-systems/txt/"
_WMT22 = "datasets/statmt/wmt22-news-systems/txt/"
CORPORA = (
    Corpus("ntrex128", "en",
           _file(f"{_NTREX}NTREX-128/newstest2019-src.eng.txt",
                 "3a62f94f5c42a395d4452ec890ca45afc75866b5b4b1d493429433cfe8469fe9"),
           _file(f"{_NTREX}NTREX-128/newstest2019-ref.rus.txt",
                 "177c80c1929cc88a84ab1597fd65d9caa1fb523fbcd9c03d09b452d6109efdac"),
           _file(f"{_NTREX}DOCUMENT_IDS.tsv", "88a8b0ff1eae47e83f60dcde01075b8c87d75ced59ca09e0af1eb539958e05d5")),
    Corpus("wmt21/en-ru", "en",
           _file(f"{_WMT21}sources/newstest2021.en-ru.src.en",
                 "18eb713c29a313c4cd791dede5c7c3395b90ababc2773cf15062e4094c8dd8fd"),
           _file(f"{_WMT21}references/newstest2021.en-ru.ref.A.ru",
                 "88ef98fac1e92f000e8601cbccbc6fd8df2c6609a9c2b511aef3aea1f4e854ee")),
    Corpus("wmt21/ru-en", "ru",
           _file(f"{_WMT21}references/newstest2021.ru-en.ref.A.en",
                 "94561c3b072c95b36e773b490a89251cdf34361a8a3fd5cd646689c03aeadeea"),
           _file(f"{_WMT21}sources/newstest2021.ru-en.src.ru",
                 "405b637fb6f9b7969d8c396e3b9622a4f58d51f0430f695e820f4e5ef24b6da8")),
    Corpus("wmt22/en-ru", "en",
           _file(f"{_WMT22}sources/generaltest2022.en-ru.src.en",
                 "ef3d818198db109e35193b24a5044046611897eb003abd251a28ee419328e51f"),
           _file(f"{_WMT22}references/generaltest2022.en-ru.ref.A.ru",
                 "993b53a2577eb967d1a39d8c430cca10e6b06c60bc55d7fcfd1e0af2a8a4b11c")),
    Corpus("wmt22/ru-en", "ru",
           _file(f"{_WMT22}references/generaltest2022.ru-en.ref.A.en",
                 "7a7d4bd5642d68fe4de78262abf85f3ee484504dd80677d178ad0da99f217b3c"),
           _file(f"{_WMT22}sources/generaltest2022.ru-en.src.ru",
                 "cbe3fee4157848735c01812e2fc889c46cfbddc6b3de96e4d5dbb79024b18991")),
)
"""The five test sets read, each file with the digest it had when the labels were read."""


def _lines(corpus: Corpus) -> list[tuple[str, str, str]]:
    """(English, Russian, page) of a corpus, line by line; the page is the corpus, or the
    corpus and the line's document where the corpus names them."""
    with absent_is_missing():
        english, russian = read_source(corpus.english).splitlines(), read_source(corpus.russian).splitlines()
        documents = read_source(corpus.documents).splitlines() if corpus.documents else [""] * len(english)
    if not len(english) == len(russian) == len(documents):
        raise ValueError(f"{corpus.name}: the English, the Russian and the document ids differ in length")
    return [(en, ru, f"{corpus.name}/{doc.strip()}" if doc.strip() else corpus.name)
            for en, ru, doc in zip(english, russian, documents, strict=True)]


def pages(corpora: tuple[Corpus, ...] | None = None) -> dict[str, list[Block]]:
    """Every pair of the corpora (`CORPORA`, read when called), each document (or each corpus
    without documents) a page; a block's source is the English and its target the Russian,
    whichever was the original, and its index its line in the corpus files (from 1)."""
    found: dict[str, list[Block]] = {}
    for corpus in CORPORA if corpora is None else corpora:
        for n, (en, ru, page) in enumerate(_lines(corpus), 1):
            found.setdefault(page, []).append(Block(page, n, en.strip(), ru.strip()))
    return found


def original(page: str) -> str:
    """The language (``en`` or ``ru``) the pair on `page` was written in."""
    return next(c.original for c in CORPORA if page == c.name or page.startswith(f"{c.name}/"))


def dense(block: Block) -> bool:
    """The pair's original holds `MIN_NUMBERS` numbers or more and 30 to 600 characters."""
    text = block.source if original(block.page) == "en" else block.target
    return 30 <= len(text) <= 600 and len(NUMBER.findall(text)) >= MIN_NUMBERS


def load() -> list[HeldOutCase]:
    """The frozen cases, read against the mirrored test sets; a pair whose text changed raises."""
    return load_frozen(DATA, pages())


def load_original(language: str) -> list[HeldOutCase]:
    """The cases whose original is `language` (``en``: EN→RU translations; ``ru``: RU→EN), scored apart."""
    return [c for c in load() if original(c.block.split("#")[0]) == language]


def load_en_ru() -> list[HeldOutCase]:
    return load_original("en")


def load_ru_en() -> list[HeldOutCase]:
    return load_original("ru")


def build() -> dict[str, Any]:
    """Every distinct pair whose original is `dense`, in the corpora's order, unlabelled: no
    draw, so that no choice but the count of numbers picks a pair."""
    about = ("Frozen held-out QA set, see bench/qa_dense_numbers.py. pairs: every pair of NTREX-128 and WMT21/WMT22 "
             "EN/RU test sets whose original holds two numbers or more (professional translations, EN->RU and "
             "RU->EN); real_errors labelled by reading before any check ran.")
    chosen = [b for blocks in first_of_each(pages()).values() for b in blocks if dense(b)]
    return {"about": about,
            "pairs": [{"id": f"{b.page}#{b.index}", "digest": b.digest, "real_errors": {}} for b in chosen],
            "localisations": {}, "errors": []}


if __name__ == "__main__":
    command(__doc__, DATA, build, pages)
