"""length-ratio: robust statistics over the project's own distribution."""

from __future__ import annotations

from workbench.core.checks import run_checks
from workbench.core.checks.config import ChecksConfig

SOURCE = "The clubs served the cultural interests of workers and their families."
TARGET = "Клубы служили культурным интересам рабочих и их семей, как и прежде."


def run(segments, config: ChecksConfig | None = None):
    return run_checks(segments, source_lang="en", target_lang="ru", checks=["length-ratio"],
                      config=config)


def corpus(extra: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """40 ordinary pairs with some natural variation, then the pairs under test."""
    pairs = [(SOURCE + " Again." * (i % 3), TARGET + " Снова." * (i % 3)) for i in range(40)]
    return pairs + extra


def test_a_translation_missing_a_sentence_is_flagged(make_segments) -> None:
    pairs = corpus([(SOURCE + " " + SOURCE + " " + SOURCE, TARGET)])
    [finding] = run(make_segments(pairs))
    assert finding.segment == 41 and "of the usual length" in finding.message


def test_a_translation_with_an_extra_sentence_is_flagged(make_segments) -> None:
    pairs = corpus([(SOURCE, TARGET + " " + TARGET + " " + TARGET)])
    [finding] = run(make_segments(pairs))
    assert finding.segment == 41 and "times as long as usual" in finding.message


def test_ordinary_variation_and_short_segments_are_quiet(make_segments) -> None:
    pairs = corpus([("Notes", "Примечания к главе"), ("Yes.", "Да, конечно, товарищи."),
                    (SOURCE, TARGET + " Вот так."),
                    ("Most serial mice", "Большинство мышей, подключаемых к последовательному порту"),
                    (SOURCE * 12, TARGET * 10)])
    assert run(make_segments(pairs)) == []


def test_the_norm_is_the_projects_own(make_segments) -> None:
    """A project whose translations all run twice as long flags none of them."""
    pairs = [(SOURCE + " x" * (i % 5), TARGET + " " + TARGET + " y" * (i % 5)) for i in range(40)]
    assert run(make_segments(pairs)) == []


def test_min_length_is_a_project_setting(make_segments) -> None:
    pairs = corpus([("The clubs served the workers and families.", TARGET + " " + TARGET)])
    assert [f.segment for f in run(make_segments(pairs))] == [41]
    config = ChecksConfig.from_mapping({"length-ratio": {"min-length": 200}})
    assert run(make_segments(pairs), config) == []


def test_small_projects_use_a_prior_instead_of_their_own_spread(make_segments) -> None:
    pairs = [(SOURCE, TARGET), (SOURCE, TARGET + " Снова."), (SOURCE * 4, TARGET)]
    assert [f.segment for f in run(make_segments(pairs))] == [3]
