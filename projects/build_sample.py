"""Rebuild the sample project `projects/workers-clubs/` from its materials (`make sample`).

The materials are the files a person edits: `sources/workers-clubs.en.txt`
(the OCR'd page, verbatim), `sources/workers-clubs.ru.txt` (its translation)
and `termbase.csv`. Everything else in the folder (`project.toml`,
`project.db`, `termbase.db`) is made from them by the workbench's own
commands, exactly as a user would make it, so the sample is also a test of
the pipeline.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "workers-clubs"
MATERIALS = ("sources/workers-clubs.en.txt", "sources/workers-clubs.ru.txt", "termbase.csv")
GENERATED = ("project.toml", "project.db", "termbase.db")


def run(*args: str) -> None:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    if result.exit_code != 0:
        sys.exit(f"workbench {' '.join(args)} failed:\n{result.output}{result.stderr}")
    print(result.output, end="")


def build(destination: Path = SAMPLE) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "workers-clubs"
        materials = Path(tmp) / "materials"
        for name in MATERIALS:
            (materials / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(destination / name, materials / name)
        run("init", str(staging), "--source-lang", "en", "--target-lang", "ru", "--name", "Workers' clubs, 1923-24")
        run(
            "import", str(staging),
            "--source", str(materials / "sources/workers-clubs.en.txt"),
            "--target", str(materials / "sources/workers-clubs.ru.txt"),
        )
        run("term", "import", str(staging), str(materials / "termbase.csv"))
        run("align", str(staging))
        for name in GENERATED:
            (destination / name).unlink(missing_ok=True)
            if (staging / name).exists():
                shutil.copy2(staging / name, destination / name)


if __name__ == "__main__":
    build()
