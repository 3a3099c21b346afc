#!/usr/bin/env python3
"""gen19.py - blind, labelled held-out corpus #19 for a Dutch PII anonymizer.

Writes c19.jsonl (2,000 records, ids c19-0 .. c19-1999) next to this file.

    python3 gen19.py           regenerate c19.jsonl (fixed seed, reproducible)
    python3 gen19.py --check   validate every record of c19.jsonl and print its md5

Theme: small Dutch/Flemish businesses and institutions (installers, childcare, dental and
physio administration, gardeners, MKB IT support, construction, hospitality, sports clubs,
law and notary offices, municipalities and housing corporations, web shops, garages), in
many document forms (mail threads, chat exports, call notes, tables, invoices, forms,
minutes, letters, CRM/JSON exports), about a quarter wrapped in an AI prompt.

Python 3 standard library only. Name pools, streets and phrasing are hand-written.
"""
import datetime
import hashlib
import json
import os
import random
import re
import string
import sys
import unicodedata

SEED = 190019
N_RECORDS = 2000
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "c19.jsonl")

LABELS = {"PERSOON", "ADRES", "POSTCODE", "EMAIL", "TELEFOON", "IBAN", "KENTEKEN", "GEBOORTEDATUM", "BSN"}
REASONS = {"BSN", "PASSWORD", "API_KEY", "SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST"}
INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}

# span markers used while composing a text; stripped before writing
M0, M1 = "\x01", "\x02"

R = random.Random(SEED)


def L(s):
    return [x.strip() for x in s.replace("\n", ",").split(",") if x.strip()]


def ch(seq):
    return R.choice(seq)


def p_(x):
    return R.random() < x


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


# ---------------------------------------------------------------------------
# Name pools (hand-written). bg -> (female first names, male first names, surnames)
# Dutch surnames keep their tussenvoegsel in lower case ("van den Berg");
# Flemish ones are written as used in Belgium ("Van den Broeck").
# ---------------------------------------------------------------------------
POOLS = {
    "nl": (
        L("""Sanne, Lotte, Femke, Anouk, Eva, Marloes, Lieke, Ilse, Maaike, Fleur, Esther, Inge, Linda, Annemiek,
        Willemijn, Nina, Roos, Iris, Noor, Julia, Tess, Sophie, Lisa, Floor, Merel, Karin, Marieke, Petra, Monique,
        Ingrid, Anja, Ria, Truus, Gerda, Hennie, Jacqueline, Mirjam, Saskia, Yvonne, Wendy, Chantal, Kim, Bianca,
        Sandra, Marjolein, Hanneke, Fenna, Isa, Sara, Yara, Liv, Zoë, Elin, Jet, Puck, Fien, Evi, Loes, Marit,
        Janneke, Renske, Esmee, Manon, Nicole, Carolien, Astrid, Mariëlle, Suzanne, Charlotte, Emma, Anna, Tamara,
        Joyce, Debby, Miranda, Henriëtte, Wilma, Trijntje, Geertje, Aaltje, Jolanda, Bernadette, Lonneke, Annelot"""),
        L("""Daan, Bram, Thijs, Ruben, Jeroen, Sander, Joost, Niels, Wouter, Koen, Bas, Martijn, Pieter, Gerrit,
        Hendrik, Tim, Stijn, Lars, Jesse, Mees, Sem, Luuk, Milan, Finn, Jasper, Rik, Hugo, Henk, Kees, Cor, Joop,
        Wim, Arjen, Remco, Erik, Hans, Frank, Marco, Patrick, Dennis, Mark, Rob, Bart, Johan, Paul, Ton, Geert,
        Dirk, Teun, Job, Gijs, Siem, Ties, Jurre, Thomas, Vincent, Maarten, Michiel, Roel, Rutger, Floris, Olivier,
        Jochem, Arie, Evert, Herman, Klaas, Theo, Wessel, Niek, Casper, Robin, Jelmer, Tygo, Reinier, Ewout"""),
        L("""de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos,
        Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Smits, de Graaf, van der Meer, van der Linden,
        Kok, de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, de Bruijn, van der Heijden, Schouten,
        van Beek, Willems, van Vliet, van de Ven, Maas, Verhoeven, Koster, van Dam, van der Wal, Prins, Blom,
        Huisman, de Jong, Jansen, van Wijk, Kuipers, Post, Kramer, van den Bosch, Bosman, Scholten, Wolters,
        ter Horst, ten Brink, van 't Hof, in 't Veld, Verbeek, Gerritsen, Timmermans, Hofman, Sanders, Claassen,
        van Rijn, van Doorn, Kroon, Hoogendoorn, Roelofs, van Loon, Koning, Evers, van der Pol, Groen, Lammers,
        Wijnen, Schipper, Martens, Zwart, Molenaar, ter Beek, ten Have, van Oostrom, Stam, Vink, van Es, Goedhart,
        Rietveld, Heijnen, Lubbers, Oosterhuis, Wagenaar, Westerveld, Kerkhof, Langeveld, van Gils, Aarts, Bouwman,
        Drost, Ketelaar, Pronk, Reijnders, Slot, van Steenis, Uijttewaal, Veldkamp, Wessels, van der Zanden,
        Overbeek, Bloemendaal, van Kesteren, Brinkman, Mol, Hoogland, van Rossum, Nieuwenhuis, Terlouw, van Ginkel,
        de Ruiter, van der Sluis, Boswijk, Harmsen, van Beusekom, Straatman, Koopman, Tiemersma""")),
    "fy": (
        L("Tjitske, Sytske, Jitske, Baukje, Gerbrich, Hiske, Ytsje, Aukje, Geartsje, Jikke, Sietske, Dieuwke, Wytske, Froukje, Hinke, Grytsje"),
        L("Sjoerd, Wietse, Jelle, Hylke, Auke, Wiebe, Douwe, Foppe, Freark, Rients, Sietse, Tjeerd, Wybren, Durk, Marten, Lolke, Oebele, Sybren, Meindert, Gerlof"),
        L("""Hoekstra, Dijkstra, Bosma, Wijnsma, Zijlstra, Postma, Terpstra, Hiemstra, Sikkema, Wielinga, Haitsma,
        Jongsma, Bouma, Bergsma, Tjalsma, Sijtsma, Rienstra, Anema, Boersma, Veenstra, Wiersma, Yntema, Hettinga,
        Schaafsma, Feenstra, Tuinstra, Kingma, Hylkema, van der Meulen, Attema""")),
    "tr": (
        L("Emine, Ayşe, Fatma, Elif, Zeynep, Hatice, Özlem, Derya, Esra, Tuba, Selin, Merve, Büşra, Kübra, Hülya, Sibel, Gülsen, Nur, Melike, Ebru"),
        L("Mehmet, Mustafa, Ahmet, Emre, Burak, Kemal, Yusuf, Murat, Serkan, Gökhan, Hakan, Cem, Can, Oğuz, Ömer, Ercan, Volkan, Tuncay, Kadir, Erdal"),
        L("""Yilmaz, Yıldız, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç,
        Kurt, Özdemir, Polat, Güneş, Akgül, Bulut, Yücel, Korkmaz, Tekin, Uçar, Karataş, Altun, Akın, Durmaz, Ekinci""")),
    "ma": (
        L("Fatima, Yasmina, Khadija, Nadia, Samira, Naima, Imane, Ilham, Hafsa, Noura, Latifa, Loubna, Saida, Malika, Ikram, Salma, Meryem, Zineb, Siham, Hanane"),
        L("Mohamed, Karim, Youssef, Hamza, Rachid, Abdelkader, Said, Soufiane, Zakaria, Bilal, Mounir, Driss, Anouar, Tarik, Hicham, Nordin, Ayoub, Mimoun, Redouan, Brahim"),
        L("""El Amrani, El Idrissi, Bouzid, Benali, El Khatib, Azzouzi, Ouali, Bakkali, Tahiri, Ait Taleb, Belhaj,
        Ennaji, Haddou, Lahlou, Mansouri, Ouahbi, Rahmouni, Zerouali, Ziani, El Yousfi, Essafi, Abarkan,
        El Mokadem, Bouhali, Akhnikh, Ait Hammou, El Ouardi, Boukhari, Chaibi, Amezian""")),
    "sh": (
        L("Anita, Shanti, Devika, Sharda, Sandhya, Roshni, Kavita, Anjali, Sunita, Reshma, Nandini, Radhika"),
        L("Ravi, Sunil, Rakesh, Ashwin, Radjesh, Navin, Vishal, Dinesh, Rajendra, Anand, Prakash, Rishi"),
        L("""Ramdin, Mahabier, Jagesar, Ramsaran, Sewdien, Bhagwandin, Ramautar, Jhinkoe, Ramcharan, Soekhlal,
        Kalloe, Ramkisoen, Baldew, Gobardhan, Debipersad, Mangroe, Ramlal, Sital, Narain, Kanhai""")),
    "sc": (
        L("Shirley, Jennifer, Ruth, Ilona, Germaine, Sharon, Gracia, Rosita, Marlène, Claudette"),
        L("Winston, Rinaldo, Errol, Gerold, Romeo, Marlon, Clarence, Quincy, Dwight, Humphrey"),
        L("Pinas, Sabajo, Doorson, Wijngaarde, Amafo, Sedney, Lieveld, Olmberg, Emanuelson, Vanenburg, Zebeda, Macnack, Tjon-A-Fat, Fung-A-Loi, Kasanpawiro")),
    "jv": (
        L("Sri, Ratmi, Sarinah, Dewi, Wati, Rukmini, Suminten, Tumirah"),
        L("Wagiman, Soepardi, Joko, Hardjo, Sunarto, Karto, Slamet, Paimin"),
        L("Kromodimedjo, Sarmo, Soemodihardjo, Atmodikoro, Wongsodikromo, Karijodikoro, Pawiro, Soerodimedjo, Sastrosemito, Moesiran, Dikmo, Kartoredjo")),
    "an": (
        L("Shantelle, Yasmira, Ruthmila, Angelique, Sharifa, Jeannette, Giselle, Suhaily"),
        L("Shurandy, Giovanni, Gregory, Roderick, Jurick, Rignaldo, Edsel, Curt"),
        L("Martina, Isenia, Rosaria, Cijntje, Koeiman, Croes, Maduro, Werleman, Tromp, Leito, Albertina, Sulvaran, Janga, Girigorie, Winklaar, Wernet")),
    "pl": (
        L("Katarzyna, Agnieszka, Magdalena, Joanna, Marta, Dorota, Ewa, Monika, Aleksandra, Beata, Małgorzata, Karolina, Justyna, Zofia"),
        L("Tomasz, Piotr, Krzysztof, Michał, Paweł, Łukasz, Grzegorz, Kamil, Wojciech, Jakub, Marcin, Mateusz, Bartosz, Dariusz"),
        L("""Kowalski, Nowak, Wiśniewska, Wójcik, Kamińska, Lewandowski, Zieliński, Szymańska, Woźniak, Dąbrowski,
        Kozłowska, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowska, Grabowski, Pawlak, Michalski, Zając, Wieczorek,
        Jabłońska, Wróbel, Sikora""")),
    "ro": (
        L("Ioana, Elena, Cristina, Raluca, Gabriela, Mădălina, Roxana, Daniela, Oana, Andreea, Bianca, Simona"),
        L("Andrei, Mihai, Alexandru, Bogdan, Ionuț, Florin, Adrian, Sorin, Vlad, Cătălin, Marius, Răzvan"),
        L("Popescu, Ionescu, Popa, Dumitru, Stoica, Gheorghe, Munteanu, Constantin, Marin, Radu, Dobre, Lungu, Barbu, Nistor, Florea, Moldovan, Ciobanu, Sârbu")),
    "ua": (
        L("Olena, Iryna, Natalia, Tetiana, Oksana, Yulia, Svitlana, Kateryna, Viktoriia, Halyna, Nataliya, Larysa"),
        L("Oleksandr, Dmytro, Andriy, Serhiy, Mykola, Bohdan, Vitaliy, Taras, Maksym, Yaroslav, Volodymyr, Oleh"),
        L("""Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, Kovalchuk, Oliynyk, Marchenko,
        Lysenko, Rudenko, Savchenko, Petrenko, Moroz, Pavlenko, Hrytsenko, Zinchenko, Ponomarenko, Tkachuk""")),
    "sy": (
        L("Rama, Lina, Hiba, Rania, Dima, Ghada, Reem, Hala, Lujain, Nour, Razan, Yara"),
        L("Omar, Ahmad, Khaled, Mahmoud, Bassel, Firas, Tarek, Wael, Yaman, Sami, Ammar, Majd"),
        L("Al-Hassan, Haddad, Khalil, Al-Khatib, Darwish, Hamwi, Al-Masri, Sabbagh, Kabbani, Al-Halabi, Nassar, Shami, Jaber, Al-Ahmad, Mardini, Zaher, Othman, Hamdan, Qassab, Barakat")),
    "af": (
        L("Mariam, Zahra, Shabnam, Nasrin, Fereshta, Mursal, Parwin, Nilofar, Roya, Laila, Marzia, Sodaba"),
        L("Farid, Wahid, Habib, Jawad, Sohail, Ajmal, Hamid, Mustafa, Naveed, Zabihullah, Rahmat, Qadir"),
        L("Ahmadi, Rahimi, Hashimi, Karimi, Noori, Sultani, Amiri, Popal, Safi, Wardak, Hotak, Stanekzai, Haidari, Jalali, Sharifi, Azizi, Mohammadi, Rezaie, Yousufzai, Naseri")),
    "er": (
        L("Senait, Helen, Selam, Rahwa, Luwam, Feven, Saba, Eden, Winta, Semhar, Yordanos, Freweini"),
        L("Filmon, Yohannes, Mussie, Tekle, Merhawi, Aklilu, Habtom, Mebrahtu, Biniam, Kidane, Yonas, Samuel"),
        L("Tesfamariam, Ghebremedhin, Haile, Berhane, Weldemichael, Gebremariam, Mehari, Asmerom, Habte, Yemane, Tsegay, Woldu, Andemariam, Negash, Fsaha, Ghirmay, Okbay, Teklemariam")),
    "so": (
        L("Hodan, Ayaan, Faadumo, Sahra, Ifrah, Hamdi, Ilhan, Maryan, Nasra, Sagal, Deeqa, Hibaaq"),
        L("Abdi, Mohamud, Hassan, Abdirahman, Farhan, Khadar, Liban, Warsame, Abdullahi, Guled, Mahad, Bashir"),
        L("Warsame, Farah, Hussein, Osman, Jama, Mohamud, Guled, Egal, Yusuf, Hersi, Dirie, Aden, Shire, Elmi, Samatar, Abdullahi, Ismail")),
    "cn": (
        L("Mei Ling, Xiaoming, Jing, Yan, Hui, Ling, Xin, Fang, Hong, Qing, Siu Wah, Ka Yee, Xiu, Yuting"),
        L("Wei, Lei, Zhen, Kai, Jun, Chun, Hao, Bo, Jian, Ming, Kwok Wai, Chi Keung"),
        L("Chen, Wang, Zhang, Liu, Huang, Zhou, Lin, Cheung, Wong, Chan, Leung, Tang, Yeung, Chow, Kwok, Tsang, Zheng, Xu, Wu, Lam")),
    "vn": (
        L("Lan, Huong, Hoa, Linh, Trang, Mai, Phuong, Thu, Ngoc, Khanh, Thao, Yen"),
        L("Minh, Thanh, Duc, Tuan, Anh, Hai, Quang, Hung, Dung, Long, Nam, Phong"),
        L("Nguyen, Tran, Pham, Hoang, Phan, Dang, Duong, Truong, Dinh, Ngo, Bui, Vo")),
    "in": (
        L("Priya, Ananya, Deepa, Neha, Pooja, Divya, Shreya, Lakshmi, Aishwarya, Meera, Kavya, Sneha"),
        L("Arjun, Rahul, Vikram, Sanjay, Aditya, Karthik, Rohan, Suresh, Manoj, Nikhil, Varun, Abhishek"),
        L("Sharma, Patel, Iyer, Reddy, Nair, Gupta, Singh, Kumar, Menon, Joshi, Desai, Mehta, Krishnan, Agarwal, Banerjee, Chatterjee, Pillai, Srinivasan, Kulkarni")),
    "gh": (
        L("Ama, Akosua, Abena, Efua, Adwoa, Afua, Yaa, Esi, Akua, Adjoa"),
        L("Kwame, Kofi, Yaw, Kwabena, Kojo, Kwaku, Fiifi, Kweku, Kwasi, Nana"),
        L("Mensah, Owusu, Boateng, Asante, Osei, Agyeman, Appiah, Darko, Ofori, Acheampong, Amponsah, Frimpong, Gyamfi, Addo, Antwi, Sarpong, Tetteh, Quaye, Annan, Ansah")),
    "ng": (
        L("Ngozi, Adaeze, Funmilayo, Chiamaka, Yetunde, Folake, Amaka, Bukola, Temitope, Ifeoma"),
        L("Chinedu, Emeka, Oluwaseun, Tunde, Ifeanyi, Babajide, Obinna, Chukwuemeka, Segun, Nnamdi"),
        L("Okafor, Adeyemi, Okonkwo, Olawale, Nwosu, Adebayo, Ogunleye, Chukwu, Balogun, Afolabi, Oyelaran, Nwachukwu, Adewale, Okoro, Oladipo, Ogunbiyi")),
    "be": (
        L("Jolien, Sien, Lore, Annelies, Griet, Lien, Tine, Hanne, Elke, Sofie, Nele, Mieke, Marthe, Ellen, Kaat, Leen, Ine, Veerle"),
        L("Wout, Jens, Brecht, Joris, Stijn, Kobe, Pieter-Jan, Wannes, Dries, Tom, Jef, Seppe, Lowie, Bert, Koenraad, Gert, Sven, Warre"),
        L("""Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, Van den Broeck,
        Van Damme, De Backer, Verstraete, Claeys, Desmet, Lambrechts, Van de Velde, Vandenberghe, Coppens, Hermans,
        Michiels, De Clercq, Van Acker, Pauwels, Bogaerts, Van Hoecke, Vervoort, Cuypers, Vanhoutte, De Wilde, Verbruggen""")),
}

BG_WEIGHTS = {
    "nl": {"nl": 36, "fy": 5, "tr": 9, "ma": 9, "sh": 4, "sc": 3, "jv": 2, "an": 3, "pl": 5, "ro": 3, "ua": 3, "sy": 3,
           "af": 2, "er": 2, "so": 2, "cn": 2, "vn": 2, "in": 3, "gh": 2, "ng": 2, "be": 2},
    "vl": {"be": 60, "ma": 10, "tr": 6, "pl": 4, "ro": 4, "nl": 5, "ua": 2, "sy": 2, "af": 2, "er": 1, "so": 1, "in": 1, "ng": 1, "gh": 1},
    "en": {"nl": 24, "in": 14, "pl": 7, "ua": 7, "sy": 5, "ng": 6, "gh": 4, "cn": 6, "vn": 3, "tr": 5, "ma": 4, "ro": 4,
           "er": 2, "so": 2, "af": 2, "sh": 2, "an": 2, "fy": 1},
}


def all_first_names():
    s = set()
    for f, m, _ in POOLS.values():
        s.update(f)
        s.update(m)
    return s


def all_surnames():
    s = set()
    for _, _, su in POOLS.values():
        s.update(su)
    return s


# ---------------------------------------------------------------------------
# Places and streets
# ---------------------------------------------------------------------------
NL_CITIES = [("Amsterdam", 1011, 1109), ("Rotterdam", 3011, 3089), ("Den Haag", 2491, 2597), ("Utrecht", 3511, 3585),
             ("Eindhoven", 5611, 5658), ("Groningen", 9711, 9747), ("Tilburg", 5011, 5049), ("Almere", 1311, 1365),
             ("Breda", 4811, 4839), ("Nijmegen", 6511, 6546), ("Apeldoorn", 7311, 7339), ("Haarlem", 2011, 2037),
             ("Arnhem", 6811, 6846), ("Enschede", 7511, 7548), ("Amersfoort", 3811, 3829), ("Zaandam", 1501, 1509),
             ("'s-Hertogenbosch", 5211, 5237), ("Zwolle", 8011, 8043), ("Leiden", 2311, 2334), ("Maastricht", 6211, 6229),
             ("Dordrecht", 3311, 3329), ("Ede", 6711, 6718), ("Leeuwarden", 8911, 8939), ("Alkmaar", 1811, 1827),
             ("Delft", 2611, 2629), ("Deventer", 7411, 7429), ("Heerlen", 6411, 6419), ("Hilversum", 1211, 1223),
             ("Sneek", 8601, 8608), ("Drachten", 9200, 9205), ("Heerenveen", 8441, 8449), ("Hengelo", 7550, 7559),
             ("Zeist", 3701, 3709), ("Gouda", 2801, 2809), ("Assen", 9401, 9409), ("Emmen", 7811, 7828),
             ("Venlo", 5911, 5928), ("Roosendaal", 4701, 4709), ("Purmerend", 1441, 1448), ("Lelystad", 8211, 8245),
             ("Vlaardingen", 3131, 3138), ("Schiedam", 3111, 3125), ("Spijkenisse", 3201, 3209), ("Helmond", 5701, 5709),
             ("Oss", 5341, 5349), ("Veenendaal", 3901, 3906), ("Harderwijk", 3841, 3849), ("Woerden", 3441, 3449),
             ("Middelburg", 4331, 4338), ("Goes", 4461, 4465), ("Terneuzen", 4531, 4538), ("Den Helder", 1781, 1789),
             ("Hoorn", 1621, 1628), ("Kampen", 8261, 8267), ("Meppel", 7941, 7944), ("Doetinchem", 7001, 7009),
             ("Zutphen", 7201, 7207), ("Tiel", 4001, 4007), ("Bergen op Zoom", 4611, 4625), ("Weert", 6001, 6006),
             ("Sittard", 6131, 6137), ("Roermond", 6041, 6046), ("Hoofddorp", 2131, 2136), ("Amstelveen", 1181, 1189),
             ("Capelle aan den IJssel", 2902, 2909), ("Nieuwegein", 3431, 3439), ("Houten", 3991, 3997),
             ("Barneveld", 3771, 3774), ("Wageningen", 6701, 6709), ("Franeker", 8801, 8802), ("Dokkum", 9101, 9104)]
BE_CITIES = [("Antwerpen", ["2000", "2018", "2020", "2060"]), ("Gent", ["9000", "9030", "9040", "9050"]),
             ("Leuven", ["3000", "3001", "3010"]), ("Brugge", ["8000", "8200"]), ("Mechelen", ["2800"]),
             ("Hasselt", ["3500"]), ("Genk", ["3600"]), ("Aalst", ["9300"]), ("Kortrijk", ["8500"]),
             ("Sint-Niklaas", ["9100"]), ("Turnhout", ["2300"]), ("Roeselare", ["8800"]), ("Lier", ["2500"]),
             ("Oostende", ["8400"]), ("Dendermonde", ["9200"]), ("Geel", ["2440"]), ("Herentals", ["2200"]),
             ("Tienen", ["3300"]), ("Ieper", ["8900"]), ("Lokeren", ["9160"]), ("Deinze", ["9800"]),
             ("Brasschaat", ["2930"]), ("Zottegem", ["9620"]), ("Tongeren", ["3700"]), ("Heist-op-den-Berg", ["2220"])]

NL_STREETS = L("""Kerkstraat, Dorpsstraat, Molenweg, Stationsweg, Schoolstraat, Julianastraat, Wilhelminalaan, Beatrixlaan,
Prins Bernhardlaan, Van Goghlaan, Rembrandtstraat, Vermeerplein, Lindenlaan, Eikenlaan, Beukenlaan, Berkenstraat,
Esdoornhof, Populierenweg, Tulpstraat, Rozenstraat, Anjerlaan, Narcisweg, Zonnebloemstraat, Merelstraat, Lijsterlaan,
Zwaluwstraat, Spreeuwenpark, Reigerstraat, Meeuwenlaan, Havenstraat, Nieuwe Gracht, Oudegracht, Prinsengracht,
Keizersgracht, Lange Voorhout, Hoogstraat, Voorstraat, Achterstraat, Brink, Nieuwstraat, Burgemeester Visserstraat,
Burg. de Withstraat, Dr. Schaepmanstraat, Pastoor van Arsstraat, Kanaalweg, Dijkweg, Polderweg, Veldweg, Zandweg,
Heideweg, Bosweg, Parkweg, Westersingel, Oostsingel, Noordsingel, Zuidwal, Laan van Meerdervoort,
Laan van Nieuw Oost-Indië, Kon. Wilhelminaweg, Graaf Florisstraat, Willem de Zwijgerlaan, Johan de Wittstraat,
Thorbeckestraat, Mozartlaan, Beethovenstraat, Chopinstraat, Sibeliusweg, Pieter de Hoochstraat, Frans Halsstraat,
Jan Steenstraat, Marterstraat, Dassenweg, Vossenlaan, Hazelaarlaan, Meidoornstraat, Sleedoornweg, Klaverweide,
Boterbloem, Fluitekruid, Kastanjelaan, Acaciastraat, Plataanweg, Wilgenhof, Mr. Troelstralaan, Piet Heinstraat,
Tjalk, Kotter, Schoener, Lorentzweg, Einsteinlaan, Curiestraat, Spinozastraat, Erasmuslaan, Vondellaan,
Bilderdijkstraat, Da Costakade, Admiraal de Ruyterweg, Jan van Galenstraat, Hobbemakade, Ruysdaelstraat,
Weteringschans, Vijzelgracht, Goudsbloemstraat, Lupinestraat, Korenbloemlaan, Akkerwinde, Hertenkamp,
Valkenburgerweg, Amstelkade, Rijnkade, Maasboulevard, IJsselkade, Vechtstraat, Dommelstraat, Lekdijk,
Zeeweg, Duinweg, Strandweg, Weverstraat, Smidsstraat, Bakkerstraat, Kuipersweg, Ambachtsweg, Brouwersgracht,
Tsjerkestrjitte, Skoallestrjitte, Buorren, Haadwei, Mearwei, Feartsweg, Singel, Kalverstraat, Breestraat,
Torenlaan, Kloosterweg, Abdijlaan, Kapelstraat, Pastorielaan, Mgr. Nolensstraat, Koningin Emmalaan,
Prinses Irenestraat, Oranjelaan, Nassaustraat, Stadhouderslaan, Van Speijkstraat, Tollensstraat, Cornelis Trompstraat""")
BE_STREETS = L("""Kerkstraat, Stationsstraat, Molenstraat, Veldstraat, Dorpsplein, Lindendreef, Beukendreef, Hoogstraat,
Nieuwstraat, Kapelstraat, Bredabaan, Turnhoutsebaan, Kortrijksesteenweg, Brusselsesteenweg, Leuvensesteenweg,
Diestsestraat, Mechelsesteenweg, Antwerpsesteenweg, Gentsesteenweg, Tiensestraat, Kortemarkstraat, Schoolstraat,
Pastoor Cooremansstraat, Koning Albertlaan, Koningin Astridlaan, Guido Gezellestraat, Hendrik Conscienceplein,
Vlaamse Kaai, Sint-Pietersnieuwstraat, Overpoortstraat, Lange Leemstraat, Kasteeldreef, Heidestraat, Bosstraat,
Meersstraat, Beekstraat, Kouter, Vrijheidstraat, Jozef de Blockstraat, Zandvoortstraat, Groenplaats, Lindenlaan,
Ijzerenweg, Pater Damiaanstraat, Ter Platen, Lammerstraat, Leopoldlaan, Sint-Jansstraat, Dendermondsesteenweg""")


# ---------------------------------------------------------------------------
# Structured values
# ---------------------------------------------------------------------------
AREA3 = L("010,013,015,020,023,024,026,030,033,035,036,038,040,043,045,046,050,053,055,058,070,071,072,073,074,075,076,077,078,079")
AREA4 = L("""0111,0113,0161,0165,0172,0180,0222,0223,0228,0251,0252,0294,0313,0314,0318,0320,0341,0343,0345,0348,0411,
0413,0416,0475,0478,0485,0492,0495,0499,0511,0512,0513,0515,0517,0521,0522,0523,0524,0527,0528,0541,0544,0546,
0547,0561,0566,0570,0572,0591,0592,0594,0596,0597,0599""")


def phone_nl_mobile(lang="nl"):
    d = R.choice("12345") + digits(7)
    fmts = [
        lambda: "06-" + d,
        lambda: f"06 {d[:4]} {d[4:]}",
        lambda: "06 " + " ".join(d[i:i + 2] for i in range(0, 8, 2)),
        lambda: "06" + d,
        lambda: "+31 6 " + d,
        lambda: f"+31 6 {d[:4]} {d[4:]}",
        lambda: "+316" + d,
        lambda: "00316" + d,
        lambda: f"(06) {d[:4]} {d[4:]}",
        lambda: f"06-{d[:3]} {d[3:6]} {d[6:]}",
        lambda: "+31 (0)6 " + d,
        lambda: "+31 6 " + " ".join(d[i:i + 2] for i in range(0, 8, 2)),
        lambda: f"06-{d[:4]} {d[4:]}",
    ]
    if lang == "en":
        fmts = fmts[4:8] + fmts[10:12] + [fmts[5], fmts[5]]
    return R.choice(fmts)()


def phone_nl_land(lang="nl"):
    if p_(0.6):
        a = R.choice(AREA3)
        d = R.choice("23456789") + digits(6)
        fmts = [f"{a}-{d}", f"{a} {d[:3]} {d[3:]}", f"({a}) {d[:3]} {d[3:5]} {d[5:]}", f"+31 {a[1:]} {d[:3]} {d[3:]}",
                f"+31 (0){a[1:]} {d}", f"{a}{d}", f"0031 {a[1:]} {d}", f"{a} - {d}"]
    else:
        a = R.choice(AREA4)
        d = R.choice("2345678") + digits(5)
        fmts = [f"{a}-{d}", f"{a} {d[:2]} {d[2:4]} {d[4:]}", f"({a}) {d}", f"+31 {a[1:]} {d}", f"{a}-{d[:3]} {d[3:]}", f"{a} {d}"]
    if lang == "en":
        fmts = [f for f in fmts if f.startswith("+") or f.startswith("00")] or fmts
    return R.choice(fmts)


BE_MOB = L("460,465,466,467,468,470,471,472,473,474,475,476,477,478,479,483,484,485,486,487,488,489,491,492,493,494,495,496,497,498,499")


