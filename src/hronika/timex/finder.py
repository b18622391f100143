"""Time expressions in Latvian text: found by rules over tokens, kept as anchor-free references on the Doc."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import asdict
from functools import lru_cache
from typing import Callable

import numpy
from spacy.attrs import LOWER, SHAPE
from spacy.tokens import Doc, Token

from ..lang.lv import string_hashes
from ..lang.lv.timex import (
    adverbial_day_parts,
    adverbial_seasons,
    clock_links,
    clock_words,
    day_parts,
    edge_words,
    holidays,
    modifiers,
    months,
    number_prefixes,
    numbers,
    relative_words,
    seasons,
    set_words,
    units,
    vague_words,
    weekdays,
    word_class,
    year_parts,
    year_parts_after_year,
)
from ..schema import PERSON
from .numbers import amount, clock_ref, ordinal, ordinal_word, prefixed_unit, roman
from .tense import clause_tense
from .values import FUTURE, PAST, PRESENT, TimeRef

NUMERIC_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\.?|(\d{4})-(\d{2})-(\d{2})")
ROMAN_MONTH_DATE = re.compile(r"(\d{1,2})\.([IVX]{1,4})\b")
CLOCK_WITH_MINUTES = re.compile(r"\d{1,2}[.:]\d{2}")
HALF_UNITS = ("Y", "H", "CE")  # "pusgadu", "pusstundu", "pusgadsimtu": the units a joined number word goes with
HOLIDAY_WORDS = 4  # the longest holiday name, in words ("Latvijas Republikas proklamēšanas dienā")
SPAN_UNITS = ("DE", "QCE")  # units that name a length on their own: "desmitgadē", "ceturtdaļgadsimtu"

Match = tuple[int, TimeRef, str]  # end token index, reference, TIMEX3 type


def joined(doc: Doc, i: int, n: int) -> str:
    """n lower-cased words from token i joined by spaces ("no rīta")."""
    return " ".join(doc[k].lower_ for k in range(i, min(i + n, len(doc))))  # no Span: this runs at most tokens


def day_part_at(doc: Doc, i: int) -> tuple[int, str]:
    """(end, code) of a part of day at token i ("vakarā", "no rīta"), else (i, "")."""
    for n in (2, 1):
        code = day_parts().get(joined(doc, i, n)) if i + n <= len(doc) else None
        if code:
            return i + n, code
    return i, ""


def edge_at(doc: Doc, i: int) -> tuple[int, str]:
    """(end, mark) of an edge word at token i ("beigās"; "nogalē" marks a weekend), else (i, None)."""
    for n in (2, 1):
        if i + n <= len(doc) and joined(doc, i, n) in edge_words():
            return i + n, edge_words()[joined(doc, i, n)]
    return i, None


def year_phrase(doc: Doc, i: int) -> tuple[int, int | None, int | None]:
    """(end, year, year offset) of "2022. gada", "2022.g.", "šā gada", "š.g.", "pagājušā gada" at i,
    else (i, None, None)."""
    number = ordinal(doc[i]) if i < len(doc) else None
    if number is not None and number >= 1000 and i + 1 < len(doc) and (
            units().get(doc[i + 1].lower_) == "Y" or doc[i + 1].lower_ in word_class("year_abbreviation")):
        return i + 2, number, None
    genitive_after = i + 1 < len(doc) and doc[i + 1].lower_ in word_class("year_genitive")
    if genitive_after and doc[i].lower_ in modifiers():
        return i + 2, None, modifiers()[doc[i].lower_]
    if doc[i].lower_ in word_class("year"):  # "š.g.", "pērnā (gada)"
        return i + 1 + genitive_after, None, int(word_class("year")[doc[i].lower_])
    relative = relative_words().get(doc[i].lower_)
    if relative and relative[0] == "Y" and i + 1 < len(doc) and (doc[i + 1].lower_ in months() or ordinal(doc[i + 1])):
        return i + 1, None, relative[1]  # "šogad februārī", "pērn 12.janvārī"
    return i, None, None


def year_part_at(doc: Doc, i: int, after_year: bool = True) -> tuple[int, str]:
    """(end, suffix) of a quarter or half after a year ("pirmajā ceturksnī"), else (i, ""); without a year before
    it, only a part that is one on its own ("pirmajā pusgadā", not "pirmajā pusē")."""
    words = joined(doc, i, 2) if i + 2 <= len(doc) else ""
    if words in year_parts() and (after_year or words not in year_parts_after_year()):
        return i + 2, year_parts()[words]
    return i, ""


def is_month(token: Token) -> bool:
    """A month name: lower case in Latvian ("Maija" is a name, "maija" a month)."""
    if token.lower_ not in months():
        return False
    # At a sentence start the capital says nothing: a name there is a person entity or a proper noun
    return not token.text[:1].isupper() or (token.is_sent_start and token.ent_type_ != PERSON and token.pos_ != "PROPN")


def match_date(doc: Doc, i: int) -> Match | None:
    """Calendar dates, months, seasons and years: "2022. gada 8. augustā", "šā gada 20. jūnijā", "12.maijā",
    "pagājušā gada decembrī", "2021. gada rudenī", "2019. gadā", "janvāra beigās", "pērn 12.janvārī"."""
    end, year, offset = year_phrase(doc, i)
    if end == i:
        # "pirmajā pusgadā", "gada pirmajā pusē" with no year: of the publication year
        bare_year = doc[i].lower_ in word_class("year_genitive")
        stop, suffix = year_part_at(doc, i + bare_year, after_year=bare_year)
        if suffix:
            return stop, TimeRef("date", offset=0, suffix=suffix), "DATE"
    day = ordinal(doc[end]) if end < len(doc) else None
    if day is not None and 1 <= day <= 31 and end + 1 < len(doc) and is_month(doc[end + 1]):
        month = months()[doc[end + 1].lower_]
        stop, part = day_part_at(doc, end + 2)
        return stop, TimeRef("date", year=year, month=month, day=day, offset=offset, part=part,
                             tense=clause_tense(doc[end + 1])), "TIME" if part else "DATE"
    if end < len(doc) and is_month(doc[end]):
        stop, _ = edge_at(doc, end + 1)
        return stop, TimeRef("date", year=year, month=months()[doc[end].lower_], offset=offset,
                             tense=clause_tense(doc[end])), "DATE"
    if end < len(doc) and doc[end].lower_ in seasons() and (end > i or doc[end].lower_ in adverbial_seasons()):
        stop, _ = edge_at(doc, end + 1)
        return stop, TimeRef("date", year=year, season=seasons()[doc[end].lower_], offset=offset,
                             tense=clause_tense(doc[end])), "DATE"
    if year is not None or offset is not None:
        stop, suffix = year_part_at(doc, end)
        stop, _ = edge_at(doc, stop)
        return stop, TimeRef("date", year=year, offset=offset, suffix=suffix), "DATE"
    return listed_year(doc, i)


def listed_year(doc: Doc, i: int) -> Match | None:
    """A year that shares the word "gads" with the next one: "2010., 2011. un 2012.gadā", "2006.-2012.gadam"."""
    number = ordinal(doc[i])
    if number is None or not 1000 <= number <= 2100:
        return None
    j = i + 1
    while j < min(len(doc), i + 8) and (doc[j].lower_ in word_class("year_link") or ordinal(doc[j])):
        j += 1
    if j > i + 1 and j < len(doc) and units().get(doc[j].lower_) == "Y" and ordinal(doc[j - 1]):
        return i + 1, TimeRef("literal", value=str(number)), "DATE"
    return None


def match_holiday(doc: Doc, i: int) -> Match | None:
    """Holidays as time adverbials: "Lāčplēša dienā", "Otrajās Lieldienās", "Neatkarības atjaunošanas dienā";
    with a part of day, the holiday's own ("Līgo vakarā") or written after it ("Lāčplēša dienā vakarā")."""
    for n in range(HOLIDAY_WORDS, 0, -1):
        if i + n <= len(doc) and joined(doc, i, n) in holidays():
            day, part = holidays()[joined(doc, i, n)]
            end, written = day_part_at(doc, i + n)
            part = part or written
            return end, TimeRef("date", holiday=day, part=part, tense=clause_tense(doc[i])), "TIME" if part else "DATE"
    return None


