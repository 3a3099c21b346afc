#!/usr/bin/env python3
"""gen11.py - held-out corpus "eleventh" for the veilig PII anonymizer.

Standard library only, fixed seed, deterministic. Writes c11.jsonl next to this file:
2,000 records {"id","text","mask","block","keep"} in the pii-dev.jsonl format.

Written blind: none of the anonymizer's sources, word lists, tests or other held-out sets were
read while writing the templates below. See README.md for groups, counts and validation.

Usage:  python3 gen11.py            # writes c11.jsonl, prints counts
        python3 gen11.py -v         # also prints the templates with the highest rejection rates
        python3 gen11.py --meta     # additionally writes id<TAB>group<TAB>template to stdout
        python3 gen11.py --check    # re-validates c11.jsonl from disk
"""
import collections
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20251111
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "c11.jsonl")
GROUP_SIZES = collections.OrderedDict([
    ("PASSWORD", 170), ("API_KEY", 170), ("BSN", 170), ("SALARY_SLIP", 170),
    ("SIGNED_CONTRACT", 170), ("CUSTOMER_LIST", 170), ("NEG", 330), ("PII", 650),
])

# ----------------------------------------------------------------------------- checksums
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    tot = sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]))
    return tot % 11 == 0 and int(d) > 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_from(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return f"{cc}{98 - n % 97:02d}{bban}"

# ----------------------------------------------------------------------------- name data
# (first names per gender, surnames) by origin; written from general knowledge.
NAMES = {
    "nl": (["Jan", "Pieter", "Kees", "Henk", "Daan", "Bram", "Thijs", "Ruud", "Wim", "Joost", "Maarten",
            "Jeroen", "Wouter", "Niels", "Roel", "Gerrit", "Bas", "Jesse", "Sven", "Timo", "Koen", "Rutger",
            "Jan-Willem", "Gert-Jan", "Hendrik", "Dirk", "Arjen", "Marco", "Erik", "Frank", "Luuk", "Stijn"],
           ["Sanne", "Lotte", "Femke", "Anouk", "Marieke", "Ingrid", "Eva", "Sophie", "Lieke", "Noor",
            "Floor", "Hanneke", "Karin", "Esther", "Mirjam", "Willemijn", "Tessa", "Ilse", "Marloes",
            "Anne-Marie", "Petra", "Janneke", "Renate", "Sabine", "Merel", "Annelies", "Marjolein", "Fenna"],
           ["de Vries", "Jansen", "de Jong", "Bakker", "Visser", "Smit", "Meijer", "de Groot", "Koning",
            "Mulder", "van Dijk", "van den Berg", "Bos", "Vos", "Hendriks", "van Leeuwen", "Dekker",
            "Brouwer", "de Wit", "van der Linden", "Kok", "de Haan", "van den Heuvel", "van der Veen",
            "van den Broek", "de Bruijn", "Schouten", "van Beek", "Willems", "van Vliet", "Verhoeven",
            "Koster", "Prins", "Blom", "Huisman", "de Graaf", "van der Heijden", "van Wijk", "Kuiper",
            "Vink", "in 't Veld", "van 't Hof", "ter Horst", "ten Brink", "Verbeek", "Timmermans", "Groen",
            "Schipper", "Molenaar", "Kramer", "Scholten", "van Rijn", "Wijnands", "van der Meulen",
            "Oosterhuis", "Kroon", "Hofman", "van Rossum", "Stam", "ter Beek", "van Os", "Zwart"]),
    "fy": (["Sjoerd", "Wietse", "Hylke", "Gerlof", "Jelle", "Auke", "Douwe", "Tsjerk", "Wopke", "Eelco",
            "Sybren", "Jildert"],
           ["Tjitske", "Baukje", "Sytske", "Hiltje", "Jildou", "Froukje", "Griet", "Wytske", "Aukje", "Romkje"],
           ["Hoekstra", "Dijkstra", "Postma", "Wiersma", "Bosma", "Bergsma", "Terpstra", "Jongsma", "Haitsma",
            "Sijtsma", "Hiemstra", "Miedema", "Zijlstra", "Veenstra", "de Boer", "Kingma", "Hettema"]),
    "ma": (["Mohamed", "Youssef", "Said", "Hamza", "Soufiane", "Bilal", "Anouar", "Zakaria", "Rachid",
            "Mounir", "Ayoub", "Tarik", "Karim", "Ilias"],
           ["Fatima", "Khadija", "Nadia", "Imane", "Samira", "Noura", "Ilham", "Salma", "Hanan", "Najat",
            "Siham", "Loubna", "Yasmina", "Houda"],
           ["El Amrani", "Bouzid", "El Idrissi", "Benali", "Azzouzi", "Ouali", "Bakkali", "El Khatib",
            "Chaoui", "Boukhari", "Tahiri", "Ait Brahim", "El Ouardi", "Ziani", "Haddouchi", "Boulahrouz",
            "Achahbar", "El Hadioui"]),
    "tr": (["Mehmet", "Emre", "Burak", "Murat", "Kerem", "Hakan", "Serkan", "Yusuf", "Okan", "Ömer",
            "Cem", "Tolga", "Volkan"],
           ["Ayşe", "Elif", "Zeynep", "Fatma", "Esra", "Büşra", "Derya", "Merve", "Selin", "Gülşen",
            "Hatice", "Özlem"],
           ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan",
            "Koç", "Kılıç", "Aksoy", "Polat", "Güneş", "Korkmaz", "Erdem", "Karaca"]),
    "sr": (["Rajesh", "Ravi", "Dewanand", "Marciano", "Ricardo", "Dion", "Anand", "Romeo", "Glenn",
            "Sunil", "Radjin"],
           ["Sharmila", "Anita", "Shanti", "Kavita", "Gerda", "Shanice", "Sandhya", "Nathalie", "Roshni",
            "Jennifer", "Priscilla"],
           ["Ramdin", "Jagesar", "Soekhlal", "Ramsaran", "Mahabier", "Bhagwandin", "Sewdien", "Ramautar",
            "Pinas", "Linger", "Wijngaarde", "Sabajo", "Vrede", "Zeefuik", "Kasanmoesdiono", "Kartosen",
            "Soekarman", "Tjon A Fong", "Lieveld", "Karamat Ali"]),
    "an": (["Giovanni", "Jurensly", "Shurendy", "Rignald", "Jeandro", "Ruchendly", "Quincy"],
           ["Ruthmila", "Naomi", "Sharella", "Jurismeldy", "Gisella", "Chanella", "Rosalinda"],
           ["Martina", "Isenia", "Statia", "Coffie", "Winklaar", "Maduro", "Rosaria", "Martis", "Janga",
            "Girigorie", "Cijntje", "Felipa"]),
    "id": (["Budi", "Agus", "Ricky", "Johnny", "Rudy", "Frans", "Wendell", "Ronny"],
           ["Siti", "Dewi", "Ratna", "Wendy", "Ingrid", "Yvonne", "Natasja", "Rina"],
           ["Pattipeilohy", "Latuhihin", "Pattinama", "Tuhumury", "Wattimena", "Sahetapy", "Pattiasina",
            "Leiwakabessy", "Soemantri", "Kartodikromo", "Tahapary", "Manuhutu"]),
    "pl": (["Piotr", "Tomasz", "Marek", "Paweł", "Krzysztof", "Łukasz", "Kamil", "Grzegorz", "Michał",
            "Dariusz"],
           ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Małgorzata", "Monika", "Ewelina", "Dorota",
            "Karolina", "Beata"],
           ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński", "Szymańska",
            "Dąbrowski", "Kozłowska", "Jankowski", "Mazur", "Krawczyk", "Grabowski", "Pawlak"]),
    "sy": (["Ahmad", "Omar", "Khaled", "Mahmoud", "Tarek", "Fadi", "Rami", "Bassel", "Majd", "Hussam"],
           ["Rania", "Lina", "Yara", "Hiba", "Nour", "Reem", "Rasha", "Dima", "Ghalia", "Aya"],
           ["Al-Hassan", "Haddad", "Khoury", "Al-Khatib", "Darwish", "Hamdan", "Al-Ali", "Sabbagh",
            "Mansour", "Najjar", "Al-Masri", "Kanaan", "Alhamwi"]),
    "er": (["Yonas", "Filmon", "Mulugeta", "Ermias", "Medhanie", "Samuel", "Dawit", "Habtom", "Biniam",
            "Robel"],
           ["Selam", "Helen", "Senait", "Winta", "Saba", "Lidia", "Yordanos", "Feven", "Mebrat", "Tsega"],
           ["Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Tekle", "Kidane", "Asmerom",
            "Woldemichael", "Habte", "Ghebreyesus", "Mehari", "Tewelde"]),
    "cn": (["Wei", "Jun", "Xiaoming", "Hao", "Jian", "Kevin", "Ming", "Zhiwei"],
           ["Mei", "Li Na", "Hui", "Jing", "Xiaoli", "Yan", "Lili", "Shu Fen"],
           ["Chen", "Wang", "Zhang", "Liu", "Lin", "Huang", "Cheung", "Chan", "Tang", "Lau", "Zhou", "Yeung"]),
    "in": (["Arjun", "Rahul", "Vikram", "Sanjay", "Rohan", "Karthik", "Aditya", "Pranav", "Suresh"],
           ["Priya", "Ananya", "Deepa", "Lakshmi", "Kavya", "Shreya", "Divya", "Pooja", "Meera"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Singh", "Kumar", "Menon", "Rao",
            "Krishnan", "Banerjee", "Chaudhary"]),
    "gh": (["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Kwaku", "Ebenezer", "Emmanuel"],
           ["Akosua", "Abena", "Efua", "Adjoa", "Akua", "Afua", "Esi", "Gifty"],
           ["Mensah", "Asante", "Owusu", "Boateng", "Osei", "Appiah", "Agyeman", "Darko", "Ofori",
            "Amoako", "Acheampong", "Addo"]),
    "be": (["Jens", "Wout", "Bart", "Stijn", "Pieter-Jan", "Jonas", "Dries", "Koenraad", "Lander",
            "Joris"],
           ["Lien", "Griet", "Elke", "Nele", "Katrien", "Sofie", "Hanne", "Ellen", "Veerle", "Annelies"],
           ["Peeters", "Janssens", "Maes", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen",
            "Van Damme", "Verstraete", "De Backer", "Van Acker", "Claeys", "Mertens", "Vandenberghe"]),
    "en": (["James", "Oliver", "Thomas", "Daniel", "Liam", "Patrick"],
           ["Emily", "Charlotte", "Sarah", "Hannah", "Rachel", "Claire"],
           ["Smith", "O'Brien", "Walker", "Thompson", "Murphy", "Fletcher", "Harrison"]),
}
ORIGIN_W = [("nl", 34), ("fy", 6), ("ma", 9), ("tr", 9), ("sr", 7), ("an", 3), ("id", 4), ("pl", 6),
            ("sy", 4), ("er", 3), ("cn", 3), ("in", 4), ("gh", 3), ("be", 4), ("en", 1)]
TUSSEN = ("van der", "van den", "van de", "van 't", "in 't", "van", "de", "den", "ter", "ten", "te", "'t", "het")

CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Zwolle", "Leeuwarden", "Drachten", "Sneek", "Almere", "Tilburg",
          "Eindhoven", "Venlo", "Maastricht", "Heerlen", "Apeldoorn", "Deventer", "Enschede", "Hengelo",
          "Groningen", "Assen", "Emmen", "Den Bosch", "Breda", "Roosendaal", "Middelburg", "Goes", "Haarlem",
          "Alkmaar", "Hoorn", "Purmerend", "Zaandam", "Leiden", "Delft", "Gouda", "Dordrecht", "Schiedam",
          "Amersfoort", "Ede", "Nijmegen", "Arnhem", "Zeist", "Veenendaal", "Helmond", "Oss", "Lelystad",
          "Harderwijk", "Kampen", "Meppel", "Heerenveen", "Den Helder", "Vlaardingen", "Spijkenisse", "Zoetermeer"]
BE_CITIES = [("2000", "Antwerpen"), ("9000", "Gent"), ("8000", "Brugge"), ("3000", "Leuven"), ("3500", "Hasselt"),
             ("2800", "Mechelen"), ("8500", "Kortrijk"), ("9300", "Aalst"), ("2300", "Turnhout")]
STREETS = ["Kerkstraat", "Molenweg", "Dorpsstraat", "Stationsweg", "Schoolstraat", "Julianalaan", "Beatrixstraat",
           "Wilhelminastraat", "Oranjelaan", "Parallelweg", "Industrieweg", "Prinses Irenestraat", "Van Goghstraat",
           "Rembrandtlaan", "Hoofdstraat", "Nieuwe Gracht", "Havenkade", "Marktplein", "Eikenlaan", "Berkenlaan",
           "Lindenlaan", "Esdoornstraat", "Merelstraat", "Kievitlaan", "Zonnebloemstraat", "Tulpstraat",
           "Dahliastraat", "Graaf Florisstraat", "Burgemeester Roelenweg", "Spoorsingel", "Koningsweg",
           "Sportlaan", "Weverstraat", "Bakkersgang", "Populierenlaan", "Akkerweg", "Zuiderhavendijk",
           "Vlietkade", "Pastoor van Arsstraat", "Hertogstraat", "Noordersingel", "Waterstraat", "Rozengracht",
           "Jacob Catslaan", "Leeuweriklaan", "Zwanenbloemweg", "Emmastraat", "Kastanjelaan", "Watermolen",
           "Tolhuisweg", "Dijkgraaf", "Veldweg", "Kanaalweg Oost", "Lage Rijndijk", "Oude Amersfoortseweg"]
BE_STREETS = ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Kapelstraat", "Nieuwstraat", "Steenweg op Mol",
              "Grote Markt", "Molenstraat", "Veldstraat", "Sint-Jansstraat"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MAILHOSTS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "xs4all.nl",
             "planet.nl", "icloud.com", "hotmail.nl", "yahoo.com", "proton.me", "home.nl", "casema.nl"]
BE_MAILHOSTS = ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be"]

# sector -> (company names, mail domains, city hint, services with price range)
SECTORS = {
    "kapper": (["Kapsalon De Schaar", "Haarstudio Krul", "Barbershop Mes & Kam", "Salon Lokkenpracht"],
               ["deschaar.nl", "haarstudiokrul.nl", "meskam.nl", "lokkenpracht.nl"],
               [("knippen en föhnen", 28, 65), ("kleuren", 55, 140), ("baard trimmen", 15, 30), ("highlights", 80, 180)]),
    "loodgieter": (["Installatiebedrijf Warmtewerk", "Loodgietersbedrijf Lekvrij", "Sanitair Service Oost"],
                   ["warmtewerk.nl", "lekvrij.nl", "sanitairserviceoost.nl"],
                   [("vervangen cv-ketel", 1800, 3400), ("lekkage verhelpen", 95, 380), ("onderhoud cv", 89, 160), ("ontstoppen riool", 120, 290)]),
    "tandarts": (["Tandartspraktijk Glimlach", "Mondzorg Centrum Noord", "Tandheelkunde Aan de Linge"],
                 ["glimlach-tandarts.nl", "mondzorgnoord.nl", "tandartslinge.nl"],
                 [("periodieke controle", 28, 35), ("gebitsreiniging", 45, 110), ("kroon", 450, 950), ("vulling", 55, 140)]),
    "boekhouder": (["Administratiekantoor Cijferwijs", "Boekhoudpraktijk Balans", "Fiscaal Advies Hoogland"],
                   ["cijferwijs.nl", "boekhoudbalans.nl", "fiscaalhoogland.nl"],
                   [("jaarrekening", 650, 2400), ("btw-aangifte", 95, 250), ("aangifte IB", 175, 395), ("loonadministratie", 12, 25)]),
    "kinderopvang": (["Kinderopvang De Speeltuin", "KDV Het Kabouterhuis", "BSO De Boomhut"],
                     ["despeeltuin-kdv.nl", "kabouterhuis.nl", "bsodeboomhut.nl"],
                     [("dagopvang", 850, 1900), ("BSO", 350, 800), ("flexopvang", 9, 12)]),
    "it": (["IT-Partners Noord", "Netwerkhuis Systeembeheer", "ByteWerk ICT", "Cloudkracht BV"],
           ["itpartnersnoord.nl", "netwerkhuis.nl", "bytewerk.nl", "cloudkracht.nl"],
           [("laptop", 650, 1600), ("Microsoft 365 licentie", 11, 22), ("netwerkswitch", 180, 900), ("uurtarief support", 75, 115)]),
    "bloemist": (["Bloemenhuis De Tulp", "Bloemsierkunst Fleur", "Tuin & Bloem Stadshart"],
                 ["bloemenhuisdetulp.nl", "bloemsierkunstfleur.nl", "tuinenbloem.nl"],
                 [("rouwstuk", 75, 250), ("bruidsboeket", 95, 220), ("abonnement bloemen", 25, 60)]),
    "rijschool": (["Rijschool Stuurvast", "Autorijschool Rechtdoor", "Verkeersschool Kruispunt"],
                  ["stuurvast.nl", "rechtdoor-rijschool.nl", "kruispunt-rijschool.nl"],
                  [("rijles 60 min", 55, 75), ("praktijkexamen", 280, 360), ("lespakket 20 lessen", 1100, 1500)]),
    "makelaar": (["Makelaardij Huisvast", "Woonwijs Makelaars", "Vastgoed Vierkant"],
                 ["huisvast.nl", "woonwijsmakelaars.nl", "vastgoedvierkant.nl"],
                 [("verkoopcourtage", 2500, 7500), ("taxatierapport", 450, 850), ("huurbemiddeling", 600, 1400)]),
    "sportclub": (["VV Voorwaarts", "Tennisclub De Lob", "Zwemvereniging Spetters", "Hockeyclub Stick"],
                  ["vvvoorwaarts.nl", "tcdelob.nl", "zvspetters.nl", "hcstick.nl"],
                  [("contributie senioren", 180, 340), ("contributie jeugd", 95, 190), ("sponsorpakket", 250, 2500)]),
    "gemeente": (["Groenvoorziening Van Straat Tot Park", "Schoonmaakdienst Glans", "Wegenbouw Asfaltpro"],
                 ["straattotpark.nl", "glans-schoonmaak.nl", "asfaltpro.nl"],
                 [("maaien bermen", 4500, 19000), ("schoonmaak gemeentehuis", 2200, 8500), ("herstel fietspad", 8000, 45000)]),
    "logistiek": (["Transportbedrijf Snelweg", "Koeriersdienst Pijlsnel", "Distributiecentrum Oost BV"],
                  ["transportsnelweg.nl", "pijlsnel.nl", "dcoost.nl"],
                  [("pallettransport", 85, 450), ("koeriersrit", 25, 140), ("opslag per pallet", 9, 18)]),
}
SECTOR_KEYS = list(SECTORS)
BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB", "FVLB"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    """A person bound to a document: every rendering registers its value in the document's mask."""

    def __init__(s, d, first, tv, last, female, origin):
        s.d, s.first_, s.tv, s.last_, s.female, s.origin = d, first, tv, last, female, origin
        parts = re.split(r"[- ]", first)
        s.ini = "".join(p[0] + "." for p in parts if p)
        if len(parts) == 1 and d.rng.random() < 0.3 and origin in ("nl", "fy", "be"):
            s.ini += d.rng.choice("ABCDEFGHJKLMPRSTW") + "."
        s.contact = False

    def _r(s, v):
        s.d.m("PERSOON", v)
        s.d.people.add(id(s))
        return v

    @property
    def full(s):
        return s._r(" ".join(x for x in (s.first_, s.tv, s.last_) if x))

    @property
    def first(s):
        return s._r(s.first_)

    @property
    def low(s):  # chat handle / lowercase name
        return s._r(s.first_.lower())

    @property
    def lowfull(s):
        return s._r(" ".join(x for x in (s.first_, s.tv, s.last_) if x).lower())

    @property
    def formal(s):  # J.P. de Vries
        return s._r(" ".join(x for x in (s.ini, s.tv, s.last_) if x))

    @property
    def sur(s):  # for "mevrouw Van der Berg"
        tv = (s.tv[0].upper() + s.tv[1:]) if s.tv and s.tv[0] != "'" else s.tv
        return s._r(" ".join(x for x in (tv, s.last_) if x))

    @property
    def surtv(s):  # "de Vries" as it follows a first name / initials in a column
        return s._r(" ".join(x for x in (s.tv, s.last_) if x))

    @property
    def lastfirst(s):  # "Vries, Jan de"
        return s._r(f"{s.last_}, {s.first_}" + (f" {s.tv}" if s.tv else ""))

    @property
    def lastini(s):  # "Vries, J.P. de"
        return s._r(f"{s.last_}, {s.ini}" + (f" {s.tv}" if s.tv else ""))

    @property
    def upper(s):  # "DE VRIES, JAN"
        return s._r((" ".join(x for x in (s.tv, s.last_) if x)).upper() + ", " + s.first_.upper())

    @property
    def mr(s):
        return "mevrouw" if s.female else "meneer"

    @property
    def dhr(s):
        return "mevr." if s.female else "dhr."

    @property
    def aanhef(s):
        return "Geachte mevrouw" if s.female else "Geachte heer"

    @property
    def hij(s):
        return "zij" if s.female else "hij"

    @property
    def zijn(s):
        return "haar" if s.female else "zijn"

    def _loc(s):
        f = ascii_fold(s.first_).lower().replace(" ", "").replace("'", "")
        l = ascii_fold(s.last_).lower().replace(" ", "").replace("'", "")
        tv = (s.tv or "").replace(" ", "").replace("'", "").lower()
        r = s.d.rng
        st = r.randrange(8)
        if st == 0: return f"{f}.{tv}{l}"
        if st == 1: return f"{f[0]}.{tv}{l}"
        if st == 2: return f"{f}{r.randint(1, 99)}"
        if st == 3: return f"{f}_{l}"
        if st == 4: return f"{f}{tv}{l}"
        if st == 5: return f"{l}.{f[0]}"
        if st == 6: return f"{f}.{l}{r.randint(70, 99)}"
        return f"{f[0]}{tv}{l}"

    def email(s, dom=None):
        if dom is None:
            dom = s.d.rng.choice(BE_MAILHOSTS if s.origin == "be" else MAILHOSTS)
        s.contact = True
        s.d.contacts.add(id(s))
        return s.d.m("EMAIL", f"{s._loc()}@{dom}")

    def tel(s, kind=None):
        s.d.contacts.add(id(s))
        return s.d.phone(kind or ("be" if s.origin == "be" and s.d.rng.random() < 0.7 else None))


