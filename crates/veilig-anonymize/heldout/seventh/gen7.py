#!/usr/bin/env python3
"""Held-out corpus c7 for the veilig anonymizer (see README.md).

Writes c7.jsonl next to this file: 2,000 labelled Dutch records in the same record format as
/work/shared/data/pii-dev.jsonl, but from new templates and newly written name / street / domain
pools. Python 3 standard library only; deterministic (fixed seed).

    python3 gen7.py            # writes c7.jsonl and prints a summary
    python3 gen7.py --check    # regenerate in memory, validate, print summary, write nothing
"""
import datetime
import json
import os
import random
import re
import string
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 70712
N_RECORDS = 2000
# same block share per category as the dev set (910 blocked of 2,000, one category each)
BLOCK_COUNTS = {"API_KEY": 164, "PASSWORD": 157, "SIGNED_CONTRACT": 150,
                "CUSTOMER_LIST": 149, "SALARY_SLIP": 149, "BSN": 141}

# ----------------------------------------------------------------------------------------------
# Name pools (written by hand for this corpus)
# ----------------------------------------------------------------------------------------------
NL_F = """Annemiek Marieke Hanneke Geertje Anneke Joke Ria Truus Wilma Gerda Ineke Jolanda Monique Petra
Miranda Yvonne Wendy Mariska Chantal Evelien Marjolein Mirjam Judith Ingrid Tineke Hennie Riet Greetje
Aaltje Trijntje Grietje Dieuwke Sietske Wytske Tjitske Jildou Sjoukje Baukje Gerbrich Froukje Hiske
Minke Ymkje Aukje Liesbeth Margriet Annelies Mieke Lenie Toos Hilde Karin Manon Suzanne Jacqueline
Loes Lisanne Nienke Jet Pleun Fien Lotje Guusje Wieke Hester Josien Rianne Heleen Willemijn Jozefien
Ankie Dirkje Hendrikje Marijke Klasina Femmie Jannie Janneke Roosmarijn Anouk Femke Lieke Marloes
Ilse Renske Maud Fenna Lotte Noor Tess Zoë Loïs Anaïs Wietske Ellemieke Berber Jitske Marit Rixt
Doortje Anna-Sophie Marie-José Anne-Marie Carlijn Daphne Esther Ilona Jorien Kirsten Lonneke Mayke
Nathalie Reinske Saskia Tamara Vera Willeke Yfke Harmke Bregje Floortje Geesje Hillegonda Jantine""".split()
NL_M = """Jeroen Wouter Joost Maarten Rutger Gijs Teun Bram Thijs Jelle Koen Niels Ruben Stijn Joris Pim
Hidde Jorrit Wessel Stefan Erik Marco Patrick Dennis Richard Ronald Arjan Edwin Hans Henk Kees Piet
Klaas Gerrit Wim Joop Harm Evert Douwe Sietse Hylke Auke Fokke Wiebe Tjeerd Jelmer Sybren Ids Bauke
Durk Pieter Hendrik Cornelis Johannes Jan-Willem Klaas-Jan Sjaak Sjef Twan Huub Frits Geert Bert Toon
Jos Rinus Lambert Ruud Tijmen Olivier Floris Mees Siem Ties Jurre Guus Reinier Diederik Frank Michiel
Arnoud Gerard Dirk Aart Jaap Leendert Arie Teunis Barend Melle Egbert Harmen Jochem Roeland Sander
Tjalling Wybren Bouke Freek Gerben Hielke Jesper Lodewijk Marnix Onno Pepijn Remco Siebe Taco
Ulbe Valentijn Wijnand Berend-Jan Gijsbert Hessel Anne-Jan Rintje Jelte Okke""".split()

# Dutch surnames; a leading lower-case part is the tussenvoegsel ('Oude' is part of the name).
NL_SUR = [
    'Hoekstra', 'Dijkstra', 'Visser', 'Bakker', 'de Haan', 'Postma', 'Goossens', 'Haverkamp', 'Wijnands',
    'Kooistra', 'Bouwman', 'Pols', 'Hoogland', 'Rietveld', 'Zijlstra', 'Wiersma', 'Sijtsma', 'Bergsma',
    'Terpstra', 'Jongsma', 'Boersma', 'Tuinstra', 'Kingma', 'Hiemstra', 'Bouma', 'Algra', 'Nauta', 'Rijpma',
    'Stellingwerf', 'Ottens', 'Nijboer', 'Oosterhuis', 'Hut', 'Kikkert', 'Spijker', 'Hamer', 'Naaktgeboren',
    'Kwakernaak', 'Zonneveld', 'Storm', 'Winter', 'Zomer', 'Vrolijk', 'Sterk', 'Stoel', 'Keizer', 'Paus',
    'Schaap', 'Kraai', 'Mus', 'Snoek', 'Baars', 'Poot', 'Nagel', 'Kop', 'Hart', 'Rood', 'Wortel', 'Tak',
    'Stam', 'Kaasjager', 'Boterman', 'Melkert', 'Oudshoorn', 'Knegt', 'Pronk', 'Plomp', 'Spek', 'Bolleboom',
    'Slikker', 'Scheffer', 'Kalkman', 'Rozeboom', 'Tichelaar', 'Wevers', 'Poelstra', 'Duifhuizen',
    'Vreugdenhil', 'Ravesteijn', 'Bruggink', 'Wolbers', 'Lubbers', 'Hulshof', 'Nijhof', 'Tijhuis',
    'Oude Engberink', 'Oude Luttikhuis', 'ter Haar', 'ten Cate', "in 't Veld", "van 't Hof",
    'uit den Bogaard', 'van de Wetering', 'Verschuren', 'Vlasblom', 'Hoogendoorn', 'Kloosterman', 'Schaafsma',
    'Brinkman', 'Wagenaar', 'Hooijer', 'Grootendorst', 'Boelens', 'van Egmond', 'van Rijswijk', 'Hazelhoff',
    'Vroom', 'Sluiter', 'Stolk', 'Kamerbeek', 'Weggeman', 'Mooijman', 'Pieterse', 'Luijten', 'Gielen',
    'Frijns', 'Wetzels', 'Kusters', 'Houben', 'Claessens', 'Daemen', 'Vossen', 'Janssens', 'van Ooijen',
    'Dingemans', 'Verstappen', 'Bressers', 'Roovers', 'van Gestel', 'de Bakker', 'van Nistelrooij',
    'van der Zanden', 'Sprangers', 'Gruijters', 'van Kessel', 'Bruins', 'Veldhuis', 'Dommerholt', 'Stegeman',
    'Wesselink', 'Nijenhuis', 'Brummelhuis', 'Kampman', 'Lohuis', 'van der Kolk', 'Mensink', 'Ribbers',
    'Hesselink', 'Lenferink', 'Droste', 'Harbers', 'de Kruijf', 'van Beusekom', 'van Zuilen', 'van Schaik',
    'van Kampen', 'ten Hove', 'Weeda', 'Zandbergen', 'Overbeek', 'Slagter', 'Blankespoor', 'Kortekaas',
    'Roozendaal', 'Zwanenburg', 'Heemskerk', 'Kortenhoeven', 'Vredeveld', 'Blokland', 'Boezeman',
    'van Putten', 'Zuidema', 'Haaksma', 'Wijbenga', 'Dykstra', 'Hendriksen', 'Verweij', 'Koppelaar', 'Smeenk',
    'Kolkman', 'Glas', 'Krul', 'Spaargaren', 'Weststrate', 'Kodde', 'Minderhoud', 'Bolier', 'Dieleman',
    'Huijsman', 'Hoefnagel', 'Scheepmaker', 'Kaptein', 'Knoop', 'Lindhout', 'Vermaat', 'Koelewijn', 'Emmer',
    'Koek', 'Suiker', 'Blaauw', 'Zilver', 'Goud', 'Koper', 'Regen', 'Donker', 'van Rossem', 'Hogeweg', 'Bijl',
    'Wijngaard', 'Jongejan', 'Stuiver', 'Mastenbroek', 'Schilperoort', 'Wapenaar', 'Groeneveld', 'van Baarle',
    'van Barneveld', 'van Bergeijk', 'van Bladel', 'van Boxtel', 'van Brakel', 'van Breda', 'van Bruggen',
    'van Deursen', 'van Dinther', 'van Drunen', 'van Duijn', 'van Eijk', 'van Empel', 'van Erp', 'van Essen',
    'van Geffen', 'van Gerwen', 'van Haaften', 'van Halteren', 'van Harskamp', 'van Heeswijk', 'van Helvoort',
    'van Herpen', 'van Hoek', 'van Hooff', 'van Hout', 'van Iersel', 'van Klaveren', 'van Kuijk', 'van Leent',
    'van Lent', 'van Loenen', 'van Maanen', 'van Mierlo', 'van Nes', 'van Oers', 'van Oort', 'van Opstal',
    'van Os', 'van Overveld', 'van Pelt', 'van Raaij', 'van Rhijn', 'van Riel', 'van Roosmalen', 'van Ruth',
    'van Schijndel', 'van Son', 'van Tilburg', 'van Toor', 'van Uden', 'van Veghel', 'van Vugt', 'van Weert',
    'van Wezel', 'van Wijngaarden', 'van Zon', 'van der Aa', 'van der Bijl', 'van der Burg', 'van der Donk',
    'van der Hulst', 'van der Kooi', 'van der Lee', 'van der Lugt', 'van der Pluijm', 'van der Schoot',
    'van der Stoep', 'van der Vlist', 'van der Weide', 'van der Zee', 'van den Bogaard', 'van den Boom',
    'van den Elzen', 'van den Hoven', 'van den Oetelaar', 'van den Tillaart', 'van de Pas', 'van de Vorst',
    'de Gier', 'de Goede', 'de Klerk', 'de Mooij', 'de Munck', 'de Nooij', 'de Pater', 'de Raad', 'de Reus',
    'de Schepper', 'de Vaan', 'de Valk', 'de Veer', 'de Vreede', 'de Weerd', 'de Zeeuw', 'ter Brugge',
    'ter Hofstede', 'ten Berge', "van 't Zand", "van 't Klooster", 'op de Weegh', "in 't Zandt",
    'van Kralingen', 'van Leeuwaarden', 'van Stiphout', 'van Wanrooij', 'van de Ruit', 'van der Sluijs',
    'van den Akker', 'van Wageningen', 'te Riele', 'te Brake', 'van der Poel', 'van den Hurk', 'van Dalen',
    'van Ommen', 'ter Steege', "op 't Hof", 'van Oudheusden', 'van Zanten', 'van Galen', 'de Heus',
    'in de Braekt', 'van Lith', 'van Hoof', 'van Bommel', 'van der Steeg', 'van Wieringen', 'de Vlieger',
    'ten Napel', 'van Amerongen', 'van Harten', 'ter Maat', 'te Lintelo', 'van Dorp',
]
NL_DOUBLE = ["Boreel van Hogelanden", "Gevers Deynoot", "Mollerus van Ravesteijn", "Twickel van Rhenen",
             "Schimmelpenninck van der Oye", "Rengers Hora Siccama", "Loudon van Beresteyn",
             "Sandberg tot Essenburg", "Hooft Graafland", "de Jonge van Zwijnsbergen", "Tjaarda Mees",
             "van Heemstra de Beaufort"]

