"""Agreement and part of speech in context: sentences written for issue 15 by its implementer.

These are hand-written near-misses and hits around the cases the issue names
(«для рабочих клуб», «Рабочие стали членами клуба», "The report states the
facts", homographs such as «печь», «стекло», «знать», «были»); the measured
figures come from real sentences in `test_termbase_real_recognition.py`.
"""

from __future__ import annotations

import pytest

from termbase.grammar import Context
from termbase.match import Matcher
from termbase.model import Concept, Term
from termbase.morphology import lemmatizer_for


def concept(cid: str, en: str, ru: str) -> Concept:
    return Concept(cid, terms=(Term(en, "en"), Term(ru, "ru")))


CONCEPTS = [
    concept("club", "workers' club", "рабочий клуб"),
    concept("member", "club member", "член клуба"),
    concept("history", "history of the labour movement", "история рабочего движения"),
    concept("steel", "steel", "сталь"),
    concept("stove", "stove", "печь"),
    concept("glass", "glass", "стекло"),
    concept("nobility", "nobility", "знать"),
    concept("story", "true story", "быль"),
    concept("state", "state", "государство"),
    concept("crime", "organised crime", "организованная преступность"),
]
RU = Matcher(CONCEPTS, "ru")
EN = Matcher(CONCEPTS, "en")


def found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.concept_id, m.text) for m in matcher.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Профсоюз построил для рабочих клуб.", []),  # the case: no agreement
        ("Рабочий клуб открылся в 1923 году.", [("club", "Рабочий клуб")]),
        ("Правление рабочего клуба собралось.", [("club", "рабочего клуба")]),
        ("Рабочие клубы стали центрами досуга.", [("club", "Рабочие клубы")]),
        ("Для рабочих клубов построили здания.", [("club", "рабочих клубов")]),
        ("Рабочему клубы не нужны.", []),
        ("Членов клуба стало больше.", [("member", "Членов клуба")]),
        ("Членам клуба раздали билеты.", [("member", "Членам клуба")]),
        ("Член клубу не нужен.", []),  # the dependent left the genitive
        ("Он изучал историю рабочего движения.", [("history", "историю рабочего движения")]),
        ("Он изучал историю рабочему движению.", []),
        ("Рабочие стали членами клуба.", [("member", "членами клуба")]),  # the case
        ("Они стали работать лучше.", []),
        ("Ножи делали из стали.", [("steel", "стали")]),
        ("Производство стали выросло.", [("steel", "стали")]),
        ("Нержавеющей стали не хватало.", [("steel", "стали")]),
        ("Руки стали красными.", []),
        ("Русская печь стояла в углу.", [("stove", "печь")]),
        ("Надо печь хлеб.", []),
        ("Она любила печь пироги.", []),
        ("Разбитое стекло лежало на полу.", [("glass", "стекло")]),
        ("Сквозь стекло было видно ёлку.", [("glass", "стекло")]),
        ("Придворная знать собралась во дворце.", [("nobility", "знать")]),
        ("Он хотел знать правду.", []),
        ("Вам лучше знать.", []),
        ("Все игрушки были на месте.", []),
        ("Какие были времена!", []),
        ("Это не сказка, а быль.", [("story", "быль")]),
        ("Организованная преступность росла.", [("crime", "Организованная преступность")]),
        ("Они организовали преступность.", []),  # a verb, not the participle
    ],
)
def test_russian_agreement_and_part_of_speech(text: str, expected: list) -> None:
    assert found(RU, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report states the facts.", []),  # the case
        ("The states of Europe met.", [("state", "states")]),
        ("It states that clubs grew.", []),
        ("He began to state his case.", []),
        ("The state paid for the club.", [("state", "state")]),
        ("Member states agreed.", [("state", "states")]),
        ("They stated the facts.", []),
    ],
)
def test_english_part_of_speech_in_context(text: str, expected: list) -> None:
    assert found(EN, text) == expected


def test_a_match_says_why_grammar_took_it() -> None:
    [club] = RU.find("В рабочем клубе шли спектакли.")
    assert "agree" in club.why and "loct" in club.why
    [steel] = RU.find("Ножи делали из стали.")
    assert "preposition «из»" in steel.why


NAMED = [
    concept("lion", "lion", "лев"),
    concept("faith", "faith", "вера"),
    concept("distance", "distance", "даль"),
    concept("news", "news", "весть"),
    concept("open", "open", "открытый"),
    concept("free", "free", "свободный"),
    concept("moscow", "Moscow", "Москва"),
    concept("directory", "directory", "каталог"),
]
RU_NAMED = Matcher(NAMED, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Об этом писал Лев Толстой.", []),  # a capital inside the sentence
        ("Лев Николаевич родился в усадьбе.", []),  # before a patronymic
        ("Лев Гумилёв написал книгу.", []),  # before a surname
        ("Как объяснял В.И. Даль, слово старое.", []),  # after an initial
        ("Вчера к нам приходила Вера.", []),
        ("Лев спал в клетке.", [("lion", "Лев")]),  # a capital starting the sentence
        ("Каталог Git хранит историю.", [("directory", "Каталог")]),  # a program's name, no surname
        ("Глава 2 Лев и его прайд", [("lion", "Лев")]),  # after a number, not inside a sentence
        ("Вера в победу росла.", [("faith", "Вера")]),
        ("Все говорили: Вера сильнее страха.", [("faith", "Вера")]),
        ("В Москве шёл дождь.", [("moscow", "Москве")]),  # the term is a name itself
        ("Нам не дали ответа.", []),  # «не» before a verb form
        ("Ему дали премию.", []),  # a dative pronoun before a past plural
        ("Иногда вести приходили поздно.", [("news", "вести")]),  # an adverb may precede a noun
        ("Он мечтал бы вести корабль.", []),  # an infinitive after «мечтал бы»
        ("Искусство вести беседу редко.", []),  # an accusative, not a genitive, after it
        ("Морская даль синела.", [("distance", "даль")]),
        ("Вести с фронта приходили редко.", [("news", "Вести")]),
        ("Он говорил открыто.", []),  # an adverb beside a verb
        ("Они ведут себя открыто.", []),
        ("Сайт свободно доступен всем.", []),  # an adverb before an adjective
        ("Окно было открыто.", [("open", "открыто")]),  # a link verb takes the short adjective
        ("Окно открыто всем ветрам.", [("open", "открыто")]),  # «всем» is a pronoun
        ("Открытый урок прошёл хорошо.", [("open", "Открытый")]),
        ("Он снова свободен.", [("free", "свободен")]),
    ],
)
def test_names_verbs_and_adverbs_in_context(text: str, expected: list) -> None:
    assert found(RU_NAMED, text) == expected


