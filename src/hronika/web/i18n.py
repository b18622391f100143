"""Interface strings per language (lang/*.toml), CLDR plural forms, numbers and dates as each language writes them."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).with_name("lang")
LANGUAGES = ("lv", "en")
DEFAULT_LANGUAGE = "lv"


def plural_category(lang: str, n: int) -> str:
    """The CLDR plural category of a whole number. Latvian: "zero" for 0, 10–20, 30, 40 … (n % 10 = 0 or n % 100
    in 11–19), "one" for 1, 21, 31 … but not 11, "other" for the rest; English: "one" for 1, else "other"."""
    if lang == "lv":
        if n % 10 == 0 or 11 <= n % 100 <= 19:
            return "zero"
        return "one" if n % 10 == 1 else "other"
    return "one" if n == 1 else "other"


@lru_cache(maxsize=None)
def strings(lang: str) -> dict:
    """The interface strings of a language, read once."""
    with (LANG_DIR / f"{lang}.toml").open("rb") as file:
        return tomllib.load(file)


@dataclass(frozen=True)
class Texts:
    """The interface in one language: `t("search.title")`, `plural("quotes", 21)`, `date(d)`, `number(n)`."""

    lang: str

    def t(self, key: str, **values) -> str:
        """A string by its dotted key, with {placeholders} filled in."""
        found = strings(self.lang)
        for part in key.split("."):
            found = found[part]
        return found.format(**values) if values else found

    def plural(self, key: str, n: int) -> str:
        """A count with its noun in the right plural form: "21 citāts", "11 citātu", "2 citāti"."""
        forms = strings(self.lang)["plural"][key]
        form = forms.get(plural_category(self.lang, n), forms["other"])
        return form.format(n=self.number(n))

    def number(self, n: int) -> str:
        """A whole number with thousands grouped: Latvian by a no-break space, English by a comma."""
        return f"{n:,}".replace(",", strings(self.lang)["format"]["thousands"])

    def decimal(self, x: float) -> str:
        """A confidence with two decimals: "0,91" in Latvian."""
        return f"{x:.2f}".replace(".", strings(self.lang)["format"]["decimal"])

    def date(self, value: dt.date | None, short: bool = False) -> str:
        """A date: "2024. gada 12. septembris" or "12.09.2024." in Latvian; "12 September 2024" or "2024-09-12"."""
        if value is None:
            return ""
        month = strings(self.lang)["months"]["names"][value.month - 1]
        pattern = strings(self.lang)["format"]["short_date" if short else "long_date"]
        return pattern.format(year=value.year, month=month, mm=f"{value.month:02d}", dd=f"{value.day:02d}",
                              day=value.day)

    def period(self, start: dt.date, unit: str) -> str:
        """A week or month: "2024. gada septembris", "2024. gada 37. nedēļa"; "September 2024", "week 37 of 2024"."""
        names = strings(self.lang)["months"]
        if unit == "week":
            year, week, _ = start.isocalendar()
            return names["week"].format(year=year, week=week)
        return names["month"].format(year=start.year, month=names["names"][start.month - 1])
