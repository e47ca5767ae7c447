"""Held-out finance terms, English group: a homograph-heavy termbase of banking, money and the
stock exchange on public-domain writing of 1841-1875 about money and speculation, a domain no
earlier term set has read.

A held-out set of issue 15 made after the music and seamanship sets. Every set before it
(`bench.recognition_ru_real`, `bench.recognition_ru_games`, `bench.recognition_ru_prose`,
`bench.recognition_en_prose`, `bench.recognition_domain`, `bench.recognition_issue15`,
`bench.recognition_science_en`, `bench.recognition_essays`, `bench.recognition_music_en`,
`bench.recognition_seamanship_en`, `bench.recognition_homographs`, `bench.recognition_tolstoy` and
their other groups) was read to fix the matcher and is dev data; in the music and the sea sets most
false matches were another sense of the word. This one asks issue 15's question again in a trade
whose terms are everyday words: a banker's bill, bond, stock, share, interest, credit and house.

``bench/data/recognition_finance/termbase_en.csv`` holds 64 concepts (66 terms) written from the
dictionary and committed before any prose was read or drawn, none of them (and no term's text) the
music or the seamanship set's, each with its ``pos``, ``subject`` (finance, banking, money, stock
exchange, business) and a one-line ``definition`` of the sense meant: nouns whose word has a common
other sense (bill, bond, security, interest, stock, capital, principal, premium, par, reserve,
balance, credit, account, bank, bull, bear, issue, run, panic, bubble, board, house, concern,
paper, change, sovereign, crown, pound, guinea, drawer, bearer, acceptance, failure, corner,
exchange, promoter, till, mint, City) or is also a common verb or adjective (draft, cheque and its
synonym check, share, return, yield, discount, deposit, call, option, margin, firm, coin, cash),
a few with little ambiguity, for recall (dividend, scrip, bullion, liability), and multiword terms
whose words meet apart (bill of exchange, money market, stock exchange, joint stock, bank note,
promissory note, legal tender, clearing house, bank rate); the prose adds names that clash with
terms (Exchange Alley, Change Alley, John Bull, a proofreader named Bill, a character named Banks).

Sources: three Project Gutenberg books in the public GITenberg repositories, read at bench time
from their mirrored git directories at the commits of `WORKS`, each file checked by its sha256;
nothing of their text is committed, only where each annotated paragraph is (work and paragraph
number) and a digest of its text: Walter Bagehot, *Lombard Street: A Description of the Money
Market* (1873), Charles Mackay, *Memoirs of Extraordinary Popular Delusions and the Madness of
Crowds* (1841; the Mississippi scheme, the South-Sea Bubble and the tulip mania, then alchemists,
prophets, witches and crusades) and Anthony Trollope, *The Way We Live Now* (1875), a novel of a
swindling financier, his railway board and its shares, whose talk uses the terms' words in their
everyday senses as often as in the City's. None is a work of align-dev, of the alignment sets or
of the earlier term sets.

How the set was built (termheld13 helper, session 23, 2026-12-05), before any matcher ran on it
and without reading ``termbase/``: each work's text between Project Gutenberg's start and end
marks, one paragraph a line (`bench.recognition_en_prose.paragraphs`); candidates by lexeme
membership with no context (`bench.recognition_domain_en.candidates`: lemminflect lemmas in the
term's part of speech, a multiword run hiding its words), paragraphs of at most `MAX_CHARS`
characters, a repeat once, up to `PER_CONCEPT` per concept drawn with `SEED` over the three works,
up to `PER_OTHER_READING` more per concept and work where a form of the concept's word reads only
as another part of speech (`bench.recognition_science_en.other_readings`) and up to
`PER_EVERYDAY_WORK` more per concept from Trollope and Mackay; every candidate read and labelled by
hand as ``hit`` or ``near-miss`` with why in ``bench/data/recognition_finance/occurrences_en.tsv``.
The everyday quota was added once while labelling, because the first draw (659 rows) held only 84
other senses (drafted at 2 and 1, then set to 5 and 3 before any of its rows was read); a quota only adds paragraphs (a concept's shuffle does not depend on it), so every
row labelled before stayed in the draw.

The rules of the reading: a hit is the concept's financial sense in any inflection, in running
text, tables, headings and index lines alike, and inside a proper name when the word keeps that
sense (the Bank of England, the Joint Stock Banks, the Bullion Committee, the South-Sea Bubble, the
City and West End Joint Stock); «banking» (the trade, the Banking Department) is the verb's gerund,
not the bank; «bill» is a hit as a bill of exchange or an Exchequer bill, a bill before Parliament,
an invoice and «pays all his bills» other senses; «City» only the City of London as the money
market, lower-case too («see him in the city»), a town, the city of Glasgow in a bank's name and
«the city of London» as a corporation other senses; «call» only a call on shares, money «at call»
or «on call» (repayable on demand) another sense; «house» a firm (commercial houses), a dwelling,
a club's house and the House of Commons other senses; «concern» a business («large concerns in
hand»), a worry, importance and one's affairs other senses; «paper» bills and IOUs as a class
(«he issued paper»), paper currency, newspapers, documents and the material other senses;
«interest» money paid for money lent («good interest on your money», «back interest»), a life
interest, a stake in a newspaper, one's advantage and curiosity other senses; «credit» trust that
lets one borrow («get my hair cut on credit», «public credit»), «give him credit for» and «to his
credit» other senses; «failure» only of a bank or firm unable to pay, a scheme's, a crusade's or a
man's failure other senses; «change» money given for a cheque, an alteration another sense;
«stock» shares or funded capital, a store («stock of bullion», «stock of money») and Melmotte's
standing («the rise in Melmotte stock», figurative) other senses; «account» a money account
(current accounts, «L200 more on account»), a narrative, «on account of» and «on my own account»
other senses; «deposit» money placed with a bank, a part payment for shares another sense; «share»
a company's share, a portion («your share of everything») another sense; «promoter» of a company,
of a crusade another sense; «till» a money drawer, «until» a preposition; French «par» another
word. The reading (2026-12-05, one reader): 418 paragraphs (Bagehot 95, Mackay 122, Trollope
201), 783 rows, **446 hits and 337 near-misses** (123 other senses, 150 verb forms, 24
prepositions, 13 participles, 12 adjectives, 9 names, 6 other words). Bank rate, clearing house,
draft, margin, mint, option, promissory note and stock exchange drew no paragraph.

    python -m bench.recognition_finance_en draft    # the candidates to label (only for a new set)
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

DATA = Path(__file__).resolve().parent / "data" / "recognition_finance"
TERMBASE = DATA / "termbase_en.csv"
ANNOTATIONS = DATA / "occurrences_en.tsv"
WORKS = {
    "bagehot-lombard-street": SourceFile(
        "GITenberg/Lombard-Street--A-Description-of-the-Money-Market_4359",
        "1756cb83ecc1390fd4c2909c9c01b0d299a5df75", "4359.txt",
        "33b10f32a6551d0e50d97538651fc7980327b61f9df4f0d8fdc467228426e9da"),
    "mackay-popular-delusions": SourceFile(
        "GITenberg/Memoirs-of-Extraordinary-Popular-Delusions-and-the-Madness-of-Crowds_24518",
        "f1d2a2d76e61aea8ad137550ceca4296244ddb39", "24518-0.txt",
        "03f5f7af751e4ea50c29448506e1c9b3a222a8f6629a5acec607e673c3adfe08"),
    "trollope-way-we-live-now": SourceFile(
        "GITenberg/The-Way-We-Live-Now_5231",
        "1cc25e52869aa431c64bab9e9991ab4493369207", "5231.txt",
        "26cca06656dfbc53ad285e4461ce7722a47b6450a6de8008066293bffdcd4230"),
}
"""Each work's document name and its file in a GITenberg repository."""
SEED = 2313
PER_CONCEPT = 8
PER_OTHER_READING = 3
"""Up to how many more paragraphs each work gives a concept where its word has a form
lemminflect reads only as another part of speech (`other_readings`)."""
PER_EVERYDAY_WORK = {"trollope-way-we-live-now": 5, "mackay-popular-delusions": 3}
"""Up to how many more paragraphs per concept a work gives whose prose mostly uses the terms'
words in their everyday senses: in Trollope's novel a house is a home and credit is belief more
often than not, and most of Mackay's chapters are of alchemists, witches and crusades, while
Bagehot nearly always means his terms."""
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
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_finance_en_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
