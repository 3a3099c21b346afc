#!/usr/bin/env python3
"""Blind held-out corpus c12 for the veilig anonymizer.

Written without looking at the anonymizer's sources, tests, word lists or other held-out sets.
Python 3 standard library only, fixed seed, deterministic.

    python3 gen12.py           # writes c12.jsonl next to this file
    python3 gen12.py --check   # re-validates c12.jsonl

Each record: {"id","text","mask","block","keep"} as in pii-dev.jsonl.
Templates use slots in braces, e.g. {P1.n} (a person's full name), {ADR} (street + number),
{EUR:20-400} (an amount to keep). Every generated value is recorded with its label while the text
is built, so the mask/keep lists follow from the spans, never from guessing afterwards.
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20260412
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "c12.jsonl")

# --------------------------------------------------------------------------------------------
# Name material (written for this corpus)
# --------------------------------------------------------------------------------------------

FIRST = {
    "nl": (
        # female
        "Anna Emma Sophie Julia Lotte Sanne Fleur Lisa Eva Anouk Femke Iris Noor Sara Lieke Maud Esmee "
        "Britt Floor Merel Ilse Janneke Marieke Annemiek Petra Ingrid Monique Sandra Wendy Linda Marloes "
        "Mirjam Karin Hanneke Gerda Wilma Ria Tineke Joke Annelies Margriet Ellen Jolanda Yvonne Esther "
        "Daphne Naomi Nina Tess Evi Jasmijn Liv Mila Yara Fenna Hannah Isa Jill Lynn Noa Puck Saar Vera "
        "Wietske Sjoukje Geertje Hester Aafke Lobke Rianne Manon Nathalie Bianca Debbie Anne-Marie "
        "Marie-José Trijntje Dieuwke Froukje Corrie Diny Annet Miranda Bregje Loes Thirza Renske".split(),
        # male
        "Jan Pieter Kees Henk Gerrit Willem Johan Hans Peter Mark Martijn Bas Thijs Daan Sem Lucas Milan "
        "Jesse Thomas Ruben Tim Niels Bram Jeroen Sander Erik Rob Frank Marco Dennis Patrick Michiel "
        "Wouter Arjen Jasper Stijn Koen Joris Sjoerd Hylke Douwe Jelle Teun Gijs Luuk Finn Levi Noah Sven "
        "Rik Ties Mees Jurre Hidde Bart Theo Cor Dirk Geert Harm Klaas Wim Jan-Willem Pieter-Jan Gert-Jan "
        "Maarten Roel Remco Erwin Ronald Ferry Vincent Menno Floris Olivier Casper Hugo Berend Wessel "
        "Job Tijmen Ewout Reinier Auke Gerben Hendrikus Marinus".split(),
    ),
    "vl": (
        "An Els Griet Lien Katrien Sofie Elke Nele Hilde Veerle Marijke Leen Ine Lotte Ann-Sofie Kato "
        "Febe Jolien Lore Marthe".split(),
        "Wout Pieter Jens Bert Koen Stijn Jef Dries Wim Tom Joris Kristof Bart Steven Frederik Thibaut "
        "Arne Robbe Seppe Lander".split(),
    ),
    "tr": (
        "Ayşe Elif Zeynep Fatma Emine Büşra Merve Derya Esra Hatice Sevgi Özlem Dilara Tuba Songül "
        "Gülsen".split(),
        "Mehmet Mustafa Ahmet Emre Burak Hakan Murat Yusuf Kerem Serkan Oğuz Cem Barış Onur Volkan "
        "Erkan".split(),
    ),
    "ma": (
        "Fatima Khadija Nadia Samira Imane Naima Soumaya Hanan Loubna Yasmina Salma Houda Malika Ikram "
        "Siham Zineb".split(),
        "Mohamed Youssef Bilal Soufiane Hamza Mourad Karim Rachid Said Anouar Ayoub Redouan Abdelkader "
        "Nordin Mehdi Othman".split(),
    ),
    "sr": (
        "Anjali Priya Sharmila Shanti Radha Kavita Sunita Ashna Marisca Gaitrie Sarita Romy Jerusha "
        "Shirley".split(),
        "Rajesh Ravi Navin Anand Sunil Dinesh Kenneth Romano Errol Ricardo Glenn Ashwin Sudesh Jairo "
        "Virgil Humphrey".split(),
    ),
    "an": (
        "Yuliska Shurenska Ruthmila Giselle Jeanine Sharina Rosalie Chaimaly Zuleika Naysha".split(),
        "Shurandy Jeandrick Rigoberto Quincy Ivanildo Jurich Ruchenel Dwight Jurgen Xander".split(),
    ),
    "id": (
        "Dewi Sari Wulan Indah Ratna Lestari Maya Ayu Putri Nani".split(),
        "Agus Budi Rudi Teddy Ronny Bayu Eko Arjuna Johny Rocky".split(),
    ),
    "pl": (
        "Katarzyna Agnieszka Magdalena Joanna Aleksandra Monika Ewa Natalia Karolina Dorota "
        "Małgorzata Justyna".split(),
        "Piotr Tomasz Marek Łukasz Krzysztof Paweł Michał Kamil Jakub Grzegorz Bartosz Wojciech".split(),
    ),
    "sy": (
        "Lina Rasha Hala Rania Nour Yasmin Dima Reem Maha Ghalia Bayan Rouba".split(),
        "Omar Ahmad Rami Mahmoud Khaled Ammar Tarek Bassel Firas Majd Hussam Wassim".split(),
    ),
    "er": (
        "Semhar Helen Senait Merhawit Saba Ruta Yordanos Winta Eden Luwam Selam Hiwet".split(),
        "Yonas Filmon Tesfay Dawit Mebrahtu Robel Biniam Samuel Henok Amanuel Natnael Kidus".split(),
    ),
    "cn": (
        ["Mei Ling", "Li Na", "Xiaoyan", "Yan", "Hui", "Jing", "Ying", "Jenny", "Lily", "Xin"],
        ["Wei", "Jun", "Kai", "Hao", "Jian", "Ming", "Zhi Hao", "Chun", "Kevin", "Bo"],
    ),
    "gh": (
        "Akosua Ama Abena Efua Adwoa Afia Yaa Esi Akua Gifty".split(),
        "Kwame Kofi Yaw Kwabena Kwaku Kojo Nana Kwesi Ebenezer Emmanuel".split(),
    ),
}

SURNAMES_NL = [
    "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
    "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok",
    "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin",
    "van der Heijden", "Schouten", "van Beek", "van Vliet", "van de Ven", "Hoekstra", "Maas",
    "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "de Jong", "Kuipers",
    "van Wijk", "Post", "Veenstra", "Kramer", "van den Brink", "Scholten", "van Wijngaarden", "Martens",
    "Vink", "de Ruiter", "van der Laan", "Postma", "Wiersma", "Bosma", "Hofman", "Timmermans", "Groen",
    "Verbeek", "van Rijn", "ter Horst", "ten Hove", "in 't Veld", "van 't Hof", "op den Kamp",
    "Brinkman", "Molenaar", "Evers", "Roodbeen", "Zwanenburg", "Heemskerk", "Oosterhuis", "Klaassen",
    "Wolters", "Lammers", "Nijhuis", "Geerts", "Hermans", "Franken", "Gerritsen", "Kroon", "Wagenaar",
    "Sikkema", "Hiemstra", "Bouwman", "Schipper", "Terpstra", "Boersma", "van Houten", "Roelofs",
    "Verhagen", "Damen", "Claassen", "Tromp", "Boon", "Rutten", "van Os", "Kamphuis", "Lubbers",
    "Oudshoorn", "Zijlstra", "Stam", "Koopman", "Driessen", "Brugman", "van Loon", "Thijssen",
    "van Gils", "Hoogland", "Nieuwenhuis", "Oosterveld", "Huizinga", "de Lange", "van Zanten",
    "Ketelaar", "Westerhof", "Beukema", "Aalbers", "Blokland", "van Ginkel", "Slegers", "Tuinstra",
    "van der Zanden", "Verschuren", "de Kock", "Wouters", "van Dongen", "Pronk", "van Schaik",
    "Hazelhoff", "Reijnders", "ter Beek", "ten Brinke", "van der Sluis", "de Leeuw", "Koenen",
    "Veldhuizen", "van Aalst", "Haverkamp", "Spijkerman", "Bleeker", "Dorrestein", "van Essen",
    "uit den Bogaard", "van de Kamp", "Siebelink", "Jonkman", "Feenstra", "Rietveld", "Pols",
]
SURNAMES = {
    "vl": ["Peeters", "Janssens", "Maes", "Mertens", "Willems", "Claes", "Goossens", "De Smet",
           "Van Damme", "Desmet", "Vandenberghe", "Verstraete", "Declercq", "Van den Broeck",
           "De Clercq", "Vermeersch", "Lambrechts", "De Backer", "Van Acker", "Verhaegen"],
    "tr": ["Yılmaz", "Yilmaz", "Kaya", "Demir", "Şahin", "Sahin", "Çelik", "Yıldız", "Öztürk",
           "Ozturk", "Aydın", "Arslan", "Doğan", "Kılıç", "Aslan", "Koç", "Kurt", "Özdemir", "Polat",
           "Aksoy", "Bulut", "Güneş", "Karaca", "Tekin"],
    "ma": ["El Amrani", "Bouzid", "Benali", "El Idrissi", "Ouali", "Azzouzi", "Bakkali", "El Khatib",
           "Boukhari", "Ait Brahim", "Zaoui", "El Haddaoui", "Amrani", "Tahiri", "El Ouardi", "Chaoui",
           "Lamrabet", "Ben Said", "Achahbar", "Ouarghi", "el Bouchtaoui", "Essafi"],
    "sr": ["Ramdin", "Sewdien", "Jagesar", "Kartosen", "Pinas", "Doekhie", "Ramautar", "Biharie",
           "Mahabier", "Kromodimedjo", "Sitaldin", "Ramsaran", "Autar", "Soekhai", "Tjin-A-Kwie",
           "Vlijter", "Nelom", "Lieuw", "Wongsokarto", "Fung-A-Loi"],
    "an": ["Martina", "Isenia", "Rosaria", "Cijntje", "Statia", "Maduro", "Girigorie", "Pieternella",
           "Doran", "Sillé", "Coffie", "Winklaar", "Janga", "Felida", "Sulvaran"],
    "id": ["Pattinama", "Latuhihin", "Tahitu", "Wattimena", "Sahetapy", "Soumokil", "Pattiasina",
           "Nanlohy", "Siahaya", "Manuhutu", "Tuanakotta", "Sapulette", "Wirjosentono", "Soeprapto"],
    "pl": ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
           "Szymański", "Dąbrowski", "Kaczmarek", "Mazur", "Krawczyk", "Piotrowski", "Grabowski",
           "Jankowski", "Nowicki"],
    "sy": ["Al-Hassan", "Haddad", "Khalil", "Al Masri", "Darwish", "Hamdan", "Sabbagh", "Kassab",
           "Al-Ahmad", "Mansour", "Najjar", "Hamoud", "Al-Khatib", "Shami", "Zaher"],
    "er": ["Tesfamariam", "Gebremedhin", "Habte", "Kidane", "Berhane", "Tekle", "Ghebreyesus", "Woldu",
           "Mehari", "Tesfaye", "Weldemichael", "Andemariam", "Haile", "Yemane", "Ghirmay"],
    "cn": ["Chen", "Wong", "Lin", "Zhang", "Liu", "Cheung", "Huang", "Wu", "Zhou", "Lam", "Chan",
           "Yeung", "Tang", "Ho", "Xu"],
    "gh": ["Mensah", "Asante", "Owusu", "Boateng", "Osei", "Addo", "Agyeman", "Ofori", "Appiah",
           "Danquah", "Amoah", "Acheampong", "Frimpong", "Ansah", "Darko"],
}
SURNAMES["nl"] = SURNAMES_NL
ORIGIN_WEIGHTS = [("nl", 52), ("tr", 6), ("ma", 7), ("sr", 5), ("an", 3), ("id", 4), ("pl", 5),
                  ("sy", 4), ("er", 3), ("cn", 4), ("gh", 3), ("vl", 4)]
TV_WORDS = {"van", "de", "der", "den", "ter", "ten", "in", "'t", "op", "uit", "het"}

STREETS = [
    "Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat", "Stationsweg", "Hoofdstraat",
    "Julianastraat", "Wilhelminalaan", "Beatrixlaan", "Oranjestraat", "Prins Bernhardlaan",
    "Lindelaan", "Eikenlaan", "Beukenlaan", "Berkenlaan", "Kastanjelaan", "Populierenweg", "Wilgenhof",
    "Esdoornstraat", "Meidoornstraat", "Vlierstraat", "Rozenstraat", "Tulpstraat", "Narcissenlaan",
    "Zonnebloemstraat", "Margrietstraat", "Klaproosstraat", "Korenbloemweg", "Sleedoornhof",
    "Merelstraat", "Lijsterweg", "Spreeuwenlaan", "Zwaluwstraat", "Kievitstraat", "Reigerlaan",
    "Ooievaarstraat", "Meeuwenweg", "Valkstraat", "Havikweg", "Vinkenlaan", "Koekoekstraat",
    "Dijkstraat", "Havenweg", "Sluisweg", "Brugstraat", "Oudegracht", "Nieuwegracht", "Veerweg",
    "Zeedijk", "Industrieweg", "Ambachtsweg", "Nijverheidsweg", "Handelsweg", "Energieweg",
    "Edisonstraat", "Marconistraat", "Voltastraat", "Rembrandtlaan", "Vermeerstraat", "Frans Halsstraat",
    "Jan Steenstraat", "Van Goghlaan", "Mondriaanstraat", "Escherlaan", "Vondelstraat",
    "Bilderdijkstraat", "Multatulistraat", "Prins Hendrikkade", "Burgemeester de Withstraat",
    "Burg. van Nispenstraat", "Dr. Schaepmanstraat", "Pastoor van Arsstraat", "Generaal Foulkesweg",
    "Laan van Meerdervoort", "Van Heemskerckstraat", "Van Speijkstraat", "De Ruyterlaan", "Tromplaan",
    "Piet Heinstraat", "Karel Doormanweg", "Akkerweg", "Weidelaan", "Veldweg", "Heideweg", "Bosweg",
    "Zandweg", "Boslaan", "Parkweg", "Vijverlaan", "Beekstraat", "Molenstraat", "Torenstraat",
    "Kloosterstraat", "Kapelstraat", "Raadhuisplein", "Marktplein", "Voorstraat", "Achterstraat",
    "Nieuwstraat", "Oude Kerkstraat", "Lange Nieuwstraat", "Korte Gasthuisstraat", "Hoogstraat",
    "Langstraat", "Middenweg", "Zuidsingel", "Noorderweg", "Oosterstraat", "Westeinde", "Steenweg",
    "Grotestraat", "Paterswoldseweg", "Amsterdamsestraatweg", "Utrechtseweg", "Rijksstraatweg",
    "Zutphenseweg", "Hengelosestraat", "Deventerstraat", "Groningerstraat", "Leeuwarderweg",
    "Bredaseweg", "Tilburgseweg", "Maastrichterlaan", "Venloseweg", "Buorren", "Skoalstrjitte",
    "Laan van Poot", "Van Limburg Stirumstraat", "Van Welderenstraat", "Prinses Margrietlaan",
    "Koning Willem-Alexanderlaan", "Wethouder Brederostraat", "Sint Annastraat", "Sint Jansstraat",
    "Bisschop Zwijsenstraat", "Professor Kamerlingh Onneslaan", "Anne Frankstraat",
    "Graaf Florisstraat", "Hertog Janplein", "Kanaalweg Oost", "Polderweg", "Slotlaan",
    "Tiendweg", "Griftdijk", "Dorpsweg", "Achter de Hoven", "Keizersgracht", "Binnenweg",
    "Herenstraat", "Bergweg", "Vaartweg", "Noordeinde", "Duinweg", "Zeeweg", "Boterdiep",
    "Hooiberg", "Dalweg", "Ringbaan-Oost", "Schimmelpenninckstraat",
]
STREETS_BE = ["Veldstraat", "Statiestraat", "Kerkplein", "Brusselsesteenweg", "Gentsesteenweg",
              "Kortrijksestraat", "Lange Kievitstraat", "Mechelsesteenweg", "Diestsestraat",
              "Naamsestraat", "Dorp-Oost", "Kapucijnenvoer", "Grote Markt", "Leopoldlaan",
              "Koning Albertstraat", "Nieuwpoortsesteenweg"]
TOWNS = [
    "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere",
    "Breda", "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Amersfoort", "Zaandam",
    "'s-Hertogenbosch", "Zwolle", "Leiden", "Maastricht", "Dordrecht", "Zoetermeer", "Deventer",
    "Delft", "Alkmaar", "Heerlen", "Venlo", "Leeuwarden", "Hilversum", "Emmen", "Helmond", "Oss",
    "Roosendaal", "Purmerend", "Schiedam", "Spijkenisse", "Vlaardingen", "Gouda", "Hoorn", "Lelystad",
    "Assen", "Veenendaal", "Zeist", "Ede", "Hengelo", "Almelo", "Doetinchem", "Harderwijk", "Kampen",
    "Meppel", "Sneek", "Drachten", "Heerenveen", "Hoogeveen", "Coevorden", "Winterswijk", "Tiel",
    "Culemborg", "Gorinchem", "Woerden", "Nieuwegein", "Houten", "IJsselstein", "Bussum", "Weesp",
    "Volendam", "Den Helder", "Heerhugowaard", "Middelburg", "Vlissingen", "Goes", "Terneuzen",
    "Bergen op Zoom", "Waalwijk", "Uden", "Veghel", "Boxtel", "Weert", "Roermond", "Sittard",
    "Kerkrade", "Katwijk", "Noordwijk", "Lisse", "Naaldwijk", "Capelle aan den IJssel", "Barendrecht",
    "Ridderkerk", "Papendrecht", "Zierikzee", "Steenwijk", "Oldenzaal", "Nunspeet", "Elburg",
]
TOWNS_BE = ["Gent", "Antwerpen", "Brugge", "Leuven", "Mechelen", "Hasselt", "Kortrijk", "Aalst",
            "Genk", "Sint-Niklaas", "Turnhout", "Roeselare", "Lier", "Oostende"]
BE_PC = {"Gent": "9000", "Antwerpen": "2000", "Brugge": "8000", "Leuven": "3000", "Mechelen": "2800",
         "Hasselt": "3500", "Kortrijk": "8500", "Aalst": "9300", "Genk": "3600", "Sint-Niklaas": "9100",
         "Turnhout": "2300", "Roeselare": "8800", "Lier": "2500", "Oostende": "8400"}

COMPANIES = {
    "install": ["Installatiebedrijf De Waterlijn", "Loodgietersbedrijf Warmtefix", "Installatietechniek Noordkaap",
                "CV-Service Het Zuiden", "Klimaatwerk Installaties", "Loodgieter De Druppel",
                "Installatiebureau Kraan & Co", "Verwarmingsbedrijf Gloed"],
    "bakker": ["Bakkerij Het Korenaar", "Warme Bakker De Zoete Inval", "Bakkerij De Gouden Krakeling",
               "Banketbakkerij Suikerspin", "Bakkerij Het Volle Graan", "Brood & Banket De Molensteen"],
    "garage": ["Autobedrijf De Kruising", "Garage Noordrand", "Autoservice Het Viaduct", "APK-Centrum Snelweg",
               "Autohuis De Rotonde", "Garagebedrijf Vonk", "Bandencentrum De Velg"],
    "fysio": ["Fysiotherapie Beweegkracht", "Praktijk voor Fysiotherapie De Brug", "FysioFit Centrum",
              "Fysio & Manuele Therapie Het Anker", "Fysiotherapie Soepel", "Beweegpraktijk Balans"],
    "accountant": ["Administratiekantoor Balans & Co", "Accountantskantoor De Cijferaar",
                   "Boekhoudbureau Kolom", "Fiscaal Adviesbureau Aangifte Plus", "Accountants De Grootboek",
                   "Administratiekantoor Debet"],
    "makelaar": ["Makelaardij Dakpan", "Makelaarskantoor De Sleutel", "Woonmakelaar Het Erf",
                 "Makelaardij Voordeur", "Vastgoed & Makelaardij De Gevel", "Makelaars Stadshart"],
    "schoon": ["Schoonmaakbedrijf Glansrijk", "Schoonmaakdienst Blinkend", "Glazenwasserij Helder Zicht",
               "Facilitaire Dienst Puntgaaf", "Schoonmaakbedrijf Stofvrij", "Glans & Zo Schoonmaak"],
    "school": ["Basisschool De Regenboog", "Basisschool Het Kompas", "Kindcentrum De Vlinder",
               "Montessorischool De Ontdekking", "Basisschool De Wereldwijzer", "Daltonschool Het Palet"],
    "opvang": ["Kinderopvang De Speelboom", "Kinderdagverblijf Kikkerland", "BSO De Boomhut",
               "Kinderopvang Dikkertje Dap", "Gastouderbureau Nestwarmte", "Kinderdagverblijf Zonnestraal"],
    "webshop": ["Webshop Tuinplezier", "Fietsonderdelenshop Trapper", "Webwinkel Kookgerei Plus",
                "Dierenspeciaalzaak Snuffel Online", "Webshop Lampenhuis", "Kinderkleding Online Boefje"],
    "transport": ["Transportbedrijf Westland Logistiek", "Koeriersdienst Snelpost", "Transport De Vrachtroute",
                  "Verhuisbedrijf Op Rolletjes", "Logistiek Centrum Polderweg", "Taxibedrijf De Rit"],
    "horeca": ["Restaurant De Smaakmaker", "Eetcafé Het Bruggetje", "Brasserie De Kade",
               "Grand Café Het Postkantoor", "Pizzeria Vesuvio", "Strandpaviljoen Zeezicht"],
    "generic": ["Drukkerij Papierwerk", "Bouwbedrijf Fundament", "Hoveniersbedrijf Groene Vingers",
                "Schildersbedrijf Kwast & Co", "Adviesbureau Kompasroos", "ICT-Beheer Stekker",
                "Kapsalon Knipoog", "Bloemenzaak Het Boeket", "Evenementenbureau Feestelijk",
                "Dakdekkersbedrijf Hoog & Droog"],
}

PROVIDERS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "xs4all.nl",
             "icloud.com", "planet.nl", "home.nl", "hetnet.nl", "upcmail.nl", "yahoo.com", "proton.me",
             "hotmail.nl", "kpnplanet.nl"]
PROVIDERS_BE = ["telenet.be", "skynet.be", "hotmail.be", "gmail.com", "proximus.be"]
USERS = ["kassa1", "kassa2", "balie", "werkplaats", "beheer", "planning", "receptie", "monteur3",
         "stagiair", "boekhouding", "webshopadmin", "magazijn", "admin", "praktijk", "groep3", "rijder07",
         "keuken", "bediening", "bureau", "administratie01", "ops", "deploy", "servicedesk"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
MONTHS_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_PASS = ["JAN/JAN", "FEB/FEB", "MRT/MAR", "APR/APR", "MEI/MAY", "JUN/JUN", "JUL/JUL", "AUG/AUG",
               "SEP/SEP", "OKT/OCT", "NOV/NOV", "DEC/DEC"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WEEKDAYS_ABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PW_WORDS = ["Zomer", "Winter", "Welkom", "Bakkerij", "Voorjaar", "Tulp", "Fiets", "Kantoor", "Garage",
            "Hondje", "Kaasschaaf", "Molen", "Storm", "Regenboog", "Feyenoord", "Ajax", "Oranje", "Koffie",
            "Appeltaart", "Schoonmaak", "Praktijk", "Werkbon", "Kassa", "Dropje", "Stroopwafel", "Vakantie"]
PW_PHRASE = ["paars", "fiets", "regen", "molen", "tegel", "kaas", "haring", "dijk", "polder", "klomp",
             "zebra", "lantaarn", "wolk", "appel", "boot", "sleutel", "vlinder", "trein", "kompas", "lepel"]
WIFI_WORDS = ["Ziggo", "KPN", "Odido", "H369A", "FRITZ!Box-7590", "TP-Link", "Gasten", "Winkel", "Praktijk",
              "Kantine", "Werkplaats"]

# --------------------------------------------------------------------------------------------
# Checksums and value generators
# --------------------------------------------------------------------------------------------

def elfproef(d):
    """Dutch 11-proef for a 9-digit BSN."""
    if not re.fullmatch(r"\d{9}", d) or d == "000000000":
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0


def iban_ok(v):
    v = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    r = v[4:] + v[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"


def ascii_fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


PLATE_LET = "BDFGHJKLNPRSTVXZ"
SIDECODES = ["LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
             "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D"]
PLATE_RE = re.compile("^(" + "|".join(
    sc.replace("L", "[A-Z]").replace("D", r"\d") for sc in SIDECODES) + ")$")
PC_RE = re.compile(r"^[1-9]\d{3} ?[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[a-z]{2,}$")
AREA3 = ["010", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040", "043", "045",
         "046", "050", "053", "055", "058", "070", "071", "072", "073", "074", "075", "076", "077", "078",
         "079"]
AREA4 = ["0111", "0113", "0162", "0164", "0168", "0172", "0180", "0182", "0222", "0223", "0224", "0226",
         "0228", "0251", "0252", "0255", "0294", "0297", "0299", "0313", "0314", "0315", "0318", "0320",
         "0321", "0341", "0343", "0345", "0348", "0411", "0412", "0413", "0416", "0475", "0478", "0485",
         "0492", "0495", "0499", "0511", "0513", "0515", "0521", "0522", "0524", "0527", "0541", "0543",
         "0546", "0547", "0561", "0570", "0571", "0572", "0575", "0591", "0592", "0594", "0597", "0599"]
NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "HAND", "NNBA"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEXD = "0123456789abcdef"


class Gen:
    """All random value generators share one Random instance."""

    def __init__(self, rng):
        self.r = rng

    def choice(self, xs):
        return self.r.choice(xs)

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # ---- numbers with checks
    def bsn_raw(self):
        while True:
            d = str(self.r.randint(1, 3)) + self.digits(8)
            if self.r.random() < 0.2:
                d = str(self.r.choice([4, 5, 6, 7])) + d[1:]
            if elfproef(d):
                return d

    def bad9(self):
        while True:
            d = str(self.r.randint(1, 9)) + self.digits(8)
            if not elfproef(d):
                return d

    def fmt_bsn(self, d, style):
        if style == "d":
            return f"{d[:4]}.{d[4:6]}.{d[6:]}"
        if style == "s":
            return f"{d[:3]} {d[3:6]} {d[6:]}"
        if style == "t":
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return d

    def iban_nl(self):
        bank = self.choice(NL_BANKS)
        acct = ("000" + self.digits(7)) if bank == "INGB" and self.r.random() < 0.5 else \
            str(self.r.randint(1, 9)) + self.digits(9)
        return iban_make("NL", bank + acct)

    def iban_be(self):
        first10 = self.digits(10)
        chk = int(first10) % 97 or 97
        return iban_make("BE", f"{first10}{chk:02d}")

    def group4(self, iban):
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

    def btw(self):
        while True:
            nine = self.bad9()
            for suf in range(1, 100):
                s = f"2321{nine}11{suf:02d}"
                if int(s) % 97 == 1:
                    return f"NL{nine}B{suf:02d}"

    def ondernemingsnr(self):
        first8 = "0" + str(self.r.randint(2, 9)) + self.digits(6)
        chk = 97 - int(first8) % 97
        n = f"{first8}{chk:02d}"
        return f"{n[:4]}.{n[4:7]}.{n[7:]}"

    def kvk(self):
        return str(self.r.randint(1, 9)) + self.digits(7)

    def plate(self):
        sc = self.r.choice(SIDECODES[6:] * 3 + SIDECODES[:6])
        out = []
        for ch in sc:
            if ch == "L":
                out.append(self.choice(PLATE_LET))
            elif ch == "D":
                out.append(str(self.r.randint(1, 9)) if not out or out[-1] == "-" else self.choice("0123456789"))
            else:
                out.append(ch)
        return "".join(out)

    def postcode(self):
        while True:
            letters = self.choice("ABCDEGHJKLMNPRSTVWXZ") + self.choice("ABCDEGHJKLMNPRSTVWXZ")
            if letters not in ("SA", "SD", "SS"):
                return f"{self.r.randint(1000, 9999)}", letters

    def mobile(self, style=None):
        d = self.digits(8)
        if d[0] == "0":
            d = "1" + d[1:]
        styles = ["06-{a}", "06 {a}", "06 {p}", "06{a}", "+31 6 {a}", "+31 (0)6 {q}", "+316{a}",
                  "06-{q}", "0031 6 {p}", "+31 6 {q}"]
        st = style if style is not None else self.choice(styles)
        return st.format(a=d, p=f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", q=f"{d[:4]} {d[4:]}")

    def landline(self):
        if self.r.random() < 0.5:
            area = self.choice(AREA3)
            d = str(self.r.randint(2, 9)) + self.digits(6)
            st = self.choice(["{A}-{d}", "{A} {d3} {d2} {d22}", "({A}) {d}", "+31 {a} {d3} {d4}", "{A} - {d}"])
            return st.format(A=area, a=area[1:], d=d, d3=d[:3], d2=d[3:5], d22=d[5:], d4=d[3:])
        area = self.choice(AREA4)
        d = str(self.r.randint(2, 9)) + self.digits(5)
        st = self.choice(["{A}-{d}", "{A} {d2} {d22} {d23}", "({A}) {d}", "+31 {a} {d}"])
        return st.format(A=area, a=area[1:], d=d, d2=d[:2], d22=d[2:4], d23=d[4:])

    def belgian_phone(self):
        d = self.digits(6)
        pre = self.choice(["470", "472", "473", "475", "476", "477", "478", "479", "484", "486", "488", "494", "496", "499"])
        st = self.choice(["0{p} {a} {b} {c}", "0{p}/{a}.{b}.{c}", "+32 {p} {a} {b} {c}", "0{p} {a}{b}{c}"])
        return st.format(p=pre, a=d[:2], b=d[2:4], c=d[4:])

    def birthdate(self, kid=False):
        y = self.r.randint(2013, 2022) if kid else self.r.randint(1948, 2006)
        return datetime.date(y, self.r.randint(1, 12), self.r.randint(1, 28))

    def meetdate(self):
        return datetime.date(2026, 1, 1) + datetime.timedelta(days=self.r.randint(0, 360))

    def password(self, kind=None):
        r = self.r
        kind = kind or r.choice(["weak", "weak", "strong", "strong", "strong", "phrase", "temp"])
        if kind == "weak":
            w = r.choice(PW_WORDS)
            return w + r.choice(["2025", "2026", "123", "01", str(r.randint(10, 99)), "!"]) + r.choice(["!", "#", "", "?", "@"])
        if kind == "temp":
            return r.choice(["Tijdelijk", "Welkom", "Start", "Nieuw", "Reset"]) + str(r.randint(10, 999)) + r.choice(["!", "#", "$", "%"]) + self.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 2)
        if kind == "phrase":
            ws = r.sample(PW_PHRASE, 3)
            return r.choice(["-", ".", "_"]).join(ws) + "-" + str(r.randint(10, 99))
        if kind == "wifi":
            if r.random() < 0.5:
                return self.chars("abcdefghjkmnpqrstuvwxyz23456789", 4) + "-" + self.chars("abcdefghjkmnpqrstuvwxyz23456789", 4) + "-" + self.chars("abcdefghjkmnpqrstuvwxyz23456789", 4)
            return r.choice(PW_WORDS).lower() + r.choice(PW_PHRASE) + str(r.randint(100, 9999))
        # strong
        n = r.randint(11, 18)
        while True:
            p = self.chars(ALNUM + "!@#$%&*?+=_-", n)
            if re.search(r"[A-Z]", p) and re.search(r"\d", p) and re.search(r"[a-z]", p) and re.search(r"[!@#$%&*?+=_-]", p) and p[-1] not in "-_=":
                return p

    def apikey(self, kind=None):
        r = self.r
        kinds = ["openai", "openai", "anthropic", "anthropic", "github", "githubpat", "awsid", "slack",
                 "google", "stripe", "mollie", "sendgrid", "mailchimp", "gitlab", "hf", "ck", "shopify",
                 "hex32", "hex40", "bearer", "uuid"]
        kind = kind or r.choice(kinds)
        A = ALNUM
        if kind == "openai":
            return "sk-proj-" + self.chars(A + "_-", r.randint(56, 120)) + self.chars(A, 4)
        if kind == "openai_old":
            return "sk-" + self.chars(A, 48)
        if kind == "anthropic":
            return "sk-ant-api03-" + self.chars(A + "_-", 93) + "AA"
        if kind == "github":
            return "ghp_" + self.chars(A, 36)
        if kind == "githubpat":
            return "github_pat_" + self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 22) + "_" + self.chars(A, 59)
        if kind == "awsid":
            return "AKIA" + self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
        if kind == "awssecret":
            return self.chars(A + "/+", 40)
        if kind == "slack":
            return "xoxb-" + self.digits(12) + "-" + self.digits(13) + "-" + self.chars(A, 24)
        if kind == "google":
            return "AIza" + self.chars(A + "_-", 35)
        if kind == "stripe":
            return r.choice(["sk_live_", "rk_live_"]) + self.chars(A, r.randint(40, 99))
        if kind == "mollie":
            return r.choice(["live_", "live_", "test_"]) + self.chars(A, 30)
        if kind == "sendgrid":
            return "SG." + self.chars(A + "_-", 22) + "." + self.chars(A + "_-", 43)
        if kind == "mailchimp":
            return self.chars(HEXD, 32) + "-us" + str(r.randint(2, 21))
        if kind == "gitlab":
            return "glpat-" + self.chars(A + "_-", 20)
        if kind == "hf":
            return "hf_" + self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34)
        if kind == "ck":
            return "ck_" + self.chars(HEXD, 40)
        if kind == "cs":
            return "cs_" + self.chars(HEXD, 40)
        if kind == "shopify":
            return "shpat_" + self.chars(HEXD, 32)
        if kind == "hex32":
            return self.chars(HEXD, 32)
        if kind == "hex40":
            return self.chars(HEXD, 40)
        if kind == "hex64":
            return self.chars(HEXD, 64)
        if kind == "uuid":
            h = self.chars(HEXD, 32)
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        if kind == "bearer":
            import base64
            hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            return hdr + "." + self.chars(A + "_-", r.randint(60, 110)) + "." + self.chars(A + "_-", 43)
        if kind == "telegram":
            while True:
                bot = str(r.randint(5, 7)) + self.digits(9)
                return bot + ":AA" + self.chars(A + "_-", 33)
        if kind == "twilio":
            return "SK" + self.chars(HEXD, 32)
        if kind == "generic":
            return self.chars(A, r.choice([32, 40, 48]))
        raise ValueError(kind)


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------

def cap_tv(tv):
    return tv[0].upper() + tv[1:] if tv else tv


class Person:
    def __init__(self, g, origin=None, gender=None, parent=None):
        r = g.r
        self.g = g
        if parent is not None:
            origin = parent.origin
        if origin is None:
            tot = sum(w for _, w in ORIGIN_WEIGHTS)
            x = r.uniform(0, tot)
            for o, w in ORIGIN_WEIGHTS:
                x -= w
                if x <= 0:
                    origin = o
                    break
            else:
                origin = "nl"
        self.origin = origin
        self.gender = gender or r.choice("fm")
        fem, mal = FIRST[origin]
        self.first = r.choice(fem if self.gender == "f" else mal)
        if parent is not None:
            self.tv, self.base = parent.tv, parent.base_m
            self.base_m = parent.base_m
            self.base2 = None
        else:
            sur = r.choice(SURNAMES[origin])
            parts = sur.split(" ")
            tvp = []
            while len(parts) > 1 and parts[0] in TV_WORDS:
                tvp.append(parts.pop(0))
            self.tv = " ".join(tvp)
            self.base = " ".join(parts)
            self.base_m = self.base
            self.base2 = None
            if origin == "nl" and self.gender == "f" and r.random() < 0.14:
                other = r.choice(SURNAMES_NL)
                if other.split(" ")[-1] != self.base:
                    self.base2 = other
        if self.origin == "pl" and self.gender == "f":
            for a, b in (("dzki", "dzka"), ("ski", "ska"), ("cki", "cka")):
                if self.base.endswith(a):
                    self.base = self.base[: -len(a)] + b
                    break
        # initials
        parts = re.split(r"[- ]", self.first)
        ini = "".join(p[0].upper() + "." for p in parts if p)
        if origin in ("nl", "vl") and len(parts) == 1 and r.random() < 0.35:
            ini += r.choice("ACEHJMPWGT") + "."
        self.initials = ini
        self.year = r.randint(60, 99)
        self._email = None
        self._phone = None
        self._work = {}

    def surname(self, capital=False):
        tv = cap_tv(self.tv) if capital else self.tv
        s = (tv + " " + self.base).strip()
        if self.base2:
            s += "-" + self.base2
        return s

    def full(self):
        return self.first + " " + self.surname()

    def email(self):
        if self._email is None:
            r = self.g.r
            f = slug(self.first)
            s = slug(self.tv + self.base + (self.base2 or ""))
            provs = PROVIDERS_BE if self.origin == "vl" else PROVIDERS
            pat = r.choice(["{f}.{s}", "{f0}.{s}", "{f}{s}{yy}", "{f}_{s}", "{f}{yy}", "{s}.{f}", "{f}.{s}{yy}",
                            "{f0}{s}"])
            local = pat.format(f=f, s=s, f0=f[0], yy=self.year)
            self._email = local + "@" + r.choice(provs)
        return self._email

    def work_email(self, domain):
        if domain not in self._work:
            r = self.g.r
            f = slug(self.first)
            s = slug(self.tv + self.base)
            pat = r.choice(["{f}@{d}", "{f0}.{s}@{d}", "{f}.{s}@{d}", "{f}@{d}"])
            self._work[domain] = pat.format(f=f, s=s, f0=f[0], d=domain)
        return self._work[domain]

    def phone(self):
        if self._phone is None:
            self._phone = self.g.belgian_phone() if self.origin == "vl" else self.g.mobile()
        return self._phone


# --------------------------------------------------------------------------------------------
# Template engine
# --------------------------------------------------------------------------------------------

MASK_KIND = {"ADR": "ADRES", "PC": "POSTCODE", "TEL": "TELEFOON", "MAIL": "EMAIL", "INFO": "EMAIL",
             "IBAN": "IBAN", "BSN": "BSN", "GEB": "GEBOORTEDATUM", "KENT": "KENTEKEN", "PW": "WACHTWOORD",
             "KEY": "API_SLEUTEL"}
KEEP_KINDS = {"EUR", "DATE", "WD", "TIME", "PCT", "ORD", "FACT", "WB", "TICKET", "KVK", "BTW", "ONDN",
              "NUM", "CNT", "SAL", "WA", "DOSS"}
PERSON_ATTR_LABEL = {"n": "PERSOON", "v": "PERSOON", "l": "PERSOON", "L": "PERSOON", "a": "PERSOON",
                     "i": "PERSOON", "r": "PERSOON", "U": "PERSOON", "k": "PERSOON", "AU": "PERSOON",
                     "VU": "PERSOON", "IU": "PERSOON", "f": "PERSOON", "e": "EMAIL", "w": "EMAIL",
                     "t": "TELEFOON"}
HEAD_RE = re.compile(r"([A-Z]+)(\d*)(?:\.([A-Za-z]+))?(?::(.*))?$", re.S)
LABELS = {"PERSOON", "ADRES", "POSTCODE", "EMAIL", "TELEFOON", "IBAN", "GEBOORTEDATUM", "KENTEKEN", "BSN",
          "WACHTWOORD", "API_SLEUTEL"}
BLOCKS = ["BSN", "PASSWORD", "API_KEY", "SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST"]
LABEL_BLOCK = {"BSN": "BSN", "WACHTWOORD": "PASSWORD", "API_SLEUTEL": "API_KEY"}


def is_ph(s, j):
    return s[j] == "{" and j + 1 < len(s) and (s[j + 1].isupper() or s[j + 1] == "#")


def find_close(s, j):
    depth = 0
    k = j
    while k < len(s):
        if is_ph(s, k):
            depth += 1
        elif s[k] == "}":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    raise ValueError("unbalanced template near: " + s[j:j + 60])


def split_top(s, sep="|"):
    out, depth, cur = [], 0, []
    k = 0
    while k < len(s):
        c = s[k]
        if is_ph(s, k):
            depth += 1
        elif c == "}":
            depth -= 1
        if c == sep and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        k += 1
    out.append("".join(cur))
    return out


def nl_amount(v, cents):
    whole = int(v)
    s = f"{whole:,}".replace(",", ".")
    if cents is None:
        return s
    return f"{s},{cents:02d}"


def en_amount(v, cents):
    s = f"{int(v):,}"
    return s if cents is None else f"{s}.{cents:02d}"


def rowkey(idx):
    """Rows of one list share their formatting (one date style, one amount style per list)."""
    return "row" if int(idx) >= 100 else idx


ROW_RE = re.compile(r"\[\[(\d+)-(\d+)\|(.*?)\]\]", re.S)


class Ctx:
    def __init__(self, g):
        self.g = g
        self.r = g.r
        self.objs = {}
        self.parts = []
        self.pos = 0
        self.spans = []
        self.wa = None
        self.rowbase = 100

    # ---- output
    def emit(self, text, label=None):
        if not text:
            return
        if label:
            self.spans.append((self.pos, self.pos + len(text), label, text))
        self.parts.append(text)
        self.pos += len(text)

    def text(self):
        return "".join(self.parts)

    # ---- rows
    def expand_rows(self, s):
        def rep(m):
            lo, hi, row = int(m.group(1)), int(m.group(2)), m.group(3)
            n = self.r.randint(lo, hi)
            rows = []
            for k in range(n):
                self.rowbase += 1
                rows.append(row.replace("~", str(self.rowbase)).replace("{#}", str(k + 1)))
            return "\n".join(rows)
        return ROW_RE.sub(rep, s)

    # ---- rendering
    def render(self, s):
        i = 0
        while i < len(s):
            j = i
            while j < len(s) and not is_ph(s, j):
                j += 1
            self.emit(s[i:j])
            if j >= len(s):
                break
            k = find_close(s, j)
            self.slot(s[j + 1:k])
            i = k + 1

    def slot(self, content):
        m = HEAD_RE.match(content)
        if not m:
            raise ValueError("bad slot {" + content + "}")
        kind, idx, attr, arg = m.group(1), m.group(2) or "1", m.group(3), m.group(4)
        if kind == "R":
            self.render(self.r.choice(split_top(arg)))
            return
        fn = getattr(self, "s_" + kind, None)
        if fn is None:
            raise ValueError("unknown slot kind " + kind)
        value, label = fn(idx, attr, arg)
        self.emit(value, label)

    def obj(self, key, make):
        if key not in self.objs:
            self.objs[key] = make()
        return self.objs[key]

    # ---- people
    def person(self, kind, idx, arg):
        origin = gender = None
        if arg:
            for a in arg.split(","):
                if a in FIRST:
                    origin = a
                elif a in ("f", "m"):
                    gender = a
        if kind == "K":
            parent = self.person("P", idx, None)
            return self.obj(("K", idx), lambda: Person(self.g, gender=gender, parent=parent))
        return self.obj(("P", idx), lambda: Person(self.g, origin=origin, gender=gender))

    def person_value(self, p, attr):
        a = attr or "n"
        f = p.gender == "f"
        if a == "n":
            return p.full()
        if a == "v":
            return p.first
        if a == "l":
            return p.first.lower()
        if a == "L":
            return p.full().lower()
        if a == "a":
            return p.surname(capital=True)
        if a == "i":
            return p.initials + " " + p.surname()
        if a == "r":
            return (p.base + ("-" + p.base2 if p.base2 else "") + ", " + p.initials + (" " + p.tv if p.tv else ""))
        if a == "U":
            return p.full().upper()
        if a == "AU":
            return p.surname(capital=True).upper()
        if a == "VU":
            return p.first.upper()
        if a == "IU":
            return (p.initials + " " + p.surname()).upper()
        if a == "k":
            return p.first + " " + p.base[0] + "."
        if a == "f":
            return p.first + " " + p.surname(capital=True) if p.origin == "vl" else p.full()
        if a == "e":
            return p.email()
        if a == "w":
            return p.work_email(self.company("1", None)[1])
        if a == "t":
            return p.phone()
        if a == "u":
            return slug(p.first)[0] + slug(p.tv + p.base)
        words = {
            "tit": ("mevrouw", "meneer"), "Tit": ("Mevrouw", "Meneer"), "dhr": ("mevr.", "dhr."),
            "Dhr": ("Mevr.", "Dhr."), "hh": ("Geachte mevrouw", "Geachte heer"), "m": ("mevrouw", "de heer"),
            "M": ("Mevrouw", "De heer"), "en": ("Ms", "Mr"), "zij": ("zij", "hij"), "Zij": ("Zij", "Hij"),
            "haar": ("haar", "zijn"), "Haar": ("Haar", "Zijn"), "ze": ("ze", "hij"), "Ze": ("Ze", "Hij"),
            "vh": ("haar", "hem"), "sh": ("she", "he"), "mw": ("mw.", "dhr."),
        }
        if a in words:
            return words[a][0 if f else 1]
        raise ValueError("person attr " + a)

    def s_P(self, idx, attr, arg):
        p = self.person("P", idx, arg)
        return self.person_value(p, attr), PERSON_ATTR_LABEL.get(attr or "n")

    def s_K(self, idx, attr, arg):
        p = self.person("K", idx, arg)
        return self.person_value(p, attr), PERSON_ATTR_LABEL.get(attr or "n")

    # ---- places
    def s_ADR(self, idx, attr, arg):
        r = self.r

        def make():
            be = attr == "be" or (arg == "be")
            street = r.choice(STREETS_BE if be else STREETS)
            num = str(r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(1, 140), r.randint(1, 400)]))
            if be:
                add = r.choice(["", "", "", " bus " + str(r.randint(1, 12)), "/" + str(r.randint(1, 5)), " bus 0" + str(r.randint(1, 9))])
            elif attr == "p":
                add = ""
            else:
                x = r.random()
                adds = ["a", "b", "A", " A", " B", "-1", "-2", "-3", "-II", "-III", " bis", "-H", "hs", " 2-hoog",
                        "-3 hoog", " boven", " II", "-bis", "c", " zw", "-huis", " 1e etage"]
                add = "" if (x < 0.55 and attr != "x") else r.choice(adds)
            return f"{street} {num}{add}"
        v = self.obj(("ADR", idx), make)
        if attr == "U":
            v = v.upper()
        return v, "ADRES"

    def s_PC(self, idx, attr, arg):
        d, l = self.obj(("PC", idx), self.g.postcode)
        style = self.obj(("PCs", rowkey(idx)), lambda: " " if self.r.random() < 0.75 else "")
        if attr == "c":
            style = ""
        elif attr == "s":
            style = " "
        return f"{d}{style}{l}", "POSTCODE"

    def s_CITY(self, idx, attr, arg):
        be = attr == "be" or arg == "be"
        v = self.obj(("CITY", idx), lambda: self.r.choice(TOWNS_BE if be else TOWNS))
        if attr == "U":
            v = v.upper()
        return v, None

    def s_BEPC(self, idx, attr, arg):
        town = self.obj(("CITY", idx), lambda: self.r.choice(TOWNS_BE))
        return BE_PC.get(town, "9000"), None

    # ---- companies
    def company(self, idx, arg):
        def make():
            sector = (arg or "generic").split(",")[0]
            be = arg is not None and "be" in arg.split(",")
            if sector == "gemeente":
                town = self.r.choice(TOWNS)
                return f"Gemeente {town}", slug(town) + ".nl"
            name = self.r.choice(COMPANIES.get(sector, COMPANIES["generic"]))
            words = [w for w in name.split() if w not in ("&", "Co", "Zo")]
            core = words[1:] if len(words) >= 3 else words[-1:]
            sep = "-" if self.r.random() < 0.3 else ""
            dom = sep.join(slug(w) for w in core) + (".be" if be else self.r.choice([".nl", ".nl", ".nl", ".com"]))
            return name, dom
        return self.obj(("COMP", idx), make)

    def s_COMP(self, idx, attr, arg):
        name = self.company(idx, arg)[0]
        return (name.upper() if attr == "U" else name), None

    def s_DOM(self, idx, attr, arg):
        return self.company(idx, arg)[1], None

    def s_INFO(self, idx, attr, arg):
        def make():
            pre = arg or self.r.choice(["info", "info", "administratie", "planning", "service", "klantenservice",
                                        "receptie", "facturen", "werkplaats", "bestellingen", "hallo", "contact"])
            return pre + "@" + self.company(idx, None)[1]
        return self.obj(("INFO", idx, arg), make), "EMAIL"

    def s_MAIL(self, idx, attr, arg):
        p = self.obj(("MAILP", idx), lambda: Person(self.g, origin=arg))
        return p.email(), "EMAIL"

    def s_USER(self, idx, attr, arg):
        return self.obj(("USER", idx), lambda: self.r.choice(USERS)), None

    def s_PNR(self, idx, attr, arg):
        return self.obj(("PNR", idx), lambda: str(self.r.randint(1000, 99999))), None

    def s_N(self, idx, attr, arg):
        lo, hi = (arg or "1-99").split("-")
        return str(self.r.randint(int(lo), int(hi))), None

    def s_D(self, idx, attr, arg):
        n = int(arg or 6)
        while True:
            v = str(self.r.randint(1, 9)) + self.g.digits(n - 1)
            if not (n == 9 and elfproef(v)):
                return v, None

    def s_HEX(self, idx, attr, arg):
        v = self.g.chars(HEXD, int(arg or 8))
        return (v.upper() if attr == "U" else v), None

    def s_MONTH(self, idx, attr, arg):
        v = self.obj(("MONTH", idx), lambda: self.r.choice(MONTHS))
        return (v.capitalize() if attr == "c" else v.upper() if attr == "U" else v), None

    # ---- identifiers to mask
    def s_TEL(self, idx, attr, arg):
        def make():
            if attr == "m":
                return self.g.mobile()
            if attr == "v":
                return self.g.landline()
            if attr == "b":
                return self.g.belgian_phone()
            return self.g.mobile() if self.r.random() < 0.6 else self.g.landline()
        return self.obj(("TEL", idx, attr), make), "TELEFOON"

    def s_IBAN(self, idx, attr, arg):
        be = attr == "be" or arg == "be"
        raw = self.obj(("IBAN", idx), self.g.iban_be if be else self.g.iban_nl)
        style = attr if attr in ("c", "s") else self.obj(("IBANs", rowkey(idx)), lambda: "c" if self.r.random() < 0.55 else "s")
        return (raw if style == "c" else self.g.group4(raw)), "IBAN"

    def s_BSN(self, idx, attr, arg):
        raw = self.obj(("BSN", idx), self.g.bsn_raw)
        style = attr or self.obj(("BSNs", rowkey(idx)), lambda: self.r.choice(["p", "p", "p", "p", "d", "d", "s", "t"]))
        return self.g.fmt_bsn(raw, style), "BSN"

    def s_GEB(self, idx, attr, arg):
        d = self.obj(("GEB", idx), lambda: self.g.birthdate(kid=(arg == "kind")))
        style = attr or self.obj(("GEBs", rowkey(idx)), lambda: self.r.choice(["n", "n", "l", "s", "m", "i"]))
        return fmt_date(d, style), "GEBOORTEDATUM"

    def s_KENT(self, idx, attr, arg):
        v = self.obj(("KENT", idx), self.g.plate)
        return (v.lower() if attr == "l" else v), "KENTEKEN"

    def s_PW(self, idx, attr, arg):
        return self.obj(("PW", idx), lambda: self.g.password(arg)), "WACHTWOORD"

    def s_KEY(self, idx, attr, arg):
        return self.obj(("KEY", idx), lambda: self.g.apikey(arg)), "API_SLEUTEL"

    # ---- values to keep
    def s_EUR(self, idx, attr, arg):
        r = self.r

        def make():
            lo, hi = (arg or "10-900").split("-")
            v = r.randint(int(lo), int(hi))
            cents = r.choice([None, None, r.randint(1, 99), 50, 95]) if v < 20000 else None
            return v, cents
        v, cents = self.obj(("EUR", idx), make)
        style = attr or self.obj(("EURs", rowkey(idx)), lambda: r.choice(["e", "e", "E", "x", "w", "m", "d", "k"]))
        if style in ("m",):
            return f"€ {nl_amount(v, None)},-" if r.random() < 0.6 else f"€{nl_amount(v, None)},-", "KEEP"
        if style == "d":
            return f"€ {nl_amount(v, cents or 0)}", "KEEP"
        if style == "b":
            return nl_amount(v, cents if cents is not None else 0), "KEEP"
        if style == "en":
            return f"€{en_amount(v, cents if cents is not None else 0)}", "KEEP"
        if style == "EN":
            return f"EUR {en_amount(v, cents if cents is not None else 0)}", "KEEP"
        s = nl_amount(v, cents)
        return {"e": f"€ {s}", "E": f"€{s}", "x": f"EUR {s}", "w": f"{s} euro", "k": f"{s} EUR"}[style], "KEEP"

    def s_DATE(self, idx, attr, arg):
        d = self.date_obj(idx)
        style = attr or self.obj(("DATEs", rowkey(idx)), lambda: self.r.choice(["w", "W", "l", "k", "n"]))
        return fmt_date(d, style), "KEEP"

    def date_obj(self, idx):
        """DATE2 falls some days after DATE, DATE3 after DATE2; rows (index 100 and up) are independent."""
        key = ("DATE", idx)
        if key not in self.objs:
            n = int(idx)
            if 1 < n < 100:
                self.objs[key] = self.date_obj(str(n - 1)) + datetime.timedelta(days=self.r.randint(2, 60))
            else:
                self.objs[key] = self.g.meetdate()
        return self.objs[key]

    def s_WD(self, idx, attr, arg):
        def make():
            n = int(idx)
            prev = self.objs.get(("WD", str(n - 1))) if 1 < n < 100 else None
            if prev is None:
                return self.r.choice(WEEKDAYS[:5])
            later = WEEKDAYS[WEEKDAYS.index(prev) + 1:6]
            return self.r.choice(later or WEEKDAYS[:WEEKDAYS.index(prev)])
        v = self.obj(("WD", idx), make)
        return (v.capitalize() if attr == "c" else v), "KEEP"

    def s_TIME(self, idx, attr, arg):
        r = self.r

        h, mi = self.time_obj(idx, attr, arg)
        style = attr or self.obj(("TIMEs", rowkey(idx)), lambda: r.choice(["c", "c", "u"]))
        if style in ("c", "x"):
            return f"{h:02d}:{mi:02d}", "KEEP"
        if style == "u":
            return f"{h}.{mi:02d} uur", "KEEP"
        if style == "v":
            return f"{h}u{mi:02d}", "KEEP"
        if style == "a":
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}", "KEEP"
        raise ValueError(style)

    def time_obj(self, idx, attr, arg):
        """Times with a higher index follow the previous one: an end after a start, chat lines in order.
        Rows (index 100 and up) follow the row before; other slots only when no range is given."""
        r = self.r
        key = ("TIME", idx)
        if key in self.objs:
            return self.objs[key]
        n = int(idx)
        prev = None
        if n >= 100:
            prev = self.objs.get(("TIME", str(n - 1)))
            steps, cap = [0, 15, 15, 30, 30, 45], 22 * 60 + 30
        elif n > 1 and arg is None:
            prev = self.time_obj(str(n - 1), attr, None)
            steps, cap = [15, 30, 30, 45, 60, 90], 23 * 60 + 45
        if prev is not None:
            base = prev[0] * 60 + prev[1]
            t = base + (r.randint(1, 12) if attr == "x" else r.choice(steps))
            if t > cap:
                t = base
            v = (t // 60, t % 60)
        else:
            lo, hi = (arg or "8-18").split("-")
            h = r.randint(int(lo), int(hi))
            mi = r.randint(0, 59) if attr == "x" else r.choice([0, 0, 15, 30, 30, 45])
            v = (h, mi)
        self.objs[key] = v
        return v

    def s_WA(self, idx, attr, arg):
        r = self.r
        if self.wa is None:
            d = self.g.meetdate()
            self.wa = [d, (r.randint(7, 20) * 60 + r.randint(0, 59)) * 60 + r.randint(0, 59)]
        else:
            self.wa[1] += r.choice([5, 20, 40, 60, 90, 150, 200, 300, 480, 840])
        d, secs = self.wa
        t = secs // 60
        h, mi = (t // 60) % 24, t % 60
        if attr == "s":
            return f"{d.day:02d}-{d.month:02d}-{d.year} {h:02d}:{mi:02d}:{secs % 60:02d}", "KEEP"
        if attr == "c":
            return f"{d.day:02d}/{d.month:02d}/{d.year}, {h:02d}:{mi:02d}", "KEEP"
        if attr == "t":
            return f"{h:02d}:{mi:02d}", "KEEP"
        return f"{d.day:02d}-{d.month:02d}-{d.year} {h:02d}:{mi:02d}", "KEEP"

    def s_PCT(self, idx, attr, arg):
        r = self.r

        def make():
            lo, hi = (arg or "2-40").split("-")
            v = r.randint(int(lo), int(hi))
            half = r.random() < 0.25
            return v, half
        v, half = self.obj(("PCT", idx), make)
        num = f"{v},5" if half else str(v)
        style = attr or self.obj(("PCTs", rowkey(idx)), lambda: r.choice(["p", "p", "p", "s", "w"]))
        return {"p": f"{num}%", "s": f"{num} %", "w": f"{num} procent"}[style], "KEEP"

    def s_ORD(self, idx, attr, arg):
        r = self.r

        def make():
            t = arg or r.choice(["bol", "shop", "code", "po"])
            if t == "bol":
                return r.choice(["11", "12", "A0"]) + self.g.digits(8)
            if t == "shop":
                return "#" + str(r.randint(1000, 99999))
            if t == "mp":
                return "m" + str(r.randint(1000000000, 2199999999))
            if t == "po":
                return "PO-" + str(r.randint(10000, 99999))
            if t == "res":
                return "R" + self.g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)
            if t == "apk":
                return "APK-" + str(r.randint(100000, 999999))
            return r.choice(["BST-26-", "ORD-", "WO-2026-", "B26"]) + self.g.digits(r.randint(4, 6))
        return self.obj(("ORD", idx), make), "KEEP"

    def s_FACT(self, idx, attr, arg):
        r = self.r
        return self.obj(("FACT", idx), lambda: r.choice([
            "F2026-" + self.g.digits(4), "2026-" + str(r.randint(100, 999)), "INV-" + str(r.randint(10000, 99999)),
            "26." + self.g.digits(4), "VF-2026/" + self.g.digits(4), "FAC" + str(r.randint(260001, 269999))])), "KEEP"

    def s_WB(self, idx, attr, arg):
        r = self.r
        return self.obj(("WB", idx), lambda: r.choice([
            "WB-" + str(r.randint(20000, 29999)), "2026/" + self.g.digits(4), "WB26-" + self.g.digits(4),
            "W" + str(r.randint(100000, 999999))])), "KEEP"

    def s_TICKET(self, idx, attr, arg):
        r = self.r
        return self.obj(("TICKET", idx), lambda: r.choice([
            "#" + str(r.randint(10000, 99999)), "INC-" + str(r.randint(10000, 99999)), "TCK-" + str(r.randint(1000, 9999)),
            "SR-2026-" + self.g.digits(4), "ZD-" + str(r.randint(10000, 99999))])), "KEEP"

    def s_DOSS(self, idx, attr, arg):
        r = self.r
        return self.obj(("DOSS", idx), lambda: r.choice([
            "Z-2026-" + self.g.digits(5), "Z/26/" + self.g.digits(6), "D-2026-" + self.g.digits(4),
            "2026-" + self.g.digits(7)])), "KEEP"

    def s_KVK(self, idx, attr, arg):
        return self.obj(("KVK", idx), self.g.kvk), "KEEP"

    def s_BTW(self, idx, attr, arg):
        return self.obj(("BTW", idx), self.g.btw), "KEEP"

    def s_ONDN(self, idx, attr, arg):
        v = self.obj(("ONDN", idx), self.g.ondernemingsnr)
        return ("BE " + v if attr == "b" else v), "KEEP"

    def s_NUM(self, idx, attr, arg):
        raw = self.obj(("NUM", idx), self.g.bad9)
        if attr == "d":
            return f"{raw[:4]}.{raw[4:6]}.{raw[6:]}", "KEEP"
        if attr == "s":
            return f"{raw[:3]} {raw[3:6]} {raw[6:]}", "KEEP"
        return raw, "KEEP"

    def s_CNT(self, idx, attr, arg):
        parts = (arg or "stuks:2-20").split(":")
        noun = parts[0]
        lo, hi = (parts[1] if len(parts) > 1 else "2-20").split("-")
        n = self.obj(("CNT", idx, arg), lambda: self.r.randint(int(lo), int(hi)))
        if "/" in noun:
            sg, pl = noun.split("/")
            noun = sg if n == 1 else pl
        return f"{n} {noun}", "KEEP"

    def s_SAL(self, idx, attr, arg):
        r = self.r

        def make():
            lo, hi = (arg or "2050-6400").split("-")
            bruto = r.randint(int(lo), int(hi)) + r.choice([0, 0.5, 0.25, 0.75, 0.1, 0.38])
            uren = r.choice([24, 28, 32, 36, 38, 40])
            pensioen = round(bruto * r.uniform(0.055, 0.085), 2)
            lh = round((bruto - pensioen) * r.uniform(0.12, 0.31), 2)
            reis = round(r.choice([0, 0, 42.0, 56.7, 88.2, 112.35, 76.16]), 2)
            zvw = round(bruto * 0.0651, 2)
            vakgeld = round(bruto * 0.08, 2)
            netto = round(bruto - pensioen - lh + reis, 2)
            uur = round(bruto / (uren * 4.33), 2)
            return {"b": bruto, "p": pensioen, "h": lh, "r": reis, "z": zvw, "v": vakgeld, "n": netto, "u": uur,
                    "c": round(bruto * 12 * 1.08, 2), "t": uren}
        o = self.obj(("SAL", idx), make)
        a = attr or "b"
        if a == "t":
            return f"{o['t']} uur", "KEEP"
        if a == "m":
            return f"{round(o['b'] / o['u'])} uur", "KEEP"
        key = a.lower()
        v = o[key]
        whole, cents = int(v), int(round((v - int(v)) * 100))
        if cents == 100:
            whole, cents = whole + 1, 0
        s = nl_amount(whole, cents)
        if a.isupper():
            return s, "KEEP"
        return (f"€ {s}" if key != "u" else f"€ {s}"), "KEEP"


def fmt_date(d, style):
    wd = d.weekday()
    if style == "w":
        return f"{WEEKDAYS[wd]} {d.day} {MONTHS[d.month - 1]}"
    if style == "W":
        return f"{WEEKDAYS[wd]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "l":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "k":
        return f"{d.day} {MONTHS[d.month - 1]}"
    if style == "n":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "m":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "s":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "o":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "i":
        return d.isoformat()
    if style == "g":
        return f"{WEEKDAYS_ABBR[wd]} {d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"
    if style == "a":
        return f"{WEEKDAYS_ABBR[wd]} {d.day}/{d.month}"
    if style == "e":
        return f"{WEEKDAYS_EN[wd]} {d.day} {MONTHS_EN[d.month - 1]}"
    if style == "E":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "p":
        return f"{d.day:02d} {MONTHS_PASS[d.month - 1]} {d.year}"
    if style == "d":
        return WEEKDAYS[wd]
    if style == "D":
        return WEEKDAYS[wd].capitalize()
    if style == "f":
        return f"{WEEKDAYS[wd]} {d.day:02d}/{d.month:02d}"
    if style == "t":
        return f"{d.day} {MONTHS_ABBR[d.month - 1]}"
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# Templates. Slot reference:
#   people  {P1.n} full, .v first, .l lowercase first, .L lowercase full, .a surname (Van der ...),
#           .i initials, .r "Berg, J. van den", .U caps, .AU/.VU caps surname/first, .k "Sanne W.",
#           .e e-mail, .w work e-mail at {COMP}, .t phone, .u username (not labelled),
#           .tit/.Tit/.dhr/.Dhr/.m/.M/.hh/.en/.zij/.haar/... titles and pronouns (not labelled)
#           {K1...} a child of P1; {P1:tr,f} origin/gender hints
#   mask    {ADR} {PC} {TEL} {MAIL} {INFO} {IBAN} {BSN} {GEB} {KENT} {PW:kind} {KEY:kind}
#   keep    {EUR:lo-hi} {DATE.x} {WD} {TIME} {PCT} {ORD} {FACT} {WB} {TICKET} {DOSS} {KVK} {BTW}
#           {ONDN} {NUM} {CNT:noun:lo-hi} {SAL.x} {WA}
#   other   {COMP:sector} {DOM} {CITY} {USER} {PNR} {N:lo-hi} {D:n} {HEX:n} {MONTH} {R:a|b|c}
#   rows    [[lo-hi|row with ~ as row index]]      directive: first line "!wrapNN" wraps like a PDF
# --------------------------------------------------------------------------------------------

T_PASSWORD = [
# installer werkbon with the customer's wifi key
"""WERKBON {WB}
{COMP:install}
Monteur: {P1.n}
Klant: {P2.Dhr} {P2.a}
Adres: {ADR}, {PC} {CITY}
Tel.: {P2.t}

