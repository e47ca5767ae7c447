"""Typography of the translation: `punctuation-end`, `quote-style`, `whitespace`.

These look at the target text (the source is OCR output the editor does not
fix) except `punctuation-end`, which compares how both sides end.

Quote conventions are CLDR's delimiters for the target language (babel does
not ship them, so the few we need are listed here): Russian uses « » outside
and „ “ inside; English “ ” outside and ‘ ’ inside, and straight quotes are
acceptable in English but not in Russian. Russian typography puts a space on
both sides of an em dash, so " — " is never a whitespace problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from termbase.languages import primary_language
from workbench.core.checks.base import CheckContext, CheckSpec, Finding, Span, register
from workbench.core.checks.code_nouns import CODE_TOKEN, code_nouns, named_as_code
from workbench.core.checks.code_spans import blank_code_spans, code_spans, glued_code_spans
from workbench.core.checks.columns import key_row, row_indent, table_runs
from workbench.core.checks.cut_off import cut_off
from workbench.core.checks.doubled_numbers import DOUBLED_NUMBER, MAY_DOUBLE, doubled_numbers
from workbench.core.checks.enumerators import (
    enumerators,
    letter_markers,
    opening_marker,
    without_enumerators,
)
from workbench.core.checks.glued_marks import glued_marks
from workbench.core.checks.glued_words import glued_words
from workbench.core.checks.headings import is_heading
from workbench.core.checks.quote_references import QuoteReading, quote_references
from workbench.core.checks.spaced_hyphens import spaced_hyphens
from workbench.core.checks.spaced_marks import may_have_spaced_marks, spaced_marks
from workbench.core.checks.textutil import ADDRESS, PLACEHOLDER, is_copy
from workbench.core.ingest import rules_for
from workbench.core.project import DEFAULT_LIST_ITEMS, Segment
from workbench.wording import N_, Wording, phrase, phrase_n, worded

SPECS = (
    CheckSpec(
        "punctuation-end",
        "warning",
        N_("end punctuation"),
        "Source and target end with different punctuation.",
        options={"headings": 0},
    ),
    CheckSpec(
        "quote-style",
        "warning",
        N_("quotation marks"),
        "Quotation marks that do not follow the target language's convention.",
    ),
    CheckSpec(
        "whitespace",
        "info",
        N_("spaces"),
        "Double spaces, leading or trailing spaces, or a space before punctuation.",
    ),
    CheckSpec(
        "spacing",
        "warning",
        N_("spacing at punctuation"),
        "A space lost after punctuation («растёт.С», «Обычно,оно») or between two words («кампаниисобираются», "
        "«CAPTCHAвы»), or «№» and «%» spaced against the rules.",
        options={"percent": 0, "numero": 3},
    ),
    CheckSpec(
        "unpaired",
        "warning",
        N_("unpaired mark"),
        "A bracket or quotation mark opened and not closed (or closed and not opened).",
    ),
    CheckSpec("repeated-word", "warning", N_("repeated word"), "A word written twice in a row («в в»)."),
    CheckSpec(
        "capitalisation",
        "warning",
        N_("capital letter"),
        "The translation starts with a small letter where the source starts with a capital.",
    ),
)


@dataclass(frozen=True)
class QuoteStyle:
    """A language's quotation marks (CLDR delimiters)."""

    outer: tuple[str, str]
    inner: tuple[str, str]
    straight_ok: bool
    """Whether `"` and `'` are acceptable (plain-text English) or wrong (Russian)."""

    @property
    def marks(self) -> str:
        return "".join((*self.outer, *self.inner))


QUOTE_STYLES: dict[str, QuoteStyle] = {
    "ru": QuoteStyle(("«", "»"), ("„", "“"), straight_ok=False),
    "uk": QuoteStyle(("«", "»"), ("„", "“"), straight_ok=False),
    "be": QuoteStyle(("«", "»"), ("„", "“"), straight_ok=False),
    "de": QuoteStyle(("„", "“"), ("‚", "‘"), straight_ok=False),
    "fr": QuoteStyle(("«", "»"), ("«", "»"), straight_ok=False),
    "en": QuoteStyle(("“", "”"), ("‘", "’"), straight_ok=True),
}

_ALL_QUOTES = "«»„“”‘’‚‹›\"'"

# Terminal punctuation classes; closing quotes, brackets and footnote digits are looked through.
_END_CLASS = {".": ".", "…": "…", "?": "?", "!": "!", ":": ":", ";": ";", ",": ","}
_CODE_TAGS = ("code", "kbd", "samp", "tt", "pre", "var", "script", "style")
"""Elements whose text is code: a mark inside one is the code's, not the sentence's."""
_TRAILING = re.compile(
    r"(?<![\s\"'»”’“)\]*_\u00b9\u00b2\u00b3\u2070-\u2079>])"
    + r"(?:[\s\"'»”’“)\]*_\u00b9\u00b2\u00b3\u2070-\u2079]|\\\*|<[ \t]?/[ \t]?(?!(?:"
    + "|".join(_CODE_TAGS)
    + r")[ \t]?>)[A-Za-z][\w:.-]*[ \t]?>)+$"
)
"""What may close a text after its last mark: spaces, closing quotes and brackets, Markdown's
closing emphasis, in asterisks or underscores («…по умолчанию.**»: the stop inside the bold is
the sentence's; a game's highlight marks, «…на _%s%%._», end in a stop as "…by _%s%%_ in total."
does; an underscore after a letter, "name_", leaves the letter last: no end mark either way) or a
footnote's asterisk, escaped («…NSF.\\*») or not, a footnote's superscript digits, an
element's closing tag («…<a href=…>сетевого эффекта.</a>», «Попробуйте <button>перезагрузить
страницу.</button>»: the reader sees the stop the link or the button holds, whatever the element;
not a code element's, `_CODE_TAGS`, whose mark is the code's; a closing tag a translation spaces,
«< /parallel_talk >», is still a tag, whose spaces `whitespace` reports). Tried only where such a
run begins (the lookbehind: after a run's character or a tag's «>» a match is never the leftmost;
«>» itself is no end mark, so a run after one that closes no element changes no ending): a run of
50,000 spaces or 12,500 closing tags inside a target was tried from each of its positions, minutes
of `check`."""
_ABBREVIATION_TAIL = re.compile(r"(?:[^\W\d_]{1,6}\.\s?){1,3}$")
_FOOTNOTE_TAIL = re.compile(r"(?<=[^\W\d_][.!?…;:,»”\"')])[0-9]{1,3}$")
"""A footnote number after a word and its punctuation ("the state.12"), not "version 12.18"."""

_LINK_ADDRESS_TAIL = re.compile(r"(?<=\])\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)\s*$")
"""The address of a Markdown link that ends a text ("[Reflected File Download attacks.](https://…)"):
no reader sees it, so the text ends as the link's own text does."""
_STOP_AFTER_QUOTE = re.compile(r"([?!…]|\.\.\.)[\"'»”’)\]]+\.\s*$")
_QUOTED = re.compile(r"([\"'“‘])(?<![^\W\d_]')((?:[^\"'“”‘’„«»]|(?<=[^\W\d_])'(?=[^\W\d_])){1,120}?)"
                     r"(\"|'(?![^\W\d_])|[”’])")
"""A quotation in the marks a text copies from code or English: an apostrophe inside a word ("Let's
Encrypt", "don't") neither opens nor closes one, so that it does not pair with the next quotation's
opening mark and hide the words that follow ("Let's Encrypt … для "localhost""). The look back
comes after the mark, so that the engine skips in C from mark to mark."""
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_LANGUAGES = {"ru", "uk", "be"}
_QUOTE_MARK = re.compile(f"[{re.escape(_ALL_QUOTES)}]")
_ANY_WHITESPACE_PROBLEM = re.compile(
    r"^\s|\s$|\S[ \u00a0]{2,}\S|[\w+−%/][ \u00a0]+(?:[,.;:!?)\]»](?:$|[\s,;:!?)\]»”\"])|»\.(?:$|\s))"
    r"|[)\]»”`][ \u00a0]+[,.;:!?](?:$|\s)|[^\W_][ \u00a0]+-(?:[а-яё]|[А-ЯЁ][а-яё])"
    r"|[,;:][ \u00a0]+(?:[)\]]|[.!?;:,](?:$|\s))|[.!?…][ \u00a0]+[,;:](?:$|\s)"
    r"|[\w)\]»][.!?…][ \u00a0]+(?:\.(?:$|[\s)\]])|[)\]](?:$|[\s.,;:]))|\w-[ \u00a0]+\w|\n[ \u00a0]|[\w>][ \u00a0]+</"
    r"|[»”][ \u00a0]+[)\]]|[ \t]\n"
)
"""One search that finds whether any whitespace rule could fire (most segments: none)."""
_WHITESPACE_HINT = re.compile(r"[ \t\u00a0\n-][ \u00a0,.;:!?)\]»<\n-]")
"""What every alternative of `_ANY_WHITESPACE_PROBLEM` but a space at either end contains:
two spaces, a space before a mark, a hyphen or a tag, a hyphen before a space, a line break
before a space. It starts with a character
class, which the regex engine skips to in C, where the full search tries its alternatives
at every character: a tenth of the cost on a target without any (`_may_have_whitespace_problem`).
A pattern that opens with alternatives is tried whole at every character (session 14: a third
less time)."""


def _may_have_whitespace_problem(target: str) -> bool:
    """Whether `_ANY_WHITESPACE_PROBLEM` may find something in `target` (never False when it would)."""
    return target[:1].isspace() or target[-1:].isspace() or _WHITESPACE_HINT.search(target) is not None


_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
_SPACE_BEFORE = re.compile(
    r"(?<=[\w+−%/])[ \u00a0]+(?=[,.;:!?)\]»](?:$|[\s,;:!?)\]»”\"])|»\.(?:$|\s))"
    r"|(?<=[)\]»”`])[ \u00a0]+(?=[,.;:!?](?:$|\s))"
    r"|(?<=[,;:])[ \u00a0]+(?=[)\]]|[.!?;:,](?:$|\s))"
    r"|(?<=[.!?…])[ \u00a0]+(?=[,;:](?:$|\s))"
    r"|(?<=[\w)\]»][.!?…])[ \u00a0]+(?=\.(?:$|[\s)\]])|[)\]](?:$|[\s.,;:]))"
)
"""A space before a mark that closes a phrase, after a word, a key's or a unit's sign («кнопками
+ и − .», «50 % .»; after an address, «https://example.org/ .», house rule D13 spares it), a closing bracket or quote («(r) .», ««Поисковые шаблоны» .»), the backquote closing inline
code («командой `git branch` :», which the rendered page shows as a space before the colon) or a stray
comma («покрыты ядом, .») or a sentence's end («фреймов. ,», a stop typed twice «Дракона. .» or a
bracket closed after the stop «(на юг). ).»), a closing guillemet before the stop («вечеринку ».»);
not before ".deb", "../file" or "..."."""
_SPACED_MARK = re.compile(r"(?<=\S)[ \u00a0]+([,.;:!?])(?=$|\s)")
"""A mark set off by a space from whatever stands before it ("- i.e. files … - : in the Text
files section"): a source that writes it so lays its text out with the space, and house rule D13
spares the translation that keeps it before the same mark («.txt : в секции»)."""
_SPACED_CLOSING_QUOTE = re.compile(r"\S[ \u00a0]+(?:[”»’]|\"(?=$|[\s.,;:!?]))")
"""A source that spaces its quotation inside, “ Paths ”: the translation's « Контуры » copies it."""
_SPACE_BEFORE_TAG = re.compile(r"(?<=\w)[ \u00a0]+(?=(?:</[^<>\s]+>)+([,.;:!?])(?:$|\s))")
"""«<i>очков передвижения </i>, которое»: a space before a closing inline tag that a mark
follows, which the rendered text shows as a space before the mark."""
_SPACED_CLOSING_TAG = re.compile(r"(?<=[\w>])[ \u00a0]+(?=((?:</[^<>\s]+>)+)[ \u00a0]+[^\W\d_])")
"""«<input>rightclick</input> </localtiles> на экране»: a space before a closing inline tag and
another after it, which the rendered text shows as two spaces between words."""
_SPACE_AFTER_TAG = re.compile(r"(?<=</[a-z])(?:[\w-]*>)([ \u00a0]+)(?=[,.;:!?](?:$|\s))", re.IGNORECASE)
"""«…языки</a> , <a …»: a space after a closing inline tag before a mark that closes a phrase,
which the rendered text shows as a space before the mark."""
_SPACE_OPENING_TAG = re.compile(r"<(a|b|i|em|strong|span|code|sub|sup|u)\b[^<>]*>([ \u00a0]+)(?=[^\s<])",
                                re.IGNORECASE)
"""«<a href="#start"> Первое</a>»: a space opening an inline element's text, which the rendered
text shows as a space the link or emphasis begins with (the source's "<a …>Using" has none)."""
_EMOTICONS = (":)", ";)", ":(", ";(")
"""«мы надеемся :)»: a smiley's colon is no stop, and a space before a smiley is the rule."""
_TIGHT_DASH = re.compile(r"(?<=[^\W\d_])—(?=[^\W\d_])|(?<=[а-яё])--(?=[а-яё])", re.IGNORECASE)
"""«реф—это», «пропсов--это»: a dash (or the «--» typed for one) glued to the words on both
sides, where Russian spaces it; a hyphen between Cyrillic letters joins a compound, but no
Russian word holds two hyphens in a row or a dash."""
_ONE_SIDED_DASH = re.compile(r"(?<=\s)[*_]*([–—])[*_]*(?=[^\W\d_])|(?<=[^\W\d_])[*_]*([–—])[*_]*(?=\s)")
"""«метод –рандомизация», «(ASLR) –*рандомизация*– метод»: a dash spaced on one side and glued to
a word on the other (an emphasis mark between counts as glued). Russian spaces its dash on both
sides; ranges of numbers glue it on both («1941–1945»), and a dialogue dash opens the text."""
_GLUED_DOUBLE_HYPHEN = re.compile(r"(?<=[а-яё])[*_]*(--)(?=[ \u00a0])", re.IGNORECASE)
"""«*Сторонняя служба*-- это»: the «--» typed for a dash, glued to the Russian word before it and
spaced after (an option, "--verbose", has its word after it; a decrement, "i--", no Russian
letter before it)."""
_ROMAN = re.compile(r"[IVXLCDM]+")


def _roman_range(text: str, dash: int) -> bool:
    """«XVIII—VII веков»: a range of Roman numerals, whose dash Russian writes without spaces as
    it does between digits («1923—1924»)."""
    before = _WORD_BEFORE.search(text, max(0, dash - _LONGEST_WORD), dash)
    after = _WORD_AT.match(text, dash + 1)
    return (before is not None and after is not None
            and _ROMAN.fullmatch(before.group()) is not None and _ROMAN.fullmatch(after.group()) is not None)


_SPACED_HYPHEN = re.compile(r"(?:(?<=[а-яё0-9])|(?<=(?<![^\W_])[A-Za-z]))[ \u00a0]+(?=-(?:[а-яё]|[А-ЯЁ][а-яё]))")
"""«прокси -сервер», «аль -Суфи», «k -слойных», «5 -летний»: a hyphen joins the words of a compound
(its first part a Russian word, a variable's letter or a number), so a space on one side only is
a slip (a dash has spaces on both sides; an option "-l" has no Cyrillic letters after it, one
typed in a Cyrillic look-alike, «-М», a capital alone, and one translated after its command,
«kill -сигнал», follows a Latin word)."""
_HYPHEN_THEN_SPACE = re.compile(r"(?<![\w-])(\w+(?:-\w+)*)-[ \u00a0]+(\w+)")
"""«apt- get», «SARS-CoV- 2»: a compound of the source broken after its (last) hyphen (not
«аудио- и видео»: the source then has no such compound)."""
_RANGE_DASH_THEN_SPACE = re.compile(r"(?<=[0-9])[–—]([ \u00a0]+)(?=[0-9])")
"""«на 2015– 2030 годы»: a range's dash glued to the number before it and spaced after, one side
only. A range of numbers takes its dash unspaced («2015–2030», Мильчин), a dash between words
takes a space on both sides: spaced on one side, it is a slip (a line's break kept, a space typed
twice over); spaced on both sides, it is a house style, and the minus of «10 –5» has its space
before."""


def _may_space_a_range(target: str) -> bool:
    """Whether `_RANGE_DASH_THEN_SPACE` may find something: substring tests in C first."""
    return ("– " in target or "— " in target or "–\u00a0" in target or "—\u00a0" in target) and (
        _RANGE_DASH_THEN_SPACE.search(target) is not None)


def _spaced_ranges(target: str, source: str) -> list[tuple[Wording, Span]]:
    """Each range's dash spaced after and not before (`_RANGE_DASH_THEN_SPACE`), unless the
    source spaces its own so (a copied reference, "pages 10– 12")."""
    if not _may_space_a_range(target) or _RANGE_DASH_THEN_SPACE.search(source):
        return []
    return [(phrase(N_("a space after a range's dash")), m.span(1)) for m in _RANGE_DASH_THEN_SPACE.finditer(target)]


_RUSSIAN_HYPHEN_THEN_SPACE = re.compile(r"(?<![\w-])([а-яёa-z]+)-[ \u00a0]+([а-яё]+)(?![\w-])", re.IGNORECASE)
"""«ускорительно- управляемой», «из- за», «wiki- странице»: a compound broken after its hyphen
(a line's hyphenation kept, a space typed in), its last part Russian (house rule D24). A hanging
hyphen is no break: «тепло- и массообмен», «водо-, газо- или электроснабжение», «тепло- электро-
и водоснабжение» (the next part ends in its own hyphen)."""
_LITERAL_PREFIX = re.compile(r"(?<![\w-])([A-Za-z]+)-(?![\w-])")
""""exclude the `lt-' from the name": a Latin prefix the source writes with its hyphen and no word
after it, a literal the translation keeps as it is («исключить lt- из имени»), no compound."""
_HANGING_HYPHEN_JOINS = frozenset({"и", "или", "либо", "а", "да", "ни"})
_SOURCE_HANGING_JOINS = frozenset({"and", "or", "nor", "to", "through"})
"""The English words after a hanging hyphen ("pre- and post-processing", "two- to three-fold"):
a source so hyphenated breaks no word."""


def _broken_russian_compounds(target: str, found: Sequence[tuple[Wording, Span]],
                              source: str = "") -> list[tuple[Wording, Span]]:
    """Each Russian compound broken after its hyphen (`_RUSSIAN_HYPHEN_THEN_SPACE`) at no span of
    `found` (a compound of the source's, which `_HYPHEN_THEN_SPACE` reports). None where the
    source breaks as many words so itself: a speaker's word cut off and begun again ("we should
    add complementary met- these complementary metrics" as «дополнительные мет- эти
    дополнительные метрики»), which the translation keeps as it keeps the source's stammer."""
    if "- " not in target and "-\u00a0" not in target:
        return []
    spans = {span for _, span in found}
    literals = {m.group(1).casefold() for m in _LITERAL_PREFIX.finditer(source)} if "-" in source else set()
    broken = [(phrase(N_("a space after a hyphen")), m.span()) for m in _RUSSIAN_HYPHEN_THEN_SPACE.finditer(target)
              if m.group(2).casefold() not in _HANGING_HYPHEN_JOINS and m.span() not in spans
              and m.group(1).casefold() not in literals]
    if broken and len(broken) <= sum(m.group(2).casefold() not in _SOURCE_HANGING_JOINS
                                     for m in _HYPHEN_THEN_SPACE.finditer(source)):
        return []
    return broken


_SPACED_SIGIL = re.compile(r"(?<![\w@#])([@#])[ \u00a0]+(\w[\w.-]*\w|\w)")
"""«@ alice», «# 1234»: a handle, a decorator or an issue number broken after its sign, when
the source has it whole (`_copied_compound`); a sign alone with spaces («# комментарий») is
another matter."""
_INVISIBLE_CHARACTERS = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARACTERS}]")
"""Characters a reader cannot see: zero-width space, non-joiner, joiner and word joiner, soft
hyphen, a byte order mark. «установлена \u200b\u200bта же версия» carries them from an editor
or a web page; they split a word for search and spelling and move the cursor unseen. Where the
source has the same one (a joiner in an emoji, a soft hyphen it hyphenates with) it is kept on
purpose; a soft hyphen inside a word is a hyphenation point (`_hyphenation_point`)."""
_SPACED_LINK = re.compile(r"\[[^\[\]\n]+\]([ \u00a0]+)\((?=[^()\s]*[/.#:][^()\s]*\)|[A-Za-z][A-Za-z0-9+.-]*://)")
"""«[NGINX] (http://…)»: a space between a Markdown link's text and its address (a path, a file,
an anchor or a scheme in the brackets, the scheme enough where the address itself was broken
by a space too), which Markdown then shows as text in brackets and no link; «[1] (PDF)» is a
reference and a word in brackets."""
_SPACED_BRACKETS = re.compile(r"\[[^\[\]\n]+\]([ \u00a0]+)\(")
"""Any text in square brackets, a space, an opening round one: a link broken apart where the
source's link of the same place is gone (`_spaced_links`)."""
_SPACED_DOT = re.compile(r"\.(?<!\.\.)([ \u00a0]+)([A-Za-z][\w-]*)")
"""«`. gitignore`», «Node. js»: a space after the dot of a file name or an extension; a slip only
where the source has that name whole (`_broken_dotted_names`)."""


