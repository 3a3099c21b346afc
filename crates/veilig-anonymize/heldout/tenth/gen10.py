#!/usr/bin/env python3
"""gen10.py - tenth independent held-out corpus for the veilig Dutch PII anonymizer.

Writes c10.jsonl (2,000 records) next to this file.  Python 3 standard library only,
deterministic (fixed seed).  Every record is validated before it is written; see validate().

Record format (same as the dev set):
    {"id": "c10-N", "text": ..., "mask": [[LABEL, value], ...], "block": [...], "keep": [...]}
"""
import base64
import datetime
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 20101010
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "c10.jsonl")

LABELS = {"PERSOON", "ADRES", "POSTCODE", "EMAIL", "TELEFOON", "IBAN", "KENTEKEN",
          "GEBOORTEDATUM", "BSN", "WACHTWOORD", "API_SLEUTEL"}
BLOCKS = ["BSN", "PASSWORD", "API_KEY", "SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST"]

# How many records each template group gets (sum = 2000).
GROUP_COUNTS = {
    "PASSWORD": 167, "API_KEY": 167, "BSN": 167, "SALARY_SLIP": 167,
    "SIGNED_CONTRACT": 166, "CUSTOMER_LIST": 166,
    "NEG": 334,   # hard negatives: talk about secrets/documents, small lists, drafts, keep values
    "PII": 666,   # ordinary texts with personal data in many forms
}

# --------------------------------------------------------------------------------------------
# Name material (written from general knowledge, mixed origins)
# --------------------------------------------------------------------------------------------
FIRST = {  # origin: (female, male)
    "nl": ("Anouk Sanne Lotte Femke Marieke Ingrid Petra Annemiek Wilma Ria Joke Esther Mirjam Inge "
           "Renate Fleur Roos Noor Tess Julia Lieke Floor Maud Sterre Isa Evi Jet Hanneke Karin Monique "
           "Carla Gerda Trudy Marloes Nienke Merel Ilse Suzan Yvonne Astrid Kim Linda Bianca Daniëlle "
           "Mariska Loes Janneke Sophie Emma Saar Fenna Liv Veerle Margriet Willemijn Geertje".split(),
           "Jeroen Bram Thijs Sander Ruud Henk Kees Gerrit Wim Joost Maarten Pieter Bas Niels Koen Stijn "
           "Daan Sem Lucas Jesse Ruben Tim Rik Gijs Hidde Teun Wouter Erik Marco Arjan Dennis Patrick "
           "Remco Frank Hans Dirk Cor Jos Harm Wessel Job Mats Freek Twan Luuk Olaf Reinier Bart "
           "Jochem Tijmen Floris Gert-Jan Jan-Willem".split()),
    "fy": ("Wietske Tjitske Jildou Baukje Froukje Sietske Rixt Doutzen Hiske Antsje".split(),
           "Sjoerd Hylke Sytse Auke Jelle Wytze Tjeerd Wiebe Durk Jouke".split()),
    "vl": ("Lieselot Annelies Sofie Jolien Lien Elke Hilde Griet Ine Katrien Tine Febe Marthe Nele "
           "Evelien Kaat".split(),
           "Wout Jens Pieter-Jan Kobe Dries Bart Wannes Seppe Lowie Jef Arne Brecht Toon Stef Jonas "
           "Matthias".split()),
    "ma": ("Khadija Fatima Nadia Samira Imane Salma Yasmina Hajar Loubna Naima Soumaya Ikram".split(),
           "Mohammed Youssef Soufiane Hamza Bilal Ilias Zakaria Othman Anas Nordin Said Mourad Karim "
           "Redouan Achraf".split()),
    "tr": ("Elif Ayşe Zeynep Esra Hatice Selin Büşra Derya Tuğba Merve Özlem Gül".split(),
           "Emre Mehmet Burak Mustafa Kerem Murat Serkan Oğuz Gökhan Ahmet Cem Volkan".split()),
    "sr": ("Sunita Anjali Shanti Priya Kavita Asha Reshma Sarita Shanice Giselle Tamara Naomi".split(),
           "Ravi Ramesh Vikash Rishi Dinesh Navin Anand Wensley Rigo Dwayne Quincy Romano".split()),
    "an": ("Shirley Jeanine Miguelina Sharella Ruthmila".split(),
           "Jurgen Giovanni Ricardo Kenneth Shurandy Rignald".split()),
    "mo": ("Dewi Natasja Sandra Yolanda".split(), "Ongky Yohan Ricky Glenn".split()),
    "pl": ("Kasia Agnieszka Magdalena Marta Joanna Ewa Dorota".split(),
           "Tomasz Paweł Piotr Krzysztof Łukasz Marek Grzegorz".split()),
    "cn": (["Mei Ling", "Xiaoyu", "Hui", "Li Na", "Yan Ting"],
           ["Wei", "Jian", "Kevin", "Hao", "Jun"]),
    "gh": ("Abena Ama Ngozi Akosua Efua".split(), "Kwame Kofi Chidi Emeka Yaw Kwabena".split()),
    "sy": ("Lina Nour Rania Hiba Dima Rasha".split(), "Rami Ahmad Omar Tarek Bashar Fadi".split()),
    "er": ("Senait Helen Selam Luwam Saba".split(), "Yonas Filmon Mussie Dawit Samuel".split()),
    "en": ("Emily Charlotte Megan Olivia Grace".split(), "Oliver James Sean Thomas Harry".split()),
    "pt": ("Mariana Ana Inês Lucía Carmen Beatriz".split(), "João Carlos Luís Diego Miguel Rui".split()),
    "it": ("Giulia Francesca Chiara".split(), "Luca Matteo Giorgio".split()),
    "gr": ("Eleni Katerina".split(), "Nikos Giorgos".split()),
}
SUR = {
    "nl": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
           "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
           "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
           "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Jong",
           "Schouten", "van Beek", "Willems", "van Vliet", "Maas", "Verhoeven", "Koster", "van Dam",
           "van der Wal", "Prins", "Blom", "Huisman", "de Jonge", "Kuipers", "van Wijk", "Post",
           "Kuiper", "Kramer", "van den Brink", "Scholten", "van Wijngaarden", "Molenaar", "Groen",
           "Timmermans", "Koning", "Hoek", "Klein", "Schaap", "Vink", "Spijker", "Winter", "Stam",
           "Haas", "ter Horst", "ten Cate", "van 't Hof", "in 't Veld", "Zwart", "Snoek", "Sluiter",
           "Wolters", "Doornbos", "Oosterhuis", "Verbeek", "van Rossum", "Kroon", "Hofstede",
           "Lamers", "Roelofs", "van Aalst", "Gerritsen", "Boerma", "Lammers", "Wijnands", "Rozendaal",
           "Brinkman", "Noordhuis", "van Gils", "op den Kamp", "van Essen", "Kieviet", "de Lange"],
    "fy": ["Hoekstra", "Dijkstra", "Wiersma", "Terpstra", "Bosma", "Sikkema", "Zijlstra", "Jelsma",
           "Hiemstra", "Feenstra", "Kooistra", "de Haan", "Boersma", "Tuinstra"],
    "vl": ["Claes", "Goossens", "Wouters", "De Smet", "Van Damme", "Verstraete", "Vanden Bossche",
           "Desmet", "Maes", "Janssens", "Van de Velde", "Mertens", "Dewulf", "Vandenberghe",
           "Lambrecht", "De Clercq", "Vercammen", "Cools", "Van Aken", "Peeters", "Vermeersch",
           "D'Hondt", "Verhaegen", "De Backer"],
    "ma": ["El Amrani", "Bouzid", "Benali", "El Idrissi", "Ait Taleb", "Boukhari", "Ouali", "Azzouzi",
           "El Khattabi", "Haddouchi", "Mourabit", "Chaouki", "Ben Salah", "Amezian", "Tahiri",
           "El Ouardi"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Öztürk", "Çelik", "Aydın", "Şahin", "Doğan", "Arslan", "Koç",
           "Kurt", "Güler", "Yıldız", "Aksoy", "Korkmaz", "Polat"],
    "sr": ["Ramsaran", "Baldew", "Mahabier", "Soekhai", "Jagroep", "Ramdin", "Bhoendie", "Kalloe",
           "Sewnath", "Ramautar", "Kartoredjo", "Pinas", "Doelwijt", "Vanenburg", "Zschuschen"],
    "an": ["Martina", "Isenia", "Rosalia", "Girigorie", "Koeiman", "Pieternella", "Statia"],
    "mo": ["Latumahina", "Pattipeilohy", "Sahetapy", "Manuhutu", "Tuhumury"],
    "pl": ["Kowalczyk", "Nowak", "Wiśniewski", "Zieliński", "Lewandowska", "Wójcik", "Kamińska", "Mazur"],
    "cn": ["Chen", "Zhang", "Wong", "Liu", "Lam", "Tan", "Cheung"],
    "gh": ["Mensah", "Owusu", "Boateng", "Asante", "Okafor", "Adeyemi"],
    "sy": ["Haddad", "Alhassan", "Khoury", "Al-Masri", "Nasser", "Haj Ali"],
    "er": ["Tesfay", "Gebremedhin", "Haile", "Tekle", "Berhane"],
    "en": ["Thompson", "Walsh", "Bennett", "O'Brien", "Harrison"],
    "pt": ["Silva", "Fernandes", "Lopes", "Gonçalves", "García Moreno", "Rodrigues", "dos Santos"],
    "it": ["Rossi", "Esposito", "Bianchi", "De Luca"],
    "gr": ["Papadopoulos", "Georgiou"],
}
ORIGINS = [("nl", 40), ("fy", 5), ("vl", 9), ("ma", 8), ("tr", 7), ("sr", 6), ("an", 2), ("mo", 2),
           ("pl", 4), ("cn", 3), ("gh", 2), ("sy", 3), ("er", 2), ("en", 2), ("pt", 2), ("it", 1), ("gr", 1)]

CONSUMER_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl",
                    "xs4all.nl", "icloud.com", "yahoo.com", "hetnet.nl", "planet.nl", "proton.me",
                    "home.nl", "upcmail.nl", "gmx.net", "zeelandnet.nl", "online.nl", "hotmail.nl",
                    "outlook.be", "telenet.be", "skynet.be", "msn.com"]
COMPANY_WORDS = [("Bakkerij", "De Korenbloem"), ("Installatiebedrijf", "Noordkaap"), ("Fysiotherapie", "De Linde"),
                 ("Schildersbedrijf", "Kleurrijk"), ("Administratiekantoor", "Het Anker"),
                 ("Hoveniersbedrijf", "Groenlust"), ("Tandartspraktijk", "Witte Tanden"),
                 ("Autobedrijf", "De Kruising"), ("Kinderopvang", "Het Speelnest"), ("Makelaardij", "Vastgoed Oost"),
                 ("Koffiebranderij", "De Molen"), ("Drukkerij", "Papierwerk"), ("Zorggroep", "Zonnehoek"),
                 ("Advocatenkantoor", "Meerzicht"), ("Bouwbedrijf", "De Eik"), ("ICT-bureau", "Bitwijs"),
                 ("Woningcorporatie", "Thuis aan de Dijk"), ("Fietsenmaker", "Trapvast"),
                 ("Schoonmaakbedrijf", "Glans"), ("Accountantskantoor", "Cijferwerk"),
                 ("Dierenkliniek", "De Waakhond"), ("Sportschool", "Fitlab"), ("Notariskantoor", "Lindeboom"),
                 ("Stichting", "Buurtkracht"), ("Transportbedrijf", "Snelweg Noord"),
                 ("Webshop", "Tuinplezier"), ("Uitzendbureau", "Werkmaat"), ("Hotel", "Het Veerhuis")]
COMPANY_DOMAINS = ["korenbloem-bakkerij.nl", "noordkaap-installatie.nl", "fysiodelinde.nl", "kleurrijkschilders.nl",
                   "hetanker-administratie.nl", "groenlust-hoveniers.nl", "wittetanden.nl", "autodekruising.nl",
                   "hetspeelnest.nl", "vastgoedoost.nl", "koffiedemolen.nl", "papierwerk-druk.nl",
                   "zorggroepzonnehoek.nl", "meerzicht-advocaten.nl", "bouwbedrijfdeeik.nl", "bitwijs.nl",
                   "thuisaandedijk.nl", "trapvast.nl", "glans-schoonmaak.nl", "cijferwerk.nl",
                   "dewaakhond-dierenkliniek.nl", "fitlab-sport.nl", "notarislindeboom.nl", "buurtkracht.org",
                   "snelwegnoord.nl", "tuinplezier-shop.nl", "werkmaat.nl", "hetveerhuis.nl",
                   "zuidwal-consult.be", "brugsemolen.be", "kantoorpunt.be", "de-zeshoek.nl",
                   "regiozorgwest.nl", "polderwind.nl", "fietsfabriek-oost.nl"]

NL_CITIES = ["Zwolle", "Deventer", "Amersfoort", "Leeuwarden", "Apeldoorn", "Tiel", "Gouda", "Schiedam",
             "Zaandam", "Heerlen", "Venlo", "Roosendaal", "Assen", "Emmen", "Hoorn", "Alkmaar", "Haarlem",
             "Utrecht", "Rotterdam", "Amsterdam", "Den Haag", "Eindhoven", "Tilburg", "Breda", "Nijmegen",
             "Arnhem", "Enschede", "Hengelo", "Groningen", "Maastricht", "Sittard", "Delft", "Leiden",
             "Dordrecht", "Zoetermeer", "Almere", "Lelystad", "Harderwijk", "Ede", "Wageningen", "Veenendaal",
             "Zeist", "Hilversum", "Bussum", "Purmerend", "Den Helder", "Middelburg", "Vlissingen", "Goes",
             "Terneuzen", "Bergen op Zoom", "Oss", "Uden", "Veghel", "Helmond", "Weert", "Roermond",
             "Doetinchem", "Winterswijk", "Zutphen", "Kampen", "Meppel", "Hoogeveen", "Sneek", "Drachten",
             "Heerenveen", "Harlingen", "Dokkum", "Stadskanaal", "Winschoten", "Culemborg", "Gorinchem",
             "Woerden", "Nieuwegein", "Houten", "Alphen aan den Rijn", "Katwijk", "Noordwijk", "Heemskerk",
             "Beverwijk", "Vlaardingen", "Maassluis", "Spijkenisse", "Barendrecht", "Rijswijk", "Wassenaar",
             "Nunspeet", "Elburg", "Steenwijk", "Coevorden", "Boxtel", "Vught", "Waalwijk", "Oosterhout",
             "Etten-Leur", "Zevenbergen", "Zaltbommel", "Tholen", "Sint-Oedenrode", "Baarn", "Soest"]
BE_CITIES = [("9000", "Gent"), ("8000", "Brugge"), ("3000", "Leuven"), ("2800", "Mechelen"), ("9300", "Aalst"),
             ("8500", "Kortrijk"), ("3500", "Hasselt"), ("3600", "Genk"), ("2300", "Turnhout"),
             ("9100", "Sint-Niklaas"), ("2500", "Lier"), ("8800", "Roeselare"), ("8400", "Oostende"),
             ("9200", "Dendermonde"), ("2440", "Geel"), ("2400", "Mol"), ("8900", "Ieper"), ("3300", "Tienen"),
             ("2000", "Antwerpen"), ("2600", "Berchem"), ("9800", "Deinze"), ("9400", "Ninove")]
STREET_PRE = ["Berken", "Eiken", "Linden", "Beuken", "Esdoorn", "Kastanje", "Wilgen", "Populieren", "Meidoorn",
              "Vlier", "Hazelaar", "Lijsterbes", "Iepen", "Platanen", "Seringen", "Rozen", "Tulpen",
              "Narcissen", "Krokus", "Anjer", "Klaver", "Distel", "Zonnebloem", "Lelie", "Merel", "Lijster",
              "Vinken", "Zwaluw", "Reiger", "Kievit", "Specht", "Uilen", "Kerk", "Molen", "School", "Dorps",
              "Stations", "Haven", "Markt", "Veer", "Brug", "Sluis", "Polder", "Weide", "Heide", "Duin",
              "Zand", "Klei", "Smeden", "Wevers", "Touwslagers", "Zeilmakers", "Koren", "Hooi", "Zuider",
              "Noorder", "Ooster", "Wester", "Juliana", "Beatrix", "Rembrandt", "Vondel", "Thorbecke",
              "Mozart", "Schubert", "Spinoza", "Erasmus", "Hobbema", "Ruisdael", "Vermeer", "Jan Steen",
              "Bilderdijk", "Da Costa", "Van Speijk", "Tesselschade", "Ambachts", "Gilden", "Nachtegaal",
              "Boekweit", "Rogge", "Haver", "Vlas", "Hennep", "Plataan", "Eikenhout", "Watermolen",
              "Schaapskooi", "Kaaspakhuis", "Lindeboom"]
STREET_SUF = ["straat"] * 6 + ["laan"] * 4 + ["weg"] * 3 + ["plein", "singel", "gracht", "kade", "dijk", "hof",
              "pad", "steeg", "dreef", "erf", "baan", "ring", "park", "wal", "akker", "hoeve", "veld", "zoom"]
STREET_FULL = ["Oude Gracht", "Nieuwe Binnenweg", "Lange Nieuwstraat", "Korte Vijverstraat", "Hoge Dijk",
               "Achter de Kerk", "Burgemeester Hoogstratenlaan", "Prinses Margrietstraat", "Graaf Florislaan",
               "Dokter Schaepmanlaan", "Laan van de Helende Meesters", "Zuiderzeestraatweg", "Oude Haven",
               "Nieuwe Markt", "Koningin Wilhelminaweg", "Van Heemskerckstraat", "Laan van Vollenhove",
               "Kleine Houtstraat", "Groot Hertoginnelaan", "Sint Jorisstraat", "Pastoor van Arsstraat",
               "Generaal Foulkesweg", "Burgemeester Bloemersstraat", "Achterom", "Voorstraat", "Kromme Elleboog"]
BE_STREET_PRE = ["Kerk", "Molen", "Stations", "Nieuw", "Dorps", "Veld", "Bos", "Kapel", "Kouter", "Hoog",
                 "School", "Linde", "Meers", "Beek", "Berg", "Heide", "Brugse", "Gentse", "Kortrijkse",
                 "Antwerpse", "Mechelse", "Leuvense", "Tiense", "Abdij", "Begijnhof", "Vlas", "Hop"]
BE_STREET_SUF = ["straat"] * 5 + ["laan", "steenweg", "dreef", "plein", "lei", "dries", "baan", "weg", "hof"]

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]
MND = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAG_KORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
AREA3 = ["010", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040", "043", "045", "046",
         "050", "053", "055", "058", "070", "071", "072", "073", "074", "075", "076", "077", "078", "079"]
AREA4 = ["0111", "0113", "0118", "0161", "0164", "0172", "0174", "0180", "0182", "0184", "0222", "0223",
         "0224", "0226", "0228", "0251", "0252", "0294", "0297", "0299", "0313", "0314", "0315", "0318",
         "0320", "0321", "0341", "0342", "0343", "0344", "0345", "0346", "0348", "0411", "0413", "0416",
         "0418", "0475", "0478", "0481", "0485", "0486", "0488", "0492", "0493", "0495", "0497", "0499",
         "0511", "0512", "0513", "0514", "0515", "0516", "0517", "0519", "0521", "0522", "0523", "0524",
         "0525", "0527", "0528", "0529", "0541", "0543", "0544", "0545", "0546", "0547", "0548", "0561",
         "0566", "0570", "0571", "0572", "0573", "0575", "0577", "0591", "0592", "0593", "0594", "0595",
         "0596", "0597", "0598", "0599"]
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "HAND", "NNBA"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDECODES = ["LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9",
             "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9"]
CARS = ["Volkswagen Polo", "Toyota Yaris", "Kia Niro", "Peugeot 208", "Skoda Octavia", "Renault Clio",
        "Opel Corsa", "Tesla Model 3", "Volvo V60", "Ford Transit", "Mercedes Vito", "Fiat Ducato",
        "Hyundai Kona", "BMW 3-serie", "Citroën Berlingo", "Volkswagen Caddy", "Mazda CX-5", "Škoda Enyaq"]
