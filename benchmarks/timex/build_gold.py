#!/usr/bin/env python3
"""Builds gold.jsonl for the Latvian TIMEX3 gold set (see README.md).

The annotations are written below as exact substrings of the sentence, each with its
type, its value and a category.  Relative values are written with small date helpers
(wd(4, 'past') = "the last Thursday before the publication date", wk(-1) = "previous ISO
week", ...): the *choice* of helper (past/future/present, anchor) is the hand annotation,
the helper only does the calendar arithmetic.  The script finds every span (whole-word
match, exactly once unless an occurrence index is given), checks that spans do not
overlap, takes real sentences verbatim from the FullStack-LV UD files ("# text =" lines),
checks that the publication date of every non-assumed real item occurs in the document
reference in metadata.json, and writes gold.jsonl next to this file.

Usage:  python3 build_gold.py   [FULLSTACK_LV=/path/to/fullstack-lv]
Standard library only.
"""
import json
import os
import datetime as dt
# ---------------- calendar helpers: each returns a function of the publication date ----------------
D = dt.date
def P(s): return D.fromisoformat(s)
def iso(d): return d.isoformat()
def isow(d):
    y, w, _ = d.isocalendar(); return f"{y}-W{w:02d}"
# each helper returns a function of the publication date
def day(n):            return lambda p: iso(p + dt.timedelta(days=n))
def wd(k, mode):       # k: 1=Mon..7=Sun
    def f(p):
        if mode == 'past':
            d = p - dt.timedelta(days=1)
            while d.isoweekday() != k: d -= dt.timedelta(days=1)
        elif mode == 'future':
            d = p + dt.timedelta(days=1)
            while d.isoweekday() != k: d += dt.timedelta(days=1)
        else:
            d = p + dt.timedelta(days=k - p.isoweekday())
        return iso(d)
    return f
def wk(n):             return lambda p: isow(p + dt.timedelta(days=7*n))
def wkd(ndays):        return lambda p: isow(p + dt.timedelta(days=ndays))
def we(mode):
    def f(p):
        if mode == 'past':
            d = p - dt.timedelta(days=1)
            while d.isoweekday() != 7: d -= dt.timedelta(days=1)
        elif mode == 'future':
            d = p + dt.timedelta(days=1)
            while d.isoweekday() != 6: d += dt.timedelta(days=1)
        else:
            d = p
        return isow(d) + "-WE"
    return f
def mon(n):
    def f(p):
        m = p.month - 1 + n
        return f"{p.year + m // 12}-{m % 12 + 1:02d}"
    return f
def mname(m, mode):
    def f(p):
        y = p.year
        if mode == 'past' and m > p.month: y -= 1
        if mode == 'future' and m < p.month: y += 1
        return f"{y}-{m:02d}"
    return f
def dm(dd, m, mode):
    def f(p):
        y = p.year
        d = D(y, m, dd)
        if mode == 'past' and d > p: d = D(y-1, m, dd)
        if mode == 'future' and d < p: d = D(y+1, m, dd)
        return iso(d)
    return f
def yr(n):             return lambda p: str(p.year + n)
def seasons(y):
    import calendar
    feb = 29 if calendar.isleap(y) else 28
    return [(f"{y}-WI", D(y-1,12,1), D(y,2,feb)), (f"{y}-SP", D(y,3,1), D(y,5,31)),
            (f"{y}-SU", D(y,6,1), D(y,8,31)), (f"{y}-FA", D(y,9,1), D(y,11,30))]
def season(code, mode):
    def f(p):
        occ = [s for y in range(p.year-3, p.year+4) for s in seasons(y) if s[0].endswith(code)]
        occ.sort(key=lambda s: s[1])
        if mode == 'past':
            c = [s for s in occ if s[1] <= p]; return c[-1][0]
        if mode == 'future':
            c = [s for s in occ if s[2] >= p]; return c[0][0]
        c = [s for s in occ if s[1] <= p <= s[2]]; return c[0][0]
    return f
def pod(n, part):      return lambda p: iso(p + dt.timedelta(days=n)) + "T" + part
def wdpod(k, mode, part): return lambda p: wd(k, mode)(p) + "T" + part
def tm(n, hhmm):       return lambda p: iso(p + dt.timedelta(days=n)) + "T" + hhmm

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.environ.get('FULLSTACK_LV', os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'fullstack-lv')).rstrip('/') + '/'
META = json.load(open(BASE + 'metadata.json'))
_cache = {}
def sents(split, par):
    key = (split, par)
    if key not in _cache:
        out = []
        for line in open(f'{BASE}{split}/UD/{par}.conllu', encoding='utf-8'):
            if line.startswith('# text ='):
                out.append(line[len('# text ='):].strip())
        _cache[key] = out
    return _cache[key]

ITEMS = []
def R(split, par, prefixes, pub, tx, assumed=False, note=None):
    ss = sents(split, par)
    chosen = []
    for pre in prefixes:
        m = [s for s in ss if s.startswith(pre)]
        assert len(m) == 1, (par, pre, m)
        chosen.append(m[0])
    text = ' '.join(chosen)
    ITEMS.append(dict(source=f'{split}:{par}', published=pub, text=text, tx=tx, assumed=assumed, note=note))
def C(pub, text, tx, note=None):
    ITEMS.append(dict(source='constructed', published=pub, text=text, tx=tx, assumed=False, note=note))

DA, TI, DU, SE = 'DATE', 'TIME', 'DURATION', 'SET'
# timex tuple: (surface, type, value|fn, category, {occ, mod, freq})
# ---------------- real sentences, FullStack-LV dev split ----------------
R('dev','c12-p51',['50. 1995. gadā'],'2006-04-27',[
  ('1995. gadā',DA,'1995','year_era'),
  ('2050. gadu',DA,'2050','year_era',{'mod':'APPROX'})])
R('dev','c18-p3',['Par notikumiem pirms 60 gadiem'],'2004-09-13',[
  ('pirms 60 gadiem',DA,yr(-60),'offset')])
R('dev','p10011-p70',['Īvandē velobraucēji'],'2015-05-12',[
  ('1816. gadā',DA,'1816','year_era')])
R('dev','p10011-p70',['Šogad ceļš vedīs'],'2015-05-12',[
  ('Šogad',DA,yr(0),'rel_period')])
R('dev','p10025-p7',['Studija atrodas'],'2016-09-29',[
  ('šovasar',DA,'2016-SU','month_season')])
R('dev','p10030-p7',['Slavenā pianiste'],'2015-01-20',[
  ('1940. gadam',DA,'1940','year_era')])
R('dev','p10032-p1',['Šonedēļ Kuldīgas'],'2015-01-20',[
  ('Šonedēļ',DA,wk(0),'rel_period'),
  ('janvāra',DA,mname(1,'past'),'month_season')])
R('dev','p10101-p1',['Šodien, 29. septembrī'],'2016-09-29',[
  ('Šodien',DA,day(0),'rel_day'),
  ('29. septembrī',DA,'2016-09-29','date')],
  note='Holiday names used predicatively (Miķeļi, Miķeļdiena, rudens saulgrieži) are not annotated.')
R('dev','p10138-p1',['Pagājušajā nedēļā'],'2016-07-27',[
  ('Pagājušajā nedēļā',DA,wk(-1),'rel_period')],
  note='"ziemas mētelī" (winter coat) is not a time expression.')
R('dev','p10252-p1',['Pa tam latviešu mēle'],'2015-02-21',[
  ('21. gadsimtam',DA,'20','year_era')])
R('dev','p10643-p1',['Godinot 1919. gada'],'2015-11-17',[
  ('1919. gada',DA,'1919','year_era'),
  ('sestdien',DA,wd(6,'future'),'weekday'),
  ('21. novembrī',DA,'2015-11-21','date'),
  ('97 gadi',DU,'P97Y','duration'),
  ('piecu stundu',DU,'PT5H','duration')])
R('dev','p10648-p2',['Turklāt bijām'],'2016-06-09',[
  ('5. jūniju',DA,dm(5,6,'past'),'date')])
R('dev','p10677-p2',['Valsts ugunsdzēsības'],'2016-07-11',[
  ('naktī no svētdienas, 10. jūlija, uz pirmdienu',TI,'2016-07-10TNI','part_of_day')],
  note='The whole "night from Sunday to Monday" phrase is one TIME; TNI is attached to the day on which the night begins (Sunday 10 July).')
R('dev','p12700-p1',['Šonedēļ internetā'],'2016-03-18',[
  ('Šonedēļ',DA,wk(0),'rel_period')])
R('dev','p1272-p1',['Kurmāles pagasta padome'],'2003-12-29',[
  ('decembra',DA,mname(12,'past'),'month_season'),
  ('šī gada',DA,yr(0),'rel_period'),
  ('janvārī',DA,mname(1,'future'),'month_season')])
R('dev','p12879-p4',['1970.gada aprīlī'],'2016-05-05',[
  ('1970.gada aprīlī',DA,'1970-04','month_season')])
R('dev','p12879-p4',['Kopš 1986.gada'],'2016-05-05',[
  ('1986.gada',DA,'1986','year_era')])
R('dev','p12902-p3',['Savukārt Peters Sūlbergs'],'2015-10-19',[
  ('2015. gada',DA,'2015','year_era')])
R('dev','p12942-p4',['Pirmajiem funkcionējošajiem'],'2016-09-19',[
  ('2017.gada vidum',DA,'2017','year_era',{'mod':'MID'}),
  ('2020.gadā',DA,'2020','year_era')])
R('dev','p1299-p1',['Piektdien ielikti'],'2008-07-01',[
  ('Piektdien',DA,wd(5,'past'),'weekday')])
R('dev','p1299-p2',['Šī doma ēdolniekiem'],'2008-07-01',[
  ('80. gadu beigās',DA,'198','year_era',{'mod':'END'})],
  note='"pārmaiņu laikos" (in the times of change) is an event-defined period and is not annotated.')