def phone_be(mobile=True):
    if mobile:
        pre = R.choice(BE_MOB)
        d = digits(6)
        fmts = [f"+32 {pre} {d[:2]} {d[2:4]} {d[4:]}", f"0{pre} {d[:2]} {d[2:4]} {d[4:]}", f"0{pre}/{d[:2]}.{d[2:4]}.{d[4:]}",
                f"0{pre}/{d}", f"0032 {pre} {d[:2]} {d[2:4]} {d[4:]}", f"+32{pre}{d}", f"0{pre} {d[:3]} {d[3:]}", f"0{pre}/{d[:2]} {d[2:4]} {d[4:]}"]
        return R.choice(fmts)
    if p_(0.5):
        z = R.choice("2349")
        d = R.choice("2345678") + digits(6)
        fmts = [f"0{z} {d[:3]} {d[3:5]} {d[5:]}", f"0{z}/{d[:3]}.{d[3:5]}.{d[5:]}", f"+32 {z} {d[:3]} {d[3:5]} {d[5:]}", f"0{z}/{d[:3]} {d[3:5]} {d[5:]}"]
    else:
        z = R.choice(L("11,13,14,15,16,50,51,52,53,56,57,58,59,89"))
        d = R.choice("2345678") + digits(5)
        fmts = [f"0{z} {d[:2]} {d[2:4]} {d[4:]}", f"0{z}/{d[:2]}.{d[2:4]}.{d[4:]}", f"+32 {z} {d[:2]} {d[2:4]} {d[4:]}"]
    return R.choice(fmts)


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


NL_BANKS = L("ABNA,RABO,INGB,SNSB,TRIO,ASNB,KNAB,BUNQ,RBRB,FVLB,HAND,NNBA")


def make_iban(cc="NL", spaced=None):
    if cc == "NL":
        bban = R.choice(NL_BANKS) + (("000" + digits(7)) if p_(0.25) else digits(10, True))
    else:
        first = digits(10, True)
        c = int(first) % 97 or 97
        bban = first + "%02d" % c
    check = "%02d" % (98 - _iban_num(bban + cc + "00") % 97)
    s = cc + check + bban
    if spaced is None:
        spaced = p_(0.55)
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    assert iban_valid(s)
    return s


PC_LET = "ABCDEGHJKLMNPRSTVWXZ"


def make_postcode(lo=1011, hi=9999, space=None):
    n = R.randint(lo, hi)
    while True:
        l2 = R.choice(PC_LET) + R.choice(PC_LET)
        if l2 not in ("SA", "SD", "SS"):
            break
    if space is None:
        space = p_(0.7)
    return f"{n} {l2}" if space else f"{n}{l2}"


NL_ADD = ["", "", "", "", "", "", "a", "b", "c", "A", "B", "-1", "-2", "-3", "-hs", "-H", " bis", "-bis", " A", " hs", "-I", "-II", "-III", "-A", "-a", "-4", "-2"]
BE_ADD = ["", "", "", "", "", " bus 2", " bus 3", " bus 1", " bus 101", " bus 12", "/2", "A", "B", " bus A"]


def make_housenr(be=False):
    n = R.choice([R.randint(1, 40), R.randint(1, 140), R.randint(1, 360)])
    return str(n) + R.choice(BE_ADD if be else NL_ADD)


PL_LET = "BDFGHJKLNPRSTVXZ"
SIDECODES = ["LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9", "9-LLL-99",
             "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9"]
BAD_PLATE = ["SS", "SD", "PVV", "NSB", "KKK", "GVD", "TBS", "VVD", "SGP", "KVT", "LPF", "NSF", "FVD"]


def make_plate(code=None):
    while True:
        pat = code or R.choice(SIDECODES)
        out = []
        for i, c in enumerate(pat):
            if c == "L":
                out.append(R.choice(PL_LET))
            elif c == "9":
                first = i == 0 or pat[i - 1] == "-"
                out.append(R.choice("123456789") if first else R.choice("0123456789"))
            else:
                out.append(c)
        s = "".join(out)
        if not any(b in s.replace("-", "") for b in BAD_PLATE):
            return s


def bsn_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) != 9 or d == "000000000":
        return False
    s = sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0


def make_bsn(style=None):
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.randint(1, 6)
        s = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if s <= 9:
            d.append(s)
            break
    s = "".join(map(str, d))
    style = style if style is not None else R.choice([0, 0, 0, 1, 2, 3, 4])
    out = [s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]}.{s[3:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:4]} {s[4:6]} {s[6:]}"][style]
    assert bsn_ok(out)
    return out


def non_bsn9():
    while True:
        s = digits(9, True)
        if not bsn_ok(s):
            return s


MONTHS_NL = L("januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december")
MONTHS_NL_AB = L("jan.,feb.,mrt.,apr.,mei,jun.,jul.,aug.,sep.,okt.,nov.,dec.")
MONTHS_EN = L("January,February,March,April,May,June,July,August,September,October,November,December")
WD_NL = L("maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag,zondag")
WD_NL_AB = L("ma,di,wo,do,vr,za,zo")
WD_EN = L("Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday")
WD_EN_AB = L("Mon,Tue,Wed,Thu,Fri,Sat,Sun")


def make_dob(kind="adult", lang="nl"):
    y = {"adult": R.randint(1946, 2004), "child": R.randint(2013, 2023), "baby": R.randint(2022, 2025), "teen": R.randint(2006, 2013)}[kind]
    m, d = R.randint(1, 12), R.randint(1, 28)
    if lang == "en":
        fmts = [f"{d} {MONTHS_EN[m - 1]} {y}", f"{MONTHS_EN[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"]
    else:
        fmts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS_NL[m - 1]} {y}",
                f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}"]
        if lang == "vl":
            fmts += [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"]
    return R.choice(fmts)


BASE_DAY = datetime.date(2024, 9, 2)


def rand_day(after=None):
    if after is not None:
        return after + datetime.timedelta(days=R.randint(1, 24))
    return BASE_DAY + datetime.timedelta(days=R.randint(0, 620))


def fmt_date(dt, lang="nl", style=None):
    d, m, y, w = dt.day, dt.month, dt.year, dt.weekday()
    if lang == "en":
        fmts = [f"{WD_EN[w]} {d} {MONTHS_EN[m - 1]}", f"{MONTHS_EN[m - 1]} {d}", f"{d} {MONTHS_EN[m - 1]} {y}",
                f"{MONTHS_EN[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{WD_EN[w]}, {MONTHS_EN[m - 1]} {d}", f"{d:02d}/{m:02d}/{y}"]
    else:
        fmts = [f"{WD_NL[w]} {d} {MONTHS_NL[m - 1]}", f"{d} {MONTHS_NL[m - 1]} {y}", f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}",
                f"{WD_NL[w]} {d}/{m}", f"{d} {MONTHS_NL_AB[m - 1]}", f"{WD_NL[w]} {d} {MONTHS_NL[m - 1]} {y}",
                f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS_NL[m - 1]}", f"{WD_NL_AB[w]} {d:02d}-{m:02d}"]
        if lang == "vl":
            fmts += [f"{WD_NL[w]} {d}/{m}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}"]
    if style is not None:
        return fmts[style % len(fmts)]
    return R.choice(fmts)


def fmt_time(h, mi, lang="nl", style=None):
    if lang == "en":
        hh = h % 12 or 12
        ap = "am" if h < 12 else "pm"
        opts = [f"{h:02d}:{mi:02d}", f"{hh}:{mi:02d} {ap}", f"{hh}:{mi:02d}{ap}" if mi else f"{hh}{ap}"]
    elif lang == "vl":
        opts = [f"{h}u{mi:02d}" if mi else f"{h}u", f"{h}.{mi:02d} u", f"{h:02d}:{mi:02d}", f"{h}u{mi:02d}"]
    else:
        opts = [f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} uur", f"{h}:{mi:02d}", f"{h:02d}.{mi:02d}", f"{h}.{mi:02d}u"]
    return opts[style % len(opts)] if style is not None else R.choice(opts)


def fmt_nl_num(v, dec=2):
    s = f"{v:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def make_amount(lo, hi, lang="nl"):
    v = R.uniform(lo, hi)
    kind = R.random()
    if kind < 0.35:
        v = round(v)
    elif kind < 0.5:
        v = round(v) - 0.05 if v > 1 else v
    else:
        v = round(v, 2)
    whole = abs(v - round(v)) < 1e-9
    if lang == "en":
        en = f"{v:,.2f}"
        return R.choice([f"€{en}", f"EUR {en}", f"€ {en}", f"€{int(round(v)):,}" if whole else f"€{en}"])
    nl2 = fmt_nl_num(v)
    nl0 = fmt_nl_num(v, 0)
    opts = [f"€ {nl2}", f"€{nl2}", f"EUR {nl2}", f"{nl2} EUR"]
    if whole:
        opts += [f"€ {nl0},-", f"{nl0} euro", f"EUR {nl0}", f"€{nl0}", f"€ {nl0}", f"€ {nl0},00"]
    else:
        opts += [f"{nl2} euro", f"€ {nl2}"]
    if lang == "vl":
        opts += [f"{nl2} euro", f"€ {nl2}"]
    return R.choice(opts)


def rs(n, alpha=string.ascii_letters + string.digits):
    return "".join(R.choice(alpha) for _ in range(n))


def make_password():
    w = R.choice(L("Zomer,Winter,Herfst,Lente,Welkom,Tulp,Fiets,Molen,Koffie,Haven,Zonnig,Regen,Kaas,Tegel,Dakgoot,Paraplu,Boterham,Lantaarn,Kikker,Schaats"))
    k = R.randrange(7)
    if k == 0:
        return f"{w}{R.choice(['2024', '2025', '2026', '01', '123', '88'])}{R.choice('!#$?*')}"
    if k == 1:
        return f"{w}{R.choice('!#$@')}{R.randint(10, 9999)}"
    if k == 2:
        return rs(R.randint(12, 16), string.ascii_letters + string.digits + "!#$%&*?@")
    if k == 3:
        return "-".join(R.sample(L("paard,batterij,nietje,correct,wolk,tractor,citroen,kompas,spiegel,veter,lamp"), 3)) + str(R.randint(1, 99))
    if k == 4:
        return f"{w}{R.choice(['Kassa', 'Gast', 'Team', 'Beheer', 'Admin'])}{R.choice('!#?')}{R.randint(2, 99)}"
    if k == 5:
        return rs(4, string.ascii_uppercase) + R.choice("!#$") + digits(4) + rs(3, string.ascii_lowercase)
    return f"{w.lower()}{R.randint(1950, 2025)}"


def make_api_key(kind=None):
    kind = kind or R.choice(["openai", "openai", "anthropic", "anthropic", "aws", "github", "stripe", "stripe", "google", "slack"])
    b62 = string.ascii_letters + string.digits
    if kind == "openai":
        return kind, "sk-proj-" + rs(1, b62) + rs(R.randint(60, 130), b62 + "-_") + rs(1, b62)
    if kind == "anthropic":
        return kind, "sk-ant-api03-" + rs(93, b62 + "-_") + "AA"
    if kind == "aws":
        return kind, "AKIA" + rs(16, string.ascii_uppercase + "234567")
    if kind == "github":
        return kind, ("ghp_" + rs(36)) if p_(0.75) else ("github_pat_" + rs(22) + "_" + rs(59))
    if kind == "stripe":
        return kind, R.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(R.randint(24, 99))
    if kind == "google":
        return kind, "AIza" + rs(35, b62 + "-_")
    return "slack", "xoxb-" + digits(11, True) + "-" + digits(13, True) + "-" + rs(24)


def aws_secret():
    return rs(40, string.ascii_letters + string.digits + "/+")


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
def fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


PERSONAL_DOMAINS = L("gmail.com,gmail.com,gmail.com,hotmail.com,outlook.com,live.nl,ziggo.nl,kpnmail.nl,xs4all.nl,icloud.com,hetnet.nl,planet.nl,home.nl,yahoo.com,proton.me,casema.nl,hotmail.nl,outlook.nl,upcmail.nl,telfort.nl")
BE_DOMAINS = L("telenet.be,telenet.be,skynet.be,proximus.be,gmail.com,gmail.com,hotmail.be,outlook.be,scarlet.be")


class Person:
    def __init__(self, bg, g, first, sur, be=False):
        self.bg, self.g, self.first, self.sur, self.be = bg, g, first, sur, be
        self.extra_init = "".join(R.choice("ABCDEFGHJKLMNPRSTW") + "." for _ in range(R.choice([0, 0, 1, 1, 2])))
        self._phone = self._email = self._street = self._pc = self._city = self._iban = self._plate = None
        self._bsn = self._dob = None

    @property
    def full(self):
        return f"{self.first} {self.sur}"

    @property
    def surcap(self):
        return self.sur[0].upper() + self.sur[1:]

    @property
    def initials(self):
        parts = re.split(r"[ -]", self.first)
        return "".join(x[0].upper() + "." for x in parts if x) + self.extra_init

    @property
    def init_name(self):
        return f"{self.initials} {self.sur}"

    def admin(self, k=None):
        k = R.randrange(4) if k is None else k
        m = re.match(r"((?:[a-z']+ )+)(.+)", self.sur)
        if k == 0 and m:  # "Groot, A.C. de"
            return f"{m.group(2)}, {self.initials} {m.group(1).strip()}"
        if k == 1:
            return f"{self.surcap}, {self.initials}"
        if k == 2:
            return f"{self.surcap}, {self.first}"
        return f"{self.surcap}, {self.initials[:2]}"


def pick_bg(lang):
    w = BG_WEIGHTS[lang]
    keys = sorted(w)
    return R.choices(keys, [w[k] for k in keys])[0]


def new_person(lang="nl", bg=None, g=None, be=None):
    bg = bg or pick_bg(lang)
    g = g or R.choice("FM")
    f, m, su = POOLS[bg]
    first = R.choice(f if g == "F" else m)
    sbg = bg if p_(0.85) else pick_bg(lang)
    sur = R.choice(POOLS[sbg][2])
    if g == "F" and p_(0.08) and lang != "en":
        other = R.choice(POOLS["nl"][2] if lang == "nl" else POOLS["be"][2])
        other = other[0].upper() + other[1:] if p_(0.0) else other
        if other != sur:
            sur = f"{other}-{sur}"
    if be is None:
        be = lang == "vl" and p_(0.92)
    return Person(bg, g, first, sur, be)


# ---------------------------------------------------------------------------
# Document under construction: text pieces with marked PII spans
# ---------------------------------------------------------------------------
def vlen(s):
    return len(s) - s.count(M0) - s.count(M1)


def vpad(s, w):
    return s + " " * max(0, w - vlen(s))


TITLES = {
    "nl": {"F": ["mevrouw", "mevr.", "mw.", "Mevrouw", "mevrouw"], "M": ["meneer", "dhr.", "de heer", "Dhr.", "meneer"]},
    "vl": {"F": ["mevrouw", "mevr.", "Mevrouw", "mevrouw"], "M": ["meneer", "dhr.", "mijnheer", "Meneer"]},
    "en": {"F": ["Ms", "Mrs", "Ms.", "Ms"], "M": ["Mr", "Mr.", "Mr"]},
}


class Doc:
    def __init__(self, lang, sector):
        self.lang, self.S = lang, sector
        self.mask, self.keep, self.block = [], [], []
        self.company = make_company(sector)
        self.domain = company_domain(self.company)
        self._cache = {}
        self.client = self.person()
        self.staff = self.person()
        self.kid = None
        self.tstyle = R.randrange(5)

    # -- bookkeeping
    def M(self, label, v):
        assert label in LABELS and v
        if [label, v] not in self.mask:
            self.mask.append([label, v])
        return M0 + v + M1

    def K(self, v):
        if v not in self.keep:
            self.keep.append(v)
        return v

    def B(self, reason):
        assert reason in REASONS
        if reason not in self.block:
            self.block.append(reason)

    def person(self, **kw):
        kw.setdefault("lang", self.lang)
        return new_person(**kw)

    # -- names
    def nm(self, p, style=None):
        lang = self.lang
        if style is None:
            style = R.choice(["full", "full", "full", "first", "title", "title_full", "init", "title_init", "admin", "caps"])
        if style == "full":
            return self.M("PERSOON", p.full)
        if style == "first":
            return self.M("PERSOON", p.first)
        if style == "first_lc":
            return self.M("PERSOON", p.first.lower())
        if style == "sur":
            return self.M("PERSOON", p.surcap)
        if style == "title":
            return R.choice(TITLES[lang][p.g]) + " " + self.M("PERSOON", p.surcap)
        if style == "title_full":
            return R.choice(TITLES[lang][p.g]) + " " + self.M("PERSOON", p.full)
        if style == "init":
            return self.M("PERSOON", p.init_name)
        if style == "title_init":
            return R.choice(TITLES[lang][p.g]) + " " + self.M("PERSOON", p.init_name)
        if style == "admin":
            return self.M("PERSOON", p.admin())
        if style == "caps":
            return self.M("PERSOON", p.full.upper())
        if style == "caps_admin":
            return self.M("PERSOON", f"{p.surcap.upper()}, {p.first.upper()}")
        if style == "mr":  # lawyers: "mr. A.C. de Groot"
            return "mr. " + self.M("PERSOON", p.init_name)
        raise ValueError(style)

    def title_word(self, p):
        return R.choice(TITLES[self.lang][p.g])

    # -- contact data (one value per person, rendered once then reused verbatim)
    def phone_raw(self, p, mobile=None):
        if p._phone is None:
            if p.be:
                p._phone = phone_be(mobile if mobile is not None else p_(0.8))
            else:
                mob = mobile if mobile is not None else p_(0.75)
                p._phone = phone_nl_mobile(self.lang) if mob else phone_nl_land(self.lang)
        return p._phone

    def phone(self, p, mobile=None):
        return self.M("TELEFOON", self.phone_raw(p, mobile))

    def email_raw(self, p, work=False):
        if p._email is None:
            fi = slug(p.first.split()[0].split("-")[0])
            su = slug(p.sur)
            last = slug(p.sur.split()[-1].split("-")[-1])
            if work:
                local = R.choice([f"{fi[0]}.{su}", f"{fi}.{su}", f"{fi}", f"{fi}{su[0]}", f"{fi[0]}{last}"])
                dom = self.domain
            else:
                yy = str(R.randint(60, 99) if p_(0.6) else R.randint(1, 31))
                local = R.choice([f"{fi}.{su}", f"{fi[0]}.{su}", f"{fi}{su}{yy}", f"{fi}_{su}", f"{su}.{fi}", f"{fi}{yy}",
                                  f"{fi}.{last}", f"{fi[0]}{last}", f"{fi}-{last}", f"{last}{fi[0]}"])
                dom = R.choice(BE_DOMAINS if p.be else PERSONAL_DOMAINS)
            p._email = f"{local}@{dom}"
        return p._email

    def email(self, p, work=False):
        return self.M("EMAIL", self.email_raw(p, work))

    def _addr_init(self, p):
        if p._street is None:
            if p.be:
                c, pcs = R.choice(BE_CITIES)
                p._city, p._pc = c, R.choice(pcs)
                p._street = f"{R.choice(BE_STREETS)} {make_housenr(True)}"
            else:
                c, lo, hi = R.choice(NL_CITIES)
                p._city = c
                p._pc = make_postcode(lo, hi)
                p._street = f"{R.choice(NL_STREETS)} {make_housenr(False)}"

    def street(self, p):
        self._addr_init(p)
        return self.M("ADRES", p._street)

    def pc(self, p):
        self._addr_init(p)
        return self.M("POSTCODE", p._pc) if not p.be else p._pc

    def city(self, p):
        self._addr_init(p)
        return p._city

    def addr_line(self, p, style=None):
        self._addr_init(p)
        style = R.randrange(6) if style is None else style
        st, pc, c = self.street(p), self.pc(p), p._city
        if style == 0:
            return f"{st}, {pc} {c}"
        if style == 1:
            return f"{st}\n{pc} {c}" if not p.be else f"{st}\n{pc} {c}"
        if style == 2:
            return f"{st}, {pc}  {c.upper()}"
        if style == 3:
            return f"{st} te {c}" if self.lang != "en" else f"{st}, {c}"
        if style == 4:
            return f"{st}, {c} ({pc})" if not p.be else f"{st}, {pc} {c}"
        return f"{st} {pc} {c}"

    def iban(self, p=None, cc=None):
        if p is None:
            return self.M("IBAN", make_iban(cc or ("BE" if self.lang == "vl" else "NL")))
        if p._iban is None:
            p._iban = make_iban(cc or ("BE" if p.be else "NL"))
        return self.M("IBAN", p._iban)

    def dob(self, p, kind="adult"):
        if p._dob is None:
            p._dob = make_dob(kind, self.lang)
        return self.M("GEBOORTEDATUM", p._dob)

    def plate(self, p, dashes=True):
        if p._plate is None:
            p._plate = make_plate()
        v = p._plate if dashes else p._plate.replace("-", "")
        return self.M("KENTEKEN", v)

    def bsn(self, p):
        if p._bsn is None:
            p._bsn = make_bsn()
        self.B("BSN")
        return self.M("BSN", p._bsn)

    # -- keep values
    def date(self, after=None, style=None):
        dt = rand_day(after)
        self._last_day = dt
        return self.K(fmt_date(dt, self.lang, style))

    def time(self, lo=None, hi=None, after=None):
        lo = lo if lo is not None else self.S.get("hours", (7, 18))[0]
        hi = hi if hi is not None else self.S.get("hours", (7, 18))[1]
        h = R.randint(lo, hi) if after is None else min(22, after + R.choice([1, 2, 2, 3, 4]))
        mi = R.choice([0, 0, 0, 15, 30, 30, 45])
        self._last_hour = h
        return self.K(fmt_time(h, mi, self.lang, self.tstyle))

    def amount(self, lo, hi):
        return self.K(make_amount(lo, hi, self.lang))

    def order(self):
        return self.K(self.S["order"]())

    def product(self, cat=None):
        prods = self.S["products"]
        if cat and cat in prods:
            return self.K(R.choice(prods[cat]))
        allp = [x for v in prods.values() for x in v]
        return self.K(R.choice(allp))

    # -- sector topic filled in
    def topic(self, starter=None, internal=False):
        """A sector topic: first message (ask) and answer (reply). starter 'c' = customer writes first, 'b' = business."""
        lang = "en" if self.lang == "en" else "nl"
        tl = self.S["topics_" + lang]
        if not internal:
            tl = [t for t in tl if t[0] not in INTERNAL] or tl
        if starter:
            sel = [t for t in tl if (t[0] in B_STARTED) == (starter == "b")]
            tl = sel or tl
        t = R.choice(tl)
        cache = {}
        out = {k: self.fill(v, cache) for k, v in zip(("subject", "ask", "reply"), t)}
        if self.lang == "vl":
            out = {k: vlify(v) for k, v in out.items()}
        out["starter"] = "b" if t[0] in B_STARTED else "c"
        out["client_msg"] = out["ask"] if out["starter"] == "c" else out["reply"]
        out["biz_msg"] = out["reply"] if out["starter"] == "c" else out["ask"]
        return out

    def fill(self, s, cache):
        def rep(m):
            key, cat, lo, hi = m.group(1), m.group(2), m.group(3), m.group(4)
            if key in cache:
                return cache[key]
            if key.startswith("date"):
                after = cache.get("_day") if key != "date" else None
                v = self.date(after=after)
                cache["_day"] = self._last_day
            elif key.startswith("time"):
                after = cache.get("_hour") if key != "time" else None
                v = self.time(after=after)
                cache["_hour"] = self._last_hour
            elif key.startswith("amount"):
                v = self.amount(int(lo), int(hi))
            elif key.startswith("order"):
                v = self.order()
            elif key.startswith("product"):
                v = self.product(cat)
            elif key == "kid":
                if self.kid is None:
                    self.kid = self.person(bg=self.client.bg if p_(0.8) else None)
                v = self.nm(self.kid, "first")
            elif key == "staff":
                v = self.nm(self.staff, "first")
            elif key == "plate":
                v = self.plate(self.client)
            elif key == "group":
                v = R.choice(self.S.get("groups", ["de groep"]))
            elif key == "city":
                v = self.city(self.client)
            elif key == "company":
                v = self.company
            elif key == "n":
                v = str(R.randint(2, 9))
            else:
                raise KeyError(key)
            cache[key] = v
            return v
        return PH_RE.sub(rep, s)


B_STARTED = {"Herinnering afspraak", "Openstaande nota", "Niet verschenen", "Meerwerk vloer", "Oplevering", "Planning onderaannemers",
             "Opleverpunten", "Termijnfactuur", "Vorst", "Levering kozijnen", "Dienst ruilen", "No-show", "Rooster volgende week", "Bardienst",
             "Toernooi", "Incasso gestorneerd", "Concept akte", "Voorschot", "Zitting", "Nota van afrekening", "Termijn verweer", "Huurachterstand",
             "APK", "Auto staat klaar", "Extra work", "Handover", "Delay", "Draft deed", "Advance payment", "Hearing", "MOT due", "Car ready"}

INTERNAL = {"Dienst ruilen", "Rooster volgende week", "Bardienst", "Planning onderaannemers"}

PH_RE = re.compile(r"\{(\w+?)(?::(\w+))?(?:\|(\d+)\|(\d+))?\}")

VL_SUBS = [("mobiele nummer", "gsm-nummer"), ("06-nummer", "gsm-nummer"), ("mobiel", "gsm"), ("BSO", "naschoolse opvang"),
           ("Met vriendelijke groet", "Met vriendelijke groeten"), ("woningcorporatie", "huisvestingsmaatschappij"),
           ("even", "eens"), ("Even", "Eens"), ("straks", "seffens"), ("leuk", "tof"), ("Hoi", "Hallo"), ("pinnen", "betalen met de kaart"),
           ("fietsenstalling", "fietsenstalling"), ("tegen die tijd", "tegen dan"), ("vanmiddag", "deze namiddag"),
           ("vanochtend", "deze voormiddag"), ("'s ochtends", "'s voormiddags")]


def vlify(s):
    for a, b in VL_SUBS:
        s = re.sub(r"(?<![\w])" + re.escape(a) + r"(?![\w])", b, s)
    return s


# ---------------------------------------------------------------------------
# Sectors: companies, products, reference numbers, topics (subject, customer text, business reply)
# Placeholders: {date} {date2} {time} {time2} {amount|lo|hi} {order} {product:cat} {kid} {staff} {plate} {group} {city} {n}
# ---------------------------------------------------------------------------
def Y():
    return R.choice(["2024", "2025", "2025", "2025", "2026"])


SECTORS = {}

SECTORS["install"] = dict(
    name="installatiebedrijf", en="installer",
    companies=L("""Warmtetechniek Oost B.V., Klimaat & Comfort Zuid, Zonnig Dak Installaties, CV Service Noord,
    De Warmtepompspecialist, Groen Installatietechniek BV, Thermo Totaal, ZonPlus Energie, Eco Warmte Twente,
    Installatiebureau De Linde, HeatFix Installaties, Duurzaam Dak & Warmte, Koudetechniek Midden B.V., Installatiegroep Waterland"""),
    products={"ketel": L("Remeha Tzerra Ace 28c,Intergas Xtreme 36,Vaillant ecoTEC plus,Nefit EnergyLine HR,ATAG i-Serie 28C,Bosch Condens 7000i"),
              "wp": L("Daikin Altherma 3,Itho Daalderop HP Cube,Panasonic Aquarea J-serie,Quatt hybride warmtepomp,Vaillant aroTHERM plus,Mitsubishi Ecodan"),
              "pv": L("SolarEdge SE5K omvormer,Enphase IQ8 micro-omvormer,Jinko Tiger Neo 435 Wp,LONGi Hi-MO 6,Growatt MIN 3600TL-X,AIKO Neostar 2S 450 Wp"),
              "thermo": L("Tado slimme thermostaat,Honeywell Evohome,Nest Learning Thermostat,Remeha eTwist,Netatmo thermostaat")},
    order=lambda: R.choice([f"WO-{Y()}-{digits(5)}", f"OF-{digits(5, True)}", f"F{Y()}{digits(4)}", f"SC-{digits(6, True)}", f"WB{digits(5, True)}"]),
    roles=L("planner,servicemonteur,servicecoördinator,werkvoorbereider,binnendienst,projectleider zonne-energie"),
    topics_nl=[
        ("Storing cv-ketel", "Onze {product:ketel} geeft sinds vanochtend een storing en we hebben geen warm water. Kan er vandaag nog iemand komen?",
         "Onze monteur {staff} kan {date} om {time} bij u zijn. Het voorrijtarief is {amount|45|95}."),
        ("Onderhoud ketel", "Het is weer tijd voor het jaarlijkse onderhoud van de ketel. Wanneer hebben jullie plek?",
         "We hebben u ingepland op {date} tussen {time} en {time2}. Het onderhoud valt binnen uw servicecontract {order}."),
        ("Offerte warmtepomp", "Wij overwegen een hybride warmtepomp. Kunnen jullie een offerte maken?",
         "Bijgaand offerte {order} voor een {product:wp}, totaal {amount|3500|9500} incl. installatie. Na aftrek van de ISDE-subsidie blijft er ongeveer {amount2|1800|6000} over."),
        ("Zonnepanelen geven 0 kWh", "De app van de omvormer geeft al een week 0 kWh aan. Is er iets mis met de {product:pv}?",
         "Vermoedelijk is de wifi-verbinding van de omvormer weggevallen. Een monteur komt {date} kijken, kosten maximaal {amount|60|140}."),
        ("Planning legging panelen", "Klopt het dat de panelen {date} worden gelegd? Moet ik dan thuis zijn?",
         "Ja, het team start rond {time}. Graag de zolder vrijmaken voor de omvormer. De aanbetaling van {amount|800|2500} hebben we ontvangen."),
        ("Lekkage na onderhoud", "Na het onderhoud van {date} druppelt er water onder de ketel. Kunnen jullie dit zo snel mogelijk bekijken?",
         "Excuses voor het ongemak. We komen kosteloos terug op {date2} om {time}."),
        ("Vraag over factuur", "Ik heb factuur {order} ontvangen, maar het bedrag van {amount|180|950} klopt volgens mij niet; er was 10% korting afgesproken.",
         "U heeft gelijk, we sturen een creditnota. Het juiste bedrag is {amount2|150|900}."),
        ("Slimme thermostaat", "Kunnen jullie bij het onderhoud ook een {product:thermo} ophangen?",
         "Dat kan, de thermostaat kost {amount|149|279} inclusief montage. We nemen hem mee op {date}."),
        ("Ketel maakt herrie", "De ketel maakt 's nachts een tikkend geluid, vooral als de verwarming aanslaat.",
         "Waarschijnlijk lucht in het systeem. {staff} belt u {date} om een afspraak te maken."),
    ],
    topics_en=[
        ("Boiler not working", "Our {product:ketel} stopped working this morning and we have no hot water. Could someone come by today?",
         "Our engineer can be there on {date} at {time}. The call-out fee is {amount|45|95}."),
        ("Heat pump quote", "We would like a quote for a hybrid heat pump.",
         "Please find quote {order} attached for a {product:wp}, total {amount|3500|9500} including installation."),
        ("Solar panels show 0 kWh", "The inverter app has shown 0 kWh for a week now.",
         "Most likely the inverter lost its wifi connection. A technician will visit on {date}, maximum cost {amount|60|140}."),
        ("Annual service", "Could you schedule the annual boiler service?", "You are booked for {date} between {time} and {time2}."),
    ])

