"""Suspect words: OCR garbage found in cleaned text, with a likely repair.

OCR damages words in a few typical ways: a stray symbol or digit inside a word
("bou_rgeois", "W0rkers"), case mixed inside a word ("WtXsaccountable"),
Latin and Cyrillic look-alike letters mixed ("рабочиe"), words run together
("thestate"), and above all look-alike letters misread ("prophctic", "Napolcon",
"rnorning": `confusions`). Cleanup never changes such a word silently: this module
finds them, says why each looks wrong and suggests the likely word, as `OcrFinding`s
the translator sees beside the text, which stays as it was.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from workbench.core.ingest.confusions import (
    Misreading,
    confusion_repair,
    document_repair,
    is_non_word,
)
from workbench.core.ingest.word_joining import (
    CYRILLIC_LANGUAGES,
    LETTERS,
    DocumentWords,
    Lexicon,
    glued_split,
    is_function_word,
    is_known_form,
    is_known_hyphenated,
)

__all__ = ["MOST_UNKNOWN_WORDS", "OcrFinding", "UnknownWords", "doubtful_hyphens", "find_ocr_suspects",
           "garbage_message"]


@dataclass(frozen=True)
class OcrFinding:
    """A token that looks like OCR damage, left as it is in the text."""

    start: int
    """Start of the token in `Paragraph.text` (character offset)."""
    end: int
    """End of the token in `Paragraph.text` (exclusive)."""
    token: str
    """The suspect token as it stands in the text."""
    suggestion: str | None
    """Likely correction ("bourgeois" for "bou_rgeois"), or None when nothing is likely."""
    message: str
    """Plain words for the translator:
    "suspected OCR garbage 'bou_rgeois' (...); did you mean 'bourgeois'?"."""


_TERM_REPEATS = 2
"""OCR garbage is accidental and rarely repeats exactly; an odd-looking word the document
uses twice is a term (NEPmen, formatters). Stray symbols and digits are flagged regardless."""

_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0430-\u044f\u0451"
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0410-\u042f\u0401"
_LATIN = "a-zA-Z\u00c0-\u024f"
_CYRILLIC = "\u0400-\u04ff"
# Characters that have no business between two letters of a word.
_ODD = (
    r"_|$#%^*+=<>~\\@\u00a2-\u00a9\u00ab-\u00b1\u00b4-\u00b8\u00bb-\u00bf"
    r"\u00d7\u00f7\u2022\u2122\u2020\u2021\u00ac"
)
# Shapes of OCR damage, as separate scans: one alternation is slower than all of them.
_ODD_INSIDE = re.compile(rf"[{_ODD}\d]+(?={LETTERS})")  # bou_rgeois, W0rkers (if after a letter)
_CASE_INSIDE = re.compile(rf"[{_LOWER}][{_UPPER}]|[{_UPPER}]{{2}}[{_LOWER}]{{2}}")  # WtXs, XSacc...
_SCRIPT_MIX = re.compile(rf"[{_LATIN}][{_CYRILLIC}]|[{_CYRILLIC}][{_LATIN}]")  # рабочиe, Latin e
_ANY_CYRILLIC = re.compile(f"[{_CYRILLIC}]")
_ANY_LATIN = re.compile("[a-zA-Z]")
_LONG_LOWERCASE_WORD = re.compile(rf"(?<![\w\-'\u2019])[{_LOWER}]{{5,}}(?![\w\-'\u2019])")
_SHORT_WORD = re.compile(rf"[{_UPPER}{_LOWER}][{_LOWER}]{{1,3}}")
_SHORT_GLUED_PART_ZIPF = 5.0
_SHORT_GLUED_SUM_ZIPF = 12.0
"""How common each of two short words run together must be, and the two together ("Iam", "Ifa",
«ябы», «Ужя»): the commonest words only, as `glued_split` asks of longer ones. The sum keeps
out halves of broken words that an abbreviation or a rare reading makes two words of («ство»
is no «ст во», «гово» no «го во»); picked on the OCR sets' pages."""
_ONE_LETTER_PARTS = {"en": (frozenset("I"), frozenset("a")),
                     "ru": (frozenset("аАиИяЯвВкКоОсСуУ"), frozenset("аиявкосу"))}
"""The one-letter words that glue on to another short one, before it and after it. In English,
"I" before a word and in capitals only ("ihe" is a misread "the", not "i he"), "a" after one
("Ifa"): a word after "a" is a noun, rarely one of the commonest ("ato" is no "a to")."""
MOST_UNKNOWN_WORDS = 30_000
"""Words no dictionary knows, each once in the document, whose letters one document's cleanup
judges at most (hardening, round 26). Judging such a word is a search of the confusions that
could have made it (1-3 ms of CPU for a short Russian one): the Russian OCR held-out pages leave
one in 13-20 of their words, some 7,000 in a 400-page book, while 16 MB of made-up words (a word list of another language, a file of codes, garbage) held
an import some 12 minutes. Past the budget a word is judged by its shape only (stray marks,
case, scripts mixed) and the import says how many were not."""


class UnknownWords:
    """How many of one document's words no dictionary knows were judged by their letters, and
    how many were left unjudged once `MOST_UNKNOWN_WORDS` were (`find_ocr_suspects`)."""

    def __init__(self, most: int | None = None) -> None:
        self.most = MOST_UNKNOWN_WORDS if most is None else most
        self.judged = 0
        self.unjudged = 0

    @property
    def spent(self) -> bool:
        return self.judged >= self.most


