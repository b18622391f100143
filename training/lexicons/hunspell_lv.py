"""Expand Debian's hunspell-lv dictionary (lv_LV.dic + lv_LV.aff) into full word forms with their lemmas.

Every stem of the .dic is the lemma (nominative singular, masculine positive adjective, infinitive); the .aff's
suffix rules (twofold: a suffix may carry further suffix flags), the prefix "ne" and the circumfixes "jā…"/"vis…"
give the forms. A form's lemma is its stem without the prefix, as LVTB writes lemmas ("nevar" → "varēt").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

NEEDAFFIX = "{"
CIRCUMFIX = "|"
# The .dic's part-of-speech field (po:lietv1r …) → the UPOS values it stands for
POS_CLASSES = {
    "lietv": "N",  # noun (common or proper)
    "darbv": "V",  # verb
    "darb": "V",
    "īpv": "A",  # adjective
    "apstv": "R",  # adverb
    "skv": "M",  # numeral
    "vietnv": "P",  # pronoun
}


@dataclass(frozen=True)
class Rule:
    flag: str
    strip: str
    add: str
    cont: str
    cond: re.Pattern
    morph: str


def _condition(cond: str, suffix: bool) -> re.Pattern:
    if cond == ".":
        return re.compile("")
    return re.compile(cond + "$" if suffix else "^" + cond)


def read_aff(path: Path) -> tuple[dict[str, list[Rule]], dict[str, list[Rule]]]:
    """Suffix and prefix rules by flag."""
    sfx: dict[str, list[Rule]] = defaultdict(list)
    pfx: dict[str, list[Rule]] = defaultdict(list)
    pending = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0] not in ("SFX", "PFX"):
            continue
        if pending == 0:
            pending = int(parts[3])
            continue
        pending -= 1
        kind, flag, strip, add, cond = parts[:5]
        morph = " ".join(parts[5:])
        add, _, cont = add.partition("/")
        rule = Rule(flag, "" if strip == "0" else strip, "" if add == "0" else add, cont,
                    _condition(cond, kind == "SFX"), morph)
        (sfx if kind == "SFX" else pfx)[flag].append(rule)
    return dict(sfx), dict(pfx)


def read_dic(path: Path) -> list[tuple[str, str, str]]:
    """(stem, flags, part-of-speech class) of every .dic entry."""
    entries = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        word, *fields = line.split()
        stem, _, flags = word.partition("/")
        pos = ""
        for f in fields:
            if f.startswith("po:"):
                pos = POS_CLASSES.get(re.sub(r"[0-9].*", "", f[3:]), "")
        entries.append((stem, flags, pos))
    return entries


def _apply_suffix(word: str, rule: Rule) -> str | None:
    if not word.endswith(rule.strip) or not rule.cond.search(word):
        return None
    return word[: len(word) - len(rule.strip)] + rule.add


def _apply_prefix(word: str, rule: Rule) -> str | None:
    if not word.startswith(rule.strip) or not rule.cond.search(word):
        return None
    return rule.add + word[len(rule.strip):]


def expand(stem: str, flags: str, sfx: dict, pfx: dict):
    """(form, morph tag, prefix) of every form of one entry."""
    suffixed = []  # (form, flags in force, morph, needs a circumfix prefix)
    if NEEDAFFIX not in flags:
        suffixed.append((stem, flags, "", False))
    for flag in flags:
        for rule in sfx.get(flag, ()):
            form = _apply_suffix(stem, rule)
            if form is None:
                continue
            if NEEDAFFIX not in rule.cont:
                suffixed.append((form, flags + rule.cont, rule.morph, CIRCUMFIX in rule.cont))
            for flag2 in rule.cont:
                for rule2 in sfx.get(flag2, ()):
                    form2 = _apply_suffix(form, rule2)
                    if form2 is not None:
                        suffixed.append((form2, flags + rule.cont + rule2.cont, rule2.morph or rule.morph,
                                         CIRCUMFIX in rule.cont + rule2.cont))
    for form, in_force, morph, circumfixed in suffixed:
        if not circumfixed:
            yield form, morph, ""
        for flag in set(in_force):
            for rule in pfx.get(flag, ()):
                if (CIRCUMFIX in rule.cont) != circumfixed:
                    continue
                pform = _apply_prefix(form, rule)
                if pform is not None:
                    yield pform, morph, rule.add


def full_forms(dic: Path, aff: Path) -> dict[str, set[tuple[str, str, str]]]:
    """form → {(lemma, part-of-speech class, morph tag)}."""
    sfx, pfx = read_aff(aff)
    forms: dict[str, set] = defaultdict(set)
    for stem, flags, pos in read_dic(dic):
        for form, morph, _ in expand(stem, flags, sfx, pfx):
            forms[form].add((stem, pos, morph))
    return forms


# How a form's LVTB lemma follows from its stem (the rewrite's "kind" in hunspell_lemmas.tsv.gz):
# "" the stem; "r" a reflexive form of a non-reflexive verb: runāt → runāties; "s"/"S" a noun of action:
# runāt → runāšana, runāties → runāšanās.
REFLEXIVE_ENDINGS = ("ies", "damās")


def lemma_kind(stem: str, pos: str, body: str, morph: str) -> str:
    """The kind of a form's lemma, given its stem, the stem's class, the form without prefix and the rule's tag."""
    if pos not in ("V", "") or not stem.endswith(("t", "ties")):
        return ""
    tag = morph[3:] if morph.startswith("is:") else ""
    reflexive_verb = stem.endswith("ties")
    at = body.rfind("šan")
    if at > 0 and at >= len(stem) - 4:
        return "S" if reflexive_verb or tag.startswith("rl") or body.endswith(("šanās", "šanos")) else "s"
    if reflexive_verb:
        return ""
    if (len(tag) in (4, 5) and tag[3] == "a") or (not tag and body.endswith(REFLEXIVE_ENDINGS)):
        return "r"
    return ""


def derive(stem: str, kind: str) -> str:
    """The LVTB lemma of a stem and a lemma kind."""
    if kind == "r":
        return stem + "ies"
    if kind in ("s", "S"):
        base = stem[:-4] if stem.endswith("ties") else stem[:-1]
        return base + ("šanās" if kind == "S" else "šana")
    return stem
