"""Latvian time words kept as data files beside this module, loaded once."""

from __future__ import annotations

from functools import lru_cache

from .. import _data_lines, _pairs, _words

DATA_DIR = "timex/"


def _table(name: str) -> list[list[str]]:
    """The rows of one timex data file."""
    return _data_lines(DATA_DIR + name)


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month form or abbreviation (lower case) → month number."""
    return {cols[0]: int(cols[1]) for cols in _table("months.tsv")}


@lru_cache(maxsize=1)
def weekdays() -> dict[str, tuple[int, bool]]:
    """Weekday form → (ISO weekday, whether the form means every such day)."""
    return {cols[0]: (int(cols[1]), len(cols) > 2 and cols[2] == "set") for cols in _table("weekdays.tsv")}


@lru_cache(maxsize=1)
def seasons() -> dict[str, str]:
    """Season form → TIMEX3 season code (WI, SP, SU, FA)."""
    return _pairs(DATA_DIR + "seasons.tsv")


@lru_cache(maxsize=1)
def units() -> dict[str, str]:
    """Calendar unit form → unit (D, W, M, Y, DE, CE, H, MIN)."""
    return _pairs(DATA_DIR + "units.tsv")


@lru_cache(maxsize=1)
def numbers() -> dict[str, str]:
    """Number word → its value as a string ("X" for "dažas", "vairākus": some)."""
    return _pairs(DATA_DIR + "numbers.tsv")


@lru_cache(maxsize=1)
def relative_words() -> dict[str, tuple[str, int, str]]:
    """Word relative to the publication date → (unit, offset, part of day)."""
    return {cols[0]: (cols[1], int(cols[2]), cols[3] if len(cols) > 3 else "") for cols in _table("relative.tsv")}


@lru_cache(maxsize=1)
def modifiers() -> dict[str, int]:
    """Word that moves the next unit, weekday or season ("pagājušajā" −1, "nākamajā" +1, "šajā" 0)."""
    return {cols[0]: int(cols[1]) for cols in _table("modifiers.tsv")}


@lru_cache(maxsize=1)
def day_parts() -> dict[str, str]:
    """Part-of-day form → TIMEX3 code (MO, MI, AF, EV, NI)."""
    return _pairs(DATA_DIR + "day_parts.tsv")


@lru_cache(maxsize=1)
def vague_words() -> dict[str, str]:
    """Word → PRESENT_REF, PAST_REF or FUTURE_REF."""
    return _pairs(DATA_DIR + "vague.tsv")


@lru_cache(maxsize=1)
def edge_words() -> dict[str, str]:
    """Word that narrows a date without changing its value ("beigās"), or marks a weekend ("nogalē": WE)."""
    return {cols[0]: cols[1] if len(cols) > 1 else "" for cols in _table("edges.tsv")}


@lru_cache(maxsize=1)
def set_words() -> dict[str, str]:
    """Word that makes a time recur → "before" (katru gadu) or "frequency" (reizi gadā)."""
    return _pairs(DATA_DIR + "sets.tsv")


@lru_cache(maxsize=1)
def clock_words() -> frozenset[str]:
    """Words that introduce a clock time ("plkst.", "pulksten")."""
    return _words(DATA_DIR + "clock.tsv")


@lru_cache(maxsize=1)
def year_parts() -> dict[str, str]:
    """Quarter or half of a year ("pirmajā ceturksnī") → TIMEX3 suffix (Q1, H2)."""
    return _pairs(DATA_DIR + "year_parts.tsv")


@lru_cache(maxsize=1)
def ordinal_stems() -> list[tuple[str, int]]:
    """Stems of ordinal number words with their values, longest first."""
    return sorted(((cols[0], int(cols[1])) for cols in _table("ordinal_words.tsv")), key=lambda s: -len(s[0]))


@lru_cache(maxsize=1)
def planning_verbs() -> frozenset[str]:
    """Lemmas whose participle puts a time ahead ("plānots", "paredzēts", "gaidāms")."""
    return _words(DATA_DIR + "planning_verbs.txt")


@lru_cache(maxsize=1)
def holidays() -> dict[str, str]:
    """Holiday phrase → "MM-DD" or an Easter offset ("easter+1")."""
    return _pairs(DATA_DIR + "holidays.tsv")
