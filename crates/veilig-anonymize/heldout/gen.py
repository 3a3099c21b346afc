#!/usr/bin/env python3
"""Held-out test corpus for a Dutch PII anonymizer (independent of the engine).

Writes heldout.jsonl next to this script: one record per line
{"id","text","mask":[[LABEL,VALUE],...],"block":[...],"keep":[...]}.
Standard library only; fixed seed, so the output is reproducible.
"""
import base64
import datetime as dt
import json
import os
import random
import re
import string
import sys
import unicodedata

SEED = 7310_2025
N_RECORDS = 1500
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout.jsonl")

# ---------------------------------------------------------------------------
# Names (written from general knowledge)
# ---------------------------------------------------------------------------
# (first names female, first names male, surnames)  surnames: (tussenvoegsel, base)
NL_F = """Sanne Lotte Femke Marieke Annemiek Ilse Eline Hanneke Marloes Esther Monique Petra Ingrid Wilma
Jolanda Sandra Yvonne Mirjam Karin Astrid Willemijn Anouk Noor Evi Julia Tess Lieke Fleur Iris Maaike
Judith Linda Renate Miranda Bianca Daphne Roos Merel Sophie Loes Nienke Charlotte Annelies Gerda Trudy
Els Joke Ria Dieuwertje Anne-Marie Marie-José Janneke Saskia Mariëlle Inge Marjolein Froukje Vera Kim
Manon Laura Nathalie Emma Zoë Lisa Jet Famke Babette Dorien Geertje Hester""".split()
NL_M = """Daan Bram Thijs Jeroen Wouter Joost Maarten Joris Ruud Henk Gerrit Kees Piet Sem Lucas Finn Stijn
Niels Koen Rik Bas Gijs Marcel Erik Patrick Dennis Martijn Arjen Hidde Jesse Roel Frank Jasper Pim Harm
Geert Gert-Jan Jan-Willem Dirk Hans Wim Rob Ton Johan Bart Tim Sven Ruben Teun Luuk Mats Floris Olaf
Hugo Vincent Laurens Guus Job Matthijs Wessel Bert Cor Theo Freek Jurriaan Reinier Sjors Tijmen""".split()
NL_SUR_PLAIN = """Jansen Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Smits
Jacobs Vermeulen Schouten Willems Verhoeven Koster Prins Blom Huisman Peeters Kuipers Kramer Scholten
Martens Vink Timmermans Groen Gerritsen Jonker Willemsen Smeets Janssen Hofstede Wouters Lammers Pietersen
Verbeek Schipper Evers Kuijpers Claassen Hermans Sanders Koopman Brinkman Nijhuis Hoogendoorn Oosterhuis
Verschoor Driessen Huijbregts Bruggeman Stam Rutten Aarts Teunissen Engelen Ramaker Zwart Hoogland
Rozendaal Kuiper Wolters Steenbergen Veldhuis Boomsma Lubbers Heijmans Mertens Damen Biesheuvel
Vroegop Spierings Hagens Ketelaar Slingerland Tromp Roelofs Lagerwey Versteeg Goossens Beukema""".split()
NL_SUR_TV = [("van", "Dijk"), ("de", "Vries"), ("van der", "Meer"), ("van den", "Berg"), ("van de", "Ven"),
             ("de", "Groot"), ("ter", "Horst"), ("ten", "Cate"), ("van 't", "Hof"), ("in 't", "Veld"),
             ("op de", "Beek"), ("op den", "Kamp"), ("van der", "Linden"), ("de", "Jong"), ("van", "Leeuwen"),
             ("van 't", "Zand"), ("ten", "Brink"), ("ter", "Haar"), ("van den", "Heuvel"), ("van der", "Heijden"),
             ("de", "Wit"), ("de", "Bruijn"), ("van", "Beek"), ("van", "Vliet"), ("van", "Wijk"), ("de", "Haan"),
             ("de", "Lange"), ("van der", "Velde"), ("van", "Rijn"), ("van der", "Zee"), ("den", "Hartog"),
             ("van", "Gils"), ("van", "Kempen"), ("de", "Ridder"), ("van", "Doorn"), ("van der", "Sluis"),
             ("van", "Essen"), ("van", "Dongen"), ("van der", "Ploeg"), ("ter", "Beek"), ("ten", "Hove"),
             ("van", "Eijk"), ("van", "Schaik"), ("van", "Boxtel"), ("van", "Hulst"), ("de", "Mol"),
             ("van", "Zanten"), ("van der", "Poel"), ("van 't", "Klooster"), ("in 't", "Zandt"), ("ter", "Steege"),
             ("ten", "Bosch"), ("van den", "Broek"), ("van de", "Pol"), ("de", "Boer"), ("van der", "Werf")]

FY_F = "Wytske Sietske Jildou Gerbrich Froukje Baukje Tjitske Hiltje Sjoukje Aukje Trijntje Ytje".split()
FY_M = "Sjoerd Tjeerd Bouwe Hindrik Wiebe Jelle Sybren Douwe Ate Gerben Pieter Hylke Lolke Tsjalle".split()
FY_SUR = """Hylkema Hoekstra Wiersma Postma Zijlstra Terpstra Boersma Dykstra Bergsma Hiemstra Sikkema
Tjeerdsma Jelsma Wijbenga Kingma Hettema Rinsma Feenstra Galama Sijbesma""".split()

MA_F = "Fatima Khadija Nadia Imane Samira Naima Ilham Soumaya Hanane Salma Meryem Loubna Yasmina Houda".split()
MA_M = "Mohamed Youssef Soufiane Hamza Bilal Yassine Anouar Mustafa Karim Redouan Nordin Ayoub Achraf Tarik".split()
MA_SUR = ["El Amrani", "Bouzid", "Benali", "El Idrissi", "Ait Taleb", "Ouali", "Haddou", "Boukhari",
          "El Khattabi", "Ziani", "Chaouch", "Ahajjam", "Bakkali", "El Hamdaoui", "Azzouzi", "Bouchtaoui",
          "El Ouardi", "Aouragh", "Marzouki", "Tahiri"]

TR_F = ["Ayşe", "Elif", "Zeynep", "Gülşen", "Esra", "Kübra", "Özlem", "Tuba", "Büşra", "Şeyma", "Hatice", "Merve", "Derya", "Songül"]
TR_M = ["Emre", "Mehmet", "Burak", "Hakan", "Murat", "Serkan", "Yusuf", "Ömer", "Kerem", "Oğuz", "Çağlar", "Tolga", "Volkan", "İbrahim"]
TR_SUR = ["Yilmaz", "Yılmaz", "Demir", "Kaya", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan", "Doğan",
          "Kılıç", "Koç", "Aksoy", "Erdoğan", "Polat", "Kurt", "Özdemir", "Güneş", "Korkmaz", "Bulut"]

SR_F = ["Sharita", "Soenita", "Priya", "Shanti", "Roshni", "Nirmala", "Kavita", "Anjali", "Reshma", "Sarita", "Sunaina"]
SR_M = ["Radjesh", "Anil", "Ravi", "Kiran", "Dinesh", "Ashwin", "Vikash", "Sanjay", "Rakesh", "Navin", "Ramon", "Djoerik"]
SR_SUR = ["Ramdin", "Mangroe", "Jagessar", "Ramcharan", "Bhola", "Sewdien", "Ramsaran", "Kalloe", "Mahabier",
          "Soekhai", "Baldew", "Ramautar", "Jhinkoe-Rai", "Pinas", "Sedney", "Doelwijt", "Karsoredjo",
          "Amatmoekrim", "Linger", "Vreden"]

ID_F = ["Dewi", "Sari", "Ayu", "Irma", "Wulan", "Indah", "Melanie", "Grace", "Natasja"]
ID_M = ["Bayu", "Ronny", "Eddy", "Harry", "Johnny", "Dimas", "Robby", "Frits", "Glenn"]
ID_SUR = ["Tahitu", "Latumahina", "Pattiasina", "Soplanit", "Sahetapy", "Wattimena", "Leatemia",
          "Lumalessil", "Nanlohy", "Tuanakotta", "Siahaya", "Soerjadi", "Kartosen", "Tjoa", "Liem", "Oei"]

PL_F = ["Katarzyna", "Agnieszka", "Magdalena", "Małgorzata", "Joanna", "Ewa", "Dorota", "Anna", "Beata", "Karolina"]
PL_M = ["Piotr", "Tomasz", "Łukasz", "Krzysztof", "Paweł", "Marcin", "Grzegorz", "Michał", "Wojciech", "Jakub"]
PL_SUR = ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
          "Szymański", "Woźniak", "Dąbrowski", "Mazur", "Grabowski", "Krawczyk", "Piotrowski", "Jankowski"]

AN_F = ["Xiomara", "Raysheline", "Sharline", "Gisela", "Shudaira", "Jeannette", "Naomi", "Luzmila"]
AN_M = ["Shurandy", "Churandy", "Giandro", "Jaïr", "Kenrick", "Ruthsel", "Gilbert", "Rignaldo"]
AN_SUR = ["Martis", "Isenia", "Winklaar", "Pieternella", "Bernabela", "Janga", "Cijntje", "Maduro",
          "Rosaria", "Sulvaran", "Girigorie", "Koeiman", "Croes", "Werleman", "Statia", "Leito"]

GH_F = ["Akosua", "Abena", "Efua", "Adwoa", "Afua", "Yaa", "Esi", "Akua"]
GH_M = ["Kwame", "Kofi", "Kwabena", "Kojo", "Yaw", "Kwaku", "Fiifi", "Nana"]
GH_SUR = ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Agyeman", "Ofori", "Acheampong", "Amoah", "Darko"]

SY_F = ["Rasha", "Lina", "Hala", "Nour", "Reem", "Ghalia", "Rania", "Dima", "Yara", "Maysa"]
SY_M = ["Ahmad", "Omar", "Khaled", "Rami", "Tarek", "Majd", "Firas", "Samer", "Wassim", "Bassel"]
SY_SUR = ["Al-Hassan", "Alhamwi", "Haddad", "Kassab", "Shami", "Al Masri", "Darwish", "Hamdan", "Khoury",
          "Sabbagh", "Al-Khatib", "Nassar", "Jabbour", "Alkurdi"]

ORIGINS = {
    # origin: (female, male, surnames, weight)
    "nl": (NL_F, NL_M, None, 50),
    "fy": (FY_F, FY_M, FY_SUR, 6),
    "ma": (MA_F, MA_M, MA_SUR, 8),
    "tr": (TR_F, TR_M, TR_SUR, 8),
    "sr": (SR_F, SR_M, SR_SUR, 6),
    "id": (ID_F, ID_M, ID_SUR, 4),
    "pl": (PL_F, PL_M, PL_SUR, 6),
    "an": (AN_F, AN_M, AN_SUR, 4),
    "gh": (GH_F, GH_M, GH_SUR, 4),
    "sy": (SY_F, SY_M, SY_SUR, 4),
}


def ascii_fold(s):
    s = s.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, first, surname, gender, origin, extra_initials=""):
        self.first = first
        self.surname = surname            # e.g. "van der Meer", "de Groot-van Leeuwen", "El Amrani"
        self.gender = gender
        self.origin = origin
        self.extra = extra_initials

    @property
    def full(self):
        return f"{self.first} {self.surname}"

    @property
    def surname_cap(self):
        s = self.surname
        return s[0].upper() + s[1:]

    @property
    def initials(self):
        parts = re.split(r"[- ]", self.first)
        ini = "".join(p[0].upper() + "." for p in parts if p)
        return ini + self.extra

    @property
    def initials_name(self):
        return f"{self.initials} {self.surname}"

    def title(self, r, formal=False):
        if self.gender == "f":
            return r.choice(["mevrouw", "mevrouw", "mw.", "mevr."]) if not formal else "mevrouw"
        return r.choice(["de heer", "de heer", "dhr."]) if not formal else "de heer"

    def email(self, r, domain=None):
        f = ascii_fold(self.first).lower().replace("-", "")
        s = ascii_fold(self.surname).lower().replace(" ", "").replace("'", "").replace("-", "")
        local = r.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s}", f"{f}_{s}", f"{f}{r.randint(70, 99)}",
                          f"{s}.{f[0]}", f"{f}.{s}{r.randint(1, 9)}"])
        if domain is None:
            domain = r.choice(["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl",
                               "kpnmail.nl", "xs4all.nl", "icloud.com", "planet.nl", "hetnet.nl", "home.nl",
                               "yahoo.com", "proton.me"])
        else:
            local = r.choice([f"{f}", f"{f}.{s}", f"{f[0]}{s}", f"{f[0]}.{s}"])
        return f"{local}@{domain}"


