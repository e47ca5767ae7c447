"""The hostile corpus, round fourteen: a baseline that is no file, a project's own files that are none.

Same shape as `corpus.CASES` (and run by the same test).

`check --baseline` read any path it was given to the end: a named pipe with no writer blocked it
for good, and `/dev/zero` filled the memory until the kernel killed it (20 GB on this machine). A
baseline must be a regular file now (`workbench/core/checks/baseline.py`). `rules.toml`,
`segmentation.srx` and `dictionary.txt` were read only when `Path.is_file()` said so and taken as
absent otherwise: a folder, a device or a pipe of that name, or a link to a file the receiver does
not have, and `check` ran without the project's rules, exit 0 where a build should fail. Absent is
now only no entry of that name (`workbench/core/project/optional_files.py`). A TMX or XLIFF
declaring a code page (`ISO-8859-1`, `windows-1251`) over UTF-8 bytes was read as declared, and
every letter past ASCII stored as two others, exit 0 (a TBX too, where «книга» has no byte a control
character refuses): refused now (`termbase/formats/xmlsafe.py`). `dictionary.txt` had
no size cap: at most 16 MB now (`workbench/core/spelling.py`).
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.hostile.corpus import (
    RU_SENTENCES,
    Case,
    both,
    concept_entry,
    damages,
    fifo,
    stored_sources_end_with,
    tbx,
    tmx,
    writes,
    xliff,
)
from tests.hostile.corpus_round_two import list_termbase

CHECK = ("check", "{p}")
IMPORT = ("import", "{p}", "--source", "{in}/doc.en.txt")
UTF8_UNDER_LATIN1 = "declares the encoding ISO-8859-1, but its text is UTF-8"
NOT_A_FILE = "is not a regular file (a folder, device, pipe or socket); the project reads it as a file"


def folder(name: str):  # type: ignore[no-untyped-def]
    """A folder where the project keeps one of its files."""
    return damages(lambda project: (project / name).mkdir())


def link(name: str, to: str):  # type: ignore[no-untyped-def]
    """A link in the project, at one of its files' names, to `to` (`{in}` is the inputs folder)."""

    def build(inputs: Path, project: Path) -> None:
        os.symlink(to.replace("{in}", str(inputs)), project / name)

    return build


def pipe_linked_as(name: str):  # type: ignore[no-untyped-def]
    """A named pipe among the inputs and a link to it in the project (the corpus compares the project
    file by file, which would block on a pipe kept in it)."""

    def build(inputs: Path, project: Path) -> None:
        fifo("pipe")(inputs, project)
        link(name, "{in}/pipe")(inputs, project)

    return build


def declared(text: str, encoding: str) -> bytes:
    """`text` (which declares UTF-8) as UTF-8 bytes under another declaration."""
    return text.replace('encoding="UTF-8"', f'encoding="{encoding}"', 1).encode("utf-8")


TU_CAFE = '<tu><tuv xml:lang="en"><seg>The café opened.</seg></tuv><tuv xml:lang="ru"><seg>Cafe</seg></tuv></tu>'
"""A unit of text really in Latin-1 (é is one byte, no UTF-8 sequence)."""


def xliff_with_targets() -> str:
    return xliff("".join(f'<trans-unit id="u{n}"><source>Line {n}.</source><target>{ru}</target></trans-unit>'
                         for n, ru in enumerate(RU_SENTENCES, start=1)))


