"""XLIFF, TMX and TBX files from the wild, round-tripped: `python -m bench.bench_interop_wild`.

The files are real ones from public repositories (tools' own test files and
projects' exports: Trados, Matecat, Okapi, Phrase/Memsource, Crowdin, Xcode,
Symfony, Angular, OmegaT, translate-toolkit, 24|xliff, locize...), read from
the mirrors under `/work/.mirror/` (`WILD_MIRRORS` to move them) by `git
show`, never copied into this repository. A file whose mirror is absent is
skipped and counted.

Each XLIFF file is imported into a fresh project of its own languages
(`workbench import --xliff`), up to three units are translated and confirmed
through the core (the target is a marker word and the source with its inline
codes, in place), the project is exported (`workbench export --xliff`) and
the export is checked:

* **schema**: valid against the OASIS schema (1.2 transitional, 2.0 core, from
  the OpenXLIFF mirror) whenever the original was;
* **reimport**: the export imports into a new project with the same segments
  (ids and sources) and the new targets;
* **untouched**: every unit we did not translate is byte for byte what it
  was, and so is the text between units; only the translated units changed;
* **codes**: the inline codes of each translated source (`g`, `x`, `bx`, `ph`,
  `pc`, `mrk`... with their ids) are in its target, in order;
* **attributes**: every unit keeps its attributes (id, resname, ...), and its
  notes (`approved` may drop to `no`);
* **encoding**: the XML declaration and a byte-order mark are kept.

A refusal (exit 2, one line) is a result of its own, "refused", with its line.
TMX files go through `workbench memory import` and `import --tmx` then
`export --tmx` (DTD-valid, reimported equal); TBX through `term import` and
`term export` (reimported equal).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
from lxml import etree

MIRRORS = Path(os.environ.get("WILD_MIRRORS", "/work/.mirror"))
PEERS = Path(os.environ.get("WILD_PEERS", Path(__file__).resolve().parent.parent.parent / "shared" / "external-peers"))
"""The peers' suite (`../shared/external-peers/`): its TBX files go through the round trip too."""
SCHEMAS = MIRRORS / "rmraya+OpenXLIFF" / "repo"
MARK = "ПРОВЕРКА"

MATECAT = "matecat+xliff-parser"
SYMFONY = "symfony+translation"
OMEGAT = "omegat-org+omegat"
TT = "translate+translate"
LOCIZE = "locize+xliff"
MSOM = "microsoft+XLIFF2-Object-Model"


@dataclass(frozen=True, slots=True)
class Wild:
    """One file of the corpus: who wrote it, its format, where it is."""

    tool: str
    format: str
    mirror: str
    path: str


