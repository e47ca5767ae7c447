"""Addresses written without a scheme or "www.": what `url-email` reads besides `textutil.ADDRESS`.

Leaflets and letters name a site by its bare host and path ("visit cancer.org/breastcancer",
"at fda.gov"), and a translator who puts in another page («cancer.org/russian») or types a
Cyrillic letter into the host («сancer.org», which looks the same and leads nowhere) changes the
address as surely as in "https://…". Text is full of other words with a dot, though: files
("config.py", "readme.md", "index.html"), versions ("v1.2"), abbreviations ("e.g", «т.е.»),
names ("ASP.NET", "Node.js"). A bare host is read as an address only where the evidence is
general, never a list of words:

- its last label is a top-level domain of the Public Suffix List's ICANN section (the list every
  browser keeps, read from the `publicsuffixlist` package, which bundles it and is released as
  the list changes: no hand list to keep), written in small letters ("ASP.NET" is a name);
- and it goes on with a path ("cancer.org/russian"), which no file name or version does, or its
  domain is one of the generic ones (`_GENERIC`) that no file type or language takes as its
  extension (".py", ".md", ".sh", ".rs", ".zip" are top-level domains too) and it is written in
  small letters: "Bitcoin.org", "WordPress.com", "OpenOffice.org" name a project or a company; or,
  in small letters, it is registered under a country's suffix of two labels or more
  ("guardian.co.uk", "stat.gov.kz"), which no file type or version is written with;
- and its host has a Latin letter: «сайт.com» is a Russian placeholder, not a host.

A host under a Cyrillic top-level domain or a punycode one («минздрав.рф», «Госуслуги.рф»,
"xn--80aswg.xn--p1ai") is read whenever the list has the domain and the host has a label one
registers under it: no file or version is named so, and Russian writes such a site's name with a
capital as often as not.

Measured over every QA set's sources and targets before it was turned on (docs/qa.md, sessions 43
and 44).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from workbench.core.checks.textutil import ADDRESS

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

_GENERIC = frozenset({"com", "org", "net", "edu", "gov", "mil", "int"})
"""The original generic top-level domains (RFC 1591): a bare host under one ("cancer.org",
"fda.gov") is an address without a path; no file type is named so but DOS's ".com"."""

_BARE = (r"(?<![\w@./\\:#%&=~+-])(?P<host>(?:[^\W_][\w-]{0,62}\.)+)"
         r"(?P<tld>(?-i:[a-z]{2,63}|[а-яё]{2,63}|xn--[a-z0-9-]{1,59}))(?![\w-])"
         r"(?P<path>/(?:(?!\][(\[])[^\s<>«»\"`])*)?")
"""A bare host (labels of letters, digits and hyphens, each at most 63, RFC 1035) with a top-level
domain in small letters (Latin, Cyrillic, or punycode's "xn--…"), and the path after it. The host may not follow a path's "/", a dot, "@"
or a word's letter ("src/main.rs", "user@cancer.org"): a word is tried from its start only, so a
run of 20,000 letters is read once. Its path ends where `ADDRESS`'s does, before a Markdown
link's "](" ("[example.org/x](https://example.org/x)"), and before a code span's backtick."""
_BARE_HOST = re.compile(_BARE, re.IGNORECASE)
_ANY_ADDRESS = re.compile(rf"{ADDRESS.pattern}|{_BARE}", re.IGNORECASE)
"""`ADDRESS` or a bare host: `ADDRESS` is tried first at each place, so "www.cdc.gov/vaccines" and
"ivan@cancer.org" stay what it reads."""
_DOMAIN_HINT = re.compile(r"\.(?:[a-z]{2}|[а-яё]{2})")
"""What a bare host has (a dot before two small Latin or Cyrillic letters), looked for first: a pattern that opens with a literal dot is searched for
fast, where `_BARE_HOST`'s look-behind is tried at every character (on every QA set's 51,402 texts,
load 18: 0.1 s against 3.8 s)."""
_LATIN = re.compile(r"[A-Za-z]")


@cache
def _suffix_list() -> PublicSuffixList:
    """The Public Suffix List's ICANN section, read once (0.2 s) and only when a text holds a
    host-like word."""
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList(only_icann=True, accept_unknown=False)


