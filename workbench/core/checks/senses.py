"""Sense exceptions kept in `project.db`: "another sense here", said once, applied by context.

A `term-missing` or `term-forbidden` finding raised by another sense of the word ("bill" of a
bird, «лук» as a bow) comes back in every segment that uses the word so. Accepting it
(`acceptance`) silences one segment; a sense exception is remembered for its *context* instead:
the translator marks one occurrence as another sense (or confirms one as the term), and every
later occurrence of the concept whose context `termbase.senses.judge` finds closer to an
exception than to any confirmation gets its finding downgraded to `info`, with a message saying
which segment's answer it follows and why (the shared neighbours, or the rendering «клюв» found
in the target). The finding is downgraded, not dropped: it stays listed, so a wrong exception
shows itself, and `workbench term sense remove` (or the TUI's list) takes one back.

Each answer stores the text it was given for (the segment's side and its span, and the target),
not a computed context: the context is worked out again from them under the current policy, so a
better policy applies to old answers too. Every mark and removal is committed at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from termbase import safetext
from termbase.enforce import Enforcer
from termbase.normalize import fold_word, token_spans
from termbase.senses import (
    SenseAnswer,
    SenseContext,
    SenseVerdict,
    content_lemmas,
    context_of,
    judge,
    rendering_of,
)
from workbench.core.checks.base import Finding
from workbench.core.project import Project, Segment, utc_now
from workbench.errors import InputError
from workbench.wording import N_, phrase, worded

TABLE = "sense_answers"
SENSE_CHECKS = frozenset({"term-missing", "term-forbidden"})
"""The findings a sense exception can downgrade: those a word's other sense raises."""


@dataclass(frozen=True)
class StoredSense:
    """One answer as `project.db` keeps it."""

    id: int
    segment_id: int
    position: int | None
    """The segment's position now (None once the segment is gone: re-aligned or merged)."""
    concept: str
    other_sense: bool
    """True: another sense here (an exception); False: the term (a confirmation)."""
    side: str
    """`source` or `target`: where the occurrence stands (a forbidden target word whose concept
    the source does not name is marked on the target side)."""
    text: str
    """That side's text when the answer was given."""
    start: int
    end: int
    target: str
    """The segment's target when the answer was given."""
    rendering: str
    """The target word the translator named as this sense's rendering, if any."""
    answered_at: str

    @property
    def words(self) -> str:
        """The occurrence as written."""
        return self.text[self.start : self.end]

    def answer(self, source_lang: str, target_lang: str) -> SenseAnswer:
        """The library's view of this answer, its context worked out again."""
        if self.side == "source":
            context = context_of(self.concept, self.text, self.start, self.end, source_lang,
                                 target=self.target, target_lang=target_lang)
        else:
            context = context_of(self.concept, self.text, self.start, self.end, target_lang)
        return SenseAnswer(
            context, self.other_sense,
            rendering=rendering_of(self.rendering, target_lang) if self.rendering else (),
            rendering_text=self.rendering,
            where=str(self.position) if self.position is not None else "",
        )


def _exists(project: Project) -> bool:
    return project.conn.execute(
        "select 1 from sqlite_master where type = 'table' and name = ?", (TABLE,)
    ).fetchone() is not None


def list_senses(project: Project) -> list[StoredSense]:
    """Every stored answer, oldest first, with its segment's position now."""
    if not _exists(project):
        return []
    rows = list(project.query(f"select * from {TABLE} order by id"))
    if not rows:  # the editor asks at every save: no answers, no reading of the segments
        return []
    # The positions of the answered segments only, in SQL: building every segment (50,000 in a
    # book) at each save of the editor would be a wait.
    positions = dict(project.conn.execute(
        "select id, position from (select s.id, row_number() over (order by d.seq, s.seq, s.id) as position "
        f"from segments s join documents d on d.id = s.document_id) where id in (select segment_id from {TABLE})"
    ).fetchall())
    return [
        StoredSense(row["id"], row["segment_id"], positions.get(row["segment_id"]), row["concept"],
                    bool(row["other_sense"]), row["side"], row["text"], row["start"], row["end"],
                    row["target"], row["rendering"], row["answered_at"])
        for row in rows
    ]