CORPUS: tuple[Wild, ...] = (
    # Trados Studio
    Wild("Trados Studio", "sdlxliff", MATECAT, "tests/files/sdlxliff/piazza.sdlxliff"),
    Wild("Trados Studio", "sdlxliff", MATECAT, "tests/files/S9_Backlight.xls.ttx (3).sdlxliff"),
    Wild("Trados Studio", "sdlxliff", MATECAT, "tests/files/Test stati sdlxliff.txt_it-IT_en-US.sdlxliff"),
    Wild("Trados Studio", "sdlxliff", MATECAT, "tests/files/trailing_space.sdlxliff"),
    Wild("Trados Studio", "sdlxliff", MATECAT, "tests/files/spazi.sdlxliff"),
    Wild("Trados Studio (PO)", "sdlxliff", MATECAT, "tests/files/file-with-notes-nobase64.po.sdlxliff"),
    # Matecat converter (Okapi inside)
    Wild("Matecat", "xliff 1.2", MATECAT, "tests/files/file-917760.xliff"),
    Wild("Matecat", "xliff 1.2", MATECAT, "tests/files/intermediate_xliff.xliff"),
    Wild("Matecat", "xliff 1.2", MATECAT, "tests/files/from_jsont.xliff"),
    Wild("Matecat", "xliff 1.2", MATECAT, "tests/files/newformat.jsont.xlf"),
    Wild("Matecat", "xliff 1.2", MATECAT, "tests/files/file-with-nested-group.xliff"),
    Wild("Matecat", "xliff 1.2", MATECAT, "tests/files/file-with-notes-converted.xliff"),
    Wild("Matecat", "xliff 1.2", MATECAT, "tests/files/13578661#IFgFi8oGn6.xlf"),
    Wild("Matecat", "xliff 1.2", MATECAT, "tests/files/char-limit.jsont2.xlf"),
    Wild("Matecat", "xliff 1.2", MATECAT, "tests/files/inglese-con-newlines-e-doctype.po.sdlxliff"),
    Wild("TranslationOS", "xliff 1.2", MATECAT, "tests/files/v1-duplicate-ids.xliff"),
    # Okapi / Rainbow
    Wild("Okapi", "xliff 1.2", MATECAT, "tests/files/calibre.docx.xliff"),
    Wild("Okapi", "xliff 1.2", MATECAT, "tests/files/empty-mrk.xliff"),
    Wild("Okapi", "xliff 1.2", MATECAT, "tests/files/xliff12-with-segment-state.xliff"),
    Wild("Okapi", "xliff 1.2", OMEGAT, "src/test/resources/data/filters/xliff/filters4-xliff1/en-ca.xlf"),
    Wild("24|xliff", "xliff 1.2", OMEGAT, "src/test/resources/data/filters/xliff/filters3/file-xliff-BUGS1221.xlf"),
    # Crowdin, Xcode
    Wild("Crowdin", "xliff 1.2", MATECAT, "tests/files/entities.xliff"),
    Wild("Xcode", "xliff 1.2", MATECAT, "tests/files/long-segment-id.xliff"),
    # Phrase (Memsource)
    Wild("Phrase (Memsource)", "xliff 2.0", MATECAT, "tests/files/uber-v2.xliff"),
    Wild("Phrase (Memsource)", "xliff 2.0", MATECAT, "tests/files/char-limit.xliff"),
    Wild("Phrase (Memsource)", "xliff 2.0", MATECAT, "tests/files/pc-slash.xlf"),
    Wild("Phrase (Memsource)", "xliff 2.0", MATECAT, "tests/files/uber/39.xliff.xliff"),
    Wild("Phrase (Memsource)", "xliff 2.0", MATECAT, "tests/files/uber/SpotCheck-en_us-es_419-H.xlf"),
    # XLIFF 2 by other writers
    Wild("Matecat", "xliff 2.0", MATECAT, "tests/files/prova.md.xlf"),
    Wild("Matecat", "xliff 2.0", MATECAT, "tests/files/notes-after-segment.xliff"),
    Wild("Matecat", "xliff 2.0", MATECAT, "tests/files/pcec.xlf"),
    Wild("OASIS sample", "xliff 2.0", MATECAT, "tests/files/sample-20.xlf"),
    Wild("OASIS sample", "xliff 2.0", MATECAT, "tests/files/sample-20-segmented.xlf"),
    Wild("OASIS spec example", "xliff 2.0", OMEGAT, "src/test/resources/data/filters/xliff/filters4-xliff2/ex.14.5.xlf"),
    Wild("XLIFF2 Object Model", "xliff 2.0", MSOM, "Xliff.OM.Tests/Oasis_TestFiles/core/in-out/toSegment1_in.xlf"),
    Wild("XLIFF2 Object Model", "xliff 2.0", MSOM, "Xliff.OM.Tests/Oasis_TestFiles/core/in-out/toRewrite2_in.xlf"),
    # Symfony
    Wild("Symfony", "xliff 1.2", SYMFONY, "Tests/Fixtures/resources.xlf"),
    Wild("Symfony", "xliff 1.2", SYMFONY, "Tests/Fixtures/resname.xlf"),
    Wild("Symfony", "xliff 1.2", SYMFONY, "Tests/Fixtures/withnote.xlf"),
    Wild("Symfony", "xliff 1.2", SYMFONY, "Tests/Fixtures/with-attributes.xlf"),
    Wild("Symfony", "xliff 1.2", SYMFONY, "Tests/Fixtures/resources-target-attributes.xlf"),
    Wild("Symfony", "xliff 1.2", SYMFONY, "Tests/Fixtures/encoding.xlf"),
    Wild("Symfony", "xliff 2.0", SYMFONY, "Tests/Fixtures/resources-2.0.xlf"),
    Wild("Symfony", "xliff 2.0", SYMFONY, "Tests/Fixtures/resources-notes-meta.xlf"),
    # Angular ng extract-i18n, translated by people
    Wild("Angular", "xliff 1.2", "duplicati+ngclient", "projects/ngclient/src/locale/messages.ru.xlf"),
    Wild("Angular", "xliff 1.2", "autowp+autowp-frontend", "src/locale/messages.ru-RU.xlf"),
    Wild("Angular", "xliff 2.0", LOCIZE, "test/fixtures/inline-elements/example_angular.xliff"),
    # locize (i18next), translate-toolkit, OmegaT's own tests
    Wild("locize xliff", "xliff 1.2", LOCIZE, "test/fixtures/inline-elements/example_native-span12.xliff"),
    Wild("locize xliff", "xliff 2.0", LOCIZE, "test/fixtures/inline-elements/example_generic-span.xliff"),
    Wild("translate-toolkit", "xliff 1.1", TT, "tests/odf_xliff/test_inline-test_odf2xliff_inline-reference.xlf"),
    Wild("translate-toolkit", "xliff 1.1", TT, "tests/cli/data/test_pocount_xliff_states_yes/states.xlf"),
    Wild("OmegaT tests", "xliff 1.2", OMEGAT, "src/test/resources/data/filters/xliff/filters3/file-xliff-RFE1506.xliff"),
    Wild("OmegaT tests", "xliff 1.2", OMEGAT, "src/test/resources/data/editor/sort/numeric-sort-demo.xliff"),
    # Trados MultiTerm XML: not TBX, to be refused in one line
    Wild("Trados MultiTerm", "multiterm xml", "g-fiorentino+COVID-19-termbase-en-it", "Trados XML+XDT/COVID-19_TB_EN-IT.xml"),
    # TMX
    Wild("hypomnema (python-tmx)", "tmx", "EnzoAgosta+python-tmx", "tests/data/standard.tmx"),
    Wild("hypomnema (python-tmx)", "tmx", "EnzoAgosta+python-tmx", "tests/data/namespaces.tmx"),
    Wild("OmegaT", "tmx", OMEGAT, "src/testAcceptance/resources/data/project/omegat/project_save.tmx"),
    Wild("OmegaT", "tmx", OMEGAT, "src/testAcceptance/resources/data/project_CN_JP/omegat/project_save.tmx"),
    Wild("Maxprograms (Swordfish)", "tmx", "rmraya+OpenXLIFF", "i18n/OpenXLIFF_Java_es.tmx"),
)