# ----------------------------------------------------------------------------- document builder
class Doc:
    def __init__(s, rng):
        s.rng = rng
        s.mask = []
        s.keep = []
        s.block = set()
        s.people = set()
        s.contacts = set()
        s.used_first = set()
        s.used_last = set()
        s.nmin = 0  # minimum number of distinct people (customer lists)

    # registration
    def m(s, label, v):
        if (label, v) not in s.mask:
            s.mask.append((label, v))
        if label == "BSN": s.block.add("BSN")
        if label == "WACHTWOORD": s.block.add("PASSWORD")
        if label == "API_SLEUTEL": s.block.add("API_KEY")
        return v

    def K(s, v):
        if v not in s.keep:
            s.keep.append(v)
        return v

    def E(s, v):
        return s.m("EMAIL", v)

    def B(s, cat):
        s.block.add(cat)
        return ""

    # small helpers
    def ch(s, seq):
        return s.rng.choice(seq)

    def ri(s, a, b):
        return s.rng.randint(a, b)

    def p(s, origin=None, female=None):
        r = s.rng
        for _ in range(50):
            o = origin or r.choices([o for o, _ in ORIGIN_W], [w for _, w in ORIGIN_W])[0]
            if isinstance(o, (list, tuple)):
                o = r.choice(o)
            males, females, lasts = NAMES[o]
            fem = r.random() < 0.5 if female is None else female
            first = r.choice(females if fem else males)
            last = r.choice(lasts)
            if o in ("nl", "fy") and r.random() < 0.08 and " " not in last:  # double surname (Jansen-Bakker)
                other = r.choice([x for x in NAMES["nl"][2] + NAMES["fy"][2] + NAMES["ma"][2] + NAMES["tr"][2] if " " not in x])
                if other != last:
                    last = last + "-" + other
            tv = ""
            for t in TUSSEN:
                if last.startswith(t + " "):
                    tv, last = t, last[len(t) + 1:]
                    break
            if first in s.used_first or last in s.used_last:
                continue
            s.used_first.add(first)
            s.used_last.add(last)
            return Person(s, first, tv, last, fem, o)
        raise RuntimeError("no fresh name")

    def sector(s, key=None):
        key = key or s.ch(SECTOR_KEYS)
        names, doms, services = SECTORS[key]
        i = s.rng.randrange(len(names))
        return {"key": key, "name": names[i], "dom": doms[i], "services": services}

    def city(s):
        return s.ch(CITIES)

    def street(s, be=False):
        r = s.rng
        st = r.choice(BE_STREETS if be else STREETS)
        n = r.randint(1, 240) if r.random() < 0.8 else r.randint(1, 30)
        if be:
            add = r.choice(["", "", "", f" bus {r.randint(1, 12)}", f"/{r.randint(1, 5)}"])
        else:
            add = r.choice(["", "", "", "", "a", "b", "A", "-2", "-1", f"-{r.randint(1, 4)}", " bis", " hs",
                            " huis", "-III", " II", f"-{r.randint(1, 4)}{r.choice('ABC')}", " D", f"-{r.randint(101, 340)}"])
        return s.m("ADRES", f"{st} {n}{add}")

    def pc(s, space=None):
        r = s.rng
        while True:
            l = r.choice("ABCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
            if l not in ("SA", "SD", "SS"):
                break
        sp = (r.random() < 0.6) if space is None else space
        return s.m("POSTCODE", f"{r.randint(1011, 9999)}{' ' if sp else ''}{l}")

    def addr(s, sep=", "):
        """Street + number, postcode + city (NL) - registers ADRES and POSTCODE."""
        return f"{s.street()}{sep}{s.pc()} {s.city()}"

    def addr_be(s):
        pcode, c = s.ch(BE_CITIES)
        return f"{s.street(be=True)}, {pcode} {c}"

    def phone(s, kind=None):
        r = s.rng
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        kind = kind or r.choice(["mob"] * 6 + ["land"] * 3 + ["intl"])
        if kind == "mob":
            x = "6" + str(r.randint(1, 5)) + d(7)
            f = r.choice([
                lambda: f"0{x}", lambda: f"0{x[:1]}-{x[1:]}", lambda: f"0{x[:1]} {x[1:]}",
                lambda: f"0{x[:1]} {x[1:3]} {x[3:5]} {x[5:7]} {x[7:]}", lambda: f"0{x[:1]}-{x[1:5]} {x[5:]}",
                lambda: f"+31 {x[:1]} {x[1:]}", lambda: f"+31 (0){x[:1]} {x[1:3]} {x[3:5]} {x[5:7]} {x[7:]}",
                lambda: f"+31{x}", lambda: f"0031 {x[:1]} {x[1:5]} {x[5:]}", lambda: f"+31 {x[:1]} {x[1:5]} {x[5:]}",
                lambda: f"+31 (0){x}", lambda: f"06 - {x[1:]}"])
        elif kind == "land":
            if r.random() < 0.5:
                a = r.choice(["10", "20", "30", "40", "50", "70", "71", "72", "73", "76", "77", "79", "88", "13", "15", "23", "24", "26", "33", "35", "36", "38", "43", "45", "53", "55", "58"])
                x = d(7)
                f = r.choice([lambda: f"0{a}-{x}", lambda: f"0{a} {x[:3]} {x[3:]}", lambda: f"(0{a}) {x[:3]} {x[3:5]} {x[5:]}",
                              lambda: f"+31 {a} {x[:3]} {x[3:]}", lambda: f"+31 (0){a} {x}", lambda: f"0{a}{x}",
                              lambda: f"0{a} - {x[:3]} {x[3:5]} {x[5:]}", lambda: f"+31{a}{x}"])
            else:
                a = r.choice(["512", "513", "575", "546", "591", "113", "118", "223", "294", "345", "416", "478", "493", "314", "522", "566", "594"])
                x = d(6)
                f = r.choice([lambda: f"0{a}-{x}", lambda: f"0{a} {x[:2]} {x[2:4]} {x[4:]}", lambda: f"(0{a}) {x}",
                              lambda: f"+31 {a} {x[:3]} {x[3:]}", lambda: f"+31 (0){a} {x}", lambda: f"0{a}-{x[:2]} {x[2:4]} {x[4:]}"])
        elif kind == "be":
            if r.random() < 0.6:
                a = "4" + r.choice(["70", "71", "72", "73", "75", "76", "77", "78", "79", "84", "85", "86", "87", "88", "94", "95", "96", "97", "98", "99"])
                x = d(6)
                f = r.choice([lambda: f"0{a} {x[:2]} {x[2:4]} {x[4:]}", lambda: f"+32 {a} {x[:2]} {x[2:4]} {x[4:]}",
                              lambda: f"+32 (0){a} {x[:2]} {x[2:4]} {x[4:]}", lambda: f"0032 {a} {x}", lambda: f"0{a}/{x[:2]}.{x[2:4]}.{x[4:]}",
                              lambda: f"+32{a}{x}"])
            else:
                a = r.choice(["2", "3", "9", "50", "16", "11", "15", "56"])
                x = d(8 - len(a))
                f = r.choice([lambda: f"0{a} {x[:3]} {x[3:5]} {x[5:]}", lambda: f"+32 {a} {x[:3]} {x[3:5]} {x[5:]}",
                              lambda: f"0{a}/{x[:3]}.{x[3:5]}.{x[5:]}", lambda: f"0{a} {x}"])
        else:  # international
            f = r.choice([lambda: f"+44 20 {d(4)} {d(4)}", lambda: f"+44 7{d(3)} {d(6)}", lambda: f"+49 30 {d(8)}",
                          lambda: f"+49 1{r.choice('567')}{d(1)} {d(7)}", lambda: f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",
                          lambda: f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"+597 8{d(6)}",
                          lambda: f"+599 9 {d(3)} {d(4)}", lambda: f"+48 {d(3)} {d(3)} {d(3)}", lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                          lambda: f"+91 9{d(4)} {d(5)}", lambda: f"+233 24 {d(3)} {d(4)}", lambda: f"+963 9{d(2)} {d(3)} {d(3)}"])
        return s.m("TELEFOON", f())

    def iban(s, cc=None, spaced=None):
        r = s.rng
        cc = cc or r.choice(["NL"] * 9 + ["BE", "DE"])
        if cc == "NL":
            raw = iban_from("NL", r.choice(BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10)))
        elif cc == "BE":
            base = str(r.randint(10 ** 9, 10 ** 10 - 1))
            ck = int(base) % 97 or 97
            raw = iban_from("BE", f"{base}{ck:02d}")
        else:
            raw = iban_from("DE", "".join(str(r.randint(0, 9)) for _ in range(18)))
        sp = (r.random() < 0.55) if spaced is None else spaced
        v = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if sp else raw
        return s.m("IBAN", v)

    def bsn_raw(s):
        r = s.rng
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            c = sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2])) % 11
            if c < 10:
                return "".join(map(str, d)) + str(c)

    def bsn(s, fmt=None):
        b = s.bsn_raw()
        fmt = fmt if fmt is not None else s.rng.choice(["plain"] * 5 + ["dot", "dot", "dot3", "space"])
        v = {"plain": b, "dot": f"{b[:4]}.{b[4:6]}.{b[6:]}", "dot3": f"{b[:3]}.{b[3:6]}.{b[6:]}",
             "space": f"{b[:3]} {b[3:6]} {b[6:]}"}[fmt]
        return s.m("BSN", v)

    def bad9(s):
        """9-digit number that fails the 11-proef (order/customer numbers)."""
        while True:
            v = str(s.rng.randint(100000000, 999999999))
            if not bsn_ok(v):
                return v

    def plate(s):
        r = s.rng
        L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))
        N = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        parts = r.choice([lambda: [L(2), N(2), N(2)], lambda: [N(2), N(2), L(2)], lambda: [N(2), L(2), N(2)],
                          lambda: [L(2), N(2), L(2)], lambda: [L(2), L(2), N(2)], lambda: [N(2), L(2), L(2)],
                          lambda: [N(2), L(3), N(1)], lambda: [N(1), L(3), N(2)], lambda: [L(2), N(3), L(1)],
                          lambda: [L(1), N(3), L(2)], lambda: [L(3), N(2), L(1)], lambda: [L(1), N(2), L(3)],
                          lambda: [N(1), L(2), N(3)], lambda: [N(3), L(2), N(1)]])()
        v = "-".join(parts) if r.random() < 0.75 else "".join(parts)
        return s.m("KENTEKEN", v)

    def dob(s, style=None, lang="nl"):
        r = s.rng
        dt = datetime.date(r.randint(1948, 2006), r.randint(1, 12), r.randint(1, 28))
        st = style or r.choice(["dmy-", "dmy-", "dmy/", "iso", "long", "long", "dmy.", "short"])
        if lang == "en":
            v = r.choice([f"{dt.day} {EN_MONTHS[dt.month-1]} {dt.year}", f"{EN_MONTHS[dt.month-1]} {dt.day}, {dt.year}", dt.isoformat()])
        else:
            v = {"dmy-": f"{dt.day:02d}-{dt.month:02d}-{dt.year}", "dmy/": f"{dt.day:02d}/{dt.month:02d}/{dt.year}",
                 "iso": dt.isoformat(), "long": f"{dt.day} {MONTHS[dt.month-1]} {dt.year}",
                 "dmy.": f"{dt.day:02d}.{dt.month:02d}.{dt.year}", "short": f"{dt.day} {MON3[dt.month-1]} {dt.year}",
                 "kid": f"{dt.day}-{dt.month}-{dt.year}"}[st]
        return s.m("GEBOORTEDATUM", v)

    def kid_dob(s):
        r = s.rng
        dt = datetime.date(r.randint(2014, 2024), r.randint(1, 12), r.randint(1, 28))
        v = r.choice([f"{dt.day:02d}-{dt.month:02d}-{dt.year}", f"{dt.day} {MONTHS[dt.month-1]} {dt.year}", f"{dt.day}-{dt.month}-{dt.year}"])
        return s.m("GEBOORTEDATUM", v)

    # secrets
    def pw(s, kind=None):
        r = s.rng
        A = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        kind = kind or r.choice(["strong", "strong", "word", "word", "phrase", "gen"])
        if kind == "strong":
            v = "".join(r.choice(A) for _ in range(r.randint(9, 14)))
            v = v[:3] + r.choice("!#$%&*?@") + v[3:] + r.choice("!#?@%")
        elif kind == "word":
            w = r.choice(["Zomer", "Winter", "Welkom", "Tulpen", "Kapper", "Voetbal", "Fiets", "Koffie", "Schaar", "Lente",
                          "Parkeer", "Sleutel", "Bloemen", "Haven", "Molen", "Oranje", "Pannekoek", "Stroopwafel"])
            v = w + r.choice(["2024", "2025", "01", "123", "88", str(r.randint(10, 99))]) + r.choice(["!", "!!", "#", "?", "@", "$"])
        elif kind == "phrase":
            ws = ["paars", "fiets", "regen", "molen", "kaas", "schaap", "tram", "wolk", "zee", "appel", "klomp", "dijk", "bloem", "trein"]
            v = "-".join(r.sample(ws, 3)) + "-" + str(r.randint(10, 99))
        else:
            v = "".join(r.choice(A + "!#%&") for _ in range(r.randint(16, 22)))
            if not re.search(r"\d", v): v += str(r.randint(0, 9))
        return s.m("WACHTWOORD", v)

    def key(s, kind=None):
        r = s.rng
        an = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        R = lambda n, a=an: "".join(r.choice(a) for _ in range(n))
        hx = "0123456789abcdef"
        kind = kind or r.choice(["openai", "anthropic", "stripe", "mollie", "github", "google", "aws", "sendgrid", "slack",
                                 "hf", "gitlab", "mailchimp", "shopify", "twilio", "hex"])
        v = {"openai": lambda: "sk-proj-" + R(48) + "_" + R(20), "openai_old": lambda: "sk-" + R(48),
             "anthropic": lambda: "sk-ant-api03-" + R(86, an + "-_") + "AA",
             "stripe": lambda: "sk_live_" + R(99 if r.random() < 0.3 else 24),
             "stripe_test": lambda: "sk_test_" + R(24), "mollie": lambda: r.choice(["live_", "test_"]) + R(30),
             "github": lambda: "ghp_" + R(36), "github_pat": lambda: "github_pat_11" + R(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_" + R(59),
             "google": lambda: "AIza" + R(35, an + "-_"), "aws": lambda: "AKIA" + R(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
             "aws_secret": lambda: R(40, an + "/+"), "sendgrid": lambda: "SG." + R(22, an + "-_") + "." + R(43, an + "-_"),
             "slack": lambda: f"xoxb-{r.randint(10**11, 10**12-1)}-{r.randint(10**12, 10**13-1)}-" + R(24),
             "hf": lambda: "hf_" + R(34), "gitlab": lambda: "glpat-" + R(20, an + "-_"),
             "mailchimp": lambda: R(32, hx) + "-us" + str(r.randint(2, 21)), "shopify": lambda: "shpat_" + R(32, hx),
             "twilio": lambda: R(32, hx), "hex": lambda: R(r.choice([32, 40, 64]), hx),
             "jwt": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + R(r.randint(60, 110), an + "-_") + "." + R(43, an + "-_"),
             "azure": lambda: R(86, an + "+/") + "==", "postcodenl": lambda: R(43, an) , "uuid": lambda: "-".join(R(n, hx) for n in (8, 4, 4, 4, 12)),
             }[kind]()
        return s.m("API_SLEUTEL", v)

    # keep values
    def eur(s, lo=10, hi=2000, style=None, cents=None):
        r = s.rng
        x = r.uniform(lo, hi)
        c = (r.random() < 0.5) if cents is None else cents
        euros = int(x)
        ct = r.randint(0, 99) if c else 0
        def nl(n):
            return f"{n:,}".replace(",", ".")
        st = style or r.choice(["eur_sp", "eur_sp", "eur", "EUR", "euro", "dash", "dash_sp", "eur_sp_c", "suffix"])
        if st == "eur_sp": v = f"€ {nl(euros)}" + (f",{ct:02d}" if c else "")
        elif st == "eur": v = f"€{nl(euros)}" + (f",{ct:02d}" if c else "")
        elif st == "eur_sp_c": v = f"€ {nl(euros)},{ct:02d}"
        elif st == "EUR": v = f"EUR {nl(euros)}" + (f",{ct:02d}" if c else "")
        elif st == "euro": v = f"{nl(euros)} euro"
        elif st == "dash": v = f"€{nl(euros)},-"
        elif st == "dash_sp": v = f"€ {nl(euros)},-"
        elif st == "suffix": v = f"{nl(euros)},{ct:02d} EUR"
        elif st == "en": v = f"€{euros:,}" + (f".{ct:02d}" if c else "")
        elif st == "num": v = f"{nl(euros)},{ct:02d}"
        else: raise ValueError(st)
        return s.K(v)

    def pct(s, vals=None):
        r = s.rng
        v = r.choice(vals or ["21%", "9%", "21 %", "3,5%", "10%", "2%", "0%", "15%", "4,2%", "100%", "8%", "12,5%"])
        return s.K(v)

    def when(s, lang="nl", style=None, keep=True):
        """A meeting/delivery date in 2025-2026 with correct weekday."""
        r = s.rng
        dt = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randint(0, 540))
        if lang == "en":
            v = r.choice([f"{EN_DAYS[dt.weekday()]} {dt.day} {EN_MONTHS[dt.month-1]}", f"{EN_DAYS[dt.weekday()]}, {EN_MONTHS[dt.month-1]} {dt.day}"])
        else:
            st = style or r.choice(["wd", "wd", "wdy", "d", "num", "iso", "wdshort"])
            v = {"wd": f"{DAYS[dt.weekday()]} {dt.day} {MONTHS[dt.month-1]}",
                 "wdy": f"{DAYS[dt.weekday()]} {dt.day} {MONTHS[dt.month-1]} {dt.year}",
                 "d": f"{dt.day} {MONTHS[dt.month-1]}", "num": f"{dt.day:02d}-{dt.month:02d}-{dt.year}",
                 "iso": dt.isoformat(), "wdshort": f"{DAYS[dt.weekday()][:2]} {dt.day}/{dt.month}"}[st]
        return s.K(v) if keep else v

    @property
    def day(s):
        return s.K(s.ch(DAYS[:5]))

    def time(s):
        """Clock times increase within one document (chat exports, 'tussen X en Y')."""
        if not hasattr(s, "_clock"):
            s._clock = s.ri(7 * 4, 12 * 4) * 15
        else:
            s._clock = min(s._clock + s.ch([5, 10, 15, 30, 45, 60, 90, 120]), 21 * 60 + 45)
        return s.K(f"{s._clock // 60:02d}:{s._clock % 60:02d}")

    def month(s):
        return s.ch(MONTHS)

    def order(s):
        r = s.rng
        v = r.choice([f"ORD-{r.randint(2024, 2026)}-{r.randint(1, 99999):05d}", f"#{r.randint(10000, 99999)}",
                      f"{r.randint(2024, 2026)}-{r.randint(1, 999):04d}", f"F{r.randint(20240001, 20269999)}",
                      s.bad9(), f"INV-{r.randint(1000, 9999)}", f"T{r.randint(100000, 999999)}"])
        return s.K(v)

    def kvk(s):
        return s.K(str(s.ri(10000000, 99999999)))


# ----------------------------------------------------------------------------- templates registry
TEMPLATES = collections.defaultdict(list)


def T(group):
    def deco(fn):
        TEMPLATES[group].append(fn)
        return fn
    return deco


# ----------------------------------------------------------------------------- text helpers
def sent_nl(d, keep=False):
    r = d.rng
    dt = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randint(0, 500))
    v = f"{DAYS[dt.weekday()]} {dt.day} {MONTHS[dt.month-1]} {dt.year} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}"
    return d.K(v) if keep else v


def sent_en(d):
    r = d.rng
    dt = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randint(0, 500))
    h = r.randint(1, 12)
    return f"{EN_DAYS[dt.weekday()]}, {EN_MONTHS[dt.month-1]} {dt.day}, {dt.year} {h}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}"


def chatstamp(d, style):
    """Chat export timestamp; increases within one document."""
    r = d.rng
    if not hasattr(d, "_chat"):
        d._chat = datetime.datetime(2025, 1, 6, r.randint(7, 20), r.randint(0, 59), r.randint(0, 59)) + datetime.timedelta(days=r.randint(0, 500))
    else:
        d._chat += datetime.timedelta(seconds=r.randint(20, 1800))
    t = d._chat
    if style == "ios":
        return f"[{t.day:02d}-{t.month:02d}-{t.year} {t.hour:02d}:{t.minute:02d}:{t.second:02d}]"
    return f"{t.day:02d}-{t.month:02d}-{t.year} {t.hour:02d}:{t.minute:02d} -"


def gmail_quote(d):
    r = d.rng
    dt = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randint(0, 500))
    return f"Op {DAYS[dt.weekday()][:2]} {dt.day} {MON3[dt.month-1]} {dt.year} om {r.randint(7, 22)}:{r.randint(0, 59):02d}"


def groet(d, lang="nl"):
    if lang == "en":
        return d.ch(["Kind regards,", "Best regards,", "Thanks,", "Cheers,"])
    if lang == "be":
        return d.ch(["Met vriendelijke groeten,", "Vriendelijke groeten,", "Groetjes,", "Mvg,"])
    return d.ch(["Met vriendelijke groet,", "Groet,", "Mvg,", "Hartelijke groet,", "Vriendelijke groet,", "Gr,"])


def sig(d, p, co, style=None):
    st = style if style is not None else d.ri(0, 4)
    if st == 0:
        return f"{p.full}\n{co['name']}"
    if st == 1:
        return f"{p.full}\n{co['name']} | {p.tel('land') if d.rng.random() < 0.5 else p.tel()}"
    if st == 2:
        return f"{p.first}\n\n{co['name']}\nT: {p.tel()}\nE: {p.email(co['dom'])}"
    if st == 3:
        return f"{p.formal}\n{d.ch(['Eigenaar', 'Office manager', 'Administratie', 'Planning', 'Praktijkmanager'])} | {co['name']}"
    return f"{p.first}"


# ============================================================================= PASSWORD (block)
@T("PASSWORD")
def pw_salon_new_staff(d):
    co = d.sector("kapper"); a = d.p(); b = d.p()
    return (f"Hoi {a.first},\n\nWelkom bij {co['name']}! Vanaf {d.when(style='wd')} sta je op het rooster. "
            f"Je account voor het boekingssysteem is aangemaakt:\n\nGebruikersnaam: {a.email(co['dom'])}\n"
            f"Wachtwoord: {d.pw()}\n\nGraag na de eerste keer inloggen zelf wijzigen. Het uurloon is {d.eur(13, 19, cents=True)} bruto, "
            f"dat hadden we al besproken.\n\n{groet(d)}\n{sig(d, b, co, 3)}")


@T("PASSWORD")
def pw_whatsapp_wifi(d):
    a = d.p(); b = d.p(); st = d.ch(["ios", "android"])
    an, bn = (a.first, b.first) if d.rng.random() < 0.6 else (a.full, b.full)
    return (f"{chatstamp(d, st)} {an}: wat was ook alweer de wifi van de werkplaats?\n"
            f"{chatstamp(d, st)} {bn}: netwerk Werkplaats_5G\n"
            f"{chatstamp(d, st)} {bn}: ww {d.pw()}\n"
            f"{chatstamp(d, st)} {an}: top thx 👍")


@T("PASSWORD")
def pw_slack_exact(d):
    a = d.p(); b = d.p()
    return (f"{a.low}  {d.time()}\n@{b.low} kun jij vandaag de facturen in Exact boeken? ik ben er niet\n"
            f"login: {d.E('administratie@' + d.sector('boekhouder')['dom'])}\npw: {d.pw()}\n"
            f"{b.low}  {d.time()}\nja prima, ik doe het na de lunch")


@T("PASSWORD")
def pw_it_ticket(d):
    co = d.sector("it"); klant = d.sector(d.ch(["tandarts", "makelaar", "bloemist", "rijschool"])); a = d.p(); b = d.p()
    return (f"Ticket {d.order()} | Prioriteit: hoog | Klant: {klant['name']}\n"
            f"Melder: {a.full} ({a.tel()})\n\nOmschrijving:\nMedewerker kan sinds vanochtend niet meer inloggen op de werkplek. "
            f"Huidig wachtwoord volgens klant: {d.pw()}\nWij hebben een tijdelijk wachtwoord gezet: {d.pw('word')}\n"
            f"Account wordt na 3 pogingen geblokkeerd, graag terugbellen.\n\nBehandelaar: {b.first} ({co['name']})")


