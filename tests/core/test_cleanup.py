"""OCR cleanup: reflow, broken words, page furniture, suspect words, and no lost letters."""

from __future__ import annotations

import re
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.ingest import suspects
from workbench.core.ingest.cleanup import Paragraph, clean_text
from workbench.core.ingest.furniture import page_furniture
from workbench.core.ingest.suspects import OcrFinding, find_ocr_suspects


def texts(paragraphs: list[Paragraph]) -> list[str]:
    return [p.text for p in paragraphs]


def letters(text: str) -> Counter[str]:
    return Counter(char for char in text if char.isalpha())


# --- the sample ----------------------------------------------------------------------------


@pytest.fixture
def sample(sample_text: Path) -> str:
    return sample_text.read_text(encoding="utf-8")


def test_sample_cleans_into_two_paragraphs_with_broken_words_joined(sample: str) -> None:
    paragraphs = clean_text(sample, "en")
    assert len(paragraphs) == 2
    first, second = texts(paragraphs)
    for word in (
        "squabbling",
        "institutional interests",
        "decentralization",
        "enrollments",
        "compatibility",
        "initiative",
        "ideology aimed",
    ):
        assert word in first + " " + second, word
    assert "self-destructive institutional squabbling" in first
    assert "All-Russian trade union" in first
    # A page cut from a book: the opening fragment stays, unchanged.
    assert first.startswith("discourses and more pragmatic responses")
    assert first.endswith("for that matter, the state.")
    assert second.startswith("By 1923, basic issues")
    assert second.endswith("from which they arose.")
    for text in (first, second):
        assert "\n" not in text and "  " not in text and text == text.strip()


def test_sample_findings_are_exactly_the_ocr_garbage(sample: str) -> None:
    paragraphs = clean_text(sample, "en")
    findings = [f for p in paragraphs for f in p.findings]
    assert [f.token for f in findings] == ["WtXsaccountable", "bou_rgeois"]
    accountable, bourgeois = findings
    assert bourgeois.suggestion == "bourgeois"
    assert bourgeois.message == (
        "suspected OCR garbage 'bou_rgeois' (a stray symbol inside a word); "
        "did you mean 'bourgeois'?"
    )
    assert "WtXsaccountable" in accountable.message
    # The garbage stays in the text, where the spans say.
    assert paragraphs[0].text[accountable.start : accountable.end] == "WtXsaccountable"
    assert paragraphs[1].text[bourgeois.start : bourgeois.end] == "bou_rgeois"


def test_sample_keeps_its_original_lines(sample: str) -> None:
    paragraphs = clean_text(sample, "en")
    raw = sample.split("\n")
    assert paragraphs[0].original == "\n".join(raw[3:18])
    assert paragraphs[1].original == "\n".join(raw[19:36])
    assert "squab\nbling" in paragraphs[0].original.replace(" \n", "\n")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_input_clean_the_same(sample: str, newline: str) -> None:
    assert texts(clean_text(sample.replace("\n", newline), "en")) == texts(clean_text(sample, "en"))


def test_cleanup_loses_no_letters_on_the_sample(sample: str) -> None:
    paragraphs = clean_text(sample, "en")
    assert letters("".join(p.text for p in paragraphs)) == letters(sample)


# --- page breaks ----------------------------------------------------------------------------


def book(sample: str) -> str:
    """The sample's first paragraph spread over three pages with page furniture."""
    lines = sample.strip("\n").split("\n")
    return "\n".join(
        lines[0:6]
        + ["", "124", "", "SOVIET WORKERS' CLUBS", ""]
        + lines[6:11]
        + ["", "", "THE CLUB MOVEMENT 125"]
        + lines[11:15]
        + ["", "126", "", "SOVIET WORKERS' CLUBS", ""]
        + lines[16:]
    )


def test_paragraph_continues_across_page_breaks(sample: str) -> None:
    paragraphs = clean_text(book(sample), "en")
    assert texts(paragraphs) == texts(clean_text(sample, "en"))
    assert page_furniture(book(sample)) == [
        "124",
        "SOVIET WORKERS' CLUBS",
        "THE CLUB MOVEMENT 125",
        "126",
        "SOVIET WORKERS' CLUBS",
    ]
    # The original keeps the raw page furniture inside the paragraph.
    assert "\n124\n" in paragraphs[0].original
    assert "THE CLUB MOVEMENT 125" in paragraphs[0].original


def test_word_broken_across_a_page_break_is_joined() -> None:
    text = (
        "The party, concerned about the broad political implications of working\n"
        "class estrangement, backed decentraliza-\n"
        "\n"
        "\f12                                        SOVIET WORKERS' CLUBS\n"
        "\n"
        "tion despite the fact that it facilitated the infusion of commercial,\n"
        "popular, and bourgeois forces into the clubs.\n"
    )
    assert texts(clean_text(text, "en")) == [
        "The party, concerned about the broad political implications of working class "
        "estrangement, backed decentralization despite the fact that it facilitated the "
        "infusion of commercial, popular, and bourgeois forces into the clubs."
    ]


