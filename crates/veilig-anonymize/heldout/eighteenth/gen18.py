#!/usr/bin/env python3
"""gen18.py - held-out corpus 18 for the Dutch PII anonymizer.

Theme: text that employees of small Dutch (and some Flemish) firms paste into an AI tool:
bookkeeping, recruitment, estate agents / property managers, webshop customer service,
transport, cleaning, home care / maternity care, insurance intermediaries, event and
wedding agencies, driving schools and translators.

Standard library only, fixed seed.  `python3 gen18.py` writes c18.jsonl next to this file;
`python3 gen18.py --check` validates it (see check()).

Every labelled value is recorded at the moment it is written into the text (Doc.f / Doc.add);
nothing is found by searching afterwards.  A generated record is only accepted when a
simulated perfect anonymizer (masking exactly the labelled spans) leaves no labelled value,
no significant name/street word and loses no keep value; otherwise it is drawn again.
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import string
import sys
import unicodedata

SEED = 18_0418
N_RECORDS = 2000
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "c18.jsonl")

MASK_LABELS = ("PERSOON", "EMAIL", "TELEFOON", "ADRES", "POSTCODE", "IBAN", "BSN",
               "GEBOORTEDATUM", "KENTEKEN", "WACHTWOORD", "API_SLEUTEL")
BLOCK_CATS = ("BSN", "PASSWORD", "API_KEY", "SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST")
SECRET_BLOCK = {"BSN": "BSN", "WACHTWOORD": "PASSWORD", "API_SLEUTEL": "API_KEY"}
# words an anonymizer may put in its placeholders; a labelled value must not hide inside them
PLACEHOLDER_WORDS = ("PERSOON", "PERSON", "NAAM", "NAME", "ADRES", "ADDRESS", "POSTCODE", "TELEFOON",
                     "PHONE", "EMAIL", "E-MAIL", "IBAN", "BSN", "GEBOORTEDATUM", "KENTEKEN", "WACHTWOORD",
                     "PASSWORD", "API_SLEUTEL", "SLEUTEL", "KLANT", "REDACTED", "VERWIJDERD", "MASKED")
INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}

R = random.Random(SEED)
ch = R.choice
rint = R.randint


def pr(p):
    return R.random() < p


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# ----------------------------------------------------------------------------------------------
# record builder
# ----------------------------------------------------------------------------------------------
class V:
    """A labelled (masked) value."""
    __slots__ = ("label", "value")

    def __init__(self, label, value):
        assert label in MASK_LABELS, label
        self.label, self.value = label, value


class Kp:
    """A value that must survive anonymization (amounts, ordinary dates)."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class Doc:
    def __init__(self, lang="nl"):
        self.buf, self.mask, self.keep, self.block = [], [], [], set()
        self.lang = lang
        self.used_first, self.used_sur = set(), set()

    # -- writing ---------------------------------------------------------------------------
    def add(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, V):
                self.buf.append(p.value)
                if [p.label, p.value] not in self.mask:
                    self.mask.append([p.label, p.value])
            elif isinstance(p, Kp):
                self.buf.append(p.value)
                if p.value not in self.keep:
                    self.keep.append(p.value)
            elif isinstance(p, str):
                self.buf.append(p)
            elif isinstance(p, (list, tuple)):
                self.add(*p)
            else:
                raise TypeError(type(p))
        return self

    def f(self, tpl, **kw):
        for lit, field, spec, conv in string.Formatter().parse(tpl):
            if lit:
                self.buf.append(lit)
            if field is not None:
                self.add(kw[field])
        return self

    def ln(self, tpl="", **kw):
        self.f(tpl, **kw)
        self.buf.append("\n")
        return self

    def extend(self, sub, prefix=""):
        """Append another Doc, optionally prefixing every line (quoted replies)."""
        txt = sub.text
        if prefix:
            txt = "\n".join((prefix + l) if l else prefix.rstrip() for l in txt.split("\n"))
        self.buf.append(txt)
        for m in sub.mask:
            if m not in self.mask:
                self.mask.append(m)
        for k in sub.keep:
            if k not in self.keep:
                self.keep.append(k)
        self.block |= sub.block
        self.used_first |= sub.used_first
        self.used_sur |= sub.used_sur

    @property
    def text(self):
        return "".join(self.buf)

    # -- people ------------------------------------------------------------------------------
    def pp(self, origin=None, gender=None):
        for _ in range(200):
            p = make_person(origin or pick_origin(self.lang), gender)
            fk = fold(p.first).lower()
            sk = {fold(w).lower() for w in re.findall(r"[^\W\d_]{3,}", p.sur) if w.lower() not in INTERFIX}
            if fk in self.used_first or sk & self.used_sur or fk in sk:
                continue
            self.used_first.add(fk)
            self.used_sur |= sk
            return p
        raise RuntimeError("no unique person")

    def crowd(self, n, origin=None):
        return [self.pp(origin) for _ in range(n)]


# ----------------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------------
def fold(s):
    s = (s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
         .replace("ß", "ss").replace("’", "'"))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


W = str.split
POOLS = {
    "nl": (W("Jan Pieter Kees Henk Gerrit Bram Daan Thijs Joost Maarten Jeroen Niels Ruben Sander Bas Wouter "
             "Koen Rik Stefan Martijn Erik Hans Arjen Roel Sjaak Teun Lucas Jesse Milan Gijs Floris Hidde "
             "Stijn Mark Dennis Frank Ronald Marcel Vincent Jasper Tijmen Huub Gert-Jan Jan-Willem Evert Wessel"),
           W("Sanne Lotte Femke Anouk Willemijn Marieke Ingrid Wilma Annemiek Esther Marloes Eline Floor Iris "
             "Lisa Fleur Noor Julia Sophie Anne Lieke Maud Roos Tessa Ilse Petra Monique Karin Sandra Linda "
             "Miranda Yvonne Carla Dineke Hanneke Jolanda Mirjam Gerda Annelies Margriet Renske Jet Marijke"),
           ["de Vries", "van Dijk", "Bakker", "Jansen", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
            "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
            "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
            "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Jong", "Schouten", "van Beek",
            "Willems", "van Vliet", "ten Brink", "ter Horst", "ten Hove", "van 't Hof", "Verhoeven", "Koster",
            "Huisman", "Kuipers", "Timmermans", "van Wijk", "Sanders", "van der Wal", "Blom", "Gerritsen",
            "van Rijn", "van Doorn", "Kramer", "van der Heijden", "de Lange", "van Os", "ter Beek", "ten Cate",
            "van Houten", "Verbeek", "van der Laan", "den Hartog", "Claassen", "Scholten", "Evers",
            "van Schaik", "Pronk", "Hermans", "in 't Veld", "Boschma", "van Essen", "Wolters", "Rietveld",
            "van Tongeren", "Oosterhuis", "Kamphuis", "Nijland", "Stam", "van de Kamp", "Groeneveld"]),
    "fy": (W("Sjoerd Hylke Jelle Auke Gerlof Durk Oane Wybren Tsjalle Sietse Jouke Harmen Folkert Douwe Jildert"),
           W("Wytske Sietske Tjitske Baukje Froukje Jikke Rixt Geeske Hiske Aukje Trijntje Janke Ytje Nynke Atsje"),
           W("Hoekstra Bosma Zijlstra Wiersma Terpstra Hiemstra Sikkema Postma Feenstra Haitsma Sjaarda "
             "Tjeerdsma Yntema Boersma Kingma Wijbenga Algra Dykstra Hettema Jellema Miedema Tolsma Westra "
             "Sybrandy Dijkstra Veenstra") + ["van der Werf", "de Boer"]),
    "tr": (W("Mehmet Emre Yusuf Burak Mustafa Serkan Hakan Cem Murat Kemal Ömer Ercan Volkan Oğuz Tolga "
             "Barış Onur Kaan Eren Hüseyin"),
           W("Ayşe Elif Zeynep Fatma Hatice Kübra Özlem Derya Büşra Esra Merve Gülsen Sevgi Emine Selin Dilek "
             "Tuğba Hülya Songül"),
           W("Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Koç Kılıç Güneş Aksoy Polat "
             "Korkmaz Yilmaz Ozturk Celik Kurt Özdemir Aslan Bulut Erdem Tekin Ünal Acar Uysal Keskin Karaca")),
    "ma": (W("Mohamed Youssef Said Hamza Soufiane Bilal Karim Zakaria Rachid Anass Mustapha Nordin Ilias "
             "Ayoub Mimoun Driss Khalid Jamal Redouan Ismail"),
           W("Fatima Khadija Nadia Imane Samira Naima Malika Ilham Hanane Loubna Siham Yasmina Houda Nora "
             "Souad Latifa Meryem Ikram Salma Hafsa"),
           ["El Amrani", "Bouzid", "Benali", "El Idrissi", "Azzouzi", "Chaouch", "Haddou", "Ouali",
            "El Khattabi", "Boukhari", "Tahiri", "Belhaj", "Ait Taleb", "Ben Hammou", "El Ouardi", "Mansouri",
            "Ziani", "Bakkali", "El Hadioui", "Essafi", "Aarab", "Amezian", "Charrouk", "El Yousfi",
            "Lamrini", "Mokhtari", "Oulad Ali", "Bouchtaoui", "Azarkan", "El Morabit"]),
    "sr": (W("Ravi Rakesh Sunil Anand Vikash Clarence Glenn Jurgen Ricardo Romano Ivanildo Dinesh Ashwin "
             "Radjesh Errol Humphrey Marciano Wensley Roy Quincy"),
           W("Shanti Anjali Sharmila Reshma Marcia Denise Rosita Gracia Chandni Sunita Kavita Wendy Jennifer "
             "Merlien Sharon Roshni Nirmala Jolanda Cheryl Ruth"),
           ["Ramdin", "Mahabier", "Sewnarain", "Ramlal", "Jagesar", "Bisessar", "Kartosen", "Pinas",
            "Doelwijt", "Emanuelson", "Wijngaarde", "Kromodimedjo", "Sitaldin", "Baldew", "Kanhai", "Lachman",
            "Autar", "Jagernath", "Ramsaran", "Soekhlal", "Sumter", "Dijkhoff", "Wongsokarto", "Amatdjais",
            "Tjon-A-Fong", "Lie-A-Ling", "Mijnals", "Zeefuik", "Adipi", "Nankoe"]),
    "an": (W("Jurensley Shurandy Gianni Rudsel Urvin Sherwin Ruthmilo Jeandro Giovanni Ryangelo Dwayne "
             "Kenrick Rignald Jair Curt"),
           W("Giselle Sharina Jearline Shudayra Giselda Suhaily Jeaneth Ruthline Naomy Chanella Yuneisy "
             "Sugeily Mirtha Rosemary Daisy"),
           W("Martina Isenia Rosaria Pieternella Cijntje Statia Felida Bernabela Leito Richardson Coffie "
             "Janga Cicilia Anthonia Goilo Josepha Winklaar Francisca Lourens Mercelina Trinidad")),
    "pl": (W("Piotr Tomasz Paweł Łukasz Krzysztof Grzegorz Michał Marek Jakub Mateusz Kamil Dariusz "
             "Wojciech Adam Rafał"),
           W("Katarzyna Agnieszka Marta Magdalena Joanna Dorota Ewa Małgorzata Monika Aleksandra Karolina "
             "Justyna Beata Natalia Zofia"),
           W("Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
             "Kozłowski Jankowski Mazur Krawczyk Piotrowski Grabowski Pawlak Michalski Nowicki Wróbel "
             "Sadowski Zawadzki")),
    "sy": (W("Ahmad Omar Khaled Mahmoud Yazan Bassel Majd Rami Fadi Tarek Wassim Ammar Hussam Ghaith Nizar"),
           W("Rania Lina Hiba Dima Rasha Lama Reem Yara Maya Ghada Nour Hala Sawsan Aya Razan"),
           W("Al-Hassan Haddad Khalil Al-Ahmad Darwish Sabbagh Hamdan Al-Khatib Kassab Mansour Shami "
             "Al-Masri Halabi Zein Al-Ali Suleiman Hamwi Jabbour Qassem Al-Hamwi")),
    "er": (W("Yonas Tesfay Filmon Robel Dawit Aman Habtom Kibrom Biniam Henok Yohannes Efrem Mussie "
             "Natnael Amanuel"),
           W("Senait Helen Selam Mehret Saba Ruta Freweini Lidia Yordanos Hiwet Semhar Winta Tsega Rahwa "
             "Feven"),
           W("Tesfamariam Ghebremedhin Habte Berhane Tekle Woldu Kidane Gebrehiwet Haile Asmerom Mebrahtu "
             "Ogbazghi Tewelde Yemane Abraha Gebremeskel")),
    "zh": (W("Wei Jun Hao Ming Jian Kai Yong Tao Kevin Danny Jimmy Eric Ka-Wai Chun"),
           W("Xiaoyu Yan Hui Jing Xin Fang Jenny Cindy Mandy Shirley Mei-Ling Lai-Ying Siu-Man Ting"),
           W("Chen Wang Zhang Liu Lin Huang Zhou Chan Cheung Lam Tang Yeung Wong Leung Cheng Kwan Tsang "
             "Fung Chow")),
    "id": (W("Budi Agus Rudy Hendra Dimas Bayu Arief Ferry Ronny Ricky Johnny Benny"),
           W("Ratna Dewi Sari Wulan Indah Putri Lestari Nita Maya Yuli Rina Tineke"),
           W("Santoso Wijaya Hartono Susanto Kusuma Pranoto Setiawan Siregar Nasution Pattinama Latuheru "
             "Tuhumury Wattimena Leiwakabessy Sahetapy Manuhutu Soplantila Pattiasina")),
    "gh": (W("Kwame Kofi Kwabena Kojo Kwaku Kwesi Emmanuel Isaac Ebenezer Samuel Nana Kwadwo"),
           W("Akosua Abena Efua Adwoa Afua Akua Gifty Comfort Mercy Abigail Priscilla Adjoa"),
           W("Mensah Boateng Owusu Asante Osei Agyeman Appiah Ofori Amoah Darko Adjei Acheampong Frimpong "
             "Asamoah Bonsu Quaye Tetteh Addo")),
    "in": (W("Arjun Rohan Vikram Sanjay Rahul Aditya Karthik Suresh Pradeep Nikhil Varun Manish Amit Rajesh "
             "Siddharth"),
           W("Priya Ananya Kavya Neha Sneha Lakshmi Divya Pooja Shreya Meera Aishwarya Swati Deepa Radhika "
             "Nandini"),
           W("Sharma Patel Reddy Iyer Nair Gupta Krishnan Menon Joshi Kulkarni Subramanian Desai Pillai "
             "Venkatesh Banerjee Chatterjee Agarwal Mehta Bhat")),
    "be": (W("Wouter Jens Brecht Bart Stijn Pieter-Jan Koen Dries Lander Jef Sander Arne Toon Jonas Seppe "
             "Robbe Matthias Glenn Joris Wannes"),
           W("Lien Elke Kato Sofie Jolien Hanne Tine Griet Katrien Liesbeth Nele Femke Fien Lore Annelies "
             "Ellen Marijke Sien Ilse Evelien"),
           ["Peeters", "Janssens", "Maes", "Mertens", "Claes", "Goossens", "Wouters", "De Smet",
            "Van den Bossche", "Vandenberghe", "De Clercq", "Verstraete", "Desmet", "Lambrechts", "Vermeersch",
            "Dubois", "Willaert", "Coppens", "De Backer", "Van Acker", "Verhaegen", "Declercq", "Segers",
            "Claeys", "Pauwels", "Van Hoof", "Michiels", "Van de Velde", "De Wilde", "Verschueren"]),
}
ORIGIN_W_NL = [("nl", 36), ("fy", 5), ("tr", 8), ("ma", 9), ("sr", 7), ("an", 3), ("pl", 7), ("sy", 4),
               ("er", 3), ("zh", 3), ("id", 3), ("gh", 3), ("in", 4), ("be", 2)]
ORIGIN_W_BE = [("be", 70), ("nl", 8), ("ma", 8), ("tr", 5), ("pl", 4), ("sy", 3), ("gh", 2)]


def pick_origin(lang):
    return wch(ORIGIN_W_BE if lang == "be" else ORIGIN_W_NL)


def pl_fem(s):
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if s.endswith(a):
            return s[: -len(a)] + b
    return s


class Person:
    def __init__(self, first, sur, gender, origin):
        self.first, self.sur, self.g, self.origin = first, sur, gender, origin
        self.Sur = sur[0].upper() + sur[1:]
        self.full = f"{first} {sur}"
        self.emails = {}
        parts = re.split(r"[- ]", first)
        ini = "".join(x[0].upper() + "." for x in parts if x)
        if len(parts) == 1 and pr(0.4):
            ini += ch("ACEFHJLMPW") + "."
        self.initials = ini
        self._ini_name = f"{ini} {sur}"

    # forms; each returns parts suitable for Doc.add
    def F(self):
        return V("PERSOON", self.full)

    def Fn(self):
        return V("PERSOON", self.first)

    def S(self):
        return V("PERSOON", self.Sur)

    def I(self):
        return V("PERSOON", self._ini_name)

    def U(self):
        return V("PERSOON", self.full.upper())

    def low(self):
        return V("PERSOON", self.first.lower() if len(self.first) >= 4 else self.first)

    def rev(self):
        """Administrative order: 'Vries, S. de' / 'Yılmaz, M.'"""
        m = re.match(r"^((?:[a-z']+ )+)(.*)$", self.sur)
        if m:
            return V("PERSOON", f"{m.group(2)}, {self.initials} {m.group(1).strip()}")
        return V("PERSOON", f"{self.Sur}, {self.initials}")

    def title(self, lang="nl", start=False):
        if lang == "en":
            t = "Mr." if self.g == "m" else ch(["Ms.", "Mrs."])
        elif lang == "be":
            t = ch(["meneer", "mijnheer", "dhr."]) if self.g == "m" else ch(["mevrouw", "mevr."])
        else:
            t = ch(["meneer", "dhr.", "de heer"]) if self.g == "m" else ch(["mevrouw", "mevr.", "mw."])
        if start:
            t = t[0].upper() + t[1:]
        return [t + " ", self.S()]

    def aanhef(self, lang="nl"):
        """Salutation parts, e.g. 'Geachte mevrouw De Vries' / 'Beste Sanne'."""
        if lang == "en":
            return ch([["Dear ", self.Fn()], ["Dear " + ("Mr. " if self.g == "m" else "Ms. "), self.S()], ["Hi ", self.Fn()]])
        if lang == "be":
            return ch([["Beste ", self.Fn()], ["Geachte " + ("heer " if self.g == "m" else "mevrouw "), self.S()],
                       ["Dag ", self.Fn()]])
        return ch([["Beste ", self.Fn()], ["Hoi ", self.Fn()], ["Geachte " + ("heer " if self.g == "m" else "mevrouw "), self.S()],
                   ["Beste " + ("meneer " if self.g == "m" else "mevrouw "), self.S()], ["Goedemorgen ", self.Fn()]])

    def acro(self):
        m = re.match(r"^((?:[a-z']+ )*)(.*)$", self.sur)
        tv, core = m.group(1), m.group(2)
        a = "".join(x[0].upper() for x in re.split(r"[- ]", self.first) if x)
        a += "".join(x[0] for x in tv.split() if x[0].isalpha())
        a += "".join(x[0].upper() for x in re.split(r"[- ]", core) if x and x[0].isalpha())
        if len(a) < 3 and a == a.upper():
            return None
        return V("PERSOON", a)

    def any(self, lang="nl"):
        k = wch([("F", 40), ("I", 12), ("T", 20), ("Fn", 15)])
        if k == "T":
            return self.title(lang)
        return getattr(self, k)()


def make_person(origin, gender=None):
    g = gender or ch("mf")
    males, females, surs = POOLS[origin]
    first = ch(males if g == "m" else females)
    sur = ch(surs)
    if origin == "pl" and g == "f":
        sur = pl_fem(sur)
    if origin in ("nl", "fy") and g == "f" and pr(0.12):
        other = ch(POOLS["nl"][2])
        if other != sur:
            sur = f"{other}-{sur}" if pr(0.5) else f"{sur}-{other}"
    return Person(first, sur, g, origin)


# ----------------------------------------------------------------------------------------------
# places, addresses, companies
# ----------------------------------------------------------------------------------------------
CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg", "Almere",
          "Breda", "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Amersfoort", "Zaandam",
          "'s-Hertogenbosch", "Zwolle", "Leiden", "Leeuwarden", "Dordrecht", "Alkmaar", "Deventer", "Delft",
          "Heerlen", "Venlo", "Hilversum", "Assen", "Emmen", "Gouda", "Helmond", "Purmerend", "Roosendaal",
          "Schiedam", "Spijkenisse", "Vlaardingen", "Zoetermeer", "Lelystad", "Hoorn", "Den Helder", "Sneek",
          "Drachten", "Heerenveen", "Harderwijk", "Ede", "Veenendaal", "Woerden", "Nieuwegein", "Houten",
          "Zeist", "Barneveld", "Kampen", "Meppel", "Hoogeveen", "Oss", "Uden", "Weert", "Sittard",
          "Maastricht", "Middelburg", "Vlissingen", "Goes", "Terneuzen", "Bergen op Zoom",
          "Capelle aan den IJssel", "Katwijk", "Lisse", "Zutphen", "Doetinchem", "Winterswijk", "Tiel",
          "Culemborg", "Gorinchem", "Hardenberg", "Almelo", "Hengelo", "Oldenzaal", "Dokkum", "Franeker",
          "Harlingen", "Joure", "Wolvega", "Steenwijk", "Emmeloord", "Urk", "Nunspeet", "Elst", "Wijchen",
          "Boxtel", "Waalwijk", "Oosterhout", "Etten-Leur", "Heemskerk", "Beverwijk", "Hoofddorp"]
BE_CITIES = [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"),
             ("2800", "Mechelen"), ("3500", "Hasselt"), ("8500", "Kortrijk"), ("9300", "Aalst"),
             ("2300", "Turnhout"), ("8400", "Oostende"), ("9100", "Sint-Niklaas"), ("3200", "Aarschot"),
             ("2440", "Geel"), ("9200", "Dendermonde"), ("8800", "Roeselare"), ("2500", "Lier")]
ST_PRE = W("Eiken Beuken Linden Kastanje Wilgen Populieren Berken Meidoorn Vlier Hazelaar Iepen Esdoorn Vlinder "
           "Zwaluw Merel Lijster Specht Reiger Kievit Molen Kerk Dorps School Stations Haven Polder Veld "
           "Akker Weide Beek Markt Tol Sluis Zand Heide Duin Koren Tarwe Rogge Gerst Hop Vlas Klaver "
           "Boterbloem Zonnebloem Tulp Narcis Krokus Jasmijn Rozen Anjer Seringen Ooievaar Karper Snoek "
           "Beuk Hulst Lavendel Margriet Goudsbloem Wingerd Appel Peren Kersen Pruimen Noten Bloemen Boomgaard "
           "Watermolen Zuider Noorder Ooster Wester Kanaal Spoor Brug Hoog Laag Grote Kleine Oude Nieuwe")
ST_SUF = W("straat laan weg pad hof plein singel kade dreef ring erf dijk steeg plantsoen park baan gracht")
ST_FIXED = ["Hoofdstraat", "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsweg", "Julianastraat",
            "Beatrixlaan", "Wilhelminastraat", "Oranjestraat", "Nieuwstraat", "Achterweg", "Zuiderkade",
            "Prins Hendrikkade", "Koningin Julianalaan", "Lange Nieuwstraat", "Korte Molenstraat",
            "Oude Kerkstraat", "Nieuwe Gracht", "Brugstraat", "Burgemeester Smeetsweg", "Van Speijkstraat",
            "Emmalaan", "Parallelweg", "Rijksstraatweg", "Industrieweg", "Havenstraat", "Marktplein",
            "Schoolstraat", "Torenstraat", "Vijverlaan", "Bosweg", "Zandpad", "Groenstraat", "Slotlaan"]
BE_ST = ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Nieuwstraat", "Molenstraat", "Kapelstraat",
         "Schoolstraat", "Veldstraat", "Beekstraat", "Kasteelstraat", "Lindelei", "Kiezelweg", "Bruggestraat",
         "Sint-Jansplein", "Vrijheidstraat", "Zavelstraat", "Meersstraat", "Heirbaan", "Steenweg op Gent",
         "Kouter", "Koningin Astridlaan", "Berkenlaan", "Hofstraat", "Dorpsplein"]