SECTORS["kinder"] = dict(
    name="kinderopvang", en="childcare",
    companies=L("""Kinderopvang De Zonnebloem, BSO De Boomhut, KDV Het Kabouterhuis, Kinderdagverblijf Dikkertje Dap,
    BSO Buitenpret, Kinderopvang Kleine Wereld, Gastouderbureau Het Nest, KDV 't Speelhuis, BSO De Ontdekkers,
    Peuteropvang Hummeltjes, Kinderopvang Samen Spelen, BSO Avontuur"""),
    groups=L("groep Vlinders,de Rupsjes,de Dolfijnen,groep Egels,de Bijtjes,de Uiltjes,de Kikkers,groep Zonnestraal,de Vossen"),
    products={"pakket": L("Pakket Flex 40 weken,Pakket Compleet 52 weken,BSO Vakantiepakket,Verlengde opvang tot 19.00 uur")},
    order=lambda: R.choice([f"F{Y()}-{digits(4)}", f"KO-{digits(5, True)}", f"Factuur {digits(6, True)}".split()[1]]),
    roles=L("pedagogisch medewerker,locatiemanager,planning & plaatsing,administratie,groepsleiding"),
    topics_nl=[
        ("Ophalen {kid}", "{kid} wordt {date} opgehaald door oma, zij komt rond {time}.",
         "Dank voor het doorgeven, we noteren het in het overdrachtsschrift."),
        ("Extra dag", "Is er {date} een extra dag mogelijk voor {kid} op de BSO?",
         "Er is plek. De extra dag kost {amount|55|110} en wordt verrekend met de factuur van volgende maand."),
        ("Afmelding", "{kid} gaat {date} mee naar familie en komt die dag niet.", "Bedankt, we hebben {kid} afgemeld."),
        ("Factuur opvang", "Op factuur {order} staat {amount|600|1450}, maar we hadden het aantal uren verlaagd.",
         "U heeft gelijk, de correctie volgt op de volgende factuur."),
        ("Wijziging contract", "Vanaf {date} willen we de woensdagmiddag erbij nemen.",
         "Prima, u ontvangt een nieuw contractvoorstel. Het nieuwe maandbedrag wordt {amount|700|1600}."),
        ("Uitje kinderboerderij", "Gaan de kinderen {date} naar de kinderboerderij? Moet {kid} iets meenemen?",
         "Ja, we vertrekken om {time}. Graag regenlaarzen en een tussendoortje mee."),
        ("Wenmoment", "Wanneer kan {kid} komen wennen bij {group}?", "Het eerste wenmoment is {date} van {time} tot {time2}."),
        ("Nieuw pakket", "Wat kost het {product:pakket} per maand voor {kid}?", "Voor 2 dagen per week komt dat op {amount|480|1100} per maand."),
    ],
    topics_en=[
        ("Pick-up {kid}", "{kid} will be picked up by grandma on {date}, around {time}.", "Thanks for letting us know."),
        ("Extra day", "Is there room for {kid} at after-school care on {date}?", "Yes, the extra day costs {amount|55|110}."),
        ("Invoice question", "Invoice {order} says {amount|600|1450}, but we reduced the hours last month.", "You are right, a correction will follow."),
        ("Settling-in visit", "When can {kid} come for a first settling-in visit at {group}?", "The first visit is on {date} from {time} to {time2}."),
    ])

SECTORS["zorgadmin"] = dict(
    name="tandarts- of fysiopraktijk", en="dental or physio practice",
    companies=L("""Tandartspraktijk Centrum, Tandartsenpraktijk De Molen, Mondzorg Rijnstraat, Fysiotherapie Rijnstraat,
    Fysio & Co, Praktijk voor Fysiotherapie Het Anker, Mondhygiënistenpraktijk Zuid, Tandheelkundig Centrum Oost,
    FysioFit Team, Tandarts aan de Gracht, Fysiotherapie De Brug, Mondzorgcentrum Parkzicht"""),
    products={"beh": L("periodieke controle,gebitsreiniging,intakegesprek,behandeling 30 minuten,screening")},
    order=lambda: R.choice([f"{digits(6, True)}", f"A-{digits(5, True)}", f"NOTA-{Y()}-{digits(4)}", f"D{digits(7, True)}"]),
    roles=L("baliemedewerker,praktijkmanager,administratie,planning,doktersassistente"),
    topics_nl=[
        ("Afspraak verzetten", "Ik kan {date} om {time} helaas niet. Kan de afspraak naar een ander moment?",
         "Geen probleem, we hebben u verplaatst naar {date2} om {time2}."),
        ("Nota niet vergoed", "Mijn zorgverzekeraar vergoedt nota {order} van {amount|45|260} niet. Kunt u een gespecificeerde nota sturen?",
         "De gespecificeerde nota is vandaag per mail verstuurd."),
        ("Herinnering afspraak", "Graag herinneren wij u aan uw {product:beh} op {date} om {time}.", "Dank u, ik kom."),
        ("Inschrijving gezin", "Wij zijn verhuisd en willen ons met drie personen inschrijven.",
         "U bent welkom. Het intakegesprek is {date} om {time}; neem uw verzekeringspas mee."),
        ("Openstaande nota", "Volgens onze administratie staat nota {order} van {amount|35|180} nog open.", "Excuses, ik heb het bedrag vandaag overgemaakt."),
        ("Niet verschenen", "U bent {date} niet verschenen op uw afspraak. Volgens onze voorwaarden brengen wij {amount|25|45} in rekening.",
         "Dat klopt niet, ik had de dag ervoor afgebeld."),
        ("Eerste afspraak", "Ik wil graag een eerste afspraak plannen.", "U kunt terecht op {date} om {time} bij {staff}."),
        ("Betalingsregeling", "Kan ik de nota van {amount|120|650} in drie termijnen betalen?", "Dat is akkoord; de eerste termijn vervalt op {date}."),
    ],
    topics_en=[
        ("Reschedule appointment", "I can't make it on {date} at {time}. Could we move the appointment?", "No problem, you are now booked for {date2} at {time2}."),
        ("Invoice not reimbursed", "My insurer won't reimburse invoice {order} of {amount|45|260}. Could you send an itemised invoice?", "The itemised invoice was emailed today."),
        ("New registration", "We just moved here and would like to register as new patients.", "Welcome! Your intake is on {date} at {time}."),
    ])

SECTORS["hovenier"] = dict(
    name="hoveniersbedrijf", en="gardening company",
    companies=L("""Hoveniersbedrijf De Groene Vingers, Tuinen van Morgen, Groenservice Noord, Hovenier Het Groene Hart,
    Tuinontwerp & Aanleg De Linde, Boomverzorging Eikenhof, GroenRijk Tuinservice, Tuinman Plus, Hoveniersbedrijf Buitenwerk BV"""),
    products={"mat": L("Buxus sempervirens 25 st.,Beukenhaag 150/175,Taxus baccata,Japanse esdoorn Bloodgood,keramische tegels 60x60,Royal Grass kunstgras,Robinia schutting 180 cm,Douglas tuinhout,sierbestrating Waalformaat,grind Noordzee 8-16")},
    order=lambda: R.choice([f"OF-{digits(5, True)}", f"T{Y()}-{digits(3, True)}", f"PRJ-{digits(4, True)}", f"F-{digits(6, True)}"]),
    roles=L("hovenier,tuinontwerper,planner,voorman,administratie"),
    topics_nl=[
        ("Haag snoeien", "Kunnen jullie {date} de haag komen snoeien? Het is een beukenhaag van ongeveer 25 meter.",
         "Dat kan, we komen rond {time}. De kosten zijn circa {amount|150|450}."),
        ("Offerte tuinaanleg", "Graag een offerte voor nieuwe bestrating en een border in de achtertuin.",
         "Zie offerte {order}: {product:mat} en beplanting, totaal {amount|2500|14000} incl. btw."),
        ("Opzegging onderhoud", "We willen het onderhoudscontract opzeggen per {date}.", "Jammer! De opzegging is verwerkt; de laatste termijn van {amount|80|220} volgt nog."),
        ("Boom kappen", "Mag de berk in de achtertuin zonder vergunning gekapt worden?",
         "Dat hangt af van de gemeente. Wij kunnen de aanvraag regelen; het kappen zelf kost {amount|350|1200}."),
        ("Schade schuur", "Bij het maaien is een ruit van de schuur gesneuveld.", "Excuses, we vergoeden de schade van {amount|60|250}."),
        ("Levering materiaal", "Wanneer wordt het {product:mat} geleverd?", "De levering staat gepland op {date} tussen {time} en {time2}."),
        ("Vijver", "Kunnen jullie in het voorjaar de vijver schoonmaken?", "Ja, {staff} komt {date}. Reken op {amount|120|380}."),
    ],
    topics_en=[
        ("Hedge trimming", "Could you trim the hedge on {date}? It is about 25 metres long.", "Sure, we will arrive around {time}. Roughly {amount|150|450}."),
        ("Garden design quote", "We would like a quote for new paving and a flower border.", "See quote {order}, total {amount|2500|14000} incl. VAT."),
        ("Delivery", "When will the {product:mat} be delivered?", "Delivery is planned for {date} between {time} and {time2}."),
    ])

SECTORS["it"] = dict(
    name="IT-beheerder", en="managed IT provider",
    companies=L("""ITvoorMKB, Beheerde Werkplek B.V., NetSupport Noord, CloudWijs, Systeembeheer Oost, HelpdeskPlus,
    Bytewerk ICT, Digitaal Kantoor BV, ServerZorg, PixelPoint ICT"""),
    clients=L("""Accountantskantoor De Balans, Bakkerij Het Zoete Hoekje, Makelaardij Stadshart, Reisbureau Zonnig,
    Architectenbureau Lijn & Vorm, Fietsenwinkel De Ketting, Administratiekantoor Vooruit, Drukkerij Punt, Schoonmaakbedrijf Glans"""),
    products={"hw": L("Lenovo ThinkPad E14,HP LaserJet Pro M404dn,Synology DS923+,Ubiquiti UniFi U6 Pro,Dell Latitude 5440,Brother MFC-L8900CDW"),
              "lic": L("Microsoft 365 Business Premium,Microsoft 365 Business Standard,Bitwarden Teams,Veeam Backup for Microsoft 365,Exact Online,AFAS Profit")},
    order=lambda: R.choice([f"#{digits(5, True)}", f"INC-{digits(6, True)}", f"SR-{digits(5, True)}", f"REQ{digits(6, True)}", f"T{Y()}-{digits(4)}"]),
    roles=L("servicedesk,systeembeheerder,consultant,accountmanager,werkplekbeheer"),
    topics_nl=[
        ("Kan niet inloggen", "Ik kan niet meer inloggen in Outlook, ik denk dat mijn wachtwoord verlopen is.",
         "Ik heb een resetlink naar je mobiele nummer gestuurd. Stel zelf een nieuw wachtwoord in en deel het met niemand. Ticket: {order}."),
        ("Nieuwe medewerker", "Per {date} start er een nieuwe collega. Kunnen jullie een account en laptop regelen?",
         "Komt goed: een {product:hw} en een licentie {product:lic}. Eenmalige kosten {amount|900|1600}."),
        ("Printer print leeg", "De {product:hw} print alleen nog lege pagina's.", "We kijken om {time} op afstand mee. Ticketnummer {order}."),
        ("Back-up mislukt", "We kregen een melding dat de back-up van vannacht is mislukt.", "De NAS had een volle schijf. Opgelost, de nieuwe back-up van {time} is geslaagd."),
        ("Verdachte mail", "Ik kreeg een mail van 'de bank' met een link en heb erop geklikt, maar niets ingevuld.",
         "Goed dat je het meldt. We hebben je sessies afgemeld en MFA gecontroleerd. Ticket {order}."),
        ("Uit dienst", "Een collega gaat per {date} uit dienst. Graag het account blokkeren en de mailbox doorsturen naar de manager.",
         "Ingepland voor {date} om {time}."),
        ("Extra licenties", "Wat kost het om drie extra licenties {product:lic} af te nemen?", "Dat is {amount|12|70} per gebruiker per maand."),
        ("Wifi traag", "Het wifi in de achterkamer valt steeds weg.", "We plaatsen {date} een extra {product:hw}; kosten {amount|180|420} incl. installatie."),
    ],
    topics_en=[
        ("Cannot log in", "I can't log in to Outlook any more; I think my password expired.", "I sent a reset link to your mobile. Please choose a new password yourself. Ticket {order}."),
        ("New starter", "A new colleague starts on {date}. Could you prepare an account and a laptop?", "Will do: a {product:hw} plus a {product:lic} licence, one-off {amount|900|1600}."),
        ("Backup failed", "We got an alert that last night's backup failed.", "The NAS disk was full. Fixed; the new backup at {time} succeeded."),
        ("Printer", "The {product:hw} only prints blank pages.", "We will connect remotely at {time}. Ticket {order}."),
    ])

SECTORS["bouw"] = dict(
    name="bouwbedrijf", en="construction company",
    companies=L("""Bouwbedrijf Van Hees, Aannemersbedrijf De Fundering, Bouwgroep Noord B.V., Timmerbedrijf Vakwerk,
    Renovatie & Verbouw Oost, Bouwonderneming Stevig, Dakdekkersbedrijf Hoog & Droog, Stukadoorsbedrijf Glad,
    Aannemersbedrijf Gebroeders Blok, Bouwbedrijf Het Fundament"""),
    subs=L("Elektro Noord,Loodgietersbedrijf Druppel,Tegelzetter Vlak,Schilderwerken Kleurrijk,Steigerbouw Hoog,Kozijnfabriek Raam & Deur"),
    products={"mat": ["Gyproc gipsplaat 12,5 mm"] + L("Velux GGL MK06,kunststof kozijnen RAL 9001,Isover Multimax,kalkzandsteen 10 cm,schuifpui Reynaers CP 130,hardhouten kozijn meranti,Rockwool Rockfit 433")},
    order=lambda: R.choice([f"MW-{digits(3, True)}", f"PRJ {Y()}-{digits(3, True)}", f"OF-{digits(5, True)}", f"T{digits(2, True)}-{digits(4)}"]),
    roles=L("uitvoerder,projectleider,werkvoorbereider,calculator,planner"),
    topics_nl=[
        ("Meerwerk vloer", "Tijdens de sloop bleek de vloer rot. Het vervangen valt onder meerwerk {order}: {amount|900|4500} excl. btw.",
         "Akkoord, gaan jullie maar door."),
        ("Oplevering", "De oplevering van de woning is gepland op {date} om {time}.", "Prima, wij zijn aanwezig. Is de restpost van {amount|50|400} dan verwerkt?"),
        ("Planning onderaannemers", "De elektricien komt {date}, de stukadoor pas {date2}.", "Kan de stukadoor niet eerder? Anders schuift de oplevering op."),
        ("Opleverpunten", "Bij de voorschouw zijn zeven punten genoteerd, onder andere een klemmende deur en een kras op een nieuw onderdeel ({product:mat}).",
         "Die worden binnen twee weken hersteld."),
        ("Termijnfactuur", "Termijn 3 ({amount|8000|24000}) is gefactureerd onder {order}.", "We betalen na controle van de voortgang op de bouwplaats."),
        ("Vorst", "Door de vorst kan er {date} niet gestort worden. De nieuwe datum wordt {date2}.", "Dank voor het bericht."),
        ("Levering kozijnen", "De {product:mat} worden {date} tussen {time} en {time2} geleverd. Is de oprit vrij?", "Ja, de auto staat dan bij de buren."),
    ],
    topics_en=[
        ("Extra work", "During demolition the floor turned out to be rotten. Replacing it is extra work {order}: {amount|900|4500} excl. VAT.", "Agreed, please go ahead."),
        ("Handover", "The handover of the house is planned for {date} at {time}.", "Fine, we will be there."),
        ("Delay", "Because of frost we cannot pour concrete on {date}. New date: {date2}.", "Thanks for letting us know."),
        ("Bathroom renovation", "We would like a quote to renovate our bathroom.", "We can visit on {date} at {time}; quote {order} follows afterwards."),
    ])

SECTORS["horeca"] = dict(
    name="horecabedrijf", en="restaurant", hours=(11, 21),
    companies=L("""Restaurant De Gouden Leeuw, Eetcafé 't Hoekje, Brasserie Bij de Haven, Grand Café Centraal,
    Bistro Zout, Lunchroom De Zoete Inval, Strandpaviljoen Zilt, Hotel-Restaurant De Zwaan, Café De Tapperij,
    Restaurant Smaak, Pannenkoekenhuis De Molen"""),
    products={"menu": L("Chef's Menu,3-gangen keuzemenu,high tea,borrelplank groot,lunchbuffet deluxe,walking dinner,brunch arrangement")},
    order=lambda: R.choice([f"#{digits(5, True)}", f"RES-{digits(5, True)}", f"{Y()}-{digits(4)}", f"Bon {digits(4, True)}".split()[1]]),
    roles=L("bedrijfsleider,floormanager,chef-kok,gastvrouw,sous-chef,eigenaar"),
    topics_nl=[
        ("Reservering", "Ik wil graag een tafel reserveren voor zes personen op {date} om {time}.", "Uw reservering staat genoteerd onder {order}. Tot dan!"),
        ("Bedrijfsdiner", "Voor een bedrijfsuitje zoeken we een zaal voor 25 personen op {date}.", "Dat kan. Het {product:menu} kost {amount|39|75} p.p."),
        ("Dienst ruilen", "Kan iemand mijn dienst van {date} ({time}-{time2}) overnemen?", "Ik neem hem wel!"),
        ("Aantal personen", "We komen {date} met vier in plaats van zes personen.", "Aangepast, tot {time}!"),
        ("Klacht", "We hebben {date} erg lang moeten wachten op het hoofdgerecht.", "Excuses. Graag bieden we u een waardebon van {amount|25|50} aan."),
        ("No-show", "U had gereserveerd voor {date} maar bent niet verschenen. Wij brengen {amount|15|25} p.p. in rekening.", "Sorry, ik was vergeten af te zeggen."),
        ("Rooster volgende week", "Het rooster voor volgende week staat online. {staff} staat {date} dubbel ingepland, wie kan ruilen?", "Ik kan {date} vanaf {time}."),
    ],
    topics_en=[
        ("Table reservation", "I'd like to book a table for six on {date} at {time}.", "Your booking is confirmed under {order}. See you then!"),
        ("Company dinner", "We are looking for a private room for 25 people on {date}.", "That is possible. The {product:menu} is {amount|39|75} per person."),
        ("Complaint", "We had to wait very long for our main course on {date}.", "Apologies. We would like to offer you a voucher of {amount|25|50}."),
    ])

SECTORS["sport"] = dict(
    name="sportschool of vereniging", en="gym or sports club",
    companies=L("""Sportschool FitZone, Atletiekvereniging Spurt, Tennisclub De Lobbers, Hockeyclub Rood-Wit,
    Zwemvereniging De Dolfijn, Sportcentrum Move, Gym Power Noord, Korfbalvereniging Vitesse '28, Boksschool The Corner,
    Voetbalvereniging SV Zuidoost, Badmintonclub Shuttle, Roeivereniging De Hoop"""),
    products={"abo": L("Jaarabonnement All-in,10-rittenkaart,Personal Training 5x,Lidmaatschap Senior,Jeugdlidmaatschap,Flex abonnement,Gezinslidmaatschap")},
    order=lambda: R.choice([f"CB-{digits(5, True)}", f"INC-{Y()}-{digits(3, True)}", f"F{digits(6, True)}", f"CON-{digits(4, True)}"]),
    roles=L("ledenadministratie,penningmeester,secretaris,clubmanager,trainer,receptie"),
    topics_nl=[
        ("Contributie dubbel afgeschreven", "De contributie van {amount|120|360} is twee keer afgeschreven.", "Excuses, de tweede incasso wordt binnen vijf werkdagen teruggestort."),
        ("Opzeggen", "Ik wil mijn {product:abo} opzeggen per {date}.", "Uw opzegging is verwerkt. De laatste incasso van {amount|25|60} volgt nog."),
        ("Abonnement pauzeren", "Kan ik mijn abonnement twee maanden pauzeren?", "Dat kan vanaf {date}; we rekenen {amount|5|15} administratiekosten."),
        ("Bardienst", "Wie kan {date} bardienst draaien van {time} tot {time2}?", "Ik kan!"),
        ("Proeftraining", "Onze zoon wil graag lid worden. Wanneer kan hij een proeftraining doen?", "{date} om {time} bij de jeugd, vraag naar {staff}."),
        ("Incasso gestorneerd", "De incasso van {date} is gestorneerd.", "Ik maak {amount|25|90} vandaag over."),
        ("Toernooi", "Voor het toernooi van {date} zoeken we nog chauffeurs. Vertrek om {time}.", "Ik kan rijden, heb plek voor drie kinderen."),
    ],
    topics_en=[
        ("Fee charged twice", "My membership fee of {amount|120|360} was charged twice.", "Apologies, the second debit will be refunded within five working days."),
        ("Cancel membership", "I would like to cancel my {product:abo} as of {date}.", "Your cancellation has been processed."),
        ("Trial session", "My daughter would like to join. When can she do a trial session?", "{date} at {time}, ask for {staff}."),
    ])

SECTORS["juridisch"] = dict(
    name="advocaten- of notariskantoor", en="law or notary firm",
    companies=L("""Advocatenkantoor De Wit & Partners, Notariskantoor Zuidas, Advocaten Lindenhof, Notariaat Rijnland,
    Hofstad Advocaten, Notarispraktijk Het Plein, Advocatenkollektief Oost, Kantoor Meerzicht Advocaten & Mediators"""),
    products={"doc": L("akte van levering,samenlevingscontract,testament,levenstestament,huwelijkse voorwaarden,statutenwijziging")},
    order=lambda: R.choice([f"{Y()}.0{digits(4)}", f"{digits(4, True)}/{digits(2)}", f"C/13/7{digits(5)}", f"D{Y()}{digits(4)}", f"{Y()}-{digits(5)}"]),
    roles=L("advocaat,notaris,kandidaat-notaris,secretaresse,juridisch medewerker,paralegal"),
    topics_nl=[
        ("Concept akte", "Bijgaand het concept van de akte ({product:doc}). Het passeren is gepland op {date} om {time}.", "Dank, wij hebben nog een vraag over de kosten koper."),
        ("Voorschot", "Voor de behandeling van uw zaak vragen wij een voorschot van {amount|500|2500} onder vermelding van dossier {order}.", "Ik maak het bedrag deze week over."),
        ("Zitting", "De mondelinge behandeling is bepaald op {date} om {time}.", "Moet ik daarbij aanwezig zijn?"),
        ("Testament aanpassen", "Wij willen graag ons testament laten aanpassen.", "Een bespreking kan op {date}. De kosten bedragen {amount|350|900} incl. btw."),
        ("Nota van afrekening", "De nota van afrekening voor de levering op {date} is bijgevoegd; u dient {amount|1200|25000} over te maken.", "Ontvangen, dank u."),
        ("Borg", "Mijn verhuurder weigert de borg van {amount|800|2200} terug te betalen.", "Wij sturen namens u een sommatie met een termijn van veertien dagen."),
        ("Termijn verweer", "De termijn voor het indienen van het verweer verloopt op {date}.", "Kunt u uitstel vragen? Ik lever de stukken uiterlijk {date2} aan."),
    ],
    topics_en=[
        ("Draft deed", "Attached is the draft {product:doc}. Signing at the notary is scheduled for {date} at {time}.", "Thank you, we have a question about the costs."),
        ("Advance payment", "We kindly ask for an advance of {amount|500|2500}, quoting file {order}.", "I will transfer the amount this week."),
        ("Hearing", "The oral hearing has been scheduled for {date} at {time}.", "Do I need to attend?"),
        ("Deposit not returned", "My landlord refuses to return my deposit of {amount|800|2200}.", "We will send a formal demand on your behalf with a 14-day deadline."),
    ])

SECTORS["wonen"] = dict(
    name="gemeente of woningcorporatie", en="municipality or housing corporation",
    companies=L("""Woonstichting Thuis, Woningcorporatie De Sleutel, WoonGoed Oost, Stichting Huurwoningen Centrum,
    Wooncompagnie Noord, Gemeente Zwolle, Gemeente Almere, Gemeente Tilburg, Gemeente Leeuwarden, Gemeente Zaanstad,
    Woonzorg Team Rijnstraat"""),
    products={"x": L("parkeervergunning bewoners,afvalpas,huurtoeslag-verklaring")},
    order=lambda: R.choice([f"K{Y()}-{digits(5)}", f"Z-{digits(6, True)}", f"RV-{digits(5, True)}", f"{Y()}/{digits(5)}", f"MOR-{digits(6, True)}"]),
    roles=L("klantadviseur,wijkconsulent,medewerker Burgerzaken,huurconsulent,medewerker Vergunningen,opzichter"),
    topics_nl=[
        ("Reparatieverzoek", "De kraan in de badkamer lekt al een week.", "Uw reparatieverzoek {order} is ingepland op {date} tussen {time} en {time2}."),
        ("Melding grofvuil", "Er staat al dagen grofvuil naast de container bij ons portiek.", "Dank voor uw melding {order}. Handhaving komt {date} kijken."),
        ("Huurverhoging", "Ik ben het niet eens met de huurverhoging van {amount|20|80} per maand.", "U kunt bezwaar maken tot {date}."),
        ("Parkeervergunning", "Ik wil een parkeervergunning aanvragen voor mijn auto met kenteken {plate}.", "De vergunning kost {amount|45|180} per jaar. U ontvangt de beschikking voor {date}."),
        ("Huurachterstand", "Er staat een huurachterstand van {amount|300|1600}. Wij bieden een betalingsregeling aan.", "Kan ik het in vier termijnen betalen?"),
        ("Geluidsoverlast", "De buren boven hebben 's nachts steeds harde muziek aan.", "Uw klacht is geregistreerd onder {order}. De wijkconsulent neemt contact op."),
        ("Schimmel", "In de slaapkamer zit schimmel op het plafond.", "De opzichter komt {date} om {time} kijken."),
    ],
    topics_en=[
        ("Repair request", "The bathroom tap has been leaking for a week.", "Your repair request {order} is scheduled for {date} between {time} and {time2}."),
        ("Parking permit", "I would like a resident parking permit for my car, registration {plate}.", "The permit costs {amount|45|180} per year."),
        ("Noise complaint", "The upstairs neighbours play loud music at night.", "Your complaint has been registered as {order}."),
    ])

SECTORS["webshop"] = dict(
    name="webwinkel", en="web shop",
    companies=L("""FietsOnderdelenShop.nl, Kinderkleding Online, Boekenhoek.nl, HuisEnTuin Direct, SneakerVault, KeukenKado,
    Elektroshop Noord, Pixelwinkel, Outdoorwinkel Trektocht, Dierenspeciaalzaak Online"""),
    products={"p": L("Sony WH-1000XM5,Philips Airfryer XXL,Nike Air Max 90 maat 42,Bosch GSR 18V accuboormachine,Lego Technic 42143,Samsung Galaxy Buds3,Dyson V15 Detect,Fjällräven Kånken rugzak,KitchenAid Artisan mixer,Garmin Forerunner 265,Shimano XT remblokken,Tefal Ingenio pannenset")},
    order=lambda: R.choice([f"#{digits(7, True)}", f"ORD-{Y()}-{digits(5)}", f"RMA-{digits(5, True)}", f"NL{digits(8, True)}", f"WS{digits(6, True)}"]),
    roles=L("klantenservice,retourafdeling,webcare,magazijn"),
    topics_nl=[
        ("Retour", "Ik wil de {product} retourneren, hij past niet.", "Uw retour {order} is aangemeld. Het bedrag van {amount|20|450} wordt binnen 14 dagen teruggestort."),
        ("Pakket niet ontvangen", "Mijn bestelling {order} is volgens de vervoerder bezorgd, maar ik heb niets ontvangen.", "We hebben een onderzoek gestart bij de vervoerder."),
        ("Defect", "De {product} doet het niet meer na drie weken.", "Stuur het product terug met RMA-nummer {order}."),
        ("Terugbetaling", "Ik wacht nog steeds op de terugbetaling van {amount|20|450}.", "De terugbetaling is op {date} verwerkt."),
        ("Verkeerde maat", "Ik kreeg maat 38 in plaats van 40.", "Excuses! Omruilen is gratis; het nieuwe pakket gaat {date} de deur uit."),
        ("Levering", "Wanneer wordt bestelling {order} bezorgd?", "Verwachte bezorging: {date} tussen {time} en {time2}."),
    ],
    topics_en=[
        ("Return", "I'd like to return the {product}; it doesn't fit.", "Your return {order} is registered. {amount|20|450} will be refunded within 14 days."),
        ("Parcel not received", "My order {order} shows as delivered but I received nothing.", "We opened an investigation with the carrier."),
        ("Broken item", "The {product} stopped working after three weeks.", "Please send it back with RMA number {order}."),
    ])

SECTORS["garage"] = dict(
    name="garage", en="garage",
    companies=L("""Autobedrijf Wielens, Garage De Zuid, Autoservice Centrum, APK Station Oost, Bandenservice Snel,
    Autoschade Herstel Noord, Car Clinic, Garagebedrijf Motorhuis, Autobedrijf De Ring"""),
    products={"p": L("Michelin Primacy 4 205/55 R16,Bosch S4 accu,distributieriemset,remblokken voor,Castrol Edge 5W-30,Vredestein Quatrac,ruitenwisserset Bosch Aerotwin")},
    order=lambda: R.choice([f"WO-{digits(6, True)}", f"G{Y()}-{digits(4)}", f"{digits(5, True)}", f"OFF-{digits(4, True)}"]),
    roles=L("werkplaatschef,monteur,receptie,serviceadviseur,schadehersteller"),
    topics_nl=[
        ("APK", "De APK van de auto met kenteken {plate} verloopt {date}. Wilt u een afspraak maken?", "Graag op {date2} om {time}."),
        ("Auto staat klaar", "Uw auto met kenteken {plate} staat klaar. Kosten {amount|180|950}, werkorder {order}.", "Top, ik haal hem om {time} op."),
        ("Bandenwissel", "Kunnen jullie de winterbanden omwisselen? Ze liggen bij jullie in opslag.", "{date} om {time}; {amount|40|75} inclusief balanceren."),
        ("Schade", "Ik heb schade aan de achterbumper. Kunnen jullie een schatting maken?", "De schatting is ongeveer {amount|350|1500}. Gaat het via de verzekering?"),
        ("Distributieriem", "Wat kost het vervangen van de {product}?", "{amount|450|900} inclusief waterpomp. We hebben plek op {date}."),
        ("Vervangend vervoer", "Is er een leenauto beschikbaar als mijn auto ({plate}) {date} binnen is?", "Ja, die staat om {time} klaar."),
    ],
    topics_en=[
        ("MOT due", "The MOT (APK) for the car with registration {plate} expires on {date}.", "Please book me in on {date2} at {time}."),
        ("Car ready", "Your car ({plate}) is ready. Cost {amount|180|950}, work order {order}.", "Great, I'll pick it up at {time}."),
        ("Tyre change", "Could you swap my winter tyres?", "{date} at {time}; {amount|40|75} including balancing."),
    ])

