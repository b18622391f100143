#!/usr/bin/env python3
"""Build gold.jsonl (inflected Latvian named-entity mentions -> canonical base-form names).

Every item is written below by hand.  Two kinds:

  * D(pid, ctx, type, name, gender, case, declension)
      a real mention from the FullStack-LV dev split.  `ctx` is an exact substring of one
      sentence ("# text =" line) of paragraph `pid`, with the mention marked as [[...]];
      the context (without the brackets) must occur in exactly one sentence of the paragraph,
      and exactly once in it.  The sentence becomes the item's text.
  * S(text, [(spec, type, name, gender, case, declension), ...])
      a constructed news sentence with one or more items.  `spec` is either the mention
      itself (it must occur exactly once in the text) or a context with [[...]].

gender: "m" / "f" / None.  The script computes the offsets, checks text[start:end] == mention,
checks (for dev items) that the mention lies inside a FullStack-LV entity span, and writes
gold.jsonl.  It fails loudly on any error.

    python3 build_gold.py [--data PATH_TO_fullstack-lv]

Needs the FullStack-LV dev split (default ../../../shared/data/fullstack-lv relative to this
file).  Only the dev split is read; the test split is never opened.
"""
import argparse
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data", "fullstack-lv"))

ITEMS = []


def D(pid, ctx, typ, name, gender, case, decl):
    ITEMS.append(("dev", pid, ctx, typ, name, gender, case, decl))


def S(text, items):
    for spec, typ, name, gender, case, decl in items:
        ITEMS.append(("constructed", text, spec, typ, name, gender, case, decl))


P, G, O, L = "person", "GPE", "organization", "location"
m, f, N = "m", "f", None

# ---------------------------------------------------------------------------------------------
# Real mentions, FullStack-LV dev split
# ---------------------------------------------------------------------------------------------

# --- persons ---
D("c18-p3", "referenta [[Jāņa Riekstiņa]] rakstā", P, "Jānis Riekstiņš", m, "gen", "1")
D("d62-p13", "Neaušojies, [[Didzi]]!", P, "Didzis", m, "voc", "2")
D("d87-p52", "stāvošās [[Danielas]] ēnu", P, "Daniela", f, "gen", "4")
D("d87-p7", "[[Ilzei]] šķita", P, "Ilze", f, "dat", "5")
D("p10101-p1", "erceņģeļa [[Miķeļa]] vārda", P, "Miķelis", m, "gen", "2")
D("p10101-p1", "dieva [[Jumja]] ķeršana", P, "Jumis", m, "gen", "2")
D("p10628-p2", "vārtsargam [[Kasparam Ikstenam]],", P, "Kaspars Ikstens", m, "dat", "1")
D("p10648-p2", "baušķenieku [[Kristīnes Ķepales]] un", P, "Kristīne Ķepale", f, "gen", "5")
D("p10648-p2", "un [[Rolanda Dubuva]] trešā", P, "Rolands Dubuvs", m, "gen", "1")
D("p10648-p2", "māsiņas [[Nikijas]] un", P, "Nikija", f, "gen", "4")
D("p12700-p1", "vadītājai [[Pētersonei]] taču", P, "Pētersone", f, "dat", "5")
D("p12879-p4", "mistera [[Paskua]] īpašumā", P, "Paskua", m, "gen", "indecl")
D("p12897-p2", "vadītāju [[Bērniju Eklstounu]],", P, "Bērnijs Eklstouns", m, "acc", "1")
D("p12902-p3", "Diemžēl [[Nitišam]] pusfināla", P, "Nitišs", m, "dat", "1")
D("p12902-p3", "ar [[Tūrdu Linnerudu]].", P, "Tūrds Linneruds", m, "acc", "1")
D("p12902-p3", "demonstrēja [[Nitiša]] komandas", P, "Nitišs", m, "gen", "1")
D("p1297-p4", "[[Jēkabam]] izdzīvot", P, "Jēkabs", m, "dat", "1")
# FullStack lemma says "Šteinbergs", but the player is Anete Šteinberga (paragraph p14271-p12:
# "latviete"); in the sentence itself only the women's game (Katerina Elhotova) shows it.
D("p14271-p5", "par [[Šteinbergu]] uzvarētāju", P, "Šteinberga", f, "acc", "4")
D("p14286-p5", "kurā [[Rozentāla]] tēlā", P, "Rozentāls", m, "gen", "1")
D("p14286-p5", "gleznos [[Martinsones]] jeb", P, "Martinsone", f, "gen", "5")
D("p14286-p5", "operatora [[Gunta Lēmaņa]] veidotās", P, "Guntis Lēmanis", m, "gen", "2")
D("p3332-p10", "vīru [[Māri Putniņu]] –", P, "Māris Putniņš", m, "acc", "1")
D("p3332-p10", "teica – [[Indra]], turies", P, "Indra", f, "voc", "4")
D("p3332-p10", "no [[Māra]] pa gabalu", P, "Māris", m, "gen", "2")
D("p3732-p1", "uzklausīs [[Rāviņa]] skaidrojumus", P, "Rāviņš", m, "gen", "1")
D("p3732-p2", "mēru [[Andri Rāviņu]] (ZZS)", P, "Andris Rāviņš", m, "acc", "1")
D("p3734-p1", "ievēl [[Kūtri]]", P, "Kūtris", m, "acc", "2")
D("p3734-p5", "par [[Kūtra]] kandidatūru", P, "Kūtris", m, "gen", "2")
D("p3757-p3", "no [[Valērija Kargina]] un", P, "Valērijs Kargins", m, "gen", "1")
D("p3757-p3", "un [[Viktora Krasovicka]].", P, "Viktors Krasovickis", m, "gen", "2")
D("p3757-p4", "līdzīpašnieka [[Kirova Lipmana]] publiskie", P, "Kirovs Lipmans", m, "gen", "1")
D("p3757-p4", "ministra [[Riharda Kozlovska]] preses", P, "Rihards Kozlovskis", m, "gen", "2")
D("p3767-p1", "[[Andra Vilka]] grāmatas", P, "Andris Vilks", m, "gen", "1")
D("p3767-p5", "arī [[Andra Grūtupa]] intervijas", P, "Andris Grūtups", m, "gen", "1")
D("p5456-p4", "ne [[Viljamam]], ne", P, "Viljams", m, "dat", "1")
D("p5456-p4", "ne [[Keitai]] līdz", P, "Keita", f, "dat", "4")
D("p5909-p4", "kopēt [[Gregoriju Lepsu]],", P, "Gregorijs Lepss", m, "acc", "1")
D("p5927-p6", "Mākslinieces [[Ievas Bondares]] dēls", P, "Ieva Bondare", f, "gen", "5")
D("p5932-p3", "kopā ar [[Alīsiju]],", P, "Alīsija", f, "acc", "4")
D("p6183-p3", "sievu [[Ingu Grencbergu]] devies", P, "Inga Grencberga", f, "acc", "4")
D("p6244-p4", "aizveduši [[Bīberu]].", P, "Bībers", m, "acc", "1")
D("p6246-p2", "Dziedātāja [[Bejonsē]] pēdējā", P, "Bejonsē", f, "nom", "indecl")
D("p6247-p1", "rokmūziķa [[Ozija Osborna]] ģimene", P, "Ozijs Osborns", m, "gen", "1")
D("p6283-p2", "kar [[Kristenas Stjuartes]] romānu", P, "Kristena Stjuarte", f, "gen", "5")
D("p6288-p6", "[[Kerija]] un Vaitas", P, "Kerijs", m, "gen", "1")
D("p6288-p6", "un [[Vaitas]] attiecības", P, "Vaita", f, "gen", "4")
D("p6290-p5", "[[Kilmera]] fani", P, "Kilmers", m, "gen", "1")
D("p6412-p2", "kur [[Manganello]] bija", P, "Manganello", m, "nom", "indecl")
D("p2969-p6", "[[Napoleona Bonaparta]] pārliecinošās", P, "Napoleons Bonaparts", m, "gen", "1")
D("p6552-p2", "fotomākslinieka [[Nila Viļņa]] veidotā", P, "Nils Vilnis", m, "gen", "2")
D("p6619-p5", "[[Eltonam]] vienmēr", P, "Eltons", m, "dat", "1")
D("p980-p1", "prezidenta [[Valda Zatlera]] vizīti", P, "Valdis Zatlers", m, "gen", "1")
D("p980-p3", "par [[V. Zatlera]] fani", P, "V. Zatlers", m, "gen", "1")
D("p980-p4", "pasniedza [[V. Zatleram]] savā", P, "V. Zatlers", m, "dat", "1")
D("p980-p5", "dzīvesbiedri [[Lilitu Zatleri]] strencēnieši", P, "Lilita Zatlere", f, "acc", "5")
D("p980-p7", "dāvana - [[Agra Dzilnas]] fotogrāfija", P, "Agris Dzilna", m, "gen", "4")
D("p9971-p3", "minēts [[Paulas Nikolas Ņečiporukas]] Eiropas", P, "Paula Nikola Ņečiporuka", f, "gen", "4")
D("p9971-p3", "pārinieci [[Tīnu Graudiņu]] izpildījām", P, "Tīna Graudiņa", f, "acc", "4")
D("s133-p1", "[[Daudzes]] kungs!", P, "Daudze", m, "gen", "5")
D("s158-p8", "novēlu [[Straujumas]] kundzei", P, "Straujuma", f, "gen", "4")
D("s9-p18", "premjera [[Ķirķila]] pieņēmumā", P, "Ķirķils", m, "gen", "1")
D("z109-p95", "no [[Ivana Bargā]] represijām", P, "Ivans Bargais", m, "gen", "1")
D("z109-p142", "un [[Moše Šekcers]] 1890", P, "Moše Šekcers", m, "nom", "1")
D("p6182-p2", "Aktieris [[Džona Hills]] jau", P, "Džona Hills", m, "nom", "1")
D("p10011-p70", "rakstnieks [[Mārtiņš Kalndruva]],", P, "Mārtiņš Kalndruva", m, "nom", "4")
D("p10616-p4", "deputāts [[Kārlis Rimša]] (", P, "Kārlis Rimša", m, "nom", "4")
D("p8115-p1", "mākslinieki [[Žoržs Siksna]],", P, "Žoržs Siksna", m, "nom", "4")
D("p8115-p1", "[[Roberto Meloni]] un", P, "Roberto Meloni", m, "nom", "indecl")
D("p14438-p3", "prezidente [[Daļa Grībauskaite]].", P, "Daļa Grībauskaite", f, "nom", "5")
D("p2968-p5", "te nu [[Rokfelleram]] pavērās", P, "Rokfellers", m, "dat", "1")
D("p10693-p5", "[[Dombrovskis]] ir gandarīts", P, "Dombrovskis", m, "nom", "2")
D("p14462-p3", "[[Roziņa]] atzīmēja", P, "Roziņa", f, "nom", "4")
D("p5406-p2", "trīs [[Dženijas]] meitas", P, "Dženija", f, "gen", "4")
D("p1304-p2", "ir [[Emīlijas]] sirdslieta", P, "Emīlija", f, "gen", "4")
D("p10746-p4", "pārstāve [[Una Rēķe]] aģentūru", P, "Una Rēķe", f, "nom", "5")
D("p3734-p10", "kā arī [[Vineta Muižniece]],", P, "Vineta Muižniece", f, "nom", "5")
D("p3752-p2", "sekretāre [[Elīna Lidere]] norāda", P, "Elīna Lidere", f, "nom", "5")
D("p3757-p4", "pārstāve [[Daiga Holma]],", P, "Daiga Holma", f, "nom", "4")
D("p980-p5", "strencēniete [[Inese Kārkliņa]].", P, "Inese Kārkliņa", f, "nom", "4")
D("p10039-p13", "[[K.Silvestrova]] norādīja", P, "K.Silvestrova", f, "nom", "4")
D("p5744-p2", "Aktrise [[Nikola Kidmena]] publiski", P, "Nikola Kidmena", f, "nom", "4")
D("p980-p9", "priekšsēdētāja [[Velga Graumane]] noliedz", P, "Velga Graumane", f, "nom", "5")
D("s9-p64", "Reirs un [[Solvita Āboltiņa]],", P, "Solvita Āboltiņa", f, "nom", "4")

