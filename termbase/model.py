"""Domain values of a concept-oriented termbase: concepts, terms, statuses.

A termbase is concept oriented (as TBX is): a `Concept` is one meaning, and its
`Term`s name it in one or more languages. Each term carries a TBX
`administrativeStatus`; editors enforce approved terms and flag deprecated or
superseded ones. All values are frozen: an edit makes a copy with
`dataclasses.replace`, so a matcher built from a list of concepts can never see
them change underneath it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from operator import ne

from termbase import safetext
from termbase.errors import N_, TermbaseError
from termbase.languages import primary_language, same_language
from termbase.normalize import fold_text


class TermStatus(StrEnum):
    """TBX `administrativeStatus` of a term, in the order editors rank them."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    SUPERSEDED = "superseded"

    @property
    def approved(self) -> bool:
        """Preferred and admitted terms satisfy a term requirement."""
        return self in (TermStatus.PREFERRED, TermStatus.ADMITTED)

    @property
    def forbidden(self) -> bool:
        """Deprecated and superseded terms must not appear in a translation."""
        return not self.approved

    @property
    def tbx_value(self) -> str:
        """The TBX picklist value, e.g. `preferredTerm-admn-sts`."""
        return f"{self.value}Term-admn-sts"

    @classmethod
    def parse(cls, value: str | None) -> TermStatus:
        """Read a status as people and tools write it; empty means preferred.

        Accepts our own names (`preferred`), TBX picklist values
        (`preferredTerm-admn-sts`, also without the hyphens as some tools
        write them) and the short forms `pref`, `adm`, `dep`, `sup`.
        """
        text = (value or "").strip().lower().replace("-", "").replace("_", "")
        if not text:
            return cls.PREFERRED
        text = text.removesuffix("termadmnsts")
        for status in cls:
            if status.value.startswith(text) and len(text) >= 3:
                return status
        raise TermbaseError.worded(N_("unknown term status {value!r} (expected preferred, admitted, deprecated or superseded)"), value=value)


def _clean_fields(value: object, names: tuple[str, ...]) -> None:
    """Every concept and term is built here, whichever file or database it comes from:
    its free text (ids, notes, definitions) is stored without terminal sequences,
    control characters or bidi overrides (see `termbase.safetext`)."""
    for name in names:
        text = getattr(value, name)
        if text and isinstance(text, str) and _has_control(text):
            object.__setattr__(value, name, safetext.clean(text))


_has_control = safetext.CONTROL.search


@dataclass(frozen=True, slots=True)
class Term:
    """One designation of a concept in one language."""

    text: str
    """The term as written in its dictionary form, e.g. `культурная стихийность`."""
    lang: str
    """BCP 47 language tag, e.g. `en`, `ru`, `ru-RU`."""
    status: TermStatus = TermStatus.PREFERRED
    """TBX administrative status: whether a translation may or must use it."""
    part_of_speech: str | None = None
    """TBX partOfSpeech (`noun`, `adjective`, `verb`, ...); `verb` lets verb forms match."""
    usage_note: str | None = None
    """Why or where to use (or avoid) this term."""
    context: str | None = None
    """An example sentence showing the term in use."""
    case_sensitive: bool = False
    """A proper name or acronym: matches only in the letter case it is written in."""

    def __post_init__(self) -> None:
        if self.status.__class__ is not TermStatus:
            object.__setattr__(self, "status", TermStatus.parse(self.status))
        text = " ".join(self.text.split())
        if not text:
            raise TermbaseError.worded(N_("a term needs some text"))
        if _has_control(text):
            # NUL, ESC and the like arrive from broken CSV exports; printed, ESC rewrites the
            # terminal. A term is matched against text, so it is refused, not silently changed.
            raise TermbaseError.worded(N_("term {term} contains a control character"), term=repr(safetext.visible(text)))
        if self.part_of_speech or self.usage_note or self.context or _has_control(self.lang):
            _clean_fields(self, ("lang", "part_of_speech", "usage_note", "context"))
        lang = self.lang.strip()
        if not lang:
            raise TermbaseError.worded(N_("term {term} needs a language"), term=repr(text))
        object.__setattr__(self, "text", text)
        if "_" in lang or lang is not self.lang:
            object.__setattr__(self, "lang", lang.replace("_", "-"))

    @property
    def key(self) -> tuple[str, str]:
        """Identity within a concept: language and folded text."""
        return primary_language(self.lang), fold_text(self.text)


@dataclass(frozen=True, slots=True)
class Definition:
    """What the concept means, written in one language: TBX keeps a definition in each
    language section, and a client's termbase comes with the English and the Russian one."""

    lang: str
    """BCP 47 language tag of the definition's text (`ru`, `ru-RU`)."""
    text: str

    def __post_init__(self) -> None:
        if _has_control(self.text) or _has_control(self.lang):
            _clean_fields(self, ("lang", "text"))
        lang = self.lang.strip().replace("_", "-")
        if not lang:
            raise TermbaseError.worded(N_("a definition needs a language"))
        if lang != self.lang:
            object.__setattr__(self, "lang", lang)
        text = self.text.strip()
        if text != self.text:
            object.__setattr__(self, "text", text)


