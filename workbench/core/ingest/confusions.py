"""OCR's letter confusions: the common word an unknown token was before OCR misread it.

OCR misreads letters in typical ways: one letter read as two ("rn" for "m", "cl" for "d"),
look-alike letters swapped ("c" for "e", "b" for "h", "u" for "n", "l" for "t"), a digit for a
letter ("s0" for "so", "1" for "l"), a stray accent ("whistlé"), and now and then a letter
dropped or added ("fowers", "thei"). The word it leaves is usually no word at all: neither
wordfreq nor the Hunspell dictionaries the spelling check uses (nor, in Russian, pymorphy3's
dictionary) know it. This module says whether a token is such a non-word and which common word
it was, by a small noisy-channel model: the words within two typical confusions or one
arbitrary letter edit of the token, each scored by its frequency less the cost of the edits
that lead to it. `suspects` flags the token, with the word as the suggestion only when one
candidate clearly beats the others; the text itself is never changed.

A misread can also leave a word ("ts" for "is", "cf" for "of"): a rare known token of two
letters is flagged when one typical confusion turns it into one of the commonest words, a
thousand times commoner than itself. Longer real-word misreads ("arid" for "and", "tum" for
"turn") need the context, which this module does not read.

Only a common word (wordfreq) counts as a repair, and it must be far commoner than the token:
a rare unknown word (a name, a foreign word) is too far from any common one for a letter or
two to bridge. Russian, where wordfreq spreads a word over its dozens of forms, also takes any
form pymorphy3's dictionary knows, for a non-word of five letters or more that a typical
confusion or two explain («тлядели» for «глядели»).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from workbench.core.ingest.word_joining import Lexicon, begins_known_form, is_known_form

__all__ = ["Misreading", "confusion_repair", "document_repair", "is_non_word"]

_LATIN: tuple[tuple[str, str], ...] = (
    # one letter read as two, two as one
    ("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("li", "h"), ("h", "li"), ("ii", "u"),
    ("vv", "w"), ("cb", "ch"), ("in", "m"), ("ni", "m"),
    # look-alike letters
    ("c", "e"), ("e", "c"), ("c", "o"), ("o", "c"), ("b", "h"), ("h", "b"), ("u", "n"),
    ("n", "u"), ("a", "u"), ("l", "t"), ("t", "l"), ("f", "t"), ("t", "f"), ("i", "l"),
    ("l", "i"), ("i", "t"), ("t", "r"), ("f", "s"), ("s", "f"), ("rn", "ni"),
    # capitals, digits and accents
    ("T", "I"), ("I", "T"), ("I", "l"), ("l", "I"), ("1", "l"), ("1", "i"), ("1", "I"),
    ("0", "o"), ("0", "O"), ("5", "s"), ("é", "e"), ("è", "e"), ("ë", "e"), ("í", "i"),
)
"""(as OCR read it, as it was printed), for words in Latin letters: Tesseract's commonest
misreadings of Latin print, known before any page here was read."""

_LEARNED_LATIN: tuple[tuple[str, str, int], ...] = (
    ("c", "e", 15), ("e", "c", 6), ("A", "h", 3), ("t", "i", 3), ("T", "I", 3), ("d", "b", 3),
    ("i", "l", 2), ("m", "rn", 2), ("r", "f", 2), ("o", "0", 1), ("0", "o", 1), ("s", "r", 1),
    ("é", "e", 1), ("g", "t", 1), ("f", "i", 1), ("é", "b", 1), ("o", "e", 1), ("4", "a", 1),
    ("Af", "M", 1), ("f", "t", 1), ("x", "n", 1), ("ws", "m", 1), ("ro", "10", 1), ("2", "a", 1),
    ("go", "40", 1), ("I", "L", 1), ("t", "r", 1), ("ce", "œ", 1), ("é", "h", 1), ("a", "u", 1),
    ("1", "i", 1), ("b", "h", 1), ("u", "a", 1), ("l", "t", 1), ("n", "u", 1), ("o", "a", 1),
    ("é", "ë", 1), ("d", "l", 1), ("s", "o", 1), ("c", "o", 1), ("i", "t", 1), ("U", "ll", 1),
    ("o", "n", 1), ("u", "n", 1), ("eé", "œt", 1), ("é", "ê", 1), ("rr", "f", 1), ("u", "h", 1),
    ("g", "s", 1), ("f", "I", 1), ("f", "l", 1), ("ns", "ur", 1),
)
"""(as read, as printed, times) in the misread words of the OCR held-out pages (Tesseract 5.3
on four English books, `bench.ocr_heldout`), counted by `bench.fit_ocr_confusions`: the
confusions of one edit of a letter or two that turned a word into the token."""

_CYRILLIC: tuple[tuple[str, str], ...] = (
    ("н", "и"), ("и", "н"), ("п", "н"), ("н", "п"), ("и", "п"), ("п", "и"), ("ш", "щ"),
    ("щ", "ш"), ("ц", "щ"), ("ь", "ъ"), ("ъ", "ь"), ("ьі", "ы"), ("ьl", "ы"), ("ь1", "ы"),
    ("г", "т"), ("т", "г"), ("л", "п"), ("п", "л"), ("с", "е"), ("е", "с"), ("о", "с"),
    ("6", "б"), ("3", "з"), ("0", "о"), ("4", "ч"), ("ii", "и"), ("к", "х"), ("х", "к"),
)
"""The same for Russian: Tesseract's commonest misreadings of Cyrillic print."""

