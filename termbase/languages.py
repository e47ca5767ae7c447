"""Language tags: the one reading of BCP 47 that the termbase and the workbench share.

Files spell tags every way (`ru-RU`, `RU`, `ru_RU`, `EN-us`, `rus`, the old `iw`).
`langcodes` knows the IANA registry's aliases and ISO 639-2 codes, so `rus`
and `ru`, or `iw` and `he`, name the same language here. It lives in the
termbase because the termbase is the lowest layer (it never imports
`workbench`), and the workbench reads tags through it too.
"""

from __future__ import annotations

import re
from functools import lru_cache

import langcodes

_TAG_SHAPE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
"""A language code with its subtags (`en`, `ru-RU`, `pt_BR`, `rus`, `zh-Hans-CN`): what a file
names a language by. Registered or not (a file may use a tag newer than langcodes' registry)."""
LONGEST_TAG = 64
"""The longest tag a file may give: BCP 47 asks room for 35 characters; a section's `xml:lang` of
100,000 letters was stored and exported back (hardening, round 23)."""


@lru_cache(maxsize=1024)
def standard_tag(tag: str) -> str:
    """`tag` in standard form: case fixed, `_` read as `-`, aliases resolved (`rus` -> `ru`).

    A tag langcodes cannot parse (`English`, empty) comes back trimmed and lower
    case, so it still compares equal to itself however it was cased.
    """
    cleaned = tag.strip().replace("_", "-")
    try:
        return langcodes.standardize_tag(cleaned)
    except ValueError:
        return cleaned.lower()


def checked_tag(tag: str) -> str:
    """`tag` in standard form when it names a registered language (`ru_RU` -> `ru-RU`,
    `rus` -> `ru`); ValueError for anything else (`xx`, `english`, an empty tag), so
    that a project or a file is never made with a language nobody can name."""
    cleaned = tag.strip().replace("_", "-")
    try:
        standard = langcodes.standardize_tag(cleaned)
    except ValueError:
        raise ValueError(f"unknown language tag {tag!r}") from None
    if not langcodes.Language.get(standard).is_valid():
        raise ValueError(f"unknown language tag {tag!r}")
    return standard


def is_language_tag(tag: str) -> bool:
    """Does `tag` have a language code's shape and length (`_TAG_SHAPE`, `LONGEST_TAG`)?"""
    return len(tag) <= LONGEST_TAG and _TAG_SHAPE.fullmatch(tag) is not None


@lru_cache(maxsize=1024)
def primary_language(tag: str) -> str:
    """The primary language subtag, lower case (`ru-RU` -> `ru`, `rus` -> `ru`)."""
    return standard_tag(tag).split("-", 1)[0].lower()


def same_language(a: str, b: str) -> bool:
    """True when two BCP 47 tags name the same language (`ru` and `ru-RU` do).

    Terms are matched per language, not per regional variant: a Russian
    project uses a termbase whose Russian terms are tagged `ru-RU`.
    """
    return primary_language(a) == primary_language(b)


def language_rank(tag: str, wanted: str) -> int:
    """How well a file's language tag fits a project language: 2 exact, 1 same language, 0 no.

    A regional variant matches the bare language in either direction (`ru-RU`
    fits a project in `ru`, `en` fits `en-GB`), with an exact match preferred
    when a unit carries both.
    """
    have = standard_tag(tag).lower()
    if not have:
        return 0
    if have == standard_tag(wanted).lower():
        return 2
    if primary_language(tag) == primary_language(wanted):
        return 1
    return 0