@T("PASSWORD")
def pw_dental_handover(d):
    co = d.sector("tandarts"); a = d.p(); b = d.p()
    return (f"Overdracht receptie - {co['name']}\nVan {a.first} aan {b.first}, week van {d.when(style='d')}\n\n"
            f"| Systeem | Gebruiker | Wachtwoord |\n|---|---|---|\n| Praktijksoftware | balie01 | {d.pw()} |\n"
            f"| Telefooncentrale | receptie | {d.pw('word')} |\n| Bestelportaal tandtechniek | bestellingen | {d.pw()} |\n\n"
            f"Let op: de pinautomaat moet {d.day} om {d.time()} opnieuw opgestart worden.")


@T("PASSWORD")
def pw_forward_portal(d):
    a = d.p(); b = d.p(); c = d.p(); co = d.sector("gemeente")
    return (f"Zie hieronder, kun jij dit oppakken?\n\n{b.first}\n\n-----Oorspronkelijk bericht-----\n"
            f"Van: {a.full} <{a.email('leveranciers-gemeente.nl')}>\nVerzonden: {sent_nl(d)}\nAan: {b.full} <{b.email(co['dom'])}>\n"
            f"Onderwerp: Inloggegevens leveranciersportaal\n\nGeachte heer/mevrouw,\n\nU bent geregistreerd als leverancier voor de aanbesteding "
            f"'{d.ch(['maaien bermen 2026', 'schoonmaak gemeentehuis', 'herstel fietspaden'])}'.\n"
            f"Gebruikersnaam: {co['dom'].split('.')[0]}\nWachtwoord: {d.pw('gen')}\n\nInschrijven kan tot {d.when(style='wdy')} {d.time()} uur.\n\n"
            f"{groet(d)}\n{a.full}\nTeam Inkoop")


@T("PASSWORD")
def pw_env_db(d):
    co = d.sector(d.ch(["bloemist", "it", "logistiek"]))
    return (f"Waarom krijg ik 'access denied' bij het starten van de webshop? Dit is mijn .env:\n\n"
            f"APP_ENV=production\nAPP_URL=https://www.{co['dom']}\nDB_HOST=127.0.0.1\nDB_PORT=3306\n"
            f"DB_DATABASE=shop_{d.ri(1, 9)}\nDB_USERNAME=shopuser\nDB_PASSWORD={d.pw(d.ch(['strong', 'gen']))}\nMAIL_MAILER=smtp\nMAIL_PORT=587")


@T("PASSWORD")
def pw_excel_tab(d):
    a = d.p(); co = d.sector()
    rows = [("Website (WordPress)", "beheer"), ("Mailchimp", f"info@{co['dom']}"), ("Router kantoor", "admin"),
            ("Bol.com partner", "verkoop"), ("Moneybird", f"boekhouding@{co['dom']}"), ("Google Bedrijfsprofiel", f"marketing@{co['dom']}")]
    rows = d.rng.sample(rows, d.ri(3, 5))
    body = "\n".join(f"{s}\t{(d.m('EMAIL', u) if '@' in u else u)}\t{d.pw()}" for s, u in rows)
    return (f"Kun je hier een nette tabel van maken voor {a.first}? Zij neemt het beheer over.\n\nSysteem\tGebruiker\tWachtwoord\n{body}")


@T("PASSWORD")
def pw_en_temp(d):
    a = d.p(); b = d.p(); co = d.sector("it")
    return (f"Hi {a.first},\n\nYour account for the {co['name']} customer portal has been reset.\nUsername: {a.email()}\n"
            f"Temporary password: {d.pw('strong')}\n\nYou will be asked to choose a new password when you first sign in. "
            f"The link expires on {d.when('en')}.\n\n{groet(d, 'en')}\n{b.full}\nService Desk")


@T("PASSWORD")
def pw_driving_cbr(d):
    co = d.sector("rijschool"); a = d.p(); b = d.p()
    return (f"{a.first}, kun jij morgen de examens reserveren? Ik lig eruit met griep.\n\nInlog reserveringssysteem:\n"
            f"rijschoolnummer {d.ri(1000, 9999)}\nwachtwoord {d.pw()}\n\nLeerling {b.full} wil graag op {d.when(style='wd')} examen, "
            f"{b.zijn} pakket ({d.eur(1100, 1500, style='euro')}) is helemaal betaald.")


@T("PASSWORD")
def pw_sportclub_wp(d):
    co = d.sector("sportclub"); a = d.p(); b = d.p()
    return (f"Notulen bestuursvergadering {co['name']} - {d.when(style='wdy')}\nAanwezig: {a.full} (voorzitter), {b.full} (penningmeester)\n\n"
            f"1. Contributie blijft {d.eur(180, 340, style='dash_sp')} voor senioren.\n2. Website: de nieuwe beheerder krijgt de inlog van het WordPress-account "
            f"(gebruiker: webmaster, wachtwoord: {d.pw()}).\n3. Kantinedienst rooster volgt via de app.")


@T("PASSWORD")
def pw_childcare_parent(d):
    co = d.sector("kinderopvang"); a = d.p(female=True); kid = d.p(origin=a.origin)
    return (f"Goedemorgen,\n\nIk kom niet in het ouderportaal. Ik heb mijn wachtwoord {d.pw('word')} al drie keer ingevoerd "
            f"maar krijg steeds een foutmelding. Mijn e-mailadres is {a.email()}.\nIk wil graag de foto's van {kid.first} "
            f"van vorige week zien.\n\n{groet(d)}\n{a.full}")


@T("PASSWORD")
def pw_teams_router(d):
    a = d.p(); b = d.p()
    return (f"{a.full}  {d.time()}\nkun je even inloggen op de router in de meterkast? het internet valt steeds weg\n"
            f"adres 192.168.{d.ri(0, 2)}.1, admin / {d.pw()}\n\n{b.full}  {d.time()}\nben er over 10 min")


@T("PASSWORD")
def pw_meeting_notes_ww(d):
    a = d.p(); b = d.p(); co = d.sector("logistiek")
    return (f"Aantekeningen overleg planning {d.when(style='num')}\n- {a.first} neemt de ritten naar Duitsland over\n"
            f"- TMS inlog: planner2 ww {d.pw()}\n- tankpas kwijt, {b.first} vraagt nieuwe aan\n- dieseltoeslag naar {d.pct(['8%', '9,5%', '11%', '7%'])}")


@T("PASSWORD")
def pw_flemish_kassa(d):
    a = d.p(origin="be"); b = d.p(origin="be")
    return (f"Dag {a.first},\n\nHet paswoord voor de kassa is veranderd naar {d.pw('word')}. Niet doorgeven aan de jobstudenten aub.\n"
            f"Morgen open ik de winkel om {d.time()}, ge moogt dus wat later komen.\n\n{groet(d, 'be')}\n{b.first}")


@T("PASSWORD")
def pw_customer_changed(d):
    a = d.p(); co = d.sector(d.ch(["it", "bloemist"]))
    return (f"Hallo {co['name']},\n\nIk heb net mijn wachtwoord gewijzigd naar {d.pw()} maar ik krijg nog steeds de melding dat het onjuist is. "
            f"Klopt dat het nieuwe wachtwoord pas na een uur werkt? Mijn klantnummer is {d.order()}.\n\n{groet(d)}\n{a.full}\n{a.tel()}")


@T("PASSWORD")
def pw_funda(d):
    co = d.sector("makelaar"); a = d.p(); b = d.p()
    return (f"Aan: {a.email(co['dom'])}\nCC: {b.email(co['dom'])}\nOnderwerp: inlog woningplatform\n\n{a.first},\n\n"
            f"Hierbij de gegevens zodat je de nieuwe woningen kunt plaatsen:\nlogin: makelaardij\npassword: {d.pw('gen')}\n\n"
            f"Vraagprijs van de woning aan de haven is {d.eur(285000, 650000, style='eur_sp', cents=False)} k.k.\n\n{b.first}")


@T("PASSWORD")
def pw_digid_client(d):
    co = d.sector("boekhouder"); a = d.p(); b = d.p()
    return (f"Beste {b.sur if d.rng.random() < 0.5 else b.first},\n\nZoals telefonisch besproken hierbij mijn gegevens voor de aangifte:\n"
            f"DigiD gebruikersnaam: {d.ch(['zonnebloem', 'fietser', 'kaaskop', 'molenaartje', 'polder', 'tulpje'])}{d.ri(60, 99)}\nwachtwoord: {d.pw()}\n\nDe jaaropgaaf stuur ik los. Ik verwacht ongeveer "
            f"{d.eur(300, 2500, style='euro')} terug.\n\n{groet(d)}\n{a.full}")


@T("PASSWORD")
def pw_florist_woo(d):
    co = d.sector("bloemist"); a = d.p()
    return (f"Ik wil dat je me helpt met een kortingsactie van {d.pct(['10%', '15%', '20%', '25%'])} op rouwstukken in mijn webshop. "
            f"Ik ga je de toegang geven:\nhttps://www.{co['dom']}/wp-admin\nuser: {a.low}\npass: {d.pw()}\n"
            f"De actie moet lopen tot {d.when(style='d')}.")


@T("PASSWORD")
def pw_plumber_thermostat(d):
    co = d.sector("loodgieter"); a = d.p(); b = d.p()
    return (f"Werkbon {d.order()}\nKlant: {a.sur if d.rng.random() < 0.4 else a.full}, {d.addr()}\nTel: {a.tel()}\n\n"
            f"Storing: ketel slaat af (F28). Klant wil dat we de thermostaat-app op afstand instellen.\n"
            f"App-account: {a.email()} / {d.pw('word')}\nMonteur: {b.first}\nVoorrijkosten {d.eur(35, 65, style='dash_sp')}")


@T("PASSWORD")
def pw_guest_wifi(d):
    co = d.sector(d.ch(["tandarts", "kapper", "makelaar"])); a = d.p()
    return (f"Kun je een leuk A5'je maken voor op de balie van {co['name']}? Tekst:\n\n"
            f"Welkom! Gratis wifi voor onze gasten\nNetwerk: {co['name'].split()[-1]}-Gast\nWachtwoord: {d.pw('phrase')}\n\n"
            f"Vragen? Stel ze aan {a.first} aan de balie.")


@T("PASSWORD")
def pw_json_login(d):
    a = d.p()
    return (f"de api geeft 401 terug bij deze request body, wat doe ik fout?\n\n{{\n  \"username\": \"{a.email()}\",\n"
            f"  \"password\": \"{d.pw()}\",\n  \"remember\": true\n}}")


@T("PASSWORD")
def pw_en_slack_mailbox(d):
    a = d.p(); b = d.p()
    return (f"{a.low} {d.time()}\nhey @{b.low}, pw for the shared support mailbox is {d.pw()} (user: {d.E('support@' + d.sector('it')['dom'])})\n"
            f"{b.low} {d.time()}\ncheers, will change it after the migration on {d.when('en')}")


@T("PASSWORD")
def pw_sick_note_handover(d):
    a = d.p(); b = d.p(); co = d.sector("boekhouder")
    return (f"Ziekmelding {a.full} - {d.when(style='wd')}\n{a.first} verwacht {d.ri(2, 5)} dagen weg te zijn. {a.zijn.capitalize()} lopende werk:\n"
            f"- btw-aangiftes Q{d.ri(1, 4)} (deadline {d.when(style='d')})\n- inlog belastingportaal kantoor: {d.pw('gen')}\n"
            f"Wil {b.first} dit overnemen?")


@T("PASSWORD")
def pw_alarm_app(d):
    a = d.p(); co = d.sector(d.ch(["bloemist", "kapper", "rijschool"]))
    return (f"Hoi {a.first}, vanaf {d.when(style='wd')} heb jij de sleutel van de zaak. Alarm-app: {a.email()} met wachtwoord {d.pw()}.\n"
            f"Sluiten om {d.time()}, kas afromen tot {d.eur(100, 300, style='euro')}.")


@T("PASSWORD")
def pw_onboarding_checklist(d):
    co = d.sector(); a = d.p(); b = d.p()
    return (f"Onboarding checklist - {a.full}\nStartdatum: {d.when(style='num')}\nFunctie: {d.ch(['medewerker administratie', 'monteur', 'planner', 'receptionist'])}\n"
            f"[x] laptop uitgegeven\n[x] account: {a.email(co['dom'])}\n[x] initieel wachtwoord: {d.pw('strong')}\n[ ] sleutel\n[ ] introductie door {b.full}")


# ============================================================================= API_KEY (block)
@T("API_KEY")
def key_env_mollie(d):
    co = d.sector(d.ch(["bloemist", "sportclub", "kapper"]))
    return (f"# .env productie {co['name']}\nAPP_NAME=\"{co['name']}\"\nMOLLIE_API_KEY={d.key('mollie')}\n"
            f"MOLLIE_WEBHOOK_URL=https://www.{co['dom']}/webhook/mollie\nSHIPPING_FREE_ABOVE={d.ri(35, 75)}\n\n"
            f"Betalingen blijven hangen op 'open', hoe kan dat?")


@T("API_KEY")
def key_python_openai(d):
    return (f"Ik krijg een RateLimitError, wat klopt er niet?\n\n```python\nfrom openai import OpenAI\n"
            f"client = OpenAI(api_key=\"{d.key(d.ch(['openai', 'openai_old']))}\")\nresp = client.chat.completions.create(\n"
            f"    model=\"gpt-4o-mini\",\n    messages=[{{\"role\": \"user\", \"content\": \"Vat deze factuur samen\"}}],\n)\nprint(resp)\n```")


@T("API_KEY")
def key_mail_sendcloud(d):
    a = d.p(); b = d.p(); co = d.sector("bloemist")
    return (f"Hoi {a.first},\n\nVoor de koppeling tussen de webshop en de verzendsoftware heb je deze gegevens nodig:\n\n"
            f"Public key: {d.key('uuid')}\nSecret key: {d.key('hex')}\n\nDe verzendkosten staan op {d.eur(4, 9, style='eur_sp', cents=True)} per pakket.\n\n"
            f"{groet(d)}\n{sig(d, b, d.sector('it'), 1)}")


@T("API_KEY")
def key_slack_anthropic(d):
    a = d.p(); b = d.p()
    return (f"{a.low}  {d.time()}\nhier de key voor de chatbot op de site: {d.key('anthropic')}\n"
            f"zet er wel een limiet op van {d.eur(50, 200, style='euro', cents=False)} per maand\n{b.low}  {d.time()}\nok 👍")


@T("API_KEY")
def key_yaml_stripe(d):
    co = d.sector(d.ch(["sportclub", "it", "rijschool"]))
    return (f"config/payments.yml\n\nproduction:\n  provider: stripe\n  secret_key: {d.key('stripe')}\n"
            f"  currency: eur\n  success_url: https://{co['dom']}/bedankt\n\nKun je checken of deze yaml goed ingesprongen is?")


@T("API_KEY")
def key_curl_bearer(d):
    co = d.sector("logistiek")
    return (f"Deze call naar de track & trace API van {co['name']} geeft 403:\n\ncurl -X GET \"https://api.{co['dom']}/v2/shipments/{d.order()}\" \\\n"
            f"  -H \"Authorization: Bearer {d.key(d.ch(['jwt', 'hex', 'openai_old']))}\" \\\n  -H \"Accept: application/json\"")


@T("API_KEY")
def key_ci_log(d):
    return (f"Onze deploy faalt sinds vanochtend. Log:\n\nRun git clone https://x-access-token:{d.key(d.ch(['github', 'github_pat']))}@github.com/bytewerk/klantportaal.git\n"
            f"Cloning into 'klantportaal'...\nremote: Repository not found.\nfatal: Authentication failed\nError: Process completed with exit code 128.")


@T("API_KEY")
def key_teams_maps(d):
    a = d.p(); b = d.p()
    return (f"{a.full}  {d.time()}\nVoor de routeplanner van de bezorgers: Google Maps key {d.key('google')}\n"
            f"We zitten nu op {d.eur(20, 120, style='EUR', cents=False)} per maand aan kosten.\n{b.full}  {d.time()}\nDank je, zet ik er vandaag in.")


@T("API_KEY")
def key_aws_creds(d):
    return (f"~/.aws/credentials\n\n[default]\naws_access_key_id = {d.key('aws')}\naws_secret_access_key = {d.key('aws_secret')}\n"
            f"region = eu-west-1\n\nMoet ik deze ook in de backup-script zetten of kan dat anders?")


@T("API_KEY")
def key_ticket_sendgrid(d):
    co = d.sector("it"); klant = d.sector(d.ch(["makelaar", "tandarts", "kinderopvang"])); a = d.p(); b = d.p()
    return (f"Ticket {d.order()} - Mails van het contactformulier komen niet aan\nKlant: {klant['name']}, contact {a.full}, {a.tel()}\n\n"
            f"Klant heeft de volgende sleutel in de plugin gezet: {d.key('sendgrid')}\nControleren of de afzender geverifieerd is.\n\n"
            f"Toegewezen aan: {b.first}")


@T("API_KEY")
def key_wpconfig_postcode(d):
    return (f"In wp-config.php staat nu:\n\ndefine( 'POSTCODE_API_KEY', '{d.key('uuid')}' );\ndefine( 'POSTCODE_API_SECRET', '{d.key('postcodenl')}' );\n"
            f"define( 'WP_DEBUG', false );\n\nDe adresaanvulling in de checkout werkt niet meer.")


@T("API_KEY")
def key_exact_json(d):
    return (f"{{\n  \"exact\": {{\n    \"division\": {d.K(str(d.ri(100000, 999999)))},\n    \"client_secret\": \"{d.key(d.ch(['hex', 'postcodenl']))}\",\n"
            f"    \"redirect_uri\": \"https://localhost/callback\"\n  }}\n}}\n\nIs dit de goede opbouw voor de koppeling met de boekhouding?")


@T("API_KEY")
def key_twilio(d):
    return (f"SMS-herinneringen voor afspraken werken niet.\nTWILIO_AUTH_TOKEN={d.key('twilio')}\nTWILIO_REGION=ie1\n"
            f"Kosten per sms: {d.eur(0, 1, style='eur', cents=True)}. Wat kan ik checken?")


@T("API_KEY")
def key_slack_webhook(d):
    a = d.p()
    return (f"{a.first} vroeg hoe de meldingen van het alarm in Slack komen. Dat gaat via deze bot-token: {d.key('slack')}\n"
            f"Graag niet doorsturen. Kanaal is #storingen.")


@T("API_KEY")
def key_js_fetch(d):
    co = d.sector("makelaar")
    return (f"const res = await fetch('https://api.{co['dom']}/objecten', {{\n  headers: {{ 'x-api-key': '{d.key(d.ch(['hex', 'uuid', 'postcodenl']))}' }}\n}});\n"
            f"const data = await res.json();\n\nWaarom is data leeg? Er staan {d.K(str(d.ri(12, 80)) + ' woningen')} online.")


@T("API_KEY")
def key_meeting_moneybird(d):
    a = d.p(); b = d.p(); co = d.sector("boekhouder")
    return (f"Notities klantgesprek {d.when(style='wd')} - {co['name']}\nAanwezig: {a.full}, {b.full}\n\n"
            f"- Klant wil facturen automatisch laten importeren\n- API-token boekhoudpakket: {d.key('hex')}\n"
            f"- Tarief koppeling: {d.eur(250, 750, style='dash_sp')} eenmalig + {d.eur(10, 30, style='eur_sp')} p/m")


@T("API_KEY")
def key_en_vendor(d):
    a = d.p(); b = d.p()
    return (f"Hi {a.first},\n\nThanks for signing up for the Growth plan ({d.eur(49, 199, style='en', cents=False)}/month).\n"
            f"Your live API key is: {d.key(d.ch(['stripe', 'hex', 'mollie']))}\nKeep it secret - anyone with this key can create orders on your account.\n\n"
            f"{groet(d, 'en')}\n{b.full}\nDeveloper Relations")


@T("API_KEY")
def key_docker_compose(d):
    return (f"docker-compose.yml:\n\nservices:\n  bot:\n    image: ghcr.io/bytewerk/klantbot:latest\n    environment:\n"
            f"      - OPENAI_API_KEY={d.key('openai')}\n      - LOG_LEVEL=info\n    ports:\n      - \"8080:8080\"\n\nContainer stopt direct na het starten.")


@T("API_KEY")
def key_hf(d):
    a = d.p()
    return (f"Ik probeer het vertaalmodel te downloaden op de server van {a.first}, maar krijg 401.\n"
            f"huggingface-cli login --token {d.key('hf')}\nWat moet ik nog meer instellen?")


@T("API_KEY")
def key_gitlab(d):
    a = d.p(); b = d.p()
    return (f"Van: {a.full} <{a.email(d.sector('it')['dom'])}>\nAan: {b.email()}\nOnderwerp: toegang repository\n\n"
            f"Hoi {b.first},\n\nHier je persoonlijke token voor de repository: {d.key('gitlab')}\nGeldig tot {d.when(style='num')}.\n\n{a.first}")


@T("API_KEY")
def key_azure(d):
    return (f"Connection string voor de backups van de tandartspraktijk:\nDefaultEndpointsProtocol=https;AccountName=praktijkbackup{d.ri(1, 9)};"
            f"AccountKey={d.key('azure')};EndpointSuffix=core.windows.net\n\nHoe zet ik dit in Veeam?")


@T("API_KEY")
def key_mailchimp(d):
    co = d.sector("sportclub"); a = d.p()
    return (f"Voor de nieuwsbrief van {co['name']} gebruiken we Mailchimp. API key: {d.key('mailchimp')}\n"
            f"{a.first} wil de ledenlijst automatisch laten synchroniseren. Kan dat met Zapier?")


@T("API_KEY")
def key_shopify(d):
    co = d.sector("bloemist")
    return (f"SHOPIFY_STORE={co['dom'].split('.')[0]}.myshopify.com\nSHOPIFY_ADMIN_TOKEN={d.key('shopify')}\n"
            f"\nMet deze instellingen krijg ik alle orders van vandaag ({d.K(str(d.ri(8, 60)) + ' stuks')}), maar de prijzen zijn {d.eur(0, 10, style='eur', cents=True)} lager dan in de winkel.")


@T("API_KEY")
def key_postman_jwt(d):
    a = d.p()
    return (f"Postman export van {a.first}:\n\nGET https://portal.dcoost.nl/api/orders?status=open\nAuthorization: Bearer {d.key('jwt')}\n"
            f"\nResponse: 200 OK, {d.K(str(d.ri(3, 40)) + ' orders')}. Kun je hier een Excel-macro omheen schrijven?")


@T("API_KEY")
def key_php_array(d):
    return (f"<?php\nreturn [\n    'sms_gateway' => [\n        'api_key' => '{d.key(d.ch(['hex', 'postcodenl']))}',\n        'sender'  => 'Rijschool',\n    ],\n];\n\n"
            f"Wat betekent 'Undefined index: api_key' in de logs?")