def _peer_tbx() -> tuple[Wild, ...]:
    """The peers' valid TBX files, with the tool the manifest names."""
    import json

    manifest = PEERS / "tbx" / "manifest.json"
    if not manifest.is_file():
        return ()
    return tuple(
        Wild(entry["origins"][0]["peer"], "tbx", "peers", f"tbx/{entry['file']}")
        for entry in json.loads(manifest.read_text(encoding="utf-8"))
        if entry.get("kind") == "valid"
    )


CORPUS += _peer_tbx()


@dataclass(slots=True)
class Outcome:
    wild: Wild
    result: str = "ok"
    """ok, refused, skipped or FAIL."""
    units: int = 0
    translated: int = 0
    omegat: bool = False
    """OmegaT opened the export and kept our targets."""
    problems: list[str] = field(default_factory=list)

    def fail(self, problem: str) -> None:
        self.result = "FAIL"
        self.problems.append(problem)


def _cli(*args: str) -> tuple[int, str]:
    from click.testing import CliRunner

    from workbench.cli import main

    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _extract(wild: Wild, folder: Path) -> Path | None:
    if wild.mirror == "peers":
        found = PEERS / wild.path
        if not found.is_file():
            return None
        (folder / found.name).write_bytes(found.read_bytes())
        return folder / found.name
    repo = MIRRORS / wild.mirror / "repo"
    if not repo.is_dir():
        return None
    data = subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{wild.path}"], capture_output=True, check=False
    )
    if data.returncode != 0:
        return None
    name = regex.sub(r"[^\w.-]", "_", Path(wild.path).name)
    path = folder / name
    path.write_bytes(data.stdout)
    return path