SYSTEMS = ["Exact Online", "AFAS", "Nmbrs", "Moneybird", "Mijn KPN Zakelijk", "Salesforce", "Visma",
           "Twinfield", "Magento", "WordPress", "SnelStart", "Nedap ONS", "TOPdesk", "Simplicate",
           "Teamleader", "Loket.nl", "Mailchimp", "Canva", "Shopify", "Jortt", "Yuki", "Zenvoices",
           "Microsoft 365", "Google Workspace", "Rabo Internetbankieren Zakelijk", "Bol.com partnerplatform"]

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPERDIG = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
def ascii_fold(s):
    s = (s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
         .replace("æ", "ae"))
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def elfproef(digits):
    d = [int(x) for x in digits]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def iban_check(country, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return "%02d" % (98 - int(num) % 97)


def money(x, cents=True):
    """Dutch notation: 1.234,56"""
    whole = int(round(x * 100)) // 100
    c = int(round(x * 100)) % 100
    w = "{:,}".format(whole).replace(",", ".")
    return f"{w},{c:02d}" if cents else w


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# --------------------------------------------------------------------------------------------
# Record context: every value that ends up in the text is registered through it
# --------------------------------------------------------------------------------------------
class Person:
    def __init__(self, c, first, sur, g):
        self.c, self._first, self._sur, self.g = c, first, sur, g
        self._mid = c.r.choice("ABCDEFGHIJKLMNPRSTW")
        self._email = None

    # raw forms (not registered)
    @property
    def full_raw(self):
        return f"{self._first} {self._sur}"

    @property
    def Sur_raw(self):
        return self._sur[0].upper() + self._sur[1:]

    @property
    def ini_raw(self):
        parts = re.split(r"[ -]", self._first)
        return "".join(p[0] + "." for p in parts if p)

    def _m(self, v):
        return self.c.M("PERSOON", v)

    # registered forms
    @property
    def full(self):
        return self._m(self.full_raw)

    @property
    def first(self):
        return self._m(self._first)

    @property
    def first_l(self):
        return self._m(self._first.lower())

    @property
    def full_l(self):
        return self._m(self.full_raw.lower())

    @property
    def sur(self):
        return self._m(self._sur)

    @property
    def Sur(self):
        return self._m(self.Sur_raw)

    @property
    def SUR(self):
        return self._m(self._sur.upper())

    @property
    def ini(self):  # J. de Vries
        return self._m(f"{self.ini_raw} {self._sur}")

    @property
    def inis(self):  # J.P. de Vries
        i = self.ini_raw if len(self.ini_raw) > 2 else self.ini_raw + self._mid + "."
        return self._m(f"{i} {self._sur}")

    @property
    def title(self):
        return "mevrouw" if self.g == "f" else "meneer"

    @property
    def Title(self):
        return self.title.capitalize()

    @property
    def aanhef(self):
        return "Geachte " + ("mevrouw " if self.g == "f" else "heer ") + self.Sur

    @property
    def formal(self):  # mevrouw De Vries
        return f"{self.title} {self.Sur}"

    @property
    def Formal(self):
        return f"{self.Title} {self.Sur}"

    @property
    def dhr(self):  # mevr. J. de Vries / dhr. J. de Vries
        return ("mevr. " if self.g == "f" else "dhr. ") + self.ini

    @property
    def sur_first(self):  # De Vries, Jan
        return self._m(f"{self.Sur_raw}, {self._first}")

    @property
    def en_title(self):
        return "Ms" if self.g == "f" else "Mr"

    def pick(self, weights=None):
        """A random, realistic reference to this person."""
        forms = ["full"] * 6 + ["first"] * 2 + ["ini"] * 2 + ["inis", "formal"]
        f = self.c.r.choice(forms)
        return getattr(self, f)

    @property
    def email(self):
        if self._email is None:
            r = self.c.r
            f, s = slug(self._first), slug(self._sur)
            st = r.randint(0, 9)
            local = [f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s}", f"{f}_{s}", f"{f}{r.randint(1, 99)}",
                     f"{s}.{f[0]}", f"{f}.{s[0]}", f"{f[0]}{s}", f"{f}.{s}{r.randint(70, 99)}",
                     f"{f}-{s}"][st]
            dom = r.choice(CONSUMER_DOMAINS) if r.random() < 0.7 else r.choice(COMPANY_DOMAINS)
            self._email = f"{local}@{dom}"
        return self.c.M("EMAIL", self._email)

    @property
    def email_raw(self):
        self.email
        return self._email


class Addr:
    def __init__(self, c, flemish=False):
        r = c.r
        self.c = c
        self.flemish = flemish
        if flemish:
            street = r.choice(BE_STREET_PRE) + r.choice(BE_STREET_SUF)
            street = street.replace("Nieuwstraat", "Nieuwstraat")
            nr = str(r.randint(1, 260))
            add = r.choice(["", "", "", " bus " + str(r.randint(1, 24)), " bus " + str(r.randint(101, 305)),
                            "/" + str(r.randint(1, 12)), "A", " bus 0" + str(r.randint(1, 9)), ""])
            self.line_raw = f"{street} {nr}{add}"
            self.pcnum, self.city = r.choice(BE_CITIES)
            self.pc_raw = None
        else:
            if r.random() < 0.2:
                street = r.choice(STREET_FULL)
            else:
                pre = r.choice(STREET_PRE)
                suf = r.choice(STREET_SUF)
                street = pre + ("" if " " not in pre else "") + suf
                if " " in pre:
                    street = pre + suf  # "Jan Steenstraat"
            nr = str(r.randint(1, 320))
            add = r.choice([""] * 12 + ["a", "A", "b", "B", "-1", "-2", "-3", " bis", "-III", "-hs", " hs",
                                         " A", " C", "-bis", "-II", "-101", " rd", "-zw"])
            self.line_raw = f"{street} {nr}{add}"
            num = r.randint(1011, 9994)
            while True:
                lt = rs(r, 2, "ABCDEFGHJKLMNPRSTVWXZ")
                if lt not in ("SA", "SD", "SS"):
                    break
            self.pcnum, self.pclet = str(num), lt
            self.pc_raw = f"{num} {lt}" if r.random() < 0.6 else f"{num}{lt}"
            self.city = r.choice(NL_CITIES)

    @property
    def line(self):
        return self.c.M("ADRES", self.line_raw)

    @property
    def line_l(self):
        return self.c.M("ADRES", self.line_raw.lower())

    @property
    def pc(self):
        return self.c.M("POSTCODE", self.pc_raw)

    @property
    def pc_l(self):
        return self.c.M("POSTCODE", (self.pcnum + self.pclet).lower())

    @property
    def pc_city(self):
        if self.flemish:
            return f"{self.pcnum} {self.city}"
        return f"{self.pc} {self.city}"

    @property
    def oneline(self):
        return f"{self.line}, {self.pc_city}"

    @property
    def twoline(self):
        sep = "  " if (not self.flemish and self.c.r.random() < 0.3) else " "
        if self.flemish:
            return f"{self.line}\n{self.pcnum} {self.city}"
        return f"{self.line}\n{self.pc}{sep}{self.city.upper() if self.c.r.random() < 0.3 else self.city}"