def match_numeric_date(doc: Doc, i: int) -> Match | None:
    """Dates in digits: "8.08.2022.", "2022-08-08", "6.II" (the month in Roman numerals)."""
    window = doc[i : i + 8]  # a date in digits spans a few tokens at most ("2022", "-", "08", "-", "08")
    text, offset = window.text, doc[i].idx
    found = NUMERIC_DATE.match(text)
    if not found:
        roman_date = ROMAN_MONTH_DATE.match(text)
        month = roman(roman_date.group(2)) if roman_date else None
        if month is None or not 1 <= month <= 12:
            return None
        end = next((t.i for t in window if t.idx >= offset + roman_date.end()), i + len(window))
        return end, TimeRef("date", month=month, day=int(roman_date.group(1)), tense=clause_tense(doc[i])), "DATE"
    day, month, year = (found.group(1), found.group(2), found.group(3)) if found.group(1) else (
        found.group(6), found.group(5), found.group(4))
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    end_char = offset + found.end()
    end = next((t.i for t in window if t.idx >= end_char), i + len(window))
    if end > i and doc[end - 1].idx + len(doc[end - 1].text) > end_char:
        return None  # the pattern ends inside a token: not a date of its own
    return end, TimeRef("date", year=int(year), month=int(month), day=int(day)), "DATE"