def make_person(r, origin=None, gender=None):
    if origin is None:
        keys = list(ORIGINS)
        origin = r.choices(keys, weights=[ORIGINS[k][3] for k in keys])[0]
    fem, mal, surs, _ = ORIGINS[origin]
    if gender is None:
        gender = r.choice("fm")
    first = r.choice(fem if gender == "f" else mal)
    if origin == "nl":
        if r.random() < 0.45:
            tv, base = r.choice(NL_SUR_TV)
            surname = f"{tv} {base}"
        else:
            surname = r.choice(NL_SUR_PLAIN)
        if r.random() < 0.08:  # double surname
            if r.random() < 0.5:
                tv, base = r.choice(NL_SUR_TV)
                surname = f"{surname}-{tv} {base}"
            else:
                surname = f"{surname}-{r.choice(NL_SUR_PLAIN)}"
    else:
        surname = r.choice(surs)
        if origin == "pl" and gender == "f" and surname.endswith("ski"):
            surname = surname[:-1] + "a"   # Kowalski -> Kowalska
        if origin == "fy" and r.random() < 0.15:
            surname = r.choice(["de Jong", "van der Meer", "de Vries", "Hoekstra-de Boer"])
    extra = ""
    if r.random() < 0.3:
        extra = "".join(r.choice("ABCDEFGHIJKLMNPRSTW") + "." for _ in range(r.randint(1, 2)))
    return Person(first, surname, gender, origin, extra)


def distinct_people(r, n, **kw):
    out, seen = [], set()
    while len(out) < n:
        p = make_person(r, **kw)
        toks = set(re.findall(r"[^\W\d_][\w'’-]*", p.full))
        key = p.first
        if key in seen or p.surname in seen:
            continue
        seen.add(key)
        seen.add(p.surname)
        out.append(p)
    return out


# ---------------------------------------------------------------------------
# Structured data
# ---------------------------------------------------------------------------
STREETS = ["Kerkstraat", "Dorpsstraat", "Hoofdweg", "Molenweg", "Stationsweg", "Schoolstraat", "Julianastraat",
           "Beatrixlaan", "Wilhelminastraat", "Laan van Meerdervoort", "Jan van Galenstraat",
           "Burgemeester de Withstraat", "Prinsengracht", "Oudegracht", "Korte Nieuwstraat", "Lange Voorhout",
           "Van Oldenbarneveltlaan", "Ringbaan-Oost", "Graaf Florisstraat", "Admiraal de Ruyterweg",
           "Mr. P.J. Troelstraweg", "Pieter Calandlaan", "Amsterdamsestraatweg", "Vondellaan", "Zuidwal",
           "Achter de Kerk", "Eikenlaan", "Berkenhof", "Merelstraat", "Lijsterbeslaan", "Spoorsingel",
           "Kastanjelaan", "Zeeweg", "Nieuwe Binnenweg", "Herenweg", "Tolstraat", "Marnixkade", "Vaartweg",
           "Sint Annastraat", "Koningin Emmaplein", "Dr. Schaepmanstraat", "Weverstraat", "Koestraat",
           "Paardenmarkt", "Boterdiep", "Hengelosestraat", "Looiersgracht", "Esdoornstraat", "Vlinderhof",
           "Polderweg", "Tuinbouwstraat", "Eemnesserweg", "Groenendaal", "Rijksstraatweg", "Frieseweg"]
PLACES = ["Utrecht", "Den Bosch", "Zwolle", "Amersfoort", "Groningen", "Leeuwarden", "Almere", "Eindhoven",
          "Tilburg", "Nijmegen", "Arnhem", "Haarlem", "Leiden", "Delft", "Breda", "Apeldoorn", "Enschede",
          "Deventer", "Maastricht", "Venlo", "Hoorn", "Alkmaar", "Gouda", "Dordrecht", "Rotterdam",
          "Amsterdam", "Den Haag", "Heerenveen", "Sneek", "Drachten", "Assen", "Emmen", "Helmond", "Roermond",
          "Zaandam", "Purmerend", "Hilversum", "Schiedam", "Veenendaal", "Harderwijk", "Middelburg", "Goes"]


def house_number(r):
    n = r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(1, 250), r.randint(100, 1200)])
    suf = r.choices(["", "a", "A", "b", "-B", "-2", " hs", " bis", " II", "-III", "c", " rd", "-1", " zw"],
                    weights=[40, 6, 3, 3, 3, 3, 3, 2, 2, 2, 1, 1, 2, 1])[0]
    return f"{n}{suf}"


def street_addr(r):
    return f"{r.choice(STREETS)} {house_number(r)}"


def postcode(r, spaced=None):
    pcl = "ABCDEGHJKLMNPRSTVWXZ"   # letters F I O Q U Y are not used in Dutch postcodes
    while True:
        letters = r.choice(pcl) + r.choice(pcl)
        if letters not in ("SA", "SD", "SS"):
            break
    num = r.randint(1011, 9999)
    if spaced is None:
        spaced = r.random() < 0.75
    return f"{num} {letters}" if spaced else f"{num}{letters}"


def _digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def phone(r, kind=None):
    kind = kind or r.choices(["mob", "land", "land4", "intl", "be", "de"], weights=[50, 22, 8, 10, 5, 5])[0]
    if kind == "mob":
        d = str(r.randint(1, 5)) + _digits(r, 7)
        return r.choice([f"06-{d}", f"06 {d}", f"06 {d[:4]} {d[4:]}", f"06{d}", f"06-{d[:4]} {d[4:]}",
                         f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"])
    if kind == "intl":
        d = str(r.randint(1, 5)) + _digits(r, 7)
        if r.random() < 0.7:
            return r.choice([f"+31 6 {d}", f"+31 6 {d[:4]} {d[4:]}", f"+31{6}{d}", f"+31 (0)6 {d}",
                             f"0031 6 {d[:4]} {d[4:]}", f"+31 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"])
        a = r.choice(["20", "10", "30", "70", "40", "50"])
        s = str(r.randint(2, 8)) + _digits(r, 6)
        return r.choice([f"+31 {a} {s[:3]} {s[3:]}", f"0031 {a} {s[:3]} {s[3:]}", f"+31 (0){a} {s[:3]} {s[3:]}"])
    if kind == "land":
        a = r.choice(["020", "010", "030", "070", "040", "050", "013", "015", "023", "024", "026", "035",
                      "036", "038", "043", "053", "058", "071", "072", "073", "076", "078", "079"])
        s = str(r.randint(2, 8)) + _digits(r, 6)
        return r.choice([f"{a}-{s}", f"{a} {s[:3]} {s[3:]}", f"({a}) {s[:3]} {s[3:5]} {s[5:]}", f"{a}-{s[:3]} {s[3:5]} {s[5:]}",
                         f"{a} - {s}"])
    if kind == "land4":
        a = r.choice(["0541", "0513", "0172", "0318", "0499", "0223", "0522", "0575", "0341", "0111", "0592"])
        s = str(r.randint(2, 8)) + _digits(r, 5)
        return r.choice([f"{a}-{s}", f"{a} {s[:2]} {s[2:4]} {s[4:]}", f"({a}) {s}", f"{a}-{s[:2]} {s[2:4]} {s[4:]}"])
    if kind == "be":
        if r.random() < 0.6:
            d = "4" + str(r.randint(60, 99)) + _digits(r, 6)
            return r.choice([f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"0032 {d[:3]} {d[3:6]} {d[6:]}",
                             f"+32 {d[:3]} {d[3:6]} {d[6:]}"])
        d = _digits(r, 7)
        return f"+32 {r.choice(['2', '3', '9'])} {d[:3]} {d[3:5]} {d[5:]}"
    # de
    if r.random() < 0.5:
        d = _digits(r, 8)
        return r.choice([f"+49 151 {d}", f"+49 170 {d[:4]} {d[4:]}", f"0049 160 {d}"])
    return r.choice([f"+49 30 {_digits(r, 8)}", f"+49 (0)211 {_digits(r, 7)}", f"+49 221 {_digits(r, 3)} {_digits(r, 4)}"])


def _iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return 98 - int(num) % 97


def iban(r, country="NL", spaced=None):
    if country == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB", "INGB", "RABO", "ABNA"]) + _digits(r, 10)
    elif country == "BE":
        first10 = _digits(r, 10)
        chk = int(first10) % 97 or 97
        bban = f"{first10}{chk:02d}"
    else:  # DE
        bban = _digits(r, 18)
    cc = _iban_check(country, bban)
    compact = f"{country}{cc:02d}{bban}"
    if spaced is None:
        spaced = r.random() < 0.55
    if spaced:
        return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    return compact


def iban_valid(s):
    c = s.replace(" ", "")
    t = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def elf_ok(d9):
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(c) * x for c, x in zip(d9, w)) % 11 == 0


def bsn(r, fmt=None):
    while True:
        d = str(r.randint(1, 6)) + _digits(r, 8)
        if elf_ok(d):
            break
    fmt = fmt or r.choices(["plain", "dot4", "dot3", "space3", "space4"], weights=[45, 20, 15, 15, 5])[0]
    return {"plain": d, "dot4": f"{d[:4]}.{d[4:6]}.{d[6:]}", "dot3": f"{d[:3]}.{d[3:6]}.{d[6:]}",
            "space3": f"{d[:3]} {d[3:6]} {d[6:]}", "space4": f"{d[:4]} {d[4:6]} {d[6:]}"}[fmt]


def non_bsn9(r):
    while True:
        d = str(r.randint(1, 9)) + _digits(r, 8)
        if not elf_ok(d):
            return d


PLATE_L = "BDFGHJKLNPRSTVXZ"


def plate(r):
    L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))
    D = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    code = r.choice(["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
                     "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"])
    out = []
    for grp in code.split("-"):
        out.append(L(len(grp)) if grp[0] == "X" else D(len(grp)))
    p = "-".join(out)
    if r.random() < 0.1:
        p = p.replace("-", "")
    return p


MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def dob(r):
    """(value, context-phrase-with-{v})"""
    d = dt.date(r.randint(1952, 2005), r.randint(1, 12), r.randint(1, 28))
    fmt = r.choice(["long", "dmy", "iso", "slash", "dot", "short"])
    v = {"long": f"{d.day} {MONTHS[d.month - 1]} {d.year}", "dmy": d.strftime("%d-%m-%Y"), "iso": d.isoformat(),
         "slash": d.strftime("%d/%m/%Y"), "dot": d.strftime("%d.%m.%Y"), "short": f"{d.day}-{d.month}-{d.year}"}[fmt]
    return v


def dob_phrase(r, v):
    return r.choice([f"geboren op {v}", f"geb. {v}", f"geboortedatum: {v}", f"geboortedatum {v}", f"geb.datum {v}",
                     f"geboren {v}", f"(geb. {v})"])


def rand_date(r, y0=2024, y1=2025):
    return dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def meeting_date(r, with_time=None, with_year=False):
    d = rand_date(r)
    s = f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"
    if with_year:
        s += f" {d.year}"
    if with_time is None:
        with_time = r.random() < 0.5
    if with_time:
        s += f" om {r.choice(['09', '10', '11', '13', '14', '15', '16'])}:{r.choice(['00', '15', '30', '45'])}"
    return s


def clock(r):
    return f"{r.randint(8, 17):02d}:{r.choice(['00', '05', '12', '14', '20', '30', '37', '45', '51'])}"


def numdate(r):
    d = rand_date(r)
    return d.strftime(r.choice(["%d-%m-%Y", "%d-%m-%Y", "%d/%m/%Y"]))


def nl_money(v, dec=True):
    whole = int(v)
    cents = int(round((v - whole) * 100))
    if cents == 100:
        whole, cents = whole + 1, 0
    w = f"{whole:,}".replace(",", ".")
    return f"{w},{cents:02d}" if dec else w


def amount(r, lo=15, hi=4000):
    v = r.uniform(lo, hi)
    k = r.choice(["eur_sp", "eur_sp", "eur", "EUR", "EURint", "euro", "dash", "dash_sp", "int", "euro_dec"])
    if k == "eur_sp":
        return f"€ {nl_money(v)}"
    if k == "eur":
        return f"€{nl_money(v)}"
    if k == "EUR":
        return f"EUR {nl_money(v)}"
    if k == "EURint":
        return f"EUR {nl_money(round(v), False)}"
    if k == "euro":
        return f"{nl_money(round(v), False)} euro"
    if k == "dash":
        return f"€{nl_money(round(v), False)},-"
    if k == "dash_sp":
        return f"€ {nl_money(round(v), False)},-"
    if k == "int":
        return f"€ {nl_money(round(v), False)}"
    return f"{nl_money(v)} euro"


def pct(r):
    return r.choice([f"{r.randint(2, 40)}%", f"{r.randint(1, 9)},{r.randint(1, 9)}%", "21%", "9%", f"{r.randint(2, 15)} procent"])


