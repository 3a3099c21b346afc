#!/usr/bin/env python3
"""Held-out corpus c14 for the Dutch PII anonymizer (written blind).

    python3 gen14.py          writes c14.jsonl next to this script (2,000 records)
    python3 gen14.py --check  validates c14.jsonl and compares it with a fresh build (exit 1 on any problem)

Python 3 standard library only. Fixed seed; output does not depend on PYTHONHASHSEED
(no set iteration, no hash()). Every labelled value is recorded as a span while the text is built.
"""
import base64
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = 1414
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "c14.jsonl")
N_TOTAL = 2000

LABELS = ("PERSOON", "ADRES", "POSTCODE", "TELEFOON", "IBAN", "GEBOORTEDATUM", "KENTEKEN", "BSN",
          "WACHTWOORD", "API_SLEUTEL", "EMAIL")
BLOCK_ORDER = ("BSN", "PASSWORD", "API_KEY", "SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST")
AUTO_BLOCK = {"BSN": "BSN", "WACHTWOORD": "PASSWORD", "API_SLEUTEL": "API_KEY"}

# ----------------------------------------------------------------------------------------------
# names (written for c14)
# ----------------------------------------------------------------------------------------------


def L(s):
    return [x.strip() for x in s.split("|") if x.strip()]


ORIGINS = {
    "nl": dict(w=14, F=L("Sanne|Femke|Anouk|Roos|Kim|Bo|Sterre|Noor|Marieke|Willemijn|Ilse|Lieke|Fenna|Iris|Tineke|Esther|Jolien|Hanneke|Merel|Floor"),
               M=L("Jan|Daan|Kees|Thijs|Joost|Hendrik|Bram|Ruud|Gerrit|Wouter|Sem|Teun|Bas|Mees|Jeroen|Koen|Arjen|Huib|Stijn|Gijs"),
               S=L("Bakker|Visser|Kok|Mol|Vos|Smit|Koster|Schipper|Brouwer|Dekker|Jansen|Mulder|Meijer|Hendriks|Vermeer|Hoogendoorn|Timmermans|Verhoeven|Kuijpers|Wijnands|Lemmens|Schreurs|Claessens|Steenbergen|Haverkamp|Oosterhuis"),
               TV=[("de", "Vries"), ("van der", "Meer"), ("ten", "Brink"), ("in 't", "Veld"), ("van", "Dijk"), ("van den", "Berg"),
                   ("de", "Wit"), ("van", "Leeuwen"), ("ter", "Horst"), ("van de", "Kamp"), ("'t", "Hart"), ("van 't", "Hof"),
                   ("de", "Jong"), ("van", "Beek"), ("op den", "Kamp"), ("van der", "Heijden"), ("de", "Groot"), ("van", "Rooij"),
                   ("ten", "Cate"), ("van der", "Linden"), ("de", "Haan"), ("van", "Wageningen")]),
    "fy": dict(w=5, F=L("Wytske|Baukje|Aukje|Sytske|Froukje|Jitske|Tjitske|Hiske"),
               M=L("Sjoerd|Jelle|Hylke|Tsjalling|Gerben|Durk|Sietse|Wiebe|Wopke|Auke"),
               S=L("Hoekstra|Dijkstra|Bosma|Wiersma|Terpstra|Postma|Zijlstra|Hiemstra|Jongsma|Algra|Tuinstra|Sikkema|Wijbenga|Kingma"),
               TV=[("de", "Boer"), ("van der", "Wal"), ("de", "Vries"), ("van der", "Ploeg")]),
    "vl": dict(w=5, F=L("Lotte|Elke|Fien|Ine|Griet|Lien|Hanne|Ellen|Nele|Kaat"),
               M=L("Wout|Jens|Kobe|Pieter-Jan|Stijn|Jef|Arne|Warre|Seppe|Lowie"),
               S=L("Peeters|Janssens|Maes|Claes|Wouters|Goossens|Vermeulen|Willems|Mertens|Coppens|Van Damme|De Smet|Van den Broeck|Vanderstraeten|De Backer|Van Acker|Verstraete|D'Hondt|Van Hoof|Desmedt")),
    "so": dict(w=3, F=L("Hodan|Faadumo|Ayaan|Sahra|Ifrah|Hibo|Muna"),
               M=L("Abdi|Guled|Mahad|Abdirahman|Liban|Bashir|Khadar"),
               S=L("Warsame|Farah|Jama|Egal|Hassan|Abdullahi|Mohamud|Osman|Hersi|Aden")),
    "af": dict(w=3, F=L("Zarghuna|Mariam|Shabnam|Nilofar|Parwana|Freshta"),
               M=L("Farid|Ahmad Shah|Wahid|Nasir|Jawed|Mustafa|Sayed"),
               S=L("Sultani|Popal|Amiri|Karimi|Noorzai|Hashimi|Stanekzai|Rahimi|Azizi|Wardak")),
    "gh": dict(w=3, F=L("Akosua|Abena|Efua|Adwoa|Yaa|Afia"),
               M=L("Kwame|Kofi|Yaw|Kwabena|Kojo|Fiifi|Kwaku"),
               S=L("Mensah|Owusu|Boateng|Asante|Osei|Adjei|Appiah|Agyeman|Ofori|Darko")),
    "cv": dict(w=3, F=L("Nilza|Ivanilda|Edna|Zenaida|Celeste|Ailine"),
               M=L("Djeison|Edson|Adilson|Nelson|Carlitos|Hélio"),
               S=L("Tavares|Semedo|Fortes|Lopes|Monteiro|Delgado|Varela|Andrade|Brito")),
    "br": dict(w=3, F=L("Larissa|Fernanda|Juliana|Camila|Thaís|Letícia"),
               M=L("João Pedro|Thiago|Rafael|Gustavo|Leandro|Caio"),
               S=L("Oliveira|Souza|Carvalho|Pereira|Rodrigues|Almeida|Nascimento|dos Santos|Barbosa")),
    "vn": dict(w=3, F=L("Thi Lan|Huong|Linh|Mai Anh|Thu Trang|Ngoc Anh"),
               M=L("Minh|Quang|Duc Anh|Thanh|Hoang Nam|Tuan"),
               S=L("Nguyen|Tran|Pham|Hoang|Bui|Dang|Truong|Huynh")),
    "in": dict(w=4, F=L("Priya|Ananya|Lakshmi|Divya|Sneha|Kavya|Meenakshi"),
               M=L("Aarav|Rohan|Vikram|Arjun|Karthik|Siddharth|Venkat"),
               S=L("Sharma|Iyer|Venkataraman|Reddy|Patel|Krishnamurthy|Nair|Chatterjee|Gupta|Subramanian")),
    "ro": dict(w=3, F=L("Ioana|Alexandra|Andreea|Cristina|Mihaela|Roxana"),
               M=L("Andrei|Mihai|Bogdan|Ionuț|Florin|Cătălin"),
               S=L("Popescu|Ionescu|Dumitrescu|Stoica|Constantin|Munteanu|Gheorghe|Lungu")),
    "bg": dict(w=2, F=L("Yordanka|Desislava|Milena|Tsvetelina|Radostina"),
               M=L("Dimitar|Georgi|Hristo|Stoyan|Nikolay"),
               SM=L("Petrov|Ivanov|Georgiev|Dimitrov|Todorov|Stoyanov"),
               SF=L("Petrova|Ivanova|Georgieva|Dimitrova|Todorova|Stoyanova")),
    "pt": dict(w=2, F=L("Inês|Beatriz|Catarina|Mariana|Joana"),
               M=L("Tiago|Rui|Duarte|Gonçalo|Nuno"),
               S=L("Ferreira|Gonçalves|Sousa|Costa|Martins|Pinto|Ribeiro|Correia")),
    "it": dict(w=2, F=L("Giulia|Chiara|Francesca|Martina|Federica"),
               M=L("Matteo|Alessandro|Lorenzo|Davide|Riccardo"),
               S=L("Russo|Esposito|Bianchi|Romano|De Luca|Ricci|Marino|Colombo|Greco")),
    "gr": dict(w=2, F=L("Eleni|Katerina|Sofia|Despina|Vasiliki"),
               M=L("Giorgos|Nikos|Dimitris|Kostas|Yannis"),
               SM=L("Papadopoulos|Georgiou|Nikolaidis|Konstantinidis|Papageorgiou"),
               SF=L("Papadopoulou|Georgiou|Nikolaidou|Konstantinidou|Papageorgiou")),
    "ph": dict(w=3, F=L("Maricel|Rowena|Jocelyn|Lovely|Charmaine|Maribel"),
               M=L("Jhun|Jericho|Rodel|Mark Anthony|Ramil|Jomar"),
               S=L("Dela Cruz|Santos|Reyes|Bautista|Villanueva|Mendoza|Aquino|Macaraeg|Manalo")),
    "tr": dict(w=5, F=L("Elif|Zeynep|Büşra|Ayşe|Esra|Merve|Hatice"),
               M=L("Emre|Mehmet|Burak|Oğuz|Hakan|Serkan|Yusuf"),
               S=L("Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Yıldız|Arslan|Doğan|Kılıç")),
    "ma": dict(w=5, F=L("Fatima|Nadia|Khadija|Samira|Houda|Imane|Loubna"),
               M=L("Mohammed|Youssef|Soufiane|Hamza|Karim|Bilal|Anouar"),
               S=L("El Amrani|Bouzid|Ouali|Benali|El Idrissi|Azzouzi|Tahiri|Ait Taleb|Boukhari|El Khattabi|Ouahabi")),
    "sr": dict(w=4, F=L("Sharmila|Dewi|Shanti|Ashwini|Chantal|Roshni|Wendy"),
               M=L("Ravi|Romano|Sunil|Rajesh|Ricardo|Glenn|Dinesh"),
               S=L("Ramdin|Sewdien|Jagesar|Kasanpawiro|Doorson|Pinas|Biharie|Ramautar|Sardjoe|Karsodikromo|Tjon-A-Fong|Wongsodikromo")),
    "pl": dict(w=3, F=L("Katarzyna|Agnieszka|Magdalena|Joanna|Małgorzata"),
               M=L("Piotr|Tomasz|Krzysztof|Paweł|Marcin"),
               SM=L("Kowalski|Wiśniewski|Nowak|Zieliński|Wójcik|Lewandowski|Dąbrowski"),
               SF=L("Kowalska|Wiśniewska|Nowak|Zielińska|Wójcik|Lewandowska|Dąbrowska")),
    "sy": dict(w=3, F=L("Lina|Hala|Rasha|Nour|Ruba|Dima"),
               M=L("Rami|Abdulrahman|Omar|Ghaith|Mahmoud|Firas"),
               S=L("Al-Khatib|Haddad|Al Hariri|Darwish|Kassab|Al-Masri|Hamwi|Sabbagh|Al-Halabi")),
    "er": dict(w=3, F=L("Senait|Helen|Selam|Mebrat|Saba|Luwam"),
               M=L("Tesfay|Yonas|Filmon|Dawit|Robel|Merhawi"),
               S=L("Tekle|Gebremedhin|Habte|Kidane|Berhane|Ghebreyesus|Tesfamariam|Woldu|Andemariam")),
}
ORIGIN_KEYS = list(ORIGINS.keys())
ORIGIN_W = [ORIGINS[k]["w"] for k in ORIGIN_KEYS]

STREETS = {
    "nl": L("Kerkstraat|Dorpsstraat|Molenweg|Prinsengracht|Lindenlaan|Beukenlaan|Stationsweg|Julianastraat|Oranjestraat|Spoorlaan|"
            "Hoogstraat|Van Goghstraat|Jacob van Lennepkade|Burgemeester Roëllstraat|Laan van Meerdervoort|Croeselaan|Vaartsche Rijn|"
            "Kanaalweg|Graafseweg|Zonnebloemstraat|Dahliastraat|Wethouder Nijhuisstraat|Pijnackerstraat|Nobelweg|Amsterdamsestraatweg|"
            "Ringdijk|Deurningerstraat|Boschdijk|Ginnekenweg|Korvelseweg|Gruttostraat|Zeeheldenlaan|Vondellaan|Esdoornhof|Reigerlaan"),
    "fy": L("Tsjerkestrjitte|Haadwei|Mounewei|Skoalstrjitte|Buorren|Tsjerkepaad|Súdein|Noarderein|Wâldwei|Nijewei|Easterkade|Hegebuorren"),
    "li": L("Kapelkesstraat|Akerstraat|Grachtstraat|Bokstraat|Rijksweg Noord|Hertogsingel|Brusselsestraat|Wilhelminasingel|"
            "Heerlerbaan|Sint Pieterskade|Venloseweg|Kloosterstraat|Mergelweg|Geleenstraat"),
    "be": L("Veldstraat|Korte Meer|Bredabaan|Diestsesteenweg|Brugsesteenweg|Lange Lozanastraat|Kortrijksesteenweg|Naamsestraat|"
            "Bondgenotenlaan|Turnhoutsebaan|Kouter|Sint-Pietersnieuwstraat|Hoogpoort|Grote Steenweg"),
}
TOWNS = {
    "nl": [("Utrecht", 35), ("Amersfoort", 38), ("Zwolle", 80), ("Deventer", 74), ("Almere", 13), ("Tilburg", 50), ("Eindhoven", 56),
           ("Breda", 48), ("Rotterdam", 30), ("Schiedam", 31), ("Den Haag", 25), ("Delft", 26), ("Leiden", 23), ("Haarlem", 20),
           ("Zaandam", 15), ("Amsterdam", 10), ("Apeldoorn", 73), ("Nijmegen", 65), ("Arnhem", 68), ("Enschede", 75),
           ("Hengelo", 75), ("Groningen", 97), ("Assen", 94), ("Emmen", 78), ("Middelburg", 43), ("Goes", 44),
           ("'s-Hertogenbosch", 52), ("Helmond", 57), ("Lelystad", 82), ("Gouda", 28), ("Alkmaar", 18), ("Purmerend", 14)],
    "fy": [("Leeuwarden", 89), ("Drachten", 92), ("Sneek", 86), ("Heerenveen", 84), ("Harlingen", 88), ("Dokkum", 91),
           ("Franeker", 88), ("Bolsward", 87)],
    "li": [("Maastricht", 62), ("Sittard", 61), ("Venlo", 59), ("Kerkrade", 64), ("Heerlen", 64), ("Roermond", 60), ("Weert", 60)],
    "be": [("Gent", "9000"), ("Antwerpen", "2018"), ("Leuven", "3000"), ("Hasselt", "3500"), ("Brugge", "8000"),
           ("Kortrijk", "8500"), ("Mechelen", "2800"), ("Genk", "3600"), ("Aalst", "9300")],
}
PETS = L("Pluisje|Diesel|Koekie|Snuf|Bolt|Moppie|Kruimel|Tijger|Pepper|Bobbie")
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WD_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
MON_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

# organisations by sector: code -> names (domain derived)
ORGS = {
    "acc": L("Kantoor Noorderpoort Accountants|Fiscaal Huis Rivierenland|Cijferwerk Twente|Boekhoudhuis De Linde|AdminPlus Drechtsteden|Rekenkamer Ommeland BV"),
    "make": L("Dak & Deur Makelaars|Grachtzicht Wonen|Oost Makelaardij|Woonvizier Makelaars|Havenstad Vastgoed|Het Woonloket Brabant"),
    "log": L("Transportbedrijf Waalhaven|Snelvracht Benelux|Koeriers Midden|Palletpoint Logistics|Distributiecentrum Moerdijk|Eurocargo Venlo"),
    "shop": L("Buitenkeuken.nl|Plantjesbox|Koffiebonen Direct|Kinderkamerwinkel|Sokkenfabriek Online|Fietsonderdelen24"),
    "gem": L("Gemeente Zuiderkwartier|Sociaal Domein Rivierstad|Wijkteam Oost|Loket Wonen Zorg en Welzijn|Werk en Inkomen Regio Noord"),
    "uitv": L("Uitvaartzorg Zonnewende|Uitvaartcentrum De Horizon|Afscheidshuis Lindehof|Uitvaartbegeleiding Stilte"),
    "school": L("Basisschool De Regenboog|Montessorischool Het Kompas|Lyceum aan de Vliet|OBS De Klimop|Scholengemeenschap Westerkwartier"),
    "tuin": L("Hoveniersbedrijf Groen Gras|Tuinen van Morgen|Hovenier De Eikel|Buitenwerk Hoveniers"),
    "schoon": L("Schoonmaakbedrijf Glans|Blinkend Schoon BV|Kantoorhygiëne Noord|Frisse Start Schoonmaak"),
    "fiets": L("Tweewielerhuis Centrum|Fietsmakerij De Spaak|Bike Repair Station|Rijwielhandel Oostpoort"),
    "foto": L("Fotostudio Lichtval|Studio Sluitertijd|Portretstudio Kiekje|Beeldmakers Collectief"),
    "muziek": L("Muziekschool Maatwerk|Muziekhuis Allegro|Pianoschool Toonladder|Muziekcentrum De Snaar"),
    "vert": L("Vertaalbureau Babel|Taalbrug Vertalingen|Lingua Franca Vertaalwerk|Beëdigd Vertaalbureau Tolkhuis"),
    "gym": L("Sportschool Ijzersterk|FitLab Oost|Boxing Club Noorderlicht|Healthclub De Kracht|CrossBox Havenkwartier"),
    "beauty": L("Salon Bellezza|Beautystudio Glow|Nagelstudio Parel|Huidkliniek Zacht"),
    "msp": L("ITbeheer Polder|NetwerkWacht BV|Systeemzorg Benelux|Cloudbeheer Kennemerland"),
    "zorg": L("Zorgverzekeraar Gezond Samen|Zilverlinde Zorgverzekeringen|Zorgkantoor Midden"),
    "pens": L("Pensioenfonds Metaal & Installatie|Pensioenfonds Zorg en Welzijn Noord|Stichting Pensioenfonds Bouwvak"),
    "schuld": L("Schuldhulpmaatje Rivierstad|Budgetcoaching Oost|Stichting Uit de Schulden"),
    "not": L("Notariskantoor Aan de Gracht|Notarissen Stadhuisplein|Notariaat Zuidwest"),
    "bouw": L("Bouwbedrijf Stevig|Aannemersbedrijf De Fundering|Verbouw Vakmensen|Dakwerken Hoogland"),
    "fran": L("Bakkerij Kruimeltje Franchise|Snackbar Frietkoning Formule|Koffiebar Bonenbaas Franchise"),
}


def asciify(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss").replace("ș", "s").replace("ț", "t")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def domain_of(name):
    d = asciify(name).lower().replace("&", "en")
    d = re.sub(r"\.nl$", "", d)
    d = re.sub(r"\b(bv|kantoor|stichting)\b", "", d)
    d = re.sub(r"[^a-z0-9]+", "", d)
    return d + (".nl" if not d.endswith("24") else ".com")


# ----------------------------------------------------------------------------------------------
# structured values
# ----------------------------------------------------------------------------------------------


def elfproef(d):
    if len(d) != 9 or not d.isdigit():
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def make_bsn(r):
    while True:
        d = str(r.randint(1, 3)) + "".join(str(r.randint(0, 9)) for _ in range(7))
        s = sum(int(d[i]) * (9 - i) for i in range(8)) % 11
        if s < 10:
            return d + str(s)


def nine_invalid(r, first=None):
    while True:
        d = (first or str(r.randint(1, 9))) + "".join(str(r.randint(0, 9)) for _ in range(8 if not first else 9 - len(first)))
        if not elfproef(d):
            return d


def fmt_bsn(d, style):
    if style == 1:
        return d[:4] + "." + d[4:6] + "." + d[6:]
    if style == 2:
        return d[:3] + " " + d[3:6] + " " + d[6:]
    if style == 3:
        return d[:3] + "." + d[3:6] + "." + d[6:]
    return d


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ", "RBRB", "FVLB", "HAND", "REVO"]


def make_iban(r, be=False, grouped=False):
    if be:
        while True:
            acc = "".join(str(r.randint(0, 9)) for _ in range(10))
            chk = int(acc) % 97 or 97
            bban = acc + "%02d" % chk
            if not re.search(r"(?<!\d)\d{9}(?!\d)", bban):
                break
        ib = "BE" + iban_check("BE", bban) + bban
    else:
        bban = r.choice(NL_BANKS) + str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(9))
        ib = "NL" + iban_check("NL", bban) + bban
    if grouped:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


KLET = "BDFGHJKLNPRSTVXZ"


def make_kenteken(r):
    a = lambda n: "".join(r.choice(KLET) for _ in range(n))
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    d1 = lambda: str(r.randint(1, 9))
    forms = [lambda: a(2) + "-" + d(2) + "-" + d(2), lambda: d(2) + "-" + d(2) + "-" + a(2), lambda: d(2) + "-" + a(2) + "-" + d(2),
             lambda: a(2) + "-" + d(2) + "-" + a(2), lambda: a(2) + "-" + a(2) + "-" + d(2), lambda: d(2) + "-" + a(2) + "-" + a(2),
             lambda: d(2) + "-" + a(3) + "-" + d1(), lambda: d1() + "-" + a(3) + "-" + d(2), lambda: a(2) + "-" + d1() + d(2) + "-" + a(1),
             lambda: a(1) + "-" + d1() + d(2) + "-" + a(2), lambda: a(3) + "-" + d(2) + "-" + a(1), lambda: a(1) + "-" + d(2) + "-" + a(3),
             lambda: d1() + "-" + a(2) + "-" + d(3), lambda: d1() + d(2) + "-" + a(2) + "-" + d1()]
    k = r.choice(forms)()
    if r.random() < 0.12:
        k = k.replace("-", "")
    return k


def make_phone(r, kind):
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if kind == "be":
        m = "4" + r.choice("6789") + d(1)
        rest = d(6)
        f = r.randint(0, 5)
        if f == 0:
            return "+32 %s %s %s %s" % (m, rest[:2], rest[2:4], rest[4:])
        if f == 1:
            return "0%s/%s.%s.%s" % (m, rest[:2], rest[2:4], rest[4:])
        if f == 2:
            return "0%s %s %s %s" % (m, rest[:2], rest[2:4], rest[4:])
        if f == 3:
            z = r.choice(["9", "3", "2"])
            rr = d(7)
            return "0%s %s %s %s" % (z, rr[:3], rr[3:5], rr[5:])
        if f == 4:
            return "+32%s%s" % (m, rest)
        return "0032 %s %s %s %s" % (m, rest[:2], rest[2:4], rest[4:])
    if kind == "land":
        area = r.choice(["020", "010", "030", "070", "050", "058", "043", "040", "024", "026", "053", "0513", "0318", "0575", "0297"])
        n = d(10 - len(area))
        f = r.randint(0, 4)
        if f == 0:
            return area + "-" + n
        if f == 1:
            return area + " " + (n[:3] + " " + n[3:] if len(n) == 7 else n[:2] + " " + n[2:4] + " " + n[4:])
        if f == 2:
            return "+31 (0)" + area[1:] + " " + n
        if f == 3:
            return "+31 " + area[1:] + " " + n
        return area + n
    n = r.choice("12345678") + d(7)
    f = r.randint(0, 8)
    if f == 0:
        return "06-" + n
    if f == 1:
        return "06 " + " ".join(n[i:i + 2] for i in range(0, 8, 2))
    if f == 2:
        return "06" + n
    if f == 3:
        return "+31 6 " + n[:4] + " " + n[4:]
    if f == 4:
        return "+316" + n
    if f == 5:
        return "0031 6 " + " ".join(n[i:i + 2] for i in range(0, 8, 2))
    if f == 6:
        return "(06) " + n[:3] + " " + n[3:6] + " " + n[6:]
    if f == 7:
        return "06 - " + n[:4] + " " + n[4:]
    return "+31 (0)6 " + n[:2] + " " + n[2:5] + " " + n[5:]


