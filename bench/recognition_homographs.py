"""Held-out homographs: a homograph-heavy Russian term set on Chekhov's stories and Gorky's «В людях»,
prose no earlier term or alignment set has read.

The eighth held-out set of issue 15. The Russian sets before it (`bench.recognition_ru_real`,
`bench.recognition_ru_games`, `bench.recognition_ru_prose`, `bench.recognition_domain`,
`bench.recognition_issue15`, `bench.recognition_essays`) were read to fix the matcher and are dev
data; the last of them was easy (195 of its 201 near-misses were a multiword term's words standing
apart). This one asks issue 15's question where it is hard: terms whose forms meet a verb, a
pronoun, a numeral, a name, an adverb, a short form or participle, or another sense of the word.

``bench/data/recognition_homographs/termbase_ru.csv`` holds 59 concepts written before any drawing,
each with its ``pos``, ``subject`` and a one-line English ``definition`` of the sense meant: nouns
that share forms with verbs (сталь «стали», печь, стекло, пила, мыло, ель «ели», даль «дали»,
весть «вести», стих, быль «был», знать), with numerals (сорока «сорок») or that have a common
other sense (лук, ключ, замок, коса, мир, свет, язык, лист, среда, мука, пол, чай the particle,
лавка, образ, часы the hours, брак, вино/вина); names (вера, надежда, любовь, роза, орёл, слава,
роман); nouns that are also adjectives (больной, учёный, часовой, столовая, прохожий, знакомый);
adjectives with short forms, adverbs and participles (правый «прав», довольный «довольно»,
верный «верно», полный «полно», образованный); two verb terms whose forms are a pronoun and a
numeral (мыть «мой», тереть «три»); and multiword terms whose words meet in other structures
(железная дорога, мировой судья, городской голова, земский врач, честное слово, молодой человек,
образ жизни, точка зрения, Новый год).

Source: the ``d0rj/RusLit`` repository (public domain texts, one paragraph a line), read at bench
time from its mirrored git directory at commit `bench.recognition_ru_prose.COMMIT`, each file
checked by its sha256 (`WORKS`); nothing of its text is committed, only where each annotated line is
(work and line number) and a digest of its text. Every Chekhov story and play of the repository but
the six the alignment sets read (Ванька, Горе, Тоска, Душечка, Аптекарша, Хамелеон), and Gorky's «В
людях» (the second part of his trilogy), only its own lines (`WORK_LINES`): its file also holds
«Детство» and «Мои университеты», which ``bench.recognition_ru_prose`` and
``bench.recognition_domain`` read.

How the set was built (termheld8 helper, session 21, 2026-12-04), before the matcher ran on it and
without reading `termbase/`: candidates by lexeme membership with no context
(`bench.recognition_ru_real.candidates`), lines of at most
`MAX_CHARS` characters, a repeated line once, up to `PER_CONCEPT` lines per concept, up to
`PER_OTHER_READING` more holding a form pymorphy3 also reads as another part of speech than the
term's (`other_readings`) and up to `PER_WORDS_APART` more holding a word of a multiword term apart
(`bench.recognition_essays.words_apart`), drawn with `SEED`; every candidate and word apart of every
drawn line read and labelled by hand in ``bench/data/recognition_homographs/occurrences_ru.tsv``
(the line format of `bench.recognition_quality.load_line_annotations` plus each line's
``digest``): ``hit`` where the concept's sense is meant, ``near-miss`` where it is not, the note
naming why (a verb form, a pronoun, a numeral, a name, an adverb, a short form, a participle, an
adjective, a particle, a noun, another sense, another word, words apart). A hit is the concept's
sense in any inflection, a short form in that sense included («доволен», «полон»); «честное слово»
as "honestly" is the term, «слава богу» another sense of «слава»; «мировой» alone for the justice
is a word apart; «часов» of hours is another sense of «часы», a singular «час» another word; a
noun term used as an attribute («больную ранку», «ученый епископ») is an adjective. The counts are in
the README "Termbases" entry "Held-out homographs".

    python -m bench.recognition_homographs draft    # the candidates to label (only for a new set)
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from bench.alignment_corpus import CACHE
from bench.recognition_essays import drawn_with_words_apart, words_apart
from bench.recognition_quality import Case
from bench.recognition_ru_prose import COMMIT, REPOSITORY, quality_of, read_line_set, works_by_line
from bench.recognition_ru_real import Candidate, candidates, command
from termbase.model import Concept

DATA = Path(__file__).resolve().parent / "data" / "recognition_homographs"
TERMBASE = DATA / "termbase_ru.csv"
ANNOTATIONS = DATA / "occurrences_ru.tsv"
WORKS = {
    "chekhov-agafya": ("prose/Chekhov/Агафья.txt",
        "5b29a9a9bc8d30ec6e4718c3a32b4b894a0177af53f986d035779b9e5061e0d8"),
    "chekhov-albom": ("prose/Chekhov/Альбом.txt",
        "0c905639cbe78a3273937fc1d13307d0e7a17ccc33d4b0deb585807aa795b82a"),
    "chekhov-anna-na-shee": ("prose/Chekhov/Анна на шее.txt",
        "d719931778abf09f73aecab2e74e6e06b6feceac504c6e261998d705ff9351c9"),
    "chekhov-anyuta": ("prose/Chekhov/Анюта.txt",
        "c15a651a71cb472a4512c868ff8a4bd0f49f4fa23e17fd8e64224e5e100c381c"),
    "chekhov-ariadna": ("prose/Chekhov/Ариадна.txt",
        "a840619a0c2f5473d632833b5acf1761eec0ff0296b6b17e37fc7e49e30bf266"),
    "chekhov-arkhierei": ("prose/Chekhov/Архиерей.txt",
        "38ed38422b3b2bbafb0aba17b14679e739927c164c2a69743b1424e611de171c"),
    "chekhov-akh-zuby": ("prose/Chekhov/Ах, зубы.txt",
        "1e4ce0bf7975d30421df9248478ffa0bbe60b1c838c5dbefae32a59550422c57"),
    "chekhov-baby": ("prose/Chekhov/Бабы.txt",
        "fa9725a4e607b5f4e1a33ae6456b0193655efa7fef577f6a6fb095c3c3b3c7fe"),
    "chekhov-baran-i-baryshnya": ("prose/Chekhov/Баран и барышня.txt",
        "c704ee40b3cf26c6c2a268cdba0bd984fa0f54b518ae9fcb24db9bad501a74f0"),
    "chekhov-barynya": ("prose/Chekhov/Барыня.txt",
        "c7bebc2567ed7c39a4f28656a60ec64fb4ed70e6013ec94d5312ecbc5861f9f7"),
    "chekhov-beglets": ("prose/Chekhov/Беглец.txt",
        "f08f2bf20ff21d20fa41be030f856a01581942fe79674050dc12b3c7673a92f0"),
    "chekhov-beda-1886": ("prose/Chekhov/Беда 1886.txt",
        "05776f523c9bef755d5f75d9767eb21820c1eef8db55d8ebfdc6f551dbee9420"),
    "chekhov-beda-1887": ("prose/Chekhov/Беда 1887.txt",
        "3d165856d1bc73cf7a7b08071b69a17b6cfaa2bd7dad08830fd18e0d1ed55ad0"),
    "chekhov-bezzashchitnoe-sushchestvo": ("prose/Chekhov/Беззащитное существо.txt",
        "c3e929e8503a4f0ee2990aa9454ba0f21c74187f4b167e99d8639c2a83d553ad"),
    "chekhov-belolobyi": ("prose/Chekhov/Белолобый.txt",
        "e8a1fbc11641f85d882f1dcf133b8f19a0c5625b56740314e523b832bc32d9e3"),
    "chekhov-beseda-pyanogo-s-trezvym-chertom": ("prose/Chekhov/Беседа пьяного с трезвым чёртом.txt",
        "20187e5b2104471c7d5dcaecde5c5dfac834cbd5324e483bb26a5020c6930e2a"),
    "chekhov-brak-po-raschetu": ("prose/Chekhov/Брак по расчёту.txt",
        "de946ee4769516042fa250a5d41835dd3ab041cfb542a9673b659736b48bca14"),
    "chekhov-brozhenie-umov": ("prose/Chekhov/Брожение умов.txt",
        "a802739b60786fb333ae90821c9d9c03595806ac4bb3b114f1a91c7bea35a4b2"),
    "chekhov-bumazhnik": ("prose/Chekhov/Бумажник.txt",
        "89da782902114d61fe6141e5efe5ece26ee5568acdc4e3652a698c5acf3e3c11"),
    "chekhov-v-apteke": ("prose/Chekhov/В аптеке.txt",
        "1e0b7fae8961c196b3fde48b8234c46fbd0f750e109479c7cb0b6d7457ebfb63"),
    "chekhov-v-vagone": ("prose/Chekhov/В вагоне.txt",
        "0e3a9671879c7d7af2ca4104c9c879da86cdcc4efa6e3e272d9a658d78568b0e"),
    "chekhov-v-ovrage": ("prose/Chekhov/В овраге.txt",
        "7a5c06342618dd6e20bc0dea66db4738263b613c7ddaf96dc0e4b6b23497672f"),
    "chekhov-v-potemkakh": ("prose/Chekhov/В потёмках.txt",
        "d175ba41bb411f70a2740a47c00c6b027d108e0ef9fddece0277955bc84ece22"),
    "chekhov-v-ssylke": ("prose/Chekhov/В ссылке.txt",
        "24aa103ce6dbfdd1407af53107f273ea954e324e69bd8460a1f1d99d27d123c7"),
    "chekhov-v-sude": ("prose/Chekhov/В суде.txt",
        "3133a55127d0218b0951f630e90ee3e4bbff6f063baffd8ed031a59cc2a8cc6b"),
    "chekhov-vedma": ("prose/Chekhov/Ведьма.txt",
        "7f44788142f46ed95cee92cd4cd0aa2b01fe3d2ac6a43d9b34c270311e084c83"),
    "chekhov-verochka": ("prose/Chekhov/Верочка.txt",
        "298fc434524b32acec201c34c821a5070f550d8536ad9c0157536f1b2f6f3da3"),
    "chekhov-vint": ("prose/Chekhov/Винт.txt",
        "95578572ced7c5b3b7c2f42c1d7f047882afd46870fea70b62c4a0a1cef5c98f"),
    "chekhov-vishnevyi-sad": ("prose/Chekhov/Вишнёвый сад.txt",
        "cb4d3b42357535b1d03bbfcf3ff4ac4003be1f507c8adf10e931b2ee2aed4464"),
    "chekhov-vodevil": ("prose/Chekhov/Водевиль.txt",
        "a30618826b92696ead0f42c802b262d279c85e441ae8833581d243717ab959cd"),
    "chekhov-volodya": ("prose/Chekhov/Володя.txt",
        "3e5d94ea7525647b1865906ec702aaf7e4a4e6e8b242030ef0de7711318e0e45"),
    "chekhov-vosklitsatelnyi-znak": ("prose/Chekhov/Восклицательный знак.txt",
        "5df7e88fbfd61ef7afdeec667a3085e3314b1ddf22a749ec472c8620215a1b7a"),
    "chekhov-vragi": ("prose/Chekhov/Враги.txt",
        "2c28d02be44e8cb977e68adf768224ffd55f1b309c2a89da4f0ca40ddc69b733"),
    "chekhov-vstrecha-vesny": ("prose/Chekhov/Встреча весны.txt",
        "064f55d09ee6ed78b4b0d7233ee9d34d883a3c41b2f27a651f3d3af3b1b99e56"),
    "chekhov-vyigryshnyi-bilet": ("prose/Chekhov/Выигрышный билет.txt",
        "8939afac5c17ee175590df068ba6b4903ee55d1662b07ce2e3b447c3f119f8e2"),
    "chekhov-glupyi-frantsuz": ("prose/Chekhov/Глупый француз.txt",
        "5dae849c7fa9774cb00f16ea54f96e78641ce9ecc16b416dbd9b96a6d0117d15"),
    "chekhov-gost": ("prose/Chekhov/Гость.txt",
        "e59b7cc482f9c1aca9b1873200242f61bdaa35cbf79cc360cfaf49a03d678309"),
    "chekhov-greshnik-iz-toledo": ("prose/Chekhov/Грешник из Толедо.txt",
        "3ad2271228cac14a82a942e5676557d2a0a50caf17c3882133a765db593fc8ce"),
    "chekhov-grisha": ("prose/Chekhov/Гриша.txt",
        "f17fdf057bd64ae0a833b106ca9288357ca096ef0411d6b21edd3150d7101240"),
    "chekhov-gusev": ("prose/Chekhov/Гусев.txt",
        "90d7c54eded61883b4423ad51bca777b4c1525ff1a0c0af124fb190f23267cc4"),
    "chekhov-dama-s-sobachkoi": ("prose/Chekhov/Дама с собачкой.txt",
        "8a6b1b3b8c9d527627b91eb89f82229030d58e0b45f9633d3bac85982e535de0"),
    "chekhov-dachniki": ("prose/Chekhov/Дачники.txt",
        "5fcd07bf555a9dc8ff01b2985f41e68f22203821d43a9a918a46ba3644c2a477"),
    "chekhov-dachnitsa": ("prose/Chekhov/Дачница.txt",
        "c94775493b2254856208935284a344302d2f774b1c0f544509aa507532fd4397"),
    "chekhov-dva-skandala": ("prose/Chekhov/Два скандала.txt",
        "8a618c854854b11b16583ff1c0b141553fbe549c9eee4d2f69c2964f124888cd"),
    "chekhov-dvadtsat-devyatoe-iyunya": ("prose/Chekhov/Двадцать девятое июня.txt",
        "9d60ec7772109d1471075691302dd5bace96e1b121f79b7feaafe424b611696e"),
    "chekhov-den-za-gorodom": ("prose/Chekhov/День за городом.txt",
        "8ed07eea1714210af572a998391f0d8c902ec8ddb212745ad378299550755d5f"),
    "chekhov-detvora": ("prose/Chekhov/Детвора.txt",
        "3c341c7c816e0d8196d78dae64cd4ef93a269f5be1bdd5933b6b461fa8bedd72"),
    "chekhov-diplomat": ("prose/Chekhov/Дипломат.txt",
        "5db811fe73ae526f8d7340975e1f96c7d22d7fdc945d67f7f540b0c77e560127"),
    "chekhov-dobryi-znakomyi": ("prose/Chekhov/Добрый знакомый.txt",
        "dcf60a8606df95269ee9a35d34fb29e9906d8358310ca647467397bcda58528c"),
    "chekhov-dom-s-mezoninom": ("prose/Chekhov/Дом с мезонином.txt",
        "ed5e569898f618f80d2de16323bf67408eddd824d20ce09df7b977f3e0f7d24c"),
    "chekhov-doma": ("prose/Chekhov/Дома.txt",
        "2af0e37e400bea22468cf4c5d10599a7bfd396d33b7886bbad8d79bcd89c2cff"),
    "chekhov-dopolnitelnye-voprosy": ("prose/Chekhov/Дополнительные вопросы.txt",
        "ba650172f34654b459eaede1e6fe359669b880e8214d03063cd77e9855868651"),
    "chekhov-dorogaya-sobaka": ("prose/Chekhov/Дорогая собака.txt",
        "246de6cb466f9e91d131e0613f95dc4a2f5adb6623638a641ad46c10472e5456"),
    "chekhov-dorogie-uroki": ("prose/Chekhov/Дорогие уроки.txt",
        "e173ea00fb7af0bc78695f5548ea94c062332aeedf6e915b1bb1f820018058ca"),
    "chekhov-doch-albiona": ("prose/Chekhov/Дочь Альбиона.txt",
        "7895e57c2713525a0b0b92b54f66985a449c211b7ba721a6ca7c86643133c959"),
    "chekhov-drama-na-okhote": ("prose/Chekhov/Драма на охоте.txt",
        "1016ec4b671d85b9ac4e73466e245728b351229112c86012ba370eb3b652a618"),
    "chekhov-duel": ("prose/Chekhov/Дуэль.txt",
        "d8d82b25c37665e5b4c59862feb721bfe7fba4e058d0171d000341d30ce74157"),
    "chekhov-zloumyshlennik": ("prose/Chekhov/Злоумышленник.txt",
        "5eddada0e1c3236bec45d6a2297530c8b967763cb4ad07e87d2108bca15fb8f9"),
    "chekhov-ionych": ("prose/Chekhov/Ионыч.txt",
        "18e4fc8b0aaea72686a115fcdac35634b390634700036c30075d56784c15854c"),
    "chekhov-kashtanka": ("prose/Chekhov/Каштанка.txt",
        "5c20f123ddae890133d02896bc704c2f18e8fc9ba7615a0ed0ccf22cbfcb39ab"),
    "chekhov-kryzhovnik": ("prose/Chekhov/Крыжовник.txt",
        "6438a1e5c195da1370a36ec3334f31c16c302e9fd593d5ce573e4979828e0bc3"),
    "chekhov-loshadinaya-familiya": ("prose/Chekhov/Лошадиная фамилия.txt",
        "3d5ff20ed05483f739ed44b06faa175432d55e915fc8b9da1091fa485d460c12"),
    "chekhov-nalim": ("prose/Chekhov/Налим.txt",
        "62b24f2a44d72fb8182a4c92f9864283e9201a4a505ed2e992e8cceae84e8cc4"),
    "chekhov-o-lyubvi": ("prose/Chekhov/О любви.txt",
        "1e3fcc5065a9c995b9cd4e38e7417ab6ae4fd2dcd4fa55f5fa3e0ad5a25516db"),
    "chekhov-palata-6": ("prose/Chekhov/Палата №6.txt",
        "6984ad285b7f909d6313d1a07ef0e39181412a105be64fdcf74a2e4ee1064ae5"),
    "chekhov-peresolil": ("prose/Chekhov/Пересолил.txt",
        "baa4262ebc7643862cf2514a936876b0a9a1ba3c6cf997b2212322cd0dc21c09"),
    "chekhov-smert-chinovnika": ("prose/Chekhov/Смерть чиновника.txt",
        "f0c986d9821062d60a9e576819995aa49f00a488379a4924362a4c3e241b6b28"),
    "chekhov-tolstyi-i-tonkii": ("prose/Chekhov/Толстый и тонкий.txt",
        "7e6778f929fdf084d2acd6599df688b278ee2723f1c62e1175c1e97831df8e7b"),
    "chekhov-tri-sestry": ("prose/Chekhov/Три сестры.txt",
        "ed2c53fb80853f50da1ae8b9544d9776631d17f42724b1823af58d7c6b62d264"),
    "chekhov-khirurgiya": ("prose/Chekhov/Хирургия.txt",
        "58478d27fc227e89d05f704bd5c4bebc36d91ba3bfdd95cc44b7b45d6685d1fb"),
    "chekhov-chelovek-v-futlyare": ("prose/Chekhov/Человек в футляре.txt",
        "258454356595280126f4d59a2e05c88dbe64492b9b2a582ec37c10d2bf81affe"),
    "gorky-v-lyudyakh": ("prose/Gorky/В людях.txt",
        "a04b9deb4dffd7fccfa9dc066f3ceec103d610df761c320a3dad4a3fbb4fcbac"),

}
"""Each work's document name: its path in the repository and the sha256 of its text."""
WORK_LINES = {"gorky-v-lyudyakh": (2849, 7228)}
"""The lines (first, last) of a file that hold its work, where the file holds more: the file of «В
людях» opens with the whole of «Детство» and closes with «Мои университеты» (both read by earlier
sets) and an editor's notes. The draw runs on the whole file; a drawn line outside is left out."""
SEED = 2108
PER_CONCEPT = 9
PER_OTHER_READING = 5
"""Up to how many more lines a concept gets where its word has a form pymorphy3 also reads as
another part of speech than the term's (`other_readings`)."""
PER_WORDS_APART = 3
"""Up to how many more lines a multiword concept gets where a word of its term stands apart."""
MAX_CHARS = 400
_OWN_TAGS = {"noun": {"NOUN"}, "adjective": {"ADJF"},
             "verb": {"INFN", "VERB", "PRTF", "PRTS", "GRND"}}
