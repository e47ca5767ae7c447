"""`workbench memory import|list|lookup|search` against a real project folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core import editing
from workbench.core.ingest.importing import import_text
from workbench.core.project.store import Project
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import write_tmx

SHARED = [
    ("The workers' club opened in 1923.", "Рабочий клуб открылся в 1923 году."),
    ("The clubs were closed in 1929.", "Клубы закрыли в 1929 году."),
]


@pytest.fixture
def folder(project: Project, tmp_path: Path) -> Path:
    (tmp_path / "a.en.txt").write_text("The party backed the clubs. Trade unions paid for them.\n", encoding="utf-8")
    (tmp_path / "a.ru.txt").write_text("Партия поддержала клубы. Профсоюзы платили за них.\n", encoding="utf-8")
    import_text(project, tmp_path / "a.en.txt", tmp_path / "a.ru.txt")
    editing.confirm(project, project.segments()[0].id)
    return project.path


@pytest.fixture
def tmx(tmp_path: Path) -> Path:
    path = tmp_path / "shared.tmx"
    write_tmx(path, [TranslationUnit(s, t, "en-US", "ru-RU") for s, t in SHARED], source_lang="en-US", target_lang="ru-RU")
    return path


def run(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_import_and_list(runner: CliRunner, folder: Path, tmx: Path) -> None:
    assert run(runner, "memory", "import", str(folder), str(tmx)) == "imported shared.tmx: 2 units\n"
    assert "replaced memory shared.tmx" in run(runner, "memory", "import", str(folder), str(tmx))
    listed = json.loads(run(runner, "memory", "list", str(folder), "--format", "json"))
    assert [(m["name"], m["kind"], m["units"]) for m in listed] == [("project", "project", 1), ("shared.tmx", "shared", 2)]


def test_lookup_json_and_table(runner: CliRunner, folder: Path, tmx: Path) -> None:
    run(runner, "memory", "import", str(folder), str(tmx))
    matches = json.loads(run(runner, "memory", "lookup", str(folder), "The workers' club opened in 1925.", "--format", "json"))
    best = matches[0]
    assert best["target"] == SHARED[0][1] and best["memory"] == "shared.tmx"
    assert best["numbers_only_in_text"] == ["1925"] and {"op": "insert", "text": "1925"} in best["diff"]
    table = run(runner, "memory", "lookup", str(folder), "The workers' club opened in 1925.")
    assert "Рабочий клуб открылся" in table and "1923 -> 1925" in table


def test_lookup_names_termbase_terms_that_differ(runner: CliRunner, folder: Path, tmx: Path) -> None:
    run(runner, "memory", "import", str(folder), str(tmx))
    run(runner, "term", "add", str(folder), "--source", "reading room", "--target", "читальня")
    run(runner, "term", "add", str(folder), "--source", "workers' club", "--target", "рабочий клуб")
    text = "The reading room opened in 1923."
    best = json.loads(run(runner, "memory", "lookup", str(folder), text, "--min", "50", "--format", "json"))[0]
    assert best["source"] == SHARED[0][0]
    assert (best["terms_only_in_text"], best["terms_only_in_match"]) == (["reading room"], ["workers' club"])
    assert "terms:" in run(runner, "memory", "lookup", str(folder), text, "--min", "50")


def test_lookup_sees_segments_confirmed_a_moment_ago(runner: CliRunner, folder: Path) -> None:
    matches = json.loads(run(runner, "memory", "lookup", str(folder), "The party backed the clubs.", "--format", "json"))
    assert [(m["score"], m["memory"]) for m in matches] == [(100, "project")]
    assert "no matches of 99% or more" in run(runner, "memory", "lookup", str(folder), "Nothing like it.", "--min", "99")


def test_search_both_sides(runner: CliRunner, folder: Path, tmx: Path) -> None:
    run(runner, "memory", "import", str(folder), str(tmx))
    hits = json.loads(run(runner, "memory", "search", str(folder), "клуб", "--format", "json"))
    assert {h["target"] for h in hits} == {SHARED[0][1], SHARED[1][1], "Партия поддержала клубы."}
    english = json.loads(run(runner, "memory", "search", str(folder), "clubs", "--lang", "en", "--format", "json"))
    assert len(english) == 3 and all(h["side"] == "source" for h in english)
    assert "not found" in run(runner, "memory", "search", str(folder), "astronomy")



def test_search_shows_a_repeated_pair_once_with_its_copies_and_dates(runner: CliRunner, folder: Path, tmx: Path, tmp_path: Path) -> None:
    """The same TMX under two names (a memory merged from two tools): each pair once, its copies
    counted and their memories named; lookup and search say the day the pair last changed."""
    from datetime import UTC, datetime

    run(runner, "memory", "import", str(folder), str(tmx))
    twin = tmp_path / "okapi.tmx"
    dated = datetime(2025, 3, 1, 10, tzinfo=UTC)
    write_tmx(twin, [TranslationUnit(s, t, "en", "ru", changed=dated) for s, t in SHARED], source_lang="en", target_lang="ru")
    run(runner, "memory", "import", str(folder), str(twin))
    hits = json.loads(run(runner, "memory", "search", str(folder), "клуб", "--memory-only", "--format", "json"))
    assert sorted((h["target"], h["memory"], h["copies"], h["also_in"]) for h in hits if h["memory"] != "project") == [
        (SHARED[1][1], "okapi.tmx", 1, ["shared.tmx"]), (SHARED[0][1], "okapi.tmx", 1, ["shared.tmx"]),
    ]
    day = "2025-03-01"
    assert all(h["changed"].startswith(day) for h in hits if h["memory"] == "okapi.tmx")
    table = run(runner, "memory", "search", str(folder), "клуб", "--memory-only")
    assert table.count("+1 copy in shared.tmx") == 2 and day in table
    assert day in run(runner, "memory", "lookup", str(folder), "The workers' club opened in 1925.")

def test_the_first_target_search_after_an_import_says_it_indexes_the_targets(
    runner: CliRunner, folder: Path, tmx: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large wait is announced on stderr (here "large" is a chunk of one unit); stdout stays the JSON."""
    import workbench.core.memory

    monkeypatch.setattr(workbench.core.memory, "TARGET_CHUNK", 1, raising=False)
    run(runner, "memory", "import", str(folder), str(tmx))
    english = runner.invoke(main, ["memory", "search", str(folder), "clubs", "--lang", "en"])
    assert english.exit_code == 0 and "indexing" not in english.stderr
    first = runner.invoke(main, ["memory", "search", str(folder), "клуб", "--format", "json"])
    assert first.exit_code == 0, first.output
    assert first.stderr == "indexing the targets of 2 imported units for target-side search (once after an import)\n"
    assert len(json.loads(first.stdout)) == 3
    again = runner.invoke(main, ["memory", "search", str(folder), "клуб", "--format", "json"])
    assert again.stderr == "" and json.loads(again.stdout) == json.loads(first.stdout)