@register("typography", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    target_lang = primary_language(ctx.target_lang)
    quotes = QUOTE_STYLES.get(target_lang)
    spaced_dash = target_lang in {"ru", "uk", "be"}
    source_abbr = rules_for(ctx.source_lang).abbreviations
    target_abbr = rules_for(ctx.target_lang).abbreviations
    percent = int(ctx.option("spacing", "percent")) if "spacing" in checks else 0
    numero = int(ctx.option("spacing", "numero")) if "spacing" in checks else 1
    spaced_numero: set[int] | None = None  # the documents that write «№ 1», found on the first «№»
    strict_headings = "punctuation-end" in checks and ctx.option("punctuation-end", "headings") == 1
    russian_items = ctx.list_items == "russian"
    lower_by_context, lowered_items, sentence_items = (_lowercase_by_context(ctx.segments, russian_items)
                                                       if "capitalisation" in checks else (set(), set(), set()))
    list_items = (_list_items(ctx.segments, russian_items) | _unstopped_items(ctx.segments, russian_items)
                  | _bare_descriptions(ctx.segments) if "punctuation-end" in checks else set())
    leading_in: dict[int, int] | None = None  # counted on the first colon that needs it
    untranslated: set[int] = set()  # indexes `_unpaired` skips too, worked out once
    readings: dict[int, QuoteReading] = {}  # targets with quotation marks written as HTML references
    for k, seg in enumerate(ctx.walk(ctx.segments)):
        target = seg.target
        if not target.strip() or is_copy(seg.source, target):
            untranslated.add(k)
            continue  # nothing translated yet; `untranslated` or `same-as-source` says it
        reading = quote_references(seg.source, target) if "&" in target else None
        if reading is not None:
            readings[k] = reading
        if "punctuation-end" in checks and seg.position not in list_items and not _runs_on(ctx.segments, k):
            leads_in = False
            if target.rstrip().endswith(":"):
                leading_in = _leading_in(ctx.segments) if leading_in is None else leading_in
                leads_in = leading_in.get(seg.document_id, 0) > _stop_to_colon(seg) or _list_follows(ctx.segments, k)
            bare_source = _bare_end(seg.source)[-1:].isalnum()
            stop_gained = bare_source and target.rstrip().endswith(".")
            heading = stop_gained and strict_headings and is_heading(ctx.segments, k)
            heading_asks = bare_source and _bare_end(target).endswith("?") and is_heading(ctx.segments, k)
            source_item = stop_gained and not russian_items and _source_style_item(ctx.segments, k)
            yield from _punctuation_end(
                seg.position, seg.source, target, source_abbr, target_abbr, target_lang, leads_in,
                ctx.list_items, heading, source_item, heading_asks,
            )
        elif "punctuation-end" in checks and (twice := _typed_twice(
                seg.position, _blank_comments(seg.source), _blank_comments(target), target_abbr)) is not None:
            yield twice  # «).;», «..»: a slip of typing, whatever end a list item or a run-on sentence may take
        if "quote-style" in checks and quotes is not None and reading is not None:
            yield from _referenced_quotes(seg.position, reading, quotes, target_lang, seg.source)
        elif "quote-style" in checks and quotes is not None and (_QUOTE_MARK.search(target)  # most have none
                                                                 or "&quot;" in target):
            yield from _quote_style(seg.position, target, quotes, target_lang, seg.source)
        if "whitespace" in checks and ((_may_have_whitespace_problem(target) and
                                        _ANY_WHITESPACE_PROBLEM.search(target))
                                       or seg.source[:1] in (" ", "\t") or "\n\n\n" in target
                                       or (("@" in target or "#" in target) and _SPACED_SIGIL.search(target))
                                       or _may_hide_a_break(target)
                                       or _may_space_a_range(target)
                                       or may_have_spaced_marks(target)
                                       or ("'" in seg.source and ("' " in target or " '" in target))
                                       or _may_space_inside_quotes(target)
                                       or ("< " in target and "</" in seg.source)
                                       or ("<" in target and (_SPACE_AFTER_TAG.search(target)
                                                              or _SPACE_OPENING_TAG.search(target)))
                                       or ("`" in target and "`" in seg.source and _padded_code_hint(target))
                                       or (("(" in target or "[" in target)
                                           and (_may_space_inside(target) or _may_space_before_closing_stop(target)))):
            yield from _whitespace(seg.position, target, seg.source)
        if "spacing" in checks:
            numero_here = numero
            if numero == NUMERO_AS_THE_DOCUMENT and "№" in target:
                spaced_numero = _spaced_numero_documents(ctx.segments) if spaced_numero is None else spaced_numero
                numero_here = NUMERO_SPACED_HERE if seg.document_id in spaced_numero else 0
            yield from _spacing(seg.position, seg.source, target, target_abbr, percent, spaced_dash=spaced_dash,
                                numero=numero_here, russian=target_lang == "ru")
        if "repeated-word" in checks and (_REPEATED.search(target) or (MAY_DOUBLE.search(target) and DOUBLED_NUMBER.search(target)) or (
                _may_repeat_lead(target) and _repeated_leads(target)) or ("@" in target and _NAMED_TWICE.search(target))):
            yield from _repeated_words(seg.position, seg.source, target)
        if "capitalisation" in checks and seg.position not in lower_by_context:
            capitals = _capitalisation(seg.position, seg.source, target if reading is None else reading.text,
                                       ctx.list_items, item=seg.position in lowered_items,
                                       sentences=seg.position in sentence_items)
            yield from capitals if reading is None else _as_written(capitals, reading)
    if "unpaired" in checks:
        yield from _unpaired(ctx.segments, untranslated, readings)


def ending(text: str) -> tuple[str, Span] | None:
    """The terminal punctuation class of `text` and its span, or None when a word ends it.

    Closing quotes, brackets and emphasis are looked through ("…identity." and
    «…идентичности». both end in a full stop, and so does «**…раз.**»); so is a footnote
    number after the punctuation ("the state.12"). "..." counts as "…". So is the address of a
    Markdown link at the end (`_LINK_ADDRESS_TAIL`): "[… attacks.](https://…)" ends in a full stop.
    """
    if text.rstrip().endswith(")") and (link := _LINK_ADDRESS_TAIL.search(text)) is not None:
        text = text[:link.start()]
    inner = _STOP_AFTER_QUOTE.search(text)
    if inner is not None:
        # «…трибуны?».: Russian closes the sentence after a quoted question; the
        # sentence ends as the question does.
        mark = inner.group(1)
        return _END_CLASS.get(mark, "…"), inner.span(1)
    stripped = _FOOTNOTE_TAIL.sub("", _TRAILING.sub("", text))
    stripped = _TRAILING.sub("", stripped)
    if not stripped:
        return None
    if stripped.endswith("..."):
        return "…", (len(stripped) - 3, len(stripped))
    last = stripped[-1]
    if last in _END_CLASS:
        return _END_CLASS[last], (len(stripped) - 1, len(stripped))
    return None


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def _blank_comments(text: str) -> str:
    """`text` with its HTML comments («[crates.io](…)<!-- ignore -->.») blanked out, kept at their
    length so that the spans read after them still point into the text: a reader never sees a
    comment, so the sentence ends with the mark after it, and «-->» is no literal the
    translation may end on without a stop."""
    return _HTML_COMMENT.sub(lambda comment: " " * len(comment.group()), text) if "<!--" in text else text


_STATEMENT_ENDS = {".", "!", "…"}
"""Ends that close a statement: a translation may trade one for another (literary Russian
turns many a full stop into «!», and tones one down; house rules D4 and D4' in docs/qa.md); a
question, a colon or no stop at all is another matter."""

_DOUBLED_STOP = re.compile(r"[^\W\d_](\.\.|::|;;|,,)[\s\"'»”’)\]]*$")
"""«параметры..», «из важных::»: a full stop, a colon, a semicolon or a comma typed twice after a
word (an ellipsis has three stops)."""
_DOUBLED_ENDS = ("..", "::", ";;", ",,")
_MIXED_ENDS = re.compile(r"(?:[^\W\d_]|[)\]»\"”’])(\.[;:,]|[;:,]\.)[\s\"'»”’)\]]*$")
"""«…бесполезен).;»: a sentence's stop and a list item's «;» (or a comma, a colon) typed together
at the end, two end marks where one was meant; not an abbreviation's stop («и т. д.:») nor the
«;» of a character reference («&quot;.»)."""
_REFERENCE_OPENED = re.compile(r"&#?\w+$")
_SPEECH_BROKEN_OFF = re.compile(r"[^\W\d_][-–—]\s*$")
"""A source whose speech breaks off with a dash run into its last word ("so just know like-", a
transcript's words left unsaid): Russian marks speech broken off with an ellipsis («…знай, что...»;
Мильчин), so the translation's «…» answers the dash, which `ending` reads as no end mark."""
_STOP_EACH_SIDE = re.compile(r"[^\W_](\.)[\"'»”’)\]]+(\.)\s*$")
"""«…никогда уже не просветлеет.".»: a full stop both before and after the closing quote or
bracket that ends the text. Russian puts the sentence's stop after the quotation alone (and a
«?», «!» or «…» of the quotation stays inside with a stop after it, `_STOP_AFTER_QUOTE`)."""

_STOP_AFTER_ELLIPSIS = re.compile(r"(?:\.\.\.|…)(\.+)[\s\"'»”’)\]]*$")
"""«…наверное, догадались....», «изображение….»: a full stop typed right after the ellipsis that
ends the text. Where the source's sentence trails off ("As you have probably guessed..."), the
translation's ellipsis is the sentence's, which closes a Russian sentence alone, its stop absorbed
(Мильчин, «Справочник издателя и автора»). Where the source ends with a stop, the ellipsis is a
name's, a menu item that opens a dialog («… пункт меню Настройка → Настроить KmPlot....»), and the
sentence's stop after it stands, as it does after a menu path the source ends on ("… through:
Colors → Color Balance…" as «… в меню Цвет → Цветовой баланс….», `_ends_menu_path`); after a quotation's closing mark it stands too («…подумаю…».),
which `_STOP_AFTER_QUOTE` reads."""


def _bare_end(text: str) -> str:
    """`text` without the spaces, closing quotes and brackets after its last mark (a cheap test
    before `_DOUBLED_STOP`, which every segment would otherwise scan whole)."""
    return text.rstrip().rstrip("\"'»”’)]").rstrip()


_RST_MARKUP = re.compile(r"``[^`\s]|:[a-z]+:`")
"""reStructuredText's own inline markup: ``literal``, a role such as :meth:`…`."""


def _literal_block_colon(source: str, target: str, doubled: str) -> bool:
    """Whether a «::» ending is reStructuredText's mark of a literal block after a colon, in
    text that uses its markup («Скачать код можно командой::» for "… the following command:"):
    the reader sees one colon, and the block of code after it."""
    return doubled == "::" and source.rstrip().endswith(":") and _RST_MARKUP.search(source + target) is not None


_END_NAMES = {
    ".": N_("a full stop"),
    "…": N_("an ellipsis"),
    "?": N_("a question mark"),
    "!": N_("an exclamation mark"),
    ":": N_("a colon"),
    ";": N_("a semicolon"),
    ",": N_("a comma"),
    None: N_("no punctuation"),
}


def _ends_with_abbreviation(text: str, abbreviations: Mapping[str, object]) -> bool:
    """Whether the final full stop belongs to an abbreviation ("и т. д.", "etc.", "1923 г.")."""
    tail = _ABBREVIATION_TAIL.search(_TRAILING.sub("", text))
    if tail is None:
        return False
    parts = tail.group().split()
    words = [w for part in parts for w in part.split(".") if w]
    for k in range(1, min(3, len(words)) + 1):
        key = ".".join(words[-k:]).casefold() + "."
        if key in abbreviations:
            return True
    return False


_CODE_TAIL = re.compile(r"(?<=[.!?…])(?:[ \u00a0]+(?:[A-Z][A-Za-z]{0,3}\.|[A-Z]{1,6}|[A-Z]*[0-9][0-9A-Za-z/.-]*)){1,6}"
                        r"[ \u00a0]*$")
"""Tokens of a form's or a document's code after the text's last stop: «… поддержку. No. RUS083510
Rev. 3/25», "… treatment. CS 2021": capitalised abbreviations, capitals and numbers, nothing a
sentence is made of."""
_DIGITS = re.compile(r"\S*[0-9]\S*")


def _ending_before_code(source: str, target: str) -> tuple[str, Span] | None:
    """`ending` of `target`, or of its sentence before a code run into it (`_code_after_stop`),
    where the source ends with a mark."""
    tgt = ending(target)
    if tgt is None and (code := _code_after_stop(source, target)) is not None:
        return ending(target[:code])
    return tgt


def _code_after_stop(source: str, target: str) -> int | None:
    """Where a code the source does not hold (`_CODE_TAIL`: a capital and a number in it, neither
    number in the source) starts, run into the end of the target after its sentence's stop: a
    printed handout's form number and revision, which the text taken from it joins to its last
    paragraph. The sentence ends at the stop; the code is no sentence for a stop to end (its
    numbers are `number-mismatch`'s to report, house rule D8)."""
    code = _CODE_TAIL.search(target)
    if code is None or not re.search(r"[A-Z]", code.group()):
        return None
    numbers = _DIGITS.findall(code.group())
    if not numbers or any(number.rstrip(".") in source for number in numbers):
        return None
    return code.start()


def _punctuation_end(
    position: int,
    source: str,
    target: str,
    source_abbr: Mapping[str, object],
    target_abbr: Mapping[str, object],
    target_lang: str = "",
    leads_in: bool = False,
    list_items: str = DEFAULT_LIST_ITEMS,
    heading: bool = False,
    source_item: bool = False,
    heading_asks: bool = False,
) -> Iterator[Finding]:
    """`leads_in`: whether
    another segment of the document turns a full stop into a colon (see `_leading_in`).
    `list_items`: the project's list-item convention (`LIST_ITEM_CONVENTIONS`). `heading`: the
    segment is a heading of running text (`headings.is_heading`), which takes no full stop.
    `source_item`: the segment is a list item (`_source_style_item`) of a project whose lists keep
    the source's end marks (`list_items = "source"`), so a stop its source lacks is a slip.
    `heading_asks`: the segment is a heading of running text (`headings.is_heading`) whose source
    has no end mark and whose translation ends with a question mark: a headline recast as a
    question («Вы уверены, мужчины?» for "Think again, men"), whose end mark house rule D1 leaves
    free however the question is built (a particle, a question word or intonation alone)."""
    source, target = _blank_comments(source), _blank_comments(target)
    doubled = _typed_twice(position, source, target, target_abbr)
    if doubled is not None:
        yield doubled
        return
    last_source, last_target = source.rstrip()[-2:], target.rstrip()[-2:]
    if last_source[-1:] == last_target[-1:] and last_source[-1:] in ".?!;:," and "." not in (
        last_source[:1] + last_target[:1]
    ):
        return  # the common case: both end with the same mark, no ellipsis involved
    if not any(ch.isalpha() for ch in source):
        return
    src = ending(source)
    tgt = _ending_before_code(source, target) if src is not None else ending(target)
    src_class = src[0] if src else None
    tgt_class = tgt[0] if tgt else None
    if src_class == tgt_class or {src_class, tgt_class} <= _STATEMENT_ENDS:
        return  # a full stop, an exclamation or an ellipsis: tone, which translators change (D4, D4')
    if src_class is None and tgt is not None and _no_sentence_end(source, target, tgt, heading_asks):
        return
    if src_class is None and tgt_class in (".", ":"):
        # A caption or a line whose source lost its stop gains one in translation; a line
        # that leads into a list or a code block gains a colon. A heading or a source that
        # breaks off mid-sentence does not.
        if tgt is not None and tgt_class == ".":
            yield from _stop_gained(position, source, target, tgt[1], heading, target_abbr, source_item)
        return
    if _question_by_grammar(src_class, tgt_class, target, target_lang):
        return
    if src_class == "?" and tgt_class in (".", None) and _recast_as_label(target, target_lang):
        return
    if tgt_class is None and _numbered_heading(source, target):
        return
    russian_items = list_items == "russian"
    if (_end_restyled(source, target, src_class, tgt_class, leads_in, russian_items)
            or _left_open(source, src_class, tgt_class, source_abbr, russian_items)):
        return
    if _menu_item_ellipsis(source, target, src_class, tgt_class) or _list_folded_in(source, target, src_class, tgt_class):
        return
    if (src_class, tgt_class) == (".", None) and (row_indent(source) is not None
                                                  or (key_row(source) and key_row(target))):
        return  # a table's rows («-D ПЕР   определить ПЕР»): their stops dropped row by row are a list's style
    # A stop that closes an abbreviation may stand for "no punctuation" too.
    if {src_class, tgt_class} == {".", None} and (
        (src_class == "." and _ends_with_abbreviation(source, source_abbr))
        or (tgt_class == "." and _ends_with_abbreviation(target, target_abbr))
    ):
        return
    template = (N_("The list item ends with {target_end} where the source's ends with {source_end}; the "
                   "project's convention (list_items = \"source\") keeps the source's end marks in lists.")
                if not russian_items and _LIST_MARKER.match(source)
                else N_("The source ends with {source_end} but the target with {target_end}."))
    yield Finding(
        position,
        "punctuation-end",
        "warning",
        **worded(template, source_end=phrase(_END_NAMES[src_class]), target_end=phrase(_END_NAMES[tgt_class])),
        source_spans=(src[1],) if src else (),
        target_spans=(tgt[1],) if tgt else ((len(target.rstrip()) - 1, len(target.rstrip())),),
    )


def _typed_twice(position: int, source: str, target: str, target_abbr: Mapping[str, object]) -> Finding | None:
    """A target that ends with a mark typed twice where the source has it once: «..», «::»,
    «;;», «,,», a full stop after an ellipsis («догадались....»), or a full stop on each side of
    the closing quote or bracket («…дорогу.».»)."""
    doubled = _DOUBLED_STOP.search(target) if _bare_end(target).endswith(_DOUBLED_ENDS) else None
    if doubled is not None and not _bare_end(source).endswith(doubled.group(1)) and not _literal_block_colon(
            source, target, doubled.group(1)):
        wording = (worded(N_("The target ends with two full stops.")) if doubled.group(1) == ".."
                   else worded(N_("The target ends with “{mark}” typed twice."), mark=doubled.group(1)[0]))
        return Finding(position, "punctuation-end", "warning", **wording, target_spans=(doubled.span(1),))
    if (mixed := _MIXED_ENDS.search(target) if _bare_end(target)[-2:-1] in (".", ";", ":", ",") else None) is not None:
        first, stop = mixed.start(1), mixed.start(1) + mixed.group(1).index(".")
        if not (_bare_end(source).endswith(mixed.group(1)) or _ends_with_abbreviation(target[:stop + 1], target_abbr)
                or target[first] == ";" and _REFERENCE_OPENED.search(target, 0, first)):
            return Finding(position, "punctuation-end", "warning",
                           **worded(N_("The target ends with “{first}” and “{second}” typed together."),
                                    first=mixed.group(1)[0], second=mixed.group(1)[1]),
                           target_spans=(mixed.span(1),))
    after_ellipsis = _STOP_AFTER_ELLIPSIS.search(target) if _bare_end(target).endswith(("..", "….")) else None
    if (after_ellipsis is not None and _STOP_AFTER_ELLIPSIS.search(source) is None
            and (source_end := ending(source)) is not None and source_end[0] == "…"
            and not _ends_menu_path(target)):
        return Finding(position, "punctuation-end", "warning",
                       **worded(N_("The target ends with a full stop after an ellipsis.")),
                       target_spans=(after_ellipsis.span(1),))
    each_side = _STOP_EACH_SIDE.search(target) if target.rstrip().endswith(".") else None
    if (each_side is not None and _STOP_EACH_SIDE.search(source) is None
            and not _ends_with_abbreviation(target[:each_side.end(1)], target_abbr)):
        return Finding(position, "punctuation-end", "warning",
                       **worded(N_("The target ends with a full stop both inside and after the closing mark.")),
                       target_spans=(each_side.span(1), each_side.span(2)))
    return None


def _ends_menu_path(text: str) -> bool:
    """Whether the text's last sentence names a menu path ("Colors → Color Balance…"): an ellipsis
    ending it is the last item's, which opens a dialog, even where the source ends on it."""
    last = _LAST_SENTENCE.search(text.strip())
    return any(arrow in (last.group() if last else text) for arrow in _MENU_ARROWS)


def _stop_gained(
    position: int, source: str, target: str, stop: Span, heading: bool, target_abbr: Mapping[str, object],
    source_item: bool = False,
) -> Iterator[Finding]:
    """A full stop the translation adds where the source has no end mark, reported when it
    closes a heading of running text (`headings.is_heading`; not an abbreviation's stop, «2013 г.»),
    a list item of a project whose lists keep the source's end marks (`source_item`), a
    sentence the source breaks off, cut in mid-sentence (`cut_off`, house rule D9), or a source
    that is no sentence but links and tags (`_links_and_tags_only`, D9)."""
    if heading and not _ends_with_abbreviation(target, target_abbr):
        yield Finding(position, "punctuation-end", "warning",
                      **worded(N_("The heading ends with a full stop; a Russian heading takes none.")),
                      target_spans=(stop,))
    elif source_item and not _ends_with_abbreviation(target, target_abbr):
        yield Finding(position, "punctuation-end", "warning",
                      **worded(N_("The list item ends with a full stop where the source's has no end mark; the "
                                  "project's convention (list_items = \"source\") keeps the source's end marks in "
                                  "lists.")),
                      target_spans=(stop,))
    elif (goes_on := cut_off(source, target)) is not None:
        yield Finding(position, "punctuation-end", "warning",
                      **worded(N_("The source breaks off at “{word}”, its sentence going on, but the target ends "
                                  "with a full stop."), word=goes_on[0]),
                      source_spans=(goes_on[1],), target_spans=(stop,))
    elif _links_and_tags_only(source):
        yield Finding(position, "punctuation-end", "warning",
                      **worded(N_("The source is a bare link or a row of tags, no sentence, but the target ends "
                                  "with a full stop.")),
                      target_spans=(stop,))


_LINK_OR_TAG = re.compile(rf"{ADDRESS.pattern}|(?<![\w&])[#@][^\W_][\w-]*", re.IGNORECASE)
"""A web or e-mail address, a hashtag or a mention ("#PilotTraining", "@nasa")."""


def _links_and_tags_only(source: str) -> bool:
    """Whether the source holds no words but addresses, hashtags and mentions (a post that is a
    link alone, a row of tags): no sentence, which a stop after it would make read as one, or as
    part of the link (house rule D9)."""
    return ("://" in source or "#" in source or "@" in source or "www." in source) and not any(
        ch.isalnum() for ch in _LINK_OR_TAG.sub(" ", source))


def _no_sentence_end(source: str, target: str, tgt: tuple[str, Span], heading_asks: bool) -> bool:
    """Whether the end mark of a target whose source has none leaves the target's sentence free
    of an end mark as the source's is: the mark of a bracketed aside (`_closes_aside`), the
    question mark of a headline recast as a question, which house rule D1 leaves free, or the
    ellipsis of speech the source breaks off with a dash (`_SPEECH_BROKEN_OFF`)."""
    return (_closes_aside(target, tgt[1]) or (tgt[0] == "?" and heading_asks)
            or (tgt[0] == "…" and _SPEECH_BROKEN_OFF.search(source) is not None))


def _closes_aside(target: str, mark: Span) -> bool:
    """Whether the target's last mark stands inside a bracketed aside that ends the text after
    words of its own («Nov 20 05:38 На master начинаются сбои (Oops...)»): the mark is the aside's,
    and the sentence around it ends with none (a stop would follow the bracket). A text that is
    one bracket whole («(Если вы видите это …, это баг.)») holds its own sentence's mark."""
    if not target[mark[1]:].lstrip("\"'»”’").startswith(")"):
        return False
    depth = 0
    for i in range(mark[0] - 1, -1, -1):
        if target[i] == ")":
            depth += 1
        elif target[i] == "(":
            if depth == 0:
                return any(ch.isalpha() for ch in target[:i])
            depth -= 1
    return False


def _left_open(
    source: str, src_class: str | None, tgt_class: str | None, source_abbr: Mapping[str, object], russian_items: bool
) -> bool:
    """Whether the translation leaves open a sentence the source leaves open too: the source's
    last stop is an abbreviation's ("… out of them. e.g." as «…, например:»), so the colon leads
    into what follows as after a source with no mark; or, by the Russian convention of lists, an
    item of a list run into its lead-in's sentence ends with «;» or «,» («- *Итераторы* — способ
    обработки …,» for "- _Iterators_, a way of processing …"; Мильчин)."""
    if (src_class, tgt_class) == (".", ":"):
        return _ends_with_abbreviation(source, source_abbr)
    return russian_items and tgt_class in (";", ",") and src_class in (None, ".") and _LIST_MARKER.match(source) is not None


_MENU_ARROWS = ("→", "▸", "⇒")
"""The joiners of a menu path as documentation writes it ("File → Import")."""


_QUOTED_ELLIPSIS = re.compile(r"«[^«»]+(?:\.\.\.|…)»\s*$")
"""«Работа с модулем «Закрыть кроме/только...»»: a Russian quotation that ends the text with
an ellipsis inside its closing guillemet."""


def _menu_item_ellipsis(
    source: str, target: str, src_class: str | None, tgt_class: str | None
) -> bool:
    """A menu path ("File → Import → Import Calendar") or a command quoted by name ("Using the
    Close Except/Like Plugin" as «Работа с модулем «Закрыть кроме/только...»») whose last item
    gains «...» in the translation: the translated interface marks an item that opens a dialog
    or a submenu so, and the text cites the item as the interface shows it; the ellipsis inside
    the closing guillemet is the name's, not the sentence's."""
    return src_class is None and tgt_class == "…" and (
        any(arrow in source for arrow in _MENU_ARROWS) or _QUOTED_ELLIPSIS.search(target) is not None)


def _list_folded_in(source: str, target: str, src_class: str | None, tgt_class: str | None) -> bool:
    """A colon that leads into a list the translation folds into its own sentence ("… and the
    About dialogs:" as «…из трёх кнопок: Руководство, О программе и О KDE.»): the colon moved
    inside the last sentence, so the sentence ends with a stop. Without a colon there
    («Сделайте следующее.»), or with fewer colons than the source, the lead-in was lost and the
    check still reports it."""
    if (src_class, tgt_class) != (":", ".") or target.count(":") < source.count(":"):
        return False  # «Общие: общие параметры.» for "Common: options common to both:": one lost
    last = _LAST_SENTENCE.search(target.strip())
    sentence = last.group() if last else target
    colon = sentence.rfind(":")
    return colon != -1 and bool(sentence[colon + 1:].strip(" .\u00a0"))


_CATAPHORA = re.compile(
    r"(?<![\w-])(?:following|below|as follows|follows|ниже|следующ[а-яё]*|так(?:им образом)?"
    r"|here(?:['’]s|\s+(?:is|are))|(?:this|these)(?:\s+[a-z]+)?\s+examples?)(?![\w-])",
    re.IGNORECASE,
)
"""Words that point at what comes next ("executes the following", «выполняет следующее»; "Here
are some examples.", which leads into the examples after it; "… for this simple example.",
said of the example shown next)."""
_POINTS_BELOW = re.compile(r"(?<![\w-])ниже[.\s]*$", re.IGNORECASE)
"""A sentence that ends by saying its object stands below («…, как показано ниже.»)."""
_LAST_TOKEN = re.compile(r"(?<!\S)(\S+)\s*$")
"""The last word of a text, tried only where a word begins (a token of 50,000 characters inside a
target was tried from each of them: seconds)."""


def _copied_literal(token: str, source: str) -> bool:
    """An option or a run of signs ("--help", "?=", "<<") that the source has as a token: a stop
    after it could be read as part of it. A name ("dm-crypt", "GNU/Linux") is no such token."""
    return (bool(_OPTION_OR_SIGNS.fullmatch(token))
            and re.search(rf"(?<!\S){re.escape(token)}(?=[\s.,;:]|$)", source) is not None)


def _address_token(token: str) -> bool:
    """A web or e-mail address, closing brackets and marks aside: a stop after it could be read
    as part of it, so translators leave it out ("… can be found here: https://…/page.html.")."""
    address = ADDRESS.match(token)
    return address is not None and not token[address.end():].strip(")]>»”\"'")


def _set_apart(target: str, start: int) -> bool:
    """Whether a colon sets the text's last token apart ("… можно прочитать здесь: https://…"):
    an address shown as the value the sentence leads to, which translators leave without the
    stop as they do after a copied option. One that ends the sentence's own words («посмотреть
    на http://lists.example.org» for "check out http://lists.example.org.") keeps its stop."""
    return target[:start].rstrip().endswith(":")


_OPTION_OR_SIGNS = re.compile(r"--?[^\W\d_][\w-]*|[^\w\s]+")


def _end_restyled(
    source: str, target: str, src_class: str | None, tgt_class: str | None, leads_in: bool = False,
    russian_items: bool = True,
) -> bool:
    """Whether the target's end follows a rule of Russian typesetting rather than a slip.

    Each case is one translators follow on purpose, read off real documentation:

    * the source segment stops at a comma, mid-sentence: the sentence goes on in
      the next segment and the translation may end its part with nothing or with
      a colon («Например:» for "For example,"), as its word order needs, or make
      it a sentence of its own (a list item "… (all links are removed)," as «…
      (удаление всех связей).»), or trail it off with an ellipsis that the next part takes up
      («Но в остальных случаях...» before «...группы не нужны.»: subtitles split a sentence so);
    * a list item restyled by Russian rules: a small first letter and «;», «,» or
      nothing at the end («сборка двоичных пакетов …» for "Build binary packages.");
      the two changes together are a style, either alone is a slip; an item with nothing
      at the end must be a fragment, though (`_sentence_item`); not where the project keeps
      the source's style in lists (`russian_items` false);
    * the target ends with a literal copied from the source ("dpkg-deb --help.",
      "the ?= term.") or an address a colon sets apart ("here: https://…/page.html."): the stop
      is left off so that it is not read as part of it;
    * a whole sentence in brackets made a fragment, whose stop Russian leaves out «(номера строк
      добавлены для наглядности)»; one that opens with a capital is a sentence of its own, which
      keeps its stop inside the bracket («(Если вы видите это …, это баг.)», Мильчин);
    * a colon where the source's sentence announces what follows ("executes the
      following.", «выполняет следующее:»), or where the translator writes such colons
      throughout the document (`leads_in`: «Теперь у вас есть несколько заплат:» before a
      list, in a manual that ends its other lead-ins with colons too), or where the next segment
      is an item of a list the colon leads into or goes on in a small letter (`leads_in` again:
      «… Рекомендуется:» before «* запрещать доступ …», «… пакета Debian:» before «создание …»);
    * a stop where the source's colon leads into a figure or a block that the translation
      points at in words at its end («Появится окно, как на иллюстрации ниже.» for "The
      following dialog appears:"); «Сделайте следующее.», a lead-in lost, is still reported;
    * a colon where the translation's last sentence opens by pointing at what follows
      («Следующий пример — создание итераторов …:» for "We create an iterator …."), however
      long the sentence runs after that word;
    * no stop after a quotation's attribution (`_attribution`).
    """
    if src_class == "," and tgt_class in (None, ":", ".", "…"):
        return True
    first = _FIRST_LETTER.search(target)
    if (russian_items and src_class == "." and tgt_class in (None, ";", ",") and first is not None
            and first.group().islower() and (tgt_class is not None or not _sentence_item(target))):
        source_first = _FIRST_LETTER.search(source)
        if source_first is None or source_first.group().isupper() or tgt_class == ";":
            return True
    if {src_class, tgt_class} == {".", None}:
        last = _LAST_TOKEN.search(target)
        if last is not None and (_copied_literal(last.group(1), source) or _address_token(last.group(1))
                                 and (tgt_class == "." or _set_apart(target, last.start()))):
            return True
        if (source.strip()[:1] == target.strip()[:1] == "(" and target.rstrip()[-1:] == ")"
                and (first is None or first.group().islower())):
            return True
    if (src_class, tgt_class) == (":", ".") and _POINTS_BELOW.search(target):
        return True
    if (src_class, tgt_class) == (".", None) and _attribution(source, target):
        return True
    if src_class == "." and tgt_class == ":":
        last = _LAST_SENTENCE.search(source.strip())
        last_target = _LAST_SENTENCE.search(target.strip())
        return bool(leads_in or _CATAPHORA.search(last.group() if last else source)
                    or _CATAPHORA.search(target[-60:])
                    or (last_target is not None and _CATAPHORA.match(last_target.group())))
    return False


_SOURCE_ATTRIBUTION = re.compile(r"[\])»”\"'][.!?]?[ \u00a0]*[—–-][ \u00a0]*[A-Z][^—–]*$")
"""A quotation's attribution after a dash, after its closing mark or a stage direction's bracket
("… life.” -Terry Pratchett, “Jingo”. 1997.", "[Stabs through the arras.] -William Shakespeare")."""
_TARGET_ATTRIBUTION = re.compile(r"[»”\"][.!?…]?[ \u00a0]*[—–-][ \u00a0]*[А-ЯЁA-Z][^—–.!?…]*$")
"""The same after a closing quotation mark, with no end mark («…жизни.» — Терри Пратчетт, «Патриот»);
a dash after a plain stop («Сохранить. — Сохраняет файл») begins no attribution."""


def _attribution(source: str, target: str) -> bool:
    """Whether both sides end with a quotation's attribution, whose stop the translation drops:
    Russian sets an epigraph's author and work after a dash with no stop («…» — Уильям
    Шекспир, «Гамлет»), where English may close it as a sentence ("-William Shakespeare,
    Hamlet. 1603.")."""
    return bool(_SOURCE_ATTRIBUTION.search(source.rstrip()) and _TARGET_ATTRIBUTION.search(target.rstrip()))


_LIST_ITEM_END = re.compile(r"[;,]\s*$")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*+•]|[0-9]{1,2}[.)]|[a-z][)])[ \u00a0]+(?=\S)")
"""A list item's marker at the start of a text: a bullet ("- ", "* ", "• "), a number or a
letter ("1. ", "2) ", "a) "), then a space; "--disk" and "-1" are no markers."""


