"""`workbench memory export|conflicts`: a language lead merges the memories of several tools into
one cleaned TMX (twenty-fourth user's day), against real project folders and TMX files."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core import editing
from workbench.core.ingest.importing import import_text
from workbench.core.project.store import Project
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import read_tmx, write_tmx

OLD = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
NEW = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def folder(project: Project, tmp_path: Path) -> Path:
    """A project whose one confirmed segment is also in a peer's file, and two peers' TMX files
    holding a pair twice, a pair in both files and a source translated two ways."""
    (tmp_path / "a.en.txt").write_text("The club opened in 1925.\n", encoding="utf-8")
    (tmp_path / "a.ru.txt").write_text("Клуб открылся в 1925 году.\n", encoding="utf-8")
    import_text(project, tmp_path / "a.en.txt", tmp_path / "a.ru.txt")
    editing.confirm(project, project.segments()[0].id)
    omegat = [
        TranslationUnit("The club opened in 1925.", "Клуб открылся в 1925 году.", "en-US", "ru-RU", created=OLD),
        TranslationUnit("Reading room", "Читальня", "en-US", "ru-RU", created=OLD),
        TranslationUnit("Reading room", "Читальня", "en-US", "ru-RU", created=OLD, props=(("Txt::FileName", "ch1.txt"),)),
    ]
    okapi = [
        TranslationUnit("Reading room", "Читальня", "en", "ru", created=NEW, notes=("checked",)),
        TranslationUnit("Reading room", "Читальный зал", "en", "ru", created=NEW),
        TranslationUnit("Press ⟦1⟧Save⟦/1⟧.", "Нажмите ⟦1⟧Сохранить⟦/1⟧.", "en", "ru"),
    ]
    for name, units in (("omegat.tmx", omegat), ("okapi.tmx", okapi)):
        write_tmx(tmp_path / name, units, source_lang=units[0].source_lang, target_lang=units[0].target_lang)
        assert CliRunner().invoke(main, ["memory", "import", str(project.path), str(tmp_path / name)]).exit_code == 0
    return project.path


def run(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_export_writes_each_pair_once_the_newest_copy_naming_its_memory(
    runner: CliRunner, folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "clean.tmx"
    said = run(runner, "memory", "export", str(folder), str(out))
    assert said.startswith(f"wrote {out}: 4 units, left out 3 duplicates; 1 source with more than one translation")
    units = list(read_tmx(out, "en", "ru"))
    pairs = sorted((u.source, u.target) for u in units)
    assert pairs == sorted([
        ("The club opened in 1925.", "Клуб открылся в 1925 году."),
        ("Reading room", "Читальня"),
        ("Reading room", "Читальный зал"),
        ("Press ⟦1⟧Save⟦/1⟧.", "Нажмите ⟦1⟧Сохранить⟦/1⟧."),
    ])
    kept = next(u for u in units if u.target == "Читальня")
    assert kept.prop("x-memory") == "okapi.tmx" and kept.created == NEW and kept.notes == ("checked",)
    assert next(u for u in units if u.source.startswith("The club")).prop("x-memory") == "project"
    assert len({u.tuid for u in units}) == 4


def test_export_of_chosen_memories_keeps_their_own_properties(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    """Of two copies of one date the later stored is kept: a later unit of a file is its newer one."""
    out = tmp_path / "omegat-only.tmx"
    run(runner, "memory", "export", str(folder), str(out), "--memory", "omegat.tmx")
    units = list(read_tmx(out, "en", "ru"))
    assert [(u.source, u.prop("x-memory"), u.prop("Txt::FileName")) for u in units] == [
        ("The club opened in 1925.", "omegat.tmx", None),
        ("Reading room", "omegat.tmx", "ch1.txt"),
    ]
    assert units[1].created == OLD


def test_export_read_back_into_a_fresh_project_finds_the_same_pairs(
    runner: CliRunner, folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "clean.tmx"
    run(runner, "memory", "export", str(folder), str(out))
    with Project.create(tmp_path / "fresh", "en", "ru") as fresh:
        assert run(runner, "memory", "import", str(fresh.path), str(out)) == "imported clean.tmx: 4 units\n"


def test_conflicts_list_each_translation_with_its_memories(runner: CliRunner, folder: Path) -> None:
    found = json.loads(run(runner, "memory", "conflicts", str(folder), "--format", "json"))
    assert found == [
        {
            "source": "Reading room",
            "translations": [
                {"target": "Читальня", "memories": ["okapi.tmx", "omegat.tmx"], "units": 3},
                {"target": "Читальный зал", "memories": ["okapi.tmx"], "units": 1},
            ],
        }
    ]
    table = run(runner, "memory", "conflicts", str(folder))
    assert "Читальный зал" in table and table.endswith("1 source with more than one translation\n")
    assert run(runner, "memory", "conflicts", str(folder), "--memory", "omegat.tmx") == (
        "no source with more than one translation\n"
    )


def test_an_unknown_memory_is_refused_in_one_line_and_nothing_written(
    runner: CliRunner, folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "never.tmx"
    result = runner.invoke(main, ["memory", "export", str(folder), str(out), "--memory", "trados.tmx"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "workbench: error: no memory named trados.tmx (workbench memory list names them)"
    ]
    assert not out.exists()


@pytest.fixture
def bad(project: Project, tmp_path: Path) -> Path:
    """A client's memory with one bad translation («клаб») repeated in 40 units."""
    units = [
        TranslationUnit(f"Workers' club number {n} opened.", f"Рабочий клаб номер {n} открылся.", "en", "ru", changed=OLD)
        for n in range(1, 41)
    ] + [TranslationUnit("The club closed.", "Клуб закрылся.", "en", "ru")]
    write_tmx(tmp_path / "client.tmx", units, source_lang="en", target_lang="ru")
    run(CliRunner(), "memory", "import", str(project.path), str(tmp_path / "client.tmx"))
    return project.path