_LEARNED_CYRILLIC: tuple[tuple[str, str, int], ...] = (
    ("п", "л", 17), ("л", "д", 16), ("т", "г", 6), ("о", "е", 6), ("ш", "щ", 6), ("я", "л", 6),
    ("з", "в", 5), ("и", "н", 4), ("0", "о", 4), ("п", "д", 4), ("н", "п", 4), ("щ", "ш", 4),
    ("в", "н", 4), ("а", "о", 3), ("б", "с", 3), ("х", "к", 3), ("н", "в", 2), ("й", "и", 2),
    ("и", "ш", 2), ("а", "е", 2), ("и", "ц", 2), ("о", "с", 2), ("и", "в", 2), ("п", "в", 2),
    ("н", "л", 2), ("м", "л", 2), ("е", "о", 2), ("й", "п", 2), ("г", "т", 2), ("й", "н", 2),
    ("з", "л", 2), ("я", "и", 2), ("фа", "с", 1), ("я", "н", 1), ("ВВ", "вы", 1), ("а", "д", 1),
    ("з", "кр", 1), ("а", "я", 1), ("в", "и", 1), ("г", "и", 1), ("т", "ш", 1), ("б", "о", 1),
    ("т", "уж", 1), ("т", "л", 1), ("ню", "шо", 1), ("х", "л", 1), ("3", "З", 1), ("юе", "с", 1),
    ("и", "о", 1), ("ят", "ил", 1), ("им", "л", 1), ("в", "е", 1), ("ц", "д", 1), ("ие", "но", 1),
    ("ы", "е", 1), ("н", "и", 1), ("нг", "ш", 1), ("5", "о", 1), ("й", "ц", 1), ("06", "Об", 1),
    ("д", "л", 1), ("к", "в", 1), ("Зк", "ж", 1), ("й", "е", 1), ("е", "ю", 1), ("е", "с", 1),
    ("н", "ц", 1), ("вл", "ед", 1), ("м", "ши", 1), ("1", "в", 1), ("т", "го", 1), ("а", "в", 1),
    ("ё", "а", 1), ("5", "к", 1), ("я", "а", 1), ("ы", "ь", 1), ("из", "на", 1), ("н", "а", 1),
    ("ти", "ш", 1), ("ъ", "ь", 1), ("зю", "ша", 1), ("об", "се", 1), ("вй", "н", 1),
    ("й", "л", 1), ("л", "т", 1), ("М", "И", 1), ("в", "щ", 1), ("ь", "о", 1), ("от", "ег", 1),
    ("е", "С", 1), ("я", "в", 1), ("с", "о", 1), ("З", "б", 1), ("н", "д", 1), ("х", "д", 1),
    ("зн", "ш", 1), ("п", "н", 1),
)
"""(as read, as printed, times) in the misread words of the Russian OCR pages (Tesseract 5 `rus`
on four typeset Russian books, `bench.ocr_heldout --lang ru`), counted by
`bench.fit_ocr_confusions --lang ru`."""

_ALPHABETS = {"en": "abcdefghijklmnopqrstuvwxyz", "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"}
"""The letters an arbitrary edit may put in or take out."""

