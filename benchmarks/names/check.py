#!/usr/bin/env python3
"""Validate gold.jsonl (Latvian named-entity base forms) and print its counts.

    python check.py [gold.jsonl] [--data PATH_TO_fullstack-lv]

Needs hronika importable.  Exit status 1 on any error.  Checks:
  * every line reads as a record (hronika.corpus.gold: the documented fields and value types,
    text[start:end] == mention, unique ids);
  * ids are n001, n002, ... in order; no duplicate (text, start, end);
  * type / gender / case / declension / source take only the documented values; gender is set
    for persons and null otherwise; the mention and the name carry no surrounding whitespace;
  * no item comes from a test split;
  * coverage: >= 230 items, >= 120 persons, >= 50 places (GPE + location), >= 50 organisations,
    >= 100 items from the FullStack-LV dev split, >= 70 % of items not in the nominative;
  * with --data (or when the default data path exists): every dev item's text is a sentence of
    the named dev paragraph.
"""
import argparse
import collections
import os
import re
import sys
from pathlib import Path

from hronika.corpus.gold import GoldError, read_names

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data", "fullstack-lv"))

TYPES = {"person", "GPE", "organization", "location"}
GENDERS = {"masc", "fem"}
CASES = ["nom", "gen", "dat", "acc", "loc", "voc"]
DECLENSIONS = ["1", "2", "3", "4", "5", "6", "indecl"]
SOURCE_RE = re.compile(r"^(dev|train):[A-Za-z0-9]+-p[0-9]+$|^constructed$")
MINIMA = {"items": 230, "person": 120, "places": 50, "organization": 50, "dev": 100}
MIN_OBLIQUE = 0.70


def dev_sentences(data, pid):
    path = os.path.join(data, "dev", "NamedEntities", pid + ".conll2003")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        return {line[len("# text = "):].rstrip("\n") for line in fh if line.startswith("# text = ")}


def table(title, counter, order=None):
    keys = order if order else sorted(counter, key=lambda k: (-counter[k], str(k)))
    print(f"{title}: " + ", ".join(f"{k}={counter[k]}" for k in keys if counter[k]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default=os.path.join(HERE, "gold.jsonl"))
    ap.add_argument("--data", default=None, help="FullStack-LV root (to check dev sentences)")
    args = ap.parse_args()
    data = args.data or (DEFAULT_DATA if os.path.isdir(DEFAULT_DATA) else None)

    try:
        recs = read_names(Path(args.gold))
    except GoldError as error:
        fail(error.problems)

    errors, seen, dev_cache = [], set(), {}
    for idx, r in enumerate(recs, 1):
        where = f"line {idx} ({r.id})"
        if r.id != f"n{idx:03d}":
            errors.append(f"{where}: id should be n{idx:03d}")
        t, s, e = r.text, r.start, r.end
        for k in ("mention", "name", "text"):
            if not getattr(r, k) or getattr(r, k) != getattr(r, k).strip():
                errors.append(f"{where}: {k} empty or has surrounding whitespace")
        if (t, s, e) in seen:
            errors.append(f"{where}: duplicate span")
        seen.add((t, s, e))
        if r.type not in TYPES:
            errors.append(f"{where}: type {r.type!r}")
        if r.type == "person":
            if r.gender not in GENDERS:
                errors.append(f"{where}: person needs gender masc/fem, got {r.gender!r}")
        elif r.gender is not None:
            errors.append(f"{where}: gender must be null for {r.type}")
        if r.case not in CASES:
            errors.append(f"{where}: case {r.case!r}")
        if r.declension not in DECLENSIONS:
            errors.append(f"{where}: declension {r.declension!r}")
        src = r.source
        if "test" in src.lower():
            errors.append(f"{where}: test data must not be used ({src})")
        if not SOURCE_RE.match(src):
            errors.append(f"{where}: source {src!r}")
        if data and src.startswith("dev:"):
            pid = src[4:]
            if pid not in dev_cache:
                dev_cache[pid] = dev_sentences(data, pid)
            if dev_cache[pid] is None:
                errors.append(f"{where}: dev paragraph {pid} not found under {data}")
            elif t not in dev_cache[pid]:
                errors.append(f"{where}: text is not a sentence of dev paragraph {pid}")

    n = len(recs)
    by_type = collections.Counter(r.type for r in recs)
    persons = [r for r in recs if r.type == "person"]
    kind = collections.Counter(r.source.split(":")[0] for r in recs)
    oblique = sum(r.case != "nom" for r in recs)
    places = by_type["GPE"] + by_type["location"]

    for what, have, need in [("items", n, MINIMA["items"]), ("persons", by_type["person"], MINIMA["person"]),
                             ("places (GPE+location)", places, MINIMA["places"]),
                             ("organisations", by_type["organization"], MINIMA["organization"]),
                             ("dev items", kind["dev"], MINIMA["dev"])]:
        if have < need:
            errors.append(f"coverage: {what} = {have} < {need}")
    if n and oblique / n < MIN_OBLIQUE:
        errors.append(f"coverage: oblique share {oblique / n:.1%} < {MIN_OBLIQUE:.0%}")

    print(f"items: {n}   dev sentences checked against {data}" if data else f"items: {n}")
    table("type", by_type, ["person", "GPE", "location", "organization"])
    table("source", kind, ["dev", "train", "constructed"])
    table("case (all)", collections.Counter(r.case for r in recs), CASES)
    print(f"oblique (not nominative): {oblique} / {n} = {oblique / max(n, 1):.1%}")
    table("declension (all)", collections.Counter(r.declension for r in recs), DECLENSIONS)
    print("-- persons --")
    table("gender", collections.Counter(r.gender for r in persons), ["masc", "fem"])
    table("case", collections.Counter(r.case for r in persons), CASES)
    table("declension", collections.Counter(r.declension for r in persons), DECLENSIONS)
    for g in ("masc", "fem"):
        table(f"  {g} declension", collections.Counter(r.declension for r in persons if r.gender == g), DECLENSIONS)
        table(f"  {g} case", collections.Counter(r.case for r in persons if r.gender == g), CASES)
    multi = sum(" " in r.name for r in persons)
    print(f"multi-word person names: {multi}, single-word: {len(persons) - multi}")
    table("source", collections.Counter(r.source.split(":")[0] for r in persons), ["dev", "train", "constructed"])
    for ty in ("GPE", "location", "organization"):
        sub = [r for r in recs if r.type == ty]
        print(f"-- {ty} --")
        table("case", collections.Counter(r.case for r in sub), CASES)
        table("declension", collections.Counter(r.declension for r in sub), DECLENSIONS)
        table("source", collections.Counter(r.source.split(":")[0] for r in sub), ["dev", "train", "constructed"])
        print(f"mention == name (unchanged): {sum(r.mention == r.name for r in sub)} / {len(sub)}")

    if errors:
        fail(errors)
    print("\nOK")


def fail(errors):
    print(f"\nFAILED: {len(errors)} error(s)", file=sys.stderr)
    for e in errors[:100]:
        print("  " + e, file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    main()