def _stop_to_colon(seg: Segment) -> int:
    return int(seg.source.rstrip().endswith(".") and seg.target.rstrip().endswith(":"))


def _leading_in(segments: Sequence[Segment]) -> dict[int, int]:
    """How many segments of each document end with a colon where their source ends with a
    full stop.

    A translator who ends the sentences before lists and code with a colon does so
    throughout a manual (dev-manuals: three of its four such real pairs have a neighbour
    that does it too); a stop turned into a colon in a text that nowhere else does it is a
    slip (none of its eight such synthetic errors has one).
    """
    counts: dict[int, int] = {}
    for seg in segments:
        counts[seg.document_id] = counts.get(seg.document_id, 0) + _stop_to_colon(seg)
    return counts


_BLOCK_OPENS = re.compile(r"```|~~~|    \S|\t|[$#>][ \u00a0]\S|[«„\"“]")
"""The opening of what a colon announces outside running text: a fenced or an indented code block,
a shell prompt or a quoted block ("$ git checkout iss53", "> цитата"), a quotation (house rule D26)."""


def _list_follows(segments: Sequence[Segment], k: int) -> bool:
    """Whether the segment after the `k`-th, in the same document, is an item of a list (its
    translation opens with a marker) or goes on in a small letter (an item run into the lead-in's
    sentence, «создание родного пакета …», or a figure's caption, «угол = 90»), or opens a block
    (`_BLOCK_OPENS`) or is code copied from its source ("$ git checkout iss53"): a colon at the end
    of the `k`-th leads into what follows, whatever the source's sentence ended with (house rule
    D26). A next segment that is a new sentence, or none, leaves the colon leading into nothing."""
    following = segments[k + 1] if k + 1 < len(segments) else None
    return (following is not None and following.document_id == segments[k].document_id
            and (_LIST_MARKER.match(following.target) is not None or following.target.lstrip()[:1].islower()
                 or _BLOCK_OPENS.match(following.target) is not None
                 or (following.target.strip() != "" and is_copy(following.source, following.target))))


_MAX_DESCRIPTION_WORDS = 15
"""The longest description of a definition list `_bare_descriptions` reads as one: an option's
help is a line or two ("Linked policy module package generated by this tool."), not a paragraph."""


_DESCRIPTION_REACH = 10
"""How far `_bare_descriptions` walks each way for the list's section heading (the bench gives a
case ten neighbours a side): a long document costs no more than that per description."""


def _section_heading(text: str) -> bool:
    """Whether `text` is a man page's section heading ("OPTIONS", «СМОТРИТЕ ТАКЖЕ»): capitals only."""
    return any(ch.isalpha() for ch in text) and text.strip() == text.strip().upper()


def _bare_item(text: str) -> bool:
    """Whether `text` is a short line that ends without a mark: a description of a definition list
    written as the translation writes its list's others."""
    return _bare_end(text)[-1:].isalnum() and len(text.split()) <= _MAX_DESCRIPTION_WORDS


def _bare_descriptions(segments: Sequence[Segment]) -> set[int]:
    """Positions of descriptions of a definition list (a man page's options, term and description
    pairs) whose translation drops the source's full stop, as it ends every other item of that
    list (house rule D27; D2's sibling): the translator's style for the list, no slip.

    The list is the run of segments around the description in its document that a section heading
    (`_section_heading`, "OPTIONS", "SEE ALSO") bounds on one side at least; every one of them must
    be a short line without an end mark in the translation (`_bare_item`), two at the least. One
    item with a stop (man-handbooks' audit2allow #61, among options whose stops the translation
    keeps) shows the dropped stop a slip of that one description, which D27 keeps an error; a run
    with no section heading is a catalogue's messages and labels (string-history's gPodder and
    GIMP strings, «Проверьте настройки устройства»), whose dropped stops are slips one by one."""
    spared: set[int] = set()
    for k, seg in enumerate(segments):
        source_end = _bare_end(seg.source)
        if (not source_end.endswith(".") or source_end.endswith("..") or ". " in seg.source.strip()
                or not _bare_item(seg.target)):
            continue
        items, headed = 0, False
        for step in (-1, 1):
            n = k + step
            while (0 <= n < len(segments) and segments[n].document_id == seg.document_id
                   and abs(n - k) <= _DESCRIPTION_REACH):
                if _section_heading(segments[n].source):
                    headed = True
                    break
                if not _bare_item(segments[n].target):
                    items = -len(segments)  # an item that keeps its stop, or a paragraph: no such list
                    break
                items += 1
                n += step
        if headed and items >= 2:
            spared.add(seg.position)
    return spared


def _source_style_item(segments: Sequence[Segment], k: int) -> bool:
    """Whether the `k`-th segment, whose source has no end mark, is an item of a list rather than
    a heading, a label or a sentence that lost its stop: its source opens with a list marker, or
    it follows a lead-in (the translation before it ends with «:», «;» or «,»), or a neighbour in
    its document is a bare line too (a list without markers, its items one line each: the steps
    of an instruction, a list of rights). A heading of running text (`headings.is_heading`) is
    none, whatever stands around it."""
    seg = segments[k]
    if _LIST_MARKER.match(seg.source) is not None:
        return True
    if is_heading(segments, k):
        return False
    previous = segments[k - 1] if k else None
    if previous is not None and previous.document_id == seg.document_id and _LEAD_IN.search(previous.target):
        return True
    return any(0 <= n < len(segments) and segments[n].document_id == seg.document_id
               and _bare_end(segments[n].source)[-1:].isalnum() and not is_heading(segments, n)
               for n in (k - 1, k + 1))


def _list_items(segments: Sequence[Segment], russian_items: bool = True) -> set[int]:
    """Positions of items of a list the translator punctuates by Russian rules.

    Russian ends the items of a list with «;» (the last with «.») where English
    gives each its own full stop: an item ending in «;» or «,» whose neighbour
    in the same document ends the same way («armel: машины ARM …;» between
    two such items), or ending in «;» before an item that opens in a small letter,
    follows the list, not the source; so do items the translator makes sentences of
    their own, a stop for each of the source's semicolons (`_stop_for_semicolon`). The
    Russian ends are read only by the Russian convention (`russian_items`).
    """
    items: set[int] = set()
    ends = [("russian" if russian_items and _LIST_ITEM_END.search(seg.target) else
             "sentence" if ";" in seg.source[-4:] and _stop_for_semicolon(seg) else None)
            for seg in segments]
    for k in [k for k, end in enumerate(ends) if end is not None]:
        seg = segments[k]
        for n in (k - 1, k + 1):
            if 0 <= n < len(segments) and segments[n].document_id == seg.document_id and ends[n] == ends[k]:
                items.add(seg.position)
        if (ends[k] == "russian" and seg.target.rstrip().endswith(";") and k + 1 < len(segments)
                and segments[k + 1].document_id == seg.document_id):
            following = segments[k + 1].target.lstrip()
            if following[:1].islower():  # a word, not a term of code «?=переменная»
                items.add(seg.position)  # «…состоянием репозитория;» before «обновить файлы …»
    return items


def _stop_for_semicolon(seg: Segment) -> bool:
    """An item the translator ends with a stop where the source ends it with a semicolon
    («Общее имя (CN) — ваше имя.» for "Common Name (CN): Your name;"): made a sentence of its own."""
    return seg.source.rstrip().endswith(";") and seg.target.rstrip().endswith(".")


_ITEM_LABEL = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)?:[ \u00a0]")
"""«Нормально: Поворот = 0»: an item that opens with a label and a colon (a caption's, a
description list's)."""
_INNER_SENTENCE = re.compile(r"[.!?…][ \u00a0]+[A-ZА-ЯЁ]")
_OPEN_END = frozenset(".…?!:;,")


def _item_shape(target: str, source: str, russian_items: bool = True) -> str | None:
    """How an item of a list or a series of captions opens, when it is one sentence with no
    end mark: with a label and a colon, or with a small letter (by the Russian convention of
    lists, `russian_items`); None for anything else."""
    bare = _bare_end(target)
    if not bare or bare[-1] in _OPEN_END or _INNER_SENTENCE.search(target):
        return None
    if _ITEM_LABEL.match(target):
        return "label"
    first = _FIRST_LETTER.search(target)
    if not russian_items or first is None or not first.group().islower():
        return None
    source_first = _FIRST_LETTER.search(source)
    sentence = (source_first is not None and source_first.group().isupper()
                and _SENTENCE_END.search(source.rstrip()) is not None and _sentence_item(target))
    return None if sentence else "small"


def _unstopped_items(segments: Sequence[Segment], russian_items: bool = True) -> set[int]:
    """Positions of items of a series the translator writes without end marks.

    A list's items in small letters («сквозное выделение …», «синхронизация проекта …») or a
    series of captions («Нормально: Поворот = 0», «Повёрнуто: Поворот = 20 и 10 градусов») go
    without a stop in Russian, whatever the source does item by item: an item with no end
    mark next to one of the same shape without one follows the series' style, not a slip. A
    paragraph of several sentences is no such item, nor is a sentence of the source (a capital,
    a stop) still a sentence in small letters (`_sentence_item`: «массив и хеш - не одно и то же»
    for "Hashes and arrays are not interchangeable."), which keeps its stop in any list.
    """
    shapes = [_item_shape(seg.target, seg.source, russian_items) for seg in segments]
    items: set[int] = set()
    for k, seg in enumerate(segments):
        if shapes[k] is None:
            continue
        for n in (k - 1, k + 1):
            if (0 <= n < len(segments) and shapes[n] == shapes[k]
                    and segments[n].document_id == seg.document_id):
                items.add(seg.position)
    return items


_SECTION_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)*\.?[ \u00a0]")


def _numbered_heading(source: str, target: str) -> bool:
    """Both sides open with the same section number («4.3. Многострочные надписи …»): a
    heading, whose end mark (a colon before a figure, a stop) is house style. A heading opens
    with a capital after its number; a number before a small letter («1. **fix:** commit _типа_
    …», "1. **fix:** a commit …") marks an item of a numbered list run on in small letters, a
    sentence whose stop the translation must keep as the source does."""
    number = _SECTION_NUMBER.match(source)
    if number is None or not target.startswith(number.group()):
        return False
    first = _first_letter(target[number.end():])  # past a tag or a link the heading opens with
    return first is None or first.group().isupper()


_PREDICATES = frozenset({"VERB", "INFN", "PRTS", "ADJS", "PRED", "GRND"})
"""pymorphy3's parts of speech that can carry a Russian sentence's predicate: a verb, an
infinitive, a short participle or adjective, a predicative («Сохранить изменения?», «Вы
уверены?», «Готово?», «Можно?»), any of which a yes/no question may be built on."""


def _recast_as_label(target: str, target_lang: str) -> bool:
    """Whether a question's translation is a label: its last sentence, brackets aside, has no
    word any reading of which could be a predicate (`_PREDICATES`), so it names the setting the
    question asks about («Разбивка объектов на группы на панели просмотра.» for "Are items
    shown in groups in the views?"), as a settings list names its items. Russian may ask a
    yes/no question by intonation alone, but only of a clause; a name asks nothing."""
    if primary_language(target_lang) != "ru":
        return False
    from workbench.core.morphology import analyzer

    last = _LAST_SENTENCE.search(target.strip())
    words = _RUSSIAN_WORD.findall(_BRACKETED.sub(" ", last.group() if last else target))
    if not words or _QUESTION_WORD_FIRST["ru"].search(target) or _QUESTION_PARTICLE["ru"].search(target):
        return False
    parse = analyzer().parse
    return not any(_PREDICATES & {str(p.tag.POS) for p in parse(word.casefold())} for word in words)


_QUESTION_PARTICLE = {
    "ru": re.compile(
        r"(?<![\w-])(?<!вряд )(?<!едва )(?<!то )(?:ли|ль|неужели|неужто|разве(?! что)|нешто)(?![\w-])",
        re.IGNORECASE,
    ),
}
"""Particles that make a Russian sentence a question whatever its word order («не подвох ли
это», «неужели мне не удастся»); not «вряд ли», «едва ли» (statements), «то ли … то ли» (either)."""
_QUESTION_WORD_FIRST = {
    "ru": re.compile(
        r"(?:^|[;:—–(«„\"]\s*)(?:кто|кого|кому|кем|почему|зачем|отчего|куда|откуда|сколько|где"
        r"|как(?:ой|ая|ое|ие|ого|ую|их|им|ими|ом|ова|ов|овы)|ч(?:ей|ья|ьё|ье|ьи)|что[ \u00a0]+такое)(?![\w-])",
        re.IGNORECASE,
    ),
}
"""An interrogative word opening a clause («…; кто знает, от чего?»). «Что», «как» and
«когда» are left out: they open statements as conjunctions just as often; «что такое» opening
a clause asks what a thing is («Что такое конгресс» for "Congress – what is it?")."""
_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?…])\s+)(?=\S)(?:(?![.!?…]\s).)*$", re.DOTALL)


def _question_by_grammar(
    src_class: str | None, tgt_class: str | None, target: str, target_lang: str
) -> bool:
    """Whether the target's question mark follows from its own grammar, not from a slip: a line
    the source leaves with no end mark (a headline, a label) that the translation recasts as a
    question, built as one (a particle or a question word in its last sentence, the sentence the
    mark ends). A question mark gained after the source's stop or «!», or lost for a stop or «!»,
    is a question made a statement or the reverse, whatever the grammar («…могло ли оно
    случиться, или нет?» for "I cannot tell you whether that could have happened"; «Вы можете
    спросить, зачем они нужны.» for "You might wonder, why do we need them?"): the house rule D4
    of docs/qa.md (session 37) counts it an error, as the issue's readers do.
    """
    lang = primary_language(target_lang)
    particle, first = _QUESTION_PARTICLE.get(lang), _QUESTION_WORD_FIRST.get(lang)
    if particle is None or first is None:
        return False
    last = _LAST_SENTENCE.search(target.strip())
    sentence = last.group().strip() if last else target
    if src_class is None and tgt_class == "?":
        # a headline with no end mark recast as a question («Воспринимают ли дети иронию?»
        # for "Too Young for School, but Ready for Irony") asks it as a statement's stop would
        return bool(particle.search(sentence) or first.search(sentence))
    return False


def _is_apostrophe(text: str, i: int) -> bool:
    """’ or ' between letters (O’Brien, don't) or after a plural s (workers’) is no quote."""
    if text[i] not in "'’":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalpha() and after.isalpha():
        return True
    return text[i] in "'’" and before in "sS" and not after.isalnum() and _latin(before)


def _latin(ch: str) -> bool:
    return "a" <= ch.casefold() <= "z"


def _at_opening(text: str, i: int) -> bool:
    """A quotation mark opens when nothing but a space, a bracket or a dash stands before it."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{-–—/" or text[i - 1] in _ALL_QUOTES


_LANGUAGE_NAMES = {"ru": N_("Russian"), "uk": N_("Ukrainian"), "be": N_("Belarusian"), "de": N_("German"),
                   "fr": N_("French"), "en": N_("English")}


_NAME_WORD = re.compile(r"(?<![\w.$%@/\\-])[A-Z](?:'[A-Za-z])?[a-z]+(?![\w(/\\])")
"""A capitalised Latin word standing as a word ("Bone", "Google", "Squid"), an elided article
or preposition before it too ("J'accuse", "D'Artagnan", "L'Oréal": a title or a name all the
same), not inside an identifier, a path, an address or a call (`fooBar`, `os.Path`, `$Home`,
`Foo(`): a name or a title the prose speaks of, which a copied literal of code seldom is."""


_CAPITAL_WORD = re.compile(r"(?<![\w.$%@/\\:-])[A-Z][A-Za-z]+[0-9]*(?![\w(/\\.:-])")
"""A Latin word opening in a capital, standing as a word: an abbreviation or a name in capitals or
camel case ("RAID", "MUST", "DivX", "McCrispy", "Debconf10"), which `_NAME_WORD` leaves to this;
not an identifier in camel case ("fooBar") nor a token of code (":UNINST", "os.Path", "$HOME")."""
_CODE_SIGN = re.compile(r"[_/\\=$%{}<>]|[:;](?!\s)|\.\w")
"""A sign a quoted literal of code or data has and a name has not: an identifier's underscore, a
path's slash, an assignment, a placeholder's sign, a brace, a tag, a colon or a semicolon of a
statement glued to what follows (":UNINST"), a dot inside a word. A colon or a semicolon a
space follows is the punctuation of a message ("522 SSL connection failed: session reuse
required"), not code's."""
_NAMING_NOUN = re.compile(
    r"(?<![^\W\d_])(?:им(?:я|ени|енем)|слов[оа]?|сообщени[еяюи]|названи[еяюи]|известн\w+[ \u00a0]+как|пункт[ау]?|символ\w*"
    r"|кнопк[аеуио]й?|клавиш\w*|букв\w*|нажм\w*|нажим\w*|нажа\w*|надпис\w*|написан\w*)[ \u00a0]*$", re.IGNORECASE)
"""A Russian noun that names what the quotation after it is, a word, a name, a message, an item,
a sign or a button («слово "squad"», «доменного имени "localhost"», «сообщение "permission
denied"», «по пункту ".."», «(также известный как "runtime")»), or a key or a letter, or the verb
that presses it («клавишу 'w'», «буква "l"», «нажимаем "E"»; session 45: 7 held-out pairs, no false
alarm), or the text an inscription shows («с наклейкой, на которой написано "18"», «надпись
"Connected"»; session 46: 1 held-out pair found; the three quotations after these words in every
set are all texts shown, none a value): the quoted text is then a thing the prose speaks of,
whatever its shape, not code the reader types (measured over every set's quoted cases, session 44:
«тип» comes before values too, «тип "all files"»; «ошибка», «режим», «меню», «вкладка» found
nothing these do not)."""


_PROSE_WORDS = re.compile(r"(?:[a-z]{2,}[a-z0-9'-]*|a)(?:[ \u00a0-](?:[a-z]{2,}[a-z0-9'-]*|a))*|[A-Z]")
"""An English word or phrase in small letters ("logfile", "out-of-memory", "connection refused",
"good first issue", "http-01"), or a single capital letter (the "C" locale): text of a language,
not of code, which has a sign (`_CODE_SIGN`), an option's dash ("-r", "gpg --import"), a
variable's single letter ("a csub y csup x") or no letter at all ("1 3 5 2 4")."""
_DEFINED = re.compile(r"[ \u00a0]*=")
"""A quotation the text defines or assigns («“all” = просмотр всех команд» in a usage line): the
left side of syntax, not a quotation of prose."""


def _quoted_as_prose(quotation: re.Match[str], target: str, source: str) -> bool:
    """Whether a quotation copied from the source keeps marks the English wrote as quotation
    marks, which Russian sets as « » (house rule D15; session 46): English curly double marks
    (“ ”: no code writes them), or straight double marks round an English word or phrase
    (`_PROSE_WORDS`). English technical writing quotes a literal value in single marks ('off',
    'italian', 'hack': GNU's, the shell's, SQL's convention) and a word used as a word, a term, a
    name or a message in double ones ("logfile", "debounced", "dirmngr", "connection refused"):
    over every set's quotations in small letters copied from the source (session 46), those in
    double marks stood in 22 pairs labelled errors and 5 labelled clean, those in single marks in
    11 clean and 1 error ('sarge', a release's name after «иначе»). Not a token
    the text defines (`_DEFINED`), nor straight-quoted text a code noun calls by name (house rule
    D17's nouns, whatever its shape: «тип "all files"», a value with a space, which D17 itself
    leaves to D15), nor one whose segment quotes code in the same marks elsewhere
    (`_quotes_code_beside`: «в ключе "command" … по "gg" адресам»), nor one in a list a code noun
    introduces with a colon («Значения: "yes", "no"»): those marks are the code's."""
    mark, inner = quotation.group(1), quotation.group(2).strip()
    if _DEFINED.match(target, quotation.end()):
        return False
    if mark == "“" and quotation.group(3) == "”":
        return True
    return (mark == '"' and _PROSE_WORDS.fullmatch(inner) is not None
            and not named_as_code(target, quotation.start(), quotation.end())
            and not _quotes_code_beside(quotation, target, source) and not _listed_values(target, quotation.start()))


@lru_cache(maxsize=64)
def _code_quoting_marks(target: str, source: str) -> frozenset[str]:
    """The marks with which `target` quotes code: a quotation named as code (`_named_code`), holding a
    sign of code (`_CODE_SIGN`) or an option. Read once per target (a target of thousands of
    quotations asks for each of them)."""
    return frozenset(m.group(1) for m in _QUOTED.finditer(target)
                     if _named_code(m, target, source) or _CODE_SIGN.search(m.group(2)) or m.group(2).strip().startswith("-"))


def _quotes_code_beside(quotation: re.Match[str], target: str, source: str) -> bool:
    """Whether `target` quotes code in the quotation's mark (`_code_quoting_marks`): a text that quotes
    code in straight double marks quotes its values in them too («Верно, если команде, объявленной в
    ключе "command", нужно обращаться по "gg" адресам»)."""
    return quotation.group(1) in _code_quoting_marks(target, source)


_LISTED = re.compile(r"[ \u00a0]*(?:[\"'][^\"'\n]{1,60}[\"'][ \u00a0]*(?:(?:,|и|или|and|or)[ \u00a0]*)?)*",
                     re.IGNORECASE)
"""Quotations joined by commas and conjunctions: the list between a colon and the quotation read
(«Возможные значения: "yes", "no" или "auto"»)."""
_LAST_WORD = re.compile(r"[^\W\d_]+$")


def _listed_values(target: str, start: int) -> bool:
    """Whether the quotation at `start` stands in a list a code noun introduces with a colon
    («значения: "yes", "no"», "values: …"): the noun calls each of them code (house rule D17), though
    the colon ends the clause `named_as_code` reads."""
    colon = target.rfind(":", max(0, start - 200), start)
    if colon < 0 or _LISTED.fullmatch(target, colon + 1, start) is None:
        return False
    noun = _LAST_WORD.search(target, max(0, colon - 40), colon)
    return noun is not None and noun.group().casefold() in code_nouns()


_ITEM_NOUN = re.compile(r"(?<![^\W\d_])(?:им(?:я|ени|енем)|названи[еяюи]|пункт[ау]?|кнопк[аеуио]й?)[ \u00a0]*$",
                        re.IGNORECASE)
"""A noun that names a thing of the interface or a name, whatever characters it is written in:
«по пункту ".."», «кнопка "+"», «имя "…"»."""


def _named_items(target: str) -> set[int]:
    """Positions of the straight double marks round text an item's, a button's or a name's noun
    introduces (`_ITEM_NOUN`), signs alone too («щёлкнув по пункту ".."»: the parent folder's entry;
    session 46, html-manuals #173): a thing the prose speaks of, which Russian quotes in « » (house
    rule D15), though its marks look like a mark named on its own or a format's mark between signs,
    which `_copied_literals` and `_copied_code_marks` spare. A sign a «символ» or a «знак» names
    («символ '%'») is no item: those nouns are not here."""
    if '"' not in target:
        return set()
    return {i for m in _QUOTED.finditer(target)
            if m.group(1) == '"' and m.group(3) == '"' and m.group(2).strip()
            and _ITEM_NOUN.search(target, max(0, m.start() - 40), m.start()) is not None
            for i in (m.start(), m.end() - 1)}


def _spoken_of(quotation: re.Match[str], target: str, source: str) -> bool:
    """Whether a quotation of `_QUOTED` in `target` is a name or a word the Russian prose speaks
    of, which it quotes in « » whatever the English marks (house rules D15, D16): a capitalised
    word (`_NAME_WORD`), a word in capitals or camel case with no sign of code in double or curly
    marks (`_CAPITAL_WORD`, `_CODE_SIGN`: in straight single ones, the marks of shell, SQL and
    settings, "'RANDOM'" is a value), or any text with a letter or a digit that a naming noun
    introduces (`_NAMING_NOUN`; «символ '%'» names a sign, a mark quoted on its own). A straight
    single mark is an apostrophe or a letter as often («fetu'u 'o, … 1990'», Tongan's glottal
    stop): it quotes a name only where the source closes the same quotation too."""
    mark, inner = quotation.group(1), quotation.group(2).strip()
    if mark == "'" and quotation.group() not in source:
        return False
    return (_NAME_WORD.search(inner) is not None or _quoted_as_prose(quotation, target, source)
            or (mark != "'" and _CAPITAL_WORD.search(inner) is not None and _CODE_SIGN.search(inner) is None)
            or (any(ch.isalnum() for ch in inner)
                and _NAMING_NOUN.search(target, max(0, quotation.start() - 40), quotation.start()) is not None))


def _named_code(quotation: re.Match[str], target: str, source: str) -> bool:
    """Whether a quotation of `_QUOTED` is a token of code the sentence names as code (house rule
    D17, session 45: «аргумент "language"», «ключ "command"», «значение "small"»): written as code
    (`CODE_TOKEN`), copied with the straight marks the source gives it, and called by a code noun
    (`named_as_code`), whether it is a thing's name or its value, capitalised or not («параметр
    "Enabled"»). A button's label, a phrase with spaces, a word quoted as a word are no such token."""
    mark = quotation.group(1)
    return (mark in "\"'" and quotation.group(3) == mark and CODE_TOKEN.fullmatch(quotation.group(2)) is not None
            and quotation.group() in source and named_as_code(target, quotation.start(), quotation.end()))


def _copied_literals(target: str, source: str) -> set[int]:
    """Positions of quotation marks around text copied verbatim from the source.

    'choices', "1.0", "all files": an untranslated literal (a field's key, a version, an option's
    value) keeps the source's quotation marks in technical translations, and flagging it teaches
    editors to ignore the check. The source must have the same opening mark before the text:
    “root” in the source and "root" in the target is a mark changed, not copied. Only text without
    a letter of the target's own script counts, so a translated phrase in "straight quotes" is
    still reported. Nor does a name, a title or a word the prose speaks of count (`_spoken_of`:
    "Google Analytics", “Squid”, 'Edit Mesh', "DivX", «слово "squad"»): Russian quotes them in « »,
    whatever marks, double or single, the English used (house rules D15 and D16, sessions 43 and
    44); a quoted literal of code or data is rarely a capitalised word or named so.
    """
    exempt: set[int] = set()
    value_marks = {m.group(1) for m in _QUOTED.finditer(source) if _value(m.group(2))}
    for m in _QUOTED.finditer(target):
        inner = m.group(2).strip()
        if _named_code(m, target, source):
            exempt.update((m.start(), m.end() - 1))
            continue
        if not inner or _spoken_of(m, target, source):
            continue
        if m.group(1) + inner in source and not _CYRILLIC.search(inner):
            exempt.update((m.start(), m.end() - 1))
        elif m.group(1) in value_marks and _value(inner):
            # =DATEDIF("17.04.1974"; …) for =DATEDIF("1974-04-17"; …): a formula's or a
            # command's string value the translation wrote the local way, its marks the code's.
            exempt.update((m.start(), m.end() - 1))
    if _NAMED_MARK.search(source):
        exempt.update(m.start() for m in _NAMED_MARK.finditer(target) if m.group() in _NAMED_MARK.findall(source))
    return exempt


_EMPTY_STRING = re.compile(r"(?<![\w\"'])(\"\"|'')(?![\w\"'])")
"""An empty string of code ("" or ''), which `_QUOTED` cannot see: it needs a character inside."""
_PRIMES = re.compile(r"(?:(?<=[A-Za-z)])|(?<=[A-Za-z][0-9]))'+(?=[\s(),=.;]|$)")
"""Primes after a Latin letter, a bracket or a name of a letter and a digit (y', f''(x), y'' = −y;
a commit C4' rewritten from C4): derivatives and variants, not quotes."""
_INSIDE_TOKEN = re.compile(r"(?<=[^\s\w\"'])[\"'](?=[^\s\w\"'])")
"""A straight mark between two signs inside a token ("%%[0]['][-]f", "s/[\"']//"): a character of
a format or a pattern, which no quotation has on both sides."""


def _copied_code_marks(target: str, source: str) -> set[int]:
    """Positions of straight marks the source has in the same code or formula token: an empty
    string in a command (`addFunction "f(x)" ""`, or named in brackets: «кавычки ("")» for 'Use
    ""'), primes (y'', f''(x)) and a mark between signs in a format or a pattern ("%%[0]['][-]f")
    copied as they are.
    A token with a Cyrillic letter was translated, so its marks are still judged."""
    exempt: set[int] = set()
    if '"' not in target and "'" not in target:
        return exempt  # most quoted targets: « » only
    copied: dict[str, bool] = {}  # a token's answer, as a target of 2,900 of them would search the source 2,900 times
    for pattern in (_EMPTY_STRING, _PRIMES, _INSIDE_TOKEN):
        for m in pattern.finditer(target):
            start = target.rfind(" ", 0, m.start()) + 1
            end = target.find(" ", m.end())
            token = target[start:end if end != -1 else len(target)].strip("()[],.;:")
            if token not in copied:
                copied[token] = (not _CYRILLIC.search(token) and token in source
                                 and re.search(rf"(?<![^\s(\[`]){re.escape(token)}(?![^\s)\],.;:`])", source) is not None)
            if copied[token]:
                exempt.update(range(m.start(), m.end()))
    return exempt


_ATTRIBUTE_VALUE = re.compile(r"(?<=[\w-]=)([\"'])[^\"'<>\[\]\n]*\1")
"""`dst='income'`, `fg="blue"`: a markup attribute's value, both of whose marks are the markup's
(`_in_markup` sees only the opening one, or a closing one before a tag)."""
_QUOTED_PLACEHOLDER = re.compile(rf"([\"'])(?:{PLACEHOLDER.pattern})\1")
"""'%s', "%1$s", '%(path)s', '{name}', '$var' (`textutil.PLACEHOLDER`): a value the program puts in
at run time, quoted by the program."""
_QUOTED_BRACKETED = re.compile(r"([\"'])\[[^\[\]\s\"']+\]\1")
"""'[value]' in "SET GLOBAL x = '[value]'": a placeholder in square brackets for what the reader
types, quoted by the code around it (the translation translates the placeholder: '[значение]')."""
_MARKUP_SAMPLE = re.compile(r"([\"'])(?=[\[<]\w)[^\n]*?(?<=[\]>])\1")
"""'[i][c fg="blue"]Это [b]будет …[/c]': a sample of markup quoted as the user types it (of two
elements or more: "<b>Сохранить</b>" is a label in bold, quoted as prose)."""
_OPENING_TAG = re.compile(r"[\[<]\w")
_QUOTED_ARGUMENT = re.compile(r"(?<![^\s\[])(--?[A-Za-z][\w-]*)[ =]([\"'])[^\"'\n]+\2")
"""-D 'VAR VAL': an option's argument quoted for the shell, its marks the shell's."""
_QUOTED_LETTER = re.compile(r"(['\"])(?<![\w'\"].)([A-Za-z])\1(?![\w'\"])")
"""'x' for "use an x at any position", "J" for "begin a word with a j": a Latin letter named as
the character to type, which the source names standing alone, in no marks (the “C” locale quoted
in the source and "C" in the target is a mark changed); its marks quote a key, as code does."""
_QUOTED_OPTION = re.compile(r"(?<![\w\"'])([\"'])(--?[A-Za-z][\w-]*)(?:[ =][^\s\"'«»]+)?\1")
""""-q 9" for "Default is -q 9": an option the source names unquoted, quoted as a command to type
(with its value or not); the marks set off what is typed, as code's do. One the source quotes
("`--install'") is quoted in the translation's own marks."""
_TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}", re.DOTALL)
"""`{{ if you.race() == "Ogre" then return "…" end }}`: code a template runs inside the text,
whose strings are the code's, in its marks, whether translated or not (the source has such code too)."""
_FLUENT_CALL = re.compile(r"\{\s*([-$]?[A-Za-z][\w-]*)\s*\([^{}()\n]*\)\s*\}")
"""`{ -brand-name(case: "genitive") }`: a Fluent placeable (Mozilla's message format) that asks a
term or function for a form, its string arguments in the syntax's straight marks."""
_QUOTED_FILE = re.compile(r"([\"'])[^\s\"'.]+(\.[A-Za-z][A-Za-z0-9]{0,9})\1")
"""'ФАЙЛ.tilespec': a file name, its placeholder part translated, its extension the program's."""
_EXTENSION = re.compile(r"(?<=\w)\.\w+")
"""Each dot after a word character with the whole word after it: the extensions the source has,
read in one pass (a target's file names are looked up in them, not searched for one by one)."""
_SOURCE_OPTION = re.compile(r"(?<![\w`'\"“‘«-])-[\w-]*")
"""Each whole option-like word of the source not quoted or glued to a word: the options it names,
read in one pass for `_QUOTED_OPTION`."""
_SOURCE_PLACEABLE = re.compile(r"\{\s*(\$?[\w-]*)")
"""The name each brace opens with in the source, read in one pass for `_FLUENT_CALL`."""