R('dev','p1299-p2',['„Tagad galvenais'],'2008-07-01',[
  ('Tagad',DA,'PRESENT_REF','ref')])
R('dev','p1299-p3',['Līgumā teikts'],'2008-07-01',[
  ('1. oktobrim',DA,dm(1,10,'future'),'date')])
R('dev','p1299-p3',['Bijušais alsundznieks'],'2008-07-01',[
  ('11 gadu',DU,'P11Y','duration'),
  ('pasen',DA,'PAST_REF','ref')])
R('dev','p13504-p2',['Somijas kosmētikas zīmola'],'2016-07-26',[
  ('1988. gadā',DA,'1988','year_era')])
R('dev','p13741-p1',['Negativus šogad'],'2016-07-14',[
  ('šogad',DA,yr(0),'rel_period'),
  ('nedēļas nogalē',DA,we('present'),'rel_period')],
  note='Present tense: the weekend of the current ISO week (Positivus 2016 took place 15-17 July).')
R('dev','p14292-p2',['Tāpat komanda'],'2016-03-11',[
  ('21.martā',DA,dm(21,3,'future'),'date'),
  ('dienu',DU,'P1D','duration'),
  ('25.martā',DA,dm(25,3,'future'),'date')],
  note='"dienu pirms ... spēles" is anchored on an event, so only the measure "dienu" is annotated (DURATION), TimeML-style.')
R('dev','p14296-p4',['Pasākuma pirmajā daļā'],'2016-03-11',[
  ('2015.gadā',DA,'2015','year_era'),
  ('2016.gadam',DA,'2016','year_era')])
R('dev','p14299-p4',['Pirmajā posmā 2018.gadā'],'2016-03-11',[
  ('2018.gadā',DA,'2018','year_era')])
R('dev','p14299-p4',['Savukārt līdz 2020.gadam'],'2016-03-11',[
  ('2020.gadam',DA,'2020','year_era')])
R('dev','p14382-p5',['Valsts sektora darbinieku algas'],'2015-07-31',[
  ('2010.gadā',DA,'2010','year_era')])
R('dev','p14438-p3',['"Pirms 24 gadiem'],'2015-07-31',[
  ('Pirms 24 gadiem',DA,yr(-24),'offset')])
R('dev','p14454-p5',['Latvijas komanda Rīgā ielidos'],'2015-07-31',[
  ('svētdien',DA,wd(7,'future'),'weekday'),
  ('2.augustā',DA,dm(2,8,'future'),'date'),
  ('plkst.14.40',TI,'2015-08-02T14:40','clock')])
R('dev','p14462-p1',['Rīga, 31.jūl.','Precēts pāris'],'2015-07-31',[
  ('31.jūl.',DA,day(0),'date'),
  ('29.jūlija',DA,dm(29,7,'past'),'date')])
R('dev','p14462-p3',['Roziņa atzīmēja'],'2015-07-31',[
  ('šogad',DA,yr(0),'rel_period')])
R('dev','p17283-p2',['Šāda nauda summas'],'2014-01-01',[
  ('šodien',DA,day(0),'rel_day'),
  ('plkst.11',TI,tm(0,'11:00'),'clock'),
  ('15',TI,tm(0,'15:00'),'clock')])
R('dev','p17284-p1',['Rīga, 1.janv.','Šodien stājas'],'2014-01-01',[
  ('1.janv.',DA,day(0),'date'),
  ('Šodien',DA,day(0),'rel_day')])
R('dev','p2968-p5',['Ņemot par partneri'],'2009-06-03',[
  ('kādreiz',DA,'PAST_REF','ref'),
  ('1870. gadā',DA,'1870','year_era')])
R('dev','p3732-p2',['Rīga, 5.jūn.','Vides aizsardzības'],'2012-06-05',[
  ('5.jūn.',DA,day(0),'date'),
  ('rīt',DA,day(1),'rel_day')], assumed=True,
  note='Year not in the reference; 2012 assumed from the dateline and E. Sprūdžs being minister (Oct 2011 - 2013).')
R('dev','p3734-p2',['Rīga, 23.janv.','Par Satversmes tiesas'],'2013-01-23',[
  ('23.janv.',DA,day(0),'date'),
  ('šodien',DA,day(0),'rel_day')], assumed=True,
  note='Year not in the reference; 2013 inferred from the paragraph (chairman since 31.01.2007, re-elected 2010, three-year terms).')
R('dev','p3734-p4',['ST priekšsēdētāja pilnvaru'],'2013-01-23',[
  ('trīs gadi',DU,'P3Y','duration')], assumed=True)
R('dev','p3734-p7',['Kūtris žurnālistiem'],'2013-01-23',[
  ('no rīta',TI,pod(0,'MO'),'part_of_day')], assumed=True,
  note='"no rīta" is a fixed adverbial (in the morning); "no" is part of it here, not a range preposition.')
R('dev','p3734-p8',['Jāatzīmē, ka Kūtra'],'2013-01-23',[
  ('nākamā gada februārī',DA,'2014-02','month_season')], assumed=True)
R('dev','p3734-p9',['Viņš ST priekšsēdētāja amatā'],'2013-01-23',[
  ('2007.gada 31.janvārī',DA,'2007-01-31','date'),
  ('2010.gadā',DA,'2010','year_era')], assumed=True)
R('dev','p3734-p9',['Tiesas priekšsēdētāja pilnvaras'],'2013-01-23',[
  ('šā gada 30.janvārī',DA,'2013-01-30','date'),
  ('pēc aptuveni gada',DA,yr(1),'offset',{'mod':'APPROX'})], assumed=True)
R('dev','p3734-p10',['ST tiesnešus ievēl'],'2013-01-23',[
  ('desmit gadu',DU,'P10Y','duration')], assumed=True)
R('dev','p3739-p6',['Kā ziņots, janvāra beigās'],'2013-02-06',[
  ('janvāra beigās',DA,'2013-01','month_season',{'mod':'END'})], assumed=True,
  note='Year not in the reference; dateline of the article is "Rīga, 6.febr." and the text cites 2011 annual and 2012 Q1 figures, so 2013 is assumed.')
R('dev','p3739-p8',['Kā liecina Valsts ieņēmumu'],'2013-02-06',[
  ('2012.gada pirmajā ceturksnī',DA,'2012-Q1','month_season')], assumed=True)
R('dev','p3739-p9',['SIA "RusLatNafta" apgrozījums'],'2013-02-06',[
  ('2011.gadā',DA,'2011','year_era')], assumed=True)
R('dev','p3739-p14',['Pēc Valsts ieņēmuma dienesta datiem'],'2013-02-06',[
  ('pērn',DA,yr(-1),'rel_period'),
  ('deviņiem mēnešiem',DU,'P9M','duration')], assumed=True)
R('dev','p3739-p3',['"Ja agrāk vienā virzienā'],'2013-02-06',[
  ('agrāk',DA,'PAST_REF','ref'),
  ('tagad',DA,'PRESENT_REF','ref')], assumed=True)
R('dev','p3739-p4',['Viņš gan atturas'],'2013-02-06',[
  ('šogad',DA,yr(0),'rel_period')], assumed=True)
R('dev','p3739-p12',['Uzņēmums dibināts 1994.gadā'],'2013-02-06',[
  ('1994.gadā',DA,'1994','year_era')], assumed=True)
R('dev','p3752-p2',['Tomēr, kā norāda Latvijas Telekomunikāciju'],'2013-03-01',[
  ('trīs gadu',DU,'P3Y','duration'),
  ('šā brīža',DA,'PRESENT_REF','ref'),
  ('2010. gadu',DA,'2010','year_era')], assumed=True,
  note='No date in the reference; 2013 assumed ("three-year perspective compared with 2010").')
R('dev','p3754-p2',['„ZAAO" nākotnē'],'2013-02-01',[
  ('nākotnē',DA,'FUTURE_REF','ref'),
  ('pērn',DA,yr(-1),'rel_period')], assumed=True,
  note='No date in the reference; the interview mentions that the 2006-2012 state plan has ended, a government decision "15.janvārī" and a start "2013.gada aprīlī", so early 2013 is assumed.')
R('dev','p3754-p19',['Tā sāks strādāt'],'2013-02-01',[
  ('2013.gada aprīlī',DA,'2013-04','month_season')], assumed=True)
R('dev','p3754-p28',['2009.gadā mēs zinājām'],'2013-02-01',[
  ('2009.gadā',DA,'2009','year_era'),
  ('2010.',DA,'2010','year_era'),
  ('2011.',DA,'2011','year_era'),
  ('2012.gadā',DA,'2012','year_era')], assumed=True,
  note='Coordinated years with an elided head noun are annotated separately; the ordinal dot belongs to the number.')
R('dev','p3754-p28',['Pašlaik nav skaidrības'],'2013-02-01',[
  ('Pašlaik',DA,'PRESENT_REF','ref'),
  ('šo gadu',DA,yr(0),'rel_period'),
  ('2014.',DA,'2014','year_era'),
  ('2015.gadu',DA,'2015','year_era')], assumed=True)
R('dev','p3754-p28',['Ja agrāk zinājām'],'2013-02-01',[
  ('agrāk',DA,'PAST_REF','ref'),
  ('trīs gadus',DU,'P3Y','duration'),
  ('pašlaik',DA,'PRESENT_REF','ref')], assumed=True)
R('dev','p3754-p30',['Valsts plānam nākamajam periodam'],'2013-02-01',[
  ('2013.gadu',DA,'2013','year_era'),
  ('pagājušajā gadā',DA,yr(-1),'rel_period')], assumed=True,
  note='"nākamajam periodam" (next planning period) is not a calendar expression and is not annotated.')
R('dev','p3754-p35',['Kā vērtējat'],'2013-02-01',[
  ('15.janvārī',DA,dm(15,1,'past'),'date')], assumed=True)
