#!/usr/bin/env python3
"""gen13.py - blind, labelled Dutch PII test corpus "c13" for the veilig anonymizer.

    python3 gen13.py            # writes c13.jsonl (2,000 records) next to this script
    python3 gen13.py --check    # re-validates c13.jsonl and compares it with a fresh build

Standard library only, fixed seed, deterministic.  Every labelled value is recorded while the
text is being built (as a span), never guessed afterwards.  See README.md for the conventions.
"""
import base64
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = 1313
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "c13.jsonl")

MASK_LABELS = ["PERSOON", "ADRES", "POSTCODE", "EMAIL", "TELEFOON", "IBAN", "GEBOORTEDATUM",
               "KENTEKEN", "BSN", "WACHTWOORD", "API_SLEUTEL"]
BLOCK_CATS = ["BSN", "PASSWORD", "API_KEY", "SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST"]
AUTO_BLOCK = {"BSN": "BSN", "WACHTWOORD": "PASSWORD", "API_SLEUTEL": "API_KEY"}
GROUP_SIZES = [("PASSWORD", 170), ("API_KEY", 170), ("BSN", 170), ("SALARY_SLIP", 170),
               ("SIGNED_CONTRACT", 170), ("CUSTOMER_LIST", 170), ("NEG", 330), ("PII", 650)]

# --------------------------------------------------------------------------------------------
# Name lists (written for this corpus).  Surname entries: "Last", "tussen|Last", or with
# gendered forms "Masc/Fem" (Polish).
# --------------------------------------------------------------------------------------------
ORIGINS = {
    "nl": dict(
        m="Jan Pieter Kees Henk Bram Daan Luuk Thijs Ruben Wouter Maarten Joost Gert-Jan Jan-Willem "
          "Hendrik Gerrit Teun Jelle Stijn Niels Koen Floris Olivier Mees Siem Tijmen Evert Arjen "
          "Reinier Dirk-Jan Lodewijk Wessel Gijs Hidde Cornelis Berend".split(),
        v="Anouk Sanne Femke Lotte Marieke Ilse Esther Karin Ingrid Annemarie Fleur Noor Lieke Maud "
          "Tess Roos Evi Merel Joke Truus Willemijn Geertje Hanneke Marloes Jantine Hester Wilma "
          "Annelies Mirjam Jorien Floor Liesbeth Carolien Marit".split(),
        s=["de|Vries", "van der|Meer", "van den|Berg", "Bakker", "Visser", "de|Wit", "Roos", "Kok",
           "Mol", "de|Vos", "van der|Hoek", "de|Boer", "de|Koning", "Schaap", "Groen", "Kramer",
           "Smit", "Mulder", "in 't|Veld", "van 't|Hof", "ter|Horst", "ten|Brink", "van|Dijk",
           "Dekker", "Brouwer", "de|Graaf", "van der|Linden", "Vermeulen", "van|Beek", "Postma",
           "van|Wijk", "Timmermans", "Verhoeven", "Huisman", "Prins", "Blom", "van|Vliet",
           "de|Jong", "Koster", "Schouten", "Zwart", "Wolters", "op den|Kamp", "Steenbergen",
           "Veldhuizen", "Oosterhuis", "van|Houten", "uit den|Bogaard", "Bosman", "Hoogendoorn",
           "de la|Court", "de la|Mar", "ten|Hove", "ter|Beek", "van de|Kamp", "van der|Sluis",
           "Scholten", "Hazenberg", "Ruitenbeek", "Kuipers", "van|Leeuwen", "Westerveld",
           "van 't|Zand", "in 't|Hout", "Brinkman", "Boswijk", "Lagerweij", "Molenkamp",
           "Smulders", "van|Ommeren", "Pronk", "Griffioen", "Overbeek", "Verschuur"]),
    "fy": dict(
        m="Sjoerd Wytse Jelmer Haitse Auke Tjalling Hidde Fokke Sietse Wopke Jouke Durk Gerben "
          "Tsjalle Jorrit Wiebe".split(),
        v="Sytske Baukje Aukje Janke Froukje Tjitske Hiske Wietske Ytsje Sjoukje Nynke Griet "
          "Akke Lysbeth Rixt".split(),
        s=["Hoekstra", "Dijkstra", "Wiersma", "Bosma", "Terpstra", "Sikkema", "Zijlstra", "Faber",
           "Tjeerdsma", "Hylkema", "de|Haan", "Yntema", "Feenstra", "Reitsma", "Talsma", "Bergsma",
           "Wijbenga", "Hettinga", "Algra", "Hiemstra", "van der|Wal", "Jongsma", "Kloosterman"]),
    "li": dict(
        m="Sjef Harrie Pierre Twan Huub Jean Math Wiel Bèr Frans Ger Jos Luc Roel".split(),
        v="Mia Netty Lieske Jeanne Mariëlle Marie-José Yvonne Mieke Finy Trees Anja Gerda".split(),
        s=["Janssen", "Hermans", "Claessens", "Smeets", "Notermans", "Kusters", "Vossen", "Houben",
           "Pluijmen", "Lemmens", "Peeters", "Hendrikx", "Wetzels", "Schreurs", "Ramakers", "Vroemen",
           "Bemelmans", "Lardinois", "Frissen", "Dortmans", "Nelissen", "Gulpen", "Debets",
           "Souren", "Kessels", "Pieters"]),
    "vl": dict(
        m="Wout Jef Lowie Seppe Jens Arne Thibault Kobe Warre Brecht Pieter-Jan Dries Stijn Jonas "
          "Wannes Bert".split(),
        v="Lore Fien Nele Hanne Elke Marthe Lien Kaat Jolien Ilse Sofie Katrien Veerle Annelies "
          "Evelien".split(),
        s=["Van den|Broeck", "De|Smet", "Van|Damme", "Vanderhaeghen", "Vercauteren", "Claes",
           "Wouters", "Goossens", "De|Backer", "Van|Acker", "Verstraeten", "Desmet", "Deprez",
           "Van de|Velde", "Mertens", "Maes", "Willems", "De|Clercq", "Vandenbussche", "D'Hondt",
           "Van|Hoorebeke", "Coppens", "Verbruggen", "De|Meyer", "Vanhecke", "Lambrechts"]),
    "sr": dict(
        m="Ravi Rajesh Sunil Anil Dinesh Roshan Kishan Vikash Marciano Giovanni Romano Jerrel "
          "Clarence Glenn Sergio".split(),
        v="Sita Radha Priya Sharmila Anjali Nirmala Reshma Kavita Shirley Ethel Naomi Jennifer "
          "Melissa Ashwina".split(),
        s=["Ramdin", "Sewnath", "Jagessar", "Ramcharan", "Mahabier", "Kalloe", "Bhagwandin",
           "Soekhai", "Ramlal", "Baldewsingh", "Sital", "Chotkan", "Autar", "Mathura", "Pinas",
           "Sabajo", "Linger", "Doelwijt", "Wijngaarde", "Kasanpawiro", "Amatdjais", "Moesan",
           "Tjon A Fong", "Emanuelson", "Nerkust", "Fränkel"]),
    "an": dict(
        m="Jurich Shurandy Quensley Rignaldo Juriën Giandro Dwight Edsel Ruthmilo".split(),
        v="Shanice Raysa Jeanique Yaritza Sulaika Chanella Giselle Nathaly Shudaysha".split(),
        s=["Martina", "Statia", "Isenia", "Croes", "Rosalia", "Maduro", "Sint Jago", "Pietersz",
           "Winklaar", "Janga", "Girigorie", "Merien", "Trinidad", "Kock", "Leito", "Cijntje",
           "Dania", "Felida"]),
    "tr": dict(
        m="Mehmet Emre Burak Yusuf Murat Kerem Oğuz Serkan Hakan Ömer Cem Barış Tolga".split(),
        v="Ayşe Elif Zeynep Büşra Fatma Merve Esra Derya Gülsen Hatice Özlem Sibel".split(),
        s=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan",
           "Doğan", "Kılıç", "Aslan", "Koç", "Kurt", "Özdemir", "Erdoğan", "Yilmaz", "Ozturk",
           "Kocabaş", "Güler", "Karataş", "Polat"]),
    "ma": dict(
        m="Mohamed Mohammed Youssef Khalid Hamza Bilal Anouar Rachid Soufiane Ayoub Nordin "
          "Mustafa Karim Driss".split(),
        v="Fatima Khadija Samira Nadia Houda Salma Imane Loubna Latifa Soumaya Hajar Ikram "
          "Naima Zineb".split(),
        s=["el|Amrani", "el|Idrissi", "Benali", "Bouzid", "el|Khattabi", "Azzouzi", "Ouali",
           "Tahiri", "Boukhari", "Chaouch", "Aït Taleb", "Ziani", "ben|Haddou", "Essafi",
           "el|Ouariachi", "Boulahrouz", "Lachkar", "El Bouazzaoui", "Amezian", "Boutaleb"]),
    "pl": dict(
        m="Piotr Krzysztof Tomasz Paweł Marek Łukasz Michał Grzegorz Jakub Wojciech".split(),
        v="Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa Dorota Beata Justyna Aleksandra".split(),
        s=["Kowalski/Kowalska", "Nowak", "Wiśniewski/Wiśniewska", "Wójcik", "Kamiński/Kamińska",
           "Lewandowski/Lewandowska", "Zieliński/Zielińska", "Szymański/Szymańska",
           "Dąbrowski/Dąbrowska", "Woźniak", "Mazur", "Krawczyk", "Jabłoński/Jabłońska",
           "Grabowski/Grabowska", "Pawlak", "Michalak"]),
    "ua": dict(
        m="Oleksandr Andrii Dmytro Serhii Mykola Taras Bohdan Yurii Vasyl Ihor".split(),
        v="Olena Oksana Iryna Nataliia Kateryna Yuliia Tetiana Svitlana Daryna Halyna".split(),
        s=["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko",
           "Koval", "Shevchuk", "Polishchuk", "Lysenko", "Hnatiuk", "Marchenko", "Savchuk",
           "Rudenko", "Moroz"]),
    "sy": dict(
        m="Ahmad Omar Khaled Mahmoud Tarek Samer Bashar Fadi Nizar Wassim Majd".split(),
        v="Rania Lina Hiba Dima Nour Rasha Ghalia Yara Amal Reem Lama".split(),
        s=["Al-Hassan", "Haddad", "Al-Khatib", "Darwish", "Hamwi", "Khoury", "Al-Masri", "Aljaber",
           "Sabbagh", "Kassab", "Halabi", "Al-Ali", "Mansour", "Najjar", "Al-Sayed", "Shami"]),
    "er": dict(
        m="Yonas Tesfay Filmon Mehari Dawit Biniam Amanuel Semere Kibrom Robel".split(),
        v="Selam Senait Freweyni Luwam Rahwa Mebrat Saba Yordanos Winta Helen".split(),
        s=["Tesfamariam", "Ghebreyesus", "Habte", "Tekle", "Berhane", "Woldemichael", "Kidane",
           "Gebremedhin", "Asmerom", "Haile", "Andemariam", "Ogbazghi", "Weldeab", "Tesfazghi"]),
    "id": dict(
        m="Ronald Erwin Guus Rudy Frits Edwin Bambang Hendra Budi Wayan Rahmat".split(),
        v="Yvonne Ingrid Wilma Nelly Carla Dewi Ratna Yuni Sri Lies".split(),
        s=["Pattiasina", "Wattimena", "Sahetapy", "Latumahina", "Tupamahu", "Simatupang",
           "Latuheru", "Tahitu", "Siahaya", "Soumokil", "Lumentut", "Kailola", "Pesulima",
           "Manuhutu", "Rehatta", "bin|Sulaiman", "bin|Salim", "van|Zanten", "Hehanussa"]),
    "cn": dict(
        m="Wei Jun Hao Kevin Jimmy Ming Tao Chi-Wai Kai".split(),
        v="Mei Xiu Lin Jenny Fang Yan Li-Na Suk-Yee Ling".split(),
        s=["Chen", "Wang", "Zhang", "Liu", "Huang", "Wong", "Cheung", "Chan", "Tjoa", "Kwok",
           "Tang", "Zhou", "Leung", "Yeung", "Tsang", "Lau"]),
}
ORIGIN_WEIGHTS = [("nl", 28), ("fy", 6), ("li", 6), ("vl", 8), ("sr", 7), ("an", 4), ("tr", 8),
                  ("ma", 9), ("pl", 6), ("ua", 5), ("sy", 5), ("er", 3), ("id", 4), ("cn", 4)]

# --------------------------------------------------------------------------------------------
# Streets and towns (written for this corpus)
# --------------------------------------------------------------------------------------------
STREET_ROOTS = ("Meidoorn Klaproos Vlier Hazelaar Brem Lijsterbes Duivenkervel Zilverschoon "
                "Koekoeksbloem Dotter Ratelaar Korenbloem Boterbloem Fazant Grutto Kievit Reiger "
                "Zwanen Ooievaar Buizerd Tureluur Wielewaal Kwartel Spaarne Dommel Regge Berkel "
                "Slinge Hunze Linge Amstel Oude Rijn Vecht Gouwe Merwede Beemster Schermer Purmer "
                "Wormer Zuidwal Noordsingel Hoefsmid Kuiper Wever Zadelmaker Lijnbaan Touwslager "
                "Looier Ketelboeter Marskramer Schipper Turfsteker Molenaar Bleker Pottenbakker "
                "Hofstede Esdoorn Acacia Magnolia Kastanje Plataan Wilgen Populieren Sparren Iepen "
                "Lindeboom Notenboom").split()
STREET_SUFFIX = ["straat", "laan", "weg", "hof", "dreef", "singel", "kade", "pad", "plein", "erf",
                 "gracht", "dijk", "steeg", "park", "veld", "akker", "horst", "lint"]
STREET_FULL = ["Burgemeester Roelofsstraat", "Van Heemstralaan", "Laan van Westenenk",
               "Korte Nieuwstraat", "Tweede Kostverlorenkade", "Jonkheer Sixlaan",
               "Dokter Schaepmanstraat", "Pastoor van Arsstraat", "Koningin Julianaweg",
               "Prins Bernhardlaan", "Graaf Florisstraat", "Lange Herenvest", "Eerste Helmersstraat",
               "Derde Oosterparkstraat", "Generaal Foulkesweg", "Kardinaal de Jongweg",
               "Van Limburg Stirumplein", "Hoge Rijndijk", "Achter de Molens", "Binnen Bantammerstraat",
               "Tsjerkestrjitte", "Haadwei", "Skoalstrjitte", "Buorren", "Doniawei", "Lytse Buorren",
               "Mounewei", "Sint Pieterstraat", "Kapelkesstraat", "Kloosterwandstraat",
               "Heerenstraat", "Onder de Linden", "Rijksstraatweg", "Zandvoortselaan",
               "Amersfoortseweg", "Deventerstraat", "Groenmarkt", "Vismarkt", "Hooigracht",
               "Pieter Zeemanweg", "Abel Tasmanstraat", "Aletta Jacobslaan", "Anne Frankstraat",
               "Marnixkade", "Bilderdijkstraat", "Nassausingel", "Emmastraat", "Wilhelminapark",
               "Stationsweg", "Spoorlaan", "Havenkade", "Veerweg", "Pr. Irenestraat",
               "Mgr. Nolenslaan", "Ds. Kuypersweg"]
STREET_VL = ["Kortrijksesteenweg", "Grote Baan", "Kapelstraat", "Dorpsplein", "Lange Kievitstraat",
             "Brusselsesteenweg", "Oude Vest", "Kouter", "Sint-Jansvest", "Boomsesteenweg",
             "Molenstraat", "Veldstraat", "Kerkhofweg", "Gentsesteenweg", "Diestsevest",
             "Koning Albertlaan", "Heirweg", "Leopoldlaan", "Statiestraat", "Antwerpsesteenweg",
             "Hoogstraat", "Kloosterstraat", "Ridder Portmansstraat", "Pastorijstraat"]
TOWNS_NL = ("Amersfoort Zwolle Deventer Leeuwarden Sneek Drachten Heerenveen Maastricht Sittard Venlo "
            "Roermond Heerlen Kerkrade Weert Nijmegen Arnhem Apeldoorn Zutphen Doetinchem Enschede "
            "Hengelo Almelo Emmen Assen Groningen Delfzijl Alkmaar Purmerend Hoorn Haarlem Leiden "
            "Gouda Dordrecht Breda Tilburg Oss Eindhoven Helmond Middelburg Terneuzen Vlissingen "
            "Zeist Utrecht Hilversum Almere Lelystad Rotterdam Schiedam Delft Zoetermeer Amsterdam "
            "Harderwijk Meppel Steenwijk Kampen Wageningen Veenendaal Culemborg Tiel Dokkum Franeker "
            "Harlingen Joure Winschoten Stadskanaal Hoogeveen Coevorden Oldenzaal Winterswijk "
            "Nijkerk Barneveld Woerden Alphen Schagen Heerhugowaard Zierikzee Valkenburg Gulpen "
            "Brunssum Panningen Boxtel Oisterwijk Waalwijk Etten-Leur Roosendaal").split() + \
           ["Den Haag", "'s-Hertogenbosch", "Bergen op Zoom", "Den Helder", "Capelle aan den IJssel"]
TOWNS_VL = [("9000", "Gent"), ("2000", "Antwerpen"), ("2018", "Antwerpen"), ("8000", "Brugge"),
            ("3000", "Leuven"), ("2800", "Mechelen"), ("3500", "Hasselt"), ("3600", "Genk"),
            ("8500", "Kortrijk"), ("9300", "Aalst"), ("9100", "Sint-Niklaas"), ("8800", "Roeselare"),
            ("2300", "Turnhout"), ("2500", "Lier"), ("2440", "Geel"), ("8900", "Ieper"),
            ("8400", "Oostende"), ("3300", "Tienen"), ("9200", "Dendermonde"), ("9800", "Deinze")]

ORGS = {
    "it": ["Bitwerk ICT", "NetVeilig Managed Services", "Polderlink IT", "DataDijk B.V.", "Cloudhaven",
           "Servicedesk Noord", "Kabelkrant Automatisering", "Systeembeheer Twente", "Lanwerk"],
    "notaris": ["Notariaat Eemland", "Notarissen aan de Vecht", "Notariskantoor Kennemerland",
                "Notariaat Hart van Brabant", "Notariskantoor De Oude Stadspoort"],
    "advocaat": ["Hofstad Advocaten", "Advocatenkantoor Lindeboom", "Maasland Legal",
                 "Advocaten aan het Spaarne", "Kantoor Rechtshulp Noord"],
    "verzekering": ["Assurantiekantoor De Waalkant", "Polisplein Advies", "Verzekeringen Twenthe",
                    "Zekerheid Assurantiën", "Hypotheek & Polis Huis"],
    "werving": ["Flexwerk Holland", "TalentHaven Recruitment", "Uitzendbureau De Schakel",
                "Werkwijzer Detachering", "PersoneelsPlein"],
    "sport": ["v.v. De Zwaluwen", "Hockeyclub Overbosch", "Tennisvereniging De Lobbers",
              "Korfbalvereniging Oranje Wit", "Zwemvereniging De Dolfijn", "Wielervereniging De Kopgroep",
              "Atletiekclub Hermes", "Volleybalclub Smash '88", "Schaakclub Het Paard"],
    "zorg": ["Tandartsenpraktijk Het Gebit", "Fysiotherapie aan de Maas", "Mondzorg Oost",
             "Fysio & Training Centrum Zuid", "Tandheelkundig Centrum De Brug", "Gezondheidscentrum De Linde"],
    "tand": ["Tandartsenpraktijk Het Gebit", "Mondzorg Oost", "Tandheelkundig Centrum De Brug",
             "Tandartsen aan de Gracht"],
    "fysio": ["Fysiotherapie aan de Maas", "Fysio & Training Centrum Zuid", "Praktijk voor Fysiotherapie Beweegwijs"],
    "dier": ["Dierenkliniek De Hoefslag", "Dierenartsenpraktijk Buitenveld", "Dierenartsen Het Klavertje"],
    "rijschool": ["Rijschool Veilig Verder", "Autorijschool Spoorzeker", "Rijopleidingen De Rotonde"],
    "kapper": ["Kapsalon Knip & Co", "Hairstudio Lokkie", "Barbershop De Baard", "Salon Krul"],
    "bouw": ["Installatietechniek Zuidwest", "Dakwerken De Nok", "Loodgietersbedrijf Waterdicht",
             "Aannemersbedrijf Fundament", "Elektrotechniek Stroomop", "Zonnepanelen Noord"],
    "woning": ["Woonstichting De Veste", "Woningcorporatie Thuis in Twente", "Woonbron Noord",
               "Wooncompagnie Eemvallei"],
    "horeca": ["Hotel De Gouden Leeuw", "Restaurant Het Veerhuis", "Camping De Kuilen",
               "B&B Onder de Linde", "Grand Café De Waag", "Strandpaviljoen Zilt"],
    "event": ["Evenementenbureau Feestfabriek", "Festivalteam Zomerzinnen", "Congresbureau Agora",
              "Partyverhuur De Tent"],
    "kerk": ["Protestantse Gemeente De Ark", "Parochie H. Martinus", "Baptistengemeente Het Anker",
             "Hervormde Gemeente Dorpskerk", "Parochie Sint-Jan de Doper", "Gereformeerde Kerk De Rank"],
    "vrijw": ["Voedselbank Heuvelland", "Stichting Vrijwilligers Westland", "Buurtcentrum De Wissel",
              "Stichting Maatjes Oost", "Repair Café De Schroef"],
    "boer": ["Melkveebedrijf De Hoeve", "Akkerbouwbedrijf Polderzicht", "Zorgboerderij De Mient",
             "Fruitteelt Betuwehof", "Geitenhouderij 't Klaverblad"],
    "garage": ["Autobedrijf De Ring", "Autoservice Kruispunt", "Bandenhuis Oost", "APK Centrum Noord",
               "Garagebedrijf Het Stuur"],
    "opvang": ["Kinderopvang Ukkepuk", "KDV De Speeltuin", "BSO Boomhut", "Kinderopvang Kleine Reus"],
}
MAIL_DOMAINS_NL = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl",
                   "xs4all.nl", "planet.nl", "icloud.com", "hetnet.nl", "home.nl", "upcmail.nl",
                   "yahoo.com", "protonmail.com", "casema.nl", "chello.nl"]
MAIL_DOMAINS_BE = ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.be", "outlook.be"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WEEKDAYS_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
def fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def elfproef(d):
    return len(d) == 9 and d.isdigit() and (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def nl_thousands(n):
    return f"{n:,}".replace(",", ".")


def iban_ok(v):
    s = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country) + "00"
    return f"{98 - int(num) % 97:02d}"


