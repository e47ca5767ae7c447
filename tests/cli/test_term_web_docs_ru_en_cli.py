"""`workbench check` on real RU → EN projects of web-server documentation: a plural after an
acronym is a finite verb's subject, not that verb ("the default SSL protocols are"); "which" with
a clause's subject after the word is its determiner ("which certificate it should use"); «путём»
before the noun it governs is the preposition; a forbidden target word in a pair whose source has
no word of the concept's terms renders another word ("the way nginx works" for «как работает»);
one the dictionary gives for another word of the source is no use of its concept even where the
concept is also rendered ("directives ... instructions" for «директивы ... инструкций»); a word
that only names the kind of the literal after it is no term to render where the translation keeps
the literal after a preposition ("at http://localhost/" for «по адресу http://localhost/») (issue
termfix38, session 36). Sentences written for the rules by the implementer, none a pair of a bench
set."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from term_projects import term_findings

WEB_TERMS = (
    "id,ru,en,status,pos,definition\n"
    "protocol,протокол,protocol,preferred,noun,a set of rules for exchanging messages\n"
    "cipher,шифр,cipher,preferred,noun,an algorithm that encrypts data\n"
    "certificate,сертификат,certificate,preferred,noun,a signed public key with its owner's name\n"
    "path,путь,path,preferred,noun,the location of a file in a file system\n"
    "path,путь,way,deprecated,noun,the location of a file in a file system\n"
    "directive,директива,directive,preferred,noun,a named instruction of a configuration file\n"
    "directive,директива,instruction,deprecated,noun,a named instruction of a configuration file\n"
    "address,адрес,address,preferred,noun,a network address of a host or socket\n"
    "slang,,cool,deprecated,adjective,a word the style guide forbids anywhere\n"
)


def _findings(tmp_path: Path, runner: CliRunner, pairs: list[tuple[str, str]],
              checks: str = "term-missing") -> dict[tuple[int, str], str]:
    """(segment, concept) -> severity of each finding of `checks` on a RU → EN project."""
    return {(f["segment"], f["concept"]): f["severity"]
            for f in term_findings(tmp_path, runner, pairs, WEB_TERMS, checks, languages=("ru", "en"))}


def test_a_plural_after_an_acronym_before_a_finite_verb_is_its_subject(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        ("По умолчанию протоколами SSL являются TLSv1.2 и TLSv1.3.", "The default SSL protocols are TLSv1.2 and TLSv1.3."),
        ("По умолчанию шифрами SSL были “HIGH:!aNULL”.", "The default SSL ciphers were “HIGH:!aNULL”."),
        # Rendered by another word: still missing.
        ("По умолчанию протоколами SSL являются TLSv1.2 и TLSv1.3.", "The default SSL versions are TLSv1.2 and TLSv1.3."),
    ])
    assert (1, "protocol") not in found
    assert (2, "cipher") not in found
    assert found[(3, "protocol")] == "error"


def test_which_before_the_word_and_a_subject_after_it_is_its_determiner(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        ("Сервер узнает, какой сертификат ему следует использовать.",
         "The server will know which certificate it should use."),
        ("Сервер узнает, какой сертификат выбрали клиенты.", "The server will know which certificate they chose."),
        ("Сервер узнает, какой сертификат ему следует использовать.", "The server will know which key it should use."),
    ])
    assert (1, "certificate") not in found
    assert (2, "certificate") not in found
    assert found[(3, "certificate")] == "error"


def test_putyom_before_the_noun_it_governs_is_the_preposition(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        ("Сервер создаёт сессию путём установки куки.", "The server creates a session by setting a cookie."),
        ("Соединения можно сохранять путём передачи поля заголовка.", "Connections can be kept by passing a header field."),
        # The noun: an adjective agrees with it, or no noun phrase follows.
        ("Файл можно найти этим путём.", "The file can be found this way."),
        ("Каталог указан путём к файлу.", "The directory is given by the location of the file."),
    ])
    assert (1, "path") not in found
    assert (2, "path") not in found
    assert found[(3, "path")] == "error"
    assert found[(4, "path")] == "error"


def test_a_forbidden_word_where_the_source_has_no_word_of_the_concept(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        # No form of «путь» anywhere in the source: "way" renders «как» and «способ».
        ("Как работает nginx, определяется в конфигурационном файле.",
         "The way nginx works is determined in the configuration file."),
        ("Существует два способа уменьшить число операций.", "There are two ways to minimise the number of operations."),
        # The source names the concept: the forbidden term renders it.
        ("Укажите путь к файлу.", "Specify the way to the file."),
        # A concept with no source term forbids its word anywhere.
        ("Это хорошая конфигурация.", "This is a cool configuration."),
    ], checks="term-forbidden")
    assert found[(1, "path")] == "info"
    assert found[(2, "path")] == "info"
    assert found[(3, "path")] == "error"
    assert found[(4, "slang")] == "warning"


def test_a_forbidden_word_for_another_source_word_beside_the_rendered_concept(tmp_path: Path,
                                                                             runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        # The dictionary gives «инструкции» (any form) for instruction, and the directive is rendered.
        ("Директивы компилируются во внутренние инструкции.", "The directives are compiled into internal instructions."),
        ("Блочная директива содержит набор дополнительных инструкций.",
         "A block directive contains a set of additional instructions."),
        # The directive is rendered by the forbidden word alone: an error, as before.
        ("Директивы компилируются во внутренние инструкции.", "The instructions are compiled into internal code."),
        ("Директивы компилируются заранее.", "The instructions are compiled in advance."),
    ], checks="term-forbidden")
    assert found[(1, "directive")] == "info"
    assert found[(2, "directive")] == "info"
    assert found[(3, "directive")] == "error"
    assert found[(4, "directive")] == "error"


def test_a_word_naming_the_kind_of_a_literal_the_translation_keeps(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        ("Сервер доступен по адресу http://localhost/. Это всё.", "The server is accessible at http://localhost/. That is all."),
        ("Представьте, что сервер доступен по адресу localhost:9000.", "Suppose the server is accessible on localhost:9000."),
        # A noun of the translation names it otherwise, or the literal is not kept: still missing.
        ("Представьте, что сервер доступен по адресу localhost:9000.",
         "Suppose the server is accessible via the socket localhost:9000."),
        ("Сервер доступен по адресу http://localhost/.", "The server is accessible."),
    ])
    assert (1, "address") not in found
    assert (2, "address") not in found
    assert found[(3, "address")] == "error"
    assert found[(4, "address")] == "error"
