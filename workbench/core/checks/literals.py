"""Text that must cross unchanged or not at all: `url-email` and `untranslated-fragment`.

`url-email`: web addresses and e-mail addresses are copied, never translated;
each one in the source must appear in the target exactly as often (trailing
punctuation aside), and the target must not invent one.

`untranslated-fragment`: ordinary English words left in a Russian translation
("Я всегда feel it"). A Latin word is reported when word lists say it is a
common English word (wordfreq's English list) that Russian text does not use
in Latin letters (wordfreq's Russian list: "online", "web" are used), and it
is written in lower case and alone (names, brands, acronyms and code are
capitalised, all capitals, or glued to digits and symbols).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, islice
from urllib.parse import parse_qsl

from termbase.languages import primary_language
from workbench.core.checks import link_targets
from workbench.core.checks.base import CheckContext, CheckSpec, Finding, register
from workbench.core.checks.glosses import left_out
from workbench.core.checks.quoted import quoted_list
from workbench.core.checks.textutil import ADDRESS, is_copy, placeholder_spans, squash
from workbench.core.checks.textutil import zipf as _zipf
from workbench.core.checks.transliteration import latin_letters
from workbench.core.checks.web_hosts import (
    addresses_in,
    bare,
    broken_apart,
    site_named,
    typed_in_cyrillic,
)
from workbench.core.project import Segment
from workbench.wording import N_, Wording, phrase, worded

SPECS = (
    CheckSpec(
        "url-email",
        "error",
        N_("addresses differ"),
        "A web or e-mail address differs between source and target.",
    ),
    CheckSpec(
        "untranslated-fragment",
        "warning",
        N_("untranslated words"),
        "Ordinary English words left untranslated in the target (Cyrillic words in a Latin-script one).",
    ),
)

_ADDRESS = ADDRESS
_TRAILING = ".,;:!?)]»”’'\""
_LATIN_WORD = re.compile(r"(?<![\w@#./\\=<-])[a-z]+(?:['’][a-z]+)*(?![\w@/\\=(-]|\.\w|['’][\u0400-\u04ff])")
"""A lowercase Latin word standing alone: not inside a path, an address, an option or a call,
nor a hashtag or a handle ("#today", "@support": tags a post keeps, as its names), nor a tag's name (`<input>`, which the translation may add where the source has none), nor a
loan the translator declines with a Russian ending after an apostrophe («commit'ов», «push'а»:
kept in Latin on purpose and made a Russian noun, no English left in). An apostrophe is part of
it only inside ("don't"): one after it closes a quotation (‘off’)."""
_ANY_LATIN = re.compile(r"[a-z]")
_CYRILLIC_TARGETS = frozenset({"ru", "uk", "be", "bg", "sr", "mk"})
_COMMON_ENGLISH = 3.0
"""wordfreq zipf from which an English word is ordinary (about one in a million words)."""
_ENGLISH_MARGIN = 1.5
"""How much more common (zipf, log10) a word must be in English than in the target
language's own text: Russian web text uses "online", "web", "linux" in Latin letters
nearly as often, but "feel", "always", "the" a hundred times less."""


@register("literals", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    cyrillic_target = primary_language(ctx.target_lang) in _CYRILLIC_TARGETS
    cyrillic_source = primary_language(ctx.source_lang) in _CYRILLIC_TARGETS
    target_lang = primary_language(ctx.target_lang)
    source_lang = primary_language(ctx.source_lang)
    for index, seg in enumerate(ctx.walk(ctx.segments)):
        target = seg.target
        if not target.strip():
            continue
        if "url-email" in checks and (addresses_in(seg.source) or addresses_in(target)):
            yield from _addresses(seg.position, seg.source, target, target_lang, source_lang)
        if "url-email" in checks and "#" in seg.source:
            yield from link_targets.findings(seg.position, seg.source, target, ctx.segments)
        if (
            "untranslated-fragment" in checks
            and cyrillic_target
            and _ANY_LATIN.search(target)
            and not is_copy(seg.source, target)  # `same-as-source` says it
        ):
            yield from _fragments(seg.position, seg.source, target, target_lang, ctx.segments, index)
        elif "untranslated-fragment" in checks and cyrillic_source and not cyrillic_target and _CYRILLIC_WORD.search(target):
            yield from _cyrillic_left(seg.position, target)


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+(?:[-'’][\u0400-\u04ff]+)*")
"""A word in Cyrillic letters: in an English (or other Latin-script) translation of a Russian
text, the source's own words left in it («the oppression and угнетение of some people»: a
translator's day from Russian into English, session 31)."""
_NAMED_AS_RUSSIAN = re.compile(
    r"(?:\b(?:Russian|Russ?\.|Ukrainian|Ukr\.|Belarusian|Bulgarian|Serbian|Macedonian|Cyrillic)|\bin the original|\borig\.)"
    r"[^()\[\]]{0,12}$", re.IGNORECASE)
"""A translator's note that the next words are the original's («spontaneity (Russian:
стихийность)», "the word (in the original «воля»)"): cited on purpose, as the Russian
target's «(англ.: …)» is."""


def _cyrillic_left(position: int, target: str) -> Iterator[Finding]:
    """The Cyrillic words an English translation of a Russian text kept, but those named as the
    original's by a note just before them (`_NAMED_AS_RUSSIAN`)."""
    words = [m for m in _CYRILLIC_WORD.finditer(target)
             if not _NAMED_AS_RUSSIAN.search(target[max(0, m.start() - 40):m.start()].rstrip("«\"“„‘' "))]
    if not words:
        return
    yield Finding(
        position,
        "untranslated-fragment",
        "warning",
        **worded(N_("Cyrillic words left in the translation: {words}."), words=_named(words)),
        target_spans=tuple(m.span() for m in words),
    )


def _named(words: Sequence[re.Match[str]]) -> str | Wording:
    """The words, each once, quoted (`quoted_list`): a target of 7,000 distinct words left in the
    source's script (a Russian paragraph pasted into an English translation and edited) made a
    message of 70,000 characters (hardening, round 25); the spans still mark every one."""
    return quoted_list(dict.fromkeys(m.group() for m in words))


def _found(text: str) -> Counter[str]:
    return Counter(m.group().rstrip(_TRAILING).casefold() for m in addresses_in(text))


_SITE = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?[^/?#]*", re.IGNORECASE)
"""An address's scheme and host: the part whose case means nothing."""


def _as_served(address: str) -> str:
    """`address` as a server tells it from others: its scheme and host case-folded, the rest as
    written, for a path may name another page in another case (RFC 3986, 6.2.2.1:
    "/r/Monero" and "/r/monero" are two paths; "HTTPS://Example.org" is "https://example.org").
    An e-mail address is folded whole: mail servers do not tell "Ivan@" from "ivan@"."""
    if "://" not in address and address[:4].casefold() != "www.":
        return address.casefold()
    site = _SITE.match(address)
    end = site.end() if site is not None else 0
    return address[:end].casefold() + address[end:]


def _case_changes(source: str, target: str) -> tuple[list[str], list[str]]:
    """The source's addresses the target copies with a letter of the path in another case, and
    those copies, as written: one address when case-folded (which is how the rest of this
    check pairs them off), two pages when served."""
    src = Counter(_as_served(m.group().rstrip(_TRAILING)) for m in addresses_in(source))
    tgt = Counter(_as_served(m.group().rstrip(_TRAILING)) for m in addresses_in(target))
    missing, extra = src - tgt, tgt - src
    changed: list[str] = []
    copies: list[str] = []
    by_fold: dict[str, list[str]] = {}  # the extra addresses of one folding, in order: looked up, not searched
    for address in extra:
        by_fold.setdefault(address.casefold(), []).append(address)
    for original in missing.elements():
        folded = by_fold.get(original.casefold(), [])
        while folded and not extra[folded[0]]:
            del folded[0]
        copy = folded[0] if folded else None
        if copy is not None:
            extra[copy] -= 1
            changed.append(original)
            copies.append(copy)
    return changed, copies


_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*)://", re.IGNORECASE)


def _recased_schemes(source: str, target: str) -> tuple[list[str], list[str]]:
    """The source's addresses the target copies with their scheme in capitals where the source
    writes it small ("Https://scholarspace…" for "https://scholarspace…"), and those copies.
    A browser takes either (RFC 3986, 3.1: a scheme is case-insensitive), but the same section
    asks that it be written small; a capital there is a sentence's capital that an editor's or
    a machine translator's autocorrection gave the address after a bracket or a stop: the
    address was not copied as it is, so it is reported (a path's case is `_case_changes`')."""
    written = {m.group().rstrip(_TRAILING) for m in addresses_in(source)}
    originals: list[str] = []
    copies: list[str] = []
    for m in addresses_in(target):
        copy = m.group().rstrip(_TRAILING)
        scheme = _SCHEME.match(copy)
        if scheme is None or scheme.group(1).islower() or copy in written:
            continue
        original = next((a for a in written if a.casefold() == copy.casefold()
                         and (s := _SCHEME.match(a)) is not None and s.group(1).islower()), None)
        if original is not None:
            originals.append(original)
            copies.append(copy)
    return originals, copies