R('dev','p3754-p43',['ZAAO ir Ziemeļvidzemes'],'2013-02-01',[
  ('1998.gadā',DA,'1998','year_era')], assumed=True)
R('dev','p3754-p6',['Projekta otrajā daļā'],'2013-02-01',[
  ('šogad',DA,yr(0),'rel_period')], assumed=True)
R('dev','p3754-p27',['Ingrīda Gubernatorova: Līdzšinējā'],'2013-02-01',[
  ('2006.',DA,'2006','year_era'),
  ('2012.gadam',DA,'2012','year_era'),
  ('2013.',DA,'2013','year_era'),
  ('2020.gadam',DA,'2020','year_era')], assumed=True,
  note='Year ranges "2006.-2012.gadam" are annotated as two DATEs (start and end), not as one DURATION.')
R('dev','p3754-p4',['Pagājušā gada nogalē'],'2013-02-01',[
  ('Pagājušā gada nogalē',DA,yr(-1),'rel_period',{'mod':'END'})], assumed=True)
R('dev','p3754-p12',['To veido pamatā'],'2013-02-01',[
  ('katru gadu',SE,'P1Y','set')], assumed=True)
R('dev','p3754-p5',['Uzņēmums projekta realizāciju'],'2013-02-01',[
  ('2001.gadā',DA,'2001','year_era')], assumed=True)
R('dev','p3757-p3',['Situācija Liepājas metalurgā'],'2013-04-10',[
  ('pašlaik',DA,'PRESENT_REF','ref'),
  ('2008. gada 10. novembra',DA,'2008-11-10','date')], assumed=True,
  note='No date in the reference; spring 2013 assumed (Liepājas metalurgs crisis, minister R. Kozlovskis in office).')
R('dev','p3757-p4',['Valsts tiesības kontrolēt'],'2013-04-10',[
  ('2008. gada beigās',DA,'2008','year_era',{'mod':'END'}),
  ('veselu gadu',DU,'P1Y','duration')], assumed=True,
  note='"veselu gadu vēlāk" is anchored on the 2008 promise, so only the measure is annotated (DURATION).')
R('dev','p3757-p4',['Šie apgalvojumi tika noformēti'],'2013-04-10',[
  ('pagājušā gada augustā',DA,'2012-08','month_season'),
  ('šobrīd',DA,'PRESENT_REF','ref')], assumed=True)
R('dev','p3767-p2',['2012.gada 8.novembris.'],'2012-11-08',[
  ('2012.gada 8.novembris',DA,'2012-11-08','date')], assumed=True,
  note='Publication date taken from this dateline (no date in the reference).')
R('dev','p3767-p4',['Andra Vilka grāmatas'],'2012-11-08',[
  ('š.g. 15.novembrī',DA,'2012-11-15','date'),
  ('plkst.14.00',TI,'2012-11-15T14:00','clock')], assumed=True)
R('dev','p6288-p6',['Kerija un Vaitas'],'2016-09-20',[
  ('2012.gadā',DA,'2012','year_era')])
R('dev','p6552-p1',['4.septembrī lielveikalā'],'2015-09-05',[
  ('4.septembrī',DA,dm(4,9,'past'),'date')],
  note='"rudens apavu" (autumn shoes) is not a time expression.')
R('dev','p980-p3',['Pērn esot uzrakstījusi'],'2008-06-20',[
  ('Pērn',DA,yr(-1),'rel_period'),
  ('aizvadītajā gadā',DA,yr(-1),'rel_period')])
R('dev','p980-p6',['To klāstā bija'],'2008-06-20',[
  ('šobrīd',DA,'PRESENT_REF','ref'),
  ('2. augustā',DA,dm(2,8,'future'),'date')])
R('dev','p9974-p54',['Sporta hallē 6.II'],'2016-02-02',[
  ('6.II',DA,dm(6,2,'future'),'date'),
  ('22.00',TI,'2016-02-06T22:00','clock')],
  note='Month written as a Roman numeral (6.II = 6 February).')
R('dev','p9980-p2',['15. aprīlī ap 6.30','8.00 Ēdoles'],'2014-04-23',[
  ('15. aprīlī',DA,dm(15,4,'past'),'date'),
  ('6.30',TI,'2014-04-15T06:30','clock',{'mod':'APPROX'}),
  ('8.00',TI,'2014-04-15T08:00','clock')],
  note='Police-report style: the undated "8.00" entry continues the date of the preceding entry (15 April).')
R('dev','p9980-p2',['16. aprīlī ap 3.12'],'2014-04-23',[
  ('16. aprīlī',DA,dm(16,4,'past'),'date'),
  ('3.12',TI,'2014-04-16T03:12','clock',{'mod':'APPROX'})])
R('dev','p9993-p11',['Šogad Snēpeles'],'2016-06-09',[
  ('Šogad',DA,yr(0),'rel_period')])
R('dev','p9994-p1',['Leijerkastes skaņas'],'2016-09-13',[
  ('sestdien',DA,wd(6,'past'),'weekday'),
  ('10. septembrī',DA,dm(10,9,'past'),'date')])
R('dev','z108-p193',['1997.g. Nīderlandē'],'2010-06-01',[
  ('1997.g.',DA,'1997','year_era')], assumed=True,
  note='Reference gives only the year 2010 (a thesis); day and month assumed.')
R('dev','z109-p142',['Rīgā tika dibināta'],'2014-06-01',[
  ('1890. g.',DA,'1890','year_era')], assumed=True)
R('dev','z109-p142',['1897. gadā viņš'],'2014-06-01',[
  ('1897. gadā',DA,'1897','year_era')], assumed=True)
R('dev','z109-p192',['Tā, piemēram, 1924.'],'2014-06-01',[
  ('1924. g. 15. okt.',DA,'1924-10-15','date')], assumed=True)
R('dev','z109-p95',['Latgalē pirmie ebreji'],'2014-06-01',[
  ('sešpadsmito gadsimtu',DA,'15','year_era',{'mod':'APPROX'})], assumed=True)
R('dev','z109-p95',['1766. g.'],'2014-06-01',[
  ('1766. g.',DA,'1766','year_era')], assumed=True)
R('dev','z109-p95',['Kopš 1804. gada'],'2014-06-01',[
  ('1804. gada',DA,'1804','year_era')], assumed=True)
R('dev','z109-p95',['1920. gadā Latgalē'],'2014-06-01',[
  ('1920. gadā',DA,'1920','year_era'),
  ('1935. gadā',DA,'1935','year_era')], assumed=True)
R('dev','z109-p95',['Latgales ebrejus'],'2014-06-01',[
  ('deviņpadsmitā gadsimta beigu',DA,'18','year_era',{'mod':'END'})], assumed=True)
R('dev','z109-p95',['1897. gadā ebreji'],'2014-06-01',[
  ('1897. gadā',DA,'1897','year_era')], assumed=True,
  note='"pirms Pirmā pasaules kara" is anchored on an event name and is not a TIMEX.')
R('dev','p1304-p2',['Katru gadu skolā'],'2009-04-16',[
  ('Katru gadu',SE,'P1Y','set')])
R('dev','p2755-p2',['Vai valsts pietiekami'],'2008-08-28',[
  ('nākotnē',DA,'FUTURE_REF','ref')])
R('dev','p3332-p7',['Toreiz man tēva'],'2009-07-10',[
  ('Toreiz',DA,'PAST_REF','ref'),
  ('šodien',DA,'PRESENT_REF','ref')],
  note='"šodien" contrasted with "toreiz" means "nowadays", not the publication day: PRESENT_REF.')
R('dev','p3332-p7',['Tā es veselu gadu'],'2009-07-10',[
  ('veselu gadu',DU,'P1Y','duration')])
R('dev','p9971-p3',['Arī pērn mūsu sportisti'],'2016-02-02',[
  ('pērn',DA,yr(-1),'rel_period')])
R('dev','p9971-p3',['„Tas arī bija'],'2016-02-02',[
  ('pagājušā gada',DA,yr(-1),'rel_period')])
R('dev','p6412-p2',['Augustā Afleks'],'2016-09-11',[
  ('Augustā',DA,mname(8,'past'),'month_season')])
R('dev','p8765-p6',['Pirms desmit gadiem'],'2016-01-13',[
  ('Pirms desmit gadiem',DA,yr(-10),'offset')])
R('dev','p17240-p4',['Konkrētā summa'],'2014-01-01',[
  ('ziemā',DA,season('WI','future'),'month_season')],
  note='Future reference on 1 January: the current winter, i.e. Dec 2013 - Feb 2014 = 2014-WI (WI carries the year of its January).')
R('dev','p10680-p7',['Sestdien, 9. jūlijā'],'2016-07-11',[
  ('Sestdien',DA,wd(6,'past'),'weekday'),
  ('9. jūlijā',DA,dm(9,7,'past'),'date')])
R('dev','p10682-p3',['Apsekoti pagasta ceļi'],'2016-04-06',[
  ('šajās dienās',DA,'PRESENT_REF','ref')])
R('dev','s9-p64',['Jums visiem ir zināms'],'2008-08-06',[
  ('nākamajā nedēļā',DA,wk(1),'rel_period')])

# ---------------- real sentences, FullStack-LV train split ----------------
R('train','p10003-p1',['Līvijas Rezevskas'],'2016-09-13',[
  ('pagājušo ceturtdien',DA,wd(4,'past'),'weekday'),
  ('visu nedēļu',DU,'P1W','duration')])
R('train','p10754-p2',['Svētdien Latvijai'],'2016-03-05',[
  ('Svētdien',DA,wd(7,'future'),'weekday')])
R('train','p10754-p2',['Pirmdien dienas laikā'],'2016-03-05',[
  ('Pirmdien dienas laikā',TI,wdpod(1,'future','DT'),'part_of_day')])
R('train','p19758-p4',['Jau otrdien'],'2014-04-07',[
  ('otrdien',DA,wd(2,'future'),'weekday'),
  ('ceturtdien',DA,wd(4,'future'),'weekday'),
  ('piektdien',DA,wd(5,'future'),'weekday')])