def match_era(doc: Doc, i: int) -> Match | None:
    """Decades and centuries: "90. gados", "2000. gadu sākumā", "20. gadsimtā", "XIX gadsimtā",
    "deviņpadsmitā gadsimta beigu", "pagājušā gadsimta 30. gados"."""
    century, start = None, i
    if doc[i].lower_ in modifiers() and i + 2 < len(doc) and units().get(doc[i + 1].lower_) == "CE":
        century, start = modifiers()[doc[i].lower_], i + 2  # relative: resolved below against nothing but the text
    number = ordinal(doc[start]) or roman(doc[start].text) or ordinal_word(doc[start]) if start < len(doc) else None
    if number is None or start + 1 >= len(doc):
        return None
    word = doc[start + 1].lower_
    unit = units().get(word)
    if unit == "CE" and 1 <= number <= 30 and century is None:
        stop, _ = edge_at(doc, start + 2)
        if stop == start + 2 and start + 2 < len(doc) and doc[start + 2].lower_ in word_class("century_edge"):
            stop += 1
        return stop, TimeRef("literal", value=f"{number - 1:02d}"), "DATE"
    if unit != "Y" or number % 10 or number >= 3000:
        return None
    stop, _ = edge_at(doc, start + 2)
    decade = word_class("decade").get(word)
    plural = decade == "plural" or (decade == "either" and (stop > start + 2 or number < 100))
    if not plural:
        return None
    if number >= 100:
        return stop, TimeRef("literal", value=str(number)[:3]), "DATE"
    return stop, TimeRef("relative", unit="DE", offset=century if century is not None else 0, amount=str(number),
                         value="19" if century is None else ""), "DATE"