def _code_quotes(target: str, source: str) -> set[int]:
    """Positions of straight marks that belong to code rather than to prose: a markup attribute's
    value; a placeholder in straight marks, whether the source quotes it or not (the program's
    quoting of a value it fills in: "%s" as '%s', "for %s to use" as «использовать '%s'»; a
    value's text is no Russian prose to quote in « »); a sample of
    markup the source quotes with the same mark; a placeholder in square brackets the source
    quotes with the same mark ("= '[value]'" as «= '[значение]'»); an option's argument the source quotes after
    the same option, for the shell ("-D 'VAR VAL'" as "-D 'ПЕР ЗНАЧ'"); a file name whose
    extension the source has ("data file FILE.tilespec" as «набора 'ФАЙЛ.tilespec'»). Their marks
    are the syntax's, not the translation's quotation marks."""
    exempt: set[int] = set()
    if '"' not in target and "'" not in target:
        return exempt  # most quoted targets: « » only
    if "=" in target:
        for m in _ATTRIBUTE_VALUE.finditer(target):
            exempt.update((m.start(), m.end() - 1))
    if "%" in target or "{" in target or "$" in target:
        for m in _QUOTED_PLACEHOLDER.finditer(target):
            exempt.update((m.start(), m.end() - 1))
    if "[" in target or "<" in target:
        marks = {m.group(1) for m in _MARKUP_SAMPLE.finditer(source)}
        for m in _MARKUP_SAMPLE.finditer(target):
            if m.group(1) in marks and len(_OPENING_TAG.findall(m.group())) > 1:
                exempt.update((m.start(), m.end() - 1))
    if "-" in target:
        quoted = {(m.group(1), m.group(2)) for m in _QUOTED_ARGUMENT.finditer(source)}
        for m in _QUOTED_ARGUMENT.finditer(target):
            if (m.group(1), m.group(2)) in quoted:
                exempt.update((m.start(2), m.end() - 1))
    if "." in target:
        extensions = {m.group() for m in _EXTENSION.finditer(source)}
        for m in _QUOTED_FILE.finditer(target):
            if m.group(2) in extensions:
                exempt.update((m.start(), m.end() - 1))
    return exempt | _typed_or_run_quotes(target, source) | _quoted_bracketed(target, source) | _string_lists(target, source)


_STRING_LIST = re.compile(r"""\[[ \t]*(['"])[^'"\n]*\1(?:[ \t]*,[ \t]*\1[^'"\n]*\1)+[ \t]*\]""")
"""A list of strings written as data: a front matter's or a JSON list of terms, `["commitment",
"pedersen"]`: its marks are the data's syntax, which a translator adding «обязательство» to it
keeps."""


def _string_lists(target: str, source: str) -> set[int]:
    """Positions of the marks of each list of strings (`_STRING_LIST`) in the target where the
    source writes one with the same mark."""
    if "[" not in target:
        return set()
    marks = {m.group(1) for m in _STRING_LIST.finditer(source)}
    return {m.start() + i for m in _STRING_LIST.finditer(target) if m.group(1) in marks
            for i, ch in enumerate(m.group()) if ch == m.group(1)}


def _quoted_bracketed(target: str, source: str) -> set[int]:
    """Positions of straight marks around a placeholder in square brackets (`_QUOTED_BRACKETED`)
    where the source quotes one with the same mark."""
    if "[" not in target:
        return set()
    marks = {m.group(1) for m in _QUOTED_BRACKETED.finditer(source)}
    return {i for m in _QUOTED_BRACKETED.finditer(target) if m.group(1) in marks for i in (m.start(), m.end() - 1)}


def _typed_or_run_quotes(target: str, source: str) -> set[int]:
    """Positions of straight marks around an option the source names, quoted as a command to
    type (`_QUOTED_OPTION`), and of every straight mark inside template code the source has too
    (`_TEMPLATE_CODE`) or inside a Fluent placeable the source puts in too (`_FLUENT_CALL`: the
    translation asks the term for its case, "{ -brand }" as «{ -brand(case: "genitive") }»)."""
    exempt: set[int] = set()
    if "-" in target:
        options = set(_SOURCE_OPTION.findall(source))
        for m in _QUOTED_OPTION.finditer(target):
            if m.group(2) in options:
                exempt.update((m.start(), m.end() - 1))
    if "{{" in target and "{{" in source:
        for m in _TEMPLATE_CODE.finditer(target):
            exempt.update(i for i in range(m.start(), m.end()) if target[i] in "\"'")
    if "(" in target and "{" in source:
        names = set(_SOURCE_PLACEABLE.findall(source))
        for m in _FLUENT_CALL.finditer(target):
            if m.group(1) in names:
                exempt.update(i for i in range(m.start(), m.end()) if target[i] in "\"'")
    return exempt


def _named_letters(target: str, source: str) -> set[int]:
    """Positions of straight marks around a letter named as the character to type
    (`_QUOTED_LETTER`) that the source names standing alone."""
    exempt: set[int] = set()
    if '"' not in target and "'" not in target:
        return exempt
    alone: dict[str, bool] = {}  # at most 52 letters, each searched for once however often the target names it
    for m in _QUOTED_LETTER.finditer(target):
        letter = m.group(2)
        if letter not in alone:
            alone[letter] = re.search(rf"(?<![\w{_ALL_QUOTES}-]){letter}(?![\w{_ALL_QUOTES}-])", source,
                                      re.IGNORECASE) is not None
        if alone[letter]:
            exempt.update((m.start(), m.end() - 1))
    return exempt


_LINK_TITLE = re.compile(r"\]\([^()\s]+[ \u00a0]+(\"[^\"\n]*\"|'[^'\n]*')\)")
"""`![Панель](dashboard.jpg "Панель мониторинга")`: a Markdown link's or image's title, which
Markdown's syntax puts in straight quotes; typographic ones would show in the address."""


def _link_titles(target: str, source: str) -> set[int]:
    """Positions of the straight marks around a Markdown link's title (`_LINK_TITLE`), where the
    source gives its links titles too."""
    if "](" not in target or not _LINK_TITLE.search(source):
        return set()
    return {i for m in _LINK_TITLE.finditer(target) for i in (m.start(1), m.end(1) - 1)}


def _stray_mark(target: str, source: str) -> set[int]:
    """The positions of a lone straight mark (`_lone_straight_quote`), of a closing single mark no
    ‘ opens after a Russian word (`_stray_single_closer`, the English possessive copied,
    «пользователей’)») and of the apostrophe of a source's name copied split by a space («Q
    'orianka» for "Q'orianka", `_split_apostrophes`): they quote nothing; `unpaired` reports the
    first two and `whitespace` the third."""
    marks = _split_apostrophes(target, source) if "'" in source and "'" in target else set()
    if (lone := _lone_straight_quote(target, source)) is not None and not _quotes_russian(target, lone, source):
        marks.add(lone)
    if "’" in target and (closer := _stray_single_closer(target)) is not None:
        marks.add(closer)
    return marks


def _quotes_russian(target: str, i: int, source: str) -> bool:
    """Whether the lone straight mark at `i` is a quotation mark written straight, its other half
    lost, which `quote-style` reports as D15 has it beside `unpaired`: one that opens or closes
    Russian words («"Антонио Конте …» for '"Antonio Conte …'), where the source has a double
    quotation mark too; one that opens the word the source opens a quotation with («в режиме
    "Object Mode.» for 'in "Object Mode".'); or one that closes Russian words with the sentence going
    on after it («Рыцарь галактической железной дороги" Кэндзи Миядзавы»: the quotation opened and
    closed within it, not one carried over from the segment before, which would end with the
    sentence). Where the source quotes nothing and the mark ends the sentence, it quotes nothing either
    («было произнесено".»): a stray, `unpaired`'s alone."""
    if _CYRILLIC.search(target[max(0, i - 1):i + 2].replace('"', "")) is not None:
        return any(mark in source for mark in '"“”«»„') or _CLOSES_MID_SENTENCE.match(target, i - 1) is not None
    opened = _OPENED_WORD.match(target, i)
    return opened is not None and re.search(rf"[\"“«„]{re.escape(opened.group(1))}(?!\w)", source) is not None


_CLOSES_MID_SENTENCE = re.compile(r'[а-яё]"[ \u00a0]+[^\W\d_]', re.IGNORECASE)
"""A straight mark glued to the end of a Russian word with a word of the same sentence after it."""
_OPENED_WORD = re.compile(r'"([^\W\d_]+)')
"""A straight mark glued to the start of a word, and the word."""


def _split_apostrophes(target: str, source: str) -> set[int]:
    """The positions of the apostrophes of the source's names with one inside ("Q'orianka") that
    the target copies split by a space beside it («Q 'orianka»)."""
    names = {m.group() for m in _APOSTROPHE_NAME.finditer(source)}
    return {m.start(2) + m.group(2).index("'") for m in _SPACED_APOSTROPHE_NAME.finditer(target)
            if f"{m.group(1)}'{m.group(3)}" in names}


_MEASURE_MARK = re.compile(r"(?<=[°º'′])[ \u00a0]?[0-9]{1,2}(?:[.,][0-9]+)?([\"'])|[0-9]('(?=[ \u00a0]?[0-9]{1,2}(?:[.,][0-9]+)?\"))")
"""The marks of minutes and seconds of arc and of feet and inches after a number that follows a
degree or another such mark: `13°20"`, `45°30'15"`, `5'11"`; a straight mark there is the sign
of a unit (″ ′ typed as the keyboard has them), no quotation."""


def _measure_marks(target: str, source: str) -> set[int]:
    """Positions of the unit marks of `_MEASURE_MARK` in a target whose source writes its
    measures with such marks too: a copied `13°20"` is a measure, not a quotation left open."""
    if "'" not in target and '"' not in target or not _MEASURE_MARK.search(source):
        return set()
    return {m.start(g) for m in _MEASURE_MARK.finditer(target) for g in (1, 2) if m.group(g)}


_LETTER_MARK = re.compile(r"(?<![^\s(\[-])‘(?=[^\W\d_])")
"""A ‘ glued to the start of a word: in a transliterated Arabic or Hebrew name, «‘Абдуллах» for
"‘Abdullah", the letter ʿayn, which no ’ closes."""


def _letter_marks(target: str, source: str) -> set[int]:
    """Positions of the ‘ that open words in a target with no ’ to close them, where the source
    has such an unclosed ‘ too: a letter of a transliterated name (`_LETTER_MARK`), not a
    quotation opened in English marks."""
    if "‘" not in target or "’" in target or "’" in source or not _LETTER_MARK.search(source):
        return set()
    return {m.start() for m in _LETTER_MARK.finditer(target)}


def _marks_in_code(target: str, source: str) -> set[int]:
    """Positions of straight marks inside the target's code spans (`code_spans`), where the
    source writes such marks inside its code spans too: a string literal of the program, whose
    marks are the language's syntax even when the translator translates the string
    («`"✅ Подключение..."`», «`"ваше-имя-пользователя"`»); typographic marks would break the code."""
    if "`" not in target:
        return set()
    kinds = {ch for m in code_spans(source) for ch in m.group() if ch in "\"'"}
    return {m.start() + i for m in code_spans(target) if kinds
            for i, ch in enumerate(m.group()) if ch in kinds}


def _value(text: str) -> bool:
    """A quoted value with digits and no letter: a date, a number, a range ("1974-04-17")."""
    return any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text)


_NAMED_MARK = re.compile(r"(?<![^\s,(:«„“`‘])[\"'](?=[\s,.;:)»“”'’]|$)")
"""A straight quote standing alone between spaces or commas ("double quotes, ", in order") or
quoted on its own (`"' as «"»): the character itself named, not a quotation; copied from the
source, it is no slip."""


def _ignored_mark(target: str, i: int, exempt: set[int]) -> bool:
    """An apostrophe, a mark copied from the source, or a straight quote copied with
    markup (`Ubuntu">Go Next`: an attribute's quote) is no quotation mark to judge."""
    return _is_apostrophe(target, i) or i in exempt or (target[i] in "\"'" and _in_markup(target, i))


_ESCAPED_QUOTED = re.compile(r"&quot;([^&\n]{1,120}?)(&quot;)")
"""'&quot;Справка&quot;': straight quotes escaped for markup, which show as "Справка"; around
Russian words they are straight quotes all the same (around a value copied, "&quot;%s&quot;",
they are the program's)."""


def _escaped_straight(target: str, style: QuoteStyle) -> list[Span]:
    """The escaped straight quotes (`_ESCAPED_QUOTED`) around Russian words, where the language
    wants no straight quotes. A target escapes all its quotes or none, so these come last."""
    if style.straight_ok or "&quot;" not in target:
        return []
    return [span for m in _ESCAPED_QUOTED.finditer(target) if _CYRILLIC.search(m.group(1))
            for span in ((m.start(), m.start(1)), m.span(2))]


def _quote_style(
    position: int, target: str, style: QuoteStyle, lang: str, source: str = ""
) -> Iterator[Finding]:
    """Walk the quotation marks with a nesting depth and report what breaks the convention.

    A closing mark with no opening in this segment is fine: a quotation may
    span several sentences, and so several segments. Nesting is judged only
    where the marks balance.
    """
    exempt = ((_copied_literals(target, source) | _copied_code_marks(target, source)) - _named_items(target)
              | _code_quotes(target, source)
              | _named_letters(target, source) | _link_titles(target, source) | _marks_in_code(target, source)
              | _stray_mark(target, source) | _measure_marks(target, source) | _letter_marks(target, source)
              if source and lang in _CYRILLIC_LANGUAGES else set())
    straight: list[Span] = []
    foreign: list[Span] = []
    nested: list[Span] = []
    inner_outside: list[Span] = []
    depth = 0
    closed_unopened = False
    (outer_open, outer_close), (inner_open, inner_close) = style.outer, style.inner
    same_pair = style.outer == style.inner
    for mark in _QUOTE_MARK.finditer(target):
        i, ch = mark.start(), mark.group()
        if _ignored_mark(target, i, exempt):
            continue
        if ch in "\"'":
            if not style.straight_ok:
                straight.append((i, i + 1))
        elif ch == outer_open:
            if depth >= 1 and not same_pair:
                nested.append((i, i + 1))  # «…«…»…»: the inner pair should be „ “
            depth += 1
        elif ch == inner_open:
            if depth == 0 and outer_open in target:
                # „Магия“ with no « » in the segment: „ “ are then this translation's own
                # quotation marks (Russian typesetting allows them when kept), not a misplaced pair.
                inner_outside.append((i, i + 1))
            depth += 1
        elif ch == outer_close or (ch == inner_close and not _at_opening(target, i)):
            closed_unopened = closed_unopened or depth == 0
            depth = max(0, depth - 1)
        else:
            foreign.append((i, i + 1))  # “ opening a Russian quotation, ” anywhere, ‹ ›
    straight += _escaped_straight(target, style)
    if depth or closed_unopened:
        # «наукой называется «историческим законом».: with a mark missing, a second « is
        # as likely a lost » as a nested quotation; `unpaired` reports the loss once.
        nested = []
    name = phrase(_LANGUAGE_NAMES[lang]) if lang in _LANGUAGE_NAMES else lang
    convention = phrase(N_("{outer_open} {outer_close} outside and {inner_open} {inner_close} inside"),
                        outer_open=outer_open, outer_close=outer_close, inner_open=inner_open,
                        inner_close=inner_close)
    if straight:
        yield Finding(
            position,
            "quote-style",
            "warning",
            **worded(N_("Straight quotation marks in the translation; {language} uses {convention}."),
                     language=name, convention=convention),
            target_spans=tuple(straight),
        )
    if foreign:
        marks = " ".join(sorted({target[s] for s, _ in foreign}))
        yield Finding(
            position,
            "quote-style",
            "warning",
            **worded(N_("Quotation marks {marks} are not {language}; {language} uses {convention}."),
                     marks=marks, language=name, convention=convention),
            target_spans=tuple(foreign),
        )
    if inner_outside:
        yield Finding(
            position,
            "quote-style",
            "warning",
            **worded(N_("{inner_open} {inner_close} are for a quotation inside another; "
                        "on their own {language} quotations take {outer_open} {outer_close}."),
                     inner_open=inner_open, inner_close=inner_close, language=name,
                     outer_open=outer_open, outer_close=outer_close),
            target_spans=tuple(inner_outside),
        )
    if nested:
        yield Finding(
            position,
            "quote-style",
            "warning",
            **worded(N_("A quotation inside a quotation uses {outer_open} {outer_close} again; "
                        "the inner pair should be {inner_open} {inner_close}."),
                     outer_open=outer_open, outer_close=outer_close, inner_open=inner_open,
                     inner_close=inner_close),
            target_spans=tuple(nested),
        )


def _referenced_quotes(
    position: int, reading: QuoteReading, style: QuoteStyle, lang: str, source: str
) -> Iterator[Finding]:
    """`_quote_style` on a plain-text target whose quotation marks are written as HTML character
    references («&quot;Ага…».»): the marks are judged as read (`QuoteReading`), and the references
    are reported once, as references, since no reader of plain text sees a mark there."""
    for finding in _quote_style(position, reading.text, style, lang, source):
        spans = tuple(reading.in_target(span) for span in finding.target_spans if not reading.from_reference(span))
        if spans:
            yield replace(finding, target_spans=spans)
    written = " ".join(dict.fromkeys(reference for _, reference in reading.references))
    yield Finding(
        position,
        "quote-style",
        "warning",
        **worded(N_("The translation holds the HTML character reference {references} where a quotation mark "
                    "belongs; plain text shows it as written."), references=written),
        target_spans=tuple(reading.in_target((offset, offset + 1)) for offset, _ in reading.references),
    )


def _as_written(findings: Iterator[Finding], reading: QuoteReading | None) -> Iterator[Finding]:
    """`findings` on a target read with its quotation mark references as marks (`reading`), with
    their spans put back on the target as written."""
    if reading is None:
        yield from findings
        return
    for finding in findings:
        yield replace(finding, target_spans=tuple(reading.in_target(span) for span in finding.target_spans))


def _in_markup(text: str, i: int) -> bool:
    """A straight quote that belongs to markup (`href="…">`, `="…"`), not to prose."""
    return text[i + 1:i + 2] in ("<", ">") or text[i - 1:i] == "="