class Ctx:
    def __init__(self, r):
        self.r = r
        self.mask = []
        self.keep = []
        self._used_first = set()

    def M(self, label, v):
        assert label in LABELS, label
        if [label, v] not in self.mask:
            self.mask.append([label, v])
        return v

    def K(self, v):
        if v not in self.keep:
            self.keep.append(v)
        return v

    def pick(self, seq):
        return self.r.choice(seq)

    def alt(self, fns):
        """Pick one alternative and build only that one (so only its values get registered)."""
        return self.r.choice(fns)()

    # ---- people ----
    def person(self, origin=None, g=None):
        r = self.r
        for _ in range(50):
            o = origin or r.choices([o for o, _ in ORIGINS], [w for _, w in ORIGINS])[0]
            gg = g or r.choice("fm")
            first = r.choice(FIRST[o][0 if gg == "f" else 1])
            so = o if r.random() < 0.82 else r.choices([o for o, _ in ORIGINS], [w for _, w in ORIGINS])[0]
            sur = r.choice(SUR[so])
            if so in ("nl", "fy") and r.random() < 0.08:
                s2 = r.choice(SUR["nl"] + SUR["fy"])
                if s2 != sur:
                    sur = f"{sur}-{s2}"
            if first in self._used_first:
                continue
            self._used_first.add(first)
            return Person(self, first, sur, gg)
        raise RuntimeError("no person")

    def people(self, n, **kw):
        return [self.person(**kw) for _ in range(n)]

    def addr(self, flemish=None, bus=False):
        if flemish is None:
            flemish = self.r.random() < 0.15
        a = Addr(self, flemish)
        if bus and flemish and " bus " not in a.line_raw:
            a.line_raw = re.sub(r"(/\d+|A)$", "", a.line_raw) + " bus " + str(self.r.randint(1, 32))
        return a

    def city(self):
        return self.r.choice(NL_CITIES)

    def company(self):
        a, b = self.r.choice(COMPANY_WORDS)
        return f"{a} {b}"

    def cdomain(self):
        return self.r.choice(COMPANY_DOMAINS)

    def cmail(self, local=None):
        local = local or self.r.choice(["info", "administratie", "support", "facturen", "hr", "planning",
                                         "klantenservice", "secretariaat", "boekhouding", "receptie"])
        return self.M("EMAIL", f"{local}@{self.cdomain()}")

    # ---- structured values ----
    def phone(self, kind=None):
        r = self.r
        kind = kind or r.choice(["mob"] * 5 + ["fix3"] * 2 + ["fix4"] * 2 + ["be"])
        if kind == "mob":
            d = "6" + r.choice("123458") + "".join(str(r.randint(0, 9)) for _ in range(7))
            s = d[1:]
            f = r.choice([f"06-{s}", f"06 {s}", f"06 {s[:4]} {s[4:]}", f"06-{s[:4]} {s[4:]}", f"06{s}",
                          f"+31 6 {s}", f"+316{s}", f"+31 (0)6 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                          f"0031 6 {s[:4]} {s[4:]}", f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                          f"+31 6 {s[:4]} {s[4:]}", f"06 - {s}"])
        elif kind == "fix3":
            a = r.choice(AREA3)
            s = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6))
            f = r.choice([f"{a}-{s}", f"{a} {s[:3]} {s[3:]}", f"({a}) {s[:3]} {s[3:5]} {s[5:]}",
                          f"+31 {a[1:]} {s[:3]} {s[3:]}", f"+31 (0){a[1:]} {s}", f"{a}{s}", f"{a} - {s}",
                          f"{a}-{s[:3]} {s[3:5]} {s[5:]}"])
        elif kind == "fix4":
            a = r.choice(AREA4)
            s = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(5))
            f = r.choice([f"{a}-{s}", f"{a} {s}", f"({a}) {s[:2]} {s[2:4]} {s[4:]}", f"+31 {a[1:]} {s[:3]} {s[3:]}",
                          f"{a}-{s[:2]} {s[2:4]} {s[4:]}", f"{a}{s}"])
        else:  # Belgian
            if r.random() < 0.6:
                s = r.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485",
                              "486", "487", "488", "489", "494", "495", "496", "497", "498", "499"])
                t = "".join(str(r.randint(0, 9)) for _ in range(6))
                f = r.choice([f"0{s} {t[:2]} {t[2:4]} {t[4:]}", f"+32 {s} {t[:2]} {t[2:4]} {t[4:]}",
                              f"0{s}/{t[:2]}.{t[2:4]}.{t[4:]}", f"+32{s}{t}", f"0{s} {t[:3]} {t[3:]}"])
            else:
                a = r.choice(["9", "3", "2", "50", "56", "11", "16", "14", "52", "53", "15", "59"])
                n = 8 - len(a)
                t = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
                if len(a) == 1:
                    f = r.choice([f"0{a} {t[:3]} {t[3:5]} {t[5:]}", f"+32 {a} {t[:3]} {t[3:5]} {t[5:]}",
                                  f"0{a}/{t[:3]}.{t[3:5]}.{t[5:]}"])
                else:
                    f = r.choice([f"0{a} {t[:2]} {t[2:4]} {t[4:]}", f"+32 {a} {t[:2]} {t[2:4]} {t[4:]}",
                                  f"0{a}/{t[:2]}.{t[2:4]}.{t[4:]}"])
        return self.M("TELEFOON", f)

    def iban(self, kind=None, grouped=None):
        r = self.r
        kind = kind or ("be" if r.random() < 0.12 else "nl")
        if kind == "nl":
            bban = r.choice(NL_BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
            ib = "NL" + iban_check("NL", bban) + bban
        else:
            first10 = "".join(str(r.randint(0, 9)) for _ in range(10))
            nc = int(first10) % 97 or 97
            bban = first10 + "%02d" % nc
            ib = "BE" + iban_check("BE", bban) + bban
        assert iban_ok(ib)
        if grouped is None:
            grouped = r.random() < 0.45
        if grouped:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return self.M("IBAN", ib)

    def bsn_raw(self):
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            s = sum(d[i] * (9 - i) for i in range(8)) % 11
            if s < 10:
                digits = "".join(map(str, d)) + str(s)
                assert elfproef(digits)
                return digits

    def bsn(self, fmt=None):
        d = self.bsn_raw()
        fmt = fmt or self.r.choice(["plain"] * 5 + ["dot42", "dot33", "sp33", "sp423"])
        v = {"plain": d, "dot42": f"{d[:4]}.{d[4:6]}.{d[6:]}", "dot33": f"{d[:3]}.{d[3:6]}.{d[6:]}",
             "sp33": f"{d[:3]} {d[3:6]} {d[6:]}", "sp423": f"{d[:4]} {d[4:6]} {d[6:]}"}[fmt]
        return self.M("BSN", v)

    def non_elf9(self, first=None):
        r = self.r
        while True:
            d = str(first or r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
            if not elfproef(d):
                return d

    def order_nr(self):
        return self.K(self.non_elf9())

    def rand_date(self, y0=1940, y1=2007):
        r = self.r
        start = datetime.date(y0, 1, 1).toordinal()
        end = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(r.randint(start, end))

    def dob(self, fmt=None, y0=1940, y1=2007):
        d = self.rand_date(y0, y1)
        fmt = fmt or self.r.choice(["dmy-", "dmy-", "d-m-y", "dmy/", "dmy.", "long", "long", "mnd.", "mnd",
                                    "dmy2", "iso", "dmY-mnd", "dmy/2"])
        return self.M("GEBOORTEDATUM", fmt_date(d, fmt))

    def plate_raw(self, style=None):
        r = self.r
        sc = r.choice(SIDECODES)
        out = "".join(r.choice(PLATE_LETTERS) if ch == "L" else
                      (str(r.randint(1 if (i == 0 or sc[i - 1] == "-") else 0, 9)) if ch == "9" else "-")
                      for i, ch in enumerate(sc))
        style = style or r.choice(["dash"] * 5 + ["nodash", "lower", "lowernodash"])
        if style == "nodash":
            out = out.replace("-", "")
        elif style == "lower":
            out = out.lower()
        elif style == "lowernodash":
            out = out.replace("-", "").lower()
        return out

    def plate(self, style=None):
        return self.M("KENTEKEN", self.plate_raw(style))

    def pw_raw(self, kind=None):
        r = self.r
        kind = kind or r.choice(["random", "random", "season", "word", "phrase", "leet", "random2"])
        words = ["Tulpen", "Fietsbel", "Koffie", "Zonnebloem", "Molenwiek", "Dijkgraaf", "Stroopwafel",
                 "Regenboog", "Kaasschaaf", "Ooievaar", "Paardebloem", "Hagelslag", "Sneeuwpop", "Vuurtoren",
                 "Kikker", "Waterlelie", "Windmolen", "Zeehond", "Pannenkoek", "Lantaarn", "Hyacint"]
        if kind == "random":
            while True:
                v = rs(r, r.randint(10, 16), ALNUM + "!@#$%&*?-_")
                if re.search(r"\d", v) and re.search(r"[A-Z]", v) and re.search(r"[a-z]", v):
                    return v
        if kind == "random2":
            return rs(r, 4, ALNUM) + "-" + rs(r, 4, ALNUM) + "-" + rs(r, 4, ALNUM)
        if kind == "season":
            return r.choice(["Zomer", "Winter", "Lente", "Herfst", "Welkom", "Voorjaar", "Najaar"]) + \
                str(r.choice([2023, 2024, 2025, 2026, 24, 25, 1, 12, 123])) + r.choice(["!", "?", "#", "!!", "$", ""])
        if kind == "word":
            return r.choice(words) + r.choice(["#", "&", "!", "@", "_", "*"]) + str(r.randint(10, 9999))
        if kind == "phrase":
            w = ["regen", "lepel", "paars", "fiets", "kaars", "molen", "appel", "sloot", "tegel", "wolk",
                 "kruik", "zadel", "vlieger", "emmer", "bezem", "knoop", "schelp", "parel"]
            return "-".join(r.sample(w, 3)) + "-" + str(r.randint(10, 99))
        if kind == "leet":
            return r.choice(["W3lk0m!", "P@ssw0rd", "Z0m3r!", "K@ntoor", "Adm1n#", "S3cr3t!", "Vr1jd@g",
                             "Fr1ts!", "M@ndag", "B0ekh0ud"]) + str(r.choice([2024, 2025, 2026, 1, 12, 99]))
        if kind == "wifi":
            return r.choice([rs(r, 12, "abcdefghkmnpqrstuvwxyz23456789"),
                             r.choice(words) + r.choice(words).lower() + str(r.randint(10, 99)),
                             rs(r, 16, "0123456789ABCDEF")])
        raise ValueError(kind)

    def pw(self, kind=None):
        return self.M("WACHTWOORD", self.pw_raw(kind))

    def pin(self, n=4):
        r = self.r
        while True:
            v = "".join(str(r.randint(0, 9)) for _ in range(n))
            if len(set(v)) > 2 and v not in ("1234", "0000", "12345", "123456"):
                return self.M("WACHTWOORD", v)

    def key(self, kind):
        return self.M("API_SLEUTEL", gen_key(self.r, kind))

    # ---- keep values ----
    def amt(self, lo=5, hi=5000, fmt=None, cents=None):
        r = self.r
        x = r.uniform(lo, hi)
        if cents is None:
            cents = r.random() < 0.5
        n = money(x, cents) if cents else money(round(x), False)
        fmt = fmt or r.choice(["€ {}", "€{}", "EUR {}", "{} euro", "€ {},-", "€{},-", "€ {}"])
        if ",-" in fmt and cents:
            fmt = "€ {}"
        return self.K(fmt.format(n))

    def meet(self, fmt=None, y0=2025, y1=2026):
        d = self.rand_date(y0, y1)
        while d.weekday() > 4:
            d = self.rand_date(y0, y1)
        fmt = fmt or self.r.choice(["wd_d_m", "wd_d_m", "d_m_y", "dmy-", "wdk_d_m", "d_m", "dmy/"])
        return self.K(fmt_date(d, fmt))

    def meet_pair(self, fmt, min_days=5, max_days=200, y0=2025, y1=2026):
        """Two ordered dates (start, end), both registered as keep values."""
        d = self.rand_date(y0, y1)
        while d.weekday() > 4:
            d = self.rand_date(y0, y1)
        e = d + datetime.timedelta(days=self.r.randint(min_days, max_days))
        return self.K(fmt_date(d, fmt)), self.K(fmt_date(e, fmt))

    def time(self):
        r = self.r
        return f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}"

    def tick(self):
        """Increasing clock for chat transcripts."""
        if not hasattr(self, "_clock"):
            self._clock = self.r.randint(7 * 60, 16 * 60)
            self._chatday = self.rand_date(2025, 2025)
        self._clock += self.r.randint(0, 4)
        return f"{self._clock // 60:02d}:{self._clock % 60:02d}"


def fmt_date(d, fmt):
    D, M, Y = d.day, d.month, d.year
    return {
        "dmy-": f"{D:02d}-{M:02d}-{Y}", "d-m-y": f"{D}-{M}-{Y}", "dmy/": f"{D:02d}/{M:02d}/{Y}",
        "dmy.": f"{D:02d}.{M:02d}.{Y}", "long": f"{D} {MAANDEN[M - 1]} {Y}", "mnd.": f"{D} {MND[M - 1]} {Y}",
        "mnd": f"{D} {MND[M - 1].rstrip('.')} {Y}", "dmy2": f"{D:02d}-{M:02d}-{Y % 100:02d}",
        "iso": f"{Y}-{M:02d}-{D:02d}", "en_long": f"{D} {MONTHS_EN[M - 1]} {Y}",
        "en_us": f"{MONTHS_EN[M - 1]} {D}, {Y}", "dmY-mnd": f"{D:02d}-{MND[M - 1].rstrip('.')}-{Y}",
        "dmy/2": f"{D:02d}/{M:02d}/{Y % 100:02d}",
        "wd_d_m": f"{DAGEN[d.weekday()]} {D} {MAANDEN[M - 1]}", "d_m_y": f"{D} {MAANDEN[M - 1]} {Y}",
        "wdk_d_m": f"{DAG_KORT[d.weekday()]} {D} {MND[M - 1].rstrip('.')}", "d_m": f"{D} {MAANDEN[M - 1]}",
        "wd_d_m_y": f"{DAGEN[d.weekday()]} {D} {MAANDEN[M - 1]} {Y}",
        "en_wd": f"{['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][d.weekday()]} {D} {MONTHS_EN[M - 1]}",
        "en_d_m": f"{D} {MONTHS_EN[M - 1]}",
    }[fmt]


def gen_key(r, kind):
    if kind == "openai":
        return "sk-proj-" + rs(r, r.choice([48, 64, 96]), ALNUM + "_-")
    if kind == "openai_old":
        return "sk-" + rs(r, 48)
    if kind == "anthropic":
        return "sk-ant-api03-" + rs(r, 93, ALNUM + "_-") + "AA"
    if kind == "aws_id":
        return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if kind == "aws_secret":
        return rs(r, 40, ALNUM + "/+")
    if kind == "github":
        return "ghp_" + rs(r, 36)
    if kind == "github_fg":
        return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)
    if kind == "gitlab":
        return "glpat-" + rs(r, 20, ALNUM + "_-")
    if kind == "google":
        return "AIza" + rs(r, 35, ALNUM + "_-")
    if kind == "stripe":
        return r.choice(["sk_live_", "rk_live_"]) + rs(r, r.choice([24, 34, 99]))
    if kind == "stripe_wh":
        return "whsec_" + rs(r, 32)
    if kind == "mollie":
        return r.choice(["live_", "live_", "test_"]) + rs(r, 30)
    if kind == "mollie_org":
        return "access_" + rs(r, 40)
    if kind == "slack_bot":
        return r.choice(["xoxb-", "xoxp-"]) + "".join(str(r.randint(0, 9)) for _ in range(12)) + "-" + \
            "".join(str(r.randint(0, 9)) for _ in range(13)) + "-" + rs(r, 24)
    if kind == "slack_hook":
        return "https://hooks.slack.com/services/T" + rs(r, 10, UPPERDIG) + "/B" + rs(r, 10, UPPERDIG) + "/" + rs(r, 24)
    if kind == "discord_hook":
        return "https://discord.com/api/webhooks/1" + "".join(str(r.randint(0, 9)) for _ in range(18)) + "/" + \
            rs(r, 68, ALNUM + "_-")
    if kind == "sendgrid":
        return "SG." + rs(r, 22, ALNUM + "_-") + "." + rs(r, 43, ALNUM + "_-")
    if kind == "hex32":
        return rs(r, 32, HEX)
    if kind == "twilio_sk":
        return "SK" + rs(r, 32, HEX)
    if kind == "azure_key":
        return base64.b64encode(bytes(r.randint(0, 255) for _ in range(64))).decode()
    if kind == "azure_sas":
        return "sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-12-31T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig=" + \
            rs(r, 43, ALNUM + "%") + "%3D"
    if kind == "jwt":
        hdr = b64url(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
        iat = r.randint(1735000000, 1760000000)
        pl = b64url(json.dumps({"sub": str(r.randint(10000, 99999)), "role": r.choice(["admin", "api", "user"]),
                                "iat": iat, "exp": iat + 3600}, separators=(",", ":")).encode())
        return f"{hdr}.{pl}.{rs(r, 43, B64URL)}"
    if kind == "hf":
        return "hf_" + rs(r, 34)
    if kind == "npm":
        return "npm_" + rs(r, 36)
    if kind == "mailchimp":
        return rs(r, 32, HEX) + "-us" + str(r.randint(2, 21))
    if kind == "telegram":
        return str(r.randint(6000000000, 7999999999)) + ":AA" + rs(r, 33, ALNUM + "_-")
    if kind == "shopify":
        return "shpat_" + rs(r, 32, HEX)
    if kind == "digitalocean":
        return "dop_v1_" + rs(r, 64, HEX)
    if kind == "postmark":
        h = rs(r, 32, HEX)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    if kind == "bearer":
        return rs(r, r.choice([32, 40, 48]), ALNUM)
    if kind == "pem_rsa":
        body = base64.b64encode(bytes(r.randint(0, 255) for _ in range(r.randint(300, 420)))).decode()
        body = "MIIEow" + body[6:]
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"
    if kind == "pem_ssh":
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + \
            base64.b64encode(bytes(r.randint(0, 255) for _ in range(260))).decode()
        lines = [body[i:i + 70] for i in range(0, len(body), 70)]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
    if kind == "pem_pkcs8_json":
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + base64.b64encode(bytes(r.randint(0, 255) for _ in range(200))).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"
    if kind == "client_secret":
        return rs(r, 4, ALNUM) + "~" + rs(r, 34, ALNUM + "._-")
    if kind == "generic":
        return r.choice(["key_", "sk_", "api_", "prod_", ""]) + rs(r, r.choice([32, 40]), ALNUM)
    raise ValueError(kind)


# --------------------------------------------------------------------------------------------
# Templates.  A template gets a Ctx and returns the text, or (text, extra_block_categories).
# --------------------------------------------------------------------------------------------
TEMPLATES = defaultdict(list)


def tpl(group, *blocks):
    def deco(f):
        default = list(dict.fromkeys(([group] if group in BLOCKS else []) + list(blocks)))
        TEMPLATES[group].append((f.__name__, f, default))
        return f
    return deco


def chat_line(c, who, msg, style):
    if style == "teams":
        return f"[{c.tick()}] {who}: {msg}"
    if style == "wa":
        t = c.tick()
        d = c._chatday
        return f"[{d.day:02d}-{d.month:02d}-{d.year % 100:02d} {t}:{c.r.randint(0, 59):02d}] {who}: {msg}"
    if style == "slack":
        return f"{who}  {c.tick()}\n{msg}"
    return f"{who}: {msg}"


# ---------------------------------------------------------------- PASSWORD (30 templates)
@tpl("PASSWORD")
def pw_teams_mailbox(c):
    a, b = c.person(), c.person()
    st = c.pick(["teams", "wa", "plain"])
    box = c.pick(["Facturen", "Info", "Planning", "Klantenservice", "Vacatures", "Inkoop"])
    return "\n".join([
        chat_line(c, a.first, f"Goedemorgen! Wat was het wachtwoord van de gedeelde mailbox {box} ook alweer?", st),
        chat_line(c, b.first, c.pw(), st),
        chat_line(c, a.first, c.pick(["Top, werkt 👍", "thanks!", "Dank je, ik ben binnen.", "Yes, gelukt"]), st)])


@tpl("PASSWORD")
def pw_hr_welcome(c):
    a, b = c.person(), c.person()
    comp = c.company()
    user = c.alt([lambda: a.email, lambda: slug(a._first[0] + a._sur), lambda: slug(a._first) + "." + slug(a._sur)])
    return (f"Beste {a.first},\n\nWelkom bij {comp}! Hieronder je inloggegevens voor het personeelsportaal.\n\n"
            f"Gebruikersnaam: {user}\nWachtwoord: {c.pw()}\n\n"
            f"Je wordt gevraagd dit wachtwoord bij de eerste keer inloggen te wijzigen. Je eerste werkdag is "
            f"{c.meet('wd_d_m')}.\n\nMet vriendelijke groet,\n\n{b.full}\nHR-adviseur")


@tpl("PASSWORD")
def pw_pair_note(c):
    sysname = c.pick(SYSTEMS)
    user = c.pick(["beheer", "admin", "kantoor01", "balie", "administratie", "planning2", "superuser"])
    k1 = c.pick(["gebruikersnaam", "Gebruikersnaam", "gebruiker", "Gebruiker", "user", "Login"])
    k2 = c.pick(["wachtwoord", "Wachtwoord", "ww", "WW", "pw", "Wachtwoord (nieuw)"])
    return f"{sysname}\n{k1}: {user}\n{k2}: {c.pw()}"


@tpl("PASSWORD")
def pw_inloggegevens_note(c):
    a = c.person()
    sysname = c.pick(SYSTEMS)
    url = "https://" + c.pick(["portaal", "login", "mijn", "app", "beheer"]) + "." + c.cdomain()
    return (f"Inloggegevens {sysname}\nurl: {url}\nlogin: {a.email}\nww: {c.pw()}\n"
            f"(aangemaakt door {a.first} op {c.meet('dmy-')})")


@tpl("PASSWORD")
def pw_dotenv(c):
    db = c.pick(["crm_prod", "webshop", "planning", "klantportaal", "urenregistratie"])
    return ("APP_ENV=production\nAPP_DEBUG=false\nAPP_URL=https://" + c.pick(["app", "portal", "shop"]) + "."
            + c.cdomain() + "\n\nDB_CONNECTION=" + c.pick(["mysql", "pgsql"]) + "\nDB_HOST=127.0.0.1\nDB_PORT="
            + c.pick(["3306", "5432"]) + f"\nDB_DATABASE={db}\nDB_USERNAME={db}_app\nDB_PASSWORD={c.pw()}\n"
            "\nMAIL_MAILER=smtp\nMAIL_PORT=587")


@tpl("PASSWORD")
def pw_yaml_config(c):
    return ("# config/production.yml\ndatabase:\n  adapter: postgresql\n  host: db01.intern\n  port: 5432\n"
            f"  username: {c.pick(['svc_rapportage', 'app', 'webuser', 'etl'])}\n  password: \"{c.pw()}\"\n"
            "  pool: 10\nsmtp:\n  host: smtp.office365.com\n  port: 587")


@tpl("PASSWORD")
def pw_md_table(c):
    rows = []
    for s in c.r.sample(SYSTEMS, c.r.randint(2, 4)):
        rows.append(f"| {s} | {c.pick(['admin', 'beheer', 'kantoor', 'boekhouding', 'info'])} | {c.pw()} |")
    return ("Overzicht accounts (NIET doorsturen)\n\n| Systeem | Gebruiker | Wachtwoord |\n|---|---|---|\n"
            + "\n".join(rows))


@tpl("PASSWORD")
def pw_wifi_guest(c):
    ssid = c.pick(["Kantoor-Gast", "HetAnker_Guest", "Zonnehoek-WiFi", "Bezoekers", "Praktijk_gast", "Horeca-5G"])
    kw = c.pick(["Wachtwoord", "Wifi-code", "wifi ww", "Sleutel", "WPA2-sleutel", "Code"])
    return (f"Welkom bij de heidag!\n\nWiFi: {ssid}\n{kw}: {c.pw('wifi')}\n\nLunch is om 12:30, we starten om "
            f"{c.K('09:30')} in zaal {c.pick(['De Eik', 'Boven', '2.14', 'Zuid'])}.")


@tpl("PASSWORD")
def pw_router(c):
    a = c.person()
    modem = c.pick(["Ziggo Connectbox", "KPN Box 12", "FRITZ!Box 7590", "Odido-modem", "Draytek-router"])
    return (f"Hoi {a.first},\n\nDe {modem} in de meterkast heeft nu als admin-wachtwoord {c.pw()}. Het "
            f"standaardwachtwoord van de sticker werkt dus niet meer. Het wifi-wachtwoord is ongewijzigd: "
            f"{c.pw('wifi')}.\n\nGroet, {c.person().first}")


@tpl("PASSWORD")
def pw_alarm(c):
    a = c.person()
    code = c.pin(c.pick([4, 4, 5, 6]))
    return c.alt([
        lambda: f"Voor wie morgen als eerste binnen is: de alarmcode is {code}. Na het intoetsen heb je 30 seconden om de "
        f"deur dicht te doen. Groet, {a.first}",
        lambda: f"Alarmcode kantoor gewijzigd per {c.meet('d_m')}: nieuwe code {code} (oude code werkt niet meer). "
        f"Bij storing bellen met {a.full}.",
        lambda: f"{a.first_l}: de code van het alarm is trouwens {code}, niet vergeten uit te zetten bij binnenkomst",
    ])


@tpl("PASSWORD")
def pw_keysafe(c):
    a, b = c.person(), c.person()
    ad = c.addr(flemish=False)
    code = c.pin(4)
    code_s = c.pick([code, code]) if c.r.random() < 0.7 else code
    return (f"Thuiszorg – cliënt {a.formal}, {ad.line}\nSleutelkluisje naast de voordeur: code {code_s}. "
            f"Sleutel na het bezoek graag terughangen en het kluisje goed dichtdraaien.\n– {b.first}")


@tpl("PASSWORD")
def pw_pin_card(c):
    a = c.person()
    return c.alt([
        lambda: f"Hoi {a.first}, de pincode van de zakelijke creditcard (eindigend op {c.K(str(c.r.randint(1000, 9999)))}) "
        f"is {c.pin()}. Wil je dit bericht na het lezen verwijderen?",
        lambda: f"Pincode bedrijfstelefoon {a.first}: {c.pin()} – PUK zit in de envelop in de la.",
        lambda: f"De pincode van de tankpas voor de bus is {c.pin()}. Bonnetjes graag bij {a.full} inleveren.",
    ])


@tpl("PASSWORD")
def pw_english_account(c):
    a = c.person()
    sysname = c.pick(SYSTEMS)
    return (f"Hi {a.first},\n\nYour account for {sysname} has been created.\nUsername: {a.email}\n"
            f"Temporary password: {c.pw()}\n\nPlease change it after your first login.\n\nKind regards,\nIT Servicedesk")


@tpl("PASSWORD")
def pw_login_nokeyword(c):
    a = c.person()
    sysname = c.pick(SYSTEMS)
    return c.alt([lambda: f"{sysname}\nlogin: {a.email}\n{c.pw()}",
                   lambda: f"{sysname} – login: {c.pick(['admin', 'kantoor', 'receptie'])} / {c.pw()}",
                   lambda: f"login {sysname.lower()}:\n{a.email}\n{c.pw()}\n(2FA via telefoon van {a.first})"])


@tpl("PASSWORD")
def pw_lowercase_chat(c):
    a, b = c.person(), c.person()
    thing = c.pick(["printer-admin", "wordpress", "de kassa", "het beheerdersaccount", "de nas", "dropbox"])
    return "\n".join([f"{a.first_l}: wat is de ww van {thing}?",
                      f"{b.first_l}: {c.pw()}",
                      f"{a.first_l}: thnx"])


@tpl("PASSWORD")
def pw_reset_note(c):
    a, b = c.person(), c.person()
    her = "haar" if a.g == "f" else "hem"
    return (f"Ik heb het wachtwoord van {a.full} gereset naar {c.pw()}. Wil je {her} vragen het direct aan te "
            f"passen? Ticket {c.K('INC' + str(c.r.randint(100000, 999999)))} mag daarna dicht.\n\n{b.first}")


@tpl("PASSWORD")
def pw_whatsapp_wifi(c):
    a, b = c.person(), c.person()
    return "\n".join([chat_line(c, a.full, "Wat is de wifi code hier?", "wa"),
                      chat_line(c, b.full, c.pw("wifi"), "wa"),
                      chat_line(c, b.full, "hoofdlettergevoelig!", "wa")])


@tpl("PASSWORD")
def pw_manager_export(c):
    rows = ["name,url,username,password"]
    for s in c.r.sample(SYSTEMS, c.r.randint(3, 5)):
        p = c.person()
        rows.append(f"{s},https://{slug(s)}.com/login,{p.email},{c.pw()}")
    return "\n".join(rows)


@tpl("PASSWORD")
def pw_bitlocker(c):
    a = c.person()
    key = "-".join("".join(str(c.r.randint(0, 9)) for _ in range(6)) for _ in range(8))
    return (f"Overdracht laptop {a.full}\n- Windows-pincode: {c.pin(6)}\n- BitLocker-herstelsleutel: "
            f"{c.M('WACHTWOORD', key)}\n- Laptop ingeleverd op {c.meet('dmy-')}")


@tpl("PASSWORD")
def pw_ftp(c):
    return (f"SFTP-gegevens voor de aanlevering:\nhost: sftp.{c.cdomain()}\npoort: 22\ngebruiker: "
            f"{c.pick(['aanlevering', 'drukwerk', 'export_nl', 'partner07'])}\nwachtwoord: {c.pw()}\n"
            f"map: /inbox/{c.K(str(c.r.randint(2025, 2026)))}")


@tpl("PASSWORD")
def pw_sms_temp(c):
    return c.alt([
        lambda: f"Uw tijdelijke wachtwoord voor Mijn{c.pick(['Zorg', 'Omgeving', 'Polis', 'Huur'])} is: {c.pw()}. "
        f"Dit wachtwoord is 24 uur geldig.",
        lambda: f"Je eenmalige inlogcode is {c.pin(6)}. Deel deze code met niemand.",
        lambda: f"Nieuw wachtwoord ingesteld: {c.pw()} (tijdelijk, wijzig bij eerste login)",
    ])


@tpl("PASSWORD")
def pw_supplier_psw(c):
    a = c.person()
    url = f"https://{c.pick(['leveranciers', 'extranet', 'partners'])}.{c.cdomain()}"
    return (f"Beste {a.first},\n\nKunnen jullie vóór {c.meet('wd_d_m')} de artikeldata uploaden? Inloggen via {url} "
            f"– gebruiker: leverancier{c.r.randint(10, 99)} – psw: {c.pw()}\n\nAlvast bedankt!")


@tpl("PASSWORD")
def pw_postit(c):
    a = c.person()
    return (f"Bij de clean-desk-ronde gevonden: post-it op het scherm van {a.first} met 'Outlook: {c.pw()}' en "
            f"'Exact: {c.pw()}'. Beide accounts zijn inmiddels geblokkeerd.")


@tpl("PASSWORD")
def pw_zip(c):
    a = c.person()
    return (f"Hoi {a.first},\n\nHet zip-bestand met de stukken voor de accountant stuur ik via WeTransfer. Het "
            f"wachtwoord om het te openen is {c.pw()}\n\nGroet,\n{c.person().full}")


@tpl("PASSWORD")
def pw_phone_note(c):
    a = c.person()
    return (f"Gebeld met {a.formal} ({c.phone()}): kon niet inloggen op het klantportaal. Account ontgrendeld en "
            f"nieuw wachtwoord doorgegeven: {c.pw()}. Gesprek duurde {c.K('12 minuten')}.")


@tpl("PASSWORD")
def pw_slack_english(c):
    a, b = c.person(), c.person()
    return chat_line(c, b.first, f"@{a.first_l} the admin password for the WordPress site is {c.pw()} — "
                                 f"please don't share it outside the team", "slack")


@tpl("PASSWORD")
def pw_connstring(c):
    return c.alt([
        lambda: f"Server=sql01.intern;Database=crm;User Id=sa;Password={c.pw()};TrustServerCertificate=True;",
        lambda: f"postgresql://rapportage:{c.pw('random2')}@db.intern:5432/dwh",
        lambda: f"mongodb+srv://app:{c.pw('random2')}@cluster0.abc12.mongodb.net/orders",
    ])


@tpl("PASSWORD")
def pw_docker_compose(c):
    return ("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n"
            f"      POSTGRES_PASSWORD: {c.pw()}\n    ports:\n      - \"5432:5432\"")


@tpl("PASSWORD")
def pw_vacation_home(c):
    ad = c.addr()
    return (f"Huisje {ad.oneline}\n- wifi: {c.pw('wifi')}\n- alarm: {c.pin(4)}\n- sleutelkastje: {c.pin(4)}\n"
            f"- vuilnis op {c.pick(['dinsdag', 'donderdag'])} aan de straat")


@tpl("PASSWORD")
def pw_changed_to(c):
    a, b = c.person(), c.person()
    return (f"{a.first}: ik heb het wachtwoord van de gezamenlijke Bol.com-account veranderd naar {c.pw()}\n"
            f"{a.first}: kun jij het in de kluis (Bitwarden) zetten {b.first_l}?")


@tpl("PASSWORD")
def pw_passphrase_en(c):
    a = c.person()
    return (f"Subject: VPN access\n\nHi {a.first},\n\nYour VPN profile is attached. The passphrase for the "
            f"certificate is: {c.pw('phrase')}\nYour VPN password is the same as your Windows login.\n\nCheers,\n"
            f"{c.person().first}")


@tpl("PASSWORD", "API_KEY")
def pw_env_mixed(c):
    return ("# .env.production – niet committen\n"
            f"DB_PASSWORD={c.pw()}\nREDIS_PASSWORD={c.pw('random2')}\nMOLLIE_API_KEY={c.key('mollie')}\n"
            f"SENTRY_ENVIRONMENT=production")


# ---------------------------------------------------------------- API_KEY (28 templates)
@tpl("API_KEY")
def key_openai_python(c):
    return ("from openai import OpenAI\n\n"
            f"client = OpenAI(api_key=\"{c.key(c.pick(['openai', 'openai', 'openai_old']))}\")\n"
            "resp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\": \"user\", "
            "\"content\": \"Vat deze klacht samen\"}])")


@tpl("API_KEY")
def key_anthropic_env(c):
    a = c.person()
    return (f"# sleutel van {a.first}, tijdelijk voor de pilot\nANTHROPIC_API_KEY={c.key('anthropic')}\n"
            "ANTHROPIC_MODEL=claude-sonnet\nMAX_TOKENS=1024")


@tpl("API_KEY")
def key_aws_credentials(c):
    return (f"[default]\naws_access_key_id = {c.key('aws_id')}\naws_secret_access_key = {c.key('aws_secret')}\n"
            f"region = {c.pick(['eu-west-1', 'eu-central-1', 'eu-west-3'])}\n\n[backup]\n"
            f"aws_access_key_id = {c.key('aws_id')}\naws_secret_access_key = {c.key('aws_secret')}")


@tpl("API_KEY")
def key_aws_chat(c):
    a, b = c.person(), c.person()
    return (f"{a.first}: kun je me de S3-gegevens voor de backup-bucket sturen?\n"
            f"{b.first}: access key {c.key('aws_id')}\n{b.first}: secret {c.key('aws_secret')}\n"
            f"{b.first}: bucket heet {c.pick(['backup-prod-nl', 'archief-2025', 'scans-eu'])}")


@tpl("API_KEY")
def key_github_chat(c):
    a = c.person()
    return c.alt([
        lambda: f"Hoi {a.first}, gebruik deze token om de private repo te clonen: {c.key('github')} (verloopt over 30 dagen)",
        lambda: f"{a.first_l}: hier is m'n fine-grained token voor de CI: {c.key('github_fg')}",
        lambda: f"GITHUB_TOKEN={c.key(c.pick(['github', 'github_fg']))}",
    ])


@tpl("API_KEY")
def key_gitlab_remote(c):
    tok = c.key("gitlab")
    return (f"Werkt bij mij wel:\n\ngit remote set-url origin https://oauth2:{tok}@gitlab.com/"
            f"{c.pick(['webteam', 'backoffice', 'data'])}/{c.pick(['portaal', 'koppelingen', 'etl'])}.git\ngit pull")


@tpl("API_KEY")
def key_google_maps(c):
    return ("<!-- vestigingenkaart -->\n<div id=\"kaart\"></div>\n<script async src=\"https://maps.googleapis.com/"
            f"maps/api/js?key={c.key('google')}&callback=initMap\"></script>")


@tpl("API_KEY")
def key_stripe_mail(c):
    a, b = c.person(), c.person()
    return (f"Hoi {a.first},\n\nVoor de koppeling met de webshop heb je de live secret key van Stripe nodig:\n\n"
            f"{c.key('stripe')}\n\nDe webhook secret is {c.key('stripe_wh')}.\n\nGroet,\n{b.first}")


@tpl("API_KEY")
def key_mollie_php(c):
    return ("<?php\n$mollie = new \\Mollie\\Api\\MollieApiClient();\n"
            f"$mollie->setApiKey(\"{c.key('mollie')}\");\n$payment = $mollie->payments->create([\n"
            f"    \"amount\" => [\"currency\" => \"EUR\", \"value\" => \"{c.K(money(c.r.uniform(10, 400)).replace('.', '').replace(',', '.'))}\"],\n"
            "    \"description\" => \"Bestelling webshop\",\n]);")


@tpl("API_KEY")
def key_slack_bot(c):
    return (f"slack:\n  bot_token: {c.key('slack_bot')}\n  signing_secret: {c.key('hex32')}\n"
            f"  channel: \"#{c.pick(['meldingen', 'alerts-prod', 'bestellingen'])}\"")


@tpl("API_KEY")
def key_slack_webhook(c):
    return ("curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"Backup voltooid\"}' "
            f"{c.key('slack_hook')}")


@tpl("API_KEY")
def key_sendgrid(c):
    return ("SMTP-instellingen nieuwsbrief:\nserver: smtp.sendgrid.net\npoort: 587\ngebruikersnaam: apikey\n"
            f"wachtwoord: {c.key('sendgrid')}")


@tpl("API_KEY")
def key_twilio(c):
    return (f"Twilio (sms-herinneringen)\nAccount SID: AC{rs(c.r, 32, HEX)}\nAuth Token: {c.key('hex32')}\n"
            f"API key: {c.key('twilio_sk')}")


@tpl("API_KEY")
def key_azure_conn(c):
    acc = c.pick(["stprodweu01", "scansarchief", "facturenopslag", "dwhstorage"])
    return (f"\"ConnectionStrings\": {{\n  \"Blob\": \"DefaultEndpointsProtocol=https;AccountName={acc};"
            f"AccountKey={c.key('azure_key')};EndpointSuffix=core.windows.net\"\n}}")


@tpl("API_KEY")
def key_azure_sas(c):
    return (f"Kun je met deze SAS-link de export ophalen? https://{c.pick(['exportnl', 'rapportages'])}.blob.core."
            f"windows.net/export/klanten.csv?{c.key('azure_sas')}")


@tpl("API_KEY")
def key_jwt_request(c):
    return (f"GET /api/v2/orders?status=open HTTP/1.1\nHost: api.{c.cdomain()}\nAccept: application/json\n"
            f"Authorization: Bearer {c.key('jwt')}")


@tpl("API_KEY")
def key_ssh_private(c):
    a = c.person()
    return (f"Hoi {a.first}, hier de private key voor de deploy-server (zet hem in ~/.ssh/id_ed25519):\n\n"
            f"{c.key(c.pick(['pem_ssh', 'pem_rsa']))}")


@tpl("API_KEY")
def key_curl_bearer(c):
    return (f"curl -s https://api.{c.cdomain()}/v1/{c.pick(['facturen', 'klanten', 'voorraad'])} \\\n"
            f"  -H \"Authorization: Bearer {c.key(c.pick(['bearer', 'generic']))}\" \\\n  -H \"Accept: application/json\"")


@tpl("API_KEY")
def key_json_client_secret(c):
    return json.dumps({"tenant_id": f"{rs(c.r, 8, HEX)}-{rs(c.r, 4, HEX)}-{rs(c.r, 4, HEX)}-{rs(c.r, 4, HEX)}-{rs(c.r, 12, HEX)}",
                       "client_id": f"{rs(c.r, 8, HEX)}-{rs(c.r, 4, HEX)}-{rs(c.r, 4, HEX)}-{rs(c.r, 4, HEX)}-{rs(c.r, 12, HEX)}",
                       "client_secret": c.key("client_secret"), "scope": "https://graph.microsoft.com/.default"},
                      indent=2, ensure_ascii=False)


@tpl("API_KEY")
def key_k8s_secret(c):
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: betaalprovider\ntype: Opaque\nstringData:\n"
            f"  api-key: {c.key(c.pick(['mollie', 'stripe', 'generic']))}\n  webhook-secret: {c.key('stripe_wh')}")