# --- places (GPE, location) ---
D("c18-p3", "pašas [[Maskavas]], kuri", G, "Maskava", N, "gen", "4")
D("d197-p162", "no [[Holandes]] nākušās", G, "Holande", N, "gen", "5")
D("d197-p17", "bērnību [[Maskavas forštatē]],", L, "Maskavas forštate", N, "loc", "5")
D("d62-p2", "līdz [[Rozēm]]?", L, "Rozes", N, "dat", "5")
D("d87-p90", "šķūni [[Zilupē]] un", G, "Zilupe", N, "loc", "5")
D("d87-p90", "tur [[Zilupi]], šķūnī", G, "Zilupe", N, "acc", "5")
# debitive construction: the object stands in the nominative
D("n166-p105", "sarežģītais [[Irbes jūras šaurums]].", L, "Irbes jūras šaurums", N, "nom", "1")
D("p10011-p70", "uz [[Padures]], Īvandes", G, "Padure", N, "gen", "5")
D("p10011-p70", "[[Padurē]] klētniece", G, "Padure", N, "loc", "5")
D("p10011-p70", "un [[Ēdoles pagastu]], kur", G, "Ēdoles pagasts", N, "acc", "1")
D("p10011-p70", "[[Īvandē]] velobraucēji", G, "Īvande", N, "loc", "5")
D("p10039-p13", "ka [[Rendā]] daudzi", G, "Renda", N, "loc", "4")
D("p10104-p3", "sētas [[«Ezeriņi»]] saimnieces", L, "Ezeriņi", N, "nom", "1")
D("p10134-p3", "kur [[Apvienotā Karaliste]] reklamēta", G, "Apvienotā Karaliste", N, "nom", "5")
D("p10138-p1", "par [[Briseles]] centrā", G, "Brisele", N, "gen", "5")
D("p10252-p1", "tikai [[Baltijā]] uz", L, "Baltija", N, "loc", "4")
D("p10257-p6", "12.00 [[Tukumā]],", G, "Tukums", N, "loc", "1")
D("p10257-p6", "Tukumā, [[Brīvības laukumā]],", L, "Brīvības laukums", N, "loc", "1")
D("p10263-p4", "ka [[Saldus novada]],", G, "Saldus novads", N, "gen", "1")
D("p10263-p4", "novada, [[Zirņu pagastā]],", G, "Zirņu pagasts", N, "loc", "1")
D("p10389-p1", "nedēļa [[Jelgavas novadam]] iezīmējas", G, "Jelgavas novads", N, "dat", "1")
D("p10389-p1", "uz [[Elejas muižas parku]] aicinās", L, "Elejas muižas parks", N, "acc", "1")
D("p10628-p2", "palika [[Zemgales Olimpiskā centra]] tribīnēs", L, "Zemgales Olimpiskais centrs", N, "gen", "1")
D("p10677-p2", "uz [[Iecavu]] saņemts", G, "Iecava", N, "acc", "4")
D("p10680-p6", "[[Vecumnieku novada]] Vecumniekos", G, "Vecumnieku novads", N, "gen", "1")
D("p10680-p6", "novada [[Vecumniekos]] kādu", G, "Vecumnieki", N, "loc", "1")
D("p10680-p6", "novada [[Stelpes pagastā]]", G, "Stelpes pagasts", N, "loc", "1")
D("p12700-p1", "arī [[Daugavpils]] nodaļas", G, "Daugavpils", N, "gen", "6")
D("p12841-p1", "[[Rēzeknes novadā]],", G, "Rēzeknes novads", N, "loc", "1")
D("p12879-p4", "uz [[Džersiju]].", G, "Džersija", N, "acc", "4")
D("p12902-p3", "Slapjā [[Frančakortas trasē]]", L, "Frančakortas trase", N, "loc", "5")
D("p12902-p3", "posmā [[Argentīnā]].", G, "Argentīna", N, "loc", "4")
D("p1297-p4", "pagasta [[Bukos]] drīz", L, "Buki", N, "loc", "1")
D("p1297-p4", "uz [[Liepājas rajona]] Sakas", G, "Liepājas rajons", N, "gen", "1")
D("p1297-p4", "rajona [[Sakas pagastu]].", G, "Sakas pagasts", N, "acc", "1")
D("p1297-p4", "uz [[Sibīriju]] aizvests", L, "Sibīrija", N, "acc", "4")
D("p1299-p3", "izraudzīta [[Ventspils]] SIA", G, "Ventspils", N, "gen", "6")
D("p13013-p10", "uz [[Helsinkiem]].", G, "Helsinki", N, "dat", "1")
D("p13013-p10", "un [[Lāpenrantā]] ieradāmies", G, "Lāpenranta", N, "loc", "4")
D("p13528-p10", "apsveikumu [[Rīgas pilij]] tās", L, "Rīgas pils", N, "dat", "6")
D("p13741-p1", "Kuldīgā, [[Līvānos]], Straupē", G, "Līvāni", N, "loc", "1")
D("p13741-p1", "Līvānos, [[Straupē]], Vecpiebalgā", G, "Straupe", N, "loc", "5")
D("p14117-p9", "izmantoja [[Amerikas Savienotajās Valstīs]] un", G, "Amerikas Savienotās Valstis", N, "loc", "6")
D("p14286-p5", "[[Mazajā Mežotnes pilī]] darbosies", L, "Mazā Mežotnes pils", N, "loc", "6")
D("p14292-p2", "gatavosies [[Senecas pilsētā]],", G, "Senecas pilsēta", N, "loc", "4")
D("p14292-p2", "uz [[Čehiju]].", G, "Čehija", N, "acc", "4")
D("p14299-p4", "[[Mežaparka Lielās estrādes]] rekonstrukcijas", L, "Mežaparka Lielā estrāde", N, "gen", "5")
D("p14438-p3", "gadiem [[Medininkos]] tika", G, "Medininki", N, "loc", "1")
D("p14453-p4", "centrā [[Muceniekos]],", L, "Mucenieki", N, "loc", "1")
D("p14471-p1", "Jūrmalā, [[Kauguros]],", G, "Kauguri", N, "loc", "1")
D("p17283-p2", "Rīgā, [[Daugavpilī]] un", G, "Daugavpils", N, "loc", "6")
D("p3332-p7", "uz [[Daugavpili]], tas", G, "Daugavpils", N, "acc", "6")
D("p3732-p9", "noteiktajam [[Jelgavas pilsētā]] bija", G, "Jelgavas pilsēta", N, "loc", "4")
D("p3754-p14", "vai [[Salaspili]], kur", G, "Salaspils", N, "acc", "6")
D("p3754-p17", "rūpnīca [[Brocēnos]],", G, "Brocēni", N, "loc", "1")
D("p3754-p19", "pie [[Tallinas]].", G, "Tallina", N, "gen", "4")
D("p3754-p22", "ka [[Valmieras pilsētas]] sabiedriskais", G, "Valmieras pilsēta", N, "gen", "4")
D("p3754-p2", "apgalvo [[Ziemeļvidzemes]] atkritumu", L, "Ziemeļvidzeme", N, "gen", "5")
D("p3767-p4", "grāmatnīcā [[Kr. Barona ielā]] 5", L, "Kr. Barona iela", N, "loc", "4")
D("p5397-p3", "bērnu [[Losandželosā]] un", G, "Losandželosa", N, "loc", "4")
D("p5931-p3", "sacensības [[Bērkšīrā]],", G, "Bērkšīra", N, "loc", "4")
D("p6183-p3", "apceļot [[Šveici]] un", G, "Šveice", N, "acc", "5")
D("p8757-p1", "[[Tobāgo salas]] eksotiski", L, "Tobāgo sala", N, "gen", "4")
D("p980-p1", "vizīti [[Strenčos]] vērtē", G, "Strenči", N, "loc", "2")
D("p980-p3", "atklāšanu [[Ikšķilē]].", G, "Ikšķile", N, "loc", "5")
D("p980-p7", "redzamas [[Strenču]] krāces", G, "Strenči", N, "gen", "2")
D("p980-p7", "iepazinis [[Strenčus]],", G, "Strenči", N, "acc", "2")
D("p980-p8", "vizīte [[Vijciema]] čiekurkaltē", L, "Vijciems", N, "gen", "1")
D("p980-p8", "sētā [[\"Kankarīši\"]],", L, "Kankarīši", N, "nom", "2")
D("p980-p9", "prezidents, [[Trikātas ielā]],", L, "Trikātas iela", N, "loc", "4")
# FullStack tags this street GPE; streets are locations here (cf. Trikātas iela, Kr. Barona iela)
D("p9980-p2", "Kuldīgā, [[Pasta ielā]],", L, "Pasta iela", N, "loc", "4")
D("p9993-p11", "Šogad [[Snēpeles]] Kalējsētās", G, "Snēpele", N, "gen", "5")
D("p9993-p11", "Snēpeles [[Kalējsētās]] izmēģināta", L, "Kalējsētas", N, "loc", "4")
D("z108-p155", "Īriju, [[Nīderlandi]] un", G, "Nīderlande", N, "acc", "5")
D("z108-p155", "ir [[ES]] sastāvā", G, "ES", N, "gen", "indecl")
D("z109-p142", "ieradās [[Jafā]].", G, "Jafa", N, "loc", "4")
D("z109-p142", "gruntsgabalu [[Haderā]] (", G, "Hadera", N, "loc", "4")
D("z109-p142", "kongresu [[Bāzelē]],", G, "Bāzele", N, "loc", "5")
D("z109-p142", "grupām no [[Viļņas]] un", G, "Viļņa", N, "gen", "4")
D("z109-p95", "apmetās [[Krustpilī]],", G, "Krustpils", N, "loc", "6")
D("z109-p95", "atradās [[Polockas]], bet", G, "Polocka", N, "gen", "4")
D("z109-p95", "gada [[Vitebskas guberņā]] un", G, "Vitebskas guberņa", N, "loc", "4")
D("z109-p95", "no Polijas, Ukrainas un [[Baltkrievijas]] un", G, "Baltkrievija", N, "gen", "4")
D("z109-p95", "[[Latgalē]] pirmie ebreji", L, "Latgale", N, "loc", "5")
D("z109-p95", "no [[Kurzemes]] ebrejiem", L, "Kurzeme", N, "gen", "5")
D("z109-p197", "kurus [[Minhenes]] ebreji", G, "Minhene", N, "gen", "5")
D("p8115-p1", "[[Latvijā]] iemīļotie", G, "Latvija", N, "loc", "4")
D("p17276-p7", "svētī [[Latviju]]", G, "Latvija", N, "acc", "4")
D("p3739-p10", "pieder [[ASV]] reģistrētajai", G, "ASV", N, "loc", "indecl")
D("p3739-p11", "pieder [[Lielbritānijā]] reģistrētam", G, "Lielbritānija", N, "loc", "4")
D("p3754-p21", "prakse ir [[Vācijā]],", G, "Vācija", N, "loc", "4")