def search(runner: CliRunner, folder: Path, text: str) -> list[str]:
    hits = json.loads(run(runner, "memory", "search", str(folder), text, "--limit", "100", "--format", "json"))
    return [hit["target"] for hit in hits]


def test_replace_mends_every_unit_and_undo_puts_them_back(runner: CliRunner, bad: Path, tmp_path: Path) -> None:
    assert len(search(runner, bad, "клаб")) == 40  # the target index is built before the replace
    preview = run(runner, "memory", "replace", str(bad), "клаб", "клуб", "--dry-run")
    assert preview.endswith("would change 40 units (nothing changed: --dry-run)\n")
    assert len(search(runner, bad, "клаб")) == 40
    said = run(runner, "memory", "replace", str(bad), "клаб", "клуб")
    assert "client.tmx #1: Рабочий клуб номер 1 открылся." in said
    assert said.endswith(f"changed 40 units (workbench memory undo {bad} puts them back)\n")
    assert search(runner, bad, "клаб") == []
    assert len(search(runner, bad, "рабочий клуб")) == 40
    out = tmp_path / "mended.tmx"
    run(runner, "memory", "export", str(bad), str(out))
    mended = [u for u in read_tmx(out, "en", "ru") if u.source.startswith("Workers'")]
    assert all("клуб" in u.target and u.changed is not None and u.changed > OLD for u in mended)
    assert run(runner, "memory", "undo", str(bad)) == (
        "put back 40 targets changed by replacing 'клаб' with 'клуб'\n"
    )
    assert len(search(runner, bad, "клаб")) == 40 and search(runner, bad, "рабочий клуб") == []
    run(runner, "memory", "export", str(bad), str(out), "--force")
    assert {u.changed for u in read_tmx(out, "en", "ru") if u.source.startswith("Workers'")} == {OLD}
    refused = runner.invoke(main, ["memory", "undo", str(bad)])
    assert refused.exit_code == 2 and refused.output == "workbench: error: no memory replace to undo\n"


