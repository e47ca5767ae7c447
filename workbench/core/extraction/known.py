"""Whether a candidate is already a term: the termbase's own matcher reads it.

The matcher knows every inflected form of a term (and its agreement), so a candidate written
«культурной стихийности» is known when the termbase has «культурная стихийность». A form
counts only where one term covers it whole: "package" inside a termbase's "source package"
is no answer for the candidate "package".
"""

from __future__ import annotations

from collections.abc import Sequence

from termbase.match import Matcher
from workbench.core.extraction.candidates import Known


def whole_term(matcher: Matcher, text: str) -> str | None:
    """The concept of a term that `text` is, whole, in some inflected form; None otherwise."""
    stripped = text.strip()
    for match in matcher.find(stripped, overlapping=True):
        if match.start == 0 and match.end == len(stripped):
            return match.concept_id
    return None


def known_by(matcher: Matcher) -> Known:
    """`Known` over a matcher: the first of a candidate's written forms that is a term."""

    def known(forms: Sequence[str]) -> str | None:
        for form in forms:
            concept = whole_term(matcher, form)
            if concept is not None:
                return concept
        return None

    return known
