#!/usr/bin/env python3
"""Build gold.jsonl (hand-annotated quotations) from texts.jsonl.

Every span below is written as an exact substring of the text.  A span spec is:
  * "string"            -> the string itself; it must occur exactly once in the text
  * "ctx [[target]] ctx" -> the target inside a context string; the whole context
                           (without the brackets) must occur exactly once
  * ("string", n)       -> the n-th (0-based) occurrence of the string
  * {"from": spec, "to": "string"} -> from the start of `from` (resolved as above)
                           to the end of the first occurrence of `to` that ends after
                           the end of the `from` target
The script fails loudly if anything is not found or is ambiguous.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


class SpecError(Exception):
    pass


def _find_all(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def resolve(text, spec):
    """Return (start, end) for a span spec."""
    if isinstance(spec, dict):
        s0, e0 = resolve(text, spec["from"])
        to = spec["to"]
        j = text.find(to, s0)
        while j != -1 and j + len(to) <= e0:
            j = text.find(to, j + 1)
        if j == -1:
            raise SpecError(f"'to' string not found after 'from': {to!r}")
        return s0, j + len(to)
    if isinstance(spec, tuple):
        s, n = spec
        occ = _find_all(text, s)
        if len(occ) <= n:
            raise SpecError(f"occurrence {n} of {s!r} not found ({len(occ)} found)")
        return occ[n], occ[n] + len(s)
    if "[[" in spec:
        pre, rest = spec.split("[[", 1)
        if "]]" in rest:
            target, post = rest.split("]]", 1)
        else:  # only a start marker: target runs to the end of the spec
            target, post = rest, ""
        ctx = pre + target + post
    else:
        pre, target, ctx = "", spec, spec
    occ = _find_all(text, ctx)
    if len(occ) != 1:
        raise SpecError(f"context occurs {len(occ)} times (need 1): {ctx!r}")
    start = occ[0] + len(pre)
    return start, start + len(target)


def span(text, spec, **extra):
    s, e = resolve(text, spec)
    d = {"start": s, "end": e, "text": text[s:e]}
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# Annotations.  Q(kind, content, cue, lemma, speaker, name)
# ---------------------------------------------------------------------------

def Q(kind, content, cue, lemma, speaker, name):
    return dict(kind=kind, content=content, cue=cue, lemma=lemma,
                speaker=speaker, name=name)


D, I, M = "direct", "indirect", "mixed"

A = {}

A["p10039"] = [
    Q(I, {"from": "Rendā daudzi", "to": "antisanitāru vidi"},
      "norādīja", "norādīt", "K.Silvestrova", "K. Silvestrova"),
    # evidential continuation of her report
    Q(I, "Dažās mājās šāda prakse ir, cilvēki esot apmierināti",
      "esot", "būt", "K.Silvestrova", "K. Silvestrova"),
]

A["p10134"] = []

A["p10616"] = [
    Q(I, "Tādu prasību var izpildīt tikai pašreizējā juristu firma",
      "uzskata", "uzskatīt",
      "Jelgavas novada opozīcijas deputāts Kārlis Rimša", "Kārlis Rimša"),
]

A["p10648"] = [
    Q(D, {"from": "Paspējām tikai", "to": "gaidām meitiņu"},
      "stāsta", "stāstīt", "stāsta [[māmiņa]]", "Kristīne Ķepale"),
]

A["p10677"] = [
    Q(I, "izsaukums uz Iecavu saņemts naktī no svētdienas, 10. jūlija, uz pirmdienu",
      "pastāstīja", "pastāstīt",
      "Valsts ugunsdzēsības un glābšanas dienesta Bauskas daļas komandieris Vadims Kuzmičs",
      "Vadims Kuzmičs"),
]

A["p10682"] = [
    Q(D, {"from": "Paldies Viesturam", "to": "bojāto asfaltu"},
      "stāsta", "stāstīt", "B. Marčenkova", "B. Marčenkova"),
]

A["p12841"] = []
A["p12947"] = []

A["p1299"] = [
    Q(D, {"from": "Tas, kas dziļi iecerēts", "to": "redzam to piepildāmies"},
      "[[teikts]] vēstījumā", "teikt", "teikts [[vēstījumā]]", "vēstījums"),
    Q(D, {"from": "Tagad galvenais ir", "to": "Kolektīvs to ļoti gaida"},
      "saka", "sacīt", "skolas direktors Aigars Matevičs", "Aigars Matevičs"),
    Q(I, "ēka jāuzceļ līdz 1. oktobrim",
      "[[teikts]], ka ēka", "teikt", "Līgumā", "līgums"),
    Q(I, "Galu galā tā atsaukta, tomēr iecere mazliet aizkavēta",
      "[[skaidro]] būvuzraugs", "skaidrot", "būvuzraugs Raimonds Kalējs", "Raimonds Kalējs"),
    Q(I, "Betons esot labs",
      "secināja", "secināt", "secināja [[speciālists]]", "Raimonds Kalējs"),
    # evidential continuation of the building supervisor's report
    Q(I, {"from": "Bijušais alsundznieks", "to": "nebūšot grūti"},
      "nebūšot", "būt", "secināja [[speciālists]]", "Raimonds Kalējs"),
    # evidential sentence, no source given in the text
    Q(I, {"from": "Piebūvē būšot", "to": "inventāra noliktava u.c."},
      "Piebūvē [[būšot]]", "būt", None, None),
    Q(I, {"from": "uzskata: [[kad zāle būs gatava", "to": "nozares entuziasts"},
      "uzskata", "uzskatīt", "A.Matevičs", "Aigars Matevičs"),
]

A["p14382"] = [
    # the quoted word "apgrieza" -> mixed (guideline: reported speech with a quoted fragment)
    Q(M, {"from": "valsts sektora darbinieki daļēji", "to": "150 miljardus eiro"},
      "paziņoja", "paziņot", "Viņš", "viņš"),
]

A["p14438"] = [
    Q(D, {"from": "Pirms 24 gadiem", "to": "stiprināt neatkarību"},
      "uzsvērusi", "uzsvērt", "prezidente Daļa Grībauskaite", "Daļa Grībauskaite"),
]

A["p14453"] = [
    Q(I, {"from": "satraukums esot saistīts", "to": "tendence apaugt"},
      "atzina", "atzīt", "Rasnačs atzina", "Rasnačs"),
    Q(I, {"from": "tie, kas mitinās", "to": "noslēgtas kopienas veidošanos"},
      "atgādināja", "atgādināt", "[[viņš]] atgādināja", "Rasnačs"),
]
# fix speaker spec for Rasnačs (target only the name)
A["p14453"][0]["speaker"] = "[[Rasnačs]] atzina"

A["p14462"] = [
    Q(I, {"from": "Precēts pāris no Rīgas", "to": "laimēja 20 651 eiro"},
      "informēja", "informēt",
      'VAS "Latvijas Loto" Mārketinga daļas vadītāja Aiga Roziņa', "Aiga Roziņa"),
    Q(I, {"from": "tā ir devītā reize", "to": "eiro vērtu laimestu"},
      "atzīmēja", "atzīmēt", "[[Roziņa]] atzīmēja", "Aiga Roziņa"),
]

A["p17244"] = []
A["p17261"] = []

A["p17276"] = [
    Q(D, "Dievs, svētī Latviju", "vārdiem", "vārds", "Rimšēvičs", "Rimšēvičs"),
]

A["p18101"] = []

A["p2755"] = [
    Q(I, {"from": "par mācību grāmatām", "to": "ar lielām bažām"},
      "stāsta", "stāstīt", "Vecāki", "vecāki"),
]

A["p2965"] = [
    Q(I, {"from": "līdzko cilvēks piedzīvo", "to": "ārējs kairinātājs"},
      "uzskata", "uzskatīt", "Psihologi", "psihologi"),
    Q(I, "tā ir tikai mūsu attieksme pret notiekošo",
      "skaidro", "skaidrot", "bet [[reiki]] skaidro", "reiki"),
]

A["p2968"] = []

A["p3330"] = [
    Q(I, "niekojoties", "teica, ka niekojoties", "teikt", "[[pati]] gan teica", "vecmāmiņa"),
    Q(I, "uzmanos no gaišmatainas sievietes – kārava dāmas",
      "man reiz [[teica]]", "teikt", "tā [[viņa]] teica", "vecmāmiņa"),
    Q(I, "viņa manu iecerēto izjaukšot",
      "izjaukšot", "izjaukt", "tā [[viņa]] teica", "vecmāmiņa"),
]
# cue of the first quote must be only the verb
A["p3330"][0]["cue"] = "gan [[teica]], ka niekojoties"

A["p3332"] = [
    Q(I, "Indra, turies no Māra pa gabalu, viņš ir meitu ģēģeris, viņam ir sieva un bērns",
      "Visi man [[teica]]", "teikt", "[[Visi]] man teica", "visi"),
    # first-person narrator's opinion: no mention of the speaker in the text
    Q(I, "es to ne tikai gribu, bet arī varu",
      "uzskatīju", "uzskatīt", None, None),
]

A["p340"] = [
    Q(D, {"from": "Tas parāda mūsu neprasmi", "to": "neatkarīgi ne no kā"},
      "turpināja", "turpināt", "[[viņš]] turpināja", "viņš"),
]

A["p3732"] = [
    # agentless finding ("ir konstatēts, ka") -> null speaker
    Q(I, {"from": "8000 latu ir izlietoti", "to": "kvalitātes kontroli"},
      "konstatēts", "konstatēt", None, None),
    Q(I, {"from": "Vides aizsardzības un reģionālās attīstības ministrs Edmunds Sprūdžs (RP) rīt",
          "to": "normatīvo aktu pārkāpumiem un nepilnībām"},
      "informēja", "informēt", "ministrijas sabiedrības informēšanas nodaļā",
      "ministrijas sabiedrības informēšanas nodaļa"),
    Q(D, {"from": "Līdzšinējā ministrijas", "to": "noteiktās pašvaldības funkcija"},
      "[[pamato]] ministrs", "pamatot", "pamato [[ministrs]]", "Edmunds Sprūdžs"),
    Q(I, {"from": 'aģentūra "Pilsētsaimniecība" ir izlietojusi', "to": "no projekta līdzekļiem"},
      "Kā [[atklājusi]]", "atklāt", "atklājusi [[Valsts kontrole]]", "Valsts kontrole"),
    # "norāda uz risku, ka ..." -> content keeps the noun object the clause depends on
    Q(I, {"from": "pastāvošu risku, ka", "to": "sniega izvešanas pakalpojumi"},
      "[[norāda]] uz pastāvošu", "norādīt", "[[VK]] norāda", "Valsts kontrole"),
]

A["p3734"] = [
    Q(I, "viņš kolēģu vidū guvis atsaucību un cieņu",
      "norādot", "norādīt", "tiesnesis Uldis Ķinis", "Uldis Ķinis"),
    Q(I, "neredzot nepieciešamību mainīt ST priekšsēdētāju",
      "neredzot", "redzēt", "[[Ķinis]] neredzot", "Uldis Ķinis"),
    Q(I, "par vēlēšanu rezultātu nav īsti pārsteigts, bet no rīta viņam bijis uztraukums",
      "žurnālistiem [[atzina]]", "atzīt", "[[Kūtris]] žurnālistiem", "Gunārs Kūtris"),
]

A["p3739"] = [
    Q(I, {"from": 'Apvienojoties degvielas mazumtirgotājiem SIA "Akselss"', "to": "ietekmēt arī degvielas cenu"},
      '"Nozare.lv" [[norāda]] Degvielas', "norādīt",
      "Degvielas tirgotāju un ražotāju savienības prezidents Sergejs Semjonovs", "Sergejs Semjonovs"),
    Q(I, "apvienošanās reģioniem varētu nākt tikai par labu, jo degvielas loģistikas izmaksas samazināsies",
      "Viņš [[uzsver]], ka apvienošanās", "uzsvērt", "[[Viņš]] uzsver, ka apvienošanās", "Sergejs Semjonovs"),
    Q(D, {"from": "Ja agrāk vienā virzienā", "to": "četrām un piecām DUS"},
      "[[skaidro]] eksperts", "skaidrot", "skaidro [[eksperts]]", "Sergejs Semjonovs"),
    Q(I, "Līdz ar to loģistikas pašizmaksa kļūšot lētāka",
      "kļūšot", "kļūt", "skaidro [[eksperts]]", "Sergejs Semjonovs"),
    Q(I, "Taču izmaksas samazināšot arī daudzi citi faktori",
      "samazināšot", "samazināt", "skaidro [[eksperts]]", "Sergejs Semjonovs"),
    Q(I, "Piemēram, vienota produkcijas piegāde DUS veikaliem, un tas savukārt ietekmēšot arī degvielas cenu",
      "savukārt [[ietekmēšot]]", "ietekmēt", "skaidro [[eksperts]]", "Sergejs Semjonovs"),
    Q(D, "Jebkurā gadījumā ir skaidrs, ka vienam cīnīties degvielas konkurences tirgū ir grūtāk",
      'grūtāk," [[uzsver]] Semjonovs', "uzsvērt", 'grūtāk," uzsver [[Semjonovs]]', "Sergejs Semjonovs"),
    Q(D, {"from": "Mazie tirgotāji vadās", "to": "problēmas redz citā rakursā"},
      'rakursā," [[uzsver]] eksperts', "uzsvērt", 'rakursā," uzsver [[eksperts]]', "Sergejs Semjonovs"),
    # reported frame + quoted fragment; content stops before the frame comma
    Q(M, {"from": "Ja uzņēmējam pieder viena stacija", "to": "radīs saasinātāku konkurenci"},
      'konkurenci," [[uzsver]] Semjonovs', "uzsvērt", 'konkurenci," uzsver [[Semjonovs]]', "Sergejs Semjonovs"),
    Q(I, {"from": "Tam, ka apvienotā kompānija", "to": "degvielas tirgu tas neietekmēšot"},
      "[[uzsvēra]] Semjonovs", "uzsvērt", "uzsvēra [[Semjonovs]]", "Sergejs Semjonovs"),
    Q(I, {"from": "kompāniju paplašināšanās process", "to": "200 juridisku personu"},
      "jau [[uzsvēra]], ka kompāniju", "uzsvērt",
      "Latvijas Degvielas tirgotāju asociācijas padomes priekšsēdētājs Ojārs Karčevskis", "Ojārs Karčevskis"),
]

A["p3744"] = [
    Q(I, "PF Ķekava saķeras ar Nordea",
      "Dienas Bizness[[:]] PF", ":", "[[Dienas Bizness]]: PF", "Dienas Bizness"),
    Q(I, {"from": '"Nordea banka" vēlas', "to": "kustamajai mantai"},
      "[[vēsta]] \"Dienas Bizness\"", "vēstīt", "vēsta \"[[Dienas Bizness]]\"", "Dienas Bizness"),
    Q(I, "radušās saistību neizpildes prasības",
      "banka [[informē]]", "informēt", "ar kuru [[banka]] informē", "Nordea Bank Finland"),
    Q(I, {"from": "šāda prasība liecina", "to": "uzņēmuma ikdienas darbību"},
      "[[uzskata]], ka šāda", "uzskatīt", "[[PF \"Ķekava\"]] uzskata", "PF Ķekava"),
]

A["p3745"] = [
    Q(I, "Lai attīstītos, jāsadarbojas. Arī ar konkurentiem",
      "Dienas Bizness[[:]] Lai", ":", "[[Dienas Bizness]]: Lai", "Dienas Bizness"),
    # evidential sentence without a named source
    Q(I, "Lielāko daļu apgrozījuma nodrošina pārcelšanās pakalpojumi, savukārt montāža garantējot pastāvīgus ienākumus",
      "garantējot", "garantēt", None, None),
    Q(I, "katru reizi cits klients un atšķirīgas vajadzības",
      "Ritums [[saka]]", "sacīt", "dibinātājs Kaspars Ritums", "Kaspars Ritums"),
]

A["p3752"] = [
    Q(I, "Kož konkurentu klientu pīrāgā",
      "Dienas Bizness[[:]] Kož", ":", "[[Dienas Bizness]]: Kož", "Dienas Bizness"),
    Q(I, {"from": '"LMT" klientu bāze samazinājusies', "to": "lietotāju piepulcinājis"},
      "\"Dienas Bizness\" [[vēsta]]", "vēstīt", "\"[[Dienas Bizness]]\" vēsta", "Dienas Bizness"),
    Q(I, {"from": "pēdējos gados uzņēmuma klientu skaits", "to": "priekšapmaksas karšu lietotāji"},
      "Lidere [[norāda]]", "norādīt", '"LMT" preses sekretāre Elīna Lidere', "Elīna Lidere"),
    Q(I, {"from": "trīs gadu perspektīvā", "to": "par 16,6 tūkstošiem lietotāju"},
      "kā [[norāda]] Latvijas", "norādīt",
      "Latvijas Telekomunikāciju asociācijas izpilddirektors Jānis Lelis", "Jānis Lelis"),
]

# p3754 (interview): speaker-line answers are generated below; here the rest.
A["p3754"] = [
    Q(I, "Pie tik zema tarifa nevar uzbūvēt atkritumu pārstrādes rūpnīcu",
      "„ZAAO\"[[:]] Pie tik", ":", "„[[ZAAO]]\": Pie tik", "ZAAO"),
    Q(I, {"from": "pēc tam, kad pašvaldība izvēlējusies", "to": "atkritumu apsaimniekošanu pieaugusi"},
      "[[sūdzas]], ka pēc", "sūdzēties", "Vairākās pašvaldībās [[iedzīvotāji]]", "iedzīvotāji"),
    Q(I, {"from": "Atkritumu apsaimniekošanas pakalpojumi Latvijā ir lēti, tāpēc", "to": "uzbūvēt pārstrādes rūpnīcu"},
      "[[apgalvo]] Ziemeļvidzemes", "apgalvot",
      {"from": "apgalvo [[Ziemeļvidzemes", "to": "vadītājs Ģirts Kuplais"},
      "Ingrīda Gubernatorova un Ģirts Kuplais"),
    # unlabelled answer paragraphs with first-person forms (speech of an interviewee,
    # but paragraph order is shuffled -> no cue, no speaker)
    Q(I, {"from": "Likumdošana nosaka, ka biogāze", "to": "kuri pat nedomā to darīt"},
      None, None, None, None),
    Q(I, {"from": "Valsts atkritumu apsaimniekošanas plāns nākamajam periodam no ministrijas",
          "to": "reģionālo plānu izstrāde ir obligāta"},
      None, None, None, None),
    Q(I, {"from": "Nākamā perioda plānā ir nekonkrēts", "to": "atbildīgos un termiņus"},
      None, None, None, None),
    Q(I, {"from": "Projekta otrajā daļā šogad asfaltēsim", "to": "400000 latu apmērā"},
      None, None, None, None),
]

A["p3757"] = [
    Q(I, "Nespēj kontrolēt valsts galvotu naudu",
      "Latvijai[[:]] Nespēj", ":", "Neatkarīgā Rīta Avīze Latvijai", "Neatkarīgā Rīta Avīze Latvijai"),
    Q(I, "stāvoklis patiešām ir tik labs, cik to apliecināja auditori",
      "ministrija [[uzskatīja]]", "uzskatīt", "dienām [[Finanšu ministrija]] uzskatīja", "Finanšu ministrija"),
    Q(I, "uzņēmuma finanses ir vismaz ciešamā stāvoklī",
      "kas [[apliecināja]], ka uzņēmuma", "apliecināt", "pieder [[auditorfirma]], kas", "auditorfirma"),
    Q(I, "tagadējā uzņēmuma vadība izsaimnieko t mantu",
      "publiskie [[apgalvojumi]]", "apgalvojums",
      "uzņēmuma līdzīpašnieka Kirova Lipmana", "Kirovs Lipmans"),
    Q(D, "šobrīd kriminālprocesā neviena persona nav atzīta par aizdomās turēto",
      "Neatkarīgajai [[apliecināja]]", "apliecināt",
      "iekšlietu ministra Riharda Kozlovska preses pārstāve Daiga Holma", "Daiga Holma"),
]

A["p3767"] = [
    Q(I, "ir apvienotas divas pretējības - absolūts ideālists un absolūts praktiķis",
      "izsakoties", "izteikties", "paša [[Grūtups]] vārdiem", "Andris Grūtups"),
]

A["p5928"] = []

A["p6187"] = [
    Q(I, "jāiepazīst vienam otru, jāvieš uzticība, jāpierāda, ka viss ir īsts",
      "jo [[uzskata]]", "uzskatīt", "[[Miks]] netic", "Miks"),
    Q(D, {"from": "Daži teikuši, ka man", "to": "nav tik viegli mainīt"},
      "[[spriež]] Miks", "spriest", "spriež [[Miks]]", "Miks"),
    Q(M, {"from": "gadiem ejot, mīlestība «apaug»", "to": "vairs neatkārtosies"},
      "Miks [[atklāj]]", "atklāt", "[[Miks]] atklāj", "Miks"),
]

A["p6247"] = []
A["p6552"] = []

A["p8759"] = [
    Q(D, {"from": "Domāju, ka Kaimiņš", "to": "tiek pieņemti svarīgi lēmumi"},
      "norādīja", "norādīt", "Ījabs", "Ījabs"),
]

A["p8765"] = []

A["p980"] = [
    Q(D, {"from": "Uzskatīju par lielu godu", "to": "stāstīt saviem mazbērniem"},
      "vērtē", "vērtēt", "pensionāre Dzidra Ploce", "Dzidra Ploce"),
    # evidential continuation
    Q(I, {"from": "Pērn esot uzrakstījusi", "to": "salidojuma atklāšanu Ikšķilē"},
      "Pērn [[esot]]", "būt", "Jērcēniete Dzintra Lezdiņa", "Dzintra Lezdiņa"),
    Q(D, "Deviņos gados pirmo reizi mūs, represētos, salidojumā apciemoja prezidents",
      "atceras", "atcerēties", "prezidents,\" [[Dz. Lezdiņa]]", "Dzintra Lezdiņa"),
    Q(D, "Zinu,ka tās ierakstītas Sarkanajā grāmatā, bet man tāpat būtu jāpļauj nost, jo aug tīrumā",
      "attaisno", "attaisnot", "attaisno [[Dz. Lezdiņa]]", "Dzintra Lezdiņa"),
    Q(D, {"from": "Prezidenta vizīte ļoti patika", "to": "arī šādi tādi"},
      "[[spriež]] strencēniete", "spriest", "strencēniete Inese Kārkliņa", "Inese Kārkliņa"),
    # denial: content keeps the noun the clause depends on ("runas, ka ...")
    Q(I, {"from": "runas, ka bedru labošana", "to": "pirmās amatpersonas vizīti"},
      "noliedz", "noliegt", "Strenču domes priekšsēdētāja Velga Graumane", "Velga Graumane"),
    Q(D, {"from": "Tā ir mūsu ikdiena", "to": "līdz Līgo svētkiem"},
      "[[uzsver]] pašvaldības vadītāja", "uzsvērt", "pašvaldības vadītāja", "Velga Graumane"),
]

A["p9806"] = []

A["p9971"] = [
    Q(D, "Tas arī bija pagājušā gada galvenais mērķis",
      "skaidro", "skaidrot", "skaidro [[sportiste]]", "Paula Nikola Ņečiporuka"),
    # continuation quote; closing mark missing (paragraph ends the text)
    Q(D, {"from": "Ar pārinieci Tīnu Graudiņu", "to": "viena otru nomierināt."},
      None, None, "skaidro [[sportiste]]", "Paula Nikola Ņečiporuka"),
]


def p3754_speaker_lines(text):
    """Interview answers introduced by 'Name: ' at the start of a paragraph."""
    out = []
    pos = 0
    for para in text.split("\n\n"):
        start = text.index(para, pos)
        pos = start + len(para)
        for name in ("Ingrīda Gubernatorova", "Ģirts Kuplais"):
            lab = name + ": "
            if para.startswith(lab):
                body = para[len(lab):].rstrip()
                assert body.endswith("."), body[-30:]
                body = body[:-1]
                cs = start + len(lab)
                out.append(dict(kind=I,
                                content=(cs, cs + len(body)),
                                cue=(start + len(name), start + len(name) + 1), lemma=":",
                                speaker=(start, start + len(name)), name=name))
    return out


def build_quote(text, q):
    def mk(spec, **extra):
        if spec is None:
            return None
        if isinstance(spec, tuple) and len(spec) == 2 and isinstance(spec[0], int):
            s, e = spec
            d = {"start": s, "end": e, "text": text[s:e]}
            d.update(extra)
            return d
        return span(text, spec, **extra)

    content = mk(q["content"])
    cue = mk(q["cue"], lemma=q["lemma"]) if q["cue"] is not None else None
    speaker = mk(q["speaker"], name=q["name"]) if q["speaker"] is not None else None
    if q["cue"] is None and q["lemma"] is not None:
        raise SpecError("lemma without cue")
    if q["speaker"] is None and q["name"] is not None:
        raise SpecError("name without speaker")
    out = {"kind": q["kind"], "cue": cue, "content": content, "speaker": speaker}
    for k in ("cue", "content", "speaker"):
        if out[k] is not None:
            assert text[out[k]["start"]:out[k]["end"]] == out[k]["text"]
            assert out[k]["text"].strip() == out[k]["text"], (k, out[k]["text"])
            assert out[k]["text"], k
    assert out["kind"] in (D, I, M)
    return out


def main():
    texts = [json.loads(l) for l in open(os.path.join(HERE, "texts.jsonl"), encoding="utf-8")]
    ids = [t["id"] for t in texts]
    missing = set(ids) - set(A)
    extra = set(A) - set(ids)
    if missing or extra:
        sys.exit(f"annotation ids mismatch: missing={missing} extra={extra}")
    errors = 0
    lines = []
    for t in texts:
        text = t["text"]
        specs = list(A[t["id"]])
        if t["id"] == "p3754":
            specs += p3754_speaker_lines(text)
        quotes = []
        for q in specs:
            try:
                quotes.append(build_quote(text, q))
            except (SpecError, AssertionError, ValueError) as e:
                errors += 1
                print(f"ERROR {t['id']}: {e!r} in {q}", file=sys.stderr)
        quotes.sort(key=lambda q: (q["content"]["start"], q["content"]["end"]))
        # no two quotes with identical content spans
        cs = [(q["content"]["start"], q["content"]["end"]) for q in quotes]
        if len(cs) != len(set(cs)):
            errors += 1
            print(f"ERROR {t['id']}: duplicate content span", file=sys.stderr)
        lines.append({"id": t["id"], "quotes": quotes})
    if errors:
        sys.exit(f"{errors} error(s); gold.jsonl not written")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    kinds = Counter(q["kind"] for l in lines for q in l["quotes"])
    n = sum(kinds.values())
    print(f"texts={len(lines)} quotes={n} kinds={dict(kinds)} "
          f"null_speaker={sum(q['speaker'] is None for l in lines for q in l['quotes'])} "
          f"null_cue={sum(q['cue'] is None for l in lines for q in l['quotes'])} "
          f"texts_without_quotes={sum(not l['quotes'] for l in lines)}")


if __name__ == "__main__":
    main()
