"""Work that grew with what a hostile project holds, bounded now (hardening, round 26).

* The memory analysis of a project of template sentences ("The hall number 12 is open.", all
  confirmed): some hundred units tie at each segment's best bound, and each had its number
  penalty worked out by a Python step of `Counter`s (20,000 such pairs: 4-5 minutes of
  `workbench stats`). Where each side has at most one number the gaps are taken by array; the
  answers are the ones a lookup gives.
* The OCR repair of words no dictionary knows: each is a search of the confusions that could have
  made it; 16 MB of made-up words held an import some 12 minutes. A document judges at most
  `MOST_UNKNOWN_WORDS` by their letters, and the import says how many it did not.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from workbench.core.ingest import suspects
from workbench.core.ingest.cleanup import clean_text
from workbench.core.ingest.importing import import_text
from workbench.core.ingest.suspects import UnknownWords
from workbench.core.memory import TranslationMemory
from workbench.core.memory import batch as memory_batch
from workbench.core.project import Project
from workbench.core.stats import analyse

PAIRS = 400


def template_project(path: Path) -> Project:
    """Template pairs of no number, one number and two, confirmed, some changed later (tie-breaks)."""
    project = Project.create(path, "en", "ru")
    with project.transaction() as db:
        documents = db.table("documents")
        documents.insert({"seq": 1, "name": "templates", "kind": "text", "imported_at": "2024-01-01T00:00:00Z"})
        document_id = documents.last_pk
        rows = []
        for i in range(PAIRS):
            source = (f"The hall number {i} is open." if i % 4 else
                      f"The hall {i} opens at {i % 7 + 8} o'clock." if i % 8 else "The great hall is open today.")
            rows.append({"document_id": document_id, "seq": float(i), "source": source,
                         "target": f"Зал {i} открыт.", "status": "translated", "locked": 0,
                         "changed_at": f"2024-01-{1 + i % 28:02}T00:00:00Z"})
        db.table("segments").insert_all(rows)
    return project


def test_template_sentences_score_their_ties_by_array(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    penalised: list[int] = []
    one_by_one = memory_batch.BatchMatcher._penalised

    def counted(self, text, bound, source):  # type: ignore[no-untyped-def]
        penalised.append(bound)
        return one_by_one(self, text, bound, source)

    monkeypatch.setattr(memory_batch.BatchMatcher, "_penalised", counted)
    with template_project(tmp_path / "proj") as project, TranslationMemory.for_project(project) as memory:
        memory.sync_project(project)
        analysis = analyse(project, memory)
        segments = {row["id"]: row["source"] for row in project.db.query("select id, source from segments")}
        compared = 0
        for found in analysis.segments:
            if found.band == "repetition":
                continue
            one = memory.lookup(segments[found.segment_id], min_score=50, limit=1, exclude_segment=found.segment_id)
            assert (found.score, found.memory) == ((one[0].score, one[0].memory) if one else (None, None))
            compared += 1
    assert compared == PAIRS - PAIRS // 8 + 1  # the sentence without a number repeats
    assert analysis.bands["85-94"].segments >= PAIRS // 2
    # before: some hundred a segment (40,000 and more); now only the two-number sentences' ties
    assert len(penalised) < 20 * PAIRS, len(penalised)


def made_up_words(count: int, seed: int = 26) -> list[str]:
    letters = random.Random(seed)
    return ["".join(letters.choice("нипшщцьъгтлпсеохкзв") for _ in range(8)) for _ in range(count)]


def test_a_document_judges_a_bounded_number_of_unknown_words(monkeypatch: pytest.MonkeyPatch) -> None:
    words = made_up_words(600)
    text = "\n\n".join(" ".join(words[at:at + 10]) for at in range(0, len(words), 10)) + "\n"
    searched: list[str] = []
    judged = suspects._judged.__wrapped__

    def counted(word, lang, rare):  # type: ignore[no-untyped-def]
        searched.append(word)
        return judged(word, lang, rare)

    monkeypatch.setattr(suspects, "_judged", counted)
    unknown = UnknownWords(most=100)
    paragraphs = clean_text(text, "ru", unknown)
    assert unknown.judged == 100 and unknown.unjudged == 500
    assert len(searched) == 100  # before: all 600
    assert " ".join(p.text for p in paragraphs).split() == words  # the text is all there


def test_the_import_says_how_many_words_were_not_judged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    words = made_up_words(300, seed=27)
    source = tmp_path / "words.txt"
    source.write_text("Слово за слово.\n\n" + "\n\n".join(" ".join(words[at:at + 10]) + "."
                                                         for at in range(0, len(words), 10)) + "\n", "utf-8")
    monkeypatch.setattr(suspects, "MOST_UNKNOWN_WORDS", 50)
    with Project.create(tmp_path / "proj", "ru", "en") as project:
        report = import_text(project, source, semantic=False)
    assert report.warnings == ("words.txt: 250 words no dictionary knows were not checked for OCR misreadings "
                               "(the first 50 were)",)
    assert report.segments == 31



@pytest.mark.parametrize(("lang", "piece", "kinds"), [
    ("ru", "12.03.1923 ", ["date", "month", "date"]),  # one chunk of digits the dates cut into parts
    ("ru", "1 1/2 ", ["number"]),
    ("en", "3 p.m. ", ["time"]),
])
def test_claimed_numbers_are_read_at_every_length(lang: str, piece: str, kinds: list[str | None]) -> None:
    """Each run of a thousand dates, fractions or times is read as a thousand; the spans they claim
    are found by bisection (`_Claims`), the free parts of a chunk in one pass."""
    from workbench.core.number_reader import NumberReader

    tokens = NumberReader(lang).read(piece * 1000)
    assert [token.kind for token in tokens] == kinds * 1000
    assert all(token.start == at // len(kinds) * len(piece) + piece.index(token.text)
               for at, token in enumerate(tokens) if len(kinds) == 1)


def test_claims_and_free_parts_agree_with_reading_every_span() -> None:
    from workbench.core.number_reader import _Claims, _free_parts

    rng = random.Random(26)
    for _ in range(300):
        claims, every = _Claims(), []
        for _ in range(rng.randrange(30)):
            start = rng.randrange(100)
            end = start + rng.randrange(1, 8)
            free = not any(s < end and start < e for s, e in every)
            assert claims.claim(start, end) == free
            if free:
                every.append((start, end))
        start = rng.randrange(100)
        end = start + rng.randrange(1, 40)
        parts = [(start, end)]
        for s, e in every:  # the reading of every span, as before
            parts = [p for a, b in parts for p in ((a, min(b, s)), (max(a, e), b)) if p[0] < p[1]]
        assert claims.overlapping(start, end) == sorted((s, e) for s, e in every if s < end and start < e)
        assert _free_parts(start, end, claims.overlapping(start, end)) == parts


def test_many_ambiguous_numbers_are_paired_by_their_reading_sets() -> None:
    """4,000 decades "1920s" against «1920-х» (two readings each: no twins) made Kuhn's paths cubic
    (1,000: 3.4 s, 2,000: 24 s); the reading sets are matched as a flow now."""
    from workbench.core.number_reader import compare_texts

    assert compare_texts("1920s " * 4000, "1920-х " * 4000, "en", "ru").agrees
    result = compare_texts("1920s " * 3000, "1920-х " * 2000 + "1930-х " * 50, "en", "ru")
    assert (len(result.missing), len(result.extra)) == (1000, 50)
    assert {token.text for token in result.extra} == {"1930-х"}

