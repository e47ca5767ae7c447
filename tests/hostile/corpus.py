"""The hostile corpus: bad inputs, the command each is given to, and the expected outcome.

Each `Case` builds its input in a scratch folder at test time (large ones are
generated, never committed) and may damage a copy of a small project. The
outcome is either a clean refusal (exit 2, one line on stderr containing
`expect`, the project unchanged) or correct handling (exit 0, `expect` on
stdout, and `handled` checking what was stored or printed).

Placeholders in commands: `{p}` is the project folder, `{in}` the folder of
inputs.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Build = Callable[[Path, Path], None]
"""Writes the case's inputs into the inputs folder; may damage the project folder."""
Check = Callable[["Outcome"], None]
Isolation = Literal["in-process", "subprocess", "read-only-mount", "file-size-limit"]

EN = "The club opened in 1923. Workers came every evening.\n\nThe union paid for it.\n"
RU = "Клуб открылся в 1923 году. Рабочие приходили каждый вечер.\n\nПрофсоюз платил за него.\n"
EN_SENTENCES = ["The club opened in 1923.", "Workers came every evening.", "The union paid for it."]
RU_SENTENCES = ["Клуб открылся в 1923 году.", "Рабочие приходили каждый вечер.", "Профсоюз платил за него."]


@dataclass(frozen=True)
class Outcome:
    """What a run produced, with a way to run a follow-up command on the same project."""

    code: int
    project: Path
    inputs: Path
    stdout: str
    stderr: str
    run: Callable[..., Outcome]

    def segments(self) -> list[dict[str, object]]:
        return json.loads(self.run("segments", str(self.project), "--format", "json").stdout)


@dataclass(frozen=True)
class Case:
    """One hostile input and what must happen to it."""

    name: str
    command: tuple[str, ...]
    build: Build
    code: Literal[0, 2]
    expect: str
    """A fragment of the one-line error (exit 2) or of the report on stdout (exit 0)."""
    handled: Check | None = None
    """What correct handling stored or printed (or, for a refusal, did not leave behind)."""
    isolation: Isolation = "in-process"
    """How to run it: in-process under a 10 s alarm, or in a subprocess killed at 10 s
    (hang-prone inputs, and those needing a read-only mount or a file-size limit)."""
    patch: str | None = None
    """For in-process runs: a failure to inject (see `test_hostile_inputs.PATCHES`)."""
    size_limit: int | None = None
    """For a file-size limit: the largest file the process may write (default: room for
    the input's verbatim copy, not for the database rows the import adds)."""
    read_only: str = "."
    """For a read-only mount: what to mount read-only, relative to the project."""
    damaged_db: bool = False
    """The build damages project.db itself, so its integrity is not asserted (only that
    it is left byte for byte as it was)."""
    cpu_seconds: float = 10.0
    """The CPU a subprocess run may use: the guard against hangs. Raised only for an input
    whose correct handling is that much real work (a million segments stored)."""


# -- input builders -------------------------------------------------------------