def _languages(path: Path) -> tuple[str, str]:
    """The languages of the first `file` (1.x) or of the root (2.x); the target is ru when none is named."""
    head = path.read_bytes()[:65536].decode("utf-8", "replace")
    holder = regex.search(r"<file\b[^>]*source-language[^>]*>|<xliff\b[^>]*srcLang[^>]*>", head)
    found = holder.group(0) if holder else ""
    source = regex.search(r"""\s(?:source-language|srcLang)\s*=\s*["']([^"']+)["']""", found)
    target = regex.search(r"""\s(?:target-language|trgLang)\s*=\s*["']([^"']+)["']""", found)
    return (source.group(1) if source else "en"), (target.group(1) if target else "ru")


def _init(folder: Path, source: str, target: str) -> tuple[int, str]:
    """A new project of the file's languages; a region we do not know (ko-KO) falls back to the language."""
    code, output = _cli("init", str(folder), "--source-lang", source, "--target-lang", target)
    if code != 0:
        code, output = _cli("init", str(folder), "--source-lang", source.split("-")[0], "--target-lang", target.split("-")[0])
    return code, output


_SCHEMA_CACHE: dict[str, Any] = {}


def _schema(version: str) -> Any:
    """The OASIS schema of `version` (1.2 transitional, 2.0 core), or None when its mirror is absent."""
    if version not in _SCHEMA_CACHE:
        file = {
            "1.2": SCHEMAS / "catalog/xliff/xliff-core-1.2-transitional.xsd",
            "2.0": SCHEMAS / "catalog/xliff2.0/xliff_core_2.0.xsd",
        }.get(version)
        schema = None
        if file is not None and file.is_file():
            folder = Path(tempfile.mkdtemp(prefix="wild-xsd-"))
            source = file.read_text(encoding="utf-8")
            xml_xsd = SCHEMAS / "catalog/xliff2.0/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"
            (folder / "xml.xsd").write_bytes(xml_xsd.read_bytes())
            source = regex.sub(r'schemaLocation="[^"]*xml\.xsd"', 'schemaLocation="xml.xsd"', source)
            (folder / "core.xsd").write_text(source, encoding="utf-8")
            schema = etree.XMLSchema(etree.parse(str(folder / "core.xsd")))
        _SCHEMA_CACHE[version] = schema
    return _SCHEMA_CACHE[version]


def _valid(path: Path) -> bool | None:
    """Schema-valid? None when no schema applies (another version, or no mirror)."""
    try:
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return False
    version = (tree.getroot().get("version") or "").strip()
    schema = _schema("2.0" if version.startswith("2") else version)
    return None if schema is None else bool(schema.validate(tree))


_UNIT = regex.compile(r"<(trans-unit|unit)\b[^>]*?(?:/>|>.*?</\1\s*>)", flags=regex.DOTALL)
_ID = regex.compile(r"""\sid\s*=\s*(["'])(.*?)\1""")


def _units(text: str) -> tuple[dict[str, str], str]:
    """Each unit's text by id, and the file's text outside its units."""
    units: dict[str, str] = {}
    outside: list[str] = []
    position = 0
    for found in _UNIT.finditer(text):
        start = found.group(0)[: found.group(0).find(">") + 1]
        ident = _ID.search(start)
        units.setdefault(ident.group(2) if ident else f"@{found.start()}", found.group(0))
        outside.append(text[position : found.start()])
        position = found.end()
    outside.append(text[position:])
    return units, "\x00".join(outside)


_INLINE = {"g", "x", "bx", "ex", "bpt", "ept", "ph", "it", "pc", "sc", "ec", "sm", "em", "mrk"}


def _codes(element: Any) -> list[tuple[str, str]]:
    """The inline codes under `element`, in order: (name, id) (a segment `mrk` is not a code)."""
    codes = []
    for child in element.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name in _INLINE and not (name == "mrk" and child.get("mtype") == "seg"):
            codes.append((name, child.get("id") or child.get("startRef") or child.get("mid") or ""))
    return codes