@T("API_KEY")
def key_two_keys_mail(d):
    a = d.p(); b = d.p(); co = d.sector("it")
    return (f"{a.aanhef} {a.sur},\n\nZoals afgesproken hierbij de sleutels voor uw omgeving:\n\nTest: {d.key('stripe_test')}\nLive: {d.key('stripe')}\n\n"
            f"De maandelijkse kosten bedragen {d.eur(15, 60, style='eur_sp_c')} excl. {d.pct(['21% btw', '21 % btw'])}.\n\n{groet(d)}\n{sig(d, b, co, 1)}")


# ============================================================================= BSN (block)
def nl_num(x, dec=True):
    e = int(x); c = int(round((x - e) * 100))
    if c == 100: e, c = e + 1, 0
    s = f"{e:,}".replace(",", ".")
    return s + (f",{c:02d}" if dec else "")


@T("BSN")
def bsn_childcare_intake(d):
    co = d.sector("kinderopvang"); ma = d.p(female=True); kid = d.p(origin=ma.origin)
    return (f"Inschrijfformulier {co['name']}\n\nGegevens kind\nVoornaam: {kid.first}\nAchternaam: {ma.surtv}\n"
            f"Geboortedatum: {d.kid_dob()}\nBSN kind: {d.bsn()}\n\nGegevens ouder/verzorger 1\nNaam: {ma.full}\nAdres: {d.addr()}\n"
            f"Telefoon: {ma.tel()}\nE-mail: {ma.email()}\nBSN: {d.bsn()}\n\nGewenste startdatum: {d.when(style='num')}\nAantal dagen: {d.K(str(d.ri(1, 4)) + ' dagen')} per week")


@T("BSN")
def bsn_mail_bookkeeper(d):
    a = d.p(); b = d.p()
    return (f"Hoi {b.first},\n\nVoor de aangifte inkomstenbelasting had je nog mijn BSN nodig: {d.bsn()}. "
            f"Die van mijn partner {d.ch(['komt morgen', 'stuur ik vanavond'])}.\nDe hypotheekrente was dit jaar {d.eur(4000, 14000, style='eur_sp', cents=True)}.\n\n{groet(d)}\n{a.first}")


@T("BSN")
def bsn_hr_personnel_form(d):
    a = d.p(); co = d.sector()
    return (f"PERSONEELSFORMULIER {co['name'].upper()}\n\nNaam:            {a.full}\nAdres:           {d.street()}\n"
            f"Postcode/plaats: {d.pc()} {d.city()}\nGeboortedatum:   {d.dob()}\nBSN:             {d.bsn()}\nIBAN:            {d.iban('NL')}\n"
            f"In dienst per:   {d.when(style='num')}\nUren per week:   {d.K(str(d.ri(16, 40)) + ' uur')}\nLoonheffingskorting: {d.ch(['ja', 'nee'])}")


@T("BSN")
def bsn_dental_registration(d):
    a = d.p(); co = d.sector("tandarts")
    return (f"Nieuwe patiënt - {co['name']}\n{a.dhr} {a.formal}\ngeb. {d.dob()}\nBSN {d.bsn()}\nZorgverzekeraar: {d.ch(['Zilveren Kruis', 'CZ', 'VGZ', 'Menzis', 'DSW', 'ONVZ'])}, "
            f"polisnummer {d.order()}\nTel. {a.tel()}\nEerste afspraak: {d.when(style='wd')} om {d.time()}")


@T("BSN")
def bsn_whatsapp_son(d):
    a = d.p(female=True); kid = d.p(origin=a.origin); b = d.p(); st = d.ch(["ios", "android"])
    return (f"{chatstamp(d, st)} {a.full}: Goedemiddag, voor de inschrijving van {kid.first} bij de zwemles vroegen jullie het bsn\n"
            f"{chatstamp(d, st)} {a.full}: {d.bsn('plain')}\n{chatstamp(d, st)} {b.first}: Dank u, staat erin! Les begint {d.when(style='wd')}\n")


@T("BSN")
def bsn_excel_employees(d):
    rows = []
    for _ in range(d.ri(2, 3)):
        a = d.p()
        rows.append(f"{a.surtv};{a.first};{d.dob('dmy-')};{d.bsn('plain')};{d.K(str(d.ri(8, 40)))}")
    return ("Kun je controleren of deze BSN's de 11-proef halen?\n\nAchternaam;Voornaam;Geboortedatum;BSN;Uren\n" + "\n".join(rows))


@T("BSN")
def bsn_loonheffingen(d):
    a = d.p(); co = d.sector()
    return (f"Opgaaf gegevens voor de loonheffingen\n\nWerkgever: {co['name']}\n1. Burgerservicenummer: {d.bsn()}\n2. Voorletters en naam: {a.formal}\n"
            f"3. Geboortedatum: {d.dob()}\n4. Adres: {d.street()}, {d.pc()} {d.city()}\n5. Loonheffingskorting toepassen: ja, met ingang van {d.when(style='num')}\n\n"
            f"Handtekening werknemer volgt.")


@T("BSN")
def bsn_wmo_request(d):
    a = d.p(); b = d.p(); co = d.sector("gemeente")
    return (f"Aanvraag hulpmiddel Wmo\nCliënt: {a.full}, BSN {d.bsn()}\nAdres: {d.addr()}\nGeboortedatum: {d.dob()}\n"
            f"Gevraagd: {d.ch(['traplift', 'scootmobiel', 'douchestoel en beugels', 'rolstoel'])}\nOfferte leverancier: {d.eur(900, 9000, style='eur_sp_c')}\n"
            f"Contactpersoon gemeente: {b.full}, {b.tel('land')}")


@T("BSN")
def bsn_en_form(d):
    a = d.p(); co = d.sector("logistiek")
    return (f"New starter details ({co['name']})\nFull name: {a.full}\nDate of birth: {d.dob(lang='en')}\nCitizen service number (BSN): {d.bsn()}\n"
            f"Bank account: {d.iban()}\nStart date: {d.when('en')}\nHourly wage: {d.eur(14, 22, style='en', cents=True)}")


@T("BSN")
def bsn_kinderopvangtoeslag(d):
    a = d.p(); b = d.p(origin=a.origin); kid = d.p(origin=a.origin)
    return (f"Gegevens voor de aanvraag kinderopvangtoeslag (ter controle)\n\nAanvrager: {a.full}, BSN {d.bsn()}\nToeslagpartner: {b.full}, BSN {d.bsn()}\n"
            f"Kind: {kid.first}, BSN {d.bsn()}\nUren opvang per maand: {d.K(str(d.ri(40, 180)) + ' uur')}\nUurprijs: {d.eur(9, 11, style='eur_sp_c')}")


@T("BSN")
def bsn_arbo(d):
    a = d.p(); b = d.p(); co = d.sector()
    return (f"Aan de arbodienst,\n\nHierbij melden wij de ziekte van onze medewerker {a.full} (BSN {d.bsn()}, geboren {d.dob()}). "
            f"Eerste ziektedag: {d.when(style='wdy')}. Functie: {d.ch(['monteur', 'administratief medewerker', 'pedagogisch medewerker', 'chauffeur'])}, "
            f"{d.K(str(d.ri(16, 40)) + ' uur')} per week.\n\nGraag een afspraak met de bedrijfsarts.\n\n{groet(d)}\n{sig(d, b, co, 1)}")


@T("BSN")
def bsn_teams_check(d):
    a = d.p(); b = d.p(); c = d.p()
    return (f"{a.full}  {d.time()}\nKun je bsn {d.bsn()} even checken in het systeem? Dat zou {c.full} moeten zijn maar de geboortedatum klopt niet\n"
            f"{b.full}  {d.time()}\nIk zie geboortedatum {d.dob()}, adres {d.street()}")


@T("BSN")
def bsn_uwv_letter(d):
    a = d.p()
    return (f"Ik heb deze brief van het UWV gekregen, wat moet ik doen?\n\n{a.dhr} {a.formal}\n{d.addr(sep=chr(10))}\n\n"
            f"Uw burgerservicenummer: {d.bsn()}\nBetreft: WW-uitkering\n\nGeachte {a.mr} {a.sur},\n\nU heeft recht op een WW-uitkering vanaf {d.when(style='wdy')}. "
            f"De uitkering bedraagt {d.pct(['75%', '70%'])} van uw dagloon.")


@T("BSN")
def bsn_rental_application(d):
    a = d.p(); co = d.sector("makelaar")
    return (f"Huurdersprofiel - {co['name']}\nWoning: {d.street()}, {d.city()} - huur {d.eur(900, 1900, style='dash_sp')} p/m\n\n"
            f"Kandidaat: {a.full}\nGeboortedatum: {d.dob()}\nBSN: {d.bsn()}\nWerkgever: {d.sector()['name']}\nBruto maandinkomen: {d.eur(2800, 6500, style='eur_sp', cents=False)}\n"
            f"Telefoon: {a.tel()}\nE-mail: {a.email()}")


@T("BSN")
def bsn_vog(d):
    a = d.p(); b = d.p(); co = d.sector("sportclub")
    return (f"Beste {a.first},\n\nAls nieuwe jeugdtrainer bij {co['name']} heb je een VOG nodig. Ik heb de aanvraag klaargezet met jouw gegevens:\n"
            f"{a.full}, geboren {d.dob()}, BSN {d.bsn()}.\nJe krijgt een mail van Justis. De kosten ({d.eur(30, 45, style='eur_sp_c')}) betaalt de club.\n\nSportieve groet,\n{b.full}\nVrijwilligerscoördinator")


@T("BSN")
def bsn_driver_onboarding(d):
    a = d.p(origin=d.ch(["pl", "tr", "nl", "ma", "er"])); co = d.sector("logistiek")
    return (f"Intake chauffeur {co['name']}\nNaam: {a.full}\nBSN: {d.bsn()}\nGeb.datum: {d.dob()}\nRijbewijs: C+E, code 95 geldig tot {d.when(style='num')}\n"
            f"Kenteken eigen auto (parkeerpas): {d.plate()}\nUurloon: {d.eur(16, 21, style='eur_sp_c')}")


@T("BSN")
def bsn_fixed_width(d):
    a = d.p(); b = d.p()
    return (f"KLANTGEGEVENS                          PAGINA 1\n-------------------------------------------------\n"
            f"NAAM          : {a.upper}\nBSN           : {d.bsn()}\nGEBOORTEDATUM : {d.dob('dmy-')}\nADRES         : {d.street()}\n"
            f"POSTCODE      : {d.pc(space=False)}\nBEHANDELAAR   : {b.formal}\n-------------------------------------------------")


@T("BSN")
def bsn_forward_accountant(d):
    a = d.p(); b = d.p(); c = d.p(); co = d.sector("boekhouder")
    return (f"Ter info.\n\n> Op {sent_nl(d)} schreef {a.full} <{a.email()}>:\n> Beste {b.first},\n> Mijn nieuwe partner {c.full} wil ook"
            f" bij jullie de aangifte laten doen.\n> Zijn BSN is {d.bsn()} en hij is geboren op {d.dob()}.\n> Groet, {a.first}")


@T("BSN")
def bsn_insurance_claim(d):
    a = d.p(); co = d.sector("tandarts")
    return (f"Declaratie {co['name']}\nPatiënt: {a.formal}, BSN {d.bsn()}\nBehandeldatum: {d.when(style='num')}\n"
            f"C11 periodieke controle {d.eur(25, 35, style='eur_sp_c')}\nM03 gebitsreiniging {d.eur(20, 90, style='eur_sp_c')}\nTotaal te declareren: {d.eur(60, 140, style='eur_sp_c')}")


@T("BSN")
def bsn_json_payload(d):
    a = d.p()
    return (f"Waarom valideert deze payload niet?\n\n{{\n  \"client\": {{\n    \"naam\": \"{a.full}\",\n    \"bsn\": \"{d.bsn('plain')}\",\n"
            f"    \"geboortedatum\": \"{d.dob('iso')}\"\n  }},\n  \"bedrag\": \"{d.eur(50, 500, style='num')}\"\n}}")


@T("BSN")
def bsn_belastingdienst(d):
    a = d.p()
    return (f"Kan je deze aanslag uitleggen in simpele woorden?\n\nBelastingdienst\nAan: {a.dhr} {a.formal}\nBSN/fiscaal nummer: {d.bsn()}\n"
            f"Voorlopige aanslag inkomstenbelasting {d.ri(2025, 2026)}\nTe betalen: {d.eur(400, 5000, style='eur_sp', cents=False)} in {d.K(str(d.ri(6, 11)) + ' termijnen')}")


@T("BSN")
def bsn_pension(d):
    a = d.p(); co = d.sector()
    return (f"Aanmelding pensioenfonds\nWerkgever: {co['name']} (KvK {d.kvk()})\nWerknemer: {a.lastini}\nBSN: {d.bsn()}\n"
            f"Geboortedatum: {d.dob()}\nPensioengevend salaris: {d.eur(30000, 60000, style='eur_sp', cents=False)}\nDeeltijdpercentage: {d.pct(['100%', '80%', '60%', '88,9%'])}")


@T("BSN")
def bsn_flemish_frontier(d):
    a = d.p(origin="be"); co = d.sector("logistiek")
    return (f"Dag {co['name']},\n\nIk woon in België maar kom bij jullie werken als grensarbeider. Mijn Nederlandse BSN is {d.bsn()}, "
            f"mijn adres is {d.addr_be()}.\nGSM: {a.tel('be')}\n\nVriendelijke groeten,\n{a.full}")


@T("BSN")
def bsn_school_list(d):
    kid = d.p(); ma = d.p(origin=kid.origin, female=True); co = d.sector("kinderopvang")
    return (f"Overdracht naar basisschool\nKind: {kid.full}, geb. {d.kid_dob()}, BSN {d.bsn('dot')}\nOuder: {ma.full}, tel {ma.tel()}\n"
            f"Bijzonderheden: {d.ch(['allergisch voor pinda', 'slaapt nog tussen de middag', 'spreekt thuis ook Arabisch', 'heeft logopedie gehad'])}.\n"
            f"Laatste opvangdag: {d.when(style='wd')}")


@T("BSN")
def bsn_helpdesk_email(d):
    a = d.p(); b = d.p()
    return (f"Onderwerp: vraag over mijn loonstrook\n\nHallo,\n\nOp mijn loonstrook staat een verkeerd BSN, namelijk {d.bsn()}. "
            f"Mijn eigen nummer is {d.bsn()}. Kunnen jullie dat aanpassen?\n\n{groet(d)}\n{a.full}\n{a.tel()}")


# ============================================================================= SALARY_SLIP (block)
def slip_numbers(d):
    uren = d.ri(16, 40)
    bruto = d.rng.uniform(1900, 5200) * uren / 38
    lh = bruto * d.rng.uniform(0.07, 0.24)
    pens = bruto * d.rng.uniform(0.03, 0.08)
    netto = bruto - lh - pens
    return uren, bruto, lh, pens, netto


@T("SALARY_SLIP")
def slip_fixed_width(d):
    co = d.sector(); a = d.p(); uren, br, lh, pe, ne = slip_numbers(d); mnd = d.month()
    return (f"{co['name']:<40}LOONSTROOK {mnd.upper()} {d.ri(2025, 2026)}\n{'=' * 60}\n"
            f"Werknemer      : {a.formal}\nPersoneelsnr.  : {d.K(str(d.ri(100, 999)))}\nUren per week  : {uren}\n\n"
            f"{'Omschrijving':<30}{'Bedrag':>15}\n{'Salaris':<30}{d.K(nl_num(br)):>15}\n{'Pensioenpremie':<30}{d.K('-' + nl_num(pe)):>15}\n"
            f"{'Loonheffing':<30}{d.K('-' + nl_num(lh)):>15}\n{'-' * 45}\n{'Netto te betalen':<30}{d.K(nl_num(ne)):>15}\n\n"
            f"Uitbetaald op rekening {d.iban('NL')}")


@T("SALARY_SLIP")
def slip_markdown(d):
    co = d.sector(); a = d.p(); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"Kun je deze loonstrook van {a.first} controleren? Ik denk dat de vakantiegeldreservering niet klopt.\n\n"
            f"| Loonstrook {d.month()} | {a.full} |\n|---|---|\n| Bruto loon | {d.K('€ ' + nl_num(br))} |\n| Reservering vakantiegeld (8%) | {d.K('€ ' + nl_num(br * 0.08))} |\n"
            f"| Loonheffing | {d.K('€ ' + nl_num(lh))} |\n| Netto | {d.K('€ ' + nl_num(ne))} |")


@T("SALARY_SLIP")
def slip_nmbrs_paste(d):
    co = d.sector(); a = d.p(); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"Salarisstrook\t{d.month()} {d.ri(2025, 2026)}\nWerkgever\t{co['name']}\nNaam\t{a.lastini}\nGeboortedatum\t{d.dob()}\n"
            f"Functie\t{d.ch(['Kapper', 'Monteur', 'Assistent', 'Planner', 'Pedagogisch medewerker'])}\nBruto\t{d.K(nl_num(br))}\nLoonheffing\t{d.K(nl_num(lh))}\n"
            f"Pensioen\t{d.K(nl_num(pe))}\nNetto\t{d.K(nl_num(ne))}\nIBAN\t{d.iban('NL', spaced=False)}")


@T("SALARY_SLIP")
def slip_whatsapp_check(d):
    a = d.p(); b = d.p(); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"{a.low}: hee kun jij even meekijken naar mijn loonstrook? ik snap er niks van\n{a.low}: Loonstrook {d.month()} - {a.full}\n"
            f"Bruto salaris {d.K('€' + nl_num(br))}\nIngehouden loonheffing {d.K('€' + nl_num(lh))}\nNetto uitbetaald {d.K('€' + nl_num(ne))}\n"
            f"{b.low}: dat lijkt me wel goed hoor, de heffing is gewoon hoger door je bonus")


@T("SALARY_SLIP")
def slip_jaaropgaaf(d):
    co = d.sector(); a = d.p(); _, br, lh, pe, ne = slip_numbers(d); y = d.ri(2024, 2025)
    return (f"JAAROPGAAF {y}\nWerkgever: {co['name']}\nWerknemer: {a.full}\nBurgerservicenummer: {d.bsn()}\n\n"
            f"Loon voor de loonheffingen: {d.K(nl_num(br * 12.96))}\nIngehouden loonheffing: {d.K(nl_num(lh * 12))}\nToegepaste loonheffingskorting: ja\n"
            f"Bijdrage Zvw: {d.K(nl_num(br * 12 * 0.0526))}")


@T("SALARY_SLIP")
def slip_flemish_loonbrief(d):
    a = d.p(origin="be"); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"Loonbrief {d.month()}\nArbeider/bediende: {a.full}\nAdres: {d.addr_be()}\n\nBrutoloon: {d.K('€ ' + nl_num(br))}\n"
            f"RSZ werknemer (13,07%): {d.K('€ ' + nl_num(br * 0.1307))}\nBedrijfsvoorheffing: {d.K('€ ' + nl_num(lh))}\nNettoloon: {d.K('€ ' + nl_num(ne))}\n"
            f"Maaltijdcheques: {d.K(str(d.ri(18, 22)) + ' x € 8,00')}\nRekening: {d.iban('BE')}")


@T("SALARY_SLIP")
def slip_english(d):
    co = d.sector("it"); a = d.p(); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"Payslip {EN_MONTHS[d.ri(0, 11)]} {d.ri(2025, 2026)} - {co['name']}\nEmployee: {a.full}\nEmployee no.: {d.K('E' + str(d.ri(1000, 9999)))}\n"
            f"Gross salary: {d.K('EUR ' + nl_num(br))}\nWage tax: {d.K('EUR ' + nl_num(lh))}\nPension: {d.K('EUR ' + nl_num(pe))}\nNet pay: {d.K('EUR ' + nl_num(ne))}\n\n"
            f"Could you explain why my net pay dropped compared to last month?")


@T("SALARY_SLIP")
def slip_email_question(d):
    a = d.p(); b = d.p(); co = d.sector("boekhouder"); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"Beste {b.first},\n\nBijgaand (geplakt) de loonstrook van onze medewerker {a.full} over {d.month()}:\n\n"
            f"Uurloon {d.K('€ ' + nl_num(br / (uren * 4.33)))} x {d.K(str(round(uren * 4.33, 2)).replace('.', ',') + ' uur')}\nBruto {d.K('€ ' + nl_num(br))}\n"
            f"Loonheffing {d.K('€ ' + nl_num(lh))}\nNetto {d.K('€ ' + nl_num(ne))}\n\nIs het overwerk van {d.K(str(d.ri(3, 12)) + ' uur')} wel meegenomen?\n\n{groet(d)}\n{sig(d, d.p(), d.sector(), 0)}")


@T("SALARY_SLIP")
def slip_semicolon_export(d):
    a = d.p(); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"periode;naam;personeelsnummer;bruto;loonheffing;pensioen;netto\n{d.ri(2025, 2026)}-{d.ri(1, 12):02d};{a.full};{d.K(str(d.ri(1000, 9999)))};"
            f"{d.K(nl_num(br))};{d.K(nl_num(lh))};{d.K(nl_num(pe))};{d.K(nl_num(ne))}\n\nZet dit om naar een leesbare loonstrook voor de medewerker.")


@T("SALARY_SLIP")
def slip_hr_note_bonus(d):
    a = d.p(); b = d.p(); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"Loonstrook {a.full} - {d.month()}\nBasissalaris: {d.K('€ ' + nl_num(br))}\nEenmalige bonus: {d.eur(250, 1500, style='eur_sp', cents=False)}\n"
            f"Reiskostenvergoeding: {d.K(str(d.ri(20, 120)) + ' km')} x {d.K('€ 0,23')}\nLoonheffing (bijzonder tarief {d.pct(['36,97%', '49,5%', '37,48%'])}): {d.K('€ ' + nl_num(lh * 1.3))}\n"
            f"Netto: {d.K('€ ' + nl_num(ne + 300))}\n\nGoedgekeurd door {b.formal}")


@T("SALARY_SLIP")
def slip_childcare_parttime(d):
    co = d.sector("kinderopvang"); a = d.p(female=True); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"{co['name']} - salarisspecificatie\nMedewerker: {a.sur}, {a.first}\nSchaal {d.ri(5, 8)}, trede {d.ri(1, 12)}\n"
            f"Contracturen: {uren}\nSalaris: {d.K(nl_num(br) + ' EUR')}\nEindejaarsuitkering: {d.K(nl_num(br * 0.083) + ' EUR')}\nNetto: {d.K(nl_num(ne) + ' EUR')}")


@T("SALARY_SLIP")
def slip_correction(d):
    a = d.p(); b = d.p(); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"{b.full}  {d.time()}\nFout gevonden in strook {d.month()} van {a.full}: loonheffing {d.K('€ ' + nl_num(lh))} moet {d.K('€ ' + nl_num(lh * 0.9))} zijn.\n"
            f"Bruto {d.K('€ ' + nl_num(br))}, netto nu {d.K('€ ' + nl_num(ne))}. Ik pas het aan in de volgende run.\n"
            f"{a.first}  {d.time()}\nDankjewel!")


@T("SALARY_SLIP")
def slip_driver_hours(d):
    a = d.p(origin=d.ch(["pl", "nl", "tr"])); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"Loonspecificatie week {d.ri(1, 52)}\nChauffeur: {a.full}\nGewerkte uren: {d.K(str(d.ri(38, 55)) + ' uur')}\nToeslag nacht ({d.pct(['25%', '30%'])}): {d.K('€ ' + nl_num(br * 0.05))}\n"
            f"Verblijfkosten: {d.K('€ ' + nl_num(d.rng.uniform(40, 120)))}\nBruto: {d.K('€ ' + nl_num(br / 4.33))}\nNetto: {d.K('€ ' + nl_num(ne / 4.33))}\nUitbetaling op {d.iban()}")