def test_a_refusal_says_why() -> None:
    grammar = lemmatizer_for("ru").grammar
    taken, why = grammar.noun_in_context(Context("", "писал", "Лев", "Толстой"), frozenset({"лев"}))
    assert not taken and why.startswith("a name")
    taken, why = grammar.noun_in_context(Context("", "", "Даль", "", "И."), frozenset({"даль"}))
    assert not taken and "initial «И.»" in why
    taken, why = grammar.noun_in_context(
        Context("", "говорил", "открыто", ""), frozenset({"открытый"})
    )
    assert not taken and "adverb" in why and "«говорил»" in why


def verb(cid: str, en: str, ru: str, ru_pos: str | None = "verb") -> Concept:
    return Concept(cid, terms=(Term(en, "en", part_of_speech="verb"), Term(ru, "ru", part_of_speech=ru_pos)))


VERBS = [
    verb("wash", "wash", "мыть", None),  # pymorphy3 knows «мыть» only as a verb
    verb("rub", "rub", "тереть", None),
    verb("bake", "bake", "печь"),  # also a noun: the term's `pos` says which
    verb("lead", "lead", "вести"),
    verb("become", "become", "стать"),
    verb("state", "state", "заявить"),
    verb("know", "know", "знать"),
    verb("follow", "follow", "следовать"),
]
RU_VERBS = Matcher(VERBS, "ru")
EN_VERBS = Matcher(VERBS, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мой руки перед едой.", [("wash", "Мой")]),  # «руки» does not agree with «мой»
        ("Она моет посуду, а он мыл пол.", [("wash", "моет"), ("wash", "мыл")]),
        ("Вымытая посуда сохнет.", []),  # another verb («вымыть»)
        ("Мывшая посуду устала, моя руки.", [("wash", "Мывшая"), ("wash", "моя")]),  # participle, gerund
        ("Мытая посуда сохнет.", []),  # also the adjective «мытый»
        ("Это следующий шаг.", []),  # the adjective «следующий», not «следовать»
        ("Это мой дом.", []),  # the possessive agrees with the noun after it
        ("Моя бабушка спит.", []),
        ("Положи на мой стол.", []),  # after a preposition
        ("Три морковь на тёрке.", [("rub", "Три")]),  # «морковь» is no genitive
        ("Прошло три дня.", []),  # the numeral takes a genitive
        ("Сорок три!", []),  # after a numeral
        ("Трите сильнее.", [("rub", "Трите")]),
        ("Хлеб вынули из печи.", []),  # the noun after a preposition
        ("Русская печь топилась.", []),  # an agreeing adjective
        ("Она умела печь пироги.", [("bake", "печь")]),
        ("Бабушка пекла блины.", [("bake", "пекла")]),
        ("Пришли вести с фронта.", [("lead", "вести")]),  # kept: nothing says it is the noun
        ("Из дома приходили вести.", [("lead", "вести")]),
        ("Он не умел вести беседу.", [("lead", "вести")]),
        ("Ножи делали из стали.", []),
        ("Дети стали играть.", [("become", "стали")]),
        ("Вся знать съехалась.", [("know", "знать")]),  # kept: «вся» agrees only weakly
        ("Хочу знать правду.", [("know", "знать")]),
    ],
)
def test_russian_verb_terms_in_context(text: str, expected: list) -> None:
    assert found(RU_VERBS, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The state pays for it.", []),
        ("The head of state spoke.", []),
        ("You have to state the facts.", [("state", "state")]),
        ("The report states the facts.", [("state", "states")]),
        ("He stated it twice.", [("state", "stated")]),
        ("Stating the obvious helps.", [("state", "Stating")]),
        ("She took a walk.", []),
        ("They wash the car.", [("wash", "wash")]),
        ("The wash was done.", []),
    ],
)
def test_english_verb_terms_in_context(text: str, expected: list) -> None:
    assert found(EN_VERBS, text) == expected


def test_a_verb_terms_refusal_says_why() -> None:
    [match] = RU_VERBS.find("Мой руки перед едой.")
    assert match.why.startswith("a verb") or "kept as the verb" in match.why
    lemmatizer = lemmatizer_for("ru")
    keys = frozenset(lemmatizer.term_keys("тереть"))
    taken, why = lemmatizer.grammar.verb_in_context(Context("", "прошло", "три", "дня"), keys)
    assert not taken and "numeral" in why and "«дня»" in why


COORDINATED = [
    concept("stove", "stove", "печь"),
    concept("soap", "soap", "мыло"),
    concept("steel", "steel", "сталь"),
    concept("organised", "organised", "организованный"),
]
RU_COORDINATED = Matcher(COORDINATED, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ему бы шить сапоги и печь кулебяки.", []),  # joins the infinitive «шить»
        ("Она шила и мыла весь день.", []),  # joins the past «шила»
        ("Он чинил трубу и печь в доме.", [("stove", "печь")]),  # the verb before is no infinitive
        ("Купили хлеб и мыла кусок.", [("soap", "мыла")]),  # «купили» is plural
        ("Пришла законность, организованная ей же.", []),  # «ей», its agent
        ("Организованная группа пришла.", [("organised", "Организованная")]),
        ("Он шёл с организованной толпой.", [("organised", "организованной")]),  # agrees: no agent
    ],
)
def test_coordinated_verbs_and_participles_with_an_agent(text: str, expected: list) -> None:
    assert found(RU_COORDINATED, text) == expected