@pytest.mark.parametrize(
    "args, message",
    [
        (["memory", "import", "{folder}", "{bad}"], "malformed TMX"),
        (["memory", "search", "{folder}", "Klub", "--lang", "de"], "cannot search in 'de'"),
        (["memory", "lookup", "{tmp}", "text"], "not a workbench project"),
    ],
)
def test_errors_are_one_line_and_exit_2(
    runner: CliRunner, folder: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    bad = tmp_path / "bad.tmx"
    bad.write_text('<?xml version="1.0"?><tmx version="1.4"><header/><body><tu>', encoding="utf-8")
    result = runner.invoke(main, [a.format(folder=folder, bad=bad, tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workbench: error:") and message in lines[0]


def test_lookup_batch_answers_each_json_line_as_the_single_lookup_does(
    runner: CliRunner, folder: Path, tmx: Path, tmp_path: Path
) -> None:
    run(runner, "memory", "import", str(folder), str(tmx))
    queries = tmp_path / "queries.jsonl"
    queries.write_text(
        json.dumps("The workers' club opened in 1925.") + "\n\n"
        + json.dumps({"id": 7, "text": "The clubs were closed in 1930.", "limit": 1}) + "\n"
        + json.dumps({"text": "Nothing like it at all.", "min": 99}) + "\n",
        encoding="utf-8",
    )
    lines = run(runner, "memory", "lookup", str(folder), "--batch", str(queries)).splitlines()
    answers = [json.loads(line) for line in lines]
    assert len(answers) == 3
    single = json.loads(run(runner, "memory", "lookup", str(folder), "The workers' club opened in 1925.", "--format", "json"))
    assert answers[0] == {"text": "The workers' club opened in 1925.", "matches": single}
    assert answers[1]["id"] == 7 and [m["target"] for m in answers[1]["matches"]] == [SHARED[1][1]]
    assert answers[2]["matches"] == []


def test_lookup_batch_reads_stdin(runner: CliRunner, folder: Path, tmx: Path) -> None:
    run(runner, "memory", "import", str(folder), str(tmx))
    result = runner.invoke(main, ["memory", "lookup", str(folder), "--batch", "-"], input='"The clubs were closed in 1929."\n')
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["matches"][0]["score"] == 100


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("not json\n", "line 1: not JSON"),
        ('"fine"\n[1, 2]\n', "line 2: expected a JSON string or an object"),
        ('{"text": "a", "min": 101}\n', "min must be a whole number"),
        ('{"text": "a", "colour": 1}\n', "unknown key 'colour'"),
        ('{"limit": 3}\n', "the text must be a JSON string"),
    ],
)
def test_lookup_batch_refuses_a_bad_line_in_one_line(
    runner: CliRunner, folder: Path, tmp_path: Path, content: str, reason: str
) -> None:
    queries = tmp_path / "bad.jsonl"
    queries.write_text(content, encoding="utf-8")
    result = runner.invoke(main, ["memory", "lookup", str(folder), "--batch", str(queries)])
    assert result.exit_code == 2
    assert reason in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_lookup_wants_text_or_batch_not_both(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    (tmp_path / "q.jsonl").write_text('"x"\n', encoding="utf-8")
    for args in ([], ["some text", "--batch", str(tmp_path / "q.jsonl")]):
        result = runner.invoke(main, ["memory", "lookup", str(folder), *args])
        assert result.exit_code == 2 and "either TEXT or --batch" in result.stderr


def test_a_tmx_in_other_languages_is_said_to_be_so(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    """Weblate's de/en/cs memory in an en -> ru project: "0 units, skipped 1 without source or
    target" sent the user looking for empty segments the file does not have (user sweep, session 17)."""
    other = tmp_path / "weblate.tmx"
    other.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<tmx version="1.4"><header srclang="de-DE" adminlang="en" '
        'segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu>'
        '<tuv xml:lang="de-DE"><seg>Wenn die Logfunktion installiert ist</seg></tuv>'
        '<tuv xml:lang="en-US"><seg>If the log function is installed</seg></tuv>'
        '<tuv xml:lang="cs-CZ"><seg>Pokud je nainstalované logování</seg></tuv></tu></body></tmx>\n',
        encoding="utf-8",
    )
    result = runner.invoke(main, ["memory", "import", str(folder), str(other)])
    assert result.exit_code == 2
    assert "no unit has text in both en and ru" in result.stderr and "xml:lang" in result.stderr


@pytest.mark.parametrize("units", [0, 1], ids=["empty-tmx", "other-languages"])
def test_an_import_of_no_unit_changes_no_memory(runner: CliRunner, folder: Path, tmx: Path, tmp_path: Path, units: int) -> None:
    """An import that stores nothing listed an empty memory, and under the name of an existing one
    emptied it (user sweep, session 18): now it is refused with its cause, exit code 2, and the
    memories are as they were."""
    run(runner, "memory", "import", str(folder), str(tmx), "--name", "client")
    nothing = tmp_path / "nothing.tmx"
    write_tmx(nothing, [TranslationUnit("Good day", "Dobrý den", "en-US", "cs-CZ")][:units], source_lang="en-US", target_lang="cs-CZ")
    for name in ("client", "fresh"):
        result = runner.invoke(main, ["memory", "import", str(folder), str(nothing), "--name", name])
        assert result.exit_code == 2, result.output
        assert result.stderr.count("\n") == 1 and "nothing imported" in result.stderr and not result.stdout
    listed = json.loads(run(runner, "memory", "list", str(folder), "--format", "json"))
    assert [(m["name"], m["units"]) for m in listed] == [("project", 1), ("client", 2)]
