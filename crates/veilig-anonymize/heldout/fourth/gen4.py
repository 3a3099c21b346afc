#!/usr/bin/env python3
"""gen4.py - independent labelled test corpus (c4) for a Dutch PII anonymizer.

Standard library only, deterministic (fixed seed). Writes c4.jsonl next to this file and prints a
one-line summary. Every record is validated before it is written:
  * every mask/keep value occurs verbatim in the text;
  * IBANs pass mod-97, BSNs pass the 11-proef, credit cards pass Luhn, 9-digit order numbers in keep
    FAIL the 11-proef;
  * a simulated "perfect" anonymizer (replace every mask value, longest first) leaves no mask value,
    no 4+-letter word of a PERSOON/ADRES value, and destroys no keep value; so a perfect system can
    score 100 %;
  * no unlabelled e-mail address, IBAN, Dutch postcode or phone number is left in the text;
  * block categories agree with the labels (BSN <-> BSN, WACHTWOORD <-> PASSWORD,
    API_SLEUTEL <-> API_KEY) and with the template's declared kind (blocked / clean).
A template draw that fails validation is redrawn (deterministically).
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = 4042025
R = random.Random(SEED)
N_RECORDS = 1500
TARGET_BLOCKED = 0.33


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def picks(seq, n):
    return R.sample(list(seq), n)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# ----------------------------------------------------------------------------------------------
# Names (written for this corpus; origin -> female first names, male first names, surnames)
# '_' inside a first name stands for a space.
# ----------------------------------------------------------------------------------------------
NAMES = {
    "nl": (
        "Sanne Lotte Anouk Fleur Eva Julia Sophie Lisa Iris Roos Merel Femke Noor Lieke Floor Esmee "
        "Britt Ilse Marloes Annemiek Ingrid Marieke Wilma Gerda Hennie Joke Ria Truus Anneke Marjolein "
        "Mirjam Petra Esther Linda Sandra Monique Yvonne Chantal Manon Nienke Jasmijn Fenna Tess Saar "
        "Jet Isa Mila Liv Hanneke Janneke Geertje Wendy Karin Ellen Carolien Mieke Loes Rianne Suze "
        "Vera Daphne Marit Marjan Annelies Hester Brechtje Evelien Dorien Jolanda Tineke Corrie Sterre "
        "Puck Maud Lynn Willemijn Margriet Aafke Jantine Bloem Emma Anne-Marie",
        "Daan Sem Lucas Levi Finn Jesse Bram Thijs Ruben Tim Lars Bas Joris Koen Jeroen Maarten "
        "Martijn Sander Niels Wouter Pieter Jan Kees Henk Gerrit Piet Klaas Willem Hans Wim Ton Cor "
        "Rob Frank Erik Marcel Arjan Dennis Patrick Mark Michiel Jasper Stijn Gijs Teun Mees Pim Job "
        "Ties Siem Roel Bart Dirk Gert-Jan Jan-Willem Hendrik Cornelis Johannes Wessel Floris Olivier "
        "Thom Luuk Mats Sjaak Harm Reinier Storm Joost Ewout Rutger Berend Hugo Casper Diederik Jorrit "
        "Maurits Sven Tijmen Victor",
        "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|"
        "Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Smits|de Graaf|"
        "van der Meer|van der Linden|Kok|de Haan|van den Heuvel|van der Veen|van den Broek|de Bruijn|"
        "de Bruin|van der Heijden|Schouten|van Beek|Willems|van Vliet|van de Ven|Maas|Verhoeven|"
        "Koster|van Dam|van der Wal|Prins|Blom|Huisman|de Jonge|Kuipers|van Veen|Post|Kuiper|Kramer|"
        "van den Brink|Scholten|van Wijk|Martens|Vink|de Ruiter|Timmermans|Groen|Gerritsen|Jonker|"
        "van Loon|Boer|van der Velde|Willemsen|de Lange|de Vos|Bosch|van Dongen|Schipper|de Koning|"
        "van der Laan|Koning|van der Velden|Driessen|van Doorn|Evers|van den Bosch|van der Meulen|"
        "Hofman|Bosman|Wolters|Sanders|van der Horst|Mol|Kuijpers|Molenaar|van de Pol|de Leeuw|"
        "Verbeek|in 't Veld|ter Horst|ten Hove|van 't Hof|ter Haar|ten Brink|op den Akker|"
        "van der Zanden|uit den Bogaard|van Wijngaarden|van Rijn|Verschoor|Verstappen|Oosterhuis|"
        "Wagenaar|Zwart|Winter|de Winter|Berg|Roos|Vermeer|Hoogendoorn|Bloemendaal|van Haarlem|"
        "Rietveld|Lammers|Stam|Veldhuis|Beukers|Knol|Pronk|van Schaik|Groenewegen|Kloosterman|"
        "Hazelaar|van Os|Kerkhof|Hoogland",
    ),
    "fy": (
        "Wytske Tjitske Baukje Froukje Jildou Lolkje Minke Nynke Rixt Ytsje Sjoukje Hiske Aukje Griet "
        "Janke Doutzen Sytske Antsje",
        "Sjoerd Hylke Jelle Sietse Hessel Auke Oane Pier Rintje Sipke Tsjerk Wiebe Jelmer Hidde Douwe "
        "Gerben Lieuwe Tjeerd Bauke Jouke Wybren Ype",
        "Dijkstra|Hoekstra|Bosma|Postma|Sikkema|Wiersma|Zijlstra|Terpstra|Haitsma|Hiemstra|Jorritsma|"
        "Kingma|Feenstra|Tjeerdsma|Rienstra|Bergsma|Veenstra|Bruinsma|Sijbesma|Hettema|Wijbenga|"
        "Boersma|Algra|Bouma|Jellema|Sijtsma|Atsma|Yntema|Hofstra|Nauta",
    ),
    "be": (
        "Lien Ine Fien Jolien Sien Hilde Marijke Els Sofie Nele Tine Karolien Lieselot Katrien Leen "
        "Inge Veerle Elke Hanne Febe Lore Griet Ann-Sofie Marthe",
        "Jens Wout Arne Seppe Wannes Kristof Koen Stijn Pieter-Jan Bart Geert Dirk Brecht Jef Mathijs "
        "Ward Warre Lander Kobe Robbe Filip Jonas Gilles Lieven Steven Thibault Yannick",
        "Peeters|Janssens|Maes|Jacobs|Mertens|Claes|Goossens|Wouters|De Smet|De Clercq|Van Damme|"
        "Lambrechts|Vandenberghe|Van den Broeck|Desmet|Verstraete|Vercammen|Hermans|Michiels|"
        "Declercq|Deprez|Van de Velde|Wuyts|Coppens|Aerts|Dewulf|Verbeke|Cools|Segers|Bogaerts|"
        "Van Hoof|Vanderstraeten|Cuypers|Dierickx|Steenackers|Vanhove|De Backer|Van Acker|Verlinden|"
        "Desmedt|Van Looy|Baert|Claeys|De Wilde|Dhondt|Pauwels|Thys|Geerts|Van Hecke|Vermeulen",
    ),
    "ma": (
        "Fatima Khadija Nadia Samira Ilham Hanane Imane Loubna Salma Yasmina Naima Latifa Malika Houda "
        "Ikram Rania Sanae Siham Hafsa Meryem Soukaina Zineb Asmae Widad Ibtissam Nora",
        "Mohamed Youssef Soufiane Anouar Bilal Nordin Karim Rachid Said Hakim Mustafa Ayoub Zakaria "
        "Othman Hamza Adil Hicham Mourad Redouan Abdelkader Tarik Ismail Younes Achraf Mimoun Driss Ali",
        "El Amrani|Benali|El Idrissi|Bouzid|Ouali|Azzouzi|El Khatib|Ait Taleb|El Hamdaoui|Bakkali|"
        "Tahiri|Ziani|Mokhtari|Haddouchi|El Ouardi|Achahbar|Kaddouri|Ben Moussa|Aarab|Ahajjam|"
        "Bouchtaoui|Boujdaini|El Yassini|Amezian|Boukhari|Chakir|Marzouki|Oulad Ali|Laaroussi|"
        "El Mourabit|Ait Hamou|Bensaid|Abarkan|Azarkan",
    ),
    "tr": (
        "Ayşe Elif Zeynep Fatma Emine Hülya Esra Merve Büşra Özlem Gülşen Deniz Selin Tuğba Sevgi Nur "
        "Aylin Derya Ebru Gizem Sibel Songül Dilek Yasemin Melek Hatice",
        "Mehmet Ahmet Emre Burak Murat Hakan Serkan Kemal Yusuf Cem Onur Ömer Eray Oğuz Mert Kaan "
        "Volkan Erdem Tolga Sinan Selim Barış Halil Recep Osman İbrahim",
        "Yılmaz|Yilmaz|Kaya|Demir|Şahin|Sahin|Çelik|Yıldız|Öztürk|Ozturk|Aydın|Arslan|Doğan|Kılıç|"
        "Aslan|Çetin|Koç|Kurt|Özdemir|Polat|Erdoğan|Güler|Korkmaz|Bulut|Karaca|Tekin|Ünal|Aksoy|Acar|"
        "Şimşek|Yavuz|Keskin|Özkan|Kaplan|Uçar|Demirci",
    ),
    "srh": (
        "Shanti Sita Soenita Kavita Roshni Nisha Sharmila Devika Anjali Sarita Reshma Indira Radha "
        "Soemintra Poeja Tara Rita",
        "Ravi Anil Sunil Rajesh Sanjay Radjesh Vikash Dinesh Ashwin Rakesh Kiran Amar Navin Soerin "
        "Satish Mahesh Girish Prakash Jitendra",
        "Ramdin|Jagessar|Ramsaran|Baldewsingh|Kalloe|Ramautar|Sewnath|Bhagwandin|Soekhoe|Mahabier|"
        "Ramlal|Jhinkoe|Kanhai|Ganpat|Doekharan|Bissumbhar|Autar|Raghoebar|Sital|Gobardhan|Ramcharan|"
        "Lachmon|Chotkan|Dwarka|Ramkisoen|Soekhlal|Rambaran|Biharie|Jadnanansing|Mangroe",
    ),
    "src": (
        "Sharon Gracia Natasja Cheryl Shirley Jeanette Rosita Elvira Marlene Gwendolyn Jacqueline "
        "Sheila Juanita Dinah Esmeralda Gaby Romaine",
        "Marciano Clarence Romano Glenn Dion Jerrel Kenneth Gerson Winston Rinaldo Jurgen Regilio Urvin "
        "Edson Quincy Clyde Ricardo Orlando Errol Humphrey Delano",
        "Pinas|Sedney|Wijngaarde|Nelom|Esajas|Belfor|Venetiaan|Bijlhout|Doelwijt|Macnack|Seedorf|"
        "Kluivert|Wijnaldum|Promes|Zeefuik|Emanuelson|Fer|Tevreden|Vrede|Lieveld|Bruijning|Rellum|"
        "Lont|Aloema|Tjon-A-Fong|Pengel|Kasanmoentalib|Sabajo|Fraenk|Mac-Donald|Zaandam",
    ),
    "an": (
        "Shanaira Jeandra Xiomara Yaritza Rudmila Sharlene Dayenne Zuleika Giselle Shurenska Kimberley "
        "Denise Migdalia Roseline",
        "Jurich Shurandy Churandy Rignald Giovanni Jurmaine Rudsel Edsel Gerwin Ryangelo Jairzinho "
        "Dwight Ivar Raysiel Shaquille Rendell",
        "Martina|Rosalia|Girigorie|Cijntje|Maduro|Janga|Isenia|Leito|Winklaar|Pieternella|Sulvaran|"
        "Josephia|Mercera|Victorina|Koeiman|Tromp|Sling|Dania|Fecunda|Bernabela|Isidora|Felida|"
        "Florentina|Rojer|Gijsbertha|Zievinger",
    ),
    "id": (
        "Dewi Sari Wati Rini Yanti Indah Ratna Sinta Ayu Lestari Putri Josina Wulan Tirza Ranti",
        "Agus Budi Rudy Hendra Eko Bambang Joko Adi Wahyu Johny Ronny Dicky Benny Yopie Rocky",
        "Latumahina|Tuhumury|Pattinama|Sahetapy|Manuhutu|Wattimena|Latuheru|Pattiasina|Tahapary|"
        "Sopacua|Nanlohy|Huliselan|Lokollo|Manusama|Ririmasse|Matulessy|Tuanakotta|Lekatompessy|"
        "Kasanwirjo|Sapoen|Karijo|Somohardjo|Pawirodihardjo|Kartodikromo|Wibowo|Santoso|Gunawan|"
        "Hartono|Setiawan|Kusuma|Soedarso",
    ),
    "cn": (
        "Mei Jing Ling Yan Hui Xiaoling Yuxin Fang Qing Mei_Ling Wen Ying Lili Xiu",
        "Wei Hao Jun Kai Tao Lei Ming Xiaoming Jian Cheng Zhen Yong Hong Chi",
        "Chen|Wang|Zhang|Liu|Huang|Zhou|Lam|Chan|Cheung|Wong|Tan|Lim|Kwok|Tjoa|Kwee|Liem|Oei|Yeung|"
        "Leung|Tang|Lau|Zheng|Xu|Zhao|Lin",
    ),
    "pl": (
        "Katarzyna Agnieszka Magdalena Joanna Małgorzata Anna Ewa Dorota Beata Monika Justyna "
        "Aleksandra Karolina Paulina Marta Zofia Weronika",
        "Piotr Krzysztof Tomasz Paweł Marcin Michał Łukasz Grzegorz Wojciech Jakub Kamil Mateusz Adam "
        "Rafał Dariusz Sławomir Bartosz Przemysław",
        "Kowalski|Nowak|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|"
        "Kozłowski|Jankowski|Mazur|Krawczyk|Piotrowski|Grabowski|Pawlak|Michalski|Nowicki|Wróbel|"
        "Zając|Król|Wieczorek|Jabłoński",
    ),
    "ro": (
        "Elena Ioana Andreea Mihaela Alina Gabriela Raluca Cristina Diana Roxana Simona Oana Camelia "
        "Bianca",
        "Andrei Mihai Ionuț Alexandru Florin Cristian Bogdan Vlad Adrian Marius Ciprian Dragoș Sorin "
        "Costel Ion",
        "Popescu|Ionescu|Popa|Dumitru|Stan|Stoica|Gheorghe|Rusu|Munteanu|Constantin|Marin|Tudor|Dobre|"
        "Matei|Lungu|Ciobanu|Moldovan|Preda|Florea|Nistor|Barbu|Dinu|Radu",
    ),
    "bg": (
        "Desislava Tsvetelina Radostina Boryana Ivelina Kalina Mariya Yoana Gergana Nadezhda Petya "
        "Silviya Elitsa Vesela",
        "Georgi Ivan Dimitar Nikolay Stoyan Petar Todor Hristo Krasimir Plamen Lyubomir Vasil Atanas "
        "Kaloyan",
        "Ivanov|Petrov|Georgiev|Dimitrov|Nikolov|Todorov|Stoyanov|Kolev|Angelov|Hristov|Popov|"
        "Yordanov|Marinov|Iliev|Atanasov|Kostov",
    ),
    "sy": (
        "Lina Rasha Hala Noura Dima Lama Rana Ghada Reem Yara Nour Sawsan Hiba Bushra Raghad Amal",
        "Ahmad Omar Khaled Rami Tarek Yaman Majd Amjad Maher Wael Firas Bassel Fadi Hussam Nizar Samer "
        "Ziad Mazen Ammar Anas",
        "Al-Hassan|Al Khatib|Haddad|Khoury|Hamdan|Al-Ali|Mansour|Darwish|Al-Masri|Halabi|Kassab|"
        "Sabbagh|Nasser|Ibrahim|Abboud|Al-Shami|Hamwi|Jabbour|Kabbani|Alloush|Al-Ahmad|Zeitoun|Qassem",
    ),
    "er": (
        "Semhar Helen Senait Mebrat Selam Rahel Luwam Feven Saba Yodit Winta Eden Hiwet Ruta",
        "Yonas Tesfay Tekle Habtom Mehari Filmon Dawit Yohannes Biniam Awet Samuel Abel Kibrom Robel "
        "Henok Medhanie Teklit",
        "Tesfamariam|Ghebremedhin|Haile|Tekeste|Berhane|Woldemichael|Kidane|Gebreyesus|Asmerom|Habte|"
        "Yemane|Mebrahtu|Andemariam|Tewelde|Ghirmay|Weldu|Zerai|Negash|Okbamichael",
    ),
    "af": (
        "Nasrin Farzana Zahra Mariam Shabnam Parwin Fereshta Nilofar Mursal Marwa Soraya Lailuma "
        "Zarghona",
        "Farid Hamid Jawad Wahid Zabihullah Habib Omid Sultan Mirwais Naweed Sohail Rahmatullah Ajmal "
        "Qasim Basir Nasir Hamayun Shafiq",
        "Ahmadi|Rahimi|Karimi|Hakimi|Noori|Sultani|Popal|Wardak|Hashimi|Sadat|Stanikzai|Amiri|Haidari|"
        "Rezai|Mohammadi|Azizi|Sharifi|Nazari|Habibi|Safi|Durrani|Samadi",
    ),
    "so": (
        "Hodan Faduma Hawa Asha Ayaan Sahra Ifrah Nasra Ilhan Amina Hibaaq Sagal Fartun Maryan Deeqa "
        "Khadra",
        "Abdi Abdullahi Ahmed Hassan Ismail Farah Mahad Liban Warsame Abdirahman Mukhtar Guled Bashir "
        "Yasin Abdiwali",
        "Warsame|Farah|Hussein|Jama|Aden|Osman|Mohamud|Nur|Yusuf|Elmi|Egal|Dirie|Hirsi|Barre|Guled|"
        "Samatar|Abdi|Isse|Gedi|Adan",
    ),
    "gh": (
        "Akosua Ama Abena Efua Adjoa Afua Esi Akua Yaa Nana Adwoa Comfort Gifty Priscilla Abigail Mavis",
        "Kwame Kofi Kwabena Kwaku Yaw Kojo Kwesi Fiifi Ekow Kwadwo Emmanuel Prince Ebenezer Isaac "
        "Francis Kobina",
        "Mensah|Boateng|Owusu|Asante|Osei|Appiah|Agyeman|Ofori|Acheampong|Amoah|Darko|Addo|Frimpong|"
        "Boakye|Opoku|Antwi|Sarpong|Quaye|Tetteh|Ansah|Adjei|Bonsu|Danso|Baah",
    ),
    "in": (
        "Priya Aditi Ananya Sneha Lakshmi Pooja Meera Divya Shreya Kavya Neha Swati Deepika Ritu Sunita",
        "Rahul Arjun Vikram Rohan Karthik Deepak Srinivas Harish Aarav Nikhil Venkat Sandeep Amit "
        "Suresh Manoj Pranav Siddharth Anand Gaurav",
        "Sharma|Patel|Iyer|Reddy|Nair|Gupta|Kumar|Menon|Rao|Singh|Krishnan|Agarwal|Banerjee|"
        "Chatterjee|Mehta|Joshi|Pillai|Subramanian|Desai|Bhat|Verma|Kulkarni|Srinivasan|Chaudhary|"
        "Malhotra",
    ),
    "ua": (
        "Olena Iryna Yulia Oksana Nataliia Kateryna Svitlana Halyna Anastasiia Larysa Tetiana "
        "Viktoriia Daria Sofiia Mariia Liudmyla",
        "Oleksandr Dmytro Andriy Viktor Serhiy Taras Bohdan Mykola Yaroslav Vasyl Oleh Yurii Maksym "
        "Artem Volodymyr Ihor",
        "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Oliinyk|Lysenko|Moroz|"
        "Savchenko|Marchenko|Rudenko|Hnatyuk|Ponomarenko|Kovalchuk|Tkachuk|Polishchuk|Koval|Shevchuk|"
        "Bilous|Honcharenko|Romanenko",
    ),
    "pt": (
        "Ana Inês Beatriz Mariana Filipa Catarina Sofia Joana Carla Patrícia Luísa Madalena Teresa",
        "João Tiago Rui Luís Pedro Nuno Gonçalo Duarte Miguel Vasco Rodrigo Hélder Armando Jorge "
        "Fernando Domingos",
        "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Fernandes|Gonçalves|"
        "Gomes|Lopes|Marques|Almeida|Ribeiro|Carvalho|Teixeira|Monteiro|Tavares|Fortes|Delgado|Lima|"
        "Barbosa|Semedo|Varela|Andrade|da Silva|dos Santos|da Costa|Évora",
    ),
    "it": (
        "Giulia Francesca Chiara Federica Valentina Elisa Giorgia Alessia Sara Silvia Paola Roberta "
        "Alessandra Lucia Serena",
        "Marco Luca Alessandro Matteo Giovanni Lorenzo Paolo Stefano Davide Simone Francesco Antonio "
        "Giuseppe Riccardo Fabio Massimo Enrico Gianluca",
        "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|"
        "De Luca|Mancini|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|"
        "Caruso|Ferrara|Galli|Leone|Longo|Gentile|Vitale|Serra|Coppola|De Santis|D'Angelo|Lo Bianco|"
        "Di Stefano",
    ),
    "gr": (
        "Eleni Katerina Dimitra Vasiliki Anastasia Georgia Despina Christina Ioanna Athina Paraskevi "
        "Eftychia",
        "Giorgos Dimitris Nikos Kostas Yannis Christos Panagiotis Ioannis Stavros Athanasios Vasilis "
        "Spyros Thanasis Michalis Apostolos",
        "Papadopoulos|Georgiou|Nikolaidis|Konstantinou|Dimitriou|Karagiannis|Vlachos|Papageorgiou|"
        "Oikonomou|Antoniou|Christodoulou|Makris|Pappas|Alexiou|Papadakis|Theodorou|Katsaros|"
        "Angelopoulos|Stavrou|Kyriakou",
    ),
    "en": (
        "Charlotte Emily Sophie Hannah Lucy Olivia Amelia Chloe Rachel Kate Claire Jessica Rebecca "
        "Laura Megan Harriet Eleanor April",
        "James Oliver Harry George Jack Thomas William Daniel Ben Sam Matthew Andrew Paul Liam Callum "
        "Oscar Alfie Joshua Edward",
        "Smith|Jones|Williams|Taylor|Brown|Davies|Evans|Wilson|Thomas|Johnson|Roberts|Walker|Wright|"
        "Robinson|Thompson|White|Hughes|Edwards|Green|Hall|Wood|Harris|Clarke|Lewis|Cooper|Baker|King|"
        "Turner|Hill|Ward|Morgan|Bennett|Parker|Fletcher|O'Brien|McCarthy|Murphy|Gallagher|Kelly",
    ),
    "de": (
        "Mia Lena Lea Johanna Katharina Sabine Claudia Andrea Anja Birgit Heike Kerstin Ute Susanne "
        "Franziska Jana Nadine",
        "Lukas Jonas Leon Felix Maximilian Jürgen Uwe Dieter Stefan Wolfgang Markus Tobias Sebastian "
        "Torsten Matthias Florian Christoph Henning Jörg Ralf Björn",
        "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|"
        "Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hartmann|Lange|Werner|"
        "Krause|Lehmann|Köhler|Herrmann|König|Walter|Huber|Kaiser|Fuchs|Scholz|Möller|Weiß|Jung|Hahn|"
        "Vogel|Keller|Günther|Berger|Winkler|Roth|Beck|Lorenz|Baumann|von Arnim",
    ),
}
ORIGIN_W = {"nl": 30, "fy": 5, "be": 6, "ma": 7, "tr": 7, "srh": 4, "src": 4, "an": 3, "id": 4, "cn": 3,
            "pl": 4, "ro": 2, "bg": 2, "sy": 3, "er": 2, "af": 2, "so": 2, "gh": 2, "in": 3, "ua": 3,
            "pt": 2, "it": 2, "gr": 1, "en": 2, "de": 3}
# origins whose first names mix well with Dutch surnames (partners, second generation)
MIXABLE = ["nl", "fy", "be", "ma", "tr", "srh", "src", "an", "id", "pl", "en", "de", "it", "pt", "gh"]

FIRST = {}
LAST = {}
for _o, (_f, _m, _l) in NAMES.items():
    FIRST[_o] = ([x.replace("_", " ") for x in _f.split()], [x.replace("_", " ") for x in _m.split()])
    LAST[_o] = _l.split("|")


def all_first_names():
    s = []
    for f, m in FIRST.values():
        for x in f + m:
            if x not in s:
                s.append(x)
    return s


def all_surnames():
    s = []
    for ls in LAST.values():
        for x in ls:
            if x not in s:
                s.append(x)
    return s


def gender_surname(last, origin, g):
    if origin == "pl" and g == "f":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last.endswith(a):
                return last[: -len(a)] + b
        if last.endswith("icki"):
            return last[:-1] + "a"
    if origin == "bg" and g == "f" and (last.endswith("ov") or last.endswith("ev")):
        return last + "a"
    if origin == "gr" and g == "f":
        for a, b in (("opoulos", "opoulou"), ("aidis", "aidou"), ("akis", "aki"), ("is", "i"),
                     ("os", "ou"), ("as", "a")):
            if last.endswith(a):
                return last[: -len(a)] + b
    return last


TITLES_F = ["mevrouw", "mevrouw", "mw.", "mevr.", "Mevrouw"]
TITLES_M = ["meneer", "de heer", "dhr.", "meneer", "Dhr."]
ACAD = ["drs.", "mr.", "ir.", "dr.", "ing.", "prof. dr."]


class Person:
    def __init__(self, first, last, g, origin):
        self.first, self.last, self.g, self.origin = first, last, g, origin
        parts = [x for x in re.split(r"[- ]", first) if x]
        ini = "".join(x[0].upper() + "." for x in parts)
        if len(parts) == 1 and chance(0.3):
            ini += pick("ABCDEGHJKLMPRSTW") + "."
        self.ini = ini

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def formal(self):  # surname used without first name: tussenvoegsel capitalised
        return self.last[0].upper() + self.last[1:]

    @property
    def initfull(self):  # J.P. de Vries
        return f"{self.ini} {self.last}"

    @property
    def init1(self):  # J. de Vries
        return f"{self.ini.split('.')[0]}. {self.last}"

    @property
    def sorted(self):  # Vries, J.P. de   /  Yilmaz, M.
        m = re.match(r"^((?:[a-z']+ )+)(.*)$", self.last)
        if m:
            return f"{m.group(2)}, {self.ini} {m.group(1).strip()}"
        return f"{self.formal}, {self.ini}"

    @property
    def sorted_first(self):  # De Vries, Sanne
        return f"{self.formal}, {self.first}"

    @property
    def caps(self):
        return self.full.upper()

    @property
    def lower(self):
        return self.full.lower()

    @property
    def handle(self):  # sanne.devries
        return f"{slug(self.first)}.{slug(self.last)}"

    @property
    def title(self):
        return pick(TITLES_F if self.g == "f" else TITLES_M)

    @property
    def mr(self):
        return "mevrouw" if self.g == "f" else "meneer"

    @property
    def heer(self):  # Geachte mevrouw X / Geachte heer X
        return "mevrouw" if self.g == "f" else "heer"

    @property
    def zij(self):
        return "zij" if self.g == "f" else "hij"

    @property
    def haar(self):
        return "haar" if self.g == "f" else "hem"

    @property
    def haar_bez(self):
        return "haar" if self.g == "f" else "zijn"

    @property
    def en_title(self):
        return "Ms" if self.g == "f" else "Mr"


def P(origin=None, g=None):
    if origin is None:
        keys = list(ORIGIN_W)
        origin = R.choices(keys, [ORIGIN_W[k] for k in keys])[0]
    if g is None:
        g = "f" if chance(0.5) else "m"
    first = pick(FIRST[origin][0] if g == "f" else FIRST[origin][1])
    lo = origin
    if origin in MIXABLE and chance(0.12):
        lo = pick(["nl", "nl", "fy", "be", "ma", "tr", "src"])
    last = gender_surname(pick(LAST[lo]), lo, g)
    if lo == "nl" and g == "f" and chance(0.10):  # double surname: partner's name first (Dutch custom)
        other = pick(LAST["nl"])
        if other != last:
            sep = "-" if chance(0.75) else " - "
            last = other + sep + last
    return Person(first, last, g, origin)


def PS(n, **kw):
    """n persons with pairwise different first names and surnames."""
    out = []
    while len(out) < n:
        p = P(**kw)
        if any(p.first == q.first or p.last == q.last or slug(p.last) == slug(q.last) for q in out):
            continue
        out.append(p)
    return out


_TR = {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "ı": "i", "İ": "I", "đ": "d", "æ": "ae", "œ": "oe"}


def slug(s):
    s = "".join(_TR.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


PERSONAL_DOMAINS = ["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl",
                    "kpnmail.nl", "xs4all.nl", "icloud.com", "planet.nl", "home.nl", "hotmail.nl",
                    "outlook.nl", "yahoo.com", "protonmail.com", "upcmail.nl", "casema.nl"]
BE_DOMAINS = ["telenet.be", "skynet.be", "hotmail.be", "gmail.com", "proximus.be", "outlook.be"]


def email_of(p, dom=None):
    f, l = slug(p.first), slug(p.last)
    local = pick([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}_{l}", f"{f}{R.randint(1, 99)}",
                  f"{l}.{f[0]}", f"{f}.{l}{R.randint(70, 99)}", f"{f[0]}{l}", f"{f}.{l[:1]}"])
    if dom is None:
        dom = pick(BE_DOMAINS if p.origin == "be" else PERSONAL_DOMAINS)
    return f"{local}@{dom}"


def work_email(p, dom):
    f, l = slug(p.first), slug(p.last)
    return pick([f"{f}@{dom}", f"{f}.{l}@{dom}", f"{f[0]}.{l}@{dom}", f"{f[0]}{l}@{dom}"])

# ----------------------------------------------------------------------------------------------
# Places, streets, postcodes
# ----------------------------------------------------------------------------------------------
CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg",
          "Almere", "Breda", "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Amersfoort",
          "Zaandam", "'s-Hertogenbosch", "Zwolle", "Leiden", "Maastricht", "Dordrecht", "Ede",
          "Alphen aan den Rijn", "Leeuwarden", "Alkmaar", "Emmen", "Delft", "Deventer", "Venlo",
          "Sittard", "Helmond", "Oss", "Hilversum", "Heerlen", "Hoorn", "Purmerend", "Roosendaal",
          "Schiedam", "Lelystad", "Gouda", "Vlaardingen", "Assen", "Zeist", "Veenendaal", "Den Helder",
          "Harderwijk", "Middelburg", "Goes", "Terneuzen", "Sneek", "Drachten", "Heerenveen",
          "Hoogeveen", "Meppel", "Kampen", "Doetinchem", "Tiel", "Culemborg", "Bergen op Zoom",
          "Waalwijk", "Weert", "Roermond", "Kerkrade", "Bussum", "Gorinchem", "Woerden", "Nieuwegein",
          "Houten", "IJsselstein", "Capelle aan den IJssel", "Spijkenisse", "Zoetermeer", "Katwijk",
          "Noordwijk", "Lisse", "Heemstede", "Beverwijk", "Winterswijk", "Dokkum", "Harlingen",
          "Franeker", "Steenwijk", "Oldenzaal", "Hengelo", "Almelo", "Wageningen", "Barneveld",
          "Nunspeet", "Elburg", "Boxtel", "Veghel", "Uden", "Oosterhout", "Etten-Leur", "Vlissingen",
          "Zierikzee", "Hellevoetsluis", "Maassluis", "Wijk bij Duurstede", "Bunschoten", "Huizen"]
BE_CITIES = ["Gent", "Antwerpen", "Brugge", "Leuven", "Mechelen", "Hasselt", "Kortrijk", "Aalst",
             "Sint-Niklaas", "Genk", "Oostende", "Roeselare", "Turnhout", "Lier", "Dendermonde", "Geel"]
BE_PC = {"Gent": "9000", "Antwerpen": "2000", "Brugge": "8000", "Leuven": "3000", "Mechelen": "2800",
         "Hasselt": "3500", "Kortrijk": "8500", "Aalst": "9300", "Sint-Niklaas": "9100", "Genk": "3600",
         "Oostende": "8400", "Roeselare": "8800", "Turnhout": "2300", "Lier": "2500",
         "Dendermonde": "9200", "Geel": "2440"}

STREET_STEMS = ["Kerk", "Molen", "Dorps", "School", "Hoofd", "Stations", "Markt", "Linden", "Eiken",
                "Beuken", "Berken", "Wilgen", "Kastanje", "Acacia", "Populieren", "Esdoorn", "Vlier",
                "Meidoorn", "Tulpen", "Rozen", "Narcissen", "Lelie", "Anjer", "Zonnebloem", "Merel",
                "Lijster", "Spreeuwen", "Zwaluw", "Reiger", "Kievit", "Koolmees", "Havik", "Valk",
                "Prinses Beatrix", "Koningin Wilhelmina", "Prins Hendrik", "Oranje", "Nassau",
                "Willem de Zwijger", "Johan de Witt", "Rembrandt", "Vermeer", "Mondriaan", "Thorbecke",
                "Beethoven", "Mozart", "Vondel", "Bilderdijk", "Spinoza", "Erasmus", "Huygens",
                "Lorentz", "Zuider", "Noorder", "Ooster", "Wester", "Haven", "Dijk", "Veld", "Akker",
                "Weide", "Bloemen", "Tuin", "Park", "Bos", "Heide", "Duinen", "Zee", "Water", "Sluis",
                "Brug", "Poort", "Wal", "Burg", "Slot", "Kasteel", "Abdij", "Klooster", "Smids",
                "Bakkers", "Brouwers", "Kuipers", "Touw", "Lange", "Korte", "Nieuwe", "Oude",
                "Industrie", "Ambachts", "Energie", "Handels"]
STREET_TYPES = ["straat", "straat", "straat", "laan", "laan", "weg", "weg", "plein", "gracht", "kade",
                "singel", "dijk", "hof", "pad", "dreef", "steeg", "erf", "ring", "baan", "park",
                "plantsoen", "hoek", "veld", "wijk"]
SPECIAL_STREETS = ["Laan van Meerdervoort", "Prins Hendrikkade", "Oudegracht", "Nieuwe Binnenweg",
                   "Korte Nieuwstraat", "Lange Voorhout", "Burgemeester de Withstraat",
                   "Van Heemstraweg", "Graaf Florisweg", "Dokter Schaepmanstraat", "Sint Jansstraat",
                   "Rijksstraatweg", "Amsterdamsestraatweg", "Utrechtseweg", "Groningerstraat",
                   "Laan van Nieuw Oost-Indië", "Burgemeester van Roijensingel", "Oude Rijn",
                   "Binnenweg", "Hoge Rijndijk", "Jan van Galenstraat", "Van Oldenbarneveltlaan",
                   "Koningin Julianaplein", "Wilhelminapark", "Achter de Kerk", "Over de Vesten",
                   "Tussen de Bruggen", "Plein 1944", "Kade 3", "Laan 1940-1945", "Aan de Stegge",
                   "Kleine Houtstraat", "Grote Markt", "Voorstraat", "Achterom", "In de Hoven"]
BE_STREETS = ["Kerkstraat", "Stationsstraat", "Molenstraat", "Nieuwstraat", "Dorpsstraat",
              "Kapelstraat", "Veldstraat", "Schoolstraat", "Steenweg op Gent", "Brusselsesteenweg",
              "Kortrijksesteenweg", "Sint-Pietersnieuwstraat", "Vrijheidslaan", "Bredabaan",
              "Turnhoutsebaan", "Diestsestraat", "Naamsestraat", "Koning Albertlaan", "Leopoldlaan",
              "Kouter", "Meir", "Groenplaats", "Lindenlaan", "Boomgaardstraat", "Heirbaan"]
ADDS = ["", "", "", "", "", "", "a", "b", "A", "B", "-1", "-2", "-B", " bis", " hs", "-III", " II",
        " C", "-h", " zw", "-4", " A02", "D"]


def street_name():
    r = R.random()
    if r < 0.18:
        return pick(SPECIAL_STREETS)
    stem = pick(STREET_STEMS)
    typ = pick(STREET_TYPES)
    if " " in stem:
        return stem + typ
    return stem + typ


def housenr():
    r = R.random()
    if r < 0.5:
        n = R.randint(1, 60)
    elif r < 0.92:
        n = R.randint(1, 250)
    else:
        n = R.randint(250, 1250)
    return f"{n}{pick(ADDS)}"


def street():
    s = street_name()
    if re.search(r"\d$", s):  # 'Plein 1944' etc. gets a house number too
        return f"{s} {R.randint(1, 80)}"
    return f"{s} {housenr()}"


def be_street():
    n = R.randint(1, 220)
    return f"{pick(BE_STREETS)} {n}{pick(['', '', '', ' bus 3', ' bus 12', '/2', ' bus 101', 'A'])}"


PC_LET = "ABCDEGHJKLMNPRTVWXZ"


def postcode(space=None):
    d = R.randint(1011, 9997)
    while True:
        l = pick(PC_LET) + pick(PC_LET)
        if l not in ("SA", "SD", "SS"):
            break
    if space is None:
        space = chance(0.55)
    return f"{d} {l}" if space else f"{d}{l}"


def city():
    return pick(CITIES)


# ----------------------------------------------------------------------------------------------
# Phone numbers
# ----------------------------------------------------------------------------------------------
AREA3 = ["010", "020", "030", "040", "050", "070", "013", "015", "023", "024", "026", "033", "035",
         "036", "038", "043", "045", "046", "053", "055", "058", "071", "072", "073", "075", "076",
         "077", "078", "079"]
AREA4 = ["0111", "0113", "0118", "0162", "0172", "0180", "0182", "0222", "0223", "0224", "0227",
         "0228", "0229", "0251", "0252", "0255", "0294", "0297", "0299", "0313", "0314", "0315",
         "0316", "0317", "0318", "0320", "0321", "0341", "0342", "0343", "0344", "0345", "0346",
         "0348", "0412", "0413", "0416", "0418", "0475", "0478", "0481", "0485", "0486", "0488",
         "0492", "0493", "0495", "0497", "0499", "0511", "0512", "0513", "0514", "0515", "0516",
         "0517", "0518", "0519", "0521", "0522", "0523", "0524", "0525", "0527", "0528", "0529",
         "0541", "0543", "0544", "0545", "0546", "0547", "0548", "0561", "0562", "0566", "0570",
         "0571", "0572", "0573", "0575", "0577", "0578", "0591", "0592", "0593", "0594", "0595",
         "0596", "0597", "0598", "0599"]


def phone_mobile(style=None):
    a = pick("12345") + digits(7)
    styles = ["06-{a}", "06 {a}", "06{a}", "06 {a4} {b4}", "06-{a4} {b4}", "06 {p}", "+31 6 {a}",
              "+31 6{a}", "+316{a}", "+31 (0)6 {a4} {b4}", "0031 6 {p}", "+31 6 {a4} {b4}",
              "06 - {p}", "+31-6-{a}", "06/{a}"]
    st = style or pick(styles)
    p = " ".join(a[i:i + 2] for i in range(0, 8, 2))
    return st.format(a=a, a4=a[:4], b4=a[4:], p=p)


def phone_land(style=None):
    if chance(0.6):
        ar = pick(AREA3)
        s = pick("23456789") + digits(6)
        styles = ["{ar}-{s}", "{ar} {s3} {s4}", "({ar}) {s3} {s2}", "{ar} - {s3} {s2}",
                  "+31 {arn} {s3} {s4}", "+31 (0){arn} {s3} {s2}", "{ar}{s}", "{ar} {s}",
                  "+31{arn}{s}", "{ar}-{s3} {s4}"]
        st = style or pick(styles)
        return st.format(ar=ar, arn=ar[1:], s=s, s3=s[:3], s4=s[3:],
                         s2=" ".join(s[i:i + 2] for i in (3, 5)))
    ar = pick(AREA4)
    s = pick("23456789") + digits(5)
    styles = ["{ar}-{s}", "{ar} {s2}", "({ar}) {s}", "+31 {arn} {s3} {t3}", "{ar} {s}",
              "+31 (0){arn} {s}", "{ar}-{s3} {t3}"]
    st = style or pick(styles)
    return st.format(ar=ar, arn=ar[1:], s=s, s3=s[:3], t3=s[3:],
                     s2=" ".join(s[i:i + 2] for i in range(0, 6, 2)))


def phone_nl():
    return phone_mobile() if chance(0.6) else phone_land()


def phone_be():
    if chance(0.6):
        a = pick(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484",
                  "485", "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497",
                  "498", "499"])
        b = digits(6)
        return pick([f"0{a} {b[:2]} {b[2:4]} {b[4:]}", f"0{a}/{b[:2]}.{b[2:4]}.{b[4:]}",
                     f"+32 {a} {b[:2]} {b[2:4]} {b[4:]}", f"0{a} {b[:3]} {b[3:]}", f"+32{a}{b}",
                     f"0{a}/{b}"])
    z = pick(["09", "03", "02", "016", "050", "011", "015", "056", "053"])
    n = 7 if len(z) == 2 else 6
    b = pick("2345678") + digits(n - 1)
    if n == 7:
        return pick([f"{z} {b[:3]} {b[3:5]} {b[5:]}", f"{z}/{b[:3]}.{b[3:5]}.{b[5:]}",
                     f"+32 {z[1:]} {b[:3]} {b[3:5]} {b[5:]}"])
    return pick([f"{z} {b[:2]} {b[2:4]} {b[4:]}", f"{z}/{b[:2]}.{b[2:4]}.{b[4:]}",
                 f"+32 {z[1:]} {b[:2]} {b[2:4]} {b[4:]}"])


def phone_be_mob():
    while True:
        x = phone_be()
        if re.match(r"(\+32 ?4|04)", x):
            return x


def phone_uk():
    return pick([f"+44 20 7946 0{digits(3)}", f"+44 7700 900{digits(3)}", f"+44 (0)161 496 0{digits(3)}",
                 f"+44 113 496 0{digits(3)}", f"+447700900{digits(3)}"])


def phone_de():
    return pick([f"+49 30 {digits(8)}", f"+49 171 {digits(7)}", f"+49 (0)211 {digits(7)}",
                 f"+49 221 {digits(3)} {digits(4)}", f"0049 40 {digits(8)}"])


# ----------------------------------------------------------------------------------------------
# IBAN, BSN, cards, plates, IP
# ----------------------------------------------------------------------------------------------
NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "INGB",
            "RABO", "ABNA", "HAND", "NWAB", "REVO"]


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(x):
    x = x.replace(" ", "").replace("\n", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", x):
        return False
    return _iban_num(x[4:] + x[:4]) % 97 == 1


def _make_iban(cc, bban):
    ck = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{ck:02d}{bban}"


def fmt_iban(x, spaced):
    if not spaced:
        return x
    return " ".join(x[i:i + 4] for i in range(0, len(x), 4))


def iban_nl(spaced=None):
    x = _make_iban("NL", pick(NL_BANKS) + digits(10))
    return fmt_iban(x, chance(0.5) if spaced is None else spaced)


def iban_be(spaced=None):
    first = digits(10)
    m = int(first) % 97 or 97
    x = _make_iban("BE", first + f"{m:02d}")
    return fmt_iban(x, chance(0.7) if spaced is None else spaced)


def iban_de(spaced=None):
    x = _make_iban("DE", digits(18))
    return fmt_iban(x, chance(0.6) if spaced is None else spaced)


def bsn_valid(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def bsn(style=None):
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.randint(0, 7) if chance(0.3) else R.randint(1, 7)
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            d.append(last)
            break
    s = "".join(map(str, d))
    st = style or pick(["plain", "plain", "plain", "dots", "dots3", "space"])
    if st == "dots":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if st == "dots3":
        return f"{s[:3]}.{s[3:6]}.{s[6:]}"
    if st == "space":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return s


def not_bsn9():
    """9-digit number that does NOT pass the 11-proef (order numbers that merely look like a BSN)."""
    while True:
        s = str(R.randint(100000000, 999999999))
        if not bsn_valid(s):
            return s


def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def card():
    kind = pick(["visa", "visa", "mc", "amex"])
    if kind == "visa":
        pre, n = "4" + digits(5), 16
    elif kind == "mc":
        pre, n = pick(["51", "52", "53", "54", "55"]) + digits(4), 16
    else:
        pre, n = pick(["34", "37"]) + digits(4), 15
    body = pre + digits(n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    if n == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return pick([" ".join(num[i:i + 4] for i in range(0, 16, 4)), num,
                 "-".join(num[i:i + 4] for i in range(0, 16, 4))])


KL = "BDFGHJKLNPRSTVXZ"
SIDECODES = ["LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9",
             "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9"]
BAD_PLATE = {"GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "SS", "SD", "TBS", "PVV", "SGP", "VVD", "NRA"}


def kenteken(nodash=False):
    sc = pick(SIDECODES[4:] if chance(0.7) else SIDECODES)
    while True:
        out = "".join(pick(KL) if c == "L" else str(R.randint(0, 9)) if c == "9" else c for c in sc)
        if not any(b in out.replace("-", "") for b in BAD_PLATE):
            break
    return out.replace("-", "") if nodash else out


def public_ip():
    while True:
        a = R.randint(11, 223)
        if a in (100, 127, 169, 172, 192, 10):
            continue
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


# ----------------------------------------------------------------------------------------------
# Secrets
# ----------------------------------------------------------------------------------------------
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def rs(n, alpha=B62):
    return "".join(pick(alpha) for _ in range(n))


def api_key(kind=None):
    kind = kind or pick(["openai", "openai_proj", "anthropic", "ghp", "github_pat", "aws", "stripe",
                         "mollie", "slack", "google", "sendgrid", "gitlab", "hf", "mailchimp",
                         "twilio", "generic_hex"])
    if kind == "openai":
        return "sk-" + rs(48)
    if kind == "openai_proj":
        return "sk-proj-" + rs(64, B62 + "-_")
    if kind == "anthropic":
        return "sk-ant-api03-" + rs(93, B62 + "-_") + "AA"
    if kind == "ghp":
        return "ghp_" + rs(36)
    if kind == "github_pat":
        return "github_pat_11" + rs(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_" + rs(59)
    if kind == "aws":
        return "AKIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if kind == "aws_secret":
        return rs(40, B62 + "/+")
    if kind == "stripe":
        return pick(["sk_live_", "rk_live_"]) + rs(pick([24, 99]))
    if kind == "mollie":
        return pick(["live_", "test_"]) + rs(30)
    if kind == "slack":
        return f"xoxb-{R.randint(10 ** 10, 10 ** 11)}-{R.randint(10 ** 12, 10 ** 13)}-{rs(24)}"
    if kind == "google":
        return "AIza" + rs(35, B62 + "-_")
    if kind == "sendgrid":
        return "SG." + rs(22, B62 + "-_") + "." + rs(43, B62 + "-_")
    if kind == "gitlab":
        return "glpat-" + rs(20, B62 + "-_")
    if kind == "hf":
        return "hf_" + rs(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    if kind == "mailchimp":
        return rs(32, HEX) + "-us" + str(R.randint(1, 21))
    if kind == "twilio":
        return "SK" + rs(32, HEX)
    if kind == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rs(pick([60, 84]), B62 + "-_") + "." + rs(43, B62 + "-_")
    return rs(32, HEX)


PW_WORDS = ["Zomer", "Lente", "Herfst", "Voorjaar", "Welkom", "Kantoor", "Tulpen", "Fietsen", "Koffie",
            "Haven", "Molen", "Bakkerij", "Appeltaart", "Dropje", "Stroopwafel", "Vlinder", "Zeilboot",
            "Oranje", "Klompen", "Polder", "Duinpan", "Regenjas", "Bitterbal", "Paraplu"]


def password():
    k = R.random()
    if k < 0.3:
        return pick(PW_WORDS) + str(R.randint(2019, 2026)) + pick("!#$@?*")
    if k < 0.5:
        return pick(PW_WORDS) + pick(["!", "#", "_", "."]) + digits(R.randint(2, 4))
    if k < 0.65:
        w = picks(["paard", "batterij", "nietje", "correct", "fiets", "wolk", "tegel", "kaas", "vork",
                   "lamp", "dijk", "ijzer", "sleutel", "mand"], 3)
        return "-".join(w) + "-" + digits(2)
    if k < 0.8:
        return pick(PW_WORDS).lower() + digits(3) + pick(PW_WORDS)[:3].upper()
    alpha = B62 + "!@#$%&*?+="
    while True:
        s = rs(R.randint(10, 18), alpha)
        if re.search(r"\d", s) and re.search(r"[A-Z]", s) and re.search(r"[a-z]", s):
            return s


# ----------------------------------------------------------------------------------------------
# Money, dates, times, references
# ----------------------------------------------------------------------------------------------
def nl_num(v, dec):
    s = f"{v:,.2f}" if dec else f"{int(round(v)):,}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def money(lo=5, hi=2000, style=None, v=None, cents=None):
    if v is None:
        v = R.uniform(lo, hi)
    if cents is None:
        cents = chance(0.5)
    if not cents:
        v = round(v)
        if v > 200 and chance(0.5):
            v = round(v / 5) * 5
    else:
        v = round(v, 2)
    st = style or pick(["eur_sp", "eur_sp", "eur_nosp", "EUR", "euro", "dash", "EURsuf", "euro",
                        "eur_sp"])
    n = nl_num(v, cents)
    if st == "eur_sp":
        return f"€ {n}"
    if st == "eur_nosp":
        return f"€{n}"
    if st == "EUR":
        return f"EUR {n}"
    if st == "euro":
        return f"{n} euro"
    if st == "dash":
        return pick([f"€ {nl_num(v, False)},-", f"€{nl_num(v, False)},-"])
    if st == "EURsuf":
        return f"{n} EUR"
    if st == "en":
        s = f"{v:,.2f}" if cents else f"{int(v):,}"
        return pick([f"€{s}", f"EUR {s}", f"{s} EUR"])
    raise ValueError(st)


MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]
MND3 = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAG2 = ["ma", "di", "wo", "do", "vr", "za", "zo"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def rdate(start=datetime.date(2025, 1, 6), span=640, workday=True):
    while True:
        x = start + datetime.timedelta(days=R.randint(0, span))
        if not workday or x.weekday() < 5:
            return x


def birth(lo=1948, hi=2004):
    return datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def fdate(x, st=None):
    st = st or pick(["wd", "wd", "dm", "long", "num", "wdy"])
    if st == "wd":
        return f"{DAGEN[x.weekday()]} {x.day} {MAANDEN[x.month - 1]}"
    if st == "Wd":
        return f"{DAGEN[x.weekday()].capitalize()} {x.day} {MAANDEN[x.month - 1]}"
    if st == "wdy":
        return f"{DAGEN[x.weekday()]} {x.day} {MAANDEN[x.month - 1]} {x.year}"
    if st == "dm":
        return f"{x.day} {MAANDEN[x.month - 1]}"
    if st == "long":
        return f"{x.day} {MAANDEN[x.month - 1]} {x.year}"
    if st == "num":
        return f"{x.day:02d}-{x.month:02d}-{x.year}"
    if st == "num1":
        return f"{x.day}-{x.month}-{x.year}"
    if st == "slash":
        return f"{x.day:02d}/{x.month:02d}/{x.year}"
    if st == "iso":
        return x.isoformat()
    if st == "dot":
        return f"{x.day:02d}.{x.month:02d}.{x.year}"
    if st == "mnd3":
        return f"{x.day} {MND3[x.month - 1]} {x.year}"
    if st == "d2":
        return f"{DAG2[x.weekday()]} {x.day}/{x.month}"
    if st == "d2m":
        return f"{DAG2[x.weekday()]} {x.day} {MND3[x.month - 1].rstrip('.')}"
    if st == "en":
        return f"{EN_DAYS[x.weekday()]} {x.day} {EN_MONTHS[x.month - 1]}"
    if st == "enl":
        return f"{x.day} {EN_MONTHS[x.month - 1]} {x.year}"
    raise ValueError(st)


def fbirth(x):
    return fdate(x, pick(["num", "num", "num1", "slash", "long", "iso", "dot", "mnd3", "slash"]))


def rtime(be=False, lo=8, hi=17):
    h = R.randint(lo, hi)
    m = pick([0, 0, 15, 30, 30, 45])
    if be and chance(0.5):
        return f"{h}u{m:02d}" if m else f"{h}u"
    return pick([f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h}.{m:02d} uur", f"{h:02d}:{m:02d} uur",
                 f"{h}.{m:02d}"])


def hhmm(lo=7, hi=22):
    return f"{R.randint(lo, hi):02d}:{R.randint(0, 59):02d}"


def hhmm_seq(n, lo=7, hi=21):
    """n increasing chat timestamps."""
    t = R.randint(lo * 60, hi * 60)
    out = []
    for _ in range(n):
        out.append(f"{t // 60:02d}:{t % 60:02d}")
        t += R.randint(1, 25)
    return out


def date_pair(gap_lo=1, gap_hi=60, **kw):
    a = rdate(**kw)
    return a, a + datetime.timedelta(days=R.randint(gap_lo, gap_hi))


def ordernr():
    return pick([f"#{R.randint(100000, 999999)}", f"ORD-{R.randint(2024, 2026)}-{R.randint(1000, 99999):05d}",
                 f"{R.randint(2024, 2026)}-{R.randint(1, 9999):04d}", f"NL{R.randint(10000000, 99999999)}",
                 f"WS{R.randint(100000, 999999)}", f"B{R.randint(1000000, 9999999)}",
                 f"{R.randint(40000, 89999)}-{R.randint(10, 99)}"])


def factuurnr():
    y = R.randint(2024, 2026)
    return pick([f"{y}-{R.randint(1, 999):04d}", f"F{y}{R.randint(100, 9999):04d}",
                 f"INV-{y}-{R.randint(100, 9999)}", f"{y}{R.randint(1000, 9999)}",
                 f"FAC-{R.randint(10000, 99999)}"])


def ticketnr():
    return pick([f"#{R.randint(10000, 99999)}", f"TCK-{R.randint(1000, 99999):05d}",
                 f"INC{R.randint(100000, 999999)}", f"SR-{R.randint(2024, 2026)}-{R.randint(100, 9999)}",
                 f"{R.randint(100000, 999999)}"])


def dossiernr():
    return pick([f"{R.randint(2024, 2026)}/{R.randint(10, 999):04d}", f"D-{R.randint(10000, 99999)}",
                 f"{R.randint(2024, 2026)}.{R.randint(100, 999)}", f"AR-{R.randint(1000, 9999)}"])


def polisnr():
    return pick([f"{R.randint(1, 9)}.{R.randint(100, 999)}.{R.randint(100, 999)}",
                 f"POL-{R.randint(100000, 999999)}", f"{R.randint(10000000, 99999999)}",
                 f"AV{R.randint(1000000, 9999999)}"])


def kvk():
    return str(R.randint(10000000, 99999999))


def pct(lo=1, hi=40, dec=None):
    v = R.uniform(lo, hi)
    if dec is None:
        dec = chance(0.35)
    n = f"{v:.1f}".replace(".", ",") if dec else str(int(v))
    return pick([f"{n}%", f"{n} %", f"{n}%"])


def hours():
    return pick(["2,5 uur", "3 uur", "4,5 uur", "1 uur", "6 uur", "8 uur", "1,5 uur", "0,75 uur"])


# ----------------------------------------------------------------------------------------------
# Companies, products, software (companies are deliberately not labelled and not kept)
# ----------------------------------------------------------------------------------------------
COMP = {
    "shop": [("Tuinhuis Online", "tuinhuisonline.nl"), ("FietsPlaza", "fietsplaza.nl"),
             ("De Pollepel Kookwinkel", "depollepel.nl"), ("Lampenhuis", "lampenhuis.nl"),
             ("Theehuys", "theehuys.nl"), ("Dierenwinkel Snuffel", "snuffel-dieren.nl"),
             ("Wolwinkel Wollig", "wollig.nl"), ("Printshop Zuid", "printshopzuid.nl"),
             ("Speelgoedkist", "speelgoedkist.nl"), ("Kaashandel Oud Gouds", "oudgouds.nl"),
             ("Matrassenloods", "matrassenloods.nl"), ("Koffiehoek", "koffiehoek.nl"),
             ("Buitensportwinkel Trek", "trek-outdoor.nl"), ("Kantoorstoelen Direct", "kantoorstoelendirect.nl")],
    "install": [("Installatiebedrijf Noorderlicht", "noorderlicht-installatie.nl"),
                ("Loodgietersbedrijf Waterdicht", "waterdicht.nl"), ("Elektro Oost", "elektro-oost.nl"),
                ("Klimaattechniek Zuidwest", "kt-zuidwest.nl"), ("Dakwerken Hoogvliet", "dakwerkenhoogvliet.nl"),
                ("Warmtepomp Service Nederland", "wpsn.nl")],
    "bouw": [("Bouwbedrijf De Eendracht", "eendrachtbouw.nl"), ("Timmerwerken Het Schaafje", "hetschaafje.nl"),
             ("Schildersbedrijf Kleurrijk", "kleurrijk-schilders.nl"), ("Renovatie Midden", "renovatiemidden.nl"),
             ("Tegelwerken Vlakwerk", "vlakwerk.nl"), ("Aannemersbedrijf Fundament", "fundament-bouw.nl")],
    "transport": [("Transport Midden BV", "transportmidden.nl"), ("Koeriersdienst Snelweg", "snelweg-koeriers.nl"),
                  ("Verhuisbedrijf De Kraanvogel", "kraanvogel-verhuizingen.nl"),
                  ("Logistiek Havenkwartier", "havenkwartier-logistiek.nl"), ("Fietskoeriers Centrum", "fietskoerierscentrum.nl")],
    "fysio": [("Fysiotherapie Het Anker", "fysiohetanker.nl"), ("Fysio Centrum Oost", "fysiocentrumoost.nl"),
              ("Praktijk Beweegkracht", "beweegkracht.nl"), ("Fysio & Manuele Therapie De Brug", "fysiodebrug.nl")],
    "tand": [("Tandartspraktijk De Linde", "tandartsdelinde.nl"), ("Mondzorg Centrum", "mondzorgcentrum.nl"),
             ("Tandarts aan de Haven", "tandartsaandehaven.nl"), ("Mondhygiëne Glimlach", "glimlach-mondzorg.nl")],
    "kdv": [("Kinderopvang De Boomhut", "deboomhut.nl"), ("KDV Kleine Reus", "kleinereus.nl"),
            ("BSO De Speeltuin", "bso-despeeltuin.nl"), ("Kinderdagverblijf Zonnestraal", "zonnestraal-kdv.nl"),
            ("Gastouderbureau Thuishaven", "thuishaven-gob.nl")],
    "makelaar": [("Makelaardij Stadshart", "stadshart-makelaars.nl"), ("Woonmakelaars Noord", "woonmakelaarsnoord.nl"),
                 ("Huis & Haard Makelaars", "huisenhaard.nl"), ("Verhuurkantoor Centrum", "verhuurkantoorcentrum.nl")],
    "acc": [("Administratiekantoor Rekenwijs", "rekenwijs.nl"), ("Accountants Hollands Midden", "ahm-accountants.nl"),
            ("Boekhoudbureau De Balans", "debalans-boekhouding.nl"), ("Fiscaal Advies Zuid", "fiscaaladvieszuid.nl")],
    "law": [("Advocatenkantoor Rijnoever", "rijnoever-advocaten.nl"), ("Stadhouders Advocaten", "stadhouders-advocaten.nl"),
            ("Arbeidsrecht Advies Noord", "arbeidsrechtnoord.nl"), ("Mediation & Recht", "mediationenrecht.nl")],
    "resto": [("Restaurant De Gouden Karper", "goudenkarper.nl"), ("Eetcafé Het Pleintje", "hetpleintje.nl"),
              ("Bistro Zout", "bistrozout.nl"), ("Brasserie De Waag", "brasseriedewaag.nl"),
              ("Strandpaviljoen Zilt", "zilt.nl"), ("Lunchroom Het Vlasveld", "hetvlasveld.nl")],
    "hotel": [("Hotel De Watertoren", "hoteldewatertoren.nl"), ("Stadshotel Poort", "stadshotelpoort.nl"),
              ("B&B De Boomgaard", "deboomgaard-bb.nl"), ("Landgoedhotel Heidezicht", "heidezicht.nl")],
    "garage": [("Autobedrijf Kruispunt", "autokruispunt.nl"), ("Garage De Vonk", "garagedevonk.nl"),
               ("Autoservice Ringweg", "autoservice-ringweg.nl"), ("Bandenservice Rondom", "rondom-banden.nl")],
    "office": [("Studio Kompas", "studiokompas.nl"), ("Marketingbureau Lichtpunt", "lichtpunt.nl"),
               ("IT-Partners Randstad", "itpartners-randstad.nl"), ("Webbureau Pixelfabriek", "pixelfabriek.nl"),
               ("Vertaalbureau Woordwaarde", "woordwaarde.nl"), ("Adviesbureau Koersvast", "koersvast.nl"),
               ("Drukkerij Letterzetter", "letterzetter.nl"), ("Ingenieursbureau Rivierland", "rivierland-ib.nl")],
    "zorg": [("Thuiszorg De Lindeboom", "lindeboom-thuiszorg.nl"), ("Zorgcentrum Het Baken", "hetbaken-zorg.nl"),
             ("Dagbesteding De Werkplaats", "dewerkplaats-dagbesteding.nl")],
    "be": [("Bouwonderneming Schelde", "schelde-bouw.be"), ("Drukkerij Leie", "drukkerijleie.be"),
           ("Interieur Kempen", "interieurkempen.be"), ("Schrijnwerkerij Houtgoed", "houtgoed.be"),
           ("Kinderopvang 't Kabouterke", "kabouterke.be")],
    "sport": [("Sportschool Kracht & Balans", "krachtenbalans.nl"), ("Zwemschool De Dolfijn", "zwemschooldedolfijn.nl"),
              ("Dansschool Pas de Deux", "pasdedeux.nl"), ("Rijschool Groen Licht", "rijschoolgroenlicht.nl")],
    "dier": [("Dierenkliniek De Hoeve", "dierenkliniekdehoeve.nl"), ("Dierenartsenpraktijk Polderland", "dap-polderland.nl")],
    "bloem": [("Bloemsierkunst Het Boeket", "hetboeket.nl"), ("Bloemenhuis Tussen de Rijen", "tussenderijen.nl")],
    "fiets": [("Fietsenmaker De Spaak", "despaak.nl"), ("Tweewielers Centrum", "tweewielerscentrum.nl")],
    "en": [("Northbridge Components Ltd", "northbridge-components.co.uk"), ("Brightline Packaging Ltd", "brightlinepack.co.uk"),
           ("Harbor Freight Solutions", "harborfreight-solutions.com"), ("Keller & Partner GmbH", "keller-partner.de")],
}


def comp(sector):
    return pick(COMP[sector])


SOFTWARE = ["Exact Online", "Teams", "Outlook", "AFAS", "Moneybird", "Twinfield", "SnelStart", "Nmbrs",
            "Loket.nl", "Visma", "Shopify", "WooCommerce", "Mollie", "Sendcloud", "PostNL", "DHL", "DPD",
            "Slack", "Jira", "HubSpot", "Zoom", "WhatsApp", "Excel", "SharePoint", "OneDrive", "Dropbox",
            "Topdesk", "Zendesk", "Freshdesk", "Funda", "Google Maps", "Bitwarden", "Microsoft 365",
            "Mailchimp", "Trello", "Notion", "Calendly", "Formitable", "Booking.com", "Bol.com",
            "Coolblue", "Tikkie", "iDEAL", "KPN", "Ziggo", "Odido"]
PRODUCTS = ["Philips Hue starterset", "Dyson V12 Detect", "Nespresso Vertuo Pop", "Weber Spirit E-325",
            "Bugaboo Fox 5", "Samsung Galaxy A55", "iPhone 15", "Fairphone 5", "JBL Flip 6",
            "Sonos Era 100", "Tefal Easy Fry", "Brabantia Bo Touch Bin", "Kärcher K4", "Garmin Forerunner 265",
            "Lego Technic 42154", "Stokke Tripp Trapp", "Auping Evolve", "Moccamaster KBG Select",
            "Makita DHP485", "Vitamix E310", "Kobo Clara 2E", "Nintendo Switch OLED", "Thule Chariot Sport",
            "Eastpak Padded Pak'r", "Le Creuset braadpan 24 cm", "Bosch Serie 6 vaatwasser"]
INSURERS = ["Centraal Beheer", "Interpolis", "Nationale-Nederlanden", "a.s.r.", "Allianz", "Univé", "OHRA",
            "FBTO", "Achmea", "InShared"]
ZORGVERZ = ["Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW", "ONVZ", "Zorg en Zekerheid", "a.s.r. Zorg"]
BRAND_USE = {"Albert Heijn": "koffie en melk voor kantoor", "Douwe Egberts": "koffiebonen voor de automaat",
             "Van der Valk": "overnachting na beursdag", "Hema": "taart voor jubilaris", "Zeeman": "werkhandschoenen",
             "Jumbo": "lunch voor de klus", "Kruidvat": "EHBO-spullen", "Gamma": "materiaal klus klant",
             "Praxis": "kitspuit en schroeven", "Karwei": "verf voor de showroom", "Intratuin": "plant voor de receptie",
             "Hunkemöller": "cadeaubon personeelsfeest", "Bart Smit": "speelgoed voor de wachtruimte",
             "Blokker": "waterkoker kantine", "Action": "opbergdozen archief", "IKEA": "bureaustoel thuiswerkplek"}
BRAND_NAMES = ["Albert Heijn", "Douwe Egberts", "Van der Valk", "Hema", "Zeeman", "Jumbo", "Kruidvat",
               "Gamma", "Praxis", "Karwei", "Intratuin", "Hunkemöller", "Bart Smit", "Blokker", "Action",
               "IKEA"]

# ----------------------------------------------------------------------------------------------
# Record builder
# ----------------------------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.mask, self.keep, self.block = [], [], []

    def m(self, label, v):
        if [label, v] not in self.mask:
            self.mask.append([label, v])
        return v

    def p(self, v):
        return self.m("PERSOON", v)

    def k(self, v):
        if v not in self.keep:
            self.keep.append(v)
        return v

    def b(self, cat):
        if cat not in self.block:
            self.block.append(cat)

    # structured helpers
    def tel(self, v=None):
        return self.m("TELEFOON", v or phone_nl())

    def mob(self, style=None):
        return self.m("TELEFOON", phone_mobile(style))

    def mail(self, v):
        return self.m("EMAIL", v)

    def adr(self, v=None):
        return self.m("ADRES", v or street())

    def pc(self, v=None):
        return self.m("POSTCODE", v or postcode())

    def iban(self, v=None):
        return self.m("IBAN", v or iban_nl())

    def bsn(self, v=None):
        self.b("BSN")
        return self.m("BSN", v or bsn())

    def gb(self, x=None, lo=1948, hi=2004):
        return self.m("GEBOORTEDATUM", fbirth(x or birth(lo, hi)))

    def kt(self, v=None):
        return self.m("KENTEKEN", v or kenteken())

    def pw(self, v=None):
        self.b("PASSWORD")
        return self.m("WACHTWOORD", v or password())

    def key(self, v=None, kind=None):
        self.b("API_KEY")
        return self.m("API_SLEUTEL", v or api_key(kind))

    def cc(self, v=None):
        return self.m("CREDITCARD", v or card())

    def ip(self, v=None):
        return self.m("IP", v or public_ip())

    # frequently used keep helpers
    def amt(self, lo=5, hi=2000, **kw):
        return self.k(money(lo, hi, **kw))

    def date(self, st=None, **kw):
        return self.k(fdate(rdate(**kw), st))

    def time(self, **kw):
        return self.k(rtime(**kw))

    def city(self, be=False):
        return self.k(pick(BE_CITIES) if be else city())

    def sw(self, *names):
        return self.k(pick(names) if names else pick(SOFTWARE))


def addr_line(d, sep=", ", city_name=None):
    """'Kerkstraat 12a, 1234 AB Utrecht' -> ADRES + POSTCODE labelled; city left neutral."""
    return f"{d.adr()}{sep}{d.pc()} {city_name or city()}"


def be_addr_line(d, sep=", "):
    c = pick(BE_CITIES)
    return f"{d.adr(be_street())}{sep}{BE_PC[c]} {c}"


def hello(d, p, style=None):
    st = style or pick(["first", "first", "first", "formal", "formal2", "full", "geachte_full"])
    if st == "first":
        return f"{pick(['Beste', 'Hoi', 'Hallo', 'Dag', 'Goedemorgen', 'Hi'])} {d.p(p.first)},"
    if st == "formal":
        return f"Geachte {p.heer} {d.p(p.formal)},"
    if st == "formal2":
        return f"{pick(['Beste', 'Goedemiddag', 'Goedendag'])} {p.mr} {d.p(p.formal)},"
    if st == "geachte_full":
        return f"Geachte {p.heer} {d.p(p.initfull)},"
    return f"Beste {d.p(p.full)},"


GREETS = ["Met vriendelijke groet,", "Met vriendelijke groeten,", "Vriendelijke groet,", "Groet,",
          "Hartelijke groet,", "Mvg,", "Met hartelijke groet,", "Groeten,", "Vr. gr.,"]


def sign(d, p, company=None, role=None, tel=None, email_dom=None, form=None, greet=None, title=None):
    name = d.p(form if form else pick([p.full, p.full, p.first, p.initfull]))
    lines = [greet or pick(GREETS), f"{title} {name}" if title else name]
    if role:
        lines.append(role)
    if company:
        lines.append(company)
    if tel is True or (tel is None and chance(0.5)):
        lines.append(pick(["T: ", "Tel. ", "M: ", "Mob. ", "", "Telefoon: ", "T "]) + d.tel())
    if email_dom:
        lines.append(pick(["E: ", "", "Mail: "]) + d.mail(work_email(p, email_dom)))
    return "\n".join(lines)


def name_any(d, p):
    """A person's name in one of its many written forms, labelled as written."""
    return d.p(pick([p.full, p.full, p.full, p.initfull, p.init1, p.first]))