def match_relative(doc: Doc, i: int) -> Match | None:
    """Days, weeks, months and years counted from the publication date: "vakar vakarā", "rīt no rīta",
    "šonedēļ", "pērn", "pagājušajā nedēļā", "nākamajā gadā", "šīs nedēļas nogalē"."""
    word = doc[i].lower_
    if word in relative_words():
        unit, offset, part = relative_words()[word]
        end = i + 1
        if unit == "D" and not part:
            end, part = day_part_at(doc, end)
        if word in word_class("past_night") and clause_tense(doc[i]) == PAST:
            offset = int(word_class("past_night")[word])  # the night that ended this morning
        return end, TimeRef("relative", unit=unit, offset=offset, part=part), "TIME" if part else "DATE"
    if word in modifiers() and i + 1 < len(doc):
        unit = units().get(doc[i + 1].lower_)
        if unit in ("W", "M", "Y", "CE"):
            end, mark = edge_at(doc, i + 2)
            offset = modifiers()[word]
            if unit == "CE":
                return end, TimeRef("relative", unit="CE", offset=offset), "DATE"
            return end, TimeRef("relative", unit=unit, offset=offset, weekend=mark == "WE"), "DATE"
        if doc[i + 1].lower_ in seasons():
            return i + 2, TimeRef("relative", unit=seasons()[doc[i + 1].lower_], offset=modifiers()[word]), "DATE"
    if i + 1 < len(doc) and joined(doc, i, 2) in word_class("weekend"):
        return i + 2, TimeRef("weekday", weekday=6, weekend=True, tense=clause_tense(doc[i])), "DATE"
    end, mark = edge_at(doc, i + 1)
    if units().get(word) in ("W", "M", "Y") and end > i + 1 and not mark and word in word_class("unit_genitive"):
        return end, TimeRef("relative", unit=units()[word], offset=0), "DATE"  # "līdz mēneša beigām"
    return None


def match_weekday(doc: Doc, i: int) -> Match | None:
    """Weekdays, tense-aware: "ceturtdien", "pagājušajā piektdienā", "svētdienas rītā", "naktī uz svētdienu"
    (the night that begins the day before), "Šodien, otrdien" (the publication day itself)."""
    offset, start, shift, part = None, i, 0, ""
    if doc[i].lower_ in modifiers() and i + 1 < len(doc) and doc[i + 1].lower_ in weekdays():
        offset, start = modifiers()[doc[i].lower_], i + 1
    if i + 2 < len(doc) and joined(doc, i, 2) in word_class("night_before"):
        if doc[i + 2].lower_ in weekdays():
            start, shift, part = i + 2, -1, "NI"
        else:
            date = match_date(doc, i + 2)
            if date is None or not date[1].day:
                return None
            end, ref, _ = date
            return end, TimeRef(**{**asdict(ref), "part": "NI", "day_shift": -1}), "TIME"
    if doc[start].lower_ not in weekdays():
        return None
    day, recurring = weekdays()[doc[start].lower_]
    if recurring or coordinated_with_set(doc, start):
        return start + 1, TimeRef("set", weekday=day), "SET"
    end = start + 1
    if not part:
        end, part = day_part_at(doc, start + 1)
    if offset is not None:
        tense = PAST if offset < 0 else FUTURE if offset > 0 else PRESENT
    elif any(t.lower_ in word_class("today") for t in doc[max(0, start - 3) : start]):
        tense = PRESENT  # "Šodien, otrdien, …": the publication day
    else:
        tense = clause_tense(doc[start])
    return end, TimeRef("weekday", weekday=day, part=part, tense=tense, day_shift=shift), "TIME" if part else "DATE"


def coordinated_with_set(doc: Doc, i: int) -> bool:
    """Whether a weekday joins a recurring one: "katru otrdienu un piektdienu"."""
    before = doc[max(0, i - 4) : i]
    joined_by = word_class("coordinator")
    return any(t.lower_ in joined_by for t in before) and any(set_words().get(t.lower_) == "before" for t in before)