def _segments(project_dir: Path) -> list[tuple[str, str, str]]:
    from workbench.core.project import Project

    with Project.open(project_dir) as project:
        return [(s.source, s.target, str(s.status)) for s in project.segments()]


def _translate(project_dir: Path, limit: int = 3) -> int:
    """Translate and confirm up to `limit` translatable segments; the target keeps the source's codes in place."""
    from workbench.core import editing
    from workbench.core.project import Project

    done = 0
    with Project.open(project_dir) as project:
        # Segments with inline codes first: keeping them in place is what most often goes wrong.
        for segment in sorted(project.segments(), key=lambda s: "⟦" not in s.source):
            if done >= limit:
                break
            if segment.untranslatable or not segment.source.strip():
                continue
            editing.set_target(project, segment.id, f"{MARK} {segment.source}")
            editing.confirm(project, segment.id)
            done += 1
    return done


def round_trip_xliff(wild: Wild, path: Path, work: Path, *, omegat: bool = True) -> Outcome:
    outcome = Outcome(wild)
    source_lang, target_lang = _languages(path)
    first = work / "first"
    code, output = _init(first, source_lang, target_lang)
    if code != 0:
        outcome.result = "refused"
        outcome.problems.append(f"init {source_lang}->{target_lang}: {output.strip().splitlines()[-1]}")
        return outcome
    code, output = _cli("import", str(first), "--xliff", str(path))
    if code != 0:
        lines = output.strip().splitlines()
        if code == 2 and len(lines) == 1 and "Traceback" not in output:
            outcome.result = "refused"
            outcome.problems.append(lines[0])
        else:
            outcome.fail(f"import exit {code}: {output.strip()[-300:]}")
        return outcome
    before = _segments(first)
    outcome.units = len(before)
    outcome.translated = _translate(first)
    exported = work / f"out{path.suffix}"
    code, output = _cli("export", str(first), "--xliff", str(exported))
    if code != 0:
        outcome.fail(f"export exit {code}: {output.strip()[-300:]}")
        return outcome
    _check_export(outcome, path, exported, work, source_lang, target_lang)
    if omegat and (wild.format.startswith("sdlxliff") or wild.format.startswith("xliff 1")):
        _omegat(outcome, exported, work, source_lang, target_lang)
    return outcome


def _check_export(outcome: Outcome, path: Path, exported: Path, work: Path, source_lang: str, target_lang: str) -> None:
    original_bytes, exported_bytes = path.read_bytes(), exported.read_bytes()
    if original_bytes[:3] == b"\xef\xbb\xbf" and exported_bytes[:3] != b"\xef\xbb\xbf":
        outcome.fail("byte-order mark lost")
    declaration = original_bytes.lstrip(b"\xef\xbb\xbf").split(b"?>", 1)[0]
    if declaration.startswith(b"<?xml") and declaration != exported_bytes.lstrip(b"\xef\xbb\xbf").split(b"?>", 1)[0]:
        outcome.fail("XML declaration changed")
    if _valid(path) and not _valid(exported):
        outcome.fail("export is not schema-valid (the original was)")
    second = work / "second"
    _init(second, source_lang, target_lang)
    code, output = _cli("import", str(second), "--xliff", str(exported))
    if code != 0:
        outcome.fail(f"reimport exit {code}: {output.strip()[-200:]}")
    else:
        again = _segments(second)
        first = _segments(work / "first")
        if [s[0] for s in again] != [s[0] for s in first]:
            outcome.fail("reimport: sources differ")
        elif [s[1] for s in again] != [s[1] for s in first]:
            differ = [(a[1][:40], b[1][:40]) for a, b in zip(first, again) if a[1] != b[1]]
            outcome.fail(f"reimport: targets differ {differ[:2]}")
    text_in = _decode(original_bytes)
    text_out = _decode(exported_bytes)
    units_in, outside_in = _units(text_in)
    units_out, outside_out = _units(text_out)
    if outside_in != outside_out:
        outcome.fail("text outside the units changed")
    if set(units_in) != set(units_out):
        outcome.fail(f"unit ids differ ({len(units_in)} -> {len(units_out)})")
    changed = [key for key in units_in if key in units_out and units_in[key] != units_out[key]]
    if len(changed) > outcome.translated:
        outcome.fail(f"{len(changed)} units changed for {outcome.translated} translated")
    for key in changed:
        _check_unit(outcome, key, units_in[key], units_out[key])


