"""Per-language knowledge the sentence splitter needs: abbreviations and their habits.

A period after an abbreviation may or may not end a sentence, and the answer
depends on the abbreviation: `Mr.` never ends one, `etc.` often does, `No.`
only matters before a number. So every abbreviation carries an `Abbrev` kind
that tells the splitter how to read what follows it. The lists are data, kept
apart from the splitting logic so that adding a language is adding a
`LanguageRules` value, not touching the algorithm.

Keys are normalised the way `abbreviation_key` does it: lowercased, spaces
removed, with the final period (`т. е.` -> `т.е.`, `et al.` -> `etal.`). A key
may include the word before the abbreviation when that word changes its
meaning (`и пр.` is "and so on", `пр. Мира` is an avenue).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from types import MappingProxyType


class Abbrev(enum.Enum):
    """How a period after an abbreviation is read, from what comes next."""

    PREFIX = "prefix"
    """Stands before what it qualifies (`e.g.`, `им.`, `т. е.`): never ends a sentence."""
    TITLE = "title"
    """A title or first name before a name (`Mr.`, `Capt.`, `Wm.`) when capitalised, as
    English writes titles; a lowercase `capt.` is a plain word and may end a sentence."""
    NUMERIC = "numeric"
    """Stands before a number (`No. 5`, `Jan. 5`); before anything else it is an ordinary word."""
    TAIL = "tail"
    """Closes a list or a quantity (`etc.`, `и т. д.`, `тыс.`): ends a sentence if a capital follows."""
    SOFT = "soft"
    """Often inside a name (`U.S. Army`, `Jr.`): ends a sentence only before a typical sentence opener."""
    WORD = "word"
    """Looks like an abbreviation but is a plain word (Russian `я`)."""


@dataclass(frozen=True)
class LanguageRules:
    """Everything language-specific the splitter consults for one language."""

    abbreviations: Mapping[str, Abbrev]
    """Known abbreviations by normalised key (see the module docstring)."""
    sentence_openers: frozenset[str]
    """Casefolded words that usually start a sentence and are rarely part of a name
    (`the`, `he`, `однако`): after an ambiguous `U.S.` or initials they decide a split."""
    date_words: frozenset[str]
    """Casefolded words that may precede a year in an opening phrase (`в`, `летом`,
    `октябре`): `В 1923 г. Партия ...` is one sentence because nothing but a date precedes `г.`."""
    roman_pronoun: bool = False
    """True where a lone `I.` is usually the pronoun `I` (English), not an initial."""

    @cached_property
    def key_endings(self) -> frozenset[str]:
        """Every ending of every key: a word whose `word.` is not among them cannot end
        a known abbreviation, so the splitter skips the chain look-ups for it (speed)."""
        return frozenset(key[i:] for key in self.abbreviations for i in range(len(key)))


def _words(text: str) -> frozenset[str]:
    """A set of words written as a whitespace-separated block (easier to read and edit)."""
    return frozenset(text.split())


def _table(kinds: Mapping[Abbrev, str]) -> Mapping[str, Abbrev]:
    """Build a read-only key -> kind map from space-separated key lists per kind."""
    table: dict[str, Abbrev] = {}
    for kind, keys in kinds.items():
        for key in keys.split():
            table[key] = kind
    return MappingProxyType(table)


ENGLISH = LanguageRules(
    abbreviations=_table(
        {
            Abbrev.TITLE: """
                mr. mrs. ms. messrs. mmes. mme. mlle. dr. drs. prof. gen. col. lt. capt. cmdr.
                sgt. cpl. pvt. adm. maj. brig. gov. sen. rep. reps. pres. supt. rev. hon. fr.
                msgr. mt. tov. comr. geo. wm. chas. thos. jas. jno. benj. robt. mm.
            """,
            Abbrev.PREFIX: "e.g. i.e. n.b. a.k.a. cf. viz. vs. v. approx. ca. c. esp. incl. op. loc. lit.",
            Abbrev.NUMERIC: """
                no. nos. nr. pp. vol. vols. ch. chap. fig. figs. art. arts. sec. sect. para. rs.
                paras. pt. pts. jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
            """,
            Abbrev.TAIL: """
                etc. &c. etal. ibid. op.cit. loc.cit. etseq. ff.
                ft. in. yd. yds. lb. lbs. oz. cwt. gal. hr. hrs.
            """,
            Abbrev.SOFT: """
                jr. sr. inc. ltd. co. corp. bros. esq. st. ave. blvd. ed. eds. trans. univ.
            """,
        }
    ),
    sentence_openers=_words(
        """
        a an the this that these those it its he she we they i you his her our their my
        your in on at by for from with without within to of as but and or yet so if when
        while after before since although though because however moreover thus therefore
        nevertheless meanwhile furthermore there here what who why how where which some
        many most all each every no not such one then now later also still during under
        over between among despite even only both neither either nor once until unlike
        like instead indeed yes let do does did is are was were has have had can could
        will would should may might must nobody nothing none everyone everything someone
        another other few several throughout against according whatever whoever finally
        first second next soon today yesterday again perhaps certainly
        """
    ),
    date_words=frozenset(),
    roman_pronoun=True,
)

RUSSIAN = LanguageRules(
    abbreviations=_table(
        {
            Abbrev.PREFIX: """
                т. т.е. т.н. т.к. т.о. т.ч. им. тов. тт. гр. проф. акад. доц. св. г. гг. в. вв.
                см. ср. напр. ок. стр. с. ст. гл. ч. п. пп. д. ул. пл. пр. просп. пер. наб. р.
                о. оз. х. пос. дер. кн. рис. табл. прим. ред. изд. вып. сб. соч. собр. полн.
                англ. нем. франц. фр. лат. греч. итал. исп. рус. укр. букв. перен. устар. разг.
                зав. зам. пред. секр. чл. ген. полк. кап. лейт. мл. нач. гос. мн. и.о.
                янв. февр. фев. апр. авг. сент. сен. окт. нояб. дек. пгт. кв.
            """,
            Abbrev.TAIL: """
                т.д. т.п. др. идр. ипр. мн.др. н.э. н.ст. ст.ст. тыс. млн. млрд. руб. коп.
                чел. экз. шт. доп. губ. обл. у. мин. сек.
            """,
            Abbrev.SOFT: "дж.",
            Abbrev.WORD: "я. внем. онем. нанем. принем. понем.",
        }
    ),
    sentence_openers=_words(
        """
        он она оно они это эта этот эти там тут здесь тогда потом затем но а и однако
        поэтому так таким кроме в во на с со к ко по за из от до после при для без через
        хотя когда если пока как что кто где почему зачем все всё мы вы я ты его ее её их
        не ни уже еще ещё даже лишь только впрочем между среди над под перед вскоре
        наконец сначала итак также тем том той этом того этого эту этих этой наш ваш
        один одна одно многие некоторые каждый всего ведь вот да нет сейчас теперь
        сегодня вчера завтра позже позднее вместе напротив кстати зато причём причем
        притом иначе тоже либо или чтобы следовательно значит конечно возможно
        вероятно очевидно
        """
    ),
    date_words=_words(
        """
        в во с со к ко до после от по на около между за через уже ещё еще лишь только
        и или а же начале конце середине половине первой второй весной летом осенью
        зимой весну лето осень зиму течение годах годы рубеже конца начала середины
        самом том тот этом того январе феврале марте апреле мае июне июле августе
        сентябре октябре ноябре декабре января февраля марта апреля мая июня июля
        августа сентября октября ноября декабря числа числах г. гг. в. вв.
        """
    ),
)

GENERIC = LanguageRules(
    abbreviations=_table(
        {
            Abbrev.TITLE: "mr. mrs. dr. prof.",
            Abbrev.PREFIX: "e.g. i.e. cf. vs. z.b. d.h. bzw.",
            Abbrev.NUMERIC: "no. nr.",
            Abbrev.TAIL: "etc. etal. usw.",
        }
    ),
    sentence_openers=ENGLISH.sentence_openers | RUSSIAN.sentence_openers,
    date_words=frozenset(),
)
"""For languages without their own rules: the international Latin abbreviations only."""

_BY_LANGUAGE: Mapping[str, LanguageRules] = MappingProxyType({"en": ENGLISH, "ru": RUSSIAN})


@lru_cache(maxsize=64)
def rules_for(lang: str) -> LanguageRules:
    """The rules for a BCP 47 tag (`en`, `en-US`, `ru_RU`); `GENERIC` for anything else.

    Only the primary language subtag matters: regional spelling does not move
    sentence boundaries. Malformed tags fall back rather than fail, because the
    tag was validated when the project was created and segmentation must not
    be the place an import breaks. Cached: the splitter asks once a paragraph, with one tag.
    """
    primary = lang.replace("_", "-").split("-", 1)[0].strip().casefold()
    return _BY_LANGUAGE.get(primary, GENERIC)


def abbreviation_key(tokens: list[str]) -> str:
    """Normalise tokens (the last one without its final period) into a table key."""
    return "".join(tokens).casefold() + "."
