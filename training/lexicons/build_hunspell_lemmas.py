"""Build src/hronika/lang/lv/hunspell_lemmas.tsv.gz, the lemma lexicon derived from Debian's hunspell-lv.

Rebuild:
    apt-get install -y hunspell-lv            # /usr/share/hunspell/lv_LV.{dic,aff}, version 1.4.0 (LGPL 2.1+)
    PYTHONPATH=src python training/lexicons/build_hunspell_lemmas.py [DIC] [AFF] [OUT]

hunspell-lv's 66,606 stems expand into 7.4 million word forms (training/lexicons/hunspell_lv.py), too many to keep in
memory; the file stores them compactly instead, as two tables that hronika.lang.lv.lexicon reads:
    S  stem  class  paradigm            every stem (the lemma), its part-of-speech class and paradigm (its flag set)
    R  prefix  form-ending  stem-ending  kind  paradigm,paradigm,...
                                        a rewrite: a form that starts with the prefix and ends with form-ending has
                                        the stem (form without prefix and form-ending) + stem-ending, for a stem of
                                        one of the listed paradigms; its lemma is the stem, or for kind "r" the
                                        reflexive verb (runāt → runāties), for "s"/"S" the noun of action (runāt →
                                        runāšana, runāties → runāšanās), as LVTB lemmatises them.
Analysing a form looks up each of its endings (at most 13) and checks the rewritten lemma against the stems: the
same lemmas as the full expansion (checked on every form of a sample when built), no 7-million-entry table.
"""

from __future__ import annotations

import gzip
import os
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[2] / "src"))

import hunspell_lv  # noqa: E402

from hronika.lang.lv.lexicon import HunspellLexicon  # noqa: E402

ROOT = Path(__file__).parents[2]
DIC = Path("/usr/share/hunspell/lv_LV.dic")
AFF = Path("/usr/share/hunspell/lv_LV.aff")
OUT = ROOT / "src" / "hronika" / "lang" / "lv" / "hunspell_lemmas.tsv.gz"
CONTEXT = 2
HEADER = """\
# Latvian lemmas derived from hunspell-lv 1.4.0 (Debian package hunspell-lv: lv_LV.dic, lv_LV.aff)
# Copyright (C) 2002-2020 Janis Eisaks, jancs@dv.lv; word list with thanks to A. Spektors and the
# Artificial Intelligence Laboratory of IMCS, University of Latvia.
# Licence: GNU Lesser General Public License 2.1 or later (https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html);
# this file is a derived work under the same licence. Rebuilt by training/lexicons/build_hunspell_lemmas.py.
# S<TAB>stem<TAB>class<TAB>paradigm   R<TAB>prefix<TAB>form ending<TAB>stem ending<TAB>kind<TAB>paradigms
# kind: empty = the stem is the lemma, r = reflexive verb (+ies), s/S = noun of action (-šana/-šanās)
# class: N noun, V verb, A adjective, R adverb, M numeral, P pronoun, - unknown
"""


def build(dic: Path, aff: Path) -> tuple[list[tuple[str, str, int]], dict[tuple[str, str, str, str], set[int]]]:
    sfx, pfx = hunspell_lv.read_aff(aff)
    paradigms: dict[str, int] = {}
    stems = []
    rewrites: dict[tuple[str, str, str, str], set[int]] = defaultdict(set)
    for stem, flags, pos in hunspell_lv.read_dic(dic):
        pid = paradigms.setdefault(flags, len(paradigms))
        stems.append((stem, pos or "-", pid))
        for form, morph, prefix in hunspell_lv.expand(stem, flags, sfx, pfx):
            body = form[len(prefix):]
            kind = hunspell_lv.lemma_kind(stem, pos, body, morph)
            # the rewrite keeps CONTEXT letters of the shared part: the .aff's conditions look at a stem's last letters
            k = max(0, len(os.path.commonprefix([body, stem])) - CONTEXT)
            rewrites[(prefix, body[k:], stem[k:], kind)].add(pid)
    return stems, rewrites


def check(dic: Path, aff: Path, lexicon: HunspellLexicon, sample: int = 3000) -> None:
    """The compact lexicon gives every lemma the full expansion gives, on all forms of a sample of stems."""
    sfx, pfx = hunspell_lv.read_aff(aff)
    entries = hunspell_lv.read_dic(dic)
    random.seed(0)
    missing = total = 0
    for stem, flags, pos in random.sample(entries, sample):
        for form, morph, prefix in hunspell_lv.expand(stem, flags, sfx, pfx):
            total += 1
            lemma = hunspell_lv.derive(stem, hunspell_lv.lemma_kind(stem, pos, form[len(prefix):], morph))
            missing += lemma not in {lemma for lemma, _ in lexicon.analyse(form)}
    print(f"check: {total} forms of {sample} stems, {missing} without their lemma")
    assert missing == 0


def main(dic: Path = DIC, aff: Path = AFF, out: Path = OUT) -> None:
    stems, rewrites = build(dic, aff)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(HEADER)
        for stem, pos, pid in stems:
            f.write(f"S\t{stem}\t{pos}\t{pid}\n")
        for (prefix, form_end, stem_end, kind), pids in sorted(rewrites.items()):
            f.write(f"R\t{prefix}\t{form_end}\t{stem_end}\t{kind}\t{','.join(map(str, sorted(pids)))}\n")
    print(f"{out}: {len(stems)} stems, {len(rewrites)} rewrites, {out.stat().st_size:,} bytes")
    check(dic, aff, HunspellLexicon(out))


if __name__ == "__main__":
    main(*map(Path, sys.argv[1:]))