NOUNS_AND_VERBS = [
    verb("wash", "wash", "мыть", None),
    verb("drink", "drink", "пить", None),
    verb("become", "become", "стать"),
    concept("soap", "soap", "мыло"),
    concept("saw", "saw", "пила"),
    concept("steel", "steel", "сталь"),
    concept("story", "true story", "быль"),
]
RU_NOUNS_AND_VERBS = Matcher(NOUNS_AND_VERBS, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Возьмите мыло.", [("soap", "мыло")]),  # nothing decides: the likelier noun
        ("В ящике лежат гвозди, пила, рубанок.", [("saw", "пила")]),  # a list: nothing decides
        ("Нашёл брусок стали.", [("steel", "стали")]),  # «брусок» cannot be the plural's subject
        ("Сделано из листов стали и меди.", [("steel", "стали")]),  # «листов»: no nominative
        ("Она мыла окна.", [("wash", "мыла")]),  # its object after it
        ("Бруски стали тяжёлыми.", [("become", "стали")]),  # its subject, its instrumental
        ("У его друзей были деньги.", []),  # «были» is almost always the verb
    ],
)
def test_nouns_that_verb_terms_share_a_form_with(text: str, expected: list) -> None:
    assert found(RU_NOUNS_AND_VERBS, text) == expected


SHARED_WITH_ADJECTIVES = [
    concept("lion", "lion", "лев"),
    concept("right", "right", "право"),
    concept("vein", "vein", "жила"),
    concept("heat", "heat", "тепло"),
    concept("bathroom", "bathroom", "ванная"),
]
RU_SHARED_WITH_ADJECTIVES = Matcher(SHARED_WITH_ADJECTIVES, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кнопка в левом верхнем углу.", []),  # «левом» agrees with «верхнем»
        ("Сядьте на правом краю.", []),  # «правом» agrees with «краю»
        ("Держите в правой руке.", []),  # «правой»: no reading of the noun «право»
        ("Рядом жилой дом.", []),
        ("Налейте тёплое молоко.", []),
        ("Он воспользовался правом голоса.", [("right", "правом")]),  # «голоса» does not agree
        ("Лев рычал.", [("lion", "Лев")]),
        ("Ему нужно тепло.", [("heat", "тепло")]),
        ("Ванная комната свободна.", [("bathroom", "Ванная")]),  # the adjective's own noun
    ],
)
def test_adjectives_that_noun_terms_share_a_form_with(text: str, expected: list) -> None:
    assert found(RU_SHARED_WITH_ADJECTIVES, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("перед. лев. крыло", []),  # a stop before a word in lower case: cut short
        ("лев. Т-образный", []),  # begins the text in lower case
        ("Справа сидел лев. Он спал.", [("lion", "лев")]),  # a capital after it: a sentence ends
        ("Это их право. 2024 год.", [("right", "право")]),  # a number may begin a sentence
    ],
)
def test_a_word_cut_short_with_a_stop_is_not_the_term(text: str, expected: list) -> None:
    assert found(RU_SHARED_WITH_ADJECTIVES, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Тропа, ведущая наверх, заросла.", [("lead", "ведущая")]),  # an adverb after it
        ("Это ведущая роль.", []),  # the adjective «ведущий»
        ("Следующий шаг прост.", []),
    ],
)
def test_a_participle_the_dictionary_also_lists_takes_an_adverb_as_the_verb(text: str, expected: list) -> None:
    assert found(RU_VERBS, text) == expected


RULES_OF_SESSION_17 = [
    *SHARED_WITH_ADJECTIVES,
    *NOUNS_AND_VERBS,
    verb("lead", "lead", "вести"),
    concept("news", "news", "весть"),
    concept("magpie", "magpie", "сорока"),
    concept("thing", "thing", "вещь"),
]
RU_RULES_OF_SESSION_17 = Matcher(RULES_OF_SESSION_17, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short adjective after a link verb that agrees with it is its predicate
        ("Кажется, она была права.", []),
        ("Он может быть прав.", []),
        ("Завтра тебе будет тепло.", []),
        ("У каждого есть право на отдых.", [("right", "право")]),  # «есть»: it exists
        ("В сундуке были вещи отца.", [("thing", "вещи")]),  # a subject, likelier than «вещий»
        # an adverb before a form that is also a predicative adverb: the predicative
        ("Возле костра было очень тепло.", []),
        ("Тепло костра согревало нас.", [("heat", "Тепло")]),
        # an object past its adjective makes the form the verb
        ("Чтобы вести прицельный огонь, нужен опыт.", [("lead", "вести")]),
        ("Волк пил холодную воду.", [("drink", "пил")]),
        ("Пришли добрые вести.", [("news", "вести")]),
        # a noun joined by «и» to a noun after a preposition is that noun
        ("Нож из закалённой меди и стали.", [("steel", "стали")]),
        # a link verb needs a predicate: nothing after the form makes it the noun
        ("На складе лежали бруски стали.", [("steel", "стали")]),
        ("Бруски стали тяжёлыми.", [("become", "стали")]),
        # a numeral before the genitive it takes
        ("Прошло сорок тысяч лет.", []),
        ("На ветке сидели две сороки.", [("magpie", "сороки")]),
        # an adjective joined by «или» to an adjective
        ("Нажмите на левой или правой кнопке.", []),
        # a possessive after its noun, ending the phrase
        ("Здравствуй, брат мой.", []),
        ("Мой руки, сын мой.", [("wash", "Мой")]),
    ],
)
def test_predicates_objects_coordination_numerals_possessives(text: str, expected: list) -> None:
    assert found(RU_RULES_OF_SESSION_17, text) == expected


RULES_OF_TERMFIX6 = [
    *NOUNS_AND_VERBS,
    concept("lion", "lion", "лев"),
    concept("absent-minded", "absent-minded", "рассеянный"),
    concept("open", "open", "открытый"),
    concept("soul", "soul", "душа"),
]
RU_RULES_OF_TERMFIX6 = Matcher(RULES_OF_TERMFIX6, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reading as a name («Лёвой») does not make a word in lower case the noun
        ("Он держал повод левой и смотрел на дорогу.", []),
        # an adverb joined by «и» to an adverb, before or after it
        ("На расспросы он отвечал небрежно и рассеянно.", []),
        ("Она рассеянно и устало кивнула гостю.", []),
        ("Всё вокруг было тихо и открыто.", [("open", "открыто")]),  # a link verb before the pair
        # a verb before its own subject pronoun, then the form: the adverb
        ("— Не знаю, — ответил он рассеянно.", []),
        # the subject past an adverb before the verb
        ("Старуха долго пила чай из блюдечка.", [("drink", "пила")]),
        ("Бабушка молча мыла чашки у окна.", [("wash", "мыла")]),
        # a personal pronoun before it as its subject weighs more than a noun, which may
        # take a genitive: the verb, though nothing follows
        ("Мы стали, не доходя до моста.", [("become", "стали")]),
        # an object only accusative follows a verb, never a noun
        ("Вдова кузнеца пила настойку по вечерам.", [("drink", "пила")]),
        # a personal pronoun after the verb is its subject
        ("Пил он много, но никогда не пьянел.", [("drink", "Пил")]),
        ("Душу я вам не отдам.", [("soul", "Душу")]),  # not a present («душить»): a fronted object
        # a short adjective before a link verb is its predicate
        ("К весне лошади совсем слабы стали.", [("become", "стали")]),
        # a possessive after its noun, a preposition beginning the next phrase
        ("Брат мой из города вернулся поздно.", []),
    ],
)
def test_rules_read_off_classic_prose(text: str, expected: list) -> None:
    assert found(RU_RULES_OF_TERMFIX6, text) == expected