Uitgevoerd: cv-ketel vervangen, slimme thermostaat gekoppeld aan het wifi-netwerk van de klant.
Netwerk: {R:Ziggo|KPN|Odido}{D:4}   sleutel: {PW:wifi}
Arbeid: {CNT:uur:1-5}   Materiaal: {EUR:80-900}
Handtekening klant voor uitvoering: zie app""",

# WhatsApp iOS export, bakery till
"""[{WA.s}] {P1.v}: Goedemorgen! De kassa wil weer dat ik opnieuw inlog 🙈
[{WA.s}] {P1.v}: Wie weet het wachtwoord?
[{WA.s}] {P2.v}: gebruiker {USER}
[{WA.s}] {P2.v}: ww {PW:weak}
[{WA.s}] {P1.v}: top, hij doet het weer. Er liggen {CNT:krentenbollen:12-40} klaar voor {P3.n}""",

# WhatsApp Android export, garage diagnostic laptop
"""{WA} - {P1.n}: kun je me het wachtwoord van de diagnoselaptop in de werkplaats sturen? {KENT} staat op de brug
{WA} - {P2.n}: {PW}
{WA} - {P2.n}: en niet op een geeltje plakken deze keer 😉
{WA} - {P1.n}: 👍""",

# Teams copy, accountant
"""{P1.n}  {TIME.x}
Kun jij vandaag de btw-aangifte van {COMP2:horeca} afronden? Ze hebben een nieuw account in het boekhoudpakket.
Inlog: {INFO2:administratie}
Wachtwoord: {PW:temp}

