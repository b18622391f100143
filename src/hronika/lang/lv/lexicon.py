"""Lemmas of Latvian word forms from the hunspell-lv dictionary (LGPL; see hunspell_lemmas.tsv.gz's header).

The data file is built by training/lexicons/build_hunspell_lemmas.py: hunspell-lv's stems with their paradigm, and
the rewrites from a form's ending to its lemma's that the paradigms allow.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "hunspell_lemmas.tsv.gz"
# UPOS → the dictionary's part-of-speech class ("-" where hunspell-lv gives none: it fits every UPOS)
UPOS_CLASS = {"NOUN": "N", "PROPN": "N", "VERB": "V", "AUX": "V", "ADJ": "A", "ADV": "R", "NUM": "M", "PRON": "P",
              "DET": "P"}


def _derive(stem: str, pos: str, kind: str) -> tuple[str, str]:
    """(lemma, class) of a stem and its lemma kind: the stem itself, the reflexive verb (runāt → runāties) or the
    noun of action (runāt → runāšana, runāties → runāšanās), as LVTB lemmatises them."""
    if kind == "r":
        return stem + "ies", pos
    if kind in ("s", "S"):
        base = stem[:-4] if stem.endswith("ties") else stem[:-1]
        return base + ("šanās" if kind == "S" else "šana"), "N"
    return stem, pos


class HunspellLexicon:
    """form → (lemma, part-of-speech class) analyses, by rewriting the form's ending and checking the stem."""

    def __init__(self, path: Path = DATA):
        # Kept as plain strings (parsed only for the few forms analysed), which halves the memory and load time:
        # stem → "class,paradigm;class,paradigm"
        self.stems: dict[str, str] = {}
        # "prefix<TAB>form ending" → lines of "stem ending<TAB>lemma kind<TAB>,paradigm,paradigm,"
        self.rewrites: dict[str, str] = {}
        prefixes, longest = set(), 0
        stems, rewrites = self.stems, self.rewrites
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("S\t"):
                    _, stem, pos, pid = line.rstrip("\n").split("\t")
                    stems[stem] = f"{stems[stem]};{pos},{pid}" if stem in stems else f"{pos},{pid}"
                elif line.startswith("R\t"):
                    _, prefix, form_end, stem_end, kind, pids = line.rstrip("\n").split("\t")
                    key = f"{prefix}\t{form_end}"
                    entry = f"{stem_end}\t{kind}\t,{pids},"
                    rewrites[key] = f"{rewrites[key]}\n{entry}" if key in rewrites else entry
                    prefixes.add(prefix)
                    longest = max(longest, len(form_end))
        self.prefixes = tuple(sorted(prefixes, key=len))
        self.longest = longest
        self.analyse = lru_cache(maxsize=50_000)(self._analyse)

    def _analyse(self, form: str) -> tuple[tuple[str, str], ...]:
        """Every (lemma, class) hunspell-lv gives the form, in a stable order."""
        found = set()
        for prefix in self.prefixes:
            if not form.startswith(prefix):
                continue
            body = form[len(prefix):]
            for k in range(min(len(body), self.longest) + 1):
                cut = len(body) - k
                entries = self.rewrites.get(f"{prefix}\t{body[cut:]}")
                if entries is None:
                    continue
                for entry in entries.split("\n"):
                    stem_end, kind, pids = entry.split("\t")
                    stem = body[:cut] + stem_end
                    analyses = self.stems.get(stem)
                    if analyses is None:
                        continue
                    for analysis in analyses.split(";"):
                        pos, pid = analysis.split(",")
                        if f",{pid}," in pids:
                            found.add(_derive(stem, pos, kind))
        return tuple(sorted(found))

    def lemmas(self, form: str, upos: str) -> list[str]:
        """The lemmas of the form whose class fits the part of speech."""
        cls = UPOS_CLASS.get(upos)
        return sorted({lemma for lemma, pos in self.analyse(form) if pos == cls or pos == "-"})


@lru_cache(maxsize=1)
def hunspell_lexicon() -> HunspellLexicon:
    """The shipped lexicon, read once per process."""
    return HunspellLexicon()
