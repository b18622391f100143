"""Latvian time words kept as data files beside this module, loaded once."""

from __future__ import annotations

from functools import lru_cache

from .. import data_lines, pairs, word_list, word_pairs


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month form or abbreviation (lower case) → month number."""
    return {cols[0]: int(cols[1]) for cols in data_lines("timex/months.tsv")}


@lru_cache(maxsize=1)
def weekdays() -> dict[str, tuple[int, bool]]:
    """Weekday form → (ISO weekday, whether the form means every such day)."""
    return {cols[0]: (int(cols[1]), len(cols) > 2 and cols[2] == "set") for cols in data_lines("timex/weekdays.tsv")}


# season form → TIMEX3 season code (WI, SP, SU, FA)
seasons = word_pairs("timex/seasons.tsv")


# calendar unit form → unit (D, W, M, Y, DE, CE, H, MIN)
units = word_pairs("timex/units.tsv")


# number word → its value as a string ("X" for "dažas", "vairākus": some; "1.5" for "pusotra")
numbers = word_pairs("timex/numbers.tsv")


@lru_cache(maxsize=1)
def number_prefixes() -> dict[str, str]:
    """Number word written joined to its unit ("pus" of "pusgadu") → its value."""
    return {cols[0]: cols[1] for cols in data_lines("timex/numbers.tsv") if cols[2:] == ["prefix"]}


@lru_cache(maxsize=1)
def relative_words() -> dict[str, tuple[str, int, str]]:
    """Word relative to the publication date → (unit, offset, part of day)."""
    rows = data_lines("timex/relative.tsv")
    return {cols[0]: (cols[1], int(cols[2]), cols[3] if len(cols) > 3 else "") for cols in rows}


@lru_cache(maxsize=1)
def modifiers() -> dict[str, int]:
    """Word that moves the next unit, weekday or season ("pagājušajā" −1, "nākamajā" +1, "šajā" 0)."""
    return {cols[0]: int(cols[1]) for cols in data_lines("timex/modifiers.tsv")}


# part-of-day form → TIMEX3 code (MO, MI, AF, EV, NI)
day_parts = word_pairs("timex/day_parts.tsv")


def adverbial(name: str) -> frozenset[str]:
    """Forms a data file marks "alone" in its third column: time adverbials by themselves."""
    return frozenset(cols[0] for cols in data_lines(name) if cols[2:] == ["alone"])


@lru_cache(maxsize=1)
def adverbial_day_parts() -> frozenset[str]:
    """Parts of the day that are a time by themselves ("bet jau vakarā", "no rīta"), not only after a date."""
    return adverbial("timex/day_parts.tsv")


@lru_cache(maxsize=1)
def adverbial_seasons() -> frozenset[str]:
    """Seasons that are a time by themselves ("ziemā"), not only after a year or a modifier."""
    return adverbial("timex/seasons.tsv")


# word → PRESENT_REF, PAST_REF or FUTURE_REF
vague_words = word_pairs("timex/vague.tsv")


@lru_cache(maxsize=1)
def edge_words() -> dict[str, str]:
    """Word that narrows a date without changing its value ("beigās"), or marks a weekend ("nogalē": WE)."""
    return {cols[0]: cols[1] if len(cols) > 1 else "" for cols in data_lines("timex/edges.tsv")}


# word that makes a time recur → "before" (katru gadu) or "frequency" (reizi gadā)
set_words = word_pairs("timex/sets.tsv")


@lru_cache(maxsize=1)
def clock_words() -> frozenset[str]:
    """Words that introduce a clock time ("plkst.", "pulksten")."""
    return frozenset(form for form, role in pairs("timex/clock.tsv").items() if role == "before")


@lru_cache(maxsize=1)
def clock_links() -> dict[str, str]:
    """Word before a second clock time ("līdz") → "link"; before one with minutes ("ap 6.30") → "about"."""
    return {form: role for form, role in pairs("timex/clock.tsv").items() if role != "before"}


# quarter or half of a year ("pirmajā ceturksnī") → TIMEX3 suffix (Q1, H2)
year_parts = word_pairs("timex/year_parts.tsv")


@lru_cache(maxsize=1)
def year_parts_after_year() -> frozenset[str]:
    """Parts of a year that are one only after a year phrase ("gada pirmajā pusē")."""
    return frozenset(cols[0] for cols in data_lines("timex/year_parts.tsv") if cols[2:] == ["after_year"])


@lru_cache(maxsize=1)
def ordinal_stems() -> list[tuple[str, int]]:
    """Stems of ordinal number words with their values, longest first."""
    return sorted(((cols[0], int(cols[1])) for cols in data_lines("timex/ordinal_words.tsv")), key=lambda s: -len(s[0]))


# lemmas whose participle puts a time ahead ("plānots", "paredzēts", "gaidāms")
planning_verbs = word_list("timex/planning_verbs.txt")


# holiday phrase → "MM-DD", an Easter offset ("easter+1") or the nth weekday of a month ("05-sun2")
@lru_cache(maxsize=1)
def holidays() -> dict[str, tuple[str, str]]:
    """Holiday names (lower case) → (month-day or Easter offset, the holiday's own part of day or "")."""
    return {cols[0]: (cols[1], cols[2] if len(cols) > 2 else "") for cols in data_lines("timex/holidays.tsv")}


@lru_cache(maxsize=None)
def word_class(kind: str) -> dict[str, str]:
    """Words of one small class the rules name (words.tsv: "qualifier", "shift", "year_link" …) → value or ""."""
    return {cols[1]: cols[2] if len(cols) > 2 else "" for cols in data_lines("timex/words.tsv") if cols[0] == kind}