CASES: list[Case] = [
    # check --baseline: read to the end, whatever it was
    Case("check-baseline-a-named-pipe", ("check", "{p}", "--baseline", "{in}/baseline.json"), fifo("baseline.json"), 2,
         "baseline.json: is not a regular file (a device, pipe or socket)", isolation="subprocess"),
    Case("check-baseline-dev-zero", ("check", "{p}", "--baseline", "/dev/zero"), writes("unused", ""), 2,
         "/dev/zero: is not a regular file (a device, pipe or socket)", isolation="subprocess"),
    Case("check-baseline-two-lists", ("check", "{p}", "--baseline", "{in}/baseline.json"), writes("baseline.json", "[] []"), 2,
         "baseline.json: not a JSON report of workbench check --format json"),
    # a project's own files that are not files: taken as absent
    Case("rules-toml-a-folder", CHECK, folder("rules.toml"), 2, f"rules.toml: {NOT_A_FILE}"),
    Case("rules-toml-a-link-to-dev-zero", CHECK, link("rules.toml", "/dev/zero"), 2, f"rules.toml: {NOT_A_FILE}"),
    Case("rules-toml-a-link-to-a-named-pipe", CHECK, pipe_linked_as("rules.toml"), 2, f"rules.toml: {NOT_A_FILE}",
         isolation="subprocess"),
    Case("rules-toml-a-link-to-a-shared-checklist-not-here", CHECK, link("rules.toml", "../../shared/qa/rules.toml"), 2,
         "rules.toml: cannot be read (No such file or directory)"),
    Case("segmentation-srx-a-folder", IMPORT,
         both(writes("doc.en.txt", "The club opened. Workers came.\n"), folder("segmentation.srx")), 2,
         f"segmentation.srx: {NOT_A_FILE}"),
    Case("segmentation-srx-a-link-to-nothing", ("segmentation", "export", "{p}", "{in}/rules.srx"),
         link("segmentation.srx", "{in}/gone.srx"), 2, "segmentation.srx: cannot be read (No such file or directory)"),
    Case("dictionary-txt-a-folder", CHECK, folder("dictionary.txt"), 2, f"dictionary.txt: {NOT_A_FILE}"),
    # a code page declared over UTF-8: «Клуб» stored as «ÐÐ»ÑÐ±», exit 0
    Case("tmx-utf8-declared-latin-1", ("import", "{p}", "--tmx", "{in}/memory.tmx"),
         writes("memory.tmx", declared(tmx(), "ISO-8859-1")), 2, f"memory.tmx: {UTF8_UNDER_LATIN1}"),
    Case("tmx-utf8-declared-latin-1-into-the-memory", ("memory", "import", "{p}", "{in}/memory.tmx"),
         writes("memory.tmx", declared(tmx(), "ISO-8859-1")), 2, f"memory.tmx: {UTF8_UNDER_LATIN1}"),
    Case("xliff-utf8-declared-windows-1251", ("import", "{p}", "--xliff", "{in}/client.xlf"),
         writes("client.xlf", declared(xliff_with_targets(), "windows-1251")), 2,
         "client.xlf: declares the encoding windows-1251, but its text is UTF-8"),
    Case("tbx-utf8-declared-latin-1", ("term", "import", "{p}", "{in}/glossary.tbx"),
         writes("glossary.tbx", declared(tbx(concept_entry("b1", "book", "книга")), "ISO-8859-1")), 2,
         "glossary.tbx: the file declares the encoding ISO-8859-1, but its text is UTF-8"),
    Case("tmx-in-latin-1-as-declared", ("import", "{p}", "--tmx", "{in}/memory.tmx"),
         writes("memory.tmx", tmx(TU_CAFE).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').encode("latin-1")), 0,
         "imported 'memory'", stored_sources_end_with(["The café opened."])),
    # a received word list of a size no one writes: 100 MB took 1.7 GB and 12 s at every check
    Case("dictionary-txt-of-nineteen-megabytes", CHECK, damages(lambda project: (project / "dictionary.txt").write_bytes(
        b"".join(b"word%d\n" % n for n in range(17 * 2**20 // 10)))), 2,
         "dictionary.txt: 19.3 MB is too large for a word list (at most 16 MB)"),
    # A termbase the project lists that is there but no file was said not to exist (harden14's note).
    Case("config-lists-a-termbase-that-is-a-folder", CHECK, both(folder("glossary"), damages(list_termbase("glossary"))),
         2, "termbase glossary listed in project.toml is not a regular file (a folder, device, pipe or socket)"),
    Case("config-lists-dev-zero-as-a-termbase", CHECK, both(link("zero.tbx", "/dev/zero"), damages(list_termbase("zero.tbx"))),
         2, "termbase zero.tbx listed in project.toml is not a regular file (a folder, device, pipe or socket)"),
]
