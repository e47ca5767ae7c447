"""Held-out Dostoevsky homographs: a homograph-heavy Russian term set on Dostoevsky's fiction,
prose no earlier term or alignment set has read, on concepts no earlier set held.

The tenth held-out set of issue 15, built because the eighth and ninth
(`bench.recognition_homographs`, `bench.recognition_tolstoy`) are dev data now. It asks the same
hard question, terms whose forms meet a pronoun, a name, an adverb, a short form, an adjective,
another word or another sense, with 52 concepts whose Russian term is in no earlier
``bench/data/recognition_*/termbase*.csv``.

``bench/data/recognition_dostoevsky/termbase_ru.csv`` holds the 52 concepts, each ``pos``,
``subject`` and one-line English ``definition`` written from the dictionary and committed before
any line was drawn or read: nouns with another common sense (долг a duty, сон sleep, вид a
pretence or a view, счёт "regarding", стол, глава a head, процент a percentage, заклад a bet,
хозяйка a hostess, старец an old man, круг «кругом», жар ardour, век a lifetime or «век» of
веко, чин, бумага writing paper, записка «записки» memoirs, сцена a scene, угол a lodging, двор
an inn or the mint, караул the cry for help, венец, Троица, пристав a court bailiff); a noun whose
forms are a pronoun's (том «то», «тем», «того»), another noun's (черта «черт» the devil) or a
verb's (брань «брани»); nouns that are also adjectives (покойный, сумасшедший, военный,
ссыльный, каторжный); adjectives with adverbs, short forms and another sense (благородный of the
gentry, not honourable; дорогой costly, not dear nor «дорогой» on the way; скверный, странный,
гордый); дорога with «дорога» dear; verbs whose forms are a name or another verb (катить «Катя»,
варить «Варя», колоть «Коля» and «коли», лечить «лечу» of лететь), соня «Соня»; and 9 multiword
terms whose words meet in other structures (нервная горячка, белая горячка, падучая болезнь,
чёрная лестница, надворный советник, тайный советник, кредитный билет, Васильевский остров,
высший свет).

Source: the ``d0rj/RusLit`` repository (public domain texts, one paragraph a line), read at bench
time from its mirrored git directory at commit `bench.recognition_ru_prose.COMMIT`, each file
checked by its sha256 (`WORKS`); nothing of its text is committed, only where each annotated line is
(work and line number) and a digest of its text. Every file of ``prose/Dostoevsky/`` but the four
earlier sets read («Игрок» and «Униженные и оскорблённые» by `bench.recognition_ru_prose`, «Ёлка и
свадьба» and «Дневник писателя» by the alignment sets): 29 works, «Братья Карамазовы», «Бесы»,
«Идиот», «Подросток» (its file hard-wrapped, a line a piece of a sentence), «Село Степанчиково»,
«Записки из подполья», «Двойник», «Хозяйка» and the rest.

How the set was built (termheld12 helper, session 23, 2026-12-05), the matcher never run on it and
`termbase/` not read: candidates by lexeme membership with no context
(`bench.recognition_ru_real.candidates`), lines of at most `MAX_CHARS` characters, a repeated line
once, up to `PER_CONCEPT` lines per concept, up to `PER_OTHER_READING` more holding a form pymorphy3
also reads as another part of speech than the term's (`bench.recognition_homographs.other_readings`)
and up to `PER_WORDS_APART` more holding a word of a multiword term apart
(`bench.recognition_essays.words_apart`), drawn with `SEED`; every candidate and word apart of every
drawn line read and labelled by hand in ``bench/data/recognition_dostoevsky/occurrences_ru.tsv`` (the
line format of `bench.recognition_quality.load_line_annotations` plus each line's ``digest``):
``hit`` where the concept's sense is meant, ``near-miss`` where it is not, the note naming why (a
pronoun, a name, an adverb, a short form, an adjective, a particle, a verb form, another sense,
another word, words apart). The draw first took 8 lines a concept; its 228 hits were short of 300,
so it was widened to 12 (the wider draw holds every line of the narrower, seed and order kept) and
the new lines labelled the same way. Троица is on no drawn line (its few lines are long) and
ссыльный on one; том drew only pronouns (no volume of a book is on a short line).

Rules: a hit is the concept's sense in any inflection, an adjective's short form in that sense
included («горд», «скверны»); a noun term as an attribute («сумасшедший дом», «покойная графиня»,
«военный человек», «ссыльного ксендза») or after «совсем», «почти» is an adjective, a noun term as
a bare predicate («я не сумасшедший», «Вы военный?») the noun; «правда» in «это правда», «правда
ли, что» is the truth, parenthetical or in «не правда ли» a particle; «благородный» of a noble
heart is another sense, of birth («роду благородного», «благородный пансион») the term; «дорогой»
"on the way" is the road; «железная дорога», a journey and a figurative way are other senses of
дорога; «судебный пристав» (a court bailiff) another sense; «об заклад» a bet; «на этот счёт»
"regarding" another sense; «чем свет», «в свете», «высшей степени» words apart; the word
«горячка» alone words apart of both fevers; «Федька Каторжный», «Катя», «Варя», «Коля», «Соня»,
«Пять Углов» names. The counts are in the README "Termbases" entry "Held-out Dostoevsky
homographs".

    python -m bench.recognition_dostoevsky draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

from pathlib import Path

from bench.alignment_corpus import CACHE
from bench.recognition_essays import drawn_with_words_apart, words_apart
from bench.recognition_homographs import other_readings
from bench.recognition_quality import Case
from bench.recognition_ru_prose import COMMIT, REPOSITORY, quality_of, read_line_set, works_by_line
from bench.recognition_ru_real import Candidate, candidates, command
from termbase.model import Concept

DATA = Path(__file__).resolve().parent / "data" / "recognition_dostoevsky"
TERMBASE = DATA / "termbase_ru.csv"
ANNOTATIONS = DATA / "occurrences_ru.tsv"
WORKS = {
    "dostoevsky-poor-folk": ("prose/Dostoevsky/Бедные люди.txt",
        "a54af74dffd91c063a65b3c2f13c87bf83963c890935bd76bf70111587bdc135"),
    "dostoevsky-white-nights": ("prose/Dostoevsky/Белые ночи.txt",
        "dd1a74446c5b2d92ae45693a8f4d0905d4dee77f969e5271542fb5bf9fd64dc9"),
    "dostoevsky-demons": ("prose/Dostoevsky/Бесы.txt",
        "49429987157d8c9069c723a7b88c6aa57aadf9a93f0f0c4fce523e7358270929"),
    "dostoevsky-bobok": ("prose/Dostoevsky/Бобок.txt",
        "e235a44f32641696ec235d12bc1ee23fb1cf97ed8c72cdf40f96812af659bddd"),
    "dostoevsky-brothers-karamazov": ("prose/Dostoevsky/Братья Карамазовы.txt",
        "376ff6e6f637524a6e8ae6d152c18259068b1ab084d1e3de90a8855e1951ad43"),
    "dostoevsky-eternal-husband": ("prose/Dostoevsky/Вечный муж.txt",
        "d53e156fd4f5cf151290486faa700c1a613dee245ddd854011ae9b3eb4048ba7"),
    "dostoevsky-mr-prokharchin": ("prose/Dostoevsky/Господин Прохарчин.txt",
        "81cdc7c21bcb46e3f7f6f035f43655620b4b3c3f9979e4f22aa2921b689e5f37"),
    "dostoevsky-two-suicides": ("prose/Dostoevsky/Два самоубийства.txt",
        "6fa4b20a833c6096dde09d9ca26454852175f8876a2a966950b7f81ecc833835"),
    "dostoevsky-double": ("prose/Dostoevsky/Двойник.txt",
        "fc2ce4e5645d3ba2a67ab6724d22ddddec1279d7b67d06d279a687019e45648a"),
    "dostoevsky-domovoi": ("prose/Dostoevsky/Домовой.txt",
        "f5c66806880aa61ff1fe5c48e1fe95db5c5bc202371d3eec8a5b29ca436c3b53"),
    "dostoevsky-uncles-dream": ("prose/Dostoevsky/Дядюшкин сон.txt",
        "bb42f50c7bc7605211b9deec680e82060d73bfdf2b611db50b1d1e12acdf6482"),
    "dostoevsky-notes-from-underground": ("prose/Dostoevsky/Записки из подполья.txt",
        "f7091ec532a67bd28c9c7589614fa3c1d754475f50fa0b503dc9ef5686fee6f8"),
    "dostoevsky-idiot": ("prose/Dostoevsky/Идиот.txt",
        "9bd9ff2da25776f3b48bdc9c60610365b9074907d6a0c536f8fe720defef115e"),
    "dostoevsky-meek-one": ("prose/Dostoevsky/Короткая.txt",
        "cbd6873a5a699c8e806c02212d27b49960ac9d52f1ad727d30e6058e828c3fda"),
    "dostoevsky-crocodile": ("prose/Dostoevsky/Крокодил.txt",
        "cc3fe72f30fd1bf59b57bd5d805a80cb2d79f4044988a33c901d39f350ca96af"),
    "dostoevsky-little-hero": ("prose/Dostoevsky/Маленький герой.txt",
        "a1eff782f00b7e3ffff81faedf8d946e509424b756203664a6158a490297171c"),
    "dostoevsky-boy-at-christs-tree": ("prose/Dostoevsky/Мальчик у Христа на ёлке.txt",
        "4a3cce902402b9e9f0c65661fd4084004aeb48995740d55be13d755959061e05"),
    "dostoevsky-netochka-nezvanova": ("prose/Dostoevsky/Неточка Незванова.txt",
        "375395b2e0f54e441eea81791219cd7304f3a9a575346ed66a8fff1b0b45f1db"),
    "dostoevsky-petersburg-visions": ("prose/Dostoevsky/Петербургские сновидения в стихах и в прозе.txt",
        "9f65589f1a02ce4dccf647e4218bb9ebdebb7bf709cd00dac237e315e51fefee"),
    "dostoevsky-adolescent": ("prose/Dostoevsky/Подросток.txt",
        "e172ac777f8160ce92c74a377fa6410a9cfc29e68496743436fc38f752df251f"),
    "dostoevsky-polzunkov": ("prose/Dostoevsky/Ползунков.txt",
        "af2df0de0dd562c6e2f242196121909d91dfe64f1b3e31760d7e03bcf2e1095d"),
    "dostoevsky-novel-in-nine-letters": ("prose/Dostoevsky/Роман в девяти письмах.txt",
        "b15c47385aee4296ea7d307c7e7fc9b47ff83c6e429c210f73ee0a3e7b2a58f5"),
    "dostoevsky-stepanchikovo": ("prose/Dostoevsky/Село Степанчиково и его обитатели.txt",
        "8270fafd3c723f4efc71b248d3d90062a04bb981b28f5ddb75934d7f14f12151"),
    "dostoevsky-nasty-story": ("prose/Dostoevsky/Скверный анекдот.txt",
        "1f76a484e42ff44dc750db16a68b63474d501402f69df23a8457583de6ce5001"),
    "dostoevsky-weak-heart": ("prose/Dostoevsky/Слабое сердце.txt",
        "f55f5d4062db11660d4ca6561d8b1e0bebea0cd6b80a19bfa3cbf86fe352912c"),
    "dostoevsky-dream-of-a-ridiculous-man": ("prose/Dostoevsky/Сон смешного человека.txt",
        "2b21d313fac8092f7c34ea40e2dca439489ebb0f85698796140eccc130f6d3b3"),
    "dostoevsky-landlady": ("prose/Dostoevsky/Хозяйка.txt",
        "fd7790b4413c230b1fe3493d85a3b981440ffdbaa1ea3046e3fa1591c4160a26"),
    "dostoevsky-honest-thief": ("prose/Dostoevsky/Честный вор.txt",
        "92ae15622ff9336640297d5fea890e1d233c5f683581302e08008e2c3ccdd77c"),
    "dostoevsky-anothers-wife": ("prose/Dostoevsky/Чужая жена и муж под кроватью.txt",
        "b95fa197cfd619a6b123c46cd331fc6c7a06bb5e6859a842155921bdf4a5666a"),
}
"""Each work's document name: its path in the repository and the sha256 of its text."""
SEED = 2312
PER_CONCEPT = 12
PER_OTHER_READING = 3
"""Up to how many more lines a concept gets where its word has a form pymorphy3 also reads as
another part of speech than the term's (`recognition_homographs.other_readings`)."""
PER_WORDS_APART = 2
"""Up to how many more lines a multiword concept gets where a word of its term stands apart."""
MAX_CHARS = 400


def documents() -> dict[str, list[str]]:
    """Every work as a document, one line of its file a line (its whitespace folded)."""
    return works_by_line(REPOSITORY, COMMIT, WORKS)


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short lines per concept, up to `PER_OTHER_READING` more holding a form
    of another part of speech and up to `PER_WORDS_APART` more holding a word of a term apart,
    drawn with `SEED`; every candidate and every word apart of each, in reading order."""
    return drawn_with_words_apart(concepts, docs, ((candidates, PER_CONCEPT), (other_readings, PER_OTHER_READING),
                                                   (words_apart, PER_WORDS_APART)), SEED, MAX_CHARS)


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the mirrored works, and the number of near-misses."""
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_dostoevsky_ru_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
