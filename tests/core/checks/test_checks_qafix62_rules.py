"""Rules of session 40 (issue 15) for `untranslated-fragment`: an English adjective or verb left
alone inside a Russian sentence, before the noun phrase it modifies or governs. Each test is a
made-up pair, not a set's own, with the clean shapes the rule must spare beside it."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]]) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=["untranslated-fragment"])


def test_an_adjective_left_before_the_noun_it_modifies_is_reported(make_segments) -> None:
    pairs = [("After our recent trip to the coast, we rested.", "После нашей recent поездки на побережье мы отдыхали."),
             ("They gave her proper boots for the climb.", "Ей выдали proper ботинки для подъёма.")]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [1, 2]
    assert "recent" in found[0].message and "proper" in found[1].message


def test_a_verb_form_left_after_a_comma_before_its_object_is_reported(make_segments) -> None:
    # "devouring" (2.9) is rarer than the 3.0 gate; the verb it is a form of, "devour" (3.17), is not
    pairs = [("The memories devouring my sleep grew louder.", "Воспоминания, devouring мой сон, становились громче.")]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [1]
    assert "devouring" in found[0].message


def test_a_value_named_or_governed_by_a_russian_word_stays(make_segments) -> None:
    pairs = [("Bugs of serious severity or higher.", "Ошибки с важностью serious или выше."),
             ("Packages move to stable during the freeze.", "Пакеты переходят в stable во время заморозки."),
             ("Mark the bugs as fixed, if they are fixed.", "Пометьте ошибки как исправленные fixed, если это так.")]
    assert check(make_segments, pairs) == []


def test_a_latin_item_joined_to_code_by_a_conjunction_stays(make_segments) -> None:
    pairs = [("Reach it through `$parent` or refs in the template.",
              "Обращайтесь к нему через `$parent` или refs ссылки в шаблоне.")]
    assert check(make_segments, pairs) == []


def test_a_word_the_source_does_not_have_or_a_noun_stays(make_segments) -> None:
    pairs = [("With our new discovery we went on.", "С нашим recent открытием мы пошли дальше."),
             ("Set the seed value first.", "Сначала задайте seed значение.")]
    assert check(make_segments, pairs) == []