def rand_chars(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


class Person:
    pass


def make_person(rng, origin, taken):
    for _ in range(200):
        o = origin or rng.choices([o for o, _ in ORIGIN_WEIGHTS], [w for _, w in ORIGIN_WEIGHTS])[0]
        d = ORIGINS[o]
        g = rng.choice("mv")
        first = rng.choice(d[g])
        s = rng.choice(d["s"])
        tussen, last = s.split("|") if "|" in s else ("", s)
        if "/" in last:
            last = last.split("/")[0 if g == "m" else 1]
        if rng.random() < 0.07 and o in ("nl", "fy", "li", "tr", "ma", "pl", "sr"):
            s2 = rng.choice(ORIGINS["nl"]["s"])
            t2, l2 = s2.split("|") if "|" in s2 else ("", s2)
            if l2 != last and l2 not in taken:
                last = f"{last}-{t2 + ' ' if t2 else ''}{l2}"
        if first in taken or last in taken:
            continue
        taken.add(first)
        taken.add(last)
        p = Person()
        p.origin, p.g, p.first, p.tussen, p.last = o, g, first, tussen, last
        parts = re.split(r"[- ]", first)
        ini = "".join(x[0] + "." for x in parts if x)
        if rng.random() < 0.45:
            ini += "".join(rng.choice("AJMCHWPEGLRT") + "." for _ in range(rng.choice([1, 1, 2])))
        p.ini = ini
        p.mob = p.tel = p.mail = p.wmail = p.user = p.gsm = None
        return p
    raise RuntimeError("no person")


def p_full(p):
    return " ".join(x for x in (p.first, p.tussen, p.last) if x)


def p_an(p):
    if not p.tussen:
        return p.last
    return p.tussen[0].upper() + p.tussen[1:] + " " + p.last


def p_ini(p, one=False):
    ini = p.ini.split(".")[0] + "." if one else p.ini
    return " ".join(x for x in (ini, p.tussen, p.last) if x)


def p_abbr(p):
    ab = {"van der": "v.d.", "van den": "v.d.", "van de": "v.d.", "van": "v."}.get(p.tussen)
    if not ab:
        return p_ini(p, True)
    return f"{p.ini.split('.')[0]}. {ab} {p.last}"


def p_rev(p, full=False):
    g = p.first if full else p.ini
    if p.origin == "vl" and p.tussen:
        return f"{p.tussen} {p.last}, {g}"
    return f"{p.last}, {g}" + (f" {p.tussen}" if p.tussen else "")


def mail_local(rng, p):
    fl = slug(p.first)
    ll = slug(p.tussen + p.last)
    return rng.choice([f"{fl}.{ll}", f"{fl[0]}.{ll}", f"{fl}{ll}", f"{fl}_{ll}",
                       f"{fl}{rng.randint(2, 99)}", f"{ll}.{fl[0]}", f"{fl[0]}{ll}",
                       f"{fl}.{ll}{rng.randint(1, 9)}", f"{fl}-{ll}"])


# --------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------
def gen_mobile(rng):
    d = "".join(rng.choice("0123456789") for _ in range(8))
    a, b, c, e = d[:2], d[2:4], d[4:6], d[6:]
    return rng.choice([
        f"06-{d}", f"06 {d}", f"06 {d[:4]} {d[4:]}", f"06-{d[:4]} {d[4:]}", f"06{d}",
        f"+31 6 {d[:4]} {d[4:]}", f"+31 (0)6 {d}", f"+316{d}", f"0031 6 {a} {b} {c} {e}",
        f"06 - {a} {b} {c} {e}", f"06.{a}.{b}.{c}.{e}", f"+31 6 {a} {b} {c} {e}", f"06-{a} {b} {c} {e}"])


AREA3 = ["010", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040", "043", "045",
         "046", "050", "053", "055", "058", "070", "071", "072", "073", "074", "076", "077", "078", "079"]
AREA4 = ["0513", "0515", "0251", "0252", "0294", "0318", "0341", "0475", "0499", "0591", "0226",
         "0113", "0519", "0566", "0546", "0544", "0573", "0186"]


def gen_landline(rng):
    if rng.random() < 0.6:
        ar = rng.choice(AREA3)
        d = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(6))
        return rng.choice([f"{ar}-{d}", f"{ar} {d[:3]} {d[3:]}", f"({ar}) {d[:3]} {d[3:5]} {d[5:]}",
                           f"+31 {ar[1:]} {d[:3]} {d[3:]}", f"0031 {ar[1:]} {d}", f"{ar}-{d[:3]} {d[3:5]} {d[5:]}",
                           f"+31 (0){ar[1:]} {d}", f"{ar} - {d}"])
    ar = rng.choice(AREA4)
    d = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(5))
    return rng.choice([f"{ar}-{d}", f"{ar} {d[:2]} {d[2:4]} {d[4:]}", f"({ar}) {d}",
                       f"+31 {ar[1:]} {d[:2]} {d[2:4]} {d[4:]}", f"{ar}-{d[:3]} {d[3:]}"])


def gen_phone_be(rng):
    if rng.random() < 0.6:
        pre = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485",
                          "486", "487", "488", "494", "495", "496", "497", "498", "499"])
        d = "".join(rng.choice("0123456789") for _ in range(6))
        return rng.choice([f"0{pre} {d[:2]} {d[2:4]} {d[4:]}", f"+32 {pre} {d[:2]} {d[2:4]} {d[4:]}",
                           f"0{pre}/{d[:2]}.{d[2:4]}.{d[4:]}", f"+32 (0){pre} {d[:3]} {d[3:]}",
                           f"0032 {pre} {d[:2]} {d[2:4]} {d[4:]}", f"0{pre}{d}"])
    ar = rng.choice(["03", "09", "02", "011", "016", "050", "056", "015", "014", "053", "057"])
    n = 7 if len(ar) == 2 else 6
    d = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
    if n == 7:
        return rng.choice([f"{ar} {d[:3]} {d[3:5]} {d[5:]}", f"+32 {ar[1:]} {d[:3]} {d[3:5]} {d[5:]}",
                           f"{ar}/{d[:3]}.{d[3:5]}.{d[5:]}"])
    return rng.choice([f"{ar} {d[:2]} {d[2:4]} {d[4:]}", f"{ar}/{d[:2]}.{d[2:4]}.{d[4:]}",
                       f"+32 {ar[1:]} {d[:2]} {d[2:4]} {d[4:]}"])


def gen_iban_nl(rng, spaced=None):
    bank = rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB",
                       "FVLB", "HAND", "NNBA", "ABNA", "RABO", "INGB"])
    if bank == "INGB":
        acc = "000" + "".join(rng.choice("0123456789") for _ in range(7))
    else:
        acc = str(rng.randint(0, 9)) + "".join(rng.choice("0123456789") for _ in range(9))
    bban = bank + acc
    s = "NL" + iban_check("NL", bban) + bban
    if spaced is None:
        spaced = rng.random() < 0.45
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def gen_iban_be(rng, spaced=None):
    first = rng.choice(["001", "063", "068", "363", "735", "979", "290", "751", "103", "143", "523"]) + \
        "".join(rng.choice("0123456789") for _ in range(7))
    chk = int(first) % 97 or 97
    bban = first + f"{chk:02d}"
    s = "BE" + iban_check("BE", bban) + bban
    if spaced is None:
        spaced = rng.random() < 0.7
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def gen_bsn_digits(rng):
    while True:
        d = str(rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8])) + "".join(rng.choice("0123456789") for _ in range(7))
        r = sum(int(d[i]) * (9 - i) for i in range(8)) % 11
        if r == 10:
            continue
        d += str(r)
        if elfproef(d):
            return d


def fmt_bsn(rng, d, style=None):
    style = style or rng.choices(["plain", "dot4", "dot3", "sp3", "sp4"], [78, 8, 5, 6, 3])[0]
    return {"plain": d, "dot4": f"{d[:4]}.{d[4:6]}.{d[6:]}", "dot3": f"{d[:3]}.{d[3:6]}.{d[6:]}",
            "sp3": f"{d[:3]} {d[3:6]} {d[6:]}", "sp4": f"{d[:4]} {d[4:6]} {d[6:]}"}[style]


def gen_nine_fail(rng):
    while True:
        d = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(8))
        if not elfproef(d):
            return d


def gen_plate(rng):
    L = lambda n: "".join(rng.choice(PLATE_LETTERS) for _ in range(n))
    D = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    f = rng.choice([
        lambda: f"{L(2)}-{D(2)}-{D(2)}", lambda: f"{D(2)}-{D(2)}-{L(2)}", lambda: f"{D(2)}-{L(2)}-{D(2)}",
        lambda: f"{L(2)}-{D(2)}-{L(2)}", lambda: f"{L(2)}-{L(2)}-{D(2)}", lambda: f"{D(2)}-{L(2)}-{L(2)}",
        lambda: f"{D(2)}-{L(3)}-{D(1)}", lambda: f"{D(1)}-{L(3)}-{D(2)}", lambda: f"{L(2)}-{D(3)}-{L(1)}",
        lambda: f"{L(1)}-{D(3)}-{L(2)}", lambda: f"{L(3)}-{D(2)}-{L(1)}", lambda: f"{L(1)}-{D(2)}-{L(3)}",
        lambda: f"{D(1)}-{L(2)}-{D(3)}", lambda: f"{D(3)}-{L(2)}-{D(1)}"])
    p = f()
    r = rng.random()
    if r < 0.08:
        p = p.replace("-", "")
    elif r < 0.12:
        p = p.lower()
    return p


def gen_birthdate(rng, style=None):
    y = rng.randint(1941, 2007)
    if style in ("kind", "baby", "tiener"):
        y = {"kind": rng.randint(2019, 2023), "baby": rng.choice([2025, 2026]), "tiener": rng.randint(2008, 2010)}[style]
        style = "long" if style == "baby" else rng.choice(["dmy-", "long", "dmy/"])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    style = style or rng.choice(["dmy-", "dmy-", "long", "long", "iso", "dmy/", "dmy.", "short"])
    return {"dmy-": f"{d:02d}-{m:02d}-{y}", "long": f"{d} {MONTHS[m - 1]} {y}", "iso": f"{y}-{m:02d}-{d:02d}",
            "dmy/": f"{d:02d}/{m:02d}/{y}", "dmy.": f"{d:02d}.{m:02d}.{y}", "short": f"{d}-{m}-{y}"}[style]


def gen_postcode(rng):
    while True:
        l = rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        if l not in ("SA", "SD", "SS"):
            break
    n = rng.randint(1011, 9999)
    return f"{n} {l}" if rng.random() < 0.72 else f"{n}{l}"


def street_name(rng, kind="nl"):
    if kind == "vl":
        return rng.choice(STREET_VL)
    if rng.random() < 0.35:
        return rng.choice(STREET_FULL)
    root = rng.choice(STREET_ROOTS)
    suf = rng.choice(STREET_SUFFIX)
    if root.endswith(suf[0]) and suf[0] == "s":
        suf = "laan"
    return root + suf


def gen_address(rng, kind="nl"):
    st = street_name(rng, kind)
    n = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 180), rng.randint(100, 420)])
    if kind == "vl":
        r = rng.random()
        if r < 0.45:
            return f"{st} {n} bus {rng.choice([1, 2, 3, 4, 5, 6, 11, 12, 21, 101, 202])}"
        if r < 0.55:
            return f"{st} {n}/{rng.choice(['A', 'B', '3', '0101'])}"
        return f"{st} {n}"
    r = rng.random()
    if r < 0.5:
        return f"{st} {n}"
    suffix = rng.choice([
        f"{n}a", f"{n}A", f"{n}-A", f"{n}b", f"{n}-{rng.randint(1, 4)}", f"{n}-III", f"{n} bis",
        f"{n} 2-hoog", f"{n}-H", f"{n} hs", f"{n}-hs", f"{n}-1", f"{n} II", f"{n}-bis", f"{n} zw",
        f"{n} 3-hoog", f"{n} rd", f"{n}C", f"{n}-{rng.randint(1, 4)}{rng.choice('ABC')}"])
    return f"{st} {suffix}"


def gen_amount(rng, lo=5, hi=4000, style=None):
    return fmt_amount(rng, rng.uniform(lo, hi), style)


def fmt_amount(rng, v, style=None):
    e = int(v)
    c = int(round((v - e) * 100)) % 100
    style = style or rng.choice(["sp", "sp", "nosp", "eur", "euro", "dash", "round", "en", "eurint",
                                 "nodash", "sp", "euro"])
    n = nl_thousands(e)
    if style == "sp":
        return f"€ {n},{c:02d}"
    if style == "nosp":
        return f"€{n},{c:02d}"
    if style == "eur":
        return f"EUR {n},{c:02d}"
    if style == "euro":
        return f"{n} euro"
    if style == "dash":
        return f"€ {n},-"
    if style == "nodash":
        return f"€{n},-"
    if style == "round":
        return f"€ {n}"
    if style == "eurint":
        return f"EUR {n}"
    return f"{e:,}.{c:02d} EUR"


def gen_meeting_date(rng, style, base):
    wd = base.weekday()
    style = style or rng.choice(["wdm", "wdm", "wdmy", "num", "long", "short", "numshort"])
    if style == "wdm":
        return f"{WEEKDAYS[wd]} {base.day} {MONTHS[base.month - 1]}"
    if style == "wdmy":
        return f"{WEEKDAYS[wd]} {base.day} {MONTHS[base.month - 1]} {base.year}"
    if style == "num":
        return f"{base.day:02d}-{base.month:02d}-{base.year}"
    if style == "long":
        return f"{base.day} {MONTHS[base.month - 1]} {base.year}"
    if style == "short":
        return f"{WEEKDAYS_SHORT[wd]} {base.day} {MONTHS_SHORT[base.month - 1]}"
    return f"{base.day}/{base.month}"


def gen_pct(rng):
    return rng.choice([f"{rng.choice([3, 5, 8, 9, 10, 12, 15, 20, 21, 25, 30, 40, 50])}%",
                       f"{rng.randint(1, 9)},{rng.randint(1, 9)}%", f"{rng.choice([8, 21, 9, 6])} %",
                       f"{rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 25])} procent"])


def gen_invoice(rng):
    y = rng.choice([2024, 2025, 2026])
    return rng.choice([f"F{y}-{rng.randint(100, 9999):04d}", f"{y}-{rng.randint(10000, 99999)}",
                       f"INV-{rng.randint(10000, 99999)}", f"VF-{str(y)[2:]}-{rng.randint(100, 9999):05d}",
                       f"FAC{y}{rng.randint(1000, 9999)}", f"{str(y)[2:]}{rng.randint(1000, 9999)}"])


def gen_ticket(rng):
    return rng.choice([f"INC-{rng.choice([2025, 2026])}-{rng.randint(1000, 99999):05d}",
                       f"TD{rng.randint(2501, 2612)}-{rng.randint(1, 999):03d}",
                       f"OPS-{rng.randint(100, 9999)}", f"SR-{rng.randint(10000, 99999)}",
                       f"#{rng.randint(10000, 99999)}", f"M{rng.randint(2501, 2612)} {rng.randint(100, 999)}",
                       f"HELP-{rng.randint(100, 9999)}", f"CS{rng.randint(100000, 999999)}"])


def gen_kvk(rng):
    return str(rng.randint(10000000, 99999999))


def gen_btw(rng):
    return f"NL{gen_nine_fail(rng)}B{rng.choice(['01', '01', '02', '03'])}"


def gen_password(rng, kind=None):
    words = ["Zonnebloem", "Tulp", "Fiets", "Molen", "Kaasschaaf", "Paraplu", "Zomer", "Winter",
             "Herfst", "Lente", "Welkom", "Voetbal", "Hockey", "Klomp", "Haring", "Stroopwafel",
             "Regenboog", "Vuurtoren", "Koffie", "Dropje", "Sneeuw", "Tractor", "Ajax", "Polder"]
    kind = kind or rng.choice(["rand", "rand", "word", "word", "phrase", "weak", "mix"])
    if kind in ("rand", "url", "env"):
        alpha = ALNUM + ("!#%*-_+" if kind == "rand" else ("-_." if kind == "url" else "!%*-_+@"))
        while True:
            s = rand_chars(rng, rng.randint(12, 20), alpha)
            if re.search(r"\d", s) and re.search(r"[A-Z]", s) and re.search(r"[a-z]", s):
                return s
    if kind == "word":
        return rng.choice(words) + rng.choice(["!", "#", "@", "$", "*", ""]) + str(rng.randint(1, 2026)) + \
            rng.choice(["", "!", "?", "#"])
    if kind == "phrase":
        w = [rng.choice(["paars", "kopje", "fietsbel", "wolk", "tegel", "sloot", "lepel", "kast",
                         "vogel", "schoen", "trommel", "hooiberg", "kaars", "wortel"]) for _ in range(3)]
        return "-".join(w) + "-" + str(rng.randint(10, 99))
    if kind == "weak":
        return rng.choice(["welkom", "zomer", "voetbal", "qwerty", "admin", "wachtwoord", "geheim",
                           "bestuur", "kapsalon", "ledenlijst"]) + str(rng.randint(1, 9999))
    return rand_chars(rng, 4, "BCDFGHJKLMNPRSTVWXZ") + rng.choice("!@#%&*") + rand_chars(rng, 4, "0123456789") + \
        rand_chars(rng, 3, "bcdfghjkmnprstvwxz")


def gen_apikey(rng, kind):
    if kind == "openai":
        return "sk-" + rand_chars(rng, 48, ALNUM)
    if kind == "proj":
        return "sk-proj-" + rand_chars(rng, rng.randint(120, 156), B64URL)
    if kind == "ant":
        return "sk-ant-api03-" + rand_chars(rng, 93, B64URL) + "AA"
    if kind == "aws":
        return rng.choice(["AKIA", "AKIA", "ASIA"]) + rand_chars(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if kind == "awssec":
        return rand_chars(rng, 40, ALNUM + "+/")
    if kind == "ghp":
        return rng.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + rand_chars(rng, 36, ALNUM)
    if kind == "ghpat":
        return "github_pat_11" + rand_chars(rng, 20, UPALNUM) + "_" + rand_chars(rng, 59, ALNUM)
    if kind == "google":
        return "AIza" + rand_chars(rng, 35, B64URL)
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_", "sk_live_"]) + rand_chars(rng, rng.choice([24, 99]), ALNUM)
    if kind == "stripewh":
        return "whsec_" + rand_chars(rng, 32, ALNUM)
    if kind == "slack":
        return rng.choice(["xoxb-", "xoxp-"]) + str(rng.randint(10 ** 10, 10 ** 11)) + "-" + \
            str(rng.randint(10 ** 11, 10 ** 12)) + "-" + rand_chars(rng, 24, ALNUM)
    if kind == "slackhook":
        return "https://hooks.slack.com/services/T" + rand_chars(rng, 8, UPALNUM) + "/B" + \
            rand_chars(rng, 10, UPALNUM) + "/" + rand_chars(rng, 24, ALNUM)
    if kind == "jwt":
        hdr = base64.urlsafe_b64encode(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"},
                                                  separators=(",", ":")).encode()).decode().rstrip("=")
        iat = rng.randint(1735000000, 1790000000)
        pl = {"sub": rand_chars(rng, 12, HEX), "iat": iat, "exp": iat + rng.choice([3600, 86400, 604800]),
              "scope": rng.choice(["api:read api:write", "admin", "portal", "billing:write"])}
        pay = base64.urlsafe_b64encode(json.dumps(pl, separators=(",", ":")).encode()).decode().rstrip("=")
        return f"{hdr}.{pay}." + rand_chars(rng, 43, B64URL)
    if kind == "pem":
        t = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
        start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
                 "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA",
                 "EC PRIVATE KEY": "MHcCAQEEI"}[t]
        body = start + rand_chars(rng, 64 * rng.randint(4, 7) - len(start) + rng.randint(10, 40), B64)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return f"-----BEGIN {t}-----\n" + "\n".join(lines) + f"\n-----END {t}-----"
    if kind == "mollie":
        return "live_" + rand_chars(rng, 30, ALNUM)
    if kind == "sendgrid":
        return "SG." + rand_chars(rng, 22, B64URL) + "." + rand_chars(rng, 43, B64URL)
    if kind == "twilio":
        return rand_chars(rng, 32, HEX)
    if kind == "twiliosid":
        return "AC" + rand_chars(rng, 32, HEX)
    if kind == "hf":
        return "hf_" + rand_chars(rng, 34, ALNUM)
    if kind == "glpat":
        return "glpat-" + rand_chars(rng, 20, B64URL)
    if kind == "npm":
        return "npm_" + rand_chars(rng, 36, ALNUM)
    if kind == "azure":
        return rand_chars(rng, 86, ALNUM + "+/") + "=="
    if kind == "mailchimp":
        return rand_chars(rng, 32, HEX) + "-us" + str(rng.randint(1, 21))
    if kind == "shopify":
        return "shpat_" + rand_chars(rng, 32, HEX)
    if kind == "telegram":
        return str(rng.randint(5000000000, 7999999999)) + ":AA" + rand_chars(rng, 33, B64URL)
    if kind == "hex":
        return rand_chars(rng, rng.choice([32, 40, 64]), HEX)
    if kind == "datadog":
        return rand_chars(rng, 32, HEX)
    if kind == "mapbox":
        return "pk.eyJ1Ijoi" + rand_chars(rng, 30, B64URL) + "." + rand_chars(rng, 22, B64URL)
    if kind == "postmark":
        h = rand_chars(rng, 32, HEX)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    if kind == "gcpsa":
        return rand_chars(rng, 40, HEX)
    if kind == "any":
        return gen_apikey(rng, rng.choice(["openai", "proj", "ant", "ghp", "google", "stripe", "slack",
                                           "hf", "glpat", "sendgrid", "mollie", "npm"]))
    raise KeyError(kind)


def gen_username(rng):
    return rng.choice(["beheer", "admin", "svc_backup", "kassa01", "balie", "penningmeester", "secretariaat",
                       "root", "deploy", "app_user", "webshop", "monitoring", "planning", "receptie",
                       "ledenadmin", "sa", "postgres", "wpadmin", "intranet", "scanner"]) + \
        rng.choice(["", "", "", str(rng.randint(1, 9))])


def gen_host(rng):
    return rng.choice(["db01", "sql-prod", "pg-main", "mysql02", "srv-app", "nas", "backup01", "erp-db",
                       "crm-db", "mail", "ftp", "fileserver"]) + "." + \
        rng.choice(["intern.local", "lan", "corp.internal", "prod.internal", "eu-west-1.rds.amazonaws.com",
                    "database.windows.net", "hosting-noord.nl", "office.local"])


# --------------------------------------------------------------------------------------------
# Rendering: a template is a string with «slot» markers and {{a|b}} choices, or a callable
# taking the record (rng available as r.rng) and returning such a string.
# --------------------------------------------------------------------------------------------
SLOT = re.compile(r"«([^«»]+)»")
CHOICE = re.compile(r"\{\{([^{}]*)\}\}")
PERSON_KEY = re.compile(r"P([a-z]{0,2})(\d*)")
OTHER_KEY = re.compile(r"([a-z_]+?)(\d*)")


FORM_KEYED = {"bedrag", "datum", "geb", "pw", "key", "bsn", "iban", "tijd"}


