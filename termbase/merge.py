"""Joining duplicate concepts: one meaning entered twice (a client's TBX imported over a termbase
that had the term, two translators adding it apart) becomes one concept.

A duplicate is a maintenance problem, not a sense: with two concepts for "loto" the term checks
accept either one's Russian, and a correction made in one leaves the other as it was. Which
concept survives is the terminologist's choice (`keep`); the others' terms join it, and what
both hold is not lost: a term the kept concept has already keeps its own status and takes the
other's part of speech, usage note and example where it had none; the concept's subject and
definition come from `keep` unless it has none, and distinct notes and definitions are all
kept (a definition the kept concept does not share goes to its note, marked with its id; so
does one in a further language the kept concept defines otherwise, one it lacks joins it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from termbase.errors import N_, TermbaseError
from termbase.languages import same_language
from termbase.model import Concept, Term


def merged(keep: Concept, others: Sequence[Concept]) -> Concept:
    """`keep` with every term and text of `others` (see the module docstring)."""
    if any(other.id == keep.id for other in others):
        raise TermbaseError.worded(N_("concept {id} cannot be merged into itself"), id=keep.id)
    terms = {term.key: term for term in keep.terms}
    subject, definition = keep.subject, keep.definition
    notes = [keep.note] if keep.note else []
    definitions = list(keep.definitions)
    for other in others:
        for term in other.terms:
            terms[term.key] = _filled(terms[term.key], term) if term.key in terms else term
        subject = subject or other.subject
        if other.definition and other.definition != definition:
            if definition:
                notes.append(f"{other.id}: {other.definition}")
            else:
                definition = other.definition
        if other.note and other.note not in notes:
            notes.append(other.note)
        for further in other.definitions:
            mine = next((d for d in definitions if same_language(d.lang, further.lang)), None)
            if mine is None:
                definitions.append(further)
            elif mine.text != further.text:
                notes.append(f"{other.id} ({further.lang}): {further.text}")
    return replace(keep, subject=subject, definition=definition, note="\n".join(notes) or None,
                   terms=tuple(terms.values()), definitions=tuple(definitions))


def _filled(kept: Term, other: Term) -> Term:
    """`kept` (its status, spelling and case rule) with the other's details where it has none."""
    return replace(
        kept,
        part_of_speech=kept.part_of_speech or other.part_of_speech,
        usage_note=kept.usage_note or other.usage_note,
        context=kept.context or other.context,
    )
