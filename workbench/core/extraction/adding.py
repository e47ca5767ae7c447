"""Accepted candidates into the project's termbase, one concept each.

A candidate whose term the project's own termbase already has (any inflected form, as the
matcher reads it, or the same text) is not added twice: the terminologist accepted a term
that is there, and the concept there stays as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from termbase.match import Matcher
from termbase.model import Concept, Term
from workbench.core.extraction.known import whole_term
from workbench.core.project import Project
from workbench.core.terminology import open_project_termbase


@dataclass(frozen=True)
class Accepted:
    """A candidate a person chose: its term and equivalent in the project's languages."""

    source: str
    target: str
    """Empty where no equivalent was chosen: the concept then holds the source term alone."""
    note: str = ""


@dataclass(frozen=True)
class Added:
    added: tuple[str, ...]
    """The new concepts' ids."""
    present: tuple[str, ...]
    """Source terms left out: the termbase had them."""


def add_accepted(project: Project, accepted: Sequence[Accepted]) -> Added:
    """One new concept per accepted candidate whose source term is new to the project's own termbase."""
    source_lang, target_lang = project.config.source_lang, project.config.target_lang
    added: list[str] = []
    present: list[str] = []
    with open_project_termbase(project) as termbase, termbase.writing():
        concepts = termbase.concepts()
        matcher = Matcher(concepts, source_lang) if concepts else None
        written: set[str] = set()
        for choice in accepted:
            text = choice.source.strip()
            folded = text.casefold()
            if (not text or folded in written or termbase.with_term(text, source_lang)
                    or (matcher is not None and whole_term(matcher, text) is not None)):
                present.append(text)
                continue
            terms = [Term(text, source_lang)]
            if choice.target.strip():
                terms.append(Term(choice.target.strip(), target_lang))
            concept = Concept(termbase.new_id(), note=choice.note or None, terms=tuple(terms))
            termbase.add(concept)
            added.append(concept.id)
            written.add(folded)
    return Added(tuple(added), tuple(present))