@tpl("API_KEY")
def key_npmrc(c):
    return f"# .npmrc\n//registry.npmjs.org/:_authToken={c.key('npm')}\n@bitwijs:registry=https://npm.pkg.github.com"


@tpl("API_KEY")
def key_hf_notebook(c):
    return ("from huggingface_hub import login\n"
            f"login(token=\"{c.key('hf')}\")  # TODO weghalen voor we dit delen")


@tpl("API_KEY")
def key_mailchimp(c):
    a = c.person()
    return (f"{a.first}, de API-sleutel van Mailchimp voor de nieuwsbriefkoppeling is {c.key('mailchimp')} – "
            f"lijst-ID {rs(c.r, 10, HEX)}.")


@tpl("API_KEY")
def key_service_account(c):
    proj = c.pick(["planning-api", "webshop-prod", "rapportage-2025"])
    sa = c.M("EMAIL", f"{c.pick(['sync', 'etl', 'backend'])}@{proj}.iam.gserviceaccount.com")
    return ("{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + proj + "\",\n  \"private_key_id\": \""
            + c.key("hex32") + "\",\n  \"private_key\": \"" + c.key("pem_pkcs8_json") + "\",\n  \"client_email\": \""
            + sa + "\"\n}")


@tpl("API_KEY")
def key_english_handover(c):
    a = c.person()
    prov = c.pick([("OpenAI", "openai"), ("Anthropic", "anthropic"), ("Google Maps", "google"), ("Shopify", "shopify"),
                   ("DigitalOcean", "digitalocean"), ("Postmark", "postmark")])
    return (f"Hi {a.first}, here's the production {prov[0]} API key for the staging environment: "
            f"{c.key(prov[1])}\nDon't commit it to the repo, put it in the vault please.")


@tpl("API_KEY")
def key_telegram(c):
    return (f"Bot voor storingsmeldingen aangemaakt via BotFather.\nToken: {c.key('telegram')}\n"
            f"Chat-id van de groep: -100{c.r.randint(1000000000, 1999999999)}")


@tpl("API_KEY")
def key_table(c):
    rows = [("Shopify", "shopify"), ("DigitalOcean", "digitalocean"), ("Postmark", "postmark"),
            ("Mollie", "mollie"), ("SendGrid", "sendgrid"), ("Google", "google")]
    sel = c.r.sample(rows, 3)
    return ("| Dienst | Sleutel | Eigenaar |\n|---|---|---|\n" + "\n".join(
        f"| {n} | {c.key(k)} | {c.pick(['webteam', 'marketing', 'IT', 'finance'])} |" for n, k in sel))


@tpl("API_KEY")
def key_azure_openai_headers(c):
    return (f"POST https://{c.pick(['nl-ai', 'contoso-west', 'zorg-ai'])}.openai.azure.com/openai/deployments/gpt4o/"
            f"chat/completions?api-version=2024-06-01\napi-key: {c.key('hex32')}\nContent-Type: application/json")


@tpl("API_KEY")
def key_discord_webhook(c):
    a = c.person()
    return f"{a.first_l}: webhook voor het #status kanaal → {c.key('discord_hook')}"


# ---------------------------------------------------------------- BSN (22 templates)
@tpl("BSN")
def bsn_form(c):
    a = c.person()
    ad = c.addr()
    return (f"Aanvraagformulier parkeervergunning\n\nNaam aanvrager: {a.full}\nBurgerservicenummer: {c.bsn()}\n"
            f"Geboortedatum: {c.dob('dmy-')}\nAdres: {ad.oneline}\nTelefoon: {c.phone()}\nE-mail: {a.email}")


@tpl("BSN")
def bsn_mail_huisarts(c):
    a, kid = c.person(), c.person(g="f")
    return (f"Goedemiddag,\n\nHierbij het BSN van mijn dochter {kid.first} voor de inschrijving bij de praktijk: "
            f"{c.bsn()}. Zij is geboren op {c.dob('long', 2012, 2023)}.\n\nMet vriendelijke groet,\n{a.full}")


@tpl("BSN")
def bsn_chat(c):
    a, b = c.person(), c.person()
    return f"{a.first_l}: bsn van {b.first} is {c.bsn('plain')} toch?\n{c.person().first_l}: klopt, staat ook in het dossier"


@tpl("BSN")
def bsn_sofinummer(c):
    a = c.person()
    return (f"Hallo, ik ben {a.full} en ik begin volgende week als oproepkracht. Mijn sofinummer is {c.bsn()} "
            f"(dat is toch hetzelfde als het BSN?). Groetjes {a.first}")


@tpl("BSN")
def bsn_nr_abbrev(c):
    a = c.person()
    return (f"Dossier {c.order_nr()}\nBetrokkene: {a.dhr}\nbsn-nr.: {c.bsn()}\nStatus: in behandeling sinds "
            f"{c.meet('dmy-')}")


@tpl("BSN")
def bsn_persoonsnummer(c):
    a = c.person()
    return (f"Personeelsmutatie\nNaam: {a.sur_first}\nPersoonsnummer (BSN): {c.bsn()}\nIngangsdatum: "
            f"{c.meet('d_m_y')}\nAfdeling: {c.pick(['Logistiek', 'Klantcontact', 'Financiën', 'Zorg'])}")


@tpl("BSN")
def bsn_table(c):
    n = c.r.randint(2, 3)
    ps = c.people(n)
    sep = c.pick([";", "\t", " | "])
    rows = [sep.join(["Naam", "Geboortedatum", "BSN"])]
    dfmt = c.pick(["dmy-", "iso", "dmy/"])
    for p in ps:
        rows.append(sep.join([p.full, c.dob(dfmt), c.bsn("plain")]))
    return "Gezinsleden voor de aanvraag:\n" + "\n".join(rows)


@tpl("BSN")
def bsn_onboarding_reply(c):
    a, b = c.person(), c.person()
    return (f"Hoi {b.first},\n\nVoor de loonadministratie vroeg je nog mijn BSN: {c.bsn()}. Mijn rekeningnummer "
            f"is {c.iban()}.\n\nGroet,\n{a.first}")


@tpl("BSN")
def bsn_english(c):
    a = c.person()
    return (f"New hire details\nName: {a.full}\nDate of birth: {c.dob(c.pick(['en_long', 'en_us', 'iso']))}\n"
            f"Citizen service number (BSN): {c.bsn()}\nStart date: {c.K('1 ' + c.pick(['March', 'April', 'June']) + ' 2025')}")


@tpl("BSN")
def bsn_belastingdienst(c):
    a = c.person()
    ad = c.addr(flemish=False)
    return (f"{a.inis}\n{ad.twoline}\n\nUw burgerservicenummer: {c.bsn()}\nOns kenmerk: {c.K(str(c.r.randint(10, 99)) + '/' + str(c.r.randint(1000, 9999)))}\n\n"
            f"{a.aanhef},\n\nU heeft een voorlopige aanslag inkomstenbelasting ontvangen van {c.amt(200, 4000)}.")


@tpl("BSN")
def bsn_zorgverzekering(c):
    a = c.person()
    return (f"Verzekerde: {a.full}\nGeboortedatum: {c.dob()}\nBSN {c.bsn()}\nPolisnummer: {c.order_nr()}\n"
            f"Aanvullende dekking: Tand 250 vanaf {c.meet('dmy-')}")


@tpl("BSN")
def bsn_spaced(c):
    a = c.person()
    return f"BSN: {c.bsn(c.pick(['sp33', 'sp423']))} – {a.ini}, graag controleren voor de aangifte."


@tpl("BSN")
def bsn_verwijzing(c):
    a, dr = c.person(), c.person()
    return (f"Verwijsbrief fysiotherapie\nPatiënt: {a.full}, geb. {c.dob(c.pick(['dmy-', 'mnd.', 'dmy.']))}\n"
            f"BSN {c.bsn()}\nKlachten: lage rugpijn sinds {c.K('6 weken')}\n\nDr. {dr.ini}, huisarts")


@tpl("BSN")
def bsn_school(c):
    kid, ouder = c.person(), c.person()
    return (f"Inschrijving groep 1\nLeerling: {kid.full}\nGeboortedatum: {c.dob('dmy-', 2020, 2021)}\n"
            f"BSN / onderwijsnummer: {c.bsn()}\nOuder/verzorger: {ouder.full}, {ouder.email}")


@tpl("BSN")
def bsn_toeslag(c):
    ouder, kid = c.person(), c.person()
    return (f"Aanvraag kinderopvangtoeslag\nBSN ouder: {c.bsn()}\nBSN kind ({kid.first}): {c.bsn()}\n"
            f"Opvang vanaf {c.meet('d_m_y')}, {c.K(str(c.r.randint(2, 4)) + ' dagen per week')}\nAanvrager: {ouder.full}")


@tpl("BSN")
def bsn_json(c):
    a = c.person()
    return json.dumps({"naam": a.full, "bsn": c.bsn("plain"), "geboortedatum": c.dob("iso"),
                       "email": a.email}, indent=2, ensure_ascii=False)


@tpl("BSN")
def bsn_informal(c):
    a = c.person()
    return c.alt([lambda: f"mijn BSN-nummer = {c.bsn()} , kun je het formulier verder invullen? {a.first}",
                   lambda: f"Hoi! Voor het huurcontract: BSN {c.bsn()}, geboren {c.dob('d-m-y')}. Gr {a.first}"])


@tpl("BSN")
def bsn_wrong_file(c):
    a, b = c.person(), c.person()
    return (f"Melding datalek (intern)\nOp {c.meet('dmy-')} is het burgerservicenummer {c.bsn()} van {a.formal} "
            f"per ongeluk in het dossier van {b.formal} terechtgekomen. Gecorrigeerd door {c.person().first}.")


@tpl("BSN")
def bsn_english_ssn(c):
    a = c.person()
    return f"SSN/BSN of the new contractor {a.full}: {c.bsn()}. Payroll needs it before the {c.K('25th')}."


@tpl("BSN")
def bsn_uwv(c):
    a = c.person()
    return (f"Ziekmelding aan UWV\nWerknemer: {a.sur_first}\nBSN: {c.bsn()}\nEerste ziektedag: {c.meet('dmy-')}\n"
            f"Contactpersoon werkgever: {c.person().full}, {c.phone()}")


@tpl("BSN")
def bsn_gemeente(c):
    a = c.person()
    ad = c.addr(flemish=False)
    return (f"Verhuizing doorgeven\n\nBurgerservicenummer: {c.bsn()}\nNaam: {a.full}\nNieuw adres: {ad.line}\n"
            f"Postcode: {ad.pc}\nWoonplaats: {ad.city}\nVerhuisdatum: {c.meet('dmy-')}")


@tpl("BSN")
def bsn_notitie_verdachte(c):
    a = c.person()
    return (f"Intake schuldhulp {c.meet('dmy-')}\nCliënt: {a.full} ({c.dob('dmy-')}), BSN {c.bsn('dot33')}, "
            f"schulden ca. {c.amt(2000, 40000)}")