RULES_OF_TERMFIX8 = [*NOUNS_AND_VERBS, verb("lead", "lead", "вести"), concept("thought", "thought", "мысль")]
RU_RULES_OF_TERMFIX8 = Matcher(RULES_OF_TERMFIX8, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inanimate noun before a transitive past may be its subject or its object: the verb
        ("Старик квас пил из ковша и молчал.", [("drink", "пил")]),
        ("Утром дверь мыла, а вечером полы натирала.", [("wash", "мыла")]),
        # an animate noun may only be the subject: the genitive stays as likely as the verb
        ("Кузнец пил", [("drink", "пил"), ("saw", "пил")]),
        # a personal pronoun that may be accusative after a transitive imperative: its object
        ("Веди нас к реке, старик!", [("lead", "Веди")]),
        ("Ну, веди меня домой.", [("lead", "веди")]),
        ("Мысли его путались.", [("thought", "Мысли")]),  # «его» also a possessive, after its noun: not the imperative
        # a possessive after a noun and «ты» at the end of an address, not the imperative
        ("Что же ты наделал, дружок ты мой!", []),
        ("Ты мой руки, а я вытру стол.", [("wash", "мой")]),  # the imperative with its object
    ],
)
def test_rules_read_off_classic_prose_round_two(text: str, expected: list) -> None:
    assert found(RU_RULES_OF_TERMFIX8, text) == expected


INSTITUTIONS = Matcher([
    concept("council", "council", "совет"),
    concept("union", "union", "союз"),
    concept("steel", "steel", "сталь"),
    concept("faith", "faith", "вера"),
], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Он ждал решения Совета Рабочих Депутатов.", [("council", "Совета")]),
        ("Письмо ушло в отделы Всемирного Союза.", [("union", "Союза")]),
        ("Эту мысль повторила Анна Сталь.", []),  # after a first name: a surname pymorphy3 does not list
        ("Вчера к нам приходила Вера.", []),  # a name has this spelling
    ],
)
def test_a_capitalised_common_noun_inside_a_sentence_is_an_institutions_name_not_a_persons(
    text: str, expected: list
) -> None:
    """Russian capitalises the common noun of an institution («Совет Депутатов», «Союз»): the
    capital inside a sentence marks a person's name only where a name has that spelling or a
    first name stands before it."""
    assert [(m.concept_id, m.text) for m in INSTITUTIONS.find(text)] == expected


RU_WORKER = Matcher([concept("worker", "worker", "рабочий")], "ru")
RU_WORKING = Matcher(
    [Concept("working", terms=(Term("working", "en", part_of_speech="adjective"),
                               Term("рабочий", "ru", part_of_speech="adjective")))],
    "ru",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Рабочий пришёл в клуб.", [("worker", "Рабочий")]),
        ("Клуб построили для рабочих.", [("worker", "рабочих")]),
        ("Мастер говорил с рабочими и служащими.", [("worker", "рабочими")]),
        # The masculine noun has no feminine or neuter form: these are the adjective.
        ("Рабочая интеллигенция собралась в клубе.", []),
        ("Он возбудил надежды в рабочей массе.", []),
        ("Рабочее движение росло.", []),
        ("Они подняли рабочую энергию масс.", []),
    ],
)
def test_a_noun_that_is_an_adjectives_form_is_not_read_in_the_adjectives_other_forms(
    text: str, expected: list
) -> None:
    assert found(RU_WORKER, text) == expected


@pytest.mark.parametrize(
    "text", ["Рабочая одежда висит у двери.", "Рабочее место убрано.", "Это рабочий стол."]
)
def test_an_adjective_term_keeps_all_its_forms(text: str) -> None:
    assert [m.concept_id for m in RU_WORKING.find(text)] == ["working"]


RU_FUNCTION_WORDS = Matcher(
    [concept("snake", "grass snake", "уж"), concept("pier", "pier", "мол"),
     concept("season", "season", "пора"), concept("guilt", "guilt", "вина"),
     Concept("eat", terms=(Term("eat", "en", part_of_speech="verb"),
                           Term("есть", "ru", part_of_speech="verb")))],
    "ru",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The term word is the dictionary form of its own lexeme: «есть» is to eat, not «быть».
        ("Я был тут вчера.", []),
        ("Они должны быть дома.", []),
        ("Он ел кашу.", [("eat", "ел")]),
        ("Вино стояло на столе.", []),  # «вина» is also «вино»'s genitive
        ("Его вина доказана.", [("guilt", "вина")]),
        # A particle, conjunction or predicative pymorphy3 reads at least as often as the noun.
        ("Уж не знаю, что сказать.", []),
        ("Он, мол, придёт завтра.", []),
        ("Пора домой.", []),
        ("Корабль стоял у мола.", [("pier", "мола")]),
        ("Волны били в мол.", [("pier", "мол")]),  # after a preposition: the noun
        ("В ту пору он жил в деревне.", [("season", "пору")]),
    ],
)
def test_a_term_is_not_read_in_another_lexemes_forms_nor_as_a_particle(text: str, expected: list) -> None:
    assert found(RU_FUNCTION_WORDS, text) == expected