SECTOR_KEYS = sorted(SECTORS)


def make_company(S):
    return R.choice(S["companies"])


def company_domain(c):
    c = re.sub(r"\b(B\.?V\.?|BV)\b", "", c)
    if c.endswith(".nl"):
        return c.lower()
    return slug(c.replace("&", "en")) + R.choice([".nl", ".nl", ".nl", ".com"])


SERVICES = {
    "install": ["Onderhoud cv-ketel", "Voorrijkosten", "Arbeid monteur", "Inbedrijfstelling warmtepomp", "Montage omvormer", "Vervangen expansievat", "Bijvullen en ontluchten"],
    "kinder": ["Opvang KDV (uren)", "Extra opvangdag", "BSO studiedag", "Verlengde opvang", "Inschrijfgeld"],
    "zorgadmin": ["Consult", "Periodieke controle", "Gebitsreiniging per 5 min.", "Behandeling 30 minuten", "Niet nagekomen afspraak", "Administratiekosten"],
    "hovenier": ["Snoeiwerk haag", "Afvoer groenafval", "Arbeid hovenier", "Leveren en planten", "Bestrating leggen per m2", "Maaien en kantensteken"],
    "it": ["Werkplekbeheer per maand", "Licentie per gebruiker", "Installatie laptop", "Remote support (uur)", "Back-up opslag 1 TB", "Voorrijkosten"],
    "bouw": ["Termijn ruwbouw", "Meerwerk vloer", "Stelpost sanitair", "Arbeid timmerman", "Container afvoer", "Steigerhuur per week"],
    "horeca": ["Zaalhuur", "Diner p.p.", "Drankarrangement", "Borrelgarnituur", "Bediening extra uur"],
    "sport": ["Contributie seizoen", "Bondsbijdrage", "Kledingpakket", "Inschrijfgeld", "Personal training"],
    "juridisch": ["Honorarium", "Kantoorkosten 5%", "Griffierecht", "Akte en inschrijving Kadaster", "Uittreksel BRP", "Kosten deurwaarder"],
    "wonen": ["Kale huur", "Servicekosten", "Stookkosten voorschot", "Parkeervergunning", "Leges"],
    "webshop": ["Verzendkosten", "Cadeauverpakking", "Retourkosten", "Montageservice"],
    "garage": ["APK-keuring", "Arbeid werkplaats", "Afvoer oude banden", "Milieutoeslag", "Kleine onderhoudsbeurt", "Uitlijnen"],
}

NL_INSURERS = L("Zilveren Kruis,CZ,VGZ,Menzis,DSW,ONVZ,a.s.r.,Zorg en Zekerheid,ENO")


def pick(*fns):
    return R.choice(fns)()


def split_sent(s):
    """Split into sentences, never inside a marked span."""
    out, cur, inside = [], "", False
    i = 0
    while i < len(s):
        c = s[i]
        cur += c
        if c == M0:
            inside = True
        elif c == M1:
            inside = False
        elif c in ".!?" and not inside and i + 1 < len(s) and s[i + 1] == " ":
            nxt = s[i + 2:i + 3]
            if nxt and (nxt.isupper() or nxt == M0 or nxt.isdigit()):
                out.append(cur.strip())
                cur = ""
        i += 1
    if cur.strip():
        out.append(cur.strip())
    return out


def greet(d, p, formal=None):
    lang = d.lang
    formal = p_(0.5) if formal is None else formal
    if lang == "en":
        if formal:
            return pick(lambda: f"Dear {'Ms' if p.g == 'F' else 'Mr'} {d.nm(p, 'sur')},", lambda: "Dear Sir or Madam,",
                        lambda: f"Dear {d.nm(p, 'full')},")
        return pick(lambda: f"Hi {d.nm(p, 'first')},", lambda: f"Hello {d.nm(p, 'first')},", lambda: f"Hi {d.nm(p, 'first')}!")
    if formal:
        t = "mevrouw" if p.g == "F" else "heer"
        t2 = "mevrouw" if p.g == "F" else ("meneer" if lang == "nl" else "mijnheer")
        return pick(lambda: f"Geachte {t} {d.nm(p, 'sur')},", lambda: "Geachte heer/mevrouw,", lambda: f"Beste {t2} {d.nm(p, 'sur')},",
                    lambda: f"Geachte {t} {d.nm(p, 'init')},", lambda: f"Geachte {t} {d.nm(p, 'sur')}," if lang == "nl" else "Geachte,")
    if lang == "vl":
        return pick(lambda: f"Dag {d.nm(p, 'first')},", lambda: f"Beste {d.nm(p, 'first')},", lambda: f"Hallo {d.nm(p, 'first')},",
                    lambda: f"Goeiedag {d.nm(p, 'first')},")
    return pick(lambda: f"Hoi {d.nm(p, 'first')},", lambda: f"Hallo {d.nm(p, 'first')},", lambda: f"Beste {d.nm(p, 'first')},",
                lambda: f"Goedemorgen {d.nm(p, 'first')},", lambda: f"Dag {d.nm(p, 'first')},", lambda: f"Hi {d.nm(p, 'first')},")


def greet_company(d):
    return R.choice({"nl": ["Goedemiddag,", "Beste medewerker,", "Hallo,", "Goedemorgen,", "Geachte heer/mevrouw,", "Beste mensen,", "Hoi,"],
                     "vl": ["Goeiedag,", "Beste,", "Dag,", "Hallo,", "Geachte,", "Beste mensen,"],
                     "en": ["Hello,", "Dear team,", "Hi there,", "Good morning,", "Dear Sir or Madam,"]}[d.lang])


def closing(d):
    return R.choice({"nl": ["Met vriendelijke groet,", "Met vriendelijke groeten,", "Vriendelijke groet,", "Groet,", "Groeten,", "Mvg,",
                            "Gr.", "Hartelijke groet,", "Alvast bedankt,", "Bedankt en groet,", "Met hartelijke groet,"],
                     "vl": ["Met vriendelijke groeten,", "Vriendelijke groeten,", "Mvg,", "Groetjes,", "Alvast bedankt!", "Met de meeste hoogachting,", "Dank bij voorbaat,"],
                     "en": ["Kind regards,", "Best regards,", "Best,", "Thanks,", "Cheers,", "Regards,", "Many thanks,"]}[d.lang])


def lbl(d, key):
    T = {
        "phone": {"nl": ["Tel.", "Tel:", "T", "Mobiel:", "M", "Mob.", "Telefoon:", "tel"], "vl": ["gsm", "GSM:", "Tel.", "T", "Gsm:"], "en": ["Phone:", "Mobile:", "T:", "M:", "Tel:"]},
        "email": {"nl": ["E-mail:", "E", "Mail:", "e-mail:"], "vl": ["E-mail:", "Mail:", "E"], "en": ["Email:", "E:", "Mail:"]},
        "addr": {"nl": ["Adres:", "Adres", "Woonadres:"], "vl": ["Adres:", "Adres", "Domicilie:"], "en": ["Address:", "Home address:"]},
        "name": {"nl": ["Naam:", "Naam", "Klant:"], "vl": ["Naam:", "Naam", "Klant:"], "en": ["Name:", "Customer:", "Name"]},
        "dob": {"nl": ["Geboortedatum:", "Geb. datum:", "Geboren:", "Geb.:"], "vl": ["Geboortedatum:", "Geboren op:"], "en": ["Date of birth:", "DOB:", "Born:"]},
        "iban": {"nl": ["IBAN:", "Rekeningnummer:", "Bankrekening (IBAN):", "IBAN"], "vl": ["IBAN:", "Rekeningnummer:", "Bankrekening:"], "en": ["IBAN:", "Bank account (IBAN):"]},
        "plate": {"nl": ["Kenteken:", "Kenteken", "Kent.:"], "vl": ["Kenteken:", "Nummerplaat:"], "en": ["Registration:", "Licence plate:", "Plate:"]},
    }
    v = R.choice(T[key][d.lang])
    return v if v.endswith(":") or v.endswith(".") else v


def sign(d, p, role=None, phone=None, email=None, name_style=None, work=False):
    lang = d.lang
    lines = []
    ns = name_style or R.choice(["full", "full", "full", "first", "init"])
    nline = d.nm(p, ns)
    if role and p_(0.4):
        nline += R.choice([" | ", " - ", ", "]) + role
        role = None
    lines.append(nline)
    if role:
        lines.append(role + (f" | {d.company}" if p_(0.5) else ""))
    elif work and p_(0.6):
        lines.append(d.company)
    phone = p_(0.5) if phone is None else phone
    email = p_(0.3) if email is None else email
    if phone:
        lines.append(f"{lbl(d, 'phone')} {d.phone(p)}".strip() if p_(0.85) else d.phone(p))
    if email:
        lines.append(f"{lbl(d, 'email')} {d.email(p, work=work)}" if p_(0.7) else d.email(p, work=work))
    return "\n".join(lines)


def contact_sentence(d, p, kind=None):
    """A sentence in which the writer gives (some of) their own contact details."""
    lang = d.lang
    if kind == "addr":
        return {"nl": pick(lambda: f"Mijn adres is {d.addr_line(p, R.choice([0, 3, 5]))}.", lambda: f"Het gaat om ons huis aan de {d.street(p)} in {d.city(p)}.",
                           lambda: f"Adres: {d.street(p)}, {d.pc(p)} {d.city(p)}."),
                "vl": None, "en": None}[lang] if lang == "nl" else (f"My address is {d.addr_line(p, 0)}." if lang == "en" else f"Mijn adres is {d.addr_line(p, 0)}.")
    if kind == "phone":
        return {"nl": lambda: pick(lambda: f"U kunt mij bereiken op {d.phone(p)}.", lambda: f"Ik ben overdag bereikbaar op {d.phone(p)}.", lambda: f"Bel gerust: {d.phone(p)}."),
                "vl": lambda: pick(lambda: f"U kunt mij bereiken op {d.phone(p)}.", lambda: f"Bel gerust naar mijn gsm: {d.phone(p)}."),
                "en": lambda: pick(lambda: f"You can reach me on {d.phone(p)}.", lambda: f"Please call me back on {d.phone(p)} (after 5 pm).")}[lang]()
    if lang == "en":
        return pick(lambda: f"You can reach me on {d.phone(p)}.", lambda: f"My address is {d.addr_line(p, 0)}.",
                    lambda: f"Please call me back on {d.phone(p)} (after 5 pm).", lambda: f"Address: {d.street(p)}, {d.city(p)}. Phone {d.phone(p)}.")
    if lang == "vl":
        return pick(lambda: f"U kunt mij bereiken op {d.phone(p)}.", lambda: f"Mijn adres is {d.addr_line(p, 0)}.",
                    lambda: f"Bel gerust naar mijn gsm: {d.phone(p)}.", lambda: f"Het gaat om de woning in de {d.street(p)} in {d.city(p)}.")
    return pick(lambda: f"U kunt mij bereiken op {d.phone(p)}.", lambda: f"Mijn adres is {d.addr_line(p, R.choice([0, 3, 5]))}.",
                lambda: f"Ik ben overdag bereikbaar op {d.phone(p)}.", lambda: f"Het gaat om ons huis aan de {d.street(p)} in {d.city(p)}.",
                lambda: f"Bel gerust: {d.phone(p)}.", lambda: f"Adres: {d.street(p)}, {d.pc(p)} {d.city(p)}.",
                lambda: f"Mijn mobiele nummer is {d.phone(p, True)}, mailen mag ook naar {d.email(p)}.")


def hdr_labels(d):
    return {"nl": ("Van:", "Aan:", "Onderwerp:", "Datum:", "Verzonden:", "CC:"), "vl": ("Van:", "Aan:", "Onderwerp:", "Datum:", "Verzonden:", "CC:"),
            "en": ("From:", "To:", "Subject:", "Date:", "Sent:", "Cc:")}[d.lang]


def mail_dt(d):
    dt = rand_day()
    h, mi = R.randint(7, 21), R.randint(0, 59)
    if d.lang == "en":
        return f"{WD_EN[dt.weekday()]}, {dt.day} {MONTHS_EN[dt.month - 1]} {dt.year} {h:02d}:{mi:02d}", dt, h, mi
    return f"{WD_NL[dt.weekday()]} {dt.day} {MONTHS_NL[dt.month - 1]} {dt.year} {h:02d}:{mi:02d}", dt, h, mi


def company_box(d):
    box = R.choice(["info", "planning", "service", "administratie", "klantenservice", "secretariaat", "receptie", "helpdesk", "ledenadministratie", "reserveringen"])
    return f"{box}@{d.domain}"


# ---------------------------------------------------------------------------
# Normal documents (personal data, nothing to refuse)
# ---------------------------------------------------------------------------
def f_email_client(d):
    t, p = d.topic("c"), d.client
    Fr, To, Su, Da, _, _ = hdr_labels(d)
    out = []
    if p_(0.6):
        out.append(f"{Fr} {d.nm(p, 'full')} <{d.email(p)}>" if p_(0.7) else f"{Fr} {d.email(p)}")
        out.append(f"{To} {company_box(d)}")
        if p_(0.4):
            out.append(f"{Da} {mail_dt(d)[0]}")
        out.append(f"{Su} {t['subject']}")
        out.append("")
    else:
        out.append(f"{Su} {t['subject']}\n")
    out.append(greet_company(d) if p_(0.7) else greet(d, d.staff, False))
    out.append("")
    body = t["client_msg"]
    if p_(0.7):
        if p_(0.3):
            body += " " + contact_sentence(d, p, "phone") + " " + contact_sentence(d, p, "addr")
        else:
            body += " " + contact_sentence(d, p)
    out.append(body)
    out.append("")
    out.append(closing(d))
    out.append(sign(d, p, phone=p_(0.4), email=False, name_style=R.choice(["full", "full", "first", "init", "full"])))
    return "\n".join(out)


def f_email_business(d):
    t, p = d.topic(), d.client
    Fr, To, Su, Da, _, _ = hdr_labels(d)
    out = []
    if p_(0.5):
        out.append(f"{To} {d.email(p)}")
        out.append(f"{Su} {'RE: ' if p_(0.3) else ''}{t['subject']}")
        out.append("")
    out.append(greet(d, p))
    out.append("")
    if t["starter"] == "c":
        lead = R.choice({"nl": ["Dank voor uw bericht.", "Naar aanleiding van ons telefoongesprek van vanochtend:", "Hierbij de bevestiging.", "Zoals besproken:", ""],
                         "vl": ["Bedankt voor uw bericht.", "Zoals telefonisch besproken:", "Hierbij de bevestiging.", ""],
                         "en": ["Thank you for your message.", "Following our phone call this morning:", "As discussed:", ""]}[d.lang])
    else:
        lead = ""
    out.append((lead + " " if lead else "") + t["biz_msg"])
    if p_(0.35):
        out.append("")
        out.append({"nl": f"We hebben genoteerd: {d.addr_line(p, 0)}, telefoon {d.phone(p)}. Klopt dit niet, laat het ons weten.",
                    "vl": f"Wij noteerden: {d.addr_line(p, 0)}, gsm {d.phone(p)}. Klopt dit niet, laat het ons dan weten.",
                    "en": f"We have your details as: {d.addr_line(p, 0)}, phone {d.phone(p)}. Let us know if this is incorrect."}[d.lang])
    out.append("")
    out.append(closing(d))
    out.append(sign(d, d.staff, role=R.choice(d.S["roles"]), phone=p_(0.5), email=p_(0.3), work=True))
    if p_(0.3):
        out.append(f"{d.company} | {company_box(d)}")
    return "\n".join(out)


def f_email_thread(d):
    t, p, q = d.topic("c"), d.client, d.staff
    Fr, To, Su, Da, Se, _ = hdr_labels(d)
    top = [greet(d, p, p_(0.4)), "", t["reply"], "", closing(d), sign(d, q, role=R.choice(d.S["roles"]), phone=p_(0.5), work=True)]
    dts, dt, h, mi = mail_dt(d)
    qs = R.randrange(5)
    pm = d.email(p)
    if qs == 0:
        if d.lang == "en":
            head = f"On {WD_EN_AB[dt.weekday()]}, {dt.day} {MONTHS_EN[dt.month - 1][:3]} {dt.year} at {h:02d}:{mi:02d}, {d.nm(p, 'full')} <{pm}> wrote:"
        else:
            head = f"Op {WD_NL_AB[dt.weekday()]} {dt.day} {MONTHS_NL_AB[dt.month - 1]} {dt.year} om {h:02d}:{mi:02d} schreef {d.nm(p, 'full')} <{pm}>:"
    elif qs == 1:
        head = ("-----Original Message-----" if d.lang == "en" else "-----Oorspronkelijk bericht-----") + \
               f"\n{Fr} {d.nm(p, 'full')} <{pm}>\n{Se} {dts}\n{To} {company_box(d)}\n{Su} {t['subject']}"
    elif qs == 2:
        head = "________________________________\n" + f"{Fr} {d.nm(p, R.choice(['full', 'caps_admin', 'admin']))} <{pm}>\n{Da} {dts}\n{Su} {t['subject']}"
    elif qs == 3:
        head = (f"Op {dt.day} {MONTHS_NL_AB[dt.month - 1]} {dt.year}, om {h:02d}:{mi:02d}, heeft {d.nm(p, 'full')} <{pm}> het volgende geschreven:"
                if d.lang != "en" else f"On {dt.day} {MONTHS_EN[dt.month - 1][:3]} {dt.year}, at {h:02d}:{mi:02d}, {d.nm(p, 'full')} <{pm}> wrote:")
    else:
        head = f"{Fr} {pm}\n{Se} {dts}"
    orig = [greet_company(d), "", t["ask"] + (" " + contact_sentence(d, p) if p_(0.6) else ""), "", closing(d), d.nm(p, R.choice(["full", "first", "full"]))]
    quote = p_(0.6)
    q_lines = [("> " + x) if quote else x for x in "\n".join(orig).split("\n")]
    if quote:
        q_lines = [x.rstrip() for x in q_lines]
    return "\n".join(top) + "\n\n" + head + "\n" + "\n".join(q_lines)


def _chat_fmt(style, dt, who, msg, lang):
    h, mi, s = dt.hour, dt.minute, dt.second
    h12, ap = (h % 12 or 12), ("AM" if h < 12 else "PM")
    if style == 0:
        return f"[{dt:%d-%m-%y} {h:02d}:{mi:02d}:{s:02d}] {who}: {msg}"
    if style == 1:
        return f"{dt:%d-%m-%Y} {h:02d}:{mi:02d} - {who}: {msg}"
    if style == 2:
        return f"{dt.month}/{dt.day}/{dt:%y}, {h12}:{mi:02d} {ap} - {who}: {msg}"
    if style == 3:
        return f"{who}  {h:02d}:{mi:02d}\n{msg}\n"
    if style == 4:
        return f"[{h:02d}:{mi:02d}] {who}: {msg}"
    if style == 5:
        return f"{dt:%Y-%m-%d} {h:02d}:{mi:02d} {who}: {msg}"
    if style == 6:
        return f"{who} ({dt.day} {MONTHS_NL_AB[dt.month - 1]} {h:02d}:{mi:02d}):\n{msg}"
    if style == 7:
        return f"{who}  {h12}:{mi:02d} {ap}\n{msg}\n"
    if style == 8:
        return f"{dt:%d/%m/%Y}, {h:02d}:{mi:02d} - {who}: {msg}"
    return f"{who} om {h:02d}:{mi:02d}: {msg}"


CHAT_OK = {"nl": ["top, dank je", "oke 👍", "👍", "prima", "helemaal goed", "ok, tot dan", "thx!", "dankjewel", "ja is goed", "super"],
           "vl": ["top, merci", "ok 👍", "👍", "prima", "in orde", "merci!", "ok, tot dan", "da's goed"],
           "en": ["great, thanks", "ok 👍", "👍", "perfect", "sounds good", "thanks!", "cool, see you then"]}


def f_chat(d):
    t, p, q = d.topic(internal=True), d.client, d.staff
    lang = d.lang
    style = R.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) if lang == "en" else R.choice([0, 1, 3, 4, 5, 6, 8, 9, 0, 1])
    pwho = pick(lambda: d.nm(p, "full"), lambda: d.nm(p, "first"), lambda: d.phone(p), lambda: d.nm(p, "full"),
                lambda: d.nm(p, "first") + " " + p.sur[0].upper() + ".")
    qwho = pick(lambda: d.nm(q, "first"), lambda: d.nm(q, "full"), lambda: d.nm(q, "first") + f" ({d.company})")
    msgs = []
    if p_(0.5):
        msgs.append(("q" if p_(0.3) else "p", R.choice({"nl": ["Goedemorgen!", "hoi", "Hallo, met " + d.nm(p, "first") + ".", "Hi!"],
                                                         "vl": ["Goeiemorgen!", "hallo", "Dag, met " + d.nm(p, "first") + "."],
                                                         "en": ["Good morning!", "hi", "Hello, it's " + d.nm(p, "first") + " here."]}[lang])))
    first, second = ("p", "q") if t["starter"] == "c" else ("q", "p")
    for s in split_sent(t["ask"]):
        msgs.append((first, s))
    for s in split_sent(t["reply"]):
        msgs.append((second, s))
    extra = R.randrange(5)
    if extra == 0:
        msgs.append(("q", {"nl": "Wat is het adres ook alweer?", "vl": "Wat is het adres juist?", "en": "What's the address again?"}[lang]))
        msgs.append(("p", d.addr_line(p, R.choice([0, 5]))))
    elif extra == 1 and M0 + d.phone_raw(p) + M1 != pwho:
        msgs.append(("p", {"nl": f"bel me anders even op {d.phone(p)}", "vl": f"bel anders eens naar {d.phone(p)}", "en": f"or call me on {d.phone(p)}"}[lang]))
    elif extra == 2:
        msgs.append(("q", {"nl": f"ik geef het door aan {d.nm(d.person(), 'first')}, die belt je terug",
                           "vl": f"ik geef het door aan {d.nm(d.person(), 'first')}, die belt u terug",
                           "en": f"I'll pass it on to {d.nm(d.person(), 'first')}, who will call you back"}[lang]))
    elif extra == 3:
        msgs.append(("p", {"nl": f"{d.nm(q, 'first_lc')} is het adres nog steeds {d.street(p)}? we zijn niet verhuisd hoor",
                           "vl": f"{d.nm(q, 'first_lc')}, het adres is nog altijd {d.street(p)}",
                           "en": f"{d.nm(q, 'first_lc')} the address is still {d.street(p)}"}[lang]))
    msgs.append(("p" if p_(0.6) else "q", R.choice(CHAT_OK[lang])))
    dt = datetime.datetime.combine(rand_day(), datetime.time(R.randint(7, 20), R.randint(0, 59), R.randint(0, 59)))
    lines = []
    if p_(0.3):
        lines.append(R.choice({"nl": ["WhatsApp-chat export", "Chatgeschiedenis", "Gekopieerd uit Teams:", "Export Signal-gesprek"],
                               "vl": ["WhatsApp-export", "Chatgeschiedenis", "Uit Teams gekopieerd:"],
                               "en": ["WhatsApp chat export", "Chat history", "Copied from Teams:"]}[lang]))
    for who, m in msgs:
        dt += datetime.timedelta(minutes=R.randint(0, 14), seconds=R.randint(0, 59))
        lines.append(_chat_fmt(style, dt, pwho if who == "p" else qwho, m, lang))
    return "\n".join(lines).rstrip()


def f_callnote(d):
    t, p, q = d.topic("c"), d.client, d.staff
    lang = d.lang
    dt = rand_day()
    if lang == "en":
        lines = [R.choice(["PHONE NOTE", "Call log", "Phone message"]),
                 f"Date/time: {dt:%d-%m-%Y}, {R.randint(8, 17):02d}:{R.randint(0, 59):02d}",
                 f"Taken by: {d.nm(q, R.choice(['first', 'full']))}",
                 f"Caller: {d.nm(p, R.choice(['full', 'title', 'title_full']))}",
                 f"Call back on: {d.phone(p)}",
                 f"Re: {t['subject']}",
                 f"Note: {t['ask']}",
                 f"Action: call back before {d.time(9, 16)}"]
        return "\n".join(lines)
    k = R.randrange(3)
    if k == 0:
        lines = [R.choice(["TELEFOONNOTITIE", "Telefoonnotitie", "Terugbelverzoek", "Gespreksnotitie telefoon"]),
                 f"Datum/tijd: {dt:%d-%m-%Y}, {R.randint(8, 17):02d}:{R.randint(0, 59):02d}",
                 f"Aangenomen door: {d.nm(q, R.choice(['first', 'full', 'init']))}",
                 f"Beller: {d.nm(p, R.choice(['full', 'title', 'title_full', 'admin']))}",
                 f"{R.choice(['Terugbelnummer:', 'Tel.:', 'Nummer:'])} {d.phone(p)}"]
        if p_(0.5):
            lines.append(f"{lbl(d, 'addr')} {d.addr_line(p, 0)}")
        lines += [f"Betreft: {t['subject']}", f"Notitie: {t['ask']}",
                  f"Actie: {d.nm(q, 'first')} belt terug {R.choice(['vóór', 'voor', 'na'])} {d.time(9, 16)}"]
        return "\n".join(lines)
    if k == 1:
        who = d.nm(p, R.choice(["title", "title_full", "full"]))
        return (f"{dt:%d-%m} {R.randint(8, 17)}:{R.randint(10, 59)} gebeld met {who} ({d.phone(p)}) ivm {t['subject'].lower() if M0 not in t['subject'] else t['subject']}. "
                f"{t['ask']} Afgesproken: {t['reply']} " + R.choice(["-" + q.first[:1].upper() + q.sur[:1].upper(), f"/{d.nm(q, 'first')}", ""])).strip()
    who = d.nm(p, R.choice(["full", "title"]))
    return "\n".join([f"Gebeld: {who}", f"Nr: {d.phone(p)}", f"Over: {t['subject']}", "", t["ask"], "",
                      f"→ {t['reply']}", f"→ {R.choice(['ingepland', 'doorgezet naar planning', 'mail gestuurd', 'in agenda gezet'])} ({d.nm(q, 'first')})"])


def f_voicemail(d):
    t, p = d.topic("c"), d.client
    lang = d.lang
    dt = rand_day()
    ph = d.phone(p)
    if lang == "en":
        body = f"\"Hi, this is {d.nm(p, 'full')}. {t['ask']} You can call me back on {ph}. Thanks, bye.\""
        return f"Voicemail - {dt:%d %b %Y}, {R.randint(8, 19):02d}:{R.randint(0, 59):02d} - from {ph}\nTranscript (automatic):\n{body}"
    intro = R.choice(["Ja goedemiddag, u spreekt met", "Hallo, met", "Goedemorgen, dit is", "Ja hoi, met"]) if lang == "nl" else R.choice(["Goeiedag, u spreekt met", "Dag, met", "Hallo, hier"])
    body = f"\"{intro} {d.nm(p, R.choice(['full', 'full', 'title_full']))}. {t['ask']} {R.choice(['Mijn nummer is', 'U kunt mij terugbellen op', 'Terugbellen kan op'])} {ph}. {R.choice(['Dank u wel, doei.', 'Fijne dag.', 'Dank u.', 'Groetjes.'])}\""
    head = R.choice([f"Voicemail {dt:%d-%m-%Y} {R.randint(8, 19):02d}:{R.randint(0, 59):02d} van {ph}",
                     f"Nieuwe voicemail ({R.randint(0, 2)}:{R.randint(10, 59)}) - {ph}",
                     f"Voicemailbericht - beller: {ph} - {dt:%d-%m} {R.randint(8, 19)}:{R.randint(10, 59)}"])
    return head + "\n" + R.choice(["Transcriptie:", "Automatische transcriptie:", "Tekst:"]) + "\n" + body


def f_sms(d):
    t, p = d.topic(), d.client
    lang = d.lang
    if p_(0.5):
        frm = d.phone(p)
        head = {"nl": f"SMS van {frm}:", "vl": f"Sms van {frm}:", "en": f"Text from {frm}:"}[lang]
        sig = d.nm(p, R.choice(["first", "full", "first"]))
        return f"{head}\n{R.choice(['Hoi', 'Hallo', 'Goedemorgen']) if lang != 'en' else 'Hi'}, {'met' if lang != 'en' else 'this is'} {sig}. {t['client_msg']}"
    msg = f"{R.choice({'nl': ['Beste', 'Hallo', 'Hoi'], 'vl': ['Beste', 'Dag'], 'en': ['Dear', 'Hi']}[lang])} {d.nm(p, R.choice(['first', 'title']))}, {t['biz_msg']} "
    msg += {"nl": f"Groet, {d.company}", "vl": f"Groeten, {d.company}", "en": f"Regards, {d.company}"}[lang]
    if p_(0.5):
        msg = {"nl": f"Aan: {d.phone(p)}\n", "vl": f"Aan: {d.phone(p)}\n", "en": f"To: {d.phone(p)}\n"}[lang] + msg
    return msg


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------
def csv_cell(s, sep):
    vis = s.replace(M0, "").replace(M1, "")
    if sep in vis or '"' in vis:
        return '"' + s + '"'
    return s