# (first names female, first names male, surnames)
OTHER = {
    "tr": ("Fatma Elif Zeynep Merve Ayşe Hatice Kübra Büşra Ece Selin Tuğba Esra Derya Gülay Songül Sibel Özlem Yasemin Nurcan Dilek",
           "Emre Burak Mehmet Murat Serkan Hakan Cem Deniz Oğuz Volkan Ercan Kemal Barış Tolga Uğur Erdem Selçuk Mustafa Orhan Taner",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özdemir Polat Güneş Bulut Tekin Acar Karaca Ünal Erdem Korkmaz Şimşek Uçar Topal Akgül Keskin Bozkurt Sarıkaya Tunç Ekinci Gündoğdu Altıntaş"),
    "ma": ("Fatima Khadija Nora Ilham Samira Imane Salma Hanane Naima Latifa Ikram Soumaya Meryem Houda Loubna Siham Ouarda Najat Rachida Btissam Kaoutar",
           "Youssef Anouar Soufiane Ayoub Zakaria Bilal Rachid Karim Driss Mourad Hicham Abdelkader Nordin Jamal Redouan Tarik Mimoun Brahim Achraf Ismail Marouane",
           "el Amrani|Bouzid|Benali|El Idrissi|Ouali|Azzouzi|Boukhari|El Khattabi|Ait Taleb|Chaouch|Haddouchi|Belhaj|Zerouali|Ennaji|Tahiri|el Ouardi|Bakkali|Ziani|Moussaoui|Lahlali|Aouragh|Boulahrouz|Chahboun|El Hamdaoui|Oulad Ali|Akhiat|Ben Haddou|Marzouki|Touzani|Bouchtaoui"),
    "sr": ("Sharda Priya Shanti Roshni Xaviera Shirley Ursula Gracia Rosita Jennifer Sunita Anjali Kavita Sangeeta Chandra Marisa Sonja Glenda Ilse Romina",
           "Radjesh Anand Ravi Sunil Dewkoemar Mitchell Romano Glenn Clarence Marlon Sergio Humphrey Orlando Winston Ricardo Ashwin Kishan Rakesh Dinesh Mahinder",
           "Sewdien|Ramdin|Jagesar|Kanhai|Biharie|Ramsaran|Sital|Doerga|Baldew|Mahabier|Soekhai|Kartodikromo|Wongsodikromo|Pinas|Eersel|Sabajo|Kromosoeto|Amatstam|Renfrum|Linger|Tjon A Fong|Tjon Sie Fat|Kasanpawiro|Wijngaarde|Vanenburg|Kensenhuis|Aloewel|Ramlal|Bhagwandin|Tewarie|Oemrawsingh|Kalloe|Sardjoe|Misiedjan|Pengel"),
    "id": ("Dewi Sari Putri Rini Nelly Wulan Indah Ratna Yuliana Mira Ayu Kartini Siti Lestari Retno",
           "Wayan Bambang Agus Yohanes Ronny Jopie Budi Hendro Joko Rudy Benny Edwin Frans Teddy Robby",
           "Soedarmo|Wirjosoemarto|Hartono|Siregar|Tanuwidjaja|Pattinama|Latumahina|Tuhumury|Manuhutu|Pattiasina|Lekatompessy|Sahetapy|Wattimena|Nanlohy|Kakiay|Pelupessy|Sudarsana|Gunawan|Setiawan|Nahumury|Soplantila|Matulessy|Tahapary|Siahaya"),
    "pl": ("Agnieszka Katarzyna Marta Magdalena Joanna Małgorzata Ewa Dorota Beata Justyna Aleksandra Monika Iwona Natalia Zofia",
           "Tomasz Piotr Krzysztof Paweł Łukasz Michał Grzegorz Wojciech Marcin Jakub Bartosz Adam Kamil Mateusz Dariusz",
           "Kowalski|Nowak|Wiśniewska|Wójcik|Kamiński|Lewandowska|Zieliński|Szymańska|Woźniak|Dąbrowski|Kozłowska|Jankowski|Mazur|Krawczyk|Piotrowski|Grabowska|Pawlak|Michalski|Zając|Król|Wieczorek|Jabłoński|Majewska|Olszewski|Stępień|Górecki|Sikora|Baran|Chmielewska|Kaczmarek"),
    "ua": ("Olena Iryna Yuliia Oksana Tetiana Kateryna Nataliia Svitlana Halyna Viktoriia Anastasiia Liudmyla Mariia Daryna Sofiia",
           "Oleksandr Andriy Mykola Dmytro Bohdan Vitalii Serhii Yaroslav Taras Volodymyr Oleh Yurii Maksym Ihor Artem",
           "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Oliynyk|Lysenko|Marchenko|Savchenko|Rudenko|Moroz|Petrenko|Koval|Ponomarenko|Hnatyuk|Kostenko|Shapoval|Dovzhenko|Yaremchuk|Polishchuk|Tymoshchuk|Savchuk"),
    "sy": ("Rania Lina Hiba Yara Nour Rasha Ghada Dima Aya Jouri Reem Lama Sawsan Bushra Nisreen",
           "Ahmad Omar Mahmoud Tarek Bashar Samer Feras Alaa Kinan Wassim Majd Hussam Anas Yazan Ammar",
           "Al-Hassan|Al Masri|Haddad|Khalil|Darwish|Al-Khatib|Shaaban|Hamwi|Al Halabi|Kassem|Nasser|Sabbagh|Alloush|Zaher|Al-Ahmad|Hamdan|Othman|Suleiman|Mardini|Kanaan|Al-Jaber|Barakat|Mousa|Haj Ali"),
    "er": ("Selam Senait Saba Luwam Semhar Rahwa Yodit Helen Feven Eyerusalem Tsega Hiwet Almaz Mebrat Ruta",
           "Yonas Filmon Merhawi Aman Biniam Natnael Efrem Mussie Tesfalem Henok Samuel Dawit Kibrom Yohannes Robel",
           "Tesfay|Ghebremedhin|Haile|Tekle|Woldemichael|Berhane|Habte|Mehari|Kidane|Gebreyesus|Tesfamariam|Asmerom|Weldu|Zerai|Andemariam|Okbazghi|Tesfay Haile|Mehari Tekle|Ghebreab|Solomon|Russom|Yemane"),
    "cn": ("Mei Ling|Xiaoyu|Hui|Jia|Yan|Jing|Ling|Zihan|Siu Man|Ka Wai|Xinyi|Yuting|Shu Fen|Wan Ting|Li Na",
           "Wei|Jun|Kai|Lei|Ming|Hao|Yuxuan|Bo|Zhiwei|Chi Keung|Wing Hong|Jianguo|Haoran|Zhen|Tian",
           "Chen|Wang|Zhang|Liu|Huang|Zhou|Cheung|Wong|Chan|Leung|Tang|Kwok|Tsang|Kwan|Yeung|Fung|Cheng|Xu|Zhao|Sun|Guo|Luo|Hu|Lin|Lau"),
    "in": ("Priya Ananya Sneha Divya Kavya Deepika Lakshmi Aishwarya Pooja Meera Shreya Nandini Ishita Radhika Swati",
           "Arjun Rohit Vikram Karthik Aditya Rahul Siddharth Nikhil Varun Pranav Sandeep Harish Vivek Abhishek Manoj",
           "Sharma|Patel|Iyer|Nair|Reddy|Gupta|Kulkarni|Menon|Rao|Desai|Krishnan|Chatterjee|Banerjee|Joshi|Pillai|Venkatesan|Subramaniam|Agarwal|Deshpande|Bhattacharya|Naidu|Srinivasan|Mehta|Chopra|Malhotra"),
    "gh": ("Ama Akosua Abena Efua Adwoa Esi Afia Yaa Akua Nana Adjoa Serwaa Maame Abla Dzifa",
           "Kwame Kofi Yaw Kwabena Kojo Kwesi Ekow Kwaku Fiifi Kobina Nii Kweku Paa Selasi Edem",
           "Mensah|Owusu|Boateng|Asante|Osei|Agyeman|Appiah|Adjei|Ofori|Amoako|Darko|Acheampong|Kwarteng|Opoku|Sarpong|Gyamfi|Antwi|Frimpong|Bonsu|Asamoah|Quaye|Tetteh|Addo|Ansah|Nkansah|Badu|Amponsah"),
    "cv": ("Ivanilda Eunice Jandira Maura Kátia Elisângela Dulce Adélia Zulmira Ilda Nilza Edite Lúcia Graça Vanusa",
           "Djeison Nilton Edson Adilson Nelson Arlindo Joaquim Domingos Hélder Amílcar Ailton Jailson Manuel Vladimir Nuno",
           "Tavares|Fortes|Semedo|Monteiro|Fernandes|Andrade|Barros|Varela|Delgado|Évora|Pina|Brito|Cabral|Spencer|Duarte|Moreno|Soares|Lima|dos Reis|da Graça|Lopes Furtado|Rocha Tavares|Gonçalves|Sanches|Mendes"),
    "br": ("Ana Clara|Larissa|Beatriz|Camila|Fernanda|Juliana|Letícia|Bruna|Mariana|Thaís|Giovana|Rafaela|Luana|Patrícia|Yasmin",
           "João Pedro|Thiago|Gabriel|Rafael|Matheus|Leonardo|Gustavo|Vinícius|Felipe|Rodrigo|Caio|Eduardo|Guilherme|Diego|Henrique",
           "Oliveira|Santos|Souza|Pereira|Carvalho|Ribeiro|Almeida|Nascimento|Araújo|Cavalcanti|Moura|Barbosa|Teixeira|Correia|Cardoso|Freitas|Machado|Vieira|dos Santos|da Silva Costa|Azevedo|Nogueira|Pinheiro|Rezende"),
    "so": ("Hodan Ifrah Sahra Ayaan Nasra Faadumo Deeqa Hibaaq Ubah Ladan",
           "Abdirahman Abdullahi Mahad Liban Guled Bashiir Yusuf Khadar Omar Jama",
           "Warsame|Farah|Jama|Osman|Abdi|Nur|Mohamud|Hersi|Egal|Ahmed Nur|Dualeh|Yusuf Ali"),
    "af": ("Mariam Zahra Parwana Shabnam Laila Freshta Nargis Sahar Mina Tamana",
           "Ahmad Shah|Farid|Wahid|Rahim|Sohail|Jawed|Nasir|Zabiullah|Hamid|Mirwais",
           "Ahmadi|Hosseini|Rahimi|Karimi|Sultani|Popal|Noori|Azizi|Haidari|Sharifi|Mohammadi|Stanikzai"),
    "cw": ("Shurandy|Jurenaly|Rosette|Giselle|Sheritsa|Chayenne|Norvienne|Yolanda|Marisela|Rudmarie",
           "Jurensley|Rignald|Shurwin|Elvis|Rudsel|Jeandro|Ruthmilo|Giovanni|Edsel|Raymond",
           "Martina|Rosario|Isenia|Cijntje|Statia|Maduro|Sulvaran|Koeiman|Pieternella|Anthonia|Wawoe|Doran|Cicilia|Bernadina|Daal|Felipa"),
    "vn": ("Linh|Thao|Huong|Mai|Ngoc Anh|Trang|Phuong|Lan|Thu Ha|Hanh",
           "Minh|Tuan|Duc|Hung|Quang|Thanh|Long|Khoa|Bao|Dung",
           "Nguyen|Tran|Pham|Hoang|Huynh|Phan|Vu|Dang|Bui|Ngo|Duong|Trinh"),
    "it": ("Giulia Francesca Chiara Alessia Sara Martina Federica Valentina Elena Paola",
           "Luca Marco Alessandro Matteo Davide Simone Andrea Stefano Giuseppe Salvatore",
           "Russo|Esposito|Romano|Bianchi|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|Lombardi"),
    "es": ("Lucía|María José|Carmen|Paula|Alba|Nerea|Irene|Marta|Rocío|Inmaculada",
           "Javier|Alejandro|Sergio|Pablo|Álvaro|Jorge|Iván|Rubén|José Luis|Íñigo",
           "García|Martínez|Fernández|López|Sánchez|González|Rodríguez|Jiménez|Ruiz|Navarro|Domínguez|Moreno Gil|Ortega|Castillo"),
    "bg": ("Desislava Tsvetelina Radostina Mariya Yordanka Galina Vesela Milena",
           "Georgi Dimitar Hristo Ivaylo Stoyan Plamen Todor Nikolay",
           "Ivanova|Georgiev|Dimitrov|Petrova|Stoyanov|Todorova|Hristov|Nikolova|Kolev|Angelova"),
}
ORIGIN_WEIGHTS = {"nl": 45, "tr": 6, "ma": 6, "sr": 5, "id": 3, "pl": 4, "ua": 3, "sy": 3, "er": 2,
                  "cn": 3, "in": 3, "gh": 3, "cv": 2, "br": 2, "so": 1.5, "af": 1.5, "cw": 2,
                  "vn": 1.5, "it": 1.5, "es": 1.5, "bg": 1}


def _parse_pool(s):
    return [x.strip() for x in (s.split("|") if "|" in s else s.split())]


POOLS = {}
for _o, (_f, _m, _s) in OTHER.items():
    POOLS[_o] = (_parse_pool(_f), _parse_pool(_m), _parse_pool(_s))
POOLS["nl"] = (NL_F, NL_M, NL_SUR)

# ----------------------------------------------------------------------------------------------
# Places, streets, companies, domains
# ----------------------------------------------------------------------------------------------
CITIES = """Zwolle|Deventer|Apeldoorn|Amersfoort|Leeuwarden|Sneek|Heerenveen|Drachten|Assen|Emmen|Hoogeveen
|Meppel|Kampen|Harderwijk|Ede|Tiel|Culemborg|Gorinchem|Dordrecht|Zwijndrecht|Schiedam|Vlaardingen|Maassluis
|Delft|Gouda|Alphen aan den Rijn|Leiden|Katwijk|Noordwijk|Hillegom|Lisse|Heemstede|Hoofddorp|Amstelveen
|Zaandam|Hoorn|Enkhuizen|Den Helder|Alkmaar|Heerhugowaard|Volendam|Lelystad|Almere|Dronten|Emmeloord
|Urk|Hilversum|Bussum|Huizen|Soest|Zeist|Nieuwegein|IJsselstein|Houten|Woerden|Veenendaal|Rhenen|Arnhem
|Nijmegen|Doetinchem|Winterswijk|Zutphen|Lochem|Enschede|Hengelo|Almelo|Oldenzaal|Rijssen|Hardenberg
|Coevorden|Groningen|Delfzijl|Winschoten|Veendam|Roden|Middelburg|Vlissingen|Goes|Zierikzee|Hulst
|Bergen op Zoom|Roosendaal|Oosterhout|Tilburg|Waalwijk|'s-Hertogenbosch|Oss|Veghel|Eindhoven|Helmond
|Veldhoven|Boxtel|Weert|Roermond|Venlo|Sittard|Geleen|Heerlen|Kerkrade|Maastricht|Valkenburg|Rotterdam
|Den Haag|Amsterdam|Utrecht|Zoetermeer|Rijswijk|Capelle aan den IJssel|Spijkenisse|Barendrecht|Ridderkerk
|Papendrecht|Sliedrecht|Leerdam|Vianen|Beverwijk|Castricum|Monnickendam|Naarden|Weesp|Diemen|Ootmarsum
|Denekamp|Ommen|Dalfsen|Staphorst|Giethoorn|Dwingeloo|Grou|Bolsward|Workum|Harlingen|Dokkum|Burgum
|Makkum|Joure|Lemmer|Wolvega|Steenwijk|Genemuiden|Hattem|Elburg|Nunspeet|Ermelo|Nijkerk|Barneveld
|Lunteren|Scherpenzeel|Doorn|Wijk bij Duurstede|Zaltbommel|Druten|Beuningen|Wijchen|Cuijk|Boxmeer
|Gennep|Tegelen|Echt|Stein|Gulpen|Vaals|Epen|Brielle|Hellevoetsluis|Oud-Beijerland|Zevenbergen|Etten-Leur
|Dongen|Kaatsheuvel|Goirle|Hilvarenbeek|Oirschot|Son en Breugel|Nuenen|Geldrop|Deurne|Gemert|Schijndel
|Vught|Rosmalen|Heusden|Werkendam|Hardinxveld-Giessendam|Nieuw-Vennep|Badhoevedorp|Uithoorn|Mijdrecht
|Breukelen|Maarssen|Bilthoven|De Bilt|Driebergen|Leusden|Baarn|Eemnes|Blaricum|Laren|Loosdrecht""".replace("\n", "")
CITIES = [c.strip() for c in CITIES.split("|")]

STREET_STEMS = """Linden Eiken Beuken Kastanje Essen Wilgen Berken Populieren Iepen Elzen Hazelaar Vlier Meidoorn
Hulst Merel Lijster Spreeuw Kievit Reiger Zwaluw Havik Buizerd Grutto Tureluur Wielewaal Roodborst
Boomklever Zonnebloem Klaproos Korenbloem Lavendel Hyacint Narcis Anjer Goudsbloem Akelei Smeden
Kuipers Touwslagers Lakenkopers Brouwers Wevers Pottenbakkers Zeilmakers Ketelboeters Rembrandt Vermeer
Breitner Mesdag Mondriaan Escher Vondel Bredero Multatuli Hooft Huygens Bilderdijk Tollens Potgieter
Dijkgraaf Polder Vaart Molen Sluis Kreek Hoeve Akker Esch Veen Heide Duin Weide Kamp Brink IJssel
Dommel Vecht Amstel Linge Berkel Regge Dinkel Roer Geul Viool Cello Hobo Harp Fagot Kwarts Jaspis
Agaat Basalt Graniet Appel Peren Kersen Pruimen Morellen Hoefsmid Schaapskooi Stuwwal Kogge Fregat
Schoener Galjoen Tjalk Aak Klipper Dukaten Stuivers Rijksdaalder Oranje Nassau Spaarne Zaan Gein
Bloemen Koren Tarwe Gerst Haver Rogge Vlas Hennep Klaver Distel Brem Heister Wingerd Wijnrank
Poolster Orion Pegasus Andromeda Mercurius Jupiter Saturnus Venus Komeet""".split()
STREET_SUFFIX = ["straat", "laan", "weg", "hof", "pad", "singel", "plein", "kade", "dreef", "gracht",
                 "steeg", "erf", "park", "dijk", "hage", "wal", "veld", "baan"]
STREET_SUFFIX_W = [16, 14, 10, 9, 7, 6, 5, 5, 6, 2, 2, 2, 2, 3, 1, 2, 2, 2]
STREET_PREFIX = ["Burgemeester {s}laan", "Dokter {s}straat", "Van {s}straat", "Oude {t}weg", "Korte {t}straat",
                 "Lange {t}straat", "Eerste {t}dwarsstraat", "Nieuwe {t}kade", "Pastoor {s}straat",
                 "Meester {s}laan", "Generaal {s}singel", "Koningin {q}laan", "Prins {k}kade",
                 "Sint {h}straat", "Graaf {g}weg", "Hoge {t}dijk"]
STREET_PERSON = ["Hoogstraten", "Vrijland", "Kuijpers", "Roelants", "Bleiswijk", "Savornin", "Thijmsen",
                 "Veeneman", "Schaepman", "Heeckeren", "Nolens", "Ariëns", "Poels", "Bosboom", "Troelstra",
                 "Drees", "Aalberse", "Kappeyne", "Lely", "Nieuwenhuis"]

COMPANIES = ["Installatiebedrijf De Vonk", "Schildersbedrijf Kwast & Co", "Hoveniersbedrijf Groene Vingers",
             "Stukadoorsbedrijf Strakke Muur", "Loodgietersbedrijf Waterdicht", "Bouwbedrijf Fundament",
             "Kinderopvang De Speelwolk", "Fysiotherapie Beweegwijs", "Tandartspraktijk De Glimlach",
             "Autobedrijf De Rotonde", "Fietsenmaker Trapper", "Bakkerij Het Zoete Deeg",
             "Drukkerij De Letterzetter", "Verhuisbedrijf Op Weg", "Schoonmaakbedrijf Blinkend",
             "Advieskantoor Helderzicht", "Dakdekkersbedrijf Hoog & Droog", "Elektrotechniek Volt",
             "Glazenwasserij Doorzicht", "Zorggroep Heuvelrug", "Woningstichting Thuisbasis",
             "Sportschool Krachtpatser", "Administratiekantoor Telwerk", "Keukenstudio Snijplank",
             "Rijschool Groen Licht", "Dierenkliniek Pootjes", "Hotel De Zeemeeuw", "Camping Het Vennetje"]
COMPANY_DOMAINS = ["devonk-installatie.nl", "kwastenco.nl", "groenevingers.nl", "strakkemuur.nl",
                   "waterdicht-loodgieters.nl", "bouwbedrijf-fundament.nl", "speelwolk.nl", "beweegwijs.nl",
                   "tandartsdeglimlach.nl", "derotonde-auto.nl", "fietsentrapper.nl", "hetzoetedeeg.nl",
                   "letterzetter.nl", "verhuizen-opweg.nl", "blinkend.nl", "helderzicht-advies.nl",
                   "hoogendroog.nl", "volt-elektro.nl", "doorzicht.nl", "zorggroepheuvelrug.nl",
                   "thuisbasis-wonen.nl", "krachtpatser.nl", "telwerk.nl", "snijplank-keukens.nl"]
MAIL_DOMAINS = ["hetnet.nl", "home.nl", "casema.nl", "zeelandnet.nl", "quicknet.nl", "online.nl",
                "chello.nl", "yahoo.com", "protonmail.com", "proton.me", "gmx.net", "telfort.nl", "tele2.nl",
                "upcmail.nl", "solcon.nl", "caiway.nl", "kabelfoon.nl", "hccnet.nl", "onsbrabantnet.nl",
                "live.com", "msn.com", "me.com", "gmail.com", "hotmail.com", "outlook.com", "ziggo.nl",
                "kpnmail.nl", "xs4all.nl", "planet.nl", "icloud.com", "live.nl", "mail.com", "yahoo.nl"]
MAIL_DOMAIN_W = [3, 3, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 7, 6, 5, 5, 3, 3, 3, 4, 1, 2]

BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "RBRB", "TRIO", "KNAB", "BUNQ", "FVLB", "NNBA", "HAND",
         "DEUT", "ISBK", "NWAB", "ADYB"]