def make_postcode(r, prefix2):
    while True:
        letters = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    num = "%d%02d" % (prefix2, r.randint(0, 99))
    return num + (" " if r.random() < 0.8 else "") + letters


def make_housenr(r, be=False):
    n = str(r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(1, 250)]))
    if be:
        return r.choice([n, n, n + " bus " + str(r.randint(1, 12)), n + r.choice("ABC"), n + "/" + str(r.randint(1, 4))])
    return r.choice([n, n, n, n + r.choice("abc"), n + "-" + r.choice("ABC"), n + "-" + str(r.randint(1, 4)),
                     n + "-" + r.choice(["I", "II", "III", "IV"]), n + " bis", n + " hs", n + " " + r.choice("ABCDEF"),
                     n + "-0" + str(r.randint(1, 3)), n + " rd", n + "-H"])


def nl_date(dt, style):
    if style == 0:
        return "%d %s %d" % (dt.day, MONTHS[dt.month - 1], dt.year)
    if style == 1:
        return "%02d-%02d-%d" % (dt.day, dt.month, dt.year)
    if style == 2:
        return dt.strftime("%Y-%m-%d")
    if style == 3:
        return "%02d/%02d/%d" % (dt.day, dt.month, dt.year)
    if style == 4:
        return "%d %s. %d" % (dt.day, MON_SHORT[dt.month - 1], dt.year)
    if style == 5:
        return "%02d.%02d.%d" % (dt.day, dt.month, dt.year)
    return "%d-%d-%d" % (dt.day, dt.month, dt.year)


def nl_num(x, dec=2):
    s = "%.*f" % (dec, x)
    if dec:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    g = ""
    while len(ip) > 3:
        g = "." + ip[-3:] + g
        ip = ip[:-3]
    return ("-" if neg else "") + ip + g + ("," + fp if dec else "")


def en_num(x, dec=2):
    return nl_num(x, dec).replace(".", "#").replace(",", ".").replace("#", ",")


def fmt_amount(r, x, style=None):
    if style is None:
        style = r.randint(0, 8)
    if style == 0:
        return "€ " + nl_num(x)
    if style == 1:
        return "€" + nl_num(x)
    if style == 2:
        return "EUR " + nl_num(round(x), 0)
    if style == 3:
        return nl_num(round(x), 0) + " euro"
    if style == 4:
        return "€ " + nl_num(round(x), 0) + ",-"
    if style == 5:
        return en_num(x) + " EUR"
    if style == 6:
        return "€ " + nl_num(round(x), 0)
    if style == 7:
        return "EUR " + nl_num(x)
    return "€" + nl_num(round(x), 0) + ",-"


