"""Properties that hold across the pipeline, for any input hypothesis can think of.

Each test goes through the real stages, not one function: bytes are decoded,
cleaned and split as an import does; documents are imported and aligned into
a project; segments leave as TMX and come back; concepts go through a
project's termbase and out as TBX; and every QA check runs over arbitrary
text against the sample project's termbase. Example counts are bounded so
the file runs in well under a minute.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from termbase import safetext
from termbase.enforce import Enforcer
from termbase.formats import read_termbase_file, write_termbase_file
from termbase.model import Concept, Term, TermStatus
from workbench.core.checks import run_checks
from workbench.core.ingest.furniture import page_furniture
from workbench.core.ingest.importing import import_pairs, import_text, import_tmx, prepare_side
from workbench.core.project.exporting import export_project
from workbench.core.project.model import Segment, SegmentStatus
from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase, project_concepts
from workbench.errors import InputError
from workbench.formats.tmx import TmxFormat

REPO = Path(__file__).resolve().parent.parent
SAMPLE_TERMBASE = REPO / "projects" / "workers-clubs" / "termbase.csv"



def bounded(examples: int) -> settings:
    """A fixed number of examples and no per-example deadline: the machine is shared and slow."""
    return settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
    )


@contextmanager
def scratch_project() -> Iterator[Project]:
    """A fresh project per example (hypothesis cannot share pytest's function-scoped tmp_path)."""
    with tempfile.TemporaryDirectory() as folder, Project.create(Path(folder) / "p") as project:
        yield project


def letters(text: str) -> Counter[str]:
    return Counter(char for char in text if char.isalpha())


# -- strategies ------------------------------------------------------------------------

ENGLISH_WORDS = ["the", "club", "workers", "institution", "Soviet", "evening", "union", "NEPmen", "1923", "14th", "3,500"]
RUSSIAN_WORDS = ["клуб", "рабочие", "учреждение", "вечер", "профсоюз", "Советский", "1923", "XIV", "3 500"]
PUNCTUATION = [".", ",", ";", ":", "!", "?", "—", "«", "»", '"', "'", "(", ")", "…", "-"]


def ocr_text(words: list[str]) -> st.SearchStrategy[str]:
    """Hard-wrapped OCR-like text: words, punctuation, broken words, page numbers, stray marks."""
    word = st.one_of(
        st.sampled_from(words),
        st.text(alphabet=st.characters(min_codepoint=0x41, max_codepoint=0x24F, categories=("Lu", "Ll")), min_size=1, max_size=12),
        st.text(alphabet=st.characters(min_codepoint=0x410, max_codepoint=0x44F), min_size=1, max_size=12),
    )
    token = st.one_of(
        word,
        word.map(lambda w: w + "."),
        st.sampled_from(PUNCTUATION),
        st.tuples(word, word).map(lambda pair: f"{pair[0]}-\n{pair[1]}"),  # a word broken at a line end
        st.integers(1, 400).map(lambda n: f"\n\n{n}\n\n"),  # a page number between pages
        st.sampled_from(["\f", "\u00ad", "\u00a0", "\t", "\u202e", "\x1b[1m"]),
    )
    separator = st.sampled_from([" ", " ", " ", "\n", "\n\n", "  ", "\n    "])
    return st.lists(st.tuples(token, separator), min_size=1, max_size=60).map(
        lambda pairs: "".join(t + s for t, s in pairs)
    )


def sentence(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words), min_size=1, max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")


def document(words: list[str]) -> st.SearchStrategy[str]:
    paragraph = st.lists(sentence(words), min_size=1, max_size=4).map(" ".join)
    return st.lists(paragraph, min_size=1, max_size=5).map(lambda ps: "\n\n".join(ps) + "\n")


# Segment text: anything XML 1.0 can carry, plus what a TMX writer must get right.
xml_char = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00").filter(
    lambda c: c in "\t\n\r" or ("\x20" <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd") or c >= "\U00010000"
)
segment_text = st.lists(
    st.one_of(
        st.text(xml_char, min_size=1, max_size=20),
        st.sampled_from(["⟦ph1⟧", "⟦bpt1⟧", "⟦ept1⟧", "⟦hi⟧x⟦/hi⟧", "⟦/ph1⟧", "]]>", "&amp;", "<b>", "[bold]", "\r\n", "  "]),
    ),
    min_size=1,
    max_size=5,
).map("".join).filter(lambda text: text.strip() != "")

term_text = st.text(
    alphabet=st.characters(categories=("L", "N", "Zs", "Pd", "Po"), exclude_characters="\x85\xa0"),
    min_size=1,
    max_size=20,
).map(lambda t: " ".join(t.split())).filter(bool)
concept_id = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=10).map(lambda s: "c" + s)


@st.composite
def concepts(draw: st.DrawFn) -> list[Concept]:
    ids = draw(st.lists(concept_id, min_size=1, max_size=6, unique=True))
    made = []
    for cid in ids:
        terms: list[Term] = []
        for lang in ("en", "ru"):
            texts = draw(st.lists(term_text, min_size=1, max_size=3, unique_by=lambda t: t.casefold()))
            for text in texts:
                term = Term(text, lang, draw(st.sampled_from(list(TermStatus))))
                if all(term.key != other.key for other in terms):
                    terms.append(term)
        note = draw(st.one_of(st.none(), term_text))
        made.append(Concept(cid, note=note, definition=draw(st.one_of(st.none(), term_text)), terms=tuple(terms)))
    return made


