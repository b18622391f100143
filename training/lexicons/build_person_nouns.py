"""Build src/hronika/lang/lv/person_nouns.txt: common nouns that FullStack-LV train chains with "viņš"/"viņa"."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from hronika.corpus.fullstack import read_conllu
from hronika.corpus.coref import read_coref

OUTPUT = Path(__file__).resolve().parents[2] / "src/hronika/lang/lv/person_nouns.txt"
HEADER = """# Lemmas of common nouns that name people ("sieviete", "ministrs", "meita"), so that "viņš", "viņa" look for
# them and not for "laka" or "jaka": the nouns FullStack-LV train (CC BY-SA 4.0, LUMII-AILab) puts in one
# coreference chain with a form of "viņš" or "viņa". Rebuild:
#   python training/lexicons/build_person_nouns.py ../shared/data/fullstack-lv/train
"""
PERSON_PRONOUNS = frozenset({"viņš", "viņa"})
MIN_COUNT = 1


def main(train: Path) -> None:
    """Count noun lemmas in chains that hold a third-person personal pronoun."""
    counts: Counter[str] = Counter()
    for par in read_coref(train):
        words = read_conllu(train / "UD" / f"{par.par_id}.conllu").words
        offsets, at = [], 0
        text = par.text
        for word in words:
            at = text.find(word.form, at)
            offsets.append((at, at + len(word.form)))
            at += len(word.form)
        by_span = {span: word for span, word in zip(offsets, words)}
        for chain in par.chains:
            mentions = [by_span.get(span) for span in chain]
            if any(w is not None and w.lemma in PERSON_PRONOUNS for w in mentions):
                counts.update(w.lemma for w in mentions if w is not None and w.upos == "NOUN")
    lemmas = sorted(lemma for lemma, n in counts.items() if n >= MIN_COUNT)
    OUTPUT.write_text(HEADER + "".join(f"{lemma}\n" for lemma in lemmas), encoding="utf-8")
    print(f"{len(lemmas)} nouns → {OUTPUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