def street_name():
    if pr(0.35):
        return ch(ST_FIXED)
    pre, suf = ch(ST_PRE), ch(ST_SUF)
    if pre in ("Grote", "Kleine", "Oude", "Nieuwe", "Hoog", "Laag") or pre.endswith("er"):
        if pre in ("Hoog", "Laag"):
            return pre + suf
        if pre.endswith("er") and pre not in ("Ooievaar",):
            return pre + suf
        return pre + " " + ch(["Markt", "Kerkstraat", "Molenstraat", "Gracht", "Dijk", "Haven", "Wal"])
    return pre + suf


def house_no():
    n = str(wch([(rint(1, 40), 5), (rint(1, 150), 4), (rint(100, 399), 1)]))
    k = wch([("", 52), ("a", 8), ("A", 5), ("b", 3), ("B", 2), ("-1", 3), ("-2", 4), ("-3", 2), (" bis", 3),
             (" hs", 3), ("-hs", 1), (" I", 1), ("-II", 2), ("-III", 1), (" C", 1), (" rd", 1), ("-bg", 1),
             (" zw", 1), (" 2hg", 1), ("B01", 1)])
    return n + k


LETTERS = "ABCDEFGHJKLMNPRSTVWXZ"


def postcode(spaced=None):
    while True:
        a, b = ch(LETTERS), ch(LETTERS)
        if a + b not in ("SA", "SD", "SS"):
            break
    num = rint(1011, 9999)
    if spaced is None:
        spaced = pr(0.6)
    return f"{num} {a}{b}" if spaced else f"{num}{a}{b}"


class Addr:
    def __init__(self, be=False, caps=False):
        self.be = be
        if be:
            st = ch(BE_ST)
            nr = str(rint(1, 180)) + (ch([" bus " + str(rint(1, 12)), "/" + str(rint(1, 6)), " bus 0" + str(rint(1, 4))]) if pr(0.3) else "")
            self.street = f"{st} {nr}"
            self.pc, self.city = ch(BE_CITIES)
        else:
            self.street = f"{street_name()} {house_no()}"
            self.pc = postcode()
            self.city = ch(CITIES)
        if caps:
            self.street, self.city = self.street.upper(), self.city.upper()
            if not be:
                self.pc = self.pc.upper()

    def A(self):
        return V("ADRES", self.street)

    def PC(self):
        return None if self.be else V("POSTCODE", self.pc)

    def pc_city(self):
        if self.be:
            return f"{self.pc} {self.city}"
        return [self.PC(), (" " if pr(0.8) else "  ") + self.city]

    def line(self):
        return [self.A(), ", ", self.pc_city()]

    def block(self, sep="\n"):
        return [self.A(), sep, self.pc_city()]

    def te(self):
        return [self.A(), " te " if not self.be else " in ", self.city]


class Co:
    def __init__(self, name, domain, be=False):
        self.name, self.domain, self.be = name, domain, be


COS = {
    "acc": [Co("Administratiekantoor De Eik", "deeik-administratie.nl"), Co("Boekhoudbureau Noorderlicht", "noorderlicht-boekhouding.nl"),
            Co("Fiscaal Adviesbureau Horizon", "horizonfiscaal.nl"), Co("Accountantskantoor Het Baken", "hetbaken-accountants.nl"),
            Co("Cijfers & Co", "cijfersenco.nl"), Co("Boekhouding op Maat", "boekhoudingopmaat.nl"),
            Co("Administratiebureau Zuidwest", "abzuidwest.nl"), Co("Loket Belastingzaken Oost", "lbz-oost.nl")],
    "rec": [Co("Flexwerk Oost", "flexwerkoost.nl"), Co("Uitzendbureau Werkpunt", "werkpunt-uitzend.nl"),
            Co("TalentBrug Recruitment", "talentbrug.nl"), Co("Personeelsdienst Delta", "delta-personeel.nl"),
            Co("StartWerk Uitzendgroep", "startwerk.nl"), Co("Logistiek Talent", "logistiektalent.nl")],
    "mak": [Co("Makelaardij Het Anker", "hetanker-makelaardij.nl"), Co("Vastgoedbeheer Parkstad", "parkstad-beheer.nl"),
            Co("Woonmakelaars Rivierenland", "rivierenland-wonen.nl"), Co("VvE Beheer Noord", "vvebeheernoord.nl"),
            Co("Huurpunt Midden", "huurpunt-midden.nl"), Co("Makelaardij Sleutelhuis", "sleutelhuis.nl")],
    "ws": [Co("FietsOnderdelen24", "fietsonderdelen24.nl"), Co("Koffiebonenshop", "koffiebonenshop.nl"),
           Co("Dierenvoer Direct", "dierenvoerdirect.nl"), Co("Keukenspullen Online", "keukenspullen-online.nl"),
           Co("Knuffel Babywinkel", "knuffelbaby.nl"), Co("Tuinmeubelplaats", "tuinmeubelplaats.nl"),
           Co("Wolwinkel Draadje", "draadje.nl"), Co("LampenLand", "lampenland.nl")],
    "tr": [Co("Transportbedrijf Noordster", "noordster-transport.nl"), Co("Koeriersdienst Snelweg", "snelweg-koeriers.nl"),
           Co("Distributie Twente", "distributietwente.nl"), Co("Expeditie Maasdelta", "maasdelta-expeditie.nl"),
           Co("Pakketservice Randstad", "pakketservicerandstad.nl")],
    "cl": [Co("Schoonmaakbedrijf Glans", "glans-schoonmaak.nl"), Co("Blinkend Schoon", "blinkendschoon.nl"),
           Co("Facilitair Team Zuid", "ftzuid.nl"), Co("Schoonmaakdienst Helder", "helder-schoonmaak.nl")],
    "zorg": [Co("Thuiszorg De Zonnehoek", "zonnehoek-thuiszorg.nl"), Co("Kraamzorg Het Nestje", "hetnestje-kraamzorg.nl"),
             Co("Zorg aan Huis Veluwe", "zorgaanhuisveluwe.nl"), Co("Thuishulp Samen", "thuishulpsamen.nl"),
             Co("Kraambureau Ooievaarsnest", "ooievaarsnest.nl")],
    "ins": [Co("Assurantiekantoor Zekerheid", "zekerheid-assurantien.nl"), Co("Verzekeringsadvies De Brug", "debrug-verzekeringen.nl"),
            Co("Polisplein Advies", "polisplein-advies.nl"), Co("Schadeservice Oost", "schadeservice-oost.nl")],
    "ev": [Co("Bloesem Weddings", "bloesemweddings.nl"), Co("Feestbureau Confetti", "confetti-events.nl"),
           Co("Trouwplanners Ja Ik Wil", "jaikwil-planners.nl"), Co("Eventbureau Zomeravond", "zomeravond-events.nl")],
    "rs": [Co("Rijschool Groen Licht", "rijschoolgroenlicht.nl"), Co("Autorijschool De Rotonde", "derotonde.nl"),
           Co("Rijschool Veilig Thuis", "rijschoolveiligthuis.nl"), Co("Verkeersschool Spiegel", "verkeersschoolspiegel.nl")],
    "vt": [Co("Vertaalbureau Lingua Brug", "linguabrug.nl"), Co("Translation Studio Delta", "translationstudiodelta.nl"),
           Co("Vertaalpunt Oost", "vertaalpuntoost.nl")],
    "be": [Co("Boekhoudkantoor Schelde", "schelde-boekhouding.be", True), Co("Immo Leie", "immoleie.be", True),
           Co("Interim Kempen", "interimkempen.be", True), Co("Poetsdienst Proper", "poetsdienstproper.be", True),
           Co("Rijschool De Verkeerslichten", "deverkeerslichten.be", True), Co("Verzekeringskantoor Demer", "demer-verzekeringen.be", True)],
    "be_immo": [Co("Immo Leie", "immoleie.be", True), Co("Immo Kouter", "immokouter.be", True), Co("Vastgoed Dijle", "vastgoeddijle.be", True)],
    "be_acc": [Co("Boekhoudkantoor Schelde", "schelde-boekhouding.be", True), Co("Fiduciaire Nete", "fiduciairenete.be", True)],
    "be_int": [Co("Interim Kempen", "interimkempen.be", True), Co("Uitzendkantoor Waasland", "uitzendwaasland.be", True)],
    "be_poets": [Co("Poetsdienst Proper", "poetsdienstproper.be", True), Co("Dienstenbureau Blinkt", "blinkt.be", True)],
}

PERSONAL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "xs4all.nl",
                    "planet.nl", "home.nl", "icloud.com", "hotmail.nl", "yahoo.com", "outlook.com", "gmail.com"]
BE_DOMAINS = ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "outlook.be", "proximus.be"]


def email_of(p, domain=None, be=False):
    key = domain or ("be" if be else "personal")
    if key in p.emails:
        return V("EMAIL", p.emails[key])
    v = _email_of(p, domain, be)
    p.emails[key] = v.value
    return v


def _email_of(p, domain=None, be=False):
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    full_s = fold(p.sur).lower()
    s = re.sub(r"[^a-z]", "", full_s)
    core = re.sub(r"[^a-z]", "", full_s.split()[-1]) if " " in full_s else s
    if domain:
        local = wch([(f"{f[0]}.{s}", 4), (f"{f}.{s}", 3), (f, 3), (f"{f}{s[0]}", 1), (f"{f[0]}{s}", 1)])
    else:
        domain = ch(BE_DOMAINS if be else PERSONAL_DOMAINS)
        local = wch([(f"{f}.{s}", 5), (f"{f[0]}.{s}", 3), (f"{f}{s}", 2), (f"{f}_{s}", 2), (f"{f}{rint(1, 99)}", 2),
                     (f"{core}.{f}", 1), (f"{f}.{core}{rint(60, 99)}", 1), (f"{f[0]}{core}{rint(1, 9)}", 1)])
    return V("EMAIL", f"{local}@{domain}")


ROLE_LOCALS = ("info", "planning", "klantenservice", "administratie", "facturen", "noreply", "support", "vacatures",
               "schade", "service", "contact", "boekhouding", "verhuur", "retour", "no-reply", "hallo", "team",
               "kantoor", "salaris", "hr", "rijschool", "zorgteam", "offerte")


def role_mail(co, local=None):
    return f"{local or ch(['info', 'planning', 'administratie', 'contact'])}@{co.domain}"


# ----------------------------------------------------------------------------------------------
# numbers: phones, IBAN, BSN, plates, dates, money
# ----------------------------------------------------------------------------------------------
AREA3 = ["010", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040", "043", "045", "046",
         "050", "053", "055", "058", "070", "071", "072", "073", "074", "075", "076", "077", "078", "079"]
AREA4 = ["0111", "0113", "0118", "0162", "0164", "0172", "0174", "0180", "0182", "0186", "0222", "0224", "0227",
         "0228", "0251", "0252", "0294", "0297", "0313", "0314", "0318", "0320", "0341", "0343", "0344", "0345",
         "0348", "0411", "0413", "0416", "0418", "0475", "0485", "0492", "0493", "0495", "0511", "0512", "0513",
         "0514", "0515", "0516", "0517", "0521", "0522", "0523", "0524", "0525", "0527", "0528", "0541", "0543",
         "0544", "0546", "0547", "0548", "0561", "0570", "0571", "0572", "0573", "0575", "0591", "0592", "0593",
         "0594", "0595", "0596", "0597", "0598", "0599"]


def digits(n):
    return "".join(str(rint(0, 9)) for _ in range(n))


def phone(kind=None, be=False):
    if be:
        if pr(0.7):
            a, b = "4" + ch("789") + str(rint(0, 9)), digits(6)
            fmt = ch([f"0{a} {b[:2]} {b[2:4]} {b[4:]}", f"+32 {a} {b[:2]} {b[2:4]} {b[4:]}", f"0{a}/{b[:2]}.{b[2:4]}.{b[4:]}",
                      f"0{a} {b[:3]} {b[3:]}", f"+32{a}{b}"])
        else:
            a = ch(["3", "9", "2"])
            b = digits(7)
            fmt = ch([f"0{a} {b[:3]} {b[3:5]} {b[5:]}", f"0{a}/{b[:3]}.{b[3:5]}.{b[5:]}", f"+32 {a} {b[:3]} {b[3:5]} {b[5:]}"])
        return V("TELEFOON", fmt)
    kind = kind or wch([("m", 70), ("l", 30)])
    if kind == "m":
        x = str(rint(1, 6)) + digits(7)
        fmt = wch([(f"06-{x}", 10), (f"06 {x}", 6), (f"06{x}", 8), (f"06-{x[:4]} {x[4:]}", 3), (f"06 {x[:4]} {x[4:]}", 4),
                   (f"06 {x[:2]} {x[2:4]} {x[4:6]} {x[6:]}", 4), (f"+31 6 {x[:4]} {x[4:]}", 5), (f"+31 6 {x}", 4),
                   (f"+316{x}", 4), (f"+31 (0)6 {x}", 3), (f"+31(0)6-{x}", 1), (f"0031 6 {x[:4]} {x[4:]}", 2),
                   (f"00316{x}", 2), (f"06-{x[:3]} {x[3:6]} {x[6:]}", 2), (f"+31 6 {x[:2]} {x[2:4]} {x[4:6]} {x[6:]}", 2),
                   (f"06 - {x}", 1), (f"(06) {x}", 1)])
    else:
        if pr(0.6):
            a = ch(AREA3)
            x = str(rint(2, 9)) + digits(6)
            fmt = wch([(f"{a}-{x}", 8), (f"{a} {x[:3]} {x[3:]}", 5), (f"({a}) {x[:3]} {x[3:5]} {x[5:]}", 5),
                       (f"{a} - {x[:3]} {x[3:5]} {x[5:]}", 1), (f"+31 {a[1:]} {x[:3]} {x[3:]}", 3), (f"0031 {a[1:]} {x}", 2),
                       (f"+31 (0){a[1:]} {x[:3]} {x[3:]}", 2), (f"{a}{x}", 2), (f"{a} {x}", 2)])
        else:
            a = ch(AREA4)
            x = str(rint(2, 9)) + digits(5)
            fmt = wch([(f"{a}-{x}", 8), (f"{a} {x}", 4), (f"({a}) {x}", 3), (f"{a} {x[:2]} {x[2:4]} {x[4:]}", 3),
                       (f"+31 {a[1:]} {x[:3]} {x[3:]}", 2), (f"0031 {a[1:]} {x}", 1), (f"{a}-{x[:2]} {x[2:4]} {x[4:]}", 2)])
    return V("TELEFOON", fmt)


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "NWAB", "REVO"]


def iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(be=False, spaced=None):
    if be:
        first10 = digits(10)
        c = int(first10) % 97 or 97
        bban = f"{first10}{c:02d}"
        s = "BE" + iban_check("BE", bban) + bban
    else:
        bban = ch(NL_BANKS) + str(rint(1, 9)) + digits(9)
        s = "NL" + iban_check("NL", bban) + bban
    if spaced is None:
        spaced = pr(0.45)
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif pr(0.05):
        s = s.lower() if pr(0.3) else s
    return V("IBAN", s)


