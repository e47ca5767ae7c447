"""Session 33's user day: a QA lead wires the checks into CI for a vendor's XLIFF deliveries.

The job a team commits (`QA_JOB`, run by `sh` as CI runs it) builds a fresh project each time:
init, the delivery, the client's TBX, the checklist (`rules.toml`), the findings accepted on
earlier deliveries (a committed file), reports for the vendor, then the gate. What the lead
tripped on: an acceptance lived only in the project's database, so a re-delivery checked in a
fresh project raised every accepted finding again (and `check accepted --format json` had no
texts to carry it by); the reports named no unit id the vendor's tool knows, the CSV no
document, and "tags: missing ⟦1/⟧" no tag of the vendor's file; the JSON gained an `accepted` key only with `--include-accepted`.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

UNITS = (
    ("I received your letter and the two issues of the <g id=\"1\">magazine</g>.",
     "Получил ваше письмо и два номера <g id=\"1\">журнала</g>."),
    ("The letter was written by Leo Tolstoy on 14 December 1908.",
     "Письмо написано Львом Толстым 14 декабря 1907 года."),
    ("For a long time people lived in this obvious contradiction without noticing it.",
     "Люди долгое время жили в этом явном несоответствии, не замечая его."),
    ("Such are the scientific vindications of coercion and violence.",
     "Таковы научные оправдания принуждения и насильства."),
    ("Read the <x id=\"2\"/>full text on page 12.", "Полный текст читайте на странице 12."),
    ("The ship must throw its ballast overboard.", "Корабль должен выбросить балласт за борт."),
)
"""A vendor's first delivery (Tolstoy's letter, ours in part): a wrong year (unit 2), a synonym
for a glossary term the client approves (3), a forbidden variant (4), a dropped tag (5)."""

CORRECTED = {
    2: "Письмо написано Львом Толстым 14 декабря 1908 года.",
    5: "<x id=\"2\"/>Полный текст читайте на странице 12.",
    6: "Корабль должен выбросить балласт за борт в 1908 г.",
}
"""The re-delivery: the year and the tag fixed, a new error (a year no source has, unit 6)."""

GLOSSARY = """<?xml version="1.0" encoding="UTF-8"?>
<martif xmlns="urn:iso:std:iso:30042:ed-2" xml:lang="en" type="TBX-Basic">
  <martifHeader><fileDesc><sourceDesc><p>Client glossary</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="violence">
      <langSet xml:lang="en"><tig><term>violence</term></tig></langSet>
      <langSet xml:lang="ru">
        <tig><term>насилие</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>насильство</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry id="contradiction">
      <langSet xml:lang="en"><tig><term>contradiction</term></tig></langSet>
      <langSet xml:lang="ru"><tig><term>противоречие</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""

RULES = """[[rule]]
id = "tolstoy-name"
message = "Tolstoy is «Толстой» in any case where the source names him."
severity = "error"
source = "(?-i:Tolstoy)"
target_required = "(?-i:{Толстой})"

[[rule]]
id = "year-word"
message = "A year is «N году», not «N г.»."
severity = "warning"
target_forbidden = "\\\\b1[89]\\\\d\\\\d\\\\s?г\\\\."
"""

QA_JOB = """set -eu
DELIVERY=$1
BUILD=build/qa
rm -rf "$BUILD"
mkdir -p build
$WB init "$BUILD" >/dev/null
$WB import "$BUILD" --xliff "$DELIVERY" >/dev/null
$WB term import "$BUILD" qa/glossary.tbx >/dev/null
cp qa/rules.toml "$BUILD/rules.toml"
if [ -f qa/accepted.json ]; then $WB check accept "$BUILD" --from qa/accepted.json; fi
$WB check "$BUILD" --format html --fail-on never -o build/qa-report.html --force
$WB check "$BUILD" --format csv --fail-on never -o build/qa-report.csv --force
$WB check "$BUILD" --format json -o build/qa-findings.json --force
"""


def xliff(units: dict[int, tuple[str, str]]) -> str:
    body = "\n".join(
        f'<trans-unit id="u{i}"><source>{s}</source><target state="translated">{t}</target></trans-unit>'
        for i, (s, t) in units.items())
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            '<file original="letter.html" source-language="en" target-language="ru" datatype="html"><body>\n'
            f"{body}\n</body></file></xliff>\n")


def workbench(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300, check=False)


def run_job(repo: Path, delivery: str) -> subprocess.CompletedProcess[str]:
    command = f"{sys.executable} -m workbench"
    return subprocess.run(["sh", "-c", QA_JOB, "qa-job", delivery], capture_output=True, text=True, cwd=repo,
                          env={**os.environ, "WB": command}, timeout=600, check=False)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "qa").mkdir()
    (tmp_path / "delivery").mkdir()
    (tmp_path / "qa" / "glossary.tbx").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "qa" / "rules.toml").write_text(RULES, encoding="utf-8")
    first = dict(enumerate(UNITS, start=1))
    (tmp_path / "delivery" / "letter.xlf").write_text(xliff(first), encoding="utf-8")
    second = {i: (s, CORRECTED.get(i, t)) for i, (s, t) in first.items()}
    (tmp_path / "delivery" / "letter_v2.xlf").write_text(xliff(second), encoding="utf-8")
    return tmp_path