_WORD_RUN = re.compile(r"[\w-]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
"""A run of word characters and hyphens with a Cyrillic letter in it is a part of an address
written in Cyrillic: a placeholder the translator translated. Read as runs, each once: the
one pattern `[\\w-]*[Cyrillic][\\w-]*` went over each run of Latin letters again from each of
its letters (a URL of 49,000 letters: 15 s; hardening, round 28)."""


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _placeholder_pattern(address: str) -> re.Pattern[str] | None:
    """The target address as a pattern in which its Cyrillic parts stand for anything.

    Documentation writes placeholders into addresses ("~your-user-id/",
    "users=email-addr") and translators translate them
    ("~ваш-идентификатор-пользователя/"); the literal rest must still be copied. A word of Latin
    letters with a Cyrillic one typed onto it ("https://t.me/Fossifyр") is the source's word
    changed, no placeholder translated: only a word of Cyrillic letters alone (between hyphens, if
    any) stands for one.
    """
    parts: list[str] = []
    last = 0
    for run in _WORD_RUN.finditer(address):
        if any(_CYRILLIC.search(piece) and not _LATIN_LETTER.search(piece) for piece in run.group().split("-")):
            parts.append(address[last:run.start()])
            last = run.end()
    if not parts:
        return None
    parts.append(address[last:])
    return re.compile(r"[^/?&=#~@.]+?".join(re.escape(p) for p in parts), re.IGNORECASE)


def _shown_without_scheme(missing: Counter[str], kept: Counter[str], target: str) -> None:
    """Remove from `missing` each address the target keeps (`kept`: in a link's "href", say) and
    shows again without its scheme where the source writes it whole: a link's text
    «github.com/Felicis/vosk-android-demo» for "https://github.com/Felicis/vosk-android-demo", the
    same address written shorter for the reader (house rule D5's proposed completion)."""
    folded = target.casefold()
    for address in list(missing):
        if not kept[address] or "://" not in address:
            continue
        bare = re.escape(address.split("://", 1)[1].rstrip("/"))
        shown = len(re.findall(rf"(?<![/\w.@-]){bare}/?(?![\w/.-]*\w)", folded))
        missing[address] -= min(shown, missing[address])
    missing += Counter()  # drop the zero counts


def _translated_placeholders(missing: Counter[str], extra: Counter[str]) -> None:
    """Pair off (remove from both) each extra address that is a missing one with its
    placeholders translated."""
    patterns = {address: pattern for address in extra if (pattern := _placeholder_pattern(address)) is not None}
    if not patterns:
        return
    placeholders = Counter({address: extra[address] for address in patterns})
    _pair_off(missing, placeholders, lambda address, original: patterns[address].fullmatch(original) is not None)
    for address in patterns:
        extra[address] = placeholders[address]
    extra += Counter()  # drop the zero counts


_CREDIT = re.compile(r"перевод|перев[её]л|translat", re.IGNORECASE)
"""What a translation's credit says: «Перевод на русский язык выполнила …», «Переводчик: …», «Перевёл …»."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _credits_translator(target: str, address: str) -> bool:
    """Whether an address only the target has stands in a sentence that credits the translation
    («Перевод на русский язык выполнил Иван Петров <ivan@example.org>.»): translations of manual
    pages and documents add their translator's name and address, which no source can have. A
    mail address beside such a credit is a credit too: a translated manual page's AUTHORS names
    the author before the translator («Эта страница написана Dan Walsh <dwalsh@redhat.com>.
    Перевод … выполнила … <olesya@example.org>.»), which its translators rewrite as they credit
    themselves. An address is found case-folded, as `_found` gives it."""
    if _in_credit(target, address):
        return True
    return "://" not in address and not address.startswith("www.") and _credit_reading(target)[3]


@lru_cache(maxsize=4)
def _credit_reading(target: str) -> tuple[str, list[int], list[tuple[int, int]], bool]:
    """`target` case-folded, where its sentences end, where it says a translation's credit
    (`_CREDIT`), and whether a mail address of it stands in a credit: read once per target. Each
    address the target adds read them again, the sentences from its start, and a target of 2,000
    added addresses took 22 s (hardening, round 29)."""
    folded = target.casefold()
    reading = (folded, [m.end() for m in _SENTENCE_END.finditer(folded)], [m.span() for m in _CREDIT.finditer(folded)])
    mails = {m.group().rstrip(_TRAILING).casefold() for m in addresses_in(target)
             if "@" in m.group() and "://" not in m.group()}
    return *reading, any(_credited(*reading, mail) for mail in mails)


def _in_credit(target: str, address: str) -> bool:
    """Whether `address` (case-folded) stands in a sentence of `target` that credits the translation."""
    return _credited(*_credit_reading(target)[:3], address)


def _credited(folded: str, ends: list[int], credits: list[tuple[int, int]], address: str) -> bool:
    """`_in_credit` of `folded` (case-folded) by where its sentences end and its credits stand."""
    at = folded.find(address)
    while at >= 0:
        ended = bisect_right(ends, at)
        start = at if at and folded[at - 1] in ".!?" else ends[ended - 1] if ended else 0
        credit = bisect_left(credits, (start, 0))
        if credit < len(credits) and credits[credit][1] <= at:
            return True
        at = folded.find(address, at + 1)
    return False


def _localised_pages(missing: Counter[str], extra: Counter[str], target_lang: str) -> None:
    """Pair off each extra address that is a missing one with the target language's own path
    segment put in: "https://manual.calibre-ebook.com/server.html" as
    «https://manual.calibre-ebook.com/ru/server.html», the same page in the reader's language,
    which a translator links to on purpose."""
    segment = re.compile(rf"/{re.escape(target_lang)}(?:[-_][a-z]{{2}})?(?=/)", re.IGNORECASE)
    for address in list(extra):
        original = segment.sub("", address, count=1)
        if original != address and extra[address] and missing[original]:
            paired = min(extra[address], missing[original])
            extra[address] -= paired
            missing[original] -= paired
    extra += Counter()  # drop the zero counts
    missing += Counter()


_ARCHIVED = re.compile(r"(?:https?://)?web\.archive\.org/web/[0-9*]+(?:[a-z]{2}_)?/(.+)", re.IGNORECASE)
"""An address of the Internet Archive's copy of a page: "https://web.archive.org/web/20200723213552/
https://writing.jan.io/…", the page's own address after the date."""


_LANGUAGE_TAG = re.compile(r"[a-z]{2}(?:[-_][a-z]{2})?")
"""A language as a folder or a host's first label: "en", "en-us", "ru_ru" (addresses are case-folded)."""


def _in_reader_language(address: str, original: str, target_lang: str) -> bool:
    """Whether `address` is `original`'s page in the reader's language, as a site serves it:
    its language folder put in the reader's ("https://developer.mozilla.org/en-US/docs/Web/API/
    AbortController" as «…/ru/docs/Web/API/AbortController»), or its edition on the host of the
    reader's language, under a title of its own ("https://en.wikipedia.org/wiki/Immutable_object"
    as «https://ru.wikipedia.org/wiki/Неизменяемый_объект»). Anchors and queries are not compared:
    a translated page's headings, and so its anchors, are translated too. Any other folder or
    host that differs is a slip, which this excuses nowhere."""
    found, given = _URL_PARTS.match(_page_of(address)), _URL_PARTS.match(_page_of(original))
    if found is None or given is None:
        return False
    path, original_path = found.group(2).split("/"), given.group(2).split("/")
    if len(path) != len(original_path):
        return False
    if found.group(1) == given.group(1):
        differ = [k for k, (one, two) in enumerate(zip(path, original_path, strict=True)) if one != two]
        return len(differ) == 1 and _swapped_language(path[differ[0]], original_path[differ[0]], target_lang)
    scheme, _, host = found.group(1).partition("://")
    original_scheme, _, original_host = given.group(1).partition("://")
    label, _, rest = host.partition(".")
    original_label, _, original_rest = original_host.partition(".")
    return (scheme == original_scheme and rest == original_rest and "." in rest and path[:-1] == original_path[:-1]
            and _swapped_language(label, original_label, target_lang))


_TRACKING_PARAMETER = re.compile(
    r"utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|twclid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi"
    r"|mkt_tok|ref_src")
"""A query parameter that tells the linked site where a reader came from (a campaign's `utm_source`, a
click's `fbclid`, `gclid`; the names browsers' query stripping removes): the page is the same without it."""
_LANGUAGE_PARAMETERS = frozenset({"lang", "hl", "language", "locale", "lng", "uselang", "setlang"})
"""Query parameters that choose the language a site serves a page in ("?lang=en", Google's "?hl=en")."""


def _query_for_reader(address: str, original: str, target_lang: str) -> bool:
    """Whether `address` is `original` with only its query changed the way a reviewer accepts: a
    tracking parameter dropped or added (`_TRACKING_PARAMETER`: "…/launch?utm_source=newsletter" as
    «…/launch»), a language parameter dropped or set to the reader's language ("?lang=en" as
    «?lang=ru», "?hl=en" left out: the site then serves the page in the reader's language or its
    own default). The page, the anchor and every other parameter must be the same: "?v=abc123"
    as «?v=abc124» is another video, and "?lang=de" for a Russian reader a slip."""
    if "?" not in address + original:
        return False
    page, _, anchor = address.partition("#")
    original_page, _, original_anchor = original.partition("#")
    path, _, query = page.partition("?")
    original_path, _, original_query = original_page.partition("?")
    if path.rstrip("/") != original_path.rstrip("/") or anchor != original_anchor:
        return False
    def kept(parameters: str) -> Counter[tuple[str, str]]:
        return Counter((name, value) for name, value in parse_qsl(parameters, keep_blank_values=True)
                       if not _TRACKING_PARAMETER.fullmatch(name) and name not in _LANGUAGE_PARAMETERS)

    languages = [value for name, value in parse_qsl(query, keep_blank_values=True) if name in _LANGUAGE_PARAMETERS]
    return kept(query) == kept(original_query) and all(value[:2] == target_lang for value in languages)


def _page_of(address: str) -> str:
    """`address` without its anchor and query."""
    return address.split("#", 1)[0].split("?", 1)[0]


def _swapped_language(part: str, original: str, target_lang: str) -> bool:
    """Whether `part` names the reader's language (`target_lang`, a primary subtag) where
    `original` names another."""
    return (_LANGUAGE_TAG.fullmatch(part) is not None and _LANGUAGE_TAG.fullmatch(original) is not None
            and part[:2] == target_lang and original[:2] != target_lang)


def _same_page(address: str, other: str) -> bool:
    """Whether two addresses lead to the same page: one is the Internet Archive's copy of the other
    (`_ARCHIVED`), or both are on the same host and name the same file, one with a version's
    folder put in that the other lacks ("…/docs/git_integration.html" as
    «…/docs/3/git_integration.html», the page of the version the translator read; not "/de/", a
    page in another language), or one has a trailing slash the other lacks, which servers
    answer with the same page. A translator links to the copy still online, or to
    the original where the source gives its copy; a slip of copying changes or loses characters
    of a name, a folder or the host, which no such pairing excuses."""
    if address.rstrip("/") == other.rstrip("/"):
        return True  # "…/docs" and "…/docs/", "https://example.org" and its "/": one page
    for one, two in ((address, other), (other, address)):
        archived = _ARCHIVED.match(one)
        if archived is not None and archived.group(1) == two:
            return True
    first, second = _URL_PARTS.match(address), _URL_PARTS.match(other)
    if first is None or second is None or first.group(1) != second.group(1):
        return False
    one_path, two_path = first.group(2).split("/"), second.group(2).split("/")
    if len(one_path) > len(two_path):
        one_path, two_path = two_path, one_path
    if len(one_path) == len(two_path) or not _FILE_NAME.search(one_path[-1]) or one_path[-1] != two_path[-1]:
        return False
    rest = iter(two_path)
    if not all(part in rest for part in one_path):  # the shorter path's folders, in order, in the longer
        return False
    put_in = list(Counter(two_path) - Counter(one_path))
    return all(any(ch.isdigit() for ch in part) for part in put_in)


_DOCUMENT_NAME = re.compile(r"[^\W\d_]{2,}[-_][^\W\d_]{2,}[\w-]*\.(?:html?|pdf|php|aspx?|shtml)$", re.IGNORECASE)
"""A document's file named by two words or more and an extension: "asset_pipeline.html",
"getting-started.pdf"; not "index.html", "about.html", which every site has."""


def _moved_document(address: str, original: str) -> bool:
    """Whether `address` is `original`'s document at another home: the same file, named by
    words (`_DOCUMENT_NAME`), on another host ("ryanbigg.com/guides/asset_pipeline.html" as
    «guides.rubyonrails.org/asset_pipeline.html», a guide its author's blog once held and the
    project's site now does). A slip of copying changes a letter of the host or of the name, and
    a look-alike keeps the site's name under another domain ("example.com" as «example.org»); a
    host that shares no name with the other (`_site_names`) is another site, which keeps a file
    named so only as its new home."""
    first, second = _URL_PARTS.match(address), _URL_PARTS.match(original)
    if first is None or second is None:
        return False
    if set(_site_names(address)) & set(_site_names(original)):
        return False  # the site kept, or its name under another domain: a slip or a look-alike
    name = first.group(2).rsplit("/", 1)[-1]
    return _DOCUMENT_NAME.match(name) is not None and name == second.group(2).rsplit("/", 1)[-1]


def _repointed(address: str, original: str) -> bool:
    """Whether `address` is `original`'s page as the translator found it on the same site rather
    than a slip in copying it: only its anchor differs ("…/ets.html#update_counter/3" as
    «…#update_counter-3», the same page, whose anchors a newer or translated edition names
    otherwise); its file's extension is written or left out ("…/model_doc/auto?…" as
    «…/auto.html?…», which the server answers alike); or the section its anchor named is now a
    page of its own under the same folder ("…/apg/#dialog_modal" as «…/apg/patterns/dialog-modal»).
    Also a template of an address in syntax notation ("http://[user@]myproxy.mydomain:myport/")
    against the target's template with its placeholders translated and its optional parts its
    own («http://[пользователь[:пароль]@]прокси.домен:порт/»): a form to fill in, not an address.
    A folder or a letter changed, put in or lost is another page, or a slip, and stays reported."""
    if "://" not in original or "://" not in address:
        return False
    scheme, _, rest = address.partition("://")
    original_scheme, _, original_rest = original.partition("://")
    if scheme != original_scheme:
        return False  # "https" as "http": another address, whatever else is the same
    if "[" in rest and "[" in original_rest:
        return True  # both templates: optional parts in brackets
    host, original_host = _HOST_OF.match(rest), _HOST_OF.match(original_rest)
    if host is None or original_host is None or host.group() != original_host.group():
        return False
    page, _, anchor = address.partition("#")
    original_page, _, original_anchor = original.partition("#")
    if page == original_page:
        return True  # one page, another anchor
    if _EXTENSION.sub("", page) == _EXTENSION.sub("", original_page) and anchor == original_anchor:
        return True
    folder = _page_of(original_page).rstrip("/")
    return (bool(original_anchor) and not anchor and "?" not in address and page.startswith(folder + "/")
            and _ANCHOR_WORDS.sub("-", page.rstrip("/").rsplit("/", 1)[-1]) == _ANCHOR_WORDS.sub("-", original_anchor))


_EXTENSION = re.compile(r"\.(?:html?|php|aspx?|shtml)(?=$|[?#])")
"""A web page's file extension, which servers answer with or without."""
_ANCHOR_WORDS = re.compile(r"[-_.\s]+")
"""What joins the words of an anchor or a page's name: "dialog_modal", "dialog-modal"."""


_HOST_OF = re.compile(r"[^/?#\[]+")
"""An address's host after its scheme, with its port and user if written."""


_URL_PARTS = re.compile(r"((?:https?|ftp)://[^/\s]+)((?:/[^/\s?#]*)+)$", re.IGNORECASE)
"""An address's scheme and host, and its path (no query or fragment: a page with those is not
looked for elsewhere)."""
_FILE_NAME = re.compile(r"[^\W\d_]{3,}.*\.[a-z]{2,5}(?:\[\W*)?$", re.IGNORECASE)
"""A file's name with its extension: "git_integration.html", the page itself, not a folder
(AsciiDoc's "[^]" after it opens the link's attributes)."""


_MOST_TRIED = 5_000
"""Pairs of a missing and an extra address one pairing rule weighs in a segment (`_pair_off`,
`_another_work`): each rule reads both addresses whole, and a segment of 1,000 links whose
addresses all changed took 7-11 s (quadratic, 2,000 fit a segment; hardening, round 29). A
translation keeps its links in order, so a pair is mostly found at the first try and the rest
skipped for free; past the bound the addresses left are reported as differing."""


def _pair_off(missing: Counter[str], extra: Counter[str], same: Callable[[str, str], bool]) -> None:
    """Pair off (remove from both) each extra address that `same` finds to be a missing one's page
    (`_same_page`, `_in_reader_language`), at most `_MOST_TRIED` pairs weighed. The missing ones
    are tried in order from the first not yet paired, so a translation that keeps its links in
    order pairs each at the first try."""
    originals = [original for original in missing if missing[original]]
    first = tried = 0
    for address in list(extra):
        while first < len(originals) and not missing[originals[first]]:
            first += 1
        for original in islice(originals, first, None):
            if not extra[address]:
                break
            if not missing[original]:
                continue
            tried += 1
            if tried > _MOST_TRIED:
                break
            if same(address, original):
                paired = min(extra[address], missing[original])
                extra[address] -= paired
                missing[original] -= paired
        if tried > _MOST_TRIED:
            break
    extra += Counter()  # drop the zero counts
    missing += Counter()


_LINK = re.compile(r"\[([^\[\]\n]+)\]\(([^()\s]+)\)|`([^`<>\n]+?)\s*<([^<>`\s]+)>`__?"
                   r"|<a\s[^<>]*?href=[\"']([^\"'\s<>]+)[\"'][^<>]*>([^<>]*)</a>")
"""A link with its text: Markdown's [text](address), reStructuredText's `text <address>`_ or
HTML's <a href="address">text</a>, which a Markdown translation may write for a link too."""
_TITLE_WORD = re.compile(r"[^\W\d_]{3,}")


def _linked(text: str) -> dict[str, str]:
    """Each address of `text` that a link (`_LINK`) gives, found case-folded as `_found` gives it,
    with the link's text."""
    links: dict[str, str] = {}
    for m in _LINK.finditer(text):
        address = m.group(2) or m.group(4) or m.group(5)
        links[address.rstrip(_TRAILING).casefold()] = m.group(1) or m.group(3) or m.group(6)
    return links


def _another_work(missing: Counter[str], extra: Counter[str], source: str, target: str) -> None:
    """Pair off a source link the translation replaced with a link to another work: a link whose
    text is a title kept in Latin letters that has no word of the source link's text, to another
    host ("[presentation at RubyConf 2014](http://www.atdot.net/…pdf)" as «[YARV Maniacs
    No.12](http://magazine.rubyist.net/…)», an article in the reader's reach on the same subject).
    The translator chose it and named it: a slip of copying keeps the link's text, translated or
    not, and most of its address. On the same host, a link named by its address's end renamed
    with it is chosen too (`_renamed_with_address`), and so is a link to another site whose
    text, translated, names that site where the source's named its own ("<a
    href="https://denarium.com/">Denarium coins</a>" as «<a href="https://www.casascius.com/">монеты
    Casascius</a>»: `_names_its_host`)."""
    if "](" not in target and "`_" not in target and "href=" not in target:
        return
    source_links, target_links = _linked(source), _linked(target)
    titled = "](" in target or "`_" in target  # Markdown's or reStructuredText's titles kept
    tried = 0  # at most `_MOST_TRIED` pairs weighed
    for address in list(extra):
        title = target_links.get(address)
        if title is None:
            continue
        translated = _CYRILLIC.search(title) is not None
        if not translated and not titled:
            continue
        words = {w.casefold() for w in _TITLE_WORD.findall(title)}
        for original in list(missing):
            replaced = source_links.get(original)
            if replaced is None or not extra[address] or not missing[original]:
                continue
            tried += 1
            if tried > _MOST_TRIED:
                break
            if translated:
                chosen = (not set(_site_names(original)) & set(_site_names(address))
                          and _names_its_host(title, address) and _names_its_host(replaced, original))
            else:
                chosen = ((_host(original) != _host(address)
                           and not words & {w.casefold() for w in _TITLE_WORD.findall(replaced)})
                          or _renamed_with_address(title, address, replaced, original))
            if chosen:
                extra[address] -= 1
                missing[original] -= 1
    extra += Counter()  # drop the zero counts
    missing += Counter()


def _renamed_with_address(title: str, address: str, replaced: str, original: str) -> bool:
    """Whether a link's text is its address's end on both sides, and both changed together
    ("[/r/MoneroMining](https://www.reddit.com/r/MoneroMining/)" as «[/r/MoneroSupport](
    https://www.reddit.com/r/MoneroSupport/)»): the translator chose another page of the site and
    named it so; a slip of copying changes the address and leaves its text."""
    name, original_name = title.strip().casefold(), replaced.strip().casefold()
    return (name != original_name and len(name) > 2 and len(original_name) > 2
            and address.rstrip("/").endswith(name.rstrip("/")) and original.rstrip("/").endswith(original_name.rstrip("/")))


def _names_its_host(title: str, address: str) -> bool:
    """Whether a word of a link's text is the name of the site it links to ("Casascius" of
    "https://www.casascius.com/")."""
    names = _site_names(address)
    return any(w.casefold() in names for w in _TITLE_WORD.findall(title))


def _site_names(address: str) -> list[str]:
    """The names in an address's host but its domain's ending ("casascius" of "www.casascius.com"):
    another site is one with none of them ("denarium.org" for "denarium.com" is the same name, and
    as likely a slip as a move)."""
    return _host(address).casefold().split(".")[:-1]


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HOST = re.compile(r"^(?:[a-z]+://)?(?:www\.)?([^/:?#]+)")


def _host(address: str) -> str:
    found = _HOST.match(address)
    return found.group(1) if found else address


_EMBEDDED_LINK = re.compile(r"`([^`<>\n]+?)\s*<([^<>`\s]+)>`__?")
"""A reStructuredText link with its address written in: `Dive Into Python <http://…>`_."""


def _named_link_given(source: str, target: str, address: str) -> bool:
    """Whether an address only the target has is written into a link that the source makes by
    name alone, its address defined elsewhere in the document ("`Dive Into Python`__", "Apache_"
    as «`Dive Into Python <http://www.diveintopython3.net/>`_»): the translator moved the link's
    own address into it, which the reader follows to the same place. An address is found
    case-folded, as `_found` gives it."""
    if "`" not in target:
        return False
    for link in _EMBEDDED_LINK.finditer(target):
        if link.group(2).rstrip(_TRAILING).casefold() != address:
            continue
        name = re.escape(link.group(1))
        if re.search(rf"`{name}`__?(?!\w)|(?<![\w`]){name}__?(?!\w)", source) is not None:
            return True
    return False


_REFERENCE_LINK = re.compile(r"\[[^\[\]\n]+\](?:\[[^\[\]\n]*\]|(?![(\[:]))")
"""A Markdown reference link: full, "[the documentation][collections]", collapsed, "[FizzBuzz][]", or
shortcut, "[more features]" (no address, label or definition after it); its address is defined
elsewhere in the document, in a line of its own that no pair holds."""


def _references(text: str) -> int:
    """How many Markdown reference links (`_REFERENCE_LINK`) `text` holds outside its code spans
    ("`a[i][j]`" is code); a number in brackets, "[1]", is a footnote's mark, not a link."""
    if "]" not in text:
        return 0
    return sum(1 for m in _REFERENCE_LINK.finditer(_CODE_SPAN.sub("`", text))
               if not m.group().split("]", 1)[0].strip("[").isdigit())


def _reference_links(missing: Counter[str], extra: Counter[str], source: str, target: str) -> None:
    """Pair off addresses that one side writes into a Markdown link where the other side makes
    the link by reference: "see [the documentation][collections]" as «смотрите
    [документацию](https://doc.rust-lang.org/std/collections/index.html)». The reference's address
    is defined elsewhere in the document, so the pair cannot show it; the translator wrote the
    definition into the link (or the reverse), which the reader follows to the same place. As
    many addresses go as the other side has reference links, and only addresses of links."""
    for side, text, other in ((extra, source, target), (missing, target, source)):
        count = _references(text) if side else 0
        linked = _linked(other) if count else {}
        for address in [a for a in side if a in linked]:
            taken = min(count, side[address])
            side[address] -= taken
            count -= taken
            if side[address] <= 0:
                del side[address]


_RELATIVE_LINK = re.compile(r"\]\((/[^()\s#]*)(?:#[^()\s]*)?\)")
"""A Markdown link to a page of the same site, by its path alone: "[Mix](/ru/lessons/basics/mix)"."""
_LANGUAGE_FOLDER = re.compile(r"^/[a-z]{2}(?:[-_][a-z]{2})?(?=/)", re.IGNORECASE)


def _site_relative(missing: Counter[str], target: str, target_lang: str) -> None:
    """Remove from `missing` each address whose page the translation links to by its path alone,
    in the reader's language: "https://elixirschool.com/en/lessons/basics/mix/#new-projects" as
    «(/ru/lessons/basics/mix#Создание-проекта)», the site's own Russian page (its headings, and
    so their anchors, translated), which the translated site serves from the same host. The path
    must be the source's with its language folder put in the reader's language."""
    if "](/" not in target:
        return
    pages = {m.group(1).rstrip("/").casefold() for m in _RELATIVE_LINK.finditer(target)}
    for address in list(missing):
        parts = _URL_PARTS.match(address.split("#", 1)[0].split("?", 1)[0])
        if parts is None:
            continue
        path = _LANGUAGE_FOLDER.sub(f"/{target_lang}", parts.group(2), count=1)
        if path != parts.group(2) and path.rstrip("/").casefold() in pages:
            del missing[address]


_TEMPLATED_LINK = re.compile(r"\{\{[^{}\n]+\}\}(/[^\s()<>\[\]\"'`]*)")
"""A link whose site a Jekyll or Liquid variable stands for: "{{ site.baseurl_root }}/downloads/"."""


def _templated(extra: Counter[str], source: str) -> None:
    """Remove from `extra` each address that writes out a templated link of the source: the
    site's full address before the same path, "https://getmonero.org/downloads/" for "{{
    site.baseurl_root }}/downloads/" (the translator wrote the page the variable resolves to)."""
    paths = {m.group(1).casefold() for m in _TEMPLATED_LINK.finditer(source) if len(m.group(1)) > 1}
    for address in list(extra):
        parts = _URL_PARTS.match(_page_of(address))
        if parts is not None and parts.group(2) in paths:
            del extra[address]


_LINK_MARK = re.compile(r"\]\([^()\n]+\)|<a\s[^<>]*?href=|`__?(?!\w)")
"""Where a text makes a link with its address or its template written in: Markdown's "](…)",
HTML's "<a href=", reStructuredText's "`_"."""


def _links(text: str) -> int:
    """How many links `text` makes, whatever stands for their addresses (a template, a path, a
    name defined elsewhere): written in, or by reference."""
    return len(_LINK_MARK.findall(text)) + _references(text)


def _links_added(extra: Counter[str], source: str, target: str) -> None:
    """Remove from `extra` the addresses of the links the translation adds to the source's, where
    it keeps every address of the source: links the translator added for the reader, to a page
    that explains a term («[r-value](https://en.wikipedia.org/wiki/Value_…)» for "the value
    expression") or to the translated edition («[…](https://doc.rust-lang.ru/book)» beside the
    original's). Nothing of the source's was lost or changed, and a link is an address the
    translator chose and named, not one typed into the text by a slip. Only as many links go as
    the target makes more than the source: a link of the source's whose address a template or a
    path stands for and that the target writes out differently (`{{ site.root_url }}/get/latest/`
    as "https://example.org/get/old/") is still reported, as is a bare address the source lacks."""
    if "](" not in target and "href=" not in target and "`_" not in target:
        return
    added = _links(target) - _links(source)
    linked = _linked(target)
    for address in [a for a in extra if a in linked]:
        if added <= 0:
            return
        del extra[address]
        added -= 1


def _left_out_with_text(missing: Counter[str], extra: Counter[str], source: str, target: str, source_lang: str,
                        target_lang: str) -> None:
    """Remove from `missing` the addresses of the source's links that the translation left out
    with their text (`glosses.left_out`: no word of the link's text, nor a translation of one,
    is in the target): a sentence or a list item the translator did not translate, as a
    translation of an older edition of the page lacks the newer's ("<a …>Learn more</a> about the
    technology behind crowdfunding." with no such sentence). That is an omission, not an address
    lost; the sets' readers label it so, and a reviewer reads the segment for it anyway. A link
    whose text the translation keeps (translated, or copied as `on_exit`) but without its address
    is still reported, as is a bare address, which has no text to go with, and a link whose
    address the target replaces (`extra`): the translation keeps a link there."""
    if not missing or extra:
        return
    linked = _linked(source)
    for address in [a for a in missing if a in linked]:
        if left_out(linked[address], target, source_lang, target_lang):
            del missing[address]


_SPELLED_MAIL = re.compile(
    r"(?<![\w.@-])([\w.+-]+)[ \u00a0]*(?:@|[ \u00a0](?-i:AT)[ \u00a0]|[ \u00a0]?[\[(](?:at|AT)[\])][ \u00a0]?)[ \u00a0]*"
    r"((?:[a-z0-9-]+[ \u00a0]*(?:\.|[ \u00a0](?-i:DOT)[ \u00a0]|[ \u00a0]?[\[(](?:dot|DOT)[\])][ \u00a0]?)[ \u00a0]*)+[a-z]{2,})(?![\w.-])",
    re.IGNORECASE,
)
"""An e-mail address a text spells out rather than writes: spaces about its "@" or its dots, as a
speech transcript hears it ("Bosmadison@ gmail . com"), or "at" and "dot" in words, as a page
guards it from harvesters ("rsteffen AT bayarea.net", "ivan [at] example [dot] org"; "at" in
small letters is the preposition: "look at example.org")."""


def _spelled_out(extra: Counter[str], source: str) -> None:
    """Remove from `extra` each e-mail address the translation writes whole where the source spells
    one out (`_SPELLED_MAIL`) with the same domain: the source's address is no address the check can
    read and compare, and a transcript's mailbox name is what the transcriber heard ("Bosmadison@
    gmail . com" as «booktsmadison@gmail.com», the speaker's own address). Only as many go as the
    source spells out, each to its domain; an address of another domain, or a web address, is still
    reported."""
    domains = Counter(re.sub(r"[ \u00a0]*(?:\.|[ \u00a0]dot[ \u00a0]|[\[(]dot[\])])[ \u00a0]*", ".",
                             m.group(2).casefold()).replace(" ", "")
                      for m in _SPELLED_MAIL.finditer(source)
                      if _ADDRESS.fullmatch(m.group().rstrip(_TRAILING)) is None)
    for address in [a for a in extra if "@" in a and "://" not in a]:
        domain = address.rsplit("@", 1)[1]
        while extra[address] and domains[domain]:
            extra[address] -= 1
            domains[domain] -= 1
        if extra[address] <= 0:
            del extra[address]


def _rejoined(missing: Counter[str], extra: Counter[str], source: str, target: str) -> None:
    """Pair off an address a space breaks in one text with the other's where the two parts joined
    make it exactly (`web_hosts.broken_apart`): "www.fda.gov/ vaccines-blood-biologics/vaccines"
    for «www.fda.gov/vaccines-blood-biologics/vaccines», the source's line broken in its layout,
    which the translator joined; or where both texts break it and both join to one address
    ("www.fda. gov/…" for «www.fda.gov/ …»). A part that joins to no address of the other text
    stays reported: the space may part an address from the next word. A target that breaks an
    address its source writes whole («https://huggingface.co/ datasets/oscar») is reported: the
    translation's own text breaks the link."""
    joins = {part: joined for part, joined in broken_apart(target, _TRAILING) if extra[part]}
    for part, joined in broken_apart(source, _TRAILING):
        whole = joined if extra[joined] else next((p for p, j in joins.items() if j == joined and extra[p]), None)
        if missing[part] and whole is not None:
            missing[part] -= 1
            extra[whole] -= 1
    missing += Counter()  # drop the zero counts
    extra += Counter()


def _as_written(addresses: Counter[str], text: str) -> list[str]:
    """Each of `addresses` (case-folded, as `_found` gives them) as `text` writes it, for the
    message: the reader looks for "/r/MoneroMining", not "/r/moneromining"."""
    written: dict[str, str] = {}
    for m in addresses_in(text):
        written.setdefault(m.group().rstrip(_TRAILING).casefold(), m.group().rstrip(_TRAILING))
    return [written.get(a, a) for a in addresses.elements()]


def _missing_and_extra(missing: Counter[str], extra: Counter[str], source: str, target: str) -> list[Wording]:
    parts: list[Wording] = []
    if missing:
        parts.append(phrase(N_("the source has {addresses} but the target does not"),
                            addresses=quoted_list(_as_written(missing, source))))
    if extra:
        parts.append(phrase(N_("the target has {addresses} that the source does not"),
                            addresses=quoted_list(_as_written(extra, target))))
    return parts


def _recopied(changed: list[str], copies: list[str], recased: list[str], capitals: list[str]) -> list[Wording]:
    """The addresses copied with a letter in another case: of the path (`_case_changes`), of the
    scheme (`_recased_schemes`)."""
    parts: list[Wording] = []
    if changed:
        parts.append(phrase(N_("the target writes {copies} for {addresses}, a path in another case, "
                               "which a server may answer with another page"),
                            copies=quoted_list(copies), addresses=quoted_list(changed)))
    if recased:
        parts.append(phrase(N_("the target writes {copies} for {addresses}, the scheme capitalised"),
                            copies=quoted_list(capitals), addresses=quoted_list(recased)))
    return parts


def _sites_named(missing: Counter[str], extra: Counter[str], source: str, target: str, tgt: Counter[str]) -> None:
    """Take from `missing` and `extra` the addresses without a scheme that name a site rather than
    give a page to open (`web_hosts.site_named`): one the target names at least once, however
    often the source does ("updates from security.debian.org … most updates from
    security.debian.org" as «с security.debian.org … большинство из них»), and one only the
    target names («на AMO (addons.mozilla.org)», a name explained); and a bare address (`bare`)
    that is a link's text where the link gives the address ("<a href="https://github.com/x/y">
    github.com/x/y</a>"): the link is compared, its text is the translator's. A bare address the
    target drops, or changes («cancer.org/russian» for "cancer.org/breastcancer"), stays reported."""
    for side, text, keep in ((missing, source, tgt), (extra, target, None)):
        texts = [title.casefold() for title in _linked(text).values()] if ("](" in text or "`_" in text
                                                                          or "href=" in text) else []
        for address in [a for a in side if bare(a)]:
            if (site_named(address) and (keep is None or keep[address])) or any(address in t for t in texts):
                del side[address]


def _retyped(missing: Counter[str], extra: Counter[str]) -> list[tuple[str, str]]:
    """Take from `missing` and `extra` each address the target writes with Cyrillic letters that
    look like the source's Latin ones (`web_hosts.typed_in_cyrillic`), as (the source's, the
    target's): the two look the same, and "the target has «сancer.org» that the source does not"
    would send the reader looking for a difference the screen does not show."""
    pairs = [(original, address) for address in list(extra)
             if (original := typed_in_cyrillic(address, [a for a in missing if missing[a]])) is not None]
    for original, address in pairs:
        missing[original] -= 1
        extra[address] -= 1
    missing += Counter()  # drop the zero counts
    extra += Counter()
    return pairs


def _retyped_wording(pairs: list[tuple[str, str]], source: str, target: str) -> list[Wording]:
    """What `_retyped` found, the addresses as each text writes them."""
    if not pairs:
        return []
    return [phrase(N_("the target writes {copies} for {addresses} with Cyrillic letters that look like Latin "
                      "ones: another address to a browser"),
                   copies=quoted_list(_as_written(Counter(a for _, a in pairs), target)),
                   addresses=quoted_list(_as_written(Counter(o for o, _ in pairs), source)))]


def _written_otherwise(missing: Counter[str], extra: Counter[str], source: str, target: str,
                       tgt: Counter[str]) -> list[tuple[str, str]]:
    """Pair off what `_rejoined` and `_sites_named` read as the same address, and take out the
    addresses retyped in Cyrillic letters (`_retyped`), which it returns to be named."""
    if missing and extra:
        _rejoined(missing, extra, source, target)
    retyped = _retyped(missing, extra) if missing and extra else []
    if missing or extra:
        _sites_named(missing, extra, source, target, tgt)
    return retyped


def _addresses(position: int, source: str, target: str, target_lang: str, source_lang: str) -> Iterator[Finding]:
    src, tgt = _found(source), _found(target)
    changed, copies = _case_changes(source, target) if source != target else ([], [])
    recased, capitals = _recased_schemes(source, target) if source != target and "://" in target else ([], [])
    if src == tgt and not changed and not recased:
        return
    missing, extra = src - tgt, tgt - src
    retyped = _written_otherwise(missing, extra, source, target, tgt)
    if missing and "://" in source:
        _shown_without_scheme(missing, tgt, target)
    _translated_placeholders(missing, extra)
    if target_lang:
        _localised_pages(missing, extra, target_lang)
        if missing and extra:
            _pair_off(missing, extra, lambda address, original: _in_reader_language(address, original, target_lang)
                      or _query_for_reader(address, original, target_lang))
        if missing:
            _site_relative(missing, target, target_lang)
    if missing and extra:
        _pair_off(missing, extra, lambda address, original: _same_page(address, original)
                  or _repointed(address, original) or _moved_document(address, original))
    if missing and extra:
        _another_work(missing, extra, source, target)
    if (missing or extra) and "]" in source + target:
        _reference_links(missing, extra, source, target)
    if extra and "{{" in source:
        _templated(extra, source)
    for address in [a for a in extra if _credits_translator(target, a) or _named_link_given(source, target, a)]:
        del extra[address]
    if extra and ("@" in source or " AT " in source or "at]" in source.casefold() or "at)" in source.casefold()):
        _spelled_out(extra, source)
    if extra and not missing and not changed:
        _links_added(extra, source, target)
    _left_out_with_text(missing, extra, source, target, source_lang, target_lang)
    if not missing and not extra and not changed and not recased and not retyped:
        return
    parts = [*_missing_and_extra(missing, extra, source, target), *_recopied(changed, copies, recased, capitals),
             *_retyped_wording(retyped, source, target)]
    spans = tuple(
        m.span() for m in addresses_in(target) if m.group().rstrip(_TRAILING).casefold() in extra | Counter(a for _, a in retyped)
        or _as_served(m.group().rstrip(_TRAILING)) in copies or m.group().rstrip(_TRAILING) in capitals
    )
    yield Finding(
        position,
        "url-email",
        "error",
        **worded(N_("Addresses differ: {differences}."), differences=tuple(parts)),
        source_spans=tuple(
            m.span() for m in addresses_in(source)
            if m.group().rstrip(_TRAILING).casefold() in missing | Counter(o for o, _ in retyped)
            or _as_served(m.group().rstrip(_TRAILING)) in changed
            or m.group().rstrip(_TRAILING) in recased
        ),
        target_spans=spans,
    )


@cache
def _is_untranslated(word: str, target_lang: str) -> bool:
    return (
        len(word) >= 2
        and _zipf(word, "en") >= _COMMON_ENGLISH
        and _zipf(word, "en") - _zipf(word, target_lang) >= _ENGLISH_MARGIN
    )


_LATIN_RUN = re.compile(r"(?:-(?<![\w-]-)-?(?=[A-Za-z]))?[A-Za-z0-9][\w./:+@-]*(?:['’]\w[\w./:+@-]*)*"
                        r"(?:(?<![.!?])[ \u00a0]+(?:--?(?=[A-Za-z]))?[A-Za-z0-9][\w./:+@-]*(?:['’]\w[\w./:+@-]*)*)*")
"""Latin tokens in a row: a name, a command, a title copied as one piece; a stop before a
space ends it («Рисунок 4.4. Layer is invisible»: a number, then a sentence left in). A token
may be an option ("mkvinfo --engage list", "-vf field": the word after it is its argument); a
quotation mark after a token closes a quotation around the run, and is no part of it."""
_SIGNS = re.compile(r"[0-9./:_+@-]")
"""What makes a token code rather than a word: digits, path or option signs."""
_JOINERS = frozenset("|>▸→")
"""Signs that join names into one literal: alternatives "(off|on|warn)", a menu path
"File > Open" or «Файл ▸ Open»: the words beside them are values or interface labels."""
_CODE_LIKE = re.compile(r"[0-9./:_+@-]|[a-z][A-Z]|^[A-Z]")
"""A token that is code or a name: digits, path or option signs, capitals."""
_TAG_BEFORE = re.compile(r"<[^<>]*>$")
"""A markup tag just before a run ("</ref> and <ref>"): its ">" closes the tag, no menu path."""
_ENGLISH_NOTE = re.compile(r"(?<![^\W\d_])(?:англ\.|английск[а-яё]*|по-английски)[ \u00a0]*[:—–-]?$",
                           re.IGNORECASE)
"""A translator's note that the next words are the English original («росчерки (англ.: mouse
gestures)»): cited on purpose, a term given with its English name."""
_CALL_AFTER = re.compile(r"\((?:[0-9][a-z]*)?\)")
"""A manual page's section or a call's brackets glued to a run's last word ("man sort(1)",
"make clean()"): the run is a command, its words the command's."""
_OPENERS = {"«": "»", "“": "”", "„": "“", '"': '"', "'": "'", "‘": "’", "(": ")", "[": "]"}
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]+$")
_WORD_REACH = 80
"""How far back the word before a run is looked for: no Russian word is that long, and a
search from the segment's start would try every letter of it."""