def bsn_valid(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def bsn(style=None):
    while True:
        d = [rint(1, 6)] + [rint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s <= 9:
            d.append(s)
            break
    x = "".join(map(str, d))
    style = style or wch([("plain", 5), ("dot", 3), ("space", 3), ("dot2", 1)])
    v = {"plain": x, "dot": f"{x[:4]}.{x[4:6]}.{x[6:]}", "space": f"{x[:3]} {x[3:6]} {x[6:]}",
         "dot2": f"{x[:3]}.{x[3:6]}.{x[6:]}"}[style]
    return V("BSN", v)


def not_bsn9():
    """A 9-digit number that fails the 11-test (order numbers etc.)."""
    while True:
        x = str(rint(100000000, 999999999))
        if not bsn_valid(x):
            return x


PLATE_L = "BDFGHJKLNPRSTVXZ"


def plate():
    L = lambda n: "".join(ch(PLATE_L) for _ in range(n))
    D = lambda n: digits(n) if n else ""
    sc = ch(["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99",
             "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9", "99-XXX-9", "XX-999-X",
             "X-999-XX", "9-XXX-99"])
    out = []
    for grp in sc.split("-"):
        out.append(L(len(grp)) if grp[0] == "X" else D(len(grp)))
    s = "-".join(out)
    if pr(0.08):
        s = s.replace("-", "")
    return V("KENTEKEN", s)


MND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
       "november", "december"]
MND_S = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAG = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAG_S = ["ma", "di", "wo", "do", "vr", "za", "zo"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]
EN_D = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rdate(y0=2024, y1=2025, weekend=False):
    while True:
        d = dt.date(rint(y0, y1), rint(1, 12), rint(1, 28))
        if weekend or d.weekday() < 5:
            return d


def fdate(d, style=None, lang="nl"):
    if lang == "en":
        style = style or ch(["en_dm", "en_md", "en_wdm", "iso"])
        return {"en_dm": f"{d.day} {EN_M[d.month - 1]} {d.year}", "en_md": f"{EN_M[d.month - 1]} {d.day}, {d.year}",
                "en_wdm": f"{EN_D[d.weekday()]} {d.day} {EN_M[d.month - 1]}", "iso": d.isoformat(),
                "dmy_slash": f"{d.day:02d}/{d.month:02d}/{d.year}"}[style]
    style = style or ch(["wdm", "dmy", "wdmy", "dd-mm-yyyy", "d-m-yyyy", "dd/mm/yyyy", "sdm", "dm"])
    return {"wdm": f"{DAG[d.weekday()]} {d.day} {MND[d.month - 1]}", "dmy": f"{d.day} {MND[d.month - 1]} {d.year}",
            "wdmy": f"{DAG[d.weekday()]} {d.day} {MND[d.month - 1]} {d.year}", "dd-mm-yyyy": f"{d.day:02d}-{d.month:02d}-{d.year}",
            "d-m-yyyy": f"{d.day}-{d.month}-{d.year}", "dd/mm/yyyy": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "sdm": f"{DAG_S[d.weekday()]} {d.day} {MND[d.month - 1]}", "dm": f"{d.day} {MND[d.month - 1]}",
            "iso": d.isoformat(), "dmy_s": f"{d.day} {MND_S[d.month - 1]} {d.year}"}[style]


def kdate(style=None, lang="nl", y0=2024, y1=2025, d=None):
    d = d or rdate(y0, y1)
    return Kp(fdate(d, style, lang))


def dob(y0=1950, y1=2004, style=None, lang="nl"):
    d = dt.date(rint(y0, y1), rint(1, 12), rint(1, 28))
    if lang == "en":
        style = style or ch(["en_dm", "en_md", "dmy_slash", "iso"])
        return V("GEBOORTEDATUM", fdate(d, style, "en"))
    style = style or wch([("dmy", 4), ("dd-mm-yyyy", 5), ("d-m-yyyy", 2), ("dd/mm/yyyy", 2), ("iso", 1), ("dot", 1)])
    if style == "dot":
        return V("GEBOORTEDATUM", f"{d.day:02d}.{d.month:02d}.{d.year}")
    return V("GEBOORTEDATUM", fdate(d, style))


def nl_num(v, dec):
    if dec:
        s = f"{v:,.2f}"
    else:
        s = f"{int(round(v)):,}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def money(lo, hi, style=None, dec=None, lang="nl"):
    v = R.uniform(lo, hi)
    if v >= 100 and pr(0.3):
        v = round(v / 5) * 5
    if dec is None:
        dec = pr(0.55)
    if lang == "en":
        s = f"{v:,.2f}" if dec else f"{int(round(v)):,}"
        return Kp(ch([f"€{s}", f"EUR {s}", f"€ {s}"]))
    style = style or wch([("eur_sp", 8), ("eur", 4), ("EUR", 4), ("euro", 3), ("dash", 3), ("dash_ns", 1), ("post", 1)])
    if style in ("dash", "dash_ns"):
        n = nl_num(v, False)
        return Kp(f"€ {n},-" if style == "dash" else f"€{n},-")
    n = nl_num(v, dec)
    return Kp({"eur_sp": f"€ {n}", "eur": f"€{n}", "EUR": f"EUR {n}", "euro": f"{n} euro", "post": f"{n} EUR"}[style])


def tm():
    return f"{rint(7, 18):02d}:{ch(['00', '15', '30', '45', '00', '30', '10', '20', '40', '50'])}"


# ----------------------------------------------------------------------------------------------
# secrets
# ----------------------------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits
WORDS_PW = ["Zomer", "Winter", "Lente", "Herfst", "Welkom", "Tulp", "Fiets", "Molen", "Kantoor", "Planning",
            "Koffie", "Sneeuw", "Voetbal", "Amstel", "Maas", "Zeeland", "Oranje", "Haven", "Vlinder", "Boekje",
            "Regen", "Zonnig", "Klompen", "Drop", "Stroopwafel", "Paard", "Poes", "Hond", "Schaap", "Kaas"]


def rs(n, alpha=ALNUM):
    return "".join(ch(alpha) for _ in range(n))


def password():
    k = wch([("human", 5), ("random", 4), ("phrase", 2), ("mixed", 2)])
    if k == "human":
        s = ch(WORDS_PW) + ch(["", "", str(rint(1, 9))]) + str(ch([rint(10, 99), rint(2019, 2026), rint(100, 999)])) + ch("!#$@?*&%")
    elif k == "random":
        while True:
            s = rs(rint(10, 16), ALNUM + "!#$%&*?@")
            if re.search(r"\d", s) and re.search(r"[A-Z]", s) and re.search(r"[a-z]", s):
                break
    elif k == "phrase":
        s = "-".join(ch(["appel", "brug", "fiets", "molen", "tulp", "wolk", "kaas", "dijk", "zee", "boot", "vos",
                          "regen", "lamp", "klok", "trein", "sokken"]) for _ in range(3)) + str(rint(1, 99))
    else:
        s = ch(WORDS_PW).lower() + ch("!#$@?*&") + rs(3, string.ascii_uppercase) + str(rint(100, 9999))
    return V("WACHTWOORD", s)


B62 = ALNUM
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"


def api_key(kind=None):
    kind = kind or ch(["openai_proj", "openai", "anthropic", "ghp", "github_pat", "aws", "stripe", "stripe_rk",
                       "google", "slack", "sendgrid", "mollie", "hf", "glpat", "shopify", "whsec", "mailchimp"])
    k = {
        "openai_proj": lambda: "sk-proj-" + rs(rint(48, 74), B64U),
        "openai": lambda: "sk-" + rs(48, B62),
        "anthropic": lambda: "sk-ant-api03-" + rs(93, B64U) + "AA",
        "ghp": lambda: "ghp_" + rs(36, B62),
        "github_pat": lambda: "github_pat_11" + rs(20, string.ascii_uppercase + string.digits) + "_" + rs(59, B62),
        "aws": lambda: "AKIA" + rs(16, string.ascii_uppercase + "234567"),
        "stripe": lambda: "sk_live_" + rs(rint(24, 99), B62),
        "stripe_rk": lambda: "rk_live_" + rs(rint(24, 99), B62),
        "google": lambda: "AIza" + rs(35, B64U),
        "slack": lambda: f"xoxb-{digits(12)}-{digits(13)}-{rs(24, B62)}",
        "sendgrid": lambda: "SG." + rs(22, B64U) + "." + rs(43, B64U),
        "mollie": lambda: "live_" + rs(30, B62),
        "hf": lambda: "hf_" + rs(34, string.ascii_letters),
        "glpat": lambda: "glpat-" + rs(20, B64U),
        "shopify": lambda: "shpat_" + rs(32, HEX),
        "whsec": lambda: "whsec_" + rs(32, B62),
        "mailchimp": lambda: rs(32, HEX) + "-us" + str(rint(1, 21)),
    }[kind]()
    return V("API_SLEUTEL", k)


def provider_of(key):
    v = key.value
    for pre, name in (("sk-ant-", "Anthropic"), ("sk-proj-", "OpenAI"), ("sk-", "OpenAI"), ("ghp_", "GitHub"),
                      ("github_pat_", "GitHub"), ("AKIA", "AWS"), ("sk_live_", "Stripe"), ("rk_live_", "Stripe"),
                      ("AIza", "Google Maps"), ("xoxb-", "Slack"), ("SG.", "SendGrid"), ("live_", "Mollie"),
                      ("hf_", "Hugging Face"), ("glpat-", "GitLab"), ("shpat_", "Shopify"), ("whsec_", "Stripe")):
        if v.startswith(pre):
            return name
    return "Mailchimp"


def fmt_money(v, style, lang="nl"):
    if lang == "en":
        return f"€{v:,.2f}" if style != "EUR" else f"EUR {v:,.2f}"
    if style in ("dash", "dash_ns"):
        n = nl_num(v, False)
        return f"€ {n},-" if style == "dash" else f"€{n},-"
    n = nl_num(v, True)
    return {"eur_sp": f"€ {n}", "eur": f"€{n}", "EUR": f"EUR {n}", "euro": f"{n} euro", "post": f"{n} EUR"}[style]


def co(sector):
    return ch(COS[sector])


# ----------------------------------------------------------------------------------------------
# form helpers: signatures, disclaimers, quoting, chats, prompts
# ----------------------------------------------------------------------------------------------
def closing(lang):
    if lang == "en":
        return ch(["Kind regards,", "Best regards,", "Thanks,", "Regards,", "Best,"])
    if lang == "be":
        return ch(["Met vriendelijke groeten,", "Vriendelijke groeten,", "Groetjes,", "Met vriendelijke groet,", "Mvg,"])
    return ch(["Met vriendelijke groet,", "Met vriendelijke groeten,", "Groet,", "Groeten,", "Mvg,",
               "Vriendelijke groet,", "Hartelijke groet,", "Alvast bedankt,"])


def sig(d, p, role=None, c=None, lang="nl", tel=True, mail=True, addr=None, form=None):
    d.ln(closing(lang))
    if pr(0.3):
        d.ln()
    d.ln("{n}", n=form or (p.F() if pr(0.85) else p.I()))
    if role and c:
        d.ln(ch(["{r} | {c}", "{r}\n{c}", "{r} - {c}", "{c}\n{r}"]).format(r=role, c=c.name))
    elif c:
        d.ln(c.name)
    if addr is not None:
        d.ln("{a}", a=addr.line())
    if tel:
        d.ln(ch(["T: {t}", "M: {t}", "Tel.: {t}", "Mobiel: {t}", "{t}", "t {t}", "Tel {t}"]) if lang != "en" else
             ch(["T: {t}", "Mobile: {t}", "Phone: {t}", "{t}"]), t=phone("m", be=(lang == "be")) if pr(0.7) else phone(be=(lang == "be")))
    if mail:
        d.ln(ch(["E: {e}", "{e}", "Mail: {e}", "e-mail: {e}"]), e=email_of(p, c.domain if c else None, be=(lang == "be")))
    if c and pr(0.4):
        d.ln("www." + c.domain)


DISCL = {
    "nl": ["Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht onterecht ontvangen, "
           "verwijder het dan en informeer de afzender. Aan de inhoud kunnen geen rechten worden ontleend.",
           "Disclaimer: de informatie in dit bericht is vertrouwelijk en alleen bedoeld voor de geadresseerde.",
           "Denk aan het milieu voordat u deze e-mail print.",
           "Op al onze diensten zijn de algemene voorwaarden van toepassing, te vinden op onze website.",
           "Ik werk op maandag, dinsdag en donderdag. Op andere dagen kan het antwoord iets langer duren."],
    "be": ["Dit bericht en eventuele bijlagen zijn vertrouwelijk. Bent u niet de bestemmeling, gelieve de afzender "
           "te verwittigen en dit bericht te verwijderen.", "Gelieve rekening te houden met het milieu alvorens deze mail af te drukken."],
    "en": ["This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
           "received it in error, please notify the sender and delete it.", "Please consider the environment before printing this e-mail."],
}


def disclaimer(d, lang="nl"):
    d.ln()
    d.ln(ch(DISCL[lang]))


def quote_header(d, p, em, lang="nl", date=None):
    date = date or rdate()
    t = f"{rint(7, 19):02d}:{rint(0, 59):02d}"
    if lang == "en":
        st = ch(["gm", "ol"])
        if st == "gm":
            d.ln("On {dd} at " + t + ", {n} <{e}> wrote:", dd=f"{EN_D[date.weekday()][:3]}, {date.day} {EN_M[date.month - 1][:3]} {date.year}", n=p.F(), e=em)
        else:
            d.ln("From: {n} <{e}>\nSent: {dd} " + t + "\nSubject: RE: your message", n=p.F(), e=em,
                 dd=f"{EN_D[date.weekday()]}, {date.day} {EN_M[date.month - 1]} {date.year}")
        return
    st = ch(["gm", "ol", "orig", "gm2"])
    if st == "gm":
        d.ln("Op {dd} om " + t + " schreef {n} <{e}>:", dd=f"{DAG_S[date.weekday()]} {date.day} {MND_S[date.month - 1]} {date.year}", n=p.F(), e=em)
    elif st == "gm2":
        d.ln("Op {dd} " + t + " schreef {n} <{e}>:", dd=f"{date.day:02d}-{date.month:02d}-{date.year}", n=p.F(), e=em)
    elif st == "ol":
        d.ln("Van: {n} <{e}>\nVerzonden: {dd} " + t, n=p.F(), e=em, dd=Kp(fdate(date, "wdmy")))
    else:
        d.ln("-----Oorspronkelijk bericht-----\nVan: {e}\nDatum: {dd}", e=em, dd=Kp(fdate(date, "dd-mm-yyyy")))


def quoted(d, sub, lang="nl", p=None, em=None):
    d.ln()
    if p is not None:
        quote_header(d, p, em, lang)
    d.extend(sub, prefix="> " if pr(0.6) else "")
    d.add("\n")


def chat(d, lines, style=None, day=None, lang="nl"):
    """lines: list of (speaker_parts, message_parts)."""
    style = style or ch(["wa_a", "wa_a2", "wa_i", "wa_i2", "wa_us", "teams", "teams2", "plain", "slack"])
    day = day or rdate()
    h, m, s = rint(7, 17), rint(0, 59), rint(0, 59)
    for spk, msg in lines:
        m += rint(0, 9)
        s = rint(0, 59)
        if m >= 60:
            h, m = h + 1, m - 60
        hh = f"{h:02d}:{m:02d}"
        if style == "wa_a":
            d.add(f"{day.day:02d}-{day.month:02d}-{day.year} {hh} - ", spk, ": ", msg, "\n")
        elif style == "wa_a2":
            d.add(f"{day.day:02d}/{day.month:02d}/{day.year}, {hh} - ", spk, ": ", msg, "\n")
        elif style == "wa_i":
            d.add(f"[{day.day:02d}-{day.month:02d}-{day.year} {hh}:{s:02d}] ", spk, ": ", msg, "\n")
        elif style == "wa_i2":
            d.add(f"[{day.day:02d}/{day.month:02d}/{day.year % 100:02d}, {hh}:{s:02d}] ", spk, ": ", msg, "\n")
        elif style == "wa_us":
            ap = "AM" if h < 12 else "PM"
            d.add(f"{day.month}/{day.day}/{day.year % 100}, {(h - 1) % 12 + 1}:{m:02d} {ap} - ", spk, ": ", msg, "\n")
        elif style == "teams":
            d.add(f"[{hh}] ", spk, "\n", msg, "\n")
        elif style == "teams2":
            d.add(spk, f"  {h}:{m:02d}\n", msg, "\n\n")
        elif style == "slack":
            ap = "AM" if h < 12 else "PM"
            d.add(spk, f"  {(h - 1) % 12 + 1}:{m:02d} {ap}\n", msg, "\n")
        else:
            d.add(spk, f" ({hh}): ", msg, "\n")


PROMPTS = {
    "nl": [("Vat dit samen:\n\n", ""), ("Vat dit samen in drie zinnen:\n\n", ""), ("Schrijf een reactie op:\n\n", ""),
           ("Schrijf een beleefde reactie op onderstaande mail.\n\n", ""), ("Kun je hier actiepunten van maken?\n\n", ""),
           ("Herschrijf dit zakelijker:\n\"\"\"\n", "\n\"\"\""), ("Maak een korte samenvatting voor mijn leidinggevende:\n---\n", "\n---"),
           ("", "\n\nKun je dit netjes formuleren?"), ("", "\n\nWat moet ik hierop antwoorden?"), ("Check dit op taalfouten:\n\n", ""),
           ("Zet de belangrijkste gegevens in een tabel:\n\n", ""), ("Translate to English:\n\n", ""),
           ("Maak hier een nette notitie van voor het dossier:\n\n", ""), ("Kun je dit korter maken? Max 100 woorden.\n\n", ""),
           ("", "\n\n^ vat dit even samen aub"), ("Help me met een antwoord. Toon: vriendelijk maar duidelijk.\n\n", ""),
           ("Welke vervolgstappen zie jij hier?\n\n", ""), ("Translate into Polish please:\n\n", "")],
    "be": [("Kan je dit samenvatten?\n\n", ""), ("Gelieve hierop een antwoord op te stellen:\n\n", ""),
           ("Herschrijf dit wat formeler aub:\n\n", ""), ("Translate to English:\n\n", ""), ("", "\n\nKan je hier een korte mail van maken?"),
           ("Vertaal naar het Frans:\n\n", "")],
    "en": [("Summarize this:\n\n", ""), ("Can you summarize this for my manager?\n\n", ""), ("Write a polite reply to this:\n\n", ""),
           ("Translate to Dutch:\n\n", ""), ("Make this sound more professional:\n\n", ""), ("", "\n\nWhat should I reply?"),
           ("Extract the action items from this:\n\n", "")],
}


def wrap(doc, p=None):
    pre, suf = p or ch(PROMPTS.get(doc.lang, PROMPTS["nl"]))
    w = Doc(doc.lang)
    w.add(pre)
    while doc.buf and doc.buf[-1] == "\n":
        doc.buf.pop()
    w.extend(doc)
    w.add(suf)
    return w


def subj(s):
    return ch(["Onderwerp: ", "Subject: ", "Onderwerp: RE: ", "Onderwerp: FW: ", "Re: "]) + s + "\n\n"


def casual(p):
    """First name as typed in a chat: often all lowercase."""
    return p.low() if len(p.first) >= 4 and pr(0.5) else p.Fn()


def minutes_people(d, n, nl_only=False):
    """People plus a short reference form (acronym or initials) for minutes."""
    out = []
    for _ in range(n):
        p = d.pp("nl" if nl_only and pr(0.6) else None)
        a = p.acro()
        out.append((p, a if a is not None and pr(0.75) else p.I()))
    return out


# ==============================================================================================
# REGULAR (non-blocked) templates, per sector
# ==============================================================================================
# --- accountancy / bookkeeping -----------------------------------------------------------------
def r_acc_email_jaarrekening():
    d = Doc()
    c = co("acc")
    kl, bh = d.pp(), d.pp()
    jaar = ch([2023, 2024])
    ka = Addr()
    if pr(0.5):
        d.add(subj(f"Jaarrekening {jaar} - vragen"))
        d.ln("{a},", a=bh.aanhef())
        d.ln()
        d.ln("Ik heb de concept-jaarrekening {j} doorgenomen. Klopt het dat de omzet is uitgekomen op {m1}? Volgens mijn "
             "eigen overzicht zat ik iets hoger. Ook zie ik de aanschaf van de nieuwe bestelbus ({m2}, kenteken {k}) niet "
             "terug bij de investeringen.", j=str(jaar), m1=money(60000, 240000, dec=False), m2=money(18000, 42000), k=plate())
        d.ln()
        d.ln("Kunnen we {dag} even bellen? Ik ben na 16:00 bereikbaar op {t}.", dag=kdate("wdm"), t=phone("m"))
        d.ln()
        d.ln(closing("nl"))
        d.ln("{n}", n=kl.F() if pr(0.7) else kl.Fn())
        if pr(0.5):
            d.ln("{a}", a=ka.line())
        if pr(0.5):
            sub = Doc()
            sub.ln("{a},", a=kl.aanhef())
            sub.ln()
            sub.ln("In de bijlage vind je de concept-jaarrekening {j}. Het resultaat komt uit op {m}. Laat je weten of je "
                   "vragen hebt? Dan kan ik de aangifte daarna definitief maken.", j=str(jaar), m=money(12000, 90000))
            sub.ln()
            sig(sub, bh, ch(["Boekhouder", "Administratief medewerker", "Fiscalist"]), c, tel=False)
            quoted(d, sub, p=bh, em=email_of(bh, c.domain))
    else:
        d.add(subj(f"Uw jaarrekening {jaar}"))
        d.ln("{a},", a=kl.aanhef())
        d.ln()
        d.ln("Hierbij ontvangt u de definitieve jaarrekening {j} van uw eenmanszaak. De winst bedraagt {m1}; daarvan gaat "
             "{m2} af als zelfstandigenaftrek. De aangifte inkomstenbelasting dienen wij uiterlijk {dl} in.",
             j=str(jaar), m1=money(25000, 95000), m2=money(2000, 3800, dec=False), dl=kdate(ch(["dmy", "wdm"])))
        d.ln()
        d.ln("Wilt u ook de gegevens van uw partner, {pn}, nog aanleveren? Dan nemen we de verdeling van de "
             "hypotheekrente ({m}) direct mee.", pn=d.pp().F(), m=money(3000, 14000))
        d.ln()
        sig(d, bh, ch(["Accountant", "Boekhouder", "Assistent-accountant"]), c, addr=Addr() if pr(0.3) else None)
        if pr(0.6):
            disclaimer(d)
    return d


def r_acc_crm_aangifte():
    d = Doc()
    mw = d.pp()
    kl = d.pp()
    a = Addr()
    ref = mw.acro() or mw.Fn()
    jaar = ch([2023, 2024])
    d.ln("Notitie {dd} - {r}", dd=kdate(ch(["dd-mm-yyyy", "d-m-yyyy"])), r=ref)
    d.ln("Klant: {k} ({v}), {a}", k=kl.F() if pr(0.6) else kl.rev(), v=ch(["eenmanszaak", "vof", "particulier", "zzp"]), a=a.line())
    d.ln("Tel: {t}", t=phone())
    if pr(0.5):
        d.ln("Mail: {e}", e=email_of(kl))
    d.ln()
    lines = [
        ("Besproken: aangifte IB {j}. Klant heeft in {j} {m} aan giften gedaan, bewijs volgt per mail.", dict(m=money(150, 2400))),
        ("Hypotheekrente volgens jaaropgaaf: {m}. WOZ-waarde {w}.", dict(m=money(2500, 16000), w=money(280000, 650000, dec=False))),
        ("Voorlopige teruggave van {m} wordt gestort op {ib}.", dict(m=money(300, 4200), ib=iban())),
        ("Klant twijfelt over de kleineondernemersregeling; omzet {j} ca. {m}.", dict(m=money(12000, 30000, dec=False))),
        ("Partner {pp} werkt sinds {dd} in loondienst, dat verandert de verdeling.", dict(pp=d.pp().F(), dd=kdate("dm"))),
    ]
    R.shuffle(lines)
    for t, kw in lines[: rint(2, 4)]:
        d.ln(t, j=str(jaar), **kw)
    d.ln()
    d.ln("Actie: {r} vraagt ontbrekende stukken op, deadline {dl}.", r=ref, dl=kdate(ch(["dm", "wdm", "dd-mm-yyyy"])))
    return d


def r_acc_chat_bonnetjes():
    d = Doc()
    bh, kl = d.pp(), d.pp()
    sb = bh.Fn() if pr(0.5) else bh.F()
    sk = kl.F() if pr(0.5) else kl.Fn()
    q = ch(["Q1", "Q2", "Q3", "Q4"])
    lines = [
        (sb, ["Hoi ", kl.Fn() if pr(0.5) else kl.low(), ", wil je de bonnetjes van ", q, " nog even uploaden? De btw-aangifte moet deze week de deur uit."]),
        (sk, ["Ja sorry, vergeten. Doe ik vanavond. Die factuur van de garage was ", money(180, 1400), " incl btw"]),
        (sb, ["Top. Er staat ook nog een bijschrijving van ", money(90, 900), " zonder omschrijving, weet jij wat dat is?"]),
        (sk, ["Dat is van ", d.pp().F() if pr(0.5) else ["mijn zwager ", casual(d.pp())], ", die heeft de oude laptop overgenomen"]),
    ]
    if pr(0.5):
        lines.append((sb, ["Oké, dan boek ik het als verkoop inventaris. Teruggave komt op ", iban(), " toch?"]))
        lines.append((sk, ["Klopt 👍"]))
    chat(d, lines)
    return d


def r_acc_invoice():
    d = Doc()
    c = co("acc")
    kl = d.pp()
    ka, ca = Addr(), Addr()
    style = ch(["eur_sp", "eur", "EUR"])
    items = R.sample([("Samenstellen jaarrekening", 450, 1600), ("Aangifte inkomstenbelasting", 175, 495),
                      ("Btw-aangiftes (4x)", 240, 600), ("Verwerken administratie", 300, 1800),
                      ("Advies- en telefoongesprekken", 60, 350), ("Aangifte IB fiscaal partner", 95, 250),
                      ("Loonadministratie (12 mnd)", 300, 900)], rint(2, 4))
    d.ln(ch(["FACTUUR", "Factuur", "FACTUUR / INVOICE"]))
    d.ln(c.name)
    d.ln("{a}", a=ca.line())
    d.ln("KvK {k}", k=digits(8))
    d.ln()
    d.ln("Aan:")
    d.ln("{n}", n=kl.F() if pr(0.6) else kl.I())
    d.ln("{a}", a=ka.block())
    d.ln()
    d.ln("Factuurnummer: {fn}", fn=f"{ch([2024, 2025])}-{rint(10, 999):04d}")
    d.ln("Factuurdatum: {fd}", fd=kdate(ch(["dd-mm-yyyy", "dmy"])))
    d.ln()
    tot = 0
    for name, lo, hi in items:
        v = round(R.uniform(lo, hi), 2)
        tot += v
        d.ln(name.ljust(34) + "{m}", m=Kp(fmt_money(v, style)))
    btw = round(tot * 0.21, 2)
    d.ln("Subtotaal".ljust(34) + "{m}", m=Kp(fmt_money(tot, style)))
    d.ln("Btw 21%".ljust(34) + "{m}", m=Kp(fmt_money(btw, style)))
    d.ln("Totaal".ljust(34) + "{m}", m=Kp(fmt_money(round(tot + btw, 2), style)))
    d.ln()
    d.ln("Graag binnen 14 dagen overmaken op {ib} t.n.v. {c} o.v.v. het factuurnummer.", ib=iban(), c=c.name)
    return d


def r_acc_minutes():
    d = Doc()
    c = co("acc")
    ppl = minutes_people(d, rint(3, 5))
    kl1, kl2 = d.pp(), d.pp()
    d.ln(ch(["Notulen teamoverleg {c}", "Verslag werkoverleg", "Notulen overleg administratie"]).replace("{c}", c.name))
    d.ln("Datum: {dd}", dd=kdate(ch(["wdmy", "dd-mm-yyyy", "dmy"])))
    d.add("Aanwezig: ")
    for i, (p, ref) in enumerate(ppl):
        d.add(", " if i else "")
        if ref.value == p._ini_name:
            d.add(ref)
        else:
            d.add(p.F(), " (", ref, ")")
    d.ln()
    d.ln()
    a0, a1, a2 = ppl[0][1], ppl[1][1], ppl[2][1]
    d.ln("1. Werkvoorraad")
    d.ln("Nog {n} aangiftes IB open. {a} heeft het dossier van {k} overgenomen; daar ontbreekt nog de jaaropgaaf van de "
         "bank. Omzetbelasting Q{q} is voor alle klanten ingediend, op één na.", n=str(rint(6, 40)), a=a1, k=kl1.title(), q=str(rint(1, 4)))
    d.ln()
    d.ln("2. Tarieven")
    d.ln("Uurtarief gaat per {dd} naar {m} excl. btw. Vaste prijs aangifte IB blijft {m2}.", dd=kdate("dmy"), m=money(65, 125, dec=False), m2=money(150, 350, style="dash"))
    d.ln()
    d.ln("Actiepunten:")
    d.ln("- {a}: belt {k} over de betalingsregeling ({m})", a=a0, k=kl2.any(), m=money(400, 3500))
    d.ln("- {a}: stuurt herinnering voor bonnetjes Q{q}", a=a2, q=str(rint(1, 4)))
    d.ln("- {a}: planning vakantieperiode rondsturen vóór {dd}", a=a1, dd=kdate("dm"))
    return d


def r_acc_herinnering_prompt():
    d = Doc()
    kl = d.pp()
    a = Addr()
    lang = "nl"
    d.ln(ch(["Schrijf een vriendelijke maar duidelijke betalingsherinnering aan {k} ({a}) voor factuur {f} van {m}, vervallen op {dd}.",
             "Kun je een tweede aanmaning opstellen voor {k}, {a}? Het gaat om factuur {f} ({m}), die al sinds {dd} openstaat."]),
         k=kl.title() if pr(0.6) else kl.F(), a=a.line() if pr(0.6) else a.te(), f=f"{ch([2024, 2025])}-{rint(10, 999):04d}",
         m=money(95, 4800), dd=kdate(ch(["dmy", "dd-mm-yyyy"])))
    d.ln(ch(["Ons rekeningnummer is {ib}.", "Betalen kan op {ib} t.n.v. ons kantoor.", "IBAN: {ib}"]), ib=iban())
    if pr(0.5):
        d.ln("Onderteken met {n}, {r}.", n=d.pp().F(), r=ch(["boekhouder", "office manager", "debiteurenbeheer"]))
    return d


def r_acc_bank_csv():
    d = Doc()
    sep = ch([";", ",", "\t"])
    d.ln(ch(["Kun je deze transacties categoriseren voor de boekhouding?", "Welke van deze posten zijn zakelijk?",
             "Help me deze bankregels te boeken (grootboekrekening voorstellen):"]))
    d.ln()
    d.ln(sep.join(["Datum", "Naam tegenpartij", "Tegenrekening", "Bedrag", "Omschrijving"]))
    for _ in range(rint(2, 4)):
        p = d.pp()
        v = R.uniform(15, 2500)
        amt = Kp(("-" if pr(0.6) else "") + nl_num(v, True))
        if sep == ",":
            amt = ['"', amt, '"']
        d.add(Kp(fdate(rdate(), "dd-mm-yyyy")), sep, p.F() if pr(0.6) else p.U(), sep, iban(spaced=False), sep, amt, sep,
              ch(["huur werkplaats", "terugbetaling lening", "factuur 2024-118", "voorschot", "Tikkie etentje", "materiaal"]), "\n")
    q = '"' if sep == "," else ""
    d.ln("{d}" + sep + "Belastingdienst" + sep + sep + q + "{m}" + q + sep + "btw Q" + str(rint(1, 4)),
         d=Kp(fdate(rdate(), "dd-mm-yyyy")), m=Kp("-" + nl_num(R.uniform(200, 5000), True)))
    return d


# --- recruitment / uitzendbureaus ---------------------------------------------------------------
JOBS = {"tr": ["chauffeur C/CE", "bijrijder", "magazijnmedewerker", "planner", "chauffeur bestelbus"],
        "cl": ["schoonmaker", "objectleider", "glazenwasser", "schoonmaakmedewerker"],
        "zorg": ["verzorgende IG", "huishoudelijk medewerker", "kraamverzorgende", "helpende plus"],
        "ws": ["klantenservicemedewerker", "magazijnmedewerker", "inpakker", "content-medewerker"],
        "acc": ["administratief medewerker", "assistent-accountant", "salarisadministrateur"],
        "mak": ["makelaar-assistent", "binnendienstmedewerker", "opzichter"],
        "rs": ["rijinstructeur", "planner", "baliemedewerker"],
        "ev": ["evenementencoördinator", "barmedewerker", "stylist"],
        "ins": ["binnendienstmedewerker schade", "acceptant"],
        "vt": ["projectmanager", "vertaler"]}
FUNCTIES = ["orderpicker", "heftruckchauffeur", "productiemedewerker", "chauffeur C/CE", "schoonmaker", "kok",
            "administratief medewerker", "magazijnmedewerker", "monteur", "verzorgende IG", "callcentermedewerker",
            "heftruckchauffeur reachtruck", "inpakker", "bijrijder", "receptionist"]


def r_rec_kandidaat_crm():
    d = Doc()
    c = co("rec")
    k = d.pp()
    rc = d.pp()
    ref = d.pp()
    city = ch(CITIES)
    d.ln(ch(["Kandidaat: {n}", "KANDIDAAT {n}", "Naam kandidaat: {n}"]), n=k.F() if pr(0.8) else k.U())
    d.ln("Woonplaats: {w} | Tel: {t} | Mail: {e}", w=city, t=phone("m"), e=email_of(k))
    if pr(0.45):
        d.ln(ch(["Geboortedatum: {g}", "Geb.: {g}", "geb. {g}"]), g=dob(1962, 2005))
    d.ln("Rijbewijs: {r}", r=ch(["B", "B, C, CE + code 95", "geen", "B + heftruckcertificaat", "AM, B"]))
    d.ln("Functie: {f}", f=ch(FUNCTIES))
    d.ln("Beschikbaar per: {dd}", dd=kdate(ch(["dd-mm-yyyy", "dmy", "wdm"])))
    d.ln("Wensen: {u} uur, uurloon min. {m}", u=ch(["24-32", "32-40", "40", "fulltime", "max 20"]), m=money(14.5, 24, style=ch(["eur_sp", "eur"]), dec=True))
    d.ln()
    d.ln("Notitie ({r}): {txt}", r=rc.acro() or rc.Fn(), txt=ch([
        ["Sterke kandidaat, eerder via ons geplaatst. Referentie ", ref.F(), " gebeld: positief over inzet en stiptheid."],
        ["Spreekt goed Nederlands en Engels. Heeft bij ", ref.title(), " (vorige werkgever) drie jaar in ploegendienst gewerkt."],
        ["Wil niet in nachtdienst. ", ref.F(), " van de planning zoekt iets passends in de regio ", city, "."],
        ["Nog geen VCA, training ingepland op ", kdate("wdm"), ". Kosten ", money(150, 290, style="dash"), " voor onze rekening."]]))
    return d


def r_rec_referentie():
    d = Doc()
    k, r1, r2 = d.pp(), d.pp(), d.pp()
    rec = d.pp()
    d.ln(ch(["Referentiecheck {k}", "Verslag referenties - {k}", "Referenties kandidaat {k}"]), k=k.F())
    d.ln()
    d.ln("Op {dd} heb ik telefonisch referenties nagetrokken voor {k}. {r1}, {rol} bij een {bedr} in {c}, gaf aan dat "
         "{kf} zeer zelfstandig werkt en nooit te laat kwam. Wel merkte {r1s} op dat het plannen van overuren soms lastig was.",
         dd=kdate("wdm"), k=k.F(), r1=r1.F(), rol=ch(["teamleider", "vestigingsmanager", "planner", "eigenaar"]),
         bedr=ch(["bakkerij", "distributiecentrum", "hotel", "garagebedrijf", "zorginstelling", "kwekerij"]), c=ch(CITIES),
         kf=k.Fn(), r1s=r1.title())
    d.ln()
    d.ln("De tweede referent, {r2}, was alleen bereikbaar via {t}. " + ("Zij" if r2.g == "f" else "Hij") + " bevestigde de periode ({p}) en zou {kf} "
         "\"zonder twijfel\" opnieuw aannemen.", r2=r2.title(), t=phone(), p=ch(["2019-2023", "2021-2024", "2018-2022", "2022-2025"]), kf=k.Fn())
    d.ln()
    d.ln("Conclusie: akkoord voor plaatsing. - {r}", r=rec.acro() or rec.Fn())
    return d


def r_rec_plaatsing_mail():
    d = Doc()
    c = co("rec")
    cl, k, rc = d.pp(), d.pp(), d.pp()
    d.add(subj(ch(["Start kandidaat expeditie", "Plaatsing per maandag", "Bevestiging plaatsing"])))
    d.ln("{a},", a=cl.aanhef())
    d.ln()
    d.ln("Zoals besproken start {k} op {dd} bij jullie op de afdeling {af}. Het uurtarief bedraagt {m} excl. btw "
         "(inlenersbeloning schaal {s}). {kf} komt met eigen vervoer; het kenteken voor de parkeerplaats is {kt}.",
         k=k.F(), dd=kdate(ch(["wdm", "dmy"])), af=ch(["expeditie", "productie", "inpak", "receptie", "magazijn", "schoonmaak"]),
         m=money(26, 48, dec=True), s=str(rint(2, 7)), kf=k.Fn(), kt=plate())
    d.ln()
    d.ln(ch(["Wil je laten weten wie {kf} de eerste dag ontvangt?", "Kun je de werkschoenen (maat {sz}) klaarleggen?",
             "De urenbriefjes graag elke vrijdag vóór 12:00 aftekenen."]).replace("{sz}", str(rint(38, 46))), kf=k.Fn())
    d.ln()
    sig(d, rc, ch(["Intercedent", "Recruiter", "Accountmanager"]), c)
    if pr(0.4):
        disclaimer(d)
    return d


def r_rec_teams():
    d = Doc()
    a, b = d.pp(), d.pp()
    k1, k2, k3 = d.pp(), d.pp(), d.pp()
    sa, sb = a.F(), b.F()
    lines = [
        (sa, ["heeft iemand ", casual(k1), " nog gesproken? die zou vandaag haar contract ophalen"]),
        (sb, ["Ja, komt morgen om 10 uur. ", k2.F(), " heeft trouwens afgezegd voor de intake"]),
        (sa, ["jammer. en ", k3.title(), "? nummer is ", phone("m")]),
        (sb, [ch(["Bel ik zo", "Die wil alleen dagdienst", "Staat op de lijst voor het DC in " + ch(CITIES)])]),
    ]
    if pr(0.5):
        lines.append((sa, ["Tarief voor die klant is trouwens ", money(28, 45), " per uur, niet ", money(20, 27)]))
    chat(d, lines, style=ch(["teams", "teams2", "slack", "plain"]))
    return d


def r_rec_en_mail():
    d = Doc("en")
    c = co("rec")
    k, rc = d.pp(ch(["pl", "in", "er", "sy", "gh", "zh"])), d.pp()
    d.add("Subject: " + ch(["Your registration", "Intake appointment", "Job offer warehouse"]) + "\n\n")
    d.ln("Dear {n},", n=k.Fn() if pr(0.6) else k.F())
    d.ln()
    d.ln("Thank you for registering with {c}. We would like to invite you for an intake on {dd} at {t} at our office. "
         "Please bring a valid ID and your bank card; the hourly wage for this position is {m} gross.",
         c=c.name, dd=kdate(lang="en"), t=tm(), m=money(14, 19, lang="en"))
    d.ln()
    d.ln("If you have any questions, call {r} on {ph} or reply to this e-mail.", r=rc.F(), ph=phone("m"))
    d.ln()
    sig(d, rc, "Recruiter", c, lang="en", tel=False)
    if pr(0.5):
        disclaimer(d, "en")
    return d


def r_rec_form_inschrijving():
    d = Doc()
    k = d.pp()
    a = Addr(caps=pr(0.4))
    caps = a.street.isupper()
    d.ln(ch(["INSCHRIJFFORMULIER", "Inschrijfformulier uitzendkracht", "Aanmelding kandidaat"]))
    if pr(0.5):
        d.ln("Achternaam: {a}", a=V("PERSOON", k.Sur.upper() if caps else k.Sur))
        d.ln("Voornaam: {v}", v=V("PERSOON", k.first.upper() if caps else k.first))
    else:
        d.ln("Naam: {n}", n=k.U() if caps else k.F())
    d.ln("Geboortedatum: {g}", g=dob(1960, 2006))
    d.ln("Adres: {a}", a=a.A())
    d.ln("Postcode/plaats: {p} {c}", p=a.PC(), c=a.city)
    d.ln("Telefoon: {t}", t=phone("m"))
    d.ln("E-mail: {e}", e=email_of(k))
    d.ln("Rijbewijs: {r}", r=ch(["ja (B)", "nee", "ja, B en C"]))
    d.ln("Gewenste functie: {f}", f=ch(FUNCTIES))
    d.ln("Beschikbaar vanaf: {b}", b=kdate("dd-mm-yyyy"))
    d.ln("ID-bewijs gecontroleerd: ja (kopie niet bewaard)")
    return d


# --- makelaars / property managers -------------------------------------------------------------
def r_mak_bezichtigingen():
    d = Doc()
    a = Addr()
    dd = kdate(ch(["wdm", "wdmy", "sdm"]))
    d.ln(ch(["Bezichtigingen {a} ({c}) - {d}", "Planning bezichtigingen {d}, {a}"]), a=a.A(), c=a.city, d=dd)
    h = rint(9, 15)
    for i in range(rint(2, 4)):
        p = d.pp()
        t = f"{h + i // 2:02d}:{'00' if i % 2 == 0 else '30'}"
        d.ln("{t}  {n}  {c}", t=t, n=p.F() if pr(0.6) else p.title(), c=phone("m") if pr(0.7) else email_of(p))
    d.ln()
    occ = d.pp()
    d.ln(ch(["Sleutel ophalen bij de huidige bewoner, {o}, vanaf 08:30.", "Huidige huurder {o} is zelf thuis, graag schoenen uit.",
             "{o} (verkoper) wil graag een terugkoppeling per mail."]), o=occ.title(start=True) if pr(0.5) else occ.F())
    d.ln("Vraagprijs {m} k.k.", m=money(245000, 895000, dec=False, style=ch(["eur_sp", "eur", "dash"])))
    return d


def r_mak_huurder_mail():
    d = Doc()
    c = co("mak")
    h, bh = d.pp(), d.pp()
    a = Addr()
    prob_i = rint(0, 3)
    topic = ["Lekkage badkamer", "Kapotte cv-ketel", "Schimmel in slaapkamer", "Voordeur sluit niet"][prob_i]
    d.ln(ch(["Geachte heer/mevrouw,", "Beste {n},", "Goedendag,"]), n=bh.Fn())
    d.ln()
    d.ln("Sinds {dd} {prob} in mijn woning aan de {a}{pc}. Ik heb al twee keer gebeld maar er is nog niemand langs geweest. "
         "Ik ben thuis op {dag} en bereikbaar op {t}.",
         dd=kdate("dm"), prob=["lekt het in de badkamer", "doet de cv-ketel het niet meer", "zit er schimmel op de muur van de slaapkamer",
                               "sluit de voordeur niet goed"][prob_i], a=a.A(), pc=[" (", a.PC(), ")"] if pr(0.5) else "",
         dag=kdate("wdm"), t=phone())
    d.ln()
    d.ln(closing("nl"))
    d.ln("{n}", n=h.F())
    if pr(0.55):
        sub = Doc()
        sub.ln("{a},", a=h.aanhef())
        sub.ln()
        sub.ln("Dank voor uw melding. Onze monteur {m} komt {dd} tussen 8:00 en 12:00 langs. De kosten van {k} worden niet "
               "doorbelast, tenzij de schade door de huurder is veroorzaakt.", m=d.pp().Fn(), dd=kdate("wdm"), k=money(90, 650))
        sub.ln()
        sig(sub, bh, ch(["Huurdersbeheer", "Technisch beheer", "Property manager"]), c)
        d2 = Doc()
        d2.add("Onderwerp: RE: " + topic + "\n\n")
        d2.extend(sub)
        d2.add("\n")
        quote_header(d2, h, email_of(h))
        d2.extend(d, prefix="> ")
        return d2
    d0 = Doc()
    d0.add(subj(topic))
    d0.extend(d)
    return d0


def r_mak_vve_notulen():
    d = Doc()
    c = co("mak")
    complexnaam = ch(["Parkzicht", "De Watertoren", "Het Bolwerk", "Zonnehof", "De Linde", "Residentie Aan de Vaart"])
    d.ln("Notulen ALV VvE {c}", c=complexnaam)
    d.ln("Datum: {dd}, 19:30 uur, buurthuis", dd=kdate(ch(["wdmy", "dmy"])))
    mem = []
    for _ in range(rint(4, 6)):
        p = d.pp()
        mem.append(p)
    d.add("Aanwezig: ")
    for i, p in enumerate(mem):
        d.add(", " if i else "", ch([p.title(), [p.F()], [p.I()]]), f" (nr. {rint(1, 60)})")
    d.ln()
    d.ln("Namens de beheerder ({c}): {b}", c=c.name, b=d.pp().F())
    d.ln()
    d.ln("1. Begroting {y}: totaal {m}, waarvan {r} naar het reservefonds. Aangenomen met {n} stemmen voor.",
         y=str(ch([2025, 2026])), m=money(18000, 95000), r=money(5000, 30000, dec=False), n=str(rint(8, 40)))
    d.ln("2. Schilderwerk: offerte van {m} besproken. {p} vraagt een tweede offerte op.", m=money(12000, 60000), p=mem[0].title(start=True))
    d.ln("3. Rondvraag: {p} meldt overlast van fietsen in de gang. {q} stelt voor een fietsenrek te plaatsen.", p=mem[1].F(), q=mem[2].title(start=True))
    d.ln()
    d.ln("Volgende vergadering: {dd}.", dd=kdate("wdm"))
    return d


def r_mak_huurachterstand_brief():
    d = Doc()
    c = co("mak")
    h = d.pp()
    a = Addr()
    d.ln("{n}", n=h.F() if pr(0.6) else h.I())
    d.ln("{a}", a=a.block())
    d.ln()
    d.ln("{c}, {dd}", c=ch(CITIES), dd=kdate("dmy"))
    d.ln()
    d.ln("Betreft: huurachterstand {a}", a=a.A())
    d.ln()
    d.ln("Geachte {t},", t=h.title())
    d.ln()
    d.ln("Uit onze administratie blijkt dat de huur over {m1} en {m2} nog niet is voldaan. Het openstaande bedrag is {b}. "
         "Wij verzoeken u dit bedrag binnen 14 dagen over te maken op {ib} onder vermelding van uw huurcontractnummer.",
         m1=ch(MND[:6]), m2=ch(MND[6:]), b=money(900, 3800), ib=iban())
    d.ln()
    d.ln("Lukt dat niet, neem dan contact op met {p} via {t}; een betalingsregeling is bespreekbaar.", p=d.pp().F(), t=phone("l"))
    d.ln()
    d.ln("Met vriendelijke groet,")
    d.ln(c.name)
    return d


def r_mak_whatsapp_onderhoud():
    d = Doc()
    pm, mt = d.pp(), d.pp()
    h = d.pp()
    a = Addr()
    lines = [
        (pm.Fn(), ["Kun je vandaag nog naar ", a.A(), "? Huurder ", h.title(), " heeft geen warm water"]),
        (mt.Fn() if pr(0.5) else mt.F(), ["Ja rond 3 uur. Tel nummer van " + ("haar" if h.g == "f" else "hem") + "?"]),
        (pm.Fn(), [phone("m")]),
        (mt.Fn() if pr(0.5) else mt.F(), ["Ok. Als het de ketel is wordt het een nieuwe, ca ", money(1800, 3200, style="euro", dec=False)]),
        (pm.Fn(), ["Prima, doe maar. Factuur naar ons, niet naar de huurder"]),
    ]
    chat(d, lines)
    return d


def r_mak_verkoop_notitie():
    d = Doc()
    v1, v2 = d.pp(), d.pp()
    a = Addr()
    d.ln(ch(["Intake verkoop {dd}", "Waardebepaling + intake ({dd})", "Notitie verkoopgesprek {dd}"]), dd=kdate(ch(["dd-mm-yyyy", "dm"])))
    d.ln("Verkopers: {a} en {b}", a=v1.F(), b=v2.F() if pr(0.5) else v2.Fn())
    d.ln("Object: {a}", a=a.line())
    d.ln("Vraagprijs: {m} k.k. (advies {m2})", m=money(275000, 990000, dec=False), m2=money(260000, 950000, dec=False, style="dash"))
    d.ln("Bouwjaar {b}, energielabel {e}.", b=str(rint(1925, 2015)), e=ch("ABCDE"))
    d.ln("Bereikbaar: {t} ({n1}), {e} ({n2})", t=phone("m"), n1=v1.Fn(), e=email_of(v2), n2=v2.Fn())
    d.ln("Oplevering in overleg, voorkeur na {dd}. Courtage {m} incl. btw afgesproken.", dd=kdate("dmy"), m=money(3500, 9500, dec=False))
    return d


# --- webshop customer service -----------------------------------------------------------------
PRODUCTS = ["racefietsband 28 inch", "koffiemolen", "kattenvoer 10 kg", "pannenset", "babyfoon", "tuinset", "wolpakket",
            "vloerlamp", "espressoapparaat", "kinderzitje", "bureaulamp", "loungeset", "breinaalden", "hondenmand",
            "fietsverlichting", "kookpan 24 cm", "parasol", "stofzuigerzakken"]


def order_no():
    return ch(["#", "", "WS-", "ORD-"]) + str(rint(100000, 999999))


def r_ws_retour_thread():
    d = Doc()
    c = co("ws")
    k, ag = d.pp(), d.pp()
    a = Addr()
    prod = ch(PRODUCTS)
    on = order_no()
    em = email_of(k)
    sub = Doc()
    sub.ln("Hallo,")
    sub.ln()
    sub.ln("Op {dd} heb ik bij jullie een {p} besteld (bestelling {o}), maar {prob}. Ik wil hem graag retourneren en "
           "het bedrag van {m} terug op {ib}.", dd=kdate(ch(["dm", "dd-mm-yyyy"])), p=prod, o=on,
           prob=ch(["hij was beschadigd bij aankomst", "het is de verkeerde maat", "hij werkt niet", "er ontbrak een onderdeel"]),
           m=money(19, 450), ib=iban())
    sub.ln()
    sub.ln("Mijn adres: {a}", a=a.line())
    sub.ln()
    sub.ln(closing("nl"))
    sub.ln("{n}", n=k.F())
    if pr(0.4):
        sub.ln("{t}", t=phone("m"))
    d.add(subj(f"Retour bestelling {on}"))
    d.ln("{a},", a=k.aanhef())
    d.ln()
    d.ln(ch(["Vervelend dat je {p} niet in orde was. Je kunt het pakket kosteloos terugsturen met het retourlabel in de bijlage. "
             "Zodra we het binnen hebben, storten we {m} binnen 5 werkdagen terug.",
             "Dank voor je bericht. We hebben de retour aangemeld; de terugbetaling van {m} volgt na ontvangst. Let op: het "
             "retouradres is gewijzigd."]), p=prod, m=money(19, 450))
    d.ln()
    d.ln(closing("nl"))
    d.ln("{n}", n=ag.Fn())
    d.ln("Klantenservice {c}", c=c.name)
    quoted(d, sub, p=k, em=em)
    return d


def r_ws_livechat():
    d = Doc()
    c = co("ws")
    k, ag = d.pp(), d.pp()
    on = order_no()
    lines = [
        (["Bezoeker (", k.F(), ")"] if pr(0.5) else [k.Fn()], ["hoi, mijn pakket is nog niet bezorgd, bestelnummer ", on]),
        ([ag.Fn(), " (", c.name, ")"], ["Hoi! Ik kijk even mee. Kun je je e-mailadres geven?"]),
        (["Bezoeker (", k.F(), ")"] if pr(0.5) else [k.Fn()], [email_of(k)]),
        ([ag.Fn(), " (", c.name, ")"], ["Dank je. Het pakket ligt bij het afhaalpunt. Je betaalde ", money(15, 320), ", dat klopt?"]),
        (["Bezoeker (", k.F(), ")"] if pr(0.5) else [k.Fn()], ["ja. kan het niet gewoon naar ", Addr().A(), "? ik werk overdag"]),
    ]
    chat(d, lines, style=ch(["plain", "teams", "wa_a"]))
    return d


def r_ws_crm():
    d = Doc()
    k = d.pp()
    ag = d.pp()
    a = Addr()
    bur = d.pp()
    d.ln("Ticket {n} - {k} - {e}", n=f"#{rint(10000, 99999)}", k=k.F(), e=email_of(k))
    d.ln()
    d.ln("Klant belde vanaf {t}: pakket {o} is volgens track & trace op {dd} bezorgd bij de buren op {a}, maar daar niet "
         "aangekomen. Buurvrouw {b} zegt niets ontvangen te hebben. Orderwaarde {m}.",
         t=phone(), o=order_no(), dd=kdate(ch(["wdm", "dm"])), a=a.A(), b=bur.title(), m=money(25, 600))
    d.ln()
    d.ln(ch(["Afspraak: nieuwe zending zonder extra kosten, onderzoek bij vervoerder gestart. - {r}",
             "Klant wil geld terug i.p.v. nieuwe zending. Doorgezet naar finance. - {r}",
             "Tweede keer dit jaar, coulance: tegoedbon van {m} aangeboden. - {r}"]), r=ag.acro() or ag.Fn(), m=money(5, 25, style="dash"))
    return d


def r_ws_order_paste():
    d = Doc()
    c = co("ws")
    k = d.pp()
    a = Addr()
    d.ln(ch(["Bedankt voor je bestelling bij {c}!", "Orderbevestiging {c}", "Je bestelling is onderweg - {c}"]).replace("{c}", c.name))
    d.ln()
    d.ln("Bestelnummer: {o}", o=order_no())
    d.ln("Besteldatum: {dd}", dd=kdate(ch(["dd-mm-yyyy", "dmy"])))
    d.ln()
    d.ln("Bezorgadres:")
    d.ln("{n}", n=k.F())
    d.ln("{a}", a=a.block())
    if pr(0.5):
        d.ln("Tel: {t}", t=phone("m"))
    d.ln()
    style = ch(["eur_sp", "eur"])
    tot = 0
    for _ in range(rint(1, 3)):
        v = round(R.uniform(6, 180), 2)
        tot += v
        d.ln("1x " + ch(PRODUCTS) + "  {m}", m=Kp(fmt_money(v, style)))
    d.ln("Verzendkosten  {m}", m=Kp(fmt_money(4.95, style)))
    d.ln("Totaal  {m}", m=Kp(fmt_money(round(tot + 4.95, 2), style)))
    d.ln()
    d.ln(ch(["Klant zegt dat dit adres niet klopt, het moet een ander huisnummer zijn. Hoe pas ik dit aan in het systeem?",
             "Vraag van klant: kan de bezorging op een andere dag? Wat antwoorden we?",
             "Deze is twee keer betaald. Maak een mail voor de klant dat we het terugstorten."]))
    return d


def r_ws_en_complaint():
    d = Doc("en")
    c = co("ws")
    k = d.pp(ch(["nl", "pl", "in", "gh", "zh", "sy"]))
    a = Addr()
    d.ln("Subject: Damaged order {o}", o=order_no())
    d.ln()
    d.ln("Hello,")
    d.ln()
    d.ln("I ordered a {p} from {c} on {dd} and it arrived damaged at {a}. I paid {m}. I would like a replacement or a full "
         "refund to my account {ib}. You can reach me at {t}.", p=ch(PRODUCTS), c=c.name, dd=kdate(lang="en"), a=a.line(),
         m=money(20, 400, lang="en"), ib=iban(), t=phone("m"))
    d.ln()
    d.ln(closing("en"))
    d.ln("{n}", n=k.F())
    return d


# --- transport & logistics ---------------------------------------------------------------------
def r_tr_ritlijst():
    d = Doc()
    ch_ = d.pp()
    d.ln(ch(["Rit {n} - {dd} - chauffeur {c}", "Ritlijst {dd} ({c})", "RIT {n} {dd} / {c}"]), n=str(rint(100, 999)), dd=kdate(ch(["dd-mm-yyyy", "sdm", "wdm"])),
         c=ch_.F() if pr(0.5) else ch_.Fn())
    d.ln("Wagen: {k}", k=plate())
    d.ln()
    for i in range(rint(2, 4)):
        p = d.pp()
        a = Addr()
        d.ln("{i}. {n} - {a} - {t}{x}", i=str(i + 1), n=p.F() if pr(0.6) else p.title(), a=a.line(), t=phone(),
             x=ch(["", "", " - bellen bij aankomst", " - niet na 16:00", " - achterom, hond", [" - rembours ", money(20, 300)]]))
    d.ln()
    d.ln(ch(["Retouren meenemen bij stop 2.", "Pallets tellen bij laden!", "Zaterdag geen ritten, depot dicht."]))
    return d


def r_tr_vrachtbrief():
    d = Doc()
    c = co("tr")
    ont = d.pp()
    chauf = d.pp()
    a = Addr()
    d.ln("VRACHTBRIEF / CMR nr. {n}", n=str(rint(1000000, 9999999)))
    d.ln("1. Afzender: {c}, {city}", c=ch(["Groothandel Zonnestraal", "Tegelhandel Noord", "Kwekerij De Vlinder", "Bouwmaterialen Oost"]), city=ch(CITIES))
    d.ln("2. Geadresseerde: {n}, {a}", n=ont.F() if pr(0.6) else ont.U(), a=a.line())
    d.ln("3. Plaats en datum inontvangstneming: {c}, {dd}", c=ch(CITIES), dd=kdate("dd-mm-yyyy"))
    d.ln("16. Vervoerder: {c}", c=c.name)
    d.ln("    Chauffeur: {n}, tel. {t}", n=chauf.F(), t=phone("m"))
    d.ln("    Kenteken trekker / oplegger: {k1} / {k2}", k1=plate(), k2=plate())
    d.ln("Aantal colli: {n}   Bruto gewicht: {g} kg", n=str(rint(1, 40)), g=str(rint(80, 22000)))
    d.ln("Rembours: {m}", m=money(0, 900) if pr(0.4) else "nvt")
    d.ln()
    d.ln(ch(["Ontvangst voor akkoord (naam + paraaf): ______", "Opmerkingen: 2 colli beschadigd, foto's in app."]))
    return d


def r_tr_schade():
    d = Doc()
    c = co("tr")
    cf, tp, pl = d.pp(), d.pp(), d.pp()
    d.ln(ch(["Schaderapport {dd}", "Incidentmelding {dd}", "Melding schade - {dd}"]), dd=kdate(ch(["dd-mm-yyyy", "dmy"])))
    d.ln()
    d.ln("Op {dd} rond {t} is chauffeur {cf} met de {tp} ({k}) bij het achteruit insteken aan het laadperron bij een klant "
         "in {city} tegen een geparkeerde auto ({k2}) gereden. De eigenaar, {o}, was ter plaatse en is bereikbaar op {ph}. "
         "Er is een Europees schadeformulier ingevuld.",
         dd=kdate("wdm"), t=tm(), cf=cf.F(), tp=ch(["bakwagen", "trekker", "bestelbus", "vrachtwagen"]), k=plate(), city=ch(CITIES),
         k2=plate(), o=tp.F() if pr(0.5) else tp.title(), ph=phone())
    d.ln()
    d.ln("Geschatte schade: {m}. Eigen risico {e}. {p} (planning) heeft de verzekeraar ingelicht.", m=money(400, 6500),
         e=money(250, 1000, style="dash"), p=pl.Fn())
    return d


def r_tr_whatsapp():
    d = Doc()
    pl, cf = d.pp(), d.pp()
    k = d.pp()
    a = Addr()
    spl = pl.Fn() if pr(0.5) else ["Planning ", pl.Fn()]
    scf = cf.F() if pr(0.5) else cf.Fn()
    lines = [
        (scf, ["ben bij ", a.A(), ", niemand thuis"]),
        (spl, ["bel ", k.low() if pr(0.5) else k.Fn(), " even, ", phone("m")]),
        (scf, ["neemt niet op"]),
        (spl, ["zet het dan bij de buren op nummer " + str(rint(1, 80)) + " en maak foto"]),
        (scf, ["ok. morgen ben ik er niet btw, tandarts"]),
        (spl, ["ok dan rijdt ", casual(d.pp()), " jouw rit"]),
    ]
    chat(d, lines, style=ch(["wa_a", "wa_a2", "wa_i", "wa_i2", "wa_us"]))
    return d


def r_tr_en_mail():
    d = Doc("en")
    c = co("tr")
    cf = d.pp(ch(["pl", "pl", "tr", "er"]))
    pl = d.pp("nl")
    d.ln("Subject: Your schedule next week")
    d.ln()
    d.ln("Hi {n},", n=cf.Fn())
    d.ln()
    d.ln("Next week you drive the {t} with plate {k}. First loading is on {dd} at 05:30 in {c}. Please take the fuel card; "
         "the daily allowance stays at {m}. If you are ill, call {p} on {ph} before 6 AM.",
         t=ch(["truck", "rigid truck", "van"]), k=plate(), dd=kdate(lang="en"), c=ch(CITIES), m=money(30, 60, lang="en"), p=pl.Fn(), ph=phone("m"))
    d.ln()
    sig(d, pl, "Planner", c, lang="en", tel=False)
    return d


# --- cleaning companies -----------------------------------------------------------------------
OBJECTS = ["kantoorpand", "tandartspraktijk", "sportschool", "basisschool", "bedrijfshal", "kinderdagverblijf",
           "showroom", "bibliotheek", "gemeentehuis-dependance", "appartementencomplex (trappenhuizen)"]


def r_cl_klacht_mail():
    d = Doc()
    c = co("cl")
    fm, tl = d.pp(), d.pp()
    sch = d.pp()
    a = Addr()
    topic = ch(["Klacht schoonmaak", "Schoonmaak vorige week", "Toiletten eerste verdieping"])
    d.ln("{a},", a=tl.aanhef())
    d.ln()
    d.ln("Al twee weken worden de toiletten op de eerste verdieping van ons pand aan de {a} ({o}) niet goed schoongemaakt. "
         "{s} doet " + ("haar" if sch.g == "f" else "zijn") + " best, maar heeft volgens mij te weinig tijd. Kunnen we {dd} even afstemmen?",
         o=ch(OBJECTS), a=a.A(), s=sch.Fn(), dd=kdate("wdm"))
    d.ln()
    sig(d, fm, ch(["Facilitair manager", "Office manager", "Huismeester"]), None, tel=True, mail=False)
    if pr(0.5):
        sub = Doc()
        sub.ln("Beste {n},", n=fm.Fn())
        sub.ln()
        sub.ln("Dank voor je melding. Ik kom {dd} om 17:00 langs om het met {s} door te lopen. De extra uren (2 per week) "
               "kosten {m} per maand.", dd=kdate("wdm"), s=sch.F(), m=money(80, 260))
        sub.ln()
        sig(sub, tl, "Teamleider", c)
        d2 = Doc()
        d2.add("Onderwerp: RE: " + topic + "\n\n")
        d2.extend(sub)
        d2.add("\n")
        quote_header(d2, fm, email_of(fm, ch(["kantoorpark-west.nl", "praktijk-centrum.nl", "sportcity-oost.nl", "obs-debrug.nl"])))
        d2.extend(d, prefix="> ")
        return d2
    d0 = Doc()
    d0.add(subj(topic))
    d0.extend(d)
    return d0


def r_cl_offerte():
    d = Doc()
    c = co("cl")
    cp = d.pp()
    a = Addr()
    d.ln("OFFERTE schoonmaakonderhoud")
    d.ln("Object: {o}, {a}", o=ch(OBJECTS), a=a.line())
    d.ln("Contactpersoon: {n} ({t})", n=cp.F() if pr(0.6) else cp.title(), t=phone())
    d.ln()
    d.ln("Frequentie: {f}", f=ch(["3x per week, 6 uur", "dagelijks na 18:00", "2x per week", "5x per week, 4 uur"]))
    d.ln("Prijs: {m} per maand excl. btw", m=money(380, 4200))
    d.ln("Glasbewassing: {m} per beurt (4x per jaar)", m=money(95, 650, style=ch(["dash", "eur_sp"])))
    d.ln("Geldig tot: {dd}", dd=kdate(ch(["dd-mm-yyyy", "dmy"])))
    d.ln()
    d.ln("Opgesteld door {n}, {c}", n=d.pp().F(), c=c.name)
    return d


def r_cl_ziek_chat():
    d = Doc()
    tl = d.pp()
    m1, m2, m3 = d.pp(), d.pp(), d.pp()
    ob = Addr()
    lines = [
        (m1.F() if pr(0.5) else m1.Fn(), ["Goedemorgen, ik ben ziek vandaag. Sorry"]),
        (tl.Fn(), ["Beterschap ", casual(m1), ". ", casual(m2), " kun jij " + ch(["de tandarts", "de sportschool", "het kantoor"]) + " aan de ", ob.A(), " erbij doen?"]),
        (m2.F() if pr(0.5) else m2.Fn(), ["Kan pas na 19:00"]),
        (tl.Fn(), ["Prima. Sleutel ligt bij ", m3.Fn(), ", bel " + ("haar" if m3.g == "f" else "hem") + " even: ", phone("m")]),
    ]
    chat(d, lines)
    return d


def r_cl_sleutel_log():
    d = Doc()
    p = d.pp()
    a = Addr()
    d.ln(ch(["Sleuteloverdracht", "SLEUTELBEHEER - uitgifte", "Sleutelregistratie"]))
    d.ln("Object: {a}, {c}", a=a.A(), c=a.city)
    d.ln("Afgegeven aan: {n} (tel. {t})", n=p.F() if pr(0.7) else p.U(), t=phone("m"))
    d.ln("Datum: {dd}", dd=kdate(ch(["dd-mm-yyyy", "d-m-yyyy", "dmy"])))
    d.ln("Aantal: {n} sleutels + {m} tag(s)", n=str(rint(1, 4)), m=str(rint(0, 2)))
    d.ln("Borg: {m}", m=money(25, 100, style="dash"))
    d.ln("Alarmcode: wordt telefonisch doorgegeven door de objectleider")
    return d


def r_cl_rooster_small():
    d = Doc()
    d.ln(ch(["Rooster {dd}", "Planning schoonmaak week {w}"]), dd=kdate("wdm"), w=str(rint(1, 52)))
    sep = ch(["\t", " | ", ";"])
    d.ln(sep.join(["Medewerker", "Object", "Tijd", "Telefoon"]))
    for _ in range(rint(2, 4)):
        p = d.pp()
        st = rint(5, 18)
        d.add(p.F() if pr(0.5) else p.Fn(), sep, ch(OBJECTS), sep, f"{st:02d}:00-{st + rint(2, 5):02d}:00", sep, phone("m"), "\n")
    d.ln()
    d.ln(ch(["Wie kan donderdag invallen?", "Check of de uren kloppen met het contract.", "Zet dit om naar een mooie tabel voor in de groepsapp."]))
    return d


# --- thuiszorg / kraamzorg (non-medical detail) -----------------------------------------------
TAKEN = ["huishoudelijke hulp", "boodschappen doen", "hulp bij aankleden", "wandeling", "was en strijk",
         "hulp bij douchen", "maaltijd klaarzetten", "begeleiding naar de kapper", "gezelschap en koffie",
         "post en administratie doornemen"]


def zh_pron(p):
    return "zij" if p.g == "f" else "hij"


def r_zorg_planning():
    d = Doc()
    c = co("zorg")
    zv = d.pp()
    d.ln(ch(["Planning {z} - {dd}", "Dagplanning {dd} ({z})", "Route {z}, {dd}"]), z=zv.Fn() if pr(0.5) else zv.F(), dd=kdate(ch(["wdm", "sdm", "dd-mm-yyyy"])))
    d.ln()
    h = rint(7, 9)
    for i in range(rint(2, 4)):
        cl = d.pp(ch(["nl", "nl", "nl", "fy", "sr", "tr", "ma", "id", "an"]))
        a = Addr()
        d.ln("{t}  {c}, {a} - {taak}", t=f"{h + i:02d}:{ch(['00', '15', '30', '45'])}", c=cl.title() if pr(0.7) else cl.F(), a=a.A(), taak=ch(TAKEN))
    d.ln()
    fam = d.pp()
    d.ln(ch(["Sleutelkluisje bij nr. 2, code via {f}.", "Bij vragen: contactpersoon {f}, {t}.", "Dochter {f} is er ook, {t}."]),
         f=fam.F(), t=phone("m"))
    return d


def r_zorg_overdracht():
    d = Doc()
    c = co("zorg")
    cl, zv, fam = d.pp(), d.pp(), d.pp()
    a = Addr()
    d.ln(ch(["Overdracht {dd}", "Rapportage {dd}", "Notitie avonddienst {dd}"]), dd=kdate(ch(["dd-mm-yyyy", "wdm"])))
    d.ln()
    d.ln("{c} ({a}) was vandaag goed gehumeurd. Boodschappen gedaan, rekening van {m} betaald uit het huishoudpotje, bon ligt "
         "in de la. {fam}, {rel}, komt {dd} langs en is bereikbaar op {t}. {zv} neemt morgen de ochtenddienst.",
         c=cl.title(start=True), a=a.A(), m=money(12, 85), fam=fam.F(), rel=ch(["de zoon", "de dochter", "de buurvrouw", "een nicht", "de mantelzorger"]),
         dd=kdate("wdm"), t=phone(), zv=zv.Fn())
    if pr(0.5):
        d.ln()
        d.ln("Let op: de thuiszorgmap staat in de kast bij de voordeur, niet meenemen.")
    return d


def r_kraam_intake():
    d = Doc()
    c = co("zorg")
    m, pa = d.pp(gender="f"), d.pp()
    a = Addr()
    d.ln(ch(["Intake kraamzorg", "INTAKEFORMULIER KRAAMZORG", "Intakegesprek kraamzorg (huisbezoek)"]))
    d.ln("Datum intake: {dd}", dd=kdate(ch(["dd-mm-yyyy", "dmy"])))
    d.ln("Naam: {n}", n=m.F())
    if pr(0.6):
        d.ln("Geboortedatum: {g}", g=dob(1983, 2003))
    d.ln("Partner: {p} ({t})", p=pa.F(), t=phone("m"))
    d.ln("Adres: {a}", a=a.line())
    d.ln("Telefoon: {t}", t=phone("m"))
    d.ln("E-mail: {e}", e=email_of(m))
    d.ln("Aantal uren geïndiceerd: {u}", u=str(rint(24, 80)))
    d.ln("Eigen bijdrage: {m} per uur", m=money(4.5, 5.5, dec=True))
    d.ln("Bijzonderheden: {b}", b=ch(["huisdier (kat)", "derde verdieping, geen lift", "oudere zus van 3 jaar", "parkeren lastig, vergunning regelen"]))
    d.ln("Kraamverzorgende: {k}", k=d.pp().F())
    return d


def r_zorg_familie_mail():
    d = Doc()
    c = co("zorg")
    fam, cl, pl = d.pp(), d.pp(), d.pp()
    d.add(subj(ch(["Planning mijn moeder", "Wijziging zorgmoment", "Vraag over de factuur"])))
    d.ln("{a},", a=pl.aanhef())
    d.ln()
    d.ln(ch(["Mijn {rel}, {c}, krijgt sinds kort hulp van jullie op dinsdag en vrijdag. Zou het vrijdagmoment naar de middag "
             "kunnen? {pr} heeft 's ochtends dagbesteding.",
             "Ik zag op de factuur van {c} een bedrag van {m} voor extra uren. Kunt u uitleggen waar dat voor is?"]),
         rel=ch(["moeder", "vader", "tante", "oom"]), c=cl.F(), pr=zh_pron(cl).capitalize(), m=money(30, 260))
    d.ln()
    d.ln("U kunt mij bellen op {t}.", t=phone())
    d.ln()
    d.ln(closing("nl"))
    d.ln("{n}", n=fam.F())
    return d


# --- insurance intermediaries ----------------------------------------------------------------
def polis():
    return ch(["", "POL-", "AV", "ZK"]) + str(rint(1000000, 99999999))


def r_ins_schade_form():
    d = Doc()
    vn, tp = d.pp(), d.pp()
    a = Addr()
    d.ln(ch(["SCHADEFORMULIER", "Schademelding motorrijtuigen", "Schadeaangifte"]))
    d.ln("Verzekeringnemer: {n}", n=vn.F() if pr(0.6) else vn.U())
    d.ln("Adres: {a}", a=a.line())
    d.ln("Telefoon: {t}", t=phone())
    if pr(0.5):
        d.ln("Geboortedatum bestuurder: {g}", g=dob(1950, 2005))
    d.ln("Polisnummer: {p}", p=polis())
    d.ln("Kenteken: {k}", k=plate())
    d.ln("Schadedatum: {dd}   Tijd: {t}", dd=kdate(ch(["dd-mm-yyyy", "d-m-yyyy"])), t=tm())
    d.ln("Plaats: {c}", c=ch(CITIES))
    d.ln("Tegenpartij: {n}, kenteken {k}, tel. {t}", n=tp.F(), k=plate(), t=phone("m"))
    d.ln("Omschrijving: {o}", o=ch(["tegenpartij reed achterop bij het stoplicht", "schade aan zijspiegel bij passeren",
                                     "aanrijding op parkeerplaats supermarkt", "ruitschade door steenslag"]))
    d.ln("Geschatte schade: {m}", m=money(150, 7500))
    d.ln("Uitbetaling op rekening: {ib}", ib=iban())
    return d


def r_ins_premie_mail():
    d = Doc()
    c = co("ins")
    kl, adv = d.pp(), d.pp()
    d.add(subj(ch(["Premiewijziging per 1 januari", "Uw inboedelverzekering", "Offerte aansprakelijkheid zzp"])))
    d.ln("{a},", a=kl.aanhef())
    d.ln()
    d.ln("De premie van uw {v} (polis {p}) stijgt per {dd} van {m1} naar {m2} per maand. Dat komt door de indexering van "
         "de herbouwwaarde. Wilt u dat ik kijk naar een alternatief met een hoger eigen risico van {e}?",
         v=ch(["woonhuisverzekering", "inboedelverzekering", "autoverzekering", "aansprakelijkheidsverzekering"]), p=polis(),
         dd=kdate("dmy"), m1=money(8, 60, dec=True), m2=money(9, 70, dec=True), e=money(250, 500, style="dash"))
    d.ln()
    sig(d, adv, ch(["Adviseur schade", "Verzekeringsadviseur", "Accountmanager particulieren"]), c, addr=Addr() if pr(0.25) else None)
    if pr(0.5):
        disclaimer(d)
    return d


def r_ins_belnotitie():
    d = Doc()
    kl, mw = d.pp(), d.pp()
    d.ln("Belnotitie {dd} {t} - {m}", dd=kdate(ch(["dd-mm-yyyy", "d-m-yyyy"])), t=tm(), m=mw.acro() or mw.Fn())
    d.ln("{k} belde ({ph}) over de afwijzing van de claim voor de {o}. {pr} is het er niet mee eens en wil een second opinion. "
         "Schadebedrag volgens expert {m}, klant claimt {m2}. Teruggebeld op {dd2}.",
         k=kl.title(start=True) if pr(0.6) else kl.F(), ph=phone(), o=ch(["waterschade", "fietsdiefstal", "stormschade", "glasschade", "inbraak"]),
         pr=zh_pron(kl).capitalize(), m=money(200, 5000), m2=money(400, 9000), dd2=kdate("wdm"))
    return d


# --- events & weddings -----------------------------------------------------------------------
VENUES = ["Landgoed De Hooge Bergen", "Kasteel Wijnveld", "Boerderij Het Zonnehuis", "Strandpaviljoen Zuid",
          "De Oude Graanschuur", "Orangerie Rozenhof", "Theehuis aan het Water"]


def r_ev_wedding_brief():
    d = Doc()
    c = co("ev")
    b1, b2 = d.pp(), d.pp()
    cm = d.pp()
    wd = rdate(2025, 2026, weekend=True)
    d.ln(ch(["Briefing bruiloft {a} & {b}", "Draaiboek huwelijk {a} en {b}", "Intake trouwdag {a} + {b}"]), a=b1.Fn(), b=b2.Fn())
    d.ln()
    d.ln("Datum: {dd}", dd=Kp(fdate(wd, ch(["wdmy", "dmy"]))))
    d.ln("Locatie: {v}", v=ch(VENUES))
    d.ln("Bruidspaar: {a} ({t1}) en {b} ({t2})", a=b1.F(), t1=phone("m"), b=b2.F(), t2=email_of(b2))
    d.ln("Ceremoniemeester: {c}, {t}", c=cm.F(), t=phone("m"))
    d.ln("Aantal gasten: {n} dag / {m} avond", n=str(rint(30, 120)), m=str(rint(60, 220)))
    d.ln("Budget: {m} (excl. jurk en ringen)", m=money(12000, 45000, dec=False))
    d.ln()
    d.ln("Wensen: {w}", w=ch(["geen speeches tijdens het diner", "foodtruck om 23:00", "ceremonie buiten als het droog is",
                               "DJ pas na de taart", "kinderopvang tijdens ceremonie"]))
    d.ln("Aanbetaling van {m} ontvangen op {dd}.", m=money(1000, 5000), dd=kdate("dd-mm-yyyy"))
    return d


def r_ev_rsvp_chat():
    d = Doc()
    pl = d.pp()
    g1, g2 = d.pp(), d.pp()
    lines = [
        (g1.F() if pr(0.5) else g1.Fn(), ["Hoi! Wij komen met z'n tweeën, ", g2.Fn(), " heeft wel een glutenvrij dieet"]),
        (pl.Fn(), ["Top, genoteerd! Groetjes aan ", casual(g2), ". Mag ik jullie adres voor de bedankkaart?"]),
        (g1.F() if pr(0.5) else g1.Fn(), [Addr().line()]),
        (pl.Fn(), ["Dank! De bijdrage voor de overnachting is ", money(65, 140), " p.p., mag op ", iban(), " van het bruidspaar"]),
    ]
    chat(d, lines)
    return d


def r_ev_offerte():
    d = Doc()
    c = co("ev")
    k = d.pp()
    ed = rdate(2025, 2026, weekend=True)
    d.ln("Offerte {c}", c=c.name)
    d.ln("Voor: {n}, {e}", n=k.F(), e=email_of(k))
    d.ln("Evenement: {e} op {dd}", e=ch(["jubileumfeest 25 jaar", "bedrijfsuitje", "50e verjaardag", "bruiloft", "personeelsfeest"]),
         dd=Kp(fdate(ed, ch(["dmy", "wdmy"]))))
    d.ln()
    style = ch(["eur_sp", "eur", "EUR"])
    tot = 0
    for item, lo, hi in R.sample([("Locatiehuur", 800, 4500), ("Catering (p.p.)", 35, 95), ("DJ + geluid", 450, 1400),
                                   ("Decoratie", 250, 1800), ("Fotograaf", 600, 1900), ("Coördinatie op de dag", 400, 1200)], 3):
        v = round(R.uniform(lo, hi), 2)
        tot += v
        d.ln("- " + item + ": {m}", m=Kp(fmt_money(v, style)))
    d.ln("Totaal excl. btw: {m}", m=Kp(fmt_money(round(tot, 2), style)))
    d.ln()
    d.ln("Deze offerte is geldig tot {dd}. Bij akkoord ontvangen we graag een aanbetaling van 30%.", dd=kdate("dmy"))
    return d


# --- driving schools -------------------------------------------------------------------------
def r_rs_planning():
    d = Doc()
    c = co("rs")
    inst = d.pp()
    d.ln(ch(["Lesplanning {i} - {dd}", "Planning {dd} / instructeur {i}"]), i=inst.Fn(), dd=kdate(ch(["wdm", "sdm", "dd-mm-yyyy"])))
    d.ln("Lesauto: {k}", k=plate())
    d.ln()
    h = rint(8, 12)
    for i in range(rint(2, 4)):
        ll = d.pp()
        d.ln("{t}  {n}  ophalen {a}  {ph}", t=f"{h + i:02d}:00", n=ll.F() if pr(0.6) else ll.Fn(), a=Addr().A(), ph=phone("m"))
    d.ln()
    ex = d.pp()
    d.ln(ch(["Examen {n} op {dd} om 10:10, CBR {c}.", "Tussentijdse toets {n}: {dd}.", "{n} wil pakket van 20 lessen, {m}."]),
         n=ex.F(), dd=kdate("wdm"), c=ch(CITIES), m=money(1100, 1900, dec=False))
    return d


def r_rs_whatsapp():
    d = Doc()
    inst, ll = d.pp(), d.pp()
    si = inst.Fn()
    sl = ll.low() if pr(0.5) else ll.Fn()
    lines = [
        (sl, ["hoi kan de les van " + ch(["morgen", "donderdag", "zaterdag"]) + " later? ik heb een toets"]),
        (si, ["Kan om 16:00. Ik haal je op bij school of thuis?"]),
        (sl, ["thuis, ", Addr().A()]),
        (si, ["Prima. Denk aan je theoriecertificaat en vergeet de betaling niet, nog ", money(60, 480), " open"]),
        (sl, ["ja mn moeder maakt het over"]),
    ]
    if pr(0.4):
        lines.insert(0, (sl, ["dit is mijn nieuwe nummer btw: ", phone("m")]))
    chat(d, lines, style=ch(["wa_a", "wa_i", "wa_i2", "wa_us", "wa_a2"]))
    return d


def r_rs_factuur():
    d = Doc()
    c = co("rs")
    ll = d.pp()
    a = Addr()
    d.ln("Factuur {c}", c=c.name)
    d.ln("Leerling: {n}", n=ll.F())
    if pr(0.5):
        d.ln("Geboortedatum: {g} (2toDrive)", g=dob(2007, 2008))
    d.ln("Adres: {a}", a=a.line())
    d.ln()
    style = ch(["eur_sp", "eur"])
    n = rint(5, 30)
    pu = round(R.uniform(52, 72), 2)
    d.ln(f"{n} rijlessen à " + "{p}  {t}", p=Kp(fmt_money(pu, style)), t=Kp(fmt_money(round(n * pu, 2), style)))
    d.ln("Praktijkexamen CBR  {m}", m=Kp(fmt_money(round(R.uniform(140, 180), 2), style)))
    d.ln()
    d.ln("Betalen voor {dd} op {ib}.", dd=kdate("dmy"), ib=iban())
    return d


# --- translators -----------------------------------------------------------------------------
def r_vt_translate_letter():
    d = Doc()
    p, q = d.pp(), d.pp()
    a = Addr()
    if pr(0.5):
        d.ln(ch(["Translate to English:", "Vertaal naar het Engels:", "Kun je dit naar het Duits vertalen?"]))
        d.ln()
        d.ln("{a},", a=d.pp().aanhef())
        d.ln()
        d.ln("Hierbij bevestig ik dat {p}, wonende aan de {a}, sinds {dd} bij ons in dienst is als {f}. Het dienstverband "
             "is voor onbepaalde tijd. Voor vragen ben ik bereikbaar op {t}.",
             p=p.F(), a=a.line(), dd=kdate("dmy"), f=ch(FUNCTIES), t=phone())
        d.ln()
        d.ln(closing("nl"))
        d.ln("{n}", n=q.F())
    else:
        d.lang = "en"
        d.ln(ch(["Vertaal naar het Nederlands:", "Translate into Dutch, formal tone:"]))
        d.ln()
        d.ln("Dear {n},", n=q.title("en"))
        d.ln()
        d.ln("We confirm that {p} (date of birth {g}) has rented the apartment at {a} since {dd}. The monthly rent is {m}. "
             "Please contact me at {t} if you need more information.",
             p=p.F(), g=dob(1960, 2002, lang="en"), a=a.line(), dd=kdate(lang="en"), m=money(750, 1900, lang="en"), t=phone())
        d.ln()
        d.ln(closing("en"))
        d.ln("{n}", n=d.pp().F())
    return d


def r_vt_offerte_mail():
    d = Doc()
    c = co("vt")
    k, v = d.pp(), d.pp()
    d.add(subj(ch(["Offerte vertaling", "Beëdigde vertaling diploma", "Vertaling handleiding"])))
    d.ln("{a},", a=k.aanhef())
    d.ln()
    d.ln("Voor de vertaling van {doc} ({n} woorden, {t}) rekenen wij {m} per woord, met een minimum van {min}. Een beëdigde "
         "vertaling kost {b} extra per document. Levering uiterlijk {dd}.",
         doc=ch(["uw diploma en cijferlijst", "de gebruiksaanwijzing", "het huwelijkscertificaat", "de algemene voorwaarden"]),
         n=str(rint(300, 12000)), t=ch(["NL-EN", "AR-NL", "TI-NL", "PL-NL", "TR-NL", "NL-DE", "ZH-NL"]),
         m=Kp(ch(["€ 0,", "€0,"]) + str(rint(10, 22))), min=money(45, 95, style="dash"), b=money(20, 45), dd=kdate("wdm"))
    d.ln()
    sig(d, v, ch(["Vertaler", "Projectmanager", "Beëdigd vertaler NL-EN"]), c)
    return d


# --- Flemish ---------------------------------------------------------------------------------
def r_be_immo_mail():
    d = Doc("be")
    c = co("be_immo")
    h, m = d.pp(), d.pp()
    a = Addr(be=True)
    d.add(subj(ch(["Huurwaarborg", "Plaatsbeschrijving", "Indexering huur"])))
    d.ln("{a},", a=h.aanhef("be"))
    d.ln()
    d.ln(ch(["Hierbij bevestigen wij de plaatsbeschrijving van het appartement in de {a} op {dd}. De huurwaarborg van {w} werd "
             "geblokkeerd op een rekening op uw naam.",
             "Vanaf {dd} wordt de huur van uw woning in de {a} geïndexeerd naar {w} per maand. Gelieve uw bestendige opdracht aan te passen."]),
         a=a.A(), dd=kdate("dmy"), w=money(650, 2400))
    d.ln()
    d.ln("Voor vragen kan u mij altijd bereiken op {t}.", t=phone(be=True))
    d.ln()
    sig(d, m, "Vastgoedbeheer", c, lang="be", tel=False)
    if pr(0.5):
        disclaimer(d, "be")
    return d


def r_be_boekhouding_mail():
    d = Doc("be")
    c = co("be_acc")
    k, b = d.pp(), d.pp()
    d.add(subj(ch(["Aangifte personenbelasting", "Btw-aangifte kwartaal", "Facturen vorig kwartaal"])))
    d.ln("Dag {n},", n=b.Fn())
    d.ln()
    d.ln("Ik stuur je de aankoopfacturen van het voorbije kwartaal. Er zit ook een creditnota bij van {m}. De voorafbetaling van "
         "{m2} heb ik op {dd} gestort vanaf {ib}.", m=money(40, 900), m2=money(500, 3500), dd=kdate("dmy"), ib=iban(be=True))
    d.ln()
    d.ln("Mijn nieuw adres is trouwens {a}.", a=Addr(be=True).line())
    d.ln()
    d.ln(closing("be"))
    d.ln("{n}", n=k.F())
    d.ln("gsm {t}", t=phone(be=True))
    return d


def r_be_interim_chat():
    d = Doc("be")
    a, b = d.pp(), d.pp()
    k = d.pp()
    lines = [
        (a.Fn(), ["Is ", k.F(), " al ingeschreven? Die begint maandag bij de klant in " + ch([x[1] for x in BE_CITIES])]),
        (b.Fn(), ["Ja, ", casual(k), " komt morgen langs. Contract is klaar om te tekenen. Brutoloon ", money(14, 19, dec=True), " per uur + maaltijdcheques"]),
        (a.Fn(), ["Oké, " + ("haar" if k.g == "f" else "zijn") + " gsm is ", phone(be=True), " als je " + ("haar" if k.g == "f" else "hem") + " nog moet bellen"]),
    ]
    chat(d, lines, style=ch(["teams", "wa_a", "plain"]))
    return d


def r_be_poets_offerte():
    d = Doc("be")
    c = co("be_poets")
    k = d.pp()
    a = Addr(be=True)
    d.ln("Offerte poetsdienst - {n}", n=k.F())
    d.ln("Adres: {a}", a=a.line())
    d.ln("Gsm: {t}", t=phone(be=True))
    d.ln("Poetshulp via dienstencheques: {u} uur per week, {m} per cheque.", u=str(rint(3, 8)), m=money(9, 10, dec=True))
    d.ln("Startdatum: {dd}", dd=kdate("dmy"))
    d.ln("Met vriendelijke groeten,\n{c}", c=c.name)
    return d


# ==============================================================================================
# BLOCKED templates
# ==============================================================================================
# --- BSN ---------------------------------------------------------------------------------------
def b_bsn_aangifte_mail():
    d = Doc()
    c = co("acc")
    k, p, bh = d.pp(), d.pp(), d.pp()
    d.add(subj(ch(["Aangifte IB", "Gegevens voor de aangifte", "Machtiging aangifte 2024"])))
    d.ln("{a},", a=bh.aanhef())
    d.ln()
    d.ln("Zoals gevraagd hierbij onze gegevens voor de aangifte inkomstenbelasting {j}.", j=str(ch([2023, 2024])))
    d.ln()
    d.ln("{k} - BSN {b1} - geboren {g1}", k=k.F(), b1=bsn(), g1=dob(1955, 1998))
    if pr(0.7):
        d.ln("{p} - BSN {b2} - geboren {g2}", p=p.F(), b2=bsn(), g2=dob(1955, 1998))
    d.ln()
    d.ln("De WOZ-waarde van ons huis aan de {a} is {w}. Vorig jaar kregen we {m} terug.", a=Addr().A(), w=money(250000, 700000, dec=False),
         m=money(200, 3000))
    d.ln()
    d.ln(closing("nl"))
    d.ln("{n}", n=k.Fn())
    return d


def b_bsn_intake_form():
    d = Doc()
    k = d.pp()
    a = Addr(caps=pr(0.3))
    caps = a.street.isupper()
    d.ln(ch(["Opgaaf gegevens voor de loonheffingen", "INSCHRIJVING UITZENDKRACHT", "Personeelsformulier nieuwe medewerker"]))
    d.ln("Naam: {n}", n=k.U() if caps else k.F())
    d.ln(ch(["BSN: {b}", "Burgerservicenummer: {b}", "BSN/sofinummer: {b}"]), b=bsn())
    d.ln("Geboortedatum: {g}", g=dob(1962, 2006))
    d.ln("Adres: {a}", a=a.line())
    d.ln("Telefoon: {t}", t=phone("m"))
    if pr(0.6):
        d.ln("IBAN: {ib}", ib=iban())
    d.ln("Loonheffingskorting toepassen: {x}", x=ch(["ja", "nee"]))
    d.ln("Startdatum: {dd}", dd=kdate("dd-mm-yyyy"))
    return d


def b_bsn_zorg_intake():
    d = Doc()
    c = co("zorg")
    cl, cp = d.pp(), d.pp()
    a = Addr()
    d.ln(ch(["Cliëntgegevens", "Aanmelding nieuwe cliënt", "Stamkaart cliënt"]))
    d.ln("Naam: {n}", n=cl.F() if pr(0.6) else cl.rev())
    d.ln("Geboortedatum: {g}", g=dob(1928, 1958))
    d.ln("BSN: {b}", b=bsn())
    d.ln("Adres: {a}", a=a.line())
    d.ln("Zorgverzekeraar: {z}", z=ch(["VGZ", "Zilveren Kruis", "CZ", "Menzis", "DSW", "ONVZ"]))
    d.ln("Contactpersoon: {p} ({r}), {t}", p=cp.F(), r=ch(["zoon", "dochter", "buurman", "nicht"]), t=phone())
    d.ln("Ondersteuning: {t}", t=", ".join(R.sample(TAKEN, 2)))
    d.ln("Start: {dd}", dd=kdate("dd-mm-yyyy"))
    if pr(0.4):
        return wrap(d, ch([("Maak hier een nette overdracht van voor de collega's:\n\n", ""), ("Vat samen:\n", "")]))
    return d


def b_bsn_chat():
    d = Doc()
    a, b = d.pp(), d.pp()
    sa, sb = (a.Fn(), b.Fn()) if pr(0.5) else (a.F(), b.low())
    lines = [
        (sa, ["Heb je mijn bsn nodig voor het contract?"]),
        (sb, ["ja graag, en je iban"]),
        (sa, [bsn(ch(["plain", "space", "dot"]))]),
        (sa, [iban()]),
        (sb, ["dankje! ik zet het in het systeem"]),
    ]
    chat(d, lines)
    return d


def b_bsn_kraam():
    d = Doc()
    m, pa = d.pp(gender="f"), d.pp()
    a = Addr()
    d.ln("Aanmelding kraamzorg")
    d.ln("Moeder: {m}, geb. {g}, BSN {b}", m=m.F(), g=dob(1984, 2003), b=bsn())
    d.ln("Partner: {p}, {t}", p=pa.F(), t=phone("m"))
    d.ln("Adres: {a}", a=a.line())
    d.ln("Verzekeraar: {z}, polisnr. {n}", z=ch(["VGZ", "CZ", "Menzis", "Zilveren Kruis"]), n=str(rint(10000000, 99999999)))
    return d


def b_bsn_vertaling():
    d = Doc()
    p = d.pp()
    a = Addr()
    d.ln(ch(["Vertaal dit uittreksel naar het Engels:", "Translate to English (official):", "Beëdigde vertaling nodig van:"]))
    d.ln()
    d.ln("UITTREKSEL BASISREGISTRATIE PERSONEN")
    d.ln("Geslachtsnaam: {s}", s=V("PERSOON", p.Sur.upper() if pr(0.5) else p.Sur))
    d.ln("Voornamen: {v}", v=V("PERSOON", p.first))
    d.ln("Geboortedatum: {g}", g=dob(1960, 2004))
    d.ln("Geboorteplaats: {c}", c=ch(CITIES + ["Casablanca", "Istanbul", "Paramaribo", "Damascus", "Asmara", "Gdańsk"]))
    d.ln("Burgerservicenummer: {b}", b=bsn())
    d.ln("Adres: {a}", a=a.line())
    d.ln("Datum uitgifte: {dd}", dd=kdate("dd-mm-yyyy"))
    return d


def b_bsn_crm_note():
    d = Doc()
    k = d.pp()
    mw = d.pp()
    d.ln("Klantnotitie - {k}", k=k.F())
    d.ln("{k} belde over de voorlopige aanslag ({m}). Machtiging Belastingdienst aangevraagd met BSN {b}. Activatiecode volgt "
         "per post naar {a}. - {w}", k=k.title(start=True), m=money(300, 6000), b=bsn(), a=Addr().line(), w=mw.acro() or mw.Fn())
    return d


def b_bsn_en():
    d = Doc("en")
    p, r = d.pp(), d.pp()
    d.ln("Hi {n},", n=r.Fn())
    d.ln()
    d.ln("For the payroll registration of {p}: citizen service number (BSN) {b}, date of birth {g}, home address {a}. "
         "Start date {dd}.", p=p.F(), b=bsn(), g=dob(1965, 2004, lang="en"), a=Addr().line(), dd=kdate(lang="en"))
    d.ln()
    d.ln(closing("en"))
    d.ln("{n}", n=d.pp().F())
    return d


# --- PASSWORD ----------------------------------------------------------------------------------
def b_pw_portal_mail():
    d = Doc()
    c = co(ch(["acc", "ins", "mak", "zorg"]))
    k, mw = d.pp(), d.pp()
    em = email_of(k)
    d.add(subj(ch(["Inloggegevens klantportaal", "Toegang portaal", "Uw account"])))
    d.ln("{a},", a=k.aanhef())
    d.ln()
    d.ln("Hierbij je inloggegevens voor het klantportaal van {c}:", c=c.name)
    d.ln()
    d.ln(ch(["Gebruikersnaam: {e}\nWachtwoord: {w}", "Login: {e}\nTijdelijk wachtwoord: {w}", "gebruiker: {e}\nww: {w}"]), e=em, w=password())
    d.ln()
    d.ln("Wijzig het wachtwoord na de eerste keer inloggen.")
    d.ln()
    sig(d, mw, ch(["Office manager", "Administratie", "Klantcontact"]), c)
    return d


def b_pw_chat():
    d = Doc()
    a, b = d.pp(), d.pp()
    app = ch(["de planningsapp", "Moneybird", "het ritsysteem", "de webshop-backend", "Exact", "het roosterprogramma", "de wifi in de kantine", "het laptopje van de balie"])
    lines = [
        (a.Fn(), ["wat is het wachtwoord van " + app + " ook alweer?"]),
        (b.Fn() if pr(0.5) else b.F(), [password()]),
        (a.Fn(), ["top thx"]),
    ]
    if pr(0.4):
        lines.append((b.Fn(), ["gebruikersnaam is ", email_of(b, ch(COS[ch(list(COS))]).domain) if pr(0.5) else "kantoor"]))
    chat(d, lines)
    return d


def b_pw_handover():
    d = Doc()
    c = co(ch(["acc", "ws", "tr", "cl", "rec"]))
    a, b = d.pp(), d.pp()
    d.ln(ch(["Overdracht tijdens mijn vakantie", "Overdracht - afwezig vanaf {dd}", "Vakantieoverdracht"]), dd=kdate("dm"))
    d.ln()
    d.ln("Hoi {n}, hierbij wat je nodig hebt de komende twee weken:", n=b.Fn())
    d.ln()
    sys_ = R.sample(["Moneybird", "Twinfield", "Exact Online", "Shopify-beheer", "Transportplanner", "Sendcloud", "Nmbrs", "Loket.nl", "Bol.com verkopersaccount"], 2)
    d.ln("- {s}: login {e} / {w}", s=sys_[0], e=email_of(a, c.domain), w=password())
    d.ln("- {s}: gebruiker {u}, wachtwoord {w}", s=sys_[1], u=ch(["beheer", "admin01", "kantoor", "planning"]), w=password())
    d.ln("- Facturen boven {m} eerst laten checken door {p}.", m=money(500, 5000, dec=False), p=d.pp().F())
    d.ln()
    d.ln("Groetjes, {n}", n=a.Fn())
    return d


def b_pw_wifi():
    d = Doc()
    c = co(ch(["ev", "acc", "rs", "vt"]))
    d.ln(ch(["Welkom bij {c}!", "Info voor de gasten", "Praktische informatie"]).replace("{c}", c.name))
    d.ln("Wifi-netwerk: {n}", n=ch(["Gasten", c.name.split()[-1] + "_Guest", "Bruiloft2025", "Kantoor-5G"]))
    d.ln("Wachtwoord: {w}", w=password())
    d.ln()
    d.ln("Vragen? Bel {p} op {t}.", p=d.pp().Fn(), t=phone("m"))
    return d


def b_pw_en():
    d = Doc("en")
    a, b = d.pp(), d.pp()
    d.ln("Hi {n},", n=b.Fn())
    d.ln()
    d.ln("Here are your login details for the {s}:", s=ch(["booking system", "driver app", "customer portal", "translation memory server"]))
    d.ln("Username: {e}", e=email_of(b))
    d.ln("Password: {w}", w=password())
    d.ln()
    d.ln("Please change it after your first login.")
    d.ln()
    d.ln(closing("en"))
    d.ln("{n}", n=a.F())
    return d


def b_pw_prompt():
    d = Doc()
    p = d.pp()
    d.ln(ch(["Waarom werkt deze login niet?", "Schrijf een mail naar de leverancier dat deze inlog niet meer werkt:"]))
    d.ln()
    d.ln("url: https://portal.{dom}/login", dom=ch(COS[ch(list(COS))]).domain)
    d.ln("user: {e}", e=email_of(p))
    d.ln("pass: {w}", w=password())
    d.ln()
    d.ln("Foutmelding: 'Account tijdelijk geblokkeerd'")
    return d


# --- API_KEY -----------------------------------------------------------------------------------
def b_api_env():
    d = Doc()
    k1 = api_key()
    d.ln(ch(["Mijn webshop-koppeling geeft een 401. Dit is mijn .env:", "Waarom pakt hij de key niet? .env hieronder", "Kun je checken of deze config klopt?"]))
    d.ln()
    d.ln("APP_ENV=production")
    d.ln("SHOP_URL=https://www.{d}", d=co("ws").domain)
    var = {"OpenAI": "OPENAI_API_KEY", "Anthropic": "ANTHROPIC_API_KEY", "GitHub": "GITHUB_TOKEN", "AWS": "AWS_ACCESS_KEY_ID",
           "Stripe": "STRIPE_SECRET_KEY", "Google Maps": "GOOGLE_MAPS_KEY", "Slack": "SLACK_BOT_TOKEN", "SendGrid": "SENDGRID_API_KEY",
           "Mollie": "MOLLIE_API_KEY", "Hugging Face": "HF_TOKEN", "GitLab": "GITLAB_TOKEN", "Shopify": "SHOPIFY_ACCESS_TOKEN",
           "Mailchimp": "MAILCHIMP_KEY"}[provider_of(k1)]
    d.ln(var + "={k}", k=k1)
    if pr(0.4):
        k2 = api_key()
        d.ln("BACKUP_KEY={k}", k=k2)
    d.ln("DEBUG=false")
    return d


def b_api_curl():
    d = Doc()
    k = api_key(ch(["openai_proj", "openai", "anthropic", "mollie", "stripe", "sendgrid"]))
    d.ln(ch(["Deze curl werkt niet, wat doe ik fout?", "Ik krijg 'invalid_request_error' met:", "Kun je dit omzetten naar Python?"]))
    d.ln()
    hdr = "x-api-key: " if k.value.startswith("sk-ant") else "Authorization: Bearer "
    d.ln("curl https://api.example-endpoint.com/v1/messages \\")
    d.ln('  -H "' + hdr + '{k}" \\', k=k)
    d.ln('  -H "Content-Type: application/json" \\')
    d.ln("  -d '" + '{"prompt": "Vat de klacht samen"}' .replace("{", "{{").replace("}", "}}") + "'")
    return d


def b_api_python():
    d = Doc()
    k = api_key(ch(["openai_proj", "anthropic", "google", "hf", "sendgrid", "openai"]))
    d.ln(ch(["Mijn script om klantmails samen te vatten crasht:", "Waarom krijg ik een AuthenticationError?", "Kan dit sneller?"]))
    d.ln()
    d.ln("import requests")
    d.ln('API_KEY = "{k}"', k=k)
    d.ln("def samenvatten(tekst):")
    d.ln('    r = requests.post(URL, headers=' + '{{"Authorization": f"Bearer {{API_KEY}}"}}' + ', json=' + '{{"input": tekst}}' + ')')
    d.ln("    return r.json()")
    return d


def b_api_chat():
    d = Doc()
    a, b = d.pp(), d.pp()
    k = api_key(ch(["mollie", "stripe", "shopify", "sendgrid", "mailchimp", "google", "slack", "ghp", "whsec", "aws"]))
    lines = [
        (a.Fn(), ["kun je de " + provider_of(k) + "-key sturen voor de koppeling? ", casual(d.pp()), " wacht erop"]),
        (b.Fn() if pr(0.5) else b.F(), [k]),
        (a.Fn(), ["thanks, werkt!"]),
    ]
    chat(d, lines, style=ch(["teams", "teams2", "slack", "wa_a"]))
    return d


def b_api_mail():
    d = Doc()
    c = co(ch(["ws", "tr", "ev", "rs"]))
    dev, own = d.pp(), d.pp()
    k = api_key()
    d.add(subj(ch(["Toegang koppeling", "Keys voor de nieuwe site", "API-gegevens"])))
    d.ln("{a},", a=dev.aanhef())
    d.ln()
    d.ln("Hierbij de {p}-sleutel voor de koppeling met onze {s}:", p=provider_of(k), s=ch(["webshop", "planning", "boekingssite", "administratie"]))
    d.ln()
    d.ln("{k}", k=k)
    d.ln()
    d.ln("De offerte van {m} voor het bouwen van de koppeling is akkoord.", m=money(600, 4500))
    d.ln()
    sig(d, own, "Eigenaar", c)
    return d


def b_api_json():
    d = Doc()
    k = api_key()
    d.ln(ch(["De Zapier-stap faalt. Config:", "Hoe los ik deze fout op? Config uit de plugin:", "Klopt dit JSON-bestand?"]))
    d.ln("{{")
    d.ln('  "endpoint": "https://api.' + co("ws").domain + '/v2/orders",')
    d.ln('  "api_key": "{k}",', k=k)
    d.ln('  "timeout": 30')
    d.ln("}}")
    return d


# --- SALARY_SLIP -------------------------------------------------------------------------------
def _slip_nl(d, emp, c, sector, with_bsn=None, with_iban=None, with_dob=None, uitzend=False):
    maand = ch(MND)
    jaar = ch([2024, 2025])
    style = ch(["eur_sp", "eur", "EUR"])
    if uitzend:
        d.ln("Loonstrook week {w} {j}".replace("{w}", str(rint(1, 52))).replace("{j}", str(jaar)))
    else:
        d.ln(ch(["LOONSTROOK {m} {j}", "Salarisspecificatie {m} {j}", "Loonstrook periode {p}-{j}"]).replace("{m}", maand).replace("{j}", str(jaar)).replace("{p}", str(rint(1, 13))))
    d.ln("Werkgever: {c}", c=c.name)
    d.ln("Werknemer: {n}    Personeelsnr: {p}", n=emp.F() if pr(0.7) else emp.rev(), p=str(rint(100, 9999)))
    if with_bsn if with_bsn is not None else pr(0.3):
        d.ln("BSN: {b}", b=bsn())
    if with_dob if with_dob is not None else pr(0.25):
        d.ln("Geboortedatum: {g}", g=dob(1960, 2005))
    d.ln("Functie: {f}", f=ch(FUNCTIES if sector == "rec" else JOBS[sector]))
    h = rint(16, 45)
    bruto = round(R.uniform(1900, 4800), 2) if not uitzend else round(round(R.uniform(14, 22), 2) * h, 2)
    lines = [("Bruto salaris" if not uitzend else f"Gewerkte uren ({h})", bruto)]
    if pr(0.5):
        lines.append((ch(["Toeslag onregelmatigheid", "Overwerk 125%", "ORT-toeslag", "Reiskostenvergoeding"]), round(R.uniform(40, 420), 2)))
    pens = -round(bruto * R.uniform(0.04, 0.08), 2)
    lh = -round(bruto * R.uniform(0.08, 0.22), 2)
    lines += [("Pensioenpremie", pens), ("Loonheffing", lh)]
    net = round(sum(v for _, v in lines), 2)
    if uitzend:
        lines.append(("Reservering vakantiegeld", round(bruto * 0.08, 2)))
    for name, v in lines:
        d.ln(name.ljust(28) + "{m}", m=Kp(fmt_money(v, style)))
    d.ln("Netto uit te betalen".ljust(28) + "{m}", m=Kp(fmt_money(net, style)))
    if with_iban if with_iban is not None else pr(0.5):
        d.ln("Overgemaakt naar {ib}", ib=iban())
    return d


def b_sal_slip():
    d = Doc()
    sector = ch(["tr", "cl", "zorg", "ws", "acc", "mak", "rs"])
    c = co(sector)
    emp = d.pp()
    _slip_nl(d, emp, c, sector)
    return d


def b_sal_question():
    d = Doc()
    sector = ch(["tr", "cl", "zorg", "rec"])
    c = co(sector)
    emp = d.pp()
    d.ln(ch(["Waarom is mijn netto deze maand lager? Hier mijn loonstrook:",
             "Kun je deze loonstrook voor me uitleggen?",
             "Een medewerker vraagt waarom de loonheffing hoger is. Dit is de strook:",
             "Klopt deze salarisspecificatie van onze chauffeur?"]))
    d.ln()
    _slip_nl(d, emp, c, sector)
    return d


def b_sal_uitzend():
    d = Doc()
    c = co("rec")
    emp = d.pp()
    _slip_nl(d, emp, c, "rec", uitzend=True)
    d.ln("Fase: {f}", f=ch(["A", "B", "C"]))
    return d


def b_sal_en():
    d = Doc("en")
    c = co(ch(["tr", "cl", "rec", "ws"]))
    emp = d.pp(ch(["pl", "in", "er", "sy", "nl", "gh"]))
    gross = round(R.uniform(2100, 5200), 2)
    tax = round(gross * R.uniform(0.1, 0.25), 2)
    pen = round(gross * 0.05, 2)
    d.ln("PAYSLIP {m} {y}", m=EN_M[rint(0, 11)], y=str(ch([2024, 2025])))
    d.ln("Employer: {c}", c=c.name)
    d.ln("Employee: {n}", n=emp.F())
    if pr(0.4):
        d.ln("BSN: {b}", b=bsn())
    d.ln("Gross salary: {m}", m=Kp(f"€{gross:,.2f}"))
    d.ln("Pension contribution: {m}", m=Kp(f"-€{pen:,.2f}"))
    d.ln("Wage tax: {m}", m=Kp(f"-€{tax:,.2f}"))
    d.ln("Net pay: {m}", m=Kp(f"€{gross - tax - pen:,.2f}"))
    d.ln("Paid to: {ib}", ib=iban())
    return d


def b_sal_jaaropgaaf():
    d = Doc()
    c = co(ch(["tr", "cl", "zorg", "rec", "ws"]))
    emp = d.pp()
    j = ch([2023, 2024])
    lv = round(R.uniform(18000, 62000), 2)
    d.ln("JAAROPGAAF {j}", j=str(j))
    d.ln("Werkgever: {c}", c=c.name)
    d.ln("Werknemer: {n}", n=emp.F() if pr(0.6) else emp.rev())
    d.ln("Burgerservicenummer: {b}", b=bsn())
    d.ln("Loon voor de loonheffing: {m}", m=Kp(fmt_money(lv, "eur_sp")))
    d.ln("Ingehouden loonheffing: {m}", m=Kp(fmt_money(round(lv * R.uniform(0.12, 0.3), 2), "eur_sp")))
    d.ln("Verrekende arbeidskorting: {m}", m=Kp(fmt_money(round(R.uniform(1500, 5500), 2), "eur_sp")))
    d.ln()
    d.ln(ch(["Welke bedragen moet ik hiervan invullen in de aangifte?", "Zet dit in de aangifte-spreadsheet aub.", ""]))
    return d


def b_sal_be():
    d = Doc("be")
    c = co(ch(["be_int", "be_poets", "be_acc"]))
    emp = d.pp()
    bruto = round(R.uniform(2300, 4800), 2)
    rsz = round(bruto * 0.1307, 2)
    bv = round((bruto - rsz) * R.uniform(0.15, 0.3), 2)
    d.ln("LOONBRIEF {m} {j}", m=ch(MND), j=str(ch([2024, 2025])))
    d.ln("Werkgever: {c}", c=c.name)
    d.ln("Werknemer: {n}", n=emp.F())
    d.ln("Adres: {a}", a=Addr(be=True).line())
    d.ln("Brutoloon: {m}", m=Kp(fmt_money(bruto, "eur_sp")))
    d.ln("RSZ werknemer (13,07%): {m}", m=Kp(fmt_money(-rsz, "eur_sp")))
    d.ln("Bedrijfsvoorheffing: {m}", m=Kp(fmt_money(-bv, "eur_sp")))
    d.ln("Nettoloon: {m}", m=Kp(fmt_money(round(bruto - rsz - bv, 2), "eur_sp")))
    d.ln("Rekeningnummer: {ib}", ib=iban(be=True))
    return d


# --- SIGNED_CONTRACT ---------------------------------------------------------------------------
def signed(d, p, lang="nl", role=None, date=None, city=None):
    """A signature line for a person that HAS signed."""
    st = ch(["getekend", "wg", "hand", "slash", "digi", "plain"]) if lang != "en" else ch(["slash", "signed", "digi_en"])
    r = (role + ": ") if role else ""
    if st == "getekend":
        d.ln(r + "{n} (getekend)", n=p.F())
    elif st == "wg":
        d.ln(r + "w.g. {n}", n=p.F() if pr(0.6) else p.I())
    elif st == "hand":
        d.ln(r + "[handtekening]\n{n}", n=p.F())
    elif st == "slash":
        d.ln(r + "/s/ {n}", n=p.F())
    elif st == "digi":
        d.ln(r + "{n} - digitaal ondertekend op {dd}", n=p.F(), dd=date or kdate("dd-mm-yyyy"))
    elif st == "signed":
        d.ln(r + "Signed: {n}", n=p.F())
    elif st == "digi_en":
        d.ln(r + "{n} - electronically signed on {dd}", n=p.F(), dd=date or kdate(lang="en"))
    else:
        d.ln(r + "{n}", n=p.F())
        d.ln("Handtekening: [handtekening aanwezig]")


def b_sc_huur():
    d = Doc()
    c = co("mak")
    vh, hu = d.pp(), d.pp()
    a = Addr()
    city = ch(CITIES)
    d.ln(ch(["HUUROVEREENKOMST WOONRUIMTE", "Huurcontract (getekend exemplaar)", "Huurovereenkomst - definitief"]))
    d.ln()
    d.ln("De ondergetekenden:")
    d.ln("1. {v}, handelend namens {c}, hierna \"verhuurder\";", v=vh.F(), c=c.name)
    d.ln("2. {h}, geboren op {g}, hierna \"huurder\";", h=hu.F(), g=dob(1960, 2003))
    d.ln("verklaren te zijn overeengekomen als volgt:")
    d.ln()
    d.ln("Art. 1 Het gehuurde betreft de woning aan de {a}.", a=a.line())
    d.ln("Art. 2 De huurprijs bedraagt {m} per maand, te voldoen vóór de eerste van de maand op {ib}.", m=money(650, 2100), ib=iban())
    d.ln("Art. 3 De huurder betaalt een waarborgsom van {m}.", m=money(700, 4000, dec=False))
    d.ln("Art. 4 De overeenkomst gaat in op {dd} voor onbepaalde tijd.", dd=kdate("dmy"))
    d.ln()
    d.ln("Aldus overeengekomen en in tweevoud ondertekend te {c} op {dd}.", c=city, dd=kdate("dmy"))
    d.ln()
    signed(d, vh, role="Verhuurder")
    signed(d, hu, role="Huurder")
    return d


def b_sc_uitzend():
    d = Doc()
    c = co("rec")
    k, r = d.pp(), d.pp()
    d.ln(ch(["UITZENDOVEREENKOMST (fase A)", "Uitzendovereenkomst met uitzendbeding", "Detacheringsovereenkomst"]))
    d.ln("Uitzendkracht: {n}, geb. {g}", n=k.F(), g=dob(1965, 2005))
    d.ln("Adres: {a}", a=Addr().line())
    d.ln("Functie: {f} bij opdrachtgever in {c}", f=ch(FUNCTIES), c=ch(CITIES))
    d.ln("Uurloon: {m} bruto", m=money(14, 21, dec=True))
    d.ln("Ingangsdatum: {dd}", dd=kdate("dd-mm-yyyy"))
    d.ln()
    d.ln(ch(["Voor akkoord getekend:", "Getekend voor akkoord:", "Ondertekening:"]))
    signed(d, k, role="Uitzendkracht")
    signed(d, r, role="Namens " + c.name)
    return d


def b_sc_opdracht():
    d = Doc()
    sector = ch(["acc", "cl", "vt", "ins"])
    c = co(sector)
    k, mw = d.pp(), d.pp()
    d.ln(ch(["Hieronder de getekende opdrachtbevestiging van {k}, kun je de belangrijkste afspraken eruit halen?",
             "Getekende opdrachtbevestiging retour ontvangen van {k}:", "Scan van de ondertekende opdracht ({k}), omgezet naar tekst:"]), k=k.F())
    d.ln()
    d.ln("OPDRACHTBEVESTIGING {c}", c=c.name.upper())
    d.ln("Opdrachtgever: {k}, {a}", k=k.F(), a=Addr().line())
    d.ln("Werkzaamheden: {w}", w={"acc": "samenstellen jaarrekening en aangifte IB", "cl": "wekelijkse schoonmaak kantoor",
                                   "vt": "vertaling handboek NL-EN", "ins": "advies en bemiddeling bedrijfsverzekeringen"}[sector])
    d.ln("Vergoeding: {m} per {p}", m=money(60, 1800), p=ch(["maand", "uur", "jaar", "opdracht"]))
    d.ln()
    d.ln("Voor akkoord,")
    signed(d, k, role="Opdrachtgever", date=kdate("dd-mm-yyyy"))
    signed(d, mw, role="Opdrachtnemer")
    return d


def b_sc_docusign():
    d = Doc()
    c = co(ch(["cl", "ev", "mak", "rec", "tr"]))
    a, b = d.pp(), d.pp()
    if pr(0.5):
        d.ln("DocuSign - Voltooid: \"{t}\"", t=ch(["Overeenkomst schoonmaakonderhoud 2025", "Huurovereenkomst", "Raamovereenkomst transport", "Overeenkomst bruiloft"]))
        d.ln("Alle partijen hebben ondertekend.")
        d0 = rdate()
        d1 = d0 + dt.timedelta(days=rint(0, 3))
        d.ln("Ondertekenaar 1: {n} ({e}) - ondertekend op {dd} om {t}", n=a.F(), e=email_of(a), dd=Kp(fdate(d0, "dd-mm-yyyy")), t=tm())
        d.ln("Ondertekenaar 2: {n} ({e}) - ondertekend op {dd} om {t}", n=b.F(), e=email_of(b, c.domain), dd=Kp(fdate(d1, "dd-mm-yyyy")), t=tm())
        d.ln("Envelope-ID: {x}", x=f"{rs(8, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(12, HEX)}".upper())
        d.ln()
        d.ln("Contractwaarde: {m} per jaar, looptijd 24 maanden.", m=money(3000, 60000, dec=False))
    else:
        d.lang = "en"
        d.ln("Completed: \"{t}\"", t=ch(["Service agreement", "Lease agreement", "Wedding planning agreement", "Framework agreement logistics"]))
        d.ln("All parties have signed.")
        d.ln("Signer: {n} <{e}> - signed {dd}", n=a.F(), e=email_of(a), dd=kdate(lang="en"))
        d.ln("Signer: {n} <{e}> - signed {dd}", n=b.F(), e=email_of(b, c.domain), dd=kdate(lang="en"))
        d.ln("Total fee: {m}", m=money(2000, 40000, lang="en"))
    return d


def b_sc_be():
    d = Doc("be")
    vh, hu = d.pp(), d.pp()
    a = Addr(be=True)
    d.ln(ch(["HUURCONTRACT HOOFDVERBLIJFPLAATS", "Overeenkomst poetsdienst", "Arbeidsovereenkomst bediende"]))
    d.ln("Tussen {v} en {h} werd overeengekomen wat volgt.", v=vh.F(), h=hu.F())
    d.ln("Adres: {a}", a=a.line())
    d.ln("Maandelijks bedrag: {m}", m=money(600, 2500))
    d.ln()
    d.ln("Opgemaakt te {c} op {dd} in twee exemplaren, elke partij erkent het hare ontvangen te hebben.", c=a.city, dd=kdate("dmy"))
    d.ln()
    d.ln("\"Gelezen en goedgekeurd\"")
    d.ln("{n}", n=vh.F())
    d.ln("\"Gelezen en goedgekeurd\"")
    d.ln("{n}", n=hu.F())
    return d


def b_sc_wedding():
    d = Doc()
    c = co("ev")
    b1, b2, pl = d.pp(), d.pp(), d.pp()
    wd = rdate(2025, 2026, weekend=True)
    d.ln("OVEREENKOMST TROUWPLANNING")
    d.ln("Tussen {c} en het bruidspaar {a} en {b}.", c=c.name, a=b1.F(), b=b2.F())
    d.ln("Trouwdatum: {dd}", dd=Kp(fdate(wd, "dmy")))
    d.ln("Totaalbedrag: {m}, aanbetaling 30%.", m=money(2500, 9000))
    d.ln("Annuleren tot 6 maanden voor de datum kost {m}.", m=money(250, 900, style="dash"))
    d.ln()
    d.ln("Getekend voor akkoord te {c}, {dd}:", c=ch(CITIES), dd=kdate("dd-mm-yyyy"))
    signed(d, b1)
    signed(d, b2)
    signed(d, pl, role="Namens " + c.name)
    return d


def b_sc_arbeid():
    d = Doc()
    sector = ch(["tr", "cl", "zorg", "ws", "rs"])
    c = co(sector)
    wn, wg = d.pp(), d.pp()
    d.ln(ch(["ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD", "Arbeidsovereenkomst", "Arbeidscontract (ondertekend)"]))
    d.ln("Werkgever: {c}, vertegenwoordigd door {g}", c=c.name, g=wg.F())
    d.ln("Werknemer: {n}, wonende {a}", n=wn.F(), a=Addr().line())
    d.ln("Functie: {f}, {u} uur per week", f=ch(JOBS[sector]), u=str(rint(16, 40)))
    d.ln("Salaris: {m} bruto per maand", m=money(2100, 3900, dec=False))
    d.ln("Duur: 12 maanden vanaf {dd}", dd=kdate("dmy"))
    d.ln()
    d.ln("Aldus opgemaakt en ondertekend te {c} op {dd}.", c=ch(CITIES), dd=kdate("dmy"))
    signed(d, wg, role="Werkgever")
    signed(d, wn, role="Werknemer")
    return d


def b_sc_short():
    """Short signed forms as found in mails/chats."""
    d = Doc()
    p = d.pp()
    d.ln(ch(["Getekend voor akkoord door {n} op {dd}. {w}",
             "Offerte {o} voor akkoord getekend retour: {n}, {dd}. {w}",
             "Hierbij het ondertekende contract: '{w}' - getekend {n}, {dd}"]),
         n=p.F(), dd=kdate(ch(["wdm", "dd-mm-yyyy", "dmy"])), o=f"{ch([2024, 2025])}-{rint(10, 999):03d}",
         w=ch([["Schoonmaakonderhoud ", money(300, 2500), " per maand"], ["Huurprijs ", money(600, 2000), " per maand"],
               ["Rijlespakket 20 lessen ", money(1100, 1900, dec=False)], ["Verhuizing op ", kdate("wdm"), ", vaste prijs ", money(400, 2200)]]))
    d.ln("Handtekening: " + ch(["[handtekening]", "(getekend)", "✍ " + "getekend", "zie scan"]))
    return d


# --- CUSTOMER_LIST -----------------------------------------------------------------------------
CL_KIND = [
    ("ws", "Klantenexport webshop", ["Naam", "E-mail", "Telefoon", "Plaats"], "Laatste bestelling"),
    ("mak", "Bewonerslijst VvE", ["Naam", "Telefoon", "E-mail", "Appartement"], None),
    ("mak", "Huurders complex", ["Huurder", "Adres", "Postcode", "Telefoon"], None),
    ("rs", "Leerlingen", ["Leerling", "Telefoon", "E-mail", "Adres"], "Examen"),
    ("rec", "Kandidaten orderpicker", ["Naam", "Telefoon", "E-mail", "Woonplaats"], "Status"),
    ("tr", "Afleveradressen", ["Ontvanger", "Adres", "Postcode", "Telefoon"], None),
    ("ev", "Gastenlijst", ["Gast", "E-mail", "Telefoon"], "Dieetwens"),
    ("zorg", "Cliëntenoverzicht", ["Cliënt", "Adres", "Postcode", "Contact"], None),
    ("ins", "Polishouders", ["Naam", "Adres", "Postcode", "E-mail"], "Polis"),
    ("cl", "Contactpersonen objecten", ["Contactpersoon", "Telefoon", "E-mail"], "Object"),
    ("acc", "Debiteurenlijst", ["Klant", "E-mail", "Telefoon"], "Openstaand"),
]


def b_customer_list():
    kind = ch(CL_KIND)
    be = pr(0.08)
    d = Doc("be" if be else "nl")
    sector, title, cols, extra = kind
    fmt = ch(["csv", "semi", "tsv", "md", "aligned", "numbered"])
    n = rint(5, 12)
    form = ch(["F", "F", "F", "rev", "U", "I"])
    cols = list(cols) + ([extra] if extra and pr(0.7) else [])
    rows = []
    for i in range(n):
        p = d.pp()
        a = Addr(be=be)
        row = []
        for col in cols:
            if col in ("Naam", "Huurder", "Leerling", "Ontvanger", "Gast", "Cliënt", "Contactpersoon", "Klant"):
                row.append(getattr(p, form)())
            elif col == "E-mail":
                row.append(email_of(p, be=be))
            elif col in ("Telefoon", "Contact"):
                row.append(phone(be=be))
            elif col == "Adres":
                row.append(a.A())
            elif col == "Postcode":
                row.append(a.PC() if not be else a.pc)
            elif col in ("Plaats", "Woonplaats"):
                row.append(a.city)
            elif col == "Appartement":
                row.append(f"nr. {rint(1, 80)}")
            elif col == "Laatste bestelling":
                row.append(kdate("dd-mm-yyyy"))
            elif col == "Examen":
                row.append(kdate("dd-mm-yyyy") if pr(0.6) else "nog niet gepland")
            elif col == "Status":
                row.append(ch(["intake gepland", "geplaatst", "afgewezen", "wacht op VCA"]))
            elif col == "Dieetwens":
                row.append(ch(["geen", "vegetarisch", "glutenvrij", "halal", "notenallergie"]))
            elif col == "Polis":
                row.append(polis())
            elif col == "Object":
                row.append(ch(OBJECTS))
            elif col == "Openstaand":
                row.append(money(40, 4000))
        rows.append(row)
    intro = ch(["", "", "Ontdubbel deze lijst:\n\n", "Maak hier een mailmerge-brief voor:\n\n", "Sorteer op plaats aub:\n\n",
                "Welke telefoonnummers zijn ongeldig?\n\n", "Zet dit om naar een nette tabel:\n\n", title + "\n", title + " (export " + fdate(rdate(), "dd-mm-yyyy") + ")\n"])
    d.add(intro)

    def cell_str(x):
        if isinstance(x, (V, Kp)):
            return x.value
        if isinstance(x, list):
            return "".join(cell_str(y) for y in x if y is not None)
        return x

    if fmt in ("csv", "semi", "tsv"):
        sep = {"csv": ",", "semi": ";", "tsv": "\t"}[fmt]
        d.ln(sep.join(c.lower() if fmt == "csv" and pr(0.5) else c for c in cols))
        for row in rows:
            for j, x in enumerate(row):
                if j:
                    d.add(sep)
                if sep == "," and "," in cell_str(x):
                    d.add('"', x, '"')
                else:
                    d.add(x)
            d.add("\n")
    elif fmt == "md":
        d.ln("| " + " | ".join(cols) + " |")
        d.ln("|" + "|".join("---" for _ in cols) + "|")
        for row in rows:
            d.add("| ")
            for j, x in enumerate(row):
                d.add(" | " if j else "", x)
            d.add(" |\n")
    elif fmt == "aligned":
        widths = [max(len(cols[j]), max(len(cell_str(r[j])) for r in rows)) + 2 for j in range(len(cols))]
        d.ln("".join(cols[j].ljust(widths[j]) for j in range(len(cols))).rstrip())
        for row in rows:
            for j, x in enumerate(row):
                d.add(x)
                if j < len(cols) - 1:
                    d.add(" " * (widths[j] - len(cell_str(x))))
            d.add("\n")
    else:
        for i, row in enumerate(rows):
            d.add(f"{i + 1}. ")
            for j, x in enumerate(row):
                d.add(" - " if j else "", x)
            d.add("\n")
    d.block.add("CUSTOMER_LIST")
    return d


# ==============================================================================================
# LOOK-ALIKES (must NOT be blocked)
# ==============================================================================================
def l_bsn_word():
    d = Doc()
    p, q = d.pp(), d.pp()
    v = rint(0, 4)
    if v == 0:
        d.ln("{a},", a=p.aanhef())
        d.ln()
        d.ln("Wil je morgen bij de intake je ID-bewijs, bankpas en BSN meenemen? Het adres is {a}. Tot {dd}!", a=Addr().line(), dd=kdate("wdm"))
        d.ln()
        d.ln(closing("nl"))
        d.ln("{n}", n=q.F())
    elif v == 1:
        d.ln("BSN ontbreekt nog in het dossier van {t}. Ik heb {pr} gevraagd het via het beveiligde portaal te uploaden, niet per mail. "
             "Bereikbaar op {ph}.", t=p.title(), pr="haar" if p.g == "f" else "hem", ph=phone())
    elif v == 2:
        d.ln("Naam: {n}\nTelefoon: {t}\nBSN: [zie beveiligd dossier]\nStartdatum: {dd}", n=p.F(), t=phone("m"), dd=kdate("dd-mm-yyyy"))
    elif v == 3:
        d.ln("Let op: {c} vraagt nooit om je BSN, wachtwoord of pincode via WhatsApp of mail. Twijfel je? Bel {n} op {t}.",
             c=co(ch(["ws", "acc", "ins"])).name, n=p.F(), t=phone("l"))
    else:
        d.ln("Vraag van {n}: waarom heeft het uitzendbureau mijn BSN nodig en hoe lang bewaren jullie dat? Graag een kort, "
             "duidelijk antwoord dat ik naar {pr} kan mailen ({e}).", n=p.F(), pr="haar" if p.g == "f" else "hem", e=email_of(p))
    return d


def l_bsn_numbers():
    d = Doc()
    p = d.pp()
    kind = ch(["Ordernummer", "Zendingnummer", "Klantnummer", "Factuurnummer", "Dossiernummer", "Vrachtbriefnummer"])
    d.ln(ch(["{k} {x} van {n} is nog niet afgerond. Bedrag {m}, bellen op {t}.",
             "Kun je {k} {x} opzoeken? Klant {n} ({t}) vraagt naar de status. Het ging om {m}.",
             "{k}: {x}\nKlant: {n}\nTelefoon: {t}\nBedrag: {m}"]),
         k=kind, x=not_bsn9(), n=p.F() if pr(0.6) else p.title(), m=money(15, 2500), t=phone())
    return d


def l_pw_policy():
    d = Doc()
    c = co(ch(list(COS)[:-1]))
    it = d.pp()
    d.ln(ch(["Wachtwoordbeleid {c}", "Herinnering: veilig inloggen", "IT-afspraken voor iedereen"]).replace("{c}", c.name))
    d.ln()
    d.ln("- Minimaal 12 tekens, met hoofdletter, cijfer en leesteken.")
    d.ln("- Nooit je wachtwoord delen via mail, WhatsApp of een AI-tool.")
    d.ln("- Gebruik de wachtwoordmanager; 2FA staat verplicht aan.")
    d.ln("- Wachtwoord vergeten? Vraag een reset aan bij {n} ({t}).", n=it.F(), t=phone())
    return d


def l_pw_redacted():
    d = Doc()
    p = d.pp()
    d.ln(ch(["Inloggegevens voor {n}:\ngebruikersnaam: {e}\nwachtwoord: ********",
             "Account aangemaakt voor {n} ({e}). Het wachtwoord stuur ik apart per sms.",
             "Login {n}: {e} / wachtwoord: [verwijderd]",
             "{n} kan inloggen met {e}; het wachtwoord staat in Bitwarden onder 'Klantportaal'."]), n=p.F(), e=email_of(p))
    return d


def l_pw_reset():
    d = Doc()
    k, ag = d.pp(), d.pp()
    d.ln("{a},", a=ag.aanhef())
    d.ln()
    d.ln("Ik ben mijn wachtwoord vergeten en de resetmail komt niet aan. Mijn account staat op {e}. Kunnen jullie me helpen? "
         "Ik heb vorige week nog een bestelling van {m} geplaatst.", e=email_of(k), m=money(20, 400))
    d.ln()
    d.ln(closing("nl"))
    d.ln("{n}", n=k.F())
    return d


def l_api_placeholder():
    d = Doc()
    ph = ch(["sk-...", "sk-proj-...", "<JOUW_API_KEY>", "YOUR_API_KEY", "sk-ant-api03-…", "ghp_<token>", "AKIA…",
             "live_xxxxxxxx", "os.environ['OPENAI_API_KEY']", "${MOLLIE_KEY}", "<plak hier je key>"])
    d.ln(ch(["Hoe gebruik ik dit voorbeeld uit de documentatie?", "Waarom geeft dit een 401?", "Kun je uitleggen wat deze code doet?"]))
    d.ln()
    d.ln("import requests")
    if ph.startswith("os.environ"):
        d.ln("import os")
        d.ln("API_KEY = " + ph + "  # key staat in de omgeving")
    else:
        d.ln("API_KEY = \"" + ph.replace("{", "{{").replace("}", "}}") + "\"  # vervang door je eigen sleutel")
    d.ln("r = requests.get(\"https://api." + co("ws").domain + "/v1/orders\", headers=" + "{{'Authorization': 'Bearer ' + API_KEY}}" + ")")
    if pr(0.4):
        d.ln()
        d.ln("Groet, {n}", n=d.pp().Fn())
    return d


def l_api_docs():
    d = Doc()
    p = d.pp()
    c = co(ch(["ws", "tr", "ev", "rs", "acc"]))
    d.ln(ch(["Hoi {f}, API-keys van {prov} beginnen met {pre}. Bewaar ze in de kluis van {c} en nooit in een gedeeld document.",
             "Vraag van {n}: een {prov}-key begint toch met {pre}? Waar zet ik die, in de code of in de omgevingsvariabelen?",
             "Onze ontwikkelaar {n} heeft de {prov}-sleutel voor de koppeling vervangen; de oude is ingetrokken. Kosten: {m}.",
             "Zet een limiet van {m} per maand op de {prov}-key, zodat een gelekte key niet duizenden euro's kost. Actie: {n}.",
             "{n} vraagt of we de {prov}-key mogen delen met het webbureau. Antwoord: nee, zij maken een eigen key aan."]),
         f=p.Fn(), n=p.F(), m=money(50, 200, dec=False), c=c.name,
         **dict(zip(("prov", "pre"), ch([("Mollie", "live_ of test_"), ("OpenAI", "sk-"), ("Stripe", "sk_live_"), ("GitHub", "ghp_"),
                                          ("Anthropic", "sk-ant-"), ("Google Maps", "AIza"), ("SendGrid", "SG.")]))))
    if pr(0.5):
        d.ln("Vragen? Mail {e}.", e=email_of(p, co(ch(["ws", "tr", "acc"])).domain))
    return d


def l_sal_vacancy():
    d = Doc()
    sector = ch(["rec", "tr", "cl", "zorg", "rs"])
    c = co(sector)
    rc = d.pp()
    d.ln("VACATURE: {f} ({u} uur)", f=ch(FUNCTIES if sector == "rec" else JOBS[sector]), u=ch(["24-32", "32-40", "38", "40"]))
    d.ln()
    d.ln("Wat bieden wij?")
    d.ln("- Salaris tussen {a} en {b} bruto per maand, afhankelijk van ervaring", a=money(2300, 2800, dec=False, style=ch(["eur_sp", "eur", "dash"])), b=money(2900, 3800, dec=False, style=ch(["eur_sp", "eur", "dash"])))
    d.ln("- Reiskostenvergoeding {m} per km", m=Kp("€ 0,23"))
    d.ln("- 25 vakantiedagen en een goede pensioenregeling")
    d.ln()
    d.ln("Interesse? Neem contact op met {n} via {t} of {e}.", n=rc.F(), t=phone("m"), e=email_of(rc, c.domain))
    return d


def l_sal_mention():
    d = Doc()
    p = d.pp()
    d.ln(ch(["De loonstroken van {m} staan vanaf {dd} in de app. Vragen over je salaris? Stuur een bericht naar {n}.",
             "Wij verzorgen de salarisadministratie voor {x} medewerkers tegen {k} per loonstrook. {n} is het aanspreekpunt.",
             "Kun je een mail opstellen dat de salarisverhoging van 3% per {dd} ingaat? Afzender: {n}.",
             "Herinnering: uren vóór {dd} invoeren, anders schuift de salarisbetaling door. Groet, {n}"]),
         m=ch(MND), dd=kdate(ch(["dm", "wdm", "dmy"])), n=p.F() if pr(0.6) else p.Fn(), x=str(rint(4, 40)), k=money(8, 18, dec=True))
    return d


def l_sal_wish():
    d = Doc()
    k, rc = d.pp(), d.pp()
    d.ln("Intake {n} ({dd})", n=k.F(), dd=kdate("dd-mm-yyyy"))
    d.ln("Tel {t}", t=phone("m"))
    d.ln("Huidige baan: {f}. Salariswens: {m} bruto per maand, bespreekbaar. Opzegtermijn 1 maand.", f=ch(FUNCTIES), m=money(2400, 4200, dec=False))
    d.ln("Volgende stap: voorstellen bij klant in {c}. - {r}", c=ch(CITIES), r=rc.acro() or rc.Fn())
    return d


def l_sc_draft():
    d = Doc()
    sector = ch(["mak", "cl", "ev", "rec"])
    c = co(sector)
    a, b = d.pp(), d.pp()
    d.ln(ch(["Check dit concept op fouten:", "Kun je dit conceptcontract nalezen voordat ik het ter ondertekening stuur?", ""]))
    d.ln()
    d.ln(ch(["CONCEPT - {t} (nog niet ondertekend)", "{t} - CONCEPTVERSIE", "DRAFT {t}"]).replace("{t}", {"mak": "huurovereenkomst", "cl": "overeenkomst schoonmaakonderhoud", "ev": "overeenkomst trouwplanning", "rec": "uitzendovereenkomst"}[sector]))
    d.ln("Partijen: {c} en {n}", c=c.name, n=a.F())
    d.ln("Prijs: {m} per maand", m=money(300, 2500))
    d.ln("Ingangsdatum: {dd}", dd=kdate("dmy"))
    d.ln()
    d.ln("Handtekening {r}: ____________________   Datum: __________", r={"mak": "huurder", "cl": "opdrachtgever", "ev": "bruidspaar", "rec": "uitzendkracht"}[sector])
    d.ln("Handtekening namens {c}: ____________________", c=c.name)
    return d


def l_sc_mention():
    d = Doc()
    p, q = d.pp(), d.pp()
    d.ln(ch(["Het contract van {n} loopt af op {dd}. Wil je verlengen? Dan stuur ik een nieuw voorstel.",
             "{n} heeft het huurcontract nog niet getekend. Kun je een herinnering sturen naar {e}?",
             "Kun je een contract opstellen voor {n}? Start {dd}, 24 uur per week, proeftijd 1 maand.",
             "Vraag van {n}: kan ik mijn contract tussentijds opzeggen? Wat zijn de regels? (bericht via {e})",
             "De offerte voor {n} staat klaar; zodra {q} akkoord geeft, maak ik het contract."]),
         n=p.F() if pr(0.6) else p.title(), dd=kdate(ch(["dmy", "dd-mm-yyyy"])), e=email_of(p), q=q.Fn())
    return d


def l_sc_template():
    d = Doc()
    c = co(ch(["cl", "ev", "rs", "acc"]))
    d.ln(ch(["Sjabloon opdrachtbevestiging {c}", "Template akkoordverklaring"]).replace("{c}", c.name))
    d.ln()
    d.ln("Hierbij ga ik akkoord met de offerte van {m} excl. btw.", m=money(250, 5000))
    d.ln()
    d.ln("Getekend voor akkoord:")
    d.ln("Naam: ______________________")
    d.ln("Datum: _____________________")
    d.ln("Handtekening: ______________")
    d.ln()
    d.ln(ch(["Kun je dit sjabloon professioneler maken?", "Maak hier een Engelse versie van.", "Contact: " + role_mail(c)]))
    return d


def l_cl_small():
    d = Doc()
    n = rint(2, 3)
    d.ln(ch(["Contactpersonen project {x}", "Bereikbaarheid tijdens de verbouwing", "Wie bel je bij storing?", "Aanspreekpunten"]), x=ch(["nieuwbouw", "verhuizing", "jubileum", "inventarisatie"]))
    sep = ch(["\t", " | ", ", ", " - "])
    for _ in range(n):
        p = d.pp()
        em = [sep, email_of(p, co(ch(["tr", "cl", "acc", "mak"])).domain)] if pr(0.5) else None
        d.add(p.F(), sep, ch(["planner", "teamleider", "boekhouder", "monteur", "coördinator", "office manager"]), sep,
              phone("m"), em, "\n")
    return d


def l_cl_roster():
    d = Doc()
    d.ln(ch(["Schoonmaakrooster week {w}", "Bezetting week {w}", "Rooster chauffeurs week {w}"]), w=str(rint(1, 52)))
    days = ["Ma", "Di", "Wo", "Do", "Vr"]
    staff = [d.pp() for _ in range(rint(5, 8))]
    for day in days:
        sel = R.sample(staff, 2)
        d.add(day + ": ", sel[0].Fn(), " + ", sel[1].Fn(), " - " + ch(OBJECTS + ["route Noord", "route Zuid", "depot"]) + "\n")
    d.ln()
    d.ln(ch(["Wie heeft er nog vakantie in deze week?", "Zet dit om in een tabel.", "Maak dit eerlijker verdeeld."]))
    return d


def l_cl_products():
    d = Doc()
    sep = ch([";", "\t", " | "])
    d.ln(ch(["Prijslijst", "Overzicht tarieven", "Productexport"]))
    d.ln(sep.join(["Artikel", "Omschrijving", "Prijs"]))
    for _ in range(rint(5, 9)):
        d.add(str(rint(10000, 99999)), sep, ch(PRODUCTS + ["glasbewassing per beurt", "rijles 60 min", "vertaling per woord", "verhuisdoos"]), sep, money(1, 400), "\n")
    d.ln()
    d.ln(ch(["Verhoog alle prijzen met 4%.", "Welke producten zijn het duurst?", ""]))
    return d


# ==============================================================================================
# assembly
# ==============================================================================================
REGULAR = [r_acc_email_jaarrekening, r_acc_crm_aangifte, r_acc_chat_bonnetjes, r_acc_invoice, r_acc_minutes,
           r_acc_herinnering_prompt, r_acc_bank_csv,
           r_rec_kandidaat_crm, r_rec_referentie, r_rec_plaatsing_mail, r_rec_teams, r_rec_en_mail, r_rec_form_inschrijving,
           r_mak_bezichtigingen, r_mak_huurder_mail, r_mak_vve_notulen, r_mak_huurachterstand_brief, r_mak_whatsapp_onderhoud,
           r_mak_verkoop_notitie,
           r_ws_retour_thread, r_ws_livechat, r_ws_crm, r_ws_order_paste, r_ws_en_complaint,
           r_tr_ritlijst, r_tr_vrachtbrief, r_tr_schade, r_tr_whatsapp, r_tr_en_mail,
           r_cl_klacht_mail, r_cl_offerte, r_cl_ziek_chat, r_cl_sleutel_log, r_cl_rooster_small,
           r_zorg_planning, r_zorg_overdracht, r_kraam_intake, r_zorg_familie_mail,
           r_ins_schade_form, r_ins_premie_mail, r_ins_belnotitie,
           r_ev_wedding_brief, r_ev_rsvp_chat, r_ev_offerte,
           r_rs_planning, r_rs_whatsapp, r_rs_factuur,
           r_vt_translate_letter, r_vt_offerte_mail,
           r_be_immo_mail, r_be_boekhouding_mail, r_be_interim_chat, r_be_poets_offerte]

# (group, extra block category, templates, count)
GROUPS = [
    ("BSN", None, [b_bsn_aangifte_mail, b_bsn_intake_form, b_bsn_zorg_intake, b_bsn_chat, b_bsn_kraam, b_bsn_vertaling,
                   b_bsn_crm_note, b_bsn_en], 82),
    ("PASSWORD", None, [b_pw_portal_mail, b_pw_chat, b_pw_handover, b_pw_wifi, b_pw_en, b_pw_prompt], 78),
    ("API_KEY", None, [b_api_env, b_api_curl, b_api_python, b_api_chat, b_api_mail, b_api_json], 76),
    ("SALARY_SLIP", "SALARY_SLIP", [b_sal_slip, b_sal_question, b_sal_uitzend, b_sal_en, b_sal_jaaropgaaf, b_sal_be], 72),
    ("SIGNED_CONTRACT", "SIGNED_CONTRACT", [b_sc_huur, b_sc_uitzend, b_sc_opdracht, b_sc_docusign, b_sc_be, b_sc_wedding,
                                            b_sc_arbeid, b_sc_short], 76),
    ("CUSTOMER_LIST", "CUSTOMER_LIST", [b_customer_list], 76),
    ("look_bsn", None, [l_bsn_word, l_bsn_numbers], 48),
    ("look_pw", None, [l_pw_policy, l_pw_redacted, l_pw_reset], 48),
    ("look_api", None, [l_api_placeholder, l_api_docs], 46),
    ("look_sal", None, [l_sal_vacancy, l_sal_mention, l_sal_wish], 48),
    ("look_sc", None, [l_sc_draft, l_sc_mention, l_sc_template], 52),
    ("look_cl", None, [l_cl_small, l_cl_roster, l_cl_products], 48),
]
N_REGULAR = N_RECORDS - sum(g[3] for g in GROUPS)

# templates that already carry their own prompt text (never wrapped again)
NO_WRAP = {"r_acc_herinnering_prompt", "r_acc_bank_csv", "r_ws_order_paste", "r_vt_translate_letter", "r_cl_rooster_small",
           "b_bsn_vertaling", "b_pw_prompt", "b_api_env", "b_api_curl", "b_api_python", "b_api_json", "b_sal_question",
           "b_sal_jaaropgaaf", "b_sc_opdracht", "b_customer_list", "l_api_placeholder", "l_sc_draft", "l_sc_template",
           "l_cl_roster", "l_cl_products", "b_bsn_zorg_intake"}

WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def sig_tokens(label, value):
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in WORD_RE.findall(value) if len(t) >= 4 and t.lower() not in INTERFIX]


