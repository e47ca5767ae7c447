"""Held-out Bryusov and Turgenev homographs: a homograph-heavy Russian term set on prose no earlier
term or alignment set has read, on concepts most of which no earlier set held.

The tenth held-out Russian set of issue 15. Every earlier one (`bench.recognition_ru_real`,
`bench.recognition_ru_games`, `bench.recognition_ru_prose`, `bench.recognition_domain`,
`bench.recognition_issue15`, `bench.recognition_essays`, `bench.recognition_homographs`,
`bench.recognition_tolstoy`, `bench.recognition_dostoevsky`) has been read to change the matcher or
is due to be, so is dev data. This one asks the issue's question again where it is hard, with 60
concepts of which 49 are in no earlier ``bench/data/recognition_*/termbase*.csv``.

``bench/data/recognition_bryusov/termbase_ru.csv`` holds the 60 concepts, each with its ``pos``,
``subject`` and a one-line English ``definition`` of the sense meant, written from the dictionary
and committed before any line of the prose was read or drawn: nouns that share forms with another
word (горе grief «горе» the locative of гора, гора itself, берег «берёг», залив and пристань the
gerund and the imperative, судно «суда» of суд, стая, свита the short participle, мел «мёл», раб
«раба»), nouns with another common sense (орган the instrument and the body's organ, голос the
voice and the vote, бой, крепость the fortress and strength, воля, жертва, труба, поле, орудие, ствол,
порог, уход, состояние the fortune and the state, род), proper names against common nouns (Марс,
август the month and Augustus, победа and the goddess, заря, папа the pope and a child's father,
лев and Лев), nouns that are also adjectives (служащий, слепой, гостиная,
передняя, детская, мостовая, будущее, прошлое, животное, лёгкие), an adjective with its short form
and predicative (видный «видно»), the issue's own homographs (сталь «стали», печь, стекло, знать,
мир, свет, лист, быль «был», мыть «мой», тереть «три»), and multiword terms whose words meet in
other structures (Южный Крест, сила воли, земной шар, гражданская война, сельское хозяйство).

Source: the ``d0rj/RusLit`` repository (public domain texts, one paragraph a line), read at bench
time from its mirrored git directory at commit `bench.recognition_ru_prose.COMMIT`, each file
checked by its sha256 (`WORKS`); nothing of its text is committed, only where each annotated line is
(work and line number) and a digest of its text. The repository holds no non-fiction that an earlier
set has not read (its one non-fiction folder, Tolstoy's essays, is `bench.recognition_essays`'s), so
this set reads fiction by writers no set read or read little: every file of ``prose/Bryusov/`` but
«Огненный ангел» (an alignment set's): his Roman novels «Алтарь победы» and «Юпитер поверженный»,
his stories and his science fiction («Республика Южного Креста», «Восстание машин», «Гора Звезды»);
the five Turgenev works no set read («Дворянское гнездо», «Дым», «Муму», «Стихотворения в прозе»,
«Яков Пасынков»); and Blok's four prose pieces.

How the set was built (termheld14 helper, session 24, 2026-12-05), before the matcher ran on it and
without reading `termbase/`: candidates by lexeme membership with no context
(`bench.recognition_ru_real.candidates`), lines of at most `MAX_CHARS` characters, a repeated line
once, up to `PER_CONCEPT` lines per concept, up to `PER_OTHER_READING` more holding a form pymorphy3
also reads as another part of speech than the term's (`bench.recognition_homographs.other_readings`)
and up to `PER_WORDS_APART` more holding a word of a multiword term apart
(`bench.recognition_essays.words_apart`), drawn with `SEED`; every candidate and word apart of every
drawn line read and labelled by hand in ``bench/data/recognition_bryusov/occurrences_ru.tsv`` (the
line format of `bench.recognition_quality.load_line_annotations` plus each line's ``digest``):
``hit`` where the concept's sense is meant, ``near-miss`` where it is not, the note naming why.
The rules: a hit is the concept's sense in any inflection. Figurative and set uses of another
sense are near-misses of another sense: «в этом роде», «род смерти» (a sort) against a family line
(«из рода богов», «без роду»); «в состоянии» (able) and a state against a fortune; «орудие гибели»,
«орудия пытки» against a gun; «жертва» a victim or a self-sacrifice against an offering to a god;
«трубы» a chimney, a pipe or the organ's pipes against the trumpet; «телесные органы»; «свет» the
world («на свете») and «мир» the world against light and peace; «листы» of paper or metal against a
leaf; «поле битвы» against a field; a duel («смертельный бой») and a drum's beat against a battle;
«на волю» (freedom) against the will; «папа» a father against the pope; a metaphorical «пристань»
(a haven). Names: the emperor Augustus («Август», «святости августа») against the month, the god
Mars against the planet, the goddess Victory of the altar («алтаре Победы»), «Елисейские поля»,
«проспект Суда». «Гора» of «Гора Звезды» (a mountain that is the story's city) is a mountain, so
a hit for гора and another word for горе; «под гору» (downhill) another sense. «Южный Крест» in
the name «Республика Южного Креста» names the constellation and is a hit. A noun term as an
attribute («детская робость», «будущие поэты», «прошлой зимой», «слепая» of a woman, «легкой
музыки») is an adjective, «служащая на телеграфе» a participle; «видно», «видна», «виден» (visible,
apparently) are an adverb or a short form of видный, not its sense of prominence; «силы» or «сила»
without «воли», «земной» without «шар» and «война» without «гражданская» are words apart, as is
«силы своей воли» (a word between). Counts: 474 lines of 34 works («Гора Звезды» 70, «Алтарь
победы» 64), **675 rows, 312 hits, 363 near-misses**: 93 verb forms (были, знаю, стали, берёг), 77
other senses, 40 adjectives, 38 other words (гора/горе, пол, левый), 30 pronouns (мой, моя), 23
adverbs, 15 numerals (три), 14 names, 2 short forms, 1 participle and 30 words apart. Трибун drew
no line; залив, судно, мел and печь one or two.

    python -m bench.recognition_bryusov draft    # the candidates to label (only for a new set)
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

DATA = Path(__file__).resolve().parent / "data" / "recognition_bryusov"
TERMBASE = DATA / "termbase_ru.csv"
ANNOTATIONS = DATA / "occurrences_ru.tsv"
WORKS = {
    "blok-devushka-rozovoi-kalitki-i-muravinyi-tsar": ("prose/Blok/Девушка розовой калитки и муравьиный царь.txt",
        "e568adeebe328b19501e83142305e796a89c3097035f8a1f56264940a1f55c72"),
    "blok-ni-sny-ni-yav": ("prose/Blok/Ни сны, ни явь.txt",
        "469931bcdef151dda9d435307a37ae2be2da5cf2787dc9f4cd4adb2ff5255f9e"),
    "blok-skazka-o-toi-kotoraya-ne-poimet-ee": ("prose/Blok/Сказка о той, которая не поймет её.txt",
        "cfee0451c6630ab2a0853c1c32b72132a42368f2eb2879513c943166656d4e7e"),
    "blok-sograzhdane": ("prose/Blok/Сограждане.txt",
        "ac855fd0d2c2d9f5a1392edf1404dd9b832f5868dec8c2e4954af273d0044b6d"),
    "bryusov-altar-pobedy": ("prose/Bryusov/Алтарь победы.txt",
        "ecb5aa8ac0b97f3c7064b3b87b70476a55033a259c0b654146cdd4600fcc1389"),
    "bryusov-bemol": ("prose/Bryusov/Бемоль.txt",
        "b24a8a4dc4d7cb4a92343e5c42ef7051c8d716c706ed6fe0b3320893e11bc080"),
    "bryusov-v-bashne": ("prose/Bryusov/В башне.txt",
        "96e0905973779d34ecdc0f2b9da2a51d13d15fd37337cda9629d83b7e63117b7"),
    "bryusov-v-zerkale": ("prose/Bryusov/В зеркале.txt",
        "a525fb5c2e38fe06928378a31006ee2298ae3c484d91148423905f93d26d075e"),
    "bryusov-v-podzemnoi-tyurme": ("prose/Bryusov/В подземной тюрьме.txt",
        "d2c565ea5f8a985ff4f089108ea4f16caa65f3810a705f578edea5b133658359"),
    "bryusov-vosstanie-mashin": ("prose/Bryusov/Восстание машин.txt",
        "29356a1e5ff1f79a305ec0a0b873fb2916e9f475a5394d215709cf7bee6e8a59"),
    "bryusov-gora-zvezdy": ("prose/Bryusov/Гора Звезды.txt",
        "16e52f243b6849650c8f99b4f94bb423ff52bdccc789c396c1259f9e72526cb0"),
    "bryusov-dekadent": ("prose/Bryusov/Декадент.txt",
        "57bc23ded7e084e79ed7cd811d2d3c6e33c58f3ae8528b83dcac8e0affddcd1e"),
    "bryusov-ditya-i-bezumets": ("prose/Bryusov/Дитя и безумец.txt",
        "b272457adf1c81d2e8cf6c479c07850e3d86004983dc0ad5caa271d66f8758cd"),
    "bryusov-za-sebya-ili-za-druguyu": ("prose/Bryusov/За себя или за другую.txt",
        "93a00814c059364c8fdec8ca62510f59a3b392b593291a2b0ded2f7a121ff532"),
    "bryusov-zashchita": ("prose/Bryusov/Защита.txt",
        "b2ac63e165cd8e38415399b790e57bd78ee56cabf25974c3da9ad0038b6cf9b1"),
    "bryusov-motsart": ("prose/Bryusov/Моцарт.txt",
        "26179d5d87c201efe33d20f9c06e7d34745fa970148bfb3f175e9b9795df9d5e"),
    "bryusov-mramornaya-golovka": ("prose/Bryusov/Мраморная головка.txt",
        "d76ea8813e294383388a2470dc483e717c1208fb4b7938b445957ec1a411f7c9"),
    "bryusov-nochnoe-puteshestvie": ("prose/Bryusov/Ночное путешествие.txt",
        "934d568dcb5f525f7ac54d019d760143fbe91471e048534fb34d0a8de46c0748"),
    "bryusov-obruchenie-dashi": ("prose/Bryusov/Обручение Даши.txt",
        "7217d4c63fc1459765334a59364b1822b8088b6dabeebcdc0487ea1b5d3d471b"),
    "bryusov-pervaya-lyubov": ("prose/Bryusov/Первая любовь.txt",
        "08379abc34aee837ec00a12fe0d7c5d5367edb30751ffe0cdbee1f315bdc5b67"),
    "bryusov-pod-starym-mostom": ("prose/Bryusov/Под Старым мостом.txt",
        "e5d00bcbabe9692e38aa99e5375ba0c728fff4454ca732e403dda83673aa9944"),
    "bryusov-poslednie-mucheniki": ("prose/Bryusov/Последние мученики.txt",
        "d6df157f84405f0669da71d279fc411c15c3d103657e8ce4a5259de3bfbc2e76"),
    "bryusov-poslednie-stranitsy-iz-dnevnika-zhenshchiny": ("prose/Bryusov/Последние страницы из дневника женщины.txt",
        "057740af71ba75dfc4b97b0a902232b77d508383525773e59265ff4ef9958ccf"),
    "bryusov-predsmertnyi-bred-vergiliya": ("prose/Bryusov/Предсмертный бред Вергилия.txt",
        "524da9b4a8914afb0ca055d96ca0e02e5d2bad40775ecd75841d52a2e941b33a"),
    "bryusov-rasskazy-mashi-s-reki-mologi-pod-gorodom-ustyuzhna": ("prose/Bryusov/Рассказы Маши, с реки Мологи, под городом Устюжна.txt",
        "3428d6c1a244bf695792f774847e0c7fcccf48735171b271349756c910aac7eb"),
    "bryusov-respublika-yuzhnogo-kresta": ("prose/Bryusov/Республика Южного Креста.txt",
        "3e6d94fc59039a4828f23aedd831fd72dc9f9e77fbdad284997becf7e494ff5f"),
    "bryusov-reya-silviya": ("prose/Bryusov/Рея Сильвия.txt",
        "bc9474dec50afd7cff7b884075cbea6054fa5f776d4ab6eb203f23a289654e10"),
    "bryusov-sem-zemnykh-soblaznov": ("prose/Bryusov/Семь земных соблазнов.txt",
        "6485a445b94032d558ca8ca03f13da9a857cc556807be10f91bece5baef75b26"),
    "bryusov-sestry": ("prose/Bryusov/Сестры.txt",
        "fe019fb6874b6eda2f7ab79e7da69722497b34ecbce801969828e08d7401b300"),
    "bryusov-teper-kogda-ya-prosnulsya": ("prose/Bryusov/Теперь, - когда я проснулся....txt",
        "032162750aac89e9f5729ecefcc5e810f13d24384b722d1d028524d64aa27cd9"),
    "bryusov-cherez-pyatnadtsat-let": ("prose/Bryusov/Через пятнадцать лет.txt",
        "6ac72b12c3c2a4c6f20e2cb285bd11c27569ff9219d71ec0474fbb9254717ec7"),
    "bryusov-eluli-syn-eluli": ("prose/Bryusov/Элули, сын Элули.txt",
        "73b2e016c47ccb2189ae86fa18b431a13ae53ff8c0f796b080f690aab343f791"),
    "bryusov-yupiter-poverzhennyi": ("prose/Bryusov/Юпитер поверженный.txt",
        "5424a9c76bffe48dd1046f9050488b283d4065b0549463059f5e62f408ce3f60"),
    "turgenev-dvoryanskoe-gnezdo": ("prose/Turgenev/Дворянское гнездо.txt",
        "feb536d4c320a7145dcea1c2ca8be95c84e3ff35e13734fb9aaea69ce91e677e"),
    "turgenev-dym": ("prose/Turgenev/Дым.txt",
        "d56726eca834b48525e6af9d642bf80bd7e7907c91aa64e89c0030bc0dbe0a5a"),
    "turgenev-mumu": ("prose/Turgenev/Муму.txt",
        "cfae6fbcb7824a71c140df210da732260a7ae61c27ec77ebfeb2e7191bbd2b4c"),
    "turgenev-stikhotvoreniya-v-proze": ("prose/Turgenev/Стихотворения в прозе.txt",
        "9666025c617de8145a9be4eaf81ab66c1e3d7cafe025404a965f9a5f305e7c47"),
    "turgenev-yakov-pasynkov": ("prose/Turgenev/Яков Пасынков.txt",
        "d772056c4cabdc88be8eda6d565fd2dd300207b44a044e18d940efd4efe1336a"),
}
"""Each work's document name: its path in the repository and the sha256 of its text."""
SEED = 2414
PER_CONCEPT = 8
PER_OTHER_READING = 5
"""Up to how many more lines a concept gets where its word has a form pymorphy3 also reads as
another part of speech than the term's (`bench.recognition_homographs.other_readings`)."""
PER_WORDS_APART = 3
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
    return read_line_set(documents(), ANNOTATIONS, CACHE / "recognition_bryusov_ru_docs")


def quality() -> dict[str, float]:
    """Recall and precision, with and without the other-sense near-misses
    (`recognition_ru_prose.quality_of`)."""
    return quality_of(TERMBASE, ANNOTATIONS, cases())


if __name__ == "__main__":
    command(__doc__, documents, draw, TERMBASE)
