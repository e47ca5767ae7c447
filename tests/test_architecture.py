"""The dependency rule, checked: termbase stands alone; the core never loads the UI; no cycles.

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

import grimp
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


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Every group of modules that import one another, directly or round a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[module] = min(low[module], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[module])
            if low[module] == index[module]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def test_cycle_finder_finds_a_loop() -> None:
    graph = grimp.ImportGraph()
    for importer, imported in [("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.c", "p.d")]:
        graph.add_import(importer=importer, imported=imported)
    assert _cycles(graph) == [["p.a", "p.b", "p.c"]]


def test_no_import_cycles() -> None:
    """No two modules import each other, even in a function body or under TYPE_CHECKING.

    grimp reads every import statement wherever it is, so a deferred import
    that only hides a cycle from the interpreter counts as one here.
    """
    graph = grimp.build_graph("workbench", "termbase", cache_dir=None)
    assert _cycles(graph) == []


LAZY_PACKAGES = sorted(
    path.parent.name for path in (REPO / "workbench" / "core").glob("*/__init__.pyi")
)


def test_core_packages_keep_their_modules_to_themselves() -> None:
    """Code outside a core package imports its exported names, never its modules.

    A package's `__init__.pyi` is the list of what others may use; a module
    inside it can then be split, merged or renamed without touching its users.
    """
    import grimp

    graph = grimp.build_graph("workbench")
    reached_in = []
    for package in LAZY_PACKAGES:
        prefix = f"workbench.core.{package}."
        for module in graph.find_children(f"workbench.core.{package}"):
            for importer in graph.find_modules_that_directly_import(module):
                if not importer.startswith(prefix):
                    reached_in.append(f"{importer} -> {module}")
    assert LAZY_PACKAGES, "no core package declares its exports"
    assert reached_in == []


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_every_exported_name_loads(package: str) -> None:
    """Each name a package's stub promises is there, and is the object, not a same-named module."""
    import importlib
    import types

    module = importlib.import_module(f"workbench.core.{package}")
    for name in module.__all__:
        value = getattr(module, name)
        assert not isinstance(value, types.ModuleType), f"{package}.{name} is a module"


def test_a_core_package_loads_nothing_until_a_name_is_used() -> None:
    """The packages export lazily, so a light command that names one pays for none of it."""
    code = (
        "import sys, workbench.core.alignment, workbench.core.memory, workbench.core.ingest; "
        "print(sorted(m for m in ('numpy', 'workbench.core.alignment.aligner', 'workbench.core.ingest.cleanup') "
        "if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