BANK_W = [14, 18, 16, 5, 3, 3, 3, 4, 5, 1, 2, 1, 1, 1, 1, 1]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
MONTHS_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

AREA2 = ["10", "20", "30", "40", "50", "70", "13", "15", "24", "26", "35", "36", "38", "43", "45", "46",
         "53", "55", "58", "71", "72", "73", "74", "75", "76", "77", "78", "79"]
AREA3 = ["111", "113", "162", "164", "172", "180", "222", "223", "227", "228", "229", "251", "252", "255",
         "294", "297", "299", "313", "314", "315", "316", "317", "318", "320", "321", "341", "342", "343",
         "344", "345", "346", "347", "348", "411", "412", "413", "416", "418", "475", "478", "481", "485",
         "486", "487", "488", "492", "493", "495", "497", "499", "511", "512", "513", "514", "515", "516",
         "517", "518", "519", "521", "522", "523", "524", "525", "527", "528", "529", "541", "543", "544",
         "545", "546", "547", "548", "561", "562", "566", "570", "571", "572", "573", "575", "577", "578",
         "591", "592", "593", "594", "595", "596", "597", "598", "599"]

KENTEKEN_LETTERS = "BDFGHJKLNPRSTVXZ"
PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"

PW_WORDS = ["Zonnebloem", "Kaas", "Wijn", "Fiets", "Molen", "Tulp", "Regen", "Zomer", "Herfst", "Winter",
            "Koffie", "Stroopwafel", "Haring", "Klompen", "Dijk", "Polder", "Kanaal", "Eekhoorn", "Vlinder",
            "Welkom", "Voorjaar", "Oranje", "Kerstboom", "Paasei", "Schaats", "Bitterbal", "Drop", "Pindakaas"]
PW_PHRASE = ["paard", "batterij", "nietje", "correct", "lamp", "kast", "boot", "wolk", "appel", "trein",
             "tafel", "spiegel", "koek", "sleutelbos", "regenjas", "vuurtoren", "zeehond", "kikker"]
USERNAMES = ["admin", "beheer", "receptie01", "kassa2", "planning", "magazijn", "balie", "boekhouding",
             "stagiair3", "werkplaats", "servicedesk", "verkoop-nl", "hr.portal", "finance01", "backoffice",
             "zorgteam4", "gast", "monteur7", "inkoop", "secretariaat"]


