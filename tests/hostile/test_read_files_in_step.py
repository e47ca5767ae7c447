"""`Project.keeps` names the files the project reads by their names, which modules above the project
layer own: renamed there and not here, an export could be written over the renamed file again
(hardening, round fifteen)."""

from __future__ import annotations

from workbench.core.checks.rules import RULES_FILE
from workbench.core.ingest.segmentation_rules import SRX_FILE
from workbench.core.project.store import READ_FILES
from workbench.core.spelling import DICTIONARY_FILE


def test_the_files_a_project_keeps_are_the_files_it_reads() -> None:
    assert sorted(READ_FILES) == sorted((RULES_FILE, DICTIONARY_FILE, SRX_FILE))