def bounded(v):
    a = r"(?<!\w)" if (v[0].isalnum() or v[0] == "_") else ""
    b = r"(?!\w)" if (v[-1].isalnum() or v[-1] == "_") else ""
    return re.compile(a + re.escape(v) + b)


def simulate(text, mask):
    """What a perfect anonymizer (masking exactly the labelled spans) would leave."""
    out = text
    for v in sorted({v for _, v in mask}, key=len, reverse=True):
        out = bounded(v).sub("\x00", out)
    return out


def problems(rec):
    """Return a list of problems with a record (empty = fine)."""
    errs = []
    text, mask, keep = rec["text"], rec["mask"], rec["keep"]
    out = simulate(text, mask)
    for label, v in mask:
        if label not in MASK_LABELS:
            errs.append(f"bad label {label}")
        if not v or v != v.strip():
            errs.append(f"empty/padded value {v!r}")
            continue
        if v not in text:
            errs.append(f"mask value not in text: {v!r}")
        elif not bounded(v).search(text):
            errs.append(f"mask value only inside a longer word: {v!r}")
        if v in out:
            errs.append(f"value survives perfect masking (substring elsewhere): {v!r}")
        for t in sig_tokens(label, v):
            if re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", out):
                errs.append(f"token {t!r} of {label} {v!r} occurs unlabelled")
        for w in PLACEHOLDER_WORDS:
            if v in w:
                errs.append(f"value {v!r} hides in placeholder word {w}")
        if label == "PERSOON" and len(v) < 3:
            errs.append(f"too short name {v!r}")
    for k in keep:
        if k not in text:
            errs.append(f"keep value not in text: {k!r}")
        if k not in out:
            errs.append(f"keep value destroyed by masking: {k!r}")
        for _, v in mask:
            if k in v or v in k:
                errs.append(f"keep {k!r} overlaps mask {v!r}")
    labels = {l for l, _ in mask}
    for lab, cat in SECRET_BLOCK.items():
        if (lab in labels) != (cat in rec["block"]):
            errs.append(f"block/label mismatch {lab}/{cat}")
    for b in rec["block"]:
        if b not in BLOCK_CATS:
            errs.append(f"bad block {b}")
    if "CUSTOMER_LIST" in rec["block"]:
        npers = sum(1 for l, _ in mask if l == "PERSOON")
        ncont = sum(1 for l, _ in mask if l in ("EMAIL", "TELEFOON", "ADRES"))
        if npers < 5 or ncont < 5:
            errs.append("customer list with fewer than 5 persons/contacts")
    errs += audit(text, mask)
    return errs


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IBAN_RE = re.compile(r"\b(?:NL|BE)\d{2}(?: ?[A-Z0-9]{4}){3,4}(?: ?[0-9]{1,2})?\b", re.I)
MOBILE_RE = re.compile(r"(?<![\w+])(?:06|\+31 ?6|00316|\+31 \(0\)6)[\d -]{8,12}\d")
PC_RE = re.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b")
NINE_RE = re.compile(r"(?<![\d.])\d{9}(?![\d])")