def _cited(target: str, word: re.Match[str], target_lang: str, source: str = "", *, stressed: bool = False,
           neighbours: _Neighbours | None = None) -> bool:
    """Whether a Latin word is cited on purpose rather than left untranslated.

    Technical Russian keeps names as they are written: quoted («menu»), given
    in brackets after the Russian term («открытую (public) часть»), inside a
    command, a title or a name copied as one piece ("sudo apt-get remove
    hello", "Linux Foundation root hub"), named by the Russian noun before it
    («файл control», «страницы man», «репозитория main»: the English word is
    then a noun, a name of a file, an option, a section), governed by the
    preposition before it as the source has it («указателем на long» for "a
    pointer to a long"; not a common noun, `_thing_only`: «в production»),
    copied from the source as a name (`_copied_name`), as two values the source
    joins by "and" or "or" (`_joined_pair`), or governed by a verb at the end of
    both sentences (`_object_ending_both`). A word both texts
    stress in the same marks (`stressed`, `_emphasis`) is a word of the sentence,
    never a copied name.
    """
    if _in_braces(target, word.start(), word.end()):
        return True
    run = _run_at(target, word.start())
    tokens = [t.rstrip(".,:;!?'’") for t in run.group().split()]  # a stop ends the sentence
    # A link's text copied is set apart as a title, but not a name and its kind ("[GSAP library](…)").
    linked_kind = target.startswith("](", _start_after(target, run.end())) and _kind_after_name(tokens, word.group())
    if not linked_kind and (_set_apart(target, run) or _original_beside(target, run, source)):
        return True
    if len(tokens) >= 2 and (_caption_left(target, run, source)
                             or _phrase_on_its_own(target, run, tokens, word.group())):
        return False
    written = list(tokens)  # as the translation has them, for a copy of the source
    opens = _opens_sentence(target, run.start())
    if tokens and opens and tokens[0][1:].islower():
        tokens[0] = tokens[0].casefold()  # "To guarantee the data," opens a sentence: no title
    if (len(tokens) == 2 and word.end() == run.end() and _SIGNS.search(tokens[0])
            and not run.group().split()[0].endswith((":", "=")) and _function_word(word.group().casefold())):
        return False  # "ISO-8859-15 or", "-1 to +1": a code is not named by a function word after it
    if (len(tokens) == 2 and word.start() == run.start() and _SIGNS.search(tokens[1])
            and _function_word(word.group().casefold())):
        return False  # «house.jpg, and cat.jpg»: a conjunction before a name joins names, it is none
    if len(tokens) >= 3 and _prose(tokens):
        # "it is what it is": English prose left in, not a title or a command, unless mentioned
        return _mentioned(target, run.start(), target_lang)  # «термин peer to peer означает …»
    if (_names_joined(tokens, word.group()) or _people_joined(target, word) or _kind_after_name(written, word.group())
            or _determined_phrase(tokens)):
        return False  # «для C and C++»: the «and» joins two names, which Russian joins by «и»
    previous = _PREVIOUS_WORD.search(target, max(0, run.start() - _WORD_REACH), run.start())
    before_word = previous.group(1).casefold() if previous is not None and target_lang == "ru" else ""
    before_pos = _part_of_speech(before_word)
    # A preposition governs a name only if the source has it: «на long» for "to a long".
    naming = before_pos == "NOUN" or (before_pos == "PREP" and _copied(" ".join(written), source, plural=True))
    # «в пакете net-tools package»: «пакете» already translates "package"; «работаете data scientist
    # или программистом», «патч на :doc:`1.3.6 release`»: English left where its grammar put it
    if ((len(tokens) == 2 and word.end() == run.end() and _SIGNS.search(tokens[0]) and naming
         and _head_noun_left(run.group(), word.group(), source))
            or _left_in_place(target, run, word, written, source, before_pos, target_lang)):
        return False
    if len(tokens) >= 3 or (len(tokens) == 2 and any(_CODE_LIKE.search(t) for t in tokens)):
        return True
    if _translated_beside(run, target, source):
        return True
    # «при развертывании в production»: a Russian preposition governs an English noun as its own
    # ... unless the document keeps the word in Latin elsewhere too: its jargon, kept by choice (D10)
    governed = (len(tokens) == 1 and before_pos == "PREP" and _thing_only(tokens[0])
                and not (neighbours is not None and neighbours.keep(tokens[0])))
    # «а proposals из ES7»: a plural copied after a Russian word, not a noun naming it, is prose
    # «(objects, arrays, и [типы коллекций]…»: plurals the sentence's own «и» joins to a Russian item
    plural = len(tokens) == 1 and _english_plural(tokens[0]) and (
        before_pos not in (None, "NOUN") or _RUSSIAN_SERIES_AFTER.match(target, run.end()) is not None)
    if ((not stressed and not governed and not plural
         and (_copied_name(written, source, before_pos == "CONJ", inside=not opens)
                           or _name_written_small(written, source)))
            or _in_series(target, run.start()) or _joined_pair(target, run, source)
            or _listed_after_name(target, run, source)
            or (len(tokens) == 1 and before_pos == "VERB"
                and _object_ending_both(tokens[0], target, word.end(), source))
            or (len(tokens) == 1 and _object_ending_target(before_word, written[0], target, word.end(), source))):
        return True
    if not naming or governed:
        return False
    if len(tokens) == 2 and _copied(" ".join(tokens), source, plural=True) and (
            run.start() != word.start() or _zipf(tokens[1].casefold(), "en") < _PRONOUN_ZIPF):
        # «командой make clean», «типа unsigned short» (for "unsigned shorts"): a name of two
        # words copied from the source and named by the Russian word before it; its first
        # word is part of the name only if the second is no pronoun («команду feel it»).
        return True
    return (run.start() == word.start()
            and (_english_noun(word.group().casefold()) or _named_in(word.group(), source)))


_CLAUSE_BEFORE = (".", "!", "?", "…", "—", "–", ":")
_CLAUSE_AFTER = re.compile(r"[ \u00a0]*(?:[,.!?…(]|$)")


def _phrase_on_its_own(target: str, run: re.Match[str], tokens: list[str], word: str) -> bool:
    """Whether a capitalised word and an ordinary English word in small letters after it (`word`)
    stand as a sentence or a clause of their own in the translation: opened by the text's start, a
    sentence's end, a dash or a colon, closed by a stop, a comma, a bracket or the end («Alexa
    play, это моя вечеринка», «Networking apps. Welcome», «— Scotsman comment (…)»). A name the
    translation keeps plays a part in the Russian sentence around it, named or governed by a Russian
    word («раздел Wireless interface», «нажмите New issue», «Link quality сообщает»); two English
    words set off from every Russian word are the source's sentence left in, as machine output
    leaves it. Small letters after the capital are no name's (a title capitalises its words, "Red
    Hat"); quoted or marked labels were set apart before this is asked."""
    if len(tokens) != 2:
        return False
    first, second = tokens
    if second != word or not (first.isalpha() and first[:1].isupper() and first[1:].islower()):
        return False
    before = _end_before(target, run.start())
    end = run.start() + len(run.group().rstrip(_TRAILING))
    return (not before or target[before - 1] in _CLAUSE_BEFORE) and _CLAUSE_AFTER.match(target, end) is not None


def _left_in_place(target: str, run: re.Match[str], word: re.Match[str], tokens: list[str], source: str,
                   before_pos: str | None, target_lang: str) -> bool:
    """Whether a run the rules after this would read as a copied name is English left where its
    grammar put it: one of two items whose other the translation translated
    (`_one_item_translated`, in a Russian translation: not where a Russian noun or preposition
    before the run names it, `before_pos`), or a noun after a version number in the English order
    (`_noun_after_version`)."""
    if len(tokens) == 2 and word.end() == run.end() and _noun_after_version(tokens):
        return True
    return (target_lang == "ru" and before_pos not in ("NOUN", "PREP")
            and _one_item_translated(target, run, tokens, source))


