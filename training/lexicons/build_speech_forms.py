"""Build src/hronika/lang/lv/speech_verb_forms.tsv: the written forms of speech verbs in FullStack-LV train."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

LEXICON = Path(__file__).resolve().parents[2] / "src/hronika/lang/lv"
OUTPUT = LEXICON / "speech_verb_forms.tsv"
HEADER = """# Written forms of the speech verbs (speech_verbs.tsv, dialogue_verbs.txt) as FullStack-LV train spells them
# (CC BY-SA 4.0, LUMII-AILab), with their lemma and count. Beside a quotation they mark the cue even where the
# tagger reads them as something else ("klāsta" as a noun, "izteicies" as an imperative). Rebuild:
#   python training/lexicons/build_speech_forms.py ../shared/data/fullstack-lv/train
"""


def lemmas(name: str) -> set[str]:
    """First column of a lexicon file."""
    lines = (LEXICON / name).read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")}


def main(train: Path) -> None:
    """Count (form, lemma) of verbs whose lemma is a speech verb; keep forms that are never another word."""
    wanted = lemmas("speech_verbs.tsv") | lemmas("dialogue_verbs.txt")
    forms, other = Counter(), set()
    for path in sorted((train / "UD").glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 4 or not cols[0].isdigit():
                continue
            form, lemma, upos = cols[1].lower(), cols[2], cols[3]
            if upos in ("VERB", "AUX") and lemma in wanted:
                forms[form, lemma] += 1
            else:
                other.add(form)
    rows = sorted((f, l, n) for (f, l), n in forms.items() if f not in other)
    OUTPUT.write_text(HEADER + "".join(f"{f}\t{l}\t{n}\n" for f, l, n in rows), encoding="utf-8")
    print(f"{len(rows)} forms → {OUTPUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