# ----------------------------------------------------------------------------------------------
# Checksums
# ----------------------------------------------------------------------------------------------
def elfproef(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def ascii_fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ----------------------------------------------------------------------------------------------
# Labelled fragments
# ----------------------------------------------------------------------------------------------
LABELS = ("PERSOON", "EMAIL", "ADRES", "IBAN", "POSTCODE", "TELEFOON", "KENTEKEN", "API_SLEUTEL",
          "WACHTWOORD", "BSN", "GEBOORTEDATUM")
_FMT = string.Formatter()


class Frag:
    """Text with the labelled values it contains, in order of appearance."""

    def __init__(self, text="", mask=None, keep=None):
        self.text, self.mask, self.keep = text, list(mask or []), list(keep or [])

    def __add__(self, other):
        if isinstance(other, str):
            other = Frag(other)
        f = Frag(self.text + other.text, self.mask, self.keep)
        for m in other.mask:
            if m not in f.mask:
                f.mask.append(m)
        for k in other.keep:
            if k not in f.keep:
                f.keep.append(k)
        return f


def fill(fmt, **kw):
    """Fill a str.format-style template. A slot value is a plain string (unlabelled), a
    (LABEL, value) tuple (to be masked), ('KEEP', value) (must survive), or a Frag."""
    out = Frag()
    for lit, field, _spec, _conv in _FMT.parse(fmt):
        out = out + lit
        if field is None:
            continue
        v = kw[field]
        if isinstance(v, Frag):
            out = out + v
        elif isinstance(v, tuple):
            lab, val = v
            if lab == "KEEP":
                out = out + Frag(val, keep=[val])
            elif lab in LABELS:
                out = out + Frag(val, mask=[[lab, val]])
            else:
                raise ValueError(lab)
        else:
            out = out + str(v)
    return out


def join(frags, sep="\n"):
    out = Frag()
    for i, f in enumerate(frags):
        if i:
            out = out + sep
        out = out + f
    return out


def P(v): return ("PERSOON", v)
def E(v): return ("EMAIL", v)
def A(v): return ("ADRES", v)
def I(v): return ("IBAN", v)
def PC(v): return ("POSTCODE", v)
def T(v): return ("TELEFOON", v)
def KT(v): return ("KENTEKEN", v)
def KEY(v): return ("API_SLEUTEL", v)
def PW(v): return ("WACHTWOORD", v)
def B(v): return ("BSN", v)
def DOB(v): return ("GEBOORTEDATUM", v)
def K(v): return ("KEEP", v)


# ----------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------
class Person:
    def __init__(self, first, surname, female, origin):
        self.first, self.female, self.origin = first, female, origin
        words = surname.split()
        tv = []
        while len(words) > 1 and (words[0][0].islower() or words[0] == "'t"):
            tv.append(words.pop(0))
        self.tv = " ".join(tv)
        self.core = " ".join(words)

    @property
    def surname(self):
        return (self.tv + " " + self.core).strip()

    @property
    def surname_cap(self):
        s = self.surname
        return s[0].upper() + s[1:]

    def initials(self, n=1):
        parts = re.split(r"[ -]", self.first)
        letters = [p[0] for p in parts if p]
        extra = [c for c in "JMACHWPKE" if c not in letters]
        while len(letters) < n:
            letters.append(extra.pop(0))
        return "".join(c + "." for c in letters[:max(n, 1)])


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.origins = list(ORIGIN_WEIGHTS)
        self.origin_w = [ORIGIN_WEIGHTS[o] for o in self.origins]

    # -- basic helpers
    def ch(self, seq, w=None):
        return self.r.choices(seq, weights=w)[0] if w else self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # -- people
    def person(self, origin=None, female=None):
        o = origin or self.ch(self.origins, self.origin_w)
        fem = self.chance(0.5) if female is None else female
        fs, ms, ss = POOLS[o]
        first = self.ch(fs if fem else ms)
        if o == "nl" and self.chance(0.03):
            sur = self.ch(NL_DOUBLE)
        else:
            sur = self.ch(ss)
        if o == "pl":  # Polish surnames agree with gender
            if fem:
                sur = re.sub(r"(sk|ck|dzk)i$", r"\1a", sur)
            else:
                sur = re.sub(r"(sk|ck|dzk)a$", r"\1i", sur)
        p = Person(first, sur, fem, o)
        # married double surname (own + partner's), common on Dutch paperwork
        if fem and self.chance(0.07):
            other = self.ch(POOLS[self.ch(["nl", "nl", o])][2])
            if other != sur:
                p.core = p.core + "-" + other
        return p

    def name(self, p, form=None):
        """A written form of the person's name (the PERSOON value)."""
        if form is None:
            form = self.ch(["full", "first", "init", "sur", "init2", "middle"], [58, 14, 12, 8, 5, 3])
        if form == "full":
            return f"{p.first} {p.surname}"
        if form == "first":
            return p.first
        if form == "init":
            return f"{p.initials(1)} {p.surname}"
        if form == "init2":
            return f"{p.initials(self.ch([2, 2, 3]))} {p.surname}"
        if form == "sur":
            return p.surname_cap
        if form == "middle":
            if p.origin == "nl":
                mid = self.ch(NL_F if p.female else NL_M)
            else:
                mid = self.ch(POOLS[p.origin][0] if p.female else POOLS[p.origin][1])
            if mid == p.first:
                return f"{p.first} {p.surname}"
            return f"{p.first} {mid} {p.surname}"
        raise ValueError(form)

    def formal(self, p):
        """(title, name) for a formal reference; the title stays unlabelled."""
        title = self.ch(["mevrouw", "mw.", "mevr."] if p.female else ["meneer", "dhr.", "de heer"])
        return title, self.ch([p.surname_cap, f"{p.initials(1)} {p.surname}", f"{p.initials(2)} {p.surname}"],
                              [5, 4, 2])

    def salute(self, p):
        """(salutation title, name) after 'Geachte'."""
        title = self.ch(["mevrouw", "mevrouw", "mw.", "mevr."] if p.female else ["heer", "heer", "dhr."])
        return title, self.ch([p.surname_cap, f"{p.initials(1)} {p.surname}"], [3, 2])

    def slug(self, s):
        return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())

    def email(self, p, generic_p=0.06):
        if self.chance(generic_p):
            return "info@" + self.ch(MAIL_DOMAINS + COMPANY_DOMAINS)
        f = self.slug(p.first.split()[0].split("-")[0])
        full_f = self.slug(p.first)
        s = self.slug(p.surname)
        c = self.slug(p.core)
        dom = self.ch(MAIL_DOMAINS, MAIL_DOMAIN_W)
        pat = self.r.randrange(11)
        if pat == 0:
            local = f"{full_f}.{s}"
        elif pat == 1:
            local = f"{f}_{s}"
        elif pat == 2:
            local = f"{f[0]}.{s}"
        elif pat == 3:
            local = f"{f}{self.r.randint(1, 99)}"
        elif pat == 4:
            local = f"{f}{s}{self.r.choice(['', str(self.r.randint(60, 99)), str(self.r.randint(1960, 2005))])}"
        elif pat == 5:
            local = f"{s}.{f}"
        elif pat == 6:
            local = f"{f[0]}{c}"
        elif pat == 7:
            local = f"{f}.{c}"
        elif pat == 8:
            local = f"{f}-{s}"
        elif pat == 9:
            local = f"{f[0]}.{s}"
            dom = self.ch(COMPANY_DOMAINS)
        else:
            local = f"{f}"
            dom = f"{c}{self.ch(['bv', '-advies', 'bouw', '-administratie', 'design', 'zorg', 'consult'])}.nl"
        return f"{local}@{dom}"

    def company(self):
        i = self.r.randrange(len(COMPANIES))
        return COMPANIES[i]

    def company_email(self):
        local = self.ch(["info", "administratie", "verkoop", "planning", "debiteuren", "service", "hr",
                         "facturen", "klantenservice", "secretariaat"])
        return f"{local}@{self.ch(COMPANY_DOMAINS)}"

    # -- places
    def city(self):
        return self.ch(CITIES)

    def street(self):
        if self.chance(0.12):
            pat = self.ch(STREET_PREFIX)
            return pat.format(s=self.ch(STREET_PERSON), t=self.ch(STREET_STEMS),
                              q=self.ch(["Emma", "Wilhelmina", "Juliana", "Sophie"]),
                              k=self.ch(["Hendrik", "Frederik", "Maurits", "Willem"]),
                              h=self.ch(["Jans", "Agatha", "Servaas", "Lambertus", "Catharina"]),
                              g=self.ch(["Floris", "Willem", "Dirk", "Otto"]))
        stem = self.ch(STREET_STEMS)
        suf = self.ch(STREET_SUFFIX, STREET_SUFFIX_W)
        return stem + suf

    def housenumber(self):
        n = str(self.ch([self.r.randint(1, 40), self.r.randint(1, 160), self.r.randint(100, 420)], [5, 4, 1]))
        add = self.ch(["", "a", "b", "c", "A", "B", " bis", "-1", "-2", "-3", "-hs", " hs", "-I", "-II",
                       " A", "-bis", " rood", "-H"],
                      [60, 8, 5, 1, 4, 2, 3, 3, 3, 2, 3, 1, 1, 1, 1, 1, 0.5, 1])
        return n + add

    def address(self):
        return f"{self.street()} {self.housenumber()}"

    def postcode(self):
        d = str(self.r.randint(1011, 9999))
        while True:
            l = self.ch(PC_LETTERS) + self.ch(PC_LETTERS)
            if l not in ("SA", "SD", "SS"):
                break
        return d + self.ch(["", " "]) + l

    # -- numbers
    def phone(self):
        r = self.r
        mob = "6" + str(r.randint(1, 6)) + self.digits(7)
        a2 = self.ch(AREA2)
        s7 = str(r.randint(2, 9)) + self.digits(6)
        a3 = self.ch(AREA3)
        s6 = str(r.randint(2, 9)) + self.digits(5)
        k = r.randrange(18)
        return [
            f"+31{mob}", f"06 {mob[1:5]} {mob[5:]}", f"+31 6 {mob[1:]}", f"06-{mob[1:]}", f"0{mob}",
            f"0{a2} {s7}", f"(0{a2}) {s7[:3]} {s7[3:]}", f"0031 6 {mob[1:3]} {mob[3:6]} {mob[6:]}",
            f"+31(0){a2} {s7}", f"+31 {a2} {s7}", f"0{a2}-{s7}", f"+31(0){a3} {s6}", f"(0{a3}) {s6[:3]} {s6[3:]}",
            f"+31 {a3} {s6}", f"0{a3}-{s6}", f"0{a3} {s6}", f"06 {mob[1:3]} {mob[3:5]} {mob[5:7]} {mob[7:]}",
            f"0{a2} {s7[:3]} {s7[3:5]} {s7[5:]}",
        ][k]

    def iban(self, fmt=None):
        if self.chance(0.04):
            cc = self.ch(["BE", "DE"])
            if cc == "BE":
                acc = self.digits(10)
                acc = acc + f"{(int(acc) % 97) or 97:02d}"
                raw = iban_make("BE", acc)
            else:
                raw = iban_make("DE", self.digits(18))
        else:
            raw = iban_make("NL", self.ch(BANKS, BANK_W) + str(self.r.randint(1, 9)) + self.digits(9))
        if (fmt or self.ch(["compact", "spaced"])) == "spaced":
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return raw

    def bsn_raw(self):
        while True:
            d = str(self.r.randint(1, 6)) + self.digits(8)
            if elfproef(d):
                return d

    def bsn(self):
        d = self.bsn_raw()
        f = self.ch(["plain", "dots42", "spaced", "dots33"], [62, 16, 15, 7])
        if f == "dots42":
            return f"{d[:4]}.{d[4:6]}.{d[6:]}"
        if f == "spaced":
            return f"{d[:3]} {d[3:6]} {d[6:]}"
        if f == "dots33":
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return d

    def ordernr(self):
        while True:
            d = str(self.r.randint(1, 9)) + self.digits(8)
            if not elfproef(d):
                return d

    def kenteken(self):
        L = lambda n: "".join(self.ch(KENTEKEN_LETTERS) for _ in range(n))
        D = lambda n: str(self.r.randint(1, 9)) + self.digits(n - 1) if n > 1 else str(self.r.randint(1, 9))
        sc = self.ch([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14], [6, 6, 6, 2, 2, 2, 8, 8, 8, 8, 8, 8, 4])
        plate = {
            1: f"{L(2)}-{D(2)}-{D(2)}", 2: f"{D(2)}-{D(2)}-{L(2)}", 3: f"{D(2)}-{L(2)}-{D(2)}",
            4: f"{L(2)}-{D(2)}-{L(2)}", 5: f"{L(2)}-{L(2)}-{D(2)}", 6: f"{D(2)}-{L(2)}-{L(2)}",
            7: f"{D(2)}-{L(3)}-{D(1)}", 8: f"{D(1)}-{L(3)}-{D(2)}", 9: f"{L(2)}-{D(3)}-{L(1)}",
            10: f"{L(1)}-{D(3)}-{L(2)}", 11: f"{L(3)}-{D(2)}-{L(1)}", 13: f"{D(1)}-{L(2)}-{D(3)}",
            14: f"{D(3)}-{L(2)}-{D(1)}",
        }[sc]
        if re.search(r"SS|SD|PKK|NSB|KKK|LSD|PVV|SGP|TBS|GVD", plate):
            return self.kenteken()  # letter groups the RDW does not issue
        return plate

    # -- dates
    def _date(self, y0, y1):
        start = datetime.date(y0, 1, 1).toordinal()
        end = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.r.randint(start, end))

    def meeting(self):
        """A meeting / appointment date as written in messages (a KEEP value)."""
        while True:
            d = self._date(2025, 2026)
            if d.weekday() < 5 or self.chance(0.15):
                break
        wd, m = WEEKDAYS[d.weekday()], MONTHS[d.month - 1]
        f = self.ch(["wdm", "wdmy", "dm"], [78, 12, 10])
        if f == "wdm":
            return f"{wd} {d.day} {m}"
        if f == "wdmy":
            return f"{wd} {d.day} {m} {d.year}"
        return f"{d.day} {m}"

    def dob(self):
        d = self._date(1941, 2007)
        f = self.r.randrange(9)
        return [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.day}-{d.month}-{d.year}",
                f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
                f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}", f"{d.day}-{d.month:02d}-{d.year}",
                f"{d.day:02d}.{d.month:02d}.{d.year}"][f]

    def month(self):
        return self.ch(MONTHS)

    # -- money
    @staticmethod
    def _thousands(n):
        return f"{n:,}".replace(",", ".")

    def amount(self, lo=5, hi=25000, cents=None, style=None):
        r = self.r
        v = r.choice([r.randint(lo, min(hi, 99)), r.randint(lo, min(hi, 999)), r.randint(lo, hi)]) \
            if lo < 99 else r.randint(lo, hi)
        c = r.randint(0, 99) if cents is None else cents
        st = style or self.ch(
            ["e_sp", "e_sp_c", "EUR", "e_dash", "euro", "EUR_c", "e_c", "euro_c", "c_EUR", "e_nodot_c",
             "e_sp_dash", "EUR_nodot"],
            [16, 16, 13, 12, 13, 6, 5, 4, 3, 3, 4, 2])
        t = self._thousands(v)
        cc = f"{c:02d}"
        return {
            "e_sp": f"€ {t}", "e_sp_c": f"€ {t},{cc}", "EUR": f"EUR {t}", "e_dash": f"€{t},-",
            "euro": f"{t} euro", "EUR_c": f"EUR {t},{cc}", "e_c": f"€{t},{cc}", "euro_c": f"{t},{cc} euro",
            "c_EUR": f"{t},{cc} EUR", "e_nodot_c": f"€ {v},{cc}", "e_sp_dash": f"€ {t},-", "EUR_nodot": f"EUR {v}",
        }[st]

    def money_style(self):
        return self.ch(["e_sp", "e_sp_c", "EUR", "e_dash", "euro", "EUR_c", "e_c", "euro_c", "e_sp_dash"],
                       [10, 20, 10, 8, 8, 10, 8, 5, 4])

    # -- secrets
    def password(self):
        r = self.r
        kind = self.ch(["random", "dev_like", "word", "phrase", "long"], [25, 30, 25, 8, 12])
        up, lo, dg = string.ascii_uppercase, string.ascii_lowercase, string.digits
        sp = "!@#$%&*?+=_"
        if kind == "dev_like":
            core = "".join(r.choice(up + lo + dg) for _ in range(r.randint(7, 12)))
            return core + r.choice("!@#$%&*?") + f"{r.randint(10, 99)}"
        if kind == "random":
            n = r.randint(10, 16)
            while True:
                s = "".join(r.choice(up + lo + dg + sp) for _ in range(n))
                if any(c in up for c in s) and any(c in dg for c in s) and any(c in sp for c in s) \
                        and s[-1] not in ".,;:!?" and s[0] not in "=+":
                    return s
        if kind == "word":
            w1 = r.choice(PW_WORDS)
            w2 = r.choice(PW_WORDS + ["", ""])
            sep = r.choice(["", "!", "#", "&", "_", "@"])
            tail = r.choice([str(r.randint(1, 99)), str(r.randint(1970, 2026)), str(r.randint(100, 999))])
            return w1 + (sep + w2 if w2 else sep) + tail + r.choice(["", "!", "#", "$"]) + r.choice(["", "x", ""])
        if kind == "phrase":
            ws = r.sample(PW_PHRASE, 3)
            return r.choice(["-", ".", "_"]).join(ws) + "-" + str(r.randint(10, 99))
        s = "".join(r.choice(up + lo + dg + "-_") for _ in range(r.randint(20, 32)))
        return s[:-1] + r.choice(dg)

    def apikey(self, provider=None):
        r = self.r
        an = string.ascii_letters + string.digits
        rnd = lambda n, cs=an: "".join(r.choice(cs) for _ in range(n))
        hexs = "0123456789abcdef"
        prov = provider or self.ch(
            ["openai", "openai_proj", "anthropic", "stripe", "stripe_rk", "github", "github_pat", "gitlab",
             "aws", "google", "slack", "slack_user", "sendgrid", "hf", "twilio", "mailgun", "npm", "mollie",
             "do", "shopify"],
            [6, 8, 8, 7, 2, 8, 4, 4, 8, 7, 6, 2, 4, 4, 3, 3, 3, 5, 2, 3])
        if prov == "openai":
            return "sk-" + rnd(48)
        if prov == "openai_proj":
            return "sk-proj-" + rnd(r.randint(56, 120), an + "-_")
        if prov == "anthropic":
            return "sk-ant-api03-" + rnd(93, an + "-_") + "AA"
        if prov == "stripe":
            return r.choice(["sk_live_", "sk_live_", "sk_test_"]) + rnd(r.choice([24, 99]))
        if prov == "stripe_rk":
            return "rk_live_" + rnd(r.choice([24, 99]))
        if prov == "github":
            return r.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + rnd(36)
        if prov == "github_pat":
            return "github_pat_" + rnd(22) + "_" + rnd(59)
        if prov == "gitlab":
            return "glpat-" + rnd(20, an + "-_")
        if prov == "aws":
            return r.choice(["AKIA", "AKIA", "ASIA"]) + rnd(16, string.ascii_uppercase + "234567")
        if prov == "aws_secret":
            return rnd(40, an + "/+")
        if prov == "google":
            return "AIza" + rnd(35, an + "-_")
        if prov == "slack":
            return f"xoxb-{r.randint(10**10, 10**13 - 1)}-{r.randint(10**11, 10**13 - 1)}-{rnd(24)}"
        if prov == "slack_user":
            return f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{rnd(32, hexs)}"
        if prov == "sendgrid":
            return "SG." + rnd(22, an + "-_") + "." + rnd(43, an + "-_")
        if prov == "hf":
            return "hf_" + rnd(34, string.ascii_letters)
        if prov == "twilio":
            return "SK" + rnd(32, hexs)
        if prov == "mailgun":
            return "key-" + rnd(32, hexs)
        if prov == "npm":
            return "npm_" + rnd(36)
        if prov == "mollie":
            return r.choice(["live_", "live_", "test_"]) + rnd(30)
        if prov == "do":
            return "dop_v1_" + rnd(64, hexs)
        if prov == "shopify":
            return "shpat_" + rnd(32, hexs)
        raise ValueError(prov)

    def money(self, cents, style=None):
        """Format an exact amount (in cents) in one of the written notations."""
        v, c = divmod(int(cents), 100)
        st = style or self.money_style()
        t = self._thousands(v)
        cc = f"{c:02d}"
        if c == 0 and st in ("e_sp_c", "EUR_c", "e_c", "euro_c") and self.chance(0.5):
            st = {"e_sp_c": "e_sp_dash", "EUR_c": "EUR", "e_c": "e_dash", "euro_c": "euro"}[st]
        return {
            "e_sp": f"€ {t}", "e_sp_c": f"€ {t},{cc}", "EUR": f"EUR {t}", "e_dash": f"€{t},-",
            "euro": f"{t} euro", "EUR_c": f"EUR {t},{cc}", "e_c": f"€{t},{cc}", "euro_c": f"{t},{cc} euro",
            "e_sp_dash": f"€ {t},-",
        }[st]

    def time(self):
        return f"{self.r.randint(8, 17)}:{self.ch(['00', '15', '30', '45'])}"

    def pron(self, p):
        return "haar" if p.female else "zijn"

    def pron_obj(self, p):
        return "haar" if p.female else "hem"

    def people(self, n, **kw):
        """n persons with pairwise different surnames and first names."""
        out, seen = [], set()
        while len(out) < n:
            p = self.person(**kw)
            key1, key2 = p.core.split("-")[0], p.first
            if key1 in seen or key2 in seen:
                continue
            seen.update([key1, key2])
            out.append(p)
        return out


