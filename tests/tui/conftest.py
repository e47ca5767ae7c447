"""Fixtures for the TUI tests: a small project with known pairs in `tmp_path`, and the app on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import build_project

from workbench.tui.app import WorkbenchApp, make_app


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return build_project(tmp_path / "clubs")


@pytest.fixture
def app(project_path: Path) -> WorkbenchApp:
    return make_app(project_path)