_POSSESSIVE = re.compile(r"['\u2019]s?$")
_NAMED_CONFUSIONS = {("rn", "m"), ("cb", "ch"), ("vv", "w")}
"""Confusions whose finding names the letters ("'rn' read for 'm'"); any other is "a letter
OCR often misreads"."""
_WORDLIKE = re.compile(r"[^\W_]{2,}")
"""Runs of letters and digits: where a misread letter may hide ("Napolcon", "s0")."""
_CONTEXT_WORDS = 2
_CONTEXT_CHARS = 80
_STRANGE_COMPANY = 2
"""How many of the `_CONTEXT_WORDS` words each side of a misread-letter suspect may be strange
before the suspect is taken for a foreign word or a name among others."""
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\u2026:;\-\u2013\u2014])[\s\"'(\[\u00ab\u201c\u201e\u2018`_*]*$")
"""What the text before a word ends in when the word opens a sentence (or a line of dialogue,
after its dash): there a capital says nothing of a name."""
_BROKEN_AT_END = re.compile("[-\u2010\u00ac]+[\\s`_']*$")
"""A word that ends its paragraph in a hyphen is the first half of a word whose rest the
cleanup could not find (another page, after a footnote): its letters are no word, and a repair
of them is no guess worth showing («чувстви-» is no «чувство»); so is the first word of the
paragraph after."""
_OPENING_FRAGMENT = re.compile(r"[\W_]*")
"""What may stand before the first word of a paragraph: specks and marks only."""
_OPENING_MARKS = 16
"""How far back `_SENTENCE_OPENS` looks: the stop and the spaces and quotes after it, never the
whole paragraph before each capitalised word."""
_NAME_REPAIR_ZIPF = 3.0
"""How common a repair of a capitalised word inside a sentence must be to outweigh the name it
may be."""
_DASHES = ("--", "\u2013", "\u2014")
_TOKEN_END = re.compile("|".join([" ", *_DASHES]))
"""Where a suspect token ends: a space, an en or em dash, or a dash typed as two hyphens."""
_TOKEN_BOUNDARY = re.compile("[ \u2013\u2014]|-(?=-)")
"""`_TOKEN_END` found at every place it starts, overlapping ones too (`---` holds two `--`)."""
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
"""An inline markup tag kept in a plain text (`<i>Psilopa</i>`, `<br/>` of an HTML export): its
angle brackets against a word are the document's markup, not OCR's stray symbols."""
_MARK_BETWEEN = re.compile(rf"{LETTERS}[.\u2018\u2019`'\-\u2010][{_LOWER}]")
"""Where a mark stands between two words in place of a space: a cheap scan for
`_words_with_mark_between`."""
_MARKED_PAIR = re.compile(rf"({LETTERS}+)([.\u2018\u2019`'\-\u2010])({LETTERS}+)")
_HYPHEN_PREFIXES = frozenset({"по", "во", "кое", "кой"})
"""Prefixes Russian writes with a hyphen before words of any kind («по-докторски»,
«во-первых», «кое-где»): the dictionary lists only some of the words they make."""
_HYPHENED_PARTICLES = frozenset({"то", "либо", "нибудь", "ка", "кась", "таки", "де", "дескать",
                                 "с", "тка", "тко", "ста"})
"""The particles Russian spelling joins to the word before with a hyphen («он-то», «подите-ка»,
«всё-таки», «да-с»): a closed list. pymorphy3 reads «не» and «и» as particles too, but no hyphen
joins them («ее-не», «кисти-и» are a speck read for the space)."""
_PAIR_SHORTEST = 3
"""The fewest letters of the two words together: «т.е», «т.д» are abbreviations."""
_UNREADABLE_SHORTEST = 3
"""Letters of the shortest `_unreadable` word: shorter ones are too often abbreviations."""
_UNREADABLE = "no word, among words no dictionary knows"
"""The reason of an `_unreadable` word's finding."""
_SPACED = "a mark between two words where a space belongs"
"""The reason of a `_words_with_mark_between` finding."""
_EDGE_ODD = r"|\u00a2-\u00a4\u00a6\u00a9\u00ae^~\\"
"""Marks no word begins or ends with, that OCR reads from a speck against a word («мои$»,
"¢e.", "|t"): a subset of `_ODD`, without the signs text sets at a word's edge ("word*", "C#",
"+", "%", "°", "_italics_"); "$" only after a lowercase letter (US$ is a currency)."""
_ODD_AT_EDGE = re.compile(
    rf"(?<!\S)[{_EDGE_ODD}$]+(?={LETTERS})|(?<={LETTERS})[{_EDGE_ODD}{{]+(?![^\s.,;:!?)\u00bb\u201d\"'])"
    rf"|(?<=[{_LOWER}])\$+(?![^\s.,;:!?)\u00bb\u201d\"'])"
)
_EDGE_MARK = re.compile(rf"[{_EDGE_ODD}${{]")
"""A cheap scan for the marks `_ODD_AT_EDGE` looks for: most paragraphs have none."""
_EDGE_REASON = "a stray symbol at a word's edge"
_SPECK_BEFORE = re.compile(rf"(?<!\S)_+(?={LETTERS})")
"""A speck read as "_" before a word («_его», at a line's start); not in a document that sets
its italics in underscores ("_word_": `DocumentWords.underscore_markup`)."""
_SPECK_REASON = "a speck read before a word"
_LETTERED_NUMBER = re.compile(r"(?<![\w.,])(\d[0-9oOlI]+)(st|nd|rd|th|s)?(?!\w)")
"""A number OCR read partly as letters ("2oth" for 20th, "l" and "I" for 1, "o" and "O" for 0):
only from a digit on, as "O2" and "I2" are formulas."""
_NUMBER_LOOKALIKES = str.maketrans("oOlI", "0011")
_NUMBER_REASON = "letters read for digits in a number"
_DROP_CAP = re.compile(rf"[\"'(\[\u00ab\u201c\u201e\u2018]*([{_UPPER}]{{2,}})(?=[\s\-\u2010,;:.!?]|$)")
"""The first word of a paragraph in capitals: where a book sets its opening letter as a large
initial the OCR often loses ("ISHERMEN generally", "OOD-LUCK is")."""
_GOES_ON_LOWER = re.compile(rf"\S*\s+[^\w\s]*[{_LOWER}]")
"""What follows a lost drop capital's word: the sentence in lowercase, not a title in capitals
("ORLEY FARM")."""
_DROP_CAP_ZIPF = 3.0
"""How common the word with its initial restored must be."""
_DROP_CAP_REASON = "the large opening letter lost"
_HOMOGLYPHS_TO_CYRILLIC = str.maketrans("aceopxyACEHKMOPTXBy", "асеорхуАСЕНКМОРТХВу")
_HOMOGLYPHS_TO_LATIN = str.maketrans("асеорхуАСЕНКМОРТХВ", "aceopxyACEHKMOPTXB")
_ALPHABETS = {
    "en": "abcdefghijklmnopqrstuvwxyz",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}


