"""`workbench term ...` end to end through click: import, export, add, list, find, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from termbase.formats import read_termbase_file
from termbase.store import Termbase
from workbench.cli import main
from workbench.core.terminology import termbase_folders_file

GLOSSARY = (
    "id,en,ru,status,note\n"
    "prol,proletarianization,пролетаризация,preferred,\n"
    "prol,proletarianization,опролетаривание,deprecated,calque\n"
    "union,trade union,профсоюз,preferred,\n"
    "cp,Communist Party,Коммунистическая партия,preferred,\n"
    "party,party,партия,preferred,\n"
)


@pytest.fixture
def project_dir(tmp_path: Path, runner: CliRunner) -> Path:
    path = tmp_path / "proj"
    result = runner.invoke(main, ["init", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    return path


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_import_list_and_reimport(runner: CliRunner, project_dir: Path, glossary: Path) -> None:
    code, out, _ = invoke(runner, "term", "import", str(project_dir), str(glossary))
    assert code == 0 and "imported 4 concepts" in out and "4 new" in out
    assert (project_dir / "termbase.db").exists()
    code, out, _ = invoke(runner, "term", "import", str(project_dir), str(glossary))
    assert "4 replaced" in out
    code, out, _ = invoke(runner, "term", "list", str(project_dir), "--format", "json")
    data = json.loads(out)
    assert [c["id"] for c in data] == ["prol", "union", "cp", "party"]
    assert data[0]["terms"][2] == {
        "text": "опролетаривание",
        "lang": "ru",
        "status": "deprecated",
        "part_of_speech": None,
        "usage_note": "calque",
        "context": None,
        "case_sensitive": False,
    }
    code, out, _ = invoke(runner, "term", "list", str(project_dir))
    assert code == 0 and "опролетаривание (deprecated)" in out and "4 concepts" in out
    assert max(len(line) for line in out.splitlines()) <= 100


def test_add_creates_then_extends_a_concept(runner: CliRunner, project_dir: Path) -> None:
    code, out, _ = invoke(
        runner,
        "term",
        "add",
        str(project_dir),
        "--source",
        "trade union",
        "--target",
        "профсоюз",
        "--admitted",
        "профессиональный союз",
        "--deprecated",
        "торговый союз",
        "--note",
        "Soviet unions",
    )
    assert code == 0 and out.startswith("added concept c1")
    code, out, _ = invoke(
        runner,
        "term",
        "add",
        str(project_dir),
        "--source",
        "Trade Union",
        "--target",
        "профсоюз",
        "--deprecated",
        "профессиональный союз",
    )
    assert code == 0 and out.startswith("updated concept c1")
    with Termbase(project_dir / "termbase.db") as termbase:
        (concept,) = termbase.concepts()
    assert concept.note == "Soviet unions"
    assert [(t.text, t.status.value) for t in concept.terms] == [
        ("trade union", "preferred"),
        ("профсоюз", "preferred"),
        ("профессиональный союз", "deprecated"),
        ("торговый союз", "deprecated"),
    ]


def test_add_with_pos_verb_makes_verb_terms(runner: CliRunner, project_dir: Path) -> None:
    """«печь» and "state" are nouns unless the term says otherwise; as verb terms they match
    the verbs and refuse the nouns («из печи», "the state")."""
    code, _, _ = invoke(runner, "term", "add", str(project_dir), "--source", "state", "--target",
                        "заявить", "--pos", "verb")
    assert code == 0
    code, _, _ = invoke(runner, "term", "add", str(project_dir), "--source", "bake", "--target",
                        "печь", "--pos", "verb")
    assert code == 0
    code, out, _ = invoke(runner, "term", "find", str(project_dir), "--lang", "ru", "--format",
                          "json", "Хлеб вынули из печи, а она умела печь пироги.")
    assert code == 0
    assert [(r["text"], r["concept"]) for r in json.loads(out)] == [("печь", "c2")]
    code, out, _ = invoke(runner, "term", "find", str(project_dir), "--lang", "en", "--format",
                          "json", "The state had to state the facts.")
    assert [(r["start"], r["text"]) for r in json.loads(out)] == [(17, "state")]
    code, out, _ = invoke(runner, "term", "list", str(project_dir), "--format", "json")
    assert {t["part_of_speech"] for c in json.loads(out) for t in c["terms"]} == {"verb"}


def test_find_reports_span_form_lemma_and_concept(
    runner: CliRunner, project_dir: Path, glossary: Path
) -> None:
    invoke(runner, "term", "import", str(project_dir), str(glossary))
    code, out, _ = invoke(
        runner,
        "term",
        "find",
        str(project_dir),
        "--lang",
        "ru",
        "--format",
        "json",
        "Опролетаривание Коммунистической партии и пролетаризацией профсоюзов",
    )
    assert code == 0
    rows = json.loads(out)
    assert [(r["start"], r["end"], r["text"], r["concept"], r["status"]) for r in rows] == [
        (0, 15, "Опролетаривание", "prol", "deprecated"),
        (16, 39, "Коммунистической партии", "cp", "preferred"),
        (42, 57, "пролетаризацией", "prol", "preferred"),
        (58, 68, "профсоюзов", "union", "preferred"),
    ]
    assert rows[1]["lemmas"] == ["коммунистический", "партия"]
    assert rows[1]["forms"] == ["Коммунистической", "партии"]
    code, out, _ = invoke(runner, "term", "find", str(project_dir), "The trade unions' party")
    assert code == 0 and "trade unions" in out and "union" in out and "party" in out
    code, out, _ = invoke(runner, "term", "find", str(project_dir), "nothing here")
    assert out.strip() == "no terms found"


def test_export_every_format(
    runner: CliRunner, project_dir: Path, glossary: Path, tmp_path: Path
) -> None:
    invoke(runner, "term", "import", str(project_dir), str(glossary))
    expected = read_termbase_file(glossary)
    for name, version in (
        ("out.tbx", "2019"),
        ("out2.tbx", "2"),
        ("out.csv", "2019"),
        ("out.tsv", "2019"),
    ):
        target = tmp_path / name
        code, out, _ = invoke(
            runner, "term", "export", str(project_dir), str(target), "--tbx-version", version
        )
        assert code == 0 and "exported 4 concepts" in out
        assert read_termbase_file(target) == expected
    assert b"<martif" in (tmp_path / "out2.tbx").read_bytes()
    assert b"urn:iso:std:iso:30042:ed-2" in (tmp_path / "out.tbx").read_bytes()


def test_listed_termbases_are_used_after_the_own_one(
    runner: CliRunner, project_dir: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "shared.csv"
    shared.write_text("id,en,ru\nunion,union,союз\nclub,club,клуб\n", encoding="utf-8")
    invoke(
        runner,
        "term",
        "add",
        str(project_dir),
        "--source",
        "trade union",
        "--target",
        "профсоюз",
        "--id",
        "union",
    )
    listing = termbase_folders_file()  # the user names the folder: it is outside the project
    listing.parent.mkdir(parents=True, exist_ok=True)
    listing.write_text(f"{tmp_path}\n", "utf-8")
    toml = project_dir / "project.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace("termbases = []", 'termbases = ["../shared.csv"]'),
        encoding="utf-8",
    )
    code, out, _ = invoke(runner, "term", "list", str(project_dir), "--format", "json")
    assert code == 0, out
    assert [(c["id"], c["terms"][0]["text"]) for c in json.loads(out)] == [
        ("union", "trade union"),
        ("club", "club"),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["term", "import", "{dir}", "{bad_csv}"], "glossary-bad.csv: row 2: unknown term status"),
        (["term", "import", "{dir}", "{hostile}"], "refused"),
        (["term", "import", "{dir}", "{unknown}"], "unknown termbase format"),
        (["term", "export", "{dir}", "{tmp}/x.docx"], "unknown termbase format"),
        (["term", "list", "{tmp}/no-such-project"], "does not exist"),
        (["term", "add", "{dir}", "--source", " ", "--target", "x"], "needs some text"),
        (["term", "find", "{dir}", "--lang", " ", "x"], "--lang"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    runner: CliRunner, project_dir: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    (tmp_path / "glossary-bad.csv").write_text(
        "id,en,ru,status\nc1,a,b,prefered\n", encoding="utf-8"
    )
    (tmp_path / "hostile.tbx").write_text(
        '<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tbx>&x;</tbx>',
        encoding="utf-8",
    )
    (tmp_path / "glossary.xlsx").write_bytes(b"PK")
    values = {
        "dir": str(project_dir),
        "tmp": str(tmp_path),
        "bad_csv": str(tmp_path / "glossary-bad.csv"),
        "hostile": str(tmp_path / "hostile.tbx"),
        "unknown": str(tmp_path / "glossary.xlsx"),
    }
    code, _, err = invoke(runner, *(a.format(**values) for a in args))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("workbench: error:")
    assert message in err


def test_every_term_command_has_help(runner: CliRunner) -> None:
    for command in ("import", "export", "add", "list", "find"):
        code, out, _ = invoke(runner, "term", command, "--help")
        assert code == 0 and "Usage:" in out


def test_a_client_tbx_that_duplicates_concepts_is_named_and_merged(
        runner: CliRunner, project_dir: Path, glossary: Path, tmp_path: Path) -> None:
    """A client's TBX with "trade union" under its own id was imported beside ours in silence: two
    concepts of one meaning, each accepting its own Russian, a correction made in one not in the
    other, and no way to join them but to delete one and retype (user sweep, session 17). Now the
    import names the shared source terms and `term merge` joins the concepts, nothing lost."""
    client = tmp_path / "client.tbx"
    client.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" '
        'xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="client-7">'
        '<descrip type="definition">An organisation of workers of one trade.</descrip>'
        '<langSec xml:lang="en"><termSec><term>trade union</term><termNote type="partOfSpeech">noun</termNote>'
        '</termSec></langSec><langSec xml:lang="ru"><termSec><term>профсоюз</term>'
        '<descrip type="context">Профсоюз открыл клуб.</descrip></termSec>'
        '<termSec><term>тред-юнион</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>'
        '</termSec></langSec></conceptEntry></body></text></tbx>\n',
        encoding="utf-8",
    )
    assert invoke(runner, "term", "import", str(project_dir), str(glossary))[0] == 0
    code, _, err = invoke(runner, "term", "import", str(project_dir), str(client))
    assert code == 0
    assert "trade union (client-7, union)" in err and "workbench term merge" in err
    code, out, _ = invoke(runner, "term", "merge", str(project_dir), "union", "client-7")
    assert code == 0 and "merged client-7 into union" in out
    with Termbase(project_dir / "termbase.db") as termbase:
        assert termbase.get("client-7") is None
        union = termbase.get("union")
    assert union is not None
    assert [(t.text, t.status.value) for t in union.terms] == [
        ("trade union", "preferred"), ("профсоюз", "preferred"), ("тред-юнион", "deprecated")]
    assert union.terms[0].part_of_speech == "noun" and union.terms[1].context == "Профсоюз открыл клуб."
    assert union.definition == "An organisation of workers of one trade."
    code, _, err = invoke(runner, "term", "import", str(project_dir), str(glossary))
    assert "several concepts" not in err
    for refused in (("union", "nope"), ("union", "union")):
        code, _, err = invoke(runner, "term", "merge", str(project_dir), *refused)
        assert code == 2 and err.count("\n") == 1, err


def test_add_gives_a_term_its_usage_note(runner: CliRunner, project_dir: Path) -> None:
    """A terminologist says why a variant is to be avoided, and the term panel shows it under the
    term; `term add` had no way to say it (only a note on the whole concept) (user sweep, session 17)."""
    code, _, err = invoke(runner, "term", "add", str(project_dir), "--source", "kopeck", "--target", "копейка",
                          "--deprecated", "копеечка", "--usage-note", "Копеечка=a diminutive; avoid")
    assert code == 0, err
    code, _, err = invoke(runner, "term", "add", str(project_dir), "--source", "kopeck", "--target", "копейка",
                          "--usage-note", "копейка=the coin")
    assert code == 0, err
    with Termbase(project_dir / "termbase.db") as termbase:
        (concept,) = termbase.concepts()
    assert [(t.text, t.status.value, t.usage_note) for t in concept.terms] == [
        ("kopeck", "preferred", None), ("копейка", "preferred", "the coin"),
        ("копеечка", "deprecated", "a diminutive; avoid")]
    for wrong in ("грош=a coin", "копейка"):
        code, _, err = invoke(runner, "term", "add", str(project_dir), "--source", "kopeck", "--target", "копейка",
                              "--usage-note", wrong)
        assert code == 2 and err.count("\n") == 1, err