"""The pymorphy3 parts of speech that are the term's own, by the termbase's ``pos``: a verb's
participles and gerunds are its forms, an adjective's short form and adverb are not."""


@cache
def _analyzer() -> Any:
    """pymorphy3's analyser, made once: its dictionaries take a second to load."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def documents() -> dict[str, list[str]]:
    """Every work as a document, one line of its file a line (its whitespace folded)."""
    return works_by_line(REPOSITORY, COMMIT, WORKS)


def other_readings(concepts: list[Concept], doc: str, line: int, text: str) -> Iterator[Candidate]:
    """The one-word candidates of `text` that pymorphy3 also reads as another part of speech than
    their term's («стали» a verb for сталь, «мой» a pronoun for мыть, «довольно» an adverb for
    довольный): a draw by lexeme alone takes the commoner reading of a word as it comes, and
    these forms are the near-misses issue 15 asks about."""
    own = {concept.id: _OWN_TAGS.get((concept.terms[0].part_of_speech or "").lower(), {"NOUN"})
           for concept in concepts}
    for candidate in candidates(concepts, doc, line, text):
        if " " not in candidate.surface and any(
                parse.tag.POS not in (*own[candidate.concept], None)
                for parse in _analyzer().parse(candidate.surface)):
            yield candidate


def draw(concepts: list[Concept], docs: dict[str, list[str]]) -> list[Candidate]:
    """Up to `PER_CONCEPT` short lines per concept, up to `PER_OTHER_READING` more holding a form
    of another part of speech and up to `PER_WORDS_APART` more holding a word of a term apart,
    drawn with `SEED`, those outside their work (`WORK_LINES`) left out; every candidate and every
    word apart of each, in reading order."""
    return drawn_with_words_apart(concepts, docs, ((candidates, PER_CONCEPT), (other_readings, PER_OTHER_READING),
                                                   (words_apart, PER_WORDS_APART)), SEED, MAX_CHARS, _in_work)


def _in_work(doc: str, line: int) -> bool:
    """Whether `line` of `doc`'s file is of the work itself (`WORK_LINES`)."""
    first, last = WORK_LINES.get(doc, (1, line))
    return first <= line <= last


def cases() -> tuple[list[Case], int]:
    """The held-out cases read against the mirrored works, and the number of near-misses."""
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_homographs_ru_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