_RUSSIAN_ITEM_AFTER = re.compile(r"[ \u00a0]+(?:и|или)[ \u00a0]+([а-яё]+)(?![\w-])", re.IGNORECASE)
"""What joins a Latin run to a Russian word as the next item of a pair: «или программистом». No
comma: Russian sets none before a single «и» or «или» between two items, so «issues и pull
requests, или действий сообщества» joins the pair to a larger alternative, not its last item
to «действий»."""
_LATIN_ITEM_BEFORE = re.compile(r"[A-Za-z0-9][\w.+#-]*,?[ \u00a0]+(?:и|или)[ \u00a0]+$")
"""A Latin item joined to what follows it by a Russian conjunction: «issues и »."""


def _one_item_translated(target: str, run: re.Match[str], tokens: list[str], source: str) -> bool:
    """Whether a phrase of two or more ordinary English words in small letters is one of two items
    the translation joins by «и» or «или», the other a Russian noun, where the source joins the
    same phrase by "and" or "or" to an English noun the translation does not keep ("working as a
    data scientist or coder" as «работаете data scientist или программистом»): the translator
    translated one item of the pair and left the other in English. Russian joins like with like,
    a name to a name («Python или Ruby», «on и off»), so a run itself joined to a Latin item
    before it is one of a series of names. A pair, not a list of three or more, on either side
    (no comma before the run or before the source's conjunction): a term kept in Latin among
    translated items of a list («контейнеры, service mesh и микросервисы») is a house choice the
    check leaves alone. Asked only where no Russian noun or
    preposition before the phrase names it («конвейер token classification»), and not of a lone
    word, which Russian technical prose keeps as the name of an account, a command or a value
    beside a Russian noun («войдите как root или администратор»)."""
    if len(tokens) < 2 or not all(t.isalpha() and t.islower() and _is_untranslated(t, "ru") for t in tokens):
        return False
    after = _RUSSIAN_ITEM_AFTER.match(target, run.end())
    if (after is None or _part_of_speech(after.group(1).casefold()) != "NOUN"
            or target[max(0, run.start() - 3):run.start()].rstrip().endswith(",")
            or _LATIN_ITEM_BEFORE.search(target, max(0, run.start() - _WORD_REACH), run.start())):
        return False  # an item of a longer list, or of a series of Latin items («issues и pull requests»)
    phrase = re.escape(" ".join(tokens))
    for m in re.finditer(rf"(?<![\w-]){phrase}(?:es|s)? (?:and|or) (?:(?:a|an|the) )?([a-z]+)(?![\w-])", source):
        other = m.group(1)
        if (_noun_or_unknown(other)
                and re.search(rf"(?<![\w-]){re.escape(other)}(?![\w-])", target, re.IGNORECASE) is None):
            return True
    return False


def _noun_or_unknown(word: str) -> bool:
    """Whether an English word can be a noun: lemminflect reads it as one, or does not know it
    and it is rarer than function words are ("coder", which its dictionary lacks; not "some")."""
    readings = _readings(word)
    return "NOUN" in readings if readings else _zipf(word, "en") < _FUNCTION_WORD_ZIPF


_VERSION = re.compile(r"v?\d+(?:\.\d+)+")
"""A version number: "1.3.6", "v2.0"."""


def _noun_after_version(tokens: list[str]) -> bool:
    """Whether two Latin tokens are a version number and a common English noun after it ("1.3.6
    release", "2.0 update"): English puts the number before the noun it modifies, Russian puts the
    noun first («выпуск 1.3.6», «обновление 2.0»), so the noun is the source's word left in its
    English place, not a name of the thing, as `_head_noun_left` reads "the net-tools package".
    Only a noun common enough to be the language's own word (`_COMMON_NOUN_ZIPF`) and no
    adjective ("1.2 final", "stable"): a release's own name may be kept ("2.0 beta")."""
    number, noun = tokens[0], tokens[1]
    return (_VERSION.fullmatch(number) is not None and noun.isalpha() and noun.islower()
            and _english_noun(noun) and "ADJ" not in _readings(noun) and _zipf(noun, "en") >= _COMMON_NOUN_ZIPF)


_DETERMINERS_ALL = frozenset({"a", "an", "the", "any", "each", "every", "another", "your", "our", "their", "my",
                              "his", "its", "this", "these", "those", "some"})
"""Words that open an English noun phrase ("any key", "the next step", "your project")."""


def _determined_phrase(tokens: list[str]) -> bool:
    """Whether a run of plain words in small letters opens with an English determiner
    (`_DETERMINERS_ALL`: «Нажмите any key»): a noun phrase of English grammar left in, never a
    name, a value or a command, which Russian cites alone («клавишу Enter», «значение true»)."""
    return len(tokens) >= 2 and tokens[0] in _DETERMINERS_ALL and all(t.isalpha() and t.islower() for t in tokens)


_SIGN_NAME = re.compile(r"^(?:[A-Z]|[A-Z]+[+#0-9]*|[^\W\d_]+[+#]+)$")
"""A programming language's or a protocol's name: a capital letter ("C"), an acronym ("TCP",
"X11"), a name with signs ("C++", "C#")."""


def _names_joined(tokens: list[str], word: str) -> bool:
    """Whether `word` is the "and" or "or" between two names written in capitals or signs ("C
    and C++", "TCP or UDP") or between two web or e-mail addresses ("privacy@example.com or
    https://example.com/contact"): no title is made so (a title's words are words: "Search and
    Replace", "Dungeons and Dragons"), no address is a command's argument joined by a word, and
    the conjunction is the translation's to write («… или https://…»)."""
    return (len(tokens) == 3 and tokens[1] == word and word in ("and", "or")
            and (all(_SIGN_NAME.match(t) for t in (tokens[0], tokens[2]))
                 or all(_ADDRESS.fullmatch(t) for t in (tokens[0], tokens[2]))))


def _kind_after_name(tokens: list[str], word: str) -> bool:
    """Whether `word` is an English noun after a name, the two all the run ("Snyk website"): the
    noun says what kind of thing the name is, which Russian says first and in Russian («сайт
    Snyk», «библиотека GSAP» for "GSAP library"). The name is no English word ("Link quality" is
    an interface's label, copied whole), and the noun can be nothing else (not "GNU make", "Debian
    testing": a command, a branch)."""
    return (len(tokens) == 2 and tokens[1] == word and tokens[0].isalpha() and tokens[0][:1].isupper()
            and (tokens[0][1:].islower() or tokens[0].isupper())
            and _zipf(tokens[0].casefold(), "en") < _COMMON_ENGLISH
            and _readings(word) <= {"NOUN"} and _zipf(word, "en") < _FUNCTION_WORD_ZIPF)


_INITIALLED_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ \u00a0]?)+[A-Z][a-z]+[ \u00a0]+$")
_INITIALLED_AFTER = re.compile(r"[ \u00a0]+(?:[A-Z]\.[ \u00a0]?)+[A-Z][a-z]+(?![\w-])")


def _people_joined(target: str, word: re.Match[str]) -> bool:
    """Whether `word` is the "and" or "or" between two people named with their initials ("G.
    Rossum and F. Drake"): an author's name is no title's word, so the conjunction between two is
    the translation's to write («Г. Россум и Ф. Дрейк», or the names in Latin joined by «и»)."""
    return (word.group() in ("and", "or")
            and _INITIALLED_BEFORE.search(target, max(0, word.start() - 40), word.start()) is not None
            and _INITIALLED_AFTER.match(target, word.end()) is not None)


def _set_apart(target: str, run: re.Match[str]) -> bool:
    """Whether what stands around a run of Latin words sets it apart as a citation: quotation
    marks or brackets around it, a joiner of names beside it (`_JOINERS`; not the ">" of a
    markup tag before it), a translator's note that the English original follows («(англ.:
    mouse gestures)»), or a call's or a manual page's brackets glued to it ("man sort(1)").
    Read at offsets, the spaces either side skipped: a copy of the text before and after each
    run made a megabyte target quadratic."""
    before, after = _end_before(target, run.start()), _start_after(target, run.end())
    last, first = target[max(0, before - 1):before], target[after:after + 1]
    if last in _OPENERS and first == _OPENERS[last]:
        return True
    if ((last in _JOINERS and _TAG_BEFORE.search(target, max(0, before - _WORD_REACH), before) is None)
            or (first in _JOINERS and not _closes_placeholder(target, run))):
        return True
    return ("нгл" in target[max(0, before - 30):before]
            and _ENGLISH_NOTE.search(target, max(0, before - 30), before) is not None) or (
        len(run.group().split()) >= 2 and _CALL_AFTER.match(target, run.end()) is not None)


def _end_before(text: str, at: int) -> int:
    """Where the text before `at` ends once the spaces just before `at` are skipped: the offset
    `text[:at].rstrip()` would end at, found without copying the text."""
    while at and text[at - 1].isspace():
        at -= 1
    return at