def test_form_feed_and_lone_page_number_mid_sentence() -> None:
    text = (
        "In this sense, the crisis of the club movement was part of a much larger\n"
        "crisis of proletarian identity which, after 1923, impelled the party into\n"
        "- 37 -\n"
        "\f\n"
        "a massive effort aimed at the proletarianization of Soviet institutions.\n"
    )
    paragraphs = clean_text(text, "en")
    assert len(paragraphs) == 1
    assert "party into a massive effort" in paragraphs[0].text
    assert page_furniture(text) == ["- 37 -"]


@pytest.mark.parametrize(
    "number", ["12", "- 12 -", "[12]", "(12)", "Page 12", "p. 12", "стр. 12", "xiv", "— 7 —"]
)
def test_page_number_shapes_are_dropped(number: str) -> None:
    text = f"the party backed the unions and\n\n{number}\n\nthe clubs in every city.\n"
    assert texts(clean_text(text, "en")) == [
        "the party backed the unions and the clubs in every city."
    ]


def test_running_heads_repeated_through_a_document_are_dropped() -> None:
    page = (
        "Clubs were meant to serve the cultural interest of workers and their families\n"
        "and the institutional interests of the trade unions, and were in no way\n"
        "accountable to either factory management or, for that matter, the state.\n"
    )
    heads = ["Soviet Workers' Clubs", "The Club Movement"]
    text = "".join(f"{heads[n % 2]}\n\n{page}\n{n + 10}\n\n" for n in range(4))
    assert set(page_furniture(text)) == set(heads) | {"10", "11", "12", "13"}
    # A full line ending a page is more likely mid-paragraph than a paragraph's end.
    (paragraph,) = clean_text(text, "en")
    assert paragraph.text == " ".join([" ".join(page.split())] * 4)
    # A short last line (and an indented first line) does end the paragraph.
    short = page.replace("the state.", "the\nstate.")
    assert len(clean_text(text.replace(page, short), "en")) == 4
    indented = "".join(f"{heads[n % 2]}\n\n    {page}\n{n + 10}\n\n" for n in range(4))
    assert len(clean_text(indented, "en")) == 4


def test_headings_and_numbers_in_text_are_not_furniture() -> None:
    text = (
        "CHAPTER 3\n"
        "\n"
        "The Club Movement\n"
        "\n"
        "By 1923 the club movement had grown. The party long after\n"
        "1923.\n"
        "\n"
        "Notes\n"
        "\n"
        "The figures come from the archive.\n"
    )
    assert page_furniture(text) == []
    assert texts(clean_text(text, "en")) == [
        "CHAPTER 3",
        "The Club Movement",
        "By 1923 the club movement had grown. The party long after 1923.",
        "Notes",
        "The figures come from the archive.",
    ]


@pytest.mark.parametrize(("heading", "head"), [("CHAPTER", "TALES AND LETTERS"), ("Глава", "СКАЗКИ И ПИСЬМА")])
def test_numbered_chapter_headings_of_a_book_are_not_running_heads(heading: str, head: str) -> None:
    """A scanned book of 24 pages, each with its running head carrying the page number, a bare
    page number and a form feed, and a numbered chapter heading every fourth page: the headings
    recur, stand alone and carry a number, as heads do, and were all dropped as running heads
    (user sweep, session 18). Their numbers grow a chapter at a time, not a page at a time."""
    body = "".join(f"The soldier stood on his one leg and looked at line {n} of the page.\n" for n in range(30))
    pages = []
    for number in range(1, 25):
        chapter = f"\n{heading} {number // 4 + 1}\n\n" if number % 4 == 2 else ""
        top = f"{number}    {head}" if number % 2 == 0 else f"{head}    {number}"
        cut = 10 + number % 7
        lines = body.splitlines(keepends=True)
        pages.append(f"\f{top}\n\n{''.join(lines[:cut])}{chapter}{''.join(lines[cut:])}\n{number}\n")
    dropped = page_furniture("".join(pages))
    assert not [line for line in dropped if heading in line]
    assert sum(head in line for line in dropped) == 24
    kept = texts(clean_text("".join(pages), "en"))
    assert [text for text in kept if text.startswith(heading)] == [f"{heading} {n}" for n in range(1, 7)]


