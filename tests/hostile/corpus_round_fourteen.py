"""The hostile corpus, round fourteen: a baseline that is no file, a project's own files that are none.

Same shape as `corpus.CASES` (and run by the same test).

`check --baseline` read any path it was given to the end: a named pipe with no writer blocked it
for good, and `/dev/zero` filled the memory until the kernel killed it (20 GB on this machine). A
baseline must be a regular file now (`workbench/core/checks/baseline.py`). `rules.toml`,
`segmentation.srx` and `dictionary.txt` were read only when `Path.is_file()` said so and taken as
absent otherwise: a folder, a device or a pipe of that name, or a link to a file the receiver does
not have, and `check` ran without the project's rules, exit 0 where a build should fail. Absent is
now only no entry of that name (`workbench/core/project/optional_files.py`). `dictionary.txt` had
no size cap: at most 16 MB now (`workbench/core/spelling.py`).
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.hostile.corpus import Case, both, damages, fifo, writes

CHECK = ("check", "{p}")
IMPORT = ("import", "{p}", "--source", "{in}/doc.en.txt")
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
    # a received word list of a size no one writes: 100 MB took 1.7 GB and 12 s at every check
    Case("dictionary-txt-of-nineteen-megabytes", CHECK, damages(lambda project: (project / "dictionary.txt").write_bytes(
        b"".join(b"word%d\n" % n for n in range(17 * 2**20 // 10)))), 2,
         "dictionary.txt: 19.3 MB is too large for a word list (at most 16 MB)"),
]