def render_table(headers, rows, layout=None):
    layout = layout or R.choice(["csv", "csv;", "tsv", "md", "aligned", "pipe"])
    if layout in ("csv", "csv;"):
        sep = "," if layout == "csv" else ";"
        return "\n".join(sep.join(csv_cell(c, sep) for c in r) for r in [headers] + rows)
    if layout == "tsv":
        return "\n".join("\t".join(r) for r in [headers] + rows)
    if layout == "md":
        out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
        out += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(out)
    if layout == "pipe":
        return "\n".join(" | ".join(r) for r in [headers] + rows)
    w = [max(vlen(r[i]) for r in [headers] + rows) for i in range(len(headers))]
    out = ["  ".join(vpad(c, w[i]) for i, c in enumerate(headers)).rstrip(),
           "  ".join("-" * w[i] for i in range(len(headers)))]
    out += ["  ".join(vpad(c, w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    return "\n".join(out)


def render_list(items_by_person, layout=None):
    """Non-table list of people: numbered lines, bullets or blocks."""
    layout = layout or R.choice(["num", "bullet", "block", "semi"])
    out = []
    for i, fields in enumerate(items_by_person, 1):
        if layout == "num":
            out.append(f"{i}. " + ", ".join(fields))
        elif layout == "bullet":
            out.append("- " + " - ".join(fields))
        elif layout == "semi":
            out.append("; ".join(fields))
        else:
            out.append("\n".join(fields) + "\n")
    return "\n".join(out).rstrip()


COLS = {
    "nl": {"name": "Naam", "first": "Voornaam", "last": "Achternaam", "phone": "Telefoon", "mobile": "Mobiel", "email": "E-mail",
           "street": "Adres", "pc": "Postcode", "city": "Plaats", "iban": "IBAN", "dob": "Geboortedatum", "plate": "Kenteken",
           "date": "Datum", "time": "Tijd", "amount": "Bedrag", "order": "Nummer", "product": "Product", "persons": "Pers.", "note": "Opmerking",
           "kid": "Kind", "parent": "Ouder", "staff": "Medewerker", "lidnr": "Lidnr"},
    "vl": {"name": "Naam", "first": "Voornaam", "last": "Familienaam", "phone": "Telefoon", "mobile": "Gsm", "email": "E-mail",
           "street": "Adres", "pc": "Postcode", "city": "Gemeente", "iban": "IBAN", "dob": "Geboortedatum", "plate": "Nummerplaat",
           "date": "Datum", "time": "Uur", "amount": "Bedrag", "order": "Nummer", "product": "Product", "persons": "Pers.", "note": "Opmerking",
           "kid": "Kind", "parent": "Ouder", "staff": "Medewerker", "lidnr": "Lidnr"},
    "en": {"name": "Name", "first": "First name", "last": "Last name", "phone": "Phone", "mobile": "Mobile", "email": "Email",
           "street": "Address", "pc": "Postcode", "city": "City", "iban": "IBAN", "dob": "Date of birth", "plate": "Plate",
           "date": "Date", "time": "Time", "amount": "Amount", "order": "Ref", "product": "Product", "persons": "Guests", "note": "Note",
           "kid": "Child", "parent": "Parent", "staff": "Staff", "lidnr": "Member no"},
}

NOTES = {
    "install": ["onderhoud ketel", "storing", "offerte WP", "panelen leggen", "inspectie", "ontluchten"],
    "kinder": ["ophalen oma", "extra dag", "wennen", "afgemeld", "studiedag"],
    "zorgadmin": ["controle", "intake", "nota opvragen", "verzetten", "herinnering"],
    "hovenier": ["haag snoeien", "bestrating", "maaien", "boom kappen", "vijver"],
    "it": ["laptop", "MFA", "nieuwe account", "printer", "mailbox"],
    "bouw": ["voorschouw", "meerwerk", "oplevering", "kozijnen", "stukadoor"],
    "horeca": ["verjaardag", "terras", "kinderstoel", "zaaltje", "allergie noten"],
    "sport": ["nieuw lid", "opzegging", "pauze", "bardienst", "proeftraining"],
    "juridisch": ["intake", "sommatie", "zitting", "passeren", "testament"],
    "wonen": ["lekkage", "schimmel", "sleutel", "overlast", "huurachterstand"],
    "webshop": ["retour", "omruilen", "defect", "niet ontvangen", "terugbetaald"],
    "garage": ["APK", "banden", "grote beurt", "schade", "distributieriem"],
}


def col_value(d, key, p):
    if key == "name":
        return d.nm(p, R.choice(["full", "full", "full", "admin", "init"]))
    if key == "name_full":
        return d.nm(p, "full")
    if key == "first":
        return d.M("PERSOON", p.first)
    if key == "last":
        return d.M("PERSOON", p.sur)
    if key in ("phone", "mobile"):
        return d.phone(p, True if key == "mobile" else None)
    if key == "email":
        return d.email(p)
    if key == "street":
        return d.street(p)
    if key == "pc":
        return d.pc(p)
    if key == "city":
        return d.city(p)
    if key == "iban":
        return d.iban(p)
    if key == "dob":
        return d.dob(p)
    if key == "plate":
        return d.plate(p)
    if key == "date":
        return d.date()
    if key == "time":
        return d.time()
    if key == "amount":
        return d.amount(15, 400)
    if key == "order":
        return d.order()
    if key == "product":
        return d.product()
    if key == "persons":
        return str(R.randint(2, 12))
    if key == "note":
        return R.choice(NOTES[d.S["key"]])
    if key == "kid":
        return d.M("PERSOON", d.person(bg=p.bg).first)
    if key == "parent":
        return d.nm(p, R.choice(["full", "full", "admin", "title"]))
    if key == "staff":
        return d.nm(d.staff if p_(0.5) else d.person(), "first")
    if key == "lidnr":
        return str(R.randint(1000, 99999))
    raise KeyError(key)


def people_table(d, n, keys, layout=None, header=True):
    people = [d.person() for _ in range(n)]
    rows = [[col_value(d, k, p) for k in keys] for p in people]
    heads = [COLS[d.lang][k if k in COLS[d.lang] else {"name_full": "name"}.get(k, k)] for k in keys]
    if not header:
        return render_list(rows, layout), people
    return render_table(heads, rows, layout), people


SMALL_TABLE_KEYS = {
    "install": [["date", "time", "name", "street", "city", "note"], ["date", "name", "street", "pc", "phone", "note"]],
    "kinder": [["kid", "parent", "phone", "note"], ["date", "kid", "time", "note"]],
    "zorgadmin": [["time", "name", "phone", "note"], ["date", "time", "name", "note"]],
    "hovenier": [["date", "name", "street", "city", "note"], ["name", "street", "phone", "note"]],
    "it": [["date", "name", "email", "note"], ["name", "mobile", "note"]],
    "bouw": [["date", "name", "street", "note"], ["name", "street", "phone", "note"]],
    "horeca": [["time", "name", "persons", "phone", "note"], ["date", "time", "name", "persons"]],
    "sport": [["name", "lidnr", "note"], ["name", "email", "note"]],
    "juridisch": [["date", "time", "name", "order", "note"]],
    "wonen": [["date", "name", "street", "note"], ["name", "street", "phone", "note"]],
    "webshop": [["order", "name", "city", "note"], ["order", "name", "email", "note"]],
    "garage": [["date", "time", "name", "plate", "note"], ["name", "plate", "phone", "note"]],
}


def f_small_table(d):
    n = R.choice([2, 2, 3, 3])
    keys = R.choice(SMALL_TABLE_KEYS[d.S["key"]])
    tbl, _ = people_table(d, n, keys)
    intro = {"nl": R.choice(["Planning morgen:", "Overzicht van vandaag", "Voor de volledigheid de afspraken:", "Nog openstaand:", "Zie hieronder.", ""]),
             "vl": R.choice(["Planning voor morgen:", "Overzicht van vandaag", "Nog open:", ""]),
             "en": R.choice(["Schedule for tomorrow:", "Today's overview", "Still open:", ""])}[d.lang]
    outro = {"nl": R.choice(["", "", f"Vragen? Bel {d.nm(d.staff, 'first')} ({d.phone(d.staff)}).", "Graag afvinken als het klaar is."]),
             "vl": R.choice(["", "", "Graag afvinken als het klaar is."]),
             "en": R.choice(["", "", "Please tick off when done."])}[d.lang]
    return "\n".join(x for x in [intro, tbl, outro] if x)


def f_roster(d):
    """Staff roster with first names only (no contact details)."""
    n = R.randint(3, 6)
    names = []
    seen = set()
    while len(names) < n:
        p = d.person()
        if p.first not in seen:
            seen.add(p.first)
            names.append(p)
    days = WD_NL_AB if d.lang != "en" else WD_EN_AB
    shifts = ["10-18", "16-23", "8-14", "vrij", "12-20", "17-00", "7-15", "-", "14-22"]
    if d.lang == "en":
        shifts = [s.replace("vrij", "off") for s in shifts]
    rows = [[d.M("PERSOON", p.first)] + [R.choice(shifts) for _ in range(7)] for p in names]
    wk = R.randint(1, 52)
    head = {"nl": f"Rooster week {wk} - {d.company}", "vl": f"Uurrooster week {wk} - {d.company}", "en": f"Rota week {wk} - {d.company}"}[d.lang]
    tail = {"nl": R.choice(["Ruilen alleen in overleg met de leidinggevende.", "Wijzigingen in de groepsapp graag.", ""]),
            "vl": R.choice(["Wisselen enkel na overleg.", ""]), "en": R.choice(["Swaps only via the manager.", ""])}[d.lang]
    return "\n".join(x for x in [head, render_table([COLS[d.lang]["name"]] + days, rows, R.choice(["md", "aligned", "tsv", "csv;"])), tail] if x)


# ---------------------------------------------------------------------------
# Invoices, forms, letters, exports
# ---------------------------------------------------------------------------
def money(v, lang, style):
    if lang == "en":
        s = f"{v:,.2f}"
        return ["€{}", "EUR {}", "€ {}"][style % 3].format(s)
    s = fmt_nl_num(v)
    return ["€ {}", "€{}", "EUR {}", "{} EUR"][style % 4].format(s)


def f_invoice(d):
    p, lang = d.client, d.lang
    quote = p_(0.35)
    style = R.randrange(4)
    n = R.randint(1, 4)
    items = []
    pool = SERVICES[d.S["key"]][:]
    R.shuffle(pool)
    for i in range(n):
        if i == 0 and p_(0.5):
            desc = d.product()
        else:
            desc = pool[i % len(pool)]
        qty = R.choice([1, 1, 1, 2, 3, 4])
        unit = round(R.uniform(15, 900), 2)
        items.append((desc, qty, unit))
    sub = round(sum(q * u for _, q, u in items), 2)
    vat = round(sub * (0.21 if d.S["key"] != "zorgadmin" else 0.0), 2)
    tot = round(sub + vat, 2)
    fmt = lambda v: d.K(money(v, lang, style))
    T = {"nl": ("OFFERTE" if quote else "FACTUUR", "Offertenummer" if quote else "Factuurnummer", "Datum", "Geldig tot" if quote else "Vervaldatum",
                "Omschrijving", "Aantal", "Bedrag", "Subtotaal", "Btw 21%", "Totaal"),
         "vl": ("OFFERTE" if quote else "FACTUUR", "Offertenummer" if quote else "Factuurnummer", "Datum", "Geldig tot" if quote else "Vervaldag",
                "Omschrijving", "Aantal", "Bedrag", "Subtotaal", "Btw 21%", "Totaal"),
         "en": ("QUOTE" if quote else "INVOICE", "Quote no." if quote else "Invoice no.", "Date", "Valid until" if quote else "Due date",
                "Description", "Qty", "Amount", "Subtotal", "VAT 21%", "Total")}[lang]
    out = [d.company]
    if p_(0.5):
        out.append(f"KvK {digits(8, True)} | {'btw' if lang != 'en' else 'VAT'} NL{digits(9, True)}B01" if lang != "vl" else f"Ondernemingsnr. BE 0{digits(3, True)}.{digits(3)}.{digits(3)}")
    out += ["", T[0], f"{T[1]}: {d.order()}", f"{T[2]}: {d.date(style=3)}", f"{T[3]}: {d.K(fmt_date(d._last_day + datetime.timedelta(days=R.choice([14, 14, 30, 8])), lang, 3))}", ""]
    out.append({"nl": "Aan:", "vl": "Aan:", "en": "Bill to:"}[lang])
    out.append(d.nm(p, R.choice(["full", "title_full", "init", "caps", "title_init"])))
    out.append(d.street(p))
    out.append(f"{d.pc(p)} {d.city(p)}" if p_(0.8) else f"{d.pc(p)}  {d.city(p).upper()}")
    out.append("")
    rows = [[desc if desc in d.keep else desc, str(q), fmt(q * u)] for desc, q, u in items]
    w0 = max(vlen(T[4]), max(vlen(r[0]) for r in rows)) + 2
    out.append(vpad(T[4], w0) + vpad(T[5], 8) + T[6])
    for r in rows:
        out.append(vpad(r[0], w0) + vpad(r[1], 8) + r[2])
    out.append("")
    out.append(vpad(T[7], w0 + 8) + fmt(sub))
    if vat:
        out.append(vpad(T[8], w0 + 8) + fmt(vat))
    out.append(vpad(T[9], w0 + 8) + fmt(tot))
    out.append("")
    if not quote:
        ib = d.iban(None, "BE" if lang == "vl" else "NL")
        out.append({"nl": f"Graag het totaalbedrag binnen 14 dagen overmaken op {ib} t.n.v. {d.company}, o.v.v. het factuurnummer.",
                    "vl": f"Gelieve het totaalbedrag binnen de 14 dagen over te schrijven op {ib} met vermelding van het factuurnummer.",
                    "en": f"Please transfer the total within 14 days to {ib}, quoting the invoice number."}[lang])
    else:
        out.append({"nl": "Voor vragen kunt u contact opnemen met " + d.nm(d.staff, "full") + ".",
                    "vl": "Voor vragen kan u terecht bij " + d.nm(d.staff, "full") + ".",
                    "en": "For questions please contact " + d.nm(d.staff, "full") + "."}[lang])
    return "\n".join(out)


FORM_SPECS = {
    "kinder": ("Inschrijfformulier kinderopvang", "Childcare registration form",
               [("kid_name", "Naam kind"), ("kid_dob", "Geboortedatum kind"), ("name", "Naam ouder/verzorger"), ("street", "Adres"),
                ("pcc", "Postcode en woonplaats"), ("phone", "Telefoon"), ("email", "E-mail"), ("start", "Gewenste startdatum"), ("days", "Gewenste dagen")]),
    "zorgadmin": ("Inschrijfformulier nieuwe patiënt", "New patient registration",
                  [("name", "Naam"), ("dob", "Geboortedatum"), ("street", "Adres"), ("pcc", "Postcode/woonplaats"), ("phone", "Tel."),
                   ("email", "E-mail"), ("insurer", "Zorgverzekeraar")]),
    "sport": ("Aanmeldformulier lidmaatschap", "Membership application",
              [("first", "Voornaam"), ("last", "Achternaam"), ("dob", "Geboortedatum"), ("street", "Adres"), ("pc", "Postcode"),
               ("cityf", "Woonplaats"), ("mobile", "Mobiel"), ("email", "E-mail"), ("iban", "IBAN (incasso)"), ("product", "Abonnement"), ("start", "Ingangsdatum")]),
    "wonen": ("Aanvraag parkeervergunning bewoners", "Resident parking permit application",
              [("name", "Naam aanvrager"), ("dob", "Geboortedatum"), ("street", "Adres"), ("pc", "Postcode"), ("phone", "Telefoon"), ("email", "E-mail"), ("plate", "Kenteken")]),
    "garage": ("Werkorder", "Work order",
               [("name", "Klant"), ("phone", "Tel."), ("plate", "Kenteken"), ("km", "Km-stand"), ("product", "Werkzaamheden"), ("start", "Afspraak")]),
    "it": ("Onboarding nieuwe medewerker", "New starter onboarding",
           [("name", "Naam"), ("role", "Functie"), ("start", "Startdatum"), ("mobile", "Mobiel (voor MFA)"), ("email", "Privé e-mail"), ("product", "Laptop/licentie")]),
    "horeca": ("Personeelskaart", "Staff record card",
               [("name", "Naam"), ("dob", "Geboortedatum"), ("street", "Adres"), ("pcc", "Postcode/plaats"), ("mobile", "Mobiel"), ("iban", "IBAN"),
                ("emerg", "Noodcontact")]),
    "install": ("Aanvraagformulier onderhoud", "Service request form",
                [("name", "Naam"), ("street", "Adres"), ("pc", "Postcode"), ("cityf", "Plaats"), ("phone", "Telefoon"), ("email", "E-mail"),
                 ("product", "Toestel"), ("start", "Voorkeursdatum")]),
    "hovenier": ("Aanvraag tuinonderhoud", "Garden maintenance request",
                 [("name", "Naam"), ("street", "Adres"), ("pcc", "Postcode/plaats"), ("phone", "Telefoon"), ("start", "Gewenste datum")]),
    "bouw": ("Klantgegevens verbouwing", "Renovation client details",
             [("name", "Opdrachtgever"), ("street", "Adres werk"), ("pcc", "Postcode/plaats"), ("phone", "Telefoon"), ("email", "E-mail"), ("start", "Start werkzaamheden")]),
    "juridisch": ("Intakeformulier cliënt", "Client intake form",
                  [("name", "Naam cliënt"), ("dob", "Geboortedatum"), ("street", "Adres"), ("pcc", "Postcode/plaats"), ("phone", "Telefoon"),
                   ("email", "E-mail"), ("other", "Wederpartij")]),
    "webshop": ("Retourformulier", "Return form",
                [("order", "Ordernummer"), ("name", "Naam"), ("street", "Adres"), ("pcc", "Postcode/plaats"), ("email", "E-mail"),
                 ("iban", "IBAN voor terugbetaling"), ("product", "Product"), ("reason", "Reden")]),
}

EN_FIELD = {"Naam kind": "Child's name", "Geboortedatum kind": "Child's date of birth", "Naam ouder/verzorger": "Parent/guardian",
            "Adres": "Address", "Postcode en woonplaats": "Postcode and town", "Telefoon": "Phone", "E-mail": "Email",
            "Gewenste startdatum": "Preferred start date", "Gewenste dagen": "Preferred days", "Naam": "Name", "Geboortedatum": "Date of birth",
            "Postcode/woonplaats": "Postcode/town", "Tel.": "Phone", "Zorgverzekeraar": "Health insurer", "Voornaam": "First name",
            "Achternaam": "Last name", "Postcode": "Postcode", "Woonplaats": "Town", "Mobiel": "Mobile", "IBAN (incasso)": "IBAN (direct debit)",
            "Abonnement": "Membership", "Ingangsdatum": "Start date", "Naam aanvrager": "Applicant", "Kenteken": "Registration",
            "Klant": "Customer", "Km-stand": "Mileage", "Werkzaamheden": "Work", "Afspraak": "Appointment", "Functie": "Job title",
            "Startdatum": "Start date", "Mobiel (voor MFA)": "Mobile (for MFA)", "Privé e-mail": "Private email", "Laptop/licentie": "Laptop/licence",
            "Postcode/plaats": "Postcode/town", "IBAN": "IBAN", "Noodcontact": "Emergency contact", "Plaats": "Town", "Toestel": "Appliance",
            "Voorkeursdatum": "Preferred date", "Gewenste datum": "Preferred date", "Opdrachtgever": "Client", "Adres werk": "Site address",
            "Start werkzaamheden": "Start of work", "Naam cliënt": "Client name", "Wederpartij": "Opposing party", "Ordernummer": "Order number",
            "IBAN voor terugbetaling": "IBAN for refund", "Product": "Product", "Reden": "Reason", "BSN": "BSN (citizen service number)",
            "BSN kind": "Child's BSN", "BSN ouder": "Parent's BSN"}


def form_fields(d, spec_fields, caps=False, bsn_field=None):
    """Return list of (label, marked value)."""
    p = d.client
    out = []
    lang = d.lang

    def up(label, v):  # register an upper-case variant when the form was filled in capitals
        return d.M(label, v.upper()) if caps else d.M(label, v)

    for key, label in spec_fields:
        if lang == "en":
            label = EN_FIELD.get(label, label)
        if key == "name":
            v = up("PERSOON", p.full) if caps else d.nm(p, R.choice(["full", "full", "admin", "init"]))
        elif key == "first":
            v = up("PERSOON", p.first)
        elif key == "last":
            v = up("PERSOON", p.surcap if p_(0.4) else p.sur)
        elif key == "kid_name":
            if d.kid is None:
                d.kid = d.person(bg=p.bg)
                d.kid.sur = p.sur if p_(0.7) else d.kid.sur
            v = up("PERSOON", d.kid.full)
        elif key == "kid_dob":
            if d.kid._dob is None:
                d.kid._dob = make_dob("child" if p_(0.5) else "baby", lang)
            v = d.M("GEBOORTEDATUM", d.kid._dob)
        elif key == "dob":
            v = d.dob(p)
        elif key == "street":
            d._addr_init(p)
            v = up("ADRES", p._street)
        elif key == "pc":
            v = d.pc(p)
        elif key == "cityf":
            v = d.city(p).upper() if caps else d.city(p)
        elif key == "pcc":
            c = d.city(p)
            v = f"{d.pc(p)} {c.upper() if caps else c}"
        elif key in ("phone", "mobile"):
            v = d.phone(p, True if key == "mobile" else None)
        elif key == "email":
            v = d.email(p)
        elif key == "iban":
            v = d.iban(p)
        elif key == "plate":
            v = d.plate(p, dashes=p_(0.7))
        elif key == "start":
            v = d.date()
        elif key == "days":
            v = R.choice(["ma + do", "di, wo", "maandag en vrijdag", "wo-middag", "3 dagen"]) if lang != "en" else R.choice(["Mon + Thu", "Tue, Wed", "Mon and Fri"])
        elif key == "insurer":
            v = R.choice(NL_INSURERS)
        elif key == "product":
            v = d.product()
        elif key == "order":
            v = d.order()
        elif key == "km":
            v = f"{R.randint(12, 289)}.{digits(3)}" if lang != "en" else f"{R.randint(12, 289)},{digits(3)}"
        elif key == "role":
            v = R.choice(["Administratief medewerker", "Junior accountant", "Binnendienst", "Office manager", "Verkoper"]) if lang != "en" else "Office manager"
        elif key == "emerg":
            e = d.person(bg=p.bg)
            rel = R.choice(["partner"] + (["moeder", "zus", "dochter"] if e.g == "F" else ["vader", "broer", "zoon"])) if lang != "en" else \
                R.choice(["partner"] + (["mother", "sister"] if e.g == "F" else ["father", "brother"]))
            v = f"{d.nm(e, 'full')} ({rel}), {d.phone(e)}"
        elif key == "other":
            e = d.person()
            v = d.nm(e, R.choice(["full", "init", "title_full"]))
        elif key == "reason":
            v = R.choice(["past niet", "defect", "verkeerd artikel", "niet naar wens"]) if lang != "en" else R.choice(["doesn't fit", "defective", "wrong item"])
        else:
            raise KeyError(key)
        out.append((label, v))
        if bsn_field and key == bsn_field[0]:
            out.append((bsn_field[1] if lang != "en" else EN_FIELD.get(bsn_field[1], bsn_field[1]), d.bsn(bsn_field[2] if len(bsn_field) > 2 else p)))
    return out


def render_form(title, fields, layout=None):
    layout = layout if layout is not None else R.randrange(5)
    if layout == 0:
        w = max(vlen(l) for l, _ in fields) + 2
        body = "\n".join(vpad(l + ":", w) + v for l, v in fields)
    elif layout == 1:
        body = "\n".join(f"{l} {'.' * max(2, 26 - len(l))} {v}" for l, v in fields)
    elif layout == 2:
        body = "| Veld | Waarde |\n|---|---|\n" + "\n".join(f"| {l} | {v} |" for l, v in fields)
    elif layout == 3:
        body = "\n".join(f"{l.upper()}: {v}" for l, v in fields)
    else:
        body = "\n".join(f"{l}: {v}" for l, v in fields)
    return (title + "\n" + "=" * len(title) + "\n" if p_(0.5) else title + "\n\n") + body


def f_intake(d):
    key = d.S["key"]
    spec = FORM_SPECS[key]
    title = spec[1] if d.lang == "en" else spec[0]
    caps = p_(0.25) and d.lang != "en"
    fields = form_fields(d, spec[2], caps=caps)
    if p_(0.3):
        fields.append(({"nl": "Ingevuld op", "vl": "Ingevuld op", "en": "Completed on"}[d.lang], d.date(style=3)))
    txt = render_form(f"{d.company} - {title}" if p_(0.5) else title, fields)
    return txt


def f_minutes(d):
    t = d.topic(internal=True)
    lang = d.lang
    people = [d.staff] + [d.person() for _ in range(R.randint(1, 3))]
    ini = lambda p: "".join(x[0] for x in re.split(r"[ -]", p.first)).upper() + "".join(w[0] for w in p.sur.split() if w[0].islower()) + p.sur.split()[-1][0].upper()
    if lang == "en":
        head = [f"Minutes team meeting {d.company}", f"Date: {d.date()}", "Present: " + ", ".join(f"{d.nm(p, 'full')} ({ini(p)})" for p in people)]
        body = ["", "1. Opening", "- " + R.choice(["No announcements.", "Holiday planning is due by Friday.", "New colleague starts next month."]),
                f"2. {t['subject']}", f"- {t['ask']}", f"- {t['reply']}", "", "Action points"]
        body.append(f"- {ini(people[1])}: call {d.nm(d.client, R.choice(['title', 'full']))} ({d.phone(d.client)}) before {d.date()}")
        body.append(f"- {ini(people[0])}: update the planning")
        return "\n".join(head + body)
    head = [R.choice(["Notulen teamoverleg", "Verslag werkoverleg", "Notulen overleg", "Kort verslag maandagoverleg"]) + f" {d.company}",
            f"Datum: {d.date()}",
            "Aanwezig: " + ", ".join(f"{d.nm(p, R.choice(['full', 'full', 'first']))} ({ini(p)})" for p in people)]
    if p_(0.4):
        head.append(f"Afwezig m.k.: {d.nm(d.person(), R.choice(['full', 'first']))}")
    body = ["", "1. Opening en mededelingen", "- " + R.choice(["Geen mededelingen.", "Vakantieplanning graag voor vrijdag doorgeven.",
                                                              "Er start volgende maand een nieuwe collega.", "De printer op kantoor is vervangen."]),
            f"2. {t['subject']}", f"- {t['ask']}", f"- {t['reply']}", "3. Rondvraag", "- " + R.choice(["Niets.", "Koffieautomaat lekt weer.", "Graag de keuken netjes houden."]),
            "", R.choice(["Actiepunten", "Acties", "AP's"])]
    acts = [f"- {ini(people[-1])}: {R.choice(['bellen met', 'mail sturen naar', 'terugkoppelen aan'])} {d.nm(d.client, R.choice(['title', 'full', 'title_full']))}"
            + (f" ({d.phone(d.client)})" if p_(0.6) else "") + f" - {R.choice(['vóór', 'uiterlijk'])} {d.date()}",
            f"- {ini(people[0])}: planning bijwerken"]
    if p_(0.4):
        acts.append(f"- {ini(people[0])}/{ini(people[-1])}: " + R.choice(["offerte nalopen", "factuur controleren", "sleutel ophalen"]))
    return "\n".join(head + body + acts)


def f_letter(d):
    t, p, q = d.topic(), d.client, d.staff
    lang = d.lang
    city = R.choice(NL_CITIES)[0] if lang != "vl" else R.choice(BE_CITIES)[0]
    addr = [d.nm(p, R.choice(["title_full", "title_init", "full", "caps", "init"])), d.street(p), f"{d.pc(p)} {d.city(p).upper() if p_(0.4) else d.city(p)}"]
    if lang == "en":
        out = [d.company, ""] + addr + ["", f"{city}, {d.date()}", f"Re: {t['subject']}", f"Our ref.: {d.order()}", "", greet(d, p, True), "",
                                        t["biz_msg"], "",
                                        "Should you have any questions, please do not hesitate to contact us.", "", "Yours sincerely,", "", d.nm(q, R.choice(["full", "init"])), R.choice(d.S["roles"])]
        return "\n".join(out)
    out = [d.company, ""] + addr + ["", f"{city}, {d.date(style=R.choice([1, 3]))}", f"Betreft: {t['subject']}", f"{R.choice(['Ons kenmerk', 'Kenmerk', 'Dossiernummer', 'Referentie'])}: {d.order()}", "",
                                    greet(d, p, True), "",
                                    R.choice(["Naar aanleiding van uw bericht laten wij u het volgende weten.", "Hierbij informeren wij u over het volgende.", "Wij hebben uw verzoek ontvangen."]),
                                    t["biz_msg"], "",
                                    R.choice(["Heeft u nog vragen, neem dan gerust contact met ons op.", "Voor vragen kunt u ons bellen op werkdagen tussen 9.00 en 17.00 uur."]),
                                    "", R.choice(["Met vriendelijke groet,", "Hoogachtend,", "Met vriendelijke groeten,"]), "",
                                    d.nm(q, R.choice(["full", "init", "mr"] if d.S["key"] == "juridisch" else ["full", "init"])), R.choice(d.S["roles"])]
    return "\n".join(out)


def f_crm(d):
    t, p = d.topic(), d.client
    lang = d.lang
    k = R.randrange(3)
    if k == 0:
        L_ = {"nl": ["Contact", "Naam", "E-mail", "Telefoon", "Adres", "Klant sinds", "Laatste contact", "Notitie"],
              "vl": ["Contact", "Naam", "E-mail", "Telefoon", "Adres", "Klant sinds", "Laatste contact", "Notitie"],
              "en": ["Contact", "Name", "Email", "Phone", "Address", "Customer since", "Last contact", "Note"]}[lang]
        rows = [f"=== {L_[0]} #{R.randint(1000, 99999)} ===", f"{L_[1]}: {d.nm(p, R.choice(['full', 'admin']))}", f"{L_[2]}: {d.email(p)}",
                f"{L_[3]}: {d.phone(p)}", f"{L_[4]}: {d.addr_line(p, 0)}", f"{L_[5]}: {R.randint(2009, 2024)}", f"{L_[6]}: {d.date()}", f"{L_[7]}: {t['ask']}"]
        R.shuffle(rows[2:6])
        return "\n".join(rows)
    if k == 1:
        heads = {"nl": ["id", "voornaam", "achternaam", "email", "telefoon", "plaats", "status"], "vl": ["id", "voornaam", "familienaam", "email", "gsm", "gemeente", "status"],
                 "en": ["id", "first_name", "last_name", "email", "phone", "city", "status"]}[lang]
        row = [str(R.randint(1000, 99999)), d.M("PERSOON", p.first), d.M("PERSOON", p.sur), d.email(p), d.phone(p), d.city(p),
               R.choice(["actief", "lead", "klant", "opgezegd"] if lang != "en" else ["active", "lead", "customer"])]
        sep = R.choice([",", ";", "\t"])
        note = {"nl": "Export CRM, 1 record:", "vl": "Export CRM:", "en": "CRM export (1 row):"}[lang]
        return note + "\n" + sep.join(heads) + "\n" + sep.join(csv_cell(c, sep) for c in row) + "\n\n" + ({"nl": "Laatste notitie: ", "vl": "Laatste notitie: ", "en": "Latest note: "}[lang] + t["ask"])
    return "\n".join([f"{d.nm(p, 'caps_admin')}", f"  tel   {d.phone(p)}", f"  mail  {d.email(p)}", f"  adres {d.street(p)}, {d.city(p)}",
                      f"  {t['subject']}: {t['reply']}"])


def jstr(s):
    return '"' + s.replace('"', "'") + '"'


def f_json(d):
    t, p = d.topic(), d.client
    lang = d.lang
    keys = {"nl": ("klant", "naam", "email", "telefoon", "adres", "straat", "postcode", "plaats", "omschrijving", "referentie"),
            "vl": ("klant", "naam", "email", "gsm", "adres", "straat", "postcode", "gemeente", "omschrijving", "referentie"),
            "en": ("customer", "name", "email", "phone", "address", "street", "postcode", "city", "description", "reference")}[lang]
    ref = d.order()
    inner = [f'{jstr(keys[1])}: {jstr(d.nm(p, "full"))}', f'{jstr(keys[2])}: {jstr(d.email(p))}', f'{jstr(keys[3])}: {jstr(d.phone(p))}']
    addr = [f'{jstr(keys[5])}: {jstr(d.street(p))}', f'{jstr(keys[6])}: {jstr(d.pc(p))}', f'{jstr(keys[7])}: {jstr(d.city(p))}']
    top = [f'{jstr(keys[9])}: {jstr(ref)}']
    if p_(0.5):
        top.append(f'"created": "{rand_day():%Y-%m-%d}T{R.randint(7, 20):02d}:{R.randint(0, 59):02d}:00Z"')
    if p_(0.5):
        inner.append(f'{jstr(keys[4])}: {{' + ", ".join(addr) + "}")
    top.append(f'{jstr(keys[0])}: {{' + ", ".join(inner) + "}")
    top.append(f'{jstr(keys[8])}: {jstr(t["ask"])}')
    if p_(0.5):
        one = "{" + ", ".join(top) + "}"
    else:
        one = "{\n  " + ",\n  ".join(top) + "\n}"
    if p_(0.4):
        one = "```json\n" + one + "\n```"
    return one


def f_ticket(d):
    t, p, q = d.topic("c"), d.client, d.staff
    lang = d.lang
    ref = d.order()
    cl = R.choice(d.S.get("clients", [d.company]))
    if lang == "en":
        out = [f"Ticket {ref} | {t['subject']}", f"Status: {R.choice(['Open', 'In progress', 'Waiting for customer'])} | Priority: {R.choice(['Normal', 'High', 'Low'])}",
               f"Requester: {d.nm(p, 'full')} ({cl})", f"Contact: {d.email(p, work=False)} / {d.phone(p)}", "---", t["ask"], "---",
               f"[{d.date()} {d.time()}] {d.nm(q, 'full')}: {t['reply']}"]
        return "\n".join(out)
    out = [f"{R.choice(['Ticket', 'Melding', 'Call'])} {ref} - {t['subject']}",
           f"Status: {R.choice(['Open', 'In behandeling', 'Wacht op klant', 'Gepland'])} | Prioriteit: {R.choice(['Normaal', 'Hoog', 'Laag', 'P2', 'P3'])}",
           f"Melder: {d.nm(p, R.choice(['full', 'admin', 'full']))}" + (f" ({cl})" if d.S["key"] == "it" else ""),
           f"Contact: {d.email(p)}" + (f" / {d.phone(p)}" if p_(0.6) else "")]
    if d.S["key"] != "it" and p_(0.6):
        out.append(f"Adres: {d.addr_line(p, 0)}")
    out += ["---", t["ask"], "---", f"[{d.date(style=3)} {d.time()}] {d.nm(q, R.choice(['full', 'first']))}: {t['reply']}"]
    if p_(0.3):
        out.append(f"[{d.date(style=3)} {d.time()}] {d.nm(q, 'first')}: {R.choice(['Klant gebeld, opgelost.', 'Geen gehoor, voicemail ingesproken.', 'Ticket gesloten.'])}")
    return "\n".join(out)


def f_werkbon(d):
    t, p, q = d.topic(), d.client, d.staff
    lang = d.lang
    if lang == "en":
        return "\n".join([f"WORK ORDER {d.order()}", f"Date: {d.date()}    Engineer: {d.nm(q, 'first')}", f"Customer: {d.nm(p, 'full')}",
                          f"Address: {d.addr_line(p, 0)}", f"Phone: {d.phone(p)}", f"Job: {t['subject']}", f"Notes: {t['ask']}",
                          f"Hours: {R.choice(['1.5', '2', '2.5', '3', '4'])}", f"Materials: {d.product()}"])
    caps = p_(0.2)
    name = d.M("PERSOON", p.full.upper()) if caps else d.nm(p, R.choice(["full", "title_full", "admin", "init"]))
    lines = [R.choice(["WERKBON", "Werkbon", "WERKORDER", "Opdrachtbon"]) + f" {d.order()}",
             f"Datum: {d.date(style=3)}" + R.choice(["    ", " | ", "\n"]) + f"{R.choice(['Monteur', 'Uitvoerder', 'Medewerker'])}: {d.nm(q, R.choice(['first', 'full']))}",
             f"Klant: {name}", f"Adres: {d.street(p)}, {d.pc(p)} {d.city(p)}", f"Tel.: {d.phone(p)}",
             f"Omschrijving: {t['subject']}", f"{R.choice(['Melding klant', 'Melding', 'Vraag klant'])}: {t['ask']}", f"Uren: {R.choice(['1,5', '2', '2,5', '3', '4', '0,75'])}",
             f"Materiaal: {d.product()}" + (f" - {d.amount(20, 600)}" if p_(0.5) else ""),
             f"Opmerking: {R.choice(['klant niet thuis, buurvrouw heeft opengedaan', 'sleutel onder de mat', 'hond aanwezig', 'parkeren lastig', 'geen'])}"]
    if d.lang == "vl":
        lines = [x.replace("Tel.:", "Gsm:") for x in lines]
    return "\n".join(lines)


def f_reservation(d):
    p = d.client
    lang = d.lang
    n = R.randint(2, 14)
    if lang == "en":
        f = [("Name", d.nm(p, "full")), ("Date", d.date()), ("Time", d.time(12, 21)), ("Guests", str(n)), ("Phone", d.phone(p)),
             ("Email", d.email(p)), ("Notes", R.choice(["birthday", "window seat", "high chair", "vegetarian x2"])), ("Booking no.", d.order())]
        return render_form(f"Booking confirmation - {d.company}", f, R.choice([0, 4]))
    f = [("Naam", d.nm(p, R.choice(["full", "title", "full"]))), ("Datum", d.date()), ("Tijd", d.time(12, 21)), ("Aantal personen", str(n)),
         ("Telefoon", d.phone(p)), ("E-mail", d.email(p)), ("Opmerking", R.choice(["verjaardag", "graag bij het raam", "kinderstoel", "2x vegetarisch", "terras als het mooi weer is"])),
         ("Reserveringsnummer", d.order())]
    R.shuffle(f[4:6])
    return render_form(R.choice(["Reserveringsbevestiging", "Nieuwe reservering", "Reservering"]) + f" - {d.company}", f, R.choice([0, 1, 4]))


def f_forward(d):
    t, p, q = d.topic("c"), d.client, d.staff
    lang = d.lang
    q2 = d.person()
    Fr, To, Su, Da, Se, _ = hdr_labels(d)
    note = {"nl": R.choice([f"Hoi {d.nm(q2, 'first')}, kun jij dit oppakken? Klant belde ook al.", f"{d.nm(q2, 'first')}, ter info. Graag vandaag nog reageren.",
                            f"Zie onder. @{d.nm(q2, 'first')} jij hebt dit dossier toch?"]),
            "vl": R.choice([f"Dag {d.nm(q2, 'first')}, kan jij dit opvolgen?", f"{d.nm(q2, 'first')}, ter info."]),
            "en": R.choice([f"Hi {d.nm(q2, 'first')}, could you pick this up?", f"{d.nm(q2, 'first')}, FYI - please reply today."])}[lang]
    fw = "---------- Forwarded message ---------" if lang == "en" else "---------- Doorgestuurd bericht ---------"
    return "\n".join([note, "", d.nm(q, "first"), "", fw, f"{Fr} {d.nm(p, 'full')} <{d.email(p)}>", f"{Da} {mail_dt(d)[0]}", f"{Su} {t['subject']}",
                      f"{To} {company_box(d)}", "", t["ask"] + (" " + contact_sentence(d, p) if p_(0.6) else ""), "", closing(d), d.nm(p, "first")])


def f_mdnote(d):
    t, p = d.topic(), d.client
    lang = d.lang
    if lang == "en":
        return "\n".join([f"## Call notes {d.date()}", f"**Customer:** {d.nm(p, 'full')}  ", f"**Phone:** {d.phone(p)}  ", f"**Subject:** {t['subject']}", "",
                          f"- {t['ask']}", f"- {t['reply']}", f"- [ ] follow up before {d.date()}"])
    return "\n".join([f"## {R.choice(['Gespreksverslag', 'Klantcontact', 'Notitie'])} {d.date()}", f"**Klant:** {d.nm(p, R.choice(['full', 'title', 'admin']))}  ",
                      f"**{R.choice(['Tel', 'Telefoon', 'Mobiel'])}:** {d.phone(p)}  ", f"**Onderwerp:** {t['subject']}", "",
                      f"- {t['ask']}", f"- {t['reply']}", f"- [ ] {R.choice(['terugbellen', 'mail sturen', 'planning aanpassen'])} {R.choice(['vóór', 'uiterlijk'])} {d.date()}"])


def f_memo(d):
    t, p = d.topic(), d.client
    lang = d.lang
    if lang == "en":
        return f"FYI: {d.nm(p, R.choice(['full', 'title']))} ({d.street(p)}, {d.city(p)}) called about \"{t['subject']}\". {t['reply']} - {d.nm(d.staff, 'first')}"
    return R.choice([
        lambda: f"Ter info: {d.nm(p, R.choice(['title', 'title_full', 'full']))} van de {d.street(p)} heeft gebeld over '{t['subject']}'. {t['reply']} Groet, {d.nm(d.staff, 'first')}",
        lambda: f"Let op: bij {d.nm(p, R.choice(['title', 'full']))} ({d.street(p)}, {d.city(p)}) {R.choice(['is de bel kapot, even bellen bij aankomst', 'eerst aanbellen bij de buren', 'niet vóór 9 uur komen', 'parkeren op het plein'])}. Tel. {d.phone(p)}.",
        lambda: f"{d.nm(d.staff, 'first')}: {t['ask']} ({d.nm(p, 'full')}, {d.phone(p)})",
    ])()


def f_overdracht(d):
    lang = d.lang
    grp = R.choice(SECTORS["kinder"]["groups"])
    kids = [d.person() for _ in range(R.randint(2, 3))]
    lines = [f"{'Overdracht' if lang != 'en' else 'Handover'} {grp} - {d.date()}"]
    for k in kids:
        who = R.choice(["oma", "papa", "mama", "opa", "de buurvrouw"]) if lang != "en" else R.choice(["grandma", "dad", "mum"])
        if lang == "en":
            lines.append(f"- {d.M('PERSOON', k.first)}: played outside a lot, picked up by {who} at {d.time(15, 18)}")
        else:
            lines.append(f"- {d.M('PERSOON', k.first)}: {R.choice(['lekker buiten gespeeld', 'goed geknutseld', 'rustige dag', 'veel gelachen'])}, opgehaald door {who} om {d.time(15, 18)}")
    last = kids[0]
    par = d.person(bg=last.bg)
    lines.append({"nl": f"Morgen wordt {d.M('PERSOON', last.first)} gebracht door {d.nm(par, 'full')} ({d.phone(par)}).",
                  "vl": f"Morgen wordt {d.M('PERSOON', last.first)} gebracht door {d.nm(par, 'full')} ({d.phone(par)}).",
                  "en": f"Tomorrow {d.M('PERSOON', last.first)} will be dropped off by {d.nm(par, 'full')} ({d.phone(par)})."}[lang])
    return "\n".join(lines)


def f_apk_letter(d):
    p = d.client
    lang = d.lang
    if lang == "en":
        return "\n".join([d.company, "", d.nm(p, "full"), d.street(p), f"{d.pc(p)} {d.city(p)}", "", f"Dear {d.nm(p, 'first')},", "",
                          f"The MOT (APK) of your car with registration {d.plate(p)} expires on {d.date()}. Book an appointment via our website or call us.",
                          f"The APK costs {d.amount(35, 60)}.", "", "Kind regards,", d.company])
    return "\n".join([d.company, "", d.nm(p, R.choice(["title_full", "title_init", "full"])), d.street(p), f"{d.pc(p)} {d.city(p)}", "",
                      R.choice(["APK-herinnering", "Uw APK verloopt binnenkort"]), "", greet(d, p, True), "",
                      f"De APK van uw auto met kenteken {d.plate(p, dashes=p_(0.8))} verloopt op {d.date()}. "
                      f"Maak tijdig een afspraak; de keuring kost {d.amount(35, 60)}." + (f" Combineer met een kleine beurt voor {d.amount(120, 260)}." if p_(0.5) else ""),
                      "", closing(d), d.nm(d.staff, "full"), d.company])


def f_itlog(d):
    p = d.client
    em = d.email(p, work=True) if p_(0.6) else d.email(p)
    dt = rand_day()
    lines = []
    h = R.randint(7, 18)
    evs = [f"Wachtwoordreset aangevraagd via selfservice voor {em}", f"MFA-methode gewijzigd naar sms ({d.phone(p, True)}) voor {em}",
           f"Aanmelding geblokkeerd na 5 pogingen: {em}", f"Mailbox-doorsturing ingesteld door beheerder voor {em}",
           f"Nieuw apparaat geregistreerd ({d.product('hw')}) door {d.nm(p, 'full')}"]
    R.shuffle(evs)
    for e in evs[:R.randint(2, 4)]:
        mi = R.randint(0, 59)
        lines.append(f"{dt:%Y-%m-%d} {h:02d}:{mi:02d}:{R.randint(0, 59):02d} {R.choice(['INFO ', 'WARN ', 'INFO ', 'AUDIT'])} {e}")
        h = min(h + R.randint(0, 1), 23)
    intro = R.choice(["Uit het auditlog:", "Logregels van vanochtend:", "", "Kun jij hier even naar kijken?"])
    return (intro + "\n" if intro else "") + "\n".join(lines)


def f_newsletter_contact(d):
    q = d.staff
    lang = d.lang
    if lang == "en":
        return "\n".join([f"{d.company} - newsletter", "", f"The annual members' meeting is on {d.date()} at {d.time(19, 21)} in the clubhouse.",
                          f"This season's fee is {d.amount(120, 380)}; the direct debit runs on {d.date()}.", "",
                          f"Questions? Contact our secretary {d.nm(q, 'full')} via {d.email(q)} or {d.phone(q)}."])
    return "\n".join([f"{d.company} - {R.choice(['Nieuwsbrief', 'Clubnieuws', 'Ledenbericht'])} {R.choice(MONTHS_NL)}", "",
                      f"De algemene ledenvergadering is op {d.date()} om {d.time(19, 21)} in de kantine.",
                      f"De contributie voor dit seizoen bedraagt {d.amount(120, 380)}; de incasso vindt plaats op {d.date()}.", "",
                      R.choice(["Vragen?", "Meer weten?", "Aanmelden als vrijwilliger?"]) + f" Neem contact op met {d.nm(q, R.choice(['full', 'first']))}"
                      + (f" ({R.choice(['secretaris', 'ledenadministratie', 'penningmeester'])})" if p_(0.6) else "")
                      + f" via {d.email(q)}" + (f" of {d.phone(q)}" if p_(0.5) else "") + "."])


# ---------------------------------------------------------------------------
# Hard negatives: about sensitive things without containing them
# ---------------------------------------------------------------------------
PW_RULES = {
    "nl": ["Stuur nooit je wachtwoord per mail, WhatsApp of Teams, ook niet naar de helpdesk.",
           "Wij vragen je nooit om je wachtwoord, ook niet telefonisch.",
           "Gebruik minimaal 14 tekens; een zin van vier losse woorden werkt prima.",
           "Zet tweestapsverificatie (MFA) aan op je mail en op alle AI-tools.",
           "Gebruik voor elk account een ander wachtwoord en bewaar ze in de wachtwoordmanager.",
           "Schrijf je wachtwoord niet op een post-it onder het toetsenbord.",
           "Vermoed je dat iemand je wachtwoord kent? Wijzig het direct en meld het bij de servicedesk.",
           "Gedeelde accounts krijgen een eigen kluis in Bitwarden; het wachtwoord zelf deel je nooit in de chat.",
           "Een wachtwoordreset doe je zelf via het selfserviceportaal; je krijgt een code op je telefoon.",
           "Plak nooit inloggegevens in ChatGPT of een andere AI-tool."],
    "vl": ["Stuur nooit je paswoord via mail of WhatsApp, ook niet naar de helpdesk.", "Wij vragen nooit naar je paswoord.",
           "Gebruik minstens 14 tekens en overal tweestapsverificatie.", "Gebruik voor elk account een ander paswoord.",
           "Vermoed je dat iemand je paswoord kent? Wijzig het meteen."],
    "en": ["Never send your password by email, WhatsApp or Teams, not even to the helpdesk.", "We will never ask for your password.",
           "Use at least 14 characters; a sentence of four random words works well.", "Turn on multi-factor authentication everywhere.",
           "Use a different password for every account and keep them in the password manager.",
           "Never paste login details into ChatGPT or other AI tools."],
}


def hn_frame(d, s, subj=None):
    """Put a short static text into a random everyday frame (mail, team chat, intranet, group app)."""
    lang = d.lang
    k = R.randrange(6)
    if k <= 1:
        return s
    q = d.staff
    if k == 2:
        subj = subj or {"nl": "Ter info", "vl": "Ter info", "en": "FYI"}[lang]
        g = R.choice({"nl": ["Beste collega's,", "Hoi allemaal,", "Beste ouders,", "Beste leden,"], "vl": ["Beste collega's,", "Dag allemaal,"],
                      "en": ["Hi all,", "Dear colleagues,"]}[lang])
        return "\n".join([("Subject: " if lang == "en" else "Onderwerp: ") + subj, "", g, "", s, "", closing(d), d.nm(q, R.choice(["full", "first"])), d.company])
    if k == 3:
        return f"[{R.randint(7, 17):02d}:{R.randint(0, 59):02d}] {d.nm(q, R.choice(['first', 'full']))}: {s}"
    if k == 4:
        return f"{R.choice(['📌 Mededeling', 'Intranet - nieuws', 'Prikbord'] if lang != 'en' else ['📌 Notice', 'Intranet news'])} {d.company}\n{s}"
    dt = rand_day()
    return f"{dt:%d-%m-%Y} {R.randint(7, 21):02d}:{R.randint(0, 59):02d} - {d.nm(q, R.choice(['full', 'first']))}: {s}"


def hn_pw_policy(d):
    lang = d.lang
    rules = R.sample(PW_RULES[lang], min(len(PW_RULES[lang]), R.randint(3, 5)))
    bullet = R.choice(["- ", "* ", "• ", ""])
    if lang == "en":
        head = [f"Subject: {R.choice(['New password policy', 'Reminder: passwords and MFA', 'Security tips'])}", "", R.choice(["Dear colleagues,", "Hi all,", "Hello team,"]), "",
                f"From {d.date()} the following rules apply:"]
        tail = ["", R.choice(["Thanks for your cooperation,", "Kind regards,"]), d.nm(d.staff, "full") if p_(0.6) else "IT Support", d.company]
    else:
        head = [f"Onderwerp: {R.choice(['Nieuw wachtwoordbeleid', 'Herinnering: wachtwoorden en MFA', 'Veilig werken - wachtwoorden', 'Paswoordbeleid'])}", "",
                R.choice(["Beste collega's,", "Hoi allemaal,", "Beste medewerkers,"]), "",
                R.choice([f"Vanaf {d.date()} gelden de volgende afspraken:", "Even een paar afspraken op een rij:", "Naar aanleiding van een phishingpoging deze week:"])]
        tail = ["", R.choice(["Dank voor jullie medewerking,", "Groet,", "Met vriendelijke groet,"]), d.nm(d.staff, "full") if p_(0.6) else "Servicedesk", d.company]
    return "\n".join(head + [bullet + r for r in rules] + tail)


def hn_pw_reset_done(d):
    p = d.client
    if d.lang == "en":
        return "\n".join([f"Ticket {d.order()} - Password reset", f"Requester: {d.nm(p, 'full')}",
                          "User could not log in after holiday. Sent a self-service reset link; user chose a new password herself.",
                          "Password: ******** (not shared with IT)", f"Closed {d.date()} {d.time()}."])
    return "\n".join([f"{R.choice(['Ticket', 'Melding'])} {d.order()} - {R.choice(['Wachtwoord vergeten', 'Account geblokkeerd', 'Paswoord verlopen' if d.lang == 'vl' else 'Wachtwoord verlopen'])}",
                      f"Melder: {d.nm(p, R.choice(['full', 'admin']))}",
                      R.choice(["Gebruiker kon na de vakantie niet inloggen.", "Account stond geblokkeerd na vijf foute pogingen.", "Wachtwoord was verlopen."]),
                      R.choice(["Resetlink via sms gestuurd, gebruiker heeft zelf een nieuw wachtwoord ingesteld.",
                                "Via het selfserviceportaal gereset; nieuw wachtwoord is niet bij IT bekend.",
                                "Identiteit gecontroleerd via terugbelverzoek, daarna tijdelijke toegang via MFA-code."]),
                      R.choice(["Wachtwoord: ******** (niet gedeeld)", "Wachtwoord: [verborgen]", "Wachtwoord niet genoteerd, conform beleid."]),
                      f"Gesloten op {d.date()} om {d.time()}."])


def hn_phish_warning(d):
    lang = d.lang
    if lang == "en":
        return (f"Heads-up: phishing emails are going around pretending to be from the bank and from Microsoft 365, asking you to 'confirm your password'. "
                f"Do not click. The bank will never ask for your password or PIN. Forward suspicious mail to {company_box(d)}. - {d.company}")
    return R.choice([
        f"Let op: er gaan phishingmails rond namens 'de Bank' en 'Microsoft Team', met de vraag je wachtwoord te bevestigen. Niet klikken! "
        f"Een bank vraagt nooit om je wachtwoord of pincode. Twijfel je? Bel op het bekende nummer, niet op het nummer uit de mail. Groet, {d.company}",
        f"WAARSCHUWING\nWij sturen nooit sms'jes met een link om uw wachtwoord te wijzigen. Ontvangt u zo'n bericht namens {d.company}? Verwijder het en meld het via {company_box(d)}.",
        f"Phishingtest van {d.date()}: {R.randint(8, 40)}% van de collega's klikte op de link, {R.randint(1, 9)}% vulde een wachtwoord in. Volgende training: {d.date()} om {d.time(9, 16)}.",
    ])


def hn_bsn_talk(d):
    lang = d.lang
    key = d.S["key"]
    if lang == "en":
        return hn_frame(d, R.choice([
            f"Please bring your passport or ID card and your BSN letter to the appointment on {d.date()} at {d.time()}. Do not email your BSN to us; we will copy it at the desk.",
            f"Question from a new colleague: where do I enter my BSN for payroll? Answer: in the HR portal under 'Personal details'. Never send it by chat.",
            "Your BSN (citizen service number) is on your passport, ID card or driving licence. You need it for the GP, the tax office and your employer.",
        ]), "BSN")
    opts = [
        f"Neem bij uw afspraak op {d.date()} om {d.time()} een geldig identiteitsbewijs mee. Uw BSN hoeft u niet te mailen; dat nemen wij aan de balie over.",
        "Het veld 'BSN' in het aanmeldformulier is verplicht, maar vul het alleen in via het beveiligde portaal en nooit in een gewone e-mail.",
        "Je BSN staat op je paspoort, ID-kaart of rijbewijs. Je hebt het nodig voor de huisarts, de Belastingdienst en je werkgever.",
        f"Vraag van een ouder: moet ik het BSN van mijn kind doorgeven aan {d.company}? Antwoord: ja, voor de jaaropgave, maar via het ouderportaal en niet per WhatsApp.",
        f"Reminder: BSN's van nieuwe medewerkers alleen in het HR-systeem invoeren, niet in Excel of in de mail. Vragen? Bel {d.nm(d.staff, 'first')}.",
        "Stuur nooit een kopie van je ID met zichtbaar BSN. Gebruik de KopieID-app en streep het BSN door.",
        "Checklist afspraak notaris: legitimatiebewijs, BSN (staat op uw ID), gegevens van de hypotheek. Meer is niet nodig.",
    ]
    if key == "zorgadmin":
        opts.append(f"Wij zijn wettelijk verplicht uw BSN te controleren. Neem daarom bij uw eerste afspraak op {d.date()} uw ID-bewijs mee.")
    if key == "kinder":
        opts.append(f"De kinderopvangtoeslag vraagt u zelf aan bij de Belastingdienst; daarvoor heeft u het BSN van uw kind nodig en ons LRK-nummer.")
    s = R.choice(opts)
    return hn_frame(d, vlify(s) if lang == "vl" else s, "BSN")


def hn_nonbsn(d):
    lang = d.lang
    a = d.K(non_bsn9())
    b = d.K(non_bsn9())
    if lang == "en":
        return f"Order {a} and order {b} were merged into one shipment. Track & trace follows by email. Total {d.amount(30, 400)}."
    return R.choice([
        f"Ordernummer {a} is geannuleerd en vervangen door ordernummer {b}. Het verschil van {d.amount(5, 90)} wordt teruggestort.",
        f"Factuurnummer {a} (vervaldatum {d.date()}) is gecrediteerd; zie creditnota {b}.",
        f"Zaaknummer {a} is samengevoegd met zaaknummer {b}. U hoeft niets te doen.",
        f"Pakket met zendingnummer {a} is vertraagd. Nieuwe verwachte levering: {d.date()}. Retourzending {b} is ontvangen.",
    ])


def hn_contract_template(d):
    lang = d.lang
    key = d.S["key"]
    blank = R.choice(["____________________", "........................................", "[invullen]", "______________", "…………………………"])
    if lang == "en":
        return "\n".join([f"DRAFT - {R.choice(['Service agreement', 'Employment contract', 'Tenancy agreement'])} (template, not signed)", "",
                          f"Between {d.company}, hereinafter 'the Company', and", f"Name: {blank}", f"Address: {blank}", "",
                          f"1. The agreement starts on {blank} and runs for 12 months.", f"2. The monthly fee is {d.amount(40, 900)} excl. VAT.",
                          "3. Either party may terminate with one month's notice.", "", f"Signature Company: {blank}    Date: {blank}",
                          f"Signature Client:  {blank}    Date: {blank}"])
    kind = {"wonen": "HUUROVEREENKOMST WOONRUIMTE", "horeca": "ARBEIDSOVEREENKOMST BEPAALDE TIJD", "kinder": "PLAATSINGSOVEREENKOMST KINDEROPVANG",
            "it": "SERVICEOVEREENKOMST WERKPLEKBEHEER", "sport": "SPONSOROVEREENKOMST", "juridisch": "VASTSTELLINGSOVEREENKOMST",
            "garage": "KOOPOVEREENKOMST GEBRUIKTE AUTO", "zorgadmin": "BEHANDELOVEREENKOMST (ADMINISTRATIEF)"}.get(key, "OPDRACHTBEVESTIGING")
    party = {"wonen": "Huurder", "horeca": "Werknemer", "kinder": "Ouder/verzorger", "garage": "Koper", "it": "Opdrachtgever",
             "sport": "Sponsor", "juridisch": "Partij 2"}.get(key, "Opdrachtgever")
    lines = [f"{R.choice(['CONCEPT - ', 'MODEL ', '', 'Sjabloon: '])}{kind}", R.choice(["(niet ondertekend)", "Versie " + str(R.randint(1, 4)) + " - ter bespreking", ""]), "",
             "Partijen:", f"1. {d.company}, hierna te noemen '{'Verhuurder' if key == 'wonen' else 'Werkgever' if key == 'horeca' else 'Opdrachtnemer'}'",
             f"2. [NAAM {party.upper()}], wonende te [ADRES], hierna te noemen '{party}'", "",
             f"Artikel 1 - Ingangsdatum: {blank}",
             f"Artikel 2 - {'Huurprijs' if key == 'wonen' else 'Vergoeding'}: {d.amount(40, 2400)} per maand" if p_(0.6) else f"Artikel 2 - Vergoeding: {blank}",
             "Artikel 3 - Opzegging: met inachtneming van een termijn van één maand.", "",
             R.choice(["Aldus opgemaakt in tweevoud.", "Opgemaakt te ____________ op ____________.", "Voor akkoord:"]), "",
             f"Naam: {blank}", f"Handtekening: {blank}", f"Datum: {R.choice(['__-__-____', blank])}"]
    if p_(0.4):
        lines.append("")
        lines.append(R.choice(["Graag ondertekend retour vóór " + d.date() + ".", "Let op: dit is een voorbeeld, niet gebruiken zonder juridische check."]))
    s = "\n".join(lines)
    return vlify(s) if lang == "vl" else s


def hn_contract_talk(d):
    p = d.client
    lang = d.lang
    if lang == "en":
        return "\n".join([greet(d, p, False), "", R.choice([f"The contract isn't signed yet. Could you sign it and send it back before {d.date()}?",
                                                            "We received your email, but the signed version hasn't arrived yet. Did you send it by post?",
                                                            f"Attached is the draft agreement. Once you agree, we'll send it via our e-sign tool."]),
                          "", closing(d), d.nm(d.staff, "first")])
    s = "\n".join([greet(d, p, p_(0.5)), "", R.choice([
        f"Het contract is nog niet getekend. Zou je het vóór {d.date()} willen ondertekenen en terugsturen?",
        "We hebben uw mail ontvangen, maar de getekende versie zit er niet bij. Wilt u die nog nasturen?",
        f"In de bijlage het concept van de overeenkomst. Als u akkoord bent, sturen we hem via ons ondertekenprogramma.",
        f"De ondertekening van de huurovereenkomst staat gepland op {d.date()} om {d.time()} op ons kantoor.",
        f"Vraagje: mag ik de arbeidsovereenkomst ook digitaal tekenen? Ik ben {d.date()} niet op kantoor.",
    ]), "", closing(d), d.nm(d.staff, R.choice(["first", "full"]))])
    return vlify(s) if lang == "vl" else s


def hn_salary_talk(d):
    lang = d.lang
    if lang == "en":
        return hn_frame(d, R.choice([f"Reminder: payslips for {R.choice(MONTHS_EN)} will be in the app on Friday. Salaries are paid on {d.date()}.",
                         f"Question about your payslip? Email payroll, not the team chat. Holiday pay (8% of gross salary) is paid in May.",
                         f"The collective agreement raises wages by 3.5% from {d.date()}. Scale 4 step 3 then becomes {d.amount(2300, 3100)} gross per month."]), "Payslips")
    s = R.choice([
        f"De loonstroken van {R.choice(MONTHS_NL)} staan vrijdag in de app. Het salaris wordt op {d.date()} overgemaakt.",
        "Heb je een vraag over je loonstrook? Mail de salarisadministratie en niet de groepsapp.",
        f"Het vakantiegeld (8% van het brutoloon) wordt in mei uitbetaald, samen met het salaris van {d.date()}.",
        f"Volgens de nieuwe cao gaan de lonen per {d.date()} met 3,5% omhoog. Schaal 4 trede 3 wordt dan {d.amount(2300, 3100)} bruto per maand.",
        f"Vraag: komt de loonstrook ook nog op papier? Antwoord: nee, vanaf {d.date()} alleen digitaal via het personeelsportaal.",
        f"Wie zijn jaaropgave kwijt is kan die downloaden in het portaal. De loonstrook van december komt later dan normaal, rond {d.date()}.",
    ])
    return hn_frame(d, vlify(s.replace("loonstrook", "loonfiche").replace("loonstroken", "loonfiches")) if lang == "vl" else s, "Loonstroken")


def hn_api_talk(d):
    lang = d.lang
    k = R.randrange(4)
    if k == 0:
        return "\n".join(["# .env.example - kopieer naar .env en vul je eigen waarden in" if lang != "en" else "# .env.example - copy to .env and fill in your own values",
                          "OPENAI_API_KEY=<jouw-key-hier>" if lang != "en" else "OPENAI_API_KEY=<your-key-here>",
                          "ANTHROPIC_API_KEY=", "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxx", "AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX",
                          f"MAX_DAILY_SPEND_EUR={R.choice([50, 100, 200])}"])
    if k == 1:
        return hn_frame(d, R.choice([
            f"Afspraak: API-keys nooit in de code, in Slack of in een ticket plakken. Ze staan in de kluis. De oude key (eindigend op ...{rs(4, 'abcdef0123456789')}) is op {d.date()} ingetrokken.",
            "Tip: een OpenAI-key begint met sk- en een Anthropic-key met sk-ant-. Zie je zoiets in een mail of document? Meld het meteen, dan roteren we de key.",
            f"Zet in het OpenAI- en Anthropic-dashboard een harde limiet van {d.amount(50, 200)} per maand, dan kan een gelekte key niet veel kwaad.",
        ]), "API-keys") if lang != "en" else hn_frame(d, "Rule: never paste API keys into code, Slack or tickets. Keys live in the vault. The old key was revoked today.")
    if k == 2:
        return "\n".join(["```python", "import os", "from openai import OpenAI", "", "client = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])  # key komt uit de omgeving", "```",
                          "Zo staat de key niet in de repository." if lang != "en" else "This way the key is never in the repository."])
    return (f"Ticket {d.order()}: Mollie-koppeling webshop gaf 401. Oorzaak: key was geroteerd maar niet bijgewerkt in de kluis. Nieuwe key via de kluis ingesteld, niet gedeeld in dit ticket. Opgelost om {d.time()}."
            if lang != "en" else f"Ticket {d.order()}: payment integration returned 401 because the key had been rotated. Updated via the vault; key not pasted here. Fixed at {d.time()}.")


def hn_small_list(d):
    lang = d.lang
    n = R.choice([2, 3, 3])
    key = d.S["key"]
    intro = {"install": "Contactpersonen voor de oplevering van de warmtepompen:", "kinder": "Wie rijden er mee naar de kinderboerderij?",
             "zorgadmin": "Terugbellen vandaag:", "hovenier": "Buren die een sleutel hebben:", "it": "Aanspreekpunten bij de klant:",
             "bouw": "Bewonerscommissie (aanspreekpunt tijdens de renovatie):", "horeca": "Vaste gasten die een reservering bevestigd willen hebben:",
             "sport": "Trainers jeugd deze zaterdag:", "juridisch": "Getuigen die de advocaat wil spreken:", "wonen": "BHV'ers in het complex:",
             "webshop": "Klanten die nog een terugbetaling moeten krijgen:", "garage": "Klanten die hun auto vandaag ophalen:"}[key]
    if lang == "en":
        intro = R.choice(["Contacts for this job:", "Please call these people back today:", "Volunteers for Saturday:"])
    keys = R.choice([["name", "phone"], ["name", "email"], ["name", "phone", "email"], ["name", "street", "phone"]])
    tbl, _ = people_table(d, n, keys, layout=R.choice(["num", "bullet", "semi"]) if p_(0.5) else R.choice(["csv", "md", "aligned"]), header=p_(0.5))
    s = intro + "\n" + tbl
    return vlify(s) if lang == "vl" else s


def hn_capitalised(d):
    lang = d.lang
    c = d.company
    if lang == "en":
        return R.choice([
            f"{c} will be closed on Monday {d.date(style=2)} (Whit Monday). From Tuesday we are open again from {d.time(8, 9)}. The Bank Holiday schedule is on the website.",
            f"Team Zorg & Welzijn moves to the new office in Zwolle in March. The Rijnstraat location stays open until {d.date()}.",
        ])
    s = R.choice([
        f"Let op: {c} is op Maandag {d.date(style=1)} gesloten. Vanaf Dinsdag zijn we weer open vanaf {d.time(8, 9)}. Spoed? Bel de Huisartsenpost of Team Zorg.",
        f"Mededeling van Team Zorg Rijnstraat: de locatie Rijnstraat verhuist in Maart naar het Zorgplein in Amersfoort. De Bank bij de ingang blijft staan.",
        f"Woensdag Gehaktdag! Bij Lunchroom De Zoete Inval in Deventer: twee gehaktballen voor {d.amount(4, 9)}. Alleen in Juni.",
        f"De Rabobank Clubkas Campagne is gestart. Stem op {c}! Vorig jaar haalden we {d.amount(400, 1900)} op voor nieuwe ballen en netten.",
        f"Planning Oost: Zwolle, Kampen en Meppel op Maandag; Deventer en Zutphen op Donderdag. Start {d.time(7, 8)}, verzamelen bij de Zonnebloem-locatie.",
        f"Fysiotherapie Rijnstraat en Tandartspraktijk Kerkplein organiseren samen een Open Dag op Zaterdag {d.date(style=1)}, van {d.time(10, 11)} tot {d.time(14, 16)}.",
        f"Rooster Zorg Team Noord: in December en Januari draaien we met een Kerstbezetting. Vragen bij de Teamleider, niet via de Bank-app.",
        f"Van Dijk Installaties, Bakker Bouw en Visser Groen zijn onze vaste partners in Almere en Lelystad. Offerte aanvragen kan tot {d.date()}.",
    ])
    return vlify(s) if lang == "vl" else s


def hn_iban_placeholder(d):
    lang = d.lang
    if lang == "en":
        return "\n".join([f"{d.company} - direct debit form", "", "Name: ______________________", "IBAN: NL__ ____ ____ ____ __",
                          f"Amount: {d.amount(10, 60)} per month", "Signature: ______________________", "", "Fill in and hand in at reception."])
    s = "\n".join([f"{d.company} - {R.choice(['Machtigingsformulier doorlopende SEPA-incasso', 'Wijziging rekeningnummer', 'Terugbetalingsformulier'])}", "",
                   f"Naam: {R.choice(['______________________', '....................'])}", f"IBAN: {R.choice(['NL__ ____ ____ ____ __', 'NLxx BANK xxxx xxxx xx', '__________________'])}",
                   f"Bedrag: {d.amount(10, 60)} per maand" if p_(0.6) else "Bedrag: ________",
                   f"Ingangsdatum: {d.date()}" if p_(0.5) else "Ingangsdatum: ___-___-______", "Handtekening: ______________________", "",
                   R.choice(["Inleveren bij de receptie of scannen en mailen.", "Let op: vul het IBAN zonder spaties in.", "Voorbeeld IBAN-notatie: 18 tekens, begint met NL."])])
    return vlify(s) if lang == "vl" else s


def hn_policy_ai(d):
    lang = d.lang
    if lang == "en":
        return ("Our AI rules in short: never paste BSNs, payslips, signed contracts, customer lists, passwords or API keys into a free AI tool. "
                f"Anonymise names and addresses first, leave amounts as they are. Questions? Ask {d.company} IT.")
    s = R.choice([
        "Onze AI-afspraken in het kort: plak nooit een BSN, loonstrook, ondertekend contract, klantenlijst, wachtwoord of API-key in een gratis AI-tool. "
        "Vervang namen door [KLANT_A] en adressen door [ADRES]; bedragen mag je laten staan.",
        f"Checklist voor je iets in ChatGPT plakt:\n1. Staan er namen of adressen in? Vervang ze.\n2. Zit er een BSN, wachtwoord of API-key in? Niet plakken.\n"
        f"3. Is het een loonstrook, getekend contract of klantenlijst? Niet plakken.\n4. Twijfel? Vraag het {d.company}.",
        f"Tijdens het overleg van {d.date()} afgesproken: iedereen gebruikt het Team-abonnement, 2FA staat aan en we plakken geen klantgegevens in AI-tools.",
    ])
    return hn_frame(d, vlify(s) if lang == "vl" else s, "AI-afspraken")


def hn_old_dates(d):
    lang = d.lang
    y = R.randint(1921, 1988)
    dt = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
    v = d.K(fmt_date(dt, "en" if lang == "en" else "nl", R.choice([1, 3]) if lang != "en" else 2))
    if lang == "en":
        return f"{d.company} was founded on {v}. To celebrate, all members get a {d.amount(5, 25)} voucher this month."
    s = R.choice([f"{d.company} is opgericht op {v}. Ter gelegenheid van het jubileum krijgen alle leden een tegoedbon van {d.amount(5, 25)}.",
                  f"Het pand aan het plein is opgeleverd op {v} en wordt vanaf {d.date()} gerenoveerd. De kosten worden geraamd op {d.amount(90000, 400000)}.",
                  f"De huidige cv-installatie dateert van {v}; vervanging door een warmtepomp kost circa {d.amount(6000, 14000)}.",
                  f"Sinds {v} is de tennisbaan niet meer gerenoveerd. De begroting voor nieuwe gravel is {d.amount(8000, 30000)}."])
    return vlify(s) if lang == "vl" else s


def hn_ops_info(d):
    lang = d.lang
    key = d.S["key"]
    if lang == "en":
        return R.choice([f"Returns are free within 30 days. Refunds are processed within 14 days of receipt. Shipping costs {d.amount(4, 7)}; free above {d.amount(40, 60)}.",
                         f"Opening hours over the holidays: closed on {d.date()}, open again on {d.date(after=d._last_day)} from {d.time(8, 10)}."])
    opts = {
        "webshop": f"Retourneren kan binnen 30 dagen. De terugbetaling volgt binnen 14 dagen na ontvangst. Verzendkosten {d.amount(4, 7)}, gratis vanaf {d.amount(40, 60)}.",
        "horeca": f"Menukaart voorjaar: {d.product('menu')} voor {d.amount(35, 65)}, kinderen tot 12 jaar halve prijs. Reserveren kan tot {d.time(14, 16)} op de dag zelf.",
        "sport": f"Contributie seizoen: senioren {d.amount(180, 320)}, junioren {d.amount(90, 180)}. De incasso is op {d.date()}. Opzeggen vóór 1 mei.",
        "install": f"Prijslijst onderhoud: cv-ketel {d.amount(95, 160)}, warmtepomp {d.amount(150, 260)}, voorrijkosten {d.amount(35, 60)}. Geldig tot {d.date()}.",
        "garage": f"Actie: APK + kleine beurt samen voor {d.amount(150, 260)}. Geldig t/m {d.date()}. Zomerbanden wisselen {d.amount(40, 70)}.",
        "kinder": f"Het uurtarief KDV wordt per {d.date()} {d.amount(9, 12)}. BSO wordt {d.amount(8, 11)} per uur. U ontvangt een nieuwe jaaropgave.",
        "zorgadmin": f"Wij zijn gesloten van {d.date()} t/m {d.date(after=d._last_day)}. Voor spoed buiten kantoortijd belt u de dienstdoende praktijk. Afzeggen kan tot {d.time(9, 12)} op de dag ervoor.",
        "hovenier": f"Wintertarief snoeien: {d.amount(40, 60)} per uur, groenafval afvoeren {d.amount(25, 60)} per m3. Planning voorjaar opent op {d.date()}.",
        "it": f"Onderhoudsvenster: {d.date()} van {d.time(20, 21)} tot {d.time(22, 23)}. Mail en Teams kunnen kort niet bereikbaar zijn.",
        "bouw": f"Werktijden op de bouwplaats: {d.time(7, 7)} tot {d.time(16, 16)}. Op {d.date()} wordt er gestort; de straat is dan afgesloten.",
        "juridisch": f"Ons kantoor is op {d.date()} gesloten. Termijnen die op die dag verlopen, worden de volgende werkdag behandeld.",
        "wonen": f"Per {d.date()} stijgt de huur met maximaal 5%. U ontvangt hierover voor {d.date()} een brief. Bezwaar maken kan via het huurdersportaal.",
    }
    s = opts[key]
    return hn_frame(d, vlify(s) if lang == "vl" else s)


# ---------------------------------------------------------------------------
# Documents that must be refused as a whole
# ---------------------------------------------------------------------------
HR_SPEC = ("Personeelsformulier nieuwe medewerker", "New employee form",
           [("name", "Naam"), ("dob", "Geboortedatum"), ("street", "Adres"), ("pcc", "Postcode/plaats"), ("mobile", "Mobiel"), ("iban", "IBAN")])


def b_bsn_form(d):
    key = d.S["key"]
    if key == "kinder" and p_(0.7):
        spec = FORM_SPECS["kinder"]
        bf = ("kid_dob", "BSN kind", None)
        fields = form_fields(d, spec[2], caps=p_(0.2) and d.lang != "en", bsn_field=None)
        # BSN of the child right after its date of birth
        idx = [i for i, (l, _) in enumerate(fields) if "eboortedatum" in l or "birth" in l][0]
        fields.insert(idx + 1, ("BSN kind" if d.lang != "en" else "Child's BSN", d.bsn(d.kid)))
        if p_(0.4):
            fields.insert(idx + 4, ("BSN ouder" if d.lang != "en" else "Parent's BSN", d.bsn(d.client)))
        title = spec[1] if d.lang == "en" else spec[0]
        return render_form(title, fields)
    if key in ("zorgadmin", "wonen", "juridisch") and p_(0.75):
        spec = FORM_SPECS[key]
        after = "dob" if any(k == "dob" for k, _ in spec[2]) else "name"
        fields = form_fields(d, spec[2], caps=p_(0.25) and d.lang != "en", bsn_field=(after, "BSN"))
        title = spec[1] if d.lang == "en" else spec[0]
        return render_form(f"{d.company} - {title}" if p_(0.5) else title, fields)
    fields = form_fields(d, HR_SPEC[2], caps=p_(0.2) and d.lang != "en", bsn_field=("dob", R.choice(["BSN", "Burgerservicenummer", "BSN-nummer"])))
    if p_(0.5):
        fields.append(({"nl": "Datum in dienst", "vl": "Datum in dienst", "en": "Start date"}[d.lang], d.date()))
    return render_form(f"{d.company} - {HR_SPEC[1] if d.lang == 'en' else HR_SPEC[0]}", fields)


def b_bsn_msg(d):
    p = d.client
    lang = d.lang
    k = R.randrange(5)
    if lang == "en":
        return "\n".join([greet_company(d), "", f"As requested, my details for the registration: {d.nm(p, 'full')}, born {d.dob(p)}, BSN {d.bsn(p)}.",
                          f"Address: {d.addr_line(p, 0)}.", "", closing(d), d.nm(p, "first")])
    if k == 0:
        dt = datetime.datetime.combine(rand_day(), datetime.time(R.randint(8, 20), R.randint(0, 59)))
        style = R.choice([0, 1, 4, 8])
        who = d.nm(p, R.choice(["first", "full"]))
        qw = d.nm(d.staff, "first")
        msgs = [(qw, f"Hoi! Voor de {R.choice(['loonadministratie', 'inschrijving', 'toeslag', 'VOG-aanvraag'])} hebben we je BSN nog nodig."),
                (who, f"{R.choice(['ah ja', 'oke', 'sorry vergeten'])}, {R.choice(['het is', 'mijn bsn is', 'bsn:'])} {d.bsn(p)}"),
                (qw, "Dank je! Ik zet het meteen in het systeem en haal het bericht daarna weg.")]
        lines = []
        for w, m in msgs:
            dt += datetime.timedelta(minutes=R.randint(1, 30))
            lines.append(_chat_fmt(style, dt, w, m, lang))
        return "\n".join(lines)
    if k == 1:
        return "\n".join([f"Onderwerp: {R.choice(['Gegevens aanvraag', 'Aanvulling dossier', 'Inschrijving'])}", "", greet_company(d), "",
                          f"Hierbij mijn gegevens: {d.nm(p, 'full')}, geboren op {d.dob(p)}, BSN {d.bsn(p)}. "
                          f"{R.choice(['Mijn nieuwe adres is', 'Ik woon op'])} {d.addr_line(p, 0)}.", "", closing(d), sign(d, p, phone=p_(0.5), name_style="full")])
    if k == 2:
        return "\n".join([d.company, "", d.nm(p, R.choice(["title_full", "title_init"])), d.street(p), f"{d.pc(p)} {d.city(p)}", "",
                          f"Datum: {d.date()}", f"Ons kenmerk: {d.order()}", f"Uw burgerservicenummer: {d.bsn(p)}", "", greet(d, p, True), "",
                          R.choice(["Wij hebben uw aanvraag ontvangen en in behandeling genomen.", "Hierbij ontvangt u de beschikking op uw aanvraag.",
                                    "Uw inschrijving als woningzoekende is verlengd."]), "", "Met vriendelijke groet,", "", d.nm(d.staff, "full"), R.choice(d.S["roles"])])
    if k == 3:
        s = d.nm(p, "full")
        return (f"Telefoonnotitie {d.date()}: {s} belde over {R.choice(['de toeslag', 'de aanvraag', 'de inschrijving', 'het dossier'])}. "
                f"Ter controle BSN genoteerd: {d.bsn(p)}, geb. {d.dob(p)}. Terugbellen op {d.phone(p)}.")
    other = d.person()
    return "\n".join([f"Dossier {d.order()} - gegevens partijen", f"Verkoper: {d.nm(p, 'full')}, geboren {d.dob(p)}, BSN {d.bsn(p)}",
                      f"Koper: {d.nm(other, 'full')}, geboren {d.dob(other)}, BSN {d.bsn(other)}", f"Object: {d.street(d.person())}", f"Passeerdatum: {d.date()}"])


def b_pw(d):
    p, q = d.client, d.staff
    lang = d.lang
    pw = make_password()
    k = R.randrange(9)
    word = "paswoord" if lang == "vl" else "wachtwoord"
    if lang == "en":
        return R.choice([
            lambda: "\n".join([f"Hi {d.nm(p, 'first')},", "", "Your account is ready.", f"Username: {d.email(p, work=True)}", f"Temporary password: {pw}",
                               "Please change it at first login.", "", d.nm(q, "first"), "IT Support"]),
            lambda: f"Ticket {d.order()}: password for {d.nm(p, 'full')} reset to {pw} - user will change it tomorrow.",
            lambda: f"Guest wifi for the event: network {d.company.split()[0]}-Guest, password {pw}",
        ])()
    if k == 0:
        s = "\n".join([greet(d, p, False), "", R.choice(["Je account is aangemaakt.", "Welkom! Je account staat klaar."]),
                       f"Gebruikersnaam: {d.email(p, work=True)}", f"{'Tijdelijk ' if p_(0.6) else ''}{word}: {pw}",
                       R.choice([f"Wijzig het {word} bij de eerste keer inloggen.", "Je moet bij eerste login MFA instellen."]), "", closing(d), d.nm(q, "first")])
    elif k == 1:
        s = f"{R.choice(['Ticket', 'Melding'])} {d.order()} - {word} gereset voor {d.nm(p, 'full')}. Nieuw {word}: {pw} (doorgegeven via telefoon {d.phone(p)})."
    elif k == 2:
        dt = datetime.datetime.combine(rand_day(), datetime.time(R.randint(8, 22), R.randint(0, 59)))
        style = R.choice([0, 1, 3, 4, 5, 8, 9])
        a, b = d.nm(p, R.choice(["first", "full"])), d.nm(q, R.choice(["first", "full"]))
        msgs = [(a, R.choice(["wat was het ww van de gedeelde mailbox ook alweer?", "hoe kom ik in het kassasysteem?", "wat is het wachtwoord van de wifi voor personeel?"])),
                (b, f"{R.choice(['is', 'het is', 'ww:'])} {pw}"), (a, R.choice(["thx", "top", "👍"]))]
        lines = []
        for w, m in msgs:
            dt += datetime.timedelta(minutes=R.randint(0, 9))
            lines.append(_chat_fmt(style, dt, w, m, lang))
        s = "\n".join(lines)
    elif k == 3:
        s = f"{R.choice(['Wifi personeel', 'Wifi gasten', 'WiFi'])}\nNetwerk: {slug(d.company)[:12]}-{R.choice(['staff', 'gast', 'intern'])}\n{word.capitalize()}: {pw}"
    elif k == 4:
        s = f"Inloggegevens leveranciersportaal: {d.email(q, work=True)} / {pw} - niet doorsturen aub."
    elif k == 5:
        s = "\n".join(["```", "[database]", f"host = db.{d.domain}", f"user = {R.choice(['webshop', 'admin', 'app_rw'])}", f"password = {pw}", "```",
                       R.choice(["Waarom krijg ik 'access denied'?", "Kun je deze config controleren?", ""])])
    elif k == 6:
        s = f'{{"gebruiker": "{d.email(p)}", "wachtwoord": "{pw}", "rol": "{R.choice(["ouder", "lid", "klant", "huurder"])}"}}'
    elif k == 7:
        s = "\n".join([f"Beste {d.nm(p, 'first')},", "", f"Hierbij je inloggegevens voor {R.choice(['het ouderportaal', 'de ledenapp', 'het huurdersportaal', 'het klantportaal'])}:",
                       f"E-mail: {d.email(p)}", f"{word.capitalize()}: {pw}", "", closing(d), d.company])
    else:
        s = f"Mijn {word} voor {R.choice(['Outlook', 'de boekhouding', 'het kassasysteem', 'de webshop-admin'])} is {pw} maar hij doet het niet meer sinds gisteren. Kun je helpen? - {d.nm(p, 'first')}"
    return s


def b_api(d):
    lang = d.lang
    kind, key = make_api_key()
    p = d.staff
    k = R.randrange(7)
    varname = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "aws": "AWS_ACCESS_KEY_ID", "github": "GITHUB_TOKEN",
               "stripe": "STRIPE_SECRET_KEY", "google": "GOOGLE_MAPS_API_KEY", "slack": "SLACK_BOT_TOKEN"}[kind]
    if k == 0:
        lines = ["# .env productie webshop" if lang != "en" else "# .env production", f"APP_URL=https://{d.domain}", f"{varname}={key}"]
        if kind == "aws":
            lines.append(f"AWS_SECRET_ACCESS_KEY={aws_secret()}")
        lines.append(f"MAIL_FROM={company_box(d)}")
        return "\n".join(lines)
    if k == 1:
        dt = datetime.datetime.combine(rand_day(), datetime.time(R.randint(8, 22), R.randint(0, 59)))
        style = R.choice([0, 1, 3, 4, 7])
        a, b = d.nm(p, "first"), d.nm(d.person(), "first")
        msgs = [(a, R.choice(["kun je de key sturen voor de koppeling?", "welke key gebruikt de chatbot?", "heb je de nieuwe key al?"] if lang != "en" else ["can you send the key for the integration?"])),
                (b, f"{R.choice(['hier:', 'deze:', 'is'])} {key}" if lang != "en" else f"here: {key}"), (a, "👍")]
        lines = []
        for w, m in msgs:
            dt += datetime.timedelta(minutes=R.randint(0, 9))
            lines.append(_chat_fmt(style, dt, w, m, lang))
        return "\n".join(lines)
    if k == 2:
        code = {"openai": f'client = OpenAI(api_key="{key}")', "anthropic": f'client = anthropic.Anthropic(api_key="{key}")',
                "aws": f's3 = boto3.client("s3", aws_access_key_id="{key}", aws_secret_access_key="{aws_secret()}")',
                "github": f'headers = {{"Authorization": "token {key}"}}', "stripe": f'stripe.api_key = "{key}"',
                "google": f'url = f"https://maps.googleapis.com/maps/api/geocode/json?address={{adres}}&key={key}"',
                "slack": f'client = WebClient(token="{key}")'}[kind]
        q = {"nl": R.choice(["Waarom krijg ik een 401 bij deze code?", "Kun je deze functie verbeteren?", "Deze code werkt lokaal wel, op de server niet. Waarom?"]),
             "vl": "Waarom werkt deze code niet?", "en": "Why do I get a 401 with this code?"}[lang]
        return f"{q}\n\n```python\n{code}\nresp = client.models.list() if hasattr(client, 'models') else None\n```"
    if k == 3:
        return (f"Ticket {d.order()}: {R.choice(['Mollie/Stripe', 'betaalkoppeling', 'chatbot', 'CI-pipeline'])} werkte niet meer. "
                f"Nieuwe key ingesteld: {key} - {d.nm(p, 'first')}" if lang != "en" else f"Ticket {d.order()}: integration broken. New key set: {key}")
    if k == 4:
        sec = aws_secret()
        ak = make_api_key("aws")[1]
        return "\n".join([greet(d, d.client, False), "", "Voor de back-up naar S3:" if lang != "en" else "For the S3 backup:",
                          f"Access key: {ak}", f"Secret: {sec}", "", closing(d), d.nm(p, "first")])
    if k == 5:
        return "\n".join(["name: deploy", "on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    env:", f"      {varname}: {key}",
                          "    steps:", "      - uses: actions/checkout@v4"])
    return f'{{"service": "{kind}", "env": "production", "api_key": "{key}", "owner": "{d.email(p, work=True)}"}}'


def b_salary(d):
    p = d.client
    lang = d.lang
    gross = round(R.uniform(1900, 5200), 2)
    hours = R.choice([16, 20, 24, 28, 32, 36, 38, 40])
    toeslag = round(R.uniform(0, 320), 2) if p_(0.5) else 0.0
    reis = round(R.uniform(0, 140), 2) if p_(0.6) else 0.0
    pens = round(gross * R.uniform(0.04, 0.08), 2)
    heff = round((gross + toeslag) * R.uniform(0.08, 0.28), 2)
    net = round(gross + toeslag - pens - heff + reis, 2)
    st = R.randrange(4)
    A = lambda v: d.K(money(v, lang, st))
    mon = R.randint(1, 12)
    yr = R.choice([2024, 2025])
    emp = R.randint(100, 9999)
    with_bsn = p_(0.35)
    if lang == "en":
        lines = [f"PAYSLIP {MONTHS_EN[mon - 1]} {yr}", f"Employer: {d.company}", f"Employee: {d.nm(p, 'full')}   Employee no.: {emp}",
                 f"Date of birth: {d.dob(p)}"]
        if with_bsn:
            lines.append(f"BSN: {d.bsn(p)}")
        lines += [f"Hours per week: {hours}", "", f"Gross salary          {A(gross)}"]
        if toeslag:
            lines.append(f"Shift allowance       {A(toeslag)}")
        lines += [f"Pension contribution  -{A(pens)}", f"Wage tax              -{A(heff)}"]
        if reis:
            lines.append(f"Travel allowance      {A(reis)}")
        lines += [f"Net pay               {A(net)}", f"Paid to {d.iban(p)}"]
        return "\n".join(lines)
    if lang == "vl":
        rsz = round(gross * 0.1307, 2)
        bv = round((gross - rsz) * R.uniform(0.12, 0.3), 2)
        net = round(gross - rsz - bv + reis, 2)
        lines = [f"LOONBRIEF {MONTHS_NL[mon - 1].upper()} {yr}", f"Werkgever: {d.company}", f"Werknemer: {d.nm(p, R.choice(['full', 'caps_admin']))}",
                 f"Adres: {d.addr_line(p, 0)}", f"Personeelsnr.: {emp}", "", f"Brutoloon                 {A(gross)}",
                 f"RSZ werknemer (13,07%)    -{A(rsz)}", f"Bedrijfsvoorheffing       -{A(bv)}"]
        if reis:
            lines.append(f"Woon-werkverkeer          {A(reis)}")
        lines += [f"Nettoloon                 {A(net)}", f"Betaald op rekening {d.iban(p)}"]
        return "\n".join(lines)
    title = R.choice(["SALARISSPECIFICATIE", "Loonstrook", "LOONSTROOK", "Salarisstrook"]) + " " + R.choice([f"{MONTHS_NL[mon - 1]} {yr}", f"periode {mon:02d}-{yr}", f"{MONTHS_NL[mon - 1]}"])
    payday = datetime.date(yr, mon, R.choice([20, 23, 24, 25, 26, 28]))
    while payday.weekday() > 4:
        payday -= datetime.timedelta(days=1)
    head = [title, f"Werkgever: {d.company}", f"Werknemer: {d.nm(p, R.choice(['full', 'admin', 'caps_admin', 'init']))}", f"Personeelsnummer: {emp}"]
    if p_(0.6):
        head.append(f"Adres: {d.street(p)}, {d.pc(p)} {d.city(p)}")
    if p_(0.6):
        head.append(f"Geboortedatum: {d.dob(p)}")
    if with_bsn:
        head.append(f"BSN: {d.bsn(p)}")
    head.append(f"Functie: {R.choice(FUNCTIONS[d.S['key']])}"
                f"   Schaal {R.randint(3, 9)} trede {R.randint(1, 12)}   Uren p/w: {hours}")
    rows = [("Salaris", A(gross))]
    if toeslag:
        rows.append(("Toeslag onregelmatigheid", A(toeslag)))
    rows += [("Pensioenpremie werknemer", "-" + A(pens)), ("Loonheffing (tabel wit)", "-" + A(heff))]
    if reis:
        rows.append(("Reiskostenvergoeding", A(reis)))
    rows.append(("Netto uit te betalen", A(net)))
    if p_(0.5):
        body = "\n".join(f"{vpad(a, 30)}{b}" for a, b in rows)
    else:
        body = "| Omschrijving | Bedrag |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)
    tail = [f"Uitbetaald op {d.iban(p)} op {d.K(fmt_date(payday, 'nl', R.choice([1, 3])))}", f"Reservering vakantiegeld (8%): {A(round(gross * 0.08, 2))}"]
    return "\n".join(head + ["", body, ""] + tail)


def b_contract(d):
    p, q = d.client, d.staff
    lang = d.lang
    key = d.S["key"]
    city = R.choice(NL_CITIES)[0] if lang != "vl" else R.choice(BE_CITIES)[0]
    sig = R.choice(["(getekend)", "w.g.", "[handtekening]", "/getekend/", "— handtekening —", "[handtekening aanwezig]", "(was getekend)"])
    if lang == "en":
        lines = [R.choice(["SERVICE AGREEMENT", "EMPLOYMENT AGREEMENT", "TENANCY AGREEMENT"]), "", f"The undersigned:", f"1. {d.company}, represented by {d.nm(q, 'full')};",
                 f"2. {d.nm(p, 'full')}, residing at {d.addr_line(p, 0)};", "", f"Article 1. The agreement commences on {d.date()}.",
                 f"Article 2. The monthly fee amounts to {d.amount(80, 2400)}.", "", f"Agreed and signed in duplicate at {city} on {d.date()}.", "",
                 f"Signed: {d.nm(q, 'full')} {R.choice(['/s/', '(signed)'])}", f"Signed: {d.nm(p, 'full')} {R.choice(['/s/', '(signed)'])}"]
        return "\n".join(lines)
    if lang == "vl":
        lines = ["OVEREENKOMST", "", "Tussen de ondergetekenden:", f"{d.company}, vertegenwoordigd door {d.nm(q, 'full')}, hierna 'de opdrachtnemer',",
                 f"en {d.nm(p, R.choice(['full', 'title_full']))}, wonende te {d.addr_line(p, 0)}, hierna 'de opdrachtgever',", "wordt overeengekomen wat volgt:", "",
                 f"Art. 1 De werken starten op {d.date()}.", f"Art. 2 De prijs bedraagt {d.amount(500, 25000)} excl. btw.", "",
                 f"Opgemaakt te {city} op {d.date()} in twee exemplaren, waarvan elke partij erkent er één te hebben ontvangen.", "",
                 "Gelezen en goedgekeurd,", f"{d.nm(p, 'full')} {sig}", "", f"Voor {d.company}: {d.nm(q, 'full')} {sig}"]
        return "\n".join(lines)
    k = 0 if key == "wonen" else R.choice([1, 2, 2, 4] + ([3, 3] if key == "juridisch" else []))
    if k == 0:
        lines = ["HUUROVEREENKOMST WOONRUIMTE", f"Contractnummer: {d.order()}", "", "De ondergetekenden:",
                 f"1. {d.company}, gevestigd te {city}, hierna te noemen 'verhuurder', vertegenwoordigd door {d.nm(q, 'full')};",
                 f"2. {d.nm(p, R.choice(['full', 'title_full', 'init']))}, geboren op {d.dob(p)}, hierna te noemen 'huurder';", "",
                 f"Verklaren te zijn overeengekomen: verhuurder verhuurt aan huurder de woonruimte aan de {d.street(d.person())} te {city}.",
                 f"De huur gaat in op {d.date()}. De kale huur bedraagt {d.amount(550, 1400)} per maand.", "",
                 f"Aldus overeengekomen en in tweevoud ondertekend te {city} op {d.date()}.", "",
                 f"Verhuurder: {d.nm(q, 'full')} {sig}", f"Huurder: {d.nm(p, 'full')} {sig}"]
        return "\n".join(lines)
    if k == 1:
        lines = ["ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD", "", f"Werkgever: {d.company}", f"Werknemer: {d.nm(p, 'full')}, geboren {d.dob(p)}, wonende {d.addr_line(p, 0)}",
                 f"Functie: {R.choice(FUNCTIONS[key]).lower()}",
                 f"Ingangsdatum: {d.date()}", f"Salaris: {d.amount(2100, 4200)} bruto per maand bij {R.choice([24, 32, 36, 38])} uur per week", "",
                 f"Aldus opgemaakt en ondertekend te {city} op {d.date()}.", "",
                 f"Handtekening werkgever: {sig}  ({d.nm(q, 'full')})", f"Handtekening werknemer: {sig}  ({d.nm(p, 'full')})"]
        return "\n".join(lines)
    if k == 2:
        job = R.choice(JOBS[key])
        signed = d.date()
        lines = [f"OPDRACHTBEVESTIGING {d.order()}", "", f"Opdrachtgever: {d.nm(p, R.choice(['full', 'title_full']))}", f"Adres: {d.addr_line(p, 0)}", "",
                 f"Omschrijving: {job}", f"Prijs: {d.amount(300, 18000)} incl. btw", f"Uitvoering: {d.date(after=d._last_day)}", "",
                 R.choice(["Voor akkoord getekend:", "Voor akkoord:", "Akkoord opdrachtgever:"]), f"Naam: {d.nm(p, 'full')}", f"Datum: {signed}",
                 f"Handtekening: {sig}"]
        return "\n".join(lines)
    if k == 3:
        other = d.person()
        lines = ["VASTSTELLINGSOVEREENKOMST", "", f"Partijen: {d.nm(p, 'full')} en {d.nm(other, 'full')}", "",
                 f"1. Partijen beëindigen het geschil met betaling van {d.amount(1000, 20000)} uiterlijk {d.date()} op {d.iban(p)}.",
                 "2. Partijen verlenen elkaar over en weer finale kwijting.", "", f"Aldus overeengekomen en ondertekend te {city} op {d.date()},", "",
                 f"{d.nm(p, 'full')}  {sig}", f"{d.nm(other, 'full')}  {sig}"]
        return "\n".join(lines)
    lines = [{"garage": "KOOPOVEREENKOMST GEBRUIKTE AUTO", "sport": "SPONSOROVEREENKOMST", "kinder": "PLAATSINGSOVEREENKOMST KINDEROPVANG",
              "it": "SERVICEOVEREENKOMST", "horeca": "OVEREENKOMST BESLOTEN FEEST", "zorgadmin": "BETALINGSREGELING"}.get(key, "AANNEMINGSOVEREENKOMST"),
             "", f"Partij 1: {d.company}, vertegenwoordigd door {d.nm(q, 'full')}", f"Partij 2: {d.nm(p, 'full')}, {d.addr_line(p, 0)}, tel. {d.phone(p)}"]
    if key == "garage":
        lines.append(f"Voertuig: {R.choice(['Volkswagen Golf', 'Toyota Yaris', 'Kia Niro', 'Peugeot 208', 'Skoda Octavia'])}, kenteken {d.plate(d.person())}")
    lines += [f"Bedrag: {d.amount(500, 24000)}", f"Ingangsdatum: {d.date()}", "", R.choice(["Voor akkoord getekend", "Aldus overeengekomen en ondertekend"]) + f" op {d.date()}:",
              f"{d.nm(q, 'full')} {sig}", f"{d.nm(p, 'full')} {sig}"]
    return "\n".join(lines)


FUNCTIONS = {
    "install": ["Servicemonteur", "Monteur zonnepanelen", "Werkvoorbereider", "Planner"], "kinder": ["Pedagogisch medewerker", "Groepshulp", "Locatiemanager"],
    "zorgadmin": ["Tandartsassistent", "Baliemedewerker", "Praktijkondersteuner administratie"], "hovenier": ["Hovenier", "Voorman groen", "Tuinontwerper"],
    "it": ["Systeembeheerder", "Servicedeskmedewerker", "Consultant"], "bouw": ["Timmerman", "Uitvoerder", "Metselaar", "Calculator"],
    "horeca": ["Medewerker bediening", "Kok", "Afwasser", "Gastvrouw"], "sport": ["Sportinstructeur", "Receptiemedewerker", "Trainer"],
    "juridisch": ["Secretaresse", "Juridisch medewerker", "Paralegal"], "wonen": ["Klantadviseur", "Opzichter", "Medewerker Burgerzaken"],
    "webshop": ["Magazijnmedewerker", "Klantenservicemedewerker", "Orderpicker"], "garage": ["Monteur", "Werkplaatschef", "Receptionist werkplaats"],
}

JOBS = {
    "install": ["levering en installatie hybride warmtepomp", "plaatsing 12 zonnepanelen incl. omvormer", "vervangen cv-ketel en rookgasafvoer", "onderhoudscontract cv 3 jaar"],
    "kinder": ["plaatsing 2 dagen per week KDV", "BSO-pakket 40 weken", "flexibele opvang woensdag"],
    "zorgadmin": ["betalingsregeling openstaande nota's", "behandeltraject 9 sessies (administratief)"],
    "hovenier": ["aanleg achtertuin volgens ontwerp", "onderhoudscontract tuin 12 maanden", "kappen en afvoeren twee bomen"],
    "it": ["beheer 12 werkplekken en Microsoft 365", "migratie naar nieuwe NAS en back-up", "levering en configuratie 6 laptops"],
    "bouw": ["verbouwing keuken en uitbouw", "renovatie badkamer", "plaatsen dakkapel", "vervangen kozijnen voorgevel"],
    "horeca": ["besloten feest 60 personen incl. buffet", "bedrijfslunch 25 personen", "bruiloftsdiner in de serre"],
    "sport": ["sponsoring jeugdteams seizoen", "huur sporthal zaterdagochtend", "jaarabonnement personal training"],
    "juridisch": ["behandeling huurgeschil", "opstellen testament en levenstestament", "begeleiding echtscheiding (mediation)"],
    "wonen": ["aanpassing badkamer (WMO)", "plaatsen scootmobielstalling", "schilderwerk buitenkozijnen"],
    "webshop": ["maatwerk keukenkast incl. montage", "levering en installatie wasmachine", "zakelijke bestelling 20 stuks"],
    "garage": ["vervangen distributieriem en waterpomp", "schadeherstel achterbumper", "grote beurt + APK"],
}

LIST_KEYS = {
    "install": [["name", "street", "pc", "city", "phone"], ["name", "email", "phone", "product"]],
    "kinder": [["kid", "parent", "mobile", "email"], ["kid", "parent", "phone"]],
    "zorgadmin": [["name", "phone", "time"], ["name", "dob", "phone", "email"]],
    "hovenier": [["name", "street", "city", "phone"], ["name", "email", "street"]],
    "it": [["first", "last", "email", "mobile"], ["name", "email", "mobile"]],
    "bouw": [["name", "street", "phone", "email"], ["name", "street", "pc", "phone"]],
    "horeca": [["time", "name", "persons", "phone"], ["name", "phone", "email", "persons"], ["time", "name", "persons", "phone", "note"]],
    "sport": [["name", "lidnr", "email", "mobile"], ["name", "dob", "street", "pc", "iban"], ["first", "last", "email", "phone", "dob"]],
    "juridisch": [["name", "email", "phone", "order"]],
    "wonen": [["name", "street", "pc", "phone"], ["name", "street", "email", "amount"]],
    "webshop": [["order", "name", "street", "pc", "city", "email"], ["name", "email", "product", "amount"]],
    "garage": [["name", "plate", "phone", "date"], ["name", "plate", "email"]],
}


def b_list(d):
    key = d.S["key"]
    lang = d.lang
    n = R.randint(5, 12)
    keys = R.choice(LIST_KEYS[key])
    layout = R.choice(["csv", "csv;", "tsv", "md", "aligned", "pipe", "num", "bullet", "semi", "block", "json"])
    if layout == "json":
        people = [d.person() for _ in range(n)]
        items = []
        for p in people:
            f = [f'"naam": {jstr(d.nm(p, "full"))}' if lang != "en" else f'"name": {jstr(d.nm(p, "full"))}']
            f.append(f'"email": {jstr(d.email(p))}')
            if p_(0.7):
                f.append(f'"tel": {jstr(d.phone(p))}' if lang != "en" else f'"phone": {jstr(d.phone(p))}')
            if p_(0.3):
                f.append(f'"adres": {jstr(d.street(p))}')
            items.append("  {" + ", ".join(f) + "}")
        tbl = "[\n" + ",\n".join(items) + "\n]"
    else:
        tbl, _ = people_table(d, n, keys, layout=layout, header=layout not in ("num", "bullet", "semi", "block"))
    intro = {"install": ["Klanten onderhoudscontract regio Oost", "Bellijst storingen deze week", "Export klanten warmtepomp"],
             "kinder": ["Ouderlijst groep Vlinders", "Noodnummers ouders BSO", "Contactlijst ouders uitje"],
             "zorgadmin": ["Terugbellijst patiënten", "Wachtlijst nieuwe inschrijvingen", "Herinneringen controle volgende week"],
             "hovenier": ["Klanten onderhoudsabonnement", "Route dinsdag", "Klantenbestand tuinonderhoud"],
             "it": ["Gebruikers voor MFA-uitrol", "Accounts klant De Balans", "Export Entra ID gebruikers"],
             "bouw": ["Bewonerslijst renovatieproject", "Contactgegevens kopers bouwnummers", "Bewoners blok C"],
             "horeca": ["Reserveringen vanavond", "Gastenlijst besloten feest", "Wachtlijst terras zaterdag"],
             "sport": ["Ledenlijst", "Ledenadministratie export", "Nieuwe leden dit kwartaal"],
             "juridisch": ["Cliëntenoverzicht lopende dossiers", "Contactlijst cliënten"],
             "wonen": ["Huurders complex Oost", "Huurders met achterstand", "Deelnemers bewonersavond"],
             "webshop": ["Openstaande retouren", "Klanten met vertraagde levering", "Export klanten nieuwsbrief"],
             "garage": ["APK-herinneringen volgende maand", "Klanten bandenopslag", "Afspraken werkplaats"]}[key]
    i = R.choice(intro)
    if lang == "en":
        i = R.choice(["Members export", "Member list"] if key == "sport" else ["Customer list", "Customer export", "Call-back list", "Contact list"])
    elif lang == "vl":
        i = vlify(i)
    return f"{i}{R.choice([':', '', ' (' + rand_day().strftime('%d-%m-%Y') + ')'])}\n\n{tbl}"


# ---------------------------------------------------------------------------
# AI-prompt wrapper
# ---------------------------------------------------------------------------
AI_INSTR = {
    "nl": ["Vat samen:", "Vat dit samen in drie bullets:", "Maak hier een nette mail van:", "Translate to English:", "Herschrijf dit vriendelijker:",
           "Wat zijn de actiepunten?", "Schrijf een beleefd antwoord op onderstaand bericht.", "Check op spelfouten:", "Zet dit om naar een tabel:",
           "Kun je hier een korte samenvatting voor het teamoverleg van maken?", "Maak hier een planning van voor volgende week:",
           "Haal de belangrijkste data en bedragen eruit:", "Kun je dit korter maken?", "Classificeer dit bericht (klacht / vraag / planning):",
           "Maak hier een WhatsApp-bericht van, max 3 zinnen:", "Schrijf hier een offerte-mail bij:", "Wat moet ik hierop antwoorden?",
           "Zet de gegevens hieronder in JSON:", "Translate this to English for our new colleague:"],
    "vl": ["Vat samen:", "Maak hier een deftige mail van:", "Vertaal naar het Engels:", "Schrijf een beleefd antwoord:", "Wat zijn de actiepunten?",
           "Herschrijf dit in correct Nederlands:", "Translate to English:"],
    "en": ["Summarize:", "Summarize this thread in 3 bullets:", "Turn this into a polite email:", "Translate to Dutch:", "What are the action items?",
           "Draft a reply to this:", "Fix the grammar:", "Extract all dates and amounts:", "Convert this to a table:"],
}


AI_DATA = {
    "data": {"nl": ["Zet dit om naar een tabel:", "Zet de gegevens hieronder in JSON:", "Maak hier een nette lijst van:", "Controleer of hier fouten in staan:",
                    "Haal de belangrijkste data en bedragen eruit:", "Vat samen:", "Translate to English:", "Leg uit wat hier staat:",
                    "Maak hier een korte mail van aan de klant:", "Welke gegevens ontbreken nog?"],
             "vl": ["Zet dit in een tabel:", "Vat samen:", "Controleer op fouten:", "Vertaal naar het Engels:"],
             "en": ["Convert this to a table:", "Extract all dates and amounts:", "Summarize:", "Check this for errors:", "Translate to Dutch:"]},
    "slip": {"nl": ["Klopt deze loonstrook?", "Leg uit wat hier staat:", "Waarom is mijn netto lager dan vorige maand?", "Vat samen:", "Reken na of het netto klopt:"],
             "vl": ["Klopt deze loonbrief?", "Leg uit wat hier staat:", "Waarom is mijn netto lager dan vorige maand?"],
             "en": ["Is this payslip correct?", "Explain this payslip:", "Why is my net pay lower than last month?"]},
    "contract": {"nl": ["Controleer dit contract op fouten:", "Vat dit contract samen:", "Translate to English:", "Welke opzegtermijn geldt hier?", "Is dit contract rechtsgeldig?"],
                 "vl": ["Vat dit contract samen:", "Controleer dit contract:", "Vertaal naar het Engels:"],
                 "en": ["Summarize this contract:", "Check this agreement for errors:", "Translate to Dutch:"]},
    "code": {"nl": ["Waarom werkt dit niet?", "Kun je dit debuggen?", "Leg uit wat deze config doet:", "Zet dit om naar YAML:", "Wat gaat hier mis?"],
             "vl": ["Waarom werkt dit niet?", "Kan je dit debuggen?"],
             "en": ["Why doesn't this work?", "Can you debug this?", "Explain what this config does:"]},
    "list": {"nl": ["Maak hier een mailmerge van:", "Zet om naar CSV:", "Sorteer op achternaam:", "Verwijder dubbele regels:", "Maak van deze lijst een belschema:",
                    "Schrijf een uitnodiging voor iedereen op deze lijst:", "Zet dit om naar een tabel:"],
             "vl": ["Zet om naar CSV:", "Sorteer op familienaam:", "Maak hier een mailing van:"],
             "en": ["Turn this into a mail merge:", "Convert to CSV:", "Sort by last name:", "Remove duplicates:"]},
}
AI_CAT = {"f_small_table": "data", "f_roster": "data", "f_invoice": "data", "f_intake": "data", "f_crm": "data", "f_json": "data", "f_werkbon": "data",
          "f_reservation": "data", "f_overdracht": "data", "f_itlog": "data", "b_bsn_form": "data", "hn_small_list": "data", "hn_iban_placeholder": "data",
          "hn_nonbsn": "data", "b_salary": "slip", "b_contract": "contract", "hn_contract_template": "contract", "b_api": "code", "hn_api_talk": "code",
          "b_list": "list"}


def ai_wrap(d, text, cat="msg"):
    pool = AI_INSTR[d.lang] if cat == "msg" else AI_DATA[cat][d.lang]
    instr = R.choice(pool)
    k = R.randrange(8)
    if k == 6 and "```" in text:
        k = 1
    if k == 0:
        return f"{instr}\n\n{text}"
    if k == 1:
        return f"{instr}\n\"\"\"\n{text}\n\"\"\""
    if k == 2:
        return f"{text}\n\n---\n{instr}"
    if k == 3:
        return f"### {'Instruction' if d.lang == 'en' else 'Instructie'}\n{instr}\n\n### {'Text' if d.lang == 'en' else 'Tekst'}\n{text}"
    if k == 4:
        intro = {"nl": f"Je bent een assistent van {d.company} ({d.S['name']}).", "vl": f"Je bent een assistent van {d.company}".rstrip(".") + ".",
                 "en": f"You are an assistant for {d.company}, a {d.S['en']}."}[d.lang]
        return f"{intro} {instr}\n\n{text}"
    if k == 5:
        return f"<document>\n{text}\n</document>\n{instr}"
    if k == 6:
        return f"{instr}\n```\n{text}\n```"
    return f"{R.choice(['Hoi!', 'Hey,', 'Goedemorgen,']) if d.lang != 'en' else 'Hey,'} {instr[0].lower() + instr[1:]}\n\n{text}"


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------
ALL = SECTOR_KEYS
NORMAL = [  # (fn, weight, sectors or None, langs)
    (f_email_client, 10, None, "nl vl en"), (f_email_business, 8, None, "nl vl en"), (f_email_thread, 9, None, "nl vl en"),
    (f_chat, 12, None, "nl vl en"), (f_callnote, 7, None, "nl vl en"), (f_voicemail, 4, None, "nl vl en"), (f_sms, 5, None, "nl vl en"),
    (f_small_table, 6, None, "nl vl en"), (f_roster, 3, ["horeca", "kinder", "sport", "zorgadmin"], "nl vl en"), (f_invoice, 7, None, "nl vl en"),
    (f_intake, 8, None, "nl vl en"), (f_minutes, 5, None, "nl vl en"), (f_letter, 6, None, "nl vl en"), (f_crm, 5, None, "nl vl en"),
    (f_json, 4, None, "nl vl en"), (f_ticket, 6, ["it", "wonen", "webshop"], "nl vl en"), (f_werkbon, 6, ["install", "hovenier", "bouw", "garage"], "nl vl en"),
    (f_reservation, 5, ["horeca"], "nl vl en"), (f_forward, 4, None, "nl vl en"), (f_mdnote, 4, None, "nl vl en"), (f_memo, 4, None, "nl vl en"),
    (f_overdracht, 4, ["kinder"], "nl vl en"), (f_apk_letter, 4, ["garage"], "nl vl en"), (f_itlog, 3, ["it"], "nl"),
    (f_newsletter_contact, 3, ["sport"], "nl vl en"),
]
HARDNEG = [
    (hn_pw_policy, 4, None, "nl vl en"), (hn_pw_reset_done, 3, ["it"], "nl vl en"), (hn_phish_warning, 3, None, "nl en"),
    (hn_bsn_talk, 5, ["zorgadmin", "kinder", "wonen", "juridisch", "horeca", "it"], "nl vl en"), (hn_nonbsn, 3, ["webshop", "wonen", "juridisch", "install", "garage"], "nl en"),
    (hn_contract_template, 5, None, "nl vl en"), (hn_contract_talk, 4, None, "nl vl en"), (hn_salary_talk, 4, None, "nl vl en"),
    (hn_api_talk, 3, ["it", "webshop"], "nl en"), (hn_small_list, 6, None, "nl vl en"), (hn_capitalised, 4, None, "nl vl en"),
    (hn_iban_placeholder, 3, None, "nl vl en"), (hn_policy_ai, 3, None, "nl vl en"), (hn_old_dates, 2, ["sport", "bouw", "install", "wonen"], "nl vl en"),
    (hn_ops_info, 4, None, "nl vl en"),
]
BLOCKS = {
    "BSN": [(b_bsn_form, 6, None, "nl en"), (b_bsn_msg, 5, None, "nl en")],
    "PASSWORD": [(b_pw, 1, None, "nl vl en")],
    "API_KEY": [(b_api, 1, ["it", "it", "it", "webshop", "webshop", "horeca", "garage", "install"], "nl vl en")],
    "SALARY_SLIP": [(b_salary, 1, None, "nl vl en")],
    "SIGNED_CONTRACT": [(b_contract, 1, None, "nl vl en")],
    "CUSTOMER_LIST": [(b_list, 1, None, "nl vl en")],
}
PLAN = [("normal", 1090), ("hardneg", 400), ("BSN", 100), ("PASSWORD", 95), ("API_KEY", 80), ("SALARY_SLIP", 70),
        ("SIGNED_CONTRACT", 75), ("CUSTOMER_LIST", 90)]


def choose(reg, lang):
    ok = [r for r in reg if lang in r[3].split()]
    return R.choices(ok, [r[1] for r in ok])[0]


def build_one(kind):
    lang = R.choices(["nl", "en", "vl"], [82, 10, 8])[0]
    reg = NORMAL if kind == "normal" else HARDNEG if kind == "hardneg" else BLOCKS[kind]
    if not any(lang in r[3].split() for r in reg):
        lang = "nl"
    fn, _, sectors, _ = choose(reg, lang)
    sec = R.choice(sectors) if sectors else R.choice(ALL)
    d = Doc(lang, SECTORS[sec])
    text = fn(d)
    if kind not in ("normal", "hardneg"):
        d.B(kind)
    if p_(0.25):
        text = ai_wrap(d, text, AI_CAT.get(fn.__name__, "msg"))
    text = "\n".join(x.rstrip() for x in text.split("\n")).replace("B.V..", "B.V.")
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return d, text, fn.__name__, sec, lang


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
TOKEN_RE = re.compile(r"[^\W\d_][\w'’-]*")


def score_tokens(label, value):
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in TOKEN_RE.findall(value) if len(t) >= 4 and t.lower() not in INTERFIX]


def strip_marks(s):
    out, spans, start, pos = [], [], None, 0
    for c in s:
        if c == M0:
            assert start is None, "nested span"
            start = pos
        elif c == M1:
            assert start is not None
            spans.append((start, pos))
            start = None
        else:
            out.append(c)
            pos += 1
    assert start is None
    return "".join(out), spans


def occurrences(text, v):
    i, out = text.find(v), []
    while i >= 0:
        out.append((i, i + len(v)))
        i = text.find(v, i + 1)
    return out


def bounded(text, v):
    pre = r"(?<![\w])" if re.match(r"\w", v[0]) else ""
    post = r"(?![\w])" if re.match(r"\w", v[-1]) else ""
    return [(m.start(), m.end()) for m in re.finditer(pre + re.escape(v) + post, text)]


def inside(a, spans):
    return any(s <= a[0] and a[1] <= e for s, e in spans)


def overlaps(a, spans):
    return any(a[0] < e and s < a[1] for s, e in spans)


def check_record(rec, spans=None):
    """Return a list of problems. With spans (generation time) the checks use the exact intended positions."""
    errs = []
    text, mask, keep, block = rec["text"], rec["mask"], rec["keep"], rec["block"]
    if not text or M0 in text or M1 in text:
        errs.append("bad text")
    for r in block:
        if r not in REASONS:
            errs.append(f"bad reason {r}")
    if len(set(block)) != len(block):
        errs.append("duplicate reason")
    values = set()
    for label, v in mask:
        if label not in LABELS:
            errs.append(f"bad label {label}")
        if not v or v != v.strip():
            errs.append(f"bad value {v!r}")
            continue
        values.add(v)
        if not bounded(text, v):
            errs.append(f"{label} {v!r} not found verbatim")
        if label == "BSN":
            if not bsn_ok(v):
                errs.append(f"BSN {v} fails 11-proef")
            if "BSN" not in block:
                errs.append("BSN without block")
        if label == "IBAN" and not iban_valid(v):
            errs.append(f"IBAN {v} invalid")
        if label == "POSTCODE" and not re.fullmatch(r"[1-9]\d{3} ?[A-Z]{2}", v):
            errs.append(f"postcode {v}")
    cover = spans if spans is not None else [o for v in values for o in bounded(text, v)]
    if spans is not None:
        span_vals = {text[s:e] for s, e in spans}
        if span_vals != values:
            errs.append(f"span/value mismatch {sorted(span_vals ^ values)[:3]}")
    for label, v in mask:
        for o in occurrences(text, v):
            if not inside(o, cover):
                errs.append(f"{label} {v!r} also occurs outside a masked span")
                break
        for t in score_tokens(label, v):
            for m in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text):
                if not inside((m.start(), m.end()), cover):
                    errs.append(f"token {t!r} of {label} {v!r} occurs unmasked")
                    break
    if len(set(keep)) != len(keep):
        errs.append("duplicate keep")
    for k in keep:
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep {k!r} not found")
        for o in occ:
            if overlaps(o, cover):
                errs.append(f"keep {k!r} overlaps a mask value")
                break
        for v in values:
            if k in v or v in k:
                errs.append(f"keep {k!r} overlaps mask value {v!r}")
    return errs