# ----------------------------------------------------------------------------------------------
# Templates. Each returns a Frag; the registry records its block category ("" = not blocked).
# ----------------------------------------------------------------------------------------------
TEMPLATES = []


def tpl(cat, hard_negative=False):
    def deco(fn):
        TEMPLATES.append((fn.__name__, cat, hard_negative, fn))
        return fn
    return deco


REL = ["dochter", "zoon", "partner", "echtgenote", "echtgenoot", "buurvrouw", "buurman", "nicht", "broer", "zus"]


# ---------------------------------------------------------------- clean: colleagues, customers
@tpl("")
def c_thuiswerk(g):
    p = g.person()
    return fill(g.ch(["Goedemorgen allemaal! {p} werkt vandaag vanuit huis en is alleen telefonisch bereikbaar via {tel}.",
                      "Ter info: {p} zit vandaag thuis met een zieke dochter. Dringende zaken graag via {tel}, "
                      "de mail wordt pas vanavond gelezen."]),
                p=P(g.name(p)), tel=T(g.phone()))


@tpl("", hard_negative=True)
def c_bus_sleutel(g):
    p = g.person()
    return fill("De sleutels van de bus ({kt}) liggen vanaf nu bij {p} op het bureau. Graag na gebruik even voltanken; "
                "bonnetjes tot {amt} kun je gewoon declareren.", kt=KT(g.kenteken()), p=P(g.name(p)), amt=K(g.amount(20, 150)))


@tpl("")
def c_belnotitie(g):
    p = g.person()
    return fill("Telefoonnotitie {time}\nBeller: {p}\nTerugbelnummer: {tel}\nOnderwerp: vraag over de creditnota van {amt}\n"
                "Actie: uiterlijk {meet} terugbellen", time=g.time(), p=P(g.name(p)), tel=T(g.phone()),
                amt=K(g.amount()), meet=K(g.meeting()))


@tpl("")
def c_factuur(g):
    p = g.person()
    werk = g.ch(["Onderhoud cv-ketel en vervangen expansievat", "Schilderwerk kozijnen voorgevel",
                 "Snoeien twee leibomen en afvoer groenafval", "Vervangen groepenkast (6 groepen)",
                 "Reinigen dakgoten en herstel loodslab"])
    return fill("FACTUUR {y}-{nr}\n\nAan: {p}\n{addr}\n{pc} {city}\n\n{werk}\nTotaal te voldoen: {amt} (incl. 21% btw)\n\n"
                "Graag binnen 14 dagen overmaken op {iban} t.n.v. {co}.",
                y=g.ch(["2025", "2026"]), nr=g.r.randint(100, 999), p=P(g.name(p, g.ch(["full", "init", "init2"]))),
                addr=A(g.address()), pc=PC(g.postcode()), city=g.city(), werk=werk, amt=K(g.amount(80, 9000)),
                iban=I(g.iban()), co=g.company())


@tpl("")
def c_tandarts(g):
    p = g.person()
    return fill("Beste {p}, dit is een herinnering voor uw afspraak bij de mondhygiënist op {meet} om {time}. "
                "De behandeling kost {amt}. Verhinderd? Bel dan {tel}.",
                p=P(g.name(p, g.ch(["full", "init"]))), meet=K(g.meeting()), time=g.time(), amt=K(g.amount(30, 250)),
                tel=T(g.phone()))


@tpl("")
def c_hr_terugkeer(g):
    p, q = g.people(2)
    return fill("HR-notitie: {p} is per {meet} weer volledig aan het werk na een periode van verzuim. "
                "De evaluatie met leidinggevende {q} volgt over zes weken.", p=P(g.name(p)), meet=K(g.meeting()),
                q=P(g.name(q, g.ch(["full", "init"]))))


@tpl("")
def c_pakket(g):
    p = g.person()
    return fill("Bezorgnotitie: pakket voor {p}, {addr}, {pc} {city}. Niemand thuis, afgegeven bij de buren. "
                "Rembours ({amt}) is voldaan.", p=P(g.name(p)), addr=A(g.address()), pc=PC(g.postcode()), city=g.city(),
                amt=K(g.amount(5, 400)))


@tpl("")
def c_parkeerboete(g):
    p = g.person()
    return fill("Er is een parkeerboete van {amt} binnengekomen voor de {kt}. Volgens de rittenregistratie reed {p} die dag. "
                "Kan iemand dit met {obj} opnemen?", amt=K(g.amount(30, 140)), kt=KT(g.kenteken()), p=P(g.name(p)),
                obj=g.pron_obj(p))


@tpl("")
def c_mailhandtekening(g):
    p = g.person()
    return fill("Dank voor je snelle reactie, ik kom er morgen op terug.\n\nMet vriendelijke groet,\n\n{p}\n{rol}\nT {tel}\nE {email}",
                p=P(g.name(p, "full")), rol=g.ch(["Accountmanager Zakelijk", "Projectleider", "Office manager",
                                                 "Adviseur klantcontact", "Teamleider planning"]),
                tel=T(g.phone()), email=E(g.email(p, 0)))


@tpl("")
def c_terugstorten(g):
    p = g.person()
    t, nm = g.formal(p)
    return fill("Verzoek van klant: het teveel betaalde bedrag ({amt}) graag terugstorten op {iban} t.n.v. {t} {nm}.",
                amt=K(g.amount()), iban=I(g.iban()), t=t, nm=P(nm))


@tpl("")
def c_verhuizing(g):
    p = g.person()
    return fill("Adreswijziging doorgekregen: {p} woont sinds {meet} op {addr}, {pc} {city}. Graag aanpassen in het klantsysteem.",
                p=P(g.name(p)), meet=K(g.meeting()), addr=A(g.address()), pc=PC(g.postcode()), city=g.city())


@tpl("")
def c_appje(g):
    p = g.person()
    return fill("hee, kun jij {p} vandaag nog even appen? {pr} nummer is {tel}. het gaat over die offerte van {amt}",
                p=P(g.name(p, g.ch(["first", "full"]))), pr=g.pron(p).capitalize(), tel=T(g.phone()), amt=K(g.amount()))


@tpl("")
def c_apk(g):
    p = g.person()
    return fill("APK voor de {kt} staat gepland op {meet}. Eigenaar {p} brengt de auto zelf; bij reparaties boven {amt} "
                "eerst even bellen naar {tel}.", kt=KT(g.kenteken()), meet=K(g.meeting()), p=P(g.name(p)),
                amt=K(g.amount(100, 800)), tel=T(g.phone()))


@tpl("")
def c_klacht(g):
    p, q = g.people(2)
    t, nm = g.formal(p)
    return fill("Klacht geregistreerd: {t} {nm} ({email}) meldt een dubbele afschrijving van {amt}. Behandelaar: {q}.",
                t=t, nm=P(nm), email=E(g.email(p)), amt=K(g.amount()), q=P(g.name(q, g.ch(["full", "first"]))))


@tpl("")
def c_bezichtiging(g):
    p = g.person()
    return fill("Bezichtiging {addr}, {city}: {meet} om {time} met {p}. Huur {amt} p/m. Sleutel ligt bij de balie.",
                addr=A(g.address()), city=g.city(), meet=K(g.meeting()), time=g.time(), p=P(g.name(p)),
                amt=K(g.amount(700, 2400)))


@tpl("", hard_negative=True)
def c_notulen(g):
    ps = g.people(4)
    n = [g.name(x, g.ch(["full", "first", "init"])) for x in ps]
    return fill("Notulen teamoverleg {meet}\nAanwezig: {a}, {b}, {c}\nAfwezig met bericht: {d}\n\n"
                "1. Begroting: {b2} zet de post reiskosten ({amt}) nog op de agenda.\n2. Rondvraag: geen.",
                meet=K(g.meeting()), a=P(n[0]), b=P(n[1]), c=P(n[2]), d=P(n[3]), b2=P(n[1]), amt=K(g.amount(200, 9000)))


@tpl("")
def c_verjaardag(g):
    p = g.person()
    return fill("Taart-alert! {p} is morgen jarig (geboren {dob}). Wie doet mee aan een cadeaubon van {amt}?",
                p=P(g.name(p, g.ch(["first", "full"]))), dob=DOB(g.dob()), amt=K(g.amount(20, 80)))


@tpl("")
def c_thuiszorg(g):
    p, q = g.people(2)
    return fill("Zorgplan: {p} ({addr}, {city}) krijgt vanaf {meet} twee keer per week huishoudelijke hulp. "
                "Contactpersoon is {rel} {q}, bereikbaar op {tel}.", p=P(g.name(p, g.ch(["full", "init"]))),
                addr=A(g.address()), city=g.city(), meet=K(g.meeting()), rel=g.ch(REL), q=P(g.name(q)), tel=T(g.phone()))


@tpl("")
def c_contributie(g):
    p, q = g.people(2)
    first = p.first
    return fill("Beste {f},\n\nVolgens onze administratie staat de contributie voor dit seizoen ({amt}) nog open. "
                "Wil je dit overmaken naar {iban} met je naam in de omschrijving?\n\nSportieve groet,\n{q}\nPenningmeester",
                f=P(first), amt=K(g.amount(60, 400)), iban=I(g.iban()), q=P(g.name(q, "full")))


@tpl("", hard_negative=True)
def c_bestelling(g):
    p = g.person()
    return fill("Bedankt voor je bestelling, {f}!\nOrdernummer: {o}\nTotaalbedrag: {amt}\n"
                "We bezorgen op {meet} op {addr}, {pc} {city}.", f=P(p.first), o=K(g.ordernr()), amt=K(g.amount()),
                meet=K(g.meeting()), addr=A(g.address()), pc=PC(g.postcode()), city=g.city())


@tpl("")
def c_school(g):
    p = g.person(female=g.chance(0.7))
    juf = "juf" if p.female else "meester"
    return fill("Beste ouders/verzorgers van groep {gr},\n\nHet schoolreisje gaat door op {meet}. De bijdrage is {amt} per kind. "
                "Vragen? Mail {juf} {p} via {email}.", gr=g.r.randint(3, 8), meet=K(g.meeting()), amt=K(g.amount(15, 60)),
                juf=juf, p=P(g.name(p, g.ch(["first", "full"]))), email=E(g.email(p, 0)))


@tpl("", hard_negative=True)
def c_ticket_pw(g):
    p = g.person()
    return fill("Ticket #{n}: {p} kan niet meer inloggen en heeft een resetlink aangevraagd. Let op: stuur nooit een "
                "wachtwoord per mail, laat de gebruiker het zelf instellen.", n=g.r.randint(10000, 99999), p=P(g.name(p)))


@tpl("", hard_negative=True)
def c_phishing(g):
    return fill("Let op phishing! ICT vraagt nooit naar je wachtwoord of inlogcode. Twijfel je over een mail? "
                "Stuur hem door naar {email} en verwijder hem daarna. De training hierover is op {meet}.",
                email=E(g.company_email()), meet=K(g.meeting()))


@tpl("", hard_negative=True)
def c_concept_contract(g):
    p = g.person()
    return fill("{p} heeft het concept van de huurovereenkomst ontvangen, maar nog niet ondertekend. Voorgestelde huur: "
                "{amt} per maand, plus {amt2} servicekosten. We verwachten een reactie vóór {meet}.",
                p=P(g.name(p)), amt=K(g.amount(650, 2200)), amt2=K(g.amount(20, 150)), meet=K(g.meeting()))


@tpl("", hard_negative=True)
def c_salaris_vraag(g):
    p = g.person()
    return fill("Vraag van {p}: wanneer wordt de eindejaarsuitkering uitbetaald? Antwoord van de salarisadministratie: "
                "gewoon met het salaris van december, de loonstrook staat dan in het portaal.", p=P(g.name(p)))


@tpl("", hard_negative=True)
def c_cao(g):
    return fill("Nieuws van P&O: per 1 juli stijgen alle salarisschalen met 3,5%. Op je loonstrook van juli zie je de "
                "verhoging terug. Vragen kun je stellen tijdens het inloopuur op {meet}; de reiskostenvergoeding blijft {amt} per km.",
                meet=K(g.meeting()), amt=K(g.ch(["€ 0,23", "€0,23", "EUR 0,23", "€ 0,21"])))


@tpl("", hard_negative=True)
def c_api_talk(g):
    p = g.person()
    return fill("Reminder: API-sleutels en tokens horen in de kluis, niet in tickets of in de chat. Toegang tot de kluis "
                "vraag je aan bij {p} ({email}).", p=P(g.name(p)), email=E(g.email(p)))


@tpl("", hard_negative=True)
def c_bsn_talk(g):
    p = g.person()
    return fill("Voor de aanvraag heeft {p} een kopie van het paspoort nodig. Tip: maak het BSN en de pasfoto onleesbaar "
                "met de KopieID-app voordat je de kopie mailt.", p=P(g.name(p)))


@tpl("", hard_negative=True)
def c_bestand_talk(g):
    p = g.person()
    return fill("Het klantenbestand telt inmiddels {n} actieve adressen. {p} schoont vóór {meet} de dubbele records op; "
                "exporteren naar Excel is niet toegestaan.", n=g._thousands(g.r.randint(1200, 48000)), p=P(g.name(p)),
                meet=K(g.meeting()))


