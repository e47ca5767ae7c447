"""`number-mismatch` and house rule D14 (session 43, issue 15): a digit that only names a thing (a
quoted label, a speaker's label, a token of letters and digits) left out where the translation still
refers to the thing is no finding; the name's digit changed, or a value left out, still is. Made-up
pairs, not the QA sets' own."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def numbers(make_segments, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru",
                      checks=["number-mismatch"])


@pytest.mark.parametrize(("source", "target"), [
    ('Now drag layer "3" a little to the right.', "Теперь немного сдвиньте этот слой вправо."),
    ('Hide the group "12" and the circle above it.', "Скройте группу и круг над ней."),
    ('It moves against the background "1" movement.', "Он движется против движения фона."),
    ("(PERSON7) Right, so we send the table tomorrow.", "Хорошо, значит, отправим таблицу завтра."),
    ("Open file2 and copy the header.", "Откройте второй файл и скопируйте заголовок."),
])
def test_a_name_left_out_with_the_thing_still_named_is_no_finding(make_segments, source: str, target: str) -> None:
    assert numbers(make_segments, source, target) == []


@pytest.mark.parametrize(("source", "target", "said"), [
    ('Now drag layer "3" a little to the right.', "Теперь немного сдвиньте слой 4 вправо.", "3 ≠ 4"),
    ('Drag layer "3" by 20 pixels.', "Сдвиньте слой на 25 пикселей.", "“3”"),  # a number changed beside it
    ('Set the width to "5" and press OK.', "Задайте ширину и нажмите OK.", "“5”"),  # a value, not a name
    ('Type "0" to turn the limit off.', "Чтобы снять ограничение, оставьте поле пустым.", "“0”"),
])
def test_a_name_changed_or_a_value_left_out_is_still_found(make_segments, source: str, target: str,
                                                           said: str) -> None:
    found = numbers(make_segments, source, target)
    assert [f.check for f in found] == ["number-mismatch"]
    assert said in found[0].message


def test_a_quoted_label_the_translation_keeps_is_paired(make_segments) -> None:
    """«слой «3»» keeps the label: nothing is set aside, and the other numbers are still compared."""
    assert numbers(make_segments, 'Drag layer "3" by 20 pixels.', "Сдвиньте слой «3» на 20 пикселей.") == []
    found = numbers(make_segments, 'Drag layer "3" by 20 pixels.', "Сдвиньте слой «3» на 30 пикселей.")
    assert "20 ≠ 30" in found[0].message


@pytest.mark.parametrize(("source", "target"), [
    # "layer" twice, «слой» once: the second layer went with its clause (D3)
    ('The sky layer moves slower than the hills on layer "4".', "Слой неба движется медленнее."),
    ('Each track plays alone; then track "2" fades out.', "Каждая дорожка звучит отдельно."),
])
def test_a_label_dropped_with_its_mention_is_still_found(make_segments, source: str, target: str) -> None:
    """The translation names the thing fewer times than the source says the word before the label:
    a mention was left out, not a name, and the number with it (session 44, qafix75)."""
    found = numbers(make_segments, source, target)
    assert [f.check for f in found] == ["number-mismatch"]


@pytest.mark.parametrize(("source", "target"), [
    ('The sky layer moves slower than layer "4".', "Слой неба движется медленнее нижнего слоя."),
    ('Each track plays alone; then track "2" fades out.', "Каждая дорожка звучит отдельно, потом эта дорожка стихает."),
    ('Hide the glorp "12" and the circle above it.', "Скройте его и круг над ним."),  # a word no list knows
])
def test_a_label_whose_thing_is_named_as_often_is_set_aside(make_segments, source: str, target: str) -> None:
    assert numbers(make_segments, source, target) == []


@pytest.mark.parametrize("target", [
    "Система отсчёта¹ инерциальна.",  # a superscript mark
    "Система отсчёта[1] инерциальна.",  # a bracketed one
    "Система отсчёта* инерциальна.",  # an asterisk
    "Система отсчёта инерциальна.",  # dropped with the footnote
])
def test_a_footnote_mark_run_into_a_word_may_be_written_as_any_mark(make_segments, target: str) -> None:
    """"frame1", a footnote's digit glued to the word it marks, is a name's digit to the reader
    (house rule D14): a translation that marks the note otherwise, or drops it, loses no number."""
    assert numbers(make_segments, "The reference frame1 is inertial.", target) == []