def _decode(data: bytes) -> str:
    head = data[:200].decode("latin-1")
    found = regex.search(r"""encoding\s*=\s*["']([\w.-]+)["']""", head)
    codec = found.group(1) if found else "utf-8"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        codec = "utf-16"
    return data.decode(codec, "replace")


def _check_unit(outcome: Outcome, key: str, before: str, after: str) -> None:
    wrap = '<w xmlns:xlf="x">{}</w>'
    namespaces = " ".join(sorted(set(regex.findall(r"""xmlns(?::[\w.-]+)?=["'][^"']*["']""", before + after))))
    try:
        old = etree.fromstring(wrap.format(before).replace("<w ", f"<w {namespaces} ", 1))[0]
        new = etree.fromstring(wrap.format(after).replace("<w ", f"<w {namespaces} ", 1))[0]
    except etree.XMLSyntaxError:
        return  # a prefix declared on the root: the schema and reimport checks cover the unit
    keep = {k: v for k, v in old.attrib.items() if k != "approved"}
    if {k: v for k, v in new.attrib.items() if k != "approved"} != keep:
        outcome.fail(f"unit {key}: attributes changed")
    notes = Counter((n.text or "").strip() for n in old.iter() if isinstance(n.tag, str) and etree.QName(n).localname == "note")
    notes_after = Counter((n.text or "").strip() for n in new.iter() if isinstance(n.tag, str) and etree.QName(n).localname == "note")
    if notes - notes_after:
        outcome.fail(f"unit {key}: notes lost")
    for source, target in _sides(new):
        if MARK in "".join(target.itertext()) and Counter(_codes(target)) != Counter(_codes(source)):
            outcome.fail(f"unit {key}: inline codes {_codes(source)[:4]} became {_codes(target)[:4]}")


def _sides(unit: Any) -> list[tuple[Any, Any]]:
    """(source, target) of each segment of a unit: a 2.x `segment`, a 1.2 `mrk mtype="seg"` of a
    `seg-source` and its twin in the target, or the 1.2 unit's `source` and `target`."""
    def children(element: Any, name: str) -> list[Any]:
        return [c for c in element if isinstance(c.tag, str) and etree.QName(c).localname == name]

    segments = children(unit, "segment")
    if segments:
        return [(children(s, "source")[0], children(s, "target")[0]) for s in segments if children(s, "target")]
    sources, targets = children(unit, "source"), children(unit, "target")
    if not sources or not targets:
        return []
    seg_source = children(unit, "seg-source")
    if seg_source:
        def marks(side: Any) -> dict[str, Any]:
            return {m.get("mid"): m for m in side.iter() if isinstance(m.tag, str)
                    and etree.QName(m).localname == "mrk" and m.get("mtype") == "seg"}
        held = marks(targets[0])
        return [(mark, held[mid]) for mid, mark in marks(seg_source[0]).items() if mid in held]
    return [(sources[0], targets[0])]


OMEGAT_JAR = Path(os.environ.get("OMEGAT_JAR", "/usr/share/omegat/OmegaT.jar"))