def find_ocr_suspects(
    text: str, lang: str, document: DocumentWords | None = None, continued: bool = False,
    unknown: UnknownWords | None = None, misreadings: bool = True,
) -> tuple[OcrFinding, ...]:
    """Suspected OCR garbage in one cleaned paragraph `text`.

    The whole `document`'s words let a term it uses again and again (NEPmen) pass as a word,
    and a name it inflects, each form of it once or twice («Марьянка», «Марьянку»).
    `continued`: the paragraph before ended in a hyphen, so the first word here is the rest of
    a broken word («ка-» / «жется»), as `_BROKEN_AT_END` says of the last. `unknown`, the
    document's tally of the words no dictionary knows (`UnknownWords`), bounds how many of them
    its paragraphs judge by their letters. `misreadings`: the text may have been scanned
    (`reflow.Layout.printed`), so a rare word may be a common one with letters misread
    ("début", «Фокса» among names no dictionary knows) or two run together when a space was
    read as none; a born-digital text's rare words are names, loans and coinages («соопределения»
    in a machine translation: the spelling check's to flag), and only its damaged shapes (a
    stray symbol or digit inside a word, mixed scripts) are suspect there.
    """
    lexicon = Lexicon.for_tag(lang)
    document = document if document is not None else DocumentWords("")
    counts = document.counts
    # Tags become spaces of their length: offsets stay the text's, and a word in italics is
    # read as the word it is ("<i>Psi1opa</i>" is still found, as 'Psi1opa').
    text = _MARKUP.sub(lambda tag: " " * len(tag.group()), text)
    # Cheap scans find the few tokens worth a closer look.
    positions = [
        m.start() for m in _ODD_INSIDE.finditer(text) if text[m.start() - 1 : m.start()].isalpha()
    ]
    positions += [m.start() for m in _CASE_INSIDE.finditer(text)]
    if _ANY_CYRILLIC.search(text) and _ANY_LATIN.search(text):
        positions += [m.start() for m in _SCRIPT_MIX.finditer(text)]
    if lexicon.lang in CYRILLIC_LANGUAGES:
        positions += [m.start() + 1 for m in _MARK_BETWEEN.finditer(text)]
    if misreadings:
        positions += [m.start() for m in _LONG_LOWERCASE_WORD.finditer(text)
                      if _glued(m.group(), lexicon.lang)]
    misread: dict[str, Misreading | None] = {}  # a paragraph repeats its words: judged once
    strange: dict[str, bool] = {}
    glued: dict[str, bool] = {}
    repaired: dict[str, Misreading] = {}  # by the document's own words (`document_repair`)
    unreadable: list[int] = []
    for m in _WORDLIKE.finditer(text):
        word = m.group()
        if word not in misread:
            misread[word], strange[word], glued[word], by_document = _paragraph_word(word, lexicon, counts, unknown)
            if not misreadings:
                misread[word], strange[word], glued[word], by_document = None, False, False, None
            if by_document is not None:
                repaired[word] = by_document
        found = misread[word]
        if word in repaired or found is not None and _misread_here(
            found, text, m, continued, document, lexicon
        ):
            positions.append(m.start())
        elif (strange[word] and _among_strange_words(text, m.start(), m.end(), lexicon)
              and not _inflected_term(word, document, lexicon)):
            positions.append(m.start())
            unreadable.append(m.start())
        elif glued[word] and (
            word.islower()
            or _SENTENCE_OPENS.search(text, max(0, m.start() - _OPENING_MARKS), m.start())
        ) and not _among_strange_words(text, m.start(), m.end(), lexicon):
            positions.append(m.start())  # two short words run together: "Iam", «Ужя»
    positions += _odd_at_edges(text)
    findings = _shaped_findings(text, lexicon, document)
    taken = [(f.start, f.end) for f in findings]
    spans = _token_spans(text, positions)
    for start, end in sorted(spans):
        if any(start < stop and begin < end for begin, stop in taken):
            continue
        token = text[start:end]
        diagnosis = _diagnose(token, lexicon, counts) or _repaired_by_document(token, repaired)
        # `unreadable` is in text order: one bisection, where reading it all for each span made a
        # paragraph of 10,000 words no dictionary knows 10^8 steps (hardening, round 24)
        if diagnosis is None and (at := bisect_left(unreadable, start)) < len(unreadable) and unreadable[at] < end:
            diagnosis = _UNREADABLE, None
        if diagnosis is None:
            continue
        reason, suggestion = diagnosis
        findings.append(OcrFinding(start, end, token, suggestion,
                                   garbage_message(token, reason, suggestion)))
    return tuple(sorted(findings, key=lambda f: f.start))


