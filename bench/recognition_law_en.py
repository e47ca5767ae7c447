"""Held-out law terms, English group: a homograph-heavy termbase of law and the courts on
public-domain writing of 1862-1881 about the law and trials, a domain no earlier term set has read.

A held-out set of issue 15 made after the music, seamanship and finance sets. Every set before it
(`bench.recognition_ru_real`, `bench.recognition_ru_games`, `bench.recognition_ru_prose`,
`bench.recognition_en_prose`, `bench.recognition_domain`, `bench.recognition_issue15`,
`bench.recognition_science_en`, `bench.recognition_essays`, `bench.recognition_music_en`,
`bench.recognition_seamanship_en`, `bench.recognition_finance_en`, `bench.recognition_homographs`,
`bench.recognition_tolstoy`, `bench.recognition_dostoevsky`, `bench.recognition_bryusov` and their
other groups) was read to fix the matcher or is dev data; in the music, sea and finance sets most
false matches were another sense of the word. This one asks issue 15's question again in a trade
whose terms are everyday words: a lawyer's action, party, case, charge, brief, will, term and trial.

``bench/data/recognition_law/termbase_en.csv`` holds 71 concepts (76 terms) written from the
dictionary and committed before any prose was read or drawn, none of them (and no term's text) the
music, seamanship or finance set's, each with its ``pos``, ``subject`` (law, criminal law, property
law, law of contract, of succession, of torts, of equity) and a one-line ``definition`` of the
sense meant: nouns whose word has a common other sense (action, party, consideration, brief,
hearing, sentence, estate, trial, court, suit, case, charge, bench, counsel, judgment, title, deed,
trust, possession, property, plea, appeal, motion, conviction, defence, offence, act, term,
justice, pardon, remedy, legacy, assize) or is also a common verb (witness, judge, contract,
warrant, bail, lease, trespass, and will, also the modal, with its synonym testament, also the Old
and the New), a few with little ambiguity, for recall (jury, verdict, attorney, solicitor,
barrister, defendant, plaintiff, evidence, prosecution, heir, executor, codicil, tenant, tort,
felony), verbs whose word has another sense or is a noun (try, convict, devise, plead, sue,
acquit), adjectives with another sense (civil, void), spelling synonyms (judgement, defense,
offense, lawsuit) and multiword terms whose words meet apart (common law, grand jury, next of kin,
power of attorney, breach of contract, real property).

Sources: three Project Gutenberg books in the public GITenberg repositories, read at bench time
from their mirrored git directories at the commits of `WORKS`, each file checked by its sha256;
nothing of their text is committed, only where each annotated paragraph is (work and paragraph
number) and a digest of its text: Oliver Wendell Holmes, Jr., *The Common Law* (1881; lectures on
liability, possession, contract and succession, with its notes of cases), Anthony Trollope,
*Orley Farm* (1862), a novel of a forged codicil, a lawsuit over an estate and a trial for
perjury, and Wilkie Collins, *The Law and the Lady* (1875), a novel of a wife who reads the
report of her husband's Scottish trial for murder and its verdict «Not Proven»; the two novels'
talk uses the terms' words in their everyday senses as often as in the courts'. None is a work of
align-dev, of the alignment sets or of the earlier term sets (the Holmes mirror was fetched in
session 23 but read by no set).

How the set was built (termheld15 helper, session 24, 2026-12-05), before any matcher ran on it and
without reading ``termbase/``: each work's text between Project Gutenberg's start and end marks,
one paragraph a line (`bench.recognition_en_prose.paragraphs`); candidates by lexeme membership
with no context (`bench.recognition_domain_en.candidates`: lemminflect lemmas in the term's part of
speech, a multiword run hiding its words), paragraphs of at most `MAX_CHARS` characters, a repeat
once, up to `PER_CONCEPT` per concept drawn with `SEED` over the three works, up to
`PER_OTHER_READING` more per concept and work where a form of the concept's word reads only as
another part of speech (`bench.recognition_science_en.other_readings`) and up to
`PER_EVERYDAY_WORK` more per concept from each novel; every candidate read and labelled by hand as
``hit`` or ``near-miss`` with why in ``bench/data/recognition_law/occurrences_en.tsv``. The quotas
were chosen by counting the rows of a few settings (never reading them) so that one reader could
label the draw in the session; the first draw (1 other reading a work, 1 more paragraph a novel;
710 rows) was labelled whole, then the other-reading quota was raised to 2 to draw more verb forms
beside the modals (38 rows more) and the novels' quota to 2 to draw more everyday senses (83 rows
more); a quota only adds paragraphs (a concept's shuffle does not depend on it), so every row
labelled before stayed in the draw.

The rules of the reading: a hit is the concept's legal sense in any inflection, in running text,
notes of cases, headings, titles of books and the names of courts alike («Southcote's Case»,
«Addison on Torts», «Evans on Pleading», «the King's Bench», «the Court of Appeals», «the Lord
Justice Clerk»), and in a metaphor that keeps it («turning yourself into a Court of Appeal for a
new Trial»); «will» only the testament, the modal («will», «would») a verb form and one's volition
(«against the will of the defendant», «a will of his own») another sense; «appeal» only to a higher
court, Holmes's old appeal of felony (a private accusation, «the appeals de pace et plagis»)
another sense; «case» a lawsuit or reported decision, also the old action on the case («the action
was case»), while «in that case», an example put in argument, «the justice of their case» in a
quarrel, a book-case and a dressing-case are other senses; «charge» an accusation, a judge's charge
to the jury and a charge on land (a burden) other senses and «charged with perjury» a verb form;
«act» a statute, a deed done («all acts are indifferent per se») another sense; «term» a period,
the terms of a contract, words and «affectionate terms» other senses; «justice» a judge, fairness,
«do me justice» and Justice personified other senses; «assize» a session of the courts, Holmes's
writ of assize another sense; «suit» a lawsuit, Holmes's suit of court (a feudal service) another
sense; «party» a side in a lawsuit or a contract («the other party»), «the guilty party», a
colloquial person and «both parties» to a quarrel other senses; «civil» of private rights, the
Roman civil law and being polite other senses; «try» to examine in court (an issue «tried» by
inquest too), attempting another sense; «plead» in court, and the law of pleadings («criminal
pleading»), begging or urging another sense; «witness» one who gives or attests, to witness a
signature a verb form, «God is my witness» and an onlooker other senses; «possession» legal
control, of facts or of oneself another sense; «conviction» a finding of guilt, a belief another
sense; «defence» the case for the accused, of one's motives or against rumour another sense; the
Solicitor-General (a law officer) another sense of the solicitor; «judge» the verb («judge not») a
verb form, Judge Staveley at a parlour game a judge; «devise» the noun (a devise of land) labelled
"a noun", the term being the verb; «hearing» a gerund of hearing sounds or news a verb form. The
reading (2026-12-05, one reader): 386 paragraphs (Holmes 81, Trollope 190, Collins 115), 831
rows, **475 hits and 356 near-misses** (147 other senses, 133 modals «will» and «would», 64 other
verb forms, 6 adjectives, 4 participles, 2 nouns). Breach of contract, felony, grand jury, lease,
legacy, power of attorney and real property drew no paragraph; act, devise, hearing, motion,
pardon, term, trust and warrant drew only near-misses.

    python -m bench.recognition_law_en draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

from pathlib import Path

from bench.align_heldout import SourceFile, read_source
from bench.alignment_corpus import CACHE
from bench.recognition_en_prose import paragraphs
from bench.recognition_quality import Case
from bench.recognition_ru_prose import quality_of, read_line_set
from bench.recognition_ru_real import Candidate, command
from bench.recognition_science_en import drawn_paragraphs
from termbase.model import Concept

DATA = Path(__file__).resolve().parent / "data" / "recognition_law"
TERMBASE = DATA / "termbase_en.csv"
ANNOTATIONS = DATA / "occurrences_en.tsv"
WORKS = {
    "holmes-common-law": SourceFile(
        "GITenberg/The-Common-Law_2449",
        "c6aa3c271ecd124b7324dca37ac1abe2d6ea338d", "2449.txt",
        "0e7701fa451e5ebf99587628b90f10fe09fd7d9c6f4f532d006990d4b525ae78"),
    "trollope-orley-farm": SourceFile(
        "GITenberg/Orley-Farm_23000",
        "c1605a57ab300bb66c7fbd90312fb03632261798", "23000.txt",
        "2e9d203b7ed888535091a2f590482f5274cc70b08dd2d4c10c087d140edca619"),
    "collins-law-and-the-lady": SourceFile(
        "GITenberg/The-Law-and-the-Lady_1622",
        "3cb70a935672127b58f871d0e0c7d10bd1353f77", "1622-0.txt",
        "e47e0f6a75af54dc3c9d90263b1646337e87d9d1564c82d6261156ba2dd988ee"),
}
"""Each work's document name and its file in a GITenberg repository."""
SEED = 2415
PER_CONCEPT = 4
PER_OTHER_READING = 2
"""Up to how many more paragraphs each work gives a concept where its word has a form
lemminflect reads only as another part of speech (`other_readings`)."""
PER_EVERYDAY_WORK = {"trollope-orley-farm": 2, "collins-law-and-the-lady": 2}
"""Up to how many more paragraphs per concept a work gives whose talk uses the terms' words in
their everyday senses at least as often as in the law's: in the novels a pardon is begged, a
sentence is written and a will is a wish, while Holmes nearly always means his terms."""
MAX_CHARS = 400


def documents() -> dict[str, list[str]]:
    """Every work as a document of one paragraph a line, between Project Gutenberg's marks."""
    return {name: paragraphs(read_source(source)) for name, source in WORKS.items()}


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short paragraphs per concept, drawn with `SEED` over all the works, up
    to `PER_OTHER_READING` more per concept from each work holding a form of another part of
    speech (`other_readings`) and up to `PER_EVERYDAY_WORK` more from a work of everyday prose;
    every candidate of each, in reading order."""
    return drawn_paragraphs(concepts, docs, MAX_CHARS, SEED, PER_CONCEPT, PER_OTHER_READING, PER_EVERYDAY_WORK)


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the mirrored works, and the number of near-misses."""
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_law_en_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