@tpl("", hard_negative=True)
def c_ordernrs(g):
    p = g.person()
    return fill("Ordernummers {o1} en {o2} zijn samengevoegd tot één zending voor {p}. De verzendkosten ({amt}) vervallen.",
                o1=K(g.ordernr()), o2=K(g.ordernr()), p=P(g.name(p)), amt=K(g.amount(3, 25)))


@tpl("")
def c_verlof(g):
    p, q = g.people(2)
    return fill("Verlofaanvraag van {p}: {m1} tot en met {m2}. Vervanging is geregeld met {q}.",
                p=P(g.name(p)), m1=K(g.meeting()), m2=K(g.meeting()), q=P(g.name(q, g.ch(["full", "first"]))))


@tpl("")
def c_noodcontact(g):
    p, q = g.people(2)
    return fill("Noodcontact {p}: {rel} {q}, telefoon {tel}. Allergie: {al}.", p=P(g.name(p)), rel=g.ch(REL),
                q=P(g.name(q, g.ch(["full", "first"]))), tel=T(g.phone()), al=g.ch(["noten", "penicilline", "geen", "gluten"]))


@tpl("")
def c_verwijsbrief(g):
    p = g.person()
    return fill("Betreft: {p}, geboren {dob}\nAdres: {addr}, {pc} {city}\n\nGeachte collega,\n\nGraag verwijs ik bovengenoemde "
                "patiënt naar uw spreekuur voor verdere diagnostiek.", p=P(g.name(p, g.ch(["full", "init", "init2"]))),
                dob=DOB(g.dob()), addr=A(g.address()), pc=PC(g.postcode()), city=g.city())


@tpl("")
def c_taxi(g):
    p, q = g.people(2)
    return fill("Rit {meet}, ophalen {time}: {p}, {addr} in {city}. Rolstoelbus {kt}, chauffeur {q}.",
                meet=K(g.meeting()), time=g.time(), p=P(g.name(p)), addr=A(g.address()), city=g.city(),
                kt=KT(g.kenteken()), q=P(g.name(q, "first")))


@tpl("")
def c_gevonden(g):
    p = g.person()
    return fill("Gevonden op de parkeerplaats: portemonnee met pasjes op naam van {p}. Eigenaar gebeld op {tel}, nog geen "
                "reactie. Inhoud: {amt} contant.", p=P(g.name(p)), tel=T(g.phone()), amt=K(g.amount(5, 300)))


@tpl("")
def c_afmelding(g):
    p = g.person()
    return fill("Afmelding nieuwsbrief verwerkt voor {email} ({p}). Geen verdere actie nodig.", email=E(g.email(p)),
                p=P(g.name(p, g.ch(["full", "init"]))))


@tpl("")
def c_lekkage(g):
    p = g.person()
    return fill("Reparatieverzoek woning {addr}, {pc} {city}: lekkage in de badkamer. Huurder {p} is thuis op {meet} "
                "tussen 8 en 12 uur; bel vooraf {tel}.", addr=A(g.address()), pc=PC(g.postcode()), city=g.city(),
                p=P(g.name(p)), meet=K(g.meeting()), tel=T(g.phone()))


@tpl("")
def c_aanmaning(g):
    p, q = g.people(2)
    t, nm = g.salute(p)
    return fill("Tweede herinnering\n\nGeachte {t} {nm},\n\nOndanks onze eerdere herinnering hebben wij uw betaling van {amt} "
                "nog niet ontvangen. Wij verzoeken u dit bedrag binnen zeven dagen over te maken naar {iban}.\n\n"
                "Met vriendelijke groet,\n{q}\nAfdeling Debiteuren", t=t, nm=P(nm), amt=K(g.amount()), iban=I(g.iban()),
                q=P(g.name(q, "full")))


@tpl("")
def c_lease(g):
    p = g.person()
    return fill("Leaseauto {kt} wordt op {meet} ingeleverd door {p}. De eindafrekening ({amt}) graag sturen naar {email}.",
                kt=KT(g.kenteken()), meet=K(g.meeting()), p=P(g.name(p)), amt=K(g.amount()), email=E(g.email(p)))


@tpl("")
def c_overdracht(g):
    p, q = g.people(2)
    return fill("Overdracht: per {meet} neemt {p} de klant over van {q}. Nieuw aanspreekpunt: {email}, {tel}.",
                meet=K(g.meeting()), p=P(g.name(p, "full")), q=P(g.name(q)), email=E(g.email(p, 0)), tel=T(g.phone()))


@tpl("")
def c_rekening_wijziging(g):
    p = g.person()
    return fill("{p} laat weten dat het rekeningnummer is gewijzigd van {i1} naar {i2}. Graag vanaf de volgende termijn "
                "({amt}) het nieuwe nummer gebruiken.", p=P(g.name(p)), i1=I(g.iban()), i2=I(g.iban()), amt=K(g.amount()))


@tpl("")
def c_schade(g):
    p = g.person()
    return fill("Schademelding {n}: aanrijding op de parkeerplaats met voertuig {kt}. Tegenpartij: {p}, {addr}, {pc} {city}, "
                "tel. {tel}. Geschatte schade {amt}.", n=g.r.randint(1000, 9999), kt=KT(g.kenteken()), p=P(g.name(p)),
                addr=A(g.address()), pc=PC(g.postcode()), city=g.city(), tel=T(g.phone()), amt=K(g.amount(150, 12000)))


@tpl("")
def c_catering(g):
    p = g.person()
    return fill("Lunch op {meet} voor {n} personen, budget {amt}. Dieetwensen graag doorgeven aan {p} ({email}).",
                meet=K(g.meeting()), n=g.r.randint(6, 30), amt=K(g.amount(80, 900)), p=P(g.name(p)), email=E(g.email(p)))


@tpl("")
def c_reservering(g):
    p = g.person()
    return fill("Reservering bevestigd: {p}, {meet} om {time}, tafel voor {n}. Aanbetaling van {amt} ontvangen van {iban}.",
                p=P(g.name(p)), meet=K(g.meeting()), time=g.time(), n=g.r.randint(2, 12), amt=K(g.amount(20, 250)),
                iban=I(g.iban()))


@tpl("", hard_negative=True)
def c_sleuteloverdracht(g):
    p = g.person()
    return fill("Sleuteloverdracht {addr}: {p} heeft op {meet} twee huissleutels en een sleutel van de berging ontvangen. "
                "Borg: {amt}.", addr=A(g.address()), p=P(g.name(p)), meet=K(g.meeting()), amt=K(g.amount(50, 1500)))


@tpl("", hard_negative=True)
def c_sollicitatie(g):
    p = g.person()
    st = g.money_style()
    lo = g.r.randint(2400, 3800)
    return fill("Sollicitatie ontvangen van {p} ({email}) voor de functie van planner. Gesprek op {meet}. Salarisindicatie "
                "volgens de vacature: {a1} tot {a2} bruto per maand.", p=P(g.name(p, "full")), email=E(g.email(p)),
                meet=K(g.meeting()), a1=K(g.money(lo * 100, st)), a2=K(g.money((lo + g.r.randint(400, 1400)) * 100, st)))


@tpl("")
def c_huurverhoging(g):
    p = g.person()
    t, nm = g.salute(p)
    base = g.r.randint(55000, 150000)
    st = g.money_style()
    return fill("Geachte {t} {nm},\n\nPer 1 juli wordt uw kale huur verhoogd van {a1} naar {a2}. Het bedrag wordt zoals "
                "gebruikelijk maandelijks afgeschreven van {iban}.", t=t, nm=P(nm), a1=K(g.money(base, st)),
                a2=K(g.money(base + g.r.randint(1500, 6000), st)), iban=I(g.iban()))


@tpl("")
def c_laaddeur(g):
    p = g.person()
    return fill("Er staat sinds vanochtend een auto ({kt}) voor de laaddeur. Volgens de receptie is die van {p}; "
                "kan iemand {obj} bellen op {tel}?", kt=KT(g.kenteken()), p=P(g.name(p)), obj=g.pron_obj(p), tel=T(g.phone()))


@tpl("")
def c_doorgestuurd(g):
    p = g.person()
    return fill("---------- Doorgestuurd bericht ----------\nVan: {p} <{email}>\nDatum: {meet}\nAan: {e2}\n"
                "Onderwerp: offerte dakgoot\n\nGoedemiddag, bijgaand de offerte van {amt}. Ik hoor graag of u akkoord bent.",
                p=P(g.name(p, "full")), email=E(g.email(p, 0)), meet=K(g.meeting()), e2=E(g.company_email()),
                amt=K(g.amount(150, 6000)))


@tpl("", hard_negative=True)
def c_wifi_talk(g):
    p = g.person()
    return fill("Het gastnetwerk krijgt op {meet} een nieuw wachtwoord. Je vindt het op het bordje bij de receptie; "
                "{p} kan je er ook mee helpen.", meet=K(g.meeting()), p=P(g.name(p)))


@tpl("")
def c_taalcoach(g):
    p, q = g.people(2)
    return fill("Taalcoach {p} begeleidt vanaf {meet} {q} (tel. {tel}) bij de inburgering. De eigen bijdrage van {amt} "
                "wordt door de gemeente vergoed.", p=P(g.name(p)), meet=K(g.meeting()), q=P(g.name(q, "full")),
                tel=T(g.phone()), amt=K(g.amount(50, 600)))


@tpl("")
def c_kinderopvang(g):
    p = g.person()
    return fill("Nieuwe aanmelding kinderopvang\nOuder/verzorger: {p}\nAdres: {addr}, {pc} {city}\nE-mail: {email}\n"
                "Gewenste startdatum: {meet}", p=P(g.name(p, g.ch(["full", "init"]))), addr=A(g.address()),
                pc=PC(g.postcode()), city=g.city(), email=E(g.email(p)), meet=K(g.meeting()))


@tpl("")
def c_huisarts(g):
    p = g.person()
    return fill("Graag terugbellen: {p} (geb. {dob}) over de uitslag van het bloedonderzoek, tel. {tel}.",
                p=P(g.name(p)), dob=DOB(g.dob()), tel=T(g.phone()))


@tpl("")
def c_dienstruil(g):
    p, q = g.people(2)
    return fill("Dienstruil: {p} neemt de late dienst van {meet} over van {q}. Bij vragen: {tel}.",
                p=P(g.name(p, g.ch(["first", "full"]))), meet=K(g.meeting()), q=P(g.name(q, g.ch(["first", "full"]))),
                tel=T(g.phone()))


@tpl("")
def c_fiets(g):
    p = g.person()
    return fill("Fiets verkocht aan {p} voor {amt}. Ophalen op {meet} aan de {addr} in {city}; betaling contant of via {iban}.",
                p=P(g.name(p)), amt=K(g.amount(60, 1400)), meet=K(g.meeting()), addr=A(g.address()), city=g.city(),
                iban=I(g.iban()))


@tpl("")
def c_klantkaart(g):
    p = g.person()
    return fill("Klantkaart bijgewerkt\n{p}\n{addr}\n{pc} {city}\nTel: {tel}\nSaldo tegoedbon: {amt}",
                p=P(g.name(p)), addr=A(g.address()), pc=PC(g.postcode()), city=g.city(), tel=T(g.phone()),
                amt=K(g.amount(5, 250)))


@tpl("")
def c_inspecteur(g):
    p = g.person()
    t, nm = g.formal(p)
    return fill("Gesprek met {t} {nm} over de bouwvergunning. Volgende afspraak: {meet}. Kosten leges {amt}. "
                "Bereikbaar via {email}.", t=t, nm=P(nm), meet=K(g.meeting()), amt=K(g.amount(90, 3000)), email=E(g.email(p)))



@tpl("")
def c_declaratie(g):
    p = g.person()
    return fill("Declaratie goedgekeurd: {amt} reiskosten voor {p}. Wordt met de eerstvolgende betaalrun overgemaakt naar {iban}.",
                amt=K(g.amount(8, 600)), p=P(g.name(p)), iban=I(g.iban()))


@tpl("")
def c_storno(g):
    p = g.person()
    return fill("Let op: de incasso van {amt} is gestorneerd door {p} (rekening {iban}). Graag contact opnemen via {email} "
                "voordat we een nieuwe poging doen op {meet}.", amt=K(g.amount(10, 900)), p=P(g.name(p)), iban=I(g.iban()),
                email=E(g.email(p)), meet=K(g.meeting()))


@tpl("")
def c_gift(g):
    p = g.person()
    t, nm = g.formal(p)
    return fill("Hartelijk dank voor uw gift van {amt}, {t} {nm}! Uw bijdrage is op {meet} bijgeschreven vanaf rekening {iban}.",
                amt=K(g.amount(5, 2500)), t=t, nm=P(nm), meet=K(g.meeting()), iban=I(g.iban()))


@tpl("")
def c_betaalverzoek(g):
    p = g.person()
    return fill("{p} heeft een betaalverzoek gestuurd: {amt} voor de teamlunch. Liever handmatig? Maak het over naar {iban}.",
                p=P(g.name(p, g.ch(["first", "full"]))), amt=K(g.amount(5, 60)), iban=I(g.iban()))


@tpl("")
def c_laadpas(g):
    p = g.person()
    return fill("Laadpas gekoppeld aan kenteken {kt} (berijder: {p}). De maandelijkse kosten van {amt} worden "
                "doorbelast aan de afdeling.", kt=KT(g.kenteken()), p=P(g.name(p)), amt=K(g.amount(15, 400)))

# ---------------------------------------------------------------- blocked: passwords
SSIDS = ["KantoorGast", "Vergader-2", "Gasten_5G", "Praktijk-Wachtkamer", "Kantine-WiFi", "Bezoekers"]
SERVICES = ["het personeelsportaal", "de roosterapp", "het leveranciersportaal", "de webshop-beheeromgeving",
            "het klantdossier", "de boekhoudsoftware", "het declaratieportaal"]


@tpl("PASSWORD")
def p_tijdelijk(g):
    return fill("Je tijdelijke wachtwoord voor {svc} is {pw}\nWijzig dit direct na de eerste keer inloggen.",
                svc=g.ch(SERVICES), pw=PW(g.password()))