def _paragraph_word(
    word: str, lexicon: Lexicon, counts: Counter[str], unknown: UnknownWords | None
) -> tuple[Misreading | None, bool, bool, Misreading | None]:
    """Of a word of a paragraph: what OCR did to it, whether it is `_unreadable`, whether it is two
    short words run together, and the repair by the document's own words (also the first) if that
    is where the repair came from. A word all digits is none of these, and so is a word no
    dictionary knows once `unknown` is spent."""
    if word.isdigit():
        return None, False, False, None
    rare = counts[word.casefold()] < _TERM_REPEATS
    if rare and unknown is not None and unknown.spent:
        unknown.unjudged += 1
        return None, False, False, None
    word_lang, repair, strange, unlisted = _judged(word, lexicon.lang, rare)
    if rare and unknown is not None and is_non_word(word, Lexicon(word_lang)):
        unknown.judged += 1
    glued = (rare and _SHORT_WORD.fullmatch(word) is not None and (repair is None or repair.word is None)
             and _short_glued(word, lexicon.lang) is not None)
    if repair is None and unlisted:
        by_document = document_repair(word, Lexicon(word_lang), counts.__getitem__)
        if by_document is not None:
            return by_document, strange, glued, by_document
    return repair, strange, glued, None


def _finding(text: str, start: int, end: int, reason: str, suggestion: str | None) -> OcrFinding:
    token = text[start:end]
    return OcrFinding(start, end, token, suggestion, garbage_message(token, reason, suggestion))


def _odd_at_edges(text: str) -> list[int]:
    """Where `_ODD_AT_EDGE` marks stand, scanned for only in a paragraph that has such a mark."""
    return [m.start() for m in _ODD_AT_EDGE.finditer(text)] if _EDGE_MARK.search(text) else []


def _shaped_findings(text: str, lexicon: Lexicon, document: DocumentWords) -> list[OcrFinding]:
    """The findings told by their shape and place, not by a word's letters: a speck before a
    word, a number read partly as letters, a lost drop capital. They go first: the spans of the
    other findings leave them out."""
    specks = _speck_findings(text, lexicon, document) if "_" in text else []
    return specks + _number_findings(text) + _drop_cap_findings(text, lexicon)


def _speck_findings(text: str, lexicon: Lexicon, document: DocumentWords) -> list[OcrFinding]:
    """A `_SPECK_BEFORE` word: the speck and the word, the word suggested, or what is wrong
    with the word besides («_взгляда’на»)."""
    found = []
    if document.underscore_markup:
        return []
    for m in _SPECK_BEFORE.finditer(text):
        end = _TOKEN_END.search(text, m.end())
        stop = end.start() if end else len(text)
        word = text[m.end():stop].rstrip("\"')]}.,;:!?\u00bb\u201d\u2019\u2026*`_")
        reason, suggestion = _diagnose(word, lexicon, document.counts) or (_SPECK_REASON, word)
        found.append(_finding(text, m.start(), m.end() + len(word), reason, suggestion))
    return found


def _number_findings(text: str) -> list[OcrFinding]:
    """`_LETTERED_NUMBER`s, their digits suggested."""
    return [
        _finding(text, m.start(), m.end(), _NUMBER_REASON,
                 m.group(1).translate(_NUMBER_LOOKALIKES) + (m.group(2) or ""))
        for m in _LETTERED_NUMBER.finditer(text)
        if not m.group(1).isdigit()
    ]


def _drop_cap_findings(text: str, lexicon: Lexicon) -> list[OcrFinding]:
    """A paragraph opening with a word in capitals that is no word, which one capital before it
    makes a word of zipf `_DROP_CAP_ZIPF` or more: its large initial lost. The best such word is
    suggested if it leads the next by 1.0 (a letter's worth of doubt: "OOD" is good, food, hood)."""
    m = _DROP_CAP.match(text)
    if m is None or not _GOES_ON_LOWER.match(text, m.end()):
        return []
    word = m.group(1)
    word_lexicon = _lexicon_of(word, lexicon)
    if not is_non_word(word, word_lexicon):
        return []
    scored = sorted(
        ((word_lexicon.zipf(letter + word), letter + word)
         for letter in _ALPHABETS.get(word_lexicon.lang, "").upper()),
        reverse=True,
    )
    if not scored or scored[0][0] < _DROP_CAP_ZIPF:
        return []
    clear = len(scored) == 1 or scored[0][0] - scored[1][0] >= 1.0
    end = _TOKEN_END.search(text, m.start(1))
    stop = end.start() if end else len(text)
    token = text[m.start(1):stop].rstrip("\"')]}.,;:!?\u00bb\u201d\u2019\u2026*`_")
    suggestion = token.replace(word, scored[0][1], 1) if clear else None
    return [_finding(text, m.start(1), m.start(1) + len(token), _DROP_CAP_REASON, suggestion)]


