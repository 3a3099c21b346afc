#!/usr/bin/env python3
"""gen17.py - blind held-out corpus c17 for the veilig Dutch PII anonymizer.

Material as it arrives from systems, scanners and phones in small organisations: schools and
kinderopvang, sports clubs, garages, installers, practices, notaries, hotels, farms, churches,
gemeente counters and an IT provider's ticket system.

    python3 gen17.py            write c17.jsonl (2,000 records) next to this file
    python3 gen17.py --check    rebuild in memory, compare byte for byte, validate every record
    python3 gen17.py --stats    print group, label, block and language totals

Python 3 standard library only. Deterministic: every record draws from its own random.Random
seeded with a string ("c17|PII|17"); no set is iterated and hash() is never called.
"""
import argparse
import base64
import datetime
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "c17.jsonl")

LABELS = ("PERSOON", "ADRES", "POSTCODE", "TELEFOON", "IBAN", "GEBOORTEDATUM", "KENTEKEN", "BSN",
          "WACHTWOORD", "API_SLEUTEL", "EMAIL")
BLOCK_ORDER = ("BSN", "PASSWORD", "API_KEY", "SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST")
AUTO_BLOCK = {"BSN": "BSN", "WACHTWOORD": "PASSWORD", "API_SLEUTEL": "API_KEY"}
DOC_BLOCK = ("SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST")
# group, records, minimum number of templates
GROUPS = (("PASSWORD", 170, 30), ("API_KEY", 170, 30), ("BSN", 170, 30), ("SALARY_SLIP", 170, 30),
          ("SIGNED_CONTRACT", 170, 30), ("CUSTOMER_LIST", 170, 30), ("NEG", 330, 60), ("PII", 650, 110))
LANGS = ("nl", "en", "vl", "de", "fy")


# ----------------------------------------------------------------------------------------------
# segments: a record is built from plain strings, M (masked value) and K (kept value)
# ----------------------------------------------------------------------------------------------
class M:
    __slots__ = ("label", "value")

    def __init__(self, label, value):
        assert label in LABELS, label
        self.label = label
        self.value = value


class K:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


def P(v): return M("PERSOON", v)
def AD(v): return M("ADRES", v)
def PC(v): return M("POSTCODE", v)
def TEL(v): return M("TELEFOON", v)
def IB(v): return M("IBAN", v)
def GD(v): return M("GEBOORTEDATUM", v)
def KT(v): return M("KENTEKEN", v)
def BS(v): return M("BSN", v)
def PW(v): return M("WACHTWOORD", v)
def AK(v): return M("API_SLEUTEL", v)
def EM(v): return M("EMAIL", v)


_FIELD = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def F(tpl, **kw):
    """Template string with {field} slots; a field is a str, M, K or a list of those."""
    out = []
    pos = 0
    for m in _FIELD.finditer(tpl):
        out.append(tpl[pos:m.start()])
        out.append(kw[m.group(1)])
        pos = m.end()
    out.append(tpl[pos:])
    return out


def J(*parts):
    return list(parts)


def join(items, sep):
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(it)
    return out


def map_plain(segs, fn):
    """Apply fn to every plain string in a segment tree (masked and kept values stay)."""
    if isinstance(segs, str):
        return fn(segs)
    if isinstance(segs, (M, K)) or segs is None:
        return segs
    if isinstance(segs, (list, tuple)):
        return [map_plain(s, fn) for s in segs]
    return fn(str(segs))


def quote(segs, mark="> "):
    return [mark, map_plain(segs, lambda s: s.replace("\n", "\n" + mark))]


class Rendered:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []   # (start, end, label, value)
        self.keeps = []   # (start, value)

    def walk(self, x):
        if x is None:
            return
        if isinstance(x, str):
            self.parts.append(x)
            self.n += len(x)
        elif isinstance(x, M):
            self.spans.append((self.n, self.n + len(x.value), x.label, x.value))
            self.parts.append(x.value)
            self.n += len(x.value)
        elif isinstance(x, K):
            self.keeps.append((self.n, x.value))
            self.parts.append(x.value)
            self.n += len(x.value)
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.walk(y)
        elif isinstance(x, int):
            self.walk(str(x))
        else:
            raise TypeError(repr(x))


def render(segs):
    r = Rendered()
    r.walk(segs)
    text = "".join(r.parts)
    first = []
    seen = {}
    for i, (s, e, label, value) in enumerate(r.spans):
        key = (label, value)
        if key not in seen:
            seen[key] = len(first)
            first.append((text.find(value), s, i, label, value))
    first.sort()
    mask = [[label, value] for (_, _, _, label, value) in first]
    keep = []
    kseen = {}
    for (s, v) in r.keeps:
        if v not in kseen:
            kseen[v] = 1
            keep.append(v)
    return text, mask, keep, r.spans


# ----------------------------------------------------------------------------------------------
# word lists (written for c17)
# ----------------------------------------------------------------------------------------------
W = str.split
NAMES = {
    "nl": (W("Anouk Sanne Lotte Femke Ilse Marloes Esther Ingrid Wilma Gerda Hennie Jolanda Annelies Marieke "
             "Roos Fleur Tess Evi Lieke Mirjam Petra Carola Babette Hester Jantine Gerdien Riet Trijntje Aaltje "
             "Margriet Suzanne Nienke Merel Saskia Yvonne Joke Bregje Liselot Maud Guusje Hanneke Wies Dieke "
             "Loes Marjolein Els Wendy Karin Astrid Jorien Famke Myrthe Lisanne Rianne Tamara"),
           W("Kees Joost Bram Daan Thijs Gijs Wouter Maarten Jeroen Teun Ruud Henk Gert-Jan Jan-Willem Pieter "
             "Arjen Bart Erik Frank Marco Rutger Casper Koen Niels Stijn Jasper Luuk Jesse Hugo Floris Olivier "
             "Wessel Mees Siem Tijmen Huib Gerrit Hendrik Dirk Evert Harm Lambert Reinier Menno Sander Vincent "
             "Willem Joris Mathijs Ruben Laurens Sjaak Bert Hidde"),
           W("Jansen Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Kok Roos Verhoeven "
             "Kuipers Hermans Vermeer Timmermans Wolters Koster Prins Huisman Kramer Schouten Molenaar Blom "
             "Groenewegen Hofman Ruiter Wijnands Aalbers Brinkman Vink Lammers Westerveld Zwanenburg Stegeman "
             "Nijhuis Tuinman Verschuur Baarsma Klaassen Oosterbeek Rietveld Hoogendoorn Bijleveld Schreuder "
             "Lagerweij Versteeg Kruithof Boezeman Veldhuis Ploeger Kortenhoeven Dijkhuizen Scholten Griffioen "
             "Verbeek Pauwels Hagens Coenen Wuyts Stoffels Ebbers Harmsen"),
           [("van der", "Meer"), ("de", "Vries"), ("in 't", "Veld"), ("van 't", "Hof"), ("ter", "Haar"),
            ("van den", "Berg"), ("van", "Dijk"), ("de", "Jong"), ("van", "Leeuwen"), ("van der", "Linden"),
            ("van de", "Kamp"), ("te", "Riele"), ("op de", "Weegh"), ("uit den", "Bogaard"), ("van", "Beek"),
            ("de", "Graaf"), ("den", "Hartog"), ("van", "Rijn"), ("de", "Wit"), ("van der", "Heijden"),
            ("de", "Boer"), ("van", "Wijk"), ("van den", "Heuvel"), ("de", "Haan"), ("van", "Vliet"),
            ("ten", "Cate"), ("van der", "Ploeg"), ("de", "Ruijter"), ("van", "Gelder"), ("van 't", "Zand"),
            ("de", "Lange"), ("van der", "Wal"), ("van", "Essen"), ("de", "Bruijn"), ("van", "Loon")]),
    "fy": (W("Tjitske Sytske Froukje Jildou Baukje Doutzen Idske Hiske Ytsje Anke Geeske Wietske Sjoukje Janneke"),
           W("Sjoerd Hylke Wiebe Wytze Jelle Auke Rintje Folkert Gerben Tsjerk Hessel Oebele Jouke Pier"),
           W("Hoekstra Dijkstra Terpstra Bosma Zijlstra Postma Hiemstra Sikkema Wiersma Jorritsma Haagsma "
             "Kingma Bijlsma Yntema Miedema Algra Feenstra Tolsma Reitsma Hettinga Boonstra Wijbenga"),
           []),
    "vl": (W("Sien Lien Fien Griet Nele Jolien Hanne Liesbeth Elke Kaat Annelien Veerle"),
           W("Jens Wout Lennert Kobe Jef Wannes Dries Seppe Brecht Jonas Warre Tuur"),
           W("Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters Vermeulen Verstraete "
             "Dewulf Vandenberghe Cnudde Vanhoutte Desmet Verhaeghe Declercq Lambrechts Vervoort"),
           [("", "Van den Broeck"), ("", "De Smet"), ("", "Van Damme"), ("", "De Backer"), ("", "Van Acker"),
            ("", "De Meyer")]),
    "de": (W("Katrin Sabine Anja Stefanie Heike Ulrike Birgit Jana Franziska"),
           W("Jürgen Lukas Matthias Tobias Florian Uwe Dieter Markus Sebastian"),
           W("Schneider Wagner Becker Hoffmann Schäfer Richter Neumann Schwarz Zimmermann Krüger Hartmann "
             "Schmitz Krause Brandt Vogel Köhler"), []),
    "sr": (W("Sunita Priya Shanti Asha Devika Sharmila Anita Reshma Kavita"),
           W("Ravi Anand Rajesh Kiran Vikash Navin Ramesh Dinesh Sanjay"),
           W("Ramdin Jagesar Ramautar Mahabier Sewnath Bhagwandin Ramcharan Kalloe Soekhai Jhinkoe Ramsaran "
             "Baldew Autar Chedie Ramlal"), []),
    "cv": (W("Djamila Ivone Zenaida Filomena Edna"), W("Edson Nilton Adilson Nelson Elton"),
           W("Fortes Tavares Semedo Monteiro Varela Mendes Delgado Rocha"), []),
    "so": (W("Hodan Faadumo Ayaan Hamdi Sahra Idil Ubah"), W("Abdirahman Mohamed Abdiwali Abdullahi Guled"),
           W("Warsame Farah Abdi Hassan Jama Osman Yusuf Mohamud Egal"), []),
    "af": (W("Zarmina Mursal Nasrin Parwana Fereshta Mariam"), W("Farid Wahid Hamid Najib Jawed Sami"),
           W("Ahmadzai Noori Rahimi Popal Karimi Sultani Hakimi Stanikzai Wardak"), []),
    "ir": (W("Shirin Leila Nazanin Mahsa Parisa Golnaz Roya"), W("Dariush Kaveh Babak Arash Behrouz Kian"),
           W("Rahmani Tehrani Mohammadi Hosseini Ghorbani Jafari Moradi Shahbazi Farahani"), []),
    "ku": (W("Dilan Shilan Nishtiman Avin Berivan Hana"), W("Rebin Karwan Zana Hozan Saman Dler"),
           W("Abdullah Rashid Kareem Hussein Mahmoud Omer Rasul Qadir Salih"), []),
    "vn": (W("Huong Linh Thuy Ngoc Trang"), W("Minh Thanh Tuan Quang Duc Khoa"),
           W("Nguyen Tran Pham Hoang Dang Truong Huynh"), []),
    "br": (W("Juliana Rafaela Larissa Fernanda Camila Bruna"), W("Thiago Gustavo Leandro Caio Rodrigo Felipe"),
           W("Oliveira Santos Souza Carvalho Ribeiro Almeida Pereira Rodrigues Barbosa"), []),
    "pt": (W("Inês Beatriz Mariana Catarina Leonor"), W("João Tiago Duarte Gonçalo Nuno"),
           W("Ferreira Costa Martins Sousa Pinto Azevedo Teixeira Figueiredo Marques"), []),
    "ro": (W("Ioana Elena Bianca Andreea Cristina Roxana"), W("Andrei Mihai Cristian Vlad Bogdan Ionuț"),
           W("Popescu Ionescu Dumitrescu Stoica Constantin Munteanu Radu Ilie Moldovan"), []),
    "bg": (W("Desislava Petya Radostina Galina Teodora"), W("Georgi Ivaylo Stoyan Nikolay Plamen"),
           W("Petrova Ivanov Georgieva Dimitrov Todorova Stoyanov Angelova Kolev"), []),
    "ph": (W("Maricel Rowena Jocelyn Liezl Marites Rhea"), W("Jerome Arnel Rodel Jericho Ronaldo"),
           W("Reyes Bautista Villanueva Mendoza Garcia Manalo Aquino Navarro"),
           [("", "Dela Cruz"), ("", "De Guzman")]),
    "cw": (W("Sharisha Dayenne Shurlaine Giselle Xiomara"), W("Shurandy Jurensley Giovanny Quincy Churandy Luigi"),
           W("Martina Croes Maduro Isenia Wever Koolman Rosaria Janga Statia Sulvaran"), []),
    "tr": (W("Elif Ayşe Zeynep Kübra Hatice Esra Büşra Merve"), W("Emre Mehmet Burak Serkan Yusuf Okan Murat Kerem"),
           W("Yılmaz Kaya Demir Çelik Şahin Yıldız Aydın Öztürk Arslan Doğan Kılıç Koç Aksoy"), []),
    "ma": (W("Fatima Khadija Najoua Imane Salma Samira Nadia Loubna"),
           W("Yassine Mohammed Soufiane Bilal Hamza Nordin Karim Anouar Mourad"),
           W("Bouzid Benali Ouali Azzouzi Boukhari Tahiri Ziani Haddouchi Amrani Chaouch"),
           [("", "El Amrani"), ("", "Ait Taleb"), ("", "El Idrissi"), ("", "El Khatib"), ("", "Ben Haddou")]),
    "pl": (W("Katarzyna Agnieszka Magdalena Joanna Marta Ewelina Dorota"),
           W("Paweł Tomasz Krzysztof Łukasz Piotr Grzegorz Marek"),
           W("Kowalski Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska Dąbrowski Mazur"), []),
    "ua": (W("Oksana Olena Iryna Yulia Nataliia Halyna"), W("Dmytro Andriy Taras Bohdan Serhiy Oleksandr"),
           W("Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Oliynyk Boyko Hnatyuk"), []),
}
ORIGIN_W = (("nl", 46), ("fy", 6), ("vl", 2), ("de", 1), ("sr", 4), ("cv", 2), ("so", 2), ("af", 2), ("ir", 2),
            ("ku", 2), ("vn", 2), ("br", 2), ("pt", 2), ("ro", 2), ("bg", 2), ("ph", 2), ("cw", 3), ("tr", 6),
            ("ma", 6), ("pl", 4), ("ua", 3))

STREETS = {
    "nl": W("Kerkstraat Dorpsweg Molenweg Hoofdstraat Schoolstraat Julianalaan Beatrixstraat Kastanjelaan Eikenlaan "
            "Populierenweg Meidoornstraat Zuiderdiep Noordersingel Havenkade Sluisweg Dijkstraat Polderweg Spoorlaan "
            "Stationsweg Bleekveld Klaprooslaan Zonnebloemstraat Lindengracht Wilhelminapark Rijksstraatweg Middenweg "
            "Heerenweg Vondelstraat Rembrandtlaan Zeilmakerstraat Touwslagerslaan Akkerwinde Boterbloem Kievitstraat "
            "Merelstraat Reigerlaan Esdoornlaan Berkenhof Vlasakker Tiendweg Weverstraat Smidsstraat Gildestraat "
            "Veerweg Kanaaldijk Sportlaan Parkweg Brink Schapendrift Hazelaarstraat Ooievaarsnest Koekoeksbloem") +
          ["Lange Nieuwstraat", "Nieuwe Gracht", "Oude Vest", "Prins Bernhardlaan", "Achter de Kerk",
           "Laan van Vollenhove", "Plein 1940-1945", "Van Goghstraat", "Burgemeester Hooglandlaan",
           "Korte Akkerstraat", "Hoge Rijndijk", "Generaal Foulkesweg", "Jan Steenstraat"],
    "fy": W("Tsjerkestrjitte Haadwei Skoalstrjitte Buorren Mounewei Feartsdyk Wâldwei Langebuorren Terpleane "
            "Trijehoeke Hegedyk Kapelle"),
    "vl": W("Kerkstraat Stationsstraat Leopoldlaan Kapelstraat Dorpsplein Molenstraat Veldstraat Nieuwstraat "
            "Zandstraat Beekstraat") + ["Steenweg op Gent", "Grote Markt", "Oude Baan"],
    "de": W("Hauptstraße Bahnhofstraße Kirchweg Lindenallee Gartenstraße Schulstraße Mühlenweg Bergstraße"),
}
CITIES = {
    "nl": W("Zwolle Deventer Amersfoort Haarlem Leiden Gouda Alkmaar Hoorn Enkhuizen Zutphen Harderwijk Tiel "
            "Woerden Meppel Emmen Assen Veendam Winschoten Venlo Roermond Weert Helmond Oss Tilburg Breda Goes "
            "Middelburg Vlissingen Terneuzen Doetinchem Winterswijk Hengelo Almelo Nijkerk Barneveld Culemborg "
            "Zaltbommel Purmerend Heemskerk Zaandam Schiedam Delft Gorinchem Dordrecht Hilversum Soest Baarn "
            "Apeldoorn Ede Wageningen Lochem Kampen Steenwijk Heerenveen Uithoorn Lisse") +
          ["Den Helder", "Bergen op Zoom", "Alphen aan den Rijn", "Wijk bij Duurstede", "Capelle aan den IJssel"],
    "fy": W("Drachten Burgum Wommels Grou Joure Dokkum Harns Ljouwert Akkrum Mantgum Bitgum Easterwierrum Snits "
            "Surhuisterfean Gytsjerk"),
    "vl": W("Gent Leuven Mechelen Aalst Kortrijk Brugge Hasselt Turnhout Lier Roeselare Geel Lokeren"),
    "de": W("Kleve Emmerich Aachen Gronau Bocholt Nordhorn Goch Geldern"),
}
BE_PC = {"Gent": "9000", "Leuven": "3000", "Mechelen": "2800", "Aalst": "9300", "Kortrijk": "8500",
         "Brugge": "8000", "Hasselt": "3500", "Turnhout": "2300", "Lier": "2500", "Roeselare": "8800",
         "Geel": "2440", "Lokeren": "9160"}
DE_PC = {"Kleve": "47533", "Emmerich": "46446", "Aachen": "52062", "Gronau": "48599", "Bocholt": "46395",
         "Nordhorn": "48529", "Goch": "47574", "Geldern": "47608"}
AREA = {"3": W("10 20 30 40 50 70 13 15 23 24 26 33 35 36 38 43 45 46 53 55 58 71 72 73 74 75 76 77 78 79"),
        "4": W("513 229 346 475 592 228 320 341 343 413 416 418 478 487 495 511 512 514 515 516 517 518 519 521 522 "
               "523 524 525 527 528 529 543 544 545 546 547 548 561 562 566 570 571 572 573 575 591 593 594 595 596 "
               "597 598 599")}
NL_BANKS = ("ABNA", "RABO", "INGB", "SNSB", "ASNB", "RBRB", "TRIO", "KNAB", "BUNQ", "FVLB", "HAND", "NWAB", "BNGH")
BE_BANKS = ("001", "068", "363", "734", "737", "751", "973", "063", "210", "220", "143", "001")
DE_BANKS = ("37040044", "10070000", "50010517", "12030000", "43060967", "30050110", "36050105")
NL_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com",
           "xs4all.nl", "planet.nl", "hetnet.nl", "proton.me", "yahoo.com", "hotmail.nl", "caiway.nl", "upcmail.nl")
VL_MAIL = ("telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be")
DE_MAIL = ("web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de")
PLATE_L = "BDFGHJKLNPRSTVXZ"
PLATE_BAD = ("GVD", "KKK", "NSB", "PVV", "SGP", "SS", "SD", "SA", "TBS", "LSD", "VVD", "CDA", "PKK", "KVT")
SIDECODES = ("LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD",
             "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D")
PW_WORDS = W("Zomer Winter Tulp Molen Fiets Wolk Haven Zeilboot Appel Trekker Schuur Vuurtoren Kapstok Paraplu "
             "Koffie Regenjas Hooiberg Dakgoot Kameel Pinguin Sneeuw Kastanje Vlinder Mosterd Pannenkoek Zandbak "
             "Kompas Lantaarn Tractor Klavertje Giraffe Oester Komeet Walrus Tandwiel Wortel Boomhut Kruiwagen")
PW_LOW = W("paars molen fiets tractor zand wolk tegel appel kaars haring kompas spons vork sleutel lamp tafel "
           "banaan koe bever eik sluis dijk gieter ladder emmer dweil trommel")