class Rec:
    def __init__(self, rng):
        self.rng = rng
        self.ent = {}
        self.out = []
        self.pos = 0
        self.spans = []      # (start, end, label, value) for mask labels
        self.keeps = []      # (start, end, value)
        self.taken = set()
        self.last_time = None
        self.last_date = None

    def lit(self, s):
        self.out.append(s)
        self.pos += len(s)

    def emit(self, value, label):
        s = self.pos
        self.lit(value)
        if label == "KEEP":
            self.keeps.append((s, self.pos, value))
        elif label:
            self.spans.append((s, self.pos, label, value))

    def render(self, tpl):
        if callable(tpl):
            tpl = tpl(self)
        tpl = CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), tpl)
        i = 0
        for m in SLOT.finditer(tpl):
            self.lit(tpl[i:m.start()])
            v, lab = self.slot(m.group(1))
            self.emit(v, lab)
            i = m.end()
        self.lit(tpl[i:])
        return "".join(self.out)

    # ---- slots
    def slot(self, spec):
        if spec.startswith("="):          # literal value that must be kept (computed amounts)
            return spec[1:], "KEEP"
        if spec.startswith("~"):          # literal unlabelled text
            return spec[1:], None
        name, _, form = spec.partition(".")
        m = PERSON_KEY.fullmatch(name)
        if m:
            if name not in self.ent:
                self.ent[name] = make_person(self.rng, m.group(1) or None, self.taken)
            return self.person_view(self.ent[name], form)
        m = OTHER_KEY.fullmatch(name)
        if not m:
            raise KeyError(spec)
        base = m.group(1)
        if base in FORM_KEYED and form:
            name = name + "." + form
        if name not in self.ent:
            self.ent[name] = self.make(base, form)
        return self.view(base, self.ent[name], form)

    def org_domain(self):
        for k in ("org", "org1"):
            if k in self.ent:
                return self.ent[k]["dom"]
        return None

    def person_view(self, p, form):
        rng = self.rng
        if form == "":
            return p_full(p), "PERSOON"
        if form == "vn":
            return p.first, "PERSOON"
        if form == "an":
            return p_an(p), "PERSOON"
        if form == "ini":
            return p_ini(p), "PERSOON"
        if form == "ini1":
            return p_ini(p, True), "PERSOON"
        if form == "abbr":
            return p_abbr(p), "PERSOON"
        if form == "rev":
            return p_rev(p), "PERSOON"
        if form == "revf":
            return p_rev(p, True), "PERSOON"
        if form == "caps":
            return p_full(p).upper(), "PERSOON"
        if form == "capsan":
            return p_an(p).upper(), "PERSOON"
        if form == "capsrev":
            return p_rev(p).upper(), "PERSOON"
        if form == "lc":
            return p.first.lower(), "PERSOON"
        if form == "lcf":
            return p_full(p).lower(), "PERSOON"
        if form == "vnx":
            return f"{p.first} {p.last[0]}.", "PERSOON"
        if form == "mail":
            if not p.mail:
                dom = rng.choice(MAIL_DOMAINS_BE if p.origin == "vl" else MAIL_DOMAINS_NL)
                p.mail = f"{mail_local(rng, p)}@{dom}"
            return p.mail, "EMAIL"
        if form == "wmail":
            if not p.wmail:
                dom = self.org_domain() or slug(rng.choice(rng.choice(list(ORGS.values())))) + ".nl"
                fl, ll = slug(p.first), slug(p.tussen + p.last)
                p.wmail = rng.choice([f"{fl}@{dom}", f"{fl[0]}.{ll}@{dom}", f"{fl}.{ll}@{dom}",
                                      f"{fl[0]}{ll}@{dom}"])
            return p.wmail, "EMAIL"
        if form == "mob":
            if not p.mob:
                p.mob = gen_phone_be(rng) if p.origin == "vl" and rng.random() < 0.8 else gen_mobile(rng)
            return p.mob, "TELEFOON"
        if form == "tel":
            if not p.tel:
                p.tel = gen_landline(rng)
            return p.tel, "TELEFOON"
        if form == "user":
            if not p.user:
                fl, ll = slug(p.first), slug(p.tussen + p.last)
                p.user = rng.choice([f"{fl[0]}{ll}", f"{ll}{fl[0]}", f"{fl[0]}{ll}{rng.randint(1, 9)}",
                                     f"{fl[:3]}{ll[:3]}", f"{fl}{rng.randint(10, 99)}"])
            return p.user, None
        if form in ("t", "th", "tt", "hij", "Hij", "zijn", "aanhef", "Hr", "kind", "ouder", "oma"):
            m = p.g == "m"
            return {"t": ("meneer", "mevrouw"), "th": ("dhr.", "mevr."), "tt": ("de heer", "mevrouw"),
                    "hij": ("hij", "zij"), "Hij": ("Hij", "Zij"), "zijn": ("zijn", "haar"),
                    "aanhef": ("Geachte heer", "Geachte mevrouw"),
                    "Hr": ("Dhr.", "Mw."), "kind": ("zoon", "dochter"), "ouder": ("vader", "moeder"),
                    "oma": ("opa", "oma")}[form][0 if m else 1], None
        raise KeyError("person form " + form)

    def make(self, base, form):
        rng = self.rng
        if base == "org":
            sector = form if form in ORGS else rng.choice(list(ORGS))
            name = rng.choice(ORGS[sector])
            return {"name": name, "dom": slug(re.sub(r"^(v\.v\.|B&B|KDV|BSO)\s*", "", name)) + rng.choice([".nl", ".nl", ".nl", ".com", ".eu"])}
        if base == "n":
            if form in ("personen", "nachten"):
                return rng.choice([2, 2, 3, 4, 4, 5, 6, 7, 8])
            if form == "leden":
                return rng.randint(18, 140)
            return rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 18, 20, 24, 25, 30, 40, 45, 60, 120])
        if base == "mob":
            return gen_mobile(rng), "TELEFOON"
        if base == "tel":
            return gen_landline(rng), "TELEFOON"
        if base == "telbe":
            return gen_phone_be(rng), "TELEFOON"
        if base == "telx":
            return rng.choice([gen_mobile, gen_mobile, gen_landline, gen_phone_be])(rng), "TELEFOON"
        if base == "mail":
            dom = rng.choice(MAIL_DOMAINS_NL)
            loc = rng.choice(["info", "contact", "administratie", "planning", "secretariaat", "facturen",
                              "ledenadministratie", "receptie", "servicedesk", "backoffice"])
            d = self.org_domain()
            return (f"{loc}@{d}" if d else f"{loc}.{slug(rng.choice(STREET_ROOTS))}@{dom}"), "EMAIL"
        if base == "adres":
            return gen_address(rng, "nl"), "ADRES"
        if base == "adresvl":
            return gen_address(rng, "vl"), "ADRES"
        if base == "pc":
            return gen_postcode(rng), "POSTCODE"
        if base == "stad":
            return rng.choice(TOWNS_NL), None
        if base == "stadvl":
            pc, t = rng.choice(TOWNS_VL)
            return (t if form == "kaal" else f"{pc} {t}"), None
        if base == "iban":
            return gen_iban_nl(rng, {"sp": True, "c": False}.get(form)), "IBAN"
        if base == "ibanbe":
            return gen_iban_be(rng), "IBAN"
        if base == "bsn":
            return fmt_bsn(rng, gen_bsn_digits(rng), form or None), "BSN"
        if base == "kent":
            return gen_plate(rng), "KENTEKEN"
        if base == "geb":
            return gen_birthdate(rng, form or None), "GEBOORTEDATUM"
        if base == "pw":
            return gen_password(rng, form or None), "WACHTWOORD"
        if base == "pwb":  # base64 of a password, as in a Kubernetes Secret "data:" block
            return base64.b64encode(gen_password(rng, "rand").encode()).decode(), "WACHTWOORD"
        if base == "key":
            return gen_apikey(rng, form or "any"), "API_SLEUTEL"
        if base == "bedrag":
            lo, hi = {"klein": (3, 120), "": (10, 1200), "groot": (1500, 9000), "sal": (2100, 6800), "huur": (450, 1650),
                      "jaar": (28000, 92000), "loonsom": (250000, 2400000)}[form]
            return gen_amount(rng, lo, hi), "KEEP"
        if base == "datum":
            # later dates in one record follow the earlier ones
            if self.last_date:
                d = self.last_date + datetime.timedelta(days=rng.choice([1, 2, 3, 5, 7, 9, 14, 21, 30, 45]))
            else:
                d = datetime.date(2025, 1, 6) + datetime.timedelta(days=rng.randint(0, 600))
            self.last_date = d
            return gen_meeting_date(rng, form or None, d), "KEEP"
        if base == "dag":
            return rng.choice(WEEKDAYS[:6]), "KEEP"
        if base == "tijd":
            # later times in one record follow the earlier ones (chat logs, opening hours)
            if self.last_time and form in ("", "later"):
                h, m, style = self.last_time
                step = rng.choice([60, 90, 120, 180, 240, 480]) if form else rng.choice([1, 2, 3, 4, 6, 9, 15, 25, 40, 75])
                h, m = divmod(min(h * 60 + m + step, 23 * 60 + 50), 60)
            else:
                h, m = rng.randint(7, 20), rng.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50, 5, 55])
                style = form if form in ("colon", "colon0", "dot", "vl") else rng.choice(["colon", "colon", "colon", "colon0", "dot", "vl"])
            self.last_time = (h, m, style)
            v = {"colon": f"{h}:{m:02d}", "colon0": f"{h:02d}:{m:02d}", "dot": f"{h}.{m:02d}",
                 "vl": f"{h}u{m:02d}" if m else f"{h}u"}[style]
            return v, "KEEP"
        if base == "pct":
            return gen_pct(rng), "KEEP"
        if base == "factuur":
            return gen_invoice(rng), "KEEP"
        if base == "order":
            return gen_nine_fail(rng), "KEEP"
        if base == "ticket":
            return gen_ticket(rng), "KEEP"
        if base == "kvk":
            return gen_kvk(rng), "KEEP"
        if base == "btw":
            return gen_btw(rng), "KEEP"
        if base == "lhnr":     # loonheffingennummer; the 9 digits fail the 11-proef
            return f"{gen_nine_fail(rng)}L{rng.choice(['01', '01', '02'])}", "KEEP"
        if base == "kbo":      # Belgian ondernemingsnummer
            d = "0" + str(rng.randint(2000000, 9999999))
            d += f"{97 - int(d) % 97:02d}"
            return f"BE {d[:4]}.{d[4:7]}.{d[7:]}" if rng.random() < 0.6 else f"BE{d}", "KEEP"
        if base == "user":
            return gen_username(rng), None
        if base == "host":
            return gen_host(rng), None
        if base == "hex":
            return rand_chars(rng, int(form or 8), HEX), None
        if base == "uuid":
            h = rand_chars(rng, 32, HEX)
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}", None
        if base == "ip":
            return f"{rng.choice([10, 192, 172, 84, 213, 31])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", None
        if base == "jaar":
            return str(rng.choice([2024, 2025, 2025, 2026])), None
        if base == "nr":
            k = int(form or 2)
            return str(rng.randint(10 ** (k - 1), 10 ** k - 1)), None
        if base == "maand":
            return rng.choice(MONTHS), None
        raise KeyError("slot base " + base)

    def view(self, base, e, form):
        if base == "org":
            if form == "dom":
                return e["dom"], None
            return e["name"], None
        if base == "n":
            return f"{e} {form}" if form else str(e), "KEEP"
        return e


# --------------------------------------------------------------------------------------------
# Validation (shared by the build and by --check)
# --------------------------------------------------------------------------------------------
INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}
NINE_PATTERNS = [re.compile(p) for p in (r"(?<!\d)\d{9}(?!\d)", r"(?<![\d.])\d{4}\.\d{2}\.\d{3}(?!\d|\.\d)",
                                         r"(?<![\d.])\d{3}\.\d{3}\.\d{3}(?!\d|\.\d)",
                                         r"(?<![\d])\d{3} \d{3} \d{3}(?![\d])",
                                         r"(?<![\d])\d{4} \d{2} \d{3}(?![\d])")]


EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
INTERNAL_HOSTS = (".local", ".lan", ".internal", ".amazonaws.com", ".windows.net", "hosting-noord.nl")


def name_tokens(label, value):
    if label not in ("PERSOON", "ADRES"):
        return []
    toks = []
    for t in re.findall(r"[^\W\d_][\w'’-]*", value):
        for u in [t] + re.split(r"[-'’]", t):
            if len(u) >= 4 and u.lower() not in INTERFIX and u not in toks:
                toks.append(u)
    return toks


def occurrences(text, v):
    i = text.find(v)
    while i >= 0:
        yield i, i + len(v)
        i = text.find(v, i + 1)


def validate(rec, spans=None):
    """Return a list of problems with one record.  spans: [(s, e, label, value)] from the build;
    when None (the --check mode) every occurrence of every mask value counts as a span."""
    errs = []
    text, mask, keep, block = rec["text"], rec["mask"], rec["keep"], rec["block"]
    if spans is None:
        spans = [(s, e, lab, v) for lab, v in mask for s, e in occurrences(text, v)]
    inside = lambda s, e: any(a <= s and e <= b for a, b, _, _ in spans)
    overlaps = lambda s, e: any(s < b and a < e for a, b, _, _ in spans)
    seen = set()
    for lab, v in mask:
        if lab not in MASK_LABELS:
            errs.append(f"bad label {lab}")
        if (lab, v) in seen:
            errs.append(f"duplicate mask {v!r}")
        seen.add((lab, v))
        if v not in text:
            errs.append(f"mask value not in text: {v!r}")
        for s, e in occurrences(text, v):
            if not inside(s, e):
                errs.append(f"occurrence of {v!r} outside a labelled span")
        for t in name_tokens(lab, v):
            for m in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text, re.I):
                if not inside(m.start(), m.end()):
                    errs.append(f"word {t!r} of {v!r} stands alone outside a span")
        if lab == "IBAN" and not iban_ok(v):
            errs.append(f"bad IBAN {v}")
        if lab == "BSN" and not elfproef(re.sub(r"[ .]", "", v)):
            errs.append(f"bad BSN {v}")
    # mask order = order of first occurrence
    firsts = [text.find(v) for _, v in mask]
    if firsts != sorted(firsts):
        errs.append("mask not in order of first occurrence")
    for v in keep:
        if v not in text:
            errs.append(f"keep value not in text: {v!r}")
        for lab, mv in mask:
            if v in mv or mv in v:
                errs.append(f"keep {v!r} overlaps mask {mv!r}")
        for s, e in occurrences(text, v):
            if overlaps(s, e):
                errs.append(f"keep {v!r} overlaps a span")
    if len(set(keep)) != len(keep):
        errs.append("duplicate keep")
    for pat in NINE_PATTERNS:
        for m in pat.finditer(text):
            if elfproef(re.sub(r"[ .]", "", m.group())) and not inside(m.start(), m.end()):
                errs.append(f"unlabelled 11-proef number {m.group()}")
    for m in EMAIL_RE.finditer(text):
        if not overlaps(m.start(), m.end()) and not m.group(1).endswith(INTERNAL_HOSTS):
            errs.append(f"unlabelled e-mail address {m.group()}")
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group()) and not inside(m.start(), m.end()):
            errs.append(f"unlabelled IBAN {m.group()}")
    labels = {lab for lab, _ in mask}
    for lab, cat in AUTO_BLOCK.items():
        if (lab in labels) != (cat in block):
            errs.append(f"block/label mismatch for {cat}")
    for c in block:
        if c not in BLOCK_CATS:
            errs.append(f"bad block {c}")
    if "«" in text or "»" in text or "{{" in text or "}}" in text or re.search(r"\{[a-z][a-z0-9_.]*\}", text):
        errs.append("leftover template braces")
    return errs


# ============================================================================================
# Templates.  «slot» markers, {{a|b}} choices.  Persons: «P1», «P1.vn», «P1.an», «P1.ini», ...
# ============================================================================================
T_PASSWORD = [
# 1 Outlook forward from the IT supplier
"""Van: «P1» <«P1.wmail»>
Verzonden: «datum.wdmy» «tijd»
Aan: «P2» <«P2.wmail»>
CC: servicedesk
Onderwerp: RE: Account voor nieuwe collega

Hoi «P2.vn»,

Het account is aangemaakt. Gebruikersnaam: «P3.user», tijdelijk wachtwoord: «pw»
Laat «P3.vn» dit bij de eerste keer inloggen wijzigen, MFA staat al klaar.

Groet,
«P1.vn»
«org.it» | «P1.tel»

-----Oorspronkelijk bericht-----
Van: «P2» 
Onderwerp: Account voor nieuwe collega
Wil jij een account maken voor «P3»? Start «datum2».""",
# 2 WhatsApp export (Android)
"""«datum.num» «tijd» - «P1.vn»: is de wifi bij «org.kapper» veranderd? mijn telefoon pakt hem niet meer
«datum.num» «tijd2» - «P2.vn»: ja sinds {{gisteren|vorige week|het weekend}}. netwerk Salon-Gast, ww «pw.word»
«datum.num» «tijd3» - «P1.vn»: top dank je 🙏
«datum.num» «tijd3» - «P2.vn»: niet aan klanten geven he""",
# 3 .env
"""# {{productie|acceptatie|staging}} - NIET committen!
APP_ENV=production
APP_URL=https://«org.dom»
DB_CONNECTION=mysql
DB_HOST=«host»
DB_PORT=3306
DB_DATABASE=webshop
DB_USERNAME=«user»
DB_PASSWORD=«pw.env»
MAIL_MAILER=smtp
MAIL_HOST=smtp.«org.dom»
MAIL_USERNAME=«P1.wmail»
MAIL_PASSWORD=«pw2.env»
MAIL_FROM_NAME="«org»\"""",
# 4 docker-compose
"""services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: «user»
      POSTGRES_PASSWORD: «pw.url»
      POSTGRES_DB: ledenadministratie
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    build: .
    environment:
      DATABASE_URL: postgres://«user»:«pw.url»@db:5432/ledenadministratie
    ports:
      - "8080:8080"
volumes:
  pgdata:""",
# 5 Kubernetes secret, stringData
"""apiVersion: v1
kind: Secret
metadata:
  name: {{planning|crm|facturatie|roosters}}-db
  namespace: {{prod|klant-a|default}}
type: Opaque
stringData:
  username: «user»
  password: «pw.url»
  host: «host»""",
# 6 Kubernetes secret, base64 data
"""# kubectl get secret smtp-credentials -o yaml (uitvoer van «P1.vn», ticket «ticket»)
apiVersion: v1
kind: Secret
metadata:
  name: smtp-credentials
data:
  SMTP_USER: «hex.12»
  SMTP_PASSWORD: «pwb»""",
# 7 Jira ticket with connection string
"""[«ticket»] Koppeling CRM werkt niet na migratie
Reporter: «P1» · Assignee: «P2» · Prioriteit: Hoog

Beschrijving:
Na de migratie van «dag» geeft de sync een timeout. Huidige connection string uit appsettings.json:
Server=«host»;Database=crm;User Id=«user»;Password=«pw.url»;TrustServerCertificate=True
Graag checken of de firewallregel voor «ip» nog staat. Klant belt dagelijks, contactpersoon {{«P3»|«P3.ini»}} («P3.tel»).""",
# 8 bash history
"""$ history | tail -6
  501  cd /var/www/«org.dom»
  502  mysqldump -u «user» -p'«pw.url»' webshop > /tmp/webshop.sql
  503  gzip /tmp/webshop.sql
  504  scp /tmp/webshop.sql.gz backup@«host»:/backup/
  505  rm /tmp/webshop.sql.gz
  506  history""",
# 9 TOPdesk reset
"""Melding «ticket» - Wachtwoord reset
Aanmelder: «P1» («P1.wmail», «P1.tel»)
Behandelaar: «P2.vn» (Servicedesk)
Status: Afgemeld

Actie «datum» «tijd»: wachtwoord gereset in AD. Nieuw tijdelijk wachtwoord: «pw.mix»
Gebruiker moet dit bij eerste aanmelding wijzigen. Telefonisch doorgegeven aan {{«P1.t»|«P1.th»}} «P1.an».""",
# 10 SMS
"""«org.woning»: uw tijdelijke wachtwoord voor het huurdersportaal is «pw.mix». Log binnen 48 uur in en wijzig het. Vragen? Bel «tel».""",
# 11 Teams chat
"""«P1»  «tijd»
kun je even op de router van de vestiging in «stad» kijken? internet ligt eruit
«P2»  «tijd2»
welke inlog?
«P1»  «tijd3»
admin / «pw»  (niet doorsturen aub)
«P2»  «tijd4»
👍 zit erin, herstart loopt""",
# 12 sports club board mail
"""Bestuur «org.sport» - interne mededeling

Hoi allemaal,

Zoals afgesproken in de bestuursvergadering van «datum»: de inlog voor de ledenadministratie (Sportlink) is per direct
gebruikersnaam: «mail»
wachtwoord: «pw»

Deel dit alleen binnen het bestuur. Vragen: «P1» («P1.mob»).

Sportieve groet,
«P1.vn», secretaris""",
# 13 hairdresser note
"""Briefje voor {{de nieuwe collega|de invalkracht|de stagiaire}} bij «org.kapper»:
- Kassa (Salonized): inloggen met «P1.mail» / «pw.word»
- Muziek: Spotify-account is al ingelogd
- Sleutel ligt bij «P2.vn», bel bij problemen «P2.mob»
- «dag» open vanaf «tijd»""",
# 14 housing corporation letter
"""«org.woning»
T.a.v. «P1.Hr» «P1.ini»
«adres»
«pc» «stad»

Betreft: inloggegevens huurdersportaal

«P1.aanhef» «P1.an»,

U heeft een account aangevraagd voor ons huurdersportaal. U logt in met uw e-mailadres «P1.mail» en dit tijdelijke wachtwoord: «pw.mix»
Na de eerste keer inloggen vragen wij u een eigen wachtwoord te kiezen.

Met vriendelijke groet,
Klantcontactcentrum""",
# 15 notary, PDF password
"""Van: «P1» <«P1.wmail»>
Aan: «P2.mail»
Onderwerp: Concept leveringsakte «adres»

Geachte {{«P2.t»|heer/mevrouw}} «P2.an»,

Zoals telefonisch besproken stuur ik u het concept van de leveringsakte. Het PDF-bestand is beveiligd; het wachtwoord is «pw.mix». De ondertekening staat gepland op «datum» om «tijd» op ons kantoor.

Met vriendelijke groet,
mr. «P1.ini»
kandidaat-notaris, «org.notaris»""",
# 16 voicemail transcript
"""Voicemail van «mob» (0:{{42|51|38}})
ja hallo met «P1.lc» van de administratie eh ik bel even over de inlog van het boekhoudpakket het wachtwoord is «pw.weak» alles kleine letters en de gebruikersnaam is gewoon je mailadres oké bel me anders even terug doei""",
# 17 git diff
"""diff --git a/config/settings.py b/config/settings.py
index «hex.7»..«hex2.7» 100644
--- a/config/settings.py
+++ b/config/settings.py
@@ -18,7 +18,7 @@ DATABASES = {
         "NAME": "planning",
         "USER": "«user»",
-        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
+        "PASSWORD": "«pw.url»",  # tijdelijk, fix ik {{morgen|na de demo|maandag}}
         "HOST": "«host»",
         "PORT": "5432",""",
# 18 JSON log lines
"""{"level":"info","ts":"«jaar»-04-11T08:12:55Z","msg":"request","path":"/api/login","ip":"«ip»"}
{"level":"warn","ts":"«jaar»-04-11T08:12:55Z","msg":"login failed","body":{"email":"«P1.mail»","password":"«pw»"},"ip":"«ip»"}
{"level":"info","ts":"«jaar»-04-11T08:12:59Z","msg":"request","path":"/api/login","ip":"«ip»"}""",
# 19 Google Forms export (single respondent)
"""Tijdstempel,Naam,E-mailadres,Telefoonnummer,Kies een wachtwoord voor de rooster-app
«datum.num» «tijd»:41,«P1»,«P1.mail»,«P1.mob»,«pw.word»""",
# 20 childcare parent portal
"""Welkom bij «org.opvang»!

Beste ouder/verzorger van «P1.vn»,

Vanaf «datum» kunt u inloggen op het ouderportaal met:
E-mail: «P2.mail»
Wachtwoord: «pw.word»

Hier vindt u foto's, het dagritme en de facturen. Vragen? Bel de groep op «tel».""",
# 21 farm relief notes
"""Notitie voor «P1.vn» (afloswerk {{week 14|week 31|kerst}}):
- robotsoftware op de pc in de melkput: gebruiker «user», wachtwoord «pw»
- voermengwagen staat «dag» klaar om «tijd»
- dierenarts bij problemen: «P2» «P2.mob»
- tankauto komt «dag2»""",
# 22 event, mixed English
"""Hi «P1.vn»,

For the {{Zomerzinnen|Koningsdag|Lichtjesavond}} event on «datum» you can use the ticketing organiser account:
login: «P2.wmail»
pass: «pw»
Please don't change the password, «P3.vn» also uses it at the gate. Doors open at «tijd».

Cheers,
«P2.vn»""",
# 23 insurance broker
"""Hoi «P1.vn»,

Voor de schadeclaim van «P2» ({{autoschade|waterschade|inbraak}}, kenteken «kent») moet je in het intermediairportaal van de maatschappij zijn. Ons kantooraccount:
Gebruiker: «user»
Wachtwoord: «pw.mix»
Het polisnummer staat in het dossier. Let op: het account blokkeert na 3 foute pogingen.

«P3.vn»
«org.verzekering»""",
# 24 password manager CSV export
""""Group","Title","Username","Password","URL","Notes"
"Root/Kantoor","Router","admin","«pw»","http://192.168.1.1",""
"Root/Kantoor","Boekhouding","«P1.wmail»","«pw2.word»","",""
"Root/Bank","Zakelijk bankieren","«P1.user»","«pw3.mix»","","pas ligt in de kluis\"""",
# 25 Wi-Fi QR text on a guest card
"""Gasten-wifi «org.horeca»
Scan de QR-code of voer handmatig in:
WIFI:T:WPA;S:{{Gasten|Terras|Lobby}};P:«pw.word»;;
Fijn verblijf! Receptie: «tel»""",
# 26 church livestream
"""Aan de technici van «org.kerk»,

Voor de uitzending van «datum.wdm»: het YouTube-account voor de livestream is «P1.mail», wachtwoord «pw.word». De camera staat op het balkon; de sleutel is bij de koster, «P2» («P2.tel»).
De dienst begint om «tijd».

Hartelijke groet,
«P3»""",
# 27 Flemish
"""Dag «Pvl1.vn»,

Het paswoord van de NAS op kantoor in «stadvl.kaal» is «pw». Gebruikersnaam blijft «user». Gelieve het niet verder te mailen, bel mij desnoods op «telbe».

Met vriendelijke groeten,
«Pvl2»""",
# 28 FTP URL
"""Upload de nieuwe foto's van «datum» via:
ftp://«user»:«pw.url»@ftp.«org.dom»/public_html/fotos
(«P1.vn» heeft ook toegang tot de map, vraag anders even op «P1.mob»)""",
# 29 PHP mailer
"""$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host       = 'smtp.«org.dom»';
$mail->SMTPAuth   = true;
$mail->Username   = '«P1.wmail»';
$mail->Password   = '«pw.url»';
$mail->Port       = 587;
$mail->setFrom('«mail»', 'Nieuwsbrief');""",
# 30 net user command
"""Uitgevoerd op DC01 («datum», «tijd»):
net user «P1.user» «pw.mix» /add /domain
net group "Medewerkers" «P1.user» /add
Account voor «P1» staat klaar, startdatum «datum2». Werkplek: laptop {{LT-0412|LT-0977|LT-1130}}.""",
# 31 OCR'd letter
"""«org.verzekering»        |   Postbus «nr.4»
Uw  persoonlijke  inloggegevens
N aam :  «P1.caps»
Gebruikersnaam :   «P1.user»
Wachtwoord :    «pw.mix»
Bewaar  deze  brief  op  een  veilige  plek .
Datum  :  «datum.num»""",
# 32 Ansible inventory
"""[kassa]
kassa-01.«org.dom» ansible_user=«user» ansible_password=«pw.url»
kassa-02.«org.dom» ansible_user=«user» ansible_password=«pw.url»

[kassa:vars]
ansible_connection=winrm""",
# 33 shared mailbox in Teams, mixed
"""«P1.vn» «tijd»: wie heeft het ww van facturen@ mailbox?
«P2.vn» «tijd2»: «pw» , staat ook in de kluis
«P1.vn» «tijd3»: thx! ik heb de factuur «factuur» van «bedrag» nog niet gezien btw""",
# 34 Cisco config
"""!
hostname sw-«stad»-01
enable secret 0 «pw.url»
username «user» privilege 15 password 0 «pw2.url»
!
interface Vlan10
 description kantoor
 ip address 10.10.10.2 255.255.255.0
!""",
]

