"""TBX export written a concept at a time (hardening, round 37).

The export built the whole file's tree before writing a byte: about 5.6 KB a concept, 566 MB
for 100,000 concepts (round 36), some 5.6 GB for a termbase of IATE's million. Each concept's
elements are made and written alone now; the file reads as the whole tree pretty-printed did,
byte for byte (the oracle here: the written file parsed and pretty-printed whole by libxml2)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from termbase.formats.tbx import TbxFormat
from termbase.model import Concept, Definition, Term, TermStatus

HOSTILE = ("a & b", "<b>жирный</b>", 'say "so"', "it's", "]]>", "&amp;", "[bold]x[/bold]", "ёж\u00a0дом", "😀 ok")


def _concepts(count: int) -> list[Concept]:
    concepts = []
    for i in range(count):
        word = HOSTILE[i % len(HOSTILE)]
        terms = (Term(f"club {word} {i}", "en", TermStatus.PREFERRED, "noun", f"usage {word}", f"context {word}", i % 2 == 0),
                 Term(f"клуб {i}", "ru", TermStatus.DEPRECATED), Term(f"Klub {i}", "de-DE"))
        definitions = (Definition("ru", f"определение {word}"), Definition("fr", f"définition {i}")) if i % 3 else ()
        concepts.append(Concept(f"c{i}", f"subject {word}" if i % 4 else None, f"definition {word}",
                                f"note {word}" if i % 5 else None, terms[: 1 + i % 3], definitions))
    return concepts


def _whole_tree_pretty(data: bytes) -> bytes:
    tree = etree.fromstring(data, etree.XMLParser(remove_blank_text=True))
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)


class _Writes(io.BytesIO):
    """Every write's length."""

    def __init__(self) -> None:
        super().__init__()
        self.lengths: list[int] = []

    def write(self, data) -> int:  # type: ignore[no-untyped-def,override]
        self.lengths.append(len(data))
        return super().write(data)


@pytest.mark.parametrize("version", ["2019", "2"])
@pytest.mark.parametrize("count", [0, 1, 2, 2_500])
def test_the_streamed_file_reads_as_the_whole_tree_pretty_printed(version: str, count: int) -> None:
    data = TbxFormat(version).dumps(_concepts(count), source_lang="en")
    assert data == _whole_tree_pretty(data)
    assert data.count(b"xmlns=") == (version == "2019"), "the namespace is declared once, on the root"
    def said(concepts: list[Concept]) -> list[tuple[str, str | None, list[tuple[str, str, str | None]]]]:
        return [(c.id, c.note, [(t.text, t.lang, t.usage_note) for t in c.terms]) for c in concepts]

    assert said(TbxFormat(version).loads(data)) == said(_concepts(count))


def test_the_file_is_written_a_piece_at_a_time(tmp_path: Path) -> None:
    out = _Writes()
    TbxFormat("2019").dump(_concepts(5_000), out, source_lang="en")
    assert len(out.lengths) > 4 and max(out.lengths) < sum(out.lengths) / 4, out.lengths


def test_xmllint_reads_the_written_file(tmp_path: Path) -> None:
    xmllint = shutil.which("xmllint")
    if xmllint is None:
        pytest.skip("xmllint is not installed (apt install libxml2-utils)")
    for version in ("2019", "2"):
        path = tmp_path / f"{version}.tbx"
        TbxFormat(version).write(_concepts(300), path, source_lang="en")
        checked = subprocess.run([xmllint, "--noout", str(path)], capture_output=True, text=True, check=False)
        assert checked.returncode == 0, checked.stderr