# ---------------------------------------------------------------- SALARY_SLIP (20 templates)
def slip_numbers(c, lo=2100, hi=6200):
    r = c.r
    bruto = round(r.uniform(lo, hi), 2)
    pensioen = round(bruto * r.uniform(0.04, 0.09), 2)
    lh = round((bruto - pensioen) * r.uniform(0.08, 0.32), 2)
    reis = round(r.uniform(30, 220), 2) if r.random() < 0.6 else 0.0
    netto = round(bruto - pensioen - lh + reis, 2)
    return bruto, pensioen, lh, reis, netto


@tpl("SALARY_SLIP")
def slip_monthly(c):
    a = c.person()
    b, p, lh, reis, n = slip_numbers(c)
    m = c.pick(MAANDEN)
    return (f"{c.company()}\nSALARISSPECIFICATIE {m.upper()} 2025\n\nWerknemer: {a.full}\nPersoneelsnr: "
            f"{c.r.randint(1000, 9999)}\nFunctie: {c.pick(['Medewerker klantcontact', 'Planner', 'Verzorgende IG', 'Accountmanager', 'Magazijnmedewerker'])}\n\n"
            f"Salaris                 {c.K(money(b))}\nPensioenpremie          -{money(p)}\nLoonheffing             "
            f"-{c.K(money(lh))}\nReiskostenvergoeding     {money(reis)}\n\nNetto uit te betalen    {c.K(money(n))}\n"
            f"Uitbetaald op {c.iban('nl')}")


@tpl("SALARY_SLIP")
def slip_4weekly(c):
    a = c.person()
    b, p, lh, reis, n = slip_numbers(c, 1700, 4200)
    per = c.r.randint(1, 13)
    return (f"Loonstrook periode {per:02d} (4 weken)\n{a.ini}\nUren: {c.r.randint(120, 152)},00  Uurloon: "
            f"{money(c.r.uniform(14, 32))}\nBruto loon: € {c.K(money(b))}\nWerknemersbijdrage pensioen: € {money(p)}\n"
            f"Loonheffing (tabel 4-weken, met korting): € {money(lh)}\nNetto: € {c.K(money(n))}")


@tpl("SALARY_SLIP")
def slip_weekly_uitzend(c):
    a = c.person()
    uren = c.r.randint(24, 40)
    ul = round(c.r.uniform(13.7, 19.5), 2)
    b = round(uren * ul, 2)
    res = round(b * 0.08, 2)
    lh = round(b * c.r.uniform(0.03, 0.12), 2)
    n = round(b - lh, 2)
    return (f"Uitzendbureau {c.pick(['Werkmaat', 'FlexPlus', 'Inzet Noord'])} – weekloonstrook week {c.r.randint(1, 52)}\n"
            f"Uitzendkracht: {a.full}\nGewerkte uren {uren} x € {money(ul)} = € {c.K(money(b))}\n"
            f"Reservering vakantiegeld 8%: € {money(res)}\nIngehouden loonheffing: € {money(lh)}\n"
            f"Netto uitbetaling: € {c.K(money(n))}")


@tpl("SALARY_SLIP")
def slip_vakantiegeld(c):
    a = c.person()
    jaar = round(c.r.uniform(26000, 72000), 2)
    vg = round(jaar * 0.08, 2)
    lh = round(vg * c.r.uniform(0.37, 0.49), 2)
    return (f"Specificatie vakantiegeld mei 2025\nMedewerker: {a.inis}\nOpgebouwd vakantiegeld (8% over "
            f"{c.K(money(jaar))}): {c.K(money(vg))}\nBijzonder tarief loonheffing: {money(lh)}\n"
            f"Netto vakantiegeld: {c.K(money(vg - lh))}\nRekening: {c.iban()}")


@tpl("SALARY_SLIP", "SALARY_SLIP", "BSN")
def slip_jaaropgave(c):
    a = c.person()
    loon = round(c.r.uniform(24000, 80000), 2)
    lh = round(loon * c.r.uniform(0.15, 0.35), 2)
    ak = round(c.r.uniform(1500, 5500), 2)
    return (f"JAAROPGAVE 2024\n\nWerkgever: {c.company()}\nWerknemer: {a.full}\nBurgerservicenummer: {c.bsn()}\n"
            f"Geboortedatum: {c.dob('dmy-')}\n\nLoon voor de loonheffing: € {c.K(money(loon))}\n"
            f"Ingehouden loonheffing: € {c.K(money(lh))}\nVerrekende arbeidskorting: € {money(ak)}\n"
            f"Loonheffingskorting toegepast: ja")


@tpl("SALARY_SLIP")
def slip_jaaropgave_nobsn(c):
    a = c.person()
    loon = round(c.r.uniform(18000, 70000), 2)
    return (f"Jaaropgaaf {c.pick(['2023', '2024'])} – {a.full}\nFiscaal loon {c.K(money(loon))} | loonheffing "
            f"{money(loon * c.r.uniform(0.12, 0.34))} | Zvw-bijdrage werkgever {money(loon * 0.0657)} | "
            f"periode 01-01 t/m 31-12")


@tpl("SALARY_SLIP")
def slip_english(c):
    a = c.person()
    b, p, lh, reis, n = slip_numbers(c, 3000, 8000)
    m = c.pick(MONTHS_EN)
    return (f"PAYSLIP – {m} 2025\nEmployee: {a.full}\nEmployee ID: E{c.r.randint(10000, 99999)}\n\n"
            f"Gross salary      EUR {c.K(money(b))}\nPension           EUR -{money(p)}\nWage tax          EUR -{money(lh)}\n"
            f"Net pay           EUR {c.K(money(n))}\n\nPaid to account {c.iban()}")


@tpl("SALARY_SLIP")
def slip_pdf_paste(c):
    a = c.person()
    b, p, lh, reis, n = slip_numbers(c)
    return (f"Omschrijving Aantal Tarief Bedrag\nSalaris 1,00 {money(b)} {c.K(money(b))}\nPensioen WN 1,00 {money(p)} -{money(p)}\n"
            f"Loonheffing {money(lh)} -{money(lh)}\nTotaal netto {c.K(money(n))}\n{a.ini} {c.addr(False).oneline}")


@tpl("SALARY_SLIP")
def slip_in_mail(c):
    a, b_ = c.person(), c.person()
    b, p, lh, reis, n = slip_numbers(c)
    m = c.pick(MAANDEN)
    return (f"Hoi {a.first},\n\nOmdat het portaal plat ligt hierbij je loonstrook van {m} in de mail:\n\n"
            f"Bruto: {c.K('€ ' + money(b))}\nLoonheffing: € {money(lh)}\n"
            f"Pensioen: € {money(p)}\nNetto: {c.K('€ ' + money(n))}\n\nGroetjes,\n{b_.first}\nSalarisadministratie")


@tpl("SALARY_SLIP")
def slip_dertiende(c):
    a = c.person()
    b = round(c.r.uniform(2200, 5800), 2)
    lh = round(b * c.r.uniform(0.36, 0.49), 2)
    return (f"Salarisstrook december – {a.Formal}\nEindejaarsuitkering (13e maand): {c.K(money(b))}\n"
            f"Loonheffing bijzonder tarief ({c.pick(['36,97', '40,85', '49,50'])}%): -{money(lh)}\n"
            f"Netto uitkering: {c.K(money(b - lh))}")


@tpl("SALARY_SLIP")
def slip_header_address(c):
    a = c.person()
    ad = c.addr(False)
    b, p, lh, reis, n = slip_numbers(c)
    return (f"{a.dhr}\n{ad.twoline}\n\nLoonstrook {c.pick(MAANDEN)} 2025\nPersoneelsnummer 0{c.r.randint(1000, 9999)}\n"
            f"Geboortedatum {c.dob()}\nBruto maandloon {c.K(money(b))}\nLoonheffing {money(lh)}\n"
            f"Netto {c.K(money(n))} → {c.iban('nl')}")


@tpl("SALARY_SLIP")
def slip_flemish(c):
    a = c.person(origin="vl")
    b = round(c.r.uniform(2400, 5200), 2)
    rsz = round(b * 0.1307, 2)
    bv = round((b - rsz) * c.r.uniform(0.14, 0.28), 2)
    return (f"Loonbrief {c.pick(MAANDEN)} 2025\nBediende: {a.full}\nBrutoloon: {c.K(money(b))} EUR\n"
            f"RSZ werknemer (13,07%): -{money(rsz)} EUR\nBedrijfsvoorheffing: -{money(bv)} EUR\n"
            f"Nettoloon: {c.K(money(b - rsz - bv))} EUR\nOverschrijving naar {c.iban('be')}")


@tpl("SALARY_SLIP")
def slip_overtime(c):
    a = c.person()
    b, p, lh, reis, n = slip_numbers(c, 2000, 3600)
    ou = c.r.randint(4, 20)
    return (f"Loonspecificatie {a.full}\nBasissalaris {money(b)}\nOveruren {ou} x 125% {c.K(money(ou * 1.25 * b / 160))}\n"
            f"Loonheffing -{money(lh)}\nNetto te ontvangen {c.K(money(n + ou * 1.25 * b / 160 * 0.6))}")


@tpl("SALARY_SLIP")
def slip_md_table(c):
    a = c.person()
    b, p, lh, reis, n = slip_numbers(c)
    return (f"**Loonstrook {c.pick(MAANDEN)} – {a.full}**\n\n| Component | Bedrag |\n|---|---|\n| Bruto salaris | "
            f"{c.K('€ ' + money(b))} |\n| Pensioenpremie | € -{money(p)} |\n| Loonheffing | € -{money(lh)} |\n"
            f"| Reiskosten | € {money(reis)} |\n| **Netto** | **{c.K('€ ' + money(n))}** |")


@tpl("SALARY_SLIP")
def slip_eindafrekening(c):
    a = c.person()
    vd = round(c.r.uniform(200, 2500), 2)
    return (f"Eindafrekening dienstverband {a.full}\nLaatste werkdag: {c.meet('dmy-')}\nUitbetaling niet-genoten "
            f"vakantie-uren ({c.r.randint(10, 90)} uur): {c.K(money(vd))}\nResterend vakantiegeld: {money(vd * 0.6)}\n"
            f"Loonheffing: -{money(vd * 0.4)}\nNetto slotbetaling: {c.K(money(vd * 1.2))}")


@tpl("SALARY_SLIP")
def slip_bijbaan(c):
    a = c.person()
    uren = c.r.randint(6, 22)
    ul = round(c.r.uniform(7.5, 13.5), 2)
    b = round(uren * ul, 2)
    return (f"Loonstrookje {c.pick(MAANDEN)} – {a.first} {a.sur}\nLeeftijd 17, uurloon € {money(ul)}\n"
            f"{uren} uur = € {c.K(money(b))}\nLoonheffingskorting: ja\nLoonheffing € 0,00\nNetto € {c.K(money(b))}")


@tpl("SALARY_SLIP")
def slip_uwv(c):
    a = c.person()
    b = round(c.r.uniform(900, 2800), 2)
    lh = round(b * c.r.uniform(0.08, 0.3), 2)
    return (f"Specificatie WW-uitkering {c.pick(MAANDEN)} 2025\nNaam: {a.ini}\nBruto uitkering: {c.K('€ ' + money(b))}\n"
            f"Loonheffing: € {money(lh)}\nNetto uitkering: {c.K('€ ' + money(b - lh))}\nBetaald op {c.iban()}")


@tpl("SALARY_SLIP")
def slip_csv_months(c):
    a = c.person()
    rows = ["Periode;Bruto;Loonheffing;Netto"]
    b0 = c.r.uniform(2300, 5200)
    for m in c.r.sample(MAANDEN[:6], 3):
        b, p, lh, reis, n = slip_numbers(c, b0, b0 + 50)
        rows.append(f"{m};{money(b)};{money(lh)};{c.K(money(n))}")
    return f"Salarisoverzicht {a.full} (export Nmbrs)\n" + "\n".join(rows)


@tpl("SALARY_SLIP")
def slip_dga(c):
    a = c.person()
    b = round(c.r.uniform(4000, 9000), 2)
    return (f"Salarisstrook DGA – {c.company()} B.V.\nDirecteur-grootaandeelhouder: {a.full}\n"
            f"Gebruikelijk loon: {c.K(money(b))}\nBijtelling auto ({c.plate()}): {money(c.r.uniform(300, 900))}\n"
            f"Loonheffing: -{money(b * 0.38)}\nNetto: {c.K(money(b * 0.58))}")


@tpl("SALARY_SLIP")
def slip_english_statement(c):
    a = c.person()
    b, p, lh, reis, n = slip_numbers(c, 3500, 9000)
    return (f"Salary statement – {c.pick(MONTHS_EN)}\n{a.en_title} {a.Sur}\nBase pay: €{c.K(money(b))}\n"
            f"30% ruling allowance: €{money(b * 0.3)}\nIncome tax withheld: €{money(lh)}\nTake-home pay: €{c.K(money(n))}")


# ---------------------------------------------------------------- SIGNED_CONTRACT (21 templates)
def sigdate(c):
    return c.meet(c.pick(["d_m_y", "dmy-", "d_m_y"]), 2024, 2025)


@tpl("SIGNED_CONTRACT")
def con_huur_woning(c):
    vh, hr = c.person(), c.person()
    ad = c.addr(False)
    return (f"Artikel 12 – Slotbepaling\nDeze huurovereenkomst betreft de woning aan de {ad.line} te {ad.city}, "
            f"tegen een huurprijs van {c.amt(650, 1900, cents=False)} per maand.\n\nAldus overeengekomen en in "
            f"tweevoud ondertekend te {ad.city} op {sigdate(c)}.\n\nVerhuurder:                 Huurder:\n"
            f"{vh.full:<27} {hr.full}\n[handtekening]              [handtekening]")


@tpl("SIGNED_CONTRACT")
def con_arbeid(c):
    wn, wg = c.person(), c.person()
    comp = c.company()
    return (f"ARBEIDSOVEREENKOMST\n...\nArtikel 4. Het bruto maandsalaris bedraagt {c.amt(2400, 5800)} bij een "
            f"werkweek van 36 uur.\n...\nAldus opgemaakt en ondertekend in tweevoud te {c.city()} op {sigdate(c)}.\n\n"
            f"De werkgever,                      De werknemer,\n{comp}                {wn.full}\n"
            f"namens deze: {wg.ini}\n\nw.g. {wg.ini}                   w.g. {wn.full}")


@tpl("SIGNED_CONTRACT")
def con_koop_auto(c):
    vk, kp = c.person(), c.person()
    return (f"KOOPOVEREENKOMST GEBRUIKTE AUTO\nMerk/type: {c.pick(CARS)}\nKenteken: {c.plate('dash')}\n"
            f"Kilometerstand: {c.K(str(c.r.randint(20, 240)) + '.' + str(c.r.randint(100, 999)) + ' km')}\n"
            f"Koopsom: {c.amt(1500, 28000, cents=False)}\n\nVerkoper: {vk.full}, {c.phone()}\nKoper: {kp.full}, {c.phone()}\n\n"
            f"Handtekening verkoper: {vk.ini}       Handtekening koper: {kp.ini}\n"
            f"Getekend op {sigdate(c)} te {c.city()}")


@tpl("SIGNED_CONTRACT")
def con_offerte_akkoord(c):
    a = c.person()
    return (f"Offerte {c.K('OF-2025-' + str(c.r.randint(100, 999)))} – vervangen dakgoten\nTotaal incl. btw: {c.amt(800, 9000)}\n\n"
            f"Voor akkoord:\nNaam: {a.full}\nDatum: {sigdate(c)}\nHandtekening: {c.alt([lambda: 'w.g.', lambda: '[handtekening]', lambda: a.ini, lambda: '(getekend)'])}")


@tpl("SIGNED_CONTRACT")
def con_nda_english(c):
    a, b = c.person(), c.person()
    return (f"MUTUAL NON-DISCLOSURE AGREEMENT\n...\n8. This Agreement is governed by Dutch law.\n\n"
            f"IN WITNESS WHEREOF the parties have executed this Agreement.\n\nSigned by: /s/ {a.full}\n"
            f"Title: Managing Director\nDate: {c.K(c.pick(MONTHS_EN) + ' ' + str(c.r.randint(1, 28)) + ', 2025')}\n\n"
            f"Signed by: /s/ {b.full}\nTitle: CEO")


@tpl("SIGNED_CONTRACT")
def con_esign_log(c):
    a, b = c.person(), c.person()
    env = f"{rs(c.r, 8, HEX.upper())}-{rs(c.r, 4, HEX.upper())}-{rs(c.r, 4, HEX.upper())}-{rs(c.r, 12, HEX.upper())}"
    return (f"Voltooiingscertificaat\nEnvelop-ID: {env}\nDocument: {c.pick(['Huurovereenkomst', 'Arbeidsovereenkomst', 'Dienstverleningsovereenkomst'])}.pdf\n\n"
            f"Ondertekenaar 1: {a.full} ({a.email})\nOndertekend: {c.K(fmt_date(c.rand_date(2025, 2025), 'dmy-'))} 14:{c.r.randint(10, 59)}:{c.r.randint(10, 59)} CET\n"
            f"IP-adres: 84.{c.r.randint(20, 250)}.{c.r.randint(1, 250)}.{c.r.randint(1, 250)}\n\n"
            f"Ondertekenaar 2: {b.full} ({b.email})\nStatus: Voltooid")


@tpl("SIGNED_CONTRACT")
def con_dienstverlening(c):
    a, b = c.person(), c.person()
    return (f"DIENSTVERLENINGSOVEREENKOMST\nOpdrachtgever: {c.company()}, vertegenwoordigd door {a.full}\n"
            f"Opdrachtnemer: {b.full}, KvK {c.K(str(c.r.randint(60000000, 99999999)))}\nUurtarief: {c.amt(55, 140, cents=False)}\n\n"
            f"Plaats: {c.city()}   Datum: {sigdate(c)}\n\nw.g. {a.full}            w.g. {b.full}")


@tpl("SIGNED_CONTRACT")
def con_vaststelling(c):
    wn, wg = c.person(), c.person()
    return (f"VASTSTELLINGSOVEREENKOMST\nPartijen komen overeen dat de arbeidsovereenkomst met {wn.full} eindigt per "
            f"{c.meet('d_m_y')} met een transitievergoeding van {c.amt(3000, 40000)} bruto.\n\n"
            f"Ondertekend te {c.city()} op {sigdate(c)}\n\n{wg.full}, directeur          {wn.full}\n"
            f"(handtekening)                      (handtekening)")


@tpl("SIGNED_CONTRACT")
def con_opdrachtbevestiging_mail(c):
    a, b = c.person(), c.person()
    return (f"Beste {b.first},\n\nHierbij de getekende opdrachtbevestiging retour. Voor de volledigheid de tekst van "
            f"de laatste pagina:\n\n\"Voor akkoord opdrachtgever: {a.full}, {sigdate(c)}, [handtekening]\"\n\n"
            f"Het bedrag van {c.amt(500, 12000)} maken we na oplevering over.\n\nGroet,\n{a.first}")


@tpl("SIGNED_CONTRACT")
def con_parkeerplaats(c):
    vh, hr = c.person(), c.person()
    return (f"Huurovereenkomst parkeerplaats nr. {c.r.randint(1, 80)}\nHuurder: {hr.full}\nKenteken voertuig: "
            f"{c.plate(c.pick(['dash', 'nodash']))}\nHuur: {c.amt(40, 180, cents=False)} per maand, ingangsdatum {c.meet('dmy-')}\n\n"
            f"Getekend,\n{vh.ini} (verhuurder)      {hr.ini} (huurder)\n{sigdate(c)}")


@tpl("SIGNED_CONTRACT")
def con_koop_woning(c):
    vk, kp1, kp2 = c.person(), c.person(), c.person()
    ad = c.addr(False)
    return (f"KOOPOVEREENKOMST\nDe ondergetekenden:\n1. {vk.full}, hierna: verkoper;\n2. {kp1.full} en "
            f"{kp2.full}, hierna: koper;\nverklaren dat verkoper verkoopt aan koper de woning {ad.oneline} "
            f"voor een koopsom van {c.amt(250000, 900000, cents=False)} k.k.\n\nAldus getekend te {ad.city} op {sigdate(c)}\n\n"
            f"{vk.full}   {kp1.full}   {kp2.full}\n[handtekening] [handtekening] [handtekening]")