@lru_cache(maxsize=1024)
def _top_level_domain(label: str) -> bool:
    """Whether `label` is a top-level domain of the list."""
    return bool(_suffix_list().is_public(label))


@lru_cache(maxsize=1024)
def _registrable(name: str) -> bool:
    """Whether the host `name` (case-folded) is a name one registers under a public suffix
    ("guardian.co.uk" under "co.uk", «минздрав.рф» under «рф»), not the suffix itself ("co.uk")."""
    return _suffix_list().privatesuffix(name) is not None


@lru_cache(maxsize=1024)
def _under_country_suffix(name: str) -> bool:
    """Whether the host `name` (case-folded) is registered under a country's suffix of two labels
    or more ("guardian.co.uk", "abc.net.au"): no file type or version is written with two."""
    suffix = _suffix_list().publicsuffix(name)
    return suffix is not None and "." in suffix and _registrable(name)


def _bare_address(m: re.Match[str]) -> bool:
    """Whether a bare host `_ANY_ADDRESS` found is read as an address (see the module's rules)."""
    tld, path = m.group("tld"), m.group("path")
    host = m.group("host")
    if not _top_level_domain(tld):
        return False
    if tld.startswith("xn--") or not _LATIN.match(tld):  # «минздрав.рф», "xn--80aswg.xn--p1ai": no file is named so
        return _registrable((host + tld).casefold())
    return (_LATIN.search(host) is not None
            and ((path is not None and len(path) > 1)
                 or (host.islower() and (tld in _GENERIC or _under_country_suffix(host + tld)))))


@lru_cache(maxsize=16)
def addresses_in(text: str) -> tuple[re.Match[str], ...]:
    """The web and e-mail addresses of `text`, with and without a scheme, in order: read once
    per text, for `url-email` asks for them several times (counts, case, spans, the message)."""
    marked = "@" in text or "://" in text or "www." in text.casefold()  # what `ADDRESS` needs, as `url-email` tests
    if not marked and _DOMAIN_HINT.search(text) is None:
        return ()  # most texts: no dot before two small letters, so no host
    found = (_ANY_ADDRESS if marked else _BARE_HOST).finditer(text)
    return tuple(m for m in found if m.group("tld") is None or _bare_address(m))


_NEXT_WORD = re.compile(r"[ \u00a0]([^\s<>«»\"]+)")


def broken_apart(text: str, trailing: str) -> list[tuple[str, str]]:
    """Each address of `text` with the word after it joined on, as (the address, the two joined),
    both case-folded and without the `trailing` punctuation: what the address reads if the space
    after it is a layout accident ("www.fda. gov/vaccines", "www.fda.gov/ vaccines-blood-biologics/
    vaccines", a line broken in the printed leaflet the text was taken from)."""
    pairs = []
    for m in addresses_in(text):
        after = _NEXT_WORD.match(text, m.end())
        if after is not None:
            pairs.append((m.group().rstrip(trailing).casefold(), (m.group() + after.group(1)).rstrip(trailing).casefold()))
    return pairs


_LOOKALIKES = str.maketrans("асеорхуіјѕкмнвт", "aceopxyijskmhbt")
"""Cyrillic letters that look like Latin ones, in small letters (addresses are compared
case-folded; «М», «Н», «В», «Т» look like "M", "H", "B", "T")."""
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def typed_in_cyrillic(address: str, originals: Iterable[str]) -> str | None:
    """The one of `originals` (case-folded addresses) that `address` (case-folded) writes with
    Cyrillic letters that look like its Latin ones («сancer.org» for "cancer.org": the same on the
    screen, another host to a browser, house rule D5's completion), or None."""
    if not _CYRILLIC.search(address):
        return None
    latin = address.translate(_LOOKALIKES)
    return next((original for original in originals if original == latin), None)


def site_named(address: str) -> bool:
    """Whether `address` (as `addresses_in` reads it, case-folded) is a bare host without a path
    ("security.debian.org", "cancer.org"): a site named in the prose rather than a page linked to,
    which a translation may name once where the source names it twice, or add to explain a name
    («на AMO (addons.mozilla.org)»)."""
    return "://" not in address and "@" not in address and not address.startswith("www.") and "/" not in address


def bare(address: str) -> bool:
    """Whether `address` (case-folded) is written without a scheme or "www."."""
    return "://" not in address and "@" not in address and not address.startswith("www.")