{P2.n}  {TIME2.x}
Ja, doe ik na de lunch. Aangifte is {EUR2:1000-9000} te betalen volgens mij.""",

# Slack, English-ish dev chat of a webshop
"""{P1.l}  {TIME.a}
staging admin is back up
user: admin
pass: `{PW:strong}`
{P2.l}  {TIME.a}
thx! will test the returns flow for order {ORD:shop} now""",

# ticket system password reset
"""Ticket {TICKET} | Status: Opgelost | Prioriteit: Normaal
Aanvrager: {P1.n} ({P1.w})
Categorie: Account / Wachtwoord

Notitie behandelaar:
Wachtwoord gereset voor account {P1.u}. Tijdelijk wachtwoord: {PW:temp}
Gebruiker moet dit bij de eerste aanmelding wijzigen. Gebeld op {P1.t} om {TIME}.
Behandeld door: {P2.v}""",

# email with quoted reply, real estate agent
"""Hoi {P1.v},

Dank je, ik kan er weer in.

Groet,
{P2.v}

Op {DATE.g} om {TIME.x} schreef {P1.n} <{P1.w}>:
> Hoi {P2.v},
>
> Het nieuwe wachtwoord voor het makelaarssysteem is {PW}
> Graag na het inloggen zelf wijzigen. De bezichtiging aan de {ADR} staat voor {DATE2.w}.
>
> {P1.v}""",

# voicemail transcript, cleaning company and alarm
"""Voicemail van {P1.t} – {DATE.w}, {TIME.x}
Transcriptie (automatisch):
"Ja hoi, met {P1.n} van {COMP:schoon}. Ik sta bij het pand aan de {ADR} en de meldkamer van het alarm vraagt om het wachtwoord. Volgens mij was het {PW:weak} maar dat klopt niet. Kun je me terugbellen? Ik blijf hier tot {TIME2:17-20}. Doei."
""",

# OCR'd note
"""SCAN_{D:4}.pdf  (OCR, 1 pagina)

