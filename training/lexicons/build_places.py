"""Build src/hronika/lang/lv/places.tsv: one-word place names in Latvian, from CLDR and FullStack-LV train."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from babel import Locale

from hronika.corpus.fullstack import read_split
from hronika.evaluation.core import bio_spans

OUTPUT = Path(__file__).resolve().parents[2] / "src/hronika/lang/lv/places.tsv"
PLACE_LABELS = ("GPE", "location")
HEADER = """# One-word place names (nominative) and their entity type, so that a place the recogniser calls a person
# ("Baltkrievija") is a place again. From the Latvian territory names of the Unicode CLDR (Unicode licence v3,
# through the `babel` package), and from the gold GPE and location entities of FullStack-LV train (CC BY-SA 4.0,
# LUMII-AILab) whose lemma the corpus never gives a person, nor the first-name list. Rebuild:
#   pip install babel && PYTHONPATH=src python training/lexicons/build_places.py ../shared/data/fullstack-lv/train
"""


def cldr_places() -> dict[str, str]:
    """Latvian names of countries and regions of one word ("Baltkrievija", "Eiropa")."""
    return {name: "GPE" for name in Locale("lv").territories.values() if " " not in name and name[:1].isupper()}


def corpus_places(split: Path) -> dict[str, str]:
    """One-word gold places of a split by their lemma and likeliest type, leaving out lemmas ever in a person."""
    places: dict[str, Counter] = {}
    persons: set[str] = set()
    for par in read_split(split):
        if par.ner_tags is None:
            continue
        words = par.words
        for start, end, label in bio_spans(par.ner_tags):
            lemmas = [w.lemma[:1].upper() + w.lemma[1:] for w in words[start:end]]
            if label == "person":
                persons.update(lemmas)
            elif label in PLACE_LABELS and end - start == 1 and words[start].form[:1].isupper() and lemmas[0].isalpha():
                places.setdefault(lemmas[0], Counter())[label] += 1
    return {name: kinds.most_common(1)[0][0] for name, kinds in places.items() if name not in persons}


def main(split: Path) -> None:
    """Write the merged list, one name and type a line, sorted."""
    from hronika.lang.lv import first_names

    places = {**corpus_places(split), **cldr_places()}
    lines = [f"{name}\t{kind}" for name, kind in sorted(places.items()) if name not in first_names()]
    OUTPUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} places → {OUTPUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