@dataclass(frozen=True, slots=True)
class Concept:
    """One meaning with its terms in every language the termbase holds."""

    id: str
    """Stable identifier; the TBX `conceptEntry` id when imported from TBX."""
    subject: str | None = None
    """Subject field, e.g. `labour history`."""
    definition: str | None = None
    """What the concept means, so translators can tell near-synonyms apart."""
    note: str | None = None
    """Anything else an editor should know about the concept."""
    terms: tuple[Term, ...] = field(default=())
    """Terms grouped by language (first-seen order), in file order within a language."""
    definitions: tuple[Definition, ...] = field(default=())
    """The definition in further languages, one a language (the Russian beside the English
    `definition`); `definition` is the first language's, or the one given without a language."""

    def __post_init__(self) -> None:
        if self.subject or self.definition or self.note or not isinstance(self.id, str) or _has_control(self.id):
            _clean_fields(self, ("id", "subject", "definition", "note"))
        if self.definitions:
            self._hold_definitions()
        concept_id = self.id.strip() if isinstance(self.id, str) else ""
        if not concept_id or len(concept_id.split()) != 1:
            raise TermbaseError.worded(N_("concept id {id} must be non-empty and have no spaces"), id=repr(self.id))
        if concept_id is not self.id:
            object.__setattr__(self, "id", concept_id)
        terms = self.terms
        if not isinstance(terms, tuple):
            terms = tuple(terms)
        # Canonical order: grouped by language (first-seen order), file order within a
        # language. TBX groups terms by language, so this is what a round trip keeps.
        keys = [term.key for term in terms]
        primaries = [key[0] for key in keys]
        distinct = len(set(primaries))
        if distinct > 1 and 1 + sum(map(ne, primaries, primaries[1:])) != distinct:
            languages = list(dict.fromkeys(primaries))  # not yet grouped (every reader groups them)
            order = sorted(range(len(terms)), key=lambda i: languages.index(primaries[i]))
            terms, keys = tuple(terms[i] for i in order), [keys[i] for i in order]
        if terms is not self.terms:
            object.__setattr__(self, "terms", terms)
        if len(set(keys)) != len(keys):
            seen: set[tuple[str, str]] = set()
            for term, key in zip(terms, keys):
                if key in seen:
                    raise TermbaseError.worded(N_("concept {id}: term {term} ({lang}) is listed twice"),
                                               id=concept_id, term=repr(term.text), lang=term.lang)
                seen.add(key)

    def _hold_definitions(self) -> None:
        """Empty ones left out, one a language (`ru` and `ru-RU` are one): a second would be
        shown and exported as if it were the only one."""
        kept = tuple(d for d in self.definitions if d.text)
        languages = [primary_language(d.lang) for d in kept]
        if len(set(languages)) != len(languages):
            twice = next(lang for lang in languages if languages.count(lang) > 1)
            raise TermbaseError.worded(N_("concept {id}: two definitions in {lang}"), id=self.id, lang=twice)
        if kept != self.definitions:
            object.__setattr__(self, "definitions", kept)

    def definition_in(self, lang: str) -> str | None:
        """The definition written in `lang` (`ru` also takes `ru-RU`), if the concept has one."""
        return next((d.text for d in self.definitions if same_language(d.lang, lang)), None)

    @property
    def defined(self) -> bool:
        """Whether the concept has a definition in any language."""
        return bool(self.definition or self.definitions)

    def terms_in(self, lang: str) -> tuple[Term, ...]:
        """Terms of one language (`ru` also takes `ru-RU`), in order."""
        return tuple(term for term in self.terms if same_language(term.lang, lang))

    def approved(self, lang: str) -> tuple[Term, ...]:
        """Preferred terms first, then admitted ones: what a translation should use."""
        terms = [term for term in self.terms_in(lang) if term.status.approved]
        return tuple(sorted(terms, key=lambda term: term.status != TermStatus.PREFERRED))

    def forbidden(self, lang: str) -> tuple[Term, ...]:
        """Deprecated and superseded terms of one language."""
        return tuple(term for term in self.terms_in(lang) if term.status.forbidden)

    def preferred(self, lang: str) -> Term | None:
        """The term to show first for a language, if the concept has one there."""
        approved = self.approved(lang)
        if approved:
            return approved[0]
        terms = self.terms_in(lang)
        return terms[0] if terms else None

    @property
    def languages(self) -> tuple[str, ...]:
        """Language tags of the terms, in first-seen order."""
        return tuple(dict.fromkeys(term.lang for term in self.terms))