INLOGGEGEVENS   BOEKHOUDING
Gebruiker :   {USER}
Wachtwoord :   {PW}
Beheerder :  {P1.U}
Laatst gewijzigd :  {DATE.n}""",

# Excel paste, system overview
"""Systeem\tGebruiker\tWachtwoord\tEigenaar
Kassasysteem\t{USER}\t{PW}\t{P1.n}
Webshop beheer\t{P2.e}\t{PW2:strong}\t{P2.n}
Wifi gasten\t-\t{PW3:wifi}\t-
Printer\tadmin\t(standaard)\t-""",

# shared folder with password in a calendar invite
"""Onderwerp: Jaarafsluiting {COMP2:generic}
Wanneer: {DATE.W} {TIME.c}-{TIME2.c}
Waar: Microsoft Teams-vergadering
Organisator: {P1.n}
Deelnemers: {P2.n}; {P3.n}

De stukken staan in de gedeelde map "Jaarwerk 2025". Map-wachtwoord: {PW}
Omzet volgens concept: {EUR:100000-900000}""",

# English mail from Dutch transport firm
"""Hi {P1.v},

As discussed on the phone, here are the login details for our carrier portal:
Username: {P1.e}
Password: {PW}

Please change it after your first login. Pick-ups for week {N:2-50} start {DATE.e} at {TIME.a}.

Kind regards,
{P2.n}
{COMP:transport}""",

# Flemish shop
"""Dag {P1.v:vl},

Het paswoord voor de kassa van de winkel in {CITY.be} is vanaf maandag {PW}. Gelieve dat niet door te geven aan de jobstudenten.
De nieuwe openingsuren gaan in op {DATE.k}: van {TIME.v:8-10} tot {TIME2.v:17-21}.

Met vriendelijke groeten,
{P2.f:vl}
GSM {P2.t}""",

# physio practice software
"""Beste {P1.v},

Voor de nieuwe praktijksoftware heb ik een account voor je aangemaakt.
Gebruikersnaam: {P1.u}
Wachtwoord: {PW:temp}

Vanaf {DATE.w} plannen we alleen nog daarin. Jouw eerste patiënt die dag is {P3.n} om {TIME}.

Groet,
{P2.v}
{COMP:fysio}""",

# childcare substitute login
"""Notitie groepsleiding {COMP:opvang}
Inlog ouderportaal voor invalkracht {P1.n} (groep Dolfijnen):
mail: {P1.w}
wachtwoord: {PW}
Geldig tot {DATE.k}. Daarna via {P2.v} een eigen account aanvragen.""",

# webshop staff account
"""Nieuw staff-account webshop
Naam: {P1.n}
E-mail: {P1.e}
Tijdelijk wachtwoord: {PW:temp}
Rol: orders & retouren
Start: {DATE.w}, {TIME}""",

# transport planning with on-board computer password
"""Planning {DATE.w}
Rit 1 – chauffeur {P1.n}, wagen {KENT}, vertrek {TIME} vanaf depot.
Rit 2 – chauffeur {P2.n}, wagen {KENT2}.
Let op: de boordcomputer vraagt sinds de update een wachtwoord, dat is {PW:weak}
Tankpas ligt in het kastje. Vragen? {P3.v} op {P3.t}.""",

# municipality account mail
"""Van: {P1.n} <{P1.w}>
Aan: {P2.w}
Onderwerp: toegang zaaksysteem

Hoi {P2.v},

Je account voor het zaaksysteem van {COMP:gemeente} staat klaar. Inloggen kan met personeelsnummer {PNR} en het wachtwoord {PW:temp}
Je moet bij de eerste keer direct een nieuw wachtwoord kiezen.

Groet, {P1.v}
Team Informatievoorziening""",

# horeca reservations system
"""Hoi {P1.v}! Welkom als bedrijfsleider. De login van het reserveringssysteem is {P1.w} met wachtwoord {PW}. Vanavond staan er {CNT:couverts:20-90} op de lijst, keuken open vanaf {TIME:16-18}. Groetjes {P2.v}""",

# DigiD shared with accountant
"""[{WA}] {P1.n}: Hoi {P2.v}, ik kom er niet uit met die aangifte
[{WA}] {P1.n}: mijn DigiD is gebruikersnaam {P1.u}{N:10-99} en wachtwoord {PW:weak}
[{WA}] {P1.n}: wil jij het invullen? Ik krijg geloof ik {EUR:200-2000} terug
[{WA}] {P2.n}: Liever niet via de app {P1.v}, ik bel je zo.""",

# cleaning company alarm app
"""Hoi allemaal,

Het alarm bij {COMP2:generic} ({ADR}, {CITY}) is vervangen. De nieuwe gebruikerscode krijg je per sms; het wachtwoord van de alarm-app is {PW}.
Schoonmaak daar blijft op {WD} en {WD2} vanaf {TIME}.
Vragen: bel {P1.n} op {P1.t}.

{P2.v}
{COMP:schoon}""",

# school ICT
"""Aan: leerkrachten groep 5 t/m 8
Van: {P1.n}, ICT-coördinator {COMP:school}

Het wachtwoord voor het Chromebook-beheer is gewijzigd naar {PW}
Graag niet op het whiteboard schrijven 😉. Toetsweek start {DATE.w}.""",

# router config paste
"""Routerinstellingen {COMP:bakker}
adres beheer: 192.168.{N:0-2}.1
gebruiker: admin
wachtwoord: {PW:strong}
SSID: Winkel_{N2:10-99}
WPA2-sleutel: {PW2:wifi}
Ingesteld door {P1.n} op {DATE.n}""",

# .env paste from a webshop developer
"""# .env productie – {COMP:webshop}
APP_ENV=production
DB_HOST=127.0.0.1
DB_USER=shop
DB_PASSWORD={PW:strong}
MAIL_FROM={INFO}
# contact bij storing: {P1.n} {P1.t}""",

# lowercase chat
"""{TIME.x} {P1.l}: wat was het wachtwoord van de ipad in de winkel ook alweer
{TIME2.x} {P2.l}: {PW:weak}
{TIME2.x} {P1.l}: thx!! {P3.l} komt om {TIME4:12-17} voor de taart van {EUR:20-80}""",

# Zendesk English
"""Zendesk #{N:10000-99999} – Password reset
Requester: {P1.n} <{P1.e}>
Internal note: customer could not log in to the loyalty app. Set password to {PW:temp} and asked them to change it.
Agent: {P2.v}""",

# PDF hand-over document with broken lines
"""!wrap58
Overdrachtsdocument ICT {COMP:accountant}. Het beheerdersaccount van Microsoft 365 is {P1.w} met als wachtwoord {PW:strong}. Contactpersoon bij storingen is {P1.n}, bereikbaar op {P1.t}. Het contract met de ICT-leverancier loopt tot {DATE.l}; maandelijkse kosten {EUR:100-900}.""",

# bol.com partner platform
"""Hoi {P1.v},

Hierbij de inlog van het partnerplatform van bol: {P1.w} / {PW}
De tweestapsverificatie gaat nu nog naar mijn telefoon ({P2.t}), dat zetten we {DATE.w} om.
Openstaande retouren: {CNT:stuks:2-15}.

{P2.v}""",

# garage RDW / werkplaats tablet
"""Memo werkplaats {COMP:garage}
Vanaf {DATE.k} keurt {P1.n} de APK's op de nieuwe tablet.
Pincode scherm: zie kluis.
Wachtwoord werkplaatssoftware: {PW}
Eerste afspraak: {KENT} om {TIME}.""",

# phrase password, real estate key safe software
"""Hoi {P1.l}, hier het nieuwe wachtwoord van de gedeelde mailbox {INFO:bezichtigingen}: {PW:phrase}
Sla je het op in de wachtwoordkluis? Thanks, {P2.l}""",

# OCR scan, sticky note on a monitor, odd spacing
"""[foto scherm kassa – OCR]
W A C H T W O O R D  :  {PW:weak}
(niet  weghalen  -  {P1.v})""",

# Teams, municipality front desk
"""{P1.n} ({COMP:gemeente})  {TIME.x}
Wie heeft het wachtwoord van het balie-account? De burger met afspraak van {TIME4:9-16} zit al te wachten.
{P2.n}  {TIME2.x}
{USER} / {PW}
{P2.n}  {TIME2.x}
Wel even wijzigen na vandaag graag!""",
]

T_API_KEY = [
# webshop .env
"""# .env – {COMP:webshop}
MOLLIE_API_KEY={KEY:mollie}
SENDCLOUD_SECRET={KEY2:hex32}
SHOP_MAIL={INFO}
FREE_SHIPPING_FROM=50""",

# WhatsApp, chatbot key and a cost cap
"""[{WA}] {P1.v}: kun je de OpenAI key sturen voor de chatbot op de site?
[{WA}] {P2.v}: {KEY:openai}
[{WA}] {P2.v}: en zet er een harde limiet op van {EUR:50-200} per maand aub
[{WA}] {P1.v}: doe ik, thanks""",

# curl snippet in a ticket
"""Ticket {TICKET} – chatbot geeft geen antwoord meer
Melder: {P1.n}, {COMP:fysio}

Reproductie:
curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: {KEY:anthropic}" \\
  -H "anthropic-version: 2023-06-01" \\
  -H "content-type: application/json"
Resultaat: 429 sinds {DATE.w} {TIME.x}.""",

# ticket with a bearer token in the log
"""Ticket {TICKET}
Melder: {P1.n} ({P1.w})
Probleem: koppeling boekhouding ↔ webshop faalt sinds {DATE.l}.

Log:
POST /api/v2/invoices 401 Unauthorized
Authorization: Bearer {KEY:bearer}

Aantal mislukte facturen: {CNT:stuks:3-40}""",

# Teams message with a Maps key
"""{P1.n}  {TIME.x}
@{P2.v} de Google Maps key voor de routeplanner van de bezorgers: {KEY:google}
niet in de repository zetten graag
{P2.n}  {TIME2.x}
👍 staat erin, route voor {DATE.w} werkt weer""",

# English mail with a SendGrid key
"""Hi {P1.v},

Please find below the API credentials for the newsletter account of {COMP:bakker}:

{KEY:sendgrid}

The first mailing goes out on {DATE.e}. Budget for this quarter is {EUR.en:300-2000}.

Regards,
{P2.n}""",

# GitHub token in an IT partner mail
"""Beste {P1.v},

De automatische deploy van de reserveringssite draait voortaan met token {KEY:github}
Het token vervalt op {DATE.l}; {P2.v} zet een herinnering.

Met vriendelijke groet,
{P2.n}
{COMP:generic}""",

# AWS credentials file
"""[default]
aws_access_key_id = {KEY:awsid}
aws_secret_access_key = {KEY2:awssecret}
region = eu-west-1
# eigenaar: {P1.n} ({P1.w})""",

# Slack bot token in a note
"""Notities koppeling planning → Slack
SLACK_BOT_TOKEN={KEY:slack}
Kanaal: #werkbonnen
Contact: {P1.l} ({P1.t})""",

# Stripe key in a chat
"""{WA} - {P1.n}: Stripe live key voor de kassa-app: {KEY:stripe}
{WA} - {P1.n}: alleen in de kluis bewaren aub
{WA} - {P2.n}: ok, staat erin. Omzet gisteren trouwens {EUR:400-4000}""",

# Mailchimp
"""Mailchimp API-key voor de nieuwsbrief van {COMP:bakker}: {KEY:mailchimp}
Doelgroep: {CNT:abonnees:300-4000}. Aangemaakt door {P1.n} op {DATE.n}.""",

# Hugging Face token, English slack
"""{P1.l} {TIME.a}
here's the hf token for the invoice-reader model: {KEY:hf}
{P2.l} {TIME2.a}
cheers, will rotate it friday""",

# WooCommerce consumer key + secret
"""WooCommerce REST-API {COMP:webshop}
Consumer key: {KEY:ck}
Consumer secret: {KEY2:cs}
Rechten: lezen/schrijven
Aangemaakt door: {P1.n}""",

# Shopify admin token
"""Hoi {P1.v},

Voor de voorraadkoppeling heb je dit token nodig:
Admin API access token: {KEY:shopify}

Er staan {CNT:producten:80-900} in de winkel. Factuur {FACT} van {EUR:200-1500} volgt.

Groet,
{P2.v}""",

# Flemish
"""Beste {P1.v:vl},

Hierbij de API-sleutel voor de koppeling met ons kassasysteem: {KEY:hex40}
Gelieve die veilig te bewaren en niet door te sturen. Bij vragen kan je mij bereiken op {P2.t:vl}.

Met vriendelijke groeten,
{P2.f}
{COMP:horeca,be}
Ondernemingsnummer {ONDN}""",

# JSON config
"""config.json (chatbot {COMP:horeca}):
{"provider": "openai", "api_key": "{KEY:openai}", "model": "gpt-4o-mini", "contact": "{INFO}"}
Maandbudget: {EUR:20-200}""",

# Python snippet
"""import anthropic
client = anthropic.Anthropic(api_key="{KEY:anthropic}")
# offerte-assistent voor {COMP:install}, gebouwd door {P1.n}""",

# Postmark server token
"""Mailserver transactiemails
X-Postmark-Server-Token: {KEY:uuid}
Afzender: {INFO:noreply}
Beheer: {P1.n}""",

# GitLab token in CI
"""CI-variabelen project 'werkbon-app'
GITLAB_TOKEN={KEY:gitlab}
Aangemaakt: {DATE.i} door {P1.u}
Notificaties naar {P1.w}""",

# transport track & trace API
"""Hoi {P1.v}, de track-&-trace-API van de vervoerder werkt met key {KEY:hex32} en ons klantnummer {NUM}. Vanaf {DATE.w} staan de zendingen automatisch in de planning. Groet, {P2.v}""",

# municipality
"""Van: {P1.n}
Aan: team Vergunningen {COMP:gemeente}

De API-sleutel voor de BAG-koppeling is vernieuwd: {KEY:hex32}
De oude sleutel werkt nog tot {DATE.k} {TIME}.""",

# horeca POS
"""Koppeling kassasysteem ↔ boekhouding {COMP:horeca}
client id: {USER}
client secret: {KEY:hex40}
Ingesteld door {P1.n} op {DATE.n}; omzet wordt elke nacht om {TIME:1-4} doorgezet.""",

# accountant token
"""Beste {P1.v},

Voor de koppeling tussen jullie webwinkel en ons boekhoudpakket heb ik een API-token gemaakt:
{KEY:hex64}
Je kunt het in de instellingen plakken onder 'Integraties'.

Met vriendelijke groet,
{P2.n}
{COMP:accountant}
KvK {KVK}""",

# physio agenda system
"""Online agenda {COMP:fysio}
API-key: {KEY:generic}
Koppeling met de website gemaakt door {P1.n}, {P1.t}. Nieuwe patiënten kunnen vanaf {DATE.w} zelf een intake van {CNT:minuten:30-60} boeken.""",

# email quoted reply asking for Mollie key
"""Ja hoor, hier is hij: {KEY:mollie}

Groet {P1.v}

-----Oorspronkelijk bericht-----
Van: {P2.n} <{P2.e}>
Verzonden: {DATE.W} {TIME.x}
Aan: {P1.w}
Onderwerp: Mollie

> Kun je de Mollie key delen? Dan zet ik de betaalpagina voor de cursus van {EUR:50-400} live.""",

# English slack rotation
"""{P1.l}  {TIME.a}
rotated the anthropic key for the support bot, new one:
{KEY:anthropic}
old one is revoked. monthly hard limit is still {EUR.en:50-200}""",

# Telegram bot
"""Bot voor bestellingen bakkerij: token {KEY:telegram}
Beheer: {P1.n}, {P1.t}
Bestellingen voor {DATE.w} sluiten om {TIME}.""",

# Azure OpenAI
"""AZURE_OPENAI_KEY={KEY:hex32}
AZURE_OPENAI_ENDPOINT=https://kantoor-ai.openai.azure.com/
# afgesproken met {P1.n}: maximaal {EUR:100-300} per maand""",

# OCR screenshot of a dashboard
"""[screenshot dashboard – OCR]
API  keys
Naam :  website-chat     Aangemaakt :  {DATE.n}
Sleutel :  {KEY:openai_old}
Eigenaar :  {P1.L}""",

# Twilio SMS reminders for a physio / garage
"""SMS-herinneringen APK {COMP:garage}
Twilio API key SID: SK{HEX:32}
Secret: {KEY:hex32}
Verstuurt {CNT:dagen:7-14} voor de vervaldatum een sms. Beheer: {P1.n}""",

# GitHub fine-grained PAT in WhatsApp android
"""{WA} - {P1.n}: voor de nieuwe site van de kinderopvang: {KEY:githubpat}
{WA} - {P2.n}: dank! gaat live {DATE.w}""",
]