def audit(text, mask):
    """Unlabelled things that look like personal data must be deliberate."""
    errs = []
    vals = [v for _, v in mask]
    covered = lambda s, e: any(text.find(v) != -1 and any(m.start() <= s and e <= m.end() for m in bounded(v).finditer(text)) for v in vals)
    for m in EMAIL_RE.finditer(text):
        if not covered(m.start(), m.end()) and m.group().split("@")[0] not in ROLE_LOCALS:
            errs.append(f"unlabelled e-mail {m.group()!r}")
    for m in IBAN_RE.finditer(text):
        if not covered(m.start(), m.end()):
            errs.append(f"unlabelled IBAN {m.group()!r}")
    for m in MOBILE_RE.finditer(text):
        if re.match(r"06-\d{2}-\d{4}", m.group()):
            continue  # a date, not a phone number
        if not covered(m.start(), m.end()):
            errs.append(f"unlabelled mobile {m.group()!r}")
    for m in PC_RE.finditer(text):
        if not covered(m.start(), m.end()):
            errs.append(f"unlabelled postcode {m.group()!r}")
    for m in NINE_RE.finditer(text):
        if bsn_valid(m.group()) and not covered(m.start(), m.end()):
            errs.append(f"unlabelled 11-proof number {m.group()!r}")
    for l, v in mask:
        if l == "BSN" and not bsn_valid(v):
            errs.append(f"invalid BSN {v!r}")
        if l == "IBAN" and not iban_valid(v.upper()):
            errs.append(f"invalid IBAN {v!r}")
        if l == "POSTCODE" and not re.fullmatch(r"[1-9]\d{3} ?[A-Za-z]{2}", v):
            errs.append(f"bad postcode {v!r}")
        if l == "EMAIL" and not EMAIL_RE.fullmatch(v):
            errs.append(f"bad e-mail {v!r}")
    return errs