T_API_KEY = [
# 1 curl OpenAI
"""curl https://api.openai.com/v1/chat/completions \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer «key.{{openai|proj}}»" \\
  -d '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Vat deze klacht samen"}]}'""",
# 2 Python anthropic
"""import anthropic

client = anthropic.Anthropic(api_key="«key.ant»")
msg = client.messages.create(
    model="claude-sonnet-4-5",
    max_tokens=800,
    messages=[{"role": "user", "content": "Schrijf een offerte voor dakwerk"}],
)
print(msg.content[0].text)""",
# 3 .env stripe
"""# webshop «org.dom»
STRIPE_PUBLIC_KEY=pk_live_«hex.24»
STRIPE_SECRET_KEY=«key.stripe»
STRIPE_WEBHOOK_SECRET=«key2.stripewh»
SHOP_CURRENCY=EUR""",
# 4 AWS credentials
"""[default]
aws_access_key_id = «key.aws»
aws_secret_access_key = «key2.awssec»
region = eu-central-1

[backup]
aws_access_key_id = «key3.aws»
aws_secret_access_key = «key4.awssec»""",
# 5 GitHub PAT in remote, Teams
"""«P1» «tijd»
push lukt niet, ik heb nu dit als remote:
https://«P1.user»:«key.ghp»@github.com/«org.dom»/planning-app.git
«P2» «tijd2»
haal die token er meteen uit en revoke hem 🙈""",
# 6 Google Maps key in HTML
"""<!-- vestigingen-kaart, aangepast door «P1.vn» op «datum» -->
<script async
  src="https://maps.googleapis.com/maps/api/js?key=«key.google»&callback=initMap">
</script>
<div id="map" style="height:400px"></div>""",
# 7 Slack bot token in Jira
"""«ticket»: Slack-notificaties voor nieuwe bestellingen
Omschrijving: bot post niet meer in #orders sinds «dag». Token in de config:
SLACK_BOT_TOKEN=«key.slack»
Reporter: «P1» - Team: webshop""",
# 8 Slack webhook in compose
"""  alertmanager:
    image: prom/alertmanager
    environment:
      SLACK_WEBHOOK_URL: «key.slackhook»
      SLACK_CHANNEL: "#storingen\"""",
# 9 JWT in pasted request
"""GET /api/v2/klanten?page=3 HTTP/1.1
Host: portal.«org.dom»
Authorization: Bearer «key.jwt»
Accept: application/json

-> 500 Internal Server Error (gemeld door «P1.vn», «datum» «tijd»)""",
# 10 private key in Teams
"""«P1» «tijd»
hier de key voor de deploy-server, zet je hem in je ~/.ssh?
«key.pem»
«P2» «tijd2»
ok, en welke user?
«P1» «tijd3»
deploy@«host»""",
# 11 Mollie
"""<?php
// config/payments.php - «org.dom»
return [
    'mollie_key' => '«key.mollie»',
    'redirect'   => 'https://«org.dom»/bedankt',
    'webhook'    => 'https://«org.dom»/mollie/webhook',
];""",
# 12 SendGrid in Laravel env
"""MAIL_MAILER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_PORT=587
MAIL_USERNAME=apikey
MAIL_PASSWORD=«key.sendgrid»
MAIL_FROM_ADDRESS=«mail»""",
# 13 HF notebook
"""In [3]: from huggingface_hub import login
In [4]: login(token="«key.hf»")
Token is valid (permission: write).
Your token has been saved to /home/«user»/.cache/huggingface/token
Login successful""",
# 14 GitLab CI
"""# .gitlab-ci.yml (fragment)
variables:
  GITLAB_TOKEN: "«key.glpat»"
  DEPLOY_HOST: "«host»"

deploy:
  stage: deploy
  script:
    - ./scripts/release.sh --token $GITLAB_TOKEN""",
# 15 npmrc
"""; ~/.npmrc van de build-server
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«key.npm»
always-auth=true""",
# 16 Azure storage
"""Hoi «P1.vn», de backup-tool gebruikt deze connection string (uit de portal gekopieerd):
DefaultEndpointsProtocol=https;AccountName=backup{{noord|klanten|archief}};AccountKey=«key.azure»;EndpointSuffix=core.windows.net
Kun jij kijken waarom de upload van «dag» mislukt is?
«P2.vn»""",
# 17 Telegram bot
"""import telegram

BOT_TOKEN = "«key.telegram»"
CHAT_ID = -100{{1848|2211|1567}}3390
bot = telegram.Bot(token=BOT_TOKEN)
bot.send_message(chat_id=CHAT_ID, text="Melkrobot: storing op robot 2")""",
# 18 Twilio
"""# sms-herinneringen «org.zorg»
TWILIO_ACCOUNT_SID=«key.twiliosid»
TWILIO_AUTH_TOKEN=«key2.twilio»
TWILIO_FROM={{Tandarts|Fysio|Praktijk}}""",
# 19 Shopify
"""Van: «P1» <«P1.wmail»>
Aan: «P2.wmail»
Onderwerp: toegang voor de koppeling

Hoi «P2.vn»,

Hierbij het admin API access token voor de winkel: «key.shopify»
Scopes: read_orders, write_products. Kun je de voorraad-sync vóór «datum» live zetten?

Groet, «P1.vn»""",
# 20 Mailchimp
"""nieuwsbrief.py
-------------
MAILCHIMP_API_KEY = "«key.mailchimp»"
LIST_ID = "«hex.10»"
# «P1.vn»: lijst 'leden' synchroniseren elke «dag» om «tijd»""",
# 21 k8s secret openai
"""apiVersion: v1
kind: Secret
metadata:
  name: chatbot-secrets
  namespace: klantenservice
type: Opaque
stringData:
  OPENAI_API_KEY: «key.proj»
  ANTHROPIC_API_KEY: «key2.ant»""",
# 22 Postman collection
"""{
  "info": {"name": "Planning API «jaar»"},
  "item": [
    {"name": "Afspraken ophalen",
     "request": {"method": "GET",
                 "header": [{"key": "x-api-key", "value": "«key.hex»"}],
                 "url": "https://api.«org.dom»/v1/afspraken?datum=«datum.num»"} }
  ]
}""",
# 23 WhatsApp
"""[«datum.num», «tijd»] «P1.vn»: hier is de key voor de chatbot: «key.{{openai|proj|ant}}»
[«datum.num», «tijd2»] «P2.vn»: thx, zet ik in de config
[«datum.num», «tijd3»] «P1.vn»: limiet staat op «bedrag» per maand""",
# 24 git diff removing key
"""commit «hex.40»
Author: «P1» <«P1.wmail»>
Date:   {{Tue|Wed|Thu}} Mar 11 10:42:17 «jaar» +0100

    sleutel naar env verplaatst

diff --git a/src/mail.js b/src/mail.js
-const SENDGRID_KEY = "«key.sendgrid»";
+const SENDGRID_KEY = process.env.SENDGRID_KEY;""",
# 25 TOPdesk customer pasted key
"""Melding «ticket»
Klant: «org» - contactpersoon «P1» («P1.tel»)
Omschrijving klant: "de koppeling met de boekhouding geeft 401, dit is de sleutel die ik heb ingevuld: «key.hex»"
Actie servicedesk («P2.vn»): sleutel laten intrekken, klant gebeld om «tijd».""",
# 26 Outlook chain web agency
"""Van: «P1» <«P1.wmail»>
Verzonden: «datum.wdmy» «tijd»
Aan: «P2.mail»
Onderwerp: FW: livegang website

Hoi «P2.vn»,

Voor de livegang heb ik de volgende sleutels van jullie nodig gehad, ik stuur ze even terug ter controle:
Google Maps: «key.google»
Stripe (live): «key2.stripe»
Graag na livegang roteren.

Met vriendelijke groet,
«P1»
Webbureau {{Pixelpolder|Klik & Klaar|Webwerf}}""",
# 27 Jupyter openai
"""# cel 1
import openai
openai.api_key = "«key.openai»"
# cel 2 - samenvatting notulen ledenvergadering
resp = openai.chat.completions.create(model="gpt-4o", messages=msgs)""",
# 28 terraform tfvars
"""# terraform.tfvars - omgeving {{prod|acc}}
aws_region     = "eu-west-1"
aws_access_key = "«key.aws»"
aws_secret_key = "«key2.awssec»"
bucket_name    = "facturen-archief-«jaar»\"""",
# 29 helm values datadog
"""datadog:
  apiKey: «key.datadog»
  appKey: «key2.hex»
  site: datadoghq.eu
  logs:
    enabled: true""",
# 30 Mapbox
"""// kaart.js - bezorgroutes groentepakket
mapboxgl.accessToken = '«key.mapbox»';
const map = new mapboxgl.Map({ container: 'kaart', center: [5.38, 52.15], zoom: 9 });""",
# 31 Postmark
"""Hoi «P1.vn»,

De transactiemails lopen via Postmark. Server API token: «key.postmark»
Dat token staat nu ook in de Wordpress-plugin. Laat maar weten als het werkt.

«P2»
«P2.mob»""",
# 32 Exact Online client secret JSON
"""{
  "exact": {
    "client_id": "«uuid»",
    "client_secret": "«key.hex»",
    "redirect_uri": "https://«org.dom»/oauth/callback",
    "division": {{1827391|2211045|3048812}}
  }
}""",
# 33 stack trace with api key header
"""ERROR «jaar»-05-02 14:03:11,889 [worker-3] httpclient - POST https://api.{{verzendpartner|pakketdienst|bezorgapp}}.nl/v1/labels failed: 403
  headers: {'Content-Type': 'application/json', 'X-Api-Key': '«key.hex»'}
  order: «order»
Traceback (most recent call last):
  File "labels.py", line 88, in create_label""",
# 34 GitHub fine-grained PAT in a mail
"""Hoi «P1.vn»,

Voor de CI van het ledenportaal heb ik een fine-grained token aangemaakt (alleen repo ledenportaal, verloopt «datum»):
«key.ghpat»
Zet je hem in de secrets van de pipeline?

«P2.vn»""",
]

T_BSN = [
# 1 HR onboarding mail
"""Van: «P1» <«P1.wmail»>
Aan: salarisadministratie
Onderwerp: Indiensttreding «P2» per «datum»

Hoi,

Hierbij de gegevens voor de salarisadministratie:
Naam: «P2»
Adres: «adres», «pc» «stad»
Geboortedatum: «geb»
BSN: «bsn»
IBAN: «iban»
Contract: {{32|36|24|40}} uur, proeftijd 1 maand.

Groet,
«P1.vn»
HR «org»""",
# 2 childcare registration export
"""Inschrijfformulier «org.opvang» - ingevuld op «datum.num»
Kind: «P1»
Geboortedatum kind: «geb.kind»
BSN kind: «bsn»
Ouder/verzorger 1: «P2» - «P2.mob» - «P2.mail»
Adres: «adres», «pc» «stad»
Gewenste dagen: {{ma/di|di/do|ma/wo/vr|do/vr}}
Startdatum: «datum2»""",
# 3 dentist intake
"""Intakeformulier «org.tand»
Naam patiënt: «P1.rev»
Geboren: «geb»
Burgerservicenummer: «bsn»
Zorgverzekeraar: {{VGZ|Zilveren Kruis|CZ|Menzis|DSW|ONVZ}}
Telefoon: «P1.mob»
Eerdere tandarts: {{ja|nee}} - angst voor behandeling: {{ja, licht|nee}}
Handtekening patiënt is niet nodig bij digitale inschrijving.""",
# 4 physio referral
"""Verwijzing fysiotherapie
Patiënt: «P1.tt» «P1.ini», geb. «geb», BSN «bsn»
Adres: «adres», «stad»
Klachten: {{lage rugpijn sinds 6 weken|schouderklachten rechts|knie na val op de trap}}
Verwijzer: «P2.ini», huisarts te «stad2»
Graag behandeling {{9|12|18}} sessies.""",
# 5 notary deed parties
"""PARTIJEN:
1. «P1.tt» «P1», geboren te «stad» op «geb», wonende te «adres», «pc» «stad2», burgerservicenummer «bsn», {{gehuwd|ongehuwd en niet geregistreerd als partner|gescheiden}},
hierna te noemen: "verkoper";
2. «P2.tt» «P2», geboren op «geb2», wonende te «adres2», «pc2» «stad3», burgerservicenummer «bsn2»,
hierna te noemen: "koper".""",
# 6 housing application
"""Aanvraag woning «adres» - «org.woning»
Aanvrager: «P1»
Geboortedatum: «geb»
BSN: «bsn»
Huidig adres: «adres2», «pc» «stad»
Bruto jaarinkomen huishouden: «bedrag.jaar»
Inschrijfduur: {{4|7|9|11}} jaar
Telefoon: «P1.mob»""",
# 7 flex worker registration
"""Registratie uitzendkracht - «org.werving»
Naam: «Ppl1»
BSN: «bsn»
Geboortedatum: «geb»
Woonadres NL: «adres», «pc» «stad»
Telefoon: «Ppl1.mob»
IBAN: «iban»
Huisvesting via bureau: {{ja|nee}} | Start: «datum»""",
# 8 insurance application
"""Aanvraag zorgverzekering via «org.verzekering»
Verzekeringnemer: «P1.ini» ({{man|vrouw}})
Geboortedatum: «geb»
BSN: «bsn»
Meeverzekerde: «P2.vn», geb. «geb2», BSN «bsn2»
Ingangsdatum: «datum.long»
Premie per maand: «bedrag.klein»""",
# 9 OCR passport copy
"""KONINKRIJK  DER  NEDERLANDEN   PASPOORT
Naam / Surname
«P1.capsan»
Voornamen / Given names
«P1.vn»
Geboortedatum / Date of birth   «geb.dmy.»
Persoonsnummer / Personal no.   «bsn.dot4»
Geldig tot  {{14 MRT 2031|02 OKT 2029|22 JUN 2033}}""",
# 10 WhatsApp BSN
"""[«datum.num», «tijd»] «P1.vn»: hoi, voor het formulier van de huurtoeslag heb ik je bsn nodig
[«datum.num», «tijd2»] «P2.vn»: {{«bsn»|«bsn.dot4»|«bsn.sp3»}}
[«datum.num», «tijd2»] «P2.vn»: en geboortedatum is «geb»
[«datum.num», «tijd3»] «P1.vn»: dank je! stuur ik vanavond op""",
# 11 voicemail transcript
"""Transcriptie voicemail {{«tijd»|«dag» «tijd»}}
goedemiddag u spreekt met «P1» ik bel over mijn aanvraag bij de gemeente mijn burgerservicenummer is «bsn» en ik ben bereikbaar op «P1.mob» alvast bedankt""",
# 12 Teams HR
"""«P1»  «tijd»
@«P2.vn» heb jij het BSN van «P3.vn»? Ik moet de aanmelding bij de pensioenuitvoerder afronden
«P2»  «tijd2»
«bsn», staat ook in AFAS maar die ligt eruit
«P1»  «tijd3»
top""",
# 13 JSON API log
"""{"ts":"«jaar»-02-14T09:31:07Z","svc":"toeslagen-koppeling","level":"debug","req":{"bsn":"«bsn»","naam":"«P1»","postcode":"«pc»"},"status":200}""",
# 14 VOG form export
"""Aanvraag VOG vrijwilliger - «org.sport»
Volledige naam: «P1»
Geboortedatum: «geb»
Geboorteplaats: «stad»
BSN: «bsn»
E-mail: «P1.mail»
Functie: {{jeugdtrainer O11|scheidsrechter|kantinemedewerker|begeleider zwemles}}""",
# 15 driving school CBR
"""Hoi «P1.vn»!

Om je praktijkexamen bij het CBR te kunnen reserveren heb ik je gegevens nodig. Klopt dit?
Naam: «P1»
Geboortedatum: «geb»
BSN: «bsn»
Examen: «datum» om «tijd», auto «kent»

Groetjes, «P2.vn» - «org.rijschool»""",
# 16 church tax help
"""Belastingservice «org.kerk» - afspraak «datum»
Hulpvrager: «P1.tt» «P1» ({{82|77|69|88}} jaar)
BSN: «bsn»
Partner: «P2.vn», BSN «bsn2»
Adres: «adres», «stad»
Telefoon: «P1.tel»
Vrijwilliger: «P3.vn»""",
# 17 farm seasonal worker
"""Seizoenwerk {{aardbeien|asperges|appels|bloembollen}} «jaar» - «org.boer»
Werknemer: «Pua1» (paspoort UA)
BSN (RNI): «bsn»
Geboortedatum: «geb»
Huisvesting: chalet 4, «adres»
Telefoon: «Pua1.mob»
IBAN: «iban»""",
# 18 event crew
"""Crew «org.event» - gegevens voor de loonadministratie
Naam: «P1»
Rol: {{stagehand|barhoofd|EHBO|runner}}
BSN: «bsn»
IBAN: «iban»
Geboortedatum: «geb»
Shift: «datum» «tijd» - «tijd2.later»""",
# 19 hairdresser new employee
"""Hoi «P1.vn»,

Welkom bij «org.kapper»! Voor je contract heb ik nog nodig: kopie ID, je BSN en je rekeningnummer.

> BSN is «bsn», rekeningnummer «iban». ID stuur ik morgen. Groetjes «P2.vn»""",
# 20 construction ZZP
"""Ketenaansprakelijkheid - gegevens ZZP'er «org.bouw»
Naam: «P1»
KvK: «kvk»
BSN (ivm ontbrekend BTW-id): «bsn»
Bus: «kent»
Project: renovatie «adres», week {{12|20|36|41}}
Uurtarief: «bedrag.klein»""",
# 21 Markdown table single employee
"""| Veld | Waarde |
|---|---|
| Naam | «P1» |
| BSN | «bsn» |
| Geboortedatum | «geb» |
| Adres | «adres», «pc» «stad» |
| In dienst | «datum» |""",
# 22 SMS gemeente
"""Gemeente: uw aanvraag voor bijzondere bijstand is ontvangen. Uw BSN «bsn.sp3» is gekoppeld aan dossier «ticket». U hoort binnen 8 weken van ons.""",
# 23 gemeente letter OCR
"""Gemeente  «stad»
Afdeling  Werk  en  Inkomen
Aan  «P1.caps»
«adres»
«pc»  «stad»

Betreft :  uw  aanvraag  levensonderhoud
Burgerservicenummer :  «bsn»
Datum :  «datum.long»""",
# 24 Outlook chain DigiD help
"""Van: «P1» <«P1.mail»>
Verzonden: «datum.wdm» «tijd»
Aan: «P2» <«P2.wmail»>
Onderwerp: RE: DigiD aanvragen

Beste «P2.vn»,

Mijn BSN is «bsn» en mijn geboortedatum «geb». Kunt u de aanvraag voor mij doen? Mijn zoon «P3.vn» helpt mij hiermee.

Vriendelijke groet,
«P1»

> Van: «P2»
> Om u te helpen hebben wij uw BSN nodig.""",
# 25 English expat
"""Hi «P1.vn»,

Welcome to the team! For payroll we registered you with citizen service number (BSN) «bsn». Your first salary will be paid on «datum» to «iban». Please check your date of birth: «geb».

Best,
«P2»
HR, «org.it»""",
# 26 Jira new employee
"""[«ticket»] Nieuwe medewerker: «P1»
* Afdeling: {{Planning|Financiën|Klantenservice|Werkplaats}}
* Start: «datum»
* BSN (voor toegang zorgportaal): «bsn»
* Telefoon: «P1.mob»
* Laptop + telefoon klaarzetten""",
# 27 GP registration
"""Inschrijving huisartsenpraktijk
Naam: «P1.ini» ({{dhr|mevr}})
Geboortedatum: «geb»
BSN: «bsn»
Vorige huisarts: «P2.ini1» te «stad»
Adres: «adres», «pc» «stad2»
Telefoon: «P1.tel»
Medicijngebruik: {{geen|metformine|bloeddrukverlagers|inhalator}}""",
# 28 volunteer allowance
"""Vrijwilligersvergoeding «jaar» - «org.sport»
Naam: «P1»
BSN: «bsn»
IBAN: «iban»
Vergoeding: «bedrag» (max. «=2100 euro» per jaar)
Datum: «datum»""",
# 29 pharmacy medication overview
"""Medicatieoverzicht - Apotheek «stad»
Patiënt: «P1.rev»  °«geb»
BSN: «bsn»
- {{omeprazol 20 mg|atorvastatine 40 mg|metoprolol 50 mg}}: 1x daags
- paracetamol 500 mg: zo nodig
Afgedrukt op «datum.num» «tijd»""",
]


# ---- salary slips -------------------------------------------------------------------------------
def eur(x, style="plain"):
    c = int(round(x * 100))
    s = f"{nl_thousands(c // 100)},{c % 100:02d}"
    return {"plain": s, "eur": f"€ {s}", "eurns": f"€{s}", "EUR": f"EUR {s}"}[style]


def slipcalc(r, style=None):
    rng = r.rng
    style = style or rng.choice(["plain", "plain", "eur", "eurns", "EUR"])
    uren = rng.choice([16, 20, 24, 28, 32, 36, 38, 40])
    ft = rng.choice([2300, 2600, 2950, 3300, 3700, 4200, 4900, 5700])
    bruto = round(ft * uren / 38 + rng.uniform(-60, 60), 2)
    pens = round(bruto * rng.uniform(0.045, 0.085), 2)
    heff = round((bruto - pens) * rng.uniform(0.11, 0.31), 2)
    reis = rng.choice([0, 0, 48.6, 96.0, 112.32, 64.8, 151.2])
    zvw = round(bruto * 0.0, 2)
    netto = round(bruto - pens - heff + reis, 2)
    f = lambda x: "«=" + eur(x, style) + "»"
    return dict(uren=uren, bruto=f(bruto), pens=f(pens), heff=f(heff), reis=f(reis) if reis else None,
                netto=f(netto), vak=f(round(bruto * 0.08, 2)), jaar=f(round(bruto * 12, 2)),
                uurloon=f(round(bruto / (uren * 4.33), 2)), b=bruto, n=netto, fmt=f,
                pct="«=" + rng.choice(["36,97%", "37,48%", "49,50%", "35,82%", "38,10%"]) + "»")