def prune(d, text, spans, kind, i):
    """Keep only the labels whose value really ended up in the text (some branches register values they do not use)."""
    first = {}
    for s, e in spans:
        first.setdefault(text[s:e], s)
    mask = sorted([m for m in d.mask if m[1] in first], key=lambda m: first[m[1]])
    keep = [k for k in d.keep if k in text]
    block = [b for b in d.block if b != "BSN"]
    if any(l == "BSN" for l, _ in mask):
        block.insert(0, "BSN")
    if kind == "BSN" and "BSN" not in block:
        block.append("MISSING_BSN")  # rejected by check_record
    return {"id": f"c19-{i}", "text": text, "mask": mask, "block": block, "keep": keep}


def generate():
    kinds = [k for k, n in PLAN for _ in range(n)]
    assert len(kinds) == N_RECORDS
    R.shuffle(kinds)
    recs, seen, stats = [], set(), {"retries": 0}
    for i, kind in enumerate(kinds):
        for attempt in range(200):
            d, marked, fname, sec, lang = build_one(kind)
            text, spans = strip_marks(marked)
            rec = prune(d, text, spans, kind, i)
            errs = check_record(rec, spans)
            if not errs and text not in seen:
                break
            stats["retries"] += 1
        else:
            raise SystemExit(f"could not build record {i} ({kind}): {errs}")
        seen.add(text)
        recs.append(rec)
    return recs, stats


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


