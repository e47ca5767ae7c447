"""An editor's day with a client's termbase (fifteenth session): the client's TBX in, the project's back out.

The client's file tags its terms by region (`en-US`, `ru-RU`) in a project
whose languages are `en` and `ru`, carries a definition, term notes, forbidden
terms and synonyms; what the project exports must come back whole through
`workbench term import` and be read by translate-toolkit.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from termbase.languages import primary_language
from workbench.cli import main

CLIENT_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en-US" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>Client glossary</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="C001">
      <descrip type="subjectField">medicine</descrip>
      <langSec xml:lang="en-US">
        <descrip type="definition">A medical worker without a physician's degree.</descrip>
        <termSec><term>hospital assistant</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>feldsher</term>
          <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
      </langSec>
      <langSec xml:lang="ru-RU">
        <termSec><term>фельдшер</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          <note>Always «фельдшер».</note></termSec>
        <termSec><term>санитар</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="C002">
      <langSec xml:lang="ru-RU">
        <descrip type="definition">A room where patients wait to be seen.</descrip>
        <termSec><term>приёмная</term></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def new_project(runner: CliRunner, path: Path) -> Path:
    code, out, err = invoke(runner, "init", str(path), "--source-lang", "en", "--target-lang", "ru")
    assert code == 0, out + err
    return path


def concepts(runner: CliRunner, project: Path) -> list[dict[str, object]]:
    code, out, err = invoke(runner, "term", "list", str(project), "--format", "json")
    assert code == 0, err
    return list(json.loads(out))


def without_langs(listing: list[dict[str, object]]) -> list[dict[str, object]]:
    """The concepts as a reader compares them: every field, each term's language by its language
    (a CSV column carries no region of its own when the file has one per language)."""
    return [
        {**concept, "terms": [{**term, "lang": primary_language(str(term["lang"]))} for term in concept["terms"]]}  # type: ignore[attr-defined]
        for concept in listing
    ]


@pytest.mark.parametrize("exported", ["back.tbx", "back-2019.tbx", "back.csv", "back.tsv"])
def test_a_client_termbase_with_regional_tags_comes_back_whole(
    runner: CliRunner, tmp_path: Path, exported: str
) -> None:
    """Exported as TBX (either version) the definitions were dropped — written only into a section of
    the bare `en` that no term had — and as CSV the file led with an empty `en` column beside
    `en-US`, which `term import` refused ("two term columns name the same language")."""
    client = tmp_path / "client.tbx"
    client.write_text(CLIENT_TBX, encoding="utf-8")
    project = new_project(runner, tmp_path / "review")
    code, _, err = invoke(runner, "term", "import", str(project), str(client))
    assert code == 0, err
    before = concepts(runner, project)
    assert [c["definition"] for c in before] == [
        "A medical worker without a physician's degree.", "A room where patients wait to be seen."]

    path = tmp_path / exported
    version = ["--tbx-version", "2019"] if "2019" in exported else []
    code, _, err = invoke(runner, "term", "export", str(project), str(path), *version)
    assert code == 0, err
    again = new_project(runner, tmp_path / "again")
    code, _, err = invoke(runner, "term", "import", str(again), str(path))
    assert code == 0, err
    assert without_langs(concepts(runner, again)) == without_langs(before)


def test_the_default_tbx_export_is_read_by_tbx2po(runner: CliRunner, tmp_path: Path) -> None:
    """`term export`'s default TBX (2019) gave translate-toolkit's `tbx2po` an empty PO and exit
    code 0, a warning its only sign (user sweep, session 18): the default is the TBX v2 it reads."""
    client = tmp_path / "client.tbx"
    client.write_text(CLIENT_TBX, encoding="utf-8")
    project = new_project(runner, tmp_path / "review")
    code, _, err = invoke(runner, "term", "import", str(project), str(client))
    assert code == 0, err
    exported, po = tmp_path / "delivery.tbx", tmp_path / "delivery.po"
    code, _, err = invoke(runner, "term", "export", str(project), str(exported))
    assert code == 0, err
    made = subprocess.run(
        [str(Path(sys.executable).parent / "tbx2po"), "--progress=none", str(exported), str(po)],
        capture_output=True, text=True, check=False,
    )
    assert made.returncode == 0 and "Error" not in made.stderr, made.stderr
    preferred = [t["text"] for c in concepts(runner, project) for t in c["terms"] if t["status"] == "preferred"]  # type: ignore[attr-defined]
    text = po.read_text(encoding="utf-8")
    assert preferred and all(f'"{term}"' in text for term in preferred), text


def test_a_termbase_made_by_csv2tbx_is_read_and_its_unknown_language_named(runner: CliRunner, tmp_path: Path) -> None:
    """translate-toolkit's `csv2tbx` names each entry after its source term (`id="hospital assistant"`)
    and tags every target term `xx`: the file was refused whole for the space, and once past that,
    "imported 2 concepts" with no Russian term in them, in silence."""
    glossary = tmp_path / "client.csv"
    glossary.write_text("source,target\nhospital assistant,фельдшер\nwaiting-room,приёмная\n", encoding="utf-8")
    client = tmp_path / "client.tbx"
    made = subprocess.run(
        [str(Path(sys.executable).parent / "csv2tbx"), "--progress=none", str(glossary), str(client)],
        capture_output=True, text=True, check=False,
    )
    assert made.returncode == 0, made.stderr
    project = new_project(runner, tmp_path / "review")
    code, out, err = invoke(runner, "term", "import", str(project), str(client))
    assert code == 0, err
    assert "imported 2 concepts" in out
    assert [c["id"] for c in concepts(runner, project)] == ["hospital-assistant", "waiting-room"]
    assert "'hospital assistant' as 'hospital-assistant'" in err
    assert "no term is in ru" in err and "terms in xx are kept but never used" in err

    client.write_text(client.read_text(encoding="utf-8").replace('xml:lang="xx"', 'xml:lang="ru"'), encoding="utf-8")
    code, out, err = invoke(runner, "term", "import", str(project), str(client))
    assert code == 0 and "2 replaced" in out and "no term is in" not in err
    terms = {t["lang"]: t["text"] for c in concepts(runner, project) for t in c["terms"]}  # type: ignore[attr-defined]
    assert terms["ru"] == "приёмная"
