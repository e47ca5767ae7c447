"""`import --lines EN RU`: two line-aligned plain files (a test set and an MT system's output, a
Moses corpus, subtitles as text) pair line N with line N, and `export --lines` writes the Russian
back line for line (session 40, lineimport)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

# Line 1 holds two sentences in English and one in Russian: an aligner re-splitting the files
# pairs them by sentence; the file pairs them by line.
ENGLISH = [
    "The commission met on Monday. It approved the plan.",
    "Critics blasted the decision.",
    "",
    "Shares fell by 3% in early trading.",
]
RUSSIAN = [
    "Комиссия собралась в понедельник и одобрила план.",
    "Критики раскритиковали решение.",
    "",
    "В начале торгов акции упали на 3%.",
]


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def project(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    assert invoke("init", str(folder), "--source-lang", "en", "--target-lang", "ru")[0] == 0
    return folder


def write_lines(path: Path, lines: list[str], newline: str = "\n", encoding: str = "utf-8") -> Path:
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


def segments(folder: Path) -> list[dict[str, object]]:
    code, said = invoke("segments", str(folder), "--format", "json")
    assert code == 0, said
    listed: list[dict[str, object]] = json.loads(said)
    return listed


def test_line_n_pairs_with_line_n_blank_lines_kept(tmp_path: Path) -> None:
    folder = project(tmp_path)
    en = write_lines(tmp_path / "news.en.txt", ENGLISH)
    ru = write_lines(tmp_path / "news.ru.txt", RUSSIAN)
    code, said = invoke("import", str(folder), "--lines", str(en), str(ru))
    assert code == 0, said
    assert "imported 'news': 4 segments, paired line by line" in said
    rows = segments(folder)
    assert [(r["source"], r["target"]) for r in rows] == list(zip(ENGLISH, RUSSIAN))
    assert all(r["confidence"] is None for r in rows)  # no aligner judged them: the file's line order paired them
    code, said = invoke("status", str(folder), "--format", "json")
    status = json.loads(said)
    assert [(d["kind"], d["source_encoding"], d["target_encoding"]) for d in status["documents"]] == [("lines", "utf-8", "utf-8")]
    assert status["segments"]["empty"] == 0  # the blank pair has nothing to translate


def test_round_trip_gives_the_russian_file_back_byte_for_byte(tmp_path: Path) -> None:
    for newline in ("\n", "\r\n"):
        folder = tmp_path / f"p{len(newline)}"
        assert invoke("init", str(folder))[0] == 0
        en = write_lines(tmp_path / f"en{len(newline)}.txt", ENGLISH, newline)
        ru = write_lines(tmp_path / f"ru{len(newline)}.txt", RUSSIAN, newline)
        assert invoke("import", str(folder), "--lines", str(en), str(ru))[0] == 0
        out = tmp_path / f"out{len(newline)}.txt"
        code, said = invoke("export", str(folder), "--lines", str(out))
        assert code == 0, said
        assert "exported the translation of 4 lines" in said
        assert out.read_bytes() == ru.read_bytes()


def test_a_file_without_a_final_line_end_comes_back_without_one(tmp_path: Path) -> None:
    folder = project(tmp_path)
    en = tmp_path / "en.txt"
    en.write_text("One.\nTwo.", encoding="utf-8")
    ru = tmp_path / "ru.txt"
    ru.write_text("Один.\nДва.", encoding="utf-8")
    assert invoke("import", str(folder), "--lines", str(en), str(ru))[0] == 0
    out = tmp_path / "out.txt"
    assert invoke("export", str(folder), "--lines", str(out))[0] == 0
    assert out.read_bytes() == ru.read_bytes()


def test_edited_targets_are_exported_on_their_lines(tmp_path: Path) -> None:
    folder = project(tmp_path)
    en = write_lines(tmp_path / "en.txt", ENGLISH)
    ru = write_lines(tmp_path / "ru.txt", ["", *RUSSIAN[1:]])  # line 1 not translated yet
    assert invoke("import", str(folder), "--lines", str(en), str(ru))[0] == 0
    first = segments(folder)[0]["id"]
    with sqlite3.connect(folder / "project.db") as db:  # as the editor would save it, a line break typed in
        db.execute("update segments set target = ? where id = ?", ["Комиссия собралась.\nОна одобрила план.", first])
    out = tmp_path / "out.txt"
    code, said = invoke("export", str(folder), "--lines", str(out))
    assert code == 0
    assert "1 target held a line break" in said
    assert out.read_text(encoding="utf-8").split("\n")[:2] == ["Комиссия собралась. Она одобрила план.", RUSSIAN[1]]


def test_a_count_mismatch_is_one_line_and_nothing_is_saved(tmp_path: Path) -> None:
    folder = project(tmp_path)
    en = write_lines(tmp_path / "en.txt", ENGLISH)
    ru = write_lines(tmp_path / "ru.txt", RUSSIAN[:3])
    before = sorted(p.name for p in folder.rglob("*"))
    code, said = invoke("import", str(folder), "--lines", str(en), str(ru))
    assert code == 2
    assert said.strip().count("\n") == 0 and "Traceback" not in said
    assert "en.txt has 4 lines and" in said and "ru.txt has 3" in said
    assert segments(folder) == []
    assert sorted(p.name for p in folder.rglob("*")) == before  # no copy left in sources/


def test_crlf_and_lf_sides_pair_and_a_utf16_file_is_read(tmp_path: Path) -> None:
    folder = project(tmp_path)
    en = write_lines(tmp_path / "en.txt", ENGLISH, "\n")
    ru = write_lines(tmp_path / "ru.txt", RUSSIAN, "\r\n", "utf-16")  # with its BOM, as Notepad saves it
    code, said = invoke("import", str(folder), "--lines", str(en), str(ru))
    assert code == 0, said
    assert "(utf-8, utf-16)" in said
    assert [(r["source"], r["target"]) for r in segments(folder)] == list(zip(ENGLISH, RUSSIAN))
    out = tmp_path / "out.txt"
    assert invoke("export", str(folder), "--lines", str(out))[0] == 0
    assert out.read_bytes() == ("\r\n".join(RUSSIAN) + "\r\n").encode("utf-8")  # the same lines and line ends, in UTF-8


def test_update_with_new_versions_goes_pair_by_pair(tmp_path: Path) -> None:
    folder = project(tmp_path)
    en = write_lines(tmp_path / "news.en.txt", ENGLISH)
    ru = write_lines(tmp_path / "news.ru.txt", RUSSIAN)
    assert invoke("import", str(folder), "--lines", str(en), str(ru))[0] == 0
    assert invoke("mark-translated", str(folder))[0] == 0
    (tmp_path / "v2").mkdir()
    en2 = write_lines(tmp_path / "v2" / "news.en.txt",
                      [ENGLISH[0], "Critics praised the decision.", "", ENGLISH[3], "Trading resumed at noon."])
    ru2 = write_lines(tmp_path / "v2" / "news.ru.txt",
                      [RUSSIAN[0], "Критики похвалили решение.", "", RUSSIAN[3], "Торги возобновились в полдень."])
    code, said = invoke("import", str(folder), "--lines", str(en2), str(ru2), "--update", "--json")
    assert code == 0, said
    update = json.loads(said)
    assert (update["document"], update["kind"], update["kept"], update["changed"], update["new"], update["removed"]) == \
        ("news", "lines", 3, 1, 1, 0)
    rows = segments(folder)
    assert [r["target"] for r in rows] == [RUSSIAN[0], "Критики похвалили решение.", "", RUSSIAN[3],
                                           "Торги возобновились в полдень."]
    assert rows[0]["status"] == "translated"  # an unchanged line keeps its status
    out = tmp_path / "out.txt"
    assert invoke("export", str(folder), "--lines", str(out))[0] == 0
    assert out.read_bytes() == ru2.read_bytes()


def test_update_of_a_lines_document_needs_both_files(tmp_path: Path) -> None:
    folder = project(tmp_path)
    en = write_lines(tmp_path / "news.txt", ENGLISH)
    ru = write_lines(tmp_path / "news.ru.txt", RUSSIAN)
    assert invoke("import", str(folder), "--lines", str(en), str(ru))[0] == 0
    code, said = invoke("import", str(folder), "--source", str(en), "--update", "news")
    assert code == 2 and "imported as lines" in said


def test_bitext_exports_keep_the_line_order(tmp_path: Path) -> None:
    folder = project(tmp_path)
    en = write_lines(tmp_path / "en.txt", ENGLISH)
    ru = write_lines(tmp_path / "ru.txt", RUSSIAN)
    assert invoke("import", str(folder), "--lines", str(en), str(ru))[0] == 0
    tsv = tmp_path / "out.tsv"
    code, said = invoke("export", str(folder), "--tsv", str(tsv), "--all")
    assert code == 0, said
    expected = [f"{e}\t{r}" for e, r in zip(ENGLISH, RUSSIAN) if e]  # a blank pair is no pair
    assert tsv.read_text(encoding="utf-8").splitlines() == expected


def test_export_lines_without_such_a_document_is_refused(tmp_path: Path) -> None:
    folder = project(tmp_path)
    tsv = tmp_path / "a.tsv"
    tsv.write_text("One.\tОдин.\n", encoding="utf-8")
    assert invoke("import", str(folder), "--tsv", str(tsv))[0] == 0
    code, said = invoke("export", str(folder), "--lines", str(tmp_path / "out.txt"))
    assert code == 2 and "no document imported from line-aligned files" in said
    assert not (tmp_path / "out.txt").exists()


def test_lines_goes_alone(tmp_path: Path) -> None:
    folder = project(tmp_path)
    en = write_lines(tmp_path / "en.txt", ENGLISH)
    ru = write_lines(tmp_path / "ru.txt", RUSSIAN)
    code, said = invoke("import", str(folder), "--lines", str(en), str(ru), "--tsv", str(en))
    assert code == 2 and "give exactly one of" in said
