"""A project's segmentation rules: the built-in splitter, or an SRX file read into the project.

`workbench segmentation import DIR FILE` keeps a copy of an SRX 2.0 file as
`segmentation.srx` in the project; from then on, documents imported into
the project are split by its rules (where it has rules for the language),
so that new segments match a memory made with the same CAT tool. `export`
writes that file back, or the built-in rules as SRX when the project has
none.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import regex

from termbase.outputfile import atomic_write
from workbench.core.ingest.abbreviations import Abbrev, rules_for
from workbench.core.ingest.segmentation import split_sentences
from workbench.core.project import Project, optional_file
from workbench.core.rules_cache import Kind, cached_rules
from workbench.errors import InputError
from workbench.formats import srx
from workbench.formats.srx import (
    LanguageRules,
    SrxRule,
    SrxRules,
    SrxSegmenter,
    read_srx,
    srx_bytes,
    srx_of,
    write_srx,
)
from workbench.wording import N_

SRX_FILE = "segmentation.srx"
KEPT = Kind("segmentation", (Path(srx.__file__),))
"""Where a project's SRX rules compiled are kept between imports, and the source that makes them."""

Splitter = Callable[[str], list[tuple[int, int]]]
"""Paragraph text -> sentence spans."""


@dataclass(frozen=True, slots=True)
class SrxImport:
    """What `import_srx` kept: how many rules, and for which of the project's languages."""

    rules: int
    languages: tuple[str, ...]
    """The project languages the file has rules for (the others keep the built-in splitter)."""


def import_srx(project: Project, file: Path) -> SrxImport:
    """Check `file` is SRX 2.0 whose rules compile, then keep a copy in the project."""
    rules = read_srx(file)
    langs = (project.config.source_lang, project.config.target_lang)
    covered = tuple(lang for lang in langs if rules.rules_for(lang))
    if not covered:
        raise InputError.worded(N_("{file}: has no rules for {source} or {target}"), file=file, source=langs[0], target=langs[1])
    target = project.path / SRX_FILE
    try:  # never through a fixed temporary name, which a received project may hold as a link
        with atomic_write(target) as stored, open(file, "rb") as rules_file:
            shutil.copyfileobj(rules_file, stored)
    except OSError as error:
        raise InputError.worded(N_("{path}: cannot store the rules ({reason})"), path=target, reason=error.strerror or error) from None
    return SrxImport(sum(len(r) for _, r in rules.languagerules), covered)


def export_srx(project: Project, path: Path) -> bool:
    """Write the project's rules to `path` as SRX 2.0; True if they came from an imported file."""
    if project.keeps(path):
        raise InputError.worded(N_("{path}: is one of the project's own files; export to another file"), path=path)
    own = optional_file(project.path / SRX_FILE)
    if own is not None:
        write_srx(path, read_srx(own))
        return True
    write_srx(path, builtin_srx((project.config.source_lang, project.config.target_lang)))
    return False


class ProjectSplitters:
    """How paragraphs are split in a project, a language at a time: by its SRX rules, or by the
    built-in splitter where it has none for the language.

    The file is read once, when this is made, for every language asked; a language's rules
    compiled are kept in the user's cache between imports when compiling them took a while: at
    the most rules a file may hold (20,000) an import paid some 14 s before splitting a
    paragraph, the file read and compiled once a language (hardening, round 38). A language's
    splitter is made when asked, so one side's compiled rules can go before the next side's
    are read (each about 65 MB at 20,000 rules)."""

    def __init__(self, project_path: Path) -> None:
        own = optional_file(project_path / SRX_FILE)
        self._srx = None if own is None else (own, srx_bytes(own))
        self._parsed: SrxRules | None = None

    def splitter(self, lang: str) -> Splitter:
        """How paragraphs in `lang` are split."""
        if self._srx is not None:
            started = time.thread_time()
            rules = cached_rules(KEPT, self._srx[1], (lang,), partial(self._compiled, *self._srx, lang),
                                 lambda: time.thread_time() - started)
            if rules.rules:
                return SrxSegmenter(rules).split
        return _builtin(lang)

    def _compiled(self, file: Path, data: bytes, lang: str) -> LanguageRules:
        if self._parsed is None:  # the first language not kept parses the file; the next reuses it
            self._parsed = srx_of(data, file)
        return LanguageRules.of(self._parsed, lang)


def _builtin(lang: str) -> Splitter:
    return lambda text: split_sentences(text, lang)


# -- the workbench's own rules as SRX ------------------------------------------------------
# SRX cannot say everything our splitter weighs (date phrases, list markers, a sentence
# that so far is only punctuation), so the export is the rules' core: the abbreviations
# and their kinds, initials, and break after a stop before a capital.

_CLOSERS = "[\"'»”’“‘›)\\]}]*"
_NO_BREAK_AFTER = {
    Abbrev.PREFIX: r"\s",
    Abbrev.TITLE: r"\s",
    Abbrev.NUMERIC: r"\s+\d",
    Abbrev.TAIL: r"\s+[\p{Ll}\d]",
    Abbrev.SOFT: r"\s+[\p{Lu}\d]",
}


def _abbreviation(key: str, kind: Abbrev) -> str:
    """An abbreviation key (`т.е.`, `mr.`) as the pattern of the text before the break."""
    body = key[:-1]
    parts = [regex.escape(part) for part in body.split(".")]
    pattern = r"\.\s?".join(parts) + r"\."
    if kind is Abbrev.TITLE:
        first = parts[0][:1]
        pattern = f"[{first.upper()}{first}]" + pattern[len(first):] if first.isalpha() else pattern
        return r"(?<![\p{L}\d])" + pattern
    return r"(?<![\p{L}\d])(?i:" + pattern + ")"


def _language_rules(lang: str) -> tuple[SrxRule, ...]:
    rules = [
        SrxRule(False, _abbreviation(key, kind), _NO_BREAK_AFTER[kind])
        for key, kind in sorted(rules_for(lang).abbreviations.items())
        if kind in _NO_BREAK_AFTER and key.endswith(".") and " " not in key
    ]
    rules += [
        SrxRule(False, r"(?<![\p{L}\d])\p{Lu}\.", r"\s*\p{Lu}"),  # initials: В. И. Ленин, J. S. Bach
        SrxRule(False, r"[.!?…]+" + _CLOSERS, r"\s+[\p{Ll}\d,;:]"),  # no sentence starts in lowercase
        SrxRule(True, r"[.!?…]+" + _CLOSERS, r"\s+"),
    ]
    return tuple(rules)


def builtin_srx(langs: Iterable[str]) -> SrxRules:
    """The workbench's segmentation rules for `langs` (primary subtags), as SRX."""
    primaries = list(dict.fromkeys(lang.replace("_", "-").split("-", 1)[0].lower() for lang in langs))
    languagerules = tuple((f"workbench-{lang}", _language_rules(lang)) for lang in primaries)
    maps = tuple((f"{regex.escape(lang)}(-.*)?", f"workbench-{lang}") for lang in primaries)
    return SrxRules(languagerules, maps, cascade=False)
