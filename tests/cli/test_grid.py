"""The plain grid of long listings: Rich's look, wcwidth-correct widths, data never markup or control."""

from __future__ import annotations

import io
import random
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.table import Table

from workbench.cli import common
from workbench.cli.grid import Column, Grid, wrap

WORDS = ["the", "workers'", "club", "профсоюз", "государство", "a", "—", "«клуб»", "interest,", "x" * 37]


def _rich(rows: list[tuple[str, str, str, str]], width: int) -> str:
    """Rich's table as `segments` drew it, except that a word longer than its column is folded
    (all of it shown, as the grid shows it) rather than cut off with an ellipsis."""
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("source", ratio=1, overflow="fold")
    table.add_column("target", ratio=1, overflow="fold")
    table.add_column("status", no_wrap=True)
    for row in rows:
        table.add_row(*row)
    out = io.StringIO()
    common.console(file=out, width=width).print(table)
    return out.getvalue()


def _grid(rows: list[tuple[str, str, str, str]], width: int) -> str:
    number = max(len(r[0]) for r in rows)
    status = max(cell_len(line) for r in rows for line in (r[3] + "\nstatus").split("\n"))
    grid = Grid(
        [Column("#", width=number, justify="right"), Column("source"), Column("target"), Column("status", width=status)],
        width,
    )
    return "".join(grid.lines(rows))


@pytest.mark.parametrize("width", [60, 80, 133])
def test_the_grid_draws_what_rich_drew_for_prose(width: int) -> None:
    rng = random.Random(width)
    rows = [
        (
            str(n),
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 25))),
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 25))),
            rng.choice(["draft", "translated", "reviewed\n⚠ untranslated"]),
        )
        for n in range(1, 120)
    ]
    assert _grid(rows, width) == _rich(rows, width)


@pytest.mark.parametrize(
    "text",
    ["漢字のテキストは二つのセルを占める長い文です", "e\u0301te\u0301 cafe\u0301 re\u0301sume\u0301 " * 4, "a\tb\tc d e f g h"],
)
def test_wide_and_combining_characters_keep_the_borders_in_line(text: str) -> None:
    grid = Grid([Column("#", width=2), Column("text")], 30)
    lines = "".join(grid.lines([("1", text), ("2", text + " " + text)])).splitlines()
    assert {cell_len(line) for line in lines} == {30}
    body = "".join(line[7:-2] for line in lines[3:-1] if line.startswith("│"))
    assert body.replace(" ", "").startswith(text.expandtabs(8).replace(" ", "")[:5])


def test_wrap_cuts_long_words_and_keeps_line_breaks() -> None:
    assert wrap("ab cdefghij k\nl", 4) == [("ab", 2), ("cdef", 4), ("ghij", 4), ("k", 1), ("l", 1)]
    assert wrap("漢字漢字漢 x", 4) == [("漢字", 4), ("漢字", 4), ("漢 x", 4)]
    assert wrap("", 4) == [("", 0)]


def test_cells_are_data_markup_and_controls_drawn_literally() -> None:
    hostile = "a\x1b]2;PWNED\x07b\x9b31m c\u202ed [/] [bold]e[/bold] :smile: \x85"
    printed = "".join(Grid([Column("text")], 200).lines([(hostile,)]))
    for char in ("\x1b", "\x07", "\x9b", "\u202e", "\x85"):
        assert char not in printed
    assert "[/] [bold]e[/bold] :smile:" in printed and "␛]2;PWNED␇" in printed


def test_a_closed_pipe_ends_the_listing_quietly(tmp_path: Path) -> None:
    from bench.bench_tui import build_big_project

    project = build_big_project(tmp_path / "p", 3000)
    listing = subprocess.Popen(
        [sys.executable, "-m", "workbench", "segments", str(project)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert listing.stdout is not None and listing.stderr is not None
    first = listing.stdout.readline()
    listing.stdout.close()  # what `head -1` does after its line
    error = listing.stderr.read()
    assert listing.wait(timeout=120) == common.EXIT_CLOSED_PIPE
    assert first.startswith("┏".encode()) and error == b""


def test_the_borderless_grid_draws_what_rich_drew_for_findings() -> None:
    rng = random.Random(7)
    rows = [
        (f"#{rng.randint(1, 9999)}", rng.choice(["error", "warning", "info"]),
         " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 30))))
        for _ in range(200)
    ]
    table = Table(show_edge=False, box=None, pad_edge=False, show_header=False, expand=True)
    table.add_column("segment", justify="right", no_wrap=True, width=5)
    table.add_column("severity", no_wrap=True, width=7)
    table.add_column("message", overflow="fold", ratio=1)
    for row in rows:
        table.add_row(*row)
    out = io.StringIO()
    common.console(file=out, width=80).print(table)
    grid = Grid([Column(width=5, justify="right"), Column(width=7), Column()], 80, box=None)
    assert "".join(grid.lines(rows)) == out.getvalue()


def test_styles_colour_our_own_words_only_on_a_terminal() -> None:
    from workbench.cli.grid import sgr

    red = sgr("bold red", "standard")
    assert red == "\x1b[1;31m" and sgr("bold red", None) == ""
    column = Column(width=7, styles={"error": red})
    coloured = "".join(Grid([column, Column()], 40, box=None, coloured=True).lines([("error", "error")]))
    assert coloured == "\x1b[1;31merror\x1b[0m    error" + " " * 26 + "\n"
    assert "\x1b" not in "".join(Grid([column, Column()], 40, box=None).lines([("error", "x")]))


@pytest.mark.parametrize("seed", range(6))
def test_fitted_columns_draw_what_rich_drew_for_term_lists(seed: int) -> None:
    """`term list`: columns as wide as their text, the widest narrowed when the whole is wider than the screen."""
    from workbench.cli.grid import fitted_columns

    rng = random.Random(seed)
    most = rng.choice([2, 4, 12])
    rows = [
        tuple("\n".join(" ".join(rng.choice(WORDS[:-1]) for _ in range(rng.randint(1, most)))
                        for _ in range(rng.randint(1, 2))) for _ in range(3))
        for _ in range(60)
    ]
    table = Table(show_lines=False, expand=False)
    for name in ("id", "en", "ru"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*row)
    out = io.StringIO()
    common.console(file=out, width=100).print(table)
    grid = Grid(fitted_columns(("id", "en", "ru"), rows, 100), 100, lines_between=False)
    assert "".join(grid.lines(rows)) == out.getvalue()
