"""The files a project may hold or not (`rules.toml`, `segmentation.srx`, `dictionary.txt`).

Each was read only when `Path.is_file()` said so, and taken as absent otherwise: a folder, a
named pipe or a device of that name, or a link to a file that is not there (a received project
whose `rules.toml` links to a shared checklist the receiver does not have), and `check` ran
without the project's rules and passed a build it should have failed (hardening, round
fourteen). Absent means no entry of that name at all; any other entry that is not a regular file
is one line, since the project says it has such a file and it cannot be read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from workbench.errors import InputError
from workbench.wording import N_


def optional_file(path: Path) -> Path | None:
    """`path` when it is a regular file (through links), None when nothing has its name;
    InputError for anything else, which a reader would block on, read for ever, or ignore."""
    if not os.path.lexists(path):
        return None
    try:
        info = path.stat()
    except OSError as error:  # a link to nothing, a link loop, a folder we may not enter
        raise InputError.worded(N_("{path}: cannot be read ({reason})"), path=path, reason=error.strerror or error) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError.worded(N_("{path}: is not a regular file (a folder, device, pipe or socket); the project reads it as a file"), path=path)
    return path