T_BSN = [
# municipality desk note
"""Aanvraag {R:parkeervergunning|bijzondere bijstand|verhuizing binnen de gemeente|gehandicaptenparkeerkaart}
Aanvrager: {P1.n}
BSN: {BSN}
Adres: {ADR}, {PC} {CITY}
Telefoon: {P1.t}
Behandelaar: {P2.i}
Datum behandeling: {DATE.n}""",

# childcare placement form
"""Plaatsingsformulier {COMP:opvang}
Kind: {K1.n}
Geboortedatum: {GEB:kind}
BSN kind: {BSN}
Ouder/verzorger: {P1.n}, {P1.t}
E-mail: {P1.e}
Ingangsdatum: {DATE.l}
Opvangdagen: {WD} en {WD2}""",

# physio intake
"""Intake {DATE.n} – {COMP:fysio}
Patiënt: {P1.i}, geb. {GEB.n}
BSN {BSN}
Verzekeraar: {R:Zilveren Kruis|CZ|VGZ|Menzis|ONVZ|DSW}, polisnummer {D:8}
Verwijzer: huisarts {P2.a}
Klacht: lage rugpijn sinds {CNT:weken:2-12}""",

# WhatsApp Android to the accountant
"""{WA} - {P1.n}: hoi, voor de aangifte heb je toch mijn bsn nodig?
{WA} - {P2.n}: ja graag, en die van je partner
{WA} - {P1.n}: {BSN.p}
{WA} - {P1.n}: en van {P3.v} {BSN2.p}
{WA} - {P2.n}: dank, ik stuur het concept {DATE.w}""",

# new employee for payroll
"""Nieuwe medewerker – gegevens voor de loonadministratie
Naam: {P1.n}
Geboortedatum: {GEB}
BSN: {BSN}
IBAN: {IBAN}
Adres: {ADR}, {PC} {CITY}
Startdatum: {DATE.l}
Functie: {R:bezorger|afwasser|monteur|assistent|schoonmaker|baliemedewerker}, {CNT:uur:12-38} per week""",

# school registration, caps
"""LEERLINGADMINISTRATIE – INSCHRIJVING
Leerling: {K1.U}
BSN: {BSN}
Geboortedatum: {GEB:kind}
Groep: {N:1-8}
Ouder 1: {P1.n}, {P1.e}
Vorige school: {COMP2:school}""",

# OCR of a Dutch ID card copy
"""KOPIE ID-KAART (OCR)
Achternaam / Surname  {P1.AU}
Voornamen / Given names  {P1.VU}
Geboortedatum / Date of birth  {GEB.p}
Burgerservicenummer  {BSN.p}
Documentnummer  {HEX.U:9}""",

# email to accountant with own and child's BSN
"""Beste {P2.v},

In de bijlage de jaaropgaven. Mijn BSN is {BSN} en dat van {K1.v} (voor de toeslag) is {BSN2}.
Kunnen we {DATE.w} om {TIME} bellen?

Groet,
{P1.n}""",

# Flemish employer, Dutch cross-border worker
"""Dag {P1.v},

Voor de grensarbeider {P2.n} hebben we voor het sociaal secretariaat ook het Nederlandse burgerservicenummer nodig. {P2.Zij} gaf ons {BSN} door, klopt dat?
{P2.Haar} eerste werkdag is {DATE.w}.

Met vriendelijke groeten,
{P3.f:vl}
{COMP:transport,be}""",

# municipality ticket
"""Zaak {DOSS}
Burger: {P1.n} (BSN {BSN})
Onderwerp: klacht afvalinzameling {ADR}
Terugbellen op {P1.t} vóór {TIME}
Status: in behandeling bij {P2.i}""",

# voicemail
"""Voicemail van {P1.t} ({DATE.w} {TIME.x})
"Hallo, met {P1.n}. Ik bel over de kinderopvangtoeslag voor mijn dochter. Mijn burgerservicenummer is {BSN.s}. Wilt u mij terugbellen? Dank u wel."
""",

# Excel paste of two employees (not a customer list, but BSNs)
"""Naam\tBSN\tIn dienst\tUren
{P1.n}\t{BSN}\t{DATE.n}\t{CNT:uur:16-40}
{P2.n}\t{BSN2}\t{DATE2.n}\t{CNT2:uur:16-40}""",

# English payroll mail
"""Dear {P1.en} {P1.a},

For your registration with our payroll provider we still need your Dutch citizen service number (BSN). You sent us {BSN} – could you confirm this is correct before {DATE.e}?

Best regards,
{P2.n}
HR, {COMP:generic}""",

# transport driver card
"""Aanvraag bestuurderskaart
Naam chauffeur: {P1.i}
Geboortedatum: {GEB.l}
BSN: {BSN}
Rijbewijsnummer: {D:10}
Kenteken trekker: {KENT}
Contact planning: {INFO:planning}""",

# rental candidate file
"""Huurdersdossier {ADR}
Kandidaat-huurder: {P1.n}
Geboortedatum: {GEB}
BSN: {BSN}
Bruto jaarinkomen: {EUR:28000-90000}
Bezichtiging: {DATE.w} {TIME}""",

# cleaning hours slip
"""Urenbriefje week {N:1-52} – {COMP:schoon}
Medewerker: {P1.n}
BSN: {BSN}
Locatie: {COMP2:generic}, {ADR}
Gewerkt: {CNT:uur:6-38}""",

# PDF authorization with broken lines
"""!wrap62
Machtiging aangifte inkomstenbelasting 2025. {P1.n}, geboren op {GEB.l}, burgerservicenummer {BSN}, wonende aan de {ADR}, {PC} {CITY}, geeft {COMP:accountant} toestemming om namens {P1.vh} de aangifte te verzorgen. Het honorarium bedraagt {EUR:150-450} exclusief {PCT:21-21} btw.""",

# restaurant new staff WhatsApp bracket
"""[{WA}] {P1.v}: hoi {P2.l}! voor mijn contract: mijn bsn is {BSN}
[{WA}] {P1.v}: iban komt zo
[{WA}] {P2.v}: top, welkom in het team! Eerste dienst {DATE.w} om {TIME}""",

# municipality letter header
"""Kenmerk: {DOSS}
{P1.M} {P1.i}
{ADR}
{PC} {CITY}

Betreft: uw aanvraag
Uw burgerservicenummer: {BSN.d}

{P1.hh} {P1.a},

Wij hebben uw aanvraag ontvangen op {DATE.l}. U hoort binnen {CNT:weken:4-8} van ons.""",

# Teams check
"""{P1.n}  {TIME.x}
Kan iemand het BSN van {P2.n} controleren? Ik heb {BSN} genoteerd maar de pensioenuitvoerder vraagt het opnieuw.
{P3.n}  {TIME2.x}
Klopt, staat zo in het personeelsdossier.""",

# Slack English
"""{P1.l}  {TIME.a}
need the BSN of {P2.n} for the pension fund portal, is it {BSN}?
{P3.l}  {TIME2.a}
yes that's right""",

# childcare handover to after-school care
"""Overdracht naar BSO {COMP:opvang}
{K1.n} ({GEB:kind}), BSN {BSN}
Ophalen door {P1.n} of oma {P2.n:f} ({P2.t})
Allergie: pinda. Start {DATE.w}.""",

# physio declaration line
"""Declaratie {FACT}
Patiënt: {P1.r}
BSN: {BSN.p}
Behandelingen: {CNT:behandelingen:2-9} à {EUR:30-48}
Periode: {DATE.n} t/m {DATE2.n}""",

# temp agency, Polish worker
"""Uitzendkracht {P1.n:pl}
BSN: {BSN}
Huisvesting: {ADR}, {PC} {CITY}
Telefoon: {P1.t}
Start bij {COMP:transport}: {DATE.w}, {TIME}""",

# quoted email with only a BSN as answer
"""{BSN}

--
{P1.n}
Verstuurd vanaf mijn iPhone

Op {DATE.g} om {TIME.x} heeft {P2.n} <{INFO}> het volgende geschreven:
> Wat is uw BSN? Dan kan ik de toeslagaanvraag afronden.""",

# WMO report municipality
"""Melding Wmo – {P1.n}, geboren {GEB.n}, BSN {BSN}, woont {ADR} te {CITY}.
Hulpvraag: huishoudelijke ondersteuning {CNT:uur:2-4} per week. Contactpersoon: dochter {K1.n}, {K1.t}.""",

# UWV data
"""Gegevens voor het UWV
{P1.n}
BSN {BSN}
IBAN {IBAN}
Laatste werkdag: {DATE.l}""",

# OCR of a tax letter
"""BELASTINGDIENST   (scan, OCR)
{P1.IU}
{ADR.U}
{PC}  {CITY.U}
Burgerservicenummer :  {BSN.d}
Dagtekening :  {DATE.l}
Te betalen :  {EUR:100-3000}""",

# school quoted mail with BSN
"""Beste {P1.tit} {P1.a},

Dank voor het aanmeldformulier van {K1.v}. Het BSN dat u opgaf ({BSN}) wijkt af van de ID-kaart; kunt u {DATE.w} even langskomen?

Met vriendelijke groet,
{P3.n}
Administratie {COMP:school}""",
]

T_SALARY = [
# classic payslip
"""SALARISSTROOK {MONTH.U} 2026
{COMP:install}
Werknemer: {P1.n}          Personeelsnr: {PNR}
Functie: monteur             Uren per week: {SAL.t}
Bruto salaris                {SAL.B}
Pensioenpremie               {SAL.P}
Loonheffing                  {SAL.H}
Reiskostenvergoeding         {SAL.R}
Netto uit te betalen         {SAL.N}
Overgemaakt naar {IBAN} op {DATE.n}""",

# bakery payslip with hourly wage
"""Loonstrook periode {N:1-13} – {COMP:bakker}
Naam: {P1.n}
Adres: {ADR}, {PC} {CITY}
Uurloon {SAL.u:1500-2900}  x  {SAL.m}
Bruto {SAL.b}
Loonheffing {SAL.h} (tabel wit, met heffingskorting)
Netto {SAL.n}""",

# OCR'd payslip with odd spacing
"""L O O N S T R O O K      {MONTH.U}   2026
Naam  :   {P1.U}
Geb.datum  :  {GEB.n}
BSN  :  {BSN}
Bruto  loon  . . . . . .   {SAL.B}
Inh.  loonheffing  . . .   {SAL.H}
Netto  . . . . . . . . .   {SAL.N}""",

# Excel paste of one payslip
"""Omschrijving\tBedrag
Werknemer\t{P1.n}
Bruto loon\t{SAL.B}
Pensioen\t{SAL.P}
Loonheffing\t{SAL.H}
Netto\t{SAL.N}
Vakantiegeld reservering\t{SAL.V}""",

# email with the payslip pasted
"""Hoi {P2.v},

Hieronder mijn loonstrook van {MONTH}, voor de hypotheekaanvraag:

Werkgever: {COMP:fysio}
Medewerker: {P1.n}, geboren {GEB.l}
Bruto maandloon: {SAL.b}
Netto: {SAL.n}
Jaarinkomen incl. vakantiegeld: {SAL.c}

Groet,
{P1.v}""",

# Flemish loonbrief
"""LOONBRIEF {MONTH.U} 2026
Werkgever: {COMP:horeca,be}  –  ondernemingsnummer {ONDN}
Werknemer: {P1.f:vl}
Adres: {ADR.be}, {BEPC} {CITY.be}
Brutoloon: {SAL.b}
Bedrijfsvoorheffing: {SAL.h}
Nettoloon: {SAL.n}
Rekeningnummer: {IBAN.be}""",

# English payslip
"""PAYSLIP – {MONTH.c} 2026
Employer: {COMP:transport}
Employee: {P1.n}   Employee no. {PNR}
Gross salary: {SAL.b}
Wage tax: {SAL.h}
Pension contribution: {SAL.p}
Net pay: {SAL.n}
Paid to: {IBAN}""",

# PDF pasted with broken lines
"""!wrap54
Specificatie salaris {MONTH} 2026 voor {P1.n}, personeelsnummer {PNR}, in dienst bij {COMP:schoon}. Brutoloon {SAL.b}, ingehouden pensioenpremie {SAL.p}, loonheffing {SAL.h}, reiskosten {SAL.r}. Netto uitbetaald {SAL.n} op rekening {IBAN}.""",

# WhatsApp photo of payslip with OCR
"""[{WA}] {P1.v}: hier mijn loonstrook, klopt dit wel?
[{WA}] {P1.v}: <foto> OCR: "{COMP:horeca} | {P1.n} | bruto {SAL.b} | loonheffing {SAL.h} | netto {SAL.n}"
[{WA}] {P2.v}: lijkt me goed, de loonheffing is hoger door het vakantiegeld""",

# jaaropgaaf
"""JAAROPGAAF 2025
Werkgever: {COMP:garage}, loonheffingennummer {D:8}L01
Werknemer: {P1.i}
Geboortedatum: {GEB}
Burgerservicenummer: {BSN}
Fiscaal loon: {SAL.c}
Ingehouden loonheffing: {EUR:4000-19000}
Arbeidskorting: {EUR2:2000-5500}""",

# school payslip, government scale
"""Salarisspecificatie {MONTH} – {COMP:school}
Naam: {P1.n}
Functie: leerkracht L{N:10-11}, trede {N2:3-14}
Werktijdfactor: 0,{N3:5-9}
Bruto: {SAL.b}
Eindejaarsuitkering (reservering): {PCT:8-8}
Netto: {SAL.n}""",

# childcare staff payslip with address block
"""{COMP:opvang}
Vertrouwelijk
{P1.M} {P1.i}
{ADR}
{PC} {CITY}

Loonstrook {MONTH} 2026
Bruto salaris {SAL.b}
Pensioen PFZW {SAL.p}
Loonheffing {SAL.h}
Netto salaris {SAL.n}""",

# Teams copy with payslip figures
"""{P1.n}  {TIME.x}
hier de strook van {P2.n} voor de correctie:
bruto {SAL.b}, loonheffing {SAL.h}, netto {SAL.n}
{P3.n}  {TIME2.x}
ok, de reiskosten van {SAL.r} ontbreken inderdaad""",

# municipality payslip
"""Salarisstrook {COMP:gemeente}
Medewerker: {P1.r}   Personeelsnummer {PNR}
Schaal {N:6-11} trede {N2:1-12}
Bruto {SAL.b}
IKB-budget {EUR:200-600}
ABP-premie {SAL.p}
Loonheffing {SAL.h}
Netto {SAL.n}
Uitbetaling {DATE.n} op {IBAN}""",

# real estate agent with commission
"""Loonstrook {MONTH} – {COMP:makelaar}
Naam: {P1.n}
Vast salaris: {SAL.b}
Provisie {CNT:verkoop/verkopen:1-6}: {EUR:500-4000}
Loonheffing: {SAL.h}
Netto: {SAL.n}""",

# transport driver payslip with allowances
"""Loonstrook week {N:1-52} – {COMP:transport}
Chauffeur: {P1.n}
Uren: {CNT:uur:38-60}
Bruto loon {SAL.b}
Onbelaste verblijfkosten {EUR:40-300}
Loonheffing {SAL.h}
Netto {SAL.n}
IBAN {IBAN}""",

# accountant paste of payslip in a mail thread
"""Hoi {P1.v},

Klopt deze loonstrook van {P2.n}? Ik zie een verschil met vorige maand.

> Bruto {SAL.b}
> Pensioen {SAL.p}
> Loonheffing {SAL.h}
> Netto {SAL.n}

Groet, {P3.v}
{COMP:accountant}""",

# CSV export from payroll for one employee
"""medewerker;periode;bruto;loonheffing;netto;iban
{P1.n};2026-{N:1-12};{SAL.B};{SAL.H};{SAL.N};{IBAN.c}""",

# cleaning company payslip, Eritrean employee
"""Loonstrook {MONTH} 2026
{COMP:schoon}
Medewerker: {P1.n:er}
Uurloon: {SAL.u:1300-2600}
Gewerkte uren: {SAL.m}
Bruto: {SAL.b}
Netto: {SAL.n}
Vakantiegeld gereserveerd: {SAL.v}""",

# webshop payslip with birth date and address
"""Salarisstrook {MONTH.c} 2026 – {COMP:webshop}
{P1.n}, {ADR}, {PC} {CITY}
Geboortedatum {GEB}
Brutoloon {SAL.b} | Loonheffing {SAL.h} | Netto {SAL.n}""",

# voicemail about a payslip but with the figures read out
"""Voicemail {P1.t}, {DATE.w} {TIME.x}
"Hoi, met {P1.n}. Ik kijk naar mijn loonstrook van {MONTH}: bruto staat er {SAL.b} en netto {SAL.n}, maar de loonheffing van {SAL.h} lijkt me te hoog. Kun je me terugbellen?"
""",

# horeca payslip, young employee with age-based wage
"""Loonstrook {MONTH} – {COMP:horeca}
Naam: {P1.n}
Leeftijd: {N:16-20} jaar (jeugdloon)
Uurloon: {SAL.u:700-1700}
Bruto: {SAL.b}
Netto: {SAL.n}""",
]

