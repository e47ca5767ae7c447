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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

from termbase.outputfile import atomic_write
from workbench.core.ingest.abbreviations import Abbrev, rules_for
from workbench.core.ingest.segmentation import split_sentences
from workbench.core.project import Project, optional_file
from workbench.errors import InputError
from workbench.formats.srx import SrxRule, SrxRules, SrxSegmenter, read_srx, write_srx
from workbench.wording import N_

SRX_FILE = "segmentation.srx"

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


def splitter_for(project_path: Path, lang: str) -> Splitter:
    """How paragraphs in `lang` are split in this project: its SRX rules, or the built-in splitter."""
    own = optional_file(project_path / SRX_FILE)
    if own is not None:
        segmenter = SrxSegmenter(read_srx(own), lang)
        if segmenter.rules:
            return segmenter.split
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