def writes(name: str, data: bytes | str) -> Build:
    def build(inputs: Path, project: Path) -> None:
        (inputs / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    return build


def both(*builds: Build) -> Build:
    def build(inputs: Path, project: Path) -> None:
        for one in builds:
            one(inputs, project)

    return build


def generated(name: str, make: Callable[[], bytes]) -> Build:
    """Large inputs are made at test time, never committed."""

    def build(inputs: Path, project: Path) -> None:
        (inputs / name).write_bytes(make())

    return build


def fifo(name: str) -> Build:
    def build(inputs: Path, project: Path) -> None:
        os.mkfifo(inputs / name)

    return build


def imported(pairs: str) -> Build:
    """Segments already in the project, for a command that reads them."""

    def build(inputs: Path, project: Path) -> None:
        from workbench.core.ingest.importing import import_tsv
        from workbench.core.project.store import Project

        (inputs / "earlier.tsv").write_text(pairs, "utf-8")
        with Project.open(project) as opened:
            import_tsv(opened, inputs / "earlier.tsv")

    return build


def damages(action: Callable[[Path], None]) -> Build:
    def build(inputs: Path, project: Path) -> None:
        action(project)

    return build


def fifty_megabytes_one_line() -> bytes:
    words = [b"the", b"club", b"opened", b"workers", b"came", b"every", b"evening"]
    rng = random.Random(50)
    chunk = b" ".join(rng.choice(words) for _ in range(200_000))
    return (chunk + b" ") * (50 * 2**20 // (len(chunk) + 1) + 1)


def million_tiny_lines() -> bytes:
    return b"".join(b"w%d\n" % (i % 10) for i in range(1_000_000))


def million_tiny_pairs() -> bytes:
    return b"".join(b"a%d\t\xd0\xb1%d\n" % (i, i) for i in range(1_000_000))


# -- XML builders -----------------------------------------------------------------

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
TU = (
    '<tu><tuv xml:lang="en"><seg>{en}</seg></tuv>'
    '<tuv xml:lang="ru"><seg>{ru}</seg></tuv></tu>\n'
)
LAUGHS = (
    '<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10)
    )
)


def tmx(body: str | None = None, doctype: str = "", encoding: str = "UTF-8") -> str:
    units = body if body is not None else "".join(
        TU.format(en=en, ru=ru) for en, ru in zip(EN_SENTENCES, RU_SENTENCES)
    )
    return (
        XML_DECLARATION.replace("UTF-8", encoding)
        + doctype
        + '<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" '
        'adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/>\n<body>\n'
        + units
        + "</body></tmx>\n"
    )


def concept_entry(concept_id: str, en: str, ru: str, en_lang: str = "en", ru_lang: str = "ru") -> str:
    return (
        f'<conceptEntry id="{concept_id}">'
        f'<langSec xml:lang="{en_lang}"><termSec><term>{en}</term></termSec></langSec>'
        f'<langSec xml:lang="{ru_lang}"><termSec><term>{ru}</term></termSec></langSec>'
        "</conceptEntry>"
    )


def tbx(body: str | None = None, doctype: str = "") -> str:
    entries = body if body is not None else (
        concept_entry("h1", "workers' club", "рабочий клуб") + concept_entry("h2", "union", "профсоюз")
    )
    return (
        XML_DECLARATION
        + doctype
        + '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">'
        "<tbxHeader><fileDesc><sourceDesc><p>hostile</p></sourceDesc></fileDesc></tbxHeader>"
        f"<text><body>{entries}</body></text></tbx>\n"
    )


def xliff(units: str | None = None, doctype: str = "", version: str = "1.2",
          namespace: str = "urn:oasis:names:tc:xliff:document:1.2") -> str:
    body = units if units is not None else "".join(
        f'<trans-unit id="u{i}"><source>{en}</source></trans-unit>' for i, en in enumerate(EN_SENTENCES, start=1)
    )
    return (
        XML_DECLARATION + doctype + f'<xliff version="{version}" xmlns="{namespace}">'
        '<file original="doc.txt" source-language="en" target-language="ru" datatype="plaintext">'
        f"<body>{body}</body></file></xliff>\n"
    )


GOOD_XLIFF = xliff()
GOOD_TMX = tmx()
GOOD_TBX = tbx()
TBX_LAUGHS = tbx(concept_entry("h1", "&lol9;", "клуб"), f"<!DOCTYPE tbx [{LAUGHS}]>\n")
TMX_LAUGHS = tmx(TU.format(en="&lol9;", ru="x"), f"<!DOCTYPE tmx [{LAUGHS}]>\n")


# -- project damage ----------------------------------------------------------------


def replace_database(make: Callable[[Path], None]) -> Callable[[Path], None]:
    def action(project: Path) -> None:
        for side in project.glob("project.db*"):
            side.unlink()
        make(project / "project.db")

    return action


def garbage_database(db: Path) -> None:
    db.write_bytes(random.Random(7).randbytes(16384))


def foreign_database(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("create table invoices (id integer primary key, amount real)")
    conn.execute("insert into invoices (amount) values (12.5)")
    conn.commit()
    conn.close()


def truncate_database(project: Path) -> None:
    checkpoint(project)
    db = project / "project.db"
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])


def scribble_on_pages(project: Path) -> None:
    """Overwrite the cell area of every b-tree page after the first: a torn disk, not a foreign file."""
    checkpoint(project)
    db = project / "project.db"
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for start in range(page, len(data), page):
        data[start + 8 : start + 200] = b"\xab" * 192
    db.write_bytes(bytes(data))


def checkpoint(project: Path) -> None:
    conn = sqlite3.connect(project / "project.db")
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()


def database_is_a_folder(project: Path) -> None:
    for side in project.glob("project.db*"):
        side.unlink()
    (project / "project.db").mkdir()


def config_text(text: str) -> Callable[[Path], None]:
    def action(project: Path) -> None:
        (project / "project.toml").write_text(text, "utf-8")

    return action


# -- checks of correct handling ------------------------------------------------------


def stored_targets(expected: list[str]) -> Check:
    def check(outcome: Outcome) -> None:
        targets = [s["target"] for s in outcome.segments()][-len(expected) :]
        assert targets == expected

    return check


def stored_sources_end_with(expected: list[str]) -> Check:
    def check(outcome: Outcome) -> None:
        sources = [s["source"] for s in outcome.segments()][-len(expected) :]
        assert sources == expected

    return check