# ----------------------------------------------------------------------------------------------
# PDF-style reflow: break lines at arbitrary spaces; labels follow the text
# ----------------------------------------------------------------------------------------------
def reflow(text, d, width=(28, 62)):
    out, col = [], 0
    lim = R.randint(*width)
    for ch in text:
        if ch == "\n":
            col = 0
            lim = R.randint(*width)
            out.append(ch)
            continue
        if ch == " " and col >= lim:
            out.append("\n")
            col = 0
            lim = R.randint(*width)
            continue
        out.append(ch)
        col += 1
    new = "".join(out)

    def relabel(v):
        pat = r"[ \n]".join(re.escape(x) for x in v.split(" "))
        found = []
        for m in re.finditer(pat, new):
            if m.group(0) not in found:
                found.append(m.group(0))
        return found or [v]

    d.mask = [[l, f] for l, v in d.mask for f in relabel(v)]
    d.keep = [f for v in d.keep for f in relabel(v)]
    # de-duplicate
    seen, mk = set(), []
    for l, v in d.mask:
        if (l, v) not in seen:
            seen.add((l, v))
            mk.append([l, v])
    d.mask = mk
    d.keep = list(dict.fromkeys(d.keep))
    return new


# ----------------------------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------------------------
INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}
TOKRE = re.compile(r"[^\W\d_][\w'’-]*")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PC_RE = re.compile(r"(?<![\w.,])[1-9]\d{3} ?[A-Z]{2}(?![\w])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
PHONE_RES = [re.compile(r"(?<![\w])(?:\+|00)\d{2}[ \-]?(?:\(0\))?[ \-]?\d[\d \-]{6,}\d"),
             re.compile(r"(?<![\w.,/-])0\d{1,3}[ \-/]?\(?\d[\d \-.]{5,}\d(?![\w])"),
             re.compile(r"\(0\d{2,3}\) ?\d[\d ]{5,}\d")]
NINE_RE = re.compile(r"(?<![\w.,])\d{9}(?![\w])|(?<![\w.,])\d{3}[ .]\d{3}[ .]\d{3}(?![\w])|(?<![\w.,])\d{4}\.\d{2}\.\d{3}(?![\w])")


class Invalid(Exception):
    pass


def tokens(label, value):
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in TOKRE.findall(value) if len(t) >= 4 and t.lower() not in INTERFIX]