def findings(repo: Path) -> list[dict[str, object]]:
    found: list[dict[str, object]] = json.loads((repo / "build" / "qa-findings.json").read_text(encoding="utf-8"))
    return found


def test_accepted_findings_stay_silent_on_the_next_delivery(repo: Path) -> None:
    first = run_job(repo, "delivery/letter.xlf")
    assert first.returncode == 1, first.stderr  # errors: the build fails
    before = {(f["unit"], f["check"]) for f in findings(repo)}
    assert {("u2", "number-mismatch"), ("u3", "term-missing"), ("u4", "term-forbidden"),
            ("u5", "tag-mismatch")} <= before, before
    accepted = workbench("check", "accept", "build/qa", "--segment", "3", "--check", "term-missing",
                         "--reason", "the client approves «несоответствие»", cwd=repo)
    assert accepted.returncode == 0, accepted.stderr
    listed = workbench("check", "accepted", "build/qa", "--format", "json", cwd=repo)
    (repo / "qa" / "accepted.json").write_text(listed.stdout, encoding="utf-8")  # the lead commits it
    [record] = json.loads(listed.stdout)
    assert record["applies"] is True and record["document"] == "letter" and record["unit"] == "u3"
    assert record["target"] == UNITS[2][1]

    second = run_job(repo, "delivery/letter_v2.xlf")  # a fresh project, the file renamed
    assert "accepted 1 finding again" in second.stdout, second.stdout + second.stderr
    after = {(f["unit"], f["check"]) for f in findings(repo)}
    assert ("u3", "term-missing") not in after  # accepted: kept silent
    assert ("u2", "number-mismatch") not in after and ("u5", "tag-mismatch") not in after  # fixed: gone
    assert ("u6", "number-mismatch") in after  # new: new
    assert ("u4", "term-forbidden") in after  # not accepted, not fixed: still there
    assert second.returncode == 1


def test_an_acceptance_of_a_changed_pair_no_longer_applies(repo: Path) -> None:
    run_job(repo, "delivery/letter.xlf")
    workbench("check", "accept", "build/qa", "--segment", "2", "--check", "number-mismatch",
              "--reason", "the vendor says the letter is dated 1907", cwd=repo)
    (repo / "qa" / "accepted.json").write_text(
        workbench("check", "accepted", "build/qa", "--format", "json", cwd=repo).stdout, encoding="utf-8")
    second = run_job(repo, "delivery/letter_v2.xlf")
    assert "accepted 0 findings again" in second.stdout
    assert "1 acceptance matched no finding (fixed, or the pair changed)" in second.stdout
    assert ("u2", "number-mismatch") not in {(f["unit"], f["check"]) for f in findings(repo)}  # fixed anyway


def test_the_reports_name_the_document_and_the_unit_in_one_shape(repo: Path) -> None:
    run_job(repo, "delivery/letter.xlf")
    plain = findings(repo)
    audited = json.loads(workbench("check", "build/qa", "--format", "json", "--include-accepted", cwd=repo).stdout)
    assert {frozenset(f) for f in plain} == {frozenset(f) for f in audited}  # one shape whatever the flags
    assert all(f["accepted"] is False and f["document"] == "letter" for f in plain)
    rows = list(csv.DictReader((repo / "build" / "qa-report.csv").open(encoding="utf-8")))
    tag = next(r for r in rows if r["check"] == "tag-mismatch")
    assert tag["document"] == "letter" and tag["unit"] == "u5"
    # "tags: missing ⟦1/⟧" names the tag as the vendor's file has it
    assert tag["codes"] == "⟦1/⟧ = <x id=\"2\"/>", tag["codes"]
    assert next(f for f in plain if f["check"] == "tag-mismatch")["codes"] == {"⟦1/⟧": "<x id=\"2\"/>"}
    assert "⟦1/⟧ = &lt;x id=&quot;2&quot;/&gt;" in (repo / "build" / "qa-report.html").read_text(encoding="utf-8")
    html = (repo / "build" / "qa-report.html").read_text(encoding="utf-8")
    assert "<strong>Segment 5</strong> <span class=\"concept\"><bdi>letter</bdi></span> <span class=\"concept\">unit <bdi>u5</bdi></span>" in html


@pytest.mark.parametrize(("args", "said"), [
    (("--segment", "3"), "missing --check, --reason"),
    (("--from", "qa/accepted.json", "--segment", "3"), "--from takes no --segment"),
    (("--from", "qa/none.json"), "qa/none.json: no such file of acceptances"),
    (("--from", "qa/rules.toml"), "qa/rules.toml: not a JSON list of workbench check accepted --format json"),
    (("--from", "qa/baseline.json"), "acceptance 1 has no document, check, concept, source, target and reason"),
])
def test_a_wrong_acceptance_command_is_refused_in_one_line(repo: Path, args: tuple[str, ...], said: str) -> None:
    (repo / "build").mkdir()
    assert workbench("init", "build/qa", cwd=repo).returncode == 0
    (repo / "qa" / "baseline.json").write_text(json.dumps([{
        "segment": 1, "check": "term-missing", "concept": None, "document": "letter", "source": "a",
        "target": "b"}]), encoding="utf-8")
    refused = workbench("check", "accept", "build/qa", *args, cwd=repo)
    assert refused.returncode == 2
    assert said in refused.stderr and len(refused.stderr.strip().splitlines()) == 1, refused.stderr