def garbage_message(token: str, reason: str, suggestion: str | None) -> str:
    """A finding's words, in the one shape the findings panel words again
    (`checks.stored.OCR_MESSAGE`)."""
    message = f"suspected OCR garbage '{token}' ({reason})"
    return message + (f"; did you mean '{suggestion}'?" if suggestion else "; no likely correction")


def _token_spans(text: str, positions: list[int]) -> set[tuple[int, int]]:
    """The tokens holding `positions`, without edge punctuation (and the marks the OCR reads
    from specks, "`" and "_", as in «удизляется.`»); each token is trimmed
    once however many suspect positions it holds. A token ends at a space or a dash: old
    books and their OCR set a dash as "--" or "—" with no space ("Ita1y--was"), and a
    token that ran on into the next word could not be repaired to a word."""
    spans = set()
    for start in _token_starts(text, positions):
        after = _TOKEN_END.search(text, start)
        token = text[start : after.start() if after else len(text)]
        lead = len(token) - len(token.lstrip("\"'([{\u00ab\u201c\u201e\u2018*\u2014\u2013-`_"))
        core = token.rstrip("\"')]}.,;:!?\u00bb\u201d\u2019\u2026*\u2014\u2013-`_")
        spans.add((start + lead, start + max(lead, len(core))))
    return spans


def _token_starts(text: str, positions: list[int]) -> set[int]:
    """Where the tokens holding `positions` start: right after the last space or dash (`_DASHES`)
    that ends at or before each position, or at 0. Every such end is found in one pass and each
    position's looked up, not searched back for: in a text of one long token (200,000 letters,
    no space) a search back to its start per suspect position was quadratic."""
    ends = [0]
    ends.extend(m.start() + (2 if m.group() == "-" else 1) for m in _TOKEN_BOUNDARY.finditer(text))
    ends.sort()
    return {ends[bisect_right(ends, position) - 1] for position in positions}


_TAGGED = re.compile(r"[#@][^\W_]\w*[^\w\s]*")
"""A hashtag or a handle ("#PilotTraining", "@user14"), a closing mark or two after it."""
_TAG_SHAPES = re.compile(rf"[{_LOWER}][{_UPPER}]|\d|_")
_QUANTITY = re.compile(r"\d+(?:[.,]\d+)?[^\W\d_]{1,4}[^\w\s]*")
"""A number with its unit run into it ("2600mAh", «2600мАч», "3GHz"): a unit's case is its own."""
_ADDRESS = re.compile(r"[\w-]\.(?:html?|php|aspx?|jsp|com|org|net|ru|io|gov|edu)(?:[/#?]|[^\w\s]*$)", re.I)
"""A web address without its scheme ("page.html#section7", "example.com/news")."""


def _web_token(token: str) -> bool:
    """Is `token` of the web's shapes rather than OCR's: a hashtag or handle whose body has the
    case changes, digits or underscores that mark OCR damage in a word, a quantity with its unit,
    an address? News, posts and manuals hold them; a scan's "#the" still has its stray mark."""
    tagged = _TAGGED.fullmatch(token)
    if tagged and _TAG_SHAPES.search(token):
        return True
    return _QUANTITY.fullmatch(token) is not None or _ADDRESS.search(token) is not None


_DIGIT_FIRST = re.compile(rf"\d[{_LOWER}]{{1,4}}")
"""A digit and a few lowercase letters: a number with its unit ("5kg", «3а») or a word whose first
letter OCR read as a digit ("4nd", «0б»)."""
_DIGIT_FIRST_ZIPF = 5.0
"""How common the word a digit's letter gives must be for the digit to be a misread letter: the
commonest words ("and", "its", «об», «за»), which no unit or ordinal spells."""


def _digit_for_letter(token: str, lexicon: Lexicon) -> bool:
    """Is `token`, of a quantity's shape (`_QUANTITY`), a word whose first letter OCR read as a
    digit ("4nd" for "and", «0б» for «об») rather than a number with its unit? One digit, then
    lowercase letters, and the letter a confusion reads for that digit makes one of the commonest
    words. A single letter after the digit is a unit or an index ("1s" a shilling, «5б» a class,
    «3а» a house), except after 0: nothing counted as none has an index («0б»)."""
    if not _DIGIT_FIRST.fullmatch(token) or len(token) == 2 and token[0] != "0":
        return False
    word_lexicon = _lexicon_of(token, lexicon)
    misreading = confusion_repair(token, word_lexicon)
    return (misreading is not None and misreading.word is not None
            and misreading.read == token[0] and not misreading.real_word
            and word_lexicon.zipf(misreading.word) >= _DIGIT_FIRST_ZIPF)