T_CONTRACT = [
# employment contract, signed twice
"""ARBEIDSOVEREENKOMST

Partijen: {COMP:install}, KvK {KVK}, hierna 'werkgever', en {P1.n}, wonende {ADR}, {PC} {CITY}, geboren {GEB.l}, hierna 'werknemer'.
Functie: servicemonteur. Salaris: {EUR:2400-4200} bruto per maand bij {CNT:uur:32-40} per week.
Ingangsdatum: {DATE2.l}.

Aldus overeengekomen en in tweevoud ondertekend te {CITY2} op {DATE.l}.

{P2.n}, directeur\t\t{P1.n}
(handtekening)\t\t(handtekening)""",

# commercial lease, signed
"""HUUROVEREENKOMST BEDRIJFSRUIMTE
Verhuurder: {P1.n}
Huurder: {COMP:bakker}, vertegenwoordigd door {P2.n}
Gehuurde: winkelruimte {ADR}, {PC} {CITY}
Huurprijs: {EUR:900-4500} per maand, te voldoen op {IBAN}
Ingangsdatum: {DATE.l}

Voor akkoord getekend,
Verhuurder: [handtekening] {P1.n}
Huurder: [handtekening] {P2.n}""",

# maintenance contract installer
"""Onderhoudscontract cv-installatie nr. {ORD:code}
Klant: {P1.Dhr} {P1.i}, {ADR}, {PC} {CITY}
Jaarlijks onderhoud, tarief {EUR:90-220} per jaar incl. {PCT:21-21} btw.
Ingang: {DATE2.l}

Getekend voor akkoord op {DATE.n}:
{P1.i} — /getekend/
{P2.n} namens {COMP:install} — /getekend/""",

# cleaning contract
"""SCHOONMAAKOVEREENKOMST
{COMP:schoon} en {COMP2:generic}, voor deze vertegenwoordigd door {P1.n}.
Object: kantoor {ADR}, {CITY}. Frequentie: {WD} en {WD2}, vanaf {TIME:6-8}.
Tarief: {EUR:300-2500} per maand.

Ondertekend te {CITY} op {DATE.l}
{P1.n}: ✍ {P1.i}
{P2.n}: ✍ {P2.i}""",

# childcare placement agreement
"""Plaatsingsovereenkomst {COMP:opvang}
Kind: {K1.n}, geboren {GEB:kind}
Ouder: {P1.n}, {ADR}, {PC} {CITY}
Opvang: {WD} en {WD2}, {CNT:uur:10-11} per dag, uurtarief {EUR:9-11}
Ingangsdatum: {DATE2.l}

Handtekening ouder: getekend {P1.n}, {DATE.n}
Handtekening namens de opvang: getekend {P2.n}""",

# house purchase (real estate)
"""KOOPOVEREENKOMST WOONRUIMTE (model NVM, verkort)
Verkoper: {P1.n}, geboren {GEB}
Koper: {P2.n} en {P3.n}
Object: woonhuis {ADR}, {PC} {CITY}
Koopsom: {EUR:240000-890000}
Waarborgsom: {PCT:10-10} van de koopsom, uiterlijk {DATE2.l}

Aldus opgemaakt en ondertekend te {CITY} op {DATE.l}.
De verkoper: (get.) {P1.n}
De kopers: (get.) {P2.n}   (get.) {P3.n}""",

# garage sale of used car
"""Verkoopovereenkomst occasion
Verkoper: {COMP:garage}, KvK {KVK}
Koper: {P1.n}, {ADR}, {PC} {CITY}, tel. {P1.t}
Voertuig: kenteken {KENT}, km-stand {N:20000-180000}
Prijs: {EUR:3500-29000}, garantie {CNT:maanden:3-12}

Voor akkoord: {P1.n} [getekend] — {DATE.n}
Namens verkoper: {P2.n} [getekend]""",

# lease DocuSign
"""Operational leaseovereenkomst {ORD:code}
Lessee: {COMP:transport}, vertegenwoordigd door {P1.n} ({P1.w})
Voertuig: {KENT}, looptijd {CNT:maanden:36-60}, leaseprijs {EUR:300-1200} p/m

Digitaal ondertekend via DocuSign door {P1.n} op {DATE.n} om {TIME.x}.
Certificaat-ID: {HEX:8}-{HEX:4}-{HEX:4}""",

# accountant engagement letter signed
"""Opdrachtbevestiging samenstellen jaarrekening 2025
Opdrachtgever: {P1.n}, h.o.d.n. {COMP2:generic}, {ADR}, {PC} {CITY}
Honorarium: {EUR:800-3500} exclusief btw

Voor akkoord getekend op {DATE.l}:
{P1.n}
/s/ {P1.n}

{COMP:accountant}
{P2.n}, registeraccountant""",

# physio treatment agreement signed
"""Behandelovereenkomst {COMP:fysio}
Patiënt: {P1.n}, geboortedatum {GEB}
Adres: {ADR}, {PC} {CITY}
De patiënt gaat akkoord met het behandelplan ({CNT:behandelingen:6-18}) en de no-show-regeling ({EUR:30-45}).

Ondertekend door patiënt: {P1.n}, {DATE.n}
Fysiotherapeut: {P2.n}""",

# settlement agreement
"""VASTSTELLINGSOVEREENKOMST
Werkgever {COMP:horeca} en werknemer {P1.n} komen overeen dat het dienstverband eindigt per {DATE2.l}.
Transitievergoeding: {EUR:2000-18000} bruto.
Werknemer had bedenktijd van {CNT:dagen:14-14} en heeft daar geen gebruik van gemaakt.

Getekend te {CITY} op {DATE.l}
w.g. {P2.n}\t\tw.g. {P1.n}""",

# English NDA
"""MUTUAL NON-DISCLOSURE AGREEMENT
between {COMP:generic} (the Netherlands) and {P1.n}, residing at {ADR}, {PC} {CITY}.
Term: {CNT:years:2-5} from {DATE2.E}.

Signed by:
{P2.n}, Director — signature on file — {DATE.E}
{P1.n} — signature on file — {DATE.E}""",

# Flemish rental contract
"""HUURCONTRACT HOOFDVERBLIJFPLAATS
Verhuurder: {P1.f:vl}, {ADR.be}, {BEPC} {CITY.be}
Huurder: {P2.f:vl}, GSM {P2.t}
Huurprijs: {EUR:600-1200} per maand op rekening {IBAN.be}
Waarborg: {EUR2:1200-3600}

Opgemaakt te {CITY.be} op {DATE.l}, in twee exemplaren.
Handtekening huurder, voorafgegaan door 'gelezen en goedgekeurd': gelezen en goedgekeurd, {P2.f}
Handtekening verhuurder: {P1.f}""",

# signed scan OCR
"""[scan getekend contract – OCR]
OVEREENKOMST  VAN  OPDRACHT
Opdrachtnemer :  {P1.U}
Adres :  {ADR}  {PC}  {CITY}
Uurtarief :  {EUR:45-110}
Datum :  {DATE.n}
Handtekening :  ~~{P1.i}~~   (handtekening aanwezig)""",

# email with signed contract pasted
"""Hoi {P1.v},

Hierbij het getekende contract terug; ik heb het hieronder ook even geplakt.

---
Huurovereenkomst parkeerplaats {N:1-80} bij {ADR}
Huurder: {P2.n}, kenteken {KENT}
Huur: {EUR:40-160} per maand vanaf {DATE2.l}
Getekend: {P2.n}, {DATE.n}
---

Groet,
{P2.v}""",

# WhatsApp with signature confirmation text of the contract
"""[{WA}] {P1.n}: ik heb de overeenkomst voor de verbouwing ondertekend, hier de tekst:
[{WA}] {P1.n}: "Opdrachtgever {P1.n}, {ADR}, gaat akkoord met de aanneemsom van {EUR:8000-60000}. Start werkzaamheden {DATE2.l}. Ondertekend {DATE.n}, {P1.n}"
[{WA}] {P2.n}: Ontvangen, dank! We beginnen om {TIME:7-8}.""",

# signing certificate
"""Ondertekeningsrapport
Document: Huurovereenkomst {ADR}, {PC} {CITY}
Ondertekenaar 1: {P1.n} <{P1.e}> – ondertekend {DATE.i} {TIME.x} (IP 84.{N:1-250}.{N2:1-250}.{N3:1-250})
Ondertekenaar 2: {P2.n} <{P2.w}> – ondertekend {DATE.i} {TIME2.x}
Status: voltooid""",

# school employment
"""Akte van benoeming
{COMP:school} benoemt {P1.n}, geboren {GEB.l}, per {DATE2.l} tot leerkracht voor 0,8 fte.
Salaris volgens cao PO, schaal L10.

Voor gezien en akkoord getekend,
{P1.n} (getekend, {DATE.n})
{P2.n}, directeur-bestuurder (getekend)""",

# webshop supplier agreement signed by sole trader
"""Leveranciersovereenkomst
Leverancier: {P1.n}, eenmanszaak, KvK {KVK}, btw {BTW}
Afnemer: {COMP:webshop}
Marge: {PCT:20-45}, betaaltermijn {CNT:dagen:14-30}

Handtekening leverancier: {P1.n} ✔ getekend op {DATE.n}
Handtekening afnemer: {P2.n} ✔""",

# horeca employment short contract
"""Oproepovereenkomst
Werkgever: {COMP:horeca}
Werknemer: {P1.n}, {ADR}, {PC} {CITY}, IBAN {IBAN}
Uurloon: {EUR:12-17}
Vanaf {DATE2.l}

Getekend door beide partijen op {DATE.l}:
{P2.n}  ______✍______
{P1.n}  ______✍______""",

# municipality subsidy agreement signed
"""Subsidieovereenkomst {DOSS}
{COMP:gemeente} en Stichting Buurtkracht, vertegenwoordigd door {P1.n} (voorzitter) en {P2.n} (penningmeester).
Subsidie: {EUR:2000-40000} voor het jaar 2026.
Ondertekend namens de gemeente door {P3.i} op {DATE.l}; namens de stichting door {P1.n} en {P2.n}.""",

# PDF with broken lines, service agreement transport
"""!wrap60
Raamovereenkomst transport tussen {COMP:transport} en {COMP2:webshop}. Contactpersoon opdrachtgever: {P1.n}, {P1.t}. Tarief per zending {EUR:4-12}, volume ca. {CNT:zendingen:200-3000} per maand. Deze overeenkomst is door beide partijen ondertekend op {DATE.l} te {CITY}: {P1.n} en {P2.n}.""",

# English employment contract
"""EMPLOYMENT CONTRACT (summary)
Employer: {COMP:generic}, Chamber of Commerce {KVK}
Employee: {P1.n}, born {GEB.E}, living at {ADR}, {PC} {CITY}
Gross salary: {EUR.en:2500-5500} per month, {CNT:hours:24-40} per week
Start date: {DATE2.E}

Signed: {P1.n} (signed {DATE.E})
Signed on behalf of the employer: {P2.n}""",

# bakery franchise agreement OCR
"""FRANCHISEOVEREENKOMST  –  pagina  7 / 7
... slotbepalingen ...
Getekend  te  {CITY}  op  {DATE.l}
Franchisegever :  {COMP:bakker}  ,  {P1.n}
Franchisenemer :  {P2.n}  ,  {ADR}
[handtekening]      [handtekening]""",

# rental agreement garage box, quoted
"""> Heb je de huurovereenkomst van de garagebox getekend?
Ja, getekend en gescand. Kort:
Garagebox {N:1-40}, {ADR}, {CITY}
Huurder {P1.n}, {P1.e}
{EUR:60-140} per maand per {DATE2.l}
Handtekening: {P1.i} (gezet op {DATE.n})

{P1.v}""",
]

T_LIST = [
# Excel paste, installer maintenance customers
"""Onderhoudsklanten {R:voorjaar|najaar} 2026 – {COMP:install}
Naam\tAdres\tPostcode\tPlaats\tTelefoon
[[6-11|{P~.n}\t{ADR~}\t{PC~}\t{CITY~}\t{P~.t}]]""",

# CSV mailing export
"""naam,email,plaats,aangemeld
[[6-12|{P~.n},{P~.e},{CITY~},{DATE~.i}]]""",

# garage APK reminder list
"""APK-herinneringen {MONTH} – {COMP:garage}
Kenteken | Eigenaar | Telefoon | APK vervalt
[[5-10|{KENT~} | {P~.i} | {P~.t} | {DATE~.n}]]""",

# physio patient list
"""Patiëntenlijst {DATE.w} – {COMP:fysio}
Tijd\tPatiënt\tGeboortedatum\tTelefoon
[[5-9|{TIME~:8-10}\t{P~.r}\t{GEB~}\t{P~.t}]]""",

# bakery Christmas orders
"""Kerstbestellingen {COMP:bakker}
[[6-12|{#}. {P~.n} – {P~.t} – {R:kerststol|tulband|banketstaaf|kerstkrans|notenbrood} – ophalen {R:23|24} dec. {TIME~:8-15}]]""",

# horeca reservations tonight
"""Reserveringen {DATE.W} – {COMP:horeca}
[[6-12|{TIME~:17-19} | {CNT~:pers.:2-8} | {P~.n} | {P~.t}]]""",

# real estate interested parties
"""Geïnteresseerden bezichtiging {ADR}, {CITY}
[[5-9|- {P~.n}, {P~.e}, {P~.t}]]
Open huis: {DATE.w} {TIME.c}-{TIME2.c}""",

# school class parent list
"""Ouderlijst groep {N:3-8} – {COMP:school}
Leerling\tOuder\tE-mail\tTelefoon
[[8-14|{K~.v}\t{P~.n}\t{P~.e}\t{P~.t}]]""",

# delivery route list
"""Rittenlijst {DATE.w} – chauffeur {P1.v}
[[6-12|Stop {#}: {P~.n}, {ADR~}, {PC~} {CITY~}{R:| (bellen bij aankomst {P~.t})| – pakket achterlaten bij buren|}]]""",

# webshop unpaid orders
"""Openstaande betalingen {COMP:webshop}
Order\tKlant\tE-mail\tBedrag
[[5-10|{ORD~:shop}\t{P~.n}\t{P~.e}\t{EUR~:15-300}]]""",

# bol.com export (semicolon)
"""bestelnummer;naam klant;straat;postcode;woonplaats;telefoon
[[5-9|{ORD~:bol};{P~.n};{ADR~};{PC~.c};{CITY~};{P~.t}]]""",

# cleaning company customer base
"""Klantenbestand particulieren {COMP:schoon}
[[6-10|{P~.Dhr} {P~.a}, {ADR~}, {CITY~} – {R:wekelijks|om de week|maandelijks} – {P~.t}]]""",

# accountant client overview with KvK numbers kept
"""Klantenoverzicht {P1.n} (portefeuille)
Klant\tKvK\tContact\tE-mail
[[5-9|{COMP~:generic}\t{KVK~}\t{P~.n}\t{P~.e}]]""",

# municipality list of applicants
"""Lijst aanvragers ondernemersloket {DATE.k}
[[5-8|{P~.n} | {ADR~} {CITY~} | {P~.e} | {P~.t}]]""",

# transport customer contacts English
"""Customer export (CRM) – {COMP:transport}
Name, Email, Phone, City
[[6-10|{P~.n}, {P~.e}, {P~.t}, {CITY~}]]""",

# Flemish customer list
"""Klantenlijst {COMP:generic,be}
Naam ; Adres ; GSM ; E-mail
[[5-9|{P~.f:vl} ; {ADR~.be}, {BEPC~} {CITY~.be} ; {P~.t} ; {P~.e}]]""",

# Mailchimp export with tabs and opt-in dates
"""Email Address\tFirst Name\tLast Name\tOPTIN_TIME
[[6-12|{P~.e}\t{P~.v}\t{P~.a}\t{DATE~.i} {TIME~.x}]]""",

# daycare pickup list with children and birth dates
"""Kinderen groep {R:Vlinders|Egeltjes|Uiltjes|Zonnetjes} – {COMP:opvang}
[[6-10|{K~.n} ({GEB~:kind}) – ouder {P~.n}, {P~.t}]]""",

# garage customer list with IBAN for direct debit
"""Incasso onderhoudsabonnementen {COMP:garage}
[[5-8|{P~.n}\t{IBAN~}\t{KENT~}\t{EUR~:9-35}]]""",

# physio waiting list in a mail
"""Hoi {P1.v},

Hier de wachtlijst voor de knie-groep die op {DATE.w} start:

[[5-8|• {P~.n} ({P~.e}, {P~.t})]]

Groet, {P2.v}""",

# ALL CAPS OCR of a paper customer book
"""[OCR klantenboek bladzijde {N:2-40}]
[[5-9|{P~.U}   {ADR~.U}   {PC~}   {P~.t}]]""",

# Teams message pasting a customer list
"""{P1.n}  {TIME.x}
Kun jij deze klanten bellen voor de terugroepactie? Lijst uit het kassasysteem:
[[5-9|{P~.n} – {P~.t} – {P~.e}]]""",

# horeca loyalty members
"""Stamgasten met spaarpas {COMP:horeca}
naam\tgeboortedatum\tmail
[[6-11|{P~.L}\t{GEB~.n}\t{P~.e}]]""",

# webshop returns list
"""Retouren week {N:1-52}
[[5-9|{ORD~:bol} – {P~.n}, {ADR~}, {PC~} {CITY~} – terug te betalen {EUR~:10-200} op {IBAN~}]]""",

# WhatsApp with a list of customers pasted
"""{WA} - {P1.n}: de klanten voor morgen, kun je ze een herinnering sturen?
[[5-8|{WA} - {P1.n}: {P~.n} {P~.t} {ADR~}]]
{WA} - {P2.n}: doe ik 👍""",
]

T_NEG = [
# password policy without any password
"""Beste collega's,

Vanaf {DATE.l} gelden nieuwe regels: wachtwoorden van minimaal 14 tekens, tweestapsverificatie op alle AI-tools en nooit een wachtwoord delen via WhatsApp of mail. Gebruik de wachtwoordkluis.

{P1.n}
{COMP:accountant}""",

# forgot-password help text with the reset procedure
"""Wachtwoord vergeten? Klik op 'Wachtwoord herstellen' op de inlogpagina van het ouderportaal. Je krijgt binnen {CNT:minuten:5-15} een link. {COMP:opvang} vraagt nooit om je wachtwoord, ook niet telefonisch. Vragen? Mail {INFO}.""",

# chat about wifi password, refusing to post it
"""[{WA}] {P1.v}: wat is het wifi wachtwoord in de kantine?
[{WA}] {P2.v}: hangt op het kaartje naast de koffieautomaat, zet ik niet in de groep 😅
[{WA}] {P1.v}: haha ok""",

# masked password in a ticket
"""Ticket {TICKET}
Aanvrager: {P1.n}
Wachtwoord: ******** (niet zichtbaar voor servicedesk)
Actie: resetlink verstuurd naar {P1.w} om {TIME.x}. Geen verdere actie nodig.""",

# redacted API key
"""Hoi {P1.v}, de oude key (sk-proj-…{HEX:4}) heb ik ingetrokken. De nieuwe staat in de kluis, niet in de mail. De harde limiet staat op {EUR:50-200} per maand. Groet {P2.v}""",

# placeholder in documentation
"""Installatie-instructie chatbot
1. Maak een bestand .env aan.
2. Zet daarin: OPENAI_API_KEY=<jouw-sleutel-hier>
3. Start de bot met `npm start`.
Vragen? {P1.n}, {P1.t}""",

# placeholder env with dummies
"""# voorbeeldbestand .env.example – niet echt
MOLLIE_API_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
DB_PASSWORD=<vul-hier-in>
MAIL_FROM=noreply@example.com""",

# key ending only
"""Melding {TICKET}: de API-key die eindigt op …{HEX:4} is op {DATE.n} om {TIME.x} automatisch uitgeschakeld na {EUR:150-900} aan kosten. {P1.n} heeft een nieuwe aangemaakt met limiet.""",

# BSN advice, no number
"""Let op: stuur je burgerservicenummer nooit via WhatsApp of e-mail. {COMP:gemeente} vraagt het alleen aan de balie of via DigiD. Afspraak maken kan op {WD} en {WD2} tussen {TIME} en {TIME2}.""",

# nine-digit customer number failing the 11-check
"""Beste {P1.tit} {P1.a},

Uw klantnummer is {NUM}. Vermeld dit bij elke betaling van de factuur {FACT} ({EUR:40-600}).

Met vriendelijke groet,
{COMP:install}""",

# order number 9 digits
"""Je bestelling {NUM} is verzonden! Verwachte levering: {DATE.w} tussen {TIME} en {TIME2}. Vragen? Antwoord op deze mail of bel {TEL.v}.
Team {COMP:webshop}""",

# dotted 9-digit policy number failing the check
"""Polisnummer {NUM.d} – schademelding auto {KENT}
Melder: {P1.n}, {P1.t}
Schade: deuk achterklep, geschat {EUR:300-2500}""",

# blank BSN field on a form
"""Inschrijfformulier {COMP:opvang}
Naam kind: ____________________
BSN kind: ______________ (vult u in op locatie, niet per mail)
Gewenste dagen: {WD} / {WD2}""",

# unsigned draft contract
"""CONCEPT – NIET ONDERTEKEND
Huurovereenkomst bedrijfsruimte {ADR}, {CITY}
Huurder: {P1.n}
Huurprijs voorstel: {EUR:800-3500} per maand
Te bespreken op {DATE.w} om {TIME}.

Handtekening verhuurder: ____________
Handtekening huurder: ____________""",

# contract not signed yet chat
"""{WA} - {P1.n}: heb je het contract al getekend teruggestuurd?
{WA} - {P2.n}: nee nog niet, ik wil eerst artikel 7 over de opzegtermijn bespreken
{WA} - {P1.n}: prima, bel je {DATE.w}?""",

# model contract with placeholders
"""MODEL ARBEIDSOVEREENKOMST (invulversie)
Werkgever: [NAAM BEDRIJF], KvK [NUMMER]
Werknemer: [NAAM], geboren [DATUM]
Salaris: € [BEDRAG] bruto per maand
Handtekening: ______________   Datum: ______""",

# unsigned quote
"""Offerte {FACT} – {COMP:install}
Voor: {P1.Dhr} {P1.a}, {ADR}, {PC} {CITY}
Vervangen cv-ketel incl. montage: {EUR:1800-4500}
Geldig tot {DATE.l}. Voor akkoord graag tekenen en retour sturen.""",

# payslip announcement, no slip content
"""Hoi allemaal, de loonstroken van {MONTH} staan vanaf {DATE.w} in de app. Vragen over je strook? Stuur {P1.v} een berichtje, niet in de groep.""",

# salary budget
"""Begroting personeelskosten 2026 – {COMP:horeca}
Totale loonsom: {EUR:180000-900000}
Cao-verhoging: {PCT:2-6}
Extra formatie: {CNT:fte:1-4}
Besproken met {P1.n} op {DATE.l}.""",

# vacancy with salary range
"""Vacature servicemonteur (32-40 uur)
Salaris: {EUR:2600-3000} tot {EUR2:3400-4200} bruto per maand, plus {PCT:8-8} vakantiegeld.
Solliciteren bij {P1.n} via {INFO:vacatures}.""",

# question about payslip without the slip
"""Hoi {P1.v},

Ik mis de reiskostenvergoeding op mijn loonstrook van {MONTH}. Kun je daar even naar kijken?

Groet,
{P2.v}""",

# two colleagues contact list
"""Bereikbaarheid tijdens de kerstdagen
{P1.n} – {P1.t}
{P2.n} – {P2.t}
Storingsnummer: {TEL.v}""",

# three colleagues with e-mail
"""Contactpersonen project verbouwing:
- {P1.n}, projectleider, {P1.w}
- {P2.n}, werkvoorbereider, {P2.w}
- {P3.n}, uitvoerder, {P3.t}""",

# CRM size, no customers
"""We hebben {CNT:klanten:200-2000} in het CRM staan. Export naar het mailprogramma gaat via de koppeling, niet via Excel-bestanden in de mail. Groet, {P1.v}""",

# product list with prices (not customers)
"""Prijslijst {COMP:bakker}
Volkorenbrood\t{EUR:3-5}
Krentenbol (6 st.)\t{EUR2:3-6}
Appeltaart\t{EUR3:12-25}
Kerststol\t{EUR4:8-18}""",

# meeting about AI rules
"""Uitnodiging: teamoverleg AI-regels
Wanneer: {DATE.W}, {TIME.c}-{TIME2.c}
Agenda: welk ChatGPT-plan gebruiken we, DPA tekenen, 2FA aanzetten, limiet op API-keys ({EUR:50-200} per maand).
Organisator: {P1.n}""",

# phishing warning
"""Let op: er gaat een mail rond namens {COMP:accountant} waarin om je wachtwoord en IBAN wordt gevraagd. Wij vragen daar nooit om. Twijfel je? Bel ons terug op het bekende nummer {TEL.v}. {P1.n}""",

# password manager rollout
"""Vanaf {DATE.w} stappen we over op een wachtwoordmanager. {P1.v} zet voor iedereen een account klaar; je krijgt een uitnodiging op je werkmail. Oude wachtwoorden in Excel-lijstjes graag verwijderen.""",

# Flemish hard negative
"""Dag iedereen,

Wie zijn paswoord kwijt is, kan dat zelf resetten via de knop 'Paswoord vergeten'. Stuur het nooit door per mail of sms. De opleiding hierover is op {DATE.w} om {TIME.v}.

Vriendelijke groeten,
{P1.f:vl}""",

# English negative about keys
"""Hi {P1.v},

Never paste API keys into Slack or email. Use the secrets manager instead; I have set a hard limit of {EUR.en:50-200} per month on the account.

Thanks,
{P2.v}""",

# BSN explanation for parents
"""Waarom vragen wij het BSN van uw kind? Voor de kinderopvangtoeslag moeten wij het BSN doorgeven aan de Belastingdienst. U vult het zelf in op het beveiligde ouderportaal. Vragen? Bel {COMP:opvang} op {TEL.v} op {WD} tussen {TIME} en {TIME2}.""",

# 9-digit invoice batch number spaced
"""Betalingskenmerk {NUM.s} – factuur {FACT}
Bedrag: {EUR:100-3000}
Te betalen voor {DATE.l} op de rekening van {COMP:accountant}.""",

# contract discussed, not pasted
"""Hoi {P1.v},

Het getekende contract met {COMP:schoon} zit in de AVG-map, ik stuur het niet per mail rond. Ingangsdatum is {DATE.l}, opzegtermijn {CNT:maand/maanden:1-3}.

Groet,
{P2.v}""",

# salary slip template explanation
"""Uitleg loonstrook: bovenaan staat je brutoloon, daaronder de inhoudingen (pensioen, loonheffing). Netto is wat je ontvangt. Het vakantiegeld ({PCT:8-8}) wordt in mei uitbetaald. Vragen? {P1.n}, {P1.w}""",

# list of suppliers (companies)
"""Leveranciers
{COMP:generic} – bestellingen via portal
{COMP2:bakker} – levert op {WD}
{COMP3:transport} – ophalen {TIME}""",

# 9-digit in tracking context
"""Track & trace: zending {NUM} van {COMP:webshop} is afgeleverd op {DATE.n} om {TIME.x}. Handtekening bij ontvangst: {P1.k}""",

# Teams: AI rules, shadow AI
"""{P1.n}  {TIME.x}
Even inventariseren: wie gebruikt welke AI-tools? Niet om iemand aan te spreken, puur voor het overzicht. Graag voor {DATE.w}.
{P2.n}  {TIME2.x}
Ik gebruik alleen de Team-versie van ChatGPT.""",

# quoted reply: someone asks for password, answer refuses
"""Nee, dat stuur ik je niet per mail. Ik bel je om {TIME}.
{P1.v}

Op {DATE.g} schreef {P2.n} <{P2.e}>:
> Kun je me het wachtwoord van de webshop even mailen?""",

# "wachtwoord" placeholder in a template
"""Beste [naam],
Je account is aangemaakt. Gebruikersnaam: [gebruikersnaam]
Wachtwoord: [wordt apart verstuurd]
Met vriendelijke groet,
{COMP:fysio}""",

# key request without key
"""Ticket {TICKET}: klant {P1.n} vraagt om een nieuwe API-sleutel voor de koppeling met de webshop. Sleutel wordt aangemaakt in het dashboard en via de beveiligde omgeving gedeeld. Doorlooptijd {CNT:werkdag/werkdagen:1-3}.""",

# unsigned employment offer
"""Hoi {P1.v},

Zoals besproken: we bieden je een contract aan van {CNT:uur:24-40} per week, {EUR:2400-3800} bruto. Het contract stuur ik {DATE.w} ter ondertekening. Nog niets getekend dus, denk er rustig over na.

Groet,
{P2.n}""",

# CSV of products (not customers)
"""artikel;omschrijving;prijs;voorraad
[[5-8|{D:5};{R:koppeling 1/2 inch|thermostaatkraan|expansievat 18L|vloerverwarmingsverdeler|ketelfilter};{EUR~:5-300};{CNT~:stuks:0-80}]]""",

# fake obviously placeholder numbers
"""Voorbeeld IBAN in onze instructie: NL00 BANK 0123 4567 89 (ongeldig). Vul je eigen rekeningnummer in op het formulier; wij bellen je nooit om het op te vragen. {COMP:accountant}""",

# about customer lists policy
"""Regel bij ons: klantenlijsten plakken we nooit in een AI-tool. Wil je een analyse? Vraag {P1.v} om een geanonimiseerde export met alleen postcodegebied en omzet (bijv. {EUR:1000-9000} per maand).""",

# budget for AI
"""Budget AI-tools {COMP:generic} 2026: {EUR:600-3000} per jaar. ChatGPT Team {CNT:licenties:2-12}, hard limit op de API {EUR2:50-200} per maand. Akkoord {P1.n}, {DATE.l}.""",

# voicemail about a contract, no content
"""Voicemail {DATE.w} {TIME.x}
"Hoi, met {P1.n} van {COMP:makelaar}. De koopakte is nog niet getekend; de notaris heeft {DATE2.w} om {TIME2:9-16} voorgesteld. Bel je me even terug op {P1.t}?"
""",

# school about sending BSN securely
"""Beste ouders,

Voor de inschrijving hebben wij het BSN van uw kind nodig. Neem het ID-bewijs mee naar het intakegesprek op {DATE.w}; stuur het nummer niet per mail.

Met vriendelijke groet,
{P1.n}, {COMP:school}""",

# nine digit phone-like number failing, reservation system
"""Reservering bevestigd! Reserveringsnummer {NUM}. {CNT:personen:2-8} op {DATE.w} om {TIME:17-21}. Tot dan, {COMP:horeca}""",

# redacted credentials in ticket
"""Ticket {TICKET} – inloggen lukt niet
Gebruiker: {P1.n} ({P1.w})
Ingevoerd wachtwoord: [VERWIJDERD DOOR SYSTEEM]
Oplossing: account was geblokkeerd na {CNT:pogingen:5-5}; ontgrendeld om {TIME.x}.""",

# Slack about salaries in general
"""{P1.l}  {TIME.a}
salary review budget for next year is {EUR.en:20000-90000} in total, {PCT:2-5} average raise. no individual numbers here please""",
]