def slip_classic(r):
    c = slipcalc(r)
    reis = f"\nReiskostenvergoeding          {c['reis']}" if c["reis"] else ""
    return f"""LOONSTROOK  «maand» «jaar»
Werkgever: «org»            Loonheffingennummer: «lhnr»
Werknemer: «P1.ini»         Personeelsnr: «nr.4»
«adres»
«pc» «stad»
Functie: {{{{medewerker planning|monteur|assistent|receptionist|magazijnmedewerker}}}}   Uren p/w: {c['uren']}

Salaris                       {c['bruto']}
Pensioenpremie werknemer     -{c['pens']}
Loonheffing                  -{c['heff']}{reis}
Netto uit te betalen          {c['netto']}
Reservering vakantiegeld «=8%»  {c['vak']}
Uitbetaald op «iban»"""


def slip_ocr(r):
    c = slipcalc(r, "plain")
    return f"""«org» 
SAL ARISSTROOK      periode  {{{{03|04|07|10|11}}}} / «jaar»
NAAM     «P1.capsrev»
GEB.DAT  «geb»
BSN      «bsn»
----------------------------------------
OMSCHRIJVING             BEDRAG
Brutoloon            {c['bruto']}
Pensioen  werkn.     {c['pens']}
Loonheffing  (tabel  wit)    {c['heff']}
N E T T O            {c['netto']}
Bijz. tarief   {c['pct']}"""


def slip_provider(r):
    c = slipcalc(r, "eur")
    return f"""Salarisspecificatie
{{{{Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|December}}}} «jaar»
Werkgever            «org»
Medewerker           «P1»
Adres                «adres», «pc» «stad»
Dienstverband        {c['uren']} uur per week
Loon in geld         {c['bruto']}
Pensioen (werknemer) {c['pens']}
Loonheffing          {c['heff']}
Netto loon           {c['netto']}
Te ontvangen op      «iban.sp»
Loonheffingskorting  Ja"""


def slip_jaaropgaaf(r):
    c = slipcalc(r, "eur")
    return f"""JAAROPGAAF «jaar»
Werkgever: «org», loonheffingennummer «lhnr»
Werknemer: «P1.ini»
Burgerservicenummer: «bsn»
Geboortedatum: «geb»
Fiscaal loon: {c['fmt'](c['b'] * 11.7)}
Ingehouden loonheffing: {c['fmt'](c['b'] * 2.9)}
Loonheffingskorting toegepast: {{{{ja, vanaf 1 januari|ja|nee}}}}
Werkgeversheffing Zvw: {c['fmt'](c['b'] * 0.78)}"""


def slip_mortgage(r):
    c = slipcalc(r, "eur")
    return f"""Van: «P1» <«P1.mail»>
Verzonden: «datum.wdm» «tijd»
Aan: «P2» <«P2.wmail»>
Onderwerp: FW: loonstrook voor hypotheekaanvraag

Hoi «P2.vn»,

Zoals gevraagd mijn laatste loonstrook (kopie uit het portaal hieronder).

Groet, «P1.vn»

--- Loonstrook {{{{maart|april|juni|september}}}} ---
Werknemer: «P1» | Personeelsnummer {{{{1042|2210|388|5517}}}}
Bruto salaris: {c['bruto']}
Pensioenpremie: {c['pens']}
Loonheffing: {c['heff']}
Netto: {c['netto']}
Vakantiegeld (mei): {c['vak']}"""


def slip_md(r):
    c = slipcalc(r, "plain")
    return f"""**Loonstrook «P1» - «maand» «jaar»**

| Omschrijving | Bedrag |
|---|---:|
| Salaris ({c['uren']} u/w) | {c['bruto']} |
| Pensioenpremie | -{c['pens']} |
| Loonheffing | -{c['heff']} |
| **Netto** | **{c['netto']}** |

Uitbetaald op «iban» ({{{{25e|laatste werkdag|23e}}}} van de maand)."""


def slip_csv(r):
    c = slipcalc(r, "plain")
    per = "«jaar»-" + r.rng.choice(["01", "02", "04", "05", "06", "09", "11"])
    return f"""medewerker;periode;code;omschrijving;bedrag
«P1.rev»;{per};1000;Salaris;{c['bruto']}
«P1.rev»;{per};3100;Pensioen wn;-{c['pens']}
«P1.rev»;{per};4000;Loonheffing;-{c['heff']}
«P1.rev»;{per};9999;Netto;{c['netto']}"""


def slip_vl(r):
    c = slipcalc(r, "plain")
    return f"""LOONBRIEF - «maand» «jaar»
Werkgever: «org» - {{{{«kbo»|ondernemingsnummer «kbo»}}}}
Werknemer: «Pvl1»
«adresvl», «stadvl»
Bruto maandloon            {c['bruto']}
RSZ werknemer («=13,07%»)    -{c['pens']}
Bedrijfsvoorheffing       -{c['heff']}
Maaltijdcheques           -{{{{«=10,98»|«=8,72»|«=12,00»}}}}
Netto te betalen           {c['netto']}
Rekening: «ibanbe»"""


def hourly(r, lo_h, hi_h, wage_lo, wage_hi, style):
    rng = r.rng
    h = rng.choice([x / 4 for x in range(int(lo_h * 4), int(hi_h * 4) + 1)])
    w = round(rng.uniform(wage_lo, wage_hi), 2)
    bruto = round(h * w, 2)
    heff = round(bruto * rng.uniform(0.0, 0.2), 2)
    hs = f"{h:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    f = lambda x: "«=" + eur(x, style) + "»"
    return hs, f(w), f(bruto), f(heff), f(bruto - heff)


def slip_horeca(r):
    h, w, bruto, heff, netto = hourly(r, 12, 34, 14.06, 17.5, "eur")
    return f"""«org.horeca» - loonspecificatie week {{{{14|22|27|31|33}}}}
Medewerker: «P1» (oproepkracht)
Gewerkte uren: {h} à {w}
Toeslag zondag/feestdag: {{{{«=50%»|«=100%»|«=25%»}}}}
Bruto: {bruto}
Loonheffing: {heff}
Netto: {netto}
Fooienpot: «bedrag.klein» (contant)"""


def slip_temp(r):
    h, w, bruto, heff, netto = hourly(r, 24, 40, 14.06, 19.8, "eur")
    return f"""«org.werving» | Weekstrook
Uitzendkracht: «P1» | fase A | week {{{{9|17|38|45}}}} «jaar»
Inlener: «org2»
Uren: {h}  Uurloon: {w}  ET-vergoeding huisvesting: «bedrag.klein»
Bruto loon: {bruto}
Loonheffing: {heff}
Netto: {netto}
IBAN: «iban»"""


def slip_json(r):
    c = slipcalc(r, "plain")
    return f"""{{"payslip": {{"employee": "«P1»", "employee_no": "{{{{E1042|E0877|E2219}}}}", "period": "«jaar»-{{{{03|08|11}}}}",
 "gross": "{c['bruto']}", "pension": "{c['pens']}", "wage_tax": "{c['heff']}", "net": "{c['netto']}",
 "iban": "«iban.c»", "tax_credit": true }} }}"""


def slip_whatsapp(r):
    c = slipcalc(r, "eur")
    return f"""[«datum.num», «tijd»] «P1.vn»: mam dit staat op mijn loonstrook, klopt dat?
[«datum.num», «tijd»] «P1.vn»: Werknemer «P1» | Brutoloon {c['bruto']} | Loonheffing {c['heff']} | Netto {c['netto']} | Werkgever «org»
[«datum.num», «tijd2»] «P2.vn»: ja dat klopt, die loonheffing gaat altijd van het bruto af"""


def slip_farm(r):
    c = slipcalc(r, "eur")
    return f"""«org.boer» - salarisstrook {{{{juni|juli|augustus}}}} «jaar»
Werknemer: «Ppl1»
Cao Open Teelten, schaal {{{{A|B|C}}}}
Gewerkte uren: {{{{168|176|182}}}}
Bruto: {c['bruto']}
Inhouding huisvesting: «bedrag.klein»
Loonheffing: {c['heff']}
Netto: {c['netto']}
Overgemaakt naar «iban»"""


def slip_childcare(r):
    c = slipcalc(r, "plain")
    return f"""«org.opvang»
Salarisstrook pedagogisch medewerker
Naam: «P1»   Personeelsnummer: «nr.3»
Schaal 6, trede {{{{3|5|7|9}}}} (Cao Kinderopvang)
Basissalaris .......... {c['bruto']}
Pensioen PFZW ......... {c['pens']}
Loonheffing ........... {c['heff']}
Reiskosten ............ {c['reis'] or '«=0,00»'}
Netto ................. {c['netto']}"""


def slip_bouw(r):
    c = slipcalc(r, "eur")
    return f"""LOONSTROOK BOUW & INFRA - «org.bouw»
Werknemer: «P1.ini»   Functie: {{{{timmerman|metselaar|loodgieter|elektromonteur}}}}
Periode: 4-weken periode {{{{5|6|9|11}}}}
Bruto periodeloon: {c['bruto']}
Pensioen bpfBOUW: {c['pens']}
Loonheffing: {c['heff']}
Netto: {c['netto']}
BSN: «bsn»"""


def slip_teams(r):
    c = slipcalc(r, "eur")
    return f"""«P1» «tijd»
hoi «P2.vn», je vroeg naar je strook van «maand». Brutoloon {c['bruto']}, ingehouden loonheffing {c['heff']}, pensioen {c['pens']}, netto {c['netto']}. Het verschil met vorige maand is de eenmalige uitkering.
«P2» «tijd2»
ah ok dank je"""


def slip_dga(r):
    c = slipcalc(r, "eur")
    return f"""Salarisspecificatie directeur-grootaandeelhouder
Holding: «org» | loonheffingennummer «lhnr»
Naam: «P1.tt» «P1.ini»
Gebruikelijk loon (jaarbasis): {c['fmt'](c['b'] * 12 + 12000)}
Maandloon: {c['bruto']}
Loonheffing: {c['heff']}
Netto: {c['netto']}
Bijtelling auto («kent»): «bedrag»"""


def slip_youth(r):
    h, w, bruto, heff, netto = hourly(r, 16, 48, 6.2, 8.4, r.rng.choice(["eur", "plain"]))
    return f"""Loonstrook bijbaan - «maand» «jaar»
Werkgever: Supermarkt {{{{Buurtsuper|Dagwinkel|Versmarkt}}}} «stad»
Werknemer: «P1» (geb. «geb.tiener»)
Uren: {h}
Uurloon: {w}
Bruto: {bruto}
Loonheffing: {heff}
Netto: {netto}"""


def slip_correction(r):
    c = slipcalc(r, "plain")
    return f"""CORRECTIESTROOK «maand» «jaar» - vervangt eerdere strook
Werkgever: «org»
Werknemer: «P1.rev»
Reden: {{{{onjuiste schaal|gemiste overuren|verkeerde loonheffingstabel}}}}
Oud netto: {c['fmt'](c['n'] - 142.17)}
Nieuw netto: {c['netto']}
Brutoloon: {c['bruto']}
Na te betalen op «iban»: «=142,17»"""


def slip_garnish(r):
    c = slipcalc(r, "eur")
    return f"""Loonstrook «maand» «jaar» - «org»
«P1» | «adres» | «stad»
Brutoloon {c['bruto']}
Loonheffing {c['heff']}
Loonbeslag (deurwaarder {{{{Noord|Incasso Zuid|De Gerechtsdeurwaarders}}}}) «bedrag»
Netto na beslag {c['netto']}"""


def slip_sick(r):
    c = slipcalc(r, "plain")
    return f"""Salarisspecificatie «maand» «jaar»
Medewerker: «P1» - personeelsnr. «nr.5»
Ziekte vanaf «datum.long»: loondoorbetaling «=70%» (aangevuld tot «=100%» conform cao)
Salaris {c['bruto']}
Pensioen {c['pens']}
Loonheffing {c['heff']}
Netto {c['netto']}"""


def slip_dental(r):
    c = slipcalc(r, "eurns")
    return f"""«org.tand» – loonstrook «maand»
Tandartsassistente: «P1»
Brutosalaris: {c['bruto']}
Loonheffing: {c['heff']}
Pensioen PFZW: {c['pens']}
Nettosalaris: {c['netto']}
Uitbetaling: «iban»"""


def slip_koster(r):
    c = slipcalc(r, "eur")
    return f"""«org.kerk» – salarisstrook koster
Naam: «P1.tt» «P1»
Aanstelling: {{{{0,4|0,5|0,6}}}} fte
Bruto: {c['bruto']}
Inhouding pensioen (PFZW): {c['pens']}
Loonheffing: {c['heff']}
Netto: {c['netto']}
Adres: «adres», «stad»"""


def slip_event(r):
    h, w, bruto, heff, netto = hourly(r, 4, 11, 14.06, 21, "eur")
    return f"""Loonspecificatie «org.event»
Oproepkracht: «P1»
Datum inzet: «datum», «tijd» - «tijd2.later» ({h} uur)
Uurloon: {w}
Bruto: {bruto}
Loonheffing: {heff}
Netto uitbetaald: {netto} op «iban»"""


def slip_english(r):
    c = slipcalc(r, "EUR")
    return f"""PAYSLIP «maand» «jaar»
Employer: «org.it»
Employee: «P1» | Employee no. {{{{2207|3319|4120}}}}
Gross salary: {c['bruto']}
«=30%» ruling (tax-free allowance): {c['fmt'](c['b'] * 0.3)}
Wage tax: {c['heff']}
Net pay: {c['netto']}
Paid to: «iban»"""


def slip_ocr_jaar(r):
    c = slipcalc(r, "plain")
    return f"""J A A R O P G A A F   «jaar»
«org»
Naam  :  «P1.caps»
Adres :  «adres»
         «pc»  «stad»
Fiscaal  loon  ........  {c['fmt'](c['b'] * 12.4)}
Loonheffing  ........  {c['fmt'](c['b'] * 3.1)}
Loonheffingskorting  :  JA
Bijzonder  tarief  :  {c['pct']}"""


def slip_short(r):
    c = slipcalc(r, "eur")
    return f"""Loonstrook «P1.an» – «maand»
bruto {c['bruto']} / loonheffing {c['heff']} / netto {c['netto']}
(werkgever «org», rekening «iban»)"""


def slip_reintegration(r):
    c = slipcalc(r, "eur")
    return f"""Bijlage bij re-integratieverslag: salarisspecificatie «maand» «jaar»
Werknemer: «P1» («P1.mob»)
Werkgever: «org»
Bruto maandsalaris: {c['bruto']}
Loonheffing: {c['heff']}
Netto: {c['netto']}
Reservering vakantiegeld: {c['vak']}"""


T_SALARY_SLIP = [slip_classic, slip_ocr, slip_provider, slip_jaaropgaaf, slip_mortgage, slip_md, slip_csv,
                 slip_vl, slip_horeca, slip_temp, slip_json, slip_whatsapp, slip_farm, slip_childcare,
                 slip_bouw, slip_teams, slip_dga, slip_youth, slip_correction, slip_garnish, slip_sick,
                 slip_dental, slip_koster, slip_event, slip_english, slip_ocr_jaar, slip_short,
                 slip_reintegration]

T_SIGNED_CONTRACT = [
# 1 employment contract signature block
"""ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD

Artikel 4 - Salaris
Het bruto maandsalaris bedraagt «bedrag.sal» bij een dienstverband van {{32|36|38}} uur per week, exclusief «=8%» vakantietoeslag.

Artikel 9 - Slotbepaling
Aldus overeengekomen en in tweevoud ondertekend te «stad» op «datum.long».

Werkgever:                         Werknemer:
«org»
«P1.ini», directeur                «P2»
[handtekening]                     [handtekening]""",
# 2 rental agreement, e-signed
"""HUUROVEREENKOMST WOONRUIMTE
Verhuurder: «org.woning»
Huurder: «P1», geboren op «geb», thans wonende te «adres», «pc» «stad»
Gehuurde: «adres2», «pc2» «stad»
Kale huur: «bedrag.huur» per maand, servicekosten «bedrag.klein»
Ingangsdatum: «datum.long»

Digitaal ondertekend door huurder «P1» op «datum2.num» om «tijd» (IP «ip»)
Digitaal ondertekend namens verhuurder door «P2» op «datum2.num»""",
# 3 notarial deed closing
"""SLOT AKTE
Waarvan akte, verleden te «stad» op de datum in het hoofd van deze akte vermeld.
De zakelijke inhoud van deze akte is aan de comparanten opgegeven en toegelicht. De comparanten hebben verklaard tijdig een concept van de akte te hebben ontvangen, van de inhoud kennis te hebben genomen en op volledige voorlezing daarvan geen prijs te stellen.
Onmiddellijk na beperkte voorlezing is deze akte door de comparanten, «P1» en «P2», en vervolgens door mij, notaris, ondertekend.
(w.g.) «P1.ini1», «P2.ini1», mr. «P3.ini»""",
# 4 DocuSign certificate
"""Certificate Of Completion
Envelope Id: «uuid»
Subject: Please DocuSign: Overeenkomst van opdracht «org».pdf
Status: Completed
Envelope Originator: «P1» («P1.wmail»)

Signer Events                              Signature                Timestamp
«P2»                                        Signed by link           Sent: «datum.num» «tijd»
«P2.mail»                                   Using IP Address: «ip»   Signed: «datum.num» «tijd2»
«P1»                                        Signed                   Signed: «datum.num» «tijd3»""",
# 5 e-signing audit trail JSON
"""{"transaction":"«uuid»","document":"Samenwerkingsovereenkomst «jaar».pdf","status":"Signed",
 "signers":[{"name":"«P1»","email":"«P1.mail»","signedAt":"«datum.num» «tijd»","method":"iDIN"},
            {"name":"«P2»","email":"«P2.wmail»","signedAt":"«datum.num» «tijd2»","method":"SMS «P2.mob»"}]}""",
# 6 installer quote signed
"""OFFERTE «factuur» - «org.bouw»
Betreft: levering en montage {{warmtepomp lucht/water|12 zonnepanelen incl. omvormer|nieuwe cv-ketel|thuisbatterij}}
Adres: «adres», «pc» «stad»
Totaal incl. btw: «bedrag.groot»
Aanbetaling «pct» bij opdracht.

Voor akkoord getekend:
Naam: «P1»
Datum: «datum.num»
Handtekening: ~~«P1.an»~~ (getekend)""",
# 7 sports club sponsor contract
"""SPONSOROVEREENKOMST
«org.sport» en {{Bakkerij|Garage|Installatiebedrijf|Bouwmarkt}} «stad2» komen overeen dat de sponsor gedurende 3 seizoenen «bedrag.groot» per seizoen betaalt voor een bordreclame langs veld 1 en het logo op de shirts van JO13-1.

Aldus overeengekomen en ondertekend te «stad» op «datum.long»,
namens de vereniging: «P1» (voorzitter)      namens de sponsor: «P2»
handtekening: ✍                            handtekening: ✍""",
# 8 driving school package
"""LESOVEREENKOMST «org.rijschool»
Leerling: «P1», geboren «geb»
Adres: «adres», «stad»
Pakket: {{20|30|40}} lessen + praktijkexamen, totaal «bedrag.groot»
Betaling in {{2|3|4}} termijnen op «iban».

Getekend voor akkoord door leerling en (bij minderjarigheid) ouder:
«P1» - getekend «datum.num»
«P2» - getekend «datum.num»""",
# 9 childcare placement
"""PLAATSINGSOVEREENKOMST «org.opvang»
Kind: «P1.vn», geboren «geb.kind»
Ouder/verzorger: «P2», «adres», «pc» «stad»
Opvang: {{2|3}} dagen per week, uurtarief «bedrag.klein»
Ingangsdatum: «datum»
De ouder verklaart de algemene voorwaarden te hebben ontvangen.
Ondertekend door ouder op «datum2.num»: «P2.ini» (handtekening aanwezig)
Namens «org.opvang»: «P3», locatiemanager""",
# 10 internship
"""STAGEOVEREENKOMST
Student: «P1» (studentnr. «nr.7»)
Onderwijsinstelling: {{ROC Midden|Hogeschool Zuid|MBO College Noord}}, stagebegeleider «P2»
Stagebedrijf: «org», praktijkopleider «P3»
Periode: «datum» t/m «datum2», stagevergoeding «bedrag» per maand

Aldus in drievoud opgemaakt en ondertekend:
student ______«P1.an»______   school ______«P2.an»______   bedrijf ______«P3.an»______""",
# 11 settlement agreement
"""VASTSTELLINGSOVEREENKOMST
Partijen, «org» (werkgever) en «P1» (werknemer), wonende «adres», «stad», komen overeen dat de arbeidsovereenkomst met wederzijds goedvinden eindigt per «datum.long». Werkgever betaalt een transitievergoeding van «bedrag.groot» bruto.
Werknemer heeft 14 dagen bedenktijd.

Voor akkoord,
«P2» namens werkgever   «datum2.num»   (handtekening)
«P1»                     «datum2.num»   (handtekening)""",
# 12 Flemish lease
"""HUUROVEREENKOMST VOOR HOOFDVERBLIJFPLAATS
Verhuurder: «Pvl1», «adresvl», «stadvl»
Huurder: «Pvl2», geboren op «geb»
Huurprijs: «bedrag.huur» per maand; huurwaarborg op geblokkeerde rekening «ibanbe»
Opgemaakt te «stadvl2.kaal» op «datum.long» in drie exemplaren, waarvan elke partij verklaart er één te hebben ontvangen.
Gelezen en goedgekeurd,
de verhuurder: «Pvl1» (get.)                de huurder: «Pvl2» (get.)""",
# 13 farm lease
"""PACHTOVEREENKOMST (geliberaliseerd)
Verpachter: «P1», «adres», «stad»
Pachter: «P2», {{melkveehouder|akkerbouwer}} te «stad2»
Perceel: kadastraal {{sectie B nr 1120|sectie K nr 388|sectie F nr 2041}}, groot {{3.42|5.10|1.86}} ha
Pachtprijs: «bedrag.groot» per jaar, te betalen op «iban»

Aldus overeengekomen en ondertekend op «datum.long»
Verpachter: «P1.ini»  w.g.
Pachter: «P2.ini»  w.g.""",
# 14 NDA English
"""MUTUAL NON-DISCLOSURE AGREEMENT
between «org.it» and «org2»
...
IN WITNESS WHEREOF the parties have executed this Agreement on «datum.long».

Signed: «P1»                         Signed: «P2»
Title: Managing Director             Title: CTO
Signature: /s/ «P1.an»               Signature: /s/ «P2.an»""",
# 15 artist booking
"""Bookingsovereenkomst «org.event»
Artiest: {{DJ Polderbeat|Coverband De Dijkwerkers|Zangeres Lot|Dweilorkest Blaas Op}}, vertegenwoordigd door «P1» («P1.mob»)
Optreden: «datum», aanvang «tijd», «stad»
Gage: «bedrag.groot» excl. btw, «=50%» vooraf op «iban»
Getekend voor akkoord door beide partijen op «datum2.num»:
«P1» / «P2» (organisatie)""",
# 16 catering
"""OVEREENKOMST CATERING
«org.horeca» verzorgt op «datum» het diner voor {{60|85|120}} gasten van «org2».
Prijs per couvert: «bedrag.klein», totaal «bedrag.groot»
Annulering binnen 14 dagen: «pct» van het totaal.

Ondertekend:
«P1», bedrijfsleider «org.horeca» - «datum2.num»
«P2», namens opdrachtgever - «datum2.num»
(handtekeningen op origineel)""",
# 17 data processing agreement signed
"""VERWERKERSOVEREENKOMST
Verwerkingsverantwoordelijke: «org2», KvK «kvk»
Verwerker: «org.it», KvK «kvk2»
...
Artikel 12. Deze overeenkomst treedt in werking op de dag van ondertekening.

Aldus getekend,
«P1» (directeur «org2»), «stad», «datum.long»
«P2» (directeur «org.it»), «stad2», «datum.long»""",
# 18 church hall rental
"""Huurovereenkomst zaal - «org.kerk»
Huurder: «P1», «adres», «stad», tel. «P1.tel»
Gelegenheid: {{bruiloft|afscheidsdienst|verjaardag 80 jaar|koorconcert}} op «datum», «tijd» - «tijd2.later»
Huur: «bedrag» incl. koffie en thee
Voor akkoord getekend door huurder en namens de kerkrentmeesters door «P2», «datum2.num»""",
# 19 dental treatment plan signed
"""Behandelplan en begroting «org.tand»
Patiënt: «P1.rev», geb. «geb»
Behandeling: {{kroon 26 + wortelkanaalbehandeling|implantaat 36|brug 14-16}}
Begroting: «bedrag.groot» (eigen bijdrage na vergoeding: «bedrag2»)
Ik ga akkoord met bovenstaande behandeling en begroting.
Handtekening patiënt: «P1.ini» ✓ getekend op «datum.num»""",
# 20 WhatsApp signed version
"""[«datum.num», «tijd»] «P1.vn»: hierbij de getekende versie van het huurcontract 👍
[«datum.num», «tijd»] «P1.vn»: "Huurovereenkomst «adres», huurprijs «bedrag.huur». Voor akkoord: «P1» (getekend) en «P2» (getekend), «stad», «datum2.num»"
[«datum.num», «tijd2»] «P2.vn»: top, ik stuur de sleutels""",
# 21 OCR signed contract
"""OVEREENKOMST  VAN  OPDRACHT
opdrachtgever :  «org»
opdrachtnemer :  «P1.caps»
...
Aldus  overeengekomen  en  ondertekend
te  «stad»   op   «datum.num»

(handtekening)                 (handtekening)
«P2.caps»                      «P1.caps»""",
# 22 mail with countersigned contract
"""Van: «P1» <«P1.wmail»>
Aan: «P2.mail»
Onderwerp: Getekende arbeidsovereenkomst retour

Beste «P2.vn»,

Hierbij ontvang je de door beide partijen ondertekende arbeidsovereenkomst. Voor je administratie de laatste pagina:

"Aldus overeengekomen en ondertekend in tweevoud te «stad» op «datum.long».
Werkgever: «P1» (handtekening)    Werknemer: «P2» (handtekening)"
Salaris conform artikel 4: «bedrag.sal» bruto per maand.

Met vriendelijke groet,
«P1»""",
# 23 w.g. block
"""Voor akkoord:
Opdrachtgever: «P1», w.g.
Opdrachtnemer: «P2», w.g.
Datum ondertekening: «datum.long»
Plaats: «stad»
Contractwaarde: «bedrag.groot» excl. «pct» btw""",
# 24 secondment agreement
"""DETACHERINGSOVEREENKOMST «ticket»
Uitlener: «org.werving»
Inlener: «org2»
Gedetacheerde: «P1», functie {{monteur|planner|verpleegkundige|software developer}}
Ondertekend via e-sign door «P2» (uitlener) en «P3» (inlener) op «datum.num».
Tarief: «bedrag.klein» per uur; ingangsdatum «datum2.long», looptijd 12 maanden.""",
# 25 insurance application signed
"""AANVRAAGFORMULIER {{AANSPRAKELIJKHEIDSVERZEKERING|WOONHUISVERZEKERING|BEDRIJFSAUTOVERZEKERING}}
Aanvrager: «P1», «adres», «pc» «stad»
Kenteken/object: {{«kent»|«adres»}}
Premie: «bedrag» per jaar
Slotverklaring: ondergetekende verklaart de vragen naar waarheid te hebben beantwoord.
Plaats en datum: «stad», «datum.num»
Handtekening aanvrager: [getekend] «P1.ini»""",
# 26 gardener order confirmation signed
"""OPDRACHTBEVESTIGING «factuur»
Hoveniersbedrijf {{Groen Genoeg|De Buxus|Tuinwerk Oost}} - aanleg achtertuin «adres»
Totaalprijs: «bedrag.groot» incl. btw; start «datum.wdm»
Getekend retour ontvangen op «datum2.num».
Handtekening opdrachtgever: «P1» ✍""",
# 27 private loan
"""LENINGSOVEREENKOMST
Uitlener: «P1», «adres»
Lener: «P2», «adres2»
Hoofdsom: «bedrag.groot»; rente «pct» per jaar; aflossing maandelijks op «iban».
Aldus overeengekomen en door beide partijen ondertekend op «datum.long» te «stad».
(get.) «P1.abbr»     (get.) «P2.abbr»""",
# 28 car sale
"""KOOPOVEREENKOMST GEBRUIKTE AUTO
Verkoper: «P1», «adres», «stad»
Koper: «P2», tel. «P2.mob»
Voertuig: {{Volkswagen Golf|Toyota Yaris|Kia Picanto|Opel Astra}}, kenteken «kent», km-stand {{128.400|87.210|203.655}}
Koopprijs: «bedrag.groot», contant voldaan.
Door beide partijen ondertekend te «stad» op «datum.num»:
verkoper «P1.an» (handtekening)    koper «P2.an» (handtekening)""",
# 29 Adobe Sign record
"""Controlelijst - Adobe Acrobat Sign
Document: Huurovereenkomst evenementenlocatie «datum».pdf
Gemaakt: «datum2.num» «tijd»
Door: «P1» («P1.wmail»)
Status: Ondertekend
Document elektronisch ondertekend door «P2» («P2.mail») - «datum2.num» «tijd2»
Document elektronisch ondertekend door «P1» («P1.wmail») - «datum2.num» «tijd3»
Overeenkomst voltooid.""",
]