@pytest.mark.parametrize(("lang", "before", "note", "after"), [
    ("en", "On all sides lamps were hanging, and", "2 See the note to the second chapter of this edition.",
     "strips of carpet stretched along the floor."),
    ("ru", "Всюду висели лампы, и", "* См. примечание ко второй главе настоящего издания.",
     "по полу тянулись ковровые дорожки."),
])
def test_a_footnote_at_the_foot_of_a_page_does_not_cut_the_sentence(lang: str, before: str, note: str, after: str) -> None:
    """A footnote between a sentence's two pages was glued into it ("lamps were hanging, 2 See the
    note ... strips of carpet": user sweep, session 18): it is a paragraph of its own, after the one
    it interrupted. A paragraph that ends its page, its sentence ended, keeps a number that follows."""
    prose = ("The little soldier stood firm on his one leg in the window all day, and the people who passed "
             "in the street below looked up at him and at the dancer, and the rain came and went again, ") * 3
    page = "".join(line + "\n" for line in textwrap.wrap(prose + before, 68))
    ended = "".join(line + "\n" for line in textwrap.wrap(prose + "the end.", 68))
    text = (f"HEAD    1\n\n{page}\n{note}\n\n1\n\f2    HEAD\n\n{after}\n\n2\n"
            f"\fHEAD    3\n\n{ended}\n12 soldiers stood in the box.\n\n3\n\f4    HEAD\n\nThey were all alike.\n\n4\n")
    paragraphs = texts(clean_text(text, lang))
    body = " ".join(prose.split())
    assert paragraphs[:2] == [f"{body} {before} {after}", note]
    assert paragraphs[2:] == [f"{body} the end.", "12 soldiers stood in the box.", "They were all alike."]


# --- paragraphs -------------------------------------------------------------------------------


def test_indentation_marks_paragraphs() -> None:
    text = (
        "    The first paragraph starts here and runs on to the end of the line\n"
        "and continues for a while longer on the next line of the page.\n"
        "    The second paragraph begins with an indentation and it also runs\n"
        "to another line of text, which ends it.\n"
        "    Third.\n"
    )
    assert texts(clean_text(text, "en")) == [
        "The first paragraph starts here and runs on to the end of the line and continues "
        "for a while longer on the next line of the page.",
        "The second paragraph begins with an indentation and it also runs to another line "
        "of text, which ends it.",
        "Third.",
    ]


def test_short_line_ending_a_sentence_ends_the_paragraph() -> None:
    text = (
        "The trade unions and local club administrators provided the institutional\n"
        "base for this shift.\n"
        "The Communist Party lent it political sanction, and the clubs were meant\n"
        "to serve the cultural interest of workers and their families.\n"
    )
    assert len(clean_text(text, "en")) == 2


@pytest.mark.parametrize(("lang", "first", "rest"), [
    ("en", ("The mill stood on the river, and in the spring floods the water rose to",
            "the sills of the lower windows, so that"),
     ("the weavers came to work by boat for a week", "or more. Nobody complained of it.")),
    ("ru", ("Фабрика стояла на реке, и в весенний разлив вода поднималась до",
            "подоконников нижних окон, так что"),
     ("ткачи неделю и больше добирались на работу", "на лодках. Никто не жаловался.")),
])
def test_a_sentence_running_on_in_lowercase_past_a_blank_line_is_one_paragraph(
    lang: str, first: tuple[str, str], rest: tuple[str, str]
) -> None:
    """A blank line the scan put inside a paragraph (where a figure stood) does not cut the
    sentence in two when the text before it ends no sentence and the text after it goes on in
    lowercase (OCR held-out set: "to the former the whole" / "" / "sphere of the earth")."""
    text = "\n".join([*first, "", *rest]) + "\n"
    assert texts(clean_text(text, lang)) == [" ".join([*first, *rest])]
    ended = text.replace(first[1], first[1] + ".")
    assert len(clean_text(ended, lang)) == 2


def test_full_line_ending_a_sentence_does_not_end_the_paragraph() -> None:
    text = (
        "The trade unions and local club administrators provided the base for it.\n"
        "The Communist Party lent it political sanction, and the clubs were meant\n"
        "to serve the cultural interest of workers and their families at home.\n"
    )
    assert len(clean_text(text, "en")) == 1


def test_text_with_one_paragraph_per_line_keeps_its_lines() -> None:
    text = (
        "By 1923, basic issues regarding the governance and goals of the club movement were "
        "resolved.\n"
        "The party backed decentralization.\n"
        "Tensions between cultural spontaneity, local initiative, and Bolshevism would continue.\n"
    )
    assert texts(clean_text(text, "en")) == text.strip().split("\n")


def test_document_starting_mid_sentence_and_mid_word_keeps_the_fragment() -> None:
    text = (
        "tion of the masses was the goal of the club movement in those\nyears. And so it went on.\n"
    )
    assert texts(clean_text(text, "en")) == [
        "tion of the masses was the goal of the club movement in those years. And so it went on."
    ]


def test_blank_and_whitespace_only_input_give_no_paragraphs() -> None:
    assert clean_text("", "en") == []
    assert clean_text(" \n\t\n\f\n", "en") == []