def _typed(cid: str, en: str, ru: str, part_of_speech: str) -> Concept:
    return Concept(cid, terms=(Term(en, "en", part_of_speech=part_of_speech),
                               Term(ru, "ru", part_of_speech=part_of_speech)))


RU_CLAUSE_SHAPE = Matcher(
    [_typed("eat", "eat", "есть", "verb"), _typed("due", "due", "должный", "adjective"),
     _typed("simple", "simple", "простой", "adjective"), _typed("faithful", "faithful", "верный", "adjective"),
     _typed("free", "free", "свободный", "adjective")],
    "ru",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «есть» is also «быть»'s present: the infinitive is the one a word governs.
        ("У соседа есть лодка.", []),
        ("Есть ли у вас спички?", []),
        ("Это, то есть, не совсем так.", []),
        ("Мы будем есть суп.", [("eat", "есть")]),
        ("Детям нечего есть.", [("eat", "есть")]),
        ("Ему хотелось пить и есть.", [("eat", "есть")]),
        ("Есть хочется.", [("eat", "Есть")]),
    ],
)
def test_an_infinitive_that_is_another_verbs_present_needs_a_governor(text: str, expected: list) -> None:
    assert found(RU_CLAUSE_SHAPE, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «должный» is a relative adjective: «должен» (must) is a word of its own.
        ("Он должен уехать завтра.", []),
        ("Она должна была прийти к обеду.", []),
        ("Бумаги оформлены в должном порядке.", [("due", "должном")]),
    ],
)
def test_a_relative_adjectives_short_form_is_a_word_of_its_own(text: str, expected: list) -> None:
    assert found(RU_CLAUSE_SHAPE, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A short neuter that is also a particle or a parenthetical word is that word...
        ("Я просто не знаю, что делать.", []),
        ("Вы, верно, устали с дороги.", []),
        # ...unless a subject or a link verb makes it the predicate.
        ("Это было просто.", [("simple", "просто")]),
        ("Всё просто.", [("simple", "просто")]),
        ("Всё верно.", [("faithful", "верно")]),
        # An adverb that is no particle stays as before: «мне свободно» is the adjective's sense.
        ("Теперь мне свободно.", [("free", "свободно")]),
    ],
)
def test_a_short_form_that_is_also_a_particle_is_the_particle_unless_a_predicate(
    text: str, expected: list
) -> None:
    assert found(RU_CLAUSE_SHAPE, text) == expected


RU_SUBSTANTIVISED = Matcher(
    [_typed("acquaintance", "acquaintance", "знакомый", "noun"), _typed("patient", "patient", "больной", "noun")],
    "ru",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun that is an adjective used as one: its short forms and the adjective before a noun are not it.
        ("Вы с ним знакомы?", []),
        ("Она тяжело больна.", []),
        ("Я услышал знакомый голос.", []),
        ("Больная собака лежала у ворот.", []),
        ("Ко мне зашли старые знакомые.", [("acquaintance", "знакомые")]),
        ("Доктор осмотрел больного утром.", [("patient", "больного")]),
        ("Больной спит.", [("patient", "Больной")]),
    ],
)
def test_a_noun_used_from_an_adjective_has_no_short_form_and_modifies_no_noun(text: str, expected: list) -> None:
    assert found(RU_SUBSTANTIVISED, text) == expected



RU_HOMOGRAPHS = Matcher(
    [_typed("village", "village", "село", "noun"), _typed("sit-down", "sit down", "сесть", "verb"),
     _typed("season", "season", "пора", "noun"), _typed("strawberry", "strawberry", "земляника", "noun"),
     _typed("simple", "simple", "простой", "adjective"), _typed("mother", "mother", "мать", "noun")],
    "ru",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A person's name takes no genitive after it: «сел» after one is the verb, its subject.
        ("Ковалев сел в дрожки.", [("sit-down", "сел")]),
        ("Германн сел у окна.", [("sit-down", "сел")]),
        # A common noun does: «жители сел» are the villages'.
        ("Жители сел ушли в город.", [("village", "сел")]),
        # A name is no subject of an imperative («материть»): the noun after it stays.
        ("Евгений матери написал письмо.", [("mother", "матери")]),
    ],
)
def test_a_name_takes_no_genitive_after_it(text: str, expected: list) -> None:
    assert found(RU_HOMOGRAPHS, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A past joined by «и» to a past of its form after it is a verb, as one before it is.
        ("Я пришёл к себе в комнату, сел и задумался.", [("sit-down", "сел")]),
        ("Жители сел и деревень ушли в город.", [("village", "сел")]),
    ],
)
def test_a_verb_joined_to_the_verb_after_it(text: str, expected: list) -> None:
    assert found(RU_HOMOGRAPHS, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «с тех пор», «до сих пор»: a fixed adverbial of time, not the noun «пора».
        ("С тех пор я его не видел.", []),
        ("Он до сих пор не пришёл.", []),
        ("Подождите до тех пор, пока я вернусь.", []),
        # The noun in its own use, or a common noun after a demonstrative, is kept.
        ("В ту пору он был молод.", [("season", "пору")]),
        ("Со всех сёл приехали гости.", [("village", "сёл")]),
    ],
)
def test_a_fixed_adverbial_of_time_is_not_its_noun(text: str, expected: list) -> None:
    assert found(RU_HOMOGRAPHS, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised common noun after a patronymic is a surname pymorphy3 does not list.
        ("Пришёл Артемий Филиппович Земляника.", []),
        ("На столе стояла тарелка с земляникой.", [("strawberry", "земляникой")]),
    ],
)
def test_a_capitalised_word_after_a_patronymic_is_a_surname(text: str, expected: list) -> None:
    assert found(RU_HOMOGRAPHS, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An adjective term that is also a noun and a verb's imperative is the adjective where it agrees.
        ("Ты простой человек.", [("simple", "простой")]),
        ("Человек простой: если умрёт, так умрёт.", [("simple", "простой")]),
    ],
)
def test_an_adjective_term_agreeing_with_its_noun_is_the_adjective(text: str, expected: list) -> None:
    assert found(RU_HOMOGRAPHS, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «просто» before a nominative: the nominative is the predicate, «просто» a particle.
        ("Да это просто разбойник!", []),
        ("Он просто был муж своей жены.", []),
        # Nothing after it: the short adjective, the predicate.
        ("Всё это было просто.", [("simple", "просто")]),
    ],
)
def test_a_particle_before_the_nominative_predicate(text: str, expected: list) -> None:
    assert found(RU_HOMOGRAPHS, text) == expected


