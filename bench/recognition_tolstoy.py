"""Held-out Tolstoy homographs: a homograph-heavy Russian term set on Tolstoy's fiction, prose no
earlier term or alignment set has read.

The ninth held-out set of issue 15, built because the eighth (`bench.recognition_homographs`) is
dev data now and 46 of its 59 terms were earlier sets' terms. This one asks the same hard question
(terms whose forms meet a verb, a pronoun, a name, an adverb, a short form, another word or another
sense) with concepts no set held: 46 of its 52 Russian terms are in no earlier
``bench/data/recognition_*/termbase*.csv`` (the other six: ручка, жила, дуло, партия, лев,
рассеянный).

``bench/data/recognition_tolstoy/termbase_ru.csv`` holds 52 concepts, each ``pos``, ``subject`` and
one-line English ``definition`` written from the dictionary and committed before any line was drawn
or read: nouns that share forms with verbs (жила «жил», дуло «дул», стан «стану», строй «строю»),
with pronouns (тема and тьма «тем»), with another word (полка «полка» of полк, духи «духа» of дух,
лев «левой», банк «банке» of банка, пара «паром» of пар) or that have another common sense (ручка a
little hand, кисть a hand or tassel, повод a reason, ложа a Masonic lodge, завод a stud farm, такт
tact, приём a manner, партия a party, ставка a stake, масть a suit, нота a diplomatic note, сотня
hundreds); names (лев «Лев», ласка the dog «Ласка», мина «Мина», Пасха, государь «милостивый
государь»); nouns that are also adjectives or participles (раненый, рядовой, нищий, заключённый,
конвойный, управляющий); adjectives with adverbs and short forms (рассеянный «рассеянно»,
известный «известно»); verbs whose forms are another verb's or a pronoun (жать «жал» of pressing a
hand, косить of squinting, стоить «стоит» of standing, сеять «сей», топить); and 7 multiword terms
whose words meet in other structures (полковой командир, большая дорога, присяжный поверенный,
товарищ прокурора, главная квартира, военный совет, чёрный хлеб).

Source: the ``d0rj/RusLit`` repository (public domain texts, one paragraph a line), read at bench
time from its mirrored git directory at commit `bench.recognition_ru_prose.COMMIT`, each file
checked by its sha256 (`WORKS`); nothing of its text is committed, only where each annotated line is
(work and line number) and a digest of its text. Every file of ``prose/Tolstoy/`` but «Детство»
(which `bench.align_heldout` read): 41 works, «Война и мир» (four volumes), «Анна Каренина»,
«Воскресение», «Хаджи-Мурат», «Казаки», the Sevastopol and Caucasus stories and the rest. No term
or alignment set read any of them (`bench.recognition_essays` read Tolstoy's essays, another folder).
The editors' notes at the end of some files are read as the works are.

How the set was built (termheld10 helper, session 22, 2026-12-05), the matcher never run on it and
`termbase/` not read: candidates by lexeme membership with no context
(`bench.recognition_ru_real.candidates`), lines of at most `MAX_CHARS` characters, a repeated line
once, up to `PER_CONCEPT` lines per concept, up to `PER_OTHER_READING` more holding a form pymorphy3
also reads as another part of speech than the term's (`bench.recognition_homographs.other_readings`)
and up to `PER_WORDS_APART` more holding a word of a multiword term apart
(`bench.recognition_essays.words_apart`), drawn with `SEED`; every candidate and word apart of every
drawn line read and labelled by hand in ``bench/data/recognition_tolstoy/occurrences_ru.tsv`` (the
line format of `bench.recognition_quality.load_line_annotations` plus each line's ``digest``):
``hit`` where the concept's sense is meant, ``near-miss`` where it is not, the note naming why (a
verb form, a pronoun, a name, an adverb, a short form, an adjective, another sense, another word,
words apart). The lexeme draw cannot find заключённый, управляющий nor поверенный (pymorphy3 reads
them as participles only); their occurrences on drawn lines were labelled by hand too, and the one
«присяжный поверенный» labelled as the whole term.

Rules: a hit is the concept's sense in any inflection; a verb's participles are its forms
(«топлена», «косивший»); a noun term used as an attribute («раненый герой», «конвойного офицера»,
«нищий певец») is an adjective; «рысью» of a person running is the gait; «стоило мне труда» is the
price; «по поводу» and «повод говорить» are a reason; «ручка» a hand's diminutive is another sense,
an armchair's arm the term; «завод» a stud farm is another sense; «партия» of a card or billiard game
is the term, of convicts, a vocal part or a side another sense; «ставка» of a stake or a
confrontation another sense; «кисть» of a hand, a tassel or grapes another sense, «его кисти
принадлежит портрет» the brush; a form of another lexeme («духа» of дух, «полка» of полк, «стоя» of
стоять, «левой») is another word; «известно» as "of course" an adverb, "is known" a short form,
«известный кому» (known to someone) another sense. The counts are in the README "Termbases" entry
"Held-out Tolstoy homographs".

    python -m bench.recognition_tolstoy draft    # the candidates to label (only for a new set)
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

DATA = Path(__file__).resolve().parent / "data" / "recognition_tolstoy"
TERMBASE = DATA / "termbase_ru.csv"
ANNOTATIONS = DATA / "occurrences_ru.tsv"
WORKS = {
    "tolstoy-albert": ("prose/Tolstoy/Альберт.txt",
        "f11a3a4ff8daebe2c6eacbd89eb3fee904ae48659a35e9a4579d99458c10b049"),
    "tolstoy-alyosha-gorshok": ("prose/Tolstoy/Алёша горшок.txt",
        "03e456d221b937bcb6a3d4278c462719ebad774afd78ffdcc982237396082c95"),
    "tolstoy-anna-karenina": ("prose/Tolstoy/Анна Каренина.txt",
        "d2e7edc4ff420826de3c73307722deaf2b5905879a0a1cd95c5f87e3ae483a22"),
    "tolstoy-bozheskoe-i-chelovecheskoe": ("prose/Tolstoy/Божеское и человеческое.txt",
        "1ffb81a916ae4c6f83f540a4d78cc4de53e1d5ebd40b969c91225cba0c97658e"),
    "tolstoy-voina-i-mir-1": ("prose/Tolstoy/Война и мир. Том 1.txt",
        "cd1d6af96810226e606d414ddde4badda88206d24cd945598b1321037c6c6578"),
    "tolstoy-voina-i-mir-2": ("prose/Tolstoy/Война и мир. Том 2.txt",
        "2a919270e2f485c2ef6e93d2b9e9510412ba42e8490c81fa6c19ff1d24592e66"),
    "tolstoy-voina-i-mir-3": ("prose/Tolstoy/Война и мир. Том 3.txt",
        "68b4a379abdbef7e897dcf0484f65c0164b97672ec9e76ce9630bb02c3ed6f23"),
    "tolstoy-voina-i-mir-4": ("prose/Tolstoy/Война и мир. Том 4.txt",
        "4c57085a657ad735e9766e167d19abc52e263a1600dd018a948aed853207154d"),
    "tolstoy-voskresenie": ("prose/Tolstoy/Воскресение.txt",
        "460a4e6b806954de1a8e8c7ce30e71a0ceea1c4701afd0947b77530614505080"),
    "tolstoy-dva-gusara": ("prose/Tolstoy/Два гусара.txt",
        "fa6146420376a9ca145e7dfb92169b4c4a65cf5a3efb34e89ec1895b056a86cf"),
    "tolstoy-dekabristy": ("prose/Tolstoy/Декабристы.txt",
        "6316c2ef48bffc1b2e63faf48c3eedbf1477bbdae1bc5b8b04a2116943b0fa40"),
    "tolstoy-dyavol": ("prose/Tolstoy/Дьявол.txt",
        "a238200698f2538c256becb608e8331fdf4a195a04c95ab148d12ea1d281c2d1"),
    "tolstoy-zapiski-markera": ("prose/Tolstoy/Записки маркера.txt",
        "734185b93004a67f24600f85fee7463aef76bf88fa7fdf900244152b77624e8c"),
    "tolstoy-zapiski-sumasshedshego": ("prose/Tolstoy/Записки сумасшедшего.txt",
        "6fa721b507d86083743897fbe6a9ee98b8f9895c27a7d49a97cb144f91242ce7"),
    "tolstoy-lyutsern": ("prose/Tolstoy/Из записок князя Д. Нехлюдова (Люцерн).txt",
        "4d6861179e99ee3fd207bec8a4a65b9a00ec67f17bfe5fd0518b7a289e539e85"),
    "tolstoy-kavkazskii-plennik": ("prose/Tolstoy/Кавказский пленник.txt",
        "64cf50b48105e894391955f619b8437fefd4330879fe58dd8e74203134f55783"),
    "tolstoy-kazaki": ("prose/Tolstoy/Казаки.txt",
        "75ae9935ba2417096efa4876e7e90586bcd873d9f631a03316697559a075e781"),
    "tolstoy-kornei-vasilev": ("prose/Tolstoy/Корней Васильев.txt",
        "6d73d7d987d2f56574b722aaa10f22618790f010989b1e383e83abfe2c2511d3"),
    "tolstoy-kreitserova-sonata": ("prose/Tolstoy/Крейцерова соната.txt",
        "e3334347bc577feb21ee7332a24acf6d590e3c197542e7dcd9dd8669404c50fd"),
    "tolstoy-metel": ("prose/Tolstoy/Метель.txt",
        "c4ef33d3720dac025b43ed5713081790847101c9fd964aeb748eb4113bb7ce22"),
    "tolstoy-nabeg": ("prose/Tolstoy/Набег.txt",
        "363335afc595bb6f73f90f903f2fbd666470ce6b0d8464e43481d9352a366716"),
    "tolstoy-otets-sergii": ("prose/Tolstoy/Отец Сергий.txt",
        "4e460a9545f3c03016692aa12110d5f24bfcbd88558a8c26373b881e957e750f"),
    "tolstoy-otrochestvo": ("prose/Tolstoy/Отрочество.txt",
        "a612c693ef8a51c4079c897b606ec7c0b92ed14de5fa8c95c5293ca4cc30e230"),
    "tolstoy-polikusha": ("prose/Tolstoy/Поликуша.txt",
        "eafa9a8c39d7521f6fd08e55f9307ec73416c7cc715de990ad9d6f82573103eb"),
    "tolstoy-posle-bala": ("prose/Tolstoy/После бала.txt",
        "815e2f6dc84c9758dd2ed1d6376b5813ade43cba2426ac421277dcf65b1e356e"),
    "tolstoy-pravednyi-sudya": ("prose/Tolstoy/Праведный судья.txt",
        "f2f0c1078af4b5a8d2eeed6dbd92019b6535d0fae450ba3b8b060ee4f7eee377"),
    "tolstoy-rabotnik-emelyan": ("prose/Tolstoy/Работник Емельян и пустой барабан.txt",
        "044fe8507f3d028f2e6a1612e9c1fe61cf25173ba5e7a3d3a3f2724c62e14cdc"),
    "tolstoy-razzhalovannyi": ("prose/Tolstoy/Разжалованный.txt",
        "bc9463792df4dbaaf655c3e5af2a6e972ee7bc1831805c4ae35f5c8fd22bb731"),
    "tolstoy-rubka-lesa": ("prose/Tolstoy/Рубка леса.txt",
        "26ebfec120f49714a57392ba499aefa86176a956ddf3ab63870191b06bf940da"),
    "tolstoy-sevastopol-v-avguste": ("prose/Tolstoy/Севастополь в августе 1855 года.txt",
        "931e2de78dbdd0241328402d363dff22cf579dc1cd7c420244fd88a2b3bd787f"),
    "tolstoy-sevastopol-v-dekabre": ("prose/Tolstoy/Севастополь в декабре месяце.txt",
        "11e588990a0efb147a0d98083eb6ea209c471210eaad8efb7105080f5711c692"),
    "tolstoy-sevastopol-v-mae": ("prose/Tolstoy/Севастополь в мае.txt",
        "fcb6cc9595bee0f571c5fb80bf34c0402c38c8780cde4ce5c4e4b3050997164a"),
    "tolstoy-semeinoe-schaste": ("prose/Tolstoy/Семейное счастье.txt",
        "d71376acb566ec87be589035274f0f0f8398127608459140fe9f42cc5fec7d89"),
    "tolstoy-smert-ivana-ilicha": ("prose/Tolstoy/Смерть Ивана Ильича.txt",
        "f0a08c1bb376042dec2b1d5f966d622e96f9653ded3947f60cf7bdecc68ea076"),
    "tolstoy-tri-smerti": ("prose/Tolstoy/Три смерти.txt",
        "4924a00a8ac8b26e4b64962c54a26ed71d309c513714709bfb0cd2095cd4026a"),
    "tolstoy-utro-pomeshchika": ("prose/Tolstoy/Утро пемещика.txt",
        "7b83aaae1ad093b25f9b8ffa59a499df2fe50d48c7bec2bb975178c601b813ab"),
    "tolstoy-khadzhi-murat": ("prose/Tolstoy/Хаджи-Мурат.txt",
        "4b86d21e53a94abff57f8ecd90f2d72976f4d0c3e6e79b3dfc49d76239006980"),
    "tolstoy-khozyain-i-rabotnik": ("prose/Tolstoy/Хозяин и работник.txt",
        "fcc238ce11d4d2dfdcb82bf9c48f47619e81e22c036cc5731d549dbab368d445"),
    "tolstoy-kholstomer": ("prose/Tolstoy/Холстомер.txt",
        "b071cd368aef50aaf15fd115078680e7470415f1fb6ab9c9c133fcefc5b0d1a2"),
    "tolstoy-yunost": ("prose/Tolstoy/Юность.txt",
        "f5f852da282e21a4a9e632db69e30a2050dc0fe4b4f1b29d9f005a4226ed944f"),
    "tolstoy-yagody": ("prose/Tolstoy/Ягоды.txt",
        "fd78e275e4a9eff79925d7290c14d6389f9d05d95f6ae48781758c99739a5fe2"),
}
"""Each work's document name: its path in the repository and the sha256 of its text."""
SEED = 2209
PER_CONCEPT = 14
PER_OTHER_READING = 4
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
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_tolstoy_ru_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