# -- cleanup and segmentation lose no letters ---------------------------------------------


@bounded(150)
@given(text=ocr_text(ENGLISH_WORDS + RUSSIAN_WORDS), lang=st.sampled_from(["en", "ru"]))
def test_decoding_cleanup_and_segmentation_lose_no_letters(text: str, lang: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "doc.txt"
        file.write_bytes(text.encode("utf-8"))
        try:
            side = prepare_side(file, lang)
        except InputError:
            assume(False)  # empty, or nothing but furniture: refused, which is fine
            return
        decoded = side.decoded.text
    sentences = "".join(s.text for s in side.sentences)
    paragraphs = "".join(p.text for p in side.paragraphs)
    dropped = "".join(page_furniture(decoded))
    assert letters(paragraphs) == letters(sentences)
    # Decoding removes terminal escape sequences whole, letters and all ("ESC [1m").
    assert letters(sentences) + letters(dropped) == letters(text.replace("\x1b[1m", ""))


# -- alignment through the project -------------------------------------------------------------


@bounded(40)
@given(source=document(ENGLISH_WORDS), target=document(RUSSIAN_WORDS))
def test_imported_alignment_is_monotone_and_covers_every_sentence_once(source: str, target: str) -> None:
    with scratch_project() as project:
        folder = project.path.parent
        (folder / "d.en.txt").write_text(source, "utf-8")
        (folder / "d.ru.txt").write_text(target, "utf-8")
        report = import_text(project, folder / "d.en.txt", folder / "d.ru.txt")
        segments = project.segments()
        for side, count in (("source", report.source_sentences), ("target", report.target_sentences)):
            ranges = [getattr(s, f"{side}_range") for s in segments]
            assert all(r is not None for r in ranges)
            covered = [i for start, end in ranges for i in range(start, end)]  # type: ignore[misc]
            assert covered == list(range(count)), (side, ranges)
            stored = [r[0] for r in project.db.execute(
                "select text from sentences where side = ? order by seq", [side]
            )]
            joined = " ".join(getattr(s, side) for s in segments if getattr(s, side))
            assert joined == " ".join(stored)


# -- TMX: export then import is the identity -------------------------------------------------------

stored_text = segment_text.map(safetext.clean).filter(lambda text: text.strip() != "")
"""Text as any import stores it: without control characters or bidi overrides, which every
import path removes (so a TMX round trip of text holding them gives back the cleaned text)."""


@bounded(60)
@given(
    pairs=st.lists(
        st.tuples(stored_text, stored_text, st.sampled_from(["draft", "translated", "reviewed"])), min_size=1, max_size=8
    )
)
def test_tmx_export_then_import_gives_back_the_same_segments(pairs: list[tuple[str, str, str]]) -> None:
    with scratch_project() as first, scratch_project() as second:
        file = first.path.parent / "pairs.txt"
        file.write_text("made by the test", "utf-8")
        import_pairs(first, file, pairs, kind="tsv")
        exported = first.path.parent / "out.tmx"
        report = export_project(first, exported, TmxFormat(), all_pairs=True)
        assert report.removed_characters == 0
        import_tmx(second, exported)
        assert [(s.source, s.target, str(s.status)) for s in second.segments()] == pairs


# -- TBX: through the project's termbase and back ----------------------------------------------------


@bounded(60)
@given(made=concepts(), version=st.sampled_from(["2019", "2"]))
def test_tbx_export_then_import_gives_back_the_same_concepts(made: list[Concept], version: str) -> None:
    with scratch_project() as project:
        with open_project_termbase(project) as termbase:
            termbase.import_concepts(made)
        exported = project.path.parent / "out.tbx"
        write_termbase_file(project_concepts(project), exported, source_lang="en", tbx_version=version)
        again = read_termbase_file(exported)
    assert {c.id: c for c in again} == {c.id: c for c in made}


# -- checks never crash ---------------------------------------------------------------------------------

SAMPLE_CONCEPTS = read_termbase_file(SAMPLE_TERMBASE)
ENFORCER = Enforcer(SAMPLE_CONCEPTS, "en", "ru")
SAMPLE_TERMS = [t.text for c in SAMPLE_CONCEPTS for t in c.terms]
check_text = st.lists(
    st.one_of(st.text(max_size=30), st.sampled_from(SAMPLE_TERMS), st.sampled_from(["3,500", "1920s", "XIV", "«", "»", "  ", "[/]", "клуб\U00017000"])),
    max_size=6,
).map(" ".join)


@bounded(150)
@given(pairs=st.lists(st.tuples(check_text, check_text, st.sampled_from(list(SegmentStatus))), min_size=1, max_size=8))
def test_checks_never_crash_on_arbitrary_unicode(pairs: list[tuple[str, str, SegmentStatus]]) -> None:
    segments = [
        Segment(id=i, document_id=1, position=i, source=source, target=target, status=status, confidence=None, locked=False)
        for i, (source, target, status) in enumerate(pairs, start=1)
    ]
    findings = run_checks(segments, source_lang="en", target_lang="ru", enforcer=ENFORCER)
    for finding in findings:
        segment = segments[finding.segment - 1]
        for spans, text in ((finding.source_spans, segment.source), (finding.target_spans, segment.target)):
            assert all(0 <= start <= end <= len(text) for start, end in spans), (finding, text)
        assert finding.message.strip()