def _diagnose(token: str, lexicon: Lexicon, counts: Counter[str]) -> tuple[str, str | None] | None:
    """Why `token` looks like OCR damage and what it probably was; None if it is fine."""
    if not token or "://" in token or "@" in token and "." in token or (
        _web_token(token) and not _digit_for_letter(token, lexicon)
    ):
        return None
    if re.search(rf"{LETTERS}[{_ODD}]+{LETTERS}", token):
        return "a stray symbol inside a word", _repair_characters(token, f"[{_ODD}]", lexicon)
    if _ODD_AT_EDGE.search(token):
        return _EDGE_REASON, _repair_characters(token, rf"[{_EDGE_ODD}${{]", lexicon)
    if re.search(rf"{LETTERS}\d+{LETTERS}", token) and _mostly_letters(token):
        return "digits inside a word", _repair_characters(_one_script(token, lexicon), r"\d",
                                                          lexicon)
    if re.search(rf"[{_LATIN}][{_CYRILLIC}]|[{_CYRILLIC}][{_LATIN}]", token):
        return "Latin and Cyrillic letters mixed in one word", _repair_script(token, lexicon)
    spaced = _words_with_mark_between(token, lexicon)
    if spaced:
        return _SPACED, spaced
    words = [
        word
        for word in re.split(r"[-\u2010\u2011/\u2013\u2014]", _POSSESSIVE.sub("", token))
        if word
    ]
    for word in words:
        if counts[word.casefold()] >= _TERM_REPEATS:
            continue
        word_lexicon = _lexicon_of(word, lexicon)
        if _is_odd_case(word, word_lexicon):
            return "mixed case inside a word", _repair_case(word, word_lexicon)
        split = glued_split(word, word_lexicon)
        if split and not is_known_form(word, word_lexicon):
            return "looks like words run together", split
        misreading = confusion_repair(word, word_lexicon)
        # a misread letter's word first: «вее» is «все» rather than «в ее»
        short_split = (None if misreading and misreading.word or len(words) > 1
                       else _short_glued(word, word_lexicon.lang))
        if short_split:
            return "looks like words run together", short_split
        if misreading:
            suggestion = (token.replace(word, misreading.word, 1)
                          if misreading.word is not None else None)
            return _misreading_reason(misreading), suggestion
    return None


def _misread_here(found: Misreading, text: str, m: re.Match[str], continued: bool,
                  document: DocumentWords, lexicon: Lexicon) -> bool:
    """Is the word `m` of `text`, which a confusion repairs as `found`, a misread where it
    stands: no real word before a stop ("cf."), no half of a word broken across paragraphs,
    no near-miss among foreign words, no form of a term or a name the document inflects, no
    name inside a sentence?"""
    word = m.group()
    return not (
        (found.real_word and text[m.end() : m.end() + 1] == ".")
        or _BROKEN_AT_END.match(text, m.end())
        or (continued and _OPENING_FRAGMENT.fullmatch(text, 0, m.start()))
        or _among_strange_words(text, m.start(), m.end(), lexicon)
        or _inflected_term(word, document, lexicon)
        or _name_like(word, found, text, m.start(), document.counts, lexicon)
    )


@lru_cache(maxsize=65536)
def _glued(word: str, lang: str) -> bool:
    """Is `word` two words run together (`glued_split`), in the lexicon of its script? Asked once
    per word of a document in `lang`."""
    return glued_split(word, Lexicon.for_script(word, Lexicon(lang))) is not None


@lru_cache(maxsize=65536)
def _short_glued(word: str, lang: str) -> str | None:
    """A word of two to four letters that no dictionary knows, made of two of the commonest words
    run together ("Iam" is "I am", «ябы» «я бы»), spaced; None otherwise. One part is a word of
    one letter (`_ONE_LETTER_PARTS`), which OCR most often runs on (two words of two letters,
    "ithe" as "it he", are likelier a misread), and a word doubled ("aa") is no reading."""
    lexicon = Lexicon.for_script(word, Lexicon(lang))
    if not 2 <= len(word) <= 4 or not is_non_word(word, lexicon):
        return None
    before, after = _ONE_LETTER_PARTS.get(lexicon.lang, (frozenset(), frozenset()))
    for cut in (1, len(word) - 1):
        left, right = word[:cut], word[cut:]
        if (left.casefold() == right.casefold() or len(left) == 1 and left not in before
                or len(right) == 1 and right not in after):
            continue
        zipfs = (lexicon.zipf(left), lexicon.zipf(right))
        if min(zipfs) >= _SHORT_GLUED_PART_ZIPF and sum(zipfs) >= _SHORT_GLUED_SUM_ZIPF:
            return f"{left} {right}"
    return None


@lru_cache(maxsize=65536)
def _judged(word: str, lang: str, rare: bool) -> tuple[str, Misreading | None, bool, bool]:
    """Of a word (not all digits) in a document in `lang`: the language of its script, what OCR
    did to it if it is `rare` in the document, whether it is `_unreadable` there, and whether
    no word list holds it (only such a word may be `document_repair`ed). Asked once per word,
    not once per paragraph that holds it: a book's words come back page after page."""
    lexicon = Lexicon(lang)
    word_lexicon = _lexicon_of(word, lexicon)
    misreading = confusion_repair(word, word_lexicon) if rare else None
    strange = rare and misreading is None and _unreadable(word, lexicon)
    return word_lexicon.lang, misreading, strange, not word_lexicon.zipf(word)


def _repaired_by_document(token: str, repaired: Mapping[str, Misreading]) -> tuple[str, str] | None:
    """The finding of a `token` that holds a word the document's own words repair."""
    for word, misreading in repaired.items():
        if misreading.word is not None and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", token):
            return "a letter OCR often misreads", token.replace(word, misreading.word, 1)
    return None