def match_quantity(doc: Doc, i: int) -> Match | None:
    """Shifts and durations: "pirms trim gadiem", "pēc divām nedēļām", "pirms mēneša", "divus mēnešus",
    "24 stundas", "pusgadu", "vairāk nekā desmit gadus", "aptuveni mēnesis", "(uz) stundu"."""
    word, start, direction = doc[i].lower_, i, 0
    if word in word_class("shift"):
        direction, start = int(word_class("shift")[word]), i + 1
    if start + 1 < len(doc) and joined(doc, start, 2) in word_class("comparative"):
        start += 2
    qualified = start < len(doc) and doc[start].lower_ in word_class("qualifier")
    if qualified:
        start += 1
    if start >= len(doc):
        return None
    count = amount(doc[start])
    unit_at = start + 1 if count is not None else start
    text = doc[unit_at].lower_ if unit_at < len(doc) else ""
    prefixed = prefixed_unit(text) if count is None else None
    if prefixed and prefixed[1] in HALF_UNITS:
        count, unit = prefixed
    else:
        unit = units().get(text)
    if unit is None or unit == "CE" and count is None:
        return None
    if count is None:
        after_preposition = i > 0 and doc[i - 1].lower_ in word_class("duration_preposition") and not direction
        # "desmitgadē" alone is a length, "šajā desmitgadē" a date that this rule does not value
        span_unit = unit in SPAN_UNITS and not (start > 0 and doc[start - 1].pos_ in ("DET", "PRON"))
        if not (direction or qualified or after_preposition or span_unit):
            return None  # a bare "gadu" or "dienu" is rarely a duration on its own
        count = word_class("qualifier").get(doc[start - 1].lower_) or "1"  # "ilgus gadus": X
    if direction:
        return unit_at + 1, TimeRef("shift", unit=unit, amount=count, offset=direction), "DATE"
    after = doc[unit_at + 1] if unit_at + 1 < len(doc) else None
    if after is not None and (after.lemma_.lower() in word_class("age_lemma")
                              or after.lower_.startswith(tuple(word_class("age_prefix")))):
        return None  # an age ("sešus gadus veco Meisonu", "15 gadu vecumā") is no time expression
    return unit_at + 1, TimeRef("duration", unit=unit, amount=count), "DURATION"


def match_set(doc: Doc, i: int) -> Match | None:
    """Recurring times: "katru gadu", "ik nedēļu", "katru pirmdienu", "ik vasaras", "katru rītu", "reizi mēnesī",
    "divreiz gadā", "reizi 100 gados", "reizi pusgadā", "ik pēc astoņām stundām"."""
    role = set_words().get(doc[i].lower_)
    if role is None or i + 1 >= len(doc):
        return None
    following = doc[i + 1].lower_
    if role == "before" and following in weekdays():
        return i + 2, TimeRef("set", weekday=weekdays()[following][0]), "SET"
    if role == "before" and following in seasons():
        return i + 2, TimeRef("set", season=seasons()[following]), "SET"
    if role == "before" and following in day_parts():
        return i + 2, TimeRef("set", part=day_parts()[following]), "SET"
    quantity = match_quantity(doc, i + 1)
    if quantity is not None and ((quantity[1].kind == "shift" and quantity[1].offset > 0) or role == "frequency"):
        end, ref, _ = quantity  # "ik pēc astoņām stundām", "reizi mēnesī"
        return end, TimeRef("set", unit=ref.unit, amount=ref.amount), "SET"
    unit = units().get(following)
    return (i + 2, TimeRef("set", unit=unit), "SET") if unit else None


def match_clock(doc: Doc, i: int) -> Match | None:
    """Clock times: "plkst. 9.00", "pulksten 14:30", "plkst.18", "ap 6.30", and the end of "no plkst. 10 līdz 16"."""
    if doc[i].lower_ in clock_words() and i + 1 < len(doc):
        ref = clock_ref(doc[i + 1])
        return (i + 2, ref, "TIME") if ref else None
    link = clock_links().get(doc[i - 1].lower_) if i > 0 else None
    if link and (":" in doc[i].text or "." in doc[i].text or link != "about"):
        earlier = doc[max(0, i - 4) : i - 1]
        minutes = CLOCK_WITH_MINUTES.fullmatch(doc[i].text)
        if (link == "about" and minutes) or any(t.lower_ in clock_words() for t in earlier):
            ref = clock_ref(doc[i])
            after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
            return (i + 1, ref, "TIME") if ref and after not in word_class("not_after_clock") else None
    return None


def match_day_part(doc: Doc, i: int) -> Match | None:
    """A part of day alone ("bet jau vakarā", "no rīta"): of the date named before it in the sentence, else of
    the publication day."""
    end, part = day_part_at(doc, i)
    if not part or joined(doc, i, end - i) not in adverbial_day_parts():
        return None
    return end, TimeRef("relative", unit="D", offset=0, part=part), "TIME"