def invoice_no(r):
    return r.choice([f"{r.randint(2023, 2025)}-{r.randint(1, 999):04d}", f"F{r.randint(2023, 2025)}{r.randint(1, 999):03d}",
                     f"INV-{r.randint(10000, 99999)}", f"{r.randint(2024, 2025)}{r.randint(100, 999)}"])


def order_no(r):
    return r.choice([f"#{r.randint(100000, 999999)}", f"WS-{r.randint(10000, 99999)}", f"ORD{r.randint(1000000, 9999999)}",
                     f"{r.randint(2024, 2025)}-{r.randint(10000, 99999)}"])


def kvk(r):
    return str(r.randint(10000000, 99999999))


def btw_id(r):
    return f"NL{r.randint(100000000, 999999999)}B0{r.randint(1, 3)}"


# own companies: (name, domain)
COMPANIES = [("Installatiebedrijf Noorderzon B.V.", "noorderzon.nl"), ("Bakkerij De Korenschoof", "korenschoof.nl"),
             ("Schildersbedrijf Kleurrijk", "kleurrijk-schilders.nl"), ("Hoveniersbedrijf De Groene Vingers", "groenevingers.nl"),
             ("Kapsalon Knipkunst", "knipkunst.nl"), ("Drukkerij Inktvis", "inktvis.nl"), ("ICT-bureau Bitbrug", "bitbrug.nl"),
             ("Koffiebranderij De Bonenzak", "bonenzak.nl"), ("Administratiekantoor Klaverblad", "klaverblad-administratie.nl"),
             ("Bouwbedrijf Stevig B.V.", "stevigbouw.nl"), ("Cateringbedrijf Smulpaap", "smulpaap.nl"),
             ("Schoonmaakbedrijf Blinkend", "blinkend.nl"), ("Fietsenwinkel De Trapper", "detrapper.nl"),
             ("Reclamebureau Vonk", "vonk-reclame.nl"), ("Tegelhandel Vloerwerk B.V.", "vloerwerk.nl")]
GARAGES = [("Autobedrijf Zuidhaven", "zuidhaven-auto.nl"), ("Garage De Zuiger", "dezuiger.nl"),
           ("Autoservice Remweg", "remweg.nl")]
FYSIO = [("Fysiotherapie Het Anker", "fysiohetanker.nl"), ("Fysio & Beweging Oost", "fysio-oost.nl"),
         ("Praktijk Rugrecht", "rugrecht.nl")]
MAKELAARS = [("Makelaardij Dakpan", "dakpan-makelaars.nl"), ("Vastgoed Sleutelbos", "sleutelbos.nl"),
             ("Woonmakelaars Eikenhout", "eikenhout-wonen.nl")]
SHOPS = [("Webwinkel Groenvinger", "groenvinger.nl"), ("Kaaswinkel Oude Gouwe", "oudegouwe-kaas.nl"),
         ("Theehuis Dampkring", "dampkring-thee.nl"), ("Speelgoedpaleis Tol", "speelgoedtol.nl")]
RECRUIT = [("Uitzendbureau FlexWerkt", "flexwerkt.nl"), ("Recruitment Bureau Talentbrug", "talentbrug.nl")]
BOOKKEEP = [("Administratiekantoor Klaverblad", "klaverblad-administratie.nl"), ("Boekhoudkantoor Grootboek", "grootboek-advies.nl")]
PRODUCTS = ["Excel", "Teams", "ChatGPT", "Exact Online", "Moneybird", "SnelStart", "Outlook", "SharePoint",
            "Shopify", "WooCommerce", "Mollie", "Zoom", "Google Drive", "Dropbox", "AFAS", "Nmbrs", "Jortt",
            "Trello", "HubSpot", "Word", "PowerPoint", "OneDrive", "Copilot", "Slack", "Asana", "Bitwarden"]
ROLES = ["Accountmanager", "Office manager", "Projectleider", "Eigenaar", "Binnendienst", "Planner", "Directeur",
         "HR-adviseur", "Boekhouder", "Medewerker klantenservice", "Werkvoorbereider", "Teamleider"]


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rstr(r, n, alphabet=string.ascii_letters + string.digits):
    return "".join(r.choice(alphabet) for _ in range(n))


URLSAFE = string.ascii_letters + string.digits + "_-"


def api_key(r, kind=None):
    kind = kind or r.choice(["openai", "anthropic", "aws", "github", "google", "stripe", "slack", "jwt", "mollie"])
    if kind == "openai":
        return kind, "sk-proj-" + rstr(r, 40, URLSAFE) + "T3BlbkFJ" + rstr(r, 40, URLSAFE)
    if kind == "anthropic":
        return kind, "sk-ant-api03-" + rstr(r, 93, URLSAFE) + "AA"
    if kind == "aws":
        return kind, "AKIA" + rstr(r, 16, string.ascii_uppercase + "234567")
    if kind == "github":
        return kind, "ghp_" + rstr(r, 36)
    if kind == "google":
        return kind, "AIza" + rstr(r, 35, URLSAFE)
    if kind == "stripe":
        return kind, "sk_live_" + rstr(r, r.choice([24, 32, 99]))
    if kind == "slack":
        return kind, f"xoxb-{_digits(r, 12)}-{_digits(r, 13)}-{rstr(r, 24)}"
    if kind == "mollie":
        return kind, "live_" + rstr(r, 30)
    # jwt
    head = b64u(b'{"alg":"HS256","typ":"JWT"}')
    payload = json.dumps({"sub": str(r.randint(1000, 99999)), "role": r.choice(["admin", "api", "service"]),
                          "iat": r.randint(1700000000, 1750000000)}, separators=(",", ":")).encode()
    return kind, f"{head}.{b64u(payload)}.{rstr(r, 43, URLSAFE)}"


PW_WORDS = ["Zomer", "Winter", "Lente", "Herfst", "Welkom", "Fietsbel", "Tulpen", "Appeltaart", "Kaasschaaf",
            "Molen", "Dijkgraaf", "Stroopwafel", "Regenboog", "Kroket", "Haring", "Klompen", "Polder", "Zeilboot",
            "Drop", "Hagelslag", "Koffie", "Vuurtoren"]


def password(r):
    k = r.choice(["wordyear", "wordyear", "two", "random", "leet", "wordnum"])
    if k == "wordyear":
        return f"{r.choice(PW_WORDS)}{r.choice(['2023', '2024', '2025'])}{r.choice(['!', '#', '?', '$', ''])}"
    if k == "two":
        return f"{r.choice(PW_WORDS)}{r.choice(['&', '-', '_', '+'])}{r.choice(PW_WORDS).lower()}{r.randint(1, 99)}"
    if k == "random":
        return rstr(r, r.randint(10, 16), string.ascii_letters + string.digits + "!#$%&*?@")
    if k == "leet":
        w = r.choice(["Tr0mp3t", "P4ard3n", "Vl1nd3r", "Sch1lp", "B3rgwand", "K0nijn"])
        return f"{w}{r.choice(['!x', '#9', '?2', '!!'])}"
    return f"{r.choice(PW_WORDS)}{r.randint(10, 999)}"


# ---------------------------------------------------------------------------
# Record builder
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self, r):
        self.r = r
        self.mask = []
        self.keep = []
        self.block = []

    def m(self, label, value):
        self.mask.append((label, value))
        return value

    def k(self, value):
        self.keep.append(value)
        return value

    def b(self, cat):
        if cat not in self.block:
            self.block.append(cat)

    # people ---------------------------------------------------------------
    def full(self, p):
        return self.m("PERSOON", p.full)

    def first(self, p):
        return self.m("PERSOON", p.first)

    def formal(self, p, title=None, lower_title=True):
        """title + capitalised surname, e.g. 'dhr. Van Dijk'."""
        t = title or p.title(self.r)
        return f"{t} {self.m('PERSOON', p.surname_cap)}"

    def formal_full(self, p, title=None):
        t = title or p.title(self.r)
        return f"{t} {self.m('PERSOON', p.full)}"

    def ini(self, p, title=None):
        t = title if title is not None else (p.title(self.r) + " " if self.r.random() < 0.6 else "")
        return f"{t}{self.m('PERSOON', p.initials_name)}"

    def any_name(self, p):
        k = self.r.choices(["full", "ini", "formal_full", "formal"], weights=[60, 15, 15, 10])[0]
        return {"full": lambda: self.full(p), "ini": lambda: self.ini(p), "formal_full": lambda: self.formal_full(p),
                "formal": lambda: self.formal(p)}[k]()

    def poss(self, p):
        """possessive of first name: Fatima's / Sanne's"""
        return self.m("PERSOON", p.first) + "'s"

    # structured -----------------------------------------------------------
    def email(self, p, domain=None):
        return self.m("EMAIL", p.email(self.r, domain))

    def tel(self, kind=None):
        return self.m("TELEFOON", phone(self.r, kind))

    def iban(self, country="NL", spaced=None):
        return self.m("IBAN", iban(self.r, country, spaced))

    def bsn(self, fmt=None):
        self.b("BSN")
        return self.m("BSN", bsn(self.r, fmt))

    def pc(self, spaced=None):
        return self.m("POSTCODE", postcode(self.r, spaced))

    def adres(self):
        return self.m("ADRES", street_addr(self.r))

    def plate(self):
        return self.m("KENTEKEN", plate(self.r))

    def dob(self):
        v = dob(self.r)
        self.m("GEBOORTEDATUM", v)
        return dob_phrase(self.r, v)

    def dob_raw(self):
        return self.m("GEBOORTEDATUM", dob(self.r))

    def key(self, kind=None):
        self.b("API_KEY")
        return self.m("API_SLEUTEL", api_key(self.r, kind)[1])

    def pw(self):
        self.b("PASSWORD")
        return self.m("WACHTWOORD", password(self.r))

    def addr_block(self, sep="\n"):
        """street + number / postcode + city; city neither masked nor kept"""
        return f"{self.adres()}{sep}{self.pc()} {self.r.choice(PLACES)}"

    # keep -----------------------------------------------------------------
    def amt(self, lo=15, hi=4000):
        return self.k(amount(self.r, lo, hi))

    def date(self, **kw):
        return self.k(meeting_date(self.r, **kw))

    def kp(self, v):
        return self.k(v)


# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------
def pick(r, *options):
    """choose one option lazily (options are callables) so only the chosen text registers labels"""
    return r.choice(options)()


def sig(d, p, company=None, phone_=True, email_domain=None, role=True, formal=False):
    r = d.r
    if formal:
        g = r.choice(["Met vriendelijke groet,", "Met vriendelijke groeten,", "Hoogachtend,", "Met hartelijke groet,"])
    else:
        g = r.choice(["Met vriendelijke groet,", "Met vriendelijke groet,", "Vriendelijke groeten,", "Hartelijke groet,",
                      "Mvg,", "Groet,", "Groetjes,", "Met hartelijke groet,"])
    lines = [g, d.full(p)]
    if role:
        lines.append(r.choice(ROLES))
    if company:
        lines.append(company)
    if phone_:
        lines.append(r.choice(["T: ", "Tel. ", "M: ", "Telefoon: ", "", "Mob. "]) + d.tel())
    if email_domain is not None or r.random() < 0.3:
        lines.append(r.choice(["E: ", "Mail: ", ""]) + d.email(p, email_domain))
    return "\n".join(lines)


def greet(d, p, formal=False):
    r = d.r
    if formal:
        t = "mevrouw" if p.gender == "f" else r.choice(["heer", "heer"])
        g = r.choice(["Geachte", "Geachte", "Beste"])
        if g == "Beste" and t == "heer":
            t = "meneer"
        return f"{g} {d.formal(p, t)},"
    return f"{r.choice(['Hoi', 'Hallo', 'Beste', 'Goedemorgen', 'Dag', 'Hey'])} {d.first(p)},"


# ---- non-blocked ----------------------------------------------------------
def n_mail_ziekmelding(d):
    r = d.r
    boss, sick, me = distinct_people(r, 3)
    comp = r.choice(COMPANIES)[0]
    when = d.date(with_time=False)
    zij = "Ze" if sick.gender == "f" else "Hij"
    body = pick(r,
        lambda: f"{d.first(sick)} heeft zich vanochtend ziek gemeld. {zij} verwacht {when} weer aanwezig te zijn.",
        lambda: f"{d.full(sick)} belde net: griep. De klus bij {d.formal(make_person(r))} moet dus verplaatst worden naar {when}.",
        lambda: f"Even ter info: {d.full(sick)} is sinds gisteren ziek (rugklachten). Kun jij {d.poss(sick)} afspraken overnemen tot {when}?",
    )
    extra = pick(r, lambda: "", lambda: f"\n\n{d.kp('Graag')} even doorgeven in de planning in {d.kp(r.choice(['Excel', 'Teams', 'Trello', 'AFAS']))}.",
                 lambda: f"\n{'Haar' if sick.gender == 'f' else 'Zijn'} nummer voor dringende vragen: {d.tel('mob')}.")
    return f"{greet(d, boss)}\n\n{body}{extra}\n\n{sig(d, me, comp, phone_=r.random() < .5)}"