def _omegat(outcome: Outcome, exported: Path, work: Path, source_lang: str, target_lang: str) -> None:
    """OmegaT (headless, console-translate) opens the export and writes it back with our targets in it.

    OmegaT 3.6's XLIFF filter reads 1.x files named `.xlf`; its output is read with our reader,
    and every target we wrote must still be there."""
    import shutil

    from bench.tmx_peers import OMEGAT_PROJECT
    from workbench.formats.xliff import read_xliff

    java = shutil.which("java")
    if java is None or not OMEGAT_JAR.is_file():
        return
    project = work / "omegat"
    for sub in ("source", "target", "tm", "glossary", "dictionary", "omegat"):
        (project / sub).mkdir(parents=True)
    settings = OMEGAT_PROJECT.replace("<source_lang>en<", f"<source_lang>{source_lang}<").replace(
        "<target_lang>ru<", f"<target_lang>{target_lang}<")
    (project / "omegat.project").write_text(settings, encoding="utf-8")
    shutil.copy(exported, project / "source" / "doc.xlf")
    result = subprocess.run([java, "-Djava.awt.headless=true", "-jar", str(OMEGAT_JAR), str(project),
                             "--mode=console-translate"], capture_output=True, text=True, timeout=300, check=False)
    log = result.stdout + result.stderr
    written = project / "target" / "doc.xlf"
    if result.returncode != 0 or "Exception" in log or not written.is_file():
        outcome.fail(f"OmegaT: exit {result.returncode}, {log.strip()[-200:]}")
        return
    ours = sum(1 for segment in read_xliff(exported, source_lang, target_lang) if MARK in segment.target)
    theirs = sum(1 for segment in read_xliff(written, source_lang, target_lang) if MARK in segment.target)
    if theirs < ours:
        declared = regex.search(rb"""encoding\s*=\s*["']([\w.-]+)""", exported.read_bytes()[:200])
        if declared and not declared.group(1).lower().startswith(b"utf"):
            # OmegaT 3.6 writes the file back in its code page, each letter outside it a '?'.
            outcome.problems.append(f"OmegaT writes {declared.group(1).decode()} back, our Cyrillic targets as '?' (its limit)")
            return
        outcome.fail(f"OmegaT's output holds {theirs} of our {ours} targets")
    outcome.omegat = True


def round_trip_tmx(wild: Wild, path: Path, work: Path) -> Outcome:
    outcome = Outcome(wild)
    head = path.read_bytes()[:4096].decode("utf-8", "replace")
    found = regex.search(r"""srclang\s*=\s*["']([^"']+)["']""", head)
    langs = regex.findall(r"""<tuv\b[^>]*?\s(?:xml:)?lang\s*=\s*["']([^"']+)["']""", path.read_text("utf-8", "replace"))
    source = found.group(1) if found and found.group(1) != "*all*" else (langs[0] if langs else "en")
    target = next((lang for lang in langs if lang.lower()[:2] != source.lower()[:2]), "ru")
    project = work / "tm"
    code, output = _cli("init", str(project), "--source-lang", source, "--target-lang", target)
    if code != 0:
        outcome.result = "refused"
        outcome.problems.append(output.strip().splitlines()[-1])
        return outcome
    code, output = _cli("memory", "import", str(project), str(path))
    if code != 0:
        outcome.fail(f"memory import exit {code}: {output.strip()[-200:]}")
        return outcome
    code, output = _cli("import", str(project), "--tmx", str(path))
    if code != 0:
        outcome.fail(f"import --tmx exit {code}: {output.strip()[-200:]}")
        return outcome
    before = _segments(project)
    outcome.units = len(before)
    exported = work / "out.tmx"
    code, output = _cli("export", str(project), "--tmx", str(exported), "--all")
    if code != 0:
        outcome.fail(f"export exit {code}: {output.strip()[-200:]}")
        return outcome
    dtd_file = SCHEMAS / "catalog/tmx/tmx14.dtd"
    if dtd_file.is_file():
        dtd = etree.DTD(str(dtd_file))
        if not dtd.validate(etree.parse(str(exported))):
            outcome.fail(f"export not valid against the TMX 1.4 DTD: {str(dtd.error_log.filter_from_errors()[0])[:120]}")
    again = work / "again"
    _cli("init", str(again), "--source-lang", source, "--target-lang", target)
    code, output = _cli("import", str(again), "--tmx", str(exported))
    if code != 0:
        outcome.fail(f"reimport exit {code}: {output.strip()[-200:]}")
    elif [s[:2] for s in _segments(again)] != [s[:2] for s in before if s[1]]:
        outcome.fail("reimport differs")
    return outcome