R('train','p11075-p1',['Valsts ugunsdzēsības'],'2016-02-02',[
  ('ceturtdien',DA,wd(4,'past'),'weekday')])
R('train','p11086-p1',['Par godu svētkiem'],'2016-08-24',[
  ('pirmdien',DA,wd(1,'past'),'weekday')])
R('train','p2823-p1',['Svētdien Doma laukumā','Tāpat kā pirms'],'2008-01-21',[
  ('Svētdien',DA,wd(7,'past'),'weekday'),
  ('pirms septiņpadsmit gadiem',DA,yr(-17),'offset'),
  ('1991.gada janvārī',DA,'1991-01','month_season')],
  note='"X stundu" (zero hour) is idiomatic and not annotated.')
R('train','p10611-p1',['Naktī uz sestdienu'],'2014-02-10',[
  ('Naktī uz sestdienu',TI,'2014-02-07TNI','part_of_day'),
  ('pulksten 3.15',TI,'2014-02-08T03:15','clock')],
  note='"naktī uz sestdienu" = the night from Friday to Saturday, TNI on Friday; the clock time 3.15 falls on Saturday.')
R('train','p19918-p1',['Sauriešos'],'2014-04-07',[
  ('pagājušās nedēļas nogalē',DA,we('past'),'rel_period')])
R('train','p6590-p3',['Mazulis piedzima'],'2016-09-01',[
  ('pagājušonedēļ',DA,wk(-1),'rel_period')])
R('train','p10725-p4',['Jāatzīmē, ka jau šogad'],'2016-05-24',[
  ('šogad februārī',DA,'2016-02','month_season')])
R('train','p10856-p3',['Bauskas 508.'],'2016-09-13',[
  ('pērn',DA,yr(-1),'rel_period'),
  ('aizpērn',DA,yr(-2),'rel_period')])
R('train','p11017-p4',['Līdz marta vidum'],'2016-03-05',[
  ('marta vidum',DA,'2016-03','month_season',{'mod':'MID'})])
R('train','p11017-p4',['Šomēnes displeji'],'2016-03-05',[
  ('Šomēnes',DA,mon(0),'rel_period')])
R('train','p14306-p10',['Viļņas rajona tiesa'],'2016-03-11',[
  ('pērn 12.janvārī',DA,'2015-01-12','date')])
R('train','p8011-p3',['Komisija apmierināja'],'2015-01-21',[
  ('pērnā gada 23. novembra',DA,'2014-11-23','date')])
R('train','p2562-p4',['Deputāts pauda bažas'],'2009-05-20',[
  ('pagājušā gadsimta deviņdesmito gadu vidū',DA,'199','year_era',{'mod':'MID'})])
R('train','p12713-p20',['Astoņdesmitajos gados'],'2016-07-01',[
  ('Astoņdesmitajos gados',DA,'198','year_era')])
R('train','p3392-p7',['19. gadsimta sākumā'],'2009-02-12',[
  ('19. gadsimta sākumā',DA,'18','year_era',{'mod':'START'})])
R('train','p267-p2',['Ja vieta applūst'],'2008-02-11',[
  ('reizi 100 gados',SE,'P100Y','set',{'freq':'1X'})])
R('train','p12312-p7',['Abonēsim avīzi'],'2014-01-03',[
  ('visam gadam',DU,'P1Y','duration'),
  ('katru otrdienu',SE,'XXXX-WXX-2','set'),
  ('piektdienu',SE,'XXXX-WXX-5','set')],
  note='"katru otrdienu un piektdienu": the quantifier is shared, each weekday is its own SET.')
R('train','p611-p6',['Kopumā radās iespaids'],'2005-09-30',[
  ('pirmdienās',SE,'XXXX-WXX-1','set')],
  note='Plural locative of a weekday is habitual: SET.')
R('train','p10909-p4',['15. jūlija naktī'],'2016-07-19',[
  ('15. jūlija naktī',TI,'2016-07-15TNI','part_of_day')])
R('train','p11016-p5',['Gailīšu pagasta','Izskatās, ka graudi'],'2016-07-19',[
  ('19. jūlija priekšpusdienā',TI,'2016-07-19TMO','part_of_day'),
  ('pēcpusdienā',TI,'2016-07-19TAF','part_of_day')],
  note='"ziemas kviešu" (winter wheat) is not a time expression.')
R('train','p6585-p2',['9.maija rītā'],'2016-05-10',[
  ('9.maija rītā',TI,'2016-05-09TMO','part_of_day'),
  ('vakarā',TI,'2016-05-09TEV','part_of_day')],
  note='Bare "vakarā" takes its day from the preceding "9.maija rītā".')
R('train','p793-p3',['Pirmdienas rītā'],'2008-05-21',[
  ('Pirmdienas rītā',TI,wdpod(1,'past','MO'),'part_of_day')])
R('train','p793-p3',['Attāluma dēļ'],'2008-05-21',[
  ('nākamo dienu',DA,'2008-05-20','anchored'),
  ('20. maiju',DA,dm(20,5,'past'),'date')],
  note='"nākamo dienu" is anchored on the narrated meeting day (19 May), and the apposition gives 20 May.')
R('train','p19748-p5',['Svētdienas pēcpusdienā'],'2014-04-07',[
  ('Svētdienas pēcpusdienā',TI,wdpod(7,'past','AF'),'part_of_day')])
R('train','p2468-p5',['Topolaneks'],'2009-01-10',[
  ('piektdienas vakarā',TI,wdpod(5,'past','EV'),'part_of_day')])
R('train','p12991-p1',['Piedāvājam tiešraidē'],'2015-09-28',[
  ('plkst. 13:00',TI,tm(0,'13:00'),'clock')],
  note='Live-stream announcement: the clock time is on the publication day.')
R('train','p12786-p1',['Rīt, 18. jūnijā'],'2016-06-17',[
  ('Rīt',DA,day(1),'rel_day'),
  ('18. jūnijā',DA,dm(18,6,'future'),'date'),
  ('katru gadu',SE,'P1Y','set')])
R('train','p5339-p4',['Aizvakar mūsu slimnīcā'],'2016-06-08',[
  ('Aizvakar',DA,day(-2),'rel_day')])
R('train','p16096-p2',['Vakar, 12. augustā'],'2014-08-13',[
  ('Vakar',DA,day(-1),'rel_day'),
  ('12. augustā',DA,dm(12,8,'past'),'date')])
R('train','p15645-p6',['Kanālā konstatēta','Noskaidrots, ka neliela'],'2015-11-04',[
  ('vakar',DA,day(-1),'rel_day'),
  ('šonakt',TI,pod(-1,'NI'),'part_of_day')],
  note='Past-tense "šonakt" is the night that ended on the publication morning, i.e. TNI of the previous day.')
R('train','p19484-p3',['Minhenē sapulcējās'],'2015-01-20',[
  ('pirms nedēļas',DA,wk(-1),'offset')])
R('train','p17606-p7',['Taujāts par termiņu'],'2016-09-19',[
  ('pirms nedēļas',DA,wk(-1),'offset'),
  ('aptuveni mēnesis',DU,'P1M','duration',{'mod':'APPROX'})])
R('train','p2136-p3',['Atgādināsim'],'2006-05-30',[
  ('pagājušā gada novembrī',DA,'2005-11','month_season'),
  ('trīs nedēļas',DU,'P3W','duration')],
  note='"pēc tam" (afterwards) is anaphoric and not annotated.')
R('train','p16809-p2',['Tikmēr 33%'],'2014-10-16',[
  ('reizi gadā',SE,'P1Y','set',{'freq':'1X'}),
  ('reizi pusgadā',SE,'P6M','set',{'freq':'1X'})])
R('train','p15624-p2',['Šodien aprit gads'],'2015-11-04',[
  ('Šodien',DA,day(0),'rel_day'),
  ('gads',DU,'P1Y','duration'),
  ('2014.gada 5.novembrī',DA,'2014-11-05','date')])
R('train','p18427-p2',['Naktī uz 25.martu'],'2015-03-25',[
  ('Naktī uz 25.martu',TI,'2015-03-24TNI','part_of_day')])
R('train','p18397-p4',['Ņemcovs tika'],'2015-03-25',[
  ('27.februāra vakarā',TI,'2015-02-27TEV','part_of_day')])
R('train','p19456-p3',['Arī rīt dienā'],'2015-01-20',[
  ('rīt dienā',TI,pod(1,'DT'),'part_of_day')])
R('train','p1563-p1',['No nākamās trešdienas','Tā tapusi'],'2008-02-09',[
  ('nākamās trešdienas',DA,wd(3,'future'),'weekday'),
  ('17.februārim',DA,dm(17,2,'future'),'date'),
  ('pašlaik',DA,'PRESENT_REF','ref')],
  note='"ziemā" inside the exhibition title «Telpaugi ziemā» is part of a name and is not annotated.')
R('train','p19087-p2',['Kosmosa kuģim'],'2016-07-17',[
  ('otrdien',DA,wd(2,'future'),'weekday'),
  ('19.jūlijā',DA,dm(19,7,'future'),'date')])
R('train','p17812-p6',['Amerikāņu leģionārs','Spēle Vidzemes'],'2016-10-21',[
  ('rītdienas',DA,day(1),'rel_day'),
  ('plkst.18.30',TI,tm(1,'18:30'),'clock')],
  note='The clock time takes its day from "rītdienas" in the preceding sentence.')
R('train','p18007-p2',['Laikā no šodienas'],'2016-02-08',[
  ('šodienas',DA,day(0),'rel_day'),
  ('11.februārim',DA,dm(11,2,'future'),'date'),
  ('12.februārī',DA,dm(12,2,'future'),'date')])
R('train','p18516-p2',['Laikraksta rīcībā'],'2015-03-25',[
  ('aizvadītajā nedēļā',DA,wk(-1),'rel_period')])