def _name_like(word: str, misreading: Misreading, text: str, start: int, counts: Counter[str],
               lexicon: Lexicon) -> bool:
    """Is `word` (Russian) a name rather than a misread: capitalised inside a sentence, where a
    name stands, with no repair the context supports (none, or a rare word the document never
    uses: «Аринка» is no «Арника», «Ерошку» no «Орешку»)? A misread of a common word or of one
    of the document's words is still a misread («Михаия» for «Михаил»). Only Russian repairs
    reach the rare forms of the dictionary (`confusions`) that make names into words; an English
    repair is a listed word ("Phoenicians" for "Phcenicians")."""
    if (_lexicon_of(word, lexicon).lang not in CYRILLIC_LANGUAGES
            or not (word[:1].isupper() and word[1:].islower())
            or _SENTENCE_OPENS.search(text, max(0, start - _OPENING_MARKS), start)):
        return False
    repair = misreading.word
    return repair is None or (
        _lexicon_of(word, lexicon).zipf(repair) < _NAME_REPAIR_ZIPF and not counts[repair.casefold()]
    )


def _words_with_mark_between(token: str, lexicon: Lexicon) -> str | None:
    """The two words of a Russian token the OCR read with a speck for the space between them
    («с.младшею», «что’он», «в-чем», «говорил-он»), spaced; None for anything else. Both halves
    must be words and the second in lowercase (no abbreviation «т.е», no name «д’Артаньян»);
    a hyphen must join no word the dictionary knows («кто-то»), nor a particle that takes one
    («он-то», «подите-ка»: `_HYPHENED_PARTICLES`), a word to itself («чего-чего») or a prefix to a word («по-докторски»), and
    one of the two must be a preposition, a conjunction or a pronoun, which no hyphen joins
    («северо-западный» is a compound)."""
    if lexicon.lang not in CYRILLIC_LANGUAGES:
        return None
    match = _MARKED_PAIR.fullmatch(token)
    if match is None:
        return None
    left, mark, right = match.groups()
    if (not right[0].islower() or len(left) + len(right) < _PAIR_SHORTEST
            or not all(_ANY_CYRILLIC.search(word) for word in (left, right))
            or not all(lexicon.is_word(word) or is_known_form(word, lexicon)
                       for word in (left, right))):
        return None
    if mark in "-\u2010" and (
        is_known_hyphenated(left, right, lexicon) or right.casefold() in _HYPHENED_PARTICLES
        or left.casefold() in _HYPHEN_PREFIXES or left.casefold() == right.casefold()
        or set(right.casefold()) == {left[-1].casefold()}  # a sound drawn out: «Филька-а»
        or not (is_function_word(left, lexicon) or is_function_word(right, lexicon))
    ):
        return None
    return f"{left} {right}"


def _misreading_reason(misreading: Misreading) -> str:
    """The finding's words for what OCR did: the letters when a confusion is named, else the
    kind of edit."""
    pair = (misreading.read, misreading.printed)
    if misreading.real_word:
        return "a misread that makes another word"
    if pair in _NAMED_CONFUSIONS:
        return f"'{misreading.read}' read for '{misreading.printed}'"
    if misreading.word is not None and misreading.read and misreading.printed:
        return "a letter OCR often misreads"
    return "letters misread, dropped or added"