T_PII = [
# --- installers / plumbers
"""WERKBON {WB} – {COMP:install}
Datum: {DATE.n}   Aanvang: {TIME.c}   Einde: {TIME2.c}
Klant: {P1.n}
Adres: {ADR}, {PC} {CITY}
Telefoon: {P1.t}
Omschrijving: lekkage onder het aanrecht verholpen, sifon vervangen.
Materiaal: {EUR:10-90}   Arbeid: {CNT:uur:1-3}
Monteur: {P2.v}""",

"""Hoi {P1.v}, de monteur ({P2.v}) is onderweg naar de {ADR} en is er rond {TIME}. Hij belt even op {P1.t} als hij er bijna is. Groet, planning {COMP:install}""",

"""Storingsmelding via website
Naam: {P1.n}
E-mail: {P1.e}
Telefoon: {P1.t}
Adres: {ADR}, {PC} {CITY}
Melding: cv-ketel geeft foutcode F28, geen warm water sinds {WD}.
Voorkeur bezoek: {DATE.w} in de ochtend""",

"""Voicemail van {P1.t}, {DATE.w} {TIME.x}
"Goedemiddag, met {P1.m} {P1.a}. Ik woon op de {ADR} en de radiator in de slaapkamer lekt. Kan er deze week iemand langskomen? Ik ben thuis behalve op {WD}. Dank u."
""",

"""[{WA}] {P1.v}: Hoi! Morgen om {TIME} bij mij? {ADR}, {PC}
[{WA}] {P2.v}: klopt, ik neem de nieuwe kraan mee, {EUR:80-260} zoals afgesproken
[{WA}] {P1.v}: top, bel maar aan bij {P3.n:f}, dat is mijn buurvrouw als ik er niet ben""",

# --- bakeries
"""Bestelling taart
Naam: {P1.n}
Telefoon: {P1.t}
Ophalen: {DATE.w} om {TIME}
Omschrijving: verjaardagstaart {CNT:personen:8-30}, tekst "Gefeliciteerd {K1.v}!"
Aanbetaald: {EUR:10-40}""",

"""{WA} - {P1.n}: Hoi, kunnen jullie zaterdag {CNT:broodjes:20-80} bezorgen op de {ADR} in {CITY}? Het is voor de opening van mijn zaak
{WA} - {COMP:bakker}: Dat kan! Levering om {TIME:7-10}, totaal {EUR:60-300}. Op welke naam mag de factuur?
{WA} - {P1.n}: {P1.n}, mail naar {P1.e}""",

"""Hoi {P1.l}, je bestelling staat klaar: {CNT:krentenbollen:6-24} en een appeltaart. Je kunt hem tot {TIME:12-17} ophalen. Betalen kan met pin of tikkie ({EUR:10-40}). Groetjes {P2.l} van de bakkerij""",

# --- garages / APK
"""Beste {P1.tit} {P1.a},

De APK van uw auto met kenteken {KENT} verloopt op {DATE.l}. Wilt u een afspraak maken? Bel ons op {TEL.v} of mail naar {INFO}.
Een APK-keuring kost bij ons {EUR:35-60}.

Met vriendelijke groet,
{COMP:garage}""",

"""Werkorder {WB}
Kenteken: {KENT}
Klant: {P1.n}, {P1.t}
Klacht: remmen piepen, olieverversing
Vervangend vervoer: leenauto {KENT2} tot {TIME}
Kosten indicatie: {EUR:150-700}""",

"""Hoi {P1.v}, je auto ({KENT}) is klaar! De APK is goedgekeurd en de remblokken zijn vervangen. Totaal {EUR:200-600}. Ophalen kan tot {TIME:17-18}. Groet, {P2.v} – {COMP:garage}""",

"""Voicemail {DATE.w} {TIME.x} van {P1.t}
"Ja hallo, met {P1.n}. Mijn busje, de {KENT}, staat bij jullie voor de APK. Ik wilde vragen of de distributieriem ook meegenomen kan worden. Bel me even terug, dank je."
""",

# --- physiotherapy
"""Afspraakbevestiging {COMP:fysio}
Beste {P1.v},
Je afspraak bij {P2.n} is op {DATE.W} om {TIME}. Locatie: {ADR}, {CITY}.
Kun je niet? Afzeggen kan tot {CNT:uur:24-24} van tevoren via {INFO}.""",

"""Verwijzing fysiotherapie
Patiënt: {P1.i}, geb. {GEB.n}
Adres: {ADR}, {PC} {CITY}
Tel: {P1.t}
Diagnose: schouderklachten rechts sinds {CNT:weken:3-10}
Huisarts: {P2.i}, {TEL2.v}""",

"""{P1.n}  {TIME.x}
{P2.v}, kun jij {P3.n} overnemen op {WD}? Ik ben dan op cursus. {P3.Ze} komt om {TIME5:8-17} voor de knie.
{P2.n}  {TIME2.x}
ja prima, zet je {P3.vh} in mijn agenda?""",

# --- accountants
"""Beste {P1.v},

Dank voor het aanleveren van de stukken. Het bedrag van {EUR:200-4000} dat je terugkrijgt wordt gestort op {IBAN}. Klopt dat rekeningnummer nog?

Met vriendelijke groet,
{P2.n}
{COMP:accountant}
KvK {KVK} – btw {BTW}""",

"""Factuur {FACT}
{COMP:accountant}, KvK {KVK}
Aan: {P1.n}, {ADR}, {PC} {CITY}
Samenstellen jaarrekening: {EUR:600-2400}
btw {PCT:21-21}: {EUR2:100-500}
Te voldoen binnen {CNT:dagen:14-30}.""",

"""Hoi {P1.v},

Zoals besproken hierbij de gegevens van mijn zakenpartner voor de VOF: {P2.n}, {ADR}, {PC} {CITY}, geboren {GEB.l}. Kun je het KvK-formulier klaarzetten? Het nummer van de zaak wordt {KVK} na de wijziging.

Groet, {P3.v}""",

# --- real estate
"""Onderwerp: Bezichtiging {ADR}
Wanneer: {DATE.W} {TIME.c}-{TIME2.c}
Locatie: {ADR}, {PC} {CITY}
Organisator: {P1.n} ({P1.w})
Deelnemers: {P2.n}; {P3.e}
Notitie: vraagprijs {EUR:275000-850000} k.k.""",

"""Hoi {P1.v},

De verkopers van de {ADR} hebben je bod van {EUR:250000-700000} geaccepteerd onder voorbehoud van financiering! Ik bel je om {TIME} om de vervolgstappen door te nemen.

Met vriendelijke groet,
{P2.n}
{COMP:makelaar}""",

"""Waardebepaling aanvraag
{P1.n}
{ADR}
{PC} {CITY}
Tel: {P1.t}, mail: {P1.e}
Type: tussenwoning, bouwjaar {N:1930-2015}""",

# --- cleaning companies
"""Planning schoonmaak week {N:1-52} – {COMP:schoon}
{WD.c}: {P1.n} – kantoor {COMP2:generic}, {ADR}
{WD2.c}: {P2.n} – praktijk {ADR2}
Sleutel ophalen bij {P3.n} ({P3.t})""",

"""Hoi {P1.v}, {P2.v} is vandaag ziek. {P3.n} neemt jouw adres aan de {ADR} over en is er rond {TIME}. Groet {P4.v}""",

"""Klachtformulier
Klant: {P1.Dhr} {P1.a}
Adres: {ADR}, {CITY}
Omschrijving: ramen op de eerste verdieping niet gewassen op {DATE.l}.
Gewenste oplossing: gratis extra beurt ({EUR:25-80} waarde)""",

# --- schools / childcare
"""Ziekmelding via ouderportaal
Leerling: {K1.n} (groep {N:1-8})
Gemeld door: {P1.n}, {P1.t}
Reden: koorts
Datum: {DATE.n}""",

"""Beste ouders van groep {N:1-8},

Op {DATE.w} gaan we naar de kinderboerderij. We vertrekken om {TIME:8-10}. Wie kan rijden? Graag aanmelden bij {P1.n} ({P1.e}).

Groet,
juf {P2.v}""",

"""Hoi {P1.v}, {K1.v} wordt vandaag om {TIME:15-18} opgehaald door opa {P2.n:m}. Hij heeft het nummer {P2.t} als er iets is. Dank! {P3.v}""",

"""Oudergesprek
{DATE.W}, {TIME}
Leerling: {K1.n}
Ouders: {P1.n} en {P2.n}
Aanwezig namens school: {P3.i}""",

# --- webshops / Bol / Marktplaats
"""Bericht via Bol.com – bestelling {ORD:bol}
Van: {P1.n}
"Hallo, ik heb het pakket niet ontvangen. Het adres is {ADR}, {PC} {CITY}. Kunt u kijken waar het is? Groet, {P1.v}"
""",

"""Retouraanvraag {ORD:shop}
Klant: {P1.n}
E-mail: {P1.e}
Terugbetalen op: {IBAN}
Bedrag: {EUR:15-250}
Reden: verkeerde maat""",

"""Marktplaats – bericht over 'Kinderfiets 20 inch'
{P1.v}: Is de fiets nog beschikbaar? Ik kan {DATE.w} rond {TIME} langskomen.
Jij: Ja hoor! Adres is {ADR}, {CITY}. Vraagprijs {EUR:30-90}.
{P1.v}: Top. Mijn nummer is {P1.t} voor als er iets tussenkomt.""",

"""Hoi {P1.v},

Bedankt voor je bestelling {ORD} bij {COMP:webshop}! We verzenden naar:
{P1.n}
{ADR}
{PC} {CITY}
Totaal: {EUR:20-300} (incl. {PCT:21-21} btw)""",

"""Ticket {TICKET} – klantenservice {COMP:webshop}
Klant: {P1.n} <{P1.e}>
Bericht: "Ik wil mijn bestelling annuleren, ik had per ongeluk twee keer besteld. Mijn telefoonnummer is {P1.t}."
Status: terugbetaling {EUR:15-200} ingepland op {DATE.n}""",

# --- municipalities
"""Melding openbare ruimte {DOSS}
Melder: {P1.n}, {P1.e}
Locatie: voor {ADR}, {CITY}
Omschrijving: losliggende stoeptegels, gevaarlijk voor rollators.
Datum melding: {DATE.n} {TIME.x}""",

"""{P1.hh} {P1.a},

Uw aanvraag voor een omgevingsvergunning voor het plaatsen van een dakkapel op {ADR}, {PC} {CITY} is ontvangen op {DATE.l}. Wij nemen binnen {CNT:weken:8-8} een besluit. De leges bedragen {EUR:150-900}.

Met vriendelijke groet,
namens het college,
{P2.i}
{COMP:gemeente}""",

"""Afspraak publiekszaken
Naam: {P1.n}
Product: paspoort
Datum: {DATE.w}
Tijd: {TIME}
Telefoon: {P1.t}
Let op: neem een pasfoto en {EUR:70-90} mee.""",

# --- transport
"""Afleveradres gewijzigd – zending voor {P1.n}
Nieuw adres: {ADR}, {PC} {CITY}
Bezorging {DATE.w} tussen {TIME} en {TIME2}
Chauffeur: {P2.v}, {KENT}""",

"""{WA} - {P1.n}: ik sta voor de deur bij {ADR} maar niemand doet open
{WA} - Planning: bel de klant even, {P2.n} {P2.t}
{WA} - {P1.n}: geen gehoor, ik lever af bij nummer {N:1-99}""",

"""Hi {P1.v},

Your pallet (ref {ORD:po}) will be delivered on {DATE.e} between {TIME.a} and {TIME2.a} at {ADR}, {PC} {CITY}. Please make sure someone is present to sign for it. Driver: {P2.n}, {P2.t}.

Kind regards,
{COMP:transport}""",

"""Taxirit {DATE.n} {TIME}
Ophalen: {P1.n}, {ADR}, {CITY}
Bestemming: ziekenhuis, ingang West
Tel. klant: {P1.t}
Rolstoel: ja
Prijs: {EUR:20-80}""",

# --- horeca
"""Reservering {ORD:res}
Naam: {P1.n}
Telefoon: {P1.t}
E-mail: {P1.e}
Datum: {DATE.w}
Tijd: {TIME:17-21}
Aantal: {CNT:personen:2-10}
Opmerking: verjaardag, glutenvrij voor 1 persoon""",

"""Hoi {P1.v}! Leuk dat je op {DATE.w} komt eten bij {COMP:horeca}. We hebben een tafel voor {CNT:personen:2-8} om {TIME:17-21} voor je. Annuleren? Bel {TEL.v}. Tot dan!""",

"""Voicemail {P1.t} {DATE.w} {TIME.x}
"Hoi, met {P1.n}, ik had gereserveerd voor vanavond, {CNT:personen:2-8} om {TIME2:18-20}, maar we worden met twee meer. Kan dat? Mijn nummer is {P1.t}. Dank je!"
""",

# --- e-mail threads with quoted replies
"""Hoi {P1.v},

Prima, dan zie ik je {DATE2.w} om {TIME}.

Groet,
{P2.n}

Op {DATE.g} om {TIME2.x} schreef {P1.n} <{P1.e}>:
> Hoi {P2.v},
> Kan ik langskomen om de offerte te bespreken? Mijn adres voor de werkzaamheden is {ADR}, {PC} {CITY}.
> Groetjes, {P1.v}""",

"""Dag {P1.v},

Dank voor je snelle reactie. Ik heb het bedrag van {EUR:40-400} overgemaakt.

Met vriendelijke groeten,
{P2.n}

-----Oorspronkelijk bericht-----
Van: {P1.n} <{P1.w}>
Verzonden: {DATE.W} {TIME.x}
Aan: {P2.e}
Onderwerp: RE: factuur {FACT}

Beste {P2.tit} {P2.a},
Het rekeningnummer is {IBAN}, onder vermelding van {FACT}.""",

"""RE: RE: afspraak

Top, tot dan!

> Op {DATE2.g} schreef {P1.n}:
> Woensdag kan ook, om {TIME}?
>> Op {DATE.g} schreef {P2.n} <{P2.e}>:
>> Dinsdag lukt mij helaas niet. Bel anders even: {P2.t}""",

# --- WhatsApp both styles
"""[{WA}] {P1.n}: hoi {P2.l}, ben je morgen bij de ouderavond?
[{WA}] {P2.n}: ja! om {TIME:19-20} toch?
[{WA}] {P1.n}: klopt, ik neem {P3.v} mee, die woont ook op de {ADR}""",

"""{WA} - {P1.v}: Goedemorgen team, ik ben vandaag wat later, de trein rijdt niet
{WA} - {P2.v}: geen probleem, {P3.v} opent de winkel
{WA} - {P3.v}: 👍 ik ben er om {TIME:7-9}""",

"""[{WA.s}] {P1.l}: heb jij het nummer van die klant van gisteren
[{WA.s}] {P2.l}: {P3.n} bedoel je? {P3.t}
[{WA.s}] {P1.l}: ja die, thx""",

# --- Teams / Slack
"""{P1.n}  {TIME.x}
Heeft iemand {P2.n} gesproken over de levering op {DATE.w}? Haar nummer is {P2.t}.
{P3.n}  {TIME2.x}
Ik bel haar zo.""",

"""{P1.l}  {TIME.a}
customer {P2.n} called about invoice {FACT}, wants a callback on {P2.t}
{P3.l}  {TIME2.a}
on it""",

# --- OCR scans
"""[scan formulier – OCR]
NAAM :  {P1.U}
ADRES :  {ADR}
POSTCODE / PLAATS :  {PC}   {CITY.U}
TELEFOON :  {P1.t}
HANDTEKENING :  (niet leesbaar)""",

"""ONTVANGSTBEWIJS   (OCR)
Ontvangen  van :  {P1.i}
Bedrag :  {EUR:20-500}
Datum :  {DATE.n}
Voor :  reparatie  fiets""",

# --- Excel pastes (few rows, not customer lists)
"""Naam\tTelefoon\tRol
{P1.n}\t{P1.t}\tBHV
{P2.n}\t{P2.t}\tEHBO""",

"""Datum\tMedewerker\tUren\tProject
{DATE.n}\t{P1.n}\t{CNT:uur:2-8}\tVerbouwing {ADR}
{DATE2.n}\t{P1.n}\t{CNT2:uur:2-8}\tVerbouwing {ADR}""",

# --- PDFs pasted with broken lines
"""!wrap56
Verslag keukentafelgesprek {DATE.l}. Aanwezig: {P1.n} (aanvrager), {P2.n} (mantelzorger) en {P3.i} namens de gemeente. De aanvrager woont aan de {ADR} in {CITY} en is bereikbaar op {P1.t}. Afgesproken is een vervolggesprek op {DATE2.w} om {TIME}.""",

"""!wrap64
Offerte dakreparatie. Opdrachtgever: {P1.n}, {ADR}, {PC} {CITY}. Werkzaamheden: vervangen van {CNT:dakpannen:10-60} en het herstellen van de goot. Totaalprijs {EUR:400-3000} inclusief {PCT:21-21} btw. Uitvoering naar verwachting in week {N:10-50}.""",

# --- calendar invites
"""Uitnodiging: Intake nieuwe klant
Wanneer: {DATE.W} {TIME.c}-{TIME2.c}
Waar: {ADR}, {CITY}
Wie: {P1.n} <{P1.e}>, {P2.n} <{P2.w}>
Beschrijving: kennismaking en wensen voor de nieuwe badkamer, budget circa {EUR:5000-25000}""",

"""Onderwerp: Controle-afspraak {P1.n}
Begin: {DATE.n} {TIME.c}
Einde: {DATE.n} {TIME2.c}
Locatie: {COMP:fysio}, behandelkamer {N:1-4}
Herinnering: {CNT:minuten:15-60} van tevoren""",

# --- ticket systems
"""Ticket {TICKET} | Nieuw
Van: {P1.e}
Onderwerp: Adreswijziging
"Vanaf {DATE.l} woon ik op {ADR}, {PC} {CITY}. Wilt u dit aanpassen voor de levering van het abonnement? Groet, {P1.n}"
""",

"""Incident {TICKET}
Melder: {P1.n} ({COMP:gemeente})
Telefoon: {P1.t}
Omschrijving: printer 2e verdieping geeft papierstoring sinds {TIME.x}.
Toegewezen aan: {P2.v}""",

# --- English mails from Dutch firms
"""Dear {P1.en} {P1.a},

Thank you for your booking at {COMP:horeca}. We look forward to welcoming you on {DATE.e} at {TIME.a} for {CNT:guests:2-8}. Should you need to reach us, call {TEL.v}.

Kind regards,
{P2.v}""",

"""Hi {P1.v},

Following up on our call: the inspection of your property at {ADR}, {PC} {CITY} is planned for {DATE.e}. Our inspector {P2.n} will call you on {P1.t} half an hour before arrival. The fee is {EUR.en:150-450}.

Best,
{P3.n}
{COMP:makelaar}""",

# --- Flemish
"""Dag {P1.f:vl},

Bedankt voor uw bestelling. We leveren op {DATE.w} tussen {TIME.v} en {TIME2.v} op {ADR.be}, {BEPC} {CITY.be}. Bij vragen kan u ons bereiken op {TEL.b}.

Met vriendelijke groeten,
{P2.f:vl}
{COMP:webshop,be} – ondernemingsnummer {ONDN.b}""",

"""Beste {P1.v:vl},

Uw afspraak bij de kinesitherapeut {P2.f:vl} gaat door op {DATE.w} om {TIME.v}. Gelieve uw identiteitskaart mee te brengen. Annuleren kan via {P2.t}.

Vriendelijke groeten""",

"""Hallo {P1.v:vl}, de herstelling van uw verwarmingsketel is ingepland op {DATE.f} in de voormiddag. De technieker is {P2.f:vl}, GSM {P2.t}. Het bedrag van {EUR:90-400} mag u overschrijven op {IBAN.be}.""",

# --- birth dates in ordinary admin
"""Aanmelding zwemles
Kind: {K1.n}
Geboortedatum: {GEB:kind}
Ouder: {P1.n}, {P1.t}, {P1.e}
Voorkeursdag: {WD}""",

"""Lidmaatschap sportschool
Naam: {P1.n}
Geboortedatum: {GEB}
Adres: {ADR}, {PC} {CITY}
Incasso: {IBAN}
Contributie: {EUR:20-45} per maand""",

# --- IBAN refunds
"""{P1.Tit} {P1.a} vraagt of de terugbetaling van {EUR:15-600} voor bestelling {ORD} al is verwerkt. Graag overmaken naar {IBAN} t.n.v. {P1.i}.""",

"""Hoi {P1.v}, ik heb je tikkie van {EUR:5-60} voor het etentje nog niet betaald, doe ik vanavond. Stuur je je rekeningnummer nog even? Groet {P2.v}
-- {P1.v}: {IBAN} t.n.v. {P1.n}""",

# --- short sentences / signatures / names with initials
"""Met vriendelijke groet,

{P1.i}
Administratie
{COMP:accountant}
T {TEL.v} | E {P1.w}
{ADR}, {PC} {CITY}""",

"""Namens {P1.dhr} {P1.a} bedankt voor de snelle service! Hij raadt jullie zeker aan. – {P2.v}, {COMP:garage}""",

"""Graag terugbellen: {P1.r}, tel. {P1.t}, over de levering van {DATE.w}.""",

# --- lowercase names in chats
"""{TIME.x} {P1.l}: {P2.l} heb jij de sleutel van de bus?
{TIME2.x} {P2.l}: nee {P3.l} heeft hem, die staat bij de {ADR}
{TIME3.x} {P1.l}: ok ik bel hem""",

"""[{WA}] {P1.l}: zeg {P2.l}, kom je vanavond ook naar de {ADR}? {P3.l} is jarig
[{WA}] {P2.l}: jaa om {TIME:19-21}""",

# --- ALL CAPS names
"""BETREFT: {P1.U}, {ADR.U}, {CITY.U}
Levering keuken gepland op {DATE.n}. Montage door {P2.U}.""",

"""AFLEVERBON {ORD:po}
ONTVANGER: {P1.U}
ADRES: {ADR.U}
{PC}  {CITY.U}
AANTAL: {CNT:colli:1-6}""",

# --- sector mixes, more forms
"""Hoi {P1.v}, wil je de werkbon van vandaag nog aanvullen? Bij {P2.Dhr} {P2.a} op de {ADR} heb je volgens mij {CNT:uur:1-4} gewerkt, niet {CNT2:uur:5-6}. Thanks, {P3.v}""",

"""Notitie telefoongesprek {DATE.n} {TIME.x}
Beller: {P1.n}
Terugbelnummer: {P1.t}
Onderwerp: vraagt of de glazenwasser ook aan de achterkant kan komen, {ADR}.
Aangenomen door: {P2.v}""",

"""Hallo {P1.v},

Je proefles bij {COMP:fysio} staat op {DATE.w} om {TIME}. Neem sportkleding en een handdoek mee. Parkeren kan gratis aan de {ADR}.

Sportieve groet,
{P2.n}""",

"""Beste {P1.v},

{K1.v} heeft vandaag een beetje gehuild bij het brengen, maar was snel weer aan het spelen. {K1.Ze} heeft goed gegeten en {CNT:uur:1-2} geslapen. Tot morgen!

{P2.v}
{COMP:opvang}""",

"""Hi {P1.v}! Thanks for ordering from {COMP:bakker}. Your cake will be ready on {DATE.e} at {TIME.a}. Pick-up address: {ADR}, {CITY}. Questions? Call {P2.n} on {P2.t}.""",

"""{P1.Tit} {P1.a} heeft gebeld: de parkeerplaats voor {ADR} is bezet door een auto met kenteken {KENT}. Kan handhaving langs? Terugbellen op {P1.t}.""",

"""Beste {P1.v},

In de bijlage de foto's van de schade aan de {ADR}. De expert, {P2.n}, komt op {DATE.w} om {TIME} kijken. Hij is bereikbaar op {P2.t}.

Met vriendelijke groet,
{P3.n}""",

"""Aanmelding nieuwsbrief: {P1.e}
Naam: {P1.n}
Woonplaats: {CITY}
Interesse: workshops broodbakken""",

"""Kun je {P1.k} even terugbellen op {P1.t}? Het gaat over de levering van {CNT:pallet/pallets:1-6} naar {CITY}.""",

"""Hoi {P1.v}, ik ben de nieuwe collega van {COMP:schoon}. Vanaf {DATE.w} maak ik bij jullie schoon op {WD}. Mijn nummer: {P1.t}. Groetjes, {P2.n}""",

"""Verhuisbericht
{P1.n} en {P2.n} wonen vanaf {DATE.l} op {ADR}, {PC} {CITY}.
Nieuw vast nummer: {TEL.v}""",

"""Bedankt voor je aanvraag, {P1.v}! {P2.n} van ons team neemt binnen {CNT:werkdag/werkdagen:1-3} contact met je op via {P1.e} of {P1.t}.""",

"""Sollicitatie
Naam: {P1.n}
Adres: {ADR}, {PC} {CITY}
Geboortedatum: {GEB.l}
E-mail: {P1.e}
Telefoon: {P1.t}
Functie: chauffeur C/E""",

"""Hoi {P1.v},

Ik heb je rijbewijs-cursus op {DATE.w} om {TIME} ingepland. Instructeur is {P2.n}. De les kost {EUR:45-70}. We halen je op bij {ADR}.

Groet,
{P3.v}""",

"""Overdracht avonddienst {DATE.n}
- {P1.n} (kamer {N:1-30}) heeft om {TIME} gebeld, familie komt morgen.
- Contactpersoon {P2.n}, {P2.t}
Getekend voor gezien: {P3.k}""",

"""Kenteken {KENT} geparkeerd op invalidenplaats voor {ADR} in {CITY}. Melding van {P1.n} ({P1.t}) om {TIME.x}.""",

"""Hoi {P1.l}, ik mail je de foto's wel via {P2.e}, mijn eigen mail doet raar. Groetjes {P2.l}""",

"""Mevrouw {P1.a:f} vraagt of het factuuradres kan worden gewijzigd naar {ADR}, {PC} {CITY}. Het factuurnummer is {FACT}.""",

"""Welkom bij {COMP:generic}, {P1.v}! Je eerste werkdag is {DATE.w}. Meld je om {TIME:8-9} bij de receptie, vraag naar {P2.n}. Parkeren kan aan de {ADR}.""",

"""Opmerking chauffeur bij zending {ORD:po}: pakket afgegeven bij buren, {P1.n}, {ADR}. Tijdstip {TIME.x}.""",

"""Beste {P1.tit} {P1.a},

Uw zoon {K1.v:m} heeft zich ingeschreven voor de voetbalclinic op {DATE.w}. De kosten van {EUR:10-35} kunt u overmaken op {IBAN} o.v.v. de naam van uw kind.

Met sportieve groet,
{P2.n}""",
]