# The costs of the edits, in zipf units (a repair scores its word's frequency less the cost of
# the edits that lead to it). Picked on the held-out pages: of the settings that find no fewer
# misread words, the one with the most right suggestions that still gives this module's tests
# their words (typical 1.0-2.0, seen once 1.5-2.5, arbitrary 3.0-4.0, clear win 0.5-1.0 tried).
_TYPICAL_COST = 1.5
"""A confusion known before (the tables above) or seen twice or more on the held-out pages."""
_SEEN_ONCE_COST = 2.0
"""A confusion seen once on the held-out pages: likely, but one case may be chance."""
_ANY_EDIT_COST = 4.0
"""Any one letter replaced, dropped or added: OCR does it, but a word has many such
neighbours, so it must be some three hundred times commoner than a typical confusion's word to
win ("pcer" is "peer", a typical c/e, not "per", a dropped letter)."""
_ANY_EDIT = ("?", "?")
"""What an arbitrary edit is called among the candidates: it may win the suggestion, but a
token is suspected only when a typical confusion makes it a word, as names ("Carew", "Belus")
and old spellings ("greate", "holye") are one arbitrary edit from a word as often as OCR's
slips are."""
_BUDGET = 2 * _TYPICAL_COST
"""The most two confusions may cost together: two typical ones (one seen once is too uncertain
to pair with another)."""
_CLEAR_WIN = 1.0
"""How far (frequency less cost) the best repair must lead the next to be suggested: "lcad" is
"lead" or "load" (c/e and c/o), so neither."""

_COMMON_ZIPF = 3.0
"""How common the repaired word must be (a word in some ten thousand): rarer repairs of an
unknown word guess too much."""
_LONG = 7
_LONG_STEP_ZIPF = 0.25
_RARE_FLOOR_ZIPF = 1.5
"""A longer token has fewer neighbours by chance: from seven letters on, each letter lowers
the needed frequency by a quarter (down to 1.5: "cognoscenti" for "cognoscentt")."""
_TWO_CONFUSIONS_SHORTEST = 5
"""Two confusions in a shorter token change half of it ("eate" is then "care")."""
_ANY_EDIT_SHORTEST = 4
"""Shorter tokens are next to too many words for an arbitrary edit to mean anything."""
_ANY_EDIT_LONGEST = 20
_MARGIN_ZIPF = 2.0
"""How much commoner than the token the repair must be. wordfreq lists OCR debris from the web
("fn" 3.4, "Tt" 3.6): a token that common, unknown to Hunspell, is still flagged when its repair
is a hundred times commoner ("in" 7.3, "It" 7.0)."""
_SHORT = 3
_SHORT_MARGIN_ZIPF = 3.0
"""A token of up to three letters is one letter away from dozens of words ("dic", "hof", "mc"
are abbreviations and foreign words): its repair must be a thousand times commoner."""
_REAL_WORD_ZIPF = {"en": {2: 4.0}, "ru": {2: 4.0, 3: 3.5}}
_REAL_WORD_REPAIR_ZIPF = 6.5
_REAL_WORD_MARGIN_ZIPF = 3.0
"""A known word of two letters and up to zipf 4 ("ts" 3.7, "cf" 3.9), or in Russian of three
and up to zipf 3.5 («ках», «вое», «ето»), is taken for a misread when one typical confusion
makes it one of the commonest words (zipf 6.5 or more: "is", "of", «как», «все», «его»), a
thousand times commoner. Russian's commonest words are of three letters and its rare ones of
three are few; English has old ones one confusion from its commonest ("yon", "bis"), and on
the English OCR pages three letters found nothing more. Longer and rarer repairs of a real word
("tum" for "turn") are out of reach without the context."""
_KNOWN_ZIPF = 3.0
"""A token wordfreq lists this often is a word if Hunspell knows it too, or ends like one."""
_FORM_SHORTEST = 5
"""From this many letters on, a Russian non-word is a misread when a typical confusion or two
make it any form pymorphy3's dictionary knows, however rare: wordfreq spreads a Russian word's
frequency over its dozens of inflected forms, and «глядели», «лучистыми» are too rare as forms to
be the common words a repair needs («тлядели», «пучистыми»). Shorter tokens have too many
neighbours among the forms."""
_DOCUMENT_SHORTEST = 4
_DOCUMENT_USES = 3
"""A word the document uses three times or more, three times as often as a token one typical
confusion away, is what that token was (`document_repair`); shorter tokens are next to too
many of the document's words."""
_LONGEST = 40
"""Longer tokens are not read for repairs (the commonest words are far shorter)."""
_SHORTEST = 2