def no_control_characters_stored_or_printed(outcome: Outcome) -> None:
    segments = outcome.segments()
    assert any("red club rang a bell" in str(s["source"]) for s in segments)
    for segment in segments:
        text = f"{segment['source']}{segment['target']}"
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in text), repr(text)
    table = outcome.run("segments", str(outcome.project)).stdout
    assert "\x1b" not in table and "\x07" not in table


def no_bidi_overrides_stored(outcome: Outcome) -> None:
    sources = [str(s["source"]) for s in outcome.segments()]
    assert "The club opened in 1923." in sources
    assert not any(ch in text for text in sources for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def markup_printed_literally(outcome: Outcome) -> None:
    table = outcome.run("segments", str(outcome.project)).stdout
    assert "[bold]club[/bold]" in table and "[/]" in table and "[bold]Клуб[/bold]" in table
    findings = outcome.run("check", str(outcome.project), "--format", "json")
    assert findings.stderr == ""


def document_name_printed_literally(outcome: Outcome) -> None:
    status = outcome.run("status", str(outcome.project)).stdout
    assert "[red]doc" in status


def terms_printed_literally(outcome: Outcome) -> None:
    listing = outcome.run("term", "list", str(outcome.project)).stdout
    assert "[bold]club[/]" in listing and "[link=x]клуб[/link]" in listing


def one_concept_with_both_rows(outcome: Outcome) -> None:
    listing = json.loads(outcome.run("term", "list", str(outcome.project), "--format", "json").stdout)
    merged = [c for c in listing if c["id"] == "d01"]
    assert len(merged) == 1
    assert {t["text"] for t in merged[0]["terms"]} >= {"club", "union", "клуб", "профсоюз"}


def segment_count(expected: int) -> Check:
    def check(outcome: Outcome) -> None:
        status = json.loads(outcome.run("status", str(outcome.project), "--format", "json").stdout)
        assert status["segments"]["total"] == expected

    return check


def no_project_made(name: str) -> Check:
    def check(outcome: Outcome) -> None:
        assert not (outcome.inputs / name).exists()
        assert not list(outcome.inputs.glob(f".{name}.*")), "a staging folder was left behind"

    return check


# -- the corpus -------------------------------------------------------------------------

SOURCE = ("import", "{p}", "--source", "{in}/doc.en.txt")
EN_FILE = writes("doc.en.txt", EN)

CASES: list[Case] = [
    # Text documents: encodings, binary, sizes, control characters, markup.
    Case("text-binary-png", SOURCE, writes("doc.en.txt", b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(4000)), 2, "binary"),
    Case("text-nul-bytes", SOURCE, writes("doc.en.txt", EN.encode()[:30] + b"\x00" + EN.encode()[30:]), 2, "binary file (NUL bytes)"),
    Case("text-invalid-utf8", (*SOURCE, "--target", "{in}/doc.ru.txt"),
         both(EN_FILE, writes("doc.ru.txt", RU.encode()[:40] + b"\xff\xfe" + RU.encode()[40:])), 2, "is not valid UTF-8 (invalid byte 0xff at offset 40)"),
    Case("text-mixed-utf8-and-cp1251", (*SOURCE, "--target", "{in}/doc.ru.txt"),
         both(EN_FILE, writes("doc.ru.txt", RU.encode() + RU.encode("cp1251"))), 2, "mixes UTF-8 with another encoding"),
    Case("text-utf16le-without-bom-russian", (*SOURCE, "--target", "{in}/doc.ru.txt"),
         both(EN_FILE, writes("doc.ru.txt", RU.encode("utf-16-le"))), 0, "(utf-16-le), aligned", stored_targets(RU_SENTENCES)),
    Case("text-utf16be-without-bom-english", SOURCE, writes("doc.en.txt", EN.encode("utf-16-be")), 0, "(utf-16-be)",
         stored_sources_end_with(EN_SENTENCES)),
    Case("text-utf16-bom-odd-length", SOURCE, writes("doc.en.txt", codecs.BOM_UTF16_LE + EN.encode("utf-16-le")[:-1]), 2, "byte-order mark"),
    Case("text-50mb-single-line", SOURCE, generated("doc.en.txt", fifty_megabytes_one_line), 2, "too large for one document",
         isolation="subprocess"),
    Case("text-million-tiny-lines", SOURCE, generated("doc.en.txt", million_tiny_lines), 2, "1,000,000 lines are too many",
         isolation="subprocess"),
    Case("tsv-million-tiny-lines", ("import", "{p}", "--tsv", "{in}/pairs.tsv"), generated("pairs.tsv", million_tiny_pairs), 0,
         "1000000 segments", segment_count(1_000_003), isolation="subprocess",
         cpu_seconds=20.0),  # 9.9-12.0 s of CPU here in 2026-12: at 10 s the guard failed on a slow hour
    Case("text-without-sentence-punctuation", SOURCE, generated("doc.en.txt", lambda: b" ".join([b"word"] * 20_000) + b"\n"), 2,
         "sentence 1 is 99,999 characters long"),
    Case("tsv-one-pair-of-two-megabytes", ("import", "{p}", "--tsv", "{in}/pairs.tsv"),
         generated("pairs.tsv", lambda: b"club 1923 " * 200_000 + b"\t" + "клуб 1923 ".encode() * 200_000 + b"\n"), 2,
         "pair 1 has 2,000,000 characters on one side", isolation="subprocess"),
    Case("text-ansi-escapes-and-bells", SOURCE,
         writes("doc.en.txt", EN * 20 + "The \x1b[31mred\x1b[0m club rang\x07 a bell.\x7f\u009b\n"), 0, "imported",
         no_control_characters_stored_or_printed),
    Case("text-bidi-overrides", SOURCE,
         writes("doc.en.txt", "The club \u202eopened\u202c in 1923. Workers \u2066came\u2069 every evening.\n"), 0, "imported",
         no_bidi_overrides_stored),
    Case("text-rich-markup", (*SOURCE, "--target", "{in}/doc.ru.txt"),
         both(writes("doc.en.txt", "The [bold]club[/bold] opened [/] in 1923. See [link=file:///etc/passwd]here[/link].\n"),
              writes("doc.ru.txt", "[bold]Клуб[/bold] открылся [/] в 1923 году. См. [link=file:///etc/passwd]здесь[/link].\n")),
         0, "aligned", markup_printed_literally),
    Case("text-rich-markup-in-file-name", ("import", "{p}", "--source", "{in}/[red]doc.en.txt"), writes("[red]doc.en.txt", EN), 0,
         "imported '[red]doc'", document_name_printed_literally),
    Case("text-empty", SOURCE, writes("doc.en.txt", b""), 2, "the file is empty"),
    Case("text-whitespace-only", SOURCE, writes("doc.en.txt", " \n\t\n\r\n"), 2, "the file is empty"),
    Case("text-missing-file", SOURCE, writes("other.txt", EN), 2, "doc.en.txt: no such file"),
    Case("text-is-a-directory", SOURCE, lambda inputs, project: (inputs / "doc.en.txt").mkdir(), 2, "is a directory"),
    Case("tmx-is-a-directory", ("memory", "import", "{p}", "{in}/m.tmx"), lambda inputs, project: (inputs / "m.tmx").mkdir(), 2,
         "is a directory"),
    Case("text-named-pipe", SOURCE, fifo("doc.en.txt"), 2, "not a regular file", isolation="subprocess"),
    Case("text-dev-zero", ("import", "{p}", "--source", "/dev/zero"), writes("unused", b""), 2, "not a regular file",
         isolation="subprocess"),
    Case("text-wrong-encoding-option", (*SOURCE, "--encoding", "utf-8"), writes("doc.en.txt", RU.encode("koi8-r")), 2,
         "cannot decode as utf-8"),
    Case("text-encoding-option-not-text", (*SOURCE, "--encoding", "rot13"), EN_FILE, 2, "is not a text encoding"),
    Case("text-encoding-option-unknown", (*SOURCE, "--encoding", "klingon"), EN_FILE, 2, "unknown encoding 'klingon'"),
    Case("tsv-extra-tab", ("import", "{p}", "--tsv", "{in}/pairs.tsv"), writes("pairs.tsv", "a\tб\nc\tд\tе\tж\n"), 2, "expected source<TAB>target"),
    Case("tsv-empty-source", ("import", "{p}", "--tsv", "{in}/pairs.tsv"), writes("pairs.tsv", "a\tб\n\tтолько перевод\n"), 2, "the source text is empty"),
    Case("tsv-binary", ("import", "{p}", "--tsv", "{in}/pairs.tsv"), writes("pairs.tsv", bytes(range(256)) * 8), 2, "binary"),
    Case("align-files-binary", ("align-files", "{in}/doc.en.txt", "{in}/doc.ru.txt"),
         both(EN_FILE, writes("doc.ru.txt", b"\x7fELF\x02\x01\x01" + bytes(64))), 2, "binary"),
    Case("check-letters-without-a-unicode-name", ("check", "{p}", "--fail-on", "never"),
         imported("The library \U00017000 opened.\tБиблиотека\U00017000 открылась \U00017000.\n"), 0, "in 4 segments"),
    Case("check-a-table-of-numbers-in-one-segment", ("check", "{p}", "--fail-on", "never", "--checks", "number-mismatch"),
         imported(" ".join(f"{1900 + i % 97} {i * 7}" for i in range(3000)) + "\t"
                  + " ".join(f"{1900 + i % 97} {i * 7 + (i == 5)}" for i in range(3000)) + "\n"), 0, "1 finding"),
    Case("term-find-letters-without-a-unicode-name", ("term", "find", "{p}", "--lang", "ru", "библиотеки \U00017000 клуб\U00017000"),
         writes("unused", b""), 0, "библиотеки"),
    # XLIFF.
    Case("xliff-malformed", ("import", "{p}", "--xliff", "{in}/f.xlf"), writes("f.xlf", GOOD_XLIFF.replace("</source>", "", 1)), 2, "malformed XLIFF"),
    Case("xliff-truncated", ("import", "{p}", "--xliff", "{in}/f.xlf"), writes("f.xlf", GOOD_XLIFF[: len(GOOD_XLIFF) // 2]), 2, "malformed XLIFF"),
    Case("xliff-billion-laughs", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", xliff('<trans-unit id="1"><source>&lol9;</source></trans-unit>', f"<!DOCTYPE xliff [{LAUGHS}]>\n")), 2,
         "declares XML entities", isolation="subprocess"),
    Case("xliff-external-entity", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", xliff('<trans-unit id="1"><source>&xxe;</source></trans-unit>', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')), 2,
         "declares XML entities"),
    Case("xliff-mismatched-codes", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", xliff('<trans-unit id="1"><source>A <bpt id="1">&lt;b&gt;</bpt>bold<ept id="2">&lt;/b&gt;</ept></source></trans-unit>')), 2,
         "inline codes do not pair up"),
    Case("xliff2-unclosed-code", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", XML_DECLARATION + '<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ru">'
                '<file id="f"><unit id="1"><segment><source>A <ec startRef="9"/>b</source></segment></unit></file></xliff>'), 2,
         "has no <sc> to close"),
    Case("xliff-unknown-version", ("import", "{p}", "--xliff", "{in}/f.xlf"), writes("f.xlf", xliff(version="3.0")), 2,
         "XLIFF version 3.0 is not read"),
    Case("xliff-wrong-namespace", ("import", "{p}", "--xliff", "{in}/f.xlf"), writes("f.xlf", xliff(namespace="urn:example")), 2,
         "must be in the namespace"),
    Case("xliff-duplicate-ids", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", xliff('<trans-unit id="1"><source>a</source></trans-unit><trans-unit id="1"><source>b</source></trans-unit>')), 2,
         "used twice"),
    Case("xliff-is-a-tmx", ("import", "{p}", "--xliff", "{in}/f.xlf"), writes("f.xlf", GOOD_TMX), 2, "not an XLIFF file"),
    Case("xliff-other-language", ("import", "{p}", "--xliff", "{in}/f.xlf"),
         writes("f.xlf", GOOD_XLIFF.replace('source-language="en"', 'source-language="de"')), 2, "its source language is de"),
    # A project with no XLIFF document gets a new XLIFF 1.2 file of its documents (user sweep, session 17).
    Case("xliff-export-without-xliff", ("export", "{p}", "--xliff", "{in}/out.xlf"), writes("unused", b""), 0,
         "exported"),
    # SRX.
    Case("srx-malformed", ("segmentation", "import", "{p}", "{in}/r.srx"), writes("r.srx", "<srx"), 2, "malformed SRX"),
    Case("srx-not-srx", ("segmentation", "import", "{p}", "{in}/r.srx"), writes("r.srx", GOOD_TMX), 2, "not an SRX 2.0 file"),
    Case("srx-bad-regex", ("segmentation", "import", "{p}", "{in}/r.srx"),
         writes("r.srx", XML_DECLARATION + '<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header/><body><languagerules>'
                '<languagerule languagerulename="x"><rule break="no"><beforebreak>(unclosed</beforebreak><afterbreak>\\s</afterbreak></rule>'
                '</languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="x"/></maprules></body></srx>'), 2,
         "is not a regular expression"),
    Case("srx-entities", ("segmentation", "import", "{p}", "{in}/r.srx"),
         writes("r.srx", XML_DECLARATION + f"<!DOCTYPE srx [{LAUGHS}]>\n" + '<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header/><body/></srx>'), 2,
         "declares XML entities", isolation="subprocess"),
    # TMX.
    Case("tmx-malformed", ("import", "{p}", "--tmx", "{in}/m.tmx"), writes("m.tmx", GOOD_TMX.replace("</seg></tuv><tuv", "</seg><tuv", 1)), 2, "malformed TMX"),
    Case("tmx-mismatched-codes", ("import", "{p}", "--tmx", "{in}/m.tmx"),
         writes("m.tmx", tmx(TU.format(en='<ept i="1">&lt;/b&gt;</ept>bold<bpt i="1">&lt;b&gt;</bpt>', ru="x"))), 2,
         "inline codes do not pair up"),
    Case("tmx-truncated", ("import", "{p}", "--tmx", "{in}/m.tmx"), writes("m.tmx", GOOD_TMX[: len(GOOD_TMX) // 2]), 2, "malformed TMX"),
    Case("tmx-not-xml", ("import", "{p}", "--tmx", "{in}/m.tmx"), writes("m.tmx", "source\ttarget\n"), 2, "malformed TMX"),
    Case("tmx-wrong-root", ("import", "{p}", "--tmx", "{in}/m.tmx"), writes("m.tmx", XML_DECLARATION + "<html><body/></html>"), 2, "not a TMX file"),
    Case("tmx-billion-laughs", ("import", "{p}", "--tmx", "{in}/m.tmx"), writes("m.tmx", TMX_LAUGHS), 2, "declares XML entities",
         isolation="subprocess"),
    Case("tmx-external-entity", ("import", "{p}", "--tmx", "{in}/m.tmx"),
         writes("m.tmx", tmx(TU.format(en="&xxe;", ru="x"), '<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')), 2, "declares XML entities"),
    Case("tmx-external-parameter-entity", ("import", "{p}", "--tmx", "{in}/m.tmx"),
         writes("m.tmx", tmx(doctype='<!DOCTYPE tmx [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]>\n')), 2,
         "declares XML entities", isolation="subprocess"),
    Case("tmx-external-dtd-not-fetched", ("import", "{p}", "--tmx", "{in}/m.tmx"),
         writes("m.tmx", tmx(doctype='<!DOCTYPE tmx SYSTEM "http://127.0.0.1:9/tmx14.dtd">\n')), 0, "3 segments",
         stored_targets(RU_SENTENCES)),
    Case("tmx-no-matching-language", ("import", "{p}", "--tmx", "{in}/m.tmx"),
         writes("m.tmx", GOOD_TMX.replace('xml:lang="en"', 'xml:lang="de"').replace('xml:lang="ru"', 'xml:lang="fr"')), 2,
         "none of its 3 units has a variant in en (languages in the file: de, fr)"),
    Case("tmx-missing-language-tags", ("import", "{p}", "--tmx", "{in}/m.tmx"),
         writes("m.tmx", GOOD_TMX.replace(' xml:lang="en"', "").replace(' xml:lang="ru"', "")), 2, "languages in the file: none"),
    Case("tmx-empty-body", ("import", "{p}", "--tmx", "{in}/m.tmx"), writes("m.tmx", tmx("")), 2, "no segment pairs found"),
    Case("tmx-deep-nesting", ("import", "{p}", "--tmx", "{in}/m.tmx"),
         writes("m.tmx", tmx(TU.format(en="<hi>" * 100_000 + "x" + "</hi>" * 100_000, ru="x"))), 2, "malformed TMX",
         isolation="subprocess"),
    Case("tmx-utf16", ("import", "{p}", "--tmx", "{in}/m.tmx"), writes("m.tmx", tmx(encoding="UTF-16").encode("utf-16")), 0,
         "3 segments", stored_targets(RU_SENTENCES)),
    Case("tmx-escape-character-reference", ("import", "{p}", "--tmx", "{in}/m.tmx"),
         writes("m.tmx", tmx(TU.format(en="The &#x1b;[31mclub", ru="клуб"))), 2, "malformed TMX"),
    Case("memory-import-billion-laughs", ("memory", "import", "{p}", "{in}/m.tmx"), writes("m.tmx", TMX_LAUGHS), 2,
         "declares XML entities", isolation="subprocess"),
    Case("memory-import-truncated", ("memory", "import", "{p}", "{in}/m.tmx"), writes("m.tmx", GOOD_TMX[:-40]), 2, "malformed TMX"),
    Case("memory-import-no-matching-language", ("memory", "import", "{p}", "{in}/m.tmx"),
         writes("m.tmx", GOOD_TMX.replace('xml:lang="en"', 'xml:lang="de"')), 2, "languages in the file: de, ru"),
    # TBX, CSV and TSV termbases.
    Case("tbx-malformed", ("term", "import", "{p}", "{in}/t.tbx"), writes("t.tbx", GOOD_TBX.replace("</term>", "", 1)), 2, "not well-formed XML"),
    Case("tbx-truncated", ("term", "import", "{p}", "{in}/t.tbx"), writes("t.tbx", GOOD_TBX[: len(GOOD_TBX) // 2]), 2, "not well-formed XML"),
    Case("tbx-binary", ("term", "import", "{p}", "{in}/t.tbx"), writes("t.tbx", bytes(range(256)) * 8), 2, "not well-formed XML"),
    Case("tbx-billion-laughs", ("term", "import", "{p}", "{in}/t.tbx"), writes("t.tbx", TBX_LAUGHS), 2, "declares the XML entity 'lol'",
         isolation="subprocess"),
    Case("tbx-external-entity", ("term", "import", "{p}", "{in}/t.tbx"),
         writes("t.tbx", tbx(concept_entry("h1", "&xxe;", "клуб"), '<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')), 2,
         "declares the XML entity 'xxe'"),
    Case("tbx-duplicate-concept-ids", ("term", "import", "{p}", "{in}/t.tbx"),
         writes("t.tbx", tbx(concept_entry("h1", "club", "клуб") + concept_entry("h1", "union", "профсоюз"))), 2, "concept id 'h1' is used twice"),
    Case("tbx-no-matching-language", ("term", "import", "{p}", "{in}/t.tbx"),
         writes("t.tbx", tbx(concept_entry("c1", "Klub", "club", "de", "fr"))), 2, "has a term in en or ru (languages in the file: de, fr)"),
    Case("tbx-missing-language", ("term", "import", "{p}", "{in}/t.tbx"),
         writes("t.tbx", GOOD_TBX.replace(' xml:lang="ru"', "")), 2, "a language section has no xml:lang"),
    Case("tbx-rich-markup", ("term", "import", "{p}", "{in}/t.tbx"),
         writes("t.tbx", tbx(concept_entry("h1", "[bold]club[/]", "[link=x]клуб[/link]"))), 0, "imported 1 concept",
         terms_printed_literally),
    Case("csv-truncated-in-quotes", ("term", "import", "{p}", "{in}/t.csv"), writes("t.csv", 'id,en,ru,note\nd01,club,клуб,"a note cut\n'), 2,
         "malformed CSV: unexpected end of data"),
    Case("csv-duplicate-concept-ids", ("term", "import", "{p}", "{in}/t.csv"),
         writes("t.csv", "id,en,ru\nd01,club,клуб\nd01,union,профсоюз\n"), 0, "imported 1 concept", one_concept_with_both_rows),
    Case("csv-duplicate-column", ("term", "import", "{p}", "{in}/t.csv"), writes("t.csv", "id,en,en,ru\nd01,a,b,в\n"), 2, "column 'en' appears twice"),
    Case("csv-no-header", ("term", "import", "{p}", "{in}/t.csv"), writes("t.csv", "club,клуб\nunion,профсоюз\n"), 2, "is neither a language code"),
    Case("csv-no-matching-language", ("term", "import", "{p}", "{in}/t.csv"), writes("t.csv", "id,de,fr\nd01,Klub,club\n"), 2,
         "none of its 1 concepts has a term in en or ru"),
    Case("csv-binary", ("term", "import", "{p}", "{in}/t.csv"), writes("t.csv", bytes(range(128, 256)) * 8), 2, "not UTF-8 text"),
    Case("csv-cp1251", ("term", "import", "{p}", "{in}/t.csv"), writes("t.csv", "id,en,ru\nd01,club,клуб\n".encode("cp1251")), 2, "save the glossary as UTF-8"),
    Case("csv-utf16-without-bom", ("term", "import", "{p}", "{in}/t.csv"), writes("t.csv", "id,en,ru\nd01,club,клуб\n".encode("utf-16-le")), 2,
         "is neither a language code"),
    Case("csv-nul-in-term", ("term", "import", "{p}", "{in}/t.csv"), writes("t.csv", "id,en,ru\nd01,cl\x00ub,клуб\n"), 2, "contains a control character"),
    Case("tsv-escape-in-term", ("term", "import", "{p}", "{in}/t.tsv"), writes("t.tsv", "id\ten\tru\nd01\tcl\x1b[31mub\tклуб\n"), 2,
         "contains a control character"),
    # Languages and project files.
    Case("init-unknown-target-language", ("init", "{in}/new", "--target-lang", "xx"), writes("unused", b""), 2,
         "unknown language tag 'xx'", no_project_made("new")),
    Case("init-empty-source-language", ("init", "{in}/new", "--source-lang", ""), writes("unused", b""), 2, "empty language tag",
         no_project_made("new")),
    Case("config-not-toml", ("status", "{p}"), damages(config_text("this is [not toml\n")), 2, "is not valid TOML"),
    Case("config-wrong-types", ("import", "{p}", "--tsv", "{in}/pairs.tsv"),
         both(writes("pairs.tsv", "a\tб\n"), damages(config_text('name = 5\nsource_lang = 7\ntarget_lang = "ru"\n'))), 2,
         "missing or malformed entry name (a string)"),
    Case("config-documents-not-a-list", ("segments", "{p}"),
         damages(config_text('name = "x"\nsource_lang = "en"\ntarget_lang = "ru"\ndocuments = "oops"\n')), 2, "malformed entry"),
    Case("config-nested-too-deeply", ("status", "{p}"),
         damages(lambda project: (project / "project.toml").write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n")), 2,
         "nested too deeply"),
    Case("config-lists-a-broken-termbase", ("check", "{p}"),
         both(damages(lambda project: (project / "bad.csv").write_text('id,en,ru\nc1,club,"open\n', "utf-8")),
              damages(lambda project: (project / "project.toml").write_text(
                  (project / "project.toml").read_text("utf-8").replace("termbases = []", 'termbases = ["bad.csv"]'), "utf-8"))),
         2, "bad.csv: malformed CSV"),
    Case("db-garbage-bytes", ("import", "{p}", "--tsv", "{in}/pairs.tsv"),
         both(writes("pairs.tsv", "a\tб\n"), damages(replace_database(garbage_database))), 2, "is not an SQLite database", damaged_db=True),
    Case("db-truncated", ("check", "{p}"), damages(truncate_database), 2, "the database file is damaged", damaged_db=True),
    Case("db-damaged-pages", ("import", "{p}", "--tsv", "{in}/pairs.tsv"), both(writes("pairs.tsv", "a\tб\n"), damages(scribble_on_pages)), 2,
         "the database file is damaged", damaged_db=True),
    Case("db-foreign-sqlite", ("status", "{p}"), damages(replace_database(foreign_database)), 2, "is not a workbench project database", damaged_db=True),
    Case("db-emptied", ("segments", "{p}"), damages(replace_database(lambda db: db.write_bytes(b""))), 2,
         "is not a workbench project database", damaged_db=True),
    Case("open-foreign-database", ("open", "{p}"), damages(replace_database(foreign_database)), 2,
         "is not a workbench project database", damaged_db=True),
    Case("open-config-not-toml", ("open", "{p}"), damages(config_text("[checks\n")), 2, "is not valid TOML"),
    Case("db-is-a-folder", ("status", "{p}"), damages(database_is_a_folder), 2,
         "its project.db is not a file (a folder, device, pipe, or a link to nothing)", damaged_db=True),  # round sixteen
    # Where writing fails: read-only folder or file, full disk.
    Case("folder-read-only", ("import", "{p}", "--tsv", "{in}/pairs.tsv"), writes("pairs.tsv", "a\tб\n"), 2,
         "the project folder is read-only", isolation="read-only-mount"),
    Case("database-file-read-only", ("import", "{p}", "--tsv", "{in}/pairs.tsv"), writes("pairs.tsv", "a\tб\n" * 50), 2,
         "the database cannot be written", isolation="read-only-mount", read_only="project.db"),
    Case("disk-full-file-size-limit", ("import", "{p}", "--tsv", "{in}/pairs.tsv"),
         writes("pairs.tsv", "".join(f"Sentence number {i} is here.\tПредложение номер {i}.\n" for i in range(2500))), 2,
         "the disk failed to read or write the database", isolation="file-size-limit"),
    Case("disk-full-copying-the-source", ("import", "{p}", "--tsv", "{in}/pairs.tsv"), writes("pairs.tsv", "a\tб\n"), 2,
         "cannot store the copy of pairs.tsv (No space left on device)", patch="source-copy"),
    Case("disk-full-copying-a-large-source", ("import", "{p}", "--tsv", "{in}/pairs.tsv"),
         writes("pairs.tsv", "".join(f"Sentence number {i} is here.\tПредложение номер {i}.\n" for i in range(2500))), 2,
         "cannot store the copy of pairs.tsv (File too large)", isolation="file-size-limit", size_limit=100_000),
    Case("disk-full-writing-project-toml", ("import", "{p}", "--tsv", "{in}/pairs.tsv"), writes("pairs.tsv", "a\tб\n"), 2,
         "No space left on device", patch="config-write"),
    Case("disk-full-writing-termbase", ("term", "import", "{p}", "{in}/t.csv"),
         writes("t.csv", "id,en,ru\n" + "".join(f"d{i},club number {i},клуб номер {i}\n" for i in range(3000))), 2,
         "disk", isolation="file-size-limit"),
    Case("export-over-the-project-database", ("export", "{p}", "--tmx", "{p}/project.db", "--all"), writes("unused", b""), 2,
         "is one of the project's own files"),
    Case("export-over-a-verbatim-source", ("export", "{p}", "--tsv", "{p}/sources/pairs.tsv", "--all"), writes("unused", b""), 2,
         "is one of the project's own files"),
    Case("export-over-another-database", ("export", "{p}", "--text", "{in}/other.db"),
         lambda inputs, project: shutil.copy(project / "project.db", inputs / "other.db"), 2, "is a database"),
    Case("check-report-over-the-project-database", ("check", "{p}", "--format", "html", "--output", "{p}/project.db"),
         writes("unused", b""), 2, "is one of the project's own files"),
    Case("term-export-over-a-verbatim-source", ("term", "export", "{p}", "{p}/sources/pairs.tsv"), writes("unused", b""), 2,
         "is one of the project's own files"),
    Case("export-into-missing-folder", ("export", "{p}", "--tmx", "{in}/missing/out.tmx", "--all"), writes("unused", b""), 2, "does not exist"),
]