# --- organisations ---
D("c18-p3", "gadiem [[Latvijas Valsts arhīva]] vecākā", O, "Latvijas Valsts arhīvs", N, "gen", "1")
D("d29-p82", "vai [[«Maximas»]] atved", L, "Maxima", N, "gen", "4")
D("d29-p82", "tirgū [[«Latgalīte»]] pārdod", O, "Latgalīte", N, "nom", "5")
D("d197-p80", "divas [[«Rimi»]] kulītes", O, "Rimi", N, "gen", "indecl")
D("n161-p82", "trešdaļa [[Satversmes sapulces]] pārstāvju", O, "Satversmes sapulce", N, "gen", "5")
D("n166-p73", "pienākumu [[Rīgas pilsētas pašvaldībai]] atmaksāt", O, "Rīgas pilsētas pašvaldība", N, "dat", "4")
D("n166-p73", "KU [[\"Baltic Oil Terminal\"]] samaksāto", O, "Baltic Oil Terminal", N, "nom", "indecl")
D("n307-p149", "nolēmumu, [[Latvijas Centrālais depozitārijs]] pēc", O, "Latvijas Centrālais depozitārijs", N, "nom", "1")
D("p10032-p1", "Šonedēļ [[Kuldīgas slimnīcas]] radioloģijas", O, "Kuldīgas slimnīca", N, "gen", "4")
D("p10113-p4", "Bet [[Veselības ministrija]] bulciņas", O, "Veselības ministrija", N, "nom", "4")
D("p10616-p4", "([[«Reģionu alianse»]])", O, "Reģionu alianse", N, "nom", "5")
D("p10677-p2", "[[Valsts ugunsdzēsības un glābšanas dienesta]] Bauskas", O, "Valsts ugunsdzēsības un glābšanas dienests", N, "gen", "1")
D("p10746-p4", "aģentūru [[LETA]] iepriekš", O, "LETA", N, "acc", "indecl")
D("p12700-p1", "[[Valsts ieņēmumu dienesta]] augstākās", O, "Valsts ieņēmumu dienests", N, "gen", "1")
# the abbreviation is inflected colloquially (VIDa); canonical form is the plain abbreviation
D("p12700-p1", "kā [[Cēsu VIDa]] ierindas", O, "Cēsu VID", N, "gen", "1")
D("p12700-p1", "[[VID]] vadītājai", O, "VID", N, "gen", "indecl")
D("p12700-p1", "ministrijās, [[Saeimā]], partiju", O, "Saeima", N, "loc", "4")
D("p1272-p1", "[[Kurmāles pagasta padome]] decembra", O, "Kurmāles pagasta padome", N, "nom", "5")
D("p1299-p1", "ielikti [[Ēdoles pamatskolas]] sporta", O, "Ēdoles pamatskola", N, "gen", "4")
D("p1299-p3", "pretendentiem [[Iepirkumu uzraudzības birojā]] bija", O, "Iepirkumu uzraudzības birojs", N, "loc", "1")
D("p13013-p10", "pret [[Tallinas Universitāti]] kāpām", O, "Tallinas Universitāte", N, "acc", "5")
D("p14471-p1", "pastāstīja [[Jūrmalas Pašvaldības policijas]] priekšnieks", O, "Jūrmalas Pašvaldības policija", N, "gen", "4")
D("p17244-p3", "Jaunizveidoto [[Zemes fondu]] pārvaldīs", O, "Zemes fonds", N, "acc", "1")
D("p17244-p3", "sabiedrība [[\"Lauku attīstības fonds\"]]", O, "Lauku attīstības fonds", N, "nom", "1")
D("p17261-p4", "līgumu ar [[\"Kuldīgas komunālajiem pakalpojumiem\"]],", O, "Kuldīgas komunālie pakalpojumi", N, "dat", "1")
D("p17283-p2", "apmainīta [[Latvijas Bankas]] kasēs", O, "Latvijas Banka", N, "gen", "4")
D("p2690-p7", "[[Bērnu slimnīcas]] mediķi", O, "Bērnu slimnīca", N, "gen", "4")
D("p2755-p2", "nostāju [[TVNET]] lasītāju", O, "TVNET", N, "gen", "indecl")
D("p3332-p10", "bija [[Liepājas teātra]] aktieris", O, "Liepājas teātris", N, "gen", "2")
D("p3332-p7", "uz [[Liepājas teātri]] jau", O, "Liepājas teātris", N, "acc", "2")
D("p340-p14", "gaidot [[Ignalinas AES]] slēgšanu", O, "Ignalinas AES", N, "gen", "indecl")
D("p3732-p1", "par [[Valsts kontroles]] atklātajiem", O, "Valsts kontrole", N, "gen", "5")
D("p3732-p3", "revīzijā [[Jelgavas pilsētas pašvaldības]] aģentūrās", O, "Jelgavas pilsētas pašvaldība", N, "gen", "4")
D("p3732-p4", "ministrijas un [[Jelgavas pilsētas domes]] sadarbība", O, "Jelgavas pilsētas dome", N, "gen", "5")
D("p3732-p7", "pieprasījusi [[Jelgavas domei]] pārtraukt", O, "Jelgavas dome", N, "dat", "5")
D("p3734-p2", "Par [[Satversmes tiesas]] (ST)", O, "Satversmes tiesa", N, "gen", "4")
D("p3734-p9", "pilnvaras [[Satversmes tiesā]] -", O, "Satversmes tiesa", N, "loc", "4")
D("p3739-p13", "ka [[\"Latvijas naftai\"]], janvārī", O, "Latvijas nafta", N, "dat", "4")
D("p3739-p13", "pārņemot [[\"Ziemeļu naftas\"]] 14", O, "Ziemeļu nafta", N, "gen", "4")
D("p3739-p2", "norāda [[Degvielas tirgotāju un ražotāju savienības]] prezidents", O, "Degvielas tirgotāju un ražotāju savienība", N, "gen", "4")
D("p3739-p6", "liecina [[KP]] informācija", O, "KP", N, "gen", "indecl")
D("p3739-p7", "[[Latvijas Degvielas tirgotāju asociācijas]] padomes", O, "Latvijas Degvielas tirgotāju asociācija", N, "gen", "4")
D("p3739-p8", "liecina [[Valsts ieņēmumu dienesta Akcīzes pārvaldes]] apkopotie", O, "Valsts ieņēmumu dienesta Akcīzes pārvalde", N, "gen", "5")
D("p3744-p2", "[[\"Nordea banka\"]] vēlas", O, "Nordea banka", N, "nom", "4")
D("p3744-p2", "vēsta [[\"Dienas Bizness\"]].", O, "Dienas Bizness", N, "nom", "1")
D("p3752-p2", "kā norāda [[Latvijas Telekomunikāciju asociācijas]] izpilddirektors", O, "Latvijas Telekomunikāciju asociācija", N, "gen", "4")
D("p3754-p11", "[[Konkurences padomē]]", O, "Konkurences padome", N, "loc", "5")
D("p3754-p13", "piemēram, [[„Daibē\"]] ir", O, "Daibe", N, "loc", "5")
D("p3754-p15", "pārdota AS [[„Latvenergo\"]].", O, "Latvenergo", N, "nom", "indecl")
D("p3754-p19", "ražotājs [[„Eesti energia\"]],", O, "Eesti energia", N, "nom", "indecl")
D("p3754-p33", "Ja [[Kohēzijas fonda]] līdzekļus", O, "Kohēzijas fonds", N, "gen", "1")
D("p3754-p35", "vērtējat [[Vides aizsardzības un reģionālās attīstības ministrijas]] ieceri", O, "Vides aizsardzības un reģionālās attīstības ministrija", N, "gen", "4")
D("p3754-p4", "noslēdzās [[Eiropas Savienības Kohēzijas fonda]] (ES KF)", O, "Eiropas Savienības Kohēzijas fonds", N, "gen", "1")
D("p3757-p1", "[[Neatkarīgā Rīta Avīze Latvijai]]:", O, "Neatkarīgā Rīta Avīze Latvijai", N, "nom", "5")
D("p3757-p2", "ar [[Iekšlietu ministriju]] nolaidībā", O, "Iekšlietu ministrija", N, "acc", "4")
D("p3757-p3", "Situācija [[Liepājas metalurgā]] pašlaik", O, "Liepājas metalurgs", N, "loc", "1")
D("p3757-p3", "situāciju [[Parex bankā]] pēc", O, "Parex banka", N, "loc", "4")
D("p3757-p4", "informēt [[Finanšu ministriju]] par", O, "Finanšu ministrija", N, "acc", "4")
D("p3757-p4", "par [[Liepājas metalurga]] darījumiem", O, "Liepājas metalurgs", N, "gen", "1")
D("p3767-p4", "plkst.14.00 [[Jāņa Rozes grāmatnīcā]] Kr.", O, "Jāņa Rozes grāmatnīca", N, "loc", "4")
D("p5931-p3", "tabloīdam [[«The Sun»]] atklājis", O, "The Sun", N, "nom", "indecl")
D("p6247-p1", "grupas [[«Black Sabbath»]] sākuma", O, "Black Sabbath", N, "nom", "indecl")
D("p6247-p2", "[[Šefīldas Izsoļu nams]] bija", O, "Šefīldas Izsoļu nams", N, "nom", "1")
D("p980-p6", "procesi - [[Korupcijas novēršanas un apkarošanas biroja]] (KNAB)", O, "Korupcijas novēršanas un apkarošanas birojs", N, "gen", "1")
D("p980-p6", "biroja ([[KNAB]])", O, "KNAB", N, "gen", "indecl")
D("p980-p8", "sabiedrības [[\"Latvijas valsts meži\"]] Strenču", O, "Latvijas valsts meži", N, "nom", "1")
D("p980-p9", "[[Strenču domes]] priekšsēdētāja", O, "Strenču dome", N, "gen", "5")
D("p10263-p4", "12:35, [[VUGD]] saņēma", O, "VUGD", N, "nom", "indecl")
D("s9-p20", "esošo [[Saeimas]] deputātu", O, "Saeima", N, "gen", "4")
D("s9-p64", "jo [[Saeimas Juridiskā komisija]] jau", O, "Saeimas Juridiskā komisija", N, "nom", "4")
D("s9-p64", "neinformē [[Saeimu]],", O, "Saeima", N, "acc", "4")
D("s98-p9", "no [[Valsts probācijas dienesta]] dzimumnoziegumos", O, "Valsts probācijas dienests", N, "gen", "1")
D("z109-p142", "par [[Eiropas Kolonizācijas fonda]] direktoru", O, "Eiropas Kolonizācijas fonds", N, "gen", "1")
D("z109-p144", "arī [[Tautu savienības minoritāšu komisijā]].", O, "Tautu savienības minoritāšu komisija", N, "loc", "4")
D("z109-p144", "ar [[Latvijas cionistu sociālistu organizāciju]] Cionistu", O, "Latvijas cionistu sociālistu organizācija", N, "acc", "4")
D("z109-p144", "organizāciju [[Cionistu sociālistu partijā]].", O, "Cionistu sociālistu partija", N, "loc", "4")
D("z109-p192", "konferencē [[Nāciju Līgā]],", O, "Nāciju Līga", N, "loc", "4")
D("z109-p197", "roku [[Agudai]],", O, "Aguda", N, "dat", "4")