R('train','p19225-p5',['Turcijas dienvidaustrumos'],'2016-04-12',[
  ('pērnā jūlija',DA,'2015-07','month_season')])
R('train','p272-p8',['Db.lv jau vēstīja','Vidējais patēriņa'],'2008-02-08',[
  ('janvārī',DA,mname(1,'past'),'month_season',{'occ':0}),
  ('pērnā gada janvāri',DA,'2007-01','month_season'),
  ('šī gada janvārī',DA,'2008-01','month_season'),
  ('2007.gada decembri',DA,'2007-12','month_season')])
R('train','p1839-p1',['Šoruden viņš'],'2007-10-29',[
  ('Šoruden',DA,'2007-FA','month_season')])
R('train','p18391-p5',['2011. un 2012.gada','Lai gan ārsti'],'2015-03-25',[
  ('2011.',DA,'2011','year_era'),
  ('2012.gada',DA,'2012','year_era'),
  ('2013.gada septembra izskaņā',DA,'2013-09','month_season',{'mod':'END'}),
  ('nākamā gada vasarā',DA,'2014-SU','month_season')],
  note='Hard case: "nākamā gada" is anchored on the narrated 2013 injury, not on the publication year (2015): 2014-SU.')
R('train','p19370-p9',['Pērn Latvijā','Toreiz tika cerēts'],'2014-09-14',[
  ('Pērn',DA,yr(-1),'rel_period'),
  ('Toreiz',DA,'PAST_REF','ref'),
  ('šogad',DA,yr(0),'rel_period'),
  ('2018.gadā',DA,'2018','year_era')],
  note='"šogad" inside reported past expectations still means the publication year (2014), as the text says it did not happen.')
R('train','p18376-p7',['Liepājas ostas Karostas','No 1945.gada'],'2015-09-01',[
  ('20.gadsimta sākumā',DA,'19','year_era',{'mod':'START'}),
  ('1945.gada',DA,'1945','year_era'),
  ('1994.gadam',DA,'1994','year_era')])
R('train','p2098-p7',['Nabadzīgie dienvidafrikāņi'],'2009-07-22',[
  ('pirms 15 gadiem',DA,yr(-15),'offset')])
R('train','p7319-p4',['Pirms gada Demija'],'2016-04-25',[
  ('Pirms gada',DA,yr(-1),'offset')])
R('train','p15550-p2',['Balikina'],'2015-11-04',[
  ('šogad',DA,yr(0),'rel_period'),
  ('pagājušās trešdienas',DA,wd(3,'past'),'weekday')],
  note='Age ("apritēja 31 gads") is not annotated. Publication day is a Wednesday, so "pagājušās trešdienas" is one week earlier.')
R('train','p16292-p9',['Irānas ārlietu'],'2015-05-28',[
  ('trešdien',DA,wd(3,'past'),'weekday'),
  ('nākamā mēneša beigām',DA,mon(1),'rel_period',{'mod':'END'})])
R('train','p16316-p6',['Tikmēr AS "Dinamo Rīga"'],'2015-05-28',[
  ('šomēnes',DA,mon(0),'rel_period')])
R('train','p18041-p3',['Sacensībām jānorisinās'],'2016-02-08',[
  ('šīs nedēļas nogalē',DA,we('present'),'rel_period')])
R('train','p16098-p8',['Maksimenko karjeru'],'2014-08-13',[
  ('2009.gada vasarā',DA,'2009-SU','month_season'),
  ('pusgadu',DU,'P6M','duration')])
R('train','p18655-p3',['Pēdējos gados'],'2015-06-29',[
  ('Pēdējos gados',DA,'PAST_REF','ref'),
  ('ik vasaras',SE,'XXXX-SU','set')])
R('train','p15385-p9',['Ģenerālprokurora lēmumu'],'2016-06-15',[
  ('desmit dienu',DU,'P10D','duration')],
  note='"laikā" (within) is a postpositional signal and stays outside the span.')

# ---------------- constructed sentences (LETA-style) ----------------
# weekdays
C('2024-09-12','Saeima otrdien galīgajā lasījumā pieņēma grozījumus Imigrācijas likumā.',[
  ('otrdien',DA,wd(2,'past'),'weekday')])
C('2024-09-12','Jautājumu par nākamā gada valsts budžeta projektu valdība skatīs pirmdien.',[
  ('nākamā gada',DA,yr(1),'rel_period'),
  ('pirmdien',DA,wd(1,'future'),'weekday')])
C('2024-03-01','Trešdien Rīgas dome apstiprināja jauno sabiedriskā transporta maršrutu tīklu, kas stāsies spēkā no 1. aprīļa.',[
  ('Trešdien',DA,wd(3,'past'),'weekday'),
  ('1. aprīļa',DA,dm(1,4,'future'),'date')])
C('2024-03-01','Svētdien Latvijā gaidāms slapjš sniegs, bet jau pirmdien gaisa temperatūra pakāpsies līdz +5 grādiem.',[
  ('Svētdien',DA,wd(7,'future'),'weekday'),
  ('pirmdien',DA,wd(1,'future'),'weekday')])
C('2023-11-20','Piektdien Valsts policija aizturēja divus vīriešus, kuri tiek turēti aizdomās par krāpšanu ar nekustamo īpašumu.',[
  ('Piektdien',DA,wd(5,'past'),'weekday')])
C('2023-11-20','Ceturtdien, 23. novembrī, Latvijas Nacionālajā bibliotēkā notiks konference par mākslīgā intelekta izmantošanu valsts pārvaldē.',[
  ('Ceturtdien',DA,wd(4,'future'),'weekday'),
  ('23. novembrī',DA,dm(23,11,'future'),'date')])
C('2025-01-08','Sestdien Rīgā un Pierīgā bija vērojams stiprs apledojums, un mediķiem palīdzība bija jāsniedz vairāk nekā 70 cilvēkiem.',[
  ('Sestdien',DA,wd(6,'past'),'weekday')])
C('2025-01-08','Izglītības ministre ar arodbiedrības pārstāvjiem tiksies piektdien, bet sestdien protestētāji plāno pulcēties pie Saeimas.',[
  ('piektdien',DA,wd(5,'future'),'weekday'),
  ('sestdien',DA,wd(6,'future'),'weekday')])
C('2024-06-18','Pagājušajā sestdienā Daugavpilī notika pilsētas svētki, kurus apmeklēja vairāki tūkstoši cilvēku.',[
  ('Pagājušajā sestdienā',DA,wd(6,'past'),'weekday')])
C('2024-06-18','Šodien, otrdien, Saeimas Budžeta komisija sāks vērtēt grozījumus, bet trešdien tos plānots nodot deputātiem.',[
  ('Šodien',DA,day(0),'rel_day'),
  ('otrdien',DA,wd(2,'present'),'weekday'),
  ('trešdien',DA,wd(3,'future'),'weekday')],
  note='A weekday in apposition to "šodien" is the publication day itself.')
C('2022-10-03','Sestdien Latvijas pilsoņi vēlēja 14. Saeimu, un vēlētāju aktivitāte bija 59,4 %.',[
  ('Sestdien',DA,wd(6,'past'),'weekday')])
C('2023-05-27','Latvijas hokeja izlase svētdien Tamperē spēlēs par bronzas medaļām pret ASV komandu.',[
  ('svētdien',DA,wd(7,'future'),'weekday')])
C('2024-01-31','Ceturtdien un piektdien Rīgā notiks Baltijas valstu ārlietu ministru tikšanās.',[
  ('Ceturtdien',DA,wd(4,'future'),'weekday'),
  ('piektdien',DA,wd(5,'future'),'weekday')])
C('2024-04-02','Pirmdien, Otrajās Lieldienās, daudzi veikali strādāja saīsinātu darba laiku.',[
  ('Pirmdien',DA,wd(1,'past'),'weekday'),
  ('Otrajās Lieldienās',DA,'2024-04-01','holiday')])
C('2024-10-11','Nākamajā trešdienā Ministru kabinets lems par siltumenerģijas tarifu kompensācijām.',[
  ('Nākamajā trešdienā',DA,wd(3,'future'),'weekday')],
  note='"nākamajā <weekday>" = the first such weekday after the publication date.')
C('2024-10-11','Pagājušajā pirmdienā Valsts kontrole publiskoja revīzijas ziņojumu par slimnīcu iepirkumiem.',[
  ('Pagājušajā pirmdienā',DA,wd(1,'past'),'weekday')])
C('2025-03-14','Aizvadītajā svētdienā Liepājā pirmo reizi notika pusmaratons, kurā piedalījās vairāk nekā 2000 skrējēju.',[
  ('Aizvadītajā svētdienā',DA,wd(7,'past'),'weekday')])
C('2023-12-29','Otrdien, 2. janvārī, lielākā daļa valsts iestāžu atsāks darbu ierastajā režīmā.',[
  ('Otrdien',DA,wd(2,'future'),'weekday'),
  ('2. janvārī',DA,dm(2,1,'future'),'date')],
  note='Year rollover: a future day-month after the publication date falls in the next year.')
C('2024-01-05','Otrdien, 2. janvārī, Rīgā tika reģistrēta zemākā gaisa temperatūra šajā ziemā.',[
  ('Otrdien',DA,wd(2,'past'),'weekday'),
  ('2. janvārī',DA,dm(2,1,'past'),'date'),
  ('šajā ziemā',DA,season('WI','present'),'month_season')])
C('2024-10-15','Piektdien, 18. oktobrī, koncerts Doma laukumā sāksies plkst.18, ieeja būs bez maksas.',[
  ('Piektdien',DA,wd(5,'future'),'weekday'),
  ('18. oktobrī',DA,dm(18,10,'future'),'date'),
  ('plkst.18',TI,'2024-10-18T18:00','clock')])