RU_SESSION22 = Matcher(
    [_typed("right-hand", "right-hand", "правый", "adjective"), _typed("magpie", "magpie", "сорока", "noun"),
     _typed("scientist", "scientist", "учёный", "noun"), _typed("full", "full", "полный", "adjective")],
    "ru",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A short form that is also another lexeme's likelier noun is the noun («право»), or the
        # particle it also is, unless a subject or a link verb makes it the predicate.
        ("Он не имел права так говорить.", []),
        ("Я имею право уйти.", []),
        ("Имею ли я право кормить вас?", []),
        ("Нет, право, она удивительная.", []),
        ("Она права.", [("right-hand", "права")]),
        ("Он был прав.", [("right-hand", "прав")]),
        ("Прав ты, брат.", [("right-hand", "Прав")]),
        # The adjective's own forms, and a short form likelier than the noun it also is («полон»), stay.
        ("Он поднял правую руку.", [("right-hand", "правую")]),
        ("Желудок будет уже полон.", [("full", "полон")]),
    ],
)
def test_a_short_form_that_is_also_a_likelier_noun_is_the_noun_unless_a_predicate(text: str, expected: list) -> None:
    assert found(RU_SESSION22, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A numeral after it, a preposition before the count, the counted noun before it: the numeral.
        ("Сорок три! Один!", []),
        ("Это был человек лет сорока пяти.", []),
        ("За сорок копеек ему дали рыбы.", []),
        ("Самое большее, лет сорок.", []),
        ("Душ сорок будет.", []),
        # The bird stays.
        ("Стая сорок взлетела с берёзы.", [("magpie", "сорок")]),
        ("На заборе сидела сорока.", [("magpie", "сорока")]),
    ],
)
def test_a_numeral_in_a_compound_after_a_preposition_or_its_counted_noun(text: str, expected: list) -> None:
    assert found(RU_SESSION22, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A qualitative adjective used as a noun modifies the noun after it that it agrees with.
        ("В этой книге ученый епископ писал о бесах.", []),
        ("Не нужно быть ученым профессором.", []),
        ("Они ходили, как ученые собаки.", []),
        # Alone it is the noun.
        ("Ученый сказал правду.", [("scientist", "Ученый")]),
        ("Ученые собрались в зале.", [("scientist", "Ученые")]),
    ],
)
def test_a_qualitative_adjective_listed_as_a_noun_modifies_the_noun_after_it(text: str, expected: list) -> None:
    assert found(RU_SESSION22, text) == expected


RU_VERB_CUES = Matcher(
    [_typed("distance", "distance", "даль", "noun"), _typed("fir", "fir", "ель", "noun"),
     _typed("village", "village", "село", "noun"), _typed("sit-down", "sit down", "сесть", "verb"),
     _typed("glass", "glass", "стекло", "noun")],
    "ru",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «бы» before a past, a personal dative before a past plural: the verb.
        ("Досочек бы дали.", []),
        ("Скажи, чтобы нам дали чаю.", []),
        # A conjunction opening a clause that ends with the form: its predicate.
        ("И пока ели, приходил повар.", []),
        ("А как пили! Как ели!", []),
        # A subject before it and an object after it.
        ("Какие-то купцы ели блины.", []),
        # The noun stays where nothing of this stands.
        ("Вдали темнели ели.", [("fir", "ели")]),
        ("Росли сосны, а ели стояли дальше.", [("fir", "ели")]),
        ("Синие дали открылись нам.", [("distance", "дали")]),
    ],
)
def test_a_verb_after_a_conditional_a_dative_a_conjunction_or_with_subject_and_object(
    text: str, expected: list
) -> None:
    assert found(RU_VERB_CUES, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A goal in the accusative after a preposition of direction: the verb.
        ("Он в изнеможении сел на стул.", [("sit-down", "сел")]),
        ("Санин тоже сел на коня.", [("sit-down", "сел")]),
        ("Муха села на стену.", [("sit-down", "села")]),
        # Not after a preposition, an adjective or a verb, nor with a place in the locative.
        ("Из села в город ехали долго.", [("village", "села")]),
        ("Он смотрел сквозь толстые стекла в глаза мне.", [("glass", "стекла")]),
        ("Он посмотрел стекла на свет.", [("glass", "стекла")]),
        ("Жители села на реке ушли.", [("village", "села")]),
    ],
)
def test_a_verb_before_its_goal(text: str, expected: list) -> None:
    assert found(RU_VERB_CUES, text) == expected


RU_TWO_NOUNS = Matcher(
    [_typed("wine", "wine", "вино", "noun"), _typed("guilt", "guilt", "вина", "noun"),
     _typed("strawberry", "strawberry", "земляника", "noun")],
    "ru",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A form two nouns share is the likelier other one where its modifier agrees with that one...
        ("Самойленко потребовал белого вина.", [("wine", "вина")]),
        ("Это моя вина!", [("guilt", "вина")]),
        ("Он хотел загладить вину свою перед нею.", [("guilt", "вину")]),
        ("Он хотел загладить вчерашнюю вину.", [("guilt", "вину")]),
        # ...or where no nominative can stand: after a preposition, a noun, a past it cannot be the subject of.
        ("Он повеселел от вина.", [("wine", "вина")]),
        ("Полозов проглотил стакан вина.", [("wine", "вина")]),
        ("Лаевский хлебнул вина.", [("wine", "вина")]),
        ("Он был в чаду пива и вина.", [("wine", "вина")]),
        # The nominative of the term where nothing says otherwise: both stay.
        ("Вина его была велика.", [("wine", "Вина"), ("guilt", "Вина")]),
    ],
)
def test_a_form_two_nouns_share_is_the_one_its_neighbours_allow(text: str, expected: list) -> None:
    assert found(RU_TWO_NOUNS, text) == expected


