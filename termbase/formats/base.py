"""The interface every termbase interchange format implements.

A format turns bytes into concepts and back (`loads`/`dumps`); `read` and
`write` wrap them with file handling and put the file name in front of any
error, so a user sees "glossary.csv: row 4: unknown term status 'prefered'".
`stream` yields a file's concepts one by one, so that importing a million
concepts never holds them all (see `Termbase.import_concepts`).
"""

from __future__ import annotations

import io
import re
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Container, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from termbase.errors import N_, TermbaseError
from termbase.languages import language_rank
from termbase.model import Concept
from termbase.normalize import fold_text
from termbase.outputfile import atomic_write, refuse_unsafe_output


class TermbaseFormat(ABC):
    """One interchange format: a name, file extensions, symmetric read and write."""

    name: str = ""
    extensions: tuple[str, ...] = ()

    def loads(self, data: bytes) -> list[Concept]:
        """Parse a whole file's bytes into concepts (TermbaseError on bad input)."""
        return list(self.iter_concepts(lambda: io.BytesIO(data)))

    @abstractmethod
    def iter_concepts(
        self, open_source: Callable[[], BinaryIO], notes: list[str] | None = None
    ) -> Iterator[Concept]:
        """The concepts of the file `open_source()` opens, one at a time, in file order.

        `open_source` may be called more than once (a format may read the file twice
        rather than hold it); errors are TermbaseError, raised when they are reached.
        A format that skips something it cannot use (an empty term) says so in
        `notes`, one line a kind, when given.
        """

    @abstractmethod
    def dumps(self, concepts: Sequence[Concept], *, source_lang: str | None = None) -> bytes:
        """Serialise concepts; `source_lang` leads (first column, TBX `xml:lang`)."""

    def loads_noted(self, data: bytes, notes: list[str]) -> list[Concept]:
        """As `loads`, appending one line to `notes` for each kind of thing skipped."""
        return list(self.iter_concepts(lambda: io.BytesIO(data), notes))

    def read(self, path: Path | str, notes: list[str] | None = None) -> list[Concept]:
        """The concepts of a file; what was skipped goes to `notes` when given."""
        return list(self.stream(path, notes))

    def stream(self, path: Path | str, notes: list[str] | None = None) -> Iterator[Concept]:
        """The concepts of the file at `path`, one at a time; errors name the file, and
        what was skipped goes to `notes` (when given) once the file is read."""
        path = Path(path)
        if not path.is_file():  # reading a pipe blocks and /dev/zero never ends
            raise TermbaseError.worded(N_("{name}: no such file, or not a regular file"), name=path.name)

        def open_file() -> BinaryIO:
            return path.open("rb")  # noqa: SIM115 (the format closes what it opens)

        try:
            yield from self.iter_concepts(open_file, notes)
        except TermbaseError as exc:
            raise TermbaseError.worded(N_("{name}: {exc}"), name=path.name, exc=exc) from None
        except RecursionError:  # any reader, any structure: a hostile file, never a traceback
            raise TermbaseError.worded(N_("{name}: the file is nested too deeply to read"), name=path.name) from None

    def write(
        self, concepts: Sequence[Concept], path: Path | str, *, source_lang: str | None = None
    ) -> None:
        """Write atomically: a failed export never leaves half a file behind."""
        path = Path(path)
        refuse_unsafe_output(path)
        with atomic_write(path) as fh:  # never over a database, never replacing a device
            self.dump(concepts, fh, source_lang=source_lang)

    def dump(self, concepts: Sequence[Concept], out: BinaryIO, *, source_lang: str | None = None) -> None:
        """Write what `dumps` gives to `out`; a format that can writes it a piece at a time."""
        out.write(self.dumps(concepts, source_lang=source_lang))


def guess_source_lang(concepts: Sequence[Concept]) -> str | None:
    """The language most concepts list first: what a file's reader will call the source."""
    firsts = Counter(concept.terms[0].lang for concept in concepts if concept.terms)
    return firsts.most_common(1)[0][0] if firsts else None


def language_order(concepts: Sequence[Concept], source_lang: str | None) -> list[str]:
    """Every language tag in the concepts, the source language first, then first-seen order.

    The source language leads in the regional spelling the terms carry (a client's `en-US`
    terms in a project in `en`), exact spelling preferred: leading with the bare `en` put
    an empty `en` column before `en-US` in a CSV export, which its own import refused
    ("two term columns name the same language")."""
    seen = dict.fromkeys(term.lang for concept in concepts for term in concept.terms)
    order = list(seen)
    if source_lang:
        ranked = [lang for lang in order if language_rank(lang, source_lang)]
        lead = max(ranked, key=lambda lang: language_rank(lang, source_lang)) if ranked else source_lang
        order = [lead, *(lang for lang in order if lang != lead)]
    return order


def unique_slug(text: str, taken: Container[str]) -> str:
    """A concept id from a source term: `Trade union` -> `trade-union` (a valid XML id), for a
    file that gives none: the same term gives the same id, so merging into a termbase matches
    concepts by what they name (a position in the file would match an unrelated concept)."""
    slug = "-".join(re.findall(r"\w+", fold_text(text))) or "concept"
    if not (slug[0].isalpha() or slug[0] == "_"):
        slug = f"c-{slug}"
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate
