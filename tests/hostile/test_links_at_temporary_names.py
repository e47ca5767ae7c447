"""A received project holding a link where workbench wrote a temporary file of a fixed name.

`project.toml.tmp`, `dictionary.txt.tmp` and `.segmentation.srx.tmp` were opened by name, so a link
there (`project.toml.tmp -> ~/.bashrc`) was written through: an import, a word added to the
dictionary or an SRX import overwrote a file outside the project, and the rename then put the link
in place of the project's own file. Each now writes a temporary file of a fresh name
(`termbase.outputfile.atomic_write`), which is never a link (hardening, round thirteen).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.spelling import add_word

PRECIOUS = "export PATH=$HOME/bin:$PATH\n"


@pytest.fixture
def received(tmp_path: Path) -> Path:
    project = tmp_path / "received"
    result = CliRunner().invoke(main, ["init", str(project)])
    assert result.exit_code == 0, result.output
    return project


def linked_out(project: Path, name: str) -> Path:
    """A file of the user's outside the project, and a link to it at `name` inside."""
    victim = project.parent / "bashrc"
    victim.write_text(PRECIOUS, "utf-8")
    (project / name).symlink_to(victim)
    return victim


def run(*args: str) -> None:
    result = CliRunner().invoke(main, [str(arg) for arg in args])
    assert result.exit_code == 0, (result.output, result.exception)


def test_an_import_never_writes_through_a_link_at_project_toml_tmp(received: Path) -> None:
    victim = linked_out(received, "project.toml.tmp")
    pairs = received.parent / "pairs.tsv"
    pairs.write_text("The club opened.\tКлуб открылся.\n", "utf-8")
    run("import", received, "--tsv", pairs)
    assert victim.read_text("utf-8") == PRECIOUS
    config = received / "project.toml"
    assert not config.is_symlink() and "pairs" in config.read_text("utf-8")


def test_a_dictionary_word_never_goes_through_a_link_at_dictionary_txt_tmp(received: Path) -> None:
    victim = linked_out(received, "dictionary.txt.tmp")
    assert add_word(received, "Пролеткульт")
    assert victim.read_text("utf-8") == PRECIOUS
    dictionary = received / "dictionary.txt"
    assert not dictionary.is_symlink() and "Пролеткульт" in dictionary.read_text("utf-8")


def test_an_srx_import_never_writes_through_a_link_at_its_temporary_name(received: Path) -> None:
    rules = received.parent / "rules.srx"
    run("segmentation", "export", received, rules)
    victim = linked_out(received, ".segmentation.srx.tmp")
    run("segmentation", "import", received, rules)
    assert victim.read_text("utf-8") == PRECIOUS
    stored = received / "segmentation.srx"
    assert not stored.is_symlink() and stored.read_bytes() == rules.read_bytes()
