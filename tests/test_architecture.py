"""The dependency rule, checked: termbase stands alone; the core never loads the UI.

import-linter checks what the code imports; the fresh-interpreter test checks
what actually gets loaded at run time (a lazy import would slip past a static
check). `sqlite_utils` itself imports click, so only textual and rich are
forbidden at run time.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import termbase
import workbench.core
import workbench.formats

REPO = Path(__file__).resolve().parent.parent


def _modules(package: object) -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")  # type: ignore[attr-defined]
    )


HEADLESS = [*_modules(workbench.core), *_modules(workbench.formats), *_modules(termbase)]


def test_import_linter_contracts_hold() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter)], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("module", HEADLESS)
def test_headless_module_loads_no_ui(module: str) -> None:
    code = (
        "import sys, importlib; importlib.import_module(sys.argv[1]); "
        "bad = sorted(m for m in ('textual', 'rich', 'workbench.tui', 'workbench.cli') if m in sys.modules); "
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, module], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"{module} loads {result.stdout.strip()}"


def test_termbase_never_loads_workbench() -> None:
    code = (
        "import sys, pkgutil, importlib, termbase\n"
        "for info in pkgutil.walk_packages(termbase.__path__, 'termbase.'):\n"
        "    importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('workbench', 'textual', 'rich')))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
