"""Numbers in time expressions: ordinals and amounts in digits, words or Roman numerals, and clock times."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..lang.lv.timex import number_prefixes, numbers, ordinal_stems, units, word_class
from .values import TimeRef

ORDINAL = re.compile(r"^(\d{1,4})\.$")
CARDINAL = re.compile(r"^\d{1,4}(?:[,.]5)?$")
ROMAN = re.compile(r"^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})\.?$")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
CLOCK = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?$")


def roman(text: str) -> int | None:
    """The value of a Roman numeral ("XIX" → 19), else None."""
    text = text.rstrip(".")
    if not text or not ROMAN.match(text):
        return None
    total, previous = 0, 0
    for char in reversed(text):
        value = ROMAN_VALUES[char]
        total, previous = (total - value, previous) if value < previous else (total + value, value)
    return total


def ordinal(token: Token) -> int | None:
    """The number of an ordinal written with digits ("12.", "2022.")."""
    found = ORDINAL.match(token.text)
    return int(found.group(1)) if found else None


def ordinal_word(token: Token) -> int | None:
    """The value of an ordinal written in letters ("deviņpadsmitā" → 19, "astoņdesmitajos" → 80)."""
    text, endings = token.lower_, word_class("ordinal_ending")
    for stem, value in ordinal_stems():
        if text.startswith(stem) and text[len(stem) :] in endings:
            return value
    return None


def amount(token: Token) -> str | None:
    """A cardinal amount written in digits or words ("3", "trīs", "pusotra", "dažus" → X), else None."""
    if CARDINAL.match(token.text):
        return token.text.replace(",", ".")
    return numbers().get(token.lower_)


def prefixed_unit(text: str) -> tuple[str, str] | None:
    """(amount, unit) of a unit written joined to its number ("pusgadu" → 0.5 years), else None."""
    for prefix, value in number_prefixes().items():
        if text.startswith(prefix) and text[len(prefix) :] in units():
            return value, units()[text[len(prefix) :]]
    return None


def clock_ref(token: Token) -> TimeRef | None:
    """A clock time written "9.00", "14:30" or "18"."""
    found = CLOCK.match(token.text)
    if not found or int(found.group(1)) > 24 or (found.group(2) and int(found.group(2)) > 59):
        return None
    return TimeRef("date", clock=f"{int(found.group(1)):02d}:{found.group(2) or '00'}")