# --- broken words -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("squab", "bling,", "squabbling,"),
        ("institution", "al", "institutional"),
        ("decentraliza", "tion", "decentralization"),
        ("enroll", "ments", "enrollments"),
        ("com", "patibility", "compatibility"),
        ("initia", "tive", "initiative"),
        ("ideol", "ogy", "ideology"),
        ("institu-", "tional", "institutional"),
        ("organiza-", "tion", "organization"),
        ("work-", "ers", "workers"),
        ("self-", "destructive", "self-destructive"),
        ("All-", "Russian", "All-Russian"),
        ("anti-", "Soviet", "anti-Soviet"),
        ("working-", "class", "working-class"),
        ("e-", "mail", "e-mail"),
        ("proletariani-", "zation", "proletarianization"),
        ("Proletkul-", "tovtsy", "Proletkultovtsy"),
        ("trade-", "union", "trade-union"),
        ("1923-", "24", "1923-24"),
        ("party\u2014", "the", "party\u2014the"),
    ],
)
def test_words_broken_at_line_ends(left: str, right: str, joined: str) -> None:
    # A document that drops hyphens (like the sample) around the case under test.
    text = (
        f"Their existence would raise important questions about the com\n"
        f"patibility between institutions whose legitimacy was based upon {left}\n"
        f"{right} the needs of workers and an ideol\n"
        f"ogy aimed at the transcendence of needs.\n"
    )
    cleaned = clean_text(text, "en")[0].text
    assert f" {joined} the needs" in cleaned


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("the", "state"),
        ("may", "be"),
        ("every", "one"),
        ("direct", "or"),
        ("a", "long"),
        ("in", "to"),
    ],
)
def test_two_words_at_a_line_end_stay_apart(left: str, right: str) -> None:
    text = (
        f"The trade unions and local club administrators provided the base for {left}\n"
        f"{right} and the Communist Party lent it political sanction in those years.\n"
    )
    assert f" {left} {right} " in clean_text(text, "en")[0].text


def test_hyphenless_joins_depend_on_the_document() -> None:
    """A clean text (no evident hyphenless breaks) needs overwhelming odds to join."""
    clean = (
        "Licenses incorporated within the Work constitute direct\n"
        "or contributory patent infringement, then any patent licenses\n"
        "granted to You under this License for that Work shall terminate\n"
        "as of the date such litigation is filed by the parties involved.\n"
    )
    assert "direct or contributory" in clean_text(clean, "en")[0].text


def test_document_spelling_of_a_compound_wins() -> None:
    text = (
        "The co-operation of the unions was needed, and the clubs sought co-\n"
        "operation with the factory committees in every district of the city.\n"
    )
    assert "sought co-operation with" in clean_text(text, "en")[0].text
    without = text.replace("The co-operation", "The help")
    assert "sought cooperation with" in clean_text(without, "en")[0].text


def test_russian_hard_wrapped_text_with_hyphenated_breaks() -> None:
    text = (
        "Рабочие клубы в начале двадцатых годов оказались в центре спо-\n"
        "ров о том, какой должна быть культурная политика. Профсою-\n"
        "зы и партия по-разному понимали задачи клуба, и кое-\n"
        "где дело доходило до открытых конфликтов между местными ор-\n"
        "ганизаторами и центром. По-\n"
        "русски говоря, клуб стал полем борьбы, а северо-\n"
        "западные клубы — тем более, как и пролеткуль-\n"
        "товцы.\n"
        "\n"
        "Во втором абзаце речь идёт о децентрализа-\n"
        "ции и о «пролетарской идентичности».\n"
    )
    first, second = texts(clean_text(text, "ru"))
    for word in (
        "споров",
        "Профсоюзы",
        "организаторами",
        "кое-где",
        "По-русски",
        "северо-западные",
    ):
        assert word in first, word
    assert "по-разному" in first
    assert "тем более, как и пролеткультовцы." in first
    assert second == "Во втором абзаце речь идёт о децентрализации и о «пролетарской идентичности»."
    assert all(not p.findings for p in clean_text(text, "ru"))


def test_russian_dash_at_line_end_keeps_its_spaces() -> None:
    text = (
        "Клубы ни в коей мере не были подотчётны ни администрации предприятий, ни —\nгосударству.\n"
    )
    assert "ни — государству." in clean_text(text, "ru")[0].text


# --- characters ----------------------------------------------------------------------------------


def test_invisible_and_special_spaces_are_normalised() -> None:
    text = (
        "The bour\u00adgeois forces\u00a0entered the clubs,\u200b and the\tparty   \n"
        "watched the decentraliza\u00ad\n"
        "tion closely.   \n"
    )
    assert texts(clean_text(text, "en")) == [
        "The bourgeois forces entered the clubs, and the party watched the "
        "decentralization closely."
    ]


def test_discretionary_hyphen_sign_from_ocr_joins() -> None:
    text = "the movement was part of a larger crisis of proletarian iden\u00ac\ntity after 1923.\n"
    assert "proletarian identity after" in clean_text(text, "en")[0].text


