"""The twelfth bilingual term set's texts (`python -m bench.terms_bilingual --set en-ru-postgres`):
the PostgreSQL server's messages in English with their Russian translation by Serguei Mokhov
(2001-2005) and Alexander Lakhin (2012-2013, for 9.1 to 9.3), the ``postgres`` catalogue of the
project's message translations as ``dvarrazzo/pgmessages`` keeps them (``ru/postgres.po``, the
9.3 catalogue of March 2013), read from the ``fetch`` mirror at ``593b9e6``, the file refused
unless it hashes to the sha256 frozen here. Nothing of the text is committed: the catalogue is
"distributed under the same licensing terms as PostgreSQL itself" (its header; the PostgreSQL
Licence, © PostgreSQL Global Development Group); `pairs.tsv` holds only ids and digests.

A message is one entry of the catalogue as Babel reads it (`messages`): its English is the
``msgid``, its Russian the ``msgstr``. Plural entries, fuzzy entries and untranslated ones are
no pairs. A message's bead is its place among the catalogue's entries, the header left out; the
set takes every fourth message (bead divisible by `STEP`) whose Russian holds a Russian letter:
951 of the catalogue's 3,821 entries, a sample spread evenly over the server's sources (the
catalogue is ordered by source file, from the access methods to the utilities), chosen by
position, not by what a message says. `pairs.tsv` lists them: ``text``, ``bead``, ``block``
(``<text>#<bead>``) and ``digest`` (the QA sets' block digest of the English and Russian).
"""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.pofile import read_po

from bench.align_heldout import SourceFile
from bench.qa_heldout import HeldOutCase
from bench.terms_listing import catalogue_cases, every_step

REPO = "dvarrazzo/pgmessages"
COMMIT = "593b9e60c1cdb53e1ee67443a9bd2b9b994db6a3"
PAIRS = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru_postgres" / "pairs.tsv"
STEP = 4
"""Every STEP-th message of the catalogue is a pair."""

DOCUMENTS: dict[str, SourceFile] = {
    "postgres-server": SourceFile(REPO, COMMIT, "ru/postgres.po",
                                  "eeecc1827ca4c9fe7962f34ec1fe587cfe7cace2336429709897d56ce6b4bf7e"),
}
"""The one document, the server's catalogue, by its name in the set."""


def messages(text: str) -> list[tuple[str, str] | None]:
    """A catalogue's entries in file order, the header left out: (English, Russian) for a
    translated singular entry that is not fuzzy, None for any other (plural, fuzzy, untranslated),
    so that an entry's place does not depend on whether it is a pair."""
    catalog = read_po(io.StringIO(text), abort_invalid=True)
    found: list[tuple[str, str] | None] = []
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, str) and isinstance(message.string, str) and message.string \
                and not message.fuzzy:
            found.append((message.id, message.string))
        else:
            found.append(None)
    return found


def file_pairs(text: str) -> list[tuple[int, str, str]]:
    """A catalogue's pairs as (bead, English, Russian) by the module docstring's rule."""
    return every_step(messages(text), STEP)


def load(listing: Path = PAIRS) -> list[HeldOutCase]:
    """Every listed pair as a real case (English source, Russian target), its block id
    ``<text>#<bead>``, refused (`ValueError`) where its digest is not the listing's; the mirror
    absent or the file changed raises `FileNotFoundError`."""
    return catalogue_cases(listing, DOCUMENTS, file_pairs)
