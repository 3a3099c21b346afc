#!/usr/bin/env python3
"""Held-out corpus c9 for the veilig anonymizer (Dutch PII).

Writes c9.jsonl next to this file: 2,000 records {"id","text","mask","block","keep"} in the
format of shared/data/pii-dev.jsonl. Python 3 standard library only, deterministic (fixed seed).
Every record is validated before it is written (see validate()).

Usage: python3 gen9.py [--out PATH] [--n N] [--seed S] [--stats]
"""
import argparse
import datetime
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 909_2025

# ---------------------------------------------------------------------------------------------
# Name pools (written for this corpus; mixed origins as found among Dutch residents)
# Surname strings: leading lower-case words are the tussenvoegsel ("van der Linden").
# ---------------------------------------------------------------------------------------------

def _w(s):
    return [x.replace("_", " ") for x in s.split()]

ORIGINS = {
    "nl": dict(w=30,
        m=_w("Jeroen Bas Maarten Wouter Thijs Koen Ruud Gert-Jan Henk Kees Arjen Rutger Bart Joost Teun Stijn "
             "Niels Hidde Jelle Daan Floris Gijs Job Lars Pieter Willem Cor Harm Menno Wim Dirk-Jan Roel Sander "
             "Reinier Bram Mees Siem Luuk Ids Jasper Frank Hans Gerrit Erik Marco Dennis Rob Martijn Ramon Jorrit "
             "Olaf Tijmen Wessel Vincent Huub Ton Sjaak Frits Gerard Rein Hugo Otto Jurre Boaz Guus Sepp "
             "Valentijn Melle Ruben Ferdinand Evert Aart Leendert Krijn Teunis Gerben Storm Joep Stef Mart"),
        f=_w("Anouk Marloes Ilse Femke Saskia Ingrid Wilma Annemiek Petra Marieke Lotte Sanne Esther Mirjam "
             "Hanneke Noor Fleur Roos Merel Evi Tess Jolien Margriet Gerda Anneke Liesbeth Judith Karin Janneke Ria "
             "Tineke Loes Maud Floor Lieke Sterre Nienke Renske Mieke Corine Wendy Bianca Chantal Manon Marjolein "
             "Heleen Jacqueline Ellen Astrid Kim Iris Vera Sophie Lisanne Josje Elise Babette Charlotte Mathilde "
             "Hester Geertje Trijntje Jannie Dini Riet Truus Lenie Mies Dewi Lente Zonne Hanna-Mae"),
        last=_w("van_Dijk de_Groot van_der_Linden van_den_Heuvel ter_Horst ten_Brink van_'t_Hof in_'t_Veld "
                "op_de_Beek van_de_Kamp de_Bruijn van_Leeuwen van_der_Sluis den_Hartog van_Rijswijk de_Koning "
                "van_Oosterhout van_der_Wal uit_den_Bogaard van_Wijngaarden van_Gelderen van_Kempen van_der_Weijden "
                "van_Ooijen ten_Cate ter_Beek van_der_Pijl van_Harskamp van_Tuijl de_Lange van_Stokkum van_Bommel "
                "van_Zanten van_den_Akker van_Essen de_Ridder van_Vlijmen van_der_Zanden van_Eck ten_Hove van_Dalen "
                "van_Wezel de_Haan de_Boer van_Beek de_Wit van_der_Veen de_Graaf van_der_Meulen van_Vliet de_Jong "
                "van_den_Broek van_Dam de_Bont van_der_Heijden van_Hees van_Maanen de_Kok van_Schaik ter_Haar "
                "van_Houten van_Rooij van_der_Molen de_Leeuw van_Loon van_Baarle van_Nispen op_den_Kamp "
                "van_Amerongen de_Mooij van_'t_Zand van_Gils van_Doorn van_der_Ploeg van_den_Bosch te_Velde van_Noort "
                "van_Herwijnen van_Kooten de_Man "
                "Bakker Visser Smit Mulder Bos Vos Peters Hendriks Dekker Brouwer Kok Jacobs Vermeulen Willems "
                "Gerritsen Verhoeven Kuijpers Koster Prins Huisman Timmerman Wolters Scholten Kramer Vink Schouten "
                "Verbeek Haverkamp Lammers Poortvliet Wagenaar Kroes Snijders Molenaar Hofman Biesheuvel Stolk "
                "Tollenaar Groenewegen Buitenhuis Spronk Kloosterman Veldkamp Zwiers Knoops Rutten Claessens Vroemen "
                "Pijnenburg Schellekens Donkers Scheepmaker Blokhuis Kwakkelstein Hoogcarspel Nieuwenhuizen "
                "Schaapveld Duinkerken Lievaart Mastenbroek Oudshoorn Tromp Vlasblom Wijnhoven Quaedvlieg Ploeger "
                "Verkerk Boogaerdt Sprengers Knegt Rozendaal Mijnders Reijnders Kolkman Harmsen Eshuis Nijhof "
                "Brinkhuis Luttikhuis Oude_Wesselink Wolbers Beltman Klein_Gunnewiek Groot_Koerkamp Mol Kraai Winter "
                "Zomer Groen Wolf Haas Schipper Hoek Stam Kuiper Dijkman Evers Brink Sterk Blom Vogel Storm Vonk "
                "Kalf Haring Bloem Schaap Beukers Meijer Smits Aarts Bosman Hermans Geerts Koning Lam Post Kaal "
                "Schoenmaker Hagedoorn Pronk Honing Spijker Ketel Mosterd Appel")),
    "fy": dict(w=5,
        m=_w("Wiebe Jelmer Tjeerd Hessel Durk Folkert Sietse Ysbrand Wytse Tsjalling Jouke Bauke Hylke Rintje Oene "
             "Gerlof Eeltsje Auke Sjoerd Jelte Feike"),
        f=_w("Aukje Baukje Sytske Tjitske Froukje Hiske Antsje Jildou Wietske Grytsje Ymkje Doutzen Jikke Sieuwke "
             "Lysbert Janke Ytsje Marrit Geeske Tsjitske"),
        last=_w("Haitsma Dykstra Osinga Rypma Tjeerdsma Wijbenga Algra Jorritsma Bosgra Feenstra Hellinga Reitsma "
                "Yntema Anema Talsma Kooistra Sjaarda Heeringa Galama Sybesma Wouda Boonstra Haagsma Stellingwerf "
                "Hoekstra Terpstra Bergsma Hiemstra Zijlstra Sikkema Postma Wiersma Bouma van_der_Meer de_Vries "
                "Tuinstra Piekema Zandstra Kuperus Hettema Bylsma Elzinga Nauta de_Jager")),
    "vl": dict(w=4,
        m=_w("Jef Bert Lieven Wout Jens Pieter-Jan Matthias Dries Arne Wannes Senne Jonas Gilles Kobe Lander Jelle"),
        f=_w("Sien Ine Griet Katrien Hanne Lien Joke Els Elke Leen Fien Nele Marijke Veerle Febe Tine Ann-Sofie"),
        last=_w("Vandenbroucke Verstraete Claeys De_Smet Vermeersch Goossens Van_Damme Wouters Maes Peeters "
                "Janssens Desmet Vanhoutte Declercq Dewulf Van_Acker De_Backer Verhaeghe Vanlerberghe Callewaert "
                "D'Hondt Vandewalle Van_den_Bossche Mertens Lemmens Verbruggen Van_Hecke Deprez Coppens Vanneste "
                "Bogaert Pauwels Lambrechts")),
    "tr": dict(w=5,
        m=_w("Mehmet Mustafa Emre Burak Kerem Yusuf Hakan Cem Serkan Okan Ömer Barış Tolga Murat Kaan Enes Onur "
             "Volkan Erdem Taner"),
        f=_w("Ayşe Fatma Elif Zeynep Esra Büşra Merve Dilek Şeyma Gülsen Hatice Songül Derya Selin Tuba Nurcan "
             "Sevgi Özlem"),
        last=_w("Yılmaz Demir Kaya Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç Korkmaz Yıldırım Polat Kurt Güneş "
                "Aksoy Karataş Bozkurt Çakır Tekin Uysal Koç Ünal Altıntaş Keskin Sarıkaya Topçu Erdem Bulut "
                "Kocabaş Yavuz Özdemir")),
    "ma": dict(w=5,
        m=_w("Mohamed Ahmed Youssef Bilal Soufiane Hamza Karim Mourad Rachid Anouar Nordin Ilias Zakaria Achraf "
             "Othman Brahim Tarik Redouan Mimoun"),
        f=_w("Fatima Khadija Naima Samira Latifa Hafsa Ikram Salma Nadia Malika Souad Imane Loubna Houda Yasmina "
             "Siham Najat Rajae"),
        last=_w("El_Amrani Bouzian Ait_Ouali El_Idrissi Benali Azzouzi Bakkali El_Khattabi Chaouch Ouahabi "
                "Boukhari Tahiri El_Hamdaoui Amezian Haddouchi Zerouali Essafi El_Boujjoufi Abarkan Ben_Haddou "
                "Ouchan Mokhtari Aarab El_Ouardi Bouchtaoui")),
    "sr": dict(w=3,
        m=_w("Ravi Sunil Anand Vikash Radj Romano Clarence Gerwin Jerrel Milton Sarwan Marciano Rishi"),
        f=_w("Shanti Reshma Priya Kavita Sharda Ethel Shirley Dewika Sharon Gaitrie Roshni Jenice"),
        last=_w("Ramdin Jagessar Mahabier Ramsaran Sewdien Baldewsingh Bhagwandin Kalloe Ramcharan Soekhoe "
                "Pinas Kerwijk Zeegelaar Wijngaarde Emanuelson Sedney Doelwijt Kromodimedjo Soemodihardjo "
                "Pawirodikromo Karijopawiro Ramautar Tjon_A_Fong Mangal")),
    "an": dict(w=2,
        m=_w("Shurandy Gilbert Jurick Giovanni Ruthlin Shaquille Dashley Glenbert"),
        f=_w("Ruthmila Shirleny Dayenne Jurgenia Sharianne Quenisha Mildred"),
        last=_w("Martina Isenia Koeiman Maduro Rosaria Pieternella Statia Girigorie Croes Fecunda Sulvaran "
                "Ersilia Winklaar Cijntje Sillie Anthonia")),
    "mo": dict(w=2,
        m=_w("Johny Frans Julius Semuel Agus Budi Hendrik Jopie Eddy Max Robby"),
        f=_w("Elly Yvonne Ratna Dewi Wati Lientje Melati Ingrid Nona"),
        last=_w("Pattiasina Latuheru Tuhumury Manuhutu Sahetapy Wattimena Tahapary Risakotta Pelupessy Nanlohy "
                "Tanasale Soplantila Lokollo Hehanussa Sumampouw Wirjosemito Hartono Setiawan Gunawan Wibowo "
                "Kusuma Pangemanan")),
    "pl": dict(w=3,
        m=_w("Piotr Krzysztof Tomasz Marcin Łukasz Paweł Michał Wojciech Grzegorz Kamil Bartosz"),
        f=_w("Agnieszka Katarzyna Magdalena Joanna Małgorzata Dorota Ewelina Justyna Karolina Beata"),
        last=_w("Kowalczyk Nowak Wiśniewski Wójcik Zieliński Lewandowska Kamińska Szymański Dąbrowski Mazur "
                "Krawczyk Grabowski Pawlak Jabłońska Wróbel Sikora Baran Kaczmarek Przybylski Chmielewska")),
    "ro": dict(w=2,
        m=_w("Andrei Ionuț Mihai Florin Bogdan Cătălin Adrian Sorin"),
        f=_w("Ioana Elena Andreea Mihaela Cristina Roxana Alina Simona"),
        last=_w("Popescu Ionescu Dumitrescu Stoica Munteanu Constantin Georgescu Rusu Lungu Marinescu Dobre "
                "Neagu Ciobanu Moldovan")),
    "bg": dict(w=1.5,
        m=_w("Georgi Dimitar Ivan Nikolay Stoyan Hristo Plamen"),
        f=_w("Yordanka Desislava Tsvetelina Mariya Radostina Petya Gergana"),
        last=_w("Petrov Ivanova Dimitrova Georgiev Todorov Stoyanova Kolev Hristov Angelova Nikolov Zhelyazkov")),
    "ua": dict(w=2,
        m=_w("Oleksandr Dmytro Andriy Serhiy Taras Bohdan Vitaliy Yaroslav"),
        f=_w("Olena Oksana Iryna Nataliya Yuliya Kateryna Viktoriya Halyna"),
        last=_w("Shevchenko Kovalenko Bondarenko Tkachenko Kravchuk Melnyk Boyko Savchenko Lysenko Moroz "
                "Hnatyuk Rudenko Oliynyk Marchenko")),
    "sy": dict(w=2,
        m=_w("Omar Khaled Rami Tarek Abdulrahman Fadi Wael Majd Yazan"),
        f=_w("Rania Lina Hiba Ruba Dima Nour Ghalia Reem Sidra"),
        last=_w("Al-Hassan Haddad Khalil Al-Masri Hamoud Darwish Sabbagh Kassab Al-Khatib Jaber Al-Shami Qassem "
                "Mansour Al-Halabi")),
    "iq": dict(w=1.5,
        m=_w("Hussein Haider Sajjad Ammar Karwan Rebaz Mustafa Ali"),
        f=_w("Zainab Marwa Shilan Ban Shahad Zahraa"),
        last=_w("Al-Jubouri Al-Rubaie Kadhim Al-Saadi Jawad Al-Obaidi Mahdi Abbas Rasul Barwari Tofiq")),
    "er": dict(w=1.5,
        m=_w("Yonas Tesfay Mebrahtu Dawit Filmon Yohannes Biniam Robel"),
        f=_w("Semhar Saba Senait Selam Luwam Helen Feven Yordanos"),
        last=_w("Tesfamariam Ghebremedhin Haile Berhane Tekle Woldemichael Kidane Mehari Andemariam Gebreyesus "
                "Habtom Okbamichael")),
    "so": dict(w=1.5,
        m=_w("Abdi Mohamud Faisal Liban Abdirahman Mahad Hamse"),
        f=_w("Hodan Ayaan Fadumo Sahra Ifrah Ubah Nimco Hamdi"),
        last=_w("Warsame Farah Osman Jama Abdullahi Egal Dirie Yusuf Ahmed_Nur Hersi Guled")),
    "af": dict(w=1.5,
        m=_w("Ahmad Farid Wahid Sohail Jawid Najib Mirwais"),
        f=_w("Mina Parwin Shabnam Zahra Nasrin Freshta Madina"),
        last=_w("Ahmadzai Noorzai Rahimi Sultani Popal Karimi Hashimi Safi Amiri Wardak Stanikzai Habibi")),
    "ir": dict(w=1.5,
        m=_w("Dariush Babak Arash Kaveh Navid Bahram Omid Kamran"),
        f=_w("Shirin Maryam Laleh Parisa Roya Nazanin Golnar Mahsa"),
        last=_w("Hosseini Rezaei Moradi Tehrani Jafari Farahani Khorasani Mousavi Sadeghi Ghorbani Esfahani "
                "Bagheri Nikpour")),
    "cn": dict(w=1.5,
        m=_w("Wei Hao Ming Jun Lei Zhiwei Ka_Wing Chun_Kit"),
        f=_w("Jing Xiaoling Yan Mei_Ling Fang Ying Xin Suet_Ling"),
        last=_w("Zhang Wang Chen Liu Huang Zhou Lin Cheung Chan Tang Yeung Wong Lau Cheng Zhao Xu")),
    "vn": dict(w=1.2,
        m=_w("Minh Thanh Duc Tuan Quang Khanh Hung Long"),
        f=_w("Hoa Huong Linh Anh Mai Lan Trang Phuong Thuy"),
        last=_w("Nguyen Tran Pham Hoang Huynh Dang Bui Ngo Duong Truong Dinh Phan")),
    "in": dict(w=1.5,
        m=_w("Arjun Rahul Vikram Sanjay Rohit Aditya Karthik Nikhil"),
        f=_w("Ananya Deepika Kavya Lakshmi Sneha Divya Pooja Meera"),
        last=_w("Sharma Patel Iyer Reddy Nair Gupta Krishnan Menon Joshi Kulkarni Agarwal Bhattacharya "
                "Venkatesan Subramanian Deshpande")),
    "pk": dict(w=1,
        m=_w("Imran Usman Faisal Kashif Adnan Zeeshan Hamid"),
        f=_w("Ayesha Sana Hina Mehwish Rabia Saima"),
        last=_w("Qureshi Chaudhry Malik Butt Siddiqui Rana Javed Mirza Hussain Akhtar Sheikh")),
    "gh": dict(w=1,
        m=_w("Kwame Kofi Yaw Kwabena Kwesi Fiifi Nana"),
        f=_w("Ama Akosua Abena Efua Adwoa Esi Afua"),
        last=_w("Mensah Owusu Asante Boateng Appiah Osei Agyeman Acheampong Darko Ofori Amponsah Boakye")),
    "ng": dict(w=1,
        m=_w("Chinedu Emeka Oluwaseun Adebayo Tunde Ikenna Segun"),
        f=_w("Ngozi Funmilayo Chiamaka Ifeoma Adaeze Yetunde Bisola"),
        last=_w("Okafor Adeyemi Okonkwo Balogun Nwosu Ogunleye Afolabi Eze Uchenna Obiora Adewale")),
    "cv": dict(w=1,
        m=_w("João Nelson Edson Adilson Carlos Ivaldo Djimy"),
        f=_w("Djamila Ivanilda Carla Elisangela Jandira Neusa"),
        last=_w("Monteiro Tavares Fortes Lopes Semedo Brito Delgado Varela Gomes Furtado Cabral Rodrigues")),
    "br": dict(w=1,
        m=_w("Thiago Rafael Leandro Bruno Gustavo Felipe"),
        f=_w("Gabriela Juliana Fernanda Camila Larissa Patrícia"),
        last=_w("Oliveira Souza Ferreira Carvalho Ribeiro Almeida Nascimento Barbosa Cardoso Teixeira")),
    "pt": dict(w=1,
        m=_w("Tiago Rui Nuno Gonçalo Duarte Sérgio"),
        f=_w("Inês Catarina Joana Beatriz Filipa Marta"),
        last=_w("Pereira Sousa Marques Pinto Fonseca Correia Magalhães Mendes Vieira Antunes")),
    "es": dict(w=1,
        m=_w("Javier Alejandro Álvaro Sergio Pablo Iñigo"),
        f=_w("Lucía Carmen Pilar Marta Nerea Rocío"),
        last=_w("García_Moreno Fernández López Martínez Sánchez Ruiz Navarro Jiménez Romero Castillo Ortega "
                "Herrera")),
    "it": dict(w=1,
        m=_w("Matteo Lorenzo Davide Alessandro Giacomo Riccardo"),
        f=_w("Giulia Francesca Chiara Federica Valentina Alessia"),
        last=_w("Rossi Bianchi Esposito Romano Colombo Ricci Marino Greco Gallo Conti De_Luca Mancini Lombardi "
                "Moretti Barbieri")),
    "gr": dict(w=1,
        m=_w("Giorgos Dimitris Nikos Kostas Yannis Stavros"),
        f=_w("Eleni Katerina Sofia Vasiliki Despina Athina"),
        last=_w("Papadopoulos Georgiou Nikolaidis Papadakis Christodoulou Konstantinidis Karagiannis Vlachos "
                "Oikonomou Antoniou")),
    "de": dict(w=1.5,
        m=_w("Jürgen Tobias Uwe Matthias Lukas Sven Dieter Florian"),
        f=_w("Katrin Stefanie Heike Annika Birgit Ulrike Sabine"),
        last=_w("Müller Schneider Fischer Weber Schäfer Becker Hoffmann Schulz Krüger Zimmermann Braun Hartmann "
                "Lehmann Schmitz Wagner")),
    "gb": dict(w=1.5,
        m=_w("Oliver James Harry Thomas Callum Rhys Alistair"),
        f=_w("Charlotte Emily Sophie Hannah Fiona Gemma Imogen"),
        last=_w("Smith Thompson Walker Wright Hughes Edwards Robinson Clarke Harrison Whitfield Ashworth "
                "Pemberton Fairbanks O'Connor")),
    "ph": dict(w=1,
        m=_w("Jun Jericho Rodel Jonel Arnel Mark_Anthony"),
        f=_w("Maricel Rowena Analyn Marites Lovely Joy Rhea"),
        last=_w("Santos Reyes Cruz Bautista Villanueva Dela_Cruz Mendoza Manalo Pangilinan Macaraeg "
                "Dimaculangan Soriano")),
}
ORIGIN_KEYS = list(ORIGINS)
ORIGIN_W = [ORIGINS[k]["w"] for k in ORIGIN_KEYS]