# ---------------------------------------------------------------------------------------------
# Constructed news sentences
# ---------------------------------------------------------------------------------------------

S("Valsts prezidents Edgars Rinkēvičs otrdien Tallinā tikās ar Igaunijas prezidentu Alaru Karisu.", [
    ("Edgars Rinkēvičs", P, "Edgars Rinkēvičs", m, "nom", "1"),
    ("Tallinā", G, "Tallina", N, "loc", "4"),
    ("Igaunijas", G, "Igaunija", N, "gen", "4"),
    ("Alaru Karisu", P, "Alars Kariss", m, "acc", "1"),
])
S("Rinkēviča vizīte Vācijā ilgs divas dienas, informēja Valsts prezidenta kanceleja.", [
    ("Rinkēviča", P, "Rinkēvičs", m, "gen", "1"),
])
S("Vēstuli Valsts prezidentam Edgaram Rinkēvičam parakstījuši vairāk nekā 200 zinātnieku.", [
    ("Edgaram Rinkēvičam", P, "Edgars Rinkēvičs", m, "dat", "1"),
])
S("Opozīcija pieprasa premjerministrei Evikai Siliņai sniegt skaidrojumu par slimnīcu finansējumu.", [
    ("Evikai Siliņai", P, "Evika Siliņa", f, "dat", "4"),
])
S("Siliņas valdība apstiprināja nākamā gada budžeta projektu un nodeva to Saeimai.", [
    ("Siliņas", P, "Siliņa", f, "gen", "4"),
    ("Saeimai", O, "Saeima", N, "dat", "4"),
])
S("Valsts prezidents 2023. gada augustā aicināja labklājības ministri Siliņu veidot valdību.", [
    ("Siliņu", P, "Siliņa", f, "acc", "4"),
])
S("Aptaujā daļa vēlētāju atzina, ka ir vīlušies premjerministrē Siliņā.", [
    ("Siliņā", P, "Siliņa", f, "loc", "4"),
])
S("Krišjāņa Kariņa vadītā valdība demisionēja 2023. gada augustā.", [
    ("Krišjāņa Kariņa", P, "Krišjānis Kariņš", m, "gen", "1"),
])
S("Saeimas deputāti uzdeva ārlietu ministram Kariņam vairākus jautājumus par čarterreisiem.", [
    ("Kariņam", P, "Kariņš", m, "dat", "1"),
])
S("Opozīcijas deputāti aicināja bijušo premjeru Kariņu atkāpties no ārlietu ministra amata.", [
    ("Kariņu", P, "Kariņš", m, "acc", "1"),
])
S("Partijas biedri neslēpa, ka ir vīlušies bijušajā premjerā Kariņā.", [
    ("Kariņā", P, "Kariņš", m, "loc", "1"),
])
S("Baltijas valstu līderi ASV prezidentam Donaldam Trampam adresētā vēstulē aicina saglabāt sankcijas pret Krieviju.", [
    ("ASV", G, "ASV", N, "gen", "indecl"),
    ("Donaldam Trampam", P, "Donalds Tramps", m, "dat", "1"),
    ("Krieviju", G, "Krievija", N, "acc", "4"),
])
S("Trampa administrācija paziņoja par jauniem tarifiem importētajam tēraudam.", [
    ("Trampa", P, "Tramps", m, "gen", "1"),
])
S("Francijas prezidentam Makronam Rīgā pasniegts Triju Zvaigžņu ordenis.", [
    ("Francijas", G, "Francija", N, "gen", "4"),
    ("Makronam", P, "Makrons", m, "dat", "1"),
    ("Rīgā", G, "Rīga", N, "loc", "4"),
])
S("Emanuela Makrona priekšlikums par Eiropas armiju izpelnījies pretrunīgu vērtējumu.", [
    ("Emanuela Makrona", P, "Emanuels Makrons", m, "gen", "1"),
])
S("Starptautiskā Krimināltiesa apsūdz Vladimiru Putinu bērnu nelikumīgā deportācijā.", [
    ("Starptautiskā Krimināltiesa", O, "Starptautiskā Krimināltiesa", N, "nom", "4"),
    ("Vladimiru Putinu", P, "Vladimirs Putins", m, "acc", "1"),
])
S("Volodimira Zelenska uzruna Saeimā ilga aptuveni 20 minūtes.", [
    ("Volodimira Zelenska", P, "Volodimirs Zelenskis", m, "gen", "2"),
    ("Saeimā", O, "Saeima", N, "loc", "4"),
])
S("Olenai Zelenskai vizītes laikā Rīgā tika izrādīts jaunais bērnu rehabilitācijas centrs.", [
    ("Olenai Zelenskai", P, "Olena Zelenska", f, "dat", "4"),
])
S("Telefonsarunā Rinkēvičs apliecināja Zelenskim Latvijas nemainīgo atbalstu.", [
    ("Zelenskim", P, "Zelenskis", m, "dat", "2"),
    ("Latvijas", G, "Latvija", N, "gen", "4"),
])
S("Bijušajai Vācijas kanclerei Angelai Merkelei Berlīnē pasniegta žurnālistu balva.", [
    ("Angelai Merkelei", P, "Angela Merkele", f, "dat", "5"),
    ("Berlīnē", G, "Berlīne", N, "loc", "5"),
])
S("Merkeles atmiņu grāmata latviešu valodā iznāks nākamā gada pavasarī.", [
    ("Merkeles", P, "Merkele", f, "gen", "5"),
])
S("Eiropas Parlaments otrreiz ievēlēja Ursulu fon der Leienu par Eiropas Komisijas prezidenti.", [
    ("Eiropas Parlaments", O, "Eiropas Parlaments", N, "nom", "1"),
    ("Ursulu fon der Leienu", P, "Ursula fon der Leiena", f, "acc", "4"),
    ("Eiropas Komisijas", O, "Eiropas Komisija", N, "gen", "4"),
])
S("Kamalas Herisas priekšvēlēšanu kampaņa savākusi rekordlielus ziedojumus.", [
    ("Kamalas Herisas", P, "Kamala Herisa", f, "gen", "4"),
])
S("Žurnālisti Briselē jautāja Kajai Kallasai par jauno sankciju paketi.", [
    ("Briselē", G, "Brisele", N, "loc", "5"),
    ("Kajai Kallasai", P, "Kaja Kallasa", f, "dat", "4"),
])
S("Bijušās Somijas premjerministres Sannas Marinas grāmata tulkota vairākās valodās.", [
    ("Somijas", G, "Somija", N, "gen", "4"),
    ("Sannas Marinas", P, "Sanna Marina", f, "gen", "4"),
])
S("Rinkēvičs pateicās Itālijas premjerministrei Džordžai Meloni par atbalstu Ukrainai.", [
    ("Itālijas", G, "Itālija", N, "gen", "4"),
    ("Džordžai Meloni", P, "Džordža Meloni", f, "dat", "indecl"),
    ("Ukrainai", G, "Ukraina", N, "dat", "4"),
])
S("Baltijas valstu prezidenti pateicās Džo Baidenam par ASV atbalstu NATO austrumu flangam.", [
    ("Džo Baidenam", P, "Džo Baidens", m, "dat", "1"),
    ("NATO", O, "NATO", N, "gen", "indecl"),
])
S("Aleksandra Lukašenko režīms turpina vajāt neatkarīgos žurnālistus.", [
    ("Aleksandra Lukašenko", P, "Aleksandrs Lukašenko", m, "gen", "indecl"),
])
S("Turcijas prezidentam Redžepam Tajipam Erdoganam NATO samitā uzdeva jautājumus par Zviedrijas dalību aliansē.", [
    ("Turcijas", G, "Turcija", N, "gen", "4"),
    ("Redžepam Tajipam Erdoganam", P, "Redžeps Tajips Erdogans", m, "dat", "1"),
    ("Zviedrijas", G, "Zviedrija", N, "gen", "4"),
])
S("Lietuvas prezidenta Gitana Nausēdas vizīte Rīgā paredzēta nākamnedēļ.", [
    ("Lietuvas", G, "Lietuva", N, "gen", "4"),
    ("Gitana Nausēdas", P, "Gitans Nausēda", m, "gen", "4"),
])
S("Vācijas kancleram Olafam Šolcam opozīcija pārmeta vilcināšanos ar ieroču piegādēm.", [
    ("Olafam Šolcam", P, "Olafs Šolcs", m, "dat", "1"),
])
S("Kofi Annana vārdā nosaukts miera uzturēšanas mācību centrs Akrā.", [
    ("Kofi Annana", P, "Kofi Annans", m, "gen", "1"),
    ("Akrā", G, "Akra", N, "loc", "4"),
])
S("Slovēņu basketbolistam Lukam Dončičam šosezon izdevies gūt vidēji 28 punktus spēlē.", [
    ("Lukam Dončičam", P, "Luka Dončičs", m, "dat", "1"),
])
S("Kristapa Porziņģa savainojuma dēļ Latvijas izlasei nāksies mainīt plānus.", [
    ("Kristapa Porziņģa", P, "Kristaps Porziņģis", m, "gen", "2"),
])
S("Porziņģim pēc spēles veikta magnētiskās rezonanses izmeklēšana.", [
    ("Porziņģim", P, "Porziņģis", m, "dat", "2"),
])
S("„Kristap, mēs ar tevi lepojamies!” bija rakstīts uz līdzjutēju plakāta.", [
    ("Kristap", P, "Kristaps", m, "voc", "1"),
])
S("„Jāni, kad tu atgriezīsies izlasē?” pēc spēles jautāja kāds līdzjutējs.", [
    ("Jāni", P, "Jānis", m, "voc", "2"),
])
S("Raimonda Vējoņa prezidentūras laikā Saeima pieņēma likumu par nepilsoņu bērnu pilsonību.", [
    ("Raimonda Vējoņa", P, "Raimonds Vējonis", m, "gen", "2"),
    ("Saeima", O, "Saeima", N, "nom", "4"),
])
S("Deputāti uzdeva aizsardzības ministram Andrim Sprūdam jautājumus par Ādažu bāzes paplašināšanu.", [
    ("Andrim Sprūdam", P, "Andris Sprūds", m, "dat", "1"),
    ("Ādažu", G, "Ādaži", N, "gen", "2"),
])
S("Rīgas domes opozīcija izteica neuzticību mēram Mārtiņam Staķim.", [
    ("Rīgas domes", O, "Rīgas dome", N, "gen", "5"),
    ("Mārtiņam Staķim", P, "Mārtiņš Staķis", m, "dat", "2"),
])
S("Viļņa Ķirša vadītā domes koalīcija vienojās par sabiedriskā transporta biļešu cenām.", [
    ("Viļņa Ķirša", P, "Vilnis Ķirsis", m, "gen", "2"),
])
S("Eiroparlamentārieša Nila Ušakova birojs komentārus nesniedza.", [
    ("Nila Ušakova", P, "Nils Ušakovs", m, "gen", "1"),
])
S("Ušakova partija nākamajās vēlēšanās startēs ar jaunu sarakstu.", [
    ("Ušakova", P, "Ušakovs", m, "gen", "1"),
])
S("Tiesnese Ušakova lietas izskatīšanu atlika uz oktobri, jo apsūdzētā bija saslimusi.", [
    ("Ušakova", P, "Ušakova", f, "nom", "4"),
])
S("Skolas direktore Kalniņa uzsvērusi, ka mācības sāksies kā parasti.", [
    ("Kalniņa", P, "Kalniņa", f, "nom", "4"),
])
S("Ministrija uzdeva direktorei Kalniņai iesniegt skaidrojumu līdz piektdienai.", [
    ("Kalniņai", P, "Kalniņa", f, "dat", "4"),
])
S("Trenera Kalniņa vadītā komanda finālā zaudēja ar 2:3.", [
    ("Kalniņa", P, "Kalniņš", m, "gen", "1"),
])
S("Komisijas sēdē deputātei Ilzei Viņķelei netika dots vārds.", [
    ("Ilzei Viņķelei", P, "Ilze Viņķele", f, "dat", "5"),
])
S("Ināras Mūrnieces vadītā Saeimas delegācija apmeklēja Ukrainu.", [
    ("Ināras Mūrnieces", P, "Ināra Mūrniece", f, "gen", "5"),
    ("Ukrainu", G, "Ukraina", N, "acc", "4"),
])
S("Nacionālā apvienība izvirzīja Mūrnieci Valsts prezidenta amatam.", [
    ("Nacionālā apvienība", O, "Nacionālā apvienība", N, "nom", "4"),
    ("Mūrnieci", P, "Mūrniece", f, "acc", "5"),
])
S("Eiroparlamentārietei Dacei Melbārdei uzticēti ziņotājas pienākumi kultūras jautājumos.", [
    ("Dacei Melbārdei", P, "Dace Melbārde", f, "dat", "5"),
])
S("Ārlietu ministres Baibas Bražes tikšanās ar Polijas kolēģi notiks Varšavā.", [
    ("Baibas Bražes", P, "Baiba Braže", f, "gen", "5"),
    ("Polijas", G, "Polija", N, "gen", "4"),
    ("Varšavā", G, "Varšava", N, "loc", "4"),
])
S("Frakcija izvirzīja Inesi Lībiņu-Egneri Saeimas priekšsēdētājas biedres amatam.", [
    ("Inesi Lībiņu-Egneri", P, "Inese Lībiņa-Egnere", f, "acc", "5"),
])
S("Vairas Vīķes-Freibergas prezidentūras laikā Latvija iestājās NATO un Eiropas Savienībā.", [
    ("Vairas Vīķes-Freibergas", P, "Vaira Vīķe-Freiberga", f, "gen", "4"),
    ("Latvija", G, "Latvija", N, "nom", "4"),
    ("Eiropas Savienībā", G, "Eiropas Savienība", N, "loc", "4"),
])
S("Bijušajai prezidentei Vīķei-Freibergai pasniegta starptautiska balva par ieguldījumu demokrātijas stiprināšanā.", [
    ("Vīķei-Freibergai", P, "Vīķe-Freiberga", f, "dat", "4"),
])
S("Valsts prezidents 2014. gada janvārī aicināja Laimdotu Straujumu veidot valdību.", [
    ("Laimdotu Straujumu", P, "Laimdota Straujuma", f, "acc", "4"),
])
S("Diskusijas noslēgumā vārds tika dots eiroparlamentārietei Sandrai Kalnietei.", [
    ("Sandrai Kalnietei", P, "Sandra Kalniete", f, "dat", "5"),
])
S("Domes sēdē vicemērei Lindai Ozolai uzdeva jautājumus par skolu remontiem.", [
    ("Lindai Ozolai", P, "Linda Ozola", f, "dat", "4"),
])
S("Bijušās labklājības ministres Ramonas Petravičas rosinātie grozījumi stājās spēkā janvārī.", [
    ("Ramonas Petravičas", P, "Ramona Petraviča", f, "gen", "4"),
])
S("Izglītības ministres Andas Čakšas priekšlikums paredz pārskatīt skolotāju darba slodzi.", [
    ("Andas Čakšas", P, "Anda Čakša", f, "gen", "4"),
])
S("Valdība apstiprināja Līgu Kļaviņu Valsts kancelejas direktores amatā.", [
    ("Līgu Kļaviņu", P, "Līga Kļaviņa", f, "acc", "4"),
    ("Valsts kancelejas", O, "Valsts kanceleja", N, "gen", "4"),
])
S("Policija Hāgā īslaicīgi aizturēja klimata aktīvisti Gretu Tūnbergu.", [
    ("Hāgā", G, "Hāga", N, "loc", "4"),
    ("Gretu Tūnbergu", P, "Greta Tūnberga", f, "acc", "4"),
])
S("Hilarijas Klintones grāmata par 2016. gada vēlēšanām iznākusi latviski.", [
    ("Hilarijas Klintones", P, "Hilarija Klintone", f, "gen", "5"),
])
S("Marinas Le Penas partija vēlēšanu pirmajā kārtā ieguva visvairāk balsu.", [
    ("Marinas Le Penas", P, "Marina Le Pena", f, "gen", "4"),
])
S("Eiropas Centrālās bankas prezidentei Kristīnei Lagardai jautāja par procentu likmju nākotni.", [
    ("Eiropas Centrālās bankas", O, "Eiropas Centrālā banka", N, "gen", "4"),
    ("Kristīnei Lagardai", P, "Kristīne Lagarda", f, "dat", "4"),
])
S("Premjerministre nosūtīja Lietuvas kolēģei Ingrīdai Šimonītei apsveikuma vēstuli.", [
    ("Ingrīdai Šimonītei", P, "Ingrīda Šimonīte", f, "dat", "5"),
])
S("Ekonomikas ministres Ilzes Indriksones vizīte Japānā ilgs piecas dienas.", [
    ("Ilzes Indriksones", P, "Ilze Indriksone", f, "gen", "5"),
    ("Japānā", G, "Japāna", N, "loc", "4"),
])
S("Parlamentārajai sekretārei Zandai Kalniņai-Lukaševicai uzticēta delegācijas vadība.", [
    ("Zandai Kalniņai-Lukaševicai", P, "Zanda Kalniņa-Lukaševica", f, "dat", "4"),
])
S("Aļonai Ostapenko otrajā kārtā pretī stāsies turnīra pirmā rakete.", [
    ("Aļonai Ostapenko", P, "Aļona Ostapenko", f, "dat", "indecl"),
])
S("Anastasijas Sevastovas treneris apstiprināja, ka tenisiste atgriezīsies kortā.", [
    ("Anastasijas Sevastovas", P, "Anastasija Sevastova", f, "gen", "4"),
])
S("Operdziedātājai Elīnai Garančai piešķirta Lielā mūzikas balva.", [
    ("Elīnai Garančai", P, "Elīna Garanča", f, "dat", "4"),
])
S("Kristīnes Opolais koncerts Latvijas Nacionālajā operā un baletā izpārdots dažās stundās.", [
    ("Kristīnes Opolais", P, "Kristīne Opolais", f, "gen", "indecl"),
    ("Latvijas Nacionālajā operā un baletā", O, "Latvijas Nacionālā opera un balets", N, "loc", "4"),
])
S("Noras Ikstenas romāns „Mātes piens” tulkots vairāk nekā 20 valodās.", [
    ("Noras Ikstenas", P, "Nora Ikstena", f, "gen", "4"),
])
S("Režisorei Mārai Kimelei piešķirts Triju Zvaigžņu ordenis.", [
    ("Mārai Kimelei", P, "Māra Kimele", f, "dat", "5"),
])
S("„Aļona, tu esi čempione!” sauca līdzjutēji Parīzē.", [
    ("Aļona", P, "Aļona", f, "voc", "4"),
    ("Parīzē", G, "Parīze", N, "loc", "5"),
])
S("Ārsti sešgadīgajam Mikum diagnosticēja retu ģenētisku slimību.", [
    ("Mikum", P, "Mikus", m, "dat", "3"),
])
S("Treneris uzticēja kapteiņa apsēju aizsargam Ingum.", [
    ("Ingum", P, "Ingus", m, "dat", "3"),
])
S("Lietuvas eksprezidentam Valdam Adamkum Viļņā pasniegts augstākais valsts apbalvojums.", [
    ("Valdam Adamkum", P, "Valds Adamkus", m, "dat", "3"),
    ("Viļņā", G, "Viļņa", N, "loc", "4"),
])
S("Ingus Bērziņa gleznu izstāde atklāta Cēsīs.", [
    ("Ingus Bērziņa", P, "Ingus Bērziņš", m, "gen", "1"),
    ("Cēsīs", G, "Cēsis", N, "loc", "6"),
])
S("Žūrija dziedātājam Markum Rivam piešķīra skatītāju simpātiju balvu.", [
    ("Markum Rivam", P, "Markus Riva", m, "dat", "4"),
])
S("Saeimas priekšsēdētājam Gundaram Daudzem deputāti pasniedza ziedus.", [
    ("Gundaram Daudzem", P, "Gundars Daudze", m, "dat", "5"),
])
S("Komisija uzdeva deputātam Jānim Dombravam sagatavot likumprojekta grozījumus.", [
    ("Jānim Dombravam", P, "Jānis Dombrava", m, "dat", "4"),
])
S("Reģionālās attīstības ministram Jurim Pūcem deputāti uzdeva jautājumus par administratīvi teritoriālo reformu.", [
    ("Jurim Pūcem", P, "Juris Pūce", m, "dat", "5"),
])
S("NATO ģenerālsekretāra Marka Rites vizīte Rīgā ilgs vienu dienu.", [
    ("Marka Rites", P, "Marks Rite", m, "gen", "5"),
])
S("Komponistam Pēterim Vaskam pasniegts goda doktora nosaukums.", [
    ("Pēterim Vaskam", P, "Pēteris Vasks", m, "dat", "1"),
])
S("Raimonda Paula dziesmas skanēs koncertā Dzintaru koncertzālē.", [
    ("Raimonda Paula", P, "Raimonds Pauls", m, "gen", "1"),
    ("Dzintaru koncertzālē", L, "Dzintaru koncertzāle", N, "loc", "5"),
])
S("Ģirta Valda Kristovska ziņojums Eiropas Parlamentā pieņemts ar lielu balsu vairākumu.", [
    ("Ģirta Valda Kristovska", P, "Ģirts Valdis Kristovskis", m, "gen", "2"),
    ("Eiropas Parlamentā", O, "Eiropas Parlaments", N, "loc", "1"),
])
S("Viļa Lāča romāns „Zvejnieka dēls” atkal iznācis jaunā izdevumā.", [
    ("Viļa Lāča", P, "Vilis Lācis", m, "gen", "2"),
])
S("Tiesa pasludināja spriedumu Aivara Lemberga krimināllietā.", [
    ("Aivara Lemberga", P, "Aivars Lembergs", m, "gen", "1"),
])
S("Vēsturnieka Brūvera pētījums par 1991. gada barikādēm izraisīja plašu diskusiju.", [
    ("Brūvera", P, "Brūveris", m, "gen", "2"),
])
S("Komisijas priekšsēdētājam Kulbergam nosūtīta vēstule ar lūgumu sasaukt ārkārtas sēdi.", [
    ("Kulbergam", P, "Kulbergs", m, "dat", "1"),
])
S("Māra Kučinska valdība strādāja no 2016. līdz 2019. gadam.", [
    ("Māra Kučinska", P, "Māris Kučinskis", m, "gen", "2"),
])
S("„Valdi, vai jūs kandidēsiet vēlreiz?” žurnālists jautāja bijušajam premjeram.", [
    ("Valdi", P, "Valdis", m, "voc", "2"),
])
S("Šlesera partija iesniedza Centrālajai vēlēšanu komisijai deputātu kandidātu sarakstu.", [
    ("Centrālajai vēlēšanu komisijai", O, "Centrālā vēlēšanu komisija", N, "dat", "4"),
])
S("Ārlietu ministrs Vašingtonā tikās ar valsts sekretāru Antoniju Blinkenu.", [
    ("Vašingtonā", G, "Vašingtona", N, "loc", "4"),
    ("Antoniju Blinkenu", P, "Antonijs Blinkens", m, "acc", "1"),
])