# dates in written forms
C('2024-05-14','Jaunā gājēju tilta atklāšana notika 12.maijā, un gājēji pa to varēja pārvietoties jau nākamajā rītā.',[
  ('12.maijā',DA,dm(12,5,'past'),'date'),
  ('nākamajā rītā',TI,'2024-05-13TMO','anchored')],
  note='"nākamajā rītā" is anchored on the 12 May event, not on the publication date.')
C('2024-04-25','Pieteikumus konkursam var iesniegt līdz 12. maijam plkst. 23.59.',[
  ('12. maijam',DA,dm(12,5,'future'),'date'),
  ('plkst. 23.59',TI,'2024-05-12T23:59','clock')])
C('2024-05-08','Valsts prezidents likumu izsludināja pagājušā gada 12. maijā.',[
  ('pagājušā gada 12. maijā',DA,'2023-05-12','date')])
C('2024-09-10','Būvatļauja izsniegta 2022.gada 8.augustā, bet būvdarbi sākti tikai šopavasar.',[
  ('2022.gada 8.augustā',DA,'2022-08-08','date'),
  ('šopavasar',DA,'2024-SP','month_season')])
C('2024-09-10','No 2019. gada līdz 2023. gadam uzņēmuma peļņa pieauga trīs reizes.',[
  ('2019. gada',DA,'2019','year_era'),
  ('2023. gadam',DA,'2023','year_era')],
  note='"trīs reizes" (threefold) is not a frequency.')
C('2024-09-10','Līgums ar būvnieku tika noslēgts 2022. gada 8. augustā, taču darbi joprojām nav pabeigti.',[
  ('2022. gada 8. augustā',DA,'2022-08-08','date')])
C('2024-09-10','Saskaņā ar 2022.gada 8.augusta rīkojumu tiltam bija jābūt atjaunotam divu gadu laikā.',[
  ('2022.gada 8.augusta',DA,'2022-08-08','date'),
  ('divu gadu',DU,'P2Y','duration')])
C('2024-07-01','Grozījumi Ceļu satiksmes likumā stājās spēkā šā gada 20. jūnijā.',[
  ('šā gada 20. jūnijā',DA,'2024-06-20','date')])
C('2024-03-05','Uzņēmums maksātnespējas pieteikumu tiesā iesniedza pagājušā gada decembrī.',[
  ('pagājušā gada decembrī',DA,'2023-12','month_season')])
C('2024-09-10','Līgumā, kas parakstīts 8.08.2022., noteikts, ka objekts jānodod līdz 2023. gada 31. decembrim.',[
  ('8.08.2022.',DA,'2022-08-08','date'),
  ('2023. gada 31. decembrim',DA,'2023-12-31','date')],
  note='The final dot of a numeric date is the ordinal dot of the year and is included in the span.')
C('2024-02-15','Pašvaldības saistošie noteikumi Nr. 12 pieņemti 2022-08-08 un publicēti oficiālajā izdevumā “Latvijas Vēstnesis”.',[
  ('2022-08-08',DA,'2022-08-08','date')])
C('2024-07-10','Sākot ar 2025. gada 1. janvāri, minimālā mēnešalga Latvijā būs 740 eiro.',[
  ('2025. gada 1. janvāri',DA,'2025-01-01','date')])
C('2021-06-01','Ārkārtējā situācija valstī sākotnēji bija izsludināta no 2020. gada 12. marta līdz 14. aprīlim.',[
  ('2020. gada 12. marta',DA,'2020-03-12','date'),
  ('14. aprīlim',DA,'2020-04-14','date')],
  note='The year of the range end is inherited from the range start (2020), not from the publication date.')
C('2024-11-15','Lāčplēša dienā, 11. novembrī, Daugavas krastmalā pie Rīgas pils mūra tika aizdegti tūkstošiem svecīšu.',[
  ('Lāčplēša dienā',DA,'2024-11-11','holiday'),
  ('11. novembrī',DA,dm(11,11,'past'),'date')])
C('2024-02-26','Pieteikšanās konkursam ilgs līdz 15. martam, bet rezultāti tiks paziņoti aprīļa sākumā.',[
  ('15. martam',DA,dm(15,3,'future'),'date'),
  ('aprīļa sākumā',DA,'2024-04','month_season',{'mod':'START'})])
C('2023-08-30','1. septembrī skolas gaitas uzsāks vairāk nekā 20 000 pirmklasnieku.',[
  ('1. septembrī',DA,dm(1,9,'future'),'date')])
C('2024-01-10','Rīga, 10.janv., LETA. Rīgā šodien plkst. 8 gaisa temperatūra bija -22 grādi, liecina Latvijas Vides, ģeoloģijas un meteoroloģijas centra dati.',[
  ('10.janv.',DA,day(0),'date'),
  ('šodien',DA,day(0),'rel_day'),
  ('plkst. 8',TI,tm(0,'08:00'),'clock')])
C('2024-03-20','Pieteikumi jāiesniedz līdz š.g. 5. aprīlim.',[
  ('š.g. 5. aprīlim',DA,'2024-04-05','date')])
C('2024-03-04','Likumprojekts Saeimā tika iesniegts 2024. gada 29. februārī.',[
  ('2024. gada 29. februārī',DA,'2024-02-29','date')])
C('2024-09-17','Koncerts bija paredzēts 28. septembrī, taču organizatori to atcēluši.',[
  ('28. septembrī',DA,'2024-09-28','date')],
  note='Hard case: past tense, but a cancelled plan for a date still ahead; context overrides the tense heuristic (which would give 2023-09-28).')
C('2024-12-23','Nākamajā nedēļā, no 30. decembra līdz 3. janvārim, klientu apkalpošanas centri strādās saīsinātu darba laiku.',[
  ('Nākamajā nedēļā',DA,wk(1),'rel_period'),
  ('30. decembra',DA,dm(30,12,'future'),'date'),
  ('3. janvārim',DA,dm(3,1,'future'),'date')],
  note='Week 1 of ISO year 2025 starts on 30 December 2024.')
# years, decades, centuries
C('2024-05-02','Kopš 2019. gada uzņēmuma apgrozījums ir pieaudzis gandrīz divas reizes.',[
  ('2019. gada',DA,'2019','year_era')],
  note='"divas reizes" (twofold) is not a frequency.')
C('2024-09-10','90. gados privatizētais uzņēmums ilgus gadus bija viens no lielākajiem darba devējiem reģionā.',[
  ('90. gados',DA,'199','year_era'),
  ('ilgus gadus',DU,'PXY','duration')])
C('2024-09-10','Muižas ēka celta XIX gadsimtā, bet 20. gadsimtā tā vairākkārt pārbūvēta.',[
  ('XIX gadsimtā',DA,'18','year_era'),
  ('20. gadsimtā',DA,'19','year_era')])
C('2024-09-10','2019. gadā atklātais sporta centrs šogad tiks paplašināts.',[
  ('2019. gadā',DA,'2019','year_era'),
  ('šogad',DA,yr(0),'rel_period')])
C('2024-09-10','Pagājušā gadsimta 30. gados celtā ēka ir valsts nozīmes arhitektūras piemineklis.',[
  ('Pagājušā gadsimta 30. gados',DA,'193','year_era')])
C('2024-09-10','Pagājušajā gadsimtā Latvijas iedzīvotāju skaits vairākkārt strauji samazinājās.',[
  ('Pagājušajā gadsimtā',DA,'19','year_era')])
C('2024-09-10','2000. gadu sākumā būvētās daudzdzīvokļu mājas tagad jau ir jārenovē.',[
  ('2000. gadu sākumā',DA,'200','year_era',{'mod':'START'}),
  ('tagad',DA,'PRESENT_REF','ref')])
# months and seasons
C('2024-03-12','Augustā uzņēmums paziņoja par rūpnīcas slēgšanu, un darbu zaudēja 150 cilvēki.',[
  ('Augustā',DA,mname(8,'past'),'month_season')])
C('2024-03-12','Jaunais pasažieru terminālis lidostā “Rīga” darbu sāks augustā.',[
  ('augustā',DA,mname(8,'future'),'month_season')])
C('2024-10-02','Ziemā apkures tarifi varētu pieaugt par 10 %, prognozē eksperti.',[
  ('Ziemā',DA,season('WI','future'),'month_season')])
C('2024-10-02','Pavasarī Saeimā iesniegtais likumprojekts joprojām nav izskatīts pat pirmajā lasījumā.',[
  ('Pavasarī',DA,season('SP','past'),'month_season')])
C('2024-10-02','Rekonstrukcijas otro kārtu plānots sākt pavasarī.',[
  ('pavasarī',DA,season('SP','future'),'month_season')])
C('2024-02-20','2021. gada rudenī ieviestie ierobežojumi tika pilnībā atcelti 2022. gada pavasarī.',[
  ('2021. gada rudenī',DA,'2021-FA','month_season'),
  ('2022. gada pavasarī',DA,'2022-SP','month_season')])
C('2024-06-05','Vasarā Jūrmalā notiks vairāk nekā 100 kultūras pasākumu.',[
  ('Vasarā',DA,season('SU','future'),'month_season')],
  note='Published in June: the current summer.')
C('2023-01-17','Decembrī reģistrētā bezdarba līmenis Latvijā bija 6,4 %.',[
  ('Decembrī',DA,mname(12,'past'),'month_season')])
C('2023-01-17','Šoziem sniega sega Latgalē ir bijusi plānāka nekā parasti.',[
  ('Šoziem',DA,season('WI','present'),'month_season')])
C('2023-12-12','Šoziem Rīgas mikrorajonos plānots atvērt divas jaunas publiskās slidotavas.',[
  ('Šoziem',DA,season('WI','present'),'month_season')],
  note='Hard case: in December "šoziem" is the winter Dec 2023 - Feb 2024, written 2024-WI (WI carries the year of its January).')
C('2024-04-15','Septembrī Valsts kontrole publiskoja revīzijas ziņojumu par pašvaldību dzīvokļu fondu.',[
  ('Septembrī',DA,mname(9,'past'),'month_season')])
