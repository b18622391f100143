#!/usr/bin/env python3
"""Validates gold.jsonl of the Latvian TIMEX3 gold set (needs hronika importable).

Checks: every line reads as a record (hronika.corpus.gold: JSON shape, unique ids, a valid
publication date, offsets with text[start:end] == span text, sorted non-overlapping spans,
known types), then allowed sources (never the held-back test split), TIMEX3 value syntax
per type, real calendar dates and ISO weeks, optional mod/freq attributes.  Prints counts
per type, per source and per category.  Exit status 1 if anything is wrong.

Usage:  python check.py [path/to/gold.jsonl]
"""
import collections
import datetime as dt
import os
import re
import sys
from pathlib import Path

from hronika.corpus.gold import GoldError, read_timexes

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl')

MODS = {'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN',
        'EQUAL_OR_LESS', 'EQUAL_OR_MORE', 'START', 'MID', 'END', 'APPROX'}

Y = r'(?:\d{4}|XXXX)'
DAYPART = r'(?:MO|MI|AF|EV|NI|DT)'
CLOCK = r'(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?'
DATE_RE = re.compile(
    r'^(?:PRESENT_REF|PAST_REF|FUTURE_REF'
    r'|\d{2}|\d{3}'                                   # century ("19" = 20th c.), decade ("199")
    r'|' + Y + r'(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?'  # year, month, day
    r'|' + Y + r'-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?'       # ISO week, weekday, weekend
    r'|' + Y + r'-(?:SP|SU|FA|WI|Q[1-4]|H[12]))$')      # season, quarter, half-year
TIME_RE = re.compile(r'^(' + Y + r'-(?:\d{2}|XX)-(?:\d{2}|XX))T(?:' + CLOCK + '|' + DAYPART + r')$')
DUR_RE = re.compile(r'^P(?:(?:\d+|X)Y)?(?:(?:\d+|X)M)?(?:(?:\d+|X)W)?(?:(?:\d+|X)D)?'
                    r'(?:T(?:(?:\d+|X)H)?(?:(?:\d+|X)M)?(?:(?:\d+|X)S)?)?$')


def value_ok(typ, v):
    if typ == 'DATE':
        return bool(DATE_RE.match(v))
    if typ == 'TIME':
        return bool(TIME_RE.match(v))
    if typ == 'DURATION':
        return bool(DUR_RE.match(v)) and v not in ('P', 'PT') and not v.endswith('T')
    if typ == 'SET':  # a period (P1W) or a pattern with X (XXXX-WXX-1, XXXX-SU, XXXX-XX-XXTMO)
        if DUR_RE.match(v) and v not in ('P', 'PT') and not v.endswith('T'):
            return True
        return 'X' in v and bool(DATE_RE.match(v) or TIME_RE.match(v))
    return False


def calendar_ok(v):
    """Full dates must exist, ISO weeks must exist in their year."""
    m = re.match(r'^(\d{4})-(\d{2})-(\d{2})', v)
    if m:
        try:
            dt.date(*map(int, m.groups()))
        except ValueError:
            return False
    m = re.match(r'^(\d{4})-(\d{2})(?:$|-(?!W))', v)
    if m and not 1 <= int(m.group(2)) <= 12:
        return False
    m = re.match(r'^(\d{4})-W(\d{2})', v)
    if m:
        y, w = int(m.group(1)), int(m.group(2))
        if not 1 <= w <= dt.date(y, 12, 28).isocalendar()[1]:
            return False
    return True


def main():
    try:
        items = read_timexes(Path(PATH))
    except GoldError as error:
        report(error.problems)
    errors = []
    err = lambda where, msg: errors.append(f'{where}: {msg}')
    n_tx = 0
    by_type, by_source, by_cat = collections.Counter(), collections.Counter(), collections.Counter()
    items_by_source = collections.Counter()
    assumed = sum(r.published_assumed for r in items)
    for ln, r in enumerate(items, 1):
        where = f'line {ln} ({r.id})'
        if not re.fullmatch(r'[th]\d{3,}', r.id):  # t: the main set, h: the harder constructed set
            err(where, 'bad id')
        if r.note is not None and not r.note:
            err(where, 'note must be a non-empty string')
        if not r.text.strip():
            err(where, 'empty text')
            continue
        src = r.source
        m = re.fullmatch(r'(dev|train):([a-z]+\d+-p\d+)', src)
        if src == 'constructed':
            kind = 'constructed'
            if r.published_assumed:
                err(where, 'constructed items have no assumed dates')
        elif m:
            kind = m.group(1)
        else:
            err(where, f'bad source {src!r} (use dev:<par>, train:<par> or constructed; never test)')
            kind = 'invalid'
        items_by_source[kind] += 1
        if not r.timexes:
            err(where, 'timexes must be a non-empty list')
            continue
        for k, t in enumerate(r.timexes):
            tw = f'{where} timex {k}'
            if t.text != t.text.strip():
                err(tw, 'span has outer whitespace')
            typ, v = t.type, t.value
            if not value_ok(typ, v):
                err(tw, f'value {v!r} is not a valid TIMEX3 {typ} value')
            elif not calendar_ok(v):
                err(tw, f'value {v!r} is not a real calendar date/week')
            if t.mod is not None and t.mod not in MODS:
                err(tw, f"bad mod {t.mod!r}")
            if t.freq is not None and (typ != 'SET' or not re.fullmatch(r'\d+X', t.freq)):
                err(tw, f"bad freq {t.freq!r}")
            n_tx += 1
            by_type[typ] += 1
            by_source[kind] += 1
            by_cat[t.category or '-'] += 1

    print(f'{PATH}')
    print(f'items: {len(items)}   timexes: {n_tx}   published_assumed: {assumed}')
    print('items per source: ' + ', '.join(f'{k} {v}' for k, v in items_by_source.most_common()))
    print('timexes per source: ' + ', '.join(f'{k} {v}' for k, v in by_source.most_common()))
    print('timexes per type: ' + ', '.join(f'{k} {v}' for k, v in by_type.most_common()))
    print('timexes per category:')
    for k, v in by_cat.most_common():
        print(f'  {k:13s} {v}')
    if os.path.basename(PATH) == 'gold.jsonl' and items_by_source['dev'] < 60:
        errors.append(f"only {items_by_source['dev']} real dev items (need at least 60)")
    if errors:
        report(errors)
    print('\nOK')


def report(errors):
    print(f'\n{len(errors)} ERROR(S):')
    for e in errors:
        print('  ' + e)
    sys.exit(1)


if __name__ == '__main__':
    main()
