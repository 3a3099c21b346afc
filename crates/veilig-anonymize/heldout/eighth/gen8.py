#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen8.py - generator for the held-out corpus c8 of veilig-anonymize.

Writes c8.jsonl (2,000 labelled Dutch records) next to this file.  Python 3 standard library
only, fully deterministic (fixed seed).  Templates, names, streets, places and e-mail domains
were written for this corpus; nothing is taken from the engine, its data lists or other corpora.

Record format (same as /work/shared/data/pii-dev.jsonl):
  {"id": "c8-N", "text": ..., "mask": [[LABEL, value], ...], "block": [...], "keep": [...]}

Run:  python3 gen8.py            (writes c8.jsonl and prints statistics)
"""
import base64
import datetime
import json
import os
import random
import re
import string
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 88_2025
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "c8.jsonl")

# number of records per template group (block groups ~ the dev set's shares; BSN also arrives
# through some payslips that carry a BSN, so the dedicated BSN group is a bit smaller)
PLAN = [("BSN", 128), ("PASSWORD", 159), ("API_KEY", 166), ("SIGNED_CONTRACT", 152),
        ("CUSTOMER_LIST", 151), ("SALARY_SLIP", 151), ("CLEAN", 890), ("NEGATIVE", 203)]

LABELS = ["PERSOON", "EMAIL", "ADRES", "POSTCODE", "TELEFOON", "IBAN", "KENTEKEN", "BSN",
          "GEBOORTEDATUM", "WACHTWOORD", "API_SLEUTEL"]
BLOCK_CATS = ["BSN", "PASSWORD", "API_KEY", "SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST"]


def L(s):
    return [x.strip() for x in s.split("|") if x.strip()]


# ----------------------------------------------------------------------------- names
NL_M = L("""Jeroen|Maarten|Joris|Bram|Wouter|Gerrit|Hendrik|Klaas|Sjoerd|Geert|Hielke|Roelof|Jelle|Sietse|
Joost|Pim|Teun|Thijs|Stijn|Niels|Ruud|Erik|Henk|Kees|Piet|Jan|Dirk|Wim|Bert|Frits|Harm|Jos|Lambert|
Leendert|Marinus|Cornelis|Adriaan|Bastiaan|Floris|Daan|Sem|Luuk|Lars|Jesse|Milan|Ruben|Koen|Tim|Rick|
Dennis|Patrick|Sander|Mark|Martijn|Vincent|Auke|Durk|Wiebe|Gosse|Tjeerd|Hylke|Rients|Sjaak|Jan-Willem|
Kees-Jan|Gijs|Hidde|Job|Mees|Olivier|Siem|Ties|Ids|Wessel|Huub|Twan|Sjef|Toon|Harrie|Gert-Jan|Berend|
Egbert|Evert|Fokke|Gerben|Hessel|Jorrit|Lieuwe|Menno|Otto|Pieter-Jan|Rutger|Sybren|Tjalling|Ubbo|
Wijnand|Youri|Zeger|Aart|Barend|Chiel|Diederik|Ewout|Folkert|Govert|Ivo|Jurriaan|Kasper|Laurens|
Marnix|Okke|Quirijn|Reinout|Steven|Tijmen|Xander|Yorick|Arjen|Bauke|Coen|Douwe|Freek|Gerlof""")
NL_F = L("""Sanne|Femke|Marloes|Ilse|Annemiek|Tjitske|Wietske|Baukje|Hanneke|Marieke|Anouk|Lotte|Fleur|
Iris|Noor|Lieke|Merel|Roos|Floor|Evi|Tessa|Nienke|Mirjam|Ingrid|Wilma|Gerda|Truus|Ria|Jolanda|Petra|
Marjolein|Annelies|Karin|Monique|Esther|Mieke|Hennie|Willemijn|Anneloes|Jorien|Marit|Wendelien|Ymke|
Froukje|Sytske|Femmy|Dieuwertje|Anne-Marie|Marie-José|Jikke|Maaike|Geertje|Hilde|Janneke|Brechtje|
Carlijn|Daphne|Elske|Fenna|Gonnie|Hester|Inge|Jet|Klaasje|Liesbeth|Marijke|Neeltje|Odile|Pleun|
Rianne|Saskia|Trijntje|Vera|Wendy|Yfke|Zwaantje|Aafke|Berdien|Coby|Dinie|Eline|Fardau|Grietje|Hiske|
Imke|Jantine|Kirsten|Loes|Mirte|Nelleke|Renske|Sietske|Tamara|Ursula|Veerle|Wieke|Bregje|Diewke""")
NL_LAST = L("""de Vries|van der Meer|Bakker|Visser|Smit|Mulder|de Boer|Kok|Vos|Bos|Koster|Molenaar|
Schilder|Snijder|Timmer|Kuiper|Slot|Poort|Kroon|de Ridder|de Graaf|Koning|Prins|Keizer|Bisschop|Groen|
Zwart|de Wit|de Bruin|Klein|de Groot|de Lange|Kort|de Jong|Wolf|Mol|Valk|Vink|Kraai|Zwaan|Reiger|
Spreeuw|Kievit|Appel|Boom|Bloem|Steen|van Beek|van den Berg|van Dijk|Hoek|van Veen|Blom|Roos|Storm|
Winter|Zomer|Post|Knol|Peper|Hamer|Schoen|Kelder|Toren|Schuur|Waterman|Haring|Engel|Koopman|Schipper|
Visscher|Ekkelboom|Harkema|Sleurink|Wubbolts|Heesterbeek|Overdijkink|Scholtenhuis|Boschloo|Kwakernaak|
Ramaekers|Hupkes|Tijsterman|Gortzak|Heikoop|Haringsma|Koopmanschap|Dankers|Lindhout|Nijenhuis|
Stroeve|Kolkman|Oortwijn|Brinkhorst|Geuzebroek|Spanjaard|Kapteijn|Vrieling|Wiersema|Zuurbier|Mekking|
Roskam|Uijttewaal|Pothoven|Kleinjan|Terlouw|Boerstra|Wolthuis|Haverkort|Dijkerman|Piepers|Verweij|
Stegeman|Lenferink|Nuijten|Rietveld|Sikkema|Tolboom|Vegter|Wagenvoort|Zwiers|Akkerman|Broekhuizen|
Cornelisse|Drenth|Elzinga|Fennema|Gelderblom|Hofsteenge|Jorritsma|Klaver|Luttikhuis|Mensink|
Nagtegaal|Ottens|Pruim|Quist|Reinders|Scheffer|Tabak|Uiterwijk|Velthuis|Wigman|Zoet|van 't Hof|
in 't Veld|ter Haar|ten Have|van den Bosch|uit den Bogaard|op de Beek|van de Kamp|'t Hart|den Ouden|
van Zanten|van Rooij|de Bruijn|van Vliet|van Eijk|van Nieuwkerk|van Oostveen|ter Steege|van der Ploeg|
de Kruijf|van Tongeren|van Veldhoven|van der Zande|van Rijswijk|Verhoeven|Hoogendoorn|Kuijpers|
Wijnands|van Oosterhout|Brinkman|Veldhuis|van Leeuwen|ter Horst|ten Brinke|Scheepstra|Achterberg|
Bloemendaal|Dijkhuizen|Everts|Gerritsen|Haverkamp|Jongejan|Kloosterman|Lubbers|Meijerink|Nijhof|
Oosterveld|Pronk|Rijkers|Schuurman|Terpstra|Uitterhoeve|Vreeswijk|Wassenaar|Ypma|Zandbergen|Aarts|
Bekkering|Cremers|Doornbos|van Egmond|Fokkema|Grootveld|Hazelhoff|IJzerman|Jellema|Kamphuis|Lammers|
Mostert|Noordhoek|Offringa|Rozendaal|Snoek|Tuinstra|van Uffelen|Vonk|Westerhof|van Zuijlen|Blokzijl|
Hofstede|Lankhorst|Nieuwenhuis|Ouwehand|Postma|Reitsma|Slagter|Tiemersma|Valkenburg|Wierda|Zijlstra|
van der Heijden|van den Akker|van de Ven|Dekker|Brouwer|Dijkstra|Hendriks|Jacobs|Vermeulen|Schouten|
Huisman|Kramer|Veenstra|Wolters|Bosman|Baas|Haas|Lam|Hart|de Haan|Kaal|Vis|Stam|Pasveer|Hoekstra|
Bouma|de Wilde|van Dam|Meijer|van der Linden|Jansen|Peeters|Goossens|Claassen|Evers|Hermsen|Willems|
Oudejans|Kruithof|Spijkerman|Boterman|Melkert|Schaap|Bunt|Pijl|Blaauw|Groeneveld|Hakvoort|Steur""")

ORIGINS = {
    # origin: (male first names, female first names, surnames, weight)
    "nl": (NL_M, NL_F, NL_LAST, 52),
    "tr": (L("Emre|Burak|Mehmet|Hakan|Serkan|Yusuf|Onur|Baran|Kerem|Cem|Gökhan|Levent|Orhan|Tolga|Volkan|"
             "Mustafa|Ömer|Furkan|Eren|Kaan|Oğuz|Selim|Tuncay|Ercan|Murat"),
           L("Elif|Zeynep|Ayşe|Büşra|Kübra|Merve|Ecem|Tuğba|Selin|Deniz|Esra|İlknur|Nilüfer|Sibel|Gizem|"
             "Derya|Hatice|Emine|Özlem|Songül|Pınar|Yasemin|Dilek|Aslı|Ebru"),
           L("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldırım|Aydın|Öztürk|Arslan|Doğan|Kılıç|Aslan|Çetin|Kara|Koç|"
             "Özdemir|Polat|Bulut|Güneş|Akgül|Korkmaz|Karakaya|Tekin|Ünal|Bozkurt|Uçar|Altıntaş|Sarıkaya|"
             "Tunç|Kahveci|Bakırcı|Demirtaş|Gündoğdu|Karabulut|Akyüz|Eroğlu|Taşdemir|Yücel|Keskin|Ateş|Avcı|"
             "Sönmez|Özkan|Yavuz|Yildiz|Ozturk|Celik"), 5),
    "ma": (L("Mohamed|Mohammed|Ahmed|Youssef|Yassine|Bilal|Hamza|Soufiane|Nordin|Khalid|Rachid|Said|Anouar|"
             "Brahim|Mounir|Tarik|Ilias|Adil|Redouan|Karim|Mourad|Abdelkader|Hicham|Zakaria|Othman|Ayoub"),
           L("Fatima|Khadija|Naima|Samira|Soukaina|Hafsa|Nadia|Ikram|Loubna|Meryem|Zineb|Houda|Siham|Latifa|"
             "Malika|Najat|Rajae|Hanane|Asmae|Imane|Dounia|Salma|Ouafae|Jamila|Chaimae"),
           L("El Amrani|Bouzid|Benali|El Idrissi|Ouali|Ait Hssain|El Khattabi|Boukhari|Tahiri|Amezian|"
             "Azzouzi|El Ouardi|Chaara|Bennani|Zaoui|Ouchan|Mokhtari|Lamrabet|Akhiyat|Belhadj|Essafi|Ziani|"
             "Haddouchi|El Yaakoubi|Aouragh|Abarkan|Bouchtaoui|Ait Taleb|El Morabit|Boujdaini|Taouil|"
             "El Bouazzaoui|Charrouf|Fadili|Ouahabi|Benhaddou|Zarouali|Akrouh|Bakkali|Ouled Hadj"), 5),
    "sr": (L("Ravi|Ashwin|Naresh|Romano|Quincy|Jurgen|Clifton|Rishi|Anand|Sunil|Dinesh|Rudy|Errol|Orlando|"
             "Ricardo|Glenn|Prem|Vikash|Sharif|Kenneth"),
           L("Shanti|Anjali|Priya|Anoushka|Shivani|Roshni|Kiran|Dewi|Sharon|Kavita|Sunita|Ramona|Marcia|"
             "Natasha|Radha|Sandhya|Ilona|Gracia|Sangita|Reshma"),
           L("Ramdin|Jagesar|Bissesar|Ramsaroep|Sewdien|Mahabier|Ramkhelawan|Soekhoe|Bhagwandin|Kalloe|"
             "Lachman|Autar|Jawalapersad|Ramautar|Gangadin|Pinas|Lieveld|Sabajo|Doelwijt|Zebeda|Tjin-A-Djie|"
             "Kanhai|Vreden|Wijngaarde|Esajas|Nelom|Kromodimedjo|Sontosoerono|Soeminto|Mangroelal|"
             "Baldewsingh|Ganpat|Sitaldin|Tewarie|Kartosen|Kartodikromo|Sanchit|Ramlal"), 4),
    "aw": (L("Jurich|Kenrick|Jamal|Giovanny|Glenn|Shurandy|Rudsel|Gilbert|Edsel|Sherwin|Elvis|Ryangelo"),
           L("Mireille|Jeandra|Roshanna|Shahaira|Gisela|Chantal|Ruthmila|Shurina|Naomy|Glenda|Sulaika"),
           L("Martina|Isenia|Maduro|Rosaria|Pieternella|Sambo|Janga|Cijntje|Francisca|Girigori|Trinidad|"
             "Leito|Nicolaas|Koeyers|Winklaar|Felida|Martis|Balentina|Wilsoe|Sulvaran|Paulina|Anthonia|"
             "Obispo|Rojer|Lourens|Goilo|Semeleer"), 2),
    "id": (L("Rudy|Indra|Bayu|Eko|Johnny|Ronald|Herman|Agus|Yopie|Max|Dani|Teddy|Ferry"),
           L("Dewi|Wulan|Sari|Ratna|Eka|Lestari|Yvonne|Anita|Maureen|Ninda|Intan"),
           L("Pattinama|Pattiasina|Latuhihin|Manuhutu|Tuhumury|Sahetapy|Lekatompessy|Tehupeiory|Siahaya|"
             "Nanlohy|Hukom|Matulessy|Hehanussa|Wattimena|Ririmasse|Soedarso|Hadiwidjojo|Tanasale|Lewerissa|"
             "Pelupessy|Soplantila|Tahitu|Sopacua|Latumahina|Wairata"), 2),
    "pl": (L("Piotr|Tomasz|Krzysztof|Łukasz|Paweł|Grzegorz|Dariusz|Wojciech|Bartosz|Marcin|Jakub|Michał|"
             "Kamil|Sebastian|Rafał|Artur|Mateusz|Adam"),
           L("Agnieszka|Katarzyna|Magdalena|Marta|Joanna|Małgorzata|Ewelina|Justyna|Dorota|Aleksandra|"
             "Monika|Paulina|Karolina|Natalia|Beata|Iwona|Żaneta"),
           L("Kowalski|Nowak|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|"
             "Kozłowski|Jankowski|Mazur|Krawczyk|Grabowski|Pawlak|Michalski|Wróbel|Zając|Król|Jabłoński|"
             "Majewski|Olszewski|Stępień|Malinowski|Górecki|Sikora|Baran|Rutkowski|Przybylski|Chmielewski|"
             "Brzeziński|Szczepański|Kaczmarek|Szewczyk|Dudek|Walczak|Borkowski|Czarnecki|Kwiatkowski"), 3),
    "ro": (L("Andrei|Mihai|Ionuț|Alexandru|Bogdan|Florin|Adrian|Sorin|Cristian|Vlad|Gheorghe|Radu|Ștefan|"
             "Lucian|Marius|Dragoș|Cosmin|Ciprian"),
           L("Ioana|Elena|Andreea|Cristina|Raluca|Gabriela|Cătălina|Mihaela|Alina|Roxana|Larisa|Diana|"
             "Simona|Oana|Bianca|Anca|Irina|Corina"),
           L("Popescu|Ionescu|Popa|Dumitrescu|Stoica|Gheorghiu|Constantin|Munteanu|Dinu|Moldovan|Vasilescu|"
             "Neagu|Ene|Lungu|Bălan|Cristea|Marinescu|Petrescu|Stănescu|Georgescu|Dobre|Barbu|Nistor|Florea|"
             "Matei|Ciobanu|Rusu|Sârbu|Oprea"), 2),
    "ua": (L("Oleksandr|Dmytro|Mykola|Andriy|Taras|Bohdan|Serhiy|Yurii|Vitalii|Oleh|Maksym|Volodymyr|Ihor|"
             "Roman|Artem"),
           L("Olena|Iryna|Yuliia|Nataliia|Oksana|Viktoriia|Halyna|Tetiana|Kateryna|Svitlana|Anastasiia|"
             "Daryna|Sofiia|Liudmyla|Mariia"),
           L("Shevchenko|Bondarenko|Kovalenko|Tkachenko|Kravchenko|Melnyk|Boiko|Oliinyk|Savchenko|Rudenko|"
             "Moroz|Lysenko|Marchenko|Petrenko|Hrytsenko|Tymoshchuk|Kovalchuk|Polishchuk|Zaporozhets|"
             "Levchenko|Pavlenko|Honcharenko|Ostapchuk|Vasylenko|Kushnir|Semenko|Yatsenko"), 2),
    "sy": (L("Mohammad|Rami|Abdullah|Omar|Bassel|Ghaith|Tarek|Majd|Khaled|Fadi|Hussam|Wael|Samer|Nizar|Anas|"
             "Yamen|Mahmoud"),
           L("Rania|Lina|Hiba|Yara|Nour|Reem|Aya|Rasha|Dima|Ghalia|Sham|Lama|Bushra|Ruba|Hala|Sawsan"),
           L("Al-Hassan|Haddad|Khoury|Al-Ahmad|Darwish|Hamdan|Al-Sayed|Kassab|Mansour|Nasser|Sabbagh|"
             "Shaheen|Al-Masri|Qasem|Zein|Halabi|Attar|Hamwi|Al-Shami|Jabr|Al-Khatib|Sweid|Kurdi|Barakat|"
             "Al-Homsi|Dabbagh|Tayyar"), 2),
    "iq": (L("Mustafa|Ali|Hayder|Sajjad|Ammar|Abbas|Karrar|Muntadhar|Hassan|Yaseen|Zaid|Firas|Laith|Osama"),
           L("Zainab|Noor|Maryam|Zahraa|Fatimah|Ruqayya|Shahad|Tabarak|Rusul|Hawraa|Dania|Sura|Afrah"),
           L("Al-Jaburi|Al-Tamimi|Al-Rubaie|Al-Obaidi|Al-Zubaidi|Kadhim|Hussein|Jaafar|Al-Dulaimi|Mahmood|"
             "Al-Saadi|Salih|Al-Janabi|Al-Khafaji|Al-Shammari|Al-Bayati|Jasim|Al-Azzawi|Mohsin"), 1.5),
    "er": (L("Yonas|Filmon|Merhawi|Robel|Abraham|Daniel|Biniam|Tesfalem|Amanuel|Henok|Mebrahtu|Kibrom|"
             "Samuel|Dawit|Efrem"),
           L("Semhar|Selam|Senait|Eden|Helen|Winta|Luwam|Saba|Feven|Hiwet|Ruta|Milen|Yodit|Segen|Mehret"),
           L("Tesfay|Ghebremedhin|Kidane|Tekle|Haile|Berhane|Mehari|Woldemariam|Yohannes|Habte|Ghirmay|"
             "Asmerom|Okbay|Tsegay|Fesseha|Weldu|Gebreyesus|Tewelde|Andemariam|Negash|Zerai|Kahsay|"
             "Mengisteab|Abraha"), 1.5),
    "so": (L("Abdirahman|Khadar|Liban|Mustaf|Abdullahi|Farah|Yusuf|Mohamud|Abdiqani|Guled|Ismail|Abdiaziz"),
           L("Hodan|Fadumo|Ayaan|Hamdi|Sahra|Deeqa|Ifrah|Amina|Ubah|Hibo|Idil|Nasteho|Muna|Sagal"),
           L("Mohamud|Abdi|Warsame|Farah|Hassan|Jama|Osman|Abdullahi|Nur|Hirsi|Dahir|Egal|Aden|Guled|Elmi|"
             "Ismail|Abdille|Haji|Barre|Duale|Gedi"), 1.5),
    "af": (L("Farid|Ahmad|Hamid|Wahid|Najib|Sohrab|Jawad|Obaid|Mirwais|Rahmatullah|Qais|Tamim|Ehsan|Bashir|"
             "Hamed|Nasir|Rohullah"),
           L("Mariam|Zahra|Shabnam|Parwana|Farzana|Nasrin|Sahar|Freshta|Mursal|Roya|Soraya|Madina|Nilofar|"
             "Hasina|Laila|Wajma"),
           L("Ahmadi|Rahimi|Hakimi|Karimi|Noori|Sultani|Azizi|Habibi|Hashimi|Sadat|Popal|Stanikzai|Wardak|"
             "Qaderi|Mohammadi|Haidari|Samadi|Rasuli|Nazari|Amiri|Safi|Hotak|Nawabi|Rezaie|Faizi|Sharifi|"
             "Jalali"), 1.5),
    "cn": (L("Wei|Hao|Lei|Jun|Ming|Kai|Jian|Tao|Zhen|Yong|Feng|Jie|Wing|Chi Keung|Siu Ming|Ka Wai"),
           L("Mei|Jing|Xiaoling|Yan|Hui|Ling|Xin|Yu Ting|Ka Yan|Lai Ying|Fang|Qing|Shu Wen|Mei Ling|Xiu"),
           L("Chen|Wang|Zhang|Liu|Huang|Lin|Zhou|Sun|Zhu|Guo|Lam|Cheung|Wong|Chan|Leung|Yip|Tang|Fung|Lau|"
             "Cheng|Kwok|Yeung|Tsang|Deng|Luo|Zheng|Xie|Song|Liang|Tjoe"), 2),
    "vn": (L("Minh|Quang|Duc|Tuan|Long|Thanh|Hieu|Khanh|Hung|Dung|Nam|Phong|Bao|Viet|Huy|Van Minh|Van Long"),
           L("Lan|Anh|Huong|Thao|Hoa|Mai|Trang|Phuong|Ngoc|Linh|Thuy|Hang|Hanh|Nhung|Diep|Thi Lan|Thi Mai"),
           L("Nguyen|Tran|Pham|Hoang|Phan|Dang|Bui|Ngo|Duong|Truong|Dinh|Huynh|Quach|Luong|Trinh|Vo"), 1.5),
    "in": (L("Arjun|Rohan|Vikram|Rahul|Siddharth|Aarav|Karthik|Nikhil|Venkatesh|Sanjay|Pranav|Aditya|"
             "Harish|Deepak|Suresh|Rajesh|Gaurav|Manish|Abhishek"),
           L("Priya|Aditi|Sneha|Kavya|Ananya|Deepika|Lakshmi|Pooja|Shreya|Divya|Meera|Swati|Neha|Ritu|"
             "Nandini|Harini|Sowmya"),
           L("Sharma|Patel|Singh|Kumar|Gupta|Reddy|Iyer|Nair|Menon|Joshi|Desai|Mehta|Chatterjee|Banerjee|"
             "Mukherjee|Pillai|Krishnan|Venkatesan|Subramanian|Agarwal|Malhotra|Kapoor|Bhat|Kulkarni|"
             "Deshpande|Srinivasan|Raghunathan|Chandrasekaran|Ramaswamy|Naidu|Hegde|Trivedi|Sengupta"), 2),
    "pk": (L("Imran|Bilal|Usman|Faisal|Hamza|Kashif|Waqas|Adeel|Asif|Tariq|Zeeshan|Shahid|Junaid|Farhan|"
             "Naveed|Salman"),
           L("Ayesha|Saima|Hira|Sana|Zainab|Nadia|Asma|Mehwish|Rabia|Sadia|Amna|Maham|Iqra|Fariha|Kiran"),
           L("Khan|Malik|Qureshi|Chaudhry|Butt|Sheikh|Siddiqui|Abbasi|Raza|Hussain|Mirza|Rana|Awan|Bhatti|"
             "Javed|Iqbal|Aslam|Naqvi|Gondal|Cheema|Warraich|Ansari|Hashmi|Rizvi|Zaidi|Kazmi"), 1.5),
    "gh": (L("Kwame|Kofi|Yaw|Kwabena|Kojo|Kwaku|Kwadwo|Kwasi|Nana|Ekow|Fiifi|Selorm|Edem|Ebenezer"),
           L("Ama|Akosua|Abena|Efua|Adwoa|Esi|Afia|Yaa|Akua|Adjoa|Abla|Dzifa|Gifty|Comfort|Mercy"),
           L("Mensah|Owusu|Boateng|Asante|Osei|Agyeman|Amponsah|Appiah|Ofori|Darko|Antwi|Adjei|Danso|"
             "Frimpong|Opoku|Kusi|Acheampong|Sarpong|Addo|Quaye|Tetteh|Nkansah|Gyamfi|Bonsu|Ansah|Amoako|"
             "Asamoah|Oppong|Yeboah|Kyei"), 1.5),
    "ng": (L("Chinedu|Tunde|Emeka|Ifeanyi|Babajide|Ikenna|Obinna|Oluwaseun|Chukwuemeka|Adewale|Segun|"
             "Femi|Kelechi|Nnamdi|Uche|Olumide|Tobi"),
           L("Ngozi|Adaeze|Folake|Chiamaka|Temitope|Funmilayo|Yetunde|Amaka|Nkechi|Bisola|Chioma|Ifeoma|"
             "Adaora|Kemi|Omolara|Uzoma"),
           L("Okafor|Adeyemi|Nwosu|Eze|Okonkwo|Babatunde|Adebayo|Ogunleye|Chukwu|Obi|Ibekwe|Oyelaran|"
             "Akinola|Balogun|Onyeka|Olawale|Adeleke|Okoro|Nwachukwu|Ogunbiyi|Adeniyi|Ezeh|Onwuka|Anyanwu|"
             "Oladipo|Afolabi"), 1.5),
    "cv": (L("Nelson|Edmilson|Jailson|Adilson|Nilton|Dércio|Wilson|Helder|Ailton|Admilson|Elton|Zé"),
           L("Elisângela|Carla|Suely|Ivanilda|Kátia|Odete|Jandira|Neusa|Vanusa|Edna|Ilda|Dulce|Sónia"),
           L("Lopes|Fortes|Tavares|Semedo|Monteiro|Delgado|Gomes|Varela|Andrade|Brito|Évora|Pina|"
             "Livramento|Spencer|Furtado|Cabral|Mendes|Barros|Fonseca|Duarte|Soares|Sanches|Graça"), 1.5),
    "br": (L("João|Lucas|Gabriel|Thiago|Rafael|Matheus|Gustavo|Vinícius|Felipe|Leonardo|Rodrigo|Caio|"
             "Guilherme|Diego|Eduardo"),
           L("Larissa|Fernanda|Camila|Bruna|Letícia|Juliana|Thaís|Beatriz|Aline|Gabriela|Vanessa|Natália|"
             "Priscila|Jéssica|Renata"),
           L("Oliveira|Souza|Santos|Pereira|Ferreira|Almeida|Carvalho|Ribeiro|Nascimento|Araújo|Barbosa|"
             "Cavalcanti|Moura|Teixeira|Batista|Rocha|Dias|Lima|Freitas|Cardoso|Melo|Pinheiro|Azevedo|"
             "Moraes|Campos|dos Santos|da Silva|de Souza|da Costa"), 1.5),
    "pt": (L("Rui|Tiago|Duarte|Gonçalo|Nuno|Bernardo|Diogo|Miguel|Pedro|Afonso|Henrique|Vasco|Tomás"),
           L("Inês|Mariana|Catarina|Filipa|Leonor|Joana|Matilde|Rita|Carolina|Margarida|Teresa|Raquel|"
             "Madalena"),
           L("Costa|Fernandes|Gonçalves|Marques|Sousa|Pinto|Martins|Nunes|Vieira|Coelho|Magalhães|Pires|"
             "Antunes|Figueiredo|Henriques|Simões|Vaz|Amaral|Quaresma|Moreira|Lourenço|Mendonça|Baptista|"
             "dos Reis"), 1.5),
    "es": (L("Javier|Alejandro|Pablo|Sergio|Álvaro|Raúl|Iñigo|Jorge|Adrián|Manuel|Rubén|Gonzalo|Andrés|"
             "Víctor"),
           L("Lucía|Carmen|Nuria|Pilar|Sofía|Paula|Laura|Alba|Irene|Rocío|Ainhoa|Begoña|Marina|Inmaculada"),
           L("García|Martínez|López|Sánchez|Fernández|González|Pérez|Rodríguez|Romero|Navarro|Ortega|Ruiz|"
             "Jiménez|Muñoz|Álvarez|Castillo|Herrera|Vázquez|Domínguez|Serrano|Blanco|Iglesias|Cabrera|"
             "Villanueva|Peña|Molina|Ramos|Rubio|Marín|Sanz|Garrido|Medina"), 1.5),
    "it": (L("Marco|Alessandro|Luca|Matteo|Giuseppe|Lorenzo|Davide|Stefano|Francesco|Simone|Federico|"
             "Riccardo|Giovanni|Paolo|Emanuele|Salvatore"),
           L("Giulia|Francesca|Chiara|Federica|Valentina|Martina|Alessia|Elisa|Silvia|Roberta|Ilaria|"
             "Serena|Beatrice|Camilla|Giorgia"),
           L("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Gallo|Conti|De Luca|"
             "Mancini|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|"
             "Ferrara|Galli|Leone|Longo|Gentile|Martinelli|Vitale|Coppola|De Santis|D'Angelo|Di Stefano|"
             "La Rosa|Pellegrini|Palumbo|Fabbri|Bellini|Cattaneo"), 1.5),
    "gr": (L("Giorgos|Dimitris|Nikos|Yannis|Kostas|Panagiotis|Christos|Vasilis|Thanasis|Stavros|Michalis|"
             "Spyros|Manolis"),
           L("Eleni|Katerina|Despina|Vasiliki|Athina|Georgia|Dimitra|Ioanna|Anastasia|Evangelia|Paraskevi|"
             "Niki"),
           L("Papadopoulos|Georgiou|Nikolaidis|Konstantinidis|Papadakis|Vlachos|Dimitriou|Oikonomou|"
             "Karagiannis|Papanikolaou|Christodoulou|Antoniou|Makris|Alexiou|Ioannidis|Katsaros|Theodorou|"
             "Pappas|Kyriakou|Angelopoulos|Tsakiris|Lazaridis|Galanis|Zervas|Mavridis|Raptis|Kontos"), 1),
    "de": (L("Jürgen|Uwe|Dirk|Stefan|Jörg|Matthias|Tobias|Florian|Lukas|Maximilian|Klaus|Wolfgang|"
             "Andreas|Thorsten|Sven|Björn|Henrik|Moritz|Felix"),
           L("Sabine|Katrin|Anke|Heike|Birgit|Ulrike|Claudia|Lena|Jana|Silke|Kerstin|Anja|Nicole|Stefanie|"
             "Franziska|Johanna|Friederike|Leonie|Annika"),
           L("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Richter|"
             "Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hartmann|Werner|Krause|Lehmann|Köhler|Maier|"
             "Kühn|Vogel|Friedrich|Günther|Lorenz|Baumann|Franke|Albrecht|Ludwig|Winkler|Böhm|Seidel|Jäger|"
             "Pohl|Voigt|Sauer|Fuchs|Dietrich|Ziegler|Busch|Thiele|Ebert|Hübner|von Ahlen|von der Heide"), 2),
    "gb": (L("Oliver|Harry|George|Jack|Thomas|James|William|Callum|Rhys|Alistair|Gareth|Nigel|Liam|Connor|"
             "Dylan|Ewan|Hamish|Toby|Rupert|Owain"),
           L("Emily|Charlotte|Amelia|Sophie|Olivia|Grace|Siobhan|Fiona|Hannah|Chloe|Megan|Bethany|Lucy|"
             "Imogen|Harriet|Eilidh|Niamh|Zoe|Abigail|Rosie"),
           L("Smith|Jones|Williams|Taylor|Davies|Evans|Wilson|Roberts|Johnson|Walker|Robinson|Thompson|"
             "Wright|Harris|Cooper|Clarke|Morgan|Hughes|Edwards|Harrison|Scott|Morris|Turner|Carter|Phillips|"
             "Mitchell|Campbell|Anderson|Bailey|Parker|Murphy|Griffiths|Simpson|Marshall|Collins|Bennett|"
             "Richardson|Chapman|Robertson|Reynolds|Lloyd|Russell|Wilkinson|Graham|Stewart|Murray|Powell|"
             "Palmer|Holmes|Stevens|Walsh|Hunter|Matthews|Kennedy|Butler|Saunders|Fletcher|Pemberton|"
             "Ashworth|Thistlethwaite|Featherstone|Cartwright"), 2),
}

TUSSEN = {"van", "de", "der", "den", "ter", "ten", "het", "'t", "in", "op", "uit", "te", "von",
          "da", "dos", "do", "das", "di", "del", "la", "le"}

# ----------------------------------------------------------------------------- places
CITIES = L("""Zwolle|Deventer|Apeldoorn|Amersfoort|Hoorn|Alkmaar|Leeuwarden|Sneek|Drachten|Emmen|Assen|
Hoogeveen|Meppel|Kampen|Harderwijk|Ede|Veenendaal|Tiel|Culemborg|Gorinchem|Dordrecht|Zwijndrecht|Gouda|
Woerden|Alphen aan den Rijn|Leiden|Katwijk|Noordwijk|Zaandam|Purmerend|Almere|Lelystad|Dronten|
Emmeloord|Enschede|Hengelo|Almelo|Oldenzaal|Doetinchem|Winterswijk|Zutphen|Arnhem|Nijmegen|Venlo|
Roermond|Weert|Sittard|Heerlen|Maastricht|Eindhoven|Helmond|Tilburg|Breda|Roosendaal|Bergen op Zoom|
Goes|Middelburg|Vlissingen|'s-Hertogenbosch|Oss|Uden|Veghel|Boxtel|Schiedam|Vlaardingen|Maassluis|
Delft|Rijswijk|Zoetermeer|Capelle aan den IJssel|Spijkenisse|Den Helder|Heerhugowaard|Hilversum|Huizen|
Bussum|Nieuwegein|Houten|Zeist|Barneveld|Nijkerk|Groningen|Hoogezand|Winschoten|Veendam|Delfzijl|
Heerenveen|Harlingen|Dokkum|Steenwijk|Hardenberg|Ommen|Raalte|Rijssen|Nijverdal|Lochem|Epe|Heerde|
Elburg|Putten|Ermelo|Wageningen|Rhenen|Zaltbommel|Waalwijk|Oosterhout|Etten-Leur|Dongen|Valkenswaard|
Veldhoven|Geldrop|Deurne|Venray|Gennep|Boxmeer|Cuijk|Grou|Joure|Wolvega|Coevorden|Borculo|Aalten|
Nunspeet|Oldebroek|Hattem|Genemuiden|Urk|Medemblik|Enkhuizen|Schagen|Castricum|Uithoorn|Mijdrecht|
Vianen|Leerdam|Sliedrecht|Oud-Beijerland|Brielle|Zierikzee|Hulst|Oostburg|Tholen|Steenbergen|Made|
Kaatsheuvel|Haaksbergen|Neede|Tubbergen|Vriezenveen|Dalfsen|Wijhe|Olst|Brummen|Dieren|Zevenaar|Duiven|
Elst|Bemmel|Druten|Wijchen|Grave|Schijndel|Sint-Oedenrode|Oisterwijk|Goirle|Hilvarenbeek|Reusel""")

STREET_BASE = L("""Kievit|Zwaluw|Esdoorn|Lijsterbes|Meidoorn|Populieren|Hazelaar|Vlinder|Korenbloem|Distel|
Hooiberg|Molensloot|Vossenberg|Reigerbos|Tuinders|Weidevogel|Brink|Eiken|Berken|Vlasakker|Hopakker|Bijen|
Zonnedauw|Lavendel|Klaproos|Boekweit|Wilgen|Elzen|Ratelaar|Zilverschoon|Kamperfoelie|Ooievaars|Patrijzen|
Fazanten|Kwartel|Roerdomp|Goudvink|Kramsvogel|Watersnip|Grutto|Tureluur|Vissers|Schippers|Kuipers|
Smeden|Wevers|Turfstekers|Dijkgraaf|Sluiswachter|Havenmeester|Poldermolen|Polderzicht|Boezem|Zuidervaart|
Oosterdijk|Westerweide|Noorderhaven|Koren|Tarwe|Haver|Gersten|Rogge|Vlas|Klaver|Madeliefjes|Boterbloem|
Sleedoorn|Vlier|Hulst|Taxus|Jeneverbes|Beuken|Lindeboom|Kastanje|Walnoten|Appelgaard|Perenbloesem|
Kersen|Pruimen|Bramen|Molenhoek|Bakkers|Slagers|Ganzen|Zwanen|Eenden|Meeuwen|Bunzing|Hermelijn|Egel|
Otter|Bever|Eekhoorn|Hinde|Sterren|Zonnewijzer|Maanzaad|Komeet|Planeten|Waddenzee|Lisdodde|Biezen|
Riet|Veenbes|Heide|Duinroos|Helmgras|Zeekraal|Schelpen|Ankers|Roeiers|Zeilmakers|Touwslagers|
Lijnbaan|Ketelboeters|Mandenmakers|Kaarsenmakers|Lakenkopers|Glasblazers|Pottenbakkers|Steenbakkers|
Klokkengieters|Wagenmakers|Hoefsmeden|Rietdekkers|Stadsmuur|Wallen|Vestingwal|Bolwerk|Poterne""")
STREET_SUFFIX = [("straat", 26), ("laan", 16), ("weg", 12), ("hof", 8), ("pad", 6), ("singel", 6),
                 ("plein", 4), ("kade", 5), ("dreef", 5), ("gracht", 4), ("erf", 4), ("steeg", 2),
                 ("akker", 1), ("ring", 1), ("dijk", 1)]
STREET_TITLES = L("Burgemeester|Dokter|Pastoor|Meester|Dominee|Notaris|Kapitein|Schout|Wethouder|Zuster")
STREET_ADJ = L("Oude|Nieuwe|Lange|Korte|Hoge|Lage|Grote|Kleine|Noordelijke|Zuidelijke")
PC_LETTERS = "ABCEGHJKLMNPRSTVWXZ"
ROMAN = ["I", "II", "III", "IV"]

PROVIDERS = L("""hetnet.nl|home.nl|casema.nl|upcmail.nl|telfort.nl|yahoo.com|yahoo.nl|proton.me|
protonmail.com|gmx.net|gmx.de|zonnet.nl|chello.nl|tele2.nl|online.nl|quicknet.nl|hotmail.nl|live.com|
me.com|msn.com|outlook.nl|gmail.com|mail.com|solcon.nl|caiway.nl|delta.nl|zeelandnet.nl|kabelfoon.nl|
freedom.nl|hetnet.com""")
CO_TYPES = {"Hoveniersbedrijf": "hoveniers", "Installatiebedrijf": "installatie",
            "Administratiekantoor": "administratie", "Makelaardij": "makelaardij",
            "Fysiotherapie": "fysio", "Tandartspraktijk": "tandarts", "Autobedrijf": "auto",
            "Schildersbedrijf": "schilders", "Kinderopvang": "kinderopvang", "Zorggroep": "zorg",
            "Transportbedrijf": "transport", "Dakdekkersbedrijf": "dakwerken",
            "Accountantskantoor": "accountants", "Bouwbedrijf": "bouw", "Woonstichting": "wonen",
            "Sportcentrum": "sport", "Dierenkliniek": "dierenkliniek", "Loodgietersbedrijf": "loodgieter",
            "Schoonmaakbedrijf": "schoonmaak", "Drukkerij": "drukkerij", "Uitzendbureau": "uitzend",
            "Adviesbureau": "advies", "Webbureau": "web"}
CO_CORES = L("""De Groene Zoom|Het Anker|Zuidkaap|Oostermolen|Blauwe Hoeve|Het Baken|De Korenschuur|
Vlietland|Hoekzicht|De Driesprong|Het Veerhuis|Zonnewende|Westerkim|De Zilvermeeuw|Het Kompas|De Vaart|
Noorderlicht|De Wielewaal|Het Gouden Hert|Polderkracht|Kustlijn|Duinzicht|De Schakel|Rivierduin|
De Lichtboei|Het Torentje|De Zandloper|Schaapskooi|De Meerpaal|Het Klaverblad|Eendracht|De Kromme Akker|
Het Vlot|Brugzicht|De Roerganger|Stroomop|Het Rode Dak|De Waterlijn|Vaartwerk|Kadegroep""")
GREET_WORDS = {"Hoi", "Hallo", "Hi", "Goedemorgen", "Beste", "Dag", "Hey", "Hello", "Dear"}
GENERIC_LOCAL = L("info|administratie|planning|support|receptie|facturen|hr|service|contact|secretariaat|"
                  "boekhouding|verkoop|personeelszaken|debiteuren|helpdesk|klantenservice")

MONTHS = L("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december")
MON_AB = L("jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec")
DAYS = L("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag")
DAY_AB = L("ma|di|wo|do|vr|za|zo")
EN_MONTHS = L("January|February|March|April|May|June|July|August|September|October|November|December")
EN_DAYS = L("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")

AREA3 = L("010|013|015|020|023|024|026|030|033|035|036|038|040|043|045|046|050|053|055|058|070|071|"
          "072|073|074|075|076|077|078|079|085|088")
AREA4 = L("""0111|0113|0114|0162|0164|0165|0172|0174|0180|0181|0182|0183|0184|0186|0187|0222|0223|0224|
0226|0227|0228|0229|0251|0252|0255|0294|0297|0299|0313|0314|0315|0316|0317|0318|0320|0321|0341|0342|0343|
0344|0345|0346|0347|0348|0411|0412|0413|0416|0418|0475|0478|0481|0485|0486|0487|0488|0492|0493|0495|0497|
0499|0511|0512|0513|0514|0515|0516|0517|0518|0519|0521|0522|0523|0524|0525|0527|0528|0529|0541|0543|0544|
0545|0546|0547|0548|0561|0562|0566|0570|0571|0572|0573|0575|0577|0578|0591|0592|0593|0594|0595|0596|0597|
0598|0599""")
BANKS = L("ABNA|INGB|RABO|SNSB|ASNB|TRIO|KNAB|BUNQ|RBRB|FVLB|NWAB|HAND|BNGH")
SIDECODES = ["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
             "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
PW_WORDS = L("""fiets|tulp|molen|gracht|kaas|klomp|haring|drop|stroopwafel|zomer|winter|herfst|lente|koffie|
regen|zonnig|paard|konijn|kater|bever|zeilboot|dijk|polder|lantaarn|appeltaart|pindakaas|hagelslag|
tompouce|schaats|kroket|bitterbal|wolk|vuurtoren|zandkasteel|boterham|vlieger|eikel|paddenstoel|
regenboog|knikker|sneeuw|ijsbeer|tractor|kikker|mossel|dakgoot|tandem|gieter|kruiwagen""")
JOBS = L("""administratief medewerker|planner|monteur|verpleegkundige|accountmanager|magazijnmedewerker|
baliemedewerker|projectleider|chauffeur|servicemonteur|teamleider|boekhouder|doktersassistent|
klantenservicemedewerker|schoonmaker|kok|verkoopmedewerker|developer|HR-adviseur|tekenaar""")

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
PW_SYM = "!@#$%&*?+="


# ----------------------------------------------------------------------------- checks
def slug(s):
    for a, b in (("ı", "i"), ("İ", "I"), ("ł", "l"), ("Ł", "L"), ("ß", "ss"), ("ø", "o"), ("Ø", "O"),
                 ("æ", "ae"), ("œ", "oe"), ("ș", "s"), ("ț", "t"), ("Ș", "S"), ("Ț", "T")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def elfproef(d):
    if len(d) != 9 or not d.isdigit() or d == "000000000":
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(cc, bban):
    chk = 98 - iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def occurs(v, text):
    return re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text) is not None


def spans(v, text):
    return [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text)]


# ----------------------------------------------------------------------------- people
class Person:
    def __init__(self, first, surname, female, origin):
        self.first, self.surname, self.female, self.origin = first, surname, female, origin
        parts = surname.split(" ")
        i = 0
        while i < len(parts) - 1 and parts[i] in TUSSEN:
            i += 1
        self.tussen = " ".join(parts[:i])
        self.last = " ".join(parts[i:])
        self.extra = ""

    def first_initials(self):
        return "".join(s[0].upper() + "." for s in re.split(r"[ -]", self.first) if s)

    def initials(self):
        return self.first_initials() + self.extra

    def formal(self):
        s = self.surname
        return s[0].upper() + s[1:]


def feminize(origin, last):
    if origin == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last.endswith(a):
                return last[: -len(a)] + b
    if origin == "gr":
        if last.endswith("idis"):
            return last[:-4] + "idou"
        if last.endswith("os"):
            return last[:-2] + "ou"
        if last.endswith("is") or last.endswith("as"):
            return last[:-1]
    return last


# ----------------------------------------------------------------------------- record context
START = datetime.date(2024, 1, 1)


class Ctx:
    """Collects tagged values while a template writes its text.  Values that end up in the text
    become mask/keep entries (so a template may draft alternatives and use only one)."""

    def __init__(self, r):
        self.r = r
        self.tags = []
        self.keeps = []

    # --- randomness
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def wch(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for it, w in pairs:
            x -= w
            if x < 0:
                return it
        return pairs[-1][0]

    def dd(self, n, lead=False):
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if lead and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def rs(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def tag(self, label, value):
        self.tags.append((label, value))
        return value

    def K(self, value):
        self.keeps.append(value)
        return value

    # --- people
    def person(self, origin=None, female=None):
        r = self.r
        if origin is None:
            origin = self.wch([(k, v[3]) for k, v in ORIGINS.items()])
        males, females, lasts, _ = ORIGINS[origin]
        if female is None:
            female = r.random() < 0.5
        first = r.choice(females if female else males)
        last = r.choice(lasts)
        if origin != "nl" and r.random() < 0.07:
            first = r.choice(NL_F if female else NL_M)
        if origin == "es" and r.random() < 0.5:
            other = r.choice(lasts)
            if other != last:
                last = f"{last} {other}"
        if origin in ("pt", "br", "cv") and r.random() < 0.3 and " " not in last:
            other = r.choice([x for x in lasts if " " not in x])
            if other != last:
                last = f"{other} {last}"
        if female:
            last = feminize(origin, last)
        if origin == "nl" and female and r.random() < 0.12:
            if r.random() < 0.75:
                other = r.choice(NL_LAST)
            else:
                o2 = self.wch([(k, v[3]) for k, v in ORIGINS.items() if k != "nl"])
                other = r.choice(ORIGINS[o2][2])
            if other != last:
                last = f"{last}-{other}"
        p = Person(first, last, female, origin)
        if r.random() < 0.3:
            p.extra = "".join(r.choice("AEHJMPWCGLT") + "." for _ in range(r.randint(1, 2)))
        return p

    def N(self, p, form=None):
        if form is None:
            form = self.wch([("full", 62), ("init", 14), ("initx", 9), ("first", 8), ("formal", 7)])
        if form == "full":
            s = f"{p.first} {p.surname}"
        elif form == "first":
            s = p.first
        elif form == "formal":
            s = p.formal()
        elif form == "init":
            s = f"{p.first_initials()} {p.surname}"
        elif form == "initx":
            s = f"{p.initials()} {p.surname}"
        elif form == "lastcomma":
            s = f"{p.last}, {p.initials()}" + (f" {p.tussen}" if p.tussen else "")
        elif form == "lastfirst":
            s = f"{p.last}, {p.first}" + (f" {p.tussen}" if p.tussen else "")
        elif form == "upper":
            ini = p.initials()
            if self.p(0.5):
                ini = ini.replace(".", "")
            s = f"{ini} {p.surname.upper()}"
        else:
            raise ValueError(form)
        return self.tag("PERSOON", s)

    def title(self, p, cap=False, en=False):
        if en:
            t = self.ch(["Ms", "Mrs", "Ms."] if p.female else ["Mr", "Mr."])
        else:
            t = self.ch(["mevrouw", "mevr.", "mw."] if p.female else ["meneer", "dhr.", "de heer"])
        return t[0].upper() + t[1:] if cap else t

    def TN(self, p, cap=False, en=False):
        form = self.wch([("formal", 5), ("init", 3), ("full", 2)])
        return f"{self.title(p, cap, en)} {self.N(p, form)}"

    # --- contact data
    def COMPANY(self):
        t = self.ch(list(CO_TYPES))
        core = self.ch(CO_CORES)
        dom = self.wch([(f"{slug(core)}.nl", 3), (f"{slug(core)}-{CO_TYPES[t]}.nl", 3),
                        (f"{CO_TYPES[t]}{slug(core)}.nl", 2), (f"{slug(core)}.eu", 1),
                        (f"{slug(core)}.com", 1)])
        return f"{t} {core}", dom

    def E(self, p=None, dom=None, company=False):
        r = self.r
        if p is None:
            local = self.ch(GENERIC_LOCAL)
            dom = dom or self.COMPANY()[1]
        else:
            f = slug(p.first)
            l = slug(p.tussen + p.last)
            n = str(r.randint(1, 99))
            local = self.wch([(f"{f}.{l}", 20), (f"{f[:1]}.{l}", 15), (f"{f}{l}{n}", 6), (f"{f}_{l}", 6),
                              (f"{f}{n}", 5), (f"{l}.{f}", 4), (f"{f[:1]}{l}", 6), (f"{f}.{l[:1]}", 2),
                              (f, 6 if (company or dom) else 1)])
            if dom is None:
                dom = self.COMPANY()[1] if (company or r.random() < 0.2) else self.ch(PROVIDERS)
        return self.tag("EMAIL", f"{local}@{dom}")

    def TEL(self, kind=None):
        r = self.r
        kind = kind or self.wch([("mob", 55), ("land", 35), ("intl", 10)])
        if kind == "mob":
            d = str(r.randint(1, 9)) + self.dd(7)
            fmts = [f"06-{d}", f"06 {d}", f"06{d}", f"06 {d[:4]} {d[4:]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                    f"+31 6 {d}", f"+316{d}", f"+31 (0)6 {d[:4]} {d[4:]}", f"0031 6 {d[:2]} {d[2:5]} {d[5:]}",
                    f"+31 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06-{d[:4]} {d[4:]}", f"+31(0)6-{d}"]
        elif kind == "land":
            if r.random() < 0.45:
                a = self.ch(AREA3)
                loc = str(r.randint(2, 9)) + self.dd(6)
                fmts = [f"{a}-{loc}", f"{a} {loc[:3]} {loc[3:]}", f"({a}) {loc}", f"+31 {a[1:]} {loc[:3]} {loc[3:]}",
                        f"{a}-{loc[:3]} {loc[3:5]} {loc[5:]}", f"{a} {loc}", f"+31 (0){a[1:]} {loc}"]
            else:
                a = self.ch(AREA4)
                loc = str(r.randint(2, 9)) + self.dd(5)
                fmts = [f"{a}-{loc}", f"({a}) {loc[:2]} {loc[2:4]} {loc[4:]}", f"{a} {loc[:3]} {loc[3:]}",
                        f"+31 {a[1:]} {loc}", f"+31 (0){a[1:]}-{loc}", f"{a} {loc}", f"({a}) {loc}"]
        else:
            fmts = [f"+32 4{self.dd(2)} {self.dd(2)} {self.dd(2)} {self.dd(2)}", f"+49 15{self.dd(1)} {self.dd(8)}",
                    f"+44 7{self.dd(3)} {self.dd(6)}", f"+90 5{self.dd(2)} {self.dd(3)} {self.dd(2)} {self.dd(2)}",
                    f"+212 6 {self.dd(2)} {self.dd(2)} {self.dd(2)} {self.dd(2)}",
                    f"+48 {self.ch('5678')}{self.dd(2)} {self.dd(3)} {self.dd(3)}",
                    f"+40 7{self.dd(2)} {self.dd(3)} {self.dd(3)}",
                    f"+380 {self.ch(['50', '63', '67', '68', '93', '97'])} {self.dd(3)} {self.dd(4)}",
                    f"+597 8{self.dd(2)}-{self.dd(4)}", f"+599 9 {self.ch('56')}{self.dd(2)} {self.dd(4)}",
                    f"+351 9{self.dd(2)} {self.dd(3)} {self.dd(3)}", f"+34 6{self.dd(2)} {self.dd(3)} {self.dd(3)}"]
        return self.tag("TELEFOON", self.ch(fmts))

    def STREET(self):
        k = self.wch([("base", 72), ("title", 14), ("adj", 10), ("person", 4)])
        suf = self.wch(STREET_SUFFIX)
        single = [x for x in NL_LAST if " " not in x and "-" not in x and "'" not in x]
        if k == "base":
            return self.ch(STREET_BASE) + suf
        if k == "title":
            return f"{self.ch(STREET_TITLES)} {self.ch(single)}{suf}"
        if k == "adj":
            return f"{self.ch(STREET_ADJ)} {self.ch(STREET_BASE)}{suf}"
        return f"{self.ch(NL_M + NL_F)} {self.ch(single)}{suf}"

    def HNR(self):
        r = self.r
        n = r.randint(1, 40) if r.random() < 0.6 else r.randint(1, 260)
        k = self.wch([("plain", 45), ("low", 12), ("up", 8), ("bis", 4), ("dash", 8), ("hs", 5), ("H", 3),
                      ("roman", 5), ("spup", 4), ("hs2", 2), ("dbis", 2), ("sproman", 2)])
        return {"plain": f"{n}", "low": f"{n}{self.ch('abcd')}", "up": f"{n}{self.ch('ABCD')}",
                "bis": f"{n} bis", "dash": f"{n}-{r.randint(1, 4)}", "hs": f"{n}-hs", "H": f"{n}-H",
                "roman": f"{n}-{self.ch(ROMAN)}", "spup": f"{n} {self.ch('ABC')}", "hs2": f"{n}hs",
                "dbis": f"{n}-bis", "sproman": f"{n} {self.ch(ROMAN[1:])}"}[k]

    def ADR(self):
        return self.tag("ADRES", f"{self.STREET()} {self.HNR()}")

    def PC(self, sep=None):
        n = self.r.randint(1000, 9999)
        while True:
            l2 = self.ch(PC_LETTERS) + self.ch(PC_LETTERS)
            if l2 not in ("SA", "SD", "SS"):
                break
        if sep is None:
            sep = " " if self.p(0.55) else ""
        return self.tag("POSTCODE", f"{n}{sep}{l2}")

    def CITY(self):
        return self.ch(CITIES)

    def FULLADR(self, sep=", "):
        return f"{self.ADR()}{sep}{self.PC()} {self.CITY()}"

    def IBAN(self, cc=None, spaced=None):
        cc = cc or self.wch([("NL", 88), ("BE", 6), ("DE", 6)])
        if cc == "NL":
            bban = self.ch(BANKS) + self.dd(10)
        elif cc == "BE":
            f10 = self.dd(10)
            chk = int(f10) % 97 or 97
            bban = f10 + f"{chk:02d}"
        else:
            bban = self.dd(8, lead=True) + self.dd(10)
        v = make_iban(cc, bban)
        if spaced is None:
            spaced = self.p(0.5)
        if spaced:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return self.tag("IBAN", v)

    def bsn_digits(self):
        r = self.r
        while True:
            d = [r.randint(0, 9) for _ in range(8)]
            d[0] = self.ch([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 8, 9, 0])
            s = sum((9 - i) * d[i] for i in range(8))
            c = s % 11
            if c == 10:
                continue
            out = "".join(map(str, d)) + str(c)
            if elfproef(out) and len(set(out)) > 2:
                return out

    def BSN(self, style=None):
        s = self.bsn_digits()
        style = style or self.wch([("plain", 50), ("dots", 12), ("space", 16), ("sofi", 10), ("dash", 8),
                                   ("space2", 4)])
        v = {"plain": s, "dots": f"{s[:3]}.{s[3:6]}.{s[6:]}", "space": f"{s[:3]} {s[3:6]} {s[6:]}",
             "sofi": f"{s[:4]}.{s[4:6]}.{s[6:]}", "dash": f"{s[:3]}-{s[3:6]}-{s[6:]}",
             "space2": f"{s[:4]} {s[4:6]} {s[6:]}"}[style]
        return self.tag("BSN", v)

    def ORDER(self):
        while True:
            s = self.dd(9, lead=True)
            if not elfproef(s):
                return self.K(s)

    def DOB(self, style=None, child=False, en=False):
        r = self.r
        y = r.randint(2010, 2022) if child else r.randint(1942, 2006)
        d = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
        if en:
            style = style or self.ch(["dmy/", "iso", "dMy"])
        style = style or self.wch([("dmy-", 25), ("dmy/", 14), ("iso", 10), ("d-m-y", 12), ("dMy", 14),
                                   ("dmaby", 8), ("dmy.", 7), ("dMy0", 5)])
        v = {"dmy-": f"{d.day:02d}-{d.month:02d}-{y}", "dmy/": f"{d.day:02d}/{d.month:02d}/{y}",
             "iso": d.isoformat(), "d-m-y": f"{d.day}-{d.month}-{y}",
             "dMy": f"{d.day} {(EN_MONTHS if en else MONTHS)[d.month - 1]} {y}",
             "dmaby": f"{d.day} {MON_AB[d.month - 1]} {y}", "dmy.": f"{d.day:02d}.{d.month:02d}.{y}",
             "dMy0": f"{d.day:02d} {MONTHS[d.month - 1]} {y}"}[style]
        return self.tag("GEBOORTEDATUM", v)

    def PLATE(self):
        sc = self.ch(SIDECODES)
        v = "".join(self.ch(PLATE_LETTERS) if ch == "X" else (str(self.r.randint(0, 9)) if ch == "9" else ch)
                    for ch in sc)
        return self.tag("KENTEKEN", v)

    # --- secrets
    def PW(self, style=None):
        r = self.r
        style = style or self.wch([("rand", 34), ("word", 24), ("phrase", 12), ("simple", 10), ("leet", 10),
                                   ("mixed", 10)])
        if style == "rand":
            while True:
                v = self.rs(r.randint(10, 18), ALNUM + PW_SYM)
                if (re.search(r"[a-z]", v) and re.search(r"[A-Z]", v) and re.search(r"\d", v)
                        and re.search(r"[^A-Za-z0-9]", v) and v[0].isalnum()):
                    break
        elif style == "word":
            w = self.ch(PW_WORDS).capitalize()
            d = str(r.choice([r.randint(1, 99), r.randint(2019, 2026), r.randint(100, 9999)]))
            s = self.ch(PW_SYM)
            v = self.ch([f"{w}{s}{d}", f"{w}{d}{s}", f"{d}{w}{s}", f"{w}{s}{w[:1].lower()}{d}"])
        elif style == "phrase":
            ws = [self.ch(PW_WORDS) for _ in range(r.randint(3, 4))]
            v = self.ch(["-", ".", "_"]).join(ws) + self.ch(["", str(r.randint(2, 99)), "!"])
        elif style == "simple":
            v = self.ch([f"welkom{r.randint(1, 999)}", f"Welkom{r.randint(1, 99):02d}",
                         f"{self.ch(['Voorjaar', 'Najaar', 'Zomer', 'Winter'])}{r.randint(2020, 2026)}",
                         f"{self.ch(PW_WORDS)}{r.randint(10, 99)}", f"Kantoor{r.randint(1, 9)}!"])
        elif style == "leet":
            w = self.ch(PW_WORDS) + self.ch(PW_WORDS)
            w = w.replace("e", "3").replace("a", "4").replace("o", "0").replace("i", "1")
            v = w[:1].upper() + w[1:] + self.ch(PW_SYM) + str(r.randint(1, 99))
        else:
            v = "".join(self.ch([self.rs(2, string.ascii_lowercase), self.rs(2, string.ascii_uppercase),
                                 self.rs(2, string.digits), self.ch(PW_SYM)]) for _ in range(r.randint(4, 7)))
            if not v[0].isalnum():
                v = "x" + v
        return self.tag("WACHTWOORD", v)

    def PIN(self, n=None):
        n = n or self.ch([4, 4, 4, 5, 6])
        while True:
            v = self.dd(n)
            if len(set(v)) > 1 and v not in ("1234", "12345", "123456"):
                return self.tag("WACHTWOORD", v)

    def KEY(self, prov=None):
        r = self.r
        prov = prov or self.ch(["aws", "github", "github_pat", "gitlab", "slack", "stripe", "openai",
                                "openai_old", "anthropic", "google", "sendgrid", "mailgun", "hf", "npm",
                                "shopify", "digitalocean", "mollie", "jwt", "telegram", "hex"])
        if prov == "aws":
            v = "AKIA" + self.rs(16, string.ascii_uppercase + "234567")
        elif prov == "aws_secret":
            v = self.rs(40, ALNUM + "/+")
        elif prov == "github":
            v = "ghp_" + self.rs(36)
        elif prov == "github_pat":
            v = "github_pat_11" + self.rs(20, UPNUM) + "_" + self.rs(59)
        elif prov == "gitlab":
            v = "glpat-" + self.rs(20, URLSAFE)
        elif prov == "slack":
            v = f"xoxb-{self.dd(11, True)}-{self.dd(13, True)}-{self.rs(24)}"
        elif prov == "slack_user":
            v = f"xoxp-{self.dd(11, True)}-{self.dd(11, True)}-{self.dd(13, True)}-{self.rs(32, HEX)}"
        elif prov == "slack_webhook":
            v = f"https://hooks.slack.com/services/T{self.rs(8, UPNUM)}/B{self.rs(10, UPNUM)}/{self.rs(24)}"
        elif prov == "stripe":
            v = "sk_live_" + self.rs(self.ch([24, 99]))
        elif prov == "stripe_rk":
            v = "rk_live_" + self.rs(self.ch([24, 99]))
        elif prov == "stripe_wh":
            v = "whsec_" + self.rs(32)
        elif prov == "openai":
            v = "sk-proj-" + self.rs(self.ch([48, 74, 156]), URLSAFE)
        elif prov == "openai_old":
            v = "sk-" + self.rs(48)
        elif prov == "anthropic":
            v = "sk-ant-api03-" + self.rs(93, URLSAFE) + "AA"
        elif prov == "google":
            v = "AIza" + self.rs(35, URLSAFE)
        elif prov == "sendgrid":
            v = "SG." + self.rs(22, URLSAFE) + "." + self.rs(43, URLSAFE)
        elif prov == "mailgun":
            v = "key-" + self.rs(32, HEX)
        elif prov == "hf":
            v = "hf_" + self.rs(34, string.ascii_letters)
        elif prov == "npm":
            v = "npm_" + self.rs(36)
        elif prov == "pypi":
            v = "pypi-AgEIcHlwaS5vcmc" + self.rs(r.randint(60, 120), URLSAFE)
        elif prov == "shopify":
            v = "shpat_" + self.rs(32, HEX)
        elif prov == "digitalocean":
            v = "dop_v1_" + self.rs(64, HEX)
        elif prov == "mollie":
            v = "live_" + self.rs(30)
        elif prov == "jwt":
            payload = json.dumps({"sub": self.ch(["svc-koppeling", "api-gebruiker", "portal"]),
                                  "iat": r.randint(1_700_000_000, 1_760_000_000),
                                  "scope": self.ch(["orders:read", "read write", "admin"])},
                                 separators=(",", ":"))
            b = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
            v = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b + "." + self.rs(43, URLSAFE)
        elif prov == "telegram":
            v = f"{self.dd(10, True)}:AA{self.rs(33, URLSAFE)}"
        elif prov == "azure":
            v = self.rs(86, ALNUM + "+/") + "=="
        elif prov == "twilio":
            v = self.rs(32, HEX)
        elif prov == "hex":
            v = self.rs(32, HEX)
        else:
            raise ValueError(prov)
        return self.tag("API_SLEUTEL", v)

    # --- keep values
    def AMT(self, lo=5, hi=2000, en=False, cents=None, value=None):
        r = self.r
        if cents is None:
            cents = self.p(0.5)
        v = r.uniform(lo, hi) if value is None else value
        e = int(v)
        cc = (int(round((v - e) * 100)) % 100 if value is not None else r.randint(0, 99)) if cents else 0

        def th(n, sep="."):
            return f"{n:,}".replace(",", sep)
        if en:
            opts = [f"€{th(e, ',')}.{cc:02d}", f"EUR {th(e, ',')}.{cc:02d}", f"€ {th(e, ',')}", f"EUR {e}",
                    f"€{th(e, ',')}"] if cents else [f"€{th(e, ',')}", f"EUR {th(e, ',')}", f"€ {th(e, ',')}",
                                                      f"{th(e, ',')} euros"]
        elif cents:
            opts = [f"€ {th(e)},{cc:02d}", f"€{th(e)},{cc:02d}", f"EUR {th(e)},{cc:02d}", f"{th(e)},{cc:02d} euro",
                    f"€ {e},{cc:02d}", f"{th(e)},{cc:02d} EUR", f"EUR {e},{cc:02d}", f"€ {th(e)},{cc:02d}"]
        else:
            opts = [f"€ {th(e)},-", f"€{th(e)},-", f"€ {e}", f"{th(e)} euro", f"EUR {e}", f"€ {th(e)}",
                    f"{th(e)} EUR", f"€ {th(e)},00", f"EUR {th(e)},-", f"€{th(e)}", f"{e} euro", f"EUR {th(e)}"]
        return self.K(self.ch(opts))

    def DATE(self, style=None, en=False, cap=False):
        r = self.r
        while True:
            d = START + datetime.timedelta(days=r.randrange(365 * 3))
            if d.weekday() < 5 or r.random() < 0.1:
                break
        wd, m = d.weekday(), d.month - 1
        if en:
            style = style or self.wch([("wdm", 5), ("dmy", 3), ("wd,dm", 2)])
            s = {"wdm": f"{EN_DAYS[wd]} {d.day} {EN_MONTHS[m]}", "dmy": f"{d.day} {EN_MONTHS[m]} {d.year}",
                 "wd,dm": f"{EN_DAYS[wd]}, {d.day} {EN_MONTHS[m]}"}[style]
        else:
            style = style or self.wch([("wdm", 40), ("wdmy", 15), ("wdab", 10), ("wdabm", 8), ("dm", 12),
                                       ("dmy", 8), ("wdnum", 7)])
            s = {"wdm": f"{DAYS[wd]} {d.day} {MONTHS[m]}", "wdmy": f"{DAYS[wd]} {d.day} {MONTHS[m]} {d.year}",
                 "wdab": f"{DAY_AB[wd]} {d.day} {MON_AB[m]}", "wdabm": f"{DAY_AB[wd]} {d.day} {MONTHS[m]}",
                 "dm": f"{d.day} {MONTHS[m]}", "dmy": f"{d.day} {MONTHS[m]} {d.year}",
                 "wdnum": f"{DAYS[wd]} {d.day}-{d.month}"}[style]
            if cap:
                s = s[0].upper() + s[1:]
        return self.K(s)

    # --- plain (unlabelled) bits
    def SLOT(self):
        h = self.r.randint(8, 16)
        m = self.ch([0, 15, 30])
        d = self.ch([30, 45, 60, 90])
        e = h * 60 + m + d
        return f"{h:02d}:{m:02d}–{e // 60:02d}:{e % 60:02d}"

    def TIME(self):
        return f"{self.r.randint(8, 17):02d}:{self.ch(['00', '15', '30', '45', '10', '40'])}"

    def INV(self):
        y = self.r.randint(2024, 2026)
        return self.ch([f"F{y}-{self.r.randint(1, 9999):04d}", f"{y}-{self.r.randint(1, 99999):05d}",
                        f"INV-{self.r.randint(10000, 99999)}", f"FAC{y}{self.r.randint(100, 999)}"])

    def NR(self, lo=4, hi=6):
        return self.dd(self.r.randint(lo, hi), lead=True)

    def MONTH(self):
        return self.ch(MONTHS)

    def SIGN(self, en=False):
        p = self.person()
        if en:
            return self.ch([f"\n\nKind regards,\n{self.N(p, 'full')}", f"\n\nBest,\n{self.N(p, 'first')}",
                            f"\n\nThanks,\n{self.N(p, 'first')}"])
        return self.ch([f"\n\nGroet,\n{self.N(p, 'first')}", f"\n\nMet vriendelijke groet,\n{self.N(p, 'full')}",
                        f"\n\nGr. {self.N(p, 'first')}", f"\n– {self.N(p, 'first')}", f"\n\nmvg,\n{self.N(p, 'full')}",
                        f"\n\nHartelijke groet,\n\n{self.N(p, 'full')}"])

    def WRAP(self, body, en=False):
        """Frame a fixed sentence as a chat/e-mail message (random greeting and sign-off)."""
        greets = body.split(" ", 1)[0] in GREET_WORDS
        addressed = any(lab == "PERSOON" and occurs(v, body) for lab, v in self.tags)
        labelled = ":" in body[:30]
        if en:
            pre = self.ch(["", "", f"{self.HI(en=True)}\n\n", "FYI – "])
            post = self.ch(["", "", self.SIGN(en=True), " Thanks!"])
        else:
            pre = self.ch(["", "", f"{self.HI()}\n\n", f"@{self.N(self.person(), 'first')} ", "Ter info: ",
                           "FYI: ", "Even een reminder: ", "Vanuit de servicedesk: "])
            post = self.ch(["", "", self.SIGN(), " Dank je!", " Alvast bedankt.", " 👍",
                            f" Vragen? Bel {self.N(self.person(), 'first')} op {self.TEL('land')}."])
        if greets or (addressed and "\n" in pre) or (labelled and pre.endswith(": ")):
            pre = ""
        return pre + body + post

    def SAL(self, p):
        """Formal salutation: 'Geachte heer X', 'Beste mevrouw X', 'Beste Anne de Wit'."""
        k = self.wch([("geachte", 4), ("beste_t", 4), ("beste_full", 2)])
        if k == "geachte":
            return f"Geachte {'mevrouw' if p.female else 'heer'} {self.N(p, self.ch(['formal', 'formal', 'init']))}"
        if k == "beste_t":
            return f"Beste {'mevrouw' if p.female else 'meneer'} {self.N(p, 'formal')}"
        return f"Beste {self.N(p, 'full')}"

    def HI(self, p=None, en=False):
        p = p or self.person()
        if en:
            return f"{self.ch(['Hi', 'Hello', 'Dear', 'Hey'])} {self.N(p, 'first')},"
        return f"{self.ch(['Hoi', 'Hallo', 'Hi', 'Goedemorgen', 'Beste', 'Dag', 'Hey'])} {self.N(p, 'first')},"


# ============================================================================= templates
TEMPLATES = defaultdict(list)


def tpl(group):
    def deco(fn):
        TEMPLATES[group].append(fn)
        return fn
    return deco


# ----------------------------------------------------------------------------- BSN
@tpl("BSN")
def bsn_hr_start(c):
    p = c.person()
    return c.ch([
        f"Nieuwe collega {c.N(p)} begint {c.DATE()}. Voor de loonadministratie: BSN {c.BSN()}, geboortedatum "
        f"{c.DOB()}. Het contract ligt al bij HR.",
        f"Indiensttreding per {c.DATE()}: {c.N(p)}, geb. {c.DOB()}, burgerservicenummer {c.BSN()}. Graag "
        f"aanmelden bij het pensioenfonds.",
        f"{c.N(p)} start {c.DATE()} bij de planning. BSN-nr {c.BSN()} en rekeningnummer {c.IBAN()} staan nu in "
        f"het HR-systeem; loonheffingskorting toepassen: ja.",
    ])


@tpl("BSN")
def bsn_phone_wmo(c):
    p = c.person()
    return (f"Telefoonnotitie {c.TIME()}\n{c.TN(p, cap=True)} belde over de aanvraag "
            f"{c.ch(['huishoudelijke hulp', 'een traplift', 'de scootmobiel', 'leerlingenvervoer'])}. "
            f"Burgerservicenummer: {c.BSN()}. Graag terugbellen op {c.TEL()} "
            f"{c.ch(['vóór vrijdag.', 'na 14:00 uur.', 'liefst in de ochtend.'])}")


@tpl("BSN")
def bsn_form(c):
    p = c.person()
    head = c.ch(["Aanmeldformulier kinderopvang", "Gegevens cliënt", "Inschrijfformulier", "Intakeformulier",
                 "Persoonsgegevens nieuwe huurder"])
    lab = c.ch(["BSN-nummer", "BSN", "Burgerservicenummer", "Sofinummer"])
    return (f"{head}\nNaam: {c.N(p, 'full')}\nGeboortedatum: {c.DOB()}\n{lab}: {c.BSN()}\nAdres: {c.ADR()}\n"
            f"Postcode/plaats: {c.PC()} {c.CITY()}\nTelefoon: {c.TEL()}")


@tpl("BSN")
def bsn_accountant(c):
    p = c.person()
    return (f"{c.HI()}\n\nVoor de aangifte inkomstenbelasting van {c.N(p)} hierbij de ontbrekende gegevens: "
            f"{c.ch(['sofinummer', 'BSN', 'burgerservicenummer'])} {c.BSN()}, rekeningnummer {c.IBAN()}. "
            f"De jaaropgaaf stuur ik {c.DATE()} na.{c.SIGN()}")


@tpl("BSN")
def bsn_chat(c):
    p = c.person()
    return c.ch([
        f"kun je even checken of bsn {c.BSN()} al in het systeem staat? is van {c.N(p, 'first')} die vanochtend belde",
        f"@{c.N(c.person(), 'first')} klopt dit bsn: {c.BSN()}? {c.N(p, 'full')} zegt dat het bij ons verkeerd staat",
        f"BSN van {c.N(p)} is {c.BSN()} – kun jij het dossier bijwerken? thx",
    ])


@tpl("BSN")
def bsn_english(c):
    p = c.person(origin=c.ch(["gb", "in", "pl", "ro", "ua", "es", "it", "gr", "br", "ng"]))
    return c.ch([
        f"Hi, my citizen service number (BSN) is {c.BSN()} and my date of birth is {c.DOB(en=True)}. Could you "
        f"please add this to my file?\n\nThanks,\n{c.N(p, 'full')}",
        f"Dear HR team, as requested: BSN {c.BSN()}. My bank account is {c.IBAN()}. Kind regards, {c.N(p, 'full')}",
    ])


@tpl("BSN")
def bsn_child(c):
    parent = c.person()
    kid = Person(c.ch(NL_M + NL_F + ORIGINS[parent.origin][0] + ORIGINS[parent.origin][1]), parent.surname,
                 c.p(0.5), parent.origin)
    return (f"Voor de registratie van {c.N(kid, 'full')} hebben we nog het BSN van uw kind nodig. "
            f"{c.ch(['U gaf telefonisch door', 'Volgens het formulier is dat'])}: {c.BSN()}. "
            f"Ouder/verzorger: {c.N(parent, 'full')}, {c.E(parent)}.")


@tpl("BSN")
def bsn_gp(c):
    p = c.person()
    dr = c.person()
    return (f"Inschrijving nieuwe patiënt\n{c.N(p, c.ch(['full', 'initx']))}\ngeb. {c.DOB()}\nbsn {c.BSN()}\n"
            f"vorige huisarts: {c.ch(['dr.', 'huisarts', 'dokter'])} {c.N(dr, 'formal')}, {c.CITY()}")


@tpl("BSN")
def bsn_mortgage(c):
    p = c.person()
    return (f"Voor de hypotheekaanvraag van {c.N(p)}: burgerservicenr. {c.BSN()}, woonachtig {c.ADR()}, "
            f"{c.PC()} {c.CITY()}. Het taxatierapport volgt {c.DATE()}.")


@tpl("BSN")
def bsn_excel_row(c):
    rows = []
    for _ in range(c.r.randint(1, 2)):
        p = c.person()
        rows.append(f"{c.NR(4, 5)}\t{c.N(p, 'lastfirst')}\t{c.BSN(c.ch(['plain', 'plain', 'dots']))}\t"
                    f"{c.DATE(style='dmy')}")
    return "Persnr\tNaam\tBSN\tIn dienst\n" + "\n".join(rows)


@tpl("BSN")
def bsn_tax_letter(c):
    p = c.person()
    return (f"Belastingjaar {c.r.randint(2023, 2025)}\nBurgerservicenummer {c.BSN()}\n\n{c.N(p, 'initx')}\n"
            f"{c.ADR()}\n{c.PC(' ')}  {c.CITY().upper()}\n\nU krijgt {c.AMT(40, 3000)} terug. Wij storten dit "
            f"bedrag op {c.IBAN('NL')}.")


@tpl("BSN")
def bsn_reintegration(c):
    p = c.person()
    return (f"Re-integratieverslag {c.N(p)} (BSN {c.BSN()}): werknemer is sinds {c.DATE()} gedeeltelijk hersteld "
            f"en werkt nu {c.ch(['4', '5', '6'])} uur per dag. Volgende evaluatie op {c.DATE()}.")


@tpl("BSN")
def bsn_id_copy(c):
    p = c.person()
    return (f"Kopie ID ontvangen van {c.TN(p)}. Het BSN ({c.BSN()}) is op de kopie niet afgeschermd – graag na "
            f"verwerking verwijderen uit de gedeelde map.")


@tpl("BSN")
def bsn_pharmacy(c):
    p = c.person()
    return (f"Apotheek – herhaalrecept\nPatiënt: {c.N(p)}, {c.DOB()}\nBSN {c.BSN()}\nVerzekerd bij "
            f"{c.ch(['Zilveren Kruis', 'CZ', 'Menzis', 'VGZ', 'DSW'])}, ophalen {c.DATE()}.")


# ----------------------------------------------------------------------------- PASSWORD
@tpl("PASSWORD")
def pw_shared_mailbox(c):
    return (f"{c.HI()} het wachtwoord van de gedeelde mailbox {c.E()} is gewijzigd in {c.PW()}"
            f"{c.ch([' – niet doorsturen graag.', ' (zet het meteen in de kluis).', '. Graag niet in de chat bewaren.'])}")


@tpl("PASSWORD")
def pw_wifi(c):
    ssid = c.ch(["Kantoor-Gast", "GastNet", "Welkom-Bezoek", "Praktijk_Gasten", "Werkplaats5G"])
    return c.ch([
        f"Wifi voor gasten: netwerk {ssid}, ww {c.PW()}",
        f"wifi kantoor → {ssid} / {c.PW()}",
        f"Het wifi-wachtwoord beneden is sinds vandaag {c.PW()} (netwerk {ssid}).",
        f"Voor de bezoekers: SSID {ssid}, wachtwoord {c.PW()}",
    ])


@tpl("PASSWORD")
def pw_bookkeeping(c):
    p = c.person()
    app = c.ch(["Exact Online", "Twinfield", "Moneybird", "SnelStart", "het salarisportaal", "de webshop"])
    return (f"Inloggegevens {app}:\ngebruikersnaam: {c.E(p)}\nwachtwoord: {c.PW()}"
            + c.ch(["", f"\n(tot {c.DATE()} geldig)", "\nGraag na inloggen wijzigen."]))


@tpl("PASSWORD")
def pw_env(c):
    pre = c.ch(["Voor de staging-omgeving:\n", "Nieuwe .env voor de koppeling:\n", ""])
    return (f"{pre}DB_HOST=db{c.r.randint(1, 9):02d}.intern\nDB_USER={c.ch(['app', 'crm_app', 'webshop', 'rapport'])}\n"
            f"DB_PASSWORD={c.PW(c.ch(['rand', 'mixed']))}\nDB_PORT=5432")


@tpl("PASSWORD")
def pw_nas(c):
    return c.ch([
        f"pw voor de NAS is {c.PW()} (tijdelijk, {c.N(c.person(), 'first')} past het {c.DATE()} aan)",
        f"NAS in de serverkast: admin / pw {c.PW()}",
        f"pw backup-schijf: {c.PW()}",
    ])


@tpl("PASSWORD")
def pw_pin_card(c):
    p = c.person()
    return c.ch([
        f"De pincode van de tankpas van {c.N(p)} is {c.PIN(4)}. De pas zit in de bovenste la.",
        f"PIN bedrijfspas ({c.N(p)}): {c.PIN(4)}",
        f"{c.N(p, 'first')}, je nieuwe pincode voor de creditcard is {c.PIN(4)}. Brief is vernietigd.",
    ])


@tpl("PASSWORD")
def pw_keybox(c):
    return (f"Toegangscode sleutelkluis bij {c.ADR()}: {c.PIN(c.ch([4, 5]))}. "
            f"{c.ch(['Sleutel na gebruik terughangen graag!', 'Code niet op de werkbon zetten.', 'Klant is op vakantie tot ' + c.DATE() + '.'])}")


@tpl("PASSWORD")
def pw_english(c):
    what = c.ch(["staging server", "client portal", "shared drive", "admin panel", "VPN"])
    return c.ch([
        f"{c.HI(en=True)} the password for the {what} is {c.PW()} – please change it after your first login.{c.SIGN(en=True)}",
        f"FYI the {what} password is {c.PW()} until Friday.",
        f"login {what}: user {c.ch(['admin', 'support', 'ops'])}, password {c.PW()}",
    ])


@tpl("PASSWORD")
def pw_webshop(c):
    return c.ch([
        f"Login webshop-beheer → user: {c.ch(['beheer', 'admin', 'shopadmin'])} / pass: {c.PW()}",
        f"Webshop backend\nuser: {c.ch(['beheer', 'admin', 'shopadmin'])}\npass: {c.PW()}",
    ])


@tpl("PASSWORD")
def pw_temp(c):
    p = c.person()
    return (f"Tijdelijk wachtwoord voor {c.N(p)}: {c.PW()}\nBij de eerste keer inloggen vraagt het systeem om "
            f"een nieuw wachtwoord te kiezen.")


@tpl("PASSWORD")
def pw_alarm(c):
    return (f"Alarmcode pand {c.CITY()}: {c.PIN()}. Gaat het alarm toch af, bel dan de meldkamer op {c.TEL('land')}.")


@tpl("PASSWORD")
def pw_phone_reset(c):
    p = c.person()
    return (f"{c.TN(p, cap=True)} kon niet inloggen op het klantportaal. Ww gereset naar {c.PW()} en telefonisch "
            f"doorgegeven ({c.TEL()}).")


@tpl("PASSWORD")
def pw_connstring(c):
    pw = c.PW(c.ch(["rand", "mixed", "leet"]))
    while ";" in pw:
        pw = c.PW("mixed")
    return (f"Connection string voor de rapportage:\nServer=sql{c.r.randint(1, 9):02d};Database=crm;"
            f"User Id=rapport;Password={pw};")


@tpl("PASSWORD")
def pw_userpass(c):
    co, _ = c.COMPANY()
    return (f"Gebruikersnaam {c.ch(['inkoop', 'bestellingen', 'magazijn01', 'receptie'])} / wachtwoord {c.PW()} "
            f"voor het leveranciersportaal van {co}.")


@tpl("PASSWORD")
def pw_bikeshed(c):
    return c.ch([
        f"Code van het fietsenhok is veranderd: {c.PIN(4)}. Niet op de deur schrijven aub 🙂",
        f"Nieuwe toegangscode achterdeur: {c.PIN(c.ch([4, 5, 6]))}#",
        f"Toegangscode personeelsingang vanaf maandag: {c.PIN(c.ch([4, 5]))}",
    ])


@tpl("PASSWORD")
def pw_intern_account(c):
    p = c.person()
    return (f"Account voor de stagiair ({c.N(p)}): {c.E(p, company=True)} met ww {c.PW()}. Eerste werkdag is "
            f"{c.DATE()}.")


@tpl("PASSWORD")
def pw_router(c):
    p = c.person()
    return (f"Router in de meterkast: admin / {c.PW()}. {c.N(p)} van de ICT-leverancier weet ervan.")


@tpl("PASSWORD")
def pw_note(c):
    return c.ch([
        f"Notitie: nieuwe pw WordPress = {c.PW()} (oude werkte niet meer)",
        f"WW nieuw: {c.PW()}",
        f"pwd printer-beheer {c.PW()}",
        f"In config.ini staat nu password={c.PW()} – na de update weer naar de vault verplaatsen.",
    ])


@tpl("PASSWORD")
def pw_credentials_block(c):
    p = c.person()
    return (f"Inloggegevens voor {c.N(p, 'first')}:\nGebruikersnaam: {slug(p.first)}{c.r.randint(1, 99)}\n"
            f"Wachtwoord: {c.PW()}\nPIN telefoon: {c.PIN(4)}")


# ----------------------------------------------------------------------------- API_KEY
@tpl("API_KEY")
def key_env_stripe(c):
    return (f"Zet deze in de .env van de webshop:\nSTRIPE_SECRET_KEY={c.KEY('stripe')}\n"
            f"STRIPE_WEBHOOK_SECRET={c.KEY('stripe_wh')}")


@tpl("API_KEY")
def key_github(c):
    return c.ch([
        f"Hier de token voor GitHub Actions: {c.KEY(c.ch(['github', 'github_pat']))} (scope repo + workflow, "
        f"verloopt over 90 dagen).",
        f"export GITHUB_TOKEN={c.KEY(c.ch(['github', 'github_pat']))}",
        f"{c.HI()} kun je deze PAT in de secrets van de repo zetten? {c.KEY('github')}",
    ])


@tpl("API_KEY")
def key_aws(c):
    return (f"{c.ch(['Creds voor de backup-bucket:', 'AWS-gegevens voor de nieuwe server:', '~/.aws/credentials'])}\n"
            f"[default]\naws_access_key_id = {c.KEY('aws')}\naws_secret_access_key = {c.KEY('aws_secret')}\n"
            f"region = eu-west-1")


@tpl("API_KEY")
def key_curl(c):
    _, dom = c.COMPANY()
    return (f"Test maar met:\ncurl -H \"Authorization: Bearer {c.KEY(c.ch(['jwt', 'openai', 'hex', 'github']))}\" "
            f"https://api.{dom}/v1/orders")


@tpl("API_KEY")
def key_openai(c):
    return c.ch([
        f"Kun je de OpenAI-key even in de vault zetten? {c.KEY(c.ch(['openai', 'openai_old']))} – dan haal ik hem "
        f"hier weg.",
        f"OPENAI_API_KEY={c.KEY('openai')}",
        f"De key voor de chatbot op de site: {c.KEY(c.ch(['openai', 'openai_old']))}",
    ])


@tpl("API_KEY")
def key_slack(c):
    return c.ch([
        f"Slack-bot token: {c.KEY('slack')} (werkt alleen in #klantenservice)",
        f"user token voor de export: {c.KEY('slack_user')}",
        f"Webhook voor de storingsmeldingen: {c.KEY('slack_webhook')}",
    ])


@tpl("API_KEY")
def key_mollie(c):
    return (f"De Mollie live key van de webshop is {c.KEY('mollie')}. Testen graag met de test-key uit het "
            f"dashboard, niet met deze.")


@tpl("API_KEY")
def key_google(c):
    return (f"Google Maps API key voor het contactformulier: {c.KEY('google')} – graag beperken tot ons eigen "
            f"domein.")


@tpl("API_KEY")
def key_mail(c):
    p = c.person()
    return c.ch([
        f"{c.N(p, 'first')}, de SendGrid key voor de nieuwsbrief is {c.KEY('sendgrid')}. Limiet is 10k mails per maand.",
        f"Mailgun: api key {c.KEY('mailgun')}, domein mg.{c.COMPANY()[1]}",
    ])


@tpl("API_KEY")
def key_packages(c):
    return c.ch([
        f".npmrc:\n//registry.npmjs.org/:_authToken={c.KEY('npm')}",
        f"HF_TOKEN={c.KEY('hf')}",
        f"~/.pypirc\n[pypi]\nusername = __token__\npassword = {c.KEY('pypi')}",
    ])


@tpl("API_KEY")
def key_gitlab(c):
    return (f"Deploy token GitLab ({c.ch(['read_registry', 'read_repository', 'api'])}): {c.KEY('gitlab')}")


@tpl("API_KEY")
def key_yaml(c):
    return (f"config.yaml:\nllm:\n  provider: anthropic\n  api_key: {c.KEY('anthropic')}\n  max_tokens: 1024")


@tpl("API_KEY")
def key_azure(c):
    acct = c.ch(["opslagfacturen", "backupprod", "mediaweb01", "archiefdata"])
    return (f"Connection string opslagaccount:\nDefaultEndpointsProtocol=https;AccountName={acct};"
            f"AccountKey={c.KEY('azure')};EndpointSuffix=core.windows.net")


@tpl("API_KEY")
def key_twilio(c):
    return (f"Twilio voor de sms-herinneringen: account SID AC{c.rs(32, HEX)}, auth token {c.KEY('twilio')}.")


@tpl("API_KEY")
def key_misc(c):
    return c.ch([
        f"Bot-token voor de meldingen-bot: {c.KEY('telegram')}",
        f"Deze bearer token werkt tot morgen: {c.KEY('jwt')}",
        f"Shopify admin token: {c.KEY('shopify')}",
        f"DigitalOcean API token (alleen lezen): {c.KEY('digitalocean')}",
        f"X-API-Key: {c.KEY('hex')}\n(voor het vervoerdersportaal)",
        f"Restricted key voor de boekhoudkoppeling: {c.KEY('stripe_rk')}",
    ])


@tpl("API_KEY")
def key_generic_message(c):
    prov = c.ch(["aws", "github", "gitlab", "stripe", "openai", "anthropic", "google", "hf", "npm", "mollie"])
    return c.ch([
        f"Nieuwe API-sleutel aangemaakt: {c.KEY(prov)}. De oude heb ik ingetrokken.",
        f"Voor de koppeling met het planningssysteem gebruik je deze sleutel: {c.KEY(prov)}",
        f"{c.HI()} de token staat hieronder, niet delen buiten het team.\n\n{c.KEY(prov)}",
        f"api_key = \"{c.KEY(prov)}\"",
    ])


# ----------------------------------------------------------------------------- SIGNED_CONTRACT
@tpl("SIGNED_CONTRACT")
def con_rent(c):
    a, b = c.person(), c.person()
    city = c.CITY()
    return (f"HUUROVEREENKOMST WOONRUIMTE\n\nDe ondergetekenden {c.N(a, 'full')} (verhuurder) en {c.N(b, 'full')} "
            f"(huurder) komen overeen dat huurder de woning aan de {c.ADR()}, {c.PC()} {city} huurt.\n"
            f"Artikel 3 – De huurprijs bedraagt {c.AMT(550, 1900)} per maand, te voldoen vóór de eerste van de "
            f"maand op {c.IBAN('NL')}.\nArtikel 4 – De huur gaat in op {c.DATE()}.\n\n"
            f"Aldus overeengekomen en in tweevoud ondertekend te {city} op {c.DATE()}.\n\n"
            f"De verhuurder:\t\t\tDe huurder:\n{c.N(a, c.ch(['full', 'initx']))}\t\t{c.N(b, c.ch(['full', 'initx']))}\n"
            f"_______________\t\t_______________")


@tpl("SIGNED_CONTRACT")
def con_boiler(c):
    p = c.person()
    return (f"Onderhoudscontract cv-ketel\n\nOndergetekende {c.N(p, 'full')}, wonende aan de {c.ADR()} te "
            f"{c.CITY()}, gaat akkoord met jaarlijks onderhoud voor {c.AMT(90, 260)} per jaar (incl. btw), "
            f"automatische incasso van {c.IBAN()}.\n\n"
            + c.ch([f"Handtekening klant: [getekend]\nDatum: {c.DATE()}",
                    f"w.g. {c.N(p, 'init')}\n{c.DATE(cap=True)}",
                    f"Voor akkoord:\n\n{c.N(p, 'init')}  ✍ ______________\nDatum: {c.DATE()}"]))


@tpl("SIGNED_CONTRACT")
def con_employment(c):
    boss, emp = c.person(), c.person()
    co, _ = c.COMPANY()
    return (f"Artikel 6. Salaris\nWerknemer ontvangt een bruto maandsalaris van {c.AMT(2100, 5800)} op basis van "
            f"een {c.ch(['38', '36', '40', '32'])}-urige werkweek.\nArtikel 7. Vakantiegeld\nHet vakantiegeld "
            f"bedraagt 8% van het brutoloon.\n\nAldus opgemaakt en ondertekend:\n\nWerkgever, {co}\n"
            f"w.g. {c.N(boss, c.ch(['full', 'initx']))}, directeur\n\nWerknemer\nw.g. {c.N(emp, 'full')}\n"
            f"{c.CITY()}, {c.DATE()}")


@tpl("SIGNED_CONTRACT")
def con_car_sale(c):
    s, b = c.person(), c.person()
    return (f"Koopovereenkomst gebruikte auto\nKenteken: {c.PLATE()}\nKoopprijs: {c.AMT(900, 24000)}\n"
            f"Verkoper: {c.N(s, 'full')}, {c.ADR()}, {c.PC()} {c.CITY()}\nKoper: {c.N(b, 'full')}, tel. {c.TEL()}\n\n"
            f"Beide partijen verklaren de auto in de huidige staat te hebben verkocht respectievelijk gekocht.\n\n"
            f"Handtekening verkoper: ____________   Handtekening koper: ____________\nDatum: {c.DATE()}")


@tpl("SIGNED_CONTRACT")
def con_nda(c):
    a, b = c.person(), c.person(origin=c.ch(["gb", "de", "in", "it", "es", "nl"]))
    co, _ = c.COMPANY()
    return (f"MUTUAL NON-DISCLOSURE AGREEMENT\n…\n8. This Agreement is governed by the laws of the Netherlands.\n\n"
            f"Signed for and on behalf of {co}:\n{c.N(a, 'full')}, managing director\nDate: {c.DATE(en=True)}\n\n"
            f"Signed: {c.N(b, 'full')}\nDate: {c.DATE(en=True)}\nSignature: ______________________")


@tpl("SIGNED_CONTRACT")
def con_digital(c):
    a, b = c.person(), c.person()
    co, dom = c.COMPANY()
    return (f"Dienstverleningsovereenkomst – {co}\nTarief: {c.AMT(45, 140)} per uur excl. btw, facturatie "
            f"maandelijks.\n\nDigitaal ondertekend door {c.N(a, 'full')} ({c.E(a, dom=dom)}) op {c.DATE()} "
            f"om {c.TIME()}.\nDigitaal ondertekend door {c.N(b, 'full')} ({c.E(b)}) op {c.DATE()}.")


@tpl("SIGNED_CONTRACT")
def con_parking(c):
    p = c.person()
    return (f"Huurovereenkomst parkeerplaats nr. {c.r.randint(1, 140)}\nHuurder: {c.N(p, 'full')}, kenteken "
            f"{c.PLATE()}\nHuur: {c.AMT(35, 180)} per maand, opzegtermijn één maand.\n\nVoor akkoord getekend te "
            f"{c.CITY()}, {c.DATE()}\n\n{c.N(p, 'init')}   ____________________")


@tpl("SIGNED_CONTRACT")
def con_painter(c):
    p = c.person()
    return (f"Opdrachtbevestiging schilderwerk\nAdres werk: {c.ADR()}, {c.PC()} {c.CITY()}\nAanneemsom: "
            f"{c.AMT(800, 9000)} incl. btw\nStart werkzaamheden: {c.DATE()}\n\nVoor akkoord opdrachtgever:\n"
            f"Naam: {c.N(p, c.ch(['full', 'initx', 'lastcomma']))}\nHandtekening: (getekend)\nDatum: {c.DATE()}")


@tpl("SIGNED_CONTRACT")
def con_room(c):
    a, b = c.person(), c.person()
    return (f"Onderhuurovereenkomst kamer\n1. Verhuurder verhuurt aan huurder een kamer in de woning "
            f"{c.ADR()} te {c.CITY()}.\n2. De huur bedraagt {c.AMT(300, 850)} per maand inclusief gas, water en "
            f"licht.\n3. De borg bedraagt {c.AMT(300, 1500)}.\n\nHuurder en verhuurder verklaren dit contract te "
            f"hebben gelezen en ondertekend.\n\n{c.CITY()}, {c.DATE()}\n\n{c.N(a, 'full')} (verhuurder) "
            f"__________\n{c.N(b, 'full')} (huurder) __________")


@tpl("SIGNED_CONTRACT")
def con_gym(c):
    p = c.person()
    return (f"Lidmaatschapsovereenkomst {c.ch(['Sportcentrum Duinzicht', 'Fitness De Meerpaal', 'Sportschool Het Vlot'])}\n"
            f"Lid: {c.N(p, 'full')}, geboren {c.DOB()}\nIBAN voor incasso: {c.IBAN()}\nMaandbedrag: {c.AMT(19, 65)}\n"
            f"Looptijd: 12 maanden\n\nHandtekening lid: _______________   Datum: {c.DATE()}")


@tpl("SIGNED_CONTRACT")
def con_freelance(c):
    a, b = c.person(), c.person()
    co, _ = c.COMPANY()
    city = c.CITY()
    return (f"Overeenkomst van opdracht\nOpdrachtgever: {co}, vertegenwoordigd door {c.N(a, 'full')}\n"
            f"Opdrachtnemer: {c.N(b, 'full')}, {c.E(b)}, KvK {c.dd(8, True)}\nUurtarief: {c.AMT(55, 130)} excl. btw\n"
            f"Einddatum: {c.DATE()}\n\nGetekend te {city} d.d. {c.DATE()}:\n\n{c.N(a, 'init')}\t\t\t{c.N(b, 'init')}\n"
            f"(opdrachtgever)\t\t(opdrachtnemer)")


@tpl("SIGNED_CONTRACT")
def con_settlement(c):
    emp = c.person()
    hr = c.person()
    co, _ = c.COMPANY()
    return (f"Vaststellingsovereenkomst\n\nPartijen: {co} en {c.N(emp, 'full')}, wonende {c.FULLADR()}.\n"
            f"– Het dienstverband eindigt met wederzijds goedvinden per {c.DATE()}.\n– Werkgever betaalt een "
            f"transitievergoeding van {c.AMT(2500, 38000)} bruto.\n\nAldus overeengekomen en ondertekend in "
            f"tweevoud.\n\nNamens werkgever: {c.N(hr, 'full')}  (handtekening)\nWerknemer: {c.N(emp, 'full')}  "
            f"(handtekening)")


@tpl("SIGNED_CONTRACT")
def con_tenancy_short(c):
    p = c.person()
    return c.ch([
        f"Hierbij verklaar ik, {c.N(p, 'full')}, akkoord te gaan met de huurverhoging naar {c.AMT(600, 1600)} per "
        f"maand met ingang van {c.DATE()}.\n\nGetekend: {c.N(p, 'init')}\nHandtekening: ~~~~~~~~",
        f"Voor gezien en akkoord getekend door {c.TN(p)} op {c.DATE()}. Waarborgsom {c.AMT(500, 2500)} ontvangen.\n"
        f"Handtekening huurder: ________________",
    ])


# ----------------------------------------------------------------------------- CUSTOMER_LIST
def nrows(c):
    return c.r.randint(5, 11)


@tpl("CUSTOMER_LIST")
def list_csv(c):
    head = c.ch(["naam,email,telefoon", "Naam,E-mailadres,Mobiel", "klantnaam,e-mail,tel"])
    rows = []
    for _ in range(nrows(c)):
        p = c.person()
        rows.append(f"{c.N(p, c.wch([('full', 8), ('init', 2)]))},{c.E(p)},{c.TEL()}")
    return head + "\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def list_crm_semicolon(c):
    rows = []
    for _ in range(nrows(c)):
        p = c.person()
        rows.append(f"{c.NR(5, 6)};{c.N(p, c.ch(['full', 'lastcomma', 'initx']))};{c.ADR()};{c.PC()};{c.CITY()}")
    return "Relatienr;Naam;Adres;Postcode;Plaats\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def list_tabs_split(c):
    rows = []
    for _ in range(nrows(c)):
        p = c.person()
        rows.append(f"{c.N(p, 'first')}\t{p.tussen}\t{c.tag('PERSOON', p.last)}\t{c.E(p)}")
    return "Voornaam\tTussenvoegsel\tAchternaam\tE-mail\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def list_debtors(c):
    rows = []
    for _ in range(nrows(c)):
        p = c.person()
        rows.append(f"{c.N(p, c.ch(['full', 'lastcomma']))} | {c.IBAN()} | {c.AMT(20, 4000)}")
    return (c.ch(["Openstaande posten per " + c.DATE(style="dmy") + "\n", "Debiteurenlijst\n", ""])
            + "Debiteur | IBAN | Openstaand\n" + "\n".join(rows))


@tpl("CUSTOMER_LIST")
def list_workshop(c):
    rows = []
    for i in range(nrows(c)):
        p = c.person()
        rows.append(f"{i + 1}. {c.N(p, 'full')} – {c.E(p)}")
    return (f"Deelnemers workshop {c.ch(['Excel voor gevorderden', 'EHBO herhaling', 'Timemanagement', 'BHV'])} "
            f"op {c.DATE()}:\n" + "\n".join(rows))


@tpl("CUSTOMER_LIST")
def list_members(c):
    rows = []
    for _ in range(nrows(c)):
        p = c.person()
        rows.append(f"{c.N(p, 'full')};{c.DOB(c.ch(['dmy-', 'dmy-', 'iso']))};{c.TEL('mob')}")
    return (f"Ledenlijst {c.ch(['VV De Zwaluwen', 'Schaakclub Het Paard', 'Koor Vox Polder', 'Tennisclub De Lob'])}\n"
            f"Naam;Geboortedatum;Telefoon\n" + "\n".join(rows))


@tpl("CUSTOMER_LIST")
def list_callbacks(c):
    reasons = ["vraag over factuur", "wil opzeggen", "adreswijziging", "klacht levering", "offerte gevraagd",
               "storing", "betalingsregeling", "terugbelverzoek"]
    rows = []
    for _ in range(nrows(c)):
        p = c.person()
        rows.append(f"- {c.TN(p, cap=True)} ({c.TEL()}) – {c.ch(reasons)}")
    return c.ch(["Terugbellen vandaag:\n", "Bellijst voor de middagdienst\n", "Openstaande terugbelverzoeken:\n"]) + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def list_bounces(c):
    rows = [c.E(c.person()) for _ in range(c.r.randint(6, 12))]
    return c.ch(["Deze adressen gaven een bounce bij de nieuwsbrief:\n", "Afmeldingen mailing maart:\n",
                 "Nieuwe aanmeldingen nieuwsbrief (export):\n"]) + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def list_pipe_table(c):
    rows = []
    for _ in range(nrows(c)):
        p = c.person()
        rows.append(f"| {c.N(p, 'full')} | {c.CITY()} | {c.TEL()} | {c.DATE(style=c.ch(['dm', 'wdab']))} |")
    return "| Klant | Plaats | Telefoon | Laatste contact |\n|---|---|---|---|\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def list_appointments(c):
    rows = []
    h, m = 8, 30
    for _ in range(nrows(c)):
        p = c.person()
        rows.append(f"{h:02d}:{m:02d}  {c.N(p, c.ch(['full', 'initx']))} ({c.DOB()})")
        m += 20
        if m >= 60:
            h, m = h + 1, m - 60
    return f"Spreekuur {c.DATE()}\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def list_route(c):
    rows = []
    for _ in range(nrows(c)):
        p = c.person()
        rows.append(f"{c.N(p, c.ch(['full', 'init']))}, {c.ADR()}, {c.PC()} {c.CITY()}, {c.TEL()}")
    return f"Bezorgroute {c.DATE()}\n" + "\n".join(rows)


@tpl("CUSTOMER_LIST")
def list_json(c):
    items = []
    for _ in range(c.r.randint(5, 8)):
        p = c.person()
        items.append('  {"naam": "%s", "email": "%s", "telefoon": "%s"}' % (c.N(p, 'full'), c.E(p), c.TEL()))
    return "Export uit het CRM:\n[\n" + ",\n".join(items) + "\n]"


# ----------------------------------------------------------------------------- SALARY_SLIP
def slip_numbers(c, lo=1900, hi=5200):
    g = round(c.r.uniform(lo, hi), 2)
    p = round(g * c.r.uniform(0.03, 0.08), 2)
    t = round(g * c.r.uniform(0.08, 0.3), 2)
    x = round(c.r.uniform(20, 400), 2)
    return {"g": g, "p": p, "t": t, "x": x, "n": round(g - p - t, 2), "nx": round(g - p - t + x, 2)}


def slip_lines(c, rows, sep, en=False, lo=1900, hi=5200):
    nums = slip_numbers(c, lo, hi)
    w = max(len(lab) for lab, _ in rows) + 2
    out = []
    for lab, key in rows:
        amt = c.AMT(value=nums[key], cents=True, en=en)
        out.append(f"{lab}{sep}{amt}" if sep != "pad" else f"{lab.ljust(w)}{amt}")
    return "\n".join(out)


@tpl("SALARY_SLIP")
def slip_classic(c):
    p = c.person()
    co, _ = c.COMPANY()
    return (f"Loonstrook {c.MONTH()} {c.r.randint(2024, 2026)}\nWerkgever: {co}\nWerknemer: {c.N(p, 'full')}\n"
            f"Personeelsnummer: {c.NR()}\nFunctie: {c.ch(JOBS)}\n\n" + slip_lines(c, [("Bruto loon", "g"), ("Pensioenpremie", "p"),
            ("Loonheffing", "t"), ("Netto loon", "n")], "\t") + f"\n\nUitbetaald op {c.IBAN()}")


@tpl("SALARY_SLIP")
def slip_table(c):
    p = c.person()
    bsn_line = c.ch([f"BSN                 {c.BSN()}\n", ""])
    return (f"SALARISSPECIFICATIE  periode {c.r.randint(1, 12):02d}/{c.r.randint(2024, 2026)}\n"
            f"Naam                {c.N(p, 'lastcomma')}\nAdres               {c.ADR()}\n"
            f"                    {c.PC()} {c.CITY()}\n{bsn_line}\n"
            f"Omschrijving              Bedrag\n" + slip_lines(c, [("Salaris", "g"), ("Pensioen", "p"),
            ("Loonheffing", "t"), ("Reiskosten (onbelast)", "x"), ("Netto te betalen", "nx")], "pad"))


@tpl("SALARY_SLIP")
def slip_english(c):
    p = c.person(origin=c.ch(["gb", "in", "pl", "ro", "ua", "it", "es", "pt", "gr", "de", "br", "nl"]))
    return (f"Payslip {c.ch(EN_MONTHS)} {c.r.randint(2024, 2026)}\nEmployee: {c.N(p, 'full')}\nEmployee ID: {c.NR()}\n"
            + slip_lines(c, [("Gross salary", "g"), ("Pension", "p"), ("Wage tax", "t"), ("Net pay", "n")], ": ",
                         en=True, lo=2400, hi=7500) + f"\nPaid to: {c.IBAN()}")


@tpl("SALARY_SLIP")
def slip_annual(c):
    p = c.person()
    co, _ = c.COMPANY()
    return (f"Jaaropgaaf {c.r.randint(2023, 2025)}\n{co}\nWerknemer: {c.N(p, 'full')}\nGeboortedatum: {c.DOB()}\n"
            f"Fiscaal loon: {c.AMT(18000, 72000)}\nIngehouden loonheffing: {c.AMT(2000, 21000)}\n"
            f"Verrekende arbeidskorting: {c.AMT(900, 5500)}\nWerkgeversheffing Zvw: {c.AMT(900, 4000)}")


@tpl("SALARY_SLIP")
def slip_chat_paste(c):
    hr = c.person()
    p = c.person()
    return (f"{c.HI(hr)} klopt mijn strookje van {c.MONTH()}? Ik heb hem hieronder geplakt:\n\nNaam: {c.N(p, 'full')}\n"
            + slip_lines(c, [("Bruto", "g"), ("Pensioen", "p"), ("Loonheffing", "t"), ("Netto", "n")], ": ",
                         lo=1800, hi=4200) + f"\n\nIk mis de overuren van week {c.r.randint(1, 52)}.")


@tpl("SALARY_SLIP")
def slip_agency(c):
    p = c.person()
    h = c.ch([38.0, 32.5, 40.0, 24.0, 36.0])
    rate = round(c.r.uniform(13, 22), 2)
    ded = c.r.uniform(0.06, 0.2)
    co, _ = c.COMPANY()
    return (f"Weekloonstrook week {c.r.randint(1, 52)} – {co}\nUitzendkracht: {c.N(p, 'full')}\n"
            f"Gewerkte uren: {str(h).replace('.', ',')} × {c.AMT(value=rate, cents=True)}\n"
            f"Bruto: {c.AMT(value=h * rate, cents=True)}\nInhoudingen: {c.AMT(value=h * rate * ded, cents=True)}\n"
            f"Netto uitbetaald: {c.AMT(value=h * rate * (1 - ded), cents=True)}")


@tpl("SALARY_SLIP")
def slip_holiday_pay(c):
    p = c.person()
    return (f"Specificatie vakantiegeld {c.r.randint(2024, 2026)}\nMedewerker: {c.N(p, 'initx')} (personeelsnr. "
            f"{c.NR()})\nOpbouw 8% over {c.AMT(24000, 60000)}\nBruto vakantiegeld: {c.AMT(1900, 4800, cents=True)}\n"
            f"Inhouding loonheffing (bijzonder tarief): {c.AMT(600, 2000, cents=True)}\n"
            f"Netto vakantiegeld: {c.AMT(1200, 3000, cents=True)}")


@tpl("SALARY_SLIP")
def slip_compact(c):
    p = c.person()
    n = slip_numbers(c, 1900, 6000)
    cents = c.p(0.6)
    return (f"Salarisspecificatie {c.MONTH()} – {c.N(p)}: bruto {c.AMT(value=n['g'], cents=cents)}, loonheffing "
            f"{c.AMT(value=n['t'], cents=cents)}, pensioen {c.AMT(value=n['p'], cents=cents)}, netto "
            f"{c.AMT(value=n['n'], cents=cents)}, gestort op {c.IBAN()}.")


@tpl("SALARY_SLIP")
def slip_oncall(c):
    p = c.person()
    h = c.r.randint(12, 80)
    rate = round(c.r.uniform(13, 19), 2)
    return (f"Loonspecificatie oproepkracht\nNaam: {c.N(p, 'full')}\n{c.ch(['BSN: ' + c.BSN() + chr(10), ''])}Periode: {c.MONTH()}\n"
            f"Uren: {h}\nUurloon: {c.AMT(value=rate, cents=True)}\nBruto: {c.AMT(value=h * rate, cents=True)}\n"
            f"Netto: {c.AMT(value=h * rate * c.r.uniform(0.82, 0.97), cents=True)}")


# ----------------------------------------------------------------------------- CLEAN (PII, not blocked)
@tpl("CLEAN")
def c_sick(c):
    p, k = c.person(), c.person()
    pron = "Haar" if p.female else "Zijn"
    return (f"{c.ch(['Goedemorgen allemaal', 'Hoi team', 'Hallo allen'])}, {c.N(p, c.ch(['full', 'first']))} heeft zich "
            f"ziek gemeld en is naar verwachting {c.DATE()} weer terug. {pron} klant {c.N(k)} ({c.TEL()}) moet "
            f"vandaag nog teruggebeld worden – wie pakt dat op?")


@tpl("CLEAN")
def c_phone_invoice(c):
    p = c.person()
    return (f"Telefoonnotitie {c.TIME()}: {c.TN(p)} ({c.TEL()}) belde over factuur {c.INV()}. Wil graag in drie "
            f"termijnen van {c.AMT(30, 600)} betalen. Akkoord gegeven, bevestiging naar {c.E(p)}.")


@tpl("CLEAN")
def c_invoice(c):
    p = c.person()
    co, dom = c.COMPANY()
    return (f"FACTUUR {c.INV()}\nFactuurdatum: {c.DATE()}\n\nAan:\n{c.N(p, c.ch(['full', 'initx', 'init']))}\n{c.ADR()}\n"
            f"{c.PC()} {c.CITY()}\n\nWerkzaamheden {c.ch(['tuinonderhoud', 'lekkage dak', 'vervangen kraan', 'schilderwerk kozijnen', 'onderhoud cv'])}"
            f"\t{c.AMT(80, 2500, cents=True)}\nBtw 21%\t{c.AMT(15, 500, cents=True)}\nTotaal\t{c.AMT(100, 3000, cents=True)}\n\n"
            f"Graag binnen 14 dagen overmaken op {c.IBAN('NL')} t.n.v. {co}. Vragen? {c.E(dom=dom)}")


@tpl("CLEAN")
def c_reminder(c):
    p = c.person()
    return (f"Betreft: betalingsherinnering\n\n{c.SAL(p)},\n\nVolgens onze administratie "
            f"staat factuur {c.INV()} van {c.AMT(25, 1800)} nog open. Wilt u het bedrag binnen 7 dagen overmaken "
            f"naar {c.IBAN()}? Heeft u al betaald, dan kunt u deze herinnering negeren.{c.SIGN()}")


@tpl("CLEAN")
def c_dunning(c):
    p = c.person()
    return (f"Tweede herinnering – {c.N(p, c.ch(['full', 'initx']))}, {c.ADR()}, {c.PC()} {c.CITY()}\n"
            f"Openstaand: {c.AMT(40, 900, cents=True)} + incassokosten {c.AMT(40, 75, cents=False)}. Betaal vóór "
            f"{c.DATE()} om verdere kosten te voorkomen.")


@tpl("CLEAN")
def c_dentist(c):
    p, dr = c.person(), c.person()
    return (f"{c.SAL(p)},\n\nHierbij bevestigen wij uw afspraak op {c.DATE()} om {c.TIME()} bij "
            f"{c.ch(['tandarts', 'mondhygiënist', 'orthodontist'])} {c.N(dr, c.ch(['formal', 'full']))}. Verhinderd? "
            f"Bel dan minimaal 24 uur van tevoren naar {c.TEL('land')}.\n\nTandartspraktijk {c.ch(CO_CORES)}")


@tpl("CLEAN")
def c_sms_reminder(c):
    return (f"Herinnering: {c.DATE()} {c.TIME()} afspraak bij {c.ch(['Fysio De Schakel', 'Praktijk Het Baken', 'Podotherapie Zuidkaap'])}, "
            f"{c.ADR()}, {c.CITY()}. Tot dan! Afmelden: {c.TEL('land')}")


@tpl("CLEAN")
def c_hr_reintegration(c):
    p = c.person()
    return (f"Gespreksverslag verzuim\nMedewerker: {c.N(p, 'full')} (geb. {c.DOB()})\nAfdeling: "
            f"{c.ch(['logistiek', 'klantenservice', 'financiën', 'productie', 'zorg'])}\n{c.N(p, 'first')} geeft aan "
            f"dat de rugklachten afnemen. Opbouw naar 50% vanaf {c.DATE()}. Volgend gesprek {c.DATE()}.")


@tpl("CLEAN")
def c_welcome(c):
    p = c.person()
    return (f"Welkom aan {c.N(p, 'full')}, die per {c.DATE()} bij ons start als {c.ch(JOBS)}! "
            f"{'Ze' if p.female else 'Hij'} is bereikbaar via {c.E(p, company=True)} of {c.TEL('mob')}.")


@tpl("CLEAN")
def c_move(c):
    p = c.person()
    return (f"{c.N(p)} is verhuisd. Nieuw adres: {c.ADR()}, {c.PC()} {c.CITY()}. Het oude adres ({c.ADR()}) mag uit "
            f"het systeem. Ingangsdatum {c.DATE()}.")


@tpl("CLEAN")
def c_damage(c):
    p = c.person()
    return (f"Schademelding: {c.N(p)} is met de bedrijfswagen ({c.PLATE()}) tegen een paaltje gereden op de "
            f"parkeerplaats {c.ch(['bij de klant', 'van de bouwmarkt', 'achter het kantoor'])}. Schade geschat op "
            f"{c.AMT(150, 3500)}. Foto's volgen.")


@tpl("CLEAN")
def c_lease(c):
    p = c.person()
    return (f"Leaseauto {c.PLATE()} gaat {c.DATE()} terug naar de dealer. {c.N(p)} levert de sleutels en de "
            f"tankpas in bij de receptie. Eindafrekening kilometers: {c.AMT(0, 900)}.")


@tpl("CLEAN")
def c_marketplace(c):
    p = c.person()
    return (f"Te koop: {c.ch(['Volkswagen Caddy', 'Opel Corsa', 'Toyota Yaris', 'Ford Transit Custom', 'Kia Picanto'])}, "
            f"kenteken {c.PLATE()}, APK tot {c.DATE(style='dmy')}. Vraagprijs {c.AMT(1500, 19000)}. Bel of app "
            f"{c.N(p, 'first')}: {c.TEL('mob')}")


@tpl("CLEAN")
def c_signature(c):
    p = c.person()
    co, dom = c.COMPANY()
    return (f"Ik stuur de offerte {c.DATE()} door.\n\nMet vriendelijke groet,\n\n{c.N(p, 'full')}\n"
            f"{c.ch(['Projectleider', 'Accountmanager', 'Office manager', 'Adviseur'])} | {co}\nT {c.TEL('land')}\n"
            f"M {c.TEL('mob')}\nE {c.E(p, dom=dom)}")


@tpl("CLEAN")
def c_out_of_office(c):
    p = c.person()
    return (f"Ik ben afwezig tot en met {c.DATE()}. Voor dringende zaken kunt u contact opnemen met mijn collega "
            f"{c.N(p, 'full')} via {c.E(p, company=True)} of {c.TEL()}.")


@tpl("CLEAN")
def c_refund(c):
    p = c.person()
    return (f"Kunt u het bedrag van {c.AMT(10, 900)} terugstorten op {c.IBAN()} t.n.v. {c.N(p, c.ch(['full', 'init', 'initx']))}? "
            f"Het gaat om bestelling {c.ORDER()}.")


@tpl("CLEAN")
def c_order_confirm(c):
    p = c.person()
    return (f"Bedankt voor je bestelling {c.ORDER()}!\nBezorgadres: {c.N(p, 'full')}, {c.ADR()}, {c.PC()} {c.CITY()}\n"
            f"Totaal: {c.AMT(12, 700, cents=True)}\nVerwachte levering: {c.DATE()}")


@tpl("CLEAN")
def c_applicant(c):
    p = c.person()
    return (f"Sollicitant {c.N(p, 'full')} ({c.E(p)}, {c.TEL('mob')}) – tweede gesprek op {c.DATE()} om {c.TIME()}. "
            f"Salarisindicatie {c.AMT(2600, 4800)} bruto per maand.")


@tpl("CLEAN")
def c_reference(c):
    p, q = c.person(), c.person()
    return (f"Referentie {c.N(p)}: gebeld met vorige leidinggevende {c.N(q, 'full')} ({c.TEL()}). Positief over "
            f"inzet en betrouwbaarheid, minder over planning.")


@tpl("CLEAN")
def c_repair(c):
    p = c.person()
    return (f"Reparatieverzoek\nHuurder: {c.N(p, c.ch(['full', 'initx']))}\nAdres: {c.ADR()}, {c.PC()} {c.CITY()}\n"
            f"Melding: {c.ch(['lekkage badkamer', 'cv doet het niet', 'schimmel in slaapkamer', 'voordeur klemt'])}\n"
            f"Bereikbaar: {c.TEL()}")


@tpl("CLEAN")
def c_parking_permit(c):
    p = c.person()
    return (f"Parkeervergunning aangevraagd voor kenteken {c.PLATE()} op naam van {c.N(p)}, {c.ADR()}. Kosten "
            f"{c.AMT(30, 300)} per jaar.")


@tpl("CLEAN")
def c_club_fee(c):
    kid = c.person(female=None)
    y = c.r.randint(2024, 2026)
    return (f"Contributie seizoen {y}-{y + 1} ({c.AMT(90, 350)}) graag "
            f"overmaken naar {c.IBAN('NL')} o.v.v. de naam van het lid: {c.N(kid, 'full')}.")


@tpl("CLEAN")
def c_english_visit(c):
    p = c.person(origin=c.ch(["gb", "de", "in", "it", "es", "pl", "nl", "gh"]))
    return (f"Hi team, {c.N(p, 'full')} from our {c.ch(['Rotterdam', 'Eindhoven', 'Utrecht'])} office will join "
            f"the call on {c.DATE(en=True)}. {'Her' if p.female else 'His'} number is {c.TEL()} in case the "
            f"link doesn't work.")


@tpl("CLEAN")
def c_tikkie(c):
    p = c.person()
    return c.ch([
        f"Hey {c.N(p, 'first')}! Kun je die {c.AMT(8, 60)} van het etentje nog overmaken? {c.IBAN(spaced=True)} 🙏",
        f"{c.N(p, 'first')}, mijn rekeningnummer is {c.IBAN()} (t.n.v. {c.N(c.person(), 'init')}). Was {c.AMT(8, 60)} toch?",
    ])


@tpl("CLEAN")
def c_complaint(c):
    p = c.person()
    return (f"Klacht van {c.TN(p)} ({c.E(p)}): bezorger heeft het pakket bij het verkeerde adres afgeleverd. "
            f"Klant woont op {c.ADR()}, het pakket lag op nummer {c.r.randint(1, 99)}. Graag {c.AMT(5, 25)} "
            f"tegoed geven.")


@tpl("CLEAN")
def c_care_intake(c):
    p, d = c.person(), c.person()
    return (f"Intake {c.DATE()}: cliënt {c.N(p, 'full')}, geboren {c.DOB()}, woont zelfstandig op {c.ADR()}, "
            f"{c.PC()} {c.CITY()}. Contactpersoon: {c.ch(['dochter', 'zoon', 'buurvrouw', 'nicht'])} "
            f"{c.N(d, 'full')}, {c.TEL()}.")


@tpl("CLEAN")
def c_vet(c):
    p = c.person()
    pet = c.ch(["Bobbie", "Snuf", "Tijger", "Moos", "Pluis", "Kiki", "Bolle"])
    return (f"{pet} (kater, 11 jr) van fam. {c.N(p, 'formal')} komt {c.DATE()} voor de gebitsbehandeling. "
            f"Eigenaar bereikbaar op {c.TEL()}. Voorschot {c.AMT(50, 250)} voldaan.")


@tpl("CLEAN")
def c_taxi(c):
    p = c.person()
    return (f"Rit {c.DATE(style='wdab')} {c.TIME()}: ophalen {c.TN(p)} op {c.ADR()}, {c.PC()} {c.CITY()}, naar het "
            f"ziekenhuis. Rolstoel mee. Tel. {c.TEL()}")


@tpl("CLEAN")
def c_english_callback(c):
    p = c.person()
    return (f"Please call back {c.TN(p, en=True)} on {c.TEL()} regarding the invoice of {c.AMT(40, 4000, en=True)}. "
            f"{'She' if p.female else 'He'} is available until 5 pm.")


@tpl("CLEAN")
def c_bank_lines(c):
    lines = []
    for _ in range(c.r.randint(1, 2)):
        p = c.person()
        lines.append(f"{c.r.randint(1, 28):02d}-{c.r.randint(1, 12):02d}  Bij  {c.AMT(20, 1600, cents=True)}  "
                     f"{c.IBAN(spaced=False)}  {c.N(p, 'upper')}  {c.ch(['huur', 'factuur ' + c.INV(), 'terugbetaling', 'contributie'])}")
    return "Kun je deze bijschrijving(en) nog koppelen?\n" + "\n".join(lines)


@tpl("CLEAN")
def c_key_handover(c):
    p = c.person()
    return (f"Sleuteloverdracht {c.ADR()}: {c.N(p)} heeft op {c.DATE()} twee sleutels en één druppel ontvangen. "
            f"Borg {c.AMT(25, 150)} contant betaald.")


@tpl("CLEAN")
def c_insurance(c):
    p = c.person()
    return (f"Schadenummer {c.r.randint(2024, 2026)}-{c.NR(5, 6)}\nVerzekerde: {c.N(p, 'full')}, geb. {c.DOB()}\n"
            f"Uitkering {c.AMT(100, 7000, cents=True)} wordt overgemaakt naar {c.IBAN()}.")


@tpl("CLEAN")
def c_energy(c):
    p = c.person()
    return (f"Bevestiging overstap: vanaf {c.DATE()} leveren wij stroom en gas aan {c.N(p)}, {c.ADR()}, "
            f"{c.PC()} {c.CITY()}. Uw voorschot bedraagt {c.AMT(70, 320)} per maand.")


@tpl("CLEAN")
def c_supplier_contacts(c):
    a, b = c.person(), c.person()
    co, dom = c.COMPANY()
    return (f"Contactpersonen bij {co}: {c.N(a, 'full')} ({c.TEL()}) voor planning en {c.N(b, 'full')} "
            f"({c.E(b, dom=dom)}) voor facturen.")


@tpl("CLEAN")
def c_calendar(c):
    a, b, d = c.person(), c.person(), c.person()
    _, dom = c.COMPANY()
    return (f"Uitnodiging: {c.ch(['Evaluatie project', 'Kwartaaloverleg', 'Kennismaking', 'Voortgang verbouwing'])}\n"
            f"Wanneer: {c.DATE()} {c.SLOT()}\nOrganisator: {c.N(a, 'full')} <{c.E(a, dom=dom)}>\n"
            f"Deelnemers: {c.E(b)}, {c.E(d)}")


@tpl("CLEAN")
def c_expenses(c):
    p = c.person()
    return (f"Declaratie {c.N(p)}: reiskosten {c.AMT(10, 300, cents=True)}, parkeren {c.AMT(3, 40, cents=True)}, "
            f"lunch klant {c.AMT(20, 120, cents=True)}. Uitbetalen op {c.IBAN()}.")


@tpl("CLEAN")
def c_removal(c):
    p = c.person()
    return (f"Verhuizing {c.DATE()}: van {c.ADR()} naar {c.ADR()}, {c.PC()} {c.CITY()}. Klant: {c.N(p)}, "
            f"{c.TEL()}. Offerte {c.AMT(400, 2500)} incl. inpakmateriaal.")


@tpl("CLEAN")
def c_parcel_neighbours(c):
    p = c.person()
    return (f"Pakket voor {c.N(p)} ({c.ADR()}) is afgegeven bij de buren. Track & trace stond op "
            f"{c.E(p)}.")


@tpl("CLEAN")
def c_school(c):
    parent = c.person()
    kid_first = c.ch(ORIGINS[parent.origin][0] + ORIGINS[parent.origin][1])
    kid = Person(kid_first, parent.surname, c.p(0.5), parent.origin)
    return (f"Goedemorgen juf, {c.N(kid, 'full')} uit groep {c.r.randint(1, 8)} is vandaag ziek. Groetjes, "
            f"{c.N(parent, 'first')} ({c.TEL('mob')})")


@tpl("CLEAN")
def c_quote(c):
    p = c.person()
    return (f"Offerte dakgoot voor {c.TN(p)}, {c.ADR()} in {c.CITY()}: {c.AMT(250, 3500)} incl. materiaal. "
            f"Uitvoering {c.DATE()}, bij droog weer.")


@tpl("CLEAN")
def c_crm_note(c):
    p = c.person()
    return (f"Klantnotitie – {c.N(p)} (klantnr {c.NR(5, 7)}) wil overstappen naar maandfacturatie. Mail: {c.E(p)}; "
            f"tel: {c.TEL()}.")


@tpl("CLEAN")
def c_new_number(c):
    p = c.person()
    return (f"Doorgestuurd bericht: \"Hoi, dit is {c.ch([c.N(p, 'first'), c.N(p, 'full')])}, mijn nieuwe nummer is "
            f"{c.TEL('mob')}. Sla je 'm op?\"")


@tpl("CLEAN")
def c_car_ready(c):
    p = c.person()
    return (f"{c.SAL(p)}, uw auto met kenteken {c.PLATE()} is klaar. Totaal {c.AMT(90, 1800, cents=True)}. "
            f"Ophalen kan tot 17:30 uur.\nGroet, {c.N(c.person(), 'first')} – Autobedrijf {c.ch(CO_CORES)}")


@tpl("CLEAN")
def c_iban_change(c):
    p = c.person()
    return (f"Graag mijn rekeningnummer wijzigen van {c.IBAN()} naar {c.IBAN()}. Met vriendelijke groet, "
            f"{c.N(p, c.ch(['full', 'initx']))}, klantnummer {c.NR(6, 7)}")


@tpl("CLEAN")
def c_deposit_en(c):
    p = c.person(origin=c.ch(["gb", "in", "de", "it", "es", "pl", "ua", "br", "cn", "sy"]))
    return (f"Dear {c.TN(p, en=True)},\n\nYour deposit of {c.AMT(400, 2500, en=True)} for {c.ADR()} will be returned "
            f"to {c.IBAN()} within 14 days.{c.SIGN(en=True)}")


@tpl("CLEAN")
def c_delivery_note(c):
    p = c.person()
    return (f"Afleverbon {c.ORDER()}\nOntvanger: {c.N(p, 'initx')}\n{c.ADR()}\n{c.PC()}  {c.CITY()}\n"
            f"Tel.: {c.TEL()}\nAantal colli: {c.r.randint(1, 6)}")


@tpl("CLEAN")
def c_neighbour_note(c):
    p, q = c.person(), c.person()
    return (f"{c.HI(q)} de buurman van {c.ADR()}, {c.N(p, 'full')}, klaagt over geluidsoverlast van de "
            f"bouwplaats. Kun jij hem terugbellen? {c.TEL()}")


@tpl("CLEAN")
def c_parking_fine(c):
    p = c.person()
    return (f"{c.HI()} er is een parkeerboete binnengekomen voor {c.PLATE()} ({c.AMT(60, 120)}), datum "
            f"{c.DATE()}. Volgens de rittenregistratie reed {c.N(p)} toen. Kun jij het verrekenen met de "
            f"declaratie?")


@tpl("CLEAN")
def c_apk(c):
    p = c.person()
    return (f"APK-afspraak {c.DATE()} {c.TIME()}\nKlant: {c.TN(p, cap=True)}, {c.TEL()}\nAuto: {c.PLATE()} "
            f"({c.ch(['Peugeot 208', 'Skoda Octavia', 'Renault Clio', 'Hyundai i20', 'Mercedes Vito'])})\n"
            f"Prijs APK {c.AMT(30, 70)}, vervangende auto: nee")


@tpl("CLEAN")
def c_carpool(c):
    a, b = c.person(), c.person()
    return (f"Carpool naar de beurs {c.DATE()}: {c.N(a, 'first')} rijdt met de {c.PLATE()}, {c.N(b, 'first')} "
            f"stapt in bij {c.ADR()}. Parkeren kost {c.AMT(10, 30)}, declareren mag.")


@tpl("CLEAN")
def c_birthday_card(c):
    p = c.person()
    return (f"Vrijdag is {c.N(p, 'full')} 25 jaar in dienst! Kaart ligt bij de receptie en we halen taart voor "
            f"{c.AMT(20, 80)}. Cadeau-inzameling via {c.IBAN(spaced=True)}.")


# ----------------------------------------------------------------------------- NEGATIVE (hard negatives)
@tpl("NEGATIVE")
def n_pw_reset(c):
    return c.WRAP(c.ch([
        "Wachtwoord vergeten? Klik op de inlogpagina op 'Wachtwoord herstellen', dan ontvang je binnen een paar "
        "minuten een link om een nieuw wachtwoord in te stellen.",
        f"{c.HI()} ik heb je wachtwoord gereset. Je krijgt een sms met een link; het wachtwoord zelf stuur ik "
        f"nooit via de mail.",
        "Ik ben mijn wachtwoord van het rooster-account kwijt en de resetlink werkt niet. Wie kan me helpen?",
    ]))


@tpl("NEGATIVE")
def n_pw_policy(c):
    return (f"Vanaf {c.DATE()} moeten wachtwoorden minimaal 14 tekens lang zijn en gebruiken we verplicht "
            f"tweestapsverificatie. Hulp nodig? Mail {c.E()} of loop binnen bij de servicedesk.")


@tpl("NEGATIVE")
def n_key_expired(c):
    p = c.person()
    return c.WRAP(c.ch([
        f"De API-sleutel voor de betaalkoppeling is verlopen. {c.N(p, 'first')}, kun jij in het dashboard een "
        f"nieuwe aanmaken en die via de vault delen (niet in de chat)?",
        f"Let op: de token van de boekhoudkoppeling verloopt {c.DATE()}. Vernieuwen via Instellingen > Koppelingen.",
        "Wie heeft de API key van de webshop gewijzigd? Sinds vanochtend komen er geen orders meer binnen.",
    ]))


@tpl("NEGATIVE")
def n_key_docs(c):
    return c.WRAP(c.ch([
        "Tokens van GitHub verlopen na 90 dagen; maak een fine-grained token aan via Settings > Developer settings "
        "en zet hem als secret in de repository, nooit in de code.",
        "Zet API-sleutels altijd in de .env of in de secrets manager. De variabele heet STRIPE_SECRET_KEY, de "
        "waarde staat in de kluis.",
        "Heb je de sleutel voor de kaartdienst al beperkt tot ons domein? Zo niet, dan graag vandaag.",
    ]))


@tpl("NEGATIVE")
def n_contract_unsigned(c):
    p = c.person()
    return c.WRAP(c.ch([
        f"Het huurcontract is nog niet ondertekend; {c.N(p)} stuurt het {c.DATE()} getekend retour.",
        f"{c.HI()} wil je het concept van de onderhoudsovereenkomst even lezen? Opzegtermijn is één maand en de "
        f"kosten zijn {c.AMT(15, 90)} per maand. Nog niets getekend.",
        f"Contract {c.N(p)} ligt klaar ter ondertekening op de balie. Graag vóór {c.DATE()}.",
    ]))


@tpl("NEGATIVE")
def n_contract_price(c):
    return (f"In de nieuwe onderhoudsovereenkomst gaat de prijs per {c.DATE()} naar {c.AMT(100, 900)} per jaar. "
            f"Ondertekenen kan straks online via de klantomgeving.")


@tpl("NEGATIVE")
def n_vacancy(c):
    return (f"Vacature {c.ch(JOBS)} (32–40 uur)\nWij bieden een salaris tussen {c.AMT(2400, 3200)} en "
            f"{c.AMT(3300, 4600)} bruto per maand, 8% vakantiegeld en een reiskostenvergoeding. Solliciteren kan "
            f"tot {c.DATE()}.")


@tpl("NEGATIVE")
def n_payslips_available(c):
    return c.WRAP(c.ch([
        f"De loonstroken over {c.MONTH()} staan vanaf {c.DATE()} in het personeelsportaal. Het salaris wordt "
        f"dit keer een dag later uitbetaald.",
        f"Salarisverwerking: let op dat overuren vóór de 20e zijn ingevoerd, anders schuiven ze door naar de "
        f"strook van volgende maand.",
    ]))


@tpl("NEGATIVE")
def n_payroll_question(c):
    p = c.person()
    return c.WRAP(c.ch([
        f"{c.HI()} kun je de salarisadministratie van {c.MONTH()} nog even nalopen? De netto bedragen lijken "
        f"hoger dan vorige maand.",
        f"Per {c.DATE()} stijgen de lonen met {c.ch(['2,5', '3', '3,4', '4'])}% volgens de cao. {c.N(p)} past de "
        f"salaristabellen aan.",
    ]))


@tpl("NEGATIVE")
def n_bsn_talk(c):
    return c.WRAP(c.ch([
        f"Neem bij de afspraak op {c.DATE()} een geldig identiteitsbewijs mee. Uw BSN hoeft u niet te mailen.",
        "Let op: het burgerservicenummer hoort alleen in het dossier, niet in e-mails of Teams-berichten.",
        "Het BSN-veld in het formulier is niet verplicht voor particulieren zonder zorgindicatie.",
        "Vraag nooit per telefoon om een BSN; verwijs de klant naar het beveiligde uploadportaal.",
    ]))


@tpl("NEGATIVE")
def n_order_shipped(c):
    return c.WRAP(c.ch([
        f"Je bestelling {c.ORDER()} is onderweg en wordt {c.DATE()} tussen 14:00 en 17:00 bezorgd.",
        f"Ordernummer {c.ORDER()} is geannuleerd; het bedrag van {c.AMT(10, 400)} staat binnen 5 werkdagen "
        f"weer op je rekening.",
        f"Uw klantnummer is {c.ORDER()}. Vermeld dit bij elke betaling.",
    ]))


@tpl("NEGATIVE")
def n_order_list(c):
    nums = ", ".join(c.ORDER() for _ in range(c.r.randint(2, 4)))
    return f"Retouren deze week: {nums} – samen {c.AMT(40, 1200)}. Graag verwerken vóór {c.DATE()}."


@tpl("NEGATIVE")
def n_product_list(c):
    items = ["Koffiebekers", "Printpapier A4", "Toner zwart", "Handzeep", "Pennen blauw", "Nietjes", "Post-its",
             "Batterijen AA", "Vuilniszakken", "Theezakjes", "Suikerzakjes", "Schoonmaakdoekjes"]
    c.r.shuffle(items)
    rows = [f"{it};{c.r.randint(1, 400)};{c.AMT(1, 90, cents=True)}" for it in items[:c.r.randint(4, 8)]]
    return "Artikel;Aantal;Prijs\n" + "\n".join(rows)


@tpl("NEGATIVE")
def n_roster(c):
    ps = [c.person() for _ in range(c.r.randint(2, 3))]
    roles = ["balie", "telefoon", "post", "magazijn", "kassa"]
    parts = [f"{c.N(p, 'first')} ({r})" for p, r in zip(ps, c.r.sample(roles, len(ps)))]
    return (f"Bezetting {c.DATE()}: " + (", ".join(parts[:-1]) + " en " + parts[-1]) + ".")


@tpl("NEGATIVE")
def n_minutes(c):
    ps = [c.person() for _ in range(c.r.randint(2, 3))]
    names = ", ".join(c.N(p, c.ch(['full', 'first'])) for p in ps)
    return (f"Notulen overleg {c.DATE()}\nAanwezig: {names}\nBesluit: budget kantine {c.AMT(200, 2500)}; "
            f"volgende keer {c.DATE()}.")


@tpl("NEGATIVE")
def n_two_customers(c):
    a, b = c.person(), c.person()
    return c.WRAP(c.ch([
        f"Vandaag nog bellen: {c.N(a)} en {c.N(b)} (nummers staan in het CRM).",
        f"Teamuitje: {c.N(a, 'first')} en {c.N(b, 'first')} regelen het, bijdrage {c.AMT(10, 40)} p.p.",
        f"Aanwezig bij de oplevering: {c.N(a, 'full')} ({c.E(a, company=True)}) en {c.N(b, 'full')} ({c.E(b, company=True)}).",
    ]))


@tpl("NEGATIVE")
def n_paid(c):
    return c.WRAP(c.ch([
        f"De factuur van {c.AMT(20, 5000)} is op {c.DATE()} betaald. Dossier mag dicht.",
        f"Budget voor de verbouwing: {c.AMT(5000, 40000)}, waarvan {c.AMT(1000, 4000)} voor de keuken. "
        f"Oplevering {c.DATE()}.",
    ]))


@tpl("NEGATIVE")
def n_access_code_talk(c):
    return c.WRAP(c.ch([
        "De toegangscode voor het webinar ontvang je een dag van tevoren per mail.",
        "Pincode vergeten? Je kunt bij de balie een nieuwe aanvragen; die komt binnen vijf werkdagen per post.",
        f"De code van de sleutelkluis is gewijzigd; vraag hem op bij de planning vóór {c.DATE()}.",
    ]))


@tpl("NEGATIVE")
def n_contract_end(c):
    return (f"Het contract met de schoonmaakdienst loopt af op {c.DATE()}. Verlengen kost {c.AMT(400, 3000)} "
            f"per kwartaal. Wil iemand offertes opvragen bij een paar andere partijen?")


@tpl("NEGATIVE")
def n_general_notice(c):
    return c.WRAP(c.ch([
        f"De kantine is {c.DATE()} gesloten wegens onderhoud. De lunchbijdrage wordt vanaf volgende maand {c.AMT(2, 9, cents=True)}.",
        f"Herinnering: de brandoefening is {c.DATE()} om {c.TIME()}. Verzamelen bij de fietsenstalling.",
        f"Parkeren in de garage kost vanaf {c.DATE()} {c.AMT(2, 15, cents=True)} per dag.",
    ]))


@tpl("NEGATIVE")
def n_english_neutral(c):
    return c.WRAP(en=True, body=c.ch([
        f"Please submit your timesheets before {c.DATE(en=True)}. Expenses above {c.AMT(100, 500, en=True)} "
        f"need approval.",
        "Never share your password or API token in chat – use the password manager instead.",
    ]))


@tpl("NEGATIVE")
def n_signature_talk(c):
    p = c.person()
    return (f"{c.N(p, 'first')}, de handtekening onder de offerte ontbreekt nog. Kun je hem {c.DATE()} laten "
            f"tekenen? Het gaat om {c.AMT(800, 12000)}.")


# ============================================================================= assembly + validation
def finalize(c, text, group):
    def pick(cands, covered):
        uniq, seen = [], set()
        for item in cands:
            if item not in seen:
                seen.add(item)
                uniq.append(item)
        out = []
        for item in sorted(uniq, key=lambda x: -len(x[1])):
            sp = spans(item[1], text)
            if any(not any(a <= s and e <= b for a, b in covered) for s, e in sp):
                out.append(item)
                covered.extend(sp)
        out.sort(key=lambda x: spans(x[1], text)[0][0])
        return out
    covered = []
    mask = pick(c.tags, covered)
    keep = pick([("KEEP", v) for v in c.keeps], covered)
    block = [group] if group in BLOCK_CATS else []
    labs = [lab for lab, _ in mask]
    for lab, cat in (("BSN", "BSN"), ("WACHTWOORD", "PASSWORD"), ("API_SLEUTEL", "API_KEY")):
        if lab in labs and cat not in block:
            block.append(cat)
    return {"id": None, "text": text, "mask": [[l, v] for l, v in mask], "block": block,
            "keep": [v for _, v in keep]}


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PC_RE = re.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b")
PHONE_RE = re.compile(r"(?<![\w+])(?:\+|00)\d[\d \-()]{7,}\d|(?<![\w+(])\(?0\d[\d \-()]{7,}\d")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
BSN_RES = [re.compile(r"(?<![\w.,-])\d{9}(?!\w|[.,-]\d)"), re.compile(r"\b\d{3}([ .-])\d{3}\1\d{3}\b"),
           re.compile(r"\b\d{4}\.\d{2}\.\d{3}\b"), re.compile(r"\b\d{4} \d{2} \d{3}\b")]
KEY_RE = re.compile(r"(?<![\w-])(?:AKIA[A-Z0-9]{12,}|ghp_|github_pat_|glpat-|xox[bpa]-|sk_live_|rk_live_|"
                    r"whsec_|sk-(?:proj-|ant-)?[A-Za-z0-9]{10}|AIza[\w-]{10}|SG\.[\w-]{10}|hf_[A-Za-z]{10}|"
                    r"npm_[A-Za-z0-9]{10}|pypi-|shpat_|dop_v1_|eyJ[\w-]{10,}\.|live_[A-Za-z0-9]{20}|"
                    r"key-[0-9a-f]{32}|hooks\.slack\.com)")
INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}
PH = "⟦X⟧"


def tokens(label, value):
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in re.findall(r"[^\W\d_][\w'’-]*", value) if len(t) >= 4 and t.lower() not in INTERFIX]


def validate(rec):
    errs = []
    t = rec["text"]
    for lab, v in rec["mask"]:
        if lab not in LABELS:
            errs.append(f"bad label {lab}")
        if not v or v != v.strip() or v not in t:
            errs.append(f"mask value not verbatim {lab} {v!r}")
        if lab == "IBAN" and not iban_ok(v):
            errs.append(f"IBAN checksum {v}")
        if lab == "BSN" and not elfproef(re.sub(r"\D", "", v)):
            errs.append(f"BSN 11-proef {v}")
    for b in rec["block"]:
        if b not in BLOCK_CATS:
            errs.append(f"bad block {b}")
    for v in rec["keep"]:
        if v not in t:
            errs.append(f"keep not verbatim {v!r}")
        if re.fullmatch(r"\d{9}", v) and elfproef(v):
            errs.append(f"keep number passes 11-proef {v}")
        if any(v == mv for _, mv in rec["mask"]):
            errs.append(f"keep equals mask {v!r}")
    # a perfect anonymizer: replace every mask value (longest first, whole words)
    after = t
    for lab, v in sorted(rec["mask"], key=lambda x: -len(x[1])):
        after = re.sub(r"(?<!\w)" + re.escape(v) + r"(?!\w)", PH, after)
    for lab, v in rec["mask"]:
        if v in after:
            errs.append(f"mask value survives inside other text {lab} {v!r}")
        for tok in tokens(lab, v):
            if re.search(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", after):
                errs.append(f"word of {lab} left: {tok!r}")
    for v in rec["keep"]:
        if v not in after:
            errs.append(f"keep destroyed {v!r}")
    # nothing PII-shaped may remain unlabelled
    for m in EMAIL_RE.finditer(after):
        errs.append(f"unlabelled e-mail {m.group()!r}")
    for m in PC_RE.finditer(after):
        errs.append(f"unlabelled postcode {m.group()!r}")
    for m in PHONE_RE.finditer(after):
        s = m.group()
        n = len(re.sub(r"\D", "", s))
        if (s[0] == "+" or s.startswith("00")) and n >= 10 or n in (10, 11) and s.lstrip("(")[0] == "0":
            errs.append(f"unlabelled phone {s!r}")
    for m in IBAN_RE.finditer(after):
        s = m.group().replace(" ", "")
        if any(iban_ok(s[:k]) for k in range(15, len(s) + 1)):
            errs.append(f"unlabelled IBAN {m.group()!r}")
    for rx in BSN_RES:
        for m in rx.finditer(after):
            if elfproef(re.sub(r"\D", "", m.group())):
                errs.append(f"unlabelled 11-proef number {m.group()!r}")
    for m in KEY_RE.finditer(after):
        errs.append(f"unlabelled key-like {m.group()!r}")
    # secrets imply blocking
    labs = {lab for lab, _ in rec["mask"]}
    if "BSN" in labs and "BSN" not in rec["block"]:
        errs.append("BSN without block")
    if "WACHTWOORD" in labs and "PASSWORD" not in rec["block"]:
        errs.append("password without block")
    if "API_SLEUTEL" in labs and "API_KEY" not in rec["block"]:
        errs.append("key without block")
    return errs


def main():
    rng = random.Random(SEED)
    slots = []
    for group, n in PLAN:
        fns = TEMPLATES[group]
        slots += [(group, fns[i % len(fns)]) for i in range(n)]
    rng.shuffle(slots)
    records, texts = [], set()
    tries, fails = Counter(), Counter()
    reasons = defaultdict(Counter)
    for group, fn in slots:
        for _ in range(400):
            c = Ctx(rng)
            rec = finalize(c, fn(c), group)
            errs = validate(rec)
            if not errs and rec["text"] in texts:
                errs = ["duplicate text"]
            tries[fn.__name__] += 1
            if not errs:
                break
            fails[fn.__name__] += 1
            reasons[fn.__name__][re.sub(r"'.*", "", errs[0])[:70]] += 1
        else:
            sys.exit(f"template {fn.__name__} keeps failing: {errs}")
        texts.add(rec["text"])
        rec["id"] = f"c8-{len(records)}"
        records.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # ---- statistics
    verbose = "-v" in sys.argv
    lab, blk, grp = Counter(), Counter(), Counter()
    for rec, (group, _) in zip(records, slots):
        grp[group] += 1
        for l, _ in rec["mask"]:
            lab[l] += 1
        for b in rec["block"]:
            blk[b] += 1
    nblocked = sum(1 for r in records if r["block"])
    print(f"wrote {len(records)} records to {OUT}")
    print(f"templates: {sum(len(v) for v in TEMPLATES.values())} "
          + ", ".join(f"{g}={len(TEMPLATES[g])}" for g, _ in PLAN))
    print(f"blocked records: {nblocked}  clean records: {len(records) - nblocked}")
    print("block categories:", dict(blk))
    print("mask labels:", dict(lab.most_common()))
    print("keep values:", sum(len(r["keep"]) for r in records))
    lens = sorted(len(r["text"]) for r in records)
    print(f"text length min/median/max: {lens[0]}/{lens[len(lens) // 2]}/{lens[-1]}")
    if verbose:
        for name in sorted(tries, key=lambda n: -fails[n] / tries[n]):
            if fails[name]:
                print(f"  retry {name}: {fails[name]}/{tries[name]}  {dict(reasons[name].most_common(3))}")


if __name__ == "__main__":
    main()