def test_undo_leaves_a_unit_re_imported_since_as_it_is(runner: CliRunner, bad: Path, tmp_path: Path) -> None:
    run(runner, "memory", "replace", str(bad), "клаб", "клуб")
    write_tmx(tmp_path / "client.tmx", [TranslationUnit("Workers' club number 1 opened.", "Рабочий клуб номер 1 открылся.", "en", "ru")], source_lang="en", target_lang="ru")
    run(runner, "memory", "import", str(bad), str(tmp_path / "client.tmx"))
    result = runner.invoke(main, ["memory", "undo", str(bad)])
    assert result.exit_code == 0
    assert "put back 0 targets" in result.output and "left 40 units changed or re-imported since as they are" in result.output
    assert search(runner, bad, "клаб") == []



def test_replace_in_word_forms_mends_a_phrase_in_every_case_and_undo_puts_it_back(
    runner: CliRunner, project: Project, tmp_path: Path
) -> None:
    """A calque («клуб рабочих» for "workers' club") repeated in every case: --forms puts the
    right term in each unit in that unit's case, one step; exact text would find only one form."""
    targets = ["Клуб рабочих открылся.", "Помощь клубу рабочих.", "Нет клуба рабочих.", "О клубах рабочих.", "Клуб закрылся."]
    units = [TranslationUnit(f"Sentence {n}.", target, "en", "ru") for n, target in enumerate(targets)]
    write_tmx(tmp_path / "calque.tmx", units, source_lang="en", target_lang="ru")
    run(runner, "memory", "import", str(project.path), str(tmp_path / "calque.tmx"))
    exact = run(runner, "memory", "replace", str(project.path), "клуб рабочих", "рабочий клуб", "--dry-run")
    assert exact == "no target of an imported memory holds 'клуб рабочих'\n"
    said = run(runner, "memory", "replace", str(project.path), "клуб рабочих", "рабочий клуб", "--forms")
    assert said.endswith(f"changed 4 units (workbench memory undo {project.path} puts them back)\n")
    assert sorted(search(runner, project.path, "клуб")) == sorted(
        ["Рабочий клуб открылся.", "Помощь рабочему клубу.", "Нет рабочего клуба.", "О рабочих клубах.", "Клуб закрылся."]
    )
    run(runner, "memory", "undo", str(project.path))
    assert sorted(search(runner, project.path, "клуб")) == sorted(targets)
    whole = run(runner, "memory", "replace", str(project.path), "Клуб", "Дом", "--whole-word", "--dry-run")
    assert [line.split(": ", 1)[1] for line in whole.splitlines()[:-1]] == ["Дом рабочих открылся.", "Дом закрылся."]
    refused = runner.invoke(main, ["memory", "replace", str(project.path), "a", "b", "--forms", "--regex"])
    assert (refused.exit_code, refused.output) == (2, "workbench: error: --regex and --forms exclude each other\n")

@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("клаб", "клуб", "--memory", "project"), "the project memory follows the project's segments: change them with workbench replace"),
        (("клаб", "клаб"), "the replacement is the text to find; nothing would change"),
        (("", "клуб"), "give the text to find"),
        (("клаб", "клуб", "--memory", "trados.tmx"), "no memory named trados.tmx (workbench memory list names them)"),
    ],
)
def test_replace_refusals_are_one_line_and_change_nothing(
    runner: CliRunner, bad: Path, args: tuple[str, ...], line: str
) -> None:
    result = runner.invoke(main, ["memory", "replace", str(bad), *args])
    assert (result.exit_code, result.output) == (2, f"workbench: error: {line}\n")
    assert len(search(runner, bad, "клаб")) == 40


def test_import_says_what_it_left_of_a_merged_file(runner: CliRunner, project: Project, tmp_path: Path) -> None:
    """A unit of another language pair, and one translated the other way, were dropped unsaid."""
    path = tmp_path / "merged.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1"'
        ' segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>\n'
        '<tu><tuv xml:lang="en"><seg>Reading room</seg></tuv><tuv xml:lang="ru"><seg>Читальня</seg></tuv></tu>\n'
        '<tu srclang="ru"><tuv xml:lang="ru"><seg>Библиотека</seg></tuv><tuv xml:lang="en"><seg>Library</seg></tuv></tu>\n'
        '<tu><tuv xml:lang="de"><seg>Guten Tag</seg></tuv><tuv xml:lang="ru"><seg>Добрый день</seg></tuv></tu>\n'
        '<tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="de"><seg>Hallo</seg></tuv></tu>\n'
        "</body></tmx>\n",
        encoding="utf-8",
    )
    assert run(runner, "memory", "import", str(project.path), str(path)) == (
        "imported merged.tmx: 1 unit, skipped 2 without text in both en and ru, "
        "skipped 1 translated from another language (tu srclang)\n"
    )


