"""The number reader's gaps qafix48 found by rewriting issue 15's cases (other numbers, units,
word orders and Russian case forms than the issue's): units beyond feet, a unit changed around a
kept number, hours in words, four-digit times, numbers said in three words or more, a scale changed
in words, fractions said otherwise, a negative change said as a fall, a copied code's digits changed, a month said once for a range of
days. Each sentence is made up here; each failed on the base (main `2e3e7b4f`)."""

from __future__ import annotations

import pytest

from workbench.core.number_reader import compare_texts


@pytest.mark.parametrize(
    ("source", "target", "assumed"),
    [
        # units a translator converts: speed, nautical miles, areas and volumes, stone, pints
        ("The storm moved at 60 mph.", "Шторм двигался со скоростью 100 км/ч.", "converted"),
        ("at 70 miles an hour", "со скоростью 110 км/ч", "converted"),
        ("at 200 knots", "со скоростью 370 км/ч", "converted"),
        ("100 nautical miles offshore", "в 185 км от берега", "converted"),
        ("a 400-square-foot flat", "квартира площадью 37 кв. м", "square metres, converted"),
        ("400 sq ft", "37 м²", "converted"),
        ("4,000 square miles", "около 10 тысяч квадратных километров", "converted"),
        ("10 cubic feet", "283 литра", "litres, converted"),
        ("He weighed 14 stone.", "Он весил 89 кг.", "converted"),
        ("5 pints of beer", "2,8 литра пива", "converted"),  # the imperial pint
        ("5 pints of milk", "2,4 литра молока", "converted"),  # the US pint
        ("10 gallons", "45 литров", "converted"),  # the imperial gallon
        ("He is 5 ft 10 in tall.", "Его рост 178 см.", "converted"),
        # amounts said in words, converted
        ("three miles", "пять километров", ""),
        ("ten miles", "16 километров", "converted"),
        ("a ten-foot wall", "трёхметровая стена", ""),
        # an hour of the day in words without «час»
        ("at 6 a.m. on Monday", "в понедельник в шесть утра", "6 a.m. = 06:00"),
        ("at 11pm", "к одиннадцати вечера", ""),
        # four digits before "local time" or "hours": a time of day
        ("at 2330 local time", "в 23:30 по местному времени", "2330 = 23:30"),
        ("at 0600 hours", "в 6:00", ""),
        ("1400 hours of video", "1400 часов видео", ""),
        # numbers said in three words or more, or hundreds and tens, in any case
        ("250,000 people", "двухсот пятидесяти тысяч человек", ""),
        ("two hundred and fifty thousand people", "250 тысяч человек", ""),
        ("350 people", "триста пятьдесят человек", ""),
        ("1,234 people", "тысяча двести тридцать четыре человека", ""),
        ("in 1995", "в тысяча девятьсот девяносто пятом году", ""),
        ("2,500 people", "две с половиной тысячи человек", ""),
        ("25,000 people", "двадцать пять тысяч человек", ""),
        ("five hundred thousand people", "пятьсот тысяч человек", ""),
        ("half a million people", "500 тысяч человек", ""),
        # a negative change said as a fall, either way round
        ("a drop of -3.5% in sales", "снижение продаж на 3,5%", "-3.5 = a fall by 3,5"),
        ("Output fell 2.1% in May.", "Изменение выпуска в мае составило -2,1%.", ""),
        ("Output declined by -0.4%.", "Выпуск сократился на 0,4%.", ""),
        # a month said at both ends of a range of days, and once for the whole range
        ("The fair runs from May 2nd to May 5th.", "Ярмарка пройдёт с 2 по 5 мая.", ""),
        ("The fair runs May 2-5.", "Ярмарка пройдёт со 2 мая по 5 мая.", ""),
    ],
)
def test_localisations_agree(source: str, target: str, assumed: str) -> None:
    result = compare_texts(source, target, "en", "ru")
    assert result.agrees, result.explain()
    assert assumed in " ".join(result.assumptions)


