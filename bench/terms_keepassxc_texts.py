"""The thirteenth bilingual term set's texts (`python -m bench.terms_bilingual --set en-ru-keepassxc`):
KeePassXC's interface messages (the password manager's dialogs, settings, errors and command-line
help) in English with their Russian translation by the project's Transifex translators, the
``share/translations/keepassxc_ru.ts`` Qt catalogue of ``keepassxreboot/keepassxc`` as the update
from Transifex of November 2023 left it, read from the ``fetch`` mirror at ``49f2924``, the file
refused unless it hashes to the sha256 frozen here. Nothing of the text is committed: KeePassXC is
under the GNU GPL, version 2 or 3 (``COPYING``), its translations with it; `pairs.tsv` holds only
ids and digests.

A message is one ``<message>`` of the catalogue in file order (every ``<context>`` in turn), read
with lxml (no entities resolved, no network): its English is the ``<source>``, its Russian the
``<translation>``. Plural (``numerus``) messages, unfinished, vanished and obsolete translations
and empty ones are no pairs but keep their place. A message's bead is its place; the set takes
every fifth message (bead divisible by `STEP`) whose Russian holds a Russian letter: 404 of the
catalogue's 2,184 messages (2,071 of them finished singular translations), a sample
spread evenly over the program's dialogs (the catalogue is ordered by Qt context, from the about
dialog to the command line), chosen by position, not by what a message says. `pairs.tsv` lists
them: ``text``, ``bead``, ``block`` (``<text>#<bead>``) and ``digest`` (the QA sets' block
digest of the English and Russian).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from bench.align_heldout import SourceFile
from bench.qa_heldout import HeldOutCase
from bench.terms_listing import catalogue_cases, every_step

REPO = "keepassxreboot/keepassxc"
COMMIT = "49f29245325fbddb76124c57f8e1753c4f4d53db"
PAIRS = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru_keepassxc" / "pairs.tsv"
STEP = 5
"""Every STEP-th message of the catalogue is a pair."""
NOT_DONE = frozenset({"unfinished", "vanished", "obsolete"})
"""The ``type`` of a translation that is no translation yet, or no longer one."""

DOCUMENTS: dict[str, SourceFile] = {
    "keepassxc-messages": SourceFile(REPO, COMMIT, "share/translations/keepassxc_ru.ts",
                                     "6bb7fa7d8d1877418275cecc3ca6805a5bb4cb4199455b6e0b76f16f1aea1b69"),
}
"""The one document, KeePassXC's Russian catalogue, by its name in the set."""


def messages(text: str) -> list[tuple[str, str] | None]:
    """A Qt catalogue's messages in file order: (English, Russian) for a finished singular
    translation, None for any other (plural, unfinished, vanished, obsolete, empty), so that a
    message's place does not depend on whether it is a pair."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(text.encode("utf-8"), parser)
    found: list[tuple[str, str] | None] = []
    for message in root.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if message.get("numerus") == "yes" or source is None or translation is None \
                or translation.get("type") in NOT_DONE or not translation.text or not source.text:
            found.append(None)
        else:
            found.append((source.text, translation.text))
    return found


def file_pairs(text: str) -> list[tuple[int, str, str]]:
    """A catalogue's pairs as (bead, English, Russian) by the module docstring's rule."""
    return every_step(messages(text), STEP)


def load(listing: Path = PAIRS) -> list[HeldOutCase]:
    """Every listed pair as a real case (English source, Russian target), its block id
    ``<text>#<bead>``, refused (`ValueError`) where its digest is not the listing's; the mirror
    absent or the file changed raises `FileNotFoundError`."""
    return catalogue_cases(listing, DOCUMENTS, file_pairs)
