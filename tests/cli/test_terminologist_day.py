"""A terminologist's day (twenty-seventh session): a client's termbase in from another CAT tool, out again.

The client's TBX, as memoQ and Trados write it, gives a concept a definition in each language and
carries data categories a workbench termbase has no field for (grammatical gender, customer
subsets, transaction dates); Weblate's puts its usage note in an entry-level `descrip`. On main the
Russian definition and Weblate's usage note were dropped and the import said only "imported N
concepts": now free text is kept in a note, and what is dropped is named by kind and count.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

PEERS = Path(__file__).resolve().parents[3] / "shared" / "external-peers" / "tbx"

CLIENT_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US">
<martifHeader><fileDesc><sourceDesc><p>memoQ export</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="t1">
  <descrip type="subjectField">sociology</descrip>
  <admin type="customerSubset">Series A</admin>
  <transacGrp><transac type="transactionType">origination</transac><date>2026-11-01</date></transacGrp>
  <langSet xml:lang="en-US">
    <descrip type="definition">Unorganised cultural activity of the masses.</descrip>
    <tig><term>cultural spontaneity</term><termNote type="partOfSpeech">noun</termNote></tig>
  </langSet>
  <langSet xml:lang="ru-RU">
    <descrip type="definition">Неорганизованная культурная деятельность масс.</descrip>
    <tig><term>культурная стихийность</term><termNote type="grammaticalGender">feminine</termNote></tig>
    <tig><term>культурная спонтанность</term>
      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
      <descrip type="example">не «культурная спонтанность»</descrip></tig>
  </langSet>
</termEntry>
</body></text></martif>
"""


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def new_project(path: Path, target: str = "ru") -> Path:
    code, out, err = invoke("init", str(path), "--source-lang", "en", "--target-lang", target)
    assert code == 0, out + err
    return path


def listed(project: Path) -> dict[str, dict[str, object]]:
    code, out, err = invoke("term", "list", str(project), "--format", "json")
    assert code == 0, err
    return {concept["id"]: concept for concept in json.loads(out)}


def test_a_second_languages_definition_is_kept_and_what_is_dropped_is_named(tmp_path: Path) -> None:
    project = new_project(tmp_path / "book")
    client = tmp_path / "client.tbx"
    client.write_text(CLIENT_TBX, encoding="utf-8")

    code, out, err = invoke("term", "import", str(project), str(client))

    assert code == 0, err
    concept = listed(project)["t1"]
    assert concept["definition"] == "Unorganised cultural activity of the masses."
    # the client's Russian definition is the concept's Russian definition (usersweep15), not a note line
    assert concept["definitions"] == [{"lang": "ru-RU", "text": "Неорганизованная культурная деятельность масс."}]
    assert concept["note"] is None
    deprecated = next(t for t in concept["terms"] if t["text"] == "культурная спонтанность")  # type: ignore[attr-defined]
    assert deprecated["usage_note"] == "example: не «культурная спонтанность»"
    assert ("warning: client.tbx: kept as notes, a workbench termbase having no field for them: "
            "example (1)") in err
    assert ("warning: client.tbx: not kept, a workbench termbase having no field for them: "
            "customerSubset (1), grammaticalGender (1), transacGrp (1)") in err

    # Handed back and read again, the concept is what it was: the note does not grow.
    back = tmp_path / "back.tbx"
    assert invoke("term", "export", str(project), str(back))[0] == 0
    again = new_project(tmp_path / "again")
    code, _out, err = invoke("term", "import", str(again), str(back))
    assert code == 0, err
    assert listed(again)["t1"] == concept
    assert "kept as notes" not in err and "not kept" not in err


def test_weblates_usage_note_is_kept(tmp_path: Path) -> None:
    """Weblate's real extended-metadata TBX: its "Usage note" and "Translation needed" are entry-level
    `descrip`s; the usage note ("Avoid using this term...") was lost without a word."""
    project = new_project(tmp_path / "fr", target="fr")

    code, _out, err = invoke("term", "import", str(project), str(PEERS / "weblate-fr-extended-metadata.tbx"))

    assert code == 0, err
    assert listed(project)["e001"]["note"] == (
        "Translation needed: Yes\nUsage note: Avoid using this term in any documentation.")
    assert "Translation needed (2), Usage note (1)" in err


def test_the_notes_are_russian_under_a_russian_locale(tmp_path: Path) -> None:
    project = new_project(tmp_path / "book")
    client = tmp_path / "client.tbx"
    client.write_text(CLIENT_TBX, encoding="utf-8")
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}

    run = subprocess.run([sys.executable, "-m", "workbench", "term", "import", str(project), str(client)],
                         env=env, capture_output=True, text=True, check=False)

    assert run.returncode == 0, run.stderr
    assert "сохранено в примечаниях" in run.stderr and "не сохранено" in run.stderr
    assert "kept as notes" not in run.stderr


def test_a_csv_of_mixed_region_tags_is_read_back_and_says_what_it_lost(tmp_path: Path) -> None:
    """The sample's own `en`/`ru` terms beside a client's `en-US`/`ru-RU` ones were exported as four
    term columns, a CSV the project's own import refused ("two term columns name the same
    language"); and the example sentence and the source term's part of speech it cannot hold went
    without a word. Now one column a language, and a warning names the columns lost."""
    project = new_project(tmp_path / "book")
    client = tmp_path / "client.tbx"
    client.write_text(CLIENT_TBX, encoding="utf-8")
    assert invoke("term", "import", str(project), str(client))[0] == 0
    code, _out, err = invoke("term", "add", str(project), "--source", "mass movement", "--target", "массовое движение")
    assert code == 0, err
    with_context = tmp_path / "context.tbx"
    with_context.write_text(CLIENT_TBX.replace('id="t1"', 'id="t9"').replace(
        "<tig><term>cultural spontaneity</term>",
        "<tig><term>reading room</term><descrip type=\"context\">In the reading room.</descrip></tig>"
        "<tig><term>cultural spontaneity</term>"), encoding="utf-8")
    assert invoke("term", "import", str(project), str(with_context))[0] == 0

    for name in ("client.csv", "client.tsv"):
        written = tmp_path / name
        code, out, err = invoke("term", "export", str(project), str(written))
        assert code == 0, err
        header = written.read_text("utf-8").splitlines()[0].split("," if name.endswith("csv") else "\t")
        assert header[: header.index("status")] == ["id", "en", "ru-RU"]  # the first spelling of each
        assert f"warning: {name} holds less than the termbase; not written: context (1), pos (1) (a .tbx keeps them)" in err
        again = new_project(tmp_path / f"again-{name}")
        code, _out, err = invoke("term", "import", str(again), str(written))
        assert code == 0, err
        back = listed(again)
        assert {t["text"] for t in back["t1"]["terms"]} == {  # type: ignore[attr-defined]
            "cultural spontaneity", "культурная стихийность", "культурная спонтанность"}
        assert {t["text"] for t in back["c1"]["terms"]} == {"mass movement", "массовое движение"}  # type: ignore[attr-defined]

    code, _out, err = invoke("term", "export", str(project), str(tmp_path / "client.tbx.out.tbx"))
    assert code == 0 and "warning" not in err