def sense_answers(project: Project) -> tuple[SenseAnswer, ...]:
    """The answers as `run_checks(senses=...)` weighs them."""
    langs = project.config.source_lang, project.config.target_lang
    return tuple(stored.answer(*langs) for stored in list_senses(project))


def remove_sense(project: Project, answer_id: int) -> StoredSense:
    """Forget one answer (by the id `list_senses` gives); its findings are reported again."""
    found = next((stored for stored in list_senses(project) if stored.id == answer_id), None)
    if found is None:
        raise InputError.worded(N_("no sense answer {id}: `workbench term sense list` shows them"), id=answer_id)
    with project.transaction() as db:
        db.execute(f"delete from {TABLE} where id = ?", [answer_id])
    return found


def mark_sense(
    project: Project, position: int, *, other_sense: bool, concept: str | None = None, rendering: str = "",
    infer_rendering: bool = False,
) -> list[StoredSense]:
    """Mark every occurrence of a concept in the segment at `position` (1-based) as another sense
    of the word (`other_sense`) or as the term; one answer per occurrence, committed at once.

    The occurrences are the source's terms of the concept; where the source names none, the
    target's forbidden terms of it (a word the source does not name, `term-forbidden`'s
    warning). `concept` must say which concept where the segment has several. `rendering` is the
    target word the translator used for this sense («клюв»); for a forbidden target term it is
    that term as written, unless given. With `infer_rendering`, an "another sense" answer given
    without one takes the rendering the project's pairs give (`project_rendering`): the CLI's
    `term sense mark` without `--rendering`; the TUI asks the translator instead, who may
    choose none.
    """
    from workbench.core.terminology import project_enforcer

    found = project.segment_at(position)
    if found is None:
        raise InputError.worded(N_("no segment {position}: the project has {count} segments"),
                                position=position, count=project.segment_count())
    segment = found
    enforcer = project_enforcer(project)
    if enforcer is None:
        raise InputError.worded(N_("the project has no termbase: there is no term to mark"))
    result = enforcer.check_many([(segment.source, segment.target)])[0]
    source = {check.source.span: check.concept.id for check in result.source}
    target = {match.span: match.concept_id for match in result.forbidden}
    named = sorted(set(source.values()) | set(target.values()))
    if not named:
        raise InputError.worded(N_("segment {position} names no term of the termbase"), position=position)
    if concept is None:
        if len(named) > 1:
            raise InputError.worded(N_("segment {position} names several concepts ({concepts}); say which with "
                                       "--concept"), position=position, concepts=", ".join(named))
        concept = named[0]
    elif concept not in named:
        raise InputError.worded(N_("segment {position} names no term of concept {concept} (concepts: {listed})"),
                                position=position, concept=repr(concept), listed=", ".join(named))
    rendering = " ".join(safetext.clean(rendering).split())
    side, text = "source", segment.source
    spans = [span for span, cid in source.items() if cid == concept]
    if not spans:
        side, text = "target", segment.target
        spans = [span for span, cid in target.items() if cid == concept]
    elif not rendering and other_sense:
        # The forbidden word the translator wrote for this concept is what renders this sense;
        # without one, the word the project's own pairs render the source word by here.
        rendering = next((segment.target[s:e] for (s, e), cid in target.items() if cid == concept), "")
        if not rendering and infer_rendering:
            rendering = project_rendering(project, segment, [segment.source[s:e] for s, e in spans], concept,
                                          enforcer, project.config.target_lang)
    when = utc_now()
    with project.transaction() as db:
        for start, end in spans:
            db.table(TABLE).insert({
                "segment_id": segment.id, "concept": concept, "other_sense": int(other_sense), "side": side,
                "text": text, "start": start, "end": end, "target": segment.target, "rendering": rendering,
                "answered_at": when,
            })
    return [stored for stored in list_senses(project) if stored.segment_id == segment.id
            and stored.answered_at == when and stored.concept == concept]


