"""The checks as people type them in a form: by the name the interface shows, or by id.

The grid's filter form took ids only (`term-missing`) while every view of the interface names
the checks (`missing term`, «нет термина»): a translator who read «нет термина» in the
findings panel typed it and was refused (user days, session 32). A typed check is read here by
its name in the interface's language, its English name or its id (scripts' and old habits'
way), case and «ё» ignored; the form completes the name being typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.suggester import Suggester

from workbench.tui.i18n import _, check_name, number


def _folded(text: str) -> str:
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").casefold().split())


@dataclass(frozen=True)
class CheckNames:
    """Every kind of finding a filter may name: the checks, open comments and client's notes."""

    ids: tuple[str, ...]
    """In reporting order (the registry's), then the two kinds no check computes."""
    spoken: dict[str, str]
    """Folded name, English name or id -> id."""

    def read(self, text: str) -> frozenset[str]:
        """The ids of a comma-separated list of names or ids; an unknown one raises a `ValueError`
        that lists what may be typed, in the interface language."""
        wanted: set[str] = set()
        unknown: list[str] = []
        for piece in text.split(","):
            if not piece.strip():
                continue
            found = self.spoken.get(_folded(piece))
            if found is None:
                unknown.append(piece.strip())
            else:
                wanted.add(found)
        if unknown:
            raise ValueError(_("Unknown check: {unknown}. Known: {known}.").format(
                unknown=_quoted_unknown(unknown), known=", ".join(check_name(i) for i in self.ids)))
        return frozenset(wanted)

    def shown(self, ids: frozenset[str]) -> str:
        """`ids` as the form shows them again: their names, in reporting order."""
        rank = {check: i for i, check in enumerate(self.ids)}
        return ", ".join(check_name(i) for i in sorted(ids, key=lambda i: (rank.get(i, len(rank)), i)))

    def completion(self, typed: str) -> str | None:
        """`typed` with its last name completed (the first, in reporting order, that the typed
        piece begins; names in the interface language first), or None."""
        head, comma, last = typed.rpartition(",")
        start = last.lstrip()
        if not start:
            return None
        folded = _folded(start)
        for name in [check_name(i) for i in self.ids] + list(self.ids):
            if _folded(name).startswith(folded) and len(name) > len(start):
                return f"{head}{comma}{last[:len(last) - len(start)]}{start}{name[len(start):]}"
        return None


SHOWN_UNKNOWN = 3
"""How many unknown names the filter form's error quotes (the rest are counted)."""
SHOWN_NAME = 60
"""How many characters of an unknown name it quotes."""


def _quoted_unknown(unknown: list[str]) -> str:
    """The unknown names as the form's error quotes them: the first few, each cut, the rest
    counted. A paste of 50,000 names (or one of 200,000 letters) was quoted whole, an error of
    2,000 lines that pushed the form's buttons out of reach (hardening, round 27)."""
    shown = ", ".join(name if len(name) <= SHOWN_NAME else name[: SHOWN_NAME - 1] + "…"
                      for name in unknown[:SHOWN_UNKNOWN])
    more = len(unknown) - SHOWN_UNKNOWN
    return shown + (" " + _("… and {count} more").format(count=number(more)) if more > 0 else "")


def check_names() -> CheckNames:
    """The names in the interface's language as it is now (two dozen: built when asked)."""
    from workbench.core.checks import REGISTRY  # every check family: not at startup
    from workbench.core.checks.comments import KIND_NAMES

    ids = (*REGISTRY, *KIND_NAMES)
    spoken: dict[str, str] = {}
    for check in ids:
        english = REGISTRY[check].name if check in REGISTRY else KIND_NAMES[check]
        for said in (check, english, check_name(check)):
            spoken.setdefault(_folded(said), check)
    return CheckNames(ids, spoken)


class CheckSuggester(Suggester):
    """Completes the check name being typed (after the last comma) in the filter form."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return check_names().completion(value)
