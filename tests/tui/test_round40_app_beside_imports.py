"""The editor open while a real second process imports into its project (hardening, round 40).

Round 39 left it unattacked: a project open in the TUI while another terminal runs `import`,
`import --update` or `import --tmx`. The import holds the project's write lock for seconds; the
app must stay usable meanwhile (keys answered, what the translator types and confirms stored,
after a wait or said), show the new document's segments at its once-a-second watch, and lose
nothing typed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tui_helpers import SIZE, open_editor, settle, stored

from workbench.core.ingest.importing import import_tsv
from workbench.core.project import Project
from workbench.tui.app import make_app

ROOT = Path(__file__).resolve().parents[2]


def start(*args: str) -> subprocess.Popen[str]:
    """A second process on the project, left running while the app is driven."""
    return subprocess.Popen([sys.executable, "-m", "workbench", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))


def tsv(path: Path, numbers: range, word: str = "Line") -> Path:
    path.write_text("".join(f"{word} {i}.\tСтрока {i}.\n" for i in numbers), encoding="utf-8")
    return path


def tmx(path: Path, numbers: range) -> Path:
    units = "".join(f'<tu><tuv xml:lang="en"><seg>Unit {i}.</seg></tuv><tuv xml:lang="ru"><seg>Единица {i}.</seg></tuv></tu>'
                    for i in numbers)
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" '
                    f'segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>'
                    f'<body>{units}</body></tmx>', encoding="utf-8")
    return path


async def test_typing_and_confirming_while_another_process_imports(tmp_path: Path) -> None:
    """Three imports started at once beside the app (a new TSV document, a TMX, a new version of
    the document being translated that adds three lines and brings no targets): every target
    confirmed meanwhile, and one typed and left, is stored; the app shows every segment after."""
    project = tmp_path / "p"
    with Project.create(project, "en", "ru") as made:  # in this process: the imports' own processes are the test
        import_tsv(made, tsv(tmp_path / "doc.tsv", range(1, 13)))
    new_version = tmp_path / "doc.tsv"  # three lines more; no target, so the translator's stay
    new_version.write_text("".join(f"Line {i}.\t\n" for i in range(1, 16)), encoding="utf-8")
    pairs = int(os.environ.get("ROUND40_PAIRS", "100"))
    imports = [("import", str(project), "--tsv", str(tsv(tmp_path / "big.tsv", range(1, pairs + 1), "Big line"))),
               ("import", str(project), "--tmx", str(tmx(tmp_path / "units.tmx", range(1, pairs + 1)))),
               ("import", str(project), "--tsv", str(new_version), "--update", "doc")]
    app = make_app(project)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("enter")  # into the target
        typed = 0
        expected: dict[int, str] = {}  # segment id: the target its translator confirmed
        importing = [start(*command) for command in imports]  # at once: they take the lock in turn
        while any(process.poll() is None for process in importing) or typed < 3:
            assert screen.current_id is not None
            expected[screen.current_id] = f"{screen.editor.text} перевод {typed + 1}"
            await pilot.press("end", *f" перевод {typed + 1}", "enter")
            typed += 1
            await pilot.pause(0.05)
        for process in importing:
            assert process.returncode == 0, process.stderr.read() if process.stderr else ""
        assert screen.current_id is not None
        expected[screen.current_id] = f"{screen.editor.text} не подтверждено"
        await pilot.press("end", *" не подтверждено")  # typed, not confirmed: saved after a pause
        await pilot.pause(1.5)  # the once-a-second watch
        await settle(pilot)
        rows = stored(project)
        assert not [n for n in app._notifications if "Could not save" in str(n.message)]
        assert len(expected) == typed + 1
        assert {row["id"]: row["target"] for row in rows if row["id"] in expected} == expected
        assert len(screen.segments) == len(rows) == 15 + 2 * pairs
        assert screen.editor.text == expected[screen.current_id]