@T("SALARY_SLIP")
def slip_dental_assistant(d):
    co = d.sector("tandarts"); a = d.p(female=True); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"Hierbij de loonstrook van {a.first} ({d.month()}), ze vraagt waarom haar netto lager is:\n\n{co['name']}\nNaam: {a.full}\n"
            f"Adres: {d.addr()}\nBruto: {d.K('€ ' + nl_num(br))} | LH: {d.K('€ ' + nl_num(lh))} | Pensioen PFZW: {d.K('€ ' + nl_num(pe))} | Netto: {d.K('€ ' + nl_num(ne))}")


@T("SALARY_SLIP")
def slip_dga(d):
    a = d.p(); co = d.sector("it"); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"Salarisstrook DGA - {co['name']} BV\n{a.formal}\nPeriode {d.month()}\nGebruikelijk loon {d.K('€ ' + nl_num(br * 1.8))}\nLoonheffing {d.K('€ ' + nl_num(lh * 2.1))}\n"
            f"Bijtelling auto {d.K('€ ' + nl_num(d.rng.uniform(250, 600)))} ({d.plate()})\nNetto {d.K('€ ' + nl_num(ne * 1.5))}")


@T("SALARY_SLIP")
def slip_vakantiegeld(d):
    a = d.p(); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"Strook mei (incl. vakantiegeld) - {a.full}\nSalaris mei {d.K('€ ' + nl_num(br))}\nVakantiegeld {d.K('€ ' + nl_num(br * 12 * 0.08))}\n"
            f"Loonheffing {d.K('€ ' + nl_num(lh + br * 0.3))}\nNetto uitbetaling {d.K('€ ' + nl_num(ne + br * 0.6))}\n\nLeg uit waarom de heffing over het vakantiegeld zo hoog is.")


@T("SALARY_SLIP")
def slip_tab_multi(d):
    rows = []
    for _ in range(d.ri(2, 3)):
        a = d.p(); uren, br, lh, pe, ne = slip_numbers(d)
        rows.append(f"{a.full}\t{d.K(nl_num(br))}\t{d.K(nl_num(lh))}\t{d.K(nl_num(ne))}")
    return (f"Loonjournaal {d.month()}\nMedewerker\tBruto\tLoonheffing\tNetto\n" + "\n".join(rows) + "\n\nMaak hier per persoon een loonstrook van.")


@T("SALARY_SLIP")
def slip_student(d):
    a = d.p(); co = d.sector(d.ch(["bloemist", "kapper", "sportclub"])); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"Loonstrookje {a.first} (bijbaan {co['name']})\nLeeftijd {d.ri(16, 20)}, geb. {d.dob()}\nGewerkt: {d.K(str(d.ri(20, 60)) + ' uur')} x {d.eur(6, 12, style='eur_sp_c')}\n"
            f"Bruto {d.K('€ ' + nl_num(br / 4))}\nLoonheffing {d.K('€ 0,00')}\nNetto {d.K('€ ' + nl_num(br / 4))}")


@T("SALARY_SLIP")
def slip_ocr_scan(d):
    a = d.p(); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"(tekst uit scan)\nSPECIFICATIE  SALARIS\nN a a m : {a.upper}\nBSN : {d.bsn()}\nPeriode : {d.ri(1, 12):02d}/{d.ri(2025, 2026)}\n"
            f"Loon          {d.K(nl_num(br))}\nLH            {d.K(nl_num(lh))}\nNETTO         {d.K(nl_num(ne))}")


@T("SALARY_SLIP")
def slip_en_contractor(d):
    a = d.p(origin=d.ch(["in", "en", "pl", "cn"])); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"Hi, my employer sent this salary slip, is the 30% ruling applied correctly?\n\nName: {a.full}\nMonth: {EN_MONTHS[d.ri(0, 11)]}\n"
            f"Gross: {d.K('€' + f'{br * 1.6:,.2f}')}\nTax-free allowance (30%): {d.K('€' + f'{br * 0.48:,.2f}')}\nWage tax: {d.K('€' + f'{lh * 1.4:,.2f}')}\nNet: {d.K('€' + f'{ne * 1.6:,.2f}')}")


@T("SALARY_SLIP")
def slip_forwarded_from_payroll(d):
    a = d.p(); b = d.p(); co = d.sector(); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"---------- Doorgestuurd bericht ---------\nVan: Salarisadministratie <{d.E('salaris@' + co['dom'])}>\nDatum: {sent_nl(d)}\nAan: {a.full} <{a.email()}>\n"
            f"Onderwerp: Uw loonstrook {d.month()}\n\nBeste {a.first},\n\nUw netto salaris van {d.K('€ ' + nl_num(ne))} (bruto {d.K('€ ' + nl_num(br))}) wordt op {d.when(style='d')} overgemaakt.\n"
            f"Ingehouden loonheffing: {d.K('€ ' + nl_num(lh))}.\n\n{groet(d)}\n{b.full}")


@T("SALARY_SLIP")
def slip_municipality_supplier(d):
    a = d.p(); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"LOONSPECIFICATIE\nMedewerker groenvoorziening: {a.formal}\nCAO Hoveniers, groep {d.ri(2, 6)}\nPeriode: 4 weken ({d.K('periode ' + str(d.ri(1, 13)))})\n"
            f"Periodeloon  {d.K('€ ' + nl_num(br * 0.92))}\nToeslag vuil werk  {d.K('€ ' + nl_num(d.rng.uniform(15, 60)))}\nLoonheffing  {d.K('€ ' + nl_num(lh))}\nNetto  {d.K('€ ' + nl_num(ne * 0.92))}")


@T("SALARY_SLIP")
def slip_zzp_vs_loon(d):
    a = d.p(); b = d.p(); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"{b.first} vraagt of ze beter zzp kan worden. Dit is haar laatste loonstrook:\n{b.full}, {d.month()}: bruto {d.K('€ ' + nl_num(br))}, "
            f"loonheffing {d.K('€ ' + nl_num(lh))}, netto {d.K('€ ' + nl_num(ne))}, pensioen {d.K('€ ' + nl_num(pe))}.\nWat zou ze als zzp'er moeten vragen per uur?")


@T("SALARY_SLIP")
def slip_ziekte(d):
    a = d.p(); uren, br, lh, pe, ne = slip_numbers(d)
    return (f"Salarisspecificatie {d.month()}\n{a.full}\nDoorbetaling bij ziekte {d.pct(['70%', '100%', '90%'])}\nBruto {d.K('€ ' + nl_num(br * 0.7))}\n"
            f"Aanvulling werkgever {d.K('€ ' + nl_num(br * 0.2))}\nLoonheffing {d.K('€ ' + nl_num(lh * 0.8))}\nNetto {d.K('€ ' + nl_num(ne * 0.85))}\nZiek sinds: {d.when(style='num')}")


# ============================================================================= SIGNED_CONTRACT (block)
def signdate(d):
    return d.when(style=d.ch(["d", "num", "wdy"]), keep=True)


@T("SIGNED_CONTRACT")
def sc_arbeidsovereenkomst(d):
    co = d.sector(); w = d.p(); g = d.p()
    return (f"Artikel 9 - Slotbepaling\nOp deze overeenkomst is Nederlands recht van toepassing.\n\n"
            f"Aldus overeengekomen en in tweevoud ondertekend te {d.city()} op {signdate(d)}.\n\n"
            f"Werkgever:                         Werknemer:\n{co['name']:<34} {w.full}\nvertegenwoordigd door {g.formal}\n\n"
            f"[handtekening]                     [handtekening]\n\nSalaris: {d.eur(2400, 4200, style='eur_sp', cents=False)} bruto per maand bij {d.K(str(d.ri(24, 40)) + ' uur')} per week.")


@T("SIGNED_CONTRACT")
def sc_huur_wg(d):
    vh = d.p(); hu = d.p()
    return (f"HUUROVEREENKOMST WOONRUIMTE (ondertekend exemplaar)\n\nVerhuurder: {vh.full}, {d.addr()}\nHuurder: {hu.full}, geboren {d.dob()}\n"
            f"Gehuurde: {d.street()}, {d.city()}\nHuurprijs: {d.eur(750, 1750, style='dash_sp')} per maand, borg {d.eur(1000, 3500, style='dash_sp')}\n"
            f"Ingangsdatum: {d.when(style='wdy')}\n\nVerhuurder: w.g. {vh.formal}\nHuurder: w.g. {hu.formal}")


@T("SIGNED_CONTRACT")
def sc_docusign(d):
    a = d.p(); b = d.p(); co = d.sector("it")
    return (f"Certificaat van voltooiing\nEnvelop-ID: {d.K(''.join(d.ch('0123456789ABCDEF') for _ in range(32)))}\nOnderwerp: Ondertekenen: SLA {co['name']} {d.ri(2025, 2026)}\n"
            f"Status: Voltooid\n\nOndertekenaar: {a.full} ({a.email()})\nOndertekend: {d.K(d.when(style='num', keep=False) + ' ' + d.time())}\nIP-adres: 84.{d.ri(10, 250)}.{d.ri(1, 250)}.{d.ri(1, 250)}\n\n"
            f"Ondertekenaar: {b.full} ({b.email(co['dom'])})\nOndertekend: {d.K(d.when(style='num', keep=False) + ' ' + d.time())}")


@T("SIGNED_CONTRACT")
def sc_offerte_akkoord(d):
    co = d.sector(d.ch(["loodgieter", "it", "gemeente", "bloemist"])); a = d.p(); b = d.p()
    svc, lo, hi = d.ch(co['services'])
    return (f"OFFERTE {d.order()} - {co['name']}\nVoor: {a.full}, {d.addr()}\n\n{svc.capitalize()}: {d.eur(lo, hi, style='eur_sp_c')}\nbtw {d.pct(['21%'])}\n"
            f"Geldig tot {d.when(style='d')}\n\nVOOR AKKOORD\nNaam: {a.full}\nDatum: {signdate(d)}\nHandtekening: ✔ digitaal getekend\n\nNamens {co['name']}: {b.formal}")


@T("SIGNED_CONTRACT")
def sc_sla_it(d):
    co = d.sector("it"); kl = d.sector(d.ch(["tandarts", "makelaar", "boekhouder"])); a = d.p(); b = d.p()
    return (f"Service Level Agreement tussen {co['name']} (leverancier) en {kl['name']} (afnemer)\n\n"
            f"Art. 4 Responstijd: prioriteit 1 binnen 4 uur.\nArt. 7 Vergoeding: {d.eur(150, 900, style='eur_sp', cents=False)} per maand.\n\n"
            f"Getekend door:\nLeverancier: {a.full}, directeur - {signdate(d)} - /getekend/\nAfnemer: {b.full}, praktijkhouder - {signdate(d)} - /getekend/")


@T("SIGNED_CONTRACT")
def sc_sponsor(d):
    co = d.sector("sportclub"); sp = d.sector(d.ch(["loodgieter", "makelaar", "logistiek"])); a = d.p(); b = d.p()
    return (f"Sponsorovereenkomst {co['name']} - {sp['name']}\nLooptijd: 3 seizoenen\nBedrag: {d.eur(500, 5000, style='euro', cents=False)} per seizoen, bord langs veld 1 en logo op shirts.\n\n"
            f"Zo getekend op {signdate(d)}:\nvoor de club, {a.full} (voorzitter)      ✍ {a.formal}\nvoor de sponsor, {b.full}     ✍ {b.formal}")


@T("SIGNED_CONTRACT")
def sc_rijles(d):
    co = d.sector("rijschool"); a = d.p(); ouder = d.p(origin=a.origin); inst = d.p()
    return (f"Lesovereenkomst {co['name']}\nLeerling: {a.full}, geb. {d.dob()}\nPakket: {d.K(str(d.ri(15, 40)) + ' lessen')} + praktijkexamen, totaal {d.eur(1100, 2400, style='dash')}\n"
            f"Betaling in {d.K(str(d.ri(2, 4)) + ' termijnen')}.\n\nHandtekening leerling: {a.first} (getekend {signdate(d)})\nHandtekening ouder/voogd (bij minderjarigheid): {ouder.full} (getekend)\nInstructeur: {inst.full}")


@T("SIGNED_CONTRACT")
def sc_plaatsing(d):
    co = d.sector("kinderopvang"); ma = d.p(); kid = d.p(origin=ma.origin); b = d.p()
    return (f"Plaatsingsovereenkomst {co['name']}\nKind: {kid.first} {ma.surtv}, geboren {d.kid_dob()}\nOpvangdagen: {d.ch(['ma, di', 'wo, do, vr', 'di, do', 'ma t/m do'])}\n"
            f"Uurtarief: {d.eur(9, 11, style='eur_sp_c')}\nIngangsdatum: {d.when(style='num')}\n\nOndertekening ouder: {ma.full}\nDatum: {signdate(d)}\nHandtekening: (getekend)\n\n"
            f"Namens de opvang: {b.full}, locatiemanager (getekend)")


@T("SIGNED_CONTRACT")
def sc_koop(d):
    v = d.p(); k = d.p(); co = d.sector("makelaar")
    return (f"Koopovereenkomst woning - getekende versie\nVerkoper: {v.full}\nKoper: {k.full}, wonende {d.addr()}\nObject: {d.street()} te {d.city()}\n"
            f"Koopsom: {d.eur(285000, 750000, style='eur_sp', cents=False)} k.k.\nWaarborgsom: {d.pct(['10%'])} van de koopsom\nLevering: {d.when(style='wdy')}\n\n"
            f"Getekend te {d.city()}, {signdate(d)}\nDe verkoper: {v.formal} (handtekening)\nDe koper: {k.formal} (handtekening)")


@T("SIGNED_CONTRACT")
def sc_english(d):
    co = d.sector("logistiek"); a = d.p(); b = d.p(origin=d.ch(["en", "pl", "in"]))
    return (f"IN WITNESS WHEREOF, the parties have executed this Transport Services Agreement on {d.when('en')}.\n\n"
            f"For {co['name']}:\n/s/ {a.full}\nName: {a.full}\nTitle: Managing Director\n\nFor the Carrier:\n/s/ {b.full}\nName: {b.full}\nTitle: Owner\n\n"
            f"Fee: {d.eur(2000, 20000, style='en', cents=False)} per month")


@T("SIGNED_CONTRACT")
def sc_vso(d):
    a = d.p(); b = d.p(); co = d.sector()
    return (f"Vaststellingsovereenkomst\nPartijen: {co['name']} en {a.full}, wonende te {d.addr()}\n\nDe arbeidsovereenkomst eindigt op {d.when(style='wdy')}. "
            f"Werkgever betaalt een beëindigingsvergoeding van {d.eur(5000, 40000, style='eur_sp', cents=False)} bruto.\n\n"
            f"Voor akkoord getekend op {signdate(d)}:\n{b.formal} namens werkgever   ___{b.first_[0]}.{b.last_[0]}.___\n{a.full}   ___{a.first_[0]}.{a.last_[0]}.___")


@T("SIGNED_CONTRACT")
def sc_email_retour(d):
    a = d.p(); b = d.p(); co = d.sector("makelaar")
    return (f"Hoi {b.first},\n\nHierbij het getekende bemiddelingscontract retour. Ik heb het gescand, hieronder de laatste pagina:\n\n"
            f"\"Courtage: {d.pct(['1,25%', '1,5%', '1,1%', '1,75%'])} van de verkoopprijs excl. btw.\nOpdrachtgever: {a.full}\nHandtekening: {a.first} {a.surtv} (zie scan)\nDatum: {signdate(d)}\"\n\n"
            f"{groet(d)}\n{a.first}\n{a.tel()}")


@T("SIGNED_CONTRACT")
def sc_signhost(d):
    a = d.p(); b = d.p(); co = d.sector("boekhouder")
    return (f"Verwerkersovereenkomst {co['name']}\n...\nArtikel 12 Duur: gelijk aan de opdrachtbevestiging.\n\n"
            f"Digitaal ondertekend door {a.full} ({a.email()}) op {d.when(style='num')} om {d.time()}\n"
            f"Digitaal ondertekend door {b.full} ({b.email(co['dom'])}) op {d.when(style='num')} om {d.time()}")


@T("SIGNED_CONTRACT")
def sc_franchise(d):
    a = d.p(); b = d.p(); co = d.sector("kapper")
    return (f"Franchiseovereenkomst {co['name']} vestiging {d.city()}\nFranchisenemer: {a.full}, KvK {d.kvk()}\nEntreefee: {d.eur(5000, 25000, style='EUR', cents=False)}, royalty {d.pct(['5%', '6%', '4,5%'])} van de omzet\n\n"
            f"Ondertekening\nFranchisegever: {b.full}  — getekend {signdate(d)}\nFranchisenemer: {a.full}  — getekend {signdate(d)}")


@T("SIGNED_CONTRACT")
def sc_raamovereenkomst(d):
    co = d.sector("gemeente"); a = d.p(); b = d.p()
    return (f"Raamovereenkomst {co['name']} - gemeente {d.city()}\nPerceel 2: {d.ch(['maaien en snoeien', 'schoonmaak gebouwen', 'onderhoud fietspaden'])}\nMaximale waarde: {d.eur(50000, 400000, style='eur_sp', cents=False)}\n\n"
            f"Namens het college van burgemeester en wethouders,\n{a.formal}, wethouder\nw.g.\n\nNamens opdrachtnemer,\n{b.full}\nw.g.\n\n{d.city()}, {signdate(d)}")


@T("SIGNED_CONTRACT")
def sc_transport(d):
    co = d.sector("logistiek"); a = d.p(); b = d.p()
    return (f"Vervoersovereenkomst (getekend retour ontvangen)\nOpdrachtgever: {d.sector('bloemist')['name']}, contact {a.full} {a.tel()}\nVervoerder: {co['name']}\n"
            f"Tarief: {d.eur(1, 3, style='eur_sp_c')} per km, minimum {d.eur(75, 150, style='dash_sp')} per rit\nVoertuig: {d.plate()}\n\n"
            f"Handtekening opdrachtgever: {a.formal} {signdate(d)}\nHandtekening vervoerder: {b.formal} {signdate(d)}")


@T("SIGNED_CONTRACT")
def sc_nda(d):
    a = d.p(); co = d.sector("it")
    return (f"Geheimhoudingsverklaring\nOndergetekende {a.full}, geboren op {d.dob()}, verklaart geen vertrouwelijke informatie van {co['name']} te delen.\n"
            f"Boete bij overtreding: {d.eur(5000, 25000, style='euro', cents=False)} per overtreding.\n\nPlaats: {d.city()}  Datum: {signdate(d)}\nHandtekening: {a.formal} [getekend]")


@T("SIGNED_CONTRACT")
def sc_bruikleen(d):
    a = d.p(); b = d.p(); co = d.sector()
    return (f"Bruikleenovereenkomst laptop\nMedewerker: {a.full}\nApparaat: {d.ch(['Dell Latitude 5440', 'MacBook Air M3', 'HP EliteBook 840', 'Lenovo ThinkPad T14'])}, serienummer {d.K(''.join(d.ch('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(10)))}\n"
            f"Waarde: {d.eur(700, 1800, style='eur_sp', cents=False)}\n\nVoor ontvangst getekend:\n{a.full}, {signdate(d)}   (handtekening aanwezig)\nNamens {co['name']}: {b.full}")


@T("SIGNED_CONTRACT")
def sc_lease(d):
    a = d.p(); co = d.sector("logistiek")
    return (f"Private lease overeenkomst - bevestiging\nLessee: {a.full}\nAdres: {d.addr()}\nKenteken: {d.plate()}\nLooptijd: {d.K(str(d.ch([24, 36, 48, 60])) + ' maanden')}\n"
            f"Maandtermijn: {d.eur(250, 650, style='eur_sp_c')}\nIncasso van: {d.iban()}\n\nDoor lessee ondertekend op {signdate(d)} via iDIN.")


@T("SIGNED_CONTRACT")
def sc_flemish_huur(d):
    vh = d.p(origin="be"); hu = d.p(origin="be")
    return (f"HUURCONTRACT HOOFDVERBLIJFPLAATS\nVerhuurder: {vh.full}\nHuurder: {hu.full}, GSM {hu.tel('be')}\nGoed: {d.addr_be()}\nHuurprijs: {d.eur(650, 1300, style='eur_sp', cents=False)} per maand\n\n"
            f"Opgemaakt te {d.ch(BE_CITIES)[1]} op {signdate(d)} in twee exemplaren.\n\nDe verhuurder,                De huurder,\n\"gelezen en goedgekeurd\"      \"gelezen en goedgekeurd\"\n{vh.full}                {hu.full}")


@T("SIGNED_CONTRACT")
def sc_behandelplan(d):
    a = d.p(); b = d.p(); co = d.sector("tandarts")
    return (f"Begroting en behandelovereenkomst {co['name']}\nPatiënt: {a.formal}, geb. {d.dob()}\nBehandeling: {d.ch(['implantaat regio 36', 'kroon 26', 'wortelkanaalbehandeling 46', 'bleken'])}\n"
            f"Kosten: {d.eur(400, 2800, style='eur_sp_c')}\n\nDe patiënt verklaart akkoord te gaan.\nHandtekening patiënt: getekend {a.formal}, {signdate(d)}\nTandarts: {b.formal}")


@T("SIGNED_CONTRACT")
def sc_onderhoud(d):
    a = d.p(); co = d.sector("loodgieter")
    return (f"Onderhoudscontract cv-ketel {co['name']}\nKlant: {a.full}\nInstallatieadres: {d.addr()}\nTelefoon: {a.tel()}\nAbonnement: {d.eur(8, 20, style='eur_sp_c')} per maand, jaarlijks onderhoud inbegrepen\n"
            f"Machtiging SEPA: {d.iban()}\n\nOndertekend door klant op {signdate(d)}: {a.formal}")


@T("SIGNED_CONTRACT")
def sc_stage(d):
    a = d.p(); b = d.p(); c = d.p(); co = d.sector()
    return (f"Praktijkovereenkomst BBL\nStudent: {a.full} (studentnr {d.K(str(d.ri(100000, 999999)))})\nLeerbedrijf: {co['name']}, praktijkopleider {b.full}\nOnderwijsinstelling: ROC, loopbaanbegeleider {c.full}\n"
            f"Vergoeding: {d.eur(300, 600, style='euro', cents=False)} per maand\n\nHandtekeningen (alle drie gezet op {signdate(d)}):\n- {a.full}\n- {b.full}\n- {c.full}")


@T("SIGNED_CONTRACT")
def sc_whatsapp_signed(d):
    a = d.p(); b = d.p(); st = d.ch(["ios", "android"])
    return (f"{chatstamp(d, st)} {a.full}: Hierbij het contract terug, getekend en wel\n{chatstamp(d, st)} {a.full}: \"Opdrachtovereenkomst {b.full} - {a.full}. "
            f"Uurtarief {d.eur(45, 95, style='euro', cents=False)}. Getekend te {d.city()} op {signdate(d)}, {a.formal} ✍️\"\n{chatstamp(d, st)} {b.full}: Top, ik teken vanavond ook")