S("Policija lūdz atsaukties ikvienu, kurš redzējis bezvēsts pazudušo Lieni Ozoliņu.", [
    ("Lieni Ozoliņu", P, "Liene Ozoliņa", f, "acc", "4"),
])
S("Rīgas domes deputātei Jolantai Baumanei uzdots vadīt darba grupu.", [
    ("Jolantai Baumanei", P, "Jolanta Baumane", f, "dat", "5"),
])
S("Pētījuma autores Maijas Grīnbergas dati liecina, ka algas reģionos aug lēnāk.", [
    ("Maijas Grīnbergas", P, "Maija Grīnberga", f, "gen", "4"),
])
S("Latvijas Olimpiskā komiteja uz spēlēm delegēja arī šķēpmetēju Madaru Palameiku.", [
    ("Latvijas Olimpiskā komiteja", O, "Latvijas Olimpiskā komiteja", N, "nom", "4"),
    ("Madaru Palameiku", P, "Madara Palameika", f, "acc", "4"),
])
S("Valdība apstiprināja Kristīni Lāci par vēstnieci Somijā.", [
    ("Kristīni Lāci", P, "Kristīne Lāce", f, "acc", "5"),
    ("Somijā", G, "Somija", N, "loc", "4"),
])
S("Vizmas Belševicas dzejoļu krājums izdots atkārtoti.", [
    ("Vizmas Belševicas", P, "Vizma Belševica", f, "gen", "4"),
])
S("Lietuvas aizsardzības ministrei Rasai Juknevičienei Rīgā tika izrādīta jaunā kiberdrošības laboratorija.", [
    ("Rasai Juknevičienei", P, "Rasa Juknevičiene", f, "dat", "5"),
])
S("Saeimas deputāti tikās ar Baltkrievijas opozīcijas līderi Svjatlanu Cihanousku.", [
    ("Svjatlanu Cihanousku", P, "Svjatlana Cihanouska", f, "acc", "4"),
])
S("Jūlijas Navaļnajas runa Eiropas Parlamentā izpelnījās ilgas ovācijas.", [
    ("Jūlijas Navaļnajas", P, "Jūlija Navaļnaja", f, "gen", "4"),
])
S("Dānijas premjerministrei Metei Frederiksenai jautāja par Grenlandes nākotni.", [
    ("Metei Frederiksenai", P, "Mete Frederiksena", f, "dat", "4"),
    ("Grenlandes", G, "Grenlande", N, "gen", "5"),
])
S("Karalienes Elizabetes II bēres notika Londonā.", [
    ("Elizabetes II", P, "Elizabete II", f, "gen", "5"),
    ("Londonā", G, "Londona", N, "loc", "4"),
])
S("Lielbritānijas premjerministrei Terezai Mejai neizdevās panākt parlamenta atbalstu Breksita līgumam.", [
    ("Terezai Mejai", P, "Tereza Meja", f, "dat", "4"),
])
S("Žurnālistes Annas Politkovskajas slepkavība joprojām nav pilnībā atklāta.", [
    ("Annas Politkovskajas", P, "Anna Politkovskaja", f, "gen", "4"),
])
S("Saeimas priekšsēdētāja Daiga Mieriņa paziņoja, ka sēde turpināsies rīt.", [
    ("Daiga Mieriņa", P, "Daiga Mieriņa", f, "nom", "4"),
])
S("Mazajai Elzai nepieciešama dārga operācija Vācijā.", [
    ("Elzai", P, "Elza", f, "dat", "4"),
])
S("Kinoteātrī „Splendid Palace“ izrādīs restaurēto mēmo filmu par Žannu d'Arku.", [
    ("Žannu d'Arku", P, "Žanna d'Arka", f, "acc", "4"),
])
S("Agneses stāsts aizkustināja tūkstošiem skatītāju.", [
    ("Agneses", P, "Agnese", f, "gen", "5"),
])
S("Žurnālisti aicināja uz interviju deputāti Nelliju Ločmeli.", [
    ("Nelliju Ločmeli", P, "Nellija Ločmele", f, "acc", "5"),
])