def _n(r, lo=5, hi=11):
    return range(1, r.rng.randint(lo, hi) + 1)


def cl_csv(r):
    return "Naam,E-mail,Telefoon,Plaats\n" + "\n".join(
        f"«P{i}»,«P{i}.mail»,«P{i}.mob»,«stad{i}»" for i in _n(r))


def cl_crm(r):
    return "klantnr;achternaam;voornaam;straat;postcode;plaats;email\n" + "\n".join(
        f"«nr{i}.5»;«P{i}.an»;«P{i}.vn»;«adres{i}»;«pc{i}»;«stad{i}»;«P{i}.mail»" for i in _n(r))


def cl_tsv(r):
    return "Naam\tTelefoon\tE-mail\n" + "\n".join(
        f"«P{i}.rev»\t«telx{i}»\t«P{i}.mail»" for i in _n(r))


def cl_ledenlijst_md(r):
    return "## Ledenlijst «org.sport» (seizoen «jaar»)\n\n| Lid | Team | Telefoon | E-mail |\n|---|---|---|---|\n" + "\n".join(
        f"| «P{i}» | {{{{JO11-1|MO15-2|Heren 3|Dames 1|Veteranen|G-team}}}} | «P{i}.mob» | «P{i}.mail» |" for i in _n(r))


def cl_json(r):
    rows = ",\n".join(f'  {{"naam": "«P{i}»", "email": "«P{i}.mail»", "telefoon": "«P{i}.mob»", "postcode": "«pc{i}»"}}'
                      for i in _n(r))
    return "[\n" + rows + "\n]"


def cl_vcard(r):
    return "\n".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:«P{i}»\nN:«P{i}.revf»\nTEL;TYPE=CELL:«P{i}.mob»\nEMAIL:«P{i}.mail»\nEND:VCARD"
                     for i in _n(r))


def cl_mailchimp(r):
    return '"Email Address","First Name","Last Name","MEMBER_RATING","OPTIN_TIME"\n' + "\n".join(
        f'"«P{i}.mail»","«P{i}.vn»","«P{i}.an»",{{{{2|3|4|5}}}},"«jaar»-0{{{{1|2|3|4}}}}-1{{{{0|2|5|8}}}} 1{{{{0|1|4}}}}:2{{{{0|2|7}}}}:05"'
        for i in _n(r))


def cl_gforms(r):
    return "Tijdstempel,Naam,E-mailadres,Telefoonnummer,Aantal personen,Dieetwensen\n" + "\n".join(
        f"«datum.num» {{{{09|10|14|20|21}}}}:{{{{03|17|29|44|58}}}}:{{{{08|31|50}}}},«P{i}»,«P{i}.mail»,«P{i}.mob»,{{{{1|2|3|4}}}},{{{{geen|vegetarisch|glutenvrij|notenallergie}}}}"
        for i in _n(r))


def cl_typeform(r):
    return "#,Wat is je naam?,Je e-mailadres,Je adres,Postcode,Woonplaats,Submitted At\n" + "\n".join(
        f"«hex{i}.10»,«P{i}»,«P{i}.mail»,«adres{i}»,«pc{i}»,«stad{i}»,«datum.num»" for i in _n(r))


def cl_ouders(r):
    return "Ouderlijst groep {{Rups|Vlinders|Kikkers|Egeltjes}} - «org.opvang»\n\n" + "\n".join(
        f"- «P{i}.vn» (kind) - ouder: «P{i+20}» - «P{i+20}.mob»" for i in _n(r))


def cl_huurders(r):
    return "Huurderslijst complex {{De Meander|Het Zonnehof|Parkzicht|De Kolk}} - «org.woning»\nAdres | Naam | Telefoon\n" + "\n".join(
        f"«adres{i}» | {{{{«P{i}.ini»|«P{i}.abbr»}}}} | «telx{i}»" for i in _n(r))


def cl_recall(r):
    return "Oproeplijst periodieke controle «maand» - «org.tand»\nnaam;geboortedatum;telefoon;laatste bezoek\n" + "\n".join(
        f"«P{i}.rev»;«geb{i}»;«P{i}.mob»;«datum{i}.num»" for i in _n(r))


def cl_rijschool(r):
    return "Leerlingen «org.rijschool»\n" + "\n".join(
        f"{i}. «P{i}» - «P{i}.mob» - «P{i}.mail» - examen «datum{i}»" for i in _n(r))


def cl_kapper(r):
    return "Klantenbestand «org.kapper» (export)\nklant,telefoon,email,laatste afspraak,behandeling\n" + "\n".join(
        f"«P{i}»,«P{i}.mob»,«P{i}.mail»,«datum{i}.num»,{{{{knippen|kleuren|highlights|baard trimmen|permanent}}}}" for i in _n(r))


def cl_groente(r):
    return "Abonnees groentepakket - «org.boer» - bezorgroute «dag»\n" + "\n".join(
        f"«P{i}» | «adres{i}» | «pc{i}» «stad» | «P{i}.mob» | {{{{klein|groot|gezin}}}}" for i in _n(r))


def cl_rooster(r):
    return "Vrijwilligers koffiedienst «org.kerk»\n" + "\n".join(
        f"«datum{i}»: «P{i}» ({{{{tel.|☎}}}} «P{i}.tel»)" for i in _n(r))


def cl_portfolio(r):
    return "relatie;polis;kenteken;iban;telefoon\n" + "\n".join(
        f"«P{i}.rev»;{{{{auto|auto WA+|motor|bestelauto}}}};«kent{i}»;«iban{i}»;«P{i}.mob»" for i in _n(r))


def cl_kandidaten(r):
    return "Kandidaten vacature {{monteur|planner|verpleegkundige|developer}} - «org.werving»\n" + "\n".join(
        f"* «P{i}» - «P{i}.mail» - «P{i}.mob» - {{{{ervaren|starter|gesprek gepland|afgewezen}}}}" for i in _n(r))


def cl_deelnemers(r):
    return "Deelnemerslijst «org.event» «datum»\nNr  Naam  Telefoon  Noodcontact\n" + "\n".join(
        f"{i:02d}  «P{i}»  «P{i}.mob»  «P{i+20}.vn» «mob{i}»" for i in _n(r))


def cl_ad(r):
    return "DisplayName,SamAccountName,Mail,MobilePhone,Department\n" + "\n".join(
        f"«P{i}»,«P{i}.user»,«P{i}.wmail»,«P{i}.mob»,{{{{Sales|Finance|Support|Werkplaats|Directie}}}}" for i in _n(r))


def cl_sql(r):
    return "INSERT INTO klanten (naam, email, telefoon, adres) VALUES\n" + ",\n".join(
        f"('«P{i}»', '«P{i}.mail»', '«P{i}.mob»', '«adres{i}»')" for i in _n(r)) + ";"


def cl_ocr(r):
    return "A D R E S L I J S T   L E D E N\n" + "\n".join(
        f"«P{i}.capsrev»    «adres{i}»    «pc{i}»   «stad{i}»" for i in _n(r))


def cl_whatsapp(r):
    return "[«datum.num», «tijd»] «P99.vn»: doorgestuurd: bellijst buurtpreventie\n" + "\n".join(
        f"{{{{«P{i}.vn»|«P{i}»}}}} {{{{«adres{i}»|nr «nr{i}.2»}}}} «P{i}.mob»" for i in _n(r))


def cl_board(r):
    return "Bijlage 2 bij de notulen: contactgegevens bestuur en commissies\n" + "\n".join(
        f"{{{{voorzitter|secretaris|penningmeester|lid|lid|kascommissie|jeugdcommissie}}}}: «P{i}», «adres{i}», «P{i}.mob», «P{i}.mail»" for i in _n(r))


def cl_vl(r):
    return "Klantenlijst (export Teamleader)\nnaam;gsm;adres;gemeente;e-mail\n" + "\n".join(
        f"«Pvl{i}»;«Pvl{i}.mob»;«adresvl{i}»;«stadvl{i}»;«Pvl{i}.mail»" for i in _n(r))


def cl_vet(r):
    return "Herinneringen vaccinatie «maand» - «org.dier»\neigenaar | dier | telefoon | e-mail\n" + "\n".join(
        f"«P{i}.rev» | {{{{Bobbie|Max|Snoepie|Guus|Luna|Pip|Tijger|Loebas}}}} ({{{{hond|kat|konijn}}}}) | «P{i}.mob» | «P{i}.mail»" for i in _n(r))


def cl_newmembers(r):
    return "Hoi «P99.vn»,\n\nHieronder de nieuwe aanmeldingen van deze maand, wil je ze toevoegen aan de ledenadministratie?\n\n" + "\n".join(
        f"- «P{i}», geb. «geb{i}», «adres{i}», «pc{i}» «stad{i}», «P{i}.mob»" for i in _n(r)) + "\n\nGroet, «P98.vn»"


def cl_wachtlijst(r):
    return "Wachtlijst «org.fysio»\n" + "\n".join(
        f"{i}) «P{i}.ini» - «P{i}.tel» - {{{{rug|nek|schouder|knie|enkel}}}} - aangemeld «datum{i}.num»" for i in _n(r))


def cl_markdown_customers(r):
    return "| Klant | Adres | Postcode | IBAN |\n|---|---|---|---|\n" + "\n".join(
        f"| «P{i}» | «adres{i}» | «pc{i}» | «iban{i}» |" for i in _n(r))


T_CUSTOMER_LIST = [cl_csv, cl_crm, cl_tsv, cl_ledenlijst_md, cl_json, cl_vcard, cl_mailchimp, cl_gforms,
                   cl_typeform, cl_ouders, cl_huurders, cl_recall, cl_rijschool, cl_kapper, cl_groente,
                   cl_rooster, cl_portfolio, cl_kandidaten, cl_deelnemers, cl_ad, cl_sql, cl_ocr, cl_whatsapp,
                   cl_board, cl_vl, cl_vet, cl_newmembers, cl_wachtlijst, cl_markdown_customers]


def _k(r, v, style=None):
    return "«=" + fmt_amount(r.rng, v, style) + "»"


def neg_cao(r):
    st = r.rng.choice(["sp", "round", "dash", "nosp"])
    lo = r.rng.randint(2300, 2700)
    rows = []
    for sch in (5, 6, 7, 8):
        hi = lo + r.rng.randint(500, 900)
        rows.append(f"| {sch} | {_k(r, lo, st)} | {_k(r, hi, st)} |")
        lo = lo + r.rng.randint(150, 320)
    return ("Salarisschalen cao {{Kinderopvang|Sport|Horeca|Metalektro|Woondiensten}} (per «datum»)\n"
            "| Schaal | Minimum | Maximum |\n|---|---|---|\n" + "\n".join(rows))


def neg_vacancy(r):
    lo = r.rng.randint(2400, 4200)
    st = r.rng.choice(["sp", "round", "dash", "euro"])
    return (f"Vacature: {{{{allround monteur|pedagogisch medewerker|salarisadministrateur|receptionist}}}} "
            f"({{{{24|32|36}}}}-38 uur)\nWij bieden: {_k(r, lo, st)} - {_k(r, lo + r.rng.randint(600, 1400), st)} bruto per "
            f"maand, «pct» eindejaarsuitkering, goede pensioenregeling.\nSolliciteren vóór «datum» via «mail». "
            f"Vragen? Bel «P1.vn» op «P1.tel».")


def invoice_lines(r):
    sub = round(r.rng.uniform(60, 2400), 2)
    st = r.rng.choice(["sp", "nosp", "eur"])
    return f"Subtotaal: {_k(r, sub, st)}\nBTW «=21%»: {_k(r, sub * 0.21, st)}\nTotaal: {_k(r, sub * 1.21, st)}"


def neg_invoice(r):
    return ("FACTUUR «factuur»\n«org.bouw» · KvK «kvk» · BTW «btw»\nAan: «P1», «adres», «pc» «stad»\n"
            "Werkzaamheden: {{vervangen dakgoot|ontstoppen riolering|plaatsen groepenkast}}\n" + invoice_lines(r) +
            "\nGraag binnen 14 dagen voldoen op «iban» o.v.v. «factuur».")


def neg_salary_bench(r):
    lo = r.rng.randint(2300, 3000)
    return (f"Wat verdient een {{{{loodgieter|kapper|tandartsassistent|vrachtwagenchauffeur}}}}? Het gemiddelde bruto "
            f"maandloon ligt rond {_k(r, lo + r.rng.randint(300, 900))}, starters beginnen vaak rond {_k(r, lo)}. "
            f"Met toeslagen en overuren komt daar gemiddeld «pct» bij.")


