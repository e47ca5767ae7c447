"""Fixtures for the TUI tests: a small project with known pairs in `tmp_path`, and the app on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.notifications import SeverityLevel
from tui_helpers import build_project

from workbench.tui.app import WorkbenchApp, make_app


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return build_project(tmp_path / "clubs")


@pytest.fixture
def app(project_path: Path) -> WorkbenchApp:
    return make_app(project_path)



@pytest.fixture(autouse=True)
def lasting_notifications(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every notification lasts the test: a toast's 5-30 s life is shorter than a loaded machine
    (load 17 under `make test` beside a bench) takes to reach the assertion that reads
    `app._notifications`, which then found the list already reaped and empty."""
    notify = App.notify

    def lasting(self: App[object], message: str, *, title: str = "", severity: SeverityLevel = "information",
                timeout: float | None = None, markup: bool = True) -> None:
        notify(self, message, title=title, severity=severity, timeout=3600, markup=markup)

    monkeypatch.setattr(App, "notify", lasting)
