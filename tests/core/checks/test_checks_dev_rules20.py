"""Rules read off session 20's reading of the text checks' false alarms and misses on real pairs
(`untranslated-fragment`, `url-email`, `punctuation-end`, `quote-style`, `capitalisation`), each
tested on pairs written like the real ones, both ways where a slip is near: the translator's choice
not reported, the slip still reported.

Documentation written in lightweight markup (AsciiDoc, Markdown, reStructuredText) marks code,
commands and references by name with backticks: their words are kept on purpose. A link the
source makes by name may get its address written in. A «::» ending is reStructuredText's colon
before a literal block; a stop after a closing address is left out. A commit's prime ("C4'") and a
quoted "[value]" placeholder are code's marks. A command marked as code keeps its own case at a
sentence's start.
"""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def test_words_marked_as_code_are_kept_on_purpose(make_segments) -> None:
    for pair in (
        ("Then she uploads her `hotfix` branch to the server.",
         "Затем она выполняет `git push` для ветки `hotfix`."),
        ("The `stable` branch is rebuilt from `main` every night.",
         "Ветка `stable` каждую ночь перестраивается из `main`."),
        ("``path``: Optional folder of your settings.", "``path``: необязательный каталог ваших настроек."),
        ("Use nested :ttag:`for` tags to loop twice.", "Используйте вложенные теги :ttag:`for` для двойного цикла."),
        ("It calls Python's :func:`json.dumps()` function.", "Он вызывает :meth:`json.dumps()`."),
        ("Read the notes on `running the worker pool`_ first.",
         "Сначала прочитайте заметки `running the worker pool`_."),
    ):
        assert check(make_segments, [pair], "untranslated-fragment") == [], pair
    left = ("Then she uploads her `hotfix` branch to the server.",
            "Затем она always выполняет `git push` для ветки `hotfix`.")
    [finding] = check(make_segments, [left], "untranslated-fragment")
    assert "“always”" in finding.message


def test_a_link_made_by_name_may_get_its_address_written_in(make_segments) -> None:
    for pair in (
        ("If you are new to it, `Learn Python the Hard Way`__ is a good start.",
         "Если вы новичок, хорошее начало — `Learn Python the Hard Way <https://learnpythonthehardway.org/>`_."),
        ("It runs behind Nginx_ in production.", "В продакшене он работает за `Nginx <https://nginx.org/>`_."),
    ):
        assert check(make_segments, [pair], "url-email") == [], pair
    unnamed = ("It runs behind a web server in production.",  # a bare address: a link added is the translator's
               "В продакшене он работает за Nginx (https://nginx.org/).")
    [finding] = check(make_segments, [unnamed], "url-email")
    assert "https://nginx.org/" in finding.message


def test_a_literal_blocks_double_colon_reads_as_one(make_segments) -> None:
    source = "To install it, run ``pip`` with the name of the package:"
    assert check(make_segments, [(source, "Чтобы установить его, выполните команду::")], "punctuation-end") == []
    plain = ("To install it, run the following command:", "Чтобы установить его, выполните команду::")
    [finding] = check(make_segments, [plain], "punctuation-end")
    assert "typed twice" in finding.message


def test_no_stop_after_a_closing_address(make_segments) -> None:
    source = "The full changelog can be read here: https://example.org/changes/v2.html."
    target = "Полный список изменений можно прочитать здесь: https://example.org/changes/v2.html"
    assert check(make_segments, [(source, target)], "punctuation-end") == []
    lost = ("The full changelog can be read on the project's site.",
            "Полный список изменений можно прочитать на сайте проекта")
    [finding] = check(make_segments, [lost], "punctuation-end")
    assert "no punctuation" in finding.message


def test_a_commits_prime_and_a_quoted_bracketed_placeholder_are_codes_marks(make_segments) -> None:
    for pair in (
        ("Only `B2` and `B3` are replayed, since `B4` is the same change as `B4'`.",
         "Переносятся только B2 и B3, поскольку B4 — то же изменение, что и B4'."),
        ("Run the statement : `SET SESSION `sql_mode` = '[mode]'`",
         "Выполните запрос: `SET SESSION `sql_mode` = '[режим]'`"),
    ):
        assert check(make_segments, [pair], "quote-style") == [], pair
    quoted = ("Set the mode to the value you need.", "Задайте режиму значение '[режим]'.")
    [finding] = check(make_segments, [quoted], "quote-style")
    assert "Straight" in finding.message


def test_a_command_marked_as_code_keeps_its_case_at_the_start(make_segments) -> None:
    source = "Git-svn-bridge keeps a map of the revisions of both systems."
    target = "`git-svn-bridge` хранит соответствие ревизий обеих систем."
    assert check(make_segments, [(source, target)], "capitalisation") == []
    bare = "хранит соответствие ревизий обеих систем в git-svn-bridge."
    [finding] = check(make_segments, [(source, bare)], "capitalisation")
    assert finding.check == "capitalisation"