NL_DAYS = W("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")
NL_DAYS_A = W("ma di wo do vr za zo")
NL_MONTHS = W("januari februari maart april mei juni juli augustus september oktober november december")
NL_MONTHS_A = W("jan feb mrt apr mei jun jul aug sep okt nov dec")
EN_DAYS = W("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
EN_MONTHS = W("January February March April May June July August September October November December")
DE_DAYS = W("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag")
DE_MONTHS = W("Januar Februar März April Mai Juni Juli August September Oktober November Dezember")
NUMW = {"nul": "0", "een": "1", "één": "1", "twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6",
        "zeven": "7", "acht": "8", "negen": "9", "zero": "0", "oh": "0", "six": "6"}

B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64U = B62 + "-_"


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def bsn_ok(v):
    d = re.sub(r"[ .]", "", v)
    if not re.fullmatch(r"\d{9}", d):
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0


def iban_mod(v):
    c = v.replace(" ", "")
    r = c[4:] + c[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97


def amount_str(cents, style):
    """Euro amounts in the notations people write."""
    neg = cents < 0
    cents = abs(cents)
    e, c = divmod(cents, 100)
    th_nl = "{:,}".format(e).replace(",", ".")
    th_en = "{:,}".format(e)
    dec_nl = "%s,%02d" % (th_nl, c)
    dec_en = "%s.%02d" % (th_en, c)
    if style == "eur_sp":
        s = "€ " + dec_nl
    elif style == "eur":
        s = "€" + dec_nl
    elif style == "dash":
        s = "€" + th_nl + ",-"
    elif style == "dash_sp":
        s = "€ " + th_nl + ",-"
    elif style == "EUR":
        s = "EUR " + (th_nl if c == 0 else dec_nl)
    elif style == "EUR00":
        s = "EUR " + dec_nl
    elif style == "euro":
        s = (th_nl if c == 0 else dec_nl) + " euro"
    elif style == "post":
        s = dec_nl + " €"
    elif style == "post_eur":
        s = dec_nl + " EUR"
    elif style == "en":
        s = "€" + dec_en
    elif style == "en_sp":
        s = "EUR " + dec_en
    elif style == "plain":
        s = dec_nl
    elif style == "int":
        s = "€ " + th_nl
    elif style == "de":
        s = dec_nl + " €"
    else:
        raise ValueError(style)
    return ("-" + s) if neg else s


# ----------------------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------------------
class Person:
    """A person; properties give the masked forms as written."""

    def __init__(self, g, origin, gender):
        r = g.r
        self.g = g
        self.origin = origin
        self.gender = gender
        fem, mal, plain, tv = NAMES[origin]
        self.first = r.choice(fem if gender == "f" else mal)
        self.tv = ""
        if tv and r.random() < (0.45 if origin == "nl" else 0.3):
            self.tv, self.last = r.choice(tv)
        else:
            self.last = r.choice(plain)
            if origin in ("nl", "fy") and r.random() < 0.08:
                other = r.choice(NAMES["nl"][2])
                if other != self.last:
                    self.last = self.last + "-" + other
        if origin == "pl" and self.last.endswith(("ski", "ska")):
            self.last = self.last[:-1] + ("a" if gender == "f" else "i")
        if origin == "bg" and gender == "f" and self.last.endswith("ov"):
            self.last += "a"
        if origin == "bg" and gender == "m" and self.last.endswith("ova"):
            self.last = self.last[:-1]
        self.flemish = origin == "vl"
        extra = ""
        if r.random() < 0.35:
            extra = r.choice("ABCDEFGHJKLMPRSTW") + "."
        parts = re.split(r"[- ]", self.first)
        self.initials = "".join(p[0] + "." for p in parts if p) + extra
        self._mail = None
        self._tel = None

    # plain strings
    def s_full(self):
        return " ".join(x for x in (self.first, self.tv, self.last) if x)

    def s_sur(self):
        return (self.tv + " " + self.last) if self.tv else self.last

    def s_Sur(self):
        if not self.tv:
            return self.last
        return self.tv[0].upper() + self.tv[1:] + " " + self.last

    # masked forms
    @property
    def full(self): return P(self.s_full())
    @property
    def fn(self): return P(self.first)
    @property
    def sur(self): return P(self.s_sur())
    @property
    def Sur(self): return P(self.s_Sur())
    @property
    def ini(self): return P(self.initials + " " + self.s_sur())
    @property
    def ini1(self): return P(self.initials[:2] + " " + self.s_sur())
    @property
    def upper(self): return P(self.s_full().upper())
    @property
    def upsur(self): return P(self.s_Sur().upper())
    @property
    def low(self): return P(self.first.lower())
    @property
    def lowfull(self): return P(self.s_full().lower())
    @property
    def rev(self): return P(self.s_Sur() + ", " + self.first)

    @property
    def abbr(self):
        a = self.first[0]
        for w in self.tv.split():
            a += w[0].lower() if w[0].isalpha() else ""
        a += "".join(x[0] for x in self.last.replace("-", " ").split())
        return P(a)

    @property
    def mr(self):
        return "mevrouw" if self.gender == "f" else "meneer"

    @property
    def dhr(self):
        return "mevr." if self.gender == "f" else "dhr."

    @property
    def Mr(self):
        return "Mevrouw" if self.gender == "f" else "Meneer"

    @property
    def en_mr(self):
        return "Ms" if self.gender == "f" else "Mr"

    @property
    def de_mr(self):
        return "Frau" if self.gender == "f" else "Herr"

    @property
    def zij(self):
        return "zij" if self.gender == "f" else "hij"

    @property
    def haar(self):
        return "haar" if self.gender == "f" else "zijn"

    @property
    def mail(self):
        if self._mail is None:
            self._mail = self.g.person_mail(self)
        return EM(self._mail)

    @property
    def tel(self):
        if self._tel is None:
            reg = {"vl": "be", "de": "de"}.get(self.origin, "nl")
            self._tel = self.g.phone(reg, mobile=True)
        return TEL(self._tel)


class Addr:
    def __init__(self, g, region):
        r = g.r
        self.region = region
        street = r.choice(STREETS[region])
        n = r.randint(1, 180) if r.random() < 0.85 else r.randint(181, 420)
        if region in ("nl", "fy"):
            if street == "Plein 1940-1945":
                st = "%s nr %d" % (street, n)
            else:
                form = r.random()
                if form < 0.45:
                    hn = str(n)
                elif form < 0.58:
                    hn = str(n) + r.choice("abcd")
                elif form < 0.64:
                    hn = "%d %s" % (n, r.choice("ABC"))
                elif form < 0.72:
                    hn = "%d-%d" % (n, r.randint(1, 4))
                elif form < 0.77:
                    hn = "%d bis" % n
                elif form < 0.83:
                    hn = ("%d %s" % (n, r.choice(["hs", "HS", "-hs", "I", "II", "III", "zw", "rd"]))).replace(" -", "-")
                elif form < 0.88:
                    hn = "%d-%s" % (n, r.choice("ABC"))
                elif form < 0.93:
                    hn = "%d%s" % (n, r.choice(["-1", "-2", "-3", " 1hoog", " 2e"]))
                else:
                    hn = str(n)
                st = street + " " + hn
            self.st_s = st
            digits = "%d%03d" % (r.randint(1, 9), r.randint(0, 999)) if region == "nl" else \
                "%d%03d" % (r.choice([8, 9]), r.randint(0, 999))
            while True:
                lt = r.choice("ABCDEFGHJKLMNPRSTVWXZ") + r.choice("ABCDEFGHJKLMNPRSTVWXZ")
                if lt not in ("SA", "SD", "SS"):
                    break
            self.pc_s = digits + (" " if r.random() < 0.7 else "") + lt
            self.city = r.choice(CITIES[region])
            self.pc = PC(self.pc_s)
        elif region == "vl":
            self.st_s = "%s %d%s" % (street, n, r.choice(["", "", "", " bus 2", "/3", "A"]))
            self.city = r.choice(CITIES["vl"])
            self.pc_s = BE_PC[self.city]
            self.pc = self.pc_s
        else:
            self.st_s = "%s %d%s" % (street, n, r.choice(["", "", "a"]))
            self.city = r.choice(CITIES["de"])
            self.pc_s = DE_PC[self.city]
            self.pc = self.pc_s
        self.st = AD(self.st_s)

    def line(self, sep=", "):
        return [self.st, sep, self.pc, " ", self.city]

    def block(self):
        return [self.st, "\n", self.pc, " ", self.city if self.region != "nl" or True else self.city]

    def upcity(self):
        return [self.st, "\n", self.pc, "  ", self.city.upper()]


class G:
    """Draws every value of one record from its own Random."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used_first = {}

    # -------------------------------------------------------------- people
    def origin(self, bias=None):
        r = self.r
        if bias and r.random() < 0.8:
            return bias
        tot = sum(w for _, w in ORIGIN_W)
        x = r.uniform(0, tot)
        for o, w in ORIGIN_W:
            x -= w
            if x <= 0:
                return o
        return "nl"

    def person(self, origin=None, gender=None, bias=None):
        r = self.r
        for _ in range(40):
            o = origin or self.origin(bias)
            gd = gender or r.choice("fm")
            p = Person(self, o, gd)
            key_f = p.first
            key_l = p.last
            if key_f in self.used_first or key_l in self.used_first:
                continue
            self.used_first[key_f] = 1
            self.used_first[key_l] = 1
            return p
        return p

    def people(self, n, **kw):
        return [self.person(**kw) for _ in range(n)]

    def person_mail(self, p):
        r = self.r
        f = slug(p.first)
        l = slug(p.tv + p.last)
        if p.origin == "vl":
            dom = r.choice(VL_MAIL)
        elif p.origin == "de":
            dom = r.choice(DE_MAIL)
        else:
            dom = r.choice(NL_MAIL)
        form = r.randint(0, 7)
        if form == 0:
            loc = f + "." + l
        elif form == 1:
            loc = f[0] + "." + l
        elif form == 2:
            loc = f + l + str(r.randint(60, 99))
        elif form == 3:
            loc = f + "_" + l
        elif form == 4:
            loc = f + str(r.randint(1, 2005))
        elif form == 5:
            loc = f + "." + l[:1] + str(r.randint(10, 99))
        elif form == 6:
            loc = l + "." + f
        else:
            loc = f + "-" + l
        return loc + "@" + dom

    def org_mail(self, org, box=None):
        box = box or self.r.choice(["info", "administratie", "planning", "contact", "secretariaat", "balie"])
        return EM(box + "@" + org_domain(org))

    # -------------------------------------------------------------- addresses
    def addr(self, region=None):
        if region is None:
            region = "fy" if self.r.random() < 0.12 else "nl"
        return Addr(self, region)

    # -------------------------------------------------------------- phones
    def phone(self, region="nl", mobile=None, style=None):
        r = self.r
        if mobile is None:
            mobile = r.random() < 0.65
        if region == "be":
            if mobile:
                d = "4" + r.choice("789") + str(r.randint(0, 9)) + "%06d" % r.randint(0, 999999)
                st = style if style is not None else r.randint(0, 3)
                if st == 0:
                    return "+32 %s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:])
                if st == 1:
                    return "0%s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:])
                if st == 2:
                    return "0%s/%s.%s.%s" % (d[:3], d[3:5], d[5:7], d[7:])
                return "+32%s" % d
            a = r.choice(["9", "3", "2", "16", "50", "56", "14"])
            sub = "%0*d" % (8 - len(a), r.randint(10 ** (7 - len(a)), 10 ** (8 - len(a)) - 1))
            st = style if style is not None else r.randint(0, 2)
            if st == 0:
                return "+32 %s %s %s %s" % (a, sub[:-4], sub[-4:-2], sub[-2:])
            if st == 1:
                return "0%s/%s.%s.%s" % (a, sub[:-4], sub[-4:-2], sub[-2:])
            return "0%s %s %s %s" % (a, sub[:-4], sub[-4:-2], sub[-2:])
        if region == "de":
            if mobile:
                d = "1" + r.choice(["51", "52", "60", "62", "70", "71", "72", "76"]) + "%08d" % r.randint(0, 99999999)
                if d[1:3] in ("60", "62", "70", "71", "72", "76") and r.random() < 0.5:
                    d = d[:-1]
                st = style if style is not None else r.randint(0, 2)
                if st == 0:
                    return "+49 %s %s" % (d[:3], d[3:])
                if st == 1:
                    return "0%s %s" % (d[:3], d[3:])
                return "0049 %s %s" % (d[:3], d[3:])
            a = r.choice(["2821", "2822", "2561", "2871", "5921", "241"])
            sub = "%d" % r.randint(10 ** (9 - len(a)), 10 ** (10 - len(a)) - 1)
            st = style if style is not None else r.randint(0, 1)
            return ("+49 %s %s" % (a, sub)) if st == 0 else ("0%s %s" % (a, sub))
        # nl
        if mobile:
            d = str(r.randint(1, 9)) + "%07d" % r.randint(0, 9999999)
            st = style if style is not None else r.randint(0, 11)
            return [
                "06-" + d,
                "06 %s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:]),
                "06 %s %s" % (d[:4], d[4:]),
                "06" + d,
                "+31 6 %s %s" % (d[:4], d[4:]),
                "+316" + d,
                "+31 (0)6 %s" % d,
                "0031 6 %s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:]),
                "06-%s %s %s" % (d[:3], d[3:6], d[6:]),
                "+31 6 %s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:]),
                "06 - %s" % d,
                "06-%s-%s" % (d[:4], d[4:]),
            ][st]
        if r.random() < 0.5:
            a = r.choice(AREA["3"])
            s = str(r.randint(2, 9)) + "%06d" % r.randint(0, 999999)
            st = style if style is not None else r.randint(0, 5)
            return [
                "(0%s) %s %s %s" % (a, s[:3], s[3:5], s[5:]),
                "0%s-%s" % (a, s),
                "0%s %s %s" % (a, s[:3], s[3:]),
                "0031 %s %s %s" % (a, s[:3], s[3:]),
                "+31 %s %s %s %s" % (a, s[:3], s[3:5], s[5:]),
                "0%s - %s %s %s" % (a, s[:3], s[3:5], s[5:]),
            ][st]
        a = r.choice(AREA["4"])
        s = str(r.randint(2, 9)) + "%05d" % r.randint(0, 99999)
        st = style if style is not None else r.randint(0, 4)
        return [
            "0%s-%s" % (a, s),
            "(0%s) %s %s %s" % (a, s[:2], s[2:4], s[4:]),
            "+31 %s %s %s" % (a, s[:3], s[3:]),
            "0%s %s" % (a, s),
            "0%s-%s %s %s" % (a, s[:2], s[2:4], s[4:]),
        ][st]

    def tel(self, region="nl", mobile=None, style=None):
        return TEL(self.phone(region, mobile, style))

    def spoken_mobile(self):
        r = self.r
        d = str(r.randint(1, 9)) + "%07d" % r.randint(0, 9999999)
        form = r.randint(0, 2)
        if form == 0:
            return TEL("nul zes %s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:]))
        if form == 1:
            return TEL("nul zes, %s, %s, %s, %s" % (d[:2], d[2:4], d[4:6], d[6:]))
        return TEL("06 %s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:]))

    # -------------------------------------------------------------- bank, ids, plates
    def iban_s(self, country="NL", spaced=None):
        r = self.r
        if country == "BE":
            bank = r.choice(BE_BANKS)
            acc = bank + "%07d" % r.randint(0, 9999999)
            chk = int(acc) % 97 or 97
            bban = acc + "%02d" % chk
        elif country == "DE":
            bban = r.choice(DE_BANKS) + "%010d" % r.randint(0, 9999999999)
        else:
            bban = r.choice(NL_BANKS) + "%010d" % r.randint(100000, 9999999999)
        tmp = bban + country + "00"
        num = "".join(str(int(ch, 36)) for ch in tmp)
        chk = 98 - int(num) % 97
        ib = "%s%02d%s" % (country, chk, bban)
        if spaced is None:
            spaced = r.random() < 0.5
        if spaced:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib

    def iban(self, country="NL", spaced=None):
        return IB(self.iban_s(country, spaced))

    def bsn_s(self, fmt=None):
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            s = sum(d[i] * (9 - i) for i in range(8)) % 11
            if s < 10:
                d.append(s)
                break
        x = "".join(map(str, d))
        fmt = r.randint(0, 5) if fmt is None else fmt
        if fmt == 1:
            return x[:4] + "." + x[4:6] + "." + x[6:]
        if fmt == 2:
            return x[:3] + " " + x[3:6] + " " + x[6:]
        if fmt == 3:
            return x[:3] + "." + x[3:6] + "." + x[6:]
        if fmt == 4:
            return x[:4] + " " + x[4:6] + " " + x[6:]
        return x

    def bsn(self, fmt=None):
        return BS(self.bsn_s(fmt))

    def nine_fail(self):
        r = self.r
        while True:
            x = str(r.randint(100000000, 999999999))
            if not bsn_ok(x):
                return x

    def eight(self):
        return str(self.r.randint(10000000, 99999999))

    def plate_s(self, style=None):
        r = self.r
        while True:
            code = r.choice(SIDECODES[4:]) if r.random() < 0.75 else r.choice(SIDECODES[:6])
            out = "".join(r.choice(PLATE_L) if c == "L" else (str(r.randint(0, 9)) if c == "D" else "-")
                          for c in code)
            letters = re.sub(r"[^A-Z]", "", out)
            if any(b in letters for b in PLATE_BAD):
                continue
            if re.fullmatch(r"[0-9-]+", out.replace("-", "")) or out.startswith("0"):
                continue
            break
        st = r.random() if style is None else style
        if st < 0.6:
            return out
        if st < 0.8:
            return out.replace("-", "")
        if st < 0.92:
            return out.lower()
        return out.replace("-", "").lower() if r.random() < 0.3 else out.replace("-", " ")

    def plate(self, style=None):
        return KT(self.plate_s(style))

    # -------------------------------------------------------------- dates, times, amounts, numbers
    def day(self, lo=(2026, 1, 5), hi=(2026, 12, 18)):
        a = datetime.date(*lo).toordinal()
        b = datetime.date(*hi).toordinal()
        return datetime.date.fromordinal(self.r.randint(a, b))

    def workday(self, **kw):
        while True:
            d = self.day(**kw)
            if d.weekday() < 5:
                return d

    def after(self, d, lo=1, hi=21):
        return d + datetime.timedelta(days=self.r.randint(lo, hi))

    def dob_date(self, kind="adult"):
        r = self.r
        if kind == "child":
            y = r.randint(2013, 2021)
        elif kind == "baby":
            y = r.randint(2022, 2025)
        elif kind == "senior":
            y = r.randint(1934, 1958)
        else:
            y = r.randint(1952, 2005)
        return datetime.date(y, r.randint(1, 12), r.randint(1, 28))

    def dob(self, kind="adult", lang="nl", style=None):
        return GD(fmt_date(self.dob_date(kind), style or self.r.choice(DOB_STYLES[lang]), lang))

    def date(self, d, style=None, lang="nl"):
        if style is None:
            style = self.r.choice(DATE_STYLES[lang])
        return fmt_date(d, style, lang)

    def kdate(self, d=None, style=None, lang="nl"):
        d = d or self.workday()
        return K(self.date(d, style, lang))

    def time(self, lo=8, hi=18, style=None):
        r = self.r
        h = r.randint(lo, hi)
        m = r.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50])
        st = r.randint(0, 3) if style is None else style
        if st == 0:
            return "%02d:%02d" % (h, m)
        if st == 1:
            return "%d.%02d uur" % (h, m)
        if st == 2:
            return "%d:%02d" % (h, m)
        return "%02d.%02d" % (h, m)

    def ktime(self, lo=8, hi=18, style=None):
        return K(self.time(lo, hi, style))

    def cents(self, lo, hi, whole=False):
        r = self.r
        c = r.randint(int(lo * 100), int(hi * 100))
        if whole:
            c -= c % 100
        return c

    def money(self, lo, hi, style=None, lang="nl", whole=None):
        r = self.r
        if style is None:
            style = r.choice(AMOUNT_STYLES[lang])
        if whole is None:
            whole = style in ("dash", "dash_sp", "int") or r.random() < 0.3
        c = self.cents(lo, hi, whole or style in ("dash", "dash_sp", "int"))
        return K(amount_str(c, style))

    def num(self, prefix="", digits=5, sep=""):
        return prefix + sep + "%0*d" % (digits, self.r.randint(10 ** (digits - 1), 10 ** digits - 1))

    def knum(self, prefix="", digits=5, sep=""):
        return K(self.num(prefix, digits, sep))

    def week(self, lang="nl"):
        w = self.r.randint(2, 51)
        if lang == "en":
            return K("week %d" % w)
        if lang == "de":
            return K("KW %d" % w)
        return K(self.r.choice(["week %d", "wk %d", "week %d"]) % w)

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    # -------------------------------------------------------------- secrets
    def rs(self, n, alpha=B62):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def password_s(self, kind=None):
        r = self.r
        kind = r.randint(0, 5) if kind is None else kind
        if kind == 0:
            while True:
                s = self.rs(r.randint(10, 16), B62 + "!@#$%&*?+=")
                if re.search(r"\d", s) and re.search(r"[!@#$%&*?+=]", s) and re.search(r"[a-z]", s):
                    return s
        if kind == 1:
            return r.choice(PW_WORDS) + str(r.choice([2024, 2025, 2026, r.randint(10, 99)])) + r.choice("!?#$*")
        if kind == 2:
            ws = [r.choice(PW_LOW) for _ in range(3)]
            return "-".join(ws) + "-" + str(r.randint(10, 99))
        if kind == 3:
            w = r.choice(PW_WORDS)
            leet = w.replace("e", "3").replace("o", "0").replace("a", "@").replace("i", "1")
            return leet + r.choice("!#$") + str(r.randint(100, 999))
        if kind == 4:
            return self.rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "-" + self.rs(4, "abcdefghijkmnopqrstuvwxyz23456789") + \
                "-" + self.rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return r.choice(PW_WORDS) + r.choice(["_", ".", "#"]) + r.choice(PW_WORDS).lower() + str(r.randint(1, 99))

    def pw(self, kind=None):
        return PW(self.password_s(kind))

    def key_s(self, kind):
        r = self.r
        if kind == "openai":
            if r.random() < 0.7:
                return "sk-proj-" + self.rs(56, B64U) + "T3BlbkFJ" + self.rs(56, B64U)
            return "sk-" + self.rs(20) + "T3BlbkFJ" + self.rs(20)
        if kind == "anthropic":
            return "sk-ant-api03-" + self.rs(93, B64U) + "AA"
        if kind == "aws":
            return "AKIA" + self.rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        if kind == "aws_secret":
            return self.rs(40, B62 + "/+")
        if kind == "github":
            if r.random() < 0.7:
                return "ghp_" + self.rs(36)
            return "github_pat_11" + self.rs(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_" + self.rs(59)
        if kind == "google":
            return "AIzaSy" + self.rs(33, B64U)
        if kind == "stripe":
            return r.choice(["sk_live_51", "rk_live_51"]) + self.rs(97)
        if kind == "slack":
            return r.choice(["xoxb-", "xoxp-"]) + str(r.randint(10 ** 11, 10 ** 12 - 1)) + "-" + \
                str(r.randint(10 ** 12, 10 ** 13 - 1)) + "-" + self.rs(24)
        if kind == "slack_hook":
            return "https://hooks.slack.com/services/T" + self.rs(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + \
                "/B" + self.rs(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "/" + self.rs(24)
        if kind == "mollie":
            return "live_" + self.rs(30)
        if kind == "sendgrid":
            return "SG." + self.rs(22, B64U) + "." + self.rs(43, B64U)
        if kind == "hf":
            return "hf_" + self.rs(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        if kind == "jwt":
            head = b64u(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")))
            payload = {"sub": self.rs(12, "0123456789abcdef"), "iat": r.randint(1767225600, 1790000000),
                       "exp": r.randint(1790000000, 1800000000), "scope": r.choice(["read write", "api", "admin"]),
                       "tid": self.rs(8, "0123456789abcdef")}
            return head + "." + b64u(json.dumps(payload, separators=(",", ":"))) + "." + self.rs(43, B64U)
        if kind == "pem":
            body = "MIIEpAIBAAKCAQEA" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(1180))).decode()
            body = body[:1588] + "=="
            lines = [body[i:i + 64] for i in range(0, len(body), 64)]
            return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"
        if kind == "openssh":
            body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + \
                base64.b64encode(bytes(r.getrandbits(8) for _ in range(260))).decode()
            lines = [body[i:i + 70] for i in range(0, len(body), 70)]
            return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
        if kind == "pkcs8_json":
            body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC" + \
                base64.b64encode(bytes(r.getrandbits(8) for _ in range(900))).decode()
            lines = [body[i:i + 64] for i in range(0, len(body), 64)]
            return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"
        raise ValueError(kind)

    def key(self, kind):
        return AK(self.key_s(kind))


def b64u(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


DATE_STYLES = {
    "nl": ("wd d m", "wd d m y", "d m", "d m y", "dd-mm-yyyy", "d-m-yyyy", "wa d ma", "wd d m", "d m y"),
    "vl": ("wd d m", "wd d m y", "d m y", "dd/mm/yyyy", "d/m"),
    "en": ("EN wd d m", "EN d m y", "EN m d, y", "EN a d m y", "iso"),
    "de": ("DE wd d m", "DE d m y", "dd.mm.yyyy"),
}
DOB_STYLES = {
    "nl": ("dd-mm-yyyy", "d m y", "d-m-yyyy", "dd-mm-yyyy", "iso"),
    "vl": ("dd/mm/yyyy", "d m y"),
    "en": ("dd/mm/yyyy", "EN d m y", "iso"),
    "de": ("dd.mm.yyyy", "DE d m y"),
}
AMOUNT_STYLES = {
    "nl": ("eur_sp", "eur", "dash", "EUR", "euro", "post", "eur_sp", "eur", "dash_sp", "EUR00", "post_eur"),
    "vl": ("eur_sp", "post", "EUR00", "euro"),
    "en": ("en", "en_sp", "eur_sp", "en"),
    "de": ("de", "EUR00", "eur_sp"),
}


def fmt_date(d, style, lang="nl"):
    wd, m, y = d.weekday(), d.month - 1, d.year
    if style == "wd d m":
        return "%s %d %s" % (NL_DAYS[wd], d.day, NL_MONTHS[m])
    if style == "wd d m y":
        return "%s %d %s %d" % (NL_DAYS[wd], d.day, NL_MONTHS[m], y)
    if style == "d m":
        return "%d %s" % (d.day, NL_MONTHS[m])
    if style == "d m y":
        return "%d %s %d" % (d.day, NL_MONTHS[m], y)
    if style == "dd-mm-yyyy":
        return "%02d-%02d-%d" % (d.day, d.month, y)
    if style == "d-m-yyyy":
        return "%d-%d-%d" % (d.day, d.month, y)
    if style == "d-m":
        return "%d-%d" % (d.day, d.month)
    if style == "dd-mm":
        return "%02d-%02d" % (d.day, d.month)
    if style == "dd/mm/yyyy":
        return "%02d/%02d/%d" % (d.day, d.month, y)
    if style == "d/m":
        return "%d/%d" % (d.day, d.month)
    if style == "wa d ma":
        return "%s %d %s" % (NL_DAYS_A[wd], d.day, NL_MONTHS_A[m])
    if style == "wa d ma y":
        return "%s %d %s %d" % (NL_DAYS_A[wd], d.day, NL_MONTHS_A[m], y)
    if style == "iso":
        return d.isoformat()
    if style == "EN wd d m":
        return "%s %d %s" % (EN_DAYS[wd], d.day, EN_MONTHS[m])
    if style == "EN d m y":
        return "%d %s %d" % (d.day, EN_MONTHS[m], y)
    if style == "EN m d, y":
        return "%s %d, %d" % (EN_MONTHS[m], d.day, y)
    if style == "EN a d m y":
        return "%s %d %s %d" % (EN_DAYS[wd][:3], d.day, EN_MONTHS[m][:3], y)
    if style == "EN wd, m d, y":
        return "%s, %s %d, %d" % (EN_DAYS[wd], EN_MONTHS[m], d.day, y)
    if style == "DE wd d m":
        return "%s, %d. %s" % (DE_DAYS[wd], d.day, DE_MONTHS[m])
    if style == "DE d m y":
        return "%d. %s %d" % (d.day, DE_MONTHS[m], y)
    if style == "dd.mm.yyyy":
        return "%02d.%02d.%d" % (d.day, d.month, y)
    raise ValueError(style)


def org_domain(org):
    s = ascii_fold(org).lower()
    s = re.sub(r"[^a-z0-9 ]", "", s)
    ws = [w for w in s.split() if w not in ("de", "het", "bv", "vof", "en", "t")]
    return "-".join(ws[-2:]) + ".nl" if len(ws) > 1 else (ws[0] if ws else "org") + ".nl"


# ----------------------------------------------------------------------------------------------
# organisations (invented for c17; their words are checked against every person name)
# ----------------------------------------------------------------------------------------------
ORGS = {
    "school": ["OBS De Regenboog", "CBS Het Kompas", "Kindcentrum De Vlinderhof", "IKC De Spelewei",
               "Basisschool De Wilgenstam", "OBS Het Zonnedak", "Daltonschool De Klimop", "Jenaplanschool Het Zeilschip",
               "CBS De Fontein", "Montessorischool Kleurrijk"],
    "kdv": ["Kinderopvang Kleine Beer", "KDV Het Bijenhuis", "BSO De Speeltuin", "Gastouderbureau Knus",
            "Peuteropvang Hummeltjes", "Kinderdagverblijf Pluk"],
    "sport": ["vv Oranje Zwart", "HV Snelwiek", "Tennisvereniging De Lobbers", "Hockeyclub De Zwaluwen",
              "Korfbalvereniging Blauw Geel", "Zwemvereniging De Dolfijn", "Gymvereniging Sterk Staal",
              "Schaakclub De Toren", "IJsclub Nooitgedacht", "Atletiekvereniging Olympus"],
    "garage": ["Autobedrijf Rijnmond", "Garage De Ringweg", "Autoservice Polderzicht", "Autobedrijf Hoefijzer",
               "Occasioncentrum De Spil", "Bandenservice Snelweg"],
    "install": ["Installatietechniek Noordkwartier", "Loodgietersbedrijf Waterpas", "Elektro Vonk",
                "Warmtepomp Service Oost", "Bouwbedrijf Stevig", "Dakwerken Zuidhelling", "Klusbedrijf Handig"],
    "dental": ["Tandartspraktijk Het Wapen", "Mondzorg Stadspoort", "Tandartsen De Glimlach"],
    "physio": ["Fysiotherapie De Beweging", "Fysio Parkzicht", "Oefentherapie Lenig"],
    "gp": ["Huisartsenpraktijk Zuiderpark", "Huisartsen De Vaart", "Gezondheidscentrum Eilandplein"],
    "notary": ["Notariskantoor Eikenhorst", "Notariaat Westerpoort", "Notarissen aan het Spui"],
    "lawyer": ["Advocatenkantoor Poortwacht", "Deurwaarderskantoor Oosterpoort", "Advocaten Stadhuisplein"],
    "hotel": ["Hotel De Zeester", "Hotel Duinrand", "Landgoedhotel Heidezicht", "B&B De Oude Pastorie"],
    "rest": ["Restaurant Het Anker", "Brasserie Havenlicht", "Pannenkoekenhuis De Molenwiek", "Bistro Zoutkeet",
             "Eetcafé De Pomp"],
    "farm": ["Zorgboerderij De Hooiberg", "Melkveebedrijf Weidezicht", "Boerderijwinkel De Groene Schuur",
             "Fruitteeltbedrijf Appelhof"],
    "garden": ["Tuincentrum De Bloeiende Wilg", "Kwekerij Groeikracht", "Hoveniersbedrijf Groenvak"],
    "church": ["Protestantse Gemeente De Ark", "Parochie Heilige Bonifatius", "Evangeliegemeente De Bron"],
    "found": ["Stichting Voedselbank Rivierenland", "Stichting Vrienden van het Hospice",
              "Stichting Kinderkoor Klankkleur", "Stichting Buurthuis De Schakel"],
    "gemeente": ["Gemeente Westerveen", "Gemeente Lingewaarden", "Gemeente Heuvelrijk", "Gemeente Oostkampen"],
    "it": ["Bitwerk ICT", "Noordlink IT", "Helder Systeembeheer", "Serverzorg Twente"],
    "de": ["Haustechnik Niederrhein GmbH", "Autohaus Grenzland GmbH", "Gartenbau Reichswald GmbH"],
}


def org(g, kind):
    return g.r.choice(ORGS[kind])


def any_org(g):
    kinds = sorted(k for k in ORGS if k != "de")
    return org(g, g.r.choice(kinds))


# ----------------------------------------------------------------------------------------------
# forms: mail headers, quotes, chats
# ----------------------------------------------------------------------------------------------
def who(name, mail):
    return [name, " <", mail, ">"]


def hdr_nl(g, frm, to, subj, d, t=None, cc=None):
    t = t or g.time(7, 22, 0)
    out = ["Van: ", frm, "\nVerzonden: ", K(fmt_date(d, "wd d m y")), " ", t, "\nAan: ", to]
    if cc is not None:
        out += ["\nCC: ", cc]
    out += ["\nOnderwerp: ", subj, "\n\n"]
    return out


def hdr_en(g, frm, to, subj, d, cc=None):
    h = g.r.randint(7, 21)
    t = "%d:%02d %s" % ((h - 1) % 12 + 1, g.r.randint(0, 59), "AM" if h < 12 else "PM")
    out = ["From: ", frm, "\nSent: ", K(fmt_date(d, "EN wd, m d, y")), " ", t, "\nTo: ", to]
    if cc is not None:
        out += ["\nCc: ", cc]
    out += ["\nSubject: ", subj, "\n\n"]
    return out


def hdr_gmail(g, frm, to, subj, d):
    return ["---------- Doorgestuurd bericht ---------\nVan: ", frm, "\nDate: ",
            K(fmt_date(d, "wa d ma y")), " om ", g.time(7, 22, 0), "\nSubject: ", subj, "\nTo: ", to, "\n\n"]


def wrote_nl(g, name, mail, d):
    return ["Op ", K(fmt_date(d, "wa d ma y")), " om ", g.time(7, 22, 0), " schreef ", name, " <", mail, ">:\n"]


def wrote_en(g, name, mail, d):
    return ["On ", K(fmt_date(d, "EN a d m y")), " at ", g.time(7, 22, 0), ", ", name, " <", mail, "> wrote:\n"]


def wrote_de(g, name, mail, d):
    return ["Am ", K(fmt_date(d, "dd.mm.yyyy")), " um ", g.time(7, 22, 0), " schrieb ", name, " <", mail, ">:\n"]


def wa_stamp(d, h, m, s, style):
    t = "%02d:%02d" % (h, m)
    if style == 0:
        return "[%02d-%02d-%d %s:%02d] " % (d.day, d.month, d.year, t, s)
    if style == 1:
        return "%d/%d/%02d, %s - " % (d.day, d.month, d.year % 100, t)
    if style == 2:
        return "[%s %s] " % (d.isoformat(), t)
    return "[%s] " % t


def chat(g, d, lines, style=None, lo=7, hi=20):
    """lines: list of (speaker segs, message segs); timestamps run forward."""
    style = g.r.randint(0, 3) if style is None else style
    out = []
    mins = g.r.randint(lo * 60, hi * 60)
    for sp, msg in lines:
        mins = min(mins + g.r.randint(0, 25), 23 * 60 + 59)
        out += [wa_stamp(d, mins // 60, mins % 60, g.r.randint(0, 59), style), sp, ": ", msg, "\n"]
    return out


def teams(g, lines):
    out = []
    h = g.r.randint(8, 16)
    m = g.r.randint(0, 40)
    for sp, msg in lines:
        m += g.r.randint(0, 4)
        out += ["[%02d:%02d] " % (h + m // 60, m % 60), sp, "\n", msg, "\n\n"]
    return out


def sig(g, p, org_name, lang="nl", tel=True, mail=True):
    out = [{"nl": "Met vriendelijke groet,", "vl": "Met vriendelijke groeten,", "en": "Kind regards,",
            "de": "Mit freundlichen Grüßen"}[lang], "\n", p.full, "\n", org_name]
    if tel:
        out += ["\n", {"nl": "T ", "vl": "Tel. ", "en": "T ", "de": "Tel. "}[lang], p.tel]
    if mail:
        out += ["\n", p.mail]
    return out


PROMPTS = {
    "nl": (("Maak hier een nette brief van:\n\n", ""), ("Wat moet ik terugschrijven?\n\n", ""),
           ("", "\n\nKun je dit samenvatten in drie punten?"), ("Zet dit om in een overzichtelijke tabel:\n", ""),
           ("Herschrijf dit vriendelijker, maar laat de feiten staan:\n\n", ""),
           ("", "\n\n---\nWelke acties moet ik hier nog op ondernemen?"),
           ("Kun je checken of hier fouten in staan?\n\n\"\"\"\n", "\n\"\"\""),
           ("Vertaal naar het Engels:\n\n", "")),
    "vl": (("Kan je dit herschrijven in correct Nederlands?\n\n", ""), ("Maak hier een mailtje van:\n\n", ""),
           ("", "\n\nWat antwoord ik best?")),
    "en": (("Summarise this thread\n\n", ""), ("Draft a polite reply to this:\n\n", ""),
           ("", "\n\nWhat should I answer?"), ("Turn this into a table:\n", ""),
           ("Translate to Dutch, keep the formatting:\n\n", "")),
    "de": (("Fass das bitte kurz zusammen:\n\n", ""), ("", "\n\nWas soll ich antworten?")),
}


def prompt_wrap(g, segs, lang):
    pre, post = g.r.choice(PROMPTS.get(lang, PROMPTS["nl"]))
    return [pre, segs, post]


OCR_SUBS = (("m", "rn"), ("l", "1"), ("e", "c"), ("o", "0"), ("i", "í"), ("h", "b"), ("n", "ri"), ("t", "l"))


def ocr(g, segs, rate=0.05, hyph=0.06):
    """Scanner noise on plain words only; masked and kept values stay as written."""
    r = g.r

    def noisy(s):
        out = []
        for w in re.split(r"(\s+)", s):
            if len(w) > 5 and w.isalpha() and r.random() < rate:
                a, b = r.choice(OCR_SUBS)
                i = w.find(a, 1)
                if i > 0:
                    w = w[:i] + b + w[i + 1:]
            if len(w) > 8 and w.isalpha() and r.random() < hyph:
                i = r.randint(3, len(w) - 3)
                w = w[:i] + "-\n" + w[i:]
            out.append(w)
        return "".join(out)

    return map_plain(segs, noisy)


# ----------------------------------------------------------------------------------------------
# payslip builder (its items add up to the cent; the check recomputes it)
# ----------------------------------------------------------------------------------------------
PENSION = {"school": ["Pensioenpremie ABP"], "gemeente": ["Pensioenpremie ABP"], "kdv": ["Pensioenpremie PFZW"],
           "physio": ["Pensioenpremie PFZW"], "dental": ["Pensioenpremie PFZW"], "gp": ["Pensioenpremie PFZW"],
           "garage": ["Pensioen PMT", "Pensioenpremie PME"], "install": ["Pensioen PMT", "Pensioenpremie BPF Bouw"],
           "rest": ["Pensioen Horeca & Catering"], "hotel": ["Pensioen Horeca & Catering"],
           "farm": ["Pensioenpremie BPL"], "garden": ["Pensioenpremie BPL"]}


def payslip(g, style="eur_sp", hours=None, period=None, lang="nl", theme=None):
    r = g.r
    monthly = r.randint(2150, 5400) * 100 + r.choice([0, 0, r.randint(0, 99)])
    earn = []
    if hours:
        rate = r.randint(1425, 2650)
        h = r.choice([96, 104, 120, 136, 152, 160, 168])
        base = rate * h
        earn.append(({"nl": "Uurloon %s x %d uur" % (amount_str(rate, "plain"), h),
                      "en": "Hourly wage %s x %d h" % (amount_str(rate, "en")[1:], h),
                      "de": "Stundenlohn %s x %d Std." % (amount_str(rate, "plain"), h)}[lang], base))
    else:
        base = monthly
        earn.append(({"nl": "Salaris", "en": "Base salary", "de": "Grundgehalt"}[lang], base))
    extra_nl = [("Overwerk 125%", 0.03, 0.09), ("Ploegentoeslag", 0.04, 0.1), ("Onregelmatigheidstoeslag", 0.02, 0.07),
                ("Vakantiegeld", 0.08, 0.08), ("Eindejaarsuitkering", 0.0833, 0.0833), ("Toeslag zaterdag", 0.01, 0.04)]
    extra_en = [("Overtime 125%", 0.03, 0.09), ("Shift allowance", 0.04, 0.1), ("Holiday allowance", 0.08, 0.08)]
    extra_de = [("Überstunden 25%", 0.03, 0.09), ("Schichtzulage", 0.04, 0.1), ("Urlaubsgeld", 0.08, 0.08)]
    pool = {"nl": extra_nl, "en": extra_en, "de": extra_de}[lang][:]
    r.shuffle(pool)
    for name, lo, hi in pool[:r.randint(0, 2)]:
        earn.append((name, int(base * r.uniform(lo, hi))))
    bruto = sum(c for _, c in earn)
    ded = []
    lh = int(bruto * r.uniform(0.17, 0.34))
    pens = int(bruto * r.uniform(0.05, 0.095))
    ded.append(({"nl": "Loonheffing", "en": "Wage tax", "de": "Lohnsteuer"}[lang], lh))
    ded.append(({"nl": r.choice(PENSION.get(theme, ["Pensioenpremie", "Pensioenpremie PFZW", "Pensioenpremie PME"])),
                 "en": "Pension contribution", "de": "Rentenversicherung"}[lang], pens))
    if lang == "de":
        ded.append(("Krankenversicherung", int(bruto * r.uniform(0.07, 0.085))))
        ded.append(("Solidaritätszuschlag", int(lh * 0.055)))
    opt = {"nl": [("Premie WGA-hiaat", 0.002, 0.006), ("Personeelsvereniging", 0, 0), ("Fietsplan", 0, 0),
                  ("Vakbondscontributie", 0, 0)],
           "en": [("WGA gap insurance", 0.002, 0.006), ("Staff association", 0, 0)],
           "de": [("Arbeitslosenversicherung", 0.012, 0.013)]}[lang][:]
    r.shuffle(opt)
    for name, lo, hi in opt[:r.randint(0, 2)]:
        c = int(bruto * r.uniform(lo, hi)) if hi else r.choice([500, 750, 1000, 2183, 2950, 1250])
        ded.append((name, c))
    net_extra = []
    if r.random() < 0.6:
        net_extra.append(({"nl": r.choice(["Reiskostenvergoeding", "Thuiswerkvergoeding", "Onkostenvergoeding"]),
                           "en": "Travel allowance", "de": "Fahrtkostenzuschuss"}[lang], r.randint(2300, 19800)))
    items = [(n, c, 1) for n, c in earn] + [(n, c, -1) for n, c in ded] + [(n, c, 1) for n, c in net_extra]
    net = sum(s * c for _, c, s in items)
    fmt = lambda c: amount_str(c, style)
    slip = {"items": [(fmt(c), c, s) for _, c, s in items], "net": (fmt(net), net),
            "bruto": (fmt(bruto), bruto)}
    g.meta["slip"] = slip
    return {"earn": [(n, K(fmt(c))) for n, c in earn], "ded": [(n, K(fmt(c))) for n, c in ded],
            "nx": [(n, K(fmt(c))) for n, c in net_extra], "bruto": K(fmt(bruto)), "net": K(fmt(net)),
            "items": [(n, K(fmt(c)), s) for n, c, s in items], "base_monthly": monthly}


def slip_lines(sl, width=34, minus="-", sep=None, lang="nl"):
    """Payslip body as aligned lines."""
    out = []
    lab = {"nl": ("Totaal bruto", "Netto uit te betalen"), "en": ("Gross pay", "Net pay"),
           "de": ("Gesamtbrutto", "Auszahlungsbetrag")}[lang]
    for n, v in sl["earn"]:
        out += [(n + (sep or " ")).ljust(width) if not sep else n + sep, v, "\n"]
    out += [(lab[0] + (sep or " ")).ljust(width) if not sep else lab[0] + sep, sl["bruto"], "\n"]
    for n, v in sl["ded"]:
        out += [(n + (sep or " ")).ljust(width) if not sep else n + sep, minus, v, "\n"]
    for n, v in sl["nx"]:
        out += [(n + (sep or " ")).ljust(width) if not sep else n + sep, v, "\n"]
    out += [(lab[1] + (sep or " ")).ljust(width) if not sep else lab[1] + sep, sl["net"]]
    return out


# ----------------------------------------------------------------------------------------------
# template registry
# ----------------------------------------------------------------------------------------------
TEMPLATES = {grp: [] for grp, _, _ in GROUPS}


def T(group, lang="nl", wrap=True):
    def deco(fn):
        TEMPLATES[group].append((fn, lang, wrap))
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# small helpers for templates
# ----------------------------------------------------------------------------------------------
def child_of(g, parent, gender=None):
    c = g.person(origin=parent.origin, gender=gender)
    c.tv, c.last = parent.tv, parent.last
    c.initials = c.first[0] + "."
    return c


def kd(d, style="wd d m", lang="nl"):
    return K(fmt_date(d, style, lang))


def groep(g):
    return g.r.choice(["groep 1/2", "groep 3", "groep 4", "groep 5", "groep 6", "groep 7", "groep 8", "groep 4/5",
                       "groep 6b", "groep 7a"])


# ================================================================================================
# PII: ordinary material with personal data (block [])
# ================================================================================================
@T("PII")
def pii_school_ziek_app(g):
    ouder = g.person()
    kind = child_of(g, ouder)
    juf = g.person(origin="nl", gender="f")
    d = g.workday()
    return chat(g, d, [
        (ouder.full, F("Goedemorgen juf {j}, {k} is vannacht ziek geworden en blijft vandaag thuis. "
                       "Mag {k2} het werk van {w} inhalen?", j=juf.fn, k=kind.fn, k2=kind.fn, w=g.week())),
        (J("Juf ", juf.fn), F("Dank je! Beterschap voor {k}. Ik leg het werkboek in de la, ophalen kan na "
                              "{t}.", k=kind.fn, t=g.ktime(14, 16, 0))),
    ])


@T("PII")
def pii_school_oudergesprek_invite(g):
    ouder = g.person()
    ouder2 = g.person(origin=ouder.origin, gender="m" if ouder.gender == "f" else "f")
    kind = child_of(g, ouder)
    juf = g.person(origin="nl")
    d = g.workday()
    sch = org(g, "school")
    return F("Onderwerp: Uitnodiging oudergesprek {kind} ({grp})\nOrganisator: {juf} <{jm}>\n"
             "Deelnemers: {o1} <{m1}>; {o2} <{m2}>\nWanneer: {d} {t1}-{t2}\nWaar: lokaal 12, {sch}\n\n"
             "Beste ouders van {kf},\n\nGraag bespreek ik de Cito-resultaten van {q} met jullie. "
             "Lukt dit tijdstip niet? Bel dan even naar school of naar {tel}.\n\nGroet,\n{jf}",
             kind=kind.full, grp=groep(g), juf=juf.full, jm=juf.mail, o1=ouder.full, m1=ouder.mail,
             o2=ouder2.full, m2=ouder2.mail, d=kd(d, "wd d m y"), t1=g.ktime(15, 16, 0), t2=g.ktime(17, 18, 0),
             sch=sch, kf=kind.fn, q=g.pick(["januari", "het middenjaar", "de M-toetsen"]), tel=juf.tel, jf=juf.fn)


@T("PII")
def pii_school_parro_export(g):
    juf = g.person(origin="nl", gender="f")
    ps = [g.person() for _ in range(3)]
    d = g.workday()
    lines = [(J("Juf ", juf.fn), F("Herinnering: {d} gaan we naar de kinderboerderij. Wie kan er rijden? "
                                    "Vertrek om {t}.", d=kd(d, "wd d m"), t=g.ktime(8, 9, 0)))]
    lines.append((ps[0].full, J("Ik kan rijden, 3 plekken achterin. Kenteken ", g.plate(), " voor de parkeerkaart.")))
    lines.append((ps[1].full, J("Ik helaas niet, ", child_of(g, ps[1]).fn, " heeft die ochtend tandarts.")))
    lines.append((ps[2].fn, J("Ik kan wel! Bellen kan op ", ps[2].tel)))
    return [g.pick(["Parro-export ", "Chat export ", "Groepsgesprek "]), groep(g), "\n\n", chat(g, d, lines)]


@T("PII")
def pii_school_inschrijving_form(g):
    ouder = g.person()
    kind = child_of(g, ouder)
    a = g.addr()
    d = g.workday()
    return F("Nieuwe inschrijving via website {sch}\n------------------------------\n"
             "Naam kind: {kind}\nGeboortedatum: {dob}\nRoepnaam: {kf}\nAdres: {st}\nPostcode: {pc}\nWoonplaats: {city}\n"
             "Naam ouder/verzorger: {ouder}\nTelefoon: {tel}\nE-mail: {mail}\nGewenste startdatum: {start}\n"
             "Vorige school/opvang: {prev}\nVerzonden op {sent} om {t}",
             sch=org(g, "school"), kind=kind.full, dob=g.dob("child"), kf=kind.fn, st=a.st, pc=a.pc, city=a.city,
             ouder=ouder.full, tel=ouder.tel, mail=ouder.mail, start=kd(g.after(d, 20, 90), "d m y"),
             prev=org(g, "kdv"), sent=kd(d, "dd-mm-yyyy"), t=g.ktime(7, 22, 0))


@T("PII")
def pii_kdv_ophalen_sms(g):
    ouder = g.person()
    kind = child_of(g, ouder)
    opa = g.person(origin=ouder.origin, gender="m")
    d = g.workday()
    return F("SMS van {tel}\n{d} {t}\n\nHoi, vandaag wordt {kind} opgehaald door opa {opa}. Hij rijdt in een "
             "grijze Skoda, {kt}. Ik ben zelf tot {t2} in vergadering. Groet {ouder}",
             tel=ouder.tel, d=kd(d, "wa d ma"), t=g.ktime(8, 12, 0), kind=kind.fn, opa=opa.full, kt=g.plate(),
             t2=g.ktime(17, 18, 0), ouder=ouder.fn)


@T("PII")
def pii_kdv_overdracht(g):
    pm = g.person(origin="nl", gender="f")
    kind = g.person(origin=g.origin())
    ouder = child_of(g, kind, gender="f")
    d = g.workday()
    return F("Overdracht {grp} - {d}\nIngevuld door: {pm}\n\n{kind}: goed gegeten (hele boterham), geslapen van "
             "{t1} tot {t2}. Mama {ouder} belde om {t3}: wordt later opgehaald, oma haalt. Nieuwe luiers "
             "meegeven svp.\nNotitie: fles staat in koelkast, naam erop.",
             grp=g.pick(["Dreumesgroep", "Babygroep Egeltjes", "Peutergroep Vosjes", "Groep Uiltjes"]),
             d=kd(d, "wd d m"), pm=pm.fn, kind=kind.full, t1=g.ktime(12, 13, 0), t2=g.ktime(14, 15, 0),
             ouder=ouder.fn, t3=g.ktime(9, 11, 0))


@T("PII", "en")
def pii_school_en_expat(g):
    ouder = g.person(origin=g.pick(["ir", "br", "ph", "ua", "ro", "nl"]))
    kind = child_of(g, ouder, gender="f")
    juf = g.person(origin="nl", gender="f")
    d = g.workday()
    return hdr_en(g, who(ouder.full, ouder.mail), who(juf.full, juf.mail),
                  J("Re: ", kind.fn, " - first weeks in ", groep(g)), d) + F(
        "Dear {jf},\n\nThank you for the update. {kf} is still a bit shy, but she talks about the class hamster every "
        "evening. We can come in on {d2} after school ({t}). If you need us sooner, my mobile is {tel}.\n\n"
        "Best,\n{of}", jf=juf.fn, kf=kind.fn, d2=kd(g.after(d, 2, 9), "EN wd d m", "en"), t=g.ktime(14, 15, 0),
        tel=ouder.tel, of=ouder.fn)


@T("PII")
def pii_sport_aanmelding_json(g):
    p = g.person()
    a = g.addr()
    d = g.day()
    iban = g.iban()
    return F('Webhook /aanmelden ontvangen {d} {t}\n{\n  "vereniging": "{club}",\n  "voornaam": "{vn}",\n'
             '  "achternaam": "{an}",\n  "geboortedatum": "{dob}",\n  "straat": "{st}",\n  "postcode": "{pc}",\n'
             '  "plaats": "{city}",\n  "telefoon": "{tel}",\n  "email": "{mail}",\n  "iban": "{iban}",\n'
             '  "contributie": "{c}",\n  "team": "{team}"\n}',
             d=kd(d, "iso"), t=g.ktime(6, 23, 0), club=org(g, "sport"), vn=p.fn, an=p.sur, dob=g.dob(style="iso"),
             st=a.st, pc=a.pc, city=a.city, tel=p.tel, mail=p.mail, iban=iban,
             c=g.money(90, 260, "eur_sp"), team=g.pick(["JO11-2", "MO15-1", "Veteranen", "Recreanten", "Heren 4"]))


@T("PII")
def pii_sport_vrijwilligersrooster(g):
    ps = [g.person() for _ in range(4)]
    d = g.day()
    d2 = g.after(d, 7, 7)
    return F("Bardienst {club} - {wk}\n\nza {d1}\n  09:00-12:30  {a} ({at})\n  12:30-16:00  {b}\n\n"
             "za {d2}\n  09:00-12:30  {c}\n  12:30-16:00  {dd} (ruilt met {a2})\n\nRuilen? Zelf regelen en "
             "doorgeven aan de barcommissie.",
             club=org(g, "sport"), wk=g.week(), d1=kd(d, "d m"), a=ps[0].full, at=ps[0].tel, b=ps[1].full,
             d2=kd(d2, "d m"), c=ps[2].full, dd=ps[3].full, a2=ps[0].fn)


@T("PII")
def pii_sport_contributie_herinnering(g):
    p = g.person()
    d = g.workday()
    tr = g.person(origin="nl")
    return F("Beste {p},\n\nVolgens onze administratie staat de contributie voor seizoen 2025-2026 nog open: "
             "{amt}. Wil je dit voor {dl} overmaken naar {iban} o.v.v. lidnummer {nr}?\n\nIs er iets "
             "veranderd in je situatie, laat het me weten, dan kijken we naar een regeling.\n\nSportieve groet,\n"
             "{tr}\npenningmeester {club}\n{tm}",
             p=p.fn, amt=g.money(120, 310), dl=kd(g.after(d, 10, 30), "d m"), iban=g.iban(), nr=g.num("", 6),
             tr=tr.full, club=org(g, "sport"), tm=tr.mail)


@T("PII")
def pii_sport_ledenmutatie(g):
    p = g.person()
    old = g.addr()
    new = g.addr()
    d = g.workday()
    return F("Ledenmutatie #{nr}\nType: adreswijziging\nLid: {rev} (lidnr. {lid})\nOud adres: {o1}, {o2} {oc}\n"
             "Nieuw adres: {n1}, {n2} {nc}\nIngangsdatum: {d}\nVerwerkt door: ledenadministratie",
             nr=g.knum("", 5), rev=p.rev, lid=g.num("", 7), o1=old.st, o2=old.pc, oc=old.city, n1=new.st, n2=new.pc,
             nc=new.city, d=kd(d, "dd-mm-yyyy"))


@T("PII", "vl")
def pii_sport_vl_kamp(g):
    ouder = g.person(origin="vl")
    kind = child_of(g, ouder)
    a = g.addr("vl")
    d = g.day((2026, 6, 1), (2026, 8, 20))
    return F("Inschrijving sportkamp {club}\n\nNaam deelnemer: {kind}\nGeboortedatum: {dob}\nAdres: {st}, {pc} {city}\n"
             "Ouder: {ouder}, gsm {gsm}\nE-mail: {mail}\nKamp: {d} t.e.m. {d2}\nBedrag: {amt} (te betalen via "
             "overschrijving)\nOpmerking: {kf} mag niet in de zon zonder pet, gelieve daarop te letten.",
             club=g.pick(["KFC Zwaluwen", "Turnkring Vooruit", "Hockeyclub De Leeuwkens"]), kind=kind.full,
             dob=g.dob("child", "vl"), st=a.st, pc=a.pc, city=a.city, ouder=ouder.full, gsm=ouder.tel,
             mail=ouder.mail, d=kd(d, "d/m"), d2=kd(g.after(d, 4, 4), "d/m"), amt=g.money(95, 185, "eur_sp"),
             kf=kind.fn)


@T("PII")
def pii_sport_teams_trainer(g):
    a = g.person(origin="nl")
    b = g.person()
    sp = g.person()
    d = g.workday()
    return teams(g, [
        (a.full, F("Hoi {b}, kun jij donderdag de training van de JO13 overnemen? Ik moet werken.", b=b.fn)),
        (b.full, F("Ja prima. Komt {s} weer mee? Zijn vader vroeg of hij {d} mag meespelen.", s=sp.fn,
                   d=kd(d, "wd d m"))),
        (a.full, F("Ja, bel zijn vader even: {tel}. Ik heb het adres ook als je hem moet ophalen: {st}.",
                   tel=g.tel(mobile=True), st=g.addr().st)),
    ])


@T("PII", "de")
def pii_sport_de_turnier(g):
    p = g.person(origin="de")
    nl = g.person(origin="nl")
    d = g.day((2026, 3, 1), (2026, 10, 30))
    return F("Hallo {nl},\n\nwir kommen gerne mit zwei Mannschaften zum Turnier am {d}. Ansprechpartner vor Ort ist "
             "{p}, erreichbar unter {tel}. Die Startgebühr von {amt} überweisen wir nächste Woche.\n\n"
             "Viele Grüße aus {city}\n{pf}\n{mail}",
             nl=nl.fn, d=kd(d, "DE d m y", "de"), p=p.full, tel=p.tel, amt=g.money(40, 120, "de"),
             city=g.pick(CITIES["de"]), pf=p.fn, mail=p.mail)


@T("PII")
def pii_kdv_wachtlijst_mail(g):
    ouder = g.person()
    kind = child_of(g, ouder)
    d = g.workday()
    plan = g.person(origin="nl", gender="f")
    return hdr_nl(g, who(plan.full, g.org_mail(org(g, "kdv"), "planning")), who(ouder.full, ouder.mail),
                  "Plaatsing wachtlijst", d) + F(
        "Beste {o},\n\nGoed nieuws: per {start} kunnen we {kind} (geboren {dob}) plaatsen op maandag en donderdag. "
        "Het uurtarief is {uur}. Laat je uiterlijk {dl} weten of je de plek aanneemt?\n\nHartelijke groet,\n{pf}",
        o=ouder.fn, start=kd(g.after(d, 30, 80), "d m y"), kind=kind.fn, dob=g.dob("baby"),
        uur=g.money(9, 11.5, "eur_sp", whole=False), dl=kd(g.after(d, 5, 12), "wd d m"), pf=plan.fn)


@T("PII")
def pii_school_luizen_notitie(g):
    ks = [g.person() for _ in range(3)]
    d = g.workday()
    return F("Luizenpluis {grp}, {d} (handgeschreven lijst, overgetypt)\n\n- {a}: neetjes, ouders gebeld ({at})\n"
             "- {b}: schoon\n- {c}: luis gevonden, moeder komt om {t}\n\nVolgende controle: {wk}.",
             grp=groep(g), d=kd(d, "dd-mm-yyyy"), a=ks[0].full, at=g.tel(), b=ks[1].full, c=ks[2].full,
             t=g.ktime(11, 14, 0), wk=g.week())


@T("PII")
def pii_school_gmail_forward(g):
    dir_ = g.person(origin="nl")
    ouder = g.person()
    kind = child_of(g, ouder)
    ib = g.person(origin="nl", gender="f")
    d = g.workday()
    d0 = d - datetime.timedelta(days=1)
    inner = F("Beste {dir},\n\nOnze zoon {kind} wordt op het plein steeds uitgescholden. We willen graag een "
              "afspraak. Ons adres is {st}, mocht u een brief willen sturen.\n\nMet vriendelijke groet,\n{ouder}",
              dir=dir_.Sur, kind=kind.fn, st=g.addr().st, ouder=ouder.full)
    return hdr_gmail(g, who(dir_.full, dir_.mail), who(ib.full, ib.mail),
                     J("Fwd: pesten ", groep(g)), d) + F("Wil jij dit oppakken als intern begeleider?\n\n", ) + \
        wrote_nl(g, ouder.full, ouder.mail, d0) + quote(inner)


@T("PII")
def pii_school_schoolreis_betaling(g):
    ouder = g.person()
    kind = child_of(g, ouder)
    d = g.workday()
    return F("Van: {o} <{om}>\nAan: ouderraad\n\nHoi, ik heb de schoolreisbijdrage voor {kf} ({grp}) betaald, "
             "{amt} op {d}, van rekening {iban}. In het overzicht staat hij nog als openstaand. Kunnen jullie "
             "even kijken?\nGr. {of}",
             o=ouder.full, om=ouder.mail, kf=kind.full, grp=groep(g), amt=g.money(25, 60), d=kd(d, "d m"),
             iban=g.iban(), of=ouder.fn)


@T("PII")
def pii_kdv_voicemail(g):
    ouder = g.person()
    kind = child_of(g, ouder)
    d = g.workday()
    return F("Voicemail {org} - {d}, {t}\nNummer: {tel}\nTranscriptie (automatisch):\n\"Ja hoi, met {o}, de moeder van "
             "{k}, eh, uit de babygroep. Ik wilde even zeggen dat ze morgen niet komt, ze heeft een inenting. "
             "Wil iemand me terugbellen op nul zes, eh, dat nummer waarmee ik nu bel? Dank je wel, doei.\"",
             org=org(g, "kdv"), d=kd(d, "wd d m"), t=g.ktime(8, 17, 0), tel=ouder.tel, o=ouder.full, k=kind.fn)


@T("PII", "en")
def pii_sport_en_signup(g):
    p = g.person(origin=g.pick(["nl", "br", "pt", "ph", "pl"]))
    a = g.addr()
    d = g.workday()
    return F("New trial lesson request - {club}\nName: {n}\nDate of birth: {dob}\nPhone: {tel}\nEmail: {mail}\n"
             "Address: {st}, {pc} {city}\nPreferred day: {day}\nMessage: I played in {land} for five years, "
             "looking for a team at a recreational level. I can also help with coaching on Tuesday evenings.\n"
             "Submitted {d} {t}",
             club=org(g, "sport"), n=p.full, dob=g.dob(lang="en"), tel=p.tel, mail=p.mail, st=a.st, pc=a.pc,
             city=a.city, day=g.pick(["Tuesday", "Thursday", "Saturday morning"]),
             land=g.pick(["Porto", "Curitiba", "Manila", "Kraków"]), d=kd(d, "iso"), t=g.ktime(7, 23, 0))


@T("PII")
def pii_sport_notulen_initialen(g):
    ps = [g.person(origin="nl") for _ in range(4)]
    d = g.workday()
    return F("Notulen bestuursvergadering {club}, {d}\nAanwezig: {a1} (vz), {a2} (secr), {a3} (penn), {a4}\n\n"
             "1. Opening door {i1}.\n2. Kantine: {i3} meldt omzet kwartaal 1 van {amt}.\n3. Sponsoring: {i4} "
             "belt de bakker. Actie {i4} voor {dl}.\n4. Rondvraag: {i2} vraagt of de ALV naar {alv} kan.\n"
             "Sluiting {t}.",
             club=org(g, "sport"), d=kd(d, "d m y"), a1=ps[0].full, a2=ps[1].full, a3=ps[2].full, a4=ps[3].full,
             i1=ps[0].abbr, i3=ps[2].abbr, amt=g.money(2000, 9000), i4=ps[3].abbr, dl=kd(g.after(d), "d m"),
             i2=ps[1].abbr, alv=kd(g.after(d, 20, 60), "wd d m"), t=g.ktime(21, 22, 0))


@T("PII", "fy")
def pii_fy_ijsclub(g):
    p = g.person(origin="fy")
    q = g.person(origin="fy")
    a = g.addr("fy")
    d = g.day((2026, 1, 5), (2026, 2, 27))
    return F("Berjocht fan {club}\n\nBêste leden,\nOp {d} is de baan iepen fan {t} oant 21.00 oere. Kaartsjes "
             "by {p}, {st} yn {city}, of belje {tel}. Frijwilligers foar it iisveegjen kinne har melde by {q}.\n\n"
             "It bestjoer", club=org(g, "sport"), d=kd(d, "d m"), t=g.ktime(9, 10, 0), p=p.full, st=a.st,
             city=a.city, tel=p.tel, q=q.full)


@T("PII")
def pii_school_groepsapp_ocr_screenshot(g):
    ps = [g.person() for _ in range(3)]
    d = g.workday()
    return F("(tekst uit screenshot)\n\n{a}\nWie heeft er een gymzak gevonden met {k} erop?\n{t1}\n\n{b}\nNee, maar "
             "ik heb wel een blauwe beker. {bt} als je hem zoekt\n{t2}\n\n{c}\nDie beker is van ons! Kom m morgen "
             "halen\n{t3}",
             a=ps[0].low, k=child_of(g, ps[0]).fn, t1=g.ktime(19, 21, 0), b=ps[1].low, bt=ps[1].tel,
             t2=g.ktime(20, 21, 0), c=ps[2].low, t3=g.ktime(21, 22, 0))


@T("PII")
def pii_sport_proefles_teams(g):
    a = g.person()
    b = g.person()
    return teams(g, [(a.full, F("Er belde een {mr} {s} voor een proefles zwemmen. Nummer {tel}.", mr=b.mr,
                                s=b.Sur, tel=b.tel)),
                     (g.person().fn, J("Ik bel ", b.Sur, " morgen. Weet je het mailadres?")),
                     (a.full, J(b.mail))])


@T("PII")
def pii_kdv_toestemming_foto(g):
    ouder = g.person()
    kind = child_of(g, ouder)
    d = g.workday()
    return F("Formulier beeldmateriaal {org}\n\nKind: {k}\nGroep: {grp}\nOuder: {o}\nE-mail: {m}\n\n[x] foto's in de "
             "ouderapp\n[ ] foto's op de website\n[ ] foto's op social media\n\nIngevuld op {d}.",
             org=org(g, "kdv"), k=kind.full, grp=g.pick(["Vlinders", "Rupsjes", "Kikkers", "Zonnetjes"]),
             o=ouder.full, m=ouder.mail, d=kd(d, "dd-mm-yyyy"))


@T("PII")
def pii_school_verzuim_melding(g):
    kind = g.person()
    ouder = child_of(g, kind)
    lpl = g.person(origin="nl")
    d = g.workday()
    return F("Melding ongeoorloofd verzuim\nLeerling: {k}, geb. {dob}\nAdres: {st}, {pc} {city}\nOuder: {o} ({tel})\n"
             "Verzuim: {d1} t/m {d2} (vakantie buiten de schoolvakanties)\nGemeld door: {l}, leerplicht-"
             "contactpersoon\nDossier: LP-{nr}",
             k=kind.full, dob=g.dob("child"), st=(a := g.addr()).st, pc=a.pc, city=a.city, o=ouder.full,
             tel=ouder.tel, d1=kd(d, "d m"), d2=kd(g.after(d, 3, 6), "d m y"), l=lpl.full, nr=g.knum("2026-", 4))


@T("PII", "en")
def pii_kdv_en_handover(g):
    ouder = g.person(origin=g.pick(["vn", "ir", "ku", "so", "af", "nl"]))
    kind = child_of(g, ouder)
    nanny = g.person(origin=g.pick(["ph", "br", "pt", "ro"]), gender="f")
    d = g.workday()
    return chat(g, d, [(ouder.fn, F("Hi {n}, {k} has swimming at {t}, bag is by the door. Pick-up at the pool, "
                                    "{addr}.", n=nanny.fn, k=kind.fn, t=g.ktime(15, 16, 0), addr=g.addr().st)),
                       (nanny.fn, J("Ok! Will text you when we are home. Is the spare key still with ", g.person().full,
                                    "?")),
                       (ouder.fn, J("Yes, number 14. Her mobile is ", g.tel(mobile=True)))], 1)


# ---- garages, installers, practices, notaries and lawyers ----------------------------------------
@T("PII")
def pii_garage_werkorder(g):
    p = g.person()
    d = g.workday()
    return F("WERKORDER {wo}\n{garage}\nDatum: {d}   Monteur: {m}\n\nKlant: {k}\nTel: {tel}\nKenteken: {kt}   "
             "Km-stand: {km}\n\nWerkzaamheden:\n- Grote beurt\n- Remblokken voor vervangen\n- APK keuring\n\n"
             "Geschat: {amt} incl. btw\nKlaar: {klaar}",
             wo=g.knum("WO", 6), garage=org(g, "garage"), d=kd(d, "dd-mm-yyyy"), m=g.person(origin="nl").fn,
             k=J(p.dhr, " ", p.ini), tel=p.tel, kt=g.plate(), km=K("%d.%03d" % (g.r.randint(20, 310), g.r.randint(0, 999))),
             amt=g.money(280, 1450), klaar=J(kd(g.after(d, 0, 2), "wd d m"), " ", g.ktime(15, 17, 0)))


@T("PII")
def pii_garage_apk_sms(g):
    p = g.person()
    d = g.workday()
    return F("{garage}: Beste {n}, de APK van uw auto met kenteken {kt} verloopt op {dl}. Plan uw afspraak via "
             "onze site of bel {tel}. Stop? Antwoord STOP",
             garage=org(g, "garage"), n=J(p.dhr, " ", p.Sur), kt=g.plate(), dl=kd(g.after(d, 14, 40), "d-m-yyyy"),
             tel=g.tel(mobile=False))


@T("PII")
def pii_garage_proefrit_form(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return F("Proefrit registratie - {garage}\nDatum/tijd vertrek: {d} {t}\nAuto: Volkswagen Golf 1.5 eTSI, kenteken {kt}\n"
             "Bestuurder: {n}\nAdres: {st}, {pc} {city}\nMobiel: {tel}\nRijbewijs gecontroleerd: ja (laatste 4: {l4})\n"
             "Verwachte terugkomst: {t2}\nVerkoper: {v}",
             garage=org(g, "garage"), d=kd(d, "dd-mm-yyyy"), t=g.ktime(9, 16, 0), kt=g.plate(0.1), n=p.full,
             st=a.st, pc=a.pc, city=a.city, tel=p.tel, l4=str(g.r.randint(1000, 9999)), t2=g.ktime(16, 18, 0),
             v=g.person(origin="nl").fn)


@T("PII")
def pii_garage_voicemail(g):
    p = g.person(origin=g.pick(["nl", "tr", "ma", "pl", "sr"]))
    d = g.workday()
    return F("Voicemail werkplaats ({d} {t}) van {tel}:\n\"Goeiemiddag, met {n}. Ik heb vanochtend de bus gebracht, "
             "de {kt}, met dat geluid achter. Ik hoorde nog niks, kunt u me even bellen voor de prijs? Als het boven "
             "de vijfhonderd euro komt wil ik het eerst weten. Mijn nummer is {sp}. Ja, dank u.\"",
             d=kd(d, "dd-mm"), t=g.ktime(11, 16, 0), tel=g.tel(mobile=False), n=p.full, kt=g.plate(0.1),
             sp=g.spoken_mobile())


@T("PII", "en")
def pii_garage_en_tourist(g):
    p = g.person(origin="de")
    d = g.workday()
    a = g.addr("de")
    return F("Good afternoon,\n\nmy rental car ({kt}) broke down on the A12 and was towed to your workshop. Please call me "
             "on {tel} before you order any parts. The invoice should go to:\n{n}\n{st}\n{pc} {city}\n\nI am staying "
             "in the area until {dd}.\n\nBest regards,\n{n2}",
             kt=g.plate(0.1), tel=p.tel, n=p.full, st=a.st, pc=a.pc, city=a.city,
             dd=kd(g.after(d, 2, 6), "EN wd d m", "en"), n2=p.fn)


@T("PII")
def pii_install_werkbon(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    mont = g.person(origin=g.pick(["nl", "pl", "tr", "ro"]))
    return F("WERKBON {nr}    {org}\n\nOpdrachtgever: {k}\nAdres werk: {st}, {pc} {city}\nTelefoon: {tel}\n"
             "Datum: {d}   Aanvang {t1}   Gereed {t2}\nMonteur: {m}\n\nOmschrijving: CV-ketel geeft storing F28, "
             "ontsteking vervangen, waterdruk bijgevuld naar 1,8 bar.\nMateriaal: ontstekingselektrode, pakking\n"
             "Arbeid: 1,5 uur\nTotaal: {amt}\n\nStatus: afgerond, factuur volgt per mail.",
             nr=g.knum("WB-", 5), org=org(g, "install"), k=p.full, st=a.st, pc=a.pc, city=a.city, tel=p.tel,
             d=kd(d, "dd-mm-yyyy"), t1=g.ktime(8, 11, 0), t2=g.ktime(12, 15, 0), m=mont.full, amt=g.money(95, 380))


@T("PII")
def pii_install_meterstanden(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return F("Opname meterstanden bij sleuteloverdracht\nAdres: {st}, {pc} {city}\nDatum: {d}\nVertrekkend: {old}\n"
             "Nieuwe bewoner: {new} ({tel})\n\nElektra T1: {e1} kWh\nElektra T2: {e2} kWh\nGas: {gas} m3\n"
             "Water: {w} m3\n\nFoto's van de meters staan in het dossier.",
             st=a.st, pc=a.pc, city=a.city, d=kd(d, "d m y"), old=g.person().full, new=p.full, tel=p.tel,
             e1=K("%05d" % g.r.randint(1000, 60000)), e2=K("%05d" % g.r.randint(1000, 60000)),
             gas=K("%05d,%03d" % (g.r.randint(100, 9000), g.r.randint(0, 999))), w=K("%04d" % g.r.randint(50, 2000)))


@T("PII")
def pii_install_oplevering(g):
    p = g.person()
    p2 = g.person(origin=p.origin, gender="f" if p.gender == "m" else "m")
    a = g.addr()
    d = g.workday()
    return ocr(g, F("OPLEVERRAPPORT\n{org}\n\nProject: uitbouw en badkamer\nAdres: {st}\n{pc} {city}\nOpdrachtgevers: "
                    "{a1} en {a2}\nDatum oplevering: {d}\n\nOpleverpunten:\n1. Kitnaad douche bijwerken\n2. Deur "
                    "bijkeuken sleept\n3. Stopcontact keuken zit los\n\nHerstel gepland in {wk}. Contact uitvoerder: {u}, "
                    "{ut}.", org=org(g, "install"), st=a.st, pc=a.pc, city=a.city, a1=p.full, a2=p2.full,
                    d=kd(d, "dd-mm-yyyy"), wk=g.week(), u=(u := g.person(origin="nl")).full, ut=u.tel))


@T("PII", "en")
def pii_install_en_quote(g):
    p = g.person(origin=g.pick(["nl", "ir", "br", "ph", "ua"]))
    a = g.addr()
    d = g.workday()
    inst = g.person(origin="nl")
    return hdr_en(g, who(inst.full, inst.mail), who(p.full, p.mail), "Heat pump quote - site visit", d) + F(
        "Hi {pf},\n\nThanks for having us at {st} yesterday. As discussed, the hybrid heat pump comes to {amt} "
        "including installation; the subsidy (ISDE) is roughly {sub}. We can install in {wk}.\nCould you send a "
        "photo of the meter cupboard to this address or by WhatsApp ({tel})?\n\nCheers,\n{i}\n{org}",
        pf=p.fn, st=a.st, amt=g.money(3800, 7400, "en"), sub=g.money(1800, 2600, "en", whole=True), wk=g.week("en"),
        tel=inst.tel, i=inst.fn, org=org(g, "install"))


@T("PII")
def pii_dental_afspraak_sms(g):
    p = g.person()
    d = g.workday()
    return F("Herinnering {org}: {n}, u heeft een afspraak op {d} om {t} bij {th}. Verhinderd? Bel {tel} "
             "(24 uur van tevoren, anders rekenen wij {amt}).",
             org=org(g, "dental"), n=J(p.dhr, " ", p.Sur), d=kd(d, "wd d m"), t=g.ktime(8, 17, 0),
             th=J("tandarts ", g.person(origin="nl").Sur), tel=g.tel(mobile=False), amt=g.money(25, 45, "dash"))


@T("PII")
def pii_physio_verwijzing(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    ha = g.person(origin="nl")
    return F("VERWIJSBRIEF FYSIOTHERAPIE\n\nVan: {ha}, huisarts, {org}\nAan: {fys}\n\nBetreft: {p}\nGeboren: {dob}\n"
             "Adres: {st}, {pc} {city}\nTel: {tel}\n\nGraag beoordeling en behandeling van langdurige schouderklachten "
             "rechts. Verzekerd bij {zv}, polisnummer {pol}.\n\n{d}",
             ha=ha.ini, org=org(g, "gp"), fys=org(g, "physio"), p=J(p.dhr, " ", p.ini), dob=g.dob(),
             st=a.st, pc=a.pc, city=a.city, tel=p.tel, zv=g.pick(["Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW"]),
             pol=g.knum("", 8), d=kd(d, "d m y"))


@T("PII")
def pii_gp_terugbelverzoek(g):
    p = g.person()
    d = g.workday()
    return F("Terugbelverzoek (ingesproken via keuzemenu, {d} {t})\nNaam: {n}\nGeb.datum (ingetoetst): {dob}\n"
             "Terugbelnummer: {tel}\nVoorkeur arts: {arts}\nOnderwerp (door assistente): herhaalrecept + vraag over "
             "uitslag\nAfgehandeld: nee",
             d=kd(d, "dd-mm"), t=g.ktime(8, 10, 0), n=p.full, dob=g.dob(style="dd-mm-yyyy"), tel=p.tel,
             arts=J("dokter ", g.person(origin="nl").Sur))


@T("PII")
def pii_dental_begroting_vraag(g):
    p = g.person()
    d = g.workday()
    ass = g.person(origin="nl", gender="f")
    return [F("Op {dd} om {t} schreef {p} <{pm}>:\n", dd=kd(d, "wa d ma y"), t=g.ktime(9, 20, 0), p=p.full, pm=p.mail),
            quote(F("Goedemiddag, ik heb de begroting voor de kroon ontvangen ({amt}).\nVergoedt mijn verzekering "
                    "hier iets van? Mijn geboortedatum is {dob} als u dat nodig heeft.", amt=g.money(480, 1150),
                    dob=g.dob())),
            F("\n\nBeste {pf},\n\nDat hangt af van uw aanvullende verzekering; wij kunnen dat niet voor u inzien. "
              "Bel gerust uw verzekeraar met de begroting erbij.\n\nGroet,\n{a}\n{org}", pf=p.fn, a=ass.fn,
              org=org(g, "dental"))]


@T("PII", "en")
def pii_gp_en_registration(g):
    p = g.person(origin=g.pick(["ir", "ua", "br", "vn", "ph", "pl", "nl"]))
    a = g.addr()
    d = g.workday()
    return F("Re: Registration as new patient\n\nDear practice assistant,\n\nI moved to {st}, {pc} {city} on {d} "
             "and would like to register with {org}. My previous GP was in {prev}. Date of birth {dob}. You can reach "
             "me on {tel} or at {mail}.\n\nKind regards,\n{n}",
             st=a.st, pc=a.pc, city=a.city, d=kd(d, "EN d m y", "en"), org=org(g, "gp"),
             prev=g.pick(["Kyiv", "São Paulo", "Tehran", "Hanoi", "Manila", "Wrocław", "Rotterdam"]),
             dob=g.dob(lang="en"), tel=p.tel, mail=p.mail, n=p.full)


@T("PII")
def pii_physio_intramed_export(g):
    p = g.person()
    d = g.workday()
    return F("Patiënt\t{rev}\nGeb.\t{dob}\nTel.\t{tel}\nE-mail\t{mail}\nVerwijzer\t{ha}\nEerste consult\t{d} {t}\n"
             "Zittingen\t9 (vergoed t/m {d2})\nNotitie\tgeen bijzonderheden, oefenschema mee",
             rev=p.rev, dob=g.dob(style="dd-mm-yyyy"), tel=p.tel, mail=p.mail, ha=J("huisarts ", g.person(origin="nl").ini),
             d=kd(d, "dd-mm-yyyy"), t=g.ktime(8, 18, 0), d2=kd(g.after(d, 40, 90), "dd-mm-yyyy"))


@T("PII")
def pii_notary_afspraak(g):
    p = g.person()
    p2 = g.person(origin=p.origin, gender="f" if p.gender == "m" else "m")
    d = g.workday()
    a = g.addr()
    return F("Beste {a} en {b},\n\nHierbij bevestigen wij de afspraak voor het passeren van de akte van levering van "
             "{st} te {city} op {d} om {t} ten kantore van {org}. Neemt u beiden een geldig identiteitsbewijs mee. "
             "De nota van afrekening ({amt}) ontvangt u uiterlijk {dl}.\n\nMet vriendelijke groet,\n{kl}\n"
             "kandidaat-notaris",
             a=p.full, b=p2.full, st=a.st, city=a.city, d=kd(d, "wd d m y"), t=g.ktime(9, 16, 0),
             org=org(g, "notary"), amt=g.money(240000, 520000, "eur_sp", whole=True),
             dl=kd(d - datetime.timedelta(days=3), "wd d m"), kl=g.person(origin="nl").ini)


@T("PII")
def pii_lawyer_dagvaarding_ocr(g):
    p = g.person()
    a = g.addr()
    eiser = any_org(g)
    d = g.workday()
    return ocr(g, F("DAGVAARDING\n\nHeden, {d}, op verzoek van {eiser}, gevestigd te {c1}, heb ik, {dw}, gerechtsdeurwaarder "
                    "te {c2},\n\nGEDAGVAARD:\n\n{p}, wonende te {st}, {pc} {city},\n\nom op {zit} om 10.00 uur te "
                    "verschijnen ter terechtzitting van de kantonrechter, ter zake van een onbetaalde vordering van "
                    "{amt} vermeerderd met rente en kosten.",
                    d=kd(d, "d m y"), eiser=eiser, c1=g.pick(CITIES["nl"]), dw=g.person(origin="nl").ini,
                    c2=g.pick(CITIES["nl"]), p=p.upper, st=a.st, pc=a.pc, city=a.city.upper(),
                    zit=kd(g.after(d, 30, 60), "wd d m y"), amt=g.money(600, 4800, "eur_sp")), rate=0.06)


@T("PII")
def pii_lawyer_intake_teams(g):
    adv = g.person(origin="nl")
    cl = g.person()
    tp = g.person()
    return teams(g, [(adv.full, F("Nieuwe zaak binnen: {c} ({tel}), conflict met ex-werkgever over ontslag op staande "
                                  "voet. Tegenpartij vertegenwoordigd door {tp}.", c=cl.full, tel=cl.tel, tp=tp.ini)),
                     (g.person(origin="nl").full, J("Conflictcheck op ", tp.Sur, " gedaan: schoon. Dossier ",
                                                    g.knum("2026.", 4), " aangemaakt.")),
                     (adv.full, J("Top. Ik bel ", cl.fn, " morgen voor ", g.ktime(10, 11, 0), "."))])


@T("PII", "vl")
def pii_notary_vl(g):
    p = g.person(origin="vl")
    a = g.addr("vl")
    d = g.workday()
    return F("Geachte heer, mevrouw,\n\nIn het dossier {dos} (verkoop woning {st}, {pc} {city}) ontvingen wij het "
             "bodemattest. De akte kan verleden worden op {d} om {t}. Gelieve het voorschot van {amt} over te "
             "schrijven.\n\nVoor vragen: {n}, {tel}, {mail}.\n\nHoogachtend,\nnotariskantoor",
             dos=g.knum("", 6), st=a.st, pc=a.pc, city=a.city, d=kd(d, "wd d m y"), t=g.ktime(9, 16, 0),
             amt=g.money(2500, 9000, "eur_sp"), n=p.full, tel=p.tel, mail=p.mail)


@T("PII")
def pii_garage_inruil_whatsapp(g):
    p = g.person()
    v = g.person(origin="nl")
    d = g.workday()
    return chat(g, d, [(p.full, J("Goeiemorgen, wat bieden jullie voor mijn Peugeot 208 ", g.plate(), "? 86.000 km")),
                       (v.fn, J("Morgen ", p.fn, "! Op basis van de foto's rond de ", g.money(6000, 9500, "euro", whole=True),
                                ". Kom je ", kd(g.after(d, 1, 5), "wd d m"), " even langs?")),
                       (p.full, J("Prima. Ik kom met de auto van mijn partner, ", g.plate(), ", kan ik die voor de deur kwijt?")),
                       (v.fn, "Ja hoor, plek 3 is vrij.")])


@T("PII", "en")
def pii_garage_en_rental(g):
    p = g.person(origin=g.pick(["br", "pt", "ph", "ro", "bg", "pl"]))
    d = g.workday()
    return F("Hello,\n\nI returned the courtesy car ({kt}) this morning and left the key in the box. Fuel was full. "
             "My own car ({kt2}) is ready according to your SMS; I will pick it up {d} around {t}. Invoice to "
             "{mail} please.\n\nThanks, {n}\n{tel}",
             kt=g.plate(0.1), kt2=g.plate(), d=kd(g.after(d, 0, 3), "EN wd d m", "en"), t=g.ktime(16, 18, 0),
             mail=p.mail, n=p.full, tel=p.tel)


@T("PII")
def pii_install_storing_webform(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return F("naam={n}&straat={st}&postcode={pc}&plaats={city}&telefoon={tel}&email={mail}&storing=Geen+warm+water"
             "&voorkeur={d}&bron=website",
             n=p.lowfull, st=a.st, pc=a.pc, city=a.city, tel=p.tel, mail=p.mail, d=kd(d, "dd-mm-yyyy"))


@T("PII")
def pii_dental_wachtkamer_notitie(g):
    ps = [g.person() for _ in range(3)]
    d = g.workday()
    return F("Balie, {d} - overgetypt van briefje\n{t1} {a} verzet naar {d2}\n{t2} {b} komt later (file), belt "
             "vanaf {bt}\n{t3} {c}: nieuwe patiënt, formulier meegegeven",
             d=kd(d, "wa d ma"), t1=g.ktime(8, 9, 0), a=ps[0].full, d2=kd(g.after(d), "wd d m"), t2=g.ktime(10, 11, 0),
             b=J(ps[1].dhr, " ", ps[1].Sur), bt=ps[1].tel, t3=g.ktime(14, 15, 0), c=ps[2].full)


@T("PII")
def pii_notary_volmacht_vraag(g):
    p = g.person(gender="m")
    m = g.person(origin=p.origin, gender="f")
    d = g.workday()
    return F("Hallo,\n\nMijn moeder, {m} (geboren {dob}), woont in een verpleeghuis en kan niet naar het passeren komen. "
             "Kan ik namens haar tekenen met een volmacht? Ik ben haar zoon {p}, bereikbaar op {tel}. Het gaat om "
             "dossier {dos}, passeerdatum {d}.\n\nGroet, {pf}",
             m=m.full, dob=g.dob("senior"), p=p.full, tel=p.tel, dos=g.knum("", 7), d=kd(d, "d m"), pf=p.fn)


@T("PII", "en")
def pii_lawyer_en_client(g):
    p = g.person(origin=g.pick(["ir", "ku", "af", "so", "ua"]))
    adv = g.person(origin="nl")
    d = g.workday()
    return hdr_en(g, who(p.full, p.mail), who(adv.full, adv.mail), "Hearing date", d) + F(
        "Dear {a},\n\nThank you for explaining the procedure. I received the letter about the hearing on {h}. My "
        "new address since last month is {st}, {pc} {city}. Please use {tel} if you need me; the old number no "
        "longer works.\n\nRegards,\n{n}",
        a=J(adv.en_mr, " ", adv.Sur), h=kd(g.after(d, 14, 50), "EN m d, y", "en"), st=(a := g.addr()).st, pc=a.pc,
        city=a.city, tel=p.tel, n=p.full)


@T("PII")
def pii_garage_bandenhotel(g):
    p = g.person()
    d = g.day((2026, 3, 20), (2026, 4, 30))
    return F("Bandenhotel label\n----------------\nKlant: {n}\nKenteken: {kt}\nSet: zomer 205/55 R16, profiel 5,5 mm\n"
             "Locatie: stelling C-{loc}\nIngeslagen: {d}\nTel: {tel}",
             n=p.upper, kt=KT(g.plate_s(0.0)), loc=str(g.r.randint(1, 40)), d=kd(d, "dd-mm-yyyy"), tel=p.tel)


@T("PII")
def pii_install_planning_tabs(g):
    ps = [g.person() for _ in range(3)]
    ads = [g.addr() for _ in range(3)]
    d = g.workday()
    rows = []
    for i in range(3):
        rows += [kd(g.after(d, i, i), "wa d ma"), "\t", g.ktime(7, 14, 0), "\t", ps[i].Sur, "\t", ads[i].st, "\t",
                 ads[i].city, "\t", g.pick(["ketelonderhoud", "lekkage", "groepenkast", "zonnepanelen check"]), "\n"]
    return ["Planning monteurs ", K("week %d" % d.isocalendar()[1]), "\nDatum\tTijd\tKlant\tAdres\tPlaats\tWerk\n"] + rows


# ---- hotels, restaurants, farms, gardens, churches, gemeente, IT tickets --------------------------
@T("PII")
def pii_rest_reservering_json(g):
    p = g.person()
    d = g.day()
    return F('POST /webhook/reservering\n{"restaurant":"{org}","datum":"{d}","tijd":"{t}","personen":{n},'
             '"naam":"{nm}","telefoon":"{tel}","email":"{mail}","opmerking":"1x notenallergie, kinderstoel graag",'
             '"bron":"website"}',
             org=org(g, "rest"), d=kd(d, "iso"), t=g.ktime(17, 21, 0), n=str(g.r.randint(2, 8)), nm=p.full,
             tel=p.tel, mail=p.mail)


@T("PII")
def pii_rest_noshow(g):
    p = g.person()
    d = g.day()
    return F("Beste {n},\n\nU had voor {d} om {t} een tafel voor {k} personen gereserveerd, maar bent niet gekomen. "
             "Volgens onze voorwaarden brengen wij {amt} p.p. in rekening. Het totaal van {tot} schrijven wij af van "
             "de kaart die bij de reservering is opgegeven. Klopt dit niet? Bel ons op {tel}.\n\nMet gastvrije groet,\n"
             "{org}",
             n=J(p.mr, " ", p.Sur), d=kd(d, "wd d m"), t=g.ktime(18, 20, 0), k=str(g.r.randint(4, 10)),
             amt=g.money(15, 25, "eur_sp", whole=True), tot=g.money(60, 250, "eur_sp", whole=True),
             tel=g.tel(mobile=False), org=org(g, "rest"))


@T("PII")
def pii_hotel_gastenregister(g):
    p = g.person(origin=g.pick(["de", "vl", "nl", "pl", "ro"]))
    d = g.day()
    a = g.addr({"de": "de", "vl": "vl"}.get(p.origin, "nl"))
    return F("Nachtregister {org}\nKamer {kamer}\nAankomst {d1}  Vertrek {d2}\nNaam: {n}\nGeboortedatum: {dob}\n"
             "Adres: {st}, {pc} {city}\nNationaliteit: {nat}\nTelefoon: {tel}\nKenteken auto: {kt}\nToeristenbelasting: "
             "{amt}",
             org=org(g, "hotel"), kamer=str(g.r.randint(101, 318)), d1=kd(d, "dd-mm-yyyy"),
             d2=kd(g.after(d, 1, 5), "dd-mm-yyyy"), n=p.upper, dob=g.dob(style="dd-mm-yyyy"), st=a.st, pc=a.pc,
             city=a.city, nat={"de": "Duits", "vl": "Belgisch", "pl": "Pools", "ro": "Roemeens"}.get(p.origin, "Nederlands"),
             tel=p.tel, kt=g.plate(0.1), amt=g.money(4, 18, "eur_sp"))


@T("PII", "en")
def pii_hotel_en_booking(g):
    p = g.person(origin=g.pick(["nl", "br", "ph", "ir", "pt", "de"]))
    d = g.day()
    return F("Booking confirmation #{nr}\nGuest: {n}\nEmail: {mail}\nPhone: {tel}\nCheck-in: {d1} from 15:00\n"
             "Check-out: {d2} until 11:00\nRoom: Double, sea view\nTotal: {amt} (paid)\nSpecial request: gluten-free "
             "breakfast, late arrival around {t}\n\nSee you soon at {org}!",
             nr=g.knum("", 10), n=p.full, mail=p.mail, tel=p.tel, d1=kd(d, "EN a d m y", "en"),
             d2=kd(g.after(d, 1, 4), "EN a d m y", "en"), amt=g.money(180, 760, "en"), t=g.ktime(21, 23, 0),
             org=org(g, "hotel"))


@T("PII")
def pii_hotel_gevonden(g):
    p = g.person()
    d = g.day()
    a = g.addr()
    return F("Hallo {n},\n\nIn kamer {k} hebben we na uw vertrek op {d} een oplader en een grijs vest gevonden. Zullen "
             "we het opsturen naar {st}, {pc} {city}? Verzendkosten zijn {amt}; u kunt dat overmaken naar "
             "{iban} t.n.v. {org}.\n\nGroet, receptie",
             n=p.fn, k=str(g.r.randint(1, 30)), d=kd(d, "d m"), st=a.st, pc=a.pc, city=a.city,
             amt=g.money(6, 9, "eur_sp"), iban=g.iban(), org=org(g, "hotel"))


@T("PII")
def pii_rest_allergie_notitie(g):
    p = g.person()
    d = g.day()
    return F("KEUKENBON tafel {tf} - {d}\nReservering: {n} ({k}p)\n!! ALLERGIE: schaaldieren + sesam (bevestigd "
             "door gast, tel {tel})\nMenu: 3-gangen, 1x vega\nAankomst {t}",
             tf=str(g.r.randint(1, 24)), d=kd(d, "dd-mm"), n=p.upsur, k=str(g.r.randint(2, 6)), tel=p.tel,
             t=g.ktime(18, 20, 0))


@T("PII", "de")
def pii_hotel_de_anfrage(g):
    p = g.person(origin="de")
    d = g.day((2026, 4, 1), (2026, 9, 30))
    return F("Sehr geehrte Damen und Herren,\n\nwir möchten vom {d1} bis {d2} zwei Doppelzimmer buchen (zwei Erwachsene, "
             "zwei Kinder). Unser Hund kommt mit, ist das möglich? Bitte senden Sie das Angebot an {mail} oder rufen "
             "Sie an: {tel}.\n\nFreundliche Grüße\n{n}\n{st}, {pc} {city}",
             d1=kd(d, "dd.mm.yyyy", "de"), d2=kd(g.after(d, 3, 7), "dd.mm.yyyy", "de"), mail=p.mail, tel=p.tel,
             n=p.full, st=(a := g.addr("de")).st, pc=a.pc, city=a.city)


@T("PII")
def pii_farm_groentepakket(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return F("Hoi {n},\n\nJe groentetas staat vanaf {d} klaar in het kastje aan de {st} (code staat op je pas). "
             "Deze week: spinazie, bospeen, rabarber en eieren van onze kippen. Het abonnement van {amt} per maand wordt "
             "rond {inc} geïncasseerd.\n\nGroetjes van de boerderij,\n{b}",
             n=p.fn, d=kd(d, "wd d m"), st=a.st, amt=g.money(40, 80, "eur"), inc=kd(g.after(d, 5, 20), "d m"),
             b=g.person(origin=g.pick(["nl", "fy"])).fn)


@T("PII", "fy")
def pii_farm_fy_melkveebedrijf(g):
    boer = g.person(origin="fy")
    dier = g.person(origin="nl")
    d = g.workday()
    a = g.addr("fy")
    return F("Aantekening telefoongesprek {d}\nBeller: {n} ({tel}), {st}, {city}\nVraag: dierenarts {da} moet dinsdag "
             "langs voor de jongvee-controle, kan het erf op via de achterkant. Veewagen van {org} komt {d2} om "
             "{t}. Kenteken trailer opgegeven: {kt}.",
             d=kd(d, "dd-mm-yyyy"), n=boer.full, tel=boer.tel, st=a.st, city=a.city, da=dier.Sur,
             org=org(g, "farm"), d2=kd(g.after(d, 1, 6), "wd d m"), t=g.ktime(6, 9, 0), kt=g.plate(0.0))


@T("PII")
def pii_garden_bezorgbon(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return F("BEZORGBON {nr}\n{org}\n\nAfleveradres:\n{n}\n{st}\n{pc}  {city}\nTel. {tel}\n\n2x Acer palmatum 80-100 cm\n"
             "1x potgrond 40L (pallet)\n\nBezorgen: {d}, tussen {t1} en {t2}\nOpmerking: achterom, poort open, hond is "
             "lief\nBetaald: {amt} (pin)",
             nr=g.knum("B", 6), org=org(g, "garden"), n=p.full, st=a.st, pc=a.pc, city=a.city.upper(), tel=p.tel,
             d=kd(d, "wd d m"), t1=g.ktime(8, 11, 0), t2=g.ktime(12, 15, 0), amt=g.money(85, 420))


@T("PII")
def pii_garden_hovenier_app(g):
    p = g.person()
    h = g.person(origin="nl")
    d = g.workday()
    return chat(g, d, [(h.fn, J("Goedemorgen ", p.mr, " ", p.Sur, ", we staan om ", g.ktime(8, 9, 0), " bij u voor de "
                                "schutting. Mag de container voor de oprit?")),
                       (p.full, "Ja prima, de auto staat dan bij de buren."),
                       (h.fn, J("Top. Factuur van ", g.money(1200, 3800), " komt naar ", p.mail))])


@T("PII")
def pii_church_gift_bevestiging(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return F("{n}\n{st}\n{pc} {city}\n\n{org}, {d}\n\nBeste {nf},\n\nHartelijk dank voor uw gift van {amt} voor de "
             "restauratie van het orgel, ontvangen op {d2} van rekening {iban}. Omdat wij een ANBI zijn, is uw gift "
             "mogelijk aftrekbaar.\n\nNamens de diaconie,\n{kass}",
             n=p.ini, st=a.st, pc=a.pc, city=a.city, org=org(g, "church"), d=kd(d, "d m y"), nf=J(p.mr, " ", p.Sur),
             amt=g.money(25, 750), d2=kd(d - datetime.timedelta(days=g.r.randint(3, 20)), "d m"), iban=g.iban(),
             kass=g.person(origin="nl").full)


@T("PII")
def pii_church_rooster_koster(g):
    ps = [g.person(origin="nl") for _ in range(3)]
    d = g.day()
    while d.weekday() != 6:
        d += datetime.timedelta(days=1)
    return F("Rooster zondag {d}\nVoorganger: ds. {vg}\nOrganist: {org}\nKoster: {k} ({kt})\nCollecte: diaconie / "
             "onderhoud\nKoffie na de dienst: fam. {fam}",
             d=kd(d, "d m"), vg=ps[0].Sur, org=ps[1].full, k=ps[2].full, kt=ps[2].tel, fam=g.person().Sur)


@T("PII")
def pii_found_voedselbank_intake(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return F("Intake {org}\nDatum: {d}\nHoofdaanvrager: {n}\nAdres: {st}, {pc} {city}\nTelefoon: {tel}\n"
             "Gezinssamenstelling: 2 volwassenen, 3 kinderen\nDoorverwezen door: schuldhulp gemeente, {cons}\n"
             "Uitgiftepunt: {up}, {dag} {t}\nVolgende toetsing: {d2}",
             org=org(g, "found"), d=kd(d, "dd-mm-yyyy"), n=p.full, st=a.st, pc=a.pc, city=a.city, tel=p.tel,
             cons=g.person(origin="nl").full, up=g.pick(["wijkcentrum Oost", "kerkzaal De Ark", "sporthal Zuid"]),
             dag=g.pick(["donderdag", "vrijdag"]), t=g.ktime(13, 16, 0), d2=kd(g.after(d, 80, 120), "d m y"))


@T("PII", "en")
def pii_found_en_volunteer(g):
    p = g.person(origin=g.pick(["ua", "so", "af", "ir", "br", "vn"]))
    c = g.person(origin="nl")
    d = g.workday()
    return F("Hi {c},\n\nI saw your post about volunteers for the community café on {d}. I speak Dutch a little and "
             "English well, and I can cook for 30 people. My phone is {tel} (WhatsApp too). I live close by, at "
             "{st}.\n\nWarm regards,\n{n}",
             c=c.fn, d=kd(d, "EN wd d m", "en"), tel=p.tel, st=g.addr().st, n=p.full)


@T("PII")
def pii_gemeente_afspraak(g):
    p = g.person()
    d = g.workday()
    return F("Bevestiging afspraak {gem}\n\nNaam: {n}\nProduct: paspoort aanvragen (1 persoon)\nDatum: {d}\nTijd: {t}\n"
             "Locatie: stadswinkel, balie 4\nKosten: {amt}\nAfspraaknummer: {nr}\n\nNeem uw oude paspoort en een "
             "pasfoto mee. Annuleren kan via de link in deze mail.",
             gem=org(g, "gemeente"), n=p.full, d=kd(d, "wd d m y"), t=g.ktime(8, 16, 0),
             amt=g.money(80, 90, "eur_sp"), nr=g.knum("AF-", 7))


@T("PII")
def pii_gemeente_melding_openbare_ruimte(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return F("MOR-melding {nr}\nCategorie: zwerfafval / dumping\nLocatie: voor {st}, {pc}\nMelder: {n}\nTel melder: {tel}\n"
             "E-mail: {mail}\nOmschrijving: al 2 weken een bank en matrassen naast de container. Buurman {bm} zegt dat "
             "ze van het huis ernaast zijn.\nIngevoerd: {d} {t} via app",
             nr=g.knum("", 8), st=a.st, pc=a.pc, n=p.full, tel=p.tel, mail=p.mail, bm=g.person().Sur,
             d=kd(d, "dd-mm-yyyy"), t=g.ktime(7, 22, 0))


@T("PII")
def pii_gemeente_balie_notitie(g):
    p = g.person(origin=g.pick(["so", "af", "ku", "ir", "ua", "tr", "ma"]))
    tolk = g.person()
    d = g.workday()
    return F("Baliegesprek {d}, medewerker {m}\nKlant: {n}, geb. {dob}\nTolk aanwezig: {t} (telefonisch, {tt})\n"
             "Vraag: verhuizing doorgeven naar {st}, {pc}. Huurcontract ingezien. Verhuisdatum {vd}.\n"
             "Actie: mutatie verwerkt, bevestiging per post.",
             d=kd(d, "d m y"), m=g.person(origin="nl").abbr, n=p.full, dob=g.dob(), t=tolk.full, tt=tolk.tel,
             st=(a := g.addr()).st, pc=a.pc, vd=kd(d - datetime.timedelta(days=g.r.randint(2, 25)), "d m"))


@T("PII", "vl")
def pii_gemeente_vl_loket(g):
    p = g.person(origin="vl")
    d = g.workday()
    a = g.addr("vl")
    return F("Beste,\n\nIk verhuis op {d} van {st}, {pc} {city} naar Nederland ({nst}, {npc} {ncity}). Moet ik me bij "
             "het loket Burgerzaken afmelden of kan dat online? Mijn gsm: {tel}.\n\nMet vriendelijke groeten,\n{n}",
             d=kd(d, "d m y"), st=a.st, pc=a.pc, city=a.city, nst=(b := g.addr()).st, npc=b.pc, ncity=b.city,
             tel=p.tel, n=p.full)


@T("PII")
def pii_it_ticket_mailbox(g):
    p = g.person()
    it = g.person(origin="nl")
    d = g.workday()
    klant = any_org(g)
    return F("Ticket {nr} | {klant}\nStatus: In behandeling | Prioriteit: normaal\nMelder: {n} <{m}>, {tel}\n"
             "Aangemaakt: {d} {t}\n\nOmschrijving:\nMijn Outlook zegt steeds dat de mailbox vol is. Kunnen jullie "
             "het archief aanzetten? Ik zit vandaag tot {t2} op kantoor.\n\n--- Interne notitie ({it}) ---\n"
             "Archivering aangezet, mailbox 49,5 GB. {nf} gebeld, opgelost.",
             nr=g.knum("#", 6), klant=klant, n=p.full, m=p.mail, tel=p.tel, d=kd(d, "dd-mm-yyyy"), t=g.ktime(8, 12, 0),
             t2=g.ktime(16, 17, 0), it=it.abbr, nf=p.fn)


@T("PII")
def pii_it_ticket_laptop(g):
    p = g.person()
    d = g.workday()
    return F("Nieuw ticket via portal\nOrganisatie: {org}\nGebruiker: {n} ({mail})\nApparaat: laptop LT-{nr}\n"
             "Probleem: scherm blijft zwart na update\nBereikbaar: {tel}, liefst tussen {t1} en {t2}\nAdres voor "
             "ophalen: {st}, {pc} {city}",
             org=any_org(g), n=p.full, mail=p.mail, nr=str(g.r.randint(100, 999)), tel=p.tel,
             t1=g.ktime(9, 11, 0), t2=g.ktime(13, 16, 0), st=(a := g.addr()).st, pc=a.pc, city=a.city)


@T("PII", "en")
def pii_it_en_ticket(g):
    p = g.person(origin=g.pick(["nl", "br", "pt", "ir", "vn", "ph"]))
    eng = g.person(origin="nl")
    d = g.workday()
    return F("[{org}] Ticket {nr} updated\n\n{e} wrote:\n> Hi {pf}, can you confirm the Teams issue is gone after the "
             "restart?\n\n{n} replied ({d}, {t}):\nYes, works again. Also: our new colleague {c} starts {s}, can you "
             "create an account? Phone {ct}.\n\nReply above this line to add a comment.",
             org=g.pick(ORGS["it"]), nr=g.knum("", 6), e=eng.full, pf=p.fn, n=p.full, d=kd(d, "EN a d m y", "en"),
             t=g.ktime(8, 18, 0), c=(c := g.person()).full, s=kd(g.after(d, 3, 14), "EN wd d m", "en"), ct=c.tel)


@T("PII")
def pii_it_printer_sms(g):
    p = g.person()
    d = g.workday()
    return F("Van: {tel}\nOntvangen {d} {t}\n\nHoi met {n} van {org}, de printer bij de balie doet het weer niet. "
             "Papierstoring lade 2. Kan er vandaag nog iemand langskomen? Adres: {st}",
             tel=p.tel, d=kd(d, "dd-mm"), t=g.ktime(8, 16, 0), n=p.fn, org=any_org(g), st=g.addr().st)


# ---- mixed forms: labels, receipts, invites, chats, scans, prompts --------------------------------
@T("PII")
def pii_pakket_label(g):
    p = g.person()
    a = g.addr()
    return F("VERZENDLABEL  PostNL  Pakket 2-5 kg\n\nAan:\n{n}\n{st}\n{pc}  {city}\n\nAfzender: {org}, retouradres op "
             "de achterkant\nReferentie: {ref}\nNiet thuis? Bij buren nr. {bn} afgeven",
             n=p.upper, st=a.st, pc=a.pc, city=a.city.upper(), org=any_org(g), ref=g.knum("ORD-", 6),
             bn=str(g.r.randint(1, 80)))


@T("PII")
def pii_pakket_notitie_buren(g):
    p = g.person()
    b = g.person()
    d = g.workday()
    return F("(briefje in de bus, overgetypt)\nHoi {p}! Jouw pakketje is bij ons afgegeven op {d}. We zijn thuis na "
             "{t}. Groetjes, {b} van nummer {nr} ({tel})",
             p=p.fn, d=kd(d, "wd d m"), t=g.ktime(17, 19, 0), b=b.fn, nr=str(g.r.randint(1, 60)), tel=b.tel)


@T("PII")
def pii_kassabon_klantenkaart(g):
    p = g.person()
    d = g.workday()
    arts = [("Zaaigrond 20L", 3, 8), ("Tomatenplant", 2, 5), ("Tuinhandschoenen M", 5, 15), ("Vogelvoer 2,5 kg", 6, 14),
            ("Rozenmest", 7, 13), ("Bloembollen mix", 4, 10)]
    g.r.shuffle(arts)
    lines = []
    tot = 0
    for name, lo, hi in arts[:g.r.randint(2, 4)]:
        n = g.r.randint(1, 3)
        c = g.cents(lo, hi)
        tot += n * c
        lines += ["%d %-22s " % (n, name), K(amount_str(n * c, "plain")), "\n"]
    return [F("{org}\nKassabon {nr}  {d} {t}\n\n", org=org(g, "garden"), nr=g.knum("", 6), d=kd(d, "dd-mm-yyyy"),
              t=g.ktime(9, 17, 0))] + lines + \
        [F("--------------------------------\nTotaal                   {tot}\nPIN\n\nKlantenkaart: {n}\nSpaarpunten: "
           "{sp}", tot=K(amount_str(tot, "plain")), n=p.ini, sp=str(g.r.randint(20, 900)))]


@T("PII")
def pii_agenda_invite_garage(g):
    p = g.person()
    d = g.workday()
    return F("BEGIN:VEVENT\nSUMMARY:APK + onderhoud {kt} ({n})\nDTSTART:{ds}\nLOCATION:{org}\n"
             "DESCRIPTION:Klant belt terug op {tel} als auto klaar is. Vervangend vervoer: fiets.\nEND:VEVENT",
             kt=g.plate(0.0), n=p.Sur, ds=K(d.strftime("%Y%m%d") + "T%02d0000" % g.r.randint(8, 15)),
             org=org(g, "garage"), tel=p.tel)


@T("PII")
def pii_signal_export_bestuur(g):
    ps = [g.person() for _ in range(3)]
    d = g.workday()
    return ["Signal-export 'Bestuur ", org(g, "found"), "'\n\n", chat(g, d, [
        (ps[0].fn, J("Ik heb de huur van de zaal voor ", kd(g.after(d, 10, 30), "d m"), " geregeld, ",
                     g.money(150, 400), ".")),
        (ps[1].fn, J("Top! Sleutel ligt bij ", ps[2].full, ", adres ", g.addr().st, ".")),
        (ps[2].fn, "Klopt, bel even aan. Ik ben er na het eten."),
    ], 2)]


@T("PII")
def pii_handgeschreven_telefoonnotitie(g):
    p = g.person()
    d = g.workday()
    return F("Telefoonnotitie (handgeschreven, ingescand)\nVoor: {v}\nVan: {n}\nTel: {tel}\nDatum: {d}  Tijd: {t}\n"
             "[x] Graag terugbellen  [ ] Belt terug\nBericht: over factuur {fn}, bedrag klopt niet ({amt} i.p.v. "
             "{amt2})",
             v=g.person(origin="nl").fn, n=J(p.dhr, " ", p.Sur), tel=p.tel, d=kd(d, "d-m-yyyy"), t=g.ktime(9, 17, 0),
             fn=g.knum("F2026-", 4), amt=g.money(200, 900), amt2=g.money(100, 199))


@T("PII")
def pii_ocr_brief_huurder(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return ocr(g, F("{n}\n{st}\n{pc} {city}\n\n{city2}, {d}\n\nBetreft: lekkage badkamer\n\nGeachte heer/mevrouw,\n\n"
                    "Sinds drie weken lekt er water door het plafond van de badkamer. Ik heb dit al twee keer telefonisch "
                    "gemeld (melding {nr}) maar er is nog niemand geweest. Ik verzoek u vriendelijk om voor {dl} een "
                    "monteur te sturen. Ik ben bereikbaar op {tel}.\n\nHoogachtend,\n\n{n2}",
                    n=p.upper, st=a.st, pc=a.pc, city=a.city, city2=a.city, d=kd(d, "d m y"), nr=g.knum("", 7),
                    dl=kd(g.after(d, 7, 14), "d m"), tel=p.tel, n2=p.full), rate=0.08)


@T("PII")
def pii_prompt_klacht_brief(g):
    p = g.person()
    d = g.workday()
    return F("Maak hier een nette brief van:\n\nklant {n} heeft gebeld, boos. bestelling {ord} van {d} kwam kapot aan "
             "(spiegel gebarsten). wil geld terug ({amt}) op {iban}. adres {st}. terugbellen {tel}",
             n=p.lowfull, ord=g.knum("", 8), d=kd(d, "d m"), amt=g.money(40, 260), iban=g.iban(), st=g.addr().st,
             tel=p.tel)


@T("PII", "en")
def pii_prompt_en_summarise(g):
    a = g.person(origin="nl")
    b = g.person()
    d = g.workday()
    d0 = d - datetime.timedelta(days=1)
    return ["Summarise this thread in two sentences:\n\n",
            F("{x}: Hi {y}, the delivery for {st} is moved to {dd}.\n", x=a.full, y=b.fn, st=g.addr().st,
              dd=kd(d, "EN wd d m", "en")),
            F("{y}: ok, but I am not home then. Can my neighbour {nb} sign? Her number is {tel}.\n", y=b.full,
              nb=(nb := g.person()).full, tel=nb.tel),
            F("{x}: Fine, I'll note it. Invoice {inv} stays the same ({amt}).", x=a.fn, inv=g.knum("INV-", 5),
              amt=g.money(90, 600, "en"))]


@T("PII")
def pii_excel_semicolon_3(g):
    ps = [g.person() for _ in range(3)]
    rows = ["naam;functie;telefoon;startdatum\n"]
    for p in ps:
        rows += [p.full, ";", g.pick(["bar", "keuken", "afwas", "bediening"]), ";", p.tel, ";",
                 kd(g.workday(), "dd-mm-yyyy"), "\n"]
    return ["Nieuwe oproepkrachten ", org(g, "rest"), ":\n"] + rows


@T("PII")
def pii_crm_notitie(g):
    p = g.person()
    d = g.workday()
    return F("CRM-notitie | {d} | {m}\nContact: {n} ({mail})\nGesprek over offerte {off}. Klant twijfelt tussen "
             "pakket S en M, budget rond {amt}. Follow-up in {wk}. Let op: alleen bellen na {t} ({tel}).",
             d=kd(d, "iso"), m=g.person(origin="nl").abbr, n=p.full, mail=p.mail, off=g.knum("OFF-", 5),
             amt=g.money(500, 3000, "EUR", whole=True), wk=g.week(), t=g.ktime(16, 18, 0), tel=p.tel)


@T("PII")
def pii_outlook_afwezig(g):
    p = g.person(origin="nl")
    v = g.person()
    d = g.workday()
    return F("Automatisch antwoord: {subj}\n\nBedankt voor je bericht. Ik ben afwezig tot en met {d}. Voor dringende zaken "
             "kun je contact opnemen met mijn collega {v} via {vm} of {vt}.\n\nGroet,\n{p}",
             subj=g.pick(["Offerte", "Vraag over rooster", "Factuur", "Planning"]), d=kd(g.after(d, 3, 20), "wd d m"),
             v=v.full, vm=v.mail, vt=v.tel, p=p.fn)


@T("PII")
def pii_whatsapp_buurtapp(g):
    ps = [g.person() for _ in range(3)]
    d = g.workday()
    return chat(g, d, [(ps[0].low, J("Er loopt een verdwaalde hond bij de ", g.addr().st, ", bruin met rode halsband")),
                       (ps[1].full, "Volgens mij is die van de nieuwe buren op de hoek"),
                       (ps[2].fn, J("Ja is van ", g.person().full, "! Ik app haar: ", g.tel(mobile=True)))], 1)


@T("PII", "en")
def pii_en_parcel_dispute(g):
    p = g.person(origin=g.pick(["nl", "pl", "ro", "bg", "ua", "pt"]))
    d = g.workday()
    a = g.addr()
    return F("Hello support,\n\nTracking says my parcel was delivered on {d} at {t}, but I never got it. I live at "
             "{st}, {pc} {city}, apartment on the 2nd floor. Order {ord}, paid {amt}. Please call me on {tel}.\n\n"
             "{n}", d=kd(d, "EN m d, y", "en"), t=g.ktime(9, 20, 0), st=a.st, pc=a.pc, city=a.city,
             ord=K(g.nine_fail()), amt=g.money(20, 300, "en"), tel=p.tel, n=p.full)


@T("PII")
def pii_verhuur_zaal_aanvraag(g):
    p = g.person()
    d = g.day()
    return F("Aanvraag zaalverhuur {org}\nNaam: {n}\nDatum feest: {d}\nAantal gasten: {k}\nTelefoon: {tel}\nE-mail: {mail}\n"
             "Gelegenheid: 50-jarig huwelijk van mijn ouders, {o1} en {o2}\nBudget: {amt}",
             org=g.pick(ORGS["church"] + ORGS["found"] + ORGS["sport"]), n=p.full, d=kd(d, "d m y"),
             k=str(g.r.randint(30, 120)), tel=p.tel, mail=p.mail, o1=(o := child_of(g, p, "m")).full,
             o2=g.person(origin=p.origin, gender="f").full, amt=g.money(800, 2500, "euro", whole=True))


@T("PII")
def pii_ocr_geboortekaartje_bedankje(g):
    p = g.person()
    kind = child_of(g, p)
    a = g.addr()
    return ocr(g, F("Hoera, {kf} is geboren!\n{kind}\n{dob}, 3460 gram\n\nTrotse ouders {p} en {q}\n{st}\n{pc} {city}\n"
                    "Kraambezoek graag even appen: {tel}",
                    kf=kind.fn, kind=kind.full, dob=g.dob("baby"), p=p.fn, q=g.person(origin=p.origin).fn, st=a.st,
                    pc=a.pc, city=a.city, tel=p.tel), rate=0.04)


@T("PII")
def pii_key_value_log(g):
    p = g.person()
    d = g.workday()
    return F("{ts} INFO  booking.created id={id} customer_name=\"{n}\" customer_email={mail} customer_phone=\"{tel}\" "
             "slot={slot} service=\"{svc}\" price={amt}",
             ts=K(d.isoformat() + "T%02d:%02d:%02dZ" % (g.r.randint(6, 20), g.r.randint(0, 59), g.r.randint(0, 59))),
             id=g.knum("", 7), n=p.full, mail=p.mail, tel=p.tel, slot=K(g.time(8, 17, 0)),
             svc=g.pick(["knippen heren", "intake fysio", "proefles", "APK", "kinderfeest"]), amt=g.money(20, 90, "plain"))


@T("PII", "vl")
def pii_vl_whatsapp_verbouwing(g):
    p = g.person(origin="vl")
    a = g.person(origin="vl")
    d = g.workday()
    return chat(g, d, [(a.fn, J("Dag ", p.fn, ", de chape wordt ", kd(g.after(d, 2, 9), "wd d m"), " gegoten. "
                                "Kan ge de sleutel bij de buren leggen?")),
                       (p.full, J("Ja, bij ", g.person(origin="vl").full, " op nummer 14. Haar gsm: ",
                                  g.tel("be", True))),
                       (a.fn, J("Merci! Factuur van ", g.money(1500, 4800, "eur_sp"), " volgt."))], 0)


@T("PII")
def pii_vergadering_uitnodiging_kerk(g):
    ps = [g.person(origin="nl") for _ in range(3)]
    d = g.workday()
    return F("Uitnodiging kerkenraad\nDatum: {d}, {t}\nPlaats: consistoriekamer\n\nAgenda\n1. Opening ({a})\n"
             "2. Verslag vorige vergadering (ingebracht door {b})\n3. Begroting {y}: tekort van {amt}\n4. Bezoekwerk: "
             "{c} neemt wijk Noord over\n\nAfmelden bij de scriba: {bm}",
             d=kd(d, "wd d m"), t=g.ktime(19, 20, 0), a=ps[0].full, b=ps[1].ini, y=K("2027"),
             amt=g.money(3000, 18000, "eur_sp", whole=True), c=ps[2].full, bm=ps[1].mail)


@T("PII")
def pii_schoonmaak_rooster_oudergroep(g):
    ps = [g.person() for _ in range(4)]
    w0 = g.r.randint(2, 40)
    rows = []
    for i, p in enumerate(ps):
        rows += [K("week %d" % (w0 + 2 * i)), ": ", p.full, "\n"]
    return ["Klusrooster ouders ", groep(g), " (schoonmaak materialen)\n"] + rows + ["Ruilen via de groepsapp."]


@T("PII", "en")
def pii_en_teams_hotel(g):
    a = g.person(origin=g.pick(["ph", "pt", "nl"]))
    b = g.person(origin="nl")
    gst = g.person(gender="f")
    return teams(g, [(a.full, J("Guest in 214, ", gst.en_mr, " ", gst.Sur, ", asks for a late check-out. OK?")),
                     (b.full, J("Fine until 13:00. Charge ", g.money(25, 40, "en", whole=True), " if later.")),
                     (a.full, J("Noted. Her mobile for the bill: ", gst.tel))])


@T("PII")
def pii_apk_afmelding_brief_ocr(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return ocr(g, F("{org}\n\n{n}\n{st}\n{pc} {city}\n\nBetreft: APK-keuring voertuig {kt}\n\nGeachte {aanh},\n\n"
                    "Uw voertuig is op {d} goedgekeurd. De nieuwe vervaldatum is {vd}. Het keurrapport vindt u in de "
                    "bijlage. De kosten bedroegen {amt}.\n\nMet vriendelijke groet,\n{m}\nerkend keurmeester",
                    org=org(g, "garage"), n=p.ini, st=a.st, pc=a.pc, city=a.city, kt=g.plate(0.0),
                    aanh=J(p.mr, " ", p.Sur), d=kd(d, "d m y"), vd=kd(d.replace(year=2027), "d m y"),
                    amt=g.money(35, 75), m=g.person(origin="nl").ini))


@T("PII")
def pii_mail_thread_3_levels(g):
    a = g.person()
    b = g.person(origin="nl")
    d = g.workday()
    d1 = d - datetime.timedelta(days=2)
    return [F("Hoi {a},\n\nIk heb het nagevraagd: de kraan kan {dd} geplaatst worden.\n\nGr {b}\n\n", a=a.fn,
              dd=kd(g.after(d, 3, 10), "wd d m"), b=b.fn),
            wrote_nl(g, a.full, a.mail, d),
            quote([F("Weet je al wanneer de kraan komt? Ik moet mijn auto ({kt}) weghalen.\n\n", kt=g.plate()),
                   wrote_nl(g, b.full, b.mail, d1),
                   quote(F("Beste {a},\nDe steigers komen in {wk}. Adres blijft {st}.", a=a.Sur, wk=g.week(),
                           st=g.addr().st))])]


@T("PII")
def pii_ledenpas_aanvraag_foto(g):
    p = g.person()
    return F("Aanvraag ledenpas\nLidnummer: {nr}\nNaam op pas: {n}\nGeboortedatum: {dob}\nFoto: bijgevoegd (IMG_{img}.jpg)\n"
             "Ophalen bij: bar, {dag}",
             nr=g.num("", 6), n=p.upper, dob=g.dob(style="d-m-yyyy"), img=str(g.r.randint(1000, 9999)),
             dag=g.pick(["zaterdag", "woensdagavond"]))


@T("PII")
def pii_tandarts_recall_mail(g):
    p = g.person()
    kind = child_of(g, p)
    d = g.workday()
    o = org(g, "dental")
    return hdr_nl(g, who(o, g.org_mail(o, "noreply")), who(p.full, p.mail),
                  "Tijd voor de halfjaarlijkse controle", d) + F(
        "Beste {p},\n\nHet is weer tijd voor de controle van {k} (geboren {dob}). Plan online of bel ons. Let op: "
        "voor kinderen tot 18 jaar zijn de kosten vergoed.\n\nTot ziens!", p=p.fn, k=kind.fn, dob=g.dob("child"))


@T("PII", "en")
def pii_en_calendar_physio(g):
    p = g.person(origin=g.pick(["nl", "ir", "br", "pl"]))
    f = g.person(origin="nl")
    d = g.workday()
    return F("Invitation: Physio intake {n} @ {d} {t} - {t2}\nOrganizer: {f} <{fm}>\nGuests: {pm}\nLocation: {org}, "
             "{st}\nNotes: bring referral letter and insurance card. Call {ft} if running late.",
             n=p.full, d=kd(d, "EN a d m y", "en"), t=g.ktime(8, 12, 0), t2=g.ktime(12, 13, 0), f=f.full, fm=f.mail,
             pm=p.mail, org=org(g, "physio"), st=g.addr().st, ft=g.tel(mobile=False))


@T("PII")
def pii_stagiair_aanmelding(g):
    p = g.person(origin=g.pick(["nl", "ma", "tr", "sr", "cw", "cv", "so"]))
    d = g.workday()
    return F("Hoi,\n\nIk ben {n} en ik zoek een BBL-plek als eerste monteur (niveau 2). Ik woon in {city} en kan "
             "vanaf {d} beginnen. Mijn cv zit in de bijlage. Bellen mag op {tel}.\n\nGroeten {nf}\n"
             "(geboren {dob})",
             n=p.full, city=g.pick(CITIES["nl"]), d=kd(g.after(d, 10, 60), "d m"), tel=p.tel, nf=p.fn,
             dob=g.dob(style="dd-mm-yyyy"))


@T("PII")
def pii_cw_familie_bericht(g):
    p = g.person(origin="cw")
    q = g.person(origin="cw")
    d = g.workday()
    return chat(g, d, [(p.full, J("Bon dia! Mi ta yega ", kd(g.after(d, 3, 20), "d m"), " na Schiphol, vlucht KL 736. ",
                                  "Kan iemand mij ophalen?")),
                       (q.fn, J("Ja ik kom! Bel me als je geland bent: ", q.tel)),
                       (p.fn, J("Danki! Ik slaap bij tante ", g.person(origin="cw").fn, " op ", g.addr().st))])


@T("PII")
def pii_gemeente_parkeervergunning(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return F("Aanvraag bewonersvergunning\nAanvrager: {n}\nAdres: {st}, {pc} {city}\nKenteken 1: {k1}\nKenteken 2 "
             "(tweede auto): {k2}\nIngangsdatum: {d}\nKosten per jaar: {amt}\nBetaald via iDEAL op {d2}",
             n=p.full, st=a.st, pc=a.pc, city=a.city, k1=g.plate(), k2=g.plate(), d=kd(g.after(d, 1, 14), "d-m-yyyy"),
             amt=g.money(60, 320, "eur_sp"), d2=kd(d, "d-m-yyyy"))


@T("PII")
def pii_opvang_ouderavond_verslag(g):
    ps = [g.person() for _ in range(3)]
    d = g.workday()
    return F("Verslag oudercommissie {org} - {d}\nAanwezig: {a}, {b}, {c}\n\n- Tarieven {y}: stijging van {amt} per uur "
             "besproken.\n- {a2} zoekt een opvolger als voorzitter.\n- Zomerfeest {zf}, {b2} regelt de springkussens.",
             org=org(g, "kdv"), d=kd(d, "d m y"), a=ps[0].full, b=ps[1].full, c=ps[2].full, y=K("2027"),
             amt=g.money(0.3, 0.9, "eur_sp", whole=False), a2=ps[0].fn, zf=kd(g.after(d, 20, 60), "wd d m"), b2=ps[1].fn)


@T("PII")
def pii_schade_melding_garage(g):
    p = g.person()
    q = g.person()
    d = g.workday()
    return F("Schademelding (formulier website {org})\nMelder: {n}, {tel}\nEigen voertuig: {k1}\nTegenpartij: {q}, kenteken "
             "{k2}\nDatum/tijd schade: {d} {t}\nPlaats: parkeerplaats {city}\nOmschrijving: bij het achteruit rijden "
             "tegen de bumper gereden. Schadeformulier ingevuld met tegenpartij.\nVerzekeraar: {vz}",
             org=org(g, "garage"), n=p.full, tel=p.tel, k1=g.plate(), q=q.full, k2=g.plate(), d=kd(d, "dd-mm-yyyy"),
             t=g.ktime(8, 20, 0), city=g.pick(CITIES["nl"]), vz=g.pick(["Centraal Beheer", "Interpolis", "ANWB", "Unive"]))


@T("PII")
def pii_afvalpas_gemeente(g):
    p = g.person()
    a = g.addr()
    return F("Aanvraag nieuwe afvalpas {gem}\nNaam: {n}\nAdres: {st}\nPostcode: {pc}\nE-mail: {m}\nReden: pas kwijt\n"
             "Kosten: {amt}", gem=org(g, "gemeente"), n=p.full, st=a.st, pc=a.pc, m=p.mail, amt=g.money(5, 15, "eur_sp"))


@T("PII")
def pii_rapport_envelop_ocr(g):
    p = g.person()
    k = child_of(g, p)
    a = g.addr()
    return ocr(g, F("{sch}\n\nAan de ouders/verzorgers van\n{k}\n{st}\n{pc} {city}\n\nVERTROUWELIJK - rapport {grp}",
                    sch=org(g, "school"), k=k.upper, st=a.st, pc=a.pc, city=a.city.upper(), grp=groep(g)), rate=0.05)


@T("PII", "en")
def pii_en_minibar_receipt(g):
    p = g.person(origin=g.pick(["de", "nl", "br", "pl", "ph"]))
    d = g.day()
    return F("{org}\nGuest folio - room {r}\nGuest: {n}\nArrival {a}  Departure {b}\n\nRoom charge      {c1}\nMinibar          "
             "{c2}\nCity tax         {c3}\nPaid by card **** {l4}\n\nThank you for staying with us!",
             org=org(g, "hotel"), r=str(g.r.randint(101, 320)), n=p.full, a=kd(d, "iso"), b=kd(g.after(d, 1, 4), "iso"),
             c1=g.money(120, 600, "en"), c2=g.money(4, 40, "en"), c3=g.money(3, 25, "en"), l4=str(g.r.randint(1000, 9999)))


# ================================================================================================
# PASSWORD: a real password in the text
# ================================================================================================
@T("PASSWORD")
def pw_ticket_parnassys(g):
    p = g.person(origin="nl", gender="f")
    it = g.person(origin="nl")
    d = g.workday()
    return F("Ticket {nr} - {sch}\nOnderwerp: ParnasSys account geblokkeerd\nMelder: {n} <{m}>\n\n--- Oplossing ({it}, {d}) ---\n"
             "Account ontgrendeld en tijdelijk wachtwoord ingesteld: {pw}\nGebruiker moet dit bij eerste login "
             "wijzigen. Juf {f} telefonisch geïnformeerd op {tel}.",
             nr=g.knum("#", 6), sch=org(g, "school"), n=p.full, m=p.mail, it=it.abbr, d=kd(d, "dd-mm-yyyy"),
             pw=g.pw(), f=p.fn, tel=p.tel)


@T("PASSWORD")
def pw_wifi_groepsapp(g):
    juf = g.person(origin="nl", gender="f")
    o = g.person()
    d = g.workday()
    return chat(g, d, [(o.full, "Weet iemand het wifi-wachtwoord van de gymzaal? Ik help bij de sportdag."),
                       (J("Juf ", juf.fn), J("Netwerk Gymzaal-Gast, wachtwoord ", g.pw(), " (niet doorsturen aub)")),
                       (o.fn, "Top, dank je!")])


@T("PASSWORD")
def pw_sportlink_overdracht(g):
    old = g.person(origin="nl")
    new = g.person()
    d = g.workday()
    return hdr_nl(g, who(old.full, old.mail), who(new.full, new.mail), "Overdracht ledenadministratie", d) + F(
        "Hoi {nf},\n\nZoals beloofd de inloggegevens zodat je na de ALV kunt beginnen:\n\nSportlink Club\n"
        "gebruiker: {lm}\nwachtwoord: {pw}\n\nRabo internetbankieren (alleen inzage)\nwachtwoord: {pw2}\n\n"
        "Verander ze wel even als je er bent. Succes!\n{of}",
        nf=new.fn, lm=EM("ledenadmin@" + org_domain(org(g, "sport"))), pw=g.pw(), pw2=g.pw(), of=old.fn)


@T("PASSWORD")
def pw_postit_werkplaats(g):
    d = g.workday()
    return F("Overgetypt van post-it op de monitor in de werkplaats ({org}), {d}:\n\nAUTODATA\ngebr: werkplaats2\n"
             "ww: {pw}\n\nRDW-portaal -> pas ligt in kluis\nKassa: {pw2}",
             org=org(g, "garage"), d=kd(d, "d m"), pw=g.pw(), pw2=g.pw())


@T("PASSWORD")
def pw_sms_monteur_app(g):
    m = g.person(origin=g.pick(["nl", "pl", "tr", "ro", "ua"]))
    d = g.workday()
    return F("SMS aan {tel} ({d} {t}):\nWelkom bij {org}, {n}! Log in op de werkbonnen-app met je mobiele nummer en "
             "tijdelijk wachtwoord {pw}. Vragen? Bel de planning.",
             tel=m.tel, d=kd(d, "dd-mm"), t=g.ktime(7, 9, 0), org=org(g, "install"), n=m.fn, pw=g.pw(4))


@T("PASSWORD")
def pw_teams_kassasysteem(g):
    a = g.person(origin="nl", gender="f")
    b = g.person()
    return teams(g, [(a.full, "Lukt het inloggen op de kassa bij de balie?"),
                     (b.full, "Nee, mijn account doet het niet sinds de update"),
                     (a.full, J("Gebruik even de mijne: ", a.low, " / ", g.pw(), ". Morgen bel ik de leverancier.")),
                     (b.full, "Thanks!")])


@T("PASSWORD")
def pw_notaris_pdf(g):
    p = g.person()
    d = g.workday()
    return F("{org}: Beste {n}, de conceptakte is zojuist naar {mail} gestuurd. Het wachtwoord om de PDF te openen is "
             "{pw}. Deze sms kunt u daarna verwijderen.",
             org=org(g, "notary"), n=J(p.mr, " ", p.Sur), mail=p.mail, pw=g.pw(g.pick([0, 4])))


@T("PASSWORD")
def pw_hotel_extranet_thread(g):
    a = g.person(origin="nl")
    b = g.person(origin=g.pick(["ph", "pt", "nl", "ro"]))
    d = g.workday()
    return [F("Hoi {b},\n\nIk ben er vanaf {d} niet, dus hierbij de login van het extranet.\n\n", b=b.fn,
              d=kd(g.after(d, 1, 5), "wd d m")),
            wrote_nl(g, b.full, b.mail, d),
            quote(F("Kun je me de inlog voor het boekingsportaal sturen? Ik moet de prijzen voor {wk} aanpassen.",
                    wk=g.week())),
            F("\n\nGebruiker: {rm}\nWachtwoord: {pw}\n\nGroet, {a}", rm=EM("revenue@" + org_domain(org(g, "hotel"))),
              pw=g.pw(), a=a.fn)]


@T("PASSWORD")
def pw_voicemail_boerderij(g):
    p = g.person(origin=g.pick(["nl", "fy"]))
    d = g.workday()
    return F("Voicemail ({d}, {t}) - {n}, {tel}:\n\"Ja, met {nf}. Die webshop van de boerderijwinkel, ik kom er niet "
             "meer in. Het wachtwoord was toch {pw}? Met dat streepje ertussen. Kun je even kijken? Bel me terug op "
             "{sp}. Doei.\"",
             d=kd(d, "wa d ma"), t=g.ktime(7, 20, 0), n=p.full, tel=p.tel, nf=p.fn, pw=g.pw(2), sp=g.spoken_mobile())


@T("PASSWORD")
def pw_kerk_wordpress(g):
    a = g.person(origin="nl")
    b = g.person(origin="nl")
    d = g.workday()
    return hdr_nl(g, who(a.full, a.mail), who(b.full, b.mail), "Website kerk - beheer", d) + F(
        "Beste {b},\n\nFijn dat je het beheer van de website van {org} overneemt. Inloggen via /wp-admin:\n"
        "gebruikersnaam: webbeheer\nwachtwoord: {pw}\n\nDe liturgie voor zondag {d} moet er zaterdag op.\n\nHartelijke "
        "groet,\n{a}", b=b.fn, org=org(g, "church"), pw=g.pw(), d=kd(d + datetime.timedelta(days=6 - d.weekday() or 7), "d m"), a=a.fn)


@T("PASSWORD")
def pw_gemeente_balie_pc(g):
    it = g.person(origin="nl")
    d = g.workday()
    return F("Ticket {nr} ({gem})\nCategorie: accountbeheer\nNotitie {it}, {d} {t}:\nNieuwe medewerker balie "
             "Burgerzaken heeft account. Startwachtwoord {pw} op papier meegegeven, MFA nog inrichten in {wk}.",
             nr=g.knum("INC", 7), gem=org(g, "gemeente"), it=it.full, d=kd(d, "dd-mm-yyyy"), t=g.ktime(8, 17, 0),
             pw=g.pw(), wk=g.week())


@T("PASSWORD")
def pw_webhook_json(g):
    p = g.person()
    d = g.workday()
    return F('Ontvangen webhook (debug-log {d}):\n{"event":"user.created","org":"{org}","user":{"name":"{n}",'
             '"email":"{m}","initial_password":"{pw}","must_change":true},"ts":"{ts}"}',
             d=kd(d, "dd-mm-yyyy"), org=any_org(g), n=p.full, m=p.mail, pw=g.pw(0), ts=K(d.isoformat() + "T08:12:44Z"))


@T("PASSWORD")
def pw_ouderportaal_welkom(g):
    p = g.person()
    kind = child_of(g, p)
    d = g.workday()
    o = org(g, "kdv")
    return hdr_nl(g, who(o, g.org_mail(o, "noreply")), who(p.full, p.mail),
                  "Je account voor het ouderportaal", d) + F(
        "Beste {p},\n\nWelkom! {k} start op {s}. Je kunt nu inloggen in het ouderportaal.\n\nGebruikersnaam: {m}\n"
        "Tijdelijk wachtwoord: {pw}\n\nWijzig het wachtwoord na de eerste keer inloggen.", p=p.fn, k=kind.fn,
        s=kd(g.after(d, 7, 40), "wd d m"), m=p.mail, pw=g.pw(4))


@T("PASSWORD")
def pw_router_opleverrapport(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return F("Opleverrapport installatie {org}\nKlant: {n}, {st}, {pc} {city}\nDatum: {d}\n\n- Warmtepomp in bedrijf "
             "genomen\n- Wifi-module gekoppeld aan netwerk 'Thuis-{h}'\n  WPA2-sleutel klant: {pw}\n- App-account: {m} / "
             "{pw2}\n\nUitleg gegeven aan klant.",
             org=org(g, "install"), n=p.full, st=a.st, pc=a.pc, city=a.city, d=kd(d, "dd-mm-yyyy"),
             h=g.rs(4, "0123456789ABCDEF"), pw=g.pw(0), m=p.mail, pw2=g.pw(1))


@T("PASSWORD")
def pw_zoom_invite(g):
    a = g.person(origin="nl")
    d = g.workday()
    return F("Onderwerp: ALV {club} (online)\nWanneer: {d} {t}\nOrganisator: {a} <{m}>\n\nDeelnemen via Zoom\n"
             "Meeting-ID: {mid}\nWachtwoord: {pw}\n\nAgenda en stukken volgen per mail.",
             club=org(g, "sport"), d=kd(d, "wd d m y"), t=g.ktime(19, 20, 0), a=a.full, m=a.mail,
             mid=K("%d %d %d" % (g.r.randint(800, 899), g.r.randint(1000, 9999), g.r.randint(1000, 9999))),
             pw=PW(g.rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") + str(g.r.randint(10, 99))))


@T("PASSWORD")
def pw_gmail_fwd_boekhouding(g):
    a = g.person(origin="nl")
    b = g.person()
    d = g.workday()
    return hdr_gmail(g, who(a.full, a.mail), who(b.full, b.mail), "Fwd: inlog boekhoudpakket", d) + F(
        "Hier zijn ze. Niet verder sturen!\n\nMoneybird: {am}\nww: {pw}\n\nVoor de btw-aangifte van {q} heb je ook "
        "de Rabo nodig, die regel ik morgen.", am=a.mail, pw=g.pw(), q=g.pick(["Q1", "Q2", "Q3", "Q4"]))


@T("PASSWORD")
def pw_spreadsheet_accounts(g):
    rows = ["Systeem\tGebruiker\tWachtwoord\tNotitie\n"]
    for sysn in g.r.sample(["Intramed", "Mailbox balie", "Wifi praktijk", "Website", "Telefooncentrale",
                             "Zorgmail", "Planbord"], 4):
        rows += [sysn, "\t", g.pick(["balie", "admin", "praktijk", "beheer", "assistent"]), "\t", g.pw(), "\t",
                 g.pick(["wijzigen in mei", "niet delen", "gedeeld", "MFA aan"]), "\n"]
    return ["Accounts ", org(g, "physio"), " (export uit Excel)\n"] + rows


@T("PASSWORD")
def pw_env_reservering(g):
    d = g.workday()
    return F("# .env van de reserveringsmodule ({org}), laatst gewijzigd {d}\nAPP_ENV=production\nDB_HOST=127.0.0.1\n"
             "DB_DATABASE=reserveringen\nDB_USERNAME=resv_app\nDB_PASSWORD={pw}\nMAIL_FROM=reserveren\nSMTP_PASSWORD={pw2}",
             org=org(g, "rest"), d=kd(d, "dd-mm-yyyy"), pw=g.pw(0), pw2=g.pw(0))


@T("PASSWORD")
def pw_prompt_ouder_vergeten(g):
    p = g.person()
    juf = g.person(origin="nl", gender="f")
    d = g.workday()
    return [F("Wat moet ik terugschrijven?\n\nVan: {p} <{m}>\n\nHoi juf {j}, ik kan niet meer inloggen op "
              "Parro. Kun je mijn wachtwoord resetten?\n\n", p=p.full, m=p.mail, j=juf.fn),
            wrote_nl(g, juf.full, juf.mail, d - datetime.timedelta(days=20)),
            quote(F("Beste {pf}, je account is aangemaakt. Je eerste wachtwoord is {pw}.", pf=p.fn, pw=g.pw()))]


@T("PASSWORD")
def pw_handgeschreven_boekje(g):
    d = g.workday()
    return ocr(g, F("Scan 'wachtwoordenboekje' kantoor {org} (pagina 3), ingescand {d}\n\nBank zakelijk: {pw1}\n"
                    "Belastingdienst (eHerkenning): zie app\nPostNL zakelijk: {pw2}\nAlarm app: {pw3}",
                    org=org(g, "farm"), d=kd(d, "dd-mm-yyyy"), pw1=g.pw(1), pw2=g.pw(5), pw3=g.pw(3)), rate=0.03)


@T("PASSWORD")
def pw_sms_thermostaat(g):
    p = g.person()
    return F("Beste {n}, uw slimme thermostaat is geïnstalleerd. Account: {m}, wachtwoord: {pw}. Groet, {org}",
             n=p.fn, m=p.mail, pw=g.pw(1), org=org(g, "install"))


@T("PASSWORD")
def pw_physio_voicemail_transcript(g):
    a = g.person(origin="nl", gender="f")
    d = g.workday()
    return F("Transcript voicemail {d} {t}\n\"Hoi, met {n} van de balie. Voor de invaller morgen: de computer in "
             "behandelkamer 2, inloggen met gebruiker 'invaller' en wachtwoord {pw}. Hoofdletter aan het begin. "
             "Succes!\"",
             d=kd(d, "dd-mm-yyyy"), t=g.ktime(17, 19, 0), n=a.fn, pw=g.pw(1))


@T("PASSWORD")
def pw_mailbox_overnemen_teams(g):
    a = g.person(origin="nl")
    b = g.person()
    c = g.person()
    return teams(g, [(a.full, J("Kun jij tijdens de vakantie van ", c.fn, " haar mailbox bijhouden?")),
                     (b.full, "Ja, hoe kom ik erin?"),
                     (a.full, J(c.mail, " met ", g.pw(), " -- ik zet het daarna om"))])


@T("PASSWORD")
def pw_vereniging_overdracht_lijst(g):
    a = g.person(origin="nl")
    d = g.workday()
    return F("Overdrachtsdocument penningmeester {org}\nOpgesteld door {a}, {d}\n\n1. Bankrekening {iban}\n"
             "   internetbankieren: pas + {pw1}\n2. Website (Wix): {m} / {pw2}\n3. Mailchimp: {pw3}\n4. Kluis kantine: "
             "code bij de voorzitter",
             org=org(g, "sport"), a=a.full, d=kd(d, "d m y"), iban=g.iban(), pw1=g.pw(5), m=a.mail, pw2=g.pw(0),
             pw3=g.pw(2))


@T("PASSWORD", "en")
def pw_en_ticket_school(g):
    p = g.person(origin=g.pick(["nl", "ir", "br", "ua"]))
    it = g.person(origin="nl")
    d = g.workday()
    return F("Ticket {nr} - {sch}\nFrom: {n} <{m}>\n\nHi, I am the new English teacher and cannot log in to the "
             "laptop. The note from IT says username {u} and password {pw}, but it says incorrect.\n\n"
             "Reply from {it} ({d}): caps lock was on, it works now.",
             nr=g.knum("#", 6), sch=org(g, "school"), n=p.full, m=p.mail, u=p.low, pw=g.pw(),
             it=it.fn, d=kd(d, "EN a d m y", "en"))


@T("PASSWORD", "en")
def pw_en_pms_thread(g):
    a = g.person(origin=g.pick(["nl", "pt", "ph"]))
    b = g.person(origin="nl")
    d = g.workday()
    return F("Summarise this thread\n\n{a}: Night audit can't log in to Mews\n{b}: use the shared login {fm}, "
             "password {pw}\n{a}: works, thanks. Will change it on {d}\n",
             a=a.fn, b=b.fn, fm=EM("frontdesk@" + org_domain(org(g, "hotel"))), pw=g.pw(), d=kd(g.after(d, 1, 3), "EN wd d m", "en"))


@T("PASSWORD", "en")
def pw_en_airbnb_guest(g):
    h = g.person()
    guest = g.person(origin=g.pick(["de", "nl", "br", "pl"]))
    d = g.day()
    a = g.addr()
    return F("Hi {gst}!\n\nWelcome to our cottage at {st}, {city}. Check-in from 15:00 on {d}.\nKey box code is in the "
             "app. Wifi: FarmhouseGuest, password {pw}.\nIf anything is wrong, call me on {tel}.\n\nEnjoy, {h}",
             gst=guest.fn, st=a.st, city=a.city, d=kd(d, "EN wd d m", "en"), pw=g.pw(5), tel=h.tel, h=h.fn)


@T("PASSWORD", "en")
def pw_en_handover_wordpress(g):
    dev = g.person(origin=g.pick(["nl", "ro", "bg", "ua", "pl"]))
    c = g.person(origin="nl")
    d = g.workday()
    return hdr_en(g, who(dev.full, dev.mail), who(c.full, c.mail), "Website handover", d) + F(
        "Hi {c},\n\nThe new site for {org} is live. Admin login: {cm} / {pw}\nHosting panel: same e-mail, "
        "password {pw2}\nPlease change both and enable 2FA. My final invoice ({amt}) follows.\n\nBest,\n{dev}",
        c=c.fn, org=org(g, "found"), cm=c.mail, pw=g.pw(0), pw2=g.pw(5), amt=g.money(600, 2400, "en"), dev=dev.fn)


@T("PASSWORD", "vl")
def pw_vl_ledenzone(g):
    p = g.person(origin="vl")
    d = g.workday()
    return F("Beste {n},\n\nWelkom bij {club}! Uw account voor de ledenzone is aangemaakt.\nLogin: {m}\nPaswoord: {pw}\n"
             "Gelieve uw paswoord te wijzigen na de eerste aanmelding. Het lidgeld ({amt}) vervalt op {d}.\n\n"
             "Sportieve groeten,\nhet secretariaat",
             n=p.fn, club=g.pick(["Turnkring Vooruit", "KFC Zwaluwen", "Tennisclub De Linde"]), m=p.mail, pw=g.pw(),
             amt=g.money(80, 240, "eur_sp"), d=kd(g.after(d, 14, 30), "d m y"))


@T("PASSWORD", "de")
def pw_de_werkstattportal(g):
    p = g.person(origin="de")
    d = g.workday()
    return F("Hallo {n},\n\nanbei die Zugangsdaten für unser Kundenportal ({org}):\nBenutzer: {m}\nPasswort: {pw}\n\n"
             "Dort finden Sie ab {d} den Prüfbericht für Ihr Fahrzeug {kt}.\n\nMit freundlichen Grüßen\nIhr Werkstatt-Team",
             n=J(p.de_mr, " ", p.Sur), org=org(g, "garage"), m=p.mail, pw=g.pw(0), d=kd(d, "dd.mm.yyyy", "de"),
             kt=g.plate())


@T("PASSWORD")
def pw_nas_installatie_notitie(g):
    it = g.person(origin="nl")
    d = g.workday()
    return F("Installatienotitie {org} ({klant})\nDatum: {d}, technicus {it}\n\nSynology NAS DS923+ geplaatst in "
             "meterkast\nIP 192.168.1.20\nadmin-account: beheer\nwachtwoord: {pw}\nBack-up naar cloud elke nacht {t}",
             org=g.pick(ORGS["it"]), klant=any_org(g), d=kd(d, "dd-mm-yyyy"), it=it.abbr, pw=g.pw(0),
             t=g.ktime(1, 3, 0))


# ================================================================================================
# API_KEY: a live provider key, token or private key in the text
# ================================================================================================
@T("API_KEY")
def key_ticket_env_openai(g):
    dev = g.person(origin="nl")
    d = g.workday()
    return F("Ticket {nr} | {org}\nOnderwerp: contactformulier geeft foutmelding 500\n\nBijlage .env (door klant geplakt):\n"
             "APP_URL=https://www.{dom}\nOPENAI_API_KEY={k}\nOPENAI_MODEL=gpt-4o-mini\n\nNotitie {dev} ({d}): sleutel "
             "zichtbaar in ticket, laten roteren!",
             nr=g.knum("#", 6), org=(o := org(g, "school")), dom=org_domain(o), k=g.key("openai"),
             dev=dev.abbr, d=kd(d, "dd-mm-yyyy"))


@T("API_KEY")
def key_stripe_club_webshop(g):
    a = g.person(origin="nl")
    d = g.workday()
    it = g.pick(ORGS["it"])
    return hdr_nl(g, who(a.full, a.mail), who(it, g.org_mail(it, "support")), "Contributie betalen via site", d) + F(
        "Hoi,\n\nIn de plugin-instellingen staat dit, is dat goed zo?\n\nPublishable key: pk_live_... (weggelaten)\n"
        "Secret key: {k}\n\nDe eerste incasso's ({amt} per lid) willen we {dd} draaien.\n\nGroet,\n{a}",
        k=g.key("stripe"), amt=g.money(80, 220), dd=kd(g.after(d, 5, 20), "wd d m"), a=a.fn)


@T("API_KEY")
def key_mollie_restaurant(g):
    a = g.person(origin="nl")
    b = g.person()
    return teams(g, [(a.full, "Reserveringsmodule vraagt om de Mollie-sleutel voor de aanbetaling"),
                     (b.full, J("Deze is het: ", g.key("mollie"))),
                     (a.full, J("Werkt. Aanbetaling staat nu op ", g.money(10, 25, "eur_sp", whole=True), " p.p."))])


@T("API_KEY")
def key_aws_backup_notaris(g):
    d = g.workday()
    return F("#!/bin/bash\n# back-up dossiers {org} naar S3, cron {t} elke nacht (aangepast {d})\n"
             "export AWS_ACCESS_KEY_ID={a}\nexport AWS_SECRET_ACCESS_KEY={s}\nexport AWS_DEFAULT_REGION=eu-central-1\n"
             "aws s3 sync /srv/dossiers s3://notaris-backup-{n}/ --delete",
             org=org(g, "notary"), t=g.ktime(1, 4, 0), d=kd(d, "dd-mm-yyyy"), a=g.key("aws"), s=g.key("aws_secret"),
             n=str(g.r.randint(10, 99)))


@T("API_KEY")
def key_github_teams(g):
    dev = g.person(origin=g.pick(["nl", "ro", "ua", "pl"]))
    own = g.person(origin="nl")
    return teams(g, [(own.full, "Kun je de planningstool van de werkplaats even updaten? Ik krijg de repo niet gecloned."),
                     (dev.full, J("Gebruik dit token, read-only op de repo: ", g.key("github"))),
                     (own.full, "Gelukt, dank!")])


@T("API_KEY")
def key_google_maps_form(g):
    p = g.person(origin="nl")
    d = g.workday()
    return F("Formulier 'Routeplanner bezorging' - {org}\nIngevuld door: {n} <{m}>\nDatum: {d}\n\nGoogle Maps API-key: {k}\n"
             "Max. afstand: 25 km\nBezorgkosten: {amt}",
             org=org(g, "garden"), n=p.full, m=p.mail, d=kd(d, "dd-mm-yyyy"), k=g.key("google"),
             amt=g.money(5, 25, "eur_sp"))


@T("API_KEY")
def key_slack_bot_ticket(g):
    p = g.person(origin="nl")
    d = g.workday()
    return F("Ticket {nr} - {org}\nMelder: {n}\n\nDe Slack-bot die storingsmeldingen post werkt niet meer. Config:\n"
             "SLACK_BOT_TOKEN={k}\nSLACK_CHANNEL=#storingen\n\nGraag vandaag nog, we hebben {wk} veel storingen.",
             nr=g.knum("INC", 7), org=org(g, "install"), n=p.full, k=g.key("slack"), wk=g.week())


@T("API_KEY")
def key_jwt_errorlog(g):
    d = g.workday()
    return F("{ts} ERROR kinderapp.api 401 Unauthorized GET /api/v2/groepen/{gid}/aanwezigheid\n"
             "  request.headers.Authorization = \"Bearer {k}\"\n  user-agent: KindApp/3.4.1 (iOS)\n"
             "Kun je zien waarom dit token niet meer werkt? Het is van de vestiging {org}.",
             ts=K(d.isoformat() + " %02d:%02d:%02d" % (g.r.randint(7, 18), g.r.randint(0, 59), g.r.randint(0, 59))),
             gid=str(g.r.randint(10, 99)), k=g.key("jwt"), org=org(g, "kdv"))


@T("API_KEY")
def key_pem_email(g):
    a = g.person(origin="nl")
    b = g.person(origin="nl")
    d = g.workday()
    return hdr_nl(g, who(a.full, a.mail), who(b.full, b.mail), "Sleutel server", d) + F(
        "Hoi {b},\n\nHier de sleutel voor de server van het kassasysteem, dan kun jij er vanavond op:\n\n{k}\n\n"
        "Gebruiker is 'deploy'.\n{a}", b=b.fn, k=g.key("pem"), a=a.fn)


@T("API_KEY")
def key_anthropic_prompt(g):
    return F("Waarom krijg ik een 401? Dit is mijn curl:\n\ncurl https://api.anthropic.com/v1/messages \\\n"
             "  -H \"x-api-key: {k}\" \\\n  -H \"anthropic-version: 2023-06-01\" \\\n  -H \"content-type: application/json\" "
             "\\\n  -d '{\"model\": \"claude-sonnet-4-5\", \"max_tokens\": 512, \"messages\": [...]}'",
             k=g.key("anthropic"))


@T("API_KEY")
def key_openai_whatsapp(g):
    own = g.person(origin=g.pick(["nl", "tr", "ma"]))
    nf = g.person(origin=own.origin)
    d = g.workday()
    return chat(g, d, [(own.fn, "Dat ding van ChatGPT voor de menukaart, welke code moet ik invullen?"),
                       (nf.fn, J("Plak deze erin: ", g.key("openai"))),
                       (nf.fn, "en zet een limiet van 50 euro in het dashboard!"),
                       (own.fn, "👍")])


@T("API_KEY")
def key_sendgrid_nieuwsbrief(g):
    d = g.workday()
    return F("Instellingen nieuwsbrief {org} (screenshot, OCR)\nProvider: SendGrid\nAfzender: nieuwsbrief\nAPI Key: {k}\n"
             "Volgende verzending: {d}", org=org(g, "church"), k=g.key("sendgrid"), d=kd(d, "wd d m"))


@T("API_KEY")
def key_hf_notebook(g):
    return F("# sensoren melkrobot {org}\nfrom huggingface_hub import login\nlogin(token=\"{k}\")\n\n"
             "df = pd.read_csv('melkgift_{wk}.csv', sep=';')",
             org=org(g, "farm"), k=g.key("hf"), wk=str(g.r.randint(1, 52)))


@T("API_KEY")
def key_firebase_json(g):
    return F('Config van de tandarts-app (google-services, ingekort):\n{\n  "project_id": "mondzorg-app-{n}",\n'
             '  "api_key": [{ "current_key": "{k}" }],\n  "mobilesdk_app_id": "1:{a}:android:{b}"\n}',
             n=str(g.r.randint(100, 999)), k=g.key("google"), a=str(g.r.randint(10 ** 11, 10 ** 12 - 1)),
             b=g.rs(16, "0123456789abcdef"))


@T("API_KEY")
def key_stripe_python_hotel(g):
    return F("import stripe\nstripe.api_key = \"{k}\"\n\n# borg {org}\nintent = stripe.PaymentIntent.create(amount={c}, "
             "currency='eur', capture_method='manual')",
             k=g.key("stripe"), org=org(g, "hotel"), c=str(g.r.randint(50, 300) * 100))


@T("API_KEY")
def key_sms_openai(g):
    p = g.person()
    return F("SMS van {tel}:\nHier is de sleutel voor de chatbot op de site, plak je hem in het veld 'API key'?\n{k}",
             tel=p.tel, k=g.key("openai"))


@T("API_KEY")
def key_ocr_dashboard(g):
    return ocr(g, F("Tekst uit screenshot (dashboard):\nAPI keys\nName            Key                                        "
                    "Created\nwebshop-prod    {k}    {d}\nLimit: {amt} / month",
                    k=g.key("openai"), d=kd(g.workday(), "EN m d, y", "en"), amt=g.money(50, 200, "en", whole=True)),
               rate=0.02, hyph=0)


@T("API_KEY")
def key_csv_integraties(g):
    rows = ["koppeling;sleutel;eigenaar\n"]
    for name, kind in g.r.sample([("Mollie", "mollie"), ("Google Maps", "google"), ("SendGrid", "sendgrid"),
                                  ("OpenAI", "openai"), ("Stripe", "stripe")], 3):
        rows += [name, ";", g.key(kind), ";", g.person(origin="nl").abbr, "\n"]
    return ["Overzicht integraties ", any_org(g), " (export)\n"] + rows


@T("API_KEY")
def key_mail_thread_quote(g):
    a = g.person(origin="nl")
    b = g.person(origin=g.pick(["nl", "ro", "bg"]))
    d = g.workday()
    return [F("Dank! Het werkt weer.\n\n{a}\n\n", a=a.fn), wrote_nl(g, b.full, b.mail, d),
            quote(F("Hoi {a}, de oude sleutel was verlopen. Nieuwe:\n{k}\nZet hem in het veld 'Google API key'.",
                    a=a.fn, k=g.key("google")))]


@T("API_KEY")
def key_github_pat_ci(g):
    return F("CI-log (GitHub Actions, run {run})\nRun git clone https://x-access-token:{k}@github.com/{o}/planning.git\n"
             "fatal: Authentication failed\nError: Process completed with exit code 128.",
             run=str(g.r.randint(1000, 9999)), k=g.key("github"), o=slug(org(g, "garage"))[:14])


@T("API_KEY")
def key_slack_webhook(g):
    return F("Zapier-stap 'Nieuwe reservering -> Slack'\nWebhook URL: {k}\nBericht: Nieuwe reservering voor [aantal] "
             "personen", k=g.key("slack_hook"))


@T("API_KEY")
def key_aws_credentials_file(g):
    return F("Mijn ~/.aws/credentials, is dit goed?\n\n[default]\naws_access_key_id = {a}\naws_secret_access_key = {s}\n"
             "region = eu-west-1", a=g.key("aws"), s=g.key("aws_secret"))


@T("API_KEY")
def key_openssh_ticket(g):
    p = g.person(origin="nl")
    return F("Ticket {nr}\nVan: {n}\n\nIk kan niet meer inloggen op de server van de camera's. Dit staat in mijn "
             "id_ed25519:\n{k}\nWat doe ik fout?",
             nr=g.knum("#", 6), n=p.full, k=g.key("openssh"))


@T("API_KEY")
def key_service_account_json(g):
    return F('service-account.json (agenda-koppeling {org}):\n{\n  "type": "service_account",\n  "project_id": "agenda-{n}",\n'
          '  "private_key_id": "{pid}",\n  "private_key": "{k}"\n}',
          org=org(g, "physio"), n=str(g.r.randint(100000, 999999)), pid=g.rs(40, "0123456789abcdef"),
          k=g.key("pkcs8_json"))


@T("API_KEY", "en")
def key_en_support_openai(g):
    own = g.person(origin=g.pick(["br", "pt", "nl", "ir"]))
    d = g.workday()
    it = g.pick(ORGS["it"])
    return hdr_en(g, who(own.full, own.mail), who(it, g.org_mail(it, "support")),
                  "Chatbot stopped answering", d) + F(
        "Hi,\n\nOur booking chatbot for {org} stopped answering since {dd}. The key we use is\n{k}\nCould the usage "
        "limit ({amt}) be the reason?\n\nThanks,\n{o}",
        org=org(g, "rest"), dd=kd(d - datetime.timedelta(days=1), "EN wd d m", "en"), k=g.key("openai"),
        amt=g.money(50, 200, "en", whole=True), o=own.fn)


@T("API_KEY", "en")
def key_en_issue_leak(g):
    dev = g.person(origin=g.pick(["nl", "ua", "ro"]))
    return F("Issue #{n}: sync fails with 403\n\nSteps to reproduce:\n1. set ANTHROPIC_API_KEY={k}\n2. run `npm run sync`\n"
             "3. see error\n\nReported by @{u}",
             n=str(g.r.randint(10, 400)), k=g.key("anthropic"), u=slug(dev.first) + str(g.r.randint(1, 99)))


@T("API_KEY", "en")
def key_en_slack_export_aws(g):
    a = g.person(origin="nl")
    b = g.person(origin=g.pick(["ph", "pt", "nl"]))
    d = g.workday()
    return ["Summarise this thread\n\n", chat(g, d, [
        (a.fn, "the invoice export to S3 is broken again"),
        (b.fn, J("try these: ", g.key("aws"), " / ", g.key("aws_secret"))),
        (a.fn, "ok that worked, thanks"),
    ], 3)]


@T("API_KEY", "en")
def key_en_pms_stripe(g):
    a = g.person(origin="nl")
    d = g.workday()
    return F("Hi team,\n\nFor the new PMS integration at {org}, use this restricted key for refunds only:\n{k}\n"
             "It expires {dd}. Do not paste it anywhere else.\n\n{a}",
             org=org(g, "hotel"), k=g.key("stripe"), dd=kd(g.after(d, 30, 90), "EN m d, y", "en"), a=a.fn)


@T("API_KEY", "vl")
def key_vl_mollie(g):
    p = g.person(origin="vl")
    return F("Dag {n},\n\nUw webshop is bijna klaar. Gelieve in het Mollie-dashboard de live API-sleutel te kopiëren; "
             "ik heb deze ontvangen: {k}\nDe lancering is gepland voor {d}.\n\nMet vriendelijke groeten,\n{w}",
             n=p.fn, k=g.key("mollie"), d=kd(g.workday(), "wd d m"), w=g.person(origin="vl").full)


@T("API_KEY", "de")
def key_de_werkstatt(g):
    p = g.person(origin="de")
    return F("Hallo,\n\nder Schlüssel für die Teilekatalog-Schnittstelle lautet:\n{k}\nBitte in der Werkstattsoftware "
             "unter Einstellungen > API eintragen.\n\nGruß\n{n}",
             k=g.key(g.pick(["openai", "google", "stripe"])), n=p.full)


# ================================================================================================
# BSN: a valid burgerservicenummer in the text
# ================================================================================================
@T("BSN")
def bsn_gemeente_brp_form(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return F("Aanvraag uittreksel BRP ({gem})\nNaam: {n}\nBSN: {bsn}\nGeboortedatum: {dob}\nAdres: {st}, {pc} {city}\n"
             "Doel: {doel}\nKosten: {amt}\nIngediend: {d} {t}",
             gem=org(g, "gemeente"), n=p.full, bsn=g.bsn(), dob=g.dob(), st=a.st, pc=a.pc, city=a.city,
             doel=g.pick(["werkgever", "woningcorporatie", "notaris", "emigratie"]), amt=g.money(14, 18, "eur_sp"),
             d=kd(d, "dd-mm-yyyy"), t=g.ktime(7, 22, 0))


@T("BSN")
def bsn_kdv_aanmelding(g):
    ouder = g.person()
    kind = child_of(g, ouder)
    d = g.workday()
    return F("Aanmeldformulier {org}\n\nGegevens kind\nNaam: {k}\nGeboortedatum: {kdob}\nBSN kind: {kb}\n\nGegevens "
             "aanvrager kinderopvangtoeslag\nNaam: {o}\nBSN: {ob}\nTelefoon: {tel}\nE-mail: {m}\n\nGewenste dagen: "
             "ma, di, do\nStartdatum: {s}",
             org=org(g, "kdv"), k=kind.full, kdob=g.dob("baby"), kb=g.bsn(), o=ouder.full, ob=g.bsn(), tel=ouder.tel,
             m=ouder.mail, s=kd(g.after(d, 20, 90), "d m y"))


@T("BSN")
def bsn_school_leerlingkaart(g):
    k = g.person()
    a = g.addr()
    return F("Leerlingkaart (export ParnasSys)\nAchternaam\t{sur}\nVoornamen\t{fn}\nGeslacht\t{gs}\nGeboortedatum\t{dob}\n"
             "BSN/onderwijsnummer\t{bsn}\nAdres\t{st}\nPostcode\t{pc}\nGroep\t{grp}",
             sur=k.Sur, fn=k.fn, gs="V" if k.gender == "f" else "M", dob=g.dob("child"), bsn=g.bsn(0), st=a.st,
             pc=a.pc, grp=groep(g))


@T("BSN")
def bsn_huisarts_inschrijving(g):
    p = g.person()
    a = g.addr()
    return F("INSCHRIJFFORMULIER {org}\n\nAchternaam: {sur}   Voorletters: {vl}\nGeboortedatum: {dob}\nBSN: {bsn}\n"
             "Adres: {st}, {pc} {city}\nTelefoon: {tel}\nZorgverzekeraar: {zv}  Polisnr: {pol}\nVorige huisarts: {vh}",
             org=org(g, "gp"), sur=p.upsur, vl=p.initials, dob=g.dob(), bsn=g.bsn(), st=a.st, pc=a.pc, city=a.city,
             tel=p.tel, zv=g.pick(["VGZ", "CZ", "Menzis", "Zilveren Kruis", "ONVZ"]), pol=K(g.nine_fail()), vh=J("dokter ", g.person(origin="nl").Sur))


@T("BSN")
def bsn_fysio_verwijzing(g):
    p = g.person()
    d = g.workday()
    return F("Verwijzing {fys}\nPatiënt: {n}, geb. {dob}, BSN {bsn}\nVerwijzer: {ha} (AGB {agb})\nDatum: {d}\n"
             "Reden: beoordeling en behandeling knieklachten", fys=org(g, "physio"), n=p.ini, dob=g.dob(),
             bsn=g.bsn(), ha=g.person(origin="nl").ini, agb=K("01-%06d" % g.r.randint(0, 999999)), d=kd(d, "d-m-yyyy"))


@T("BSN")
def bsn_notaris_comparitie(g):
    p = g.person()
    a = g.addr()
    return F("CONCEPT - comparitie\n\n{n}, geboren te {gp} op {dob}, burgerservicenummer {bsn}, wonende te {st}, {pc} "
             "{city}, {bs}, zich legitimerende met paspoort nummer {pas},\nhierna te noemen: 'verkoper'.",
             n=p.upper if g.chance(0.4) else p.full, gp=g.pick(CITIES["nl"]), dob=g.dob(style="d m y"), bsn=g.bsn(3),
             st=a.st, pc=a.pc, city=a.city, bs=g.pick(["ongehuwd en niet geregistreerd als partner", "gehuwd"]),
             pas=K(g.rs(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + g.rs(2, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") +
                   g.rs(5, "0123456789")))


@T("BSN")
def bsn_deurwaarder_beslag(g):
    p = g.person()
    w = any_org(g)
    d = g.workday()
    return ocr(g, F("EXPLOOT VAN LOONBESLAG\n\nAan: {w}, als werkgever van\n{n}, BSN {bsn}, geboren {dob}\n\n"
                    "Op {d} heb ik beslag gelegd onder u op het loon van voornoemde. U dient {amt} per maand in te houden "
                    "en over te maken naar {iban} o.v.v. dossier {dos}.",
                    w=w, n=p.upper, bsn=g.bsn(1), dob=g.dob(style="dd-mm-yyyy"), d=kd(d, "d m y"),
                    amt=g.money(150, 600, "eur_sp"), iban=g.iban(), dos=g.knum("DW", 6)), rate=0.05)


@T("BSN")
def bsn_onboarding_nieuwe_monteur(g):
    p = g.person(origin=g.pick(["nl", "pl", "ro", "tr", "ma"]))
    a = g.addr()
    d = g.workday()
    return F("Personeelsformulier nieuwe medewerker - {org}\nNaam: {n}\nAdres: {st}, {pc} {city}\nGeboortedatum: {dob}\n"
             "BSN: {bsn}\nIBAN: {iban}\nIn dienst per: {s}\nFunctie: monteur\nLoonheffingskorting toepassen: ja",
             org=org(g, "install"), n=p.full, st=a.st, pc=a.pc, city=a.city, dob=g.dob(), bsn=g.bsn(), iban=g.iban(),
             s=kd(g.after(d, 5, 40), "d m y"))


@T("BSN")
def bsn_vog_vrijwilliger(g):
    p = g.person()
    v = g.person(origin="nl")
    d = g.workday()
    return hdr_nl(g, who(p.full, p.mail), who(v.full, v.mail), "VOG aanvraag trainer", d) + F(
        "Hoi {v},\n\nVoor de VOG-aanvraag via de club vroeg je mijn gegevens:\nVolledige naam: {n}\nGeboortedatum: {dob}\n"
        "BSN: {bsn}\nGeboorteplaats: {gp}\n\nGroet, {pf}",
        v=v.fn, n=p.full, dob=g.dob(), bsn=g.bsn(), gp=g.pick(CITIES["nl"] + ["Paramaribo", "Willemstad", "Nador"]),
        pf=p.fn)


@T("BSN")
def bsn_anbi_periodieke_gift(g):
    p = g.person()
    a = g.addr()
    return F("Formulier periodieke gift (aanvraag, nog niet ondertekend)\nInstelling: {org}\nSchenker: {n}\nBSN schenker: {bsn}\n"
             "Adres: {st}, {pc} {city}\nJaarlijks bedrag: {amt}\nLooptijd: 5 jaar\nIBAN: {iban}",
             org=org(g, "church"), n=p.full, bsn=g.bsn(), st=a.st, pc=a.pc, city=a.city, amt=g.money(120, 1500),
             iban=g.iban())


@T("BSN")
def bsn_seizoenwerkers_tabel(g):
    ps = [g.person(origin=g.pick(["pl", "ro", "bg", "ua"])) for _ in range(2)]
    rows = ["Naam\tGeb.datum\tBSN\tHuisvesting\n"]
    for p in ps:
        rows += [p.full, "\t", g.dob(style="dd-mm-yyyy"), "\t", g.bsn(0), "\t", g.pick(["chalet 3", "chalet 4", "unit B"]),
                 "\n"]
    return ["Seizoenkrachten ", org(g, "farm"), ", aanmelding RNI\n"] + rows


@T("BSN")
def bsn_ticket_id_scan(g):
    p = g.person()
    d = g.workday()
    return F("Ticket {nr} - {org}\nMelder: {n}\nOmschrijving: de scanner maakt van mijn ID-kaart een wazige PDF. Tekst "
             "die eruit komt:\n  NEDERLAND  IDENTITEITSKAART\n  {up}\n  {dob}   BSN {bsn}\n  geldig tot {gt}\n"
             "Kan iemand de scaninstellingen bekijken?",
             nr=g.knum("#", 6), org=any_org(g), n=p.full, up=p.upper, dob=g.dob(style="dd-mm-yyyy"), bsn=g.bsn(0),
             gt=K("%02d-%02d-20%d" % (g.r.randint(1, 28), g.r.randint(1, 12), g.r.randint(27, 35))))


@T("BSN")
def bsn_whatsapp_kdv(g):
    p = g.person()
    kind = child_of(g, p)
    d = g.workday()
    o = org(g, "kdv")
    return chat(g, d, [(J("Planning ", o), J("Hoi ", p.fn, ", we missen nog het BSN van ", kind.fn, " voor het contract.")),
                       (p.full, J("Sorry! Het is ", g.bsn(g.pick([0, 2])))),
                       (J("Planning ", o), "Dank je, verwerkt!")])


@T("BSN")
def bsn_voicemail_gemeente(g):
    p = g.person()
    d = g.workday()
    return F("Voicemail Klantcontactcentrum {gem} - {d} {t}\nBeller: {tel}\n\"Goedemiddag, u spreekt met {n}. Ik bel "
             "over mijn aanvraag bijzondere bijstand. Mijn burgerservicenummer is {bsn}. Ik heb de bankafschriften "
             "vorige week opgestuurd. Kunt u mij terugbellen? Dank u.\"",
             gem=org(g, "gemeente"), d=kd(d, "dd-mm-yyyy"), t=g.ktime(9, 16, 0), tel=p.tel, n=p.full, bsn=g.bsn(2))


@T("BSN")
def bsn_sms_mama(g):
    p = g.person()
    m = g.person(origin=p.origin, gender="f")
    return F("SMS van {tel}:\nBSN van mama is {bsn}, geboren {dob}. Haar naam staat op de pas als {mn}. Succes bij de "
             "apotheek!", tel=p.tel, bsn=g.bsn(), dob=g.dob("senior"), mn=m.upper)


@T("BSN")
def bsn_teams_hr(g):
    a = g.person(origin="nl")
    b = g.person(origin="nl")
    c = g.person()
    return teams(g, [(a.full, J("Kun je ", c.full, " nog aanmelden bij de pensioenuitvoerder?")),
                     (b.full, J("Ik mis het BSN")),
                     (a.full, J(g.bsn(), ", geboren ", g.dob()))])


@T("BSN")
def bsn_ocr_svb_brief(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return ocr(g, F("Sociale Verzekeringsbank\n\n{n}\n{st}\n{pc} {city}\n\nDatum {d}\nUw BSN {bsn}\nOns kenmerk {ken}\n\n"
                    "Onderwerp: kinderbijslag {q}\n\nGeachte {aanh},\n\nU ontvangt over dit kwartaal {amt} kinderbijslag. "
                    "Wij maken het bedrag over op {iban}.",
                    n=p.ini, st=a.st, pc=a.pc, city=a.city, d=kd(d, "d m y"), bsn=g.bsn(1), ken=g.knum("", 8),
                    q=g.pick(["eerste kwartaal", "tweede kwartaal", "derde kwartaal"]), aanh=J(p.mr, " ", p.Sur),
                    amt=g.money(300, 900, "eur_sp"), iban=g.iban()), rate=0.06)


@T("BSN")
def bsn_webhook_schuldhulp(g):
    p = g.person()
    d = g.workday()
    return F('POST /api/aanmelding-schuldhulp\n{"gemeente":"{gem}","naam":"{n}","bsn":"{bsn}","telefoon":"{tel}",'
             '"email":"{m}","schulden_indicatie":"{amt}","ontvangen":"{d}"}',
             gem=org(g, "gemeente"), n=p.full, bsn=g.bsn(0), tel=p.tel, m=p.mail, amt=g.money(2000, 40000, "plain"),
             d=kd(d, "iso"))


@T("BSN")
def bsn_prompt_brief(g):
    p = g.person()
    d = g.workday()
    return F("Maak hier een nette brief van:\n\naan belastingdienst, bezwaar tegen aanslag {jr}. namens {n} (bsn {bsn}), "
             "aanslagnummer {an}. reden: aftrekpost giften vergeten, {amt} aan {org}. graag reactie voor {dl}.",
             jr=K("2025"), n=p.lowfull, bsn=g.bsn(), an=K(g.nine_fail() + ".H.56"), amt=g.money(200, 1500),
             org=org(g, "church"), dl=kd(g.after(d, 20, 40), "d m"))


@T("BSN")
def bsn_garage_financiering(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return F("Financieringsaanvraag via {org}\nAuto: Toyota Yaris Cross, kenteken {kt}\nKoopsom: {amt}\nAanvrager: {n}\n"
             "Geboortedatum: {dob}\nBSN: {bsn}\nAdres: {st}, {pc} {city}\nNetto inkomen: {ink}\nMobiel: {tel}",
             org=org(g, "garage"), kt=g.plate(), amt=g.money(18000, 32000, "eur_sp", whole=True), n=p.full, dob=g.dob(),
             bsn=g.bsn(), st=a.st, pc=a.pc, city=a.city, ink=g.money(2100, 4200, "eur_sp", whole=True), tel=p.tel)


@T("BSN")
def bsn_handgeschreven_balie(g):
    p = g.person()
    d = g.workday()
    return F("Balienotitie (handgeschreven, overgetypt) {d}\n{n} - verhuizing - BSN {bsn} - nieuw adres {st} - "
             "tel {tel} - afspraak {af}",
             d=kd(d, "d-m"), n=p.full, bsn=g.bsn(4), st=g.addr().st, tel=p.tel, af=kd(g.after(d, 3, 10), "wd d m"))


@T("BSN")
def bsn_accountant_thread(g):
    acc = g.person(origin="nl")
    c = g.person()
    d = g.workday()
    return [F("Hoi {c},\n\nDank, ik heb alles. De aangifte is {dd} ingediend.\n\n{a}\n\n", c=c.fn,
              dd=kd(g.after(d, 2, 8), "d m"), a=acc.fn),
            wrote_nl(g, c.full, c.mail, d),
            quote(F("Hierbij de gegevens van mijn partner voor de IB-aangifte: {pn}, BSN {bsn}, geboren {dob}.",
                    pn=g.person(origin=c.origin).full, bsn=g.bsn(), dob=g.dob()))]


@T("BSN")
def bsn_zorgbonus_spreadsheet(g):
    ps = [g.person() for _ in range(3)]
    rows = ["medewerker;bsn;uren;afdeling\n"]
    for p in ps:
        rows += [p.rev, ";", g.bsn(0), ";", str(g.r.randint(8, 36)), ";", g.pick(["balie", "behandeling", "schoonmaak"]),
                 "\n"]
    return ["Aanlevering opleidingsfonds ", org(g, "dental"), "\n"] + rows


@T("BSN")
def bsn_school_overstapdossier(g):
    k = g.person()
    d = g.workday()
    return F("OSO-overstapdossier\nLeerling: {n}\nGeboortedatum: {dob}\nBSN: {bsn}\nVan: {a}\nNaar: {b}\nDatum vertrek: {d}\n"
             "Bijzonderheden: dyslexieverklaring aanwezig",
             n=k.full, dob=g.dob("child"), bsn=g.bsn(), a=org(g, "school"), b=org(g, "school"),
             d=kd(d, "dd-mm-yyyy"))


@T("BSN", "en")
def bsn_en_expat_gemeente(g):
    p = g.person(origin=g.pick(["br", "ir", "ua", "ph", "vn", "pt"]))
    d = g.workday()
    return hdr_en(g, who(p.full, p.mail), who("Burgerzaken", g.org_mail("Gemeente Westerveen", "burgerzaken")),
                  "Address registration", d) + F(
        "Dear sir/madam,\n\nI registered last month and received my BSN: {bsn}. However, my address is still shown as "
        "the hotel. My new address is {st}, {pc} {city} since {dd}. Date of birth {dob}.\n\nKind regards,\n{n}",
        bsn=g.bsn(), st=(a := g.addr()).st, pc=a.pc, city=a.city, dd=kd(d - datetime.timedelta(days=10), "EN d m y", "en"),
        dob=g.dob(lang="en"), n=p.full)


@T("BSN", "en")
def bsn_en_school_enrolment(g):
    p = g.person(origin=g.pick(["ir", "br", "ph", "ua", "nl"]))
    kid = child_of(g, p)
    return F("International class enrolment form\nChild: {k}\nDate of birth: {dob}\nCitizen service number (BSN): {bsn}\n"
             "Parent: {p}\nPhone: {tel}\nEmail: {m}\nLanguages spoken at home: {lang}",
             k=kid.full, dob=g.dob("child", "en"), bsn=g.bsn(), p=p.full, tel=p.tel, m=p.mail,
             lang=g.pick(["Farsi, English", "Portuguese", "Tagalog, English", "Ukrainian, Russian", "Dutch, English"]))


@T("BSN", "en")
def bsn_en_hr_ticket(g):
    p = g.person(origin=g.pick(["nl", "pt", "pl", "ro"]))
    return F("Ticket {nr}\nHi HR, my payslip shows a wrong BSN. The correct one is {bsn}. Name: {n}, employee no. {en}.\n"
             "Thanks!", nr=g.knum("HR-", 5), bsn=g.bsn(), n=p.full, en=g.num("", 5))


@T("BSN", "en")
def bsn_en_gp_registration(g):
    p = g.person(origin=g.pick(["ua", "so", "af", "ku", "ir"]))
    return F("New patient registration (online form)\nFull name: {n}\nDOB: {dob}\nBSN: {bsn}\nPhone: {tel}\n"
             "Previous GP: none (arrived in NL in 2025)\nInterpreter needed: yes",
             n=p.full, dob=g.dob(lang="en"), bsn=g.bsn(), tel=p.tel)


@T("BSN", "vl")
def bsn_vl_grensarbeider(g):
    p = g.person(origin="vl")
    a = g.addr("vl")
    return F("Beste,\n\nIk begin op {d} als pedagogisch medewerker in uw vestiging. Ik woon in België ({st}, {pc} {city}). "
             "Mijn Nederlands BSN is {bsn}, rijksregisternummer volgt. Gsm: {tel}.\n\nMet vriendelijke groeten,\n{n}",
             d=kd(g.workday(), "d m y"), st=a.st, pc=a.pc, city=a.city, bsn=g.bsn(), tel=p.tel, n=p.full)


@T("BSN", "de")
def bsn_de_grenzgaenger(g):
    p = g.person(origin="de")
    a = g.addr("de")
    return F("Sehr geehrte Damen und Herren,\n\nals Grenzgänger arbeite ich seit {d} bei {org}. Meine niederländische "
             "Bürgerservicenummer (BSN) lautet {bsn}. Bitte korrigieren Sie die Lohnsteuer.\n\n{n}\n{st}, {pc} {city}",
             d=kd(g.workday(), "DE d m y", "de"), org=org(g, "install"), bsn=g.bsn(), n=p.full, st=a.st, pc=a.pc,
             city=a.city)


# ================================================================================================
# SALARY_SLIP: a payslip with its figures (the items add up to the cent)
# ================================================================================================
def period_k(g, lang="nl"):
    if "period" in g.meta:
        return g.meta["period"]
    m = g.r.randint(0, 11)
    if lang == "en":
        g.meta["period"] = K("%s 2026" % EN_MONTHS[m])
    elif lang == "de":
        g.meta["period"] = K("%s 2026" % DE_MONTHS[m])
    else:
        g.meta["period"] = K("%s 2026" % NL_MONTHS[m])
    return g.meta["period"]


def lay_tabs(sl, lang="nl"):
    out = [{"nl": "Omschrijving\tBedrag\n", "en": "Description\tAmount\n", "de": "Bezeichnung\tBetrag\n"}[lang]]
    for n, v, s in sl["items"]:
        out += [n, "\t", "-" if s < 0 else "", v, "\n"]
    out += [{"nl": "Netto\t", "en": "Net\t", "de": "Netto\t"}[lang], sl["net"]]
    return out


def lay_csv(g, sl):
    out = ["code;omschrijving;bedrag;teken\n"]
    code = 1000
    for n, v, s in sl["items"]:
        code += g.r.randint(5, 90)
        out += [str(code), ";", n, ";", v, ";", "+" if s > 0 else "-", "\n"]
    out += ["9999;netto;", sl["net"], ";="]
    return out


def lay_json(sl):
    out = ['{"regels":[']
    for i, (n, v, s) in enumerate(sl["items"]):
        out += ['{"omschrijving":"', n, '","bedrag":"', v, '","soort":"', "toeslag" if s > 0 else "inhouding", '"}',
                "," if i < len(sl["items"]) - 1 else ""]
    out += ['],"netto":"', sl["net"], '"}']
    return out


def lay_inline(sl, lang="nl"):
    out = []
    minus = {"nl": "min ", "en": "minus ", "de": "minus "}[lang]
    for i, (n, v, s) in enumerate(sl["items"]):
        out += [n.lower() if i and lang != "de" else n, " ", minus if s < 0 else "", v, ", "]
    out += [{"nl": "netto ", "en": "net ", "de": "netto "}[lang], sl["net"]]
    return out


def slip_head(g, p, org_name, lang="nl", bsn=False, iban=True, dob=False, extra=True):
    lab = {"nl": ("Werkgever", "Werknemer", "Personeelsnr.", "Periode", "BSN", "IBAN", "Geboortedatum", "Functie"),
           "en": ("Employer", "Employee", "Employee no.", "Period", "BSN", "IBAN", "Date of birth", "Position"),
           "de": ("Arbeitgeber", "Arbeitnehmer", "Personalnr.", "Abrechnungsmonat", "BSN", "IBAN", "Geburtsdatum",
                  "Tätigkeit")}[lang]
    out = [lab[0], ": ", org_name, "\n", lab[1], ": ", p.full if g.chance(0.6) else p.ini, "\n", lab[2], ": ",
           g.num("", 4), "\n", lab[3], ": ", period_k(g, lang), "\n"]
    if dob:
        out += [lab[6], ": ", g.dob(lang=lang if lang in DOB_STYLES else "nl"), "\n"]
    if bsn:
        out += [lab[4], ": ", g.bsn(), "\n"]
    if iban:
        out += [lab[5], ": ", g.iban(), "\n"]
    return out


def slip_std(g, theme, lang="nl", style="eur_sp", hours=False, bsn=False, origin=None, layout="lines", gender=None):
    p = g.person(origin=origin, gender=gender) if origin else g.person(gender=gender)
    o = org(g, theme)
    sl = payslip(g, style, hours=hours, lang=lang, theme=theme)
    head = slip_head(g, p, o, lang, bsn=bsn, dob=g.chance(0.3))
    if layout == "lines":
        body = slip_lines(sl, lang=lang, minus="- ")
    elif layout == "tabs":
        body = lay_tabs(sl, lang)
    elif layout == "csv":
        body = lay_csv(g, sl)
    elif layout == "json":
        body = lay_json(sl)
    else:
        body = lay_inline(sl, lang)
    return p, o, sl, head, body


@T("SALARY_SLIP")
def slip_leerkracht_lines(g):
    p, o, sl, head, body = slip_std(g, "school", bsn=g.chance(0.5))
    return ["LOONSTROOK\n", head, "Schaal L10, trede ", str(g.r.randint(1, 15)), " (cao PO)\n\n", body]


@T("SALARY_SLIP")
def slip_pm_kinderopvang_tabs(g):
    p, o, sl, head, body = slip_std(g, "kdv", style="plain", hours=True, layout="tabs")
    return ["Salarisspecificatie ", o, "\n", head, "\n", body, "\n\nUren volgens rooster, cao Kinderopvang."]


@T("SALARY_SLIP")
def slip_monteur_ocr(g):
    p, o, sl, head, body = slip_std(g, "garage", style="plain", bsn=True)
    return ocr(g, ["S A L A R I S S T R O O K\n", head, "\n", body, "\n\nDeze specificatie bewaren voor uw administratie."],
               rate=0.05, hyph=0)


@T("SALARY_SLIP")
def slip_installateur_whatsapp(g):
    p, o, sl, head, body = slip_std(g, "install", style="eur", layout="inline")
    d = g.workday()
    return chat(g, d, [(p.full, J("Mijn strook van ", period_k(g), ": ", body)),
                       (g.person().fn, "Die loonheffing is hoog zeg, heb je loonheffingskorting aan staan?"),
                       (p.fn, "Geen idee, ik vraag het na")])


@T("SALARY_SLIP")
def slip_prompt_klopt_het(g):
    p, o, sl, head, body = slip_std(g, "dental", style="eur_sp")
    return ["Klopt mijn loonstrook? Ik denk dat de toeslag ontbreekt.\n\n", head, "\n", body]


@T("SALARY_SLIP")
def slip_notaris_csv(g):
    p, o, sl, head, body = slip_std(g, "notary", style="plain", layout="csv")
    return ["Export loonstrook (Nmbrs) - ", p.full, " - ", period_k(g), "\n", body]


@T("SALARY_SLIP")
def slip_gemeente_json(g):
    p, o, sl, head, body = slip_std(g, "gemeente", style="plain", layout="json")
    return ['GET /api/v1/loonstroken/', g.knum("", 6), ' -> 200\n{"medewerker":"', p.full, '","periode":"',
            period_k(g), '","strook":', body, "}"]


@T("SALARY_SLIP")
def slip_kok_horeca(g):
    p, o, sl, head, body = slip_std(g, "rest", style="eur_sp", hours=True, origin=g.pick(["tr", "ma", "sr", "nl", "pt"]))
    return ["Loonstrook ", o, "\n", head, "Uurloon volgens cao Horeca, functiegroep ", str(g.r.randint(2, 6)), "\n\n",
            body]


@T("SALARY_SLIP")
def slip_seizoen_boerderij(g):
    p, o, sl, head, body = slip_std(g, "farm", style="post", hours=True, origin=g.pick(["pl", "ro", "bg", "ua"]))
    return ["Strook seizoensmedewerker\n", head, "\n", body, "\n\nHuisvesting wordt apart verrekend."]


@T("SALARY_SLIP")
def slip_koster_kerk(g):
    p, o, sl, head, body = slip_std(g, "church", style="eur_sp", hours=True)
    return ["Salarisstrook koster (parttime)\n", head, "\n", body]


@T("SALARY_SLIP")
def slip_it_mail_forward(g):
    p, o, sl, head, body = slip_std(g, "it", style="eur_sp")
    hr = g.person(origin="nl")
    d = g.workday()
    return hdr_nl(g, who(hr.full, hr.mail), who(p.full, p.mail), J("Loonstrook ", period_k(g)), d) + \
        [F("Hoi {pf},\n\nZoals gevraagd je strook in de mail (de PDF kwam niet door):\n\n", pf=p.fn), head, "\n", body,
         "\n\nGroet,\n", hr.fn]


@T("SALARY_SLIP")
def slip_physio_aligned_bsn(g):
    p, o, sl, head, body = slip_std(g, "physio", style="plain", bsn=True)
    return ["===== LOONSTROOK =====\n", head, "-" * 40, "\n", body, "\n", "-" * 40]


@T("SALARY_SLIP")
def slip_hotel_tabs(g):
    p, o, sl, head, body = slip_std(g, "hotel", style="eur", hours=True, layout="tabs",
                                    origin=g.pick(["ph", "pt", "br", "nl"]))
    return ["Loonspecificatie ", o, "\n", head, body]


@T("SALARY_SLIP")
def slip_schoonmaker_sms(g):
    p, o, sl, head, body = slip_std(g, "found", style="euro", hours=True, layout="inline")
    return ["Bericht van ", p.tel, ":\n", "hoi dit staat op mn strook: ", body, ". is dat normaal?"]


@T("SALARY_SLIP")
def slip_teams_salarisadmin(g):
    p, o, sl, head, body = slip_std(g, "garden", style="eur_sp", layout="tabs")
    a = g.person(origin="nl")
    return teams(g, [(a.full, J("Kun je deze strook van ", p.fn, " controleren voor ik hem verstuur?")),
                     (a.full, [head, body]),
                     (g.person(origin="nl").full, "Ziet er goed uit, versturen maar")])


@T("SALARY_SLIP")
def slip_sportclub_trainer(g):
    p, o, sl, head, body = slip_std(g, "sport", style="eur_sp", hours=True)
    return ["Loonstrook trainer/coördinator ", o, "\n", head, "\n", body, "\n\n(Vrijwilligersvergoeding wordt apart uitbetaald.)"]


@T("SALARY_SLIP")
def slip_garage_vakantiegeld(g):
    p, o, sl, head, body = slip_std(g, "garage", style="eur_sp")
    return ["Salarisstrook ", period_k(g), "\n", head, "\n", body]


@T("SALARY_SLIP")
def slip_excel_semicolon(g):
    p, o, sl, head, body = slip_std(g, "install", style="plain", layout="csv")
    return ["Plak uit Excel, loonstrook ", p.ini, ":\n", body]


@T("SALARY_SLIP")
def slip_lawyer_secretaresse(g):
    p, o, sl, head, body = slip_std(g, "lawyer", style="eur_sp", bsn=g.chance(0.5))
    return [o, "\nSalarisspecificatie\n\n", head, "\n", body, "\n\nCumulatieven op aanvraag."]


@T("SALARY_SLIP")
def slip_scan_handheld(g):
    p, o, sl, head, body = slip_std(g, "rest", style="plain", hours=True)
    return ocr(g, ["[foto van loonstrook, tekst herkend]\n", head, body], rate=0.07, hyph=0)


@T("SALARY_SLIP")
def slip_prompt_tabel(g):
    p, o, sl, head, body = slip_std(g, "kdv", style="eur_sp", layout="inline")
    return ["Zet dit om in een tabel: ", body, " (strook van ", p.full, ", ", period_k(g), ")"]


@T("SALARY_SLIP")
def slip_gemeente_ocr_brief(g):
    p, o, sl, head, body = slip_std(g, "gemeente", style="eur_sp", bsn=True)
    a = g.addr()
    return ocr(g, [o, "\n\n", p.ini, "\n", a.st, "\n", a.pc, " ", a.city, "\n\nUw salarisspecificatie\n", head, "\n",
                   body], rate=0.04, hyph=0.02)


@T("SALARY_SLIP")
def slip_tandarts_assistente_mail(g):
    p, o, sl, head, body = slip_std(g, "dental", style="eur_sp", hours=True)
    d = g.workday()
    return [F("Van: {p} <{m}>\nAan: praktijkmanager\n\nHoi, hieronder mijn strook. Volgens mij zijn de uren van {wk} "
              "niet meegenomen.\n\n", p=p.full, m=p.mail, wk=g.week()), head, body]


@T("SALARY_SLIP")
def slip_zorgboer_tabs_bsn(g):
    p, o, sl, head, body = slip_std(g, "farm", style="eur_sp", layout="tabs", bsn=True)
    return ["Loonstrook ", o, "\n", head, body]


@T("SALARY_SLIP", "en")
def slip_en_payslip(g):
    p, o, sl, head, body = slip_std(g, "it", lang="en", style="en", origin=g.pick(["ir", "br", "ua", "nl", "pt"]))
    return ["PAYSLIP\n", head, "\n", body]


@T("SALARY_SLIP", "en")
def slip_en_question(g):
    p, o, sl, head, body = slip_std(g, "hotel", lang="en", style="en", layout="tabs", origin=g.pick(["ph", "pt", "br"]))
    return ["Can you explain my payslip? Why is the wage tax so high?\n\n", head, body]


@T("SALARY_SLIP", "en")
def slip_en_hourly(g):
    p, o, sl, head, body = slip_std(g, "rest", lang="en", style="en_sp", hours=True)
    return ["Pay statement ", o, "\n", head, "\n", body]


@T("SALARY_SLIP", "en")
def slip_en_summarise(g):
    p, o, sl, head, body = slip_std(g, "install", lang="en", style="en", layout="inline")
    return ["Summarise: ", p.full, "'s ", period_k(g, "en"), " payslip - ", body, "."]


@T("SALARY_SLIP", "vl")
def slip_vl_nakijken(g):
    p, o, sl, head, body = slip_std(g, "kdv", style="eur_sp", origin="vl")
    return ["Kan je mijn loonbrief eens nakijken? Ik werk in Nederland maar woon in België.\n\n", head, "\n", body]


@T("SALARY_SLIP", "de")
def slip_de_lohnabrechnung(g):
    p, o, sl, head, body = slip_std(g, "de", lang="de", style="de", origin="de")
    return ["Lohnabrechnung\n", head, "\n", body]


@T("SALARY_SLIP")
def slip_grensarbeider_vraag(g):
    p, o, sl, head, body = slip_std(g, "garage", style="plain", layout="tabs", origin="de", bsn=True, gender="m")
    return ["Mijn Duitse collega vraagt of zijn Nederlandse strook klopt. Kun je het in eenvoudige woorden uitleggen?\n\n",
            head, body]


# ================================================================================================
# SIGNED_CONTRACT: a completed signing (signature block with name and date, audit trail)
# ================================================================================================
def sig_block(g, p, d, city=None, lang="nl", role=None):
    city = city or g.pick(CITIES["nl"])
    if lang == "en":
        return F("Signed: {n}\nDate: {d}\nPlace: {c}\nSignature: [signed]", n=p.full, d=kd(d, "EN d m y", "en"), c=city)
    if lang == "de":
        return F("{c}, den {d}\n\n(Unterschrift)\n{n}", c=city, d=kd(d, "dd.mm.yyyy", "de"), n=p.full)
    return F("Voor akkoord getekend{r}\nNaam: {n}\nPlaats: {c}\nDatum: {d}\nHandtekening: [handtekening]",
             r=(" door " + role) if role else "", n=p.full, c=city, d=kd(d, "dd-mm-yyyy"))


def audit_trail(g, signers, d, provider=None):
    provider = provider or g.pick(["ValidSign", "Signhost", "DocuSign", "Yousign", "Adobe Acrobat Sign", "Zynyo"])
    out = ["\n--- Audit trail (", provider, ") ---\nDocument-ID: ", K(g.rs(8, "0123456789abcdef") + "-" +
                                                                    g.rs(4, "0123456789abcdef")), "\n"]
    mins = g.r.randint(8 * 60, 17 * 60)
    for p in signers:
        mins += g.r.randint(3, 200)
        out += [kd(d, "dd-mm-yyyy"), " ", "%02d:%02d:%02d" % (mins // 60 % 24, mins % 60, g.r.randint(0, 59)),
                "  Ondertekend door ", p.full, " (", p.mail, ") IP 84.", str(g.r.randint(20, 250)), ".",
                str(g.r.randint(0, 255)), ".", str(g.r.randint(1, 254)), "\n"]
    out += ["Status: voltooid - alle partijen hebben ondertekend"]
    return out


@T("SIGNED_CONTRACT")
def sc_parkeerplaats_huur(g):
    p = g.person()
    verh = g.person(origin="nl")
    d = g.workday()
    return [F("HUUROVEREENKOMST PARKEERPLAATS\n\nVerhuurder: {v}\nHuurder: {h}, {st}\nObject: parkeerplaats nr. {nr}\n"
              "Huurprijs: {amt} per maand, ingaande {ing}\n\n", v=verh.full, h=p.full, st=g.addr().st,
              nr=str(g.r.randint(1, 60)), amt=g.money(45, 140), ing=kd(g.after(d, 1, 30), "d m y")),
            sig_block(g, p, d, (c := g.pick(CITIES["nl"])), role="huurder"), "\n\n",
            sig_block(g, verh, d, c, role="verhuurder")]


@T("SIGNED_CONTRACT")
def sc_opdrachtbevestiging_installatie(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return [F("OPDRACHTBEVESTIGING {nr}\n{org}\n\nOpdrachtgever: {n}\nAdres: {st}, {pc} {city}\nOmschrijving: plaatsen "
              "hybride warmtepomp incl. elektra\nPrijs: {amt} incl. btw\nUitvoering: {wk}\n\n", nr=g.knum("OB-", 5),
              org=org(g, "install"), n=p.full, st=a.st, pc=a.pc, city=a.city, amt=g.money(4200, 8900), wk=g.week()),
            sig_block(g, p, d, a.city, role="opdrachtgever")]


@T("SIGNED_CONTRACT")
def sc_koopovereenkomst_auto(g):
    p = g.person()
    d = g.workday()
    v = g.person(origin="nl")
    return ocr(g, [F("KOOPOVEREENKOMST GEBRUIKTE AUTO\n{org}\n\nKoper: {n}, {st}, {pc} {city}\nVoertuig: Kia Niro, kenteken "
                     "{kt}, km-stand {km}\nKoopprijs: {amt}\nInruil: {kt2} voor {inr}\nAflevering: {afl}\n\n",
                     org=org(g, "garage"), n=p.full, st=(a := g.addr()).st, pc=a.pc, city=a.city, kt=g.plate(0.0),
                     km=K("%d.%03d" % (g.r.randint(20, 140), g.r.randint(0, 999))), amt=g.money(14000, 29000, "eur_sp", whole=True),
                     kt2=g.plate(0.0), inr=g.money(1500, 6000, "eur_sp", whole=True), afl=kd(g.after(d, 2, 10), "wd d m")),
                   F("Aldus overeengekomen en getekend te {c} op {d}\n\nKoper: {k}   (handtekening)\nVerkoper: {v}   "
                     "(handtekening)", c=a.city, d=kd(d, "d m y"), k=p.full, v=v.full)], rate=0.04, hyph=0)


@T("SIGNED_CONTRACT")
def sc_vrijwilligersovereenkomst(g):
    p = g.person()
    vz = g.person(origin="nl")
    d = g.workday()
    return [F("Vrijwilligersovereenkomst {club}\n\nVrijwilliger: {n}, geboren {dob}\nTaak: jeugdtrainer JO9\nVergoeding: "
              "{amt} per maand (vrijwilligersvergoeding)\nVOG: ontvangen\n\n", club=org(g, "sport"), n=p.full,
              dob=g.dob(), amt=g.money(50, 180, "eur_sp", whole=True)),
            F("Getekend op {d}:\n{v} (vrijwilliger)   [handtekening]\n{vz} (voorzitter)   [handtekening]", d=kd(d, "d m y"),
              v=p.full, vz=vz.full)]


@T("SIGNED_CONTRACT")
def sc_plaatsingsovereenkomst_kdv(g):
    o = g.person()
    k = child_of(g, o)
    d = g.workday()
    return [F("PLAATSINGSOVEREENKOMST {org}\n\nKind: {k}, geboren {dob}\nOuder: {o}, {m}\nOpvang: dagopvang, 2 dagen "
              "per week, {uur} per uur\nIngangsdatum: {s}\nOpzegtermijn: 1 maand\n\n", org=org(g, "kdv"), k=k.full,
              dob=g.dob("baby"), o=o.full, m=o.mail, uur=g.money(9, 11.9, "eur_sp", whole=False),
              s=kd(g.after(d, 14, 60), "d m y")),
            audit_trail(g, [o], d)]


@T("SIGNED_CONTRACT")
def sc_toestemming_schoolreis(g):
    o = g.person()
    k = child_of(g, o)
    d = g.workday()
    return ocr(g, F("Toestemmingsformulier schoolkamp {grp} ({sch})\n\nHierbij geef ik toestemming dat mijn kind {k} "
                    "meegaat op kamp van {d1} tot en met {d2}. Bijdrage {amt} is betaald.\nNoodnummer: {tel}\n\n"
                    "Voor akkoord getekend,\nNaam ouder: {o}\nDatum: {d}\nHandtekening: [handtekening]",
                    grp=groep(g), sch=org(g, "school"), k=k.full, d1=kd((d1 := g.after(d, 20, 40)), "wd d m"),
                    d2=kd(g.after(d1, 2, 2), "wd d m"), amt=g.money(45, 110), tel=o.tel, o=o.full,
                    d=kd(d, "dd-mm-yyyy")), rate=0.03, hyph=0)


@T("SIGNED_CONTRACT")
def sc_volmacht_notaris(g):
    p = g.person()
    gem = g.person(origin="nl")
    d = g.workday()
    return [F("VOLMACHT\n\nDe ondergetekende:\n{n}, geboren {dob}, wonende {st}, {pc} {city},\nverleent hierbij volmacht "
              "aan iedere medewerker van {org} om namens hem/haar de akte van levering van het registergoed {ost} te "
              "ondertekenen.\n\n", n=p.full, dob=g.dob(), st=(a := g.addr()).st, pc=a.pc, city=a.city,
              org=org(g, "notary"), ost=g.addr().st),
            F("Getekend te {c} op {d}\n\n[handtekening]\n{n}\n\nHandtekening gelegaliseerd door {gem}, {d2}",
              c=a.city, d=kd(d, "d m y"), n=p.full, gem=J("notaris ", gem.ini), d2=kd(d, "dd-mm-yyyy"))]


@T("SIGNED_CONTRACT")
def sc_akte_levering_slot(g):
    p = g.person()
    q = g.person()
    nt = g.person(origin="nl")
    d = g.workday()
    return ocr(g, F("...\nDe koopprijs bedraagt {amt}.\n\nWAARVAN AKTE, verleden te {c} op {d}.\nDe verschenen personen "
                    "zijn mij, notaris, bekend. Na zakelijke opgave en toelichting van de inhoud hebben zij verklaard "
                    "van de inhoud kennis te hebben genomen. Onmiddellijk na beperkte voorlezing is deze akte door de "
                    "verschenen personen, {a} en {b}, en mij, notaris, ondertekend om {t} uur.\n\n(w.g.) {a2}, {b2}, "
                    "{n}", amt=g.money(260000, 640000, "eur_sp", whole=True), c=g.pick(CITIES["nl"]),
                    d=kd(d, "d m y"), a=p.full, b=q.full, t=g.ktime(9, 16, 3), a2=p.ini, b2=q.ini, n=nt.ini),
               rate=0.04, hyph=0.05)


@T("SIGNED_CONTRACT")
def sc_vaststellingsovereenkomst(g):
    w = g.person()
    wg = g.person(origin="nl")
    d = g.workday()
    return [F("VASTSTELLINGSOVEREENKOMST (slot)\n\n7. Werkgever betaalt werknemer een transitievergoeding van {amt} "
              "bruto, uiterlijk op {dl}.\n\nAldus overeengekomen en in tweevoud ondertekend:\n\n", amt=g.money(4000, 28000),
              dl=kd(g.after(d, 20, 40), "d m y")),
            F("Werkgever: {org}, vertegenwoordigd door {wg}\nDatum: {d}   [handtekening]\n\nWerknemer: {w}\nDatum: {d2}   "
              "[handtekening]", org=any_org(g), wg=wg.full, d=kd(d, "dd-mm-yyyy"), w=w.full,
              d2=kd(g.after(d, 1, 3), "dd-mm-yyyy"))]


@T("SIGNED_CONTRACT")
def sc_tandarts_begroting(g):
    p = g.person()
    d = g.workday()
    return [F("BEGROTING {org}\nPatiënt: {n}, geb. {dob}\nBehandeling: kroon 26 + wortelkanaalbehandeling\nTotaal: {amt}\n\n",
              org=org(g, "dental"), n=p.full, dob=g.dob(), amt=g.money(650, 1900)),
            F("Voor akkoord getekend door patiënt:\n{n}\nDatum: {d}\n[handtekening]", n=p.full, d=kd(d, "d-m-yyyy"))]


@T("SIGNED_CONTRACT")
def sc_groepsreservering_hotel(g):
    p = g.person()
    d = g.day()
    return [F("OVEREENKOMST GROEPSRESERVERING\n{org}\n\nOrganisator: {n} ({m})\nAankomst {a}, vertrek {v}\n18 kamers, "
              "{pp} p.p.p.n.\nAanbetaling 30%: {ab}\nAnnulering kosteloos tot {ann}\n\n", org=org(g, "hotel"), n=p.full,
              m=p.mail, a=kd((aa := g.after(d, 40, 90)), "d m y"), v=kd(g.after(aa, 2, 4), "d m y"), pp=g.money(70, 140),
              ab=g.money(2500, 9000), ann=kd(g.after(d, 20, 30), "d m")),
            audit_trail(g, [p], d, "DocuSign")]


@T("SIGNED_CONTRACT")
def sc_pachtovereenkomst(g):
    v = g.person(origin=g.pick(["nl", "fy"]))
    pa = g.person(origin=g.pick(["nl", "fy"]))
    d = g.workday()
    return ocr(g, [F("GELIBERALISEERDE PACHTOVEREENKOMST\n\nVerpachter: {v}\nPachter: {p}, {org}\nPerceel: kadastraal {kad}, "
                     "groot 4.20.00 ha\nPachtprijs: {amt} per jaar\nDuur: 6 jaar vanaf {s}\n\n", v=v.full, p=pa.full,
                     org=org(g, "farm"), kad=K("sectie %s nr. %d" % (g.pick("ABCDGKM"), g.r.randint(100, 2999))),
                     amt=g.money(2400, 6800), s=kd(g.after(d, 10, 60), "d m y")),
                   F("Getekend te {c}, {d}\n\n{v}            {p}\n(verpachter)        (pachter)", c=g.pick(CITIES["fy"]),
                     d=kd(d, "d m y"), v=v.full, p=pa.full)], rate=0.03, hyph=0)


@T("SIGNED_CONTRACT")
def sc_giftenovereenkomst_getekend(g):
    p = g.person()
    d = g.workday()
    return [F("Overeenkomst periodieke gift in geld\n\nSchenker: {n}, {st}, {pc} {city}\nInstelling: {org} (ANBI)\n"
              "Jaarlijks bedrag: {amt}, looptijd 5 jaar\n\n", n=p.full, st=(a := g.addr()).st, pc=a.pc, city=a.city,
              org=org(g, "church"), amt=g.money(150, 1200)),
            sig_block(g, p, d, a.city, role="schenker"), "\n\nNamens de instelling getekend door ",
            g.person(origin="nl").full, " (penningmeester) op ", kd(g.after(d, 1, 5), "d m y"), "."]


@T("SIGNED_CONTRACT")
def sc_huur_kerkzaal(g):
    p = g.person()
    d = g.day()
    return [F("Huurovereenkomst zaal {org}\nHuurder: {n}, tel. {tel}\nDatum gebruik: {du}, 14.00-23.00 uur\nHuursom: "
              "{amt}, borg {b}\n\n", org=org(g, "church"), n=p.full, tel=p.tel, du=kd(g.after(d, 10, 50), "wd d m y"),
              amt=g.money(150, 450), b=g.money(100, 250, "dash", whole=True)),
            F("Gelezen en voor akkoord getekend op {d}\n{n}  [handtekening]\nnamens de kerkrentmeesters: {k}  [handtekening]",
              d=kd(d, "d m y"), n=p.full, k=g.person(origin="nl").full)]


@T("SIGNED_CONTRACT")
def sc_verwerkersovereenkomst_it(g):
    a = g.person(origin="nl")
    b = g.person(origin="nl")
    d = g.workday()
    return [F("Verwerkersovereenkomst tussen {k} (verwerkingsverantwoordelijke) en {it} (verwerker)\n... (12 pagina's)\n\n",
              k=any_org(g), it=g.pick(ORGS["it"])),
            audit_trail(g, [a, b], d)]


@T("SIGNED_CONTRACT")
def sc_werkbon_klant_getekend(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    return [F("WERKBON {nr} - {org}\nAdres: {st}, {pc} {city}\nWerkzaamheden: lekkage dakgoot verholpen, 3 meter goot "
              "vervangen\nUren: 2,5   Materiaal: {mat}\nTotaal: {tot}\n\n", nr=g.knum("", 6), org=org(g, "install"),
              st=a.st, pc=a.pc, city=a.city, mat=g.money(40, 160), tot=g.money(200, 520)),
            F("Werk gecontroleerd en voor akkoord getekend door klant:\n{n}   {d}  {t}\n(handtekening op tablet)",
              n=p.full, d=kd(d, "dd-mm-yyyy"), t=g.ktime(10, 17, 0))]


@T("SIGNED_CONTRACT")
def sc_opleverrapport_getekend(g):
    p = g.person()
    u = g.person(origin="nl")
    d = g.workday()
    return [F("PROCES-VERBAAL VAN OPLEVERING\nProject: {st}\nAannemer: {org}\n\nGeen openstaande punten. Sleutels (4 st.) "
              "overhandigd. Meterstand elektra {e} kWh.\n\n", st=g.addr().st, org=org(g, "install"),
              e=K("%05d" % g.r.randint(100, 9000))),
            F("Aldus opgemaakt en getekend op {d}:\nOpdrachtgever: {p}   [handtekening]\nUitvoerder: {u}   [handtekening]",
              d=kd(d, "d m y"), p=p.full, u=u.full)]


@T("SIGNED_CONTRACT")
def sc_proefrit_getekend(g):
    p = g.person()
    d = g.workday()
    return [F("Proefritverklaring {org}\nIk, {n}, rijbewijs geldig, verklaar aansprakelijk te zijn voor schade tot het "
              "eigen risico van {er} tijdens de proefrit met {kt}.\n\n", org=org(g, "garage"), n=p.full,
              er=g.money(500, 1500, "eur_sp", whole=True), kt=g.plate()),
            F("Getekend: {n}\n{d}, {t}", n=p.full, d=kd(d, "dd-mm-yyyy"), t=g.ktime(9, 17, 0))]


@T("SIGNED_CONTRACT")
def sc_arbeidsovereenkomst_slot(g):
    w = g.person()
    wg = g.person(origin="nl")
    d = g.workday()
    return [F("ARBEIDSOVEREENKOMST (bepaalde tijd)\nWerkgever: {org}\nWerknemer: {w}, geboren {dob}\nFunctie: pedagogisch "
              "medewerker, 28 uur\nSalaris: {amt} bruto per maand (schaal 6)\nIngang: {s}\n\n", org=org(g, "kdv"),
              w=w.full, dob=g.dob(), amt=g.money(2600, 3300), s=kd(g.after(d, 5, 30), "d m y")),
            audit_trail(g, [wg, w], d, "Yousign")]


@T("SIGNED_CONTRACT")
def sc_mail_retour_getekend(g):
    p = g.person()
    v = g.person(origin="nl")
    d = g.workday()
    return hdr_nl(g, who(p.full, p.mail), who(v.full, v.mail), "RE: contract retour", d) + \
        [F("Beste {v},\n\nIn de bijlage het getekende contract terug. Onderaan staat:\n\n\"Voor akkoord getekend te {c} "
           "op {dd}, {n}\"\n\nGroet,\n{pf}", v=v.fn, c=g.pick(CITIES["nl"]), dd=kd(d, "d m y"), n=p.full, pf=p.fn)]


@T("SIGNED_CONTRACT")
def sc_bso_contract_whatsapp(g):
    o = g.person()
    d = g.workday()
    return chat(g, d, [(J("Planning ", org(g, "kdv")), J("Hoi ", o.fn, ", is het contract al getekend?")),
                       (o.full, J("Ja! Vanochtend via de link getekend, ", g.ktime(7, 9, 0), ". Kreeg een bevestiging "
                                  "'Ondertekend door ", o.full, " op ", kd(d, "dd-mm-yyyy"), "'")),
                       (J("Planning ", org(g, "kdv")), "Top, we zien het binnenkomen.")])


@T("SIGNED_CONTRACT")
def sc_stalling_caravan(g):
    p = g.person()
    d = g.day((2026, 9, 1), (2026, 11, 30))
    return ocr(g, F("STALLINGSOVEREENKOMST CARAVAN\n{org}\n\nEigenaar: {n}\nKenteken: {kt}\nStallingsperiode: {a} t/m {b}\n"
                    "Prijs: {amt}\n\nVoor akkoord:\n{n2}          {d}\n________________(getekend)", org=org(g, "farm"),
                    n=p.full, kt=g.plate(), a=kd(d, "d m y"), b=kd(d.replace(year=2027, month=4, day=1), "d m y"),
                    amt=g.money(280, 620), n2=p.full, d=kd(d, "dd-mm-yyyy")), rate=0.03, hyph=0)


@T("SIGNED_CONTRACT")
def sc_lidmaatschap_sportschool(g):
    p = g.person()
    d = g.workday()
    return [F("Lidmaatschap {club}\nNaam: {n}\nIBAN voor incasso: {iban}\nContributie: {amt} per kwartaal\nMachtiging: "
              "doorlopend\n\n", club=org(g, "sport"), n=p.full, iban=g.iban(), amt=g.money(45, 160)),
            F("Handtekening lid: [getekend]\nDatum: {d}\nNaam: {n}", d=kd(d, "dd-mm-yyyy"), n=p.full)]


@T("SIGNED_CONTRACT", "en")
def sc_en_docusign(g):
    a = g.person(origin=g.pick(["nl", "br", "ir", "pt"]))
    b = g.person(origin="nl")
    d = g.workday()
    return F("Certificate of Completion\nEnvelope Id: {eid}\nSubject: Please DocuSign: Lease agreement {st}\nStatus: "
             "Completed\n\nSigner Events\n{a} ({am})  Signed {d} | {t}\n{b} ({bm})  Signed {d2} | {t2}\n\n"
             "Completed {d2}", eid=K(g.rs(32, "0123456789ABCDEF")), st=g.addr().st, a=a.full, am=a.mail,
             d=kd(d, "EN m d, y", "en"), t=g.ktime(9, 17, 0), b=b.full, bm=b.mail, d2=kd(g.after(d, 0, 2), "EN m d, y", "en"),
             t2=g.ktime(9, 17, 0))


@T("SIGNED_CONTRACT", "en")
def sc_en_tenancy(g):
    t = g.person(origin=g.pick(["ua", "ph", "br", "ir", "pl"]))
    l = g.person(origin="nl")
    d = g.workday()
    return [F("TENANCY AGREEMENT (room)\nLandlord: {l}\nTenant: {t}\nProperty: {st}, {pc} {city}\nRent: {amt} per month, "
              "deposit {dep}\nStart: {s}\n\n", l=l.full, t=t.full, st=(a := g.addr()).st, pc=a.pc, city=a.city,
              amt=g.money(550, 950, "en"), dep=g.money(550, 1900, "en"), s=kd(g.after(d, 1, 20), "EN d m y", "en")),
            sig_block(g, t, d, a.city, "en"), "\n\n", sig_block(g, l, d, a.city, "en")]


@T("SIGNED_CONTRACT", "en")
def sc_en_nda_signed(g):
    a = g.person()
    d = g.workday()
    return [F("Mutual NDA between {o1} and {o2}\n...\nIN WITNESS WHEREOF the parties have executed this agreement.\n\n",
              o1=g.pick(ORGS["it"]), o2=any_org(g)),
            F("By: {a}\nTitle: director\nDate: {d}\n/s/ {a2}", a=a.full, d=kd(d, "EN m d, y", "en"), a2=a.full)]


@T("SIGNED_CONTRACT", "en")
def sc_en_summarise_signed(g):
    a = g.person()
    d = g.workday()
    return ["Summarise this contract for me, it's already signed:\n\n",
            F("Service agreement - garden maintenance\nClient: {a}, {st}\nFee: {amt} per visit, every two weeks\n"
              "Signed by the client on {d} at {c}: {a2}", a=a.full, st=g.addr().st, amt=g.money(45, 120, "en"),
              d=kd(d, "EN d m y", "en"), c=g.pick(CITIES["nl"]), a2=a.full)]


@T("SIGNED_CONTRACT", "vl")
def sc_vl_gelezen_goedgekeurd(g):
    p = g.person(origin="vl")
    d = g.workday()
    a = g.addr("vl")
    return [F("OVEREENKOMST VERHUUR FEESTZAAL\nHuurder: {n}, {st}, {pc} {city}\nDatum: {du}\nHuurprijs: {amt}, waarborg "
              "{w}\n\n", n=p.full, st=a.st, pc=a.pc, city=a.city, du=kd(g.after(d, 20, 80), "wd d m y"),
              amt=g.money(350, 900, "eur_sp"), w=g.money(200, 500, "eur_sp", whole=True)),
            F("Opgemaakt te {c} op {d} in twee exemplaren.\n\"Gelezen en goedgekeurd\"\n{n}\n[handtekening]", c=a.city,
              d=kd(d, "dd/mm/yyyy", "vl"), n=p.full)]


@T("SIGNED_CONTRACT", "de")
def sc_de_kaufvertrag(g):
    k = g.person(origin="de")
    v = g.person(origin="nl")
    d = g.workday()
    return [F("KAUFVERTRAG Gebrauchtwagen\nVerkäufer: {org}, vertreten durch {v}\nKäufer: {k}, {st}, {pc} {city}\n"
              "Fahrzeug: VW Transporter, Kennzeichen (NL) {kt}\nKaufpreis: {amt}\n\n", org=org(g, "garage"), v=v.full,
              k=k.full, st=(a := g.addr("de")).st, pc=a.pc, city=a.city, kt=g.plate(), amt=g.money(9000, 26000, "de", whole=True)),
            sig_block(g, k, d, a.city, "de"), "\n\n", sig_block(g, v, d, a.city, "de")]


@T("SIGNED_CONTRACT")
def sc_kinderfeest_boerderij_getekend(g):
    p = g.person()
    d = g.workday()
    return [F("Bevestiging kinderfeest {org}\nOuder: {n}, {tel}\nDatum feest: {df}, 14.00-16.30\nAantal kinderen: {k}\n"
              "Prijs: {amt}\n\n", org=org(g, "farm"), n=p.full, tel=p.tel, df=kd(g.after(d, 10, 40), "wd d m"),
              k=str(g.r.randint(6, 14)), amt=g.money(95, 260)),
            F("Voor akkoord getekend op {d} door {n} (ouder).", d=kd(d, "d m y"), n=p.full)]


# ================================================================================================
# CUSTOMER_LIST: five or more people, each with contact details, as list, table or export
# ================================================================================================
def crowd(g, n=None, lo=5, hi=11, region=None, **kw):
    n = n or g.r.randint(lo, hi)
    g.meta["rows"] = n
    return [g.person(**kw) for _ in range(n)]


@T("CUSTOMER_LIST")
def cl_ledenlijst_csv(g):
    ps = crowd(g)
    rows = ["lidnr;naam;geboortedatum;adres;postcode;plaats;telefoon;email\n"]
    for p in ps:
        a = g.addr()
        rows += [g.num("", 6), ";", p.full, ";", g.dob(style="dd-mm-yyyy"), ";", a.st, ";", a.pc, ";", a.city, ";",
                 p.tel, ";", p.mail, "\n"]
    return ["Export ledenadministratie ", org(g, "sport"), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_klassenlijst_ouders(g):
    ps = crowd(g, lo=6, hi=12)
    rows = ["Leerling\tOuder\tTelefoon\tE-mail\n"]
    for p in ps:
        k = child_of(g, p)
        rows += [k.fn, "\t", p.full, "\t", p.tel, "\t", p.mail, "\n"]
    return ["Ouderlijst ", groep(g), " ", org(g, "school"), " (alleen voor klassenouders)\n"] + rows


@T("CUSTOMER_LIST")
def cl_groepsapp_deelnemers(g):
    ps = crowd(g, lo=6, hi=12)
    out = ["Groepsinfo 'Ouders ", groep(g), "'\n", str(len(ps) + 1), " deelnemers\n"]
    for p in ps:
        out += [p.full if g.chance(0.7) else p.fn, "  ", p.tel, "\n"]
    return out


@T("CUSTOMER_LIST")
def cl_garage_apk_herinneringen(g):
    ps = crowd(g)
    rows = ["Klant | Kenteken | APK vervalt | Telefoon\n"]
    for p in ps:
        rows += [J(p.dhr, " ", p.ini), " | ", g.plate(0.0), " | ", kd(g.day(), "dd-mm-yyyy"), " | ", p.tel, "\n"]
    return ["APK-herinneringen ", g.week(), " - ", org(g, "garage"), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_installateur_onderhoudscontracten(g):
    ps = crowd(g)
    rows = []
    for p in ps:
        a = g.addr()
        rows += ["- ", p.full, ", ", a.st, ", ", a.pc, " ", a.city, ", tel. ", p.tel, " (contract ", g.knum("OC-2026-", 4), ")\n"]
    return ["Onderhoudscontracten CV, route ", g.week(), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_tandarts_recall(g):
    ps = crowd(g)
    rows = ["Patiënt,Geboortedatum,Telefoon,Laatste controle\n"]
    for p in ps:
        rows += [p.full, ",", g.dob(style="dd-mm-yyyy"), ",", p.tel, ",", kd(g.day((2025, 1, 6), (2025, 12, 19)), "dd-mm-yyyy"), "\n"]
    return ["Recall-lijst ", org(g, "dental"), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_hotel_aankomstlijst(g):
    ps = crowd(g)
    d = g.day()
    rows = ["Kamer  Gast                      Nachten  Telefoon            E-mail\n"]
    for p in ps:
        rows += [str(g.r.randint(101, 330)), "    ", p.full, "  ", str(g.r.randint(1, 5)), "  ", p.tel, "  ", p.mail, "\n"]
    return ["Aankomsten ", kd(d, "wd d m y"), " - ", org(g, "hotel"), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_restaurant_reserveringen(g):
    ps = crowd(g)
    d = g.day()
    rows = []
    times = sorted(g.time(17, 21, 0) for _ in ps)
    for p, tm in zip(ps, times):
        rows += [K(tm), "  ", p.Sur, " (", str(g.r.randint(2, 8)), "p)  ", p.tel, "  ", p.mail, "\n"]
    return ["Reserveringen ", kd(d, "wd d m"), " (export Zenchef)\n"] + rows


@T("CUSTOMER_LIST")
def cl_groentepakket_abonnees(g):
    ps = crowd(g)
    rows = ["naam\tadres\tpostcode\tmail\tpakket\n"]
    for p in ps:
        a = g.addr()
        rows += [p.full, "\t", a.st, "\t", a.pc, "\t", p.mail, "\t", g.pick(["klein", "groot", "gezin"]), "\n"]
    return ["Abonnees groentetas ", org(g, "farm"), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_kerk_collectanten(g):
    ps = crowd(g)
    rows = []
    for p in ps:
        a = g.addr()
        rows += [p.ini, ", ", a.st, ", ", p.tel, "\n"]
    return ["Collectanten wijk Zuid (", org(g, "church"), ")\n"] + rows


@T("CUSTOMER_LIST")
def cl_vrijwilligers_rooster_contact(g):
    ps = crowd(g)
    rows = []
    d = g.day()
    for i, p in enumerate(ps):
        rows += [kd(g.after(d, 7 * i, 7 * i), "d m"), ": ", p.full, " - ", p.tel, " - ", p.mail, "\n"]
    return ["Vrijwilligers koffieochtend ", org(g, "found"), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_anbi_donateurs(g):
    ps = crowd(g)
    rows = ["Donateur;IBAN;Bedrag;E-mail\n"]
    for p in ps:
        rows += [p.full, ";", g.iban(), ";", g.money(20, 500, "plain"), ";", p.mail, "\n"]
    return ["Donateurs ", K("2026"), " ", org(g, "found"), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_gemeente_afsprakenlijst(g):
    ps = crowd(g)
    rows = []
    times = sorted(g.time(8, 16, 0) for _ in ps)
    for p, tm in zip(ps, times):
        rows += [K(tm), "  ", p.full, "  ", g.pick(["paspoort", "rijbewijs", "verhuizing", "ID-kaart"]),
                 "  ", p.tel, "\n"]
    return ["Afspraken balie Burgerzaken, ", kd(g.workday(), "wd d m"), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_it_contactpersonen(g):
    ps = crowd(g)
    rows = ["Organisatie\tContact\tE-mail\tTelefoon\n"]
    for p in ps:
        rows += [any_org(g), "\t", p.full, "\t", p.mail, "\t", p.tel, "\n"]
    return ["Contactpersonen klanten ", g.pick(ORGS["it"]), " (TOPdesk-export)\n"] + rows


@T("CUSTOMER_LIST")
def cl_notaris_clienten(g):
    ps = crowd(g)
    rows = []
    for p in ps:
        a = g.addr()
        rows += [g.knum("", 6), "  ", p.rev, "  ", a.st, "  ", a.pc, " ", a.city, "\n"]
    return ["Cliëntenoverzicht dossiers in behandeling ", org(g, "notary"), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_vcard_dump(g):
    ps = crowd(g, lo=5, hi=8)
    out = []
    for p in ps:
        out += ["BEGIN:VCARD\nVERSION:3.0\nFN:", p.full, "\nTEL;TYPE=CELL:", p.tel, "\nEMAIL:", p.mail, "\nEND:VCARD\n"]
    return out


@T("CUSTOMER_LIST")
def cl_json_export(g):
    ps = crowd(g, lo=5, hi=8)
    out = ['[\n']
    for i, p in enumerate(ps):
        out += ['  {"naam": "', p.full, '", "email": "', p.mail, '", "telefoon": "', p.tel, '"}',
                "," if i < len(ps) - 1 else "", "\n"]
    return ["GET /api/klanten?limit=50 ->\n"] + out + ["]"]


@T("CUSTOMER_LIST")
def cl_mailchimp_csv(g):
    ps = crowd(g)
    rows = ["Email Address,First Name,Last Name,Phone\n"]
    for p in ps:
        rows += [p.mail, ",", p.fn, ",", p.sur, ",", p.tel, "\n"]
    return ["Nieuwsbrief-abonnees ", org(g, "garden"), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_markdown_tabel(g):
    ps = crowd(g)
    rows = ["| Naam | Adres | Telefoon |\n|---|---|---|\n"]
    for p in ps:
        rows += ["| ", p.full, " | ", g.addr().st, " | ", p.tel, " |\n"]
    return ["Klanten bezorgroute ", kd(g.workday(), "wd d m"), "\n\n"] + rows


@T("CUSTOMER_LIST")
def cl_prompt_sorteer(g):
    ps = crowd(g)
    rows = []
    for p in ps:
        rows += [p.full, " ", p.tel, " ", p.mail, "\n"]
    return ["Sorteer deze klanten op achternaam en maak er een tabel van:\n\n"] + rows


@T("CUSTOMER_LIST")
def cl_ocr_intekenlijst(g):
    ps = crowd(g)
    rows = []
    for p in ps:
        rows += [p.upper if g.chance(0.5) else p.full, "    ", p.tel, "\n"]
    return ocr(g, ["INTEKENLIJST open dag ", org(g, "garden"), " (ingescand)\nNaam / telefoon\n"] + rows, rate=0.04, hyph=0)


@T("CUSTOMER_LIST")
def cl_kdv_noodnummers(g):
    ps = crowd(g)
    rows = []
    for p in ps:
        k = child_of(g, p)
        rows += [k.full, ": ", p.fn, " ", p.tel, " / ", g.tel(mobile=True), "\n"]
    return ["Noodnummers groep ", g.pick(["Vlinders", "Egeltjes", "Kikkers"]), " - ", org(g, "kdv"), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_physio_wachtlijst(g):
    ps = crowd(g)
    rows = []
    for i, p in enumerate(ps):
        rows += [str(i + 1), ". ", p.full, " (", g.dob(style="dd-mm-yyyy"), ") - ", p.tel, " - ", p.mail, "\n"]
    return ["Wachtlijst ", org(g, "physio"), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_kentekens_bewoners(g):
    ps = crowd(g)
    rows = []
    for p in ps:
        a = g.addr()
        rows += [a.st, "\t", p.full, "\t", g.plate(), "\t", p.tel, "\n"]
    return ["Vergunninghouders parkeerterrein ", org(g, "gemeente"), "\n"] + rows


@T("CUSTOMER_LIST")
def cl_email_bcc_fout(g):
    ps = crowd(g, lo=6, hi=10)
    a = g.person(origin="nl")
    d = g.workday()
    to = []
    for i, p in enumerate(ps):
        if i:
            to.append("; ")
        to += [p.full, " <", p.mail, ">"]
    return hdr_nl(g, who(a.full, a.mail), to, "Uitnodiging ALV", d) + \
        [F("Beste leden,\n\nDe ALV is op {dd} om {t}.\n\nGroet, {a}", dd=kd(g.after(d, 10, 30), "wd d m"),
           t=g.ktime(19, 20, 0), a=a.fn)]


@T("CUSTOMER_LIST", "en")
def cl_en_guest_list(g):
    ps = crowd(g, origin=None)
    rows = ["Name, Email, Phone, Nights\n"]
    for p in ps:
        rows += [p.full, ", ", p.mail, ", ", p.tel, ", ", str(g.r.randint(1, 6)), "\n"]
    return ["Guest list retreat ", org(g, "hotel"), "\n"] + rows


@T("CUSTOMER_LIST", "en")
def cl_en_members_summarise(g):
    ps = crowd(g)
    rows = []
    for p in ps:
        rows += ["- ", p.full, " (", p.mail, ", ", p.tel, ")\n"]
    return ["Summarise who still has to pay and draft a reminder:\n\nUnpaid members ", org(g, "sport"), ":\n"] + rows


@T("CUSTOMER_LIST", "en")
def cl_en_crm_export(g):
    ps = crowd(g)
    rows = ["id\tname\temail\tphone\tcity\n"]
    for p in ps:
        rows += [g.num("", 5), "\t", p.full, "\t", p.mail, "\t", p.tel, "\t", g.pick(CITIES["nl"]), "\n"]
    return ["CRM export (leads)\n"] + rows


@T("CUSTOMER_LIST", "en")
def cl_en_parents_contact(g):
    ps = crowd(g)
    rows = []
    for p in ps:
        rows += [child_of(g, p).fn, "'s parent: ", p.full, ", ", p.tel, "\n"]
    return ["International class - parent contacts ", org(g, "school"), "\n"] + rows


@T("CUSTOMER_LIST", "vl")
def cl_vl_ledenlijst(g):
    ps = crowd(g, origin="vl")
    rows = ["Naam;Adres;Gemeente;Gsm\n"]
    for p in ps:
        a = g.addr("vl")
        rows += [p.full, ";", a.st, ";", a.pc, " ", a.city, ";", p.tel, "\n"]
    return ["Ledenlijst Turnkring Vooruit (", K("2026"), ")\n"] + rows


@T("CUSTOMER_LIST", "de")
def cl_de_kundenliste(g):
    ps = crowd(g, origin="de")
    rows = ["Name;Straße;PLZ Ort;Telefon;E-Mail\n"]
    for p in ps:
        a = g.addr("de")
        rows += [p.full, ";", a.st, ";", a.pc, " ", a.city, ";", p.tel, ";", p.mail, "\n"]
    return ["Kundenliste Camping-Gäste ", org(g, "farm"), "\n"] + rows


# ================================================================================================
# NEG: look-alikes that must not be blocked (block [])
# ================================================================================================
@T("NEG")
def neg_wachtwoordbeleid(g):
    it = g.person(origin="nl")
    d = g.workday()
    return F("Aan alle medewerkers van {org},\n\nPer {d} gelden nieuwe regels voor wachtwoorden:\n- minimaal 14 tekens\n"
             "- geen namen van kinderen, huisdieren of de club\n- gebruik een wachtwoordzin, bijvoorbeeld vier losse woorden\n"
             "- nooit hetzelfde wachtwoord voor twee systemen\n- tweestapsverificatie verplicht op mail en ParnasSys\n\n"
             "Vragen? Bel de servicedesk of mail {m}.\n\n{n}, {it}",
             org=org(g, "school"), d=kd(g.after(d, 5, 20), "d m y"), m=it.mail, n=it.full, it=g.pick(ORGS["it"]))


@T("NEG")
def neg_reset_mail_zonder_ww(g):
    p = g.person()
    d = g.workday()
    return hdr_nl(g, who("Sportlink", EM("noreply@sportlink.nl")), who(p.full, p.mail), "Wachtwoord opnieuw instellen",
                  d) + F("Beste {p},\n\nWe hebben een verzoek ontvangen om je wachtwoord opnieuw in te stellen. Klik op de "
                         "knop 'Nieuw wachtwoord kiezen' in deze mail. De link is 30 minuten geldig. Heb je dit niet "
                         "aangevraagd? Dan kun je deze mail negeren; je huidige wachtwoord blijft gewoon werken.",
                         p=p.fn)


@T("NEG")
def neg_ouder_vergeten_ww(g):
    p = g.person()
    juf = g.person(origin="nl", gender="f")
    d = g.workday()
    return chat(g, d, [(p.full, J("Juf ", juf.fn, ", ik ben mijn wachtwoord van Parro vergeten 🙈")),
                       (J("Juf ", juf.fn), "Geen probleem! Klik op 'wachtwoord vergeten' in de app, dan krijg je een mail."),
                       (p.fn, "Gelukt, dank je!")])


@T("NEG")
def neg_redacted_key_ticket(g):
    p = g.person(origin="nl")
    d = g.workday()
    return F("Ticket {nr} - {org}\nMelder: {n}\n\nDe chatbot geeft 'invalid api key'. In de instellingen staat "
             "sk-proj-••••••••••••••••3f9a (de rest is verborgen). Moet ik een nieuwe aanmaken?\n\nNotitie {it}: "
             "klant gevraagd de sleutel NIET te mailen, we loggen samen in op {dd}.",
             nr=g.knum("#", 6), org=org(g, "rest"), n=p.full, it=g.person(origin="nl").abbr,
             dd=kd(g.after(d, 1, 4), "wd d m"))


@T("NEG")
def neg_env_placeholder(g):
    return F("# voorbeeldconfiguratie, kopieer naar .env en vul zelf in\nOPENAI_API_KEY=<jouw-sleutel-hier>\n"
             "STRIPE_SECRET_KEY=sk_live_...(zie kluis)\nMOLLIE_KEY=\nDB_PASSWORD=<invullen>\n"
             "# vraag de echte waarden aan bij {org}, nooit in git zetten", org=g.pick(ORGS["it"]))


@T("NEG")
def neg_key_docs(g):
    return F("Handleiding koppeling webshop ({org})\n\n1. Log in op het Mollie-dashboard.\n2. Ga naar Ontwikkelaars > "
             "API-sleutels.\n3. Kopieer de live-sleutel (begint met live_).\n4. Plak hem in het veld 'API-sleutel' in de "
             "webshop. Deel de sleutel nooit per mail of WhatsApp.\n5. Zet een limiet: de meeste winkels kiezen {amt}.",
             org=g.pick(ORGS["it"]), amt=g.money(50, 200, "euro", whole=True))


@T("NEG")
def neg_bsn_uitleg(g):
    return F("Wat is een BSN?\nHet burgerservicenummer is een uniek nummer van 9 cijfers. U vindt het op uw paspoort, "
             "ID-kaart of rijbewijs. Een BSN voldoet aan de zogenoemde 11-proef. Geef uw BSN alleen aan organisaties die "
             "het wettelijk mogen vragen, zoals de gemeente, uw werkgever of de huisarts. Een kinderopvang mag het BSN "
             "vragen voor de kinderopvangtoeslag. Tip: maak een kopie-ID met de KopieID-app en streep het BSN door.\n\n"
             "Bron: informatieblad {gem}, versie {d}",
             gem=org(g, "gemeente"), d=kd(g.workday(), "dd-mm-yyyy"))


@T("NEG")
def neg_bsn_blanked_form(g):
    p = g.person()
    return F("Aanmeldformulier (afgeschermd voor verwerking)\nNaam: {n}\nBSN: *********\nGeboortedatum: [verwijderd]\n"
             "Telefoon: {tel}\nOpmerking: BSN en geboortedatum zijn door de balie onleesbaar gemaakt.", n=p.full, tel=p.tel)


@T("NEG")
def neg_bsn_leeg_formulier(g):
    return F("FORMULIER TEGEMOETKOMING SCHOOLKOSTEN {gem}\n\nNaam ouder: ______________________\nBSN ouder: "
             "___ ___ ___\nNaam kind: ______________________\nIBAN: NL__ ____ ____ ____ __\nHandtekening: __________  "
             "Datum: __________\n\nInleveren voor {dl} bij de balie.", gem=org(g, "gemeente"),
             dl=kd(g.workday(), "d m y"))


@T("NEG")
def neg_concept_contract(g):
    p = g.person()
    return F("CONCEPT - NIET ONDERTEKENEN\n\nHuurovereenkomst bedrijfsruimte\nHuurder: {n}\nHuurprijs: {amt} per maand\n\n"
             "Handtekening huurder: ____________________   Datum: ___________\nHandtekening verhuurder: _______________"
             "   Datum: ___________\n\n(versie 3, opmerkingen advocaat verwerkt)",
             n=p.full, amt=g.money(900, 2400))


@T("NEG")
def neg_ter_ondertekening(g):
    p = g.person()
    a = g.person(origin="nl")
    d = g.workday()
    return hdr_nl(g, who(a.full, a.mail), who(p.full, p.mail), "Overeenkomst ter ondertekening", d) + F(
        "Beste {p},\n\nBijgaand ontvangt u de plaatsingsovereenkomst ter ondertekening. Wilt u deze voor {dl} digitaal "
        "ondertekenen via de link die u apart ontvangt? Zodra wij de getekende versie hebben, bevestigen wij de "
        "startdatum.\n\nMet vriendelijke groet,\n{a}", p=p.fn, dl=kd(g.after(d, 5, 14), "wd d m"), a=a.full)


@T("NEG")
def neg_salaris_vraag(g):
    p = g.person()
    return F("Vraag van {n}: wat verdient een pedagogisch medewerker in schaal 6 ongeveer? Ik heb een aanbod van "
             "{amt} bruto voor 32 uur en wil weten of dat marktconform is.", n=p.fn,
             amt=g.money(2500, 3200, "eur_sp", whole=True))


@T("NEG")
def neg_cao_schalen(g):
    rows = ["Schaal\tTrede 0\tTrede 5\tTrede 10\n"]
    base = g.cents(3100, 3400, True)
    for i, s in enumerate(("L10", "L11", "L12")):
        b = base + i * g.cents(150, 300, True)
        rows += [s, "\t", K(amount_str(b, "plain")), "\t", K(amount_str(b + g.cents(700, 900, True), "plain")), "\t",
                 K(amount_str(b + g.cents(1500, 1900, True), "plain")), "\n"]
    return ["Salaristabel cao PO per ", kd(g.workday(), "d m y"), " (bruto per maand, fulltime)\n"] + rows


@T("NEG")
def neg_factuur_met_iban(g):
    p = g.person()
    a = g.addr()
    d = g.workday()
    base = g.cents(90, 240)
    vat = (base * 21 + 50) // 100
    return F("FACTUUR {nr}\n{org}\n\nAan: {n}\n{st}\n{pc} {city}\n\nFactuurdatum: {d}\nOnderhoud CV-ketel           {a1}\n"
             "Btw 21%                        {a2}\nTotaal                         {tot}\n\nGraag binnen 14 dagen overmaken "
             "naar {iban} o.v.v. het factuurnummer.",
             nr=g.knum("F2026-", 4), org=org(g, "install"), n=p.full, st=a.st, pc=a.pc, city=a.city, d=kd(d, "dd-mm-yyyy"),
             a1=K(amount_str(base, "eur_sp")), a2=K(amount_str(vat, "eur_sp")), tot=K(amount_str(base + vat, "eur_sp")),
             iban=g.iban())


@T("NEG")
def neg_contactlijst_3(g):
    ps = [g.person(origin="nl") for _ in range(3)]
    rows = []
    for p, r in zip(ps, ["voorzitter", "secretaris", "penningmeester"]):
        rows += [r, ": ", p.full, ", ", p.tel, "\n"]
    return ["Bestuur ", org(g, "sport"), "\n"] + rows


@T("NEG")
def neg_contactlijst_4_noodnummers(g):
    ps = [g.person() for _ in range(g.r.randint(2, 4))]
    rows = []
    for p in ps:
        rows += [p.full, " - ", p.tel, "\n"]
    return ["BHV-ploeg ", org(g, "garden"), " (hangt bij de kassa)\n"] + rows


@T("NEG")
def neg_negen_cijfers(g):
    d = g.workday()
    return F("Uw bestelling {o} is verzonden. Klantnummer {k}, factuurnummer {f}. Verwachte levering {d} tussen {t1} en "
             "{t2}. Track & trace volgt per sms.",
             o=K(g.nine_fail()), k=K(g.nine_fail()), f=K(g.nine_fail()), d=kd(g.after(d, 1, 3), "wd d m"),
             t1=g.ktime(9, 12, 0), t2=g.ktime(13, 17, 0))


@T("NEG")
def neg_kvk_btw(g):
    o = any_org(g)
    return F("{org}\nKvK {kvk}\nBtw-id NL{btw}B01\nRSIN {rsin}\nIBAN op aanvraag\n\nAlgemene voorwaarden gedeponeerd bij de "
             "KvK onder nummer {kvk2}.", org=o, kvk=K(g.eight()), btw=K(g.nine_fail()), rsin=K(g.nine_fail()),
             kvk2=K(g.eight()))


@T("NEG")
def neg_gepseudonimiseerd(g):
    d = g.workday()
    return F("[KLANT_A] belde op {d} over de werkbon van [ADRES_1]. [KLANT_A] vindt het bedrag van {amt} te hoog. "
             "Collega [MEDEWERKER_B] belt terug op [TELEFOON_1]. Ticket {nr}.",
             d=kd(d, "wd d m"), amt=g.money(150, 600), nr=g.knum("#", 6))


@T("NEG")
def neg_gepseudonimiseerd_tabel(g):
    rows = ["naam\tadres\ttelefoon\temail\n"]
    for i in range(6):
        rows += ["[PERSOON_%d]\t[ADRES_%d]\t[TELEFOON_%d]\t[EMAIL_%d]\n" % (i + 1, i + 1, i + 1, i + 1)]
    return ["Geanonimiseerde ledenlijst (veilig om te delen):\n"] + rows + ["Totaal contributie: ", g.money(600, 2000)]


@T("NEG")
def neg_jaaropgaaf_vraag(g):
    p = g.person()
    return F("Hoi {n},\n\nDe jaaropgaven over 2025 komen in {m} in je portal. Je loonstroken van dit jaar staan daar ook. "
             "We sturen geen loonstroken meer per mail.\n\nGroet, salarisadministratie",
             n=p.fn, m=K(g.pick(["februari", "eind januari", "week 6"])))


@T("NEG")
def neg_vacature_salaris(g):
    return F("Vacature: eerste monteur installatietechniek (32-40 uur)\n{org}\n\nWij bieden: salaris tussen {a} en {b} "
             "bruto per maand, bus van de zaak, 27 vakantiedagen. Reageren voor {d}.",
             org=org(g, "install"), a=g.money(2800, 3100, "eur_sp", whole=True), b=g.money(3500, 4200, "eur_sp", whole=True),
             d=kd(g.workday(), "d m"))


@T("NEG")
def neg_contributie_tarieven(g):
    return F("Contributie {club} seizoen 2026-2027\nJeugd t/m 12 jaar: {a}\nJeugd 13-18: {b}\nSenioren: {c}\n"
             "Niet-spelend lid: {e}\nInschrijfgeld: {f}\nIncasso in 2 termijnen: {d1} en {d2}.",
             club=org(g, "sport"), a=g.money(90, 140), b=g.money(140, 190), c=g.money(190, 280), e=g.money(30, 60),
             f=g.money(10, 25, "dash", whole=True), d1=kd(g.day((2026, 9, 1), (2026, 9, 30)), "d m"),
             d2=kd(g.day((2027, 1, 4), (2027, 1, 30)), "d m"))


@T("NEG")
def neg_kdv_tarieven(g):
    return F("Tarieven {org} {y}\nDagopvang: {a} per uur\nBSO: {b} per uur\nGastouderopvang: {c} per uur\n\nDe "
             "kinderopvangtoeslag vraagt u zelf aan bij de Belastingdienst. Wij hebben daarvoor uw BSN niet nodig "
             "in deze offerte.", org=org(g, "kdv"), y=K("2026"), a=g.money(9, 11, "eur_sp", whole=False),
             b=g.money(8, 10, "eur_sp", whole=False), c=g.money(7, 9, "eur_sp", whole=False))


@T("NEG")
def neg_werkbon_niet_getekend(g):
    p = g.person()
    a = g.addr()
    return F("WERKBON {nr}\nKlant: {n}\nAdres: {st}, {pc}\nWerk: storing ketel, thermokoppel vervangen\n"
             "Handtekening klant: (niet getekend - klant niet thuis, sleutel bij buren)\nFactuur volgt.",
             nr=g.knum("", 6), n=p.full, st=a.st, pc=a.pc)


@T("NEG")
def neg_tandarts_begroting_retour(g):
    p = g.person()
    return F("Beste {n},\n\nBijgaand de begroting voor uw behandeling ({amt}). Wilt u deze getekend retour sturen of "
             "meenemen naar uw volgende afspraak? Zonder handtekening kunnen wij niet starten.\n\nMet vriendelijke groet,\n"
             "{org}", n=J(p.mr, " ", p.Sur), amt=g.money(350, 1200), org=org(g, "dental"))


@T("NEG")
def neg_concept_akte(g):
    p = g.person()
    n = g.person(origin="nl")
    return F("Geachte heer/mevrouw {s},\n\nHierbij ontvangt u de concept-akte van levering ter beoordeling. Uw opmerkingen "
             "ontvangen wij graag uiterlijk {d}. De akte wordt pas bij het passeren ondertekend.\n\n{n}\n{org}",
             s=p.Sur, d=kd(g.workday(), "d m"), n=n.ini, org=org(g, "notary"))


@T("NEG")
def neg_esign_uitnodiging(g):
    p = g.person()
    return F("{prov}: {n}, u bent uitgenodigd om 'Opdrachtbevestiging {nr}' te ondertekenen. Status: wacht op "
             "ondertekening (0 van 2). Deze uitnodiging verloopt op {d}.",
             prov=g.pick(["ValidSign", "Signhost", "Yousign"]), n=p.full, nr=g.knum("OB-", 5),
             d=kd(g.workday(), "dd-mm-yyyy"))


@T("NEG")
def neg_loonstrook_klacht_zonder_cijfers(g):
    p = g.person()
    return F("Hoi,\n\nMijn loonstrook van {m} klopt volgens mij niet: de ploegentoeslag voor de nachtdiensten in {wk} "
             "ontbreekt. Kunnen jullie dat checken?\n\nGroet, {n}", m=K(g.pick(NL_MONTHS)), wk=g.week(), n=p.full)


@T("NEG")
def neg_wifi_hangt_bij_bar(g):
    return F("Praktische info toernooi {club}\n- Parkeren: achter de sporthal, {amt} per dag\n- Wifi: het wachtwoord "
             "hangt bij de bar\n- Kleedkamers open vanaf {t}\n- EHBO: meld je bij de wedstrijdtafel",
             club=org(g, "sport"), amt=g.money(2, 6, "eur_sp", whole=True), t=g.ktime(7, 9, 0))


@T("NEG")
def neg_2fa_instructie(g):
    return F("Tweestapsverificatie instellen ({org})\n1. Installeer Microsoft Authenticator.\n2. Ga naar mijn-account > "
             "Beveiliging.\n3. Scan de QR-code.\n4. Vul de 6-cijferige code uit de app in.\nLukt het niet voor {d}? "
             "Bel de servicedesk.", org=g.pick(ORGS["it"]), d=kd(g.workday(), "wd d m"))


@T("NEG")
def neg_api_aanvragen(g):
    return F("Beste klant,\n\nU kunt een API-sleutel aanvragen via het dashboard van {org}. Na goedkeuring ontvangt u de "
             "sleutel in een beveiligde omgeving, nooit per e-mail. Kosten: {amt} per maand.",
             org=g.pick(ORGS["it"]), amt=g.money(15, 60, "eur_sp", whole=True))


@T("NEG")
def neg_checksums(g):
    return F("Release notes planningstool v{v}\nsha256 (installer.exe): {h}\ncommit: {c}\nBuild {b} op {d}",
             v=K("%d.%d.%d" % (g.r.randint(1, 4), g.r.randint(0, 9), g.r.randint(0, 20))), h=K(g.rs(64, "0123456789abcdef")),
             c=K(g.rs(40, "0123456789abcdef")), b=K(str(g.r.randint(1000, 9999))), d=kd(g.workday(), "iso"))


@T("NEG")
def neg_uuid_log(g):
    return F("{ts} INFO request_id={u} route=/api/reserveringen status=200 duration_ms={ms}\n"
             "{ts2} WARN request_id={u2} route=/api/login status=401 reason=\"wrong password\"",
             ts=K(g.workday().isoformat() + "T10:%02d:%02dZ" % (g.r.randint(0, 59), g.r.randint(0, 59))),
             u=K("%s-%s-4%s-%s-%s" % (g.rs(8, "0123456789abcdef"), g.rs(4, "0123456789abcdef"), g.rs(3, "0123456789abcdef"),
                                     g.rs(4, "89ab0123456789abcdef")[:4], g.rs(12, "0123456789abcdef"))),
             ms=str(g.r.randint(5, 900)),
             ts2=K(g.workday().isoformat() + "T11:%02d:%02dZ" % (g.r.randint(0, 59), g.r.randint(0, 59))),
             u2=K("%s-%s-4%s-a%s-%s" % (g.rs(8, "0123456789abcdef"), g.rs(4, "0123456789abcdef"), g.rs(3, "0123456789abcdef"),
                                       g.rs(3, "0123456789abcdef"), g.rs(12, "0123456789abcdef"))))


@T("NEG")
def neg_public_ssh_key(g):
    return F("Voeg deze publieke sleutel toe aan de server (dit is de PUBLIEKE sleutel, mag gedeeld worden):\n"
             "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{k} beheer-laptop-{n}", k=g.rs(43, B62 + "+/"), n=str(g.r.randint(1, 9)))


@T("NEG")
def neg_track_trace(g):
    p = g.person()
    d = g.workday()
    return F("Je pakket van {org} komt eraan!\nTrack & trace: 3S{tt}\nBezorgdag: {d}, tussen {t1} en {t2}\nAan: {n}",
             org=org(g, "garden"), tt=K(g.rs(4, "ABCDEFGHJKLMNPRSTUVWXYZ") + g.rs(9, "0123456789")),
             d=kd(g.after(d, 1, 2), "wd d m"), t1=g.ktime(9, 13, 0), t2=g.ktime(14, 18, 0), n=p.full)


@T("NEG")
def neg_notulen_initialen(g):
    ps = [g.person(origin="nl") for _ in range(3)]
    d = g.workday()
    return F("Actielijst werkoverleg {d}\n- {a}: offerte dakkapel {st} nabellen ({dl})\n- {b}: bus naar APK in {wk}\n"
             "- {c}: nieuwe werkbonnen-app testen", d=kd(d, "d m"), a=ps[0].abbr, st=g.addr().st,
             dl=kd(g.after(d), "wd d m"), b=ps[1].abbr, wk=g.week(), c=ps[2].abbr)


@T("NEG")
def neg_anbi_gift_rsin(g):
    return F("Giften aan {org} zijn aftrekbaar: wij zijn een ANBI (RSIN {rsin}). Maak uw gift over naar {iban} o.v.v. "
             "'gift {y}'. Een periodieke gift vastleggen? Vraag het formulier op; wij vragen uw BSN pas bij het "
             "invullen van dat formulier.", org=org(g, "church"), rsin=K(g.nine_fail()), iban=g.iban(), y=K("2026"))


@T("NEG")
def neg_zorgverzekeraar_klantnummer(g):
    p = g.person()
    return F("Declaratie ingediend\nVerzekerde: {n}\nRelatienummer: {rel}\nDeclaratienummer: {dec}\nBedrag: {amt}\n"
             "Uitbetaling binnen 10 werkdagen.", n=p.ini, rel=K(g.nine_fail()), dec=K(g.nine_fail()), amt=g.money(40, 400))


@T("NEG")
def neg_rooster_voornamen(g):
    ps = [g.person() for _ in range(3)]
    d = g.workday()
    return F("Rooster receptie {wk}\nma/di: {a} ({t1}-{t2})\nwo/do: {b}\nvr: {c}, {d}",
             wk=g.week(), a=ps[0].fn, t1=g.ktime(7, 8, 0), t2=g.ktime(15, 16, 0), b=ps[1].fn, c=ps[2].fn,
             d=kd(d, "d m"))


@T("NEG")
def neg_contract_loopt_af(g):
    p = g.person()
    return F("Hoi {n}, je contract loopt af op {d}. We willen graag verlengen; het nieuwe contract sturen we je volgende "
             "week. Nog niets tekenen dus!", n=p.fn, d=kd(g.workday(), "d m y"))


@T("NEG")
def neg_loonstrook_uitleg(g):
    return F("Uitleg begrippen op je loonstrook\n- Bruto loon: je loon voor inhoudingen\n- Loonheffing: voorheffing op de "
             "inkomstenbelasting\n- Pensioenpremie: jouw deel van de premie\n- Netto: wat op je rekening komt\n\n"
             "Vragen? Mail de salarisadministratie van {org}.", org=any_org(g))


@T("NEG")
def neg_iban_klant_terugbetaling(g):
    p = g.person()
    return F("Terugbetaling aanbetaling reservering {nr}: {amt} wordt vandaag teruggestort op {iban} t.n.v. {n}.",
             nr=g.knum("R", 6), amt=g.money(20, 150), iban=g.iban(), n=p.ini)


@T("NEG")
def neg_apk_kenteken_reminder(g):
    p = g.person()
    return F("Beste {n}, uw {merk} ({kt}) is klaar! Ophalen kan tot {t}. Totaal {amt}, te betalen bij de balie.",
             n=p.fn, merk=g.pick(["Polo", "Clio", "Yaris", "Corsa", "Picanto"]), kt=g.plate(), t=g.ktime(17, 18, 0),
             amt=g.money(180, 950))


@T("NEG")
def neg_ouderbijdrage_brief(g):
    return F("Beste ouders,\n\nDe vrijwillige ouderbijdrage voor dit schooljaar is {amt} per kind. U kunt betalen via de "
             "betaallink in Parro. Heeft u vragen over de kosten of kunt u het niet betalen? Neem contact op met de "
             "directie; niemand wordt uitgesloten van activiteiten.\n\nDe ouderraad van {sch}",
             amt=g.money(25, 70), sch=org(g, "school"))


@T("NEG")
def neg_meterstand_zonder_persoon(g):
    return F("Meterstanden gemeenschapsruimte {org}, {d}\nElektra: {e} kWh\nGas: {gas} m3\nWater: {w} m3",
             org=org(g, "found"), d=kd(g.workday(), "dd-mm-yyyy"), e=K(str(g.r.randint(10000, 90000))),
             gas=K(str(g.r.randint(1000, 9000))), w=K(str(g.r.randint(100, 900))))


@T("NEG")
def neg_prompt_anoniem(g):
    d = g.workday()
    return F("Schrijf een vriendelijke herinnering aan [OUDER] dat de schoolreis van {d} {amt} kost en dat betalen kan tot "
             "{dl}. Noem geen namen.", d=kd(d, "wd d m"), amt=g.money(20, 45), dl=kd(g.after(d, -10, -3), "d m"))


@T("NEG")
def neg_loonkosten_begroting(g):
    return F("Begroting {y} {org}\nPersoneelskosten: {a}\nHuisvesting: {b}\nActiviteiten: {c}\nTotaal: {t}\n"
             "(Bedragen afgerond, geen individuele salarissen.)", y=K("2027"), org=org(g, "found"),
             a=g.money(40000, 90000, "eur_sp", whole=True), b=g.money(10000, 25000, "eur_sp", whole=True),
             c=g.money(3000, 9000, "eur_sp", whole=True), t=g.money(60000, 120000, "eur_sp", whole=True))


@T("NEG")
def neg_sk_woord_context(g):
    p = g.person()
    return F("Notitie servicedesk {wk}: {n} vroeg waarom sleutels van OpenAI met 'sk-' beginnen. Uitgelegd dat zo'n "
             "sleutel geheim is, nooit in een ticket hoort en dat we hem samen in het dashboard bekijken op {d}.",
             wk=g.week(), n=p.full, d=kd(g.workday(), "wd d m"))


@T("NEG", "en")
def neg_en_password_policy(g):
    it = g.person(origin="nl")
    return F("Password policy update ({org})\n\nFrom {d}, passwords must be at least 14 characters. Use a passphrase of "
             "four random words. Never reuse passwords and never share them by email or chat. Questions: {m}",
             org=g.pick(ORGS["it"]), d=kd(g.workday(), "EN m d, y", "en"), m=it.mail)


@T("NEG", "en")
def neg_en_reset(g):
    p = g.person()
    return F("Hi {n},\n\nSomeone requested a password reset for your account. If this was you, use the link in the app. "
             "If not, you can ignore this email. Your password has not been changed.\n\nThe {org} team",
             n=p.fn, org=org(g, "hotel"))


@T("NEG", "en")
def neg_en_redacted_key(g):
    return F("Incident {nr}: an API key (AKIA****************) was found in a public repo and revoked on {d}. No "
             "customer data was accessed. The new key is stored in the vault only.",
             nr=g.knum("SEC-", 4), d=kd(g.workday(), "EN m d, y", "en"))


@T("NEG", "en")
def neg_en_waiting_signature(g):
    p = g.person()
    return F("Reminder: '{doc}' is waiting for your signature. Sent by {n}. Status: not signed. Expires {d}.",
             doc=g.pick(["Rental agreement", "Service contract", "Volunteer agreement"]), n=p.full,
             d=kd(g.workday(), "EN m d, y", "en"))


@T("NEG", "en")
def neg_en_invoice_iban(g):
    p = g.person()
    room = g.cents(160, 380)
    tax = g.cents(5, 20)
    return F("INVOICE {nr}\nBill to: {n}\nDate: {d}\nRoom 2 nights: {a}\nCity tax: {b}\nTotal: {t}\nPlease pay to {iban}.",
             nr=g.knum("INV-", 5), n=p.full, d=kd(g.workday(), "EN d m y", "en"), a=K(amount_str(room, "en")),
             b=K(amount_str(tax, "en")), t=K(amount_str(room + tax, "en")), iban=g.iban())


@T("NEG", "en")
def neg_en_contacts_3(g):
    ps = [g.person() for _ in range(3)]
    rows = []
    for p, r in zip(ps, ["Head coach", "Team manager", "Physio"]):
        rows += [r, ": ", p.full, ", ", p.mail, "\n"]
    return ["Team contacts ", org(g, "sport"), "\n"] + rows


@T("NEG", "en")
def neg_en_bsn_explainer(g):
    return F("New in the Netherlands? You receive your BSN (citizen service number) after registering at the municipality. "
             "It has 9 digits. Only give it to your employer, the tax office, your GP and your health insurer. Our "
             "welcome desk at {org} can help on {d}, {t}.", org=org(g, "gemeente"), d=kd(g.workday(), "EN wd d m", "en"),
             t=g.ktime(9, 15, 0))


@T("NEG", "en")
def neg_en_salary_range(g):
    return F("Job opening: front office assistant (24 h) at {org}. Salary {a} - {b} gross per month, plus holiday pay. "
             "Apply before {d}.", org=org(g, "dental"), a=g.money(2300, 2600, "en", whole=True),
             b=g.money(2800, 3300, "en", whole=True), d=kd(g.workday(), "EN m d, y", "en"))


@T("NEG", "vl")
def neg_vl_gelieve_tekenen(g):
    p = g.person(origin="vl")
    return F("Beste {n},\n\nIn bijlage vindt u het contract voor de verhuur van de zaal. Gelieve dit te ondertekenen en "
             "terug te bezorgen voor {d}. Pas na ontvangst van de getekende versie is uw reservatie definitief.\n\n"
             "Met vriendelijke groeten", n=p.fn, d=kd(g.workday(), "d m y"))


@T("NEG", "vl")
def neg_vl_factuur_be_iban(g):
    p = g.person(origin="vl")
    return F("FACTUUR {nr}\nKlant: {n}\nTotaal: {amt}\nTe betalen op {iban} met gestructureerde mededeling +++{a}/{b}/{c}+++ "
             "voor {d}.", nr=g.knum("", 6), n=p.full, amt=g.money(80, 900, "eur_sp"), iban=g.iban("BE"),
             a=K(str(g.r.randint(100, 999))), b=K(str(g.r.randint(1000, 9999))), c=K(str(g.r.randint(10000, 99999))),
             d=kd(g.workday(), "dd/mm/yyyy", "vl"))


@T("NEG", "de")
def neg_de_passwort_richtlinie(g):
    return F("Passwort-Richtlinie ({org})\nMindestens 12 Zeichen, keine Namen, keine Wiederverwendung. Passwörter "
             "niemals per E-Mail versenden. Gültig ab {d}.", org=g.pick(ORGS["it"]), d=kd(g.workday(), "DE d m y", "de"))


# ----------------------------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------------------------
INTERFIX = ("van", "de", "der", "den", "ter", "het", "la", "in", "'t", "von", "da", "du", "le", "el")


def tokens(label, value):
    """Same tokenizer as the scorer (score_pii.py)."""
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in re.findall(r"[^\W\d_][\w'’-]*", value) if len(t) >= 4 and t.lower() not in INTERFIX]


def _plate_re(code, dashed, letters):
    parts = []
    for c in code:
        if c == "L":
            parts.append(letters)
        elif c == "D":
            parts.append(r"\d")
        elif dashed:
            parts.append("-")
    return "".join(parts)


PLATE_DASHED = [re.compile(_plate_re(c, True, "[A-Z]")) for c in SIDECODES]
PLATE_PLAIN = [re.compile(_plate_re(c, False, "[A-Z]")) for c in SIDECODES]
RES_PLATE_D = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(_plate_re(c, True, "[A-Za-z]") for c in SIDECODES))
RES_PLATE_P = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(_plate_re(c, False, "[A-Z]") for c in SIDECODES))
RES_NINE = re.compile(r"(?<![\d.])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{3} \d{3} \d{3}|\d{4} \d{2} \d{3})(?![\d])")
RES_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
RES_IBAN = re.compile(r"NL ?\d{2} ?[A-Z]{4} ?(?:\d ?){10}", re.I)
RES_PC = re.compile(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])")
RES_MOB = re.compile(r"(?<![\d])(?:(?:\+31|0031)[\s-]*(?:\(0\)[\s-]*)?6|06)(?:[\s-]*\d){8}(?!\d)")
RES_KEY = re.compile(r"sk-(?:proj|ant)-[\w-]{12,}|\bsk-[A-Za-z0-9]{20,}|AKIA[A-Z0-9]{16}|ghp_[A-Za-z0-9]{20,}|"
                     r"github_pat_\w{20,}|AIza[\w-]{30,}|[sr]k_live_\w{10,}|xox[abp]-\d+|eyJ[\w-]{10,}\.eyJ|"
                     r"PRIVATE KEY-----(?:\n|\\n)[A-Za-z0-9+/]{20}|hooks\.slack\.com/services/T\w+/B\w+/\w{10,}|"
                     r"\blive_[A-Za-z0-9]{25,}|SG\.[\w-]{20,}\.|\bhf_[A-Za-z]{30,}")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def phone_ok(v):
    s = v.lower()
    for w in sorted(NUMW, key=len, reverse=True):
        s = re.sub(r"(?<!\w)%s(?!\w)" % w, NUMW[w], s)
    s = s.replace("(0)", "")
    if not re.fullmatch(r"[+\d\s().,/-]+", s):
        return False
    plus = s.strip().startswith("+")
    d = re.sub(r"\D", "", s)
    if plus or d.startswith("00"):
        if not plus:
            d = d[2:]
        if d.startswith("31"):
            return len(d) == 11
        if d.startswith("32"):
            return len(d) in (10, 11)
        if d.startswith("49"):
            return len(d) in (12, 13)
        return False
    return d.startswith("0") and 9 <= len(d) <= 12


def iban_ok(v):
    c = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if iban_mod(c) != 1:
        return False
    if c[:2] == "NL":
        return len(c) == 18 and c[4:8] in NL_BANKS and c[8:].isdigit()
    if c[:2] == "BE":
        return len(c) == 16 and c[4:7] in BE_BANKS and (int(c[4:14]) % 97 or 97) == int(c[14:])
    if c[:2] == "DE":
        return len(c) == 22 and c[4:12] in DE_BANKS
    return False


def plate_ok(v):
    u = v.upper().replace(" ", "-")
    pats = PLATE_DASHED if "-" in u else PLATE_PLAIN
    return any(p.fullmatch(u) for p in pats)


def shape_ok(label, v):
    if label == "PERSOON":
        return bool(re.search(r"[^\W\d_]", v))
    if label == "ADRES":
        return bool(re.search(r"\d", v)) and bool(re.search(r"[^\W\d_]{3}", v))
    if label == "POSTCODE":
        return bool(re.fullmatch(r"[1-9]\d{3} ?[A-Z]{2}", v)) and v[-2:] not in ("SA", "SD", "SS")
    if label == "TELEFOON":
        return phone_ok(v)
    if label == "IBAN":
        return iban_ok(v)
    if label == "GEBOORTEDATUM":
        return bool(re.search(r"(?:19|20)\d\d|'\d\d", v))
    if label == "KENTEKEN":
        return plate_ok(v)
    if label == "BSN":
        return bsn_ok(v)
    if label == "WACHTWOORD":
        return len(v) >= 6 and not re.search(r"\s", v)
    if label == "API_SLEUTEL":
        return len(v) >= 20
    if label == "EMAIL":
        return bool(MAIL_RE.fullmatch(v))
    return False


def expected_block(group, mask):
    have = {}
    for label, _ in mask:
        if label in AUTO_BLOCK:
            have[AUTO_BLOCK[label]] = 1
    if group in DOC_BLOCK:
        have[group] = 1
    return [b for b in BLOCK_ORDER if b in have]


def validate(rec, spans, group, meta):
    errs = []
    text, mask, keep = rec["text"], rec["mask"], rec["keep"]
    labels_of = {}
    seen = {}
    for label, v in mask:
        if label not in LABELS:
            errs.append("bad label %s" % label)
        if not v or v != v.strip():
            errs.append("empty or padded value %r" % v)
        if v not in text:
            errs.append("value not in text %r" % v)
        if (label, v) in seen:
            errs.append("duplicate pair %s %r" % (label, v))
        seen[(label, v)] = 1
        labels_of.setdefault(v, []).append(label)
        if not shape_ok(label, v):
            errs.append("bad shape %s %r" % (label, v))
    for v, ls in labels_of.items():
        if len(ls) > 1:
            errs.append("value with two labels %r %s" % (v, ls))
    pos = [text.find(v) for _, v in mask]
    if pos != sorted(pos):
        errs.append("mask not in order of first occurrence")
    # spans must cover exactly the mask
    span_pairs = {}
    for s, e, label, v in spans:
        if text[s:e] != v:
            errs.append("span mismatch %r" % v)
        span_pairs[(label, v)] = 1
    if sorted(span_pairs) != sorted(seen):
        errs.append("spans and mask differ")
    chars = list(text)
    for s, e, _, _ in spans:
        for i in range(s, e):
            chars[i] = "\x00"
    res = "".join(chars)
    for label, v in mask:
        if v in res:
            errs.append("masked value outside masked spans %s %r" % (label, v))
        for t in tokens(label, v):
            if re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", res):
                errs.append("word of %s %r outside masked spans: %r" % (label, v, t))
    for v in keep:
        if not v or v != v.strip():
            errs.append("empty or padded keep %r" % v)
        if v not in res:
            errs.append("keep value not outside masked spans %r" % v)
        if v in labels_of:
            errs.append("keep value is also masked %r" % v)
    # block
    exp = expected_block(group, mask)
    if rec["block"] != exp:
        errs.append("block %s expected %s" % (rec["block"], exp))
    req = {"PASSWORD": "PASSWORD", "API_KEY": "API_KEY", "BSN": "BSN"}.get(group)
    if req and req not in rec["block"]:
        errs.append("group %s without %s" % (group, req))
    if group in ("NEG", "PII") and rec["block"]:
        errs.append("%s record with block %s" % (group, rec["block"]))
    if sum(1 for b in rec["block"] if b in DOC_BLOCK) > 1:
        errs.append("two document categories")
    # unlabelled look-alikes outside the masked spans
    for m in RES_NINE.finditer(res):
        if bsn_ok(m.group(1)):
            errs.append("unlabelled 11-proef number %r" % m.group(1))
    for rx, what in ((RES_MAIL, "e-mail"), (RES_IBAN, "IBAN"), (RES_PC, "postcode"), (RES_MOB, "mobile"),
                     (RES_PLATE_D, "plate"), (RES_PLATE_P, "plate"), (RES_KEY, "key")):
        m = rx.search(res)
        if m:
            errs.append("unlabelled %s %r" % (what, m.group(0)))
    # document categories
    slip = meta.get("slip")
    if group == "SALARY_SLIP":
        if not slip:
            errs.append("salary slip without figures")
        else:
            tot = sum(s * c for _, c, s in slip["items"])
            if tot != slip["net"][1]:
                errs.append("salary slip does not add up")
            earn = sum(c for _, c, s in slip["items"] if s > 0)
            for sv in [x[0] for x in slip["items"]] + [slip["net"][0]]:
                if sv not in text:
                    errs.append("slip amount not in text %r" % sv)
    persons = len(dict.fromkeys(v for l, v in mask if l == "PERSOON"))
    contacts = len(dict.fromkeys(v for l, v in mask if l in ("EMAIL", "TELEFOON", "ADRES")))
    if group == "CUSTOMER_LIST":
        if persons < 5 or contacts < 5 or meta.get("rows", 0) < 5:
            errs.append("customer list too small (%d people, %d contacts, %d rows)" %
                        (persons, contacts, meta.get("rows", 0)))
    elif group in ("NEG", "PII") and persons >= 5 and contacts >= 5:
        errs.append("%s record looks like a customer list" % group)
    return errs


# ----------------------------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------------------------
WRAP_P = 0.2


def build_one(group, k):
    tpls = TEMPLATES[group]
    ti = k % len(tpls)
    fn, lang, wrap = tpls[ti]
    g = G("c17|%s|%d" % (group, k))
    last = None
    rejects = []
    for attempt in range(80):
        g.used_first = {}
        g.meta = {}
        segs = fn(g)
        if wrap and g.r.random() < WRAP_P:
            segs = prompt_wrap(g, segs, lang)
        text, mask, keep, spans = render(segs)
        rec = {"id": None, "text": text, "mask": mask, "block": expected_block(group, mask), "keep": keep}
        errs = validate(rec, spans, group, g.meta)
        if not errs:
            return rec, {"group": group, "k": k, "ti": ti, "lang": lang, "attempts": attempt + 1,
                         "spans": spans, "meta": g.meta, "fn": fn.__name__, "rejects": rejects}
        last = errs
        rejects.append(errs[0])
    raise RuntimeError("c17|%s|%d (%s) keeps failing: %s" % (group, k, fn.__name__, last[:3]))


def build_all():
    items = []
    for group, n, _ in GROUPS:
        for k in range(n):
            items.append(build_one(group, k))
    order = list(range(len(items)))
    random.Random("c17|shuffle").shuffle(order)
    out = []
    for i, j in enumerate(order):
        rec, info = items[j]
        rec = dict(rec)
        rec["id"] = "c17-%d" % i
        out.append(({"id": rec["id"], "text": rec["text"], "mask": rec["mask"], "block": rec["block"],
                     "keep": rec["keep"]}, info))
    return out


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in recs).encode("utf-8")


def check(recs, data):
    errs = []
    want = serialise(recs)
    if data != want:
        errs.append("c17.jsonl differs from a fresh build (regenerate with python3 gen17.py)")
    if len(recs) != 2000:
        errs.append("expected 2000 records, got %d" % len(recs))
    for i, (r, info) in enumerate(recs):
        if r["id"] != "c17-%d" % i:
            errs.append("id order at %d" % i)
        if list(r) != ["id", "text", "mask", "block", "keep"]:
            errs.append("%s field order" % r["id"])
        e = validate(r, info["spans"], info["group"], info["meta"])
        errs += ["%s: %s" % (r["id"], x) for x in e]
    # groups, template minimums, round robin
    for group, n, mn in GROUPS:
        got = [info for _, info in recs if info["group"] == group]
        if len(got) != n:
            errs.append("group %s has %d records, expected %d" % (group, len(got), n))
        nt = len(TEMPLATES[group])
        if nt < mn:
            errs.append("group %s has %d templates, minimum %d" % (group, nt, mn))
        ks = sorted(info["k"] for info in got)
        if ks != list(range(n)):
            errs.append("group %s record streams incomplete" % group)
        for info in got:
            if info["ti"] != info["k"] % nt:
                errs.append("group %s not round robin at %d" % (group, info["k"]))
        used = sorted(dict.fromkeys(info["ti"] for info in got))
        if used != list(range(nt)):
            errs.append("group %s leaves templates unused" % group)
    # company names share no word (4+ letters) with any person name in the lists
    name_tok = {}
    for origin in NAMES:
        fem, mal, plain, tv = NAMES[origin]
        for w in fem + mal + plain + [b for _, b in tv]:
            for t in tokens("PERSOON", w):
                name_tok[t.lower()] = 1
    for kind in ORGS:
        for o in ORGS[kind]:
            for t in tokens("PERSOON", o):
                if t.lower() in name_tok:
                    errs.append("company %r shares the word %r with a person name" % (o, t))
    names = [fn.__name__ for grp in TEMPLATES for fn, _, _ in TEMPLATES[grp]]
    if len(names) != len(dict.fromkeys(names)):
        errs.append("duplicate template names")
    return errs


def stats(recs):
    from collections import Counter
    gc = Counter(info["group"] for _, info in recs)
    lc = Counter()
    bc = Counter()
    lang = Counter(info["lang"] for _, info in recs)
    keeps = 0
    for r, _ in recs:
        for label, _ in r["mask"]:
            lc[label] += 1
        for b in r["block"]:
            bc[b] += 1
        keeps += len(r["keep"])
    print("records %d" % len(recs))
    print("\ngroup            records  templates")
    for group, n, mn in GROUPS:
        print("%-16s %7d  %9d" % (group, gc[group], len(TEMPLATES[group])))
    print("\nlabel            values")
    for label in LABELS:
        print("%-16s %6d" % (label, lc[label]))
    print("%-16s %6d" % ("(total)", sum(lc.values())))
    print("\nblock            records")
    for b in BLOCK_ORDER:
        print("%-16s %6d" % (b, bc[b]))
    print("%-16s %6d" % ("(none)", sum(1 for r, _ in recs if not r["block"])))
    print("\nkeep values      %6d" % keeps)
    print("\nlanguage         records")
    for l in LANGS:
        print("%-16s %6d" % (l, lang[l]))
    att = sum(info["attempts"] - 1 for _, info in recs)
    print("\nrebuilt draws    %6d" % att)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    recs = build_all()
    if a.check:
        try:
            data = open(a.out, "rb").read()
        except OSError:
            print("cannot read %s" % a.out)
            return 1
        errs = check(recs, data)
        if errs:
            for e in errs[:60]:
                print(e)
            print("FAIL: %d problem(s)" % len(errs))
            return 1
        print("OK: %d records, byte-identical rebuild, md5 %s" % (len(recs), hashlib.md5(data).hexdigest()))
        return 0
    if a.stats:
        stats(recs)
        return 0
    data = serialise(recs)
    with open(a.out, "wb") as f:
        f.write(data)
    print("wrote %s (%d records, md5 %s)" % (a.out, len(recs), hashlib.md5(data).hexdigest()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