def n_mail_offerte(d):
    r = d.r
    cust, me = distinct_people(r, 2)
    comp, dom = r.choice(COMPANIES)
    off = d.kp(f"{r.choice(['OF', 'OFF', 'Q'])}-{r.randint(24, 25)}-{r.randint(100, 999)}")
    a = d.amt(400, 15000)
    return (f"{greet(d, cust, formal=r.random() < .6)}\n\n"
            f"Op {d.date(with_time=False)} stuurde ik u offerte {off} voor {r.choice(['het schilderwerk', 'de nieuwe cv-ketel', 'de verbouwing van de keuken', 'het onderhoudscontract', 'de aanleg van de tuin'])} "
            f"ter waarde van {a} (excl. {d.kp('21%')} btw). Heeft u al een beslissing kunnen nemen? "
            f"{d.kp('Bij')} akkoord kunnen we {r.choice(['in week 23', 'na de bouwvak', 'binnen drie weken'])} starten.\n\n"
            f"{sig(d, me, comp, email_domain=dom)}")


def n_mail_forward(d):
    r = d.r
    a, b, me = distinct_people(r, 3)
    comp, dom = r.choice(COMPANIES)
    dtxt = d.kp(meeting_date(r, with_time=False, with_year=True))
    subj = r.choice(["Vraag over factuur", "Klacht levering", "Verhuizing", "Offerteaanvraag dakkapel", "Re: planning"])
    inv = d.kp(invoice_no(r))
    info = d.m("EMAIL", f"info@{dom}")
    return (f"Hoi {d.first(me)}, kun jij dit oppakken?\n\n"
            f"---------- Doorgestuurd bericht ----------\n"
            f"Van: {d.full(a)} <{d.email(a)}>\n"
            f"Datum: {dtxt} {clock(r)}\n"
            f"Aan: {info}\n"
            f"Onderwerp: {subj}\n\n"
            f"Goedendag,\n\nIk heb een vraag over factuur {inv}. Het bedrag van {d.amt()} klopt volgens mij niet. "
            f"U kunt mij bellen op {d.tel()}.\n\nGroet,\n{d.full(a)}")


def n_mail_adreswijziging(d):
    r = d.r
    c = make_person(r)
    nr = d.kp(f"{r.randint(10000, 99999)}")
    return pick(r,
        lambda: (f"Beste klantenservice,\n\nPer {d.date(with_time=False)} ben ik verhuisd. Mijn nieuwe adres is {d.adres()}, {d.pc()} {r.choice(PLACES)}. "
         f"Mijn klantnummer is {nr}. Wilt u dit aanpassen?\n\nMet vriendelijke groet,\n{d.any_name(c)}"),
        lambda: (f"Goedemiddag,\n\nWilt u mijn adres wijzigen? Oud: {d.adres()}. Nieuw: {d.adres()}\n{d.pc()} {r.choice(PLACES)}\n"
         f"Klantnummer {nr}, telefoon {d.tel()}.\n\nBedankt!\n{d.full(c)}"),
    )


def n_mail_ibanwijziging(d):
    r = d.r
    sup, me = distinct_people(r, 2)
    supc = r.choice(["Houthandel Noord", "Groothandel Kantoorpapier", "Transportbedrijf Dijkzicht", "Drukwerk Direct"])
    return (f"Beste {d.first(me)},\n\nVanaf {d.date(with_time=False)} hebben wij een nieuw rekeningnummer: {d.iban()} t.n.v. {d.kp(supc)}. "
            f"Wilt u openstaande facturen, waaronder {d.kp(invoice_no(r))} van {d.amt()}, daarop voldoen?\n\n"
            f"{sig(d, sup, supc)}")


def n_mail_afspraak(d):
    r = d.r
    a, b = distinct_people(r, 2)
    place = d.kp(r.choice(PLACES))
    return pick(r,
        lambda: (f"{greet(d, a)}\n\nZullen we {d.date(with_time=True)} afspreken op ons kantoor in {place}? "
         f"{d.kp('Anders')} kan het ook via {d.kp(r.choice(['Teams', 'Zoom', 'Google Meet']))}. Laat maar weten wat je voorkeur heeft.\n\nGroet,\n{d.first(b)}"),
        lambda: (f"Hallo {d.formal(a)},\n\nBedankt voor uw telefoontje. Hierbij bevestig ik de afspraak op {d.date(with_time=True)} "
         f"bij u thuis op {d.adres()} in {place}. Mocht het niet uitkomen, bel dan {d.tel('land')}.\n\n{sig(d, b, phone_=False)}"),
    )


def n_mail_replychain(d):
    r = d.r
    a, b = distinct_people(r, 2)
    dd = rand_date(r)
    hdr = d.kp(f"{r.choice(['ma', 'di', 'wo', 'do', 'vr'])} {dd.day} {MONTHS[dd.month - 1]} {dd.year} om {clock(r)}")
    return (f"Dank je, dan zet ik het zo door naar de boekhouding.\n\n{d.first(b)}\n\n"
            f"Op {hdr} schreef {d.full(a)} <{d.email(a)}>:\n"
            f"> Hoi {d.first(b)},\n> de pakbon van bestelling {d.kp(order_no(r))} ontbrak. Totaal was {d.amt()}.\n> Groet, {d.first(a)}")


def n_mail_nieuwe_collega(d):
    r = d.r
    new, me = distinct_people(r, 2)
    comp = r.choice(COMPANIES)[0]
    start = d.date(with_time=False)
    return (f"Hallo allemaal,\n\nMet ingang van {start} komt {d.full(new)} ons team versterken als {r.choice(['planner', 'monteur', 'administratief medewerker', 'accountmanager', 'werkvoorbereider', 'stagiair'])}. "
            f"{d.first(new)} komt bij {d.kp(r.choice(['Coolblue', 'de gemeente', 'een accountantskantoor', 'Albert Heijn']))} vandaan en woont in {d.kp(r.choice(PLACES))}. "
            f"{d.kp('Heet')} {'haar' if new.gender == 'f' else 'hem'} welkom!\n\n{sig(d, me, comp, phone_=False)}")


def n_mail_afwezig(d):
    r = d.r
    me, alt = distinct_people(r, 2)
    dom = r.choice(COMPANIES)[1]
    return (f"Automatisch antwoord: {r.choice(['Afwezig', 'Out of office', 'Vakantie'])}\n\n"
            f"Bedankt voor uw bericht. Ik ben afwezig tot en met {d.date(with_time=False)} en lees mijn mail niet. "
            f"Voor dringende zaken kunt u contact opnemen met mijn collega {d.full(alt)} via {d.email(alt, dom)} of {d.tel()}.\n\n"
            f"{d.full(me)}")


def n_mail_herinnering(d):
    r = d.r
    c, me = distinct_people(r, 2)
    comp, dom = r.choice(COMPANIES)
    inv = d.kp(invoice_no(r))
    return (f"{d.kp('Betreft')}: betalingsherinnering factuur {inv}\n\n{greet(d, c, formal=True)}\n\n"
            f"Volgens onze administratie staat factuur {inv} van {d.kp(numdate(r))} ter hoogte van {d.amt()} nog open. "
            f"Wij verzoeken u het bedrag binnen {d.kp('14 dagen')} over te maken op {d.iban()} t.n.v. {d.kp(comp)}, "
            f"onder vermelding van het factuurnummer.\n\n{sig(d, me, comp, formal=True)}")


def n_chat_team(d):
    r = d.r
    ppl = distinct_people(r, 3)
    t = [clock(r) for _ in range(4)]
    t.sort()
    d.kp(t[0])
    cust = make_person(r)
    lines = [
        f"[{t[0]}] {d.first(ppl[0])}: {r.choice(['Goedemorgen!', 'Morgen allemaal', 'Hoi'])} wie kan vandaag naar {d.formal(cust)}?",
        f"[{t[1]}] {d.first(ppl[1])}: ik kan na de lunch, adres is {d.adres()} toch?",
        f"[{t[2]}] {d.first(ppl[0])}: klopt. {r.choice(['Haar nummer' if cust.gender == 'f' else 'Zijn nummer', 'Nummer'])} is {d.tel('mob')}",
        f"[{t[3]}] {d.first(ppl[2])}: " + pick(r, lambda: 'top 👍', lambda: 'ok, ik neem de offerte van ' + d.amt() + ' mee', lambda: 'dan doe ik de ochtendklus'),
    ]
    return "\n".join(lines)


def n_chat_klant(d):
    r = d.r
    c = make_person(r)
    me = make_person(r)
    t1, t2 = sorted([clock(r), clock(r)])
    return (f"[{t1}] {d.full(c)}: Hallo, mijn pakket is nog niet bezorgd. Bestelnummer {d.kp(order_no(r))}\n"
            f"[{t2}] {d.first(me)} ({d.kp(r.choice(SHOPS)[0])}): Vervelend! Klopt het adres {d.adres()}, {d.pc()}?\n"
            f"[{t2}] {d.first(c)}: Ja dat klopt, bel anders even op {d.tel()}")


def n_chat_garage(d):
    r = d.r
    a, b = distinct_people(r, 2, origin=None)
    c = make_person(r)
    p1, p2 = d.plate(), d.plate()
    t = sorted(clock(r) for _ in range(3))
    return (f"[{t[0]}] {d.first(a)}: de {d.kp(r.choice(['Golf', 'Polo', 'Corsa', 'Clio', 'Yaris', 'Octavia', 'Transit']))} met kenteken {p1} staat klaar voor APK\n"
            f"[{t[1]}] {d.first(b)}: top. En de bus {p2} van {d.any_name(c)}? Remmen waren op\n"
            f"[{t[2]}] {d.first(a)}: onderdelen komen {d.date(with_time=False)}, kosten ca. {d.amt(80, 900)}")


def n_chat_lowercase(d):
    r = d.r
    a, b, c = distinct_people(r, 3, origin="nl")
    lc = c.first.lower()
    d.m("PERSOON", lc)
    t = sorted(clock(r) for _ in range(3))
    return (f"[{t[0]}] {d.first(a)}: heb je {lc} al gebeld over de factuur?\n"
            f"[{t[1]}] {d.first(b)}: nee nog niet, {lc} neemt niet op. ik probeer het {d.kp(r.choice(['morgen', 'vanmiddag']))} nog een keer\n"
            f"[{t[2]}] {d.first(a)}: ok, het ging om {d.amt()}")


def n_notulen(d):
    r = d.r
    ppl = distinct_people(r, r.randint(3, 5))
    absent = make_person(r)
    date = d.date(with_time=False, with_year=r.random() < .5)
    names = ", ".join(d.first(p) if r.random() < .5 else d.full(p) for p in ppl)
    acts = [f"- {d.first(ppl[0])}: offerte {d.kp(r.choice(PRODUCTS))}-licenties opvragen (budget {d.amt(200, 3000)})",
            f"- {d.first(ppl[1])}: klant {d.any_name(make_person(r))} terugbellen over levering",
            f"- {d.first(ppl[2])}: planning {d.kp(r.choice(['Q3', 'Q4', 'het najaar', 'de zomer']))} rondsturen"]
    r.shuffle(acts)
    return (f"{d.kp('Notulen')} {r.choice(['teamoverleg', 'werkoverleg', 'MT-overleg', 'weekstart'])} {date}\n"
            f"Aanwezig: {names}\nAfwezig: {d.full(absent)} ({r.choice(['ziek', 'vakantie', 'cursus'])})\n\n"
            f"Actiepunten:\n" + "\n".join(acts) + f"\n\nVolgende overleg: {d.date(with_time=True)}.")


def n_notulen_budget(d):
    r = d.r
    comp = d.kp(r.choice(COMPANIES)[0])
    date = d.date(with_time=True)
    return (f"{d.kp('Kwartaaloverleg')} {comp}, {date}\n\n"
            f"1. Omzet Q{r.randint(1, 4)} steeg met {d.kp(pct(r))} naar {d.amt(50000, 900000)}.\n"
            f"2. {d.kp('Marketing')}: budget voor {d.kp(r.choice(['LinkedIn', 'Google Ads', 'Instagram']))} verhoogd naar {d.amt(500, 5000)} per maand.\n"
            f"3. {d.kp('Software')}: overstap van {d.kp(r.choice(['SnelStart', 'Excel', 'Twinfield']))} naar {d.kp(r.choice(['Exact Online', 'Moneybird', 'Jortt']))} per {d.kp(r.choice(MONTHS))}.\n"
            f"4. Rondvraag: {d.kp('geen')} punten.")