@tpl("SIGNED_CONTRACT")
def con_stage(c):
    st, sch, bedr = c.person(), c.person(), c.person()
    return (f"Stageovereenkomst\nStudent: {st.full} (studentnr. {c.K(str(c.r.randint(300000, 499999)))})\n"
            f"Stagebegeleider school: {sch.full}\nPraktijkbegeleider: {bedr.full}\nStagevergoeding: {c.amt(250, 600, cents=False)} per maand\n\n"
            f"Handtekeningen:\nStudent: {st.ini}  ✓\nSchool: {sch.ini}  ✓\nBedrijf: {bedr.ini}  ✓\nDatum: {sigdate(c)}")


@tpl("SIGNED_CONTRACT")
def con_flemish(c):
    a, b = c.person(origin="vl"), c.person(origin="vl")
    return (f"Opgemaakt te {c.pick([x[1] for x in BE_CITIES])} op {sigdate(c)}, in evenveel exemplaren als er partijen "
            f"zijn, elke partij erkent het hare te hebben ontvangen.\n\nDe verhuurder                De huurder\n"
            f"\"Gelezen en goedgekeurd\"     \"Gelezen en goedgekeurd\"\n{a.full}               {b.full}")


@tpl("SIGNED_CONTRACT")
def con_addendum(c):
    a, b = c.person(), c.person()
    return (f"Addendum 2 bij de arbeidsovereenkomst van {a.full}\nMet ingang van {c.meet('d_m_y')} wordt de "
            f"arbeidsduur verhoogd naar {c.K('32 uur')} per week.\n\nVoor akkoord werknemer: {a.full}, getekend {sigdate(c)}\n"
            f"Voor akkoord werkgever: {b.full}, getekend {sigdate(c)}")


@tpl("SIGNED_CONTRACT")
def con_esign_notice(c):
    a = c.person()
    return (f"Dit document is elektronisch ondertekend door {a.full} ({a.email}) op {sigdate(c)} om "
            f"{c.time()} via {c.pick(['ValidSign', 'SignRequest', 'DocuSign', 'Adobe Sign', 'Yousign'])}. "
            f"Verificatiecode: {rs(c.r, 10, UPPERDIG)}\n\nOvereenkomst: levering kantoormeubilair, totaal {c.amt(2000, 25000)}")


@tpl("SIGNED_CONTRACT")
def con_zzp(c):
    a, b = c.person(), c.person()
    return (f"OVEREENKOMST VAN OPDRACHT (modelovereenkomst geen werkgeversgezag)\nOpdrachtnemer: {a.full}\n"
            f"Adres: {c.addr(False).oneline}\nIBAN: {c.iban('nl')}\nTarief: {c.amt(60, 125, cents=False)} per uur excl. btw\n\n"
            f"Ondertekening\nOpdrachtgever: {b.full}   datum {sigdate(c)}   handtekening: {b.ini}\n"
            f"Opdrachtnemer: {a.full}   datum {sigdate(c)}   handtekening: {a.ini}")


@tpl("SIGNED_CONTRACT")
def con_lidmaatschap(c):
    a = c.person()
    return (f"Lidmaatschapsovereenkomst {c.pick(['Fitlab', 'Sportcentrum De Wissel', 'Padelclub Noord'])}\n"
            f"Lid: {a.full}, geboren {c.dob('dmy-')}\nIBAN voor incasso: {c.iban()}\nContributie: {c.amt(25, 60)} per maand\n"
            f"Handtekening lid: ✍ {a.full}   Datum: {sigdate(c)}")


@tpl("SIGNED_CONTRACT")
def con_lease(c):
    a, b = c.person(), c.person()
    return (f"Private leaseovereenkomst nr. {c.order_nr()}\nLessee: {a.full}\nVoertuig: {c.pick(CARS)}, kenteken {c.plate()}\n"
            f"Maandtermijn: {c.amt(250, 800)}, looptijd 48 maanden\n\nOndertekend door lessee op {sigdate(c)}: {a.ini}\n"
            f"Namens lessor: {b.full}")


@tpl("SIGNED_CONTRACT")
def con_aanneming(c):
    a, b = c.person(), c.person()
    ad = c.addr(False)
    return (f"Aannemingsovereenkomst verbouwing {ad.line}, {ad.city}\nAanneemsom: {c.amt(15000, 120000, cents=False)} incl. btw\n"
            f"Opleverdatum: uiterlijk {c.meet('d_m_y')}\n\nOpdrachtgever                  Aannemer\n{a.full}            "
            f"{b.full} ({c.company()})\nGetekend d.d. {sigdate(c)}     Getekend d.d. {sigdate(c)}")


@tpl("SIGNED_CONTRACT")
def con_signed_scan_mail(c):
    a, b = c.person(), c.person()
    return (f"Van: {a.full} <{a.email}>\nAan: {b.email}\nOnderwerp: RE: contract\n\nHierbij het contract, getekend "
            f"en gescand. Op pagina 4 staat mijn handtekening en de datum {sigdate(c)}.\n\n"
            f"--- pagina 4 ---\nHandtekening werknemer: [handtekening {a.full}]\nHandtekening werkgever: [handtekening {b.full}]")


@tpl("SIGNED_CONTRACT")
def con_english_services(c):
    a, b = c.person(), c.person()
    return (f"SERVICES AGREEMENT\nFee: {c.K('EUR ' + money(c.r.uniform(3000, 40000)))} per quarter.\n\nAGREED AND SIGNED:\n\n"
            f"For the Client: {a.full}\nSignature: {c.alt([lambda: '[signed]', lambda: '(signature)', lambda: a.ini])}\nDate: {c.K(fmt_date(c.rand_date(2025, 2025), 'en_long'))}\n\n"
            f"For the Supplier: {b.full}\nSignature: [signed]\nDate: {c.K(fmt_date(c.rand_date(2025, 2025), 'en_long'))}")


# ---------------------------------------------------------------- CUSTOMER_LIST (21 templates)
def nrows(c, lo=5, hi=10):
    return c.r.randint(lo, hi)


@tpl("CUSTOMER_LIST")
def cl_csv_comma(c):
    rows = ["voornaam,achternaam,email,telefoon"]
    for p in c.people(nrows(c)):
        rows.append(f"{p.first},{p.Sur},{p.email},{c.phone('mob')}")
    return "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_semicolon_export(c):
    rows = ["Klantnr;Naam;Adres;Postcode;Plaats;Telefoon"]
    for p in c.people(nrows(c)):
        ad = c.addr(False)
        rows.append(f"{c.r.randint(10000, 99999)};{p.full};{ad.line};{ad.pc};{ad.city};{c.phone()}")
    return "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_tab(c):
    rows = ["Naam\tE-mail\tKlant sinds"]
    for p in c.people(nrows(c)):
        rows.append(f"{p.full}\t{p.email}\t{c.r.randint(2012, 2025)}")
    return "Export uit Excel:\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_markdown(c):
    rows = ["| # | Klant | Telefoon | Woonplaats |", "|---|---|---|---|"]
    for i, p in enumerate(c.people(nrows(c)), 1):
        rows.append(f"| {i} | {p.full} | {c.phone()} | {c.city()} |")
    return "Terugbellijst vandaag\n\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_numbered(c):
    rows = []
    for i, p in enumerate(c.people(nrows(c)), 1):
        rows.append(f"{i}. {p.pick()} – {c.phone()} – {p.email}")
    return "Deelnemers proefles (bellen voor bevestiging):\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_crm_export(c):
    rows = ["Contact ID,First Name,Last Name,Email,Phone Number,Lifecycle Stage"]
    for p in c.people(nrows(c)):
        rows.append(f"{c.r.randint(100000, 999999)},{p.first},{p.Sur},{p.email},{c.phone()},"
                    f"{c.pick(['lead', 'customer', 'opportunity', 'subscriber'])}")
    return "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_json(c):
    arr = []
    for p in c.people(nrows(c, 5, 8)):
        ad = c.addr(False)
        arr.append({"naam": p.full, "email": p.email, "adres": ad.line, "postcode": ad.pc, "plaats": ad.city})
    return json.dumps(arr, indent=2, ensure_ascii=False)


@tpl("CUSTOMER_LIST")
def cl_mailing_to(c):
    ps = c.people(nrows(c, 6, 12))
    return ("Aan: " + "; ".join(f"{p.full} <{p.email}>" for p in ps) +
            f"\nOnderwerp: Uitnodiging klantenavond {c.meet('wd_d_m')}\n\nBeste klanten, ...")


@tpl("CUSTOMER_LIST")
def cl_debiteuren(c):
    rows = ["Debiteur | IBAN | Openstaand | Vervaldatum"]
    for p in c.people(nrows(c, 5, 9)):
        rows.append(f"{p.ini} | {c.iban(grouped=False)} | {c.amt(20, 3000, fmt='€ {}')} | {c.meet('dmy-')}")
    return "Debiteurenlijst > 30 dagen\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_patienten(c):
    rows = ["Patiënt;Geb.datum;Telefoon;Huisarts"]
    dr = c.person()
    for p in c.people(nrows(c, 5, 9)):
        rows.append(f"{p.sur_first};{c.dob('dmy-')};{c.phone()};{dr.ini}")
    return f"Afsprakenlijst griepvaccinatie {c.meet('wd_d_m')}\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST", "CUSTOMER_LIST", "BSN")
def cl_patienten_bsn(c):
    rows = ["naam,bsn,geboortedatum,verzekeraar"]
    for p in c.people(nrows(c, 5, 8)):
        rows.append(f"{p.full},{c.bsn('plain')},{c.dob('iso')},{c.pick(['VGZ', 'CZ', 'Zilveren Kruis', 'Menzis', 'DSW'])}")
    return "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_ledenlijst(c):
    rows = ["Lid | Geboortedatum | Adres | E-mail"]
    dfmt = c.pick(["dmy-", "dmy/", "d-m-y"])
    for p in c.people(nrows(c, 5, 9)):
        ad = c.addr(False)
        rows.append(f"{p.full} | {c.dob(dfmt)} | {ad.line}, {ad.city} | {p.email}")
    return f"Ledenlijst {c.pick(['VV De Zwaluwen', 'Koor Cantabile', 'Tennisclub Overbos', 'Volkstuinvereniging Ons Genoegen'])}\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_nieuwsbrief(c):
    rows = ["email,aangemeld_op,bron"]
    for p in c.people(nrows(c, 6, 14)):
        rows.append(f"{p.email},{fmt_date(c.rand_date(2023, 2025), 'iso')},{c.pick(['website', 'beurs', 'kassa', 'actie'])}")
    return "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_workshop(c):
    rows = []
    for p in c.people(nrows(c)):
        rows.append(f"- {p.full} ({c.phone('mob')}){c.pick(['', '', ' – vegetarisch', ' – neemt partner mee', ' – betaald'])}")
    return f"Aanmeldingen workshop {c.meet('wd_d_m')}:\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_leads_chat(c):
    a = c.person()
    ps = c.people(nrows(c, 5, 7))
    return (f"{a.first}: hier de leads van de beurs, kun jij ze deze week bellen?\n" +
            "\n".join(f"{p.pick()} {c.phone()}" for p in ps))


@tpl("CUSTOMER_LIST")
def cl_vcards(c):
    out = []
    for p in c.people(nrows(c, 5, 6)):
        out.append(f"BEGIN:VCARD\nVERSION:3.0\nFN:{p.full}\nTEL;TYPE=CELL:{c.phone('mob')}\nEMAIL:{p.email}\nEND:VCARD")
    return "\n".join(out)


@tpl("CUSTOMER_LIST")
def cl_bezorgroute(c):
    rows = []
    for i, p in enumerate(c.people(nrows(c, 6, 10)), 1):
        ad = c.addr(False)
        rows.append(f"{i:02d}  {ad.line}, {ad.pc}  {p.Sur}  tel {c.phone()}")
    return f"Bezorgroute {c.pick(['Noord', 'Oost', 'Centrum'])} – {c.meet('wd_d_m')}\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_wachtlijst(c):
    rows = ["Kind | Geb. | Ouder | Telefoon"]
    for p in c.people(nrows(c, 5, 8)):
        ouder = c.person()
        rows.append(f"{p.first} {p.sur} | {c.dob('dmy-', 2022, 2025)} | {ouder.full} | {c.phone('mob')}")
    return "Wachtlijst peutergroep\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_english_export(c):
    rows = ["Customer,Email,Country,Total orders"]
    for p in c.people(nrows(c)):
        rows.append(f"{p.full},{p.email},{c.pick(['NL', 'BE'])},{c.r.randint(1, 40)}")
    return "Top customers Q2 (export)\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_garage(c):
    rows = ["Kenteken;Eigenaar;Telefoon;APK vervalt"]
    for p in c.people(nrows(c, 5, 9)):
        rows.append(f"{c.plate(c.pick(['dash', 'nodash']))};{p.ini};{c.phone()};{c.meet('dmy-')}")
    return "Klanten APK-herinnering\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def cl_sql(c):
    rows = []
    for i, p in enumerate(c.people(nrows(c, 5, 7)), 1):
        rows.append(f"INSERT INTO klanten (id, naam, email, telefoon) VALUES ({i}, '{p.full}', "
                    f"'{p.email}', '{c.phone()}');")
    return "\n".join(rows)


# ---------------------------------------------------------------- NEG: hard negatives (40 templates)
@tpl("NEG")
def neg_pw_policy(c):
    return (f"Per {c.meet('d_m_y')} geldt een nieuw wachtwoordbeleid: minimaal 14 tekens, geen hergebruik van je "
            f"laatste 5 wachtwoorden en verplichte MFA. Je krijgt vanzelf een melding wanneer je wachtwoord verloopt.")


@tpl("NEG")
def neg_pw_forgot(c):
    sysname = c.pick(SYSTEMS + ["het klantportaal", "Mijn Omgeving", "de app"])
    return (f"Wachtwoord vergeten? Klik op het inlogscherm van {sysname} op "
            f"'{c.pick(['Wachtwoord vergeten', 'Inloggen lukt niet', 'Wachtwoord opnieuw instellen'])}', vul je "
            f"{c.pick(['e-mailadres', 'gebruikersnaam', 'personeelsnummer'])} in en volg de link in de mail. De link is "
            f"{c.K(c.pick(['15', '30', '60']) + ' minuten')} geldig. Lukt het niet, "
            f"{c.pick(['bel dan de servicedesk', 'maak dan een ticket aan', 'loop even langs bij ICT', 'mail dan de helpdesk via het portaal'])}.")


@tpl("NEG")
def neg_phishing(c):
    return (f"Let op: er gaat een phishing{c.pick(['mail', '-sms', 'bericht via WhatsApp'])} rond uit naam van "
            f"{c.pick(['de Belastingdienst', 'Microsoft', 'onze bank', 'PostNL', 'de directie', 'DigiD', 'de IT-afdeling'])} "
            f"waarin gevraagd wordt {c.pick(['je wachtwoord te bevestigen', 'je pincode door te geven', 'op een link te klikken om je account te verifiëren', 'je inlogcode te delen'])}. "
            f"Wij vragen NOOIT om je wachtwoord, pincode of inlogcode. Meld verdachte berichten "
            f"{c.pick(['via de knop Phishing melden', 'bij de servicedesk', 'in het kanaal #security'])}.")


@tpl("NEG")
def neg_env_placeholders(c):
    ph = c.pick(["<jouw-sleutel-hier>", "xxx", "VUL_IN", "${SECRET}", "changeme", "your-api-key", "<invullen>", "..."])
    lines = ["DB_HOST=localhost", "DB_USERNAME=", "DB_PASSWORD=" + c.pick(["", "${DB_PASSWORD}", "<wachtwoord>"]),
             c.pick(["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MOLLIE_API_KEY", "STRIPE_SECRET", "SENDGRID_API_KEY"]) + "=" + ph,
             "APP_DEBUG=" + c.pick(["true", "false"]), "MAIL_PORT=" + c.pick(["25", "587", "2525"])]
    c.r.shuffle(lines)
    return c.pick(["# .env.example – kopieer naar .env en vul zelf in\n", "# voorbeeldconfig, geen echte waarden\n",
                   "Template voor lokaal draaien:\n"]) + "\n".join(lines)


@tpl("NEG")
def neg_redacted_key(c):
    return (f"De sleutel die in de logs stond (sk-proj-****…{rs(c.r, 4)}) is op {c.meet('wd_d_m')} ingetrokken. "
            f"Er is geen misbruik gezien; kosten die maand: {c.amt(5, 90)}.")


@tpl("NEG")
def neg_key_rotation(c):
    prov = c.pick(["Mollie", "Stripe", "Google Maps", "Postmark", "OpenAI", "AWS"])
    return (f"De {prov}-sleutel verloopt op {c.meet('d_m')}. Wil iemand met beheerrechten een nieuwe aanmaken in het "
            f"dashboard en hem direct in de kluis zetten? Niet in Teams plakken graag.")


@tpl("NEG")
def neg_bsn_question(c):
    who = c.pick(["de apotheek", "de tandarts", "de sportschool", "de verhuurder", "het uitzendbureau", "de school",
                  "de fysiotherapeut", "mijn nieuwe werkgever"])
    return c.pick([
        f"Waarom vraagt {who} eigenlijk om mijn BSN? Ik dacht dat je dat nummer niet zomaar hoefde te geven.",
        f"Mag {who} een kopie van mijn ID-kaart met BSN bewaren? Ik twijfel of dat wel mag volgens de AVG.",
        f"Je BSN vind je op je paspoort, ID-kaart of rijbewijs. Geef het aan {who} alleen via het beveiligde "
        f"uploadformulier, nooit via de mail.",
        f"Tip: maak met de KopieID-app een kopie van je identiteitsbewijs waarop je BSN is doorgestreept voordat je "
        f"hem naar {who} stuurt.",
    ])


@tpl("NEG")
def neg_ordernumber(c):
    return (f"Je bestelling {c.order_nr()} is verzonden en wordt {c.meet('wd_d_m')} bezorgd. Totaalbedrag: "
            f"{c.amt(10, 400)}. Bewaar het bestelnummer voor eventuele retouren.")


@tpl("NEG")
def neg_klantnummer(c):
    return (f"Uw klantnummer is {c.order_nr()} (let op: dit is niet uw BSN). Vermeld dit nummer bij betaling van de "
            f"factuur van {c.amt(20, 900)} vóór {c.meet('d_m_y')}.")


@tpl("NEG")
def neg_payslip_release(c):
    return (f"De loonstroken van deze maand staan vanaf {c.meet('wd_d_m')} in het personeelsportaal. Door de "
            f"cao-verhoging van {c.K(c.pick(['3,5%', '2,75%', '4%', '1,8%']))} kan het netto bedrag afwijken van vorige maand.")


@tpl("NEG")
def neg_jaaropgave_question(c):
    return (f"Hoi, waar vind ik mijn jaaropgave van {c.pick(['2023', '2024', 'vorig jaar'])}? Ik heb hem nodig voor "
            f"{c.pick(['de hypotheekaanvraag', 'de huurtoeslag', 'mijn belastingaangifte', 'de studiefinanciering van mijn zoon'])} "
            f"en in het portaal zie ik alleen de loonstroken vanaf {c.pick(MAANDEN)}.")


@tpl("NEG")
def neg_salary_general(c):
    return (f"{c.pick(['Uitleg loonstrook', 'FAQ salaris', 'Even uitgelegd'])}: op je loonstrook zie je eerst je brutoloon. "
            f"Daarvan gaan onder meer {c.pick(['pensioenpremie en loonheffing', 'loonheffing en de WGA-premie', 'pensioen, loonheffing en eventueel de bijdrage personeelsvereniging'])} af. "
            f"Wat overblijft is je nettoloon. Vakantiegeld ({c.K(c.pick(['8%', '8,33%']))}) wordt bij ons in "
            f"{c.pick(['mei', 'juni', 'december'])} uitbetaald.")