# ---------------------------------------------------------------------------------------------
# Places, streets, companies, e-mail domains
# ---------------------------------------------------------------------------------------------

CITIES = _w(
    "Apeldoorn Zwolle Deventer Harderwijk Culemborg Tiel Zaltbommel Woerden Gouda Alphen_aan_den_Rijn Leiderdorp "
    "Rijswijk Delft Schiedam Vlaardingen Spijkenisse Dordrecht Gorinchem Breda Tilburg Oisterwijk Boxtel Veghel "
    "Uden Oss Venlo Roermond Sittard Heerlen Kerkrade Maastricht Weert Helmond Eindhoven Veldhoven "
    "Bergen_op_Zoom Roosendaal Goes Middelburg Vlissingen Zierikzee Leeuwarden Sneek Drachten Heerenveen "
    "Harlingen Dokkum Franeker Groningen Assen Emmen Hoogeveen Meppel Steenwijk Kampen Almere Lelystad "
    "Hilversum Amersfoort Zeist Nieuwegein Houten Utrecht Den_Haag Leiden Haarlem Zaandam Purmerend Hoorn "
    "Enkhuizen Den_Helder Alkmaar Heerhugowaard Hengelo Enschede Almelo Oldenzaal Winterswijk Doetinchem "
    "Zutphen Ede Wageningen Arnhem Nijmegen Venray Rotterdam Amsterdam Schagen Barneveld Nunspeet Elburg "
    "Tholen Terneuzen Hulst Joure Wolvega Burgum Veendam Stadskanaal Winschoten Delfzijl Coevorden Hardenberg "
    "Ommen Raalte Rijssen Tubbergen Borne Lochem Epe Brummen Duiven Zevenaar Wijchen Cuijk Boxmeer Gennep "
    "Panningen Echt Brunssum Valkenburg Meerssen Gulpen Vaals IJsselstein Capelle_aan_den_IJssel Maassluis "
    "Krimpen_aan_den_IJssel Papendrecht Sliedrecht Waalwijk Dongen Oosterhout Etten-Leur Zundert")
BE_CITIES = _w("Gent Mechelen Lier Aalst Brugge Kortrijk Hasselt Leuven Turnhout Sint-Niklaas Geel Roeselare "
               "Genk Lokeren Ninove Herentals Dendermonde Tienen Diest Wetteren")

STREETS_NL = _w(
    "Kerkstraat Molenweg Lindelaan Hoofdstraat Dorpsstraat Julianastraat Wilhelminalaan Oranjestraat "
    "Prins_Hendrikkade Oudegracht Spoorsingel Burgemeester_Visserlaan Stationsweg Nieuwe_Binnenweg Achterom "
    "Korte_Nieuwstraat Havenkade Vismarkt Rembrandtlaan Vermeerstraat Frans_Halsstraat Jan_Steenstraat "
    "Van_Goghlaan Mondriaanhof Pieter_de_Hoochweg Thorbeckelaan Troelstrastraat Dr._Schaepmanstraat "
    "Generaal_Foulkesweg Schoolstraat Kloosterstraat Veldweg Akkerstraat Boerhaavelaan Industrieweg "
    "Ambachtsweg Nijverheidsstraat Handelskade Polderweg Sluisweg Kanaalstraat Waterstraat Zandpad Heiligeweg "
    "Bleekveld Nieuwe_Gracht Bolwerk Hoogstraat Noordeinde Zuidsingel Oosterstraat Westvest Groenmarkt "
    "Koestraat Schapendrift Paardenwei Ganzenmarkt Smidsstraat Ververstraat Lijnbaan Touwslagersbaan "
    "Rozengracht Vijzelstraat Lindengracht Zeedijk Brouwersgracht Oude_Rijksweg De_Ruyterlaan "
    "Mr._Troelstralaan Doniastraat Tsjerkebuorren Haadwei Skoalstrjitte Mearwei Oldenzaalsestraat "
    "Deurningerstraat Akerstraat Kapelaan_Berixstraat Tongersestraat Wycker_Brugstraat Ginnekenweg "
    "Boschdijk Stratumsedijk Woenselse_Markt Amsterdamsestraatweg Biltstraat Twijnstraat Lange_Nieuwstraat "
    "Burgwal Turfmarkt Nieuwe_Haven Binnenweg Voorstraat Wijnstraat Steigersgracht Catharijnesingel "
    "Jacob_Catslaan Van_Speijkstraat Tesselschadestraat Anna_Paulownastraat Koningin_Emmaplein "
    "Graaf_Florisstraat Hertog_Janstraat Schepenenlaan Gildeweg Bisschopshof Abdijlaan Kastanjedreef")
_PRE = _w("Berken Eiken Beuken Linden Wilgen Iepen Elzen Lijsterbes Vlinder Zwanen Meeuwen Otter Bever Hazelaar "
          "Kievit Leeuwerik Reiger Buizerd Specht Fazanten Wulp Grutto Tulpen Krokus Narcissen Hyacinten "
          "Zonnebloem Klaproos Korenbloem Boekweit Haver Tarwe Vlas Rogge Hoeven Weiden Dennen Sparren "
          "Heide Duin Klaver Margriet Goudsbloem Ooievaar Zeemeeuw Kraanvogel Roerdomp")
_SUF = _w("laan straat hof weg plein dreef singel pad kade erf gaarde veld akker kamp hoeve rode wal dijk zoom "
          "park plantsoen steeg")
STREETS_BE = _w(
    "Kapellestraat Grote_Markt Kouter Veldstraat Statiestraat Kerkplein Nieuwstraat Leopoldlaan "
    "Koning_Albertstraat Sint-Jansplein Bruul Kasteeldreef Molenberg Kiezelweg Heirbaan Gentsesteenweg "
    "Antwerpsesteenweg Schaliënhoevedreef Bosstraat Dorp-Oost Pastorijstraat Meiboomlaan Lindenlei Ijzerlaan "
    "Vlaamse_Kaai Brusselsesteenweg Hospitaalstraat Begijnhofstraat Kloosterdreef Beekstraat Hazenstraat")

COMPANIES = {
    "garage": ["Autobedrijf De Kruising", "Garage Noordkade", "Autoservice Zuidwal", "Car Center Twentekanaal",
               "APK-station Vlietzicht", "Autohuis Polderpoort"],
    "bakkerij": ["Bakkerij De Korenschoof", "Warme Bakker Het Deeghuys", "Banketbakkerij Suikerspin",
                 "Brood & Banket De Molenwiek", "Bakkerij Ovenvers"],
    "administratie": ["Administratiekantoor Telwerk", "Boekhoudburo Balans & Co", "Fiscaal Adviesbureau Kompas",
                      "AccountancyPlus Rivierenland", "Cijferwerk Administraties"],
    "installatie": ["Installatietechniek Hofstad", "Warmte & Water Service", "Loodgietersbedrijf Straalbuis",
                    "Elektrotechniek Vonkenberg", "Klimaatservice Ketelhuis"],
    "fysio": ["Fysiotherapie Aan de Linge", "Fysio Centrum Oostpoort", "Praktijk Beweegkracht",
              "Manuele Therapie De Brug", "Fysio & Fit Stadspark"],
    "webshop": ["Kaarsenwinkel Lichtpunt", "FietsPlein Online", "TuinSpullen24", "Koffiebonen Direct",
                "Speelgoedkist Webwinkel", "Wolwinkel Breipunt"],
    "schoonmaak": ["Schoonmaakbedrijf Glansrijk", "Blinkend Schoon BV", "Glazenwasserij Helder Zicht",
                   "Facilitaire Dienst Poetsplan"],
    "makelaar": ["Makelaardij Het Poortje", "Woonmakelaars Vestingstad", "Huizenhuis Makelaars",
                 "Makelaarskantoor De Sleutel"],
    "school": ["Basisschool De Regenboog", "OBS Het Kompas", "CBS De Wegwijzer", "Montessorischool De Klimboom",
               "IKC De Vlieger"],
    "zorg": ["Thuiszorg Samen Verder", "Zorggroep Het Anker", "Wijkverpleging Dichtbij", "Zorgboerderij De Hooiberg",
             "Dagbesteding De Werkplaats"],
    "advocaat": ["Advocatenkantoor Rechtstreeks", "Advocaten & Mediation Stadspoort", "Arbeidsrecht Advocaten Noord",
                 "Advocatenkollektief Havenstad"],
    "transport": ["Transportbedrijf Wegwijs", "Koeriersdienst Snelpost", "Rijnmond Logistiek",
                  "Vrachtvervoer Over de Brug", "Expeditie Grensland"],
    "it": ["Pixelwerk Webdesign", "CodeKompas", "Websitebouwers Noord", "Digitale Werkplaats"],
}
PROVIDERS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "xs4all.nl",
             "planet.nl", "home.nl", "hetnet.nl", "icloud.com", "yahoo.com", "proton.me", "hotmail.nl", "upcmail.nl",
             "casema.nl", "me.com", "outlook.nl"]
BE_PROVIDERS = ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.be"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAY2 = ["ma", "di", "wo", "do", "vr", "za", "zo"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "HAND", "DEUT", "NWAB",
         "ADYB"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"

# ---------------------------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------------------------

def elfproef(digits):
    d = re.sub(r"\D", "", digits)
    if len(d) != 9 or d == "000000000":
        return False
    s = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0


def iban_ok(iban):
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def _iban_check(country, bban):
    n = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%02d" % (98 - int(n) % 97)