def _tbx(path: Path, term: str, translation: str) -> Path:
    """A TBX-Basic file whose one concept is `e001`, as translate-toolkit and Weblate number theirs."""
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><martifHeader><fileDesc>'
        "<sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader><text><body>"
        f'<termEntry id="e001"><langSet xml:lang="en"><tig><term>{term}</term></tig></langSet>'
        f'<langSet xml:lang="ru"><tig><term>{translation}</term></tig></langSet></termEntry>'
        "</body></text></martif>\n",
        encoding="utf-8",
    )
    return path


def test_termbases_of_two_tools_with_the_same_ids_are_kept_apart(runner: CliRunner, project: Project, tmp_path: Path) -> None:
    """Two tools' TBX files both numbered `e001`: the second replaced the first one's concept, said only
    as "1 replaced". A note says so now, and `--id-prefix` keeps each file's concepts."""
    first, second = _tbx(tmp_path / "tt.tbx", "data bus", "шина данных"), _tbx(tmp_path / "weblate.tbx", "reading room", "читальня")
    run(runner, "term", "import", str(project.path), str(first))
    result = runner.invoke(main, ["term", "import", str(project.path), str(second)])
    assert result.exit_code == 0
    assert "note: 1 replaced a concept of the same id (in the termbase or earlier in weblate.tbx)" in result.output
    assert "--id-prefix" in result.output
    run(runner, "term", "import", str(project.path), str(first), "--replace", "--id-prefix", "tt-")
    assert "replaced a concept" not in run(runner, "term", "import", str(project.path), str(second), "--id-prefix", "weblate-")
    listed = json.loads(run(runner, "term", "list", str(project.path), "--format", "json"))
    assert sorted(c["id"] for c in listed) == ["tt-e001", "weblate-e001"]
    found = run(runner, "term", "find", str(project.path), "The reading room and the data bus.", "--format", "json")
    assert "weblate-e001" in found and "tt-e001" in found


def test_export_gives_back_the_inline_markup_of_the_tmx_it_was_imported_from(
    runner: CliRunner, project: Project, tmp_path: Path
) -> None:
    """OmegaT's `bpt`/`ept`/`ph` came back out of the memory as generic codes, which the tool that
    wrote them no longer knew for its own (session 24's user's day): the memory keeps the markup."""
    from lxml import etree

    tagged = tmp_path / "omegat.tmx"
    tagged.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="OmegaT" '
        'creationtoolversion="6" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="en" '
        'datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="en"><seg>The <bpt i="1" x="1">&lt;b0&gt;</bpt>club<ept i="1">&lt;/b0&gt;</ept> '
        'opened.<ph x="2">&lt;br/&gt;</ph></seg></tuv><tuv xml:lang="ru"><seg><bpt i="1" x="1">&lt;b0&gt;</bpt>'
        'Клуб<ept i="1">&lt;/b0&gt;</ept> открылся.<ph x="2">&lt;br/&gt;</ph></seg></tuv></tu>'
        '<tu><tuv xml:lang="en"><seg>Plain text.</seg></tuv><tuv xml:lang="ru"><seg>Простой текст.</seg></tuv></tu>'
        '</body></tmx>',
        encoding="utf-8",
    )
    run(runner, "memory", "import", str(project.path), str(tagged))
    out = tmp_path / "back.tmx"
    run(runner, "memory", "export", str(project.path), str(out), "--memory", "omegat.tmx")

    def segs(path: Path) -> list[bytes]:
        return [etree.tostring(seg, with_tail=False) for seg in etree.parse(str(path)).iter("seg")]

    assert segs(out) == segs(tagged)