# --- suspect words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "suggestion"),
    [
        ("bou_rgeois", "bourgeois"),
        ("W0rkers", "Workers"),
        ("cl$ub", "club"),
        ("bouRgeois", "bourgeois"),
        ("thestate", "the state"),
        ("ofthe", "of the"),
        ("WtXsaccountable", None),
        ("рабочиe", "рабочие"),
        ("Пpoфсоюзы", "Профсоюзы"),
        ("пролеткультовцы".replace("о", "o"), "пролеткультовцы"),
        ("пролеткульtовцы", None),
        ("Рabоchie", None),
    ],
)
def test_suspect_words_become_findings_with_suggestions(token: str, suggestion: str | None) -> None:
    text = f"The unions and {token}, in those years, met the clubs."
    lang = "ru" if re.search("[а-я]", token) else "en"
    (finding,) = find_ocr_suspects(text, lang)
    assert finding == OcrFinding(
        start=text.index(token),
        end=text.index(token) + len(token),
        token=token,
        suggestion=suggestion,
        message=finding.message,
    )
    assert finding.message.startswith(f"suspected OCR garbage '{token}'")
    assert ("did you mean" in finding.message) == (suggestion is not None)


def test_no_false_alarms_on_names_acronyms_numbers_and_compounds() -> None:
    text = (
        "In 1923-24 the USSR, under NEP, saw NEPmen, the VTsIK and VTsSPS, McDonald's "
        "and MacArthur's iPhone, Part XIV and chapter xii, 1,000 workers, 3rd and 1920s, "
        "the party's and the workers' self-destructive All-Russian Proletkult, "
        "Narkompros, Krupskaya and Lunacharsky, e.g. U.S.S.R. and i.e. T-shirts, "
        "and/or co-operation — rabfak, kulak, Komsomol and «клубная работа» по-русски; "
        "therewith and hereto, H2O, B2B, h1n1 and MP3s, formatters and spetsy."
    )
    assert find_ocr_suspects(text, "en") == ()


def test_no_false_alarms_on_russian_prose() -> None:
    text = (
        "В 1923 г. ВЦСПС и Наркомпрос, т. е. профсоюзы и государство, спорили о клубах; "
        "Н. К. Крупская и А. В. Луначарский писали о самодеятельности, кое-где "
        "по-прежнему действовали пролеткультовцы, а непролетарские элементы — нэпманы — "
        "проникали в клубы. Рабоче-крестьянская молодёжь шла в комсомол."
    )
    assert find_ocr_suspects(text, "ru") == ()


def test_a_term_used_twice_is_not_garbage() -> None:
    text = "The WtXsaccountable clubs and the WtXsaccountable unions.\n"
    assert all(not p.findings for p in clean_text(text, "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Another morning in the air with @RobDog747 #PilotTraining #TeaganAir.\n", "en"),
    ("The phone has a 2600mAh battery and a 3GHz chip.\n", "en"),
    ("See example.org/page.html#section7 for the rules.\n", "en"),
    ("Ещё одно утро в небе #ОбучениеПилотов #АвиаТиган, аккумулятор на 2600мАч.\n", "ru"),
])
def test_hashtags_handles_quantities_and_addresses_are_no_ocr_damage(text: str, lang: str) -> None:
    """News and posts imported as plain text hold the web's shapes: a hashtag's inner capitals,
    a unit run into its number, an address without its scheme are how they are written."""
    assert [f.token for p in clean_text(text, lang) for f in p.findings] == []


def test_damage_beside_a_hashtag_is_still_found() -> None:
    """Only the tag's own shape is read as the web's; the word beside it is judged as ever."""
    [paragraph] = clean_text("The #TeaganAir clubs were WtXsaccountable to the state.\n", "en")
    assert [f.token for f in paragraph.findings] == ["WtXsaccountable"]


def test_findings_are_never_applied_to_the_text(sample: str) -> None:
    for paragraph in clean_text(sample, "en"):
        for finding in paragraph.findings:
            assert paragraph.text[finding.start : finding.end] == finding.token


# --- properties ---------------------------------------------------------------------------------

WORDS = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFабвгдежзиклмнопрстЖЩЁё", min_size=1, max_size=12
)
PUNCTUATION = st.sampled_from(
    ["", "", "", ",", ".", ";", ":", "!", "?", "'s", "\u2014", "-", " -", "\u00ad"]
)
SEPARATORS = st.sampled_from(
    [
        " ",
        " ",
        " ",
        "\n",
        "\n",
        "-\n",
        "\u00ad\n",
        "\n\n",
        "\n    ",
        "\r\n",
        "\t",
        "\u00a0",
        " \n",
        "\n\f\n",
        "\u00ac\n",
    ]
)


@st.composite
def ocr_documents(draw: st.DrawFn) -> str:
    """Text with random wrapping, word breaks with and without hyphens, blank lines,
    indentation, CRLF, form feeds, soft hyphens and non-breaking spaces."""
    parts = []
    for _ in range(draw(st.integers(min_value=1, max_value=60))):
        parts.append(draw(WORDS) + draw(PUNCTUATION))
        parts.append(draw(SEPARATORS))
    return "".join(parts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ocr_documents(), st.sampled_from(["en", "ru"]))