def round_trip_termbase(wild: Wild, path: Path, work: Path) -> Outcome:
    """`term import`, `term export` (TBX v2 and 2019), each export imported again: the same concepts."""
    outcome = Outcome(wild)
    text = path.read_bytes().decode("utf-8", "replace")
    langs = list(dict.fromkeys(lang.split("-")[0].lower() for lang in regex.findall(r"""<langSet\b[^>]*?xml:lang\s*=\s*["']([^"']+)""", text)))
    source = "en" if "en" in langs or not langs else langs[0]
    target = next((lang for lang in langs if lang != source), "ru")
    first = work / "tb"
    _init(first, source, target)
    code, output = _cli("term", "import", str(first), str(path))
    if code != 0:
        lines = output.strip().splitlines()
        if code == 2 and len(lines) == 1:
            outcome.result = "refused"
            outcome.problems.append(lines[0])
        else:
            outcome.fail(f"term import exit {code}: {output.strip()[-200:]}")
        return outcome
    listed = _terms(first)
    outcome.units = len(listed)
    for version in ("2", "2019"):
        exported = work / f"out{version}.tbx"
        code, output = _cli("term", "export", str(first), str(exported), "--tbx-version", version)
        if code != 0:
            outcome.fail(f"term export {version} exit {code}: {output.strip()[-200:]}")
            continue
        again = work / f"again{version}"
        _init(again, source, target)
        code, output = _cli("term", "import", str(again), str(exported))
        if code != 0:
            outcome.fail(f"reimport of TBX {version} exit {code}: {output.strip()[-200:]}")
        elif _terms(again) != listed:
            outcome.fail(f"reimport of TBX {version} differs")
    return outcome


def _terms(project: Path) -> list[Any]:
    import json

    code, output = _cli("term", "list", str(project), "--format", "json")
    concepts = json.loads(output) if code == 0 else []
    for concept in concepts:  # the order of the languages in a concept says nothing; within one it does
        terms = concept.get("terms", [])
        # The model reads a TBX's first definition as `definition` and the others by language, and an
        # export writes the project's source language first, so which field holds a text may change:
        # the texts are compared (a definition without a language, on the entry, is written into the
        # first language section and read back as that language's: left, see docs/hardening.md).
        texts = [d.get("text") for d in concept.pop("definitions", None) or []]
        first = concept.pop("definition", None)
        concept["definition texts"] = sorted(str(text) for text in [first, *texts] if text is not None)
        concept["terms"] = sorted(terms, key=lambda term: str(term.get("lang")))
    return list(concepts)


def round_trip(wild: Wild, *, omegat: bool = True) -> Outcome:
    """The round trip of one file of the corpus, in a temporary folder ("skipped" without its mirror)."""
    with tempfile.TemporaryDirectory(prefix="wild-") as folder:
        work = Path(folder)
        path = _extract(wild, work)
        if path is None:
            return Outcome(wild, result="skipped")
        try:
            if wild.format == "tmx":
                return round_trip_tmx(wild, path, work)
            if wild.format in ("tbx", "multiterm xml"):
                return round_trip_termbase(wild, path, work)
            return round_trip_xliff(wild, path, work, omegat=omegat)
        except Exception as exc:  # a crash is a finding of the survey, not its end
            outcome = Outcome(wild)
            outcome.fail(f"crash: {type(exc).__name__}: {str(exc)[:200]}")
            return outcome


def survey() -> list[Outcome]:
    return [round_trip(wild) for wild in CORPUS]


def run() -> list[dict[str, Any]]:
    outcomes = survey()
    counts = Counter(o.result for o in outcomes)
    return [
        {"benchmark": "interop wild", "metric": f"files {result}", "value": counts.get(result, 0), "unit": "files",
         "target": "0" if result == "FAIL" else ""}
        for result in ("ok", "refused", "FAIL", "skipped")
    ]


def main() -> None:
    for outcome in survey():
        wild = outcome.wild
        print(f"{outcome.result:8} {wild.tool:24} {wild.format:10} {Path(wild.path).name[:48]:48} "
              f"{outcome.units:5} {outcome.translated} {'omegat' if outcome.omegat else '      '}  "
              f"{'; '.join(outcome.problems)[:400]}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