def _among_strange_words(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Do two or more of the words around `text[start:end]` (two each side) look like no word
    that a misread letter explains? Then the word is in a foreign phrase ("De mundi universitate
    sive megacosmus") or a run of names, where a near-miss of a common word is a coincidence."""
    before = _WORDLIKE.findall(text, max(0, start - _CONTEXT_CHARS), start)[-_CONTEXT_WORDS:]
    after = _WORDLIKE.findall(text, end, end + _CONTEXT_CHARS)[:_CONTEXT_WORDS]
    strange = 0
    for word in (*before, *after):
        word_lexicon = _lexicon_of(word, lexicon)
        if (not word.isdigit() and is_non_word(word, word_lexicon)
                and not confusion_repair(word, word_lexicon)):
            strange += 1
    return strange >= _STRANGE_COMPANY


def _unreadable(word: str, lexicon: Lexicon) -> bool:
    """Is `word` Cyrillic letters that make no word, in a Russian text: the OCR's reading of a
    word it could not read, often of another language («Уои», «регдгоп» for "vous perdront")?
    Among words as strange (`_among_strange_words`), such a word is a suspect, though no letter
    confusion repairs it: clean Russian writes another language in its own letters."""
    return (
        lexicon.lang in CYRILLIC_LANGUAGES and len(word) >= _UNREADABLE_SHORTEST
        and word.isalpha() and not _ANY_LATIN.search(word) and is_non_word(word, lexicon)
    )


def _inflected_term(word: str, document: DocumentWords, lexicon: Lexicon) -> bool:
    """Does the document use another word no dictionary knows with the same first letters
    (`STEM_LETTERS`)? Then a Russian word is a form of a name or a term that the text inflects
    («Лукашки» beside «Лукашка»); OCR's slips are accidents and rarely share a stem. English
    inflects too little for that: its misreads of one word share the stem ("casuela")."""
    word_lexicon = _lexicon_of(word, lexicon)
    if word_lexicon.lang not in CYRILLIC_LANGUAGES:
        return False
    folded = word.casefold()
    others = document.sharing_stem(folded)
    return any(is_non_word(other, word_lexicon) for other in others)


def _lexicon_of(word: str, lexicon: Lexicon) -> Lexicon:
    """The lexicon of the script of the word's first letter ("6ольшой" is Russian)."""
    letter = re.search(LETTERS, word)
    return Lexicon.for_script(letter.group() if letter else word, lexicon)


def _mostly_letters(token: str) -> bool:
    """A word with a digit in it (W0rkers, c1ub), not a code like H2O, B2B, MP3s or h1n1."""
    lowercase = sum(char.islower() for char in token)
    letters = sum(char.isalpha() for char in token)
    digits = sum(char.isdigit() for char in token)
    return letters >= 3 and letters >= 3 * digits and lowercase > letters - lowercase


def _is_odd_case(word: str, lexicon: Lexicon) -> bool:
    """Mixed case that is not an acronym (VTsIK, PhD, USSRs), a known camel-cased
    name (McDonald, iPhone) or an acronym with a word attached (NEPmen)."""
    if not re.search(rf"[{_LOWER}][{_UPPER}]|[{_UPPER}]{{2}}[{_LOWER}]{{2}}", word):
        return False
    uppers = sum(char.isupper() for char in word)
    if uppers >= len(word) - uppers:
        return False
    # Check each camel-case part; an acronym run opening a part ("NEP" in "NEPmen")
    # is fine if the rest is a word.
    for part in re.split(rf"(?<=[{_LOWER}])(?=[{_UPPER}])", word):
        acronym = re.match(rf"[{_UPPER}]{{2,}}", part)
        rest = part[acronym.end() :] if acronym else part
        if len(rest) >= 2 and not lexicon.is_word(rest):
            return True
    return False


def doubtful_hyphens(text: str, pairs: Sequence[tuple[str, str]]) -> list[OcrFinding]:
    """`ocr-suspect` findings for hyphens kept at line breaks that may be OCR's or the
    typesetter's: the translator sees both readings and decides."""
    findings = []
    position = 0
    for before, after in pairs:
        token = f"{before}-{after}"
        start = text.find(token, position)
        if start < 0:
            continue
        position = start + len(token)
        findings.append(
            OcrFinding(
                start,
                position,
                token,
                before + after,
                f"hyphen at a line break in '{token}': neither '{before + after}' nor "
                f"'{token}' is a known word; it may be either, or '{before} {after}'",
            )
        )
    return findings


def _repair_characters(token: str, odd: str, lexicon: Lexicon) -> str | None:
    """Best known word from deleting or replacing the odd characters, in the token's case."""
    core = _POSSESSIVE.sub("", token)
    suffix = token[len(core) :]
    candidates = {re.sub(odd, "", core)}
    positions = [match.start() for match in re.finditer(odd, core)]
    alphabet = _ALPHABETS.get(lexicon.lang, "")
    if len(positions) == 1:
        at = positions[0]
        candidates.update(core[:at] + letter + core[at + 1 :] for letter in alphabet)
    return _best_known(candidates, core, lexicon, suffix)


def _repair_script(token: str, lexicon: Lexicon) -> str | None:
    """Replace look-alike letters with those of the token's main script. Such letters
    look the same, so in the document's own script the result is the likely word
    even if it is too rare for the word list; in the other script it must be a
    known word. A mix that remains (a Latin "t") is not repaired."""
    to_cyrillic = _cyrillic_at_heart(token, lexicon)
    candidate = token.translate(_HOMOGLYPHS_TO_CYRILLIC if to_cyrillic else _HOMOGLYPHS_TO_LATIN)
    if _SCRIPT_MIX.search(candidate):
        return None
    if to_cyrillic == (lexicon.lang in CYRILLIC_LANGUAGES):
        return candidate
    other = Lexicon.for_script(candidate, lexicon)
    return candidate if other.is_word(candidate) or is_known_form(candidate, other) else None


def _cyrillic_at_heart(token: str, lexicon: Lexicon) -> bool:
    """Is a word of mixed letters a Cyrillic one? It is if only Cyrillic can hold all of its
    letters ("pa6oчиx": "ч" and "и" have no Latin look-alike, its Latin ones all have Cyrillic
    twins), else if most of its letters are Cyrillic, or as many and the document is."""
    as_cyrillic = not re.search(f"[{_LATIN}]", token.translate(_HOMOGLYPHS_TO_CYRILLIC))
    as_latin = not re.search(f"[{_CYRILLIC}]", token.translate(_HOMOGLYPHS_TO_LATIN))
    if as_cyrillic != as_latin:
        return as_cyrillic
    cyrillic = len(re.findall(f"[{_CYRILLIC}]", token))
    latin = len(re.findall(f"[{_LATIN}]", token))
    return cyrillic > latin or (cyrillic == latin and lexicon.lang in CYRILLIC_LANGUAGES)


def _one_script(token: str, lexicon: Lexicon) -> str:
    """`token` with its look-alike letters in the script of its other letters, when one
    script can hold them all ("pa6oчиx" -> "ра6очих"); as it is otherwise."""
    if not _SCRIPT_MIX.search(token):
        return token
    table = _HOMOGLYPHS_TO_CYRILLIC if _cyrillic_at_heart(token, lexicon) else _HOMOGLYPHS_TO_LATIN
    return token if _SCRIPT_MIX.search(token.translate(table)) else token.translate(table)


def _repair_case(word: str, lexicon: Lexicon) -> str | None:
    if lexicon.zipf(word) >= 3.0:
        return word[0] + word[1:].lower() if word[0].isupper() else word.lower()
    return glued_split(word.lower(), lexicon)


def _best_known(candidates: set[str], model: str, lexicon: Lexicon, suffix: str) -> str | None:
    scored = [
        (lexicon.zipf(c), c)
        for c in candidates
        if c and re.fullmatch(rf"{LETTERS}+(?:-{LETTERS}+)*", c)
    ]
    known = [(zipf, c) for zipf, c in scored if zipf >= 2.0]
    if not known:
        return None
    _, best = max(known)
    if model.isupper():
        best = best.upper()
    elif model[:1].isupper():
        best = best[:1].upper() + best[1:]
    return best + suffix