T_NEG = [
# 1 password policy
"""Wachtwoordbeleid «org» (versie {{2.1|3.0|1.4}}, vastgesteld op «datum»)
- Minimaal 14 tekens; een wachtzin van vier losse woorden is prima.
- Nooit hetzelfde wachtwoord voor werk en privé.
- Deel wachtwoorden nooit via mail, WhatsApp of Teams, gebruik de wachtwoordkluis.
- Tweestapsverificatie is verplicht op alle AI-tools.
Vragen: «P1» («P1.wmail»)""",
# 2 phishing warning
"""Let op: «org.woning» vraagt u nooit per e-mail of sms om uw wachtwoord, pincode of inlogcode. Krijgt u zo'n bericht? Klik nergens op en bel ons op «tel». Wij zijn bereikbaar op werkdagen van «tijd» tot «tijd2.later».""",
# 3 .env.example
"""# .env.example - kopieer naar .env en vul je eigen waarden in ({{README|docs/setup.md|wiki}})
APP_URL=https://«org.dom»
OPENAI_API_KEY={{sk-...xxxx|sk-proj-XXXXXXXXXXXX|<jouw-openai-key>}}
ANTHROPIC_API_KEY={{<jouw-sleutel-hier>|sk-ant-...|}}
STRIPE_SECRET_KEY={{sk_live_XXXXXXXXXXXXXXXXXXXXXXXX|sk_live_...|<stripe-secret>}}
DB_PASSWORD={{|<wachtwoord>|***}}
MAIL_PASSWORD={{<wachtwoord>||vul-zelf-in}}""",
# 4 docs with placeholder
"""Zo zet je je sleutel als omgevingsvariabele (nooit in de code!):

    export OPENAI_API_KEY="sk-proj-..."
    export ANTHROPIC_API_KEY="sk-ant-..."

Controleer daarna met `echo $OPENAI_API_KEY | cut -c1-8` of hij is gezet. Zet in het dashboard een harde limiet van «bedrag» per maand.""",
# 5 redacted log
"""{"level":"warn","ts":"«jaar»-06-03T11:20:41Z","msg":"login failed","body":{"email":"«P1.mail»","password":"[REDACTED]"},"ip":"«ip»"}
{"level":"info","ts":"«jaar»-06-03T11:20:44Z","msg":"upstream call","headers":{"Authorization":"Bearer ***","x-api-key":"****"} }""",
# 6 blank form
"""Aanmeldformulier {{vrijwilliger|vakantiekracht|oproepkracht|stagiair}} «org»
Naam: ...............................................
Adres: ..............................................
BSN: ___ ___ ___   (alleen invullen als u een vergoeding ontvangt)
Geboortedatum: __-__-____
Handtekening: ______________________   Datum: ____________""",
# 7 BSN guidance
"""Interne instructie: vraag klanten nooit om hun BSN per e-mail of WhatsApp. Heb je het burgerservicenummer echt nodig (bijvoorbeeld voor de loonadministratie), laat het dan uploaden via het beveiligde portaal. Vragen? Mail «P1.wmail».""",
# 8 order with 9-digit number
"""Beste «P1.vn»,

Je bestelling «order» ({{tuinset|wasmachine|bureaustoel|fietsendrager}}) wordt op «datum» tussen «tijd» en «tijd2.later» bezorgd op «adres», «pc» «stad». Totaalbedrag: «bedrag».

Team klantenservice""",
# 9 unsigned draft contract
"""CONCEPT - ter ondertekening
ARBEIDSOVEREENKOMST
Werkgever: «org»
Werknemer: [NAAM]
Functie: {{medewerker klantenservice|planner|monteur}}, salaris conform schaal {{5|6|7}} (min. «bedrag.sal»)
Plaats: ____________  Datum: ____________
Handtekening werkgever: ____________   Handtekening werknemer: ____________""",
# 10 e-sign invitation, not signed yet
"""«P1» («P1.wmail») heeft u uitgenodigd om het document "Huurovereenkomst bedrijfsruimte" te ondertekenen.
Bekijk en onderteken vóór «datum». Dit verzoek verloopt na 14 dagen.
Status: wacht op handtekening van u""",
# 11 salary budget
"""Begroting personeelskosten «jaar» - «org»
Loonsom (bruto): «bedrag.loonsom»
Werkgeverslasten: «pct»
Verwachte cao-verhoging per «datum»: «pct2»
Aantal fte: {{12,4|18,2|7,8|31,0}}
Toelichting: geen individuele salarissen in dit overzicht.""",
# 12 cao scales
neg_cao,
# 13 vacancy
neg_vacancy,
# 14 who-to-call note (rule 10)
"""Wie bel je als er iets misgaat? (hangt bij de printer)
AVG-contact: «P1», «P1.mob»
IT-leverancier: «org.it», «tel»
Juridisch adviseur: «P2» («org2.advocaat»), «P2.tel»
AI-leverancier: support-mail staat in de AVG-map
Datalek? Binnen 72 uur melden bij de Autoriteit Persoonsgegevens.""",
# 15 minutes, names only
"""Notulen teamoverleg «datum»
Aanwezig: «P1», «P2», «P3», «P4», «P5», «P6»
Afwezig met kennisgeving: «P7», «P8»
1. Opening door «P1.vn» om «tijd».
2. Planning: «n.orders» in de wachtrij; «P3.vn» neemt de spoedklussen.
3. Rondvraag: geen.
Volgende vergadering: «datum2».""",
# 16 mention of customer list
"""«P1.vn» «tijd»: waar staat de klantenlijst van vorig jaar?
«P2.vn» «tijd2»: op SharePoint onder Verkoop > Export. Niet mailen he, gewoon de link delen
«P1.vn» «tijd3»: 👍""",
# 17 git diff moving secrets out
"""diff --git a/.gitignore b/.gitignore
+.env
+*.pem
diff --git a/{{app|src|backend}}/config.py b/{{app|src|backend}}/config.py
-DB_PASSWORD = get_secret("db-password")  # TODO {{«P1.vn»|opruimen|na audit}}
+DB_PASSWORD = os.environ["DB_PASSWORD"]
+OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]""",
# 18 invoice with KvK/BTW
neg_invoice,
# 19 jaaropgaaf explanation
"""{{Waar vind ik mijn jaaropgaaf?|FAQ salarisadministratie «org»|Vraag van de week}} Je jaaropgaaf over «jaar» staat vanaf eind januari in het personeelsportaal onder {{Documenten|Mijn stukken|Salaris}}. Hierop staan je fiscaal loon en de ingehouden loonheffing, die je nodig hebt voor je aangifte. Stuur je jaaropgaaf nooit per mail naar collega's.""",
# 20 blank payslip template
"""Uitleg loonstrook {{(voorbeeld zonder gegevens)|voor nieuwe medewerkers van «org»|- intranet «org»}}
Brutoloon: € ______
Pensioenpremie: € ______
Loonheffing: € ______
Netto: € ______
Het verschil tussen bruto en netto bestaat vooral uit loonheffing en pensioenpremie.""",
# 21 BSN via secure upload
"""Beste «P1.vn»,

Bedankt voor je bericht. Je BSN hoef je niet te mailen: je krijgt van ons een link naar de beveiligde uploadomgeving. Je eerste werkdag is «datum», we verwachten je om «tijd».

Groet, «P2»""",
# 22 case number
"""Uw zaaknummer is «order». Vermeld dit nummer bij alle correspondentie. Behandelaar: «P1.ini» ({{team Schade|team Incasso|afdeling Bezwaar}}), bereikbaar op «tel».""",
# 23 AGM minutes with counts
"""Notulen algemene ledenvergadering «org.sport», «datum»
Aanwezig: «n.leden», bestuur voltallig.
De penningmeester licht de jaarrekening toe: positief resultaat van «bedrag». Contributie stijgt met «pct».
«P1.vn» en «P2.vn» treden af als bestuurslid; «P3» wordt bij acclamatie gekozen.
Sluiting om «tijd».""",
# 24 price list
"""Prijslijst «org.kapper» («jaar»)
| Behandeling | Prijs |
|---|---|
| Knippen dames | «bedrag.klein» |
| Knippen heren | «bedrag2.klein» |
| Kleuren | «bedrag3.klein» |
| Föhnen | «bedrag4.klein» |
| Kinderen t/m 12 | «bedrag5.klein» |""",
# 25 bar rota, first names only
"""Bardienst {{november|december|januari}}:
«datum»: «P1.vn» en «P2.vn»
«datum2»: «P3.vn»
«datum3»: «P4.vn» en «P5.vn»
«datum4»: «P6.vn»
Ruilen? Regel het zelf en zet het in de groep.""",
# 26 mention of signed lease
"""Update «adres»: de huurovereenkomst is door beide partijen ondertekend en ligt bij de notaris. De sleuteloverdracht is op «datum» om «tijd». «P1.vn» zorgt voor de meterstanden.""",
# 27 request to sign
"""Hoi «P1.vn»,

Wil je het contract voor de zaalhuur nog even tekenen en retour sturen? Zonder handtekening kunnen we de datum («datum») niet vastleggen. De huurprijs blijft «bedrag».

Groet, «P2.vn»""",
# 28 2FA instruction
"""Actie deze week (regel 03): loop alle AI-tools langs en zet tweestapsverificatie aan. ChatGPT, Claude, Copilot, Gemini. Het kost je 30 seconden per tool. Klaar? Zet een vinkje in de lijst van «P1.vn» vóór «dag».""",
# 29 API cost limits
"""Zet in de dashboards van OpenAI en Anthropic een soft limit én een hard limit per maand. Voor ons is «bedrag» hard limit genoeg. Een gelekte key zonder limiet kan in 24 uur duizenden euro's kosten. Keys staan in de kluis, niet in mails.""",
# 30 curl with env var
"""# {{voorbeeld uit de wiki|zo test je de koppeling|ticket «ticket»}}
curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: $ANTHROPIC_API_KEY" \\
  -H "anthropic-version: 2023-06-01" \\
  -H "content-type: application/json" \\
  -d @prompt.json""",
# 31 k8s secret reference
"""# deployment «org.dom» ({{prod|acc|test}})
env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: planning-db
        key: password
  - name: OPENAI_API_KEY
    valueFrom:
      secretKeyRef:
        name: chatbot-secrets
        key: openai""",
# 32 compose with substitution
"""# {{ledenportaal|webshop|planning}} - «P1.vn»
services:
  db:
    image: mariadb:{{10.11|11|11.4}}
    environment:
      MARIADB_USER: app
      MARIADB_PASSWORD: ${DB_PASSWORD:?zet DB_PASSWORD in .env}
      MARIADB_ROOT_PASSWORD: ${DB_ROOT_PASSWORD}""",
# 33 password manager advice
"""Tip van «P1.vn» (IT): gebruik de wachtwoordmanager voor álle gedeelde accounts. Heb je een wachtwoord nodig van een collega? Vraag om een gedeelde kluis-item, niet om het wachtwoord zelf. Sessie hierover op «datum» om «tijd».""",
# 34 masked IBAN/card
"""Uw automatische incasso is gewijzigd. Nieuwe rekening: NL** RABO **** **{{12|48|90}} {{34|71|05}}. Eerste afschrijving op «datum»: «bedrag». Niet herkend? Bel «tel».""",
# 35 masked BSN
"""Bevestiging: wij hebben uw gegevens ontvangen. BSN: *****{{782|415|903}} (om veiligheidsredenen gedeeltelijk getoond). Uw aanvraag «ticket» is in behandeling.""",
# 36 wifi without password
"""«P1.vn» «tijd»: wat is het wifi-wachtwoord hier?
«P2.vn» «tijd2»: staat op het briefje bij de koffieautomaat, niet in de chat aub 😉""",
# 37 Jira key in vault
"""«ticket»: Stripe API key verlopen
Nieuwe key aangevraagd via het dashboard en opgeslagen in de vault onder kv/prod/stripe. Deployment herstart door «P1» om «tijd». Geen actie nodig van de klant.""",
# 38 complaint with order number
"""Van: «P1» <«P1.mail»>
Onderwerp: Klacht bestelling «order»

Goedemiddag,

Op «datum» heb ik een {{bank|kast|wasdroger|vaatwasser}} besteld (ordernummer «order»), maar er is nog niets geleverd. Ik heb al «bedrag» aanbetaald. Graag een reactie.

Met vriendelijke groet,
«P1»
«P1.mob»""",
# 39 key rotation minutes
"""Notulen IT-overleg «datum»
- Alle OpenAI- en Anthropic-keys zijn geroteerd; oude keys ingetrokken.
- Limiet per project: «bedrag».
- «P1.vn» checkt elk kwartaal de privacy-instellingen.
- Schaduw-AI inventarisatie: {{8|11|14}} tools gevonden.""",
# 40 salary increase announcement
"""Beste collega's,

Per «datum» stijgen alle salarissen met «pct» conform de nieuwe cao. Je ziet dit terug op je loonstrook van {{juli|augustus|oktober}}. Vragen over je eigen situatie? Stel ze aan «P1.vn» van HR.""",
# 41 payslip question without content
"""Hoi «P1.vn»,

Mijn loonstrook van {{maart|april|mei}} klopt volgens mij niet, de reiskostenvergoeding ontbreekt. Kun je even kijken? Ik werk sinds «datum» {{3|4}} dagen.

Groet, «P2»""",
# 42 quote not signed
"""OFFERTE «factuur» (geldig tot «datum»)
Aan: «P1», «adres», «stad»
Omschrijving: {{schilderwerk buitenkozijnen|nieuwe badkamer|isolatie spouwmuur}}
Totaal incl. btw: «bedrag.groot»
Akkoord? Onderteken deze offerte en stuur hem retour. Nog niet getekend.""",
# 43 DocuSign reminder
"""Herinnering: het document "Plaatsingsovereenkomst «org.opvang»" wacht nog op uw handtekening. Ondertekenen kan tot «datum». Verzonden door «P1».""",
# 44 e-mail signature block
"""Met vriendelijke groet,

«P1»
{{Accountmanager|Office manager|Projectleider}} | «org»
T «P1.tel» | M «P1.mob»
«P1.wmail»
Dit bericht kan vertrouwelijke informatie bevatten.""",
# 45 contract model with placeholders
"""MODEL {{HUUROVEREENKOMST|HUUROVEREENKOMST GARAGEBOX|ONDERHUUROVEREENKOMST}} (invullen) - versie «datum.num»
Verhuurder: [NAAM VERHUURDER], [ADRES]
Huurder: [NAAM HUURDER], geboren op [DATUM]
Huurprijs: € [BEDRAG] per maand
Aldus opgemaakt in tweevoud. Plaats: [PLAATS] Datum: [DATUM]
Handtekening verhuurder: ________  Handtekening huurder: ________""",
# 46 list template
"""Voor de nieuwe ledenadministratie hebben we per lid deze kolommen nodig: naam, e-mail, telefoon, geboortejaar, team. Vul het sjabloon in op de gedeelde schijf, niet in de mail. Deadline «datum».""",
# 47 two vCards
"""BEGIN:VCARD
VERSION:3.0
FN:«P1»
TEL;TYPE=WORK:«P1.tel»
EMAIL:«P1.wmail»
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:«P2»
TEL;TYPE=CELL:«P2.mob»
EMAIL:«P2.wmail»
END:VCARD""",
# 48 salary benchmark
neg_salary_bench,
# 49 incident without the secret
"""Incidentrapport «ticket»
Op «datum» is een API-sleutel per ongeluk in een publieke repository gezet. De sleutel (eindigend op ...{{a9F2|X7qd|0kLm}}) is binnen 20 minuten ingetrokken. Kosten: «bedrag». Melding AP niet nodig: geen persoonsgegevens. Eigenaar: «P1».""",
# 50 English guidance
"""Reminder: never paste passwords, API keys or BSNs into ChatGPT. Use placeholders such as [PASSWORD], [API_KEY] or [CUSTOMER_A] instead. Questions? Ask «P1.vn» before «dag».""",
# 51 JWT explainer
"""{{Uitleg voor de servicedesk|Kennisbank-artikel «ticket»|Van «P1.vn»}}: een JWT bestaat uit drie delen, gescheiden door punten: header.payload.signature. De header begint bijna altijd met eyJhbGciOi… (base64 van {"alg":). Plak nooit een echt token in een ticket, alleen de eerste 10 tekens.""",
# 52 private key placeholder
"""{{Zet je deploy-sleutel|Bewaar je sleutel voor «host»|Onboarding «org.it»: zet je SSH-sleutel}} in ~/.ssh/id_ed25519, het bestand ziet er zo uit:
-----BEGIN OPENSSH PRIVATE KEY-----
<hier staat je eigen sleutel, nooit delen>
-----END OPENSSH PRIVATE KEY-----
Rechten: chmod 600.""",
# 53 rule 02 checklist
"""Checklist: wat plak je nooit in een AI-tool?
☐ BSN
☐ salarisstroken
☐ ondertekende contracten
☐ klantenlijsten
☐ wachtwoorden
☐ API-keys
Vervang namen door [KLANT_A] en adressen door [ADRES]; bedragen mag je laten staan, zoals «bedrag».""",
# 54 empty form export
"""Tijdstempel,Naam,E-mailadres,Telefoonnummer,Aantal personen
(nog geen reacties - formulier sluit op «datum»)""",
# 55 delivery receipt signed (not a contract)
"""Track & trace «order»: pakket afgeleverd op «datum» om «tijd». Getekend voor ontvangst door «P1» ({{buren|zelf|receptie}}). Afleveradres: «adres», «pc» «stad».""",
# 56 Flemish guidance
"""Beste klant, voor uw dossier hebben wij uw rijksregisternummer niet nodig. Gelieve geen kopie van uw identiteitskaart per mail te sturen. Uw afspraak staat vast op «datum» om «tijd» in ons kantoor te «stadvl.kaal».""",
# 57 salary talk in minutes, no person
"""Uit de MT-notulen van «datum»: de salarisruimte voor «jaar» is «pct». Individuele loonstroken worden niet besproken in het MT. Nieuwe regeling thuiswerkvergoeding: «bedrag.klein» per dag.""",
# 58 three colleagues contact
"""Projectteam renovatie «adres»:
- uitvoerder: «P1», «P1.mob»
- werkvoorbereider: «P2», «P2.wmail»
- kopersbegeleider: «P3», «P3.tel»
Bouwkeet open vanaf «tijd».""",
# 59 9-digit tracking etc.
"""Uw retour is ontvangen. Retournummer «order», creditnota «factuur» van «bedrag». Het bedrag staat binnen 5 werkdagen op uw rekening. Vragen? Chat met ons via de app.""",
# 60 contract mentioned, unsigned, with person
"""Van: «P1» <«P1.wmail»>
Aan: «P2.mail»
Onderwerp: concept stageovereenkomst

Hoi «P2.vn»,

In de bijlage het concept van de stageovereenkomst. Lees het rustig door; we tekenen op «datum» samen met je begeleider. Stagevergoeding wordt «bedrag» per maand.

Groet,
«P1.vn»""",
]