# API keys ------------------------------------------------------------------------------------
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def rs(r, n, alpha=B62):
    return "".join(r.choice(alpha) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def make_jwt(r, iss="auth"):
    h = b64u(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps({"iss": iss, "sub": rs(r, 12, HEX), "iat": 1760000000 + r.randint(0, 9999999)}, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(r, 43, B62 + "-_")


def make_pem(r, kind="RSA PRIVATE KEY"):
    raw = bytes(r.randint(0, 255) for _ in range(r.choice([342, 456, 600])))
    body = base64.b64encode(raw).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def make_key(r, kind):
    if kind == "openai":
        return "sk-proj-" + rs(r, 40, B62 + "-_") + "T3BlbkFJ" + rs(r, 40, B62 + "-_")
    if kind == "openai_old":
        return "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20)
    if kind == "anthropic":
        return "sk-ant-api03-" + rs(r, 86, B62 + "-_") + "AA"
    if kind == "aws":
        return "AKIA" + rs(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if kind == "awssecret":
        return rs(r, 40, B62 + "+/")
    if kind == "ghp":
        return "ghp_" + rs(r, 36)
    if kind == "ghpat":
        return "github_pat_11" + rs(r, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + "_" + rs(r, 59)
    if kind == "google":
        return "AIza" + rs(r, 35, B62 + "-_")
    if kind == "stripe":
        return "sk_live_51" + rs(r, 96)
    if kind == "stripe_rk":
        return "rk_live_51" + rs(r, 60)
    if kind == "slack":
        return "xoxb-%d-%d-%s" % (r.randint(10 ** 11, 10 ** 12 - 1), r.randint(10 ** 12, 10 ** 13 - 1), rs(r, 24))
    if kind == "slackhook":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rs(r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rs(r, 24))
    if kind == "jwt":
        return make_jwt(r)
    if kind == "ha":
        return make_jwt(r, iss=rs(r, 32, HEX))
    if kind == "pem":
        return make_pem(r, r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"]))
    if kind == "exact":
        return "stampNL001." + rs(r, 140, B62 + "-_!*")
    if kind == "exactsecret":
        return rs(r, 12, B62)
    if kind == "moneybird":
        return rs(r, 64, HEX)
    if kind == "afas":
        return rs(r, 64, "0123456789ABCDEF")
    if kind == "mollie":
        return "live_" + rs(r, 30)
    if kind == "sendgrid":
        return "SG." + rs(r, 22, B62 + "-_") + "." + rs(r, 43, B62 + "-_")
    if kind == "mailchimp":
        return rs(r, 32, HEX) + "-us" + str(r.randint(2, 21))
    if kind == "twilio":
        return "SK" + rs(r, 32, HEX)
    if kind == "hf":
        return "hf_" + rs(r, 34)
    if kind == "hubspot":
        return "pat-eu1-%s-%s-%s-%s-%s" % (rs(r, 8, HEX), rs(r, 4, HEX), rs(r, 4, HEX), rs(r, 4, HEX), rs(r, 12, HEX))
    if kind == "azure":
        return rs(r, 84, B62) + "AzSe" + rs(r, 4, B62)
    if kind == "telegram":
        return "%d:AA%s" % (r.randint(10 ** 9, 10 ** 10 - 1), rs(r, 33, B62 + "-_"))
    if kind == "postmark":
        return "%s-%s-%s-%s-%s" % (rs(r, 8, HEX), rs(r, 4, HEX), rs(r, 4, HEX), rs(r, 4, HEX), rs(r, 12, HEX))
    if kind == "bol":
        return rs(r, 60, B62 + "-_")
    if kind == "gitlab":
        return "glpat-" + rs(r, 20, B62 + "-_")
    if kind == "npm":
        return "npm_" + rs(r, 36)
    if kind == "mistral":
        return rs(r, 32, B62)
    if kind == "gcpsa":
        return make_pem(r, "PRIVATE KEY")
    if kind == "dropbox":
        return "sl." + rs(r, 130, B62 + "-_")
    raise KeyError(kind)


# passwords -----------------------------------------------------------------------------------
PW_WORDS = L("Tulp|Fiets|Regen|Molen|Kaas|Haring|Dijk|Polder|Sneeuw|Wolk|Klomp|Zomer|Winter|Storm|Lente|Appel|Bever|Kanaal|Lantaarn|Tegel")
PW_SPECIAL = "!@%*-_+=.?#"


def make_password(r, style=None):
    if style is None:
        style = r.randint(0, 5)
    if style == 0:
        return rs(r, r.randint(10, 16), B62 + "!@%*-_+=?")
    if style == 1:
        w = r.sample(PW_WORDS, 3)
        return r.choice("-._") .join(w) + r.choice(["", "!", "?"]) + str(r.randint(10, 99))
    if style == 2:
        return r.choice(["Welkom", "Zomer", "Voorjaar", "Kantoor", "Najaar", "Fietsen"]) + str(r.choice([2024, 2025, 2026])) + r.choice("!#@%")
    if style == 3:
        return rs(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + r.choice(PW_SPECIAL) + rs(r, 5, "abcdefghijkmnpqrstuvwxyz") + str(r.randint(100, 999))
    if style == 4:
        return r.choice(PW_WORDS) + r.choice(PW_SPECIAL) + rs(r, 6, B62) + r.choice("!?%")
    return rs(r, 6, "abcdefghjkmnpqrstuvwxyz") + "-" + rs(r, 6, "abcdefghjkmnpqrstuvwxyz23456789") + "-" + rs(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


# ----------------------------------------------------------------------------------------------
# people and context
# ----------------------------------------------------------------------------------------------

MAILDOM = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "icloud.com",
                  "proton.me", "planet.nl", "hetnet.nl", "upcmail.nl", "yahoo.com", "home.nl", "casema.nl"],
           "be": ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.be", "outlook.be"]}


def capfirst(s):
    for i, c in enumerate(s):
        if c.isalpha():
            return s[:i] + c.upper() + s[i + 1:]
    return s


class Person:
    def __init__(self, r, origin=None):
        self.r = r
        o = origin or r.choices(ORIGIN_KEYS, ORIGIN_W)[0]
        self.origin = o
        od = ORIGINS[o]
        self.g = r.choice("FM")
        self.first = r.choice(od[self.g])
        self.mid = r.choice(od[self.g]) if r.random() < 0.35 else ""
        if self.mid == self.first or " " in self.first or " " in self.mid or "-" in self.first:
            self.mid = ""
        self.tv = ""
        if "SM" in od:
            self.last = r.choice(od["S" + self.g])
        elif "TV" in od and r.random() < 0.45:
            self.tv, self.last = r.choice(od["TV"])
        else:
            self.last = r.choice(od["S"])
        if o in ("nl", "fy", "ma", "tr", "sr") and not self.tv and r.random() < 0.12:
            other = r.choice(ORIGINS["nl"]["S"] + [a + " " + b for a, b in ORIGINS["nl"]["TV"]])
            if other != self.last:
                self.last = self.last + "-" + other
        self.be = o == "vl" or (o in ("ma", "tr", "it", "cv") and r.random() < 0.15)
        self.region = "be" if self.be else ("fy" if o == "fy" else r.choice(["nl", "nl", "nl", "nl", "li", "fy"]))
        self.cache = {}

    def full(self):
        return " ".join(x for x in (self.first, self.tv, self.last) if x)

    def lastcap(self):
        return capfirst(self.tv) + " " + self.last if self.tv else self.last

    def tvlast(self):
        return self.tv + " " + self.last if self.tv else self.last

    def initials(self):
        parts = [self.first] + ([self.mid] if self.mid else [])
        ini = ""
        for p in parts:
            for q in p.replace("-", " ").split():
                ini += q[0].upper() + "."
        return ini

    def a(self, attr):
        if attr in self.cache:
            return self.cache[attr]
        v = self._a(attr)
        self.cache[attr] = v
        return v

    def _a(self, attr):
        r = self.r
        P = "PERSOON"
        if attr == "full":
            return (P, self.full())
        if attr == "first":
            return (P, self.first)
        if attr == "firstl":
            return (P, self.first.lower())
        if attr == "fulll":
            return (P, self.full().lower())
        if attr == "last":
            return (P, self.lastcap())
        if attr == "tvlast":
            return (P, self.tvlast())
        if attr == "init":
            return (P, self.initials() + " " + self.tvlast())
        if attr == "ini1":
            return (P, self.first[0] + ". " + self.tvlast())
        if attr == "rev":
            return (P, self.last + ", " + self.first + (" " + self.tv if self.tv else ""))
        if attr == "revini":
            return (P, self.last + ", " + self.initials() + (" " + self.tv if self.tv else ""))
        if attr == "upper":
            return (P, self.full().upper())
        if attr == "ulast":
            return (P, self.lastcap().upper())
        if attr == "given":
            return (P, self.first + (" " + self.mid if self.mid else ""))
        if attr == "ugiven":
            return (P, (self.first + (" " + self.mid if self.mid else "")).upper())
        if attr == "ufull":
            return (P, (self.first + (" " + self.mid if self.mid else "") + " " + self.tvlast()).upper())
        if attr == "dhr":
            return ("TXT", "mevrouw" if self.g == "F" else "de heer")
        if attr == "Dhr":
            return ("TXT", "Mevrouw" if self.g == "F" else "De heer")
        if attr == "mw":
            return ("TXT", "mw." if self.g == "F" else "dhr.")
        if attr == "aanhef":
            return ("TXT", "Geachte mevrouw" if self.g == "F" else "Geachte heer")
        if attr == "mr":
            return ("TXT", "Ms." if self.g == "F" else "Mr.")
        if attr == "zij":
            return ("TXT", "zij" if self.g == "F" else "hij")
        if attr == "haar":
            return ("TXT", "haar" if self.g == "F" else "zijn")
        if attr == "email":
            return ("EMAIL", self.make_email())
        if attr == "tel":
            return ("TELEFOON", make_phone(r, "be" if self.be else "mob"))
        if attr == "tel2":
            return ("TELEFOON", make_phone(r, "be" if self.be else r.choice(["land", "mob"])))
        if attr == "adres":
            return ("ADRES", r.choice(STREETS[self.region]) + " " + make_housenr(r, self.be))
        if attr in ("pc", "town"):
            self._place()
            return self.cache[attr]
        if attr == "iban":
            return ("IBAN", make_iban(r, self.be, r.random() < 0.35))
        if attr == "bsn":
            return ("BSN", fmt_bsn(make_bsn(r), r.choice([0, 0, 0, 1, 2, 3])))
        if attr == "dob":
            dt = datetime.date(r.randint(1946, 2006), r.randint(1, 12), r.randint(1, 28))
            return ("GEBOORTEDATUM", nl_date(dt, r.randint(0, 6)))
        if attr in ("kdob", "bdob"):
            y = r.randint(2009, 2021) if attr == "kdob" else 2026
            dt = datetime.date(y, r.randint(1, 12 if y < 2026 else 3), r.randint(1, 28))
            return ("GEBOORTEDATUM", nl_date(dt, r.choice([0, 1, 1, 3, 4])))
        if attr == "kent":
            return ("KENTEKEN", make_kenteken(r))
        if attr == "user":
            a = asciify(self.first).lower().split()[0]
            b = re.sub(r"[^a-z]", "", asciify(self.last).lower())
            return ("TXT", r.choice([a[0] + b[:7], a[:3] + b[:3] + str(r.randint(1, 99)), "usr" + str(r.randint(1000, 9999)), b[:5] + a[0] + str(r.randint(1, 9))]))
        if attr == "pw":
            return ("WACHTWOORD", make_password(r))
        if attr == "age":
            return ("TXT", str(r.randint(19, 80)))
        raise KeyError(attr)

    def _place(self):
        r = self.r
        town, pre = r.choice(TOWNS[self.region])
        if self.be:
            self.cache["pc"] = ("TXT", pre)
        else:
            self.cache["pc"] = ("POSTCODE", make_postcode(r, pre))
        self.cache["town"] = ("TXT", town)

    def make_email(self):
        r = self.r
        f = re.sub(r"[^a-z]", "", asciify(self.first).lower().split()[0])
        l = re.sub(r"[^a-z]", "", asciify(self.tv + self.last).lower())
        dom = r.choice(MAILDOM["be" if self.be else "nl"])
        pat = r.randint(0, 7)
        loc = [f + "." + l, f[0] + "." + l, f + str(r.randint(70, 99)), f + "_" + l, l + "." + f, f + l[:1] + str(r.randint(1, 99)),
               f[0] + l, f + "." + l + str(r.randint(1, 9))][pat]
        return loc + "@" + dom


class Org:
    def __init__(self, r, sector):
        self.r = r
        self.name = r.choice(ORGS[sector])
        self.dom = domain_of(self.name)
        self.cache = {}

    def a(self, attr):
        if attr not in self.cache:
            self.cache[attr] = self._a(attr)
        return self.cache[attr]

    def _a(self, attr):
        r = self.r
        if attr == "name":
            return ("TXT", self.name)
        if attr == "dom":
            return ("TXT", self.dom)
        if attr == "web":
            return ("TXT", "www." + self.dom)
        if attr == "mail":
            return ("EMAIL", r.choice(["info", "administratie", "support", "klantenservice", "planning", "hallo", "facturen", "office"]) + "@" + self.dom)
        if attr == "mail2":
            return ("EMAIL", r.choice(["noreply", "hr", "salaris", "secretariaat", "backoffice"]) + "@" + self.dom)
        if attr == "tel":
            return ("TELEFOON", make_phone(r, "land"))
        if attr == "kvk":
            return ("KEEP", str(r.randint(10, 99)) + "".join(str(r.randint(0, 9)) for _ in range(6)))
        if attr == "btw":
            return ("TXT", "NL" + nine_invalid(r, "8") + "B0" + str(r.randint(1, 3)))
        if attr == "iban":
            return ("IBAN", make_iban(r, False, r.random() < 0.5))
        if attr == "adres":
            return ("ADRES", r.choice(STREETS["nl"]) + " " + make_housenr(r))
        if attr in ("pc", "town"):
            town, pre = r.choice(TOWNS["nl"])
            self.cache["pc"] = ("POSTCODE", make_postcode(r, pre))
            self.cache["town"] = ("TXT", town)
            return self.cache[attr]
        raise KeyError(attr)


NOUNS = {"medewerkers": (2, 40), "dozen": (2, 60), "pallets": (1, 33), "pakketten": (2, 250), "leerlingen": (8, 32), "kamers": (2, 7),
         "uren": (2, 60), "dagen": (1, 30), "stuks": (1, 500), "licenties": (2, 50), "fietsen": (1, 12), "lessen": (4, 40),
         "vakantiedagen": (5, 30), "gebruikers": (2, 80), "deelnemers": (3, 60), "woningen": (2, 20), "foto's": (10, 300),
         "pagina's": (1, 90), "maanden": (1, 24), "weken": (1, 12), "kilometer": (3, 400), "ritten": (2, 90), "bezichtigingen": (2, 14),
         "collies": (2, 40), "containers": (1, 8), "tickets": (2, 120), "meldingen": (2, 300), "servers": (2, 30), "bestellingen": (2, 400)}


def keep_date(r, style=None, year=2026):
    dt = datetime.date(year, 1, 1) + datetime.timedelta(days=r.randint(0, 364))
    wd = dt.weekday()
    if style is None:
        style = r.choice([0, 0, 0, 1, 2, 3, 4])
    if style == 0:
        return "%s %d %s" % (WEEKDAYS[wd], dt.day, MONTHS[dt.month - 1])
    if style == 1:
        return "%d %s %d" % (dt.day, MONTHS[dt.month - 1], dt.year)
    if style == 2:
        return "%s %d/%d" % (WD_SHORT[wd], dt.day, dt.month)
    if style == 3:
        return "%02d-%02d-%d" % (dt.day, dt.month, dt.year)
    return "%s %d %s" % (WD_SHORT[wd], dt.day, MON_SHORT[dt.month - 1])


class Ctx:
    def __init__(self, r):
        self.r = r
        self.cache = {}
        self.persons = {}
        self.orgs = {}

    def put(self, key, kind, value):
        self.cache[key] = (kind, value)

    def get(self, key):
        if key not in self.cache:
            self.cache[key] = self.make(key)
        return self.cache[key]

    def person(self, name):
        if name not in self.persons:
            self.persons[name] = Person(self.r)
        return self.persons[name]

    def make(self, key):
        r = self.r
        if "." in key:
            obj, attr = key.split(".", 1)
            base = re.match(r"[a-z]+", obj).group(0)
            if base == "p":
                return self.person(obj).a(attr)
            if base == "k":
                return ("API_SLEUTEL", make_key(r, attr))
            if base == "cnt":
                lo, hi = NOUNS[attr]
                return ("KEEP", "%d %s" % (r.randint(lo, hi), attr))
            if base in ORGS:
                if obj not in self.orgs:
                    self.orgs[obj] = Org(r, base)
                return self.orgs[obj].a(attr)
            raise KeyError(key)
        base = re.match(r"[a-z_]+?(?=\d*$)", key).group(0)
        f = SIMPLE[base]
        return f(r)


def _time(r):
    h = r.randint(7, 18)
    m = r.choice([0, 0, 15, 30, 30, 45, 10, 20])
    return ("KEEP", r.choice(["%02d:%02d" % (h, m), "%d:%02d" % (h, m), "%d.%02d" % (h, m)]) if r.random() < 0.3 else "%02d:%02d" % (h, m))


def _amt(r, lo=15, hi=4000):
    x = r.choice([r.randint(lo, hi) + r.randint(0, 99) / 100.0, float(r.randint(lo, hi)), r.randint(lo, max(lo + 1, min(hi, 400))) + 0.5])
    return ("KEEP", fmt_amount(r, x))


def _pct(r):
    return ("KEEP", r.choice(["%d%%" % r.randint(2, 40), "%d %%" % r.randint(2, 40), "%d,5%%" % r.randint(1, 19),
                              "%d procent" % r.randint(2, 60), "21%", "9%", "%d,%d%%" % (r.randint(1, 12), r.randint(1, 9))]))


def _inv(r):
    return ("KEEP", r.choice(["F2026-%04d" % r.randint(1, 9999), "INV-%05d" % r.randint(10000, 99999), "2026-%04d" % r.randint(1, 2999),
                              "FAC%06d" % r.randint(1, 999999), "VF-26-%03d" % r.randint(1, 999)]))


def _ord(r):
    return ("KEEP", r.choice(["#%d" % r.randint(100000, 999999), "WS-%d" % r.randint(100000, 999999), "ORD-2026-%05d" % r.randint(1, 99999),
                              "%d-%d" % (r.randint(1000, 9999), r.randint(1000, 9999)), "BOL%d" % r.randint(10 ** 9, 10 ** 10 - 1)]))


def _tick(r):
    return ("KEEP", r.choice(["INC%07d" % r.randint(1, 9999999), "#%d" % r.randint(10000, 99999), "T-%d" % r.randint(100000, 999999),
                              "SR-%d" % r.randint(1000, 99999), "CASE-%05d" % r.randint(1, 99999)]))


def _hdate(r):
    dt = datetime.date(2026, 1, 1) + datetime.timedelta(days=r.randint(0, 364))
    return ("TXT", "%s %d %s %d %02d:%02d" % (WD_SHORT[dt.weekday()], dt.day, MON_SHORT[dt.month - 1], dt.year, r.randint(7, 22), r.randint(0, 59)))


def _ts(r):
    dt = datetime.datetime(2026, 1, 1) + datetime.timedelta(seconds=r.randint(0, 364 * 86400))
    return ("TXT", r.choice([dt.strftime("%Y-%m-%dT%H:%M:%SZ"), dt.strftime("%Y-%m-%d %H:%M:%S"), dt.strftime("[%d/%b/%Y:%H:%M:%S +0100]")]))


def _codes(r):
    return ("TXT", "\n".join("%04d %04d" % (r.randint(0, 9999), r.randint(0, 9999)) if r.random() < 0.5 else rs(r, 4, "abcdefghjkmnpqrstuvwxyz23456789") + "-" + rs(r, 4, "abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8)))


SIMPLE = {
    "town": lambda r: ("TXT", r.choice(r.choice(list(TOWNS.values())))[0]),
    "date": lambda r: ("KEEP", keep_date(r, 0)),
    "datey": lambda r: ("KEEP", keep_date(r, 1)),
    "dshort": lambda r: ("KEEP", keep_date(r, 2)),
    "dnum": lambda r: ("KEEP", keep_date(r, 3)),
    "dany": lambda r: ("KEEP", keep_date(r)),
    "wday": lambda r: ("KEEP", r.choice(WEEKDAYS[:5])),
    "time": _time,
    "amt": _amt,
    "small": lambda r: _amt(r, 5, 120),
    "big": lambda r: _amt(r, 2000, 90000),
    "huis": lambda r: ("KEEP", fmt_amount(r, float(r.randrange(189000, 895000, 500)), r.choice([0, 2, 3, 4, 6, 7]))),
    "huur": lambda r: ("KEEP", fmt_amount(r, float(r.randrange(650, 2400, 5)), r.choice([0, 1, 2, 3, 4, 6]))),
    "sal": lambda r: ("KEEP", fmt_amount(r, float(r.randrange(2300, 6800, 25)), r.choice([0, 1, 2, 4, 6, 7]))),
    "fee": lambda r: _amt(r, 12, 350),
    "pct": _pct,
    "inv": _inv,
    "ord": _ord,
    "tick": _tick,
    "kvk": lambda r: ("KEEP", str(r.randint(10, 99)) + "".join(str(r.randint(0, 9)) for _ in range(6))),
    "nine": lambda r: ("KEEP", nine_invalid(r)),
    "host": lambda r: ("TXT", r.choice(["srv-", "fs", "nas-", "dc0", "web", "db-", "vpn."]) + r.choice(["kantoor", "prod", "01", "backup", "main", "gw"]) + r.choice(["", ".local", ".lan", ".intern.net"])),
    "ip": lambda r: ("TXT", r.choice(["192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 250)), "10.%d.%d.%d" % (r.randint(0, 50), r.randint(0, 255), r.randint(2, 250)),
                                      "172.16.%d.%d" % (r.randint(0, 30), r.randint(2, 250))])),
    "pet": lambda r: ("TXT", r.choice(PETS)),
    "ts": _ts,
    "hdate": _hdate,
    "cust": lambda r: ("TXT", r.choice(["%d" % r.randint(10000, 999999), "K-%05d" % r.randint(1, 99999), "DEB%04d" % r.randint(1, 9999), "C%06d" % r.randint(1, 999999)])),
    "pw": lambda r: ("WACHTWOORD", make_password(r)),
    "pwr": lambda r: ("WACHTWOORD", make_password(r, 0)),
    "codes": _codes,
    "smscode": lambda r: ("TXT", "%06d" % r.randint(0, 999999)),
    "year": lambda r: ("TXT", str(r.choice([2024, 2025, 2026]))),
    "hex": lambda r: ("TXT", rs(r, 12, HEX)),
    "uuid": lambda r: ("TXT", "%s-%s-4%s-%s-%s" % (rs(r, 8, HEX), rs(r, 4, HEX), rs(r, 3, HEX), rs(r, 4, HEX), rs(r, 12, HEX))),
    "num": lambda r: ("TXT", str(r.randint(2, 9))),
    "port": lambda r: ("TXT", str(r.choice([21, 22, 990, 2222, 3306, 5432, 8443]))),
    "track": lambda r: ("KEEP", "3S" + rs(r, 4, "ABCDEFGHJKLMNPRSTUVWXYZ") + nine_invalid(r)),
    "saemail": lambda r: ("EMAIL", "agenda-sync@agenda-koppeling-%d.iam.gserviceaccount.com" % r.randint(100, 999)),
    "admid": lambda r: ("TXT", "4" + "".join(str(r.randint(0, 9)) for _ in range(17))),
    "afasenv": lambda r: ("TXT", str(r.randint(10000, 99999))),
    "dossier": lambda r: ("KEEP", "%d-%05d" % (r.randint(2024, 2026), r.randint(1, 99999))),
}

# ----------------------------------------------------------------------------------------------
# rendering
# ----------------------------------------------------------------------------------------------
SLOT = re.compile(r"«([^«»]+)»")


def render(tpl, ctx, out, depth=0):
    """Append rendered tpl to out = [pieces, spans, pos]."""
    pos = 0
    for m in SLOT.finditer(tpl):
        lit = tpl[pos:m.start()]
        out[0].append(lit)
        out[2] += len(lit)
        key = m.group(1)
        pos = m.end()
        if key.startswith("@"):
            name, _, arg = key[1:].partition(":")
            sub = ctx.r.choice(SUBS[name])
            if arg:
                sub = sub.replace("«P.", "«" + arg + ".").replace("«O.", "«" + arg + ".")
            render(sub, ctx, out, depth + 1)
            continue
        if key.startswith("="):
            kind, val = "KEEP", key[1:]
        else:
            kind, val = ctx.get(key)
        if kind != "TXT":
            out[1].append((out[2], out[2] + len(val), kind))
        out[0].append(val)
        out[2] += len(val)
    lit = tpl[pos:]
    out[0].append(lit)
    out[2] += len(lit)


SUBS = {}


def F(text, flags):
    return (text, flags)


def lst(head, row, foot="", lo=5, hi=12, sep="\n", flags=""):
    """A list template: row is repeated for persons p1..pn (pX.), X» slots get the row index."""
    def build(ctx):
        n = ctx.r.randint(lo, hi)
        rows = []
        for i in range(1, n + 1):
            x = re.sub(r"«qX\.", "«p%d." % (20 + i), row)
            x = re.sub(r"«([a-z_]+)X(?=[.»])", lambda m: "«%s%d" % (m.group(1), i), x)
            rows.append(x.replace("~N~", str(i)))
        return (head + sep.join(rows) + foot, flags)
    build.is_list = True
    return build


SUBS["sig"] = [
    "Met vriendelijke groet,\n\n«P.full»\n«P.tel»",
    "Groet,\n«P.first»\n\nVerstuurd vanaf mijn iPhone",
    "Mvg,\n«P.ini1»\nT: «P.tel2»\nE: «P.email»",
    "Hartelijke groet,\n«P.full»\nM «P.tel» | «P.email»",
    "Kind regards / Met vriendelijke groet\n«P.full»\n«P.email»",
    "--\n«P.full»\n«P.tel»\nDit bericht is uitsluitend bestemd voor de geadresseerde. Is dit bericht niet voor u bestemd, verwijder het dan en informeer de afzender.",
    "Gr. «P.first»",
    "Vriendelijke groeten,\n«P.full»\ntel. «P.tel»",
    "Met hartelijke groet,\n\n\n«P.init»\n(bereikbaar ma t/m do)",
    "Groetjes, «P.first»\n«P.tel»",
]
SUBS["fwd"] = [
    "---------- Doorgestuurd bericht ---------\nVan: «P.full» <«P.email»>\nDatum: «hdate9»\nOnderwerp: ",
    "-----Oorspronkelijk bericht-----\nVan: «P.full» <«P.email»>\nVerzonden: «hdate9»\nOnderwerp: ",
    "Begin doorgestuurd bericht:\n\nVan: «P.email»\nDatum: «hdate9»\nOnderwerp: ",
    "From: «P.full» <«P.email»>\nSent: «hdate9»\nSubject: ",
    "Fwd: ",
]
SUBS["addr"] = [
    "«P.adres»\n«P.pc» «P.town»",
    "«P.adres»\n«P.pc»  «P.town»",
    "«P.adres», «P.pc» «P.town»",
    "«P.adres»\n«P.pc» «P.town»",
]
SUBS["addr1"] = [
    "«P.adres», «P.pc» «P.town»",
    "«P.adres» te «P.town»",
    "«P.adres» («P.pc» «P.town»)",
    "«P.adres», «P.town»",
    "«P.adres» - «P.pc» - «P.town»",
]
SUBS["hi"] = [
    "Beste «P.first»,", "Hoi «P.first»,", "«P.aanhef» «P.last»,", "Dag «P.first»,", "Goedemiddag «P.dhr» «P.last»,",
    "Hallo «P.first»!", "Beste «P.dhr» «P.last»,", "Goedemorgen «P.first»,", "Hey «P.firstl»,",
]

# ---------------------------------------------------------------------------------------------- PASSWORD
T_PASSWORD = [
    """<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.«acc1.dom»</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>«p1.user»</User>
      <Pass>«pw1»</Pass>
      <Logontype>1</Logontype>
      <PasvMode>MODE_DEFAULT</PasvMode>
      <Name>Klantportaal scans «year1»</Name>
      <Comments>beheerd door «p1.full», vragen via «p1.tel»</Comments>
    </Server>
  </Servers>
</FileZilla3>""",
    """<?php
/** Database settings - Grachtzicht website (staging) */
define( 'DB_NAME', 'wp_aanbod' );
define( 'DB_USER', 'wp_aanbod_usr' );
define( 'DB_PASSWORD', '«pw1»' );
define( 'DB_HOST', '«host1»' );
define( 'DB_CHARSET', 'utf8mb4' );
// contact bij problemen: «p1.full» («p1.email»)
$table_prefix = 'gz_';
define( 'WP_DEBUG', false );""",
    """APP_NAME="Retourportaal"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://retour.«shop1.dom»

DB_CONNECTION=mysql
DB_HOST=«ip1»
DB_PORT=3306
DB_DATABASE=retouren
DB_USERNAME=retour_app
DB_PASSWORD=«pw1»

MAIL_MAILER=smtp
MAIL_HOST=smtp.office365.com
MAIL_PORT=587
MAIL_USERNAME=«shop1.mail»
MAIL_PASSWORD=«pw2»
MAIL_FROM_NAME="${APP_NAME}\"""",
    """<?php
return [
    'backend' => ['frontName' => 'beheer_x7'],
    'db' => [
        'connection' => [
            'default' => [
                'host' => '«host1»',
                'dbname' => 'magento_shop',
                'username' => 'mage',
                'password' => '«pw1»',
                'active' => '1',
            ],
        ],
    ],
    'MAGE_MODE' => 'production',
];""",
    """[transip-backup]
type = sftp
host = «host1»
user = «p1.user»
port = 22
pass = «pwr1»
shell_type = unix

[kantoor-nas]
type = smb
host = «ip1»
user = scanner
pass = «pwr2»""",
    """<KeePassFile>
  <Root>
    <Group>
      <Name>Administratie</Name>
      <Entry>
        <String><Key>Title</Key><Value>Loket.nl werkgeversportaal</Value></String>
        <String><Key>UserName</Key><Value>«p1.email»</Value></String>
        <String><Key>Password</Key><Value ProtectInMemory="True">«pw1»</Value></String>
        <String><Key>URL</Key><Value>https://portaal.loket.nl</Value></String>
        <String><Key>Notes</Key><Value>2FA op telefoon van «p1.first»</Value></String>
      </Entry>
      <Entry>
        <String><Key>Title</Key><Value>Belastingdienst eHerkenning</Value></String>
        <String><Key>UserName</Key><Value>«p2.email»</Value></String>
        <String><Key>Password</Key><Value ProtectInMemory="True">«pw2»</Value></String>
      </Entry>
    </Group>
  </Root>
</KeePassFile>""",
    """folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
Kantoor,1,login,Moneybird,,,0,https://moneybird.com/login,«p1.email»,«pw1»,
Kantoor,,login,Funda Kennisbank,,,0,https://www.fundainbusiness.nl,«make1.mail»,«pw2»,
Privé,,login,Ziggo,,,0,https://www.ziggo.nl,«p1.email»,«pw3»,""",
    """"Title","Website","Username","Password","Notes"
"PostNL zakelijk","https://mijnpostnlzakelijk.postnl.nl","«log1.mail»","«pw1»","account van «p1.full»"
"Transporeon","https://login.transporeon.com","«p1.user»","«pw2»","planning"
"Webfleet","https://live.webfleet.com","planning01","«pw3»","geen 2FA\"""",
    """notities beheer staging (niet committen!!)

basic auth voor staging.«make1.dom»:
  gebruiker: preview
  wachtwoord: «pw1»
de apr1-hash staat in /etc/nginx/.htpasswd, dit is het leesbare ww.
vragen: «p1.firstl» of «p2.firstl»""",
    """name: Deploy webshop
on:
  push:
    branches: [ main ]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SFTP_HOST: «host1»
      SFTP_USER: deploy
      SFTP_PASSWORD: «pw1»   # TODO verplaatsen naar secrets (zegt «p1.first»)
    steps:
      - uses: actions/checkout@v4
      - run: lftp -u "$SFTP_USER,$SFTP_PASSWORD" sftp://$SFTP_HOST -e "mirror -R dist/ /var/www; quit\"""",
    """Systeem\tGebruiker\tWachtwoord\tLaatst gewijzigd\tOpmerking
Twinfield\t«p1.email»\t«pw1»\t«dnum1»\tkantoor Noord
Nmbrs\t«p2.email»\t«pw2»\t«dnum2»\talleen salarisadministratie
Snelstart\tadmin\t«pw3»\t\tnog overzetten""",
    """[
  {
    "type": "message",
    "user": "U04QKT2M1",
    "user_profile": {"real_name": "«p1.full»", "display_name": "«p1.firstl»"},
    "text": "wachtwoord van de planning-pc is nu «pw1» (met hoofdletter), niet doorsturen aub",
    "ts": "1768391022.004519"
  },
  {
    "type": "message",
    "user": "U02JX9L77",
    "user_profile": {"real_name": "«p2.full»", "display_name": "«p2.firstl»"},
    "text": "top, werkt 👍",
    "ts": "1768391102.004800"
  }
]""",
    """«acc1.name»
«acc1.adres»
«acc1.pc» «acc1.town»

Vertrouwelijk - persoonlijk overhandigen

Beste «p1.first»,

Welkom bij ons team! Je start op «date1» om «time1». Hieronder je inloggegevens voor de eerste werkdag.

Gebruikersnaam Windows/Office 365: «p1.email»
Tijdelijk wachtwoord: «pw1»
Printercode: je personeelsnummer

Bij de eerste keer inloggen word je gevraagd een eigen wachtwoord te kiezen en de Authenticator-app te koppelen.
Je buddy is «p2.full», bereikbaar op «p2.tel».

Met vriendelijke groet,
«p3.full»
Office manager""",
    """[transcriptie geeltje, monitor receptie]

wifi gasten: KantoorGast
ww = «pw1»
printer beheer: admin / «pw2»
niet weggooien!! - «p1.firstl»""",
    F("""[CRITICAL] «host1» - Veeam backup job 'Dagelijks-Klantdata' failed
Tijd: «ts1»
Fout: Authentication failed for \\\\«ip1»\\backup (user: svc_backup, password: «pw1»)
Klant: «acc1.name»
Contactpersoon: «p1.full» «p1.tel»
Ticket aangemaakt: «tick1»""", ""),
    """Hoi «p1.first»,

Zoals besproken: de login voor Realworks staat nog op mijn naam.
Gebruiker: «make1.mail»
Wachtwoord: «pw1»

Wil je na de bezichtiging van «time1» even een nieuw wachtwoord instellen? Dan kan ik «wday1» mijn account opruimen.

«@sig:p2»""",
    """Ticket «tick1» - Klant kan niet inloggen
Klant: «p1.full» («p1.email»)
Bestelling: «ord1»

Notitie «p2.first» («time1»): wachtwoord handmatig gereset naar «pw1». Klant telefonisch op de hoogte gebracht via «p1.tel». Graag na 24 uur controleren of klant zelf heeft gewijzigd.""",
    """Geachte relatie,

In de bijlage vindt u uw aangifte inkomstenbelasting «year1» als beveiligde PDF. Het wachtwoord om het bestand te openen is: «pw1»

Heeft u vragen, bel dan gerust met uw contactpersoon «p1.full» op «acc1.tel».

Met vriendelijke groet,
«acc1.name»""",
    F("""[«time1»] «p1.firstl»: wat was het ww van de boekhouding ook alweer
[«time2»] «p2.firstl»: «pw1»
[«time2»] «p2.firstl»: met hoofdletter aan het begin
[«time3»] «p1.firstl»: thx""", ""),
    """Hey «p1.first», quick one - the admin login for the Shopify store changed.
New password: «pw1»
Username is still our shared mailbox «shop1.mail». Can you update the 1Password vault? Dank je!
- «p2.first»""",
    """version: "3.8"
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: voorraad
      POSTGRES_PASSWORD: «pw1»
      POSTGRES_DB: voorraad
  app:
    image: registry.«log1.dom»/wms:latest
    environment:
      DATABASE_URL: postgres://voorraad:«pw1»@db:5432/voorraad""",
    """{
  "ConnectionStrings": {
    "Planning": "Server=«host1»;Database=Ritplanning;User Id=planner;Password=«pw1»;TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Beheerder": "«p1.full»"
}""",
    """Instellingen mail op nieuwe laptop van «p1.first»:
Inkomend: imap.«shop1.dom», poort 993
Uitgaand: smtp.«shop1.dom», poort 587
Gebruikersnaam: «shop1.mail»
Wachtwoord: «pw1»
Bij vragen bel «p2.full» «p2.tel»""".replace("«p1.first»", "«p1.first»"),
    """Voicemail van «p1.tel», ontvangen «hdate1», duur 0:48
Transcriptie: "Ja hallo met «p1.full» van de administratie. Ik heb het wachtwoord van de salarismodule aangepast, het is nu «pw1», ik app het ook nog even. Bel me anders terug, ik ben er tot «time1»." """,
    """Onderwerp: Uw nieuwe wachtwoord voor Mijn «gym1.name»

«@hi:p1»

Je hebt een nieuw wachtwoord aangevraagd. Je kunt vanaf nu inloggen met:
E-mail: «p1.email»
Wachtwoord: «pw1»

Tip: wijzig dit wachtwoord na het inloggen. Tot snel in de club!""",
    """[kantoor]
«host1» ansible_host=«ip1»

[kantoor:vars]
ansible_user=beheer
ansible_password=«pw1»
ansible_become_password=«pw2»
# klant: «msp1.name», contact «p1.full»""",
    """WIFI KANTOOR
Netwerk: «schoon1.name» Personeel
Wachtwoord: «pw1»

Gasten: vraag bij de balie""",
    """name,url,username,password,note
portaal.afas.nl,https://portaal.afas.nl/,«p1.email»,«pw1»,
klant.exactonline.nl,https://start.exactonline.nl/,«p1.email»,«pw2»,
www.bol.com,https://partner.bol.com/,«shop1.mail»,«pw3»,verkoopaccount""",
    """## Overdracht beheer «acc1.name» ({{datum}} vervangen)

| Systeem | Account | Wachtwoord | Opmerking |
|---|---|---|---|
| Firewall (Sophos) | admin | «pw1» | |
| Synology NAS | «p1.user» | «pw2» | backup naar «host1» |
| M365 break-glass | noodaccount | «pw3» | in kluis |

Contact klant: «p1.full», «p1.tel»""".replace("{{datum}} vervangen", "versie «dnum1»"),
    """Hi «p1.first»,

your temporary password for the Magento admin panel is «pw1». Please change it after your first login and enable 2FA.

Cheers,
«p2.first» | «shop1.name» support""",
    """machine ftp.«log1.dom»
  login «p1.user»
  password «pw1»
machine «host1»
  login edi
  password «pw2»""",
    """# ophalen scans van de NAS naar de boekhouding
$user = "KANTOOR\\«p1.user»"
$pass = ConvertTo-SecureString "«pw1»" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name S -PSProvider FileSystem -Root "\\\\«host1»\\scans" -Credential $cred
# gemaakt door «p2.full»""",
    F("""tel notitie «date1»:
mevr «p1.last» belde, kan niet in de fotogalerij van de bruiloft. heb nieuw ww gemaakt: «pw1»
mailadres klopt: «p1.email»
foto's klaar vóór «wday1»""", ""),
    """Beste collega's,

Voor het nieuwe planningsscherm in de loods:
- account: loods-tv
- wachtwoord: «pw1»
Dit is GEEN persoonlijk account, niet gebruiken voor mail.

«@sig:p1»""",
    """Subject: Toegang klantdossier «p1.full»

Hoi «p2.first»,

Het gedeelde dossier staat op de portal van «make1.name». Inloggen met «p2.email» en wachtwoord «pw1» (tijdelijk). Koopsom «huis1», overdracht op «date1».

«@sig:p3»""",
]

# ---------------------------------------------------------------------------------------------- API_KEY
T_API = [
    """# Exact Online: openstaande posten ophalen (script van «p1.first»)
$token = "«k1.exact»"
$headers = @{ Authorization = "Bearer $token"; Accept = "application/json" }
$division = 2718193
Invoke-RestMethod -Uri "https://start.exactonline.nl/api/v1/$division/financial/ReceivablesList" -Headers $headers""",
    """package main

import (
\t"context"
\t"fmt"

\topenai "github.com/sashabaranov/go-openai"
)

func main() {
\tclient := openai.NewClient("«k1.openai»")
\tresp, err := client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{
\t\tModel: openai.GPT4o,
\t\tMessages: []openai.ChatCompletionMessage{{Role: "user", Content: "Vat deze vrachtbrief samen"}},
\t})
\tfmt.Println(resp, err)
}""",
    """use reqwest::header::{HeaderMap, HeaderValue};

fn headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    // TODO: uit env halen, nu even hardcoded voor de demo bij «acc1.name»
    h.insert("x-api-key", HeaderValue::from_static("«k1.anthropic»"));
    h.insert("anthropic-version", HeaderValue::from_static("2023-06-01"));
    h
}""",
    """using Stripe;

public class BetaalService
{
    public BetaalService()
    {
        StripeConfiguration.ApiKey = "«k1.stripe»";
    }
    // terugbetaling voor order «ord1», bedrag «amt1»
}""",
    """{
  "name": "Moneybird facturen naar Slack",
  "nodes": [
    {
      "parameters": {"url": "https://moneybird.com/api/v2/«admid1»/sales_invoices.json", "authentication": "genericCredentialType"},
      "name": "HTTP Request",
      "type": "n8n-nodes-base.httpRequest"
    }
  ],
  "credentials": {
    "httpHeaderAuth": {"name": "Authorization", "value": "Bearer «k1.moneybird»"}
  },
  "meta": {"instanceId": "«uuid1»"}
}""",
    """Zap: Nieuwe bestelling -> Moneybird factuur
Step 2: Webhooks by Zapier (Custom Request)
  Method: POST
  URL: https://moneybird.com/api/v2/administrations/sales_invoices
  Headers:
    Authorization: Bearer «k1.moneybird»
    Content-Type: application/json
Owner: «p1.email»""",
    """{
  "name": "Offerte-mail samenvatten",
  "flow": [
    {"id": 2, "module": "http:ActionSendData", "mapper": {
      "url": "https://api.openai.com/v1/chat/completions",
      "method": "post",
      "headers": [{"name": "Authorization", "value": "Bearer «k1.openai»"}],
      "bodyType": "raw"
    }}
  ],
  "metadata": {"scenario": {"maxErrors": 3}}
}""",
    """# secrets.yaml - Home Assistant kantoor
openai_api_key: «k1.openai»
nibe_token: «k2.ha»
mqtt_user: ha
latitude_kantoor: 52.37
weerlive_key: «k3.mistral»""",
    """{
  "id": "«uuid1»",
  "name": "AFAS Profit - productie",
  "values": [
    {"key": "baseUrl", "value": "https://«afasenv1».rest.afas.online/ProfitRestServices", "type": "default", "enabled": true},
    {"key": "afasToken", "value": "«k1.afas»", "type": "secret", "enabled": true},
    {"key": "connector", "value": "Medewerkers_Actief", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}""",
    """curl 'https://api.openai.com/v1/chat/completions' \\
  -H 'accept: */*' \\
  -H 'authorization: Bearer «k1.openai»' \\
  -H 'content-type: application/json' \\
  --data-raw '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"maak een offerte voor «cnt.uren» snoeiwerk"}]}'""",
    """:authority: moneybird.com
:method: GET
:path: /api/v2/«admid1»/contacts.json
accept: application/json
authorization: Bearer «k1.moneybird»
sec-ch-ua-platform: "Windows"
user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)""",
    """«ts1» WARN  payments.client retry=2 url=https://api.mollie.com/v2/payments api_key=«k1.mollie» status=429 order=«ord1»
«ts2» ERROR payments.client giving up after 3 retries""",
    """[default]
aws_access_key_id = «k1.aws»
aws_secret_access_key = «k2.awssecret»
region = eu-central-1

# bucket met foto's van studio, vraag «p1.first»""",
    """Na het klonen kreeg ik steeds een 403, nu werkt het wel met:
git remote set-url origin https://oauth2:«k1.ghp»@github.com/kantoor-dev/webshop-thema.git
kun je dat token na vandaag intrekken? groet «p1.firstl»""",
    """<!-- woningkaart op de aanbodpagina -->
<div id="kaart" data-adres="Aanbod"></div>
<script async src="https://maps.googleapis.com/maps/api/js?key=«k1.google»&callback=initKaart"></script>""",
    """import os
from slack_sdk import WebClient

# melding bij nieuwe retouren
SLACK_BOT_TOKEN = "«k1.slack»"
client = WebClient(token=SLACK_BOT_TOKEN)
client.chat_postMessage(channel="#retouren", text="Nieuwe retour binnen")""",
    """«@hi:p1»

De koppeling met het klantportaal geeft een 401. In de devtools zie ik deze header meegaan:

Authorization: Bearer «k1.jwt»

Is die token nog geldig? Ticket «tick1».

«@sig:p2»""",
    """Hier de private key voor de SFTP-koppeling met de vervoerder (alleen voor «p1.first»):

«k1.pem»

Publieke sleutel staat al op «host1».""",
    """<token><version>1</version><data>«k1.afas»</data></token>
^ dit is de token voor de GetConnector Medewerkers. Base64 encoden voor de header. Komt van «p1.full» (HR).""",
    """Exact Online app-registratie «acc1.name»
Client ID: «uuid1»
Client secret: «k1.exactsecret»
Redirect URI: https://koppeling.«acc1.dom»/callback
Laatste refresh token: «k2.exact»""",
    """MAIL_MAILER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_PORT=587
MAIL_USERNAME=apikey
MAIL_PASSWORD=«k1.sendgrid»
MAIL_FROM_ADDRESS=«shop1.mail»""",
    """Mailchimp for WooCommerce - Instellingen
API-sleutel: «k1.mailchimp»
Lijst: Nieuwsbrief klanten («=2.318 contacten»)
Laatste synchronisatie: «ts1»""",
    """{
  "sms": {
    "provider": "twilio",
    "account": "AC«hex1»",
    "api_key_secret": "«k1.twilio»",
    "from": "+3197010"
  }
}""",
    """$ huggingface-cli login --token «k1.hf»
Token is valid (permission: write).
Your token has been saved to /home/«p1.user»/.cache/huggingface/token
Login successful""",
    F("""[«time1»] «p1.firstl»: kan iemand de hubspot koppeling testen? private app token: «k1.hubspot»
[«time2»] «p2.firstl»: doe ik na de lunch""", ""),
    """{
  "AzureOpenAI": {
    "Endpoint": "https://vertaal-noord.openai.azure.com/",
    "ApiKey": "«k1.azure»",
    "Deployment": "gpt-4o"
  }
}""",
    """[{"id":"f1a2","type":"telegram bot","botname":"ritmeldingen_bot","token":"«k1.telegram»"},
 {"id":"f1a3","type":"inject","name":"elke ochtend om «time1»"}]""",
    """[dropbox-fotos]
type = dropbox
token = {"access_token":"«k1.dropbox»","token_type":"bearer","expiry":"«ts1»"}""",
    """; .npmrc in de repo van het klantportaal
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«k1.npm»""",
    """GitLab > Settings > CI/CD > Variables (export)
DEPLOY_TOKEN      «k1.gitlab»        masked: no
BOL_CLIENT_SECRET «k2.bol»          protected: yes
OWNER             «p1.email»""",
    """# notebook: facturen classificeren
from mistralai import Mistral
client = Mistral(api_key="«k1.mistral»")
# «=312 facturen» uit Q1, bedragen tot «amt1»""",
    """Rotated the Anthropic key after the offboarding of «p1.full». New key for the translation pipeline: «k1.anthropic»
Old key revoked on «dnum1». Please update the vault, «p2.first».""",
    """{
  "type": "service_account",
  "project_id": "agenda-koppeling-«num1»",
  "private_key_id": "«hex1»",
  "private_key": "«k1.gcpsa»",
  "client_email": "«saemail1»"
}""",
    """Hoi «p1.first», voor de nieuwe webshop heb je de live sleutels nodig:
Mollie: «k1.mollie»
Stripe (restricted): «k2.stripe_rk»
Zet ze niet in de chat svp 🙈 - «p2.first»""",
    """INFO 2026/03/11 08:02:11 starting koppeling exact->bol
DEBUG config loaded: {"exact_token":"«k1.exact»","bol_secret":"«k2.bol»","dry_run":false}
INFO synced «cnt.bestellingen»""",
]

# ---------------------------------------------------------------------------------------------- BSN
T_BSN = [
    """Aanmelding basisschool via e-mail
Van: «p1.email»
Beste administratie,
Hierbij de gegevens van onze dochter «p2.first» voor groep 1:
Naam: «p2.full»
Geboortedatum: «p2.kdob»
BSN: «p2.bsn»
Huisarts: praktijk «town1»
Groet, «p1.full» («p1.tel»)""",
    F("""GEMEENTE - UITTREKSEL BRP (SCAN)
GESLACHTSNAAM: «p1.ulast»
VOORNAMEN: «p1.ugiven»
GEBOORTEDATUM: «p1.dob»
BURGERSERVICENUMMER: «p1.bsn»
ADRES: «p1.adres»
POSTCODE: «p1.pc»""", "UO"),
    """Hoi «p1.first», de uitvaartverzekeraar vraagt het BSN van je moeder om de polis uit te keren. Volgens de akte is het «p2.bsn» (geboren «p2.dob»). Klopt dat? Groet, «p3.first» - «uitv1.name»""",
    """Formulier teruggaaf zorgkosten (invulhulp Belastingdienst-spreekuur)
Belastingplichtige: «p1.full»
BSN: «p1.bsn»
Fiscaal partner: «p2.full», BSN «p2.bsn»
Specifieke zorgkosten: «amt1»
Afspraak spreekuur: «date1», «time1»""",
    """Aanvraag Wmo-voorziening
Naam aanvrager: «p1.full»
BSN: «p1.bsn»
Geboortedatum: «p1.dob»
Adres: «@addr1:p1»
Telefoon: «p1.tel»
Gevraagde voorziening: huishoudelijke ondersteuning, «cnt.uren» per week
Keukentafelgesprek gepland op «date1» om «time1».""",
    """«gem1.name»
Betreft: uw aanvraag bijstandsuitkering, dossiernummer «dossier1»

«p1.aanhef» «p1.last»,

Wij hebben uw aanvraag ontvangen. Wij kennen u onder burgerservicenummer «p1.bsn». Om uw aanvraag te beoordelen hebben wij nog de bankafschriften van de afgelopen «cnt.maanden» nodig.

Met vriendelijke groet,
«p2.init»
consulent Werk en Inkomen""",
    """GEGEVENS OVERLEDENE (intern - «uitv1.name»)
Naam: «p1.full»
Geboren: «p1.dob» te «town1»
BSN: «p1.bsn»
Laatste adres: «@addr1:p1»

Opdrachtgever: «p2.full» («p2.haar» zoon/dochter), tel. «p2.tel»
Uitvaart: «date1», «time1», aula «town2»""",
    """Inschrijfformulier «school1.name» - schooljaar 2026-2027

Gegevens leerling
Achternaam: «p1.tvlast»
Roepnaam: «p1.first»
Geboortedatum: «p1.kdob»
Burgerservicenummer: «p1.bsn»

Ouder/verzorger 1: «p2.full», «p2.email», «p2.tel»
Ouder/verzorger 2: «p3.full», «p3.tel»""",
    """Intake schuldhulpverlening - «schuld1.name»
Cliënt: «p1.full», geboren «p1.dob»
BSN cliënt: «p1.bsn»
Partner: «p2.full», BSN «p2.bsn»
Totale schuld (voorlopig): «big1», «cnt.maanden» achterstand huur
Afspraak vervolg: «date1»""",
    F("""[«time1»] «p1.firstl»: voor de aangifte heb ik jullie bsn nodig
[«time2»] «p2.firstl»: mijn bsn is «p2.bsn»
[«time2»] «p2.firstl»: die van «p3.firstl» zoek ik even op
[«time3»] «p2.firstl»: «p3.bsn»""", ""),
    """«pens1.name»
Uniform Pensioenoverzicht «year1»

Deelnemer: «p1.init»
Burgerservicenummer: «p1.bsn»
Geboortedatum: «p1.dob»
Adres: «@addr1:p1»

Opgebouwd ouderdomspensioen per jaar: «amt1»
Te bereiken bij doorwerken tot pensioendatum: «amt2»""",
    """Van: «zorg1.mail»
Aan: «p1.email»
Onderwerp: Uw declaratie «dossier1»

«@hi:p1»

Wij hebben uw declaratie ontvangen voor verzekerde «p2.full» (BSN «p2.bsn»). Het bedrag van «amt1» wordt binnen «cnt.dagen» overgemaakt op rekening «p1.iban».

Met vriendelijke groet,
Klantenservice «zorg1.name»""",
    F("""KONINKRIJK DER NEDERLANDEN
IDENTITEITSKAART
Naam / Surname
«p1.ulast»
Voornamen / Given names
«p1.ugiven»
Geboortedatum / Date of birth
«p1.dob»
Persoonsnummer / Personal No.
«p1.bsn»
Geldig tot / Date of expiry
«dnum1»""", "UO"),
    F("""«p1.firstl»: hoi zus, mam moet die wmo aanvraag nog tekenen
«p2.firstl»: ik heb haar bsn hier: «p3.bsn»
«p2.firstl»: geboren «p3.dob» staat er""".replace("«p3.dob»", "«p3.dob»"), ""),
    """Hallo «p1.first»,

Voor de loonadministratie heb ik nog je BSN nodig. Kun je die hier zetten?

-- antwoord --
Hoi, hier is hij: «p2.bsn». Startdatum klopt, «date1».
«p2.first»""".replace("«p2.bsn»", "«p2.bsn»"),
    """Huurwoning «make1.name» - inschrijving kandidaat-huurder
Naam: «p1.full»
Geboortedatum: «p1.dob»
BSN: «p1.bsn»
Bruto jaarinkomen: «big1»
Huidig adres: «@addr1:p1»""".replace("«p1.bsn»", "«p1.bsn»"),
    """Machtiging zorgverzekering
Verzekeringnemer: «p1.full»
Burgerservicenummer: «p1.bsn»
Meeverzekerde kinderen:
- «p2.full», geb. «p2.kdob», BSN «p2.bsn»
- «p3.full», geb. «p3.kdob», BSN «p3.bsn»
Incasso van «p1.iban»""",
    """clientnr;bsn;naam;geboortedatum;indicatie;uren_pw
«cust1»;«p1.bsn»;«p1.rev»;«p1.dob»;HH1;«cnt.uren»""",
    F("""hoi «p1.firstl» ik heb de gegevens van mevrouw «p2.last» voor de wmo
bsn «p2.bsn»
adres «p2.adres»
wil je het dossier aanmaken? ik zit morgen op «town1»""", ""),
    """Hi «p1.first»,

For your Dutch tax return I need a few details. Your BSN (citizen service number) is «p1.bsn» according to the letter from the municipality. Could you also send the BSN of your partner «p2.first»? The deadline is «date1».

Best, «p3.first» - «acc1.name»""".replace("«p1.first»", "«p1.first»"),
    """Voicemail van «p1.tel» («hdate1»)
"Goedemiddag, u spreekt met «p1.full». Ik bel over mijn aanvraag huurtoeslag. Mijn burgerservicenummer is «p1.bsn». Wilt u mij terugbellen? Dank u wel." """.replace("«p1.full»", "«p1.full»"),
    """Overzicht schuldeisers t.b.v. «p1.full» (BSN «p1.bsn»)
| schuldeiser | dossier | bedrag |
|---|---|---|
| Belastingdienst/Toeslagen | «dossier1» | «amt1» |
| CJIB | «dossier2» | «amt2» |
| Zorgverzekeraar | «dossier3» | «amt3» |
Beschermingsbewindvoerder: «p2.full»""",
    """«pens1.name»
Aan de nabestaanden van «p1.full»

Betreft: partnerpensioen na overlijden van «p1.full»
BSN overledene: «p1.bsn»
Datum overlijden: «dnum1»

«p2.aanhef» «p2.last»,

Met deze brief bevestigen wij dat u recht heeft op partnerpensioen van «amt1» bruto per maand.""".replace("«p1.full»", "«p1.full»"),
    """Melding verhuizing (ingevuld via balie)
Naam: «p1.full»
BSN: «p1.bsn»
Oud adres: «p1.adres»
Nieuw adres: «p2.adres», «p2.pc» «p2.town»
Meeverhuizend: «p3.full» (BSN «p3.bsn»)
Ingangsdatum: «dnum1»""".replace("«p1.adres»", "«p1.adres»"),
    """AANGIFTE OVERLIJDEN - «uitv1.name»
Overledene: «p1.upper»
Burgerservicenummer: «p1.bsn»
Geboortedatum: «p1.dob»
Aangever: «p2.full», uitvaartverzorger
Ingediend bij gemeente op «date1»""".replace("«date1»", "«date1»"),
    F("""LEERLINGDOSSIER
NAAM: «p1.upper»
BSN: «p1.bsn»
GEB. DATUM: «p1.kdob»
MENTOR: «p2.ulast»
OPMERKING: EXTRA TIJD BIJ TOETSEN (DYSLEXIEVERKLARING AANWEZIG)""", "O"),
    """Inschrijving huisartsenpraktijk
Naam: «p1.full»
Geboortedatum: «p1.dob»
BSN: «p1.bsn»
Vorige huisarts: praktijk in «town1»
Telefoon: «p1.tel»""",
    """Aanvraag kinderopvangtoeslag (hulp door sociaal raadsman)
Aanvrager: «p1.full», BSN «p1.bsn»
Toeslagpartner: «p2.full», BSN «p2.bsn»
Kind: «p3.first», geboren «p3.kdob»
Opvang: «cnt.uren» per maand à «small1» per uur""",
    """Hoi «p1.first»,

Zoals gevraagd de gegevens van mijn vader voor het jeugdfonds... nee sorry, voor de Wmo-taxipas:
Naam: «p2.full»
BSN: «p2.bsn»
Adres: «@addr:p2»

Groetjes, «p1.first»""",
    """Formulier Eigen bijdrage CAK
Cliënt: «p1.rev»
Burgerservicenummer: «p1.bsn»
Bijdrage per periode: «amt1»""",
    """UWV - gegevens werknemer ziekmelding
Werknemer: «p1.init»
BSN: «p1.bsn»
Eerste ziektedag: «dnum1»
Werkgever: «log1.name»""".replace("«p1.init»", "«p1.init»"),
    F("""Van: «p1.email»
Onderwerp: gegevens nieuwe huurder

Hierbij de gegevens van «p2.full» voor het huurcontract:
geboren «p2.dob»
bsn «p2.bsn»
iban «p2.iban»
Mvg «p1.first»""".replace("«p2.full»", "«p2.full»"), ""),
    """Bewindvoering - mutatieformulier
Cliënt: «p1.full» (BSN «p1.bsn»)
Nieuwe vaste last: huur «huur1» per maand vanaf «date1»
Leefgeld per week: «small1»""",
    """Zorgtoeslag bezwaar
Ik, «p1.full», BSN «p1.bsn», maak bezwaar tegen de beschikking van «dnum1». Ik ben het niet eens met het terug te betalen bedrag van «amt1».
Handtekening: «p1.full»""".replace("«p1.full»", "«p1.full»"),
    """{"clientId": "«cust1»", "naam": "«p1.full»", "bsn": "«p1.bsn»", "geboortedatum": "«p1.dob»", "gemeente": "«town1»", "voorziening": "rolstoel"}""",
]


# ---------------------------------------------------------------------------------------------- SALARY_SLIP
def slip_values(ctx, kind="month", fmt="nl"):
    r = ctx.r
    f = {"nl": lambda x: nl_num(x), "en": lambda x: en_num(x), "eur": lambda x: "€ " + nl_num(x), "EUR": lambda x: "EUR " + nl_num(x)}[fmt]
    bruto = r.randint(2150, 7400) + r.choice([0, 0.5, 0.25, 0.13, 0.87, 0.4])
    toeslag = r.choice([0, 0, 0, round(bruto * r.choice([0.05, 0.1, 0.15]), 2)])
    if kind == "vak":
        bruto = round(bruto * 12 * 0.08, 2)
        toeslag = 0
    if kind == "13e":
        toeslag = 0
    pens = round(bruto * r.uniform(0.04, 0.075), 2)
    lh = round((bruto + toeslag - pens) * (r.uniform(0.33, 0.5) if kind in ("vak", "13e") else r.uniform(0.15, 0.34)), 2)
    reis = 0 if kind in ("vak", "13e") else r.choice([0, 84.0, 126.4, 57.6, 190.8, 23.0])
    netto = round(bruto + toeslag - pens - lh + reis, 2)
    uren = r.choice([24, 32, 36, 38, 40])
    vals = dict(bruto=bruto, toeslag=toeslag, pens=pens, lh=lh, reis=reis, netto=netto, inh=round(pens + lh, 2),
                fiscaal=round(bruto + toeslag - pens, 2), uurloon=round(bruto / (uren * 4.33), 2))
    for k, v in vals.items():
        ctx.put("s_" + k, "KEEP", f(v))
    ctx.put("s_uren", "TXT", str(uren))
    ctx.put("s_per", "TXT", r.choice(MONTHS) + " " + str(r.choice([2025, 2026])))
    ctx.put("s_pnr", "TXT", str(r.randint(100, 9999)))
    return vals


def slip(layout, kind="month", fmt="nl", flags=""):
    def build(ctx):
        v = slip_values(ctx, kind, fmt)
        t = layout
        if not v["toeslag"]:
            t = "\n".join(x for x in t.split("\n") if "«s_toeslag»" not in x)
        if not v["reis"]:
            t = "\n".join(x for x in t.split("\n") if "«s_reis»" not in x)
        return (t, flags)
    return build


T_SALARY = [
    slip("""Nmbrs | Loonstrook «s_per»
Werkgever: «log1.name»
Werknemer: «p1.full» (pers.nr. «s_pnr»)
BSN: «p1.bsn»
Uren per week: «s_uren»

Salaris                        «s_bruto»
Toeslag onregelmatigheid       «s_toeslag»
Pensioenpremie PMT            -«s_pens»
Loonheffing (groene tabel)    -«s_lh»
Reiskostenvergoeding           «s_reis»
---------------------------------------
Netto uit te betalen           «s_netto»
Uitbetaald op «p1.iban»"""),
    slip("""Loket.nl - SALARISSPECIFICATIE
Periode: «s_per»
Naam: «p1.init»
Adres: «@addr:p1»
Geboortedatum: «p1.dob»

Omschrijving            Bedrag
Uurloon                 «s_uurloon»
Bruto loon              «s_bruto»
Inh. pensioen           «s_pens»
Loonheffing             «s_lh»
Netto                   «s_netto»""", fmt="eur"),
    slip("""VISMA | Raet - Salarisstrook
Medewerker «s_pnr» - «p1.rev»
Afdeling: Klantenservice webshop

Bruto salaris ........ «s_bruto»
Onregelm. toeslag .... «s_toeslag»
Pensioen werknemer ... «s_pens»
Loonheffing .......... «s_lh»
Reiskosten (onbelast)  «s_reis»
Netto salaris ........ «s_netto»
Rekening: «p1.iban»"""),
    slip("""AFAS Profit - Loonstrook «s_per»
«acc1.name»
Medewerker: «p1.full»
BSN: «p1.bsn»
Functie: Assistent-accountant («s_uren» uur)

Looncomponent | Bedrag
Salaris | «s_bruto»
Pensioenpremie | -«s_pens»
Loonheffing | -«s_lh»
Reiskosten woon-werk | «s_reis»
Netto | «s_netto»"""),
    slip("""Exact Online Loonadministratie
LOONSTROOK «s_per»
«p1.full», «p1.adres», «p1.pc» «p1.town»
Pers.nr «s_pnr»

Brutoloon               «s_bruto»
Fiscaal loon            «s_fiscaal»
Ingehouden loonheffing  «s_lh»
Pensioenpremie          «s_pens»
Netto loon              «s_netto»"""),
    slip("""LOONSTROOK «s_per»
WERKNEMER: «p1.upper»
BSN: «p1.bsn»
BRUTO SALARIS «s_bruto»
PENSIOEN -«s_pens»
LOONHEFFING -«s_lh»
NETTO «s_netto»
IBAN «p1.iban»""", flags="UO"),
    slip("""periode;personeelsnr;naam;bruto;pensioen;loonheffing;reiskosten;netto;iban
«s_per»;«s_pnr»;«p1.full»;«s_bruto»;«s_pens»;«s_lh»;«s_reis»;«s_netto»;«p1.iban»"""),
    slip("""## Loonstrook «s_per» - «p1.full»

| Component | Bedrag |
|---|---:|
| Bruto salaris | «s_bruto» |
| Toeslag | «s_toeslag» |
| Pensioen | -«s_pens» |
| Loonheffing | -«s_lh» |
| Reiskosten | «s_reis» |
| **Netto** | **«s_netto»** |

Uitbetaald op «p1.iban»."""),
    slip("""+---------------------------+--------------+
| «schoon1.name» - «s_per»
| Medewerker: «p1.init»
| Geboren: «p1.dob»
+---------------------------+--------------+
| Bruto loon                | «s_bruto»
| Pensioen (PFZW)           | «s_pens»
| Loonheffing               | «s_lh»
| Netto                     | «s_netto»
+---------------------------+--------------+"""),
    slip("""PAYSLIP - «s_per»
Employer: «vert1.name»
Employee: «p1.full»
Citizen service number (BSN): «p1.bsn»
Gross salary          «s_bruto»
Pension contribution  («s_pens»)
Wage tax              («s_lh»)
Travel allowance      «s_reis»
Net pay               «s_netto»
Paid to account «p1.iban»""", fmt="en"),
    slip("""Specificatie vakantiegeld «year1»
Werknemer: «p1.full»
Opgebouwd vakantiegeld («=8%») bruto: «s_bruto»
Pensioen: «s_pens»
Loonheffing bijzonder tarief: «s_lh»
Netto vakantiegeld: «s_netto»
Uitbetaling op «p1.iban» in mei""".replace("«p1.full»", "«p1.full»"), kind="vak", fmt="eur"),
    slip("""Nmbrs - Dertiende maand december
«p1.full», personeelsnummer «s_pnr»
Eindejaarsuitkering bruto     «s_bruto»
Pensioen                      «s_pens»
Loonheffing (bijz. tarief)    «s_lh»
Netto eindejaarsuitkering     «s_netto»""", kind="13e"),
    slip("""JAAROPGAAF «year1»
Werkgever: «fiets1.name»
Werknemer: «p1.full»
Burgerservicenummer: «p1.bsn»
Geboortedatum: «p1.dob»
Loon voor de loonheffing: «s_fiscaal»
Ingehouden loonheffing: «s_lh»
Pensioenpremie: «s_pens»
Verrekende arbeidskorting: ja""".replace("«year1»", "«year1»"), fmt="eur"),
    slip("""Beste «p2.first»,

Voor de hypotheekaanvraag stuur ik je hieronder de gegevens van mijn laatste loonstrook (de pdf wil niet uploaden):

Werkgever: «make1.name»
Naam: «p1.full»
Periode: «s_per»
Bruto salaris: «s_bruto»
Pensioenpremie: «s_pens»
Loonheffing: «s_lh»
Netto: «s_netto»

Werkgeversverklaring volgt «wday1».

Groet,
«p1.first»""".replace("«p1.full»", "«p1.full»"), fmt="eur"),
    slip("""«@fwd:p1»loonstrook maart

Hoi «p2.first», zie hieronder, is dit genoeg voor de bank?

> Salaris «s_per» - «p1.full»
> Bruto: «s_bruto»
> Loonheffing: «s_lh»
> Pensioen: «s_pens»
> Netto: «s_netto»""".replace("«p2.first»", "«p2.first»").replace("«p1.full»", "«p1.full»"), fmt="eur"),
    slip("""{
  "payslip": {
    "period": "«s_per»",
    "employee": {"name": "«p1.full»", "bsn": "«p1.bsn»", "iban": "«p1.iban»"},
    "gross": "«s_bruto»",
    "pension": "«s_pens»",
    "wage_tax": "«s_lh»",
    "travel": "«s_reis»",
    "net": "«s_netto»"
  }
}"""),
    slip("""Loonfiche «s_per»
Werkgever: «muziek1.name» (Gent)
Werknemer: «p1.full»
Rijksregister: zie dossier
Brutoloon: «s_bruto»
RSZ en bedrijfsvoorheffing: «s_inh»
Nettoloon: «s_netto»
Overgeschreven op «p1.iban»""".replace("«s_per»", "«s_per»"), fmt="eur"),
    slip("""Uitzendbureau Flexwerk Noord - weekstrook
Flexkracht: «p1.full», geb. «p1.dob»
Uurloon: «s_uurloon»
Bruto: «s_bruto»
Inhouding pensioen StiPP: «s_pens»
Loonheffing: «s_lh»
Netto: «s_netto»"""),
    slip("""Oproepkracht «p1.first» «p1.tvlast» - loonspecificatie «s_per»
Gewerkte uren x uurloon «s_uurloon» = bruto «s_bruto»
- pensioen «s_pens»
- loonheffing «s_lh»
= netto «s_netto»""".replace("«p1.tvlast»", "«p1.tvlast»")),
    slip("""Kun je uitleggen waarom mijn netto zo laag is deze maand? Dit is mijn loonstrook:

Naam: «p1.full»
Bruto: «s_bruto»
Toeslag ploegendienst: «s_toeslag»
Pensioen: «s_pens»
Loonheffing: «s_lh»
Reiskosten: «s_reis»
Netto: «s_netto»""", fmt="eur"),
    slip("""Omschrijving\tAantal\tBedrag
Salaris\t«s_uren»\t«s_bruto»
Pensioen\t\t-«s_pens»
Loonheffing\t\t-«s_lh»
Netto\t\t«s_netto»
Werknemer\t«p1.full»\t«p1.iban»"""),
    slip("""<table class="loonstrook">
  <tr><th colspan="2">Loonstrook «s_per» - «p1.full»</th></tr>
  <tr><td>Bruto</td><td>«s_bruto»</td></tr>
  <tr><td>Pensioen</td><td>«s_pens»</td></tr>
  <tr><td>Loonheffing</td><td>«s_lh»</td></tr>
  <tr><td>Netto</td><td>«s_netto»</td></tr>
  <tr><td>BSN</td><td>«p1.bsn»</td></tr>
</table>"""),
    slip("""Salarisstrook DGA «s_per»
«bouw1.name»
Directeur-grootaandeelhouder: «p1.full»
Gebruikelijk loon: «s_bruto»
Loonheffing: «s_lh»
Pensioen: «s_pens»
Netto: «s_netto»""", fmt="eur"),
    slip("""«schoon1.name»
Loonstrook «s_per» - «p1.full»
Adres: «@addr1:p1»
Contracturen: «s_uren»
Bruto loon «s_bruto»
Toeslag avonduren «s_toeslag»
Pensioenpremie «s_pens»
Loonheffing «s_lh»
Netto loon «s_netto»""".replace("«s_per»", "«s_per»")),
    slip("""Transport & Logistiek - loonspecificatie «s_per»
Chauffeur: «p1.full» (rijbewijs C/E)
Basisloon «s_bruto»
ORT/overwerk «s_toeslag»
Verblijfskosten (onbelast) «s_reis»
Pensioen PMT «s_pens»
Loonheffing «s_lh»
Te ontvangen «s_netto»"""),
    slip("""Hoi «p1.first»,

Bijgaand je loonstrook over «s_per». Kort samengevat: bruto «s_bruto», ingehouden «s_inh» aan pensioen en loonheffing, netto «s_netto». Het wordt «wday1» op je rekening «p1.iban» gestort.

Reiskosten meegenomen: «s_reis»

Groet, «p2.first» (salarisadministratie)""", fmt="eur"),
    slip("""<?xml version="1.0"?>
<loonstrook periode="«s_per»">
  <werknemer naam="«p1.full»" bsn="«p1.bsn»"/>
  <bruto>«s_bruto»</bruto>
  <pensioen>«s_pens»</pensioen>
  <loonheffing>«s_lh»</loonheffing>
  <netto>«s_netto»</netto>
</loonstrook>""", fmt="en"),
    slip("""Correctie loonstrook «s_per»
Naam: «p1.full»
Nabetaling uren vorige maand verwerkt.
Bruto: «s_bruto»
Inhoudingen totaal: «s_inh»
Netto: «s_netto»
Excuses voor de vertraging, «p2.first»""".replace("«s_bruto»", "«s_bruto»"), fmt="eur"),
    slip("""salary slip «s_per» | «gym1.name»
name: «p1.fulll»
gross «s_bruto»
pension «s_pens»
tax «s_lh»
net «s_netto»""", fmt="EUR"),
    slip("""Mail aan hypotheekadviseur «p2.full»:

Hierbij de cijfers van de loonstroken van mij en «p3.first». Mijn loonstrook «s_per»:
Bruto «s_bruto», netto «s_netto», pensioenpremie «s_pens», loonheffing «s_lh».
Werkgever: «log1.name», vast dienstverband sinds «year1».
BSN staat op de strook: «p1.bsn»

«p1.full»""".replace("«s_bruto»", "«s_bruto»"), fmt="eur"),
]

# ---------------------------------------------------------------------------------------------- SIGNED_CONTRACT
T_CONTRACT = [
    """Subject: Signed contract - cleaning services

Hi «p1.first»,

Attached you will find the cleaning agreement, signed by our director «p2.full» on «datey1». Weekly cleaning of the office at «acc1.adres», «acc1.pc» «acc1.town», «fee1» per visit, starting «date1».

Best regards,
«p3.full»
«schoon1.name»""",
    """Validsign - Certificaat van ondertekening
Document: Franchiseovereenkomst «fran1.name» - vestiging «town1»
Ondertekenaar 1: «p1.full», «p1.email», ondertekend «ts1», IP «ip1»
Ondertekenaar 2: «p2.full», «p2.email», ondertekend «ts2», IP «ip2»
Alle partijen hebben ondertekend. Franchisefee «pct1», entreefee «big1».""",
    F("""HANDGESCHREVEN OPDRACHTBON (SCAN)
OPDRACHTGEVER: «p1.upper»
ADRES: «p1.adres» «p1.town»
WERK: SCHUTTING VERVANGEN 12 M
PRIJS: «amt1»
AKKOORD + HANDTEKENING: «p1.ini1» (GETEKEND «dnum1»)""", "UO"),
    """KOOPOVEREENKOMST WOONHUIS (model NVM)

De ondergetekenden:
1. «p1.full», wonende te «@addr1:p1», hierna "verkoper";
2. «p2.full» en «p3.full», wonende te «@addr1:p2», hierna "koper";

verklaren te zijn overeengekomen dat verkoper verkoopt aan koper de woning aan de «p4.adres» te «p4.town», voor een koopsom van «huis1» k.k.
Ontbindende voorwaarde financiering tot «date1». Waarborgsom «pct1» van de koopsom.

Aldus opgemaakt en ondertekend te «town1» op «datey1».

Verkoper: [handtekening] «p1.full»
Koper: [handtekening] «p2.full»    [handtekening] «p3.full»""",
    """OVEREENKOMST VAN KOOP EN VERKOOP VAN EEN ONDERNEMING

Partijen:
«p1.full», handelend onder de naam «fiets1.name», KvK «fiets1.kvk», hierna "Verkoper"
en
«p2.full», geboren op «p2.dob», wonende «@addr1:p2», hierna "Koper"

Artikel 1. Verkoper verkoopt de onderneming inclusief inventaris en voorraad (geschat «cnt.fietsen») voor «big1».
Artikel 2. Overdracht per «date1».
Artikel 3. Concurrentiebeding: «cnt.maanden» binnen een straal van 10 km.

Getekend in tweevoud,
Verkoper: ..«p1.ini1»..(get.)          Koper: ..«p2.ini1»..(get.)
Datum: «dnum1»""".replace("«@addr1:p2»", "«@addr1:p2»"),
    """FRANCHISEOVEREENKOMST «fran1.name»

Franchisegever: «fran1.name», KvK «fran1.kvk»
Franchisenemer: «p1.full», «@addr1:p1»

Entreefee: «big1»
Franchisefee: «pct1» van de netto-omzet, maandelijks
Looptijd: 5 jaar vanaf «datey1»

Voor akkoord en ondertekend:
franchisegever: «p2.full»  (digitaal ondertekend)
franchisenemer: «p1.full»  (digitaal ondertekend)""".replace("«datey1»", "«datey1»"),
    """Schoonmaakovereenkomst nr. «inv1»
Opdrachtgever: «acc1.name», vertegenwoordigd door «p1.full»
Opdrachtnemer: «schoon1.name», vertegenwoordigd door «p2.full»

Frequentie: «cnt.uren» per week, kantoor «acc1.adres», «acc1.pc» «acc1.town»
Tarief: «amt1» per maand excl. btw

Ondertekend op «date1»:
«p1.full» _____«p1.ini1»_____      «p2.full» _____«p2.ini1»_____""".replace("«date1»", "«date1»"),
    """LIDMAATSCHAPSOVEREENKOMST «gym1.name»
Lid: «p1.full»
Geboortedatum: «p1.dob»
Adres: «@addr1:p1»
E-mail: «p1.email»
IBAN (incasso): «p1.iban»
Abonnement: All-in, «fee1» per 4 weken, minimale looptijd «cnt.maanden»

Handtekening lid: ✍ «p1.full»   Datum: «dnum1»
Namens de club: «p2.first»""".replace("«p1.full»", "«p1.full»").replace("«amt1»", "«amt1»"),
    """Schoolcontract / ouderovereenkomst «school1.name» schooljaar 2026-2027
Leerling: «p1.full», geboren «p1.kdob»
Ouder: «p2.full», «p2.email»
Vrijwillige ouderbijdrage: «fee1»
Toestemming foto's op website: ja

Gezien en getekend door ouder/verzorger op «dnum1»:
[handtekening] «p2.full»""".replace("«p1.full»", "«p1.full»"),
    """AFSCHRIFT
Heden, «datey1», verscheen voor mij, mr. «p1.full», notaris te «town1»:
«p2.full», geboren te «town2» op «p2.dob», wonende te «@addr1:p2».
De comparant verklaarde bij deze uiterste wilsbeschikking te herroepen alle vroeger door haar of hem gemaakte testamenten en te benoemen tot enige erfgenamen: «p3.full» en «p4.full».
WAARVAN AKTE, verleden te «town1».
Na zakelijke opgave van de inhoud hebben de comparant en ik, notaris, deze akte ondertekend.
(w.g.) «p2.init», «p1.init»""".replace("«p3.full»", "«p3.full»").replace("«p1.init»", "«p1.init»"),
    """OFFERTE «inv1» - «tuin1.name»
Aan: «p1.full», «@addr1:p1»
Werkzaamheden: aanleg terras en beplanting, «cnt.uren» arbeid
Totaal: «amt1» incl. btw

VOOR AKKOORD:
Naam: «p1.full»
Datum: «dnum1»
Handtekening: (getekend)   «p1.ini1»""".replace("«p1.full»", "«p1.full»").replace("«p1.ini1»", "«p1.ini1»"),
    """Getekende offerte retour - «bouw1.name»
Offerte «inv1»: dakkapel plaatsen, «amt1» incl. materiaal
Adres werk: «p1.adres», «p1.pc» «p1.town»

Akkoord opdrachtgever: «p1.full»
Getekend d.d. «dnum1» — handtekening aanwezig op origineel
Aanbetaling «=30%» te voldoen op «bouw1.iban»""".replace("«inv1»", "«inv1»").replace("«p1.full»", "«p1.full»").replace("30%%", "30%"),
    """SERVICE AGREEMENT

This Agreement is entered into on «datey1» between «vert1.name» ("Provider") and «p1.full», residing at «@addr1:p1» ("Client").
1. Services: certified translation of «cnt.pagina's» (Dutch-English).
2. Fee: «amt1», payable within «cnt.dagen».
IN WITNESS WHEREOF the parties have signed this Agreement.

Signed: /s/ «p1.full»                 Signed: /s/ «p2.full», director
Date: «dnum1»""".replace("«p1.full»", "«p1.full»").replace("«@addr1:p1»", "«@addr1:p1»").replace("«cnt.dagen»", "«cnt.dagen»").replace("«dnum1»", "«dnum1»"),
    """Yousign - Audit trail
Document: Koopovereenkomst_«p1.last».pdf
Signature request ID: «uuid1»

Signer 1: «p1.full» <«p1.email»>
  Signed at: «ts1» (Europe/Amsterdam)
  Authentication: SMS OTP to «p1.tel»
Signer 2: «p2.full» <«p2.email»>
  Signed at: «ts2»
Status: DONE — all signers have signed
Koopsom in document: «huis1»""",
    """Signhost transactiebewijs
Transactie-ID: «uuid1»
Document: Huurovereenkomst «p1.adres», «p1.town»
Ondertekenaar: «p1.full» («p1.email»)
Methode: iDIN, bank geverifieerd
Ondertekend op «ts1»
Huurprijs «huur1» per maand, ingangsdatum «date1»
Status: Ondertekend door alle partijen""".replace("«p1.adres»", "«p1.adres»").replace("«date1»", "«date1»"),
    """ValidSign - Evidence Summary
Package: Arbeidsovereenkomst «p1.full»
Created: «ts1»
Signers:
 - «p1.full» («p1.email») — SIGNED «ts2»
 - «p2.full» («log1.mail») — SIGNED «ts2»
Salaris conform overeenkomst: «sal1» bruto per maand""".replace("«p1.full»", "«p1.full»"),
    """ZealiD gekwalificeerde elektronische handtekening
Ondertekenaar: «p1.upper»
Geboortedatum: «p1.dob»
Document: Overdrachtsakte «fran1.name»
Tijdstempel: «ts1»
Certificaat: QES, geldig
Resultaat: handtekening geldig""",
    """Beste «p1.first»,

Hierbij de door beide partijen ondertekende koopovereenkomst voor de «p2.adres» in «p2.town». Koopsom «huis1». De notaris heeft het getekende exemplaar ontvangen; de overdracht staat op «date1» om «time1».

«@sig:p3»""".replace("«p2.adres»", "«p2.adres»"),
    """HUUROVEREENKOMST WOONRUIMTE
Verhuurder: «p1.full», «@addr1:p1»
Huurder: «p2.full», geboren «p2.dob»
Het gehuurde: «p3.adres», «p3.pc» «p3.town»
Kale huur: «huur1» per maand; servicekosten: «small1»
Waarborgsom: «amt2»

Aldus in tweevoud opgemaakt en ondertekend te «town1» op «datey1»
w.g. «p1.full»                   w.g. «p2.full»""".replace("«p1.full»", "«p1.full»"),
    """Opdrachtbevestiging uitvaart (ondertekend)
Opdrachtgever: «p1.full», «@addr1:p1», tel. «p1.tel»
Overledene: «p2.full»
Kosten volgens begroting: «big1»
De opdrachtgever heeft deze opdrachtbevestiging op «dnum1» ondertekend in aanwezigheid van «p3.full» van «uitv1.name».
Handtekening opdrachtgever: [getekend]""".replace("«p2.full»", "«p2.full»").replace("«big1»", "«big1»"),
    """Lesovereenkomst «muziek1.name»
Leerling: «p1.full» (geb. «p1.kdob»)
Ouder/verzorger: «p2.full», «p2.email»
Lesgeld: «fee1» per seizoen, «cnt.lessen»
Incasso van rekening «p2.iban»
Voor akkoord getekend door ouder op «dnum1»: ✓ «p2.full»""".replace("«p2.full»", "«p2.full»").replace("«cnt.lessen»", "«cnt.lessen»"),
    """Ondertekende verwerkersovereenkomst
Verwerkingsverantwoordelijke: «acc1.name» (KvK «acc1.kvk»), namens deze «p1.full»
Verwerker: «msp1.name», namens deze «p2.full»
Ingangsdatum: «datey1»
Handtekening verantwoordelijke: getekend «dnum1»
Handtekening verwerker: getekend «dnum2»""",
    F("""KOOPAKTE (SCAN)
VERKOPER: «p1.upper»
KOPER: «p2.upper»
OBJECT: «p3.adres», «p3.town»
KOOPPRIJS: «huis1»
GETEKEND TE «town1» OP «dnum1»
PARAAF VERKOPER: «p1.ini1»   PARAAF KOPER: «p2.ini1»""", "UO"),
    """Ondertekend contract fotografie
Opdrachtgever: «p1.full» & «p2.full»
Trouwdatum: «datey1», fotograaf aanwezig vanaf «time1»
Pakket: «cnt.uren» + album, totaal «amt1»
Aanbetaling ontvangen op «dnum1» via «p1.iban»
Beide partijen hebben de overeenkomst digitaal ondertekend op «dnum2».""".replace("«p2.full»", "«p2.full»").replace("«datey1»", "«datey1»"),
    """Settlement agreement (vaststellingsovereenkomst) - SIGNED COPY
Employer: «log1.name»
Employee: «p1.full», born «p1.dob»
Termination date: «datey1»
Transition payment: «big1» gross
Signed by the Employee: «p1.full», «dnum1»
Signed by the Employer: «p2.full», «dnum1»""".replace("«big1»", "«big1»").replace("«p2.full»", "«p2.full»"),
    """Ondertekende opdrachtbevestiging jaarrekening
«acc1.name» - «p1.full» (eenmanszaak «shop1.name»)
Honorarium: «amt1» excl. btw
Ik ga akkoord met de voorwaarden.
Getekend: «p1.full», «town1», «dnum1»""".replace("«p1.full»", "«p1.full»"),
    """Abonnement behandelingen «beauty1.name» - ondertekend
Klant: «p1.full», tel. «p1.tel»
Geboortedatum: «p1.dob»
Kuur: «cnt.lessen» à «small1»
Klant heeft het contract ter plekke ondertekend op «date1» (handtekening op tablet opgeslagen).""".replace("«p1.full»", "«p1.full»"),
    """Leaseovereenkomst bedrijfsfiets (getekend)
Werknemer: «p1.full», «@addr1:p1»
Fiets: e-bike, framenummer «hex1»
Leasebedrag: «small1» per maand gedurende «cnt.maanden»
Getekend door werknemer «dnum1», door werkgever «p2.full» «dnum2»""",
    """Vervoersovereenkomst (raamcontract) - getekend exemplaar
Opdrachtgever: «shop1.name», contact «p1.full»
Vervoerder: «log1.name», contact «p2.full» («p2.tel»)
Tarief: «fee1» per pallet, volume ca. «cnt.pallets» per week
Looptijd: «datey1» t/m 31 december 2027
Handtekeningen: «p1.init» / «p2.init»""".replace("«p1.init»", "«p1.init»"),
    """[Docusign Envelope ID: «uuid1»]
Arbeidsovereenkomst voor bepaalde tijd
Werkgever: «gym1.name»
Werknemer: «p1.full», wonende «@addr1:p1»
Functie: fitnessinstructeur, «cnt.uren» per week
Salaris: «sal1» bruto per maand
DocuSigned by: «p1.full»   «dnum1»
DocuSigned by: «p2.full»   «dnum1»""".replace("«p1.full»", "«p1.full»").replace("«p2.full»", "«p2.full»"),
    """Ondertekend mandaat doorlopende SEPA-incasso
Naam: «p1.full»
Adres: «@addr1:p1»
IBAN: «p1.iban»
Incassant: «school1.name», kenmerk «cust1»
Plaats en datum: «town1», «dnum1»
Handtekening: ondertekend""".replace("«p1.iban»", "«p1.iban»").replace("«dnum1»", "«dnum1»"),
    """Mail van «p1.full» <«p1.email»>:
"Bijgevoegd de getekende huurovereenkomst, ik heb op elke pagina geparafeerd en onderaan getekend. De borg van «huur1» is vandaag overgemaakt van «p1.iban»."

Notitie makelaar «p2.first»: getekend contract ontvangen «date1», sleuteloverdracht «time1».""".replace("«p2.first»", "«p2.first»"),
    """Contract of sale (signed) - used delivery van
Seller: «log1.name», represented by «p1.full»
Buyer: «p2.full», «@addr1:p2»
Vehicle registration: «p2.kent»
Price: «amt1»
Both parties signed on «datey1» in «town1».""".replace("«p2.full»", "«p2.full»").replace("«datey1»", "«datey1»"),
    """Overeenkomst van opdracht - begeleiding bij schuldhulp (getekend)
Cliënt: «p1.full», «@addr1:p1»
Begeleider: «p2.full» («schuld1.name»)
Eigen bijdrage: «small1» per maand
Voor akkoord getekend door cliënt op «dnum1»: «p1.ini1»""",
]


# ---------------------------------------------------------------------------------------------- CUSTOMER_LIST
T_CUSTOMERS = [
    lst("Gasten familiefeest - bevestigd\n", "«pX.full»; «pX.adres», «pX.town»; «pX.tel»", lo=5, hi=10),
    lst("Kopie uit Excel (klanten reparatie e-bikes)\nNr\tNaam\tMobiel\tE-mail\tKenteken bus\n", "~N~\t«pX.full»\t«pX.tel»\t«pX.email»\t«pX.kent»"),
    lst("{\"export\": \"leden\", \"club\": \"«gym1.name»\", \"rows\": [\n", "  {\"naam\": \"«pX.full»\", \"geboren\": \"«pX.dob»\", \"iban\": \"«pX.iban»\"}", "\n]}", sep=",\n"),
    lst("Record ID,First Name,Last Name,Email,Phone Number,Lifecycle Stage\n",
        "«cust X»,«pX.first»,«pX.last»,«pX.email»,«pX.tel»,customer".replace("«cust X»", "«custX»")),
    lst("Account Name\tContact\tEmail\tMobile\tCity\n", "«shopX.name»\t«pX.full»\t«pX.email»\t«pX.tel»\t«pX.town»"),
    lst("Relatiecode;Naam;Adres;Postcode;Plaats;IBAN\n", "«custX»;«pX.rev»;«pX.adres»;«pX.pc»;«pX.town»;«pX.iban»"),
    lst("Order,Datum,Klant,E-mail,Verzendadres,Totaal\n", "«ordX»,«dnumX»,«pX.full»,«pX.email»,\"«pX.adres», «pX.pc» «pX.town»\",«amtX»"),
    lst("LEDENLIJST «gym1.name» (actief)\n\n", "~N~. «pX.full» - lid sinds «yearX» - «pX.tel» - «pX.email»"),
    lst("Ouders groep 5 - «school1.name»\nNaam kind | ouder | telefoon | mail\n".replace("«school1.name»", "«school1.name»"),
        "«pX.first» | «qX.full» | «qX.tel» | «qX.email»"),
    lst("Condoleanceregister - «uitv1.name»\n\n".replace("«uitv1.name»", "«uitv1.name»"),
        "«pX.full»\n«pX.adres»\n«pX.pc» «pX.town»\n\"Veel sterkte gewenst.\"\n", sep="\n"),
    lst("Reparatielijst «fiets1.name» - week 14\n", "[ ] «pX.full» («pX.tel») - band achter + remmen, klaar «wdayX»"),
    lst("Boekingen «foto1.name»\nDatum | Klant | Shoot | Contact\n".replace("«foto1.name»", "«foto1.name»"),
        "«dshortX» | «pX.full» | gezinsshoot | «pX.email» / «pX.tel»"),
    lst("Naam\tStraat\tPostcode\tWoonplaats\tTelefoon\n", "«pX.full»\t«pX.adres»\t«pX.pc»\t«pX.town»\t«pX.tel2»"),
    lst("<table>\n<tr><th>Klant</th><th>E-mail</th><th>Telefoon</th></tr>\n", "<tr><td>«pX.full»</td><td>«pX.email»</td><td>«pX.tel»</td></tr>", "\n</table>"),
    lst("<?xml version=\"1.0\"?>\n<klanten>\n", "  <klant id=\"«custX»\"><naam>«pX.full»</naam><email>«pX.email»</email><adres>«pX.adres»</adres></klant>", "\n</klanten>"),
    lst("klanten:\n", "  - naam: «pX.full»\n    email: «pX.email»\n    telefoon: \"«pX.tel»\""),
    lst("[\n", "  {\"name\": \"«pX.full»\", \"email\": \"«pX.email»\", \"phone\": \"«pX.tel»\"}", "\n]", sep=",\n"),
    lst("Exact Online - Relaties export\nCode;Naam;Contactpersoon;E-mail;Telefoon\n", "«custX»;«pX.upper»;«pX.init»;«pX.email»;«pX.tel2»"),
    lst("Salesforce Report: Open Opportunities (Makelaardij)\nContact Name | Email | Phone | Property | Amount\n",
        "«pX.full» | «pX.email» | «pX.tel» | «pX.adres» | «bigX»"),
    lst("Leerlingen «muziek1.name» - piano dinsdag\n", "«pX.full» (ouder: «qX.full», «qX.tel»)", lo=5, hi=8),
    lst("Afleverlijst route «cnt.ritten» - chauffeur planning\nStop;Ontvanger;Adres;Telefoon\n", "~N~;«pX.full»;«pX.adres», «pX.pc» «pX.town»;«pX.tel»"),
    lst("Klantenbestand «beauty1.name» (uit kassa)\n", "«pX.full», geb. «pX.dob», «pX.tel», laatste behandeling «dnumX»".replace("«pX.full»", "«pX.full»").replace("«pX.tel»", "«pX.tel»")),
    lst("Vertaalopdrachten Q2 - klanten\n", "- «pX.full» («pX.email») — beëdigde vertaling, «amtX»"),
    lst("Nieuwsbriefabonnees (export Mailchimp)\nEmail Address,First Name,Last Name,MEMBER_RATING\n", "«pX.email»,«pX.first»,«pX.tvlast»,«numX»"),
    lst("Onderhoudsklanten «tuin1.name»\n", "«pX.last» - «pX.adres» («pX.town») - «pX.tel» - snoeien in «wdayX»"),
    lst("Adressenlijst schoonmaak particulieren\n", "«pX.init» | «pX.adres» | sleutel: ja | «pX.tel»"),
    lst("Wachtlijst huurwoningen «make1.name»\n", "~N~) «pX.full», «pX.email», inkomen «bigX», wil vanaf «dnumX»".replace("«pX.full»", "«pX.full»")),
    lst("Bestellingen bol.com export\nbestelnummer,naam,straat,postcode,plaats,telefoon\n", "«ordX»,«pX.full»,«pX.adres»,«pX.pc»,«pX.town»,«pX.tel»"),
    lst("Debiteurenlijst «acc1.name» (achterstallig)\nKlant\tIBAN\tOpenstaand\n", "«pX.rev»\t«pX.iban»\t«amtX»"),
    lst("Deelnemerslijst proefles «gym1.name» «date1»\n".replace("«date1»", "«date1»"), "«pX.firstl» «pX.tvlast» — «pX.tel» — «pX.email»", lo=6, hi=12),
    lst("| # | Naam | Kenteken | Telefoon |\n|---|---|---|---|\n", "| ~N~ | «pX.full» | «pX.kent» | «pX.tel» |"),
    lst("Klantkaart uitdraai - apotheekbezorging\n", "«pX.ufull»\n«pX.adres»\n«pX.pc» «pX.town»\nTEL «pX.tel»\n".replace("«pX.ufull»", "«pX.upper»"), sep="\n", flags="U"),
    lst("Hi team, here are the leads from the fair:\n", "* «pX.full» – «pX.email» – «pX.tel»", "\nPlease add them to HubSpot before «wday1».", lo=5, hi=9),
]

# ---------------------------------------------------------------------------------------------- NEG
T_NEG = [
    """Wachtwoordbeleid «acc1.name» (versie «dnum1»)
- Minimaal 14 tekens, liefst een zin van vier losse woorden.
- Nooit hetzelfde wachtwoord voor twee diensten.
- Wachtwoorden staan alleen in Bitwarden, nooit in Excel, Teams of een geeltje.
- Vermoed je een lek? Meld het binnen een uur bij «p1.full» («p1.tel»).""",
    """Je back-upcodes voor Microsoft 365

Bewaar deze codes op een veilige plek. Elke code werkt maar één keer en is alleen bedoeld voor als je je telefoon kwijt bent. Een back-upcode is geen wachtwoord.

«codes1»

Gegenereerd op «datey1».""",
    """SMS van DigiD: Uw sms-code is «smscode1». Deze code is 10 minuten geldig. Deel deze code met niemand, ook niet met een medewerker van de gemeente.""",
    """Authenticatie
Alle verzoeken naar de API gebruiken een Bearer-token in de header:

    curl -H "Authorization: Bearer YOUR_API_KEY" https://moneybird.com/api/v2/ADMINISTRATION_ID/contacts.json

Vervang YOUR_API_KEY door je eigen token uit Instellingen > Ontwikkelaars. Zet de sleutel nooit in je broncode.""",
    """Hoi «p1.first», de oude OpenAI-key (sk-proj-...«hex1») is vanochtend ingetrokken en de nieuwe staat in de kluis. Kosten deze maand tot nu toe: «amt1», hard limit staat op «amt2».""",
    """# .env.example - kopieer naar .env en vul zelf in
APP_ENV=local
DB_HOST=127.0.0.1
DB_DATABASE=retouren
DB_USERNAME=
DB_PASSWORD=
OPENAI_API_KEY=your-key-here
MOLLIE_API_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx""",
    """Aanvraagformulier parkeervergunning

Naam: ______________________________
Burgerservicenummer: _ _ _ _ _ _ _ _ _
Geboortedatum: __ - __ - ____
Kenteken: __ - ___ - __
Handtekening: ______________________

Inleveren vóór «date1» bij de balie. Leges: «amt1».""",
    """Wat is een BSN?
Het burgerservicenummer (BSN) is een uniek persoonsnummer van 9 cijfers. Het nummer voldoet aan de elfproef. Deel het nooit via WhatsApp of e-mail zonder versleuteling, en plak het nooit in een AI-tool. Een kopie van je ID? Streep het BSN door met de KopieID-app.""",
    """Uw bestelling met ordernummer «nine1» is verzonden. Trackingcode: «track1». Verwachte bezorging: «date1» vanaf «time1».""".replace("«track1»", "«track1»").replace("«date1»", "«date1»"),
    """FACTUUR «inv1»
«acc1.name»
«acc1.adres», «acc1.pc» «acc1.town»
KvK «acc1.kvk» | btw «acc1.btw»
IBAN «acc1.iban»

Aan: «shop1.name», t.a.v. «p1.full»
Omschrijving: samenstellen jaarrekening «year1»
Subtotaal: «amt1»
Btw «pct1»
Te betalen binnen «cnt.dagen»""".replace("«amt1»", "«amt1»"),
    """CONCEPT - TER ONDERTEKENING

Huurovereenkomst bedrijfsruimte
Verhuurder: «make1.name»
Huurder: «p1.full»
Huurprijs: «huur1» per maand excl. btw
Ingangsdatum: «date1»

Handtekening verhuurder: ______________________
Handtekening huurder:    ______________________

Graag ondertekend retour vóór «wday1».""",
    """Vacature: Assistent-accountant (32-40 uur)
Wij bieden een salaris tussen «=€ 3.150» en «=€ 4.480» bruto per maand, afhankelijk van ervaring, plus «=8%» vakantiegeld en een dertiende maand. Reageren kan tot «date1» bij «p1.full».""".replace("«p1.full»", "«p1.full»"),
    """Notulen teamoverleg «date1»
Aanwezig: «p1.first», «p2.first», «p3.full», «p4.full»
Afwezig: «p5.first» (ziek)

1. Planning: «cnt.woningen» nieuw in de verkoop.
2. «p3.first» regelt de fotograaf voor «wday1».
3. Volgende overleg: «date2» om «time1».""".replace("«p3.full»", "«p3.full»").replace("«p4.full»", "«p4.full»"),
    """Bereikbaarheid tijdens de zomersluiting:
- «p1.full», planning: «p1.tel»
- «p2.full», financiën: «p2.email»
Voor spoed (vastgelopen zendingen) bel de centrale: «log1.tel».""".replace("«p2.email»", "«p2.email»"),
    """Hoi, ik snap iets niet op mijn loonstrook. Wat betekent "bijzonder tarief" en waarom staat mijn vakantiegeld er nog niet op? Ik heb geen bedragen nodig, alleen uitleg. Groet, «p1.first»""",
    """MODEL ARBEIDSOVEREENKOMST
Partijen:
1. [naam werkgever], gevestigd te [plaats], hierna: werkgever
2. [naam werknemer], geboren op [datum], wonende te [adres], hierna: werknemer

Artikel 1 Functie: [functie]
Artikel 2 Salaris: € [bedrag] bruto per maand

Handtekening werkgever: ____________    Handtekening werknemer: ____________""",
    """Let op: phishing! Wij vragen je nooit om je wachtwoord, je pincode of een sms-code per mail of telefoon. Twijfel je? Bel terug op het nummer dat je al kent. Vragen: «msp1.mail».""",
    """Regel 08 uit onze AI-afspraken: zet op elke API-key een dagelijkse en maandelijkse limiet. Voor ons kantoor is een hard limit van 50 tot «=200 euro» per maand genoeg. Keys staan in de kluis; in tickets schrijf je alleen de laatste vier tekens op (bijv. ...«hex1»).""",
    """name: Deploy webshop
on: [push]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Upload
        env:
          SFTP_PASSWORD: ${{ secrets.SFTP_PASSWORD }}
          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}
        run: ./deploy.sh""",
    """Ticket «tick1»: klant «p1.full» kon niet inloggen. Wachtwoord-resetlink verstuurd naar «p1.email»; klant heeft zelf een nieuw wachtwoord gekozen. Opgelost om «time1».""".replace("«p1.email»", "«p1.email»"),
    """CAO Schoonmaak - loonschalen 2026 (indicatief)
Schaal 1: «=€ 14,25» per uur
Schaal 2: «=€ 14,62» per uur
Schaal 3: «=€ 15,10» per uur
Toeslag zondag: «=100%». Reiskosten: «=€ 0,23» per km.""",
    """Begroting personeelskosten «year1»
Totale loonsom («=8 fte»): «big1»
Werkgeverslasten: «pct1»
Opleidingsbudget: «amt1»
Geen individuele salarissen in dit overzicht.""".replace("«year1»", "«year1»"),
    """Kun je deze tekst herschrijven? "[KLANT_A] woont op [ADRES] en heeft een achterstand van «=€ 1.250,00». Graag een betalingsregeling voor [KLANT_A] voorstellen." Namen en adressen heb ik al vervangen.""",
    """Hallo «p1.first»,

Je pakket met trackingcode «track1» ligt bij het afhaalpunt. Ophalen kan tot «date1».

Team «shop1.name»""".replace("«date1»", "«date1»"),
    """Zaaknummer «nine1»
Geachte heer/mevrouw,
Wij hebben uw melding over de overlast ontvangen. U hoort binnen «cnt.weken» van ons.
«gem1.name»""".replace("«gem1.name»", "«gem1.name»"),
    """Vakantieregeling kantoor: iedereen heeft «cnt.vakantiedagen» bij een fulltime dienstverband. Aanvragen via AFAS Pocket. Vragen over je saldo of je loonstrook? Stuur een berichtje naar HR, zet geen bedragen in de groepsapp.""",
    """Quote «inv1» - garden maintenance
Client: «p1.full»
Total: «amt1» incl. VAT
Please sign and return to accept this quote.
Signature: ______________________   Date: ___________""",
    """Contactpersonen project verhuizing magazijn:
«p1.full» (planning) – «p1.email» – «p1.tel»
«p2.full» (inkoop) – «p2.tel2»
«p3.full» (IT) – «p3.email»""".replace("«p2.full»", "«p2.full»").replace("«p3.email»", "«p3.email»"),
    """Uittreksel Handelsregister
Naam: «bouw1.name»
KvK-nummer: «bouw1.kvk»
Vestigingsadres: «bouw1.adres», «bouw1.pc» «bouw1.town»
Bestuurder: «p1.full»
Aantal werkzame personen: «cnt.medewerkers»""".replace("«p1.full»", "«p1.full»"),
    """Passkeys in plaats van wachtwoorden? Vanaf «date1» kun je bij Microsoft 365 inloggen met een passkey. Je telefoon wordt dan de sleutel. Een wachtwoord hoef je niet meer te onthouden; tip van «p1.first» van ICT.""".replace("«p1.first»", "«p1.first»"),
    """«ts1» INFO  request to api.openai.com ok (api_key=sk-proj-****REDACTED****, tokens=1822)
«ts2» INFO  request to api.anthropic.com ok (x-api-key=[verborgen])""",
    """Een JWT (JSON Web Token) bestaat uit drie delen gescheiden door punten: header.payload.signature. De header bevat het algoritme, de payload de claims. Plak nooit een echte token in een ticket; gebruik de tekst <token> als voorbeeld.""",
    """Vraag van «p1.first»: hoe reken ik van bruto naar netto? Stel dat je «amt1» bruto per maand verdient, dan hangt je netto af van de loonheffing (ongeveer «pct1») en je pensioenpremie. Er is geen loonstrook bijgevoegd.""".replace("«p1.first»", "«p1.first»"),
    """MUTUAL NON-DISCLOSURE AGREEMENT (DRAFT v2 — not for signature yet)
Party A: «vert1.name»
Party B: [company name]
Term: 2 years
Signed: ____________________   Name: ____________________   Date: ____________""",
    """Referentie betaling «nine1» / klantnummer «cust1». Uw betaling van «amt1» is ontvangen op «date1». Dank u wel.""".replace("«date1»", "«date1»"),
    """Aan alle ouders,

Op «date1» is de ouderavond van groep 7 en 8, van «time1» tot «time2». Opgeven via Parro. De vrijwillige ouderbijdrage is dit jaar «fee1».

Team «school1.name»""".replace("«time2»", "«time2»"),
    """[WARNING] «host1»: disk C: «=91%» vol (threshold «=90%»)
Klant: «msp1.name»
Actie: opschonen tijdelijke bestanden gepland op «wday1».""".replace("«msp1.name»", "«msp1.name»"),
    """Privacyverklaring «gym1.name»: wij vragen geen kopie van je ID en bewaren geen BSN. Voor het lidmaatschap hebben we alleen je naam, e-mailadres en IBAN nodig.""".replace("«gym1.name»", "«gym1.name»"),
    """beheer:$apr1$«hex1»$Qk3bU7d9VvZ0sQx9lH8xM/
^ dit is een hash uit .htpasswd, geen wachtwoord. Het echte wachtwoord staat in de kluis.""",
    """Offerte «inv1» (nog niet ondertekend)
Bouwkundige keuring woning «p1.adres», «p1.town»
Kosten: «amt1» incl. btw
U kunt de offerte digitaal ondertekenen via de link in de mail.""".replace("«p1.adres»", "«p1.adres»").replace("«amt1»", "«amt1»"),
    """Klanttevredenheid Q1: «cnt.bestellingen» verzonden, «pct1» retour, gemiddelde beoordeling 8,4. Het volledige klantenbestand staat in Exact en wordt niet gedeeld in mail.""",
    """Het BSN-nummer dat je noemde (ordernummer «nine1») is geen BSN: het voldoet niet aan de elfproef. Waarschijnlijk is het een referentie van de webshop.""",
    """Voor het aanvragen van een API-sleutel ga je naar Instellingen > Integraties > Nieuwe sleutel. Geef de sleutel een naam (bijv. "Zapier facturen") en kopieer hem direct: hij wordt maar één keer getoond. Heb je hem toch gedeeld? Trek hem dan meteen in.""",
    """Afspraak bevestigd: «date1» om «time1» bij «beauty1.name».
Behandeling: gelaatsbehandeling (60 min), «amt1».
Tot dan, «p1.first»!""".replace("«date1»", "«date1»"),
    """Uitnodiging training 'Veilig AI-gebruik' op «date1», «time1»-«time2». Onderwerpen: 2FA aanzetten, geen klantdata in gratis tools, DPA tekenen. Aanmelden bij «p1.full» («p1.email»).""".replace("«p1.full»", "«p1.full»"),
    """Hoi «p1.firstl», je verificatiecode is «smscode1». niet je wachtwoord hoor, gewoon die code uit de sms intypen""".replace("«smscode1»", "«smscode1»"),
    """De loonstroken van maart staan vanaf «wday1» in de app. Bedragen kunnen we niet via de mail toelichten; plan een afspraak met de salarisadministratie als je vragen hebt.""",
    """INVOICE «inv1»
«vert1.name» - VAT «vert1.btw» - Chamber of Commerce «vert1.kvk»
Bill to: «p1.full»
Sworn translation birth certificate (2 pages): «amt1»
Payment within «cnt.dagen».""".replace("«p1.full»", "«p1.full»").replace("«amt1»", "«amt1»"),
    """Tracking: «track1»
Status: bezorgd op «date1» om «time1»
Ontvangen door: buren (nr. 14)""".replace("«track1»", "«track1»").replace("«date1»", "«date1»"),
    """Salarishuis 2026 (intern, geen persoonsgegevens)
Functiegroep A: «=€ 2.450» – «=€ 3.100»
Functiegroep B: «=€ 2.900» – «=€ 3.800»
Functiegroep C: «=€ 3.600» – «=€ 4.900»
Jaarlijkse periodiek: «=3%»""",
    """Welkomstmail nieuwe medewerker (template)
Beste [voornaam],
Je inloggegevens ontvang je op je eerste werkdag persoonlijk van de office manager. We sturen nooit een wachtwoord per mail.
Groet, [naam]""",
    """We hebben in totaal «cnt.gebruikers» in Microsoft 365, waarvan «cnt.licenties» met Copilot. 2FA staat bij iedereen aan sinds «date1».""".replace("«date1»", "«date1»"),
    """Ordernummers uit de klacht: «nine1», «nine2» en «nine3». Allemaal geleverd op «date1», geen persoonsgegevens nodig om het te checken.""".replace("«date1»", "«date1»"),
    """Concept testament (ter bespreking, niet ondertekend)
Erflater: «p1.full»
Ik benoem tot mijn erfgenamen: mijn kinderen, ieder voor gelijke delen.
Bespreking met de notaris op «date1» om «time1».""".replace("«date1»", "«date1»"),
    """Minutes board meeting «datey1»
Present: «p1.full», «p2.full», «p3.first»
Decisions: budget IT «amt1»; new cleaning contract to be signed next month.""".replace("«p2.full»", "«p2.full»").replace("«p3.first»", "«p3.first»").replace("«amt1»", "«amt1»"),
    """Lidmaatschapsformulier (leeg)
Voornaam: ______   Achternaam: ______
E-mail: ______   IBAN: NL__ ____ ____ ____ __
Handtekening: ______""",
    """Twee collega's voor de bezichtiging:
«p1.full» – «p1.tel»
«p2.full» – «p2.tel»
Sleutel ligt bij de buren.""".replace("«p2.full»", "«p2.full»"),
    """Hoi allemaal, herinnering: BSN's, loonstroken en getekende contracten plakken we nooit in ChatGPT of Copilot. Gebruik de anonimiseerknop. Vragen? «p1.first»""".replace("«p1.first»", "«p1.first»"),
    """Credit note «inv1» for order «ord1»: «amt1» refunded to the original payment method. No further action needed.""".replace("«inv1»", "«inv1»"),
    """SSH-sleutel vervangen? Maak een nieuw sleutelpaar met ssh-keygen -t ed25519, zet alleen de publieke sleutel (.pub) op de server en deel de private sleutel nooit. Voorbeeldregel publieke sleutel: ssh-ed25519 AAAAC3Nza... gebruiker@laptop""",
    """Factuur «inv1» - «fiets1.name»
KvK «fiets1.kvk»
Reparatie e-bike: «amt1»
Klantnummer «cust1»
Betaald per pin op «date1».""".replace("«amt1»", "«amt1»").replace("«date1»", "«date1»"),
    """Checklist nieuwe klant (leeg):
[ ] Naam + contactpersoon
[ ] KvK-nummer
[ ] Getekende opdrachtbevestiging (nog niet ontvangen)
[ ] Machtiging incasso""",
    """Bevestiging: uw tijdelijke inlogcode is verlopen. Vraag een nieuwe code aan via de app. Nooit iemand anders je code laten gebruiken.""",
    """«p1.full» belde om «time1»: vraag over de factuur «inv1» van «amt1». Terugbellen op «p1.tel».""".replace("«p1.full»", "«p1.full»").replace("«time1»", "«time1»").replace("«inv1»", "«inv1»"),
]

# ---------------------------------------------------------------------------------------------- PII
T_PII = [
    F("""«p1.firstl»: ben je bij mevrouw «p2.last» geweest?
«p3.firstl»: ja, «p2.adres», ze was er niet. buurvrouw zegt ze is bij haar dochter «p4.first»
«p1.firstl»: ok bel haar dan op «p2.tel»""", "L"),
    """Vertaling geboorteakte (uittreksel)
Naam: «p1.full»
Geboren op: «p1.dob» te Mogadishu
Vader: «p2.full»
Moeder: «p3.full»
Vertaald door «p4.init», beëdigd vertaler""",
    """Beste «p1.first»,

Ik heb een plekje voor je gevonden in de beginnerscursus fotografie op «date1» van «time1» tot «time2». Betalen kan via de link; bij vragen bel me op «p2.tel».

Groetjes, «p2.first»
«foto1.name»""",
    # accountancy
    """«@hi:p1»

Dank voor het aanleveren van de stukken. Voor de jaarrekening mis ik nog de bankafschriften van «p1.iban» over december. Kun je die vóór «date1» sturen? Dan plannen we de bespreking op «date2» om «time1».

«@sig:p2»""",
    """Belnotitie «dnum1» - «p1.full» («shop1.name») belde over de btw-aangifte. Vraag: mag de aanschaf van de bestelbus («p1.kent») in één keer worden afgetrokken? Terugbellen op «p1.tel» na «time1».""",
    F("""hoi «p1.firstl» kan jij de facturen van «p2.full» inboeken? ze staan in de map van «p2.firstl» en het totaal is «amt1»""", "L"),
    """Subject: Vraag over jaaropgave

Dear «p1.first»,

I moved to «p2.adres», «p2.pc» «p2.town» last month, could you update my address in your system? My phone number is still «p2.tel».

Kind regards,
«p2.full»""",
    # real estate
    """Bezichtiging «p1.adres», «p1.pc» «p1.town»
Datum: «date1», «time1»
Geïnteresseerde: «p2.full», «p2.tel», «p2.email»
Makelaar: «p3.first»
Vraagprijs: «huis1» k.k.""".replace("«p2.full»", "«p2.full»"),
    """Beste «p1.first»,

Goed nieuws: de verkoper heeft uw bod van «huis1» geaccepteerd. Ik bel u «wday1» om de vervolgstappen door te nemen. De notaris neemt contact met u op via «p1.email».

«@sig:p2»""",
    F("""[«time1»] «p1.firstl»: sleutel van «p2.adres» ligt bij de buren, mevrouw «p3.last»
[«time2»] «p4.firstl»: top, ik haal hem op""", ""),
    """Taxatierapport opdrachtgever: «p1.init», «@addr1:p1»
Getaxeerd object: «p2.adres», «p2.pc» «p2.town»
Marktwaarde: «huis1»
Taxateur: «p3.full»""".replace("«p1.init»", "«p1.init»"),
    # logistics / transport
    """Afleverbon «ord1»
Ontvanger: «p1.full»
Adres: «@addr:p1»
Telefoon: «p1.tel»
Aantal: «cnt.collies»
Chauffeur: «p2.first» (kenteken «p2.kent»)
Afgeleverd om «time1», handtekening ontvanger op scanner.""",
    """Ritmelding «tick1»: chauffeur «p1.full» staat met «p1.kent» vast op de A15 bij Gorinchem. Verwachte vertraging 45 minuten. Klant «p2.full» is gebeld op «p2.tel».""".replace("«tick1»", "«tick1»"),
    F("""chauffeur «p1.firstl» belt ziek morgen, wie kan de rit naar «town1» rijden? de vracht staat klaar, «cnt.pallets»""".replace("«cnt.pallets»", "«cnt.pallets»"), "L"),
    """Schademelding transport
Melder: «p1.full», «p1.email»
Zending: «track1»
Afleveradres: «@addr1:p1»
Schade: «cnt.dozen» nat geworden, geschatte waarde «amt1»""",
    """Planning «date1»
06:00 «p1.first» - «p1.kent» - route Noord
06:30 «p2.first» - «p2.kent» - route Moerdijk
07:15 «p3.first» - «p3.kent» - retouren""".replace("«date1»", "«date1»"),
    # webshop customer service
    """«@hi:p1»

Excuses voor de vertraagde levering van bestelling «ord1». We hebben een nieuwe zending gemaakt naar «@addr1:p1». Je ontvangt een bevestiging op «p1.email». Als compensatie storten we «small1» terug.

Met vriendelijke groet,
«p2.first» | klantenservice «shop1.name»""",
    """Retour «ord1»
Klant: «p1.full»
IBAN voor terugbetaling: «p1.iban»
Bedrag: «amt1»
Reden: verkeerde maat""".replace("«ord1»", "«ord1»").replace("«amt1»", "«amt1»"),
    F("""Live chat transcript
Klant («p1.firstl»): hoi mn pakketje is nog niet binnen
Agent «p2.first»: Hoi! Mag ik je ordernummer?
Klant: «ord1»
Agent «p2.first»: Dank je. Ik zie dat hij naar «p1.adres» in «p1.town» gaat, klopt dat?
Klant: ja klopt""", ""),
    """Klacht via Trustpilot gekoppeld aan klant «p1.full» («p1.email», tel. «p1.tel»). Order «ord1» van «amt1». Terugbelverzoek ingepland op «date1».""".replace("«ord1»", "«ord1»"),
    """{"ticket": "«tick1»", "customer": {"name": "«p1.full»", "email": "«p1.email»", "phone": "«p1.tel»"}, "order": "«ord1»", "status": "open", "amount": "«amt1»"}""",
    # municipality
    """«gem1.name»
«p1.aanhef» «p1.last»,

Op «date1» om «time1» komt een medewerker bij u langs op «@addr1:p1» voor het keukentafelgesprek. Kunt u niet? Bel dan «gem1.tel».

Met vriendelijke groet,
«p2.full»
Wijkconsulent""",
    """Melding openbare ruimte «tick1»
Melder: «p1.full», «p1.tel»
Locatie: voor «p2.adres»
Omschrijving: losliggende stoeptegels, gevaarlijk voor rollators""".replace("«tick1»", "«tick1»").replace("«p1.tel»", "«p1.tel»").replace("«p2.adres»", "«p2.adres»"),
    """Aanvraag ontheffing: «p1.full», geboren «p1.dob», wonende «@addr1:p1», vraagt een gehandicaptenparkeerkaart aan voor voertuig «p1.kent».""",
    # funeral director
    """Beste «p1.first»,

Hierbij het programma voor het afscheid van «p2.full» op «date1». Ontvangst vanaf «time1», aansluitend koffie in de zaal. Condoleances kunnen naar «@addr1:p1».

Met warme groet,
«p3.full»
«uitv1.name»""".replace("«p2.full»", "«p2.full»").replace("«date1»", "«date1»"),
    """Rouwkaart (tekst ter controle)
Verdrietig maar dankbaar voor alles wat hij/zij voor ons betekende, delen wij mee dat is overleden
«p1.full»
* «town1», «p1.dob»   † «town2», «dnum1»
Correspondentieadres: «@addr:p2»""".replace("«p1.dob»", "«p1.dob»").replace("* «town1»,", "geboren «town1»,"),
    F("""voicemail «hdate1»: ja goedemiddag met «p1.full» ik bel namens de familie «p2.last» over de bloemen voor donderdag kunt u me terugbellen op «p1.tel» dank u""".replace("«p2.last»", "«p2.last»"), ""),
    # school
    """Beste ouders van «p1.first»,

Op «date1» gaat groep 6 naar het museum. We zoeken nog twee rijouders. Aanmelden bij juf «p2.first» («p2.email»).

Groet, «p2.full»""".replace("«p1.first»", "«p1.first»").replace("«p2.full»", "«p2.full»"),
    """Ziekmelding via Parro
Leerling: «p1.full» (groep 4)
Gemeld door: «p2.full», «p2.tel»
Reden: koorts, blijft «wday1» ook thuis""".replace("«p2.tel»", "«p2.tel»"),
    F("""juf «p1.firstl» kan «p2.firstl» vandaag om «time1» worden opgehaald door haar oma? groetjes «p3.firstl»""".replace("«p3.firstl»", "«p3.firstl»"), "L"),
    # gardener
    """Hoi «p1.first»,

Ik kom «wday1» rond «time1» de heg snoeien aan de «p1.adres». Kan het hek open? Kosten zoals besproken «amt1».

Groet, «p2.first»
«tuin1.name»""".replace("«wday1»", "«wday1»").replace("«p1.adres»", "«p1.adres»").replace("«p2.first»", "«p2.first»"),
    """Werkbon «tuin1.name»
Klant: «p1.full», «@addr1:p1»
Werk: bladruimen, «cnt.uren»
Materiaal: «=3 zakken» potgrond""".replace("«tuin1.name»", "«tuin1.name»").replace("«cnt.uren»", "«cnt.uren»"),
    # cleaning
    """Schoonmaakrooster week 12
«p1.first» - kantoor «acc1.name» - ma/wo/vr «time1»
«p2.first» - trappenhuis «p3.adres» - di
Invalkracht: «p4.full», «p4.tel»""".replace("«p3.adres»", "«p3.adres»").replace("«p4.tel»", "«p4.tel»"),
    """Klacht schoonmaak
«p1.aanhef» «p1.last»,
Wij betreuren dat de ramen op «p1.adres» niet goed zijn gedaan. «p2.full» komt «date1» opnieuw langs, kosteloos.
«schoon1.name»""",
    # bicycle shop
    """Reparatie «tick1»
Klant: «p1.full», «p1.tel»
Fiets: Gazelle, framenummer «hex1»
Werk: ketting + cassette, «amt1»
Klaar op «date1»""",
    F("""hoi dit is «p1.firstl», staat mijn fiets al klaar? ik kan na «time1» langskomen""".replace("«time1»", "«time1»"), "L"),
    """Hallo «p1.first», je e-bike is klaar! Je kunt hem ophalen tot «time1». Totaal «amt1». Groet, «fiets1.name»""".replace("«p1.first»", "«p1.first»"),
    # photography
    """Bevestiging fotoshoot
Klant: «p1.full» en «p2.first»
Datum: «date1», «time1»
Locatie: «p1.adres», «p1.town»
Pakket: «cnt.foto's», «amt1»""".replace("«p2.first»", "«p2.first»").replace("«time1»", "«time1»").replace("«cnt.foto's»", "«cnt.foto's»"),
    """Hi «p1.first»! De foto's van de newbornshoot van «p2.first» staan online. Link is gestuurd naar «p1.email». Wil je de prints laten bezorgen op «p1.adres»?""".replace("«p2.first»", "«p2.first»").replace("«p1.adres»", "«p1.adres»"),
    # music school
    """Roosterwijziging «muziek1.name»
Leerling: «p1.full»
Nieuwe lestijd: «wday1» «time1» bij «p2.first»
Ouder: «p3.full», «p3.tel»""".replace("«muziek1.name»", "«muziek1.name»").replace("«p1.full»", "«p1.full»").replace("«p3.full»", "«p3.full»"),
    F("""«p1.firstl»: ik ben ziek, kan de gitaarles van «p2.firstl» om «time1» naar volgende week?
«p3.firstl»: is goed, beterschap!""".replace("«p3.firstl»", "«p3.firstl»"), ""),
    # translation agency
    """Vertaalopdracht «inv1»
Klant: «p1.full», «p1.email»
Document: geboorteakte, geboren «p1.dob» te Asmara
Taal: Tigrinya > Nederlands
Levering: «date1»""".replace("«inv1»", "«inv1»").replace("«p1.dob»", "«p1.dob»").replace("«date1»", "«date1»"),
    """Dear «p1.first»,

Your sworn translation is ready. We will send it by registered mail to «@addr1:p1». Total: «amt1».

Met vriendelijke groet / Kind regards,
«p2.full»""".replace("«@addr1:p1»", "«@addr1:p1»").replace("«amt1»", "«amt1»").replace("«p2.full»", "«p2.full»"),
    # gym
    """Hoi «p1.first», je proefles bij «gym1.name» staat op «date1» om «time1». Je trainer is «p2.first». Neem een handdoek mee!""".replace("«p1.first»", "«p1.first»").replace("«p2.first»", "«p2.first»"),
    """Opzegging lidmaatschap
Naam: «p1.full»
Lidnummer: «cust1»
E-mail: «p1.email»
Laatste incasso: «date1»""".replace("«p1.full»", "«p1.full»").replace("«cust1»", "«cust1»"),
    F("""yo «p1.firstl» kan jij morgen de les van «time1» overnemen? ik moet met «p2.firstl» naar het ziekenhuis""".replace("«p1.firstl»", "«p1.firstl»"), "L"),
    # beauty salon
    """Afspraakherinnering: «p1.first», je afspraak bij «beauty1.name» is «date1» om «time1». Verzetten? Bel «beauty1.tel».""".replace("«date1»", "«date1»"),
    """Klantkaart «beauty1.name»
Naam: «p1.full»
Geboortedatum: «p1.dob»
Telefoon: «p1.tel»
Allergie: nikkel
Laatste behandeling: «date1»""".replace("«beauty1.name»", "«beauty1.name»").replace("«date1»", "«date1»"),
    # generic formats: Teams / Slack / WhatsApp / SMS / voicemail / minutes / tickets / CRM / calendar
    F("""[«time1»] «p1.full»: @«p2.first» kun jij «p3.full» terugbellen? nummer is «p3.tel»
[«time2»] «p2.full»: doe ik""", ""),
    F("""ok ik heb «p1.fulll» gebeld ze komt «wday1» om «time1» langs met haar zoon""".replace("«time1»", "«time1»"), "L"),
    F("""SMS: Hoi «p1.first», uw monteur «p2.first» is onderweg en verwacht om «time1» bij «p1.adres» te zijn.""".replace("«p1.first»", "«p1.first»"), ""),
    """Voicemail «hdate1», van «p1.tel»
"Hallo, met «p1.full». Ik bel over de offerte voor «p1.adres». Ik ben bereikbaar na vijven. Doei." """.replace("«p1.tel»", "«p1.tel»"),
    """Notulen MT «date1»
Aanwezig: «p1.full», «p2.full», «p3.init»
1. Ziekteverzuim: «p4.full» is per «date2» weer aan het werk.
2. Nieuw pand: «p5.adres», «p5.pc» «p5.town» – bezichtiging «wday1».""".replace("«p1.full»", "«p1.full»").replace("«p4.full»", "«p4.full»").replace("«date2»", "«date2»").replace("«p5.adres»", "«p5.adres»"),
    """Ticket «tick1»
Aangemaakt door: «p1.full» <«p1.email»>
Onderwerp: printer op 2e verdieping
Beschrijving: printer geeft papierstoring. Bereikbaar op «p1.tel2».""".replace("«p1.tel2»", "«p1.tel2»"),
    """CRM-notitie («dnum1», «p1.first»): gesproken met «p2.full» over verlenging. Wil graag offerte voor «cnt.licenties». Adres facturatie: «@addr1:p2». Opvolgen op «date1».""".replace("«p1.first»", "«p1.first»"),
    """BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Kennismaking «p1.full»
DTSTART:20260414T093000
LOCATION:«p1.adres», «p1.town»
ORGANIZER;CN=«p2.full»:mailto:«p2.email»
ATTENDEE;CN=«p1.full»:mailto:«p1.email»
END:VEVENT
END:VCALENDAR""".replace("«p1.adres»", "«p1.adres»"),
    """Uitnodiging: Evaluatiegesprek
Wanneer: «date1», «time1» - «time2»
Waar: Teams
Deelnemers: «p1.full»; «p2.email»""".replace("«p1.full»", "«p1.full»"),
    F("""AFLEVERBEWIJS
ONTVANGER: «p1.upper»
ADRES: «p1.adres»
«p1.pc» «p1.town»
AANTAL: «cnt.collies»""".replace("«p1.upper»", "«p1.upper»").replace("«cnt.collies»", "«cnt.collies»"), "UO"),
    F("""POLITIE - PROCES-VERBAAL VAN AANGIFTE (SCAN)
AANGEVER: «p1.upper»
GEBOREN: «p1.dob»
WONEND: «p1.adres», «p1.town»
VOERTUIG: «p1.kent»
GESTOLEN OP «dnum1»""".replace("«p1.upper»", "«p1.upper»").replace("«p1.dob»", "«p1.dob»"), "UO"),
    """# Overdracht klant «p1.full»

- **Contact:** «p1.email», «p1.tel»
- **Adres:** «@addr1:p1»
- **Openstaand:** «amt1»
- Volgende afspraak «date1»""".replace("«p1.full»", "«p1.full»").replace("«p1.tel»", "«p1.tel»").replace("«date1»", "«date1»"),
    """{"contact": {"voornaam": "«p1.first»", "achternaam": "«p1.tvlast»", "email": "«p1.email»", "telefoon": "«p1.tel»"}, "bron": "contactformulier", "bericht": "graag offerte voor «cnt.kamers»"}""".replace("«cnt.kamers»", "«cnt.kamers»"),
    """naam,email,telefoon
«p1.full»,«p1.email»,«p1.tel»
«p2.full»,«p2.email»,«p2.tel»""",
    """Naam;Adres;Woonplaats
«p1.rev»;«p1.adres»;«p1.town»""".replace("«p1.rev»", "«p1.rev»"),
    """Hoi «p1.first»,

Ik ben er volgende week niet, «p2.full» neemt mijn klanten over. Je kunt haar/hem bereiken op «p2.tel» of «p2.email».

Groetjes,
«p1.first»""".replace("«p1.first»", "«p1.first»"),
    # Flemish / English mixed
    """Dag «p1.first»,

Kunnen we de levering verplaatsen naar «date1»? Ik ben thuis vanaf «time1», «@addr1:p1». Bel me gerust op «p1.tel».

Vriendelijke groeten,
«p1.full»""".replace("«p1.first»", "«p1.first»").replace("«date1»", "«date1»").replace("«p1.full»", "«p1.full»"),
    F("""Hi «p1.first», quick update: «p2.full» from the Gent office will join the meeting on «date1». Zij belt in via «p2.tel». Cheers!""".replace("«date1»", "«date1»"), ""),
    """Dear Mr./Ms. «p1.last»,

Thank you for your application. We would like to invite you for an interview on «date1» at «time1». Please confirm via «p2.email».

Best regards,
«p2.full»""".replace("«p1.last»", "«p1.last»").replace("«date1»", "«date1»").replace("«p2.full»", "«p2.full»"),
    F("""«p1.firstl» zegt dat «p2.fulll» morgen de sleutels komt halen, ze woont op «p2.adres» ofzo""".replace("«p2.fulll»", "«p2.fulll»"), "L"),
    """Beste «p1.dhr» «p1.last»,

Uw kenteken «p1.kent» is geregistreerd voor de parkeergarage. Het abonnement kost «fee1» per maand en wordt geïncasseerd van «p1.iban».

Met vriendelijke groet,
Parkeerbeheer""".replace("«p1.last»", "«p1.last»"),
    """From: «p1.email»
To: «vert1.mail»
Subject: translation birth certificate

Hi, I need my birth certificate translated for the IND. I was born «p1.dob» in Accra. Can you help? My number is «p1.tel». – «p1.full»""".replace("«p1.dob»", "«p1.dob»").replace("«p1.tel»", "«p1.tel»"),
    """Referentie voor «p1.full»: «p1.zij» heeft van «year1» tot nu bij ons gewerkt als magazijnmedewerker. Voor vragen kunt u mij bellen op «p2.tel».
«p2.full», teamleider""".replace("«p1.full»", "«p1.full»").replace("«p2.tel»", "«p2.tel»"),
    """Geboortekaartje (tekst): Wij zijn dolblij met de geboorte van «p1.full», geboren op «p1.bdob». Kraambezoek graag na een appje naar «p2.tel». «p2.first» & «p3.first»""".replace("«p1.full»", "«p1.full»").replace("«p1.dob»", "«p1.dob»").replace("«p2.tel»", "«p2.tel»"),
    """Aan: «p1.init»
«@addr:p1»

Betreft: herinnering factuur «inv1»

Wij hebben uw betaling van «amt1» nog niet ontvangen. Wilt u dit bedrag binnen «cnt.dagen» overmaken op «acc1.iban»?""",
    """Verzoek adreswijziging pensioen: deelnemer «p1.full», geboren «p1.dob», nieuw adres «p1.adres», «p1.pc» «p1.town», per «date1».""".replace("«p1.dob»", "«p1.dob»"),
    """«p1.full» («p1.tel») heeft gereageerd op de woning aan de «p2.adres». Hij/zij wil graag «wday1» kijken na «time1».""".replace("«time1»", "«time1»"),
    """Verslag huisbezoek («date1»): bij «p1.dhr» «p1.last» thuis, «p1.adres», samen met dochter «p2.first». Trapleuning aangevraagd.""".replace("«date1»", "«date1»").replace("«p1.last»", "«p1.last»").replace("«p2.first»", "«p2.first»"),
    F("""TE KOOP GEVRAAGD BESTELBUS
REACTIES NAAR «p1.upper» TEL «p1.tel»""", "U"),
    """Naam: «p1.rev»
Telefoon: «p1.tel»
Geboortedatum: «p1.dob»
Opmerking: eerste afspraak bij de fysio op «date1»""".replace("«date1»", "«date1»"),
    F("""«p1.firstl» heeft je nummer gegeven, ik ben «p2.firstl» van de muziekschool, kan «p3.firstl» donderdag ook om «time1»?""".replace("«p1.firstl»", "«p1.firstl»").replace("«p2.firstl»", "«p2.firstl»"), "L"),
    """Beste «p1.first»,

In de bijlage vind je de offerte voor het schilderwerk aan de «p1.adres». Het totaalbedrag is «amt1» incl. btw. De offerte is «cnt.dagen» geldig.

«@sig:p2»""".replace("«p1.first»", "«p1.first»"),
    """Aanmelding buitenschoolse opvang
Kind: «p1.full», geboren «p1.kdob»
Ouder: «p2.full», «p2.email», «p2.tel»
Dagen: maandag en donderdag""".replace("«p1.full»", "«p1.full»"),
    """Betalingsherinnering «inv1»
«p1.aanhef» «p1.last»,
Het openstaande bedrag van «amt1» kunt u overmaken naar «acc1.iban» onder vermelding van «inv1».""".replace("«inv1»", "«inv1»"),
    """Verhuisbericht: Per «date1» wonen wij op «@addr1:p1». Ons nieuwe vaste nummer is «p1.tel2». Groeten van «p1.first» en «p2.first»""".replace("«date1»", "«date1»").replace("«p1.tel2»", "«p1.tel2»").replace("«p2.first»", "«p2.first»"),
    """Sollicitatie magazijnmedewerker
Naam: «p1.full»
Geboren: «p1.dob»
Woonplaats: «p1.town»
Rijbewijs: B, C
E-mail: «p1.email»""".replace("«p1.full»", "«p1.full»"),
    """«@fwd:p1»afspraak fotoshoot

Hoi «p2.first», kun jij deze klant inplannen? Groet «p3.first»

> Hallo, ik wil graag een shoot op «date1». Groet, «p1.full», «p1.tel»""".replace("«p2.first»", "«p2.first»").replace("«date1»", "«date1»").replace("«p1.full»", "«p1.full»"),
    """«@fwd:p1»factuur «inv1»

Ter info. «p1.first» vraagt of de betaling van «amt1» al binnen is op «acc1.iban».""".replace("«p1.first»", "«p1.first»").replace("«amt1»", "«amt1»"),
    """Verlofaanvraag
Medewerker: «p1.full»
Periode: «date1» t/m «date2»
Vervanging: «p2.full»""".replace("«p1.full»", "«p1.full»").replace("«date2»", "«date2»").replace("«p2.full»", "«p2.full»"),
    F("""ik sta voor de deur bij «p1.adres» maar er doet niemand open. klant «p1.firstl» neemt niet op («p1.tel»)""".replace("«p1.adres»", "«p1.adres»"), "L"),
    """Hoi «p1.first»,
Wil jij «p2.full» toevoegen aan de WhatsApp-groep? Nummer: «p2.tel». Ze begint «wday1» bij ons op de zaak.""".replace("«p2.tel»", "«p2.tel»").replace("«wday1»", "«wday1»"),
    """Reservering «tick1»
Naam: «p1.full»
Aantal personen: 4
Tijd: «time1»
Telefoon: «p1.tel»""".replace("«time1»", "«time1»"),
    """Huurachterstand: «p1.dhr» «p1.last» («p1.adres», «p1.town») heeft «amt1» achterstand. Contact via «p1.email».""".replace("«p1.last»", "«p1.last»").replace("«amt1»", "«amt1»"),
    """Opdracht «inv1»: bruiloft «p1.first» & «p2.first» op «datey1». Contactpersoon: «p3.full», «p3.tel», ceremoniemeester.""".replace("«p1.first»", "«p1.first»").replace("«p2.first»", "«p2.first»").replace("«datey1»", "«datey1»"),
    """Beste «p1.first»,

De APK van je auto («p1.kent») verloopt op «date1». Zullen we een afspraak maken? Bel «p2.first» op «p2.tel».

Garage""".replace("«p2.first»", "«p2.first»"),
    """Hallo «p1.first»,
wij hebben uw aanvraag voor de sportpas van «p2.full» ontvangen. Geboortedatum volgens de aanvraag: «p2.kdob». De pas wordt gestuurd naar «p1.adres».""",
    """Notitie schuldhulp (geen BSN in notities!): «p1.full» heeft «amt1» openstaand bij de energieleverancier. Afspraak op «date1» met «p2.first».""".replace("«p1.full»", "«p1.full»").replace("«amt1»", "«amt1»").replace("«date1»", "«date1»").replace("«p2.first»", "«p2.first»"),
    """Van: «p1.full» <«p1.email»>
Onderwerp: Re: uw offerte

Goedemiddag, de offerte ziet er goed uit. Ik wil wel graag weten of de steigerkosten inbegrepen zijn. Mijn adres: «@addr1:p1». Groet, «p1.first»""".replace("«@addr1:p1»", "«@addr1:p1»"),
    F("""«p1.firstl» «p1.tvlast»: «p1.tel»
«p2.firstl» «p2.tvlast»: «p2.tel»
(oppas)""".replace("«p1.tvlast»", "«p1.tvlast»").replace("«p2.tvlast»", "«p2.tvlast»"), ""),
    """Factuuradres gewijzigd voor klant «cust1»: t.a.v. «p1.full», «@addr1:p1». IBAN blijft «p1.iban».""",
    """Beste mevrouw, meneer,

Namens «p1.full» stuur ik u dit bericht. Hij/zij is bereikbaar op «p1.tel» en verblijft tijdelijk bij «p2.full» op «p2.adres».

Met vriendelijke groet,
«p3.full»""".replace("«p1.tel»", "«p1.tel»").replace("«p2.adres»", "«p2.adres»").replace("«p3.full»", "«p3.full»"),
    """Incident: op «date1» viel «p1.full» van de ladder in het magazijn. EHBO door «p2.first». Contact partner: «p3.full», «p3.tel».""".replace("«date1»", "«date1»").replace("«p1.full»", "«p1.full»").replace("«p2.first»", "«p2.first»").replace("«p3.full»", "«p3.full»"),
    """Gegevens voor de verhuizer: «p1.full», van «p1.adres» («p1.town») naar «p2.adres», «p2.pc» «p2.town». Kenteken verhuiswagen: «p3.kent». Start «time1».""".replace("«p1.full»", "«p1.full»").replace("«time1»", "«time1»"),
    """Hoi «p1.first»!

Bedankt voor je bestelling («ord1»). We verzenden naar:
«p1.full»
«@addr:p1»

Vragen? Mail «shop1.mail».""".replace("«p1.first»", "«p1.first»").replace("«p1.full»", "«p1.full»"),
    """Hondenuitlaatservice: «pet1» van «p1.full» wordt «wday1» om «time1» opgehaald op «p1.adres». Bij problemen bel «p1.tel».""".replace("«p1.full»", "«p1.full»").replace("«p1.adres»", "«p1.adres»"),
    """Contactformulier website
Naam: «p1.full»
E-mail: «p1.email»
Telefoon: «p1.tel»
Bericht: Ik zoek een bijlesdocent Engels voor mijn zoon.""",
    F("""mevr «p1.last» belt elke dag om «time1» op «p1.tel» of we al iets weten over haar aanvraag""".replace("«p1.last»", "«p1.last»").replace("«p1.tel»", "«p1.tel»"), "L"),
    """Certificaat behaald: «p1.full», geboren «p1.dob», heeft op «date1» de cursus heftruckchauffeur met goed gevolg afgerond.""".replace("«p1.full»", "«p1.full»").replace("«p1.dob»", "«p1.dob»"),
    """Gesprek «date1» met «p1.ini1» en «p2.ini1» over de nieuwe planning; actiepunt voor «p3.first»: bel «p4.full» («p4.tel»).""".replace("«p3.first»", "«p3.first»"),
    """WhatsApp Business – «shop1.name»
«p1.full»: Is mijn bestelling al onderweg?
«shop1.name»: Ja! Hij wordt «date1» bezorgd op «p1.adres».""".replace("«shop1.name»", "«shop1.name»").replace("«p1.full»", "«p1.full»"),
    """«p1.rev»
«p1.adres»
«p1.pc» «p1.town»

Retouradres: «shop1.name», Postbus 104""",
    """Boeking taxi: ophalen «p1.full» op «@addr1:p1» om «time1», naar het ziekenhuis. Telefoon begeleider: «p2.tel».""".replace("«p1.full»", "«p1.full»").replace("«@addr1:p1»", "«@addr1:p1»").replace("«p2.tel»", "«p2.tel»"),
    """Klantvraag («dnum1»): «p1.init» wil weten of de btw-teruggave al is ontvangen. Rekening: «p1.iban».""".replace("«p1.init»", "«p1.init»"),
    """«p1.full» — «p1.email» — lid sinds «year1»
Partner: «p2.full»""".replace("«p1.full»", "«p1.full»").replace("«p1.email»", "«p1.email»").replace("«year1»", "«year1»").replace("«p2.full»", "«p2.full»"),
    """Hello «p1.first», this is «p2.full» from «make1.name». The viewing at «p3.adres» is confirmed for «date1» at «time1». See you there!""".replace("«p1.first»", "«p1.first»").replace("«p2.full»", "«p2.full»").replace("«p3.adres»", "«p3.adres»").replace("«date1»", "«date1»").replace("«time1»", "«time1»"),
    F("""«p1.upper»
«p1.adres»
«p1.pc» «p1.town»
KLANTNR «cust1»""", "UO"),
    """Overlijdensbericht in de krant: «p1.full», weduwe/weduwnaar van «p2.full», op de leeftijd van 87 jaar. Condoleren: «@addr1:p3».""".replace("«p1.full»", "«p1.full»").replace("«p2.full»", "«p2.full»").replace("«@addr1:p3»", "«@addr1:p3»"),
    """Afspraak wijziging: «p1.dhr» «p1.tvlast» komt niet op «date1», maar op «date2». Nummer: «p1.tel».""".replace("«p1.tvlast»", "«p1.tvlast»").replace("«date1»", "«date1»").replace("«p1.tel»", "«p1.tel»"),
]

GROUPS = [
    ("PASSWORD", 170, "PASSWORD", T_PASSWORD),
    ("API_KEY", 170, "API_KEY", T_API),
    ("BSN", 170, "BSN", T_BSN),
    ("SALARY_SLIP", 170, "SALARY_SLIP", T_SALARY),
    ("SIGNED_CONTRACT", 170, "SIGNED_CONTRACT", T_CONTRACT),
    ("CUSTOMER_LIST", 170, "CUSTOMER_LIST", T_CUSTOMERS),
    ("NEG", 330, None, T_NEG),
    ("PII", 650, None, T_PII),
]

# ----------------------------------------------------------------------------------------------
# building records
# ----------------------------------------------------------------------------------------------
PROTECT_CASE = ("IBAN", "BSN", "WACHTWOORD", "API_SLEUTEL", "KENTEKEN")
OCR_SUBS = {"o": "0", "l": "1", "e": "c", "i": "l", "S": "5", "B": "8", "O": "0", "I": "1", "a": "o", "n": "m"}


def transform(text, spans, flags, r):
    chars = list(text)
    inside = [None] * len(chars)
    for s, e, k in spans:
        for i in range(s, e):
            inside[i] = k
    if "U" in flags and not any(k in ("WACHTWOORD", "API_SLEUTEL") for _, _, k in spans):
        for i, c in enumerate(chars):
            u = c.upper()
            if len(u) == 1:
                chars[i] = u
    if "L" in flags:
        for i, c in enumerate(chars):
            if inside[i] in PROTECT_CASE:
                continue
            lo = c.lower()
            if len(lo) == 1:
                chars[i] = lo
    if "O" in flags:
        for i, c in enumerate(chars):
            if inside[i] is None and c in OCR_SUBS and r.random() < 0.04:
                chars[i] = OCR_SUBS[c]
    return "".join(chars)


def make_record(r, tpl, cat):
    ctx = Ctx(r)
    flags = ""
    if callable(tpl):
        res = tpl(ctx)
        t, flags = res if isinstance(res, tuple) else (res, "")
    elif isinstance(tpl, tuple):
        t, flags = tpl
    else:
        t = tpl
    out = [[], [], 0]
    render(t, ctx, out)
    text = "".join(out[0])
    spans = out[1]
    if flags:
        text = transform(text, spans, flags, r)
    mask, keep, seen_m, seen_k = [], [], [], []
    for s, e, k in sorted(spans):
        v = text[s:e]
        if k == "KEEP":
            if v not in seen_k:
                seen_k.append(v)
                keep.append(v)
        else:
            if (k, v) not in seen_m:
                seen_m.append((k, v))
                mask.append([k, v])
    block = []
    labels = [m[0] for m in mask]
    for lab, b in AUTO_BLOCK.items():
        if lab in labels:
            block.append(b)
    if cat:
        block.append(cat)
    block = [b for b in BLOCK_ORDER if b in block]
    return {"text": text, "mask": mask, "block": block, "keep": keep, "_spans": sorted(spans)}


INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}


def name_tokens(label, value):
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in re.findall(r"[^\W\d_][\w'’-]*", value) if len(t) >= 4 and t.lower() not in INTERFIX]


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IBAN_RE = re.compile(r"(?:NL\d{2} ?[A-Z]{4}(?: ?\d){10}|BE\d{2}(?: ?\d){12})")
NINE_RES = [re.compile(r"(?<!\d)\d{9}(?!\d)"), re.compile(r"(?<![\d.])\d{4}\.\d{2}\.\d{3}(?![\d])"),
            re.compile(r"(?<![\d.])\d{3}\.\d{3}\.\d{3}(?![\d.])"), re.compile(r"(?<![\d ])\d{3} \d{3} \d{3}(?![\d])")]
BRACE_RE = re.compile(r"\{[a-z_]+\d*(?:\.[a-z_]+)?\}|«|»")


def validate(rec, group):
    """Checks that need the spans (run on every fresh build)."""
    errs = []
    text = rec["text"]
    spans = rec["_spans"]
    lab = [(s, e, k) for s, e, k in spans if k != "KEEP"]
    kspans = [(s, e) for s, e, k in spans if k == "KEEP"]

    def in_lab(s, e):
        return any(a <= s and e <= b for a, b, _ in lab)

    def hits_lab(s, e):
        return any(s < b and a < e for a, b, _ in lab)

    for i in range(1, len(spans)):
        if spans[i][0] < spans[i - 1][1]:
            errs.append("overlapping spans")
    values = {}
    for label, v in rec["mask"]:
        if label not in LABELS:
            errs.append("bad label " + label)
        if v != v.strip() or not v:
            errs.append("mask value with outer whitespace %r" % v)
        if v in values and values[v] != label:
            errs.append("value under two labels %r" % v)
        values[v] = label
        if v not in text:
            errs.append("mask value not in text %r" % v)
        start = 0
        while True:
            j = text.find(v, start)
            if j < 0:
                break
            if not in_lab(j, j + len(v)):
                errs.append("occurrence outside span %s %r" % (label, v))
                break
            start = j + 1
        if label == "IBAN" and not iban_valid(v):
            errs.append("invalid IBAN %r" % v)
        if label == "BSN" and not elfproef(re.sub(r"[ .]", "", v)):
            errs.append("invalid BSN %r" % v)
    # name/street words outside spans
    blank = list(text)
    for s, e, _ in lab:
        for i in range(s, e):
            blank[i] = " "
    outside = "".join(blank)
    for label, v in rec["mask"]:
        for t in name_tokens(label, v):
            if re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", outside, re.I):
                errs.append("word %r of %s %r outside span" % (t, label, v))
    # keep values
    for v in rec["keep"]:
        if v in values:
            errs.append("keep equals mask %r" % v)
        start = 0
        while True:
            j = text.find(v, start)
            if j < 0:
                break
            if hits_lab(j, j + len(v)):
                errs.append("keep overlaps mask %r" % v)
                break
            start = j + 1
    for s, e in kspans:
        if hits_lab(s, e):
            errs.append("keep span overlaps mask")
    # unlabelled structured values
    for rx in NINE_RES:
        for m in rx.finditer(text):
            if not in_lab(m.start(), m.end()) and elfproef(re.sub(r"[ .]", "", m.group(0))):
                errs.append("unlabelled 11-proef number %r" % m.group(0))
    for m in EMAIL_RE.finditer(text):
        if not hits_lab(m.start(), m.end()):
            errs.append("unlabelled e-mail %r" % m.group(0))
    for m in IBAN_RE.finditer(text):
        if iban_valid(m.group(0)) and not hits_lab(m.start(), m.end()):
            errs.append("unlabelled IBAN %r" % m.group(0))
    if BRACE_RE.search(text):
        errs.append("template brace left: %r" % BRACE_RE.search(text).group(0))
    # group rules
    labels = [m[0] for m in rec["mask"]]
    if group in ("NEG", "PII"):
        if rec["block"]:
            errs.append("NEG/PII with block")
        if "PERSOON" not in labels and group == "PII":
            errs.append("PII without a person")
    need = {"PASSWORD": "WACHTWOORD", "API_KEY": "API_SLEUTEL", "BSN": "BSN"}.get(group)
    if need and need not in labels:
        errs.append("group %s without %s" % (group, need))
    if group == "CUSTOMER_LIST":
        n = len([s for s, e, k in spans if k == "PERSOON"])
        if n < 5:
            errs.append("customer list with fewer than 5 people")
    exp = [AUTO_BLOCK[l] for l in AUTO_BLOCK if l in labels] + ([group] if group not in ("NEG", "PII") else [])
    if rec["block"] != [b for b in BLOCK_ORDER if b in exp]:
        errs.append("block mismatch %r" % rec["block"])
    if rec["keep"] != list(dict.fromkeys(rec["keep"])):
        errs.append("duplicate keep")
    return errs


def build():
    r = random.Random(SEED)
    recs = []
    retries = 0
    for group, count, cat, tpls in GROUPS:
        for i in range(count):
            ti = i % len(tpls)
            for attempt in range(400):
                rec = make_record(r, tpls[ti], cat)
                errs = validate(rec, group)
                if not errs:
                    break
                retries += 1
                if os.environ.get("GEN14_DEBUG"):
                    print(group, ti, errs[:2], file=sys.stderr)
            else:
                raise SystemExit("template %s/%d keeps failing: %s" % (group, ti, errs[:3]))
            rec["_group"] = group
            rec["_tpl"] = ti
            recs.append(rec)
    r.shuffle(recs)
    for n, rec in enumerate(recs):
        rec["id"] = "c14-%d" % n
    return recs, retries


def line(rec):
    return json.dumps({"id": rec["id"], "text": rec["text"], "mask": rec["mask"], "block": rec["block"], "keep": rec["keep"]},
                      ensure_ascii=False) + "\n"


def check():
    problems = []
    try:
        raw = open(OUT, "rb").read()
    except OSError as e:
        print("cannot read %s: %s" % (OUT, e))
        return 1
    recs, _ = build()
    fresh = "".join(line(x) for x in recs).encode("utf-8")
    lines = raw.decode("utf-8").splitlines()
    if len(lines) != N_TOTAL:
        problems.append("expected %d records, found %d" % (N_TOTAL, len(lines)))
    ids = []
    for ln in lines:
        try:
            d = json.loads(ln)
        except ValueError:
            problems.append("bad JSON line")
            continue
        if list(d.keys()) != ["id", "text", "mask", "block", "keep"]:
            problems.append("field order %r" % list(d.keys()))
        ids.append(d.get("id"))
        text = d.get("text", "")
        for label, v in d.get("mask", []):
            if v not in text:
                problems.append("%s: mask value not in text" % d.get("id"))
        if len(set(map(tuple, d.get("mask", [])))) != len(d.get("mask", [])):
            problems.append("%s: duplicate mask entry" % d.get("id"))
        for b in d.get("block", []):
            if b not in BLOCK_ORDER:
                problems.append("%s: unknown block %s" % (d.get("id"), b))
        if BRACE_RE.search(text):
            problems.append("%s: template brace left" % d.get("id"))
    if ids != ["c14-%d" % i for i in range(N_TOTAL)]:
        problems.append("ids are not c14-0..c14-%d in order" % (N_TOTAL - 1))
    for rec in recs:
        for e in validate(rec, rec["_group"]):
            problems.append("%s: %s" % (rec["id"], e))
    if raw != fresh:
        problems.append("c14.jsonl differs from a fresh build")
    for p in problems[:50]:
        print("PROBLEM", p)
    if problems:
        print("check FAILED: %d problem(s)" % len(problems))
        return 1
    groups = {}
    for rec in recs:
        g = groups.setdefault(rec["_group"], [0, set()])
        g[0] += 1
        g[1].add(rec["_tpl"])
    nlab = {}
    for rec in recs:
        for l, _ in rec["mask"]:
            nlab[l] = nlab.get(l, 0) + 1
    print("check OK: %d records, byte-identical to a fresh build" % len(recs))
    for gname, _, _, tpls in GROUPS:
        print("  %-16s %4d records %3d templates" % (gname, groups[gname][0], len(groups[gname][1])))
    print("  templates total: %d" % sum(len(t) for _, _, _, t in GROUPS))
    print("  mask values per label: " + ", ".join("%s %d" % (l, nlab.get(l, 0)) for l in LABELS))
    print("  keep values: %d" % sum(len(x["keep"]) for x in recs))
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    recs, retries = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(line(rec))
    print("wrote %s (%d records, %d rejected drafts)" % (OUT, len(recs), retries))


if __name__ == "__main__":
    main()