@tpl("NEG")
def neg_cao(c):
    d1, d2 = c.meet_pair("d_m_y", 120, 400)
    return (f"Cao-akkoord: de lonen stijgen per {d1} met {c.K(c.pick(['3%', '4,5%', '2,2%']))} en per "
            f"{d2} nog eens met {c.K(c.pick(['1,5%', '2%']))}. De eenmalige uitkering bedraagt {c.amt(300, 1000, cents=False)} bruto.")


@tpl("NEG")
def neg_concept_contract(c):
    return (f"CONCEPT – HUUROVEREENKOMST WOONRUIMTE\n\nHuurprijs: {c.amt(700, 1800, cents=False)} per maand\n"
            f"Ingangsdatum: {c.meet('d_m_y')}\n\nVerhuurder: [NAAM VERHUURDER]\nHuurder: [NAAM HUURDER]\n\n"
            "Handtekening verhuurder: ____________________   Datum: ___________\n"
            "Handtekening huurder:    ____________________   Datum: ___________")


@tpl("NEG")
def neg_concept_with_names(c):
    a, b = c.person(), c.person()
    return (f"CONCEPT v{c.r.randint(2, 5)} – nog niet ondertekenen\nDienstverleningsovereenkomst tussen {a.full} en "
            f"{b.full}\nVergoeding: {c.amt(1000, 15000)} per kwartaal\n\nHandtekening: ______________\nDatum: ___-___-______\n"
            f"\nHandtekening: ______________\nDatum: ___-___-______")


@tpl("NEG")
def neg_to_be_signed(c):
    a = c.person()
    return (f"Hoi {a.first}, ik stuur het contract {c.meet('wd_d_m')} via DocuSign ter ondertekening. Kijk vooral "
            f"even naar artikel 7 over de opzegtermijn; daar hadden we het nog niet over gehad.")


@tpl("NEG")
def neg_template_contract(c):
    return (f"Model arbeidsovereenkomst {c.pick(['bepaalde tijd', 'onbepaalde tijd', 'oproepbasis', 'min-max'])}\n\nDe ondergetekenden:\n"
            "1. [naam werkgever], gevestigd te [plaats];\n2. [naam werknemer], wonende te [adres];\n"
            "verklaren te zijn overeengekomen als volgt: ...\n\n"
            f"Salaris: schaal {c.r.randint(4, 12)}, trede [..]; proeftijd {c.pick(['geen', '1 maand', '2 maanden'])}\n\n"
            "Handtekening werkgever: ..........  Handtekening werknemer: ..........")


@tpl("NEG")
def neg_two_colleagues(c):
    a, b = c.person(), c.person()
    return (f"Voor vragen over de verhuizing kun je terecht bij {a.full} ({a.email}) of {b.full} ({c.phone()}). "
            f"De verhuisdozen staan vanaf {c.meet('wd_d_m')} klaar.")


@tpl("NEG")
def neg_three_colleagues_list(c):
    ps = c.people(3)
    return ("Aanspreekpunten BHV deze maand:\n" + "\n".join(f"- {p.full}, {c.phone('mob')}" for p in ps))


@tpl("NEG")
def neg_export_request(c):
    return ("Kun je de klantenlijst exporteren uit het CRM en op de SharePoint zetten? Niet mailen i.v.m. de AVG. "
            f"Het gaat om ongeveer {c.K(str(c.r.randint(300, 5000)) + ' klanten')}.")


@tpl("NEG")
def neg_newsletter_stats(c):
    return (f"Nieuwsbrief {c.pick(MAANDEN)} verstuurd naar {c.K(money(c.r.randint(800, 25000), False))} abonnees. "
            f"Openratio {c.K(str(c.r.randint(18, 55)) + '%')}, {c.r.randint(3, 40)} afmeldingen.")


@tpl("NEG")
def neg_meeting_firstnames(c):
    ps = c.people(3)
    return (f"Notulen teamoverleg {c.meet('wd_d_m')}\nAanwezig: {ps[0].first}, {ps[1].first}, {ps[2].first}\n"
            f"1. Budget Q3: {c.amt(2000, 60000)} beschikbaar\n2. Nieuwe wachtwoordmanager wordt uitgerold\n3. Rondvraag: geen")


@tpl("NEG")
def neg_english_secrets_policy(c):
    return (f"Reminder: never paste API keys, tokens or passwords in {c.pick(['Slack', 'Teams', 'Jira tickets', 'e-mail', 'Confluence'])}. "
            f"Use {c.pick(['the vault', '1Password', 'Bitwarden', 'Azure Key Vault'])} and share a link instead. "
            f"Keys that leak are revoked automatically within {c.K(c.pick(['5', '10', '15']) + ' minutes')}.")


@tpl("NEG")
def neg_security_training(c):
    return (f"Uitnodiging: training 'Veilig omgaan met persoonsgegevens' op {c.meet('wd_d_m')} van {c.K('13:30')} tot "
            f"{c.K('15:00')}. Onderwerpen: BSN, wachtwoorden, klantenlijsten en het melden van datalekken.")


@tpl("NEG")
def neg_mfa(c):
    return (f"MFA instellen voor {c.pick(SYSTEMS)}: installeer de {c.pick(['Microsoft Authenticator', 'Google Authenticator', 'Authy', 'FreeOTP'])}-app, "
            f"scan de QR-code op het scherm en vul de {c.pick(['6', '8'])}-cijferige code in die de app toont. "
            f"Verlies je je telefoon, neem dan contact op met {c.pick(['de servicedesk', 'je leidinggevende', 'ICT'])}.")


@tpl("NEG")
def neg_commit_env(c):
    var = c.pick(["OPENAI_API_KEY", "MOLLIE_KEY", "STRIPE_SECRET_KEY", "DB_PASSWORD", "SENDGRID_API_KEY"])
    return (f"commit {rs(c.r, 7, HEX)}\n    {c.pick(['Verwijder hardcoded secret', 'Remove hardcoded credentials', 'Secrets uit de code gehaald'])}, "
            f"laad {var} uit environment\n\n-    secret = SECRET\n+    secret = os.environ[\"{var}\"]")


@tpl("NEG")
def neg_budget(c):
    return (f"Begroting {c.pick(['2026', '2025'])}: personeelskosten {c.amt(200000, 3000000, cents=False)}, huisvesting "
            f"{c.amt(40000, 400000, cents=False)}, ICT {c.amt(20000, 250000, cents=False)}. Bespreking in het MT op {c.meet('wd_d_m')}.")


@tpl("NEG")
def neg_invoice_ref(c):
    return (f"Factuur {c.K('2025-' + str(c.r.randint(1000, 9999)))} van {c.amt(100, 5000)} is op {c.meet('dmy-')} "
            f"betaald. Ordernummer {c.order_nr()}, referentie {c.K('PO-' + str(c.r.randint(10000, 99999)))}.")


@tpl("NEG")
def neg_article_numbers(c):
    rows = [f"{c.order_nr()}  {c.pick(['Bureaustoel Ergo', 'Monitorarm dubbel', 'Headset USB-C', 'Dockingstation', 'Whiteboard 120x90'])}  {c.amt(20, 600, fmt='€ {}')}"
            for _ in range(3)]
    return "Artikelnr   Omschrijving   Prijs\n" + "\n".join(rows)


@tpl("NEG")
def neg_track_trace(c):
    return (f"Je pakket met track & trace {c.K('3S' + rs(c.r, 4, 'ABCDEFGHJKLMNPRSTVWXYZ') + str(c.r.randint(1000000, 9999999)))} "
            f"wordt {c.meet('wd_d_m')} tussen {c.K('14:15')} en {c.K('16:45')} bezorgd.")


@tpl("NEG")
def neg_wifi_no_pw(c):
    return (f"Het gastnetwerk heet '{c.pick(['Kantoor-Gast', 'Bezoekers', 'Guest-5G', 'Praktijk_gast'])}'. De actuele code "
            f"hangt bij {c.pick(['de receptie', 'de koffieautomaat', 'de balie'])} en wordt elke {c.pick(DAGEN[:5])} "
            f"vernieuwd, dus niet doorsturen naar externen.")


@tpl("NEG")
def neg_alarm_changed(c):
    return (f"De alarmcode van het magazijn is per {c.meet('d_m')} gewijzigd. Vraag de nieuwe code persoonlijk op bij "
            f"Facilitair; we zetten hem bewust niet in de mail.")


@tpl("NEG")
def neg_nda_draft_en(c):
    return (f"DRAFT v{c.r.randint(1, 6)} – NOT FOR SIGNATURE\n{c.pick(['MUTUAL ', 'ONE-WAY ', ''])}NON-DISCLOSURE AGREEMENT "
            f"between {c.company()} and [Counterparty]\n...\nTerm: {c.pick(['two', 'three', 'five'])} years\n\n"
            "Signed by: ____________________\nName: ____________________\nDate: ____/____/________")


@tpl("NEG")
def neg_bsn_field_spec(c):
    return (f"Veld {c.r.randint(2, 14)} – {c.pick(['BSN', 'Burgerservicenummer', 'bsn'])}: {c.pick(['verplicht', 'optioneel'])}, "
            f"9 cijfers, moet voldoen aan de elfproef. Toon bij een ongeldig nummer de melding "
            f"'{c.pick(['Controleer je burgerservicenummer', 'Dit BSN is ongeldig', 'Vul een geldig BSN in'])}'. "
            f"Sla het veld {c.pick(['versleuteld', 'gehasht', 'alleen tijdelijk'])} op.")


@tpl("NEG")
def neg_customer_count(c):
    return (f"Klantenbestand per {c.meet('d_m_y')}: {c.K(money(c.r.randint(1200, 9000), False))} actieve klanten, "
            f"{c.K(str(c.r.randint(40, 300)))} nieuwe aanmeldingen en een omzet van {c.amt(100000, 900000, cents=False)}.")


@tpl("NEG")
def neg_salary_indication_vacancy(c):
    return (f"Vacature {c.pick(['Financieel administratief medewerker', 'Planner', 'Klantadviseur', 'Monteur'])} (32-36 uur). "
            f"Salarisindicatie: {c.amt(2800, 3400, cents=False, fmt='€ {}')} – "
            f"{c.amt(3500, 4300, cents=False, fmt='€ {}')} bruto per maand. Solliciteren kan tot {c.meet('d_m')}.")


@tpl("NEG")
def neg_ticket_numbers(c):
    return (f"Incident {c.K('INC' + str(c.r.randint(1000000, 9999999)))} (inloggen lukt niet) is gekoppeld aan "
            f"probleem {c.K('PRB' + str(c.r.randint(10000, 99999)))}. Oplossing verwacht {c.meet('wd_d_m')}.")


@tpl("NEG")
def neg_signed_talk(c):
    return (f"Is het huurcontract van de nieuwe vestiging al getekend? De verhuurder wil het uiterlijk "
            f"{c.meet('wd_d_m')} terug hebben, anders vervalt de korting van {c.amt(200, 3000, cents=False)}.")


@tpl("NEG")
def neg_two_person_table(c):
    a, b = c.person(), c.person()
    return ("| Rol | Naam | Telefoon |\n|---|---|---|\n"
            f"| Projectleider | {a.full} | {c.phone()} |\n| Uitvoerder | {b.full} | {c.phone('mob')} |")


@tpl("NEG")
def neg_vacation_roster(c):
    ps = c.people(3)
    a1, a2 = c.meet_pair("d_m", 7, 21, 2025, 2025)
    b1, b2 = c.meet_pair("d_m", 7, 21, 2025, 2025)
    return (f"Vakantierooster:\n{ps[0].first}: {a1} t/m {a2}\n{ps[1].first}: week {c.r.randint(27, 30)}-{c.r.randint(31, 34)}\n"
            f"{ps[2].first}: {b1} t/m {b2}")


@tpl("NEG")
def neg_kvk_btw(c):
    kvk = str(c.r.randint(60000000, 99999999))
    btw = "NL" + c.non_elf9(8) + "B0" + str(c.r.randint(1, 9))
    return (f"Onze gegevens: KvK {c.K(kvk)}, btw-nummer {c.K(btw)}. Betaaltermijn 30 dagen; bij vragen over "
            f"factuur {c.K(str(c.r.randint(20250000, 20259999)))} neem contact op via het klantportaal.")


# ---------------------------------------------------------------- PII: ordinary texts (60 templates)
# -- licence plates
@tpl("PII")
def pii_parkeervergunning(c):
    a = c.person()
    ad = c.addr(False)
    return (f"Graag wil ik de parkeervergunning overzetten naar mijn nieuwe auto met kenteken {c.plate()}. "
            f"Mijn adres is {ad.oneline}.\n\nMet vriendelijke groet,\n{a.full}")


@tpl("PII")
def pii_plate_chat_nokw(c):
    a, b = c.person(), c.person()
    return (f"{a.first_l}: staat jouw auto ({c.plate(c.pick(['lower', 'lowernodash']))}) nog op de invalidenplek?\n"
            f"{b.first_l}: oeps ja, ik zet hem zo weg")


@tpl("PII")
def pii_schademelding(c):
    a, b = c.person(), c.person()
    return (f"Schademelding {c.meet('dmy-')}\nEigen voertuig: {c.pick(CARS)}, {c.plate()}\nBestuurder: {a.full}, {c.phone()}\n"
            f"Tegenpartij: {b.full}, kenteken {c.plate()}, verzekerd bij {c.pick(['Centraal Beheer', 'Interpolis', 'ANWB', 'Univé', 'FBTO'])}\n"
            f"Geschatte schade: {c.amt(300, 6000)}")


@tpl("PII")
def pii_lease_handover(c):
    a = c.person()
    return (f"De {c.pick(CARS)} met kenteken {c.plate()} gaat per {c.meet('d_m')} naar {a.full}. De tankpas en "
            f"het laadpasje liggen bij de receptie.")


@tpl("PII")
def pii_apk(c):
    a = c.person()
    return (f"Beste {a.formal},\n\nUw {c.pick(CARS)} ({c.plate(c.pick(['nodash', 'dash']))}) moet voor "
            f"{c.meet('d_m_y')} gekeurd worden. De APK kost bij ons {c.amt(35, 80, cents=False)}. Bel {c.phone('fix3')} voor een afspraak.\n\n"
            f"Autobedrijf De Kruising")


@tpl("PII")
def pii_boete(c):
    a = c.person()
    return (f"Er is een bekeuring binnengekomen voor de bus {c.plate()}: {c.amt(30, 450)} voor te hard rijden op "
            f"{c.meet('dmy-')}. Volgens de rittenplanning reed {a.full} die dag. {a.first}, kun je even langskomen?")


@tpl("PII")
def pii_poolauto(c):
    return ("Poolauto's deze week:\n" + "\n".join(
        f"- {c.pick(CARS)} {c.plate()} – {c.pick(['garage P2', 'voor de deur', 'bij de monteur', 'vestiging Zuid'])}" for _ in range(3)))


@tpl("PII")
def pii_parking_log(c):
    return (f"Slagboomlog {c.meet('dmy-')}\n" + "\n".join(
        f"{c.time()}  IN   {c.plate(c.pick(['nodash', 'dash']))}" for _ in range(2)) +
            f"\n{c.time()}  UIT  {c.plate('nodash')}")


@tpl("PII")
def pii_plate_english(c):
    a = c.person()
    return (f"Hi, I parked a rental car in your garage, registration {c.plate()}. Could you add it to the visitor "
            f"list for {c.meet('en_wd')}? Thanks, {a.full}")


@tpl("PII")
def pii_plate_lower_message(c):
    a = c.person()
    return f"de blauwe caddy {c.plate('lowernodash')} blokkeert de uitrit van {a.first}, wie is de eigenaar?"


# -- dates of birth
@tpl("PII")
def pii_intake_geb(c):
    a = c.person()
    return (f"Intake {c.meet('dmy-')}\nNaam: {a.full}\nGeb.: {c.dob(c.pick(['dmy-', 'dmy.', 'mnd.']))}\n"
            f"Tel.: {c.phone()}\nHulpvraag: ondersteuning bij administratie")


@tpl("PII")
def pii_geboren_te(c):
    a = c.person()
    return f"{a.full}, geboren op {c.dob(c.pick(['long', 'dmy-', 'd-m-y']))} te {c.city()}, treedt per {c.meet('d_m_y')} in dienst als {c.pick(['planner', 'docent', 'monteur', 'jurist'])}."


@tpl("PII")
def pii_dob_english(c):
    a = c.person()
    return (f"Passenger: {a.en_title} {a.full}\nDOB: {c.dob(c.pick(['dmy/', 'iso', 'en_long']))}\nFlight: {c.K('KL1' + str(c.r.randint(100, 999)))}\n"
            f"Departure: {c.K(fmt_date(c.rand_date(2025, 2026), 'en_long'))}")


@tpl("PII")
def pii_flemish_degree(c):
    a = c.person(origin="vl")
    return (f"Curriculum vitae\n{a.full} (° {c.dob(c.pick(['dmy/', 'dmy.', 'long']))}, {c.pick([x[1] for x in BE_CITIES])})\n"
            f"{c.addr(True).oneline}\n{c.phone('be')}\n{a.email}")


@tpl("PII")
def pii_name_bracket_dob(c):
    a, b = c.person(), c.person()
    return (f"Gezin op de wachtlijst: {a.full} ({c.dob('dmy-', 1975, 1995)}) en {b.first} ({c.dob('dmy-', 2015, 2022)}). "
            f"Voorkeur voor een woning in {c.city()}.")


@tpl("PII")
def pii_dob_table(c):
    a, b = c.person(), c.person()
    return ("| Naam | Geboortedatum | Functie |\n|---|---|---|\n"
            f"| {a.full} | {c.dob('dmy-')} | {c.pick(['Teamleider', 'Monteur', 'Adviseur'])} |\n"
            f"| {b.full} | {c.dob('dmy-')} | {c.pick(['Stagiair', 'Planner', 'Boekhouder'])} |")


@tpl("PII")
def pii_date_of_birth_form(c):
    a = c.person()
    return (f"Registration form\nFull name: {a.full}\nDate of birth: {c.dob(c.pick(['en_us', 'en_long', 'dmy/']))}\n"
            f"Email: {a.email}\nPhone: {c.phone()}")


@tpl("PII")
def pii_verzekering_dob(c):
    a = c.person()
    return (f"Schadeclaim reisverzekering\nVerzekerde: {a.ini}, geboortedatum {c.dob()}\nDatum schade: {c.meet('dmy-')}\n"
            f"Bedrag: {c.amt(50, 2000)}\nUitbetalen op {c.iban()}")


@tpl("PII")
def pii_sportclub(c):
    a = c.person()
    return (f"Aanmelding jeugdlid\nNaam: {a.full}\ngeb.datum: {c.dob(c.pick(['dmy-', 'dmy2', 'dmy/2']), 2010, 2018)}\n"
            f"Ouder e-mail: {c.person().email}\nTeam: {c.pick(['JO11-2', 'MO13-1', 'JO9-4'])}")


@tpl("PII")
def pii_dossier_mnd(c):
    a = c.person()
    return f"Dossier {a.sur_first}, geb. {c.dob(c.pick(['mnd.', 'mnd', 'dmY-mnd']))} – laatste contact {c.meet('d_m')}."


@tpl("PII")
def pii_dob_iso_json(c):
    a = c.person()
    return json.dumps({"klant": {"naam": a.full, "geboortedatum": c.dob("iso"), "telefoon": c.phone()},
                       "bestelling": c.order_nr()}, ensure_ascii=False)


# -- addresses
@tpl("PII")
def pii_verhuisbericht(c):
    a = c.person()
    ad = c.addr()
    return f"Wij zijn verhuisd! Vanaf {c.meet('d_m')} is ons nieuwe adres:\n\n{a.full}\n{ad.twoline}\n\nDe koffie staat klaar."


@tpl("PII")
def pii_chat_lower_address(c):
    a, b = c.person(), c.person()
    ad = c.addr(False)
    return (f"{a.first_l}: waar moet ik zaterdag heen?\n{b.first_l}: {ad.line_l} in {ad.city.lower()}, "
            f"postcode {ad.pc_l}, bel maar aan bij {b.first_l}")


