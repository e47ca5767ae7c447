"""The frozen QA sets' committed files as their labellers left them: every pair once, each
source's or group's share drawn, every label a check id (one test for every set, so a new set
is one line here)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from types import ModuleType

import pytest

from bench import (
    qa_app_catalogues,
    qa_catalogues,
    qa_community_docs,
    qa_figures,
    qa_framework_docs,
    qa_glossaries,
    qa_gnome_more,
    qa_help_docs,
    qa_html_manuals,
    qa_kde_apps,
    qa_kde_mate,
    qa_kicad_inkscape,
    qa_lessons,
    qa_long_prose,
    qa_man_handbooks,
    qa_ml_courses,
    qa_news_numbers,
    qa_open_guides,
    qa_org_sites,
    qa_program_catalogues,
    qa_public_sites,
    qa_rust_books,
    qa_security_guides,
    qa_sky_cultures,
)
from workbench.core.checks import REGISTRY


def _group(module: ModuleType, app: str) -> str:
    return next(group for group, apps in module.GROUPS.items() if app in apps)


SETS: list[tuple[ModuleType, Callable[[str], str] | None]] = [
    (qa_kicad_inkscape, None),
    (qa_kde_mate, lambda pair_id: pair_id.split("/")[0]),
    (qa_kde_apps, lambda pair_id: _group(qa_kde_apps, pair_id.split("/")[1])),
    (qa_gnome_more, lambda pair_id: _group(qa_gnome_more, pair_id.split("/")[0])),
    (qa_man_handbooks, qa_man_handbooks.group_of),
    (qa_catalogues, lambda pair_id: pair_id.split("/")[0]),
    (qa_html_manuals, lambda pair_id: pair_id.split("/")[0]),
    (qa_program_catalogues, lambda pair_id: pair_id.split("/")[0]),
    (qa_news_numbers, lambda pair_id: pair_id.split("#")[0]),
    (qa_app_catalogues, lambda pair_id: pair_id.split("/")[0]),
    (qa_help_docs, qa_help_docs.group_of),
    (qa_long_prose, lambda pair_id: pair_id.split("/")[0]),
    (qa_community_docs, lambda pair_id: pair_id.split("/")[0]),
    (qa_org_sites, lambda pair_id: pair_id.split("/")[0]),
    (qa_lessons, lambda pair_id: pair_id.split("/")[0]),
    (qa_framework_docs, lambda pair_id: pair_id.split("/")[0]),
    (qa_ml_courses, lambda pair_id: pair_id.split("/")[0]),
    (qa_glossaries, lambda pair_id: pair_id.split("/")[0]),
    (qa_rust_books, lambda pair_id: pair_id.split("/")[0]),
    (qa_security_guides, lambda pair_id: pair_id.split("/")[0]),
    (qa_public_sites, lambda pair_id: pair_id.split("/")[0]),
    (qa_open_guides, lambda pair_id: pair_id.split("/")[0]),
    (qa_sky_cultures, lambda pair_id: pair_id.split("/")[0]),
    (qa_figures, lambda pair_id: pair_id.split("/")[0]),
]
"""Each set's module and how a pair's id names the source or group its share is drawn from
(None: one draw over the whole set)."""


@pytest.mark.parametrize(("module", "share"), SETS, ids=[m.__name__.rsplit(".", 1)[1] for m, _ in SETS])
def test_the_committed_set_holds_distinct_pairs_labelled_with_check_ids(
        module: ModuleType, share: Callable[[str], str] | None) -> None:
    frozen = json.loads(module.DATA.read_text(encoding="utf-8"))
    ids = [p["id"] for p in frozen["pairs"]]
    assert len(ids) == len(set(ids)) == (module.PAIRS if share is None else sum(module.PAIRS.values()))
    if share is not None:
        assert Counter(map(share, ids)) == module.PAIRS
    assert len({p["digest"] for p in frozen["pairs"]}) == len(ids)
    assert {check for p in frozen["pairs"] for check in p["real_errors"]} <= set(REGISTRY)
    assert frozen["errors"] == []
