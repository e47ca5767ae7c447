"""Words run together (`spacing`): a space lost between two words where no mark stands to show
it, as «растёт.С» shows it by its stop. An editor's or OCR's join leaves «кампаниисобираются»
for «кампании собираются», and a name copied from the source runs into the next Russian word
(«CAPTCHAвы» for "CAPTCHAs you").

Four readings, each of a word the source does not hold:

* scripts glued: one word of a Latin run and a Cyrillic run, each of two letters or more, where
  the Latin run is a word of the source (copied from it) and the Cyrillic run a Russian word on
  its own, neither a case ending a name takes («Firefoxом»: the endings pymorphy3 declines a
  noun with) nor an abbreviation in capitals («UТЦ»); one Latin letter with no Cyrillic twin that
  stands alone in the source is a copied word too («Ctrl+Vвставляет»). A hyphen or an apostrophe between the
  two («Wi-Fi-сети», «iOS-приложение», «Firefox'а») is how Russian joins them, and leaves two
  words; a single Latin letter inside a Russian word («cлово») is a look-alike letter, no join.
* two words run together: a Russian word in small letters that pymorphy3's dictionary lacks and
  guesses from its ending alone, that wordfreq never met, and that splits into two words its
  dictionary holds, both common (`COMMON_ZIPF`, `SHORT_ZIPF`). A word pymorphy3 reads as a prefix
  before a word of its dictionary («автообновление», «кибербезопасность», «подслово») is a
  compound, not a join, and so is a numeral or an adverb in «-о» before an adjective or a
  participle («пятисотлетняя», «трудноконтролируемой»: Russian writes such adjectives as one
  word); a capitalised word is left alone (a name: «Ценев»); a cut between a doubled consonant
  is a loanword's spelling («форматтер»).
* a small word run into a capitalised one («менюНастройка»), unless the source runs as many words
  together (a file read without its markup).
* a short word run into the next where the dictionary lacks the whole and the web rarely writes it
  (`_short_word_run_in`: «илизаполнки», «когдая»).
* two long words run together, one of them rare (`_long_words_run_together`: «количествуштрихов»,
  «дополнительнымиповторениями»), and a capitalised word that opens with a predicate
  («Добавленасворачивающуюся»: a name never does).
* the preposition «с» run into the noun before it where the next word is in the instrumental
  («вкладкус графиком», `_preposition_run_on`).
* two Latin words the source spaces, run together in the translation («MaterialYou» for "Material
  You").

The thresholds were measured on the QA sets' translations (dev data, docs/qa.md, session 37).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from workbench.core.checks.base import Span
from workbench.wording import N_, Wording, phrase

COMMON_ZIPF = 3.5
"""wordfreq zipf from which a word of three letters or more is common enough to be one half of a
join (about three in a million words): the halves of the QA sets' joins are 3.5 and up («выберите»
3.5, «изображений» 3.8, «кампании» 4.5, «собираются» 4.4); rarer halves split loanwords and
slips («бат|чей» 3.3 for «батчей»)."""
SHORT_ZIPF = 5.5
"""The zipf a two-letter half needs: the function words a join loses a space before or after
(«вы» 6.2, «на» 7.3, «не» 7.2, «ли» 5.9) are far commoner than the two-letter words that are as
often a piece of a longer one («де» 5.0, «ка» 4.8, «ин» 4.4, «ам» 3.9: «Ма-амка», «инод»)."""

_VOWELS = "аеёиоуыэюя"
_WORDS_KEPT = 1 << 17
"""Words whose readings are kept: a book's or a catalogue's vocabulary, bounded so that a
million-segment project's words do not all stay in memory."""