MIN_TOGETHER = 2
"""Pairs of the project in which a source word and a target word must stand together before the
target word is taken for its rendering: in one pair alone every word of the target would do."""
MIN_DICE = 0.5
"""And their Dice coefficient at least this: a word the target uses as often elsewhere ("table",
"gentleman" beside «бог») is the text's, not the rendering's. Set on `bench.terms_bilingual`
(dev data; the renderings it then takes: "carriage", "o'clock", "heaven")."""
_STEM = 4
"""Letters of a folded word that every form of it shares often enough to pick out, by a substring
test, the texts worth reading for it («линейке», «линейкой» -> «лине»; "carriages" -> "carr")."""


def project_rendering(project: Project, segment: Segment, words: Sequence[str], concept: str,
                      enforcer: Enforcer, target_lang: str) -> str:
    """The target word (a lemma) by which the project's pairs render the concept's source `words`
    where `segment`'s translation has it: of the target's content lemmas other than the
    concept's approved terms, the one that stands with the source word in the most pairs
    relative to how often either stands alone (Dice: 2 · together / (pairs naming the word +
    targets holding the lemma)), found together at least `MIN_TOGETHER` times with a Dice of
    `MIN_DICE` or more; "" where none is. Common words (`termbase.senses.content_lemmas`) are
    no rendering. A translator who marks «линейке» "the carriage" as another sense once thereby names
    the carriage, and every later pair with «линейка» and "carriage" falls under the answer
    whatever the words around it: one answer covers the same word rendered the same way.

    Only the pairs worth reading are lemmatised and matched (`_pairs_worth_reading`: at most
    `RENDERING_PAIRS`, spread over the project), so a project of a million pairs that all hold
    the word costs what a few thousand do."""
    approved = {lemma for term in enforcer.concept(concept).approved(target_lang)
                for lemma in rendering_of(term.text, target_lang)}
    candidates = sorted(content_lemmas([token for token, _, _ in token_spans(segment.target)], target_lang)
                        - approved)
    stems = {fold_word(word)[:_STEM] for word in words if word}
    if not candidates or not stems:
        return ""
    together: Counter[str] = Counter()
    named = 0
    holding: Counter[str] = Counter()
    matcher = enforcer.source_matcher
    prefixes = {c[:_STEM] for c in candidates}
    for source, target in _pairs_worth_reading(project, stems, prefixes):
        folded = target.casefold()
        maybe = [c for c in candidates if c[:_STEM] in folded]
        lemmas = set(rendering_of(target, target_lang)) if maybe else set()
        holding.update(c for c in maybe if c in lemmas)
        if any(stem in source.casefold() for stem in stems) and any(
                m.concept_id == concept for m in matcher.find(source)):
            named += 1
            together.update(c for c in maybe if c in lemmas)
    dice = {c: 2 * together[c] / (named + holding[c]) for c in candidates if holding[c]}
    best = max(dice, key=lambda c: (dice[c], together[c]), default="")
    return best if together[best] >= MIN_TOGETHER and dice[best] >= MIN_DICE else ""


RENDERING_PAIRS = 2_000
"""Pairs worth reading (`_pairs_worth_reading`) that `project_rendering` lemmatises and matches at
most: about half a second. Past it the counts come from an evenly spread sample of that many, and
the Dice coefficient with them: on 100,000 pairs all holding the word, 20 s of CPU and 490 MB
before. The bench's projects (`bench.terms_bilingual --senses`) stay under it."""