def _start_after(text: str, at: int) -> int:
    """Where the text after `at` starts once the spaces just after `at` are skipped: the offset
    `text[at:].lstrip()` would start at, found without copying the text."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


_BRACKETED_AFTER_RUSSIAN = re.compile(r"[\u0400-\u04ff][ \u00a0]*\(([^()\u0400-\u04ff\n]{1,120})\)")
"""A Russian word, then a bracket holding no Russian letter («Инфраструктура как услуга
(Infrastructure as a service, IaaS)»)."""


def _original_beside(target: str, run: re.Match[str], source: str) -> bool:
    """Whether a run of Latin words stands in brackets of its own after a Russian word, the
    brackets holding nothing Russian and not the source's own: the translator gives the English
    original beside the translation («Инфраструктура как услуга (Infrastructure as a service,
    IaaS)»), which is a citation, not words left untranslated. The source's own brackets
    copied whole ("(see below)") are not such a gloss."""
    reach = (max(0, run.start() - 130), min(len(target), run.end() + 130))
    if target.find("(", *reach) < 0:  # within reach only: the whole text looked at each run was quadratic
        return False
    for m in _BRACKETED_AFTER_RUSSIAN.finditer(target, *reach):
        if m.start(1) <= run.start() and run.end() <= m.end(1):
            return f"({m.group(1)})" not in source
    return False


_GLOSSED = re.compile(r"[ \u00a0]*\([ \u00a0]*[«„“\"]?[а-яё][а-яё \u00a0-]*[»“”\"]?[ \u00a0]*\)")
"""A gloss in brackets after a word: Russian words alone, quoted or not («and («и»)», «or
(или)»). The translator cites the English word (an operator, a keyword, a term) and translates
it beside, so the word was kept on purpose."""
_RUSSIAN_WORD_AFTER = re.compile(r"[ \u00a0]+[а-яё]")


def _translated_beside(run: re.Match[str], target: str, source: str) -> bool:
    """Whether the translation translates right beside a run of Latin words what makes it a
    citation: a gloss in brackets («and («и»)», `_GLOSSED`), or the placeholder of a command
    (`_placeholder_after`)."""
    if "(" in target[run.end():run.end() + 3] and _GLOSSED.match(target, run.end()) is not None:
        return True
    return len(run.group().split()) == 2 and _placeholder_after(run, target, source)


def _placeholder_after(run: re.Match[str], target: str, source: str) -> bool:
    """Whether two Latin words are a command the source gives with a placeholder after it,
    which the translation translates («aptitude why пакет» for "aptitude why package"): the
    source has the run and a Latin word after it, the translation the run and a Russian word;
    the run opens with a name, not a function word ("in case you"), and ends in no pronoun
    ("feel it")."""
    if _RUSSIAN_WORD_AFTER.match(target, run.end()) is None:
        return False
    first, last = (t.casefold() for t in run.group().split())
    return (first.isalpha() and _nameable(first) and not _function_word(first)
            and _zipf(last, "en") < _PRONOUN_ZIPF
            and re.search(rf"(?<![\w-]){re.escape(run.group())}[ \u00a0]+[a-z][\w-]*", source) is not None)


_PLACEHOLDER_OPENING = re.compile(r"<[^\s<>]*$")


def _closes_placeholder(target: str, run: re.Match[str]) -> bool:
    """Whether the ">" after a run closes a placeholder opened before it ("pl_editor <*.kicad_wks
    file to open>"): a bracket, not a joiner of a menu path, so its words are judged as any
    others (prose in a placeholder is translated, «<пользователь>»; a name alone stays cited)."""
    return (target[run.end():run.end() + 1] == ">"
            and _PLACEHOLDER_OPENING.search(target, max(0, run.start() - _WORD_REACH), run.start()) is not None)


_RUN_REACH = 200
"""How far before and after a word its run of Latin tokens is read: further than any title or
command a translation copies, and a bound, so that a run with no stop in it (the source's English
pasted whole, 20,000 characters of it: 2.8 s of the check) is not read whole again at each of its
words (session 43)."""


_RUN_SPACE = re.compile("[ \u00a0]")
"""A space that parts a run's tokens (`_LATIN_RUN`)."""


def _run_at(target: str, start: int) -> re.Match[str]:
    """The run of Latin tokens (`_LATIN_RUN`) that holds the word starting at `start`, read from
    `_RUN_REACH` characters before it to the first space `_RUN_REACH` characters after it (a
    run whose tokens part by no space there is cut at twice the reach: no word is that long)."""
    space = _RUN_SPACE.search(target, start + _RUN_REACH, start + 2 * _RUN_REACH)
    end = space.start() if space is not None else start + 2 * _RUN_REACH
    return next(m for m in _LATIN_RUN.finditer(target, max(0, start - _RUN_REACH), end) if m.start() <= start < m.end())


def _in_braces(target: str, start: int, end: int) -> bool:
    """Whether a word stands inside a {…} group or is glued to a brace: formula or template
    markup ("{a over b}", "{alignl a}over{b+c}", "{{name}}"), which prose never uses, so its
    words are code copied as it is."""
    opens, closes = _braces(target)
    return (bisect_left(opens, start) > bisect_left(closes, start) or target.endswith("}", 0, start)
            or target.startswith("{", end))


@lru_cache(maxsize=64)
def _braces(target: str) -> tuple[list[int], list[int]]:
    """The offsets of the target's opening and of its closing braces, found once a target:
    `_in_braces` counted them in a copy of the text before each Latin word (a target of 40,000
    words quadratic)."""
    return ([i for i, ch in enumerate(target) if ch == "{"], [i for i, ch in enumerate(target) if ch == "}"])


_NUMBERED_LABEL = re.compile(r"[^\W\d_]+[ \u00a0]+(?:\d+|[A-ZА-ЯЁ])(?:\.\d+)*\.$")
"""«Рисунок 13.4.», «Пример 14.2.», «Приложение C.»: a caption's or heading's label and number."""
_LABEL_REACH = 80
"""How far back a caption's label and number are looked for: a letter of the label's word, the
spaces and the number fit in it many times over."""
_ONLY_TRAILING = re.compile(rf"[{re.escape(_TRAILING)}]*")
"""Nothing but closing marks and stops: the end of a caption copied whole."""


def _caption_left(target: str, run: re.Match[str], source: str) -> bool:
    """Whether Latin words after a translated label and number are the source's caption or
    heading itself, copied: «Рисунок 4.4. Layer is invisible», «Пример 14.2. example.fc file»,
    «Глава 2. Fire up GIMP». (A name alone is one token and stays cited.) The label is looked
    for in `_LABEL_REACH` before the run, not in a copy of the whole text before it."""
    before = _end_before(target, run.start())
    if (_ONLY_TRAILING.fullmatch(target, _start_after(target, run.end())) is None
            or not _NUMBERED_LABEL.search(target, max(0, before - _LABEL_REACH), before)):
        return False
    return source.rstrip().rstrip(_TRAILING).endswith(run.group().rstrip(_TRAILING))


_DETERMINERS = ("the", "a", "an")


def _named_in(word: str, source: str) -> bool:
    """Whether the source uses a function word as a name: after an article, where English
    grammar wants a noun or an adjective ("the at command", "an if statement"): a command or
    keyword, which the translation names by its Russian noun («команды at»), also where the
    source quotes the name it opens ("the "else block"" as «"блок else"»). A word that can be an
    adjective is no such proof ("the only reason")."""
    folded = word.casefold()
    return (folded not in _DETERMINERS and not {"NOUN", "VERB", "ADJ"} & _readings(folded)
            and re.search(rf"(?<![\w-])(?:the|a|an) [\"“‘']?{re.escape(word)}(?![\w-])", source,
                          re.IGNORECASE) is not None)


_FUNCTION_WORD_ZIPF = 5.5
"""Words lemminflect does not know are either names ("dak", "jessie", "info") or function
words ("the", "and", "of"); only the latter are this common in English (zipf >= 5.5)."""


@cache
def _readings(word: str) -> frozenset[str]:
    """The parts of speech lemminflect's dictionary knows for an English word."""
    from lemminflect import getAllLemmas

    return frozenset(getAllLemmas(word))


@cache
def _nameable(word: str) -> bool:
    """Whether an English word can be the name of a value, a state, a command or a thing.

    Technical text cites such names in lower case and translators keep them
    («важность serious», «в stable», «значение true», «каталог new»): they are
    nouns, verbs or adjectives. Adverbs and function words ("always", "only",
    "the") name nothing, so one left in a Russian sentence is untranslated.
    """
    readings = _readings(word)
    if not readings:
        return _zipf(word, "en") < _FUNCTION_WORD_ZIPF
    return not {"ADV", "AUX"} & readings and bool({"NOUN", "VERB", "ADJ"} & readings)


_COMMON_NOUN_ZIPF = 4.5
"""A noun this common in English (about once in 30,000 words: "production" 5.1, "library" 4.9)
is the language's own word; programs named by a noun take a rarer one ("aptitude" 3.2,
"calibre" 3.2), and so do the terms Russian borrows in Latin ("cookie" 4.1, "proxy" 3.7)."""


def _thing_only(word: str) -> bool:
    """Whether an English word is a common noun and nothing else ("production", "library"), not
    a word a sentence uses as a noun only to name something ("stable", "long", "serious" are
    adjectives; "testing", "control" verbs too), nor a function word lemminflect files as a noun
    ("all"). A Russian preposition before such a noun governs it as Russian grammar governs any
    noun («в production», «до production»): the word stands for a Russian one the translator did
    not write. An adjective or a verb governed so has become a name («в stable», «на long» for "to
    a long"), and so has a rarer noun (`_COMMON_NOUN_ZIPF`: «в aptitude»), which technical Russian
    keeps in Latin."""
    folded = word.casefold()
    return (_readings(folded) == {"NOUN"}
            and _COMMON_NOUN_ZIPF <= _zipf(folded, "en") < _FUNCTION_WORD_ZIPF)


_RUSSIAN_SERIES_AFTER = re.compile(r"(?:,[ \u00a0]*[a-z]+)*,?[ \u00a0]+(?:и|или)[ \u00a0]+[\[«„\"*_]*[а-яё]")
"""What follows a Latin word that is an item of a Russian series: more lower-case Latin items,
then «и» or «или» and a Russian word ("objects, arrays, и [типы коллекций]")."""
_WORDS_FOR_WORDS = frozenset({"термин", "слово", "словосочетание", "выражение", "фраза", "сокращение",
                              "аббревиатура"})
"""Russian nouns that name a piece of language: what follows one is mentioned, not used."""


def _mentioned(target: str, start: int, target_lang: str) -> bool:
    """Whether the Latin run at `start` follows a Russian noun that names words
    (`_WORDS_FOR_WORDS`: «термин peer to peer», «выражение it just works»): the English is quoted
    as the thing the sentence talks about, which a translation keeps as written. Asked only of a
    run that reads as English prose (`_prose`), the one case the rules before it do not settle."""
    previous = _PREVIOUS_WORD.search(target, max(0, start - _WORD_REACH), start)
    if previous is None or target_lang != "ru" or not _CYRILLIC_WORD.fullmatch(previous.group(1).casefold()):
        return False
    from workbench.core.morphology import analyzer

    return analyzer().parse(previous.group(1).casefold())[0].normal_form in _WORDS_FOR_WORDS


def _function_word(word: str) -> bool:
    """A word as common as "or", "and", "to", "with" (which lemminflect may file as nouns: OR,
    AT): one of the words that join a sentence, never a value ("yes") or a name."""
    return _zipf(word, "en") >= _PRONOUN_ZIPF


def _prose(tokens: list[str]) -> bool:
    """Mostly plain lower-case words (two in three, at least three), one of them a function
    word or an adverb: a clause, where a title is capitalised and a command is made of signs
    and names ("Linux Foundation", "apt-get remove"). A clause may name an option or a
    package on the way ("The --os-type and --os-variant options allow optimizing a few")."""
    plain = [t for t in tokens if t.replace("-", "").isalpha() and t.islower()]
    return (len(plain) >= 3 and 3 * len(plain) >= 2 * len(tokens)
            and not all(_nameable(t) for t in plain))


_AFTER_STOP = frozenset("»”)]")
_STOPS = frozenset(".!?…")


def _opens_sentence(text: str, at: int) -> bool:
    """Does a sentence start at `at`: nothing before it, or a stop and then only spaces and
    closing marks? Read back from `at` over those, not searched for from the text's start (a
    search per word made a long target's reading quadratic: hardening, round 34)."""
    start = at
    while start and (text[start - 1].isspace() or text[start - 1] in _AFTER_STOP):
        start -= 1
    return not start or text[start - 1] in _STOPS


_SERIES = re.compile(r"[A-Za-z][\w.+-]*(?:(?:, ?| и | или | or | and |, и )[A-Za-z][\w.+-]*){2,}")
"""Three or more Latin words in a list («off, fatal, error, warn и trace», «aes, blowfish,
serpent и twofish»): values or names enumerated, not words left untranslated."""


def _in_series(target: str, start: int) -> bool:
    starts, ends = _series(target)
    before = bisect_right(starts, start)
    return before > 0 and start < ends[before - 1]


@lru_cache(maxsize=64)
def _series(target: str) -> tuple[list[int], list[int]]:
    """The starts and ends of a target's series (`_SERIES`), found once a target: they do not
    overlap, so the one that may hold a word is the last to start at or before it. Finding them
    again for each run (a target of 10,000 stressed words took minutes) grew with the square of
    its length."""
    spans = [m.span() for m in _SERIES.finditer(target)]
    return [start for start, _ in spans], [end for _, end in spans]


_PRONOUN_ZIPF = 6.5
""""it", "that", "this" (which lemminflect files as nouns) are this common; no command is."""


def _copied(phrase: str, source: str, *, plural: bool = False) -> bool:
    """Whether the source has `phrase` as words; `plural`: or with its last word in the plural
    (the source's "unsigned shorts", which the translation names in the singular)."""
    ending = "(?:e?s)?" if plural else ""
    return bool(phrase) and re.search(rf"(?<![\w-]){re.escape(phrase)}{ending}(?![\w-])", source) is not None


_SENTENCE_OPENING = r"(?:^|(?<=[.!?…:])[ \u00a0]+|\n)"
"""Where a sentence or an item opens: the text's start, after an end mark or a line break."""


def _opens_source_sentence(words: str, source: str) -> bool:
    """Whether the source opens a sentence with `words`, its first letter a capital only for
    that ("Surround effect level (from 0 to 100)" for «Уровень эффекта surround»): the same
    word, copied; its case is the sentence's, not the name's."""
    if not words[:1].islower():
        return False
    opening = words[:1].upper() + words[1:]
    return opening in source and re.search(rf"{_SENTENCE_OPENING}{re.escape(opening)}(?![\w-])", source) is not None


_ENDS_SENTENCE = re.compile(r"[.!?](?:\s|$)")


def _object_ending_both(word: str, target: str, end: int, source: str) -> bool:
    """Whether a word the translation's verb governs ends the sentence on both sides (`end`:
    where it ends in the translation; "For testing identity use is." as «…используйте is.»): the source
    says it where its sentence wants an object, so it names a keyword, an operator or a value,
    whatever it is as a word; English left in is a phrase, not one function word before the stop."""
    return (_ENDS_SENTENCE.match(target, end) is not None
            and re.search(rf"[^\W\d_][ \u00a0]+{re.escape(word)}[.!?](?:\s|$)", source) is not None)


def _object_ending_target(verb: str, word: str, target: str, end: int, source: str) -> bool:
    """Whether a word the source has ends the translation's sentence as the object of a
    transitive Russian verb or infinitive before it («следует использовать verbatim.» for
    "verbatim should be preferred"): Russian grammar wants a noun there, so an English adverb or
    adjective so placed is a name (an option's value, a mode), not an English word left in, which
    would stand where the source's grammar put it («она always выполняет»)."""
    if _ENDS_SENTENCE.match(target, end) is None and _start_after(target, end) < len(target):
        return False
    if not verb or not _CYRILLIC_WORD.fullmatch(verb) or not _copied(word, source) or _function_word(word):
        return False
    from workbench.core.morphology import analyzer

    tag = analyzer().parse(verb)[0].tag
    return tag.POS in ("VERB", "INFN") and tag.transitivity == "tran"


_COMMON_ADJECTIVE_ZIPF = 4.5
"""An adjective this common in English (about once in 30,000 words: "similar" 5.2, "false"
4.7), joined by a conjunction to names before it, is the source's own adjective; the rare
ones are names of programs and titles ("aptitude или apt": "apt" 3.7)."""


def _copied_name(tokens: list[str], source: str, after_conjunction: bool = False, inside: bool = False) -> bool:
    """One or two Latin words copied from the source that read as a name: a single nameable
    word ("man", "serious", "new"), or two ("smoke test", "make install", "dquilt refresh"),
    the two also where the source has them in the plural ("service meshes" as «service mesh»:
    the translator gave the term the base form Russian keeps a Latin term in, where English
    prose left in keeps the source's own form); "feel it" ends in a pronoun and is none. A
    common word that can only be an adjective, joined by a conjunction to what comes before
    (`after_conjunction`), stands for a noun the source leaves out ("sendto(2), recvfrom(2), and similar" [calls]): the source's adjective
    left in («recvfrom(2) и similar»), where a value is named or set («важность serious»,
    «принимается false»). Words `inside` a sentence of the translation may be the source's
    sentence opening, written small (`_opens_source_sentence`); at the translation's own opening
    a copy keeps the capital ("Warning:" as «warning:» was lowered, not copied)."""
    phrase = " ".join(tokens)
    copied = _copied(phrase, source, plural=len(tokens) == 2)
    if not (copied or (inside and _opens_source_sentence(phrase, source))):
        return False
    if len(tokens) == 1:
        folded = tokens[0].casefold()
        return _nameable(folded) and not (after_conjunction and _common_adjective(folded))
    first, last = (t.casefold() for t in tokens)
    return _nameable(first) and _nameable(last) and _zipf(last, "en") < _PRONOUN_ZIPF


def _name_written_small(tokens: list[str], source: str) -> bool:
    """Two Latin words the source writes as a name, each with a capital inside its sentence
    ("is now developed as Open Source"), that the translation copies in small letters («как open
    source»), as Russian writes a borrowed term: the words are the source's name, not its prose."""
    if len(tokens) != 2 or not all(t.isalpha() and t.islower() for t in tokens):
        return False
    name = " ".join(t.capitalize() for t in tokens)
    return re.search(rf"(?<![.!?…:\s])[ \u00a0]+{re.escape(name)}(?![\w-])", source) is not None


def _common_adjective(word: str) -> bool:
    return _readings(word) == {"ADJ"} and _zipf(word, "en") >= _COMMON_ADJECTIVE_ZIPF


_JOINED_PAIR = re.compile(r"(?<![\w@./\\=-])([A-Za-z]+)[ \u00a0]+(?:и|или)[ \u00a0]+([A-Za-z]+)(?![\w@/\\=(-])")
"""Two Latin words joined by a Russian «и» or «или» («значения on и off»)."""


def _joined_pair(target: str, run: re.Match[str], source: str) -> bool:
    """Whether the word's run is one of two Latin words the translation joins by «и» or «или»
    where the source joins the same two by "and" or "or" ("Valid values are on and off",
    «значения on и off»): the translator translated the conjunction and kept both words, so
    they are names of values, whatever their part of speech."""
    for m in _JOINED_PAIR.finditer(target, max(0, run.start() - 40), min(len(target), run.end() + 40)):
        if m.start() <= run.start() < m.end():
            first, second = map(re.escape, m.groups())
            return re.search(rf"(?<![\w-]){first},? (?:and|or) {second}(?![\w-])", source) is not None
    return False


_CONJUNCTION_BEFORE = re.compile(r"[ \u00a0]+(?:и|или)[ \u00a0]+$")
_LATIN_TOKEN = re.compile(r"(?<![\w@./\\=-])[A-Za-z][\w.-]*[A-Za-z0-9_]|(?<![\w@./\\=-])[A-Za-z]")


def _listed_after_name(target: str, run: re.Match[str], source: str) -> bool:
    """Whether a lone Latin word closes a list the translation joins by «и» or «или» after a
    clause, its other item a name no word list knows ("prec", an identifier), where the source
    lists the same two, the name first, and joins them by "and" or "or" ("the arguments prec,
    which is …, and digits, which is …" as «аргументы prec, который …, и digits, который …»):
    the translator translated the conjunction and kept both items, so both are names, as
    `_joined_pair` reads two names side by side. The other item must be no ordinary English word
    (two English words left in a list are both English prose), and the word no common adjective,
    which stands for a noun the source leaves out ("recvfrom(2), and similar", `_copied_name`)."""
    word = run.group().rstrip(_TRAILING)
    if (len(run.group().split()) != 1 or _common_adjective(word.casefold())
            or _CONJUNCTION_BEFORE.search(target, max(0, run.start() - 8), run.start()) is None):
        return False
    opening = max((m.end() for m in _SENTENCE_END.finditer(target, 0, run.start())), default=0)
    names = list(_LATIN_TOKEN.finditer(target, opening, run.start()))
    if not names or _zipf(names[-1].group().casefold(), "en") >= _COMMON_ENGLISH:
        return False
    if "," not in target[names[-1].end():run.start()]:
        return False  # no clause between: two names side by side are `_joined_pair`'s to read
    first, second = re.escape(names[-1].group()), re.escape(word)
    return re.search(rf"(?<![\w-]){first}(?![\w-])[^.!?]*?,? (?:and|or) {second}(?![\w-])", source) is not None


def _head_noun_left(run: str, word: str, source: str) -> bool:
    """Whether `word` ends a noun phrase of the source after a name ("in the net-tools
    package)", "the example.fc file."): its head noun, which Russian puts before the name and
    the translation did (asked only where a Russian noun or preposition stands before the
    run), so the English one after the name is left over («в пакете net-tools package»).
    Not where the source goes on with another word ("the apt-get install command")."""
    return _english_noun(word.casefold()) and re.search(
        rf"(?<![\w-])(?:the|a|an) {re.escape(run)}(?=[ \u00a0]*[^\w\s-]|[ \u00a0]*$)", source,
        re.IGNORECASE) is not None


@cache
def _part_of_speech(word: str) -> str | None:
    """pymorphy3's likeliest part of speech of a Russian word before a Latin one: a noun names
    it («файл control», «типа long»), a preposition governs it as a noun («на long», «в
    stable»), a conjunction joins it to what comes before («и similar»)."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return None
    from workbench.core.morphology import analyzer

    pos = analyzer().parse(word)[0].tag.POS
    return str(pos) if pos is not None else None


@cache
def _english_plural(word: str) -> bool:
    """Whether a word is an English noun's plural ("proposals", "arrays"; not "news" or "status",
    whose lemma is the word itself).

    Russian technical prose keeps a borrowed Latin term in its base form, as a name («тип
    integer», «значение true»); a plural copied whole where no Russian noun names it («а
    proposals из ES7», «(objects, arrays, и …»), keeps the English grammar of the sentence it was
    taken from: English prose left in."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    return "NOUN" in lemmas and word not in lemmas["NOUN"] and word.endswith("s")


@cache
def _english_noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(word)


_CYRILLIC_WORD = re.compile(r"[а-яё]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


_LABEL_LEFT = re.compile(r"[A-Z]{3,}(?=[ \u00a0]+[а-яёА-ЯЁ])")
"""A word in capitals opening the translation before Russian words: a note's label ("TIP",
"NOTE", "WARNING") the source opens with too and the translation left in English («TIP
комментарии в …»); an acronym is no common English word, so it stays."""
_LABEL_THEN_LATIN = re.compile(r"\d\.[ \u00a0]+[A-Za-z]")
"""A number closing a label, then Latin words: the one place a capitalised English word is read."""
_CAPITAL_WORD = re.compile(r"(?<![\w@./\\=-])[A-Z][a-z'’]*(?![\w@/\\=(-]|\.\w)")


def _caption_words(source: str, target: str, target_lang: str) -> list[re.Match[str]]:
    """Capitalised English words of a caption or heading copied after its translated label and
    number (`_caption_left`): «Рисунок 13.4. The LXDE desktop», «Пример 14.3. example.if File».
    Elsewhere a capitalised Latin word is a name; here the whole caption is the source's,
    unless every word of it is capitalised and none is a function word: a product's name
    («Рисунок 2. LibreOffice Writer»)."""
    found: list[re.Match[str]] = []
    for run in _LATIN_RUN.finditer(target):
        tokens = run.group().split()
        if len(tokens) < 2 or (all(t[:1].isupper() for t in tokens)
                               and not any(_zipf(t.casefold(), "en") >= _FUNCTION_WORD_ZIPF for t in tokens)):
            continue
        if _caption_left(target, run, source):
            found += [m for m in _CAPITAL_WORD.finditer(target, run.start(), run.end())
                      if _is_untranslated(m.group().casefold(), target_lang)]
    return found


_ARTICLE = re.compile(r"(?<![\w@./\\=-])(?:The|An)(?=[ \u00a0]+[^\W\d_])")
"""A capitalised English article before a word; "A" alone is more often a name (a variant,
a column, a drive) than an article."""
_CROSS_REFERENCE = re.compile(r"(?<=[^\W\d_][ \u00a0])(?<![0-9])\d+(?:\.\d+)*,?[ \u00a0]+[«“\"]([^«»“”\"]+)[»”\"]")
"""«Раздел 11.2, «Web Server (HTTP)»»: a translated cross-reference's label and number, then the
title of the section it points to, in quotation marks (the search starts at digits only)."""
_QUOTE_OPENING = re.compile("[«“\"]")
_TITLE_WORD = re.compile(r"(?<![\w@./\\=-])[A-Za-z][a-z'’]*(?![\w@/\\=(-]|\.\w)")


def _articles_left(target: str, target_lang: str) -> list[re.Match[str]]:
    """"The" or "An" in mid-sentence before a word in small letters («Вызов The kcmp(2)» for
    "The kcmp(2) operation"): an article opens a noun phrase, so it is no name of its own, and
    a title or a name it begins goes on in capitals ("The GIMP", "The Linux Foundation"). A
    capitalised Latin word is otherwise read as a name, so the article is looked for apart."""
    return [m for m in _ARTICLE.finditer(target)
            if target[m.end():m.end() + 2].lstrip()[:1].islower()
            and _is_untranslated(m.group().casefold(), target_lang)
            and not _opens_sentence(target, m.start())]


def _titles_left(source: str, target: str, target_lang: str) -> list[re.Match[str]]:
    """English words of a section title copied from the source into a translated cross-reference
    («См. Раздел 11.2, «Configuring NSS»» for "See Section 11.2, “Configuring NSS”"): where the
    label was translated, a title of two words or more copied whole is the English title left
    in, so its words are read as English where English uses them more than the target
    language does ("Web Server": Russian text writes "web" and "server" in Latin letters too,
    but not as often). A title of one word is the name of what the section is about
    («Раздел 9.1.1, «aptitude»», a field «Architecture»)."""
    found: list[re.Match[str]] = []
    if not _QUOTE_OPENING.search(target):
        return found  # most segments quote nothing
    for ref in _CROSS_REFERENCE.finditer(target):
        title = ref.group(1).strip()
        words = list(_TITLE_WORD.finditer(target, ref.start(1), ref.end(1)))
        if len(title.split()) < 2 or _CYRILLIC_WORD.search(title.casefold()) or not _copied(title, source):
            continue
        found += [m for m in words if _zipf(m.group().casefold(), "en") > _zipf(m.group().casefold(), target_lang)]
    return found


_KEYS = frozenset({"enter", "return", "escape", "esc", "tab", "backspace", "delete", "del", "insert",
                   "ins", "home", "end", "shift", "control", "ctrl", "alt", "altgr", "space", "spacebar",
                   "super", "meta", "compose", "menu", "pause", "break", "up", "down", "left", "right",
                   "fn", "option", "command", "cmd"})
"""The keys of a keyboard, which keep the names printed on them in any language («нажмите
клавишу Delete» beside «выберите Удалить», the menu item of the same name)."""
_NEIGHBOURS = 10
"""How many segments on either side of a label are looked at for the same label translated."""


@dataclass(frozen=True)
class _Neighbours:
    """The segments around one, where the same document may translate a label it keeps."""

    segments: Sequence[Segment]
    index: int

    def translate(self, word: str) -> bool:
        """Whether a segment nearby has `word` as a label in its source and fewer times in its
        translation: there the translator rendered it in Russian."""
        low, high = max(0, self.index - _NEIGHBOURS), min(len(self.segments), self.index + _NEIGHBOURS + 1)
        return any(word in seg.source and seg.target.strip()
                   and _label_count(word, seg.target, latin_run=True) < _label_count(word, seg.source)
                   and _RENDERED_LABEL.search(seg.target) is not None
                   for seg in (self.segments[k] for k in range(low, high) if k != self.index))

    def keep(self, word: str) -> bool:
        """Whether a Russian translation nearby keeps `word` in Latin letters too: a word the
        document's translator keeps throughout is the field's jargon, kept by choice as Russian
        technical prose keeps «production» or «cookie» (house rule D10, session 39), not a word a
        sentence let slip. A Russian word hyphened to it keeps it too («production-приложений»)."""
        low, high = max(0, self.index - _NEIGHBOURS), min(len(self.segments), self.index + _NEIGHBOURS + 1)
        kept = re.compile(rf"(?<![\w@./\\=-]){re.escape(word)}(?![\w@/\\=]|-[^\u0400-\u04ff])")
        return any(_CYRILLIC.search(seg.target) and kept.search(seg.target)
                   for seg in (self.segments[k] for k in range(low, high) if k != self.index))


_RENDERED_LABEL = re.compile(r"(?<=[а-яё,][ \u00a0])[«„\"]?[А-ЯЁ][а-яё]")
"""A capitalised Russian word in mid-sentence («нажмите Параметры»): where a translation renders
an interface label. A neighbour that only drops the name ("to operate Boxes" as «для работы с
виртуальными машинами») renders no label, so it says nothing about one kept in English."""


def _label_count(word: str, text: str, *, latin_run: bool = False) -> int:
    """How many times `word` stands in `text` as a label: in mid-sentence, capitalised, alone
    (not part of a capitalised name such as "Copy Visible" or "Stable Release Managers"; in a
    translation, not part of a run of Latin words), nor glued to a colon before it: a value in
    code or a search syntax ("t:John"), which a translation copies whole."""
    count = 0
    for m in re.finditer(rf"(?<![\w@./\\=+:-]){re.escape(word)}(?![\w@/\\=(+-]|\.\w)", text):
        if _opens_sentence(text, m.start()):
            continue
        if latin_run:
            count += len(_run_at(text, m.start()).group().split()) == 1
            continue
        before = _PREVIOUS_WORD.search(text, max(0, m.start() - _WORD_REACH), m.start())
        after = _NEXT_WORD.match(text, m.end())
        count += not ((before is not None and before.group(1)[:1].isupper()
                       and not _opens_sentence(text, before.start(1)))  # "Select X" opens
                      or (after is not None and after.group(1)[:1].isupper()))
    return count


_CAPITALISED = re.compile("[A-Z][a-z]")
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
_GLOSS_AFTER = re.compile(r"[ \u00a0]*\([^()]*[а-яё]")


_ELEMENT_AFTER = re.compile(r"[ \u00a0]+(?:tab|dialog|page|panel|section)\b")
_RUSSIAN_ELEMENT = re.compile(r"(?:вкладк|диалог|страниц|панел|раздел)[а-яё]*$")
"""An interface element by its kind: "the Mouse tab", «на вкладке Mouse»; or a document's section
by its title: "the References section", «раздел References». A window is left out,
as programs name their windows ("the Yelp window", «окно Yelp»), and so are a button and a
menu, whose label is as often cited as the keyboard or the interface shows it."""
_RUSSIAN_ELEMENT_ANYWHERE = re.compile("вкладк|диалог|страниц|панел|раздел", re.IGNORECASE)


def _elements_left(source: str, target: str) -> list[re.Match[str]]:
    """A tab, dialog or panel the source names by a one-word English label ("on the Mouse tab")
    that the translation names after the Russian word for its kind and leaves in English («во
    вкладке Mouse»): the kind was translated, so the interface it describes is, and its label
    with it. So is a section the source names by its one-word title ("Added comprehensive
    References section" as «Добавлен подробный раздел References»): the document's headings are
    translated with it. The word need only be more English than Russian: a label such as "Mouse"
    or "Terminal" is borrowed often enough in Russian text that `_is_untranslated` passes it."""
    found: list[re.Match[str]] = []
    if _ELEMENT_AFTER.search(source) is None or _RUSSIAN_ELEMENT_ANYWHERE.search(target) is None:
        return found  # most segments name no tab, dialog or panel
    for m in _CAPITAL_WORD.finditer(target):
        word = m.group()
        previous = _PREVIOUS_WORD.search(target, max(0, m.start() - _WORD_REACH), m.start())
        if (len(word) < 3 or previous is None or word.casefold() in _KEYS
                or _RUSSIAN_ELEMENT.search(previous.group(1).casefold()) is None
                or len(_run_at(target, m.start()).group().split()) != 1
                or re.search(rf"(?<![\w.-]){re.escape(word)}{_ELEMENT_AFTER.pattern}", source) is None):
            continue
        folded = word.casefold()
        if _zipf(folded, "en") >= _COMMON_ENGLISH and _zipf(folded, "en") > _zipf(folded, "ru"):
            found.append(m)
    return found


_NUMBERED = re.compile(r"(?<![\w@./\\=#-])([A-Z][a-z]{2,})[ \u00a0]+\d+(?:\.\d+)*(?![\w@/\\=-]|\.\w)")
"""A capitalised word and the number after it: "Module 08", "Chapter 5", "Windows 10"."""
_RUSSIAN_WORD_BEFORE = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff-]*[ \u00a0]+$")


def _numbered_labels_left(source: str, target: str, target_lang: str) -> list[re.Match[str]]:
    """The English noun of a numbered part left before its number in a Russian sentence («в
    примерах Module 08», «Документация сессии Module 08» for "Module 08 docs"): Russian numbers
    the parts of a course, a book or a series with its own noun («модуль 08», «глава 5»), as it
    declines the noun around it. A name that ends in a number keeps its Latin spelling: a word
    Russian text writes in Latin letters too ("Windows 10", "Linux 2.6", "Ruby 3": failing
    `_is_untranslated`), a word English uses as a verb or an adjective as well ("Rails 5.0", "May
    2020", "Top 10"), or the last word of a longer name ("Common Voice 13", "Visual Studio 2022",
    "BBC Radio 3"): the word must stand alone after a Russian word, a noun and nothing else."""
    found: list[re.Match[str]] = []
    for m in _NUMBERED.finditer(target):
        folded = m.group(1).casefold()
        if (m.group() in source and _RUSSIAN_WORD_BEFORE.search(target, 0, m.start()) is not None
                and _run_at(target, m.start()).group().rstrip(_TRAILING) == m.group()
                and _readings(folded) == {"NOUN"} and _is_untranslated(folded, target_lang)):
            found.append(_CAPITAL_WORD.match(target, m.start()) or m)
    return found


def _code_name(word: str, source: str) -> bool:
    """Whether the source writes `word` as a name in code, a class with a member after a dot or
    a function called ("Point.coordinate()", "Color("): then "a Point object" names that class,
    which a translation keeps as it is («объект типа Point»)."""
    return word in source and re.search(rf"(?<![\w.]){re.escape(word)}(?:\.[A-Za-z_]\w*|\()", source) is not None


def _joined_at(target: str, start: int, end: int) -> bool:
    """Whether a joiner of names (`_JOINERS`) stands next to the words at `start`-`end`, spaces
    apart: a menu path ("File ▸ Open"), read at offsets rather than in copies of the text."""
    before, after = _end_before(target, start), _start_after(target, end)
    return target[max(0, before - 1):before] in _JOINERS or target[after:after + 1] in _JOINERS


def _labels_left(source: str, target: str, target_lang: str, neighbours: _Neighbours) -> list[re.Match[str]]:
    """Interface labels left in English: a capitalised English word («выберите Preferences и
    перейдите на вкладку Plugins») is otherwise read as a name, but where the translator renders
    the same label in Russian elsewhere — in this segment ("select Preferences … click
    Preferences", «выберите Параметры … нажмите кнопку Preferences») or, where a Russian verb
    governs it as its object, in a segment nearby — the one kept in English was left over.
    Rendered as a label means written as one, a capitalised Russian word in mid-sentence
    (`_RENDERED_LABEL`): "to Trash … a Trash location" as «в корзину … в местоположении Trash»
    translates the concept and keeps the location's name. Keys keep their names (`_KEYS`), and so does a name glossed in brackets («Unstable
    (нестабильная)») or given in them beside its rendering («Тестируемый (Testing)»)."""
    found: list[re.Match[str]] = []
    for m in _CAPITAL_WORD.finditer(target):
        word = m.group()
        folded = word.casefold()
        if (len(word) < 3 or folded in _KEYS or word not in source
                or _opens_sentence(target, m.start())
                or not _is_untranslated(folded, target_lang)
                or len(_run_at(target, m.start()).group().split()) != 1
                or target[m.end():m.end() + 1] in ("+", ")") or target[m.start() - 1:m.start()] in ("+", "(")
                or _GLOSS_AFTER.match(target, m.end()) is not None
                or _joined_at(target, m.start(), m.end())):
            continue  # a menu path ("File ▸ Open") is cited as the interface shows it
        in_source = _label_count(word, source)
        if not in_source or _code_name(word, source):
            continue
        if in_source > _label_count(word, target, latin_run=True):
            if _RENDERED_LABEL.search(target) is not None:  # not «в корзину … местоположении Trash»
                found.append(m)
            continue
        previous = _PREVIOUS_WORD.search(target, max(0, m.start() - _WORD_REACH), m.start())
        if (previous is not None and target_lang == "ru"
                and _part_of_speech(previous.group(1).casefold()) in ("VERB", "INFN")
                and neighbours.translate(word)):
            found.append(m)
    return found


_TITLE_CASE_RUN = re.compile(r"[A-Z][a-z]{2,}(?:[ \u00a0]+[A-Z][a-z]{2,}){1,2}")
"""Two or three capitalised words: "Fixed Width", "Use Custom Colors" (an interface label)."""


def _phrases_left(source: str, target: str, target_lang: str) -> list[re.Match[str]]:
    """An interface label of two or three English words kept in English where the same segment
    renders it in Russian («Модуль Fixed Width … выберите Фиксированная ширина» for "The Fixed
    Width plugin … select Fixed Width"): the source has the label more often than the
    translation keeps it, so the others were translated and this one was left over. Each word
    need only be more English than Russian (`_more_english`: "width" is borrowed often enough to
    fail `_is_untranslated`), the rendering beside it being the proof; a name kept every time
    the source has it is as the source writes it, and one glossed or given in brackets beside
    its rendering stays a name, as in `_labels_left`."""
    found: list[re.Match[str]] = []
    for run in _LATIN_RUN.finditer(target):
        phrase = _TITLE_CASE_RUN.fullmatch(run.group())
        if (phrase is None or _opens_sentence(target, run.start())
                or target[run.end():run.end() + 1] in ("+", ")") or target[run.start() - 1:run.start()] in ("+", "(")
                or _GLOSS_AFTER.match(target, run.end()) is not None
                or _joined_at(target, run.start(), run.end())
                or not all(_more_english(w.casefold(), target_lang) for w in run.group().split())
                or any(_brand(w.casefold(), target_lang) for w in run.group().split())):
            continue
        label = run.group()
        # kept anywhere, a longer run's part too ("Common Voice 13" keeps "Common Voice")
        kept = len(re.findall(rf"(?<![\w-]){re.escape(label)}(?![\w-])", target))
        if (_label_count(label, source) > kept and _RENDERED_LABEL.search(target) is not None
                and not _code_name(label.split()[0], source)):
            found.append(phrase)
    return found


_BRAND_MARGIN = 0.5
"""How close (zipf) the target language's use of a Latin word comes to English's for it to be a
name both write alike: "google" 4.86 in English, 4.57 in Russian; an interface word Russian
borrows now and then stays further off ("width" 4.02 / 2.89)."""


def _brand(word: str, target_lang: str) -> bool:
    """A name the target language's text writes in Latin about as often as English text does
    ("Google"): a label that holds one ("Google Analytics") is a product's name, kept as written
    however often the translation shortens it elsewhere."""
    return _zipf(word, "en") - _zipf(word, target_lang) < _BRAND_MARGIN


def _more_english(word: str, target_lang: str) -> bool:
    """An ordinary English word used more in English text than in the target language's."""
    return _zipf(word, "en") >= _COMMON_ENGLISH and _zipf(word, "en") > _zipf(word, target_lang)


_SPEAKER = re.compile(r"[ \t]*([a-z][\w.-]*)[ \u00a0]*:(?=\s)")
"""A message opened by the name of the program, function or command that speaks or is described,
in small letters as such names are written ("free: called with…", "  free      : display…")."""


def _named_speaker(target: str, word: re.Match[str], source: str) -> bool:
    """Whether `word` is the name a message opens with (`_SPEAKER`), as its source opens: a
    name, not a word to translate ("Warning:", a capitalised word, is the message's own)."""
    if _end_before(target, word.start()):  # something but spaces before it
        return False
    speaker, said = _SPEAKER.match(target), _SPEAKER.match(source)
    return (speaker is not None and said is not None and speaker.span(1) == word.span()
            and said.group(1) == word.group())


_METAVARIABLE = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][A-ZА-ЯЁ0-9_]+(?![\w-])")
"""NAME, WORDS, EXP1, СЛОВА: a synopsis's metavariable in capitals, which translators translate."""
_SYNTAX_SIGN = re.compile(r"[\[\](){};|]")