def test_cleanup_never_loses_or_invents_letters(text: str, lang: str) -> None:
    """Every letter of the input is in the cleaned text, except those of the lines
    dropped as page furniture; and no letter appears that was not there."""
    paragraphs = clean_text(text, lang)
    dropped = "".join(page_furniture(text))
    assert letters("".join(p.text for p in paragraphs)) + letters(dropped) == letters(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ocr_documents(), st.sampled_from(["en", "ru"]))
def test_cleanup_removes_only_layout(text: str, lang: str) -> None:
    """Besides letters, only whitespace, invisible characters and the hyphen of a
    rejoined word (at most one per line break, besides a "¬" standing after a hyphen, a
    margin speck) may go."""
    paragraphs = clean_text(text, lang)
    kept = Counter("".join(p.text for p in paragraphs).replace(" ", ""))
    dropped = Counter(re.sub(r"\s", "", "".join(page_furniture(text))))
    given_chars = Counter(re.sub("[\\s\u00ad\u200b]", "", text))
    lost = given_chars - kept - dropped
    assert set(lost) <= {"-", "\u00ac"}
    specks = len(re.findall("-\u00ac(?=\r|\n)", text))
    assert sum(lost.values()) <= len(re.findall(r"\r\n|\r|\n", text)) + specks
    assert not kept - given_chars


@settings(max_examples=200, deadline=None)
@given(ocr_documents(), st.sampled_from(["en", "ru"]))
def test_paragraphs_are_clean_and_originals_are_in_order(text: str, lang: str) -> None:
    paragraphs = clean_text(text, lang)
    normalised = re.sub(r"\r\n|\r", "\n", text)
    position = 0
    for paragraph in paragraphs:
        assert paragraph.text and paragraph.text == paragraph.text.strip()
        assert not re.search(r"\s\s|[\n\t\u00a0\u00ad]", paragraph.text)
        position = normalised.index(paragraph.original, position) + len(paragraph.original)
        for finding in paragraph.findings:
            assert paragraph.text[finding.start : finding.end] == finding.token


@pytest.mark.parametrize(
    "text",
    [
        "a" * 200_000,
        "ab_" * 70_000,
        "aB" * 100_000,
        "a\u0430" * 100_000,
        "word-\n" * 30_000,
        "the state of the clubs " * 10_000,
        "\n" * 200_000 + "end",
    ],
    ids=["long word", "underscores", "camel", "mixed script", "hyphens", "one line", "blank lines"],
)
def test_pathological_input_takes_linear_time(text: str) -> None:
    started = time.process_time()  # CPU time: a hang guard that a loaded machine does not fail
    paragraphs = clean_text(text, "en")
    assert time.process_time() - started < 10  # well under 1 s here
    assert letters("".join(p.text for p in paragraphs)) == letters(text)


def _token_start_searched_back(text: str, position: int) -> int:
    """What `suspects._token_starts` finds, read the slow way: back from the position to the
    last space, then to the last dash after it."""
    space = text.rfind(" ", 0, position)
    dashes = [(text.rfind(mark, space + 1, position), len(mark)) for mark in ("--", "\u2013", "\u2014")]
    return max([space + 1] + [at + length for at, length in dashes if at >= 0])


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ab -\u2013\u2014", max_size=20), st.data())
def test_a_suspect_token_starts_where_a_search_back_finds_its_start(text: str, data: st.DataObject) -> None:
    """The token starts are looked up among every space's and dash's end (`---` holds two `--`),
    not searched back for from each position (quadratic in a text of one long token)."""
    positions = data.draw(st.lists(st.integers(0, len(text)), max_size=5))
    expected = {_token_start_searched_back(text, position) for position in positions}
    assert suspects._token_starts(text, positions) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # issue 15: both halves are common words, but only the joined form is a word
        ("Это было не-\nдавно, когда мы пришли.", "ru", "Это было недавно, когда мы пришли."),
        ("Он пришёл в-\nпоследствии к нам.", "ru", "Он пришёл впоследствии к нам."),
        ("Мы ушли от-\nтого, что было скучно.", "ru", "Мы ушли оттого, что было скучно."),
        ("Они жили в полу-\nподвального типа доме.", "ru", "Они жили в полуподвального типа доме."),
        ("He came with-\nout his coat.", "en", "He came without his coat."),
        ("They went in-\nto the house.", "en", "They went into the house."),
        # real compounds keep their hyphen
        ("Говорили по-\nрусски все вокруг.", "ru", "Говорили по-русски все вокруг."),
        ("Кто-\nто пришёл.", "ru", "Кто-то пришёл."),
        ("Это был красно-\nсиний флаг.", "ru", "Это был красно-синий флаг."),
        ("It was self-\ndestructive.", "en", "It was self-destructive."),
        ("A well-\nknown man.", "en", "A well-known man."),
    ],
)
def test_line_end_hyphens_between_common_words(text: str, lang: str, expected: str) -> None:
    [paragraph] = clean_text(text, lang)
    assert paragraph.text == expected
    assert paragraph.findings == ()