def _pairs_worth_reading(project: Project, stems: set[str], prefixes: set[str]) -> Iterator[tuple[str, str]]:
    """The (source, target) pairs whose source may name the word (holds one of its `stems`) or
    whose target may hold a candidate rendering (one of `prefixes`), in the order stored: every
    one, or every k-th where more than `RENDERING_PAIRS` are, k chosen to keep that many. Read
    from the database a row at a time, not as segments: the other pairs only pass a substring test.
    """

    def worth(source: str, target: str) -> bool:
        folded = target.casefold()
        if any(prefix in folded for prefix in prefixes):
            return True
        folded = source.casefold()
        return any(stem in folded for stem in stems)

    sql = ("select s.source, coalesce(s.target, '') from segments s join documents d on d.id = s.document_id "
           "order by s.id")
    kept: list[tuple[str, str]] = []
    count = 0
    for source, target in project.conn.execute(sql):
        if worth(source, target):
            count += 1
            if count <= RENDERING_PAIRS:
                kept.append((source, target))
    if count <= RENDERING_PAIRS:
        yield from kept
        return
    kept.clear()
    step = -(-count // RENDERING_PAIRS)
    seen = 0
    for source, target in project.conn.execute(sql):
        if worth(source, target):
            if seen % step == 0:
                yield source, target
            seen += 1


def sense_context(segment: Segment, span: tuple[int, int], side: str, concept: str,
                  source_lang: str, target_lang: str, *, rendering: bool = True) -> SenseContext:
    """The context of an occurrence in a segment, as an answer's context is worked out; without
    `rendering`, a source occurrence's context leaves the target out, so no answer's rendering
    can be found there."""
    if side == "source":
        return context_of(concept, segment.source, *span, source_lang, target=segment.target if rendering else "",
                          target_lang=target_lang)
    return context_of(concept, segment.target, *span, target_lang)


def apply_senses(
    finding: Finding, segment: Segment, answers: Sequence[SenseAnswer], source_lang: str, target_lang: str,
) -> Finding:
    """`finding` downgraded to `info`, saying why, when every occurrence it names falls under a
    sense exception (`termbase.senses.judge`); otherwise `finding` itself."""
    if finding.check not in SENSE_CHECKS or finding.concept is None:
        return finding
    concept = finding.concept
    if not any(answer.other_sense and answer.context.concept_id == concept for answer in answers):
        return finding
    side, spans = ("source", finding.source_spans) if finding.source_spans else ("target", finding.target_spans)
    # A forbidden word's finding is raised by the very word an answer's rendering would find in the
    # target (the forbidden term as the translator wrote it there): for it a rendering is no
    # evidence of the other sense, only the neighbours are.
    verdicts: list[SenseVerdict] = []
    for span in spans:
        verdict = judge(sense_context(segment, span, side, concept, source_lang, target_lang,
                                      rendering=finding.check != "term-forbidden"), answers)
        if verdict is None:
            return finding
        verdicts.append(verdict)
    if not verdicts:
        return finding
    text = segment.source if side == "source" else segment.target
    words = ", ".join(dict.fromkeys(f"“{text[s:e]}”" for s, e in spans))
    first = verdicts[0]
    shared = ", ".join(f"“{word}”" for word in first.shared)
    if first.by_rendering and first.shared:
        why = phrase(N_(": the translation has «{rendering}» here too, and the word stands beside {words} as it did there"),
                     rendering=first.answer.rendering_text, words=shared)
    elif first.by_rendering:
        why = phrase(N_(": the translation has «{rendering}» here too"), rendering=first.answer.rendering_text)
    else:
        why = phrase(N_(": the word stands beside {words} as it did there"), words=shared)
    where = first.answer.where or "?"
    return replace(
        finding, severity="info",
        **worded(N_("{words} in another sense here, as marked in segment {position}{why}."),
                 words=words, position=where, why=why),
    )


def rows_as_json(senses: Sequence[StoredSense]) -> list[dict[str, object]]:
    """The JSON of `workbench term sense list`."""
    return [
        {"id": s.id, "segment": s.position, "concept": s.concept,
         "answer": "other-sense" if s.other_sense else "confirmed", "side": s.side, "words": s.words,
         "rendering": s.rendering, "answered_at": s.answered_at}
        for s in senses
    ]