def n_factuur(d):
    r = d.r
    c = make_person(r)
    comp, dom = r.choice(COMPANIES)
    inv = d.kp(invoice_no(r))
    lines = []
    for item in r.sample(["Arbeidsloon", "Materiaal", "Voorrijkosten", "Schilderwerk kozijnen", "Advieskosten",
                          "Onderhoud cv-ketel", "Snoeiwerk", "Drukwerk flyers"], 3):
        lines.append(f"{d.kp(item)}  {d.amt(20, 1200)}")
    return (f"FACTUUR\n{d.kp(comp)}\nKvK {d.kp(kvk(r))} | btw {d.kp(btw_id(r))}\n\n"
            f"Aan: {d.any_name(c)}\n{d.addr_block()}\n\n"
            f"Factuurnummer: {inv}\nFactuurdatum: {d.kp(numdate(r))}\n\n" + "\n".join(lines) +
            f"\nTotaal incl. btw: {d.amt(100, 5000)}\n\nGraag binnen 30 dagen overmaken op {d.iban()} o.v.v. {inv}.")


def n_offerte(d):
    r = d.r
    c, me = distinct_people(r, 2)
    comp, dom = r.choice(COMPANIES)
    return (f"OFFERTE {d.kp(r.choice(['OF', 'Q'])+str(r.randint(2024, 2025))+'-'+str(r.randint(10, 99)))}\n"
            f"Datum: {d.kp(numdate(r))}\nGeldig tot: {d.date(with_time=False)}\n\n"
            f"Voor: {d.any_name(c)}, {d.adres()}, {d.pc()} {r.choice(PLACES)}\n\n"
            f"Werkzaamheden: {r.choice(['vervangen dakgoot', 'plaatsen warmtepomp', 'stucwerk woonkamer', 'bestrating oprit'])}\n"
            f"Prijs: {d.amt(500, 20000)} excl. btw ({d.kp('21%')})\nAanbetaling: {d.kp(pct(r))}\n\n"
            f"Vragen? Bel {d.full(me)} op {d.tel()}.\n\n{d.kp(comp)}")


def n_creditnota(d):
    r = d.r
    c = make_person(r)
    return (f"CREDITNOTA {d.kp('CN-' + str(r.randint(1000, 9999)))}\nBetreft factuur {d.kp(invoice_no(r))}\n"
            f"Klant: {d.any_name(c)} ({d.email(c)})\n"
            f"Reden: {r.choice(['retour beschadigd artikel', 'dubbel gefactureerd', 'korting na klacht'])}\n"
            f"Bedrag: -{d.amt()}\nWordt binnen 5 werkdagen teruggestort op {d.iban()}.")


def n_hr_verzuim(d):
    r = d.r
    emp, hr = distinct_people(r, 2)
    return (f"Verzuimnotitie – vertrouwelijk\n\nMedewerker: {d.full(emp)}, {d.dob()}\n"
            f"Ziek gemeld: {d.date(with_time=False)}\n"
            f"Klachten: {r.choice(['overspannenheid', 'knieblessure na sporten', 'migraine', 'rugklachten'])}. "
            f"Contact met bedrijfsarts {d.formal(make_person(r), 'dr.')} gepland op {d.date(with_time=True)}.\n"
            f"{d.kp('Afspraak')}: {d.first(emp)} belt elke {d.kp(r.choice(['maandag', 'vrijdag']))} even met {d.first(hr)}.")


def n_hr_beoordeling(d):
    r = d.r
    emp, mgr = distinct_people(r, 2)
    return (f"Beoordelingsgesprek {d.full(emp)} – {d.date(with_time=False, with_year=True)}\n"
            f"Leidinggevende: {d.ini(mgr, '')}\n\n"
            f"Sterk: klantcontact, zelfstandig. {d.kp('Verbeterpunt')}: administratie in {d.kp(r.choice(['AFAS', 'Excel', 'Exact Online']))} bijhouden.\n"
            f"{d.poss(emp) if r.random()<.5 else d.first(emp)} beoordeling: {r.choice(['goed', 'zeer goed', 'voldoende'])}. "
            f"Voorstel: periodiek van {d.kp(pct(r))} per {d.kp('1 januari')}.")


def n_hr_loonstrook_vraag(d):
    r = d.r
    a, b = distinct_people(r, 2)
    return pick(r,
        lambda: f"{greet(d, a)}\n\nWanneer komt de loonstrook van {d.kp(r.choice(MONTHS))} eigenlijk? Ik zie hem nog niet in {d.kp(r.choice(['Nmbrs', 'Loket', 'AFAS Pocket', 'Youforce']))}.\n\nGroetjes,\n{d.first(b)}",
        lambda: f"[{d.kp(clock(r))}] {d.first(a)}: weet iemand of de loonstroken al verstuurd zijn?\n[{clock(r)}] {d.first(b)}: {d.kp('Morgen')} pas volgens mij",
        lambda: f"Hoi {d.first(a)}, ik heb mijn jaaropgave en loonstrook nodig voor de hypotheekaanvraag. Kun je die {d.date(with_time=False)} klaarzetten? Dank! {d.first(b)}",
    )


def n_hr_contract_concept(d):
    r = d.r
    a, b = distinct_people(r, 2)
    return (f"{greet(d, a)}\n\nIn de bijlage het concept-arbeidscontract voor {d.full(b)}. Het is nog niet getekend; "
            f"kun je vóór {d.date(with_time=False)} kijken of het salaris ({d.amt(2500, 5000)} bruto per maand) en de proeftijd kloppen? "
            f"{d.kp('Daarna')} sturen we het via {d.kp(r.choice(['DocuSign', 'SignRequest', 'Zivver']))} ter ondertekening.\n\nGroet,\n{d.first(make_person(r))}")


def n_ticket_login(d):
    r = d.r
    c, agent = distinct_people(r, 2)
    tk = d.kp(f"#{r.randint(10000, 99999)}")
    return (f"Ticket {tk} – {d.kp('Prioriteit')}: normaal\nKlant: {d.full(c)} ({d.email(c)}, {d.tel()})\n\n"
            f"{r.choice(['Klant is haar wachtwoord vergeten en ontvangt geen resetmail.', 'Klant kan niet inloggen, wachtwoord resetten lukt niet.', 'Ik ben mijn wachtwoord vergeten, kunnen jullie helpen?'])} "
            f"{d.kp('Opgelost')}: resetlink opnieuw verstuurd via {d.kp(r.choice(['Zendesk', 'Freshdesk', 'HubSpot']))}.\n— {d.first(agent)}")


def n_ticket_api_nokey(d):
    r = d.r
    dev = make_person(r)
    return (f"Ticket {d.kp('#' + str(r.randint(10000, 99999)))}: koppeling met {d.kp(r.choice(['Mollie', 'Exact Online', 'Shopify', 'Stripe']))} geeft foutcode 401.\n"
            f"Waarschijnlijk is de API-sleutel verlopen. Zet de nieuwe sleutel in de .env als MOLLIE_API_KEY=<jouw sleutel> en herstart de service. "
            f"Deel de sleutel nooit via mail of chat. — {d.any_name(dev)}")


def n_klacht_bezorging(d):
    r = d.r
    c = make_person(r)
    shop = r.choice(SHOPS)[0]
    return (f"Geachte heer/mevrouw,\n\nOp {d.date(with_time=False)} heb ik bij {d.kp(shop)} bestelling {d.kp(order_no(r))} geplaatst "
            f"({d.amt()}). Volgens {d.kp(r.choice(['PostNL', 'DHL', 'DPD']))} is het pakket bezorgd, maar op {d.adres()} is niets aangekomen. "
            f"{r.choice(['Ik wil mijn geld terug.', 'Graag een oplossing.', 'Dit is al de tweede keer!'])}\n\n"
            f"{d.full(c)}\n{d.tel()}")


def n_klacht_telefonisch(d):
    r = d.r
    c, me = distinct_people(r, 2)
    return (f"Telefonische klacht {d.kp(meeting_date(r, with_time=True))}\n"
            f"Beller: {d.any_name(c)}, tel. {d.tel()}\n"
            f"Klacht: monteur kwam niet opdagen, klant heeft vrij genomen. Wil compensatie ({d.amt(25, 150)}).\n"
            f"Afgehandeld door: {d.first(me)}. {d.kp('Terugbellen')} vóór {d.kp(r.choice(WEEKDAYS[:5]))}.")


def n_boekhouder(d):
    r = d.r
    client = make_person(r)
    bv = r.choice(["Bakkerij Zuidkant B.V.", "Tuincentrum Hofzicht B.V.", "Loodgieter Snel B.V.", "Kaashandel Graanstad B.V."])
    return (f"Notitie boekhouding {d.kp(r.choice(MONTHS))}:\n"
            f"- Klant {d.kp(bv)} (KvK {d.kp(kvk(r))}) heeft factuur {d.kp(invoice_no(r))} van {d.amt()} dubbel betaald. "
            f"Terugboeken naar {d.iban()}.\n"
            f"- Contactpersoon: {d.any_name(client)}, {d.email(client)}.\n"
            f"- Btw-aangifte Q{r.randint(1, 4)} indienen vóór {d.date(with_time=False)}; te betalen {d.amt(500, 9000)}.")


def n_boekhouder_btw(d):
    r = d.r
    return (f"{d.kp('Overzicht')} btw Q{r.randint(1, 4)} {r.randint(2024, 2025)}\n"
            f"Omzet hoog tarief: {d.amt(10000, 90000)}\nBtw {d.kp('21%')}: {d.amt(2000, 19000)}\n"
            f"Voorbelasting: {d.amt(500, 6000)}\nTe betalen: {d.amt(1000, 13000)}\n"
            f"Geboekt in {d.kp(r.choice(['Exact Online', 'Moneybird', 'SnelStart', 'e-Boekhouden']))}, "
            f"deadline {d.date(with_time=False)}. Kenmerk {d.kp(str(r.randint(1000, 9999)) + '.' + str(r.randint(100, 999)) + '.' + str(r.randint(10, 99)) + '.B.' + str(r.randint(10, 99)))}.")


def n_makelaar_bezichtiging(d):
    r = d.r
    buyer, me = distinct_people(r, 2)
    comp = r.choice(MAKELAARS)
    price = d.kp(r.choice([f"€ {nl_money(r.randint(25, 95) * 10000, False)} k.k.", f"€ {nl_money(r.randint(25, 95) * 10000, False)},- k.k."]))
    return (f"Bezichtiging {d.date(with_time=True)}\nObject: {d.adres()}, {d.pc()} {d.kp(r.choice(PLACES))} – vraagprijs {price}\n"
            f"Geïnteresseerde: {d.any_name(buyer)}, {d.tel()}, {d.email(buyer)}\n"
            f"Opmerking: {r.choice(['eerste bezichtiging, financiering nog niet rond', 'wil graag tweede bezichtiging', 'heeft eigen huis nog te koop'])}.\n— {d.first(me)}, {d.kp(comp[0])}")


def n_makelaar_waarde(d):
    r = d.r
    c, me = distinct_people(r, 2)
    comp, dom = r.choice(MAKELAARS)
    return (f"{greet(d, c, formal=True)}\n\nHartelijk dank voor uw aanvraag voor een waardebepaling van uw woning aan de {d.adres()}. "
            f"Onze taxateur komt {d.date(with_time=True)}. De kosten bedragen {d.amt(250, 700)} incl. btw.\n\n{sig(d, me, comp, email_domain=dom, formal=True)}")


def n_fysio_intake(d):
    r = d.r
    pt, th = distinct_people(r, 2)
    return (f"Intake {d.kp(r.choice(FYSIO)[0])}\nPatiënt: {d.any_name(pt)}, {d.dob()}\n"
            f"Adres: {d.addr_block(', ')}\nTel: {d.tel()}\n"
            f"Klacht: {r.choice(['schouderpijn rechts sinds 3 weken', 'lage rugpijn', 'enkelverstuiking na voetbal', 'nekklachten bij beeldschermwerk'])}. "
            f"Verwezen door huisarts {d.formal(make_person(r), 'dr.')}.\n"
            f"Behandelplan: {r.randint(6, 12)} sessies, eigen bijdrage {d.amt(30, 60)} per sessie.\nTherapeut: {d.full(th)}")


def n_fysio_sms(d):
    r = d.r
    pt, th = distinct_people(r, 2)
    comp = r.choice(FYSIO)[0]
    return (f"Beste {d.first(pt) if r.random()<.5 else d.formal(pt)}, herinnering: uw afspraak bij {d.kp(comp)} is {d.date(with_time=True)} "
            f"bij {d.first(th)}. Verhinderd? Afmelden minimaal 24 uur van tevoren via {d.tel('land')}, anders rekenen wij {d.amt(25, 45)}.")