def validate(text, mask, keep, block, kind):
    def bad(msg):
        raise Invalid(msg)

    for l, v in mask:
        if not v or v not in text:
            bad(f"mask value not in text: {l} {v!r}")
        if l == "IBAN" and not iban_valid(v):
            bad(f"invalid IBAN {v}")
        if l == "BSN" and not bsn_valid(v):
            bad(f"invalid BSN {v}")
        if l == "CREDITCARD" and not luhn_ok(v):
            bad(f"invalid card {v}")
        if l == "PERSOON" and len(v.strip()) < 2:
            bad("short name")
    for v in keep:
        if not v or v not in text:
            bad(f"keep value not in text: {v!r}")
        for l, mv in mask:
            if mv in v or v in mv:
                bad(f"keep {v!r} overlaps mask {mv!r}")
        if re.fullmatch(r"\d{9}", v) and bsn_valid(v):
            bad(f"keep number passes 11-proef: {v}")
    # simulated perfect anonymizer
    t = text
    for l, v in sorted(mask, key=lambda x: -len(x[1])):
        t = t.replace(v, "\u2588")
    for l, v in mask:
        if v in t:
            bad(f"mask value survives elsewhere as substring: {v!r}")
        for tok in tokens(l, v):
            if re.search(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", t):
                bad(f"name/street word {tok!r} of {v!r} appears elsewhere")
    for v in keep:
        if v not in t:
            bad(f"keep destroyed by masking: {v!r}")
    # nothing structured left unlabelled
    if EMAIL_RE.search(t):
        bad(f"unlabelled e-mail {EMAIL_RE.search(t).group(0)}")
    m = PC_RE.search(t)
    if m:
        bad(f"unlabelled postcode {m.group(0)!r}")
    for m in IBAN_RE.finditer(t):
        if iban_valid(m.group(0)):
            bad(f"unlabelled IBAN {m.group(0)}")
    tp = re.sub(r"\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{2}\.\d{4}", "D", t)
    for v in sorted(keep, key=len, reverse=True):
        tp = tp.replace(v, "K")
    for rx in PHONE_RES:
        m = rx.search(tp)
        if m:
            bad(f"unlabelled phone-like {m.group(0)!r}")
    for m in NINE_RE.finditer(t):
        if bsn_valid(m.group(0)):
            bad(f"unlabelled 11-proef number {m.group(0)}")
    labels = {l for l, _ in mask}
    if ("BSN" in labels) != ("BSN" in block):
        bad("BSN label/block mismatch")
    if ("WACHTWOORD" in labels) != ("PASSWORD" in block):
        bad("password label/block mismatch")
    if ("API_SLEUTEL" in labels) != ("API_KEY" in block):
        bad("api key label/block mismatch")
    if kind == "B" and not block:
        bad("blocked template produced clean record")
    if kind == "C" and block:
        bad(f"clean template produced blocked record {block}")
    for b in block:
        if b not in ("BSN", "PASSWORD", "API_KEY", "SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST"):
            bad(f"unknown block {b}")


TEMPLATES = []


def T(name, kind, desc):
    def deco(f):
        TEMPLATES.append((name, kind, desc, f))
        return f
    return deco


def one(*fs):
    """Lazy alternative: pick one zero-argument function and call it (so only its labels register)."""
    return pick(fs)()

# ==============================================================================================
# CLEAN TEMPLATES (must not be blocked)
# ==============================================================================================
@T("webshop_retour", "C", "webshop: retourverzoek van klant met terugbetaling op IBAN")
def _(d):
    p = P()
    shop, dom = comp("shop")
    o = d.k(ordernr())
    prod = d.k(pick(PRODUCTS))
    amt = d.amt(15, 600)
    when = d.date(pick(["long", "wd", "dm"]))
    reason = pick(["past helaas niet", "is beschadigd aangekomen (doos was ingedeukt)",
                   "is niet wat ik ervan verwachtte", "heb ik per ongeluk twee keer besteld",
                   "kwam pas na het weekend binnen, te laat voor het verjaardagsfeest",
                   "maakt een raar tikkend geluid"])
    iban = d.iban()
    tnv = d.p(pick([p.init1, p.initfull, p.full]))
    opener = pick(["Goedemiddag,", "Hallo,", "Beste klantenservice,", f"Beste medewerker van {shop},", "Hoi,"])
    body = [f"Onderwerp: Retour bestelling {o}", "", opener, "",
            f"Op {when} heb ik bij jullie een {prod} besteld (bestelnummer {o}). Het product {reason}, "
            f"dus ik wil het graag terugsturen.",
            f"Kunnen jullie het aankoopbedrag van {amt} terugstorten op {iban} t.n.v. {tnv}?"]
    if chance(0.6):
        body.append(f"Ophalen mag ook, ik ben thuis op {addr_line(d)}.")
    if chance(0.5):
        body.append(f"Bij vragen kunt u mij bellen op {d.tel()}.")
    body += ["", sign(d, p, tel=False)]
    return "\n".join(body)


@T("klantenservice_antwoord", "C", "klantenservice: antwoord van medewerker met ticketnummer, cc collega")
def _(d):
    klant, mw, coll = PS(3)
    shop, dom = comp(pick(["shop", "install", "fiets"]))
    tk = d.k(ticketnr())
    dt = d.date("wd")
    amt = d.amt(5, 150)
    lines = [f"Aan: {d.mail(email_of(klant))}",
             f"CC: {d.p(coll.full)} <{d.mail(work_email(coll, dom))}>",
             f"Onderwerp: RE: Uw melding {tk}", "",
             hello(d, klant), "",
             pick([f"Dank voor uw bericht en excuses voor het ongemak.",
                   "Bedankt voor je geduld, we hebben je melding bekeken.",
                   "Wat vervelend dat het product niet goed werkt."]),
             f"Wij hebben besloten om de verzendkosten van {amt} te crediteren. Het bedrag staat binnen 5 werkdagen "
             f"weer op uw rekening.",
             f"Mijn collega {d.p(coll.first)} neemt {dt} contact met u op om een nieuwe levering in te plannen.",
             "", sign(d, mw, company=f"Klantenservice {shop}", tel=chance(0.5), email_dom=dom if chance(0.4) else None)]
    return "\n".join(lines)


@T("ticket_export", "C", "helpdesk-ticketexport (Zendesk/Freshdesk-achtige velden en berichten)")
def _(d):
    klant, agent = PS(2)
    tool = d.sw("Zendesk", "Freshdesk", "Topdesk")
    tk = d.k(ticketnr())
    prio = d.k(pick(["Hoog", "Normaal", "Laag", "Urgent"]))
    t1 = d.k(hhmm(8, 17))
    o = d.k(ordernr())
    rows = [f"{tool} | Ticket {tk}",
            f"Status: Open    Prioriteit: {prio}",
            f"Aanvrager: {d.p(klant.full)} <{d.mail(email_of(klant))}>",
            f"Telefoon: {d.tel()}",
            f"Toegewezen aan: {d.p(agent.first)} ({pick(['1e lijn', 'Team Retouren', 'Backoffice'])})",
            "----",
            f"[{t1}] {d.p(klant.first) if chance(0.5) else d.p(klant.full)}: "
            + pick([f"Mijn bestelling {o} is nog steeds niet geleverd, volgens de track & trace ligt hij al 4 dagen in het depot.",
                    f"Ik heb voor bestelling {o} twee keer betaald. Graag één betaling terug.",
                    f"Bij bestelling {o} ontbreekt de handleiding en de voeding."]),
            f"[interne notitie] {pick(['Klant is al 2x teruggebeld, geen gehoor.', 'Check bij magazijn gedaan, pakket is retour afzender.', 'Dubbele betaling zichtbaar in Mollie.'])}"]
    return "\n".join(rows)


@T("orderbevestiging", "C", "webshop: orderbevestiging met afleveradres, regels, btw en totaal")
def _(d):
    p = P()
    shop, dom = comp("shop")
    o = d.k(ordernr())
    items = picks(PRODUCTS, R.randint(1, 3))
    lines = [f"Bedankt voor je bestelling bij {shop}!", "", f"Bestelnummer: {o}",
             f"Besteldatum: {d.date('num')}", "", "Afleveradres:", d.p(pick([p.full, p.initfull])),
             d.adr(), f"{d.pc()} {city()}", ""]
    tot = 0
    for it in items:
        v = round(R.uniform(10, 400), 2)
        tot += v
        lines.append(f"1x {d.k(it)}  {d.k(money(v=v, cents=True, style='eur_sp'))}")
    lines += [f"Verzendkosten: {d.k(pick(['€ 0,00', '€ 4,95', '€ 6,95']))}",
              f"Totaal incl. {d.k(pick(['21% btw', '21 % btw']))}: {d.k(money(v=tot + 4.95, cents=True, style='eur_sp'))}",
              "", f"Je pakket wordt verzonden met {d.sw('PostNL', 'DHL', 'DPD')}. Je ontvangt de track & trace-code per mail op "
              f"{d.mail(email_of(p))}."]
    return "\n".join(lines)


@T("whatsapp_klacht", "C", "WhatsApp-klacht van klant, informeel, kleine letters")
def _(d):
    p = P()
    o = d.k(ordernr())
    ts = hhmm_seq(4, lo=17, hi=21)
    for x in ts:
        d.k(x)
    nm = d.p(p.first.lower())
    lines = [f"[{ts[0]}] {nm}: hoi met {d.p(p.lower)} hier",
             f"[{ts[1]}] {nm}: mijn bestelling {o} is vandaag gekomen maar de helft zit er niet in??",
             f"[{ts[2]}] {nm}: kunnen jullie me ff bellen op {d.tel(phone_mobile(pick(['06{a}', '06 {a}', '06-{a}'])))}",
             f"[{ts[3]}] {nm}: ben morgen thuis tot {d.k(pick(['17:00', '18u', 'half 6']))}"]
    return "\n".join(lines)


@T("webchat_transcript", "C", "webchat-transcript met postcode + huisnummer, naam in chat")
def _(d):
    p, agent = PS(2)
    pc = d.pc(postcode(chance(0.5)))
    hn = R.randint(1, 180)
    t = d.time()
    bot = pick(["Chatbot Sam", "Virtuele assistent", "Bot"])
    lines = [f"Chat gestart {d.date('num')} {t}",
             f"{bot}: Welkom! Waarmee kan ik je helpen?",
             f"Bezoeker: storing internet sinds gisteren",
             f"{bot}: Vervelend! Wat is je postcode en huisnummer?",
             f"Bezoeker: {pc} {hn}",
             f"{bot}: Dank je. Ik verbind je door met een medewerker.",
             f"{d.p(agent.first)} (medewerker): Hoi! Spreek ik met {d.p(p.full)}?",
             f"Bezoeker: ja klopt",
             f"{agent.first} (medewerker): Ik zie een storing in jouw wijk, monteur komt {d.date('wd')} tussen {d.k('08:00')} en {d.k('13:00')}."]
    return "\n".join(lines)


@T("schade_auto", "C", "verzekering: schadeclaim aanrijding met twee kentekens")
def _(d):
    a, b = PS(2)
    ins = d.k(pick(INSURERS))
    pol = d.k(polisnr())
    dt = d.date(pick(["long", "wd", "num"]))
    plaats = d.city()
    k1, k2 = d.kt(), d.kt()
    amt = d.amt(300, 6000, cents=False)
    lines = [f"Schademelding {ins} - polisnummer {pol}", "",
             f"Op {dt} om {d.time()} reed ik ({d.p(a.full)}) met mijn auto ({k1}) over de "
             f"{pick(['rotonde bij de Albert Heijn', 'Stationsweg', 'ringweg', 'parkeerplaats van de Gamma'])} in {plaats}.",
             f"De bestuurder van de {pick(['witte bestelbus', 'grijze Volkswagen Polo', 'zwarte Tesla', 'rode Toyota Aygo'])} "
             f"met kenteken {k2}, {d.p(b.full)}, gaf geen voorrang en raakte mijn linkerportier.",
             f"Tegenpartij is bereikbaar op {d.tel()}. We hebben samen het Europees schadeformulier ingevuld.",
             f"De garage schat de schade op {amt}.",
             "", sign(d, a, form=pick([a.full, a.initfull]), tel=chance(0.5))]
    for bn in ("Albert Heijn", "Gamma"):
        if bn in lines[2]:
            d.k(bn)
    return "\n".join(lines)


@T("schade_water", "C", "verzekering: waterschade woonhuis met aannemer en IBAN")
def _(d):
    p, aann = PS(2)
    ins = d.k(pick(INSURERS))
    pol = d.k(polisnr())
    bouw, bdom = comp(pick(["install", "bouw"]))
    amt1, amt2 = d.amt(200, 3000), d.amt(80, 900)
    lines = [f"Geachte heer/mevrouw,", "",
             f"Hierbij meld ik bij {ins} waterschade in mijn woning aan de {d.adr()} te {city()} (polis {pol}).",
             f"Door een lekkende {pick(['cv-ketel', 'vaatwasser', 'afvoer van de douche op zolder', 'dakgoot'])} is het plafond "
             f"van de woonkamer doorgezakt. Dit is ontdekt op {d.date('wd')}.",
             f"{bouw} heeft de lekkage provisorisch gerepareerd. Contactpersoon daar is {d.p(aann.full)} ({d.tel()}).",
             f"Hun offerte voor herstel bedraagt {amt1}; de noodreparatie kostte {amt2}.",
             f"Een eventuele uitkering graag op {d.iban()}.", "",
             sign(d, p, tel=True)]
    return "\n".join(lines)


@T("fysio_notitie", "C", "fysiotherapie: afspraaknotitie met vervolgafspraken")
def _(d):
    pat, fys = PS(2)
    pr, dom = comp("fysio")
    ds = sorted([rdate() for _ in range(3)])
    klacht = pick(["lage rugklachten", "schouderklachten na val", "knieklachten (post-operatief)",
                   "nekpijn door beeldschermwerk", "enkelverstuiking bij het korfballen"])
    lines = [f"Notitie {pr}",
             f"Patiënt: {d.p(pick([pat.full, pat.sorted, pat.initfull]))}   Tel.: {d.tel()}",
             f"Behandelaar: {d.p(fys.first + ' ' + fys.last[0].upper() + '.') if chance(0.3) else d.p(fys.full)}",
             f"Klacht: {klacht}. Verwijzing via huisarts niet nodig (DTF).",
             f"Verzekeraar: {d.k(pick(ZORGVERZ))}, aanvullend pakket dekt {d.k(pick(['9', '12', '18', '27']) + ' behandelingen')}.",
             "Vervolgafspraken:"]
    for x in ds:
        lines.append(f"- {d.k(fdate(x, 'wd'))} {d.time()}")
    if chance(0.5):
        lines.append(f"{pat.title.capitalize()} {d.p(pat.formal)} oefent thuis met de "
                     f"{d.k(pick(['Physitrack', 'oefenapp']))}-schema's.")
    return "\n".join(lines)


@T("tandarts_sms", "C", "tandarts: SMS-herinnering afspraak")
def _(d):
    p = P()
    pr, dom = comp("tand")
    x = rdate()
    form = pick(["first", "formal", "full"])
    aan = (d.p(p.first) if form == "first" else f"{p.mr} {d.p(p.formal)}" if form == "formal" else d.p(p.full))
    txt = one(
        lambda: f"Beste {aan}, herinnering: uw afspraak bij {pr} is op {d.k(fdate(x, pick(['wd', 'd2', 'd2m'])))} om {d.time()}. "
        f"Verhinderd? Bel {d.tel(phone_land())} (uiterlijk 24 uur van tevoren, anders rekenen we {d.amt(20, 60, cents=False)}).",
        lambda: f"{pr}: Hoi {aan}! Morgen ({d.k(fdate(x, 'wd'))}) om {d.time()} staat je controle gepland. "
        f"Antwoord JA om te bevestigen. Vragen: {d.tel(phone_land())}",
        lambda: f"Herinnering {pr} - {aan} - {d.k(fdate(x, 'num'))} {d.time()} - mondhygiënist. Afzeggen via {d.tel(phone_land())}.")
    return txt


@T("tandarts_terugbellijst", "C", "tandarts: terugbellijst met 2-3 patiënten (klein, geen klantenlijst)")
def _(d):
    ps = PS(R.randint(2, 3))
    lines = [pick(["Terugbellen vandaag:", "Bellijst balie (ochtend)", "Graag terugbellen:"])]
    for p in ps:
        lines.append(f"- {d.p(pick([p.full, p.initfull]))}"
                     f" - {d.tel()} - {pick(['wil afspraak verzetten', 'vraag over nota', 'pijn na behandeling', 'nieuwe patiënt, inschrijving'])}")
    lines.append(f"Nota's boven {d.amt(200, 500, cents=False)} doorsturen naar {d.k(pick(['Infomedics', 'de backoffice']))}.")
    return "\n".join(lines)


@T("bezichtiging", "C", "makelaar: bezichtigingsverslag met vraagprijs en kandidaten")
def _(d):
    mk, k1, k2 = PS(3)
    mkl, dom = comp("makelaar")
    prijs = d.k(money(v=R.randint(23, 95) * 10000 - 5000 * R.randint(0, 1), cents=False,
                      style=pick(["eur_sp", "eur_nosp", "EUR"])) + " k.k.")
    adr = d.adr()
    lines = [f"Bezichtigingsverslag {adr}, {city()}", f"Datum: {d.date('wd')}  Makelaar: {d.p(mk.full)} ({mkl})",
             f"Vraagprijs: {prijs}, woonoppervlak {d.k(str(R.randint(62, 180)) + ' m²')}, {d.k('energielabel ' + pick(['A', 'B', 'C', 'A++']))}.", "",
             f"1. {d.p(k1.full)} ({d.tel()}): {pick(['enthousiast, wil tweede bezichtiging met ouders', 'vindt de tuin te klein', 'vraagt naar VvE-bijdrage', 'heeft financieringsvoorbehoud'])}.",
             f"2. {d.p(pick([k2.full, k2.initfull]))}: {pick(['twijfelt over de keuken', 'wil bieden onder voorbehoud van bouwkundige keuring', 'komt uit ' + city() + ', werkt thuis'])}.",
             f"Woning staat {d.k(str(R.randint(5, 60)) + ' dagen')} op {d.sw('Funda')}."]
    return "\n".join(lines)


@T("huur_expat_en", "C", "huur: Engelstalige huuraanvraag van expat met Nederlandse antwoorden")
def _(d):
    exp = P(pick(["en", "in", "it", "de", "pt", "gr", "ua", "cn"]))
    mk = P("nl")
    mkl, dom = comp("makelaar")
    rent = d.k(money(v=R.randint(110, 260) * 10, cents=False, style=pick(["eur_nosp", "EUR", "en"])))
    lines = [f"From: {d.mail(email_of(exp, pick(['gmail.com', 'outlook.com', 'yahoo.com'])))}",
             f"Subject: Apartment {d.adr()} - viewing?", "",
             f"Hi,", "",
             f"My name is {d.p(exp.full)} and I just moved to {d.city()} for a job at {pick(['ASML', 'Booking.com', 'Philips', 'a start-up'])}. "
             f"I saw the apartment for {rent} per month. Is it still available? I can do a viewing on {d.date('en')}.",
             f"You can reach me at {d.tel(pick([phone_mobile('+31 6 {a}'), phone_uk(), phone_de()]))}.",
             "", "Kind regards,", d.p(exp.first), "",
             "-----", f"Intern (van {d.p(mk.first)}): Ik heb {exp.first} ingepland voor de bezichtiging, borg is {d.amt(1500, 4500, cents=False)}."]
    return "\n".join(lines)


@T("huur_concept", "C", "huur: CONCEPT-huurovereenkomst, nog niet ondertekend")
def _(d):
    vh, hd = PS(2)
    rent = d.amt(650, 2400, cents=True)
    start = d.date("long")
    lines = [pick(["CONCEPT - niet ondertekenen", "Conceptversie 0.2 (ter bespreking)", "ONTWERP HUUROVEREENKOMST"]),
             "Huurovereenkomst woonruimte", "",
             f"Verhuurder: {d.p(vh.full)}", f"Huurder: {d.p(hd.full)}",
             f"Gehuurde: {d.adr()}, {d.pc()} {city()}",
             f"Ingangsdatum: {start}", f"Huurprijs: {rent} per maand, exclusief servicekosten van {d.amt(25, 120)}.",
             "",
             one(lambda: f"{d.p(vh.first)}, kun je artikel 7 (huisdieren) nog nalezen? Daarna stuur ik de definitieve versie ter ondertekening.",
                 lambda: "Let op: dit concept is nog niet door partijen getekend; opmerkingen graag vóór vrijdag.",
                 lambda: f"Na akkoord van {d.p(hd.first)} op de tekst volgt ondertekening via {d.k('DocuSign')}.")]
    return "\n".join(lines)


@T("kdv_nieuwsbrief", "C", "kinderopvang: bericht aan ouders van een groep, kindernamen")
def _(d):
    kids = PS(3)
    juf = P(g="f")
    kdv, dom = comp("kdv")
    grp = pick(["Vlinders", "Egeltjes", "Kikkers", "Dolfijnen", "Uilen", "Beren"])
    x = rdate()
    lines = [f"Lieve ouders van groep {grp},", "",
             f"{d.k(fdate(x, 'Wd'))} vieren we het {pick(['lentefeest', 'zomerfeest', 'sinterklaasfeest', 'afscheid van juf ' + d.p(juf.first)])}. "
             f"Jullie zijn welkom vanaf {d.time(lo=15, hi=16)}.",
             f"{d.p(kids[0].first)} en {d.p(kids[1].first)} gaan na de zomer naar de basisschool, dus we nemen ook afscheid van hen.",
             f"Wil de ouder van {d.p(kids[2].first)} de regenlaarzen meenemen? Ze staan nog bij de kapstok.",
             f"De ouderbijdrage voor het uitje is {d.amt(3, 15, style=pick(['eur_sp', 'euro', 'dash']))} via {d.sw('Tikkie')}.",
             "", "Liefs,", f"Juf {d.p(juf.first)} en het team van {kdv}"]
    return "\n".join(lines)


@T("kdv_dagbericht", "C", "kinderopvang: dagbericht in ouderapp met tijden")
def _(d):
    kind = P()
    ouder = P(kind.origin)
    leid = P(g="f")
    s1, s2 = rtime(lo=11, hi=12), rtime(lo=13, hi=15)
    d.k(s1); d.k(s2)
    lines = [f"Hoi {d.p(ouder.first)},", "",
             f"{d.p(kind.first)} heeft vandaag lekker gespeeld in de zandbak. Geslapen van {s1} tot {s2}.",
             f"Eten: {pick(['hele boterham met kaas', 'beetje fruit, geen brood', 'twee crackers en een halve banaan'])}. "
             f"Luiers: {d.k(str(R.randint(2, 5)) + 'x')} verschoond.",
             one(lambda: "Er zit een klein schaafwondje op de knie, pleister erop.", lambda: "Niets bijzonders verder!",
                 lambda: f"Morgen is het {d.k(pick(['pyjamadag', 'verkleeddag', 'Koningsspelen']))}."),
             "", f"Groetjes, {d.p(leid.first)}"]
    return "\n".join(lines)


@T("kdv_wachtlijst", "C", "kinderopvang: bevestiging wachtlijst met geboortedatum kind (geen BSN)")
def _(d):
    kind, ouder = PS(2)
    kdv, dom = comp("kdv")
    gb = birth(2023, 2025)
    lines = [hello(d, ouder, pick(["first", "full", "formal2"])), "",
             f"Bedankt voor de aanmelding van {d.p(kind.first)} bij {kdv}.",
             f"Geboortedatum: {d.gb(gb)}",
             f"Gewenste startdatum: {d.date('long')}, {d.k(pick(['2 dagen', '3 dagen', 'maandag en donderdag']))} per week.",
             f"Er is op dit moment een wachttijd van ongeveer {d.k(str(R.randint(3, 9)) + ' maanden')}. Het uurtarief voor "
             f"volgend jaar is {d.amt(9, 12, cents=True)}.",
             "", sign(d, P(g="f"), role="Planning & plaatsing", company=kdv, tel=True)]
    return "\n".join(lines)


@T("accountant_vraag", "C", "accountant: vraag van ZZP-klant over aftrek, met KvK-nummer")
def _(d):
    kl, acc = PS(2)
    kantoor, dom = comp("acc")
    amt = d.amt(300, 3500)
    lines = [hello(d, acc, pick(["first", "formal2"])), "",
             one(lambda: f"Ik heb in {d.k(pick(MAANDEN))} een {d.k(pick(['MacBook Air', 'bakfiets', 'laptop', 'elektrische bestelbus']))} gekocht voor {amt}. "
                 "Mag ik die in één keer aftrekken of moet ik afschrijven?",
                 lambda: f"Kan ik de cursus van {amt} als scholingskosten opvoeren? De factuur staat in {d.sw('Moneybird', 'SnelStart', 'Exact Online')}.",
                 lambda: f"Ik twijfel of ik voor {d.k('boekjaar ' + str(R.randint(2025, 2026)))} aan het urencriterium van {d.k('1.225 uur')} kom. "
                 f"De investering van {amt} helpt daar niet bij."),
             f"Mijn KvK-nummer is {d.k(kvk())}, mocht je dat nodig hebben.", "",
             sign(d, kl, tel=chance(0.6))]
    return "\n".join(lines)


@T("accountant_salaris_algemeen", "C", "accountant: uitleg over lonen/minimumloon, geen loonstrook")
def _(d):
    kl, acc = PS(2)
    lines = [hello(d, kl), "",
             f"Je vroeg wat de loonsverhoging per {d.k(fdate(rdate(), 'dm'))} betekent voor je twee medewerkers.",
             f"Het wettelijk minimumloon gaat naar {d.amt(14, 15, cents=True, style='eur_sp')} per uur. Voor een fulltime "
             f"medewerker komen de loonkosten daarmee ongeveer {d.amt(150, 300, cents=False)} per maand hoger uit.",
             f"De cao schrijft daarnaast {d.k(pct(2, 6))} structureel voor. Verwerk het in {d.sw('Nmbrs', 'Loket.nl', 'AFAS')} vóór de volgende verloning.",
             "", sign(d, acc)]
    return "\n".join(lines)


@T("betalingsherinnering", "C", "debiteurenbeheer: betalingsherinnering met IBAN bedrijf en factuurnummer")
def _(d):
    kl = P()
    bedr, dom = comp(pick(["bouw", "install", "office", "transport"]))
    fn = d.k(factuurnr())
    amt = d.amt(80, 9000)
    lines = [f"Betreft: herinnering factuur {fn}", "", hello(d, kl, pick(["formal", "first", "geachte_full"])), "",
             f"Volgens onze administratie staat factuur {fn} van {d.date('long')} ter hoogte van {amt} nog open.",
             f"Wilt u het bedrag binnen {d.k(pick(['7 dagen', '14 dagen', '8 werkdagen']))} overmaken op {d.iban()} t.n.v. {bedr}?",
             "Is de betaling inmiddels onderweg? Dan kunt u deze herinnering als niet verzonden beschouwen.",
             "", sign(d, P(), company=bedr, role=pick(["Administratie", "Debiteurenbeheer", "Financiële administratie"]))]
    return "\n".join(lines)


@T("advocaat_intake", "C", "advocatuur: intakenotitie arbeidsrecht")
def _(d):
    cl, part, adv = PS(3)
    kantoor, dom = comp("law")
    dn = d.k(dossiernr())
    lines = [f"Intake {dn} - {kantoor}", f"Cliënt: {d.p(pick([cl.full, cl.sorted]))}, tel. {d.tel()}, {d.mail(email_of(cl))}",
             f"Werkgever: {pick(['Schoonmaakbedrijf Glans', 'Transport Midden BV', 'Bakkerij Korrel', 'een uitzendbureau'])} ({d.k('sinds ' + str(R.randint(2009, 2022)))})",
             f"Feiten: op {d.date('long')} ontslag op staande voet wegens {pick(['vermeende diefstal', 'te laat komen', 'weigeren van overwerk'])}. "
             f"Cliënt betwist dit. Laatste loon {d.amt(2100, 4200, cents=False)} bruto per maand.",
             f"Partner ({d.p(part.first)}) was aanwezig bij het gesprek en kan verklaren.",
             f"Actie: mr. {d.p(adv.initfull)} stuurt vóór {d.date('wd')} een brief; termijn {d.k('2 maanden')} voor verzoekschrift bewaken.",
             f"Uurtarief besproken: {d.amt(180, 295, cents=False)} excl. {d.k('21% btw')}."]
    return "\n".join(lines)


@T("sommatiebrief", "C", "advocatuur/incasso: sommatie met adres, bedrag en IBAN")
def _(d):
    deb, adv = PS(2)
    kantoor, dom = comp("law")
    hoofd, rente, kosten = d.amt(400, 12000, cents=True), d.amt(10, 300, cents=True), d.amt(40, 900, cents=True)
    lines = [f"{d.p(deb.initfull) if chance(0.5) else d.p(deb.full)}", addr_line(d, sep="\n"), "",
             f"{d.city()}, {d.date('long')}", "", f"Betreft: sommatie factuur {d.k(factuurnr())}", "",
             hello(d, deb, "formal"), "",
             f"Namens onze cliënte sommeren wij u om binnen 14 dagen na dagtekening het openstaande bedrag van {hoofd}, "
             f"vermeerderd met de wettelijke rente ({rente}) en buitengerechtelijke kosten ({kosten}), te voldoen op "
             f"{d.iban()}.",
             "Blijft betaling uit, dan zullen wij zonder nadere aankondiging een gerechtelijke procedure starten.",
             "", sign(d, adv, company=kantoor, form=adv.initfull, greet="Hoogachtend,", title=pick(["mr.", "mr.", "Mr."]))]
    return "\n".join(lines)


@T("sollicitatie_uitnodiging", "C", "recruitment: uitnodiging sollicitatiegesprek")
def _(d):
    cand, hr, mgr = PS(3)
    bedr, dom = comp(pick(["office", "install", "transport", "zorg", "bouw"]))
    functie = d.k(pick(["Servicemonteur", "Office manager", "Planner", "Junior accountant", "Verzorgende IG",
                        "Marketeer", "Chauffeur C/E", "Werkvoorbereider", "Frontend developer"]))
    lines = [hello(d, cand, pick(["first", "full"])), "",
             f"Bedankt voor je sollicitatie als {functie}. We nodigen je graag uit voor een eerste gesprek op "
             f"{d.date('wd')} om {d.time()} op ons kantoor aan de {addr_line(d)}.",
             f"Je spreekt met {d.p(mgr.full)} ({pick(['teamleider', 'vestigingsmanager', 'eigenaar'])}) en mij.",
             one(lambda: "Parkeren kan gratis voor de deur.", lambda: f"Liever online? Dan sturen we een {d.sw('Teams', 'Zoom', 'Google Meet')}-link.",
                 lambda: "Neem gerust je portfolio mee."),
             "", sign(d, hr, role="HR", company=bedr, email_dom=dom if chance(0.5) else None)]
    return "\n".join(lines)


@T("gespreksverslag_sollicitatie", "C", "recruitment: gespreksnotities kandidaat met salarisindicatie")
def _(d):
    cand, i1, i2 = PS(3)
    functie = d.k(pick(["Binnendienst medewerker", "Projectleider", "Boekhouder", "Monteur W", "Pedagogisch medewerker",
                        "Teamleider magazijn"]))
    lines = [f"Gespreksverslag {functie} - {d.date('num')}",
             f"Kandidaat: {d.p(cand.full)}", f"Aanwezig: {d.p(i1.first)}, {d.p(i2.full)}", "",
             f"+ {d.p(cand.first)} heeft {R.randint(2, 12)} jaar ervaring, o.a. bij {pick(['een groothandel', 'de gemeente', 'een installateur', 'een webshop'])}.",
             f"+ Kent {d.sw('Exact Online', 'AFAS', 'Excel', 'SharePoint')} goed.",
             f"- Opzegtermijn {d.k(pick(['1 maand', '2 maanden']))}.",
             f"Salarisindicatie: vraagt {d.amt(2800, 4800, cents=False)} bruto, onze schaal loopt tot {d.amt(3000, 5000, cents=False)}.",
             f"Advies {d.p(i2.first)}: {pick(['tweede ronde', 'afwijzen', 'referenties nabellen'])}."]
    return "\n".join(lines)


@T("vacaturetekst", "C", "recruitment: vacaturetekst met salarisrange en contactpersoon")
def _(d):
    c = P()
    sector, functie = pick([("install", "Allround monteur"), ("resto", "Kok"), ("office", "Administratief medewerker"),
                            ("transport", "Planner transport"), ("kdv", "Pedagogisch medewerker"), ("bouw", "Timmerman")])
    functie = d.k(functie)
    bedr, dom = comp(sector)
    lines = [f"Vacature: {functie} ({d.k(pick(['32-40 uur', '24 uur', '36 uur']))})", "",
             f"{bedr} is een team van {R.randint(6, 45)} collega's in {d.city()}.",
             f"Wat bieden we? Een salaris tussen {d.amt(2600, 3200, cents=False)} en {d.amt(3400, 4600, cents=False)} bruto per maand, "
             f"{d.k(pick(['8%', '8 %']))} vakantiegeld en een {pick(['leasefiets', 'telefoon van de zaak', 'opleidingsbudget'])}.",
             f"Vragen? Bel of app {d.p(c.full)} via {d.tel()} of mail naar {d.mail(work_email(c, dom))}."]
    return "\n".join(lines)


@T("afwijzing", "C", "recruitment: afwijzingsmail kandidaat")
def _(d):
    cand, hr = PS(2)
    functie = d.k(pick(["Office manager", "Magazijnmedewerker", "Projectassistent", "Accountmanager"]))
    lines = [hello(d, cand, pick(["first", "formal2", "full"])), "",
             f"Hartelijk dank voor je tijd tijdens het gesprek van {d.date('wd')}. We hebben besloten om verder te gaan met een "
             f"andere kandidaat voor de functie {functie}.",
             "Mogen we je gegevens nog een jaar bewaren voor toekomstige vacatures? Laat het gerust weten.",
             "", sign(d, hr, form=pick([hr.full, hr.first]), tel=False)]
    return "\n".join(lines)


@T("referentiecheck", "C", "recruitment: notities telefonische referentiecheck")
def _(d):
    cand, ref, rec = PS(3)
    lines = [f"Referentie {d.p(cand.full)} - gebeld met {d.p(ref.full)} ({pick(['oud-leidinggevende', 'teamleider', 'opdrachtgever'])}, {d.tel()})",
             f"Datum: {d.date('num')}, door {d.p(rec.first)}",
             f"- Betrouwbaar, altijd op tijd. {d.p(cand.first)} werkte daar {d.k('van ' + str(R.randint(2015, 2019)) + ' tot ' + str(R.randint(2020, 2024)))}.",
             f"- Verbeterpunt volgens {d.p(ref.formal if chance(0.5) else ref.first)}: {pick(['plannen onder druk', 'delegeren', 'schriftelijke communicatie'])}.",
             "- Zou haar/hem opnieuw aannemen: ja."]
    return "\n".join(lines)


@T("arbeidsovereenkomst_ter_ondertekening", "C", "HR: arbeidsovereenkomst verstuurd ter ondertekening (nog niet getekend)")
def _(d):
    wn, hr = PS(2)
    bedr, dom = comp(pick(["office", "install", "zorg", "transport"]))
    lines = [hello(d, wn), "",
             f"Wat fijn dat je per {d.date('long')} bij {bedr} komt werken! In de bijlage vind je de arbeidsovereenkomst "
             f"(bruto maandsalaris {d.amt(2500, 5200, cents=False)}, {d.k(str(R.randint(24, 40)) + ' uur')} per week).",
             pick(["Wil je hem doorlezen en, als alles klopt, digitaal ondertekenen? Dan teken ik daarna namens de directie.",
                   "Graag ondertekend retour vóór het einde van de maand. Vragen over de tekst mag je altijd stellen.",
                   "Er staat nog niets getekend; laat even weten of de proeftijd van een maand akkoord is."]),
             "", sign(d, hr, role=pick(["HR-adviseur", "Office manager", "Directeur"]), company=bedr)]
    return "\n".join(lines)


@T("rit_planning_klein", "C", "transport: ritplanning met 3 stops (kleine lijst)")
def _(d):
    ch = P()
    stops = PS(3)
    kt = d.kt()
    lines = [f"Planning {d.date('wd')} - chauffeur {d.p(ch.first)}, bus {kt}",
             f"Start depot {d.time(lo=6, hi=8)}"]
    for i, s in enumerate(stops, 1):
        lines.append(f"{i}. {d.p(pick([s.full, s.initfull, s.formal]))} - {d.adr()}, {city()} - {d.tel()} - {pick(['2 pallets', '1 colli', 'bank ophalen', 'retour koelkast', '3 dozen'])}")
    lines.append(f"Brandstofpas ligt in het dashboardkastje. Tol {d.amt(5, 30)} declareren.")
    return "\n".join(lines)


@T("chauffeur_overdracht", "C", "transport: overdracht chauffeur met kenteken en schade")
def _(d):
    a, b = PS(2)
    kt = d.kt()
    lines = [f"Overdracht {d.date('wd')} {d.time(lo=17, hi=19)}",
             f"Van {d.p(a.first)} aan {d.p(b.first)}:",
             f"- {pick(['Vrachtwagen', 'Bakwagen', 'Bus'])} {kt} staat op P2, tank {d.k(pick(['halfvol', 'vol', 'kwart']))}.",
             f"- Kras op de rechterspiegel, is gemeld bij {d.p(pick([P().full, P().first]))} van de werkplaats.",
             f"- Klant in {d.city()} wil morgen vóór {d.k('10:00')} geleverd hebben, anders bellen: {d.tel()}.",
             f"- Tachograafkaart zit nog in de lezer."]
    return "\n".join(lines)

@T("supplier_en", "C", "inkoop: Engelstalige leveranciersmail met Nederlands antwoord, EN-bedragnotatie")
def _(d):
    sup = P(pick(["en", "en", "de", "in", "it"]))
    inkoper = P()
    co, dom = comp("en")
    po = d.k(pick([f"PO-{R.randint(2025, 2026)}-{R.randint(100, 999)}", f"PO{R.randint(10000, 99999)}"]))
    v = R.uniform(800, 25000)
    amt_en = d.k(money(v=v, cents=True, style="en"))
    qty = d.k(f"{R.randint(2, 40) * 50} pcs")
    lines = [f"From: {d.p(sup.full)} <{d.mail(work_email(sup, dom))}>",
             f"To: {d.mail(work_email(inkoper, pick(['studiokompas.nl', 'eendrachtbouw.nl', 'transportmidden.nl', 'pixelfabriek.nl'])))}",
             f"Subject: Re: {po} delivery", "",
             f"Dear {d.p(inkoper.first)},", "",
             f"Thanks for your order {po}. Unfortunately {qty} will ship on {d.k(fdate(rdate(), 'en'))} instead of this week. "
             f"The invoice total remains {amt_en} excl. VAT.",
             f"Please call me on {d.tel(phone_uk() if 'co.uk' in dom else phone_de() if '.de' in dom else phone_uk())} if this causes problems.",
             "", "Best regards,", d.p(sup.first if chance(0.5) else sup.full), co, "",
             f"> Antwoord {d.p(inkoper.first)}: prima, maar dan graag de transportkosten ({d.amt(50, 400, cents=True)}) voor jullie rekening. "
             f"Ik zet het in {d.sw('Exact Online', 'Excel', 'AFAS')}."]
    return "\n".join(lines)


@T("werkbon", "C", "installateur/aannemer: werkbon met uren en materialen")
def _(d):
    kl, mont = PS(2)
    bedr, dom = comp(pick(["install", "bouw"]))
    wb = d.k(f"WB-{R.randint(10000, 99999)}")
    lines = [f"WERKBON {wb}", f"{bedr}", "",
             f"Opdrachtgever: {d.p(pick([kl.full, kl.initfull, kl.sorted]))}",
             f"Adres: {d.adr()}", f"Postcode/plaats: {d.pc()} {city()}", f"Tel.: {d.tel()}",
             f"Datum: {d.date('num')}   Monteur: {d.p(mont.first)}", "",
             f"Werkzaamheden: {pick(['cv-ketel onderhoud + filter vervangen', 'lekkende kraan badkamer vervangen', 'groepenkast uitgebreid met 2 groepen', 'dakgoot schoongemaakt en naad gekit', 'warmtepomp in bedrijf gesteld'])}",
             f"Uren: {d.k(hours())}  à {d.amt(55, 85, cents=True, style='eur_sp')}",
             f"Materiaal: {d.k(pick(['kraan Grohe Eurosmart', 'aardlekautomaat', 'vlotter + pakking', 'kitkoker + 2 m goot', 'expansievat 18 l']))} {d.amt(8, 250, cents=True)}",
             f"Voorrijkosten: {d.amt(30, 60, cents=False, style=pick(['eur_sp', 'dash']))}",
             f"Opmerking: {pick(['klant niet thuis, buurvrouw deed open', 'sleutel onder de mat teruggelegd', 'volgend jaar vervangen adviseren', 'betaald per pin'])}"]
    return "\n".join(lines)


@T("offerte_mail", "C", "aannemer: offerte per mail, niet getekend")
def _(d):
    kl, verk = PS(2)
    bedr, dom = comp(pick(["bouw", "install"]))
    nr = d.k(f"Offerte {R.randint(2025, 2026)}-{R.randint(10, 999):03d}")
    ex = R.uniform(2000, 30000)
    lines = [hello(d, kl, pick(["first", "formal", "formal2"])), "",
             f"Zoals besproken bij u thuis aan de {d.adr()} stuur ik hierbij {nr} voor "
             f"{pick(['het vernieuwen van de badkamer', 'de dakkapel', 'het plaatsen van een hybride warmtepomp', 'het schilderwerk buiten', 'de uitbouw aan de achterzijde'])}.",
             f"Totaal {d.k(money(v=ex, cents=True, style='eur_sp'))} excl. btw, {d.k(money(v=ex * 1.21, cents=True, style='eur_sp'))} incl. {d.k('21% btw')}.",
             f"Uitvoering is mogelijk vanaf {d.k('week ' + str(R.randint(2, 50)))}. De offerte is {d.k('30 dagen')} geldig.",
             pick(["Gaat u akkoord? Dan kunt u de offerte digitaal accorderen via de link.",
                   "Laat gerust weten als u vragen heeft; bij akkoord plannen we een startgesprek.",
                   "Na uw akkoord ontvangt u de opdrachtbevestiging ter ondertekening."]),
             "", sign(d, verk, company=bedr, tel=True)]
    return "\n".join(lines)


@T("meerwerk_app", "C", "aannemer: WhatsApp-gesprek over meerwerk")
def _(d):
    kl, aan = PS(2)
    t = hhmm_seq(2, lo=7, hi=15)
    for x in t:
        d.k(x)
    a = d.p(aan.first)
    k = d.p(kl.first)
    lines = [f"[{t[0]}] {a}: Goedemorgen {k}, bij het slopen van de tegels zagen we dat de leiding verrot is.",
             f"[{t[0]}] {a}: Vervangen kost {d.amt(180, 900, cents=False)} extra (meerwerk). Akkoord?",
             f"[{t[1]}] {k}: Hmm ok, doe maar. Kan het wel vóór {d.date('wd')} klaar?",
             f"[{t[1]}] {a}: Komt goed 👍 ik zet het op de factuur",
             f"[{t[1]}] {k}: Mijn man {d.p(P(kl.origin, 'm').first)} is er vanmiddag, bel hem op {d.tel(phone_mobile())} als je eerder wil komen"]
    return "\n".join(lines)


@T("reservering_restaurant", "C", "horeca: reserveringsaanvraag met allergieën")
def _(d):
    g = P()
    rest, dom = comp("resto")
    n = R.randint(2, 14)
    lines = [pick([f"Reservering via website {rest}", "Nieuwe reservering (Formitable)", "Reserveringsformulier"]),
             f"Naam: {d.p(pick([g.full, g.initfull, g.sorted_first]))}",
             f"Datum: {d.date(pick(['wd', 'num', 'Wd']), workday=False)}", f"Tijd: {d.time(lo=17, hi=21)}",
             f"Aantal personen: {d.k(str(n) + ' personen')}", f"Telefoon: {d.tel()}", f"E-mail: {d.mail(email_of(g))}",
             f"Opmerking: {pick(['1 persoon glutenvrij, 1 notenallergie', 'we vieren een 50ste verjaardag!', 'graag een tafel buiten', 'kinderstoel nodig', 'vegetarisch menu voor iedereen'])}"]
    if "Formitable" in lines[0]:
        d.k("Formitable")
    return "\n".join(lines)


@T("review_reactie", "C", "horeca: openbare reactie op een Google-review")
def _(d):
    rv, eig = PS(2)
    rest, dom = comp(pick(["resto", "hotel"]))
    nm = pick([rv.first, rv.full, rv.first + " " + rv.last[0].upper() + "."])
    lines = [f"Review van {d.p(nm)} - {d.k(pick(['2 sterren', '1 ster', '3 sterren']))}",
             f"\"{pick(['Lang gewacht op ons eten en het was lauw.', 'Personeel was vriendelijk maar de rekening klopte niet.', 'Kamer was niet schoon bij aankomst.'])}\"", "",
             f"Reactie van de eigenaar:", f"Beste {d.p(rv.first)}, dank voor je eerlijke review. "
             f"{pick(['Op die avond waren we twee koks kwijt door ziekte, dat is geen excuus maar wel de reden.', 'We hebben de bon nagekeken: er stond inderdaad een fles wijn te veel op.', 'We hebben het schoonmaakrooster direct aangepast.'])} "
             f"We bieden je graag een {d.k(pick(['dessert', 'diner voor twee', 'gratis overnachting', 'cadeaubon van € 25']))} aan. Stuur even een mailtje.",
             f"Groet, {d.p(eig.first)} - {rest}"]
    return "\n".join(lines)


@T("reserveringen_vanavond", "C", "horeca: lijst van 3 reserveringen vanavond (klein)")
def _(d):
    gs = PS(3)
    lines = [f"Reserveringen {d.date('wd')}:"]
    for g in gs:
        lines.append(f"{d.time(lo=17, hi=20)}  {d.p(pick([g.formal, g.full, g.first + ' ' + g.last]))}  ({R.randint(2, 8)}p)  {d.tel() if chance(0.7) else 'via Booking.com'}")
    if "Booking.com" in "\n".join(lines):
        d.k("Booking.com")
    lines.append(f"Let op: tafel 4 is gereserveerd voor de borrel van {d.k(pick(['de voetbalclub', 'de buurtvereniging', 'het notariskantoor']))}.")
    return "\n".join(lines)


@T("catering_bestelling", "C", "horeca: cateringbestelling voor bedrijfsevent")
def _(d):
    c = P()
    co, dom = comp(pick(["office", "install", "bouw"]))
    n = R.randint(12, 80)
    lines = [hello(d, c, pick(["first", "formal2"])), "",
             f"Bedankt voor je bestelling voor de {pick(['nieuwjaarsborrel', 'teamlunch', 'jubileumborrel', 'open dag'])} van {co}.",
             f"Aantal: {d.k(str(n) + ' personen')}, levering {d.date('wd')} om {d.time(lo=11, hi=16)} op {addr_line(d)}.",
             f"Prijs: {d.amt(12, 35, cents=True, style=pick(['eur_sp', 'euro']))} p.p., totaal {d.amt(400, 3000, cents=True)} "
             f"excl. {d.k('9% btw')}.",
             f"Contactpersoon op locatie: {d.p(P().full)}, {d.tel()}.", "", sign(d, P(), company=pick(COMP['resto'])[0])]
    return "\n".join(lines)


@T("voicemail_transcript", "C", "voicemail: automatische transcriptie zonder hoofdletters")
def _(d):
    p = P()
    nm = d.p(p.lower) if chance(0.6) else d.p(p.first.lower())
    x = rdate()
    dag = d.k(DAGEN[x.weekday()])
    num = phone_mobile(pick(["06 {a}", "06{a}", "06 {p}"]))
    lines = [f"Voicemail van {d.tel(num) if chance(0.5) else 'onbekend nummer'} - {d.time()} - duur 0:{R.randint(15, 59)}",
             f"transcriptie: ja hallo met {nm} ik bel over de {pick(['offerte', 'factuur', 'afspraak', 'reparatie'])} "
             f"van {dag} eh ik ben {pick(['morgen', 'vanmiddag', 'de hele dag'])} bereikbaar op {d.tel(num)} "
             f"{pick(['dank je wel doei', 'alvast bedankt', 'oké fijne dag'])}"]
    return "\n".join(lines)


@T("sms_klant_loodgieter", "C", "SMS van klant aan loodgieter/monteur")
def _(d):
    kl, mont = PS(2)
    txt = one(
        lambda: f"Hoi {d.p(mont.first)}, de wasmachine lekt weer. Kun je {d.date('wd')} langskomen? Adres is {d.adr()}. Gr {d.p(kl.first)}",
        lambda: f"Goedemiddag, u bent vanochtend niet geweest terwijl de afspraak om {d.time()} was. Graag contact: {d.tel()}. {d.p(kl.full)}",
        lambda: f"Met {d.p(kl.full)}: de sleutel ligt bij de buren op nummer {R.randint(2, 80)}. Factuur ({d.amt(60, 400)}) mag naar {d.mail(email_of(kl))}.")
    return txt


@T("terugbelverzoek", "C", "receptie: terugbelverzoek-notitie")
def _(d):
    beller, voor, rec = PS(3)
    lines = [pick(["TERUGBELVERZOEK", "Telefoonnotitie", "Memo receptie"]),
             f"Voor: {d.p(voor.first)}"]
    van = one(lambda: d.p(beller.full), lambda: f"{beller.title} {d.p(beller.formal)}", lambda: d.p(beller.initfull))
    lines += [f"Van: {van} ({pick(['particulier', 'leverancier', 'klant sinds 2019', 'nieuw'])})",
              f"Nummer: {d.tel()}", f"Tijd: {d.date('d2')} {d.time()}",
              f"Bericht: {pick(['wil weten waarom de factuur hoger is dan de offerte', 'vraagt of de monteur later kan komen', 'heeft klacht over de levering', 'wil een afspraak maken voor een intake'])}",
              f"Aangenomen door {d.p(rec.first)}"]
    return "\n".join(lines)


@T("slack_thread", "C", "Slack: kanaalthread met @mentions en kleine letters")
def _(d):
    a, b, c = PS(3)
    ch = d.k(pick(["#planning", "#sales", "#support", "#algemeen", "#projecten"]))
    klant = P()
    h = d.p(b.handle)
    lines = [f"{ch}",
             f"{d.p(a.first)} {d.k(hhmm(8, 18))}: @{h} kun jij de offerte voor {d.p(klant.full)} vandaag nog afmaken? klant belde al 2x",
             f"{d.p(b.first)}: ja doe ik, wacht nog op prijs van {d.p(c.first.lower())}",
             f"{d.p(c.first)}: sorry! staat nu in {d.sw('SharePoint', 'Dropbox', 'Notion', 'Trello')} ({d.amt(500, 8000, cents=False)} incl. montage)",
             f"{a.first}: top, thanks 🙏"]
    return "\n".join(lines)


@T("teams_wachtwoord_vergeten", "C", "Teams: 'ik ben mijn wachtwoord vergeten' zonder wachtwoord (lastig schoon)")
def _(d):
    a, it = PS(2)
    app = d.sw("Exact Online", "AFAS", "Outlook", "Microsoft 365", "Nmbrs", "Topdesk", "Shopify")
    txt = one(
        lambda: f"{d.p(a.first)}: Hoi {d.p(it.first)}, ik ben mijn wachtwoord van {app} vergeten en nu zit mijn account op slot. "
        f"Kun jij het resetten? Ik moet vóór {d.time()} de facturen versturen.\n{it.first}: Reset-link is naar je mail gestuurd, "
        f"kies een nieuw wachtwoord van minimaal 12 tekens.",
        lambda: f"Van {d.p(a.full)}: mijn wachtwoord voor {app} is verlopen en de resetmail komt niet aan. Kan iemand van IT helpen?",
        lambda: f"@{d.p(it.handle)} wachtwoord vergeten voor {app} 🙈 kan je me een nieuwe uitnodiging sturen? groetjes {d.p(a.first.lower())}")
    return txt


@T("it_ticket_ip", "C", "IT-beheer: storingsticket met medewerker en IP-adres")
def _(d):
    mw, it = PS(2)
    tk = d.k(ticketnr())
    lines = [f"Ticket {tk} - {d.k(pick(['VPN valt weg', 'Printer offline', 'Mail komt niet binnen', 'Trage laptop']))}",
             f"Melder: {d.p(mw.full)} ({d.mail(work_email(mw, pick(['studiokompas.nl', 'rekenwijs.nl', 'lichtpunt.nl'])))})",
             f"Locatie: vestiging {d.city()}",
             f"Publiek IP thuisnetwerk: {d.ip()} (volgens {d.k(pick(['FortiClient', 'de firewall-log', 'WireGuard']))})",
             f"Actie {d.p(it.first)}: {pick(['firmware router bijgewerkt', 'account ontgrendeld', 'nieuwe DNS-instellingen gepusht', 'laptop opnieuw geïnstalleerd'])}. "
             f"Tijd besteed: {d.k(pick(['15 min', '30 min', '1 uur']))}."]
    return "\n".join(lines)


@T("actiepunten", "C", "overleg: actiepuntenlijst met eigenaren en deadlines")
def _(d):
    ps = PS(R.randint(3, 5))
    lines = [d.k(pick(["Actiepunten", "Actielijst", "To do's na overleg"])) + f" {d.date('dm')}", ""]
    tasks = ["offerte nabellen", "rooster zomer maken", "nieuwe printer bestellen", "btw-aangifte Q2 checken",
             "klachten van vorige week afhandelen", "website teksten aanpassen", "leverancier bellen over levertijd",
             "sollicitanten uitnodigen", "kerstpakketten regelen", "verzekering bedrijfsbus verlengen"]
    for p, task in zip(ps, picks(tasks, len(ps))):
        who = one(lambda: d.p(p.first), lambda: d.p(p.full), lambda: "@" + d.p(p.first.lower()))
        lines.append(f"- [ ] {task} ({who}) - {d.date(pick(['d2', 'dm', 'wd']))}")
    lines.append(f"Volgend overleg: {d.date('wd')} {d.time()} via {d.sw('Teams', 'Zoom', 'Google Meet')}.")
    return "\n".join(lines)


@T("mt_notulen", "C", "overleg: MT-notulen met omzet, percentages en namen")
def _(d):
    vz, a, b = PS(3)
    q = d.k(pick(["Q1", "Q2", "Q3", "Q4"]))
    lines = [f"Notulen MT-overleg {d.date('long')}", f"Aanwezig: {d.p(vz.full)} (vz), {d.p(a.first)}, {d.p(b.full)}", "",
             f"1. Cijfers {q}: omzet {d.amt(180000, 900000, cents=False, style=pick(['eur_sp', 'EUR', 'euro']))}, "
             f"marge {d.k(pct(18, 45))}, ziekteverzuim {d.k(pct(2, 8, True))}.",
             f"2. {d.p(a.first)} stelt voor de tarieven met {d.k(pct(3, 9))} te verhogen per {d.k(fdate(rdate(), 'dm'))}. Akkoord.",
             f"3. Nieuwe boekhoudsoftware: keuze tussen {d.k('Exact Online')} en {d.k('Twinfield')}. {d.p(b.formal if chance(0.5) else b.first)} zoekt uit.",
             f"4. Rondvraag: geen."]
    return "\n".join(lines)


@T("intranet_welkom", "C", "intranet: welkom nieuwe collega")
def _(d):
    n, m = PS(2)
    bedr, dom = comp(pick(["office", "install", "transport", "acc"]))
    func = pick(["werkvoorbereider", "planner", "boekhouder", "servicemonteur", "accountmanager", "office manager"])
    lines = [d.k(pick(["Welkom!", "Nieuwe collega", "Even voorstellen"])), "",
             f"Vanaf {d.date('wd')} versterkt {d.p(n.full)} ons team als {func}. "
             f"{d.p(n.first)} komt van {pick(['een installatiebedrijf in ' + city(), 'de gemeente', 'een groot accountantskantoor', 'Coolblue'])} en woont met "
             f"{pick(['haar', 'zijn'])} gezin in {d.city()}.",
             f"{n.zij.capitalize()} werkt de eerste weken samen met {d.p(m.first)}. Zeg even hallo bij de koffieautomaat of stuur een berichtje in {d.sw('Teams', 'Slack')}!",
             f"Mail: {d.mail(work_email(n, dom))}"]
    if "Coolblue" in lines[2]:
        d.k("Coolblue")
    return "\n".join(lines)


@T("intranet_sluiting", "C", "intranet: sluitingsdagen feestdagen met noodnummer")
def _(d):
    p = P()
    lines = [d.k(pick(["Sluitingsdagen", "Feestdagen en openingstijden", "Planning feestdagen"])), "",
             f"Het kantoor is gesloten op {d.k(pick(['Koningsdag (27 april)', 'Hemelvaartsdag', 'Tweede Pinksterdag', 'tweede kerstdag']))} "
             f"en op {d.date('wd')}.",
             f"Bij storingen is {d.p(p.full)} van dienst: {d.tel(phone_mobile())}.",
             f"Vergeet niet je vrije dagen in {d.sw('AFAS', 'Nmbrs', 'Loket.nl')} te zetten. Het verlofsaldo loopt tot {d.k('31 december')}."]
    return "\n".join(lines)


@T("overdracht_zorg", "C", "thuiszorg/zorgcentrum: dienstoverdracht met cliëntnamen")
def _(d):
    c1, c2, c3 = PS(3)
    n1, n2 = PS(2)
    lines = [f"Overdracht {pick(['vroege dienst', 'late dienst', 'nachtdienst'])} {d.date('d2')} - {d.p(n1.first)} → {d.p(n2.first)}", "",
             f"• {c1.title.capitalize()} {d.p(c1.formal)} ({d.k('kamer ' + str(R.randint(1, 40)))}): onrustig geslapen, om {d.time(lo=5, hi=7)} koffie gehad.",
             f"• {d.p(pick([c2.full, c2.initfull]))}: dochter belt vanmiddag over de {pick(['medicatie', 'verjaardag', 'huisartsafspraak'])} ({d.tel()})."]
    lines += [f"• {c3.title.capitalize()} {d.p(c3.formal)}: wond verzorgd, verband morgen wisselen.",
              f"Nachtkastje {d.k('kamer ' + str(R.randint(41, 60)))} is kapot, gemeld in {d.sw('Topdesk')}."]
    return "\n".join(lines)


@T("hotel_overdracht", "C", "hotel: receptie-overdracht met gasten, kamernummers en kenteken")
def _(d):
    g1, g2, r1 = PS(3)
    lines = [f"Overdracht receptie {d.date('wd')} {d.time(lo=22, hi=23)}", f"Door: {d.p(r1.first)}", "",
             f"- {d.k('Kamer ' + str(R.randint(101, 320)))}: {(g1.en_title + ' ' + d.p(g1.last)) if g1.origin == 'en' else d.p(g1.full)} checkt laat in (~{d.k('01:00')}), sleutel in kluisje 3.",
             f"- {d.p(g2.full)} heeft de parkeerplaats gereserveerd, auto {d.kt()}.",
             f"- Rekening {d.k('kamer ' + str(R.randint(101, 320)))} nog open: {d.amt(90, 900, cents=True)} (minibar + late check-out).",
             f"- Ontbijt morgen vanaf {d.k('06:30')} vanwege de groep uit {d.city()}."]
    return "\n".join(lines)

@T("be_mail", "C", "Belgisch-Nederlands: mail met gsm, Belgisch adres en BE-IBAN")
def _(d):
    kl, mw = P("be"), P(pick(["be", "be", "ma", "tr", "it"]))
    bedr, dom = comp("be")
    lines = [f"Dag {d.p(kl.first)},", "",
             f"Bedankt voor uw bestelling. De {pick(['keukenkasten', 'boekenrekken', 'trapleuning', 'flyers'])} worden "
             f"{d.date('wd')} tussen {d.time(be=True, lo=8, hi=11)} en {d.time(be=True, lo=12, hi=17)} geleverd op {be_addr_line(d)}.",
             f"Het voorschot van {d.amt(150, 2500, style=pick(['eur_sp', 'EUR', 'euro']))} mag u storten op {d.iban(iban_be())} "
             f"met vermelding van uw klantnummer {d.k(str(R.randint(10000, 99999)))}.",
             f"Mocht er iets mislopen, bel mij gerust op mijn gsm: {d.tel(phone_be_mob())}.",
             "", "Met vriendelijke groeten,", d.p(mw.full), bedr]
    return "\n".join(lines)


@T("be_factuur", "C", "Belgisch-Nederlands: factuur met gestructureerde mededeling en ondernemingsnummer")
def _(d):
    kl = P("be")
    bedr, dom = comp("be")
    a, b = R.randint(100, 999), R.randint(1000, 9999)
    base = int(f"{a}{b}{R.randint(100, 999)}")
    ck = base % 97 or 97
    gm = d.k(f"+++{str(base)[:3]}/{str(base)[3:7]}/{str(base)[7:]}{ck:02d}+++")
    fn = d.k(factuurnr())
    ex = R.uniform(100, 5000)
    fd, vd = date_pair(14, 30)
    lines = [f"FACTUUR {fn}", bedr, f"Ondernemingsnummer {d.k('BE 0' + str(R.randint(400, 899)) + '.' + str(R.randint(100, 999)) + '.' + str(R.randint(100, 999)))}", "",
             f"Klant: {d.p(pick([kl.full, kl.initfull]))}", be_addr_line(d, sep="\n"), "",
             f"Factuurdatum: {d.k(fdate(fd, 'slash'))}   Vervaldag: {d.k(fdate(vd, 'slash'))}",
             f"Totaal excl. btw: {d.k(money(v=ex, cents=True, style='eur_sp'))}",
             f"Btw {d.k('21%')}: {d.k(money(v=ex * .21, cents=True, style='eur_sp'))}",
             f"Te betalen: {d.k(money(v=ex * 1.21, cents=True, style='eur_sp'))}", "",
             f"Gelieve te betalen op {d.iban(iban_be())} met gestructureerde mededeling {gm}."]
    return "\n".join(lines)


@T("contactformulier", "C", "website: ingevuld contactformulier met velden Naam/Adres/Tel.")
def _(d):
    p = P()
    lab = pick([("Naam:", "Adres:", "Postcode:", "Tel.:", "E-mail:", "Bericht:"),
                ("Naam", "Straat + huisnr", "Postcode", "Telefoonnummer", "E-mailadres", "Vraag"),
                ("NAAM:", "ADRES:", "PC:", "TEL:", "MAIL:", "OPMERKING:")])
    sep = "" if lab[0].endswith(":") else ":"
    caps = lab[0] == "NAAM:"
    nm = d.p(p.caps if caps and chance(0.6) else pick([p.full, p.initfull, p.full.lower()]))
    vraag = one(lambda: f"Ik wil graag een offerte voor {pick(['zonnepanelen', 'een nieuwe cv-ketel', 'schilderwerk', 'een dakkapel'])}. Liefst een afspraak op een {d.k(pick(DAGEN[:5]))}.",
                lambda: "Mijn factuur is dubbel afgeschreven, kunt u dit terugdraaien?",
                lambda: "Hebben jullie nog plek voor een proefles voor mijn dochter van 7?")
    lines = [f"Nieuw bericht via het contactformulier ({d.date('num')} {d.time()})",
             f"{lab[0]}{sep} {nm}", f"{lab[1]}{sep} {d.adr()}", f"{lab[2]}{sep} {d.pc()}",
             f"{lab[3]}{sep} {d.tel()}", f"{lab[4]}{sep} {d.mail(email_of(p))}", f"{lab[5]}{sep} {vraag}"]
    return "\n".join(lines)


@T("zwemles_inschrijving", "C", "sport: inschrijving zwemles met geboortedatum kind (geen BSN)")
def _(d):
    kind = P(g=pick("fm"))
    ouder = P(kind.origin)
    zs, dom = comp("sport")
    lines = [f"Inschrijving {pick(['zwemles', 'dansles', 'judoles', 'turnen'])} - {zs}",
             f"Naam kind: {d.p(pick([kind.first + ' ' + ouder.last, kind.first]))}"]
    lines += [f"Geboortedatum: {d.gb(birth(2016, 2021))}",
              f"Ouder/verzorger: {d.p(ouder.full)}", f"Telefoon: {d.tel()}", f"E-mail: {d.mail(email_of(ouder))}",
              f"Voorkeur: {d.k(pick(DAGEN[:6]))} {d.time(lo=15, hi=17)}",
              f"Lesgeld: {d.amt(45, 95, cents=True)} per {d.k(pick(['maand', '4 weken', 'kwartaal']))}, automatische incasso via {d.iban()}"]
    return "\n".join(lines)


@T("markdown_contacten_klein", "C", "markdown-tabel met 2-3 contactpersonen (geen klantenlijst)")
def _(d):
    ps = PS(R.randint(2, 3))
    rol = ["Opdrachtgever", "Projectleider", "Uitvoerder", "Contactpersoon huurder", "Werkvoorbereider"]
    lines = [f"**Contactpersonen project {d.k(pick(['Zuidkwartier', 'Renovatie Sporthal', 'Nieuwbouw 14 woningen', 'Schoolplein']))}**", "",
             "| Rol | Naam | Telefoon | E-mail |", "|---|---|---|---|"]
    for p, r in zip(ps, picks(rol, len(ps))):
        lines.append(f"| {r} | {d.p(pick([p.full, p.initfull]))} | {d.tel()} | {d.mail(email_of(p))} |")
    lines += ["", f"Bouwvergadering elke {d.k(pick(DAGEN[:5]))} om {d.time()}."]
    return "\n".join(lines)


@T("csv_orders_zonder_namen", "C", "CSV-export van orders zonder persoonsgegevens (lijst, maar geen klantenlijst)")
def _(d):
    n = R.randint(6, 10)
    sep = pick([";", ","])
    lines = [sep.join(["ordernummer", "datum", "bedrag", "status", "verzendmethode"])]
    for _ in range(n):
        o = d.k(ordernr().replace(",", ""))
        a = money(5, 900, style=pick(["eur_sp", "EUR"]), cents=True)
        if sep == ",":
            a = f"\"{a}\""
        d.k(a.strip('"'))
        lines.append(sep.join([o, d.date("iso"), a, pick(["betaald", "verzonden", "retour", "open"]),
                               d.k(pick(["PostNL", "DHL", "DPD", "afhalen"]))]))
    return "\n".join(lines)


@T("pdf_factuur_geplakt", "C", "uit PDF geplakte factuur met rare regelafbrekingen")
def _(d):
    kl = P()
    bedr, dom = comp(pick(["install", "bouw", "office", "transport"]))
    fn = d.k(factuurnr())
    ex = R.uniform(150, 9000)
    txt = (f"{bedr} FACTUUR Factuurnummer: {fn} Factuurdatum: {d.date('num')} Aan: {d.p(pick([kl.full, kl.initfull]))} "
           f"{d.adr()} {d.pc()} {city()} Omschrijving Aantal Prijs Totaal "
           f"{pick(['Montage zonnepanelen', 'Transport en opslag', 'Advieswerkzaamheden', 'Schilderwerk kozijnen'])} 1 "
           f"{d.k(money(v=ex, cents=True, style='eur_sp'))} Subtotaal {d.k(money(v=ex, cents=True, style='EUR'))} "
           f"BTW {d.k('21%')} {d.k(money(v=ex * .21, cents=True, style='EUR'))} Totaal {d.k(money(v=ex * 1.21, cents=True, style='EUR'))} "
           f"Betaling binnen 30 dagen op {d.iban()} o.v.v. het factuurnummer. Pagina 1 van 1")
    return reflow(txt, d)


@T("nps_feedback", "C", "klanttevredenheid: export van 3 reacties met voornamen")
def _(d):
    ps = PS(3)
    lines = ["Score;Voornaam;Opmerking;Datum"]
    for p in ps:
        sc = R.randint(3, 10)
        lines.append(f"{sc};{d.p(p.first)};{pick(['Snel geholpen!', 'Monteur was te laat', 'Prima service', 'Factuur onduidelijk', 'Aardige medewerker aan de telefoon'])};{d.date('num')}")
    lines.append(f"Gemiddelde {d.k('NPS deze maand: ' + str(R.randint(20, 65)))} (vorige maand {d.k(pct(20, 60))} promotors)")
    return "\n".join(lines)


@T("workshop_bevestiging", "C", "evenement: bevestiging inschrijving workshop")
def _(d):
    p = P()
    org, dom = comp(pick(["office", "acc", "sport"]))
    lines = [hello(d, p, pick(["first", "full"])), "",
             f"Je bent ingeschreven voor de workshop '{d.k(pick(['AI in je bedrijf', 'Basis boekhouden', 'LinkedIn voor ondernemers', 'Veilig werken op hoogte']))}' "
             f"op {d.date('wd')} van {d.time(lo=9, hi=13)} tot {d.time(lo=14, hi=17)} in {d.city()}.",
             f"Deelnamekosten: {d.amt(49, 395, style=pick(['eur_sp', 'dash', 'euro']))} (factuur volgt per mail naar {d.mail(email_of(p))}).",
             "Neem je laptop mee. Lunch is inbegrepen.", "", sign(d, P(), company=org, tel=False)]
    return "\n".join(lines)


@T("apk_herinnering", "C", "garage: APK-herinnering met kenteken")
def _(d):
    p = P()
    gar, dom = comp("garage")
    kt = d.kt()
    lines = [hello(d, p, pick(["formal", "formal2", "full", "first"])), "",
             f"De APK van uw {pick(['Volkswagen Golf', 'Toyota Yaris', 'Peugeot 208', 'Kia Niro', 'Ford Transit', 'Opel Corsa'])} met kenteken {kt} verloopt op "
             f"{d.date('long')}.",
             f"Een APK-keuring kost bij ons {d.amt(35, 65, cents=False, style=pick(['eur_sp', 'dash', 'euro']))}; gecombineerd met een kleine beurt {d.amt(180, 320, cents=False)}.",
             f"Plan direct in via onze website of bel {d.tel(phone_land())}.", "", f"Team {gar}"]
    return "\n".join(lines)


@T("vve_bericht", "C", "VvE: mededeling aan bewoners met bestuursleden")
def _(d):
    vz, pm = PS(2)
    lines = [f"Beste bewoners van {d.k(pick(['complex Zonnehof', 'de Watertoren', 'gebouw Rijnzicht', 'Residentie Parkzicht']))},", "",
             f"Op {d.date('wd')} wordt de lift gekeurd tussen {d.time(lo=8, hi=11)} en {d.time(lo=12, hi=17)}.",
             f"De ALV is verplaatst naar {d.date('wd')} om {d.k('19:30')}. Op de agenda: verhoging van de servicekosten met {d.k(pct(3, 12))} "
             f"en het onderhoudsplan ({d.amt(20000, 90000, cents=False)}).",
             f"Vragen over de parkeergarage? Bel {d.p(pm.full)} ({pick(['beheerder', 'technische commissie'])}): {d.tel()}.",
             "", f"Namens het bestuur, {d.p(pick([vz.full, vz.initfull]))} (voorzitter)"]
    return "\n".join(lines)


@T("schoonmaakrooster", "C", "rooster met 6+ voornamen zonder contactgegevens (lastig schoon)")
def _(d):
    ps = PS(R.randint(6, 9))
    week = d.k(f"week {R.randint(1, 52)}")
    lines = [f"{d.k(pick(['Rooster', 'Schoonmaakrooster keuken', 'Planning', 'Koffiedienst']))} {week}"]
    dagen = DAGEN[:5]
    for i, dag in enumerate(dagen):
        names = ps[i % len(ps)], ps[(i + 3) % len(ps)]
        lines.append(f"{d.k(dag.capitalize())}: {d.p(names[0].first)} + {d.p(names[1].first)}")
    rest = [p for p in ps if not any(p.first == x for x in [ps[i % len(ps)].first for i in range(5)] + [ps[(i + 3) % len(ps)].first for i in range(5)])]
    for p in rest:
        lines.append(f"Reserve: {d.p(p.first)}")
    lines.append("Vaatwasser 's avonds aanzetten en de koelkast op vrijdag leeghalen!")
    return "\n".join(lines)


@T("wachtwoordbeleid", "C", "intranet: wachtwoordbeleid zonder echt wachtwoord (lastig schoon)")
def _(d):
    it = P()
    lines = [d.k(pick(["Nieuw wachtwoordbeleid", "Beveiliging: wachtwoorden", "IT-update"])), "",
             f"Vanaf {d.date('wd')} geldt: een wachtwoord heeft minimaal {d.k(pick(['12', '14', '16']) + ' tekens')} en je gebruikt het nergens anders.",
             f"Gebruik de wachtwoordmanager ({d.sw('Bitwarden', '1Password', 'Keeper')}); deel nooit wachtwoorden via {d.sw('WhatsApp', 'Teams', 'Slack')} of mail.",
             f"Tweestapsverificatie wordt verplicht voor {d.sw('Microsoft 365', 'Exact Online', 'Google Workspace')}.",
             f"Een wachtwoord als 'Welkom123' of je kenteken is dus geen goed idee 😉",
             f"Vragen: {d.p(it.first)} van IT, {d.k('toestel ' + str(R.randint(200, 299)))}."]
    return "\n".join(lines)


@T("api_key_rotatie", "C", "dev: melding over verlopen API-key zonder de key zelf (lastig schoon)")
def _(d):
    a, b = PS(2)
    svc = d.sw("Mollie", "Sendcloud", "Exact Online", "Mailchimp", "Google Maps", "Shopify")
    lines = [f"{d.p(a.first)}: De API-key van {svc} is vannacht verlopen, daarom faalden de webhooks sinds {d.time(lo=0, hi=6)}.",
             f"{d.p(b.first)}: Ik heb een nieuwe sleutel aangemaakt en in de secrets-vault gezet (niet in de repo!). Staging draait weer.",
             f"{a.first}: Top. Rotatie voortaan elke {d.k(pick(['90 dagen', '6 maanden', 'maand']))}, ik maak er een ticket van: {d.k(ticketnr())}."]
    return "\n".join(lines)


@T("ordernummer_lijkt_bsn", "C", "webshop: 9-cijferige order-/klantnummers die op een BSN lijken (geen 11-proef)")
def _(d):
    p = P()
    o = d.k(not_bsn9())
    kn = d.k(not_bsn9())
    lines = [hello(d, p, pick(["first", "full", "formal2"])), "",
             one(lambda: f"Uw bestelling {o} is vandaag verzonden. Uw klantnummer is {kn}.",
                 lambda: f"Ordernummer: {o}\nKlantnummer: {kn}\nStatus: in behandeling",
                 lambda: f"We hebben uw retour onder referentie {o} ontvangen (klantnr. {kn})."),
             f"Het bedrag van {d.amt(10, 400)} wordt binnen {d.k('3 werkdagen')} verwerkt.",
             "", f"Team {comp('shop')[0]}"]
    return "\n".join(lines)


@T("ziekmelding", "C", "HR: ziekmelding zonder medische details of BSN")
def _(d):
    zk, lg = PS(2)
    lines = [one(lambda: f"Hoi {d.p(lg.first)}, ik meld me ziek. Ik hoop {d.k(pick(DAGEN[:5]))} weer te werken. Mijn afspraken van vandaag "
                 f"heb ik doorgezet naar {d.p(P().first)}. Groet, {d.p(zk.first)}",
                 lambda: f"Bericht voor het team: {d.p(zk.full)} is vandaag ziek. Vragen over {zk.haar_bez} projecten graag naar "
                 f"{d.p(lg.full)} ({d.tel()}).",
                 lambda: f"Ziekmelding {d.date('num')}: {d.p(zk.initfull)}, gemeld om {d.time(lo=7, hi=9)} bij {d.p(lg.first)}. Verwachte duur: "
                 f"{d.k(pick(['1-2 dagen', 'onbekend', 'rest van de week']))}.")]
    return "\n".join(lines)


@T("hotel_creditcard", "C", "hotel: boekingsbevestiging met creditcardnummer (CREDITCARD)")
def _(d):
    g = P()
    h, dom = comp("hotel")
    st = date_pair(1, 6, workday=False)
    lines = [f"Boekingsbevestiging {h}", f"Gast: {d.p(pick([g.full, g.sorted]))}",
             f"Aankomst: {d.k(fdate(st[0], 'wd'))}  Vertrek: {d.k(fdate(st[1], 'wd'))}",
             f"Kamer: {d.k(pick(['Standaard tweepersoons', 'Deluxe', 'Familiekamer', 'Suite']))}, {d.amt(89, 260, cents=True)} per nacht excl. toeristenbelasting",
             f"Garantie: {(lambda c: ('Visa' if c[0] == '4' else 'American Express' if c[0] == '3' else 'Mastercard') + ' ' + c)(d.cc())} (vervalt {d.k(f'{R.randint(1, 12):02d}/{R.randint(26, 30)}')})",
             f"Telefoon gast: {d.tel()}"]
    return "\n".join(lines)


@T("bloemist_bestelling", "C", "bloemist: bestelling met kaarttekst; namen die ook woorden zijn")
def _(d):
    ontv = P(pick(["nl", "nl", "fy"]))
    if chance(0.5):
        ontv = Person(pick(["Roos", "Bloem", "Merel", "Iris", "Fleur", "Jasmijn", "Mees", "Storm", "Sterre"]),
                      pick(["Winter", "de Winter", "Groen", "Koning", "Berg", "Roos", "Zwart", "Vrede", "Post", "Prins"]),
                      "f", "nl")
        if ontv.first == ontv.last:
            ontv.last = "van " + ontv.last
    afz = P()
    bl, dom = comp("bloem")
    kaart = one(lambda: f"Lieve {d.p(ontv.first)}, van harte beterschap! Liefs, {d.p(afz.first)}",
                lambda: f"Gefeliciteerd {d.p(ontv.first)}! xx {d.p(afz.first)} en de kinderen",
                lambda: f"Voor {d.p(ontv.first)}: sterkte deze dagen. {d.p(afz.full)}")
    lines = [f"Bestelling {bl} - {d.k(ordernr())}",
             f"Product: {d.k(pick(['Boeket Zomerweide', 'Rozen rood (20 stuks)', 'Pioenrozen', 'Tulpenmix', 'Boeket Seizoenspluk']))} - {d.amt(25, 90, cents=True)}",
             f"Bezorgen bij: {d.p(ontv.full)}, {d.adr()}, {d.pc()} {city()} op {d.date('wd')}",
             f"Kaartje: \"{kaart}\"",
             f"Besteld door: {d.p(afz.full)} ({d.tel()})"]
    return "\n".join(lines)


@T("sportschool_opzegging", "C", "sportschool: opzegging abonnement met IBAN")
def _(d):
    p = P()
    sp, dom = comp("sport")
    lines = [f"Onderwerp: opzeggen abonnement", "", "Beste medewerker,", "",
             f"Hierbij zeg ik mijn abonnement ({d.k(pick(['All-in', 'Flex', 'Basic', 'Dal']))}, {d.amt(19, 60, cents=True)} per maand) op per "
             f"{d.date('long')}. Mijn lidnummer is {d.k(str(R.randint(100000, 999999)))}.",
             f"Wilt u de incasso op {d.iban()} stopzetten?", "",
             sign(d, p, form=pick([p.full, p.initfull]), tel=chance(0.5)), f"{addr_line(d)}"]
    return "\n".join(lines)


@T("fietsenmaker_bon", "C", "fietsenmaker: reparatiebon en SMS ophalen")
def _(d):
    p = P()
    fm, dom = comp("fiets")
    nr = d.k(f"R{R.randint(1000, 9999)}")
    lines = [f"{fm} - reparatiebon {nr}", f"Klant: {d.p(pick([p.full, p.formal, p.first + ' ' + p.last]))}  Tel: {d.tel(phone_mobile())}",
             f"Fiets: {d.k(pick(['Gazelle Orange C7', 'Batavus Finez', 'VanMoof S3', 'Cortina E-U4', 'Sparta a-Shine', 'Urban Arrow bakfiets']))}",
             f"Werk: {pick(['band achter + binnenband', 'remblokken voor en achter', 'kettingset vervangen', 'accu-diagnose', 'verlichting'])}",
             f"Prijs: {d.amt(15, 260, cents=True, style=pick(['eur_sp', 'eur_nosp', 'dash']))}", "",
             f"SMS {d.date('d2')} {d.time()}: Uw fiets is klaar en kan worden opgehaald tot {d.k('18:00')}. {fm}"]
    return "\n".join(lines)


@T("hr_loonsverhoging_algemeen", "C", "HR: aankondiging loonsverhoging algemeen (geen loonstrook)")
def _(d):
    dir_ = P()
    lines = [d.k(pick(["Salarisronde", "Nieuws van de directie", "Loonsverhoging"])), "",
             f"Goed nieuws: per {d.k(fdate(rdate(), 'dm'))} stijgen alle salarissen met {d.k(pct(2, 6, True))}. De reiskostenvergoeding gaat naar "
             f"{d.amt(0.21, 0.23, cents=True, style='eur_sp')} per km.",
             f"Het vakantiegeld ({d.k('8%')}) wordt zoals altijd in {d.k(pick(['mei', 'juni']))} uitbetaald. Je ziet de verhoging terug op je loonstrook van "
             f"{d.k(pick(MAANDEN))} in {d.sw('Nmbrs', 'Loket.nl', 'AFAS')}.",
             "", f"{d.p(pick([dir_.full, dir_.first]))}, directie"]
    return "\n".join(lines)


@T("debiteur_telefoonlog", "C", "debiteurenbeheer: belnotities bij één openstaande factuur")
def _(d):
    deb, mw = PS(2)
    fn = d.k(factuurnr())
    lines = [f"Debiteur: {d.p(pick([deb.full, deb.sorted]))} - factuur {fn} - {d.amt(100, 6000, cents=True)}",
             f"{d.date('d2')}: gebeld naar {d.tel()}, voicemail.",
             f"{d.date('d2')}: {d.p(deb.first if chance(0.5) else deb.formal)} belt terug, betaalt in {d.k('3 termijnen')}.",
             f"{d.date('d2')}: eerste termijn {d.amt(50, 2000, cents=True)} ontvangen ({d.p(mw.first)})."]
    return "\n".join(lines)


@T("agenda_uitnodiging", "C", "agenda: uitnodiging met 3 deelnemers (e-mailadressen)")
def _(d):
    ps = PS(3)
    org = P()
    lines = [f"Uitnodiging: {d.k(pick(['Kwartaalcijfers', 'Kick-off project', 'Evaluatie pilot', 'Planning zomer']))}",
             f"Wanneer: {d.date('wdy')} {d.time(lo=8, hi=12)} - {d.time(lo=13, hi=17)} (Amsterdam)", f"Waar: {d.sw('Teams', 'Zoom', 'Google Meet')}",
             f"Organisator: {d.p(org.full)}", "Deelnemers:"]
    for p in ps:
        lines.append(f"  {d.p(p.full)} <{d.mail(email_of(p, pick(['rekenwijs.nl', 'lichtpunt.nl', 'gmail.com', 'koersvast.nl'])))}>")
    d.k("Amsterdam")
    return "\n".join(lines)


@T("recruitment_en", "C", "recruitment: Engelstalige mail aan internationale kandidaat")
def _(d):
    c = P(pick(["in", "ua", "pt", "it", "gr", "en", "pl", "sy"]))
    r = P()
    bedr, dom = comp(pick(["office", "transport"]))
    lines = [f"Dear {d.p(c.first)},", "",
             f"Thank you for applying for the {d.k(pick(['Data Analyst', 'Logistics Planner', 'Backend Developer', 'Customer Success Manager']))} role at {bedr}.",
             f"We would like to invite you for a video call on {d.k(fdate(rdate(), 'en'))} at {d.k(pick(['10:00', '14:30', '16:00']))} CET.",
             f"The gross salary range is {d.amt(3800, 4500, cents=False, style='en')} - {d.amt(4600, 6200, cents=False, style='en')} per month, "
             f"plus the Dutch holiday allowance of 8%.",
             "", "Kind regards,", d.p(r.full), f"Talent Acquisition | {d.tel()}"]
    d.k("8%")
    return "\n".join(lines)


@T("dierenarts_afspraak", "C", "dierenarts: afspraakbevestiging eigenaar + huisdier")
def _(d):
    e = P()
    dk, dom = comp("dier")
    pet = pick(["Bolletje", "Pluis", "Snuf", "Kiki", "Dribbel", "Toffee"])
    lines = [hello(d, e, pick(["first", "formal2"])), "",
             f"Hierbij bevestigen we de afspraak voor {pet} ({d.k(pick(['kat', 'hond', 'konijn', 'cavia']))}) op {d.date('wd')} om {d.time()} "
             f"voor {pick(['de jaarlijkse vaccinatie', 'de castratie', 'een gebitscontrole', 'nacontrole'])}.",
             f"Kosten indicatie: {d.amt(40, 350, style=pick(['eur_sp', 'euro', 'dash']))}. Graag nuchter brengen.",
             "", f"{dk}, {d.tel(phone_land())}"]
    return "\n".join(lines)


@T("csv_twee_klanten", "C", "CSV met 2 klanten en contactgegevens (te klein voor klantenlijst)")
def _(d):
    ps = PS(2)
    sep = pick([";", ","])
    lines = [pick(["Nieuwe leads van de beurs (allebei terugbellen):", "Klanten die vandaag belden:", "Twee aanmeldingen:"]),
             sep.join(["naam", "telefoon", "email", "plaats"])]
    for p in ps:
        lines.append(sep.join([d.p(p.full), d.tel(), d.mail(email_of(p)), d.city()]))
    return "\n".join(lines)


@T("be_ontwerp_overeenkomst", "C", "Belgisch: ontwerp-samenwerkingsovereenkomst, niet ondertekend")
def _(d):
    a, b = P("be"), P(pick(["be", "nl"]))
    lt = date_pair(90, 400)
    lines = [d.k("ONTWERP") + f" - versie {R.randint(1, 4)} - niet voor ondertekening", "Samenwerkingsovereenkomst", "",
             f"Tussen {d.p(a.full)}, zaakvoerder van {comp('be')[0]}, en {d.p(b.full)}, freelance consultant.",
             f"Vergoeding: {d.amt(55, 120, cents=False, style=pick(['eur_sp', 'EUR']))} per uur, facturatie maandelijks.",
             f"Looptijd: van {d.k(fdate(lt[0], 'long'))} tot {d.k(fdate(lt[1], 'long'))}.", "",
             f"Opmerking {d.p(a.first)}: artikel 5 (concurrentiebeding) nog te bespreken; na akkoord maken we de definitieve tekst op ter ondertekening."]
    return "\n".join(lines)


@T("loonstrook_vraag", "C", "HR: vraag over loonstrook zonder de strook zelf (lastig schoon)")
def _(d):
    wn, hr = PS(2)
    txt = one(lambda: f"Hoi {d.p(hr.first)}, op mijn loonstrook van {d.k(pick(MAANDEN))} mis ik de reiskostenvergoeding. Kun je even kijken? Groet, {d.p(wn.first)}",
              lambda: f"Vraag van {d.p(wn.full)}: waar kan ik mijn loonstroken van vorig jaar terugvinden in {d.sw('Nmbrs', 'Loket.nl', 'AFAS')}?",
              lambda: f"@{d.p(hr.handle)} wanneer komen de jaaropgaven online? Ik heb ze nodig voor de hypotheekaanvraag. thx, {d.p(wn.first.lower())}")
    return txt


@T("taxatie_afspraak", "C", "makelaar/taxateur: afspraak taxatie met adres en kosten")
def _(d):
    p, t = PS(2)
    lines = [hello(d, p, pick(["formal", "first", "formal2"])), "",
             f"Hierbij bevestig ik de taxatie van uw woning aan de {d.adr()} in {city()} op {d.date('wd')} om {d.time()}.",
             f"Het taxatierapport (NWWI-gevalideerd) kost {d.amt(595, 895, cents=False, style=pick(['eur_sp', 'dash', 'euro']))} incl. btw en is "
             f"binnen {d.k('5 werkdagen')} klaar.",
             f"Wilt u de WOZ-beschikking en het energielabel klaarleggen?", "", sign(d, t, role="Register-taxateur", tel=True)]
    d.k("NWWI")
    return "\n".join(lines)


@T("pakket_kwijt", "C", "bezorging: pakket kwijt, afgegeven bij buren")
def _(d):
    kl, buur = PS(2)
    tt = d.k("3S" + rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(9))
    lines = [f"Hallo {pick(['PostNL', 'DHL', 'klantenservice'])},", "",
             f"Volgens de track & trace ({tt}) is mijn pakket op {d.date('wd')} om {d.time()} afgegeven bij de buren op {d.adr()}, "
             f"maar daar woont {d.p(buur.full)} en die heeft niets ontvangen.",
             f"Kunt u nagaan waar het is? Mijn eigen adres is {addr_line(d)}, tel. {d.tel()}.", "", sign(d, kl, tel=False)]
    for s in ("PostNL", "DHL"):
        if s in lines[0]:
            d.k(s)
    return "\n".join(lines)


@T("bouw_weekplanning", "C", "aannemer: weekplanning ploeg met voornamen en twee bouwadressen")
def _(d):
    crew = PS(4)
    a1, a2 = d.adr(), d.adr()
    lines = [f"{d.k('Planning')} {d.k('week ' + str(R.randint(1, 52)))}", "",
             f"{d.k('Maandag')}-{d.k('woensdag')}: {d.p(crew[0].first)}, {d.p(crew[1].first)} → {a1} ({city()}), sloopwerk + afvoer container",
             f"{d.k('Donderdag')}: {d.p(crew[2].first)} → {a2}, kozijnen stellen",
             f"{d.k('Vrijdag')}: iedereen naar {a1}, oplevering met de klant om {d.time(lo=13, hi=15)}",
             f"{d.p(crew[3].first)} is {d.k(pick(DAGEN[:5]))} vrij (tandarts)."]
    return "\n".join(lines)


@T("crm_notitie", "C", "CRM: klantnotitie met historie (HubSpot-achtig)")
def _(d):
    kl, acc = PS(2)
    lines = [f"{d.sw('HubSpot', 'Salesforce', 'Pipedrive')} - contact: {d.p(kl.full)}", f"Bedrijf: {pick(COMP['office'] + COMP['install'])[0]}",
             f"Telefoon: {d.tel()}  |  E-mail: {d.mail(email_of(kl, pick(['gmail.com', 'outlook.com', 'ziggo.nl'])))}",
             f"Eigenaar: {d.p(acc.first)}", "",
             f"{d.date('num')} - Demo gegeven, interesse in jaarlicentie ({d.amt(1200, 9000, cents=False)}).",
             f"{d.date('num')} - {d.p(kl.first)} vraagt {d.k(pct(5, 15))} korting bij 3 jaar. Intern overleggen.",
             f"{d.date('num')} - Offerte {d.k(f'Q-{R.randint(1000, 9999)}')} verstuurd."]
    return "\n".join(lines)


@T("reisclaim_en_nl", "C", "verzekering: reisclaim deels Engels (bon uit buitenland)")
def _(d):
    p = P()
    ins = d.k(pick(INSURERS))
    land, plek = pick([("Portugal", "Faro Airport"), ("Kroatië", "Split bus station"), ("Turkije", "Antalya hotel lobby"),
                       ("Schotland", "Edinburgh Waverley"), ("Italië", "Napoli Centrale"), ("Spanje", "Barcelona Sants")])
    lines = [f"Claim reisverzekering {ins} - polis {d.k(polisnr())}", f"Verzekerde: {d.p(p.full)}, {d.tel()}", "",
             f"Tijdens onze vakantie in {d.k(land)} is op {d.date('long')} mijn koffer gestolen.",
             f"Police report (translated): \"Victim {d.p(p.last.upper() if chance(0.5) else p.full.upper())} reported theft of luggage at {d.k(plek)}.\"",
             f"Waarde inhoud: ongeveer {d.amt(300, 2500, cents=False)}. Uitkering graag op {d.iban()}."]
    return "\n".join(lines)


@T("kapper_whatsapp", "C", "kapsalon/schoonheidssalon: WhatsApp afspraak verzetten")
def _(d):
    kl, kp = PS(2)
    t = d.time()
    lines = [f"{d.p(kl.first)}: Hoi! Kan mijn afspraak van {d.date('d2')} om {t} naar later in de week?",
             f"{d.p(kp.first)}: Hoi {kl.first}! {d.k(pick(DAGEN[2:6]).capitalize())} om {d.time()} kan nog, knippen + kleuren is {d.amt(65, 140, cents=False, style=pick(['eur_sp', 'euro', 'dash']))}",
             f"{kl.first}: perfect 😊",
             f"{kp.first}: Staat erin! Tot dan x"]
    return "\n".join(lines)


@T("rijschool_planning", "C", "rijschool: lesplanning leerling met geboortedatum (CBR)")
def _(d):
    ll, ins = PS(2)
    rs_ = pick(["Rijschool Groen Licht", "Autorijschool De Rotonde", "Rijschool Vooruit"])
    lines = [f"{rs_} - leerlingkaart", f"Leerling: {d.p(pick([ll.full, ll.sorted_first]))}",
             f"Geboortedatum: {d.gb(birth(2006, 2008))} (voor aanvraag {d.k('CBR')}-examen)",
             f"Instructeur: {d.p(ins.first)}   Auto: {d.kt()}",
             f"Lessen: {d.date('d2')} {d.time()}, {d.date('d2')} {d.time()}",
             f"Pakket {d.k(pick(['20 lessen', '30 lessen + examen', 'spoedcursus']))}: {d.amt(1200, 2600, cents=False)}, restant {d.amt(100, 900, cents=False)}",
             f"Ouder: {d.tel()}"]
    return "\n".join(lines)


@T("klachtbrief_antwoord", "C", "klachtafhandeling: formele brief met referentie en compensatie")
def _(d):
    kl, mw = PS(2)
    bedr, dom = comp(pick(["transport", "install", "shop", "hotel"]))
    ref = d.k(f"KL-{R.randint(2025, 2026)}-{R.randint(100, 999)}")
    kd = d.k(fdate(rdate(), "dm"))
    lines = [d.p(pick([kl.initfull, kl.full])), addr_line(d, sep="\n"), "",
             f"{d.city()}, {d.date('long')}", f"Uw kenmerk: e-mail van {kd}", f"Ons kenmerk: {ref}", "",
             hello(d, kl, pick(["formal", "geachte_full"])), "",
             f"Op {kd} ontvingen wij uw klacht over {pick(['de verhuizing', 'de installatie van de airco', 'uw verblijf', 'de levering'])}. "
             f"Wij hebben dit besproken met {d.p(P().full)}, die de werkzaamheden uitvoerde.",
             f"Als tegemoetkoming storten wij {d.amt(25, 400, cents=False)} terug op uw rekening.",
             "", sign(d, mw, role="Kwaliteitsmanager", company=bedr, form=pick([mw.initfull, mw.full]), greet="Met vriendelijke groet,")]
    return "\n".join(lines)


@T("telefoonnotitie_caps", "C", "ALL CAPS-notitie van telefoongesprek (oud systeem)")
def _(d):
    p = P()
    lines = [f"NOTITIE {d.date('num')} {d.time()}",
             f"KLANT: {d.p(p.caps if chance(0.5) else p.sorted.upper())}",
             f"ADRES: {d.adr(street().upper())}",
             f"TEL: {d.tel()}",
             f"KLACHT: {pick(['VERWARMING DOET HET NIET', 'DAK LEKT BIJ SCHOORSTEEN', 'BESTELLING ONVOLLEDIG', 'VERKEERDE KLEUR GELEVERD'])}",
             f"AFSPRAAK: {d.k(fdate(rdate(), 'wd').upper())} {d.time()}"]
    return "\n".join(lines)

@T("brief_met_titels", "C", "adviesbureau/accountant: brief met academische titels (drs., ir., mr.) en RA/MSc-achtervoegsels")
def _(d):
    a, b, c = PS(3)
    bedr, dom = comp(pick(["office", "acc", "law"]))
    ta, tb = pick(ACAD), pick(ACAD)
    suf = pick(["RA", "AA", "MSc", "MBA", "RB", ""])
    lines = [f"Aan: {ta} {d.p(a.initfull)}", f"Van: {tb} {d.p(b.initfull)}{(' ' + suf) if suf else ''}",
             f"CC: {d.p(c.full)}", f"Datum: {d.date('long')}", f"Betreft: {d.k(pick(['Jaarrekening 2025', 'Constructieberekening dakopbouw', 'Advies herstructurering', 'Second opinion taxatie']))}", "",
             f"Geachte {a.heer} {d.p(a.formal)},", "",
             f"Naar aanleiding van ons gesprek van {d.date('wd')} stuur ik u hierbij de conceptversie. "
             f"Onze kosten bedragen {d.amt(900, 9000, cents=False)} excl. btw; {d.p(c.first)} stemt de planning met u af.",
             "", "Met vriendelijke groet,", f"{tb} {b.initfull}{(' ' + suf) if suf else ''}", bedr]
    return "\n".join(lines)


@T("restaurant_klacht_mail", "C", "horeca: klachtmail van gast over diner en rekening")
def _(d):
    g = P()
    rest, dom = comp("resto")
    x = rdate(workday=False)
    lines = [f"Onderwerp: klacht over ons diner van {d.k(fdate(x, 'wd'))}", "",
             pick(["Geachte heer/mevrouw,", "Beste eigenaar,", "Hallo,"]), "",
             f"Op {fdate(x, 'wd')} hebben wij met {d.k(str(R.randint(2, 9)) + ' personen')} gegeten bij {rest}. "
             f"{pick(['De vis was niet gaar en we moesten ruim een uur wachten op het hoofdgerecht.', 'Er stonden twee flessen wijn op de rekening die we niet hebben besteld.', 'Mijn dochter heeft een notenallergie; dat hadden we bij de reservering gemeld, toch zat er pesto in het gerecht.'])}",
             f"De rekening was {d.amt(120, 600, cents=True)}. Ik verwacht een gedeeltelijke terugbetaling op {d.iban()}.",
             "", sign(d, g, tel=chance(0.6))]
    return "\n".join(lines)


@T("verhuis_offerte", "C", "verhuisbedrijf: offerte met twee adressen (van/naar)")
def _(d):
    kl, pl = PS(2)
    vb, dom = comp("transport")
    lines = [hello(d, kl, pick(["formal", "first", "formal2"])), "",
             f"Dank voor uw aanvraag. Hierbij onze offerte voor de verhuizing op {d.date('wd')}:",
             f"- Van: {addr_line(d)} ({pick(['3e verdieping, geen lift', 'benedenwoning', 'appartement met lift'])})",
             f"- Naar: {addr_line(d)}",
             f"- Volume ca. {d.k(str(R.randint(18, 60)) + ' m³')}, {d.k(str(R.randint(2, 4)) + ' verhuizers')}, inclusief {pick(['verhuislift', 'inpakservice', 'dozen'])}",
             f"- Prijs: {d.amt(650, 3200, cents=False)} incl. btw, parkeervergunning {d.amt(20, 80, cents=False)} extra",
             "", sign(d, pl, role="Planning", company=vb, tel=True)]
    return "\n".join(lines)


@T("contract_getekend_melding", "C", "chat: 'heb het contract getekend' zonder contracttekst of handtekeningblok (lastig schoon)")
def _(d):
    a, b = PS(2)
    txt = one(lambda: f"{d.p(a.first)}: Ik heb de huurovereenkomst gisteren getekend en teruggestuurd 🎉 sleutel krijg ik {d.date('wd')}",
              lambda: f"Hoi {d.p(b.first)}, de klant heeft de offerte via {d.sw('DocuSign', 'Signhost', 'Yousign')} getekend. Kun jij de planning maken? Start {d.date('wd')}. {d.p(a.first)}",
              lambda: f"Update: {d.p(a.full)} heeft het arbeidscontract nog niet getekend, ik bel {a.haar} {d.date('wd')} even na. Het salaris ({d.amt(2600, 4200, cents=False)}) is wel akkoord.")
    return txt


@T("kvk_uittreksel", "C", "KvK-uittreksel eenmanszaak met geboortedatum eigenaar (geen BSN)")
def _(d):
    e = P()
    naam = pick(["Klusbedrijf", "Hoveniersbedrijf", "Schoonheidssalon", "Fotostudio", "Koeriersdienst", "Vertaalbureau"]) + " " + pick(["De Eik", "Zonnig", "Vakwerk", "Bliksem", "Helder", "Noorderzon"])
    lines = [f"Uittreksel Handelsregister Kamer van Koophandel", f"KvK-nummer: {d.k(kvk())}", f"Handelsnaam: {d.k(naam)}",
             f"Rechtsvorm: Eenmanszaak", f"Bezoekadres: {addr_line(d)}", f"Datum vestiging: {d.k(fdate(rdate(datetime.date(2008, 1, 1), 5000), 'num'))}",
             f"SBI-code: {d.k(pick(['4399', '8130', '9602', '7420', '5320', '7430']))}", "", "Eigenaar",
             f"Naam: {d.p(pick([e.sorted, e.full]))}", f"Geboortedatum: {d.gb()}",
             f"Datum in functie: {d.k(fdate(rdate(datetime.date(2008, 1, 1), 5000), 'num'))}"]
    return "\n".join(lines)


@T("kenteken_overschrijving", "C", "autobedrijf: notitie tenaamstelling/overschrijving kenteken")
def _(d):
    v, k = PS(2)
    kt = d.kt()
    lines = [f"Verkoop {d.k(pick(['Toyota Corolla Touring Sports', 'Volkswagen Caddy', 'Kia Ceed', 'Renault Clio', 'Skoda Octavia']))} - {kt}",
             f"Verkoper: {d.p(v.full)}, {d.tel()}", f"Koper: {d.p(pick([k.full, k.initfull]))}, {d.mail(email_of(k))}",
             f"Prijs: {d.amt(4000, 28000, cents=False, style=pick(['eur_sp', 'EUR', 'dash']))}, aanbetaling {d.amt(250, 1500, cents=False)} ontvangen.",
             f"Overschrijving bij het RDW-loket op {d.date('wd')}; tellerstand {d.k(str(R.randint(40, 210)) + '.' + digits(3) + ' km')}."]
    d.k("RDW-loket")
    return "\n".join(lines)


@T("taart_bestelling", "C", "bakkerij: taartbestelling met naam op de taart")
def _(d):
    kl = P()
    jar = P()
    lines = [f"Bestelling {d.k('#' + str(R.randint(1000, 9999)))}", f"Klant: {d.p(kl.full)} - {d.tel()}",
             f"Product: {d.k(pick(['slagroomtaart 12 pers.', 'chocoladetaart 8 pers.', 'fototaart 20 pers.', 'appeltaart groot']))} - {d.amt(18, 75, cents=True)}",
             f"Tekst op taart: \"{pick(['Gefeliciteerd', 'Hoera', 'Van harte'])} {d.p(jar.first)}{pick(['!', ' 40!', ' 18 jaar!', ' 65!'])}\"",
             f"Ophalen: {d.date('wd', workday=False)} na {d.time(lo=9, hi=14)}"]
    return "\n".join(lines)


@T("thuiszorg_planning_caps_lower", "C", "thuiszorg: routebriefje met cliënten in hoofdletters/kleine letters")
def _(d):
    cs = PS(3)
    mw = P()
    lines = [f"route {d.k(pick(['ochtend', 'avond']))} {d.date('d2')} - {d.p(mw.first.lower())}"]
    tt = sorted(R.sample(range(7 * 60, 11 * 60, 5), len(cs)))
    for c, t in zip(cs, tt):
        nm = one(lambda: d.p(c.formal.upper()), lambda: d.p(c.lower), lambda: d.p(f"{c.formal.upper()}, {c.first}"))
        lines.append(f"{d.k(f'{t // 60:02d}:{t % 60:02d}')} {nm} - {pick(['steunkousen', 'medicatie', 'douchen', 'insuline', 'wondzorg'])} - {d.adr()}")
    lines.append(f"sleutelkastje code bij {d.p(P().first)} navragen")
    return "\n".join(lines)


@T("declaratie_bonnetjes", "C", "HR/administratie: onkostendeclaratie met winkel-/merknamen die op namen lijken")
def _(d):
    wn, fin = PS(2)
    brands = picks(BRAND_NAMES, 3)
    lines = [d.k("Declaratie") + f" {d.k(pick(MAANDEN))} - {d.p(pick([wn.full, wn.initfull]))}", ""]
    tot = 0
    for b in brands:
        v = round(R.uniform(4, 180), 2)
        tot += v
        lines.append(f"- {d.k(b)}: {BRAND_USE.get(b, 'kantoorartikelen')} {d.k(money(v=v, cents=True, style='eur_sp'))}")
    lines += [f"Totaal: {d.k(money(v=tot, cents=True, style='eur_sp'))}", f"{d.k('Bank')}: graag overmaken op {d.iban()}",
              f"Goedgekeurd door {d.p(fin.first)} op {d.date('num')}."]
    return "\n".join(lines)


@T("verlofaanvraag", "C", "HR: verlofaanvraag met weekdag aan zinsbegin en maandnamen")
def _(d):
    wn, lg = PS(2)
    a, b = date_pair(2, 18)
    wd = DAGEN[a.weekday()].capitalize()
    lines = [f"Hoi {d.p(lg.first)},", "",
             f"Ik wil graag verlof aanvragen van {d.k(fdate(a, 'wd'))} tot en met {d.k(fdate(b, 'wd'))}. "
             f"{d.k(wd)} ben ik nog wel bereikbaar voor spoed via {d.tel(phone_mobile())}.",
             f"In {d.k(MAANDEN[b.month - 1].capitalize() if chance(0.3) else MAANDEN[b.month - 1])} heb ik dan nog {d.k(str(R.randint(3, 20)) + ' uur')} saldo over volgens {d.sw('AFAS', 'Nmbrs', 'Loket.nl')}.",
             f"{d.p(P().first)} neemt mijn klanten over.", "", f"Groet, {d.p(wn.first)}", d.k("Team") + " " + pick(["Binnendienst", "Planning", "Support", "Sales"])]
    return "\n".join(lines)

# ==============================================================================================
# BLOCKED TEMPLATES
# ==============================================================================================
# ---------------------------------------------------------------------------------- BSN ------
@T("zorgverzekering_aanmelding", "B", "BSN: aanmeldformulier zorgverzekering via werkgever (collectief)")
def _(d):
    p = P()
    verz = d.k(pick(ZORGVERZ))
    lab = pick([("Burgerservicenummer", "Geboortedatum"), ("BSN", "Geb. datum"), ("BSN-nummer", "Geboren op")])
    lines = [f"Aanmelding collectieve zorgverzekering {verz}", "",
             f"Naam: {d.p(pick([p.full, p.sorted]))}", f"{lab[0]}: {d.bsn()}", f"{lab[1]}: {d.gb()}",
             f"Adres: {addr_line(d)}", f"Telefoon: {d.tel()}", f"IBAN (premie-incasso): {d.iban()}",
             f"Pakket: {d.k(pick(['Basis Budget', 'Basis Restitutie', 'Aanvullend 2 sterren', 'Tand Basis']))} - {d.amt(120, 190, cents=True)} per maand",
             f"Ingangsdatum: {d.date('num')}"]
    return "\n".join(lines)


@T("fysio_intake_bsn", "B", "BSN: intakeformulier fysiotherapie met verzekeraar en huisarts")
def _(d):
    pat, ha, fys = PS(3)
    pr, dom = comp("fysio")
    lines = [f"INTAKE - {pr}", f"Datum: {d.date('num')}   Therapeut: {d.p(fys.first)}", "",
             f"Patiënt: {pat.title.capitalize()} {d.p(pat.initfull)}", f"Geboortedatum: {d.gb()}",
             f"BSN: {d.bsn()}  (ID-bewijs gecontroleerd)",
             f"Zorgverzekeraar: {d.k(pick(ZORGVERZ))}, polisnr. {d.k(polisnr())}",
             f"Huisarts: dr. {d.p(ha.formal)}",
             f"Hulpvraag: {pick(['weer kunnen hardlopen', 'pijnvrij tillen op het werk', 'traplopen zonder pijn'])}",
             f"Eerste behandeling {d.time()}, tarief bij geen dekking {d.amt(38, 55, cents=True)}."]
    return "\n".join(lines)


@T("kdv_inschrijving_bsn", "B", "BSN: inschrijving kinderopvang met BSN kind en ouder (toeslag)")
def _(d):
    kind = P()
    ou1 = P(kind.origin)
    kind.last = ou1.last if chance(0.7) else kind.last
    kdv, dom = comp("kdv")
    lines = [f"Inschrijfformulier {kdv}", "", "Gegevens kind",
             f"  Naam: {d.p(kind.full)}", f"  Geboortedatum: {d.gb(birth(2021, 2025))}", f"  BSN kind: {d.bsn()}", "",
             "Gegevens ouder/verzorger 1",
             f"  Naam: {d.p(ou1.full) if kind.last != ou1.last or chance(0.5) else d.p(ou1.first)}",
             f"  BSN: {d.bsn()}" if chance(0.6) else f"  Werkgever: {pick(['gemeente', 'ziekenhuis', 'eigen bedrijf'])}",
             f"  Mobiel: {d.tel(phone_mobile())}", f"  E-mail: {d.mail(email_of(ou1))}",
             f"  Adres: {addr_line(d)}", "",
             f"Opvangdagen: {d.k(pick(['ma + di', 'wo, do, vr', 'maandag t/m woensdag']))}, ingangsdatum {d.date('long')}",
             f"Uurprijs {d.amt(9, 12, cents=True, style='eur_sp')}; incasso via {d.iban()}"]
    return "\n".join(lines)


@T("ib_aangifte_bsn", "B", "BSN: klant stuurt accountant gegevens voor aangifte inkomstenbelasting")
def _(d):
    kl, pa, acc = PS(3)
    pa.last = kl.last if chance(0.3) else pa.last
    lines = [hello(d, acc, pick(["first", "formal2"])), "",
             f"Hierbij de gegevens voor onze aangifte {d.k(pick(['IB 2024', 'inkomstenbelasting 2025', 'IB over 2025']))}:",
             f"- ikzelf: {d.p(kl.full)}, BSN {d.bsn()}, geboren {d.gb()}",
             f"- partner: {d.p(pa.full)}, BSN {d.bsn()}",
             f"- WOZ-waarde woning {d.amt(250000, 600000, cents=False)}, hypotheekrente betaald {d.amt(3000, 14000, cents=True)}",
             f"- giften: {d.amt(50, 900, cents=False)} aan {d.k(pick(['KWF', 'Rode Kruis', 'de kerk', 'Stichting Vluchteling']))}", "",
             f"De jaaropgaven staan in de gedeelde map in {d.sw('OneDrive', 'Dropbox', 'SharePoint')}.", "", sign(d, kl, tel=False)]
    return "\n".join(lines)


@T("toevoeging_intake_bsn", "B", "BSN: advocatuur, intake voor gesubsidieerde rechtsbijstand")
def _(d):
    cl, adv = PS(2)
    lines = [f"Aanvraag toevoeging - dossier {d.k(dossiernr())}",
             f"Rechtzoekende: {d.p(pick([cl.full, cl.sorted]))}",
             f"Geboortedatum: {d.gb()}   BSN: {d.bsn()}",
             f"Adres: {addr_line(d)}",
             f"Rechtsgebied: {pick(['huurrecht (ontruiming)', 'arbeidsrecht', 'bestuursrecht (uitkering)', 'familierecht'])}",
             f"Inkomen volgens IB-60: {d.amt(14000, 30000, cents=False)} per jaar; eigen bijdrage naar verwachting {d.amt(150, 950, cents=False)}.",
             f"Behandelend advocaat: {d.p(adv.initfull)}"]
    return "\n".join(lines)


@T("onboarding_personeel_bsn", "B", "BSN: personeelsformulier nieuwe medewerker (ook 'sofinummer')")
def _(d):
    wn = P()
    bedr, dom = comp(pick(["install", "transport", "resto", "zorg", "office"]))
    bl = pick(["BSN", "Sofinummer", "BSN/sofinummer", "Burgerservicenummer"])
    lines = [f"Personeelsgegevens {bedr}", f"Naam: {d.p(wn.full)}",
             f"Roepnaam: {d.p(wn.first)}",
             f"{bl}: {d.bsn()}", f"Geboortedatum: {d.gb(lo=1960, hi=2006)}",
             f"Adres: {d.adr()}", f"Postcode + woonplaats: {d.pc()} {city()}",
             f"Rekeningnummer salaris: {d.iban()}",
             f"Telefoon: {d.tel()}   Noodcontact: {d.p(P().full)} ({d.tel()})",
             f"Datum in dienst: {d.date('num')}   Loonheffingskorting: {pick(['ja', 'nee'])}"]
    return "\n".join(lines)


@T("uwv_ziekmelding_bsn", "B", "BSN: HR-notitie ziekmelding bij UWV voor flexkracht")
def _(d):
    wn, hr = PS(2)
    lines = [f"{d.p(hr.first)}: Ik heb {d.p(wn.full)} vandaag ziekgemeld bij het {d.k('UWV')} (einde contract tijdens ziekte).",
             f"Gegevens die ze vroegen: BSN {d.bsn()}, geboortedatum {d.gb(lo=1965, hi=2003)}, laatste werkdag {d.date('long')}.",
             f"Dagloon volgens de loonadministratie ongeveer {d.amt(90, 180, cents=True)}.",
             f"Wil iemand {d.p(wn.first)} even bellen om te laten weten dat het geregeld is? {d.tel()}"]
    return "\n".join(lines)


@T("bsn_chatbericht", "B", "BSN: informeel chatbericht met BSN (kleine letters, WhatsApp)")
def _(d):
    a, b = PS(2)
    kind = P(a.origin)
    txt = one(
        lambda: f"[{d.k(f'{R.randint(7, 22):02d}:{R.randint(0, 59):02d}')}] {d.p(a.first.lower())}: hee, het bsn van {d.p(kind.first)} is {d.bsn(bsn('plain'))} voor het formulier van de zorgverzekering",
        lambda: f"{d.p(a.first)}: kun je dit even in {d.sw('AFAS', 'Nmbrs', 'Loket.nl')} zetten? bsn {d.bsn()} hoort bij {d.p(b.full)}, nieuwe oproepkracht",
        lambda: f"bsn {d.bsn()} geb {d.gb()} - {d.p(b.lower)} (voor de huurcommissie) -- {d.p(a.first.lower())}")
    return txt


# ------------------------------------------------------------------------------- SALARY -----
def _slip_lines(d, style="colon"):
    bruto = R.uniform(1900, 6800)
    lh = bruto * R.uniform(0.08, 0.28)
    pens = bruto * R.uniform(0.03, 0.08)
    reis = R.uniform(30, 250)
    netto = bruto - lh - pens + reis
    rows = [("Bruto salaris", bruto), ("Loonheffing", -lh), ("Pensioenpremie werknemer", -pens),
            ("Reiskostenvergoeding (onbelast)", reis), ("Netto uitbetaling", netto)]
    if chance(0.4):
        rows.insert(3, ("Vakantiegeld reservering 8%", bruto * 0.08))
    out = []
    for lbl, v in rows:
        m = d.k(money(v=abs(v), cents=True, style=pick(["eur_sp", "EUR", "eur_sp", "eur_nosp"])) if style != "plain" else nl_num(abs(v), True))
        if style == "plain":
            d.k(m)
        out.append((lbl, ("-" if v < 0 else ""), m))
    return out


@T("loonstrook_doorgestuurd", "B", "SALARY_SLIP: loonstrook in mailtekst geplakt (voor hypotheekadviseur)")
def _(d):
    wn, adv = PS(2)
    d.b("SALARY_SLIP")
    bedr = comp(pick(["install", "transport", "office", "zorg"]))[0]
    per = d.k(pick(MAANDEN) + " " + str(R.randint(2024, 2026)))
    lines = [hello(d, adv, pick(["first", "formal2"])), "",
             f"Zoals gevraagd mijn loonstrook van {per}:", "",
             f"{pick(['Loonstrook', 'Salarisstrook', 'Loonspecificatie'])} {per} - {bedr}",
             f"Werknemer: {d.p(pick([wn.full, wn.initfull]))}   {d.k('Personeelsnr: ' + str(R.randint(100, 999)))}"]
    for lbl, sg, m in _slip_lines(d):
        lines.append(f"{lbl}: {sg}{m}")
    lines += ["", sign(d, wn, tel=False)]
    return "\n".join(lines)


@T("loonstrook_pdf", "B", "SALARY_SLIP: uit PDF geplakte loonstrook (Nmbrs/Loket-achtig), soms met BSN")
def _(d):
    wn = P()
    d.b("SALARY_SLIP")
    bedr = comp(pick(["install", "transport", "resto", "bouw"]))[0]
    per = d.k(f"Periode {R.randint(1, 12):02d}-{R.randint(2024, 2026)}")
    parts = [f"{bedr} Salarisspecificatie {per} Naam {d.p(pick([wn.initfull, wn.full]))} {d.adr()} {d.pc()} {city()}"]
    if chance(0.5):
        parts.append(f"BSN {d.bsn()} Geboortedatum {d.gb()}")
    parts.append(f"Functie {pick(['Chauffeur', 'Kok', 'Monteur', 'Timmerman', 'Medewerker bediening'])} Uurloon {d.amt(14, 28, cents=True, style='eur_sp')}")
    for lbl, sg, m in _slip_lines(d):
        parts.append(f"{lbl} {sg}{m}")
    parts.append(f"Uitbetaald op {d.iban()}")
    return reflow(" ".join(parts), d)


@T("salarisspecificatie_tabel", "B", "SALARY_SLIP: salarisspecificatie als markdown-tabel")
def _(d):
    wn = P()
    d.b("SALARY_SLIP")
    per = d.k(pick(MAANDEN).capitalize() + " " + str(R.randint(2024, 2026)))
    lines = [f"### Salarisspecificatie {per}", f"**Medewerker:** {d.p(wn.full)}  ", f"**Afdeling:** {pick(['Logistiek', 'Keuken', 'Administratie', 'Buitendienst'])}", "",
             "| Omschrijving | Bedrag |", "|---|---:|"]
    for lbl, sg, m in _slip_lines(d):
        lines.append(f"| {lbl} | {sg}{m} |")
    lines.append(f"\nUren gewerkt: {d.k(str(R.randint(60, 173)) + ' uur')}")
    return "\n".join(lines)


@T("be_loonfiche", "B", "SALARY_SLIP: Belgische loonfiche (RSZ, bedrijfsvoorheffing)")
def _(d):
    wn = P("be") if chance(0.7) else P()
    d.b("SALARY_SLIP")
    bruto = R.uniform(2200, 5200)
    rsz = bruto * 0.1307
    bv = (bruto - rsz) * R.uniform(0.15, 0.3)
    netto = bruto - rsz - bv
    lines = [f"LOONFICHE {d.k(pick(MAANDEN) + ' ' + str(R.randint(2024, 2026)))}", f"Werkgever: {comp('be')[0]}",
             f"Werknemer: {d.p(pick([wn.full, wn.sorted_first]))}", f"Adres: {be_addr_line(d)}", "",
             f"Brutoloon ............ {d.k(money(v=bruto, cents=True, style='eur_sp'))}",
             f"RSZ-bijdrage 13,07% .. {d.k(money(v=rsz, cents=True, style='eur_sp'))}",
             f"Bedrijfsvoorheffing .. {d.k(money(v=bv, cents=True, style='eur_sp'))}",
             f"Maaltijdcheques ...... {d.k(pick(['22 x € 8,00', '20 x € 8,00', '21 x € 8,00']))}",
             f"Nettoloon ............ {d.k(money(v=netto, cents=True, style='eur_sp'))}",
             f"Gestort op rekening {d.iban(iban_be())}"]
    return "\n".join(lines)


@T("jaaropgaaf", "B", "SALARY_SLIP: jaaropgaaf met fiscaal loon en ingehouden loonheffing")
def _(d):
    wn = P()
    d.b("SALARY_SLIP")
    j = R.randint(2023, 2025)
    fisc = R.uniform(24000, 78000)
    lines = [d.k(f"Jaaropgaaf {j}"), f"Werkgever: {comp(pick(['office', 'install', 'zorg']))[0]} (loonheffingennummer {d.k(str(R.randint(100000000, 999999999)) + 'L01')})",
             f"Werknemer: {d.p(wn.initfull)}", f"Geboortedatum: {d.gb()}", "",
             f"Fiscaal loon: {d.k(money(v=fisc, cents=False, style='eur_sp'))}",
             f"Ingehouden loonheffing: {d.k(money(v=fisc * R.uniform(0.2, 0.38), cents=False, style='eur_sp'))}",
             f"Toegepaste loonheffingskorting: {pick(['ja', 'nee', 'ja, vanaf 1 maart'])}",
             f"Bijdrage Zvw: {d.k(money(v=fisc * 0.0526, cents=False, style='eur_sp'))}"]
    return "\n".join(lines)

# ------------------------------------------------------------------------------ SIGNED ------
def _cols(a, b, w=34):
    return f"{a:<{w}}{b}"


@T("huurcontract_getekend", "B", "SIGNED_CONTRACT: slot huurovereenkomst 'aldus overeengekomen en in tweevoud ondertekend'")
def _(d):
    vh, hd = PS(2)
    d.b("SIGNED_CONTRACT")
    pl = d.city()
    dt = d.date("long")
    slot = pick([f"Aldus overeengekomen en in tweevoud ondertekend te {pl} op {dt}.",
                 f"Aldus opgemaakt en getekend te {pl}, {dt}.",
                 f"Getekend te {pl} op {dt} door beide partijen."])
    lines = [f"Artikel {R.randint(8, 14)} - Slotbepalingen",
             f"Op deze overeenkomst is het Nederlands recht van toepassing. De huurprijs bedraagt {d.amt(700, 2300, cents=True)} per maand.", "",
             slot, "",
             _cols("Verhuurder:", "Huurder:"), _cols(d.p(vh.full), d.p(pick([hd.full, hd.initfull]))),
             _cols(pick(["(handtekening)", "[getekend]", "___/ondertekend/___"]), pick(["(handtekening)", "[getekend]", "___/ondertekend/___"]))]
    return "\n".join(lines)


@T("vso_getekend", "B", "SIGNED_CONTRACT: ondertekende vaststellingsovereenkomst")
def _(d):
    wg, wn = PS(2)
    d.b("SIGNED_CONTRACT")
    bedr = comp(pick(["office", "install", "transport", "resto"]))[0]
    lines = ["VASTSTELLINGSOVEREENKOMST", "",
             f"Partijen: {bedr}, rechtsgeldig vertegenwoordigd door {d.p(wg.full)}, en {d.p(wn.full)}, wonende te {d.city()}.",
             f"1. Het dienstverband eindigt met wederzijds goedvinden per {d.date('long')}.",
             f"2. Werkgever betaalt een beëindigingsvergoeding van {d.amt(3000, 40000, cents=False)} bruto.",
             f"3. Werknemer heeft een bedenktermijn van {d.k('14 dagen')}.", "",
             pick(["Aldus overeengekomen en ondertekend", "Aldus overeengekomen en getekend", "Voor akkoord getekend"]) + f" op {d.date('long')}.", "",
             f"{d.p(wg.initfull)} (werkgever)  - handtekening: {pick(['✓ getekend', '[handtekening]', '/w.g./'])}",
             f"{d.p(wn.initfull)} (werknemer)  - handtekening: {pick(['✓ getekend', '[handtekening]', '/w.g./'])}"]
    return "\n".join(lines)


@T("arbeidsovereenkomst_getekend", "B", "SIGNED_CONTRACT: arbeidsovereenkomst 'voor akkoord getekend' door werkgever en werknemer")
def _(d):
    wg, wn = PS(2)
    d.b("SIGNED_CONTRACT")
    lines = [f"Artikel 11 Salaris: het bruto maandsalaris bedraagt {d.amt(2400, 5600, cents=False)} bij een werkweek van {d.k('38 uur')}.",
             f"Artikel 12 Proeftijd: {d.k('1 maand')}.", "",
             pick(["Voor akkoord getekend:", "Aldus in tweevoud opgemaakt en ondertekend:", "Ondertekening"]), "",
             _cols("Werkgever", "Werknemer"),
             _cols(d.p(wg.full), d.p(wn.full)),
             _cols(f"Datum: {d.date('num')}", f"Datum: {d.date('num')}"),
             _cols("Handtekening: " + pick(["(getekend)", "[sig]", "~~~~"]), "Handtekening: " + pick(["(getekend)", "[sig]", "~~~~"]))]
    return "\n".join(lines)


@T("offerte_getekend_retour", "B", "SIGNED_CONTRACT: klant stuurt offerte 'voor akkoord' ondertekend retour")
def _(d):
    kl, verk = PS(2)
    d.b("SIGNED_CONTRACT")
    nr = d.k(f"offerte {R.randint(2025, 2026)}-{R.randint(10, 999):03d}")
    lines = [hello(d, verk, pick(["first", "formal2"])), "",
             f"Bijgaand {nr} getekend retour. We gaan akkoord met de planning vanaf {d.k('week ' + str(R.randint(2, 50)))}.", "",
             "--- pagina 3 ---",
             f"Totaal: {d.amt(1500, 45000, cents=True)} incl. {d.k('21% btw')}",
             "Voor akkoord opdrachtgever:",
             f"Naam: {d.p(kl.full)}", f"Datum: {d.date('num')}", f"Plaats: {d.city()}",
             f"Handtekening: {one(lambda: '[handtekening]', lambda: '(getekend)', lambda: d.p(kl.first[0] + '. ' + kl.last) + ' (digitaal getekend)')}", "",
             sign(d, kl, tel=False)]
    return "\n".join(lines)


@T("signed_en", "B", "SIGNED_CONTRACT: Engelstalige overeenkomst met 'signed for and on behalf of'")
def _(d):
    a = P(pick(["en", "de", "en"]))
    b = P()
    d.b("SIGNED_CONTRACT")
    co = comp("en")[0]
    nl_co = comp(pick(["office", "transport", "shop"]))[0]
    lines = ["IN WITNESS WHEREOF the parties have executed this Supply Agreement on the date written below.", "",
             f"Signed for and on behalf of {co}", f"Name: {d.p(a.full)}", f"Title: {pick(['Managing Director', 'Sales Director', 'CEO'])}",
             f"Date: {d.k(fdate(rdate(), 'enl'))}", "Signature: " + pick(["/s/ " + d.p(a.last), "[signed]", "(signed)"]), "",
             f"Signed for and on behalf of {nl_co}", f"Name: {d.p(b.full)}", "Title: Director",
             f"Date: {d.k(fdate(rdate(), 'enl'))}", "Signature: [signed]"]
    return "\n".join(lines)


@T("pdf_contract_wg", "B", "SIGNED_CONTRACT: uit PDF geplakte overeenkomst met 'w.g.'-ondertekening")
def _(d):
    a, b = PS(2)
    d.b("SIGNED_CONTRACT")
    txt = (f"Artikel 7 Geheimhouding Partijen zullen vertrouwelijke informatie niet aan derden verstrekken. Bij overtreding verbeurt de "
           f"overtredende partij een boete van {d.amt(5000, 50000, cents=False)} per overtreding. Artikel 8 Slotbepaling Aldus in tweevoud "
           f"opgemaakt en ondertekend te {d.city()} op {d.date('long')}. w.g. {d.p(a.initfull)} w.g. {d.p(b.initfull)} "
           f"{pick(['opdrachtgever opdrachtnemer', 'verkoper koper', 'partij A partij B'])}")
    return reflow(txt, d)


@T("be_overeenkomst_opgemaakt", "B", "SIGNED_CONTRACT: Belgische overeenkomst 'opgemaakt te ... in twee exemplaren', 'gelezen en goedgekeurd'")
def _(d):
    a, b = P("be"), P(pick(["be", "be", "ma", "tr", "nl"]))
    d.b("SIGNED_CONTRACT")
    c = pick(BE_CITIES)
    d.k(c)
    lines = [f"Artikel 10. De huurwaarborg bedraagt {d.amt(1000, 3600, cents=False)} en wordt gestort op een geblokkeerde rekening.", "",
             f"Opgemaakt te {c} op {d.date('long')} in twee exemplaren, waarvan elke partij erkent er één te hebben ontvangen.", "",
             f"De verhuurder, \"gelezen en goedgekeurd\"", d.p(a.full), "",
             f"De huurder, \"gelezen en goedgekeurd\"", d.p(b.full)]
    return "\n".join(lines)


@T("docusign_certificaat", "B", "SIGNED_CONTRACT: certificaat van voltooiing e-signing met ondertekenaars en IP")
def _(d):
    a, b = PS(2)
    d.b("SIGNED_CONTRACT")
    env = d.k(f"{rs(8, '0123456789ABCDEF')}-{rs(4, '0123456789ABCDEF')}-{rs(4, '0123456789ABCDEF')}")
    lines = [f"Certificaat van voltooiing", f"Envelop-ID: {env}",
             f"Onderwerp: {d.k(pick(['Huurovereenkomst', 'Arbeidsovereenkomst', 'Opdrachtbevestiging', 'Koopovereenkomst bedrijfsbus']))}",
             "Status: Voltooid", "", "Ondertekenaars:",
             f"{d.p(a.full)} <{d.mail(email_of(a))}> - ondertekend op {d.date('num')} {d.k(f'{R.randint(8, 22):02d}:{R.randint(0, 59):02d}')} vanaf IP {d.ip()}",
             f"{d.p(b.full)} <{d.mail(email_of(b))}> - ondertekend op {d.date('num')} {d.k(f'{R.randint(8, 22):02d}:{R.randint(0, 59):02d}')} vanaf IP {d.ip()}",
             f"Platform: {d.sw('DocuSign', 'Signhost', 'Yousign', 'ValidSign')}"]
    return "\n".join(lines)


# ------------------------------------------------------------------------ CUSTOMER_LIST -----
def _many(n_lo=5, n_hi=10):
    return PS(R.randint(n_lo, n_hi))


@T("noshow_lijst", "B", "CUSTOMER_LIST: praktijk no-show-lijst met telefoonnummers")
def _(d):
    ps = _many(5, 8)
    d.b("CUSTOMER_LIST")
    lines = [f"No-shows {d.k(pick(MAANDEN))} (nabellen + {d.amt(20, 45, cents=False)} in rekening brengen):"]
    for p in ps:
        lines.append(f"- {d.p(pick([p.initfull, p.full, p.sorted]))}, {d.tel()}, {d.date('d2')} {d.time()}")
    return "\n".join(lines)


@T("routeplanning_groot", "B", "CUSTOMER_LIST: ritplanning met 6-9 adressen, namen en telefoon")
def _(d):
    ps = _many(6, 9)
    d.b("CUSTOMER_LIST")
    lines = [f"{d.k('Route ' + pick(['Noord', 'Zuid', 'Oost', 'West', 'A', 'B']))} - {d.date('wd')} - bus {d.kt()}", "",
             "Stop | Klant | Adres | Postcode | Tel"]
    for i, p in enumerate(ps, 1):
        lines.append(f"{i} | {d.p(pick([p.full, p.initfull, p.formal]))} | {d.adr()} | {d.pc()} | {d.tel()}")
    return "\n".join(lines)


@T("reserveringen_weekend", "B", "CUSTOMER_LIST: weekendreserveringen (6+) met telefoon")
def _(d):
    ps = _many(6, 10)
    d.b("CUSTOMER_LIST")
    lines = [f"Reserveringen weekend {d.date('dm')}"]
    for p in ps:
        lines.append(f"{pick(['za', 'zo'])} {d.k(pick(['17:30', '18:00', '18:30', '19:00', '19:30', '20:00']))} | {d.p(pick([p.formal, p.full]))} ({R.randint(2, 8)}p) | {d.tel()}"
                     + (f" | {d.mail(email_of(p))}" if chance(0.4) else ""))
    return "\n".join(lines)


@T("leads_markdown", "B", "CUSTOMER_LIST: leadlijst als markdown-tabel")
def _(d):
    ps = _many(5, 9)
    d.b("CUSTOMER_LIST")
    lines = [f"Leads {d.k(pick(['beurs Bouwrai', 'webinar', 'Vakbeurs Installatie', 'open dag']))}", "",
             "| Naam | Bedrijf | E-mail | Telefoon | Status |", "|------|---------|--------|----------|--------|"]
    for p in ps:
        co = pick(["Bakkerij Korrel", "Kapsalon Knip", "Garage De Vonk", "Studio Kompas", "Zorgboerderij De Hoeve",
                   "Administratiekantoor Rekenwijs", "-", "Schoonmaakbedrijf Glans", "Hoveniersbedrijf Groenzoom"])
        lines.append(f"| {d.p(p.full)} | {co} | {d.mail(email_of(p))} | {d.tel()} | {pick(['warm', 'koud', 'offerte', 'bellen'])} |")
    return "\n".join(lines)


@T("klanten_csv", "B", "CUSTOMER_LIST: CSV-export klantenbestand (puntkomma, Excel-NL)")
def _(d):
    ps = _many(6, 12)
    d.b("CUSTOMER_LIST")
    lines = ["klantnr;naam;adres;postcode;plaats;telefoon;email"]
    for p in ps:
        lines.append(";".join([str(R.randint(10000, 99999)), d.p(pick([p.full, p.sorted_first])), d.adr(), d.pc(), city(),
                               d.tel(), d.mail(email_of(p))]))
    return "\n".join(lines)


@T("nieuwsbrief_tsv", "B", "CUSTOMER_LIST: tab-gescheiden mailinglijst nieuwsbrief")
def _(d):
    ps = _many(7, 12)
    d.b("CUSTOMER_LIST")
    lines = ["voornaam\tachternaam\temail\taangemeld op"]
    for p in ps:
        lines.append("\t".join([d.p(p.first), d.p(p.last), d.mail(email_of(p)), d.date("iso")]))
    lines.append(f"\nImporteren in {d.sw('Mailchimp', 'Laposta', 'Brevo')} vóór de actie van {d.date('dm')}.")
    return "\n".join(lines)


@T("debiteurenlijst", "B", "CUSTOMER_LIST: debiteurenlijst met telefoon en openstaande bedragen")
def _(d):
    ps = _many(5, 8)
    d.b("CUSTOMER_LIST")
    lines = [f"{d.k(pick(['Openstaande posten', 'Debiteuren > 30 dagen', 'Aanmaningen deze week']))} per {d.date('num')}", ""]
    for p in ps:
        lines.append(f"{d.p(pick([p.sorted, p.full]))}\t{d.tel()}\t{d.amt(40, 4000, cents=True)}\t{R.randint(31, 120)} dagen")
    return "\n".join(lines)


@T("deelnemerslijst", "B", "CUSTOMER_LIST: deelnemerslijst training met e-mail en mobiel")
def _(d):
    ps = _many(5, 10)
    d.b("CUSTOMER_LIST")
    lines = [f"Deelnemers training {d.k(pick(['BHV herhaling', 'VCA basis', 'Excel gevorderd', 'Klantgericht bellen']))} - {d.date('wd')}"]
    for i, p in enumerate(ps, 1):
        lines.append(f"{i}. {d.p(p.full)} - {d.mail(email_of(p))} - {d.tel(phone_mobile())}")
    return "\n".join(lines)


@T("telefoonlijst_medewerkers", "B", "CUSTOMER_LIST: telefoonlijst van 5+ medewerkers met privénummers")
def _(d):
    ps = _many(5, 9)
    d.b("CUSTOMER_LIST")
    lines = [f"{d.k(pick(['Bereikbaarheidslijst', 'Telefoonlijst', 'Noodlijst storingsdienst']))} (privénummers, niet verspreiden)"]
    for p in ps:
        lines.append(f"{d.p(pick([p.full, p.first + ' ' + p.last]))}: {d.tel(phone_mobile())}"
                     + (f", {d.adr()}" if chance(0.3) else ""))
    return "\n".join(lines)


@T("ouderlijst_kdv", "B", "CUSTOMER_LIST: contactlijst ouders van een kinderopvanggroep")
def _(d):
    kids = _many(5, 9)
    d.b("CUSTOMER_LIST")
    lines = [f"Contactlijst ouders groep {pick(['Vlinders', 'Egeltjes', 'Kikkers', 'Dolfijnen'])}"]
    for k in kids:
        o = P(k.origin)
        lines.append(f"{d.p(k.first)} - ouder: {d.p(o.full)} - {d.tel(phone_mobile())}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- PASSWORD -----
SYSTEMS = ["Exact Online", "Mailchimp", "Shopify", "WooCommerce", "Bol.com", "Moneybird", "AFAS", "Sendcloud", "Funda",
           "Thuisbezorgd", "Booking.com", "Mollie", "Zoom"]


@T("wachtwoord_gedeeld_chat", "B", "PASSWORD: wachtwoord van gedeeld account in Teams/WhatsApp")
def _(d):
    a, b = PS(2)
    sysn = d.sw(*SYSTEMS)
    pw = d.pw()
    txt = one(lambda: f"{d.p(a.first)}: ww voor {sysn} is {pw}, niet doorsturen aub",
              lambda: f"@{d.p(b.first.lower())} inlog {sysn}: {d.mail('info@' + pick(COMP['shop'])[1])} / {pw}",
              lambda: f"Hoi {d.p(b.first)}, je kunt inloggen bij {sysn} met het kantooraccount. Het wachtwoord is: {pw}\nGroet, {d.p(a.first)}",
              lambda: f"[{d.k(hhmm(8, 18))}] {d.p(a.first)}: password {sysn} -> {pw}")
    return txt


@T("inloggegevens_overdracht", "B", "PASSWORD: overdrachtsdocument met inloggegevens voor nieuwe collega")
def _(d):
    nw, old = PS(2)
    lines = [f"Overdracht werkplek voor {d.p(nw.first)} (van {d.p(old.full)})", ""]
    for s in picks(SYSTEMS, R.randint(1, 3)):
        user = pick(["admin", "balie", "planning", "boekhouding", "kantoor01"])
        lines.append(f"{d.k(s)}  - gebruikersnaam: {user}  - wachtwoord: {d.pw()}")
    lines.append(f"Printercode: {d.k(str(R.randint(1000, 9999)))}. Sleutel van de voordeur ligt bij {d.p(P().first)}.")
    return "\n".join(lines)


@T("wifi_gegevens", "B", "PASSWORD: wifi-netwerk en wachtwoord in welkomstmail/intranet")
def _(d):
    gast = P()
    bedr, dom = comp(pick(["office", "hotel", "resto", "fysio"]))
    ssid = d.k(pick(["Gasten", "Kantoor-Gast", "Welkom", "Praktijk_WiFi", "HotelGuest"]) + "-" + str(R.randint(1, 9)))
    lines = [hello(d, gast, pick(["first", "full", "formal2"])), "",
             f"Welkom bij {bedr}! Je kunt inloggen op ons netwerk {ssid} met wachtwoord {d.pw()}.",
             f"Parkeren kan in de garage aan de {d.adr()}; de kosten ({d.amt(2, 15, cents=True)} per uur) declareer je bij ons.",
             "", sign(d, P(), company=bedr, tel=False)]
    return "\n".join(lines)


@T("klant_stuurt_wachtwoord", "B", "PASSWORD: klant mailt zijn eigen wachtwoord naar support")
def _(d):
    kl = P()
    shop, dom = comp("shop")
    em = d.mail(email_of(kl))
    lines = ["Hallo,", "",
             f"Ik kan niet inloggen op mijn account bij {shop}. Ik gebruik {em} met wachtwoord {d.pw()} maar ik krijg steeds een foutmelding.",
             f"Mijn laatste bestelling was {d.k(ordernr())}. Kunnen jullie kijken wat er mis is?", "", sign(d, kl, tel=chance(0.4))]
    return "\n".join(lines)


@T("router_alarm_codes", "B", "PASSWORD: beheerwachtwoord router/kassasysteem in technische notitie")
def _(d):
    mont = P()
    lines = [f"Installatie {d.date('num')} door {d.p(mont.full)}",
             f"- Router {d.k(pick(['FRITZ!Box 7590', 'Ubiquiti UDM', 'Draytek Vigor 2865']))}: http://192.168.{R.randint(0, 9)}.1, admin / {d.pw()}",
             f"- Kassasysteem {d.k(pick(['Lightspeed', 'Untill', 'SumUp POS']))}: beheerder wachtwoord {d.pw()}" if chance(0.6) else
             f"- Kassasysteem: klant kiest zelf een pincode",
             f"- Uren: {d.k(hours())}, materiaal {d.amt(40, 600, cents=True)}"]
    return "\n".join(lines)


@T("docker_env_db", "B", "PASSWORD (+API_KEY): docker-compose/.env met databasewachtwoord")
def _(d):
    dev = P()
    lines = ["```yaml", "services:", "  db:", "    image: postgres:16", "    environment:",
             "      POSTGRES_USER: webshop", f"      POSTGRES_PASSWORD: {d.pw(password() if chance(0.5) else rs(20))}"]
    if chance(0.5):
        lines += ["  app:", "    environment:", f"      MOLLIE_API_KEY: {d.key(kind='mollie')}"]
    lines += ["```", f"Werkt lokaal, {d.p(dev.first)} zet het {d.date('wd')} op de server."]
    return "\n".join(lines)


# ------------------------------------------------------------------------------ API_KEY -----
@T("env_bestand", "B", "API_KEY: .env-bestand geplakt in chat")
def _(d):
    dev = P()
    lines = [f"{d.p(dev.first)}: dit is de .env van de webshop, kun je kijken waarom de betaling faalt?", "```"]
    opts = [("MOLLIE_API_KEY", "mollie"), ("SENDGRID_API_KEY", "sendgrid"), ("OPENAI_API_KEY", "openai_proj"),
            ("STRIPE_SECRET_KEY", "stripe"), ("GOOGLE_MAPS_KEY", "google"), ("AWS_ACCESS_KEY_ID", "aws")]
    for k, kind in picks(opts, R.randint(1, 3)):
        lines.append(f"{k}={d.key(kind=kind)}")
    lines += ["APP_ENV=production", f"SHOP_URL=https://{pick(COMP['shop'])[1]}", "```"]
    return "\n".join(lines)


@T("curl_bearer", "B", "API_KEY: curl-commando met Authorization-header in supportticket")
def _(d):
    dev = P()
    kind = pick(["openai", "anthropic", "openai_proj", "jwt", "hf"])
    key = d.key(kind=kind)
    host = {"openai": "api.openai.com/v1/chat/completions", "openai_proj": "api.openai.com/v1/responses",
            "anthropic": "api.anthropic.com/v1/messages", "jwt": "api.sendcloud.sc/api/v2/parcels",
            "hf": "api-inference.huggingface.co/models/gpt2"}[kind]
    hdr = "x-api-key: " if kind == "anthropic" else "Authorization: Bearer "
    lines = [f"Ticket {d.k(ticketnr())} - koppeling geeft 401", "",
             f"Melding van {d.p(dev.full)}: met dit commando krijg ik een 401:",
             f"curl https://{host} \\", f"  -H \"{hdr}{key}\" \\", "  -H \"Content-Type: application/json\" -d @body.json",
             f"Sinds {d.date('wd')} {d.time()} werkt het niet meer."]
    return "\n".join(lines)


@T("freelancer_mail_key", "B", "API_KEY: freelancer mailt API-sleutel aan klant")
def _(d):
    fr, kl = PS(2)
    kind = pick(["google", "mollie", "sendgrid", "mailchimp", "stripe", "ghp", "gitlab", "twilio"])
    naam = {"google": "Google Maps", "mollie": "Mollie", "sendgrid": "SendGrid", "mailchimp": "Mailchimp", "stripe": "Stripe",
            "ghp": "GitHub", "gitlab": "GitLab", "twilio": "Twilio"}[kind]
    lines = [hello(d, kl), "",
             f"De koppeling met {d.k(naam)} is klaar. Vul in het dashboard bij 'Instellingen > Integraties' deze sleutel in:", "",
             d.key(kind=kind), "",
             f"Mijn uren tot nu toe: {d.k(hours())} à {d.amt(65, 110, cents=False)}.", "", sign(d, fr, tel=chance(0.5))]
    return "\n".join(lines)


@T("code_snippet_key", "B", "API_KEY: Python-codefragment met hardcoded sleutel")
def _(d):
    dev = P()
    kind = pick(["openai", "anthropic", "aws", "slack", "hf", "openai_proj"])
    lines = [f"Kan iemand helpen? Script van {d.p(dev.first)} geeft een timeout:", "```python", "import requests", ""]
    if kind == "aws":
        lines += [f"AWS_ACCESS_KEY_ID = \"{d.key(kind='aws')}\"", f"AWS_SECRET_ACCESS_KEY = \"{d.key(kind='aws_secret')}\""]
    elif kind == "slack":
        lines += [f"SLACK_TOKEN = \"{d.key(kind='slack')}\""]
    else:
        lines += [f"API_KEY = \"{d.key(kind=kind)}\""]
    lines += ["", "def samenvatten(tekst):", "    ...", "```"]
    return "\n".join(lines)


@T("key_in_teams", "B", "API_KEY: sleutel in Teams-bericht voor AI-koppeling")
def _(d):
    a, b = PS(2)
    kind, svc = pick([("openai_proj", "ChatGPT"), ("anthropic", "Claude"), ("openai", "OpenAI"), ("google", "Gemini"),
                      ("hf", "Hugging Face")])
    txt = one(lambda: f"{d.p(a.first)}: hier is de key voor de {svc}-koppeling in {d.sw('Zapier', 'Make', 'n8n')}: {d.key(kind=kind)}",
              lambda: f"Hoi {d.p(b.first)}, kun je deze sleutel in de {pick(['chatbot', 'offertetool', 'mailbot'])} zetten? {d.key(kind=kind)} (limiet staat op {d.amt(50, 200, cents=False)} per maand)",
              lambda: f"@{d.p(b.handle)} token voor de repo: {d.key(kind='github_pat')} - na het weekend weer intrekken")
    return txt

@T("klantenlijst_pdf", "B", "CUSTOMER_LIST: uit PDF geplakte klantenlijst met afgebroken regels")
def _(d):
    ps = PS(R.randint(5, 8))
    d.b("CUSTOMER_LIST")
    parts = [f"Klantenoverzicht {d.k(pick(['regio Noord', 'regio Zuid', 'onderhoudscontracten', 'abonnees']))} Naam Adres Telefoon E-mail"]
    for p in ps:
        parts.append(f"{d.p(pick([p.full, p.sorted]))} {d.adr()} {d.tel(phone_mobile(pick(['06-{a}', '06 {a}', '06{a}'])))} {d.mail(email_of(p))}")
    parts.append("Pagina 1/2")
    return reflow(" ".join(parts), d, width=(40, 80))


@T("payslip_en", "B", "SALARY_SLIP: Engelstalige payslip (expat) met Nederlandse termen")
def _(d):
    wn = P(pick(["en", "in", "ua", "it", "pt", "gr", "pl"]))
    d.b("SALARY_SLIP")
    gross = R.uniform(3500, 8500)
    tax = gross * R.uniform(0.2, 0.37)
    rul = chance(0.5)
    lines = [f"PAYSLIP {d.k(EN_MONTHS[R.randint(0, 11)] + ' ' + str(R.randint(2024, 2026)))}", f"Employer: {comp(pick(['office', 'transport']))[0]}",
             f"Employee: {d.p(wn.full)}", "",
             f"Gross salary ......... {d.k(money(v=gross, cents=True, style='en'))}",
             f"Wage tax (loonheffing) {d.k(money(v=tax, cents=True, style='en'))}" + (" (30% ruling applied)" if rul else ""),
             f"Pension contribution . {d.k(money(v=gross * 0.05, cents=True, style='en'))}",
             f"Net pay .............. {d.k(money(v=gross - tax - gross * 0.05, cents=True, style='en'))}",
             f"Paid to account {d.iban()}"]
    return "\n".join(lines)


@T("bsn_formulier_verhuur", "B", "BSN: huurderscreening/inkomensverklaring met BSN en geboortedatum")
def _(d):
    h = P()
    mk = P()
    lines = [f"Screening kandidaat-huurder - {d.k(pick(['woning', 'appartement', 'studio']) + ' ' + pick(['2e etage', 'begane grond', 'type B']))}",
             f"Kandidaat: {d.p(h.full)}", f"Geboren: {d.gb(lo=1975, hi=2003)}", f"BSN (voor inkomensverklaring): {d.bsn()}",
             f"Werkgever: {pick(['Ziekenhuis', 'Gemeente', 'Supermarkt', 'Zelfstandige'])}, bruto jaarinkomen {d.amt(30000, 75000, cents=False)}",
             f"Huidige adres: {addr_line(d)}", f"Beoordeeld door: {d.p(mk.first)}"]
    return "\n".join(lines)


# ==============================================================================================
# Main
# ==============================================================================================
def build():
    from collections import Counter
    names = [t[0] for t in TEMPLATES]
    dup = [n for n in names if names.count(n) > 1]
    if dup:
        raise SystemExit(f"duplicate template names: {sorted(set(dup))}")
    by_kind = {"B": [t for t in TEMPLATES if t[1] == "B"], "C": [t for t in TEMPLATES if t[1] == "C"]}
    nb = round(N_RECORDS * TARGET_BLOCKED)
    plan = []
    for kind, n in (("B", nb), ("C", N_RECORDS - nb)):
        ts = by_kind[kind]
        base, extra = divmod(n, len(ts))
        for i, t in enumerate(ts):
            plan += [t] * (base + (1 if i < extra else 0))
    R.shuffle(plan)
    records, fails, seen = [], Counter(), set()
    for i, (name, kind, desc, f) in enumerate(plan):
        last = None
        for _attempt in range(300):
            d = Doc()
            text = f(d)
            try:
                validate(text, d.mask, d.keep, d.block, kind)
                if text in seen:
                    raise Invalid("duplicate text")
                break
            except Invalid as e:
                fails[name] += 1
                last = e
        else:
            raise SystemExit(f"template {name} keeps failing validation: {last}")
        seen.add(text)
        records.append({"id": f"c4-{i}", "text": text, "mask": d.mask, "block": d.block, "keep": d.keep,
                        "_t": name})
    return records, fails


def main():
    verbose = "-v" in sys.argv
    records, fails = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "c4.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({k: r[k] for k in ("id", "text", "mask", "block", "keep")}, ensure_ascii=False) + "\n")
    # re-read and re-check the written file
    back = [json.loads(l) for l in open(out, encoding="utf-8")]
    assert len(back) == len(records)
    for r in back:
        kind = "B" if r["block"] else "C"
        validate(r["text"], r["mask"], r["keep"], r["block"], kind)
    from collections import Counter
    nblk = sum(1 for r in back if r["block"])
    cats = Counter(b for r in back for b in r["block"])
    labels = Counter(l for r in back for l, _ in r["mask"])
    nkeep = sum(len(r["keep"]) for r in back)
    with_keep = sum(1 for r in back if len(r["keep"]) >= 2)
    if verbose:
        print("labels:", dict(labels), file=sys.stderr)
        print("block categories:", {k: f"{v} ({100 * v / len(back):.1f}%)" for k, v in cats.items()}, file=sys.stderr)
        print("redraws:", dict(fails.most_common()), file=sys.stderr)
        print(f"keep values: {nkeep}, records with >=2 keep: {with_keep}", file=sys.stderr)
        print(f"first names: {len(all_first_names())}, surnames: {len(all_surnames())}", file=sys.stderr)
    cat_s = ", ".join(f"{k} {100 * v / len(back):.1f}%" for k, v in sorted(cats.items()))
    print(f"c4.jsonl: {len(back)} records, {100 * nblk / len(back):.1f}% blocked ({cat_s}), "
          f"{len(TEMPLATES)} templates ({sum(1 for t in TEMPLATES if t[1] == 'B')} blocking), "
          f"{len(all_first_names())} first names / {len(all_surnames())} surnames, all checks passed")


if __name__ == "__main__":
    main()
