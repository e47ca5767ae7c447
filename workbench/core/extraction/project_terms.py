"""Extraction over a project: its segments as the pairs, its termbases as what is known.

Either side may be read: `side="target"` proposes target-language terms (a translation
delivered without a glossary) with their source-language equivalents. A segment one side of
which is empty is no pair. Candidates' `pairs` are the segments' positions (1-based, as every
command names segments).
"""

from __future__ import annotations

import dataclasses
from typing import Literal

from workbench.core.extraction.candidates import Extraction, extract
from workbench.core.extraction.known import known_by
from workbench.core.extraction.readers import reader_for
from workbench.core.project import Project
from workbench.core.terminology import project_matcher
from workbench.errors import InputError
from workbench.wording import N_

Side = Literal["source", "target"]


def side_languages(project: Project, side: Side) -> tuple[str, str]:
    """(the language read for candidates, the language of their equivalents)."""
    config = project.config
    return (config.source_lang, config.target_lang) if side == "source" else (config.target_lang, config.source_lang)


def extract_project_terms(project: Project, *, side: Side = "source", min_count: int = 2, limit: int | None = 100,
                          include_known: bool = False, names: bool = True) -> Extraction:
    """Term candidates of one side of the project's segments, best first (`extract`)."""
    lang, other_lang = side_languages(project, side)
    if reader_for(lang) is None:
        raise InputError.worded(N_("term extraction reads English and Russian; the {side} side of this project is {lang}"),
                                side=side, lang=lang)
    segments = [s for s in project.segments() if s.source.strip() and s.target.strip()]
    pairs = [(s.source, s.target) if side == "source" else (s.target, s.source) for s in segments]
    matcher = project_matcher(project, lang)
    found = extract(pairs, lang, other_lang, min_count=min_count, limit=limit,
                    known=known_by(matcher) if matcher is not None else None,
                    include_known=include_known, names=names)
    positions = [s.position for s in segments]
    return dataclasses.replace(found, candidates=tuple(
        dataclasses.replace(c, pairs=tuple(positions[i] for i in c.pairs)) for c in found.candidates))