@T("SIGNED_CONTRACT")
def sc_partnership(d):
    a = d.p(); b = d.p()
    return (f"Samenwerkingsovereenkomst vof\nVennoten: {a.full} ({d.addr()}) en {b.full} ({d.street()}, {d.city()})\nWinstverdeling: {d.pct(['50%', '60%', '40%'])} / rest\n"
            f"Inbreng: {d.eur(5000, 30000, style='eur_sp', cents=False)} elk\n\nAldus getekend op {signdate(d)}\n(get.) {a.formal}     (get.) {b.formal}")


# ============================================================================= CUSTOMER_LIST (block)
def crowd(d, lo=5, hi=9, origin=None):
    return [d.p(origin=origin) for _ in range(d.ri(lo, hi))]


@T("CUSTOMER_LIST")
def cl_csv_comma(d):
    rows = "\n".join(f"{p.full},{p.email()},{p.tel()}" for p in crowd(d))
    return f"naam,email,telefoon\n{rows}\n\nKun je hier dubbele klanten uit halen?"


@T("CUSTOMER_LIST")
def cl_semicolon_split(d):
    rows = "\n".join(f"{p.first};{p.tv};{p._r(p.last_)};{p.email()};{d.city()}" for p in crowd(d))
    return f"Voornaam;Tussenvoegsel;Achternaam;E-mail;Plaats\n{rows}"


@T("CUSTOMER_LIST")
def cl_tab_address(d):
    rows = "\n".join(f"{d.K(str(d.ri(10000, 99999)))}\t{p.full}\t{d.street()}\t{d.pc()}\t{d.city()}\t{p.tel()}" for p in crowd(d))
    return f"Klantnr\tNaam\tAdres\tPostcode\tPlaats\tTelefoon\n{rows}"


@T("CUSTOMER_LIST")
def cl_markdown(d):
    co = d.sector()
    rows = "\n".join(f"| {p.full} | {p.email()} | {d.eur(50, 3000, style='eur_sp_c')} |" for p in crowd(d))
    return f"Klanten {co['name']} met openstaande facturen:\n\n| Klant | E-mail | Openstaand |\n|---|---|---|\n{rows}"


@T("CUSTOMER_LIST")
def cl_fixed_width(d):
    rows = "\n".join(f"{p.lastfirst:<30}{p.tel():<22}{d.city()}" for p in crowd(d))
    return f"{'NAAM':<30}{'TELEFOON':<22}PLAATS\n{'-' * 64}\n{rows}"


@T("CUSTOMER_LIST")
def cl_salon_agenda(d):
    co = d.sector("kapper")
    svc = co['services']
    rows = []
    t0 = 9 * 60
    for p in crowd(d, 5, 8):
        s_, lo, hi = d.ch(svc)
        rows.append(f"{t0 // 60:02d}:{t0 % 60:02d}  {p.first} {p.surtv if d.rng.random() < 0.6 else ''}".rstrip() + f" ({p.tel('mob')}) - {s_}")
        t0 += d.ch([30, 45, 60, 90])
    return f"Agenda {co['name']} {d.when(style='wd')}:\n" + "\n".join(rows) + "\n\nStuur iedereen een herinnering per sms."


@T("CUSTOMER_LIST")
def cl_route(d):
    co = d.sector("logistiek")
    rows = "\n".join(f"Stop {i}: {p.full}, {d.street()}, {d.pc()} {d.city()} - tel. {p.tel()}" for i, p in enumerate(crowd(d, 5, 10), 1))
    return f"Rittenlijst {co['name']} - {d.when(style='num')} - chauffeur route {d.ri(1, 9)}\n{rows}"


@T("CUSTOMER_LIST")
def cl_debiteuren(d):
    rows = "\n".join(f"{p.lastini}; {d.iban()}; {d.eur(40, 2500, style='num')}; vervallen {d.K(str(d.ri(14, 120)) + ' dagen')}" for p in crowd(d))
    return f"Debiteurenlijst per {d.when(style='num')}\nNaam; IBAN; Bedrag; Status\n{rows}"


@T("CUSTOMER_LIST")
def cl_ledenlijst(d):
    co = d.sector("sportclub")
    rows = "\n".join(f"{p.full}\t{d.dob()}\t{p.email()}\t{p.tel()}" for p in crowd(d))
    return f"Ledenlijst {co['name']} (jeugd + senioren)\nNaam\tGeboortedatum\tE-mail\tMobiel\n{rows}"


@T("CUSTOMER_LIST")
def cl_recall(d):
    co = d.sector("tandarts")
    rows = "\n".join(f"- {p.dhr} {p.formal}, laatste controle {d.when(style='num')}, tel {p.tel()}" for p in crowd(d))
    return f"Oproeplijst halfjaarlijkse controle {co['name']}:\n{rows}\nGraag allemaal bellen deze week."


@T("CUSTOMER_LIST")
def cl_leads(d):
    co = d.sector("makelaar")
    rows = "\n".join(f"{p.full} | {p.email()} | {p.tel()} | budget {d.eur(250000, 700000, style='eur_sp', cents=False)}" for p in crowd(d))
    return f"Zoekers uit de open huizen dag ({co['name']}):\n{rows}\nMaak hier een opvolgmail voor."


@T("CUSTOMER_LIST")
def cl_wachtlijst(d):
    co = d.sector("kinderopvang")
    rows = []
    for p in crowd(d):
        kid = d.p(origin=p.origin)
        rows.append(f"{kid.first} (geb. {d.kid_dob()}) - ouder {p.full}, {p.email()}")
    return f"Wachtlijst {co['name']} locatie {d.city()}\n" + "\n".join(rows)


@T("CUSTOMER_LIST")
def cl_json(d):
    items = ",\n".join(f"  {{\"naam\": \"{p.full}\", \"email\": \"{p.email()}\", \"postcode\": \"{d.pc(space=False)}\"}}" for p in crowd(d))
    return f"Ik exporteer klanten uit de webshop, hoe zet ik dit om naar CSV?\n[\n{items}\n]"


@T("CUSTOMER_LIST")
def cl_sql(d):
    rows = "\n".join(f"INSERT INTO klanten (naam, email, telefoon) VALUES ('{p.full}', '{p.email()}', '{p.tel()}');" for p in crowd(d) if chr(39) not in p.last_ + p.tv)
    return f"Deze inserts geven een foutmelding:\n{rows}"


@T("CUSTOMER_LIST")
def cl_unpaid_mail(d):
    a = d.p(); b = d.p()
    people = crowd(d)
    rows = "\n".join(f"• {p.full} ({p.email()}) - {d.eur(30, 900, style='dash_sp' if d.rng.random() < 0.3 else 'eur_sp_c')}" for p in people)
    return (f"Hoi {b.first},\n\nDit zijn de klanten die na twee herinneringen nog niet betaald hebben:\n\n{rows}\n\nKun jij ze deze week bellen?\n\n{groet(d)}\n{a.first}")


@T("CUSTOMER_LIST")
def cl_vcard(d):
    cards = []
    for p in crowd(d, 5, 6):
        cards.append(f"BEGIN:VCARD\nVERSION:3.0\nFN:{p.full}\nTEL;TYPE=CELL:{p.tel('mob')}\nEMAIL:{p.email()}\nEND:VCARD")
    return "Contacten export uit telefoon van de zaak:\n" + "\n".join(cards)


@T("CUSTOMER_LIST")
def cl_mailchimp(d):
    rows = "\n".join(f"{p.email()},{p.first},{p.surtv},{d.ch(['subscribed', 'unsubscribed', 'cleaned'])}" for p in crowd(d))
    return f"Email Address,First Name,Last Name,Status\n{rows}"


@T("CUSTOMER_LIST")
def cl_rijschool(d):
    co = d.sector("rijschool")
    rows = "\n".join(f"{p.first} {p.surtv}  {p.tel()}  examen {d.when(style='wdshort')}" for p in crowd(d))
    return f"Leerlingen {co['name']} die binnenkort examen doen:\n{rows}"


@T("CUSTOMER_LIST")
def cl_to_line(d):
    people = crowd(d, 5, 8)
    to = "; ".join(f"{p.full} <{p.email()}>" for p in people)
    return (f"Aan: {to}\nOnderwerp: Wijziging openingstijden\n\nBeste klanten,\n\nVanaf {d.when(style='wd')} zijn wij op {d.day} gesloten. "
            f"Uw afspraken blijven gewoon staan.\n\n{groet(d)}")


@T("CUSTOMER_LIST")
def cl_lastfirst_excel(d):
    rows = "\n".join(f"\"{p.lastfirst}\",\"{d.street()}\",\"{d.pc()}\",\"{p.tel()}\"" for p in crowd(d))
    return f"\"Naam\",\"Straat\",\"Postcode\",\"Telefoon\"\n{rows}\n\nSorteer op postcode aub."


@T("CUSTOMER_LIST")
def cl_english_crm(d):
    rows = "\n".join(f"{p.full:<28}{p.email():<38}{d.ch(['Lead', 'Customer', 'Churned'])}" for p in crowd(d, 5, 7))
    return f"CRM export (Q{d.ri(1, 4)}):\n{'Name':<28}{'Email':<38}Stage\n{rows}\n\nCan you segment these for a win-back campaign?"


@T("CUSTOMER_LIST")
def cl_flemish(d):
    rows = "\n".join(f"{p.full} - {d.addr_be()} - {p.tel('be')}" for p in crowd(d, 5, 8, origin="be"))
    return f"Klantenbestand winkel Gent (uittreksel):\n{rows}"


@T("CUSTOMER_LIST")
def cl_florist_subscriptions(d):
    co = d.sector("bloemist")
    rows = "\n".join(f"{i}. {p.full}, {d.street()}, {d.city()} - {d.ch(['wekelijks', 'tweewekelijks', 'maandelijks'])} - {p.email()}" for i, p in enumerate(crowd(d), 1))
    return f"Abonnees bloemenabonnement {co['name']}:\n{rows}\nPrijs blijft {d.eur(20, 45, style='dash_sp')} per boeket."


@T("CUSTOMER_LIST")
def cl_it_contacts(d):
    co = d.sector("it")
    rows = []
    for p in crowd(d, 5, 7):
        kl = d.sector(d.ch(["tandarts", "makelaar", "boekhouder", "kinderopvang", "kapper"]))
        rows.append(f"{kl['name']}: {p.full}, {p.tel()}, {p.email(kl['dom'])}")
    return f"Contactpersonen klanten {co['name']} (noodlijst storingen):\n" + "\n".join(rows)


# ============================================================================= NEG (hard negatives, never blocked)
@T("NEG")
def neg_pw_policy(d):
    a = d.p()
    return (f"Memo aan alle medewerkers - {d.when(style='wdy')}\n\nVanaf {d.when(style='d')} gelden nieuwe regels:\n"
            f"- wachtwoorden minimaal {d.K('14 tekens')}\n- nooit een wachtwoord delen via WhatsApp of mail\n- tweestapsverificatie verplicht op alle AI-tools\n\n"
            f"Vragen? Loop even binnen bij {a.first}.")


@T("NEG")
def neg_pw_reset(d):
    co = d.sector("it")
    return (f"Wachtwoord vergeten?\nGa naar het klantportaal en klik op 'Wachtwoord vergeten'. Je ontvangt binnen {d.K('5 minuten')} een mail met een link. "
            f"Die link is {d.K('24 uur')} geldig. Lukt het niet, bel dan {co['name']} en noem je ticketnummer {d.order()}.")


@T("NEG")
def neg_pw_placeholder(d):
    sysname = d.ch(["de kassa", "het boekingssysteem", "de praktijksoftware", "het planbord", "de tijdregistratie", "het ouderportaal"])
    stars = "*" * d.ri(6, 12)
    return (f"Kun je deze instructie netter formuleren voor nieuwe collega's?\n\nInloggen op {sysname}:\nGebruikersnaam: <jouw personeelsnummer>\n"
            f"Wachtwoord: {stars} ({d.ch(['staat in de kluis', 'krijg je van je leidinggevende', 'staat in Bitwarden', 'ontvang je per sms'])})\n"
            f"Daarna kies je je eigen code van {d.K(d.ch(['4', '5', '6', '8']) + ' cijfers')}. Start je op {d.when(style='wd')}? Dan regelen we het die ochtend.")


@T("NEG")
def neg_pw_vault(d):
    a = d.p(); b = d.p()
    return (f"{a.low}  {d.time()}\nwaar staat het wachtwoord van de router ook alweer?\n{b.low}  {d.time()}\nin Bitwarden, map 'Kantoor' → 'Router'. "
            f"als je er niet bij kan moet je {d.ch(['mij', 'de baas', 'IT'])} even pingen, ik ga het hier niet plakken 😉")


@T("NEG")
def neg_pw_en_phishing(d):
    co = d.sector(d.ch(["it", "boekhouder"]))
    return (f"Please be aware: we are seeing phishing emails that look like they come from {co['name']}. We will NEVER ask for your password by email or phone. "
            f"If you receive a message asking you to 'confirm your login', forward it to our service desk and delete it. Reported so far this month: {d.K(str(d.ri(4, 40)) + ' cases')}.")


@T("NEG")
def neg_pw_manager_question(d):
    return (f"We zijn een kantoor van {d.K(str(d.ri(5, 15)) + ' man')}. Wat is beter: Bitwarden voor {d.eur(3, 5, style='eur_sp_c')} per gebruiker per maand of 1Password voor {d.eur(7, 9, style='eur_sp_c')}? "
            f"We willen ook gedeelde wachtwoorden voor de webshop en de bank veilig kunnen delen.")


@T("NEG")
def neg_key_env_example(d):
    co = d.sector()
    keys = d.rng.sample(["OPENAI_API_KEY=", "MOLLIE_API_KEY=your-key-here", "POSTCODE_API_KEY=<vul in>", "SENTRY_DSN=", "STRIPE_SECRET_KEY=sk_live_...",
                         "SENDGRID_API_KEY=changeme", "GOOGLE_MAPS_KEY=", "EXACT_CLIENT_SECRET=<secret>", "ANTHROPIC_API_KEY=sk-ant-xxxx"], d.ri(3, 5))
    return (f"Dit is de .env.example voor {co['name']}, mist er nog iets?\n\nAPP_ENV=local\nAPP_URL=https://{co['dom']}\n" + "\n".join(keys) +
            f"\nQUEUE_WORKERS={d.ri(1, 8)}")


@T("NEG")
def neg_key_environ(d):
    var, lib = d.ch([("OPENAI_API_KEY", "from openai import OpenAI\n\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])"),
                     ("MOLLIE_API_KEY", "from mollie.api.client import Client\n\nmollie = Client()\nmollie.set_api_key(os.environ[\"MOLLIE_API_KEY\"])"),
                     ("ANTHROPIC_API_KEY", "import anthropic\n\nclient = anthropic.Anthropic(api_key=os.getenv(\"ANTHROPIC_API_KEY\"))"),
                     ("SENDGRID_API_KEY", "from sendgrid import SendGridAPIClient\n\nsg = SendGridAPIClient(os.environ.get(\"SENDGRID_API_KEY\"))")])
    return (f"Is dit een veilige manier om de sleutel te laden?\n\n```python\nimport os\n{lib}\n```\n"
            f"De variabele {var} staat in de systemd-service, niet in git. Server: {d.K(str(d.ch([2, 4, 8, 16])) + ' GB')} geheugen, {d.ch(['Ubuntu 22.04', 'Debian 12', 'Ubuntu 24.04'])}.")


@T("NEG")
def neg_key_redacted(d):
    r = d.rng
    red = d.ch([f"sk-proj-...{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}", "sk_live_****************" + str(r.randint(1000, 9999)),
                "ghp_••••••••••••••••", "sk-ant-api03-...XXXX", "AIza…(ingekort)", "live_xxxxxxxxxxxxxxxxxxxx"])
    return (f"In het dashboard zie ik twee sleutels staan: '{red}' (aangemaakt {d.when(style='num')}) en een oudere. "
            f"Het verbruik deze maand is {d.eur(12, 180, style='eur_sp_c')}. Welke moet ik intrekken?")


@T("NEG")
def neg_key_howto(d):
    return (f"Hoe maak ik een API-key aan in ons betaalplatform en waar bewaar ik die het beste? Ik heb gelezen dat je een limiet moet instellen van "
            f"{d.eur(50, 200, style='euro', cents=False)} per maand. Geldt dat ook voor test-keys?")


@T("NEG")
def neg_key_curl_placeholder(d):
    return (f"De documentatie zegt:\n\ncurl https://api.example.com/v1/orders \\\n  -H \"Authorization: Bearer <YOUR_API_KEY>\" \\\n  -d limit={d.ri(10, 100)}\n\n"
            f"Moet ik <YOUR_API_KEY> inclusief de haakjes vervangen?")


@T("NEG")
def neg_key_rotated(d):
    a = d.p()
    return (f"Hoi {a.first}, de oude koppeling-sleutel (eindigend op ...{''.join(d.ch('abcdef0123456789') for _ in range(4))}) is per {d.when(style='wd')} ingetrokken. "
            f"De nieuwe staat in de kluis, niet in de mail. De factuur van {d.eur(20, 90, style='eur_sp', cents=True)} voor het gebruik komt los.")


@T("NEG")
def neg_bsn_question(d):
    return (f"Mogen wij als {d.ch(['kapsalon', 'sportvereniging', 'rijschool', 'bloemist'])} het BSN van klanten opslaan? Een klant bood aan een kopie paspoort te sturen. "
            f"Volgens mij mag dat alleen als de wet het verplicht stelt. We hebben {d.K(str(d.ri(200, 3000)) + ' klanten')} in het systeem.")


@T("NEG")
def neg_bsn_form_blank(d):
    co = d.sector("kinderopvang")
    return (f"Kun je dit inschrijfformulier van {co['name']} opmaken?\n\nNaam kind: ______________________\nGeboortedatum: ___-___-______\n"
            f"BSN kind: [BSN]\nNaam ouder: ______________________\nBSN ouder: [BSN]\n\nIngangsdatum: {d.when(style='d')}")


@T("NEG")
def neg_order_9digit(d):
    a = d.p()
    return (f"Hoi {a.first},\n\nJe bestelling {d.K(d.bad9())} is vandaag verzonden. Verwachte levering: {d.when(style='wd')} tussen {d.time()} en {d.time()}.\n"
            f"Het totaalbedrag van {d.eur(20, 400, style='eur_sp_c')} is al voldaan.\n\nTeam klantenservice")


@T("NEG")
def neg_b2b_invoice_numbers(d):
    co = d.sector(); kl = d.sector()
    svc, lo, hi = d.ch(co['services'])
    return (f"FACTUUR\n{co['name']} - KvK {d.kvk()}\nAan: {kl['name']}\nFactuurnummer: {d.K(d.bad9())}\nFactuurdatum: {d.when(style='num')}\n\n"
            f"{svc}: {d.eur(lo, hi, style='eur_sp_c')}\nbtw {d.pct(['21%', '9%'])}\nBetaaltermijn: {d.K('30 dagen')}")


@T("NEG")
def neg_bsn_explain(d):
    who = d.ch(["Een klant", "Een nieuwe medewerker", "Een ouder", "Een leerling", "Een huurder"])
    return (f"{who} vraagt waar het BSN te vinden is. Schrijf een kort antwoord: het staat op {d.ch(['je paspoort, ID-kaart of rijbewijs', 'je ID-kaart en in MijnOverheid', 'je zorgpas en je paspoort'])}. "
            f"Het bestaat uit {d.K('9 cijfers')}. {d.ch(['Vraag er nooit naar via WhatsApp.', 'Stuur het nooit per mail.', 'Wij hebben het alleen nodig bij indiensttreding.'])} "
            f"Antwoord graag binnen {d.K(str(d.ri(2, 5)) + ' zinnen')}.")


@T("NEG")
def neg_payslip_when(d):
    a = d.p(); b = d.p()
    return (f"{a.full}  {d.time()}\nWeet iemand wanneer de loonstroken van {d.month()} komen?\n{b.full}  {d.time()}\nDie staan vanaf de {d.K(str(d.ri(20, 27)) + 'e')} in het portaal, de betaling volgt een dag later.")


@T("NEG")
def neg_netto_calc(d):
    return (f"Hoeveel houd ik netto over van {d.eur(2600, 5200, style='eur_sp', cents=False)} bruto per maand bij {d.K(str(d.ri(24, 40)) + ' uur')} per week, "
            f"inclusief {d.pct(['8%'])} vakantiegeld? Ik heb geen loonstrook bij de hand, het is voor een sollicitatie.")


@T("NEG")
def neg_cao_raise(d):
    co = d.sector()
    return (f"Bericht aan het personeel van {co['name']}: per {d.when(style='d')} stijgen alle lonen met {d.pct(['3,5%', '4%', '2,75%', '5%'])} volgens de nieuwe cao. "
            f"Daarnaast komt er een eenmalige uitkering van {d.eur(300, 900, style='dash_sp')} bij een volledig dienstverband. Dit zie je terug op je loonstrook.")


@T("NEG")
def neg_payslip_excel_template(d):
    cols = d.rng.sample(["Periode", "Naam medewerker", "Bruto", "Loonheffing", "Pensioen", "Netto", "Uren", "Uurloon", "Reiskosten", "Vakantiegeld"], d.ri(5, 7))
    return (f"Maak een {d.ch(['Excel', 'Google Sheets', 'LibreOffice'])}-sjabloon voor een loonstrook met kolommen: {', '.join(cols)}. "
            f"Bruto moet optellen uit uren x uurloon, met een toeslag van {d.pct(['25%', '50%', '35%', '100%'])} voor {d.ch(['zondagen', 'nachtdiensten', 'feestdagen'])}. Vul nog geen namen in.")


@T("NEG")
def neg_contract_draft_blank(d):
    co = d.sector()
    return (f"CONCEPT - NIET ONDERTEKENEN\n\nArbeidsovereenkomst voor bepaalde tijd\n{co['name']}, hierna: werkgever, en\nNaam werknemer: ______________________\n"
            f"Functie: {d.ch(['medewerker', 'monteur', 'assistent'])}\nSalaris: {d.eur(2300, 3600, style='eur_sp', cents=False)} bruto per maand\nProeftijd: {d.K('1 maand')}\n\n"
            f"Plaats en datum: ____________________\nHandtekening werkgever: ____________________\nHandtekening werknemer: ____________________")


@T("NEG")
def neg_contract_template_placeholders(d):
    return (f"Huurovereenkomst bedrijfsruimte (model)\nVerhuurder: [NAAM VERHUURDER]\nHuurder: [NAAM HUURDER], KvK [NUMMER]\nHuurprijs: {d.eur(800, 4000, style='eur_sp', cents=False)} per maand excl. btw\n"
            f"Indexering: jaarlijks volgens CPI, maximaal {d.pct(['3%', '4%', '5%'])}\n\nHandtekening verhuurder: ..................\nHandtekening huurder: ..................")


@T("NEG")
def neg_contract_review_mail(d):
    a = d.p(); b = d.p()
    return (f"Hoi {a.first},\n\nKun je het servicecontract nog even nalezen voordat we het ter ondertekening naar de klant sturen? Vooral artikel 6 (opzegtermijn {d.K('3 maanden')}) "
            f"en de prijs van {d.eur(250, 1500, style='eur_sp', cents=False)} per maand. Ik wil het {d.when(style='wd')} versturen.\n\n{groet(d)}\n{b.first}")