RU_DISEASE = Matcher([_typed("cancer", "cancer", "рак", "noun")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An active transitive participle before the word governs it as its object (session 43):
        # it agrees with its own noun, «женщин», not with the rival «рака» (a shrine) it would
        # modify.
        ("Для женщин, перенесших рак, это опасно.", [("cancer", "рак")]),
        ("Врачи, лечившие рак годами, знают это.", [("cancer", "рак")]),
        # An adjective or a passive participle that agrees with the rival still makes it the rival.
        ("В соборе много золотых рак.", []),
        ("Нашли двух украденных рак.", []),
    ],
)
def test_an_active_participle_governs_the_word_it_agrees_with_not(text: str, expected: list) -> None:
    assert found(RU_DISEASE, text) == expected


RU_SYMPTOM = Matcher([_typed("swelling", "swelling", "отек", "noun")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Joined by «или» to the accusative object of a transitive verb, nothing after it to be an
        # object of its own: the second object, not a past verb joined to «имел» (session 43).
        ("Он имел сильную боль или отек после укола.", [("swelling", "отек")]),
        ("Врач заметил покраснение и отек.", [("swelling", "отек")]),
        # A past of the same form right after the conjunction, no object before it: the verb.
        ("Палец покраснел и отек.", []),
    ],
)
def test_a_noun_joined_to_a_verbs_object(text: str, expected: list) -> None:
    assert found(RU_SYMPTOM, text) == expected


def test_a_past_joined_to_a_verb_whose_object_is_of_another_number() -> None:
    # «села» is accusative only as the plural of «село»; «окно» is singular: the verbs are joined.
    village = Matcher([_typed("village", "village", "село", "noun")], "ru")
    assert found(village, "Няня закрыла окно и села у печки.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capital in apposition to a person's title, in its case, is a surname.
        ("Пришёл надворный советник Земляника.", []),
        # Not an institution after its member, nor the plant.
        ("Надворный советник собирал землянику.", [("strawberry", "землянику")]),
    ],
)
def test_a_capital_in_apposition_to_a_persons_title_is_a_surname(text: str, expected: list) -> None:
    assert found(RU_TWO_NOUNS, text) == expected


RU_PRONOUN_FORMS = Matcher(
    [_typed("topic", "topic", "тема", "noun"), _typed("darkness", "darkness", "тьма", "noun")],
    "ru",
)
BOTH_NOUNS = [("topic", "тем"), ("darkness", "тем")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «тем» is mostly the pronoun or the conjunction: not after a preposition taking its
        # instrumental, nor as a correlative before a comma, nor with nothing to govern it.
        ("Между тем табун уже стал разбираться по лугу.", []),
        ("Он приехал с тем, чтобы нарушить спокойствие.", []),
        ("Он спросил перед тем, как выходить из комнаты.", []),
        ("Вольф был недоволен в особенности тем, что его уличили.", []),
        ("Сказал Матвей тем дружески грубым тоном.", []),
        ("Тем более он не мог уехать.", []),
        # The nouns' genitive plural (both nouns share it) where its context asks for it: a
        # preposition taking only the genitive, an agreeing modifier, a numeral or quantifier, a
        # noun it depends on.
        ("Он выбрал одну из тем для доклада.", BOTH_NOUNS),
        ("Мы обсудили много новых тем сегодня.", BOTH_NOUNS),
        ("Он предложил пять тем для работы.", BOTH_NOUNS),
        ("Составили список тем для экзамена.", BOTH_NOUNS),
        # Forms the pronoun does not share are the nouns as before.
        ("Он вышел из тьмы.", [("darkness", "тьмы")]),
        ("Это была новая тема.", [("topic", "тема")]),
    ],
)
def test_a_noun_form_shared_with_a_likelier_pronoun_is_the_noun_only_where_its_case_is_asked_for(
    text: str, expected: list
) -> None:
    assert found(RU_PRONOUN_FORMS, text) == expected


RU_PERSON_ADJECTIVES = Matcher(
    [_typed("wounded", "wounded", "раненый", "noun"), _typed("private", "private", "рядовой", "noun")],
    "ru",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An adjective listed as a noun for a person, read mostly as the adjective, describes the
        # person the animate noun after it names.
        ("Наташа заглянула в лицо раненого офицера.", []),
        ("Он описал рядовых участников событий.", []),
        # A form read mostly as the noun stands in apposition to it; so before a name; alone, the noun.
        ("К Кутузову подошел рядовой ополченец.", [("private", "рядовой")]),
        ("Вошел рядовой Иванов.", [("private", "рядовой")]),
        ("Раненого перевязали.", [("wounded", "Раненого")]),
    ],
)
def test_an_adjective_listed_as_a_person_noun_describes_the_person_after_it(text: str, expected: list) -> None:
    assert found(RU_PERSON_ADJECTIVES, text) == expected


RU_ADVERBS = Matcher(
    [_typed("faithful", "faithful", "верный", "adjective"), _typed("saw", "saw", "пила", "noun"),
     _typed("soap", "soap", "мыло", "noun"), _typed("tea", "tea", "чай", "noun")],
    "ru",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An adverb of manner before a form makes it the verb it modifies.
        ("Особенно сильно пил в этом месяце.", []),
        ("Кузьма что-то старательно мыл.", []),
        ("Иногда пила звенела за стеной.", [("saw", "пила")]),
        ("Обыкновенно чай пивали в саду.", [("tea", "чай")]),  # no imperative: a fronted object
        # A parenthetical word between commas is not the comparative it also is.
        ("Он понял, или, вернее, почувствовал.", []),
        ("Он был вернее всех.", [("faithful", "вернее")]),
    ],
)
def test_an_adverb_of_manner_makes_a_verb_and_a_parenthetical_word_is_no_comparative(
    text: str, expected: list
) -> None:
    assert found(RU_ADVERBS, text) == expected


RU_OPENING = Matcher(
    [_typed("satisfied", "satisfied", "довольный", "adjective"), _typed("free", "free", "свободный", "adjective")],
    "ru",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A short neuter that is likelier an adverb, opening its sentence with no subject: the adverb.
        ("— Довольно!", []),
        ("Довольно вам ругаться, звери-курицы!", []),
        # After its subject or a link verb, or inside the sentence, the short form as before.
        ("Он был доволен.", [("satisfied", "доволен")]),
        ("Теперь мне свободно.", [("free", "свободно")]),
    ],
)
def test_a_likelier_adverb_opening_its_sentence_is_the_adverb(text: str, expected: list) -> None:
    assert found(RU_OPENING, text) == expected


