"""`workbench check` on real projects: a vendor's capitalised defined term («Сервиса» for "the
Service") is a forbidden term however often the document capitalises it; a word of an English
name phrase that is not its head ("Service" of "the Terms of Service", "Privacy" of "the Privacy
Notice") is the name's, not the concept, for `term-missing` and for the forbidden word that
renders the name; a Russian verb term written in its other aspect («возместить» for
«возмещать»), or as a reflexive for an English passive («обрабатываться» for "be processed"), is
the term; and one target word that is one concept's preferred term and another's admitted one
renders only the first (issue 15, session 32, termfix33). Sentences written for the rules by the implementer,
none a pair of a bench set."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from term_projects import term_findings

LAW_TERMS = (
    "id,en,ru,status,pos,definition\n"
    "service,service,услуга,preferred,noun,work a provider performs for a user\n"
    "service,service,сервис,deprecated,noun,work a provider performs for a user\n"
    "privacy,privacy,конфиденциальность,preferred,noun,a person's control over information about them\n"
    "privacy,privacy,приватность,deprecated,noun,a person's control over information about them\n"
    "notice,notice,уведомление,preferred,noun,a formal communication telling someone of a fact\n"
    "indemnify,indemnify,возмещать,preferred,verb,to compensate another for loss\n"
    "process,process,обрабатывать,preferred,verb,to perform an operation on data\n"
    "deny,deny,отказывать,preferred,verb,to refuse to grant a request\n"
    "right,right,право,preferred,noun,an entitlement the law protects\n"
    "law,law,закон,preferred,noun,the rules a state makes and enforces\n"
    "law,law,право,admitted,noun,the rules a state makes and enforces\n"
)


def _findings(tmp_path: Path, runner: CliRunner, pairs: list[tuple[str, str]],
              checks: str = "term-missing,term-forbidden") -> dict[tuple[int, str, str], str]:
    """(segment, check, concept) -> severity of a project made as a user makes one."""
    return {(f["segment"], f["check"], f["concept"]): f["severity"]
            for f in term_findings(tmp_path, runner, pairs, LAW_TERMS, checks)}


def test_a_capitalised_defined_term_is_no_name_where_the_source_says_the_term(
        tmp_path: Path, runner: CliRunner) -> None:
    # The vendor writes «Сервис» with a capital in every sentence, as the English writes "the
    # Service": the document's names rule reads «Сервиса» as a name, yet the source names the
    # concept by a word of its own, so each is the deprecated term (the base raised
    # `term-missing` instead, and for segment 6 nothing).
    pairs = [
        ("You may use the Service at home.", "Вы можете использовать Сервис дома."),
        ("Access to the Service is free.", "Доступ к Сервису бесплатный."),
        ("You must be eligible to use the Service.", "Вы должны иметь право на использование Сервиса."),
        ("We may stop the Service at any time.", "Мы можем остановить работу Сервиса в любое время."),
        ("Your use of the Service is logged.", "Использование вами Сервиса записывается."),
        ("Read the source code of the Service online.", "Прочитайте исходный код Сервиса онлайн."),
        ("The price of the Service may change.", "Стоимость Сервиса может измениться."),
        ("Some features of the Service need an account.", "Для некоторых функций Сервиса нужна учётная запись."),
    ]
    found = _findings(tmp_path, runner, pairs)
    for segment in range(1, len(pairs) + 1):
        assert found.get((segment, "term-forbidden", "service")) == "error", segment
        assert (segment, "term-missing", "service") not in found


def test_a_word_inside_a_name_phrase_is_the_names(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        # A document's name, written inside a sentence: its complement and its modifier are the
        # name's words, rendered with the whole name.
        ("You agree to the Terms of Service and the Privacy Notice.",
         "Вы принимаете Условия использования и Уведомление о защите данных."),
        # The same name as a heading (title case), known from the sentences that write it (1 and 6).
        ("Mozilla Accounts Terms of Service", "Условия использования аккаунтов Mozilla"),
        # A forbidden word that renders only the name is the name's translation; the name is
        # written inside a sentence twice, as a name is, not once, as an emphasis may be.
        ("Please read the Privacy Notice first.", "Сначала прочитайте Политику приватности."),
        # The concept said in words of its own stays required, and forbidden.
        ("We value your privacy and improve the service.", "Мы ценим вашу приватность и улучшаем продукт."),
        # The name's head is a thing of its kind, the concept: still required.
        ("Mail the Privacy Notice to your lawyer.", "Отправьте Политику приватности своему юристу."),
        # The name written inside a sentence again.
        ("These rules are part of the Terms of Service.", "Эти правила входят в Условия использования."),
        # A capitalised run never written inside a sentence is no name known: a heading's own words.
        ("Service Levels", "Уровни поддержки"),
        # Nor one written so once: an author's emphasis as often as a name.
        ("We trust the Service Desk of the company.", "Мы доверяем отделу поддержки компании."),
    ])
    for segment, concept in ((1, "service"), (1, "privacy"), (2, "service"), (3, "privacy")):
        assert (segment, "term-missing", concept) not in found, (segment, concept)
    assert (3, "term-forbidden", "privacy") not in found
    assert found[(4, "term-forbidden", "privacy")] == "error"
    assert found[(4, "term-missing", "service")] == "error"
    assert found[(5, "term-missing", "notice")] == "error"
    assert found[(7, "term-missing", "service")] == "error"
    assert (6, "term-missing", "service") not in found
    assert found[(8, "term-missing", "service")] == "error"


def test_a_verb_term_in_its_other_aspect_or_as_a_reflexive_passive(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        ("You agree to indemnify the company for any loss.", "Вы соглашаетесь возместить компании любой убыток."),
        ("Your data might be processed abroad.", "Ваши данные могут обрабатываться за рубежом."),
        ("The files were quickly processed by the server.", "Файлы были быстро обработаны сервером."),
        # An active source keeps the reflexive out: «отказываться» (to refuse) is not «отказывать».
        ("They deny the request.", "Они отказываются от запроса."),
        # Neither aspect nor a reflexive: the term is missing.
        ("You agree to indemnify the company.", "Вы соглашаетесь помочь компании."),
    ], checks="term-missing")
    assert (1, "term-missing", "indemnify") not in found
    assert (2, "term-missing", "process") not in found
    assert (3, "term-missing", "process") not in found
    assert found[(4, "term-missing", "deny")] == "error"
    assert found[(5, "term-missing", "indemnify")] == "error"


def test_one_word_renders_one_of_two_concepts_that_share_it(tmp_path: Path, runner: CliRunner) -> None:
    found = _findings(tmp_path, runner, [
        # «прав» is right's preferred term and law's admitted one: it renders "rights", and "law"
        # is rendered by no term of its own.
        ("You must not violate anyone's rights or any law.",
         "Вы не должны нарушать чьих-либо прав или каких-либо законодательных норм."),
        # Law's own term beside it, or the shared word twice: each concept may have its own.
        ("Your rights under the law stay.", "Ваши права по закону сохраняются."),
        ("The right to privacy is a part of the law of Europe.", "Право на тайну есть часть права Европы."),
        # Law named alone, rendered by its admitted term.
        ("This law applies to you.", "Это право применяется к вам."),
    ], checks="term-missing")
    assert found[(1, "term-missing", "law")] == "error"
    assert (1, "term-missing", "right") not in found
    for segment in (2, 3, 4):
        assert (segment, "term-missing", "law") not in found, segment