def fold(s):
    for a, b in (("ı", "i"), ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("đ", "d"), ("ß", "ss"), ("æ", "ae"), ("'", ""),
                 ("’", "")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


def thousands(n):
    return f"{n:,}".replace(",", ".")


# ---------------------------------------------------------------------------------------------
# Person
# ---------------------------------------------------------------------------------------------

def split_last(s):
    parts = s.split(" ")
    tv = []
    while len(parts) > 1 and (parts[0][0].islower() or parts[0] in ("'t",)):
        tv.append(parts.pop(0))
    return " ".join(tv), " ".join(parts)


TV_ABBR = {"van der": "v.d.", "van den": "v.d.", "van de": "v.d.", "van": "v."}


class Person:
    def __init__(self, r, origin=None, g=None):
        self.r = r
        if origin is None:
            origin = r.choices(ORIGIN_KEYS, ORIGIN_W)[0]
        self.origin = origin
        self.g = g or r.choice("mf")
        pool = ORIGINS[origin]
        first_pool = pool[self.g]
        # second generation: Dutch first name with a surname of other origin
        if origin not in ("nl", "fy", "vl") and r.random() < 0.12:
            first_pool = ORIGINS["nl"][self.g]
        self.first = r.choice(first_pool)
        self.tv, self.last = split_last(r.choice(pool["last"]))
        if r.random() < 0.07:
            # double surname (marriage) e.g. "Mulder-van Dijk", "Bakker-Yılmaz"
            o2 = r.choices(ORIGIN_KEYS, ORIGIN_W)[0]
            tv2, l2 = split_last(r.choice(ORIGINS[o2]["last"]))
            if l2 != self.last and " " not in l2 and " " not in self.last:
                self.last = f"{self.last}-{tv2 + ' ' if tv2 else ''}{l2}"
        letters = [p[0] for p in re.split(r"[ -]", self.first) if p]
        extra = r.choice([0, 0, 0, 1, 1, 2])
        for _ in range(extra):
            letters.append(r.choice("AJMCHWPEGLT"))
        self.inits = "".join(c + "." for c in letters)
        self.first_init = self.first[0] + "."

    def full(self):
        return " ".join(x for x in (self.first, self.tv, self.last) if x)

    def surname(self):  # as after a first name or initial
        return f"{self.tv} {self.last}" if self.tv else self.last

    def formal(self):  # without first name: "Van der Linden"
        if self.tv:
            return self.tv[0].upper() + self.tv[1:] + " " + self.last
        return self.last

    def ini(self, single=False):
        return f"{self.first_init if single else self.inits} {self.surname()}"

    def fold_last(self):
        return fold(self.surname())

    def fold_first(self):
        return fold(self.first)

    def title(self, style=None):
        r = self.r
        if self.g == "f":
            opts = ["mevrouw", "mevr.", "mw.", "mevrouw", "mevr."]
        else:
            opts = ["meneer", "dhr.", "de heer", "dhr.", "meneer"]
        return style if style else r.choice(opts)


# ---------------------------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------------------------

AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"


def rs(r, n, alpha=AN):
    s = "".join(r.choice(alpha) for _ in range(n))
    if not s[-1].isalnum():
        s = s[:-1] + r.choice(AN)
    if not s[0].isalnum():
        s = r.choice(AN) + s[1:]
    return s


def digits(r, n, first_nonzero=True):
    s = str(r.randint(1, 9)) if first_nonzero else str(r.randint(0, 9))
    return s + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def gen_bsn_digits(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if r.random() < 0.85 and d[0] == 0:
            d[0] = r.randint(1, 6)
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c == 10:
            continue
        out = "".join(map(str, d)) + str(c)
        if elfproef(out):
            return out


def fmt_bsn(r, d, style=None):
    style = style or r.choices(["plain", "sp3", "dot423", "dot3", "dash3", "sp423"], [45, 20, 12, 12, 5, 6])[0]
    if style == "plain":
        return d
    if style == "sp3":
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == "dot423":
        return f"{d[:4]}.{d[4:6]}.{d[6:]}"
    if style == "dot3":
        return f"{d[:3]}.{d[3:6]}.{d[6:]}"
    if style == "dash3":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    return f"{d[:4]} {d[4:6]} {d[6:]}"


def gen_nonbsn9(r):
    while True:
        s = digits(r, 9)
        if not elfproef(s):
            return s


def gen_iban(r, country="NL", spaced=None):
    if spaced is None:
        spaced = r.random() < 0.4
    if country == "NL":
        bban = r.choice(BANKS) + digits(r, 10, first_nonzero=False)
    elif country == "BE":
        ten = digits(r, 10, first_nonzero=False)
        chk = int(ten) % 97 or 97
        bban = ten + "%02d" % chk
    else:  # DE
        bban = digits(r, 8) + digits(r, 10, first_nonzero=False)
    iban = country + _iban_check(country, bban) + bban
    assert iban_ok(iban)
    if spaced:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


AREA = ["010", "020", "030", "040", "050", "070", "013", "015", "023", "024", "026", "033", "035", "036", "038",
        "043", "045", "046", "053", "055", "058", "071", "072", "073", "074", "075", "076", "077", "078", "079",
        "0111", "0113", "0118", "0162", "0165", "0172", "0174", "0180", "0182", "0183", "0222", "0223", "0224",
        "0227", "0228", "0229", "0251", "0252", "0255", "0294", "0297", "0299", "0313", "0314", "0315", "0317",
        "0318", "0320", "0321", "0341", "0342", "0343", "0344", "0345", "0346", "0347", "0348", "0411", "0412",
        "0413", "0416", "0418", "0475", "0478", "0481", "0485", "0486", "0487", "0488", "0492", "0493", "0495",
        "0497", "0499", "0511", "0512", "0513", "0514", "0515", "0516", "0517", "0518", "0519", "0521", "0522",
        "0523", "0524", "0525", "0527", "0528", "0529", "0541", "0543", "0544", "0545", "0546", "0547", "0548",
        "0561", "0562", "0566", "0570", "0571", "0572", "0573", "0575", "0577", "0578", "0591", "0592", "0593",
        "0594", "0595", "0596", "0597", "0598", "0599"]


def gen_phone(r, kind="any"):
    if kind == "any":
        kind = r.choices(["mobile", "land", "be"], [62, 33, 5])[0]
    if kind == "mobile":
        n = digits(r, 8)
        f = r.randrange(12)
        return [f"06-{n}", f"06 {n}", f"06{n}", f"06 {n[:4]} {n[4:]}", f"06-{n[:4]} {n[4:]}",
                f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 6 {n[:4]} {n[4:]}", f"+316{n}",
                f"+31 (0)6 {n}", f"0031 6 {n}", f"+31-6-{n}", f"06 - {n}"][f]
    if kind == "land":
        a = r.choice(AREA)
        n = digits(r, 10 - len(a))
        a0 = a[1:]
        f = r.randrange(8)
        if len(a) == 3:
            return [f"{a}-{n}", f"{a} {n[:3]} {n[3:]}", f"({a}) {n}", f"+31 {a0} {n[:3]} {n[3:]}",
                    f"{a} {n}", f"+31 (0){a0} {n[:3]} {n[3:]}", f"{a}-{n[:3]} {n[3:5]} {n[5:]}", f"+31{a0}{n}"][f]
        return [f"{a}-{n}", f"{a} {n[:2]} {n[2:4]} {n[4:]}", f"({a}) {n[:3]} {n[3:]}", f"+31 {a0} {n}",
                f"{a} {n}", f"+31 (0){a0} {n}", f"{a}-{n[:3]} {n[3:]}", f"+31{a0}{n}"][f]
    n = "4" + str(r.choice([6, 7, 8, 9])) + digits(r, 7, False)
    return r.choice([f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                     f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}", f"+32{n}"])


def gen_plate(r, style=None):
    L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    sc = [lambda: f"{L(2)}-{D(2)}-{D(2)}", lambda: f"{D(2)}-{D(2)}-{L(2)}", lambda: f"{D(2)}-{L(2)}-{D(2)}",
          lambda: f"{L(2)}-{D(2)}-{L(2)}", lambda: f"{L(2)}-{L(2)}-{D(2)}", lambda: f"{D(2)}-{L(2)}-{L(2)}",
          lambda: f"{D(2)}-{L(3)}-{D(1)}", lambda: f"{D(1)}-{L(3)}-{D(2)}", lambda: f"{L(2)}-{D(3)}-{L(1)}",
          lambda: f"{L(1)}-{D(3)}-{L(2)}", lambda: f"{L(3)}-{D(2)}-{L(1)}", lambda: f"{L(1)}-{D(2)}-{L(3)}",
          lambda: f"{D(1)}-{L(2)}-{D(3)}", lambda: f"{D(3)}-{L(2)}-{D(1)}"]
    p = r.choice(sc)()
    st = style or r.choices(["std", "lower", "nodash"], [86, 9, 5])[0]
    if st == "lower":
        return p.lower()
    if st == "nodash":
        return p.replace("-", "")
    return p


def rand_date(r, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(a, b))


def fmt_dob(r, dt, style=None):
    d, m, y = dt.day, dt.month, dt.year
    styles = ["dd-mm-yyyy", "d-m-yyyy", "dd/mm/yyyy", "dd.mm.yyyy", "iso", "long", "mon3", "mon3dot", "d/m/yyyy",
              "dash_mon3", "long_cap"]
    w = [22, 10, 12, 9, 8, 20, 5, 3, 5, 3, 3]
    st = style or r.choices(styles, w)[0]
    return {
        "dd-mm-yyyy": f"{d:02d}-{m:02d}-{y}",
        "d-m-yyyy": f"{d}-{m}-{y}",
        "dd/mm/yyyy": f"{d:02d}/{m:02d}/{y}",
        "dd.mm.yyyy": f"{d:02d}.{m:02d}.{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "long": f"{d} {MONTHS[m - 1]} {y}",
        "mon3": f"{d} {MON3[m - 1]} {y}",
        "mon3dot": f"{d} {MON3[m - 1]}. {y}",
        "d/m/yyyy": f"{d}/{m}/{y}",
        "dash_mon3": f"{d:02d}-{MON3[m - 1]}-{y}",
        "long_cap": f"{d} {MONTHS[m - 1].capitalize()} {y}",
    }[st]


def fmt_meeting(r, dt, style=None):
    d, m, y, wd = dt.day, dt.month, dt.year, dt.weekday()
    st = style or r.choices(["wd", "wd_y", "wd2", "dm", "wd_comma", "wd_dm"], [52, 14, 8, 12, 8, 6])[0]
    return {
        "wd": f"{DAYS[wd]} {d} {MONTHS[m - 1]}",
        "wd_y": f"{DAYS[wd]} {d} {MONTHS[m - 1]} {y}",
        "wd2": f"{DAY2[wd]} {d} {MON3[m - 1]}",
        "dm": f"{d} {MONTHS[m - 1]}",
        "wd_comma": f"{DAYS[wd]}, {d} {MONTHS[m - 1]}",
        "wd_dm": f"{DAYS[wd]} {d}-{m}",
    }[st]


AMOUNT_STYLES = ["eur_sp_c", "eur_c", "eur_sp_dash", "eur_dash", "eur_sp_int", "eur_int", "EUR_c", "EUR_int",
                 "euro_int", "euro_c", "eur_nothou", "eur_00", "eur_endash", "c_EUR", "EURO_int"]
AMOUNT_W = [16, 7, 8, 6, 14, 5, 6, 7, 9, 5, 4, 5, 2, 3, 3]


def fmt_amount(r, cents, style=None):
    e, c = divmod(cents, 100)
    st = style or r.choices(AMOUNT_STYLES, AMOUNT_W)[0]
    T = thousands(e)
    return {
        "eur_sp_c": f"€ {T},{c:02d}",
        "eur_c": f"€{T},{c:02d}",
        "eur_sp_dash": f"€ {T},-",
        "eur_dash": f"€{T},-",
        "eur_sp_int": f"€ {T}",
        "eur_int": f"€{T}",
        "EUR_c": f"EUR {T},{c:02d}",
        "EUR_int": f"EUR {T}",
        "euro_int": f"{T} euro",
        "euro_c": f"{T},{c:02d} euro",
        "eur_nothou": f"€ {e},{c:02d}",
        "eur_00": f"€ {T},00",
        "eur_endash": f"€ {T},–",
        "c_EUR": f"{T},{c:02d} EUR",
        "EURO_int": f"{T} EURO",
    }[st]


PW_WORDS = ["Zomer", "Winter", "Lente", "Herfst", "Welkom", "Tulp", "Fiets", "Molen", "Kaas", "Haven", "Ketel",
            "Bakkerij", "Garage", "Kantoor", "Schoon", "Voorjaar", "Kerst", "Oranje", "Tractor", "Dijk", "Polder",
            "Klomp", "Stroopwafel", "Hond", "Poes", "Zonnig", "Regen", "Zeilboot", "Werkplaats", "Balie"]
PP_WORDS = ["paars", "olifant", "kachel", "tafel", "groen", "zon", "fiets", "appel", "wolk", "ladder", "spiegel",
            "koffie", "tomaat", "haring", "vlieger", "lantaarn", "molen", "sleutel", "emmer", "kompas"]
SYM = "!@#$%&*?+="


def gen_password(r, style=None):
    st = style or r.choices(["random", "word", "phrase", "leet", "weak"], [40, 30, 12, 10, 8])[0]
    if st == "random":
        n = r.randint(10, 16)
        while True:
            s = "".join(r.choice(AN + SYM) for _ in range(n))
            if (any(c in SYM for c in s) and any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                    and s[-1] not in ".,"):
                return s
    if st == "word":
        w = r.choice(PW_WORDS)
        return r.choice([f"{w}{r.randint(2019, 2026)}{r.choice(SYM)}", f"{w}{r.choice(SYM)}{r.randint(10, 999)}",
                         f"{w.lower()}{r.randint(100, 9999)}{r.choice('!?#')}", f"{w}_{r.randint(1, 99):02d}{w[0]}!"])
    if st == "phrase":
        k = r.randint(3, 4)
        sep = r.choice(["-", ".", "_"])
        return sep.join(r.sample(PP_WORDS, k)) + str(r.randint(1, 99))
    if st == "leet":
        w = r.choice(["W3lk0m", "P@ssw0rd", "Z0m3r", "G3h31m", "K@ssa", "B@kk3r", "W1nk3l", "S3cr3t"])
        return f"{w}{r.choice(SYM)}{r.randint(1, 2026)}"
    return r.choice(["kassa", "balie", "werkplaats", "admin", "planning", "magazijn"]) + str(r.randint(1000, 99999))


def gen_key(r, kind=None):
    kinds = ["openai", "openai_proj", "anthropic", "github", "github_fine", "gitlab", "slack_bot", "slack_user",
             "aws", "google", "stripe", "stripe_rk", "stripe_test", "mollie", "mollie_test", "sendgrid", "mailchimp",
             "twilio", "hf", "shopify", "npm", "do", "telegram", "jwt", "gcp_oauth", "openrouter", "groq"]
    kind = kind or r.choice(kinds)
    ext = AN + "_-"
    k = {
        "openai": lambda: "sk-" + rs(r, 48),
        "openai_proj": lambda: "sk-proj-" + rs(r, r.choice([56, 74, 108, 132]), ext),
        "anthropic": lambda: "sk-ant-api03-" + rs(r, 93, ext) + "AA",
        "github": lambda: "ghp_" + rs(r, 36),
        "github_fine": lambda: "github_pat_" + rs(r, 22) + "_" + rs(r, 59),
        "gitlab": lambda: "glpat-" + rs(r, 20, ext),
        "slack_bot": lambda: f"xoxb-{digits(r, 12)}-{digits(r, 13)}-{rs(r, 24)}",
        "slack_user": lambda: f"xoxp-{digits(r, 11)}-{digits(r, 12)}-{digits(r, 13)}-{rs(r, 32, HEX)}",
        "aws": lambda: "AKIA" + rs(r, 16, UPD),
        "google": lambda: "AIza" + rs(r, 35, ext),
        "stripe": lambda: "sk_live_" + rs(r, r.choice([24, 34, 99])),
        "stripe_rk": lambda: "rk_live_" + rs(r, r.choice([24, 99])),
        "stripe_test": lambda: "sk_test_" + rs(r, r.choice([24, 99])),
        "mollie": lambda: "live_" + rs(r, 30),
        "mollie_test": lambda: "test_" + rs(r, 30),
        "sendgrid": lambda: "SG." + rs(r, 22, ext) + "." + rs(r, 43, ext),
        "mailchimp": lambda: rs(r, 32, HEX) + "-us" + str(r.randint(2, 21)),
        "twilio": lambda: "SK" + rs(r, 32, HEX),
        "hf": lambda: "hf_" + rs(r, 34),
        "shopify": lambda: "shpat_" + rs(r, 32, HEX),
        "npm": lambda: "npm_" + rs(r, 36),
        "do": lambda: "dop_v1_" + rs(r, 64, HEX),
        "telegram": lambda: digits(r, 10) + ":AA" + rs(r, 33, ext),
        "jwt": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + rs(r, r.randint(60, 110), ext) + "." + rs(r, 43, ext),
        "gcp_oauth": lambda: "GOCSPX-" + rs(r, 28, ext),
        "openrouter": lambda: "sk-or-v1-" + rs(r, 64, HEX),
        "groq": lambda: "gsk_" + rs(r, 52),
        "aws_secret": lambda: rs(r, 40, AN + "/+"),
    }[kind]()
    return k


PROVIDER_NAMES = {"openai": "OpenAI", "openai_proj": "OpenAI", "anthropic": "Anthropic", "github": "GitHub",
                  "github_fine": "GitHub", "gitlab": "GitLab", "slack_bot": "Slack", "slack_user": "Slack",
                  "aws": "AWS", "google": "Google Maps", "stripe": "Stripe", "stripe_rk": "Stripe",
                  "stripe_test": "Stripe", "mollie": "Mollie", "mollie_test": "Mollie", "sendgrid": "SendGrid",
                  "mailchimp": "Mailchimp", "twilio": "Twilio", "hf": "Hugging Face", "shopify": "Shopify",
                  "npm": "npm", "do": "DigitalOcean", "telegram": "Telegram", "jwt": "de koppeling",
                  "gcp_oauth": "Google", "openrouter": "OpenRouter", "groq": "Groq"}


def housenum(r, be=False):
    n = int(r.triangular(1, 320, 12))
    if be and r.random() < 0.55:
        return f"{n} bus {r.randint(1, 32)}"
    suf = r.choices(["", "a", "b", "A", "B", "-2", "-1", "-3", " bis", "-hs", " hs", "-III", "-II", "-I", " A",
                     "-A", "-H", "c", " B"], [44, 7, 4, 4, 2, 5, 3, 2, 4, 3, 2, 3, 2, 1, 2, 2, 2, 1, 2])[0]
    return f"{n}{suf}"


def gen_postcode(r, style=None):
    while True:
        l = r.choice("ABCDEFGHJKLMNPRSTVWXZ") + r.choice("ABCDEFGHJKLMNPRSTVWXZ")
        if l not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    st = style or r.choices(["sp", "nosp"], [70, 30])[0]
    return f"{n} {l}" if st == "sp" else f"{n}{l}"


def gen_street(r, be=False):
    if be:
        return r.choice(STREETS_BE)
    if r.random() < 0.4:
        return r.choice(_PRE) + r.choice(_SUF)
    return r.choice(STREETS_NL)


def company_domain(r, name):
    words = [w for w in re.split(r"[\s&]+", name) if w and w.upper() not in ("BV", "&", "CO")]
    f = [fold(w) for w in words]
    f = [w for w in f if w]
    c = r.choice([".".join([]) or "-".join(f[-2:]), "".join(f[-2:]), f[-1] + "-" + f[0], "".join(f)])
    return c + r.choice([".nl", ".nl", ".nl", ".com", ".eu"])


# ---------------------------------------------------------------------------------------------
# Document builder
# ---------------------------------------------------------------------------------------------

class Doc:
    def __init__(self, r):
        self.r = r
        self.mask = []
        self.keep = []
        self.block = []
        self._lasts = set()
        self._firsts = set()

    # generic
    def m(self, label, v):
        self.mask.append([label, v])
        return v

    def k(self, v):
        self.keep.append(v)
        return v

    def B(self, cat):
        if cat not in self.block:
            self.block.append(cat)

    def ch(self, *opts):
        return self.r.choice(opts)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def maybe(self, p, s, alt=""):
        return s if self.r.random() < p else alt

    # people
    def person(self, origin=None, g=None):
        for _ in range(40):
            p = Person(self.r, origin, g)
            if p.last not in self._lasts and p.first not in self._firsts:
                break
        self._lasts.add(p.last)
        self._firsts.add(p.first)
        return p

    def P(self, p, form=None, forms=None):
        r = self.r
        if form is None:
            forms = forms or ["full", "full", "full", "full", "ini", "first", "tformal", "tini"]
            form = r.choice(forms)
        if form == "full":
            return self.m("PERSOON", p.full())
        if form == "first":
            return self.m("PERSOON", p.first)
        if form == "ini":
            return self.m("PERSOON", p.ini())
        if form == "ini1":
            return self.m("PERSOON", p.ini(single=True))
        if form == "formal":
            return self.m("PERSOON", p.formal())
        if form == "lc":
            return self.m("PERSOON", p.first.lower())
        if form == "lcfull":
            return self.m("PERSOON", p.full().lower())
        if form == "abbr":
            if p.tv in TV_ABBR:
                return self.m("PERSOON", f"{p.first} {TV_ABBR[p.tv]} {p.last}")
            return self.m("PERSOON", p.full())
        if form == "lastfirst":
            return self.m("PERSOON", f"{p.formal()}, {p.first}")
        if form == "upper":
            return self.m("PERSOON", p.full().upper())
        if form == "tformal":
            return f"{p.title()} {self.m('PERSOON', p.formal())}"
        if form == "tini":
            return f"{p.title()} {self.m('PERSOON', p.ini())}"
        if form == "tfull":
            return f"{p.title()} {self.m('PERSOON', p.full())}"
        raise ValueError(form)

    def aanhef(self, p, register="mixed"):
        r = self.r
        if register == "informal" or (register == "mixed" and r.random() < 0.5):
            return f"{r.choice(['Beste', 'Hoi', 'Hallo', 'Dag', 'Hi', 'Goedemorgen'])} {self.P(p, 'first')},"
        t = "mevrouw" if p.g == "f" else "heer"
        c = r.random()
        if c < 0.4:
            return f"Geachte {t} {self.P(p, 'formal')},"
        if c < 0.6:
            return f"Beste {'mevrouw' if p.g == 'f' else 'meneer'} {self.P(p, 'formal')},"
        if c < 0.8:
            return f"Beste {self.P(p, 'full')},"
        return f"Geachte {t} {self.P(p, 'ini')},"

    def groet(self):
        return self.r.choice(["Met vriendelijke groet,", "Vriendelijke groet,", "Groet,", "Groeten,",
                              "Hartelijke groet,", "Mvg,", "Met vriendelijke groeten,", "Gr.", "Met groet,",
                              "Vriendelijke groeten,", "Hartelijke groeten,"])

    # contact data
    def email(self, p=None, domain=None, local=None):
        r = self.r
        if local is None:
            if p is None:
                local = r.choice(["info", "contact", "administratie", "planning", "service", "hallo",
                                  "klantenservice", "boekhouding", "werkplaats", "receptie", "secretariaat"])
            else:
                f, l = p.fold_first(), p.fold_last()
                f0 = f[0]
                local = r.choice([f"{f}.{l}", f"{f0}.{l}", f"{f}{l}", f"{f}_{l}", f"{f}{r.randint(1, 99)}",
                                  f"{l}.{f}", f"{f0}{l}{r.randint(60, 99)}", f"{f}.{l}{r.randint(1, 9)}", f,
                                  f"{f}-{l}", f"{f0}{l}"])
        dom = domain or r.choice(PROVIDERS)
        return self.m("EMAIL", f"{local}@{dom}")

    def tel(self, kind="any"):
        return self.m("TELEFOON", gen_phone(self.r, kind))

    def street(self, be=False):
        return self.m("ADRES", f"{gen_street(self.r, be)} {housenum(self.r, be)}")

    def pc(self, style=None):
        return self.m("POSTCODE", gen_postcode(self.r, style))

    def city(self, be=False):
        return self.r.choice(BE_CITIES if be else CITIES)

    def addr(self, sep=", ", be=False):
        if be:
            return f"{self.street(True)}{sep}{self.city(True)}"
        return f"{self.street()}{sep}{self.pc()} {self.city()}"

    def iban(self, country="NL", spaced=None):
        return self.m("IBAN", gen_iban(self.r, country, spaced))

    def bsn(self, style=None):
        return self.m("BSN", fmt_bsn(self.r, gen_bsn_digits(self.r), style))

    def dob(self, style=None, y0=1942, y1=2007):
        return self.m("GEBOORTEDATUM", fmt_dob(self.r, rand_date(self.r, y0, y1), style))

    def plate(self, style=None):
        return self.m("KENTEKEN", gen_plate(self.r, style))

    def key(self, kind=None):
        return self.m("API_SLEUTEL", gen_key(self.r, kind))

    def pw(self, style=None):
        return self.m("WACHTWOORD", gen_password(self.r, style))

    # keep values
    def amt(self, lo, hi, style=None, cents_p=0.5):
        e = self.r.randint(lo, hi)
        c = self.r.randint(1, 99) if self.r.random() < cents_p else 0
        return self.k(fmt_amount(self.r, e * 100 + c, style))

    def amt_c(self, cents, style=None):
        return self.k(fmt_amount(self.r, cents, style))

    def mdate(self):
        dt = rand_date(self.r, 2025, 2026)
        wd = dt.weekday()
        if wd >= 5 and self.r.random() < 0.85:
            dt += datetime.timedelta(days=7 - wd)
        return dt

    def md(self, style=None, dt=None):
        return self.k(fmt_meeting(self.r, dt or self.mdate(), style))

    def order(self):
        return self.k(gen_nonbsn9(self.r))

    def company(self, sector):
        name = self.r.choice(COMPANIES[sector])
        return name, company_domain(self.r, name)

    def time(self):
        return f"{self.r.randint(7, 18):02d}:{self.r.choice(['00', '15', '30', '45'])}"


# ---------------------------------------------------------------------------------------------
# Validation: a perfect anonymizer (mask values replaced longest first, whole words only)
# ---------------------------------------------------------------------------------------------

INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}


def name_tokens(label, value):
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in re.findall(r"[^\W\d_][\w'’-]*", value) if len(t) >= 4 and t.lower() not in INTERFIX]


def simulate(text, mask):
    out = text
    for v in sorted({v for _, v in mask}, key=len, reverse=True):
        out = re.sub(r"(?<![\w])" + re.escape(v) + r"(?![\w])", "\u2588", out)
    return out


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z0-9]{4}(?: ?[A-Z0-9]{2,4}){2,7}\b")
PHONE_RE = re.compile(r"(?<![\w+])(?:\+|00|0)[\d \-()/.]{7,}\d")
POSTCODE_RE = re.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b")
NINE_RE = re.compile(r"(?<![\d.,])(\d{9}|\d{3}[ .-]\d{3}[ .-]\d{3}|\d{4}[ .]\d{2}[ .]\d{3})(?![\d])")
BLOCK_OF = {"BSN": "BSN", "WACHTWOORD": "PASSWORD", "API_SLEUTEL": "API_KEY"}
BLOCK_CATS = ["BSN", "PASSWORD", "API_KEY", "SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST"]