def n_garage_werkorder(d):
    r = d.r
    c, mech = distinct_people(r, 2)
    comp = r.choice(GARAGES)[0]
    return (f"{d.kp(comp)} – Werkorder {d.kp(str(r.randint(2024, 2025)) + '-' + str(r.randint(100, 999)))}\n"
            f"Kenteken: {d.plate()}\nMerk/type: {d.kp(r.choice(['Volkswagen Golf', 'Toyota Yaris', 'Opel Astra', 'Peugeot 208', 'Kia Niro', 'Ford Transit']))}\n"
            f"Klant: {d.any_name(c)}, {d.tel()}\n"
            f"Werkzaamheden: APK + kleine beurt, remblokken voor vervangen\nPrijsopgave: {d.amt(150, 900)}\nMonteur: {d.first(mech)}")


def n_garage_apk(d):
    r = d.r
    c = make_person(r)
    comp, dom = r.choice(GARAGES)
    return (f"{d.formal_full(c, c.title(r, True).capitalize())}\n{d.addr_block()}\n\n"
            f"Geachte {d.formal(c, 'mevrouw' if c.gender == 'f' else 'heer')},\n\nDe APK van uw auto met kenteken {d.plate()} verloopt op {d.kp(numdate(r))}. "
            f"Maak vóór die datum een afspraak via {d.tel('land')} of online. APK-keuring nu voor {d.amt(30, 60)}.\n\n"
            f"Met vriendelijke groet,\n{d.kp(comp)}")


def n_webshop_bevestiging(d):
    r = d.r
    c = make_person(r)
    shop, dom = r.choice(SHOPS)
    return (f"Bedankt voor je bestelling, {d.first(c)}!\n\nBestelnummer: {d.kp(order_no(r))}\n"
            f"{d.kp(r.choice(['Theepot Fuji', 'Oude kaas 1 kg', 'Houten treinset', 'Kamerplant Monstera', 'Cadeaubon']))} – {d.amt(5, 150)}\n"
            f"Verzendkosten: {d.amt(3, 8)}\n\nBezorgadres:\n{d.full(c)}\n{d.addr_block()}\n\n"
            f"Je ontvangt een track & trace van {d.kp(r.choice(['PostNL', 'DHL', 'DPD']))} op {d.email(c)}.\n{d.kp(shop)}")


def n_webshop_retour(d):
    r = d.r
    c, me = distinct_people(r, 2)
    return (f"Retourmelding {d.kp('RMA-' + str(r.randint(10000, 99999)))}\nKlant: {d.any_name(c)}\n"
            f"Order {d.kp(order_no(r))}, artikel te groot. Terugbetaling van {d.amt(10, 200)} naar {d.iban()} "
            f"binnen {d.kp('14 dagen')}.\nOphaaladres: {d.adres()}, {d.pc()}\nBehandeld door {d.first(me)}.")


def n_webshop_label(d):
    r = d.r
    c = make_person(r)
    return (f"VERZENDLABEL – {d.kp(r.choice(['PostNL', 'DHL', 'DPD']))}\n"
            f"{d.any_name(c)}\n{d.adres()}\n{d.pc()}  {r.choice(PLACES).upper()}\n"
            f"Tel: {d.tel()}\nGewicht: {d.kp(str(r.randint(1, 20)) + ' kg')}  Ref: {d.kp(order_no(r))}")


def n_recruit_profiel(d):
    r = d.r
    cand, rec = distinct_people(r, 2)
    comp = r.choice(RECRUIT)[0]
    return (f"Kandidaatprofiel – {d.kp(comp)}\nNaam: {d.full(cand)}\n{d.dob().capitalize()}\n"
            f"Woonplaats: {d.kp(r.choice(PLACES))}\nTelefoon: {d.tel()}\nE-mail: {d.email(cand)}\n"
            f"Functie: {r.choice(['logistiek medewerker', 'administratief medewerker', 'monteur', 'verkoper'])}\n"
            f"Salarisindicatie: {d.amt(2300, 4200)} bruto per maand\nBeschikbaar per {d.date(with_time=False)}\nRecruiter: {d.first(rec)}")


def n_recruit_vacature(d):
    r = d.r
    rec = make_person(r)
    comp, dom = r.choice(RECRUIT)
    lo = r.randint(25, 35) * 100
    return (f"VACATURE: {r.choice(['Allround monteur', 'Office manager', 'Orderpicker', 'Boekhouder'])} ({d.kp('32-40 uur')})\n"
            f"Regio {d.kp(r.choice(PLACES))}. Salaris {d.kp(f'€ {nl_money(lo, False)}')} - {d.kp(f'€ {nl_money(lo + 800, False)}')} bruto per maand, "
            f"{d.kp('8%')} vakantiegeld. {d.kp('Interesse')}? Neem contact op met {d.full(rec)} van {d.kp(comp)}: {d.email(rec, dom)}.")


def n_brief_formeel(d):
    r = d.r
    c, me = distinct_people(r, 2)
    comp = r.choice(COMPANIES)[0]
    place = d.kp(r.choice(PLACES))
    return (f"{d.any_name(c)}\n{d.addr_block()}\n\n{place}, {d.kp(str(rand_date(r).day) + ' ' + r.choice(MONTHS) + ' 2025')}\n\n"
            f"Betreft: uw aanvraag\n\n{greet(d, c, formal=True)}\n\n"
            f"Naar aanleiding van ons gesprek ontvangt u hierbij de gevraagde informatie. "
            f"{d.kp('Wij')} hopen u hiermee voldoende te hebben geïnformeerd.\n\n{sig(d, me, comp, phone_=False, formal=True)}")


def n_voicemail(d):
    r = d.r
    c = make_person(r)
    return (f"Voicemail {d.kp(meeting_date(r, with_time=True))} van {d.tel()}:\n"
            f"\"Ja hallo, met {d.full(c)}. Ik bel over {r.choice(['de offerte', 'de lekkage', 'mijn bestelling', 'de factuur'])}. "
            f"Kunt u mij terugbellen op {d.tel('mob')}? Dank u wel.\"")


def n_telefoonnotitie(d):
    r = d.r
    c, me = distinct_people(r, 2)
    return (f"Terugbellen: {d.ini(c)}, {d.tel()}, over factuur {d.kp(invoice_no(r))} ({d.amt()}). "
            f"Belde {d.kp(r.choice(['vanochtend', 'gisteren', 'net']))}. — {d.first(me)}")


def n_bezorgroute(d):
    r = d.r
    ppl = distinct_people(r, 3)
    stops = [f"{i + 1}. {d.formal(p)} – {d.adres()}, {d.pc()} ({d.kp(r.choice(['2 dozen', 'pallet', '1 doos', 'koelvracht']))})"
             for i, p in enumerate(ppl)]
    return f"Route {d.date(with_time=False)}, chauffeur {d.first(make_person(r))}:\n" + "\n".join(stops)


def n_chatgpt(d):
    r = d.r
    c, me = distinct_people(r, 2)
    return (f"{d.kp('ChatGPT')}, kun je deze mail vriendelijker maken?\n\n"
            f"\"{greet(d, c)} je factuur van {d.amt()} is nu {d.kp(str(r.randint(2, 8)) + ' weken')} te laat. Als we niks horen gaat het naar incasso. {d.first(me)}\"")


def n_agenda(d):
    r = d.r
    a, b, c = distinct_people(r, 3)
    dom = r.choice(COMPANIES)[1]
    return (f"Uitnodiging: {r.choice(['Kwartaaloverleg', 'Evaluatie project', 'Kennismaking', 'Jaarplanning'])}\n"
            f"Wanneer: {d.date(with_time=True, with_year=True)}\nLocatie: {d.kp(r.choice(['Teams', 'Zoom', 'kantoor Utrecht', 'vergaderzaal 2']))}\n"
            f"Organisator: {d.full(a)}\nDeelnemers: {d.email(b, dom)}; {d.email(c)}\n"
            f"Agenda: cijfers, planning, rondvraag")


def n_generiek(d):
    r = d.r
    s = [
        lambda: f"{d.kp('Morgen')} om {d.kp(clock(r))} overleg over de nieuwe prijslijst in {d.kp('Excel')}. Omzet steeg met {d.kp(pct(r))}.",
        lambda: f"{d.kp('Vergeet')} niet de kassa-afrekening van {d.kp(r.choice(WEEKDAYS))} in te voeren in {d.kp(r.choice(['Exact Online', 'SnelStart']))}. Totaal {d.amt()}.",
        lambda: f"{d.kp('Herinnering')}: de {d.kp(r.choice(['BBQ', 'kerstborrel', 'teamuitje']))} is {d.date(with_time=True)} in {d.kp(r.choice(PLACES))}. Eigen bijdrage {d.amt(10, 40)}.",
        lambda: f"{d.kp('Nieuwe')} openingstijden per {d.kp('1 ' + r.choice(MONTHS))}: maandag tot en met vrijdag van 08:30 tot 17:00. Op zaterdag gesloten.",
        lambda: f"{d.kp('Levering')} van de {d.kp(r.choice(['tegels', 'kozijnen', 'dakpannen']))} is verschoven naar {d.date(with_time=False)}. Meerprijs {d.amt(50, 400)}.",
        lambda: f"{d.kp('Vanaf')} {d.kp(r.choice(MONTHS))} gaan we over op {d.kp(r.choice(['Teams', 'Slack', 'Microsoft 365', 'Google Workspace']))}. De licentie kost {d.amt(5, 25)} per gebruiker per maand.",
    ]
    return " ".join(f() for f in r.sample(s, r.randint(2, 3)))


def n_eigen_bedrijf(d):
    r = d.r
    comp, dom = r.choice(COMPANIES)
    return (f"{d.kp(comp)}\n{d.kp('Over')} ons: al {d.kp(str(r.randint(5, 60)) + ' jaar')} uw vakman in {d.kp(r.choice(PLACES))} en omgeving.\n"
            f"KvK: {d.kp(kvk(r))}\nBtw-nummer: {d.kp(btw_id(r))}\n"
            f"Voorrijkosten {d.amt(25, 60)}, uurtarief {d.amt(45, 95)} excl. btw. {d.kp('Betaling')} binnen 14 dagen.")


def n_schade(d):
    r = d.r
    a, b = distinct_people(r, 2)
    return (f"Schadeformulier – {d.kp(meeting_date(r, with_time=True))}\nLocatie: kruising bij {d.kp(r.choice(PLACES))}\n"
            f"Voertuig A: {d.plate()}, bestuurder {d.full(a)}, {d.tel()}\n"
            f"Voertuig B: {d.plate()}, bestuurder {d.full(b)}, {d.adres()}, {d.pc()}\n"
            f"Toedracht: B reed achteruit de parkeerplaats af. Geschatte schade {d.amt(300, 3000)}.")


def n_overdracht(d):
    r = d.r
    me, col = distinct_people(r, 2)
    c1, c2 = distinct_people(r, 2)
    return (f"Overdracht tijdens mijn vakantie\n\nHoi {d.first(col)},\n\n"
            f"- {d.full(c1)} wacht nog op de offerte van {d.amt(200, 3000)}; {'haar' if c1.gender == 'f' else 'zijn'} nummer is {d.tel()}.\n"
            f"- Bij {d.formal(c2)} ({d.adres()}) moet {d.date(with_time=True)} nog opgeleverd worden.\n"
            f"- {d.kp('Bestanden')} staan in {d.kp(r.choice(['SharePoint', 'Google Drive', 'Dropbox']))}.\n\nBedankt! {d.first(me)}")


def n_ww_beleid(d):
    r = d.r
    it = make_person(r)
    return pick(r,
        lambda: f"{d.kp('Beste')} collega's, vanaf {d.date(with_time=False)} moet je wachtwoord minimaal 12 tekens zijn. Gebruik {d.kp(r.choice(['Bitwarden', '1Password', 'Keeper']))} en deel nooit je wachtwoord via mail. Vragen? {d.full(it)}.",
        lambda: f"Ik ben mijn wachtwoord vergeten voor {d.kp(r.choice(PRODUCTS))}. Kun jij het resetten, {d.first(it)}?",
        lambda: f"Het wachtwoord van de gedeelde mailbox staat in de kluis van {d.kp(r.choice(['Bitwarden', '1Password']))}, niet in {d.kp('Teams')} zetten aub. — {d.first(it)}",
    )


def n_netto_vraag(d):
    r = d.r
    emp, hr = distinct_people(r, 2)
    return (f"{greet(d, hr)}\n\nMijn netto salaris was deze maand {d.amt(50, 400)} lager dan normaal. Komt dat door de eenmalige uitkering "
            f"of is er iets misgegaan? {d.kp('Alvast')} bedankt.\n\n{d.full(emp)}")


