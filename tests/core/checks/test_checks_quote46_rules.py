"""`quote-style` reads which marks the English wrote as quotation marks (session 46, issue 15, house
rule D15): a word or a phrase in small letters, or a capital letter alone, copied in the source's
straight double marks, and anything copied in English curly double marks, is a quotation Russian
sets in « »; a value copied in single marks, a token the text defines, values in a segment that
quotes code in the same marks, and a list a code noun introduces stay the code's. Made-up pairs,
not the sets' own."""

from __future__ import annotations

import time

import pytest

from workbench.core.checks import Finding, run_checks


def found(make_segments, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru", checks=["quote-style"])


@pytest.mark.parametrize(("source", "target"), [
    ('The app writes its logs to a file on disk (a "logfile").', 'Приложение пишет журнал в файл на диске ("logfile").'),
    ('You may see a CUDA "out-of-memory" error.', 'Возможна ошибка CUDA "out-of-memory".'),
    ('The server will answer "connection refused" then.', 'Тогда сервер ответит "connection refused".'),
    ('Pick a task marked "good first issue" to start.', 'Для начала возьмите задачу с меткой "good first issue".'),
    ('Make sure that "dirmngr" is installed.', 'Убедитесь, что "dirmngr" установлен.'),
    ('The type may be either “provides” or a dependency type.', 'Тип может быть “provides” или типом зависимости.'),
    ('The home directory is called a tilde (“~”).', 'Домашний каталог называют тильдой (“~”).'),
    ('Your locale may be the "C" locale of Unix.', 'Ваша локаль может быть локалью "C" из Unix.'),
    ('It was Zola\'s "J\'accuse" that did it.', 'Это сделала статья Золя "J\'accuse".'),
    ('I get "522 SSL connection failed: session reuse required".',
     'Я получаю "522 SSL connection failed: session reuse required".'),
])
def test_words_a_message_or_a_letter_in_the_englishs_quotation_marks_are_quote_style(
        make_segments, source: str, target: str) -> None:
    [finding] = found(make_segments, source, target)
    assert finding.check == "quote-style"


@pytest.mark.parametrize(("source", "target"), [
    ("Set LC_MESSAGES to 'italian' to read Italian pages.", "Для итальянских страниц задайте LC_MESSAGES в 'italian'."),
    ("Use ‘off’ to give the side to a player, ‘on’ to watch.", "Укажите ‘off’, чтобы отдать сторону игроку, ‘on’ — чтобы смотреть."),
    ("[all|<command>]\n“all” = overview of all commands", "[all|<команда>]\n“all” = обзор всех команд"),
    ('True if the command in the "command" key should handle "gg" URLs.',
     'Верно, если команде из ключа "command" нужно открывать "gg" адреса.'),
    ('Possible values: "yes", "no" or "auto".', 'Возможные значения: "yes", "no" или "auto".'),
    ('Revoke it with "gpg --import" later.', 'Отзовите его позже командой "gpg --import".'),
    ('An example is "a csub y csup x".', 'Например: "a csub y csup x".'),
    ('For instance, "reject aptitude :UNINST" keeps it.', 'Например, "reject aptitude :UNINST" сохранит его.'),
])
def test_values_syntax_and_code_keep_the_sources_marks(make_segments, source: str, target: str) -> None:
    assert found(make_segments, source, target) == []


def test_hostile_runs_of_quoted_words_read_in_linear_time(make_segments) -> None:
    start = time.perf_counter()
    for text in ('"word" и ' * 2_000, 'значения: ' + '"a", ' * 2_000, 'значения:' + ' "a"  и ' * 2_000 + '"b" x "c"',
                 "“x” " * 4_000, '"' + "a " * 50_000 + '"'):
        run_checks(make_segments([(text.replace("и", "and"), text)]), source_lang="en", target_lang="ru",
                   checks=["quote-style"])
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize(("source", "target"), [
    ('We are working in "Object Mode".', 'Мы работаем в режиме "Object Mode.'),  # the closing half lost
    ("The Night Train by Kenji Miyazawa. It is a story.", 'Ночной поезд" Кэндзи Миядзавы. Это рассказ.'),
    ('The decal reads "18" in red.', 'На наклейке красным написано "18".'),
    ('Click the ".." item to go up.', 'Щёлкните по пункту "..", чтобы подняться.'),  # an item named, signs alone
])
def test_a_quotation_mark_left_alone_an_inscriptions_text_or_an_item_is_quote_style(make_segments, source: str,
                                                                                 target: str) -> None:
    assert "quote-style" in {f.check for f in found(make_segments, source, target)}


def test_a_stray_mark_ending_the_sentence_where_the_source_quotes_nothing_is_unpaireds_alone(make_segments) -> None:
    assert found(make_segments, "It has been said.", "Это было произнесено\".") == []


def test_words_in_double_marks_no_code_noun_calls_are_a_quotation_in_single_marks_a_value(make_segments) -> None:
    """Session 44's made-up value «По умолчанию используется "all files"» was spared as a literal; the
    English's double marks make it a quotation (D15), its single ones a value, as a code noun does."""
    assert [f.check for f in found(make_segments, 'The default is "all files".',
                                   'По умолчанию используется "all files".')] == ["quote-style"]
    assert found(make_segments, "The default is 'all files'.", "По умолчанию используется 'all files'.") == []
    assert found(make_segments, 'The type is "all files".', 'По умолчанию задан тип "all files".') == []


def test_two_closing_guillemets_that_meet_are_written_once(make_segments) -> None:
    """Russian sets the closing » of an inner and an outer quotation that end together once, where
    the source closes both at that word; a « left open elsewhere stays `unpaired`."""
    def unpaired(source: str, target: str) -> list[str]:
        return [f.check for f in run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru",
                                            checks=["unpaired"])]
    assert unpaired('"You seldom hear \'I am just dropping him off in Glasgow,\' " the guard said.',
                    "«Такое нечасто услышишь: «Я просто отвезу его в Глазго», — сказал охранник.") == []
    assert unpaired('The guard said "I am going to Glasgow" and left.',
                    "«Охранник сказал: «Я еду в Глазго», и ушёл.") == ["unpaired"]
