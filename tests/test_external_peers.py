"""Other tools' own TBX and TMX test files import whole (read from ../shared, never copied).

`../shared/external-peers/` holds files from Okapi, OmegaT, translate-toolkit
and Weblate with a `manifest.json` describing each (kind, language pair,
unit, concept and term counts). Every valid TBX file imports with every
concept, every non-empty term and every status; empty `<term/>` elements are
skipped and counted. Every valid TMX file imports every `tu` into a project,
except units whose `srclang` names another source language, which are
skipped and counted; invalid and malformed files end in one line.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lxml import etree

from termbase.formats.tbx import TbxFormat
from termbase.languages import language_rank
from termbase.model import TermStatus
from workbench.cli import main
from workbench.core.ingest.importing import import_tmx
from workbench.core.project.store import Project
from workbench.errors import InputError

PEERS = Path(__file__).resolve().parent.parent.parent / "shared" / "external-peers"


def manifest(kind: str) -> list[dict[str, Any]]:
    path = PEERS / kind / "manifest.json"
    if not path.is_file():
        return []
    return json.loads(path.read_text(encoding="utf-8"))


def entries(kind: str, wanted: str = "valid") -> list[Any]:
    found = [e for e in manifest(kind) if e["kind"] == wanted]
    if not found:
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{PEERS / kind} is absent (the peers' files live in ../shared)"))]
    return [pytest.param(e, id=e["file"]) for e in found]


RAW_STATUS = {
    "preferredterm-admn-sts": TermStatus.PREFERRED,
    "standardizedterm-admn-sts": TermStatus.PREFERRED,
    "legalterm-admn-sts": TermStatus.PREFERRED,
    "regulatedterm-admn-sts": TermStatus.PREFERRED,
    "notrecommendedterm-admn-sts": TermStatus.DEPRECATED,
    "forbiddenterm-admn-sts": TermStatus.DEPRECATED,
    "admittedterm-admn-sts": TermStatus.ADMITTED,
    "deprecatedterm-admn-sts": TermStatus.DEPRECATED,
    "supersededterm-admn-sts": TermStatus.SUPERSEDED,
    "deprecated": TermStatus.DEPRECATED,
    "obsolete": TermStatus.SUPERSEDED,
    "preferred": TermStatus.PREFERRED,
    "admitted": TermStatus.ADMITTED,
}
"""The statuses the peers' files spell, as a person reading them would map them."""


def raw_statuses(data: bytes) -> Counter[TermStatus]:
    """Statuses written in the file, one per non-empty term, read without our reader."""
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    found: Counter[TermStatus] = Counter()
    for term in root.iter("{*}term"):
        if not "".join(term.itertext()).strip():
            continue
        section = term.getparent()
        if etree.QName(section).localname == "termGrp":
            section = section.getparent()
        status = TermStatus.PREFERRED
        for note in section.iter("{*}termNote"):
            if note.get("type") == "administrativeStatus":
                status = RAW_STATUS[" ".join("".join(note.itertext()).split()).lower()]
        found[status] += 1
    return found


@pytest.mark.parametrize("entry", entries("tbx"))
def test_every_valid_tbx_imports_whole_with_every_status(entry: dict[str, Any]) -> None:
    data = (PEERS / "tbx" / entry["file"]).read_bytes()
    notes: list[str] = []
    concepts = TbxFormat().loads_noted(data, notes)
    assert len(concepts) == entry["concepts"]
    terms = [term for concept in concepts for term in concept.terms]
    empty = data.count(b"<term/>") + data.count(b"<term></term>")
    assert len(terms) + empty == entry["terms"]
    # Since session 27 the notes also say what had no field (kept as notes, or not kept).
    skipped = [note for note in notes if not note.startswith(("kept as notes, ", "not kept, "))]
    assert skipped == ([f"skipped {empty} empty terms (<term/> with no text)"] if empty else [])
    assert Counter(term.status for term in terms) == raw_statuses(data)


def test_the_sdl_export_imports_through_the_cli_with_a_warning(tmp_path: Path) -> None:
    file = PEERS / "tbx" / "okapi-sdl_tbx.tbx"
    if not file.is_file():
        pytest.skip(f"{file} is absent (the peers' files live in ../shared)")
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path / "p"), "--target-lang", "de"]).exit_code == 0
    result = runner.invoke(main, ["term", "import", str(tmp_path / "p"), str(file)])
    assert result.exit_code == 0, result.output
    assert "imported 223 concepts" in result.stdout
    assert "warning: okapi-sdl_tbx.tbx: skipped 44 empty terms" in result.stderr


MT_MARKED = frozenset({"okapi-sampleTMX2.tmx", "okapi-tmx-sampleTMX2.tmx"})
"""The peers' TMX files with a unit marked machine translation (`formats.tmx_marks`)."""


@pytest.mark.parametrize("entry", entries("tmx"))
def test_every_valid_tmx_imports_whole(entry: dict[str, Any], tmp_path: Path) -> None:
    source_lang, target_lang = entry["pair"]
    file = PEERS / "tmx" / entry["file"]
    other, no_source = _tu_counts(file, source_lang)
    with Project.create(tmp_path / "p", source_lang, target_lang) as project:
        if other == entry["tu"]:
            with pytest.raises(InputError, match="declare another source language"):
                import_tmx(project, file)
            return
        report = import_tmx(project, file)
        assert report.segments + other + no_source == entry["tu"]
        units = "unit" if other == 1 else "units"
        machine = tuple(warning for warning in report.warnings if "machine translation" in warning)
        assert tuple(warning for warning in report.warnings if warning not in machine) == (
            (f"skipped {other} {units} whose srclang is not {project.config.source_lang}",) if other else ())
        # Session 44: the TMX 1.4 specification's example marks its French target `Origin` MT.
        assert len(machine) == (entry["file"] in MT_MARKED), machine


def _tu_counts(file: Path, source_lang: str) -> tuple[int, int]:
    """`tu` elements whose srclang names another language, and the others that have no
    variant in the source language (nothing to import), counted without our reader."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.parse(str(file), parser).getroot()
    other = no_source = 0
    for tu in root.iter("{*}tu", "tu"):
        srclang = tu.get("srclang")
        if srclang and srclang != "*all*" and not language_rank(srclang, source_lang):
            other += 1
            continue
        langs = [tuv.get("{http://www.w3.org/XML/1998/namespace}lang") or tuv.get("lang") or "" for tuv in tu.iter("{*}tuv", "tuv")]
        no_source += not any(language_rank(lang, source_lang) for lang in langs)
    return other, no_source


@pytest.mark.parametrize("entry", [*entries("tmx", "invalid"), *entries("tmx", "empty")])
def test_invalid_tmx_ends_in_one_line(entry: dict[str, Any], tmp_path: Path) -> None:
    runner = CliRunner()
    project = tmp_path / "p"
    source_lang, target_lang = entry.get("pair") or ("en", "ru")
    assert runner.invoke(main, ["init", str(project), "--source-lang", source_lang, "--target-lang", target_lang]).exit_code == 0
    result = runner.invoke(main, ["import", str(project), "--tmx", str(PEERS / "tmx" / entry["file"])])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