GROUPS = [
    ("PASSWORD", 170, T_PASSWORD),
    ("API_KEY", 170, T_API_KEY),
    ("BSN", 170, T_BSN),
    ("SALARY_SLIP", 170, T_SALARY),
    ("SIGNED_CONTRACT", 170, T_CONTRACT),
    ("CUSTOMER_LIST", 170, T_LIST),
    ("NEG", 330, T_NEG),
    ("PII", 650, T_PII),
]


# --------------------------------------------------------------------------------------------
# Building and validating records
# --------------------------------------------------------------------------------------------

INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}
NINE_RE = re.compile(r"(?<![\d.\w])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{3} \d{3} \d{3})(?![\d\w]|\.\d)")


def name_tokens(value):
    return [t for t in re.findall(r"[^\W\d_][\w'’-]*", value) if len(t) >= 4 and t.lower() not in INTERFIX]


def occurrences(text, v):
    out, i = [], text.find(v)
    while i != -1:
        out.append((i, i + len(v)))
        i = text.find(v, i + 1)
    return out


def wrap(text, width, spans):
    """Break long lines at spaces outside any labelled span, like a PDF pasted into a mail."""
    protected = [False] * len(text)
    for s, e, _, _ in spans:
        for k in range(s, e):
            protected[k] = True
    chars = list(text)
    line_start = 0
    last_space = -1
    k = 0
    while k < len(chars):
        c = chars[k]
        if c == "\n":
            line_start, last_space = k + 1, -1
        elif c == " " and not protected[k]:
            last_space = k
        if k - line_start >= width and last_space > line_start:
            chars[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
        k += 1
    return "".join(chars)


def fmt_ok(label, v):
    if label == "IBAN":
        return iban_ok(v)
    if label == "BSN":
        return elfproef(re.sub(r"[ .]", "", v))
    if label == "POSTCODE":
        return bool(PC_RE.match(v))
    if label == "KENTEKEN":
        return bool(PLATE_RE.match(v.upper()))
    if label == "EMAIL":
        return bool(EMAIL_RE.match(v))
    return bool(v.strip())


def validate_spans(text, spans):
    """Strict checks with the spans known: returns an error string or None."""
    mask_spans = [(s, e) for s, e, lab, _ in spans if lab != "KEEP"]
    keep_vals = {v for _, _, lab, v in spans if lab == "KEEP"}
    mask_vals = {}
    for s, e, lab, v in spans:
        if lab == "KEEP":
            continue
        if mask_vals.setdefault(v, lab) != lab:
            return f"value {v!r} has two labels"
        if not fmt_ok(lab, v):
            return f"bad {lab} {v!r}"

    def covered(a, b):
        return any(s <= a and b <= e for s, e in mask_spans)

    def overlaps(a, b):
        return any(a < e and s < b for s, e in mask_spans)
    for v, lab in mask_vals.items():
        for a, b in occurrences(text, v):
            if not covered(a, b):
                return f"mask value {v!r} also occurs outside a masked span"
        if lab in ("PERSOON", "ADRES"):
            for t in name_tokens(v):
                for m in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text):
                    if not covered(m.start(), m.end()):
                        return f"token {t!r} of {v!r} stands outside a span"
    for kv in keep_vals:
        for a, b in occurrences(text, kv):
            if overlaps(a, b):
                return f"keep {kv!r} overlaps a mask"
        for mv in mask_vals:
            if kv in mv or mv in kv:
                return f"keep {kv!r} and mask {mv!r} contain each other"
    for m in NINE_RE.finditer(text):
        raw = re.sub(r"[ .]", "", m.group(1))
        if elfproef(raw) and not covered(m.start(), m.end()):
            return f"unlabelled number {m.group(1)} passes the 11-proef"
    if re.search(r"\{[A-Z#]|\[\[|\]\]", text):
        return "template residue"
    return None


def to_record(text, spans, main):
    seen, mask = set(), []
    for s, e, lab, v in spans:
        if lab != "KEEP" and v not in seen:
            seen.add(v)
            mask.append([lab, v])
    mask.sort(key=lambda lv: (text.find(lv[1]), -len(lv[1])))
    keep, kseen = [], set()
    for s, e, lab, v in sorted(spans, key=lambda sp: sp[0]):
        if lab == "KEEP" and v not in kseen:
            kseen.add(v)
            keep.append(v)
    keep.sort(key=lambda v: (text.find(v), -len(v)))
    block = []
    if main in BLOCKS:
        block.append(main)
    for lab, _ in mask:
        b = LABEL_BLOCK.get(lab)
        if b and b not in block:
            block.append(b)
    return {"text": text, "mask": mask, "block": block, "keep": keep}


def render_template(g, tpl):
    ctx = Ctx(g)
    width = None
    m = re.match(r"!wrap(\d+)\n", tpl)
    if m:
        width = int(m.group(1))
        tpl = tpl[m.end():]
    ctx.render(ctx.expand_rows(tpl))
    text = ctx.text()
    if width:
        text = wrap(text, width, ctx.spans)
    return text, ctx.spans


def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    made = []
    for group, count, templates in GROUPS:
        order = []
        while len(order) < count:
            cycle = list(range(len(templates)))
            rng.shuffle(cycle)
            order.extend(cycle)
        for ti in order[:count]:
            tpl = templates[ti]
            for attempt in range(400):
                text, spans = render_template(g, tpl)
                err = validate_spans(text, spans)
                if err is None:
                    break
            else:
                raise SystemExit(f"{group} template {ti} keeps failing: {err}\n{tpl}")
            rec = to_record(text, spans, group)
            labels = {lab for lab, _ in rec["mask"]}
            if group in ("NEG", "PII"):
                if rec["block"]:
                    raise SystemExit(f"{group} template {ti} produced blocked content: {rec}")
                if group == "PII" and not rec["mask"]:
                    raise SystemExit(f"PII template {ti} produced no mask")
            need = {"PASSWORD": "WACHTWOORD", "API_KEY": "API_SLEUTEL", "BSN": "BSN"}.get(group)
            if need and need not in labels:
                raise SystemExit(f"{group} template {ti} lacks {need}")
            if group in ("SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST") and "PERSOON" not in labels:
                raise SystemExit(f"{group} template {ti} names nobody")
            made.append((group, ti, rec))
    rng.shuffle(made)
    out = []
    for n, (group, ti, rec) in enumerate(made):
        out.append((group, ti, {"id": f"c12-{n}", **rec}))
    return out


# --------------------------------------------------------------------------------------------
# --check: validate the written file on its own terms
# --------------------------------------------------------------------------------------------

def check_record(d):
    errs = []
    if set(d) != {"id", "text", "mask", "block", "keep"}:
        errs.append("keys " + ",".join(sorted(d)))
        return errs
    text = d["text"]
    vals = [v for _, v in d["mask"]]
    if len(vals) != len(set(vals)):
        errs.append("duplicate mask value")
    firsts = [(text.find(v), -len(v)) for v in vals]
    if firsts != sorted(firsts):
        errs.append("mask not in order of first occurrence")
    mask_occ = []
    for lab, v in d["mask"]:
        if lab not in LABELS:
            errs.append("unknown label " + lab)
        if v not in text:
            errs.append(f"mask value not in text: {v!r}")
        if not fmt_ok(lab, v):
            errs.append(f"{lab} fails its format/checksum: {v!r}")
        mask_occ += occurrences(text, v)
    for k in d["keep"]:
        if k not in text:
            errs.append(f"keep value not in text: {k!r}")
        for v in vals:
            if k in v or v in k:
                errs.append(f"keep {k!r} and mask {v!r} contain each other")
        for a, b in occurrences(text, k):
            if any(a < e and s < b for s, e in mask_occ):
                errs.append(f"keep {k!r} overlaps a masked value")
    if len(d["keep"]) != len(set(d["keep"])):
        errs.append("duplicate keep value")
    for b in d["block"]:
        if b not in BLOCKS:
            errs.append("unknown block " + b)
    labels = {lab for lab, _ in d["mask"]}
    for lab, b in LABEL_BLOCK.items():
        if lab in labels and b not in d["block"]:
            errs.append(f"{lab} present but {b} not blocked")
    for m in NINE_RE.finditer(text):
        raw = re.sub(r"[ .]", "", m.group(1))
        if elfproef(raw) and not any(s <= m.start() and m.end() <= e for s, e in mask_occ):
            errs.append(f"unlabelled 11-proef number {m.group(1)}")
    return errs


def main():
    if "--check" in sys.argv[1:]:
        docs = [json.loads(l) for l in open(OUT, encoding="utf-8") if l.strip()]
        bad = 0
        for d in docs:
            for e in check_record(d):
                bad += 1
                print(d.get("id"), e)
        ids = [d["id"] for d in docs]
        if ids != [f"c12-{n}" for n in range(len(docs))]:
            bad += 1
            print("ids are not c12-0 .. c12-N in order")
        regenerated = build()
        same = [rec for _, _, rec in regenerated] == docs
        if not same:
            bad += 1
            print("file differs from a fresh deterministic build")
        groups = {}
        for group, _, _ in regenerated:
            groups[group] = groups.get(group, 0) + 1
        main_block = {}
        for d in docs:
            key = d["block"][0] if d["block"] else "(not blocked)"
            main_block[key] = main_block.get(key, 0) + 1
        labels = {}
        for d in docs:
            for lab, _ in d["mask"]:
                labels[lab] = labels.get(lab, 0) + 1
        print(f"records: {len(docs)}  errors: {bad}  deterministic: {same}")
        print("groups:", json.dumps(groups))
        print("main block:", json.dumps(main_block, sort_keys=True))
        print("mask values per label:", json.dumps(labels, sort_keys=True))
        print("keep values:", sum(len(d["keep"]) for d in docs),
              " multi-category blocks:", sum(1 for d in docs if len(d["block"]) > 1))
        tcount = sum(len(t) for _, _, t in GROUPS)
        print("templates:", tcount, {gname: len(t) for gname, _, t in GROUPS})
        sys.exit(1 if bad else 0)
    recs = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for _, _, rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {}
    for group, _, _ in recs:
        counts[group] = counts.get(group, 0) + 1
    print(f"wrote {len(recs)} records to {OUT}: {json.dumps(counts)}")


if __name__ == "__main__":
    main()