_JOINERS = "\u0300-\u036f\u00ad\u200b-\u200d\u2060"
"""Combining marks, the soft hyphen and the zero-width characters: what breaks a word apart
without ending it."""
_LONGEST_JOIN = 40
"""Letters a join of two words holds at most (Russian's longest words have about 30): a longer run
of letters is no two words, and splitting it at every letter would cost its length squared."""
_CYRILLIC_WORD = re.compile(rf"(?<![^\W\d_])(?<![{_JOINERS}])[а-яё]{{4,{_LONGEST_JOIN}}}(?![^\W\d_])(?![{_JOINERS}])")
"""A word in small Cyrillic letters, whole: not a piece of a word broken by a combining mark (an
«и» and its breve written apart for «й», «равнои\u0306»), a soft hyphen or a zero-width character."""
_MIXED = re.compile(r"[A-Za-z][а-яёА-ЯЁ]|[а-яёА-ЯЁ][A-Za-z]")
"""One quick search: most translations hold no Latin letter against a Cyrillic one."""
_LETTER_RUN = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?![^\W\d_])")
_LONE_LATIN = "DFGJLNQRSUVWZdfghjlqstvwz"
"""The Latin letters no Cyrillic one looks like (not «a», «c», «e», «o», «p», «x», «y», «k», «m»,
«n», «u», «b», «r», «i», nor their capitals, nor «B», «H», «M», «T»): one of them alone against a
Russian word is a letter copied from the source («Ctrl+Vвставляет»), not one typed for a Cyrillic
twin («cлово»)."""
_LATIN = rf"[A-Za-z]{{2,}}|[{_LONE_LATIN}]"
_TWO_SCRIPTS = re.compile(rf"(?:(?P<latin>{_LATIN})(?P<russian>[а-яё]{{2,}})"
                          rf"|(?P<russian2>[А-ЯЁ]?[а-яё]+)(?P<latin2>{_LATIN}))$")
"""A Latin run then a Russian word in small letters («CAPTCHAвы»), or a Russian word then a
Latin run («клавишуTab»); the run is one letter only where it has no Cyrillic twin."""
_LONG_RUSSIAN = 5
"""Letters from which a Russian word of the dictionary glued to a Latin one copied from the source,
or before a capital, is a word of its own however rare («клавишуTab», «Vвставляет»,
«значкаНазад»): no case ending or suffix a text glues to a Latin name is as long
(`noun_endings`)."""


_CAPITAL_INSIDE = re.compile(r"(?<![^\W\d_])(?P<first>[а-яё]{2,})(?P<second>[А-ЯЁ][а-яё]+)(?![^\W\d_])")
"""A word in small Cyrillic letters run into a capitalised one («менюНастройка», «кнопкиПауза»):
the shape a lost space leaves before a quoted label or a name. Russian writes no word so (a
name with a capital inside opens with one: «ПриватБанк»)."""
_SOURCE_CAPITAL_INSIDE = re.compile(r"[A-Za-z]*[a-z]{2}[A-Z][a-z][A-Za-z]*")
"""The same shape in the source ("uncheckedInterpolate Style", "ThresholdFill"): a file whose
markup the text was read without runs its fields together on both sides, and the translation
only keeps what the source does (house rule D6). A word of that shape the translation copies
("KTextEditor", "JavaScript") is a name, no field run into the next, and does not count."""
_LATIN_CAMEL = re.compile(r"(?<![\w.-])([A-Z]?[a-z]{2,})([A-Z][a-z]{2,})(?![\w-])")
"""A Latin word of two capitalised words run together ("MaterialYou"): two words where the source
writes them apart ("Material You"), a name where it writes them so ("JavaScript")."""
_CAPITALISED_WORD = re.compile(rf"(?<![^\W\d_])(?<![{_JOINERS}])[А-ЯЁ][а-яё]{{9,{_LONGEST_JOIN}}}(?![^\W\d_])(?![{_JOINERS}])")
"""A capitalised Russian word long enough to be two (`_capitalised_join`)."""
_NEXT_WORD = re.compile(r"[ \u00a0]+([а-яёА-ЯЁ]+)")