# places
S("Cēsu iedzīvotāji var pieteikties bezmaksas veselības pārbaudēm.", [
    ("Cēsu", G, "Cēsis", N, "gen", "6"),
])
S("Ventspilī otrdien atklāja jaunu peldbaseinu.", [
    ("Ventspilī", G, "Ventspils", N, "loc", "6"),
])
S("Lielajā Britānijā dzīvo ievērojama Latvijas diaspora.", [
    ("Lielajā Britānijā", G, "Lielā Britānija", N, "loc", "4"),
])
S("Latvija pateicas Amerikas Savienotajām Valstīm par militāro atbalstu.", [
    ("Amerikas Savienotajām Valstīm", G, "Amerikas Savienotās Valstis", N, "dat", "6"),
])
S("Latvijas uzņēmēji piedalījās izstādē Apvienotajos Arābu Emirātos.", [
    ("Apvienotajos Arābu Emirātos", G, "Apvienotie Arābu Emirāti", N, "loc", "1"),
])
S("Eiropas Savienība noteica Krievijas Federācijai jaunas sankcijas.", [
    ("Eiropas Savienība", G, "Eiropas Savienība", N, "nom", "4"),
    ("Krievijas Federācijai", G, "Krievijas Federācija", N, "dat", "4"),
])
S("Ārlietu ministre Kijivā tikās ar Ukrainas kolēģi.", [
    ("Kijivā", G, "Kijiva", N, "loc", "4"),
    ("Ukrainas", G, "Ukraina", N, "gen", "4"),
])
S("Limbažos atklāta jauna bērnudārza ēka.", [
    ("Limbažos", G, "Limbaži", N, "loc", "2"),
])
S("Jēkabpilī un Ogrē svētdien tika reģistrēts siltuma rekords.", [
    ("Jēkabpilī", G, "Jēkabpils", N, "loc", "6"),
    ("Ogrē", G, "Ogre", N, "loc", "5"),
])
S("Daugavā pie Jēkabpils ūdens līmenis pārsniedzis kritisko atzīmi.", [
    ("Daugavā", L, "Daugava", N, "loc", "4"),
    ("Jēkabpils", G, "Jēkabpils", N, "gen", "6"),
])
S("Baltijas jūrā sākušās NATO jūras spēku mācības.", [
    ("Baltijas jūrā", L, "Baltijas jūra", N, "loc", "4"),
])
S("Rīgas līcī atrasts nogrimuša kuģa vraks.", [
    ("Rīgas līcī", L, "Rīgas līcis", N, "loc", "2"),
])
S("Ukraina atjaunojusi graudu eksportu pa Melnās jūras koridoru.", [
    ("Ukraina", G, "Ukraina", N, "nom", "4"),
    ("Melnās jūras", L, "Melnā jūra", N, "gen", "4"),
])
S("Saspīlējums Tuvajos Austrumos ietekmē naftas cenas pasaulē.", [
    ("Tuvajos Austrumos", L, "Tuvie Austrumi", N, "loc", "1"),
])
S("Humānās palīdzības kravas Gazas joslā nonāk ar lielu kavēšanos.", [
    ("Gazas joslā", L, "Gazas josla", N, "loc", "4"),
])
S("Donbasā turpinās smagas kaujas.", [
    ("Donbasā", L, "Donbass", N, "loc", "1"),
])
S("Harkivas apgabalā raķešu triecienā cietuši vairāki civiliedzīvotāji.", [
    ("Harkivas apgabalā", G, "Harkivas apgabals", N, "loc", "1"),
])
S("Mārupes novada pašvaldība plāno būvēt jaunu skolu.", [
    ("Mārupes novada", G, "Mārupes novads", N, "gen", "1"),
])
S("Tūristu skaits Vecrīgā šovasar pieaudzis par piektdaļu.", [
    ("Vecrīgā", L, "Vecrīga", N, "loc", "4"),
])
S("Latvijas armijas karavīri piedalījās mācībās Lietuvā.", [
    ("Latvijas armijas", O, "Latvijas armija", N, "gen", "4"),
    ("Lietuvā", G, "Lietuva", N, "loc", "4"),
])