C('2024-04-15','Pēc ministrijas aplēsēm, jaunā e-pakalpojumu sistēma varētu darboties no oktobra.',[
  ('oktobra',DA,mname(10,'future'),'month_season')])
C('2024-11-05','Janvārī stāsies spēkā jaunie grozījumi Darba likumā.',[
  ('Janvārī',DA,mname(1,'future'),'month_season')])
C('2024-11-05','Martā un aprīlī veiktajā aptaujā piedalījās 1200 respondentu.',[
  ('Martā',DA,mname(3,'past'),'month_season'),
  ('aprīlī',DA,mname(4,'past'),'month_season')])
C('2025-02-10','Pagājušā gada rudenī sāktā tilta remonta dēļ satiksme Salu tiltā joprojām ir ierobežota.',[
  ('Pagājušā gada rudenī',DA,'2024-FA','month_season')])
C('2025-02-10','Būvdarbus paredzēts pabeigt nākamā gada vasarā.',[
  ('nākamā gada vasarā',DA,'2026-SU','month_season')])
C('2024-08-20','Šoruden Latvijas Universitātē studijas sāks vairāk nekā 4000 pirmkursnieku.',[
  ('Šoruden',DA,'2024-FA','month_season')])
C('2024-05-16','Šopavasar upju pali Latgalē bija nelieli, liecina hidrologu dati.',[
  ('Šopavasar',DA,'2024-SP','month_season')])
C('2024-08-15','Šā gada pirmajā pusgadā Latvijas ostās pārkrauto kravu apjoms samazinājās par 7 %.',[
  ('Šā gada pirmajā pusgadā',DA,'2024-H1','month_season')])
C('2024-01-05','Decembrī laiks Latvijā bija vidēji par diviem grādiem siltāks nekā parasti.',[
  ('Decembrī',DA,mname(12,'past'),'month_season')])
C('2024-12-20','Janvārī dabasgāzes tarifi mājsaimniecībām samazināsies par 5 %.',[
  ('Janvārī',DA,mname(1,'future'),'month_season')])
# relative days
C('2024-09-10','Vakar Saeimas Ārlietu komisija konceptuāli atbalstīja likumprojektu par sankciju pastiprināšanu.',[
  ('Vakar',DA,day(-1),'rel_day')])
C('2024-09-10','Parīt Latvijas futbola izlase Rīgā aizvadīs Nāciju līgas spēli.',[
  ('Parīt',DA,day(2),'rel_day')])
C('2024-02-14','Aizvakar Liepājā notikušajā ugunsgrēkā cieta divi cilvēki.',[
  ('Aizvakar',DA,day(-2),'rel_day')])
C('2024-02-14','Vakardienas sēdē domes deputāti tā arī nespēja vienoties par budžeta grozījumiem.',[
  ('Vakardienas',DA,day(-1),'rel_day')])
C('2023-12-31','Rīt, 1. janvārī, stāsies spēkā vairākas nodokļu izmaiņas.',[
  ('Rīt',DA,day(1),'rel_day'),
  ('1. janvārī',DA,dm(1,1,'future'),'date')])
C('2024-07-05','Šodien un rīt daudzviet Latvijā gaidāms pērkona negaiss, brīdina sinoptiķi.',[
  ('Šodien',DA,day(0),'rel_day'),
  ('rīt',DA,day(1),'rel_day')])
C('2024-09-10','Vakar plkst. 17.45 Daugavpilī, Cietokšņa ielā, automašīna notrieca gājēju.',[
  ('Vakar',DA,day(-1),'rel_day'),
  ('plkst. 17.45',TI,tm(-1,'17:45'),'clock')])
C('2024-09-10','Rīt no plkst. 10 līdz 16 klientu apkalpošanas centrs strādās tikai attālināti.',[
  ('Rīt',DA,day(1),'rel_day'),
  ('plkst. 10',TI,tm(1,'10:00'),'clock'),
  ('16',TI,tm(1,'16:00'),'clock')])
# relative weeks, months, years
C('2024-01-03','Pagājušajā nedēļā Latvijā reģistrēti vairāk nekā 1200 jauni gripas gadījumi.',[
  ('Pagājušajā nedēļā',DA,wk(-1),'rel_period')],
  note='Across the year boundary: the previous ISO week is 2023-W52.')
C('2024-12-30','Šonedēļ bankas strādās saīsinātu darba laiku.',[
  ('Šonedēļ',DA,wk(0),'rel_period')],
  note='Hard case: 30 December 2024 belongs to ISO week 2025-W01.')
C('2023-05-08','Šomēnes Saeimai jāievēl Valsts prezidents.',[
  ('Šomēnes',DA,mon(0),'rel_period')])
C('2024-05-08','Pagājušajā mēnesī patēriņa cenas Latvijā pieauga par 0,4 %.',[
  ('Pagājušajā mēnesī',DA,mon(-1),'rel_period')])
C('2024-01-15','Pagājušajā mēnesī ostās pārkrauts par piektdaļu mazāk kravu nekā 2022. gada decembrī.',[
  ('Pagājušajā mēnesī',DA,mon(-1),'rel_period'),
  ('2022. gada decembrī',DA,'2022-12','month_season')])
C('2024-06-20','Nākamajā mēnesī Rīgā ieradīsies NATO ģenerālsekretārs.',[
  ('Nākamajā mēnesī',DA,mon(1),'rel_period')])
C('2024-03-18','Aizpērn uzņēmums cieta zaudējumus, bet pērn jau strādāja ar peļņu.',[
  ('Aizpērn',DA,yr(-2),'rel_period'),
  ('pērn',DA,yr(-1),'rel_period')])
C('2024-09-25','Nākamgad veselības aprūpei plānots novirzīt par 100 miljoniem eiro vairāk nekā šogad.',[
  ('Nākamgad',DA,yr(1),'rel_period'),
  ('šogad',DA,yr(0),'rel_period')])
C('2024-09-25','Ar nākamo gadu mainīsies arī transportlīdzekļu ekspluatācijas nodokļa aprēķināšanas kārtība.',[
  ('nākamo gadu',DA,yr(1),'rel_period')])
C('2024-09-25','Nākamajā gadā ministrija plāno pārskatīt pedagogu darba slodzes modeli.',[
  ('Nākamajā gadā',DA,yr(1),'rel_period')])
C('2024-09-25','Pagājušajā gadā valstī reģistrēti 3500 jauni uzņēmumi, kas ir par 8 % mazāk nekā aizpērn.',[
  ('Pagājušajā gadā',DA,yr(-1),'rel_period'),
  ('aizpērn',DA,yr(-2),'rel_period')])
C('2023-01-02','Nākamajā nedēļā skolēni atgriezīsies skolās pēc brīvlaika.',[
  ('Nākamajā nedēļā',DA,wk(1),'rel_period')])
C('2024-04-08','Būvdarbi jāpabeidz līdz šīs nedēļas beigām.',[
  ('šīs nedēļas beigām',DA,wk(0),'rel_period',{'mod':'END'})])
C('2024-09-10','Aizvadītajā nedēļā Valsts policija uz ceļiem aizturēja 120 dzērājšoferus.',[
  ('Aizvadītajā nedēļā',DA,wk(-1),'rel_period')])
C('2024-06-10','Nedēļas nogalē Latvijas ceļos bojā gāja trīs cilvēki.',[
  ('Nedēļas nogalē',DA,we('past'),'rel_period')])
C('2024-06-12','Nedēļas nogalē gaidāms karsts laiks ar temperatūru līdz +30 grādiem.',[
  ('Nedēļas nogalē',DA,we('future'),'rel_period')])
# pirms / pēc offsets
C('2024-09-10','Pirms mēneša izsludinātajā konkursā pieteicās tikai divi pretendenti.',[
  ('Pirms mēneša',DA,mon(-1),'offset')])
C('2024-09-10','Rail Baltica pamattrasei Igaunijas pierobežas posmā jābūt gatavai pēc trim gadiem, apgalvo projekta īstenotāji.',[
  ('pēc trim gadiem',DA,yr(3),'offset')])
C('2024-02-15','Pirms trim gadiem slēgtā slimnīcas nodaļa atkal sāks uzņemt pacientus.',[
  ('Pirms trim gadiem',DA,yr(-3),'offset')])
C('2024-11-06','Otrais lasījums Saeimā gaidāms pēc divām nedēļām.',[
  ('pēc divām nedēļām',DA,wkd(14),'offset')])
C('2024-11-06','Pirms divām dienām pazudušais pensionārs atrasts sveiks un vesels.',[
  ('Pirms divām dienām',DA,day(-2),'offset')])
C('2025-01-20','Pirms nedēļas sāktā akcija turpināsies līdz mēneša beigām.',[
  ('Pirms nedēļas',DA,wk(-1),'offset'),
  ('mēneša beigām',DA,mon(0),'rel_period',{'mod':'END'})])
C('2024-07-22','Jaunā peldvieta apmeklētājiem tiks atvērta pēc mēneša.',[
  ('pēc mēneša',DA,mon(1),'offset')])
C('2024-10-01','Pirms pusgada ieceltais ministrs jau saskāries ar pirmo neuzticības izteikšanas mēģinājumu.',[
  ('Pirms pusgada',DA,mon(-6),'offset')])
C('2024-03-28','Pēc piecām dienām stāsies spēkā jaunie noteikumi par elektroskrejriteņu lietošanu.',[
  ('Pēc piecām dienām',DA,day(5),'offset')])
C('2024-09-10','Pirms divām nedēļām sāktie remontdarbi Brīvības ielā aizkavēsies.',[
  ('Pirms divām nedēļām',DA,wkd(-14),'offset')])
C('2024-09-10','Pirms nepilniem desmit gadiem dibinātais uzņēmums šogad pirmo reizi strādāja ar peļņu.',[
  ('Pirms nepilniem desmit gadiem',DA,yr(-10),'offset',{'mod':'AFTER'}),
  ('šogad',DA,yr(0),'rel_period')],
  note='"less than ten years ago": the point lies after 2014, hence mod AFTER on the DATE.')
