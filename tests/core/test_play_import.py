"""A play, a dialogue or an interview keeps its speaker labels through the import (issue
playimport): a name standing alone before each speech recurs as often as a running head, but
inside the pages, not at their edges or a page apart; a book's running heads still go. The
texts are written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.core.ingest.cleanup import clean_text
from workbench.core.ingest.furniture import page_furniture
from workbench.core.ingest.importing import import_text
from workbench.core.project.store import Project

# (speaker, speech lines, stage direction before the speech or ""): three speakers in short and
# long exchanges, and a fourth who comes in once.
SCENE = {
    "en": [
        ("Martha", ["The boat is late again, and the fog is rising off the river."], "at the window"),
        ("Tobias", ["It is always late in March. The ferryman drinks", "when the ice goes out."], ""),
        ("Martha", ["You defend him because he lends you his nets."], ""),
        ("Tobias", ["I defend him because nobody else will."], "laughing"),
        ("Doctor", ["Is there anyone in this house who can hold a lamp steady?",
                    "The child upstairs has a fever, and I need light and quiet,",
                    "and a kettle of water that somebody has actually boiled.",
                    "I have been asking for an hour."], ""),
        ("Martha", ["I will hold it. Tobias, the kettle."], ""),
        ("Tobias", ["Which kettle?"], ""),
        ("Martha", ["The one on the stove, with the dent in it."], ""),
        ("Doctor", ["Good. Now listen to me, both of you, because I shall not",
                    "say it twice: the fever will break tonight or it will not,",
                    "and whichever it does, you will not wake the mother."], ""),
        ("Tobias", ["She has not slept in three days."], "quietly"),
        ("Doctor", ["Then let her sleep a fourth."], ""),
        ("Messenger", ["A letter for the doctor, from the mill. They say it cannot wait."], "entering"),
        ("Doctor", ["Everything at the mill cannot wait. Put it on the table."], ""),
        ("Martha", ["Shall I read it to you?"], ""),
        ("Doctor", ["No. Read it to yourself, and tell me only if somebody is dying."], ""),
        ("Martha", ["Nobody is dying. The owner's son has cut his hand on a loom,",
                    "and the owner wants you to come before supper and stay",
                    "for the evening, since the guests are already invited."], "reading"),
        ("Tobias", ["Will you go?"], ""),
        ("Doctor", ["After the fever breaks."], ""),
        ("Tobias", ["And if it does not break?"], ""),
        ("Doctor", ["Then I shall stay until morning, and the owner's son",
                    "may bleed on his own carpet for an evening."], ""),
        ("Martha", ["The fog is coming in under the door now."], ""),
        ("Tobias", ["I hear the boat. There, the bell at the landing."], ""),
        ("Martha", ["At last. Go down and meet it, and bring the ferryman up",
                    "whether he wants to come or not."], ""),
        ("Doctor", ["Bring him up, but keep him out of the sick room."], ""),
    ],
    "ru": [
        ("Марта", ["Лодка опять опаздывает, и с реки поднимается туман."], "у окна"),
        ("Тобиас", ["В марте она всегда опаздывает. Перевозчик пьёт,", "когда сходит лёд."], ""),
        ("Марта", ["Ты его защищаешь, потому что он даёт тебе сети."], ""),
        ("Тобиас", ["Я защищаю его, потому что больше некому."], "смеясь"),
        ("Доктор", ["Есть ли в этом доме кто-нибудь, кто может ровно держать лампу?",
                    "У ребёнка наверху жар, мне нужны свет и тишина",
                    "и котелок воды, которую кто-нибудь в самом деле вскипятил.",
                    "Я прошу об этом целый час."], ""),
        ("Марта", ["Я подержу. Тобиас, котелок."], ""),
        ("Тобиас", ["Который котелок?"], ""),
        ("Марта", ["Тот, что на плите, с вмятиной."], ""),
        ("Доктор", ["Хорошо. Теперь слушайте оба, потому что дважды",
                    "я повторять не стану: жар спадёт этой ночью или не спадёт,",
                    "и что бы ни случилось, мать вы будить не будете."], ""),
        ("Тобиас", ["Она не спала три дня."], "тихо"),
        ("Доктор", ["Тогда пусть поспит и четвёртый."], ""),
        ("Посыльный", ["Письмо доктору, с фабрики. Говорят, ждать нельзя."], "входя"),
        ("Доктор", ["На фабрике ничего ждать нельзя. Положите на стол."], ""),
        ("Марта", ["Прочесть вам?"], ""),
        ("Доктор", ["Нет. Прочтите про себя и скажите, только если кто-то умирает."], ""),
        ("Марта", ["Никто не умирает. Сын хозяина порезал руку о станок,",
                   "и хозяин просит вас прийти до ужина и остаться",
                   "на вечер, потому что гости уже приглашены."], "читая"),
        ("Тобиас", ["Вы пойдёте?"], ""),
        ("Доктор", ["Когда спадёт жар."], ""),
        ("Тобиас", ["А если не спадёт?"], ""),
        ("Доктор", ["Тогда я останусь до утра, а сын хозяина",
                    "пусть один вечер покровит на собственный ковёр."], ""),
        ("Марта", ["Туман уже ползёт под дверь."], ""),
        ("Тобиас", ["Слышу лодку. Вот, колокол на пристани."], ""),
        ("Марта", ["Наконец-то. Спустись, встреть её и приведи перевозчика,",
                   "хочет он того или нет."], ""),
        ("Доктор", ["Приведи, но в комнату к больной его не пускай."], ""),
    ],
}
TITLE = {"en": "THE FERRY IN MARCH", "ru": "ПЕРЕПРАВА В МАРТЕ"}
HEADING = {"en": "ACT ONE", "ru": "ДЕЙСТВИЕ ПЕРВОЕ"}
NAME_FORMS: dict[str, list[Callable[[str], str]]] = {
    "en": [str, str.upper, lambda name: f"{name.upper()}."],
    "ru": [str, str.upper, lambda name: f"{name}."],
}


def play_blocks(lang: str, form: Callable[[str], str] = str, directions: str = "{}") -> list[list[str]]:
    """The scene as a user lays a play out: a heading, then per speech its speaker's name, its
    stage direction and its verse lines, each a paragraph (a list of lines)."""
    blocks = [[HEADING[lang]]]
    for speaker, lines, direction in SCENE[lang]:
        blocks.append([form(speaker)])
        if direction:
            blocks.append([directions.format(direction)])
        blocks.append(list(lines))
    return blocks


def names(lang: str, form: Callable[[str], str] = str) -> list[str]:
    return [form(speaker) for speaker, _, _ in SCENE[lang]]


def flat(blocks: list[list[str]]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def paged(blocks: list[list[str]], lang: str, per_page: int, numbered: bool, feeds: bool) -> str:
    """The blocks set on pages of `per_page` lines, cut wherever a page is full (inside a speech,
    between a name and its speech), each page opening with the play's title as its running head
    (with its page number where `numbered`), pages joined by form feeds where `feeds`, else by a
    blank line."""
    body = flat(blocks).rstrip("\n").split("\n")
    texts = []
    for number, first in enumerate(range(0, len(body), per_page), start=1):
        head = f"{TITLE[lang]}    {number}" if numbered else TITLE[lang]
        texts.append("\n".join([head, "", *body[first : first + per_page]]) + "\n")
    return ("\f" if feeds else "\n").join(texts)


def kept(text: str, lang: str) -> list[str]:
    return [paragraph.text for paragraph in clean_text(text, lang)]


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("form", [0, 1, 2])
def test_a_play_without_pages_keeps_every_speaker_name_as_its_own_paragraph(lang: str, form: int) -> None:
    """"Martha", "MARTHA", "MARTHA." before each speech: 24 names, the main speakers' eight
    times each, standing alone as a running head does. Before, "Martha", "Tobias" and "Doctor"
    were all dropped as running heads."""
    name_form = NAME_FORMS[lang][form]
    text = flat(play_blocks(lang, name_form))
    assert page_furniture(text) == []
    paragraphs = kept(text, lang)
    assert [p for p in paragraphs if p in set(names(lang, name_form))] == names(lang, name_form)
    assert paragraphs == [" ".join(block) for block in play_blocks(lang, name_form)]


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("directions", ["{}", "({})"])
def test_a_stage_direction_in_lowercase_after_a_name_is_a_paragraph_of_its_own(lang: str, directions: str) -> None:
    """"tobias" / "" / "quietly" / "" / "She has not slept...": the direction is no sentence that
    runs on past a blank line from the name, nor (the name dropped) from the speech before."""
    blocks = play_blocks(lang, directions=directions)
    paragraphs = kept(flat(blocks), lang)
    for _, _, direction in SCENE[lang]:
        if direction:
            assert directions.format(direction) in paragraphs


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize(("numbered", "feeds"), [(True, True), (False, True), (True, False), (False, False)])
def test_a_printed_play_loses_its_running_heads_and_keeps_its_names(lang: str, numbered: bool, feeds: bool) -> None:
    """The play's title at every page's top, with or without its page number, pages marked by form
    feeds or not: the title goes; every speaker's name stays a paragraph of its own, also where a
    page opens with it under its head or a page break parts it from its speech or direction."""
    blocks = play_blocks(lang, str.upper)
    blocks += blocks[1:]  # the scene played twice: six pages of print
    text = paged(blocks, lang, per_page=40, numbered=numbered, feeds=feeds)
    pages = text.count(TITLE[lang])
    assert pages == 6
    dropped = [line.lstrip("\f") for line in page_furniture(text)]
    assert dropped == [f"{TITLE[lang]}    {n}" if numbered else TITLE[lang] for n in range(1, pages + 1)]
    paragraphs = kept(text, lang)
    assert [p for p in paragraphs if p in set(names(lang, str.upper))] == 2 * names(lang, str.upper)
    assert all(direction in paragraphs for _, _, direction in SCENE[lang] if direction)


INTERVIEW = [
    ("INTERVIEWER", "When did you first come to the mill?"),
    ("WEAVER", "In the winter of nineteen twelve, when I was fourteen years old and my father "
               "had just been laid off from the railway workshops."),
    ("INTERVIEWER", "Who took you on?"),
    ("WEAVER", "The foreman of the lower shed. He asked my age and did not listen to the answer."),
    ("INTERVIEWER", "And the hours?"),
    ("WEAVER", "Eleven a day, and on Saturdays until two. We were paid by the piece, so the "
               "hours mattered less than the looms, and the looms were old."),
    ("INTERVIEWER", "Did you join the union then?"),
    ("WEAVER", "Not then. Later, after the strike."),
]


@pytest.mark.parametrize("colon", ["", ":"])
def test_an_interview_keeps_its_labels(colon: str) -> None:
    text = "\n\n".join(f"{who}{colon}\n\n{said}" for who, said in INTERVIEW) + "\n"
    assert page_furniture(text) == []
    assert kept(text, "en") == [item for who, said in INTERVIEW for item in (f"{who}{colon}", said)]


PAGE = (
    "The weavers of the lower mill walked out on a cold morning in March, and by noon the\n"
    "spinners had joined them at the gates. Nobody in the town remembered a strike so\n"
    "large, and the owners, who had refused every petition for a shorter day, sent for\n"
    "the magistrate before the bells had stopped ringing. The magistrate came late and\n"
    "listened to both sides with the patience of a man who had already decided, and\n"
    "the crowd at the gates, which had been singing, fell quiet when he raised his hand\n"
    "and began to read the order that closed the mill until the strikers went back to\n"
)


@pytest.mark.parametrize(("heads", "pages"), [(["A HISTORY OF THE MILLS", "The Weavers' Strike"], 6),
                                             (["A HISTORY OF THE MILLS"], 3)])
def test_a_book_s_running_heads_without_numbers_or_form_feeds_still_go(heads: list[str], pages: int) -> None:
    """A scan saved page after page, its running heads (book and chapter, verso and recto) standing
    alone between blank lines a page of 28 lines apart, nothing else marking the pages: the heads
    are dropped and the paragraph runs on across them."""
    months = ("March", "April", "May", "June", "July", "August", "September", "October", "November")
    body = ["".join(PAGE.replace("March", month) for month in months[n : n + 4]) for n in range(pages)]
    text = "".join(f"{heads[n % len(heads)]}\n\n{body[n]}\n" for n in range(pages))
    assert page_furniture(text) == [heads[n % len(heads)] for n in range(pages)]
    assert kept(text, "en") == [" ".join(" ".join(body[n].split()) for n in range(pages))]


def test_an_imported_play_keeps_its_names_as_segments(project: Project, tmp_path: Path) -> None:
    """`workbench import` of a play file: each speaker's name a segment of its own, in order."""
    path = tmp_path / "ferry.txt"
    path.write_text(flat(play_blocks("en", str.upper)), encoding="utf-8")
    import_text(project, path)
    sources = [segment.source for segment in project.segments()]
    assert [s for s in sources if s in set(names("en", str.upper))] == names("en", str.upper)
    assert "at the window" in sources