@lru_cache(maxsize=64)
def _has_metavariable(source: str) -> bool:
    """Whether `source` holds a synopsis's metavariable: asked once a source, not once for each
    English word of its target (an 86,000-character pair: 10 s of every check's 14)."""
    return _METAVARIABLE.search(source) is not None


def _copied_syntax(target: str, source: str) -> _Cover:
    """The lines of `target` that are lines of command syntax of the source with only their
    metavariables translated ("select NAME [in WORDS ... ;] do COMMANDS; done" as «select ИМЯ
    [in СЛОВА ... ;] do КОМАНДЫ; done», "while (( EXP2 )); do"): the keywords are the shell's.
    A line with no metavariable, no sign of syntax or more English words than signs and
    metavariables is prose, which this does not excuse. Each line is judged once, the source's
    lines shaped once: judged again for each English word of its line, a line of 20,000
    characters took 8 s (session 43)."""
    if not _has_metavariable(source):
        return _Cover(())  # most sources: no synopsis
    shapes = {_METAVARIABLE.sub("§", other).strip() for other in source.splitlines()}
    lines = []
    for line in re.finditer(r"[^\n]+", target):
        shape = _METAVARIABLE.sub("§", line.group()).strip()
        tokens = shape.split()
        if (shape == line.group().strip() or not _SYNTAX_SIGN.search(shape)
                or 2 * sum(_ANY_LATIN.search(t.casefold()) is not None for t in tokens) > len(tokens)):
            continue  # no metavariable, no syntax, or mostly English words: a clause left in
        if shape in shapes:
            lines.append(line.span())
    return _Cover(lines)


_OPTION_ARGUMENT = re.compile(r"\[(--?[A-Za-z][\w-]*)[ =]([^\[\]\s]+)\]")
"""[-q name], [--file=FILE]: an option and its argument in a synopsis."""
_ARGUMENT = re.compile(r"[^\[\]\s]+")


_CODE_SPAN = re.compile(r"(:[\w.+-]+(?::[\w.+-]+)*:)?(``?)(?![\s`])([^`\n]+?)(?<!\s)[ \u00a0]?\2(__?)?")
"""Inline code and references of lightweight markup: AsciiDoc's and Markdown's `git push`,
reStructuredText's ``home``, :ttag:`if`, :meth:`x` (the role's name too) and `a link name`_.
A space typed before the closing mark («`if let `») leaves it code: `whitespace` reports the
space, and the words inside are still the code's, not English left in the prose."""
_LINK_TITLE = re.compile(r".*\S\s+<[^<>]+>$", re.DOTALL)
"""A reStructuredText link with a title of its own, "1.3.6 release </releases/1.3.6>"."""


_MARKUP_REACH = 5
"""How many segments on each side show a document's markup: a paragraph or two."""


def _marked_code(source: str, target: str, segments: Sequence[Segment] = (), index: int = 0) -> list[tuple[int, int]]:
    """The spans of a translation's inline code (`_CODE_SPAN`), where the source, or the source
    of a segment nearby (`segments` around `index`), uses the same markup (a backtick): a
    translator may mark as code what the source says in words ("a promise awaited many times"
    as «`await` выполняется»), in a document that marks code so.

    A translator who writes a word between backticks marks it as code: a command, an option, a
    tag, a reference's name, which documentation keeps as it is written ("the `next` branch",
    «тег :ttag:`if`», `git remote show <remote>`). A reference by name (`managing the uWSGI
    process`_) must be copied, as its target is defined by that name elsewhere. A
    reStructuredText link's own title (:doc:`1.3.6 release </releases/1.3.6>`) is text the
    reader reads, so its words are judged as any others."""
    if "`" not in target or ("`" not in source and not any(
            "`" in seg.source for seg in segments[max(0, index - _MARKUP_REACH):index + _MARKUP_REACH + 1])):
        return []
    return [span.span() for span in _CODE_SPAN.finditer(target)
            if not ((span.group(1) or span.group(4)) and _LINK_TITLE.match(span.group(3)))]


_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|__|[*_])(?![\s*_])([^*_\n]+?)(?<!\s)\1(?![\w*])")
"""Markdown's emphasis, *why the lucky stiff*, _Ruby Weekly_, __free__ or **never**."""
_STRESSED_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")
"""One word in small letters: what a sentence stresses ("provides __free__ certificates", "and
*never* via HTTP"), or a name a list defines ("* **time** — время …")."""
_RUSSIAN_LETTER_BEFORE = re.compile(r"[а-яё][ \u00a0]+$", re.IGNORECASE)
_RUSSIAN_LETTER_AFTER = re.compile(r"[ \u00a0]+[а-яё]", re.IGNORECASE)


