"""Fixtures shared by every test: isolated folders, the sample text, a fresh project."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests import long_first
from workbench.core.project.store import Project

REPO = Path(__file__).resolve().parent.parent
SAMPLE_PROJECT = REPO / "projects" / "workers-clubs"
SAMPLE_TEXT = REPO.parent / "shared" / "samples" / "workers-clubs.en.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--record-durations",
        metavar="FILE",
        type=Path,
        help="write the tests that took at least 5 s to FILE (tests/durations.tsv orders the suite)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On xdist's workers, the long tests first and dealt evenly (`tests/long_first.py`)."""
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "0"))
    if workers < 2:
        return
    known = long_first.read_durations()
    seconds = [known.get(item.nodeid, 0.0) for item in items]
    items[:] = long_first.long_first(items, seconds, workers)


_took: dict[str, float] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Each test's setup, call and teardown added up (in the process that writes the file)."""
    _took[report.nodeid] = _took.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session: pytest.Session) -> None:
    path = session.config.getoption("record_durations")
    if path is not None and not hasattr(session.config, "workerinput"):
        long_first.write_durations(_took, path)


@pytest.fixture(scope="session")
def word_tables(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder of wordfreq's kept tables (`workbench.core.word_frequency`) for the whole run of
    a process: they depend on the installed wordfreq alone, as a user's are kept between runs, so
    a test or a command it runs reads them back instead of making them anew (1-2 s a language)."""
    return tmp_path_factory.mktemp("wordfreq")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
                  word_tables: Path) -> None:
    """No test reads or writes the real user's configuration, data or cache folders (the cache's
    wordfreq tables are the run's own, shared: `word_tables`)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    (home / ".cache" / "workbench").mkdir(parents=True)
    (home / ".cache" / "workbench" / "wordfreq").symlink_to(word_tables, target_is_directory=True)


@pytest.fixture
def sample_text() -> Path:
    """The OCR'd English page the sample project is made from (as shipped in the repo)."""
    shipped = SAMPLE_PROJECT / "sources" / "workers-clubs.en.txt"
    return shipped if shipped.exists() else SAMPLE_TEXT


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A new, empty en -> ru project in a temporary folder."""
    with Project.create(tmp_path / "proj", "en", "ru") as p:
        yield p


@pytest.fixture
def sample_project(tmp_path: Path) -> Path:
    """A copy of the shipped sample project; tests never write into `projects/`."""
    if not (SAMPLE_PROJECT / "project.toml").exists():
        pytest.skip("the sample project has not been built")
    dest = tmp_path / "workers-clubs"
    shutil.copytree(SAMPLE_PROJECT, dest)
    return dest


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def text_readers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[], set[int]]:
    """The aligner's texts read in any process (a forked child too) from 2 sentences a
    side on: call the result for the ids of the processes that read since the last call."""
    from workbench.core.alignment import aligner

    log = tmp_path / "text-readers"
    read_text = aligner.read_text

    def recording(*args: Any, **kwargs: Any) -> Any:
        with log.open("a") as out:
            out.write(f"{os.getpid()}\n")
        return read_text(*args, **kwargs)

    def readers() -> set[int]:
        pids = {int(pid) for pid in log.read_text().split()} if log.exists() else set()
        log.unlink(missing_ok=True)
        return pids

    monkeypatch.setattr(aligner, "read_text", recording)
    monkeypatch.setattr(aligner, "FORK_FROM", 2)
    return readers