@dataclass(frozen=True)
class Misreading:
    """What OCR probably did to a token."""

    word: str | None
    """The word it was, or None when several words fit about as well."""
    read: str
    """The letters as OCR read them ("tb" for "th")..."""
    printed: str
    """...and as they were printed; both "" when the repair is two confusions or a letter
    replaced, dropped or added that is no typical confusion."""
    real_word: bool
    """The token is itself a word ("ts" for "is")."""


def _with_capitals(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The pairs, and the capitals' pairs of those in lowercase letters ("Н" read for "И")."""
    capitals = tuple(
        (read.upper(), printed.upper()) for read, printed in pairs
        if read.isalpha() and read.islower() and printed.isalpha() and printed.islower()
    )
    return pairs + capitals


def _costs(known: tuple[tuple[str, str], ...],
           learned: tuple[tuple[str, str, int], ...]) -> dict[tuple[str, str], float]:
    costs = {pair: _SEEN_ONCE_COST for pair in _with_capitals(
        tuple((read, printed) for read, printed, times in learned if times == 1))}
    typical = known + tuple((read, printed) for read, printed, times in learned if times > 1)
    costs.update((pair, _TYPICAL_COST) for pair in _with_capitals(typical))
    return costs


def _by_read(costs: dict[tuple[str, str], float]) -> dict[str, tuple[tuple[str, float], ...]]:
    grouped: dict[str, list[tuple[str, float]]] = {}
    for (read, printed), cost in costs.items():
        grouped.setdefault(read, []).append((printed, cost))
    return {read: tuple(pairs) for read, pairs in grouped.items()}


_BY_READ = {
    "en": _by_read(_costs(_LATIN, _LEARNED_LATIN)),
    "ru": _by_read(_costs(_CYRILLIC, _LEARNED_CYRILLIC)),
}
"""Letters as read -> (as printed, cost) of each confusion."""
_MOST_SHORTENED = max(len(read) - len(printed) for pairs in _BY_READ.values() for read, printed_costs in pairs.items()
                      for printed, _cost in printed_costs)
"""The most letters one confusion undone takes off a token ("rn" read for "m": one)."""
_READ_LENGTHS = tuple(range(1, 1 + max(len(read) for pairs in _BY_READ.values() for read in pairs)))
"""How many letters a confusion reads."""


def is_non_word(token: str, lexicon: Lexicon) -> bool:
    """Is `token` (letters, perhaps a digit or an accent) no word at all: unknown to
    Hunspell's dictionary and to pymorphy3's (Russian) and no common inflection of a word?"""
    return _non_word(token, lexicon.lang)


def confusion_repair(token: str, lexicon: Lexicon) -> Misreading | None:
    """What OCR did to `token` when it is no word and a word within a typical misreading is
    common, or when it is a rare word one typical confusion away from a very common one; None
    otherwise."""
    if not _SHORTEST <= len(token) <= _LONGEST:
        return None
    return _repair(token, lexicon.lang)


def document_repair(token: str, lexicon: Lexicon, uses: Callable[[str], int]) -> Misreading | None:
    """What OCR did to `token`, a non-word no word list holds, when one typical confusion makes
    it a word the document itself uses (`uses`: casefolded word -> occurrences)
    `_DOCUMENT_USES` times or more, and that many times as often as the token: a name read
    wrong («Ванюща» in a story of «Ванюша»), too rare for the word lists. A token wordfreq
    lists is some text's word, unknown to the dictionaries as names are: "Bollywood" in a text
    on Hollywood, "Dutton" beside "button"."""
    variants = _document_variants(token, lexicon.lang)
    if not variants:
        return None
    least = max(_DOCUMENT_USES, _DOCUMENT_USES * uses(token.casefold()))
    best = max(((uses(candidate.casefold()), candidate, read, printed)
                for candidate, read, printed in variants), default=None)
    if best is None or best[0] < least:
        return None
    return Misreading(best[1], best[2], best[3], real_word=False)


@lru_cache(maxsize=65536)
def _document_variants(token: str, lang: str) -> tuple[tuple[str, str, str], ...]:
    """What one typical confusion undone makes of `token`, when it is a non-word no word list
    holds: (candidate, as read, as printed); none for any other token, which is most."""
    if (not _DOCUMENT_SHORTEST <= len(token) <= _LONGEST or Lexicon(lang).zipf(token)
            or not _non_word(token, lang)):
        return ()
    variants = (
        (token[:at] + printed + token[at + len(read):], read, printed)
        for at, read, printed, cost in _matches(token, lang) if cost <= _TYPICAL_COST
    )
    return tuple(variant for variant in variants if _plausible_case(variant[0]))


@lru_cache(maxsize=65536)
def _repair(token: str, lang: str) -> Misreading | None:
    lexicon = Lexicon(lang)
    own = lexicon.zipf(token)
    if not _non_word(token, lang):
        return _real_word_repair(token, own, lexicon)
    margin = _SHORT_MARGIN_ZIPF if len(token) <= _SHORT else _MARGIN_ZIPF
    floor = max(_RARE_FLOOR_ZIPF, _COMMON_ZIPF - _LONG_STEP_ZIPF * max(0, len(token) - _LONG + 1))
    needed = max(floor, own + margin) if own else floor
    found = _confusions(token, lexicon, needed)
    if not found and lang == "ru" and len(token) >= _FORM_SHORTEST and token.isalpha():
        found = _confusions(token, lexicon, needed, forms=True)
    if not found:
        return None
    if _ANY_EDIT_SHORTEST <= len(token) <= _ANY_EDIT_LONGEST:
        for edited in _any_edits(token, lang):
            _keep(found, edited, _ANY_EDIT_COST, _ANY_EDIT, token, lexicon, max(needed, _COMMON_ZIPF))
    scored = sorted(
        ((lexicon.zipf(word) - cost, word, edit) for word, (cost, edit) in found.items()),
        reverse=True,
    )
    score, word, (read, printed) = scored[0]
    clear = len(scored) == 1 or score - scored[1][0] >= _CLEAR_WIN
    return Misreading(word if clear else None, read, printed, real_word=False)


def _real_word_repair(token: str, own: float, lexicon: Lexicon) -> Misreading | None:
    if own > _REAL_WORD_ZIPF["ru" if lexicon.lang == "ru" else "en"].get(len(token), 0.0):
        return None
    needed = max(_REAL_WORD_REPAIR_ZIPF, own + _REAL_WORD_MARGIN_ZIPF)
    best = max(
        ((lexicon.zipf(word), word, edit)
         for word, (cost, edit) in _one_confusion(
             token, lexicon, needed, _matches(token, lexicon.lang)).items()
         if cost <= _TYPICAL_COST),
        default=None,
    )
    if best is None:
        return None
    return Misreading(best[1], *best[2], real_word=True)


def _matches(token: str, lang: str) -> list[tuple[int, str, str, float]]:
    """Where each table confusion could be undone in `token`: (at, read, printed, cost), in
    order of place."""
    by_read = _BY_READ["ru" if lang == "ru" else "en"]
    return [
        (at, token[at:at + length], printed, cost)
        for at in range(len(token))
        for length in _READ_LENGTHS
        for printed, cost in by_read.get(token[at:at + length], ()) if at + length <= len(token)
    ]


def _one_confusion(token: str, lexicon: Lexicon, least: float,
                   matches: list[tuple[int, str, str, float]],
                   forms: bool = False) -> dict[str, tuple[float, tuple[str, str]]]:
    """Each word of zipf `least` or more that one table confusion undone (of `matches`) makes
    of `token`, at its cheapest."""
    found: dict[str, tuple[float, tuple[str, str]]] = {}
    for at, read, printed, cost in matches:
        if not _begins(token[:at], lexicon, forms):
            break  # the matches come in order of place: the later ones keep this prefix
        _keep(found, token[:at] + printed + token[at + len(read):], cost, (read, printed), token,
              lexicon, least, forms)
    return found


def _confusions(token: str, lexicon: Lexicon, least: float,
                forms: bool = False) -> dict[str, tuple[float, tuple[str, str]]]:
    """Every word of zipf `least` or more within `_BUDGET` of `token`: one table confusion
    undone, or two at
    separate places in a token of five letters or more; each at its cheapest, with the
    confusion undone ("", "" for two). Two confusions never rewrite the same letters ("s" read
    for "f" read for "t" is no misreading). A pair is made only while some word begins with its
    letters so far: a long token dense with confusable letters has thousands of pairs (a
    40-letter one some 3,000, 16 ms of CPU in Russian), and nearly all go astray within a few
    letters."""
    if not forms and len(token) - 2 * _MOST_SHORTENED > lexicon.longest_word():
        return {}  # every word of the list is shorter than anything two confusions make of it
    matches = _matches(token, lexicon.lang)
    found = _one_confusion(token, lexicon, least, matches, forms)
    if len(token) >= _TWO_CONFUSIONS_SHORTEST:
        for n, (at, read, printed, cost) in enumerate(matches):
            if not _begins(token[:at], lexicon, forms):
                break  # the matches come in order of place: the later ones keep this prefix
            head = token[:at] + printed
            if not _begins(head, lexicon, forms):
                continue
            for later, later_read, later_printed, more in matches[n + 1:]:
                if later < at + len(read) or cost + more > _BUDGET:
                    continue
                kept = head + token[at + len(read):later]
                if not _begins(kept, lexicon, forms):
                    break  # a later place only lengthens the letters kept
                _keep(found, kept + later_printed + token[later + len(later_read):], cost + more,
                      ("", ""), token, lexicon, least, forms)
    return found


def _begins(prefix: str, lexicon: Lexicon, forms: bool) -> bool:
    """Could a word `_keep` takes begin with `prefix`?"""
    return lexicon.begins_word(prefix) or forms and begins_known_form(prefix, lexicon)


def _keep(found: dict[str, tuple[float, tuple[str, str]]], candidate: str, cost: float,
          edit: tuple[str, str], token: str, lexicon: Lexicon, least: float,
          forms: bool = False) -> None:
    """Keep `candidate` if it is a word of zipf `least` or more (or, `forms`, a form the
    dictionary knows, however rare), new or cheaper than before.
    Strings that differ in case only are one word ("is" and "Is" for "1s"): the one in the
    token's case is kept."""
    if not _plausible_case(candidate) or lexicon.zipf(candidate) < least and not (
        forms and is_known_form(candidate, lexicon)
    ):
        return
    key = candidate.casefold()
    held = next((other for other in (key, key.capitalize(), key.upper()) if other in found), None)
    if held is None:
        found[candidate] = (cost, edit)
    elif cost < found[held][0] or (cost == found[held][0] and _case_of(held) != _case_of(token)
                                   and _case_of(candidate) == _case_of(token)):
        del found[held]
        found[candidate] = (cost, edit)


def _case_of(word: str) -> str:
    letters = [char for char in word if char.isalpha()]
    if not letters or letters[0].islower():
        return "lower"
    return "upper" if all(char.isupper() for char in letters) else "title"


def _any_edits(token: str, lang: str) -> list[str]:
    """`token` with one letter replaced, dropped or added (lowercase letters of its script)."""
    alphabet = _ALPHABETS["ru" if lang == "ru" else "en"]
    edits = [token[:at] + token[at + 1:] for at in range(len(token))]
    for at in range(len(token) + 1):
        edits += [token[:at] + letter + token[at:] for letter in alphabet]
    for at in range(len(token)):
        edits += [token[:at] + letter + token[at + 1:] for letter in alphabet if letter != token[at]]
    return edits


def _plausible_case(word: str) -> bool:
    """A repair keeps one case or a capital first: "Daniel", "It", "SO", never "DanieL"."""
    return word.islower() or word.isupper() or word[:1].isupper() and word[1:].islower() or not any(
        char.isalpha() for char in word[1:]
    )


@lru_cache(maxsize=65536)
def _non_word(token: str, lang: str) -> bool:
    lexicon = Lexicon(lang)
    zipf = lexicon.zipf(token)
    if zipf >= _KNOWN_ZIPF + _MARGIN_ZIPF:
        return False
    if zipf >= _KNOWN_ZIPF and is_known_form(token, lexicon):
        return False
    if lang == "ru" and token.isalpha() and (
        is_known_form(token, lexicon) or "ё" in token.lower()
        and is_known_form(token.lower().replace("ё", "е"), lexicon)
    ):
        return False  # print sets «е» for «ё», and OCR reads «е» with a speck as «ё» («хотёл»)
    dictionary = _hunspell(lang)
    if dictionary is None:
        return zipf < _KNOWN_ZIPF and not is_known_form(token, lexicon)
    return not any(_spelt(dictionary, form) for form in {token, token.lower(), token.capitalize()})


def _spelt(dictionary: Any, word: str) -> bool:
    try:
        return bool(dictionary.spell(word))
    except UnicodeError:  # a letter the dictionary's 8-bit encoding lacks: not its word
        return False


@lru_cache(maxsize=4)
def _hunspell(lang: str) -> Any | None:
    """The Hunspell dictionary the spelling check uses, loaded on first use (it is not needed
    to open a project)."""
    from workbench.core.spelling import hunspell_for

    return hunspell_for(lang) if lang in ("en", "ru") else None