T_PII = [
# ---- IT managed services
"""Melding «ticket» - Printer 2e verdieping geeft papierstoring
Aanmelder: «P1» ({{Financiën|Receptie|Planning}}), bereikbaar op «P1.tel»
Locatie: «org», «adres», «stad»
Behandelaar: «P2.vn» - gepland «dag» «tijd»""",
"""[«ticket»] Vervanging laptop «P1.vn»
Bezorgadres (thuiswerker): «adres», «pc» «stad»
Contact: «P1.mob» / «P1.wmail»
Oude laptop retour via koerier, label volgt. Assignee: «P2»""",
"""Van: «P1» <«P1.wmail»>
Verzonden: «datum.wdmy» «tijd»
Aan: «P2» <«P2.wmail»>
CC: «P3.wmail»
Onderwerp: FW: klacht over storing mail

Hoi «P2.vn»,

Zie hieronder, klant is niet blij. Kun jij «P4.an» vandaag nog bellen op «P4.tel»?

«P1.vn»

-----Original Message-----
Van: «P4» <«P4.mail»>
Onderwerp: storing mail
Al twee dagen kan ik niet mailen. Dit kost ons klanten!""",
"""«P1»  «tijd»
«P2.vn» is vandaag ziek, ik neem zijn tickets over
«P3»  «tijd2»
ok, de klant in «stad» verwacht iemand om «tijd3», adres staat in de melding («adres»)
«P1»  «tijd4»
👍""",
"""commit «hex.40»
Author: «P1» <«P1.wmail»>
Date:   «datum.long» 16:02:11 +0200

    fix: telefoonnummer validatie voor Belgische nummers

commit «hex2.40»
Author: «P2» <«P2.mail»>
    chore: dependencies bijgewerkt""",
"""ALERT [critical] disk /var «=95%» on srv-app ({{klant-a|klant-b|hosting}})
On-call: «P1» - «P1.mob»
Escalatie na 30 min: «P2» - «P2.mob»
Runbook: wiki/disk-full""",
"""2025-0{{3|4|5}}-1{{1|4|9}} 09:14:02 INFO  auth  user=«P1.mail» action=login ok ip=«ip»
2025-0{{3|4|5}}-1{{1|4|9}} 09:14:40 WARN  mail  bounce for «P2.mail» (mailbox full)""",
# ---- notaries / lawyers
"""«P1.aanhef» «P1.an»,

Hierbij bevestigen wij uw afspraak voor het passeren van de akte van levering van de woning aan de «adres» te «stad» op «datum» om «tijd» op ons kantoor. Neemt u een geldig legitimatiebewijs mee.

Met vriendelijke groet,
«P2», notarisklerk
«org.notaris» | «tel»""",
"""SOMMATIE
Namens onze cliënt, «org», sommeren wij u, «P1.tt» «P1.ini», wonende aan de «adres», «pc» «stad», om het openstaande bedrag van «bedrag» (factuur «factuur») binnen 14 dagen te voldoen op «iban».

mr. «P2.ini»
«org2.advocaat»""",
"""Nalatenschap wijlen «P1.tt» «P1»
Erfgenamen volgens testament:
- «P2», «adres», «stad»
- «P3», «adres2», «stad2»
Executeur: «P2.vn». Boedelbeschrijving volgt vóór «datum».""",
"""Herinnering zitting kantonrechter «stad»: «datum» om «tijd». Cliënt: «P1» («P1.mob»). Advocaat: mr. «P2.an». Graag 30 minuten van tevoren aanwezig.""",
# ---- insurance
"""Schademelding
Verzekerde: «P1», «adres», «pc» «stad»
Telefoon: «P1.mob»
Kenteken eigen voertuig: «kent»
Kenteken tegenpartij: «kent2»
Datum schade: «datum», omstreeks «tijd»
Omschrijving: {{aanrijding op rotonde|achteruitrijdend geraakt op parkeerplaats|spiegel geraakt door bus}}""",
"""Beste «P1.vn»,

Je adreswijziging is verwerkt. Nieuw adres op de polis: «adres», «pc» «stad». Je premie blijft «bedrag.klein» per maand.

Groet, «P2», «org.verzekering»""",
"""Uitkering schade «ticket»: we maken «bedrag» over naar «iban» t.n.v. «P1.abbr». Eigen risico: «bedrag2». Behandelaar: «P2.ini1».""",
# ---- recruitment / HR
"""CV-samenvatting - kandidaat «P1»
Geboren: «geb»
Woonplaats: «stad» («adres»)
Telefoon: «P1.mob» | E-mail: «P1.mail»
Ervaring: {{8 jaar monteur W-installaties|5 jaar planner in de bouw|3 jaar pedagogisch medewerker}}
Beschikbaar per «datum».""",
"""Beste «P1.vn»,

Leuk dat je hebt gesolliciteerd bij «org»! We nodigen je uit voor een gesprek op «datum» om «tijd» met «P2» (teamleider) en «P3» (HR). Adres: «adres», «stad».

Tot dan!""",
"""Referentiecheck «P1» - gebeld met «P2» ({{oud-leidinggevende|teamleider|directeur}}) op «P2.tel», «datum». Positief over inzet en betrouwbaarheid, {{verzuim laag|goed in het team|zelfstandig}}.""",
"""Ziekmelding «datum»: «P1» ({{Planning|Magazijn|Receptie}}) heeft zich ziek gemeld om «tijd». Bereikbaar op «P1.mob». Verwachte duur onbekend. Teamleider «P2.vn» is geïnformeerd.""",
"""Verlofaanvraag
Naam: «P1»
Periode: «datum» t/m «datum2»
Aantal uren: «n.uur»
Vervanging: «P2.vn»
Goedgekeurd door: «P3.ini»""",
"""Beste «P1.vn»,

Met veel plezier bieden wij je de functie van {{projectleider|servicemonteur|office manager}} aan per «datum». Het salaris bedraagt «bedrag.sal» bruto per maand bij 38 uur, plus «pct» vakantietoeslag. We ontvangen graag je reactie vóór «datum2».

Hartelijke groet,
«P2»
«org»""",
"""Naamswijziging personeelsdossier: per «datum» gebruikt «P1.vn» de achternaam «P1.an» (voorheen «P2.an»). Graag aanpassen in e-mailhandtekening en badge. Nieuw e-mailadres: «P1.wmail».""",
# ---- sports clubs
"""Wedstrijdverslag «org.sport» - «datum»
Wat een middag! Na een 0-1 achterstand scoorde «P1» vlak voor rust de gelijkmaker. In de tweede helft maakten «P2» en «P3.vn» het af. Man van de wedstrijd: keeper «P4». Volgende week uit om «tijd».""",
"""Beste ledenadministratie,

Hierbij zeg ik mijn lidmaatschap op per einde seizoen. Wilt u de incasso van «iban» stopzetten? Mijn lidnummer is «nr.6».

Sportieve groet,
«P1»
«adres», «stad»""",
"""[teamapp JO13-2] {{«P1.lc»|«P1.lcf»}}: wie kan zaterdag rijden? vertrek «tijd» bij de kantine
[teamapp JO13-2] {{«P2.lc»|«P2.lcf»}}: ik kan, 3 plekken
[teamapp JO13-2] «P3.lc»: wij ook, 2 kids""",
"""Hoi «P1.vn», kun jij mijn kantinedienst van «datum» overnemen? Ik ruil met jouw dienst van «datum2». Bel me even: «P2.mob». Groet «P2.vn»""",
"""IJsclub «stad» - mededeling
De ijsbaan is open! Kassadienst vandaag: «Pfy1» en «Pfy2.vn». EHBO: «Pfy3» («Pfy3.mob»). Open tot «tijd».""",
"""Carnavalsvereniging De {{Dwaze Mook|Kwakkers|Pottentaote}}: prins «Pli1.vn» I («Pli1») en adjudant «Pli2» openen op «datum» om «tijd» het feest in de residentie aan de «adres».""",
# ---- dentists / vets / physio
"""Herinnering: u heeft een afspraak bij «org.zorg» op «datum» om «tijd» bij «P1.ini». Verhinderd? Bel 24 uur van tevoren: «tel».""",
"""Afspraakbevestiging «org.dier»
Eigenaar: «P1» («P1.mob»)
Dier: {{Bobbie|Max|Snoepie|Guus|Luna|Pip}} ({{kat|hond|konijn|cavia}}, {{4|7|11}} jaar)
Reden: {{vaccinatie|gebitscontrole|controle na operatie|nagels knippen}}
Datum: «datum», «tijd»""",
"""Verwijzing fysiotherapie
Patiënt: «P1.ini», geboren «geb»
Adres: «adres», «pc» «stad»
Telefoon: «P1.tel»
Klacht: {{hielspoor links|tennisarm|whiplash na ongeval|nekklachten}}
Huisarts: «P2.ini1»""",
"""Factuur «factuur» - «org.tand»
Patiënt: «P1.rev»
Behandeling «datum»: {{controle + gebitsreiniging|vulling 2 vlakken|röntgenfoto}} - «bedrag»
Te betalen op «iban» binnen 30 dagen.""",
# ---- driving school
"""Hoi «P1.vn»! Je les van «datum.wdm» gaat door, ik haal je om «tijd» op bij «adres». We rijden in de {{grijze|witte|blauwe}} lesauto («kent»). Groet, «P2.vn» («P2.mob»)""",
"""Gefeliciteerd «P1»! 🎉 Je bent vandaag geslaagd voor je rijbewijs B bij het CBR in «stad». Je roze pasje kun je ophalen bij de gemeente. Groeten van het hele team van «org.rijschool»""",
# ---- hairdresser
"""«org.kapper»: Hoi «P1.vn», je afspraak voor {{knippen|kleuren|knippen + föhnen|baard}} staat op «datum» om «tijd» bij «P2.vn». Tot dan! Wijzigen? Bel «tel»""",
"""Reactie op uw review: Beste «P1.vn», wat fijn dat u zo tevreden bent over de behandeling bij «P2.vn»! We zien u graag terug. Team «org.kapper»""",
# ---- construction / installers
"""Planning monteurs week {{11|23|37|44}}
«dag»: «P1.vn» - {{cv-ketel onderhoud|storing warmtepomp|meterkast uitbreiden}} bij «P2.tt» «P2.an», «adres», «pc» «stad», tel. «P2.mob», tussen «tijd» en «tijd2.later»""",
"""WERKBON «factuur»
Klant: «P1»
Adres: «adres», «pc» «stad»
Monteur: «P2.vn» - bus «kent»
Uren: {{1,5|2|3,25}} | Materiaal: «bedrag»
Klant akkoord voor uitvoering (mondeling)""",
"""Van: «P1.mail»
Aan: «mail»
Onderwerp: lekkage na plaatsing dakraam

Goedendag,

Sinds de plaatsing op «datum» lekt het bij het dakraam boven de slaapkamer. Kan er iemand langskomen? Ik ben bereikbaar op «P1.mob». Adres: «adres», «stad».

Groet,
«P1»""",
# ---- housing corporations
"""Reparatieverzoek «ticket»
Huurder: {{«P1»|«P1.abbr»}}, «adres», «pc» «stad»
Telefoon: «P1.tel»
Probleem: {{kraan lekt in keuken|schimmel in badkamer|voordeur sluit niet|mechanische ventilatie maakt lawaai}}
Voorkeur afspraak: «dag» ochtend""",
"""Melding overlast - «org.woning»
Melder: «P1» («adres»)
Betreft: bewoners van «adres2»
Omschrijving: {{harde muziek na 23 uur|hond blaft de hele dag|afval op de galerij}}
Wijkconsulent: «P2»""",
"""«P1.aanhef» «P1.an»,

Uit onze administratie blijkt dat de huur van {{maart|april|mei}} nog niet is betaald. Het openstaande bedrag is «bedrag.huur». Wilt u dit binnen 10 dagen overmaken op «iban» onder vermelding van uw adres («adres»)?

Met vriendelijke groet,
«org.woning»""",
# ---- hospitality
"""Reserveringsbevestiging «org.horeca»
Gast: «P1»
Aankomst: «datum», vertrek: «datum2»
Kamer: {{tweepersoonskamer|suite|familiekamer}}, «n.nachten»
Totaal: «bedrag»
Contact: «P1.mail» / «P1.mob»""",
"""Tafel voor «n.personen» op naam van «P1.an», «dag» om «tijd». Telefoon «P1.mob». Opmerking: {{verjaardag, taart om 21u|glutenvrij|kinderstoel nodig}}""",
"""Camping De Kuilen - boeking «ticket»
Naam: «P1»
Adres: «adres», «pc» «stad»
Kenteken auto: «kent»
Plaats: {{12|31|48|7}} (met stroom)
Aankomst «datum», vertrek «datum2»""",
# ---- events
"""Je bent aangemeld voor «org.event» op «datum»! Naam: «P1», e-mail: «P1.mail». Je ticketnummer is «ticket». Deuren open om «tijd».""",
"""Sprekers congres «datum»:
- «P1» ({{keynote|workshop|panel}}), «P1.wmail», «P1.mob»
- «P2» (workshop), «P2.mail»
Contact organisatie: «P3.vn» van «org.event»""",
# ---- churches / volunteers
"""Uit de kerkbode van «org.kerk»
Geboren: «P1.vn», «P1.kind» van «P2» en «P3», op «geb.baby». Van harte gefeliciteerd!
Verhuisd: «P4.tt» «P4» naar «adres», «pc» «stad».""",
"""Rooster Voedselbank «stad», «datum»
Uitgifte: «P1.vn» en «P2.vn»
Chauffeur: «P3» (bus «kent»)
Contactpersoon: «P4» - «P4.mob»""",
"""Intake «org.vrijw» schuldhulp
Naam: «P1»
Adres: «adres», «pc» «stad»
Telefoon: «P1.mob»
Gezinssamenstelling: {{2 volwassenen, 3 kinderen|alleenstaand, 1 kind|alleenstaand}}
Volgende afspraak: «datum» om «tijd» met «P2.vn»""",
# ---- farms
"""Afleverbon «org.boer»
Afnemer: «P1», «adres», «pc» «stad»
{{12|24|40}} kratten {{aardappelen|appels|peren|uien}}
Chauffeur: «P2.vn», wagen «kent»
Afgeleverd: «datum» «tijd»""",
"""Bestelling boerderijwinkel: «P1» (tel. «P1.mob») haalt «dag» om «tijd» op: 2 kg {{kaas|gehakt|aardappelen}}, 10 eieren. Betaald: «bedrag.klein».""",
# ---- childcare
"""Briefje groep {{Rups|Vlinders|Kikkers}}: vandaag wordt «P1.vn» opgehaald door «P2.oma», «P2» («P2.mob»). «P2.Hij» heeft een legitimatiebewijs bij zich. Groet, «P3.vn» («P3.ouder»)""",
"""Incidentformulier «org.opvang»
Kind: «P1», «datum» om «tijd»
Wat: {{gevallen van de klimtoestel|gebeten door ander kind|bult op het hoofd bij buitenspelen}}
Ouder gebeld: «P2» op «P2.mob»
Medewerker: «P3.vn»""",
# ---- minutes
"""Notulen bestuursvergadering «org.sport», «datum»
Aanwezig: «P1» (voorzitter), «P2» (secretaris), «P3» (penningmeester), «P4»
Afwezig met kennisgeving: «P5»
1. Notulen vorige vergadering vastgesteld.
2. Penningmeester: saldo «bedrag», contributie-inning loopt.
3. Actiepunt «P2.vn»: nieuwe sleutelhouders doorgeven.
Sluiting «tijd».""",
"""NOTULEN VvE {{De Gouden Hoek|Parkzicht|Hof van Eden}} - «datum»
Aanwezig: «P1» (nr 2), «P2» (nr 4), «P3» (nr 7)
Afwezig met kennisgeving: «P4» (machtiging aan «P1.an»)
Besluit: schilderwerk gevels door {{Schildersbedrijf Kwast|Verfwerk Oost}} voor «bedrag.groot».
Adres complex: «adres», «pc» «stad»""",
"""Verslag MT-overleg «datum» (Teams)
Aanwezig: «P1.vn», «P2.vn», «P3.vn», «P4.vn»
- Omzet Q{{1|2|3}}: «bedrag.groot» boven begroting
- «P2.vn» regelt de DPA met de AI-leverancier
- Volgende keer: «datum2» «tijd»""",
# ---- SMS / WhatsApp
"""Bezorgbericht: Hoi «P1.vn», je pakket wordt vandaag tussen «tijd» en «tijd2.later» bezorgd op «adres». Niet thuis? Dan gaat het naar de buren.""",
"""[«datum.num», «tijd»] «P1.vn»: wie neemt er taart mee voor opa zondag?
[«datum.num», «tijd2»] «P2.vn»: ik! adres was toch «adres»?
[«datum.num», «tijd2»] «P1.vn»: ja, «pc» «stad». bel «P3.vn» even op «P3.mob» als je er bent""",
"""«datum.num» «tijd» - «P1.vn»: oppas kan om «tijd2», ik zet het adres hier: «adres»
«datum.num» «tijd3» - «P2.vn»: top! en je nummer nog een keer?
«datum.num» «tijd3» - «P1.vn»: «P1.mob»""",
# ---- vCard / forms / signatures
"""BEGIN:VCARD
VERSION:3.0
N:«P1.revf»
FN:«P1»
ORG:«org»
TEL;TYPE=CELL:«P1.mob»
EMAIL:«P1.wmail»
ADR;TYPE=WORK:;;«adres»;«stad»;;«pc»;Nederland
END:VCARD""",
"""Tijdstempel,Naam,E-mailadres,Telefoonnummer,Ik kom met
«datum.num» 20:14:33,«P1»,«P1.mail»,«P1.mob»,{{1|2|3}} personen""",
"""Typeform - nieuwe inzending
Wat is je naam? «P1»
Je adres? «adres», «pc» «stad»
Hoe kunnen we je bereiken? «P1.mob»
Waar gaat je vraag over? {{zonnepanelen|isolatie|warmtepomp}}""",
"""--
«P1»
{{Notarisklerk|Schadebehandelaar|Accountmanager|Praktijkmanager}}
«org»
«adres» | «pc» «stad»
T: «P1.tel» | E: «P1.wmail»""",
# ---- OCR scans
"""B E W I J S   V A N   I N S C H R I J V I N G
Naam  :  «P1.caps»
Adres  :  «adres»
          «pc»  «stad»
Ingeschreven  per  :  «datum.num»
Lidnummer  :  «nr.6»""",
"""AANMELDING   AVONDVIERDAAGSE
naam  deelnemer :  «P1.caps»
naam  ouder :  «P2.caps»
telefoon  ouder :   «P2.mob»
afstand :  {{5|10}} km""",
# ---- markdown tables, JSON, logs
"""| Rol | Naam | Telefoon |
|---|---|---|
| Projectleider | «P1» | «P1.mob» |
| Uitvoerder | «P2» | «P2.mob» |""",
"""{"event":"order.created","order":"«order»","customer":{"name":"«P1»","email":"«P1.mail»","phone":"«P1.mob»"},"total":"«bedrag»"}""",
"""2025-11-0{{3|4|6}} 14:22:10 [mailer] sent reminder to «P1.mail» (invoice «factuur»)
2025-11-0{{3|4|6}} 14:22:11 [mailer] sent reminder to «P2.mail» (invoice «factuur2»)""",
"""# docker-compose.yml
services:
  web:
    image: registry.«org.dom»/intranet:latest
    labels:
      maintainer: "«P1» <«P1.wmail»>"
      oncall: "«P2.mob»\"""",
"""apiVersion: v1
kind: ConfigMap
metadata:
  name: contact
  annotations:
    owner: «P1.wmail»
data:
  SUPPORT_PHONE: "«tel»"
  SUPPORT_MAIL: "«mail»\"""",
# ---- voicemail, mixed language, Flemish
"""Voicemail «dag» «tijd»
ja goedemiddag met «P1» ik bel over de offerte voor de dakkapel ik ben de hele dag bereikbaar op «P1.mob» nogmaals «P1.mob» dank u wel""",
"""Hi «P1.vn»,

Thanks for the call! As discussed, the kick-off is on «datum» at «tijd» at our office, «adres», «stad». «P2» will join from the finance side. Bel me gerust op «P3.mob» als er iets is.

Best regards,
«P3»""",
"""Dag «Pvl1.vn»,

Bedankt voor uw bestelling. De levering is voorzien op «datum» op het adres «adresvl», «stadvl». Bij vragen kan u mij bereiken op «Pvl2.mob».

Met vriendelijke groeten,
«Pvl2»""",
"""Beste «Pvl1.vn»,

Uw afspraak bij de kapper is verplaatst naar «datum» om «tijd». Uw voorschot van «bedrag» werd terugbetaald op «ibanbe».

Vriendelijke groeten,
«Pvl2.vn»""",
# ---- invoices / payments
"""FACTUUR «factuur»
«org» | KvK «kvk» | BTW «btw»
Aan: «P1», «adres», «pc» «stad»
Datum: «datum.num»
Totaal: «bedrag»
Betalen op «iban» t.n.v. «org»""",
"""Betalingsherinnering: {{«P1.tt»|«P1.th»}} «P1.an», de factuur «factuur» van «bedrag» staat nog open. Wilt u het bedrag overmaken op «iban»? Heeft u al betaald, dan kunt u deze herinnering negeren.""",
# ---- vehicles
"""Parkeervergunning bewoners - gemeente «stad»
Naam: «P1»
Adres: «adres», «pc» «stad»
Kenteken: «kent»
Geldig van «datum» t/m «datum2»""",
"""Bezwaar parkeerboete
Geachte heer/mevrouw,
Op «datum» kreeg ik een naheffingsaanslag voor de auto met kenteken «kent». Ik had echter een geldige vergunning. Zie bijlage.
Met vriendelijke groet, «P1», «adres», «stad»""",
"""APK-herinnering «org.garage»: «P1.th» «P1.an», de APK van uw auto met kenteken «kent» verloopt op «datum». Plan uw afspraak via «tel».""",
"""Verhuisbericht: per «datum» wonen «P1» en «P2» op «adres», «pc» «stad». Ons oude adres («adres2») vervalt. Telefoon blijft «P1.mob».""",
"""Geboren op «geb.baby»: «P1.vn», «P1.kind» van «P2» en «P3». Moeder en kind maken het goed. Kraambezoek graag eerst even bellen: «P3.mob».""",
"""Verwijsbrief
Betreft: «P1.tt» «P1.ini», geb. «geb», «adres», «stad»
Collega, graag uw beoordeling van {{het rechterknie|de lage rug|de schouder}}. Met dank, «P2.ini1», huisarts""",
"""Inschrijving ROC
Student: «P1»
Geboortedatum: «geb»
Adres: «adres», «pc» «stad»
Telefoon: «P1.mob»
Opleiding: {{Verzorgende IG|Monteur elektrotechniek|Kok|Doktersassistent}}, start «datum»""",
"""Welkom in de buurt! Wij zijn «P1» en «P2» van nummer {{5|12|27}}. Als er iets is, bel gerust: «P1.mob». Buurtapp beheer: «P3.vn».""",
"""Webchat transcript {{#2231|#5510|#7718}}
Klant («=17:02»): hoi, mijn bestelling «order» is nog niet binnen
Medewerker «P1.vnx» («=17:03»): Vervelend! Mag ik je e-mailadres?
Klant («=17:03»): «P2.mail»
Medewerker «P1.vnx» («=17:05»): Ik zie dat hij «dag» wordt bezorgd.""",
"""Hoi «P1.vn», ik ben recruiter bij «org.werving» en zag je profiel. We hebben een mooie rol als {{teamleider|planner|monteur}} in «stad». Zin om te bellen? Mijn nummer: «P2.mob». Groet, «P2»""",
"""Team Klantenservice - wie is wie
«P1» - teamleider - «P1.wmail» - «P1.tel»
«P2» - senior medewerker - «P2.wmail»
«P3» - nieuw per «datum» - «P3.wmail»""",
"""Aangifte (samenvatting) «ticket»
Aangever: «P1», «adres», «stad», tel. «P1.mob»
Delict: {{fietsdiefstal|inbraak in auto|vernieling}}
Kenteken betrokken voertuig: «kent»
Pleegdatum: «datum», tussen «tijd» en «tijd2.later»""",
"""Gevonden voorwerp: telefoon in de bus van lijn {{2|7|12}}. Eigenaar «P1» is gebeld op «P1.tel» en haalt hem «dag» op bij de balie.""",
"""Subsidieaanvraag energiebesparing
Aanvrager: «org», KvK «kvk»
Contactpersoon: «P1», «P1.wmail», «P1.tel»
Uitbetaling op: «iban»
Gevraagd bedrag: «bedrag.groot»""",
"""Offerte «org.garage»
Klant: «P1», kenteken «kent»
Werk: {{distributieriem vervangen|remschijven voor|koppelingsset}}
Prijs: «bedrag», klaar op «dag» na «tijd»""",
"""Verhuisplanning «datum»
Ophalen: «adres», «pc» «stad» (3e verdieping, geen lift)
Afleveren: «adres2», «pc2» «stad2»
Klant: «P1», «P1.mob»
Team: «P2.vn» en «P3.vn», wagen «kent»""",
"""Taxirit bevestigd: «datum.wdm» om «tijd», ophalen bij «adres» ({{ziekenhuis|station|Schiphol}}). Naam: «P1.an», telefoon «P1.mob». Ritprijs: «bedrag.klein».""",
"""«P1.lc»: kun jij vanavond oppassen op «P2.vn»? ik ben om «tijd» thuis
«P3.lc»: ja prima! zelfde adres, «adres»?
«P1.lc»: ja 👍""",
"""Blessureregistratie «org.sport»
Speler: «P1», geb. «geb»
Blessure: {{enkelbanden|hamstring|knieband}}
Fysio: «P2» («P2.tel»)
Verwachte terugkeer: «datum»""",
"""Offerte autoverzekering
Geboortedatum bestuurder: «geb»
Postcode: «pc»
Kenteken: «kent»
Schadevrije jaren: {{3|7|12}}
Premie: «bedrag.klein» per maand""",
"""Beste «P1.vn»,

Per «datum» stijgt de huur van uw woning aan de «adres» met «pct» naar «bedrag.huur» per maand. Bezwaar maken kan tot «datum2».

Met vriendelijke groet,
«P2», «org.woning»""",
"""Meterstanden doorgegeven voor «adres», «pc» «stad»: elektra {{04521|11208|33870}}, gas {{2214|0876|4410}}. Klant: «P1». Ingangsdatum nieuw contract: «datum».""",
"""Apotheek «stad»: Beste «P1.vn», uw herhaalrecept ligt klaar. Afhalen vanaf «dag» «tijd». Vragen: «tel».""",
"""«P1.lc» «tijd»: @«P2.lc» kan jij de standup vandaag doen?
«P2.lc» «tijd2»: yes
«P3.lc» «tijd3»: ik sluit later aan, zit nog bij de klant in «stad»""",
"""notitie (handgeschreven, gescand):
bel  «P1.vn»  terug  -  «P1.mob»
ivm  offerte  kozijnen  «adres»""",
"""Kandidaat «P1.caps»
Geboortedatum :  «geb»
Woonplaats :  «stad»
E-mail :  «P1.mail»""",
"""Busvervoer schoolreis «datum»:
chauffeurs «P1» («P1.mob») en «P2» («P2.mob»), vertrek «tijd» vanaf de school.""",
"""On-call rotatie
week {{12|13|14}}: «P1.wmail»
week {{15|16|17}}: «P2.wmail»
escalatie: «tel»""",
"""Date of birth: «geb»
Name: «P1»
Address: «adres», «pc» «stad»
Phone: «P1.mob»
Emergency contact: «P2», «P2.mob»""",
# ---- origin-specific
"""Reservering {{Curaçao|Aruba|Bonaire}} voor familie «Pan1.an»: «Pan1», «Pan2.vn» en de kinderen. Vertrek «datum» om «tijd». Contact: «Pan1.mob», «Pan1.mail».""",
"""Coördinatie opvang: gezin «Pua1.an» (4 personen) verhuist op «datum» naar «adres», «pc» «stad». Contactpersoon gemeente: «P2», «P2.tel». Taalcoach: «P3.vn».""",
"""Taalmaatje gekoppeld: «Per1» met vrijwilliger «P2» («P2.mob»). Eerste afspraak «dag» om «tijd» in de bibliotheek.""",
"""Nieuwe inschrijving KvK: «org», eigenaar «Psy1», vestigingsadres «adres», «pc» «stad», KvK «kvk».""",
"""Bestelling afhalen: «Pcn1» - tel. «Pcn1.mob» - {{2x nasi|babi pangang|tjap tjoy + foe yong hai}} - klaar om «tijd» - «bedrag»""",
"""Reünie familie «Pid1.an»! Op «datum» in het buurthuis, «adres», «stad». Aanmelden bij «Pid1» («Pid1.mail») of «Pid2.vn» («Pid2.mob»).""",
"""RSVP bruiloft «Psr1.vn» & «Psr2.vn»: «Psr3» komt met «n.personen». Telefoon: «Psr3.mob».""",
"""Iftar-avond «datum»: aanmeldingen van «Pma1» («Pma1.mob») en «Pma2» («Pma2.mail»). Aanvang «tijd».""",
"""Proefrit «datum» om «tijd»: «Ptr1», rijbewijs gecontroleerd, auto {{BMW 118i|Renault Clio|Ford Focus}} («kent»). Telefoon klant: «Ptr1.mob».""",
"""Huisvesting arbeidsmigranten: «Ppl1» en «Ppl2» wonen per «datum» op «adres», «pc» «stad». Huisbaas: «P3», «P3.tel».""",
# ---- extra forms
"""Van: «P1» <«P1.wmail»>
Verzonden: «datum.wdm» «tijd»
Aan: «P2.mail»
Onderwerp: RE: bezichtiging

Beste «P2.vn»,

De bezichtiging van «adres» staat op «datum2» om «tijd2». Ik ben er een kwartier eerder; mijn mobiel is «P1.mob».

Vriendelijke groet,
«P1»
{{Makelaardij Stad & Land|Woonmakelaars Oost|Makelaarskantoor De Sleutel}}

> Van: «P2»
> Wanneer kan ik komen kijken?""",
"""TOPdesk - melding «ticket»
Aanmelder: «P1.rev»
Telefoon: «P1.tel»
Korte omschrijving: toegang gedeelde map Projecten
Verzoek goedgekeurd door «P2.ini».""",
"""Jira «ticket»: Klant «P1» («P1.mail») krijgt geen bevestigingsmail na registratie. Reproduceerbaar sinds «datum». Assignee: «P2».""",
"""Teams - «P1» «tijd»: «P2.vn», klant «P3.an» belde, wil teruggebeld worden op «P3.tel» over de offerte van «bedrag».""",
"""Aanmelding zwemles «org.sport»
Kind: «P1», geb. «geb.kind»
Ouder: «P2», «P2.mob», «P2.mail»
Voorkeur: «dag» «tijd»""",
"""Voor de boekhouding: «P1» heeft «bedrag» voorgeschoten voor de teamuitje-boot. Graag terugstorten op «iban» t.n.v. «P1.ini». Bon zit in de bijlage.""",
"""Hoi allemaal, nieuw in het team: «P1»! «P1.Hij» komt ons versterken als {{planner|monteur|accountmanager}}. Je bereikt «P1.vn» via «P1.wmail» of «P1.mob».""",
"""Inspectierapport «adres», «pc» «stad»
Opdrachtgever: «P1.tt» «P1.an»
Inspecteur: {{ing.|ir.}} «P2.ini»
Datum: «datum»
Bevinding: {{lichte houtrot in kozijn|scheur in voegwerk|vochtplek kelder}}""",
"""«P1.aanhef» «P1.an»,

Uw aanvraag voor een gehandicaptenparkeerkaart is ontvangen. Wij nemen contact met u op via «P1.tel» om een keuring in te plannen. Kenteken voor de parkeerplaats: «kent».""",
"""Kennismakingsgesprek dr. «P1.an» (tandarts) met nieuwe patiënt «P2», geboren op «geb», op «datum» om «tijd».""",
"""mr. drs. «P1.ini» van «org.advocaat» vertegenwoordigt «P2» in de zaak tegen «org». Correspondentieadres: «adres», «pc» «stad».""",
"""«P1.capsan» - OPDRACHTBON
AFLEVERADRES: «adres»  «pc»  «stad»
TELEFOON: «P1.mob»
LEVERDATUM: «datum.num»""",
]


# ============================================================================================
# Build and check
# ============================================================================================
TEMPLATES = {"PASSWORD": T_PASSWORD, "API_KEY": T_API_KEY, "BSN": T_BSN, "SALARY_SLIP": T_SALARY_SLIP,
             "SIGNED_CONTRACT": T_SIGNED_CONTRACT, "CUSTOMER_LIST": T_CUSTOMER_LIST, "NEG": T_NEG,
             "PII": T_PII}
DOC_BLOCK = {"SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST"}


def render_one(rng, group, tpl, texts, tries=400):
    last = None
    for _ in range(tries):
        r = Rec(rng)
        text = r.render(tpl)
        mask, seen = [], set()
        for s, e, lab, v in r.spans:
            if (lab, v) not in seen:
                seen.add((lab, v))
                mask.append([lab, v])
        mask.sort(key=lambda x: text.find(x[1]))
        keep = []
        for s, e, v in sorted(r.keeps):
            if v not in keep:
                keep.append(v)
        keep.sort(key=lambda v: text.find(v))
        labels = {lab for lab, _ in mask}
        cats = set(AUTO_BLOCK[l] for l in labels if l in AUTO_BLOCK)
        if group in DOC_BLOCK:
            cats.add(group)
        block = [c for c in BLOCK_CATS if c in cats]
        rec = {"text": text, "mask": mask, "block": block, "keep": keep}
        errs = validate(rec, r.spans)
        if group in ("NEG", "PII") and block:
            errs.append("clean group got a block")
        if group not in ("NEG", "PII") and group not in block:
            errs.append(f"group {group} not in block")
        if text in texts:
            errs.append("duplicate text")
        if not errs:
            texts.add(text)
            return rec
        last = errs
    raise RuntimeError(f"template in {group} keeps failing: {last[:3]}\n{text[:400]}")


def build():
    rng = random.Random(SEED)
    texts = set()
    out = []
    for group, size in GROUP_SIZES:
        tpls = TEMPLATES[group]
        order = []
        while len(order) < size:
            idx = list(range(len(tpls)))
            rng.shuffle(idx)
            order += idx
        for ti in order[:size]:
            out.append((group, ti, render_one(rng, group, tpls[ti], texts)))
    rng.shuffle(out)
    recs = []
    for i, (group, ti, rec) in enumerate(out):
        recs.append((group, ti, {"id": f"c13-{i}", "text": rec["text"], "mask": rec["mask"],
                                 "block": rec["block"], "keep": rec["keep"]}))
    return recs


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for _, _, r in recs)


def stats(recs):
    from collections import Counter
    g = Counter(grp for grp, _, _ in recs)
    lab = Counter(l for _, _, r in recs for l, _ in r["mask"])
    blk = Counter(c for _, _, r in recs for c in r["block"])
    print("groups:", dict(g))
    print("templates:", {k: len(v) for k, v in TEMPLATES.items()}, "total", sum(len(v) for v in TEMPLATES.values()))
    print("mask labels:", dict(lab))
    print("block categories:", dict(blk), "| blocked records:", sum(1 for _, _, r in recs if r["block"]))
    print("keep values:", sum(len(r["keep"]) for _, _, r in recs))


def check():
    if not os.path.exists(OUT):
        print(f"missing {OUT}")
        return 1
    lines = open(OUT, encoding="utf-8").read()
    docs = [json.loads(l) for l in lines.splitlines() if l.strip()]
    bad = 0
    if len(docs) != 2000:
        print(f"expected 2000 records, found {len(docs)}")
        bad += 1
    for i, d in enumerate(docs):
        if list(d) != ["id", "text", "mask", "block", "keep"] or d["id"] != f"c13-{i}":
            print(f"{d.get('id')}: bad fields or id")
            bad += 1
        errs = validate(d)
        if errs:
            bad += 1
            print(d["id"], errs[:3])
    fresh = dump(build())
    if fresh != lines:
        print("c13.jsonl differs from a fresh build")
        bad += 1
    print("check:", "OK" if not bad else f"{bad} problems", f"({len(docs)} records)")
    return 1 if bad else 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    recs = build()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(dump(recs))
    stats(recs)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