def _emphasis(source: str, target: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of a translation's emphasis that the source has word for word in the same marks
    (`_emphasised_in`), as (titles, stressed words).

    A title is a pen name, a book's or a newsletter's title set in italics ("created by *why
    the lucky stiff*", «от *why the lucky stiff*»), or a name a list defines ("* **time** —
    время …"), which the translator copies as the name it is. A stressed word is one word in
    small letters (`_STRESSED_WORD`) between Russian words: the source stresses a word of its
    sentence ("__free__ SSL/TLS certificates"), and one copied so into the middle of a Russian
    sentence («предоставляет __free__ сертификаты») is that word left untranslated, not a name
    copied from the source (names are marked as code, not stressed). Words the translation
    emphasises on its own, or changes inside the marks, are judged as any others."""
    titles: list[tuple[int, int]] = []
    stressed: list[tuple[int, int]] = []
    if "*" not in target and "_" not in target:
        return titles, stressed
    marked = list(_EMPHASIS.finditer(target))
    for number, m in enumerate(marked):
        if not _emphasised_in(source, m.group()):
            continue
        if (_STRESSED_WORD.fullmatch(m.group(2))
                and _RUSSIAN_LETTER_BEFORE.search(target, max(0, m.start() - _WORD_REACH), m.start())
                and _RUSSIAN_LETTER_AFTER.match(target, m.end())
                and not _in_marked_series(target, marked, number)):
            stressed.append(m.span())
        else:
            titles.append(m.span())
    return titles, stressed


_SERIES_GAP = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:и|или|либо)[ \u00a0]+)?")
"""What joins two items of a series: a comma, «и», «или», or both («_Christmas_, и _roast_»)."""


def _in_marked_series(target: str, marked: Sequence[re.Match[str]], number: int) -> bool:
    """Whether the emphasis `marked[number]` is an item of a series of emphasised Latin items,
    joined to one before or after it by a comma or a conjunction (`_SERIES_GAP`): «и _Christmas_,
    и _roast_ написаны правильно» sets words apart as the things the sentence talks about (words
    spelled, names, values), where a sentence stresses one word of its own alone («предоставляет
    __free__ сертификаты») or beside stressed Russian words («__secure HTTPS-соединений__ и
    __never__»)."""
    m = marked[number]
    before = marked[number - 1] if number > 0 else None
    after = marked[number + 1] if number + 1 < len(marked) else None
    return ((before is not None and not _CYRILLIC.search(before.group(2))
             and _SERIES_GAP.fullmatch(target, before.end(), m.start()) is not None)
            or (after is not None and not _CYRILLIC.search(after.group(2))
                and _SERIES_GAP.fullmatch(target, m.end(), after.start()) is not None))


def _emphasised_in(source: str, marked: str) -> bool:
    """Whether the source has `marked` (words in the marks of emphasis) as emphasis, not inside
    code: "`__main__`" is a name in Python, which a translation that drops the backticks makes
    no bold "main"."""
    return marked in _source_emphasis(source)


_SOURCE_EMPHASIS = re.compile(r"(?=(?<![\w*`])((\*\*|__|[*_])[^*_\n]+\2)(?![\w*`]))")
"""Each run of words in marks of emphasis the source has, not glued to a word, a mark or a
backtick, overlapping ones too: the only strings an emphasis of the target (`_EMPHASIS`, which
holds no mark inside) can be found as. A mark fixes what follows it up to the next mark, so each
is read once."""


@lru_cache(maxsize=64)
def _source_emphasis(source: str) -> frozenset[str]:
    """The source's emphasised runs (`_SOURCE_EMPHASIS`), found once a source: each of a target's
    10,000 emphasised words searched the source from its start (a search that opens with a
    look-behind tries every position), which grew with the square of the pair's length."""
    return frozenset(m.group(1) for m in _SOURCE_EMPHASIS.finditer(source))


def _unmarked(target: str, stressed: Sequence[tuple[int, int]]) -> str:
    """`target` with the marks around its stressed words (`_emphasis`) blanked to spaces, offsets
    kept: «и __never__ через HTTP» holds the word "never", which the marks glued to it would hide
    (an underscore is a letter of a name, "snake_case", where it stands inside a word)."""
    pieces: list[str] = []
    done = 0
    for start, end in stressed:
        marks = end - start - len(target[start:end].lstrip("*_"))
        pieces += [target[done:start], " " * marks, target[start + marks:end - marks], " " * marks]
        done = end
    return "".join([*pieces, target[done:]])


class _Cover:
    """Spans of a text to leave out, asked whether one holds a word in a logarithmic time: with
    a span for each of a target's 10,000 quoted names, asking every span for each of its words
    grew with the square of its length. Among the spans that start at or before a word, one
    holds it exactly when the furthest of their ends reaches the word's end."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def holds(self, word: re.Match[str]) -> bool:
        before = bisect_right(self._starts, word.start())
        return before > 0 and self._reach[before - 1] >= word.end()


def _within(word: re.Match[str], spans: _Cover) -> bool:
    return spans.holds(word)


def _arguments_left(source: str, target: str) -> list[re.Match[str]]:
    """A synopsis's argument left in English where the translation renders the same argument of
    another option ("[-q name] [-u name]" as «[-q имя] [-u name]»): the translator translates
    the synopsis's arguments, and missed this one."""
    given = {m.group(1): m.group(2) for m in _OPTION_ARGUMENT.finditer(source)}
    if not given:
        return []  # most sources: no synopsis
    options = [m for m in _OPTION_ARGUMENT.finditer(target) if m.group(1) in given]
    rendered = {given[m.group(1)] for m in options if _CYRILLIC.search(m.group(2))}
    return [argument for m in options if m.group(2) == given[m.group(1)] and m.group(2) in rendered
            if (argument := _ARGUMENT.match(target, m.start(2))) is not None]


_OPENED_EMPHASIS = re.compile(r"(?<![\w*\\])(\*\*|__|[*_])(?![\s*_])([^*_\n]+?)(?:(?<!\s)\1(?![\w*])|(?=[.!?]\s|[.!?]?$))")
"""Markdown's emphasis, or an opening mark whose closing one was lost: then up to the sentence's
end («_Карта неба. Скопье»: the title the mark opened ends where its sentence does; read so only
where the source closes emphasis in that mark and the target has fewer of the marks, not a mark
that is no emphasis at all, "*nix")."""
_TITLE_WORD_LATIN = re.compile(r"(?<![^\W_]|[@./\\=-])[A-Za-z]+(?:['’][A-Za-z]+)*(?![^\W_]|[@/\\=(-]|\.\w)")
"""A Latin word inside emphasis: the marks glued to it are no letters of it."""


def _half_translated_titles(source: str, target: str, target_lang: str) -> list[re.Match[str]]:
    """English words of a title the translator translated only in part: the source's emphasis
    "_Sky Map of the People_" as «_Sky Карта народа_», "_Lokono sky culture: a description…_" as
    «_Lokono sky culture: описание…_». A title is kept whole in its own language (a reference
    list's entry) or translated whole; one whose marks hold Russian words beside common English
    words the source's title has is neither, and those words are left untranslated, read as
    English where English uses them more than the target language does (as `_titles_left`
    reads a title copied whole: Russian web text writes "sky" in Latin letters too, but less).
    Not the English original given in brackets («*репозиторием кода (code repository)*»), nor a
    name: rare in English ("Lokono", "Stellarium"), or capitalised words in a row ("Open
    Knowledge Foundation", «алгоритма Seam Carving»); one capitalised word is read only where it
    opens the marks before a Russian word, the place of the source title's first word."""
    found: list[re.Match[str]] = []
    if "*" not in source and "_" not in source:
        return found
    english = {m.group(2).casefold() for m in _OPENED_EMPHASIS.finditer(source)}
    closed = {m.group(1) for m in _EMPHASIS.finditer(source)}
    for m in _OPENED_EMPHASIS.finditer(target):
        inner = m.group(2)
        if not target.startswith(m.group(1), m.end(2)) and (
                m.group(1) not in closed or target.count(m.group(1)) >= source.count(m.group(1))):
            continue  # no closing mark, and no emphasis of the source's lost it
        if not _CYRILLIC_WORD.search(inner.casefold()) or not _ANY_LATIN.search(inner.casefold()):
            continue
        glossed = [b.span() for b in _BRACKETS_INSIDE.finditer(target, m.start(2), m.end(2))]
        for run in _LATIN_WORDS_RUN.finditer(target, m.start(2), m.end(2)):
            words = list(_TITLE_WORD_LATIN.finditer(target, run.start(), run.end()))
            if any(start <= run.start() < end for start, end in glossed):
                continue
            if words[0].group()[:1].isupper() and (len(words) > 1 and all(w.group()[:1].isupper() for w in words)
                                                   or run.start() != m.start(2)):
                continue  # a name
            found += [word for word in words if not _inner_capital(word.group())
                      and _title_word_left(word.group().casefold(), english, target_lang)]
    return found


def _inner_capital(word: str) -> bool:
    """Whether `word` has a capital after its first letter ("macOS", "iPhone", "eBay", "GPU"): a
    name or an acronym, spelt so only as one, never a common word left untranslated; copied from
    the source's title, it is copied as names are ("**Alternative for macOS users:**" as
    «**Альтернатива для пользователей macOS:**»)."""
    return any(letter.isupper() for letter in word[1:])


_BRACKETS_INSIDE = re.compile(r"\([^()]*\)")
_LATIN_WORDS_RUN = re.compile(r"(?<![^\W_]|[@./\\=-])[A-Za-z]+(?:['’][A-Za-z]+)*(?:[ \u00a0]+[A-Za-z]+(?:['’][A-Za-z]+)*)*"
                              r"(?![^\W_]|[@/\\=(-]|\.\w)")
"""Latin words in a row, spaces between them."""


def _title_word_left(folded: str, titles: AbstractSet[str], target_lang: str) -> bool:
    return (_zipf(folded, "en") >= _COMMON_ENGLISH and _zipf(folded, "en") > _zipf(folded, target_lang)
            and any(re.search(rf"(?<![\w-]){folded}(?![\w-])", title) for title in titles))


_JOINED_NAMES = re.compile(r"(?<![\w@./-])([A-Z][^\W\d_]+)[ \u00a0]+(and|or)[ \u00a0]+([A-Z][^\W\d_]+)(?![\w@/-])")
_RUSSIAN_NEAR = re.compile(r"[а-яё]{2,}", re.IGNORECASE)


def _names_joined_in_english(source: str, target: str) -> list[re.Match[str]]:
    """An English "and" or "or" left between two names in a Russian sentence («взято из Pittich
    and Kalmančok (1981)»): names are copied as they are written, the conjunction is a word of
    the sentence, which Russian writes «и», «или». Names only: both words rare in English (a
    title's "Pride and Prejudice" is common words), alone (not three words of a longer title,
    "Localizing and Customizing OmegaT") and the sentence Russian on both sides."""
    found: list[re.Match[str]] = []
    for m in _JOINED_NAMES.finditer(target):
        if (m.group() in source and _run_at(target, m.start()).group().rstrip(_TRAILING) == m.group()
                and _zipf(m.group(1).casefold(), "en") < _COMMON_ENGLISH
                and _zipf(m.group(3).casefold(), "en") < _COMMON_ENGLISH
                and _RUSSIAN_NEAR.search(target, max(0, m.start() - _WORD_REACH), m.start())
                and _RUSSIAN_NEAR.search(target, m.end(), m.end() + _WORD_REACH)):
            found.append(_LATIN_WORD.match(target, m.start(2)) or m)
    return found


def _openers_left(source: str, target: str, target_lang: str) -> list[re.Match[str]]:
    """An English common noun that opens a Russian sentence, capitalised only for that («Trivet
    (_Pirustija_) представляет собой …» for "The trivet (_Pirustija_) is …"): a capitalised Latin
    word is otherwise read as a name, but the source shows this one is none, writing it in small
    letters as the head of a noun phrase an article opens (`_head_of_phrase`) and never with a
    capital: the word is the sentence's subject, left in English, however rare in English
    (`_english_word`). A name the source writes small too ("the bash shell") is no head of its
    phrase there."""
    found: list[re.Match[str]] = []
    for m in _CAPITAL_WORD.finditer(target):
        word = m.group()
        folded = word.casefold()
        if (len(word) < 3 or not _opens_sentence(target, m.start())
                or _run_at(target, m.start()).group().rstrip(_TRAILING) != word
                or not _RUSSIAN_NEAR.search(target, m.end(), m.end() + _WORD_REACH)
                or not _english_word(folded, target_lang)
                or re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", source) is not None):
            continue
        if _head_of_phrase(folded, source):
            found.append(m)
    return found


def _machine_slips_left(source: str, target: str, target_lang: str) -> list[re.Match[str]]:
    """English words machine output leaves in Russian in shapes of its own: inflected as Russian
    words (`_inflected_left`), discourse words opening a sentence (`_discourse_openers_left`),
    and a source copied whole beside a note that it is English (`_left_with_a_note`);
    each looked for only where a substring search says it may be there."""
    found = _inflected_left(target, target_lang) if _LATIN_THEN_CYRILLIC.search(target) else []
    if _OPENER_AND_COMMA.search(target):
        found += _discourse_openers_left(source, target, target_lang)
    if "англ" in target or "английск" in target:
        found += _left_with_a_note(source, target, target_lang)
    if _CYRILLIC_THEN_LATIN.search(target):
        found += _garbled_left(target, target_lang)
    return found


_CYRILLIC_THEN_LATIN = re.compile(r"[а-яё][a-z]", re.IGNORECASE)
_GARBLED = re.compile(r"(?<![\w@./\\=<'’`-])([а-яёА-ЯЁ]{1,2})([a-z]{3,})(?![\w'’`@/\\=-])")
"""A word begun in one or two Cyrillic letters and finished in small Latin ones («пigtails»): not
two words run together («командыaptitude», a Russian word then a name), which `spacing` reports."""


def _garbled_left(target: str, target_lang: str) -> list[re.Match[str]]:
    """An English word machine output began in Cyrillic and finished in Latin («ее пigtails
    размахивались» for "pig tails swishing"): the word is the source's, left in, its first letters
    slipped across the alphabets. Reported where the Cyrillic letters, transliterated, make the
    whole an English word lemminflect knows ("pigtails" from "pigtail") that English text uses and
    Russian text does not write in Latin (wordfreq: more English, and at least as common as a rare
    dictionary word); not a Russian word followed by a Latin name («Тенукovo»), nor a Cyrillic word
    with one Latin look-alike letter inside («тaк»), which the Latin run's end excludes.

    Measured before building over every scored case of every set, dev and held-out (session 41):
    tokens that mix the alphabets (Cyrillic letters, then Latin ones) stand in 2 labelled targets
    and 23 clean ones; this shape and the English-word test leave 1 labelled case and no clean one
    (the others are words glued, a look-alike letter, a Russian name)."""
    if target_lang not in _CYRILLIC_TARGETS:
        return []
    found: list[re.Match[str]] = []
    for m in _GARBLED.finditer(target):
        word = latin_letters(m.group(1)) + m.group(2)
        if (_readings(word) and _zipf(word, "en") >= _GARBLED_ENGLISH
                and _zipf(word, "en") - _zipf(word, target_lang) >= _ENGLISH_MARGIN):
            found.append(m)
    return found


_GARBLED_ENGLISH = 2.0
"""How common (zipf) the English word a garbled one spells must be: "pigtails" is 2.56, below the
3.0 of `_is_untranslated`, a gate meant for words standing alone; a word that slipped across the
alphabets is no name, and lemminflect must know it besides."""


_STUTTER_OPENING = re.compile(r"(?<![\w@./\\=<'’`-])([а-яё]{2,5})[ \u00a0]+$", re.IGNORECASE)
"""A few Cyrillic letters standing as a word just before a Latin one («би bitcoin»)."""


def _stutters_left(target: str, latin_words: Sequence[re.Match[str]], target_lang: str) -> list[re.Match[str]]:
    """An English word the translation began in Cyrillic, broke off and wrote again in Latin after
    a space («инвестируют в би bitcoin» for "invest in bitcoin"): machine output's slip, the
    word left in. Reported where the Cyrillic letters are no word pymorphy3 knows («в vim» is a
    preposition and a name, «по postfix» a preposition), they transliterate to the Latin word's
    opening, and the word is more English than Russian (`_more_english`: "bitcoin", 4.24 / 3.39,
    fails `_is_untranslated`'s margin, but a stutter is no loan kept on purpose). Measured over
    every scored case of every set (session 41): 1 target, labelled, and no clean one.
    `latin_words` are the target's words in small Latin letters (`_LATIN_WORD`)."""
    found: list[re.Match[str]] = []
    if target_lang != "ru":
        return found
    for m in latin_words:
        if m.start() < 3 or _LONE_BEFORE.match(target, m.start() - 2) is None:
            continue  # the cheap test first: a Russian letter and a space before the word
        opening = _STUTTER_OPENING.search(target, max(0, m.start() - 8), m.start())
        if (opening is None or not m.group().startswith(latin_letters(opening.group(1)))
                or not _more_english(m.group(), target_lang)):
            continue
        from workbench.core.morphology import analyzer

        if not analyzer().word_is_known(opening.group(1).casefold()):
            found.append(m)
    return found


_LATIN_THEN_CYRILLIC = re.compile(r"[A-Za-z][а-яё]")
_INFLECTED = re.compile(r"(?<![\w@./\\=<'’`-])([A-Za-z][a-z]{2,})[а-яё]{1,4}(?![\w'’`-])")
"""A Latin word with a Russian case ending glued to it, no apostrophe between («entrepreneurства»,
«updateы»): not an abbreviation in capitals («PDFка», a colloquial loan), nor a word of a longer
Latin or hyphenated token."""


def _inflected_left(target: str, target_lang: str) -> list[re.Match[str]]:
    """An English word that the translation inflects as a Russian one, gluing a Russian ending to
    the Latin letters («Шотландского entrepreneurства», «три updateа»): machine output makes them
    where it half translates a word. Only a word English uses far more than Russian text does
    (`_is_untranslated`): loans Russian writes in Latin letters and inflects ("Linux", "Windows",
    "Google") are as common in Russian text, and Russian spelling sets their ending off with an
    apostrophe («Linux'а»), which the pattern leaves alone."""
    return [m for m in _INFLECTED.finditer(target) if _is_untranslated(m.group(1).casefold(), target_lang)
            and not _russian_word(m.group()[len(m.group(1)):], target_lang)]


_RUSSIAN_WORD_ZIPF = 3.5
"""How common a Russian word glued after a Latin one must be to make the pair two words run
together (`spacing`'s, «Shiftили»), not a word and its ending («updateами»)."""


def _russian_word(letters: str, target_lang: str) -> bool:
    """Whether Cyrillic letters after a Latin word are a common Russian word of their own («или»,
    «для»): the two are words run together, which `spacing` reports, not one word inflected."""
    if len(letters) < 2 or target_lang != "ru" or _zipf(letters, "ru") < _RUSSIAN_WORD_ZIPF:
        return False
    from workbench.core.morphology import analyzer

    return bool(analyzer().word_is_known(letters))


_OPENER_AND_COMMA = re.compile(r"[A-Z][a-z]+,[ \u00a0]+\S")
_OPENER = re.compile(r"(?<![\w@./\\=<'’`-])[A-Z][a-z]+(?=,[ \u00a0]+\S)")


def _discourse_openers_left(source: str, target: str, target_lang: str) -> list[re.Match[str]]:
    """An English word that opens a Russian sentence and is set off by a comma, as the source's
    sentence opens with it ("Well, it still sounds better" as «Well, это ещё звучит лучше»,
    "Okay, so" as «Okay, так»): a discourse word or an interjection machine output copies from
    speech, which Russian says in its own words («Ну», «Ладно»), whatever follows the comma («Hello,
    Баяно», «Welcome, Rob»). A dictionary word only (lemminflect knows it): a name copied as an
    address, «Alexa, …», is no word of the dictionary; and a common English word that the target
    language's text does not write in Latin about as often as English does (`_more_english`, not
    `_brand`). The place makes it a word of speech, not a loan: the wider margin of
    `_is_untranslated` kept out "Hello" (4.72 in English, 3.44 in Russian, which names "Hello Kitty"
    and "Hello world" so), left in machine output as often as "Well" or "Okay" (session 39)."""
    found: list[re.Match[str]] = []
    for m in _OPENER.finditer(target):
        word = m.group()
        folded = word.casefold()
        if (_opens_sentence(target, m.start())
                and _more_english(folded, target_lang) and not _brand(folded, target_lang) and _readings(folded)
                and re.search(rf"(?:^|[.!?…][\s\"”»)]*\s|[\"“«(])\s*{word},", source) is not None):
            found.append(m)
    return found


_LANGUAGE_NOTE = re.compile(r"[ \u00a0]*\((?:англ\.?|английск[а-яё]*|на английском(?: языке)?)\)[ \u00a0]*",
                            re.IGNORECASE)
"""A note that the words beside it are English («(англ.)», «(на английском)»), with no words of
its own: what it stands beside is the original, given as it is."""
_SOURCE_END_MARKS = ".!?…:; "
_ENGLISH_WORDS = re.compile(r"[A-Za-z]+(?:['’][a-z]+)*")


def _left_with_a_note(source: str, target: str, target_lang: str) -> list[re.Match[str]]:
    """The source copied whole and marked English by a note and nothing more («Government
    Shutdown Debate Fuels House Republican Civil War (англ.).» for the headline): the note makes
    the copy no copy to `same-as-source`, and a title's capitals read as a name, but nothing is
    translated. A note beside a term or a title *within* a Russian sentence cites it («росчерки
    (англ.: mouse gestures)»); here the note is all the Russian there is. Reported only where the
    copy is English prose, two ordinary English words or more (`_is_untranslated`), not a name
    ("Linux (англ.)")."""
    bare = _LANGUAGE_NOTE.sub(" ", target)
    if bare == target or squash(bare).rstrip(_SOURCE_END_MARKS) != squash(source).rstrip(_SOURCE_END_MARKS):
        return []
    words = [m for m in _ENGLISH_WORDS.finditer(target) if _is_untranslated(m.group().casefold(), target_lang)]
    return words if len(words) >= 2 else []


_LONE_BEFORE = re.compile(r"[а-яёА-ЯЁ,][ \u00a0]")
_LONE_AFTER = re.compile(r"[ \u00a0]+[а-яёА-ЯЁ]")
"""A word in small Latin letters alone between two Russian words («С нашим recent открытием»,
«Мысли, infecting мой мозг»): a Russian letter or a comma and a space before it, a space and a
Russian letter after: no run of Latin words, no code, no word a mark sets apart."""
_RUSSIAN_WORD_BEFORE_LONE = re.compile(r"([а-яё]+)(,?)[ \u00a0]+$", re.IGNORECASE)
_BEFORE_CONJUNCTION = re.compile(r"[а-яё][»”)]?,?[ \u00a0]+$", re.IGNORECASE)
_NOUN_PHRASE_OPENERS = frozenset({"NOUN", "ADJF", "ADJS", "PRTF", "NPRO"})
"""pymorphy3's parts of speech that open a Russian noun phrase («открытием», «мой мозг»,
«пластины»): the word before them stands where Russian grammar wants its attribute or its verb."""


def _lone_words_left(source: str, target: str, latin_words: Sequence[re.Match[str]],
                     target_lang: str) -> list[re.Match[str]]:
    """English adjectives and verbs left alone inside a Russian sentence, before the noun phrase
    they modify or govern («С нашим recent открытием» for "With our recent discovery", «Мысли,
    infecting мой мозг», «имелись proper пластины»): machine output leaves them where it does not
    know a word, and a human translator as a slip. The shape is what the rules before this one
    cannot see: they let a word stand as a name of a value or a program («важность serious», «в
    stable», «через derive»), and a name is a noun or is named, governed or joined to names. Here

    - English has no noun reading of the word (lemminflect: "recent" is only an adjective,
      "infecting" only a verb), so it names no thing, option or value;
    - no Russian noun names it and no preposition governs it (the word before is neither), nor
      does a conjunction join it to a Latin item («`$root` или refs»);
    - a Russian noun phrase follows it: a noun, an adjective, a participle or a pronoun, whose
      attribute or object the English word is;
    - the source has the word in small letters: it is the source's word, left in;
    - English uses the word (or the word its form comes from: "infect" for "infecting") and
      Russian text does not (`_is_untranslated`'s gate).

    Measured before building over the 19,018 scored cases of every set (session 40): 16 labelled
    cases (13 already found by other rules) against 1 clean one, the `$root`/refs pair the
    conjunction test now spares. `latin_words` are the target's words in small Latin letters
    (`_LATIN_WORD`), read once for every rule; pymorphy3 reads Russian targets only."""
    found: list[re.Match[str]] = []
    if target_lang != "ru":
        return found
    source_words: AbstractSet[str] | None = None
    for m in latin_words:
        word = m.group()
        if (len(word) < 2 or m.start() < 2 or _LONE_BEFORE.match(target, m.start() - 2) is None
                or _LONE_AFTER.match(target, m.end()) is None
                or _zipf(word, "en") - _zipf(word, "ru") < _ENGLISH_MARGIN):
            continue  # the cheap tests first: most Latin words in Russian text are names no list has
        readings = _readings(word)
        if not readings or "NOUN" in readings or not _common_form(word):
            continue
        if source_words is None:
            source_words = frozenset(_SOURCE_WORD.findall(source))  # as written: in small letters
        if word not in source_words:
            continue
        after = _NEXT_WORD.match(target, m.end())
        if after is None or _part_of_speech(after.group(1).casefold()) not in _NOUN_PHRASE_OPENERS:
            continue
        before = _RUSSIAN_WORD_BEFORE_LONE.search(target, max(0, m.start() - _WORD_REACH), m.start())
        if before is None:
            continue
        if not before.group(2):  # a comma ends the clause before: nothing there names the word
            before_pos = _part_of_speech(before.group(1).casefold())
            if before_pos in ("NOUN", "PREP") or (
                    before_pos == "CONJ"
                    and _BEFORE_CONJUNCTION.search(target, max(0, before.start() - 4), before.start()) is None):
                continue
        found.append(m)
    return found


_SUBJECT_BEFORE = re.compile(r"(?<![\w-])([а-яё]+)[ \u00a0]+$", re.IGNORECASE)
_PRONOUN_REACH = 8
"""How far back a pronoun before a Latin word is looked for: Russian's personal pronouns are short."""
_ENGLISH_SUBJECTS = frozenset({"i", "you", "we", "he", "she", "it", "they"})
"""English's personal pronouns as subjects: the closed class of words a verb left in follows."""


def _left_after_subject(source: str, target: str, latin_words: Sequence[re.Match[str]],
                        target_lang: str) -> list[re.Match[str]]:
    """An English verb or adverb left right after the Russian pronoun that renders its subject
    («"Вы mean... то ужасное божество"» for ""You mean... the horrible god"", «он never звонит»):
    machine output translates the pronoun and leaves the word after it. Where the source has the
    English pronoun before the same word in small letters ("You mean"), the word is the source's
    verb or adverb in its place, not a name: a Russian personal pronoun in the nominative
    (pymorphy3: a person, the nominative case) names no value, as a noun would («значение
    true»), and the English pronoun before the word in the source says it was a predicate, not a
    value («если он null» for "if it is null" has no "it null"). The word must be one English uses
    and Russian text does not (`_common_form`) and have a verb, auxiliary or adverb reading
    (lemminflect).

    Measured before building over every scored case of every set (session 41): a Russian personal
    pronoun followed by such a word occurs in 2 targets, both labelled (one found before by
    `_cited`), and in no clean one."""
    found: list[re.Match[str]] = []
    if target_lang != "ru":
        return found
    for m in latin_words:
        word = m.group()
        if m.start() < 2 or _LONE_BEFORE.match(target, m.start() - 2) is None:
            continue  # the cheap test first: a Russian word and a space before it
        if not {"VERB", "AUX", "ADV"} & _readings(word) or not _common_form(word):
            continue
        before = _SUBJECT_BEFORE.search(target, max(0, m.start() - _PRONOUN_REACH), m.start())
        if (before is None or _LATIN_WORD_AFTER.match(target, m.end()) is not None
                or not _subject_pronoun(before.group(1).casefold())):
            continue
        subjects = re.findall(rf"(?<![\w-])([A-Za-z]+)[ \u00a0]+{re.escape(word)}(?![\w-])", source)
        if any(s.casefold() in _ENGLISH_SUBJECTS for s in subjects):
            found.append(m)
    return found


_LATIN_WORD_AFTER = re.compile(r"[ \u00a0]+[A-Za-z]")
"""A Latin word after the one looked at: a run of them is a command or a title («вы run make»)."""


@cache
def _subject_pronoun(word: str) -> bool:
    """Whether a Russian word is a personal pronoun in the nominative («вы», «он»), by pymorphy3's
    likeliest reading."""
    from workbench.core.morphology import analyzer

    tag = analyzer().parse(word)[0].tag
    return tag.POS == "NPRO" and tag.person is not None and tag.case == "nomn"


@cache
def _common_form(word: str) -> bool:
    """`_is_untranslated` of the word, or of a lemma it is a form of where the form itself is still
    far more English than Russian ("infecting", 2.96, is a form of "infect", 3.36): an inflected
    form is rarer than its word, not less English."""
    from lemminflect import getAllLemmas

    return _is_untranslated(word, "ru") or (
        _zipf(word, "en") - _zipf(word, "ru") >= _ENGLISH_MARGIN
        and any(_is_untranslated(lemma, "ru") for lemmas in getAllLemmas(word).values() for lemma in lemmas))


_COMPOUND = re.compile(r"(?<![\w@./\\=#<`'-])[a-z]{2,}(?:-[a-z]{2,})+(?![\w@/\\=`>-]|\.\w)")
"""Words in small letters joined by hyphens ("state-of-the-art", "scan-and-pay"), not part of
an address, an anchor ("#adding-to-an-array"), a path or an option."""


def _compounds_left(target: str, target_lang: str) -> list[re.Match[str]]:
    """English phrases made one word by hyphens (`_phrase_made_word`), left in a Russian sentence
    («конкурентоспособных с state-of-the-art …», «например, single sign-on»), which Russian
    translates («передовыми», «единый вход»). A compound a Russian noun names is cited («правила
    if-then-else», «функцию audio-to-audio»: a construct, a task), and so is one set apart in
    quotes or brackets, or after «англ.»."""
    found = []
    for m in _COMPOUND.finditer(target):
        parts = m.group().split("-")
        if not _phrase_made_word(parts):
            continue
        run = _run_at(target, m.start())
        if _set_apart(target, run) or _original_beside(target, run, ""):
            continue
        previous = _PREVIOUS_WORD.search(target, max(0, run.start() - _WORD_REACH), run.start())
        if previous is None or target_lang != "ru" or _part_of_speech(previous.group(1).casefold()) != "NOUN":
            found.append(m)
    return found


def _phrase_made_word(parts: list[str]) -> bool:
    """Whether hyphenated words are an English phrase made one word: English words all, joined
    inside by a preposition, a conjunction or an article ("state-of-the-art", "scan-and-pay"), or
    a verb and the particle after it ("sign-on", "log-in"). Options, packages and commands are
    named by nouns and verbs ("mail-transport-agent", "keep-all", "why-not", "apt-get")."""
    if not all(_zipf(part, "en") >= _COMMON_ENGLISH for part in parts):
        return False
    joins = [k for k, part in enumerate(parts) if _joining_word(part)]
    return any(0 < k < len(parts) - 1 for k in joins) or (
        len(parts) == 2 and joins == [1] and "VERB" in _readings(parts[0]))


def _joining_word(word: str) -> bool:
    """A preposition, a conjunction or an article ("of", "and", "the", "on"): as common as
    function words are (`_function_word`), and no noun, verb or adjective for lemminflect, which
    files a few as adverbs."""
    return _function_word(word) and _readings(word) <= {"ADV"}


def _english_word(word: str, target_lang: str) -> bool:
    """A word English text uses (however rarely: "trivet" 1.9) far more than the target
    language's: where the source shows it is a common noun, rarity makes it no name."""
    return _zipf(word, "en") > 0 and _zipf(word, "en") - _zipf(word, target_lang) >= _ENGLISH_MARGIN


def _head_of_phrase(word: str, source: str) -> bool:
    """Whether the source has `word` after an article as its phrase's last word: punctuation, the
    text's end or a function word ("is", "of") after it ("The trivet (", "an integer is")."""
    for m in re.finditer(rf"(?<![\w-])(?:the|a|an)[ \u00a0]+{re.escape(word)}(?![\w-])", source, re.IGNORECASE):
        if not m.group().endswith(word):
            continue  # "THE TRIVET": not the word in small letters
        following = _NEXT_WORD.match(source, m.end())
        if following is None or _zipf(following.group(1).casefold(), "en") >= _FUNCTION_WORD_ZIPF:
            return True
    return False


_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\s]*\)")
"""A Markdown image: its alternative text and its address."""


def _copied_images(source: str, target: str) -> list[tuple[int, int]]:
    """Markdown images the target copies whole from the source ("![Paris Codex](codex.webp)"):
    the picture's markup, which the page shows as a picture, not words of the sentence."""
    if "![" not in target:
        return []
    return [m.span() for m in _IMAGE.finditer(target) if m.group() in source]


_QUOTATION = re.compile(r"([\"«“„])([^\"«»“”„\n]{1,300}?)[\"»“”]")
"""A quotation in double marks."""


def _quoted_copies(source: str, target: str) -> list[tuple[int, int]]:
    """Quotations of the target that copy a quotation of the source whole, marks and all, with no
    Russian word in them: an English prompt to speak or type, a message quoted as the program
    prints it ('Try the prompt "Generate an image of a cat"' as «запрос "Generate an image of a
    cat"»), a literal copied as a literal. Marks the translator changed (“Configuring NSS” as
    «Configuring NSS») set the words in Russian prose, which should have translated them."""
    if not _QUOTATION.search(source):
        return []
    spans = []
    for m in _QUOTATION.finditer(target):
        inner = m.group(2).strip()
        if (inner and not _CYRILLIC.search(inner)
                and re.search(rf"{re.escape(m.group(1))}[ \u00a0]*{re.escape(inner)}[ \u00a0]*[\"»“”]", source)):
            spans.append(m.span())
    return spans


_BRACKETED_LATIN = re.compile(r"\(([^()\n\u0400-\u04ff]+)\)")
_MARKED_LETTER = re.compile(r"(?:\*\*|__)([A-Za-z]+)(?:\*\*|__)")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def _expansions(source: str, target: str) -> list[tuple[int, int]]:
    """Brackets of the target that copy the source's spelling out of a name the text uses
    before them: "`grep` (**g**lobally search a **r**egular **e**xpression and **p**rint)", "GNU
    (GNU's Not Unix)". The letters marked in bold, or the capitals the words open with, spell
    the name; the words are the name's English origin, which a Russian text cites as it is (or
    with «от англ.»), not prose left untranslated."""
    if "(" not in target:
        return []
    spans = []
    for m in _BRACKETED_LATIN.finditer(target):
        if m.group() not in source:
            continue
        inner = m.group(1)
        marked = "".join(_MARKED_LETTER.findall(inner))
        capitals = "".join(word[0] for word in _LATIN_NAME.findall(_MARKED_LETTER.sub(r"\1", inner))
                           if word[0].isupper())
        names = {name.casefold() for name in _LATIN_NAME.findall(target, 0, m.start())}
        if any(len(spelt) >= 2 and spelt.casefold() in names for spelt in (marked, capitals)):
            spans.append(m.span())
    return spans


_WORD_CHAIN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:[ \u00a0-][A-Za-z][A-Za-z'’]*)+")
"""Latin words joined by spaces or hyphens: a term's English name ("single sign-on",
"Cross-Origin Resource Sharing")."""
_CHAINED_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_SOURCE_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")
"""An abbreviation in capitals: "SSO", "CORS"."""


def _acronyms_spelt_out(source: str, target: str) -> list[tuple[int, int]]:
    """Latin words of the target whose initials spell an abbreviation the source writes and the
    translation does not ("such as SSO authentication" as «например, single sign-on»): the
    translator gave the term by its English name in place of its abbreviation, a term cited as
    the field names it, not the source's prose left in (the source does not have those words)."""
    acronyms = set(_SOURCE_ACRONYM.findall(source)) - set(_SOURCE_ACRONYM.findall(target))
    if not acronyms:
        return []
    folded = source.casefold()
    in_source: dict[str, bool] = {}  # each phrase looked for once: a text repeating it stays linear
    spans = []
    for chain in _WORD_CHAIN.finditer(target):
        words = list(_CHAINED_WORD.finditer(chain.group()))
        for first in range(len(words)):
            for last in range(first + 2, min(len(words), first + 6) + 1):
                initials = "".join(w.group()[0] for w in words[first:last]).upper()
                start, end = chain.start() + words[first].start(), chain.start() + words[last - 1].end()
                if initials not in acronyms:
                    continue
                phrase = target[start:end].casefold()
                if phrase not in in_source:
                    in_source[phrase] = phrase in folded
                if not in_source[phrase]:
                    spans.append((start, end))
    return spans


def _address_spans(target: str) -> list[tuple[int, int]]:
    """Where the target writes web or e-mail addresses (`url-email` compares them): the words of
    an address's query ("?text=This+is+a+great+%5BMASK%5D") are the address's, not the prose's."""
    if "://" not in target and "@" not in target and "www." not in target:
        return []
    return [m.span() for m in _ADDRESS.finditer(target)]


_SOURCE_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")


def _source_words(source: str) -> frozenset[str]:
    """The source's Latin words in small letters, as `_LATIN_WORD` reads them from the target.

    A single Latin word that can name something (`_nameable`: a noun, a verb, an adjective) is
    left untranslated only if the source has it, in that very form: one the source lacks was
    written by the translator (a program's name, «В awesome должен быть
    загружен модуль» where the source names only the module; «в man руководстве» for "in the
    manual page"), and one in another form was made by the translator from the source's word
    («через derive» for "can't be derived", «plug `Verify*`» for "the `Verify*` plugs"): the
    base form Russian keeps a Latin term in, a name, not English prose left in. An adverb or a
    function word names nothing («она always выполняет», «Вокруг you успех»), and two or more English words in a
    row are prose («щелкнув в command panel», the translation made from another version of the
    source), whatever the source says."""
    return frozenset(_SOURCE_WORD.findall(source.casefold()))


@cache
def _language_names() -> frozenset[str]:
    """The English names of languages CLDR knows, one word each ("English", "Spanish"), as
    Babel ships them."""
    from babel import Locale

    return frozenset(name for name in Locale("en").languages.values() if name.isalpha())


def _languages_left(target: str, source_words: frozenset[str], target_lang: str,
                    code: _Cover) -> list[re.Match[str]]:
    """English names of languages the source has, left in a Russian sentence alone («для U.S.
    English будет отображаться …, для Spanish — …»): Russian writes a language's name in its own
    letters (английский, испанский); a name capitalised only marks it as a proper noun, not as
    a name of a thing the text must keep in Latin. Not where the name starts a longer Latin run
    ("English Wikipedia", a title) or is set apart (quoted, bracketed)."""
    found = []
    for m in _CAPITAL_WORD.finditer(target):
        word = m.group()
        if (word not in _language_names() or word.casefold() not in source_words or _within(m, code)
                or not _is_untranslated(word.casefold(), target_lang)):
            continue
        run = _run_at(target, m.start())
        if run.group().rstrip(_TRAILING) == word and not _set_apart(target, run):
            found.append(m)
    return found


def _fragments(position: int, source: str, target: str, target_lang: str,
               segments: Sequence[Segment], index: int) -> Iterator[Finding]:
    """The English words left in a translation, each once; a word cited alone as a name
    anywhere in the segment is that name wherever it stands («значения on и off … задано on … в
    off»), where a word cited as part of a longer name is not ("Testing and Unstable" does not
    make "and" a name in «(Testing) and Нестабильный»). A placeholder's letters are code wherever
    it stands ("d" of «_%d урона_», `placeholder_spans`)."""
    titles, stressed = _emphasis(source, target)
    code = _Cover([*_marked_code(source, target, segments, index), *titles, *placeholder_spans(target)])
    unmarked = _unmarked(target, stressed)
    emphasised, syntax = _Cover(stressed), _copied_syntax(target, source)
    source_words = _source_words(source)
    latin_words = list(_LATIN_WORD.finditer(unmarked))
    candidates = [m for m in latin_words if _is_untranslated(m.group(), target_lang)
                  and (m.group() in source_words or not _nameable(m.group()) or _function_word(m.group())
                       or len(_run_at(unmarked, m.start()).group().split()) > 1)
                  and not _named_speaker(target, m, source) and not _within(m, syntax)
                  and not _within(m, code)]
    neighbours = _Neighbours(segments, index)
    cited = [m for m in candidates
             if _cited(unmarked, m, target_lang, source, stressed=_within(m, emphasised), neighbours=neighbours)]
    cited_at = {m.start() for m in cited}
    words = [m for m in candidates if m.start() not in cited_at]
    if {m.group() for m in words} & {m.group() for m in cited}:  # rare: look at the runs then
        names = {m.group() for m in cited if len(_run_at(target, m.start()).group().split()) == 1}
        words = [m for m in words if m.group() not in names]
    label = _LABEL_LEFT.match(target)
    if (label is not None and re.match(rf"{label.group()}\s", source)
            and _is_untranslated(label.group().casefold(), target_lang)):
        words.insert(0, label)
    if _LABEL_THEN_LATIN.search(target):
        words += _caption_words(source, target, target_lang)
    if "The" in target or "An" in target:
        words += _articles_left(target, target_lang)
    words += _titles_left(source, target, target_lang)
    if "*" in target or "_" in target:
        words += _half_translated_titles(source, target, target_lang)
    if " and " in target or " or " in target:
        words += _names_joined_in_english(source, target)
    if _CAPITALISED.search(target):
        words += _languages_left(target, source_words, target_lang, code)
    if "[" in target:
        words += _arguments_left(source, target)
    if _CAPITALISED.search(target):  # most Russian text quotes no capitalised Latin word
        words += _labels_left(source, target, target_lang, _Neighbours(segments, index))
        if _TITLE_CASE_RUN.search(target):
            words += _phrases_left(source, target, target_lang)
        if target_lang == "ru":
            words += _elements_left(source, target)
        words += _openers_left(source, target, target_lang)
        words += _numbered_labels_left(source, target, target_lang)
    if "-" in target:
        words += _compounds_left(target, target_lang)
    words += _machine_slips_left(source, target, target_lang)
    words += _lone_words_left(source, unmarked, latin_words, target_lang)
    words += _left_after_subject(source, unmarked, latin_words, target_lang)
    words += _stutters_left(unmarked, latin_words, target_lang)
    words = sorted({m.span(): m for m in words if not _within(m, code)}.values(), key=lambda m: m.start())
    if words:  # looked for only here: few targets have English words left
        copied = _Cover([*_address_spans(target), *_quoted_copies(source, target), *_expansions(source, target),
                         *_copied_images(source, target), *_acronyms_spelt_out(source, target)])
        words = [m for m in words if not _within(m, copied)]
    if not words:
        return
    yield Finding(
        position,
        "untranslated-fragment",
        "warning",
        **worded(N_("English words left in the translation: {words}."), words=_named(words)),
        target_spans=tuple(m.span() for m in words),
    )