def glued_words(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Each word of `target` that is two words run together (see the module docstring)."""
    if not _may_hold_a_join(target):
        return
    if _MIXED.search(target):
        yield from _glued_scripts(source, target)
    joins = list(_CAPITAL_INSIDE.finditer(target))
    if joins and sum(w not in target for w in _SOURCE_CAPITAL_INSIDE.findall(source)) < len(joins):
        for m in joins:
            if m.group() not in source and _russian_half(m["first"]):
                yield phrase(N_("no space between “{first}” and “{second}”"), first=m["first"], second=m["second"]), m.span()
    for m in _CYRILLIC_WORD.finditer(target):
        parts = _join(m.group()) or _preposition_run_on(m.group(), target, m.end())
        if parts is not None and m.group() not in source and not _placeholder(target, m.start(), m.end()):
            yield phrase(N_("no space between “{first}” and “{second}”"), first=parts[0], second=parts[1]), m.span()
    for m in _CAPITALISED_WORD.finditer(target):
        parts = _capitalised_join(m.group())
        if parts is not None and m.group() not in source:
            yield phrase(N_("no space between “{first}” and “{second}”"), first=parts[0], second=parts[1]), m.span()
    if _LATIN_CAMEL.search(target):
        for m in _LATIN_CAMEL.finditer(target):
            apart = re.search(rf"(?<![\w-]){re.escape(m[1])}[ \u00a0]+{re.escape(m[2])}(?![\w-])", source)
            if apart is not None and m.group() not in source:
                yield phrase(N_("no space between “{first}” and “{second}”"), first=m[1], second=m[2]), m.span()


def _placeholder(target: str, start: int, end: int) -> bool:
    """Whether the word at `start`:`end` is the name of a placeholder in angle brackets
    («<новыйсервер>» for "<newserver>"): a metavariable, written as one word as its source's is."""
    return target[start - 1:start] == "<" and target[end:end + 1] == ">"


_NO_JOIN_PIECES: set[str] = set()
"""Pieces of targets `_may_hold_join` found no join in, at most `_WORDS_KEPT` (emptied when full:
a project's vocabulary beyond that is read again, word by word from the readings' own caches).
A set, so that a target whose pieces were all read before is cleared by one `issuperset`, which
asks for every piece in one C loop: over the checks bench's 100,000 targets (2,000,000 pieces,
35,000 told apart) the pass took 0.78 s of CPU with an `lru_cache` asked piece by piece, 0.40 s so,
read warm."""


def _may_hold_a_join(target: str) -> bool:
    """Whether a piece of `target` between two spaces may hold a join (`_may_hold_join`): a target
    none of whose pieces may has no finding of any reading."""
    pieces = target.split()
    if _NO_JOIN_PIECES.issuperset(pieces):
        return False
    for piece in pieces:
        if piece in _NO_JOIN_PIECES:
            continue
        if _may_hold_join(piece):
            return True
        if len(_NO_JOIN_PIECES) >= _WORDS_KEPT:
            _NO_JOIN_PIECES.clear()
        _NO_JOIN_PIECES.add(piece)
    return False


def _may_hold_join(piece: str) -> bool:
    """Whether a piece of a target between two spaces holds what one of the readings reports,
    judged on the piece alone: a Latin letter against a Cyrillic one, a common word in small
    letters before a capitalised one, or a Russian word that is two (`_join`). What the
    source adds (a word it holds, its own capitals inside) only takes findings away, so a target
    none of whose pieces qualifies has no finding; most have none, and a translation repeats its
    pieces, so a no is kept per piece (`_NO_JOIN_PIECES`; a yes is rare and read again from the
    words' caches). No pattern of the readings matches across a space, and none looks past one: a
    space is no letter and no joiner."""
    return bool(_MIXED.search(piece)
                or any(_russian_half(m["first"]) for m in _CAPITAL_INSIDE.finditer(piece))
                or any(_join(w) or _noun_then_s(w) for w in _CYRILLIC_WORD.findall(piece))
                or any(map(_capitalised_join, _CAPITALISED_WORD.findall(piece)))
                or _LATIN_CAMEL.search(piece))


def _glued_scripts(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Each word of a Latin run and a Russian word run together (`_TWO_SCRIPTS`) where the Latin
    run is a word of the source and the Russian one no case ending."""
    for run in _LETTER_RUN.finditer(target):
        m = _TWO_SCRIPTS.fullmatch(run.group())
        if m is None or run.group() in source:
            continue
        latin, russian = (m["latin"], m["russian"]) if m["latin"] else (m["latin2"], m["russian2"])
        before, after = (r"(?<![^\W\d_])", "") if m["latin"] else ("", r"(?![^\W\d_])")
        if len(latin) == 1:  # a lone letter is a word of the source only standing alone there
            before, after = r"(?<![^\W\d_])", r"(?![^\W\d_])"
        copied = re.search(rf"{before}{re.escape(latin)}{after}", source) is not None
        ending = bool(m["latin"]) and russian in noun_endings()
        if copied and not ending and _russian_half(russian.casefold()):
            first, second = (latin, russian) if m["latin"] else (russian, latin)
            yield phrase(N_("no space between “{first}” and “{second}”"), first=first, second=second), run.span()


@cache
def noun_endings() -> frozenset[str]:
    """The endings pymorphy3 declines Russian nouns with, of the first and the second declension
    and in the plural («а», «у», «ом», «е», «ы», «ов», «ами», «ах», «ой», …): what a Russian text
    may glue to a Latin name to decline it («Firefoxом»), as it should after an apostrophe."""
    from workbench.core.morphology import analyzer

    endings: set[str] = set()
    for noun in ("стол", "книга", "окно", "край", "линия"):
        parse = analyzer().parse(noun)[0]
        stem = noun.rstrip("аяоеь")
        endings.update(form.word[len(stem):] for form in parse.lexeme if form.word.startswith(stem))
    return frozenset(ending for ending in endings if ending)


def _join(word: str) -> tuple[str, str] | None:
    """The two words `word` runs together (`_run_together`, `_short_word_run_in`), or None (each
    reading keeps its answers, so a word read before costs two look-ups)."""
    return _run_together(word) or _short_word_run_in(word) or _long_words_run_together(word)


@lru_cache(maxsize=_WORDS_KEPT)
def _run_together(word: str) -> tuple[str, str] | None:
    """The two common words `word` runs together, or None: a word pymorphy3's dictionary holds,
    one wordfreq met or one pymorphy3 reads as a prefix before a dictionary word is none. No cut
    falls between a doubled consonant, the spelling of borrowed words («формат|тер» for
    «форматтер»; a join whose first word ends in the consonant the second begins with is rare
    beside them)."""
    from workbench.core.morphology import analyzer

    morph = analyzer()
    if morph.word_is_known(word) or _zipf(word) > 0:
        return None
    prefixed = _prefixed_reading(morph.parse(word)[0])
    if prefixed == "compound":
        return None  # «авто|обновление», «кибер|безопасность»: a compound pymorphy3 reads
    best: tuple[float, str, str] | None = None
    for cut in range(2, len(word) - 1):
        first, second = word[:cut], word[cut:]
        if first[-1] == second[0] and first[-1] not in _VOWELS:
            continue  # «формат|тер» for «форматтер»: a doubled consonant, as loanwords spell them
        if _common_word(first) and _common_word(second) and not _compound_adjective(first, second):
            score = min(_zipf(first), _zipf(second))
            if best is None or score > best[0]:
                best = (score, first, second)
    if best is None or (prefixed == "name" and len(best[2]) > 2):
        return None  # «дата|сет», «мол|нее»: a loanword or a typo, its end read as a name
    return best[1], best[2]


_PROPER_NAMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
"""pymorphy3's tags of proper names: a person's, a place's, an organisation's, a trade mark."""


def _prefixed_reading(parse: Any) -> str | None:
    """How pymorphy3's reading `parse` splits off a prefix: "compound" where it reads a prefix before
    a common word of its dictionary («авто|обновление», «кибер|безопасность»: no join), "name" where
    it reads a prefix it does not know before a proper name («врем|Яна» for «времяна», «поч|Тана» for
    «почтана»), None where it reads no prefix. A name is no compound's second word, and such a guess
    is the end of a word run into a short one («время на») read backwards; but a loanword («дата|сет»
    read «дат|Асет») or a typo («мол|нее») gets it too, so `_run_together` trusts it only for a join
    whose second word has two letters (a preposition, a particle: `SHORT_ZIPF`)."""
    methods = [type(method[0]).__name__ for method in parse.methods_stack]
    if "KnownPrefixAnalyzer" in methods:
        return "compound"
    if "UnknownPrefixAnalyzer" not in methods:
        return None
    return "name" if _PROPER_NAMES & parse.tag.grammemes else "compound"


RARE_ZIPF = 3.0
"""The zipf below which a word pymorphy3's dictionary lacks is no word of its own for
`_short_word_run_in`: web text holds the joins machine output and typists make now and then
(«когдая» 1.8, «чтоли» 2.8), where `_run_together` asks for a word wordfreq never met."""


@lru_cache(maxsize=_WORDS_KEPT)
def _short_word_run_in(word: str) -> tuple[str, str] | None:
    """The two words of a join that `_run_together` cannot split, its halves too short or too rare:
    a conjunction of three letters or more that opens few Russian words (`FEW_OPENED`) run into
    the next word, whatever follows it («илизаполнки»: such a conjunction is no prefix, so a word
    the dictionary lacks that opens with one is two), or a one-letter pronoun after a common word
    («когдая»). Only in a word pymorphy3's dictionary lacks, rare on the web (`RARE_ZIPF`) and not
    read as a prefix before a dictionary word. A one-letter preposition before a word is not read:
    «у», «в», «с» are prefixes too, and the QA sets' translations hold far more unknown words made
    so («устар.», «уделения», «сэтап») than joins."""
    from workbench.core.morphology import analyzer

    morph = analyzer()
    if morph.word_is_known(word) or _zipf(word) >= RARE_ZIPF:
        return None
    if any(type(method[0]).__name__ == "KnownPrefixAnalyzer" for method in morph.parse(word)[0].methods_stack):
        return None  # «анти|…», «супер|…»: a compound; a chunk pymorphy3 does not know before a word may be one
    for cut in range(len(word) - 3, 2, -1):  # the longest conjunction first: «чтобы|…» before «что|бы…»
        lead = word[:cut]
        if _parts_of_speech(lead) & {"CONJ"} and _zipf(lead) >= SHORT_ZIPF and _opens_few_words(lead):
            return lead, word[cut:]
    first, last = word[:-1], word[-1]
    if _parts_of_speech(last) & {"NPRO"} and _common_word(first):
        return first, last
    return None


FEW_OPENED = 10
"""How many of Russian's 50,000 commonest words a conjunction may open (other than itself) and
still be read as a word of its own at a word's start: «или», «если», «когда» open none, «что» four
of its own compounds («чтобы», «чтото»), where «раз», «так», «тем», «пока» open dozens to hundreds
(«развитие», «такой», «температура», «показать»): a word the dictionary lacks that opens with them
is more often such a word misspelt or unknown («разширится», «тактильность») than a join (measured
on every QA set's translations, dev data, session 38)."""


@cache
def _opens_few_words(lead: str) -> bool:
    """Whether no more than `FEW_OPENED` of the commonest Russian words open with `lead`."""
    from workbench.core.word_frequency import top_n

    return sum(1 for w in top_n("ru", 50_000) if w.startswith(lead) and w != lead) <= FEW_OPENED


@lru_cache(maxsize=_WORDS_KEPT)
def _parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech pymorphy3's dictionary gives a word (none for a word it only guesses)."""
    from workbench.core.morphology import analyzer

    morph = analyzer()
    if not morph.word_is_known(word):
        return frozenset()
    return frozenset(str(p.tag.POS) for p in morph.parse(word) if p.tag.POS is not None)


def _compound_adjective(first: str, second: str) -> bool:
    """Whether two words read as the halves of an adjective Russian writes as one word: a numeral
    or an adverb in «-о» before an adjective or a participle («пятисот|летняя», «четырёх|часовая»,
    «трудно|контролируемой»)."""
    from workbench.core.morphology import analyzer

    morph = analyzer()
    leads = any(p.tag.POS == "NUMR" or (p.tag.POS == "ADVB" and first.endswith("о")) for p in morph.parse(first))
    return leads and any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parse(second))


def _russian_half(word: str) -> bool:
    """Whether a Russian word glued to a Latin one, or before a capital inside a word, is a word of
    its own: a common one (`_common_word`), or any the dictionary holds of `_LONG_RUSSIAN` letters or
    more («клавишуTab», «значкаНазад»: the shape of the join says two words, and the commonness
    asked of halves cut from letters alone only keeps loanwords whole)."""
    from workbench.core.morphology import analyzer

    return _common_word(word) or (len(word) >= _LONG_RUSSIAN and analyzer().word_is_known(word))


@lru_cache(maxsize=_WORDS_KEPT)
def _common_word(word: str) -> bool:
    """Whether a Russian word is one pymorphy3's dictionary holds and common enough to be half of
    a join (`COMMON_ZIPF`; `SHORT_ZIPF` for two letters, none for one)."""
    from workbench.core.morphology import analyzer

    if len(word) < 2 or not analyzer().word_is_known(word):
        return False
    return _zipf(word) >= (SHORT_ZIPF if len(word) == 2 else COMMON_ZIPF)


@lru_cache(maxsize=_WORDS_KEPT)
def _zipf(word: str) -> float:
    """wordfreq's zipf frequency of a Russian word (imported on the first question: most
    translations never ask)."""
    from workbench.core.word_frequency import zipf

    return zipf(word, "ru")


def _prefixed_word(word: str) -> bool:
    """Whether pymorphy3 reads `word` as a prefix before a word of its dictionary («авто|обновление»,
    «супер|пользователем», «медиа|проигрыватель»): a compound, no join. A prefix before a piece it
    only guesses from its ending («до|полнительнымиповторениями») is no such reading: the word
    after the prefix is none."""
    from workbench.core.morphology import analyzer

    stack = [type(method[0]).__name__ for method in analyzer().parse(word)[0].methods_stack]
    return any("Prefix" in name for name in stack) and "DictionaryAnalyzer" in stack


LONG_HALF = 5
"""Letters each half of `_long_words_run_together`'s join holds at least: its second half may be as
rare as a participle of a technical text («сворачивающуюся», zipf 0), and so its first half must
be a whole inflected word, and long ones rarely are a piece of another."""
LEAD_ZIPF = 2.5
"""The zipf the first half of `_long_words_run_together`'s join needs («штрихов» 2.8, «добавлена»
3.4): common words, not the rare stems a compound opens with."""


@lru_cache(maxsize=_WORDS_KEPT)
def _long_words_run_together(word: str) -> tuple[str, str] | None:
    """Two long words of the dictionary run together where one is too rare for `_run_together`
    («количеству|штрихов», «дополнительными|повторениями»): the whole unknown to the dictionary and
    the web, no prefix compound (`_prefixed_word`), and the first half an inflected word no
    compound opens with — not a stem in «-о» or «-е» («жестко|линейный», «поздне|египетскую»), a
    numeral, an adverb, a preposition or a particle, nor a noun in the nominative singular
    («корона|вирусная», «водовоз|душного»: the stem of a compound noun or adjective)."""
    from workbench.core.morphology import analyzer

    morph = analyzer()
    if len(word) < 2 * LONG_HALF or morph.word_is_known(word) or _zipf(word) > 0 or _prefixed_word(word):
        return None
    for cut in range(LONG_HALF, len(word) - LONG_HALF + 1):
        first, second = word[:cut], word[cut:]
        if (morph.word_is_known(first) and morph.word_is_known(second) and _zipf(first) >= LEAD_ZIPF
                and not _compound_lead(first) and not _compound_adjective(first, second)):
            return first, second
    return None


def _compound_lead(word: str) -> bool:
    """Whether `word` may open a compound rather than stand as a word of its own
    (`_long_words_run_together`)."""
    from workbench.core.morphology import analyzer

    if word.endswith(("о", "е")):
        return True
    for p in analyzer().parse(word):
        if p.tag.POS in ("NUMR", "ADVB", "PREP", "PRCL", "CONJ"):
            return True
        if p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing":
            return True
    return False


_PREDICATE_LEADS = frozenset({"VERB", "PRTS", "INFN"})


@lru_cache(maxsize=_WORDS_KEPT)
def _capitalised_join(word: str) -> tuple[str, str] | None:
    """The two words a capitalised word runs together where its first is a predicate
    («Добавлена|сворачивающуюся»): a name never opens with a verb or a short participle, and a
    list item or a sentence often does. Other capitalised words are left alone (names: «Ценев»)."""
    from workbench.core.morphology import analyzer

    parts = _join(word.casefold())
    if parts is None:
        return None
    if not any(p.tag.POS in _PREDICATE_LEADS for p in analyzer().parse(parts[0])):
        return None
    return word[:len(parts[0])], word[len(parts[0]):]


@lru_cache(maxsize=_WORDS_KEPT)
def _noun_then_s(word: str) -> str | None:
    """The noun of `word` where it is a noun of the dictionary with «с» run on («вкладкус»,
    «командс», «прямоугольниковс»): the whole unknown to the dictionary and the web, the noun
    common enough (`LEAD_ZIPF`) and of four letters or more. `_preposition_run_on` asks the next
    word."""
    from workbench.core.morphology import analyzer

    morph = analyzer()
    if not word.endswith("с") or len(word) < 5 or morph.word_is_known(word) or _zipf(word) > 0:
        return None
    noun = word[:-1]
    if not morph.word_is_known(noun) or _zipf(noun) < LEAD_ZIPF - 0.5:
        return None
    return noun if all(p.tag.POS == "NOUN" for p in morph.parse(noun)) else None


def _preposition_run_on(word: str, target: str, end: int) -> tuple[str, str] | None:
    """«с» run into the noun before it (`_noun_then_s`) where the next word is in the instrumental,
    the case «с» governs for "with" («вкладкус графиком», «командс общими»): a typo that lost the
    space, not a word."""
    noun = _noun_then_s(word)
    if noun is None:
        return None
    following = _NEXT_WORD.match(target, end)
    if following is None:
        return None
    from workbench.core.morphology import analyzer

    if any(p.tag.case == "ablt" for p in analyzer().parse(following.group(1).casefold())):
        return noun, "с"
    return None