RU_SHELF = Matcher([_typed("shelf", "shelf", "полка", "noun"), _typed("figure", "figure", "стан", "noun")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A preposition that governs the other noun's case and none of the term's: that noun.
        ("Командир обратился к полку с речью.", []),
        # A case of the term's that the preposition governs, or one it shares: the term as before.
        ("Он подошёл к полке.", [("shelf", "полке")]),
        ("Он поставил книгу на полку.", [("shelf", "полку")]),
    ],
)
def test_a_form_two_nouns_share_after_a_preposition_governing_only_the_others_case(
    text: str, expected: list
) -> None:
    assert found(RU_SHELF, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of phase that ends its phrase after the infinitive it governs.
        ("Я работать стану, как все.", []),
        ("Так и я отказываться стану.", []),
        # The noun after a preposition, and with no infinitive before it.
        ("Отряд подошёл к стану врага.", [("figure", "стану")]),
    ],
)
def test_a_verb_of_phase_after_the_infinitive_it_governs(text: str, expected: list) -> None:
    assert found(RU_SHELF, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Past another adjective, to the person's noun both describe.
        ("Мимо прошёл раненый молодой офицер.", []),
        # After the animate noun it agrees with, beginning no phrase of its own.
        ("А где же офицер раненый?", []),
        ("Князь раненый: он ночевал у нас.", []),
        # Alone, or a noun's object, the noun as before.
        ("Доктор осмотрел раненого.", [("wounded", "раненого")]),
        ("Вошел рядовой Иванов.", [("private", "рядовой")]),
    ],
)
def test_an_adjective_listed_as_a_person_noun_past_an_adjective_or_after_its_noun(text: str, expected: list) -> None:
    assert found(RU_PERSON_ADJECTIVES, text) == expected


RU_CREATURES = Matcher(
    [_typed("weasel", "weasel", "ласка", "noun"), _typed("lion", "lion", "лев", "noun"),
     _typed("tea", "tea", "чай", "noun")],
    "ru",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An animate common noun with a capital inside the sentence names a creature.
        ("Вечером седая Ласка легла у порога.", []),
        ("Он пошёл на охоту с Лаской.", []),
        ("В лесу жила ласка.", [("weasel", "ласка")]),
        # Opening the sentence: a name where its reading is the subject of the verb after it
        # and the term's is no nominative.
        ("Львов был дома.", []),
        ("Львов было много в зверинце.", [("lion", "Львов")]),
        ("Ласка спала.", [("weasel", "Ласка")]),  # the term's nominative too: left as it was
    ],
)
def test_a_capitalised_animate_noun_inside_a_sentence_and_a_name_as_subject_are_names(
    text: str, expected: list
) -> None:
    assert found(RU_CREATURES, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An imperative («чай», of «чаять») takes no subject and, unless a verb of phase, no infinitive.
        ("Когда я пил чай, пришёл брат.", [("tea", "чай")]),
        ("Мы сели тоже чай пить.", [("tea", "чай")]),
    ],
)
def test_an_imperative_reading_takes_no_subject_and_no_infinitive(text: str, expected: list) -> None:
    assert found(RU_CREATURES, text) == expected


RU_SAW = Matcher([_typed("saw", "saw", "пила", "noun")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A past alone as its sentence, where the noun's form is no nominative: the verb.
        ("– Ты пил вчера? – Пил.", []),
        # The noun's nominative may stand alone: kept as before.
        ("– Что это? – Пила.", [("saw", "Пила")]),
    ],
)
def test_a_past_alone_as_its_sentence_is_the_verb_where_the_noun_is_no_nominative(
    text: str, expected: list
) -> None:
    assert found(RU_SAW, text) == expected


RU_ACQUAINTANCE = Matcher([_typed("acquaintance", "acquaintance", "знакомый", "noun")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The noun after it may be likelier a verb's form («дам», «дать»): it agrees as the noun.
        ("Вдруг явилась одна из знакомых дам.", []),
        ("Вдруг явился один из знакомых.", [("acquaintance", "знакомых")]),
    ],
)
def test_an_adjective_listed_as_a_noun_agrees_with_a_noun_that_is_also_a_verbs_form(
    text: str, expected: list
) -> None:
    assert found(RU_ACQUAINTANCE, text) == expected


RU_WASH = Matcher([_typed("soap", "soap", "мыло", "noun"), _typed("wash", "wash", "мыть", "verb")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dative personal pronoun after it, then an accusative that is no genitive: the verb's
        # beneficiary and object.
        ("Мыла мне лицо, приговаривая.", [("wash", "Мыла")]),
        # A genitive after the dative may be the noun's own: kept as before.
        ("Дала мне мыла и полотенце.", [("soap", "мыла")]),
    ],
)
def test_a_verb_before_a_dative_pronoun_and_its_object(text: str, expected: list) -> None:
    assert found(RU_WASH, text) == expected


COUNTED = Matcher([concept("volume", "logical volume", "логический том"), concept("room", "large room", "большая комната")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after two to four the noun is genitive singular, its adjective plural (termheld18's finding:
        # «два логических тома» raised a false term-missing)
        ("Создайте два логических тома.", [("volume", "логических тома")]),
        ("Создайте три логических тома.", [("volume", "логических тома")]),
        ("На диске 22 логических тома.", [("volume", "логических тома")]),
        ("Две больших комнаты и кухня.", [("room", "больших комнаты")]),
        ("Обе большие комнаты пусты.", [("room", "большие комнаты")]),
        # no such numeral: the same words do not agree
        ("Создайте логических тома.", []),
        ("На диске 12 логических тома.", []),
        ("Пять логических тома.", []),
    ],
)
def test_a_term_after_a_numeral_of_two_to_four_agrees(text: str, expected: list) -> None:
    assert found(COUNTED, text) == expected


def test_paucal_numerals() -> None:
    from termbase.grammar import paucal

    assert [w for w in ("два", "две", "три", "четыре", "оба", "обе", "полтора", "2", "3", "4", "22", "103", "1004")
            if paucal(w)] == ["два", "две", "три", "четыре", "оба", "обе", "полтора", "2", "3", "4", "22", "103", "1004"]
    assert not any(paucal(w) for w in ("пять", "один", "1", "5", "11", "12", "13", "14", "112", "²", "two"))