@T("NEG")
def neg_quote_unsigned(d):
    co = d.sector(d.ch(["loodgieter", "it", "bloemist", "gemeente"]))
    svc, lo, hi = d.ch(co['services'])
    return (f"OFFERTE {d.order()}\n{co['name']}\n\n{svc.capitalize()}: {d.eur(lo, hi, style='eur_sp_c')}\nVoorrijkosten: {d.eur(25, 60, style='dash_sp')}\n"
            f"Geldig tot: {d.when(style='num')}\n\nVoor akkoord (naam): ____________________\nDatum: ____________\nHandtekening: ____________________")


@T("NEG")
def neg_sla_question(d):
    return (f"Welke afspraken horen in een SLA tussen een IT-leverancier en een tandartspraktijk? Denk aan responstijden, back-ups en een boeteclausule. "
            f"Ons budget is ongeveer {d.eur(200, 800, style='euro', cents=False)} per maand. Het contract is nog niet getekend.")


@T("NEG")
def neg_product_list(d):
    co = d.sector()
    rows = "\n".join(f"{s:<28}{d.eur(lo, hi, style='eur_sp_c')}" for s, lo, hi in co['services'])
    return f"Prijslijst {co['name']} per {d.when(style='d')} (excl. {d.pct(['21% btw', '21 % btw'])}):\n{rows}"


@T("NEG")
def neg_roster_colleagues(d):
    a = d.p(); b = d.p(); c = d.p(); dd = d.day
    return (f"Rooster week {d.ri(1, 52)}\n{dd}: {a.first} (vroeg), {b.first} (laat)\n{d.day}: {c.first} (vroeg), {a.first} (laat)\n"
            f"Zaterdag: {b.first} en {c.first}, sluiten om {d.time()}")


@T("NEG")
def neg_stats(d):
    return (f"Schrijf een LinkedIn-post: dit jaar hebben we {d.K(nl_num(d.ri(800, 9000), dec=False) + ' klanten')} geholpen, {d.pct(['92%', '87%', '95%'])} gaf ons een 8 of hoger, "
            f"en de omzet groeide naar {d.eur(200000, 2000000, style='eur_sp', cents=False)}. Geen namen noemen.")


@T("NEG")
def neg_supplier_companies(d):
    rows = "\n".join(f"- {d.sector(k)['name']}, KvK {d.kvk()}" for k in d.rng.sample(SECTOR_KEYS, d.ri(5, 7)))
    return f"Overzicht vaste leveranciers (bedrijven, geen personen):\n{rows}\nWelke kan ik het beste vragen voor een offerte?"


@T("NEG")
def neg_meeting_invite(d):
    a = d.p(); b = d.p()
    return (f"Uitnodiging: kwartaaloverleg\nWanneer: {d.when(style='wdy')}, {d.time()} - {d.time()}\nWaar: vergaderruimte 2 / Teams\nDeelnemers: {a.full}, {b.full}\n\n"
            f"Agenda:\n1. Omzet Q{d.ri(1, 4)} ({d.eur(50000, 400000, style='eur_sp', cents=False)})\n2. Ziekteverzuim ({d.pct(['4,2%', '3,1%', '6%'])})\n3. Rondvraag")


@T("NEG")
def neg_en_privacy(d):
    return (f"Can you write a short paragraph for our privacy statement saying that we never store citizen service numbers (BSN), passwords or payment card data, "
            f"and that customer data is deleted after {d.K(str(d.ri(2, 7)) + ' years')}? We are a small {d.ch(['driving school', 'florist', 'dental practice', 'IT reseller'])}.")


@T("NEG")
def neg_phishing_example(d):
    return (f"Is dit een phishingmail?\n\n\"Beste klant, uw account wordt op {d.when(style='wd')} geblokkeerd. Bevestig uw wachtwoord via de onderstaande link. "
            f"Er staat een bedrag van {d.eur(90, 900, style='eur_sp_c')} open.\"\n\nDe afzender is een gmail-adres en er staat geen naam in.")


@T("NEG")
def neg_git_diff(d):
    var = d.ch(["MAPS_KEY", "MOLLIE_KEY", "OPENAI_KEY", "SMS_TOKEN", "POSTCODE_KEY"])
    ph = d.ch(["'AIza-PLACEHOLDER'", "'test'", "'<key>'", "'xxxx'", "''"])
    return (f"Klopt deze wijziging?\n\n- const key = process.env.{var} || {ph};\n+ const key = process.env.{var};\n"
            f"+ if (!key) throw new Error('{var} ontbreekt');\n\nWe gebruiken dit op {d.K(str(d.ri(3, 30)) + ' pagina')}'s, deploy gepland {d.when(style='wd')}.")


@T("NEG")
def neg_salary_budget(d):
    a = d.p()
    return (f"Notitie MT {d.when(style='num')}: budget loonsverhoging volgend jaar {d.pct(['3%', '4%', '4,5%'])}, totale loonsom {d.eur(300000, 1500000, style='eur_sp', cents=False)}. "
            f"{a.first} maakt een voorstel per functiegroep. Geen individuele loonstroken in dit overleg.")


@T("NEG")
def neg_kvk_invoice_question(d):
    co = d.sector()
    return (f"Moet het KvK-nummer ({d.kvk()}) op elke factuur staan? En het btw-percentage van {d.pct(['21%', '9%'])}? Onze laatste factuur {d.order()} "
            f"was {d.eur(100, 3000, style='eur_sp_c')}, moet daar ook een vervaldatum op?")


@T("NEG")
def neg_two_colleagues_mail(d):
    a = d.p(); b = d.p(); co = d.sector()
    return (f"Van: {a.full} <{a.email(co['dom'])}>\nAan: {b.full} <{b.email(co['dom'])}>\nOnderwerp: training veilig AI-gebruik\n\n"
            f"Hoi {b.first},\n\nIk heb de training van {d.when(style='wd')} om {d.time()} geboekt, kosten {d.eur(150, 750, style='dash_sp')} voor het hele team. "
            f"Onderwerpen: wachtwoorden, API-keys, wat je nooit in een chatbot plakt.\n\n{a.first}")


@T("NEG")
def neg_order_table(d):
    rows = "\n".join(f"{d.K(d.bad9())}\t{d.when(style='num')}\t{d.eur(15, 800, style='num')}" for _ in range(d.ri(4, 7)))
    return f"Bestellingen deze week (ordernummer, datum, bedrag):\n{rows}\nTel de bedragen op."


@T("NEG")
def neg_contract_clause_question(d):
    return (f"In ons huurcontract staat: 'De huurprijs wordt jaarlijks per 1 juli verhoogd met maximaal {d.pct(['3%', '4,1%', '5,5%'])}.' "
            f"De huur is nu {d.eur(700, 1600, style='dash_sp')}. Is dat nog toegestaan? We hebben het contract nog niet getekend.")


@T("NEG")
def neg_list_howto(d):
    return (f"Hoe exporteer ik mijn klantenlijst uit het kassasysteem naar Excel zonder de telefoonnummers mee te nemen? We hebben ongeveer {d.K(str(d.ri(300, 2000)) + ' klanten')} "
            f"en ik wil alleen postcodegebied en aantal bezoeken per jaar.")


@T("NEG")
def neg_leave_planning(d):
    a = d.p(); b = d.p()
    def span():
        st = datetime.date(2026, 6, 29) + datetime.timedelta(days=d.ri(0, 50))
        en = st + datetime.timedelta(days=d.ri(6, 20))
        return f"{d.K(f'{st.day} {MONTHS[st.month-1]}')} t/m {d.K(f'{en.day} {MONTHS[en.month-1]}')}"
    return (f"Vakantieplanning zomer:\n{a.first}: {span()}\n{b.first}: {span()}\n"
            f"Minimaal {d.K('2 mensen')} op de zaak. Bezetting vorig jaar: {d.pct(['85%', '90%', '78%'])}.")


# ============================================================================= PII (not blocked; mask + keep)
@T("PII")
def pii_salon_complaint(d):
    a = d.p(); co = d.sector("kapper")
    return (f"Goedemiddag,\n\nIk was {d.when(style='wd')} bij jullie voor {d.ch(['kleuren', 'highlights', 'knippen'])} en ben echt niet tevreden. Ik heb {d.eur(60, 180, style='eur_sp_c')} betaald "
            f"maar de kleur is ongelijk. Kunt u mij terugbellen op {a.tel()}?\n\n{groet(d)}\n{a.full}")


@T("PII")
def pii_plumber_confirm(d):
    a = d.p(); co = d.sector("loodgieter")
    return (f"Beste {a.mr} {a.sur},\n\nHierbij bevestigen wij de afspraak voor {d.ch(['het onderhoud van uw cv-ketel', 'het verhelpen van de lekkage', 'het ontstoppen van de afvoer'])} "
            f"op {d.when(style='wd')} tussen {d.time()} en {d.time()} op {d.street()}, {d.pc()} {d.city()}.\nDe kosten bedragen {d.eur(89, 290, style='eur_sp_c')} incl. {d.pct(['21% btw'])}.\n\n{groet(d)}\n{co['name']}")


@T("PII")
def pii_dental_sms(d):
    a = d.p(); co = d.sector("tandarts")
    return (f"Beste {a.first}, herinnering: uw afspraak bij {co['name']} is op {d.when(style='wd')} om {d.time()}. Verhinderd? Bel {d.phone('land')}. "
            f"Bij niet afmelden rekenen wij {d.eur(25, 50, style='dash_sp')}.")


@T("PII")
def pii_invoice_private(d):
    a = d.p(); co = d.sector(d.ch(["loodgieter", "it", "bloemist", "rijschool"])); svc, lo, hi = d.ch(co['services'])
    return (f"FACTUUR {d.order()}\n{co['name']} | KvK {d.kvk()}\n\nAan:\n{a.full}\n{d.street()}\n{d.pc()} {d.city()}\n\nOmschrijving: {svc}\nBedrag: {d.eur(lo, hi, style='eur_sp_c')}\n"
            f"btw {d.pct(['21%', '9%'])}\nTe betalen binnen {d.K('14 dagen')} op {d.iban('NL')} t.n.v. {co['name']}.")


@T("PII")
def pii_dunning(d):
    a = d.p(); co = d.sector()
    return (f"{a.aanhef} {a.sur},\n\nOndanks onze herinnering van {d.when(style='d')} hebben wij de betaling van factuur {d.order()} ({d.eur(80, 2500, style='eur_sp_c')}) nog niet ontvangen. "
            f"Wij verzoeken u het bedrag binnen {d.K('7 dagen')} over te maken op {d.iban('NL')}. Daarna brengen wij {d.eur(40, 40, style='dash_sp')} incassokosten in rekening.\n\n"
            f"{groet(d)}\nAdministratie {co['name']}\n\nAan: {a.formal}, {d.addr()}")


@T("PII")
def pii_sick_note(d):
    a = d.p(); b = d.p()
    return (f"Ziekmelding\nMedewerker: {a.full}\nGemeld door: {a.first} zelf, telefonisch om {d.time()}\nVerwachte duur: {d.K(str(d.ri(2, 10)) + ' dagen')}\n"
            f"Bereikbaar op: {a.tel()}\nAfspraken overnemen: {b.first}\nOpmerking: geen arbeidsongeval.")


@T("PII")
def pii_meeting_notes(d):
    a = d.p(); b = d.p(); c = d.p()
    return (f"Notulen teamoverleg {d.when(style='wdy')}\nAanwezig: {a.full}, {b.full}, {c.first}\n\n1. Omzet vorige maand {d.eur(12000, 90000, style='eur_sp', cents=False)}, {d.pct(['+4%', '-2%', '+11%'])} t.o.v. vorig jaar\n"
            f"2. {b.first} belt klant {d.p().full} terug over de klacht\n3. Volgende overleg {d.when(style='wd')} om {d.time()}")


@T("PII")
def pii_it_ticket(d):
    a = d.p(); co = d.sector(d.ch(["tandarts", "makelaar", "kinderopvang", "boekhouder"]))
    return (f"Nieuw ticket {d.order()}\nVan: {a.full} ({a.email(co['dom'])})\nTelefoon: {a.tel()}\nOrganisatie: {co['name']}\n\n"
            f"Printer op de eerste verdieping geeft papierstoring. Laptop met serienummer {d.K(''.join(d.ch('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(8)))} start traag sinds de update van {d.when(style='d')}.")


@T("PII")
def pii_florist_whatsapp(d):
    a = d.p(); b = d.p(); st = d.ch(["ios", "android"]); co = d.sector("bloemist")
    return (f"{chatstamp(d, st)} {a.full}: Hoi! Kan ik een boeket van {d.eur(35, 75, style='euro', cents=False)} laten bezorgen bij {b.full}, {d.street()} in {d.city()}?\n"
            f"{chatstamp(d, st)} {a.full}: Op de kaart: 'Van harte beterschap {b.first}! Liefs, {a.first}'\n"
            f"{chatstamp(d, st)} {co['name']}: Komt goed, we bezorgen {d.when(style='wd')}. Betaallink volgt.")


@T("PII")
def pii_driving_lesson(d):
    a = d.p(); co = d.sector("rijschool"); b = d.p()
    return (f"Lesplanning {a.first} {a.surtv}\nOphaaladres: {d.street()}, {d.city()}\nMobiel: {a.tel('mob')}\n\nLes 12: {d.when(style='wd')} {d.time()} - rotondes en invoegen\n"
            f"Les 13: {d.when(style='wd')} {d.time()} - snelweg\nExamen gepland: {d.when(style='wdy')}\nInstructeur: {b.first}\nLesauto: {d.plate()}")


@T("PII")
def pii_viewing_request(d):
    a = d.p(); co = d.sector("makelaar")
    return (f"Bericht via contactformulier {co['name']}:\nNaam: {a.full}\nE-mail: {a.email()}\nTelefoon: {a.tel()}\n\n"
            f"Ik wil graag de woning aan de {d.street()} in {d.city()} bezichtigen (vraagprijs {d.eur(250000, 600000, style='eur_sp', cents=False)}). Ik kan {d.day} of {d.day}.")


@T("PII")
def pii_sport_member(d):
    a = d.p(); co = d.sector("sportclub")
    return (f"Aanmelding nieuw lid {co['name']}\nNaam: {a.full}\nGeboortedatum: {d.dob()}\nAdres: {d.addr()}\nE-mail: {a.email()}\n"
            f"Contributie: {d.eur(95, 340, style='dash_sp')} per jaar, automatische incasso van {d.iban()}\nTeam: {d.ch(['JO13-2', 'Heren 3', 'Dames 1', 'MO15-1', 'Veteranen'])}")


@T("PII")
def pii_childcare_incident(d):
    kid = d.p(); ma = d.p(origin=kid.origin); b = d.p()
    return (f"Ongevallenregistratie {d.sector('kinderopvang')['name']}\nKind: {kid.first} ({d.K(str(d.ri(2, 4)) + ' jaar')})\nDatum: {d.when(style='num')}, {d.time()}\n"
            f"Wat: gestruikeld op het plein, schaafwond knie. Gepleisterd door {b.first}.\nOuder gebeld: {ma.full}, {ma.tel()} - geen verdere actie nodig.")


@T("PII")
def pii_logistics_claim(d):
    a = d.p(); co = d.sector("logistiek"); b = d.p()
    return (f"Schademelding zending {d.order()}\nOntvanger: {a.full}\nAfleveradres: {d.street()}, {d.pc()} {d.city()}\nTelefoon ontvanger: {a.tel()}\n"
            f"Voertuig: {d.plate()} (chauffeur {b.first})\nSchade: doos ingedeukt, inhoud (waarde {d.eur(50, 900, style='eur_sp_c')}) gebroken.")


@T("PII")
def pii_resident_complaint(d):
    a = d.p(); co = d.sector("gemeente")
    return (f"Doorgestuurd door de gemeente: klacht van bewoner {a.full}, {d.street()} ({d.pc()}), tel. {a.tel()}.\n\"Al {d.K(str(d.ri(3, 8)) + ' weken')} wordt de berm voor ons huis niet gemaaid.\"\n"
            f"Graag voor {d.when(style='wd')} oplossen. Contractnummer {d.order()}.")


@T("PII")
def pii_refund_iban(d):
    a = d.p(); co = d.sector("boekhouder")
    return (f"Mevrouw, meneer,\n\nIk heb factuur {d.order()} twee keer betaald ({d.eur(95, 600, style='eur_sp_c')}). Wilt u het bedrag terugstorten op {d.iban()} t.n.v. {a.formal}?\n\n"
            f"{groet(d)}\n{a.full}")


@T("PII")
def pii_forward_quote(d):
    a = d.p(); b = d.p(); c = d.p(); co = d.sector(d.ch(["it", "loodgieter"]))
    return (f"{b.first}, kun jij hier een offerte voor maken? Marge {d.pct(['15%', '20%', '25%'])}.\n\n________________________________\nVan: {a.full} <{a.email()}>\n"
            f"Verzonden: {sent_nl(d, keep=True)}\nAan: {c.full} <{c.email(co['dom'])}>\nOnderwerp: Aanvraag\n\nGoedendag,\n\nIk zoek iemand voor {d.ch(co['services'])[0]} "
            f"op {d.street()} in {d.city()}. Budget rond {d.eur(200, 4000, style='euro', cents=False)}.\n\n{groet(d)}\n{a.first}")


@T("PII")
def pii_gmail_reply(d):
    a = d.p(); b = d.p()
    return (f"Prima, dan zie ik je {d.when(style='wd')} om {d.time()}.\n\n{b.first}\n\n{gmail_quote(d)} schreef {a.full} <{a.email()}>:\n"
            f"> Hoi {b.first}, zullen we de jaarcijfers samen doornemen? Ik heb de omzet van {d.eur(40000, 250000, style='eur_sp', cents=False)} al gecontroleerd.")


@T("PII")
def pii_en_customer(d):
    a = d.p(origin=d.ch(["en", "in", "pl", "cn", "gh"])); co = d.sector(d.ch(["it", "logistiek", "makelaar"]))
    return (f"Hello,\n\nI ordered {d.ch(['two laptops', 'a pallet of flowers', 'a valuation report'])} (order {d.order()}) on {d.when('en')} and paid {d.eur(100, 2500, style='en')}. "
            f"Nothing has arrived yet. Please call me on {a.tel('intl')} or email {a.email()}.\n\n{groet(d, 'en')}\n{a.full}")


@T("PII")
def pii_flemish_afspraak(d):
    a = d.p(origin="be"); co = d.sector(d.ch(["kapper", "tandarts"]))
    return (f"Dag,\n\nIk had graag een afspraak gemaakt voor {d.day} in de namiddag. Mijn GSM-nummer is {a.tel('be')}. "
            f"Kan het ook zaterdag voormiddag, dan is dat ook goed.\n\n{groet(d, 'be')}\n{a.full}")


@T("PII")
def pii_car_ready(d):
    a = d.p(); co = d.sector("rijschool")
    return (f"Hoi {a.first}, de lesauto met kenteken {d.plate()} staat weer klaar na de APK. Kosten {d.eur(60, 350, style='eur_sp_c')}. "
            f"Ophalen kan {d.when(style='wd')} vanaf {d.time()} bij de garage.")


@T("PII")
def pii_parking_permit(d):
    a = d.p()
    return (f"Aanvraag parkeervergunning\nAanvrager: {a.full}\nAdres: {d.street()}, {d.pc()} {d.city()}\nKenteken: {d.plate()}\nIngangsdatum: {d.when(style='num')}\n"
            f"Kosten: {d.eur(40, 250, style='dash_sp')} per jaar")


@T("PII")
def pii_performance_review(d):
    a = d.p(); b = d.p()
    return (f"Verslag functioneringsgesprek {a.full} - {d.when(style='wdy')}\nGesprek gevoerd door {b.full}.\n\nSterke punten: klantvriendelijk, betrouwbaar.\n"
            f"Ontwikkelpunt: planning. Afspraak: cursus timemanagement ({d.eur(300, 900, style='eur_sp', cents=False)}, betaald door de zaak).\nVolgend gesprek over {d.K('6 maanden')}.")


@T("PII")
def pii_reference_letter(d):
    a = d.p(); b = d.p(); co = d.sector()
    return (f"Getuigschrift\n\nHierbij verklaren wij dat {a.full}, geboren op {d.dob()}, van {d.when(style='num')} tot {d.when(style='num')} bij {co['name']} werkzaam was als "
            f"{d.ch(['administratief medewerker', 'kapper', 'monteur', 'planner'])}. {a.hij.capitalize()} was zeer gewaardeerd.\n\n{b.full}\nDirecteur")


@T("PII")
def pii_found_phone(d):
    a = d.p(); co = d.sector(d.ch(["sportclub", "kapper"]))
    return (f"Gevonden in de kleedkamer van {co['name']}: een telefoon met hoesje. Volgens het lockscreen van {a.full}. "
            f"{a.first}, bel even naar {d.phone('land')} of kom langs op {d.day} tussen {d.time()} en {d.time()}.")


@T("PII")
def pii_teams_callback(d):
    a = d.p(); b = d.p(); c = d.p()
    return (f"{a.full}  {d.time()}\n{c.sur} heeft gebeld over factuur {d.order()}, wil graag teruggebeld worden op {c.tel()}\n"
            f"{b.full}  {d.time()}\nIk bel {c.sur} na de lunch, gaat over de {d.eur(20, 300, style='eur_sp_c')} toch?")


@T("PII")
def pii_slack_lowercase(d):
    a = d.p(); b = d.p(); c = d.p()
    return (f"{a.low} {d.time()}\nweet iemand of {c.lowfull} al heeft betaald? het ging om {d.eur(50, 400, style='euro', cents=False)}\n"
            f"{b.low} {d.time()}\nja {c.low} heeft gisteren overgemaakt, ik zag het in de bank")


@T("PII")
def pii_crm_note(d):
    a = d.p(); co = d.sector()
    return (f"Klantkaart\nNaam: {a.lastfirst}\nAdres: {d.street()}\nPostcode: {d.pc()}\nWoonplaats: {d.city()}\nE-mail: {a.email()}\nTelefoon: {a.tel()}\n"
            f"Klant sinds: {d.K(str(d.ri(2005, 2024)))}\nTotaal besteed: {d.eur(200, 9000, style='eur_sp_c')}\nNotitie: wil alleen op {d.day} gebeld worden.")


@T("PII")
def pii_excel_two_rows(d):
    rows = "\n".join(f"{p.full}\t{p.tel()}\t{d.eur(30, 600, style='num')}" for p in [d.p() for _ in range(d.ri(2, 3))])
    return f"Naam\tTelefoon\tOpenstaand\n{rows}\n\nWie moet ik als eerste bellen?"


@T("PII")
def pii_quote_private(d):
    a = d.p(); co = d.sector(d.ch(["loodgieter", "it", "bloemist"])); svc, lo, hi = d.ch(co['services'])
    return (f"Beste {a.first},\n\nNaar aanleiding van ons gesprek op {d.when(style='wd')} hierbij onze prijsopgave voor {svc} op {d.street()}:\n\n"
            f"Materiaal: {d.eur(lo, hi, style='eur_sp_c')}\nArbeid: {d.K(str(d.ri(2, 16)) + ' uur')} à {d.eur(55, 95, style='dash_sp')}\nKorting: {d.pct(['5%', '10%'])}\n\n"
            f"Laat u weten of u akkoord gaat?\n\n{groet(d)}\n{co['name']}")