@pytest.mark.parametrize(
    ("source", "target", "explained"),
    [
        # a unit changed to the metric one and the number kept
        ("It is 5 miles away.", "Это в 5 км.", "“5” (5 miles) in the source is not in the target; "
                                                 "“5” (5 kilometres) in the target is not in the source"),
        ("He weighed 220 lbs.", "Он весил 220 килограммов.", "(220 kilograms) in the target"),
        ("10 gallons of water", "10 литров воды", "(10 litres)"),
        ("a 20-inch screen", "экран 20 см", "(20 centimetres)"),
        ("It was 50F.", "Было 50 °C.", "(50 °F) in the source"),
        ("50 degrees Fahrenheit", "50 градусов по Цельсию", "(50 °C) in the target"),
        ("30 feet deep", "глубиной 30 метров", "(30 metres)"),
        ("400 square feet", "400 кв. м", "(400 square metres)"),
        # a wrong conversion of an area is found (read as a length it was 122 m)
        ("400 square feet", "120 квадратных метров", "400 ≠ 120"),
        # numbers in words still differ
        ("25,000 people", "двадцать шесть тысяч человек", "“25,000”"),
        ("350 people", "триста шестьдесят человек", "“350”"),
        ("in 1995", "в тысяча девятьсот девяносто шестом году", "“1995”"),
        ("at 7 p.m.", "к восьми вечера", "“7 p.m.”"),
        # a scale said otherwise in words
        ("five hundred thousand people", "пятьсот миллионов человек",
         "500 thousand ≠ 500 million: the source has “five hundred thousand”, the target “пятьсот миллионов”"),
        ("two hundred million", "двести миллиардов", "200 million ≠ 200 billion"),
        # a fraction said otherwise
        ("Nearly half of the voters stayed home.", "Почти треть избирателей остались дома.", "0.5 ≠ ≈0.333"),
        ("a quarter of the budget", "треть бюджета", "the source has “quarter”, the target “треть”"),
        ("The talks took half an hour.", "Переговоры заняли полтора часа.", "0.5 ≠ 1.5"),
        ("It took one and a half hours.", "Это заняло полчаса.", "1.5 ≠ 0.5"),
        ("It took one-and-a-half hours.", "Это заняло полчаса.", "1.5 ≠ 0.5"),
        # a level reached is no fall by an amount: the sign is lost
        ("It fell to -12 degrees.", "Температура упала до 12 градусов.", "−12 ≠ 12"),
        ("Growth was -2% last year.", "Рост в прошлом году составил 2%.", "−2"),
        # a copied code with other digits
        ("Flight UA1172 was delayed.", "Рейс UA1127 задержали.", "1172 ≠ 1127: the source has “UA1172”, the target “UA1127”"),
        ("The M25 was closed.", "Трасса M52 была закрыта.", "the source has “M25”, the target “M52”"),
        # a month of a range changed, or a month said once only
        ("The fair runs from May 2nd to May 5th.", "Ярмарка пройдёт с 2 по 5 июня.", "May ≠ June"),
        ("It opened on 1 June and closed on 9 June.", "Она открылась и закрылась 9 июня.", "in the source twice but in the target once"),
    ],
)
def test_errors_are_found_and_explained(source: str, target: str, explained: str) -> None:
    result = compare_texts(source, target, "en", "ru")
    assert not result.agrees
    assert explained in result.explain()


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("300 yards", "300 метров"),  # 274 m: within a translator's rounding
        ("5 miles", "5 миль"),  # the unit kept
        ("-40 degrees Fahrenheit", "-40 °C"),  # the one temperature both scales share
        ("in two days", "через два дня"),  # a count of days, no hour
        ("two hundred and six seats", "206 мест"),
        ("five or six people", "5 или 6 человек"),  # two numbers, not one
        ("in the second half", "во втором тайме"),  # a fraction one side says alone
        ("half of them, a third of us", "половина из них, треть из нас"),
        ("half an hour", "полчаса"),
        ("at least one-and-a-half to two years", "не менее полутора-двух лет"),  # a hyphenated half
        ("On the third day", "На третий день"),
        ("the F-16 and the F-35", "F-35 и F-16"),  # codes in another order
        ("The Su-27 and the G20", "Су-27 и «Большая двадцатка»"),  # another alphabet, words
        ("Flight MH17", "Рейс MH17 (MH17)"),  # a code said twice
        ("a colonel and a quarter of the men", "полковник и четверть солдат"),  # «пол…» that is no half
        ("the third day and half the men", "третий день и половина солдат"),  # an ordinal is no fraction
    ],
)
def test_what_is_no_change_stays_silent(source: str, target: str) -> None:
    result = compare_texts(source, target, "en", "ru")
    assert result.agrees, result.explain()
