#!/usr/bin/env python3
"""gen5.py - labelled test corpus for a Dutch PII anonymizer (corpus 5).

Python 3 standard library only, deterministic (fixed seed).  Writes c5.jsonl next to this file and
prints a one-line summary.  Every record is validated before it is written:
  * every mask and keep value occurs verbatim in the text;
  * IBAN (mod-97), BSN (11-proef) and card (Luhn) values are valid; 9-digit keep numbers fail the
    11-proef;
  * a simulated perfect anonymizer (every mask value replaced at word boundaries, longest first)
    leaves no mask value behind as a substring, no word of 4+ letters of a PERSOON/ADRES value
    (case-insensitive, hyphen parts included), and keeps every keep value;
  * no unlabelled e-mail address, IBAN, 06-number, postcode or 11-proef number is left over.
A draw that fails a check is thrown away and drawn again (the number of redraws is reported).
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20250605
N_RECORDS = 1500
BLOCK_SHARE = 0.30

# ----------------------------------------------------------------------------------------------
# Names.  Own lists, grouped by origin: (male given names, female given names, surnames).
# Surnames written with a lowercase particle ("de Vries", "van 't Hof", "el Idrissi") follow the
# Dutch convention (particle lowercase after a given name or initial, capitalised when the surname
# stands alone); surnames written capitalised ("Van den Broeck", "El Amrani", "De Luca") keep their
# spelling everywhere.
# ----------------------------------------------------------------------------------------------
ORIGINS = {
    "nl": (
        "Jan|Pieter|Kees|Henk|Gerrit|Wim|Joop|Cor|Gijs|Daan|Sem|Lucas|Noah|Jesse|Thijs|Ruben|Bas|Joost|"
        "Maarten|Luuk|Milan|Stijn|Niels|Rick|Mark|Dennis|Patrick|Marco|Erik|Arjen|Wouter|Jeroen|Remco|"
        "Bram|Teun|Hugo|Olivier|Jasper|Jan-Willem|Klaas-Jan|Jan-Peter|Hans|Frits|Theo|Ton|Harrie|Kevin|"
        "Jordy|Stefan|Vincent|Bart|Dirk|Frank|Geert|Harm|Ivo|Koen|Leon|Martijn|Nick|Oscar|Paul|Rob|"
        "Sjaak|Tom|Youri|Noël|Michiel|Rutger|Diederik|Reinier|Hendrik|Cornelis|Adriaan|Hidde|Jurre|Siem|"
        "Mees|Guus|Lars|Ties|Floris|Job|Pim|Sven|Gerard|Rien|Arie|Dick|Evert|Huib|Jelmer|Joris|"
        "Lodewijk|Menno|Sander|Thijmen|Wessel|Gert-Jan|Willem|Berend|Coen|Maurits|Quinten|Roel",
        "Anneke|Ingrid|Marjolein|Sanne|Lotte|Emma|Julia|Tess|Fleur|Marieke|Esther|Hanneke|Wilma|Gerda|"
        "Ria|Floor|Roos|Jip|Janneke|Femke|Inge|Lieke|Anouk|Eva|Sophie|Sandra|Monique|Yvonne|Petra|Hilde|"
        "Ellen|Karin|Jolanda|Ilse|Merel|Noor|Isa|Nina|Sara|Puck|Saar|Evi|Mila|Anne-Marie|Marie-José|"
        "Riet|Nel|Greetje|Aafke|Bregje|Willemijn|Floortje|Marloes|Judith|Mirjam|Rianne|Chantal|Kim|"
        "Linda|Bianca|Zoë|Chloë|Loïs|Anaïs|Esmée|Daniëlle|Fenna|Nova|Lynn|Maud|Jet|Liesbeth|Annemiek|"
        "Corrie|Dineke|Gonnie|Hester|Joke|Margreet|Suzanne|Tineke|Wendy|Yvette|Iris|Anna|Lisa|Demi|"
        "Britt|Romy|Madelief|Lieve|Jolijn|Wieke|Bo|Marit|Sterre|Elise",
        "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|"
        "de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Smits|de Graaf|van der Meer|"
        "van der Linden|Kok|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn|"
        "de Bruin|van der Heijden|Schouten|van Beek|Willems|van Vliet|van de Ven|Maas|Verhoeven|Koster|"
        "van Dam|van der Wal|Prins|Blom|Huisman|de Koning|van Wijk|Post|Kramer|van der Laan|Zwart|"
        "Winter|Roos|Bloem|Koning|Haan|Verbeek|van 't Hof|op den Akker|in 't Veld|ter Horst|ten Brink|"
        "van Rijn|Groen|Kroon|Stam|Timmermans|Verschoor|Wolters|Oosterhuis|Lammers|Evers|Veldhuis|"
        "Hofman|Schipper|Sanders|van Gelder|Scholten|Pronk|Boon|Verweij|Hoogendoorn|Kuijpers|Driessen|"
        "van Loon|van Os|Geerts|Molenaar|Keizer|de Ruiter|de Lange|Brink|van Schaik|Jonker|Vink|Wijnen|"
        "Raaijmakers|van Oort|Heemskerk|Noordhuis|van Zanten|Blokland|Versteeg|de Ridder|Bouwman|"
        "van Beers|Baas|Klaassen|Wessels|Gerritsen|Hoogland|Langeveld|Koopman|Huizinga|Mol|van Rossum|"
        "Veenman|Vroom|Spijker|van Kampen|Ouwehand|Zuidema|van Ommen|Kalkman|Brinkhuis|Overbeek|Uijttewaal|"
        "van Wageningen|Rozendaal|Steenbergen|van Ginkel|Hazelaar|Aalbers|Bijl|Dorrestijn|Eijkelenboom|"
        "van Kessel|Knol|Lamers|Mastenbroek|Nieuwenhuis|Pijpers|Ruijs|Schuurman|Tiemens|Verkerk|"
        "Wisse|IJzerman|van der Steen|van Maanen|de Kock|van Houten|Ketelaar|Boekhout",
    ),
    "fy": (
        "Sjoerd|Hylke|Wytse|Jelle|Auke|Douwe|Wiebe|Durk|Sietse|Tsjalling|Eelke|Hessel|Ype|Tjeerd|Gosse|"
        "Jouke|Rients|Sybren|Folkert|Lolke|Ids|Oebele",
        "Tjitske|Sytske|Baukje|Geartsje|Froukje|Hiske|Jildou|Gerbrich|Lolkje|Minke|Renske|Marrit|Doutzen|"
        "Yfke|Wietske|Aukje|Sjoukje|Trijntje|Antsje|Ytsje|Nynke|Hinke",
        "Hoekstra|Dijkstra|Postma|Wijnstra|Sikkema|Bosma|Terpstra|Hiemstra|Haagsma|Zijlstra|Wielinga|"
        "Jellema|Boersma|Tuinstra|Hofstra|Wouda|Yntema|Rienstra|Kingma|Bergsma|Nauta|Talsma|Stellingwerf|"
        "Sijbesma|Tjeerdsma|Faber|Wiersma|Kuipers|Anema|Bouma|Feenstra|Hellinga|Jongsma|Miedema|Osinga|"
        "Schaafsma|Ykema|van der Meulen|de Haan|Visser",
    ),
    "li": (
        "Sjef|Jeu|Huub|Lei|Twan|Sjra|Ger|Jac|Pierre|Servé|Bèr|Frans|Math|Wiel|Thei|Roel|Luc|Stan|Harie",
        "Mieke|Truus|Lieske|Mia|Anja|Marie-Louise|Finy|Bertine|Jacqueline|Mariëlle|Ilona|Nicole|Brigitte|"
        "Nathalie|Mariska|Stephanie",
        "Vrancken|Hermans|Smeets|Hendrikx|Clerx|Schreurs|Lemmens|Wijnands|Kessels|Rutten|Coenen|Houben|"
        "Heijnen|Vaessen|Gorissen|Notermans|Bemelmans|Muijrers|Pluijmen|Bonten|Crombach|Dassen|Essers|"
        "Frijns|Gielen|Habets|Ploumen|Stassen|Vencken|Jongen|Schrijnemakers|Quaedvlieg|Lardinois|Pelzer|"
        "Meessen|Bours|Hanssen|Willems",
    ),
    "be": (
        "Jens|Wout|Jef|Dries|Wannes|Gert|Kobe|Arne|Tuur|Pieter-Jan|Jonas|Seppe|Lander|Brecht|Thibault|"
        "Xavier|Wim|Stijn|Koen|Bart|Joris|Ward|Lowie|Mathis",
        "Jolien|Sien|Lieselot|Annelies|Griet|Ine|Nele|Els|Hanne|Febe|Lore|Kaat|Margot|Katrien|Veerle|An|"
        "Sofie|Elke|Evelien|Lotte|Joke|Marie|Fien|Lies",
        "Peeters|Janssens|Maes|Jacobs|Mertens|Claes|Goossens|Wouters|De Smet|Van den Broeck|Declercq|"
        "Vandenberghe|De Backer|Verstraete|Vanderlinden|Claeys|Desmet|Verhaeghe|Van Damme|Lambrechts|"
        "Vanhove|Dewulf|Coppens|Baert|Segers|Van Acker|D'hondt|Van de Velde|Demeulemeester|De Clercq|"
        "Van Hoof|Verbruggen|Vercammen|Van Looy|Dierickx|Huysmans|Van Steenkiste|Deprez|Vlaeminck",
    ),
    "ma": (
        "Mohamed|Mohammed|Ahmed|Youssef|Karim|Said|Rachid|Hamza|Bilal|Ayoub|Anouar|Soufiane|Nordin|Mounir|"
        "Khalid|Yassine|Ilyas|Zakaria|Mehdi|Abdelkader|Mustapha|Othman|Badr|Tarik|Adil|Hicham|Driss|"
        "Massinissa|Yuba|Anir|Amnay|Idir|Aksel|Mimoun|Abdeslam",
        "Fatima|Khadija|Naima|Samira|Nadia|Salma|Imane|Houda|Loubna|Sanae|Hafsa|Ikram|Malika|Hanane|"
        "Siham|Touria|Meryem|Zineb|Ghizlane|Asmae|Tiziri|Tanirt|Tafsut|Dihya|Numidia|Taziri|Thiziri|"
        "Yamina|Fadoua|Nora",
        "El Amrani|Benali|el Idrissi|Bouzidi|Tahiri|El Khattabi|Ait Taleb|Ouahabi|Boukhari|Chaouch|"
        "el Ouali|Ziani|Essafi|Akhiyat|Bakkali|El Ghazaoui|Amrani|Haddouchi|Lamrani|Mansouri|Ouhaddou|"
        "Aarab|Boulahrouz|Azzouzi|el Hamdaoui|Ouaali|Ouchan|Amzil|Belhaj|Bouchtaoui|Ben Haddou|"
        "Ait Moussa|Zarrouk|Achahbar|Bouyaghrouten|el Bouazzaoui|Messaoudi|Rifi|Chakir|Tabarkit",
    ),
    "tr": (
        "Mehmet|Emre|Burak|Mustafa|Hüseyin|Kemal|Serkan|Gökhan|Cem|Deniz|Yusuf|Ömer|Berk|Onur|Umut|Halil|"
        "İbrahim|Ibrahim|Murat|Volkan|Erkan|Tolga|Kaan|Selim|Şükrü|Batuhan|Enes|Fatih",
        "Ayşe|Fatma|Elif|Zeynep|Hatice|Tuğba|Merve|Esra|Büşra|Kübra|Ebru|Selin|Yasemin|Gizem|Çağla|"
        "Gülşen|Özge|Emine|Sevgi|Derya|Hande|Melike|Sibel|Nurcan|Aylin|Ece",
        "Yılmaz|Yilmaz|Kaya|Demir|Şahin|Sahin|Çelik|Celik|Yıldız|Öztürk|Ozturk|Aydın|Aydin|Özdemir|"
        "Arslan|Doğan|Dogan|Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Erdoğan|Güler|"
        "Aksoy|Keskin|Ünal|Uçar|Bulut|Tekin|Yavuz|Karaca|Bayraktar|Türkmen|Sarı",
    ),
    "ku": (
        "Azad|Baran|Zana|Rêber|Şervan|Rizgar|Dilovan|Hogir|Serhat|Kawa|Aram|Shwan",
        "Rojda|Berfin|Dilan|Hêvî|Delal|Jiyan|Ronahi|Zozan|Nareen|Avesta|Bêrîvan|Shilan",
        "Zebari|Doski|Hawrami|Amedi|Botani|Goran|Barwari|Rekani|Sindi|Baban|Mizuri|Zaxoyi",
    ),
    "sr_hi": (
        "Radjesh|Sunil|Ravi|Vishal|Anand|Dinesh|Rakesh|Sanjay|Mahesh|Kishan|Ashwin|Navin|Ramesh|Prem|"
        "Amit|Rishi",
        "Shanti|Anjali|Devika|Priya|Sharmila|Usha|Kavita|Sangita|Reshma|Nisha|Indira|Savitri|Rajni|Asha|"
        "Sunita|Varsha",
        "Ramdin|Jagesar|Ramcharan|Sewnath|Baldew|Ramsaran|Mahabier|Kalloe|Soekhai|Bhola|Ramlal|Jhinkoe|"
        "Autar|Kanhai|Ramautar|Sital|Bhagwandin|Mangal|Gobardhan|Jadnanansing|Ganga|Debipersad|"
        "Sewdien|Harpal|Raghoebier",
    ),
    "sr_cr": (
        "Romano|Winston|Marciano|Quincy|Jermaine|Ricardo|Clarence|Orlando|Humphrey|Glenn|Roy|Errol|"
        "Dwight|Rodney|Sherwin|Melvin",
        "Sharon|Gerlinda|Naomi|Jacintha|Marisca|Ingeborg|Shirley|Sandra|Jennifer|Ivette|Mavis|Denise|"
        "Tamara|Gracia|Chaima|Xiomara",
        "Pinas|Vanenburg|Zeefuik|Doelwijt|Esajas|Wijdenbosch|Kolf|Sabajo|Berenstein|Lieuw|Sordam|Kerwel|"
        "Tjon A Fat|Ooft|Emanuelson|Vyent|Aroma|Ceder|Nelom|Pengel|Redmond|Rozenblad|Samson|Monsels",
    ),
    "sr_jv": (
        "Sarmin|Wagiman|Kasan|Soewarno|Ravindra|Soeparman|Tarmidi|Wardi|Djoko|Sugiarto",
        "Soeginah|Suparmi|Sriyati|Wagiyem|Sainem|Soemiati|Tini|Djaminah|Kartini|Rukmini",
        "Soekarjo|Karijodikromo|Pawirosetiko|Sastrodikromo|Kartowikromo|Atmodikoro|Wongsodikromo|"
        "Moestadja|Amatdiwirjo|Kromodimedjo|Sarmo|Kasanmoentalib|Soemodihardjo|Tosari",
    ),
    "aw_cw": (
        "Shurendy|Jurich|Gregory|Rignald|Shaquille|Jurgen|Giandro|Luigi|Ezequiel|Edsel|Sidney|Dimitri|"
        "Ruthmilo|Jhonny",
        "Yuridia|Shudayra|Gisette|Jeanine|Yasmina|Lisandra|Sharelly|Jolanthe|Kimberly|Chanella|Rosalinda|"
        "Enith",
        "Martina|Rosario|Croes|Maduro|Eman|Arends|Kock|Werleman|Tromp|Wernet|Isenia|Juliana|Cijntje|"
        "Sambo|Koeiman|Martha|Zimmerman|Josephina|Cornelia|Statia|Winklaar|Leito|Ras|Goeloe|Frans",
    ),
    "id_mol": (
        "Ferry|Rudy|Jopie|Wempie|Raymond|Budi|Agus|Indra|Rizky|Yohanes|Marlon|Boy|Johny|Eddy",
        "Dewi|Sari|Wulan|Putri|Ratna|Nelly|Elly|Ivonne|Yolanda|Febriana|Ayu|Lestari|Melanie|Rina",
        "Latuheru|Pattinama|Tahapary|Sahetapy|Wattimena|Lekatompessy|Pelupessy|Soplantila|Matulessy|"
        "Siahaya|Tuhumury|Nanlohy|Manuputty|Leiwakabessy|Huwae|Sopacua|Pattiwael|Wijaya|Susanto|"
        "Setiawan|Hartono|Kusuma|Pranoto|Halim|Gunawan|Tanamal|Hehanussa|Loppies",
    ),
    "cn": (
        "Wei|Ming|Zhiwei|Haoran|Yiming|Jun|Kin|Siu Ming|Chun|Hao|Jian|Tao|Ka Wai|Long",
        "Xiaoling|Jing|Hui|Yan|Li Na|Xin|Mei Ling|Wing Yan|Yuxuan|Zihan|Ying|Lijuan|Shu Fen|Qian",
        "Chen|Wang|Zhang|Liu|Huang|Zhou|Yang|Cheung|Wong|Chan|Lam|Leung|Tang|Lau|Yip|Kwok|Tsang|Cheng|"
        "Fung|Lin|Zhao|Xu|Sun|Guo|Lee|Ng|Ho",
    ),
    "vn": (
        "Minh|Tuan|Duc|Quang|Hieu|Thanh|Hải|Bảo|Long|Dũng|Khoa|Phúc",
        "Linh|Thao|Lan|Huong|Anh|Phuong|Trang|Mai|Ngoc|Thu Hà|Hạnh|Thuy",
        "Nguyen|Nguyễn|Tran|Trần|Pham|Phạm|Hoang|Huynh|Dang|Bui|Duong|Truong|Vu|Dinh|Ngo",
    ),
    "ph": (
        "Jericho|Marvin|Jomar|Arnel|Ronaldo|John Paul|Jhun|Rommel|Efren|Dindo|Noel|Romeo",
        "Maricel|Jennylyn|Rowena|Analyn|Rhea|Kristine|Lorna|Mary Grace|Liezl|Rosalie|Marites|Joy",
        "Reyes|Cruz|Bautista|Ocampo|Mendoza|Villanueva|Ramos|Castro|Aquino|Dela Cruz|De Leon|Macaraeg|"
        "Dimaculangan|Manalo|Pascual|Santiago|Soriano|Magbanua|Evangelista|Panganiban",
    ),
    "pl": (
        "Łukasz|Piotr|Krzysztof|Tomasz|Michał|Paweł|Wojciech|Grzegorz|Bartosz|Kamil|Marcin|Jakub|Mateusz|"
        "Przemysław|Rafał",
        "Agnieszka|Katarzyna|Małgorzata|Magdalena|Joanna|Marta|Ewa|Dorota|Zuzanna|Monika|Aleksandra|"
        "Justyna|Beata|Karolina|Weronika",
        "Kowalski|Kowalska|Nowak|Wiśniewski|Wójcik|Kamiński|Lewandowska|Zieliński|Szymańska|Woźniak|"
        "Dąbrowski|Kozłowska|Jankowski|Mazur|Krawczyk|Piotrowski|Grabowska|Wróbel|Pawlak|Michalski|"
        "Zając|Król|Wieczorek|Jabłoński",
    ),
    "ro": (
        "Andrei|Mihai|Alexandru|Ștefan|Bogdan|Răzvan|Florin|Cosmin|Ionuț|Vlad|Sorin|Adrian",
        "Ioana|Elena|Cristina|Andreea|Gabriela|Adriana|Mihaela|Alina|Roxana|Oana|Simona|Corina",
        "Popescu|Ionescu|Popa|Dumitru|Stoica|Gheorghe|Munteanu|Constantinescu|Tudor|Dobre|Barbu|Nistor|"
        "Florea|Moldovan|Rusu|Lungu|Enache|Ciobanu",
    ),
    "bg": (
        "Dimitar|Georgi|Ivan|Stoyan|Yordan|Radoslav|Nikolay|Hristo|Plamen|Todor",
        "Desislava|Tsvetelina|Vesela|Kalina|Mariya|Galina|Radostina|Yana|Petya|Boryana",
        "Ivanov|Petrova|Georgiev|Dimitrova|Nikolov|Stoyanova|Todorov|Angelova|Kolev|Hristova|Marinov|"
        "Popova|Iliev|Atanasova",
    ),
    "hu": (
        "Gábor|László|Bence|Dániel|Ádám|Zoltán|Balázs|Péter|Attila|Csaba",
        "Zsófia|Réka|Eszter|Katalin|Krisztina|Anikó|Boglárka|Orsolya|Nóra|Judit",
        "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp|Takács|Juhász",
    ),
    "ua": (
        "Taras|Bohdan|Dmytro|Andriy|Mykola|Oleksandr|Serhiy|Yaroslav|Vasyl|Oleh",
        "Oksana|Olena|Yuliia|Iryna|Nataliia|Viktoriia|Sofiia|Khrystyna|Halyna|Mariia",
        "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Oliynyk|Lysenko|Moroz|"
        "Savchenko|Rudenko|Marchenko|Hnatyuk|Pavlenko",
    ),
    "ru": (
        "Dmitri|Sergei|Alexei|Igor|Vladimir|Nikita|Mikhail|Pavel|Artem|Konstantin",
        "Anastasia|Ekaterina|Natasha|Olga|Svetlana|Tatiana|Yelena|Irina|Ksenia|Daria",
        "Smirnov|Kuznetsova|Popov|Sokolova|Lebedev|Volkova|Morozov|Novikova|Fedorov|Orlova|Kozlov|"
        "Vasilieva|Zaitsev|Pavlova",
    ),
    "sy": (
        "Rami|Omar|Yazan|Tarek|Majd|Alaa|Waseem|Mahmoud|Amjad|Firas|Samer|Fadi|Ghaith|Muhannad",
        "Lina|Rana|Ghada|Hala|Nour|Rasha|Dima|Razan|Hiba|Ruba|Lama|Bayan|Maysa|Yara",
        "Al-Hassan|Haddad|Khoury|Al-Ahmad|Darwish|Hamwi|Sabbagh|Kassab|Halabi|Al-Masri|Shami|Atassi|"
        "Hallak|Al-Khatib|Jabbour|Kurdi|Al-Sheikh|Nahhas|Zein",
    ),
    "iq": (
        "Haider|Sajjad|Ammar|Hussein|Ali|Mustafa|Karrar|Ahmed|Muntadher|Zaid",
        "Zainab|Noor|Ruqaya|Zahraa|Marwa|Shaimaa|Duaa|Israa|Sura|Hawraa",
        "Al-Jabouri|Al-Rubaie|Al-Saadi|Al-Tamimi|Al-Obaidi|Mahdi|Jassim|Kadhim|Hashim|Al-Zubaidi|"
        "Al-Kaabi|Abdulrazzaq",
    ),
    "ir": (
        "Dariush|Kian|Arash|Babak|Behnam|Omid|Navid|Kaveh|Reza|Farhad|Siamak|Pouya",
        "Parisa|Shirin|Mahsa|Nasrin|Farzaneh|Roya|Setareh|Golnaz|Leila|Maryam|Azadeh|Niloufar",
        "Hosseini|Mohammadi|Rezaei|Ahmadi|Karimi|Moradi|Jafari|Rahimi|Sadeghi|Tehrani|Farahani|Ghorbani|"
        "Kazemi|Shirazi|Esfandiari|Najafi|Bagheri",
    ),
    "af": (
        "Farid|Wahid|Hamid|Ajmal|Bashir|Samiullah|Zahir|Wali|Khalil|Nasir|Mirwais|Habib",
        "Mursal|Shabnam|Zarghuna|Mariam|Sahar|Nilofar|Freshta|Malalai|Zarmina|Palwasha|Nazanin|Laila",
        "Ahmadzai|Popal|Wardak|Sultani|Noorzai|Hakimi|Rahmani|Stanikzai|Safi|Nazari|Haidari|Mohmand|"
        "Amiri|Sadat|Barakzai|Hotak",
    ),
    "er": (
        "Yonas|Filmon|Merhawi|Yohannes|Biniam|Robel|Mussie|Dawit|Tesfalem|Aman|Kibrom|Habtom",
        "Selam|Semhar|Luwam|Senait|Helen|Saba|Aster|Freweyni|Samrawit|Rahwa|Winta|Hiwet",
        "Tesfay|Ghebremariam|Haile|Tewelde|Berhane|Kidane|Habte|Tekle|Mebrahtu|Woldu|Gebrehiwet|"
        "Asmerom|Tsegay|Ghirmay|Weldemichael|Andemariam",
    ),
    "et": (
        "Abebe|Dawit|Kebede|Tewodros|Henok|Yared|Solomon|Bereket|Eyob|Natnael",
        "Tigist|Meron|Hanna|Bethlehem|Almaz|Selamawit|Mekdes|Liya|Hiwot|Tsion",
        "Bekele|Tadesse|Girma|Alemu|Mengistu|Desta|Wolde|Tesfaye|Gebre|Ayele|Demissie|Negash|Assefa|"
        "Worku",
    ),
    "so": (
        "Abdirahman|Hamza|Khadar|Mahad|Abdiweli|Asad|Liban|Abdullahi|Mohamud|Guled|Abdikarim|Farhan",
        "Hodan|Fadumo|Ayaan|Sahra|Ilhan|Najma|Deeqa|Ubah|Yasmin|Hibo|Sagal|Warsan",
        "Abdi|Hassan|Warsame|Farah|Yusuf|Jama|Nur|Hersi|Egal|Aden|Abdullahi|Dirie|Elmi|Guled|Ismail|"
        "Osman|Mohamud",
    ),
    "gh": (
        "Kwame|Kofi|Yaw|Kwabena|Kojo|Kwaku|Ebenezer|Kwesi|Nii|Emmanuel|Prince|Samuel",
        "Akosua|Ama|Abena|Adwoa|Esi|Afua|Efua|Yaa|Priscilla|Gifty|Akua|Comfort",
        "Mensah|Owusu|Boateng|Asante|Osei|Appiah|Agyeman|Addo|Amoah|Ofori|Darko|Acheampong|Asamoah|"
        "Badu|Quaye|Tetteh|Kuffour|Annan|Ansah|Sarpong",
    ),
    "ng": (
        "Chinedu|Emeka|Tunde|Babajide|Chidi|Obinna|Uchenna|Oluwaseun|Segun|Ikenna|Femi|Kelechi",
        "Ngozi|Adaeze|Funmilayo|Chiamaka|Ifeoma|Temitope|Yetunde|Adaobi|Nneka|Bukola|Chioma|Folake",
        "Okafor|Adeyemi|Okonkwo|Eze|Balogun|Obi|Adebayo|Nwosu|Chukwu|Ogunleye|Olawale|Ezeh|Akinola|"
        "Onyekachi|Nwachukwu|Oyelaran|Adeleke|Okoro",
    ),
    "cv": (
        "Adilson|Edmilson|Nilton|Nelson|Denilson|Admilson|Ricardino|Elton|Jailson|Hélio|Arlindo|Zeca",
        "Djamila|Jandira|Elisângela|Carla|Ivanilda|Kátia|Zenaida|Nádia|Sónia|Edna|Luzia|Neusa",
        "Fortes|Lopes|Tavares|Monteiro|Semedo|Varela|Gomes|Andrade|Delgado|Rodrigues|Barbosa|Correia|"
        "Brito|Duarte|Évora|Spencer|Mendes|Pina|Furtado|Semedo Tavares",
    ),
    "in": (
        "Arjun|Rahul|Vikram|Karthik|Aditya|Rohan|Srinivas|Aarav|Harish|Venkat|Sandeep|Pranav|Nikhil|Suresh",
        "Priya|Ananya|Deepika|Lakshmi|Sneha|Kavya|Meera|Divya|Pooja|Shreya|Aishwarya|Revathi|Swati|Neha",
        "Sharma|Patel|Iyer|Reddy|Nair|Gupta|Kumar|Singh|Rao|Menon|Agarwal|Joshi|Krishnan|Banerjee|"
        "Chatterjee|Desai|Mehta|Pillai|Venkatesan|Subramanian|Bhattacharya|Kulkarni",
    ),
    "pk": (
        "Imran|Faisal|Usman|Bilal|Asif|Kashif|Adnan|Waqas|Shahid|Hamza|Zeeshan|Tariq|Danish",
        "Ayesha|Sana|Hira|Zainab|Nadia|Fatima|Rabia|Mahnoor|Saima|Amna|Mehwish|Sidra|Iqra",
        "Khan|Qureshi|Malik|Chaudhry|Butt|Sheikh|Siddiqui|Raza|Hussain|Iqbal|Mirza|Aslam|Anwar|Javed|"
        "Rehman|Shah|Akhtar|Bhatti",
    ),
    "br": (
        "Thiago|Gabriel|Rafael|Bruno|Felipe|Lucas|Vinícius|Matheus|Rodrigo|Gustavo|Caio|Leandro|João Pedro",
        "Luana|Larissa|Juliana|Camila|Beatriz|Mariana|Letícia|Fernanda|Thaís|Bruna|Gabriela|Ana Clara|Débora",
        "Silva|Santos|Oliveira|Souza|Pereira|Costa|Ferreira|Almeida|Ribeiro|Carvalho|Araújo|Nascimento|"
        "Lima|Barros|Cavalcanti|Moraes|da Silva|dos Santos|Rocha|Teixeira|Azevedo",
    ),
    "es": (
        "Javier|Alejandro|Pablo|Sergio|Álvaro|Raúl|Jorge|Iñigo|Carlos|Manuel|Francisco|Andrés|Diego",
        "Lucía|Carmen|Marta|Nuria|Pilar|Inés|Montserrat|Begoña|Laura|Cristina|Rocío|Ainhoa|Paula",
        "García|Martínez|López|Sánchez|Fernández|González|Rodríguez|Pérez|Gómez|Ruiz|Jiménez|Moreno|"
        "Muñoz|Álvarez|Romero|Navarro|Torres|Domínguez|Ortega|Castillo|García López|Iglesias",
    ),
    "pt": (
        "João|Tiago|Duarte|Gonçalo|Rui|Nuno|Diogo|Miguel|Ricardo|Pedro|André|Vasco",
        "Inês|Beatriz|Leonor|Mafalda|Sofia|Catarina|Margarida|Filipa|Ana|Rita|Joana|Conceição",
        "Ferreira|Gonçalves|Sousa|Martins|Pinto|Teixeira|Moreira|Cardoso|Fonseca|Magalhães|Vieira|"
        "Azevedo|Cunha|Loureiro|Figueiredo|Machado|Antunes|da Costa",
    ),
    "it": (
        "Marco|Alessandro|Luca|Matteo|Lorenzo|Davide|Simone|Giuseppe|Niccolò|Federico|Stefano|Riccardo",
        "Giulia|Francesca|Chiara|Federica|Valentina|Giorgia|Martina|Elisa|Paola|Alessia|Silvia|Serena",
        "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|"
        "De Luca|Mancini|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Caruso|Di Stefano",
    ),
    "gr": (
        "Giorgos|Dimitris|Nikos|Konstantinos|Yannis|Stavros|Christos|Panagiotis|Vasilis|Thanos",
        "Eleni|Katerina|Maria|Sofia|Despina|Athina|Vasiliki|Georgia|Ioanna|Chrysa",
        "Papadopoulos|Georgiou|Nikolaidis|Konstantinidis|Papadaki|Vlachos|Dimitriou|Ioannidis|"
        "Karagiannis|Oikonomou|Christodoulou|Makris|Pappas|Alexiou|Theodorou",
    ),
    "de": (
        "Jürgen|Stefan|Lukas|Jörg|Maximilian|Uwe|Florian|Tobias|Björn|Dieter|Götz|Matthias|Klaus|Sebastian",
        "Sabine|Ursula|Katrin|Anke|Lena|Birgit|Silke|Heike|Jana|Franziska|Ute|Kerstin|Annika|Dörte",
        "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|"
        "Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hartmann|Lange|Werner|Krause|Lehmann|"
        "Köhler|Vogel|von Bergen",
    ),
    "gb": (
        "Oliver|Harry|George|Jack|James|Thomas|William|Callum|Hamish|Rhys|Gareth|Alistair|Nigel|Declan",
        "Charlotte|Amelia|Emily|Sophie|Olivia|Hannah|Eleanor|Fiona|Siobhan|Niamh|Imogen|Gemma|Harriet",
        "Smith|Jones|Williams|Taylor|Brown|Davies|Evans|Wilson|Roberts|Johnson|Walker|Wright|Robinson|"
        "Thompson|Hughes|Edwards|Clarke|Harris|Murphy|O'Brien|McAllister|MacLeod|Fitzgerald|Ashworth",
    ),
    "us": (
        "Tyler|Brandon|Austin|Justin|Hunter|Cody|Kyle|Dylan|Ethan|Mason|Chase|Logan",
        "Madison|Ashley|Brittany|Kayla|Megan|Chelsea|Dakota|Jasmine|Brooke|Taylor|Savannah|Haley",
        "Miller|Davis|Anderson|Jackson|White|Clark|Young|Scott|Baker|Adams|Nelson|Carter|Mitchell|"
        "Campbell|Parker|Cooper|Rivera|Kim|Sullivan|Peterson|Hayes",
    ),
}
ORIGIN_WEIGHTS = {
    "nl": 34, "fy": 4, "li": 4, "be": 5, "ma": 7, "tr": 6, "ku": 1.5, "sr_hi": 2.5, "sr_cr": 2,
    "sr_jv": 1, "aw_cw": 1.5, "id_mol": 2, "cn": 1.5, "vn": 1, "ph": 1, "pl": 3, "ro": 1.5, "bg": 1,
    "hu": 0.8, "ua": 1.5, "ru": 0.8, "sy": 1.5, "iq": 0.8, "ir": 1, "af": 1, "er": 1, "et": 0.6,
    "so": 0.8, "gh": 0.8, "ng": 0.8, "cv": 0.6, "in": 1.5, "pk": 0.8, "br": 1, "es": 1, "pt": 0.8,
    "it": 1, "gr": 0.6, "de": 2, "gb": 1.5, "us": 0.8,
}
PARTICLES = ("van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "op", "in", "el", "da", "dos",
             "von", "la", "le", "du")


def gender_surname(s, origin, gender):
    """Slavic and Greek surnames take a female or male form."""
    if origin in ("pl",):
        pairs = [("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")]
    elif origin in ("bg", "ru"):
        pairs = [("ov", "ova"), ("ev", "eva"), ("in", "ina")]
    elif origin == "gr":
        if gender == "f":
            for m_end, f_end in [("opoulos", "opoulou"), ("idis", "idou"), ("akis", "aki"), ("os", "ou"), ("is", "i"), ("as", "a")]:
                if s.endswith(m_end):
                    return s[: -len(m_end)] + f_end
        else:
            for m_end, f_end in [("opoulos", "opoulou"), ("idis", "idou"), ("akis", "aki")]:
                if s.endswith(f_end):
                    return s[: -len(f_end)] + m_end
        return s
    else:
        return s
    for m_end, f_end in pairs:
        if gender == "f" and s.endswith(m_end):
            return s[: -len(m_end)] + f_end
        if gender == "m" and s.endswith(f_end) and not s.endswith(m_end):
            return s[: -len(f_end)] + m_end
    return s


def _split(s):
    return [x.strip() for x in s.split("|") if x.strip()]


NAMES = {o: (_split(m), _split(f), _split(s)) for o, (m, f, s) in ORIGINS.items()}


def all_first_names():
    return sorted({n for m, f, _ in NAMES.values() for n in m + f})


def all_surnames():
    return sorted({n for _, _, s in NAMES.values() for n in s})


# ----------------------------------------------------------------------------------------------
# Places, streets, companies
# ----------------------------------------------------------------------------------------------
STREETS = _split(
    "Kerkstraat|Dorpsstraat|Molenweg|Schoolstraat|Prinses Beatrixlaan|Julianastraat|Stationsweg|"
    "Hoofdstraat|Beukenlaan|Eikenlaan|Lindelaan|Kastanjelaan|Berkenweg|Wilhelminastraat|Nieuwstraat|"
    "Parallelweg|Industrieweg|Handelskade|Havenstraat|Marktstraat|Klaverweide|Zonnebloemstraat|"
    "Tulpstraat|Narcissenlaan|Populierenlaan|Vlasakker|Boterbloem|Korenschoof|Zwanenveld|Meidoornhof|"
    "Rietgors|Lange Nieuwstraat|Oude Gracht|Achterom|Noordeinde|Zuidwal|Oosterkade|Westersingel|"
    "Burgemeester Visserlaan|Pastoor van Arsstraat|Koningin Emmalaan|Graaf Florisweg|Admiraal de Ruyterweg|"
    "Van Speijkstraat|Piet Heinstraat|Thorbeckelaan|Rembrandtlaan|Vermeerstraat|Mozartlaan|"
    "Händelstraat|Mercuriusweg|Saturnusstraat|Plutolaan|Zeeheldenweg|Dijkgraafstraat|Polderweg|"
    "Slotlaan|Kasteelweg|Abdijstraat|Kloosterhof|Begijnhof|Vismarkt|Korte Groenendaal|Bergweg|"
    "Heuvelrug|Duinweg|Strandweg|Boslaan|Heideweg|Veenweg|Turfsteker|Scheepmakerij|Lijnbaan|Ambachtsweg|"
    "Nijverheidsstraat|Energieweg|Koperslager|Smederij|Wagenmaker|Bakkerstraat|Brouwerijstraat|"
    "Spoorlaan|Emmasingel|Vondellaan|Bilderdijkstraat|Tesselschadestraat|Plein 1944|Hertogsingel|"
    "Maasboulevard|Rijnkade|Waalbandijk|IJsselkade|Vechtstraat|Amstelveld|Zaagmolenkade|Hofstede|"
    "Akkerwinde|Klimopstraat|Lavendelveld|Rozemarijnstraat|Hazelnootweg|Walnotenlaan|Appelgaard|"
    "Perenhof|Kersenboomgaard|Hoogstraat|Laagstraat|Voorstraat|Achterstraat|Kruisstraat|Bredeweg|"
    "Ringbaan-Oost|Singel|Kanaalweg|Sluisweg|Veerweg|Dijkweg|Zandpad|Kleiweg|Middenweg|Kortenaerkade|"
    "Rue de la Station|Grote Markt|Meir|Kouter|Steenweg op Gent|Brugsesteenweg|Diestsestraat")
BE_STREETS = _split("Kerkstraat|Stationsstraat|Brugsesteenweg|Diestsestraat|Kouterstraat|"
                    "Meersstraat|Veldstraat|Molenstraat|Dorpsplein|Nieuwstraat|Leuvensesteenweg|"
                    "Hoogstraat|Zavelstraat|Kapelstraat|Beekstraat|Ringlaan")
CITIES = _split(
    "Amsterdam|Rotterdam|Utrecht|Den Haag|Eindhoven|Groningen|Tilburg|Almere|Breda|Nijmegen|"
    "Apeldoorn|Haarlem|Arnhem|Enschede|Amersfoort|Zaandam|Zwolle|Leiden|Maastricht|Dordrecht|"
    "Zoetermeer|Ede|Leeuwarden|Alkmaar|Emmen|Delft|Venlo|Deventer|Helmond|Hilversum|Oss|Amstelveen|"
    "Roosendaal|Purmerend|Schiedam|Lelystad|Hoorn|Vlaardingen|Gouda|Assen|Bergen op Zoom|Capelle aan den IJssel|"
    "Veenendaal|Katwijk|Zeist|Nieuwegein|Heerhugowaard|Hardenberg|Doetinchem|Den Helder|Hoogeveen|"
    "Terneuzen|Middelburg|Kampen|Woerden|Heerenveen|Sneek|Drachten|Harderwijk|Barneveld|Culemborg|"
    "Tiel|Wageningen|Weert|Roermond|Sittard|Heerlen|Kerkrade|Goes|Vlissingen|Meppel|Steenwijk|"
    "Winterswijk|Zutphen|Almelo|Hengelo|Oldenzaal|Uden|Veghel|Boxtel|Waalwijk|Oosterhout|Gorinchem|"
    "Zaltbommel|Beverwijk|Heemskerk|Castricum|Bussum|Huizen|Naarden|IJsselstein|Houten|Bodegraven|"
    "Alphen aan den Rijn|Voorburg|Rijswijk|Wassenaar|Noordwijk|Lisse|Hillegom|Edam|Volendam|Franeker|"
    "Dokkum|Bolsward|Joure|Winschoten|Veendam|Stadskanaal|Coevorden|Valkenswaard|Best|Geldrop|Nuenen")
BE_CITIES = [("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge"),
             ("2800", "Mechelen"), ("3500", "Hasselt"), ("8500", "Kortrijk"), ("9300", "Aalst"),
             ("2300", "Turnhout"), ("9100", "Sint-Niklaas"), ("8400", "Oostende"), ("3800", "Sint-Truiden"),
             ("2500", "Lier"), ("9200", "Dendermonde"), ("8800", "Roeselare")]

MAIL_DOMAINS = _split("gmail.com|hotmail.com|outlook.com|live.nl|ziggo.nl|kpnmail.nl|xs4all.nl|icloud.com|"
                      "planet.nl|home.nl|hetnet.nl|casema.nl|upcmail.nl|quicknet.nl|online.nl|zeelandnet.nl|"
                      "yahoo.com|protonmail.com|hotmail.nl|outlook.nl|me.com|kpnplanet.nl|solcon.nl")
BE_DOMAINS = _split("telenet.be|skynet.be|proximus.be|gmail.com|hotmail.be|outlook.be")

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
MONTHS_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_ABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "RBRB", "TRIO", "KNAB", "BUNQ", "FVLB", "HAND", "DEUT",
            "ABNA", "INGB", "RABO", "RABO", "INGB", "ABNA"]
AREA2 = ["010", "020", "030", "040", "043", "045", "046", "050", "053", "055", "058", "070", "071", "072",
         "073", "074", "075", "076", "077", "078", "079", "013", "015", "023", "024", "026", "033", "035",
         "036", "038"]
AREA3 = ["0111", "0113", "0118", "0161", "0162", "0164", "0165", "0172", "0180", "0182", "0183", "0222",
         "0223", "0228", "0229", "0251", "0252", "0255", "0294", "0297", "0299", "0313", "0314", "0315",
         "0317", "0318", "0320", "0321", "0341", "0342", "0343", "0344", "0345", "0346", "0347", "0348",
         "0411", "0412", "0413", "0416", "0418", "0475", "0478", "0481", "0485", "0486", "0487", "0488",
         "0492", "0493", "0495", "0497", "0499", "0511", "0512", "0513", "0514", "0515", "0516", "0517",
         "0518", "0519", "0521", "0522", "0523", "0524", "0525", "0527", "0528", "0529", "0541", "0543",
         "0544", "0545", "0546", "0547", "0548", "0561", "0562", "0566", "0570", "0571", "0572", "0573",
         "0575", "0577", "0578", "0591", "0592", "0593", "0594", "0595", "0596", "0597", "0598", "0599"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
PLATE_BAD = ("SS", "SD", "SA", "PVV", "NSB", "GVD", "KKK", "TBS", "SGP", "PKK", "VVD", "FVD", "KVT", "LPF")


# ----------------------------------------------------------------------------------------------
# Validity helpers
# ----------------------------------------------------------------------------------------------
def iban_ok(v):
    s = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in r)
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"


def elf_ok(digits):
    if len(digits) != 9 or not digits.isdigit():
        return False
    s = sum(int(digits[i]) * (9 - i) for i in range(8)) - int(digits[8])
    return s % 11 == 0


def luhn_ok(v):
    ds = [int(c) for c in v if c.isdigit()]
    tot = 0
    for i, dgt in enumerate(reversed(ds)):
        if i % 2:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0


def ascii_fold(s):
    s = s.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    s = s.replace("ø", "o").replace("đ", "d").replace("Đ", "D").replace("ș", "s").replace("ț", "t")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}


def sig_tokens(value):
    """Words of 4+ letters of a name/street (scorer's rule, plus the parts of hyphenated words)."""
    out = set()
    for t in re.findall(r"[^\W\d_][\w'’-]*", value):
        parts = [t] + re.split(r"[-'’]", t)
        for p in parts:
            if len(p) >= 4 and p.lower() not in INTERFIX:
                out.add(p)
    return out


# ----------------------------------------------------------------------------------------------
# The document builder: every generator call both produces a value and records its label.
# ----------------------------------------------------------------------------------------------
class Person:
    def __init__(self, d, origin, gender, first, surname):
        self.d, self.origin, self.gender, self.first = d, origin, gender, first
        words = surname.split(" ")
        tv = []
        while len(words) > 1 and words[0] in PARTICLES:
            tv.append(words.pop(0))
        self.tv = " ".join(tv)
        self.last = " ".join(words)

    # plain strings (not registered)
    def _sur(self):
        return (self.tv + " " + self.last) if self.tv else self.last

    def _sur_cap(self):
        return (self.tv[0].upper() + self.tv[1:] + " " + self.last) if self.tv else self.last

    def _initials(self, extra=0):
        parts = re.split(r"[- ]", self.first)
        ini = "".join(p[0].upper() + "." for p in parts if p)
        for _ in range(extra):
            ini += self.d.r.choice("ACEGHJKLMPRSTW") + "."
        return ini

    @property
    def he(self):
        return self.gender == "m"

    # registered forms
    def full(self):
        return self.d.M("PERSOON", f"{self.first} {self._sur()}")

    def fn(self):
        return self.d.M("PERSOON", self.first)

    def sn(self):
        """Surname alone (after a title: 'mevrouw De Vries')."""
        return self.d.M("PERSOON", self._sur_cap())

    def ini(self, extra=None):
        if extra is None:
            extra = self.d.r.choice([0, 0, 0, 1, 1, 2])
        return self.d.M("PERSOON", f"{self._initials(extra)} {self._sur()}")

    def fn_ini(self):
        """'Vlad P.' - given name plus initial of the surname."""
        return self.d.M("PERSOON", f"{self.first} {self.last[0].upper()}.")

    def caps(self):
        return self.d.M("PERSOON", f"{self.first} {self._sur()}".upper())

    def caps_sur(self):
        return self.d.M("PERSOON", self._sur_cap().upper())

    def low(self):
        return self.d.M("PERSOON", self.first.lower())

    def lowfull(self):
        return self.d.M("PERSOON", f"{self.first} {self._sur()}".lower())

    def sur_first(self):
        """Administrative 'Vries, Fenna de' / 'Yilmaz, Ayse'."""
        if self.tv:
            return self.d.M("PERSOON", f"{self.last}, {self.first} {self.tv}")
        return self.d.M("PERSOON", f"{self.last}, {self.first}")

    def any(self):
        """Full name or initials, the most common written forms."""
        return self.full() if self.d.p(0.75) else self.ini()

    def title(self, style="nl"):
        """'mevrouw De Vries' / 'dhr. El Amrani' -> registers only the surname."""
        if style == "en":
            t = "Mr" if self.he else self.d.c(["Ms", "Mrs"])
        elif style == "brief":
            t = "heer" if self.he else "mevrouw"
        else:
            t = self.d.c(["meneer", "dhr.", "de heer"]) if self.he else self.d.c(["mevrouw", "mevr.", "mw."])
        return f"{t} {self.sn()}"

    def aanhef(self, formal=None):
        if formal:
            r = self.d.r.random()
            if r < 0.55:
                return f"Geachte {'heer' if self.he else 'mevrouw'} {self.sn()}"
            if r < 0.8:
                return f"Beste {'heer' if self.he else 'mevrouw'} {self.sn()}"
            return f"Geachte {'heer' if self.he else 'mevrouw'} {self.ini()}" if self.d.p(0.5) else f"Beste {self.full()}"
        if formal is False:
            return self.d.c(["Beste", "Hoi", "Hallo", "Hey", "Dag"]) + " " + self.fn()
        r = self.d.r.random()
        if r < 0.35:
            return f"Geachte {'heer' if self.he else 'mevrouw'} {self.sn()}"
        if r < 0.7:
            return f"Beste {self.fn()}"
        if r < 0.85:
            return f"Beste {self.full()}"
        return f"Hallo {self.fn()}"

    def ascii_first(self):
        return slug(self.first)

    def ascii_sur(self):
        return slug(self._sur())

    def ascii_last(self):
        return slug(self.last)


class Addr:
    def __init__(self, d, street, pc, city, be=False):
        self.d, self._st, self._pc, self.city, self.be = d, street, pc, city, be

    @property
    def st(self):
        return self.d.M("ADRES", self._st)

    @property
    def pc(self):
        # Belgian 4-digit postcodes are not labelled (a whole town, not an address)
        return self._pc if self.be else self.d.M("POSTCODE", self._pc)

    @property
    def line(self):
        return f"{self.st}, {self.pc} {self.city}"

    @property
    def street_name(self):
        return self._st.rsplit(" ", 1)[0]


class Doc:
    def __init__(self, rng, tid):
        self.r, self.tid = rng, tid
        self.masks, self.keeps, self.blocks = [], [], []
        self.people = []
        self.domains = {}
        self.today = datetime.date(2025, 1, 6) + datetime.timedelta(days=rng.randint(0, 540))

    # randomness
    def c(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def i(self, a, b):
        return self.r.randint(a, b)

    def alt(self, *fns):
        """Pick one of several lambdas and call only that one (so only its values get registered)."""
        return self.c(fns)()

    def sample(self, seq, k):
        return self.r.sample(seq, k)

    # registration
    def M(self, label, v):
        self.masks.append((label, v))
        return v

    def K(self, v):
        self.keeps.append(v)
        return v

    def B(self, cat):
        if cat not in self.blocks:
            self.blocks.append(cat)

    # people ---------------------------------------------------------------------------------
    def person(self, origin=None, gender=None, mix=0.08):
        if origin is None:
            origin = self.r.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
        elif isinstance(origin, (list, tuple)):
            origin = self.c(origin)
        if gender is None:
            gender = self.c("mf")
        m, f, s = NAMES[origin]
        first = self.c(m if gender == "m" else f)
        sur_origin = origin
        if self.p(mix):
            sur_origin = self.r.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
        surname = gender_surname(self.c(NAMES[sur_origin][2]), sur_origin, gender)
        if origin in ("nl", "fy", "li") and self.p(0.04):       # double (married) surname
            surname = surname + "-" + self.c(NAMES[self.c(["nl", "nl", "fy", "li", "ma", "tr"])][2])
        clash = first.lower() in surname.lower() or surname.split(" ")[-1].lower() in first.lower()
        for q in self.people:                                   # no two people with the same word
            if q.first == first or q.last == surname.split(" ")[-1]:
                clash = True
        if clash:
            return self.person(origin, gender, mix)
        pers = Person(self, origin, gender, first, surname)
        self.people.append(pers)
        return pers

    def relative(self, p, gender=None):
        """A family member: same surname, same origin, another given name (e.g. a child or spouse)."""
        gender = gender or self.c("mf")
        m, f, _ = NAMES[p.origin]
        for _ in range(50):
            first = self.c(m if gender == "m" else f)
            if all(q.first != first for q in self.people):
                break
        sur = gender_surname((p.tv + " " + p.last) if p.tv else p.last, p.origin, gender)
        q = Person(self, p.origin, gender, first, sur)
        self.people.append(q)
        return q

    def people_n(self, n, origin=None):
        return [self.person(origin) for _ in range(n)]

    # contact data ---------------------------------------------------------------------------
    def dom(self, company):
        """One mail domain per company within a document."""
        if company not in self.domains:
            self.domains[company] = slug(company) + self.c([".nl", ".nl", ".nl", ".nl", ".com", ".eu"])
        return self.domains[company]

    def email(self, pers=None, domain=None, company=None):
        if pers is None:
            local = self.c(["info", "contact", "administratie", "planning", "service", "hallo", "kantoor",
                            "facturen", "support", "verkoop", "balie"])
            dom = domain or self.dom(company)
            return self.M("EMAIL", f"{local}@{dom}")
        f, s, l = pers.ascii_first(), pers.ascii_sur(), pers.ascii_last()
        if domain is None:
            if company:
                domain = self.dom(company)
            else:
                domain = self.c(BE_DOMAINS if pers.origin == "be" else MAIL_DOMAINS)
        styles = [f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s}", f"{f}_{s}", f"{f}{self.i(1, 99)}", f"{f}.{l}",
                  f"{s}.{f}", f"{f[0]}{l}", f"{f}-{l}", f"{f}"]
        local = self.c(styles[:6] if company else styles)
        return self.M("EMAIL", f"{local}@{domain}")

    def phone(self, kind="mobile", fmt=None):
        if kind == "any":
            kind = self.c(["mobile", "mobile", "land"])
        dg = lambda n: "".join(str(self.i(0, 9)) for _ in range(n))
        if kind == "mobile":
            sub = self.c("12345678") + dg(7)
            forms = [f"06{sub}", f"06-{sub}", f"06 {sub}", f"06 {sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}",
                     f"06-{sub[:4]} {sub[4:]}", f"06 - {sub[:3]} {sub[3:6]} {sub[6:]}", f"+31 6 {sub}",
                     f"+316{sub}", f"+31 (0)6 {sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}",
                     f"0031 6 {sub}", f"(06) {sub}", f"+31 6 {sub[:4]} {sub[4:]}", f"06.{sub[:2]}.{sub[2:4]}.{sub[4:6]}.{sub[6:]}",
                     f"+31 (0)6-{sub}"]
        elif kind in ("land", "biz"):
            if kind == "biz" and self.p(0.3):
                area = self.c(["085", "088"])
            else:
                area = self.c(AREA2 + AREA3)
            rest = dg(10 - len(area))
            rest = str(self.i(2, 9)) + rest[1:]
            a0 = area[1:]
            if len(area) == 3:
                forms = [f"{area}-{rest}", f"{area} {rest[:3]} {rest[3:]}", f"({area}) {rest[:3]} {rest[3:5]} {rest[5:]}",
                         f"{area}{rest}", f"+31 {a0} {rest[:3]} {rest[3:]}", f"+31 (0){a0} {rest[:3]} {rest[3:5]} {rest[5:]}",
                         f"0031 {a0} {rest}", f"{area} - {rest[:3]} {rest[3:5]} {rest[5:]}", f"+31{a0}{rest}"]
            else:
                forms = [f"{area}-{rest}", f"{area} {rest[:2]} {rest[2:4]} {rest[4:]}", f"({area}) {rest}",
                         f"{area}{rest}", f"+31 {a0} {rest}", f"+31 (0){a0} {rest[:2]} {rest[2:4]} {rest[4:]}",
                         f"0031 {a0} {rest}", f"{area}-{rest[:2]} {rest[2:4]} {rest[4:]}"]
        elif kind == "be":
            if self.p(0.6):
                pre = self.c(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484",
                              "485", "486", "487", "488", "489", "494", "495", "496", "497", "498", "499"])
                r_ = dg(6)
                forms = [f"0{pre} {r_[:2]} {r_[2:4]} {r_[4:]}", f"0{pre}/{r_[:2]}.{r_[2:4]}.{r_[4:]}",
                         f"+32 {pre} {r_[:2]} {r_[2:4]} {r_[4:]}", f"+32 (0){pre} {r_[:2]} {r_[2:4]} {r_[4:]}",
                         f"0{pre}{r_}", f"0032 {pre} {r_}"]
            else:
                pre = self.c(["9", "3", "2", "16", "50", "56", "53", "11", "15", "14", "52"])
                r_ = dg(8 - len(pre))
                forms = [f"0{pre} {r_[:-4]} {r_[-4:-2]} {r_[-2:]}", f"0{pre}/{r_[:-4]}.{r_[-4:-2]}.{r_[-2:]}",
                         f"+32 {pre} {r_[:-4]} {r_[-4:-2]} {r_[-2:]}"]
        elif kind == "de":
            forms = [f"+49 {self.c(['151', '160', '171', '176'])} {dg(7)}", f"+49 (0){self.c(['211', '221', '241', '2821'])} {dg(6)}"]
        elif kind == "uk":
            forms = [f"+44 20 7{dg(3)} {dg(4)}", f"+44 7{dg(3)} {dg(6)}", f"+44 (0)161 {dg(3)} {dg(4)}"]
        else:
            raise ValueError(kind)
        v = forms[fmt] if isinstance(fmt, int) else self.c(forms)
        return self.M("TELEFOON", v)

    def addr(self, be=False, compact=None):
        """An address; its parts are registered when used: a.st (ADRES), a.pc (POSTCODE), a.city."""
        if be:
            street = self.c(BE_STREETS)
            num = str(self.i(1, 240)) + self.c(["", "", "", "/2", " bus 3", "A", "/101"])
            pc, city = self.c(BE_CITIES)
            return Addr(self, f"{street} {num}", pc, city, be=True)
        street = self.c(STREETS[:-7])
        n = self.i(1, 260)
        add = self.r.choices(["", "a", "b", "A", "B", "-1", "-2", "-3", " bis", " II", "-hs", " A", " rood", "-bis", " 2 hoog", "c"],
                             weights=[50, 6, 5, 4, 3, 3, 3, 2, 2, 2, 1, 2, 1, 1, 1, 1])[0]
        pc_num = self.i(1011, 9999)
        while True:
            l1, l2 = self.c("ABCDEGHJKLMNPRSTVWXZ"), self.c("ABCDEGHJKLMNPRSTVWXZ")
            if l1 + l2 not in ("SA", "SD", "SS"):
                break
        if compact is None:
            compact = self.p(0.35)
        pc = f"{pc_num}{l1}{l2}" if compact else f"{pc_num} {l1}{l2}"
        return Addr(self, f"{street} {n}{add}", pc, self.c(CITIES))

    def iban(self, country="NL", spaced=None):
        if country == "NL":
            bban = self.c(NL_BANKS) + "".join(str(self.i(0, 9)) for _ in range(10))
        elif country == "BE":
            core = "".join(str(self.i(0, 9)) for _ in range(10))
            chk = int(core) % 97 or 97
            bban = f"{core}{chk:02d}"
        elif country == "DE":
            bban = "".join(str(self.i(0, 9)) for _ in range(18))
        else:
            raise ValueError(country)
        v = iban_make(country, bban)
        if spaced is None:
            spaced = self.p(0.5)
        if spaced:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return self.M("IBAN", v)

    def bsn(self, fmt=None):
        while True:
            ds = str(self.i(1, 9)) + "".join(str(self.i(0, 9)) for _ in range(7))
            s = sum(int(ds[i]) * (9 - i) for i in range(8)) % 11
            if s != 10:
                v = ds + str(s)
                if elf_ok(v):
                    break
        forms = [v, v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]}.{v[3:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}",
                 f"{v[:3]}-{v[3:6]}-{v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}"]
        return self.M("BSN", forms[fmt] if isinstance(fmt, int) else self.c(forms))

    def bdate(self, style=None, lo=1938, hi=2008):
        dt = datetime.date(self.i(lo, hi), self.i(1, 12), self.i(1, 28))
        forms = [f"{dt.day:02d}-{dt.month:02d}-{dt.year}", f"{dt.day}-{dt.month}-{dt.year}",
                 f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}", f"{dt.year}-{dt.month:02d}-{dt.day:02d}",
                 f"{dt.day:02d}/{dt.month:02d}/{dt.year}", f"{dt.day:02d}.{dt.month:02d}.{dt.year}",
                 f"{dt.day} {MONTHS_ABBR[dt.month - 1]} {dt.year}", f"{dt.day} {MONTHS_ABBR[dt.month - 1]}. {dt.year}"]
        if style == "en":
            v = self.c([f"{MONTHS_EN[dt.month - 1]} {dt.day}, {dt.year}", f"{dt.day} {MONTHS_EN[dt.month - 1]} {dt.year}",
                        f"{dt.day:02d}/{dt.month:02d}/{dt.year}"])
        else:
            v = forms[style] if isinstance(style, int) else self.c(forms)
        return self.M("GEBOORTEDATUM", v)

    def plate(self, fmt=None):
        L = lambda n: "".join(self.c(PLATE_LETTERS) for _ in range(n))
        D = lambda n: "".join(str(self.i(0, 9)) for _ in range(n))
        codes = [lambda: f"{L(2)}-{D(2)}-{D(2)}", lambda: f"{D(2)}-{D(2)}-{L(2)}", lambda: f"{D(2)}-{L(2)}-{D(2)}",
                 lambda: f"{L(2)}-{D(2)}-{L(2)}", lambda: f"{L(2)}-{L(2)}-{D(2)}", lambda: f"{D(2)}-{L(2)}-{L(2)}",
                 lambda: f"{D(2)}-{L(3)}-{D(1)}", lambda: f"{D(1)}-{L(3)}-{D(2)}", lambda: f"{L(2)}-{D(3)}-{L(1)}",
                 lambda: f"{L(1)}-{D(3)}-{L(2)}", lambda: f"{L(3)}-{D(2)}-{L(1)}", lambda: f"{L(1)}-{D(2)}-{L(3)}",
                 lambda: f"{D(1)}-{L(2)}-{D(3)}", lambda: f"{D(3)}-{L(2)}-{D(1)}"]
        weights = [2, 2, 2, 2, 3, 3, 8, 8, 8, 8, 8, 6, 5, 4]
        while True:
            v = self.r.choices(codes, weights=weights)[0]()
            letters = re.sub(r"[^A-Z]", "", v)
            if not any(b in letters for b in PLATE_BAD):
                break
        if fmt == "nodash" or (fmt is None and self.p(0.08)):
            v = v.replace("-", "")
        return self.M("KENTEKEN", v)

    def apikey(self, kind=None):
        A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        rs = lambda n, al=A: "".join(self.c(al) for _ in range(n))
        hexs = lambda n: rs(n, "0123456789abcdef")
        kinds = {
            "openai": lambda: "sk-proj-" + rs(20) + "-" + rs(27) + "_" + rs(12),
            "openai_old": lambda: "sk-" + rs(48),
            "anthropic": lambda: "sk-ant-api03-" + rs(40) + "-" + rs(20) + "_" + rs(31) + "AA",
            "github": lambda: "ghp_" + rs(36),
            "github_pat": lambda: "github_pat_11" + rs(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_" + rs(59),
            "gitlab": lambda: "glpat-" + rs(20),
            "aws": lambda: "AKIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
            "google": lambda: "AIza" + rs(35, A + "-_"),
            "slack": lambda: f"xoxb-{rs(11, '0123456789')}-{rs(12, '0123456789')}-{rs(24)}",
            "stripe": lambda: self.c(["sk_live_", "rk_live_"]) + rs(self.c([24, 34, 99])),
            "mollie": lambda: self.c(["live_", "test_"]) + rs(30),
            "sendgrid": lambda: "SG." + rs(22, A + "-_") + "." + rs(43, A + "-_"),
            "hf": lambda: "hf_" + rs(34),
            "twilio": lambda: "SK" + hexs(32),
            "mailchimp": lambda: hexs(32) + "-us" + str(self.i(2, 21)),
            "postmark": lambda: f"{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}",
            "generic": lambda: hexs(40),
        }
        if kind is None:
            kind = self.c(list(kinds))
        return self.M("API_SLEUTEL", kinds[kind]())

    def password(self, style=None):
        A = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        rs = lambda n: "".join(self.c(A) for _ in range(n))
        words = ["Tulp", "Fiets", "Regen", "Molen", "Kaas", "Zomer", "Winter", "Haring", "Dijk", "Klomp",
                 "Appel", "Brood", "Tomaat", "Boot", "Wolk", "Vlinder", "Koffie", "Sneeuw", "Zand", "Bever"]
        sp = "!@#$%&*?+="
        styles = [
            lambda: rs(self.i(8, 14)) + self.c(sp) + str(self.i(10, 99)),
            lambda: self.c(words) + self.c(words).lower() + str(self.i(1, 99)) + self.c(sp),
            lambda: "-".join(self.c(words) for _ in range(3)) + "-" + str(self.i(10, 99)),
            lambda: self.c(["Welkom", "Zomer", "Lente", "Herfst", "Voorjaar", "Kerst"]) + str(self.i(2019, 2026)) + self.c("!#?"),
            lambda: rs(4) + self.c(sp) + rs(4) + self.c(sp) + rs(4),
            lambda: self.c(words) + self.c(sp) + str(self.i(1000, 9999)) + self.c(words).lower(),
            lambda: rs(16),
        ]
        v = styles[style]() if isinstance(style, int) else self.c(styles)()
        return self.M("WACHTWOORD", v)

    def card(self):
        pre = self.c(["4", "4", "51", "52", "53", "54", "55", "2221", "37", "34"])
        n = 15 if pre in ("34", "37") else 16
        while True:
            body = pre + "".join(str(self.i(0, 9)) for _ in range(n - len(pre) - 1))
            for last in "0123456789":
                if luhn_ok(body + last):
                    v = body + last
                    break
            break
        if n == 16:
            v = self.c([" ".join(v[i:i + 4] for i in range(0, 16, 4)), v, "-".join(v[i:i + 4] for i in range(0, 16, 4))])
        else:
            v = self.c([f"{v[:4]} {v[4:10]} {v[10:]}", v])
        return self.M("CREDITCARD", v)

    def ip(self):
        first = self.c([31, 37, 45, 62, 77, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 94, 145, 176, 178, 185, 188, 194, 212, 213, 217])
        return self.M("IP", f"{first}.{self.i(0, 255)}.{self.i(0, 255)}.{self.i(1, 254)}")

    # keep values --------------------------------------------------------------------------
    def money(self, lo=10, hi=2000, cents=None, style=None, keep=True):
        val = self.r.uniform(lo, hi)
        if cents is None:
            cents = self.p(0.45)
        euros = int(val)
        c = self.i(0, 99) if cents else 0
        if cents and self.p(0.3):
            c = self.c([0, 50, 95, 25, 75])
        th = lambda n: f"{n:,}".replace(",", ".")
        if cents:
            forms = [f"€ {th(euros)},{c:02d}", f"€{th(euros)},{c:02d}", f"EUR {th(euros)},{c:02d}",
                     f"{th(euros)},{c:02d} euro", f"€ {euros},{c:02d}", f"{th(euros)},{c:02d} EUR", f"€ {th(euros)},{c:02d}"]
        else:
            forms = [f"€ {th(euros)},-", f"€{th(euros)},-", f"€ {th(euros)}", f"€{th(euros)}", f"{th(euros)} euro",
                     f"EUR {th(euros)}", f"€ {th(euros)},00", f"{euros} EUR", f"{th(euros)} euro"]
        v = forms[style] if isinstance(style, int) else self.c(forms)
        return self.K(v) if keep else v

    def eur(self, value, style=None, keep=True):
        """Format a known amount (float) in one of the Dutch notations."""
        euros, c = int(value), int(round((value - int(value)) * 100))
        if c == 100:
            euros, c = euros + 1, 0
        th = lambda n: f"{n:,}".replace(",", ".")
        forms = [f"€ {th(euros)},{c:02d}", f"€{th(euros)},{c:02d}", f"EUR {th(euros)},{c:02d}", f"{th(euros)},{c:02d}",
                 f"€ {euros},{c:02d}", f"{th(euros)},{c:02d} EUR"]
        v = forms[style] if isinstance(style, int) else self.c(forms)
        return self.K(v) if keep else v

    def money_en(self, lo=50, hi=5000, cur=None):
        cur = cur or self.c(["€", "£", "$", "EUR "])
        val = self.r.uniform(lo, hi)
        v = f"{cur}{val:,.2f}"
        return self.K(v)

    def date(self, ahead=(1, 60), style=None, keep=True, en=False):
        dt = self.today + datetime.timedelta(days=self.i(*ahead))
        wd = dt.weekday()
        if en:
            forms = [f"{DAYS_EN[wd]} {dt.day} {MONTHS_EN[dt.month - 1]}", f"{DAYS_EN[wd]}, {MONTHS_EN[dt.month - 1]} {dt.day}",
                     f"{dt.day} {MONTHS_EN[dt.month - 1]} {dt.year}"]
        else:
            forms = [f"{DAYS[wd]} {dt.day} {MONTHS[dt.month - 1]}", f"{DAYS[wd]} {dt.day} {MONTHS[dt.month - 1]} {dt.year}",
                     f"{dt.day} {MONTHS[dt.month - 1]}", f"{DAYS_ABBR[wd]} {dt.day}-{dt.month}", f"{dt.day:02d}-{dt.month:02d}-{dt.year}",
                     f"{DAYS_ABBR[wd]} {dt.day} {MONTHS_ABBR[dt.month - 1]}", f"{dt.day}/{dt.month}", f"{DAYS[wd]} {dt.day}/{dt.month}"]
        v = forms[style] if isinstance(style, int) else self.c(forms)
        return self.K(v) if keep else v

    def day(self, keep=True):
        v = self.c(DAYS[:6])
        return self.K(v) if keep else v

    def month(self, keep=True):
        v = self.c(MONTHS)
        return self.K(v) if keep else v

    def time(self, keep=True, lo=7, hi=19):
        h, mi = self.i(lo, hi), self.c([0, 0, 0, 15, 30, 30, 45])
        v = self.c([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} uur", f"{h}:{mi:02d}", f"{h:02d}.{mi:02d}u", f"{h}.{mi:02d}"])
        return self.K(v) if keep else v

    def btw(self, rate=None):
        rate = rate or self.c(["21", "21", "21", "9"])
        return self.K(self.c([f"{rate}%", f"{rate} %", f"{rate}%"]))

    def span(self, lo=7, hi=18, keep=True):
        """A time range with the end after the start: '08:30-12:00', '9.00-13.30 uur'."""
        h1 = self.i(lo, hi - 1)
        h2 = self.i(h1 + 1, min(hi + 2, 23))
        m1, m2 = self.c([0, 0, 15, 30, 45]), self.c([0, 0, 15, 30, 45])
        st = self.i(0, 3)
        if st == 0:
            v = f"{h1:02d}:{m1:02d}-{h2:02d}:{m2:02d}"
        elif st == 1:
            v = f"{h1}.{m1:02d}-{h2}.{m2:02d} uur"
        elif st == 2:
            v = f"{h1}:{m1:02d} - {h2}:{m2:02d}"
        else:
            v = f"{h1:02d}.{m1:02d}-{h2:02d}.{m2:02d}"
        return self.K(v) if keep else v

    def pct(self, lo=1, hi=30, keep=True):
        v = self.c([f"{self.i(lo, hi)}%", f"{self.i(lo, hi)} %", f"{self.i(lo, hi)},5%", f"{self.i(lo, hi)} procent"])
        return self.K(v) if keep else v

    def order9(self, keep=True):
        while True:
            v = str(self.c([1, 2, 3, 4, 5, 7, 8, 9])) + "".join(str(self.i(0, 9)) for _ in range(8))
            if not elf_ok(v):
                break
        return self.K(v) if keep else v

    def ref(self, prefix=None, keep=True):
        y = self.today.year
        forms = [f"{prefix or self.c(['F', 'INV', 'FAC', 'ORD', 'OFF', 'TCK', 'WO', 'BST'])}-{y}-{self.i(1, 9999):04d}",
                 f"#{self.i(10000, 99999)}", f"{prefix or self.c(['F', 'O', 'W'])}{str(y)[2:]}{self.i(100, 9999):04d}",
                 f"{y}{self.i(100, 999)}", f"{prefix or 'REF'}{self.i(100000, 999999)}"]
        v = self.c(forms)
        return self.K(v) if keep else v

    def city(self, keep=True):
        v = self.c(CITIES)
        return self.K(v) if keep else v

    def kw(self, v):
        return self.K(v)


# ----------------------------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------------------------
RE_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
RE_IBAN = re.compile(r"\b(?:NL|BE|DE)\d{2}(?: ?[A-Z0-9]{4}){2,4}(?: ?[A-Z0-9]{1,4})?\b")
RE_MOBILE = re.compile(r"(?<![\w.,-])(?:\(?06\)?|\+31 ?(?:\(0\))?-? ?6|0031 ?6)[ .-]{0,3}\d(?:[ .-]{0,3}\d){7}(?!\d)")
RE_PC = re.compile(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])")
RE_NUM9 = re.compile(r"(?<![\d.,-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[. -]\d{3}[. -]\d{3}|\d{4} \d{2} \d{3})(?![\d,-])")


class Reject(Exception):
    pass


def simulate(text, masks):
    """A perfect anonymizer: replace every mask value at word boundaries, longest first."""
    out = text
    vals = sorted({v for _, v in masks}, key=len, reverse=True)
    for v in vals:
        pat = re.compile(r"(?<![\w])" + re.escape(v) + r"(?![\w])")
        out = pat.sub("[X]", out)
    return out


def validate(text, masks, keeps):
    for label, v in masks:
        if v not in text:
            raise Reject(f"mask value not in text: {label} {v!r}")
        if label == "IBAN" and not iban_ok(v):
            raise Reject(f"bad iban {v}")
        if label == "BSN" and not elf_ok(re.sub(r"\D", "", v)):
            raise Reject(f"bad bsn {v}")
        if label == "CREDITCARD" and not luhn_ok(v):
            raise Reject(f"bad card {v}")
    for v in keeps:
        if v not in text:
            raise Reject(f"keep value not in text: {v!r}")
        digits = re.sub(r"\D", "", v)
        if re.fullmatch(r"\d{9}", v) and elf_ok(v):
            raise Reject(f"keep number passes 11-proef: {v}")
        if len(digits) == 9 and v.replace(".", "").replace(" ", "").isdigit() and elf_ok(digits):
            raise Reject(f"keep number passes 11-proef: {v}")
    out = simulate(text, masks)
    for label, v in masks:
        if v in out:
            raise Reject(f"mask value survives as substring: {label} {v!r}")
    low = out.lower()
    for label, v in masks:
        if label in ("PERSOON", "ADRES"):
            for t in sig_tokens(v):
                if re.search(r"(?<![\w])" + re.escape(t.lower()) + r"(?![\w])", low):
                    raise Reject(f"word of {label} {v!r} survives: {t!r}")
    for v in keeps:
        if v not in out:
            raise Reject(f"keep value destroyed by masking: {v!r}")
    # nothing unlabelled left over (keep values such as "Growatt MIN 3600TL" are allowed to look odd)
    for v in sorted(set(keeps), key=len, reverse=True):
        out = out.replace(v, "[K]")
    for m in RE_EMAIL.finditer(out):
        raise Reject(f"unlabelled email {m.group(0)}")
    for m in RE_IBAN.finditer(out):
        if iban_ok(m.group(0)):
            raise Reject(f"unlabelled iban {m.group(0)}")
    for m in RE_MOBILE.finditer(out):
        if re.search(r"\d{1,2}-\d{1,2}-\d{4}", m.group(0)):
            continue
        raise Reject(f"unlabelled mobile near {out[m.start():m.start() + 20]!r}")
    for m in RE_PC.finditer(out):
        raise Reject(f"unlabelled postcode {m.group(0)}")
    for m in RE_NUM9.finditer(out):
        ds = re.sub(r"\D", "", m.group(1))
        if len(ds) == 9 and elf_ok(ds):
            raise Reject(f"unlabelled 11-proef number {m.group(1)}")


TEMPLATES = []   # (name, kind, block category or None, function)


def template(kind, block=None):
    def deco(fn):
        TEMPLATES.append((fn.__name__, kind, block, fn))
        return fn
    return deco

# ==============================================================================================
# Templates
# ==============================================================================================
COMPANIES = {
    "hovenier": ["Groenrijk Hoveniers", "Hoveniersbedrijf De Buitenkamer", "Tuinstudio Wildgroei",
                 "Hoveniers Vakwerk Groen", "Buitenleven Tuinen", "Het Groene Hart Hoveniers"],
    "bakker": ["Bakkerij 't Korenaartje", "Warme Bakker De Gouden Krakeling", "Bakkerij Meelspijs",
               "Broodbakkerij De Zuurdesem", "Banketbakkerij Suikerspin"],
    "slager": ["Keurslagerij De Hoeve", "Slagerij 't Hammetje", "Ambachtelijke Slagerij Vleesch & Zo",
               "Streekslagerij Het Malse Stuk"],
    "rijschool": ["Autorijschool Vlot & Veilig", "Rijschool De Groene Golf", "Verkeersschool Koppeling",
                  "Rijschool Spiegel", "Autorijschool Richting"],
    "schoonmaak": ["Schoonmaakbedrijf Glansrijk", "Blinkend Schoon BV", "Facilitair Puur", "SchoonWerk Diensten"],
    "it": ["NetBeheer Oost", "Bitwerk IT", "Kantoor Online BV", "ServerZorg", "Helpdesk Plus", "Systeemlijn ICT"],
    "drukkerij": ["Drukkerij De Pers", "Printwerk Centrum", "Drukkerij Inktvis", "Grafisch Atelier Letterzetter"],
    "event": ["Feest & Zo Evenementen", "Trouwplanner Ja!", "Bureau Mooie Dag", "Events by Confetti"],
    "club": ["v.v. Sportlust", "Tennisvereniging De Kaatsbaan", "Hockeyclub Blauw-Geel",
             "Korfbalvereniging Vlug & Vaardig", "Zwemvereniging De Dolfijn", "Atletiekvereniging Spurt"],
    "muziek": ["Muziekschool De Toonladder", "Muziekatelier Crescendo", "Pop- en Muziekschool Backstage"],
    "huisarts": ["Huisartsenpraktijk De Esdoorn", "Gezondheidscentrum Het Anker", "Huisartsenpraktijk Zuidwijk"],
    "apotheek": ["Apotheek De Gaper", "Service Apotheek Centrum", "Apotheek Het Kruispunt"],
    "uitvaart": ["Uitvaartzorg Eigen Stijl", "Uitvaartverzorging De Laatste Reis", "Uitvaartcentrum Rustpunt"],
    "vastgoed": ["Woonbeheer Noord", "Verhuurbeheer Stadsgracht", "Vastgoedbeheer Pand & Partners", "HuurZaken BV"],
    "fiets": ["Fietsenwinkel Trapkracht", "Tweewielercentrum De Ketting", "Fietsvak Spaak"],
    "garage": ["Autobedrijf De Zuiger", "Garage Motorhuis", "Autoservice Rijklaar", "Garagebedrijf Kruispunt"],
    "solar": ["ZonneDak Installaties", "Solar Zuid BV", "Zonvast Energie", "Helios Installatietechniek"],
    "loodgieter": ["Loodgietersbedrijf Lekvrij", "Installatiebedrijf Warmtepunt", "Sanitair & Zo",
                   "Loodgieter Spoedservice Oost"],
    "vertaal": ["Vertaalbureau Babel", "Translation Office Lingua", "Vertaalbureau Woord voor Woord"],
    "foto": ["Fotostudio Lichtval", "Studio Sluitertijd", "Fotografie Momentopname"],
    "boekhoud": ["Administratiekantoor Balans", "Boekhoudkantoor Debet & Credit", "Cijferwerk Advies"],
    "incasso": ["Incassobureau Vordering BV", "Gerechtsdeurwaarders Trajectum", "Incasso Noord"],
    "winkel": ["Cadeauwinkel Het Pakhuis", "Boekhandel De Omslag", "Kaaswinkel De Boerenkaas", "Speelgoedwinkel Tol",
               "Bloemsierkunst Het Boeket", "Kookwinkel De Pollepel"],
    "groothandel": ["Technische Groothandel Hefboom", "Verpakkingen Direct BV", "Horeca Groothandel Vers & Snel",
                    "Kantoorartikelen Nietje BV", "Bouwstoffen De Kruiwagen"],
    "kapper": ["Kapsalon Knipwerk", "Hairstudio Lokken", "Barbershop Scheermes"],
}


def comp(d, sector):
    return d.c(COMPANIES[sector])


def web(d, company):
    return d.K("www." + d.dom(company))


def closing(d):
    return d.c(["Met vriendelijke groet,", "Met vriendelijke groeten,", "Vriendelijke groet,", "Groet,",
                "Groeten,", "Mvg,", "Hartelijke groet,", "Met hartelijke groet,"])


def sig(d, pers, role, company, mobile=True, land=None, mail=True, website=None, form=None):
    """Outlook-style signature; registers everything."""
    name = pers.full() if (form is None and d.p(0.8)) or form == "full" else pers.ini()
    lines = [name]
    if role:
        lines.append(d.c([f"{role} | {company}", f"{role}\n{company}", f"{role} - {company}"]))
    else:
        lines.append(company)
    if land is None:
        land = d.p(0.6)
    tl = []
    if land:
        tl.append(d.c(["T ", "T: ", "Tel. ", "tel: ", "Kantoor: "]) + d.phone("biz"))
    if mobile:
        tl.append(d.c(["M ", "M: ", "Mob. ", "Mobiel: ", "GSM: " if pers.origin == "be" else "M: "]) +
                  d.phone("be" if pers.origin == "be" and d.p(0.7) else "mobile"))
    if tl:
        lines.append(d.c([" | ", "\n", " · "]).join(tl))
    if mail:
        lines.append(d.c(["E ", "E: ", "", "Mail: "]) + d.email(pers, company=company))
    if website is None:
        website = d.p(0.5)
    if website:
        lines.append(web(d, company))
    return "\n".join(lines)


def sector_staff(d, n=1, origin=None):
    return [d.person(origin) for _ in range(n)]


def bulleted(d, items):
    b = d.c(["- ", "* ", "• ", "– "])
    return "\n".join(b + it for it in items)


# ----------------------------------------------------------------------------------------------
# Garden / landscaping
# ----------------------------------------------------------------------------------------------
@template("hovenier: offerte per e-mail")
def t_hovenier_offerte(d):
    klant, hov = d.person(), d.person()
    co = comp(d, "hovenier")
    a = d.addr()
    m2 = d.i(20, 140)
    plants = d.c(["lavendel, siergras en hortensia's", "beuken haag en vaste planten", "buxusvervangers en rozen",
                  "een leilinde en bodembedekkers"])
    prod = d.K(d.c(["Gardena", "Hunter", "Rain Bird", "Hozelock"]))
    return (f"Onderwerp: {d.kw('Offerte')} aanleg achtertuin\n\n{klant.aanhef(True)},\n\n"
            f"Dank voor de prettige kennismaking op {d.date((-10, -2))}. Zoals besproken stuur ik u hierbij de offerte "
            f"voor de achtertuin aan de {a.st} ({a.pc} {a.city}).\n\n"
            + bulleted(d, [f"ca. {m2} m² oude tegels verwijderen en afvoeren",
                           f"grasveld aanleggen met graszoden ({d.i(10, m2)} m²)",
                           f"border beplanten, o.a. {plants}",
                           f"{prod} druppelslang met tijdklok"]) +
            f"\n\nTotaal {d.money(1800, 14000)} excl. {d.btw('21')} btw. De offerte is {d.K('30 dagen')} geldig. "
            f"Uitvoering is mogelijk vanaf {d.K('week ' + str(d.i(2, 50)))}; we rekenen op {d.i(2, 6)} werkdagen.\n\n"
            f"Heeft u vragen, bel of app mij gerust op {d.phone()}.\n\n{closing(d)}\n\n"
            + sig(d, hov, d.c(["Hovenier", "Tuinontwerper", "Eigenaar", "Projectleider"]), co))


@template("hovenier: WhatsApp ploeg")
def t_hovenier_app(d):
    baas, w1, w2 = d.person(), d.person(), d.person()
    klant = d.person()
    a = d.addr()
    t0 = d.i(6, 7)
    mach = d.K(d.c(["Stihl", "Husqvarna", "Echo", "Makita"]))
    lines = [
        f"[{t0:02d}:{d.i(0, 20):02d}] {baas.fn()}: mannen planning {d.day()}: eerst {klant.title()}, {a.st}, daarna naar {d.city()} voor snoeiwerk",
        f"[{t0:02d}:{d.i(21, 30):02d}] {w1.low()}: top. heb de {mach} heggenschaar mee",
        f"[{t0:02d}:{d.i(31, 40):02d}] {w2.fn()}: ben 10 min later, bus {d.plate()} moet nog tanken",
        f"[{t0:02d}:{d.i(41, 59):02d}] {baas.fn()}: @{w2.fn()} prima. klant is er niet, poort achterom is open. anders even bellen {d.phone()}",
        f"[{t0 + 1:02d}:{d.i(0, 30):02d}] {w1.low()}: container is vol, wie regelt nieuwe?",
        f"[{t0 + 1:02d}:{d.i(31, 59):02d}] {baas.fn()}: doe ik. kosten {d.money(120, 380)} dus niet vol gooien met grond aub",
    ]
    head = d.alt(lambda: "", lambda: "WhatsApp-chat met " + d.K("Ploeg Groen") + "\n", lambda: "Export chat - ploeg buitendienst\n")
    return head + "\n".join(lines)


@template("hovenier: onderhoudscontract getekend", block="SIGNED_CONTRACT")
def t_hovenier_contract(d):
    d.B("SIGNED_CONTRACT")
    klant, hov = d.person(), d.person()
    co = comp(d, "hovenier")
    a = d.addr()
    dt = d.date((-30, -1), style=1)
    return (f"{d.kw('ONDERHOUDSOVEREENKOMST')} TUIN\n\nPartijen:\n1. {co}, vertegenwoordigd door {hov.full()}\n"
            f"2. {klant.full()}, wonende {a.st}, {a.pc} {a.city}\n\n"
            f"Artikel 1 - Werkzaamheden: {d.i(6, 14)} onderhoudsbeurten per jaar (snoeien, onkruid, gazon).\n"
            f"Artikel 2 - Prijs: {d.money(60, 240)} per beurt, gefactureerd per kwartaal.\n"
            f"Artikel 3 - Looptijd: 12 maanden, daarna stilzwijgend verlengd met opzegtermijn van {d.K('1 maand')}.\n\n"
            f"Aldus overeengekomen en ondertekend op {dt}.\n\n"
            f"Opdrachtnemer: {hov.ini()}   (getekend)\nOpdrachtgever: {klant.full()}   (getekend)")


# ----------------------------------------------------------------------------------------------
# Bakery / butcher
# ----------------------------------------------------------------------------------------------
@template("bakkerij: telefoonnotitie bestelling")
def t_bakker_notitie(d):
    staff, klant = d.person(), d.person()
    kind = d.relative(klant) if d.p(0.5) else d.person(klant.origin, mix=0)
    a = d.addr()
    bez = d.p(0.5)
    txt = (f"{d.kw('TELEFOONNOTITIE')} - {d.date((-3, 0), style=4)} {d.time()}\nAangenomen: {staff.fn()}\n"
           f"Klant: {klant.full()}, tel {d.phone('any')}\n\nBestelling:\n"
           f"- 1x {d.c(['slagroomtaart', 'chocoladetaart', 'fraisiertaart', 'kwarktaart'])} {d.i(8, 20)} pers. met tekst "
           f"\"Gefeliciteerd {kind.fn()}!\"\n- {d.i(10, 60)} {d.c(['saucijzenbroodjes', 'krentenbollen', 'tompoucen', 'mini-croissants'])}\n"
           f"- {d.i(1, 4)} {d.c(['desem', 'spelt', 'volkoren'])}broden\n\n")
    if bez:
        txt += f"Bezorgen {d.day()} tussen {d.time()} en {d.time()} op {a.st}, {a.pc} {a.city}.\n"
    else:
        txt += f"Ophalen {d.date()} om {d.time()}.\n"
    txt += f"Prijs {d.money(25, 160, cents=True)}, {d.c(['nog niet betaald', 'betaald met Tikkie', 'pinnen bij ophalen'])}."
    return txt


@template("slagerij: bestelling per mail met geciteerd antwoord")
def t_slager_mail(d):
    klant, slager = d.person(), d.person()
    co = comp(d, "slager")
    n = d.i(8, 40)
    pk = d.K(d.c(["BBQ Royaal", "Gourmet Deluxe", "Buurtfeest XL", "Steengrill Basis"]))
    em = d.email(klant)
    ph = d.phone()
    return (f"Hoi {klant.fn()},\n\nPrima, we zetten het pakket {pk} voor {n} personen voor je klaar op "
            f"{d.date()} vanaf {d.time()}. Met de extra spareribs en {d.c(['vegaburgers', 'groenteschijven', 'halloumi'])} "
            f"komt het op {d.money(90, 600)}. Je kunt betalen bij het ophalen.\n\n{closing(d)}\n{slager.fn()}\n{co}\n\n"
            f"> Op {d.date((-4, -1), style=4, keep=False)} om {d.time(keep=False)} schreef {klant.full()} <{em}>:\n"
            f"> Hallo, wij willen graag het pakket {pk} bestellen voor ons buurtfeest, ongeveer {n} personen.\n"
            f"> Kunnen er ook een paar vegetarische dingen bij? Bel gerust als er iets is: {ph}\n> \n> Groetjes, {klant.fn()}")


@template("bakkerij: horeca-klantenlijst", block="CUSTOMER_LIST")
def t_bakker_horeca(d):
    d.B("CUSTOMER_LIST")
    n = d.i(5, 9)
    rows = []
    zaken = d.sample(["Lunchroom Het Zonnetje", "Café De Hoek", "Hotel Aan Zee", "Brasserie Zout", "Koffiebar Bonen",
                      "Restaurant Vork & Mes", "Strandpaviljoen Golfslag", "Eetcafé De Pomp", "Bistro Kaneel",
                      "Sportkantine Sportlust"], n)
    for z in zaken:
        p = d.person()
        rows.append(f"{z}\t{p.full()}\t{d.phone('any')}\t{d.c(['ma-za', 'di-zo', 'dagelijks', 'vr-zo'])}\t{d.time(lo=5, hi=9)}")
    return (f"Bezorglijst {d.kw('horeca')} vaste klanten (bijgewerkt {d.date((-20, 0), style=4)})\n"
            f"Zaak\tContactpersoon\tTelefoon\tDagen\tLevertijd\n" + "\n".join(rows))


@template("slagerij: kerstbestellingen met telefoonnummers", block="CUSTOMER_LIST")
def t_slager_kerst(d):
    d.B("CUSTOMER_LIST")
    n = d.i(5, 10)
    items = ["rollade", "kalkoenfilet", "beenham", "gourmetschotel", "ossenhaas", "wildzwijnstoof", "hertenbiefstuk"]
    lines = []
    for k in range(n):
        p = d.person()
        nm = p.full() if d.p(0.6) else p.ini()
        lines.append(f"{k + 1}. {nm} - {d.phone('any')} - {d.i(1, 3)}x {d.c(items)} - afhalen {d.c(['23/12', '24/12', '24/12 ochtend', '31/12'])}")
    return (f"{d.kw('Kerstbestellingen')} {d.today.year} (lijst {d.c(['balie', 'telefoon', 'webshop'])})\n\n" + "\n".join(lines) +
            f"\n\nTotaal {d.money(400, 3000)} aan vooruitbetalingen binnen.")


# ----------------------------------------------------------------------------------------------
# Driving school
# ----------------------------------------------------------------------------------------------
@template("rijschool: lesplanning week")
def t_rijschool_planning(d):
    ins = d.person()
    co = comp(d, "rijschool")
    car = d.K(d.c(["Volkswagen Polo", "Toyota Yaris", "Peugeot 208", "Kia Picanto", "Renault Clio", "Opel Corsa"]))
    wk = d.K(f"week {d.i(2, 51)}")
    n = d.i(2, 4)
    rows = []
    for _ in range(n):
        s = d.person()
        a = d.addr()
        who = s.full() if d.p(0.7) else s.fn()
        rows.append(f"{d.c(DAYS_ABBR[:6])}\t{d.time(keep=False, lo=7, hi=18)}\t{who}\tophalen {a.st}\t{d.c(['les 1', 'les 12', 'TTT-voorbereiding', 'snelweg', 'examenroute'])}")
    s2 = d.person()
    return (f"Lesplanning {wk} - {co}\nInstructeur: {ins.full()} | lesauto {car} ({d.plate()})\n\n"
            + "\n".join(rows) +
            f"\n\nTussentijdse toets {s2.fn()}: {d.date()} om {d.time()}, CBR {d.city()}.\n"
            f"Let op: {d.day()} geen lessen i.v.m. onderhoud.")


@template("rijschool: inschrijving met geboortedatum")
def t_rijschool_intake(d):
    s = d.person()
    co = comp(d, "rijschool")
    a = d.addr()
    pk = d.K(d.c(["Pakket Basis", "Pakket Compleet", "Spoedcursus 10 dagen", "Pakket Plus"]))
    lab = d.c(["Geboortedatum", "Geb. datum", "Geboren op"])
    return (f"{d.kw('Inschrijfformulier')} {co}\n\nNaam: {s.full()}\n{lab}: {d.bdate(lo=2004, hi=2008)}\n"
            f"Adres: {a.st}, {a.pc} {a.city}\nMobiel: {d.phone()}\nE-mail: {d.email(s)}\n"
            f"Gekozen pakket: {pk} ({d.i(10, 40)} lessen) - {d.money(900, 3200)}\n"
            f"Theorie gehaald: {d.alt(lambda: 'ja', lambda: 'nee, gepland op ' + d.date())}\n"
            f"Voorkeur lestijden: {d.c(['na school', 'ochtend', 'weekend'])}\nOpmerking: {d.c(['eerder les gehad bij andere rijschool', 'geen', 'graag automaat', 'nerveus op de snelweg'])}")


@template("rijschool: leerling stuurt BSN", block="BSN")
def t_rijschool_bsn(d):
    d.B("BSN")
    s, ins = d.person(), d.person()
    bd = d.bdate(lo=2004, hi=2008)
    return (f"Hoi {ins.fn()},\n\nJe vroeg om mijn gegevens voor de aanmelding van het examen. Hier zijn ze:\n"
            f"{s.full()}\ngeboren {bd}\nBSN {d.bsn()}\n\nIk kan {d.date()} of {d.date()} het beste, na {d.time(lo=12, hi=16)}.\n\n"
            f"groetjes {s.fn()}")


# ----------------------------------------------------------------------------------------------
# Cleaning company
# ----------------------------------------------------------------------------------------------
OBJECTS = ["Kantoor Hefboom", "Tandartspraktijk De Kies", "Basisschool De Regenboog", "Sportcomplex Noord",
           "Gemeentehuis", "Bibliotheek Centrum", "Showroom Autobedrijf", "Kinderdagverblijf Hummel", "Notariskantoor",
           "Fysiotherapie Beweeg"]


@template("schoonmaak: rooster met telefoonnummers (Excel)", block="CUSTOMER_LIST")
def t_schoonmaak_rooster_tel(d):
    d.B("CUSTOMER_LIST")
    n = d.i(5, 9)
    rows = ["Medewerker\tObject\tDagen\tTijd\tMobiel"]
    for _ in range(n):
        p = d.person()
        rows.append(f"{p.full()}\t{d.c(OBJECTS)}\t{d.c(['ma/wo/vr', 'di/do', 'ma t/m vr', 'za', 'wo'])}\t"
                    f"{d.span(5, 20, keep=False)}\t{d.phone()}")
    return f"Rooster {d.month()} {d.today.year} - {comp(d, 'schoonmaak')}\n" + "\n".join(rows)


@template("schoonmaak: rooster alleen namen")
def t_schoonmaak_rooster_namen(d):
    n = d.i(5, 8)
    lead = d.person()
    rows = []
    for _ in range(n):
        p = d.person()
        nm = p.full() if d.p(0.5) else p.fn()
        rows.append(f"| {nm} | {d.c(OBJECTS)} | {d.c(['ma/wo/vr', 'di/do', 'ma t/m vr', 'za'])} | {d.time(lo=5, hi=19)} |")
    return (f"{d.kw('Rooster')} {d.K('week ' + str(d.i(2, 51)))}\n\n| Naam | Object | Dagen | Start |\n|---|---|---|---|\n"
            + "\n".join(rows) + f"\n\nRuilen alleen via {lead.fn()}. Vragen over uren? Die staan in de app van {d.K('Nmbrs')}.")


@template("schoonmaak: sleutel- en alarmcode", block="PASSWORD")
def t_schoonmaak_alarm(d):
    d.B("PASSWORD")
    p, klant = d.person(), d.person()
    a = d.addr()
    code1 = d.M("WACHTWOORD", str(d.i(1000, 9999)))
    code2 = d.M("WACHTWOORD", str(d.i(10000, 99999)) + d.c(["#", "", "*"]))
    return (f"Hoi {p.fn()},\n\nVanaf {d.date()} doe jij het nieuwe object: {d.c(OBJECTS)}, {a.st} in {a.city}.\n"
            f"Sleutel zit in het sleutelkluisje naast de achterdeur, code {code1}.\n"
            f"Alarm uitschakelen binnen 30 sec met code {code2}. Contactpersoon daar is {klant.title()}.\n\n"
            f"Start om {d.time(lo=5, hi=7)}, klaar voor {d.time(lo=7, hi=9)}.\n{closing(d)}\nPlanning")


@template("schoonmaak: sleutelbeheer zonder code")
def t_schoonmaak_alarm_clean(d):
    p, klant = d.person(), d.person()
    a = d.addr()
    return (f"Hoi {p.fn()},\n\nVanaf {d.date()} neem jij {d.c(OBJECTS)} over ({a.st}, {a.city}). "
            f"De alarmcode krijg je {d.alt(lambda: 'morgen persoonlijk van mij', lambda: 'van ' + klant.title() + ' ter plekke')}, "
            f"die zetten we niet in de app of in de mail. Het wachtwoord van het tablet in de werkkast is ook gewijzigd; dat hoor je dan ook.\n\n"
            f"Uren: {d.time(lo=5, hi=7)} tot {d.time(lo=7, hi=10)}, {d.i(3, 5)} keer per week. Tarief blijft {d.money(14, 22, cents=True)} per uur.\n\n"
            f"{closing(d)}\nPlanning")


# ----------------------------------------------------------------------------------------------
# IT managed services
# ----------------------------------------------------------------------------------------------
SOFTWARE = ["Microsoft 365", "Outlook", "Teams", "SharePoint", "Exact Online", "AFAS", "Moneybird", "Snelstart",
            "Windows 11", "OneDrive", "Adobe Acrobat", "AutoCAD", "Synology", "FortiClient", "TeamViewer",
            "Google Workspace", "Bitwarden", "Visma", "Twinfield", "Citrix Workspace"]
ISSUES = [("Outlook vraagt steeds om wachtwoord", "Credential Manager geleegd en profiel opnieuw aangemaakt"),
          ("Printer op de 1e verdieping print niet", "spooler herstart en driver van de {hw} opnieuw geïnstalleerd"),
          ("VPN maakt geen verbinding thuis", "FortiClient bijgewerkt naar de nieuwste versie"),
          ("Gedeelde map niet zichtbaar", "rechten in SharePoint aangepast"),
          ("Laptop erg traag na update", "schijf opgeschoond en opstartprogramma's uitgezet"),
          ("Nieuwe telefoon koppelen aan mail", "Outlook-app ingericht en MFA opnieuw gekoppeld"),
          ("Scanner stuurt geen mail meer", "SMTP-instellingen van de {hw} aangepast")]
HARDWARE = ["HP LaserJet M479", "Canon imageRUNNER C3226", "Brother MFC-L3770", "Lenovo ThinkPad T14", "Dell Latitude 5440",
            "Ricoh IM C300", "HP EliteBook 840", "Epson WorkForce Pro"]


@template("IT: ticket zonder geheimen")
def t_it_ticket(d):
    melder, tech = d.person(), d.person()
    klant = comp(d, d.c(["groothandel", "boekhoud", "vastgoed", "winkel", "garage", "drukkerij"]))
    issue, fix = d.c(ISSUES)
    hw = d.c(HARDWARE)
    if "{hw}" in fix:
        fix = fix.replace("{hw}", d.K(hw))
    tk = d.ref("TCK")
    soft = d.K(d.c(SOFTWARE))
    iptxt = d.alt(lambda: f"\nExtern IP melder: {d.ip()}", lambda: "", lambda: "")
    return (f"Ticket {tk} | Prioriteit: {d.c(['Normaal', 'Hoog', 'Laag'])}\nKlant: {klant}\n"
            f"Melder: {melder.full()} <{d.email(melder, company=klant)}> | tel. {d.phone('any')}{iptxt}\n"
            f"Onderwerp: {issue}\n\nOmschrijving melder:\n{d.c(['Sinds gisteren', 'Sinds de update van vanochtend', 'Al een paar dagen'])} "
            f"werkt het niet meer. Ik gebruik {soft} op de {d.K(d.c(HARDWARE[3:5]))}.\n\n"
            f"Actie {tech.fn()} ({d.date((-2, 0), style=5)} {d.time()}): {fix}. Gebruiker kan weer verder. "
            f"{d.c(['Wachtwoord is niet gewijzigd.', 'Er is geen wachtwoord gedeeld; gebruiker heeft zelf een reset gedaan via de portal.', 'Geen verdere actie nodig.'])}\n"
            f"Bestede tijd: {d.c(['15 min', '30 min', '45 min', '1 uur'])}. Status: {d.kw('Opgelost')}")


@template("IT: tijdelijk wachtwoord na reset", block="PASSWORD")
def t_it_reset(d):
    d.B("PASSWORD")
    u, tech = d.person(), d.person()
    co = comp(d, "it")
    klant = comp(d, d.c(["groothandel", "boekhoud", "vastgoed", "winkel"]))
    acc = d.email(u, company=klant)
    pw = d.password()
    return (f"{u.aanhef(False)},\n\nJe account {acc} is weer ontgrendeld. Je tijdelijke wachtwoord is:\n\n    {pw}\n\n"
            f"Bij de eerste keer inloggen in {d.K(d.c(SOFTWARE[:4]))} moet je zelf een nieuw wachtwoord kiezen "
            f"(minimaal 12 tekens). Ticket {d.ref('TCK')} sluiten we {d.day()}.\n\n{closing(d)}\n{tech.fn()}\n{co} servicedesk")


@template("IT: .env-bestand in mail", block="API_KEY")
def t_it_env(d):
    d.B("API_KEY")
    d.B("PASSWORD")
    dev, eig = d.person(), d.person()
    shop = comp(d, d.c(["winkel", "bakker", "slager", "fiets"]))
    kind = d.c(["mollie", "stripe", "sendgrid", "mailchimp", "postmark"])
    keyname = {"mollie": "MOLLIE_API_KEY", "stripe": "STRIPE_SECRET", "sendgrid": "SENDGRID_API_KEY",
               "mailchimp": "MAILCHIMP_KEY", "postmark": "POSTMARK_SERVER_TOKEN"}[kind]
    return (f"Hoi {dev.fn()},\n\nHierbij de instellingen van de webshop van {shop}, kun je kijken waarom de betalingen "
            f"niet meer binnenkomen sinds {d.date((-6, -1))}?\n\n```\nAPP_ENV=production\nAPP_URL=https://{web(d, shop)}\n"
            f"DB_HOST=127.0.0.1\nDB_DATABASE=shop_prod\nDB_USERNAME=shop\nDB_PASSWORD={d.password()}\n"
            f"{keyname}={d.apikey(kind)}\nMAIL_FROM_ADDRESS={d.email(company=shop)}\n```\n\n"
            f"Dank! {eig.fn()}")


@template("IT: curl met bearer-token", block="API_KEY")
def t_it_curl(d):
    d.B("API_KEY")
    dev = d.person()
    kind = d.c(["openai", "openai_old", "anthropic", "hf", "generic", "github"])
    url = {"openai": "https://api.openai.com/v1/chat/completions", "openai_old": "https://api.openai.com/v1/models",
           "anthropic": "https://api.anthropic.com/v1/messages", "hf": "https://api-inference.huggingface.co/models/gpt2",
           "generic": "https://api.voorraadkoppeling.nl/v2/artikelen", "github": "https://api.github.com/repos/bitwerk/site/issues"}[kind]
    hdr = "x-api-key" if kind == "anthropic" else "Authorization: Bearer"
    sep = ": " if kind == "anthropic" else " "
    return (f"{d.c(['Hoi', 'Hey', 'Hallo'])} {dev.fn()}, deze call geeft een 401, zie jij wat er mis is?\n\n"
            f"curl -s {url} \\\n  -H \"{hdr}{sep}{d.apikey(kind)}\" \\\n  -H \"Content-Type: application/json\"\n\n"
            f"Gaat om de koppeling voor {d.K(d.c(['de offertebot', 'de voorraad', 'het klantportaal', 'de planning']))}, "
            f"deadline is {d.date()}.")


@template("IT: praten over API-keys zonder key")
def t_it_api_talk(d):
    a, b = d.person(), d.person()
    return (f"Hoi {a.fn()},\n\nNaar aanleiding van het overleg van {d.day()}: we hebben op de {d.K(d.c(['OpenAI', 'Anthropic', 'Google Cloud']))}-key "
            f"een harde limiet van {d.money(50, 200, cents=False)} per maand gezet en een soft limit op {d.money(20, 49, cents=False)}. "
            f"De key zelf staat in {d.K('Bitwarden')} in de collectie {d.K('Koppelingen')}; plak hem alsjeblieft niet in tickets of in {d.K('Teams')}.\n"
            f"Als er een key uitlekt: direct intrekken in het dashboard en mij bellen. We hebben dan {d.K('72 uur')} om een eventueel datalek te melden.\n\n"
            f"{closing(d)}\n{b.full()}")


@template("IT: onboarding nieuwe medewerker met wachtwoord", block="PASSWORD")
def t_it_onboarding(d):
    d.B("PASSWORD")
    new, mgr = d.person(), d.person()
    klant = comp(d, d.c(["groothandel", "boekhoud", "vastgoed", "winkel", "solar", "loodgieter"]))
    wifi = d.c(["Kantoor", "Gasten", "Werkplaats"])
    return (f"Onderwerp: Account {new.full()} - start {d.date()}\n\n{mgr.aanhef(False)},\n\nHet account voor je nieuwe collega staat klaar.\n\n"
            f"Gebruikersnaam: {d.email(new, company=klant)}\nStartwachtwoord: {d.password()}\n"
            f"Wifi ({d.K(wifi)}): {d.password(d.c([1, 2, 5]))}\n\nLaptop: {d.K(d.c(HARDWARE[3:5] + ['HP EliteBook 840']))}, ligt bij de receptie. "
            f"MFA instellen gaat via de {d.K('Microsoft Authenticator')}-app op de eerste dag.\n\n{closing(d)}\nServicedesk {comp(d, 'it')}")


@template("IT: monitoring-melding")
def t_it_monitor(d):
    cont, tech = d.person(), d.person()
    klant = comp(d, d.c(["groothandel", "vastgoed", "drukkerij", "garage"]))
    host = d.K(d.c(["fw01", "nas-kantoor", "srv-dc01", "ap-magazijn", "rtr-hoofd"]))
    return (f"[ALERT] {host} onbereikbaar sinds {d.time()} ({d.date((-1, 0), style=4)})\n"
            f"Klant: {klant}\nWAN-adres: {d.ip()}\nLaatste ping: {d.c(['timeout', '100% packet loss'])}\n"
            f"Contact ter plaatse: {cont.full()}, {d.phone('any')}\nDienstdoende engineer: {tech.ini()}\n"
            f"SLA: {d.c(['Brons', 'Zilver', 'Goud'])} - reactie binnen {d.K(d.c(['4 uur', '8 uur', '1 werkdag']))}")


@template("IT: Teams-chat met gedeelde key", block="API_KEY")
def t_it_teamschat(d):
    d.B("API_KEY")
    a, b = d.person(), d.person()
    kind = d.c(["aws", "google", "slack", "gitlab", "github_pat", "twilio", "stripe"])
    extra = ""
    if kind == "aws":
        A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"
        extra = "\nsecret: " + d.M("API_SLEUTEL", "".join(d.c(A) for _ in range(40)))
    h = d.i(8, 16)
    t1, t2 = f"{h}:{d.i(0, 29):02d}", f"{h + d.i(0, 2)}:{d.i(30, 59):02d}"
    return (f"{a.full()}  {t1}\nkan je de {d.K(d.c(['S3-backup', 'Maps-koppeling', 'Slack-bot', 'deploy-pipeline', 'sms-dienst', 'betaalmodule']))} "
            f"even testen? key: {d.apikey(kind)}{extra}\n\n{b.full()}  {t2}\n"
            f"👍 doe ik na de lunch. zet hem daarna wel even in de kluis hè\n\n{a.fn()}  {t2}\nja is goed")


# ----------------------------------------------------------------------------------------------
# Printing shop
# ----------------------------------------------------------------------------------------------
@template("drukkerij: orderbevestiging")
def t_drukkerij(d):
    k, v = d.person(), d.person()
    co = comp(d, "drukkerij")
    a = d.addr()
    qty = d.c([250, 500, 1000, 2500, 5000])
    prod = d.alt(lambda: "flyers A5, " + d.K("350 grams") + " silk, dubbelzijdig",
                 lambda: "visitekaartjes 85x55 mm, " + d.K("400 grams") + " mat",
                 lambda: "posters A2, " + d.K("170 grams") + " glans", lambda: "roll-up banner 85x200 cm",
                 lambda: "trouwkaarten A6 gevouwen, " + d.K("kraftpapier"))
    order = d.ref("ORD")
    lev = d.date((3, 14))
    return (f"{d.kw('Orderbevestiging')} {order}\n\n{k.aanhef()},\n\nBedankt voor je bestelling bij {co}.\n\n"
            f"Product: {qty} {prod}\nBestand: {d.K(d.c(['ontwerp_def.pdf', 'drukklaar_v3.pdf', 'proef2-akkoord.pdf']))}\n"
            f"Prijs: {d.money(40, 900)} incl. btw\nLevering: {lev}, bezorgadres {a.st}, {a.pc} {a.city}\n"
            f"Contact bij aflevering: {d.phone()}\n\nDe drukproef is op {d.date((-5, -1))} goedgekeurd door {k.fn()}. "
            f"Wijzigingen zijn na vandaag niet meer mogelijk.\n\n{closing(d)}\n{v.full()}\n{co}\n{d.phone('biz')}")


@template("drukkerij: offerteaanvraag Engels/Nederlands")
def t_drukkerij_en(d):
    k, v = d.person(d.c(["gb", "us", "de", "in"])), d.person()
    co = comp(d, "drukkerij")
    qty = d.c([200, 500, 750, 1500])
    return (f"Hi {v.fn()},\n\nCould you send me a quote for {qty} booklets A5, 24 pages, for our conference on "
            f"{d.date(en=True)}? Budget is around {d.money_en(300, 2500, cur='€')}. Delivery to our office in {d.city()}.\n\n"
            f"Thanks,\n{k.full()}\n{d.phone(d.c(['uk', 'de', 'mobile']))}\n\n---\n\nHi {k.fn()},\n\nDank je, ik heb het doorgerekend: "
            f"{d.money(300, 2500)} excl. btw, levertijd {d.K('5 werkdagen')} na akkoord op de proef. "
            f"Let op: {d.K('FSC')}-papier is standaard.\n\nBest regards / met vriendelijke groet,\n{v.full()}\n{co}")


# ----------------------------------------------------------------------------------------------
# Events / weddings
# ----------------------------------------------------------------------------------------------
@template("trouwplanner: draaiboek")
def t_bruiloft_draaiboek(d):
    b1, b2 = d.person(gender="f"), d.person(gender=d.c("mf"))
    planner, dj, cater = d.person(), d.person(), d.person()
    co = comp(d, "event")
    loc = d.K(d.c(["Kasteel De Haar", "Landgoed Zonheuvel", "Fort bij Vechten", "Het Koetshuis", "Boerderij De Hooiberg"]))
    dt = d.date((30, 300), style=1)
    rows = [f"{d.time(lo=10, hi=11)}  Aankomst gasten, koffie met {d.c(['oranjekoek', 'petitfours', 'bonbons'])}",
            f"{d.time(lo=11, hi=12)}  Ceremonie door {d.c(['babs', 'trouwambtenaar'])} {d.person().full()}",
            f"{d.time(lo=13, hi=14)}  Toost en taart",
            f"{d.time(lo=17, hi=18)}  Diner ({d.i(40, 140)} pers.)",
            f"{d.time(lo=20, hi=21)}  Feest met DJ {dj.fn()}"]
    return (f"{d.kw('Draaiboek')} bruiloft {b1.fn()} & {b2.fn()} - {dt}\nLocatie: {loc}\n\n" + "\n".join(rows) +
            f"\n\nContacten op de dag:\n- Weddingplanner {planner.full()}: {d.phone()}\n- Catering {cater.full()}: {d.phone('any')}\n"
            f"- DJ {dj.full()}: {d.phone()}\n\nBudget resterend: {d.money(500, 8000)}. Betaling locatie voor {d.date((10, 40))}.\n{co}")


@template("trouwplanner: gastenlijst met adressen", block="CUSTOMER_LIST")
def t_bruiloft_gasten(d):
    d.B("CUSTOMER_LIST")
    n = d.i(5, 10)
    lines = []
    for _ in range(n):
        p = d.person()
        a = d.addr()
        partner = ""
        if d.p(0.4):
            q = d.person(p.origin)
            partner = f" & {q.fn()}"
        lines.append(f"{p.full()}{partner}; {a.st}; {a.pc}; {a.city}; {d.alt(lambda: d.email(p), lambda: d.phone())}")
    return (f"Adressen {d.kw('uitnodigingen')} (dag + avond)\nnaam; adres; postcode; plaats; contact\n" + "\n".join(lines) +
            f"\n\nKaarten op de post voor {d.date((5, 30))}.")


@template("evenement: leverancierscontacten (2-3 personen)")
def t_event_contacten(d):
    ps = d.people_n(d.i(2, 3))
    roles = d.sample(["geluid en licht", "catering", "tentverhuur", "fotograaf", "beveiliging", "toiletunits"], len(ps))
    lines = [f"{r.capitalize()}: {p.full()} ({d.phone()})" for p, r in zip(ps, roles)]
    ev = d.K(d.c(["Zomerfeest", "Bedrijfsjubileum", "Open Dag", "Koningsdag-markt", "Kerstborrel"]))
    return (f"{ev} {d.date(style=1)} - contactlijst leveranciers\n\n" + "\n".join(lines) +
            f"\n\nOpbouw vanaf {d.time(lo=7, hi=10)}, afbouw na {d.time(lo=22, hi=23)}. Totale kosten tot nu toe {d.money(2000, 15000)}.")


# ----------------------------------------------------------------------------------------------
# Sports club
# ----------------------------------------------------------------------------------------------
@template("vereniging: bestuursmail ALV")
def t_club_alv(d):
    vz, sec, pm = d.person(), d.person(), d.person()
    club = comp(d, "club")
    return (f"Beste leden van {club},\n\nHierbij nodigen wij jullie uit voor de {d.kw('Algemene Ledenvergadering')} op "
            f"{d.date((14, 40), style=0)} om {d.time(lo=19, hi=20)} in de kantine.\n\nAgenda:\n1. Opening door de voorzitter, {vz.full()}\n"
            f"2. Notulen vorige ALV\n3. Financieel jaarverslag (penningmeester {pm.full()})\n"
            f"4. Contributie {d.today.year + 1}: voorstel {d.money(80, 320)} senioren, {d.money(40, 160)} jeugd ({d.pct(2, 6)} verhoging)\n"
            f"5. Bestuursverkiezing: {sec.full()} is aftredend en herkiesbaar\n6. Rondvraag\n\n"
            f"Stukken liggen ter inzage bij de secretaris. Contributie graag overmaken op {d.iban()} t.n.v. {club}.\n\n"
            f"Namens het bestuur,\n{sec.ini()}\nsecretaris")


@template("vereniging: ledenexport CSV", block="CUSTOMER_LIST")
def t_club_leden(d):
    d.B("CUSTOMER_LIST")
    n = d.i(5, 12)
    rows = ["relatienummer;achternaam;voornaam;geboortedatum;telefoon;email;team"]
    for _ in range(n):
        p = d.person()
        sur = d.M("PERSOON", p._sur_cap()) if d.p(0.5) else d.M("PERSOON", p._sur())
        rows.append(f"{d.c('ABCDFGHJKLMN')}{d.c('ABCDFGHJKLMN')}{d.c('PQRSTVWXYZ')}{d.i(10, 99)}{d.c('ABCDFGHJK')}{d.c('PQRSTVWX')}{d.i(0, 9)};"
                    f"{sur};{p.fn()};{d.bdate(4, lo=1950, hi=2016)};{d.phone()};{d.email(p)};{d.c(['JO11-2', 'MO15-1', 'Senioren 3', 'Veteranen', 'VR1', 'JO9-4'])}")
    return f"Export ledenadministratie {comp(d, 'club')} - {d.date((-2, 0), style=4)}\n" + "\n".join(rows)


@template("vereniging: bardienst 3 vrijwilligers")
def t_club_bardienst(d):
    ps = d.people_n(3)
    coord = d.person()
    lines = [f"{d.date((1, 30), style=5)} {d.time(lo=9, hi=16)}: {p.full()} - {d.phone()}" for p in ps]
    return (f"Hoi allemaal,\n\nDe bardienst voor de komende weken:\n" + "\n".join(lines) +
            f"\n\nKun je niet? Zelf ruilen en even doorgeven aan {coord.fn()}. De kas graag na afloop tellen; "
            f"wisselgeld is {d.money(100, 150, cents=False)}. De pinautomaat van {d.K('SumUp')} ligt in de la.\n\nSportieve groet,\n{coord.full()}")


@template("vereniging: vrijwilligersvergoeding (geen loonstrook)")
def t_club_vergoeding(d):
    pm, tr = d.person(), d.person()
    club = comp(d, "club")
    return (f"Hoi {tr.fn()},\n\nJe vroeg hoe het zit met je vergoeding als trainer. Bij {club} krijg je {d.money(100, 180, cents=False)} "
            f"per maand als vrijwilligersvergoeding. Dat blijft onder de fiscale grens van {d.K('€ 2.100')} per jaar, "
            f"dus je krijgt geen loonstrook en er wordt niets ingehouden. Wel even zelf bijhouden als je bij een andere club ook iets krijgt.\n\n"
            f"Uitbetaling rond de {d.K('25e')} van de maand.\n\nGroet,\n{pm.fn()} (penningmeester)")


# ----------------------------------------------------------------------------------------------
# Music school
# ----------------------------------------------------------------------------------------------
INSTR = ["piano", "gitaar", "drums", "viool", "zang", "saxofoon", "dwarsfluit", "ukelele", "keyboard", "cello"]


@template("muziekschool: lesrooster aan ouder")
def t_muziek_ouder(d):
    ouder, doc = d.person(), d.person()
    kind = d.relative(ouder)
    ms = comp(d, "muziek")
    ins = d.K(d.c(INSTR))
    return (f"{ouder.aanhef()},\n\nVanaf {d.date()} heeft {kind.fn()} {ins}les bij {doc.fn()} op {d.day()} om {d.time(lo=14, hi=19)} "
            f"({d.c(['30', '45'])} minuten). Het lesgeld is {d.money(28, 75, cents=True)} per maand en wordt maandelijks "
            f"geïncasseerd van rekening {d.iban()}.\n\nIn de {d.K('herfstvakantie')} zijn er geen lessen. "
            f"Het voorspeelavondje is op {d.date((30, 90))}.\n\n{closing(d)}\n{ms}\n{d.phone('biz')}")


@template("muziekschool: inschrijving kind met geboortedatum")
def t_muziek_inschrijf(d):
    ouder = d.person()
    kind = d.relative(ouder) if d.p(0.85) else d.person(ouder.origin)
    a = d.addr()
    return (f"{d.kw('Inschrijving')} {comp(d, 'muziek')}\n\nLeerling: {kind.full()}\nGeboortedatum leerling: {d.bdate(lo=2010, hi=2019)}\n"
            f"Instrument: {d.K(d.c(INSTR))}\nVoorkeursdag: {d.day()}\n\nOuder/verzorger: {ouder.full()}\nAdres: {a.line}\n"
            f"Telefoon: {d.phone()}\nE-mail: {d.email(ouder)}\n\nIk ga akkoord met automatische incasso van het lesgeld "
            f"({d.money(30, 80, cents=True)} p/m). ☑")


@template("muziekschool: loonstrook docent", block="SALARY_SLIP")
def t_muziek_loonstrook(d):
    d.B("SALARY_SLIP")
    doc = d.person()
    return payslip(d, doc, comp(d, "muziek"), role="docent " + d.c(INSTR), layout=d.c(["plain", "tabs", "md"]))


def payslip(d, pers, employer, role="medewerker", layout="plain", with_bsn=False, with_iban=True, en=False):
    """A payslip with consistent amounts.  layout: plain | tabs | md | ocr"""
    bruto = round(d.r.uniform(1900, 5200), 2)
    if d.p(0.3):
        bruto = float(d.i(19, 52) * 100)
    reis = round(d.r.uniform(0, 140), 2) if d.p(0.6) else 0.0
    pens = round(bruto * d.r.uniform(0.05, 0.09), 2)
    heff = round((bruto - pens) * d.r.uniform(0.08, 0.22), 2)
    zvw = 0.0
    vak = round(bruto * 0.08, 2) if d.p(0.3) else 0.0
    netto = round(bruto + reis + vak - pens - heff - zvw, 2)
    st = d.c([0, 1, 3, 3])
    E = lambda v: d.eur(v, style=st)
    mnd_i = d.today.month - 1
    mnd = MONTHS_EN[mnd_i] if en else MONTHS[mnd_i]
    d.K(mnd)
    lbl = (["Gross salary", "Travel allowance", "Holiday allowance", "Pension premium", "Wage tax", "Net pay"] if en else
           ["Salaris", "Reiskostenvergoeding", "Vakantietoeslag 8%", "Pensioenpremie", "Loonheffing", "Netto uitbetaling"])
    lines = [(lbl[0], E(bruto))]
    if reis:
        lines.append((lbl[1], E(reis)))
    if vak:
        lines.append((lbl[2], E(vak)))
    lines.append((lbl[3], "-" + E(pens)))
    lines.append((lbl[4], "-" + E(heff)))
    head = []
    title = ("Payslip " if en else d.c(["Salarisspecificatie ", "Loonstrook ", "Salarisstrook ", "SALARISSPECIFICATIE "])) + f"{mnd} {d.today.year}"
    head.append(title)
    head.append(("Employer: " if en else "Werkgever: ") + employer)
    nm = pers.full() if d.p(0.5) else (pers.ini() if d.p(0.5) else pers.sur_first())
    head.append(("Employee: " if en else d.c(["Werknemer: ", "Naam: ", "Medewerker: "])) + nm)
    if role:
        head.append(("Position: " if en else "Functie: ") + role)
    if with_bsn:
        head.append(d.c(["BSN: ", "Burgerservicenummer: ", "BSN/sofinr: "]) + d.bsn())
    if d.p(0.5):
        head.append(("Date of birth: " if en else "Geboortedatum: ") + d.bdate(lo=1960, hi=2003))
    head.append(("Tax table: " if en else "Loontabel: ") + d.c(["wit, maand", "groen, maand", "wit/maand"]) +
                ("" if en else f" - loonheffingskorting {d.c(['ja', 'nee'])}"))
    if layout == "tabs":
        body = "\n".join(f"{a}\t{b}" for a, b in lines) + f"\n{lbl[5]}\t{E(netto)}"
    elif layout == "md":
        body = "| Omschrijving | Bedrag |\n|---|---:|\n" + "\n".join(f"| {a} | {b} |" for a, b in lines) + f"\n| **{lbl[5]}** | **{E(netto)}** |"
    elif layout == "ocr":
        body = "\n".join(f"{a.upper()} . . . . {b}" for a, b in lines) + f"\n{lbl[5].upper()} ....... {E(netto)}"
    else:
        body = "\n".join(f"{a:<26}{b:>14}" for a, b in lines) + "\n" + "-" * 40 + f"\n{lbl[5]:<26}{E(netto):>14}"
    foot = ""
    if with_iban:
        foot = ("\n\nPaid to " if en else "\n\nOvergemaakt naar ") + d.iban() + (" on " if en else " op ") + d.date((-3, 0), style=4, en=False)
    return "\n".join(head) + "\n\n" + body + foot


# ----------------------------------------------------------------------------------------------
# GP practice / pharmacy (administrative, no medical detail)
# ----------------------------------------------------------------------------------------------
@template("huisarts: afspraak verzet (met geboortedatum ter controle)")
def t_huisarts_afspraak(d):
    pat, arts, assist = d.person(), d.person(), d.person(gender="f")
    prak = comp(d, "huisarts")
    dt = d.date((1, 14), style=0)
    arts_name = d.alt(lambda: f"dokter {arts.sn()}", lambda: f"huisarts {arts.full()}", lambda: f"{arts.title()}")
    return (f"{pat.aanhef(True)},\n\nUw afspraak van {d.date((0, 3), style=0)} bij {arts_name} kan helaas niet doorgaan. "
            f"Wij hebben een nieuwe afspraak voor u ingepland op {dt} om {d.time(lo=8, hi=16)}.\n"
            f"Past dit niet? Bel ons dan tussen {d.K('8.00')} en {d.K('10.00 uur')} op {d.phone('biz')}.\n\n"
            f"Controlegegevens: {pat.full()}, geboren {d.bdate()}.\n\n{closing(d)}\n{assist.fn()}, doktersassistente\n{prak}")


@template("huisarts: terugbelverzoeken (2-3)")
def t_huisarts_terugbel(d):
    n = d.i(2, 3)
    lines = []
    for _ in range(n):
        p = d.person()
        lines.append(f"- {p.full() if d.p(0.6) else p.title()} ({d.phone('any')}) - {d.c(['vraag over uitslag, graag dokter zelf', 'wil herhaalafspraak', 'vraag over verwijsbrief', 'terugbellen na 12 uur'])}")
    arts = d.person()
    return (f"Terugbellijst {d.day()} {d.date((0, 0), style=2)}\nVoor: {d.alt(lambda: 'dokter ' + arts.sn(), lambda: arts.fn())}\n\n" + "\n".join(lines) +
            f"\n\nDe rest is door de assistente afgehandeld. Spreekuur begint om {d.time(lo=13, hi=14)}.")


@template("apotheek: patiëntgegevens met BSN", block="BSN")
def t_apotheek_bsn(d):
    d.B("BSN")
    pat, med = d.person(), d.person()
    a = d.addr()
    return (f"Aanmelding herhaalservice - {comp(d, 'apotheek')}\n\nNaam: {pat.full()}\nGeboortedatum: {d.bdate(lo=1935, hi=1990)}\n"
            f"BSN: {d.bsn()}\nAdres: {a.line}\nTelefoon: {d.phone('any')}\nZorgverzekeraar: {d.K(d.c(['Zilveren Kruis', 'CZ', 'VGZ', 'Menzis', 'DSW', 'ONVZ']))}\n"
            f"Bezorgen: {d.c(['ja, op ' + DAYS[d.i(0, 4)], 'nee, ophalen'])}\n\nIngevoerd door {med.fn()} op {d.date((-2, 0), style=4)}.")


@template("apotheek: bezorglijst", block="CUSTOMER_LIST")
def t_apotheek_bezorg(d):
    d.B("CUSTOMER_LIST")
    n = d.i(5, 9)
    bez = d.person()
    rows = []
    for k in range(n):
        p = d.person()
        a = d.addr()
        nm = p.title() if d.p(0.5) else p.ini()
        rows.append(f"{k + 1}\t{nm}\t{a.st}\t{a.pc}\t{d.phone('any')}\t{d.c(['koelkast', '', 'handtekening', 'niet bij buren', ''])}")
    return (f"Bezorgroute {d.day()} - bezorger {bez.fn()}\nnr\tnaam\tadres\tpc\ttel\topmerking\n" + "\n".join(rows) +
            f"\n\nVertrek {d.time(lo=13, hi=15)}. Niet thuis? Kaartje achterlaten en terugbrengen naar de apotheek.")


# ----------------------------------------------------------------------------------------------
# Funeral director
# ----------------------------------------------------------------------------------------------
@template("uitvaart: afspraken met familie")
def t_uitvaart_regeling(d):
    overl, fam, uv = d.person(), d.person(), d.person()
    co = comp(d, "uitvaart")
    geb = d.bdate(lo=1928, hi=1960)
    loc = d.K(d.c(["Crematorium Westerveld", "Aula begraafplaats Oud Eik", "De Nieuwe Ooster", "Crematorium Daelwijck", "Dorpskerk"]))
    return (f"{fam.aanhef(True)},\n\nHierbij zet ik de afspraken van ons gesprek van {d.date((-3, -1), style=0)} op een rij.\n\n"
            f"Overledene: {overl.full()}, geboren op {geb}\nAfscheid: {d.date((3, 9), style=0)} om {d.time(lo=10, hi=15)} in {loc}\n"
            f"Condoleance aansluitend in de koffiekamer ({d.i(40, 200)} personen)\nKaarten: {d.i(60, 250)} stuks, proef volgt {d.day()}\n"
            f"Muziek: {d.K(d.c(['Ave Maria', 'Time to Say Goodbye', 'Het Dorp', 'Bridge over Troubled Water', 'You Raise Me Up']))}\n\n"
            f"De begroting komt uit op {d.money(4500, 11000)}; een deel wordt vergoed door de uitvaartverzekering van {d.K(d.c(['DELA', 'Monuta', 'Yarden']))}.\n"
            f"U kunt mij dag en nacht bereiken op {d.phone()}.\n\nMet hartelijke groet,\n{uv.full()}\n{co}")


@template("uitvaart: factuur")
def t_uitvaart_factuur(d):
    fam, uv = d.person(), d.person()
    co = comp(d, "uitvaart")
    a = d.addr()
    items = [("Verzorging en opbaring", d.r.uniform(600, 1500)), ("Kist eiken", d.r.uniform(700, 2200)),
             ("Rouwauto", d.r.uniform(300, 600)), ("Drukwerk rouwkaarten", d.r.uniform(150, 600)),
             ("Koffie en cake condoleance", d.r.uniform(200, 900))]
    items = d.sample(items, d.i(3, 5))
    st = d.c([0, 1, 3])
    tot = sum(v for _, v in items)
    lines = "\n".join(f"{n:<32}{d.eur(v, st)}" for n, v in items)
    return (f"{d.kw('FACTUUR')} {d.ref('F')}\n\n{fam.full()}\n{a.st}\n{a.pc} {a.city}\n\nBetreft: uitvaart van {d.person().full()}\n\n"
            f"{lines}\n{'Totaal':<32}{d.eur(tot, st)}\n\nGraag binnen {d.K('14 dagen')} overmaken op {d.iban()} t.n.v. {co}.\n"
            f"Vragen? Bel {uv.fn()} op {d.phone('biz')}.")


# ----------------------------------------------------------------------------------------------
# Rental management
# ----------------------------------------------------------------------------------------------
@template("huurbeheer: reparatieverzoek huurder")
def t_huur_reparatie(d):
    h, beh, mont = d.person(), d.person(), d.person()
    a = d.addr()
    prob = d.c(["de cv-ketel geeft storing F28", "er lekt water langs het dakraam", "de voordeur sluit niet meer",
                "de afzuiging in de badkamer is kapot", "er zit schimmel achter de kast in de slaapkamer"])
    return (f"Van: {h.full()} <{d.email(h)}>\nAan: {d.email(company=comp(d, 'vastgoed'))}\nOnderwerp: Reparatie {a.st}\n\n"
            f"Goedemiddag,\n\nSinds {d.day()} {prob}. Kan er iemand langskomen? Ik ben thuis na {d.time(lo=15, hi=18)} of op {d.date()}.\n"
            f"Mijn nummer is {d.phone()}.\n\nGroet,\n{h.fn()}\n\n--- interne notitie ---\nDoorgezet naar {mont.full()} "
            f"({d.c(['Installatiebedrijf Warmtepunt', 'Klusbedrijf Hamer & Zaag', 'Dakdekkersbedrijf Pannenkoning'])}), werkbon {d.ref('WO')}. Kosten voor verhuurder. - {beh.fn()}")


@template("huurbeheer: huurovereenkomst ondertekend", block="SIGNED_CONTRACT")
def t_huur_contract(d):
    d.B("SIGNED_CONTRACT")
    verh, hr1 = d.person(), d.person()
    co = comp(d, "vastgoed")
    a = d.addr()
    huur = d.money(650, 1900)
    sign_city = d.city()
    dt = d.date((-20, -1), style=2)
    s2 = d.alt(lambda: f"Handtekening huurder:   {hr1.full()} (w.g.)",
               lambda: f"Huurder:  [handtekening]  {hr1.ini()}",
               lambda: f"Digitaal ondertekend door {hr1.full()} via {d.K(d.c(['DocuSign', 'Signhost', 'ValidSign', 'Zoho Sign']))} op {d.date((-20, -1), style=4)} {d.time()}")
    return (f"{d.kw('HUUROVEREENKOMST WOONRUIMTE')}\n(model ROZ)\n\nDe ondergetekenden:\n{co}, hierna verhuurder, vertegenwoordigd door {verh.full()}\n"
            f"en {hr1.full()}, hierna huurder,\n\nkomen overeen:\n1.1 Verhuurder verhuurt aan huurder de woning {a.st}, {a.pc} {a.city}.\n"
            f"3.1 De overeenkomst gaat in op {d.date((5, 40), style=2)} en is aangegaan voor onbepaalde tijd.\n"
            f"4.1 De huurprijs bedraagt {huur} per maand; servicekosten {d.money(25, 120)} per maand.\n"
            f"4.3 De waarborgsom bedraagt twee maanden kale huur.\n\nAldus opgemaakt en ondertekend te {sign_city} op {dt}.\n\n"
            f"Handtekening verhuurder: {verh.ini()} (getekend)\n{s2}")


@template("huurbeheer: concept huurovereenkomst (niet getekend)")
def t_huur_concept(d):
    beh, kand = d.person(), d.person()
    co = comp(d, "vastgoed")
    a = d.addr()
    return (f"{d.kw('CONCEPT')} - niet ondertekend - ter beoordeling\n\nHUUROVEREENKOMST\n\nVerhuurder: {co}\nHuurder: [naam huurder]\n"
            f"Object: {a.st}, {a.pc} {a.city}\nIngangsdatum: {d.date((10, 50), style=2)}\nHuurprijs: {d.money(700, 1800)} per maand\n\n"
            f"Handtekening verhuurder: ______________    Datum: ________\nHandtekening huurder:   ______________    Datum: ________\n\n"
            f"---\n{kand.aanhef()},\nBijgaand het concept; als je akkoord bent sturen we de definitieve versie ter ondertekening. Tot {d.day()}!\n{beh.fn()}")


@template("huurbeheer: huurderslijst complex", block="CUSTOMER_LIST")
def t_huur_lijst(d):
    d.B("CUSTOMER_LIST")
    n = d.i(5, 10)
    street = d.c(STREETS[:-7])
    pcn = d.i(1011, 9999)
    rows = ["| Nr | Huurder | Telefoon | E-mail | Huur |", "|---|---|---|---|---|"]
    for _ in range(n):
        p = d.person()
        hn = str(d.i(1, 80)) + d.c(["", "A", "B", "-1", "-2"])
        rows.append(f"| {d.M('ADRES', street + ' ' + hn)} | {p.full()} | {d.phone()} | {d.email(p)} | {d.money(600, 1500)} |")
    return (f"Huurders {d.K('complex ' + str(d.i(10, 99)))} ({d.M('POSTCODE', str(pcn) + ' ' + d.c('ABCDEGHJKLMN') + d.c('BDFGHJKLMNPRTVX'))})\n\n"
            + "\n".join(rows) + f"\n\nIndexatie per {d.K('1 juli')}: {d.pct(2, 5)}.")


@template("huurbeheer: betalingsachterstand (brief)")
def t_huur_achterstand(d):
    h, beh = d.person(), d.person()
    co = comp(d, "vastgoed")
    a = d.addr()
    mnd = d.i(1, 3)
    return (f"{co}\n\n{h.title('brief') if d.p(0.5) else h.full()}\n{a.st}\n{a.pc} {a.city}\n\n{d.city()}, {d.date((-1, 0), style=2)}\n\n"
            f"Betreft: {d.kw('Huurachterstand')} - dossier {d.ref('HUUR')}\n\n{h.aanhef(True)},\n\nUit onze administratie blijkt dat de huur over "
            f"{mnd} {'maand' if mnd == 1 else 'maanden'} nog niet is ontvangen; in totaal {d.money(700, 4500)}. "
            f"Wij verzoeken u dit bedrag binnen {d.K('14 dagen')} over te maken op {d.iban()} o.v.v. het dossiernummer.\n\n"
            f"Lukt dat niet, neem dan contact op met {beh.full()} via {d.phone('biz')}; een betalingsregeling is bespreekbaar.\n\n{closing(d)}\n\n{beh.ini()}\nhuurincasso")


# ----------------------------------------------------------------------------------------------
# Bike shop
# ----------------------------------------------------------------------------------------------
BIKES = ["Gazelle Ultimate C380", "Batavus Finez", "Sparta c-Grid", "Cortina E-Common", "VanMoof S5", "Cube Kathmandu",
         "Stromer ST3", "Trek FX 3", "Giant Expression E+", "Urban Arrow Family", "Babboe Curve", "QWIC Premium"]


@template("fietsenwinkel: reparatie klaar (sms/mail)")
def t_fiets_reparatie(d):
    k, m = d.person(), d.person()
    co = comp(d, "fiets")
    bike = d.K(d.c(BIKES))
    work = d.c(["nieuwe ketting en cassette", "achterband en remblokken vervangen", "accu getest en firmware bijgewerkt",
                "middenmotor afgesteld", "versnellingskabel en -naaf afgesteld"])
    return d.alt(
        lambda: (f"{co}: Hoi {k.fn()}, je {bike} is klaar! {work.capitalize()}. Kosten {d.money(25, 380)}. "
                 f"Ophalen kan tot {d.time(lo=17, hi=18)}. Vragen? {d.phone('biz')}"),
        lambda: (f"{k.aanhef()},\n\nDe reparatie aan uw {bike} (werkorder {d.ref('WO')}) is afgerond: {work}. "
                 f"Het totaalbedrag is {d.money(25, 380)}; u kunt pinnen bij het ophalen. Wij zijn open tot {d.time(lo=17, hi=18)}, "
                 f"op {d.day()} gesloten.\n\n{closing(d)}\n{m.fn()}\n{co}"))


@template("fietsenwinkel: leasecontract digitaal ondertekend", block="SIGNED_CONTRACT")
def t_fiets_lease(d):
    d.B("SIGNED_CONTRACT")
    w, verk = d.person(), d.person()
    werkg = comp(d, d.c(["groothandel", "boekhoud", "it", "drukkerij"]))
    bike = d.K(d.c(BIKES))
    env = "".join(d.c("0123456789ABCDEF") for _ in range(8)) + "-" + "".join(d.c("0123456789ABCDEF") for _ in range(4))
    return (f"{d.kw('Leaseovereenkomst')} fiets - {d.K(d.c(['Lease a Bike', 'Hollandbikes', 'Bikeleasing']))}\n\nWerkgever: {werkg}\nBerijder: {w.full()}\n"
            f"Fiets: {bike}, catalogusprijs {d.money(1800, 6500)}\nLooptijd: {d.K('36 maanden')}, bijdrage berijder {d.money(20, 90, cents=True)} bruto p/m\n"
            f"Leverend dealer: {comp(d, 'fiets')} ({verk.fn()})\n\nStatus: VOLTOOID\nEnvelop-ID: {env}\n"
            f"Ondertekend door berijder {w.full()} op {d.date((-10, -1), style=4)} om {d.time()}\n"
            f"Ondertekend door werkgever {d.person().full()} op {d.date((-10, -1), style=4)} om {d.time()}")


# ----------------------------------------------------------------------------------------------
# Garage / APK
# ----------------------------------------------------------------------------------------------
CARS = ["Volkswagen Golf", "Opel Astra", "Toyota Aygo", "Ford Focus", "Kia Niro", "Peugeot 3008", "Renault Kangoo",
        "Skoda Octavia", "Citroën Berlingo", "Hyundai i20", "Tesla Model 3", "Mercedes Vito", "Fiat Ducato", "Volvo V60"]


@template("garage: APK-herinnering")
def t_garage_apk(d):
    k = d.person()
    co = comp(d, "garage")
    a = d.addr()
    car = d.K(d.c(CARS))
    return (f"{k.full() if d.p(0.5) else k.title('brief')}\n{a.st}\n{a.pc} {a.city}\n\n{d.kw('APK-herinnering')}\n\n{k.aanhef(True)},\n\n"
            f"De APK van uw {car} met kenteken {d.plate()} verloopt op {d.date((14, 45), style=2)}. Wij kunnen de keuring combineren met "
            f"een kleine beurt voor {d.money(150, 320)} (APK los: {d.money(35, 60)}).\n\nAfspreken kan via {web(d, co)} of telefonisch: {d.phone('biz')}.\n\n{closing(d)}\n{co}")


@template("garage: werkplaatsplanning (3-4 auto's)")
def t_garage_planning(d):
    n = d.i(3, 4)
    rows = ["Tijd\tKenteken\tAuto\tKlant\tWerk\tMonteur"]
    mont = d.people_n(2)
    for _ in range(n):
        k = d.person()
        rows.append(f"{d.time(lo=8, hi=15)}\t{d.plate()}\t{d.K(d.c(CARS))}\t{k.title() if d.p(0.5) else k.full()}\t"
                    f"{d.c(['APK + kleine beurt', 'distributieriem', 'remmen voor', 'airco vullen', 'diagnose storingslampje', 'banden wisselen'])}\t{d.c(mont).fn()}")
    return f"{d.kw('Planning')} werkplaats {d.date((0, 2), style=0)}\n" + "\n".join(rows) + f"\n\nLeenauto {d.plate()} is vrij vanaf {d.time(lo=9, hi=12)}."


@template("garage: koopovereenkomst auto getekend", block="SIGNED_CONTRACT")
def t_garage_koop(d):
    d.B("SIGNED_CONTRACT")
    koper, verk = d.person(), d.person()
    a = d.addr()
    co = comp(d, "garage")
    car = d.K(d.c(CARS))
    return (f"{d.kw('KOOPOVEREENKOMST')} GEBRUIKTE AUTO\n\nVerkoper: {co}, namens deze {verk.full()}\nKoper: {koper.full()}, {a.line}\n\n"
            f"Voertuig: {car}, kenteken {d.plate()}, km-stand {d.K(str(d.i(12, 210)) + '.' + str(d.i(100, 999)) + ' km')}\n"
            f"Koopprijs: {d.money(3500, 38000)} incl. btw\nGarantie: {d.K(d.c(['3 maanden', '6 maanden', '12 maanden BOVAG']))}\n"
            f"Inruil: {d.alt(lambda: 'geen', lambda: d.plate() + ' voor ' + d.money(500, 6000))}\n\n"
            f"Aldus overeengekomen te {d.city()} op {d.date((-5, 0), style=1)}.\n\nVerkoper: ___(getekend)___ {verk.ini()}\n"
            f"Koper: ___(getekend)___ {koper.ini()}")


@template("garage: offerte schadeherstel")
def t_garage_offerte(d):
    k, adv = d.person(), d.person()
    co = comp(d, "garage")
    car = d.K(d.c(CARS))
    return (f"{k.aanhef()},\n\nNaar aanleiding van de schade aan uw {car} ({d.plate()}) hierbij onze offerte:\n\n"
            f"Arbeid {d.i(3, 14)} uur à {d.money(65, 95, cents=False)}\nOnderdelen (bumper, koplamp links) {d.money(250, 1400)}\n"
            f"Spuitwerk {d.money(200, 900)}\n\nTotaal {d.money(600, 3500)} excl. {d.btw('21')}. Eigen risico bij uw verzekeraar "
            f"{d.K(d.c(['Centraal Beheer', 'ANWB', 'Interpolis', 'FBTO', 'Univé']))} is {d.money(135, 500, cents=False)}.\n"
            f"Schadenummer: {d.order9()}\n\n{closing(d)}\n{adv.full()}\n{d.c(['Schadeadviseur', 'Serviceadviseur', 'Werkplaatschef'])}\n{co}")


# ----------------------------------------------------------------------------------------------
# Solar panels
# ----------------------------------------------------------------------------------------------
@template("zonnepanelen: offerte")
def t_solar_offerte(d):
    k, adv = d.person(), d.person()
    co = comp(d, "solar")
    a = d.addr()
    n = d.i(6, 24)
    wp = d.c([405, 415, 430, 440, 450])
    panel = d.K(d.c(["Jinko Tiger Neo", "Trina Vertex S+", "AIKO Neostar", "LONGi Hi-MO 6", "DMEGC Infinity"]))
    inv = d.K(d.c(["Enphase IQ8", "SolarEdge", "Growatt MIN 3600TL", "SMA Sunny Boy 4.0", "GoodWe DNS"]))
    return (f"{d.kw('Offerte')} {d.ref('OFF')} - {k.full()}\n{a.st}, {a.pc} {a.city}\n\n{k.aanhef(True)},\n\n"
            f"Op basis van de schouw op {d.date((-7, -1), style=0)} adviseren wij {n} panelen {panel} ({wp} Wp), "
            f"samen {d.K(str(round(n * wp / 1000, 2)).replace('.', ',') + ' kWp')}, met omvormer {inv}.\n"
            f"Verwachte opbrengst: {d.K(str(int(n * wp * 0.88)) + ' kWh')} per jaar.\n\nInvestering: {d.money(3000, 12000)} incl. {d.K('0% btw')}\n"
            f"Terugverdientijd: circa {d.K(str(d.i(5, 9)) + ' jaar')}\n\nInstallatie mogelijk in {d.K('week ' + str(d.i(2, 51)))}. "
            f"Heeft u vragen, bel {adv.fn()} op {d.phone()}.\n\n{closing(d)}\n{co}")


@template("zonnepanelen: opdrachtbevestiging getekend", block="SIGNED_CONTRACT")
def t_solar_opdracht(d):
    d.B("SIGNED_CONTRACT")
    k, adv = d.person(), d.person()
    co = comp(d, "solar")
    a = d.addr()
    return (f"{d.kw('OPDRACHTBEVESTIGING')}\n\nOpdrachtgever: {k.full()}\nInstallatieadres: {a.line}\nOfferte: {d.ref('OFF')}\n"
            f"Bedrag: {d.money(3000, 12000)}, te voldoen {d.K('50%')} bij akkoord en {d.K('50%')} na oplevering op {d.iban()}\n\n"
            f"Voor akkoord getekend:\n{d.city()}, {d.date((-6, 0), style=4)}\n\n{k.full()}\n(handtekening) ✍ {k.ini()}\n\n"
            f"Namens {co}: {adv.full()} (getekend)")


@template("zonnepanelen: inlog monitoringportaal", block="PASSWORD")
def t_solar_portal(d):
    d.B("PASSWORD")
    k, mont = d.person(), d.person()
    app = d.K(d.c(["Enlighten", "mySolarEdge", "ShinePhone", "SEMS Portal", "Sunny Portal"]))
    return (f"{k.aanhef()},\n\nDe installatie is opgeleverd en de omvormer is gekoppeld aan de wifi. "
            f"U kunt de opbrengst volgen in de app {app}.\n\nGebruikersnaam: {d.email(k)}\nWachtwoord: {d.password()}\n\n"
            f"Wij raden aan het wachtwoord na de eerste keer inloggen te wijzigen. Garantiebewijs volgt per post.\n\n{closing(d)}\n{mont.fn()}\n{comp(d, 'solar')}")


# ----------------------------------------------------------------------------------------------
# Plumber
# ----------------------------------------------------------------------------------------------
@template("loodgieter: voicemail-transcriptie")
def t_loodgieter_voicemail(d):
    k = d.person()
    a = d.addr(compact=False)
    return (f"Voicemail {d.time()} ({d.c(['1:12', '0:48', '0:35', '2:03'])} min) - transcriptie automatisch\n\n"
            f"\"Ja goedemorgen, u spreekt met {k.full()}, eh, ik bel over een lekkage bij ons in de keuken, onder het aanrecht "
            f"staat alles onder water en de hoofdkraan zit, eh, vast. We wonen op de {a.st} in {a.city}, postcode {a.pc}. "
            f"Kunt u mij terugbellen op {d.phone(fmt=d.c([0, 3, 6]))}? Nogmaals, {k.fn()}. Dank u wel, doei.\"")


@template("loodgieter: factuur")
def t_loodgieter_factuur(d):
    k, mont = d.person(), d.person()
    co = comp(d, "loodgieter")
    a = d.addr()
    uren = d.i(1, 6)
    tarief = d.r.uniform(55, 78)
    mat = d.r.uniform(15, 450)
    st = d.c([0, 1, 4])
    sub = uren * tarief + mat
    return (f"{co}\n{d.kw('Factuur')} {d.ref('F')}   Datum: {d.date((-1, 0), style=4)}\n\nAan: {k.full()}\n{a.st}\n{a.pc} {a.city}\n\n"
            f"Werkzaamheden {d.date((-8, -2), style=4)} door {mont.fn()}: {d.c(['vervangen mengkraan keuken', 'ontstoppen afvoer badkamer', 'vervangen vlotter toilet', 'lekkage cv-leiding verholpen'])}\n"
            f"Arbeid {uren} uur x {d.eur(tarief, st)}\nMateriaal {d.eur(mat, st)}\nSubtotaal {d.eur(sub, st)}\nBTW {d.btw()} {d.eur(sub * 0.21, st)}\n"
            f"Totaal {d.eur(sub * 1.21, st)}\n\nBetaling binnen {d.K('14 dagen')} op {d.iban()} o.v.v. factuurnummer.\nKvK {d.K(str(d.i(10000000, 99999999)))}")


@template("loodgieter: betalingsherinnering met geciteerde mail")
def t_loodgieter_herinnering(d):
    k, adm = d.person(), d.person()
    co = comp(d, "loodgieter")
    fnr = d.ref("F")
    bedrag = d.money(90, 900)
    return (f"{k.aanhef()},\n\nIn de bijlage nogmaals factuur {fnr} van {bedrag}. De betaaltermijn is inmiddels {d.i(5, 30)} dagen verstreken. "
            f"Wilt u het bedrag voor {d.date((3, 10))} overmaken?\n\n{closing(d)}\n{adm.full()}\nAdministratie {co}\n\n"
            f"-----Oorspronkelijk bericht-----\nVan: {k.full()} <{d.email(k)}>\nVerzonden: {d.date((-30, -10), style=1)} {d.time()}\n"
            f"Aan: {d.email(company=co)}\nOnderwerp: RE: factuur\n\nIk dacht dat ik al betaald had? Kunt u even checken? Ik heb het overgemaakt vanaf {d.iban()}.\n{k.fn()}")


# ----------------------------------------------------------------------------------------------
# Translators / photographers
# ----------------------------------------------------------------------------------------------
BIRTHPLACES = {"pl": "Kraków", "ro": "Cluj-Napoca", "ua": "Lviv", "sy": "Aleppo", "er": "Asmara", "br": "São Paulo",
               "es": "Sevilla", "tr": "İzmir", "bg": "Plovdiv", "it": "Napoli", "ir": "Shiraz"}


@template("vertaalbureau: beëdigde vertaling geboorteakte")
def t_vertaal_akte(d):
    k = d.person(d.c(["pl", "ro", "ua", "sy", "er", "br", "es", "tr", "bg", "it", "ir"]))
    vert = d.person()
    co = comp(d, "vertaal")
    taal = {"pl": "Pools", "ro": "Roemeens", "ua": "Oekraïens", "sy": "Arabisch", "er": "Tigrinya", "br": "Portugees",
            "es": "Spaans", "tr": "Turks", "bg": "Bulgaars", "it": "Italiaans", "ir": "Perzisch"}[k.origin]
    return (f"{k.aanhef(False)},\n\nDank voor je aanvraag. Voor de beëdigde vertaling {d.K(taal)}-Nederlands van je geboorteakte "
            f"rekenen we {d.money(45, 95)} incl. btw en {d.K('legalisatie')}. Levertijd {d.K('3 werkdagen')}.\n\n"
            f"Ter controle heb ik de gegevens van de akte overgenomen:\nNaam: {k.caps()}\nGeboortedatum: {d.bdate()}\n"
            f"Geboorteplaats: {d.K(BIRTHPLACES[k.origin])}\n\n"
            f"Klopt dit? Dan ga ik aan de slag. De vertaling kun je ophalen of we sturen hem aangetekend op.\n\n"
            f"Kind regards / met vriendelijke groet,\n{vert.full()}\n{co}")


@template("fotograaf: boeking Engels-Nederlands met aanbetaling per creditcard")
def t_foto_boeking(d):
    k, f = d.person(d.c(["gb", "us", "de", "in", "nl", "gr"])), d.person()
    co = comp(d, "foto")
    return (f"Hi {f.fn()},\n\nWe'd love to book you for our wedding shoot on {d.date((40, 300), en=True)} in {d.city()}. "
            f"The package of {d.money_en(900, 2600, cur='€')} works for us. For the deposit you can charge my card: "
            f"{d.card()}, exp {d.i(1, 12):02d}/{d.i(26, 30)}.\n\nCheers,\n{k.full()}\n{d.phone(d.c(['uk', 'mobile', 'de']))}\n\n"
            f"> Hi {k.fn()}, leuk dat jullie interesse hebben! Het pakket {d.K(d.c(['Hele Dag', 'Halve Dag', 'Elopement']))} is inclusief "
            f"{d.i(250, 700)} bewerkte foto's en een online galerij via {d.K(d.c(['Pixieset', 'Pic-Time', 'ShootProof']))}.\n> {f.fn()} - {co}")


@template("fotograaf: modelrelease getekend", block="SIGNED_CONTRACT")
def t_foto_release(d):
    d.B("SIGNED_CONTRACT")
    m, f = d.person(), d.person()
    co = comp(d, "foto")
    return (f"{d.kw('MODELRELEASE')} / QUITCLAIM\n\nFotograaf: {f.full()} ({co})\nGeportretteerde: {m.full()}\nShoot: {d.date((-14, -1), style=2)}, "
            f"{d.K(d.c(['studio', 'locatie strand', 'bedrijfsreportage', 'website-portretten']))}\n\n"
            f"Ondergetekende geeft toestemming voor het gebruik van de beelden voor {d.c(['website en social media', 'drukwerk en online', 'portfolio'])}, "
            f"zonder vergoeding.\n\nPlaats en datum: {d.city()}, {d.date((-14, -1), style=4)}\n"
            f"Handtekening geportretteerde: {m.fn_ini()} ✓ getekend\nHandtekening fotograaf: getekend {f.ini()}")


# ----------------------------------------------------------------------------------------------
# Bookkeeping
# ----------------------------------------------------------------------------------------------
@template("boekhouder: vraag over salaris (geen loonstrook)")
def t_boekhoud_salaris(d):
    k, b = d.person(), d.person()
    co = comp(d, d.c(["bakker", "kapper", "fiets", "winkel", "hovenier"]))
    return (f"Hoi {b.fn()},\n\nWe willen per {d.K('1 ' + d.c(MONTHS))} een nieuwe medewerker aannemen voor {d.i(24, 38)} uur. "
            f"We dachten aan {d.money(2400, 3400, cents=False)} bruto per maand. Wat kost dat ons ongeveer in totaal, "
            f"met werkgeverslasten, pensioen en vakantiegeld? En kan ik de loonstroken straks zelf in {d.K(d.c(['Nmbrs', 'Loket.nl', 'Exact Online']))} maken "
            f"of doen jullie dat?\n\nDe loonstrook van {d.c(['onze bakker', 'de leerling', 'de parttimer'])} van vorige maand klopte trouwens niet: "
            f"er was {d.money(30, 200)} te weinig reiskosten meegenomen. Kun je daar ook naar kijken?\n\nGroet,\n{k.fn()}\n{co}")


@template("boekhouder: loonstrook doorgestuurd", block="SALARY_SLIP")
def t_boekhoud_loonstrook(d):
    d.B("SALARY_SLIP")
    w, b = d.person(), d.person()
    co = comp(d, d.c(["bakker", "kapper", "fiets", "winkel", "hovenier", "garage"]))
    slip = payslip(d, w, co, role=d.c(["verkoper", "leerling-monteur", "kapster", "bezorger", "bakker"]), layout=d.c(["plain", "tabs"]))
    return (f"Hoi {b.fn()}, hieronder de strook van {w.fn()} zoals hij uit het systeem kwam. Klopt de loonheffing?\n\n{slip}")


@template("boekhouder: aangifte IB met BSN's", block="BSN")
def t_boekhoud_ib(d):
    d.B("BSN")
    k, partner, b = d.person(), d.person(), d.person()
    return (f"Beste {b.fn()},\n\nVoor de aangifte inkomstenbelasting {d.today.year - 1} hierbij de gegevens:\n\n"
            f"Ik: {k.full()}, BSN {d.bsn()}, geboren {d.bdate(lo=1950, hi=1995)}\nPartner: {partner.full()}, BSN {d.bsn()}\n\n"
            f"Jaaropgaven en de WOZ-beschikking ({d.money(250000, 650000, cents=False)}) zitten in de bijlage. "
            f"De hypotheekrente was {d.money(3000, 14000)}.\n\nGroet,\n{k.fn()}")


@template("boekhouder: klant stuurt DigiD-inlog", block="PASSWORD")
def t_boekhoud_digid(d):
    d.B("PASSWORD")
    k, b = d.person(), d.person()
    user = d.c([k.ascii_first() + str(d.i(1, 99)), k.ascii_last() + k.ascii_first()[0], k.ascii_first() + "_" + str(d.i(1970, 1999))])
    return (f"Hoi {b.fn()},\n\nIk kom er niet uit met de machtiging. Kun jij gewoon met mijn DigiD inloggen?\n"
            f"gebruikersnaam: {user}\nwachtwoord: {d.password()}\n\nDe sms-code stuur ik door als je belt: {d.phone()}.\n\n{k.fn()}")


# ----------------------------------------------------------------------------------------------
# Municipality permits
# ----------------------------------------------------------------------------------------------
@template("gemeente: ontvangstbevestiging vergunning")
def t_gemeente_vergunning(d):
    aanv, beh = d.person(), d.person()
    gem = d.city(keep=False)
    a = d.addr()
    soort = d.c(["omgevingsvergunning voor het plaatsen van een dakkapel", "evenementenvergunning voor een buurtbarbecue",
                 "vergunning voor het plaatsen van een container op de openbare weg", "terrasvergunning", "kapvergunning voor twee essen"])
    return (f"Gemeente {d.K(gem)}\n\nAan {aanv.full()}\n{a.st}\n{a.pc} {a.city}\n\nOnderwerp: Ontvangstbevestiging aanvraag\n"
            f"Zaaknummer: {d.K('Z-' + str(d.today.year) + '-' + str(d.i(10000, 99999)))}\n\n{aanv.aanhef(True)},\n\n"
            f"Op {d.date((-10, -1), style=2)} hebben wij uw aanvraag ontvangen voor een {soort}. "
            f"Wij nemen binnen {d.K('8 weken')} een besluit. De leges bedragen {d.money(80, 900)}.\n\n"
            f"Heeft u vragen? Neem contact op met {beh.full()}, {d.c(['vergunningverlener', 'casemanager', 'medewerker VTH'])}, via 14 0{d.i(10, 99)} "
            f"of {d.email(beh, domain=slug(gem) + '.nl')}.\n\nMet vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n{beh.ini()}")


@template("gemeente: aanvraag met BSN", block="BSN")
def t_gemeente_bsn(d):
    d.B("BSN")
    aanv = d.person()
    a = d.addr()
    return (f"{d.kw('Aanvraagformulier')} gehandicaptenparkeerkaart / parkeervergunning\n\n1. Gegevens aanvrager\nAchternaam: {aanv.caps_sur()}\n"
            f"Voornamen: {aanv.fn()}\nBurgerservicenummer: {d.bsn()}\nGeboortedatum: {d.bdate(lo=1935, hi=2000)}\n"
            f"Adres: {a.st}\nPostcode en plaats: {a.pc} {a.city}\nTelefoon: {d.phone('any')}\n\n2. Voertuig\nKenteken: {d.plate()}\n\n"
            f"Datum: {d.date((-3, 0), style=4)}   Handtekening: ________")


@template("gemeente: parkeervergunning bedrijf")
def t_gemeente_parkeer(d):
    ond, beh = d.person(), d.person()
    co = comp(d, d.c(["loodgieter", "schoonmaak", "hovenier", "solar"]))
    return (f"{ond.aanhef(True)},\n\nUw aanvraag voor een {d.kw('bedrijfsvergunning')} parkeren voor {co} is toegekend voor de kentekens "
            f"{d.plate()} en {d.plate()}. De vergunning is geldig van {d.date((1, 10), style=2)} tot en met {d.K('31 december')}. "
            f"Kosten: {d.money(90, 600)} per voertuig per jaar.\n\nU kunt de kentekens wijzigen in het {d.K('Parkeerloket')}.\n\n"
            f"{closing(d)}\n{beh.fn_ini()}\nTeam Parkeren")


# ----------------------------------------------------------------------------------------------
# Supplier invoices / debt collection
# ----------------------------------------------------------------------------------------------
@template("leverancier: factuur aan MKB-klant")
def t_leverancier_factuur(d):
    cont, adm = d.person(), d.person()
    lev = comp(d, "groothandel")
    klant = comp(d, d.c(["bakker", "slager", "garage", "drukkerij", "hovenier", "schoonmaak"]))
    a = d.addr()
    n = d.i(2, 5)
    st = d.c([0, 1, 3])
    prods = d.sample(["Pallet A4-papier 80 grams", "Doos handschoenen nitril M", "Krimpfolie 50 cm", "Schoonmaakazijn 5L",
                      "Bakpapier rollen 40 cm", "Vacuümzakken 20x30", "Boorset Bosch Professional", "Werkschoenen S3 mt 43",
                      "Kartonnen dozen 40x30x30"], n)
    rows, tot = [], 0.0
    for p in prods:
        q, pr = d.i(1, 40), d.r.uniform(2, 120)
        tot += q * pr
        rows.append(f"{q:>3} x {d.K(p):<32}{d.eur(pr, st):>12}{d.eur(q * pr, st):>14}")
    return (f"{lev}\n{d.kw('FACTUUR')} {d.ref('INV')}\nKlantnummer {d.order9()}\n\n{klant}\nt.a.v. {cont.full()}\n{a.st}\n{a.pc} {a.city}\n\n"
            + "\n".join(rows) + f"\n\nSubtotaal {d.eur(tot, st)}\nBTW 21% {d.eur(tot * 0.21, st)}\nTe betalen {d.eur(tot * 1.21, st)}\n\n"
            f"Betalingstermijn {d.K('30 dagen')}. IBAN {d.iban(spaced=True)} - BIC {d.K(d.c(['RABONL2U', 'INGBNL2A', 'ABNANL2A']))}\n"
            f"Vragen over deze factuur: {adm.fn()}, {d.email(adm, company=lev)}")
    

@template("incasso: aanmaning")
def t_incasso_brief(d):
    deb, med = d.person(), d.person()
    co = comp(d, "incasso")
    cred = comp(d, d.c(["groothandel", "loodgieter", "garage", "drukkerij"]))
    a = d.addr()
    hoofdsom = d.r.uniform(120, 4000)
    kosten = max(40.0, hoofdsom * 0.15)
    st = d.c([0, 1, 2])
    return (f"{co}\n\n{deb.title('brief') if d.p(0.4) else deb.full()}\n{a.st}\n{a.pc}  {a.city.upper()}\n\n"
            f"Dossiernummer: {d.K(str(d.i(2024, 2025)) + '/' + str(d.i(1000, 9999)))}\nOpdrachtgever: {cred}\n\n{deb.aanhef(True)},\n\n"
            f"Namens onze opdrachtgever vorderen wij de volgende bedragen:\n\nHoofdsom            {d.eur(hoofdsom, st)}\n"
            f"Incassokosten       {d.eur(kosten, st)}\nWettelijke rente    {d.eur(hoofdsom * 0.02, st)} ({d.K('6%')} per jaar)\n"
            f"Totaal              {d.eur(hoofdsom * 1.02 + kosten, st)}\n\nWij verzoeken u dit bedrag binnen {d.K('14 dagen')} te voldoen op {d.iban()} "
            f"onder vermelding van het dossiernummer. Een betalingsregeling is mogelijk; bel {med.fn()} op {d.phone('biz')}.\n\n{closing(d)}\n\n{med.ini()}\n{co}")


@template("incasso: betalingsregeling getekend", block="SIGNED_CONTRACT")
def t_incasso_regeling(d):
    d.B("SIGNED_CONTRACT")
    deb, med = d.person(), d.person()
    co = comp(d, "incasso")
    a = d.addr()
    n = d.i(3, 12)
    return (f"{d.kw('BETALINGSREGELING')}\n\nSchuldenaar: {deb.full()}, {a.line}\nSchuldeiser: {co}\n\n"
            f"Schuldenaar betaalt het openstaande bedrag van {d.money(300, 6000)} in {n} maandelijkse termijnen van {d.money(30, 500)}, "
            f"telkens uiterlijk op de {d.K(d.c(['1e', '15e', '28e']))} van de maand, te beginnen op {d.date((5, 30), style=2)}.\n"
            f"Bij twee gemiste termijnen vervalt de regeling.\n\nGetekend te {d.city()} op {d.date((-3, 0), style=2)}\n\n"
            f"{deb.full()}: w.g. {deb.ini()}\n{med.full()} namens {co}: w.g.")


@template("incasso: loonbeslag met BSN", block="BSN")
def t_incasso_beslag(d):
    d.B("BSN")
    deb, werkg_c, dw = d.person(), d.person(), d.person()
    co = comp(d, "incasso")
    werkg = comp(d, d.c(["schoonmaak", "groothandel", "garage", "bakker"]))
    return (f"Aan: {werkg}, t.a.v. {werkg_c.full()} (salarisadministratie)\n\nBetreft: {d.kw('Beslag')} onder derden - {deb.full()}\n"
            f"BSN werknemer: {d.bsn()}\nGeboortedatum: {d.bdate(lo=1960, hi=2000)}\n\nHierbij leggen wij beslag op het loon van uw werknemer. "
            f"De beslagvrije voet bedraagt {d.money(1200, 1900)} per maand. Het meerdere dient u maandelijks over te maken naar {d.iban()}.\n\n"
            f"Hoogachtend,\n{dw.ini()}, gerechtsdeurwaarder\n{co}")


# ----------------------------------------------------------------------------------------------
# HR: applications, CVs, interns, contracts, payroll
# ----------------------------------------------------------------------------------------------
FUNCTIES = ["medewerker klantenservice", "allround monteur", "administratief medewerker", "verkoper binnendienst",
            "hovenier", "bakker", "schoonmaker", "planner", "servicedesk-medewerker", "zonnepaneelmonteur", "rijinstructeur"]


@template("sollicitatie: motivatiebrief")
def t_sollicitatie(d):
    s, r = d.person(), d.person()
    co = comp(d, d.c(list(COMPANIES)))
    f = d.K(d.c(FUNCTIES))
    a = d.addr()
    return (f"{s.full()}\n{a.st}\n{a.pc} {a.city}\n{d.phone()}\n{d.email(s)}\n\n{co}\nt.a.v. {r.title('brief')}\n\n"
            f"{d.city()}, {d.date((-2, 0), style=2)}\n\nBetreft: sollicitatie {f}\n\n{r.aanhef(True)},\n\n"
            f"Met veel interesse las ik uw vacature op {d.K(d.c(['Indeed', 'LinkedIn', 'Werk.nl', 'uw website']))}. "
            f"Ik werk nu {d.i(2, 9)} jaar als {d.c(FUNCTIES)} bij een bedrijf in {d.city()} en zoek een nieuwe uitdaging met meer verantwoordelijkheid. "
            f"Ik ben per {d.K('1 ' + d.c(MONTHS))} beschikbaar voor {d.i(24, 40)} uur per week.\n\n"
            f"Graag licht ik mijn motivatie toe in een gesprek.\n\nMet vriendelijke groet,\n\n{s.full()}")


@template("cv: curriculum vitae")
def t_cv(d):
    s = d.person()
    a = d.addr()
    y = d.i(2005, 2018)
    talen = d.c(["Nederlands (moedertaal), Engels (goed)", "Nederlands (vloeiend), Engels, Arabisch", "Nederlands, Turks, Engels",
                 "Pools (moedertaal), Engels (goed), Nederlands (B2)", "Nederlands, Papiaments, Spaans", "Nederlands, Engels, Duits"])
    return (f"{d.kw('CURRICULUM VITAE')}\n\n{s.caps()}\n\nPersonalia\nAdres: {a.st}, {a.pc} {a.city}\nTelefoon: {d.phone()}\n"
            f"E-mail: {d.email(s)}\nGeboortedatum: {d.bdate(lo=1965, hi=2004)}\nRijbewijs: {d.c(['B', 'B, BE', 'B, C, CE', 'geen'])}\n\n"
            f"Werkervaring\n{y} - heden   {d.c(FUNCTIES).capitalize()}, {comp(d, d.c(list(COMPANIES)))}\n"
            f"{y - d.i(2, 6)} - {y}   {d.c(FUNCTIES).capitalize()}, {comp(d, d.c(list(COMPANIES)))}\n\n"
            f"Opleiding\n{d.c(['MBO 4 Commercieel medewerker', 'HBO Bedrijfskunde', 'MBO 3 Eerste monteur', 'VMBO-kader', 'HBO Communicatie'])}, {d.K(d.c(['ROC Midden Nederland', 'Hogeschool Utrecht', 'Albeda', 'Summa College', 'Hanzehogeschool', 'Fontys']))}\n\n"
            f"Talen\n{talen}\n\nVaardigheden\n{d.K(d.c(['Exact Online', 'AFAS', 'Microsoft Office', 'AutoCAD', 'SAP']))}, klantgericht, VCA-basis")


@template("sollicitanten: overzicht met contactgegevens", block="CUSTOMER_LIST")
def t_sollicitanten(d):
    d.B("CUSTOMER_LIST")
    n = d.i(5, 8)
    f = d.K(d.c(FUNCTIES))
    rows = []
    for _ in range(n):
        p = d.person()
        rows.append(f"{p.full()}, {d.email(p)}, {d.phone()}, {d.c(['uitnodigen', 'afwijzen', 'twijfel', 'eerste gesprek gepland'])}")
    return (f"Sollicitanten {f} - stand {d.date((-1, 0), style=2)}\n\nnaam, e-mail, telefoon, status\n" + "\n".join(rows) +
            f"\n\nGesprekken op {d.date()} vanaf {d.time(lo=9, hi=13)}.")


@template("stage: evaluatie stagiair")
def t_stage_evaluatie(d):
    st, beg, doc = d.person(), d.person(), d.person()
    co = comp(d, d.c(["it", "drukkerij", "garage", "boekhoud", "event", "foto"]))
    school = d.K(d.c(["ROC van Amsterdam", "Summa College", "Deltion College", "Hogeschool Rotterdam", "Avans", "Graafschap College"]))
    return (f"{d.kw('Eindevaluatie')} beroepspraktijkvorming\n\nStudent: {st.full()}\nOpleiding: {d.c(['Allround medewerker IT', 'Mediavormgever', 'Autotechnicus', 'Financieel administratief medewerker', 'Evenementenorganisator'])}, {school}\n"
            f"Bedrijf: {co}\nPraktijkopleider: {beg.full()}\nStagedocent: {doc.title()}\nPeriode: {d.date((-140, -120), style=2)} t/m {d.date((-3, 0), style=2)}\n\n"
            f"Beoordeling\nVakkennis: {d.c(['goed', 'voldoende', 'uitstekend'])}\nZelfstandigheid: {d.c(['goed', 'voldoende', 'ruim voldoende'])}\n"
            f"Samenwerken: {d.c(['goed', 'uitstekend'])}\nEindcijfer: {d.K(d.c(['7,5', '8,0', '6,8', '8,4', '7,2']))}\n\n"
            f"Toelichting: {st.fn()} heeft zich {d.c(['snel', 'goed', 'in korte tijd'])} ingewerkt en kon na een paar weken zelfstandig "
            f"{d.c(['tickets oppakken', 'drukwerk voorbereiden', 'kleine beurten uitvoeren', 'de crediteurenadministratie doen', 'leveranciers aansturen'])}. "
            f"Aandachtspunt: op tijd communiceren bij ziekte.\n\nBesproken met {st.fn()} op {d.date((-2, 0), style=0)}.")


@template("stage: stagevergoeding met BSN", block="BSN")
def t_stage_bsn(d):
    d.B("BSN")
    st, hr = d.person(), d.person()
    return (f"Hoi {hr.fn()},\n\nVoor de stagevergoeding ({d.money(200, 500, cents=False)} per maand) heb je mijn gegevens nodig:\n\n"
            f"{st.full()}\nBSN: {d.bsn()}\nIBAN: {d.iban()}\nGeboortedatum: {d.bdate(lo=2001, hi=2007)}\n\n"
            f"Mijn stage begint {d.date(style=0)}. Groetjes, {st.fn()}")


@template("HR: arbeidsovereenkomst ondertekend", block="SIGNED_CONTRACT")
def t_arbeidsovereenkomst(d):
    d.B("SIGNED_CONTRACT")
    w, dir_ = d.person(), d.person()
    co = comp(d, d.c(list(COMPANIES)))
    a = d.addr()
    salaris = d.money(2300, 4200, cents=False)
    sig = d.alt(lambda: f"Werkgever: {dir_.full()} ........ (getekend)\nWerknemer: {w.full()} ........ (getekend)",
                lambda: f"[handtekening]\t\t[handtekening]\n{dir_.ini()}\t\t{w.ini()}\ndirecteur\t\twerknemer",
                lambda: f"Ondertekend via {d.K('DocuSign')}:\n✔ {dir_.full()} - {d.date((-9, -1), style=4)} {d.time()}\n✔ {w.full()} - {d.date((-9, -1), style=4)} {d.time()}")
    return (f"{d.kw('ARBEIDSOVEREENKOMST')} VOOR BEPAALDE TIJD\n\nDe ondergetekenden:\n1. {co}, te dezen vertegenwoordigd door {dir_.full()}, hierna: werkgever;\n"
            f"2. {w.full()}, wonende te {a.line}, geboren op {d.bdate(lo=1965, hi=2005)}, hierna: werknemer;\n\n"
            f"Artikel 1. Werknemer treedt op {d.date((10, 40), style=2)} in dienst in de functie van {d.c(FUNCTIES)}.\n"
            f"Artikel 2. De overeenkomst geldt voor {d.K('12 maanden')}; proeftijd {d.K('1 maand')}.\n"
            f"Artikel 3. Het bruto maandsalaris bedraagt {salaris} bij {d.i(24, 40)} uur per week.\n"
            f"Artikel 4. Op de overeenkomst is de cao {d.K(d.c(['Metaal en Techniek', 'Schoonmaak- en Glazenwassersbedrijf', 'Bakkersbedrijf', 'Motorvoertuigenbedrijf', 'Hoveniers']))} van toepassing.\n\n"
            f"Aldus opgemaakt in tweevoud en ondertekend te {d.city()} op {d.date((-9, -1), style=2)}.\n\n{sig}")


@template("HR: aanbiedingsbrief salaris (niet getekend)")
def t_aanbod(d):
    k, hr = d.person(), d.person()
    co = comp(d, d.c(list(COMPANIES)))
    return (f"{k.aanhef()},\n\nLeuk dat je voor ons hebt gekozen! Zoals besproken bieden we je de functie van {d.K(d.c(FUNCTIES))} aan "
            f"met een bruto maandsalaris van {d.money(2300, 4200, cents=False)} bij {d.i(32, 40)} uur, plus {d.K('8%')} vakantiegeld "
            f"en een reiskostenvergoeding van {d.K('€ 0,23')} per km.\n\nHet contract is nog niet opgesteld; dat sturen we je {d.day()} "
            f"ter ondertekening via {d.K(d.c(['DocuSign', 'Signhost', 'e-mail']))}. Lees het rustig door voordat je tekent.\n\n{closing(d)}\n{hr.full()}\nHR | {co}")


@template("HR: personeelsdossier met BSN", block="BSN")
def t_personeelsdossier(d):
    d.B("BSN")
    w = d.person()
    a = d.addr()
    nood = d.person()
    return (f"{d.kw('PERSONEELSKAART')}\n\nNaam: {w.sur_first()}\nRoepnaam: {w.fn()}\nAdres: {a.st}\n{a.pc} {a.city}\n"
            f"Geboortedatum: {d.bdate(lo=1960, hi=2005)}\nBSN: {d.bsn()}\nIBAN: {d.iban()}\nIn dienst: {d.date((-900, -30), style=4)}\n"
            f"Functie: {d.c(FUNCTIES)}\nNoodcontact: {nood.full()} ({d.c(['partner', 'vader', 'broer'] if nood.he else ['partner', 'moeder', 'zus'])}), {d.phone()}")


@template("HR: payslip Engels met BSN", block="SALARY_SLIP")
def t_payslip_en(d):
    d.B("SALARY_SLIP")
    d.B("BSN")
    w = d.person(d.c(["gb", "us", "in", "pl", "es", "it", "pt", "br", "ro", "ua"]))
    co = comp(d, d.c(["it", "groothandel", "drukkerij"]))
    return payslip(d, w, co + " B.V.", role=d.c(["Software developer", "Warehouse operator", "Sales engineer", "Data analyst"]),
                   layout=d.c(["plain", "tabs"]), with_bsn=True, en=True)


@template("HR: loonstrook met BSN", block="SALARY_SLIP")
def t_loonstrook_bsn(d):
    d.B("SALARY_SLIP")
    d.B("BSN")
    w = d.person()
    co = comp(d, d.c(list(COMPANIES)))
    return payslip(d, w, co, role=d.c(FUNCTIES), layout=d.c(["plain", "md", "tabs"]), with_bsn=True)


@template("HR: ziekmelding (zonder medische details)")
def t_ziekmelding(d):
    w, lg, coll = d.person(), d.person(), d.person()
    return (f"Hoi {lg.fn()},\n\n{w.full()} heeft zich vanochtend om {d.time(lo=6, hi=9)} ziek gemeld. Verwachting: {d.c(['paar dagen', 'rest van de week', 'onbekend'])}. "
            f"Ik heb de {d.c(['klussen', 'afspraken', 'diensten'])} van {d.day()} en {d.day()} verdeeld; {coll.fn()} neemt de route over.\n"
            f"Melding staat in {d.K(d.c(['Nmbrs', 'AFAS', 'Youforce', 'Loket.nl']))}. De arbodienst belt {w.fn()} op {d.date(style=0)}.\n\n"
            f"Niet naar de reden vragen aub, dat is privé.\n\nGroet,\n{d.person().fn()}")


@template("teamuitje: uitnodiging (2-3 chauffeurs)")
def t_teamuitje(d):
    org = d.person()
    drivers = d.people_n(d.i(2, 3))
    act = d.K(d.c(["Escape Room De Kluis", "Suppen op de Vecht", "Bowling & Dinner", "Klimbos Grebbeberg", "Workshop sushi maken", "Karten bij Race Planet"]))
    lines = "\n".join(f"- {p.full()} ({d.plate()}) - {d.phone()}" for p in drivers)
    return (f"Hoi allemaal! 🎉\n\nOp {d.date((10, 40))} gaan we met het hele team naar {act} in {d.city()}. Vertrek om {d.time(lo=13, hi=16)} vanaf de zaak.\n"
            f"De zaak betaalt {d.money(40, 90, cents=False)} p.p., drankjes daarna zijn voor eigen rekening.\n\nWe rijden met:\n{lines}\n\n"
            f"Dieetwensen graag voor {d.date((2, 9))} doorgeven aan {org.fn()}.\n\nTot dan!\n{org.fn()}")


@template("teamuitje: deelnemerslijst met telefoon", block="CUSTOMER_LIST")
def t_teamuitje_lijst(d):
    d.B("CUSTOMER_LIST")
    n = d.i(6, 12)
    act = d.K(d.c(["Escape Room De Kluis", "Suppen op de Vecht", "Bowling & Dinner", "Klimbos Grebbeberg", "Workshop sushi maken"]))
    rows = []
    for _ in range(n):
        p = d.person()
        rows.append(f"{p.full()}\t{d.phone()}\t{d.c(['vegetarisch', '-', 'geen noten', 'halal', '-', 'glutenvrij'])}")
    return (f"Deelnemers {act} ({d.date((5, 30), style=4)})\nnaam\tmobiel\tdieet\n" + "\n".join(rows) +
            f"\n\nGroepsprijs {d.money(400, 1400)}, aanbetaling {d.K('25%')} voldaan.")


# ----------------------------------------------------------------------------------------------
# Chat exports, mail threads, forwarded mails, signatures
# ----------------------------------------------------------------------------------------------
@template("WhatsApp: winkelteam")
def t_whatsapp_winkel(d):
    ppl = d.people_n(4)
    shop = comp(d, "winkel")
    klant = d.person()
    dt = d.today
    ts = lambda h, m: f"[{dt.day:02d}-{dt.month:02d}-{dt.year} {h:02d}:{m:02d}]"
    h = d.i(8, 10)
    a, b, c, e = ppl
    lines = [
        f"{ts(h, 2)} {a.fn()}: goedemorgen! wie kan zaterdag {d.K('9-17')} ruilen met mij? 🙏",
        f"{ts(h, 5)} {b.low()}: ik kan tot 13u",
        f"{ts(h, 9)} {c.fn()}: @{a.fn()} ik doe de middag wel",
        f"{ts(h, 14)} {e.fn()}: top. andere vraag: {klant.title()} belde over de bestelling {d.ref('BST')}, die ligt achter in de kast. ze komt {d.day()} na {d.time(lo=12, hi=16)}",
        f"{ts(h, 20)} {b.low()}: is die al betaald? {d.money(15, 250)} toch?",
        f"{ts(h, 21)} {e.fn()}: ja via de webshop",
        f"{ts(h + 1, 3)} {a.fn()}: thnx {c.low()} ❤️",
    ]
    return f"{shop} team 🛍️\n" + "\n".join(lines)


@template("WhatsApp: wifi-wachtwoord gedeeld", block="PASSWORD")
def t_whatsapp_wifi(d):
    d.B("PASSWORD")
    a, b = d.person(), d.person()
    shop = comp(d, d.c(["winkel", "bakker", "kapper", "fiets"]))
    net = d.K(d.c(["Winkel-Gast", "Kassa-5G", "Personeel", "Ziggo-Zaak"]))
    return (f"{a.fn()}: nieuwe router is er. wifi {net}\n{a.fn()}: ww {d.password(d.c([0, 1, 3, 5]))}\n"
            f"{b.low()}: en die van de pinautomaat? \n{a.fn()}: die blijft hetzelfde, vraag maar aan {d.person().fn()}\n{b.low()}: 👍")


@template("mailthread: geciteerde antwoorden")
def t_mailthread(d):
    k, v = d.person(), d.person()
    co = comp(d, d.c(["drukkerij", "fiets", "hovenier", "event", "foto", "solar"]))
    dt1 = d.date((-6, -4), style=1, keep=False)
    dt2 = d.date((-3, -1), style=1, keep=False)
    new_date = d.date((2, 20))
    return (f"Hoi {v.fn()},\n\nPrima, dan wordt het {new_date} om {d.time()}. Ik zet het in de agenda.\n\nGroet, {k.fn()}\n\n"
            f"On {dt2}, {v.full()} <{d.email(v, company=co)}> wrote:\n> Hoi {k.fn()},\n> \n> Helaas lukt {d.day()} niet meer, onze bus is in de garage. "
            f"Kan het ook later?\n> \n> {v.fn()}\n> \n>> Op {dt1} schreef {k.full()} <{d.email(k)}>:\n>> Hallo,\n>> We spraken af voor {d.date((1, 3))}. "
            f"Het adres is {d.addr().st}. Mijn nummer voor als jullie er zijn: {d.phone()}\n>> Groet, {k.fn()}")


@template("doorgestuurde mail met headers")
def t_doorgestuurd(d):
    a, b, c = d.person(), d.person(), d.person()
    co = comp(d, d.c(list(COMPANIES)))
    cco = comp(d, d.c(["groothandel", "vastgoed", "boekhoud"]))
    return (f"{b.fn()}, kun jij dit oppakken? Ik ben er {d.day()} niet.\n{a.fn()}\n\n---------- Doorgestuurd bericht ---------\n"
            f"Van: {c.full()} <{d.email(c, company=cco)}>\nDatum: {d.date((-2, 0), style=1)} om {d.time()}\n"
            f"Onderwerp: {d.kw('Offerteaanvraag')} {d.c(['onderhoud', 'levering', 'uitbreiding', 'reparatie'])}\n"
            f"Aan: {d.email(company=co)}\nCc: {a.full()} <{d.email(a, company=co)}>\n\n{d.c(['Goedemiddag', 'Beste mensen', 'Hallo'])},\n\n"
            f"Wij zoeken een partij voor {d.c(['het onderhoud van onze bedrijfstuin', 'de levering van verpakkingsmateriaal', 'de schoonmaak van ons kantoor', 'nieuwe laptops'])} "
            f"vanaf {d.K(d.c(MONTHS))}. Budget ca. {d.money(1000, 20000, cents=False)} per jaar. Kunt u mij bellen op {d.phone('any')}?\n\n{closing(d)}\n{c.ini()}\n{cco}")


@template("doorgestuurde mail met API-key", block="API_KEY")
def t_doorgestuurd_api(d):
    d.B("API_KEY")
    a, b, dev = d.person(), d.person(), d.person()
    co = comp(d, d.c(["winkel", "drukkerij", "event", "fiets"]))
    kind = d.c(["mollie", "google", "sendgrid", "openai", "stripe", "mailchimp", "hf", "anthropic"])
    naam = {"mollie": "Mollie", "google": "Google Maps", "sendgrid": "SendGrid", "openai": "OpenAI", "stripe": "Stripe",
            "mailchimp": "Mailchimp", "hf": "Hugging Face", "anthropic": "Anthropic"}[kind]
    return (f"Fwd: {d.K(naam)} koppeling\n\n{b.fn()}, zie hieronder, kun jij dit in de website zetten?\n\n"
            f"---------- Forwarded message ---------\nFrom: {dev.full()} <{d.email(dev, company=comp(d, 'it'))}>\nDate: {d.date((-3, 0), style=1, en=False)}\n"
            f"Subject: {naam} koppeling\nTo: {a.full()} <{d.email(a, company=co)}>\n\nHi {a.fn()},\n\nDe nieuwe sleutel voor {naam} is:\n{d.apikey(kind)}\n\n"
            f"De oude heb ik ingetrokken. Groet, {dev.fn()}")


@template("Outlook-handtekening met functie en lijnen")
def t_outlook_sig(d):
    s, k = d.person(), d.person()
    co = comp(d, d.c(list(COMPANIES)))
    role = d.c(["Accountmanager", "Office manager", "Projectleider", "Directeur-eigenaar", "Planner", "Werkvoorbereider",
                "Hoofd administratie", "Customer success manager"])
    tit = d.c(["", "", "ing. ", "mr. ", "drs. ", "ir. "])
    nm = s.ini(d.c([0, 1])) if tit else s.full()
    d.masks.pop()       # re-register below with the exact written form
    nm = d.M("PERSOON", nm)
    return (f"{k.aanhef()},\n\nDank voor het prettige gesprek van {d.day()}. De planning schuift een week op, dus we starten {d.date(style=0)}. "
            f"De offerte ({d.ref('OFF')}) blijft verder ongewijzigd.\n\n{closing(d)}\n\n{tit}{nm}\n{role}\n\n{co}\n"
            f"{d.c(['Direct', 'Tel. direct', 'T'])}: {d.phone('biz')}\n{d.c(['Mobiel', 'M', 'GSM'])}: {d.phone()}\n"
            f"{d.c(['Algemeen', 'Receptie', 'Kantoor'])}: {d.phone('biz')}\n{d.email(s, company=co)} | {web(d, co)}\n\n"
            f"{d.c(['Aanwezig ma, di, do', 'Ik werk niet op woensdag', 'Bereikbaar ma-vr 8:30-17:00'])}\n"
            f"{d.K('KvK')} {d.K(str(d.i(10000000, 99999999)))}")


# ----------------------------------------------------------------------------------------------
# Spreadsheets, markdown, JSON, CSV
# ----------------------------------------------------------------------------------------------
@template("Excel: klantenlijst (tabs)", block="CUSTOMER_LIST")
def t_excel_klanten(d):
    d.B("CUSTOMER_LIST")
    n = d.i(5, 14)
    rows = ["Klantnr\tNaam\tAdres\tPostcode\tPlaats\tTelefoon\tE-mail"]
    for _ in range(n):
        p = d.person()
        a = d.addr()
        nm = p.full() if d.p(0.7) else p.sur_first()
        rows.append(f"{d.i(10000, 99999)}\t{nm}\t{a.st}\t{a.pc}\t{a.city}\t{d.phone('any')}\t{d.email(p)}")
    return "\n".join(rows)


@template("Excel: orderoverzicht (9-cijferige ordernummers, geen persoonsgegevens)")
def t_excel_orders(d):
    n = d.i(4, 9)
    rows = ["Ordernr\tDatum\tArtikel\tAantal\tBedrag\tStatus"]
    arts = ["Gazelle Ultimate C380", "Krukas Shimano", "Bakfietsregenhoes", "Accu 500Wh", "Fietsslot ART-2", "Stuurtas Basil",
            "Kinderzitje Yepp", "Remblokken set", "Buitenband Schwalbe 28\"", "Fietstas Urban Iki"]
    for _ in range(n):
        rows.append(f"{d.order9()}\t{d.date((-30, 0), style=4)}\t{d.K(d.c(arts))}\t{d.i(1, 6)}\t{d.money(9, 3500, cents=True, style=d.c([0, 4]))}\t"
                    f"{d.c(['verzonden', 'betaald', 'retour', 'open'])}")
    who = d.person()
    return f"Export {d.K('webshop')} {d.date((-1, 0), style=4)} (aangevraagd door {who.fn()})\n" + "\n".join(rows)


@template("markdown: projectplanning (3 personen)")
def t_md_planning(d):
    ppl = d.people_n(3)
    proj = d.K(d.c(["Verbouwing showroom", "Nieuwe website", "Verhuizing magazijn", "Invoering kassasysteem", "Zonnepanelen op hal 2"]))
    rows = []
    taken = d.sample(["offertes opvragen", "planning leveranciers", "communicatie klanten", "budgetbewaking", "oplevering", "testen"], 3)
    for p, t in zip(ppl, taken):
        nm = d.alt(lambda: p.full(), lambda: p.fn(), lambda: "@" + p.fn())
        rows.append(f"| {t} | {nm} | {d.date((3, 60), style=d.c([2, 6]))} | {d.c(['open', 'bezig', 'klaar'])} |")
    return (f"## {proj}\n\n| Taak | Wie | Deadline | Status |\n|------|-----|----------|--------|\n" + "\n".join(rows) +
            f"\n\n**Budget:** {d.money(5000, 60000)} — besteed {d.pct(10, 80)}\n**Volgende overleg:** {d.date(style=0)} {d.time()}")


@template("markdown: klantentabel met e-mail", block="CUSTOMER_LIST")
def t_md_klanten(d):
    d.B("CUSTOMER_LIST")
    n = d.i(5, 10)
    rows = ["| Klant | E-mail | Telefoon | Omzet |", "|---|---|---|---|"]
    for _ in range(n):
        p = d.person()
        rows.append(f"| {p.full()} | {d.email(p)} | {d.phone('any')} | {d.money(100, 20000)} |")
    return f"### {d.kw('Topklanten')} {d.today.year}\n\n" + "\n".join(rows)


@template("JSON: één klantrecord uit webshop")
def t_json_klant(d):
    p = d.person()
    a = d.addr(compact=True)
    o = d.order9()
    rec = {
        "order_id": int(o), "created_at": f"{d.today.isoformat()}T{d.i(8, 22):02d}:{d.i(0, 59):02d}:00+02:00",
        "customer": {"first_name": p.fn(), "last_name": d.M("PERSOON", p._sur_cap() if not p.tv else p._sur()),
                     "email": d.email(p), "phone": d.phone(fmt=d.c([0, 7]))},
        "shipping_address": {"street": a.st, "postcode": a.pc, "city": a.city, "country": "NL"},
        "total": d.K(d.c(["49.95", "129.00", "18.50", "312.40", "74.99"])), "currency": "EUR",
        "items": [{"sku": d.K(d.c(["KAAS-OUD-500", "THEE-ROOIBOS", "MOK-DELFTS", "SLOT-ART2", "BOEK-0231"])), "qty": d.i(1, 4)}],
    }
    return json.dumps(rec, ensure_ascii=False, indent=d.c([2, None]))


@template("JSON: klantenexport (array)", block="CUSTOMER_LIST")
def t_json_klanten(d):
    d.B("CUSTOMER_LIST")
    n = d.i(5, 9)
    arr = []
    for k in range(n):
        p = d.person()
        arr.append({"id": 1000 + k * d.i(1, 9), "naam": p.full(), "email": d.email(p), "telefoon": d.phone(),
                    "nieuwsbrief": d.c([True, False])})
    return json.dumps(arr, ensure_ascii=False, indent=d.c([None, 2]))


@template("CSV: betalingen zonder namen (tricky nummers)")
def t_csv_betalingen(d):
    n = d.i(4, 8)
    rows = ["datum;factuurnr;omschrijving;bedrag;status"]
    for _ in range(n):
        rows.append(f"{d.date((-40, 0), style=4)};{d.order9()};{d.K(d.c(['Abonnement Moneybird', 'Huur bedrijfspand', 'KPN Zakelijk', 'Brandstof Shell', 'Vodafone Business', 'Adobe Creative Cloud']))};"
                    f"{d.K(d.c(['-', '']) + str(d.i(10, 2500)) + ',' + str(d.i(10, 99)))};{d.c(['verwerkt', 'open'])}")
    return f"Bankexport {d.kw('Rekening-courant')} ({d.K(d.c(['Rabobank', 'ING', 'ABN AMRO', 'bunq', 'Knab']))})\n" + "\n".join(rows)


# ----------------------------------------------------------------------------------------------
# Voicemail, calendar, OCR
# ----------------------------------------------------------------------------------------------
@template("voicemail: transcriptie terugbelverzoek")
def t_voicemail(d):
    k, v = d.person(), d.person()
    co = comp(d, d.c(["garage", "solar", "loodgieter", "hovenier", "vastgoed"]))
    return (f"Nieuwe voicemail van {d.phone('any')} om {d.time()}\nTranscriptie (automatisch, kan fouten bevatten):\n\n"
            f"\"hallo met {k.full()} van {comp(d, d.c(['groothandel', 'boekhoud', 'winkel']))} ik probeer {v.fn()} te bereiken over de offerte van "
            f"{d.money(300, 9000, cents=False)} eh die klopt volgens mij niet helemaal er staat {d.pct(5, 20)} korting maar we hadden het over meer "
            f"wil {v.fn()} me terugbellen ik ben er tot {d.time(lo=16, hi=18)} ook {d.day()} nog doei\"")


@template("agenda-uitnodiging")
def t_agenda(d):
    org = d.person()
    att = d.people_n(d.i(2, 3))
    co = comp(d, d.c(list(COMPANIES)))
    wat = d.K(d.c(["Kwartaaloverleg", "Sollicitatiegesprek", "Kick-off project", "Evaluatie stage", "Jaargesprek", "Overleg AVG-beleid"]))
    dt = d.date((1, 30), style=1)
    deel = "\n".join(f"  {p.full()} <{d.email(p, company=co)}> - {d.c(['vereist', 'optioneel'])}" for p in att)
    return (f"{d.kw('Uitnodiging')}: {wat}\nWanneer: {dt} {d.time()}-{d.time()} ({d.K('Amsterdam, Berlijn, Rome')})\n"
            f"Waar: {d.alt(lambda: d.K('Microsoft Teams-vergadering'), lambda: d.K('vergaderruimte 2'), lambda: d.addr().st + ', ' + d.city())}\n"
            f"Organisator: {org.full()}\nDeelnemers:\n{deel}\n\nAgenda: {d.c(['terugblik kwartaal, cijfers, planning', 'kennismaking en vragen', 'voortgang en risico’s'])}")


@template("OCR: gescande brief met gebroken regels")
def t_ocr_brief(d):
    k, v = d.person(), d.person()
    co = comp(d, d.c(["vastgoed", "incasso", "uitvaart", "loodgieter"]))
    a = d.addr(compact=d.p(0.5))
    nm = k.caps() if d.p(0.5) else k.full()
    return (f"{co.upper()}\n\n\n{nm}\n{a.st}\n{a.pc}  {a.city.upper()}\n\n{d.city()}, {d.date((-5, 0), style=2)}\n\n"
            f"Betreft : uw brief van {d.date((-20, -8), style=2)}\n\n{k.aanhef(True)} ,\n\nIn antwoord op uw brief bevestigen wij\ndat het bedrag van "
            f"{d.money(50, 2000)} op {d.date((-4, -1), style=2)} is\nterugbetaald op rekening {d.iban(spaced=True)}.\n\nHoogachtend ,\n\n\n{v.ini()}\n"
            f"- 1 -")


@template("OCR: gescande loonstrook", block="SALARY_SLIP")
def t_ocr_loonstrook(d):
    d.B("SALARY_SLIP")
    w = d.person()
    co = comp(d, d.c(list(COMPANIES)))
    bsn = d.p(0.4)
    if bsn:
        d.B("BSN")
    return payslip(d, w, co.upper(), role=d.c(FUNCTIES), layout="ocr", with_bsn=bsn)


# ----------------------------------------------------------------------------------------------
# English / Flemish
# ----------------------------------------------------------------------------------------------
@template("Engelse mail van buitenlandse leverancier met Nederlands antwoord")
def t_english_mail(d):
    u, n = d.person(d.c(["gb", "us", "de", "in", "it", "es"])), d.person()
    sup = d.K(d.c(["Brightline Packaging Ltd", "Northern Print Supplies", "Midwest Tools Inc.", "EuroFoods GmbH"]))
    return (f"Dear {n.title('en')},\n\nThank you for your order {d.ref('PO')}. Unfortunately the {d.K(d.c(['pallet wrap', 'label rolls', 'display stands', 'vacuum bags']))} "
            f"are delayed; new ETA is {d.date((5, 25), en=True)}. We will refund the shipping cost of {d.money_en(40, 400)}.\n"
            f"Please call me on {d.phone(d.c(['uk', 'de', 'uk']))} if this causes problems.\n\nKind regards,\n{u.full()}\nExport Sales | {sup}\n\n"
            f"---\nHi {u.fn()}, no problem, maar graag uiterlijk {d.day()} een update. Our warehouse contact is {d.person().full()}, {d.phone()}.\nBest, {n.fn()}")


@template("Vlaamse mail")
def t_vlaams(d):
    k, v = d.person("be"), d.person("be")
    a = d.addr(be=True)
    co = d.K(d.c(["Schrijnwerkerij Dewinter", "Dakwerken Vandamme", "Tuinaanleg Groenmeester", "Elektro Lux bv", "Keukens De Snijplank"]))
    return (f"Dag {k.fn()},\n\nIk had u beloofd om de offerte door te sturen, bij deze. Voor de werken aan de {a.st} in {a.city} "
            f"komen we op {d.money(800, 12000)} excl. btw ({d.K('6%')} voor renovatie). We kunnen starten de {d.K(d.c(['tweede week van ', 'eerste week van ', 'laatste week van ']) + d.c(MONTHS))}.\n\n"
            f"Gelieve het voorschot van {d.K('30%')} over te schrijven op {d.iban('BE')}. Voor vragen ben ik bereikbaar op mijn gsm {d.phone('be')}.\n\n"
            f"Met vriendelijke groeten,\n{v.full()}\n{co}\nBTW {d.K('BE 0' + str(d.i(400, 899)) + '.' + str(d.i(100, 999)) + '.' + str(d.i(100, 999)))}")


@template("Vlaams contract 'gelezen en goedgekeurd'", block="SIGNED_CONTRACT")
def t_vlaams_contract(d):
    d.B("SIGNED_CONTRACT")
    k, v = d.person("be"), d.person("be")
    a = d.addr(be=True)
    return (f"{d.kw('AANNEMINGSOVEREENKOMST')}\n\nTussen {v.full()}, zaakvoerder, hierna de aannemer,\nen {k.full()}, wonende {a.st}, {a.pc} {a.city}, hierna de bouwheer,\n\n"
            f"wordt overeengekomen wat volgt:\nArt. 1 De aannemer voert de renovatie van de badkamer uit voor de prijs van {d.money(6000, 25000)} excl. btw.\n"
            f"Art. 2 Aanvang der werken: {d.date((10, 40), style=2)}.\n\nOpgemaakt te {d.K(a.city)} op {d.date((-5, 0), style=2)}, in twee exemplaren, "
            f"waarvan elke partij erkent het hare te hebben ontvangen.\n\n\"Gelezen en goedgekeurd\"\n{k.full()} (handtekening)\n\n"
            f"\"Gelezen en goedgekeurd\"\n{v.full()} (handtekening)")


@template("Belgische factuur")
def t_be_factuur(d):
    k, v = d.person("be"), d.person("be")
    a = d.addr(be=True)
    st = d.c([0, 1, 3])
    sub = d.r.uniform(150, 4000)
    return (f"{d.kw('FACTUUR')} nr. {d.K(str(d.today.year) + '/' + str(d.i(10, 999)).zfill(3))}\n\nKlant: {k.full()}\n{a.st}\n{a.pc} {a.city}\n\n"
            f"Omschrijving: {d.c(['onderhoud verwarmingsketel', 'plaatsen ramen', 'herstelling dakgoot', 'schilderwerken'])}\nMaatstaf: {d.eur(sub, st)}\n"
            f"Btw 21%: {d.eur(sub * 0.21, st)}\nTe betalen: {d.eur(sub * 1.21, st)}\n\nGestructureerde mededeling: {d.K('+++' + str(d.i(100, 999)) + '/' + str(d.i(1000, 9999)) + '/' + str(d.i(10000, 99999)) + '+++')}\n"
            f"Rekening {d.iban('BE')} - vervaldag {d.date((14, 30), style=4)}\nContact: {v.fn()} {d.phone('be')}")


@template("Belgische loonfiche", block="SALARY_SLIP")
def t_be_loonfiche(d):
    d.B("SALARY_SLIP")
    w = d.person("be")
    bruto = round(d.r.uniform(2200, 4800), 2)
    rsz = round(bruto * 0.1307, 2)
    vh = round((bruto - rsz) * d.r.uniform(0.15, 0.28), 2)
    netto = round(bruto - rsz - vh, 2)
    st = d.c([0, 3])
    return (f"{d.kw('LOONFICHE')} {d.month()} {d.today.year}\nWerkgever: {d.K(d.c(['Bakkerij Het Gouden Broodje bv', 'Garage Mertens-Vanhove nv', 'Tuinen De Kouter bv']))}\n"
            f"Bediende: {w.full()}\nPC {d.K(d.c(['200', '118', '112', '145']))}\n\nBrutoloon\t{d.eur(bruto, st)}\nRSZ werknemer 13,07%\t-{d.eur(rsz, st)}\n"
            f"Bedrijfsvoorheffing\t-{d.eur(vh, st)}\nNettoloon\t{d.eur(netto, st)}\n\nBetaald op rekening {d.iban('BE')}")


# ----------------------------------------------------------------------------------------------
# Misc clean look-alikes and more blocked kinds
# ----------------------------------------------------------------------------------------------
@template("wachtwoordbeleid zonder wachtwoord")
def t_pw_talk(d):
    a, b = d.person(), d.person()
    return d.alt(
        lambda: (f"Hoi {a.fn()},\n\nJe wachtwoord voor {d.K(d.c(SOFTWARE))} is verlopen. Klik in het inlogscherm op '{d.K('Wachtwoord vergeten')}' "
                 f"en je krijgt een sms op het nummer dat bij ons bekend is. Stuur je wachtwoord nooit per mail of WhatsApp, ook niet naar mij.\n\n"
                 f"Nieuwe eis vanaf {d.date(style=2)}: minimaal {d.K('14 tekens')} en tweestapsverificatie aan.\n\n{closing(d)}\n{b.fn()}"),
        lambda: (f"{a.fn()}: wat was het wachtwoord van de kassa ook alweer?\n{b.fn()}: staat in {d.K('Bitwarden')}, map {d.K('Winkel')}. "
                 f"ga ik hier niet in de groep zetten 😉\n{a.fn()}: haha oké, thnx"),
        lambda: (f"Notulen {d.kw('teamoverleg')} {d.date((-3, 0), style=4)}\n- {a.fn()} heeft de wachtwoorden van alle AI-tools gewijzigd en 2FA aangezet.\n"
                 f"- Gedeelde wachtwoorden gaan vanaf nu via de wachtwoordkluis, niet via de mail.\n- {b.fn()} checkt {d.day()} welke plannen we hebben "
                 f"({d.K('ChatGPT Team')} of {d.K('Plus')}).\n- Volgende overleg: {d.date(style=0)}"))


@template("praten over tekenen zonder getekend contract")
def t_contract_talk(d):
    a, b = d.person(), d.person()
    co = comp(d, d.c(list(COMPANIES)))
    return (f"{a.aanhef()},\n\nIn de bijlage het {d.c(['onderhoudscontract', 'huurcontract', 'raamcontract', 'contract voor de levering'])} als {d.kw('concept')}. "
            f"Als u akkoord bent kunt u het digitaal ondertekenen; u ontvangt daarvoor een aparte link van {d.K(d.c(['DocuSign', 'Signhost', 'Yousign']))}. "
            f"Wij tekenen daarna ook. Tot die tijd is er nog niets vastgelegd en kunt u wijzigingen voorstellen.\n\n"
            f"Het maandbedrag is {d.money(50, 900)}, eerste factuur in {d.K(d.c(MONTHS))}.\n\n{closing(d)}\n{b.full()}\n{co}")


@template("webshop: WooCommerce-sleutels in mail", block="API_KEY")
def t_woo_keys(d):
    d.B("API_KEY")
    a, b = d.person(), d.person()
    hx = lambda n: "".join(d.c("0123456789abcdef") for _ in range(n))
    return (f"Hoi {b.fn()},\n\nVoor de koppeling met het kassasysteem ({d.K(d.c(['Lightspeed', 'Vectron', 'SumUp POS', 'Zettle']))}) heb ik REST-sleutels aangemaakt:\n\n"
            f"Consumer key: {d.M('API_SLEUTEL', 'ck_' + hx(40))}\nConsumer secret: {d.M('API_SLEUTEL', 'cs_' + hx(40))}\n\n"
            f"Rechten: lezen/schrijven. Wil je ze na het instellen uit je mail verwijderen?\n\n{a.fn()}")


@template("kapsalon: sms-herinnering")
def t_kapper_sms(d):
    k = d.person()
    co = comp(d, "kapper")
    return (f"{co}: Hoi {k.fn()}, herinnering voor je afspraak {d.date((1, 3), style=d.c([0, 5]))} om {d.time(lo=9, hi=19)} "
            f"({d.c(['knippen', 'knippen + baard', 'kleuren', 'highlights'])}, {d.money(20, 140, cents=False)}). Verzetten? Bel {d.phone('biz')} of antwoord STOP.")


@template("teamuitje: hotelreservering met creditcard (telefoonnotitie)")
def t_hotel_card(d):
    a, b = d.person(), d.person()
    hotel = d.K(d.c(["Van der Valk", "Fletcher Hotel", "Hotel De Wageningsche Berg", "Bastion Hotel"]))
    return (f"Notitie {d.date((-1, 0), style=4)} - reservering {hotel} voor de {d.K('personeelsdag')}\n"
            f"{d.i(8, 30)} kamers, {d.date((20, 60), style=0)}, groepsprijs {d.money(90, 160)} p.p.p.n.\n"
            f"Garantie met zakelijke creditcard {d.card()} (geldig t/m {d.i(1, 12):02d}/{d.i(26, 30)}), op naam van {a.full()}.\n"
            f"Contact hotel: {b.full()}, {d.phone('biz')}. Annuleren kosteloos tot {d.K('14 dagen')} vooraf.")


WORDNAMES = ["Roos", "Bloem", "Visser", "de Boer", "Zwart", "Winter", "van Dijk", "Koning", "de Haan", "Bakker", "Smit",
             "de Vos", "Groen", "Kok", "Post", "Mol", "Baas", "Boon", "Prins", "Stam", "Vink", "Kroon", "Koster",
             "Schipper", "Molenaar", "Keizer", "de Wit", "Zomer", "Storm", "Hoek", "Brouwer", "Kuiper", "Verver"]


@template("notities: namen die ook gewone woorden zijn")
def t_woordnamen(d):
    ps = []
    for sur in d.sample(WORDNAMES, 3):
        p = Person(d, "nl", d.c("mf"), d.c(NAMES["nl"][0] + NAMES["nl"][1]), sur)
        if any(q.first == p.first for q in d.people):
            p.first = d.c(NAMES["nl"][1])
        d.people.append(p)
        ps.append(p)
    a, b, c = ps
    lines = [f"{a.sn()} belde: de kozijnen komen {d.date(style=0)}. Terugbellen op {d.phone('any')}.",
             f"Met {b.title()} afgesproken dat we de rest van de klus in {d.K('week ' + str(d.i(2, 51)))} doen, "
             f"meerwerk {d.money(100, 900)}.",
             f"{c.sn()} wil de offerte per mail, adres staat in het systeem. Navragen bij {b.sn()} of het dak ook mee moet."]
    d.r.shuffle(lines)
    return f"{d.kw('Telefoonnotities')} {d.date((-1, 0), style=5)}\n\n" + "\n".join(lines)


@template("takenlijst: namen na werkwoorden en voorzetsels")
def t_takenlijst(d):
    a, b, c, e = d.people_n(4)
    klant = d.person()
    items = [lambda: f"bel {a.fn()} over de levering van {d.day()}",
             lambda: f"met {b.fn()} gesproken: akkoord op {d.money(200, 4000)}, factuur sturen",
             lambda: f"offerte naar {klant.title()} ({d.email(klant)})",
             lambda: f"sleutel ophalen bij {c.full()} vóór {d.time(lo=8, hi=12)}",
             lambda: f"@{e.fn()} kun jij de planning van {d.K('week ' + str(d.i(2, 51)))} maken?",
             lambda: f"navragen of {a.fn()} het busje ({d.plate()}) nodig heeft",
             lambda: f"terugbellen: {klant.sn()}, {d.phone('any')}"]
    items = [f() for f in d.sample(items, d.i(4, 7))]
    return f"{d.kw('Todo')} {d.day()}\n" + "\n".join(f"[ ] {it}" for it in items)


@template("chat: BSN in een appje", block="BSN")
def t_bsn_chat(d):
    d.B("BSN")
    a, b = d.person(), d.person()
    term = d.c(["bsn", "BSN", "sofinummer", "sofi-nummer", "burgerservicenummer"])
    return (f"{a.low()}: hoi {b.fn()}, voor de {d.c(['loonadministratie', 'verzekering', 'huurtoeslag', 'inschrijving'])} vroegen ze mijn {term}, "
            f"is dit goed zo? {d.bsn()}\n{b.fn()}: ja maar stuur zulke dingen liever niet via de app 🙈\n{a.low()}: oeps sorry 😅")


@template("IT: login leveranciersportaal in Engelse mail", block="PASSWORD")
def t_pw_english(d):
    d.B("PASSWORD")
    a, b = d.person(d.c(["gb", "us", "de", "in", "nl"])), d.person()
    portal = d.K(d.c(["supplier portal", "B2B webshop", "order portal", "tracking portal"]))
    return (f"Hi {b.fn()},\n\nAs discussed, here is the login for our {portal}:\n\nURL: https://{d.K(d.c(['portal.eurofoods.de', 'b2b.northernprint.co.uk', 'orders.midwesttools.com']))}\n"
            f"User: {d.email(company=comp(d, d.c(['groothandel', 'drukkerij', 'winkel'])))}\nPassword: {d.password()}\n\n"
            f"Orders placed before {d.time(lo=12, hi=15)} ship the same day.\n\nBest regards,\n{a.full()}")


# ==============================================================================================
# Corpus assembly
# ==============================================================================================
def check_blocks(name, declared, masks, blocks):
    labels = {l for l, _ in masks}
    if declared and declared not in blocks:
        raise Reject(f"{name}: declared block {declared} not set")
    if not declared and blocks:
        raise Reject(f"{name}: clean template set a block")
    need = {"BSN": "BSN", "WACHTWOORD": "PASSWORD", "API_SLEUTEL": "API_KEY"}
    for lab, cat in need.items():
        if lab in labels and cat not in blocks:
            raise Reject(f"{name}: {lab} present but {cat} not blocked")
        if cat in blocks and lab not in labels:
            raise Reject(f"{name}: {cat} blocked without a {lab} value")
    if "CUSTOMER_LIST" in blocks:
        people = {v for l, v in masks if l == "PERSOON"}
        if len(people) < 5:
            raise Reject(f"{name}: customer list with fewer than 5 people")


def make_record(idx, tpl):
    name, kind, declared, fn = tpl
    last = None
    for attempt in range(200):
        rng = random.Random(f"{SEED}:{idx}:{attempt}")
        d = Doc(rng, name)
        text = fn(d)
        try:
            validate(text, d.masks, d.keeps)
            check_blocks(name, declared, d.masks, d.blocks)
        except Reject as e:
            last = e
            continue
        seen, masks = set(), []
        for label, v in d.masks:
            if (label, v) not in seen:
                seen.add((label, v))
                masks.append([label, v])
        masks.sort(key=lambda lv: text.index(lv[1]))
        keeps = []
        for v in d.keeps:
            if v not in keeps:
                keeps.append(v)
        keeps.sort(key=text.index)
        return {"id": f"c5-{idx}", "text": text, "mask": masks, "block": list(d.blocks), "keep": keeps}, attempt
    raise SystemExit(f"template {name} keeps failing: {last}")


def schedule(rng):
    blocked = [t for t in TEMPLATES if t[2]]
    clean = [t for t in TEMPLATES if not t[2]]
    n_block = round(N_RECORDS * BLOCK_SHARE)
    cats = sorted({t[2] for t in blocked})
    plan = []
    for ci, cat in enumerate(cats):
        ts = [t for t in blocked if t[2] == cat]
        n = n_block // len(cats) + (1 if ci < n_block % len(cats) else 0)
        plan += [ts[k % len(ts)] for k in range(n)]
    plan += [clean[k % len(clean)] for k in range(N_RECORDS - n_block)]
    rng.shuffle(plan)
    return plan


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "c5.jsonl")
    rng = random.Random(SEED)
    plan = schedule(rng)
    recs, redraws = [], 0
    for idx, tpl in enumerate(plan):
        rec, att = make_record(idx, tpl)
        redraws += att
        recs.append(rec)
    with open(out_path, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nb = sum(1 for r in recs if r["block"])
    per = {}
    for r in recs:
        for b in r["block"]:
            per[b] = per.get(b, 0) + 1
    labels = {}
    for r in recs:
        for l, _ in r["mask"]:
            labels[l] = labels.get(l, 0) + 1
    nf, ns = len(all_first_names()), len(all_surnames())
    print(f"c5.jsonl: {len(recs)} records, {len(TEMPLATES)} templates, blocked {nb} ({100 * nb / len(recs):.1f}%) "
          f"{json.dumps(dict(sorted(per.items())))}, masks {sum(labels.values())} {json.dumps(dict(sorted(labels.items())))}, "
          f"keeps {sum(len(r['keep']) for r in recs)}, names {nf} first/{ns} surnames, redraws {redraws}")


if __name__ == "__main__":
    main()