def test_a_doubtful_line_end_hyphen_is_kept_and_flagged_with_both_readings() -> None:
    [paragraph] = clean_text("Свет был мокро-\nсиний и холодный.", "ru")
    assert paragraph.text == "Свет был мокро-синий и холодный."
    [finding] = paragraph.findings
    assert paragraph.text[finding.start : finding.end] == "мокро-синий"
    assert finding.suggestion == "мокросиний"
    assert "мокро синий" in finding.message


@pytest.mark.parametrize("dash", ["--", "\u2014", "\u2013"])
def test_a_suspect_word_ends_at_a_dash_set_without_spaces(dash: str) -> None:
    """Old books (and Project Gutenberg's texts) set a dash as "--" or "—" between words
    with no space; the damaged word before it is still repaired, and the word after it
    is not part of the finding."""
    text = f"travellers in Switzerland or North Ita1y{dash}was by no means adapted"
    (finding,) = find_ocr_suspects(text, "en")
    assert (finding.token, finding.suggestion) == ("Ita1y", "Italy")
    assert text[finding.start : finding.end] == "Ita1y"
    text = f"a large fur{dash}or rather astrachan{dash}overcoat made of Switzer1and wool"
    (finding,) = find_ocr_suspects(text, "en")
    assert (finding.token, finding.suggestion) == ("Switzer1and", "Switzerland")


@pytest.mark.parametrize(
    ("token", "suggestion"),
    [("rnorning", "morning"), ("darnp", "damp"), ("rernarkable", "remarkable"), ("tirnes", "times"),
     ("handkercbief", "handkerchief"), ("vvorkers", "workers")],
)
def test_letters_ocr_reads_for_one_are_found_with_the_word(token: str, suggestion: str) -> None:
    """OCR reads "m" as "rn", "ch" as "cb", "w" as "vv": a hand-OCR'd chapter of The Idiot had
    "The rnorning was so darnp" and a "handkercbief", none of them found (no odd symbol, no digit,
    no mixed case). Such a word is found when it is no word and the letter makes a common one."""
    text = f"The unions and {token}, in those years, met the clubs."
    (finding,) = find_ocr_suspects(text, "en")
    assert (finding.token, finding.suggestion) == (token, suggestion)


def test_words_with_those_letters_are_no_alarm() -> None:
    """Words, names and a document's own repeated terms that hold "rn", "cb" or "vv" stay unflagged."""
    text = ("A modern barn, the fern and the stern cabinet govern; Kearney turned to Eydkuhnen and "
            "Pskoff; the savvy kiernan, and kiernan again.")
    assert [f.token for f in find_ocr_suspects(text, "en")] == []


# --- verse (issue 15, round two) ------------------------------------------------------------

_PROSE = ("Whose woods these are the poet thought he knew, and the owner would not see him stop\n"
          "to watch the woods fill up with snow. The lines that close the poem run like this:\n")


def test_verse_lines_opening_in_lowercase_stay_lines() -> None:
    """A stanza whose lines go on in lowercase was read as prose and joined into one line
    ("dark and deep, but I have promises to keep, and miles to go"): short lines in a run, none
    ending as cut prose does, are verse, each its own line as a capitalised verse line is."""
    text = (_PROSE + "\nThe woods are lovely, dark and deep,\nbut I have promises to keep,\n"
            "and miles to go before I sleep,\nand miles to go before I sleep.\n\n" + _PROSE)
    texts = [p.text for p in clean_text(text, "en")]
    assert texts[1:5] == ["The woods are lovely, dark and deep,", "but I have promises to keep,",
                          "and miles to go before I sleep,", "and miles to go before I sleep."]


def test_a_narrow_column_of_prose_is_still_joined() -> None:
    """Short lines beside a figure are prose when some end as only cut prose does, in "the",
    "been" or a hyphen."""
    column = ("The general character\nof ancient mathematical\ngeography had been\n"
              "fixed by Eratosthenes,\nwho presided over the\nschool of Alexandria.\n")
    texts = [p.text for p in clean_text(_PROSE + "\n" + column + "\n" + _PROSE, "en")]
    assert texts[1] == ("The general character of ancient mathematical geography had been fixed "
                        "by Eratosthenes, who presided over the school of Alexandria.")


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Одна классная дама напро-\n\u2018рочила ей беду, и все это знали.\n", "ru", "напророчила"),
    ("Он долго молчал и наконец отве-\n\u201aтил, что не знает.\n", "ru", "ответил"),
    ("The old man looked at the in-\n'stitution with some doubt.\n", "en", "institution"),
])
def test_a_specks_mark_before_the_rest_of_a_broken_word_goes_with_the_hyphen(text: str, lang: str, word: str) -> None:
    """Tesseract reads a speck at a line's start as a quotation mark or comma; before the lower-case
    rest of a word broken at the line end above, no mark can stand, so the word is joined whole."""
    [paragraph] = clean_text(text, lang)
    assert word in paragraph.text.split() or f"{word}," in paragraph.text.split()
    assert not re.search(r"[\u2018\u201a']", paragraph.text)