@tpl("PASSWORD")
def p_gastwifi(g):
    return fill("Gastwifi {zaal}\nNetwerk: {ssid}\nWachtwoord: {pw}", zaal=g.ch(["vergaderzaal 2", "de kantine", "locatie Oost"]),
                ssid=g.ch(SSIDS), pw=PW(g.password()))


@tpl("PASSWORD")
def p_inloggegevens(g):
    return fill("Inloggegevens {svc}\nGebruikersnaam: {u}\nWachtwoord: {pw}\nGraag niet doorsturen.",
                svc=g.ch(SERVICES).split(" ", 1)[1], u=g.ch(USERNAMES), pw=PW(g.password()))


@tpl("PASSWORD")
def p_gedeelde_mailbox(g):
    return fill("hoi, het ww van de gedeelde mailbox is veranderd in {pw} — even onthouden want ik zet het nergens anders neer",
                pw=PW(g.password()))


@tpl("PASSWORD")
def p_boekhouding(g):
    p = g.person()
    return fill("{p} vroeg om de inlog van {svc}. Gebruiker is {u}, wachtwoord {pw} (let op hoofdletters).",
                p=P(g.name(p, g.ch(["first", "full"]))), svc=g.ch(SERVICES), u=g.ch(USERNAMES), pw=PW(g.password()))


@tpl("PASSWORD")
def p_router(g):
    return fill("Router in de meterkast: beheerpagina via 192.168.{a}.1, inloggen met admin / {pw}",
                a=g.ch(["0", "1", "2", "178"]), pw=PW(g.password()))


@tpl("PASSWORD")
def p_zip(g):
    return fill("Het zip-bestand met de jaarstukken is beveiligd. Zoals afgesproken het wachtwoord in een apart bericht:\n{pw}",
                pw=PW(g.password()))


@tpl("PASSWORD")
def p_account(g):
    p = g.person()
    return fill("Account aangemaakt voor {p} ({email}). Startwachtwoord: {pw}\nBij de eerste login wordt om een nieuw "
                "wachtwoord gevraagd.", p=P(g.name(p, "full")), email=E(g.email(p, 0)), pw=PW(g.password()))


@tpl("PASSWORD")
def p_vpn(g):
    return fill("VPN thuiswerken\nserver: vpn.{d}\nuser: {u}\npass: {pw}", d=g.ch(COMPANY_DOMAINS), u=g.ch(USERNAMES),
                pw=PW(g.password()))


# ---------------------------------------------------------------- blocked: API keys
@tpl("API_KEY")
def a_livesleutel(g):
    return fill("Hier de live-sleutel voor de betaalkoppeling: {key}\nZet hem in de .env op de server, niet in git.",
                key=KEY(g.apikey(g.ch(["stripe", "stripe_rk", "mollie"]))))


@tpl("API_KEY")
def a_env(g):
    var, prov = g.ch([("OPENAI_API_KEY", "openai_proj"), ("ANTHROPIC_API_KEY", "anthropic"), ("STRIPE_SECRET_KEY", "stripe"),
                      ("SENDGRID_API_KEY", "sendgrid"), ("MOLLIE_API_KEY", "mollie"), ("HF_TOKEN", "hf"),
                      ("MAILGUN_API_KEY", "mailgun"), ("OPENAI_API_KEY", "openai"), ("NPM_TOKEN", "npm")])
    return fill(".env productie\nAPP_ENV=production\n{var}={key}\nLOG_LEVEL=warning", var=var, key=KEY(g.apikey(prov)))


@tpl("API_KEY")
def a_curl(g):
    return fill("Zo test je de koppeling:\ncurl -s https://api.{d}/v2/orders -H \"Authorization: Bearer {key}\"",
                d=g.ch(COMPANY_DOMAINS), key=KEY(g.apikey(g.ch(["openai", "openai_proj", "github", "gitlab", "do", "hf", "sendgrid"]))))


@tpl("API_KEY")
def a_ci(g):
    p = g.person()
    return fill("{p}, kun jij deze token even in de CI-variabelen zetten? {key}\nDank!", p=P(g.name(p, "first")),
                key=KEY(g.apikey(g.ch(["github", "github_pat", "gitlab", "npm", "do"]))))


@tpl("API_KEY")
def a_slack(g):
    return fill("Token voor de Slack-bot (alleen voor het kanaal #storingen): {key}", key=KEY(g.apikey(g.ch(["slack", "slack_user"]))))


@tpl("API_KEY")
def a_aws(g):
    return fill("~/.aws/credentials\n[default]\naws_access_key_id = {k1}\naws_secret_access_key = {k2}\nregion = eu-west-1",
                k1=KEY(g.apikey("aws")), k2=KEY(g.apikey("aws_secret")))


@tpl("API_KEY")
def a_maps(g):
    return fill("De Maps-sleutel voor de vestigingenkaart op de website is {key}. Kun je hem beperken tot ons eigen domein?",
                key=KEY(g.apikey("google")))


@tpl("API_KEY")
def a_oeps(g):
    return fill("Oeps, ik heb in het vorige bericht mijn persoonlijke token geplakt ({key}). Kan iemand met beheerrechten "
                "hem intrekken?", key=KEY(g.apikey(g.ch(["github", "github_pat", "openai", "anthropic", "hf", "shopify", "twilio"]))))


@tpl("API_KEY")
def a_json(g):
    return fill("Config voor de koppeling met het ERP:\n{{\n  \"endpoint\": \"https://erp.{d}/api\",\n  \"api_key\": \"{key}\"\n}}",
                d=g.ch(COMPANY_DOMAINS), key=KEY(g.apikey()))


# ---------------------------------------------------------------- blocked: BSN
@tpl("BSN")
def b_dossier(g):
    p = g.person()
    return fill("Personeelsdossier – nieuwe medewerker\nNaam: {p}\nBSN: {bsn}\nGeboortedatum: {dob}\nAdres: {addr}, {pc} {city}",
                p=P(g.name(p, g.ch(["full", "full", "middle", "init2"]))), bsn=B(g.bsn()), dob=DOB(g.dob()),
                addr=A(g.address()), pc=PC(g.postcode()), city=g.city())


@tpl("BSN")
def b_loonadmin(g):
    p = g.person()
    return fill("Voor de loonadministratie: {p}, burgerservicenummer {bsn}, geboren op {dob}. Eerste werkdag is {meet}.",
                p=P(g.name(p)), bsn=B(g.bsn()), dob=DOB(g.dob()), meet=K(g.meeting()))


@tpl("BSN")
def b_client(g):
    p, q = g.people(2)
    return fill("Cliënt {p} (BSN {bsn}) heeft een indicatie voor begeleid wonen. Intake op {meet} met {q}.",
                p=P(g.name(p)), bsn=B(g.bsn()), meet=K(g.meeting()), q=P(g.name(q, g.ch(["full", "first"]))))


@tpl("BSN")
def b_controle(g):
    p = g.person()
    return fill("Kun je het BSN van {p} nog even controleren? Ik heb {bsn} genoteerd, maar het formulier wordt steeds afgekeurd.",
                p=P(g.name(p)), bsn=B(g.bsn()))


@tpl("BSN")
def b_toeslag(g):
    p, q = g.people(2)
    return fill("Aanvraag huurtoeslag\nAanvrager: {p}, BSN {b1}\nToeslagpartner: {q}, BSN {b2}\nHuur per maand: {amt}",
                p=P(g.name(p, "full")), b1=B(g.bsn()), q=P(g.name(q, "full")), b2=B(g.bsn()), amt=K(g.amount(500, 1100)))


@tpl("BSN")
def b_patient(g):
    p, q = g.people(2)
    return fill("Patiëntgegevens: {p}, geb. {dob}, BSN {bsn}. Huisarts: {q}.", p=P(g.name(p)), dob=DOB(g.dob()),
                bsn=B(g.bsn()), q=P(g.name(q, g.ch(["init", "sur", "full"]))))


@tpl("BSN")
def b_sofi(g):
    p = g.person()
    return fill("Bij 'sofinummer' op het inschrijfformulier vul je {bsn} in; dat is het nummer van {p}.",
                bsn=B(g.bsn()), p=P(g.name(p)))


@tpl("BSN")
def b_huurder(g):
    p = g.person()
    return fill("Huurdersgegevens\n{p}\ngeboren {dob}\nBSN: {bsn}\nIBAN: {iban}", p=P(g.name(p, g.ch(["full", "init2"]))),
                dob=DOB(g.dob()), bsn=B(g.bsn()), iban=I(g.iban()))


# ---------------------------------------------------------------- blocked: salary slips
def _salary(g):
    bruto = g.r.randint(190000, 720000)
    lh = int(bruto * g.r.uniform(0.08, 0.34))
    pens = int(bruto * g.r.uniform(0.03, 0.08))
    netto = bruto - lh - pens
    return bruto, lh, pens, netto


@tpl("SALARY_SLIP")
def s_loonstrook(g):
    p = g.person()
    b, lh, pe, n = _salary(g)
    st = g.money_style()
    return fill("LOONSTROOK {m} {y}\nWerknemer: {p}\nBrutoloon: {a1}\nLoonheffing: {a2}\nPensioenpremie: {a3}\nNetto uitbetaald: {a4}",
                m=g.month().upper(), y=g.ch(["2025", "2026"]), p=P(g.name(p, g.ch(["full", "init", "init2"]))),
                a1=K(g.money(b, st)), a2=K(g.money(lh, st)), a3=K(g.money(pe, st)), a4=K(g.money(n, st)))


@tpl("SALARY_SLIP")
def s_periode(g):
    p = g.person()
    b, lh, pe, n = _salary(g)
    return fill("Salarisstrook periode {n}/{y}\n{p}\nBruto {a1} | loonheffing {a2} | netto {a3}\nOvergemaakt naar {iban}",
                n=g.r.randint(1, 13), y=g.ch(["2025", "2026"]), p=P(g.name(p)), a1=K(g.money(b)), a2=K(g.money(lh)),
                a3=K(g.money(b - lh)), iban=I(g.iban()))


@tpl("SALARY_SLIP")
def s_uurloon(g):
    p = g.person()
    uur = g.r.randint(1400, 3200)
    hrs = g.r.choice([24, 32, 64, 96, 120, 152, 160])
    tot = uur * hrs
    vak = int(tot * 0.08)
    lh = int((tot + vak) * g.r.uniform(0.05, 0.25))
    return fill("Loonspecificatie {m} – {p}\nUurloon {a1} x {h} uur\nBruto totaal {a2}\nVakantietoeslag (8%) {a3}\n"
                "Loonheffing {a4}\nTe betalen {a5}", m=g.month(), p=P(g.name(p)), a1=K(g.money(uur)), h=hrs,
                a2=K(g.money(tot)), a3=K(g.money(vak)), a4=K(g.money(lh)), a5=K(g.money(tot + vak - lh)))


@tpl("SALARY_SLIP")
def s_bijlage(g):
    p = g.person()
    b, lh, pe, n = _salary(g)
    return fill("Hoi {f}, in de bijlage je salarisstrook van {m}. Kort samengevat: bruto {a1}, daarvan gaat {a2} "
                "naar de loonheffing, netto {a3} op je rekening.", f=P(p.first), m=g.month(), a1=K(g.money(b)), a2=K(g.money(lh)),
                a3=K(g.money(b - lh)))


@tpl("SALARY_SLIP")
def s_overzicht(g):
    p = g.person()
    b, lh, pe, n = _salary(g)
    rk = g.r.randint(3000, 24000)
    return fill("Salarisoverzicht {m} {y}\nMedewerker: {p}\nFunctie: {job}, schaal {sc}\nBasissalaris: {a1}\nReiskosten: {a2}\n"
                "Loonheffing: -{a3}\nNetto: {a4}", m=g.month(), y=g.ch(["2025", "2026"]), p=P(g.name(p)),
                job=g.ch(["planner", "verpleegkundige", "monteur", "administratief medewerker", "teamleider", "docent"]),
                sc=g.r.randint(4, 12), a1=K(g.money(b)), a2=K(g.money(rk)), a3=K(g.money(lh)), a4=K(g.money(b + rk - lh)))


@tpl("SALARY_SLIP")
def s_specificatie(g):
    p = g.person()
    b, lh, pe, n = _salary(g)
    return fill("Specificatie uitbetaling\nNaam: {p}\nPersoneelsnummer: {pn}\nPeriode: {m}\nSalaris {a1}\n"
                "Inhouding loonheffing {a2}\nUit te betalen {a3}", p=P(g.name(p, g.ch(["full", "init2"]))),
                pn=g.r.randint(1000, 99999), m=g.month(), a1=K(g.money(b)), a2=K(g.money(lh)), a3=K(g.money(b - lh)))


@tpl("SALARY_SLIP")
def s_klaar(g):
    p = g.person()
    b, lh, pe, n = _salary(g)
    return fill("Je loonstrook van {m} staat klaar, {p}. Bruto: {a1}. Netto: {a2}. Vragen? Mail {e}.",
                m=g.month(), p=P(p.first), a1=K(g.money(b)), a2=K(g.money(n)), e=E(g.company_email()))


@tpl("SALARY_SLIP")
def s_brief(g):
    p = g.person()
    t, nm = g.formal(p)
    b, lh, pe, n = _salary(g)
    return fill("Loonstrook {m}\n{t} {nm}\n{addr}\n{pc} {city}\n\nBruto maandsalaris {a1}\nLoonheffing {a2}\nNetto {a3}",
                m=g.month(), t=t.capitalize(), nm=P(nm), addr=A(g.address()),
                pc=PC(g.postcode()), city=g.city(), a1=K(g.money(b)), a2=K(g.money(lh)), a3=K(g.money(b - lh)))


# ---------------------------------------------------------------- blocked: signed contracts
@tpl("SIGNED_CONTRACT")
def k_huur(g):
    p = g.person()
    nm = g.name(p, g.ch(["full", "init2"]))
    return fill("HUUROVEREENKOMST WOONRUIMTE\nHuurder: {p}\nObject: {addr}, {pc} {city}\nKale huur: {amt} per maand\n"
                "Ingangsdatum: {meet}\n\nAldus getekend door huurder,\n\n{p2}\n[handtekening]", p=P(nm), addr=A(g.address()),
                pc=PC(g.postcode()), city=g.city(), amt=K(g.amount(600, 2500)), meet=K(g.meeting()), p2=P(nm))