def to_record(i, d):
    block = set(d.block)
    for lab, cat in SECRET_BLOCK.items():
        if any(l == lab for l, _ in d.mask):
            block.add(cat)
    text = d.text.strip("\n")
    return {"id": f"c18-{i}", "text": text, "mask": d.mask, "block": [b for b in BLOCK_CATS if b in block], "keep": d.keep}


def generate():
    plan = []
    for name, cat, fns, n in GROUPS:
        order = list(fns)
        R.shuffle(order)
        plan += [(name, cat, order[i % len(order)]) for i in range(n)]
    order = list(REGULAR)
    R.shuffle(order)
    plan += [("regular", None, order[i % len(order)]) for i in range(N_REGULAR)]
    R.shuffle(plan)
    recs, seen, retries = [], set(), 0
    for i, (name, cat, fn) in enumerate(plan):
        for attempt in range(200):
            d = fn()
            if cat:
                d.block.add(cat)
            if fn.__name__ not in NO_WRAP and pr(0.22):
                d = wrap(d)
            rec = to_record(i, d)
            errs = problems(rec)
            if not errs and rec["text"] not in seen:
                break
            retries += 1
            if os.environ.get("GEN18_DEBUG"):
                print(f"redraw {fn.__name__}: {errs[:3] or 'duplicate text'}", file=sys.stderr)
        else:
            raise RuntimeError(f"{fn.__name__}: cannot build a clean record: {errs}")
        seen.add(rec["text"])
        rec["_group"] = name
        recs.append(rec)
    return recs, retries