@T("PII")
def pii_packing_slip(d):
    a = d.p(); co = d.sector(d.ch(["it", "bloemist", "logistiek"]))
    return (f"PAKBON {d.order()}\nAfzender: {co['name']}\nOntvanger: {a.formal}\n{d.street()}\n{d.pc()}  {d.city()}\n\nAantal  Artikel\n{d.ri(1, 5)}       {d.ch(['USB-C dock', 'toner zwart', 'kamerplant', 'muis draadloos'])}\n"
            f"Gewicht: {d.K(str(d.ri(1, 30)) + ' kg')}")


@T("PII")
def pii_referral(d):
    a = d.p(); b = d.p(); co = d.sector("tandarts")
    return (f"Verwijzing naar kaakchirurg\nPatiënt: {a.dhr} {a.formal}, geboren {d.dob()}\nAdres: {d.addr()}\nReden: verstandskies 38 geïmpacteerd.\n"
            f"Verwijzend tandarts: {b.formal}, {co['name']}\nGraag afspraak binnen {d.K('4 weken')}.")


@T("PII")
def pii_sms_change(d):
    a = d.p()
    return (f"SMS aan {a.tel('mob')}: Hoi {a.first}, je afspraak van {d.when(style='wd')} is verplaatst naar {d.when(style='wd')} om {d.time()}. Reageer met JA om te bevestigen.")


@T("PII")
def pii_voicemail(d):
    a = d.p(); co = d.sector()
    return (f"Transcriptie voicemail {d.when(style='num')} {d.time()}:\n\"Ja hallo, met {a.full}. Ik bel over de rekening van {d.eur(50, 800, style='euro', cents=False)}, "
            f"volgens mij klopt het aantal uren niet. Wilt u mij terugbellen op {a.tel()}? Dank u wel.\"")


@T("PII")
def pii_review_reply(d):
    a = d.p()
    return (f"Schrijf een vriendelijk antwoord op deze Google-review van {a.full}: \"Prima geholpen, maar ik moest {d.K(str(d.ri(15, 60)) + ' minuten')} wachten terwijl ik om {d.time()} een afspraak had.\" "
            f"Bied {a.first} {d.pct(['10%', '15%'])} korting aan bij het volgende bezoek.")


@T("PII")
def pii_new_client_intake(d):
    a = d.p(); co = d.sector("boekhouder")
    return (f"Intake nieuwe klant {co['name']}\nOndernemer: {a.full}\nBedrijf: {d.ch(['klusbedrijf', 'webshop', 'schoonheidssalon', 'fietsenmaker'])} (eenmanszaak), KvK {d.kvk()}\n"
            f"Adres: {d.addr()}\nZakelijke rekening: {d.iban('NL')}\nOmzet vorig jaar: {d.eur(30000, 250000, style='eur_sp', cents=False)}\nTarief: {d.eur(75, 125, style='dash_sp')} per maand")


@T("PII")
def pii_moving(d):
    a = d.p()
    return (f"Beste,\n\nPer {d.when(style='d')} ben ik verhuisd. Mijn nieuwe adres is {d.street()}, {d.pc()} {d.city()}. Wilt u dit aanpassen voor de "
            f"{d.ch(['contributie', 'abonnementen', 'facturen'])}? Mijn klantnummer is {d.order()}.\n\n{groet(d)}\n{a.full}")


@T("PII")
def pii_tenant_repair(d):
    a = d.p(); co = d.sector("makelaar")
    st = d.m("ADRES", f"{d.ch(STREETS)} {d.ri(1, 200)}-{d.ri(1, 4)}")
    return (f"Reparatieverzoek\nHuurder: {a.full}\nAdres: {st}, {d.city()}\nTel: {a.tel()}\nProbleem: {d.ch(['lekkende kraan badkamer', 'schimmel in de slaapkamer', 'deurbel kapot', 'cv geeft storing'])}\n"
            f"Beschikbaar: {d.day} en {d.day} ochtend")


@T("PII")
def pii_match_report(d):
    a = d.p(); b = d.p(); c = d.p(); co = {"name": d.ch(["VV Voorwaarts", "Hockeyclub Stick"])}
    return (f"Wedstrijdverslag {co['name']} - {d.when(style='wd')}\nUitslag {d.K(str(d.ri(0, 5)) + '-' + str(d.ri(0, 5)))}. Doelpunten van {a.first} en {b.full}. "
            f"{c.first} kreeg geel. Volgende week uit, verzamelen om {d.time()}.")


@T("PII")
def pii_florist_order(d):
    a = d.p(); b = d.p(); co = d.sector("bloemist")
    return (f"Orderbevestiging {d.order()} - {co['name']}\nBesteld door: {a.full} ({a.email()})\nBezorgen bij: {b.full}, {d.street()}, {d.pc()} {d.city()}\n"
            f"Product: {d.ch(['rouwstuk', 'boeket seizoen', 'bruidsboeket', 'orchidee'])}\nPrijs: {d.eur(30, 250, style='eur_sp_c')}\nBezorgdatum: {d.when(style='wdy')}")


@T("PII")
def pii_it_order(d):
    a = d.p(); co = d.sector("it"); kl = d.sector(d.ch(["makelaar", "boekhouder", "tandarts"]))
    return (f"Bestelling voor {kl['name']}, t.a.v. {a.full}\n{d.ri(2, 8)}x laptop à {d.eur(650, 1400, style='eur_sp_c')}\n{d.ri(2, 8)}x Microsoft 365 Business à {d.eur(11, 22, style='eur_sp_c')} p/m\n"
            f"Leveradres: {d.street()}, {d.pc()} {d.city()}\nLevering {d.when(style='wd')}. Contact bij levering: {a.tel()}")


@T("PII")
def pii_cmr(d):
    a = d.p(origin=d.ch(["pl", "nl", "tr", "be"])); co = d.sector("logistiek")
    return (f"CMR-vrachtbrief (overgenomen)\nVervoerder: {co['name']}\nChauffeur: {a.full}\nTrekker: {d.plate()}\nOplegger: {d.plate()}\n"
            f"Laadadres: {d.street()}, {d.pc()} {d.city()}\nLosadres: {d.addr_be()}\nGewicht: {d.K(nl_num(d.ri(1000, 24000), dec=False) + ' kg')}")


@T("PII")
def pii_pickup_auth(d):
    kid = d.p(); oma = d.p(origin=kid.origin, female=True); ma = d.p(origin=kid.origin)
    return (f"Hoi juf,\n\n{d.when(style='wd')} wordt {kid.first} opgehaald door oma, {oma.full}. Haar nummer is {oma.tel()}. "
            f"Ik ben zelf tot {d.time()} in vergadering.\n\nGroetjes,\n{ma.first}")


@T("PII")
def pii_en_invoice_dispute(d):
    a = d.p(); co = d.sector("logistiek")
    return (f"Dear {co['name']} team,\n\nInvoice {d.order()} charges {d.eur(300, 3000, style='en')} for {d.K(str(d.ri(2, 12)) + ' pallets')}, but only {d.ri(1, 2)} were collected on {d.when('en')}. "
            f"Please send a corrected invoice to {a.email()}.\n\n{groet(d, 'en')}\n{a.full}")


@T("PII")
def pii_dob_note(d):
    a = d.p(); b = d.p()
    return (f"Telefoonnotitie {d.time()}: {a.mr} {a.sur} (geb. {d.dob()}) belde over {d.ch(['de nota', 'een nieuwe afspraak', 'de eigen bijdrage', 'het herhaalrecept'])}. "
            f"Terugbellen op {a.tel()}. - {b.first}")


@T("PII")
def pii_water_damage(d):
    a = d.p(); co = d.sector("loodgieter")
    return (f"Schadeformulier waterschade\nVerzekerde: {a.full}\nRisicoadres: {d.addr()}\nDatum schade: {d.when(style='num')}\nOorzaak: gesprongen leiding, hersteld door {co['name']}\n"
            f"Herstelkosten: {d.eur(300, 4000, style='eur_sp_c')}\nUitkeren op: {d.iban()}")


@T("PII")
def pii_refund_be(d):
    a = d.p(origin="be")
    return (f"Goeiedag,\n\nMijn bestelling {d.order()} werd geannuleerd. Kunnen jullie de {d.eur(20, 300, style='eur_sp_c')} terugstorten op {d.iban('BE')}? "
            f"Ik woon op {d.addr_be()}.\n\n{groet(d, 'be')}\n{a.full}")


@T("PII")
def pii_testimonial(d):
    a = d.p()
    return (f"Nieuwsbrief {d.month()} - concept\n\nKlant aan het woord: \"Binnen {d.K(str(d.ri(2, 10)) + ' dagen')} was alles geregeld!\" - {a.full} uit {d.city()}\n\n"
            f"Deze maand {d.pct(['10%', '15%', '20%'])} korting op onderhoud.")


@T("PII")
def pii_supplier_contact(d):
    a = d.p(origin=d.ch(["cn", "in", "pl", "en", "tr"])); b = d.p()
    return (f"Contact leverancier onderdelen: {a.full}, {a.tel('intl')}, {a.email()}. Levertijd {d.K(str(d.ri(2, 8)) + ' weken')}, minimum order {d.eur(500, 5000, style='EUR', cents=False)}. "
            f"{b.first} regelt de eerste bestelling.")


@T("PII")
def pii_roster_phones(d):
    a = d.p(); b = d.p(); c = d.p()
    return (f"Bereikbaarheidsdienst {d.month()}\nWeek 1: {a.full} ({a.tel('mob')})\nWeek 2: {b.full} ({b.tel('mob')})\nWeek 3: {c.full} ({c.tel('mob')})\n"
            f"Vergoeding per dienst: {d.eur(50, 150, style='dash_sp')}")


@T("PII")
def pii_application_reply(d):
    a = d.p(); b = d.p(); co = d.sector()
    return (f"Beste {a.first},\n\nBedankt voor je sollicitatie als {d.ch(['planner', 'kapper', 'assistent', 'monteur'])} bij {co['name']}. We nodigen je graag uit op {d.when(style='wd')} om {d.time()}. "
            f"Neem een geldig ID mee. We hebben je gegevens genoteerd: {a.email()}, {a.tel()}.\n\n{groet(d)}\n{b.full}")


@T("PII")
def pii_contributie_reminder(d):
    a = d.p(); co = d.sector("sportclub")
    return (f"Beste {a.first},\n\nDe contributie van {d.eur(90, 340, style='dash_sp')} voor seizoen {d.ri(2025, 2026)} kon niet worden geïncasseerd van {d.iban()}. "
            f"Wil je het bedrag voor {d.when(style='d')} overmaken? Anders volgt een toeslag van {d.eur(5, 15, style='euro', cents=False)}.\n\nPenningmeester {co['name']}")


@T("PII")
def pii_chat_address(d):
    a = d.p(); b = d.p(); c = d.p()
    return (f"{a.low}: waar moet die pallet voor {c.sur} naartoe?\n{b.low}: {d.street()}, {d.pc()} {d.city()}\n{b.low}: achterom bellen, voorkant is {d.ch(['dicht', 'een winkel', 'afgezet'])}\n"
            f"{a.low}: ok, rond {d.time()} ben ik daar")


@T("PII")
def pii_markdown_notes(d):
    a = d.p(); b = d.p()
    return (f"## Evaluatie pilot AI-assistent\n- Eigenaar: **{a.full}**\n- Tijdsbesparing: {d.pct(['20%', '30%', '15%'])}\n- Kosten: {d.eur(20, 100, style='eur', cents=False)} p/m\n"
            f"- Actie: {b.first} schrijft de werkinstructie voor {d.when(style='d')}")


@T("PII")
def pii_fixed_order(d):
    a = d.p(); co = d.sector(d.ch(["it", "bloemist"]))
    return (f"ORDER     : {d.order()}\nKLANT     : {a.upper}\nADRES     : {d.street()}\nPC/PLAATS : {d.pc()} {d.city().upper()}\nTELEFOON  : {a.tel()}\n"
            f"TOTAAL    : {d.eur(20, 1500, style='suffix')}")


@T("PII")
def pii_municipality_report(d):
    a = d.p()
    return (f"Melding openbare ruimte #{d.K(str(d.ri(100000, 999999)))}\nMelder: {a.full}, {a.email()}\nLocatie: ter hoogte van {d.street()}\n"
            f"Omschrijving: losliggende stoeptegels, gevaarlijk voor rollators.\nAfhandeling binnen {d.K('10 werkdagen')}.")


@T("PII")
def pii_en_slack(d):
    a = d.p(); b = d.p(); c = d.p()
    return (f"{a.low} {d.time()}\n@{b.low} can you ship the replacement router to {c.full}? address is {d.street()}, {d.pc()} {d.city()}\n"
            f"{b.low} {d.time()}\nsure, it'll go out {d.when('en')}. cost is {d.eur(60, 200, style='en', cents=True)} incl. shipping")


@T("PII")
def pii_afas_style(d):
    a = d.p(); b = d.p()
    return (f"Dossieraantekening\nMedewerker: {a.lastini}\nLeidinggevende: {b.lastini}\n\n{d.when(style='num')}: verlof aangevraagd voor {d.K(str(d.ri(2, 15)) + ' dagen')}, goedgekeurd.\n"
            f"Saldo na opname: {d.K(str(d.ri(20, 160)) + ' uur')}.")


@T("PII")
def pii_kentekens_parking(d):
    a = d.p(); b = d.p()
    return (f"Parkeerplaatsen achter de zaak:\nPlek 1: {a.first} - {d.plate()}\nPlek 2: {b.first} - {d.plate()}\nPlek 3: bezoekers\nBoete bij verkeerd parkeren: {d.eur(50, 100, style='dash_sp')}")


@T("PII")
def pii_double_name_letter(d):
    a = d.p(); co = d.sector("makelaar")
    return (f"{a.aanhef} {a.sur},\n\nHartelijk dank voor uw bod van {d.eur(300000, 700000, style='eur_sp', cents=False)} op de woning aan de {d.street()}. "
            f"De verkoper beraadt zich tot {d.when(style='wd')} {d.time()}.\n\n{groet(d)}\n{co['name']}")


@T("PII")
def pii_initials_letter(d):
    a = d.p(); co = d.sector("boekhouder")
    return (f"{a.dhr} {a.formal}\n{d.street()}\n{d.pc()} {d.city()}\n\n{d.city()}, {d.when(style='d')}\n\n{a.aanhef} {a.sur},\n\n"
            f"Hierbij ontvangt u de opdrachtbevestiging voor de aangifte inkomstenbelasting. Ons tarief is {d.eur(150, 400, style='dash_sp')} excl. btw.\n\n{groet(d)}\n{co['name']}")


# @@TEMPLATES_END@@
# ============================================================================= validation
INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}
TOKEN_RE = re.compile(r"[^\W\d_][\w'’-]*")


def name_tokens(label, value, minlen=4):
    """Same token rule as score_pii.py (minlen=4); minlen=3 is a stricter own check."""
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in TOKEN_RE.findall(value) if len(t) >= minlen and t.lower() not in INTERFIX]


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
POSTCODE_RE = re.compile(r"(?<![\w-])[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?!\w)")
BSN_RE = re.compile(r"(?<![\d.,])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?!\d)")
DATE_RE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?")
PHONE_RE = re.compile(r"(?<![\w.,/+-])(?:\+\d{2,3}|00\d{2}|\(0\d{1,3}\)|0\d)[ \d().\-/]{6,16}\d(?!\w)")


def phone_like(m):
    s = m.group(0)
    n = len(re.sub(r"\D", "", s))
    if s.startswith("+") or s.startswith("00"):
        return 9 <= n <= 14
    return 9 <= n <= 11


def simulate(text, mask):
    out = text
    for lab, v in sorted(mask, key=lambda x: -len(x[1])):
        out = re.sub(r"(?<!\w)" + re.escape(v) + r"(?!\w)", "[" + lab + "]", out)
    return out


def residual_problems(out):
    probs = []
    for m in EMAIL_RE.finditer(out):
        probs.append(("email", m.group(0)))
    for m in IBAN_RE.finditer(out):
        c = m.group(0)
        if iban_ok(c) or re.match(r"NL\d{2} ?[A-Z]{4}", c):
            probs.append(("iban", c))
    for m in POSTCODE_RE.finditer(out):
        probs.append(("postcode", m.group(0)))
    for m in BSN_RE.finditer(out):
        if bsn_ok(m.group(0)):
            probs.append(("bsn", m.group(0)))
    blanked = DATE_RE.sub(lambda m: "#" * len(m.group(0)), out)
    for m in PHONE_RE.finditer(blanked):
        if phone_like(m):
            probs.append(("phone", m.group(0)))
    return probs


GROUP_BLOCK = {"PASSWORD": "PASSWORD", "API_KEY": "API_KEY", "BSN": "BSN", "SALARY_SLIP": "SALARY_SLIP",
               "SIGNED_CONTRACT": "SIGNED_CONTRACT", "CUSTOMER_LIST": "CUSTOMER_LIST"}
LABEL_BLOCK = {"BSN": "BSN", "WACHTWOORD": "PASSWORD", "API_SLEUTEL": "API_KEY"}


def validate(group, text, d):
    errs = []
    mask, keep = d.mask, d.keep
    if not text.strip() or "<bound method" in text or " object at 0x" in text or "None" in text:
        errs.append("empty or broken text")
    for lab, v in mask:
        if not v or v not in text:
            errs.append(f"mask not verbatim {lab}:{v!r}")
        if lab == "IBAN" and not iban_ok(v):
            errs.append(f"bad iban {v}")
        if lab == "BSN" and not bsn_ok(v):
            errs.append(f"bad bsn {v}")
        if lab in LABEL_BLOCK and LABEL_BLOCK[lab] not in d.block:
            errs.append(f"{lab} without block")
    for v in keep:
        if not v or v not in text:
            errs.append(f"keep not verbatim {v!r}")
    for v in keep:
        for lab, mv in mask:
            if mv in v:
                errs.append(f"keep/mask overlap {v!r} {mv!r}")
    out = simulate(text, mask)
    for lab, v in mask:
        if v in out:
            errs.append(f"mask survives {lab}:{v!r}")
        for t in name_tokens(lab, v, 3):
            if re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", out):
                errs.append(f"word survives {lab}:{t!r}")
    for v in keep:
        if v not in out:
            errs.append(f"keep destroyed {v!r}")
    for kind, v in residual_problems(out):
        errs.append(f"unlabelled {kind}: {v!r}")
    if group in ("SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST"):
        d.block.add(group)  # the document kind itself is the block reason
    if group in GROUP_BLOCK:
        if GROUP_BLOCK[group] not in d.block:
            errs.append("group block missing")
    elif d.block:
        errs.append(f"{group} record blocked {sorted(d.block)}")
    if "CUSTOMER_LIST" in d.block and len(d.people) < 5:
        errs.append("customer list < 5 people")
    if group in ("NEG", "PII") and len(d.contacts) > 3:
        errs.append("too many people with contact data for a non-list")
    return errs


# ============================================================================= main
def main():
    rng = random.Random(SEED)
    seen = set()
    recs = []
    fails = collections.Counter()
    uses = collections.Counter()
    firsterr = {}
    for group, n in GROUP_SIZES.items():
        tpls = TEMPLATES[group]
        order = []
        made = 0
        while made < n:
            if not order:
                order = list(tpls)
                rng.shuffle(order)
            fn = order.pop()
            for attempt in range(40):
                d = Doc(rng)
                text = fn(d)
                errs = validate(group, text, d)
                if not errs and text in seen:
                    errs = ["duplicate text"]
                if errs:
                    fails[fn.__name__] += 1
                    firsterr.setdefault(fn.__name__, errs[0])
                    continue
                seen.add(text)
                uses[fn.__name__] += 1
                mask = sorted(d.mask, key=lambda x: (text.find(x[1]), -len(x[1])))
                keep = sorted(d.keep, key=lambda v: text.find(v))
                block = [GROUP_BLOCK[group]] if group in GROUP_BLOCK else []
                block += sorted(b for b in d.block if b not in block)
                recs.append((group, fn.__name__, {"text": text, "mask": [list(x) for x in mask], "block": block, "keep": keep}))
                made += 1
                break
            else:
                print(f"giving up on {fn.__name__} for now: {firsterr.get(fn.__name__)}", file=sys.stderr)
    rng.shuffle(recs)
    meta = "--meta" in sys.argv
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (group, tname, r) in enumerate(recs, 1):
            rec = {"id": f"c11-{i}", **r}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if meta:
                print(f"c11-{i}\t{group}\t{tname}")
    # report
    out = sys.stderr if meta else sys.stdout
    ntpl = sum(len(v) for v in TEMPLATES.values())
    print(f"wrote {len(recs)} records to {OUT}; {ntpl} templates", file=out)
    gc = collections.Counter(g for g, _, _ in recs)
    print("per group (templates / records):", file=out)
    for g in GROUP_SIZES:
        print(f"  {g:<16}{len(TEMPLATES[g]):>4}{gc[g]:>6}", file=out)
    lc = collections.Counter(l for _, _, r in recs for l, _ in r["mask"])
    print("mask labels:", file=out)
    for l, c in lc.most_common():
        print(f"  {l:<16}{c:>6}", file=out)
    bc = collections.Counter(b for _, _, r in recs for b in r["block"])
    print("block categories:", ", ".join(f"{b}={c}" for b, c in bc.most_common()), file=out)
    print(f"blocked records: {sum(1 for _, _, r in recs if r['block'])}, unblocked: {sum(1 for _, _, r in recs if not r['block'])}", file=out)
    print(f"keep values: {sum(len(r['keep']) for _, _, r in recs)}", file=out)
    unused = [fn.__name__ for g in TEMPLATES for fn in TEMPLATES[g] if not uses[fn.__name__]]
    if unused:
        print("UNUSED templates:", unused, file=out)
    bad = sorted(((fails[t] / (fails[t] + uses[t]), t) for t in fails), reverse=True)[:15]
    if "-v" in sys.argv:
        print("highest rejection rates:", file=out)
        for rate, t in bad:
            print(f"  {t:<32}{rate:6.2f}  e.g. {firsterr[t]}", file=out)


def check_file(path=OUT):
    """Re-validate the written JSONL from disk (independent of the generator's in-memory state)."""
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    texts = collections.Counter(r["text"] for r in recs)
    problems = []
    for r in recs:
        t, mask, keep, block = r["text"], [tuple(x) for x in r["mask"]], r["keep"], set(r["block"])
        e = []
        if texts[t] > 1: e.append("duplicate text")
        for lab, v in mask:
            if v not in t: e.append(f"mask not verbatim {v!r}")
            if lab == "IBAN" and not iban_ok(v): e.append(f"bad iban {v!r}")
            if lab == "BSN" and not bsn_ok(v): e.append(f"bad bsn {v!r}")
            if lab in LABEL_BLOCK and LABEL_BLOCK[lab] not in block: e.append(f"{lab} without block")
        out = simulate(t, mask)
        for lab, v in mask:
            if v in out: e.append(f"mask survives {v!r}")
            for tok in name_tokens(lab, v):
                if re.search(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", out): e.append(f"word survives {tok!r}")
        for v in keep:
            if v not in t or v not in out: e.append(f"keep {v!r}")
        for kind, v in residual_problems(out):
            e.append(f"unlabelled {kind} {v!r}")
        if "CUSTOMER_LIST" in block and len({v for l, v in mask if l == "PERSOON"}) < 5:
            e.append("customer list with < 5 names")
        if e:
            problems.append((r["id"], e))
    print(f"check: {len(recs)} records, {len(problems)} with problems")
    for i, e in problems[:20]:
        print("  ", i, e[:3])
    return not problems


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check_file() else 1)
    main()
