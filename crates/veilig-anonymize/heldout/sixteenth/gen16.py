#!/usr/bin/env python3
"""gen16.py - blind held-out corpus c16 for the veilig anonymizer.

Written without looking at the anonymizer's code. Theme: what employees paste INTO an AI tool
(prompt + material), across many small-business sectors and document forms.

    python3 gen16.py            writes c16.jsonl (2,000 records, ids c16-0 .. c16-1999)
    python3 gen16.py --check    rebuilds in memory, compares byte for byte, validates everything
    python3 gen16.py --stats    prints group and label totals

Python 3 standard library only. Deterministic: every record has its own random.Random seeded
with a string (SHA-512 based seeding, independent of PYTHONHASHSEED); no set is ever iterated.
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "c16.jsonl")
PREFIX = "c16"
GROUPS = [("PASSWORD", 170), ("API_KEY", 170), ("BSN", 170), ("SALARY_SLIP", 170),
          ("SIGNED_CONTRACT", 170), ("CUSTOMER_LIST", 170), ("NEG", 330), ("PII", 650)]
MIN_TPL = {"PASSWORD": 30, "API_KEY": 30, "BSN": 30, "SALARY_SLIP": 30, "SIGNED_CONTRACT": 30,
           "CUSTOMER_LIST": 30, "NEG": 60, "PII": 110}
LABELS = ("PERSOON", "ADRES", "POSTCODE", "TELEFOON", "IBAN", "GEBOORTEDATUM", "KENTEKEN", "BSN",
          "WACHTWOORD", "API_SLEUTEL", "EMAIL")
BLOCK_ORDER = ("BSN", "PASSWORD", "API_KEY", "SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST")
DOC_CATS = ("SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST")
AUTO_BLOCK = (("BSN", "BSN"), ("WACHTWOORD", "PASSWORD"), ("API_SLEUTEL", "API_KEY"))
BANKS = ("ABNA", "RABO", "INGB", "SNSB", "ASNB", "RBRB", "TRIO", "KNAB", "BUNQ", "FVLB", "NNBA", "HAND")
INTERFIX = ("van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el")
TOKEN_RE = re.compile(r"[^\W\d_][\w'’-]*")


# ----------------------------------------------------------------------------------------------
# fragments: a fragment is a list of (kind, label, text); kind T = plain, M = masked, K = keep
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


def S(*items):
    out = []
    for it in items:
        if it is None:
            continue
        if isinstance(it, str):
            if it:
                out.append(("T", None, it))
        elif isinstance(it, M):
            out.append(("M", it.label, it.value))
        elif isinstance(it, K):
            out.append(("K", None, it.value))
        elif isinstance(it, list):
            out.extend(it)
        elif isinstance(it, tuple):
            out.extend(S(*it))
        elif isinstance(it, int):
            out.append(("T", None, str(it)))
        else:
            raise TypeError(repr(it))
    return out


_PH = re.compile(r"«(\w+)»")


def R(tpl, **kw):
    """Render a template: «name» placeholders take str, M, K, int, fragments or tuples."""
    if tpl.startswith("\n"):
        tpl = tpl[1:]
    parts = _PH.split(tpl)
    out = []
    used = []
    for i, p in enumerate(parts):
        if i % 2 == 0:
            out += S(p)
        else:
            out += S(kw[p])
            used.append(p)
    for k in kw:
        if k not in used:
            raise KeyError("unused placeholder " + k)
    return out


def J(sep, frags):
    out = []
    for i, f in enumerate(frags):
        if i:
            out += S(sep)
        out += S(f)
    return out


# ----------------------------------------------------------------------------------------------
# number checks
# ----------------------------------------------------------------------------------------------
def elf_ok(digits):
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    s = sum(int(digits[i]) * (9 - i) for i in range(8)) - int(digits[8])
    return s % 11 == 0


def iban_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s) or s[4:8] not in BANKS:
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


def postcode_ok(v):
    m = re.fullmatch(r"([1-9]\d{3}) ?([A-Z]{2})", v)
    return bool(m) and m.group(2) not in ("SA", "SD", "SS")


SIDECODES = ["LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
             "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D"]
PLATE_LETTERS = "BDFGHJKLMNOPRSTVWXZ"


def plate_ok(v):
    u = v.upper()
    flat = u.replace("-", "")
    if len(flat) != 6:
        return False
    for sc in SIDECODES:
        shape = sc.replace("-", "")
        if all((c.isdigit() if s == "D" else c in PLATE_LETTERS) for c, s in zip(flat, shape)):
            if "-" in u:
                if [len(x) for x in u.split("-")] == [len(x) for x in sc.split("-")]:
                    return True
            else:
                return True
    return False


def phone_ok(v):
    s = v.replace("(0)", "")
    d = re.sub(r"\D", "", s)
    if s.startswith("+31") or s.startswith("0031"):
        return len(d) - (2 if s.startswith("+") else 4) == 9
    if s.startswith("+32") or s.startswith("0032"):
        return len(d) - (2 if s.startswith("+") else 4) in (8, 9)
    if s.startswith("+49") or s.startswith("0049"):
        return 9 <= len(d) - (2 if s.startswith("+") else 4) <= 12
    return s.startswith("0") and len(d) in (9, 10)


# ----------------------------------------------------------------------------------------------
# word lists (invented for c16)
# ----------------------------------------------------------------------------------------------
NL_M = ("Bram Daan Sem Thijs Ruben Joost Maarten Wouter Sander Jeroen Niels Koen Stijn Lars Gijs Hidde "
        "Jelle Pieter Kees Henk Gert-Jan Jan-Willem Rutger Bart Frank Erik Marco Dennis Ronald Teun Floris "
        "Olivier Wessel Sjoerd Hessel Tjeerd Arjen Remco Mark Hans Willem Job Siem Mees Luuk Guus Ties Joep "
        "Huub Geert Jurre Wybren Dirk-Jan Melle Robin Vincent Twan Roel").split()
NL_F = ("Anouk Sanne Lotte Femke Iris Marieke Esther Inge Judith Karin Monique Petra Anja Wendy Linda "
        "Mirjam Ilse Noor Fleur Evi Tess Lieke Jolien Maud Roos Sophie Eline Merel Floor Janneke Hanneke "
        "Marloes Saskia Ingrid Yvonne Astrid Nienke Wietske Froukje Tineke Lisanne Romy Isa Jet Bente Fenna "
        "Dieuwertje Geertje Hester Annemieke Marjolein Sietske Loes Carlijn Mieke").split()
NL_LAST = [("", x) for x in (
    "Bakker Visser Smit Meijer Mulder Bos Vos Hendriks Dekker Brouwer Dijkstra Smits Kok Jacobs "
    "Vermeulen Hoekstra Wijnberg Kuipers Veenstra Scholten Postma Huisman Koster Verhoeven Timmermans "
    "Prins Blom Sluiter Roelofs Mertens Wolters Claassen Hofman Rietveld Steenbergen Oosterhout "
    "Brinkman Haverkamp Kamphuis Lammers Nijhuis Schouten Verbeek Otten Feenstra Zuidema Bijl "
    "Overbeek Wesselink Hulshof Teunissen Evers Langeveld Driessen Geurts Willems Pronk Koopman "
    "Terpstra Boomsma Hiemstra Reitsma Bosscher Kleinjan Ruitenbeek Stapel Wierenga Bouwhuis "
    "Vlietstra Hazelhoff Tromp Verschuur Harmsen Bekkering").split()] + [
    ("de", "Boer"), ("de", "Groot"), ("van", "Leeuwen"), ("de", "Wit"), ("de", "Graaf"), ("van der", "Meer"),
    ("van der", "Linden"), ("de", "Haan"), ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"),
    ("de", "Bruijn"), ("van", "Wijk"), ("van", "Dam"), ("van", "Beek"), ("ter", "Horst"), ("van 't", "Hof"),
    ("van", "Houten"), ("van", "Kampen"), ("de", "Vries"), ("van", "Rijn"), ("van der", "Zande"),
    ("de", "Lange"), ("van", "Essen"), ("ten", "Brinke"), ("van de", "Kamp"), ("in 't", "Veld"),
    ("van", "Gorcum"), ("de", "Ruiter"), ("van der", "Sluis"), ("van", "Oostveen"), ("de", "Kort"),
    ("van", "Schaik"), ("ter", "Maat"), ("van den", "Bosch"), ("de", "Jager")]
BE_M = "Jens Wout Pieterjan Wim Bert Dries Lander Tuur Stef Jelle Sander Brecht".split()
BE_F = "Lien Elke Joke Griet Katrien Ine Hanne Leen Sofie Nele An Evy".split()
BE_LAST = ("Peeters Janssens Maes Claes Wouters Goossens Vermeiren Verstraete Desmet Vandenberghe Mertens "
           "Willaert Coppens Verhaegen Lambrechts").split() + ["De Smet", "Van Damme", "De Clercq", "Van Acker",
                                                              "De Backer", "Van Hoof"]
DE_M = "Jonas Lukas Felix Tobias Matthias Florian Sebastian Jan-Hendrik".split()
DE_F = "Katharina Lena Anna Sabine Miriam Julia Franziska Annika".split()
DE_LAST = "Schmitz Hoffmann Becker Schröder Wagner Fischer Krämer Lehmann Neumann Köhler Braun Vogt".split()
ORIGINS = {
    "tr": ("Emre Yusuf Mehmet Burak Mustafa Oğuz Hakan Kerem Serkan Volkan".split(),
           "Elif Zeynep Ayşe Büşra Esra Merve Gülsen Derya Hatice Sevda".split(),
           "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Koç Kılıç Aksoy Polat Erdoğan Yıldız".split()),
    "ma": ("Mohamed Youssef Soufiane Bilal Hamza Mourad Karim Anouar Redouan Ismail".split(),
           "Fatima Khadija Nadia Samira Latifa Imane Hafsa Salma Nora Siham".split(),
           ["El Amrani", "Bouzid", "Ouali", "Benali", "El Idrissi", "Azzouzi", "Haddouchi", "Tahiri",
            "Ait Brahim", "El Khattabi", "Boukhari", "Ziani", "Belhadj", "Chaouki"]),
    "sr": ("Ravi Ashwin Kishan Romano Giovanni Dinesh Rakesh Errol Marciano Glenn".split(),
           "Shanti Sunita Priya Shirley Naomi Reshma Anjali Sharmila Chantal Ivanka".split(),
           "Ramdin Sewdien Kalloe Jagesar Mahabier Biharie Lachmon Kromodimedjo Pinas Sabajo Soekhai "
           "Ramautar Mangal Karijopawiro".split()),
    "aw": ("Jurgen Rignald Shurandy Giandro Jeandro Ruthsel".split(),
           "Xiomara Giselle Shurenska Jeanine Suhaily Ariana".split(),
           "Martina Rosaria Isenia Cijntje Maduro Croes Winklaar Statia Jacobus Frans".split()),
    "id": ("Budi Rudy Johan Ferry Glenn Rocky Marcel".split(),
           "Dewi Sari Wulan Indah Lestari Marlies Jacqueline".split(),
           "Soemardjo Pattipeilohy Tuhumury Latuperisa Wattimena Hehanussa Sopacua Nanlohy Tahapary "
           "Siahaya Ririmasse".split()),
    "pl": ("Piotr Tomasz Łukasz Kamil Paweł Krzysztof Marcin Wojciech Grzegorz".split(),
           "Agnieszka Katarzyna Marta Joanna Magdalena Aleksandra Dorota Ewelina".split(),
           "Kowalski Nowak Wiśniewski Zieliński Lewandowski Wójcik Kamiński Dąbrowski Mazur Krawczyk "
           "Pawlak Grabowski".split()),
    "sy": ("Ahmad Omar Khaled Tarek Mahmoud Yazan Bashar Samer Hussam".split(),
           "Rania Lina Hiba Nour Yara Rasha Dima Ghada Maysa".split(),
           ["Al-Hassan", "Haddad", "Khalil", "Al Masri", "Nasser", "Darwish", "Sabbagh", "Hamoud",
            "Al-Khatib", "Qassem", "Mansour"]),
    "er": ("Yonas Filmon Robel Dawit Tesfalem Yohannes Samuel Biniam".split(),
           "Selam Helen Semhar Senait Rahel Winta Luwam Saba".split(),
           "Tesfay Ghebremedhin Haile Tekle Berhane Kidane Woldu Habte Gebreyesus Mehari".split()),
    "ua": ("Dmytro Andriy Taras Oleksandr Serhiy Bohdan Mykola Yaroslav".split(),
           "Oksana Olena Iryna Yulia Nataliia Kateryna Viktoriia Sofiia".split(),
           "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Moroz Lysenko Savchenko "
           "Rudenko Marchenko".split()),
    "cn": ("Wei Jun Hao Ming Zhiwei Kevin Jianguo Yong".split(),
           "Xiaoling Meiling Yan Jing Lihua Ying Shu Qian".split(),
           "Chen Wang Zhang Liu Lin Huang Zhou Wong Cheung Lam Tsang Zheng".split()),
    "in": ("Arjun Rahul Vikram Sanjay Karthik Rohan Aditya Nikhil".split(),
           "Priya Ananya Deepika Kavya Shreya Aishwarya Meera Pooja".split(),
           "Sharma Patel Iyer Reddy Nair Gupta Krishnan Menon Rao Chatterjee Bhat".split()),
    "gh": ("Kwame Kofi Kwabena Kwaku Kojo Kwesi Yaw".split(),
           "Akosua Abena Adwoa Efua Afia Esi Yaa".split(),
           "Mensah Boateng Asante Owusu Osei Agyeman Darko Appiah Acheampong Ofori".split()),
}
ORIGIN_KEYS = ["nl"] * 14 + ["tr", "ma", "sr", "aw", "id", "pl", "sy", "er", "ua", "cn", "in", "gh", "tr",
                             "ma", "sr", "pl"]

STREET_STEMS = ("Kerk Molen School Dorps Wilhelmina Juliana Beatrix Oranje Spoor Stations Hoog Noord Zuid "
                "Linden Eiken Berken Beuken Iepen Populier Kastanje Meidoorn Vlier Rozen Tulpen Lelie Narcis "
                "Merel Lijster Zwaluw Reiger Kievit Buizerd Pauw Haven Polder Akker Koren Rogge Tarwe Vlas "
                "Hennep Smeden Bleek Brouwers Rembrandt Vondel Erasmus Huygens Vermeer Mondriaan Escher "
                "Esdoorn Hazelaar Vlinder Zeilmakers Touwslagers Lakenblekers Ooievaar Kraanvogel Kwartel "
                "Brem Heide Duin Klaver Goudsbloem Anjer Jasmijn Wingerd Appelgaard Perenboom").split()
STREET_SUF = ("straat straat straat laan laan weg weg plein gracht kade singel dijk dreef hof pad steeg erf "
              "veld park wal ring baan hoven").split()
STREET_PREF = ("Oude Nieuwe Lange Korte Kleine Grote").split()
STREET_BARE = ["Hoogend", "Achter de Kerk", "Lange Voorhout", "Brink", "Nieuwe Haven", "Turfmarkt",
               "Over het Water", "Bij de Sluis", "Het Rond", "Zuidwal", "Tolbrug", "Ridderspoor", "Klaproos",
               "Koekoeksbloem", "Vinkenslag", "Havenhoofd", "Buiten de Veste", "Noordeinde", "Achterom",
               "Groenmarkt", "Binnenhof", "Voorburgwal", "Hooigracht", "Ossenmarkt", "Waag", "Lindenhof",
               "De Ruyterkade", "Achter het Raadhuis", "Oosterdiep", "Boterdiep", "Vismarkt", "Dorpsbrink"]
HN_ADD = ["", "", "", "", "", "a", "A", "b", "B", "-1", "-2", "-3", " bis", "-III", "-II", " hs", " huis", "-H",
          " A", " B", "bis", "-bis", " I", "c", "-4"]
TOWNS = ("Amsterdam Rotterdam Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen Apeldoorn Haarlem "
         "Arnhem Enschede Amersfoort Zaandam Zwolle Leiden Maastricht Dordrecht Zoetermeer Deventer Delft "
         "Alkmaar Venlo Leeuwarden Hilversum Hengelo Purmerend Roosendaal Schiedam Oss Helmond Gouda Emmen "
         "Vlaardingen Assen Veenendaal Zeist Harderwijk Doetinchem Tiel Culemborg Woerden Heerenveen Sneek "
         "Drachten Meppel Hoorn Middelburg Vlissingen Goes Terneuzen Weert Roermond Sittard Heerlen Kerkrade "
         "Winterswijk Nunspeet Barneveld Ede Wageningen Houten Nieuwegein IJsselstein Lelystad Dronten "
         "Emmeloord Stadskanaal Hoogeveen Coevorden Oldenzaal Almelo Rijssen Zutphen Lochem Boxtel Veghel "
         "Uden Cuijk Gorinchem Zaltbommel Spijkenisse Katwijk Noordwijk Lisse Hillegom Heemskerk Beverwijk "
         "Castricum Edam Weesp Bussum Huizen Baarn Soest").split() + ["Den Haag", "Den Helder",
                                                                    "Bergen op Zoom", "Capelle aan den IJssel"]
BE_TOWNS = [("2000", "Antwerpen"), ("9000", "Gent"), ("8000", "Brugge"), ("3000", "Leuven"), ("2800", "Mechelen"),
            ("3500", "Hasselt"), ("8500", "Kortrijk"), ("9300", "Aalst"), ("9100", "Sint-Niklaas"),
            ("3600", "Genk"), ("2300", "Turnhout"), ("2500", "Lier"), ("8800", "Roeselare")]
DE_TOWNS = [("47533", "Kleve"), ("46446", "Emmerich am Rhein"), ("52062", "Aachen"), ("40213", "Düsseldorf"),
            ("50667", "Köln"), ("48599", "Gronau"), ("46395", "Bocholt"), ("47805", "Krefeld")]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Kirchweg", "Gartenstraße", "Schulstraße",
              "Am Markt", "Rheinstraße"]
AREA3 = "010 013 015 020 023 024 026 030 033 035 036 038 040 043 045 046 050 053 055 058 070 071 072 073 074 " \
        "075 076 077 078 079".split()
AREA4 = "0111 0113 0161 0164 0172 0180 0229 0251 0294 0314 0318 0341 0345 0411 0413 0475 0481 0499 0511 " \
        "0513 0522 0543 0548 0591 0594".split()
MAIL_DOMAINS = ("gmail.com gmail.com gmail.com hotmail.com outlook.com live.nl ziggo.nl kpnmail.nl xs4all.nl "
                "icloud.com planet.nl hotmail.nl home.nl proton.me").split()
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
DAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
MONTHS_EN = ("January February March April May June July August September October November "
             "December").split()
DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
DAYS_DE = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()

COMPANIES = {
    "acc": ["Administratiekantoor Zuidwest", "Fiscaal Punt Eemland", "Boekhoudhuis Kennemerland", "Cijferwerk BV",
            "Balanszaken Administratie", "Het Grootboek Accountants", "Telwerk Administratie",
            "Dubbel Boekhouden BV", "Kasboek & Co", "Fiscaal Fijn"],
    "hr": ["FlexWerkt Uitzendgroep", "Talentbrug Recruitment", "Werkstroom Personeel", "Inzetbaar Uitzendbureau",
           "Vakkracht Detachering", "Startklaar Recruitment", "Handjes Uitzendwerk"],
    "re": ["Grachtzicht Makelaars", "Woonkompas Vastgoed", "Sleutelrijk Makelaardij", "Dakpan Vastgoedbeheer",
           "Vensterbank Wonen", "Stadserf Makelaars"],
    "vve": ["VvE Beheer Rivierenland", "VvE Bureau Centrum", "Trappenhuis Beheer", "Kadaster Zorg VvE-beheer"],
    "ins": ["Assurantiekantoor Noorderlicht", "Polis & Partners", "Zekerheid Advies", "Dekking Direct",
            "Schadebureau Maasland"],
    "care": ["Thuiszorg De Zorgzame Hand", "Wijkzorg Oost", "Zorgcirkel Thuis", "Thuiszorg Lindelaan",
             "Wijkverpleging Samen"],
    "ggz": ["GGZ Kompas", "Praktijk Evenwicht", "Ambulant Team Horizon", "Psychologenpraktijk Stroming"],
    "shop": ["Fietstassenshop.nl", "Kaarsenatelier Online", "Speelgoedkist.nl", "Theepot & Zo",
             "Dekbeddenland.nl", "Sokkenfabriek Online", "Tuinkabouter Webwinkel"],
    "log": ["Transportbedrijf Vlot", "Rivierland Logistics", "Kustlijn Transport", "Koelexpres BV",
            "Wegwijs Logistiek", "Dijkrand Transport"],
    "event": ["Feestfabriek Events", "Trouwdag Regie", "Zomeravond Evenementen", "Confetti Eventbureau",
              "Ja-Woord Weddingplanning"],
    "clean": ["Glansrijk Schoonmaak", "Schoon & Zo", "Stofvrij Facilitair", "Blinkend Schoonmaakdiensten"],
    "fun": ["Uitvaartzorg Het Laatste Licht", "Uitvaartcentrum Rustpunt", "Afscheid met Aandacht",
            "Uitvaartverzorging Zilverlinde"],
    "salon": ["Kapsalon Knipkunst", "Beautysalon Lotus", "Haarstudio Krullenbol", "Nagelstudio Glitter"],
    "bike": ["Rijwielhandel De Trapper", "Fietsenmaker Spaak", "Tweewieler Centrum", "E-bike Punt"],
    "photo": ["Lichtval Fotografie", "Studio Sluitertijd", "Fotostudio Tegenlicht"],
    "bak": ["Bakkerij Het Korenschoof", "Broodhuys", "Warme Bakker Vroeg Op", "Banketbakkerij Suikerspin"],
    "tr": ["Vertaalbureau Taalbrug", "Lingua Lowlands", "Woordwerk Vertalingen", "Tolk & Tekst"],
    "gem": ["gemeente Zeist", "gemeente Houten", "gemeente Meppel", "gemeente Barneveld", "gemeente Goes"],
    "it": ["Netwerkt ICT", "Bitbeheer BV", "CloudKade IT", "Serverzolder Automatisering", "Werkplek Direct"],
    "client": ["Tandartspraktijk Molenzicht", "Installatiebedrijf Warmtepomp Plus", "Architectenbureau Lijnspel",
               "Stichting Buurtkracht", "Dierenkliniek Pootjes", "Advocatenkantoor Pleit", "Drukkerij Inktvis",
               "Hoveniersbedrijf Groenvinger", "Fysiotherapie Beweegwijs", "Notariskantoor Akte"],
}
DISCLAIMERS = [
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, "
    "verwijder dit bericht dan en informeer de afzender.",
    "De informatie in dit bericht is vertrouwelijk. Aan dit bericht kunnen geen rechten worden ontleend.",
    "This e-mail and any attachments are confidential and intended solely for the addressee.",
    "Denk aan het milieu voordat u deze e-mail print.",
]


def fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def eur_fmt(cents, style):
    neg = cents < 0
    cents = abs(cents)
    e, c = divmod(cents, 100)
    def dots(n, sep="."):
        s = str(n)
        out = ""
        while len(s) > 3:
            out = sep + s[-3:] + out
            s = s[:-3]
        return s + out
    nl = "%s,%02d" % (dots(e), c)
    if style == "eu":
        r = "€ " + nl
    elif style == "eun":
        r = "€" + nl
    elif style == "EUR":
        r = "EUR " + nl
    elif style == "euro":
        r = nl + " euro"
    elif style == "plain":
        r = nl
    elif style == "nodot":
        r = "%d,%02d" % (e, c)
    elif style == "en":
        r = "€%s.%02d" % (dots(e, ","), c)
    elif style == "csv":
        r = "%d.%02d" % (e, c)
    elif style == "dash":
        r = "€ %s,-" % dots(e)
    elif style == "dashn":
        r = "€%s,-" % dots(e)
    elif style == "int":
        r = "€ " + dots(e)
    elif style == "intn":
        r = "€" + dots(e)
    elif style == "euroint":
        r = "%s euro" % dots(e)
    elif style == "EURint":
        r = "EUR %s" % dots(e)
    elif style == "intEUR":
        r = "%s EUR" % dots(e)
    elif style == "de":
        r = nl + " €"
    else:
        raise ValueError(style)
    return ("-" if neg else "") + r


WHOLE_STYLES = ("dash", "dashn", "int", "intn", "euroint", "EURint", "intEUR")
AMT_STYLES = ("eu", "eu", "eu", "eun", "EUR", "euro", "dash", "int", "euroint", "EURint", "dashn", "intn")


# ----------------------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------------------
class P:
    """A person; every form returns an M("PERSOON", ...) as written."""

    def __init__(self, g, first, tv, last, female, kind):
        self.g, self.f, self.tv, self.l, self.female, self.kind = g, first, tv, last, female, kind
        ini = ".".join(x[0] for x in first.split("-")) + "."
        if g.r.random() < 0.3:
            ini += g.r.choice("AEHJMPRW") + "."
        self.initials = ini

    def _last(self, cap=False):
        if not self.tv:
            return self.l
        tv = self.tv[0].upper() + self.tv[1:] if cap else self.tv
        return tv + " " + self.l

    def full(self):
        return M("PERSOON", self.f + " " + self._last())

    def ini(self):
        return M("PERSOON", self.initials + " " + self._last())

    def ini1(self):
        return M("PERSOON", self.f[0] + ". " + self._last())

    def sur(self):
        return M("PERSOON", self._last(cap=True))

    def surl(self):
        return M("PERSOON", self._last())

    def rev(self):
        if self.tv:
            return M("PERSOON", "%s, %s %s" % (self.l, self.f, self.tv))
        return M("PERSOON", "%s, %s" % (self.l, self.f))

    def revi(self):
        return M("PERSOON", "%s, %s" % (self._last(cap=True), self.initials))

    def first(self):
        return M("PERSOON", self.f)

    def low(self):
        return M("PERSOON", self.f.lower())

    def lowfull(self):
        return M("PERSOON", (self.f + " " + self._last()).lower())

    def up(self):
        return M("PERSOON", (self.f + " " + self._last()).upper())

    def upsur(self):
        return M("PERSOON", self._last(cap=True).upper())

    def any(self):
        return self.g.c([self.full, self.full, self.full, self.ini, self.ini1])()

    def tag(self):
        t = self.f[0] + "".join(w[0] for w in self.tv.replace("'t", "t").split()) + self.l[0]
        return M("PERSOON", t)

    def title(self):
        return "mevrouw" if self.female else "meneer"

    def Title(self):
        return "Mevrouw" if self.female else "Meneer"

    def t(self):
        return "mw." if self.female else "dhr."

    def en(self):
        return "Ms" if self.female else "Mr"

    def hij(self):
        return "zij" if self.female else "hij"

    def zijn(self):
        return "haar" if self.female else "zijn"

    def aanhef(self):
        return ("Beste " if self.g.r.random() < 0.5 else "Geachte ") + self.title() + " "

    def mail(self, dom=None):
        g = self.g
        f = slug(self.f)
        l = slug(self._last())
        pat = g.r.randrange(7)
        if dom is None:
            dom = g.c(MAIL_DOMAINS) if self.kind != "be" else g.c(["telenet.be", "skynet.be", "gmail.com",
                                                                    "proximus.be"])
            if self.kind == "de":
                dom = g.c(["gmx.de", "web.de", "t-online.de", "gmail.com"])
        if pat == 0:
            u = f + "." + l
        elif pat == 1:
            u = f[0] + "." + l
        elif pat == 2:
            u = f + str(g.n(1, 99))
        elif pat == 3:
            u = f + "_" + l
        elif pat == 4:
            u = f + l
        elif pat == 5:
            u = f[0] + l
        else:
            u = f + "." + l[0]
        return M("EMAIL", u + "@" + dom)

    def wmail(self, dom):
        """work mail"""
        f = slug(self.f)
        l = slug(self._last())
        u = self.g.c([f, f + "." + l, f[0] + "." + l, f[0] + l, f + "." + l])
        return M("EMAIL", u + "@" + dom)


class G:
    def __init__(self, rng, group):
        self.r = rng
        self.group = group
        self.slips = []
        self._plates = []

    # basics
    def c(self, seq):
        return seq[self.r.randrange(len(seq))]

    def ch(self, p=0.5):
        return self.r.random() < p

    def n(self, a, b):
        return self.r.randint(a, b)

    def digits(self, k, first_nonzero=False):
        s = "".join(str(self.r.randrange(10)) for _ in range(k))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    # people
    def person(self, kind=None, female=None):
        if kind is None:
            kind = self.c(ORIGIN_KEYS)
        if female is None:
            female = self.ch()
        tv = ""
        if kind == "nl":
            first = self.c(NL_F if female else NL_M)
            tv, last = self.c(NL_LAST)
            if self.ch(0.08):
                tv2, last2 = self.c(NL_LAST)
                if not tv2 and last2 != last:
                    last = last + "-" + last2 if not tv else last
        elif kind == "be":
            first = self.c(BE_F if female else BE_M)
            last = self.c(BE_LAST)
        elif kind == "de":
            first = self.c(DE_F if female else DE_M)
            last = self.c(DE_LAST)
        else:
            m, f, ls = ORIGINS[kind]
            first = self.c(f if female else m)
            last = self.c(ls)
            if kind in ("pl",) and female and last.endswith("ski"):
                last = last[:-1] + "a"
        return P(self, first, tv, last, female, kind)

    def people(self, k, kind=None):
        out = []
        seen = []
        while len(out) < k:
            p = self.person(kind)
            key = (p.f, p.l)
            if key in seen or p.f in [q.f for q in out] or p.l in [q.l for q in out]:
                continue
            seen.append(key)
            out.append(p)
        return out

    def nl(self, female=None):
        return self.person("nl", female)

    # companies
    def co(self, sector):
        return self.c(COMPANIES[sector])

    def dom(self, company):
        if "." in company:
            return company.lower()
        words = company.replace("gemeente ", "").replace("&", " ").split()
        generic = ("Administratiekantoor", "Tandartspraktijk", "Installatiebedrijf", "Architectenbureau", "Stichting",
                   "Dierenkliniek", "Advocatenkantoor", "Drukkerij", "Hoveniersbedrijf", "Fysiotherapie",
                   "Notariskantoor", "Transportbedrijf", "Uitvaartzorg", "Uitvaartcentrum", "Uitvaartverzorging",
                   "Vertaalbureau", "Rijwielhandel", "Banketbakkerij", "Bakkerij", "Psychologenpraktijk",
                   "Assurantiekantoor", "Schadebureau", "Thuiszorg", "Wijkverpleging", "Ambulant")
        if len(slug("".join(words))) > 20 and words[0] in generic:
            words = words[1:]
        while len(slug("".join(words))) > 20 and len(words) > 1:
            words = words[:-1]
        s = slug("".join(words))
        return s + (".nl" if len(s) % 3 else ".com")

    def cmail(self, company, box=None):
        return M("EMAIL", (box or self.c(["info", "info", "administratie", "planning", "support",
                                           "service", "contact", "facturen", "hr"])) + "@" + self.dom(company))

    # phones
    def mob_digits(self):
        return "6" + self.digits(8, True)

    def tel(self, kind="mob", fmt=None):
        r = self.r
        if kind == "any":
            kind = self.c(["mob", "mob", "mob", "land", "land"])
        if kind == "mob":
            d = self.mob_digits()
            fmts = ["06-{8}", "06{8}", "06 {8}", "06-{4} {4}", "06 {2} {2} {2} {2}", "+31 6 {8}", "+31 6 {4} {4}",
                    "+316{8}", "+31 (0)6 {8}", "0031 6 {8}", "06 - {3} {3} {2}", "06-{2}{2}{2}{2}", "+31 6 {2} {2} {2} {2}"]
            f = fmt if fmt is not None else self.c(fmts)
            rest = d[1:]
            return M("TELEFOON", self._fill(f, rest))
        if kind in ("land", "svc"):
            if kind == "svc":
                area = self.c(["088", "085", "088", "0900"])
            else:
                area = self.c(AREA3 + AREA4)
            rest = self.digits(10 - len(area), True)
            if area == "0900":
                rest = self.digits(7, True)[:6]
            a0 = area[1:]
            if len(area) == 3:
                fmts = ["%s-{7}" % area, "%s {3} {4}" % area, "(%s) {3} {2} {2}" % area, "+31 %s {3} {4}" % a0,
                        "0031 %s {3} {4}" % a0, "%s - {3} {2} {2}" % area, "%s{7}" % area, "+31 (0)%s {7}" % a0]
            else:
                fmts = ["%s-{6}" % area, "%s {2} {2} {2}" % area, "(%s) {3} {3}" % area, "+31 %s {3} {3}" % a0,
                        "%s - {6}" % area]
            f = self.c(fmts)
            return M("TELEFOON", self._fill(f, rest))
        if kind == "be":
            rest = self.c(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486",
                           "487", "488", "489", "492", "493", "494", "495", "496", "497", "498", "499"]) + self.digits(6)
            f = self.c(["+32 {3} {2} {2} {2}", "0{3} {2} {2} {2}", "+32 (0){3} {3} {3}", "0{3}/{2}.{2}.{2}",
                        "+32{9}"])
            return M("TELEFOON", self._fill(f, rest))
        if kind == "de":
            pre = self.c(["151", "160", "170", "171", "175", "176", "157"])
            rest = pre + self.digits(8 if pre.startswith("15") else 7)
            f = self.c(["+49 {3} {r}", "0049 {3} {r}", "+49 (0){3} {r}", "0{3} {r}"])
            return M("TELEFOON", f.replace("{3}", rest[:3]).replace("{r}", rest[3:]))
        raise ValueError(kind)

    @staticmethod
    def _fill(fmt, digits):
        out = ""
        i = 0
        for m in re.finditer(r"\{(\d)\}|[^{]+", fmt):
            if m.group(1):
                k = int(m.group(1))
                out += digits[i:i + k]
                i += k
            else:
                out += m.group(0)
        assert i == len(digits), (fmt, digits)
        return out

    # bank
    def iban_raw(self):
        bank = self.c(BANKS)
        acct = self.digits(10)
        if bank in ("RABO", "ABNA", "SNSB", "ASNB", "RBRB", "TRIO", "KNAB", "BUNQ", "FVLB", "NNBA", "HAND"):
            acct = "0" + self.digits(9, True) if self.ch(0.6) else self.digits(10, True)
        r = bank + acct + "NL00"
        num = int("".join(str(int(ch, 36)) for ch in r))
        chk = 98 - num % 97
        return "NL%02d%s%s" % (chk, bank, acct)

    def iban(self, spaced=None):
        s = self.iban_raw()
        if spaced is None:
            spaced = self.ch(0.4)
        if spaced:
            s = " ".join(s[i:i + 4] for i in range(0, 18, 4))
        return M("IBAN", s)

    def bsn_raw(self):
        while True:
            d = str(self.r.randint(1, 3)) + self.digits(7)
            s = sum(int(d[i]) * (9 - i) for i in range(8))
            last = s % 11
            if last < 10:
                return d + str(last)

    def bsn(self, fmt=None):
        d = self.bsn_raw()
        f = fmt if fmt is not None else self.c(["plain", "plain", "plain", "dot", "dot4", "sp", "sp4"])
        if f == "dot":
            v = "%s.%s.%s" % (d[:3], d[3:6], d[6:])
        elif f == "dot4":
            v = "%s.%s.%s" % (d[:4], d[4:6], d[6:])
        elif f == "sp":
            v = "%s %s %s" % (d[:3], d[3:6], d[6:])
        elif f == "sp4":
            v = "%s %s %s" % (d[:4], d[4:6], d[6:])
        else:
            v = d
        return M("BSN", v)

    def nr9fail(self):
        while True:
            d = self.digits(9, True)
            if not elf_ok(d):
                return d

    def kvk(self):
        return self.digits(8, True)

    def btwnr(self):
        return "NL" + self.nr9fail() + "B" + self.c(["01", "01", "02", "03"])

    # address
    def pc_raw(self):
        while True:
            lt = self.c(PC_LETTERS) + self.c(PC_LETTERS)
            if lt not in ("SA", "SD", "SS"):
                return str(self.r.randint(1000, 9999)), lt

    def pc(self, space=None):
        a, b = self.pc_raw()
        if space is None:
            space = self.ch(0.75)
        return M("POSTCODE", a + (" " if space else "") + b)

    def town(self):
        return self.c(TOWNS)

    def street(self):
        x = self.r.random()
        if x < 0.18:
            return self.c(STREET_BARE)
        s = self.c(STREET_STEMS) + self.c(STREET_SUF)
        if x > 0.92:
            s = self.c(STREET_PREF) + " " + s
        return s

    def hn(self):
        n = self.c([self.n(1, 40), self.n(1, 40), self.n(1, 160), self.n(1, 400)])
        add = self.c(HN_ADD)
        if add in ("-III", "-II", " I") and n > 200:
            add = ""
        return str(n) + add

    def adres(self, street=None):
        return M("ADRES", (street or self.street()) + " " + self.hn())

    def addr(self, sep="\n", upper_town=False, space=None):
        t = self.town()
        return S(self.adres(), sep, self.pc(space), " " if self.ch(0.85) else "  ", t.upper() if upper_town else t)

    def addr_be(self, sep="\n"):
        pc, t = self.c(BE_TOWNS)
        st = self.c(STREET_STEMS) + self.c(["straat", "straat", "laan", "steenweg", "dreef"])
        nr = str(self.n(1, 180)) + self.c(["", "", " bus 2", " bus 11", "/3", ""])
        return S(M("ADRES", st + " " + nr), sep, pc + " " + t)

    def addr_de(self, sep="\n"):
        plz, t = self.c(DE_TOWNS)
        return S(M("ADRES", self.c(DE_STREETS) + " " + str(self.n(1, 120)) + self.c(["", "", "a", "b"])), sep,
                 plz + " " + t)

    # plates
    def plate_raw(self, kind="car"):
        bad = ("SS", "SD", "SA", "PVV", "KKK", "NSB", "GVD", "TBS", "VVD", "SP", "NSF", "KVT", "PKK")
        while True:
            if kind == "car":
                sc = self.c(SIDECODES[5:] + SIDECODES[6:] + SIDECODES[:5])
                letters = "BDFGHJKLNPRSTXZ"
            elif kind == "van":
                sc = self.c(["LL-DDD-L", "LL-DD-LL", "LL-LL-DD"])
                letters = "BDFGHJKLNPRSTXZ"
            elif kind == "truck":
                sc = self.c(["LL-DD-LL", "LL-LL-DD", "LL-DDD-L"])
                letters = "BDFGHJKLNPRSTXZ"
            else:  # trailer
                sc = self.c(["LL-DD-LL", "LL-LL-DD"])
                letters = "BDFGHJKLNPRSTXZ"
            out = ""
            for ch in sc:
                out += str(self.r.randrange(10)) if ch == "D" else ("-" if ch == "-" else self.c(letters))
            if kind == "van":
                out = "V" + out[1:]
            elif kind == "truck":
                out = "B" + out[1:]
            elif kind == "trailer":
                out = self.c("OW") + out[1:]
            flat = out.replace("-", "")
            if any(b in flat for b in bad) or out in self._plates:
                continue
            self._plates.append(out)
            return out

    def plate(self, kind="car", style=None):
        p = self.plate_raw(kind)
        st = style or self.c(["dash", "dash", "dash", "flat"])
        if st == "flat":
            p = p.replace("-", "")
        elif st == "low":
            p = p.lower()
        elif st == "lowflat":
            p = p.lower().replace("-", "")
        return M("KENTEKEN", p)

    # dates
    def day(self, y0=2026, y1=2026):
        a = datetime.date(y0, 1, 2).toordinal()
        b = datetime.date(y1, 12, 30).toordinal()
        return datetime.date.fromordinal(self.r.randint(a, b))

    def workday(self):
        while True:
            d = self.day()
            if d.weekday() < 5:
                return d

    def past(self, days_back=400):
        base = datetime.date(2026, 3, 16).toordinal()
        return datetime.date.fromordinal(base - self.r.randint(1, days_back))

    def dob_date(self, lo=19, hi=78):
        y = 2026 - self.r.randint(lo, hi)
        return datetime.date(y, self.r.randint(1, 12), self.r.randint(1, 28))

    def dob(self, style=None, lo=19, hi=78, d=None):
        d = d or self.dob_date(lo, hi)
        st = style or self.c(["num", "num", "long", "iso", "slash", "dot", "short"])
        return M("GEBOORTEDATUM", fdate(d, st))

    def kdate(self, st="wd", d=None):
        return K(fdate(d or self.workday(), st))

    def tm(self, st=None):
        h = self.r.randint(8, 17)
        m = self.c([0, 0, 15, 30, 30, 45, 10, 20])
        st = st or self.c(["colon", "colon", "colon", "uur", "dot"])
        if st == "colon":
            return K("%02d:%02d" % (h, m) if self.ch(0.7) or h >= 10 else "%d:%02d" % (h, m))
        if st == "uur":
            return K("%02d.%02d uur" % (h, m) if h >= 10 else "%d.%02d uur" % (h, m))
        if st == "en":
            hh = h if h <= 12 else h - 12
            return K("%d:%02d %s" % (hh, m, "AM" if h < 12 else "PM"))
        return K("%d.%02d" % (h, m))

    # money
    def cents(self, lo, hi):
        return self.r.randint(int(lo * 100), int(hi * 100))

    def eur(self, lo, hi, style=None):
        st = style or self.c(AMT_STYLES)
        c = self.cents(lo, hi)
        if st in WHOLE_STYLES:
            c = c // 100 * 100
            if c == 0:
                c = 100
        return K(eur_fmt(c, st))

    # references
    def ref(self, kind=None):
        kind = kind or self.c(["inv", "ord", "tck", "jira", "bol", "shop", "off", "dos"])
        y = self.c(["2025", "2026", "2026"])
        if kind == "inv":
            v = self.c(["F%s-%04d", "%s-%04d", "INV-%s-%03d", "FAC%s%04d"]) % (y, self.n(1, 2999))
        elif kind == "ord":
            v = self.c(["ORD-%d", "#%d", "BST%d", "order %d"]) % self.n(10000, 999999)
            v = v.replace("order ", "")
        elif kind == "tck":
            t = self.n(0, 3)
            if t == 0:
                v = "INC%07d" % self.n(1, 9999999)
            elif t == 1:
                v = "TCK-%05d" % self.n(10000, 99999)
            elif t == 2:
                v = "#%06d" % self.n(100000, 999999)
            else:
                v = "T%s-%d" % (y, self.n(100, 9999))
        elif kind == "jira":
            v = "%s-%d" % (self.c(["OPS", "SUP", "HELP", "IT", "WEB", "FIN", "HR", "ONB"]), self.n(12, 4999))
        elif kind == "bol":
            v = self.c(["A", "1", "2"]) + self.digits(9)
            if v[0] == "A":
                v = "A0" + self.digits(8, True)
            v = v if len(v) == 10 else v[:10]
        elif kind == "shop":
            v = "#%d" % self.n(1001, 24999)
        elif kind == "off":
            v = "OFF-%s-%03d" % (y, self.n(1, 450))
        elif kind == "nine":
            v = self.nr9fail()
        else:
            v = "%s/%04d" % (y, self.n(1, 2500))
        return K(v)

    # secrets
    def pw(self, kind=None):
        r = self.r
        kind = kind or self.c(["word", "word", "rand", "rand", "phrase", "temp"])
        if kind == "word":
            w = self.c(["Zomer", "Winter", "Lente", "Herfst", "Fiets", "Tulp", "Molen", "Haring", "Koffie", "Dropje",
                        "Stroopwafel", "Kaas", "Appel", "Welkom", "Sneeuw", "Zonnetje", "Regen", "Kievit", "Boot"])
            v = w + str(r.randint(1, 99) if r.random() < 0.5 else r.choice([2024, 2025, 2026])) + r.choice("!#$@?*.&%")
            if r.random() < 0.3:
                v = r.choice(["Mijn", "Oud", "Groot", "Blij"]) + v
        elif kind == "rand":
            al = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
            sy = "!@#$%&*?-_+="
            n = r.randint(10, 18)
            v = "".join(r.choice(al) for _ in range(n))
            pos = r.randrange(n)
            v = v[:pos] + r.choice(sy) + v[pos:] + str(r.randrange(10))
        elif kind == "phrase":
            ws = ["paars", "kikker", "brug", "tegel", "regen", "wolk", "fluit", "bever", "kano", "mosterd", "zeil",
                  "vork", "lamp", "dijk", "kruk", "bries", "tamboer"]
            a, b, c = r.sample(ws, 3)
            sep = r.choice(["-", ".", "_", "-"])
            v = a.capitalize() + sep + b + sep + c + str(r.randint(1, 99))
        else:
            v = r.choice(["Welkom", "Start", "Tijdelijk", "Nieuw", "Reset"]) + r.choice(["#", "!", "@"]) + \
                "%04d" % r.randint(0, 9999) + r.choice("abcdefghjkmnpqrstuvwxyz")
        return M("WACHTWOORD", v)

    def rs(self, n, al="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
        return "".join(self.c(al) for _ in range(n))

    def hexs(self, n):
        return self.rs(n, "0123456789abcdef")

    def uuid(self):
        h = self.hexs(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.c("89ab"), h[17:20], h[20:])

    def key(self, prov):
        B62 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        if prov == "openai":
            v = "sk-proj-" + self.rs(48, B62 + "-_") + "T3BlbkFJ" + self.rs(48, B62 + "-_")
            if self.ch(0.3):
                v = "sk-" + self.rs(20, B62) + "T3BlbkFJ" + self.rs(20, B62)
        elif prov == "anthropic":
            v = "sk-ant-api03-" + self.rs(93, B62 + "-_") + "AA"
        elif prov == "aws_id":
            v = "AKIA" + self.rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        elif prov == "aws_secret":
            v = self.rs(40, B62 + "/+")
        elif prov == "github":
            v = "ghp_" + self.rs(36, B62)
        elif prov == "github_fg":
            v = "github_pat_11" + self.rs(20, U) + "_" + self.rs(59, B62)
        elif prov == "gitlab":
            v = "glpat-" + self.rs(20, B62 + "-_")
        elif prov == "stripe":
            v = "sk_live_51" + self.rs(22, B62) + self.rs(70, B62)[:self.n(30, 70)]
        elif prov == "stripe_rk":
            v = "rk_live_51" + self.rs(60, B62)
        elif prov == "mollie":
            v = "live_" + self.rs(30, B62)
        elif prov == "sendgrid":
            v = "SG." + self.rs(22, B62 + "-_") + "." + self.rs(43, B62 + "-_")
        elif prov == "slack":
            v = "xoxb-%s-%s-%s" % (self.digits(12, True), self.digits(13, True), self.rs(24, B62))
        elif prov == "slack_hook":
            v = "https://hooks.slack.com/services/T%s/B%s/%s" % (self.rs(10, U), self.rs(10, U), self.rs(24, B62))
        elif prov == "google":
            v = "AIza" + self.rs(35, B62 + "-_")
        elif prov == "twilio_sid":
            v = "AC" + self.hexs(32)
        elif prov == "twilio_tok":
            v = self.hexs(32)
        elif prov == "azure_secret":
            v = self.rs(3, B62) + self.digits(1) + "Q~" + self.rs(34, B62 + "_.-~")
        elif prov == "azure_storage":
            v = self.rs(86, B62 + "+/") + "=="
        elif prov == "postmark":
            v = self.uuid()
        elif prov == "mailchimp":
            v = self.hexs(32) + "-us" + str(self.n(2, 21))
        elif prov == "shopify":
            v = "shpat_" + self.hexs(32)
        elif prov == "hubspot":
            v = "pat-eu1-" + self.uuid()
        elif prov == "pipedrive":
            v = self.hexs(40)
        elif prov == "hf":
            v = "hf_" + self.rs(34, B62)
        elif prov == "do":
            v = "dop_v1_" + self.hexs(64)
        elif prov == "npm":
            v = "npm_" + self.rs(36, B62)
        elif prov == "telegram":
            v = "%s:AA%s" % (self.digits(10, True), self.rs(33, B62 + "-_"))
        elif prov == "mistral":
            v = self.rs(32, B62)
        elif prov == "moneybird":
            v = self.hexs(64)
        elif prov == "bol_secret":
            v = self.rs(86, B62 + "-_")
        elif prov == "sendcloud":
            v = self.hexs(32)
        elif prov == "messagebird":
            v = self.rs(25, B62)
        elif prov == "cloudflare":
            v = self.rs(40, B62 + "-_")
        elif prov == "dropbox":
            v = "sl.B" + self.rs(130, B62 + "-_")
        elif prov == "mapbox":
            v = "sk.eyJ1Ijoi" + self.rs(40, B62) + "." + self.rs(22, B62 + "-_")
        elif prov == "exact":
            v = self.rs(12, B62) + "!" + self.rs(8, B62)
        elif prov == "jwt":
            v = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + self.rs(60, B62) + "." + self.rs(43, B62 + "-_")
        elif prov == "gemini":
            v = "AIza" + self.rs(35, B62 + "-_")
        elif prov == "datadog":
            v = self.hexs(32)
        elif prov == "trello_key":
            v = self.hexs(32)
        elif prov == "trello_tok":
            v = "ATTA" + self.hexs(60) + self.rs(8, U)
        else:
            raise ValueError(prov)
        return M("API_SLEUTEL", v)


def fdate(d, st):
    m = MONTHS[d.month - 1]
    wd = DAYS[d.weekday()]
    if st == "wd":
        return "%s %d %s" % (wd, d.day, m)
    if st == "Wd":
        return "%s %d %s" % (wd.capitalize(), d.day, m)
    if st == "wdy":
        return "%s %d %s %d" % (wd, d.day, m, d.year)
    if st == "dm":
        return "%d %s" % (d.day, m)
    if st == "long":
        return "%d %s %d" % (d.day, m, d.year)
    if st == "num":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if st == "num1":
        return "%d-%d-%d" % (d.day, d.month, d.year)
    if st == "iso":
        return "%d-%02d-%02d" % (d.year, d.month, d.day)
    if st == "slash":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if st == "dot":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if st == "short":
        return "%d-%d-'%02d" % (d.day, d.month, d.year % 100)
    if st == "en":
        return "%s %d %s" % (DAYS_EN[d.weekday()], d.day, MONTHS_EN[d.month - 1])
    if st == "enlong":
        return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1], d.year)
    if st == "us":
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if st == "de":
        return "%s, %d. %s %d" % (DAYS_DE[d.weekday()], d.day, MONTHS_DE[d.month - 1], d.year)
    if st == "delong":
        return "%d. %s %d" % (d.day, MONTHS_DE[d.month - 1], d.year)
    if st == "my":
        return "%s %d" % (m, d.year)
    if st == "ddmm":
        return "%02d-%02d" % (d.day, d.month)
    raise ValueError(st)


def wa_ts(d, h, mi, style=0):
    if style == 0:
        return "[%02d-%02d-%02d %02d:%02d]" % (d.day, d.month, d.year % 100, h, mi)
    if style == 1:
        return "%02d-%02d-%d %02d:%02d -" % (d.day, d.month, d.year, h, mi)
    return "[%d-%d-%02d, %02d:%02d:%02d]" % (d.day, d.month, d.year % 100, h, mi, (h * mi) % 60)


def wa(g, lines, style=None, d=None):
    """WhatsApp export: lines = [(sender_M, message_fragment)]"""
    d = d or g.past(60)
    h = g.n(7, 18)
    mi = g.n(0, 50)
    st = g.n(0, 2) if style is None else style
    out = []
    for snd, msg in lines:
        mi += g.n(0, 9)
        if mi >= 60:
            h, mi = h + 1, mi - 60
        out.append(S(wa_ts(d, min(h, 23), mi, st), " ", snd, ": ", msg))
    return J("\n", out)


def hdr(g, frm, frm_mail, to, to_mail, subject, en=False, cc=None, when=None):
    d = when or g.past(30)
    h, mi = g.n(7, 18), g.n(0, 59)
    if en:
        ts = "%s, %s %d, %d %d:%02d %s" % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day, d.year,
                                           h if h <= 12 else h - 12, mi, "AM" if h < 12 else "PM")
        lab = ("From", "Sent", "To", "Cc", "Subject")
    else:
        ts = "%s %d %s %d %d:%02d" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, h, mi)
        lab = ("Van", "Verzonden", "Aan", "CC", "Onderwerp")
    parts = [S(lab[0], ": ", frm, " <", frm_mail, ">"), S(lab[1], ": ", ts), S(lab[2], ": ", to,
                                                                               (S(" <", to_mail, ">") if to_mail else ""))]
    if cc:
        parts.append(S(lab[3], ": ", cc))
    parts.append(S(lab[4], ": ", subject))
    return J("\n", parts)


def sig(g, p, company, tel=True, disclaimer=None, role=None, dom=None):
    parts = [S(p.full())]
    if role:
        parts.append(S(role))
    parts.append(S(company))
    if tel:
        parts.append(S(g.c(["T ", "Tel: ", "M: ", "", "t. "]), g.tel(g.c(["mob", "land", "any"]))))
    if dom:
        parts.append(S(p.wmail(dom)))
    out = J("\n", parts)
    if disclaimer is None:
        disclaimer = g.ch(0.4)
    if disclaimer:
        out = S(out, "\n\n", g.c(DISCLAIMERS))
    return out


def prompt(g, *opts):
    return g.c(list(opts))


# ----------------------------------------------------------------------------------------------
# template registry and salary slip model
# ----------------------------------------------------------------------------------------------
TPL = {name: [] for name, _ in GROUPS}


def T(group):
    def deco(f):
        TPL[group].append(f)
        return f
    return deco


class Slip:
    """A salary slip whose figures add up to the cent; validated again by --check."""

    def __init__(self, g, style="plain", hourly=None, extras=None, month=None, simple=False, weekly=False):
        r = g.r
        self.style = style
        self.month = month or g.n(1, 12)
        self.earn = []
        if hourly is None:
            hourly = g.ch(0.35)
        self.hourly = hourly
        if hourly:
            uren = g.n(16, 45) if weekly else g.n(64, 173)
            rate = g.cents(14.2, 31.5)
            self.earn.append(["Uurloon", uren * rate, uren, rate])
            self.rate = rate
        else:
            basis = g.cents(2150, 6400)
            self.earn.append(["Salaris", basis, None, None])
            self.rate = basis // 156
        opts = extras if extras is not None else g.sample(["ow", "ort", "vak", "prov", "ploeg", "none", "none"], 2)
        for o in opts:
            if o == "ow":
                q = g.n(1, 8) if weekly else g.n(2, 18)
                rt = self.rate * 125 // 100
                self.earn.append(["Overwerk 125%", q * rt, q, rt])
            elif o == "ort":
                self.earn.append(["Toeslag onregelmatige uren", g.cents(35, 310), None, None])
            elif o == "vak" and self.month == 5:
                self.earn.append(["Vakantietoeslag", self.earn[0][1] * 12 * 8 // 100, None, None])
            elif o == "prov":
                self.earn.append(["Provisie", g.cents(50, 900), None, None])
            elif o == "ploeg":
                self.earn.append(["Ploegentoeslag", g.cents(20, 110) if weekly else g.cents(80, 420), None, None])
        self.bruto = sum(e[1] for e in self.earn)
        pens = self.bruto * g.n(40, 79) // 1000
        self.ded = [["Pensioenpremie", pens, None, None]]
        if g.ch(0.3) and not simple:
            self.ded.append(["Premie WGA-hiaat", self.bruto * g.n(2, 6) // 1000, None, None])
        belastbaar = self.bruto - sum(d[1] for d in self.ded)
        self.belastbaar = belastbaar
        lh = belastbaar * g.n(70, 360) // 1000
        self.ded.append(["Loonheffing", lh, None, None])
        self.add = []
        if g.ch(0.6) and not simple:
            km = g.n(20, 300) if weekly else g.n(80, 1400)
            self.add.append(["Reiskostenvergoeding", km * 23, km, 23])
        if g.ch(0.3) and not simple:
            dg = g.n(3, 16)
            self.add.append(["Thuiswerkvergoeding", dg * 245, dg, 245])
        self.netded = []
        if g.ch(0.4) and not simple:
            self.netded.append(["Personeelsvereniging", g.c([300, 500, 750, 1000]), None, None])
        if g.ch(0.2) and not simple:
            self.netded.append(["Fietsplan", g.cents(18, 60), None, None])
        self.netto = self.bruto - sum(d[1] for d in self.ded) + sum(a[1] for a in self.add) - \
            sum(n[1] for n in self.netded)
        g.slips.append(self)

    def f(self, c):
        return eur_fmt(c, self.style)

    def rows(self):
        """(kind, name, cents, qty, rate) in slip order; kind: earn, bruto, ded, add, netded, netto"""
        out = [("earn",) + tuple(e) for e in self.earn]
        out.append(("bruto", "Bruto loon", self.bruto, None, None))
        out += [("ded",) + tuple(d) for d in self.ded]
        out += [("add",) + tuple(a) for a in self.add]
        out += [("netded",) + tuple(n) for n in self.netded]
        out.append(("netto", "Netto uit te betalen", self.netto, None, None))
        return out

    def lines(self):
        return self.earn + self.ded + self.add + self.netded

    def meta(self):
        return {"style": self.style, "earn": self.earn, "ded": self.ded, "add": self.add,
                "netded": self.netded, "bruto": self.bruto, "netto": self.netto}

    def table(self, g, width=None, neg=None, sep=None):
        """Generic two-column rendering with sections."""
        width = width or g.n(30, 42)
        sep = sep if sep is not None else g.c([" ", ".", " "])
        neg = g.ch(0.5) if neg is None else neg
        rows = []
        def row(name, c, q=None, rt=None, minus=False):
            label = name
            if q is not None:
                label = "%s %s x %s" % (name, q, self.f(rt))
            amt = ("-" if minus else "") + self.f(c)
            pad = max(2, width - len(label) - len(amt))
            if sep == " ":
                rows.append(label + " " * pad + amt)
            else:
                rows.append(label + " " + sep * max(1, pad - 2) + " " + amt)
        for e in self.earn:
            row(*e)
        row("Bruto loon", self.bruto)
        for d in self.ded:
            row(d[0], d[1], d[2], d[3], neg)
        for a in self.add:
            row(a[0] + " (onbelast)", a[1], a[2], a[3])
        for n in self.netded:
            row(n[0], n[1], n[2], n[3], neg)
        row("Netto uit te betalen", self.netto)
        return "\n".join(rows)


def check_slip(meta, text):
    probs = []
    st = meta["style"]
    if sum(e[1] for e in meta["earn"]) != meta["bruto"]:
        probs.append("slip: earnings do not add up to bruto")
    net = meta["bruto"] - sum(d[1] for d in meta["ded"]) + sum(a[1] for a in meta["add"]) - \
        sum(n[1] for n in meta["netded"])
    if net != meta["netto"]:
        probs.append("slip: netto does not add up")
    for part in ("earn", "ded", "add", "netded"):
        for name, c, q, rt in meta[part]:
            if q is not None and q * rt != c:
                probs.append("slip: %s qty x rate != amount" % name)
            if eur_fmt(c, st) not in text:
                probs.append("slip: amount %s of %s not in text" % (eur_fmt(c, st), name))
            if rt is not None and eur_fmt(rt, st) not in text:
                probs.append("slip: rate of %s not in text" % name)
    for c in (meta["bruto"], meta["netto"]):
        if eur_fmt(c, st) not in text:
            probs.append("slip: total %s not in text" % eur_fmt(c, st))
    return probs


# ==============================================================================================
# PASSWORD: a real password is given in the pasted material
# ==============================================================================================
@T("PASSWORD")
def pw_polish_mail(g):
    p, it = g.person(), g.person()
    client = g.co("client")
    itco = g.co("it")
    return R("""
«ask»

hoi «fn», je account is weer actief. inloggen met «mail» en tijdelijk ww «pw» , bij de eerste keer inloggen moet je m meteen wijzigen. MFA moet je opnieuw koppelen via de authenticator app op je telefoon. lukt het niet bel dan «tel»
groet «it»
«itco»""",
             ask=g.c(["Kun je deze mail netter maken? Gaat naar een klant.", "Maak dit wat professioneler aub:",
                      "Herschrijf deze mail in nette zakelijke taal, niet te lang:", "kan je dit beter formuleren"]),
             fn=p.low() if g.ch(0.3) else p.first(), mail=p.wmail(g.dom(client)), pw=g.pw(), tel=g.tel("land"),
             it=it.first(), itco=itco)


@T("PASSWORD")
def pw_teams_chat(g):
    a, b = g.people(2)
    tool = g.c(["Exact Online", "Twinfield", "Moneybird", "AFAS", "Nmbrs", "Snelstart"])
    t = g.n(8, 16)
    return R("""
«ask»

«a»  «t1»
Iemand het ww van de «tool» admin? «client» wil dat we de btw-aangifte over «q» vandaag nog indienen
«b»  «t2»
«pw»
«b»  «t3»
(hoofdlettergevoelig) en niet in de mail zetten aub
«a»  «t4»
top, dank je""",
             ask=g.c(["Vat deze chat samen voor het teamoverleg:", "Wat zijn hier de actiepunten?",
                      "Maak hier een kort verslag van:"]),
             a=a.full(), b=b.full(), tool=tool, client=g.co("client"),
             q=K(g.c(["Q1", "Q2", "Q3", "Q4", "het eerste kwartaal", "het vierde kwartaal"])),
             t1="%d:%02d" % (t, 3), t2="%d:%02d" % (t, 5), t3="%d:%02d" % (t, 5), t4="%d:%02d" % (t, 7),
             pw=g.pw())


@T("PASSWORD")
def pw_powershell(g):
    p, admin = g.person(), g.person()
    client = g.co("client")
    dom = g.dom(client)
    pw = g.pw("temp")
    return R("""
«ask»

# Onboarding «client» - ticket «tck»
# door «admin», «d»
Connect-MgGraph -Scopes "User.ReadWrite.All"
$name = "«name»"
$upn  = "«mail»"
$pwd  = @{ Password = "«pw»"; ForceChangePasswordNextSignIn = $true }
New-MgUser -DisplayName $name -UserPrincipalName $upn -MailNickname $upn.Split("@")[0] -PasswordProfile $pwd -AccountEnabled
Set-MgUserLicense -UserId $upn -AddLicenses @{SkuId = $sku} -RemoveLicenses @()""",
             ask=g.c(["Waarom krijg ik hier 'Property usageLocation is required' bij de licentie?",
                      "Wat zit er fout in dit script? Het loopt vast bij Set-MgUserLicense.",
                      "Can you explain why this PowerShell fails on the license step?"]),
             client=client, tck=g.ref("tck"), admin=admin.ini(), d=g.kdate("num"), name=p.full(),
             mail=p.wmail(dom), pw=pw)


@T("PASSWORD")
def pw_jira_onboarding(g):
    p, m = g.person(), g.person()
    client = g.co("client")
    d = g.workday()
    return R("""
«ask»

«jira»  Onboarding «name» («client»)
Status: In Progress   Assignee: «m»
Startdatum: «start»
-----
- [x] Account aangemaakt: «mail»
- [x] Tijdelijk wachtwoord: «pw»
- [ ] Laptop klaarzetten (Dell Latitude, asset «asset»)
- [ ] Toevoegen aan groep Planning + gedeelde mailbox
- [ ] Telefoon: «tel» koppelen aan Teams""",
             ask=g.c(["Maak van deze Jira-kaart een welkomstmail voor de nieuwe medewerker:",
                      "Schrijf een korte statusupdate voor de klant op basis van:",
                      "Turn this card into a short status update for the client:"]),
             jira=g.ref("jira"), name=p.full(), client=client, m=m.full(), start=K(fdate(d, "wd")),
             mail=p.wmail(g.dom(client)), pw=g.pw(), asset="NB-%04d" % g.n(100, 9999), tel=g.tel("mob"))


@T("PASSWORD")
def pw_forward_moneybird(g):
    a, b = g.person(), g.person()
    acc = g.co("acc")
    return R("""
«ask»

---------- Doorgestuurd bericht ---------
«hdr»

Hoi «bf»,

Zoals besproken hierbij de inloggegevens voor Moneybird zodat jullie de facturen over «per» kunnen inboeken:

gebruikersnaam: «login»
wachtwoord: «pw»

De openstaande posten staan er allemaal in, totaal ongeveer «amt».

Groetjes,
«af»""",
             ask=g.c(["Vat samen wat ik hiermee moet doen:", "Welke taken haal je uit deze mail?",
                      "Summarize this email in English:"]),
             hdr=hdr(g, a.full(), a.mail(), b.full(), b.wmail(g.dom(acc)), "Re: toegang boekhouding"),
             bf=b.first(), per=K(g.c(["februari", "maart", "het tweede kwartaal", "januari en februari"])),
             login=a.mail(), pw=g.pw(), amt=g.eur(800, 14000), af=a.first())


@T("PASSWORD")
def pw_en_ticket(g):
    p, t = g.person(), g.person()
    client = g.co("client")
    return R("""
Please rewrite this ticket update so I can send it to the customer, friendly tone:

Ticket «tck» - «client» - password reset
Caller: «p» («tel»)
Resolution: verified caller via callback on known number, reset M365 password for «mail».
Temp password given over phone: «pw» (user must change at next sign-in).
MFA re-registered. Closed «d» by «t».""",
             tck=g.ref("tck"), client=client, p=p.full(), tel=g.tel("any"), mail=p.wmail(g.dom(client)),
             pw=g.pw(), d=K(fdate(g.past(20), "enlong")), t=t.first())


@T("PASSWORD")
def pw_bash_backup(g):
    dev = g.person()
    return R("""
«ask»

#!/bin/bash
# nachtelijke backup webshop - «dev» («mail»)
DATE=$(date +%F)
mysqldump -u backup -p'«pw»' --single-transaction webshop > /var/backups/webshop-$DATE.sql
gzip /var/backups/webshop-$DATE.sql
find /var/backups -name "*.gz" -mtime +14 -delete
# cron: 30 2 * * * /opt/scripts/backup.sh""",
             ask=g.c(["Waarom draait dit script wel handmatig maar niet via cron?",
                      "Wat zit er fout in dit backupscript?", "Why does this work by hand but not from cron?"]),
             dev=dev.full(), mail=dev.mail(), pw=g.pw("rand"))


@T("PASSWORD")
def pw_compose(g):
    dev = g.person()
    pw = g.pw("rand")
    return R("""
«ask»

```yaml
# docker-compose.yml  (boekhoudkoppeling, onderhoud: «dev»)
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: koppeling
      POSTGRES_PASSWORD: "«pw»"
      POSTGRES_DB: exact_sync
    volumes:
      - pgdata:/var/lib/postgresql/data
  sync:
    build: .
    environment:
      DATABASE_URL: postgres://koppeling:«pw»@db:5432/exact_sync
    depends_on: [db]
volumes:
  pgdata:
```""",
             ask=g.c(["Why does my sync container keep restarting with 'connection refused'?",
                      "Waarom kan de sync-container de database niet bereiken?",
                      "Wat zit er fout in deze config?"]),
             dev=dev.first(), pw=pw)


@T("PASSWORD")
def pw_excel_accounts(g):
    ps = g.people(g.n(2, 3))
    client = g.co("client")
    dom = g.dom(client)
    rows = [S(p.full(), "\t", p.wmail(dom), "\t", g.pw("temp"), "\t", g.c(["Business Basic", "Business Standard",
                                                                          "E3", "Business Premium"])) for p in ps]
    return R("""
«ask»

Naam	E-mail	Tijdelijk wachtwoord	Licentie
«rows»""",
             ask=g.c(["Maak hier een nette tabel van voor de overdracht naar «client»:",
                      "Zet dit om naar een Markdown-tabel:", "Sorteer op licentie:"]).replace("«client»", client),
             rows=J("\n", rows))


@T("PASSWORD")
def pw_voicemail(g):
    p = g.person()
    client = g.co("client")
    return R("""
«ask»

Voicemail «d», «tm», duur 0:48
"Ja hallo, met «p» van «client». Eh, ik heb vanochtend mijn wachtwoord veranderd naar «pw», maar nu werkt de mail op mijn telefoon niet meer. Hij blijft maar vragen om in te loggen. Kunnen jullie mij terugbellen? Mijn nummer is «tel». Dank je wel, doei."
""",
             ask=g.c(["Maak een ticket van deze voicemail:", "Vat deze voicemail samen in één zin:",
                      "Schrijf een terugbelnotitie op basis van dit transcript:"]),
             d=g.kdate("wd"), tm=g.tm("colon"), p=p.full(), client=client, pw=g.pw("word"), tel=g.tel("mob"))


@T("PASSWORD")
def pw_sms_portal(g):
    p = g.person()
    co = g.co(g.c(["re", "vve"]))
    return R("""
«ask»

SMS van «co»:
Beste «p», uw account voor het huurdersportaal is aangemaakt. Gebruikersnaam: «mail» Tijdelijk wachtwoord: «pw» . Wijzig dit na de eerste keer inloggen. Vragen? Bel «tel».""",
             ask=g.c(["Is dit bericht echt of phishing?", "Kun je dit vertalen naar het Engels voor mijn huurder?",
                      "Vertaal naar het Pools:"]),
             co=co, p=p.full(), mail=p.mail(), pw=g.pw("temp"), tel=g.tel("svc"))


@T("PASSWORD")
def pw_makelaar_whatsapp(g):
    a, b, c = g.people(3)
    return R("""
«ask»

«chat»""",
             ask=g.c(["Vat dit gesprek samen:", "Maak een takenlijstje uit deze chat:", "wat moet ik morgen doen?"]),
             chat=wa(g, [
                 (a.first(), S("wie doet morgen de bezichtiging ", g.adres(), " om ", g.tm("colon"), "?")),
                 (b.first(), S("ik, maar ik kom niet meer in Realworks")),
                 (c.first(), S("inlog is ", g.cmail(g.co("re"), "kantoor"), " / ", g.pw(), " niet doorsturen he")),
                 (b.first(), S("top, dank")),
                 (a.first(), S("sleutels liggen bij de buren op nr ", str(g.n(2, 60)))),
             ]))


@T("PASSWORD")
def pw_ons_zorg(g):
    n, c, tl = g.people(3)
    return R("""
«ask»

Overdracht wijkteam «wijk» – «d»
Nieuwe collega «n» start «start». Inlog ONS voor de eerste week: gebruiker wijkteam.«wijkl»«nr», wachtwoord «pw» (daarna eigen account via ICT).
Mevr. «c» ({age} jr): wondzorg onderbeen, verband wisselen ma-wo-vr. Let op: dochter belt vaak, nummer staat in dossier.
Vragen: «tl», «tel»""".replace("{age}", str(g.n(71, 96))),
             ask=g.c(["Maak hier een duidelijke overdracht van in SBAR:", "Herschrijf dit als nette overdracht:",
                      "Maak dit korter:"]),
             wijk=g.c(["Oost", "Noord", "Centrum", "West-2"]), wijkl=g.c(["oost", "noord", "centrum", "west"]),
             nr=str(g.n(1, 9)), d=g.kdate("num"), n=n.full(), start=g.kdate("wd"), pw=g.pw(), c=c.sur(),
             tl=tl.full(), tel=g.tel("mob"))


@T("PASSWORD")
def pw_trello_shopify(g):
    o, s = g.people(2)
    shop = g.co("shop")
    return R("""
«ask»

Trello – kaart "Toegang nieuwe stagiair"
Beschrijving:
«s» begint «start» bij «shop». Staff account Shopify is aangemaakt:
e-mail: «mail»
wachtwoord: «pw»
Rechten: orders, klanten (geen betalingen!). Retouren via Sendcloud, daar logt «s2» in met het gedeelde account.
Checklist: ☑ Shopify ☐ Sendcloud ☐ Bol partnerplatform
Toegewezen aan: «o»""",
             ask=g.c(["Maak hier een welkomstbericht van:", "Schrijf een korte instructie voor de stagiair:",
                      "Translate this card to English:"]),
             s=s.full(), start=g.kdate("wd"), shop=shop, mail=s.wmail(g.dom(shop)), pw=g.pw(), s2=s.first(),
             o=o.full())


@T("PASSWORD")
def pw_transport_chauffeur(g):
    pl, ch = g.people(2)
    return R("""
«ask»

«chat»""",
             ask=g.c(["Vertaal dit gesprek naar het Pools voor de chauffeur:", "Maak hier een korte instructie van:",
                      "Vat samen:"]),
             chat=wa(g, [
                 (pl.full(), S("Goedemorgen ", ch.first(), ", je rijdt vandaag de ", g.plate("truck"), " met trailer ",
                               g.plate("trailer"), ". Eerste los in Venlo om ", g.tm("colon"), ".")),
                 (ch.full(), S("ok. boordcomputer vraagt nieuwe login??")),
                 (pl.full(), S("Chauffeursnummer 4", str(g.n(100, 999)), ", wachtwoord ", g.pw("temp"),
                               " en daarna zelf een nieuwe kiezen")),
                 (ch.full(), S("👍")),
             ], style=g.n(0, 1)))


@T("PASSWORD")
def pw_wedding_drive(g):
    a, b = g.people(2)
    couple1, couple2 = g.people(2)
    return R("""
«ask»

Hoi «b»,

Voor de bruiloft van «c1» & «c2» op «d» heb ik een gedeeld Google-account gemaakt voor de draaiboeken en leveranciers.
Account: «mail»
Wachtwoord: «pw»
Budget locatie + catering staat op «amt», daar zitten we nu nog net onder.
Wil jij de bloemist en de dj bellen voor de definitieve tijden?

Liefs,
«a»""",
             ask=g.c(["Maak hier een to-do lijst van:", "Kun je deze mail korter maken?",
                      "Maak dit zakelijker, het gaat naar een nieuwe collega:"]),
             b=b.first(), c1=couple1.first(), c2=couple2.first(), d=g.kdate("wdy"),
             mail=M("EMAIL", "bruiloft.%s.%s@gmail.com" % (slug(couple1.f), slug(couple2.f))), pw=g.pw(),
             amt=g.eur(9000, 26000), a=a.first())


@T("PASSWORD")
def pw_salon(g):
    o, n = g.people(2)
    salon = g.co("salon")
    return R("""
«ask»

Welkom bij «salon», «n»!
Praktisch:
- Agenda: Salonized, inloggen met «mail» / «pw»
- Kassa: je eigen pincode kies je zelf bij de eerste dienst
- Eerste dienst: «d» vanaf «tm»
- Uurloon zoals afgesproken «amt» bruto
Vragen? App me: «tel»
«o»""",
             ask=g.c(["Maak dit gezelliger en zet er emoji's in:", "Kun je dit netjes opmaken als welkomstbrief?",
                      "Spelling checken aub:"]),
             salon=salon, n=n.first(), mail=n.wmail(g.dom(salon)), pw=g.pw(), d=g.kdate("wd"), tm=g.tm("colon"),
             amt=g.eur(13, 17, "eu"), tel=g.tel("mob"), o=o.first())


@T("PASSWORD")
def pw_bike_kassa(g):
    o, s = g.people(2)
    return R("""
«ask»

briefje bij de kassa (foto, OCR):
KASSA LIGHTSPEED
gebr: winkel1
ww: «pw»
Werkplaatsplanning: zie whiteboard
Bij storing pin: bel «tel» («o»)
Stagiair «s» mag GEEN retouren boven «amt» doen""",
             ask=g.c(["Maak hier een nette instructie van voor de winkel:", "Typ dit netjes uit:",
                      "Zet dit in een tabel:"]),
             pw=g.pw(), tel=g.tel("mob"), o=o.first(), s=s.full(), amt=g.eur(50, 250, "dashn"))


@T("PASSWORD")
def pw_photo_gallery(g):
    ph, cl = g.people(2)
    studio = g.co("photo")
    return R("""
«ask»

Hoi «cl»,

De foto's van jullie shoot op «d» staan online! Je vindt de galerij op https://«slug».pixieset.com/familieshoot
Wachtwoord: «pw»
Je kunt tot 30 favorieten kiezen. Extra foto's zijn «amt» per stuk. De factuur («inv») volgt per mail.

Groetjes,
«ph»
«studio»""",
             ask=g.c(["Kun je deze mail vriendelijker en korter maken?", "Vertaal naar het Engels:",
                      "Check mijn spelling:"]),
             cl=cl.first(), d=g.kdate("dm", g.past(40)), slug=slug(studio)[:16], pw=g.pw(g.c(["word", "phrase"])),
             amt=g.eur(9, 25, g.c(["eu", "dash"])), inv=g.ref("inv"), ph=ph.first(), studio=studio)


@T("PASSWORD")
def pw_bakery_wifi(g):
    o = g.person()
    return R("""
«ask»

Intern memo filiaal «town»
Nieuwe kassa vanaf «d». Inloggen backoffice: «mail», wachtwoord «pw».
Bestellingen taarten graag vóór «tm» doorzetten naar de bakkerij.
Afwijkingen in de kas boven «amt» melden bij «o».""",
             ask=g.c(["Maak hier een duidelijk memo van:", "Herschrijf dit voor op het prikbord:", "Korter aub:"]),
             town=g.town(), d=g.kdate("wd"), mail=g.cmail(g.co("bak"), "filiaal" + str(g.n(1, 6))), pw=g.pw(),
             tm=g.tm("colon"), amt=g.eur(5, 30, "euroint"), o=o.full())


@T("PASSWORD")
def pw_funeral_site(g):
    u, f, d = g.people(3)
    return R("""
«ask»

Beste «f»,

Namens «co» nogmaals gecondoleerd met het verlies van uw «rel» «d». De condoleancepagina staat online. U kunt berichten goedkeuren via het beheer:
inlognaam: «mail»
wachtwoord: «pw»
De uitvaart is op «day» om «tm» in de aula.

Met warme groet,
«u»""",
             ask=g.c(["Kun je deze mail iets warmer formuleren?", "Maak dit korter en duidelijker:",
                      "Vertaal naar het Engels voor familie in Canada:"]),
             f=f.full(), co=g.co("fun"),
             rel=g.c(["moeder", "echtgenote", "zus"] if d.female else ["vader", "echtgenoot", "broer"]), d=d.full(), mail=f.mail(), pw=g.pw(),
             day=g.kdate("wd"), tm=g.tm("uur"), u=u.full())


@T("PASSWORD")
def pw_translation_cat(g):
    pm, fl = g.people(2)
    return R("""
Translate to English and make it sound friendly:

Hoi «fl», welkom in ons freelancerbestand! Voor de opdracht voor de gemeente (deadline «d», ca. 4.200 woorden, tarief «amt» per woord) werken we in memoQ server.
server: memoq.«dom»
gebruiker: «mail»
wachtwoord: «pw»
Groet, «pm» – «co»""",
             fl=fl.first(), d=g.kdate("wd"), amt=g.eur(0.09, 0.16, "eu"), dom=g.dom(g.co("tr")), mail=fl.mail(),
             pw=g.pw("rand"), pm=pm.full(), co=g.co("tr"))


@T("PASSWORD")
def pw_municipality_minutes(g):
    ps = g.people(4)
    d = g.workday()
    return R("""
«ask»

Notulen teamoverleg Ondernemersloket – «d»
Aanwezig: «a», «b», «c», «dd»
1. Gedeelde mailbox: wachtwoord is gewijzigd naar «pw» (door «ai»). Niet delen buiten het team.
2. Terrasvergunningen: 14 aanvragen open, leges «amt» per aanvraag.
3. Ondernemersavond «ev» in het gemeentehuis.
Actiepunten:
- «ai»: MFA aanzetten op gedeelde mailbox
- «bi»: uitnodiging ondernemersavond versturen""",
             ask=g.c(["Maak van deze notulen een nette versie:", "Welke actiepunten staan hierin?",
                      "Zet dit om naar een mail aan het team:"]),
             d=K(fdate(d, "long")), a=ps[0].full(), b=ps[1].full(), c=ps[2].full(), dd=ps[3].full(),
             pw=g.pw(), ai=ps[0].tag(),
             amt=g.eur(60, 190, "eu"), ev=g.kdate("wd"),
             bi=ps[1].tag())


@T("PASSWORD")
def pw_cleaning(g):
    pl, cl, kl = g.people(3)
    return R("""
«ask»

Hoi «cl»,
Vanaf «d» doe jij het kantoor van «client» aan de «adres». Je gaat naar binnen met de tag, het alarm schakel je uit via de app met het account «mail» en wachtwoord «pw». Contactpersoon daar is «kl» («tel»).
Let op: keukenvloer alleen met de blauwe mop.
Gr «pl»""",
             ask=g.c(["Vertaal naar het Pools:", "Vertaal naar het Oekraïens:", "Maak dit duidelijker:"]),
             cl=cl.first(), d=g.kdate("wd"), client=g.co("client"), adres=g.adres(), mail=g.cmail(g.co("clean"), "planning"),
             pw=g.pw(), kl=kl.full(), tel=g.tel("any"), pl=pl.first())


@T("PASSWORD")
def pw_sql_user(g):
    dev = g.person()
    return R("""
«ask»

-- rapportage-gebruiker voor Power BI (aangevraagd door «dev», «tck»)
CREATE USER 'rapportage'@'10.0.%' IDENTIFIED BY '«pw»';
GRANT SELECT ON administratie.facturen TO 'rapportage'@'10.0.%';
GRANT SELECT ON administratie.debiteuren TO 'rapportage'@'10.0.%';
FLUSH PRIVILEGES;""",
             ask=g.c(["Klopt deze SQL? Power BI krijgt access denied.", "Is dit veilig genoeg?",
                      "Why does Power BI still get access denied?"]),
             dev=dev.full(), tck=g.ref("tck"), pw=g.pw("rand"))


@T("PASSWORD")
def pw_zoom_spell(g):
    a, b = g.people(2)
    return R("""
«ask»

Zoom transcript
00:00:04 «a»: Goedemiddag, u spreekt met de servicedesk, waarmee kan ik helpen?
00:00:09 «b»: Ja, ik kom niet meer in Twinfield.
00:00:15 «a»: Ik heb een tijdelijk wachtwoord voor u aangemaakt. Ik zet het ook in de chat: «pw»
00:00:31 «b»: Oké, en het mailadres is nog steeds «mail»?
00:00:35 «a»: Klopt. Bij het inloggen vraagt hij om een nieuw wachtwoord.
00:00:48 «b»: Top, bedankt.""",
             ask=g.c(["Vat dit gesprek samen voor het ticket:", "Summarize this call:", "Maak een gespreksverslag:"]),
             a=a.full(), b=b.full(), pw=g.pw("temp"), mail=b.mail())


@T("PASSWORD")
def pw_german_portal(g):
    p, s = g.person("de"), g.person()
    return R("""
«ask»

Sehr geehrte«en» «p»,

anbei Ihre Zugangsdaten für unser Kundenportal, über das Sie die beglaubigten Übersetzungen herunterladen können:
Benutzername: «mail»
Passwort: «pw»
Die Rechnung über «amt» (Nr. «inv») ist innerhalb von 14 Tagen fällig.

Mit freundlichen Grüßen
«s»""",
             ask=g.c(["Kun je controleren of dit Duits goed is?", "Vertaal naar het Nederlands:",
                      "Ist das höflich genug?"]),
             en="" if p.female else "r", p=(S("Frau " if p.female else "Herr ", p.sur())), mail=p.mail(),
             pw=g.pw(), amt=g.eur(80, 900, "de"), inv=g.ref("inv"), s=s.full())


@T("PASSWORD")
def pw_flemish_boekhouder(g):
    p, b = g.people(2, "be")
    return R("""
«ask»

Dag «p»,

Ik heb u toegang gegeven tot ons klantenplatform zodat u de aankoopfacturen kan opladen.
Login: «mail»
Paswoord: «pw»
Gelieve de facturen van «per» voor de btw-aangifte ten laatste op «d» op te laden.
Voor vragen ben ik bereikbaar op «tel».

Met vriendelijke groeten,
«b»""",
             ask=g.c(["Kun je dit in Nederlands-Nederlands zetten?", "Maak dit korter:", "Vertaal naar het Frans:"]),
             p=p.first(), mail=p.mail(), pw=g.pw(), per=K(g.c(["januari", "het eerste kwartaal", "maart"])),
             d=g.kdate("wd"), tel=g.tel("be"), b=b.full())


@T("PASSWORD")
def pw_filezilla(g):
    dev = g.person()
    site = g.co("shop")
    return R("""
«ask»

<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>ftp.«dom»</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <User>«user»</User>
      <Pass>«pw»</Pass>
      <Name>«site» productie</Name>
      <Comments>beheer «dev»</Comments>
    </Server>
  </Servers>
</FileZilla3>""",
             ask=g.c(["Hoe zet ik deze verbinding om naar SFTP?", "How do I switch this to SFTP?",
                      "Waarom maakt dit geen verbinding?"]),
             dom=g.dom(site), user="deploy_" + slug(site)[:8], pw=g.pw("rand"), site=site, dev=dev.full())


@T("PASSWORD")
def pw_nas_ticket(g):
    t, c = g.people(2)
    return R("""
«ask»

Ticket «tck» – «client» – NAS vol
Notities «t»:
Ingelogd op Synology DS920+ (https://10.0.0.20:5001) met admin / «pw». Hyper Backup faalt sinds «d» door volle schijf (98%). Oude snapshots opgeschoond, 1,2 TB vrij. Klant («c», «tel») geadviseerd extra schijven te bestellen, offerte «off» volgt.""",
             ask=g.c(["Schrijf een korte update voor de klant:", "Maak hier een nette ticketnotitie van:",
                      "Write a short customer update based on this:"]),
             tck=g.ref("tck"), client=g.co("client"), t=t.first(), pw=g.pw("rand"), d=g.kdate("wd", g.past(14)),
             c=c.full(), tel=g.tel("land"), off=g.ref("off"))


@T("PASSWORD")
def pw_twinfield_en(g):
    a, b = g.person(), g.person()
    return R("""
Vertaal naar het Engels, het is voor onze nieuwe controller:

Hoi «b»,
Je Twinfield-account is klaar. Omgeving: «co», gebruiker «user», wachtwoord «pw».
De jaarrekening moet vóór «d» klaar, de accountant komt op «d2».
Groet,
«a»""",
             b=b.first(), co=g.co("acc").upper().replace(" ", "")[:10], user="USR%03d" % g.n(1, 240),
             pw=g.pw(), d=g.kdate("dm"), d2=g.kdate("wd"), a=a.first())


@T("PASSWORD")
def pw_uitzend_app(g):
    r, f = g.people(2)
    ub = g.co("hr")
    return R("""
«ask»

Hoi «f»! Welkom bij «ub» 👋
Je begint «d» om «tm» bij het distributiecentrum in «town». Uren schrijf je in de app ‘Mijn Uren’:
gebruikersnaam «mail»
wachtwoord «pw»
Uurloon «amt» + ploegentoeslag. Vragen? «tel»
Groetjes «r»""",
             ask=g.c(["Vertaal naar het Pools:", "Vertaal naar het Roemeens:", "Vertaal naar het Engels:",
                      "Maak dit bericht wat duidelijker:"]),
             f=f.first(), ub=ub, d=g.kdate("wd"), tm=g.tm("colon"), town=g.town(), mail=f.mail(), pw=g.pw(),
             amt=g.eur(14, 19, g.c(["eu", "euro"])), tel=g.tel("mob"), r=r.first())


@T("PASSWORD")
def pw_env_prod(g):
    dev = g.person()
    return R("""
«ask»

# .env (productie) – niet committen!
APP_ENV=production
APP_URL=https://bestellen.«dom»
DB_HOST=127.0.0.1
DB_DATABASE=bestellingen
DB_USERNAME=bestel_app
DB_PASSWORD=«pw»
MAIL_FROM_ADDRESS=«frm»
# vragen: «dev»""",
             ask=g.c(["Waarom stuurt Laravel geen mails met deze instellingen?", "Wat ontbreekt er in deze .env?",
                      "What's missing in this .env for mail to work?"]),
             dom=g.dom(g.co("bak")), pw=g.pw("rand"), frm=g.cmail(g.co("bak"), "bestellingen"), dev=dev.mail())


@T("PASSWORD")
def pw_insurance_portal(g):
    a, k = g.people(2)
    return R("""
«ask»

Van: «a»
Aan: «k»
Onderwerp: uw schadeportaal

Beste «kk»,

Uw schademelding («dos») is ontvangen. U kunt de status volgen in het portaal met uw e-mailadres «mail» en het tijdelijke wachtwoord «pw». Het eigen risico bedraagt «amt». De expert komt op «d» tussen «t1» en «t2».

Met vriendelijke groet,
«a2»
«co»""",
             ask=g.c(["Maak deze mail duidelijker voor een oudere klant:", "Vertaal naar het Turks:",
                      "Kun je dit vereenvoudigen (B1-niveau)?"]),
             a=a.full(), k=k.full(), kk=S(k.title() + " ", k.sur()), dos=g.ref("dos"), mail=k.mail(), pw=g.pw("temp"),
             amt=g.eur(150, 500, g.c(["dash", "eu", "euroint"])), d=g.kdate("wd"), t1=g.tm("colon"),
             t2=K("%d:00" % g.n(13, 17)), a2=a.first(), co=g.co("ins"))


# ==============================================================================================
# API_KEY: a real provider key or secret in the pasted material
# ==============================================================================================
@T("API_KEY")
def ak_openai_python(g):
    dev = g.person()
    return R("""
«ask»

```python
# samenvatten van klantmails - «dev», «d»
from openai import OpenAI
client = OpenAI(api_key="«key»")

def vat_samen(tekst):
    r = client.chat.completions.create(model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Vat samen: " + tekst}])
    return r.choices[0].message.content
```""",
             ask=g.c(["Waarom krijg ik steeds een 429 error?", "Why do I keep getting error 429 insufficient_quota?",
                      "Kun je dit script sneller maken?", "Hoe laat ik dit 50 mails tegelijk doen?"]),
             dev=dev.first(), d=g.kdate("num", g.past(60)), key=g.key("openai"))


@T("API_KEY")
def ak_env_mollie(g):
    dev = g.person()
    shop = g.co("shop")
    return R("""
«ask»

APP_NAME="«shop»"
APP_ENV=production
APP_DEBUG=false
MOLLIE_KEY=«key»
MOLLIE_WEBHOOK_URL=https://«dom»/webhooks/mollie
MAIL_MAILER=smtp
MAIL_FROM_ADDRESS=«frm»
# beheer: «dev» «tel»""",
             ask=g.c(["Betalingen blijven op 'open' staan, wat zit er fout in deze config?",
                      "Waarom komt de Mollie webhook niet binnen?", "Check deze .env even:"]),
             shop=shop, key=g.key("mollie"), dom=g.dom(shop), frm=g.cmail(shop, "bestellingen"), dev=dev.full(),
             tel=g.tel("mob"))


@T("API_KEY")
def ak_aws_credentials(g):
    dev = g.person()
    return R("""
«ask»

~/.aws/credentials
[default]
aws_access_key_id = «kid»
aws_secret_access_key = «sec»
region = eu-central-1

$ aws s3 ls s3://«bucket»-backups
An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied""",
             ask=g.c(["Is dit goed ingesteld? Ik krijg access denied.", "Why access denied? Config below.",
                      "Wat doe ik fout?"]),
             kid=g.key("aws_id"), sec=g.key("aws_secret"), bucket=slug(g.co(g.c(["acc", "log", "it"])))[:14])


@T("API_KEY")
def ak_git_remote(g):
    dev = g.person()
    return R("""
«ask»

$ git remote set-url origin https://«tok»@github.com/«org»/website.git
$ git push origin main
remote: Permission to «org»/website.git denied to «user».
fatal: unable to access 'https://github.com/«org»/website.git/': The requested URL returned error: 403""",
             ask=g.c(["Hoe los ik deze 403 op?", "How do I fix this 403?", "Waarom mag ik niet pushen?"]),
             tok=g.key(g.c(["github", "github_fg"])), org=slug(g.co(g.c(["photo", "bak", "event"])))[:12],
             user=g.c(["deploy-bot", "webbeheer", "ci-runner", "marketing-team"]))


@T("API_KEY")
def ak_stripe_php(g):
    dev, cust = g.people(2)
    return R("""
«ask»

<?php
require 'vendor/autoload.php';
\\Stripe\\Stripe::setApiKey('«key»');
// terugbetaling voor «cust» («mail»), order «ord»
$refund = \\Stripe\\Refund::create([
  'payment_intent' => 'pi_3P«pi»',
  'amount' => «cents», // «amt»
]);""",
             ask=g.c(["Waarom krijg ik 'No such payment_intent'?", "Klopt het bedrag in centen zo?",
                      "Can you add error handling?"]),
             key=g.key("stripe"), cust=cust.full(), mail=cust.mail(), ord=g.ref("shop"), pi=g.rs(20),
             cents=str(g.n(1500, 25000)), amt=g.eur(15, 250, "eu"))


@T("API_KEY")
def ak_sendgrid_node(g):
    dev, c = g.people(2)
    co = g.co(g.c(["event", "shop", "photo"]))
    return R("""
«ask»

const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('«key»');
const msg = {
  to: '«to»',
  from: '«frm»',
  subject: 'Je bevestiging voor «d»',
  text: 'Beste «c», bedankt voor je boeking. Totaal: «amt».',
};
sgMail.send(msg).catch(e => console.error(e.response.body));""",
             ask=g.c(["Mails komen niet aan, wat is er mis?", "Why does this return 403 Forbidden?",
                      "Maak hier een functie van die een lijst ontvangers kan hebben:"]),
             key=g.key("sendgrid"), to=c.mail(), frm=g.cmail(co, "boekingen"), d=g.kdate("wd"), c=c.first(),
             amt=g.eur(40, 1800, "eu"))


@T("API_KEY")
def ak_slack_yaml(g):
    dev = g.person()
    return R("""
«ask»

# config/notifier.yaml
slack:
  bot_token: «tok»
  channel: "#planning"
  mention: "@«user»"
rules:
  - when: rit_vertraagd
    message: "Rit {{ rit }} loopt {{ minuten }} min vertraging"
  - when: cmr_ontbreekt
    message: "CMR ontbreekt voor {{ kenteken }}"
""",
             ask=g.c(["De bot post niks in #planning, wat mis ik?", "Why isn't the bot posting?",
                      "Kun je hier een regel bij maken voor pech onderweg?"]),
             tok=g.key("slack"), user=M("PERSOON", slug(dev.f)))


@T("API_KEY")
def ak_maps_html(g):
    mk = g.co("re")
    return R("""
«ask»

<div id="kaart" style="height:400px"></div>
<script>
  function initMap() {
    const woning = { lat: 52.«lat», lng: 5.«lng» };
    const map = new google.maps.Map(document.getElementById("kaart"), { zoom: 15, center: woning });
    new google.maps.Marker({ position: woning, map, title: "«adres»" });
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=«key»&callback=initMap"></script>""",
             ask=g.c(["De kaart blijft grijs op onze woningpagina, hoe kan dat?", "Why is the map grey?",
                      "Kan dit sneller laden?"]),
             lat=g.digits(4), lng=g.digits(4), adres=g.adres(), key=g.key("google"))


@T("API_KEY")
def ak_twilio_salon(g):
    o, c = g.people(2)
    salon = g.co("salon")
    return R("""
«ask»

from twilio.rest import Client
account_sid = "«sid»"
auth_token = "«tok»"
client = Client(account_sid, auth_token)
# herinnering afspraak
client.messages.create(
    to="«tel»",
    from_="«salonname»",
    body="Hoi «c», herinnering: je afspraak bij «salon» is «d» om «tm». Afzeggen kan tot 24 uur van tevoren.")""",
             ask=g.c(["Hoe maak ik dat dit elke avond automatisch draait?", "Error 21212, wat betekent dat?",
                      "Can you make this loop over tomorrow's appointments?"]),
             sid=g.key("twilio_sid"), tok=g.key("twilio_tok"), tel=g.tel("mob", g.c(["+316{8}", "+31 6 {8}"])),
             salonname=slug(salon)[:11].capitalize(), c=c.first(), salon=salon, d=g.kdate("wd"), tm=g.tm("colon"))


@T("API_KEY")
def ak_azure_storage(g):
    dev = g.person()
    acct = slug(g.co(g.c(["it", "acc", "log"])))[:12] + "store"
    return R("""
«ask»

appsettings.json
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Blob": "DefaultEndpointsProtocol=https;AccountName=«acct»;AccountKey=«key»;EndpointSuffix=core.windows.net"
  },
  "Contact": "«mail»"
}""",
             ask=g.c(["Waarom kan de app geen facturen uploaden naar blob storage?",
                      "How do I move this secret to Key Vault?", "Klopt deze JSON?"]),
             acct=acct, key=g.key("azure_storage"), mail=dev.mail())


@T("API_KEY")
def ak_postmark_curl(g):
    c = g.person()
    co = g.co(g.c(["acc", "ins", "re"]))
    return R("""
«ask»

curl "https://api.postmarkapp.com/email" \\
  -X POST \\
  -H "Accept: application/json" \\
  -H "Content-Type: application/json" \\
  -H "X-Postmark-Server-Token: «tok»" \\
  -d '{"From": "«frm»", "To": "«to»", "Subject": "Herinnering factuur «inv»", "TextBody": "Beste «c», de factuur van «amt» staat nog open."}'

{"ErrorCode":412,"Message":"While your account is pending approval, all recipients must share the same domain as the 'From' address."}""",
             ask=g.c(["Wat betekent deze foutmelding?", "What does this error mean?", "Hoe los ik dit op?"]),
             tok=g.key("postmark"), frm=g.cmail(co, "debiteuren"), to=c.mail(), inv=g.ref("inv"), c=c.full(),
             amt=g.eur(90, 4000, "eu"))


@T("API_KEY")
def ak_mailchimp_bakery(g):
    dev = g.person()
    return R("""
«ask»

<?php
// nieuwsbrief aanmeldingen van de kassa-tablet naar Mailchimp
$apiKey = '«key»';
$listId = '«lid»';
$dc = substr($apiKey, strpos($apiKey, '-') + 1);
$url = "https://$dc.api.mailchimp.com/3.0/lists/$listId/members";
$data = ['email_address' => $_POST['email'], 'status' => 'subscribed'];
// werkt niet sinds «d» - «dev»""",
             ask=g.c(["Waarom werkt dit niet meer?", "Wat zit er fout in?", "Can you rewrite this with Guzzle?"]),
             key=g.key("mailchimp"), lid=g.hexs(10), d=g.kdate("dm", g.past(30)), dev=dev.first())


@T("API_KEY")
def ak_shopify_export(g):
    dev = g.person()
    shop = g.co("shop")
    return R("""
«ask»

import requests, csv
SHOP = "«handle».myshopify.com"
TOKEN = "«tok»"
r = requests.get(f"https://{SHOP}/admin/api/2024-10/orders.json?status=any&created_at_min=«iso»",
                 headers={"X-Shopify-Access-Token": TOKEN})
orders = r.json()["orders"]
with open("orders.csv", "w") as f:
    w = csv.writer(f)
    for o in orders:
        w.writerow([o["name"], o["email"], o["total_price"]])""",
             ask=g.c(["Ik krijg maar 50 orders terug, hoe haal ik ze allemaal op?", "How do I paginate this?",
                      "Kan hier ook het verzendadres bij?"]),
             handle=slug(shop)[:14], tok=g.key("shopify"), iso=g.kdate("iso", g.past(90)))


@T("API_KEY")
def ak_hubspot(g):
    dev = g.person()
    return R("""
«ask»

const hubspot = require('@hubspot/api-client');
const client = new hubspot.Client({ accessToken: '«tok»' });
// nieuwe kandidaten uit het webformulier als contact aanmaken
async function maakContact(k) {
  return client.crm.contacts.basicApi.create({ properties: { email: k.email, firstname: k.voornaam, lastname: k.achternaam } });
}
// vragen: «dev» («mail»)""",
             ask=g.c(["Hoe voorkom ik dubbele contacten?", "How do I avoid duplicate contacts here?",
                      "Werkt dit ook met een batch?"]),
             tok=g.key("hubspot"), dev=dev.full(), mail=dev.wmail(g.dom(g.co("hr"))))


@T("API_KEY")
def ak_pipedrive_url(g):
    return R("""
«ask»

GET https://«co».pipedrive.com/api/v1/persons/search?term=bakkerij&api_token=«tok»
Response: {"success":false,"error":"unauthorized access","errorCode":401}""",
             ask=g.c(["Waarom krijg ik 401 terwijl het token in de URL staat?", "Why 401?",
                      "Hoe zoek ik op telefoonnummer in plaats van naam?"]),
             co=slug(g.co(g.c(["event", "clean", "hr"])))[:12], tok=g.key("pipedrive"))


@T("API_KEY")
def ak_hf_notebook(g):
    dev = g.person()
    return R("""
«ask»

In [3]:
from huggingface_hub import login
login(token="«tok»")
from transformers import pipeline
ner = pipeline("ner", model="wietsedv/bert-base-dutch-cased-finetuned-conll2002-ner")
ner("«tekst»")
Out[3]: OSError: You are trying to access a gated repo.""",
             ask=g.c(["Hoe krijg ik toegang tot dit model?", "How do I fix the gated repo error?",
                      "Is dit model goed genoeg om namen te herkennen?"]),
             tok=g.key("hf"), tekst=S("Afspraak met ", g.person().full(), " op kantoor"))


@T("API_KEY")
def ak_terraform_do(g):
    dev = g.person()
    return R("""
«ask»

# terraform.tfvars
do_token     = "«tok»"
region       = "ams3"
droplet_size = "s-2vcpu-4gb"
ssh_keys     = ["«fp»"]
admin_email  = "«mail»"
""",
             ask=g.c(["terraform plan geeft 'Unable to authenticate you', waarom?", "Why can't terraform authenticate?",
                      "Hoe zet ik dit in een aparte secrets file?"]),
             tok=g.key("do"), fp=":".join(g.hexs(2) for _ in range(16)), mail=dev.mail())


@T("API_KEY")
def ak_telegram_planning(g):
    pl = g.person()
    return R("""
«ask»

import requests
BOT = "«tok»"
CHAT = "-100«chat»"
def meld(kenteken, plaats, eta):
    tekst = f"🚛 {kenteken} bij {plaats}, ETA {eta}"
    requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage", data={"chat_id": CHAT, "text": tekst})

meld("«plate»", "Moerdijk", "«tm»")  # test door «pl»""",
             ask=g.c(["Berichten komen niet aan in de groep, waarom?", "Why doesn't the group get messages?",
                      "Kan dit ook met een foto van de CMR?"]),
             tok=g.key("telegram"), chat=g.digits(10, True), plate=g.plate("truck", "dash"), tm=g.tm("colon"),
             pl=pl.first())


@T("API_KEY")
def ak_anthropic_env(g):
    dev = g.person()
    return R("""
«ask»

.env
ANTHROPIC_API_KEY=«key»
MODEL=claude-3-5-sonnet-latest
MAX_TOKENS=1024

$ python offerte_bot.py
anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}""",
             ask=g.c(["Waarom zegt hij invalid x-api-key? De key is net aangemaakt.", "Why invalid x-api-key?",
                      "Wat doe ik fout?"]),
             key=g.key("anthropic"))


@T("API_KEY")
def ak_moneybird(g):
    dev = g.person()
    return R("""
«ask»

import requests
TOKEN = "«tok»"
ADMIN = "«adm»"
h = {"Authorization": f"Bearer {TOKEN}"}
r = requests.get(f"https://moneybird.com/api/v2/{ADMIN}/sales_invoices.json?filter=state:late", headers=h)
for f in r.json():
    print(f["invoice_id"], f["contact"]["company_name"], f["total_price_incl_tax"])""",
             ask=g.c(["Hoe maak ik hier een herinneringsmail van per klant?", "Kan dit naar Excel?",
                      "Why do I only get 25 invoices?"]),
             tok=g.key("moneybird"), adm=g.digits(18, True))


@T("API_KEY")
def ak_bol_retailer(g):
    dev = g.person()
    shop = g.co("shop")
    return R("""
«ask»

# bol.com Retailer API – «shop»
CLIENT_ID = "«cid»"
CLIENT_SECRET = "«sec»"
token = requests.post("https://login.bol.com/token?grant_type=client_credentials",
                      auth=(CLIENT_ID, CLIENT_SECRET)).json()["access_token"]
# open orders ophalen voor verzending vandaag vóór «tm»""",
             ask=g.c(["Ik krijg 'invalid_client', waarom?", "Hoe haal ik nu de openstaande orders op?",
                      "How do I refresh the token automatically?"]),
             shop=shop, cid=g.uuid(), sec=g.key("bol_secret"), tm=g.tm("colon"))


@T("API_KEY")
def ak_sendcloud_woo(g):
    o = g.person()
    return R("""
«ask»

WooCommerce > Instellingen > Sendcloud
Public key: «pub»
Secret key: «sec»
Standaard verzendmethode: PostNL standaard 0-23kg
Afzender: «co», «adres», «pc» «town»
Status: ❌ Koppeling mislukt (401)""",
             ask=g.c(["Waarom mislukt de koppeling?", "Wat moet ik controleren?", "Why does the connection fail?"]),
             pub=g.hexs(32), sec=g.key("sendcloud"), co=g.co("shop"), adres=g.adres(), pc=g.pc(), town=g.town())


@T("API_KEY")
def ak_graph_secret(g):
    adm = g.person()
    client = g.co("client")
    return R("""
«ask»

# offboarding script «client»
$TenantId     = "«ten»"
$ClientId     = "«cid»"
$ClientSecret = "«sec»"
$body = @{ grant_type="client_credentials"; scope="https://graph.microsoft.com/.default"; client_id=$ClientId; client_secret=$ClientSecret }
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body).access_token
# blokkeer «leaver» per «d»
Invoke-RestMethod -Method PATCH -Uri "https://graph.microsoft.com/v1.0/users/«upn»" -Headers @{Authorization="Bearer $token"} -Body '{"accountEnabled": false}' -ContentType "application/json\"""",
             ask=g.c(["Ik krijg 403 Authorization_RequestDenied, welke permissie mist er?",
                      "Which Graph permission is missing here?", "Kan dit ook de mailbox omzetten naar shared?"]),
             client=client, ten=g.uuid(), cid=g.uuid(), sec=g.key("azure_secret"), leaver=(lv := g.person()).full(),
             d=g.kdate("long"), upn=lv.wmail(g.dom(client)))


@T("API_KEY")
def ak_messagebird_zorg(g):
    c = g.person()
    return R("""
«ask»

// SMS-herinnering bezoek wijkverpleging
const messagebird = require('messagebird').initClient('«key»');
messagebird.messages.create({
  originator: 'Wijkzorg',
  recipients: ['«tel»'],
  body: 'Beste «c», morgen komt de wijkverpleging tussen «t1» en «t2».'
}, (err, res) => console.log(err || res.id));""",
             ask=g.c(["Hoe stuur ik dit naar alle cliënten van morgen?", "Why is the originator rejected?",
                      "Kan de tekst ook in het Turks?"]),
             key=g.key("messagebird"), tel=g.tel("mob", g.c(["+316{8}", "316{8}"]).replace("316{8}", "+316{8}")),
             c=S(c.title(), " ", c.sur()), t1=g.tm("colon"), t2=K("%d:30" % g.n(12, 16)))


@T("API_KEY")
def ak_cloudflare_dns(g):
    dev = g.person()
    return R("""
«ask»

#!/usr/bin/env bash
# update A-record voor kantoor (dynamisch IP) – «dev»
CF_TOKEN="«tok»"
ZONE="«zone»"
IP=$(curl -s https://ipv4.icanhazip.com)
curl -s -X PUT "https://api.cloudflare.com/client/v4/zones/$ZONE/dns_records/«rec»" \\
  -H "Authorization: Bearer $CF_TOKEN" -H "Content-Type: application/json" \\
  --data "{\\"type\\":\\"A\\",\\"name\\":\\"vpn.«dom»\\",\\"content\\":\\"$IP\\",\\"ttl\\":120}"
""",
             ask=g.c(["Waarom krijg ik code 10000 Authentication error?", "Hoe draai ik dit elke 5 minuten?",
                      "Is er iets onveilig aan dit script?"]),
             dev=dev.full(), tok=g.key("cloudflare"), zone=g.hexs(32), rec=g.hexs(32), dom=g.dom(g.co("it")))


@T("API_KEY")
def ak_gitlab_ci(g):
    dev = g.person()
    return R("""
«ask»

.gitlab-ci.yml
deploy:
  stage: deploy
  script:
    - git clone https://oauth2:«tok»@gitlab.com/«grp»/offerte-tool.git
    - cd offerte-tool && ./deploy.sh
  only: [main]
# pipeline van «dev», faalt sinds «d»""",
             ask=g.c(["Waarom faalt de clone stap?", "Why does the clone step fail?", "Hoe kan dit netter?"]),
             tok=g.key("gitlab"), grp=slug(g.co(g.c(["event", "re", "acc"])))[:12], dev=dev.first(),
             d=g.kdate("wd", g.past(10)))


@T("API_KEY")
def ak_npmrc(g):
    return R("""
«ask»

.npmrc
@«scope»:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«tok»

npm ERR! code E404
npm ERR! 404 Not Found - GET https://registry.npmjs.org/@«scope»%2fhuisstijl""",
             ask=g.c(["Waarom vindt npm ons private package niet?", "Why 404 on our private package?",
                      "Wat klopt er niet?"]),
             scope=slug(g.co(g.c(["photo", "event", "tr"])))[:10], tok=g.key("npm"))


@T("API_KEY")
def ak_mapbox_routes(g):
    pl = g.person()
    return R("""
«ask»

mapboxgl.accessToken = '«tok»';
const map = new mapboxgl.Map({ container: 'ritten', style: 'mapbox://styles/mapbox/streets-v12', center: [5.12, 52.09], zoom: 7 });
// ritten van vandaag: «plate1» (Tilburg → Venlo), «plate2» (Zwolle → Rotterdam)
// gemaakt door «pl»""",
             ask=g.c(["Hoe teken ik de ritten als lijnen?", "How do I draw the routes as lines?",
                      "De kaart laadt niet, waarom?"]),
             tok=g.key("mapbox"), plate1=g.plate("truck", "dash"), plate2=g.plate("truck", "dash"), pl=pl.first())


@T("API_KEY")
def ak_trello_script(g):
    dev = g.person()
    return R("""
«ask»

KEY = "«key»"
TOKEN = "«tok»"
BOARD = "«board»"
cards = requests.get(f"https://api.trello.com/1/boards/{BOARD}/cards", params={"key": KEY, "token": TOKEN}).json()
for c in cards:
    if "bruiloft" in c["name"].lower():
        print(c["name"], c["due"])""",
             ask=g.c(["Hoe filter ik op de lijst 'Deze week'?", "How do I filter by list?", "Kan dit als tabel?"]),
             key=g.key("trello_key"), tok=g.key("trello_tok"), board=g.rs(8))


@T("API_KEY")
def ak_dropbox_photo(g):
    ph, cl = g.people(2)
    return R("""
«ask»

import dropbox
dbx = dropbox.Dropbox("«tok»")
map_ = "/Klanten/«cl»/bruiloft"
for f in os.listdir("export"):
    with open(f"export/{f}", "rb") as fh:
        dbx.files_upload(fh.read(), f"{map_}/{f}")
# ~400 foto's, loopt vast na 150 MB""",
             ask=g.c(["Hoe upload ik grote bestanden in delen?", "How do I upload files over 150 MB?",
                      "Waarom stopt dit halverwege?"]),
             tok=g.key("dropbox"), cl=S(cl.full(), " & ", g.person().first()))


@T("API_KEY")
def ak_datadog_docker(g):
    return R("""
«ask»

docker run -d --name dd-agent \\
  -e DD_API_KEY=«key» \\
  -e DD_SITE="datadoghq.eu" \\
  -e DD_HOSTNAME=«host» \\
  -v /var/run/docker.sock:/var/run/docker.sock:ro \\
  gcr.io/datadoghq/agent:7""",
             ask=g.c(["Er komen geen metrics binnen, wat mis ik?", "Why don't I see any metrics?",
                      "Hoe zet ik dit in docker compose?"]),
             key=g.key("datadog"), host=slug(g.co("client"))[:10] + "-srv0" + str(g.n(1, 4)))


@T("API_KEY")
def ak_mistral_en(g):
    dev = g.person()
    return R("""
Why does this return 401 Unauthorized? The key works in the playground.

import os, requests
headers = {"Authorization": "Bearer «key»"}
payload = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Vertaal naar het Frans: «zin»"}]}
print(requests.post("https://api.mistral.ai/v1/chat/completions", json=payload, headers=headers).status_code)
# «dev», «co»""",
             key=g.key("mistral"), zin=g.c(["uw bestelling is verzonden", "de afspraak is verplaatst",
                                              "bedankt voor uw offerteaanvraag"]), dev=dev.full(), co=g.co("tr"))


@T("API_KEY")
def ak_exact_oauth(g):
    dev = g.person()
    return R("""
«ask»

[exact]
client_id = "«cid»"
client_secret = "«sec»"
redirect_uri = "https://koppeling.«dom»/callback"
division = «div»
# webhook secret voor mutaties
webhook_secret = "«wh»"
contact = "«mail»"
""",
             ask=g.c(["Hoe ververs ik het refresh token voordat het verloopt?", "Wat zit er fout in deze config?",
                      "Why does Exact return invalid_client?"]),
             cid=g.uuid(), sec=g.key("exact"), dom=g.dom(g.co("acc")), div=g.digits(7, True),
             wh=g.key("exact"), mail=dev.mail())


@T("API_KEY")
def ak_gemini_appscript(g):
    dev = g.person()
    return R("""
«ask»

// Google Apps Script – offerteteksten vertalen in de sheet
const GEMINI_KEY = '«key»';
function vertaal(tekst, taal) {
  const url = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=' + GEMINI_KEY;
  const body = { contents: [{ parts: [{ text: 'Vertaal naar ' + taal + ': ' + tekst }] }] };
  const res = UrlFetchApp.fetch(url, { method: 'post', contentType: 'application/json', payload: JSON.stringify(body) });
  return JSON.parse(res).candidates[0].content.parts[0].text;
}
// «dev» - «co»""",
             ask=g.c(["Hoe zorg ik dat dit niet bij elke cel opnieuw draait?", "Quota exceeded, wat nu?",
                      "Kan dit ook in batches?"]),
             key=g.key("gemini"), dev=dev.first(), co=g.co("tr"))


@T("API_KEY")
def ak_ci_secrets_table(g):
    dev = g.person()
    return R("""
«ask»

| Variabele | Waarde | Omgeving |
|---|---|---|
| STRIPE_SECRET | «k1» | production |
| OPENAI_API_KEY | «k2» | production |
| SENTRY_ENV | production | all |
| MAIL_REPLY_TO | «mail» | all |""",
             ask=g.c(["Welke van deze variabelen moet ik als 'masked' markeren?", "Which of these should be protected?",
                      "Zet dit om naar een .env bestand:"]),
             k1=g.key(g.c(["stripe", "stripe_rk"])), k2=g.key("openai"), mail=dev.mail())


# ==============================================================================================
# BSN: a citizen service number (passes the 11-proef) in the pasted material
# ==============================================================================================
@T("BSN")
def bsn_aangifte_ib(g):
    p, q = g.people(2)
    return R("""
«ask»

Klant: «p»
BSN: «bsn»
Geboortedatum: «dob»
Adres: «addr»
Fiscaal partner: «q» (geb. «dob2»)
Inkomsten «yr»: loon «loon», WOZ-waarde woning «woz», hypotheekrente betaald «rente»
IBAN voor teruggaaf: «iban»""",
             ask=g.c(["Bereken grofweg of deze klant geld terugkrijgt bij de aangifte IB:",
                      "Welke aftrekposten kan deze klant nog benutten?", "Maak een checklist voor de aangifte IB:"]),
             p=p.full(), bsn=g.bsn(), dob=g.dob(), addr=g.addr(", "), q=q.full(), dob2=g.dob("num"),
             yr=K("2025"), loon=g.eur(28000, 91000, "eu"), woz=g.eur(240000, 690000, "int"),
             rente=g.eur(3000, 17000, "eu"), iban=g.iban())


@T("BSN")
def bsn_personeelsformulier(g):
    p = g.person()
    return R("""
«ask»

PERSONEELSFORMULIER
Achternaam: «sur»
Voornamen: «fn»
Geboortedatum: «dob»   Geboorteplaats: «bp»
Adres: «adres»
Postcode/woonplaats: «pc»  «town»
Tel: «tel»
E-mail: «mail»
BSN: «bsn»
IBAN: «iban»
Loonheffingskorting toepassen: JA
Datum in dienst: «start»""",
             ask=g.c(["Zet dit om naar het importformaat van Nmbrs:", "Check dit formulier op ontbrekende velden:",
                      "Maak hier een welkomstbrief van:"]),
             sur=p.surl() if not p.tv else M("PERSOON", p.l + ", " + p.tv), fn=p.first(), dob=g.dob(),
             bp=g.c(TOWNS + ["Istanbul", "Nador", "Paramaribo", "Willemstad", "Gdańsk", "Aleppo", "Asmara", "Kyiv"]),
             adres=g.adres(), pc=g.pc(), town=g.town(), tel=g.tel("mob"), mail=p.mail(), bsn=g.bsn(), iban=g.iban(),
             start=g.kdate("num"))


@T("BSN")
def bsn_uitzend_intake(g):
    k, r = g.people(2)
    return R("""
«ask»

Intake «d» – «r»
Kandidaat: «k», «age» jaar, woont in «town»
ID gecontroleerd (paspoort), BSN «bsn», geb. «dob»
Rijbewijs B + heftruckcertificaat, eigen vervoer. Beschikbaar vanaf «start», ma t/m vr, geen nachten.
Wensen: «uur» p/u, max 30 min reistijd. Mobiel «tel».
Geschikt voor orderpicker bij klant in «town2».""",
             ask=g.c(["Schrijf een korte kandidaatpresentatie voor de klant (zonder privégegevens):",
                      "Maak hier een profiel van voor ons ATS:", "Summarize this intake in English:"]),
             d=g.kdate("num"), r=r.first(), k=k.full(), age=str(age := g.n(19, 58)), town=g.town(), bsn=g.bsn(),
             dob=g.dob("num", age + 1, age + 1), start=g.kdate("wd"), uur=g.eur(14, 18, "eu"), tel=g.tel("mob"), town2=g.town())


@T("BSN")
def bsn_zorgplan(g):
    c, h = g.people(2)
    rel = g.c(["dochter", "zoon", "schoondochter", "buurvrouw"])
    m = g.person(female=rel != "zoon")
    return R("""
«ask»

ZORGPLAN – Wijkverpleging
Cliënt: «c»   geb. «dob»
BSN: «bsn»
Adres: «adres», «town»
Huisarts: «h»
Contactpersoon: «m» («rel»), «tel»
Indicatie: 7 uur per week persoonlijke verzorging, medicatie aanreiken 2x daags
Doel: cliënt kan zelfstandig douchen met hulpmiddelen binnen 3 maanden
Evaluatie: «ev»""",
             ask=g.c(["Herschrijf de doelen SMART:", "Maak hier een evaluatieformulier bij:",
                      "Vat dit zorgplan samen in 3 zinnen:"]),
             c=c.full(), dob=g.dob(lo=70, hi=96), bsn=g.bsn(), adres=g.adres(), town=g.town(),
             h=S("dr. ", h.ini1() if g.ch() else h.sur()), m=m.full(), rel=rel,
             tel=g.tel("any"), ev=g.kdate("long"))


@T("BSN")
def bsn_ggz_overdracht(g):
    p, b, ha = g.people(3)
    return R("""
«ask»

Overdracht behandelaar GGZ
Patiënt: «p», «dob», BSN «bsn»
Verwezen door huisarts «ha» i.v.m. somberheidsklachten en slaapproblemen.
Behandeling: 8 sessies CGT afgerond, PHQ-9 van 19 naar 9. Terugvalpreventieplan besproken.
Vervolg: 2 sessies bij «b» op «d1» en «d2».""",
             ask=g.c(["Maak hier een afsluitbrief aan de huisarts van:", "Schrijf dit in begrijpelijke taal voor de patiënt:",
                      "Korter aub, max 5 regels:"]),
             p=p.full(), dob=g.dob("num"), bsn=g.bsn(), ha=ha.ini1(), b=b.full(), d1=g.kdate("wd"), d2=g.kdate("wd"))


@T("BSN")
def bsn_gemeente_ondernemer(g):
    o, m = g.people(2)
    return R("""
«ask»

Van: «o» <«mail»>
Aan: Ondernemersloket «gem»
Onderwerp: aanvraag Bbz

Goedemiddag,

Ik heb een eenmanszaak (KvK «kvk») in de «branche» en mijn omzet is sinds «maand» bijna gehalveerd. Ik wil graag een Bbz-uitkering aanvragen. Mijn gegevens: BSN «bsn», geboren «dob», adres «adres», «town». Ik ben bereikbaar op «tel».

Met vriendelijke groet,
«o2»""",
             ask=g.c(["Schrijf een vriendelijke ontvangstbevestiging:", "Welke documenten moet deze ondernemer nog aanleveren?",
                      "Vat deze aanvraag samen voor de consulent:"]),
             o=o.full(), mail=o.mail(), gem=g.co("gem").split(" ", 1)[1], kvk=g.kvk(),
             branche=g.c(["schoonmaak", "kapperszaak", "fotografie", "bezorging", "horeca"]),
             maand=K(g.c(MONTHS[:9])), bsn=g.bsn(), dob=g.dob(), adres=g.adres(), town=g.town(), tel=g.tel("mob"),
             o2=o.first())


@T("BSN")
def bsn_whatsapp_boekhouder(g):
    k, b = g.people(2)
    kl = k.low() if g.ch() else k.first()
    return R("""
«ask»

«chat»""",
             ask=g.c(["Maak van deze chat een lijst met wat ik nog nodig heb voor de aangifte:", "vat samen",
                      "Wat moet ik deze klant nog vragen?"]),
             chat=wa(g, [
                 (b.first(), S("Hoi ", k.first(), ", voor de aangifte heb ik nog je BSN en die van je partner nodig")),
                 (kl, S("mijn bsn is ", g.bsn("plain"))),
                 (kl, S("van ", g.person().first(), " is ", g.bsn("plain"), " geloof ik, check ik vanavond")),
                 (b.first(), S("Top. En de jaaropgave van je werkgever?")),
                 (kl, S("die stuur ik naar ", b.mail())),
             ]))


@T("BSN")
def bsn_excel_medewerkers(g):
    ps = g.people(g.n(3, 4))
    rows = [S(p.full(), "\t", g.dob("num"), "\t", g.bsn(g.c(["plain", "dot"])), "\t",
              g.c(["40", "32", "24", "36"]), "\t", g.c(["Chauffeur", "Planner", "Magazijn", "Monteur"])) for p in ps]
    return R("""
«ask»

Naam	Geb.datum	BSN	Uren	Functie
«rows»""",
             ask=g.c(["Maak hier een Markdown-tabel van, gesorteerd op functie:", "Wie zit boven de 32 uur?",
                      "Zet dit om naar CSV voor de salarisadministratie:"]),
             rows=J("\n", rows))


@T("BSN")
def bsn_sql_insert(g):
    p = g.person()
    return R("""
«ask»

INSERT INTO medewerkers (voornaam, achternaam, bsn, geboortedatum, iban, email, in_dienst)
VALUES ('«fn»', '«ln»', '«bsn»', '«dob»', '«iban»', '«mail»', '«start»');
-- Error 1406: Data too long for column 'iban' at row 1""",
             ask=g.c(["Waarom krijg ik deze fout?", "Why do I get this error?", "Hoe moet de kolom eruit zien?"]),
             fn=p.first(), ln=p.surl(), bsn=g.bsn("plain"), dob=g.dob("iso"), iban=g.iban(True),
             mail=p.mail(), start=g.kdate("iso"))


@T("BSN")
def bsn_json_payroll(g):
    p = g.person()
    return R("""
«ask»

POST /api/v1/employees
{
  "firstName": "«fn»",
  "lastName": "«ln»",
  "bsn": "«bsn»",
  "dateOfBirth": "«dob»",
  "address": { "street": "«adres»", "zipCode": "«pc»", "city": "«town»" },
  "iban": "«iban»",
  "startDate": "«start»"
}
Response 422: {"errors":{"address.street":"house number must be separate field"}}""",
             ask=g.c(["Hoe splits ik straat en huisnummer?", "How do I fix this 422?", "Wat is er mis met mijn request?"]),
             fn=p.first(), ln=p.surl(), bsn=g.bsn("plain"), dob=g.dob("iso"), adres=g.adres(), pc=g.pc(False),
             town=g.town(), iban=g.iban(False), start=g.kdate("iso"))


@T("BSN")
def bsn_csv_loon(g):
    ps = g.people(3)
    rows = [S(p.surl(), ";", p.first(), ";", g.bsn("plain"), ";", g.iban(False), ";", g.eur(1900, 4800, "csv").value)
            for p in ps]
    return R("""
«ask»

achternaam;voornaam;bsn;iban;bruto
«rows»""",
             ask=g.c(["Import in Loket.nl faalt, wat klopt er niet aan deze CSV?", "Check deze export:",
                      "Convert this to Excel-friendly format:"]),
             rows=J("\n", rows))


@T("BSN")
def bsn_en_letter(g):
    p, h = g.people(2)
    co = g.co(g.c(["log", "clean", "hr"]))
    return R("""
Please draft an employment confirmation letter for the landlord, based on:

Employee: «p»
Date of birth: «dob»
Citizen service number (BSN): «bsn»
Employer: «co»
Position: «pos», permanent contract since «since»
Gross monthly salary: «sal»
HR contact: «h», «mail»""",
             p=p.full(), dob=g.dob("enlong"), bsn=g.bsn(), co=co, pos=g.c(["warehouse supervisor", "planner",
                                                                             "team lead cleaning", "recruiter"]),
             since=K(fdate(g.past(900), "enlong")), sal=g.eur(2600, 4800, "en"), h=h.full(), mail=h.wmail(g.dom(co)))


@T("BSN")
def bsn_german(g):
    p, h = g.person("de"), g.person()
    return R("""
«ask»

Sehr geehrte Damen und Herren,

ich wohne in «town» und arbeite seit «since» als Grenzgänger bei «co» in den Niederlanden. Für die Steuererklärung benötige ich eine Bescheinigung. Meine Daten:
Name: «p»
Geburtsdatum: «dob»
Bürgerservicenummer (BSN): «bsn»
Anschrift: «addr»

Mit freundlichen Grüßen
«p2»""",
             ask=g.c(["Vertaal naar het Nederlands:", "Schrijf een antwoord in het Duits:", "Wat vraagt deze persoon?"]),
             town=g.c(DE_TOWNS)[1], since=K(fdate(g.past(700), "delong")), co=g.co(g.c(["log", "clean"])),
             p=p.full(), dob=g.dob("dot"), bsn=g.bsn(), addr=g.addr_de(", "), p2=p.full())


@T("BSN")
def bsn_overlijden(g):
    o, n, u = g.people(3)
    return R("""
«ask»

Gegevens aangifte overlijden
Overledene: «o»
Geboren: «dob» te «bp»
BSN: «bsn»
Laatste adres: «addr»
Overleden op: «dod» om «tod» in «place»
Burgerlijke staat: «staat»
Opdrachtgever: «n» («rel»), tel. «tel»
Uitvaartverzorger: «u»""",
             ask=g.c(["Schrijf een concept-rouwadvertentie op basis van deze gegevens:",
                      "Maak hier een checklist van voor de eerste 48 uur:", "Controleer of alles compleet is:"]),
             o=o.full(), dob=g.dob("long", lo=60, hi=99), bp=g.town(), bsn=g.bsn(), addr=g.addr(", "),
             dod=K(fdate(g.past(5), "long")), tod=g.tm("colon"), place=g.c(["thuis", "het ziekenhuis", "het hospice"]),
             staat=g.c(["gehuwd", "weduwe", "weduwnaar", "ongehuwd"]), n=n.full(),
             rel=g.c(["zoon", "dochter", "echtgenote", "kleinzoon"]), tel=g.tel("mob"), u=u.full())


@T("BSN")
def bsn_huurder_screening(g):
    h, m = g.people(2)
    return R("""
«ask»

Inschrijfformulier huurwoning «adres» («rent» p/m)
Naam: «h»
Geboortedatum: «dob»
BSN: «bsn»
Huidig adres: «addr»
Werkgever: «wg», bruto jaarinkomen «inc»
Telefoon: «tel» / e-mail «mail»
Bezichtiging: «d» om «tm» met «m»""",
             ask=g.c(["Mogen we als makelaar eigenlijk om een BSN vragen? En schrijf een reactie aan de kandidaat:",
                      "Is deze kandidaat financieel geschikt bij 4x de huur?", "Vat samen:"]),
             adres=g.adres(), rent=g.eur(1100, 2300, g.c(["eu", "dash"])), h=h.full(), dob=g.dob(), bsn=g.bsn(),
             addr=g.addr(", "), wg=g.co(g.c(["client", "log", "hr"])), inc=g.eur(38000, 90000, "int"),
             tel=g.tel("mob"), mail=h.mail(), d=g.kdate("wd"), tm=g.tm("colon"), m=m.first())


@T("BSN")
def bsn_letselschade(g):
    s, a = g.people(2)
    return R("""
«ask»

SCHADEFORMULIER PERSONENSCHADE
Benadeelde: «s»
Geb.datum: «dob»   BSN: «bsn»
Adres: «addr»
Datum ongeval: «d»   Plaats: kruising «street»/«street2», «town»
Voertuig tegenpartij: «plate»
Letsel: whiplash, fysiotherapie 12 behandelingen
Behandelaar dossier: «a»""",
             ask=g.c(["Maak een korte samenvatting voor de verzekeraar:", "Welke informatie mist er nog?",
                      "Write a summary in English for the reinsurer:"]),
             s=s.full(), dob=g.dob(), bsn=g.bsn(), addr=g.addr(", "), d=g.kdate("long", g.past(90)),
             street=g.street(), street2=g.street(), town=g.town(), plate=g.plate(), a=a.full())


@T("BSN")
def bsn_brp_vertaling(g):
    p = g.person()
    return R("""
«ask»

UITTREKSEL BASISREGISTRATIE PERSONEN
Gemeente «gem»
Burgerservicenummer ........ «bsn»
Geslachtsnaam .............. «sur»
Voornamen .................. «fn»
Geboortedatum .............. «dob»
Geboorteplaats ............. «bp»
Adres ...................... «adres»
Postcode en woonplaats ..... «pc» «town»
Datum uitgifte: «iss»""",
             ask=g.c(["Vertaal naar het Engels voor een beëdigde vertaling, behoud de opmaak:",
                      "Translate into English, keep the layout:", "Vertaal naar het Spaans:"]),
             gem=g.town(), bsn=g.bsn(g.c(["dot4", "plain"])), sur=p.upsur(), fn=p.first(), dob=g.dob("long"),
             bp=g.c(["Rotterdam", "Paramaribo", "Tilburg", "Casablanca", "Ankara", "Amsterdam"]), adres=g.adres(),
             pc=g.pc(), town=g.town(), iss=g.kdate("long", g.past(20)))


@T("BSN")
def bsn_toeslagen_mail(g):
    k, pa, b = g.people(3)
    return R("""
«ask»

---------- Forwarded message ---------
Van: «k» <«mail»>
Onderwerp: huurtoeslag

Hoi «b»,
We hebben een brief gekregen dat we «amt» huurtoeslag moeten terugbetalen. Kun jij kijken wat er mis is gegaan? Mijn BSN is «bsn1» en van «pa» «bsn2». Ons inkomen is in «yr» omhoog gegaan door de nieuwe baan van «pa2».
Groetjes «k2»""",
             ask=g.c(["Leg in simpele woorden uit wat hier waarschijnlijk aan de hand is:", "Schrijf een antwoord aan de klant:",
                      "Wat moet ik nakijken?"]),
             k=k.full(), mail=k.mail(), b=b.first(), amt=g.eur(400, 3200, g.c(["eu", "euroint", "intn"])),
             bsn1=g.bsn(), pa=pa.first(), bsn2=g.bsn(), yr=K("2025"), pa2=pa.first(), k2=k.first())


@T("BSN")
def bsn_teams_hr(g):
    a, b, c = g.people(3)
    return R("""
«ask»

Transcript – HR-overleg
[00:02:11] «a»: Voor «c» moeten we de loonheffing nog aanmelden, heb je het BSN?
[00:02:16] «b»: Ja, «bsn». Staat ook op de kopie van het ID.
[00:02:22] «a»: En de startdatum was «d»?
[00:02:25] «b»: Klopt, contract tot en met «d2».
[00:02:31] «a»: Prima, dan zet ik het vandaag door naar het administratiekantoor.""",
             ask=g.c(["Vat dit overleg samen met actiepunten:", "Summarize with action items:", "Maak notulen:"]),
             a=a.full(), b=b.full(), c=c.full(), bsn=g.bsn(), d=g.kdate("wd", g.past(10)), d2=g.kdate("long"))


@T("BSN")
def bsn_ocr_paspoort(g):
    p = g.person()
    d = g.dob_date()
    return R("""
«ask»

KONINKRIJK DER NEDERLANDEN  PASPOORT
Naam/Surname  «sur»
Voornamen/Given names  «fn»
Geboortedatum/Date of birth  «dob»
Persoonsnummer/Personal no.  «bsn»
Geldig tot/Date of expiry  «exp»
P<NLD«mrz»<<<<<<<<<<<<<<<""",
             ask=g.c(["Lees de gegevens uit deze scan en zet ze in een tabel:", "OCR is rommelig, kun je dit opschonen?",
                      "Klopt de geldigheid nog voor de indiensttreding?"]),
             sur=p.upsur(), fn=M("PERSOON", p.f.upper()), dob=M("GEBOORTEDATUM", "%02d %s %d" % (
                 d.day, ["JAN/JAN", "FEB/FEB", "MAA/MAR", "APR/APR", "MEI/MAY", "JUN/JUN", "JUL/JUL", "AUG/AUG",
                         "SEP/SEP", "OKT/OCT", "NOV/NOV", "DEC/DEC"][d.month - 1], d.year)),
             bsn=g.bsn("dot4"), exp=K(fdate(g.day(2027, 2034), "num").replace("-", " ")),
             mrz=M("PERSOON", slug(p.l).upper() + "<<" + slug(p.f).upper()))


@T("BSN")
def bsn_loonbeslag(g):
    w, d_, hr = g.people(3)
    co = g.co(g.c(["log", "clean", "bak"]))
    return R("""
«ask»

BETEKENING BESLAG ONDER DERDEN (loonbeslag)
Aan: «co», t.a.v. de salarisadministratie
Geëxecuteerde: «w», geboren «dob», BSN «bsn», wonende «addr»
Vordering: «amt» (hoofdsom, rente en kosten)
Beslagvrije voet wordt door u berekend. Afdrachten onder vermelding van «dos» op «iban».
Gerechtsdeurwaarder «d»""",
             ask=g.c(["Wat moet ik als werkgever nu precies doen?", "Leg uit in gewone taal:",
                      "Schrijf een bericht aan de medewerker hierover:"]),
             co=co, w=w.full(), dob=g.dob("num"), bsn=g.bsn(), addr=g.addr(", "),
             amt=g.eur(800, 9000, "eu"), dos=g.ref("dos"), iban=g.iban(), d=d_.ini())


@T("BSN")
def bsn_kinderen_aangifte(g):
    p = g.person()
    kids = g.people(2, p.kind)
    return R("""
«ask»

Gegevens gezin voor aangifte/toeslagen:
Aanvrager: «p», BSN «b0»
Kind 1: «k1», geb. «d1», BSN «b1»
Kind 2: «k2», geb. «d2», BSN «b2»
Kinderopvang: «kov» uur per maand, uurtarief «rate»""",
             ask=g.c(["Bereken ongeveer de kinderopvangtoeslag:", "Wat heb ik nog meer nodig?",
                      "Zet in een tabel:"]),
             p=p.full(), b0=g.bsn(), k1=M("PERSOON", kids[0].f + " " + p._last()), d1=g.dob("num", 1, 12),
             b1=g.bsn(), k2=M("PERSOON", kids[1].f + " " + p._last()), d2=g.dob("num", 1, 12), b2=g.bsn(),
             kov=str(g.n(40, 140)), rate=g.eur(9, 11.5, "eu"))


@T("BSN")
def bsn_jira_payroll(g):
    p, a = g.people(2)
    return R("""
«ask»

«jira» Correctie loonstrook «p»
Reporter: «a»  Priority: High
Omschrijving: medewerker (BSN «bsn», personeelsnr «pnr») heeft in «mnd» 16 overuren niet uitbetaald gekregen. Graag correctie in de volgende run van «run».""",
             ask=g.c(["Schrijf een bericht aan de medewerker over de correctie:", "Maak dit ticket duidelijker:",
                      "Translate to English:"]),
             jira=g.ref("jira"), p=p.full(), a=a.full(), bsn=g.bsn(), pnr=str(g.n(1000, 9999)),
             mnd=K(g.c(MONTHS)), run=g.kdate("wd"))


@T("BSN")
def bsn_a1_verklaring(g):
    w, r = g.person("pl"), g.person()
    return R("""
«ask»

Dear «wf»,

For your A1 certificate we need the following details confirmed:
Name: «w»
Date of birth: «dob»
Dutch BSN: «bsn»
Polish PESEL: on file
Start of assignment: «start», client site «town»
Please reply before «dl».

Kind regards,
«r»
«ub»""",
             ask=g.c(["Translate to Polish:", "Vertaal naar het Pools:", "Make this shorter and clearer:"]),
             wf=w.first(), w=w.full(), dob=g.dob("num"), bsn=g.bsn(), start=K(fdate(g.workday(), "enlong")),
             town=g.town(), dl=K(fdate(g.workday(), "en")), r=r.full(), ub=g.co("hr"))


@T("BSN")
def bsn_pensioen(g):
    p = g.person()
    return R("""
«ask»

Uniform Pensioenoverzicht «yr»
«p»  |  geboren «dob»  |  BSN «bsn»
Werkgever: «co»
Opgebouwd ouderdomspensioen per jaar vanaf «age» jaar: «opg»
Te bereiken bij voortzetting: «ber»
Partnerpensioen bij overlijden: «pp»""",
             ask=g.c(["Leg dit pensioenoverzicht uit in gewone taal:", "Is dit genoeg om van te leven?",
                      "Explain this in English:"]),
             yr=K("2025"), p=p.full(), dob=g.dob("long"), bsn=g.bsn(), co=g.co(g.c(["log", "clean", "care"])),
             age=str(g.c([67, 67, 68])), opg=g.eur(1200, 9000, "eu"), ber=g.eur(9000, 24000, "eu"),
             pp=g.eur(4000, 16000, "eu"))


@T("BSN")
def bsn_webform(g):
    c = g.person()
    return R("""
«ask»

Nieuw bericht via contactformulier («shop»)
Naam: «c»
E-mail: «mail»
Ordernummer: «ord»
Bericht: ik heb de factuur nodig op naam voor mijn belastingaangifte, mijn bsn is «bsn» en mijn adres is «adres» in «town». Kunnen jullie die sturen?""",
             ask=g.c(["Schrijf een reactie op dit bericht:", "Hoe reageer ik hierop? We hebben geen BSN nodig.",
                      "Draft a polite reply:"]),
             shop=g.co("shop"), c=c.full(), mail=c.mail(), ord=g.ref(g.c(["shop", "ord", "bol"])), bsn=g.bsn(),
             adres=g.adres(), town=g.town())


@T("BSN")
def bsn_flemish_grensarbeider(g):
    p, r = g.person("be"), g.person()
    return R("""
«ask»

Dag «r»,

Ik begin op «start» bij jullie klant in «town». Hierbij mijn gegevens voor de Nederlandse loonadministratie:
naam: «p»
geboortedatum: «dob»
BSN-nummer: «bsn» (aangevraagd via RNI-loket)
adres: «addr»
gsm: «tel»
Mag ik vragen wanneer ik mijn eerste loon krijg?

Groeten,
«pf»""",
             ask=g.c(["Schrijf een antwoord met uitleg over de betaaldata:", "Maak hier een invoerformulier van:",
                      "Vat samen:"]),
             r=r.first(), start=g.kdate("wd"), town=g.town(), p=p.full(), dob=g.dob("slash"), bsn=g.bsn(),
             addr=g.addr_be(", "), tel=g.tel("be"), pf=p.first())


@T("BSN")
def bsn_vecozo(g):
    c = g.person()
    return R("""
«ask»

Declaratieregel afgekeurd (Vecozo retour)
Cliënt: «c»   BSN: «bsn»   geb.: «dob»
Prestatie: 1002 Persoonlijke verzorging, 14-02 t/m 28-02, 9,5 uur
Bedrag: «amt»
Retourcode: 8001 – Verzekerde niet gevonden op peildatum
Zorgverzekeraar volgens COV: n.v.t.""",
             ask=g.c(["Wat betekent retourcode 8001 en wat moet ik doen?", "Leg uit wat hier fout ging:",
                      "Schrijf een bericht aan de familie om de nieuwe verzekeraar te vragen:"]),
             c=c.full(), bsn=g.bsn(), dob=g.dob("num", lo=68, hi=97), amt=g.eur(300, 900, "eu"))


@T("BSN")
def bsn_schuldhulp(g):
    c, m = g.people(2)
    return R("""
«ask»

Intake schuldhulpverlening «gem» – «d»
Klant: «c» (BSN «bsn», geb. «dob»)
Woont met 2 kinderen op «adres». Werkt parttime als «werk», netto ca. «net» per maand.
Schulden: zorgverzekeraar «s1», energie «s2», huurachterstand 2 maanden.
Afspraak: budgetcoach «m» komt op «d2».""",
             ask=g.c(["Maak hier een nette intakeverslag van:", "Welke acties staan er open?", "Vat samen in B1-taal:"]),
             gem=g.co("gem"), d=g.kdate("num"), c=c.full(), bsn=g.bsn(), dob=g.dob(), adres=g.adres(),
             werk=g.c(["schoonmaker", "kassamedewerker", "thuiszorghulp", "bezorger"]), net=g.eur(900, 1600, "int"),
             s1=g.eur(300, 2400, "eu"), s2=g.eur(200, 1800, "eu"), m=m.full(), d2=g.kdate("wd"))


@T("BSN")
def bsn_voicemail(g):
    c = g.person()
    return R("""
«ask»

Voicemail «d» «tm»:
"Goedemorgen, u spreekt met «c». Ik bel over mijn aangifte, ik had een brief van de Belastingdienst. Mijn burgerservicenummer is «bsn». U kunt mij bellen op «tel». Dank u."
""",
             ask=g.c(["Maak een terugbelnotitie:", "Vat deze voicemail samen voor de collega:",
                      "Wat wil deze klant?"]),
             d=g.kdate("wd"), tm=g.tm("colon"), c=c.full(), bsn=g.bsn(g.c(["sp", "sp4", "plain"])), tel=g.tel("any"))


@T("BSN")
def bsn_machtiging(g):
    k, b = g.people(2)
    return R("""
«ask»

Machtiging aangifte inkomstenbelasting
Ondergetekende «k», BSN «bsn», geboren op «dob», machtigt «co» (medewerker «b») om namens hem/haar de aangifte IB over «yr» te verzorgen en in te dienen.
Tarief: «fee» incl. btw""",
             ask=g.c(["Klopt deze tekst juridisch een beetje?", "Maak dit formeler:", "Vertaal naar het Engels:"]),
             k=k.full(), bsn=g.bsn(), dob=g.dob("long"), co=g.co("acc"), b=b.full(), yr=K("2025"),
             fee=g.eur(95, 295, g.c(["eu", "dash", "euroint"])))


@T("BSN")
def bsn_fixture_yaml(g):
    p = g.person()
    return R("""
«ask»

# tests/fixtures/medewerker.yaml  (gekopieerd uit productie voor een bug, «dev»)
medewerker:
  naam: «p»
  bsn: "«bsn»"
  geboortedatum: «dob»
  iban: «iban»
  contract:
    uren: 32
    salaris: «sal»""",
             ask=g.c(["Waarom faalt de test op het veld geboortedatum?", "Why does the date parse fail?",
                      "Maak een tweede fixture voor een parttimer:"]),
             dev=g.person().first(), p=p.full(), bsn=g.bsn("plain"), dob=g.dob("iso"), iban=g.iban(False),
             sal=g.eur(2200, 4200, "csv"))


# ==============================================================================================
# SALARY_SLIP: a salary slip with its figures (they add up to the cent)
# ==============================================================================================
SLIP_TR = {
    "en": {"Salaris": "Salary", "Uurloon": "Hourly wage", "Overwerk 125%": "Overtime 125%",
           "Toeslag onregelmatige uren": "Irregular hours allowance", "Vakantietoeslag": "Holiday allowance",
           "Provisie": "Commission", "Ploegentoeslag": "Shift allowance", "Bruto loon": "Gross pay",
           "Pensioenpremie": "Pension contribution", "Premie WGA-hiaat": "WGA gap insurance",
           "Loonheffing": "Wage tax", "Reiskostenvergoeding": "Travel allowance",
           "Thuiswerkvergoeding": "Working from home allowance", "Personeelsvereniging": "Staff association",
           "Fietsplan": "Bike plan", "Netto uit te betalen": "Net pay"},
    "de": {"Salaris": "Gehalt", "Uurloon": "Stundenlohn", "Overwerk 125%": "Überstunden 125%",
           "Toeslag onregelmatige uren": "Zulage unregelm. Arbeitszeit", "Vakantietoeslag": "Urlaubsgeld",
           "Provisie": "Provision", "Ploegentoeslag": "Schichtzulage", "Bruto loon": "Bruttolohn",
           "Pensioenpremie": "Rentenbeitrag Pensionsfonds", "Premie WGA-hiaat": "WGA-Versicherung",
           "Loonheffing": "Lohnsteuer (NL)", "Reiskostenvergoeding": "Fahrtkostenerstattung",
           "Thuiswerkvergoeding": "Homeoffice-Pauschale", "Personeelsvereniging": "Personalverein",
           "Fietsplan": "Fahrradleasing", "Netto uit te betalen": "Auszahlungsbetrag"},
}
SLIP_CODE = {"earn": 1000, "bruto": 1999, "ded": 4000, "add": 6000, "netded": 7000, "netto": 9999}


HYPH = [("Reiskostenvergoeding", "Reiskosten-\nvergoeding"), ("Thuiswerkvergoeding", "Thuiswerk-\nvergoeding"),
        ("Personeelsvereniging", "Personeels-\nvereniging"), ("Pensioenpremie", "Pensioen-\npremie"),
        ("Toeslag onregelmatige uren", "Toeslag onregel-\nmatige uren"), ("Netto uit te betalen", "Netto uit te\nbetalen"),
        ("Vakantietoeslag", "Vakantie-\ntoeslag"), ("Ploegentoeslag", "Ploegen-\ntoeslag")]


def slip_render(g, sl, mode, lang="nl", neg=None, width=None):
    tr = SLIP_TR.get(lang, {})
    neg = g.ch(0.5) if neg is None else neg
    width = width or g.n(34, 46)
    out = []
    code = dict(SLIP_CODE)

    def nm(kind, name):
        n = tr.get(name, name)
        if kind == "add" and lang == "nl" and g.ch(0.5):
            n += " (onbelast)"
        return n

    def amt(kind, c):
        return ("-" if neg and kind in ("ded", "netded") else "") + sl.f(c)

    rows = sl.rows()
    if mode == "table":
        lead = g.c([" ", ".", " ", "_"])
        for kind, name, c, q, rt in rows:
            label = nm(kind, name)
            if q is not None:
                label += " %s x %s" % (q, sl.f(rt))
            a = amt(kind, c)
            pad = max(2, width - len(label) - len(a))
            if kind in ("bruto", "netto") and g.ch(0.5):
                out.append("-" * width)
            out.append(label + (" " * pad if lead == " " else " " + lead * (pad - 2) + " ") + a)
        return "\n".join(out)
    if mode == "tab":
        out.append("\t".join(["Omschrijving", "Aantal", "Tarief", "Bedrag"] if lang == "nl" else
                             ["Description", "Qty", "Rate", "Amount"]))
        for kind, name, c, q, rt in rows:
            out.append("\t".join([nm(kind, name), "" if q is None else str(q), "" if rt is None else sl.f(rt),
                                  amt(kind, c)]))
        return "\n".join(out)
    if mode == "csv":
        out.append("code;omschrijving;aantal;tarief;bedrag")
        for kind, name, c, q, rt in rows:
            code[kind] += 10 if kind not in ("bruto", "netto") else 0
            out.append(";".join([str(code[kind]), nm(kind, name), "" if q is None else str(q),
                                 "" if rt is None else sl.f(rt), amt(kind, c)]))
        return "\n".join(out)
    if mode == "md":
        out.append("| Omschrijving | Aantal | Tarief | Bedrag |" if lang == "nl" else
                   "| Item | Qty | Rate | Amount |")
        out.append("|---|---:|---:|---:|")
        for kind, name, c, q, rt in rows:
            b = "**" if kind in ("bruto", "netto") else ""
            out.append("| %s%s%s | %s | %s | %s%s%s |" % (b, nm(kind, name), b, "" if q is None else q,
                                                           "" if rt is None else sl.f(rt), b, amt(kind, c), b))
        return "\n".join(out)
    if mode == "json":
        items = []
        for kind, name, c, q, rt in rows:
            code[kind] += 10 if kind not in ("bruto", "netto") else 0
            it = '    {"code": "%d", "omschrijving": "%s", "soort": "%s"' % (code[kind], nm(kind, name), kind)
            if q is not None:
                it += ', "aantal": %s, "tarief": %s' % (q, sl.f(rt))
            it += ', "bedrag": %s}' % sl.f(c)
            items.append(it)
        return "[\n" + ",\n".join(items) + "\n  ]"
    if mode == "ocr":
        def noise(s):
            s2 = ""
            for ch in s:
                x = g.r.random()
                if ch == "l" and x < 0.25:
                    s2 += "1"
                elif ch == "o" and x < 0.2:
                    s2 += "0"
                elif ch == "i" and x < 0.15:
                    s2 += "í"
                elif ch == " " and x < 0.2:
                    s2 += "  "
                else:
                    s2 += ch
            return s2
        for kind, name, c, q, rt in rows:
            label = noise(nm(kind, name))
            if q is not None:
                label += " %s x %s" % (q, sl.f(rt))
            out.append(label + " " * g.n(2, 9) + g.c(["", "|", ":"]) + " " + amt(kind, c))
        return "\n".join(out)
    if mode == "pdf":
        for kind, name, c, q, rt in rows:
            label = nm(kind, name)
            for whole, broken in HYPH:
                if label.startswith(whole) and g.ch(0.5):
                    label = broken + label[len(whole):]
                    break
            if q is not None:
                label += "\n%s\n%s" % (q, sl.f(rt))
            out.append(label + "\n" + amt(kind, c))
        return "\n".join(out)
    if mode == "cols":
        out.append("BETALINGEN")
        for kind, name, c, q, rt in rows:
            if kind == "ded" and "INHOUDINGEN" not in out:
                out.append("INHOUDINGEN")
            if kind in ("add", "netded") and "NETTO-CORRECTIES" not in out:
                out.append("NETTO-CORRECTIES")
            label = nm(kind, name)
            if q is not None:
                label += " (%s à %s)" % (q, sl.f(rt))
            out.append("  %-*s %s" % (width - 8, label, amt(kind, c)))
        return "\n".join(out)
    raise ValueError(mode)


def slip_head(g, p, co, sl, lang="nl", pnr=True, extra=None):
    per = "%s %d" % ((MONTHS, MONTHS_EN, MONTHS_DE)[("nl", "en", "de").index(lang)][sl.month - 1], 2026
                     if sl.month <= 3 else 2025)
    lines = []
    if lang == "nl":
        lines.append(S(g.c(["LOONSTROOK", "Salarisspecificatie", "SALARISSTROOK", "Loonstrook"]), " ", K(per)))
        lines.append(S("Werkgever: ", co))
        lines.append(S("Werknemer: ", p.any() if g.ch(0.6) else p.revi()))
        if pnr:
            lines.append(S("Personeelsnummer: ", str(g.n(100, 9999)), g.c(["", "   Afdeling: " + g.c(
                ["Logistiek", "Zorg", "Verkoop", "Productie", "Planning", "Administratie"])])))
    elif lang == "en":
        lines.append(S("PAYSLIP ", K(per)))
        lines.append(S("Employer: ", co))
        lines.append(S("Employee: ", p.full()))
        if pnr:
            lines.append(S("Employee no.: ", str(g.n(100, 9999))))
    else:
        lines.append(S("Gehaltsabrechnung ", K(per)))
        lines.append(S("Arbeitgeber: ", co))
        lines.append(S("Arbeitnehmer: ", p.full()))
    if extra:
        lines += extra
    return J("\n", lines)


def slip_pay(g, sl, lang="nl"):
    iban = g.iban()
    if lang == "en":
        d = datetime.date(2026 if sl.month <= 3 else 2025, sl.month, g.n(22, 27))
        return S("Paid to ", iban, " on ", K(fdate(d, "enlong")))
    return S(g.c(["Uitbetaald op ", "Overgemaakt naar "]), iban)


SLIP_SECTORS = ["log", "care", "clean", "bak", "hr", "shop", "salon", "fun", "event", "bike", "acc", "re", "photo"]


@T("SALARY_SLIP")
def sl_klopt_pdf(g):
    p = g.person()
    sl = Slip(g, "plain", extras=["ow"])
    return R("""
«ask»

«head»
«body»
«pay»""",
             ask=g.c(["Klopt deze loonstrook? Ik mis volgens mij overuren.", "Kun je narekenen of dit klopt?",
                      "klopt dit wel?? netto is lager dan vorige maand"]),
             head=slip_head(g, p, g.co(g.c(SLIP_SECTORS)), sl), body=slip_render(g, sl, "pdf"), pay=slip_pay(g, sl))


@T("SALARY_SLIP")
def sl_en_explain(g):
    p = g.person()
    sl = Slip(g, "en")
    return R("""
Can you explain my payslip? I just moved to the Netherlands and don't understand the wage tax part.

«head»
«body»
«pay»""",
             head=slip_head(g, p, g.co(g.c(SLIP_SECTORS)), sl, "en"), body=slip_render(g, sl, "table", "en"),
             pay=slip_pay(g, sl, "en"))


@T("SALARY_SLIP")
def sl_excel_tab(g):
    p = g.person()
    sl = Slip(g, g.c(["plain", "nodot"]))
    return R("""
«ask»

«head»
«body»""",
             ask=g.c(["Maak hier een Excel-formule van die het netto narekent:", "Zet dit in een nette tabel:",
                      "Welke posten zijn belast en welke niet?"]),
             head=slip_head(g, p, g.co(g.c(SLIP_SECTORS)), sl), body=slip_render(g, sl, "tab"))


@T("SALARY_SLIP")
def sl_csv_export(g):
    p = g.person()
    sl = Slip(g, "csv")
    return R("""
«ask»

# export loonstrook periode «per», medewerker «p» («pnr»)
«body»""",
             ask=g.c(["Waarom telt mijn Excel-som niet op tot het netto?", "Zet deze export om naar een leesbare loonstrook:",
                      "Check these totals:"]),
             per=K("%d-%02d" % (2026 if sl.month <= 3 else 2025, sl.month)), p=p.full(), pnr=str(g.n(100, 9999)),
             body=slip_render(g, sl, "csv"))


@T("SALARY_SLIP")
def sl_json_api(g):
    p = g.person()
    sl = Slip(g, "csv")
    return R("""
«ask»

{
  "employee": {"name": "«p»", "number": «pnr», "iban": "«iban»"},
  "period": "«per»",
  "lines": «body»,
  "gross": «gross»,
  "net": «net»
}""",
             ask=g.c(["Maak hier een PDF-loonstrook van in HTML:", "Render this payslip as a table:",
                      "Waarom klopt 'net' niet met de regels?"]),
             p=p.full(), pnr=str(g.n(100, 9999)), iban=g.iban(False),
             per=K("%d-%02d" % (2026 if sl.month <= 3 else 2025, sl.month)), body=slip_render(g, sl, "json"),
             gross=sl.f(sl.bruto), net=sl.f(sl.netto))


@T("SALARY_SLIP")
def sl_ocr(g):
    p = g.person()
    sl = Slip(g, "plain")
    return R("""
«ask»

«head»
«body»
Loonheffingskorting: ja   Tabel: wit/maand
«pay»""",
             ask=g.c(["Dit is een scan van mijn loonstrook, kun je hem netjes uittypen?",
                      "OCR van loonstrook, kun je controleren of het klopt?", "Lees deze loonstrook uit:"]),
             head=slip_head(g, p, g.co(g.c(SLIP_SECTORS)), sl), body=slip_render(g, sl, "ocr"), pay=slip_pay(g, sl))


@T("SALARY_SLIP")
def sl_forward(g):
    p, a = g.people(2)
    co = g.co(g.c(SLIP_SECTORS))
    sl = Slip(g, "eu")
    return R("""
«ask»

«hdr»

Beste «pf»,

Hierbij de salarisspecificatie van «per» zoals gevraagd:

«body»

Het netto bedrag wordt op «d» overgemaakt naar «iban».

Met vriendelijke groet,
«a»
«acc»""",
             ask=g.c(["Leg uit waarom mijn netto anders is dan vorige maand:", "Vat deze mail samen:",
                      "Kun je dit vertalen naar het Turks voor mijn moeder?"]),
             hdr=hdr(g, a.full(), a.wmail(g.dom(g.co("acc"))), p.full(), p.mail(), "Salarisspecificatie"),
             pf=p.first(), per=K(MONTHS[sl.month - 1]), body=slip_render(g, sl, "table"), d=g.kdate("long"),
             iban=g.iban(), a=a.full(), acc=g.co("acc"))


@T("SALARY_SLIP")
def sl_whatsapp(g):
    p, b = g.people(2)
    sl = Slip(g, "plain", simple=g.ch())
    return R("""
«ask»

«chat»""",
             ask=g.c(["Help me antwoorden op deze vraag van mijn medewerker:", "Wat moet ik hierop zeggen?",
                      "Leg het verschil uit aan mijn collega:"]),
             chat=wa(g, [(p.low() if g.ch() else p.first(), S("hoi ", b.first(), " mijn loonstrook van ",
                                                              K(MONTHS[sl.month - 1]), " klopt niet denk ik:\n",
                                                              slip_render(g, sl, "ocr"))),
                         (p.low() if False else b.first(), S("Ik kijk ernaar!")),
                         ]))


@T("SALARY_SLIP")
def sl_markdown(g):
    p = g.person()
    sl = Slip(g, "eu")
    return R("""
«ask»

**Loonstrook «per» – «p»**  
Werkgever: «co»

«body»""",
             ask=g.c(["Kun je deze tabel omzetten naar een mooie PDF-layout?", "Herken je fouten in deze strook?",
                      "Maak hier een grafiek-idee bij:"]),
             per=K(MONTHS[sl.month - 1]), p=p.full(), co=g.co(g.c(SLIP_SECTORS)), body=slip_render(g, sl, "md"))


@T("SALARY_SLIP")
def sl_uitzend_week(g):
    p = g.person(g.c(["pl", "ua", "nl", "er", "sy"]))
    sl = Slip(g, "plain", hourly=True, extras=g.c([["ploeg"], ["ow"], []]), weekly=True)
    wk = g.n(2, 50)
    return R("""
«ask»

«ub» – WEEKLOONSTROOK week «wk»
Flexkracht: «p»   Geb.: «dob»
Inlener: «inl»
«body»
Reservering vakantiegeld en vakantiedagen: zie cumulatieven
«pay»""",
             ask=g.c(["Vertaal deze loonstrook naar het Pools:", "Vertaal naar het Oekraïens:", "Translate to English:",
                      "Leg uit wat 'reservering vakantiegeld' betekent:"]),
             ub=g.co("hr"), wk=K(str(wk)), p=p.full(), dob=g.dob("num"), inl=g.co(g.c(["log", "bak", "shop"])),
             body=slip_render(g, sl, "table"), pay=slip_pay(g, sl))


@T("SALARY_SLIP")
def sl_zorg_ort(g):
    p = g.person()
    sl = Slip(g, "eu", extras=["ort"])
    return R("""
«ask»

«head»
Functie: verzorgende IG, schaal FWG 35   CAO VVT
«body»
«pay»""",
             ask=g.c(["Is mijn ORT goed berekend?", "Klopt de onregelmatigheidstoeslag?", "Leg deze strook uit:"]),
             head=slip_head(g, p, g.co("care"), sl), body=slip_render(g, sl, "cols"), pay=slip_pay(g, sl))


@T("SALARY_SLIP")
def sl_transport(g):
    p = g.person()
    sl = Slip(g, "plain", extras=["ow", "ploeg"])
    return R("""
«ask»

«head»
Chauffeur CE, vaste wagen «plate»
«body»
«pay»""",
             ask=g.c(["Ik heb 18 overuren gemaakt maar zie er minder, klopt dit?", "Klopt deze strook volgens de cao?",
                      "Narekenen aub:"]),
             head=slip_head(g, p, g.co("log"), sl), plate=g.plate("truck"), body=slip_render(g, sl, "table"),
             pay=slip_pay(g, sl))


@T("SALARY_SLIP")
def sl_bakery_young(g):
    p = g.person()
    sl = Slip(g, "eu", hourly=True, extras=[], simple=True)
    return R("""
«ask»

«head»
Leeftijd: «age» jaar (jeugdloon)
«body»""",
             ask=g.c(["Klopt mijn jeugdloon?", "Mijn dochter werkt bij de bakker, is dit normaal?",
                      "Leg uit aan een 17-jarige:"]),
             head=slip_head(g, p, g.co("bak"), sl), age=str(g.n(16, 20)), body=slip_render(g, sl, "table"))


@T("SALARY_SLIP")
def sl_german(g):
    p = g.person("de")
    sl = Slip(g, "de", extras=["ow"])
    return R("""
«ask»

«head»
Wohnort: «addr»
«body»""",
             ask=g.c(["Kun je deze Duitse loonstrook controleren?", "Erklären Sie mir bitte diese Abrechnung:",
                      "Vertaal naar het Nederlands:"]),
             head=slip_head(g, p, g.co(g.c(["log", "clean", "bak"])), sl, "de"), addr=g.addr_de(", "),
             body=slip_render(g, sl, "table", "de"))


@T("SALARY_SLIP")
def sl_flemish(g):
    p = g.person("be")
    sl = Slip(g, "eu")
    return R("""
«ask»

Dag, ik ben Belg en werk sinds kort in Nederland. Dit is mijn eerste Nederlandse loonfiche, klopt dit?

«head»
«body»
«pay»""",
             ask=g.c(["Beantwoord deze vraag van een klant:", "Leg dit uit in het Vlaams:", "Schrijf een antwoord:"]),
             head=slip_head(g, p, g.co(g.c(SLIP_SECTORS)), sl), body=slip_render(g, sl, "table"),
             pay=slip_pay(g, sl))


@T("SALARY_SLIP")
def sl_two_months(g):
    p = g.person()
    m = g.n(2, 12)
    a = Slip(g, "plain", month=m - 1, hourly=False)
    b = Slip(g, "plain", month=m, hourly=False)
    co = g.co(g.c(SLIP_SECTORS))
    return R("""
«ask»

=== «m1» ===
«b1»

=== «m2» ===
«b2»""",
             ask=S("Waarom is mijn netto in ", K(MONTHS[m - 1]), " zoveel lager dan in ", K(MONTHS[m - 2]),
                   "? Hier beide stroken van ", p.full(), " bij ", co, ":"),
             m1=K(MONTHS[m - 2].capitalize()), b1=slip_render(g, a, "table"), m2=K(MONTHS[m - 1].capitalize()),
             b2=slip_render(g, b, "table"))


@T("SALARY_SLIP")
def sl_with_bsn(g):
    p = g.person()
    sl = Slip(g, "plain")
    return R("""
«ask»

«head»
BSN: «bsn»   Geboortedatum: «dob»
Adres: «addr»
«body»
«pay»""",
             ask=g.c(["Maak hier een hypotheekverklaring van:", "Klopt dit?", "Vat het belangrijkste samen:"]),
             head=slip_head(g, p, g.co(g.c(SLIP_SECTORS)), sl), bsn=g.bsn(), dob=g.dob("num"), addr=g.addr(", "),
             body=slip_render(g, sl, "table"), pay=slip_pay(g, sl))


@T("SALARY_SLIP")
def sl_formula(g):
    p = g.person()
    sl = Slip(g, "nodot")
    return R("""
«ask»

«head»
«body»""",
             ask=g.c(["Schrijf een Python-functie die deze netto-berekening nadoet:", "Maak er een Excel-sjabloon van:",
                      "Which lines are before tax?"]),
             head=slip_head(g, p, g.co(g.c(SLIP_SECTORS)), sl), body=slip_render(g, sl, "tab"))


@T("SALARY_SLIP")
def sl_loonjournaal(g):
    ps = g.people(3)
    co = g.co(g.c(SLIP_SECTORS))
    slips = [Slip(g, "plain", simple=True, extras=[], hourly=False) for _ in ps]
    rows = []
    for p, sl in zip(ps, slips):
        rows.append(S(p.full(), "\t", sl.f(sl.earn[0][1]), "\t", sl.f(sl.bruto), "\t", sl.f(sl.ded[0][1]), "\t",
                      sl.f(sl.ded[-1][1]), "\t", sl.f(sl.netto)))
    return R("""
«ask»

Loonjournaal «co» – «per»
Naam	Salaris	Bruto	Pensioen	Loonheffing	Netto
«rows»""",
             ask=g.c(["Tel de kolommen op en controleer het totaal netto:", "Maak hier een grafiek-tabel van:",
                      "Welke medewerker kost het meest?"]),
             co=co, per=K(MONTHS[slips[0].month - 1]), rows=J("\n", rows))


@T("SALARY_SLIP")
def sl_loket_mail(g):
    p = g.person()
    sl = Slip(g, "eu")
    return R("""
«ask»

Je nieuwe loonstrook staat klaar in Loket.nl
Hoi «pf», hieronder een samenvatting:
«body»
Bekijk de volledige strook in de app.""",
             ask=g.c(["Is dit een echte mail of phishing?", "Leg de posten uit:", "Wat is 'Premie WGA-hiaat'?"]),
             pf=p.first(), body=slip_render(g, sl, "table"))


@T("SALARY_SLIP")
def sl_teams_chat(g):
    p, h = g.people(2)
    sl = Slip(g, "plain", simple=True)
    return R("""
«ask»

«p»  10:02
hoi «hf», kun je even kijken? dit staat op mijn strook:
«body»
dat is toch veel te weinig loonheffing??
«h»  10:09
Ik check het bij het administratiekantoor""",
             ask=g.c(["Schrijf een antwoord voor HR:", "Wat is er hier aan de hand?", "Summarize for HR:"]),
             p=p.full(), hf=h.first(), body=slip_render(g, sl, "table"), h=h.full())


@T("SALARY_SLIP")
def sl_psql(g):
    p = g.person()
    sl = Slip(g, "csv", simple=True)
    rows = sl.rows()
    lines = [" %-28s | %10s" % (name, sl.f(c)) for kind, name, c, q, rt in rows]
    return R("""
«ask»

payroll=# SELECT omschrijving, bedrag FROM loonregels WHERE medewerker = '«p»' AND periode = '«per»';
         omschrijving         |   bedrag
------------------------------+------------
«lines»
(«n» rows)""",
             ask=g.c(["Waarom klopt de som niet met netto?", "Write a query that computes net pay:",
                      "Maak hier een loonstrook van:"]),
             p=p.full(), per=K("%d-%02d" % (2026 if sl.month <= 3 else 2025, sl.month)), lines="\n".join(lines),
             n=str(len(lines)))


@T("SALARY_SLIP")
def sl_yaml(g):
    p = g.person()
    sl = Slip(g, "csv")
    items = "\n".join("  - {soort: %s, omschrijving: \"%s\", bedrag: %s%s}" % (
        kind, name, sl.f(c), "" if q is None else ", aantal: %s, tarief: %s" % (q, sl.f(rt)))
        for kind, name, c, q, rt in sl.rows())
    return R("""
«ask»

medewerker: «p»
geboortedatum: «dob»
periode: «per»
regels:
«items»""",
             ask=g.c(["Maak een Jinja-template dat hier een loonstrook van maakt:", "Valideer deze YAML:",
                      "Convert to JSON:"]),
             p=p.full(), dob=g.dob("iso"), per=K("%d-%02d" % (2026 if sl.month <= 3 else 2025, sl.month)),
             items=items)


@T("SALARY_SLIP")
def sl_narekenen_uren(g):
    p = g.person()
    sl = Slip(g, "eu", hourly=True)
    return R("""
«ask»

«head»
«body»
«pay»""",
             ask=g.c(["Reken na of uren x uurloon klopt:", "Ik heb meer uren gewerkt, klopt dit?",
                      "Check the hours times rate:"]),
             head=slip_head(g, p, g.co(g.c(["clean", "hr", "salon", "bike"])), sl), body=slip_render(g, sl, "cols"),
             pay=slip_pay(g, sl))


@T("SALARY_SLIP")
def sl_arabic(g):
    p = g.person("sy")
    sl = Slip(g, "plain")
    return R("""
«ask»

«head»
«body»""",
             ask=g.c(["Vertaal deze loonstrook naar het Arabisch:", "Leg deze loonstrook uit in eenvoudig Nederlands:",
                      "Vertaal naar het Tigrinya:"]),
             head=slip_head(g, p, g.co(g.c(SLIP_SECTORS)), sl), body=slip_render(g, sl, "table"))


@T("SALARY_SLIP")
def sl_pdf_full(g):
    p = g.person()
    co = g.co(g.c(SLIP_SECTORS))
    sl = Slip(g, "plain")
    return R("""
«ask»

«co»
«coaddr»
Salarisstrook
Periode
«per»
Naam
«p»
Adres
«addr»
Geboortedatum
«dob»
«body»
IBAN
«iban»""",
             ask=g.c(["Deze PDF-tekst is rommelig, zet het netjes in een tabel:", "Copy-paste uit PDF, kun je dit ordenen?",
                      "Extract the amounts:"]),
             co=co, coaddr=g.addr(", "), per=K("%s %d" % (MONTHS[sl.month - 1], 2025)), p=p.rev(), addr=g.addr("\n"),
             dob=g.dob("num"), body=slip_render(g, sl, "pdf"), iban=g.iban())


@T("SALARY_SLIP")
def sl_hypotheek(g):
    p, a = g.people(2)
    sl = Slip(g, "eu", hourly=False)
    return R("""
«ask»

Van: «p» <«mail»>
Aan: «a»
Onderwerp: loonstrook voor hypotheek

Hoi, hierbij mijn laatste loonstrook zoals gevraagd:
«body»
Is dit genoeg of heb je ook de werkgeversverklaring nodig?""",
             ask=g.c(["Wat kan deze klant ongeveer lenen op basis van dit inkomen?", "Schrijf een antwoord aan de klant:",
                      "Vat samen voor het dossier:"]),
             p=p.full(), mail=p.mail(), a=a.full(), body=slip_render(g, sl, "table"))


@T("SALARY_SLIP")
def sl_vakantiegeld(g):
    p = g.person()
    sl = Slip(g, "plain", extras=["vak"], month=5, hourly=False)
    return R("""
«ask»

«head»
«body»
«pay»""",
             ask=g.c(["Waarom gaat er zoveel belasting af van mijn vakantiegeld?", "Leg uit waarom het netto in mei hoger is:",
                      "Klopt het vakantiegeld (8%)?"]),
             head=slip_head(g, p, g.co(g.c(SLIP_SECTORS)), sl), body=slip_render(g, sl, "table"), pay=slip_pay(g, sl))


@T("SALARY_SLIP")
def sl_provisie(g):
    p = g.person()
    sl = Slip(g, "eu", extras=["prov"], hourly=False)
    return R("""
«ask»

«head»
«body»""",
             ask=g.c(["Mijn provisie lijkt te laag, reken na:", "Is de provisie goed verwerkt?", "Explain the commission line:"]),
             head=slip_head(g, p, g.co(g.c(["re", "shop", "ins", "bike"])), sl), body=slip_render(g, sl, "md"))


@T("SALARY_SLIP")
def sl_eng_md(g):
    p = g.person(g.c(["in", "cn", "gh", "ua"]))
    sl = Slip(g, "en")
    return R("""
I'm an expat, is this payslip normal for the Netherlands? What is the 30% ruling and do I have it?

«head»
«body»""",
             head=slip_head(g, p, g.co(g.c(["it", "tr", "log", "acc"])), sl, "en"), body=slip_render(g, sl, "md", "en"))


@T("SALARY_SLIP")
def sl_schoonmaak_cols(g):
    p = g.person()
    sl = Slip(g, "nodot", hourly=True)
    return R("""
«ask»

«head»
Object: «obj»
«body»
«pay»""",
             ask=g.c(["Klopt mijn loonstrook volgens de schoonmaak-cao?", "Kun je dit uittypen in een tabel?",
                      "Vertaal naar het Spaans:"]),
             head=slip_head(g, p, g.co("clean"), sl), obj=g.co("client"), body=slip_render(g, sl, "cols"),
             pay=slip_pay(g, sl))


# ==============================================================================================
# SIGNED_CONTRACT: a completed signing (signature block with names, w.g., audit trail)
# ==============================================================================================
def place_date(g, town=None):
    return S(town or g.town(), ", ", K(fdate(g.past(200), g.c(["long", "num"]))))


@T("SIGNED_CONTRACT")
def sc_arbeidsovereenkomst(g):
    wg, wn = g.people(2)
    co = g.co(g.c(["log", "clean", "bak", "care", "shop", "acc"]))
    town = g.town()
    return R("""
«ask»

ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD
Partijen: «co», gevestigd te «town», rechtsgeldig vertegenwoordigd door «wg», hierna "werkgever", en
«wn», geboren op «dob», wonende «addr», hierna "werknemer".
Art. 1 Werknemer treedt per «start» in dienst in de functie van «func» voor «uren» uur per week.
Art. 2 Het bruto maandsalaris bedraagt «sal» bij een volledige werkweek.
Art. 3 De proeftijd bedraagt één maand.

Aldus overeengekomen en in tweevoud ondertekend te «town» op «d».

Werkgever,                              Werknemer,
w.g. «wg2»                              w.g. «wn2»""",
             ask=g.c(["Vat dit contract samen in 5 punten:", "Zit er iets in dit contract dat niet mag volgens de wet?",
                      "Translate this contract into English:"]),
             co=co, town=town, wg=wg.full(), wn=wn.full(), dob=g.dob("long"), addr=g.addr(", "),
             start=g.kdate("long"), func=g.c(["medewerker logistiek", "schoonmaker", "verkoopmedewerker", "planner",
                                              "administratief medewerker"]),
             uren=str(g.c([24, 32, 36, 38, 40])), sal=g.eur(2300, 4200, "eu"), d=g.kdate("long", g.past(60)),
             wg2=wg.ini(), wn2=wn.ini())


@T("SIGNED_CONTRACT")
def sc_huurovereenkomst(g):
    vh, hu = g.people(2)
    return R("""
«ask»

HUUROVEREENKOMST WOONRUIMTE (model ROZ, uittreksel)
Verhuurder: «vh», «vaddr»
Huurder: «hu», geboren «dob»
Het gehuurde: «adres», «pc» «town»
Huurprijs: «rent» per maand, servicekosten «svc», waarborgsom «borg».
Ingangsdatum: «start»

Getekend te «town2» op «d»
Verhuurder: «vh2» [handtekening]        Huurder: «hu2» [handtekening]
Paraaf op elke pagina: «p1» / «p2»""",
             ask=g.c(["Wat zijn mijn rechten als huurder volgens dit contract?", "Samenvatting voor de huurder:",
                      "Vertaal naar het Engels voor de huurder:"]),
             vh=vh.full(), vaddr=g.addr(", "), hu=hu.full(), dob=g.dob("num"), adres=g.adres(), pc=g.pc(),
             town=g.town(), rent=g.eur(850, 2100, g.c(["eu", "dash"])), svc=g.eur(35, 120, "eu"),
             borg=g.eur(1700, 4200, "int"), start=g.kdate("long"), town2=g.town(), d=g.kdate("num", g.past(40)),
             vh2=vh.ini(), hu2=hu.ini(), p1=vh.tag(), p2=hu.tag())


@T("SIGNED_CONTRACT")
def sc_offerte_akkoord(g):
    k, v = g.people(2)
    co = g.co(g.c(["clean", "event", "photo", "bike", "it"]))
    return R("""
«ask»

OFFERTE «off»
«co» – t.a.v. «k»
Werkzaamheden: «werk»
Totaal excl. btw: «amt»
Geldig tot «valid»

VOOR AKKOORD GETEKEND
Naam: «k2»
Datum: «d»
Handtekening: [handtekening aanwezig]
Namens «co»: «v»""",
             ask=g.c(["Maak op basis van deze getekende offerte een opdrachtbevestiging:",
                      "Schrijf een bedankmail voor de opdracht:", "Plan de uitvoering in op basis van:"]),
             off=g.ref("off"), co=co, k=k.full(), werk=g.c(["wekelijkse kantoorschoonmaak 3x per week",
                                                           "fotografie bedrijfsevent inclusief nabewerking",
                                                           "onderhoud 12 bedrijfsfietsen", "migratie naar M365 en 8 werkplekken",
                                                           "organisatie personeelsfeest 80 personen"]),
             amt=g.eur(900, 24000, g.c(["eu", "EUR", "dash"])), valid=g.kdate("long"), k2=k.ini(),
             d=g.kdate("num", g.past(30)), v=v.full())


@T("SIGNED_CONTRACT")
def sc_docusign(g):
    a, b = g.people(2)
    d = g.past(30)
    return R("""
«ask»

Certificate Of Completion
Envelope Id: «env»
Subject: Please DocuSign: «subj»
Status: Completed
Envelope Originator: «a» («amail»)
Signer Events
«b» («bmail»)   Signed: «ts»   Using IP Address: 84.«ip»
Signature Adoption: Drawn on Device
«a» («amail»)   Signed: «ts2»   Using IP Address: 213.«ip2»
Envelope Summary Events: Completed «ts2»""",
             ask=g.c(["Is this contract legally signed by both parties?", "Wat betekent dit certificaat?",
                      "Summarize this signing log:"]),
             env=g.uuid().upper(), subj=g.c(["Huurovereenkomst", "Arbeidsovereenkomst", "Verwerkersovereenkomst",
                                            "Opdrachtbevestiging"]) + " " + g.co("client"),
             a=a.full(), amail=a.wmail(g.dom(g.co(g.c(["re", "hr", "acc"])))), b=b.full(), bmail=b.mail(),
             ts=K("%d/%d/%d | %02d:%02d" % (d.month, d.day, d.year, g.n(8, 12), g.n(0, 59))),
             ip="%d.%d.%d" % (g.n(1, 254), g.n(1, 254), g.n(1, 254)),
             ts2=K("%d/%d/%d | %02d:%02d" % (d.month, d.day, d.year, g.n(13, 18), g.n(0, 59))),
             ip2="%d.%d.%d" % (g.n(1, 254), g.n(1, 254), g.n(1, 254)))


@T("SIGNED_CONTRACT")
def sc_yousign_nl(g):
    a, b = g.people(2)
    return R("""
«ask»

Audit trail – «doc»
Document-ID: «id»
«t1»  Verzonden door «a» («amail»)
«t2»  Geopend door «b» («bmail»)
«t3»  Identiteit bevestigd via sms-code naar «tel»
«t4»  Ondertekend door «b»
«t5»  Ondertekend door «a»
Status: voltooid – alle partijen hebben ondertekend""",
             ask=g.c(["Is dit contract nu rechtsgeldig getekend?", "Leg deze audit trail uit aan de klant:",
                      "Wat betekent 'voltooid'?"]),
             doc=g.c(["Raamovereenkomst schoonmaak", "Uitzendovereenkomst", "Opdracht tot dienstverlening",
                      "Vaststellingsovereenkomst"]),
             id=g.uuid(), a=a.full(), amail=a.wmail(g.dom(g.co(g.c(["clean", "hr", "re"])))), b=b.full(),
             bmail=b.mail(), tel=g.tel("mob"),
             t1="%s 09:%02d" % (fdate(g.past(20), "num"), g.n(10, 59)), t2="11:%02d" % g.n(10, 19),
             t3="11:%02d" % g.n(20, 29), t4="11:%02d" % g.n(30, 59), t5="16:%02d" % g.n(10, 59))


@T("SIGNED_CONTRACT")
def sc_uitvaart(g):
    o, n, u = g.people(3)
    return R("""
«ask»

OPDRACHTBEVESTIGING UITVAARTVERZORGING
Overledene: «o»
Opdrachtgever: «n», «addr», tel. «tel»
Uitvaart: «d» om «tm», crematorium «town»
Kostenraming totaal: «amt» (incl. btw)
Ondergetekende verklaart akkoord te gaan met bovenstaande opdracht en de algemene voorwaarden.
Getekend d.d. «sd»
Opdrachtgever: «n2» (getekend)      Uitvaartverzorger: «u» (getekend)""",
             ask=g.c(["Maak een korte samenvatting voor de familie:", "Zet de kosten in een overzicht:",
                      "Schrijf een begeleidende brief:"]),
             o=o.full(), n=n.full(), addr=g.addr(", "), tel=g.tel("any"), d=g.kdate("wd"), tm=g.tm("uur"),
             town=g.town(), amt=g.eur(4500, 11000, "eu"), sd=g.kdate("num", g.past(7)), n2=n.ini(), u=u.full())


@T("SIGNED_CONTRACT")
def sc_wedding(g):
    a, b, pl = g.people(3)
    return R("""
«ask»

Overeenkomst weddingplanning
Bruidspaar: «a» en «b», «addr»
Trouwdatum: «d», locatie: «loc»
Pakket: volledige planning + dagcoördinatie, honorarium «fee», aanbetaling 30% uiterlijk «dl»
Annulering tot 6 maanden voor de datum: aanbetaling wordt niet terugbetaald.

Voor akkoord,
«a2» ✍ getekend «sd»
«b2» ✍ getekend «sd»
«pl», «co»""",
             ask=g.c(["Schrijf een welkomstmail aan het bruidspaar nu het contract getekend is:",
                      "Maak een planning terug vanaf de trouwdatum:", "Is de annuleringsregeling redelijk?"]),
             a=a.full(), b=b.full(), addr=g.addr(", "), d=g.kdate("wdy"), loc=g.c(["Landgoed De Hooge Linde",
                                                                                "Kasteel Wijnveld", "Strandpaviljoen Zilt"]),
             fee=g.eur(2500, 7500, g.c(["eu", "EUR"])), dl=g.kdate("long"), a2=a.first(), b2=b.first(),
             sd=g.kdate("num", g.past(14)), pl=pl.full(), co=g.co("event"))


@T("SIGNED_CONTRACT")
def sc_schoonmaak(g):
    k, v = g.people(2)
    return R("""
«ask»

SCHOONMAAKOVEREENKOMST
Opdrachtgever: «client», vertegenwoordigd door «k»
Object: «adres», «town»
Frequentie: 3x per week, 6 uur per week. Tarief «rate» per uur excl. btw, jaarlijkse indexatie.
Looptijd: 12 maanden vanaf «start».

Opdrachtgever                     Opdrachtnemer («co»)
«k2»                              «v»
handtekening: ✓ (digitaal)        handtekening: ✓ (digitaal)
Datum: «sd»""",
             ask=g.c(["Maak een werkrooster op basis van dit contract:", "Schrijf een bevestigingsmail aan de klant:",
                      "Vertaal de frequentie en afspraken naar het Pools voor de schoonmakers:"]),
             client=g.co("client"), k=k.full(), adres=g.adres(), town=g.town(), rate=g.eur(28, 42, "eu"),
             start=g.kdate("long"), co=g.co("clean"), k2=k.ini(), v=v.full(), sd=g.kdate("num", g.past(20)))


@T("SIGNED_CONTRACT")
def sc_vve(g):
    v1, v2, b = g.people(3)
    return R("""
«ask»

BEHEEROVEREENKOMST VvE «vve»
De Vereniging van Eigenaars van het gebouw «adres» te «town», vertegenwoordigd door voorzitter «v1» en penningmeester «v2», en «co» sluiten deze overeenkomst voor administratief en technisch beheer.
Vergoeding: «fee» per appartementsrecht per jaar.
Aldus overeengekomen en ondertekend op «sd»:
voorzitter: «v1i»   penningmeester: «v2i»   beheerder: «b»""",
             ask=g.c(["Wat doet een VvE-beheerder volgens dit contract allemaal?", "Samenvatting voor de ALV:",
                      "Schrijf een nieuwsbrief aan de eigenaren:"]),
             vve=g.c(["De Lindehof", "Parkzicht", "Het Baken", "Waterkant", "De Hofstede"]), adres=g.adres(),
             town=g.town(), v1=v1.full(), v2=v2.full(), co=g.co("vve"), fee=g.eur(180, 420, "eu"),
             sd=g.kdate("long", g.past(90)), v1i=v1.ini(), v2i=v2.ini(), b=b.full())


@T("SIGNED_CONTRACT")
def sc_uitzendovk(g):
    f, r = g.people(2)
    return R("""
«ask»

UITZENDOVEREENKOMST MET UITZENDBEDING (fase A)
Uitzendkracht: «f», geb. «dob», «tel»
Inlener: «inl», afdeling expeditie
Functie: orderpicker, loon «wage» bruto per uur
Aanvang: «start»
Digitaal ondertekend door uitzendkracht op «sd» om «st» via de app (SMS-verificatie).
Namens «ub»: «r», ondertekend «sd2»""",
             ask=g.c(["Vertaal dit contract naar het Pools:", "Leg het uitzendbeding uit in simpele taal:",
                      "Translate to English:"]),
             f=f.full(), dob=g.dob("num"), tel=g.tel("mob"), inl=g.co(g.c(["log", "shop", "bak"])),
             wage=g.eur(14, 18, "eu"), start=g.kdate("long"), sd=g.kdate("num", g.past(10)), st=g.tm("colon"),
             ub=g.co("hr"), r=r.full(), sd2=g.kdate("num", g.past(9)))


@T("SIGNED_CONTRACT")
def sc_vso(g):
    w, wg, adv = g.people(3)
    return R("""
«ask»

VASTSTELLINGSOVEREENKOMST (uittreksel)
Partijen: «co», vertegenwoordigd door «wg», en «w», bijgestaan door mr. «adv».
De arbeidsovereenkomst eindigt met wederzijds goedvinden per «end». Werkgever betaalt een transitievergoeding van «tv» bruto.
Werknemer heeft een bedenktermijn van 14 dagen.
Aldus overeengekomen en ondertekend:
«town», «sd»   «wg2»
«town», «sd2»   «w2»""",
             ask=g.c(["Klopt de berekening van de transitievergoeding ongeveer?", "Leg de bedenktermijn uit:",
                      "Vat samen voor de medewerker:"]),
             co=g.co(g.c(["log", "care", "shop", "acc"])), wg=wg.full(), w=w.full(), adv=adv.sur(),
             end=g.kdate("long"), tv=g.eur(3000, 28000, "eu"), town=g.town(), sd=g.kdate("num", g.past(10)),
             wg2=wg.ini(), sd2=g.kdate("num", g.past(8)), w2=w.ini())


@T("SIGNED_CONTRACT")
def sc_nda_en(g):
    a, b = g.people(2)
    return R("""
Can you check if this NDA is one-sided?

MUTUAL NON-DISCLOSURE AGREEMENT
between «co1», represented by «a», and «co2», represented by «b».
1. Confidential Information includes client lists, pricing and source code.
2. Term: 3 years from the Effective Date («eff»).
IN WITNESS WHEREOF the parties have executed this Agreement.
Signed: «a2»   Date: «d1»
Signed: «b2»   Date: «d2»""",
             co1=g.co("it"), a=a.full(), co2=g.co("client"), b=b.full(), eff=K(fdate(g.past(30), "enlong")),
             a2=a.full(), d1=K(fdate(g.past(30), "enlong")), b2=b.ini(), d2=K(fdate(g.past(29), "enlong")))


@T("SIGNED_CONTRACT")
def sc_german_miet(g):
    a, b = g.person("de"), g.person()
    return R("""
«ask»

GEWERBEMIETVERTRAG (Auszug)
Vermieter: «a», «addr»
Mieter: «b», handelnd für «co»
Mietobjekt: Lagerhalle, «adres», «town»
Monatliche Miete: «rent» zzgl. Nebenkosten
Beide Parteien haben den Vertrag am «sd» unterschrieben.
gez. «a2»        gez. «b2»""",
             ask=g.c(["Vertaal naar het Nederlands:", "Vat de belangrijkste punten samen:", "Welche Kündigungsfrist gilt?"]),
             a=a.full(), addr=g.addr_de(", "), b=b.full(), co=g.co("log"), adres=g.adres(), town=g.town(),
             rent=g.eur(1800, 6500, "de"), sd=K(fdate(g.past(60), "delong")), a2=a.ini1(), b2=b.ini1())


@T("SIGNED_CONTRACT")
def sc_flemish(g):
    a, b = g.people(2, "be")
    return R("""
«ask»

OVEREENKOMST VAN DIENSTVERLENING
Tussen «a», «addr», hierna "de klant", en «co», vertegenwoordigd door «b».
De dienstverlener levert vertalingen NL-FR tegen «rate» per woord.
Opgemaakt te «town» op «sd» in twee exemplaren, waarvan elke partij erkent er één ontvangen te hebben.
"Gelezen en goedgekeurd"
«a2» (handtekening)                  «b2» (handtekening)""",
             ask=g.c(["Kun je dit omzetten naar Nederlands-Nederlands?", "Vat dit samen:", "Vertaal naar het Frans:"]),
             a=a.full(), addr=g.addr_be(", "), co=g.co("tr"), b=b.full(), rate=g.eur(0.08, 0.18, "eu"),
             town=g.c(BE_TOWNS)[1], sd=K(fdate(g.past(40), "long")), a2=a.full(), b2=b.full())


@T("SIGNED_CONTRACT")
def sc_busverhuur(g):
    h, v = g.people(2)
    return R("""
«ask»

HUUROVEREENKOMST BEDRIJFSWAGEN nr. «nr»
Huurder: «h», rijbewijs gecontroleerd, tel. «tel»
Voertuig: Ford Transit, kenteken «plate», km-stand bij uitgifte «km»
Periode: «d1» t/m «d2», dagprijs «dp», borg «borg»
Schade-eigen risico: «er»
Huurder verklaart het voertuig in goede staat te hebben ontvangen.
Handtekening huurder: «h2» (getekend op tablet «sd»)
Uitgegeven door: «v»""",
             ask=g.c(["De bus kwam terug met een deuk, wat staat er in het contract over schade?",
                      "Maak een factuur op basis van deze huurovereenkomst:", "Vat samen:"]),
             nr=g.ref("dos"), h=h.full(), tel=g.tel("mob"), plate=g.plate("van"), km=str(g.n(12000, 190000)),
             d1=g.kdate("wd"), d2=g.kdate("wd"), dp=g.eur(65, 140, g.c(["eu", "dash"])), borg=g.eur(300, 750, "int"),
             er=g.eur(500, 1500, "int"), h2=h.ini(), sd=g.kdate("num", g.past(10)), v=v.first())


@T("SIGNED_CONTRACT")
def sc_ebike_lease(g):
    k, m = g.people(2)
    return R("""
«ask»

LEASEOVEREENKOMST E-BIKE
Lessee: «k», «addr», geboren «dob»
Fiets: Gazelle Ultimate C380, framenummer «frame»
Looptijd 36 maanden, maandbedrag «amt», inclusief onderhoud bij «co».
Door ondertekening verklaart lessee akkoord te gaan met de voorwaarden.
Ondertekend: «k2» ✔ «sd»    Namens «co»: «m»""",
             ask=g.c(["Wat gebeurt er bij diefstal volgens dit contract?", "Maak een korte uitleg voor de klant:",
                      "Maak een herinnering voor de onderhoudsbeurt:"]),
             k=k.full(), addr=g.addr(", "), dob=g.dob("num"), frame="GZ" + g.digits(8), amt=g.eur(59, 129, "eu"),
             co=g.co("bike"), k2=k.ini(), sd=g.kdate("num", g.past(15)), m=m.full())


@T("SIGNED_CONTRACT")
def sc_model_release(g):
    m, f = g.people(2)
    return R("""
«ask»

MODEL RELEASE / TOESTEMMINGSVERKLARING BEELDGEBRUIK
Ik, «m», geboren «dob», geef «co» toestemming de foto's van de shoot op «d» te gebruiken voor portfolio, website en social media.
Vergoeding: «amt».
Plaats: «town»   Datum: «sd»
Handtekening model: «m2» (getekend)   Fotograaf: «f» (getekend)""",
             ask=g.c(["Mag ik deze foto's nu ook voor een advertentie gebruiken?", "Vertaal naar het Engels:",
                      "Is deze verklaring AVG-proof?"]),
             m=m.full(), dob=g.dob("num", 18, 40), co=g.co("photo"), d=g.kdate("dm", g.past(30)),
             amt=g.eur(50, 400, g.c(["eu", "euroint"])), town=g.town(), sd=g.kdate("num", g.past(30)),
             m2=m.ini(), f=f.full())


@T("SIGNED_CONTRACT")
def sc_raamovk_vertaal(g):
    a, b = g.people(2)
    return R("""
«ask»

RAAMOVEREENKOMST VERTAALDIENSTEN
«client» (opdrachtgever), vertegenwoordigd door «a», en «co» (opdrachtnemer), vertegenwoordigd door «b».
Tarieven: standaard «r1» per woord, spoed «r2» per woord, beëdigd «r3» per pagina.
Looptijd: «start» tot en met «end».
Aldus overeengekomen en ondertekend.
Opdrachtgever: «a2», «sd»        Opdrachtnemer: «b2», «sd2»""",
             ask=g.c(["Maak een tarievenoverzicht voor onze projectmanagers:", "Vat samen:", "Translate to English:"]),
             client=g.co(g.c(["client", "gem"])), a=a.full(), co=g.co("tr"), b=b.full(),
             r1=g.eur(0.09, 0.14, "eu"), r2=g.eur(0.15, 0.22, "eu"), r3=g.eur(35, 60, "eu"), start=g.kdate("long"),
             end=g.kdate("long"), a2=a.ini(), sd=g.kdate("num", g.past(20)), b2=b.ini(), sd2=g.kdate("num", g.past(19)))


@T("SIGNED_CONTRACT")
def sc_subsidie(g):
    o, a = g.people(2)
    return R("""
«ask»

AKKOORDVERKLARING SUBSIDIEBESCHIKKING
Kenmerk: «ken»
Ondernemer: «o», «co», «adres», «town»
Subsidie verduurzaming winkelpand: «amt», uit te betalen op «iban»
De ondernemer verklaart kennis te hebben genomen van de voorwaarden.
Getekend voor akkoord door «o2» op «sd».
Behandelaar gemeente: «a»""",
             ask=g.c(["Schrijf een bevestigingsmail aan de ondernemer:", "Wat zijn de vervolgstappen?",
                      "Maak hier een dossiernotitie van:"]),
             ken=g.ref("dos"), o=o.full(), co=g.co(g.c(["bak", "bike", "salon"])), adres=g.adres(), town=g.town(),
             amt=g.eur(2000, 15000, "eu"), iban=g.iban(), o2=o.ini(), sd=g.kdate("num", g.past(20)), a=a.full())


@T("SIGNED_CONTRACT")
def sc_dpa(g):
    a, b = g.people(2)
    return R("""
«ask»

VERWERKERSOVEREENKOMST
Verwerkingsverantwoordelijke: «client», vertegenwoordigd door «a»
Verwerker: «co», vertegenwoordigd door «b»
Verwerkingen: beheer M365-tenant, back-up, helpdesk. Datalekken worden binnen 24 uur gemeld aan de verantwoordelijke.
Ondertekend:
«a2» – «sd»  (digitale handtekening, Signhost)
«b2» – «sd2» (digitale handtekening, Signhost)""",
             ask=g.c(["Klopt deze verwerkersovereenkomst met de AVG?", "Wat mist er nog in deze DPA?",
                      "Summarize the data-breach clause:"]),
             client=g.co("client"), a=a.full(), co=g.co("it"), b=b.full(), a2=a.full(), sd=g.kdate("num", g.past(40)),
             b2=b.full(), sd2=g.kdate("num", g.past(39)))


@T("SIGNED_CONTRACT")
def sc_addendum_whatsapp(g):
    w, wg = g.people(2)
    cd = g.past(30)
    return R("""
«ask»

«chat»""",
             ask=g.c(["Vat samen wat er is afgesproken:", "Is de loonsverhoging hiermee officieel?",
                      "Schrijf een bevestigingsmail:"]),
             chat=wa(g, [
                 (wg.full(), S("Hoi ", w.first(), ", hierbij de foto van het getekende addendum 👇")),
                 (wg.full(), S("ADDENDUM ARBEIDSOVEREENKOMST – per ", g.kdate("long"), " wordt het bruto maandsalaris ",
                               g.eur(2600, 4400, "eu"), ". Getekend: ", wg.ini(), " (werkgever) en ", w.ini(),
                               " (werknemer), ", g.kdate("num", cd - datetime.timedelta(days=g.n(1, 4))))),
                 (w.low() if g.ch() else w.first(), S("Top, dankjewel! 🙏")),
             ], d=cd))


@T("SIGNED_CONTRACT")
def sc_mail_getekend(g):
    a, b = g.people(2)
    return R("""
«ask»

«hdr»

Beste «af»,

In de bijlage het getekende contract retour. Voor de volledigheid hieronder de tekst van de laatste pagina:

"... Aldus opgemaakt en ondertekend te «town» op «sd».
De opdrachtgever: w.g. «b2»
De opdrachtnemer: w.g. «a2»"

Met vriendelijke groet,
«b»""",
             ask=g.c(["Schrijf een korte bevestiging van ontvangst:", "Archiveer: maak een dossiernotitie:",
                      "Wat moet ik nu nog doen?"]),
             hdr=hdr(g, b.full(), b.mail(), a.full(), a.wmail(g.dom(g.co(g.c(["re", "event", "it"])))),
                     "RE: contract retour"),
             af=a.first(), town=g.town(), sd=g.kdate("long", g.past(10)), b2=b.ini(), a2=a.ini(), b=b.full())


@T("SIGNED_CONTRACT")
def sc_zorgovereenkomst(g):
    c, v, z = g.people(3)
    return R("""
«ask»

ZORGOVEREENKOMST
Cliënt: «c», geboren «dob», «addr»
Wettelijk vertegenwoordiger: «v» («rel»)
Zorgaanbieder: «co»
Zorg: wijkverpleging volgens indicatie, start «start»
Beide partijen hebben kennisgenomen van de klachtenregeling en het privacyreglement.
Ondertekening:
Cliënt/vertegenwoordiger: «v2» (getekend)   Datum: «sd»
Namens de zorgaanbieder: «z» (getekend)""",
             ask=g.c(["Maak een begrijpelijke samenvatting voor de familie:", "Wat moet er nog in het dossier?",
                      "Vertaal naar het Turks:"]),
             c=c.full(), dob=g.dob("num", 70, 98), addr=g.addr(", "), v=v.full(), rel=g.c(["zoon", "dochter", "curator"]),
             co=g.co("care"), start=g.kdate("long"), v2=v.ini(), sd=g.kdate("num", g.past(10)), z=z.full())


@T("SIGNED_CONTRACT")
def sc_stoelhuur(g):
    a, b = g.people(2)
    return R("""
«ask»

OVEREENKOMST STOELHUUR
«salon», eigenaar «a», verhuurt aan «b» (zzp, KvK «kvk») één kappersstoel.
Huur: «rent» per week, inclusief water, stroom en gebruik van de kleurbar.
Eigen agenda en eigen klanten. Opzegtermijn 1 maand.
Getekend te «town» op «sd»:
«a2»   ________ (getekend)
«b2»   ________ (getekend)""",
             ask=g.c(["Is dit schijnzelfstandigheid?", "Vat de afspraken samen:", "Maak hier een nettere versie van:"]),
             salon=g.co("salon"), a=a.full(), b=b.full(), kvk=g.kvk(), rent=g.eur(90, 260, g.c(["eu", "dash"])),
             town=g.town(), sd=g.kdate("long", g.past(60)), a2=a.full(), b2=b.full())


@T("SIGNED_CONTRACT")
def sc_vervoer(g):
    a, b = g.people(2)
    return R("""
«ask»

RAAMOVEREENKOMST VERVOER
Vervoerder: «co1», vertegenwoordigd door «a»
Opdrachtgever: «co2», vertegenwoordigd door «b»
Tarief per rit Tilburg–Venlo: «r1», dieseltoeslag volgens index, wachttijd na 1 uur «r2» per uur.
Aansprakelijkheid volgens CMR.
Ondertekend op «sd»: «a2» / «b2»""",
             ask=g.c(["Wat betekent CMR-aansprakelijkheid voor ons?", "Maak een tarievenblad:",
                      "Translate this to English for our Polish partner:"]),
             co1=g.co("log"), a=a.full(), co2=g.co(g.c(["shop", "bak", "client"])), b=b.full(),
             r1=g.eur(280, 560, "eu"), r2=g.eur(45, 75, "eu"), sd=g.kdate("long", g.past(60)), a2=a.ini(), b2=b.ini())


@T("SIGNED_CONTRACT")
def sc_verkoopopdracht(g):
    v, m = g.people(2)
    return R("""
«ask»

OPDRACHT TOT DIENSTVERLENING – VERKOOP
Opdrachtgever: «v», eigenaar van «adres», «pc» «town»
Vraagprijs: «vp» k.k.
Courtage: «c» van de koopsom incl. btw, intrekkingskosten «ik»
Opdrachtgever verklaart deze opdracht te hebben gelezen en ondertekend op «sd».
«v2» (getekend)         «m», register-makelaar (getekend)""",
             ask=g.c(["Schrijf een woningtekst voor Funda op basis van:", "Bereken de courtage bij de vraagprijs:",
                      "Maak een welkomstmail voor de verkoper:"]),
             v=v.full(), adres=g.adres(), pc=g.pc(), town=g.town(), vp=g.eur(285000, 875000, "int"),
             c=K(g.c(["1,25%", "1,4%", "1,5%", "1,1%"])), ik=g.eur(250, 750, "int"), sd=g.kdate("num", g.past(10)),
             v2=v.ini(), m=m.full())


@T("SIGNED_CONTRACT")
def sc_koopakte(g):
    k1, k2, v = g.people(3)
    return R("""
«ask»

KOOPOVEREENKOMST (getekende versie, ontvangen «rec»)
Verkoper: «v»
Kopers: «k1» en «k2»
Object: «adres», «town»
Koopsom: «ks», ontbindende voorwaarde financiering tot «fin»
Waarborgsom 10% te storten bij de notaris.
Ondertekend te «town2»: verkoper «v2» op «sd1», kopers «k12» en «k22» op «sd2»""",
             ask=g.c(["Tot wanneer kunnen de kopers nog ontbinden?", "Maak een tijdlijn van deze koop:",
                      "Vat samen voor de hypotheekadviseur:"]),
             rec=g.kdate("num", g.past(5)), v=v.full(), k1=k1.full(), k2=k2.full(), adres=g.adres(), town=g.town(),
             ks=g.eur(265000, 925000, g.c(["int", "EURint"])), fin=g.kdate("long"), town2=g.town(), v2=v.ini(),
             sd1=g.kdate("num", g.past(8)), k12=k1.ini(), k22=k2.ini(), sd2=g.kdate("num", g.past(7)))


@T("SIGNED_CONTRACT")
def sc_stage(g):
    s, b, d = g.people(3)
    return R("""
«ask»

PRAKTIJKOVEREENKOMST (BOL)
Student: «s», studentnr «snr», «tel»
Leerbedrijf: «co», praktijkopleider «b»
Opleiding: «opl», periode «start» t/m «end», stagevergoeding «amt» per maand
Ondertekening: student «s2» ✓ | leerbedrijf «b2» ✓ | school «d» ✓ (eduXpert, «sd»)""",
             ask=g.c(["Schrijf een welkomstmail voor de stagiair:", "Maak een inwerkplanning:", "Vat samen:"]),
             s=s.full(), snr=str(g.n(100000, 999999)), tel=g.tel("mob"), co=g.co(g.c(["bike", "salon", "bak", "log"])),
             b=b.full(), opl=g.c(["Fietstechnicus", "Kapper", "Bakker", "Logistiek medewerker"]), start=g.kdate("long"),
             end=g.kdate("long"), amt=g.eur(200, 450, "euroint"), s2=s.ini(), b2=b.ini(), d=d.ini(),
             sd=g.kdate("num", g.past(10)))


@T("SIGNED_CONTRACT")
def sc_adobe(g):
    a, b = g.people(2)
    return R("""
«ask»

Adobe Acrobat Sign
Agreement completed: "«doc»"
«b» («bmail») signed on «d1»
«a» («amail») signed on «d2»
The final agreement is attached. Transaction ID: «tid»""",
             ask=g.c(["Wat betekent deze mail?", "Schrijf een interne notitie dat het contract rond is:",
                      "Is this the final version?"]),
             doc=g.c(["Samenwerkingsovereenkomst", "Huurovereenkomst bedrijfsruimte", "Overeenkomst van opdracht"]) + " " + g.co("client"),
             b=b.full(), bmail=b.mail(), d1=K(fdate(g.past(10), "us")), a=a.full(),
             amail=a.wmail(g.dom(g.co(g.c(["re", "acc", "hr"])))), d2=K(fdate(g.past(9), "us")), tid="CBJCHBCAABAA" + g.rs(20))


@T("SIGNED_CONTRACT")
def sc_private_lease(g):
    k, v = g.people(2)
    return R("""
«ask»

PRIVATE LEASE OVEREENKOMST nr «nr»
Lessee: «k», «addr», geb. «dob», IBAN incasso «iban»
Auto: Kia e-Niro, kenteken «plate», 10.000 km/jaar, 48 maanden
Maandbedrag: «amt»
Lessee heeft deze overeenkomst op «sd» digitaal ondertekend (iDIN-verificatie). Namens de lessor: «v».""",
             ask=g.c(["Kan ik eerder stoppen met deze lease?", "Wat kost dit in totaal over 48 maanden?",
                      "Vat samen:"]),
             nr=g.ref("dos"), k=k.full(), addr=g.addr(", "), dob=g.dob("num"), iban=g.iban(), plate=g.plate("car"),
             amt=g.eur(329, 629, g.c(["eu", "dash"])), sd=g.kdate("num", g.past(20)), v=v.full())


@T("SIGNED_CONTRACT")
def sc_geheimhouding(g):
    w, wg = g.people(2)
    return R("""
«ask»

GEHEIMHOUDINGSVERKLARING
Ondergetekende «w», werkzaam bij «co» als «func», verklaart geheimhouding te betrachten over alle cliënt- en klantgegevens, ook na einde dienstverband.
Boete bij overtreding: «boete» per overtreding.
Plaats en datum: «town», «sd»
Handtekening medewerker: «w2» (getekend)
Voor gezien, namens werkgever: «wg»""",
             ask=g.c(["Is zo'n boete afdwingbaar?", "Maak hier een Engelse versie van:", "Herschrijf in B1-taal:"]),
             w=w.full(), co=g.co(g.c(["care", "ggz", "acc", "it"])), func=g.c(["administratief medewerker",
                                                                              "verpleegkundige", "systeembeheerder"]),
             boete=g.eur(1000, 10000, "int"), town=g.town(), sd=g.kdate("num", g.past(30)), w2=w.ini(), wg=wg.full())


# ==============================================================================================
# CUSTOMER_LIST: many (>= 5) people with contact details
# ==============================================================================================
def crowd(g, lo=5, hi=10, kind=None):
    return g.people(g.n(lo, hi), kind)


@T("CUSTOMER_LIST")
def cl_moneybird_csv(g):
    ps = crowd(g)
    rows = [S(p.first(), ",", p.surl(), ",", p.mail(), ",", g.tel("any"), ",", g.adres(), ",", g.pc(), ",", g.town())
            for p in ps]
    return R("""
«ask»

Voornaam,Achternaam,E-mail,Telefoon,Adres,Postcode,Plaats
«rows»""",
             ask=g.c(["Ontdubbel deze klantenlijst en sorteer op plaats:", "Maak hier een mailmerge-bestand van:",
                      "Welke telefoonnummers zijn niet goed genoteerd?"]),
             rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_vve_huurders(g):
    ps = crowd(g, 6, 12)
    street = g.street()
    base = g.n(2, 80)
    rows = [S(str(base + 2 * i) + g.c(["", "-1", "-2", "a"]), "\t", p.full(), "\t", g.tel("mob"), "\t", p.mail())
            for i, p in enumerate(ps)]
    return R("""
«ask»

Bewonerslijst VvE «vve» («street»)
Nr	Naam	Mobiel	E-mail
«rows»""",
             ask=g.c(["Schrijf een bewonersbrief over de gevelrenovatie en maak een verzendlijst:",
                      "Wie moet ik bellen over de lekkage? Sorteer op huisnummer:", "Maak hier een WhatsApp-groep-uitnodiging voor:"]),
             vve=g.c(["De Lindehof", "Parkzicht", "Het Baken", "Waterkant"]), street=street, rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_bezichtigingen(g):
    ps = crowd(g, 5, 8)
    h = g.n(9, 13)
    rows = []
    for i, p in enumerate(ps):
        rows.append(S(K("%02d:%02d" % (h + (i * 20) // 60, (i * 20) % 60)), "  ", p.full(), "  ", g.tel("mob"), "  ",
                      p.mail()))
    return R("""
«ask»

Bezichtigingen «adres» – «d»
«rows»""",
             ask=g.c(["Stuur elke kandidaat een bevestiging, maak de teksten:", "Maak hier een belschema van:",
                      "Plan ruimte voor 2 extra kandidaten:"]),
             adres=g.adres(), d=g.kdate("wd"), rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_gastenlijst(g):
    ps = crowd(g, 6, 10)
    rows = [S("| ", p.full(), " | ", g.adres(), " | ", g.pc(), " ", g.town(), " | ", g.c(["dag", "avond", "dag"]), " |")
            for p in ps]
    return R("""
«ask»

| Gast | Adres | Postcode/plaats | Uitnodiging |
|---|---|---|---|
«rows»""",
             ask=g.c(["Maak adresetiketten van deze gastenlijst:", "Tel hoeveel dag- en avondgasten er zijn:",
                      "Sorteer op plaats voor de verzending:"]),
             rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_chauffeurs(g):
    ps = crowd(g, 5, 9, None)
    rows = [S(p.full(), " – ", g.tel("mob"), " – ", g.plate("truck", g.c(["dash", "flat"])), " – ",
              g.c(["CE", "C", "CE + ADR"])) for p in ps]
    return R("""
«ask»

Chauffeurslijst week «wk»
«rows»""",
             ask=g.c(["Maak een WhatsApp-bericht met de planning voor iedereen:", "Zet in een tabel:",
                      "Wie heeft ADR? Maak een overzicht:"]),
             wk=K(str(g.n(2, 51))), rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_schoonmaakroute(g):
    ps = crowd(g, 5, 8)
    rows = [S(str(i + 1), ". ", p.sur() if g.ch() else p.full(), ", ", g.adres(), ", ", g.town(), " – sleutel: ",
              g.c(["kluisje", "bij buren", "zelf thuis", "onder mat (!)"]), " – tel ", g.tel("any"))
            for i, p in enumerate(ps)]
    return R("""
«ask»

Route «d» (particulieren)
«rows»""",
             ask=g.c(["Optimaliseer deze route:", "Vertaal naar het Pools voor de schoonmaakster:",
                      "Maak hier een planning van met reistijd:"]),
             d=g.kdate("wd"), rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_salon_afspraken(g):
    ps = crowd(g, 6, 10)
    h = 9
    rows = []
    for i, p in enumerate(ps):
        rows.append(S(K("%d:%02d" % (h + (i * 45) // 60, (i * 45) % 60)), " ", p.first() if g.ch(0.3) else p.full(), " ",
                      g.tel("mob"), " ", g.c(["knippen", "kleuren", "highlights", "knippen + föhnen", "pedicure",
                                              "gellak"])))
    return R("""
«ask»

Afspraken «d»
«rows»""",
             ask=g.c(["Maak voor iedereen een herinnerings-sms:", "Ik ben ziek, schrijf een afzegbericht voor iedereen:",
                      "Zet dit om in een tabel:"]),
             d=g.kdate("Wd"), rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_fietsreparaties(g):
    ps = crowd(g)
    rows = [S("W%05d" % g.n(10000, 99999), "\t", p.full(), "\t", g.tel("mob"),
              "\t", g.c(["Gazelle", "Batavus", "Cortina", "Sparta", "VanMoof", "Cube"]), "\t",
              g.c(["band achter", "remmen", "grote beurt", "ketting", "accu check"]))
            for p in ps]
    return R("""
«ask»

Werkbon	Klant	Tel	Fiets	Reparatie
«rows»""",
             ask=g.c(["Stuur iedereen een 'fiets is klaar' bericht:", "Welke reparaties kan ik vandaag doen?",
                      "Zet om naar Markdown:"]),
             rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_vcards(g):
    ps = crowd(g, 5, 7)
    cards = []
    for p in ps:
        cards.append(S("BEGIN:VCARD\nVERSION:3.0\nN:", p.surl(), ";", p.first(), "\nFN:", p.full(), "\nTEL;TYPE=CELL:",
                       g.tel("mob", g.c(["+316{8}", "06{8}", "+31 6 {8}"])), "\nEMAIL:", p.mail(), "\nEND:VCARD"))
    return R("""
«ask»

«cards»""",
             ask=g.c(["Zet deze contacten in een Excel-tabel:", "Convert these vCards to CSV:",
                      "Welke contacten missen een e-mailadres?"]),
             cards=J("\n", cards))


@T("CUSTOMER_LIST")
def cl_mailchimp(g):
    ps = crowd(g, 6, 12)
    rows = [S('"', p.mail(), '","', p.first(), '","', p.surl(), '","', g.tel("mob"), '","', g.town(), '"')
            for p in ps]
    return R("""
«ask»

"Email Address","First Name","Last Name","Phone Number","City"
«rows»""",
             ask=g.c(["Segmenteer deze lijst op woonplaats:", "Welke van deze contacten wonen in dezelfde plaats?",
                      "Clean this export for re-import:"]),
             rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_psql(g):
    ps = crowd(g, 5, 8)
    rows = []
    for i, p in enumerate(ps):
        rows.append(S(" %4d | " % (g.n(100, 9999)), p.full(), " | ", p.mail(), " | ", g.tel("any")))
    return R("""
«ask»

shop=# SELECT id, naam, email, telefoon FROM klanten WHERE laatste_order < '«d»';
  id  | naam | email | telefoon
«rows»
(«n» rows)""",
             ask=g.c(["Schrijf een win-back mail voor deze klanten:", "Write a query to also get their order count:",
                      "Welke klanten hebben een zakelijk mailadres?"]),
             d=g.kdate("iso"), rows=J("\n", rows), n=str(len(rows)))


@T("CUSTOMER_LIST")
def cl_json_shopify(g):
    ps = crowd(g, 5, 7)
    items = []
    for p in ps:
        items.append(S('  {"first_name": "', p.first(), '", "last_name": "', p.surl(), '", "email": "', p.mail(),
                       '", "phone": "', g.tel("mob", "+316{8}"), '", "default_address": {"address1": "', g.adres(),
                       '", "zip": "', g.pc(), '", "city": "', g.town(), '"}}'))
    return R("""
«ask»

[
«items»
]""",
             ask=g.c(["Zet deze klanten om naar een CSV voor Sendcloud:", "Convert to CSV:",
                      "Welke klanten wonen in dezelfde postcode?"]),
             items=J(",\n", items))


@T("CUSTOMER_LIST")
def cl_deelnemers_event(g):
    ps = crowd(g, 6, 11)
    rows = [S("| ", p.full(), " | ", g.co(g.c(["client", "acc", "re", "log"])), " | ", p.mail(), " | ", g.tel("mob"),
              " | ", g.c(["-", "vegetarisch", "glutenvrij", "halal", "-", "notenallergie"]), " |") for p in ps]
    return R("""
«ask»

Deelnemers netwerkborrel «d»
| Naam | Bedrijf | E-mail | Mobiel | Dieet |
|---|---|---|---|---|
«rows»""",
             ask=g.c(["Geef de cateraar alleen de dieetwensen door, maak een overzicht:", "Maak naambadges:",
                      "Schrijf een bevestigingsmail voor alle deelnemers:"]),
             d=g.kdate("wd"), rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_nieuwsbrief(g):
    ps = crowd(g, 7, 14)
    rows = [S(p.full(), " <", p.mail(), ">") for p in ps]
    return R("""
«ask»

«rows»""",
             ask=g.c(["Maak van deze adressen een BCC-regel:", "Haal de dubbele eruit:",
                      "Welke adressen zijn privé en welke zakelijk?"]),
             rows=J(g.c(["; ", "\n", ", "]), rows))


@T("CUSTOMER_LIST")
def cl_wijkroute(g):
    ps = crowd(g, 5, 8)
    rows = []
    for p in ps:
        c = g.person()
        rows.append(S(p.t(), " ", p.sur(), ", ", g.adres(), " – ",
                      g.c(["insuline", "steunkousen", "wondzorg", "medicatie", "douchen"]), " – contact ", c.first(),
                      " ", g.tel("mob")))
    return R("""
«ask»

Route wijkverpleging «d», ochtenddienst
«rows»""",
             ask=g.c(["Maak een overdracht voor de avonddienst:", "Zet deze route in een tabel:",
                      "Welke cliënten hebben wondzorg?"]),
             d=g.kdate("wd"), rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_kandidaten(g):
    ps = crowd(g, 5, 9)
    rows = [S("- ", p.full(), " (", g.town(), ") ", g.tel("mob"), " – ", g.c(["heftruck", "reachtruck", "orderpicker",
                                                                             "schoonmaak", "productie", "chauffeur C"]),
              ", beschikbaar ", g.c(["direct", "per maandag", "alleen nachten", "parttime"])) for p in ps]
    return R("""
«ask»

Beschikbare kandidaten week «wk»
«rows»""",
             ask=g.c(["Wie kan ik voorstellen voor een reachtruck-vacature in Tilburg?", "Maak hier een belbriefje van:",
                      "Translate to English for the client:"]),
             wk=K(str(g.n(2, 51))), rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_minishoots(g):
    ps = crowd(g, 5, 8)
    rows = [S(K("%d:%02d" % (10 + i // 2, 30 * (i % 2))), " ", p.full(), " | ", p.mail(), " | ", g.tel("mob"))
            for i, p in enumerate(ps)]
    return R("""
«ask»

Kerst-minishoots «d»
«rows»""",
             ask=g.c(["Stuur iedereen een herinnering met wat ze mee moeten nemen:", "Maak een wachtlijstbericht:",
                      "Zet in een tabel:"]),
             d=g.kdate("wd"), rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_kerstbestellingen(g):
    ps = crowd(g, 6, 12)
    rows = [S(p.full(), " – ", g.tel("mob"), " – ", g.c(["kerststol", "2x kerststol", "taart 12p", "kerstbrood",
                                                          "banketstaaf"]), " – ophalen ", K("%d:%02d" % (g.n(8, 15), g.c([0, 30]))))
            for p in ps]
    return R("""
«ask»

Kerstbestellingen 24 december
«rows»""",
             ask=g.c(["Tel hoeveel stollen we moeten bakken:", "Maak een ophaalplanning per half uur:",
                      "Schrijf een sms dat de bestelling klaarstaat:"]),
             rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_condoleance(g):
    ps = crowd(g, 6, 10)
    rows = [S(p.full(), ", ", g.adres(), ", ", g.pc(), " ", g.town()) for p in ps]
    return R("""
«ask»

Condoleanceregister (overgetypt)
«rows»""",
             ask=g.c(["Maak een adressenlijst voor de bedankkaarten:", "Zet dit in een tabel met losse kolommen:",
                      "Sorteer op achternaam:"]),
             rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_ondernemersavond(g):
    ps = crowd(g, 6, 10)
    rows = [S(p.full(), "; ", g.co(g.c(["bak", "bike", "salon", "photo", "clean", "shop"])), "; ", p.mail(), "; ",
              g.tel("any")) for p in ps]
    return R("""
«ask»

Aanmeldingen ondernemersavond «gem» («d»)
naam; bedrijf; e-mail; telefoon
«rows»""",
             ask=g.c(["Maak een tafelindeling per branche:", "Schrijf een bevestigingsmail:", "Zet in Excel-formaat:"]),
             gem=g.co("gem"), d=g.kdate("wd"), rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_m365_users(g):
    ps = crowd(g, 5, 10)
    client = g.co("client")
    dom = g.dom(client)
    rows = [S(p.full(), ",", p.wmail(dom), ",", g.tel("mob"), ",", g.c(["Eigenaar", "Assistent", "Administratie",
                                                                        "Adviseur", "Stagiair"])) for p in ps]
    return R("""
«ask»

DisplayName,UserPrincipalName,MobilePhone,JobTitle
«rows»""",
             ask=g.c(["Maak hier een bulk-import script voor Entra ID van:", "Write a PowerShell script to create these users:",
                      "Check of alle UPN's hetzelfde format hebben:"]),
             rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_freelancers(g):
    ps = crowd(g, 5, 8)
    rows = [S(p.full(), " | ", g.c(["NL>EN", "NL>DE", "NL>FR", "NL>PL", "NL>AR", "NL>TR", "NL>UK", "NL>ZH"]), " | ",
              p.mail(), " | ", g.tel(g.c(["mob", "mob", "be", "de"]))) for p in ps]
    return R("""
«ask»

Freelancerpool «co»
«rows»""",
             ask=g.c(["Wie kan ik benaderen voor een spoedklus NL>PL?", "Zet in een nette tabel:",
                      "Make an availability request email:"]),
             co=g.co("tr"), rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_schadedossiers(g):
    ps = crowd(g, 5, 8)
    rows = [S(g.ref("dos"), " | ", p.full(), " | ", g.tel("any"), " | ", g.plate(), " | ",
              g.c(["ruitschade", "aanrijding", "parkeerschade", "diefstal", "hagel"])) for p in ps]
    return R("""
«ask»

Openstaande schademeldingen
«rows»""",
             ask=g.c(["Welke dossiers moet ik vandaag nabellen?", "Maak een belscript:", "Zet dit in een tabel:"]),
             rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_retouren(g):
    ps = crowd(g, 5, 9)
    rows = [S(g.ref("shop"), "\t", p.full(), "\t", g.adres(), "\t", g.pc(), "\t", g.town(), "\t", p.mail(), "\t",
              g.eur(12, 180, "eu")) for p in ps]
    return R("""
«ask»

Order	Klant	Adres	Postcode	Plaats	E-mail	Terug te betalen
«rows»""",
             ask=g.c(["Schrijf per klant een retourbevestiging:", "Tel het totaal terug te betalen op:",
                      "Make this a CSV for Sendcloud return labels:"]),
             rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_stops(g):
    ps = crowd(g, 5, 9)
    rows = [S("Stop ", str(i + 1), ": ", p.full(), ", ", g.adres(), ", ", g.pc(), " ", g.town(), ", tel ", g.tel("mob"))
            for i, p in enumerate(ps)]
    return R("""
«ask»

Rit «plate» – «d»
«rows»""",
             ask=g.c(["Zet de stops in de meest logische volgorde:", "Vertaal naar het Pools voor de chauffeur:",
                      "Maak een sms-template 'we komen eraan':"]),
             plate=g.plate("van"), d=g.kdate("wd"), rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_mail_recipients(g):
    ps = crowd(g, 5, 9)
    snd = g.person()
    to = J("; ", [S(p.full(), " <", p.mail(), ">") for p in ps])
    return R("""
«ask»

Van: «snd»
Aan: «to»
Onderwerp: Informatieavond nieuwbouw «proj»

Beste kopers, ...""",
             ask=g.c(["Schrijf deze mail af, uitnodiging voor «d»:", "Maak de uitnodiging af:",
                      "Finish this invitation:"]).replace("«d»", "de informatieavond"),
             snd=snd.full(), to=to, proj=g.c(["De Waterhoeve", "Parkrijk fase 2", "Het Molenerf"]))


@T("CUSTOMER_LIST")
def cl_whatsapp_group(g):
    ps = crowd(g, 6, 10)
    rows = [S(p.full() if g.ch() else p.first(), " ", g.tel("mob", g.c(["+31 6 {8}", "+31 6 {2} {2} {2} {2}"]))) for p in ps]
    return R("""
«ask»

Groepsinfo: Ouders voetbal JO11-2
Deelnemers:
«rows»""",
             ask=g.c(["Maak hier een rijschema voor de uitwedstrijden van:", "Zet deze nummers in een lijst voor de trainer:",
                      "Wie heeft nog geen auto opgegeven?"]),
             rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_ics(g):
    ps = crowd(g, 5, 8)
    org = g.person()
    att = J("\n", [S("ATTENDEE;CN=", p.full(), ";ROLE=REQ-PARTICIPANT:mailto:", p.mail()) for p in ps])
    d = g.workday()
    return R("""
«ask»

BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:ALV VvE «vve»
DTSTART:«dt»T190000
LOCATION:«loc»
ORGANIZER;CN=«org»:mailto:«omail»
«att»
END:VEVENT
END:VCALENDAR""",
             ask=g.c(["Wie zijn er uitgenodigd? Maak een presentielijst:", "Make an attendance list:",
                      "Schrijf een herinnering voor alle genodigden:"]),
             vve=g.c(["Parkzicht", "De Lindehof", "Waterkant"]), dt="%d%02d%02d" % (d.year, d.month, d.day),
             loc="Buurthuis " + g.c(["De Kern", "Het Anker", "De Brug"]), org=org.full(), omail=org.wmail(g.dom(g.co("vve"))),
             att=att)


@T("CUSTOMER_LIST")
def cl_debiteuren(g):
    ps = crowd(g, 5, 9)
    rows = [S(p.full(), "\t", p.mail(), "\t", g.tel("any"), "\t", g.ref("inv"), "\t", g.eur(60, 4000, "plain"), "\t",
              str(g.n(31, 120))) for p in ps]
    return R("""
«ask»

Debiteur	E-mail	Telefoon	Factuur	Openstaand	Dagen
«rows»""",
             ask=g.c(["Schrijf per debiteur een betalingsherinnering, strenger naarmate het langer openstaat:",
                      "Wie moet ik eerst bellen?", "Tel het totaal op:"]),
             rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_flemish(g):
    ps = crowd(g, 5, 8, "be")
    rows = [S(p.full(), " – ", g.tel("be"), " – ", p.mail(), " – ", g.c(BE_TOWNS)[1]) for p in ps]
    return R("""
«ask»

Klantenlijst regio Antwerpen/Gent
«rows»""",
             ask=g.c(["Maak een belplanning per stad:", "Zet in een tabel:", "Schrijf een uitnodiging voor onze opendeurdag:"]),
             rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_leads_en(g):
    ps = crowd(g, 5, 9)
    rows = [S(p.full(), ", ", p.mail(), ", ", g.tel("mob"), ", ", g.co(g.c(["client", "shop", "log", "re"]))) for p in ps]
    return R("""
Clean up this lead list from the trade fair, fix the phone number formats to E.164 and dedupe:

«rows»""",
             rows=J("\n", rows))


@T("CUSTOMER_LIST")
def cl_oncall_yaml(g):
    ps = crowd(g, 5, 7)
    rows = [S("  - naam: ", p.full(), "\n    mobiel: \"", g.tel("mob"), "\"\n    mail: ", p.mail()) for p in ps]
    return R("""
«ask»

# storingsdienst rooster Q«q»
storingsdienst:
«rows»""",
             ask=g.c(["Maak een rooster voor 8 weken waarin iedereen even vaak dienst heeft:", "Convert to JSON:",
                      "Schrijf een escalatieprocedure:"]),
             q=str(g.n(1, 4)), rows=J("\n", rows))


# ==============================================================================================
# NEG: look-alikes that must NOT be blocked (they may contain ordinary labelled PII)
# ==============================================================================================
@T("NEG")
def ng_password_policy(g):
    it = g.person()
    return R("""
«ask»

Wachtwoordbeleid «client» (versie «v»)
- Minimaal 14 tekens; een zin van drie of vier losse woorden is prima.
- Geen wachtwoorden hergebruiken tussen zakelijke en privé-accounts.
- Wachtwoorden nooit per mail, Teams of WhatsApp delen, gebruik de gedeelde kluis in de wachtwoordmanager.
- MFA verplicht op alle accounts, ook op de AI-tools.
- Vermoed je een lek? Meld het direct bij «it» («tel»).""",
             ask=g.c(["Maak dit beleid wat vriendelijker geformuleerd:", "Vertaal naar het Engels:",
                      "Maak hier een poster van met 5 punten:"]),
             client=g.co("client"), v=K("%d.%d" % (g.n(1, 3), g.n(0, 9))), it=it.full(), tel=g.tel("land"))


@T("NEG")
def ng_reset_link(g):
    p = g.person()
    return R("""
«ask»

Onderwerp: Wachtwoord opnieuw instellen
Aan: «mail»

Hallo «pf»,
We hebben een verzoek ontvangen om het wachtwoord van je account te herstellen. Klik op de knop hieronder om een nieuw wachtwoord te kiezen. Deze link is 60 minuten geldig.
[Nieuw wachtwoord instellen]
Heb je dit niet aangevraagd? Dan kun je deze mail negeren.
– Team «co»""",
             ask=g.c(["Is deze mail echt of phishing?", "Hoe herken ik of dit betrouwbaar is?", "Is this legit?"]),
             mail=p.mail(), pf=p.first(), co=g.co(g.c(["shop", "it", "acc"])))


@T("NEG")
def ng_redacted_key(g):
    a, b = g.people(2)
    return R("""
«ask»

Incident «tck» – gelekte OpenAI-key
Tijdlijn:
- «d» «t1»: GitHub secret scanning meldt key sk-proj-…«tail» in repo offerte-tool
- «t2»: key ingetrokken door «a» in het OpenAI dashboard
- «t3»: nieuwe key aangemaakt en in Azure Key Vault gezet (niet in code)
- Kosten in de tussentijd: «amt»; hard limit staat nu op «lim» per maand
Eigenaar: «b»""",
             ask=g.c(["Schrijf hier een incidentrapport van voor de directie:", "Wat hadden we beter kunnen doen?",
                      "Write a short post-mortem:"]),
             tck=g.ref("tck"), d=g.kdate("num", g.past(20)), t1=K("%02d:%02d" % (h0 := g.n(8, 12), g.n(0, 59))),
             tail=g.rs(4), t2=K("%02d:%02d" % (h0 + 1, g.n(0, 59))), a=a.full(),
             t3=K("%02d:%02d" % (h0 + 2, g.n(0, 59))), amt=g.eur(3, 80, "eu"), lim=g.eur(50, 200, g.c(["euroint", "int"])),
             b=b.full())


@T("NEG")
def ng_env_example(g):
    return R("""
«ask»

# .env.example – kopieer naar .env en vul zelf in
APP_ENV=local
OPENAI_API_KEY=your-openai-key-here
ANTHROPIC_API_KEY=
MOLLIE_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
DB_PASSWORD=<vul-in>
MAIL_FROM_ADDRESS=<afzender>""",
             ask=g.c(["Schrijf een README-sectie over hoe je dit instelt:", "Explain each variable:",
                      "Welke variabelen zijn verplicht?"]))


@T("NEG")
def ng_2fa_sms(g):
    code = "%06d" % g.n(0, 999999)
    return R("""
«ask»

SMS: «co»: Je verificatiecode is «code». Deze code is 10 minuten geldig. Deel deze code nooit, ook niet met medewerkers van «co2».""",
             ask=g.c(["Iemand belde of ik deze code wilde voorlezen, is dat oplichting?", "Is dit een echte sms?",
                      "Wat moet ik doen met deze code?"]),
             co=g.c(["Moneybird", "Bol", "Exact", "DigiD", "Rabobank"]), code=code, co2=g.c(["ons", "de bank", "de helpdesk"]))


@T("NEG")
def ng_bsn_explained(g):
    p = g.person()
    return R("""
«ask»

Hoi «pf»,
Voor je contract hebben we je burgerservicenummer (BSN) nodig. Dat nummer vind je op je paspoort, ID-kaart of rijbewijs en bestaat uit negen cijfers. Stuur het niet per mail of WhatsApp, maar vul het zelf in op het beveiligde formulier in de app. Je eerste werkdag is «d».
Groet, «r»""",
             ask=g.c(["Maak dit bericht korter:", "Vertaal naar het Engels:", "Vertaal naar het Arabisch:"]),
             pf=p.first(), d=g.kdate("wd"), r=g.person().first())


@T("NEG")
def ng_bsn_blank_form(g):
    p = g.person()
    return R("""
«ask»

AANMELDFORMULIER FLEXKRACHT
Naam: «p»
Telefoon: «tel»
E-mail: «mail»
BSN: ____________ (invullen bij de ID-check op kantoor)
IBAN: ____________
Beschikbaar vanaf: «d»""",
             ask=g.c(["Welke velden ontbreken nog?", "Maak hier een digitale versie van:", "Translate to Polish:"]),
             p=p.full(), tel=g.tel("mob"), mail=p.mail(), d=g.kdate("wd"))


@T("NEG")
def ng_concept_contract(g):
    a, b = g.people(2)
    return R("""
«ask»

CONCEPT – NIET ONDERTEKENEN
Huurovereenkomst bedrijfsruimte «adres», «town»
Verhuurder: «a»
Huurder: «co», vertegenwoordigd door «b»
Huurprijs: «rent» per maand excl. btw (nog te bespreken)
Ingangsdatum: «start»

Handtekening verhuurder: ______________   Datum: ________
Handtekening huurder:    ______________   Datum: ________""",
             ask=g.c(["Welke punten moet ik nog onderhandelen?", "Check dit concept op rare clausules:",
                      "Wat mist er nog in dit concept?"]),
             adres=g.adres(), town=g.town(), a=a.full(), co=g.co(g.c(["bike", "salon", "bak", "photo"])), b=b.full(),
             rent=g.eur(900, 4800, "eu"), start=g.kdate("long"))


@T("NEG")
def ng_ter_ondertekening(g):
    a, b = g.people(2)
    return R("""
«ask»

Beste «bf»,

Bijgaand ontvang je de arbeidsovereenkomst ter ondertekening. Wil je beide exemplaren tekenen en één exemplaar vóór «d» aan ons retourneren? Je kunt ook digitaal tekenen via de link die je apart ontvangt.
Bij vragen kun je mij bereiken op «tel».

Met vriendelijke groet,
«a»
«co»""",
             ask=g.c(["Maak deze mail wat persoonlijker:", "Vertaal naar het Engels:", "Korter aub:"]),
             bf=b.first(), d=g.kdate("wd"), tel=g.tel("land"), a=a.full(), co=g.co(g.c(["hr", "log", "care", "acc"])))


@T("NEG")
def ng_salary_question(g):
    return R("""
«ask»""",
             ask=g.c([
                 S("Ik verdien ", g.eur(2200, 4200, g.c(["eu", "euroint", "int"])),
                   " bruto per maand, hoeveel vakantiegeld krijg ik ongeveer in mei?"),
                 S("Mijn netto salaris is ongeveer ", g.eur(1800, 3200, g.c(["eu", "int"])),
                   ". Is het slim om extra in te leggen voor mijn pensioen?"),
                 S("Wat is een redelijk salaris voor een junior boekhouder in ", g.town(), "? Ze vraagt ",
                   g.eur(2800, 3600, "int"), "."),
                 S("How is the Dutch 'vakantiegeld' calculated if my gross salary is ", g.eur(3000, 6000, "en"), "?"),
             ]))


@T("NEG")
def ng_vacature(g):
    r = g.person()
    co = g.co(g.c(["log", "care", "bak", "clean", "acc"]))
    return R("""
«ask»

VACATURE Planner (32–40 uur) bij «co»
Wat bieden wij: «lo» – «hi» bruto per maand, 8% vakantiegeld, reiskostenvergoeding en een fiets van de zaak.
Reageren vóór «d» bij «r» via «mail» of bel «tel».""",
             ask=g.c(["Maak deze vacaturetekst aantrekkelijker:", "Schrijf een LinkedIn-post op basis van deze vacature:",
                      "Is dit salaris marktconform?"]),
             co=co, lo=g.eur(2700, 3200, st := g.c(["int", "dash", "eu"])), hi=g.eur(3400, 4300, st),
             d=g.kdate("long"), r=r.full(), mail=r.wmail(g.dom(co)), tel=g.tel("mob"))


@T("NEG")
def ng_invoice_iban(g):
    k, a = g.people(2)
    co = g.co(g.c(["clean", "photo", "bike", "event", "tr"]))
    return R("""
«ask»

FACTUUR «inv»
«co» | KvK «kvk» | btw «btw»
Aan: «k», «addr»
Factuurdatum: «d»
Omschrijving: «desc»
Subtotaal «sub»  btw 21%  Totaal «tot»
Graag binnen 14 dagen overmaken op «iban» t.n.v. «co», o.v.v. «inv2».""",
             ask=g.c(["Schrijf een vriendelijke herinnering voor deze factuur:", "Klopt de btw-berekening?",
                      "Zet deze factuur om naar Engels:"]),
             inv=(inv := g.ref("inv")), co=co, kvk=g.kvk(), btw=g.btwnr(), k=k.full(), addr=g.addr(", "),
             d=g.kdate("num"), desc=g.c(["Schoonmaak maart", "Fotoshoot + 25 foto's", "Onderhoud e-bike",
                                          "Vertaling NL-EN 3.200 woorden", "Organisatie bedrijfsuitje"]),
             sub=K(eur_fmt(sub := g.n(10000, 300000), "eu")), tot=K(eur_fmt(sub + (sub * 21 + 50) // 100, "eu")),
             iban=g.iban(), inv2=inv)


@T("NEG")
def ng_team_contacts(g):
    ps = g.people(g.n(2, 4))
    rows = [S(p.full(), " – ", g.c(["planning", "administratie", "werkplaats", "receptie", "storingsdienst"]), " – ",
              g.tel("mob")) for p in ps]
    return R("""
«ask»

Bereikbaarheid tijdens de vakantie:
«rows»""",
             ask=g.c(["Maak hier een nette out-of-office tekst van:", "Zet in een tabel:", "Translate to English:"]),
             rows=J("\n", rows))


@T("NEG")
def ng_ordernr_nine(g):
    p = g.person()
    return R("""
«ask»

Klant «p» belt over bestelling «o1» (geleverd) en «o2» (nog onderweg). Track & trace: 3S«tt». «hij» wil «o2» annuleren en het bedrag van «amt» terug.""",
             ask=g.c(["Schrijf een antwoord aan de klant:", "Wat moet ik in het systeem doen?", "Draft a reply:"]),
             p=p.full(), hij=p.hij().capitalize(), o1=g.ref("nine"), o2=g.ref("nine"), tt=g.rs(4, "ABCDEFGHJKLMNPRSTUVWXYZ") + g.digits(7),
             amt=g.eur(20, 400, "eu"))


@T("NEG")
def ng_password_in_vault(g):
    a, b = g.people(2)
    return R("""
«ask»

«chat»""",
             ask=g.c(["Vat samen:", "Maak hier een instructie van voor nieuwe collega's:", "wat is de afspraak?"]),
             chat=wa(g, [
                 (a.first(), S("wat is het wachtwoord van de Exact omgeving van ", g.co("client"), "?")),
                 (b.first(), S("staat in Bitwarden onder Klanten > Exact, ik deel de collectie met je")),
                 (a.first(), S("top, en moet ik MFA op mijn eigen telefoon zetten?")),
                 (b.first(), S("ja, nooit op de gedeelde telefoon. en niet in de chat zetten he 😉")),
             ]))


@T("NEG")
def ng_pw_changed(g):
    p = g.person()
    return R("""
«ask»

Je wachtwoord is gewijzigd
Hoi «pf», het wachtwoord van je account «mail» is gewijzigd op «d» om «tm» vanaf een apparaat in «town». Was jij dit niet? Neem dan direct contact op met de servicedesk via «tel».""",
             ask=g.c(["Ik heb niks gewijzigd, wat moet ik doen?", "Is dit een echte melding?", "What should I do?"]),
             pf=p.first(), mail=p.mail(), d=g.kdate("long", g.past(3)), tm=g.tm("colon"), town=g.town(), tel=g.tel("svc"))


@T("NEG")
def ng_api_docs(g):
    return R("""
«ask»

curl https://api.«dom»/v1/zendingen \\
  -H "Authorization: Bearer YOUR_API_KEY" \\
  -d '{"ordernummer": "«ord»", "gewicht": 2.4}'
Vervang YOUR_API_KEY door de sleutel uit je dashboard (Instellingen > API).""",
             ask=g.c(["Hoe doe ik dit in Python?", "Translate this example to JavaScript fetch:",
                      "Wat betekent Bearer hier?"]),
             dom=g.dom(g.co("log")), ord=g.ref("ord"))


@T("NEG")
def ng_key_rotation(g):
    a = g.person()
    return R("""
«ask»

Beste klanten,
Op «d» vervangen we alle API-sleutels van ons klantportaal. Sleutels die eindigen op de oude prefix werken vanaf «tm» niet meer. Je nieuwe sleutel vind je in het portaal onder Koppelingen; we sturen hem nooit per mail.
Vragen? Mail «mail».
«a»""",
             ask=g.c(["Maak deze aankondiging duidelijker:", "Schrijf een korte versie voor op de website:", "Translate:"]),
             d=g.kdate("wd"), tm=g.tm("colon"), mail=g.cmail(g.co("it"), "support"), a=a.full())


@T("NEG")
def ng_phishing_example(g):
    p = g.person()
    return R("""
«ask»

Van: ICT Servicedesk <«fmail»>
Onderwerp: Uw mailbox is vol!

Beste «pf»,
Uw mailbox heeft de limiet bereikt. Log binnen 24 uur in met uw gebruikersnaam en wachtwoord via de onderstaande link om uw berichten te behouden.
https://«fake»/owa/login""",
             ask=g.c(["Gebruik dit als voorbeeld in een phishing-training en benoem de signalen:", "Is dit phishing?",
                      "What are the red flags?"]),
             fmail=M("EMAIL", "helpdesk@" + (fk := g.c(["mailbox-upgrade.info", "m365-verify.net", "outlook-support-nl.com"]))),
             fake=fk, pf=p.first())


@T("NEG")
def ng_loonstrook_request(g):
    p, h = g.people(2)
    return R("""
«ask»

Hoi «hf»,
Kun je mijn loonstroken van «m1» en «m2» nog een keer sturen? Ik heb ze nodig voor de hypotheekaanvraag. Mijn oude mailadres werkt niet meer, dus graag naar «mail».
Dank! «pf»""",
             ask=g.c(["Schrijf een antwoord:", "Maak dit formeler:", "Vertaal naar het Engels:"]),
             hf=h.first(), m1=K(g.c(MONTHS[:6])), m2=K(g.c(MONTHS[6:])), mail=p.mail(), pf=p.first())


@T("NEG")
def ng_jaaropgave_vraag(g):
    return R("""
«ask»""",
             ask=S("Op mijn jaaropgave ", K("2025"), " staat fiscaal loon ", g.eur(28000, 72000, "eu"),
                   " en ingehouden loonheffing ", g.eur(4000, 19000, "eu"),
                   ". Is dat fiscaal loon hetzelfde als mijn bruto jaarsalaris?"))


@T("NEG")
def ng_cao_schalen(g):
    rows = []
    base = g.n(2300, 2700)
    for i in range(5):
        rows.append(S("Schaal %d\t" % (i + 1), K(eur_fmt((base + 180 * i) * 100, "eu")), "\t",
                      K(eur_fmt((base + 180 * i + 420) * 100, "eu"))))
    return R("""
«ask»

Loonschalen per «d» (bruto per maand, fulltime)
Schaal	Minimum	Maximum
«rows»""",
             ask=g.c(["In welke schaal past een ervaren planner?", "Maak hier een grafiek van:", "Explain this table:"]),
             d=g.kdate("long"), rows=J("\n", rows))


@T("NEG")
def ng_not_signed_chat(g):
    a, b = g.people(2)
    return R("""
«ask»

«a»  «t1»
is het contract met «client» al getekend?
«b»  «t2»
nee, ligt nog bij hun jurist. verwacht pas na «d»
«a»  «t3»
ok dan plannen we de kick-off nog niet""",
             ask=g.c(["Vat samen voor de projectplanning:", "Wat is de status?", "Summarize:"]),
             a=a.full(), t1="10:%02d" % g.n(0, 29), client=g.co("client"), b=b.full(), t2="10:%02d" % g.n(30, 44),
             d=g.kdate("wd"), t3="10:%02d" % g.n(45, 59))


@T("NEG")
def ng_esign_pending(g):
    a, b = g.people(2)
    return R("""
«ask»

Status ondertekening «doc»
Verzonden door «a» op «d»
Ondertekenaar: «b» («mail») – status: wacht op ondertekening
Herinnering verstuurd: 2x
Verloopt op: «exp»""",
             ask=g.c(["Schrijf een vriendelijke herinnering aan de klant:", "Wat moet ik nu doen?",
                      "Write a gentle reminder:"]),
             doc=g.c(["Opdrachtbevestiging", "Huurovereenkomst", "Raamovereenkomst"]) + " " + g.ref("dos").value,
             a=a.full(), d=g.kdate("num", g.past(10)), b=b.full(), mail=b.mail(), exp=g.kdate("long"))


@T("NEG")
def ng_contract_template(g):
    a = g.person()
    return R("""
«ask»

OVEREENKOMST VAN OPDRACHT
Partijen:
1. «co», gevestigd te «town», hierna: opdrachtgever;
2. [NAAM OPDRACHTNEMER], wonende te [ADRES], hierna: opdrachtnemer.
Tarief: [BEDRAG] per uur. Looptijd: [STARTDATUM] tot [EINDDATUM].
Handtekening opdrachtgever: ____________  Handtekening opdrachtnemer: ____________
(Sjabloon opgesteld door «a»)""",
             ask=g.c(["Is dit sjabloon geschikt voor zzp'ers onder de nieuwe regels?", "Vul aan met een geheimhoudingsclausule:",
                      "Improve this template:"]),
             co=g.co(g.c(["tr", "photo", "event", "it"])), town=g.town(), a=a.full())


@T("NEG")
def ng_offerte_graag_getekend(g):
    a, k = g.people(2)
    return R("""
«ask»

Beste «kk»,

Hierbij de offerte («off») voor het onderhoud van de tuin aan de «adres». Totaalbedrag «amt» incl. btw.
Gaat u akkoord? Dan ontvangen wij de offerte graag getekend retour, waarna we de werkzaamheden in week «wk» inplannen.

Met vriendelijke groet,
«a»""",
             ask=g.c(["Maak deze mail wat commerciëler:", "Korter aub:", "Translate to English:"]),
             kk=S(k.title(), " ", k.sur()), off=g.ref("off"), adres=g.adres(), amt=g.eur(300, 4500, "eu"),
             wk=K(str(g.n(2, 50))), a=a.full())


@T("NEG")
def ng_betalingsherinnering(g):
    k = g.person()
    co = g.co(g.c(["clean", "bike", "photo", "bak", "event"]))
    return R("""
«ask»

Herinnering: factuur «inv» van «d» over «amt» staat nog open. Wilt u het bedrag binnen 7 dagen overmaken naar «iban» t.n.v. «co»? Heeft u al betaald, dan kunt u deze herinnering als niet verzonden beschouwen.
«k» – klantnummer «kn»""",
             ask=g.c(["Maak deze herinnering vriendelijker:", "Schrijf een tweede, strengere herinnering:",
                      "Vertaal naar het Engels:"]),
             inv=g.ref("inv"), d=g.kdate("long", g.past(40)), amt=g.eur(50, 2500, "eu"), iban=g.iban(), co=co,
             k=k.full(), kn=K(str(g.n(10000, 99999))))


@T("NEG")
def ng_wifi_no_pw(g):
    a, b = g.people(2)
    return R("""
«ask»

«a»: wat is het wifi wachtwoord voor gasten?
«b»: hangt op het briefje bij de koffieautomaat, niet in de chat zetten aub
«a»: 👍""",
             ask=g.c(["Maak hier een bordje van voor bij de balie:", "Schrijf een huisregel hierover:", "Vat samen:"]),
             a=a.first(), b=b.first())


@T("NEG")
def ng_bcrypt_hash(g):
    p = g.person()
    h = "$2y$10$" + g.rs(53, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./")
    return R("""
«ask»

mysql> SELECT id, email, password_hash, created_at FROM users WHERE id = «id»;
| «id» | «mail» | «h» | «ts» |""",
             ask=g.c(["Kan ik uit deze hash het wachtwoord terugrekenen?", "Is bcrypt cost 10 nog genoeg?",
                      "Why is this hash 60 characters?"]),
             id=str(g.n(10, 9999)), mail=p.mail(), h=h, ts=K(fdate(g.past(300), "iso") + " 10:%02d:11" % g.n(10, 59)))


@T("NEG")
def ng_gh_secrets_ref(g):
    return R("""
«ask»

name: deploy
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}
      MOLLIE_KEY: ${{ secrets.MOLLIE_KEY }}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build""",
             ask=g.c(["Waarom is de env var leeg in de build?", "Why is the secret empty in forks?",
                      "Is dit veilig zo?"]))


@T("NEG")
def ng_ssh_pubkey(g):
    p = g.person()
    return R("""
«ask»

Kun je deze publieke sleutel toevoegen aan de server van «client»?
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«k» «user»@laptop
Groet, «p»""",
             ask=g.c(["Hoe voeg ik dit toe aan authorized_keys?", "How do I add this key?", "Is dit veilig om te delen?"]),
             client=g.co("client"), k=g.rs(43), user=M("PERSOON", slug(p.f)), p=p.first())


@T("NEG")
def ng_btw_kvk(g):
    a = g.person()
    co = g.co(g.c(["acc", "tr", "photo", "clean"]))
    return R("""
«ask»

Bedrijfsgegevens «co»
KvK-nummer: «kvk»
Btw-identificatienummer: «btw»
Vestigingsnummer: «vest»
IBAN: «iban»
Contact: «a», «mail»""",
             ask=g.c(["Zet deze gegevens in de footer van onze offerte:", "Klopt het format van het btw-nummer?",
                      "Maak een vCard:"]),
             co=co, kvk=g.kvk(), btw=g.btwnr(), vest=g.digits(12, True), iban=g.iban(), a=a.full(),
             mail=a.wmail(g.dom(co)))


@T("NEG")
def ng_age_no_dob(g):
    c = g.person()
    return R("""
«ask»

Nieuwe aanmelding: «c», «age» jaar, woont alleen in «town». Hulpvraag: hulp bij douchen en steunkousen, 3x per week. Dochter belt terug op «tel».""",
             ask=g.c(["Schrijf een intakevoorstel:", "Welke vragen stel ik bij de intake?", "Vat samen:"]),
             c=S(c.t(), " ", c.sur()), age=str(g.n(74, 97)), town=g.town(), tel=g.tel("mob"))


@T("NEG")
def ng_aanrijding_blank(g):
    a, b = g.people(2)
    return R("""
«ask»

Europees aanrijdingsformulier (nog niet ingevuld door B)
Voertuig A: «pa», bestuurder «a», tel «ta»
Voertuig B: «pb», bestuurder: ...
Plaats: kruising «s1» / «s2», «town», «d» om «tm»
Handtekening A: ____________   Handtekening B: ____________""",
             ask=g.c(["Wat moet ik nog invullen en wat moet de tegenpartij doen?", "Schrijf een korte schadebeschrijving:",
                      "Wie is hier waarschijnlijk aansprakelijk?"]),
             pa=g.plate(), a=a.full(), ta=g.tel("mob"), pb=g.plate(), s1=g.street(), s2=g.street(), town=g.town(),
             d=g.kdate("long", g.past(5)), tm=g.tm("colon"))


@T("NEG")
def ng_loonkosten(g):
    return R("""
«ask»

Loonkostenberekening nieuwe vacature (indicatief)
Bruto maandsalaris	«bruto»
Vakantiegeld 8% (per jaar)	«vg»
Werkgeverslasten ca. 30% (per jaar)	«wl»
Totale loonkosten per jaar	«tot»""",
             ask=g.c(["Klopt deze berekening ongeveer?", "Kan ik deze functie betalen bij een omzet van 300k?",
                      "Maak hier een begroting van:"]),
             bruto=K(eur_fmt(B := g.n(2600, 4200) * 100, "eu")), vg=K(eur_fmt(VG := 12 * B * 8 // 100, "eu")),
             wl=K(eur_fmt(WL := (12 * B + VG) * 30 // 100, "eu")), tot=K(eur_fmt(12 * B + VG + WL, "eu")))


@T("NEG")
def ng_already_pseudo(g):
    return R("""
«ask»

[KLANT_A] woont op [ADRES] en heeft op «d» een offerte van «amt» gekregen voor de badkamer. [KLANT_A] vraagt of de prijs nog geldt als de start naar «d2» schuift. Contact via [TELEFOON].""",
             ask=g.c(["Schrijf een antwoord namens ons bedrijf:", "Draft a reply:", "Maak een nette mail:"]),
             d=g.kdate("dm", g.past(30)), amt=g.eur(4000, 18000, "eu"), d2=g.kdate("wd"))


@T("NEG")
def ng_ai_policy(g):
    a = g.person()
    return R("""
«ask»

AI-afspraken «co» (concept)
1. Plak nooit BSN's, salarisstroken, ondertekende contracten, klantenlijsten, wachtwoorden of API-keys in een AI-tool.
2. Vervang namen door [KLANT_A] en adressen door [ADRES]; bedragen mogen blijven staan.
3. Alleen het Team-abonnement gebruiken, met tweestapsverificatie.
4. Datalek? Binnen 72 uur melden; bel eerst «a» («tel»).""",
             ask=g.c(["Maak hier een poster van:", "Vertaal naar het Engels voor onze internationale collega's:",
                      "Voeg een regel toe over gratis AI-tools:"]),
             co=g.co(g.c(["acc", "re", "care", "hr", "log"])), a=a.full(), tel=g.tel("mob"))


@T("NEG")
def ng_ean(g):
    return R("""
«ask»

Artikel	EAN	Voorraad	Prijs
Fietstas waterdicht	«e1»	14	«p1»
Achterlicht USB	«e2»	32	«p2»
Bidonhouder	«e3»	7	«p3»""",
             ask=g.c(["Welke artikelen moet ik bijbestellen?", "Maak een Bol.com-advertentietekst voor de fietstas:",
                      "Calculate stock value:"]),
             e1="87" + g.digits(11), e2="87" + g.digits(11), e3="40" + g.digits(11), p1=g.eur(35, 90, "eu"),
             p2=g.eur(8, 30, "eu"), p3=g.eur(4, 15, "eu"))


@T("NEG")
def ng_department_phones(g):
    co = g.co(g.c(["log", "care", "gem", "it"]))
    return R("""
«ask»

Contact «co»
Receptie: «t1»
Planning: «t2»
Storingsdienst (24/7): «t3»
Algemeen: «m»""",
             ask=g.c(["Maak hier een contactpagina voor de website van:", "Zet in een e-mailhandtekening:",
                      "Translate to English:"]),
             co=co, t1=g.tel("land"), t2=g.tel("land"), t3=g.tel("svc"), m=g.cmail(co, "info"))


@T("NEG")
def ng_bol_order(g):
    k = g.person()
    return R("""
«ask»

Bestelling «ord» – geplaatst op «d»
Verzendadres: «k», «addr»
1x Theepot gietijzer 1,2 L – «p1»
Verzendkosten: gratis
Totaal: «p1»""",
             ask=g.c(["De klant zegt dat het pakket beschadigd was, schrijf een reactie:", "Vat samen:",
                      "Maak een retourlabel-aanvraag:"]),
             ord=g.ref("bol"), d=g.kdate("long", g.past(10)), k=k.full(), addr=g.addr(", "), p1=g.eur(25, 80, "eu"))


@T("NEG")
def ng_cmr_single(g):
    ch = g.person()
    return R("""
«ask»

CMR «cmr»
Afzender: «co1», «town1»
Geadresseerde: «co2», «addr»
Vervoerder: «co3», chauffeur «ch», trekker «p1», oplegger «p2»
Goederen: 26 pallets, 11.840 kg
Plaats en datum van inontvangstneming: «town1», «d»""",
             ask=g.c(["Klopt deze CMR? Wat ontbreekt er?", "Vertaal naar het Duits:", "Explain the fields:"]),
             cmr=g.ref("dos"), co1=g.co(g.c(["shop", "bak"])), town1=g.town(), co2=g.co("client"), addr=g.addr(", "),
             co3=g.co("log"), ch=ch.full(), p1=g.plate("truck"), p2=g.plate("trailer"), d=g.kdate("num"))


@T("NEG")
def ng_begroting(g):
    a = g.person()
    return R("""
«ask»

Begroting personeelsfeest («n» personen)
Locatie	«l»
Catering	«c»
DJ	«dj»
Totaal	«t»
Contact locatie: «a», «tel»""",
             ask=g.c(["Klopt het totaal?", "Waar kan ik op besparen?", "Maak een mooie tabel:"]),
             n=str(g.n(25, 120)), l=K(eur_fmt(c1 := g.n(60000, 250000), "eu")),
             c=K(eur_fmt(c2 := g.n(150000, 600000), "eu")), dj=K(eur_fmt(c3 := g.n(30000, 90000), "eu")),
             t=K(eur_fmt(c1 + c2 + c3, "eu")), a=a.full(), tel=g.tel("any"))


@T("NEG")
def ng_en_password_advice(g):
    return R("""
How strong should the passwords be for our 12-person accounting firm, and should we use a password manager like Bitwarden or 1Password? We currently share one spreadsheet with all client logins, which I know is bad. Budget is about «amt» per month.""",
             amt=g.eur(20, 120, "en"))


@T("NEG")
def ng_german_notice(g):
    a = g.person("de")
    return R("""
«ask»

Wichtiger Hinweis: Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrem Passwort oder Ihrer TAN. Bei Fragen wenden Sie sich bitte an «a» unter «tel».""",
             ask=g.c(["Vertaal naar het Nederlands:", "Maak hier een Nederlandse versie van voor onze website:",
                      "Translate into English:"]),
             a=a.full(), tel=g.tel("de"))


@T("NEG")
def ng_flemish_rrn(g):
    k, b = g.people(2, "be")
    return R("""
«ask»

Dag «kf»,
U hoeft uw rijksregisternummer niet per mail door te sturen; we vragen dat enkel op bij de ondertekening van de akte op kantoor. Breng wel uw identiteitskaart mee op «d» om «tm».
Met vriendelijke groeten,
«b»""",
             ask=g.c(["Maak dit vriendelijker:", "Zet om naar Nederlands-Nederlands:", "Vertaal naar het Frans:"]),
             kf=k.first(), d=g.kdate("wd"), tm=g.tm("uur"), b=b.full())


@T("NEG")
def ng_zoom_signing_next_week(g):
    a, b = g.people(2)
    return R("""
«ask»

00:14:02 «a»: Dan sturen we het definitieve contract morgen via Signhost.
00:14:09 «b»: Prima, dan kan mijn compagnon het begin volgende week tekenen.
00:14:15 «a»: En de eerste factuur van «amt» volgt pas na ondertekening.""",
             ask=g.c(["Maak actiepunten van dit fragment:", "Summarize:", "Schrijf een bevestigingsmail:"]),
             a=a.full(), b=b.full(), amt=g.eur(500, 9000, "eu"))


@T("NEG")
def ng_smime(g):
    a, b = g.people(2)
    return R("""
«ask»

Dit bericht is digitaal ondertekend met een S/MIME-certificaat.
Van: «a» <«am»>
Aan: «b» <«bm»>
Onderwerp: planning week «wk»

Hoi «bf», in de bijlage de planning. Bel me even op «tel» als iets niet past.
«af»""",
             ask=g.c(["Wat betekent 'digitaal ondertekend' hier?", "Maak hier een korte reactie op:",
                      "Is this email trustworthy?"]),
             a=a.full(), am=a.mail(), b=b.full(), bm=b.mail(), wk=K(str(g.n(2, 51))), bf=b.first(), tel=g.tel("mob"),
             af=a.first())


@T("NEG")
def ng_bsn_removed(g):
    p = g.person()
    return R("""
«ask»

Dossiernotitie «d»: identiteit van «p» gecontroleerd aan de balie (rijbewijs). BSN [verwijderd conform privacybeleid]. Geboortedatum «dob». Afspraak voor vervolggesprek op «d2».""",
             ask=g.c(["Maak hier een nette dossiernotitie van:", "Klopt dit met de AVG?", "Vat samen:"]),
             d=g.kdate("num"), p=p.full(), dob=g.dob("num"), d2=g.kdate("wd"))


@T("NEG")
def ng_pincode_later(g):
    p = g.person()
    return R("""
«ask»

Beste «pp»,
Uw nieuwe tankpas voor de «plate» is onderweg. De pincode ontvangt u over enkele dagen in een aparte brief. Gebruik de pas alleen voor de bedrijfsauto; privé-tankbeurten worden verrekend met uw loon.
Wagenparkbeheer «co»""",
             ask=g.c(["Maak deze brief korter:", "Vertaal naar het Engels:", "Add a line about lost cards:"]),
             pp=S(p.title(), " ", p.sur()), plate=g.plate(), co=g.co(g.c(["log", "clean", "it"])))


@T("NEG")
def ng_datalek_draft(g):
    a = g.person()
    return R("""
«ask»

Concept melding datalek
Op «d» is een laptop van een medewerker gestolen uit een auto. De laptop was versleuteld met BitLocker. Mogelijk betrokken: gegevens van ca. «n» klanten (naam, adres, e-mail). Er zijn geen BSN's of financiële gegevens betrokken. Contactpersoon: «a», «tel».""",
             ask=g.c(["Moeten we dit melden bij de AP binnen 72 uur?", "Verbeter deze melding:", "Is this reportable?"]),
             d=g.kdate("long", g.past(3)), n=str(g.n(40, 900)), a=a.full(), tel=g.tel("mob"))


@T("NEG")
def ng_ticket_no_pw(g):
    p, t = g.people(2)
    return R("""
«ask»

Ticket «tck»: «p» kan niet inloggen op de VPN. Account was geblokkeerd na 5 foute pogingen. Account gedeblokkeerd, gebruiker heeft zelf via de self-service portal een nieuw wachtwoord ingesteld. Opgelost door «t» om «tm».""",
             ask=g.c(["Schrijf een korte update voor de klant:", "Maak hier een KB-artikel van:", "Translate:"]),
             tck=g.ref("tck"), p=p.full(), t=t.first(), tm=g.tm("colon"))


@T("NEG")
def ng_meeting_notes_4(g):
    ps = g.people(4)
    return R("""
«ask»

Notulen werkoverleg «d»
Aanwezig: «a», «b», «c», «dd»
1. Nieuwe klant «client»: offerte «off» verstuurd, ter ondertekening.
2. Vakantieplanning: «bi» zoekt vervanging voor week «wk».
Actiepunten: «ai» belt de klant, «ci» past het rooster aan.""",
             ask=g.c(["Maak een nette versie:", "Welke actiepunten zijn er?", "Summarize in English:"]),
             d=g.kdate("long"), a=ps[0].full(), b=ps[1].full(), c=ps[2].full(), dd=ps[3].full(),
             client=g.co("client"), off=g.ref("off"), bi=ps[1].tag(), wk=K(str(g.n(20, 35))), ai=ps[0].tag(),
             ci=ps[2].tag())


@T("NEG")
def ng_tracking(g):
    k = g.person()
    return R("""
«ask»

Uw pakket is onderweg! Track & Trace: 3S«tt» (PostNL). Verwachte bezorging «d» tussen «t1» en «t2». Niet thuis? Dan bezorgen we bij de buren of op een PostNL-punt.
Bestelnummer «ord» – «k»""",
             ask=g.c(["Maak hier een Engelse versie van:", "Is dit een echte sms?", "Korter aub:"]),
             tt=g.rs(4, "ABCDEFGHJKLMNPRSTUVWXYZ") + g.digits(9), d=g.kdate("wd"), t1=g.tm("colon"),
             t2=K("%d:00" % g.n(14, 18)), ord=g.ref("shop"), k=k.full())


@T("NEG")
def ng_hr_question(g):
    return R("""
«ask»""",
             ask=g.c([S("Een medewerker vraagt of we haar loonstrook naar haar nieuwe adres kunnen sturen in plaats van via de app. Mag dat en wat is veiliger?"),
                      S("Moet ik als werkgever de loonstroken 7 jaar bewaren? En in welke vorm?"),
                      S("Wat moet er minimaal op een loonstrook staan volgens de wet?"),
                      S("Is it allowed to send payslips by regular email in the Netherlands?")]))


@T("NEG")
def ng_handtekening_scan_question(g):
    return R("""
«ask»""",
             ask=g.c([S("Is een gescande handtekening net zo geldig als een natte handtekening bij een huurcontract?"),
                      S("Wat is het verschil tussen een gewone, geavanceerde en gekwalificeerde elektronische handtekening?"),
                      S("Moet een arbeidsovereenkomst altijd ondertekend zijn om geldig te zijn?"),
                      S("Can a WhatsApp 'ok' count as accepting a quote in Dutch law?")]))


@T("NEG")
def ng_customer_list_question(g):
    return R("""
«ask»""",
             ask=g.c([S("Mag ik mijn klantenlijst van ", g.c(["ruim 300", "ongeveer 80", "1.200"]),
                        " adressen gebruiken voor een nieuwsbrief zonder opnieuw toestemming te vragen?"),
                      S("Hoe maak ik in Excel een klantenlijst die automatisch dubbele e-mailadressen markeert?"),
                      S("Welke velden heb ik minimaal nodig in een CRM voor een kapsalon?")]))


@T("NEG")
def ng_placeholder_letter(g):
    return R("""
«ask»

Beste {{voornaam}},

Op {{datum}} komt {{monteur}} langs voor het onderhoud van uw cv-ketel op {{adres}}. Het tarief is «amt» inclusief voorrijkosten.
Met vriendelijke groet,
{{afzender}}""",
             ask=g.c(["Maak hier een sms-versie van met dezelfde variabelen:", "Vertaal naar het Engels, laat de variabelen staan:",
                      "Improve the tone:"]),
             amt=g.eur(79, 149, g.c(["eu", "dash"])))


@T("NEG")
def ng_two_contacts_vcard(g):
    ps = g.people(2)
    cards = [S("BEGIN:VCARD\nVERSION:3.0\nFN:", p.full(), "\nTEL;TYPE=WORK:", g.tel("land"), "\nEMAIL:", p.mail(),
               "\nEND:VCARD") for p in ps]
    return R("""
«ask»

«cards»""",
             ask=g.c(["Zet deze twee contacten in een tabel:", "Convert to CSV:", "Voeg aan Outlook toe: hoe?"]),
             cards=J("\n", cards))


@T("NEG")
def ng_iban_check(g):
    p = g.person()
    return R("""
«ask»

De klant «p» heeft «zijn» rekeningnummer gewijzigd naar «iban». Moeten we dit eerst telefonisch verifiëren op het bekende nummer («tel») voordat we de terugbetaling van «amt» doen?""",
             ask=g.c(["Wat is hier wijsheid?", "Schrijf een procedure voor rekeningnummer-wijzigingen:", "Advise:"]),
             p=p.full(), zijn=p.zijn(), iban=g.iban(), tel=g.tel("any"), amt=g.eur(100, 3000, "eu"))


@T("NEG")
def ng_sla_unsigned(g):
    a = g.person()
    return R("""
«ask»

SLA «co» – versie ter bespreking
Responstijden: prio 1 binnen 1 uur, prio 2 binnen 4 uur, prio 3 volgende werkdag.
Maandbedrag: «amt» per werkplek.
Deze versie is nog niet akkoord bevonden; ondertekening volgt na het overleg van «d».
Opgesteld: «a»""",
             ask=g.c(["Zijn deze responstijden realistisch voor een klein IT-bedrijf?", "Vergelijk met de markt:",
                      "Improve wording:"]),
             co=g.co("it"), amt=g.eur(25, 75, "eu"), d=g.kdate("wd"), a=a.full())


@T("NEG")
def ng_plates_parking(g):
    ps = g.people(g.n(2, 3))
    rows = [S(p.full(), ": ", g.plate()) for p in ps]
    return R("""
«ask»

Parkeerplaatsen kantoor vanaf «d»:
«rows»
Bezoekers parkeren op P2.""",
             ask=g.c(["Maak een bericht voor het team:", "Zet in een tabel:", "Translate:"]),
             d=g.kdate("wd"), rows=J("\n", rows))


@T("NEG")
def ng_dob_birthday(g):
    ps = g.people(g.n(2, 3))
    rows = [S(p.first(), " wordt ", str(g.n(25, 60)), " op ", K(fdate(g.workday(), "wd"))) for p in ps]
    return R("""
«ask»

Verjaardagen deze maand:
«rows»""",
             ask=g.c(["Schrijf een leuk berichtje voor in de teamchat:", "Maak een taartrooster:", "Maak het grappiger:"]),
             rows=J("\n", rows))


@T("NEG")
def ng_recovery_codes_explained(g):
    return R("""
«ask»

Tip van de week: bewaar je herstelcodes van je authenticator-app op een veilige plek, bijvoorbeeld in de wachtwoordmanager of uitgeprint in de kluis. Zonder die codes kom je niet meer in je account als je telefoon kwijt is. Deel ze met niemand, ook niet met de helpdesk.""",
             ask=g.c(["Maak dit korter voor de nieuwsbrief:", "Translate to English:", "Maak er een quizvraag van:"]))


@T("NEG")
def ng_salary_range_chat(g):
    a, b = g.people(2)
    return R("""
«ask»

«chat»""",
             ask=g.c(["Vat samen:", "Wat is ons voorstel?", "Schrijf een aanbod op basis hiervan:"]),
             chat=wa(g, [
                 (a.first(), S("kandidaat vraagt ", g.eur(3800, 4400, "int"), ", onze range is ", g.eur(3200, 3500, "int"),
                               " tot ", g.eur(3700, 4000, "int"))),
                 (b.first(), S("bied ", g.eur(3600, 3800, "int"), " + opleidingsbudget")),
                 (a.first(), S("ok doe ik")),
             ]))


@T("NEG")
def ng_kvk_uittreksel(g):
    p = g.person()
    return R("""
«ask»

Uittreksel Handelsregister
Handelsnaam: «co»
KvK-nummer: «kvk»
Rechtsvorm: Eenmanszaak
Bezoekadres: «addr»
Eigenaar: «p», geboren «dob»
Datum inschrijving: «d»""",
             ask=g.c(["Welke gegevens hieruit mag ik op mijn website zetten?", "Zet in de footer van mijn factuur:",
                      "Translate to English:"]),
             co=g.co(g.c(["photo", "salon", "bike", "clean"])), kvk=g.kvk(), addr=g.addr(", "), p=p.full(),
             dob=g.dob("num"), d=g.kdate("num", g.past(900)))


@T("NEG")
def ng_masked_iban_phone(g):
    p = g.person()
    return R("""
«ask»

Terugbetaling van «amt» is gestort op rekening NL** **** **** **12 34 van «p». Vragen? We bellen u terug op het nummer eindigend op 78.""",
             ask=g.c(["Maak dit bericht duidelijker:", "Vertaal naar het Turks:", "Is this clear?"]),
             amt=g.eur(10, 400, "eu"), p=p.full())


# ==============================================================================================
# PII: ordinary business material with personal data, nothing to refuse
# ==============================================================================================
# ---- accountancy ---------------------------------------------------------------------------
@T("PII")
def pi_acc_herinnering(g):
    k, a = g.people(2)
    return R("""
«ask»

klant: «k» («mail»)
factuur «inv» van «d», «amt», 45 dagen open
eerder gebeld op «tel», beloofde te betalen «pd»
rekening: «iban»""",
             ask=g.c(["Schrijf een nette maar duidelijke betalingsherinnering op basis van:",
                      "Maak een tweede aanmaning, zakelijk en kort:", "Write a polite payment reminder based on:"]),
             k=k.full(), mail=k.mail(), inv=g.ref("inv"), d=g.kdate("long", g.past(60)), amt=g.eur(120, 6000),
             tel=g.tel("any"), pd=g.kdate("wd", g.past(10)), iban=g.iban())


@T("PII")
def pi_acc_exact_mutaties(g):
    ps = g.people(3)
    rows = [S(K(fdate(g.past(30), "num")), "\t", p.rev() if g.ch() else p.full(), "\t", g.iban(False), "\t",
              g.eur(15, 2500, "plain"), "\t", g.c(["factuur", "terugbetaling", "huur", "onbekend"])) for p in ps]
    return R("""
«ask»

Datum	Tegenpartij	Rekening	Bedrag	Omschrijving
«rows»""",
             ask=g.c(["Op welke grootboekrekeningen boek ik deze bankmutaties?", "Welke mutatie is verdacht?",
                      "Categorize these bank transactions:"]),
             rows=J("\n", rows))


@T("PII")
def pi_acc_btw_vraag(g):
    k, a = g.people(2)
    return R("""
«ask»

Van: «k» <«mail»>
Aan: «a»
Onderwerp: btw «q»

Hoi «af»,
Ik heb dit kwartaal een nieuwe bus gekocht (kenteken «plate») voor «amt» incl. btw. Kan ik die btw terugvragen in de aangifte over «q»? Ik ben overdag bereikbaar op «tel».
Groet, «kf»
«co»""",
             ask=g.c(["Schrijf een antwoord aan de klant met uitleg over btw op een bestelbus:", "Vat de vraag samen:",
                      "Wat moet ik nog opvragen?"]),
             k=k.full(), mail=k.mail(), a=a.full(), q=K(g.c(["Q1", "Q2", "Q3", "Q4"])), af=a.first(),
             plate=g.plate("van"), amt=g.eur(18000, 46000, "eu"), tel=g.tel("mob"), kf=k.first(),
             co=g.co(g.c(["clean", "bike", "photo", "event"])))


@T("PII")
def pi_acc_intake(g):
    k = g.person()
    return R("""
«ask»

Nieuwe klant administratie
Naam: «k»
Geboortedatum: «dob»
Adres: «adres», «pc» «town»
Telefoon: «tel»
E-mail: «mail»
Onderneming: eenmanszaak «co», gestart «d»
Verwachte omzet eerste jaar: «omzet»""",
             ask=g.c(["Maak een welkomstmail met de documenten die we nodig hebben:", "Maak een checklist voor deze starter:",
                      "Welke belastingen zijn voor deze klant relevant?"]),
             k=k.full(), dob=g.dob(), adres=g.adres(), pc=g.pc(), town=g.town(), tel=g.tel("mob"), mail=k.mail(),
             co=g.co(g.c(["photo", "clean", "salon", "bike"])), d=g.kdate("long", g.past(100)),
             omzet=g.eur(25000, 120000, "int"))


@T("PII")
def pi_acc_teams_call(g):
    a, k = g.people(2)
    return R("""
«ask»

[00:00:03] «a»: Goedemorgen «kf», fijn dat je even tijd hebt.
[00:00:07] «k»: Ja hoor. Het gaat over de aangifte van mijn moeder, die is in «yr» overleden.
[00:00:15] «a»: Gecondoleerd. Voor de F-aangifte heb ik haar geboortedatum nodig.
[00:00:19] «k»: Dat is «dob». Ze woonde op «adres» in «town».
[00:00:31] «a»: Dank je. Ik stuur je vandaag een lijstje, dan plannen we op «d» een vervolg.""",
             ask=g.c(["Maak een gespreksverslag met actiepunten:", "Vat samen in drie zinnen:", "Summarize this call:"]),
             a=a.full(), kf=k.first(), k=k.full(), yr=K("2025"), dob=g.dob("long", 70, 98), adres=g.adres(),
             town=g.town(), d=g.kdate("wd"))


@T("PII")
def pi_acc_moneybird_contact(g):
    k = g.person()
    co = g.co(g.c(["clean", "photo", "event", "bike"]))
    return R("""
«ask»

{"company_name": "«co»", "firstname": "«fn»", "lastname": "«ln»", "address1": "«adres»", "zipcode": "«pc»", "city": "«town»", "phone": "«tel»", "send_invoices_to_email": "«mail»", "sepa_iban": "«iban»", "sepa_active": true}""",
             ask=g.c(["Waarom weigert Moneybird dit contact met 'zipcode is invalid'?", "Maak hier een nette contactkaart van:",
                      "What does sepa_active mean?"]),
             co=co, fn=k.first(), ln=k.surl(), adres=g.adres(), pc=g.pc(), town=g.town(), tel=g.tel("any"),
             mail=k.wmail(g.dom(co)), iban=g.iban(False))


# ---- recruitment ---------------------------------------------------------------------------
@T("PII")
def pi_hr_cv(g):
    k = g.person()
    return R("""
«ask»

CURRICULUM VITAE
«k»
«addr»
«tel» | «mail»
Geboren: «dob»
Werkervaring
«y1» – heden  Planner, «co1»
«y2» – «y1»  Orderpicker / teamleider, «co2»
Opleiding: MBO Logistiek, «town»
Talen: Nederlands, Engels, «taal»""",
             ask=g.c(["Maak een anoniem kandidaatprofiel voor de klant:", "Schrijf een sterke samenvatting bovenaan dit CV:",
                      "Translate this CV to English:"]),
             k=k.full(), addr=g.addr("\n"), tel=g.tel("mob"), mail=k.mail(), dob=g.dob(lo=29, hi=55),
             y1=str(g.n(2018, 2023)), co1=g.co("log"), y2=str(g.n(2010, 2017)), co2=g.co(g.c(["shop", "bak"])),
             town=g.town(), taal=g.c(["Turks", "Arabisch", "Pools", "Papiamento", "Sranantongo", "Tigrinya", "Oekraïens"]))


@T("PII")
def pi_hr_intake_nobsn(g):
    k, r = g.people(2)
    return R("""
«ask»

intake «r» – «k» – tel «tel»
- woont in «town», geen rijbewijs, fiets/ov
- wil 32 uur, liefst dagdiensten, kan vanaf «d»
- ervaring: 3 jr schoonmaak ziekenhuis, 1 jr productie
- loonwens «loon»
- spreekt goed NL, beetje EN""",
             ask=g.c(["Maak hier een nette intakenotitie van:", "Bij welke van onze klanten past deze kandidaat?",
                      "Schrijf een voorstelmail aan de klant (zonder achternaam):"]),
             r=r.first(), k=k.full(), tel=g.tel("mob"), town=g.town(), d=g.kdate("wd"), loon=g.eur(14, 17, "eu"))


@T("PII")
def pi_hr_availability_chat(g):
    r, k = g.people(2)
    return R("""
«ask»

«chat»""",
             ask=g.c(["Vat samen wanneer deze kandidaat kan:", "Zet dit in het rooster-format:", "Summarize availability:"]),
             chat=wa(g, [
                 (r.first(), S("Hoi ", k.first(), ", kun je volgende week bij ", g.co("log"), " in ", g.town(), "?")),
                 (k.low(), S("ma di wo ja, do alleen middag, vr niet ivm school kids")),
                 (r.first(), S("Top. Start maandag ", g.tm("colon"), ", melden bij de portier. Uurloon ", g.eur(14, 17, "eu"))),
                 (k.low(), S("oke top. mijn nieuwe nummer is trouwens ", g.tel("mob"))),
             ]))


@T("PII")
def pi_hr_referentie(g):
    k, ref, r = g.people(3)
    return R("""
«ask»

Referentiecheck «k»
Referent: «ref», voormalig leidinggevende bij «co», tel «tel»
Gesprek «d»: betrouwbaar, altijd op tijd, goed met klanten. Verbeterpunt: plannen onder druk. Zou «hem» opnieuw aannemen.
Gebeld door «r»""",
             ask=g.c(["Schrijf een korte samenvatting voor de hiring manager:", "Maak dit zakelijker:", "Translate:"]),
             k=k.full(), ref=ref.full(), co=g.co(g.c(["shop", "care", "log", "bak"])), tel=g.tel("any"),
             d=g.kdate("num"), hem="haar" if k.female else "hem", r=r.first())


@T("PII")
def pi_hr_cv_en(g):
    k = g.person(g.c(["in", "cn", "ua", "gh", "sy", "pl"]))
    return R("""
Please turn this CV into a short Dutch profile for our client:

«k»
«addr»
Mobile: «tel» · Email: «mail» · Date of birth: «dob»
Experience: «y1»–present Customer service agent, «co»
Education: BSc Business, «uni»
Languages: English (fluent), Dutch (B1)""",
             k=k.full(), addr=g.addr(", "), tel=g.tel("mob"), mail=k.mail(), dob=g.dob("enlong", 22, 45),
             y1=str(g.n(2019, 2024)), co=g.co("shop"), uni=g.c(["University of Kyiv", "Delhi University",
                                                                 "University of Ghana", "Damascus University"]))


@T("PII")
def pi_hr_afwijzing(g):
    k, r = g.people(2)
    return R("""
«ask»

kandidaat «k» («mail») – gesprek «d» – niet door. reden: te weinig ervaring met Exact en salaris­wens «loon» te hoog. wel aardig, evt later terug.""",
             ask=g.c(["Schrijf een vriendelijke afwijzingsmail:", "Write a kind rejection email in Dutch:",
                      "Maak een afwijzing waarin we de deur openhouden:"]),
             k=k.full(), mail=k.mail(), d=g.kdate("wd", g.past(10)), loon=g.eur(3500, 4500, "int"))


# ---- real estate / property ------------------------------------------------------------------
@T("PII")
def pi_re_bezichtiging_feedback(g):
    m, k = g.people(2)
    return R("""
«ask»

Feedback bezichtiging «adres», «town» («d»)
Kandidaat: «k», «tel»
- vond de woonkamer donker, keuken prima
- twijfelt over de prijs («vp» k.k.)
- wil graag een tweede bezichtiging met partner
Makelaar: «m»""",
             ask=g.c(["Schrijf een update voor de verkoper:", "Maak hier een mail aan de kandidaat van:",
                      "Summarize for the seller:"]),
             adres=g.adres(), town=g.town(), d=g.kdate("wd", g.past(5)), k=k.full(), tel=g.tel("mob"),
             vp=g.eur(289000, 795000, "int"), m=m.first())


@T("PII")
def pi_re_lekkage(g):
    h, b = g.people(2)
    return R("""
«ask»

Van: «h» <«mail»>
Onderwerp: lekkage badkamer!!

Goedemiddag, er lekt al 3 dagen water door het plafond van de badkamer van «adres». De benedenburen hebben ook schade. Ik ben thuis vanaf «tm», bel me op «tel». Dit is de tweede keer dit jaar.
«h2»""",
             ask=g.c(["Schrijf een reactie op deze klacht en plan een loodgieter in:", "Maak hier een werkbon van:",
                      "Write an empathetic reply:"]),
             h=h.full(), mail=h.mail(), adres=g.adres(), tm=g.tm("colon"), tel=g.tel("mob"), h2=h.first())


@T("PII")
def pi_re_vve_notulen(g):
    ps = g.people(4)
    return R("""
«ask»

Notulen ALV VvE «vve», «d»
Aanwezig: «a» (nr 3), «b» (nr 7), «c» (nr 12, voorzitter), «dd» (nr 15)
1. Jaarrekening goedgekeurd, reservefonds «rf».
2. Dakrenovatie: offerte «off» van «amt», besluit volgende ALV.
3. «a2» meldt vochtplek in de berging, «c2» neemt contact op met de beheerder.
Volgende vergadering: «d2»""",
             ask=g.c(["Maak een nette versie voor alle eigenaren:", "Wat zijn de besluiten en actiepunten?",
                      "Summarize the decisions:"]),
             vve=g.c(["Parkzicht", "De Lindehof", "Waterkant", "Het Baken"]), d=g.kdate("long", g.past(10)),
             a=ps[0].full(), b=ps[1].full(), c=ps[2].full(), dd=ps[3].full(), rf=g.eur(12000, 90000, "eu"),
             off=g.ref("off"), amt=g.eur(40000, 160000, "int"), a2=ps[0].sur(), c2=ps[2].sur(), d2=g.kdate("wd"))


@T("PII")
def pi_re_funda_lead(g):
    k = g.person()
    return R("""
«ask»

Nieuw bericht via Funda
Woning: «adres», «pc» «town»
Van: «k»
E-mail: «mail»
Telefoon: «tel»
Bericht: Wij zijn erg geïnteresseerd en willen graag bezichtigen, liefst op «d» na «tm». Is er al veel belangstelling?""",
             ask=g.c(["Schrijf een reactie met twee mogelijke tijden:", "Maak een korte reactie:", "Reply in English:"]),
             adres=g.adres(), pc=g.pc(), town=g.town(), k=k.full(), mail=k.mail(), tel=g.tel("mob"),
             d=g.kdate("wd"), tm=g.tm("colon"))


@T("PII")
def pi_re_inspectie(g):
    h, i = g.people(2)
    return R("""
«ask»

Eindinspectie huurwoning «adres», «town»
Vertrekkende huurder: «h», nieuw adres: «addr2»
Datum: «d»
Bevindingen: gaten in muur woonkamer (6x), vloerbedekking slaapkamer vervuild, keuken schoon.
Herstelkosten schatting: «amt», te verrekenen met waarborgsom.
Inspecteur: «i»""",
             ask=g.c(["Schrijf een brief aan de vertrokken huurder over de verrekening:", "Is deze verrekening redelijk?",
                      "Maak een korte samenvatting:"]),
             adres=g.adres(), town=g.town(), h=h.full(), addr2=g.addr(", "), d=g.kdate("num", g.past(10)),
             amt=g.eur(200, 1800, "eu"), i=i.full())


@T("PII")
def pi_re_huurverhoging(g):
    h = g.person()
    return R("""
«ask»

huurder: «hh», «adres», «pc» «town»
huidige huur «oud», per «d» «nieuw» (+«pct»)
ivm vrije sector, contract sinds «since»""",
             ask=g.c(["Schrijf een nette brief over de huurverhoging:", "Mag deze verhoging volgens de wet?",
                      "Draft the rent increase letter:"]),
             hh=S(h.t(), " ", h.ini()), adres=g.adres(), pc=g.pc(), town=g.town(), oud=g.eur(1000, 1900, "eu"),
             d=g.kdate("long"), nieuw=g.eur(1050, 2000, "eu"), pct=K(g.c(["5,5%", "4,1%", "6%", "3,9%"])),
             since=K(str(g.n(2015, 2023))))


# ---- insurance -------------------------------------------------------------------------------
@T("PII")
def pi_ins_schadeformulier(g):
    v, a = g.people(2)
    return R("""
«ask»

SCHADEMELDING AUTO
Verzekerde: «v», «addr»
Geboortedatum: «dob»
Telefoon: «tel»
Kenteken: «plate»
Datum/tijd: «d», «tm»
Omschrijving: bij het achteruit inparkeren op de parkeerplaats van de supermarkt tegen een paal gereden, achterbumper en achterklep beschadigd. Geen tegenpartij.
Schade-expert gewenst: ja""",
             ask=g.c(["Schrijf een korte schadeomschrijving voor de verzekeraar:", "Valt dit onder WA of casco?",
                      "Translate the description to English:"]),
             v=v.full(), addr=g.addr(", "), dob=g.dob("num"), tel=g.tel("mob"), plate=g.plate(), d=g.kdate("num", g.past(10)),
             tm=g.tm("colon"))


@T("PII")
def pi_ins_aanrijding(g):
    a, b = g.people(2)
    return R("""
«ask»

Aanrijding «d», rotonde «s1», «town»
A: «pa» («ca»), bestuurder «a», tel «ta»
B: «pb» («cb»), bestuurder «b», tel «tb»
Situatie: B kwam van rechts de rotonde af en A reed door zonder voorrang te verlenen volgens B. A zegt dat B geen richting aangaf.
Getuige: nee. Politie: niet ter plaatse.""",
             ask=g.c(["Wie is hier waarschijnlijk aansprakelijk?", "Schrijf een neutrale samenvatting voor het dossier:",
                      "Draft a neutral summary:"]),
             d=g.kdate("long", g.past(10)), s1=g.street(), town=g.town(), pa=g.plate(), ca=g.c(["VW Polo", "Toyota Yaris",
                                                                                           "Kia Niro", "Renault Clio"]),
             a=a.full(), ta=g.tel("mob"), pb=g.plate(g.c(["car", "van"])), cb=g.c(["Ford Transit", "Peugeot 208",
                                                                                  "Tesla Model 3", "Opel Corsa"]),
             b=b.full(), tb=g.tel("mob"))


@T("PII")
def pi_ins_uitkering(g):
    k, b = g.people(2)
    return R("""
«ask»

Beste «kk»,

Uw claim «dos» voor de waterschade aan uw woning aan de «adres» is goedgekeurd. Wij keren «amt» uit op rekeningnummer «iban». Het eigen risico van «er» is hierop in mindering gebracht.

Met vriendelijke groet,
«b»
«co»""",
             ask=g.c(["Maak deze brief warmer:", "Vertaal naar het Turks:", "Check the tone:"]),
             kk=S(k.title(), " ", k.sur()), dos=g.ref("dos"), adres=g.adres(), amt=g.eur(300, 12000, "eu"),
             iban=g.iban(), er=g.eur(100, 500, "dash"), b=b.full(), co=g.co("ins"))


@T("PII")
def pi_ins_polis_wijziging(g):
    k = g.person()
    return R("""
«ask»

Wijziging doorgeven:
Polisnummer: «pol»
Naam: «k», geb. «dob»
Oud adres: «a1»
Nieuw adres per «d»: «a2»
Nieuw telefoonnummer: «tel»
Ook de auto «plate» wordt verkocht.""",
             ask=g.c(["Welke polissen moet ik aanpassen bij deze verhuizing?", "Schrijf een bevestiging aan de klant:",
                      "Maak een taak voor de binnendienst:"]),
             pol=K("P" + g.digits(8)), k=k.full(), dob=g.dob("num"), a1=g.addr(", "), d=g.kdate("long"),
             a2=g.addr(", "), tel=g.tel("mob"), plate=g.plate())


@T("PII")
def pi_ins_voicemail_ruit(g):
    k = g.person()
    return R("""
«ask»

voicemail «d» «tm» – «k» – «tel»
"ja goedemiddag, ik heb een ster in mijn voorruit, het kenteken is «plate», kan dat via mijn verzekering hersteld worden? ik ben morgen de hele dag thuis op «adres». dank u"""
             + '"',
             ask=g.c(["Maak een terugbelnotitie:", "Welke vervolgstap?", "Summarize:"]),
             d=g.kdate("wd"), tm=g.tm("colon"), k=k.full(), tel=g.tel("any"), plate=g.plate(), adres=g.adres())


# ---- care -------------------------------------------------------------------------------------
@T("PII")
def pi_care_sbar(g):
    c, n, h = g.people(3)
    return R("""
«ask»

S: «c», geb. «dob», is vannacht gevallen in de badkamer.
B: woont alleen op «adres», dochter «n» is contactpersoon («tel»).
A: schaafwond linkerarm, geen hoofdletsel, wel pijn bij belasten rechterheup.
R: huisarts «h» vandaag laten beoordelen, valrisico opnieuw inventariseren.""",
             ask=g.c(["Maak hier een nette overdracht voor de avonddienst van:", "Schrijf een bericht aan de huisarts:",
                      "Translate for the agency nurse:"]),
             c=c.full(), dob=g.dob("num", 72, 98), adres=g.adres(), n=g.person(female=True).first(), tel=g.tel("mob"),
             h=S("dr. ", h.sur()))


@T("PII")
def pi_care_evaluatie(g):
    c, v = g.people(2)
    return R("""
«ask»

Evaluatie zorgplan «c» («age» jr) – «d»
Doelen: zelfstandig aankleden (deels behaald), medicatie-inname (behaald met baxterrol).
Mantelzorger «v» geeft aan overbelast te raken; respijtzorg besproken.
Volgende evaluatie: «d2»
Verpleegkundige: «n»""",
             ask=g.c(["Maak dit SMART en zakelijker:", "Schrijf een samenvatting voor de familie:", "Korter aub:"]),
             c=S(c.t(), " ", c.sur()), age=str(g.n(70, 97)), d=g.kdate("num"), v=v.full(), d2=g.kdate("long"),
             n=g.person().full())


@T("PII")
def pi_ggz_afspraak(g):
    p, b = g.people(2)
    return R("""
«ask»

Beste «pf»,
Hierbij bevestigen we je intakegesprek bij «co» op «d» om «tm» bij «b». Adres: «adres», «town». Verhinderd? Bel minimaal 24 uur van tevoren naar «tel», anders brengen we «fee» in rekening.""",
             ask=g.c(["Maak dit bericht warmer en minder streng:", "Vertaal naar het Engels:", "Vertaal naar het Arabisch:"]),
             pf=p.first(), co=g.co("ggz"), d=g.kdate("wd"), tm=g.tm("uur"), b=b.full(), adres=g.adres(), town=g.town(),
             tel=g.tel("land"), fee=g.eur(40, 95, g.c(["eu", "euroint"])))


@T("PII")
def pi_care_mic(g):
    c, m = g.people(2)
    return R("""
«ask»

MIC-melding «d»
Cliënt: «c», «adres»
Melder: «m»
Wat ging er mis: avondmedicatie niet gegeven omdat de baxterrol op was; apotheek «ap» gebeld om «tm».
Gevolg: geen zichtbare gevolgen. Maatregel: voorraadcheck op vrijdag.""",
             ask=g.c(["Schrijf een verbetervoorstel:", "Maak dit objectiever geformuleerd:", "Summarize the incident:"]),
             d=g.kdate("num", g.past(10)), c=c.full(), adres=g.adres(), m=m.full(),
             ap=g.c(["De Linde", "Centrum", "Het Hart", "Zuid"]), tm=g.tm("colon"))


@T("PII")
def pi_care_mdo(g):
    ps = g.people(3)
    c = g.person()
    return R("""
«ask»

Transcript MDO
«a» (wijkverpleegkundige): Bij «c» gaat het achteruit, ze eet slecht.
«b» (huisarts): Ik wil graag een gewichtsmeting en bloedonderzoek volgende week.
«cc» (casemanager dementie): De dochter, «dd», vraagt om dagbesteding, ik bel haar vandaag op «tel».
«a»: Prima, evaluatie over twee weken.""",
             ask=g.c(["Maak hier een MDO-verslag met afspraken van:", "Vat samen:", "Summarize with action items:"]),
             a=ps[0].full(), c=S("mevrouw ", c.sur()), b=ps[1].full(), cc=ps[2].full(), dd=g.person(female=True).first(),
             tel=g.tel("mob"))


# ---- webshop --------------------------------------------------------------------------------
@T("PII")
def pi_shop_retour(g):
    k = g.person()
    return R("""
«ask»

Hallo,
Ik wil bestelling «ord» retourneren (dekbed 200x220 is te warm). Kunnen jullie het bedrag van «amt» terugstorten op «iban» t.n.v. «k»? Ophalen mag op «adres», «pc» «town».
Met vriendelijke groet,
«k2»
«tel»""",
             ask=g.c(["Schrijf een reactie met de retourinstructies:", "Maak een retourlabel-aanvraag:",
                      "Reply politely:"]),
             ord=g.ref(g.c(["shop", "ord"])), amt=g.eur(39, 249, "eu"), iban=g.iban(), k=k.ini(), adres=g.adres(),
             pc=g.pc(), town=g.town(), k2=k.full(), tel=g.tel("mob"))


@T("PII")
def pi_shop_bol_vraag(g):
    k = g.person()
    return R("""
«ask»

Klantvraag via bol (order «ord»)
Klant: «k»
"ik heb 2 theepotten besteld maar er zat er maar 1 in het pakket. bezorgd op «adres» in «town». graag de tweede nog sturen of geld terug"
""",
             ask=g.c(["Schrijf een vriendelijk antwoord:", "Wat is hier de beste oplossing?", "Reply in Dutch:"]),
             ord=g.ref("bol"), k=k.full(), adres=g.adres(), town=g.town())


@T("PII")
def pi_shop_shopify_order(g):
    k = g.person()
    return R("""
«ask»

Order «ord» – «d»
Klant: «k» («mail», «tel»)
Verzendadres:
«k2»
«addr»
2 × Sokken merinowol (maat 43-46)  «p1»
Verzending: «ship»
Totaal: «tot»
Notitie klant: "graag vóór «dd» in huis, is een cadeau"
""",
             ask=g.c(["Schrijf een bevestigingsmail met verwachte levertijd:", "Kan dit nog op tijd? Schrijf een antwoord:",
                      "Make a packing slip:"]),
             ord=g.ref("shop"), d=g.kdate("num", g.past(3)), k=k.full(), mail=k.mail(), tel=g.tel("mob"), k2=k.full(),
             addr=g.addr("\n"), p1=K(eur_fmt(p1 := g.n(900, 2000), "eu")), ship=K(eur_fmt(sh := g.c([395, 495, 695]), "eu")),
             tot=K(eur_fmt(2 * p1 + sh, "eu")), dd=g.kdate("wd"))


@T("PII")
def pi_shop_review(g):
    k = g.person()
    return R("""
«ask»

Review op Trustpilot (1 ster) door «k»:
"Besteld op «d», nog steeds niks ontvangen. Klantenservice reageert niet op mijn mails naar «mail». Nooit meer!"
Ordernummer volgens ons systeem: «ord», verzonden met DHL, status 'niet thuis'.""",
             ask=g.c(["Schrijf een openbare reactie op deze review:", "Write a public reply:", "Schrijf een reactie op deze klacht:"]),
             k=k.full(), d=g.kdate("dm", g.past(20)), mail=g.cmail(g.co("shop"), "klantenservice"), ord=g.ref("shop"))


@T("PII")
def pi_shop_livechat(g):
    k, a = g.people(2)
    return R("""
«ask»

[«t1»] Bezoeker («k»): hoi, mijn pakket is bij de buren afgeleverd maar die zijn op vakantie
[«t2»] «a»: Vervelend! Wat is je ordernummer?
[«t3»] Bezoeker («k»): «ord», ik woon op «adres»
[«t4»] «a»: Ik zie het, buren op nr «nr». Ik stuur je vandaag een nieuw pakket, dan mag je het andere retour geven.""",
             ask=g.c(["Vat dit chatgesprek samen voor het klantdossier:", "Was dit een goede oplossing?", "Summarize:"]),
             t1="14:%02d" % g.n(0, 9), k=k.first(), t2="14:%02d" % g.n(10, 19), a=a.first(), t3="14:%02d" % g.n(20, 29),
             ord=g.ref("shop"), adres=g.adres(), t4="14:%02d" % g.n(30, 39), nr=str(g.n(1, 99)))


@T("PII")
def pi_shop_postnl(g):
    k = g.person()
    return R("""
«ask»

klant belt: pakket niet ontvangen, T&T zegt bezorgd «d» om «tm». naam «k», adres «adres» «pc» «town». wil nieuwe zending. waarde «amt»""",
             ask=g.c(["Schrijf een claim voor PostNL:", "Schrijf een mail aan de klant:", "What are our options?"]),
             d=g.kdate("wd", g.past(5)), tm=g.tm("colon"), k=k.full(), adres=g.adres(), pc=g.pc(), town=g.town(),
             amt=g.eur(20, 300, "eu"))


# ---- transport ------------------------------------------------------------------------------
@T("PII")
def pi_log_planning(g):
    ps = g.people(3)
    rows = [S(g.plate("truck", "dash"), " + ", g.plate("trailer", "dash"), " | ", p.full(), " | ",
              g.c(["Tilburg → Venlo", "Moerdijk → Duisburg", "Zwolle → Rotterdam", "Utrecht → Antwerpen"]), " | vertrek ",
              g.tm("colon")) for p in ps]
    return R("""
«ask»

Planning «d»
«rows»""",
             ask=g.c(["Maak van deze planning een WhatsApp-bericht voor de chauffeurs:", "Zet in een tabel:",
                      "Translate to Polish:"]),
             d=g.kdate("Wd"), rows=J("\n", rows))


@T("PII")
def pi_log_pech(g):
    ch, pl = g.people(2)
    return R("""
«ask»

«chat»""",
             ask=g.c(["Vat samen wat er gebeurd is voor de klant:", "Schrijf een mail aan de klant over de vertraging:",
                      "Summarize for the customer:"]),
             chat=wa(g, [
                 (ch.low(), S("lekke band rechtsachter trailer ", g.plate("trailer", "low"), ", sta op A2 hmp 142")),
                 (pl.first(), S("ok bel ik de bandenservice. lading moet voor ", g.tm("colon"), " in ", g.town())),
                 (ch.low(), S("gaat niet lukken denk ik. truck is ", g.plate("truck", "low"))),
                 (pl.first(), S("ik bel de klant. bel me als ze er zijn: ", g.tel("mob"))),
             ], style=0))


@T("PII")
def pi_log_cjib(g):
    ch, w = g.people(2)
    return R("""
«ask»

Beschikking CJIB: snelheidsovertreding «d» om «tm», A12 richting Arnhem, 14 km/u te hard.
Kenteken: «plate» (bedrijfswagen «co»)
Bedrag: «amt»
Volgens de rittenregistratie reed «ch» deze wagen.""",
             ask=g.c(["Schrijf een nette mail aan de chauffeur dat we de boete inhouden:", "Mag ik dit verhalen op de werknemer?",
                      "Draft a message to the driver:"]),
             d=g.kdate("long", g.past(40)), tm=g.tm("colon"), plate=g.plate("van"), co=g.co("log"),
             amt=g.eur(120, 280, "eu"), ch=ch.full())


@T("PII")
def pi_log_tankpas(g):
    a, ch = g.people(2)
    return R("""
«ask»

Hoi «af»,
Op de tankpas van de «plate» zien we op «d» twee tankbeurten kort na elkaar («l1» en «l2» liter) in «town». Volgens de planning reed «ch» die dag. Kun jij dat even navragen? Hij is bereikbaar op «tel».
Groet, wagenparkbeheer""",
             ask=g.c(["Maak dit minder beschuldigend:", "Schrijf een neutrale vraag aan de chauffeur:", "Rewrite politely:"]),
             af=a.first(), plate=g.plate("truck"), d=g.kdate("wd", g.past(20)), l1=str(g.n(180, 420)),
             l2=str(g.n(60, 200)), town=g.town(), ch=ch.full(), tel=g.tel("mob"))


# ---- events, cleaning, funeral, salon, bikes, photo, bakery --------------------------------
@T("PII")
def pi_ev_draaiboek(g):
    a, b, dj, bl = g.people(4)
    return R("""
«ask»

Draaiboek bruiloft «a» & «b» – «d»
«t1» ceremonie, «loc»
«t2» taart aansnijden
«t3» diner (72 gasten, 4x vega)
«t4» dj «dj» ({dj_tel}) start
Bloemen: «bl», levert om 10:00 op de locatie""".replace("{dj_tel}", "«djt»"),
             ask=g.c(["Maak hier een overzichtelijk draaiboek van in tabelvorm:", "Wat mist er nog in dit draaiboek?",
                      "Make a timeline in English:"]),
             a=a.first(), b=b.first(), d=g.kdate("wdy"), t1=K("13:30"), loc=g.c(["Landgoed De Hooge Linde",
                                                                                  "Stadhuis", "Kasteel Wijnveld"]),
             t2=K("15:45"), t3=K("18:00"), t4=K("21:00"), dj=dj.full(), djt=g.tel("mob"), bl=bl.full())


@T("PII")
def pi_ev_offerteaanvraag(g):
    k = g.person()
    return R("""
«ask»

Offerteaanvraag via website
Naam: «k»
Bedrijf: «co»
E-mail: «mail»
Telefoon: «tel»
Datum event: «d»
Aantal personen: «n»
Budget: «bud»
Wensen: teamuitje met activiteit en diner, in de buurt van «town».""",
             ask=g.c(["Maak een offerte op basis van:", "Schrijf een eerste reactie met 3 voorstellen:",
                      "Draft a proposal:"]),
             k=k.full(), co=(cc := g.co("client")), mail=k.wmail(g.dom(cc)), tel=g.tel("any"), d=g.kdate("wd"),
             n=str(g.n(12, 90)), bud=g.eur(40, 120, g.c(["euroint", "eu"])), town=g.town())


@T("PII")
def pi_clean_klacht(g):
    k, s = g.person(), g.person(female=True)
    return R("""
«ask»

Van: «k» <«mail»>
Onderwerp: schoonmaak vorige week

Beste,
Onze vaste schoonmaakster «s» is vorige week niet geweest en de vervanger heeft de keuken overgeslagen. Wij betalen «amt» per maand, dus ik verwacht dat dit wordt gecompenseerd. Adres ter info: «adres», «town».
«k2»""",
             ask=g.c(["Schrijf een reactie op deze klacht:", "Bied een passende compensatie aan in een mail:",
                      "Reply professionally:"]),
             k=k.full(), mail=k.mail(), s=s.first(), amt=g.eur(90, 400, "eu"), adres=g.adres(), town=g.town(),
             k2=k.first())


@T("PII")
def pi_clean_sleutel(g):
    k, s = g.people(2)
    return R("""
«ask»

Sleuteloverdracht «d»
Klant «k», «adres», heeft sleutel nr. «nr» afgegeven aan «s».
Alarm: wordt door klant zelf uitgeschakeld op schoonmaakdagen.
Huisdier: kat, niet naar buiten laten!""",
             ask=g.c(["Maak hier een nette notitie van voor het klantdossier:", "Vertaal naar het Pools:", "Translate:"]),
             d=g.kdate("num"), k=k.full(), adres=g.adres(), nr=str(g.n(1, 99)), s=s.full())


@T("PII")
def pi_fun_rouwkaart(g):
    o, p = g.people(2)
    dob = g.dob_date(60, 99)
    return R("""
«ask»

naam: «o»
geboren «dob» in «bp»
overleden «dod» in «town»
echtgenote/echtgenoot van «p»
afscheid «d» om «tm», aula «aula»
adres voor condoleances: «adres», «pc» «town2»""",
             ask=g.c(["Schrijf een sobere rouwkaarttekst op basis van:", "Maak twee varianten voor de rouwkaart:",
                      "Schrijf een tekst voor de advertentie in de krant:"]),
             o=o.full(), dob=M("GEBOORTEDATUM", fdate(dob, "long")), bp=g.town(), dod=K(fdate(g.past(6), "long")),
             town=g.town(), p=p.full(), d=g.kdate("wd"), tm=g.tm("uur"), aula=g.c(["De Linde", "Zilverlinde", "Rustpunt"]),
             adres=g.adres(), pc=g.pc(), town2=g.town())


@T("PII")
def pi_fun_planning_call(g):
    u, n = g.people(2)
    return R("""
«ask»

Belnotitie «d» – «u» met «n» («tel»)
- muziek: 3 nummers, familie mailt de lijst naar «mail»
- koffie met cake na afloop, ca. 80 personen
- rouwauto vertrekt om «tm» vanaf «adres»
- vraag over kosten: raming «amt» blijft staan""",
             ask=g.c(["Maak een taakverdeling voor het team:", "Schrijf een bevestigingsmail aan de familie:", "Vat samen:"]),
             d=g.kdate("num"), u=u.first(), n=n.full(), tel=g.tel("mob"), mail=g.cmail(g.co("fun"), "info"),
             tm=g.tm("uur"), adres=g.adres(), amt=g.eur(5000, 11000, "eu"))


@T("PII")
def pi_salon_sms(g):
    k = g.person()
    return R("""
«ask»

Hoi «kf»! Je afspraak bij «salon» staat op «d» om «tm» (knippen + kleuren, ca. «dur»). Prijs «amt». Kun je niet? Laat het uiterlijk 24 uur van tevoren weten via «tel».""",
             ask=g.c(["Maak deze sms korter (max 160 tekens):", "Maak er een WhatsApp-versie met emoji van:",
                      "Translate to English:"]),
             kf=k.first(), salon=g.co("salon"), d=g.kdate("wd"), tm=g.tm("colon"), dur=g.c(["2 uur", "1,5 uur"]),
             amt=g.eur(55, 140, g.c(["eu", "dash", "euroint"])), tel=g.tel("mob"))


@T("PII")
def pi_salon_klantkaart(g):
    k = g.person(female=True)
    return R("""
«ask»

Klantkaart «k»
Geb.: «dob» | tel «tel» | «mail»
Allergie: PPD (haarverf) – alleen ammoniakvrij!
Laatste bezoek «d»: balayage, toner 9.1, «amt»
Voorkeur: stylist «s»""",
             ask=g.c(["Maak hier een verjaardagsbericht met korting voor:", "Samenvatting voor een nieuwe stylist:",
                      "Welke producten raad je haar aan?"]),
             k=k.full(), dob=g.dob("ddmm" if False else "num", 18, 70), tel=g.tel("mob"), mail=k.mail(),
             d=g.kdate("num", g.past(60)), amt=g.eur(90, 220, "eu"), s=g.person().first())


@T("PII")
def pi_bike_offerte(g):
    k, m = g.people(2)
    return R("""
«ask»

klant «k» tel «tel» – e-bike Sparta, accu houdt het nog maar 15 km vol, kettingblad versleten.
nieuwe accu «a», kettingblad + ketting «b», arbeid «c». klaar op «d» als ze vandaag akkoord geeft.
– «m»""",
             ask=g.c(["Schrijf een offerte-sms aan de klant:", "Maak hier een nette offerte van:", "Reken het totaal uit:"]),
             k=k.full(), tel=g.tel("mob"), a=g.eur(450, 690, "eu"), b=g.eur(60, 110, "eu"), c=g.eur(35, 80, "eu"),
             d=g.kdate("wd"), m=m.first())


@T("PII")
def pi_bike_diefstal(g):
    k = g.person()
    return R("""
«ask»

Aangifte fietsdiefstal (concept)
Eigenaar: «k», geboren «dob»
Adres: «addr»
Telefoon: «tel»
Fiets: Cortina E-U4, zwart, framenummer «frame», gekocht bij «co» op «d» voor «amt»
Gestolen: «d2» tussen «t1» en «t2» bij het station""",
             ask=g.c(["Schrijf een mail aan de verzekeraar met deze gegevens:", "Wat heb ik nog nodig voor de aangifte?",
                      "Vat samen:"]),
             k=k.full(), dob=g.dob("num"), addr=g.addr(", "), tel=g.tel("mob"), frame="CT" + g.digits(7), co=g.co("bike"),
             d=g.kdate("long", g.past(400)), amt=g.eur(1800, 3400, "eu"), d2=g.kdate("wd", g.past(4)),
             t1=g.tm("colon"), t2=K("%d:%02d" % (g.n(14, 18), g.c([0, 30]))))


@T("PII")
def pi_photo_offerte(g):
    a, b = g.people(2)
    return R("""
«ask»

Aanvraag bruidsreportage
Bruidspaar: «a» & «b»
Datum: «d»
Locaties: ceremonie «town», feest «town2»
Gewenst: 10 uur reportage, album, drone indien mogelijk
Contact: «mail», «tel»""",
             ask=g.c(["Maak een offerte op basis van deze aanvraag:", "Schrijf een enthousiaste eerste reactie:",
                      "Make a quote:"]),
             a=a.full(), b=b.full(), d=g.kdate("wdy"), town=g.town(), town2=g.town(), mail=a.mail(), tel=g.tel("mob"))


@T("PII")
def pi_bak_taart(g):
    k, b = g.people(2)
    return R("""
«ask»

«chat»""",
             ask=g.c(["Zet deze bestelling in ons bestelformulier:", "Vat de bestelling samen:", "Wat kost dit samen?"]),
             chat=wa(g, [
                 (k.first(), S("Hoi! Ik wil graag een taart bestellen voor ", g.kdate("wd"), ", 20 personen, aardbei")),
                 (b.first(), S("Kan! Met naam erop? Prijs is ", g.eur(45, 85, g.c(["eu", "euroint"])))),
                 (k.first(), S("Ja: 'Gefeliciteerd ", g.person().first(), " 40 jaar'. Ophalen om ", g.tm("colon"))),
                 (b.first(), S("Genoteerd. Mag ik je nummer voor als er iets is?")),
                 (k.first(), S(g.tel("mob"))),
             ]))


@T("PII")
def pi_bak_allergeen(g):
    k = g.person()
    return R("""
«ask»

Van: «k» <«mail»>
Onderwerp: noten in het brood?

Goedemorgen, mijn zoon heeft een notenallergie en reageerde gisteren op het speltbrood dat ik op «d» bij jullie filiaal in «town» kocht. Op het etiket stond niets over noten. Kunnen jullie mij bellen op «tel»?""",
             ask=g.c(["Schrijf een zorgvuldige reactie op deze klacht:", "Wat moeten we intern uitzoeken?",
                      "Reply carefully:"]),
             k=k.full(), mail=k.mail(), d=g.kdate("wd", g.past(3)), town=g.town(), tel=g.tel("mob"))


@T("PII")
def pi_tr_beedigd(g):
    k = g.person(g.c(["sy", "er", "ua", "tr", "ma"]))
    return R("""
«ask»

Aanvraag beëdigde vertaling
Naam: «k»
Geboortedatum: «dob»
Document: diploma + cijferlijst («taal» → Nederlands)
Voor: diplomawaardering
Aanleveren: scan per mail naar «mail»
Telefoon: «tel»""",
             ask=g.c(["Maak een offerte voor deze aanvraag:", "Schrijf een antwoord met de levertijd:", "Reply in English:"]),
             k=k.full(), dob=g.dob("num", 20, 45), taal=g.c(["Arabisch", "Tigrinya", "Oekraïens", "Turks"]),
             mail=g.cmail(g.co("tr"), "offerte"), tel=g.tel("mob"))


@T("PII")
def pi_tr_freelancer_job(g):
    pm, fl = g.people(2)
    return R("""
«ask»

Hoi «fl»,
Zou je deze klus kunnen doen? NL>EN, 2.800 woorden, handleiding kassasysteem. Deadline «d» «tm». Tarief «rate» per woord. Laat je het vandaag weten?
Groet, «pm» («tel»)""",
             ask=g.c(["Vertaal dit bericht naar het Engels:", "Maak hier een nette opdrachtbevestiging van:", "Korter aub:"]),
             fl=fl.first(), d=g.kdate("wd"), tm=g.tm("colon"), rate=g.eur(0.08, 0.15, "eu"), pm=pm.first(),
             tel=g.tel("mob"))


@T("PII")
def pi_gem_terras(g):
    o, a = g.people(2)
    return R("""
«ask»

Melding ondernemersloket «d»
Ondernemer: «o» («co»), «adres», tel «tel»
Vraag: wil het terras uitbreiden met 4 tafels op de stoep, is daar een vergunning voor nodig? Leges?
Behandelaar: «a»""",
             ask=g.c(["Schrijf een antwoord aan de ondernemer:", "Welke regels gelden hier waarschijnlijk?",
                      "Maak een interne notitie:"]),
             d=g.kdate("num"), o=o.full(), co=g.co(g.c(["bak", "salon", "bike"])), adres=g.adres(), tel=g.tel("any"),
             a=a.full())


@T("PII")
def pi_gem_melding(g):
    m = g.person()
    return R("""
«ask»

Melding openbare ruimte
Locatie: ter hoogte van «adres», «town»
Melding: losliggende stoeptegels, er is al iemand gevallen
Melder: «m», «mail», «tel»
Foto: ja""",
             ask=g.c(["Schrijf een ontvangstbevestiging aan de melder:", "Maak een werkorder voor de buitendienst:",
                      "Summarize:"]),
             adres=g.adres(), town=g.town(), m=m.full(), mail=m.mail(), tel=g.tel("mob"))


@T("PII")
def pi_gem_subsidie(g):
    o = g.person()
    return R("""
«ask»

Subsidieaanvraag gevelverbetering (nog in te dienen)
Aanvrager: «o», eigenaar van «co»
Pand: «adres», «pc» «town»
Begroting: schilderwerk «a», nieuwe luifel «b», totaal «c»
IBAN voor uitbetaling: «iban»
Contact: «mail»""",
             ask=g.c(["Schrijf een motivatie bij deze aanvraag:", "Is deze begroting compleet?", "Maak een checklist:"]),
             o=o.full(), co=g.co(g.c(["bak", "bike", "salon", "photo"])), adres=g.adres(), pc=g.pc(), town=g.town(),
             a=g.eur(3000, 9000, "eu"), b=g.eur(1500, 6000, "eu"), c=g.eur(4500, 15000, "eu"), iban=g.iban(),
             mail=o.mail())


# ---- IT provider ------------------------------------------------------------------------------
@T("PII")
def pi_it_printer(g):
    p, t = g.people(2)
    return R("""
«ask»

Ticket «tck» | «client» | Prio 3
Melder: «p» («tel», «mail»)
Omschrijving: printer op de 1e verdieping print alles met een grijze streep. Al opnieuw opgestart.
Toegewezen: «t»""",
             ask=g.c(["Schrijf een eerste reactie aan de melder:", "Wat zijn de eerste stappen om dit op te lossen?",
                      "Write a first response:"]),
             tck=g.ref("tck"), client=(c := g.co("client")), p=p.full(), tel=g.tel("land"), mail=p.wmail(g.dom(c)),
             t=t.first())


@T("PII")
def pi_it_offboarding(g):
    l, m = g.people(2)
    client = g.co("client")
    return R("""
«ask»

Offboarding «l» («mail») per «d»
☐ Account blokkeren (sign-in uit), sessies intrekken
☐ Mailbox omzetten naar gedeelde mailbox, toegang voor «m»
☐ OneDrive overdragen aan «m»
☐ Telefoon «tel» laten porteren naar privé
☐ Laptop ophalen, wipen via Intune""",
             ask=g.c(["Maak hier een PowerShell-script voor (zonder wachtwoorden):", "Mis ik nog stappen?",
                      "Write this as a Jira checklist:"]),
             l=l.full(), mail=l.wmail(g.dom(client)), d=g.kdate("long"), m=m.full(), tel=g.tel("mob"))


@T("PII")
def pi_it_licenties(g):
    ps = g.people(3)
    client = g.co("client")
    rows = [S("| ", p.full(), " | ", p.wmail(g.dom(client)), " | ", g.c(["Business Basic", "Business Standard",
                                                                       "Business Premium", "E3"]), " | ",
              g.c(["ja", "nee"]), " |") for p in ps]
    return R("""
«ask»

| Gebruiker | UPN | Licentie | Copilot |
|---|---|---|---|
«rows»""",
             ask=g.c(["Wat kost dit per maand bij de huidige prijzen?", "Wie kan een goedkopere licentie krijgen?",
                      "Summarize the license overview:"]),
             rows=J("\n", rows))


@T("PII")
def pi_it_phishing_incident(g):
    p, t = g.people(2)
    client = g.co("client")
    return R("""
«ask»

Incident «d»: «p» («mail») heeft op een link in een nep-DocuSign mail geklikt en «zijn» inloggegevens ingevuld. Om «tm» sessies ingetrokken, wachtwoord gereset (zelf gekozen via SSPR), MFA opnieuw geregistreerd. Geen verdachte inbox-regels gevonden. Afgehandeld door «t».""",
             ask=g.c(["Moeten we dit melden als datalek?", "Schrijf een korte uitleg voor de directie:",
                      "Write an incident summary:"]),
             d=g.kdate("num", g.past(5)), p=p.full(), zijn=p.zijn(), mail=p.wmail(g.dom(client)), tm=g.tm("colon"),
             t=t.full())


@T("PII")
def pi_it_monitoring(g):
    a = g.person()
    return R("""
«ask»

PROBLEM: Disk space low on «host» (C: 4% free)
Host: «host».«dom»
Time: «d» «tm»
Escalation: on-call «a» («tel»)""",
             ask=g.c(["Wat zijn snelle manieren om schijfruimte vrij te maken op een Windows-server?", "Explain this alert:",
                      "Schrijf een melding aan de klant:"]),
             host=slug(g.co("client"))[:8] + "-fs01", dom=g.dom(g.co("it")), d=g.kdate("iso"), tm=g.tm("colon"),
             a=a.full(), tel=g.tel("mob"))


@T("PII")
def pi_it_jira_laptop(g):
    p, a = g.people(2)
    return R("""
«ask»

«jira» Nieuwe laptop voor «p»
Afleveradres: «adres», «pc» «town» (werkt thuis)
Mobiel voor de koerier: «tel»
Gewenst: 16 GB RAM, 14 inch, Nederlands toetsenbord
Budget: «amt»
Reporter: «a»""",
             ask=g.c(["Welke laptop raad je aan binnen dit budget?", "Schrijf een bestelmail aan de leverancier:",
                      "Make a quote request:"]),
             jira=g.ref("jira"), p=p.full(), adres=g.adres(), pc=g.pc(), town=g.town(), tel=g.tel("mob"),
             amt=g.eur(900, 1600, g.c(["int", "dash"])), a=a.full())


# ---- generic forms ----------------------------------------------------------------------------
@T("PII")
def pi_outlook_thread(g):
    a, b = g.people(2)
    co_a = g.co(g.c(["acc", "re", "ins", "hr"]))
    return R("""
«ask»

«hdr2»

Hoi «af», prima, «d» om «tm» schikt. Tot dan!

«sig_b»

-----Oorspronkelijk bericht-----
«hdr1»

Beste «bf»,
Zullen we de jaarcijfers bespreken op «d» om «tm» bij ons op kantoor aan de «adres»?

«sig_a»""",
             ask=g.c(["Maak een agenda-uitnodiging op basis van deze mails:", "Vat deze mailwisseling samen:",
                      "Summarize this thread:"]),
             hdr2=hdr(g, b.full(), b.mail(), a.full(), None, "RE: afspraak jaarcijfers"), af=a.first(),
             d=g.kdate("wd"), tm=g.tm("colon"), sig_b=b.first(),
             hdr1=hdr(g, a.full(), (am := a.wmail(g.dom(co_a))), b.full(), None, "afspraak jaarcijfers"),
             bf=b.first(), adres=g.adres(), sig_a=sig(g, a, co_a))


@T("PII")
def pi_notulen_initialen(g):
    ps = g.people(4)
    return R("""
«ask»

Notulen teamoverleg «d»
Aanwezig: «a» (vz), «b», «c», «dd» (notulen)
1. Drukte december: extra inzet zaterdagen, «bi» maakt een rooster.
2. Klachten: 2 klachten over bezorgtijden, «ci» belt de vervoerder.
3. Rondvraag: «ai» is op «v» afwezig.
Actiepunten
| Wie | Wat | Wanneer |
| «bi» | rooster zaterdagen | «w1» |
| «ci» | vervoerder bellen | «w2» |""",
             ask=g.c(["Maak hier een mail aan het hele team van:", "Zet de actiepunten in een takenlijst:",
                      "Translate to English:"]),
             d=g.kdate("long"), a=ps[0].full(), b=ps[1].full(), c=ps[2].full(), dd=ps[3].full(), bi=ps[1].tag(),
             ci=ps[2].tag(), ai=ps[0].tag(), v=g.kdate("wd"), w1=g.kdate("dm"), w2=g.kdate("dm"))


@T("PII")
def pi_md_afspraken(g):
    ps = g.people(3)
    rows = [S("| ", g.kdate("wd"), " | ", g.tm("colon"), " | ", p.full(), " | ", g.adres(), " |") for p in ps]
    return R("""
«ask»

| Dag | Tijd | Klant | Adres |
|---|---|---|---|
«rows»""",
             ask=g.c(["Plan de meest efficiënte route:", "Stuur elke klant een bevestiging (drie aparte teksten):",
                      "Make a schedule:"]),
             rows=J("\n", rows))


@T("PII")
def pi_json_webhook(g):
    k = g.person()
    return R("""
«ask»

{"event": "order.created", "order": {"id": «oid», "name": "«ord»", "customer": {"name": "«k»", "email": "«mail»", "phone": "«tel»"}, "shipping_address": {"address1": "«adres»", "zip": "«pc»", "city": "«town»", "country": "NL"}, "total": "«tot»"}}""",
             ask=g.c(["Hoe verwerk ik deze webhook in Python?", "Which fields should I store?", "Valideer deze JSON:"]),
             oid=g.digits(11, True), ord=g.ref("shop"), k=k.full(), mail=k.mail(), tel=g.tel("mob", "+316{8}"),
             adres=g.adres(), pc=g.pc(False), town=g.town(), tot=K("%d.%02d" % (g.n(15, 300), g.n(0, 99))))


@T("PII")
def pi_yaml_contact(g):
    a, b = g.people(2)
    return R("""
«ask»

# sites.yaml
- naam: «client»
  adres: «adres»
  postcode: «pc»
  plaats: «town»
  contactpersoon: «a»
  telefoon: "«tel»"
  escalatie: «b»""",
             ask=g.c(["Voeg een veld toe voor openingstijden en geef een voorbeeld:", "Convert to JSON:",
                      "Valideer deze YAML:"]),
             client=g.co("client"), adres=g.adres(), pc=g.pc(), town=g.town(), a=a.full(), tel=g.tel("land"),
             b=b.mail())


@T("PII")
def pi_sql_update(g):
    k = g.person()
    return R("""
«ask»

UPDATE klanten
SET adres = '«adres»', postcode = '«pc»', plaats = '«town»', telefoon = '«tel»'
WHERE email = '«mail»';
-- 0 rows affected ??""",
             ask=g.c(["Waarom wordt er niks aangepast?", "Why 0 rows affected?", "Hoe maak ik dit case-insensitive?"]),
             adres=g.adres(), pc=g.pc(), town=g.town(), tel=g.tel("mob"), mail=k.mail())


@T("PII")
def pi_csv_three(g):
    ps = g.people(3)
    rows = [S(p.full(), ";", g.dob("num"), ";", g.town(), ";", g.c(["groep A", "groep B"])) for p in ps]
    return R("""
«ask»

naam;geboortedatum;woonplaats;groep
«rows»""",
             ask=g.c(["Bereken de leeftijd per persoon:", "Sorteer op leeftijd:", "Convert the dates to ISO format:"]),
             rows=J("\n", rows))


@T("PII")
def pi_vcard_single(g):
    p = g.person()
    co = g.co(g.c(["acc", "re", "ins", "it", "log"]))
    return R("""
«ask»

BEGIN:VCARD
VERSION:3.0
N:«sur»;«fn»;;;
FN:«full»
ORG:«co»
TEL;TYPE=WORK,VOICE:«t1»
TEL;TYPE=CELL:«t2»
ADR;TYPE=WORK:;;«adres»;«town»;;«pc»;Nederland
EMAIL:«mail»
END:VCARD""",
             ask=g.c(["Maak hier een e-mailhandtekening van:", "Zet in een tabel:", "Make an email signature:"]),
             sur=p.surl(), fn=p.first(), full=p.full(), co=co, t1=g.tel("land"), t2=g.tel("mob"), adres=g.adres(),
             town=g.town(), pc=g.pc(), mail=p.wmail(g.dom(co)))


@T("PII")
def pi_ics_two(g):
    a, b = g.people(2)
    d = g.workday()
    return R("""
«ask»

BEGIN:VEVENT
SUMMARY:Keukentafelgesprek «c»
DTSTART:«dt»T«h»0000
LOCATION:«adres», «town»
ORGANIZER;CN=«a»:mailto:«am»
ATTENDEE;CN=«b»:mailto:«bm»
DESCRIPTION:Bel bij aankomst «tel»
END:VEVENT""",
             ask=g.c(["Wat staat er in deze uitnodiging?", "Maak een bevestigingsmail voor de cliënt:", "Summarize:"]),
             c=g.person().full(), dt="%d%02d%02d" % (d.year, d.month, d.day), h="%02d" % g.n(9, 16),
             adres=g.adres(), town=g.town(), a=a.full(), am=a.wmail(g.dom(gm := g.co("gem"))), b=b.full(),
             bm=b.wmail(g.dom(gm)), tel=g.tel("mob"))


@T("PII")
def pi_pdf_brief(g):
    k, a = g.people(2)
    co = g.co(g.c(["re", "ins", "acc", "vve"]))
    return R("""
«ask»

«co»
«coaddr»
«kk»
«kaddr»
Betreft: uw vraag van «d»
Geachte «kt»,
Naar aanleiding van uw vraag over de servicekos-
ten bevestigen wij dat de eindafrekening over 2025
een terugbetaling van «amt» laat zien. Dit bedrag
wordt binnen 30 dagen overgemaakt op «iban».
Hoogachtend,
«a»""",
             ask=g.c(["Deze tekst komt uit een PDF, kun je hem netjes herschrijven?", "Fix the broken lines:",
                      "Vat de brief samen:"]),
             co=co, coaddr=g.addr("\n"), kk=S(k.t(), " ", k.ini()), kaddr=g.addr("\n"), d=g.kdate("long", g.past(20)),
             kt=S(k.title(), " ", k.sur()), amt=g.eur(40, 600, "eu"), iban=g.iban(), a=a.full())


@T("PII")
def pi_ocr_brief(g):
    k = g.person()
    return R("""
«ask»

Gemeente «gem»
Aan: «k»
«adres»
«pc» «town»
Datum: «d»
0nderwerp: aanslag afvalstoffenheffing
Geachte heer/mevrouw,
Het bedrag van «amt» is nog niet voIdaan. Wij verzoeken u dit te betaIen vóór «dl».""",
             ask=g.c(["Deze OCR is rommelig, kun je de brief uittypen?", "Wat moet ik doen met deze brief?",
                      "Translate to English:"]),
             gem=g.town(), k=k.up(), adres=g.adres(), pc=g.pc(), town=g.town(), d=g.kdate("num", g.past(20)),
             amt=g.eur(180, 420, "eu"), dl=g.kdate("long"))


@T("PII")
def pi_lowercase_chat(g):
    a, b = g.people(2)
    return R("""
«ask»

«chat»""",
             ask=g.c(["wat is de afspraak nu", "vat samen", "maak hier een agenda afspraak van"]),
             chat=wa(g, [
                 (a.low(), S("hee heb je het adres vd klant voor morgen")),
                 (b.low(), S(g.adres(), " in ", g.town().lower(), ", bel ff als je er bent ", g.tel("mob",
                                                                                                 g.c(["06{8}", "06 {8}"])))),
                 (a.low(), S("top. hoe laat moest ik er zijn")),
                 (b.low(), S("half 10 ofzo, ze heet ", (p := g.person(female=True)).low(), " ", p.surl())),
             ]))


@T("PII")
def pi_sms_bezorging(g):
    k = g.person()
    return R("""
«ask»

SMS: Beste «k», uw bestelling wordt morgen tussen «t1» en «t2» bezorgd op «adres». Niet thuis? Antwoord met BUREN of bel «tel».""",
             ask=g.c(["Maak deze sms vriendelijker:", "Vertaal naar het Engels:", "Korter:"]),
             k=k.full(), t1=g.tm("colon"), t2=K("%d:00" % g.n(13, 18)), adres=g.adres(), tel=g.tel("svc"))


@T("PII")
def pi_webform(g):
    k = g.person()
    return R("""
«ask»

Formulier: Contact
Naam*: «k»
E-mailadres*: «mail»
Telefoonnummer: «tel»
Postcode + huisnummer: «pc» «hn»
Uw vraag*: Kunnen jullie een offerte maken voor het schilderen van de kozijnen? Woning uit «yr», 12 ramen.""",
             ask=g.c(["Schrijf een reactie en vraag om foto's:", "Maak een offerte-aanvraag intern:", "Reply:"]),
             k=k.full(), mail=k.mail(), tel=g.tel("any"), pc=g.pc(), hn=str(g.n(1, 200)), yr=K(str(g.n(1930, 1995))))


@T("PII")
def pi_voicemail(g):
    k = g.person()
    return R("""
«ask»

Voicemail-transcriptie («d», «tm»):
"Hallo, met «k». Ik bel over de offerte voor de dakgoot, nummer «off». Ik wil graag dat jullie beginnen, maar pas na «dd». U kunt mij bereiken op «tel». Mijn adres is «adres» in «town», maar dat hebben jullie al denk ik. Dank u."
""",
             ask=g.c(["Maak hier een ticket van:", "Schrijf een terugbelnotitie:", "Summarize:"]),
             d=g.kdate("wd"), tm=g.tm("colon"), k=k.full(), off=g.ref("off"), dd=g.kdate("dm"), tel=g.tel("any"),
             adres=g.adres(), town=g.town())


@T("PII")
def pi_zoom_sales(g):
    a, b = g.people(2)
    return R("""
«ask»

Zoom – «d»
«a» 00:01:12  Dus jullie willen de hele administratie uitbesteden?
«b» 00:01:20  Ja, we zijn nu met twaalf man en mijn vrouw doet het naast haar werk, dat gaat niet meer.
«a» 00:02:05  Duidelijk. Voor een bedrijf van jullie omvang zitten we rond de «amt» per maand.
«b» 00:02:14  Stuur maar een voorstel naar «mail».""",
             ask=g.c(["Maak een offerte op basis van dit gesprek:", "Vat samen:", "Write a follow-up email:"]),
             d=g.kdate("wd", g.past(5)), a=a.full(), b=b.full(), amt=g.eur(300, 900, "int"), mail=b.mail())


# ---- English / Flemish / German -------------------------------------------------------------
@T("PII")
def pi_en_complaint(g):
    k = g.person(g.c(["in", "cn", "gh", "ua", "pl", "nl"]))
    return R("""
Write a reply to this complaint, apologetic but firm on our policy:

Hi, I ordered a wedding cake for «d» and it arrived with a broken top tier. I paid «amt» and the driver just left it at the door of «adres», «town». I want a full refund to «iban». – «k», «tel»""",
             d=K(fdate(g.past(5), "en")), amt=g.eur(120, 450, "en"), adres=g.adres(), town=g.town(), iban=g.iban(),
             k=k.full(), tel=g.tel("mob"))


@T("PII")
def pi_en_supplier(g):
    a, b = g.people(2)
    return R("""
«ask»

Dear «bf»,
Could you confirm delivery of 40 pallets to our warehouse at «adres», «pc» «town» on «d»? Please ask the driver to call «a» on «tel» 30 minutes before arrival.
Kind regards,
«a2»""",
             ask=g.c(["Make this more formal:", "Vertaal naar het Nederlands:", "Check my English:"]),
             bf=b.first(), adres=g.adres(), pc=g.pc(), town=g.town(), d=K(fdate(g.workday(), "en")), a=a.first(),
             tel=g.tel("mob"), a2=a.full())


@T("PII")
def pi_en_summary_request(g):
    k, h = g.people(2)
    return R("""
Summarize this Dutch note in English for our new manager:

Gesprek met «k» op «d»: wil na zwangerschapsverlof terugkomen voor 24 uur in plaats van 36. Verlof loopt tot «d2». Bereikbaar op «tel». Advies «h»: akkoord, rooster aanpassen.""",
             k=k.full(), d=g.kdate("num", g.past(10)), d2=g.kdate("long"), tel=g.tel("mob"), h=h.first())


@T("PII")
def pi_flemish_mail(g):
    k, a = g.person("be"), g.person()
    return R("""
«ask»

Goeiemiddag,
Ik had graag een offerte gekregen voor het vertalen van onze website (ongeveer 6.000 woorden) naar het Frans en het Duits. Kunnen jullie mij contacteren op mijn gsm «tel» of via «mail»? Ons kantoor is gelegen in de «addr».
Alvast bedankt,
«k»""",
             ask=g.c(["Schrijf een antwoord in het Nederlands met een prijsindicatie:", "Maak een offerte:",
                      "Zet om naar Nederlands-Nederlands:"]),
             tel=g.tel("be"), mail=k.mail(), addr=g.addr_be(", "), k=k.full())


@T("PII")
def pi_flemish_offerte(g):
    k, a = g.people(2, "be")
    return R("""
«ask»

Beste «kf»,
In bijlage vindt u onze offerte voor de schilderwerken aan uw woning in de «adres». De totaalprijs bedraagt «amt» excl. btw. De werken kunnen starten in week «wk».
Met vriendelijke groeten,
«a»
«tel»""",
             ask=g.c(["Maak dit klantvriendelijker:", "Zet om naar Nederlands-Nederlands:", "Translate to French:"]),
             kf=k.first(), adres=M("ADRES", g.c(STREET_STEMS) + "straat " + str(g.n(1, 90))), amt=g.eur(2000, 14000, "eu"),
             wk=K(str(g.n(10, 45))), a=a.full(), tel=g.tel("be"))


@T("PII")
def pi_german_inquiry(g):
    k = g.person("de")
    return R("""
«ask»

Guten Tag,
wir möchten am «d» mit 12 Personen einen Fahrradausflug machen und brauchen dafür E-Bikes. Bitte schicken Sie mir ein Angebot an «mail» oder rufen Sie mich an: «tel».
Mit freundlichen Grüßen
«k»
«addr»""",
             ask=g.c(["Vertaal naar het Nederlands:", "Schrijf een antwoord in het Duits met een prijs:", "Summarize:"]),
             d=K(fdate(g.day(), "delong")), mail=k.mail(), tel=g.tel("de"), k=k.full(), addr=g.addr_de("\n"))


@T("PII")
def pi_german_booking(g):
    k = g.person("de")
    return R("""
«ask»

Buchungsbestätigung
Gast: «k», geb. «dob»
Fotoshooting am Strand, «d», «tm»
Treffpunkt: «adres», «town»
Preis: «amt»
Rückfragen: «tel»""",
             ask=g.c(["Vertaal naar het Nederlands:", "Maak een Nederlandse versie:", "Check the German:"]),
             k=k.full(), dob=g.dob("dot"), d=K(fdate(g.workday(), "de")), tm=g.tm("colon"), adres=g.adres(),
             town=g.c(["Domburg", "Zoutelande", "Cadzand", "Renesse"]), amt=g.eur(150, 450, "de"), tel=g.tel("mob"))


# ---- HR and various ---------------------------------------------------------------------------
@T("PII")
def pi_hr_ziekmelding(g):
    w, l = g.people(2)
    return R("""
«ask»

«chat»""",
             ask=g.c(["Schrijf een nette ziekmeldingsnotitie (zonder medische details):", "Wat moet ik als werkgever nu doen?",
                      "Summarize:"]),
             chat=wa(g, [
                 (w.first(), S("Goedemorgen ", l.first(), ", ik ben ziek, kan vandaag niet komen 🤒")),
                 (l.first(), S("Beterschap! Ik zet het door. Ben je thuis bereikbaar op ", g.tel("mob"), "?")),
                 (w.first(), S("Ja. Ik lig op de bank, adres is nog steeds ", g.adres())),
             ]))


@T("PII")
def pi_hr_verlof(g):
    w, m = g.people(2)
    return R("""
«ask»

Verlofaanvraag
Medewerker: «w»
Periode: «d1» t/m «d2»
Reden: bruiloft zus in «plaats»
Vervanging geregeld met: «m»
Noodnummer tijdens verlof: «tel»""",
             ask=g.c(["Schrijf een goedkeuringsmail:", "Past dit in de planning? Geef een standaardantwoord:", "Translate:"]),
             w=w.full(), d1=K(fdate(d1 := g.workday(), "wd")),
             d2=K(fdate(d1 + datetime.timedelta(days=g.n(3, 16)), "wd")), plaats=g.c(["Istanbul", "Paramaribo", "Accra", "Kraków",
                                                                         "Casablanca", "Asmara"]), m=m.full(),
             tel=g.tel("mob"))


@T("PII")
def pi_hr_uitnodiging(g):
    k, r = g.people(2)
    return R("""
«ask»

kandidaat «k» uitnodigen, «d» «tm», bij ons kantoor «adres» «town», gesprek met «r» en teamleider. mee: ID en diploma. bevestigen via «mail»""",
             ask=g.c(["Schrijf een uitnodigingsmail voor het sollicitatiegesprek:", "Make an invitation email:",
                      "Maak een sms-versie:"]),
             k=k.full(), d=g.kdate("wd"), tm=g.tm("colon"), adres=g.adres(), town=g.town(), r=r.full(), mail=k.mail())


@T("PII")
def pi_hr_verjaardag(g):
    ps = g.people(3)
    rows = [S(p.full(), " – ", g.dob(g.c(["long", "num"]), 22, 63)) for p in ps]
    return R("""
«ask»

Uit het personeelsbestand, jarigen komend kwartaal:
«rows»""",
             ask=g.c(["Maak een verjaardagskalender:", "Wie wordt een kroonjaar?", "Schrijf felicitatieberichten:"]),
             rows=J("\n", rows))


@T("PII")
def pi_bedrijfsauto(g):
    w, f = g.people(2)
    return R("""
«ask»

Toewijzing bedrijfsauto
Bestuurder: «w»
Kenteken: «plate» (Skoda Enyaq)
Ingangsdatum: «d»
Bijtelling: «bt» per maand (indicatie)
Tankpas/laadpas: aangevraagd door «f»""",
             ask=g.c(["Schrijf een bevestigingsmail aan de medewerker:", "Leg de bijtelling uit:", "Summarize:"]),
             w=w.full(), plate=g.plate(), d=g.kdate("long"), bt=g.eur(90, 350, "eu"), f=f.full())


@T("PII")
def pi_parkeervergunning(g):
    k = g.person()
    return R("""
«ask»

Aanvraag parkeervergunning bewoners
Naam: «k»
Adres: «adres», «pc» «town»
Kenteken: «plate»
E-mail: «mail»
Ingangsdatum: «d»""",
             ask=g.c(["Controleer of de aanvraag compleet is:", "Schrijf een ontvangstbevestiging:", "Vat samen:"]),
             k=k.full(), adres=g.adres(), pc=g.pc(), town=g.town(), plate=g.plate(g.c(["car", "car", "van"]),
                                                                                  g.c(["dash", "flat"])),
             mail=k.mail(), d=g.kdate("long"))


@T("PII")
def pi_belnotitie(g):
    k, a = g.people(2)
    return R("""
«ask»

belnotitie «a» «d»: «k» belde (tel «tel») over factuur «inv». vindt het uurtarief te hoog, wil korting of gespreide betaling. beloofd dat «af2» terugbelt vóór «dl».""",
             ask=g.c(["Maak hier een nette notitie van:", "Schrijf een voorstel voor een betalingsregeling:", "Translate:"]),
             a=a.first(), d=g.kdate("num"), k=k.full(), tel=g.tel("any"), inv=g.ref("inv"), af2=a.first(),
             dl=g.kdate("wd"))


@T("PII")
def pi_linkedin(g):
    k = g.person()
    return R("""
«ask»

ontvanger: «k», «rol» bij «co», we hebben elkaar ontmoet op de beurs in «town» op «d»
doel: kennismaken, we doen «dienst»""",
             ask=g.c(["Schrijf een kort LinkedIn-bericht op basis van:", "Write a LinkedIn connection note:",
                      "Maak een follow-up bericht:"]),
             k=k.full(), rol=g.c(["inkoper", "HR-manager", "eigenaar", "office manager"]), co=g.co("client"),
             town=g.town(), d=g.kdate("dm", g.past(20)), dienst=g.c(["schoonmaak", "IT-beheer", "vertalingen",
                                                                     "bedrijfsfotografie", "personeelsfeesten"]))


@T("PII")
def pi_google_review(g):
    k = g.person()
    return R("""
Schrijf een reactie op deze klacht (Google review, 2 sterren):

«k»: "Mijn fiets stond «n» dagen in de werkplaats voor een simpele band. Niemand belde terug op mijn nummer «tel». Wel netjes gerepareerd uiteindelijk."
""",
             k=k.full(), n=str(g.n(5, 14)), tel=g.tel("mob"))


@T("PII")
def pi_incasso(g):
    k, a = g.people(2)
    return R("""
«ask»

AANMANING
«k»
«addr»
Ondanks herinneringen is factuur «inv» van «amt» nog niet voldaan. Wij verzoeken u het bedrag plus «kost» incassokosten binnen 14 dagen over te maken op «iban». Daarna dragen wij de vordering over.
«a», «co»""",
             ask=g.c(["Is dit wettelijk correct (14-dagenbrief)?", "Maak dit minder dreigend:", "Check the legal wording:"]),
             k=k.full(), addr=g.addr("\n"), inv=g.ref("inv"), amt=g.eur(200, 3000, "eu"), kost=g.eur(40, 375, "eu"),
             iban=g.iban(), a=a.full(), co=g.co(g.c(["acc", "clean", "event"])))


@T("PII")
def pi_opzegging(g):
    h = g.person()
    return R("""
«ask»

Beste verhuurder,
Hierbij zeg ik de huur van de woning aan de «adres», «pc» «town» op per «d». Mijn nieuwe adres wordt «addr2». De sleutels kan ik op de laatste dag inleveren. Graag de borg terug op «iban».
Met vriendelijke groet,
«h»""",
             ask=g.c(["Is deze opzegging juridisch goed?", "Maak dit formeler:", "Translate to English:"]),
             adres=g.adres(), pc=g.pc(), town=g.town(), d=g.kdate("long"), addr2=g.addr(", "), iban=g.iban(),
             h=h.full())


@T("PII")
def pi_verhuisbericht(g):
    p = g.person()
    return R("""
«ask»

we verhuizen! per «d» zitten we niet meer op «a1» maar op «a2». telefoon blijft «tel». groetjes «p»""",
             ask=g.c(["Maak hier een leuk verhuisbericht van voor klanten:", "Maak een formele versie:",
                      "Translate to English:"]),
             d=g.kdate("long"), a1=g.addr(", "), a2=g.addr(", "), tel=g.tel("land"), p=p.first())


@T("PII")
def pi_cursus(g):
    k = g.person()
    return R("""
«ask»

Inschrijving cursus BHV
Naam: «k»
Geboortedatum: «dob»
Werkgever: «co»
E-mail: «mail»
Datum cursus: «d», «tm» – 16:30
Kosten: «amt» (factuur naar werkgever)""",
             ask=g.c(["Schrijf een bevestigingsmail:", "Maak een deelnemerskaart:", "Summarize:"]),
             k=k.full(), dob=g.dob("num"), co=g.co(g.c(["client", "care", "log"])), mail=k.mail(), d=g.kdate("wd"),
             tm=g.tm("colon"), amt=g.eur(150, 320, "eu"))


@T("PII")
def pi_dierenarts(g):
    k = g.person()
    return R("""
«ask»

Afspraak «d» «tm»
Eigenaar: «k», tel «tel»
Dier: «dier», 9 jaar, kreupel rechtsvoor sinds 3 dagen
Adres (huisbezoek): «adres», «town»""",
             ask=g.c(["Maak een herinnerings-sms:", "Welke vragen stel ik bij de anamnese?", "Summarize:"]),
             d=g.kdate("wd"), tm=g.tm("colon"), k=k.full(), tel=g.tel("mob"),
             dier=g.c(["hond (Labrador) Bobby", "kat Minoes", "paard Storm"]), adres=g.adres(), town=g.town())


@T("PII")
def pi_tandarts(g):
    p = g.person()
    return R("""
«ask»

Herinnering: «p» (geb. «dob») heeft een controle op «d» om «tm» bij «co». Wilt u verzetten? Bel «tel».""",
             ask=g.c(["Maak deze herinnering korter:", "Vertaal naar het Turks:", "Vertaal naar het Engels:"]),
             p=p.full(), dob=g.dob("num"), d=g.kdate("wd"), tm=g.tm("colon"), co=COMPANIES["client"][0],
             tel=g.tel("land"))


@T("PII")
def pi_notaris(g):
    a, b, n = g.people(3)
    return R("""
«ask»

Passeren akte van levering «adres», «town»
Verkoper: «a»
Koper: «b», geboren «dob»
Datum: «d» om «tm» bij notaris «n»
Meenemen: geldig legitimatiebewijs""",
             ask=g.c(["Schrijf een herinnering voor de koper:", "Wat gebeurt er bij het passeren?", "Vat samen:"]),
             adres=g.adres(), town=g.town(), a=a.full(), b=b.full(), dob=g.dob("num"), d=g.kdate("wd"),
             tm=g.tm("uur"), n=n.sur())


@T("PII")
def pi_energielabel(g):
    k = g.person()
    return R("""
«ask»

aanvraag energielabel: «k», «adres», «pc» «town», bouwjaar «yr», tussenwoning. opname op «d» tussen «t1» en «t2». tel «tel»""",
             ask=g.c(["Schrijf een bevestiging met wat de klant moet klaarleggen:", "Maak een planning:", "Summarize:"]),
             k=k.full(), adres=g.adres(), pc=g.pc(), town=g.town(), yr=K(str(g.n(1925, 2005))), d=g.kdate("wd"),
             t1=g.tm("colon"), t2=K("%d:00" % g.n(13, 17)), tel=g.tel("mob"))


@T("PII")
def pi_zonnepanelen(g):
    k, v = g.people(2)
    return R("""
«ask»

Lead zonnepanelen
«k» | «adres», «town» | «tel» | «mail»
Dak: zuid, 30 graden, ca. 28 m²
Verbruik: 3.400 kWh/jaar
Adviseur: «v», schouw op «d»""",
             ask=g.c(["Maak een offerte voor 10 panelen:", "Hoeveel panelen passen er ongeveer?", "Write a follow-up email:"]),
             k=k.full(), adres=g.adres(), town=g.town(), tel=g.tel("mob"), mail=k.mail(), v=v.first(), d=g.kdate("wd"))


@T("PII")
def pi_aannemer_planning(g):
    k, u = g.people(2)
    return R("""
«ask»

Planning verbouwing «kk», «adres»
Week «w1»: sloopwerk badkamer
Week «w2»: leidingwerk (loodgieter «u», «tel»)
Week «w3»: tegelwerk
Oplevering: «d»
Klant is bereikbaar op «tel2», sleutel ligt bij de buren op nummer «nr».""",
             ask=g.c(["Stuur de klant een overzicht van de planning:", "Wat als het tegelwerk een week uitloopt?",
                      "Translate for the Polish tiler:"]),
             kk=S("fam. ", k.sur()), adres=g.adres(), w1=K(str(w0 := g.n(10, 40))), w2=K(str(w0 + 1)),
             w3=K(str(w0 + 2)), u=u.full(), tel=g.tel("mob"), d=g.kdate("long"), tel2=g.tel("mob"),
             nr=str(g.n(1, 99)))


@T("PII")
def pi_hovenier(g):
    k = g.person()
    return R("""
«ask»

Werkbon hovenier «d»
Klant: «k», «adres», «town»
Gedaan: heg gesnoeid (28 m), 2 bomen uitgedund, groenafval afgevoerd
Uren: 2 man × 5 uur à «rate»
Opmerking klant: volgende keer ook de vijver schoonmaken""",
             ask=g.c(["Maak hier een factuur van:", "Reken het totaal uit incl. btw:", "Maak een vervolgafspraak-sms:"]),
             d=g.kdate("num"), k=k.full(), adres=g.adres(), town=g.town(), rate=g.eur(42, 58, "eu"))


@T("PII")
def pi_bezorgnotitie(g):
    k, b = g.people(2)
    return R("""
«ask»

Bezorgnotitie: pakket voor «k» («adres») afgegeven bij «b» op nummer «nr», «d» om «tm». Handtekening ontvanger: ja.""",
             ask=g.c(["Schrijf een bericht aan de klant:", "Maak een korte sms:", "Translate:"]),
             k=k.full(), adres=g.adres(), b=S(b.title(), " ", b.sur()), nr=str(g.n(1, 120)), d=g.kdate("wd", g.past(3)),
             tm=g.tm("colon"))


@T("PII")
def pi_yoga_proefles(g):
    k = g.person()
    return R("""
«ask»

Nieuwe aanmelding proefles
«k» («age»), «mail», «tel»
Voorkeur: «d» 19:30 vinyasa
Blessures: lage rug
Hoe gevonden: Instagram""",
             ask=g.c(["Schrijf een welkomstbericht:", "Welke les raad je aan?", "Reply in English:"]),
             k=k.full(), age=str(g.n(22, 65)), mail=k.mail(), tel=g.tel("mob"), d=g.kdate("wd"))


@T("PII")
def pi_schoolfotograaf(g):
    a = g.person()
    return R("""
«ask»

Hoi «af»,
De schoolfoto's van groep 5 van «school» zijn klaar. Ouders kunnen bestellen tot «d» via de inlogkaart. Vragen van ouders kunnen naar «mail» of «tel».
Groet, «p»""",
             ask=g.c(["Maak een brief voor de ouders:", "Schrijf een herinnering:", "Translate to English:"]),
             af=a.first(), school=g.c(["De Regenboog", "Het Kompas", "De Wilgenhof", "Sint-Jozefschool"]),
             d=g.kdate("long"), mail=g.cmail(g.co("photo"), "school"), tel=g.tel("land"), p=g.person().first())


@T("PII")
def pi_buurtapp(g):
    a, b = g.people(2)
    return R("""
«ask»

«chat»""",
             ask=g.c(["Vat samen wat er gebeurd is:", "Schrijf een bericht voor de wijkagent:", "Summarize:"]),
             chat=wa(g, [
                 (a.first(), S("Er staat al 2 dagen een witte bus met kenteken ", g.plate("van", g.c(["dash", "low"])),
                               " voor ", g.adres(), ", iemand bekend?")),
                 (b.first(), S("Is van de schilder, werkt bij ", (c := g.person()).full(), " op nr ", str(g.n(2, 80)))),
                 (a.first(), S("Ah top, dan is het goed 👍")),
             ]))


@T("PII")
def pi_ocr_visitekaartje(g):
    p = g.person()
    co = g.co(g.c(["re", "ins", "acc", "it", "tr"]))
    return R("""
«ask»

[scan visitekaartje]
«co»
«p»
«rol»
«adres»  |  «pc»  «town»
T «t1»   M «t2»
«mail»""",
             ask=g.c(["Zet dit visitekaartje in mijn contacten (vCard):", "Maak een vCard van deze scan:",
                      "Extract the contact details:"]),
             co=co.upper(), p=p.up() if g.ch(0.4) else p.full(), rol=g.c(["Senior adviseur", "Makelaar-taxateur",
                                                                          "Accountmanager", "Office manager"]),
             adres=g.adres(), pc=g.pc(), town=g.town().upper(), t1=g.tel("land"), t2=g.tel("mob"),
             mail=p.wmail(g.dom(co)))


@T("PII")
def pi_trello_planning(g):
    a, b, k = g.people(3)
    return R("""
«ask»

Trello – bord "Planning installaties"
Kaart: «k» – warmtepomp
Adres: «adres», «town»
Datum: «d» (2 dagen)
Leden: @«am» @«bm»
Checklist: ☐ vergunning ☐ materiaal besteld ☐ klant gebeld («tel»)""",
             ask=g.c(["Maak een werkbon van deze kaart:", "Schrijf een bevestiging aan de klant:", "Summarize:"]),
             k=k.full(), adres=g.adres(), town=g.town(), d=g.kdate("wd"), am=a.low(), bm=b.low(), tel=g.tel("any"))


@T("PII")
def pi_excel_rooster(g):
    ps = g.people(g.n(3, 4))
    rows = [S(p.first(), "\t", g.c(["V", "L", "N", "-"]), "\t", g.c(["V", "L", "N", "-"]), "\t", g.c(["V", "L", "N", "-"]),
              "\t", g.tel("mob")) for p in ps]
    return R("""
«ask»

Naam	ma	di	wo	Mobiel
«rows»""",
             ask=g.c(["Wie kan de dienst van woensdag overnemen?", "Zet om naar een mooie tabel:",
                      "Is iedereen minstens 11 uur rust tussen diensten?"]),
             rows=J("\n", rows))


@T("PII")
def pi_pdf_cv_hyphen(g):
    k = g.person()
    return R("""
«ask»

«k»
Ge-
boortedatum: «dob»   Adres: «adres»,
«pc» «town»   Telefoon: «tel»
Profiel: gedreven ad-
ministratief medewerker met 6 jaar
ervaring in debiteurenbeheer en Exact On-
line.""",
             ask=g.c(["Maak van deze PDF-tekst een net CV:", "Fix the broken lines and hyphenation:",
                      "Schrijf een profieltekst van 3 zinnen:"]),
             k=k.full(), dob=g.dob("num", 22, 55), adres=g.adres(), pc=g.pc(), town=g.town(), tel=g.tel("mob"))


@T("PII")
def pi_sms_chauffeur(g):
    ch = g.person()
    return R("""
«ask»

SMS van «ch» («tel»): sta bij de klant in «town» maar de poort is dicht, niemand neemt op. wacht nu 40 min. trailer «plate»""",
             ask=g.c(["Schrijf een bericht aan de klant:", "Hoe rekenen we wachttijd door?", "Translate to English:"]),
             ch=ch.first(), tel=g.tel("mob"), town=g.town(), plate=g.plate("trailer", g.c(["dash", "low", "flat"])))


@T("PII")
def pi_bare_street(g):
    k = g.person()
    return R("""
«ask»

Graag de bestelling afleveren op «adres», «pc» «town». Dat is het witte huis achter de bakkerij. Bel bij aankomst «k» op «tel».""",
             ask=g.c(["Maak hier een instructie voor de bezorger van:", "Translate for the driver:", "Korter:"]),
             adres=g.adres(g.c(STREET_BARE)), pc=g.pc(), town=g.town(), k=k.first(), tel=g.tel("mob"))


@T("PII")
def pi_claims_md(g):
    ps = g.people(3)
    rows = [S("| ", g.ref("dos"), " | ", p.full(), " | ", g.plate(), " | ", g.eur(300, 8000, "eu"), " |") for p in ps]
    return R("""
«ask»

| Dossier | Verzekerde | Kenteken | Reserve |
|---|---|---|---|
«rows»""",
             ask=g.c(["Tel de reserves op:", "Welke claim is het grootst?", "Make a summary table:"]),
             rows=J("\n", rows))


@T("PII")
def pi_ggz_wachtlijst(g):
    p, b = g.people(2)
    return R("""
«ask»

Beste «pf»,
U staat op de wachtlijst van «co». De verwachte wachttijd is op dit moment ongeveer «wk» weken. Wij nemen contact met u op via «tel» zodra er plek is. Neemt de klachten toe? Neem dan contact op met uw huisarts.
Met vriendelijke groet,
«b», secretariaat""",
             ask=g.c(["Maak deze brief empathischer:", "Vereenvoudig naar B1-niveau:", "Translate to English:"]),
             pf=S(p.title(), " ", p.sur()), co=g.co("ggz"), wk=K(str(g.n(6, 26))), tel=g.tel("mob"), b=b.full())


@T("PII")
def pi_uitzend_contract_voorstel(g):
    k, r = g.people(2)
    return R("""
«ask»

voorstel aan «k» ({tel}): 3 maanden via ons bij «co», 38 uur, «loon» p/u, start «d». nog niet akkoord, denkt erover na tot vrijdag.""".replace("{tel}", "«tel»"),
             ask=g.c(["Schrijf een WhatsApp-bericht om het voorstel samen te vatten:", "Maak een nette mail:",
                      "Translate to Polish:"]),
             k=k.full(), tel=g.tel("mob"), co=g.co(g.c(["log", "bak", "shop"])), loon=g.eur(14, 18, "eu"),
             d=g.kdate("wd"))


# ----------------------------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------------------------
def flatten(frag):
    text = ""
    spans = []
    keeps = []
    for kind, label, t in frag:
        if kind == "M":
            spans.append((len(text), len(text) + len(t), label, t))
        elif kind == "K":
            if t not in keeps:
                keeps.append(t)
        text += t
    text = text.rstrip()
    for s, e, _, _ in spans:
        if e > len(text):
            raise ValueError("span beyond stripped text")
    return text, spans, keeps


def assemble(rid, group, frag):
    text, spans, keeps = flatten(frag)
    mask = []
    for _, _, label, value in spans:
        if [label, value] not in mask:
            mask.append([label, value])
    labels = [l for l, _ in mask]
    block = [b for lab, b in AUTO_BLOCK if lab in labels]
    if group in DOC_CATS:
        block.append(group)
    block = [b for b in BLOCK_ORDER if b in block]
    return {"id": rid, "text": text, "mask": mask, "block": block, "keep": keeps}, spans


MARKERS = re.compile(r"getekend|ondertekend|ondertekening|w\.g\.|gelezen en goedgekeurd|signed|unterschrieben|unterzeichnet|"
                     r"signature|handtekening|voltooid|completed|akkoord", re.I)
NINE_RES = [re.compile(r"(?<!\d)(\d{9})(?!\d)"),
            re.compile(r"(?<![\d.])(\d{3}\.\d{3}\.\d{3})(?![\d]|\.\d)"),
            re.compile(r"(?<![\d.])(\d{4}\.\d{2}\.\d{3})(?![\d]|\.\d)"),
            re.compile(r"(?<![\d ])(\d{3} \d{3} \d{3})(?! ?\d)"),
            re.compile(r"(?<![\d ])(\d{4} \d{2} \d{3})(?! ?\d)"),
            re.compile(r"(?<![\d-])(\d{3}-\d{3}-\d{3})(?!-?\d)")]
UNLABELLED = [("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
              ("iban", re.compile(r"\bNL\d{2} ?[A-Z]{4}")),
              ("postcode", re.compile(r"(?<![\w-])[1-9]\d{3} ?[A-Z]{2}(?![\w])")),
              ("mobile", re.compile(r"(?<!\d)06[- ]?\d{8}(?!\d)|\+31[ -]?(?:\(0\))?[ -]?6[ -]?\d")),
              ("plate", re.compile(r"(?<![\w-])[A-Z]{2}-\d{2,3}-[A-Z]{1,2}(?![\w-])"))]


def occurrences(text, v):
    out = []
    i = text.find(v)
    while i >= 0:
        out.append((i, i + len(v)))
        i = text.find(v, i + 1)
    return out


def validate(rec, spans, slips, group):
    P_ = []
    text = rec.get("text", "")
    if list(rec.keys()) != ["id", "text", "mask", "block", "keep"]:
        P_.append("field order")
    mask = rec["mask"]
    seen = []
    for pair in mask:
        if not (isinstance(pair, list) and len(pair) == 2):
            P_.append("bad pair")
            continue
        l, v = pair
        if l not in LABELS:
            P_.append("label " + str(l))
        if not isinstance(v, str) or not v or v != v.strip():
            P_.append("empty/padded value %r" % v)
            continue
        if v not in text:
            P_.append("value not in text %r" % v)
        if pair in seen:
            P_.append("duplicate pair %r" % v)
        seen.append(pair)
    vals = [v for _, v in mask]
    for i, v in enumerate(vals):
        if v in vals[:i]:
            P_.append("same value with two labels %r" % v)
    # spans agree with mask
    if [[l, v] for l, v in mask] != [list(p) for p in
                                       (lambda L: [x for k, x in enumerate(L) if x not in L[:k]])(
                                           [[s[2], s[3]] for s in spans])]:
        P_.append("mask does not match spans")
    for s, e, l, v in spans:
        if text[s:e] != v:
            P_.append("span text mismatch")

    def inside(a, b):
        for s, e, _, _ in spans:
            if s <= a and b <= e:
                return True
        return False

    # order of first occurrence, skipping occurrences inside a longer masked value
    longer = {}
    firsts = []
    for l, v in mask:
        best = None
        for a, b in occurrences(text, v):
            nested = False
            for l2, v2 in mask:
                if len(v2) > len(v):
                    for a2, b2 in occurrences(text, v2):
                        if a2 <= a and b <= b2:
                            nested = True
                            break
                if nested:
                    break
            if not nested:
                best = a
                break
        firsts.append(best if best is not None else -1)
    if firsts != sorted(firsts) or -1 in firsts:
        P_.append("mask not in order of first occurrence")
    # no masked value outside masked spans
    for l, v in mask:
        for a, b in occurrences(text, v):
            if not inside(a, b):
                P_.append("masked value outside spans %s %r" % (l, v))
                break
    # no significant word of a name/street outside masked spans
    for l, v in mask:
        if l in ("PERSOON", "ADRES"):
            for t in TOKEN_RE.findall(v):
                if len(t) >= 4 and t.lower() not in INTERFIX:
                    for m in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text):
                        if not inside(m.start(), m.end()):
                            P_.append("word %r of %s %r outside spans" % (t, l, v))
                            break
    # keep
    keep = rec["keep"]
    for i, k in enumerate(keep):
        if not isinstance(k, str) or not k or k != k.strip():
            P_.append("bad keep %r" % k)
            continue
        if k in keep[:i]:
            P_.append("duplicate keep")
        if k in vals:
            P_.append("keep is masked %r" % k)
        ok = False
        for a, b in occurrences(text, k):
            if all(e <= a or b <= s for s, e, _, _ in spans):
                ok = True
                break
        if not ok:
            P_.append("keep not outside masks %r" % k)
    # blocks
    labels = [l for l, _ in mask]
    block = rec["block"]
    if block != [b for b in BLOCK_ORDER if b in block] or len(set(block)) != len(block):
        P_.append("block order")
    for lab, b in AUTO_BLOCK:
        if (lab in labels) != (b in block):
            P_.append("block %s inconsistent with mask" % b)
    cats = [b for b in block if b in DOC_CATS]
    if len(cats) > 1:
        P_.append("more than one document category")
    if group in ("NEG", "PII"):
        if block:
            P_.append("NEG/PII record with block")
    else:
        need = {"PASSWORD": "WACHTWOORD", "API_KEY": "API_SLEUTEL", "BSN": "BSN"}.get(group)
        if need and need not in labels:
            P_.append("group %s without %s" % (group, need))
        if group in DOC_CATS and cats != [group]:
            P_.append("document category does not match group")
        if group not in DOC_CATS and cats:
            P_.append("unexpected document category")
    # value shapes
    for l, v in mask:
        if l == "BSN" and not elf_ok(re.sub(r"[ .]", "", v)):
            P_.append("BSN fails 11-proef %r" % v)
        if l == "IBAN" and not iban_ok(v):
            P_.append("IBAN invalid %r" % v)
        if l == "POSTCODE" and not postcode_ok(v):
            P_.append("postcode invalid %r" % v)
        if l == "KENTEKEN" and not plate_ok(v):
            P_.append("plate invalid %r" % v)
        if l == "TELEFOON" and not phone_ok(v):
            P_.append("phone invalid %r" % v)
        if l == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v):
            P_.append("email invalid %r" % v)
        if l == "WACHTWOORD" and (len(v) < 6 or " " in v):
            P_.append("password shape %r" % v)
        if l == "API_SLEUTEL" and len(v) < 20:
            P_.append("key too short %r" % v)
        if l == "GEBOORTEDATUM" and not re.search(r"\d", v):
            P_.append("dob without digits %r" % v)
    # unlabelled look-alikes outside masked spans
    out = list(text)
    for s, e, _, _ in spans:
        for i in range(s, e):
            out[i] = "\x00"
    outside = "".join(out)
    for rx in NINE_RES:
        for m in rx.finditer(outside):
            if elf_ok(re.sub(r"\D", "", m.group(1))):
                P_.append("unlabelled 9-digit number passes 11-proef %r" % m.group(1))
    for name, rx in UNLABELLED:
        m = rx.search(outside)
        if m and not (name == "plate" and not plate_ok(m.group(0))):
            P_.append("unlabelled %s %r" % (name, m.group(0)))
    # documents
    persons = [v for l, v in mask if l == "PERSOON"]
    contacts = [v for l, v in mask if l in ("EMAIL", "TELEFOON", "ADRES")]
    if group == "CUSTOMER_LIST" and (len(persons) < 5 or len(contacts) < 5):
        P_.append("customer list with fewer than 5 people/contacts")
    if group in ("NEG", "PII") and len(persons) >= 5 and len(contacts) >= 5:
        P_.append("NEG/PII record looks like a customer list")
    if group == "SIGNED_CONTRACT" and (not MARKERS.search(text) or not persons):
        P_.append("signed contract without signature marker or name")
    if group == "SALARY_SLIP":
        if not slips:
            P_.append("salary slip record without slip")
        for sl in slips:
            P_ += check_slip(sl, text)
    elif slips:
        P_.append("slip outside SALARY_SLIP group")
    return P_


def plan():
    items = []
    for group, n in GROUPS:
        tpls = TPL[group]
        for i in range(n):
            items.append((group, i, i % len(tpls)))
    random.Random("c16-shuffle").shuffle(items)
    return items


def build_one(rid, group, idx, ti, max_tries=400):
    rng = random.Random("%s|%s|%d" % (PREFIX, group, idx))
    last = None
    for attempt in range(max_tries):
        g = G(rng, group)
        frag = TPL[group][ti](g)
        rec, spans = assemble(rid, group, frag)
        slips = [s.meta() for s in g.slips]
        probs = validate(rec, spans, slips, group)
        if not probs:
            return rec, spans, slips
        last = probs
    raise RuntimeError("%s %s template %d (%s) keeps failing: %s" % (rid, group, ti, TPL[group][ti].__name__,
                                                                    last[:5]))


def build_all():
    recs = []
    for k, (group, idx, ti) in enumerate(plan()):
        rec, spans, slips = build_one("%s-%d" % (PREFIX, k), group, idx, ti)
        recs.append((rec, spans, slips, group, ti))
    return recs


def dump(recs):
    return "".join(json.dumps(r[0], ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def check():
    probs = []
    for group, n in GROUPS:
        if len(TPL[group]) < MIN_TPL[group]:
            probs.append("group %s has %d templates, needs %d" % (group, len(TPL[group]), MIN_TPL[group]))
    if sum(n for _, n in GROUPS) != 2000:
        probs.append("group sizes do not add up to 2000")
    recs = build_all()
    data = dump(recs)
    try:
        with open(OUT, "rb") as fh:
            disk = fh.read()
    except OSError as e:
        disk = b""
        probs.append("cannot read %s: %s" % (OUT, e))
    if disk != data:
        probs.append("c16.jsonl differs from a fresh build (run python3 gen16.py)")
    lines = disk.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 2000:
        probs.append("%d records, expected 2000" % len(lines))
    usage = {}
    for k, line in enumerate(lines):
        try:
            rec = json.loads(line)
        except ValueError:
            probs.append("line %d is not JSON" % k)
            continue
        if rec.get("id") != "%s-%d" % (PREFIX, k):
            probs.append("line %d has id %r" % (k, rec.get("id")))
        if k < len(recs):
            _, spans, slips, group, ti = recs[k]
            usage.setdefault(group, {}).setdefault(ti, 0)
            usage[group][ti] += 1
            for p in validate(rec, spans, slips, group):
                probs.append("%s: %s" % (rec.get("id"), p))
    for group, n in GROUPS:
        counts = [usage.get(group, {}).get(i, 0) for i in range(len(TPL[group]))]
        if sum(counts) != n:
            probs.append("group %s has %d records, expected %d" % (group, sum(counts), n))
        if counts and max(counts) - min(counts) > 1:
            probs.append("group %s templates not used round robin" % group)
    for p in probs[:60]:
        print("PROBLEM", p)
    if probs:
        print("%d problem(s)" % len(probs))
        return 1
    print("OK: %d records, byte-identical rebuild, all checks passed" % len(lines))
    return 0


def stats(recs):
    tot = {}
    for r in recs:
        for l, _ in r[0]["mask"]:
            tot[l] = tot.get(l, 0) + 1
    print("labels:")
    for l in LABELS:
        print("  %-14s %6d" % (l, tot.get(l, 0)))
    print("  %-14s %6d" % ("total", sum(tot.values())))
    print("groups:")
    for group, n in GROUPS:
        rs = [r for r in recs if r[3] == group]
        blocks = {}
        for r in rs:
            b = ",".join(r[0]["block"]) or "-"
            blocks[b] = blocks.get(b, 0) + 1
        print("  %-16s %4d records %4d templates  %s" % (group, len(rs), len(TPL[group]),
                                                         "; ".join("%s %d" % kv for kv in sorted(blocks.items()))))
    kp = sum(len(r[0]["keep"]) for r in recs)
    print("keep values: %d; records with any block: %d" % (kp, sum(1 for r in recs if r[0]["block"])))
    langs = sum(1 for r in recs if re.search(r"\b(the|and|please|your)\b", r[0]["text"]))
    print("records with English text: %d" % langs)


def main(argv):
    if "--check" in argv:
        return check()
    recs = build_all()
    if "--stats" in argv:
        stats(recs)
        return 0
    if "--show" in argv:
        g = argv[argv.index("--show") + 1]
        for r in recs:
            if r[3] == g or r[0]["id"] == g:
                print(json.dumps(r[0], ensure_ascii=False, indent=1))
                print("-" * 40)
                print(r[0]["text"])
                print("=" * 80)
        return 0
    with open(OUT, "wb") as fh:
        fh.write(dump(recs))
    print("wrote %s (%d records)" % (OUT, len(recs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