def test_a_quotation_opening_a_line_after_a_whole_word_stays() -> None:
    [paragraph] = clean_text("Она сказала тихо и твёрдо: «Я\n\u2018знаю». Потом ушла.\n", "ru")
    assert "\u2018знаю" in paragraph.text


_RU_LINES = (
    "Ткачи нижней фабрики вышли из цехов холодным мартовским утром,\n"
    "а к полудню к ним у ворот присоединились прядильщики, и никто\n"
    "в городе не помнил такой большой стачки; хозяева послали за\n"
    "судьёй ещё до того, как смолкли колокола, и все это видели,\n"
)
"""Lines of a paragraph as wide as a page's, before the lines a test reads."""


@pytest.mark.parametrize(("text", "word"), [
    ("Ирина даже бровью не пошевельнет и сидит непо- \u2014\nдвижно, со злою улыбкою.\n", "неподвижно,"),
    ("а роди-_\nтелям ее одна эта улыбка горше упреков.\n", "родителям"),
    ("и с места дви-.\nнуться он не мог.\n", "двинуться"),
    ("лежал даже отпе- |\nчаток какой-то враждебности.\n", "отпечаток"),
    ("В сущно-_ ]\nсти она добра и проста.\n", "сущности"),
    ("он не мог забыть себя и своего сложного, негармониче- \u2018\n\u201a ского, уродливого прошедшего.\n",
     "негармонического,"),
])
def test_specks_after_a_line_end_hyphen_go_with_it(text: str, word: str) -> None:
    """Tesseract reads a speck in the margin after a line-end hyphen as a mark ("непо- —",
    "роди-_"), and one before the rest of the word below as a mark set apart ("‚ ского"): no
    mark stands inside a word, so the word is joined whole (the Russian OCR set)."""
    [paragraph] = clean_text(_RU_LINES + text, "ru")
    assert word in paragraph.text.split()


def test_a_dash_after_a_hyphen_before_a_capital_stays() -> None:
    """A new sentence below: the mark after the hyphen is left as it is."""
    text = _RU_LINES + "Он сказал: по- \u2014\nНет, не то.\n"
    assert "\u2014" in " ".join(p.text for p in clean_text(text, "ru"))


@pytest.mark.parametrize(("text", "lang", "joined"), [
    ("He went to the club--\nwhich was built in 1923.\n", "en", "club--which"),
    ("He went to the club --\nwhich was built in 1923.\n", "en", "club -- which"),
    ("Он пошёл в клуб--\nкоторый построили в 1923 году.\n", "ru", "клуб--который"),
])
def test_a_typewriter_dash_at_a_line_end_is_no_word_break(text: str, lang: str, joined: str) -> None:
    """Plain-text books write the dash as two hyphens ("club--which"): the second is no
    margin speck after a hyphen, and the words on either side stay two words."""
    [paragraph] = clean_text(text, lang)
    assert joined in paragraph.text


@pytest.mark.parametrize(("text", "word"), [
    ("что они до того исплясались, что обе сдела\u00bb\nлись больны.\n", "сделались"),
    ("добился наконец того, что на карти:\nну его не взяли.\n", "картину"),
    ("приходил домой свежий, сильный и совер\u201c\nшенно счастливый.\n", "совершенно"),
])
def test_a_mark_the_ocr_read_for_a_line_end_hyphen_joins_the_word(text: str, word: str) -> None:
    [paragraph] = clean_text(_RU_LINES + text, "ru")
    assert word in paragraph.text.split()


@pytest.mark.parametrize("text", [
    "Он вошел и сказал:\nвот и все.\n",  # a word before the colon
    "Так,\nже самое было и вчера.\n",  # «так» is a word: «также» is no reason to join
])
def test_a_mark_after_a_whole_word_at_a_line_end_stays(text: str) -> None:
    [paragraph] = clean_text(_RU_LINES + text, "ru")
    assert paragraph.text == " ".join((_RU_LINES + text).split())


def test_a_comma_ending_a_line_of_another_script_is_no_hyphen() -> None:
    """A mark the OCR read for a line-end hyphen («сдела»» / «лись») joins only words of the
    document's own letters: English quoted in a Russian text is no Russian word, so "all day," /
    "and" was joined into "dayand" and its comma lost (the suite's property test, session 30)."""
    text = "He stood in the window all day,\nand the people looked up at him.\n"
    assert texts(clean_text(text, "ru")) == ["He stood in the window all day, and the people looked up at him."]