def summary(recs):
    from collections import Counter
    lab, rea = Counter(), Counter()
    for r in recs:
        for l, _ in r["mask"]:
            lab[l] += 1
        for b in r["block"]:
            rea[b] += 1
    nb = sum(1 for r in recs if r["block"])
    print(f"records: {len(recs)}  blocked: {nb}  not blocked: {len(recs) - nb}  keep values: {sum(len(r['keep']) for r in recs)}")
    print("mask labels: " + ", ".join(f"{k} {lab[k]}" for k in sorted(lab)))
    print("block reasons: " + ", ".join(f"{k} {rea[k]}" for k in sorted(rea)))


def main():
    for k, v in SECTORS.items():
        v["key"] = k
    if "--check" in sys.argv[1:]:
        recs = [json.loads(l) for l in open(OUT, encoding="utf-8") if l.strip()]
        bad = 0
        ids = [r.get("id") for r in recs]
        if ids != [f"c19-{i}" for i in range(N_RECORDS)]:
            print("ids are not c19-0 .. c19-1999 in order")
            bad += 1
        for r in recs:
            if set(r) != {"id", "text", "mask", "block", "keep"}:
                print(r.get("id"), "bad keys")
                bad += 1
                continue
            errs = check_record(r)
            if errs:
                bad += 1
                print(r["id"], "; ".join(errs[:4]))
        summary(recs)
        print(f"checked {len(recs)} records, {bad} with problems")
        print(f"md5 c19.jsonl: {md5(OUT)}")
        sys.exit(1 if bad else 0)
    assert len(all_first_names()) >= 400 and len(all_surnames()) >= 400, (len(all_first_names()), len(all_surnames()))
    recs, stats = generate()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    summary(recs)
    print(f"first names: {len(all_first_names())}, surnames: {len(all_surnames())}, rejected drafts: {stats['retries']}")
    print(f"wrote {OUT}\nmd5 c19.jsonl: {md5(OUT)}")


if __name__ == "__main__":
    main()