# organisations
S("Latvijas Bankā uzskata, ka inflācija turpinās samazināties.", [
    ("Latvijas Bankā", O, "Latvijas Banka", N, "loc", "4"),
])
S("Rīgas domē otrdien notika ārkārtas sēde.", [
    ("Rīgas domē", O, "Rīgas dome", N, "loc", "5"),
])
S("Jautājumu par sankcijām šodien skatīs Saeimas Ārlietu komisijā.", [
    ("Saeimas Ārlietu komisijā", O, "Saeimas Ārlietu komisija", N, "loc", "4"),
])
S("Eiropas Savienībai jāpalielina aizsardzības izdevumi, uzskata ministrs.", [
    ("Eiropas Savienībai", G, "Eiropas Savienība", N, "dat", "4"),
])
S("Iedzīvotāji gada ienākumu deklarācijas Valsts ieņēmumu dienestam var iesniegt līdz 1. jūnijam.", [
    ("Valsts ieņēmumu dienestam", O, "Valsts ieņēmumu dienests", N, "dat", "1"),
])
S("„Latvijas Gāzes“ peļņa pirmajā pusgadā samazinājās par 12 %.", [
    ("„Latvijas Gāzes“", O, "Latvijas Gāze", N, "gen", "5"),
])
S("Ministrs intervijā laikrakstam „Financial Times“ brīdināja par Krievijas draudiem.", [
    ("„Financial Times“", O, "Financial Times", N, "nom", "indecl"),
    ("Krievijas", G, "Krievija", N, "gen", "4"),
])
S("Gada ienākumu deklarācija VID jāiesniedz līdz jūnija sākumam.", [
    ("VID", O, "VID", N, "dat", "indecl"),
])
S("Nacionālajiem bruņotajiem spēkiem nākamgad piešķirti papildu 100 miljoni eiro.", [
    ("Nacionālajiem bruņotajiem spēkiem", O, "Nacionālie bruņotie spēki", N, "dat", "1"),
])
S("Nacionālajā apvienībā uzskata, ka likumprojekts jāatbalsta.", [
    ("Nacionālajā apvienībā", O, "Nacionālā apvienība", N, "loc", "4"),
])
S("Jaunās Vienotības valde vienbalsīgi atbalstīja koalīcijas līgumu.", [
    ("Jaunās Vienotības", O, "Jaunā Vienotība", N, "gen", "4"),
])
S("Zaļo un Zemnieku savienībai jaunajā Saeimā būs 16 deputāti.", [
    ("Zaļo un Zemnieku savienībai", O, "Zaļo un Zemnieku savienība", N, "dat", "4"),
])
S("Rīgas Tehniskajā universitātē atklāts jauns pētniecības centrs.", [
    ("Rīgas Tehniskajā universitātē", O, "Rīgas Tehniskā universitāte", N, "loc", "5"),
])
S("Latvijas Universitātes rektors piedalījās konferencē Tartu.", [
    ("Latvijas Universitātes", O, "Latvijas Universitāte", N, "gen", "5"),
    ("Tartu", G, "Tartu", N, "loc", "indecl"),
])
S("Latvija Pasaules Veselības organizācijai ziņojusi par diviem jauniem saslimšanas gadījumiem.", [
    ("Pasaules Veselības organizācijai", O, "Pasaules Veselības organizācija", N, "dat", "4"),
])
S("Apvienoto Nāciju Organizācijas Ģenerālā asambleja pieņēma rezolūciju par Ukrainu.", [
    ("Apvienoto Nāciju Organizācijas", O, "Apvienoto Nāciju Organizācija", N, "gen", "4"),
])
S("Eiropas Komisijā iesniegts Latvijas atveseļošanas plāns.", [
    ("Eiropas Komisijā", O, "Eiropas Komisija", N, "loc", "4"),
])
S("Valsts policijai nedēļas nogalē ziņots par 15 ceļu satiksmes negadījumiem.", [
    ("Valsts policijai", O, "Valsts policija", N, "dat", "4"),
])
S("Valsts drošības dienestam ir aizdomas par spiegošanu Krievijas labā.", [
    ("Valsts drošības dienestam", O, "Valsts drošības dienests", N, "dat", "1"),
])
S("„Latvijas dzelzceļa“ kravu apjoms pagājušajā gadā saruka par trešdaļu.", [
    ("„Latvijas dzelzceļa“", O, "Latvijas dzelzceļš", N, "gen", "1"),
])
S("Dome uzdeva „Rīgas satiksmei“ iegādāties jaunus tramvajus.", [
    ("„Rīgas satiksmei“", O, "Rīgas satiksme", N, "dat", "5"),
])
S("„Latvijas Mobilajam Telefonam“ pagājušajā gadā bija rekordliela peļņa.", [
    ("„Latvijas Mobilajam Telefonam“", O, "Latvijas Mobilais Telefons", N, "dat", "1"),
])
S("Valdība lidsabiedrībai „airBaltic“ piešķirs papildu finansējumu.", [
    ("„airBaltic“", O, "airBaltic", N, "nom", "indecl"),
])
S("Intervijā Latvijas Radio ministrs norādīja, ka nodokļi netiks celti.", [
    ("Latvijas Radio", O, "Latvijas Radio", N, "dat", "indecl"),
])
S("Satversmes aizsardzības birojam uzdots pārbaudīt kandidāta dokumentus.", [
    ("Satversmes aizsardzības birojam", O, "Satversmes aizsardzības birojs", N, "dat", "1"),
])
S("Ārlietu ministrijā izsaukts Krievijas vēstniecības pagaidu pilnvarotais.", [
    ("Ārlietu ministrijā", O, "Ārlietu ministrija", N, "loc", "4"),
])
S("Rīgas Stradiņa universitātē studē vairāk nekā 3000 ārvalstu studentu.", [
    ("Rīgas Stradiņa universitātē", O, "Rīgas Stradiņa universitāte", N, "loc", "5"),
])
S("Krievijas Federālā drošības dienesta darbinieki aizturēja divus Igaunijas pilsoņus.", [
    ("Krievijas Federālā drošības dienesta", O, "Krievijas Federālais drošības dienests", N, "gen", "1"),
])
S("Latvija Starptautiskajam Valūtas fondam atmaksājusi visu aizdevumu.", [
    ("Starptautiskajam Valūtas fondam", O, "Starptautiskais Valūtas fonds", N, "dat", "1"),
])
S("ASV Valsts departamenta pārstāvis uzslavēja Latvijas reformas.", [
    ("ASV Valsts departamenta", O, "ASV Valsts departaments", N, "gen", "1"),
])
S("Kā ziņo aģentūra „Bloomberg“, banka plāno atlaist 500 darbinieku.", [
    ("„Bloomberg“", O, "Bloomberg", N, "nom", "indecl"),
])