@tpl("PII")
def pii_flemish_bus(c):
    a = c.person(origin="vl")
    ad = c.addr(True, bus=True)
    return (f"Gelieve het pakket te leveren op {ad.line}, {ad.pcnum} {ad.city}. Indien niemand thuis is, mag het "
            f"bij de buren. Met vriendelijke groeten, {a.full} – {c.phone('be')}")


@tpl("PII")
def pii_delivery_addition(c):
    a = c.person()
    ad = c.addr(False)
    return (f"Bezorgadres: {ad.oneline} (3-hoog, bel werkt niet – graag even bellen naar {c.phone('mob')}). "
            f"Ontvanger: {a.pick()}")


@tpl("PII")
def pii_address_table_row(c):
    a = c.person()
    ad = c.addr(False)
    return f"Naam | Adres | Postcode | Plaats\n{a.full} | {ad.line} | {ad.pc} | {ad.city}"


@tpl("PII")
def pii_letter_header(c):
    a, b = c.person(), c.person()
    ad = c.addr(False)
    return (f"{a.full}\n{ad.twoline}\n\n{c.city()}, {c.meet('d_m_y')}\n\nBetreft: bezwaar WOZ-waarde\n\n"
            f"Geachte heer/mevrouw,\n\nHierbij maak ik bezwaar tegen de WOZ-beschikking van {c.amt(200000, 700000, cents=False)}...")


@tpl("PII")
def pii_huisbezoeken(c):
    a, b = c.person(), c.person()
    a1, a2 = c.addr(False), c.addr(False)
    return (f"Huisbezoeken {c.meet('wd_d_m')}:\n09:30 {a.formal}, {a1.line}, {a1.city}\n11:00 {b.formal}, {a2.line}, "
            f"{a2.city} (hond aanwezig)")


@tpl("PII")
def pii_postcode_chat(c):
    a = c.person()
    ad = c.addr(False)
    return f"{a.first_l}: postcode is {ad.pc_l}, huisnummer {c.r.randint(1, 99)}. jij hebt de sleutel toch?"


@tpl("PII")
def pii_two_line_return(c):
    a = c.person()
    ad = c.addr(False)
    return f"Retouradres:\n{c.company()}\nt.a.v. {a.full}\n{ad.line}\n{ad.pc} {ad.city.upper()}"


@tpl("PII")
def pii_tenant_repair(c):
    a = c.person()
    ad = c.addr(False)
    return (f"Reparatieverzoek\nHuurder: {a.dhr}\nAdres: {ad.line}, {ad.city}\nProbleem: lekkage badkamer sinds "
            f"{c.meet('d_m')}\nBereikbaar: {c.phone()}")


# -- names in many forms
@tpl("PII")
def pii_lowercase_chat(c):
    a, b, d = c.person(), c.person(), c.person()
    return (f"{a.first_l}: heb net met {d.first_l} gebeld, ze komt morgen pas\n{b.first_l}: ok, dan schuiven we de "
            f"demo naar {c.meet('wdk_d_m')}\n{a.first_l}: 👍")


@tpl("PII")
def pii_signoff_first(c):
    a = c.person()
    return (f"Hoi allemaal,\n\nDe borrel van vrijdag is verplaatst naar {c.meet('wd_d_m')}. Wie neemt er iets "
            f"lekkers mee?\n\n{c.pick(['Groetjes', 'Gr.', 'Groet', 'Liefs', 'Cheers'])},\n{a.first}")


@tpl("PII")
def pii_phone_note_mevrouw(c):
    a = c.person()
    return (f"Terugbelverzoek: {a.formal} belde over de factuur van {c.amt(40, 900)}. Graag terugbellen op "
            f"{c.phone()}, liefst na {c.K('16:00')}.")


@tpl("PII")
def pii_initials_letter(c):
    a = c.person()
    ad = c.addr(False)
    return f"{a.dhr}\n{ad.twoline}\n\n{a.aanhef},\n\nHierbij bevestigen wij uw afspraak op {c.meet('wd_d_m_y')}."


@tpl("PII")
def pii_double_surname(c):
    for _ in range(20):
        a = c.person(origin="nl")
        if "-" in a._sur:
            break
    else:
        s2 = c.pick(SUR["nl"])
        a._sur = a._sur + "-" + s2
    return (f"Mevrouw {a.Sur} is per {c.meet('d_m')} de nieuwe locatiemanager. Ze is bereikbaar via {a.email}.")


@tpl("PII")
def pii_word_surnames(c):
    names = ["Bakker", "Visser", "Smit", "Bos", "Vos", "Groen", "Koning", "Hoek", "Klein", "Schaap", "Vink",
             "Kok", "Post", "Winter", "Stam", "Haas", "Kroon", "Snoek", "Spijker", "Zwart", "Molenaar", "Koster"]
    s1, s2 = c.r.sample(names, 2)
    a = Person(c, c.pick(FIRST["nl"][0]), s1, "f")
    b = Person(c, c.pick(FIRST["nl"][1]), s2, "m")
    return (f"{a.Sur} en {b.Sur} hebben de offerte nagekeken. {a.Sur} vindt het bedrag van {c.amt(1000, 20000)} "
            f"te hoog; {b.Sur} wil eerst met {a.full} en {b.full} overleggen.")


@tpl("PII")
def pii_referral(c):
    a, b = c.person(), c.person()
    return (f"Via {a.full} kwam ik bij jullie terecht. Ik zoek iemand die mijn administratie kan overnemen. "
            f"U kunt mij bereiken op {c.phone()}.\n\nVriendelijke groet,\n{b.full}")


@tpl("PII")
def pii_minutes_three(c):
    a, b, d = c.person(), c.person(), c.person()
    return (f"Verslag overleg {c.meet('dmy-')}\nAanwezig: {a.full} (voorzitter), {b.ini}, {d.full}\n"
            f"Actie: {b.Sur} stuurt de planning rond; {d.first} vraagt een offerte op van max. {c.amt(500, 8000, cents=False)}.")


@tpl("PII")
def pii_english_mail(c):
    a, b = c.person(), c.person()
    return (f"Dear {a.en_title} {a.Sur},\n\nThank you for your application. {b.full} will contact you on "
            f"{c.meet('en_d_m')} to schedule an interview. You can reach {'her' if b.g == 'f' else 'him'} at {b.email}.\n\nBest regards,\nRecruitment")


@tpl("PII")
def pii_ziekmelding(c):
    a = c.person()
    return (f"Even een update: {a.pick()} ligt met griep op bed en werkt vandaag niet. Alleen in noodgevallen "
            f"bellen ({c.phone('mob')}), verder gewoon mailen naar {a.email}. Het overleg van {c.K(c.time())} schuift door.")


@tpl("PII")
def pii_refund_iban(c):
    a = c.person()
    return (f"Via de webchat: {a.formal} wil {c.amt(10, 600)} terug op rekening {c.iban()}, want bestelling "
            f"{c.order_nr()} kwam beschadigd aan. Foto's zitten in het ticket.")


@tpl("PII")
def pii_refund_be(c):
    a = c.person(origin="vl")
    return (f"Beste,\n\nGelieve het voorschot van {c.amt(50, 900)} terug te storten op rekening {c.iban('be')} "
            f"op naam van {a.full}.\n\nMet vriendelijke groeten")


@tpl("PII")
def pii_whatsapp_group(c):
    a, b, d = c.person(), c.person(), c.person()
    st = "wa"
    return "\n".join([chat_line(c, a.full, "Wie kan zaterdag rijden naar het uitduel?", st),
                      chat_line(c, b.full, f"Ik! Heb plek voor 3. Mijn nummer is {c.phone('mob')}", st),
                      chat_line(c, d.first, f"{b.first} top, {d.first_l} en ik rijden mee", st)])


@tpl("PII")
def pii_forward_header(c):
    a, b = c.person(), c.person()
    return (f"---------- Doorgestuurd bericht ----------\nVan: {a.full} <{a.email}>\nDatum: {c.meet('wd_d_m_y')}\n"
            f"Aan: {b.full} <{b.email}>\nOnderwerp: offerte schilderwerk\n\nHierbij de offerte van {c.amt(800, 9000)}.")


@tpl("PII")
def pii_complaint(c):
    a = c.person()
    ad = c.addr()
    return (f"Klacht\n\nIk, {a.full}, wonende aan de {ad.line} te {ad.city}, wil een klacht indienen over de "
            f"monteur die op {c.meet('wd_d_m')} niet kwam opdagen. Graag de voorrijkosten van {c.amt(30, 95)} terugstorten "
            f"op {c.iban()}.")


@tpl("PII")
def pii_cv_header(c):
    a = c.person()
    ad = c.addr(False)
    return (f"{a.full}\n{ad.line} | {ad.pc} {ad.city}\n{c.phone('mob')} | {a.email}\n"
            f"Geboortedatum: {c.dob(c.pick(['dmy-', 'long']), 1970, 2003)}\n\nProfiel\nGedreven administratief medewerker ...")


@tpl("PII")
def pii_client_zorg(c):
    a, b = c.person(), c.person()
    ad = c.addr()
    return (f"Cliënt {a.full} (geb. {c.dob('dmy-', 1930, 1955)}) woont zelfstandig op {ad.line} in {ad.city}. "
            f"Contactpersoon: dochter {b.full}, {c.phone()}.")


@tpl("PII")
def pii_witness(c):
    a = c.person()
    return (f"Getuige: {a.full}, {c.phone()}. {'Zij' if a.g == 'f' else 'Hij'} zag om {c.K(c.time())} een {c.pick(CARS)} met kenteken "
            f"{c.plate()} wegrijden na de aanrijding.")


@tpl("PII")
def pii_school_absence(c):
    ouder, kid = c.person(), c.person()
    return (f"Goedemorgen juf,\n\n{kid.first} is vandaag ziek en blijft thuis. {'Hij' if kid.g == 'm' else 'Ze'} heeft koorts. Morgen "
            f"laat ik weten hoe het gaat.\n\nGroetjes,\n{ouder.full}\n{c.phone('mob')}")


@tpl("PII")
def pii_contact_form(c):
    a = c.person()
    return (f"Nieuw bericht via contactformulier\nNaam: {a.full}\nE-mail: {a.email}\nTelefoon: {c.phone()}\n"
            f"Bericht: Ik wil graag een offerte voor {c.pick(['een nieuwe badkamer', 'zonnepanelen', 'schilderwerk buiten', 'een dakkapel'])}.")


@tpl("PII")
def pii_out_of_office(c):
    a, b = c.person(), c.person()
    return (f"Ik ben afwezig tot en met {c.meet('wd_d_m')}. Voor dringende zaken kunt u contact opnemen met "
            f"{b.full} via {b.email} of {c.phone('fix3')}.\n\nMet vriendelijke groet,\n{a.full}")


@tpl("PII")
def pii_name_only_sur(c):
    a = c.person()
    return f"{a.Sur} heeft de sleutels van de bus nog. Kan iemand {a.first} even appen?"


@tpl("PII")
def pii_vl_chat(c):
    a, b = c.person(origin="vl"), c.person(origin="vl")
    ad = c.addr(True)
    return (f"{a.first}: ge moogt het pakje afgeven op {ad.line}, {ad.pcnum} {ad.city}\n{b.first}: ok, "
            f"ik bel u nog op {c.phone('be')}")


@tpl("PII")
def pii_multi_origin_meeting(c):
    a, b = c.person(origin=c.pick(["ma", "tr", "sy", "er", "gh"])), c.person(origin=c.pick(["pl", "cn", "sr", "pt", "mo"]))
    return (f"Op {c.meet('wd_d_m')} starten {a.full} en {b.full} bij de afdeling inkoop. {a.first} komt van "
            f"{c.company()}, {b.first} deed eerder de planning bij een transportbedrijf.")


@tpl("PII")
def pii_vacature_reactie(c):
    a = c.person()
    return (f"Beste recruiter,\n\nGraag reageer ik op de vacature van magazijnmedewerker. Ik ben {a.full}, "
            f"{c.r.randint(21, 55)} jaar en woon in {c.city()}. U kunt mij bellen op {c.phone('mob')}.\n\nGroet,\n{a.first}")


@tpl("PII")
def pii_initials_only_ref(c):
    a, b = c.person(), c.person()
    return (f"Zaak {c.K(str(c.r.randint(2024, 2025)) + '/' + str(c.r.randint(100, 999)))}: {a.inis} tegen {b.inis}. "
            f"Zitting gepland op {c.meet('wd_d_m_y')}. Griffierecht {c.amt(90, 700, cents=False)}.")


@tpl("PII")
def pii_mevr_dhr_list(c):
    a, b = c.person(g="f"), c.person(g="m")
    return (f"Spreekuur {c.meet('wd_d_m')}:\n{c.K('10:00')} mevr. {a.Sur}\n{c.K('10:30')} dhr. {b.Sur}\n"
            f"{c.K('11:00')} vrij")


@tpl("PII")
def pii_iban_invoice(c):
    a = c.person()
    ad = c.addr(False)
    return (f"Factuur aan {a.full}, {ad.oneline}\nBedrag: {c.amt(50, 3000)}\nGraag binnen 14 dagen overmaken "
            f"naar {c.iban('nl')} t.n.v. {c.company()}.")


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------
INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}


def name_tokens(label, value):
    """Same rule as the scorer: significant words of a name or street."""
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in re.findall(r"[^\W\d_][\w'’-]*", value) if len(t) >= 4 and t.lower() not in INTERFIX]


def simulate(text, mask):
    """A perfect anonymizer: replace every mask value, longest first, as a whole word."""
    s = text
    for _, v in sorted(mask, key=lambda x: -len(x[1])):
        s = re.sub(r"(?<!\w)" + re.escape(v) + r"(?!\w)", "[X]", s)
    return s


RE_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
RE_IBAN = re.compile(r"\b(?:NL\d{2} ?[A-Z]{4}(?: ?\d){10}|BE\d{2}(?: ?\d{4}){3})\b")
RE_PC = re.compile(r"(?<![\w-])[1-9]\d{3} ?[A-Z]{2}(?!\w)|(?<![\w-])[1-9]\d{3}[a-z]{2}(?!\w)")
RE_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d \-()/.]{7,18}\d(?!\w)")
RE_DATEISH = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|^\d{4}-\d{2}-\d{2}")
RE_NINE = re.compile(r"(?<![\w.,])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{3} \d{3} \d{3}|\d{4} \d{2} \d{3})(?![\w]|[.,]\d)")


def residue(s):
    """Things that look like personal data and are left after perfect masking."""
    out = []
    for m in RE_EMAIL.finditer(s):
        out.append(("email", m.group()))
    for m in RE_IBAN.finditer(s):
        out.append(("iban", m.group()))
    for m in RE_PC.finditer(s):
        out.append(("postcode", m.group()))
    for m in RE_PHONE.finditer(s):
        g = m.group()
        if RE_DATEISH.match(g):
            continue
        d = re.sub(r"\D", "", g)
        if g.startswith(("+31", "+32", "0031", "0032")) or (d.startswith("0") and 9 <= len(d) <= 10):
            out.append(("phone", g))
    for m in RE_NINE.finditer(s):
        if elfproef(re.sub(r"\D", "", m.group())):
            out.append(("elfproef", m.group()))
    return out


def validate(rec, group):
    t, mask, keep, block = rec["text"], rec["mask"], rec["keep"], rec["block"]
    if not t.strip():
        return "empty text"
    for b in block:
        if b not in BLOCKS:
            return f"bad block {b}"
    if group in BLOCKS and group not in block:
        return "block group missing"
    if group in ("NEG", "PII") and block:
        return "non-blocked group with block"
    for lab, v in mask:
        if lab not in LABELS:
            return f"bad label {lab}"
        if not v or v != v.strip():
            return f"bad value {v!r}"
        if v not in t:
            return f"mask value not in text: {v!r}"
        if lab == "IBAN" and not iban_ok(v):
            return f"bad IBAN {v}"
        if lab == "BSN" and not elfproef(re.sub(r"\D", "", v)):
            return f"bad BSN {v}"
    for k in keep:
        if k not in t:
            return f"keep not in text: {k!r}"
    s = simulate(t, mask)
    for lab, v in mask:
        if v in s:
            return f"mask value survives whole-word masking (inside another word?): {lab} {v!r}"
    for k in keep:
        if k not in s:
            return f"keep destroyed by masking: {k!r}"
    for lab, v in mask:
        for tok in name_tokens(lab, v):
            if re.search(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", s):
                return f"word of {lab} {v!r} left: {tok!r}"
    res = residue(s)
    if res:
        return f"unlabelled look-alike: {res[:3]}"
    if "BSN" in block and not any(l == "BSN" for l, _ in mask):
        return "BSN block without BSN"
    if any(l == "BSN" for l, _ in mask) and "BSN" not in block:
        return "BSN present but not blocked"
    if any(l == "WACHTWOORD" for l, _ in mask) and "PASSWORD" not in block:
        return "password present but not blocked"
    if any(l == "API_SLEUTEL" for l, _ in mask) and "API_KEY" not in block:
        return "api key present but not blocked"
    if "CUSTOMER_LIST" in block and sum(1 for l, _ in mask if l == "PERSOON") < 5 \
            and sum(1 for l, _ in mask if l == "EMAIL") < 5:
        return "customer list with fewer than 5 people"
    return None


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------
def build_record(name, f, blocks, c):
    out = f(c)
    extra = []
    if isinstance(out, tuple):
        out, extra = out
    text = out
    block = list(dict.fromkeys(blocks + list(extra)))
    mask = sorted(c.mask, key=lambda lv: (text.find(lv[1]), -len(lv[1])))
    return {"text": text, "mask": mask, "block": block, "keep": list(c.keep)}


def main():
    R = random.Random(SEED)
    records = []
    retries = Counter()
    last_err = {}
    seen_texts = set()
    used = Counter()
    for group, n in GROUP_COUNTS.items():
        tl = TEMPLATES[group]
        order = []
        while len(order) < n:
            chunk = tl[:]
            R.shuffle(chunk)
            order += chunk
        for name, f, blocks in order[:n]:
            for attempt in range(80):
                c = Ctx(random.Random(R.getrandbits(64)))
                rec = build_record(name, f, blocks, c)
                err = validate(rec, group)
                if err is None and rec["text"] in seen_texts:
                    err = "duplicate text"
                if err is None:
                    break
                retries[name] += 1
                last_err[name] = err
            else:
                sys.exit(f"template {name} keeps failing: {last_err[name]}\n{rec['text']}")
            seen_texts.add(rec["text"])
            rec["_t"] = name
            rec["_g"] = group
            used[name] += 1
            records.append(rec)
    R.shuffle(records)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, rec in enumerate(records):
            out = {"id": f"c10-{i}", "text": rec["text"], "mask": rec["mask"], "block": rec["block"],
                   "keep": rec["keep"]}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")

    # ---- report ----
    labels = Counter(l for r in records for l, _ in r["mask"])
    blocks = Counter(b for r in records for b in r["block"])
    n_blocked = sum(1 for r in records if r["block"])
    n_keep = sum(len(r["keep"]) for r in records)
    ntpl = {g: len(TEMPLATES[g]) for g in GROUP_COUNTS}
    print(f"wrote {len(records)} records to {OUT}")
    print(f"templates: {sum(ntpl.values())}  " + ", ".join(f"{g}={k}" for g, k in ntpl.items()))
    print(f"blocked records: {n_blocked}  not blocked: {len(records) - n_blocked}  keep values: {n_keep}")
    print("labels: " + ", ".join(f"{k}={v}" for k, v in sorted(labels.items())))
    print("block categories: " + ", ".join(f"{k}={blocks[k]}" for k in BLOCKS))
    if "-v" in sys.argv:
        for name, k in retries.most_common(15):
            print(f"  retries {name}: {k} (used {used[name]}) last: {last_err[name][:160]}")


if __name__ == "__main__":
    main()