def n_team_klein(d):
    r = d.r
    ppl = distinct_people(r, 3)
    rows = [f"{d.full(p)} – {d.tel('mob')}" for p in ppl]
    return (f"Bereikbaarheidsdienst {d.kp(r.choice(['week 32', 'week 14', 'kerstperiode', 'bouwvak']))}:\n" + "\n".join(rows)
            + f"\n{d.kp('Storingen')} buiten kantoortijd: eerst de dienstdoende collega bellen.")


def n_buitenland(d):
    r = d.r
    a, me = distinct_people(r, 2)
    c = r.choice(["BE", "DE"])
    return (f"{greet(d, a)}\n\nDe factuur {d.kp(invoice_no(r))} van {d.amt(200, 8000)} is betaald naar jullie rekening {d.iban(c)}. "
            f"Voor vragen over de levering in {d.kp(r.choice(['Antwerpen', 'Gent', 'Keulen', 'Düsseldorf', 'Aken']))} kun je {d.first(me)} bellen op {d.tel(c.lower())}.\n\n"
            f"{sig(d, me, r.choice(COMPANIES)[0], phone_=False)}")


def n_order9(d):
    r = d.r
    c = make_person(r)
    return (f"{d.kp('Klant')} {d.any_name(c)} belde over ordernummer {d.kp(non_bsn9(r))}: levering kwam {d.kp(r.choice(['twee dagen', 'een week']))} te laat. "
            f"{d.kp('Coulance')}: {d.amt(10, 50)} korting op de volgende bestelling. Terugbellen op {d.tel()}.")


def n_signature_only(d):
    r = d.r
    a, me = distinct_people(r, 2)
    comp, dom = r.choice(COMPANIES)
    return (f"{greet(d, a)}\n\n{r.choice(['Bijgaand de tekening voor de nieuwe badkamer.', 'Bijgaand de planning voor volgende week.', 'Hierbij de foto’s van de oplevering.'])} "
            f"{d.kp('Laat')} maar weten als er vragen zijn.\n\n{sig(d, me, comp, email_domain=dom)}")


def n_dob_hr(d):
    r = d.r
    emp = make_person(r)
    return (f"{d.kp('Personeelsdossier')}: {d.full(emp)}, {d.dob()}, in dienst sinds {d.kp(numdate(r))}. "
            f"Woont op {d.adres()}, {d.pc()}. Noodcontact: {d.any_name(make_person(r))}, {d.tel()}.")


def n_whatsapp_export(d):
    r = d.r
    a, b = distinct_people(r, 2)
    day = rand_date(r)
    ds = day.strftime("%d-%m-%Y")
    t = sorted(clock(r) for _ in range(4))
    stamp = d.kp(f"{ds} {t[0]}")
    klant = make_person(r)
    return (f"{stamp} - {d.full(a)}: Zijn de {d.kp(r.choice(['tegels', 'kozijnen', 'planten', 'bureaustoelen']))} al besteld?\n"
            f"{ds} {t[1]} - {d.full(b)}: Ja, levering {d.date(with_time=False)}. Factuur was {d.amt()}\n"
            f"{ds} {t[2]} - {d.full(a)}: Top. {d.formal(klant)} belde nog, wil teruggebeld worden op {d.tel()}\n"
            f"{ds} {t[3]} - {d.full(b)}: <Media weggelaten>")


# ---- blocked ---------------------------------------------------------------
def b_loonstrook(d):
    r = d.r
    emp = make_person(r)
    comp = r.choice(COMPANIES)[0]
    d.b("SALARY_SLIP")
    bruto = r.uniform(2200, 6000)
    lh = bruto * r.uniform(0.1, 0.3)
    pens = bruto * 0.05
    netto = bruto - lh - pens
    withbsn = r.random() < .3
    return (f"Loonstrook {d.kp(r.choice(MONTHS) + ' ' + str(r.randint(2024, 2025)))}\n{d.kp(comp)}\n\n"
            f"Werknemer: {d.any_name(emp)}\nPersoneelsnummer: {d.kp(str(r.randint(100, 9999)))}\n"
            + (f"BSN: {d.bsn()}\n" if withbsn else "") +
            f"Bruto salaris          {d.k('€ ' + nl_money(bruto))}\n"
            f"Loonheffing            {d.k('€ ' + nl_money(lh))}\n"
            f"Pensioenpremie         {d.k('€ ' + nl_money(pens))}\n"
            f"Netto uit te betalen   {d.k('€ ' + nl_money(netto))}\n"
            f"Uitbetaald op {d.iban()}")


def b_salarisspec(d):
    r = d.r
    emp = make_person(r)
    d.b("SALARY_SLIP")
    bruto = r.uniform(1800, 5500)
    return (f"SALARISSPECIFICATIE periode {r.randint(1, 12)}/{r.randint(2024, 2025)}\n"
            f"Naam: {d.ini(emp, '')}\n{d.addr_block()}\n"
            f"{d.dob().capitalize()}\nUurloon {d.k('€ ' + nl_money(bruto / 160))} x 160 uur = {d.k('€ ' + nl_money(bruto))}\n"
            f"Loonheffing tabel: {d.k('€ ' + nl_money(bruto * .18))}  Heffingskorting: ja\n"
            f"Vakantietoeslag {d.kp('8%')} gereserveerd\nNetto: {d.k('€ ' + nl_money(bruto * .78))}")


def b_arbeidscontract(d):
    r = d.r
    emp, boss = distinct_people(r, 2)
    comp = r.choice(COMPANIES)[0]
    place = r.choice(PLACES)
    d.b("SIGNED_CONTRACT")
    withbsn = r.random() < .35
    return (f"ARBEIDSOVEREENKOMST\n\nPartijen: {d.kp(comp)}, vertegenwoordigd door {d.full(boss)}, en {d.full(emp)}, "
            f"wonende {d.adres()}, {d.pc()} {place}" + (f", BSN {d.bsn()}" if withbsn else "") + ".\n"
            f"Functie: {r.choice(ROLES).lower()}; salaris {d.amt(2400, 5200)} bruto per maand.\n\n"
            f"Aldus overeengekomen en ondertekend te {d.kp(place)} op {d.date(with_time=False, with_year=True)}.\n\n"
            f"{d.full(boss)}\t\t\t{d.full(emp)}\n(handtekening)\t\t\t(handtekening)")


def b_huurcontract(d):
    r = d.r
    ll, t = distinct_people(r, 2)
    d.b("SIGNED_CONTRACT")
    place = r.choice(PLACES)
    return (f"Huurovereenkomst bedrijfsruimte\n\nVerhuurder: {d.any_name(ll)}\nHuurder: {d.full(t)}, {d.kp(r.choice(COMPANIES)[0])}\n"
            f"Object: {d.adres()}, {d.pc()} {place}\nHuurprijs: {d.amt(600, 4000)} per maand, borg {d.amt(1000, 8000)}\n\n"
            f"Getekend voor akkoord op {d.date(with_time=False, with_year=True)}:\n\nVerhuurder: ______________  {d.full(ll)}\n"
            f"Huurder: ______________  {d.full(t)}")


def b_koopakte(d):
    r = d.r
    s, k, me = distinct_people(r, 3)
    d.b("SIGNED_CONTRACT")
    return (f"KOOPOVEREENKOMST WOONHUIS\nVerkoper: {d.full(s)}\nKoper: {d.full(k)}, {d.dob()}\n"
            f"Object: {d.adres()}, {d.pc()}\nKoopsom: {d.kp('€ ' + nl_money(r.randint(250, 900) * 1000, False) + ',-')} k.k.\n"
            f"Ontbindende voorwaarde financiering tot {d.date(with_time=False)}.\n\n"
            f"Aldus opgemaakt en in tweevoud ondertekend te {d.kp(r.choice(PLACES))}.\n"
            f"Handtekening verkoper: [getekend] {d.ini(s, '')}\nHandtekening koper: [getekend] {d.ini(k, '')}\n"
            f"Makelaar: {d.full(me)}, {d.kp(r.choice(MAKELAARS)[0])}")


def b_offerte_getekend(d):
    r = d.r
    c, me = distinct_people(r, 2)
    comp = r.choice(COMPANIES)[0]
    d.b("SIGNED_CONTRACT")
    return (f"Opdrachtbevestiging {d.kp('OB-' + str(r.randint(1000, 9999)))}\n{d.kp(comp)} voert uit: {r.choice(['renovatie badkamer', 'nieuwe dakbedekking', 'onderhoud tuin (jaarcontract)'])} "
            f"voor {d.amt(1500, 30000)} incl. btw.\nAdres uitvoering: {d.adres()}, {d.pc()}\n\n"
            f"Getekend voor akkoord,\n\nOpdrachtgever: {d.any_name(c)}\nDatum: {d.kp(numdate(r))}\nHandtekening: {r.choice(['[handtekening]', '(getekend)', '✍ ' + c.initials])}\n\n"
            f"Namens {comp}: {d.full(me)}")


def _rows(d, n, fields):
    r = d.r
    ppl = distinct_people(r, n)
    rows = []
    for p in ppl:
        vals = []
        for f in fields:
            if f == "naam":
                vals.append(d.full(p) if r.random() < .85 else d.ini(p, ''))
            elif f == "email":
                vals.append(d.email(p))
            elif f == "tel":
                vals.append(d.tel(r.choice(['mob', 'mob', 'land'])))
            elif f == "adres":
                vals.append(d.adres())
            elif f == "postcode":
                vals.append(d.pc())
            elif f == "plaats":
                vals.append(r.choice(PLACES))
            elif f == "kenteken":
                vals.append(d.plate())
            elif f == "iban":
                vals.append(d.iban(spaced=False))
            elif f == "bedrag":
                vals.append(d.amt())
            elif f == "geb":
                vals.append(d.dob_raw())
        rows.append(vals)
    return rows


def b_klantenlijst_csv(d):
    r = d.r
    d.b("CUSTOMER_LIST")
    fields = r.choice([["naam", "email", "tel"], ["naam", "adres", "postcode", "plaats"], ["naam", "email", "tel", "postcode"],
                       ["naam", "tel", "iban"]])
    sep = r.choice([";", ",", "\t"])
    rows = _rows(d, r.randint(5, 10), fields)
    return sep.join(fields) + "\n" + "\n".join(sep.join(v) for v in rows)


def b_klantenlijst_tabel(d):
    r = d.r
    d.b("CUSTOMER_LIST")
    fields = r.choice([["naam", "email", "tel"], ["naam", "adres", "plaats", "tel"]])
    rows = _rows(d, r.randint(5, 8), fields)
    head = "| " + " | ".join(f.capitalize() for f in fields) + " |\n|" + "---|" * len(fields)
    return (f"{d.kp('Klantenoverzicht')} {d.kp(r.choice(['regio Noord', 'vaste klanten', 'nieuwsbrief', 'VIP']))}\n\n" + head + "\n"
            + "\n".join("| " + " | ".join(v) + " |" for v in rows))


def b_klantenlijst_mail(d):
    r = d.r
    d.b("CUSTOMER_LIST")
    me = make_person(r)
    rows = _rows(d, r.randint(5, 7), ["naam", "email", "bedrag"])
    return (f"Hoi {d.first(me)},\n\nHierbij de klanten met openstaande facturen, wil je ze deze week nabellen?\n\n"
            + "\n".join(f"- {a} ({b}): {c}" for a, b, c in rows) + "\n\nDank!")


def b_patientenlijst(d):
    r = d.r
    d.b("CUSTOMER_LIST")
    rows = _rows(d, r.randint(5, 8), ["naam", "geb", "tel"])
    return (f"{d.kp(r.choice(FYSIO)[0])} – patiënten {d.date(with_time=False)}\n"
            + "\n".join(f"{tm}  {a}, {b}, {c}" for tm, (a, b, c) in zip(sorted(clock(r) for _ in rows), rows)))


def b_garage_klanten(d):
    r = d.r
    d.b("CUSTOMER_LIST")
    rows = _rows(d, r.randint(5, 9), ["kenteken", "naam", "tel"])
    return (f"APK-herinneringen {d.kp(r.choice(MONTHS))} ({d.kp(r.choice(GARAGES)[0])})\nKenteken;Klant;Telefoon\n"
            + "\n".join(";".join(v) for v in rows))


def b_kandidaten(d):
    r = d.r
    d.b("CUSTOMER_LIST")
    rows = _rows(d, r.randint(5, 7), ["naam", "tel", "email"])
    return (f"Shortlist {d.kp(r.choice(['heftruckchauffeur', 'administratief medewerker', 'verkoper binnendienst']))} – {d.kp(r.choice(RECRUIT)[0])}\n"
            + "\n".join(f"{i + 1}. {a} | {b} | {c}" for i, (a, b, c) in enumerate(rows)))