def match_vague(doc: Doc, i: int) -> Match | None:
    """"tagad", "pašlaik", "šā brīža" (PRESENT_REF), "nesen" (PAST_REF), "nākotnē" (FUTURE_REF)."""
    for n in (2, 1):
        value = vague_words().get(joined(doc, i, n)) if i + n <= len(doc) else None
        if value:
            return i + n, TimeRef("literal", value=value), "DATE"
    return None


MATCHERS: tuple[Callable[[Doc, int], Match | None], ...] = (
    match_numeric_date, match_clock, match_era, match_date, match_holiday, match_weekday, match_relative,
    match_set, match_quantity, match_day_part, match_vague,
)


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Words a time expression can start with; other tokens are not tried (digits and Roman numerals are)."""
    words = set(months()) | set(weekdays()) | set(seasons()) | set(units()) | set(numbers()) | set(modifiers())
    words |= {w.split()[0] for w in (*relative_words(), *day_parts(), *vague_words(), *holidays(), *year_parts(),
                                     *word_class("comparative"))}
    words |= set(set_words()) | clock_words() | set(clock_links())
    words |= {*word_class("qualifier"), *word_class("shift"), *word_class("year")}
    return frozenset(words)


@lru_cache(maxsize=1)
def start_hashes() -> tuple[numpy.ndarray, numpy.ndarray]:
    """String hashes of the trigger words with the units joined to a number ("pusgadu"), and of the units."""
    joined_units = {prefix + unit for prefix in number_prefixes() for unit in units()}
    return string_hashes(trigger_words() | joined_units), string_hashes(frozenset(units()))


def start_positions(doc: Doc) -> list[int]:
    """Tokens a time expression may start at: a trigger word, a number, or an ordinal before a unit; found with one
    look at the token arrays, so the matchers run only where they can match."""
    words, units_hashes = start_hashes()
    lower, shape = doc.to_array(LOWER), doc.to_array(SHAPE)
    digit_shapes = [h for h in numpy.unique(shape).tolist() if doc.vocab.strings[h][:1] == "d"]
    starts = numpy.isin(lower, words) | numpy.isin(shape, numpy.array(digit_shapes, dtype="uint64"))
    starts[:-1] |= numpy.isin(lower[1:], units_hashes)
    return numpy.flatnonzero(starts).tolist()


def find_timexes(doc: Doc) -> list[tuple[int, int, str, TimeRef]]:
    """(start, end, type, reference) of every time expression, left to right, longest first at each token."""
    found, i = [], 0
    for start in start_positions(doc):
        if start < i:
            continue  # inside the expression found before
        best = max((m for m in (matcher(doc, start) for matcher in MATCHERS) if m and m[0] > start),
                   key=lambda m: m[0], default=None)
        if best is not None:
            end, ref, kind = best
            found.append((start, end, kind, ref))
            i = end
    return anchor_clock_times(doc, found)


def anchor_clock_times(doc: Doc, found: list) -> list:
    """A clock time or a bare part of day takes the date named before it in its sentence ("vakar plkst. 17.45",
    "9.maija rītā …, bet jau vakarā"); a clock time beside a recurring time recurs too."""
    result = []
    starts = [start for start, _, _, _ in found]
    for k, (start, end, kind, ref) in enumerate(found):
        bare_part = ref.kind == "relative" and ref.unit == "D" and ref.part and end - start <= 2 and (
            doc[start].lower_ in day_parts() or joined(doc, start, 2) in day_parts())
        if (ref.clock and ref.kind == "date" and not ref.day) or bare_part:
            # only those of its own sentence, found by bisection: a look at all before it is quadratic
            same_sentence = found[bisect_left(starts, doc[start].sent.start, hi=k) : k]
            earlier = [(r, t) for _, _, t, r in same_sentence if not r.clock
                       and (r.kind in ("relative", "weekday", "set") or (r.kind == "date" and (r.day or r.holiday)))]
            if earlier and earlier[-1][0].kind == "set":
                ref, kind = TimeRef("set", part=ref.clock or ref.part), "SET"
            elif earlier:
                base = earlier[-1][0]
                ref = TimeRef(**{**asdict(base), "clock": ref.clock, "part": "" if ref.clock else ref.part})
        result.append((start, end, kind, ref))
    return result