# ---------------------------------------------------------------------------------------------

QUOTES = "\"'„“”«»"


class SpecError(Exception):
    pass


def locate(text, spec):
    """(start, end) of the mention given by spec inside text."""
    if "[[" in spec:
        pre, rest = spec.split("[[", 1)
        target, post = rest.split("]]", 1)
        ctx = pre + target + post
        n = text.count(ctx)
        if n != 1:
            raise SpecError(f"context found {n} times: {ctx!r}")
        s = text.find(ctx) + len(pre)
        return s, s + len(target)
    n = text.count(spec)
    if n != 1:
        raise SpecError(f"mention found {n} times: {spec!r} in {text!r}")
    s = text.find(spec)
    return s, s + len(spec)


def load_dev(data):
    """pid -> list of sentences, each {"text", "ents": [(start, end, type)]}."""
    d = os.path.join(data, "dev", "NamedEntities")
    out = {}
    for path in sorted(glob.glob(os.path.join(d, "*.conll2003"))):
        pid = os.path.basename(path)[: -len(".conll2003")]
        sents, cur = [], None
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if line.startswith("# text = "):
                    cur = {"text": line[len("# text = "):], "toks": []}
                    sents.append(cur)
                elif line.startswith("#") or not line.strip():
                    continue
                else:
                    cur["toks"].append(line.split("\t"))
        for s in sents:
            text, pos, spans = s["text"], 0, []
            for c in s["toks"]:
                i = text.find(c[1], pos)
                spans.append((i, i + len(c[1])) if i >= 0 else None)
                if i >= 0:
                    pos = i + len(c[1])
            ents, cur_e = [], None
            for k, c in enumerate(s["toks"]):
                tag = c[6] if len(c) > 6 else "O"
                if tag.startswith("B-") and spans[k]:
                    cur_e = [spans[k][0], spans[k][1], tag[2:]]
                    ents.append(cur_e)
                elif tag.startswith("I-") and cur_e and cur_e[2] == tag[2:] and spans[k]:
                    cur_e[1] = spans[k][1]
                else:
                    cur_e = None
            s["ents"] = [tuple(e) for e in ents]
        out[pid] = sents
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--out", default=os.path.join(HERE, "gold.jsonl"))
    args = ap.parse_args()
    dev = load_dev(args.data)
    if not dev:
        sys.exit(f"no dev NamedEntities files under {args.data}")
    records, errors, notes = [], [], []
    gmap = {"m": "masc", "f": "fem", None: None}
    for k, it in enumerate(ITEMS):
        kind = it[0]
        try:
            if kind == "dev":
                _, pid, ctx, typ, name, gender, case, decl = it
                if pid not in dev:
                    raise SpecError(f"unknown dev paragraph {pid}")
                pre, rest = ctx.split("[[", 1)
                plain = pre + rest.replace("]]", "", 1)
                hits = [s for s in dev[pid] if plain in s["text"]]
                if len(hits) != 1:
                    raise SpecError(f"{pid}: context in {len(hits)} sentences: {plain!r}")
                sent = hits[0]
                text = sent["text"]
                start, end = locate(text, ctx)
                # the FullStack span may leave out a quotation mark that the mention includes
                cs, ce = start, end
                while cs < ce and text[cs] in QUOTES:
                    cs += 1
                while ce > cs and text[ce - 1] in QUOTES:
                    ce -= 1
                inside = [e for e in sent["ents"] if e[0] <= cs and ce <= e[1]]
                if not inside:
                    raise SpecError(f"{pid}: mention {text[start:end]!r} is not inside a FullStack entity")
                if inside[0][2] != typ:
                    notes.append(f"{pid}: {text[start:end]!r} FullStack type {inside[0][2]} -> {typ}")
                source = f"dev:{pid}"
            else:
                _, text, spec, typ, name, gender, case, decl = it
                start, end = locate(text, spec)
                source = "constructed"
        except SpecError as e:
            errors.append(f"item {k}: {e}")
            continue
        records.append({
            "text": text, "start": start, "end": end, "mention": text[start:end],
            "type": typ, "name": name, "gender": gmap[gender], "case": case,
            "declension": decl, "source": source,
        })
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    seen = set()
    for r in records:
        key = (r["text"], r["start"], r["end"])
        if key in seen:
            sys.exit(f"duplicate item: {r['mention']!r} in {r['text']!r}")
        seen.add(key)
    with open(args.out, "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            r = {"id": f"n{i:03d}", **r}
            assert r["text"][r["start"]:r["end"]] == r["mention"]
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for n in notes:
        print("note:", n)
    print(f"wrote {len(records)} items to {args.out}")


if __name__ == "__main__":
    main()
