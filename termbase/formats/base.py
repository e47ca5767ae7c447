"""The interface every termbase interchange format implements.

A format turns bytes into concepts and back (`loads`/`dumps`); `read` and
`write` wrap them with file handling and put the file name in front of any
error, so a user sees "glossary.csv: row 4: unknown term status 'prefered'".
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from termbase.errors import TermbaseError
from termbase.model import Concept


class TermbaseFormat(ABC):
    """One interchange format: a name, file extensions, symmetric read and write."""

    name: str = ""
    extensions: tuple[str, ...] = ()

    @abstractmethod
    def loads(self, data: bytes) -> list[Concept]:
        """Parse a whole file's bytes into concepts (TermbaseError on bad input)."""

    @abstractmethod
    def dumps(self, concepts: Sequence[Concept], *, source_lang: str | None = None) -> bytes:
        """Serialise concepts; `source_lang` leads (first column, TBX `xml:lang`)."""

    def loads_noted(self, data: bytes, notes: list[str]) -> list[Concept]:
        """As `loads`, appending one line to `notes` for each kind of thing skipped.

        A format that skips nothing need not override it.
        """
        return self.loads(data)

    def read(self, path: Path | str, notes: list[str] | None = None) -> list[Concept]:
        """The concepts of a file; what was skipped goes to `notes` when given."""
        path = Path(path)
        if not path.is_file():  # reading a pipe blocks and /dev/zero never ends
            raise TermbaseError(f"{path.name}: no such file, or not a regular file")
        data = path.read_bytes()
        try:
            return self.loads_noted(data, notes if notes is not None else [])
        except TermbaseError as exc:
            raise TermbaseError(f"{path.name}: {exc}") from None

    def write(
        self, concepts: Sequence[Concept], path: Path | str, *, source_lang: str | None = None
    ) -> None:
        """Write atomically: a failed export never leaves half a file behind."""
        path = Path(path)
        data = self.dumps(concepts, source_lang=source_lang)
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            tmp.write_bytes(data)
            tmp.replace(path)
        except BaseException:
            tmp.unlink(missing_ok=True)  # a full disk leaves no half-written temporary file
            raise


def guess_source_lang(concepts: Sequence[Concept]) -> str | None:
    """The language most concepts list first: what a file's reader will call the source."""
    firsts = Counter(concept.terms[0].lang for concept in concepts if concept.terms)
    return firsts.most_common(1)[0][0] if firsts else None


def language_order(concepts: Sequence[Concept], source_lang: str | None) -> list[str]:
    """Every language tag in the concepts, the source language first, then first-seen order."""
    seen = dict.fromkeys(term.lang for concept in concepts for term in concept.terms)
    order = list(seen)
    if source_lang:
        matching = [lang for lang in order if lang.lower() == source_lang.lower()]
        lead = matching[0] if matching else source_lang
        order = [lead, *(lang for lang in order if lang != lead)]
    return order