@tpl("SIGNED_CONTRACT")
def k_arbeid(g):
    p = g.person()
    return fill("Arbeidsovereenkomst voor bepaalde tijd. Bruto maandsalaris {amt}. Aldus opgemaakt in tweevoud en "
                "ondertekend te {city} op {meet}.\n\nDe werknemer,\n{p}\n(handtekening)",
                amt=K(g.money(g.r.randint(220000, 560000))), city=g.city(), meet=K(g.meeting()), p=P(g.name(p, "full")))


@tpl("SIGNED_CONTRACT")
def k_retour(g):
    p = g.person()
    return fill("Bijgaand het ondertekende contract retour. {p} heeft op {meet} getekend; het jaarbedrag van {amt} "
                "wordt per kwartaal gefactureerd.\n\nHandtekening: {p2}", p=P(g.name(p)), meet=K(g.meeting()),
                amt=K(g.amount(1200, 60000)), p2=P(g.name(p, "full")))


@tpl("SIGNED_CONTRACT")
def k_opdracht(g):
    p = g.person()
    nm = g.name(p, "full")
    return fill("Overeenkomst van opdracht\nOpdrachtnemer: {p}\nUurtarief: {amt}\nDatum ondertekening: {meet}\n"
                "Handtekening opdrachtnemer: {p2}", p=P(nm), amt=K(g.amount(45, 140)), meet=K(g.meeting()),
                p2=P(g.name(p, g.ch(["init", "full"]))))


@tpl("SIGNED_CONTRACT")
def k_auto(g):
    p = g.person()
    return fill("Koopovereenkomst occasion {kt}\nKoper: {p}\nKoopprijs: {amt}\nDatum: {meet}\n\n"
                "Handtekening koper: {p2}        Handtekening verkoper: ________ (getekend)", kt=KT(g.kenteken()),
                p=P(g.name(p, "full")), amt=K(g.amount(1500, 38000)), meet=K(g.meeting()), p2=P(g.name(p, g.ch(["init", "sur"]))))


@tpl("SIGNED_CONTRACT")
def k_offerte(g):
    p = g.person()
    return fill("Offerte {nr} – {amt} excl. btw\n\nGezien en akkoord,\n{p}\n{city}, {meet}\n\nHandtekening: (getekend)",
                nr=f"OF-{g.r.randint(2025, 2026)}-{g.r.randint(10, 999):03d}", amt=K(g.amount(250, 45000)),
                p=P(g.name(p, g.ch(["full", "init"]))), city=g.city(), meet=K(g.meeting()))


@tpl("SIGNED_CONTRACT")
def k_verklaring(g):
    p = g.person()
    st = g.money_style()
    huur = g.r.randint(60000, 220000)
    return fill("Hierbij verklaar ik, {p}, akkoord te gaan met de voorwaarden van de huurovereenkomst (huur {a1} per maand, "
                "borg {a2}). Getekend te {city} op {meet}.\n\n________________\n{p2}", p=P(g.name(p, "full")),
                a1=K(g.money(huur, st)), a2=K(g.money(huur * 2, st)), city=g.city(), meet=K(g.meeting()),
                p2=P(g.name(p, g.ch(["full", "init"]))))


@tpl("SIGNED_CONTRACT")
def k_docusign(g):
    p = g.person()
    return fill("Digitaal ondertekend\nDocument: dienstverleningsovereenkomst\nOndertekenaar: {p} ({email})\nDatum: {meet}\n"
                "Maandbedrag: {amt}\nStatus: volledig getekend", p=P(g.name(p, "full")), email=E(g.email(p, 0)),
                meet=K(g.meeting()), amt=K(g.amount(40, 4000)))


@tpl("SIGNED_CONTRACT")
def k_vso(g):
    p = g.person()
    return fill("Vaststellingsovereenkomst – getekend exemplaar\nWerknemer: {p}\nTransitievergoeding: {amt}\n"
                "Laatste werkdag: {meet}\nOndertekend door beide partijen; handtekening werknemer: {p2}",
                p=P(g.name(p, "full")), amt=K(g.amount(2000, 60000)), meet=K(g.meeting()), p2=P(g.name(p, "init")))


# ---------------------------------------------------------------- blocked: customer lists
REGIONS = ["Noord", "Oost", "Twente", "Achterhoek", "Randstad Zuid", "West-Brabant", "Zuid-Limburg", "Friesland", "Veluwe"]


def _rows(g, lo=5, hi=9):
    return g.people(g.r.randint(lo, hi))


@tpl("CUSTOMER_LIST")
def l_csv_tel(g):
    rows = [fill("{p};{tel};{city}", p=P(g.name(x, g.ch(["full", "init"], [4, 1]))), tel=T(g.phone()), city=g.city())
            for x in _rows(g)]
    return fill("Naam;Telefoon;Woonplaats\n") + join(rows)


@tpl("CUSTOMER_LIST")
def l_genummerd(g):
    rows = [fill("{i}. {p} – {email}", i=i + 1, p=P(g.name(x, "full")), email=E(g.email(x))) for i, x in enumerate(_rows(g))]
    return fill("Klantenoverzicht regio {r}\n", r=g.ch(REGIONS)) + join(rows)


@tpl("CUSTOMER_LIST")
def l_markdown(g):
    rows = [fill("| {p} | {email} | {tel} |", p=P(g.name(x, "full")), email=E(g.email(x)), tel=T(g.phone()))
            for x in _rows(g, 4, 8)]
    return fill("| Klant | E-mail | Telefoon |\n|---|---|---|\n") + join(rows)


@tpl("CUSTOMER_LIST")
def l_crm_export(g):
    rows = [fill("{p},{email},{pc}", p=P(g.name(x, "full")), email=E(g.email(x)), pc=PC(g.postcode())) for x in _rows(g)]
    return fill("Export CRM {d}\nnaam,email,postcode\n", d=f"{g.r.randint(1, 28):02d}-{g.r.randint(1, 12):02d}-2025") + join(rows)


@tpl("CUSTOMER_LIST")
def l_terugbellen(g):
    rows = [fill("- {p}: {tel}", p=P(g.name(x, g.ch(["full", "init", "sur"], [5, 2, 1]))), tel=T(g.phone())) for x in _rows(g)]
    return fill("Terugbellijst klanten (vandaag):\n") + join(rows)


@tpl("CUSTOMER_LIST")
def l_kerstkaarten(g):
    rows = [fill("{p}, {addr}, {pc} {city}", p=P(g.name(x, g.ch(["full", "init2"]))), addr=A(g.address()),
                 pc=PC(g.postcode()), city=g.city()) for x in _rows(g, 4, 7)]
    return fill("Kerstkaarten versturen naar onze vaste klanten:\n") + join(rows)


@tpl("CUSTOMER_LIST")
def l_openstaand(g):
    rows = [fill("{p} ({email}) – {amt}", p=P(g.name(x, "full")), email=E(g.email(x)), amt=K(g.amount())) for x in _rows(g)]
    return fill("Klanten met openstaande facturen\n") + join(rows)


@tpl("CUSTOMER_LIST")
def l_klantendag(g):
    rows = [fill("{p}\t{email}\t{tel}", p=P(g.name(x, "full")), email=E(g.email(x)), tel=T(g.phone())) for x in _rows(g)]
    return fill("Deelnemerslijst klantendag {meet}\nNaam\tE-mail\tTelefoon\n", meet=K(g.meeting())) + join(rows)


@tpl("CUSTOMER_LIST")
def l_proefpakket(g):
    rows = [fill("{p} <{email}>", p=P(g.name(x, "full")), email=E(g.email(x, 0))) for x in _rows(g)]
    return fill("Ontvangers proefpakket (klanten): ") + join(rows, "; ")


# ----------------------------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------------------------
# same definition as the scorer (/work/shared/tools/score_pii.py)
INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}
BLOCK_OF_LABEL = {"BSN": "BSN", "WACHTWOORD": "PASSWORD", "API_SLEUTEL": "API_KEY"}


def tokens(label, value):
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in re.findall(r"[^\W\d_][\w'’-]*", value) if len(t) >= 4 and t.lower() not in INTERFIX]


def simulate(text, mask):
    """A perfect anonymizer: replace every mask value, longest first."""
    out = text
    for lab, val in sorted(mask, key=lambda m: -len(m[1])):
        out = out.replace(val, "⟦" + lab + "⟧")
    return out


RX_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
RX_IBAN = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z0-9]{4}")
RX_PHONE = re.compile(r"(?:\+31|0031|\(0|(?<![\w.-])0)[\d ()-]{8,}\d")
RX_9 = re.compile(r"(?<![\d.])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\d.])")
RX_PC = re.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b")


def validate(rec):
    text, mask, keep, block = rec["text"], rec["mask"], rec["keep"], rec["block"]
    errs = []
    for lab, val in mask:
        if lab not in LABELS:
            errs.append(f"bad label {lab}")
        if val not in text:
            errs.append(f"mask value not in text: {val!r}")
        if val != val.strip() or not val:
            errs.append(f"untrimmed value {val!r}")
        if lab == "IBAN" and not iban_ok(val):
            errs.append(f"bad IBAN {val}")
        if lab == "BSN" and not elfproef(re.sub(r"[ .]", "", val)):
            errs.append(f"bad BSN {val}")
    for v in keep:
        if v not in text:
            errs.append(f"keep value not in text: {v!r}")
        if re.fullmatch(r"\d{9}", v) and elfproef(v):
            errs.append(f"keep number passes 11-proef: {v}")
        for lab, val in mask:
            if v in val or val in v:
                errs.append(f"keep {v!r} overlaps mask {val!r}")
    want = sorted({BLOCK_OF_LABEL[l] for l, _ in mask if l in BLOCK_OF_LABEL})
    for b in want:
        if b not in block:
            errs.append(f"label implies block {b}")
    for b in block:
        if b in ("BSN", "PASSWORD", "API_KEY") and b not in want:
            errs.append(f"block {b} without its value")
    if len(block) > 1:
        errs.append("more than one block category")
    out = simulate(text, mask)
    for lab, val in mask:
        if val in out:
            errs.append(f"value survives perfect masking (substring): {val!r}")
        for t in tokens(lab, val):
            if re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", out):
                errs.append(f"word of {lab} survives: {t!r}")
    for v in keep:
        if v not in out:
            errs.append(f"keep value destroyed: {v!r}")
    # a careful anonymizer replaces values only where they stand as whole words; the scorer counts any
    # substring as a leak, so no mask value may also occur inside another word of the text
    out_w = text
    for lab, val in sorted(mask, key=lambda m: -len(m[1])):
        out_w = re.sub(r"(?<![\w])" + re.escape(val) + r"(?![\w])", "⟦" + lab + "⟧", out_w)
    for lab, val in mask:
        if val in out_w:
            errs.append(f"value also occurs inside another word: {val!r}")
    # nothing PII-shaped may be left unlabelled
    rest = out
    for v in keep:
        rest = rest.replace(v, "⟦KEEP⟧")
    for rx, what in ((RX_EMAIL, "email"), (RX_IBAN, "iban"), (RX_PHONE, "phone"), (RX_9, "9-digit"), (RX_PC, "postcode")):
        for m in rx.finditer(rest):
            s = m.group(0)
            if what == "phone" and (len(re.sub(r"\D", "", s)) < 9 or re.fullmatch(r"\d{2}-\d{2}-\d{4}", s)):
                continue
            errs.append(f"unlabelled {what}: {s!r}")
    return errs


# ----------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------
def build():
    g = Gen(SEED)
    by_cat = defaultdict(list)
    for name, cat, hn, fn in TEMPLATES:
        by_cat[cat].append((name, hn, fn))
    cats = []
    for c, n in BLOCK_COUNTS.items():
        cats += [c] * n
    cats += [""] * (N_RECORDS - len(cats))
    g.r.shuffle(cats)
    queues = {c: [] for c in by_cat}
    records, seen, retries, used = [], set(), Counter(), Counter()
    for i, cat in enumerate(cats):
        if not queues[cat]:
            # hard negatives at half the weight of the other clean templates
            queues[cat] = [t for t in by_cat[cat] for _ in range(1 if t[1] else 2)]
            g.r.shuffle(queues[cat])
        name, hn, fn = queues[cat].pop()
        for attempt in range(300):
            fr = fn(g)
            rec = {"id": f"c7-{i}", "text": fr.text, "mask": fr.mask, "block": [cat] if cat else [], "keep": fr.keep}
            errs = validate(rec)
            if not errs and rec["text"] not in seen:
                break
            retries[name] += 1
            last = errs
        else:
            raise SystemExit(f"template {name} keeps failing: {last}\n{rec['text']}")
        seen.add(rec["text"])
        used[name] += 1
        records.append((rec, name, hn))
    return records, retries, used


def summary(records, retries, used):
    lab, blk = Counter(), Counter()
    for rec, _, _ in records:
        for l, _v in rec["mask"]:
            lab[l] += 1
        for b in rec["block"]:
            blk[b] += 1
    n_hn = sum(1 for _, _, hn in records if hn)
    cats = Counter(c for _, c, _, _ in TEMPLATES)
    print(f"records: {len(records)}   templates: {len(TEMPLATES)} "
          "(" + ", ".join(f"{c or 'clean'} {n}" for c, n in sorted(cats.items())) + ")")
    print(f"blocked: {sum(blk.values())}   clean: {len(records) - sum(blk.values())}   hard-negative records: {n_hn}")
    print("block categories: " + ", ".join(f"{b} {n}" for b, n in blk.most_common()))
    print("mask labels: " + ", ".join(f"{l} {n}" for l, n in lab.most_common()))
    print(f"keep values: {sum(len(r['keep']) for r, _, _ in records)}")
    if retries:
        print("regenerations (validation/duplicate): " + ", ".join(f"{k} {v}" for k, v in retries.most_common(8)))


def main():
    records, retries, used = build()
    summary(records, retries, used)
    if "--check" in sys.argv:
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "c7.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec, _, _ in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