def validate(rec):
    """Return a list of problems (empty when the record is sound)."""
    errs = []
    t = rec["text"]
    mask, keep = rec["mask"], rec["keep"]
    for lab, v in mask:
        if not v or v not in t:
            errs.append(f"mask value not in text: {lab} {v!r}")
        if v != v.strip():
            errs.append(f"mask value has outer whitespace: {v!r}")
        if lab == "BSN" and not elfproef(v):
            errs.append(f"BSN fails 11-proef: {v}")
        if lab == "IBAN" and not iban_ok(v):
            errs.append(f"IBAN fails mod-97: {v}")
    for v in keep:
        if v not in t:
            errs.append(f"keep value not in text: {v!r}")
        if re.fullmatch(r"\d{9}", v) and elfproef(v):
            errs.append(f"keep number passes 11-proef: {v}")
        for _, mv in mask:
            if mv in v or v in mv:
                errs.append(f"keep {v!r} overlaps mask {mv!r}")
    out = simulate(t, mask)
    for lab, v in mask:
        if v in out:
            errs.append(f"mask value survives whole-word replacement: {lab} {v!r}")
        for tok in name_tokens(lab, v):
            if re.search(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", out):
                errs.append(f"word of {lab} survives: {tok!r}")
    for v in keep:
        if v not in out:
            errs.append(f"keep value destroyed: {v!r}")
    for m in EMAIL_RE.finditer(out):
        errs.append(f"unlabelled e-mail: {m.group(0)!r}")
    for m in IBAN_RE.finditer(out):
        errs.append(f"unlabelled IBAN-like: {m.group(0)!r}")
    for m in PHONE_RE.finditer(out):
        nd = len(re.sub(r"\D", "", m.group(0)))
        if 9 <= nd <= 13:
            errs.append(f"unlabelled phone-like: {m.group(0)!r}")
    for m in POSTCODE_RE.finditer(out):
        errs.append(f"unlabelled postcode-like: {m.group(0)!r}")
    for m in NINE_RE.finditer(out):
        if elfproef(m.group(1)):
            errs.append(f"unlabelled 11-proef number: {m.group(1)!r}")
    labels = {l for l, _ in mask}
    for lab, cat in BLOCK_OF.items():
        if (lab in labels) != (cat in rec["block"]):
            errs.append(f"block {cat} inconsistent with {lab} labels")
    for b in rec["block"]:
        if b not in BLOCK_CATS:
            errs.append(f"unknown block category {b}")
    if "CUSTOMER_LIST" in rec["block"] and sum(1 for l, _ in mask if l == "PERSOON") < 5:
        errs.append("customer list with fewer than 5 people")
    return errs


def finalize(d, text):
    seen = set()
    mask = []
    for lab, v in d.mask:
        if (lab, v) not in seen:
            seen.add((lab, v))
            mask.append([lab, v])
    mask.sort(key=lambda x: (text.find(x[1]) if x[1] in text else 10 ** 9))
    keep = []
    for v in d.keep:
        if v not in keep:
            keep.append(v)
    keep.sort(key=lambda v: (text.find(v) if v in text else 10 ** 9))
    block = list(d.block)
    labels = {l for l, _ in mask}
    for lab, cat in BLOCK_OF.items():
        if lab in labels and cat not in block:
            block.append(cat)
    return {"text": text, "mask": mask, "block": block, "keep": keep}


# ---------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------

TEMPLATES = []


def T(cat):
    def deco(fn):
        TEMPLATES.append((fn.__name__, cat, fn))
        return fn
    return deco

# ======================= ordinary texts (not blocked) ==========================================

JOBS = ["APK + kleine beurt", "distributieriem vervangen", "remblokken voor", "airco bijvullen",
        "grote beurt + APK", "uitlaat lekt", "koppeling slipt", "winterbanden wisselen", "storingslampje motor"]
CARS = ["Golf", "Polo", "Corsa", "Clio", "Yaris", "Fiesta", "Astra", "Octavia", "Picanto", "Transit",
        "Caddy", "Berlingo", "Sprinter", "Model 3", "Aygo", "i20", "C3", "Ioniq"]


@T("none")
def garage_werkorder(d):
    comp, _ = d.company("garage")
    p = d.person()
    wo = f"WO-{d.ri(2024, 2026)}-{d.ri(1000, 9999)}"
    return (f"{d.ch('WERKORDER', 'Werkorder', 'Werkbon')} {wo}\n"
            f"Afspraak: {d.md()} – {d.time()}\n"
            f"Klant: {d.P(p, forms=['full', 'ini', 'tformal'])}\n"
            f"Kenteken: {d.plate('std')}\n"
            f"Tel: {d.tel()}\n"
            f"Werkzaamheden: {d.ch(*JOBS)}\n"
            f"Richtprijs: {d.amt(60, 1400)}\n"
            f"Opmerking: {d.ch('klant wacht in de kantine', 'vervangend vervoer geregeld', 'graag bellen voor meerwerk boven de richtprijs', 'sleutel in de sleutelkluis')}")


@T("none")
def garage_chat_klaar(d):
    p, s = d.person(), d.person()
    return (f"hoi {d.P(p, 'lc')}! je {d.ch(*CARS).lower()} ({d.plate(d.ch('std', 'lower'))}) is klaar hoor 👍 "
            f"totaal wordt {d.amt(45, 900)}, pinnen kan bij de balie. we zijn tot 17:30 open. "
            f"gr {d.P(s, d.ch('lc', 'first'))}")


@T("none")
def garage_offerte_schade(d):
    comp, dom = d.company("garage")
    p, s = d.person(), d.person()
    return (f"{d.aanhef(p, 'formal')}\n\n"
            f"Naar aanleiding van de schade aan uw {d.ch(*CARS)} met kenteken {d.plate('std')} sturen wij u hierbij "
            f"onze prijsopgave: {d.amt(150, 2200)} voor het uitdeuken en {d.amt(200, 1800)} voor het spuitwerk, "
            f"inclusief btw. De reparatie duurt ongeveer drie werkdagen. Wij kunnen op {d.md()} beginnen.\n\n"
            f"Een aanbetaling kunt u overmaken op {d.iban()} t.n.v. {comp}.\n\n"
            f"{d.groet()}\n{d.P(s, 'full')}\n{comp}\n{d.tel('land')}")


@T("none")
def garage_bandenhotel_kort(d):
    ps = [d.person() for _ in range(d.ri(2, 3))]
    rows = "\n".join(f"{d.plate('std')} – {d.P(p, forms=['full', 'ini', 'formal'])}" for p in ps)
    return (f"Bandenhotel, wissel {d.md()}:\n{rows}\n"
            f"{d.ch('Allebei gebeld, komen in de ochtend.', 'Klanten zijn ingelicht.', 'Nog niet gebeld!')}")


@T("none")
def bakkerij_bestelling(d):
    p = d.person()
    return (f"Bestelling voor {d.md()}:\n"
            f"- {d.ch('1 slagroomtaart (20 pers.)', '2 appeltaarten', '1 bruidstaart 3 lagen', '1 kindertaart met foto')}\n"
            f"- {d.ri(20, 80)} {d.ch('saucijzenbroodjes', 'krentenbollen', 'petitfours', 'mini-quiches')}\n"
            f"Op naam van {d.P(p, forms=['full', 'tformal', 'ini'])}, tel. {d.tel()}\n"
            f"Aanbetaald: {d.amt(10, 80)}, rest ({d.amt(20, 250)}) bij ophalen.")


@T("none")
def bakkerij_rooster_kort(d):
    ps = [d.person() for _ in range(d.ri(2, 3))]
    lines = []
    shifts = ["05:30–11:00 (oven)", "07:00–13:00 (winkel)", "13:00–18:00 (winkel)", "06:00–14:00 (bezorging)"]
    for p, sh in zip(ps, d.r.sample(shifts, len(ps))):
        lines.append(f"{d.P(p, d.ch('first', 'full'))} {sh}")
    q = d.P(ps[-1], "first")
    return (f"Rooster {d.ch('zaterdag', 'koopzondag', 'Koningsdag', 'maandag')}:\n" + "\n".join(lines) +
            f"\nWie wil er ruilen met {q}? Laat het me voor vrijdag weten.")


@T("none")
def bakkerij_klacht_antwoord(d):
    comp, dom = d.company("bakkerij")
    p, s = d.person(), d.person()
    return (f"{d.aanhef(p)}\n\n"
            f"Dank voor uw bericht over de taart die u op {d.md()} heeft opgehaald. Wat vervelend dat de bovenkant "
            f"was ingezakt. Wij storten het aankoopbedrag van {d.amt(18, 95)} terug op {d.iban()}. "
            f"U hoort nog van ons via {d.email(p)}.\n\n"
            f"{d.groet()}\n{d.P(s, d.ch('first', 'full'))}\n{comp}")


@T("none")
def accountant_stukken(d):
    comp, dom = d.company("administratie")
    p, s = d.person(), d.person()
    return (f"{d.aanhef(p, 'formal')}\n\n"
            f"Voor de aangifte inkomstenbelasting {d.ri(2023, 2025)} ontvangen wij graag vóór {d.md()} de "
            f"volgende stukken: jaaropgaven, de WOZ-beschikking, het overzicht van uw hypotheek en eventuele giften. "
            f"Onze vergoeding bedraagt {d.amt(175, 650, cents_p=0.2)} exclusief btw.\n\n"
            f"{d.groet()}\n\n{d.P(s, d.ch('full', 'ini'))}\n{comp}\n{d.tel('land')} | {d.email(s, dom)}")


@T("none")
def accountant_telefoonnotitie(d):
    comp, _ = d.company("administratie")
    p, s = d.person(), d.person()
    return (f"TELEFOONNOTITIE {d.time()}\n"
            f"Beller: {d.P(p, forms=['tformal', 'full', 'tini'])}\n"
            f"Terugbellen op: {d.tel()}\n"
            f"Betreft: {d.ch('voorlopige aanslag', 'naheffing btw', 'teruggave', 'betalingsregeling')} van "
            f"{d.amt(120, 9000)}\n"
            f"Aangenomen door: {d.P(s, d.ch('first', 'ini1'))}")


@T("none")
def installateur_bevestiging(d):
    comp, dom = d.company("installatie")
    p = d.person()
    return (f"Bevestiging {d.ch('onderhoudsbeurt cv-ketel', 'installatie warmtepomp', 'vervanging boiler', 'storingsbezoek')}\n\n"
            f"Adres: {d.addr()}\n"
            f"Datum: {d.md()}, tussen {d.ch('08:00 en 12:00', '12:00 en 16:00', '07:30 en 10:00')} uur\n"
            f"Monteur: {d.P(p, d.ch('full', 'first'))}\n"
            f"Kosten: {d.amt(85, 4200)} incl. btw\n\n"
            f"Verhinderd? Bel ons op {d.tel('land')} of mail naar {d.email(None, dom)}.")


@T("none")
def installateur_offerte_mail(d):
    comp, dom = d.company("installatie")
    p, s = d.person(), d.person()
    return (f"Onderwerp: offerte {d.ch('badkamerrenovatie', 'zonnepanelen', 'groepenkast', 'vloerverwarming')} "
            f"{d.ri(2025, 2026)}-{d.ri(100, 999)}\n\n{d.aanhef(p)}\n\n"
            f"Zoals besproken tijdens ons bezoek aan de {d.street()} hierbij onze offerte. De totale kosten komen "
            f"op {d.amt(900, 18000)} inclusief materiaal en arbeid. Bij akkoord vragen wij een aanbetaling van 30% "
            f"op {d.iban()}.\n\nWe kunnen starten op {d.md()}. Heeft u vragen, bel dan gerust met "
            f"{d.P(s, 'first')} op {d.tel('mobile')}.\n\n{d.groet()}\n{comp}")


@T("none")
def installateur_whatsapp(d):
    s, b, k = d.person(), d.person(), d.person()
    h = d.ri(7, 16)
    m1, m2, m3 = sorted(d.r.sample(range(0, 60), 3))
    return (f"[{h:02d}:{m1:02d}] {d.P(s, 'full')}: Ben bij {d.P(k, 'tformal')} op de {d.street()}, lekkage zit achter de kitnaad\n"
            f"[{h:02d}:{m2:02d}] {d.P(b, 'full')}: oke, materiaal kost ongeveer {d.amt(20, 300)}. "
            f"Doe maar\n"
            f"[{h:02d}:{m3:02d}] {d.P(s, 'full')}: klant is overdag bereikbaar op {d.tel('mobile')}")


@T("none")
def fysio_bevestiging(d):
    comp, dom = d.company("fysio")
    p, s = d.person(), d.person()
    return (f"{d.aanhef(p, 'informal')}\n\n"
            f"Uw afspraak bij {d.P(s, d.ch('full', 'first'))} staat gepland op {d.md()} om {d.time()}. "
            f"Neemt u een handdoek en uw verwijsbrief mee? Afzeggen kan tot 24 uur van tevoren via "
            f"{d.email(None, dom)} of {d.tel('land')}.\n\nTot dan!\n{comp}")


@T("none")
def fysio_intake_dob(d):
    p, h = d.person(), d.person()
    return (f"Intake nieuwe cliënt\n"
            f"Naam: {d.P(p, d.ch('full', 'ini'))}\n"
            f"{d.ch('Geboortedatum', 'Geb. datum', 'Geboren', 'Geb.')}: {d.dob()}\n"
            f"Adres: {d.addr()}\n"
            f"Telefoon: {d.tel()}\n"
            f"Huisarts: {d.ch('dr.', 'huisarts')} {d.P(h, 'formal')}\n"
            f"Klacht: {d.ch('schouderpijn rechts sinds drie weken', 'lage rugklachten na tillen', 'knie na sportblessure', 'nekpijn, veel beeldschermwerk')}")


@T("none")
def webshop_klacht(d):
    p = d.person()
    o = d.order()
    return (f"Onderwerp: bestelling {o} nog steeds niet ontvangen\n\n"
            f"Hallo,\n\nIk heb {d.ch('twee weken', 'tien dagen', 'al een maand')} geleden besteld (ordernummer {o}) "
            f"maar ik heb nog niets ontvangen. Track & trace zegt 'bezorgd' maar er lag niks. Mijn adres is "
            f"{d.addr()}. Ik wil graag mijn geld terug ({d.amt(15, 480)}).\n\n"
            f"{d.groet()}\n{d.P(p, d.ch('full', 'first'))}\n{d.tel('mobile')}")


@T("none")
def webshop_retour(d):
    p = d.person()
    return (f"Retour {d.order()}: klant {d.P(p, d.ch('full', 'ini'))} ({d.email(p)}) stuurt de "
            f"{d.ch('jas', 'stofzuiger', 'fietsstoeltjes', 'koffiemolen', 'tent')} terug en wil {d.amt(25, 640)} retour op "
            f"{d.iban()}. Pakket is binnen en onbeschadigd, graag vandaag nog terugboeken.")


@T("none")
def webshop_verzendlabel(d):
    p = d.person()
    return (f"Verzendlabel\n\n{d.P(p, d.ch('full', 'ini', 'upper'))}\n{d.street()}\n{d.pc()}  {d.city().upper()}\n"
            f"Nederland\n\nTel. {d.tel()}\nGewicht: {d.ri(1, 19)},{d.ri(1, 9)} kg — order {d.order()}")


@T("none")
def schoonmaak_planning_kort(d):
    p1, p2 = d.person(), d.person()
    c1, _ = d.company(d.ch("administratie", "makelaar", "fysio"))
    return (f"Planning schoonmaak week {d.ri(2, 51)}\n"
            f"ma/wo/vr: {d.P(p1, d.ch('full', 'first'))} – {c1} ({d.street()}, {d.city()})\n"
            f"di/do: {d.P(p2, d.ch('full', 'first'))} – praktijk aan de {d.street()}\n"
            f"Uurtarief blijft {d.amt(24, 38, cents_p=0.6)}.")


@T("none")
def schoonmaak_offerte_vlaams(d):
    p, s = d.person("vl"), d.person()
    comp, dom = d.company("schoonmaak")
    return (f"Dag {d.P(p, 'first')},\n\n"
            f"Zoals afgesproken kunnen we de ramen van je appartement in de {d.street(be=True)} te {d.city(True)} "
            f"elke maand komen wassen voor {d.amt(35, 120)} per beurt. De eerste keer zou {d.md()} zijn. "
            f"Laat je iets weten?\n\n{d.ch('Groetjes', 'Vriendelijke groeten', 'Met vriendelijke groet')},\n"
            f"{d.P(s, 'full')}\n{d.tel('be')}")


@T("none")
def makelaar_bezichtiging(d):
    p, s = d.person(), d.person()
    return (f"Bezichtiging {d.md()} {d.time()}\n"
            f"Object: {d.addr()}\n"
            f"Vraagprijs: {d.amt(235000, 895000, cents_p=0, style=d.ch('eur_sp_int', 'eur_int', 'EUR_int', 'eur_sp_dash'))} k.k.\n"
            f"Geïnteresseerde: {d.P(p, d.ch('full', 'tformal'))}, {d.tel('mobile')}, {d.email(p)}\n"
            f"Makelaar: {d.P(s, 'first')}")


@T("none")
def makelaar_bod(d):
    comp, dom = d.company("makelaar")
    p, s = d.person(), d.person()
    return (f"{d.aanhef(p, 'formal')}\n\n"
            f"Goed nieuws: op uw woning aan de {d.street()} is vandaag een bod uitgebracht van "
            f"{d.amt(250000, 760000, cents_p=0, style=d.ch('eur_sp_int', 'euro_int', 'EUR_int'))}, met voorbehoud van "
            f"financiering. Ik stel voor dat we dit {d.md()} telefonisch bespreken.\n\n"
            f"{d.groet()}\n{d.P(s, 'full')}\n{comp}\n{d.tel('mobile')}")


@T("none")
def school_ziekmelding(d):
    t, c, par = d.person(), d.person(), d.person()
    c.tv, c.last = par.tv, par.last
    return (f"{d.ch('Beste', 'Hoi', 'Goedemorgen')} {'juf' if t.g == 'f' else 'meester'} {d.P(t, 'first')},\n\n"
            f"{d.P(c, 'first')} is vannacht ziek geworden en blijft vandaag thuis. Hopelijk is {'hij' if c.g == 'm' else 'ze'} er "
            f"{d.md('wd')} weer. Het huiswerk kan naar {d.email(par)}.\n\n"
            f"Groetjes,\n{d.P(par, 'full')}\n{d.tel('mobile')}")


@T("none")
def school_contactwijziging(d):
    c, mom = d.person(), d.person(g="f")
    mom.last, mom.tv = c.last, c.tv
    return (f"Wijziging contactgegevens leerling {d.P(c, 'full')} (groep {d.ri(1, 8)}):\n"
            f"Nieuw adres: {d.addr()}\n"
            f"Telefoon moeder ({d.P(mom, 'first')}): {d.tel('mobile')}\n"
            f"Telefoon vader: {d.tel('mobile')}\n"
            f"E-mail: {d.email(mom)}\n"
            f"Ingangsdatum: {d.md()}")


@T("none")
def zorg_rapportage(d):
    c, dt = d.person(g="f"), d.person()
    return (f"Rapportage {d.ch('ochtenddienst', 'avonddienst', 'weekend')} – {d.P(c, 'tformal')}\n"
            f"Cliënte was wat onrustig en heeft slecht gegeten. Medicatie volgens lijst gegeven. "
            f"{d.ch('Dochter', 'Zoon', 'Schoonzoon', 'Buurvrouw')} {d.P(dt, d.ch('full', 'first'))} "
            f"(tel. {d.tel()}) komt {d.md()} langs om de nieuwe rollator te brengen.\n"
            f"Adres voor de taxi: {d.street()}.")


@T("none")
def advocaat_bespreking(d):
    comp, dom = d.company("advocaat")
    p, o, l = d.person(g="m"), d.person(), d.person()
    return (f"Geachte heer {d.P(p, 'formal')},\n\n"
            f"Hierbij bevestig ik onze bespreking op {d.md()} om {d.time()} op ons kantoor. Inmiddels heb ik de "
            f"processtukken van de wederpartij, {d.P(o, d.ch('full', 'tformal'))}, ontvangen. Het voorschot voor de "
            f"eerste fase bedraagt {d.amt(750, 4500)}.\n\n"
            f"{d.groet()}\n\nmr. {d.P(l, 'ini')}\n{comp}\n{d.tel('land')}\n{d.email(l, dom)}")


@T("none")
def advocaat_intake_dob(d):
    p, b = d.person(), d.person()
    comp, _ = d.company(d.ch("transport", "schoonmaak", "bakkerij", "zorg"))
    return (f"Intake arbeidsgeschil\n"
            f"Cliënt: {d.P(p, 'full')}, {d.ch('geboren', 'geb.', 'geboren op')} {d.dob()}\n"
            f"Woonachtig: {d.addr()}\n"
            f"Werkgever: {comp}\n"
            f"Leidinggevende: {d.P(b, d.ch('full', 'tformal'))}\n"
            f"Geschil: {d.ch('ontslag op staande voet', 'niet betaalde overuren', 'verlenging contract geweigerd')}, "
            f"vordering ca. {d.amt(900, 15000)}")


@T("none")
def transport_rit(d):
    p, c = d.person(), d.person()
    comp, _ = d.company(d.ch("webshop", "bakkerij", "installatie"))
    return (f"Rit {d.ri(1, 14)} – {d.md()}\n"
            f"Laden: {comp}, {d.city()}\n"
            f"Lossen: {d.P(p, d.ch('full', 'ini'))}, {d.addr()} – bellen bij aankomst {d.tel()}\n"
            f"Chauffeur: {d.P(c, d.ch('first', 'full'))}\n"
            f"Trekker {d.plate('std')}, oplegger {d.plate('std')}")


@T("none")
def transport_schade(d):
    c, b = d.person(g="m"), d.person()
    return (f"Schademelding\nChauffeur {d.P(c, 'full')} meldt dat hij met de {d.plate()} bij het achteruit "
            f"steken de erfafscheiding van {d.P(b, 'tformal')} aan de {d.street()} heeft geraakt. "
            f"Schade geschat op {d.amt(300, 4500)}. Bewoner is bereikbaar op {d.tel()}.")


@T("none")
def hr_ziekmelding(d):
    b, p, q, s = d.person(), d.person(), d.person(), d.person()
    zij = "hij" if p.g == "m" else "ze"
    return (f"Hoi {d.P(b, 'first')},\n\n{d.P(p, 'full')} heeft zich vanochtend ziek gemeld "
            f"({d.ch('griep', 'migraine', 'rugklachten', 'buikgriep', 'koorts')}). {zij.capitalize()} verwacht "
            f"{d.md('wd')} weer te kunnen werken. De diensten zijn overgenomen door {d.P(q, 'first')}.\n\n"
            f"Gr, {d.P(s, 'first')}")


@T("none")
def hr_contract_notitie(d):
    p, b = d.person(), d.person()
    return (f"Notitie: het contract van {d.P(p, d.ch('full', 'ini'))} loopt af per {d.ch('1 april', '1 juli', '1 oktober', '1 januari')}. "
            f"Voorstel: verlengen met 12 maanden en uurloon naar {d.amt(14, 28, cents_p=0.9)}. "
            f"Nog bespreken met {d.P(b, 'first')} op {d.md()}. Nieuwe overeenkomst is nog niet opgesteld.")


@T("none")
def hr_verjaardagen_kort(d):
    ps = [d.person() for _ in range(d.ri(2, 3))]
    rows = "\n".join(f"{d.P(p, d.ch('full', 'first'))} – {d.dob(d.ch('long', 'dd-mm-yyyy', 'd-m-yyyy'), 1960, 2003)}" for p in ps)
    return (f"Verjaardagen {d.ch('deze maand', 'in mei', 'komende weken')} 🎂\n{rows}\n"
            f"{d.ch('Wie regelt er taart?', 'Kaartje ligt bij de receptie.', 'Graag even bijdragen in de pot.')}")


@T("none")
def herinnering_factuur(d):
    comp, dom = d.company(d.ch("installatie", "schoonmaak", "garage", "administratie"))
    p = d.person()
    f = f"{d.ri(2024, 2026)}-{d.ri(100, 9999):04d}"
    return (f"Betreft: herinnering factuur {f}\n\n{d.aanhef(p, 'formal')}\n\n"
            f"Volgens onze administratie staat factuur {f} van {d.amt(45, 3800)} nog open. Wij verzoeken u het "
            f"bedrag binnen 14 dagen over te maken op {d.iban()} met het factuurnummer als omschrijving. "
            f"Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.\n\n"
            f"{d.groet()}\n{comp}\n{d.email(None, dom)}")


@T("none")
def aanmaning_brief(d):
    comp, dom = d.company(d.ch("installatie", "schoonmaak", "makelaar", "advocaat"))
    p = d.person()
    return (f"{d.P(p, d.ch('tini', 'ini', 'full'))}\n{d.street()}\n{d.pc()} {d.city()}\n\n"
            f"{d.city()}, {d.ri(1, 28)} {d.ch(*MONTHS)} {d.ri(2025, 2026)}\n\n"
            f"Betreft: tweede herinnering\n\nGeachte {'mevrouw' if p.g == 'f' else 'heer'},\n\n"
            f"Ondanks onze eerdere herinnering hebben wij het openstaande bedrag van {d.amt(80, 2500)} nog niet "
            f"ontvangen. Wij verzoeken u dit bedrag, vermeerderd met {d.amt(15, 40, cents_p=0)} administratiekosten, "
            f"uiterlijk {d.md('wd')} te voldoen op {d.iban()}.\n\nHoogachtend,\n{comp}")


@T("none")
def factuur_tekst(d):
    comp, dom = d.company(d.ch("installatie", "schoonmaak", "garage"))
    p = d.person()
    n = d.ri(1000, 9999)
    return (f"FACTUUR {d.ri(2025, 2026)}-{n}\n\nAan:\n{d.P(p, d.ch('full', 'ini', 'tini'))}\n{d.street()}\n"
            f"{d.pc()} {d.city()}\n\n"
            f"Omschrijving                          Bedrag\n"
            f"{d.ch('Schilderwerk voorgevel', 'Glasbewassing', 'Onderhoud cv', 'Montage screens')}            {d.amt(100, 3000)}\n"
            f"Materiaal                             {d.amt(20, 800)}\n"
            f"Totaal incl. 21% btw                  {d.amt(150, 4500)}\n\n"
            f"Graag binnen 30 dagen voldoen op {d.iban()}.\nVragen? {d.email(None, dom)} / {d.tel('land')}")


@T("none")
def whatsapp_export(d):
    p = d.person()
    comp, _ = d.company(d.ch("fysio", "garage", "makelaar", "installatie"))
    dd = f"{d.ri(10, 28)}-{d.ri(10, 12)}-{d.ri(24, 25)}"
    m1, m2, m3 = sorted(d.r.sample(range(10, 60), 3))
    first = d.P(p, "first")
    return (f"[{dd} 09:{m1}] {d.P(p, 'full')}: goedemorgen, staat mijn afspraak nog?\n"
            f"[{dd} 09:{m2}] {comp}: Goedemorgen {first}, ja hoor: {d.md()} om {d.time()}.\n"
            f"[{dd} 09:{m3}] {d.P(p, 'full')}: top. mijn nieuwe nummer is trouwens {d.tel('mobile')}")


@T("none")
def mail_quote_chain(d):
    p, s = d.person(), d.person()
    return (f"{d.aanhef(p, 'informal')}\n\nDe kosten voor het {d.ch('snoeien van de bomen', 'vervangen van de dakgoot', 'reinigen van de zonnepanelen', 'plaatsen van de schutting')} "
            f"bedragen {d.amt(150, 2500)} inclusief afvoer. We kunnen {d.md()} langskomen.\n\n"
            f"{d.groet()}\n{d.P(s, 'first')}\n\n"
            f"Op {d.ri(1, 28)} {d.ch(*MONTHS)} om {d.ri(10, 21)}:{d.ri(10, 59)} schreef {d.P(p, 'full')} <{d.email(p)}>:\n"
            f"> Kunt u mij laten weten wat de kosten zijn? Ik woon op de {d.street()}.")


@T("none")
def terugbelverzoek(d):
    p, s = d.person(), d.person()
    return (f"Terugbelverzoek – {d.P(p, d.ch('full', 'tformal', 'tini'))} belde om {d.time()} over factuur "
            f"{d.ri(2025, 2026)}-{d.ri(100, 999)}. Graag vandaag nog terugbellen op {d.tel()}. "
            f"{d.ch('Klonk geïrriteerd.', 'Het gaat om een creditnota.', 'Wil een betalingsregeling.', 'Is na 16:00 pas bereikbaar.')} "
            f"– {d.P(s, 'first')}")


@T("none")
def parkeren_kenteken(d):
    p = d.person()
    return (f"Aan alle collega's: de auto met kenteken {d.plate()} staat al drie dagen op plek {d.ri(1, 30)}. "
            f"Volgens de receptie is hij van {d.P(p, d.ch('full', 'tformal'))}, maar die neemt niet op "
            f"({d.tel('mobile')}). Weet iemand meer?")


@T("none")
def leaseauto(d):
    p = d.person()
    return (f"Nieuwe leaseauto voor {d.P(p, d.ch('full', 'ini'))}: {d.ch(*CARS)}, kenteken {d.plate('std')}, "
            f"aflevering {d.md()} bij de vestiging in {d.city()}. Eigen bijdrage {d.amt(45, 250)} per maand, "
            f"de oude auto ({d.plate('std')}) gaat terug naar de leasemaatschappij.")


@T("none")
def crm_verhuizing(d):
    p = d.person()
    return (f"CRM-notitie: {d.P(p, d.ch('full', 'tformal', 'ini'))} is verhuisd.\n"
            f"Oud: {d.addr()}\nNieuw: {d.addr()}\n"
            f"Nieuw mailadres: {d.email(p)}. Facturen vanaf {d.md('dm')} naar het nieuwe adres.")


@T("none")
def huurder_reparatie(d):
    p = d.person()
    return (f"Reparatieverzoek\nHuurder: {d.P(p, d.ch('full', 'tini'))}\nAdres: {d.street()} ({d.city()})\n"
            f"Tel: {d.tel()}\nMelding: {d.ch('afvoer in de badkamer verstopt', 'lekkage bij het dakraam', 'cv-ketel geeft storing E10', 'voordeur sluit niet meer')}. "
            f"Huurder is thuis op {d.md()} vanaf 13:00.")


@T("none")
def nieuwsbrief_afmelden(d):
    p = d.person()
    return (f"{d.ch('Graag', 'Wilt u', 'Kunnen jullie')} {d.email(p)} {d.ch('verwijderen uit jullie nieuwsbrief', 'uit de mailinglijst halen', 'afmelden voor de aanbiedingen')}? "
            f"Ik krijg er elke dag {d.ch('drie', 'twee', 'vier')}. Bvd, {d.P(p, d.ch('full', 'first', 'lcfull'))}")


@T("none")
def referentie(d):
    p, q = d.person(), d.person()
    z = "Hij" if p.g == "m" else "Zij"
    return (f"Kun je een korte referentie opstellen voor {d.P(p, 'full')}? {z} werkte van {d.ri(2015, 2020)} tot "
            f"{d.ri(2021, 2025)} bij ons als {d.ch('administratief medewerker', 'monteur', 'chauffeur', 'verkoopster', 'planner')}. "
            f"Contactpersoon bij de nieuwe werkgever: {d.P(q, d.ch('full', 'tformal'))}, {d.email(q)}.")


@T("none")
def sollicitatie(d):
    p = d.person()
    return (f"Onderwerp: sollicitatie {d.ch('monteur', 'bakker', 'fysiotherapeut', 'chauffeur C/E', 'boekhouder')}\n\n"
            f"Geachte heer/mevrouw,\n\nMijn naam is {d.P(p, 'full')} en ik reageer op uw vacature. Ik heb "
            f"{d.ri(2, 15)} jaar ervaring en ben per direct beschikbaar. Mijn cv zit in de bijlage. U kunt mij bereiken "
            f"op {d.tel('mobile')} of via {d.email(p)}.\n\n{d.groet()}\n{d.P(p, 'full')}")


@T("none")
def uitnodiging_overleg(d):
    comp, _ = d.company(d.ch("administratie", "it", "makelaar"))
    ps = [d.person() for _ in range(3)]
    h = d.ri(8, 16)
    return (f"Uitnodiging: evaluatie samenwerking\nWanneer: {d.md()}, {h:02d}:30–{h + 1:02d}:30\n"
            f"Waar: kantoor {comp}, {d.city()}\n"
            f"Deelnemers: {d.P(ps[0], 'full')}, {d.P(ps[1], 'full')} en {d.P(ps[2], d.ch('full', 'ini'))}\n"
            f"Agenda: offerte van {d.amt(1500, 25000)} bespreken")


@T("none")
def borg_terugstorten(d):
    p = d.person()
    return (f"Borg terugstorten: {d.amt(400, 2400)} naar {d.iban()} t.n.v. {d.P(p, d.ch('ini', 'full'))}, "
            f"eindafrekening {d.ch('huurwoning', 'studio', 'bedrijfsruimte')} {d.street()}. "
            f"Inhouding voor schoonmaak: {d.amt(50, 300)}.")


@T("none")
def declaratie(d):
    p = d.person()
    a, b, c = d.ri(800, 12000), d.ri(400, 4000), d.ri(2000, 9000)
    return (f"Declaratie {d.P(p, d.ch('full', 'ini'))}\n"
            f"- treinkaartjes: {d.amt_c(a)}\n- parkeren: {d.amt_c(b)}\n- lunch klant: {d.amt_c(c)}\n"
            f"Totaal {d.amt_c(a + b + c)}, graag uitbetalen op {d.iban()}.")


@T("none")
def school_ouderbijdrage(d):
    comp, dom = d.company("school")
    t = d.person()
    start = d.mdate()
    start -= datetime.timedelta(days=start.weekday())
    start += datetime.timedelta(days=d.ri(0, 2))
    end = start + datetime.timedelta(days=2)
    return (f"Beste ouders van groep {d.ri(6, 8)},\n\nHet schoolkamp is van {d.md('wd', start)} t/m {d.md('wd', end)}. "
            f"De bijdrage is {d.amt(45, 140, cents_p=0.2)} per kind. U kunt dit overmaken op {d.iban()} t.n.v. "
            f"{comp}, onder vermelding van de naam van uw kind.\n\nVragen? Mail {'juf' if t.g == 'f' else 'meester'} "
            f"{d.P(t, 'first')} via {d.email(t, dom)}.")


@T("none")
def thuiszorg_planning_kort(d):
    a, b, s = d.person(), d.person(), d.person()
    return (f"Planning thuiszorg {d.md()}\n"
            f"08:00 {d.P(a, 'tformal')} – {d.street()} (steunkousen)\n"
            f"09:15 {d.P(b, 'tformal')} – {d.street()} (douchen)\n"
            f"Medewerker: {d.P(s, 'first')}")


@T("none")
def vertaalverzoek(d):
    p, s = d.person(), d.person()
    return (f"Kun je dit netjes in het Engels zetten? 'Beste {d.P(p, 'full')}, uw bestelling met nummer {d.order()} "
            f"wordt op {d.md()} geleverd op de {d.street()} in {d.city()}. Het restbedrag van {d.amt(40, 900)} "
            f"rekent u af bij de chauffeur. Groet, {d.P(s, 'first')}'")


@T("none")
def samenvatten_mail(d):
    p, q = d.person(), d.person()
    comp, dom = d.company(d.ch("schoonmaak", "installatie", "garage"))
    return (f"Vat deze mail samen in drie punten:\n\n"
            f"Van: {d.P(p, 'full')} <{d.email(p)}>\nAan: {d.email(None, dom)}\n"
            f"Onderwerp: klacht over {d.ch('schilderwerk', 'schoonmaak', 'reparatie')}\n\n"
            f"Geachte heer, mevrouw,\nOp {d.md()} is er bij mij gewerkt door uw medewerker {d.P(q, 'first')}. "
            f"Het resultaat is slordig en er zit een kras in de vloer. Ik heb {d.amt(200, 1500)} betaald en "
            f"verwacht een oplossing. Bel mij op {d.tel()}.\n{d.P(p, 'ini')}")


@T("none")
def verzekering_dob(d):
    p = d.person()
    return (f"Voor de aanvraag van de {d.ch('aansprakelijkheidsverzekering', 'autoverzekering', 'rechtsbijstandverzekering')}: "
            f"{d.P(p, 'full')}, {d.ch('geboren op', 'geb.', 'geboortedatum', 'DOB')} {d.dob()}, wonende "
            f"{d.addr()}. Premie volgens offerte {d.amt(12, 90)} per maand.")


@T("none")
def lidmaatschap_opzeggen(d):
    p = d.person()
    return (f"Opzegging lidmaatschap\nNaam: {d.P(p, d.ch('full', 'ini'))}\nIBAN: {d.iban()}\n"
            f"Adres: {d.street()}\nReden: verhuizing naar {d.city()}\n"
            f"Graag de incasso van {d.amt(18, 60)} per maand stoppen per {d.md('dm')}.")


@T("none")
def collega_chat_lc(d):
    a, b, c = d.person(), d.person(), d.person(g="m")
    return (f"{d.P(a, 'lc')}: heb jij de sleutel van het busje?\n"
            f"{d.P(b, 'lc')}: nee die heeft {d.P(c, 'lc')} volgens mij\n"
            f"{d.P(a, 'lc')}: ok ik bel hem wel ff op {d.tel('mobile')}\n"
            f"{d.P(b, 'lc')}: busje staat trouwens op de {d.street()}")


@T("none")
def ingebrekestelling_concept(d):
    comp, _ = d.company("advocaat")
    p, c = d.person(), d.person()
    return (f"Ingebrekestelling (concept, nog niet verzenden)\n\n"
            f"Aan: {d.P(p, d.ch('tini', 'full'))}, {d.addr()}\n\n"
            f"Namens onze cliënt, {d.P(c, 'full')}, sommeren wij u om binnen veertien dagen na dagtekening het "
            f"bedrag van {d.amt(400, 12000)} te voldoen op {d.iban()}. Blijft betaling uit, dan zijn wij genoodzaakt "
            f"rechtsmaatregelen te nemen.\n\n{comp}")


@T("none")
def huurwoning_aanmelding(d):
    p = d.person()
    return (f"Aanmelding huurwoning {d.street()}\nKandidaat: {d.P(p, 'full')}\n"
            f"Bruto maandinkomen: {d.amt(2400, 6500, cents_p=0.3)}\nHuidig adres: {d.addr()}\n"
            f"Telefoon: {d.tel()}\nBezichtiging gepland op {d.md()}.")


@T("none")
def sms_monteur_onderweg(d):
    s = d.person()
    comp, _ = d.company("installatie")
    return (f"{comp}: Goedemiddag! Onze monteur {d.P(s, 'first')} is onderweg naar de {d.street()} en is er over "
            f"ongeveer {d.ri(10, 45)} minuten. Vragen? Bel {d.tel('land')}.")


@T("none")
def bestelbus_reparatie(d):
    p, s = d.person(), d.person()
    return (f"{d.P(s, 'first')}, de {d.ch('Sprinter', 'Transit', 'Vito', 'Crafter', 'Master')} ({d.plate()}) heeft een "
            f"nieuwe {d.ch('accu', 'koppeling', 'voorruit', 'startmotor')} nodig, kosten {d.amt(120, 1900)}. "
            f"Garage vraagt of {d.P(p, d.ch('full', 'tformal'))} de auto {d.md('wd')} kan brengen.")


@T("none")
def pakket_getekend_ontvangst(d):
    p = d.person()
    return (f"Status zending {d.order()}: afgeleverd op {d.street()}, {d.pc()} {d.city()}. "
            f"Voor ontvangst getekend door {d.P(p, d.ch('full', 'ini', 'formal'))} om {d.time()}.")


@T("none")
def klantkaart_notitie(d):
    p = d.person()
    return (f"Notitie klantkaart {d.P(p, forms=['full', 'ini', 'tformal', 'tini'])}\n"
            f"- klant sinds {d.ri(2009, 2024)}\n"
            f"- woonadres: {d.addr()}\n"
            f"- liever mailen ({d.email(p)}) dan bellen ({d.tel()})\n"
            f"- let op: betaalt vaak laat, staat nu nog {d.amt(10, 9000)} open")


@T("none")
def inmeetafspraak(d):
    p = d.person()
    return (f"Inmeetafspraak {d.md()} ({d.time()}): {d.P(p, forms=['full', 'tformal', 'first', 'tini'])}, "
            f"{d.addr(d.ch(', ', ' – ', '; '))}. {d.ch('Bel even vooraf, de deurbel doet het niet.', 'Parkeren achter het huis.', 'Hond aanwezig!', 'Graag schoenhoesjes mee.')} "
            f"Indicatie uit het eerste gesprek: {d.amt(90, 6000)} {d.ch('exclusief btw', 'incl. btw', 'all-in')}.")


@T("none")
def weekrooster_kort(d):
    ps = [d.person() for _ in range(d.ri(3, 4))]
    days = ["ma", "di", "wo", "do", "vr", "za"]
    lines = [f"{d.P(p, d.ch('first', 'first', 'full'))}: {', '.join(sorted(d.r.sample(days, d.ri(2, 4)), key=days.index))}"
             for p in ps]
    return (f"Rooster week {d.ri(2, 51)} ({d.ch('winkel', 'werkplaats', 'balie', 'bezorging')})\n" + "\n".join(lines) +
            f"\nRuilen alleen in overleg. Vrije dag aanvragen uiterlijk {d.md()}.")


@T("none")
def lid_aanmelding_dob(d):
    p = d.person()
    cue = d.ch("geboortedatum:", "geb.", "geboren", "geb. datum", "Geboortedatum", "DOB:", "d.o.b.", "°", "geboren op",
               "Geb.datum:")
    return (f"Nieuwe aanmelding {d.ch('fitness', 'zwemles', 'fysiofitness', 'yoga op dinsdag')}: {d.P(p, 'full')}, "
            f"{cue} {d.dob()}, {d.email(p)}. Eerste les {d.md()}, inschrijfgeld {d.amt(15, 40, cents_p=0.3)}.")


@T("none")
def sms_herinnering(d):
    p = d.person()
    comp, _ = d.company(d.ch("fysio", "garage", "zorg"))
    return (f"Herinnering: {d.P(p, d.ch('tformal', 'first', 'full'))}, uw afspraak bij {comp} is op {d.md()} om "
            f"{d.time()}. Niet gelegen? Bel {d.tel('land')}. Niet afgemeld = {d.amt(25, 60, cents_p=0)} in rekening.")


@T("none")
def iban_wijziging(d):
    p, s = d.person(), d.person()
    comp, dom = d.company(d.ch("schoonmaak", "administratie", "installatie", "webshop"))
    return (f"{d.aanhef(p)}\n\nLet op: wij hebben een nieuw rekeningnummer. Vanaf {d.md('dm')} graag betalen op "
            f"{d.iban()} (oude rekening {d.iban()} vervalt). Uw maandbedrag blijft {d.amt(19, 350)}.\n\n"
            f"{d.groet()}\n{d.P(s, 'full')}\n{d.email(s, dom)}")


@T("none")
def overdracht_dienst(d):
    a, b, fam, s = d.person(), d.person(), d.person(g="m"), d.person()
    return (f"Overdracht avond → nacht\n"
            f"• {d.P(a, 'tformal')} (kamer {d.ri(1, 40)}): pijnstilling om 22:00 gegeven, slaapt.\n"
            f"• {d.P(b, 'tformal')}: erg verward. Zoon {d.P(fam, 'first')} wil gebeld worden bij veranderingen: "
            f"{d.tel('mobile')}.\n"
            f"Overgedragen door {d.P(s, 'first')}")


@T("none")
def schoonmaak_vlaams_betaling(d):
    p = d.person("vl")
    comp, dom = d.company("schoonmaak")
    return (f"Beste {d.P(p, 'first')},\n\nBedankt voor uw vertrouwen. De factuur van {d.amt(60, 900)} voor de "
            f"eindschoonmaak in de {d.street(be=True)} te {d.city(True)} mag u overschrijven op {d.iban('BE')} "
            f"met vermelding van uw naam.\n\n{d.groet()}\n{comp}\n{d.tel('be')}")



# ======================= hard negatives (sensitive topic, nothing to block) ====================

@T("none")
def hn_wachtwoordbeleid(d):
    p = d.person()
    comp, dom = d.company("it")
    return (f"Vanaf {d.md()} geldt: wachtwoorden van minimaal 14 tekens en tweestapsverificatie voor de "
            f"boekhouding en de mail. Wachtwoord vergeten? Gebruik de knop 'wachtwoord opnieuw instellen' of mail "
            f"{d.P(p, d.ch('full', 'first'))} via {d.email(p, dom)}. Deel je wachtwoord nooit met collega's.")


@T("none")
def hn_wachtwoord_via_sms(d):
    p, s = d.person(), d.person()
    return (f"Hoi {d.P(p, 'first')}, je nieuwe inlog voor het {d.ch('kassasysteem', 'roosterprogramma', 'klantportaal', 'urenregistratie')} "
            f"stuur ik je apart via sms, dus niet via de mail. Je gebruikersnaam is je personeelsnummer. "
            f"Bij de eerste keer inloggen moet je zelf een nieuw wachtwoord kiezen. Groet, {d.P(s, 'first')}")


@T("none")
def hn_wachtwoord_reset(d):
    p = d.person()
    return (f"Klant {d.P(p, d.ch('full', 'tformal'))} kan niet inloggen op de webshop. Ik heb een resetlink gestuurd "
            f"naar {d.email(p)}. Het wachtwoord zelf heb ik niet gezien of gewijzigd; als het niet lukt belt "
            f"{'ze' if p.g == 'f' else 'hij'} terug op {d.tel()}.")


@T("none")
def hn_wachtwoord_mail_opstellen(d):
    p = d.person(g="m")
    return (f"Schrijf een vriendelijke maar duidelijke mail aan {d.P(p, 'full')} dat hij zijn wachtwoord van de "
            f"boekhouding nooit via WhatsApp mag delen, ook niet met mij. Verwijs naar de wachtwoordmanager die we "
            f"op {d.md()} hebben ingevoerd.")


@T("none")
def hn_apikey_in_kluis(d):
    p = d.person()
    prov = d.ch("Mollie", "Stripe", "Sendcloud", "Moneybird", "Exact Online", "Mailchimp", "PostNL")
    return (f"De API-sleutel van {prov} staat in onze Bitwarden-kluis onder 'Webshop'. Alleen {d.P(p, d.ch('full', 'first'))} "
            f"kan hem roteren. Stuur sleutels dus nooit via de mail of de chat, ook niet 'even snel'.")


@T("none")
def hn_apikey_vraag(d):
    p = d.person()
    prov = d.ch("Exact Online", "Shopify", "WooCommerce", "Moneybird", "Bol.com", "Mollie")
    return (f"Hoe koppel ik {prov} aan onze webshop? De developer, {d.P(p, 'full')} ({d.email(p)}), zegt dat ik "
            f"een API-token moet aanmaken en dat aan hem moet geven, maar ik kan de instelling niet vinden. "
            f"Hij rekent {d.amt(60, 120)} per uur.")


@T("none")
def hn_bsn_nog_nodig(d):
    p, s = d.person(), d.person()
    return (f"Voor de loonadministratie heb ik van {d.P(p, 'full')} nog nodig: kopie ID-bewijs (voor- en achterkant), "
            f"BSN en IBAN. Kun jij dat vragen vóór {d.md()}? Anders kan de eerste betaling niet mee. "
            f"Thanks, {d.P(s, 'first')}")


@T("none")
def hn_ordernummers(d):
    p = d.person()
    return (f"Pakket {d.order()} voor {d.P(p, d.ch('full', 'tformal'))} is retour gekomen: 'adres onbekend' op "
            f"de {d.street()}. Klantnummer {d.order()}, factuur {d.order()}. Opnieuw versturen of crediteren "
            f"({d.amt(12, 300)})?")


@T("none")
def hn_cao_mail(d):
    p = d.person()
    return (f"Kun je een korte mail opstellen aan {d.P(p, d.ch('full', 'first'))} dat de cao-verhoging van "
            f"{d.ch('3,5', '2,8', '4', '5,1')}% per {d.ch('1 juli', '1 januari', '1 april')} ingaat en dat dit op de "
            f"loonstrook van die maand zichtbaar wordt? Geen bedragen noemen graag.")


@T("none")
def hn_loonstroken_portaal(d):
    p = d.person()
    return (f"Reminder: de loonstroken over {d.ch(*MONTHS)} staan vanaf de 25e in het personeelsportaal. "
            f"Vragen over je salaris? Neem contact op met {d.P(p, 'full')} van de salarisadministratie, "
            f"{d.tel('land')}.")


@T("none")
def hn_concept_huurcontract(d):
    comp, _ = d.company("makelaar")
    p = d.person()
    return (f"CONCEPT – HUUROVEREENKOMST WOONRUIMTE (nog niet ondertekend)\n\n"
            f"Verhuurder: {comp}\nHuurder: {d.P(p, 'full')}\nObject: {d.addr()}\n"
            f"Huurprijs: {d.amt(850, 1900)} per maand, servicekosten {d.amt(40, 150)}\n"
            f"Ingangsdatum: {d.md()}\n\n"
            f"Handtekening huurder: ______________________\n"
            f"Handtekening verhuurder: ______________________\n"
            f"Datum: ____-____-________")


@T("none")
def hn_contract_nalezen(d):
    p, s = d.person(), d.person()
    return (f"Kun je de arbeidsovereenkomst van {d.P(p, 'full')} nog even nalezen voordat ik hem ter ondertekening "
            f"verstuur? Startdatum {d.md()}, proeftijd één maand. Ik twijfel over het concurrentiebeding. "
            f"Groet, {d.P(s, 'first')}")


@T("none")
def hn_offerte_concept(d):
    comp, _ = d.company(d.ch("installatie", "schoonmaak", "it"))
    p = d.person()
    return (f"Opdrachtbevestiging – CONCEPT v{d.ri(2, 4)}\n\nOpdrachtgever: {d.P(p, d.ch('full', 'ini'))}\n"
            f"Opdrachtnemer: {comp}\nWerkzaamheden: {d.ch('onderhoud tuin', 'schoonmaak kantoor', 'nieuwe website', 'vervanging kozijnen')}\n"
            f"Prijs: {d.amt(400, 9000)}\nStart: {d.md()}\n\n"
            f"Graag tekenen en retour sturen.\n\nNaam: ...................... Handtekening: ......................")


@T("none")
def hn_teamleden_kort(d):
    ps = [d.person() for _ in range(d.ri(2, 3))]
    parts = [f"{d.P(p, 'full')} ({d.email(p)})" for p in ps[:2]]
    extra = f" {d.P(ps[2], 'first')} sluit later aan." if len(ps) == 3 else ""
    return (f"Teamleden voor project {d.ch('verbouwing', 'nieuwe webshop', 'verhuizing', 'jubileum')}: "
            f"{parts[0]} en {parts[1]}.{extra}")


@T("none")
def hn_bhv_lijst_kort(d):
    ps = [d.person() for _ in range(d.ri(2, 3))]
    sep = d.ch(";", ",", "\t")
    rows = "\n".join(f"{d.P(p, 'full')}{sep}{d.tel('mobile')}" for p in ps)
    return f"BHV'ers deze week (alleen intern):\nnaam{sep}mobiel\n{rows}"


@T("none")
def hn_contract_opzeggen(d):
    p = d.person()
    comp, _ = d.company(d.ch("schoonmaak", "it", "administratie"))
    return (f"{d.aanhef(p, 'formal')}\n\nHierbij bevestigen wij de opzegging van uw serviceovereenkomst met "
            f"{comp} per {d.md()}. Het laatste termijnbedrag van {d.amt(30, 400)} wordt nog geïncasseerd op "
            f"{d.iban()}.\n\n{d.groet()}\n{comp}")


@T("none")
def hn_bsn_uitleg(d):
    p = d.person(g="f")
    return (f"{d.P(p, d.ch('full', 'first'))} vraagt waarom wij haar burgerservicenummer nodig hebben voor de "
            f"zorgdeclaratie. Kun je een korte uitleg schrijven in gewone taal? Het nummer zelf hoeft er niet in.")


# ======================= BLOCK: SALARY_SLIP ===================================================

def _slip(d, lo, hi, tax=(0.10, 0.30), pens=(0.02, 0.07)):
    """Consistent gross / tax / pension / net in cents."""
    g = d.ri(lo, hi) * 100 + d.ri(0, 99)
    t = int(g * d.r.uniform(*tax))
    p = int(g * d.r.uniform(*pens))
    return g, t, p, g - t - p


@T("SALARY_SLIP")
def loonstrook_klassiek(d):
    d.B("SALARY_SLIP")
    comp, _ = d.company(d.ch("garage", "bakkerij", "installatie", "transport", "schoonmaak"))
    p = d.person()
    mo = d.ch(*MONTHS)
    g, t, pe, n = _slip(d, 1900, 5200)
    return (f"{d.ch('Loonstrook', 'LOONSTROOK', 'Salarisstrook')} {mo} {d.ri(2024, 2026)}\n{comp}\n\n"
            f"Werknemer: {d.P(p, d.ch('full', 'ini', 'lastfirst'))}\nPersoneelsnr.: {d.ri(100, 9999)}\n"
            f"Functie: {d.ch('monteur', 'verkoopmedewerker', 'chauffeur', 'schoonmaker', 'planner')}\n\n"
            f"Bruto loon               {d.amt_c(g)}\n"
            f"Loonheffing              {d.amt_c(t)}\n"
            f"Pensioenpremie           {d.amt_c(pe)}\n"
            f"Netto loon               {d.amt_c(n)}\n\n"
            f"Uitbetaald op {d.iban()}")


@T("SALARY_SLIP")
def loonstrook_tabs(d):
    d.B("SALARY_SLIP")
    p = d.person()
    uur = d.ri(14, 32) * 100 + d.ri(0, 99)
    uren = d.ri(60, 173)
    g = uur * uren
    t = int(g * d.r.uniform(0.12, 0.3))
    return (f"Salarisspecificatie\tperiode {d.ri(1, 13):02d}\n"
            f"Naam\t{d.P(p, 'full')}\n"
            f"Geboortedatum\t{d.dob(d.ch('dd-mm-yyyy', 'iso', 'dd/mm/yyyy'), 1960, 2004)}\n"
            f"Uren\t{uren}\n"
            f"Uurloon\t{d.amt_c(uur, d.ch('eur_sp_c', 'EUR_c', 'eur_c'))}\n"
            f"Bruto\t{d.amt_c(g)}\n"
            f"Inhoudingen\t{d.amt_c(t)}\n"
            f"Netto\t{d.amt_c(g - t)}")


@T("SALARY_SLIP")
def loonstrook_chat_check(d):
    d.B("SALARY_SLIP")
    p = d.person()
    g, t, _, _ = _slip(d, 2000, 4500)
    vg = int(g * 0.08)
    return (f"kun je checken of mijn loonstrook klopt? ik snap er niks van\n\n"
            f"Naam: {d.P(p, d.ch('full', 'lcfull'))}\nMaand: {d.ch(*MONTHS)}\n"
            f"Bruto salaris: {d.amt_c(g)}\nVakantiegeld (8%): {d.amt_c(vg)}\n"
            f"Loonheffing: {d.amt_c(t)}\nNetto: {d.amt_c(g + vg - t)}\n\n"
            f"vorige maand kreeg ik netto veel meer")


@T("SALARY_SLIP")
def loonstrook_met_bsn(d):
    d.B("SALARY_SLIP")
    comp, _ = d.company(d.ch("zorg", "schoonmaak", "transport", "bakkerij"))
    p = d.person()
    g, t, _, _ = _slip(d, 1800, 4200)
    ort = d.ri(60, 600) * 100 + d.ri(0, 99)
    return (f"LOONSPECIFICATIE\n{comp}\n\n"
            f"Medewerker: {d.P(p, d.ch('ini', 'full'))}\n"
            f"{d.ch('BSN', 'Burgerservicenummer', 'Sofinummer', 'BSN/sofinr.')}: {d.bsn()}\n"
            f"Periode: {d.ri(2024, 2026)}-{d.ri(1, 12):02d}\n\n"
            f"Salaris                 {d.amt_c(g)}\n"
            f"Toeslag onregelmatig    {d.amt_c(ort)}\n"
            f"Loonheffing           - {d.amt_c(t)}\n"
            f"Netto te ontvangen      {d.amt_c(g + ort - t)}")


@T("SALARY_SLIP")
def payslip_engels(d):
    d.B("SALARY_SLIP")
    p = d.person(d.ch("gb", "pl", "ro", "in", "es", "it", "ua", "br", "ph"))
    g, t, _, _ = _slip(d, 3600, 7800, tax=(0.2, 0.35))
    return (f"Payslip {d.ch(*EN_MONTHS)} {d.ri(2024, 2026)}\n"
            f"Employee: {d.P(p, 'full')}\n"
            f"Gross salary: {d.amt_c(g)}\n"
            f"Wage tax: {d.amt_c(t)}\n"
            f"Net pay: {d.amt_c(g - t)}\n"
            f"Paid to: {d.iban()}")


@T("SALARY_SLIP")
def loonstrook_markdown(d):
    d.B("SALARY_SLIP")
    p = d.person()
    g, t, pe, n = _slip(d, 2100, 5000)
    rk = d.ri(30, 220) * 100
    return (f"Loonstrook {d.P(p, d.ch('full', 'ini'))} – {d.ch(*MONTHS)}\n\n"
            f"| Omschrijving | Bedrag |\n|---|---|\n"
            f"| Basissalaris | {d.amt_c(g)} |\n"
            f"| Reiskostenvergoeding | {d.amt_c(rk)} |\n"
            f"| Loonheffing | {d.amt_c(t)} |\n"
            f"| Pensioen | {d.amt_c(pe)} |\n"
            f"| **Netto** | **{d.amt_c(n + rk)}** |")


@T("SALARY_SLIP")
def loonstrook_uitzend(d):
    d.B("SALARY_SLIP")
    p = d.person(d.ch("pl", "ro", "bg", "ua", "pt", None))
    u = d.ri(24, 45)
    uur = d.ri(14, 17) * 100 + d.ri(0, 99)
    b = u * uur
    ov = d.ri(20, 160) * 100
    vg = int(b * 0.08)
    hv = d.ri(80, 130) * 100
    t = int((b + ov) * d.r.uniform(0.05, 0.15))
    return (f"Salarisstrook week {d.ri(1, 52)} – uitzendkracht {d.P(p, 'full')}\n"
            f"Gewerkte uren: {u} x {d.amt_c(uur, d.ch('eur_sp_c', 'eur_c', 'EUR_c'))} = {d.amt_c(b)}\n"
            f"Overuren 125%: {d.amt_c(ov)}\n"
            f"Reservering vakantiegeld: {d.amt_c(vg)}\n"
            f"Loonheffing: {d.amt_c(t)}\n"
            f"Huisvesting ingehouden: {d.amt_c(hv)}\n"
            f"Netto uitbetaling: {d.amt_c(b + ov - t - hv)} op {d.iban()}")


@T("SALARY_SLIP")
def loonstrook_vraag_netto(d):
    d.B("SALARY_SLIP")
    p, s = d.person(), d.person()
    g, t, _, _ = _slip(d, 2300, 4600)
    z = d.ri(20, 140) * 100 + d.ri(0, 99)
    return (f"Hoi {d.P(s, 'first')}, in de bijlage de salarisstrook van {d.P(p, 'full')} over "
            f"{d.ch(*MONTHS)}. Kun je uitleggen waarom het netto lager is dan vorige maand?\n"
            f"Bruto: {d.amt_c(g)}\nLoonheffing: {d.amt_c(t)}\n"
            f"Inhouding ziektekosten: {d.amt_c(z)}\nNetto: {d.amt_c(g - t - z)}")


@T("SALARY_SLIP")
def loonfiche_vlaams(d):
    d.B("SALARY_SLIP")
    p = d.person("vl")
    g = d.ri(2600, 5200) * 100 + d.ri(0, 99)
    rsz = int(g * 0.1307)
    bv = int((g - rsz) * d.r.uniform(0.15, 0.3))
    return (f"Loonfiche {d.ch(*MONTHS)} {d.ri(2024, 2026)}\n"
            f"Bediende: {d.P(p, 'full')}\n"
            f"Brutoloon: {d.amt_c(g)}\n"
            f"RSZ-bijdrage (13,07%): {d.amt_c(rsz)}\n"
            f"Bedrijfsvoorheffing: {d.amt_c(bv)}\n"
            f"Nettoloon: {d.amt_c(g - rsz - bv)}\n"
            f"Gestort op rekening {d.iban('BE', spaced=True)}")


@T("SALARY_SLIP")
def loonstrook_oproep(d):
    d.B("SALARY_SLIP")
    p = d.person()
    comp, _ = d.company(d.ch("bakkerij", "webshop", "schoonmaak"))
    uren = d.ri(12, 60)
    uur = d.ri(12, 16) * 100 + d.ri(0, 99)
    b = uren * uur
    t = int(b * d.r.uniform(0.0, 0.09))
    return (f"{comp} – loonspecificatie oproepkracht\n"
            f"{d.P(p, d.ch('upper', 'full'))} · {d.ch(*MONTHS)}\n"
            f"uren {uren} · uurloon {d.amt_c(uur, d.ch('eur_sp_c', 'eur_c', 'EUR_c', 'euro_c'))}\n"
            f"bruto {d.amt_c(b)} · loonheffing {d.amt_c(t)} · netto {d.amt_c(b - t)}")


@T("SALARY_SLIP")
def salaris_whatsapp_foto(d):
    d.B("SALARY_SLIP")
    p = d.person(g="f")
    g, t, pe, n = _slip(d, 1700, 3900)
    return (f"{d.P(p, 'lc')} stuurde een foto van haar loonstrook, dit staat erop:\n"
            f"salarisstrook {d.ch(*MONTHS)} – {d.P(p, 'full')} – bruto {d.amt_c(g)}, heffing {d.amt_c(t)}, "
            f"pensioen {d.amt_c(pe)}, netto {d.amt_c(n)}\nklopt dat een beetje?")


# ======================= BLOCK: SIGNED_CONTRACT ===============================================

@T("SIGNED_CONTRACT")
def contract_huur_getekend(d):
    d.B("SIGNED_CONTRACT")
    a, b = d.person(), d.person()
    city = d.city()
    return (f"Artikel 9 – Slotbepaling\nDe huurprijs bedraagt {d.amt(650, 1800)} per maand, te voldoen vóór de eerste "
            f"van de maand.\n\nAldus overeengekomen en in tweevoud getekend te {city} op {d.md()}.\n\n"
            f"De verhuurder:\n{d.P(a, d.ch('full', 'ini'))}\n(getekend)\n\n"
            f"De huurder:\n{d.P(b, d.ch('full', 'ini'))}\n(getekend)")


@T("SIGNED_CONTRACT")
def contract_arbeid_ondertekend(d):
    d.B("SIGNED_CONTRACT")
    comp, _ = d.company(d.ch("garage", "bakkerij", "administratie", "fysio", "transport"))
    a, b = d.person(), d.person()
    dt = d.md()
    return (f"ARBEIDSOVEREENKOMST – {comp}\n...\nArtikel 5. Salaris\nHet salaris bedraagt {d.amt(2200, 4800)} "
            f"bruto per maand bij een dienstverband van {d.ch('32', '36', '38', '40')} uur per week.\n...\n"
            f"Voor akkoord, ondertekend op {dt}:\n\n"
            f"Werkgever: {d.P(a, 'full')}, directeur        Werknemer: {d.P(b, 'full')}\n"
            f"w.g. {d.P(a, 'ini')}                          w.g. {d.P(b, 'ini')}")


@T("SIGNED_CONTRACT")
def contract_docusign(d):
    d.B("SIGNED_CONTRACT")
    a, b = d.person(), d.person()
    comp, dom = d.company(d.ch("schoonmaak", "it", "installatie"))
    return (f"Envelope voltooid: 'Dienstverleningsovereenkomst {d.ch('schoonmaak', 'onderhoud', 'hosting')} {d.ri(2025, 2026)}'\n"
            f"Alle ondertekenaars hebben getekend.\n\n"
            f"Ondertekend door {d.P(a, 'full')} ({d.email(a)}) op {d.md()} om {d.time()}\n"
            f"Ondertekend door {d.P(b, 'full')} ({d.email(b, dom)}) op {d.md()} om {d.time()}\n\n"
            f"Maandbedrag volgens overeenkomst: {d.amt(150, 2500)}")


@T("SIGNED_CONTRACT")
def contract_opdracht_wg(d):
    d.B("SIGNED_CONTRACT")
    comp, _ = d.company(d.ch("installatie", "makelaar", "advocaat"))
    a, b = d.person(), d.person()
    return (f"Opdrachtbevestiging\n\nOpdrachtgever {d.P(a, 'full')}, wonende {d.addr()}, geeft {comp} opdracht tot "
            f"{d.ch('de verkoop van de woning', 'het vervangen van de cv-installatie', 'juridische bijstand in de huurzaak')} "
            f"tegen een vergoeding van {d.amt(900, 9000)}.\n\n"
            f"Aldus overeengekomen en ondertekend te {d.city()}, {d.md()}\n\n"
            f"w.g. {d.P(a, 'ini')}                 w.g. {d.P(b, 'ini')}\n"
            f"opdrachtgever                      namens {comp}")


@T("SIGNED_CONTRACT")
def contract_offerte_getekend_retour(d):
    d.B("SIGNED_CONTRACT")
    p = d.person()
    return (f"Offerte {d.ri(2025, 2026)}-{d.ri(100, 999)} – VOOR AKKOORD\n"
            f"Totaalbedrag: {d.amt(500, 14000)} incl. btw\n"
            f"Uitvoering: vanaf {d.md()}\n\n"
            f"Naam: {d.P(p, d.ch('full', 'ini'))}\n"
            f"Plaats: {d.city()}\n"
            f"Datum: {d.md(d.ch('dm', 'wd'))}\n"
            f"Handtekening: {d.ch('[getekend]', '(handtekening aanwezig)', '/getekend/', '✔ digitaal ondertekend')}")


@T("SIGNED_CONTRACT")
def contract_vlaams_gelezen(d):
    d.B("SIGNED_CONTRACT")
    a, b = d.person("vl"), d.person()
    return (f"Huurovereenkomst handelspand {d.street(be=True)}, {d.city(True)}\n...\n"
            f"De maandelijkse huurprijs bedraagt {d.amt(900, 3500)}, jaarlijks te indexeren.\n\n"
            f"Opgemaakt te {d.city(True)} op {d.md()}, in twee exemplaren, waarvan elke partij erkent er één te hebben "
            f"ontvangen.\n\n"
            f"De verhuurder, {d.P(a, 'full')}\nGelezen en goedgekeurd – handtekening\n\n"
            f"De huurder, {d.P(b, 'full')}\nGelezen en goedgekeurd – handtekening")


@T("SIGNED_CONTRACT")
def contract_koop_auto(d):
    d.B("SIGNED_CONTRACT")
    a, b = d.person(), d.person()
    return (f"KOOPOVEREENKOMST MOTORVOERTUIG\n"
            f"Verkoper: {d.P(a, 'full')}, {d.addr()}\n"
            f"Koper: {d.P(b, 'full')}, {d.tel()}\n"
            f"Merk/type: {d.ch(*CARS)}   Kenteken: {d.plate('std')}\n"
            f"Koopsom: {d.amt(1500, 24000)}, contant voldaan.\n\n"
            f"Getekend te {d.city()} op {d.md()}\n"
            f"Verkoper: {d.P(a, 'ini')} (getekend)     Koper: {d.P(b, 'ini')} (getekend)")


@T("SIGNED_CONTRACT")
def contract_vso(d):
    d.B("SIGNED_CONTRACT")
    comp, _ = d.company(d.ch("transport", "zorg", "garage", "webshop"))
    a, b = d.person(), d.person()
    return (f"VASTSTELLINGSOVEREENKOMST\n\n...\n7. Werkgever betaalt werknemer een transitievergoeding van "
            f"{d.amt(3000, 28000)} bruto.\n\n"
            f"Aldus overeengekomen en ondertekend:\n\n"
            f"{comp}, vertegenwoordigd door {d.P(a, 'full')}\nDatum: {d.md()}\nHandtekening: getekend\n\n"
            f"Werknemer: {d.P(b, 'full')}\nDatum: {d.md()}\nHandtekening: getekend")


@T("SIGNED_CONTRACT")
def contract_addendum(d):
    d.B("SIGNED_CONTRACT")
    a, b = d.person(), d.person()
    return (f"Addendum bij de arbeidsovereenkomst van {d.P(b, 'full')}\n\n"
            f"Met ingang van {d.md()} bedraagt de arbeidsduur {d.ch('24', '28', '32')} uur per week en het bruto "
            f"maandsalaris {d.amt(1800, 4200)}. Alle overige bepalingen blijven ongewijzigd.\n\n"
            f"Voor akkoord getekend,\n\n{d.P(a, d.ch('full', 'ini'))} (werkgever)        "
            f"{d.P(b, 'full')} (werknemer)")


@T("SIGNED_CONTRACT")
def contract_parkeerplaats(d):
    d.B("SIGNED_CONTRACT")
    a, b = d.person(), d.person()
    dt = d.md()
    return (f"Huurovereenkomst parkeerplaats nr. {d.ri(1, 80)}\n"
            f"Verhuurder {d.P(a, 'full')} verhuurt aan {d.P(b, 'full')} een parkeerplaats in de garage aan de "
            f"{d.street()} voor {d.amt(45, 180)} per maand, met ingang van {dt}.\n\n"
            f"Ondertekening:\n{d.P(a, 'ini')} – getekend {dt}\n{d.P(b, 'ini')} – getekend {dt}")


# ======================= BLOCK: CUSTOMER_LIST =================================================

def _rows(d, lo=5, hi=10):
    return [d.person() for _ in range(d.ri(lo, hi))]


@T("CUSTOMER_LIST")
def lijst_csv_komma(d):
    d.B("CUSTOMER_LIST")
    ps = _rows(d)
    head = d.ch("naam,email,telefoon", "Naam,E-mailadres,Mobiel", "klant,mail,tel")
    rows = [f"{d.P(p, 'full')},{d.email(p)},{d.tel()}" for p in ps]
    return head + "\n" + "\n".join(rows)


@T("CUSTOMER_LIST")
def lijst_crm_puntkomma(d):
    d.B("CUSTOMER_LIST")
    ps = _rows(d)
    rows = []
    for p in ps:
        ach = d.m("PERSOON", p.surname())
        voor = d.m("PERSOON", p.first)
        rows.append(f"{d.ri(10000, 99999)};{ach};{voor};{d.email(p)};{d.city()}")
    return "Klantnr;Achternaam;Voornaam;E-mail;Plaats\n" + "\n".join(rows)


@T("CUSTOMER_LIST")
def lijst_tabs_adres(d):
    d.B("CUSTOMER_LIST")
    ps = _rows(d)
    rows = [f"{d.P(p, d.ch('full', 'ini'))}\t{d.street()}\t{d.pc()}\t{d.city()}\t{d.tel()}" for p in ps]
    return "Naam\tAdres\tPostcode\tWoonplaats\tTelefoon\n" + "\n".join(rows)


@T("CUSTOMER_LIST")
def lijst_markdown(d):
    d.B("CUSTOMER_LIST")
    ps = _rows(d)
    rows = [f"| {d.P(p, 'full')} | {d.email(p)} | {d.amt(20, 4000)} |" for p in ps]
    return (f"Overzicht openstaande posten:\n\n| Klant | E-mail | Openstaand |\n|---|---|---|\n" + "\n".join(rows))


@T("CUSTOMER_LIST")
def lijst_mailadressen_regels(d):
    d.B("CUSTOMER_LIST")
    ps = _rows(d)
    rows = [f"{d.P(p, 'full')} <{d.email(p)}>" for p in ps]
    return (f"{d.ch('Stuur de uitnodiging voor de open dag naar:', 'Graag deze klanten de nieuwe prijslijst mailen:', 'Nieuwsbrief handmatig naar:')}\n"
            + "\n".join(rows))


@T("CUSTOMER_LIST")
def lijst_klassenouders(d):
    d.B("CUSTOMER_LIST")
    kids = _rows(d, 5, 9)
    rows = []
    for c in kids:
        par = d.person()
        par.tv, par.last = c.tv, c.last
        rows.append(f"{d.P(c, 'first')} – {d.P(par, 'full')} – {d.tel('mobile')}")
    return f"Contactlijst groep {d.ri(1, 8)} (ouders)\n" + "\n".join(rows)


@T("CUSTOMER_LIST")
def lijst_patienten_dag(d):
    d.B("CUSTOMER_LIST")
    ps = _rows(d, 5, 9)
    h = 8
    rows = []
    for p in ps:
        rows.append(f"{h:02d}:{d.ch('00', '30')}  {d.P(p, d.ch('full', 'ini'))}  {d.tel()}")
        h += 1
    return f"Patiëntenlijst {d.md()}\n" + "\n".join(rows)


@T("CUSTOMER_LIST")
def lijst_adressen_genummerd(d):
    d.B("CUSTOMER_LIST")
    ps = _rows(d, 5, 9)
    rows = [f"{i}. {d.P(p, d.ch('full', 'tformal', 'ini'))}, {d.addr()}" for i, p in enumerate(ps, 1)]
    return "Vaste klanten glasbewassing, route noord:\n" + "\n".join(rows)


@T("CUSTOMER_LIST")
def lijst_een_regel_lc(d):
    d.B("CUSTOMER_LIST")
    ps = _rows(d, 5, 8)
    items = [f"{d.P(p, 'lcfull')} {d.email(p)}" for p in ps]
    return "graag deze mensen toevoegen aan mailchimp: " + "; ".join(items)


@T("CUSTOMER_LIST")
def lijst_incasso(d):
    d.B("CUSTOMER_LIST")
    ps = _rows(d, 5, 9)
    rows = [f"{d.P(p, d.ch('full', 'ini'))};{d.iban(spaced=False)};{d.amt(15, 90, style=d.ch('eur_sp_c', 'euro_c', 'EUR_c'), cents_p=1)}"
            for p in ps]
    return f"Incassobestand {d.ch(*MONTHS)} (contributie)\nNaam;IBAN;Bedrag\n" + "\n".join(rows)


# ======================= BLOCK: PASSWORD ======================================================

@T("PASSWORD")
def pw_inloggegevens_blok(d):
    p = d.person()
    comp, dom = d.company(d.ch("administratie", "webshop", "garage"))
    return (f"Inloggegevens {d.ch('boekhoudpakket', 'bankportaal zakelijk', 'leveranciersportaal', 'webshop-beheer')}:\n"
            f"Gebruikersnaam: {d.email(p, dom)}\n"
            f"Wachtwoord: {d.pw()}\n"
            f"(niet doorsturen – {d.P(p, 'first')})")


@T("PASSWORD")
def pw_wifi_chat(d):
    return (f"{d.ch('ww van de wifi in de werkplaats is', 'wifi code kantine:', 'gasten-wifi: BakkerijGast / ', 'wifi wachtwoord =')} "
            f"{d.pw(d.ch('word', 'random', 'phrase'))} {d.ch('', '(hoofdlettergevoelig)', 'niet aan klanten geven')}").rstrip()


@T("PASSWORD")
def pw_account_aangemaakt(d):
    p, s = d.person(), d.person()
    comp, dom = d.company(d.ch("zorg", "schoonmaak", "transport", "fysio"))
    return (f"{d.aanhef(p, 'informal')}\n\nJe account voor {d.ch('het roosterprogramma', 'Nmbrs', 'het ECD', 'de planningsapp')} is "
            f"aangemaakt. Log in met je e-mailadres {d.email(p, dom)} en het tijdelijke wachtwoord {d.pw()} "
            f"– je moet het bij de eerste keer inloggen wijzigen.\n\n{d.groet()}\n{d.P(s, 'full')}")


@T("PASSWORD")
def pw_env_database(d):
    both = d.r.random() < 0.35
    extra = f"\nMAIL_API_KEY={d.key(d.ch('sendgrid', 'mailchimp', 'openai'))}" if both else ""
    return (f"Kun je kijken waarom de site niet verbindt? Dit staat in de .env:\n\n"
            f"DB_HOST=127.0.0.1\nDB_PORT=3306\nDB_USER={d.ch('webshop', 'wp_admin', 'shopuser')}\n"
            f"DB_PASSWORD={d.pw(d.ch('random', 'word'))}{extra}")


@T("PASSWORD")
def pw_groothandel(d):
    return (f"Kun je even bestellen bij de groothandel? Inlog: {d.ch('klantnr', 'account')} {d.ri(10000, 999999)}, "
            f"{d.ch('pw:', 'ww:', 'wachtwoord', 'pass')} {d.pw()}\nGraag {d.ri(2, 20)} dozen "
            f"{d.ch('handschoenen', 'kitkokers', 'koffiebekers', 'afvalzakken')}.")


@T("PASSWORD")
def pw_kassa(d):
    s = d.person()
    return (f"Nieuw wachtwoord kassa {d.ch('1', '2', 'achter')}: {d.pw(d.ch('word', 'weak', 'leet'))}\n"
            f"Het oude werkt sinds vandaag niet meer. – {d.P(s, 'first')}")


@T("PASSWORD")
def pw_camera_app(d):
    p = d.person()
    return (f"Voor de camera-app van de {d.ch('winkel', 'loods', 'praktijk')}: inlog {d.email(p)} / {d.pw()} "
            f"– app heet {d.ch('Reolink', 'Hik-Connect', 'Eufy')}. Niet verder delen aub.")


@T("PASSWORD")
def pw_engels(d):
    p = d.person(d.ch("gb", "in", "pl", "ph", None))
    return (f"Hi {d.P(p, 'first')}, login for the supplier portal: user {d.email(p)} – password {d.pw('random')}\n"
            f"Please change it after your first login.")


@T("PASSWORD")
def pw_telefoonnotitie_reset(d):
    p, s = d.person(g="m"), d.person()
    return (f"{d.P(p, d.ch('full', 'tformal'))} belde ({d.tel()}): hij is zijn wachtwoord van het klantportaal kwijt. "
            f"Heb het gereset naar {d.pw(d.ch('word', 'leet', 'random'))} en gezegd dat hij het zelf moet aanpassen. – "
            f"{d.P(s, 'first')}")


@T("PASSWORD")
def pw_gedeelde_mailbox(d):
    comp, dom = d.company(d.ch("advocaat", "makelaar", "administratie"))
    return (f"Het wachtwoord van de gedeelde mailbox {d.email(None, dom)} is {d.ch('veranderd in', 'nu', 'gewijzigd naar')} "
            f"{d.pw()}\nPas het aan in Outlook op je telefoon, anders blijft hij om je wachtwoord vragen.")


@T("PASSWORD")
def pw_inlog_slash(d):
    p = d.person()
    return (f"{d.P(p, 'lc')} kan je ff inloggen op {d.ch('bol', 'marktplaats zakelijk', 'de postnl app', 'mijn.ziggo')}? "
            f"{d.email(p)} / {d.pw()} thx")


# ======================= BLOCK: API_KEY =======================================================

@T("API_KEY")
def api_env_provider(d):
    kind = d.ch("mollie", "mollie_test", "stripe", "stripe_rk", "sendgrid", "mailchimp", "openai", "shopify")
    var = {"mollie": "MOLLIE_API_KEY", "mollie_test": "MOLLIE_API_KEY", "stripe": "STRIPE_SECRET_KEY",
           "stripe_rk": "STRIPE_RESTRICTED_KEY", "sendgrid": "SENDGRID_API_KEY", "mailchimp": "MAILCHIMP_KEY",
           "openai": "OPENAI_API_KEY", "shopify": "SHOPIFY_ADMIN_TOKEN"}[kind]
    q = {"sendgrid": "Waarom komen de orderbevestigingen niet aan?", "mailchimp": "Waarom synchroniseren de klanten niet?",
         "openai": "Waarom geeft de chatbot op de site een fout?", "shopify": "Waarom worden de voorraden niet bijgewerkt?"
         }.get(kind, "Waarom werkt de betaling niet?")
    return (f"{q} Mijn .env:\n\nAPP_ENV=production\n{var}={d.key(kind)}\n"
            f"SHOP_URL=https://{d.ch('winkel', 'shop', 'bestel')}.voorbeeld.nl")


@T("API_KEY")
def api_curl(d):
    kind = d.ch("openai", "openai_proj", "openrouter", "groq")
    host = {"openai": "api.openai.com/v1", "openai_proj": "api.openai.com/v1", "openrouter": "openrouter.ai/api/v1",
            "groq": "api.groq.com/openai/v1"}[kind]
    return (f"Deze curl geeft een 401, wat doe ik fout?\n\ncurl https://{host}/chat/completions \\\n"
            f"  -H \"Authorization: Bearer {d.key(kind)}\" \\\n  -H \"Content-Type: application/json\" \\\n"
            f"  -d '{{\"model\": \"...\", \"messages\": []}}'")


@T("API_KEY")
def api_mail_developer(d):
    p, s = d.person(), d.person()
    kind = d.ch("sendgrid", "mailchimp", "mollie", "twilio", "shopify")
    return (f"Hoi {d.P(p, 'first')},\n\nHierbij de sleutel voor de koppeling met {PROVIDER_NAMES[kind]}: {d.key(kind)}\n"
            f"Zet hem in het instellingenscherm onder 'API'. Daarna kun je hem uit je mail verwijderen.\n\n"
            f"Gr, {d.P(s, 'first')}")


@T("API_KEY")
def api_json_config(d):
    kind = d.ch("stripe", "stripe_test", "google", "gcp_oauth", "anthropic")
    name = {"stripe": "stripe_secret", "stripe_test": "stripe_secret", "google": "maps_api_key",
            "gcp_oauth": "client_secret", "anthropic": "anthropic_api_key"}[kind]
    return (f"config.json van de kassa-koppeling:\n{{\n  \"shop_id\": {d.ri(100, 9999)},\n"
            f"  \"{name}\": \"{d.key(kind)}\",\n  \"currency\": \"EUR\"\n}}")


@T("API_KEY")
def api_slack_bericht(d):
    p = d.person()
    kind = d.ch("slack_bot", "slack_user")
    return (f"@{d.P(p, 'lc')} wie heeft de bot token aangepast? de nieuwe is {d.key(kind)} en nu post hij niks "
            f"meer in #bestellingen")


@T("API_KEY")
def api_aws(d):
    return (f"Backups naar S3 lopen vast. Dit zijn de gegevens:\nAWS_ACCESS_KEY_ID={d.key('aws')}\n"
            f"AWS_SECRET_ACCESS_KEY={d.key('aws_secret')}\nregion=eu-central-1")


@T("API_KEY")
def api_github_token(d):
    kind = d.ch("github", "github_fine", "gitlab", "npm")
    return (f"Mijn token voor de deploy is {d.key(kind)} – kun je die in de secrets van de repo zetten? "
            f"Ik ben {d.md('wd')} weer op kantoor.")


@T("API_KEY")
def api_maps_html(d):
    return (f"De kaart op de contactpagina blijft grijs. Code:\n"
            f"<script src=\"https://maps.googleapis.com/maps/api/js?key={d.key('google')}&callback=initMap\" async></script>")


@T("API_KEY")
def api_python_code(d):
    kind = d.ch("anthropic", "openai", "openai_proj", "hf", "groq")
    cls = {"anthropic": "Anthropic", "openai": "OpenAI", "openai_proj": "OpenAI", "hf": "InferenceClient",
           "groq": "Groq"}[kind]
    arg = "token" if kind == "hf" else "api_key"
    return (f"Waarom krijg ik een foutmelding bij regel 3?\n\n```python\nfrom x import {cls}\n"
            f"client = {cls}({arg}=\"{d.key(kind)}\")\nprint(client.models.list())\n```")


@T("API_KEY")
def api_telegram_jwt(d):
    kind = d.ch("telegram", "jwt", "do")
    label = {"telegram": "bot-token van onze Telegram-bot", "jwt": "token van de koppeling met het kassasysteem",
             "do": "DigitalOcean-token"}[kind]
    return f"Het {label}: {d.key(kind)}\n(verloopt {d.ch('nooit', 'over een jaar', 'eind van de maand')})"


@T("API_KEY")
def api_nieuwe_key(d):
    kind = d.ch(*[k for k in PROVIDER_NAMES])
    return (f"Nieuwe {d.ch('API-key', 'token', 'sleutel', 'secret key')} voor {PROVIDER_NAMES[kind]} aangemaakt, de oude is "
            f"ingetrokken. {d.ch('Vervang hem', 'Graag vervangen', 'Even omzetten')} "
            f"{d.ch('in de WooCommerce-plugin', 'bij de instellingen van de kassa', 'in de boekhoudkoppeling', 'op de server')}:\n"
            f"{d.key(kind)}")


# ======================= BLOCK: BSN ===========================================================

@T("BSN")
def bsn_personeelsformulier(d):
    p = d.person()
    return (f"Personeelsgegevens nieuwe medewerker\n"
            f"Naam: {d.P(p, 'full')}\n"
            f"Geboortedatum: {d.dob(None, 1960, 2006)}\n"
            f"{d.ch('BSN', 'Burgerservicenummer', 'BSN-nummer', 'Sofinummer')}: {d.bsn()}\n"
            f"Adres: {d.addr()}\n"
            f"IBAN: {d.iban()}\n"
            f"In dienst per: {d.md()}")


@T("BSN")
def bsn_zorg_intake(d):
    p = d.person()
    return (f"Cliënt {d.P(p, d.ch('full', 'tformal', 'ini'))}, {d.ch('geb.', 'geboren', '°')} {d.dob(None, 1930, 1990)}, "
            f"{d.ch('burgerservicenummer', 'BSN', 'bsn')} {d.bsn()}, verzekerd bij {d.ch('Zilveren Kruis', 'VGZ', 'CZ', 'Menzis')}. "
            f"Indicatie: {d.ch('wijkverpleging 3x per week', 'huishoudelijke hulp', 'dagbesteding')}.")


@T("BSN")
def bsn_aangifte_partners(d):
    a, b = d.person(), d.person()
    return (f"Voor de aangifte van {d.P(a, 'full')} en partner {d.P(b, 'full')}: BSN's {d.bsn()} en {d.bsn()}. "
            f"Toeslagpartner vanaf {d.ch('januari', 'maart', 'de verhuizing')}. Aangifte graag vóór {d.md()} indienen.")


@T("BSN")
def bsn_school_inschrijving(d):
    c, par = d.person(), d.person()
    c.tv, c.last = par.tv, par.last
    return (f"Inschrijfformulier leerling\nNaam kind: {d.P(c, 'full')}\nGeboren: {d.dob(None, 2015, 2021)}\n"
            f"BSN leerling: {d.bsn()}\nOuder/verzorger: {d.P(par, 'full')}, {d.tel('mobile')}\n"
            f"Startdatum: {d.md()}")


@T("BSN")
def bsn_chat_check(d):
    p = d.person()
    return (f"kun je het {d.ch('sofinummer', 'bsn', 'burgerservicenummer')} van {d.P(p, 'lc')} ff checken? ik heb "
            f"{d.bsn(d.ch('plain', 'sp3'))} maar weet niet of het klopt")


@T("BSN")
def bsn_huuraanvraag(d):
    p = d.person()
    return (f"Aanvraag huurwoning\nKandidaat: {d.P(p, 'full')}\n{d.ch('BSN', 'Burgerservicenr.')}: {d.bsn()}\n"
            f"Geboortedatum: {d.dob()}\nBruto jaarinkomen: {d.amt(28000, 72000, cents_p=0)}\nE-mail: {d.email(p)}")


@T("BSN")
def bsn_advocaat(d):
    p = d.person()
    return (f"Cliënt: {d.P(p, 'full')} ({d.ch('BSN', 'bsn', 'burgerservicenummer')} {d.bsn()}), geboren {d.dob()} "
            f"te {d.city()}, wonende {d.addr()}. Zitting op {d.md()}.")


@T("BSN")
def bsn_loonaangifte_correctie(d):
    p = d.person()
    return (f"Correctie loonaangifte: werknemer {d.P(p, d.ch('full', 'ini'))}, burgerservicenr. {d.bsn()}, "
            f"tijdvak {d.ri(1, 12)}. Het bedrag van {d.amt(100, 3000)} is dubbel opgegeven.")


@T("BSN")
def bsn_declaratie_fysio(d):
    p = d.person()
    comp, _ = d.company("fysio")
    return (f"Declaratie {comp}\nPatiënt: {d.P(p, d.ch('full', 'ini'))}\nGeb.datum: {d.dob()}\n"
            f"BSN: {d.bsn()}\nBehandelingen: {d.ri(3, 18)}\nTotaal: {d.amt(150, 1400)}")


@T("BSN")
def bsn_engels(d):
    p = d.person(d.ch("gb", "in", "pl", "ro", "ua", "es", None))
    return (f"Citizen service number (BSN) of our new employee {d.P(p, 'full')}: {d.bsn()}. "
            f"Date of birth {d.dob(d.ch('dd-mm-yyyy', 'iso', 'long'))}. Start date {d.md()}.")


@T("BSN")
def bsn_tabel_kort(d):
    ps = [d.person() for _ in range(d.ri(2, 3))]
    rows = "\n".join(f"{d.P(p, 'full')};{d.bsn(d.ch('plain', 'dot3', 'sp3'))};{d.dob('dd-mm-yyyy')}" for p in ps)
    return f"Voor de pensioenaanmelding:\nnaam;bsn;geboortedatum\n{rows}"


@T("BSN")
def bsn_uwv(d):
    p, s = d.person(), d.person()
    return (f"Ziekmelding UWV – {d.P(p, 'full')}, BSN {d.bsn()}, eerste ziektedag {d.md('dm')}. "
            f"Contactpersoon werkgever: {d.P(s, 'full')}, {d.tel('land')}.")


# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------

# records per category for 2,000 records (shares as in the dev set)
SHARE = {"API_KEY": 164, "PASSWORD": 157, "SIGNED_CONTRACT": 150, "CUSTOMER_LIST": 149, "SALARY_SLIP": 149,
         "BSN": 141}


def generate(n=2000, seed=SEED, prefix="c9"):
    r = random.Random(seed)
    by_cat = defaultdict(list)
    for name, cat, fn in TEMPLATES:
        by_cat[cat].append((name, fn))
    counts = {c: round(v * n / 2000) for c, v in SHARE.items()}
    counts["none"] = n - sum(counts.values())
    cats = [c for c, k in counts.items() for _ in range(k)]
    r.shuffle(cats)
    queues = {}
    recs = []
    used = Counter()
    for i, cat in enumerate(cats):
        q = queues.get(cat)
        if not q:
            q = list(by_cat[cat])
            r.shuffle(q)
            queues[cat] = q
        name, fn = q.pop()
        last = None
        for attempt in range(200):
            d = Doc(r)
            text = fn(d)
            rec = finalize(d, text)
            errs = validate(rec)
            if not errs:
                break
            last = errs
        else:
            raise SystemExit(f"template {name} keeps failing validation: {last}")
        used[name] += 1
        recs.append({"id": f"{prefix}-{i}", "text": rec["text"], "mask": rec["mask"], "block": rec["block"],
                     "keep": rec["keep"]})
    return recs, used


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "c9.jsonl"))
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    names = [t[0] for t in TEMPLATES]
    assert len(names) == len(set(names)), "duplicate template names"
    recs, used = generate(a.n, a.seed)
    unused = [n for n in names if not used[n]]
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    labels = Counter(l for rec in recs for l, _ in rec["mask"])
    blocks = Counter(b for rec in recs for b in rec["block"])
    print(f"wrote {len(recs)} records to {a.out}")
    print(f"templates: {len(TEMPLATES)} ({', '.join(f'{c}: {k}' for c, k in sorted(Counter(t[1] for t in TEMPLATES).items()))})")
    if unused:
        print("unused templates:", unused)
    print("mask labels:", dict(labels.most_common()))
    print("block categories:", dict(blocks.most_common()), "| blocked records:", sum(1 for x in recs if x["block"]))
    print("keep values:", sum(len(x["keep"]) for x in recs))
    if a.stats:
        for n in names:
            print(f"  {used[n]:4d}  {n}")


if __name__ == "__main__":
    main()
