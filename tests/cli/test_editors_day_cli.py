"""An editor's day on the command line (twenty-second session): a chapter's pairs go out as XLIFF
to a client's CAT tool and come back changed, run as a person runs it (the `workbench` process,
English and Russian) on real files."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

LANGUAGES = {"en": "C.UTF-8", "ru": "ru_RU.UTF-8"}
PAIRS = [
    ("“Cold?”", "– Зябко?"),
    ("“Yes, straight from Switzerland.”", "– Да, из Швейцарии."),
    ("The conversation proceeded.", "Завязался разговор."),
]


def workbench(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": LANGUAGES[lang], "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True,
                          env=env, timeout=180, check=False)


def ok(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    done = workbench(*args, lang=lang)
    assert done.returncode == 0, done.stderr
    return done


def exported_chapter(tmp_path: Path) -> tuple[Path, Path]:
    """A project of the chapter's pairs, confirmed, and its `export --xliff` file."""
    bitext = tmp_path / "chapter.tsv"
    bitext.write_text("".join(f"{en}\t{ru}\n" for en, ru in PAIRS), encoding="utf-8")
    project = tmp_path / "chapter"
    ok("init", str(project), "--source-lang", "en", "--target-lang", "ru")
    ok("import", str(project), "--tsv", str(bitext))
    ok("mark-translated", str(project))
    sent = tmp_path / "sent.xlf"
    ok("export", str(project), "--xliff", str(sent))
    return project, sent


def segments(project: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = json.loads(ok("segments", str(project), "--format", "json").stdout)
    return rows


def test_an_xliff_sent_back_updates_the_pairs_it_was_exported_from(tmp_path: Path) -> None:
    """The client changed a target and signed another off; imported back, the file made a second
    document of every pair (6 segments, the changes beside the old ones). Now it updates the
    document it was exported from, as one step whose changes `review` shows."""
    project, sent = exported_chapter(tmp_path)
    returned = tmp_path / "returned.xlf"
    text = sent.read_text(encoding="utf-8").replace("– Зябко?", "– Холодно?")
    text = re.sub(r'<target state="translated">(Завязался)', r'<target state="final">\1', text)
    returned.write_text(text, encoding="utf-8")
    done = ok("import", str(project), "--xliff", str(returned))
    assert done.stdout.strip() == (
        "updated 'chapter' from the returned XLIFF file: 2 of 3 units changed (one undo step)")
    rows = segments(project)
    assert [(row["source"], row["target"], row["status"]) for row in rows] == [
        ("“Cold?”", "– Холодно?", "translated"),
        ("“Yes, straight from Switzerland.”", "– Да, из Швейцарии.", "translated"),
        ("The conversation proceeded.", "Завязался разговор.", "reviewed"),
    ]
    status = json.loads(ok("status", str(project), "--format", "json").stdout)
    assert len(status["documents"]) == 1
    assert "[-Зябко-]{+Холодно+}" in ok("review", str(project)).stdout
    again = json.loads(ok("import", str(project), "--xliff", str(returned), "--json").stdout)
    assert again == {"updated_documents": ["chapter"], "units": 3, "updated": 0, "left_out": 0}
    # The same file again changes nothing, so there is no step to undo either.
    assert ok("import", str(project), "--xliff", str(returned)).stdout.strip() == (
        "updated 'chapter' from the returned XLIFF file: 0 of 3 units changed")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_unit_whose_source_reads_otherwise_now_is_left_out_and_said(tmp_path: Path, lang: str) -> None:
    """A unit whose segment's source is not the unit's (the pair split, merged or corrected since
    the export; a unit of no segment) may carry a target for other text: it is left out and
    counted on stderr in the interface language, the other units updated."""
    project, sent = exported_chapter(tmp_path)
    returned = tmp_path / "returned.xlf"
    text = (sent.read_text(encoding="utf-8")
            .replace("<source>“Cold?”</source>", "<source>“Cold, eh?”</source>")
            .replace("– Зябко?", "– Холодно?").replace("Завязался разговор.", "Разговор завязался."))
    returned.write_text(text, encoding="utf-8")
    done = ok("import", str(project), "--xliff", str(returned), lang=lang)
    assert "1 of 3 units changed" in done.stdout
    said = {"en": "warning: 1 unit left out: its segment was split, merged or its source corrected",
            "ru": "предупреждение: 1 единица пропущена"}[lang]
    assert said in done.stderr, done.stderr
    assert [row["target"] for row in segments(project)] == ["– Зябко?", "– Да, из Швейцарии.", "Разговор завязался."]


def test_a_returned_file_naming_a_stranger_document_changes_nothing(tmp_path: Path) -> None:
    """Its first `file` is the project's document, a second names none: refused with one line, exit 2,
    no target changed (a half-applied file would be worse than none)."""
    project, sent = exported_chapter(tmp_path)
    text = sent.read_text(encoding="utf-8").replace("– Зябко?", "– Холодно?")
    chapter = re.search(r"(?s)<file original=\"chapter\".*?</file>", text)
    assert chapter is not None
    appendix = re.sub(r'id="(\d+)"', r'id="9\1"', chapter.group().replace('"chapter"', '"appendix"'))
    returned = tmp_path / "returned.xlf"
    returned.write_text(text.replace(chapter.group(), f"{chapter.group()}\n  {appendix}"), encoding="utf-8")
    done = workbench("import", str(project), "--xliff", str(returned))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "'appendix'" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert [row["target"] for row in segments(project)] == [ru for _, ru in PAIRS]