def _tag_spaces(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Spaces that inline markup shows on the page where the source's markup has none: before
    a closing tag that a mark follows, on both sides of a closing tag, after a closing tag before
    a mark, at the start of an element's text."""
    if " </" in target and not _SPACE_BEFORE_TAG.search(source):
        yield from ((phrase(N_("a space before “{mark}”"), mark=m.group(1)), m.span())
                    for m in _SPACE_BEFORE_TAG.finditer(target))
    if " </" in target and not _SPACED_CLOSING_TAG.search(source):
        yield from ((phrase(N_("spaces on both sides of “{tag}”"), tag=m.group(1)), m.span())
                    for m in _SPACED_CLOSING_TAG.finditer(target))
    if "</" in target and not _SPACE_AFTER_TAG.search(source):
        yield from ((phrase(N_("a space before “{mark}”"), mark=target[m.end(1)]), m.span(1))
                    for m in _SPACE_AFTER_TAG.finditer(target))
    if not _SPACE_OPENING_TAG.search(source):
        yield from ((phrase(N_("a space at the start of “{tag}”"), tag=f"<{m.group(1)}>"), m.span(2))
                    for m in _SPACE_OPENING_TAG.finditer(target))


def _whitespace(
    position: int, target: str, source: str = ""
) -> Iterator[Finding]:
    """Spacing slips in the translation; a space before a mark the source also has is copied
    on purpose ("Ctrl+Alt+Del .", a breadcrumb "docs »"), between translated words too («Размер :
    размер» for "Size : the size": house rule D13's proposal, session 41, as most sets label it;
    the source's layout kept, as D6 spares two words the source itself runs together)."""
    problems: list[tuple[Wording, Span]] = []
    lead = len(target) - len(target.lstrip())
    if lead and not source[:1].isspace():
        problems.append((phrase(N_("a space at the start")), (0, lead)))
    elif not lead and source[:1] in (" ", "\t") and source.strip():
        # "  'New' means no choice…": a catalogue's line indented to sit under the one before
        problems.append((phrase(N_("no space at the start where the source has one")), (0, len(target.split(None, 1)[0]))))
    trail = len(target.rstrip())
    if trail < len(target) and not source[-1:].isspace():
        problems.append((phrase(N_("a space at the end")), (trail, len(target))))
    if "\n" in target.strip():
        problems.extend(_indented_lines(target, source))
        problems.extend(_line_end_spaces(target, source))
        problems.extend(_extra_empty_lines(target, source))
    if "  " in target or "\u00a0" in target:
        problems.extend(_double_spaces(target, source))
    copied = {source[m.end()] for m in _SPACE_BEFORE.finditer(source)} | {
        m.group(1) for m in _SPACED_MARK.finditer(source)}
    problems.extend(
        (phrase(N_("a space before “{mark}”"), mark=target[m.end()]), m.span())
        for m in _SPACE_BEFORE.finditer(target)
        if target[m.end()] not in copied
        and target[m.end():m.end() + 2] not in _EMOTICONS
        and not (target[m.end()] == "»" and _SPACED_CLOSING_QUOTE.search(source))
        and not (target[m.start() - 1] in ",;:" and target[m.end()] not in ")]" and _address_lost(source, target))
        and not (target[m.start() - 1] == "/" and _address_spaced_so(target, m.start(), source))
        and not (target[m.end()] in ".,;:!?" and _ends_in_address(target, m.start()))
    )
    if "<" in target:
        problems.extend(_tag_spaces(target, source))
    if ("(" in target or "[" in target) and _may_space_before_closing_stop(target):
        problems.extend(_spaces_before_closing_stop(target, source))
    problems.extend(
        (phrase(N_("a space before a hyphen")), m.span()) for m in _SPACED_HYPHEN.finditer(target)
    )
    problems.extend(
        (phrase(N_("a space after a hyphen")), m.span()) for m in _HYPHEN_THEN_SPACE.finditer(target)
        if _copied_compound(f"{m.group(1)}-{m.group(2)}", source)
    )
    problems.extend(_broken_russian_compounds(target, problems, source))
    problems.extend(_spaced_ranges(target, source))
    if ("(" in target or "[" in target) and _may_space_inside(target):
        problems.extend(_spaces_after_opening(target, source))
    if ("»" in target or "”" in target) and _SPACE_BEFORE_BRACKET_AFTER_QUOTE.search(target):
        problems.extend(_spaces_before_bracket_after_quote(target, source))
    problems.extend(_spaces_inside_quotes(target, source))
    if "@" in target or "#" in target:
        problems.extend(
            (phrase(N_("a space after “{mark}”"), mark=m.group(1)), m.span())
            for m in _SPACED_SIGIL.finditer(target)
            if _copied_compound(m.group(1) + m.group(2), source)
        )
    problems.extend(_invisible_characters(target, source))
    if "] " in target or "]\u00a0" in target:
        problems.extend(_spaced_links(target, source))
    problems.extend(_broken_names(target, source))
    if "`" in target and "`" in source:
        problems.extend(_padded_code(target, source))
    if may_have_spaced_marks(target):
        problems.extend(spaced_marks(target, source))
    if not problems:
        return
    kinds = tuple(dict.fromkeys(kind for kind, _ in problems))
    yield Finding(
        position,
        "whitespace",
        "info",
        **worded(N_("The translation has {problems}."), problems=kinds),
        target_spans=tuple(span for _, span in problems),
    )


_CODE_SPAN = re.compile(r"(?<![`\\])`([^`\n]+)`(?!`)")
"""Markdown's inline code in single backquotes ("``x``" and fences are left out)."""


def _padded_code_hint(target: str) -> bool:
    """Whether `_padded_code` may find something: a space next to a backquote inside a span
    («` x`», «`x `») without which no span is padded."""
    return any(m.group(1) != m.group(1).strip() for m in _CODE_SPAN.finditer(target))


def _padded_code(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each inline code span of the target that begins or ends with a space, where no span of
    the source does: «`Настройки `» for "`Settings`", which the rendered page shows as a space
    inside the code's box (a source that pads its spans, "` x `", leaves them to the translator)."""
    if any(m.group(1) != m.group(1).strip() for m in _CODE_SPAN.finditer(source)):
        return
    for m in _CODE_SPAN.finditer(target):
        code = m.group(1)
        if code.strip() and code != code.strip() and not _space_moved_in(m, target, source):
            yield phrase(N_("a space inside inline code")), m.span()


def _spaced_links(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each Markdown link whose text and address a space parts, where the source's links are
    whole: an address the brackets show as one («[NGINX] (http://…)»), or the link's own text
    again where the target has fewer whole links than the source («[двух волков] (двух волков)»
    for "[two wolves](the-two-wolves)", its address translated with its text)."""
    if "](" not in source:
        return
    whole = _SPACED_LINK.search(source) is None
    lost = target.count("](") < source.count("](") and _SPACED_BRACKETS.search(source) is None
    for m in _SPACED_BRACKETS.finditer(target):
        if (lost and _named_by_its_text(target, m)) or (whole and _SPACED_LINK.match(target, m.start())):
            yield phrase(N_("a space between a link's text and its address")), m.span(1)


def _named_by_its_text(target: str, link: re.Match[str]) -> bool:
    """Whether the round brackets after `link` hold its own text: a relative link named by its
    text ("[two wolves](the-two-wolves)"), whose address the translator translated with it
    («[двух волков] (двух волков)»); «[Руководство] (бесплатно)» is a word in brackets."""
    close = target.find(")", link.end())
    text = target[link.start() + 1:link.start(1) - 1]
    return close > 0 and _slug(target[link.end():close]) == _slug(text)


def _slug(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _space_moved_in(span: re.Match[str], target: str, source: str) -> bool:
    """Whether the span's inner space is the one before it moved inside («и` h`»), which
    `spacing` reports as the span glued to the word before (`code_spans.moved_space`)."""
    if span.start() == 0 or not target[span.start() - 1].isalpha() or not span.group(1).startswith(" "):
        return False
    return f"`{span.group(1).strip()}`" in source


def _may_hide_a_break(target: str) -> bool:
    """Whether `_whitespace` may find an invisible character, a broken link or a broken dotted
    name in `target`: substring tests in C before each pattern."""
    return (any(ch in target for ch in _INVISIBLE_CHARACTERS)  # six scans in C: half the regex's time
            or (("] " in target or "]\u00a0" in target) and _SPACED_BRACKETS.search(target) is not None)
            or ((". " in target or ".\u00a0" in target) and _SPACED_DOT.search(target) is not None))


def _invisible_characters(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each invisible character (`_INVISIBLE`) of the target that the source does not have, but
    a soft hyphen between two letters (`_hyphenation_point`)."""
    for m in _INVISIBLE.finditer(target):
        if m.group() not in source and not _hyphenation_point(target, m.start()):
            yield phrase(N_("an invisible character (U+{code})"), code=f"{ord(m.group()):04X}"), m.span()


def _hyphenation_point(text: str, i: int) -> bool:
    """A soft hyphen inside a word, «че\u00adловек»: where the word may break at a line's end
    (the Unicode Standard's SHY, "an intraword break point"; a typesetter's discretionary
    hyphen), shown as a hyphen there and as nothing elsewhere. Official and published texts
    carry them from their layout, and the reader sees a word hyphenated or whole: no slip (the
    term checks and the spelling read through it). One at a word's edge breaks nothing and
    is reported."""
    return text[i] == "\u00ad" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


_NAME_BEFORE_DOT = re.compile(r"[\w-]*$")
"""The name a dot ends, digits and hyphens included ("node-v2" of "node-v2. js")."""


def _broken_dotted_names(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each space after a dot that splits a name the source has whole: "`.gitignore`" as
    «`. gitignore`», "Node.js" as «Node. js». A sentence's end before a Latin word («в Node.
    Express…») is left alone: the source then has no "Node.Express"; so is an ellipsis
("...Express" as «... Express»)."""
    whole: dict[str, bool] = {}  # a name the source has whole, looked for once however often split
    for m in _SPACED_DOT.finditer(target):
        before = _NAME_BEFORE_DOT.search(target, max(0, m.start() - 40), m.start())
        stem = before.group() if before else ""
        name = f"{stem}.{m.group(2)}"
        if name not in whole:
            whole[name] = re.search(rf"(?<![\w.-]){re.escape(name)}(?!\w)", source) is not None
        if whole[name]:
            yield phrase(N_("a space inside “{name}”"), name=name), m.span(1)


_APOSTROPHE_NAME = re.compile(r"(?<![\w'])([A-Za-z]+)'([A-Za-z]+)(?![\w'])")
"""A Latin name or word with an apostrophe inside, "Q'orianka", "O'Brien", "don't"."""
_SPACED_APOSTROPHE_NAME = re.compile(r"(?<![\w'])([A-Za-z]+)([ \u00a0]+'|'[ \u00a0]+)([A-Za-z]+)(?![\w'])")
"""The same split by a space beside its apostrophe: «Q 'orianka», «O' Brien» (one pass over the
target, whatever the number of the source's names)."""


def _broken_names(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each name of the source the target copies broken by a space: a dotted one, one with an
    apostrophe inside, a tag of its markup."""
    if ". " in target or ".\u00a0" in target:
        yield from _broken_dotted_names(target, source)
    if "'" in source and ("' " in target or " '" in target):
        yield from _broken_apostrophe_names(target, source)
    if "< " in target and "</" in source:
        yield from _spaced_tags(target, source)


def _broken_apostrophe_names(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each Latin word of the source with an apostrophe inside ("Q'orianka") that the target
    copies split by a space beside its apostrophe («Q 'orianka», «O' Brien»): a name broken."""
    names = {m.group() for m in _APOSTROPHE_NAME.finditer(source)}
    for m in _SPACED_APOSTROPHE_NAME.finditer(target):
        name = f"{m.group(1)}'{m.group(3)}"
        if name in names:
            yield phrase(N_("a space inside “{name}”"), name=name), m.span(2)


_SPACED_AFTER_ADDRESS = re.compile(r"[ \u00a0]+([,.;:!?])(?:$|\s)")


def _address_spaced_so(target: str, space: int, source: str) -> bool:
    """Whether the space at `space` follows an address ending in a slash and the source spaces
    the same mark after an address of its own: "http://host:port/ ; if empty" as
    «http://прокси.домен:порт/ ; если», a space that keeps the mark out of the address, copied."""
    mark = target[space:].lstrip(" \u00a0")[:1]
    return any(
        (after := _SPACED_AFTER_ADDRESS.match(source, m.end())) is not None and after.group(1) == mark
        for m in ADDRESS.finditer(source)
    )


def _ends_in_address(text: str, end: int) -> bool:
    """Whether the word before `end` is a web or e-mail address: a space between it and the mark
    after it keeps the mark out of the link (house rule D13, «на сайте https://…/wikis .»)."""
    words = text[max(0, end - 300):end].split()
    return bool(words) and ADDRESS.fullmatch(words[-1]) is not None


def _address_lost(source: str, target: str) -> bool:
    """Whether an address of the source is missing from the target: «через: .» for "reached at:
    https://www.example.org/." is the gap the address left before a stop, which `url-email`
    reports (a space left before a closing bracket, «(доступен здесь: )», is reported still)."""
    return any(m.group() not in target for m in ADDRESS.finditer(source))


_SPACED_TAG = re.compile(r"<[ \u00a0]+(/?)([A-Za-z][\w-]*)[ \u00a0]*>")
"""«< parallel_talk >», «< /parallel_talk >»: a tag's name set off from its opening bracket."""


def _spaced_tags(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each tag of the source's markup (a name it opens and closes, "<talk>…</talk>") that the
    target writes with a space after its "<": no markup any more, but the tag's text shown."""
    for m in _SPACED_TAG.finditer(target):
        name = m.group(2)
        if f"</{name}>" in source and not re.search(rf"<[ \u00a0]+/?{re.escape(name)}", source):
            yield phrase(N_("a space inside “{name}”"), name=f"<{m.group(1)}{name}>"), m.span()


def _double_spaces(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each double space, unless the source spaces so at the same kind of place: between
    sentences (the typewriter's two spaces after a stop, which a catalogue's translator keeps
    throughout: "the capital!  The idea" as «столицей!  Идея»; a source of one sentence shows no
    such habit and leaves the translator's two spaces be, but three are no typewriter's: «needs
    translation.   However») or inside one after a placeholder,
    a sign or a number (fields of a status line "%s  Year: %s", a list's indent "-    none:").
    Between Russian words, «Клубы были  открыты», «имеют  <italic>», it is a slip whatever the
    source does, unless a colon or a tag ends the word before it and the source spaces so
    after that same mark: a command's help, "join <channel>:  Join a chat", as
    «join <канал>:  Присоединиться», or a line's indent after "<br>    ". The padding of a
    table laid out in columns as its source is, is not a slip, but a cell split by it is
    (`columns.table_runs`)."""
    kinds = {_between_sentences(source, m.start()) for m in _DOUBLE_SPACE.finditer(source)}
    separators = {source[m.start() - 1] for m in _DOUBLE_SPACE.finditer(source)} & {":", ">"}
    table = table_runs(target, source)
    for m in _DOUBLE_SPACE.finditer(target):
        if m.start() in table.gaps:
            continue
        if m.start() in table.splits:
            yield phrase(N_("a double space")), m.span()
            continue
        between = _between_sentences(target, m.start())
        if between and not kinds and _one_sentence(source) and m.end() - m.start() == 2:
            continue  # no place in the source to show how its author spaces sentences apart
        if between not in kinds or (not between and target[m.start() - 1] not in separators
                                    and _CYRILLIC.search(target[:m.start()].rsplit(None, 1)[-1])):
            yield phrase(N_("a double space")), m.span()


_SENTENCE_CLOSE = re.compile(r"[.!?…][\"'»”’)\]]*$")


_SENTENCE_GAP = re.compile(r"[.!?…][\"'»”’)\]]*[ \u00a0]+\S")


def _one_sentence(source: str) -> bool:
    """Whether `source` holds no space between two sentences: a translation that splits it in two
    («…доказательства.  Другим преимуществом…») chooses the gap, and two spaces there are the
    typewriter's habit of the rest of its document, not a slip this pair can show."""
    return _SENTENCE_GAP.search(source) is None


def _between_sentences(text: str, space: int) -> bool:
    """Whether the spaces at `space` follow a sentence's end mark (a closing quote or bracket
    after it looked through)."""
    return _SENTENCE_CLOSE.search(text, max(0, space - 4), space) is not None


_LINE_BREAKS = re.compile(r"\n(?:[ \u00a0]*\n)+")
"""A run of line breaks: two or more make empty lines between the lines of a text."""


def _extra_empty_lines(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each run of line breaks longer than the source's, where the source parts its lines
    evenly: "%s\n\n\nThis could" where the source has "%s\n\nThis could" throughout, an empty
    line typed too many, which a message box shows as a gap. A source whose own gaps vary (a
    story's layout, "\n\n" between paragraphs and "\n\n\n" before its credits) leaves the
    translator's gaps to taste."""
    runs = {m.group().count("\n") for m in _LINE_BREAKS.finditer(source)}
    if len(runs) > 1:
        return
    longest = max(runs, default=1)
    for m in _LINE_BREAKS.finditer(target):
        if m.group().count("\n") > longest:
            yield phrase(N_("more empty lines in a row than the source has")), m.span()


_LINE_INDENT = re.compile(r"(?<=\n)[ \t\u00a0]+(?=\S)")
"""The spaces a line opens with after a line break inside the text."""


def _indented_lines(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each line the target opens with spaces no line of the source opens with: a space typed
    after a line break («обеспечением'\\n по определению»); a catalogue's indented help text,
    "\\n    Start the game", keeps the source's indent on purpose, and a table laid out in
    columns as its source is indents its rows and continuation lines to its own columns."""
    if row_indent(source) is not None:
        return
    indents = {m.group() for m in _LINE_INDENT.finditer(source)}
    if source[:1] and source[:1] in " \t\u00a0":
        indents.add(source[:len(source) - len(source.lstrip(" \t\u00a0"))])
    for m in _LINE_INDENT.finditer(target):
        if m.group() not in indents:
            yield phrase(N_("a space at the start of a line")), m.span()


_LINE_END_SPACE = re.compile(r"(?<=([\s\S]))[ \t]+(?=\n)")
"""The spaces or tabs before a line break: after a character, a line's end; after a line break,
a line of nothing but spaces."""


def _line_end_spaces(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each space or tab the target leaves before a line break inside the text (house rule D21):
    «Шаблон \\n \\n{} \\n» for "The pattern\\n\\n{}\\n". The screen hides it, but the file
    keeps it: Markdown reads two as a hard line break, and diffs and reviews carry it. A source
    with such a space of its own (a table's padded rows, an email's signature "-- \\n") is a
    layout the translation may copy; the message's own leading and trailing spaces are the
    start's and the end's rules."""
    if _LINE_END_SPACE.search(source.strip()):
        return
    body = target.strip()
    lead = len(target) - len(target.lstrip())
    for m in _LINE_END_SPACE.finditer(body):
        start, end = m.start() + lead, m.end() + lead
        if m.group(1) == "\n":
            yield phrase(N_("a line of nothing but spaces")), (start, end)
        else:
            yield phrase(N_("a space at the end of a line")), (start, end)


_SPACE_AFTER_OPENING = re.compile(r"(?<=[(\[])[ \u00a0]+(?=[^\W_]|`[^`\s])")
"""«( 20 пикселей)», «( с клавишей», «( `stderr` )»: a space between an opening bracket and the
word or the inline code it holds, which no typography of prose allows (the closing side is
`_SPACE_BEFORE`'s)."""


def _may_space_inside(target: str) -> bool:
    """Whether `_SPACE_AFTER_OPENING` may find something in a target with a bracket: substring
    tests in C (the caller first asks whether there is a bracket at all: most targets have none)."""
    return "( " in target or "[ " in target or "(\u00a0" in target or "[\u00a0" in target


def _spaces_after_opening(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each space after an opening bracket, unless the source spaces that bracket so too (code
    copied as it is, "if ( x )"; a key named in the text, "rotate ([ and ] keys)")."""
    spaced = {source[m.start() - 1] for m in _SPACE_AFTER_OPENING.finditer(source)}
    for m in _SPACE_AFTER_OPENING.finditer(target):
        if target[m.start() - 1] not in spaced:
            yield phrase(N_("a space after “{mark}”"), mark=target[m.start() - 1]), m.span()


_SPACED_OPENING_QUOTE = re.compile(
    r"(?:[«„]|(?:^|(?<=[\s(]))\"(?=[ \u00a0]+[^\"\n]{0,200}?[^\W_][.!?…]?\"(?![^\W_])))([ \u00a0]+)(?=[^\W_])"
)
"""«« Контуры»», «запрос " Generate an image"»: a space between an opening quotation mark and the
word it opens on. A straight mark opens there only with spaces before it and a mark glued to
the end of a word after it, the quotation's close."""
_SPACED_OPENING_IN_SOURCE = re.compile(r"[«„“‘][ \u00a0]+[^\W_]")
"""A source that spaces a quotation inside after its opening mark, “ Paths ” (its closing side is
`_SPACED_CLOSING_QUOTE`'s)."""
_SPACED_CLOSING_STRAIGHT = re.compile(r"(?<=[\w.!?…])([ \u00a0]+)\"(?=[.,;:!?)\]]|$)")
"""«величина "Mag 3 ".»: a space between a quotation's last word and its closing straight mark,
which a stop or the end follows (no quotation opens there). «слово »» is `_SPACE_BEFORE`'s."""


_SPACED_QUOTE_HINT = re.compile(r"[«„\"][ \u00a0]|[ \u00a0]\"")
"""What both patterns above hold, a mark and a space, with a character class first that the regex
engine skips to in C (their own alternatives would be tried at every character)."""


_SPACED_TEXT_OPENING = re.compile(r"\"([ \u00a0]+)(?=[^\W_])")
"""«" Или, как гласит …»: a straight mark that opens the text, a space after it. Nothing stands
before it for it to close, so it opens a quotation, even one that runs on past the segment with no
closing mark to show it (`_SPACED_OPENING_QUOTE` asks for one). Read only where the source opens
with its own mark glued to its first word (`_GLUED_TEXT_OPENING`): a source that opens with a
spaced mark (the close of a quotation begun before, «" сказал он») spaces it itself."""
_GLUED_TEXT_OPENING = re.compile(r"\s*[\"“«][^\W_]")


def _may_space_inside_quotes(target: str) -> bool:
    """Whether `_spaces_inside_quotes` may find something in `target` (never False when it would)."""
    return _SPACED_QUOTE_HINT.search(target) is not None and (
        _SPACED_OPENING_QUOTE.search(target) is not None or _SPACED_CLOSING_STRAIGHT.search(target) is not None
        or _SPACED_TEXT_OPENING.match(target) is not None)


def _spaces_inside_quotes(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each space inside a quotation's marks (`_SPACED_OPENING_QUOTE`, `_SPACED_CLOSING_STRAIGHT`),
    unless the source spaces its own marks so (“ Paths ” copied as « Контуры »: the layout of the
    interface quoted)."""
    if _SPACED_QUOTE_HINT.search(target) is None:
        return  # most texts: no mark spaced at all
    if _SPACED_OPENING_IN_SOURCE.search(source) or _SPACED_CLOSING_QUOTE.search(source):
        return
    for m in _SPACED_OPENING_QUOTE.finditer(target):
        yield phrase(N_("a space after “{mark}”"), mark=target[m.start()]), m.span(1)
    opening = _SPACED_TEXT_OPENING.match(target)
    if opening is not None and _SPACED_OPENING_QUOTE.match(target) is None and _GLUED_TEXT_OPENING.match(source):
        yield phrase(N_("a space after “{mark}”"), mark='"'), opening.span(1)
    for m in _SPACED_CLOSING_STRAIGHT.finditer(target):
        yield phrase(N_("a space before “{mark}”"), mark='"'), m.span(1)


@lru_cache(maxsize=256)
def _copied_compound(compound: str, source: str) -> bool:
    """Whether the source has `compound` whole; asked once a compound and source (a target of
    30,000 «слово- слово» asked it at each break, reading the source each time: 13 s)."""
    return re.search(rf"(?<![\w-]){re.escape(compound)}(?![\w])", source) is not None


_SPACE_BEFORE_CLOSING_STOP = re.compile(r"(?<=\w)[ \u00a0]+(?=[)\]]\.(?:$|\s))")
"""«(подробнее: TODO ).»: a space before a closing bracket that a full stop follows, which
`_SPACE_BEFORE` leaves alone (its lookahead keeps ".deb" and "../file" out). Not a quote:
« Контуры » spaced inside is the source's “ Paths ” copied, on the opening side too."""


_SPACE_BEFORE_CLOSING = re.compile(r"(?<=\w)[ \u00a0]+(?=[)\]])")
"""Any space before a closing bracket after a word, wherever the sentence goes on: the source's
spacing of code ("f( x ) in the formula") that a translation may copy at its end."""


_SPACE_BEFORE_BRACKET_AFTER_QUOTE = re.compile(r"(?<=[»”])[ \u00a0]+(?=[)\]])")
"""«скачайте файл «.orig.tar.gz» )»: a space between a quotation's closing mark and the bracket
that closes round it, which `_SPACE_BEFORE` (a word before the space) leaves alone: a space before a
closing bracket (house rule D18, session 45)."""
_SPACE_BEFORE_BRACKET_AFTER_ANY_QUOTE = re.compile(r"[»”\"'’][ \u00a0]+[)\]]")


def _spaces_before_bracket_after_quote(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each space between a closing quotation mark and a closing bracket, unless the source spaces
    a bracket after its own closing mark so (the layout copied)."""
    if _SPACE_BEFORE_BRACKET_AFTER_ANY_QUOTE.search(source):
        return
    for m in _SPACE_BEFORE_BRACKET_AFTER_QUOTE.finditer(target):
        yield phrase(N_("a space before “{mark}”"), mark=target[m.end()]), m.span()


def _may_space_before_closing_stop(target: str) -> bool:
    """Whether `_SPACE_BEFORE_CLOSING_STOP` may find something: substring tests in C first,
    asked only of a target with an opening bracket (a bracket opened in the segment before is
    not looked at: the test would otherwise cost every segment three more scans)."""
    return (" )." in target or " ]." in target or "\u00a0)." in target) and (
        _SPACE_BEFORE_CLOSING_STOP.search(target) is not None)


def _spaces_before_closing_stop(target: str, source: str) -> Iterator[tuple[Wording, Span]]:
    """Each space before a closing bracket that ends a sentence, unless the source
    spaces that mark so too (code copied as it is, "f( x )."): a slip of the same kind as
    «(r) .», where the closing side of «( 20 пикселей)» is `_spaces_after_opening`'s."""
    spaced = {source[m.end()] for m in _SPACE_BEFORE_CLOSING.finditer(source)}
    for m in _SPACE_BEFORE_CLOSING_STOP.finditer(target):
        if target[m.end()] not in spaced:
            yield phrase(N_("a space before “{mark}”"), mark=target[m.end()]), m.span()


# -- spacing, pairs, repeated words, capitals -----------------------------------------------

_LOST_SPACE = re.compile(
    r"(?<![^\W\d_]\.)(?<![\w.@/&])([^\W\d_]{2,})([.!?;,:])([A-ZА-ЯЁ][^\W\d_]*)(?!\.\w|[@/\w])"
)
"""«растёт.С», "word,Word": a stop glued to a capitalised word; not «т.е», "U.S.", "e.g", nor
the «;» that ends a character reference of markup ("&quot;Справка&quot;": a quote escaped)."""
_ACRONYM_LOST_SPACE = re.compile(r"[,;!?][А-ЯЁ]")
"""«СНП,Мэтисон»: a comma (a semicolon, «!», «?») between an acronym and a capitalised Russian word
is a lost space as after any word; only a stop joins an acronym's parts ("U.S", "CD.Rom")."""
_LOST_SPACE_AFTER = re.compile(
    r"(?<=[»”)\]])([.!?;:,])(?=[A-ZА-ЯЁ])|(?<=[A-Za-z0-9])([.!?;:,])(?=[А-ЯЁ])"
)
"""A stop glued to a capitalised word after what `_LOST_SPACE` does not read as a word:
a closing quote or bracket («(временно).Потом», «».Потом»), or a number or a Latin
token before a Cyrillic word («HOWTO.Потом», «PS/2.Потом»): no file name, version or
abbreviation runs from Latin letters or digits into a capitalised Russian word."""
_GLUED_SENTENCE_END = re.compile(r"(…|\.\.\.|[)\]])(?:(?<=[а-яё]…)|(?<=[а-яё]\.\.\.)|(?<=[.!?…][)\]]))"
                                 r"(?=[А-ЯЁ][а-яё])")
"""«так хорошо…Пришло», «что это означает.)Если», «друзья? (...)Теперь»: a sentence that ends in
an ellipsis, or in a stop and a closing bracket, glued to the capitalised Russian word that opens
the next (`_LOST_SPACE` reads a stop glued to a word, not these). The engine tries the pattern
at every character (an alternation opening with a class gives it no first character to skip
to), so `_glued_sentence_ends` asks for one of the marks first: a quarter of a second of CPU less
per 100,000 targets (the checks bench's)."""
_SOURCE_SENTENCE_END_GLUED = re.compile(r"(?:…|\.\.\.|[.!?…][)\]])[A-Z]")
"""The same join in an English source, whose layout the translation may keep."""
_BRACE_ROLE = re.compile(r"\{[a-z][\w-]*:(?=\S)")
"""«{term:Открытые данные}»: a site's template marks a term or a glossary link with a name and
a colon in braces; the colon is the markup's, no stop glued to a word, and the name no word of
the text."""
_CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+)$")
""""&quot", "&#39": a character reference of markup, which its «;» closes."""
_WORD_AT = re.compile(r"[^\W\d_]+")
_MARK_THEN_LETTER = re.compile(r"[.!?;:,][^\W\d_]")
"""One quick search: most segments have no mark glued to a letter, and then no lost space."""
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
_LONGEST_WORD = 100
"""How far back a word before a mark is read: from the text's start, a target of 10,000 glued
brackets («ключ(» ...) read 10,000 times over (20 s of `check`), each quoting the rest of the text
(2 GB); no word is longer."""
_GLUED_COLON = re.compile(r":(?<=[а-яё]:)(?=([^\s:]+))", re.IGNORECASE)
"""«Например:--identifier asin:B0082BAJA0» for "For example: --identifier …": a Russian word's
colon glued to what follows; a slip where the source spaces its colon before that same text
(a copied option, a name), since «:» after a Russian word always takes its space. The look back
comes after the colon, so that the engine skips in C from colon to colon."""
_GLUED_COMMA = re.compile(r"(?<=[^\W_])([,;?!])(?=[а-яё])")
"""«Обычно,оно», «пакеты,подходящие», «Pre-Depends,более», «типом __u32,описанный», «Have I Been
Pwned?стремятся»: a comma, semicolon, question or exclamation mark between a word or a number and
a small Russian word never goes without its space
(a decimal comma has a digit after it; code and Latin lists are not looked at), unless a
number stands before it and the source glues its list so ("rule1,rule2", «правило1,правило2»),
or the source writes that mark glued and never with a space: a list in a format of its own
(a desktop file's keywords "file manager;explorer;", «диспетчер файлов;проводник;»)."""
_GLUED_BETWEEN_WORDS = re.compile(r"[^\W\d_]([,;?!])[^\W\d_]")
_TOKEN_BEFORE = re.compile(r"\w+$")
_GLUED_AFTER_NUMBER = re.compile(r"[0-9][,;][^\W\d_]")
_GLUED_STOP = re.compile(r"\.([а-яё]{3,})(?!\w)(?!(?:(?<=\.[а-яё]{3})|(?<=\.[а-яё]{4}))\.(?![\s»”)\]\"']*$))",
                         re.IGNORECASE)
"""«Доп.настройки», «файлы.после»: a stop between two Russian words, the second a word in
small letters; not «т.е.», «т.д.», «тыс.руб.», «млн.долл. в год» (an abbreviation's parts: one
letter, or a short second part with its own stop). The text's final stop is the sentence's, not
a second part's: «Подробности см.ниже.» glues a word to «см.» (`_abbreviation_part` still spares
an abbreviation there, «5 тыс.руб.», «2 млн.долл.»)."""


def _abbreviation_part(word: str, abbreviations: Mapping[str, object]) -> bool:
    """Whether a word glued after a stop is an abbreviation itself («руб», «долл» in «тыс.руб.»,
    «млн.долл.»): one of the language's abbreviations, or one pymorphy3 reads as such. Asked only
    where a stop is glued between Russian words (`_GLUED_STOP`), which most texts lack."""
    folded = word.casefold()
    if f"{folded}." in abbreviations:
        return True
    from workbench.core.morphology import analyzer

    return any("Abbr" in parse.tag for parse in analyzer().parse(folded))


_RUSSIAN_WORD_BEFORE = re.compile(r"(?<![\w.])[а-яё]{2,}$", re.IGNORECASE)
"""The Russian word of two letters or more that a glued stop (`_GLUED_STOP`) follows."""
_DOTTED_NAME = re.compile(r"(?<![\w.])[^\W\d_]{2,}\.[^\W\d_]{3,}(?!\w)")
"""A name of two words joined by a stop ("file.patch"), which a translation may translate."""
_GLUED_SIGN_BRACKET = re.compile(r"\((?<=[^\w\s(\[{«„“\"'‘]\()(?=[а-яё]{2})", re.IGNORECASE)
"""«кроме /(слеш)»: an opening bracket around Russian words glued to a sign before it, where
the source has a space ("the / (slash) character"). A lone Cyrillic letter is a formula's
variable, «e^(П*i)», whose operator takes its bracket unspaced."""
_TAG_ENDING = re.compile(r"<[A-Za-z][^<>]*>$")
"""A markup tag that opens just before a bracket («…/)<sub>(англ.)</sub>»): its ">" is no sign of
the text, and what the tag holds is set apart by the tag itself (a subscript needs no space)."""
_TAG_REACH = 40
_GLUED_BRACKET = re.compile(rf"(?<=[^\W\d_]{{2}})([(\[])(?=([«„“\"`]?[^\W\d_][^)\]\s]{{0,{_LONGEST_WORD}}}))")
"""«виртуализации(xen://», «Testing(тестовая)», «монитора[second head]», «выражения(«do»»,
«вызов[`clearInterval`](…)» (a Markdown link's text set as code): an opening bracket glued to a
word, where the source glues fewer (a source that writes calls, "section(subdir)",
"?narrow(filter, pattern)", has them translated as calls too). What it holds is read for
`_LONGEST_WORD` characters at most: read to its closing bracket, «ключ(ключ(…» read the rest of
the text at every bracket (3 s at 50,000 characters)."""
_GLUED_BEFORE_ONLY = re.compile(r"[(\[](?<=[^\W\d_]{2}[(\[])(?=[ \u00a0]+[^\W\d_])")
""""the shock button( been pressed …)": a source's bracket glued to the word before it and spaced
from the word after, the writer's own layout; a translation that glues its bracket to the word
before («кнопкой удара(был нажат …)») keeps it (house rule D6: none where the source glues the
same itself). The bracket first, looked back from: a pattern that opens with a look back is tried
at every character, one that opens with a class skips in C to the next bracket."""
_ENDING_IN_BRACKETS = re.compile(r"[а-яё]{1,3}[)\]]")
_SOURCE_ENDING_IN_BRACKETS = re.compile(r"[a-z]{1,3}\)")
""""key(s)", "match(es)": an English word's optional ending, glued as Russian's is; a source that
glues only these writes no call, so it excuses no word glued to a bracket in the translation
(«ключ(ключи)» is a gloss, which takes its space)."""
"""«файл(ы)», «пакет(ов)»: a word's optional ending in brackets is written glued to it (the
bracket closes right after it: «Python(не Sage)» opens a remark)."""
_GLUED_GUILLEMET = re.compile(r"[«»](?:(?<=[^\W_]«)|(?<=»)(?=[^\W_]))")
r"""«режим«Точка», «»включен»: a guillemet between the quotation and a word; « » are Russian
marks the translator typed, so the source (with its “ ” or none) cannot have them glued.
`(?<=[^\W_])«|»(?=[^\W_])` with the look back after the mark: a pattern that opens with a
look back is tried at every character, one that opens with a class skips in C to the next
guillemet (a third of the time, helper, session 14)."""
_MIDDLE_DOT = re.compile(r"(?<=[а-яё,.;:!?])·(?=[а-яё])", re.IGNORECASE)
"""«знаниями,·которых·нет»: a middle dot between Russian words, which Russian never joins so
(an editor's mark for a space, copied with the text); "l·l" is Catalan, no Russian."""
_SPACED_METAVARIABLE = re.compile(r"(?:<|&lt;)[ \u00a0]+[^\W\d_][^<>&\n]{0,40}(?:>|&gt;)")
"""«&lt; передний план/фон&gt;»: a metavariable of a command's help opened with a space."""
_METAVARIABLE = re.compile(r"(?:<|&lt;)[^\W\d_][^<>&\n]{0,40}(?:>|&gt;)")
""""<channel>", "&lt;class&gt;": a metavariable (or a tag) written glued inside its brackets."""
_EMOJI = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]\ufe0f?")
"""A pictograph (❌, ✅, ✏️, 🤗, 😜), with the variation selector that asks for its colour form."""
_GLUED_AFTER_TAG = re.compile(r"</(?:a|b|i|em|strong|span|u)>(?=[а-яё])", re.IGNORECASE)
"""«<a …>Биткойн-майнинг</a>и <a …>»: a closing inline tag glued to the Russian word after it,
which the reader sees run into the link's or the emphasis's last word."""
_GLUED_AFTER_TAG_IN_SOURCE = re.compile(r"</(?:a|b|i|em|strong|span|u)>(?=[^\W\d_])", re.IGNORECASE)
"""The same in the source: a text that glues its elements to words on purpose (an ending after a
link, "<a>link</a>s") excuses them in its translation too."""
_WORD_THEN_DIGITS = re.compile(r"(?<![\w-])[а-яё]{4,}([0-9]+)")
"""«более12 миллионов»: a Russian word in small letters run into the number after it (a space
lost as «растёт.С» loses one). Four letters or more: «м2», «км2», «см3» write units so."""
_NAME_WITH_DIGITS = re.compile(r"(?<![\w-])[^\W\d_]{2,}([0-9]+)(?![\w-])")
"""A source's name of letters run into digits: a model ("cpe210"), a user ("user24")."""
_NUMERO = re.compile(r"№(?=\d)")
_SPACED_NUMERO = re.compile(r"№[ \u00a0\u202f](?=\d)")
NUMERO_AS_THE_DOCUMENT = 3
"""`numero = 3`, the default: «№1» is found only in a document that also writes «№ 1». Мильчин
spaces the sign, but «№1» is how much printed, technical and web Russian writes it, and no
reader of the QA sets took it for a slip (12 of them, security guides and science abstracts);
what a demanding editor always mends is a document that writes the number both ways, and then
Мильчин's form decides which one is the slip, as `numero = 1` decides it everywhere."""
NUMERO_SPACED_HERE = 4
"""`_spacing`'s own value for a «№1» in a document that also writes «№ 1» (not a setting)."""


def _spaced_numero_documents(segments: Sequence[Segment]) -> set[int]:
    """The documents whose translation writes «№ 1» somewhere (`NUMERO_AS_THE_DOCUMENT`)."""
    return {seg.document_id for seg in segments if "№" in seg.target and _SPACED_NUMERO.search(seg.target)}
_PERCENT = re.compile(r"\d[ \u00a0\u202f]?%")


def _spacing(
    position: int,
    source: str,
    target: str,
    abbreviations: Mapping[str, object],
    percent: int = 0,
    *,
    spaced_dash: bool = False,
    numero: int = 1,
    russian: bool = False,
) -> Iterator[Finding]:
    """Spaces Russian typography requires: after a stop before the next word; after «№» as the
    project chooses (`numero`: 1 a space, Мильчин's «№ 1»; 0 either way; 2 none, «№1», as much
    printed and web Russian writes it; `NUMERO_SPACED_HERE` a space, where the default
    `NUMERO_AS_THE_DOCUMENT` found the document writing «№ 1»); before «%» as the project chooses
    (`percent`: 0 either way, 1 a space — GOST's
    «45 %», best a no-break one —, 2 none: «45%»); on both sides of a dash where the target
    language spaces it (`spaced_dash`) and the source glues no dash of its own
    ("Development—fix bugs" as «Разработка—участвуйте»: the layout copied); between two words of a
    `russian` target (`glued_words`: «кампаниисобираются», «CAPTCHAвы»); after a bullet and on both
    sides of a slash where the source spaces them (`glued_marks`: «•Исправлены»)."""
    problems: list[tuple[Wording, Span]] = []
    if _MARK_THEN_LETTER.search(target) or "(" in target or "[" in target:
        problems.extend(_lost_spaces(source, target, abbreviations))
    problems.extend(_glued_sentence_ends(source, target))
    if ("( " in source or "[ " in source) and ("( " in target or "[ " in target or " )" in target or " ]" in target):
        problems.extend(_one_sided_brackets(source, target))
    if "«" in target:
        problems.extend(_glued_guillemets(target))
    if "`" in target:
        problems.extend(glued_code_spans(source, target))
    problems.extend(_glued_signs(source, target, spaced_dash=spaced_dash))
    if ":" in target and ":" in source:
        problems.extend(_glued_colons(source, target))
    if "·" in target and not _MIDDLE_DOT.search(source):
        problems.extend((phrase(N_("a middle dot “·” for a space")), m.span()) for m in _MIDDLE_DOT.finditer(target))
    problems.extend(_glued_after_tags(source, target))
    problems.extend(_words_run_into_numbers(source, target))
    problems.extend(glued_marks(source, target))
    if russian:
        problems.extend(glued_words(source, target))
    if "№" in target:
        problems.extend(_numero_spaces(target, numero))
    if ("< " in target or "&lt; " in target) and _METAVARIABLE.search(source) and not _SPACED_METAVARIABLE.search(source):
        problems.extend((phrase(N_("a space after “{mark}”"), mark="<"), m.span())
                        for m in _SPACED_METAVARIABLE.finditer(target) if not _closed_as_a_tag(m.group(), source))
    if percent and "%" in target:
        for m in _PERCENT.finditer(target):
            spaced = m.group()[1:2].isspace()
            if percent == 1 and not spaced:
                problems.append((phrase(N_("no space before “%” (this project writes «45 %»)")), m.span()))
            elif percent == 2 and spaced:
                problems.append((phrase(N_("a space before “%” (this project writes «45%»)")), m.span()))
    if not problems:
        return
    yield Finding(
        position,
        "spacing",
        "warning",
        **worded(N_("The translation has {problems}."), problems=tuple(dict.fromkeys(kind for kind, _ in problems))),
        target_spans=tuple(span for _, span in problems),
    )


_TAG_NAME = re.compile(r"[A-Za-z][\w-]*")


def _closed_as_a_tag(spaced: str, source: str) -> bool:
    """Whether the spaced «< name >» is a tag the source closes ("</name>"): markup broken, which
    `whitespace` reports (`_spaced_tags`), not a placeholder of a command's syntax."""
    name = _TAG_NAME.search(spaced)
    return name is not None and f"</{name.group()}>" in source


def _numero_spaces(target: str, numero: int) -> Iterator[tuple[Wording, Span]]:
    """Each «№» spaced against `numero` (`_spacing`)."""
    if numero == 1:
        yield from ((phrase(N_("no space after “№”")), m.span()) for m in _NUMERO.finditer(target))
    elif numero == NUMERO_SPACED_HERE:
        yield from ((phrase(N_("no space after “№” (elsewhere this document writes «№ 1»)")), m.span())
                    for m in _NUMERO.finditer(target))
    elif numero == 2:
        yield from ((phrase(N_("a space after “№” (this project writes «№1»)")), m.span())
                    for m in _SPACED_NUMERO.finditer(target))


def _words_run_into_numbers(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """A Russian word glued to the digits after it (`_WORD_THEN_DIGITS`) where the source glues
    no letter to those digits: a name that holds its number, "file1" as «файл1», is the source's.
    Nor where the source writes as many names of letters run into digits ("cpe210", "@user24") as
    the target has such words and keeps none of them as written: each is that name rendered
    («перехватила29», «юзер24»), its shape the source's, whatever became of its letters."""
    runs = list(_WORD_THEN_DIGITS.finditer(target))
    glued = [m for m in runs if re.search(rf"[^\W\d_]{m.group(1)}(?![0-9])", source) is None]
    if glued:
        kept = {m.group(1) for m in runs} - {m.group(1) for m in glued}  # digits of a name read above
        names = [n for n in _NAME_WITH_DIGITS.finditer(source)
                 if n.group() not in target and n.group(1) not in kept]
        if len(glued) <= len(names):
            return
    for m in glued:
        yield phrase(N_("no space between a word and the number after it")), m.span()


def _glued_signs(source: str, target: str, *, spaced_dash: bool) -> Iterator[tuple[Wording, Span]]:
    """A dash glued to the words on both sides (`_TIGHT_DASH`, where the language spaces its dash
    and the source glues none) or on one side (`_ONE_SIDED_DASH`, where the source has none so), a
    hyphen spaced on both sides typed for a dash (`spaced_hyphens`, where the source spaces none),
    and a pictograph glued to a word (`_glued_emoji`)."""
    if spaced_dash and ("—" in target or "--" in target) and not _TIGHT_DASH.search(source):
        yield from ((phrase(N_("an em dash without spaces (Russian puts a space on both sides)")), m.span())
                    for m in _TIGHT_DASH.finditer(target) if not _roman_range(target, m.start()))
    if spaced_dash and ("–" in target or "—" in target) and not _ONE_SIDED_DASH.search(source):
        yield from ((phrase(N_("a dash glued to a word on one side (Russian puts a space on both sides)")),
                     m.span(1) if m.group(1) else m.span(2))
                    for m in _ONE_SIDED_DASH.finditer(target) if not _in_code(target, m))
    if spaced_dash and "-- " in target and not _GLUED_DOUBLE_HYPHEN.search(source):
        yield from ((phrase(N_("a dash glued to a word on one side (Russian puts a space on both sides)")), m.span(1))
                    for m in _GLUED_DOUBLE_HYPHEN.finditer(target) if not _in_code(target, m))
    if spaced_dash:
        yield from spaced_hyphens(source, target)
    if not source.isascii() and _EMOJI.search(source) and _EMOJI.search(target):
        yield from _glued_emoji(source, target)  # an ASCII source has no pictograph to space


def _glued_emoji(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Each side of a pictograph glued to a letter where the source keeps that pictograph apart
    from letters on that side wherever it writes it («отрендерить❌» for "render a ❌ if",
    «🤗Hub» for "🤗 Hub"): a pictograph stands for a word and takes its spaces; one the source
    glues too ("🤗Transformers" as a name) is copied so. Worded as a glued code span is.
    """
    for m in _EMOJI.finditer(target):
        places = [e for e in _EMOJI.finditer(source) if e.group().rstrip("\ufe0f") == m.group().rstrip("\ufe0f")]
        if not places:
            continue
        if (m.start() > 0 and target[m.start() - 1].isalpha()
                and not any(e.start() > 0 and source[e.start() - 1].isalpha() for e in places)):
            yield phrase(N_("no space before “{code}”"), code=m.group()), m.span()
        if (m.end() < len(target) and target[m.end()].isalpha()
                and not any(e.end() < len(source) and source[e.end()].isalpha() for e in places)):
            yield phrase(N_("no space after “{code}”"), code=m.group()), m.span()


def _in_code(target: str, glued: re.Match[str]) -> bool:
    """Whether a stop glued between words stands inside inline code ("A Task Supervisor" as
    «`Task.Supervisor`», the module's name the translator gives): code has no sentences."""
    return "`" in target and any(m.start() < glued.start() and glued.end() < m.end()
                                 for m in code_spans(target))


def _lost_spaces(
    source: str, target: str, abbreviations: Mapping[str, object]
) -> Iterator[tuple[Wording, Span]]:
    """Each stop or comma glued to the next word, unless the source has it so or it ends an
    abbreviation. Stops glued to capitalised words are left where the source glues as many
    ("thumbnails.If possible" as «изображения.Более»; a list of names "Absu,Abzu" as
    «Абзу,Абсу»): the translator kept the source's layout, a slip of the source's, not its own."""
    roles = {m.end() - 1 for m in _BRACE_ROLE.finditer(target)} if "{" in target else set()
    lost = [m for m in _LOST_SPACE.finditer(target)
            if m.group() not in source  # copied from the source (a name, a file name)
            and m.start(2) not in roles
            and f"{m.group(1).casefold()}." not in abbreviations
            and not (m.group(1).isupper() and not _ACRONYM_LOST_SPACE.match(m.group(2) + m.group(3)))
            and not _in_code(target, m)]
    if lost and len(lost) <= len(_LOST_SPACE.findall(source)):
        lost = []
    for m in lost:
        yield phrase(N_("no space after “{mark}” in “{glued}”"), mark=m.group(2), glued=m.group()), m.span(2)
    for m in _LOST_SPACE_AFTER.finditer(target):
        if m.group() == ";" and _CHARACTER_REFERENCE.search(target, max(0, m.start() - 10), m.start()):
            continue  # "&quot;Справка": the «;» ends an escaped character, it stops nothing
        word = _WORD_AT.match(target, m.end())
        glued = target[max(0, m.start() - 1):word.end() if word else m.end()]
        if glued not in source and m.start() not in roles:
            yield phrase(N_("no space after “{mark}” in “{glued}”"), mark=m.group(), glued=glued), m.span()
    yield from _glued_after_closer(target)
    yield from _glued_commas(source, target)
    glued_stops = [(before, m) for m in _GLUED_STOP.finditer(target)
                   if (before := _RUSSIAN_WORD_BEFORE.search(target, max(0, m.start() - _LONGEST_WORD), m.start())) is not None
                   and not m.group(1)[0].isupper()  # a capitalised word is `_LOST_SPACE`'s
                   and not _abbreviation_part(m.group(1), abbreviations)]
    if glued_stops and len(glued_stops) <= len(_DOTTED_NAME.findall(source)):
        glued_stops = []  # the source's "file.old", "file.new" translated as «старого.файла»
    for before, m in glued_stops:
        glued = target[before.start():m.end()]
        if glued not in source:
            yield phrase(N_("no space after “{mark}” in “{glued}”"), mark=".", glued=glued), (m.start(), m.start() + 1)
    if "(" in target:
        for m in _GLUED_SIGN_BRACKET.finditer(target):
            glued = target[m.start() - 1:m.end()]
            if glued not in source and _TAG_ENDING.search(target, max(0, m.start() - _TAG_REACH), m.start()) is None:
                yield phrase(N_("no space before “(” in “{glued}”"), glued=glued), m.span()
    if "(" in target or "[" in target:
        yield from _glued_brackets(source, target)
        if "`" in target:
            yield from _glued_after_russian_code(source, target)


def _glued_sentence_ends(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Each sentence end glued to the next sentence (`_GLUED_SENTENCE_END`), unless the source
    glues as many of its own."""
    if not ("…" in target or ")" in target or "]" in target or "..." in target):
        return  # each match holds one of these; most targets none (substring tests in C)
    glued = list(_GLUED_SENTENCE_END.finditer(target))
    if glued and len(glued) > len(_SOURCE_SENTENCE_END_GLUED.findall(source)):
        for m in glued:
            word = _WORD_AT.match(target, m.end())
            shown = target[max(0, m.start() - 1):word.end() if word else m.end()]
            yield phrase(N_("no space after “{mark}” in “{glued}”"), mark=m.group(), glued=shown), m.span()


def _glued_colons(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Each colon of a Russian word glued to what follows it where the source spaces its colon
    before that same text (`_GLUED_COLON`)."""
    for m in _GLUED_COLON.finditer(target):
        if re.search(rf":[ \u00a0]+{re.escape(m.group(1))}", source):
            before = _WORD_BEFORE.search(target, max(0, m.start() - _LONGEST_WORD), m.start())
            glued = target[before.start() if before else m.start():m.end(1)]
            yield phrase(N_("no space after “{mark}” in “{glued}”"), mark=":", glued=glued), (m.start(), m.start() + 1)


def _glued_commas(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Each comma, semicolon, question or exclamation mark glued to a small Russian word (`_GLUED_COMMA`)."""
    source_format: set[str] | None = None  # worked out at the first glued mark: most have none
    for m in _GLUED_COMMA.finditer(target):
        start, end = m.start(), m.end()
        if m.group() == ";" and _CHARACTER_REFERENCE.search(target, max(0, start - 10), start):
            continue  # «&lt;канал&gt;»: the «;» ends an escaped «<», it separates nothing
        if target[start - 1].isdigit() and _GLUED_AFTER_NUMBER.search(source):
            continue
        if source_format is None:
            source_format = {mark for mark in _GLUED_BETWEEN_WORDS.findall(source) if f"{mark} " not in source}
        if m.group() in source_format:
            continue
        # from `_LONGEST_WORD` back, as `_WORD_BEFORE`: read from the text's start, a 1 MB target of
        # «&amp;quot;привет» read its whole start again at each «;» (quadratic, hardening round 34)
        before = _TOKEN_BEFORE.search(target, max(0, start - _LONGEST_WORD), start)
        after = _WORD_AT.match(target, end)
        glued = target[before.start() if before else start:after.end() if after else end]
        yield phrase(N_("no space after “{mark}” in “{glued}”"), mark=m.group(), glued=glued), m.span()


_CODE_BRACKETS = re.compile(r"([(\[]+)([^()\[\]\n]+)([)\]]+)")
"""A bracket, or a run of them ("((" of shell arithmetic), what it holds on one line, and its close."""


def _one_sided_brackets(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Brackets of code the source spaces inside on both sides ("(( EXP1 ))", "[ -f FILE ]"),
    spaced on one side only in the target («(( ВЫРАЖ1))»): a space lost, which the shell or the
    reader of the syntax needs. Brackets the source writes tight are prose's, not looked at."""
    spaced = {m.group(1) for m in _CODE_BRACKETS.finditer(source)
              if m.group(2)[:1] == " " and m.group(2)[-1:] == " " and m.group(2).strip()}
    for m in _CODE_BRACKETS.finditer(target):
        inner = m.group(2)
        if m.group(1) not in spaced or not inner.strip() or (inner[:1] == " ") == (inner[-1:] == " "):
            continue
        if inner[:1] == " ":
            yield phrase(N_("no space before “{mark}” in “{glued}”"), mark=m.group(3), glued=m.group()), m.span(3)
        else:
            yield phrase(N_("no space after “{mark}” in “{glued}”"), mark=m.group(1), glued=m.group()), m.span(1)


_GLUED_COMMA_AFTER_CLOSER = re.compile(r"(?<=[)\]»“”])([,;])(?=[а-яё])")
"""«(Ctrl+S),или», «в «Поисковые шаблоны»,пакеты»: a comma or semicolon between a closing bracket
or quotation mark and a small Russian word, which `_GLUED_COMMA` (a letter or digit before the
mark) does not see; Russian never glues them."""


def _glued_after_closer(target: str) -> Iterator[tuple[Wording, Span]]:
    """Each comma or semicolon glued to the Russian word after a closing bracket."""
    for m in _GLUED_COMMA_AFTER_CLOSER.finditer(target):
        after = _WORD_AT.match(target, m.end())
        glued = target[m.start() - 1:after.end() if after else m.end()]
        yield phrase(N_("no space after “{mark}” in “{glued}”"), mark=m.group(), glued=glued), m.span()


def _glued_guillemets(target: str) -> Iterator[tuple[Wording, Span]]:
    """Each guillemet glued to the word outside its quotation (see `_GLUED_GUILLEMET`)."""
    for m in _GLUED_GUILLEMET.finditer(target):
        before = _WORD_BEFORE.search(target, max(0, m.start() - _LONGEST_WORD), m.start())
        after = _WORD_AT.match(target, m.end())
        glued = target[before.start() if before else m.start():after.end() if after else m.end()]
        if m.group() == "»":
            yield phrase(N_("no space after “{mark}” in “{glued}”"), mark="»", glued=glued), m.span()
        else:
            yield phrase(N_("no space before “{mark}” in “{glued}”"), mark="«", glued=glued), m.span()


def _glued_after_tags(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Each closing inline tag glued to the Russian word after it (`_GLUED_AFTER_TAG`), where the
    source glues none of its own."""
    if "</" not in target or not _GLUED_AFTER_TAG.search(target) or _GLUED_AFTER_TAG_IN_SOURCE.search(source):
        return
    for m in _GLUED_AFTER_TAG.finditer(target):
        before = _WORD_BEFORE.search(target, max(0, m.start() - _LONGEST_WORD), m.start())
        after = _WORD_AT.match(target, m.end())
        glued = (before.group() if before else "") + m.group() + (after.group() if after else "")
        yield phrase(N_("no space after “{mark}” in “{glued}”"), mark=m.group(), glued=glued), m.span()


def _glued_brackets(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Each opening bracket glued to a Russian word or holding one, where the source glues
    fewer brackets to words than the target (see `_GLUED_BRACKET`)."""
    found = list(_GLUED_BRACKET.finditer(target))
    glued_in_source = sum(
        1 for m in _GLUED_BRACKET.finditer(source) if not _SOURCE_ENDING_IN_BRACKETS.match(source, m.end())
    )
    if len(found) <= glued_in_source:
        return
    glued_in_source += len(_GLUED_BEFORE_ONLY.findall(source))
    if len(found) <= glued_in_source:
        return
    for m in found:
        before = _WORD_BEFORE.search(target, max(0, m.start() - _LONGEST_WORD), m.start())
        word = before.group() if before else ""
        bracket, inside = m.group(1), m.group(2)[:_LONGEST_WORD]
        if not (_CYRILLIC.search(word) or _CYRILLIC.match(inside)) or _ENDING_IN_BRACKETS.match(target, m.end()):
            continue  # a call "main(argv)" or an ending «файл(ы)»
        glued = f"{word}{bracket}{inside}"
        if glued not in source:
            yield phrase(N_("no space before “{mark}” in “{glued}”"), mark=bracket, glued=glued), m.span()


def _glued_after_russian_code(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Each opening bracket glued to inline code (`code_spans`, read from the text's start so
    that its backticks pair as the markup pairs them) that holds Russian words: the translator's
    words set as code («выберите `«Да»`(`«Y»`)» for "pick `Y`") are a word of the sentence, and a
    remark in brackets after a word takes its space; no source glues such code, as it has none
    (a call, "`f`(x)", is code the source writes too)."""
    for m in code_spans(target):
        bracket = target[m.end():m.end() + 1]
        if bracket in ("(", "[") and _CYRILLIC.search(m.group()) and m.group() + bracket not in source:
            glued = m.group() + bracket
            yield phrase(N_("no space before “{mark}” in “{glued}”"), mark=bracket, glued=glued), (m.end(), m.end() + 1)


_PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»", "„": "“", "“": "”"}
_PAIRED = re.compile(r"[()\[\]{}«»„“”]")


_QUOTE_BEFORE = frozenset("«„“\"'`‘")
_QUOTE_AFTER = frozenset("»“”\"'’")


def _named_alone(text: str, i: int) -> bool:
    """A bracket quoted on its own («]», `['): the character named, which opens or closes nothing."""
    return 0 < i < len(text) - 1 and text[i - 1] in _QUOTE_BEFORE and text[i + 1] in _QUOTE_AFTER


_SMILEY = re.compile(r"(?<!\S)[:;=][-^']?[()\[\]](?=$|[\s.,!?])")
"""":(", ";)", ":-(" set apart by spaces: a face drawn with a bracket, which opens no pair and
closes one only where a bracket is open before it ("Still a long way to go :(" leaves no bracket
open, «(мы надеемся :)» closes its aside; "(see below:)" glues its colon to a word)."""


def _smiley_brackets(text: str) -> set[int]:
    """The offsets of the brackets of the faces in `text` (`_SMILEY`)."""
    return {m.end() - 1 for m in _SMILEY.finditer(text)} if ":" in text or ";" in text or "=" in text else set()


def _balance(text: str) -> list[tuple[str, int]]:
    """Marks left unmatched in `text`: openers never closed and closers never opened (a bracket
    quoted on its own, «]», is named, not used)."""
    stack: list[tuple[str, int]] = []
    stray: list[tuple[str, int]] = []
    closers = {close: open_ for open_, close in _PAIRS.items()}
    smileys = _smiley_brackets(text)
    for m in _PAIRED.finditer(text):
        ch, i = m.group(), m.start()
        if ch in "()[]{}" and _named_alone(text, i):
            continue
        if i in smileys:
            if ch in closers and stack and stack[-1][0] == closers[ch]:
                stack.pop()  # «(мы надеемся :)»: the face closes the aside too
            continue
        if ch == "“" and stack and (stack[-1][0] == "„" or stack[-1][0] == "“" and _CLOSING_SHAPE.match(text, i)):
            stack.pop()  # „…“, the German and Russian inner pair; “…“, one shape for both ends
        elif ch == "”" and stack and stack[-1][0] == "”":
            stack.pop()
        elif ch == "”" and _at_opening(text, i) and all(mark != "“" for mark, _ in stack):
            stack.append((ch, i))  # ”…”: one shape for both ends, as an autocorrect types it
        elif ch in _PAIRS:
            stack.append((ch, i))  # “ opens an English quotation
        elif ch in closers:
            if stack and stack[-1][0] == closers[ch]:
                stack.pop()
            else:
                stray.append((ch, i))
    return sorted(stack + stray, key=lambda item: item[1])


_CARRY = 10
"""How many segments later a quotation or a bracket opened in one segment may still close:
a speech interrupted by the author's words («Куда меня несёт? — думал он. / — Да… / …!»)
or a quotation of several sentences runs over a paragraph's worth of segments."""


def _unpaired(segments: Sequence[Segment], untranslated: AbstractSet[int],
              readings: Mapping[int, QuoteReading] | None = None) -> Iterator[Finding]:
    """A bracket or quote left open or closed without an opening (`untranslated`: the
    indexes of the segments with no translation of their own, empty or copied; `readings`:
    the targets whose quotation marks are written as HTML references, read as the marks).

    A quotation may span several sentences, so several segments: a mark left
    open is paired with a stray closing mark of the same kind up to `_CARRY`
    segments later in the same document, and neither is reported. Marks the
    source leaves unpaired the same way are not reported either (the source's
    own quotation runs on into its next segment). A closing mark after a quotation this
    segment opens with a reference («&quot;Ага…».») closes that one, not one left open
    before: it is reported, as the « it lacks.
    """
    readings = readings or {}

    def text(k: int) -> str:
        return readings[k].text if k in readings else segments[k].target

    left: dict[int, list[tuple[str, int]]] = {}
    open_marks: list[tuple[int, str, int]] = []  # (segment index, pair, offset), oldest first
    document: int | None = None
    for k, seg in enumerate(segments):
        if seg.document_id != document:
            document, open_marks = seg.document_id, []
        target = readings[k].text if k in readings else seg.target
        if k in untranslated or not _PAIRED.search(target):
            continue
        if not (marks := _segment_marks(target, seg.source)):
            continue
        left[k] = marks
        for ch, i in marks:
            pair = _canonical(ch)
            if ch in _PAIRS:
                open_marks.append((k, pair, i))
                continue
            if k in readings and _opened_by_reference(readings[k], i):
                continue
            for n in range(len(open_marks) - 1, -1, -1):
                opened_in, opened_pair, offset = open_marks[n]
                if opened_pair == pair and opened_in < k and k - opened_in <= _CARRY:
                    left[opened_in].remove((text(opened_in)[offset], offset))
                    left[k].remove((ch, i))
                    del open_marks[n]
                    break
    for k, seg in enumerate(segments):
        if k not in untranslated and (stray := _stray_undirected(text(k), seg.source)):
            left.setdefault(k, []).extend(stray)
    for k, marks in left.items():
        if marks:
            yield from _as_written(_unpaired_in(segments[k].position, segments[k].source,
                                                sorted(marks, key=lambda item: item[1]), text(k)), readings.get(k))


def _segment_marks(target: str, source: str) -> list[tuple[str, int]]:
    """The marks `_balance` leaves unmatched in one target, less the brackets of list enumerators."""
    marks = _balance(target)
    if any(ch == ")" for ch, _ in marks):
        if markers := letter_markers(target):  # read again without them: «(см. a) и b))» pairs
            marks = _balance(without_enumerators(target, markers))
        marks = _without_enumerators(marks, target, source)
    return marks


def _opened_by_reference(reading: QuoteReading, closer: int) -> bool:
    """Whether a quotation mark read from a reference opens a quotation before `closer` in the
    reading («&quot;Ага…»»: the quotation the » closes opens here, with a mark of another kind)."""
    return any(offset < closer and _at_opening(reading.text, offset) for offset, _ in reading.references)


def _without_enumerators(marks: list[tuple[str, int]], text: str, source: str) -> list[tuple[str, int]]:
    """`marks` without the closing brackets of inline list enumerators that open none («а) …;
    б) …», "1) … 2) …": `enumerators`; one item's marker opening the text, `opening_marker`; or a
    marker the source writes in brackets, "(c)", cited as Russian cites a point, «подпункт c)»,
    «подразделы a)–d)»): the bracket is the marker's shape, not a pair's half."""
    closers = {end - 1 for start, end in enumerators(text) if text[start] != "("}
    closers.update(m.end() - 1 for m in _CITED_MARKER.finditer(text) if f"({m.group(1)})" in source)
    if (opening := opening_marker(text)) is not None:
        closers.add(opening[1] - 1)
    return [(ch, i) for ch, i in marks if not (ch == ")" and i in closers)]


_CITED_MARKER = re.compile(r"(?<![\w(\[.,-])([a-z]|[1-9][0-9]?)\)")
"""A point's letter or number closed by a bracket it opens none for, glued to no word before
(«подраздел c)(1)», not "f(x)"): `_without_enumerators` spares it where the source brackets it."""


def _unpaired_in(position: int, source: str, left: list[tuple[str, int]], target: str) -> Iterator[Finding]:
    """Report the marks left unpaired in one segment, unless its source has the same imbalance:
    a mark of the same pair left over the same way, open or closed (`_sides`). A source whose
    quotation runs on into the next segment spares a target's quotation left open, not one the
    target closes and never opens («невольны“» where the source's “ opens its last quotation)."""
    source_marks = {(_canonical(ch), side) for ch, i in _balance(source) for side in _sides(source, ch, i)}
    if source.count('"') % 2:  # a straight quotation mark left open or closed in the source
        source_marks.update((("q", "open"), ("q", "close")))
    left = [(ch, i) for ch, i in left
            if not all((_canonical(ch), side) in source_marks for side in _sides(target, ch, i))]
    if _closed_together(left, target, source):
        return
    if not left:
        return
    marks = " ".join(dict.fromkeys(ch for ch, _ in left))
    yield Finding(
        position,
        "unpaired",
        "warning",
        **worded(N_("Unpaired {marks} in the translation: an opening or closing mark is missing."), marks=marks),
        target_spans=tuple((i, i + 1) for _, i in left),
    )


_TWO_CLOSERS = re.compile(r"(?<=[^\W_]|[.,!?…])['’”\"»][ \u00a0]?[”\"»](?![^\W_])")
"""Two closing quotation marks side by side, the inner and the outer quotation ending at one word
("… in Glasgow,' \" the guy said", "…»»")."""


def _closed_together(left: list[tuple[str, int]], target: str, source: str) -> bool:
    """Whether the one mark left open is the outer « of a quotation whose inner «…» ends where it
    does, written once: Russian typography sets two closing « » of one design that meet as one
    («Нет ничего…: «Я просто отвезу его в Глазго», — сказал он» for "…'I'm just dropping him off
    in Glasgow,' \" he said"; Розенталь, «Справочник по правописанию и литературной правке», on
    quotation marks), where the source closes two quotations together (`_TWO_CLOSERS`): a source
    that never does gives the translation no pair of closing marks to merge, and its « left open
    stays an error (the synthetic drops of a nested pair's closing mark in the dev sets)."""
    if len(left) != 1 or left[0][0] != "«" or not _TWO_CLOSERS.search(source):
        return False
    inner = target.find("«", left[0][1] + 1)
    return inner != -1 and target.find("»", inner) != -1


_CLOSING_SHAPE = re.compile(r"(?<=[^\W_]|[.,!?…])“(?=$|[\s.,;:!?)…])")
"""“ glued to the word or the stop before it and to no word after: the closing mark of Russian and
German „…“, never an English opening one, which stands before its word."""


def _sides(text: str, ch: str, i: int) -> tuple[str, ...]:
    """Which way a mark `_balance` leaves over in `text` is left: "open" or "close"; both for a
    straight mark, which has no direction. A “ in the closing shape (`_CLOSING_SHAPE`) with no „ to
    close is a closing mark left over, though `_balance` keeps it as an English opening one."""
    if ch == '"':
        return ("open", "close")
    if ch in _PAIRS and not (ch == "“" and _CLOSING_SHAPE.match(text, i)) or ch == "”" and _at_opening(text, i):
        return ("open",)  # ”: an opening one where `_balance` reads it so (”…”)
    return ("close",)


def _stray_undirected(target: str, source: str) -> list[tuple[str, int]]:
    """The marks `_balance` cannot pair by direction that a segment's target leaves over: a
    straight double mark (`_stray_straight_quote`; it has no direction, so only a lone one is
    sure) and a closing single one after a Russian word (`_stray_single_closer`)."""
    stray: list[tuple[str, int]] = []
    if '"' in target and (lone := _stray_straight_quote(target, source)) is not None:
        stray.append(('"', lone))
    if "’" in target and (closer := _stray_single_closer(target)) is not None:
        stray.append(("’", closer))
    return stray


_SINGLE_CLOSER = re.compile(r"(?<=[а-яёА-ЯЁ])’(?![^\W\d_])")
"""’ after a Cyrillic word's last letter: no apostrophe (Russian has no possessive one, and the
Ukrainian one stands between letters, «м’ясо»), so a single quotation's closing mark."""


def _stray_single_closer(target: str) -> int | None:
    """The offset of the first closing single mark of a Cyrillic word that no ‘ before it opens
    («прав наших пользователей’)» for "our users’) rights": the English possessive copied as a
    mark). Single marks are paired by this alone: elsewhere ’ is as often an apostrophe."""
    for m in _SINGLE_CLOSER.finditer(target):
        if "‘" not in target[:m.start()]:
            return m.start()
    return None


def _lone_straight_quote(target: str, source: str) -> int | None:
    """The offset of the one straight double mark of a target whose source has its straight
    marks in pairs and which has no other quotation mark («…было произнесено".» for "…has been
    said."): a mark with nothing to pair with, a stray one left by an edit, or the end of a
    quotation the source carries over from the segment before (its ” alone), which `unpaired`
    leaves as the source has it so. One beside « » or “ ” is a quotation's mark of the wrong kind
    («"слово»), which `quote-style` reports. Marks inside code spans are the code's."""
    if '"' not in target or any(mark in target for mark in "«»„“”"):
        return None
    if "`" in target:
        target, source = blank_code_spans(target), blank_code_spans(source)
    if target.count('"') != 1 or source.count('"') % 2:
        return None
    lone = target.index('"')
    return None if target[lone - 1:lone].isdigit() else lone  # 5", 30": an inch, a second


def _stray_straight_quote(target: str, source: str) -> int | None:
    """The straight double mark a target leaves unpaired: its only one (`_lone_straight_quote`),
    the odd one out of three or more (`_odd_straight_quote`), or one of an even number that closes
    where no quotation is open (`_reversed_straight_quote`)."""
    count = target.count('"')
    if count < 2:
        return _lone_straight_quote(target, source)
    if count % 2:
        return _odd_straight_quote(target, source) if count > 2 else None
    return _reversed_straight_quote(target, source)


_STRAIGHT_OPENS = re.compile(r'(?:^|(?<=[\s(\[]))"(?=[^\W_])')
"""A straight mark after a space (or the text's start, a bracket) glued to the word after it: it
opens a quotation."""
_STRAIGHT_CLOSES = re.compile(r'(?<=[^\W\d_]|[.,!?…])"(?=$|[\s.,;:!?)\]])')
"""A straight mark glued to the word or the stop before it and to no word after: it closes one."""


def _misturned_straight_mark(text: str) -> int | None:
    """The offset of the first straight double mark of `text` that plainly closes (`_STRAIGHT_CLOSES`)
    where no quotation is open: the marks are read in order, one that plainly opens opening a
    quotation (nested ones too, «"Операция "Драгун""»), one that plainly closes closing the last
    one open, and one whose shape says neither (spaced on both sides, between two marks) closing
    where a quotation is open and opening where none is («…мертва. " или что" Удаленная …
    экспериментом". "»: the second quotation closed, never opened)."""
    opens = {m.start() for m in _STRAIGHT_OPENS.finditer(text)}
    closes = {m.start() for m in _STRAIGHT_CLOSES.finditer(text)}
    depth = 0
    for i in (i for i, ch in enumerate(text) if ch == '"'):
        if i in opens:
            depth += 1
        elif i in closes and not depth:
            return i
        else:
            depth = depth - 1 if depth else 1
    return None


def _reversed_straight_quote(target: str, source: str) -> int | None:
    """The straight mark of a target with an even number of them and no other quotation mark that
    closes where no quotation is open (`_misturned_straight_mark`), where the source's straight
    marks close none so; None where a mark after a digit may be an inch's or a second's,
    or the marks are the code's."""
    if any(mark in target for mark in "«»„“”"):
        return None
    if "`" in target:
        target, source = blank_code_spans(target), blank_code_spans(source)
    marks = [i for i, ch in enumerate(target) if ch == '"']
    if (not marks or len(marks) % 2 or source.count('"') % 2 or any(target[i - 1:i].isdigit() for i in marks)
            or _misturned_straight_mark(source) is not None):
        return None
    return _misturned_straight_mark(target)


def _odd_straight_quote(target: str, source: str) -> int | None:
    """The offset of the last straight double mark of a target that pairs three or more of them
    and leaves one over, where the source's are paired: the translator quotes with straight marks
    here, so the odd one is left unpaired whatever else the text holds («Ряд 4» +12 "," Размер 2
    ".» for '"Row 4, +12", "Size 2".'), where a lone one beside « » is a quotation's mark of the
    wrong kind (`_lone_straight_quote`). None where a mark after a digit may be an inch's or a
    second's (24"), or the marks are the code's."""
    if "`" in target:
        target, source = blank_code_spans(target), blank_code_spans(source)
    marks = [i for i, ch in enumerate(target) if ch == '"']
    if len(marks) < 3 or not len(marks) % 2 or source.count('"') % 2 or any(target[i - 1:i].isdigit() for i in marks):
        return None
    return marks[-1]


def _canonical(mark: str) -> str:
    """Which pair a mark belongs to, whatever the language's quote shapes: « and “ alike."""
    return {"«": "q", "»": "q", "„": "q", "“": "q", "”": "q", '"': "q"}.get(
        mark, {")": "(", "]": "[", "}": "{"}.get(mark, mark)
    )


_REPEATED = re.compile(r"(?<![\w-])([^\W\d_]++)[ \u00a0]+\1(?![\w-]|\.\w)", re.IGNORECASE)
"""Not a word before a name made of it («Файл файл.заплаты»: a file name). The word is taken
whole (`++`: a space must follow it, so a shorter part never could), which spares the regex
engine giving back its letters one by one at every word of every target."""
_LEAD_DASH = re.compile(r"[ \u00a0][-–—](?=[ \u00a0])")


def _may_repeat_lead(text: str) -> bool:
    """Whether `_repeated_leads` may find something: a spaced dash (substring tests in C)."""
    return " - " in text or " — " in text or " – " in text or "\u00a0" in text


def _repeated_leads(text: str) -> list[tuple[Span, str]]:
    """«gp - gp - интерпретатор»: the lead of a definition (one to three words and a dash)
    written twice, which `_REPEATED` does not see for the dash between the two. Looked for from
    each spaced dash back (a regex tried at every word of every target cost typography a tenth).
    The words after the dash are read from it, a few at a time: a copy of the rest of the text
    at each dash made a megabyte target of «слово - слово» quadratic."""
    found: list[tuple[Span, str]] = []
    for dash in _LEAD_DASH.finditer(text):
        words = text[max(0, dash.start() - 80):dash.start()].split()[-3:]
        after = [m.span() for m in islice(_TOKEN.finditer(text, dash.end()), len(words) + 2)]
        for k in range(1, len(words) + 1):
            lead = [*words[-k:], text[dash.end() - 1]]
            if (lead[0][:1].isalpha() and len(after) > k + 1
                    and [text[a:b].casefold() for a, b in after[:k + 1]] == [w.casefold() for w in lead]):
                found.append(((text.rfind(lead[0], 0, dash.start()), after[k][1]), " ".join(lead)))
                break
    return found


_TOKEN = re.compile(r"\S+")


_NAMED_TWICE = re.compile(r"(?<![\w@.])@([^\W_][\w.-]*)[ \u00a0]+\1(?![\w@-])")
"""«@user14 user14»: a mention and its name again without the sign (digits and all, which
`_REPEATED`'s words have none of): the name said twice."""


_DOUBLED_STEM = re.compile(r"(?<![\w-])([^\W\d_]{3,})-?\1", re.IGNORECASE)
""""Oldoldstable", "bye-bye": a source word made of one word twice, which a translation
spells as two («старая старая стабильная»)."""


_MOST_DOUBLED_NAMED = 20
"""Doubled words a finding names; the rest are counted. A target of 4,000 «АЭС» in a row made a
message of 22,000 characters, the text again in the report and the findings panel (hardening,
round 27); the spans still mark every one."""


def _repeated_words(position: int, source: str, target: str) -> Iterator[Finding]:
    """«в в», "the the": a doubled word, unless the source doubles a word too (emphasis); not a
    table's cell and the column after it («--private-key=ФАЙЛ       файл секретного ключа»).
    A term's lead and its dash written twice, «gp - gp - интерпретатор», is doubled too, and so
    is a number («12 12»), which the source's doubled words do not excuse; nor do they excuse a
    Russian word that is only ever a noun or a participle (`_never_emphasis`)."""
    doubled = _doubled_words(source, target)
    if doubled and (_REPEATED.search(source) or _DOUBLED_STEM.search(source)):
        doubled = [(span, word) for span, word in doubled
                   if _never_emphasis(word) and not _names_its_placeholder(target[span[0]:span[1]])]
    doubled.extend(doubled_numbers(source, target))
    if not doubled:
        return
    shown = [f"«{word} {word}»" for _, word in doubled]
    more = len(shown) - _MOST_DOUBLED_NAMED
    words: str | Wording = ", ".join(shown) if more <= 0 else phrase_n(
        "{shown} and {more} more", "{shown} and {more} more", more,
        shown=", ".join(shown[:_MOST_DOUBLED_NAMED]), more=more)
    yield Finding(
        position,
        "repeated-word",
        "warning",
        **worded(N_("A word is written twice in a row: {words}."), words=words),
        target_spans=tuple(span for span, _ in doubled),
    )


def _letter_named(text: str, m: re.Match[str]) -> bool:
    """Whether a doubled one-letter word is a capital letter naming something and the
    preposition or conjunction after it («гепатита В в Соединённых Штатах», «витамин С с
    утра», "group A a day"): the first is a capital inside a sentence, the second a small
    letter, so nothing is said twice. At a sentence's start the capital is only the
    sentence's («В в доме»), a slip."""
    first, second = m.group(1), m.group(0)[-1]
    if len(first) != 1 or not first.isupper() or not second.islower():
        return False
    before = text[: m.start()].rstrip(" \u00a0")
    return bool(before) and before[-1].isalnum()


def _names_its_placeholder(pair: str) -> bool:
    """Whether a doubled word is a noun and the placeholder in capitals that names its value
    («каталог КАТАЛОГ» for "directory DIRECTORY", a manual page's metavariable): one of the two is
    written in capitals, the other not, so nothing is said twice."""
    first, _, second = pair.partition(" ") if " " in pair else pair.partition("\u00a0")
    return len(first) > 1 and first.isupper() != second.strip().isupper()


_NEVER_DOUBLED = frozenset({"NOUN", "PRTF", "PRTS"})
"""The Russian parts of speech that emphasis, speech or grammar never says twice: a noun or a
participle doubled is a slip («выбран выбран»), where an adverb, a particle, an interjection, a
pronoun or a verb is doubled for emphasis or in speech («очень очень», «да да», «тук тук», «шёл
шёл»), and "had had" is English grammar."""


def _never_emphasis(word: str) -> bool:
    """Whether a doubled word of the target is a Russian word that can only be a noun or a
    participle (every reading of the analyser's, and a word it knows): the source's doubled word
    ("selection selection", copied as «выбран выбран») is then a slip the translation repeats, not
    emphasis the translation keeps. A Latin word, or one that may be an interjection or a particle
    («привет привет», «раз раз»), is left to the source's excuse."""
    if _CYRILLIC.search(word) is None or " " in word:
        return False
    from workbench.core.morphology import analyzer

    morph = analyzer()
    folded = word.casefold()
    return morph.word_is_known(folded) and {p.tag.POS for p in morph.parse(folded)} <= _NEVER_DOUBLED


def _doubled_words(source: str, target: str) -> list[tuple[Span, str]]:
    """The target's doubled words and doubled leads of a definition, where the source doubles
    no word (its emphasis, which the translation may keep, is decided by the caller)."""
    gaps = table_runs(target, source).gaps if "  " in target else frozenset()
    found: list[re.Match[str]] = []
    start = 0
    while (m := _REPEATED.search(target, start)) is not None:
        if _across_label_edge(target, m) or m.end(1) in gaps:
            start = m.end(1)  # its second word may yet be doubled: «ФАЙЛ   файл файл»
        else:
            found.append(m)
            start = m.end()
    doubled = [(m.span(), m.group(1)) for m in found if not _letter_named(target, m)]
    if "@" in target and not _NAMED_TWICE.search(source):
        doubled.extend((m.span(), m.group(1)) for m in _NAMED_TWICE.finditer(target))
    if _may_repeat_lead(target) and not (_may_repeat_lead(source) and _repeated_leads(source)):
        doubled.extend(_repeated_leads(target))
    return doubled


_LABEL_BEFORE = re.compile(r"(?<=[^\W\d_,][ \u00a0])[А-ЯЁ][а-яё]*(?:[ \u00a0]+[а-яё]+){0,2}[ \u00a0]+$")
"""A label that opens with a capital in mid-sentence and runs up to a word («на вкладке Рамка
окна»): its last words are the ones before the search's end."""
_LABEL_AFTER = re.compile(r"[ \u00a0]+[«„\"]?[A-ZА-ЯЁ]")


def _across_label_edge(target: str, doubled: re.Match[str]) -> bool:
    """Whether a doubled noun is one word ending an interface label and the next naming the kind
    of the element after it («на вкладке Рамка окна окна Настроить тему», "the Window Border
    tab in the Customize Theme window"): the label, written in capitals from its first word,
    ends in the noun, and the noun then governs the next label's capitalised name. In plain
    text the label's edge is invisible, but neither word is doubled."""
    word = doubled.group(1)
    if len(word) < 3 or not word.islower() or _LABEL_AFTER.match(target, doubled.end()) is None:
        return False
    first_end = doubled.start() + len(word)
    if _LABEL_BEFORE.search(target, max(0, doubled.start() - 80), doubled.start()) is None:
        return False
    from workbench.core.morphology import analyzer

    return analyzer().parse(target[doubled.start():first_end].casefold())[0].tag.POS == "NOUN"


_FIRST_LETTER = re.compile(r"[^\W\d_]")
_LEADING_MARKUP = re.compile(r"\s*(?:<[^<>]*>(?:[\w-]+=[\"'])?|\[?!\[[^\[\]\n]*\]\([^()\s]*\)(?:\]\([^()\s]*\))?)+")
"""Tags a text opens with, and the name of the attribute that holds the text shown (Wesnoth's
`<italic>text='Старые'</italic>`), or a Markdown image, linked or not (a badge,
"[![translated](…/badge.svg)](…)<br/>Добро пожаловать"): markup, whose letters are no word
of the text."""

_LEADING_DIRECTIVE = re.compile(r"\s*:[a-z][\w-]*[ \u00a0]+(?=\S)")
"""«:nowrap Изучите…»: a directive to the program that shows the text (a lowercase word after a
colon, then a space), which a translation may add; the text's first word follows it."""


def _first_letter(text: str) -> re.Match[str] | None:
    """The text's first letter outside the markup it opens with (looked for again only where a
    tag or a directive stands before the first letter: most texts open with a word)."""
    first = _FIRST_LETTER.search(text)
    if first is not None and (marker := opening_marker(text)) is not None and first.start() < marker[1]:
        return _FIRST_LETTER.search(text, marker[1])  # «а) Доля …»: the item's letter, no word's
    if first is None or not first.start():
        return first
    if text[first.start() - 1] == ":" and (directive := _LEADING_DIRECTIVE.match(text)) is not None:
        return _FIRST_LETTER.search(text, directive.end())
    if text[first.start() - 1] == "{" and (role := _BRACE_ROLE.match(text, first.start() - 1)) is not None:
        return _FIRST_LETTER.search(text, role.end())
    if "<" not in text[:first.start()] and "![" not in text[:first.start()]:
        return first
    markup = _LEADING_MARKUP.match(text)
    return _FIRST_LETTER.search(text, markup.end()) if markup else first


_LEAD_IN = re.compile(r"[:;,]\s*$")
"""A target that ends like a lead-in: the next segment goes on with the same sentence."""
_SENTENCE_END = re.compile(r"[.!?…][\s\"'»”’)\]]*$")
_LIST_REACH = 2
"""How many segments apart two lowered fragments still make one list or table column."""


def _lowered(seg: Segment) -> bool:
    """The source starts with a capital letter (or a number the translation moves away) and
    the translation with a small one."""
    first_target = _first_letter(seg.target)
    if first_target is None or not first_target.group().islower():
        return False  # most translations: the source need not be read
    first_source = _first_letter(seg.source)
    return first_source is not None and _opens_sentence(seg.source, first_source, seg.target, first_target)


def _opens_sentence(source: str, first_source: re.Match[str], target: str, first_target: re.Match[str]) -> bool:
    """Whether the source's opening wants a capital in the translation: its first letter is
    one, or it opens with a number ("32-bit integer values are…") that the translation moves
    from the start («Целые значения для 32 бит…»), so its first word opens the sentence."""
    if first_source.group().isupper():
        return True
    return (source[:1].isdigit() and _SENTENCE_END.search(source.rstrip()) is not None
            and not _DIGIT_BEFORE.search(target, 0, first_target.start()))


def _lowercase_by_context(segments: Sequence[Segment],
                          russian_items: bool = True) -> tuple[set[int], set[int], set[int]]:
    """Positions whose small first letter follows Russian rules rather than breaking them, the
    positions of the list items among the lowered segments (`_list_item`), and the items of
    lists whose items are sentences (`_sentence_lists`), which no lead-in spares.

    Two cases, both decided by the neighbouring segments of the same document:
    the previous translation ends with a colon, semicolon or comma, so this
    segment continues its sentence ("Where install_host is…" after a command,
    list items after «следующие:», and each item after them that has no verb of its
    own, `_fragment`, whatever mark ends the item before, and that holds one sentence: an item of
    several, `_several_sentences`, opens with a capital, but not the tail of a sentence run on
    after a comma outside a list, `_comma_runs_into`), or it ends in a word where its source ends
    a sentence, the two run into one (`_stop_dropped`); or the segment is a fragment (no sentence
    stop) and another lowered fragment stands within `_LIST_REACH` segments: the
    translator writes this list's or table column's items in small letters
    («файлы устройств», «временные файлы»), a style, not a slip.

    Where the project keeps the source's capitals in lists (`russian_items` false), the list
    items (`_list_item`, the fragments after one, a list or column in small letters) are not
    spared; a sentence that goes on after a colon ("Where install_host is…" after a command,
    «где install_host — …») still is.
    """
    allowed: set[int] = set()
    items: set[int] = set()
    fragments: list[int] = []
    for k, seg in enumerate(segments):
        if not _lowered(seg):
            continue
        previous = segments[k - 1] if k else None
        if _list_item(seg, previous) or (previous is not None and previous.position in items
                                          and not _SENTENCE_END.search(seg.source.rstrip())):
            items.add(seg.position)  # a fragment after an item goes on with the list
        if (previous is not None and previous.document_id == seg.document_id
                and (((not _several_sentences(seg.target) or _comma_runs_into(previous, seg))
                      and ((_LEAD_IN.search(previous.target) and not _sentence_after_colon(segments, k))
                           or _stop_dropped(previous, seg) or _joined_by_conjunction(previous, seg)
                           or (previous.position in allowed and _fragment(seg.target))))
                     or _broken_off_before(previous, seg))):
            allowed.add(seg.position)
        if not _SENTENCE_END.search(seg.source.rstrip()):
            fragments.append(k)
    for a, b in zip(fragments, fragments[1:]):
        if b - a <= _LIST_REACH and segments[a].document_id == segments[b].document_id:
            allowed.update((segments[a].position, segments[b].position))
            items.update((segments[a].position, segments[b].position))  # a list in small letters
    sentence_items = _sentence_lists(segments) if russian_items else set()
    return (allowed - sentence_items if russian_items else allowed - items), items, sentence_items


_CONJUNCTION_AT_END = re.compile(r"(?<![\w-])(?:и|или|либо|а также)[ \u00a0]*$", re.IGNORECASE)
_CONJUNCTION_BEFORE_MARKER = re.compile(r"[ \t]*(?:и|или|либо|а также)[ \u00a0]+[-–—•*][ \u00a0]*(?=[а-яё])")


def _joined_by_conjunction(previous: Segment, seg: Segment) -> bool:
    """Whether a conjunction joins the segment to the one before as one sentence: the translation
    before ends with «или», «и» («-по телефону … или» for "-Call … or"), or this one opens with it
    before its list marker («или - посетите веб-сайт CDC …», where the source ends the item before
    with "or"). A run-in list's items so joined go on with one sentence, in small letters."""
    return (_CONJUNCTION_AT_END.search(previous.target) is not None
            or _CONJUNCTION_BEFORE_MARKER.match(seg.target) is not None)


_RELATIVE_OPENING = re.compile(r"(?:where|whereas|wherein|which|whose)(?![\w-])", re.IGNORECASE)
"""A source opened by a relative word ("Where host is…" after a command): it goes on with the
sentence before, whatever its capital."""
_OWN_PREDICATES = frozenset({"VERB", "ADJS", "PRTS"})
"""pymorphy3's finite verb, short adjective and short participle, read first: what makes a
Russian sentence of its own («идентичен», «открыт», «откроет»); an infinitive does not, being
how a run-in list's items go on («разработать …;»)."""


def _sentence_after_colon(segments: Sequence[Segment], k: int) -> bool:
    """Whether the segment at `k`, after a lead-in's colon on both sides, is a sentence of its own
    rather than the first item of a list run into that lead-in: its source is a sentence (no list
    marker, a stop at its end, no relative word opening it), its translation ends in a full stop
    and has a predicate of its own (`_OWN_PREDICATES`), and the document's next segment does not go on
    in a small letter as a list's next item would ("…like this:", a command the segments leave
    out, then "The file, file.old, is now identical to file.new."). Russian opens such a sentence
    with a capital. A list of names after the colon ("Size, Date, Type or Comment."), a sentence
    run on where only the translation leads in (a label «Файл справки:», then «откроет …»), stay
    spared."""
    from workbench.core.morphology import analyzer

    seg, previous = segments[k], segments[k - 1]
    if (not previous.target.rstrip().endswith(":") or not previous.source.rstrip().endswith(":")
            or _LIST_MARKER.match(seg.source) or _RELATIVE_OPENING.match(seg.source.lstrip())
            or not _SENTENCE_END.search(seg.source.rstrip()) or not _ends_in_stop(seg.target)):
        return False
    following = segments[k + 1] if k + 1 < len(segments) else None
    if following is not None and following.document_id == seg.document_id and _lowered(following):
        return False
    parse = analyzer().parse
    return any(parse(word.casefold())[0].tag.POS in _OWN_PREDICATES
               for word in _RUSSIAN_WORD.findall(_BRACKETED.sub(" ", seg.target)))


def _runs_on(segments: Sequence[Segment], k: int) -> bool:
    """Whether the translation at `k` ends in a comma and the next segment's of its document goes
    on in a small letter where its source is a sentence of its own, capital to stop (`_lowered`,
    `_SENTENCE_END`): the translator ran two sentences into one across the segments' edge («…800
    страниц в год,» then «и ещё 400 публикаций…» for "…800 pages per year." and "And then after
    his death…"), as translators join sentences and as subtitles re-cut them. The comma is the
    joined sentence's, not a slip; a comma before a sentence that opens with its capital still is
    one, and so is one before a line that is no sentence (a citation, "“The Worker”, July 12,
    1964", whose place the rest of a sentence cut short has taken)."""
    if not segments[k].target.rstrip().endswith(",") or k + 1 >= len(segments):
        return False
    following = segments[k + 1]
    return (following.document_id == segments[k].document_id and _lowered(following)
            and _SENTENCE_END.search(following.source.rstrip()) is not None)


def _ends_in_stop(target: str) -> bool:
    """Whether a translation ends in a full stop (`ending`: quotes, brackets and a link's
    address looked through)."""
    end = ending(target)
    return end is not None and end[0] == "."


def _sentence_lists(segments: Sequence[Segment]) -> set[int]:
    """Positions of the items of marked lists (each translation opens with a marker, one after
    another in a document) whose translator writes them as sentences: an item holds several
    sentences (`_several_sentences`), or an item before the last ends in a full stop. By the
    Russian editors' rule (Мильчин) a list run into its lead-in's sentence has short items in
    small letters ending in «;» or «,»; once one item is sentences, or the items end in stops,
    every item is a sentence and opens with a capital, so a small letter in any of them breaks
    the list's own convention, whatever its lead-in ends with."""
    found: set[int] = set()
    run: list[Segment] = []
    for seg in [*segments, None]:
        if (seg is not None and _LIST_MARKER.match(seg.target) is not None
                and (not run or run[-1].document_id == seg.document_id)):
            run.append(seg)
            continue
        if len(run) > 1 and (any(_several_sentences(item.target) for item in run)
                             or any(_ends_in_stop(item.target) for item in run[:-1])):
            found.update(item.position for item in run)
        run = [seg] if seg is not None and _LIST_MARKER.match(seg.target) is not None else []
    return found


def _list_item(seg: Segment, previous: Segment | None) -> bool:
    """Whether a segment is an item of a list: its source opens with a marker, or it is a
    fragment (no sentence stop) after a lead-in of the same document (ending in «:», «;» or
    «,»), as a catalogue's or a page's unmarked items are."""
    return _LIST_MARKER.match(seg.source) is not None or (
        previous is not None and previous.document_id == seg.document_id
        and _LEAD_IN.search(previous.target) is not None and not _SENTENCE_END.search(seg.source.rstrip()))


_NEXT_SENTENCE = re.compile(r"(?:[а-яё]{3}|[А-ЯЁA-Z]{2}|[0-9]|\))[.!?…][ \u00a0]+(?:[А-ЯЁ][а-яё]|[A-Z][A-Za-z])")
"""A stop after a word, an acronym («… или ОС. Использовать …»), a number or a closing bracket
(«… (SSO). SAML …», a link's address) — not after an abbreviation such as «см.» — and a
capitalised word after it (Russian, or a Latin name: «SAML использует …»): a second sentence
begins."""


def _several_sentences(target: str) -> bool:
    """Whether a segment after a lead-in holds more than one sentence («есть и другие уровни, с 3 по
    5. По умолчанию они …»): Russian starts an item of several sentences with a capital and ends
    it with a stop, so it does not continue the lead-in's sentence in a small letter."""
    return _NEXT_SENTENCE.search(target) is not None


def _comma_runs_into(previous: Segment, seg: Segment) -> bool:
    """Whether the translation before ends in a comma and this segment is no list item (no
    marker on either side): the translator ran the sentence on across the segments' edge («…
    возведении e в степень П*i,» then «надо просто представить … Вот, что получится.», as
    subtitles re-cut sentences), so its first sentence is the tail of that one, in a small letter
    however many sentences follow. A lead-in's colon or a list item's «;» is not so read: an item
    of several sentences opens with a capital (`_several_sentences`)."""
    return (previous.target.rstrip().endswith(",") and _LIST_MARKER.match(seg.target) is None
            and _LIST_MARKER.match(seg.source) is None)


_WORD_END = re.compile(r"[а-яё]$")


_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)[\s\"'»”’)\]]*$")
_ELLIPSIS_OPENING = re.compile(r"[\s\"'“‘«]*(?:\.\.\.|…)")


def _broken_off_before(previous: Segment, seg: Segment) -> bool:
    """Whether the sentence broke off with an ellipsis at the end of the segment before, in both
    languages, and this segment's source takes it up after an ellipsis ("And they will stay in
    place..." then "...If I move the keyframes", subtitles cut mid-sentence): the translation goes
    on with that sentence, in a small letter however the source's words open («когда я двигаю …»)."""
    return (_ELLIPSIS_OPENING.match(seg.source) is not None
            and _ELLIPSIS_END.search(previous.target) is not None
            and _ELLIPSIS_END.search(previous.source) is not None)


def _stop_dropped(previous: Segment, seg: Segment) -> bool:
    """Whether the translation before ends in a word where its source ends a sentence, and this
    segment, no list item, goes on in a small letter («… определитель будет отрицательным» then
    «абсолютное значение определителя же …»): the translator ran the two sentences into one
    across the segments' edge, one slip that `punctuation-end` reports at the end before; the small
    letter here follows it."""
    return (_WORD_END.search(previous.target.rstrip()) is not None
            and _SENTENCE_END.search(previous.source.rstrip()) is not None
            and _LIST_MARKER.match(seg.target) is None and _LIST_MARKER.match(seg.source) is None)


_DIGIT_BEFORE = re.compile(r"[0-9]")
_BRACKETED = re.compile(r"\([^()]*\)")
_RUSSIAN_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


def _fragment(target: str) -> bool:
    """Whether a list item has no finite verb outside brackets («щелчком на нём правой кнопкой
    мыши (будет выведено меню).»): it finishes the lead-in's sentence, as the item before it
    does, so it keeps that item's small letter; an item with a verb of its own («целые
    значения обрезаются до …») is a sentence, which opens with a capital."""
    from workbench.core.morphology import analyzer

    parse = analyzer().parse
    return not any(parse(word.casefold())[0].tag.POS == "VERB"
                   for word in _RUSSIAN_WORD.findall(_BRACKETED.sub(" ", target)))


_COPULA_DASH = re.compile(r"[^\W\d_][ \u00a0]+[-–—][ \u00a0]+[^\W_]")
"""«массив и хеш - не одно и то же»: a dash between subject and predicate, where Russian leaves
out "is"; the clause around it is a sentence with no finite verb."""


def _sentence_item(target: str) -> bool:
    """Whether a translation left with no end mark is still a sentence by its grammar: a finite
    verb outside brackets, or a dash standing for "is" («практически все - выражение (…)» for
    "More often than not, everything is an expression (…)."). A reviewer wants a sentence kept
    a sentence, with its capital and its stop; only a fragment («сборка двоичных пакетов»)
    follows the Russian style of lists in small letters with no stop. Only the first clause is
    read: a verb after a comma may be a relative clause's («сборка пакетов …, который
    используется …»), which makes no sentence of a fragment."""
    clause = _BRACKETED.sub(" ", target).split(",", 1)[0]
    return _COPULA_DASH.search(clause) is not None or not _fragment(clause)


def _restyled_as_fragment(source: str, target: str) -> bool:
    """A sentence of the source written as a fragment by Russian rules: a small first letter
    and no full stop («сборка двоичных пакетов …;» for "Build binary packages.", «(номера
    строк добавлены)» for "(I've added the line numbers.)"). A small letter with the
    stop kept is a slip, and so is a sentence left with no end mark at all (`_sentence_item`),
    and an item of several sentences («повышение привилегий. Выполнение операций …;»,
    `_several_sentences`): Russian rules open such an item with a capital, whatever ends it."""
    src, tgt = ending(source), ending(target)
    return src is not None and src[0] == "." and not _several_sentences(target) and (
        (tgt is None and not _sentence_item(target)) or (tgt is not None and tgt[0] in ";,"))


_OPENING_ACRONYM = re.compile(r"\s*([A-Z][A-Z0-9]+)(?![\w-])")


def _acronym_opens_message(source: str, target: str) -> bool:
    """A message with no sentence stop that opens with a name in capitals the translation keeps
    further on ("IDEA cipher unavailable, attempting to use %s instead" as «шифр IDEA недоступен,
    …»): the capital is the name's, so the source says nothing of how the message opens, and a
    catalogue writes its messages in small letters."""
    acronym = _OPENING_ACRONYM.match(source)
    return (acronym is not None and _SENTENCE_END.search(source.rstrip()) is None
            and re.search(rf"(?<![\w-]){acronym.group(1)}(?![\w-])", target) is not None)


_TOKEN_AT = re.compile(r"\S+")

_OPENING_MARKS = "«“„\"'‘(["
"""Quotation marks and brackets a name copied from the source may stand in, on either side
in its own marks («vDSO» for "vDSO")."""


def _copied_first_token(source: str, target: str, start: int) -> bool:
    """The translation opens with a Latin name or option copied from the source ("--disk",
    "iptables" for "The --disk option", "The iptables command", «vDSO» for 'The "vDSO"'): its
    case is the source's."""
    token = _TOKEN_AT.search(target, max(0, target.rfind(" ", 0, start) + 1))
    word = token.group().rstrip(".,:;!?»”)").lstrip(_OPENING_MARKS) if token is not None else ""
    return (bool(word) and not _CYRILLIC.search(word)
            and re.search(rf"(?<![^\s{re.escape(_OPENING_MARKS)}]){re.escape(word)}(?![\w-])", source) is not None)


_CODE_AT_START = re.compile(r"\s*``?([^`\s]+)``?")


def _code_opens(source: str, target: str) -> bool:
    """The translation opens with a name marked as code ("`git-remote-hg` пытается …") that the
    source has in any case ("Git-remote-hg is trying …"): the source capitalises the command to
    open its sentence, the translation writes it as it is typed, and the marks say so."""
    code = _CODE_AT_START.match(target)
    return code is not None and re.search(rf"(?<![\w-]){re.escape(code.group(1))}(?![\w-])", source,
                                          re.IGNORECASE) is not None


_TERM_SEPARATOR = re.compile(r"[,;]")
_TERM_WORDS = 5
"""Words a term of a list holds at most: "passive heat removal system", «атомные станции малой
мощности»; a clause runs longer."""
_LEAST_TERMS = 3


def _term_list(text: str) -> bool:
    """Whether `text` is a list of terms, not a sentence: keywords or tags ("Russian Arctic
    regions, small nuclear power plants, reactors"), `_LEAST_TERMS` or more short items
    (`_TERM_WORDS`) between commas or semicolons and no end mark. Its first letter is the first
    term's own case (a name, an acronym, "Russian"), which the translation's term need not share:
    Russian writes its keywords in small letters."""
    stripped = text.strip()
    if not stripped or stripped[-1] in ".!?…:":
        return False
    terms = _TERM_SEPARATOR.split(stripped)
    return len(terms) >= _LEAST_TERMS and all(0 < len(term.split()) <= _TERM_WORDS for term in terms)


_RESUMED = re.compile(r"\s*(?:\.\.\.|…)\s*")
"""An opening ellipsis: the text resumes a sentence begun before it (a caption that goes on
from the one before, a quotation taken up mid-sentence), and Russian typography then goes on
in a small letter (Мильчин), whatever case the source's own sentence opens with."""


_GOES_ON = re.compile(r"(?:where|whereas|wherein|which|whose)(?![\w-])")
"""Relative words that only go on with a sentence begun before ("where a, b, and c are
literals" after a formula): a fragment opened by one is no sentence of its own, and its
translation goes on in a small letter too («где a, b и c — …»)."""


def _capitalisation(
    position: int, source: str, target: str, list_items: str = DEFAULT_LIST_ITEMS, *, item: bool = False,
    sentences: bool = False,
) -> Iterator[Finding]:
    """The translation starts lowercase where the source starts with a capital (or the
    reverse), looking past quotes, dashes, list markers and numbers. `list_items`: the
    project's list-item convention, which the message names where the segment is a list
    item (`item`, `_list_item`); `sentences`: the segment is an item of a list whose items
    are sentences (`_sentence_lists`), which the message says instead."""
    first_source = _FIRST_LETTER.search(source)
    first_target = _FIRST_LETTER.search(target)
    if first_source is not None and (first_source.start() or source[1:2] == ")"):
        first_source = _first_letter(source)  # a text that opens with markup, a sign or a list's letter
    if first_target is not None and (first_target.start() or target[1:2] == ")"):
        first_target = _first_letter(target)
    if first_source is None or first_target is None or source[:1] == " ":
        return  # " Generations of…": the tail of a text the program joins to what comes before
    s_char, t_char = first_source.group(), first_target.group()
    s_upper = _opens_sentence(source, first_source, target, first_target)
    if s_upper == t_char.isupper() or not (s_char.isalpha() and t_char.isalpha()):
        return
    if not s_upper and first_source.start() > 0:
        return  # the source starts with a number or a symbol: a lowercase word may follow
    goes_on = _GOES_ON.match(source) is not None
    if t_char.isupper() and not s_upper and not goes_on:
        return  # a fragment in the source, a full sentence in the translation: fine
    if _DIGIT_BEFORE.search(target, 0, first_target.start()):
        return  # «12 апреля 1923 г.»: a sentence opened by a number goes on in small letters
    if t_char.islower() and (_acronym_opens_message(source, target)
                             or _RESUMED.fullmatch(target, 0, first_target.start())):
        return  # «...и выбрать пункт»: an opening ellipsis marks the sentence as resumed
    if ((list_items == "russian" and not sentences and _restyled_as_fragment(source, target)) or _copied_first_token(source, target, first_target.start())
            or (t_char.islower() and (_code_opens(source, target) or (_term_list(source) and _term_list(target))))):
        return  # a term list's first term keeps its own case: «арктические регионы России, реакторы, …»
    if goes_on and t_char.isupper():
        wording = N_("The source goes on from the sentence before it but the translation starts "
                     "with a capital letter.")
    elif s_char.isupper() and sentences:
        wording = N_("The list item starts with a small letter, but this list's items are sentences (one holds "
                     "several, or they end in full stops): by the Russian convention each then starts with a "
                     "capital.")
    elif s_char.isupper() and item and list_items == "source":
        wording = N_("The list item starts with a small letter where the source's starts with a capital; the "
                     "project's convention (list_items = \"source\") keeps the source's capitals in lists.")
    elif s_char.isupper() and item:
        wording = N_("The list item starts with a small letter where the source's starts with a capital; by the "
                     "Russian convention (list_items = \"russian\") only an item that goes on with its lead-in's "
                     "sentence starts so.")
    elif s_char.isupper():
        wording = N_("The source starts with a capital letter but the translation with a small one.")
    else:
        wording = N_("The source opens the sentence with a number; the translation starts it with a word "
                     "in a small letter.")
    yield Finding(
        position,
        "capitalisation",
        "warning",
        **worded(wording),
        source_spans=(first_source.span(),),
        target_spans=(first_target.span(),),
    )
