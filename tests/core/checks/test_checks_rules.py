"""custom-rule: a project's rules.toml, morphology-aware patterns, bad rules refused."""

from __future__ import annotations

import pytest

from workbench.core.checks import run_checks
from workbench.core.checks.rules import load_rules, parse_rules
from workbench.errors import InputError


def rules(*tables: dict) -> tuple:
    return parse_rules({"rule": list(tables)}, "en", "ru")


def run(make_segments, pairs, rule_set) -> list:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru",
                      checks=["custom-rule"], rules=rule_set)


def test_a_forbidden_word_in_any_form_is_reported(make_segments) -> None:
    rule_set = rules({"id": "no-klab", "message": "Write «клуб».", "severity": "error",
                      "target_forbidden": "{клаб}"})
    findings = run(make_segments, [("The club.", "В клабе."), ("The club.", "Клуб.")], rule_set)
    assert [(f.segment, f.severity, f.concept) for f in findings] == [(1, "error", "rule:no-klab")]
    assert "rule no-klab" in findings[0].message


def test_a_word_in_braces_written_with_e_for_yo_takes_every_form(make_segments) -> None:
    """«{ученый}» gave only «ученый» and «учёный»: pymorphy3's lemma is «учёный», so the word was
    no lemma and «ученых» passed (usersweep9, session 23)."""
    rule_set = rules({"id": "no-scholar", "message": "Write «исследователь».", "target_forbidden": "{ученый}"})
    findings = run(make_segments, [("The scientists came.", "Пришли пять ученых."),
                                   ("The scientist came.", "Пришёл учёный."),
                                   ("The researcher came.", "Пришёл исследователь.")], rule_set)
    assert [f.segment for f in findings] == [1, 2]


def test_a_required_pattern_applies_only_where_the_source_matches(make_segments) -> None:
    rule_set = rules({"id": "club", "message": "workers' club is «рабочий клуб»",
                      "source": r"workers'? club", "target_required": "{рабочий клуб}"})
    findings = run(make_segments, [
        ("The workers' club opened.", "Открылся рабочий клуб."),
        ("In the workers' clubs.", "В рабочих клубах."),
        ("In the workers' clubs.", "В клубах для рабочих."),
        ("The theatre opened.", "Открылся театр."),
    ], rule_set)
    assert [f.segment for f in findings] == [3]


def test_a_word_in_braces_keeps_its_case_where_the_rule_asks_for_case(make_segments) -> None:
    """`(?-i:...)` makes a part match case: the forms of a word in braces are then in its case."""
    rule_set = rules(
        {"id": "moscow", "message": "Москва with a capital", "source": "Moscow", "target_required": "(?-i:{Москва})"},
        {"id": "un", "message": "ООН in capitals", "source": "UN", "target_required": "(?-i:{ООН})"},
        {"id": "club", "message": "клуб", "source": "club", "target_required": "(?-i:{клуб})"},
    )
    findings = run(make_segments, [
        ("In Moscow.", "В Москве."),
        ("From Moscow.", "Из москвы."),
        ("The UN met.", "ООН собралась."),
        ("The UN met.", "Оон собралась."),
        ("The club met.", "Клуб собрался."),
        ("The club met.", "Члены клуба собрались."),
    ], rule_set)
    assert [(f.segment, f.concept) for f in findings] == [(2, "rule:moscow"), (4, "rule:un"), (5, "rule:club")]


def test_rules_are_read_from_the_project_folder(tmp_path) -> None:
    (tmp_path / "rules.toml").write_text(
        '[[rule]]\nid = "pct"\nmessage = "Use %."\nsource = "per ?cent"\n'
        'target_required = "%"\n', encoding="utf-8")
    [rule] = load_rules(tmp_path, "en", "ru")
    assert rule.id == "pct" and rule.severity == "warning"
    assert load_rules(tmp_path / "missing", "en", "ru") == ()


@pytest.mark.parametrize(
    ("table", "complaint"),
    [
        ({"id": "x", "target_forbidden": "("}, "bad pattern"),
        ({"id": "x"}, "needs target_required or target_forbidden"),
        ({"id": "x", "target_forbidden": "a", "colour": "red"}, "unknown key"),
        ({"id": "x", "target_forbidden": "a", "severity": "fatal"}, "severity"),
        ({"id": "x", "target_required": "{ }"}, "names no word"),
        ({"id": {"a": 1}, "target_forbidden": "a"}, "rule 1: its id must be text or a whole number"),
        ({"id": True, "target_forbidden": "a"}, "its id must be text"),
        ({"id": "x", "message": ["m"], "target_forbidden": "a"}, "rule x: the message must be text"),
        ({"id": "x", "source": "club", "target_forbidden": "{клуб}|{\t}"}, "names no word"),
    ],
)
def test_bad_rules_are_refused_with_one_line(table: dict, complaint: str) -> None:
    with pytest.raises(InputError, match=complaint):
        rules(table)