def dump(rec):
    return json.dumps({k: rec[k] for k in ("id", "text", "mask", "block", "keep")}, ensure_ascii=False)


def stats(recs):
    from collections import Counter
    n = len(recs)
    blocked = sum(1 for r in recs if r["block"])
    per_cat = Counter(b for r in recs for b in r["block"])
    labels = Counter(l for r in recs for l, _ in r["mask"])
    lines = [f"records: {n}", f"blocked: {blocked} ({100 * blocked / n:.1f}%)"]
    for c in BLOCK_CATS:
        lines.append(f"  {c:<16}{per_cat[c]:>5}  ({100 * per_cat[c] / n:.1f}% of records)")
    multi = sum(1 for r in recs if len(r["block"]) > 1)
    lines.append(f"  records with 2 categories: {multi}")
    lines.append("mask labels:")
    for l in MASK_LABELS:
        lines.append(f"  {l:<16}{labels[l]:>6}")
    lines.append(f"keep values: {sum(len(r['keep']) for r in recs)}")
    return "\n".join(lines)


def check(path=OUT):
    ok = True
    recs = []
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh):
            try:
                obj = json.loads(line, object_pairs_hook=lambda kv: kv)
            except Exception as e:
                print(f"line {ln + 1}: bad JSON {e}")
                ok = False
                continue
            keys = [k for k, _ in obj]
            if keys != ["id", "text", "mask", "block", "keep"]:
                print(f"line {ln + 1}: fields {keys}")
                ok = False
            recs.append(dict(obj))
    if len(recs) != N_RECORDS:
        print(f"expected {N_RECORDS} records, found {len(recs)}")
        ok = False
    ids = [r["id"] for r in recs]
    if ids != [f"c18-{i}" for i in range(len(recs))] or len(set(ids)) != len(ids):
        print("ids are not c18-0 ... c18-N in order / not unique")
        ok = False
    if len({r["text"] for r in recs}) != len(recs):
        print("duplicate texts")
        ok = False
    bad = 0
    for r in recs:
        shape = (isinstance(r["text"], str) and isinstance(r["mask"], list) and isinstance(r["block"], list)
                 and isinstance(r["keep"], list) and all(isinstance(m, list) and len(m) == 2 for m in r["mask"]))
        if not shape:
            print(f"{r['id']}: wrong types")
            ok = False
            continue
        if len(set(r["block"])) != len(r["block"]):
            print(f"{r['id']}: duplicate block category")
            ok = False
        errs = problems(r)
        if errs:
            bad += 1
            ok = False
            if bad <= 20:
                print(f"{r['id']}: " + "; ".join(errs[:5]))
    print(stats(recs))
    md5 = hashlib.md5(open(path, "rb").read()).hexdigest()
    print(f"md5 {md5}")
    print("CHECK OK" if ok else f"CHECK FAILED ({bad} records with problems)")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="validate c18.jsonl instead of writing it")
    a = ap.parse_args()
    if a.check:
        sys.exit(0 if check() else 1)
    recs, retries = generate()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(dump(r) + "\n")
    print(stats(recs))
    print(f"redrawn records: {retries}")
    print(f"wrote {OUT}")
    print(f"md5 {hashlib.md5(open(OUT, 'rb').read()).hexdigest()}")


if __name__ == "__main__":
    main()