# parts of day
C('2024-09-10','Šorīt Rīgā, Brīvības ielā, sadūrās trīs automašīnas.',[
  ('Šorīt',TI,pod(0,'MO'),'part_of_day')])
C('2024-09-10','Šovakar Dailes teātrī pirmizrādi piedzīvos jauns iestudējums.',[
  ('Šovakar',TI,pod(0,'EV'),'part_of_day')])
C('2024-09-10','Vakar vakarā Jelgavā no Lielupes izcelts noslīkuša vīrieša ķermenis.',[
  ('Vakar vakarā',TI,pod(-1,'EV'),'part_of_day')])
C('2024-09-10','Rīt no rīta daudzviet Vidzemē gaidāma bieza migla.',[
  ('Rīt no rīta',TI,pod(1,'MO'),'part_of_day')])
C('2024-02-19','Naktī uz svētdienu Valmierā nodega divstāvu dzīvojamā māja.',[
  ('Naktī uz svētdienu',TI,'2024-02-17TNI','part_of_day')],
  note='"naktī uz svētdienu" = the night from Saturday to Sunday; TNI is attached to Saturday.')
C('2024-05-23','Šodien pusdienlaikā Vecrīgā uz brīdi tika pārtraukta elektroapgāde.',[
  ('Šodien pusdienlaikā',TI,pod(0,'MI'),'part_of_day')])
C('2024-05-23','Rītvakar Mežaparka Lielajā estrādē uzstāsies vairāki simti dziedātāju.',[
  ('Rītvakar',TI,pod(1,'EV'),'part_of_day')])
C('2024-05-23','Debates Saeimā turpināsies šodien pēcpusdienā.',[
  ('šodien pēcpusdienā',TI,pod(0,'AF'),'part_of_day')])
C('2024-11-29','Sestdienas rītā autovadītājus uz ceļiem sagaidīs apledojums.',[
  ('Sestdienas rītā',TI,wdpod(6,'future','MO'),'part_of_day')])
C('2024-03-08','Naktī uz sestdienu no plkst. 22 līdz 6 Akmens tilts būs slēgts satiksmei.',[
  ('Naktī uz sestdienu',TI,'2024-03-08TNI','part_of_day'),
  ('plkst. 22',TI,'2024-03-08T22:00','clock'),
  ('6',TI,'2024-03-09T06:00','clock')],
  note='The night begins on Friday 8 March; the closing hour 6 falls on Saturday.')
# clock times
C('2024-09-10','Rīt plkst. 9.00 Saeimā sāksies Eiropas lietu komisijas sēde.',[
  ('Rīt',DA,day(1),'rel_day'),
  ('plkst. 9.00',TI,tm(1,'09:00'),'clock')])
C('2024-10-15','Preses konference notiks šodien pulksten 14:30 Ministru kabineta Sarkanajā zālē.',[
  ('šodien',DA,day(0),'rel_day'),
  ('pulksten 14:30',TI,tm(0,'14:30'),'clock')])
# durations
C('2024-04-17','Remontdarbu laikā, kas ilgs divus mēnešus, tilts satiksmei būs slēgts.',[
  ('divus mēnešus',DU,'P2M','duration')])
C('2024-06-05','Festivāls ilgs trīs dienas, un tajā uzstāsies vairāk nekā 40 mākslinieku.',[
  ('trīs dienas',DU,'P3D','duration')])
C('2024-04-17','Iepriekšējais valdes priekšsēdētājs amatā nostrādāja piecus gadus.',[
  ('piecus gadus',DU,'P5Y','duration')])
C('2024-04-17','Uzņēmums Latvijas tirgū darbojas jau vairāk nekā desmit gadus.',[
  ('vairāk nekā desmit gadus',DU,'P10Y','duration',{'mod':'MORE_THAN'})])
C('2024-04-17','Ūdens padeve Purvciemā tika pārtraukta uz 24 stundām.',[
  ('24 stundām',DU,'PT24H','duration')])
C('2024-04-17','Valdība jaunajai aģentūrai devusi pusgadu, lai tā sagatavotu reformas plānu.',[
  ('pusgadu',DU,'P6M','duration')])
C('2024-04-17','Tiesvedība šajā lietā ilgst jau pusotru gadu.',[
  ('pusotru gadu',DU,'P18M','duration')])
C('2024-04-17','Ugunsdzēsēji ar liesmām cīnījās gandrīz piecas stundas.',[
  ('gandrīz piecas stundas',DU,'PT5H','duration',{'mod':'LESS_THAN'})])
C('2024-11-12','Kiberuzbrukuma dēļ portāls nebija pieejams 24 stundas.',[
  ('24 stundas',DU,'PT24H','duration')])
C('2024-11-12','Sociālie pabalsti tiks izmaksāti divu nedēļu laikā.',[
  ('divu nedēļu',DU,'P2W','duration')])
C('2024-11-12','Darbs pie jaunā likuma turpinās jau vairākus mēnešus.',[
  ('vairākus mēnešus',DU,'PXM','duration')])
C('2024-11-12','Pēc negadījuma satiksme uz Via Baltica tika ierobežota uz stundu.',[
  ('stundu',DU,'PT1H','duration')],
  note='"Pēc negadījuma" is anchored on an event and is not a TIMEX.')
C('2024-11-12','Glābēji cietušo meklēja pusotru stundu.',[
  ('pusotru stundu',DU,'PT1H30M','duration')])
# sets
C('2024-09-10','Komisija sanāk reizi nedēļā, parasti otrdienās.',[
  ('reizi nedēļā',SE,'P1W','set',{'freq':'1X'}),
  ('otrdienās',SE,'XXXX-WXX-2','set')])
C('2024-09-10','Katru pirmdienu bibliotēkā notiek bezmaksas datorprasmju nodarbības senioriem.',[
  ('Katru pirmdienu',SE,'XXXX-WXX-1','set')])
C('2024-09-10','Mākslas festivāls Cēsīs notiek ik gadu kopš 2007. gada.',[
  ('ik gadu',SE,'P1Y','set'),
  ('2007. gada',DA,'2007','year_era')])
C('2024-09-10','Ugunsdrošības pārbaudes veic divreiz gadā – pavasarī un rudenī.',[
  ('divreiz gadā',SE,'P1Y','set',{'freq':'2X'}),
  ('pavasarī',SE,'XXXX-SP','set'),
  ('rudenī',SE,'XXXX-FA','set')],
  note='Seasons in a habitual statement are SETs, not dates.')
C('2024-09-10','Autobuss uz Rīgu kursē katru dienu plkst. 7.15 un 17.40.',[
  ('katru dienu',SE,'P1D','set'),
  ('plkst. 7.15',SE,'XXXX-XX-XXT07:15','set'),
  ('17.40',SE,'XXXX-XX-XXT17:40','set')],
  note='Clock times in a daily schedule are SETs.')
C('2024-09-10','Medikamentus pacientam jālieto ik pēc astoņām stundām.',[
  ('ik pēc astoņām stundām',SE,'PT8H','set')])
C('2024-09-10','Reizi mēnesī novada domes priekšsēdētājs pieņem iedzīvotājus.',[
  ('Reizi mēnesī',SE,'P1M','set',{'freq':'1X'})])
C('2024-09-10','Katru rītu pie skolas dežurē pašvaldības policisti.',[
  ('Katru rītu',SE,'XXXX-XX-XXTMO','set')])
# vague references
C('2024-09-10','Nesen atklātajā bērnudārzā vēl ir brīvas vietas.',[
  ('Nesen',DA,'PAST_REF','ref')])
C('2024-09-10','Ministrija drīzumā iesniegs valdībā jaunu pensiju reformas plānu.',[
  ('drīzumā',DA,'FUTURE_REF','ref')])
C('2024-09-10','Patlaban policija noskaidro visus negadījuma apstākļus.',[
  ('Patlaban',DA,'PRESENT_REF','ref')])


for it in ITEMS:
    if it['source'] != 'constructed' and not it['assumed']:
        ref = META[it['source'].split(':')[1].split('-p')[0]]['reference']
        y, m, dd = it['published'].split('-')
        assert f'{dd}.{m}.{y}' in ref, (it['source'], it['published'], ref)
    if it['assumed']:
        assert it['note'] or any(o['source'].split('-p')[0] == it['source'].split('-p')[0] and o['note'] for o in ITEMS if o['assumed']), it['source']
out = []
for n, it in enumerate(ITEMS, 1):
    p = P(it['published'])
    text = it['text']
    txs = []
    for t in it['tx']:
        surf, typ, val, cat = t[:4]
        opt = t[4] if len(t) > 4 else {}
        occ = opt.get('occ', 0)
        cands = [m for m in range(len(text)) if text.startswith(surf, m)
                 and (m == 0 or not text[m-1].isalnum())
                 and (m + len(surf) == len(text) or not text[m+len(surf)].isalnum() or not surf[-1].isalnum())]
        assert len(cands) > occ, (n, surf, text)
        if 'occ' not in opt: assert len(cands) == 1, ('ambiguous', n, surf, text)
        idx = cands[occ]
        v = val(p) if callable(val) else val
        d = dict(start=idx, end=idx + len(surf), text=surf, type=typ, value=v)
        if 'mod' in opt: d['mod'] = opt['mod']
        if 'freq' in opt: d['freq'] = opt['freq']
        d['category'] = cat
        txs.append(d)
    txs.sort(key=lambda d: d['start'])
    for a, b in zip(txs, txs[1:]):
        assert a['end'] <= b['start'], (n, a, b)
    rec = dict(id=f't{n:03d}', published=it['published'], text=text, source=it['source'])
    if it['assumed']: rec['published_assumed'] = True
    if it['note']: rec['note'] = it['note']
    rec['timexes'] = txs
    out.append(rec)

with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), 'items', sum(len(r['timexes']) for r in out), 'timexes')
