"""An edited target keeps the file's line breaks and padding where the edit left them (usersweep25).

A client's Angular XLIFF (autowp's) holds Markdown pages as targets, without `xml:space`: the
import reads their white space as single spaces, and a reviewer's one-word fix came back with
every line break of the page made a space. The exported file is read back as XML (its targets'
white space as written) and with translate-toolkit's reader (which normalises it, as ours does).
"""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from lxml import etree
from translate.storage import xliff as tt_xliff

from workbench.cli import main
from workbench.core import editing
from workbench.core.project.store import Project
from workbench.formats.xliff import FilledTarget, XliffSegment, _spaced_like

PAGE = "### Наши люди\nНас много, и мы разные.\n\n#### «Зелёные»\n* пишут  статьи\n* отвечают на вопросы"
SLIDE = " Слайд <x id=\"INTERPOLATION\"/> из <x id=\"INTERPOLATION_1\"/> "

ANGULAR = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file source-language="en" datatype="plaintext" original="ng2.template" target-language="ru">
    <body>
      <trans-unit id="about/text" datatype="html">
        <source>### Our people
We are many, and we differ.

#### "Greens"
* write  articles
* answer questions</source>
        <target state="translated">{PAGE}</target>
      </trans-unit>
      <trans-unit id="ngb.carousel.slide-number" datatype="html">
        <source> Slide <x id="INTERPOLATION"/> of <x id="INTERPOLATION_1"/> </source>
        <note priority="1" from="description">Currently selected slide number read by screen reader</note>
        <target state="translated">{SLIDE}</target>
      </trans-unit>
      <trans-unit id="kept" datatype="html">
        <source>Two
lines</source>
        <target state="final">Две
строки</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def targets(path: Path) -> dict[str, str]:
    """Each unit's target as written: its text and inline markup, white space untouched."""
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    found = {}
    for unit in etree.parse(str(path)).iterfind(".//x:trans-unit", ns):
        target = unit.find("x:target", ns)
        inner = etree.tostring(target, encoding="unicode", with_tail=False)
        found[unit.get("id")] = inner[inner.index(">") + 1 : inner.rindex("</")].replace(f' xmlns="{ns["x"]}"', "")
    return found


def test_an_edited_target_keeps_its_line_breaks_and_padding(project: Project, tmp_path: Path) -> None:
    original = tmp_path / "messages.ru.xlf"
    original.write_text(ANGULAR, encoding="utf-8")
    run("import", str(project.path), "--xliff", str(original))
    by_unit = {s.source[:9]: s for s in project.segments()}
    page, slide = by_unit["### Our p"], by_unit["Slide ⟦1/"]
    assert "\n" not in page.target  # read as XLIFF lets a tool read it: the white space normalised
    # The reviewer fixes a word, drops one, puts two for one and adds a full stop.
    editing.set_target(project, page.id, page.target.replace("Наши люди", "Люди проекта")
                       .replace("разные", "очень разные").replace("пишут статьи", "пишут")
                       .replace("отвечают на вопросы", "отвечают на любые вопросы"))
    editing.set_target(project, slide.id, slide.target.replace("из", "из всех"))
    editing.set_status(project, slide.id, "reviewed")
    out = tmp_path / "out.xlf"
    run("export", str(project.path), "--xliff", str(out))
    after = targets(out)
    assert after["about/text"] == (
        "### Люди проекта\nНас много, и мы очень разные.\n\n#### «Зелёные»\n* пишут\n* отвечают на любые вопросы"
    )
    assert after["ngb.carousel.slide-number"] == SLIDE.replace("из", "из всех")
    assert after["kept"] == "Две\nстроки"  # untouched: as the file had it
    assert "<target state=\"final\">Две\nстроки</target>" in out.read_text(encoding="utf-8")
    # Another tool reads the delivery: the ids, the states, the client's note.
    units = {unit.getid().split("\x04")[-1]: unit for unit in tt_xliff.xlifffile.parsefile(str(out)).units}
    assert units["ngb.carousel.slide-number"].getnotes() == "Currently selected slide number read by screen reader"
    assert units["ngb.carousel.slide-number"].isapproved() is False  # `approved` is the client's to set
    assert '<target state="final"> Слайд' in out.read_text(encoding="utf-8")
    assert units["about/text"].target.startswith("### Люди проекта Нас много")


def test_white_space_the_editor_typed_is_theirs_and_preserve_is_left_alone() -> None:
    held = XliffSegment("u", "One two three", "Раз\nдва\nтри", "translated", False, (), None)
    # Two spaces of the editor's own stay; the single space between kept words becomes the file's.
    assert _spaced_like(FilledTarget("Раз  два три", "translated", None), held, None).target == "Раз  два\nтри"
    # A word added at the end takes no line break: the file had none after its last word.
    assert _spaced_like(FilledTarget("Раз два три четыре", "translated", None), held, None).target == (
        "Раз\nдва\nтри четыре")
    assert _spaced_like(FilledTarget("Раз два", "translated", None), None, None).target == "Раз два"


def test_a_long_page_keeps_its_breaks_around_an_edit_and_through_a_rewrite() -> None:
    """Only what lies between the common start and end is matched (difflib alone took 1.6 s of CPU
    on 50,000 words; its time is measured by no test here), and a middle past 10,000 words is one
    stretch put word for word."""
    words = [f"слово{i % 300}" for i in range(30_000)]
    old = "\n".join(" ".join(words[i : i + 12]) for i in range(0, len(words), 12))
    held = XliffSegment("u", "source", old, "translated", False, (), None)
    words[15_000] = "другое"
    spaced = _spaced_like(FilledTarget(" ".join(words), "translated", None), held, None).target
    parts = re.split(r"(\s+)", old)  # words and the white space after each
    parts[2 * 15_000] = "другое"
    assert spaced == "".join(parts)
    rewritten = [f"новое{i}" for i in range(30_000)]
    spaced = _spaced_like(FilledTarget(" ".join(rewritten), "translated", None), held, None).target
    assert [len(line.split()) for line in spaced.split("\n")] == [len(line.split()) for line in old.split("\n")]


def test_a_no_break_space_is_a_words_own_not_a_gap_to_respace() -> None:
    """Round 30 keeps a target's no-break spaces on import («10 км»): the respacing of an edit
    leaves them inside their words, and neither they nor a padding of them is taken for XML's
    white space."""
    held = XliffSegment("u", "Walk 10 km\nthen rest", "Пройти 10\u00a0км\nи отдохнуть", "translated", False, (), None)
    edited = _spaced_like(FilledTarget("Пройти 10\u00a0км и передохнуть", "translated", None), held, None).target
    assert edited == "Пройти 10\u00a0км\nи передохнуть"
    padded = XliffSegment("u", "km", "\u00a0км", "translated", False, (), None)
    assert _spaced_like(FilledTarget("\u00a0километры", "translated", None), padded, None).target == "\u00a0километры"
