"""Sense exceptions remembered per context (`termbase.senses`), on made-up sentences."""

from __future__ import annotations

from termbase.senses import (
    Frame,
    SenseAnswer,
    SensePolicy,
    content_lemmas,
    context_of,
    frame_of,
    judge,
    rendering_of,
)


def _context(concept: str, text: str, word: str, lang: str = "en", target: str = "", target_lang: str = "ru"):
    start = text.index(word)
    return context_of(concept, text, start, start + len(word), lang, target=target,
                      target_lang=target_lang if target else "")


def test_neighbours_are_content_lemmas_beside_the_occurrence() -> None:
    context = _context("invoice", "The heron opened its long bill and swallowed the frogs.", "bill")
    assert {"heron", "open", "swallow"} <= context.neighbours
    assert not {"the", "its", "and", "bill"} & context.neighbours
    assert context.form == "bill"


def test_russian_neighbours_skip_prepositions_and_pronouns() -> None:
    context = _context("onion", "Он взял лук и стрелы со стены.", "лук", lang="ru")
    assert {"стрела", "стена"} <= context.neighbours
    assert not {"он", "и", "со", "с"} & context.neighbours


def test_an_exception_hides_a_later_occurrence_in_the_same_company() -> None:
    exception = SenseAnswer(_context("onion", "Мальчик натянул лук и пустил стрелу.", "лук", lang="ru"),
                            other_sense=True, where="12")
    later = _context("onion", "Старый лук и колчан со стрелой висели у двери.", "лук", lang="ru")
    verdict = judge(later, [exception])
    assert verdict is not None
    assert verdict.answer.where == "12" and verdict.shared == ("стрела",)


def test_another_company_is_shown() -> None:
    exception = SenseAnswer(_context("onion", "Мальчик натянул лук и пустил стрелу.", "лук", lang="ru"),
                            other_sense=True)
    assert judge(_context("onion", "Нарежьте лук и морковь.", "лук", lang="ru"), [exception]) is None


def test_an_exception_of_another_concept_does_not_apply() -> None:
    exception = SenseAnswer(_context("onion", "Мальчик натянул лук и пустил стрелу.", "лук", lang="ru"),
                            other_sense=True)
    assert judge(_context("arrow", "Он пустил стрелу и взял лук.", "стрелу", lang="ru"), [exception]) is None


def test_a_confirmation_as_close_as_the_exception_keeps_the_occurrence_shown() -> None:
    exception = SenseAnswer(_context("invoice", "The heron cleaned its bill in the river.", "bill"),
                            other_sense=True)
    confirmed = SenseAnswer(_context("invoice", "The clerk sent the bill by the river post.", "bill"),
                            other_sense=False)
    later = _context("invoice", "A bill came from the river office.", "bill")
    assert judge(later, [exception]) is not None
    assert judge(later, [exception, confirmed]) is None


def test_the_rendering_in_the_target_decides_without_shared_neighbours() -> None:
    exception = SenseAnswer(_context("invoice", "The heron cleaned its bill.", "bill"), other_sense=True,
                            rendering=rendering_of("клюв", "ru"), rendering_text="клюв", where="3")
    later = _context("invoice", "What a bill that pelican has!", "bill",
                     target="Какой клюв у этого пеликана!")
    verdict = judge(later, [exception])
    assert verdict is not None and verdict.by_rendering and verdict.shared == ()
    assert judge(_context("invoice", "What a bill that pelican has!", "bill", target="Какой счёт!"),
                 [exception]) is None


def test_the_same_form_policy_asks_for_the_form_too() -> None:
    exception = SenseAnswer(_context("invoice", "The heron cleaned its bill.", "bill"), other_sense=True)
    plural = _context("invoice", "Herons have long bills.", "bills")
    assert judge(plural, [exception], SensePolicy(same_form=False)) is not None
    assert judge(plural, [exception], SensePolicy(same_form=True)) is None


def test_common_words_tell_no_sense() -> None:
    assert content_lemmas(["said", "time", "people", "heron"], "en") == frozenset({"heron"})
    assert rendering_of("клюва", "ru") == ("клюв",)


def test_a_common_word_as_rendering_is_found_in_a_later_target() -> None:
    # a music termbase's "time" (the metre); «время», the span, is among the commonest Russian words
    exception = SenseAnswer(_context("metre", "We had no time to rest.", "time"), other_sense=True,
                            rendering=rendering_of("время", "ru"))
    later = _context("metre", "Time passed slowly.", "Time", target="Время шло медленно.")
    verdict = judge(later, [exception])
    assert verdict is not None and verdict.by_rendering


def test_a_rendering_speaks_only_for_the_same_construction() -> None:
    # "the glass" rendered «зеркало» is the looking-glass; "a piece of glass" rendered «осколок
    # зеркала» may be the material all the same: the answer holds where the phrase is counted alike
    exception = SenseAnswer(_context("glass", "They carried the glass about everywhere.", "glass",
                                     target="Они бегали с зеркалом повсюду."), other_sense=True,
                            rendering=rendering_of("зеркало", "ru"), rendering_text="зеркало", where="7")
    counted = _context("glass", "It was the ugly glass which made everything small.", "glass",
                       target="Это было гадкое зеркало.")
    assert judge(counted, [exception]) is not None
    bare = _context("glass", "It was the piece of glass in his eye.", "glass",
                    target="Это были осколки зеркала в его глазу.")
    assert judge(bare, [exception]) is None


def test_a_modifier_s_rendering_does_not_speak_for_the_noun() -> None:
    exception = SenseAnswer(_context("silver", "He flew round her, making silver ripples.", "silver",
                                     target="Она кружилась, оставляя серебряные струи."), other_sense=True,
                            rendering=rendering_of("серебряный", "ru"), rendering_text="серебряные", where="14")
    again = _context("silver", "The swallow left silver ripples behind.", "silver",
                     target="Ласточка оставила серебряные струи.")
    assert judge(again, [exception]) is not None
    noun = _context("silver", "The streets looked as if they were made of silver.", "silver",
                    target="Как серебряные сделались улицы.")
    assert judge(noun, [exception]) is None


def test_frames_read_determiners_over_modifiers() -> None:
    def frame(text: str, word: str) -> Frame:
        start = text.index(word)
        return frame_of(text, start, start + len(word))

    assert frame("a glittering tinsel rose, which", "rose") == Frame(modifier=False, counted=True)
    assert frame("the rose-bushes shot forth", "rose") == Frame(modifier=True, counted=True)
    assert frame("made of silver, they", "silver") == Frame(modifier=False, counted=False)
    assert frame("We had no time to rest.", "time") == Frame(modifier=False, counted=None)
    assert frame("We had no time to rest.", "time").fits(frame("Time passed.", "Time"))