def b_nieuwe_medewerker(d):
    r = d.r
    emp, hr = distinct_people(r, 2)
    return (f"{greet(d, hr)}\n\nHierbij mijn gegevens voor de salarisadministratie:\n"
            f"Naam: {d.full(emp)}\n{d.dob().capitalize()}\nAdres: {d.addr_block(', ')}\n"
            f"BSN: {d.bsn()}\nIBAN: {d.iban()}\n\nGroet,\n{d.first(emp)}")


def b_chat_bsn(d):
    r = d.r
    a, b = distinct_people(r, 2)
    t1, t2 = sorted([clock(r), clock(r)])
    return (f"[{t1}] {d.first(a)}: {r.choice(['het bsn van mijn vrouw is', 'mijn bsn is', 'bsn-nummer van de nieuwe stagiair:', 'hier het burgerservicenummer:'])} {d.bsn()}\n"
            f"[{t2}] {d.first(b)}: {r.choice(['thx, ik zet het door naar de boekhouder', 'ok verwerkt', 'dank je'])}")


def b_ib_aangifte(d):
    r = d.r
    c, me = distinct_people(r, 2)
    return (f"Dossier IB-aangifte {r.randint(2023, 2024)}\nCliënt: {d.any_name(c)}\n"
            f"{r.choice(['BSN', 'Burgerservicenummer', 'Sofinummer', 'BSN-nummer'])}: {d.bsn()}\n"
            f"Partner: {d.full(make_person(r))}\nHypotheekrente: {d.amt(2000, 15000)}, WOZ-waarde {d.kp('€ ' + nl_money(r.randint(200, 700) * 1000, False))}\n"
            f"Behandelaar: {d.first(me)} ({d.kp(r.choice(BOOKKEEP)[0])})")


def b_bsn_mail(d):
    r = d.r
    c, me = distinct_people(r, 2)
    return (f"{greet(d, me)}\n\nVoor de huurtoeslag vroeg je mijn gegevens. Mijn BSN is {d.bsn()} en ik ben {d.dob()}.\n\n{d.first(c)}")


def b_ww_mail(d):
    r = d.r
    a, b = distinct_people(r, 2)
    sys_ = d.kp(r.choice(PRODUCTS))
    return (f"{greet(d, a)}\n\n" + pick(r,
        lambda: f"Je account voor {sys_} is aangemaakt. Gebruikersnaam: {d.email(a)}, wachtwoord: {d.pw()}",
        lambda: f"Het nieuwe wachtwoord voor {sys_} wordt {d.pw()} — graag na de eerste keer inloggen wijzigen.",
        lambda: f"De inlog voor {sys_}: {d.email(a)} / ww {d.pw()}",
    ) + f"\n\nGroet,\n{d.first(b)}")


def b_ww_chat(d):
    r = d.r
    a, b = distinct_people(r, 2)
    t1, t2 = sorted([clock(r), clock(r)])
    return (f"[{t1}] {d.first(b)}: wat is het wifi-wachtwoord ook alweer?\n"
            f"[{t2}] {d.first(a)}: {r.choice(['ww is', 'wachtwoord:', 'het is', 'pw:'])} {d.pw()}")


def b_ticket_ww(d):
    r = d.r
    c = make_person(r)
    return (f"Ticket {d.kp('#' + str(r.randint(10000, 99999)))}\nVan: {d.full(c)} <{d.email(c)}>\n\n"
            f"Ik kan niet inloggen in de webshop. Ik gebruik {r.choice(['wachtwoord', 'het wachtwoord', 'password'])} {d.pw()}, is mijn account geblokkeerd?")


def b_env(d):
    r = d.r
    lines = [f"DATABASE_URL=postgres://app:{d.pw()}@db.internal:5432/shop" if r.random() < .4 else "DEBUG=false",
             f"OPENAI_API_KEY={d.key('openai')}" if r.random() < .5 else f"ANTHROPIC_API_KEY={d.key('anthropic')}",
             f"STRIPE_SECRET_KEY={d.key('stripe')}" if r.random() < .5 else f"MOLLIE_API_KEY={d.key('mollie')}",
             f"GOOGLE_MAPS_KEY={d.key('google')}"]
    who = make_person(r)
    return f"Hoi, hierbij de .env voor de webshop, zet maar op de server:\n\n" + "\n".join(lines) + f"\n\n{d.first(who)}"


def b_log(d):
    r = d.r
    ts = d.kp(f"{rand_date(r).isoformat()} {clock(r)}:{r.randint(10, 59)}")
    return (f"Foutmelding van de koppeling:\n{ts} ERROR POST /api/orders 401\n"
            f"Authorization: Bearer {d.key('jwt')}\n"
            f"Kun je kijken wat er mis is? Order {d.kp(order_no(r))} van {d.amt()} blijft hangen.")


def b_slack(d):
    r = d.r
    a, b = distinct_people(r, 2)
    t1, t2 = sorted([clock(r), clock(r)])
    return (f"[{t1}] {d.first(a)}: de bot-token voor het {d.kp('Slack')}-kanaal is {d.key('slack')}\n"
            f"[{t2}] {d.first(b)}: top, ik zet hem in de config")


def b_aws(d):
    r = d.r
    a = make_person(r)
    sec = d.m("API_SLEUTEL", rstr(r, 40, string.ascii_letters + string.digits + "+/"))
    return (f"Hoi {d.first(a)}, de backup naar S3 faalt. Dit zijn de credentials die erin staan:\n"
            f"aws_access_key_id = {d.key('aws')}\naws_secret_access_key = {sec}\nregion = eu-west-1")


def b_github(d):
    r = d.r
    a = make_person(r)
    return (f"Issue: deploy script werkt niet.\n\n```\ngit clone https://{d.key('github')}@github.com/{r.choice(['bitbrug', 'webshop-nl', 'kleurrijk'])}/site.git\n```\n"
            f"Gemeld door {d.full(a)} op {d.date(with_time=False)}.")


def b_api_chat(d):
    r = d.r
    a, b = distinct_people(r, 2)
    kind = r.choice(["openai", "anthropic", "google", "stripe"])
    return (f"{greet(d, b)}\n\nKun je dit script even testen? Ik heb mijn eigen sleutel erin gezet: api_key = \"{d.key(kind)}\". "
            f"{d.kp('Daarna')} haal ik hem weg.\n\n{d.first(a)}")


def b_config_pw(d):
    r = d.r
    a = make_person(r)
    return (f"Config van de kassa:\nhost=192.168.1.20\nuser=admin\npassword={d.pw()}\n\nNiet doorsturen! — {d.first(a)}")


def b_ww_nieuw_medewerker(d):
    r = d.r
    emp, it = distinct_people(r, 2)
    return (f"Welkom {d.first(emp)}! Je laptop ligt klaar. Inloggen met {d.email(emp, r.choice(COMPANIES)[1])}, "
            f"tijdelijk wachtwoord {d.pw()}. {d.kp('Groet')}, {d.full(it)}")


TEMPLATES = [
    # (function, weight)
    (n_mail_ziekmelding, 2), (n_mail_offerte, 2), (n_mail_forward, 2), (n_mail_adreswijziging, 2),
    (n_mail_ibanwijziging, 2), (n_mail_afspraak, 2), (n_mail_replychain, 2), (n_mail_nieuwe_collega, 2),
    (n_mail_afwezig, 2), (n_mail_herinnering, 2), (n_chat_team, 2), (n_chat_klant, 2), (n_chat_garage, 2),
    (n_chat_lowercase, 1), (n_notulen, 2), (n_notulen_budget, 2), (n_factuur, 2), (n_offerte, 2),
    (n_creditnota, 1), (n_hr_verzuim, 2), (n_hr_beoordeling, 2), (n_hr_loonstrook_vraag, 2),
    (n_hr_contract_concept, 2), (n_ticket_login, 2), (n_ticket_api_nokey, 1), (n_klacht_bezorging, 2),
    (n_klacht_telefonisch, 2), (n_boekhouder, 2), (n_boekhouder_btw, 1), (n_makelaar_bezichtiging, 2),
    (n_makelaar_waarde, 2), (n_fysio_intake, 2), (n_fysio_sms, 2), (n_garage_werkorder, 2), (n_garage_apk, 2),
    (n_webshop_bevestiging, 2), (n_webshop_retour, 2), (n_webshop_label, 2), (n_recruit_profiel, 2),
    (n_recruit_vacature, 1), (n_brief_formeel, 2), (n_voicemail, 2), (n_telefoonnotitie, 2), (n_bezorgroute, 2),
    (n_chatgpt, 2), (n_agenda, 2), (n_generiek, 2), (n_eigen_bedrijf, 1), (n_schade, 2), (n_overdracht, 2),
    (n_ww_beleid, 2), (n_netto_vraag, 1), (n_team_klein, 2), (n_buitenland, 2), (n_order9, 2),
    (n_signature_only, 2), (n_dob_hr, 2), (n_whatsapp_export, 2),
    (b_loonstrook, 3), (b_salarisspec, 3), (b_arbeidscontract, 3), (b_huurcontract, 3), (b_koopakte, 3),
    (b_offerte_getekend, 3), (b_klantenlijst_csv, 3), (b_klantenlijst_tabel, 3), (b_klantenlijst_mail, 3),
    (b_patientenlijst, 3), (b_garage_klanten, 3), (b_kandidaten, 2), (b_nieuwe_medewerker, 3), (b_chat_bsn, 3),
    (b_ib_aangifte, 3), (b_bsn_mail, 2), (b_ww_mail, 3), (b_ww_chat, 3), (b_ticket_ww, 2), (b_env, 2), (b_log, 2),
    (b_slack, 2), (b_aws, 2), (b_github, 2), (b_api_chat, 2), (b_config_pw, 2), (b_ww_nieuw_medewerker, 2),
]

# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}


def spans(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append((i, i + len(v)))
        i = text.find(v, i + 1)
    return out


def validate(text, mask, keep):
    mspans = []
    for label, v in mask:
        if not v or v not in text:
            return f"mask value missing: {v!r}"
        mspans += spans(text, v)
    for v in keep:
        if not v or v not in text:
            return f"keep value missing: {v!r}"
        for label, m in mask:
            if v in m or m in v:
                return f"keep {v!r} overlaps mask {m!r}"
        for a, b in spans(text, v):
            if any(a < y and x < b for x, y in mspans):
                return f"keep {v!r} overlaps a mask span"
    # every significant name/street word must only occur inside a labelled span
    for label, v in mask:
        if label not in ("PERSOON", "ADRES"):
            continue
        for t in re.findall(r"[^\W\d_][\w'’-]*", v):
            if len(t) < 4 or t.lower() in INTERFIX:
                continue
            for mt in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text):
                if not any(x <= mt.start() and mt.end() <= y for x, y in mspans):
                    return f"token {t!r} outside labelled span"
    # structured values must be well-formed
    for label, v in mask:
        if label == "IBAN" and not iban_valid(v):
            return "bad iban"
        if label == "BSN" and not elf_ok(re.sub(r"\D", "", v)):
            return "bad bsn"
    return None


def dedupe(seq):
    seen, out = set(), []
    for x in seq:
        key = tuple(x) if isinstance(x, (list, tuple)) else x
        if key not in seen:
            seen.add(key)
            out.append(list(x) if isinstance(x, tuple) else x)
    return out


def main():
    r = random.Random(SEED)
    funcs = [f for f, _ in TEMPLATES]
    weights = [w for _, w in TEMPLATES]
    records, rejects, meta = [], {}, {}
    # every template at least a few times, the rest by weight
    plan = [f for f in funcs for _ in range(4)]
    plan += r.choices(funcs, weights=weights, k=N_RECORDS - len(plan))
    r.shuffle(plan)
    for i, f in enumerate(plan):
        for attempt in range(50):
            d = Doc(r)
            text = f(d)
            mask = dedupe(d.mask)
            keep = dedupe(d.keep)
            err = validate(text, mask, keep)
            if err is None:
                break
            rejects.setdefault(f.__name__, []).append(err)
        else:
            raise SystemExit(f"could not generate {f.__name__}: {err}")
        records.append({"id": f"ho-{i}", "text": text, "mask": mask, "block": d.block, "keep": keep})
        meta[f"ho-{i}"] = f.__name__
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(OUT.replace(".jsonl", ".templates.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, indent=0)
    nb = sum(1 for x in records if x["block"])
    print(f"wrote {len(records)} records to {OUT}; blocked {nb} ({100 * nb / len(records):.1f}%); "
          f"templates {len(funcs)}; rejected attempts {sum(len(v) for v in rejects.values())}", file=sys.stderr)
    for k, v in sorted(rejects.items(), key=lambda kv: -len(kv[1]))[:8]:
        print(f"  {k}: {len(v)} e.g. {v[0]}", file=sys.stderr)


if __name__ == "__main__":
    main()
