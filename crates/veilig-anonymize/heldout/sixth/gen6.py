#!/usr/bin/env python3
"""gen6.py - independent held-out test corpus "c6" for the veilig Dutch PII anonymizer.

Written without looking at the anonymizer. Python 3 standard library only, deterministic.
Writes c6.jsonl next to this file: 1,500 records in the dev-set format
  {"id": "c6-N", "text": ..., "mask": [[LABEL, value], ...], "block": [...], "keep": [...]}

Usage:  python3 gen6.py            (writes c6.jsonl, prints a one-line summary)
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
from collections import Counter

SEED = "veilig-c6-2025"
N_TOTAL = 1500
N_BLOCK = 450
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "c6.jsonl")

# =====================================================================================
# Name pools (written for this corpus)
# =====================================================================================
W = str.split

NL_F = W("""Anouk Sanne Lotte Femke Eva Lisa Sophie Julia Emma Fleur Noor Iris Roos Anne Marloes Ingrid
Anja Marieke Mirjam Esther Petra Wilma Gerda Hennie Joke Ria Tineke Annemiek Karin Monique Ilse Lieke
Sterre Jente Fenna Tessa Maud Isa Yfke Nynke Sietske Geertje Hilde Jolien Marjolein Els Corrie Dineke
Willemijn Floor Merel Bente Janneke Liesbeth Hanneke Saskia Renate Evelien Doortje Aaltje Trijntje
Wieteke Jikke Romy Demi Kim Nienke Suze Veerle Mila Zoë Lotje Britt Mieke Gonny Ans Truus Marja Astrid
Jitske Rixt Wietske Marrit Klaasje Fokje Aagje Noortje Lieve Elin Hester Machteld Coby Riet Famke Jozien""")
NL_M = W("""Daan Bram Sem Lucas Thijs Jesse Ruben Stijn Joost Pieter Jan Kees Henk Gerrit Willem Johan
Maarten Sjoerd Wouter Bas Koen Rik Tim Niels Jeroen Marco Ronald Erik Hans Gert-Jan Jan-Willem Teun
Mees Siem Floris Hidde Jelle Sietse Tjeerd Douwe Harm Geert Arjen Ruud Frank Dirk Cor Piet Wim Theo
Job Luuk Milan Finn Gijs Hugo Olivier Thomas Tygo Jurre Wessel Sven Ewout Reinier Evert Berend Hendrik
Ids Auke Bart Dennis Patrick Sander Mark Michiel Robbert Gosse Eelco Hessel Ype Lammert Tjalling
Folkert Joep Stef Mats Boaz Kasper Jochem Rutger""")
NL_SUR = ["Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks",
          "Dekker", "Brouwer", "Dijkstra", "Smits", "Kok", "Jacobs", "Vermeulen", "Schouten", "Willems",
          "Hoekstra", "Maas", "Verhoeven", "Koster", "Prins", "Blom", "Huisman", "Kuipers", "Post",
          "Kuiper", "Veenstra", "Kramer", "Scholten", "Postma", "Martens", "Vink", "Kroon", "Storm",
          "Winter", "Roos", "Zwart", "Groen", "Koning", "Schipper", "Timmermans", "Wolters", "Evers",
          "Sanders", "Molenaar", "Hoogendoorn", "Haverkamp", "Oosterhuis", "Zijlstra", "Wagenaar",
          "Boersma", "Bosma", "Hofstede", "Terpstra", "Nijland", "Steenbergen", "Verbeek", "Ruiter",
          "Lammers", "Spijker", "Vogel", "Valk", "Haas", "Mol", "Hermans", "Claassen", "Aarts", "Stam",
          "Brinkhuis", "Oudshoorn", "Veldkamp", "IJzerman", "Uittenbogaard", "Wijnhoven", "Schaap",
          "Bouwman", "Pronk", "Hoogland", "Duivenvoorden", "Kwakman", "Spruit", "Rietveld", "Brandsma",
          "Heemskerk", "Elzinga", "Stoffels", "Vreugdenhil", "Verschuren", "Klomp", "Gerritsen",
          "Kloosterman", "Wijnands", "Hakvoort", "Nieuwenhuis", "Dijkhuizen", "Beekman", "Scheepers",
          "Tuinstra", "Zwiers", "Rozendaal", "Boekhout", "Hooijer", "Lubbers", "Sluijter", "Knol",
          "de Jong", "de Vries", "van den Berg", "van Dijk", "de Boer", "van der Meer", "van der Linden",
          "de Groot", "van Leeuwen", "de Wit", "de Graaf", "van der Heijden", "de Haan", "van den Heuvel",
          "van der Veen", "van den Broek", "de Bruijn", "de Bruin", "van Beek", "van Vliet", "van de Ven",
          "van Dam", "van der Wal", "de Jonge", "van Veen", "van den Brink", "van Wijk", "de Ridder",
          "van de Pol", "ter Horst", "ten Brink", "van 't Hof", "van 't Veer", "van 't Zand", "ter Haar",
          "in 't Veld", "van Rijn", "van Os", "de Lange", "van Zuylen", "van Lent", "van Gils",
          "van der Sluis", "van Asselt", "den Hartog", "van Houten", "de Kok", "van Mierlo",
          "van der Ploeg", "te Velde", "ten Hove", "van Oort", "de Koning", "van Schaik", "'t Hart",
          "van der Zande", "van Wijngaarden", "op den Kamp", "van Eck", "van Rossum", "de Zwart"]
WORD_SUR = ["de Boer", "Visser", "Koster", "Kok", "Bakker", "Roos", "Winter", "Storm", "de Wit", "Groen",
            "Zwart", "Kroon", "Vogel", "Valk", "Haas", "Mol", "Schaap", "Spijker", "Koning", "Prins",
            "Post", "Vink", "Blom", "Stam", "Smit", "Schipper", "Molenaar", "Kramer", "Ruiter",
            "de Graaf", "Dekker", "Klomp", "Pronk", "Spruit", "de Haan", "Kuiper", "Zomer", "Wolf",
            "Hoek", "Timmer", "Metselaar", "Brood", "Dijk", "Veen", "Hout", "Bouman"]

# origin -> (female first names, male first names, surnames; "a|b" = male|female form)
ORIGINS = {
    "tr": (W("Elif Zeynep Ayşe Büşra Esra Merve Hatice Emine Derya Songül Gizem Fatma Sevgi Dilek"),
           W("Emre Yusuf Mehmet Burak Kerem Murat Hakan Serkan Ömer Mustafa Onur Cem Erkan Volkan"),
           W("Yılmaz Yilmaz Kaya Demir Çelik Celik Şahin Sahin Aydın Aydin Öztürk Ozturk Arslan Doğan "
             "Dogan Koç Kılıç Erdoğan Polat Güler Yıldız Yildiz Aksoy Kurt Özdemir Bulut Ateş Karaca")),
    "ma": (W("Fatima Khadija Nadia Samira Imane Naima Siham Loubna Houda Meryem Ikram Salma Hafsa Soumaya"),
           W("Mohamed Mohammed Youssef Bilal Soufiane Hamza Anouar Rachid Karim Mourad Redouan Ilias Ayoub "
             "Nordin Abdelkader"),
           ["el Amrani", "Benali", "Bouzid", "el Idrissi", "Ouali", "Boukhari", "Azzouzi", "el Khattabi",
            "Ziani", "Aboutaleb", "el Haddaoui", "Tahiri", "Bakkali", "Ait Taleb", "Chakir", "Achahbar",
            "Amezian", "el Ouardi", "Boulahrouz", "Ennaji", "Lamrini", "Haddouchi", "El Bouazzaoui"]),
    "sr": (W("Shanti Sunita Roshni Shiwani Anjali Kavita Sharmila Reshma Nisha Indra Sharon Marlene "
             "Gwendolyn Cynthia Altha Ivette Sandhya"),
           W("Ravi Anand Rajesh Dewkoemar Kiran Sanjay Ashwin Prem Vikash Navin Marlon Gregory Clarence "
             "Romeo Hensley Ricardo Orlando Winston Ramon"),
           ["Ramdin", "Jagessar", "Soekhlal", "Ramlal", "Mahabier", "Bhageloe", "Ramsaran", "Kalloe",
            "Sewdien", "Ramautar", "Doerga", "Baldew", "Mungra", "Ganpat", "Jairam", "Bissesar", "Pinas",
            "Sabajo", "Gravenbeek", "Karsters", "Vlijter", "Zeefuik", "Lieveld", "Doelwijt", "Wijngaarde",
            "Kromosoeto", "Tjon-A-Fat", "Tjin-A-Lim", "Jap-A-Joe", "Sumter", "Nelom", "Emanuelson",
            "Karijopawiro", "Wongsodikromo"]),
    "id": (W("Dewi Sari Putri Wulan Indah Ratna Lestari Yvonne Nathalie"),
           W("Wahyu Budi Agus Bambang Rudi Hendra Ronny Johnny"),
           ["Wattimena", "Pattinama", "Latumahina", "Tahitu", "Siahaya", "Sopacua", "Nanlohy", "Sahetapy",
            "Manuhutu", "Ririmasse", "Soeparman", "Hadiwidjojo", "Lumanauw", "Tupamahu"]),
    "ant": (W("Shanaira Giselle Rosanna Chantal Migdalia Sulaika Xiomara Julienne Shudaïsa"),
            W("Shurandy Jurick Quincy Giovanni Jurgen Churandy Rignaldo Sherwin Jermaine Ithamar"),
            ["Martina", "Rosaria", "Maduro", "Isenia", "Winklaar", "Daal", "Cijntje", "Janga", "Sambo",
             "Mercelina", "Rojer", "Koeiman", "Bernadina", "Felida", "Celestijn", "Girigorie", "Frans"]),
    "pl": (W("Katarzyna Agnieszka Małgorzata Joanna Magdalena Ewa Monika Dorota Justyna Paulina"),
           W("Piotr Tomasz Krzysztof Łukasz Paweł Marcin Michał Grzegorz Dariusz Kamil"),
           ["Kowalski|Kowalska", "Wiśniewski|Wiśniewska", "Lewandowski|Lewandowska", "Kamiński|Kamińska",
            "Zieliński|Zielińska", "Szymański|Szymańska", "Woźniak", "Nowak", "Wójcik", "Kowalczyk",
            "Mazur", "Krawczyk", "Dąbrowski|Dąbrowska", "Jabłoński|Jabłońska", "Grabowski|Grabowska"]),
    "ro": (W("Ioana Elena Alexandra Andreea Mihaela Cristina Roxana Denisa"),
           W("Andrei Mihai Bogdan Florin Ionuț Adrian Gheorghe Vlad Cosmin"),
           W("Popescu Ionescu Dumitru Constantinescu Munteanu Popa Radu Moldovan Lungu Dobre Stoica Marin")),
    "bg": (W("Yana Iva Desislava Gergana Tsvetelina Radost Boryana Milena"),
           W("Georgi Dimitar Stoyan Ivaylo Hristo Nikolay Plamen Kaloyan"),
           ["Petrov|Petrova", "Ivanov|Ivanova", "Georgiev|Georgieva", "Dimitrov|Dimitrova",
            "Todorov|Todorova", "Stoyanov|Stoyanova", "Kolev|Koleva", "Angelov|Angelova"]),
    "ua": (W("Oksana Olena Iryna Natalia Yulia Kateryna Svitlana Tetiana"),
           W("Andriy Taras Dmytro Oleksandr Serhiy Bohdan Vitalii Mykola"),
           W("Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Kravchuk Boyko Oliynyk Moroz Lysenko "
             "Savchenko Rudenko Marchenko")),
    "sy": (W("Rania Lina Hala Rasha Nour Dima Ghalia Reem"),
           W("Ahmad Omar Khaled Mahmoud Bashar Tarek Yazan Firas Samer"),
           ["Al-Hassan", "Haddad", "Khalil", "Al Masri", "Mansour", "Nasser", "Darwish", "Hamdan",
            "Al-Khatib", "Suleiman", "Kassab", "Alhamwi"]),
    "er": (W("Semhar Senait Luwam Saba Yordanos Feven Selam Hiwet"),
           W("Tesfay Yonas Filmon Biniam Dawit Mehari Robel Goitom"),
           W("Tesfamariam Ghebreyesus Habte Kidane Berhane Tekle Haile Weldemichael Ghebremedhin Asmerom")),
    "af": (W("Parwana Zahra Mariam Fereshta Nilofar Shabnam Mursal Sahar"),
           W("Farid Wahid Rahim Jawed Nasir Hamid Zabihullah Ahmad"),
           W("Ahmadzai Popal Rahimi Sultani Hashimi Noori Karimi Wardak Safi Stanikzai Amiri Haidari")),
    "so": (W("Hodan Faduma Ayaan Sahra Hibaaq Nasra Ifrah Ubah"),
           W("Abdirahman Mohamud Ismail Abdullahi Liban Abdiwali Guled Mukhtar"),
           W("Warsame Abdi Farah Jama Nur Egal Hirsi Aden Dirie Samatar Osman")),
    "cn": (["Li Na", "Mei", "Hui", "Xiaoling", "Yan", "Jing", "Xin Yi", "Siu Fong", "Mei Ling"],
           ["Wei", "Jun", "Xiaoming", "Hao", "Jian", "Zhiwei", "Wai Ming", "Kwok Wah", "Chi Keung"],
           W("Wang Chen Zhang Lin Huang Liu Zhou Xu Zheng Cheung Chan Wong Lam Leung")),
    "vn": (["Linh", "Huong", "Ngoc Anh", "Thu", "Trang", "Mai", "Lan", "Phuong"],
           W("Thanh Minh Tuan Duc Hung Quang Bao Long"),
           ["Nguyen", "Nguyễn", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo", "Duong"]),
    "in": (W("Priya Ananya Deepika Shreya Kavya Lakshmi Meera Pooja"),
           W("Arjun Rohit Vikram Rahul Karthik Siddharth Aditya Pranav"),
           W("Sharma Patel Iyer Reddy Gupta Nair Kumar Krishnan Menon Joshi Desai Venkatesan Subramanian")),
    "gh": (W("Akosua Ama Abena Efua Adwoa Afia Yaa"),
           W("Kwame Kofi Yaw Kwabena Kojo Kwaku Nana"),
           W("Mensah Owusu Boateng Asante Osei Addo Appiah Agyeman Ofori Darko Amponsah")),
    "ng": (W("Ngozi Adaeze Chiamaka Funmilayo Oluwakemi Blessing Ifeoma"),
           W("Chinedu Oluwaseun Emeka Tunde Obinna Babatunde Ikenna"),
           W("Okafor Adeyemi Okonkwo Balogun Nwosu Adebayo Ogunleye Chukwu Olawale")),
    "br": (W("Larissa Camila Fernanda Juliana Gabriela Letícia Thaís"),
           W("João Thiago Rafael Gustavo Leandro Felipe Rodrigo"),
           ["da Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Ferreira", "dos Santos",
            "Ribeiro", "Carvalho", "Lima"]),
    "pt": (W("Inês Beatriz Mariana Catarina Rita Joana"),
           W("Tiago Rui Gonçalo Duarte Nuno Miguel"),
           ["Rodrigues", "Fernandes", "Gonçalves", "Martins", "Sousa", "Lopes", "da Costa", "Marques",
            "Pinto"]),
    "it": (W("Giulia Francesca Chiara Alessia Federica Valentina"),
           W("Matteo Lorenzo Alessandro Giuseppe Davide Riccardo"),
           ["Rossi", "Russo", "Esposito", "Bianchi", "Romano", "Ricci", "Marino", "Greco", "De Luca",
            "Conti", "Gallo", "Lombardi"]),
    "gr": (W("Eleni Katerina Georgia Despina Vasiliki Dimitra"),
           W("Dimitris Giorgos Nikos Kostas Yannis Vasilis Christos"),
           W("Papadopoulos Georgiou Nikolaidis Pappas Konstantinou Karagiannis Vlachos Oikonomou "
             "Angelopoulos Dimitriou")),
    "ph": (["Maricel", "Rowena", "Mary Grace", "Jocelyn", "Analyn", "Rochelle", "Kristine"],
           ["Jomar", "Jericho", "Rommel", "Arnel", "Reynaldo", "John Paul"],
           ["Reyes", "Cruz", "Bautista", "Dela Cruz", "Mendoza", "Garcia", "Villanueva", "Aquino",
            "Ramos", "Castillo", "Navarro", "Manalo", "Pascual"]),
}
VL_F = W("Lien Griet Sien Lore Ine Hanne Elke Katrien An Marijke Nele Ellen Fien Jolien Kaat")
VL_M = W("Jens Wout Arne Kobe Bavo Pieter-Jan Jef Lander Tuur Wannes Glenn Kenny Dries Joris")
VL_SUR = ["Peeters", "Janssens", "Maes", "Mertens", "Claes", "Goossens", "Wouters", "De Smet",
          "Van de Velde", "Lambrechts", "Desmet", "Verstraeten", "Vandenberghe", "Van Damme",
          "De Clercq", "Vercammen", "Van den Broeck", "De Backer", "Vanhoutte", "Bogaert", "Verhaegen",
          "Van Acker", "Claeys", "Vandamme"]

TITLES = {"f": ["mevrouw", "mevrouw", "mevr.", "mw."], "m": ["meneer", "de heer", "dhr.", "dhr."]}

# =====================================================================================
# Places, streets, companies, products
# =====================================================================================
CITIES = W("""Amsterdam Rotterdam Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen Apeldoorn
Haarlem Arnhem Enschede Amersfoort Zaandam Zwolle Leiden Maastricht Dordrecht Zoetermeer Deventer Delft
Alkmaar Heerlen Venlo Leeuwarden Hilversum Purmerend Schiedam Spijkenisse Vlaardingen Gouda Zeist
Hoofddorp Assen Emmen Helmond Oss Harderwijk Doetinchem Middelburg Goes Vlissingen Terneuzen Sneek
Drachten Heerenveen Hoogeveen Meppel Tiel Culemborg Woerden Nieuwegein Houten Veenendaal Ede Wageningen
Barneveld Nijkerk Zutphen Winterswijk Hengelo Almelo Oldenzaal Weert Roermond Sittard Kerkrade Waalwijk
Oosterhout Gorinchem Katwijk Noordwijk Hoorn Enkhuizen Volendam Lelystad Dronten Urk Steenwijk
Stadskanaal Veendam Winschoten Delfzijl Harlingen Franeker Dokkum""") + [
    "Den Haag", "'s-Hertogenbosch", "Den Bosch", "Bergen op Zoom", "Alphen aan den Rijn", "Den Helder",
    "Capelle aan den IJssel", "Krimpen aan den IJssel"]
VL_CITIES = W("Gent Antwerpen Brugge Leuven Mechelen Hasselt Kortrijk Aalst Genk Roeselare Turnhout "
              "Oostende Lier Geel") + ["Sint-Niklaas"]

ST_PRE = W("""Kerk Dorps Molen School Stations Markt Hoog Linden Eiken Beuken Berken Esdoorn Kastanje Wilgen
Populieren Tulpen Rozen Merel Lijster Zwaluw Reiger Kievit Vinken Spoor Haven Polder Akker Weide Heide
Duin Zuid Noord Oost West Prinsen Heren Keizers Oranje Juliana Beatrix Wilhelmina Emma Irene Margriet
Bernhard Ambachts Smids Bakkers Brouwers Vissers Gasthuis Klooster Kasteel Veld Boomgaard Hazelaar
Vlier Meidoorn Jasmijn Lavendel Zonnebloem Korenbloem Klaproos Sleedoorn Mees Specht Fazant Zeeman""")
ST_SUF = ["straat", "straat", "straat", "laan", "laan", "weg", "plein", "singel", "gracht", "kade", "hof",
          "pad", "dreef", "steeg", "dijk", "park", "erf"]
ST_FIXED = ["Laan van Meerdervoort", "Prins Hendrikkade", "Burgemeester de Withstraat", "Van Speijkstraat",
            "Johan de Wittlaan", "Anne Frankstraat", "Tweede Oosterparkstraat", "Lange Nieuwstraat",
            "Korte Poten", "Oudegracht", "Dr. Schaepmanstraat", "'s-Gravendijkwal", "Willem de Zwijgerlaan",
            "Koningin Emmaplein", "Rijksstraatweg", "Graaf Florisstraat", "Jan van Galenstraat",
            "Van 't Hoffstraat", "Thorbeckestraat", "Sint Annastraat", "Hoofdstraat", "Nieuwe Binnenweg",
            "Eerste Helmersstraat", "Pieter Cornelisz. Hooftstraat", "Generaal Foulkesweg", "Koningsweg",
            "Burgemeester Roelenweg", "Mgr. Nolensplein", "Vondelstraat", "Händelstraat"]
VL_STREETS = ["Kortrijksesteenweg", "Vrijdagmarkt", "Bondgenotenlaan", "Steenhouwersvest",
              "Koningin Astridlaan", "Stationsstraat", "Kerkstraat", "Dorpsstraat", "Nieuwstraat",
              "Brusselsesteenweg", "Grote Markt", "Kouter", "Lange Kievitstraat", "Diestsestraat"]

SHOPS = [("Fietsenwinkel De Spaak", "despaak.nl"), ("Woonwinkel Thuis & Co", "thuisenco.nl"),
         ("Tuincentrum De Linde", "tuincentrumdelinde.nl"), ("Kookpunt", "kookpunt.nl"),
         ("Lampenhuis Licht & Zo", "lichtenzo.nl"), ("Elektro Noord", "elektronoord.nl"),
         ("Poot & Snuit", "pootensnuit.nl"), ("Schoenenhuis Stap", "schoenenhuis-stap.nl"),
         ("Koffiebranderij De Molen", "koffiedemolen.nl"), ("Slaapcomfort Oost", "slaapcomfortoost.nl"),
         ("Bureaustoel Direct", "bureaustoeldirect.nl"), ("Bloemenhuis Madelief", "madelief-bloemen.nl")]
INSTALLERS = [("Installatiebedrijf Noorderlicht", "noorderlicht-installatie.nl"),
              ("Warmtetechniek Zuidwest", "warmtetechniekzw.nl"), ("Loodgietersbedrijf Snel & Droog", "snelendroog.nl"),
              ("Klimaatservice Midden", "klimaatservicemidden.nl"), ("Dakwerken Hoogtij", "hoogtij-dakwerken.nl"),
              ("Elektrotechniek Vonk", "vonk-elektro.nl")]
PRAKTIJKEN = [("Fysiotherapie Het Anker", "fysio-hetanker.nl"), ("Fysio Centrum Oost", "fysiocentrumoost.nl"),
              ("Tandartspraktijk De Glimlach", "tandartsdeglimlach.nl"), ("Mondzorg Centrum", "mondzorgcentrum.nl"),
              ("Kapsalon Knipkunst", "knipkunst.nl"), ("Haarstudio Lokk", "haarstudiolokk.nl"),
              ("Huisartsenpraktijk De Vaart", "hapdevaart.nl"), ("Dierenkliniek De Wissel", "dierenkliniekdewissel.nl")]
GARAGES = [("Autobedrijf De Hoek", "autobedrijfdehoek.nl"), ("Garage Centrum", "garagecentrum.nl"),
           ("Autoservice Vianen", "autoservicevianen.nl"), ("Bandencentrum Snelweg", "bandencentrum-snelweg.nl")]
FIRMS = [("Bouwbedrijf Gebroeders Hoekman", "hoekmanbouw.nl"), ("Administratiekantoor Balans", "balans-administratie.nl"),
         ("Makelaardij Stadshart", "stadshartmakelaars.nl"), ("Notariskantoor Vijverhof", "notarisvijverhof.nl"),
         ("Woonstichting Thuisbasis", "thuisbasis.nl"), ("Schoonmaakbedrijf Glans", "glans-schoonmaak.nl"),
         ("Cateraar Smaakvol", "smaakvol-catering.nl"), ("Drukkerij Letterzetter", "letterzetter.nl"),
         ("Reclamebureau Blauwdruk", "blauwdruk-reclame.nl"), ("Transportbedrijf Van Weg", "vanwegtransport.nl"),
         ("Adviesbureau Kompas", "kompasadvies.nl"), ("Hoveniersbedrijf Groenrijk", "groenrijk.nl"),
         ("Kinderopvang Het Vlindernest", "vlindernest.nl"), ("Sportvereniging DVS '33", "dvs33.nl"),
         ("Tennisclub De Volley", "tcdevolley.nl"), ("OBS De Regenboog", "obsderegenboog.nl"),
         ("Verzekeringen Zekerheid Plus", "zekerheidplus.nl"), ("IT-beheer Cloudwijs", "cloudwijs.nl")]
VL_FIRMS = [("Zetelhuis Verbeke", "zetelhuis.be"), ("Kinepraktijk De Brug", "kinedebrug.be"),
            ("Schrijnwerkerij Van Hove", "schrijnwerkerij-vanhove.be"), ("Fietsatelier Kasseie", "kasseie.be"),
            ("Immo Scheldezicht", "immoscheldezicht.be"), ("Bakkerij 't Ovenke", "ovenke.be")]
EN_FIRMS = [("Northwind Logistics", "northwind-logistics.com"), ("Bluefin Software", "bluefin.io"),
            ("Harbour Design Studio", "harbourdesign.co.uk"), ("Tulip Trading B.V.", "tuliptrading.nl")]

CARRIERS = ["PostNL", "DHL", "DPD", "GLS", "UPS", "Budbee", "Homerr"]
PRODUCTS = ["Vaillant ecoTEC plus", "Nefit Topline", "Intergas Xtreme 36", "Daikin Altherma 3",
            "Gazelle Ultimate C380", "Cortina E-U4", "Samsung Galaxy A55", "iPhone 15", "Philips Airfryer XXL",
            "Miele W1", "Bosch Serie 6", "Dyson V15", "Auping Criade", "Logitech MX Keys", "HP LaserJet Pro",
            "Sonos Era 100", "Nespresso Vertuo", "Jura E8", "Fatboy Original", "Gispen bureaustoel",
            "Weber Genesis", "Stihl kettingzaag", "Karcher K5", "Tado thermostaat"]
CARS = ["Volkswagen Polo", "Toyota Yaris Cross", "Kia Niro", "Peugeot 2008", "Opel Corsa", "Renault Clio",
        "Škoda Octavia", "Ford Transit Custom", "Mercedes Sprinter", "Volvo XC40", "Hyundai Kona",
        "Citroën Berlingo", "Tesla Model 3", "Fiat 500", "Mazda CX-5"]
ROLES = ["Office manager", "Accountmanager", "Projectleider", "Teamleider Klantenservice", "Hoofd Financiën",
         "Medewerker Binnendienst", "Praktijkmanager", "Eigenaar", "HR-adviseur", "Salarisadministrateur",
         "Bedrijfsleider", "Planner", "Werkvoorbereider", "Directeur", "Verkoopadviseur", "Monteur"]
APPS = ["Nmbrs", "AFAS Pocket", "Loket.nl", "Visma Raet", "Employes", "Youforce"]
PORTALS = ["Exact Online", "Moneybird", "het klantportaal", "SharePoint", "de webshop-admin", "Shopify",
           "WooCommerce", "HubSpot", "Salesforce", "Mijn Omgeving", "het roosterprogramma"]
ROOMS = ["Zaal Rembrandt", "Vergaderruimte Vermeer", "de Escher-kamer", "Zaal Mondriaan", "de Tuinkamer",
         "Spreekkamer 2"]
PETS = ["Bommel", "Snuf", "Pluis", "Tijger", "Moortje", "Dropje", "Kruimel", "Flappie", "Pukkie", "Sproetje"]

MONTHS = W("januari februari maart april mei juni juli augustus september oktober november december")
MON_ABBR = W("jan feb mrt apr mei jun jul aug sep okt nov dec")
DAYS = W("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")
DAYS_ABBR = W("ma di wo do vr za zo")
EN_MONTHS = W("January February March April May June July August September October November December")
EN_DAYS = W("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

# =====================================================================================
# Structured value generators
# =====================================================================================
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def elfproef(num):
    s = re.sub(r"\D", "", num)
    if len(s) != 9:
        return False
    tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return tot % 11 == 0


def gen_bsn_digits(r):
    while True:
        d = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
        c = sum(d[i] * (9 - i) for i in range(8)) % 11
        if c < 10:
            s = "".join(map(str, d + [c]))
            if elfproef(s) and s != "123456782":
                return s


def gen_nine_fail(r):
    while True:
        s = str(r.randint(1, 9)) + digits(r, 8)
        if not elfproef(s):
            return s


def iban_check(cc, bban):
    conv = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    return "%02d" % (98 - int(conv) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    conv = "".join(str(int(ch, 36)) for ch in (s[4:] + s[:4]))
    return int(conv) % 97 == 1


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "NWAB", "HAND"]


def gen_iban(r, cc="NL"):
    if cc == "NL":
        bban = r.choice(NL_BANKS) + str(r.randint(1, 9)) + digits(r, 9)
    elif cc == "BE":
        n10 = str(r.randint(1, 9)) + digits(r, 9)
        chk = int(n10) % 97 or 97
        bban = n10 + "%02d" % chk
    else:  # DE
        bban = str(r.randint(1, 9)) + digits(r, 7) + digits(r, 10)
    return cc + iban_check(cc, bban) + bban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


PLATE_L = "BDFGHJKLNPRSTVXZ"
SIDECODES = ["LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9", "9-LLL-99",
             "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9"]


def gen_plate(r):
    code = r.choice(SIDECODES)
    return "".join(r.choice(PLATE_L) if ch == "L" else (str(r.randint(0, 9)) if ch == "9" else ch) for ch in code)


AREA3 = W("10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79 85 88")
AREA4 = W("""111 113 114 117 162 164 165 172 174 180 181 182 183 184 186 187 222 223 224 226 227 228 229 251 252
255 294 297 299 313 314 315 316 317 318 320 321 341 342 343 344 345 346 347 348 411 412 413 416 418 475 478
481 485 486 487 488 492 493 495 497 499 511 512 513 514 515 516 517 518 519 521 522 523 524 525 527 528 529
544 545 546 547 548 561 562 566 570 571 572 573 575 577 578 591 592 593 594 595 596 597 598 599""")


def gen_mobile(r):
    a = r.choice("1234568") + digits(r, 7)
    return r.choice([
        f"06-{a}", f"06 {a[:4]} {a[4:]}", f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", f"06{a}",
        f"+31 6 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", f"+316{a}", f"+31 (0)6 {a[:4]} {a[4:]}",
        f"0031 6 {a[:4]} {a[4:]}", f"06-{a[:4]} {a[4:]}", f"+31 6 {a[:4]} {a[4:]}", f"06 - {a}",
        f"+31-6-{a}", f"06-{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}", f"0031-6-{a}"])


def gen_landline(r):
    if r.random() < 0.55:
        ac = r.choice(AREA3)
        s = str(r.randint(2, 9)) + digits(r, 6)
        return r.choice([f"0{ac}-{s}", f"0{ac} {s[:3]} {s[3:]}", f"(0{ac}) {s[:3]} {s[3:5]} {s[5:]}",
                         f"0{ac} {s}", f"+31 {ac} {s[:3]} {s[3:]}", f"0031 {ac} {s[:3]} {s[3:]}",
                         f"+31 (0){ac} {s[:3]} {s[3:5]} {s[5:]}", f"+31{ac}{s}", f"0{ac}-{s[:3]} {s[3:5]} {s[5:]}"])
    ac = r.choice(AREA4)
    s = str(r.randint(2, 9)) + digits(r, 5)
    return r.choice([f"0{ac}-{s}", f"0{ac} {s[:2]} {s[2:4]} {s[4:]}", f"(0{ac}) {s}", f"0{ac} {s}",
                     f"+31 {ac} {s[:3]} {s[3:]}", f"0031 {ac} {s[:2]} {s[2:4]} {s[4:]}", f"0{ac}-{s[:3]} {s[3:]}"])


def gen_be_phone(r):
    if r.random() < 0.65:
        a = r.choice(["47", "48", "49"]) + digits(r, 7)  # 4xx xx xx xx
        return r.choice([f"0{a[:3]} {a[3:5]} {a[5:7]} {a[7:]}", f"0{a[:3]}/{a[3:5]}.{a[5:7]}.{a[7:]}",
                         f"+32 {a[:3]} {a[3:5]} {a[5:7]} {a[7:]}", f"+32{a}", f"0032 {a[:3]} {a[3:5]} {a[5:7]} {a[7:]}",
                         f"0{a[:3]}/{a[3:]}"])
    z = r.choice(["9", "3", "2", "50", "16", "15", "56"])
    s = str(r.randint(2, 9)) + (digits(r, 6) if len(z) == 1 else digits(r, 5))
    if len(z) == 1:
        return r.choice([f"0{z} {s[:3]} {s[3:5]} {s[5:]}", f"0{z}/{s[:3]}.{s[3:5]}.{s[5:]}",
                         f"+32 {z} {s[:3]} {s[3:5]} {s[5:]}"])
    return r.choice([f"0{z} {s[:2]} {s[2:4]} {s[4:]}", f"0{z}/{s[:2]}.{s[2:4]}.{s[4:]}",
                     f"+32 {z} {s[:2]} {s[2:4]} {s[4:]}"])


def gen_intl_phone(r):
    return r.choice([f"+49 15{r.randint(1, 9)} {digits(r, 8)}", f"+44 7{digits(r, 3)} {digits(r, 6)}",
                     f"+90 5{digits(r, 2)} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                     f"+48 {r.randint(5, 8)}{digits(r, 2)}-{digits(r, 3)}-{digits(r, 3)}",
                     f"+40 7{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                     f"+359 8{r.choice('789')} {digits(r, 3)} {digits(r, 4)}",
                     f"+380 {r.choice(['50', '67', '93', '97'])} {digits(r, 3)} {digits(r, 4)}",
                     f"+212 6{digits(r, 2)}-{digits(r, 6)}", f"+597 {digits(r, 3)}-{digits(r, 4)}",
                     f"+599 9 {digits(r, 3)} {digits(r, 4)}", f"+1 (415) {digits(r, 3)}-{digits(r, 4)}"])


PC_L = "ABCDEGHJKLMNPRTVWXZ"


def gen_postcode(r, compact=None):
    while True:
        l2 = r.choice(PC_L) + r.choice(PC_L)
        if l2 not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    if compact is None:
        compact = r.random() < 0.45
    return f"{n}{l2}" if compact else f"{n} {l2}"


def gen_street(r):
    if r.random() < 0.22:
        return r.choice(ST_FIXED)
    return r.choice(ST_PRE) + r.choice(ST_SUF)


def gen_housenr(r):
    n = r.choice([r.randint(1, 40), r.randint(1, 160), r.randint(1, 400)])
    add = r.choice(["", "", "", "", "a", "A", "b", "B", "-2", "-1", " bis", " hs", "-III", "-H", " I", " II",
                    "-bg", " rd", "-A02", " zw", "c", "-3"])
    if add in (" I", " II") and r.random() < 0.5:
        add = "-" + add.strip()
    return f"{n}{add}"


def fmt_th(e):
    return f"{e:,}".replace(",", ".")


def fmt_amount(r, e, c, en=False):
    if en:
        return r.choice([f"€{e:,}.{c:02d}", f"EUR {e:,}.{c:02d}", f"€{e:,}"] if c else [f"€{e:,}", f"EUR {e:,}", f"€{e:,}.00"])
    if c:
        opts = [f"€ {fmt_th(e)},{c:02d}", f"€{fmt_th(e)},{c:02d}", f"EUR {fmt_th(e)},{c:02d}",
                f"{fmt_th(e)},{c:02d} euro", f"{fmt_th(e)},{c:02d} EUR"]
        if e >= 1000:
            opts.append(f"€ {e},{c:02d}")
        return r.choice(opts)
    return r.choice([f"€ {fmt_th(e)}", f"€{fmt_th(e)},-", f"€ {fmt_th(e)},-", f"EUR {fmt_th(e)}",
                     f"{fmt_th(e)} euro", f"€ {fmt_th(e)},00", f"€{fmt_th(e)}"])


# ---- secrets -------------------------------------------------------------------------
def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def gen_key(r, kind):
    if kind == "openai":
        if r.random() < 0.6:
            n = r.choice([56, 64, 74])
            return "sk-proj-" + rs(r, n, B64URL) + "T3BlbkFJ" + rs(r, n, B64URL)
        if r.random() < 0.5:
            return "sk-svcacct-" + rs(r, 64, B64URL) + "T3BlbkFJ" + rs(r, 64, B64URL)
        return "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20)
    if kind == "anthropic":
        return r.choice(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"]) + rs(r, 93, B64URL) + "AA"
    if kind == "aws_id":
        return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, string.ascii_uppercase + "234567")
    if kind == "aws_secret":
        return rs(r, 40, B64)
    if kind == "github":
        if r.random() < 0.6:
            return r.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + rs(r, 36)
        return "github_pat_11" + rs(r, 20, string.ascii_uppercase + string.digits) + "_" + rs(r, 59)
    if kind == "google":
        return "AIza" + rs(r, 35, B64URL)
    if kind == "stripe":
        p = r.choice(["sk_live_", "sk_live_", "rk_live_"])
        return p + (rs(r, 24) if r.random() < 0.4 else "51" + rs(r, 97))
    if kind == "stripe_whsec":
        return "whsec_" + rs(r, 32)
    if kind == "slack":
        return r.choice(["xoxb-", "xoxp-"]) + digits(r, 12) + "-" + digits(r, 13) + "-" + rs(r, 24)
    if kind == "slack_hook":
        return ("https://hooks.slack.com/services/T0" + rs(r, 8, string.ascii_uppercase + string.digits)
                + "/B0" + rs(r, 9, string.ascii_uppercase + string.digits) + "/" + rs(r, 24))
    if kind == "jwt":
        hdr = b64url_json({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"})
        pl = b64url_json({"sub": digits(r, 6), "role": r.choice(["admin", "user", "service"]),
                          "iat": 1735600000 + r.randint(0, 30000000), "exp": 1767200000 + r.randint(0, 3000000)})
        return f"{hdr}.{pl}.{rs(r, 43, B64URL)}"
    if kind == "mollie":
        return "live_" + rs(r, 30)
    if kind == "sendgrid":
        return "SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL)
    if kind == "hf":
        return "hf_" + rs(r, 34, string.ascii_letters)
    if kind == "privkey":
        t = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
        start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC",
                 "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
                 "EC PRIVATE KEY": "MHcCAQEEI"}[t]
        width = 70 if "OPENSSH" in t else 64
        lines = []
        first = start + rs(r, width - len(start), B64)
        lines.append(first)
        for _ in range(r.randint(3, 7)):
            lines.append(rs(r, width, B64))
        lines.append(rs(r, r.randint(10, width - 2), B64) + "==")
        return f"-----BEGIN {t}-----\n" + "\n".join(lines) + f"\n-----END {t}-----"
    raise ValueError(kind)


PW_WORDS = W("Zomer Winter Lente Herfst Welkom Voetbal Bakkerij Amsterdam Utrecht Feyenoord Ajax Tulp Molen "
             "Kantoor Fiets Hond Poes Vakantie Zonnetje Kerst Oranje Texel Garage Koffie Sterren Paard Appel")
PP_WORDS = W("paard batterij nietje correct molen tulp wolk fiets regen kaas klomp dijk zon boot haring "
             "sleutel lamp kanaal brug")


def gen_password(r):
    k = r.randint(0, 5)
    if k == 0:
        return r.choice(PW_WORDS) + str(r.choice([2023, 2024, 2025, 2026, 12, 1, 99, 123])) + r.choice("!#$@?*")
    if k == 1:
        return r.choice(PW_WORDS) + r.choice(["#", "!", "_", "@"]) + digits(r, 2) + r.choice(PW_WORDS).lower()
    if k == 2:
        pool = string.ascii_letters + string.digits + "!#$%&*?@"
        while True:
            s = rs(r, r.randint(12, 18), pool)
            if any(c.isdigit() for c in s) and any(c in "!#$%&*?@" for c in s) and s[-1] not in ".,":
                return s
    if k == 3:
        return "-".join(r.sample(PP_WORDS, 3)) + "-" + digits(r, 2)
    if k == 4:
        return r.choice(PW_WORDS) + r.choice(PW_WORDS).lower() + digits(r, 2) + "!"
    return r.choice(["Welkom", "Start", "Nieuw", "Tijdelijk"]) + digits(r, 3) + r.choice(["!", "#", "$"])


# =====================================================================================
# Document builder
# =====================================================================================
def asc(s):
    s = (s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss").replace("ø", "o")
         .replace("æ", "ae"))
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


def cap(s):
    return s if s.startswith("'") else s[:1].upper() + s[1:]


def initials(first):
    parts = [p for p in re.split(r"[- ]", first) if p]
    return "".join(p[0].upper() + "." for p in parts)


MAIL_DOMAINS = ["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl",
                "xs4all.nl", "planet.nl", "icloud.com", "home.nl", "hetnet.nl", "proton.me", "yahoo.com",
                "outlook.be", "telfort.nl", "caiway.nl", "hotmail.nl", "me.com", "online.nl"]
VL_MAIL_DOMAINS = ["telenet.be", "skynet.be", "gmail.com", "outlook.be", "hotmail.com", "proximus.be"]


class Person:
    def __init__(self, d, first, g, sur, vl=False):
        self.d, self.first_, self.g, self.vl = d, first, g, vl
        words = sur.split(" ")
        tv = []
        while len(words) > 1 and (words[0][:1].islower() or words[0] == "'t"):
            tv.append(words.pop(0))
        self.tv = " ".join(tv)
        self.last = " ".join(words)
        self.sur_ = sur
        self.Sur_ = cap(sur)
        self.i1 = initials(first)
        self.i2 = self.i1 + d.r.choice("ABCDEGHJKLMPRSTW") + "." if len(self.i1) == 2 else self.i1
        self.tword = d.r.choice(TITLES[g])
        self._email = self._tel = None

    def P(self, v):
        return self.d.m("PERSOON", v)

    # name forms (each access labels the form as PERSOON)
    @property
    def full(self):
        return self.P(f"{self.first_} {self.sur_}")

    @property
    def full_lc(self):
        return self.P(f"{self.first_} {self.sur_}".lower())

    @property
    def first(self):
        return self.P(self.first_)

    @property
    def first_lc(self):
        return self.P(self.first_.lower())

    @property
    def Sur(self):
        return self.P(self.Sur_)

    @property
    def sur(self):
        return self.P(self.sur_)

    @property
    def ini(self):
        return self.P(f"{self.i1} {self.sur_}")

    @property
    def ini2(self):
        return self.P(f"{self.i2} {self.sur_}")

    @property
    def any(self):
        k = self.d.r.random()
        if k < 0.55:
            return self.full
        if k < 0.8:
            return self.ini
        return self.ini2

    def t(self, capf=False, word=None):
        w = word or self.tword
        if capf:
            w = w[:1].upper() + w[1:]
        return f"{w} {self.Sur}"

    def tini(self, capf=False, word=None):
        w = word or self.tword
        if capf:
            w = w[:1].upper() + w[1:]
        return f"{w} {self.ini}"

    @property
    def geachte(self):
        return ("Geachte mevrouw " if self.g == "f" else "Geachte heer ") + self.Sur

    @property
    def hij(self):
        return "zij" if self.g == "f" else "hij"

    @property
    def zijn(self):
        return "haar" if self.g == "f" else "zijn"

    @property
    def hem(self):
        return "haar" if self.g == "f" else "hem"

    @property
    def he(self):
        return "she" if self.g == "f" else "he"

    @property
    def his(self):
        return "her" if self.g == "f" else "his"

    def make_email(self):
        r = self.d.r
        f = asc(self.first_)
        s = asc(self.sur_)
        l = asc(self.last)
        i = f[:1]
        dom = r.choice(VL_MAIL_DOMAINS if self.vl else MAIL_DOMAINS)
        nn = str(r.randint(1, 99)) if r.random() < 0.5 else str(r.randint(1960, 2005))
        own = r.choice([f"{l}-advies.nl", f"{s}bv.nl", f"{l}bouw.nl", f"praktijk{l}.nl", f"{s}.nl",
                        f"{l}-installatie.nl", f"studio{l}.nl"])
        return r.choice([f"{f}.{s}@{dom}", f"{i}.{s}@{dom}", f"{f}{s}{nn}@{dom}", f"{f}_{s}@{dom}",
                         f"{f}{nn}@{dom}", f"{s}.{f}@{dom}", f"{i}{s}@{dom}", f"{f}-{l}@{dom}",
                         f"{f}.{s}+{r.choice(['facturen', 'werk', 'shop'])}@gmail.com", f"info@{own}",
                         f"{f}@{own}", f"{i}.{l}@{own}", f"{f}.{l}{nn}@{dom}"])

    @property
    def email(self):
        if self._email is None:
            self._email = self.make_email()
        return self.d.m("EMAIL", self._email)

    def work_email(self, domain):
        r = self.d.r
        f, s, i = asc(self.first_), asc(self.sur_), asc(self.first_)[:1]
        return self.d.m("EMAIL", r.choice([f"{f}@{domain}", f"{f}.{s}@{domain}", f"{i}.{s}@{domain}",
                                           f"{i}{s}@{domain}"]))

    @property
    def tel(self):
        if self._tel is None:
            r = self.d.r
            if self.vl:
                self._tel = gen_be_phone(r)
            else:
                k = r.random()
                self._tel = gen_mobile(r) if k < 0.74 else (gen_landline(r) if k < 0.94 else gen_intl_phone(r))
        return self.d.m("TELEFOON", self._tel)


class Addr:
    def __init__(self, d, vl=False):
        r = d.r
        self.d = d
        if vl:
            self.street_ = r.choice(VL_STREETS) + " " + str(r.randint(1, 180)) + r.choice(
                ["", "", "", " bus 3", " bus 12", "A", "/2"])
            self.pc_ = None
            self.city = r.choice(VL_CITIES)
        else:
            self.street_ = gen_street(r) + " " + gen_housenr(r)
            self.pc_ = gen_postcode(r)
            self.city = r.choice(CITIES)

    @property
    def street(self):
        return self.d.m("ADRES", self.street_)

    @property
    def pc(self):
        return self.d.m("POSTCODE", self.pc_)

    @property
    def line(self):
        return f"{self.street}, {self.pc} {self.city}"

    @property
    def line2(self):
        return f"{self.street}\n{self.pc}  {self.city}" if self.d.r.random() < 0.3 else f"{self.street}\n{self.pc} {self.city}"


class Doc:
    def __init__(self, r):
        self.r = r
        self.mask = []
        self.keep = []
        self.block = []
        self._names = set()
        self._tokens = set()

    def m(self, label, v):
        self.mask.append((label, v))
        return v

    def k(self, v):
        self.keep.append(v)
        return v

    def B(self, cat):
        if cat not in self.block:
            self.block.append(cat)

    def c(self, *opts):
        x = self.r.choice(opts)
        return x() if callable(x) else x

    # ---- people
    def person(self, origin=None, g=None, word=False, vl=False, nl=False):
        r = self.r
        for _ in range(200):
            gg = g or r.choice("fm")
            if vl:
                first = r.choice(VL_F if gg == "f" else VL_M)
                sur = r.choice(VL_SUR)
            else:
                o = origin
                if o is None:
                    o = "nl" if (nl or word or r.random() < 0.5) else r.choice(sorted(ORIGINS))
                if o == "nl":
                    first = r.choice(NL_F if gg == "f" else NL_M)
                    if word:
                        sur = r.choice(WORD_SUR)
                    else:
                        sur = r.choice(NL_SUR)
                        if gg == "f" and r.random() < 0.12:
                            s2 = r.choice(NL_SUR)
                            if s2 != sur:
                                sur = f"{sur}-{s2}"
                else:
                    F, M, S = ORIGINS[o]
                    first = r.choice(F if gg == "f" else M)
                    sur = r.choice(S)
                    if "|" in sur:
                        sur = sur.split("|")[0 if gg == "m" else 1]
                    if o == "ma" and gg == "f" and r.random() < 0.1:  # married name in NL
                        sur = f"{r.choice(NL_SUR)}-{sur}"
            toks = {t.lower() for t in re.findall(r"[^\W\d_]+", f"{first} {sur}") if len(t) > 2}
            toks -= {"van", "der", "den", "ter", "ten"}
            if first in self._names or toks & self._tokens:
                continue
            self._names.add(first)
            self._tokens |= toks
            return Person(self, first, gg, sur, vl=vl)
        raise RuntimeError("could not draw a distinct person")

    def addr(self, vl=False):
        return Addr(self, vl)

    # ---- structured values
    def mob(self):
        return self.m("TELEFOON", gen_mobile(self.r))

    def vast(self):
        return self.m("TELEFOON", gen_landline(self.r))

    def tel_be(self):
        return self.m("TELEFOON", gen_be_phone(self.r))

    def tel_intl(self):
        return self.m("TELEFOON", gen_intl_phone(self.r))

    def tel_any(self):
        return self.c(self.mob, self.mob, self.vast, self.tel_intl)

    def pc(self):
        return self.m("POSTCODE", gen_postcode(self.r))

    def iban(self, cc=None, spaced=None):
        cc = cc or self.r.choice(["NL"] * 12 + ["BE", "DE"])
        v = gen_iban(self.r, cc)
        if spaced is None:
            spaced = self.r.random() < 0.5
        return self.m("IBAN", group4(v) if spaced else v)

    def plate(self):
        return self.m("KENTEKEN", gen_plate(self.r))

    def dob(self, en=False, lo=1938, hi=2008):
        r = self.r
        dt = datetime.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        d, m, y = dt.day, dt.month, dt.year
        if en:
            s = r.choice([f"{d} {EN_MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{EN_MONTHS[m - 1]} {d}, {y}",
                          f"{y}-{m:02d}-{d:02d}"])
        else:
            s = r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
                          f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {MON_ABBR[m - 1]} {y}",
                          f"{d}-{m}-'{str(y)[2:]}"])
        return self.m("GEBOORTEDATUM", s)

    def bsn(self, style=None):
        s = gen_bsn_digits(self.r)
        style = style if style is not None else self.r.randint(0, 4)
        v = [s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}.{s[3:6]}.{s[6:]}",
             f"{s[:4]} {s[4:6]} {s[6:]}"][style]
        self.B("BSN")
        return self.m("BSN", v)

    def nine(self, style=None):
        s = gen_nine_fail(self.r)
        style = style if style is not None else self.r.choice([0, 0, 0, 1, 2])
        return self.k([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}.{s[3:6]}.{s[6:]}"][style])

    def amt(self, lo=10, hi=2000, cents=None, en=False):
        r = self.r
        e = r.randint(lo, hi)
        if cents is None:
            c = r.choice([0, 0, r.randint(1, 99)])
        else:
            c = r.randint(1, 99) if cents else 0
        return self.k(fmt_amount(r, e, c, en))

    def _rdate(self):
        r = self.r
        while True:
            dt = datetime.date(2025, 1, 1) + datetime.timedelta(days=r.randint(0, 720))
            if dt.weekday() < 6:
                return dt

    def date(self, style=None, en=False):
        r = self.r
        dt = self._rdate()
        d, m, wd = dt.day, dt.month, dt.weekday()
        if en:
            s = r.choice([f"{EN_DAYS[wd]} {d} {EN_MONTHS[m - 1]}", f"{d} {EN_MONTHS[m - 1]} {dt.year}",
                          f"{EN_MONTHS[m - 1]} {d}", f"{EN_DAYS[wd]}, {EN_MONTHS[m - 1]} {d}"])
        else:
            opts = [f"{DAYS[wd]} {d} {MONTHS[m - 1]}", f"{d} {MONTHS[m - 1]}", f"{DAYS_ABBR[wd]} {d} {MONTHS[m - 1]}",
                    f"{DAYS[wd]} {d} {MONTHS[m - 1]} {dt.year}", f"{d:02d}-{m:02d}-{dt.year}", f"{DAYS[wd]} {d}/{m}",
                    f"{d}-{m}", f"{DAYS[wd]} {d} {MON_ABBR[m - 1]}"]
            s = opts[style] if style is not None else r.choice(opts)
        return self.k(s)

    def date_pair(self):
        """Two dates (start, end) a few days apart, same notation, both kept."""
        r = self.r
        a = self._rdate()
        b = a + datetime.timedelta(days=r.randint(1, 18))
        k = r.randint(0, 2)
        def f(dt):
            return [f"{DAYS[dt.weekday()]} {dt.day} {MONTHS[dt.month - 1]}", f"{dt.day} {MONTHS[dt.month - 1]}",
                    f"{dt.day:02d}-{dt.month:02d}-{dt.year}"][k]
        return self.k(f(a)), self.k(f(b)), (b - a).days + 1

    def time(self):
        r = self.r
        h = r.randint(8, 17)
        mm = r.choice(["00", "00", "15", "30", "30", "45"])
        return self.k(r.choice([f"{h}:{mm}", f"{h:02d}:{mm}", f"{h}.{mm}"]))

    def no(self, kind="order"):
        r = self.r
        y = r.choice([2024, 2025, 2026])
        v = {
            "order": lambda: r.choice([f"#{r.randint(100000, 999999)}", f"ORD-{y}-{digits(r, 5)}", digits(r, 7), gen_nine_fail(r),
                                       f"WS{digits(r, 6)}", f"B{y}{digits(r, 4)}"]),
            "inv": lambda: r.choice([f"F{y}-{digits(r, 4)}", f"{y}-{digits(r, 4)}", f"INV-{digits(r, 5)}",
                                     f"{y}.0{digits(r, 3)}", f"FAC{digits(r, 6)}", f"VF{str(y)[2:]}{digits(r, 4)}"]),
            "quote": lambda: r.choice([f"OF-{str(y)[2:]}-{digits(r, 3)}", f"Q{y}{digits(r, 3)}", f"OFF{digits(r, 5)}"]),
            "ticket": lambda: r.choice([f"#{digits(r, 5)}", f"TCK-{digits(r, 6)}", f"SR-{digits(r, 5)}"]),
            "dossier": lambda: r.choice([f"{y}/{digits(r, 4)}", f"D-{digits(r, 6)}", f"{y}-{digits(r, 3)}-{r.choice('ABCK')}", gen_nine_fail(r)]),
            "polis": lambda: r.choice([f"P{digits(r, 8)}", f"NH-{digits(r, 7)}", f"{digits(r, 2)}.{digits(r, 6)}", gen_nine_fail(r)]),
            "tt": lambda: f"3S{rs(r, 4, string.ascii_uppercase)}{digits(r, 10)}",
            "wb": lambda: f"WB-{digits(r, 4)}",
            "kvk": lambda: str(r.randint(1, 9)) + digits(r, 7),
            "btw": lambda: f"NL{gen_nine_fail(r)}B0{r.randint(1, 3)}",
            "art": lambda: r.choice([f"ART-{digits(r, 5)}", f"{digits(r, 6)}-{r.choice('ABCDEFG')}"]),
        }[kind]()
        return self.k(v)

    def kw(self, v):
        return self.k(v)

    def em(self, local, domain):
        return self.m("EMAIL", f"{local}@{domain}")

    def company(self, pool):
        name, dom = self.r.choice(pool)
        return name, dom  # added to keep in finish() when it appears in the text

    def pw(self, value=None):
        self.B("PASSWORD")
        return self.m("WACHTWOORD", value or gen_password(self.r))

    def key(self, kind):
        self.B("API_KEY")
        return self.m("API_SLEUTEL", gen_key(self.r, kind))


def L(*lines):
    return "\n".join(lines)


# =====================================================================================
# Templates
# =====================================================================================
TEMPLATES = []  # (name, kind, lang, fn)


def tpl(kind, lang="nl"):
    def deco(f):
        TEMPLATES.append((f.__name__, kind, lang, f))
        return f
    return deco


# -------------------------------------------------------------------------------------
# CLEAN templates (no block): customer service, quotes, invoices
# -------------------------------------------------------------------------------------
@tpl("clean")
def cs_levering(d):
    p, ag, a = d.person(), d.person(), d.addr()
    shop, dom = d.company(SHOPS)
    order, carrier = d.no("order"), d.kw(d.r.choice(CARRIERS))
    greet = d.c(lambda: f"Beste {p.first},", lambda: f"Hoi {p.first},", lambda: f"Beste {p.full},")
    body = d.c(
        lambda: f"Dank voor je bericht over bestelling {order}. Het pakket is vandaag aan {carrier} meegegeven en wordt naar verwachting {d.date()} bezorgd op {a.street}, {a.pc} {a.city}.",
        lambda: f"Excuses dat je zo lang moet wachten op bestelling {order}. Door drukte bij {carrier} komt de levering op {a.street} helaas pas {d.date()}.",
        lambda: f"We hebben bestelling {order} nog eens bekeken: het huisnummer op {a.street} klopte niet met postcode {a.pc}. Dat hebben we aangepast, {carrier} komt nu {d.date()} langs.")
    contact = d.c(lambda: f" Vragen? Bel ons op {d.vast()} of mail naar {d.em('klantenservice', dom)}.",
                  lambda: f" Je kunt ons ook appen via {d.mob()}.", "")
    sign = d.c(lambda: f"Met vriendelijke groet,\n{ag.first}\nKlantenservice {shop}",
               lambda: f"Groet,\n{ag.full} | {shop}", lambda: f"Hartelijke groet,\n\n{ag.first} van {shop}")
    return f"{greet}\n\n{body}{contact}\n\n{sign}"


@tpl("clean")
def chat_transcript(d):
    ag, p = d.person(nl=True), d.person()
    shop, dom = d.company(SHOPS)
    order = d.no("order")
    clock = [d.r.randint(9, 16) * 60 + d.r.randint(0, 50)]

    def ts():
        v = clock[0]
        clock[0] += d.r.randint(0, 2)
        return d.k(f"{v // 60:02d}:{v % 60:02d}")
    hello = "Goedemorgen" if clock[0] < 12 * 60 else "Goedemiddag"
    return L(d.c("Vat dit chatgesprek samen voor het dossier:", "Was dit een goede afhandeling? Geef feedback.",
                 "Maak van dit gesprek een korte notitie voor de collega van de late dienst."), "",
             f"[{ts()}] {ag.first} ({shop}): {hello}, je spreekt met {ag.first} van de klantenservice. Waarmee kan ik je helpen?",
             f"[{ts()}] Klant: Hoi, ik wacht nog op bestelling {order}. Ik ben {p.full}.",
             f"[{ts()}] {ag.first} ({shop}): Dank je, {p.first}. Ik zie dat het pakket {d.date(0)} wordt bezorgd. Mag ik je e-mailadres ter controle?",
             f"[{ts()}] Klant: {p.email}",
             f"[{ts()}] {ag.first} ({shop}): Klopt! Is er verder nog iets?",
             f"[{ts()}] Klant: Nee hoor, bedankt {ag.first}!")


@tpl("clean")
def klacht_doorgestuurd(d):
    p, me = d.person(), d.person()
    shop, dom = d.company(SHOPS)
    prod, order = d.kw(d.r.choice(PRODUCTS)), d.no("order")
    probleem = d.c("het apparaat deed het na twee dagen al niet meer", "er zat een flinke kras op de voorkant",
                   "er ontbraken onderdelen", "het pakket was open en de doos was nat")
    hdr = L("---------- Doorgestuurd bericht ---------",
            f"Van: {p.full} <{p.email}>",
            f"Datum: {d.date(3)} {d.time()}",
            f"Aan: {d.em(d.c('info', 'service', 'klantenservice'), dom)}",
            f"Onderwerp: Klacht bestelling {order}")
    body = L("Goedemiddag,", "",
             f"Op {d.date(1)} heb ik bij jullie een {prod} besteld, maar {probleem}. Ik wil graag mijn geld terug ({d.amt(40, 900)}).",
             d.c(lambda: f"Mijn rekeningnummer is {d.iban()}.", lambda: f"U kunt het terugstorten op {d.iban()} t.n.v. {p.ini}.",
                 lambda: "Ik hoor graag hoe ik het product kan terugsturen."),
             "", d.c("Met vriendelijke groet,", "Groeten,", "Mvg,"), p.full, d.c(lambda: p.tel, lambda: ""))
    ask = d.c(lambda: f"Kun je hier een excuusmail op schrijven? We bieden een tegoedbon van {d.amt(10, 50, cents=False)} aan. Ondertekenen met {me.first}.",
              lambda: "Schrijf een vriendelijk antwoord op deze klacht. Niet te lang graag.",
              lambda: f"Hoe reageer ik hier het beste op? Retourneren kan tot 30 dagen na levering. Groet, {me.first}")
    return f"{ask}\n\n{hdr}\n\n{body}"


@tpl("clean")
def offerte_installateur(d):
    p, a, mt = d.person(), d.addr(), d.person(nl=True)
    firm, dom = d.company(INSTALLERS)
    prod, qn = d.kw(d.r.choice(PRODUCTS[:4])), d.no("quote")
    cust = d.c(lambda: p.tini(True), lambda: p.full, lambda: p.ini2)
    lines = L(f"Offerte {qn} - {firm}",
              f"Klant: {cust}",
              f"Adres: {a.line}",
              f"Tel.: {p.tel}",
              "",
              f"Werkzaamheden: vervangen cv-ketel door {prod}, inclusief afvoer oude ketel",
              f"Materiaal: {d.amt(900, 2600, cents=True)}",
              f"Arbeid ({d.r.randint(4, 9)} uur): {d.amt(300, 800)}",
              f"Totaal excl. btw: {d.amt(1500, 4200, cents=True)}",
              f"Geldig tot {d.date(1)}.")
    ask = d.c("Maak hier een nette begeleidende e-mail bij voor de klant.",
              "Kun je deze offerte omzetten in een korte, vriendelijke mail?",
              lambda: f"Schrijf een mail aan de klant bij deze offerte, namens {mt.full}, {d.kw(d.r.choice(ROLES))}.")
    return f"{ask}\n\n{lines}"


@tpl("clean")
def herinnering_prompt(d):
    p = d.person()
    inv, a = d.no("inv"), d.amt(60, 4800)
    return d.c(
        lambda: f"Schrijf een vriendelijke herinnering aan {p.full} ({p.email}) over factuur {inv} van {a}, vervallen op {d.date(1)}. Toon: vriendelijk maar duidelijk.",
        lambda: f"Kun je een korte betalingsherinnering opstellen voor {p.t()}? Het gaat om factuur {inv} ({a}). Het is een vaste klant, dus niet te streng.",
        lambda: f"Maak een herinnering voor factuur {inv}. Klant: {p.ini}, {a}, nu 3 weken te laat. Eventueel bellen op {p.tel}.",
        lambda: f"schrijf een herinnering aan {p.first} over factuur {inv} ({a}), {p.hij} reageert niet op mail")


def _inv_lines(d):
    sub = d.r.randint(20000, 300000)
    btw = round(sub * 0.21)
    st = d.r.randint(0, 2)
    def f(c):
        e, cc = divmod(c, 100)
        return d.k([f"€ {fmt_th(e)},{cc:02d}", f"EUR {fmt_th(e)},{cc:02d}", f"{fmt_th(e)},{cc:02d} euro"][st])
    return [f"Subtotaal: {f(sub)}", f"Btw 21%: {f(btw)}", f"Totaal: {f(sub + btw)}"]


@tpl("clean")
def factuur_tekst(d):
    p, a = d.person(), d.addr()
    firm, dom = d.company(FIRMS)
    inv = d.no("inv")
    klant = d.c(lambda: f"T.a.v. {p.full}", lambda: f"T.a.v. {p.tini()}", lambda: f"Attn. {p.ini}")
    return L(f"FACTUUR {inv}", f"Factuurdatum: {d.date(4)}", "",
             klant, a.line2, "",
             f"Omschrijving: {d.c('advieswerkzaamheden maart', 'drukwerk flyers A5 (2500 st.)', 'onderhoud tuin, 6 uur', 'schoonmaak kantoorpand week 12')}",
             *_inv_lines(d), "",
             f"Graag binnen 14 dagen overmaken op {d.iban('NL')} t.n.v. {firm}.",
             f"KvK {d.no('kvk')} | btw-nr. {d.no('btw')}", "",
             d.c("Zet dit om in een nette e-mail bij de factuur.", "Klopt de opbouw van deze factuur?",
                 "Vertaal deze factuurtekst naar het Engels."))


@tpl("clean")
def terugbetaling_iban(d):
    p = d.person()
    v = d.c(
        lambda: f"{p.t(True)} vraagt of de terugbetaling van {d.amt(5, 400)} al is verwerkt. Zij gaf {d.iban()} door als rekeningnummer.",
        lambda: f"Kun je {d.amt(5, 400)} terugstorten naar {p.ini}? IBAN {d.iban()}, omschrijving: retour {d.no('order')}.",
        lambda: f"Klant {p.full} heeft dubbel betaald ({d.amt(5, 400)} op {d.date(1)}). Terugboeken naar {d.iban()} graag.",
        lambda: f"hoi, {p.first_lc} belde over de creditnota van {d.amt(5, 400)}, {p.hij} wil het op {d.iban()} hebben ipv het oude nummer")
    return v


@tpl("clean")
def storno_incasso(d):
    p, me = d.person(), d.person()
    club, dom = d.company(FIRMS[13:16])
    return d.c(
        lambda: f"Hoi {me.first},\n\nDe incasso van {d.amt(15, 120)} (contributie {d.r.choice(MONTHS)}) is gestorneerd door {p.full}, rekening {d.iban('NL')}. Kun je een herinnering sturen? {p.hij.capitalize()} is bereikbaar op {p.tel}.\n\nGroet",
        lambda: f"Storneringen deze maand: {p.ini} ({d.amt(15, 120)}). Wat is een nette manier om dit aan te kaarten zonder dat het beschuldigend klinkt?",
        lambda: f"{club}: de automatische afschrijving bij {p.t()} is mislukt (onvoldoende saldo). Mag ik een betaalverzoek sturen naar {p.email}?")


@tpl("clean")
def betalingsregeling(d):
    p, a = d.person(), d.addr()
    firm, dom = d.company(FIRMS)
    n = d.r.randint(3, 10)
    return L(p.tini(True), a.line2, "",
             f"Betreft: betalingsregeling dossier {d.no('dossier')}", "",
             f"{p.geachte},", "",
             f"Uit onze administratie blijkt dat er nog een bedrag van {d.amt(300, 5000, cents=True)} openstaat. Wij bieden u een regeling aan in {n} maandelijkse termijnen van {d.amt(30, 500, cents=True)}.",
             f"U kunt de eerste termijn uiterlijk {d.date(1)} overmaken op {d.iban('NL')}. Lukt dat niet, neem dan contact op via {d.vast()}.",
             "", "Met vriendelijke groet,", "", f"{d.person(nl=True).full}", f"Debiteurenbeheer {firm}", "",
             d.c("Kun je deze brief iets vriendelijker maken?", "Klopt de toon van deze brief?",
                 "Maak hier een kortere versie van voor per sms."))


@tpl("clean")
def aanmaning_herschrijven(d):
    p = d.person()
    return d.c(
        lambda: f"Herschrijf deze aanmaning zodat hij minder dreigend klinkt:\n\n'{p.geachte}, ondanks herhaalde herinneringen is factuur {d.no('inv')} ({d.amt(100, 3000)}) nog steeds niet voldaan. Indien wij het bedrag niet uiterlijk {d.date(1)} hebben ontvangen, dragen wij de vordering over aan een incassobureau.'",
        lambda: f"Maak deze tekst zakelijker: 'Beste {p.first}, je hebt nog steeds niet betaald voor factuur {d.no('inv')}. Dit is al de derde keer dat ik erom vraag. Bedrag: {d.amt(100, 3000)}.'")


@tpl("clean")
def review_antwoord(d):
    p = d.person()
    shop, dom = d.company(SHOPS)
    prod = d.kw(d.r.choice(PRODUCTS))
    stars = d.r.choice(["2", "3", "1"])
    return d.c(
        lambda: f"Schrijf een reactie op deze review van {p.full} ({stars} {'ster' if stars == '1' else 'sterren'}): 'De {prod} is prima, maar de levering duurde twee weken en niemand nam de telefoon op.' We zijn {shop} en willen excuses aanbieden.",
        lambda: f"Review op Google van {d.m('PERSOON', p.first_ + ' ' + p.last[:1] + '.')}: 'Slechte service bij {shop}, mijn {prod} was kapot.' Hoe reageer ik professioneel? Ik wil {p.hem} vragen contact op te nemen via {d.em('service', dom)}.")


# -------------------------------------------------------------------------------------
# CLEAN: appointments (physio, hairdresser, garage, dentist, notary, vet)
# -------------------------------------------------------------------------------------
@tpl("clean")
def afspraak_fysio(d):
    p, th = d.person(), d.person(nl=True)
    pr, dom = d.company(PRAKTIJKEN[:2])
    return L(d.c(lambda: f"Beste {p.first},", lambda: f"Beste {p.full},", lambda: f"Hoi {p.first},"), "",
             f"Hierbij bevestigen wij je afspraak bij {pr} op {d.date(0)} om {d.time()} uur bij {th.full}.",
             d.c("Neem een handdoek en je verwijzing mee.", "Wil je iets eerder aanwezig zijn voor de intake?",
                 "Draag makkelijk zittende kleding."),
             d.c(lambda: f"Verhinderd? Meld je dan minimaal 24 uur van tevoren af via {d.vast()}; anders brengen we {d.amt(25, 45)} in rekening.",
                 lambda: f"Afmelden kan tot 24 uur vooraf via {d.em('info', dom)}."),
             "", "Tot dan!", f"{pr}")


@tpl("clean")
def afspraak_kapper(d):
    p, st = d.person(), d.person()
    sal, dom = d.company(PRAKTIJKEN[4:6])
    return d.c(
        lambda: f"Hoi {p.first}! Je afspraak bij {sal} staat op {d.date(0)} om {d.time()} voor knippen en föhnen ({d.amt(25, 70)}). Tot dan, {st.first}",
        lambda: f"Herinnering: {p.full}, morgen {d.time()} bij {st.first} ({sal}). Kun je niet? App ons op {d.mob()}.",
        lambda: f"hoi {st.first_lc}, kun jij {p.first} ({p.tel}) even bellen? {p.hij} wil de afspraak van {d.date(1)} verzetten naar later die week")


@tpl("clean")
def afspraak_garage(d):
    p = d.person()
    gar, dom = d.company(GARAGES)
    car, pl = d.kw(d.r.choice(CARS)), d.plate()
    return d.c(
        lambda: L(f"{p.geachte},", "",
                  f"Uw {car} met kenteken {pl} staat ingepland voor APK en onderhoudsbeurt op {d.date(0)}. U kunt de auto vanaf {d.time()} brengen bij onze vestiging in {d.kw(d.r.choice(CITIES[:40]))}.",
                  f"De kosten worden geschat op {d.amt(180, 900)} inclusief btw. Een vervangende auto is beschikbaar.", "",
                  "Met vriendelijke groet,", gar, d.vast()),
        lambda: f"Auto {pl} ({car}) van {p.ini} is klaar. APK goedgekeurd, remblokken vervangen. Totaal {d.amt(180, 900)}. Klant bellen op {p.tel}.",
        lambda: f"Kun je een sms opstellen voor {p.full}: de {car} ({pl}) is klaar en kan tot {d.time()} worden opgehaald bij {gar}.")


@tpl("clean")
def afspraak_tandarts(d):
    p, kid = d.person(), d.person(nl=True, g="m")
    pr, dom = d.company(PRAKTIJKEN[2:4])
    return d.c(
        lambda: f"Herinnering: {p.full} heeft op {d.date(0)} om {d.time()} een controleafspraak bij {pr}. Verhinderd? Bel {d.vast()}. Op dit bericht kunt u niet reageren.",
        lambda: f"Beste {p.t()},\n\nU en uw zoon {kid.first} staan gepland voor {d.date(0)} om {d.time()} en {d.time()}. Neemt u de zorgpas mee?\n\nMet vriendelijke groet,\n{pr}",
        lambda: f"Schrijf een sms-herinnering voor de tandartsafspraak van {p.ini} op {d.date(1)} om {d.time()}, telefoonnummer {p.tel}.")


@tpl("clean")
def afspraak_notaris(d):
    p1, a = d.person(nl=True), d.addr()
    no, dom = d.company(FIRMS[3:4])
    nt = d.person(nl=True)
    return L(f"Geachte heer en mevrouw {p1.Sur},", "",
             f"Hierbij bevestigen wij de afspraak voor het passeren van de akte van levering van de woning aan de {a.street} te {a.city} op {d.date(0)} om {d.time()} uur ten kantore van {no}.",
             "Wilt u beiden een geldig legitimatiebewijs meenemen? De akte wordt tijdens de afspraak door u ondertekend; u hoeft vooraf niets te tekenen.",
             f"Het totaalbedrag van de nota van afrekening ({d.amt(2000, 25000, cents=True)}) dient uiterlijk twee werkdagen vooraf op onze kwaliteitsrekening te staan.",
             "", "Met vriendelijke groet,", "", f"mr. {nt.ini}", f"kandidaat-notaris, {no}")


@tpl("clean")
def afspraak_dierenarts(d):
    p = d.person()
    kl, dom = d.company(PRAKTIJKEN[7:8])
    pet = d.kw(d.r.choice(PETS))
    return d.c(
        lambda: f"Beste {p.full},\n\n{pet} staat gepland voor de jaarlijkse vaccinatie op {d.date(0)} om {d.time()}. Kosten: {d.amt(45, 90)}.\n\nTot dan,\n{kl}",
        lambda: f"{p.t(True)} belde: {pet} eet slecht sinds {d.date(1)}. Kan {p.hij} morgen terecht? Terugbellen op {p.tel}.")


# -------------------------------------------------------------------------------------
# CLEAN: installers, work orders, complaints, deliveries
# -------------------------------------------------------------------------------------
@tpl("clean")
def werkbon(d):
    p, a, mt = d.person(), d.addr(), d.person(nl=True)
    firm, dom = d.company(INSTALLERS)
    storing = d.c("cv-ketel geeft foutcode F28", "lekkage bij de kraan in de badkamer",
                  "groep in meterkast slaat steeds uit", "airco maakt lawaai en koelt niet")
    return L(f"Zet deze werkbon om in een nette factuurtekst:", "",
             f"WERKBON {d.no('wb')}",
             f"Datum: {d.date(4)}   Monteur: {mt.first}",
             f"Klant: {p.any}",
             f"Adres: {a.line}",
             f"Tel: {p.tel}",
             f"Storing: {storing}",
             f"Uitgevoerd: {d.c('onderdeel vervangen en getest', 'afdichting vernieuwd', 'installatie gecontroleerd en bijgesteld')}",
             f"Materiaal: {d.amt(15, 400, cents=True)}",
             f"Uren: {d.r.choice(['1', '1,5', '2', '2,5', '3'])}",
             f"Voorrijkosten: {d.amt(35, 75)}")


@tpl("clean")
def klacht_intern(d):
    p, col = d.person(), d.person()
    prod = d.kw(d.r.choice(PRODUCTS))
    return d.c(
        lambda: f"Klacht van {p.full} ({p.tel}) over de {prod}. {p.hij.capitalize()} heeft al drie keer gebeld. Ik stel voor dat {col.first} {p.hem} vandaag terugbelt en een tegoed van {d.amt(10, 100)} aanbiedt. Wat vind jij?",
        lambda: f"Kun je deze klacht samenvatten voor het teamoverleg van {d.date(0)}? '{p.t(True)} is boos omdat de monteur voor de {prod} twee keer niet kwam opdagen. {p.hij.capitalize()} woont op {d.addr().street} en is alleen 's ochtends thuis.'",
        lambda: f"Samenvatting klachtgesprek {d.date(1)}: klant {p.ini} ({p.email}), order {d.no('order')} ({prod}). Afspraak: {col.first} stuurt vervangend exemplaar.")


@tpl("clean")
def pakket_kwijt(d):
    p, a = d.person(), d.addr()
    car = d.kw(d.r.choice(CARRIERS))
    return d.c(
        lambda: f"Hallo, ik ben {p.full} en volgens {car} is mijn pakket ({d.no('tt')}) bezorgd, maar ik heb niks ontvangen. Ik woon op {a.street}, {a.pc} {a.city}. Kunnen jullie dit uitzoeken? Tel. {p.tel}",
        lambda: f"Schrijf een antwoord aan {p.first}: het pakket met trackingcode {d.no('tt')} is volgens {car} afgeleverd bij de buren op {a.street}. We zoeken het uit.",
        lambda: f"Goedemorgen,\n\nMijn bestelling {d.no('order')} is door {car} teruggestuurd omdat mijn postcode ({a.pc}) verkeerd zou zijn. Hij klopt echt. Kunnen jullie het opnieuw versturen naar {a.street} in {a.city}?\n\nGroet,\n{p.ini}")


@tpl("clean")
def reparatieverzoek_woning(d):
    p, a = d.person(), d.addr()
    corp, dom = d.company(FIRMS[4:5])
    return L(f"Reparatieverzoek {corp}",
             f"Huurder: {p.any}",
             f"Adres: {a.line}",
             f"Telefoon: {p.tel}",
             f"E-mail: {p.email}",
             f"Probleem: {d.c('lekkage onder het aanrecht', 'schimmel in de badkamer', 'voordeur sluit niet meer', 'mechanische ventilatie maakt herrie')}",
             f"Bereikbaar: {d.date(0)} tussen {d.time()} en {d.time()}", "",
             "Maak hier een korte opdracht voor de aannemer van.")


@tpl("clean")
def verhuisbericht(d):
    p, a1, a2 = d.person(), d.addr(), d.addr()
    return d.c(
        lambda: f"Adreswijziging: {p.full} verhuist per {d.date(1)} van {a1.street}, {a1.pc} {a1.city} naar {a2.street}, {a2.pc} {a2.city}. Graag aanpassen in de klantenadministratie.",
        lambda: f"Beste leverancier,\n\nVanaf {d.date(1)} is ons nieuwe afleveradres {a2.line}. Het oude adres ({a1.street}) vervalt.\n\nMet vriendelijke groet,\n{p.ini}")


@tpl("clean")
def catering_bestelling(d):
    p, a = d.person(), d.addr()
    cat, dom = d.company(FIRMS[6:7])
    return L(f"Bestelling {cat}",
             f"Lunchbuffet voor {d.r.randint(8, 60)} personen op {d.date(0)}, levering om {d.time()}.",
             f"Afleveradres: {a.line} (melden bij de receptie, vragen naar {p.full}, {p.tel}).",
             f"Totaalprijs: {d.amt(150, 1400)} excl. btw.",
             "", "Schrijf een bevestigingsmail voor deze bestelling.")


@tpl("clean")
def fietsenmaker(d):
    p = d.person()
    shop, dom = d.company(SHOPS[:1])
    bike = d.kw(d.r.choice(["Gazelle Ultimate C380", "Cortina E-U4", "Batavus Finez", "VanMoof S5", "Sparta M8b"]))
    return d.c(
        lambda: f"Hoi {p.first}, je {bike} is klaar! Nieuwe ketting en remblokjes, totaal {d.amt(40, 250)}. Ophalen kan tot {d.time()}. Groet, {shop}",
        lambda: f"Reparatie-order {d.no('order')}: {p.full}, {p.tel}, {bike}, accu laadt niet op. Garantie t/m {d.date(4)}.")


@tpl("clean")
def gevonden_voorwerp(d):
    p = d.person()
    return d.c(
        lambda: f"In de winkel is een portemonnee gevonden met pasjes op naam van {p.full}. Hoe kunnen we {p.hem} het beste benaderen zonder privacyregels te schenden?",
        lambda: f"Er ligt een telefoon op kantoor; op het lockscreen staat 'bij vinden bellen: {d.mob()}'. Kun je een berichtje opstellen?")


# -------------------------------------------------------------------------------------
# CLEAN: HR (sick leave, onboarding, leave) incl. hard negatives about contracts/salary
# -------------------------------------------------------------------------------------
@tpl("clean")
def hr_ziekmelding(d):
    p, mgr = d.person(), d.person()
    return d.c(
        lambda: f"hoi {mgr.first_lc}, {p.first_lc} heeft zich net ziek gemeld, waarschijnlijk tot {d.date(0)}. kan iemand {p.zijn} dienst van {d.time()} overnemen?",
        lambda: f"Hallo team, {p.full} is vandaag ziek. Afspraken graag verzetten; dringende vragen naar {mgr.first} ({mgr.tel}).",
        lambda: f"Beste {mgr.first},\n\nIk meld me ziek voor vandaag en morgen. Mijn afspraak van {d.time()} met {d.person().t()} moet helaas verzet worden.\n\nGroet,\n{p.first}",
        lambda: f"Maak een korte mail naar de arbodienst: medewerker {p.ini} (personeelsnr. {d.kw(digits(d.r, 4))}) is sinds {d.date(1)} ziek, bereikbaar op {p.tel}.")


@tpl("clean")
def hr_onboarding(d):
    p, hr = d.person(), d.person()
    firm, dom = d.company(FIRMS)
    role, city = d.kw(d.r.choice(ROLES)), d.kw(d.r.choice(CITIES[:40]))
    return L(f"Welkom aan {p.full}, die op {d.date(0)} begint als {role} bij onze vestiging {city}.",
             f"{p.first} is bereikbaar op {p.tel} en vanaf de eerste werkdag op {p.work_email(dom)}.",
             d.c(lambda: f"Het arbeidscontract moet nog getekend worden; {hr.first} stuurt het deze week digitaal rond.",
                 lambda: f"{hr.first} regelt laptop en toegang tot {d.kw(d.r.choice(PORTALS))}; het contract is nog niet ondertekend retour.",
                 lambda: f"Let op: het tijdelijke wachtwoord krijgt {p.first} op de eerste dag persoonlijk van {hr.first}, niet per mail."),
             "", "Kun je hier een leuk welkomstbericht voor Teams van maken?")


@tpl("clean")
def hr_verlof(d):
    p, mgr, col = d.person(), d.person(), d.person()
    return d.c(
        lambda: "Beste {},\n\nGraag vraag ik verlof aan van {} tot en met {}.".format(mgr.first, *d.date_pair()[:2]) + f" {col.first} neemt in die periode mijn klanten waar.\n\nGroet,\n{p.first}\n\nKun je dit iets formeler maken?",
        lambda: f"@{mgr.first} mag ik {d.date(0)} vrij? {col.first} kan mijn dienst overnemen. groetjes {p.first_lc}",
        lambda: "Verlofaanvraag {}: {} t/m {}, {} dagen.".format(p.full, *d.date_pair()) + f" Saldo volgens {d.kw(d.r.choice(APPS))}: {d.r.randint(3, 25)} dagen. Akkoord?")


@tpl("clean")
def hr_salaris_vraag(d):
    p, hr = d.person(), d.person()
    app = d.r.choice(APPS)
    return d.c(
        lambda: f"Hoi allemaal, de loonstroken komen {d.date(0)} in {d.kw(app)}. Vragen over je salaris? Bel {hr.full} op {hr.tel}.",
        lambda: f"{p.first} vraagt of het vakantiegeld in mei of juni wordt uitbetaald. Kun je een kort antwoord opstellen dat dit in de junirun zit?",
        lambda: f"Kun je uitleggen wat loonheffingskorting is? {p.full} twijfelt of {p.hij} die bij ons of bij {p.zijn} tweede werkgever moet laten toepassen.",
        lambda: f"Beste {hr.first},\n\nMijn loonstrook van {d.r.choice(MONTHS)} staat nog niet in {d.kw(app)}. Kun je kijken?\n\nGroet,\n{p.full}",
        lambda: f"Schrijf een bericht aan {p.t()}: de salarisverhoging van {d.r.randint(2, 6)}% gaat in per {d.date(1)}; de nieuwe loonstrook volgt na de verwerking.")


@tpl("clean")
def hr_contract_nog_tekenen(d):
    p, hr = d.person(), d.person()
    return d.c(
        lambda: f"Het contract met {p.full} moet nog getekend worden. Kun je een vriendelijke herinnering sturen naar {p.email}? Startdatum is {d.date(1)}.",
        lambda: f"Wat moet er minimaal in een arbeidsovereenkomst staan voor een oproepkracht? Het gaat om {p.first}, die {d.date(0)} begint.",
        lambda: f"Hoi {hr.first}, heb jij het verlengingsvoorstel voor {p.t()} al verstuurd? Ik wil het {d.date(0)} bespreken, er is nog niks getekend.",
        lambda: f"Stel een mail op aan {p.full}: het concept-huurcontract staat klaar ter inzage, ondertekenen doen we samen op {d.date(0)} om {d.time()}.")


@tpl("clean")
def sollicitatie(d):
    p, rec = d.person(), d.person()
    role = d.kw(d.r.choice(ROLES))
    return d.c(
        lambda: L(f"Beste {rec.first},", "",
                  f"Met veel enthousiasme solliciteer ik naar de functie van {role}.",
                  f"Mijn gegevens: {p.full}, geboren op {d.dob(lo=1962, hi=2006)}, {p.tel}, {p.email}.", "",
                  "Met vriendelijke groet,", p.full, "",
                  "Kun je mijn motivatiebrief verbeteren?"),
        lambda: f"Stel een uitnodiging op voor {p.full} ({role}) voor een gesprek op {d.date(0)} om {d.time()} met {rec.full}. Reiskosten ({d.amt(15, 60)}) vergoeden we.",
        lambda: f"Afwijzing schrijven voor kandidaat {p.ini} ({p.email}), vacature {role}. Vriendelijk, en met het aanbod om {p.hem} een half jaar in ons bestand te houden.")


@tpl("clean")
def hr_jarig(d):
    p, o = d.person(), d.person()
    return d.c(
        lambda: f"{p.full} is {d.date(1)} jarig (geboren {d.dob()}, dus {p.hij} wordt {d.r.randint(25, 64)}). Wie regelt er taart? {o.first} heeft een cadeaubon van {d.amt(20, 50, cents=False)} gekocht.",
        lambda: f"Schrijf een felicitatiekaartje voor {p.first}, {p.hij} is 12,5 jaar in dienst bij {d.kw(d.r.choice(FIRMS)[0])}.")


# -------------------------------------------------------------------------------------
# CLEAN: accountancy, insurance, rental, real estate
# -------------------------------------------------------------------------------------
@tpl("clean")
def boekhoud_vraag(d):
    p = d.person()
    return d.c(
        lambda: f"Vraag voor de boekhouder: klant {p.full} heeft factuur {d.no('inv')} van {d.amt(100, 5000, cents=True)} betaald vanaf {d.iban()}, maar het bedrag klopt niet. Hoe boek ik het verschil?",
        lambda: f"Mijn medewerker {p.ini} wil een renteloze lening van {d.amt(1000, 10000, cents=False)}. Hoe zit dat fiscaal en moet er loonheffing over?",
        lambda: f"Ik heb in {d.kw(d.r.choice(PORTALS[:2]))} een factuur van {p.full} staan met btw verlegd. Moet ik die in rubriek 2a aangeven? Bedrag {d.amt(100, 5000)}.",
        lambda: f"Hoi, {p.first_lc} hier. ik heb de bonnetjes van {d.r.choice(MONTHS)} in de map gezet, samen {d.amt(100, 900)}. moet de lunch van {d.date(1)} bij representatie?")


@tpl("clean")
def schademelding(d):
    p, q = d.person(), d.person()
    return L(d.c("Kun je dit samenvatten voor de verzekeraar?", "Maak hier een duidelijk schadeformulier-tekstje van:"), "",
             "Schademelding",
             f"Polisnummer: {d.no('polis')}",
             f"Verzekeringnemer: {p.full}",
             f"Geboortedatum: {d.dob()}",
             f"Kenteken: {d.plate()}",
             f"Datum schade: {d.date(4)}",
             f"Toedracht: bij het achteruit inparkeren geraakt door {q.full} (kenteken {d.plate()}).",
             f"Schadebedrag volgens offerte garage: {d.amt(300, 4000, cents=True)}",
             f"Contact: {p.tel}")


@tpl("clean")
def huurverhoging(d):
    p, a, vh = d.person(), d.addr(), d.person(nl=True)
    corp, dom = d.company(FIRMS[4:5])
    return L(p.tini(True), a.line2, "", f"{d.kw(d.r.choice(CITIES[:40]))}, {d.date(3)}", "",
             "Betreft: jaarlijkse huurverhoging", "",
             f"{p.geachte},", "",
             f"Per {d.date(1)} wordt de kale huur van uw woning verhoogd van {d.amt(500, 1200, cents=True)} naar {d.amt(520, 1300, cents=True)} per maand.",
             "Bent u het hier niet mee eens, dan kunt u binnen zes weken bezwaar maken.", "",
             "Met vriendelijke groet,", vh.full, corp, "",
             "Kun je deze brief in eenvoudiger Nederlands herschrijven (taalniveau B1)?")


@tpl("clean")
def bezichtiging(d):
    p, ag, a = d.person(), d.person(), d.addr()
    mk, dom = d.company(FIRMS[2:3])
    return d.c(
        lambda: f"Hoi {p.first},\n\nLeuk dat je wilt komen kijken naar het appartement aan de {a.street} in {a.city}. De bezichtiging staat op {d.date(0)} om {d.time()}. Vraagprijs {d.amt(250000, 600000, cents=False)} k.k.\n\nBij vragen kun je me bellen: {ag.tel}.\n\nGroet,\n{ag.full}\n{mk}",
        lambda: f"Bezichtigingen {a.street}: {d.time()} {p.full} ({p.tel}), {d.time()} {d.person().full}. Sleutel ophalen bij {mk}.")


@tpl("clean")
def omgevingsvergunning(d):
    p, a = d.person(), d.addr()
    arch = d.person(nl=True)
    return d.c(
        lambda: f"Namens {p.full} vraag ik een omgevingsvergunning aan voor een dakkapel op {a.street}, {a.pc} {a.city}. Kun je een begeleidende brief aan de gemeente opstellen? Groet, {arch.full}, architect",
        lambda: f"De gemeente wil van {p.t()} ({a.street}) nog een bouwtekening. Hoe leg ik {p.hem} dat vriendelijk uit?")


@tpl("clean")
def parkeervergunning(d):
    p, a = d.person(), d.addr()
    return L("Aanvraag parkeervergunning bewoners",
             f"Naam: {p.any}", f"Adres: {a.line}", f"Kenteken: {d.plate()}",
             f"Ingangsdatum: {d.date(4)}", f"Kosten: {d.amt(40, 300)} per jaar", "",
             d.c("Klopt deze aanvraag zo?", "Zet dit om in een mail aan de gemeente.", "Wat mist er nog?"))


@tpl("clean")
def lease_inleveren(d):
    p = d.person()
    car, pl = d.kw(d.r.choice(CARS)), d.plate()
    return d.c(
        lambda: f"Beste {p.first},\n\nJe leaseauto ({car}, {pl}) moet uiterlijk {d.date(1)} worden ingeleverd bij de vestiging {d.kw(d.r.choice(CITIES[:30]))}. Neem beide sleutels en het kentekenbewijs mee.\n\nGroet, Wagenparkbeheer",
        lambda: f"Schade aan de {car} ({pl}) gemeld door {p.full}: deuk in het achterportier. Eigen risico {d.amt(150, 500, cents=False)}.")


@tpl("clean")
def autoverkoop(d):
    p, buyer = d.person(), d.person()
    car, pl = d.kw(d.r.choice(CARS)), d.plate()
    return d.c(
        lambda: f"Hoi {p.first}, de {car} met kenteken {pl} is verkocht aan {buyer.full} voor {d.amt(3000, 25000, cents=False)}. {buyer.hij.capitalize()} maakt het over vanaf {d.iban()}; overschrijving doen we {d.date(0)}.",
        lambda: f"Schrijf een advertentietekst voor een {car} uit {d.r.randint(2012, 2022)}, kenteken {pl}, vraagprijs {d.amt(3000, 25000, cents=False)}. Contact: {p.first}, {p.tel}.")


# -------------------------------------------------------------------------------------
# CLEAN: school, childcare, sports club, events
# -------------------------------------------------------------------------------------
@tpl("clean")
def school_afwezig(d):
    par, kid, juf = d.person(), d.person(), d.person(nl=True)
    return d.c(
        lambda: f"Beste {'juf' if juf.g == 'f' else 'meester'} {juf.first},\n\n{kid.first} is morgen afwezig vanwege een afspraak bij de orthodontist om {d.time()}. {kid.hij.capitalize()} is rond de middag weer op school.\n\nGroetjes,\n{par.full}",
        lambda: f"Beste {'juf' if juf.g == 'f' else 'meester'} {juf.Sur},\n\nKan {kid.first} {d.date(0)} eerder opgehaald worden door {d.person().full}? Mijn nummer voor noodgevallen: {par.tel}.\n\nGroet, {par.first}",
        lambda: f"Schrijf een nette mail aan de leerkracht van groep 5: {kid.first} {par.sur} heeft hoofdluis gehad en is behandeld. Ondertekenen met {par.full}.")


@tpl("clean")
def kinderopvang_ophalen(d):
    par, kid, oma = d.person(), d.person(), d.person()
    opv, dom = d.company(FIRMS[12:13])
    return d.c(
        lambda: f"Hoi, vandaag wordt {kid.first} opgehaald door oma, {oma.full}. Ze komt rond {d.time()} in een grijze auto met kenteken {d.plate()}. Vragen: {par.tel}. Groet, {par.first}",
        lambda: f"Bericht van {opv}: {kid.first} had vandaag lichte verhoging. Wilt u contact opnemen met {d.person(nl=True).first} op {d.vast()}?")


@tpl("clean")
def sportclub_nieuw_lid(d):
    p, pm, a = d.person(), d.person(), d.addr()
    club, dom = d.company(FIRMS[13:15])
    return d.c(
        lambda: L(f"Nieuw lid {club}:", f"Naam: {p.full}", f"Geb.: {d.dob()}", f"Adres: {a.line}",
                  f"Tel.: {p.tel}", f"IBAN voor incasso: {d.iban('NL')}", "",
                  f"Schrijf een welkomstmail. De contributie is {d.amt(60, 250)} per seizoen."),
        lambda: f"Beste leden, de contributie voor seizoen 2025-2026 bedraagt {d.amt(60, 250)} en wordt op {d.date(1)} geïncasseerd. Vragen? Mail penningmeester {pm.full} via {pm.email}.",
        lambda: f"Teamindeling JO11-2: trainer {pm.full} ({pm.tel}). Eerste training {d.date(0)} om {d.time()} op sportpark {d.kw(d.r.choice(['De Vliegh', 'Het Lange Veld', 'De Meent']))}.")


@tpl("clean")
def event_inschrijving(d):
    p = d.person()
    prod = d.kw(d.r.choice(["Excel voor gevorderden", "Veilig werken met AI", "Bedrijfshulpverlening",
                            "Social media voor ondernemers", "Timemanagement"]))
    return d.c(
        lambda: f"Bevestiging inschrijving: {p.full}, workshop '{prod}' op {d.date(0)} om {d.time()} in {d.kw(d.r.choice(CITIES[:40]))}. Deelnamekosten {d.amt(50, 400)} zijn voldaan.",
        lambda: f"Deelnemer {p.ini} ({p.email}) kan niet bij '{prod}' op {d.date(1)}. Mag {p.hij} kosteloos omboeken?")


@tpl("clean")
def bedrijfsuitje(d):
    a, b, c = d.person(), d.person(), d.person()
    return d.c(
        lambda: f"Aanmeldingen bedrijfsuitje {d.date(0)}: {a.first} (+1), {b.first} en {c.full}. Bijdrage eigen partner {d.amt(20, 60)}. Kun je een herinnering sturen naar wie nog niet heeft gereageerd?",
        lambda: f"Vervoer naar het uitje: {a.full} rijdt ({d.plate()}), {b.first} en {c.first} rijden mee. Vertrek {d.time()} vanaf kantoor.")


# -------------------------------------------------------------------------------------
# CLEAN: meetings, notes, signatures, chat, voicemail
# -------------------------------------------------------------------------------------
@tpl("clean")
def notulen(d):
    a, b, c, kl = d.person(), d.person(), d.person(), d.person()
    return L(f"Notulen werkoverleg {d.date(3)}",
             f"Aanwezig: {a.full}, {b.full}, {c.first} (notulist)",
             "1. Opening en mededelingen",
             f"2. Klant {kl.t()}: offerte {d.no('quote')} ({d.amt(1000, 20000, cents=False)}) nog niet akkoord. Actie: {a.first} belt {kl.Sur} terug.",
             f"3. Planning: volgende overleg {d.date(0)} om {d.time()} in {d.kw(d.r.choice(ROOMS))}.",
             f"4. Rondvraag: {b.first} vraagt of de loonstroken voortaan digitaal komen.", "",
             "Kun je hier een nette samenvatting met actiepunten van maken?")


@tpl("clean")
def vergadering_plannen(d):
    p, me = d.person(), d.person()
    firm = d.r.choice(FIRMS)[0]
    return d.c(
        lambda: f"Zullen we {d.date(0)} om {d.time()} afspreken met {p.full} van {firm}? Locatie: vestiging {d.kw(d.r.choice(CITIES[:40]))}, {d.kw(d.r.choice(ROOMS))}.",
        lambda: f"Maak een uitnodiging voor een kennismaking met {p.t()} op {d.date(0)} van {d.time()} tot {d.time()}. Teams-link volgt. Namens {me.full}.",
        lambda: f"Kun je het overleg van {d.date(1)} verplaatsen naar {d.date(1)} om {d.time()}? {p.first} kan anders niet. Groet, {me.first}")


@tpl("clean")
def mail_met_handtekening(d):
    p, klant = d.person(), d.person()
    firm, dom = d.company(FIRMS)
    role = d.kw(d.r.choice(ROLES))
    body = d.c(lambda: f"Beste {klant.first},\n\nIn de bijlage vind je de planning voor {d.date(0)}. Laat je weten of dit schikt?",
               lambda: f"{klant.geachte},\n\nZoals besproken ontvangt u hierbij de offerte van {d.amt(500, 9000)}.",
               lambda: f"Hoi {klant.first},\n\nDank voor het prettige gesprek van {d.date(1)}. Ik kom er deze week op terug.")
    sig = d.c(lambda: L(p.full, f"{role} | {firm}", f"T {d.vast()} | M {p.tel}", f"E {p.work_email(dom)}", f"www.{dom}"),
              lambda: L(p.full, role, firm, f"Tel: {d.vast()}", f"Mob: {p.tel}"),
              lambda: L(f"{p.ini}", f"{role}", "", f"{firm}", f"{d.addr().line}", f"{p.work_email(dom)} - {d.vast()}"))
    ask = d.c("Maak deze mail wat persoonlijker.", "Kun je de spelling controleren?", "Vertaal naar het Engels.")
    return f"{ask}\n\n{body}\n\nMet vriendelijke groet,\n\n{sig}"


@tpl("clean")
def whatsapp_lowercase(d):
    a, b = d.person(), d.person()
    ad = d.addr()
    return d.c(
        lambda: f"hoi {a.first_lc} kun jij morgen de sleutel ophalen bij {b.first_lc}? ze woont op {ad.street_.lower()} in {ad.city.lower()}, nummer van haar is {b.tel}".replace(ad.street_.lower(), d.m("ADRES", ad.street_.lower())),
        lambda: f"ff checken: die klant van gister, {b.full_lc}, wil toch de offerte van {d.amt(200, 3000)}. kan jij {b.hem} bellen? {b.tel}",
        lambda: f"{a.first_lc} ben je er al? {b.first} staat beneden bij de receptie, ze heeft om {d.time()} een afspraak met jou",
        lambda: f"top! dan zie ik je {d.date(0)} om {d.time()} 👍 groetjes {a.first_lc}")


@tpl("clean")
def teams_bericht(d):
    a, b, c = d.person(), d.person(), d.person()
    return d.c(
        lambda: f"@{a.first} kun jij {b.full} helpen met de MFA-app? Nieuwe telefoon, nummer {b.tel}. {b.hij.capitalize()} heeft {b.zijn} wachtwoord al gereset maar komt niet in {d.kw(d.r.choice(PORTALS))}.",
        lambda: f"@{a.first} @{c.first} wie neemt vandaag de telefoon? {b.first} is tot {d.time()} bij een klant.",
        lambda: f"Kan iemand {b.t()} terugbellen? Ze heeft 2x gebeld over de levering. {b.tel}. Thx! - {a.first}")


@tpl("clean")
def voicemail(d):
    p = d.person()
    firm = d.r.choice(INSTALLERS + FIRMS[:1])[0]
    a = d.r.choice("1234568") + digits(d.r, 7)
    NUM = W("nul een twee drie vier vijf zes zeven acht negen")
    spoken = "nul zes, " + ", ".join(" ".join(NUM[int(x)] for x in a[i:i + 2]) for i in range(0, 8, 2))
    tel = d.c(lambda: p.tel, lambda: d.m("TELEFOON", spoken))
    return L(f"Transcriptie voicemail {d.date(3)} {d.time()}:",
             d.c(lambda: f"'Ja, goedemiddag, u spreekt met {p.full} van {firm}. Ik bel over de offerte voor de dakkapel. Wilt u mij terugbellen op {tel}? Dank u wel.'",
                 lambda: f"'Hallo, met {p.full}, ik had vorige week een pakketje besteld maar het is nog niet binnen. Mijn nummer is {tel}. Doei.'",
                 lambda: f"'Goedemorgen, {p.t()} hier. Ik kom {d.date(0)} niet naar de afspraak. Bel maar even terug op {tel}.'"),
             "", "Maak hier een korte terugbelnotitie van.")


@tpl("clean")
def prompt_nette_mail(d):
    p, me = d.person(), d.person()
    return d.c(
        lambda: f"Maak een nette mail van: {p.first} heeft gebeld, {p.hij} wil de afspraak van {d.date(0)} verzetten naar {d.date(0)}. nummer {p.tel}. namens {me.first}",
        lambda: f"Herschrijf professioneel: 'beste {p.first_lc}, we kunnen helaas pas {d.date(1)} komen voor de installatie, sorry!! gr {me.first_lc}'",
        lambda: f"Vat dit telefoongesprek samen: {p.t(True)} ({p.tel}) klaagt over geluidsoverlast van de bouw naast {p.zijn} huis op {d.addr().street}.")


@tpl("clean")
def korte_contactlijst(d):
    n = d.r.choice([2, 2, 3])
    ps = [d.person() for _ in range(n)]
    roles = d.r.sample(["uitvoerder", "projectleider", "aanspreekpunt bewoners", "inkoop", "planning"], n)
    proj = d.kw(d.r.choice(["Zonnepark Oost", "Nieuwbouw De Kroon", "Renovatie Stadhuis", "Project Waterfront"]))
    lines = []
    for p, ro in zip(ps, roles):
        lines.append(d.c(lambda: f"- {p.full}, {ro}, {p.tel}", lambda: f"- {p.full} ({ro}): {p.email}",
                         lambda: f"- {p.ini}, {ro}, {p.tel} / {p.email}"))
    return L(f"Contactpersonen {proj}:", *lines, "", d.c("Zet dit in een nette tabel.", "Maak hier een mail van aan de bewoners.",
                                                         "Welke rol mist er nog?"))


@tpl("clean")
def thuiszorg_planning(d):
    n = d.r.choice([2, 3])
    ps = [d.person() for _ in range(n)]
    med = d.person()
    lines = [f"{d.time()} {p.t()}, {d.addr().street}" for p in ps]
    return L(f"Planning {d.date(0)} - {med.first}", *lines, "",
             d.c("Kun je hier een efficiënte route van maken?", "Zet dit in een overzichtelijk schema."))


@tpl("clean")
def ticket_helpdesk(d):
    p = d.person()
    return L(f"Ticket {d.no('ticket')}", "Status: Open", f"Aangemaakt: {d.date(4)} {d.time()}",
             f"Melder: {p.full} <{p.email}>", f"Telefoon: {p.tel}",
             f"Categorie: {d.c('Inloggen', 'Printer', 'E-mail', 'Wachtwoord vergeten')}",
             d.c("Omschrijving: gebruiker kan niet inloggen na een wachtwoordreset; melding 'account vergrendeld'.",
                 "Omschrijving: printer op de tweede verdieping print alleen lege pagina's.",
                 "Omschrijving: mails met bijlagen komen niet aan."),
             "", "Schrijf een antwoord aan de melder.")


# -------------------------------------------------------------------------------------
# CLEAN: hard negatives (talk about secrets/BSN without containing one), order numbers
# -------------------------------------------------------------------------------------
@tpl("clean")
def hardneg_wachtwoord(d):
    p, it = d.person(), d.person()
    portal = d.r.choice(PORTALS)
    return d.c(
        lambda: f"Hoi {it.first}, ik heb mijn wachtwoord gereset maar ik kom nog steeds niet in {portal}. Mijn gebruikersnaam is {p.email}. Kun je kijken? Groet, {p.first}",
        lambda: f"Schrijf een interne mail namens {it.full}: stuur nooit je wachtwoord per e-mail of WhatsApp, ook niet naar collega's. Gebruik {d.r.choice(['de wachtwoordmanager', 'Bitwarden', '1Password', 'Keeper'])}.",
        lambda: f"Het nieuwe wachtwoordbeleid: minimaal 14 tekens, geen namen of geboortedata. Kun je dit uitleggen in gewone taal voor het team van {it.first}?",
        lambda: f"{p.full} is {p.zijn} wachtwoord vergeten. Hoe stuur ik een resetlink vanuit {portal}?",
        lambda: f"klant belt: kan niet inloggen, wachtwoord klopt niet volgens {p.hem}. naam {p.full_lc}, tel {p.tel}. wat moet ik checken?")


@tpl("clean")
def hardneg_bsn(d):
    p = d.person()
    return d.c(
        lambda: f"Kun je een mail opstellen aan {p.full} met het verzoek {p.zijn} BSN niet te mailen, maar via het beveiligde portaal te uploaden?",
        lambda: f"Wij vragen nooit om uw burgerservicenummer per e-mail. Kun je deze zin verwerken in de privacytekst van {d.r.choice(FIRMS + PRAKTIJKEN)[0]}? Contactpersoon privacy is {p.full}.",
        lambda: f"{p.t(True)} heeft een kopie ID nodig voor de huurovereenkomst. Adviseer {p.hem} om met de KopieID-app het BSN af te schermen.",
        lambda: f"Mag een werkgever het BSN van een sollicitant vragen? {p.first} solliciteert {d.date(1)} bij ons.",
        lambda: f"Vraag de klant om {p.zijn} BSN niet in de chat te zetten. Hoe zeg ik dat beleefd tegen {p.t()}?")


@tpl("clean")
def hardneg_apikey(d):
    p = d.person()
    svc = d.r.choice(["OpenAI", "Mollie", "Google Maps", "Stripe", "Exact Online", "Postcode.nl"])
    return d.c(
        lambda: f"De API-sleutel voor {svc} staat in de kluis. Vraag {p.first} om toegang, {p.hij} beheert de integraties.",
        lambda: f"{p.first} zegt: zet OPENAI_API_KEY als omgevingsvariabele in plaats van in de code. Hoe doe ik dat op {d.r.choice(['Windows', 'een Mac', 'de server', 'Vercel'])}?",
        lambda: f"Onze {svc}-key is ingetrokken na het datalek. {p.full} maakt vandaag een nieuwe aan; wie moet er geïnformeerd worden?",
        lambda: f"Wat kost het gebruik van de {svc} API per maand als we ongeveer 2.000 calls per dag doen? Een dagelijkse limiet van {d.amt(20, 200, cents=False)} lijkt me verstandig.",
        lambda: f"Hoe roteer ik een API key zonder downtime? We gebruiken {svc} in de webshop.")


@tpl("clean")
def hardneg_contract(d):
    p = d.person()
    return d.c(
        lambda: f"Wat moet er in een huurcontract staan over de borg? Huurder {p.full} betaalt {d.amt(800, 2500, cents=False)} borg.",
        lambda: f"Kun je een opzegbrief opstellen voor het contract met {d.kw(d.r.choice(FIRMS)[0])}? Opzegtermijn is drie maanden, ingangsdatum {d.date(1)}.",
        lambda: f"Het contract is nog niet getekend door {p.t()}. Mogen we alvast beginnen met de werkzaamheden op {d.date(0)}?",
        lambda: f"Wat is het verschil tussen een overeenkomst van opdracht en een arbeidsovereenkomst? Leg het uit voor {p.full}, {d.r.choice(['zzp-schilder', 'freelance fotograaf', 'zelfstandig hovenier', 'interim-planner'])}.",
        lambda: f"Stel een korte mail op: het concept-contract zit in de bijlage, graag opmerkingen vóór {d.date(1)}. Ondertekenen doen we daarna digitaal.")


@tpl("clean")
def negen_cijfers(d):
    p = d.person()
    n = d.nine()
    return d.c(
        lambda: f"Uw bestelling met ordernummer {n} is verzonden en wordt {d.date(0)} bezorgd. Vragen? Mail {d.em('service', d.r.choice(SHOPS)[1])}.",
        lambda: f"Beste {p.first}, je klantnummer is {n}. Vermeld dit bij al je vragen aan onze servicedesk.",
        lambda: f"Factuurnummer {n} van {d.amt(20, 2000)} staat nog open bij {p.ini}. Wil je een herinnering sturen?",
        lambda: f"Dossiernummer {n}: schade aan de gevel van {p.t()}, expert komt {d.date(0)}.",
        lambda: f"Kun je zendingnummer {n} even natrekken? {p.full} wacht al een week.",
        lambda: f"Artikelnummer {n} is uitverkocht. Hoe laat ik {p.first} weten dat de levertijd {d.r.randint(2, 6)} weken is?")


@tpl("clean")
def bedrijfsgegevens(d):
    firm, dom = d.company(FIRMS)
    p = d.person(nl=True)
    a = d.addr()
    return L(f"Kun je de footer van onze website netjes opmaken?", "",
             firm, a.line, f"KvK: {d.no('kvk')}", f"Btw-id: {d.no('btw')}", f"IBAN: {d.iban('NL')}",
             f"Tel: {d.vast()}", f"Mail: {d.em('info', dom)}", f"Contactpersoon: {p.full}")


@tpl("clean")
def woordachternamen(d):
    p = d.person(word=True)
    q = d.person(word=True)
    return d.c(
        lambda: f"{p.t(True)} wil de bank toch in het grijs. Kun je de bestelling aanpassen en {p.hem} een bevestiging mailen op {p.email}?",
        lambda: f"{p.Sur} heeft gebeld over de levering. {q.t(True)} komt morgen de sleutels brengen. Kun jij koffie zetten?",
        lambda: f"Afspraak {d.date(0)}: {p.tini()} en {q.tini()} komen om {d.time()} voor de oplevering.",
        lambda: f"Beste {p.full},\n\nBedankt voor uw bericht. {q.full} neemt contact met u op.\n\nGroet,\nPlanning")


@tpl("clean")
def plaatsnamen_keep(d):
    p = d.person()
    c1, c2 = d.r.sample(CITIES[:60], 2)
    return d.c(
        lambda: f"Vanaf {d.date(1)} verhuist onze vestiging {d.kw(c1)} naar een groter pand. {p.full} wordt daar bedrijfsleider. Schrijf een persbericht.",
        lambda: f"De winkel in {d.kw(c1)} sluit op {d.date(0)} om {d.time()}; klanten kunnen terecht in {d.kw(c2)}. Contact: {p.first}, {p.tel}.",
        lambda: f"{p.full} van filiaal {d.kw(c1)} neemt het over van de collega's in {d.kw(c2)}.")


@tpl("clean")
def btw_kvk_vraag(d):
    p = d.person()
    return d.c(
        lambda: f"Klopt dit btw-id: {d.no('btw')}? Het staat op de factuur van {p.full}.",
        lambda: f"Leverancier {p.ini} stuurt een factuur zonder KvK-nummer, alleen {d.no('kvk')} in de voettekst. Is dat genoeg?")


@tpl("clean")
def korte_lijst_deelnemers(d):
    a, b = d.person(), d.person()
    c = d.person()
    return d.c(
        lambda: f"Deelnemers workshop {d.date(0)}:\n1. {a.full} - {a.email}\n2. {b.full} - {b.email}\n\nMaak een bevestigingsmail voor beiden.",
        lambda: f"Sprekers congres: {a.full} ({a.tel}), {b.full} ({b.tel}) en {c.full} ({c.email}). Maak een draaiboek.")


# -------------------------------------------------------------------------------------
# CLEAN: English and Flemish
# -------------------------------------------------------------------------------------
@tpl("clean", "en")
def en_customer_reply(d):
    p, ag = d.person(), d.person()
    firm, dom = d.company(EN_FIRMS)
    return d.c(
        lambda: f"Hi {p.first},\n\nThanks for reaching out about order {d.no('order')}. It was shipped on {d.date(en=True)} and should arrive at {d.addr().street} within two working days. If not, call us on {d.vast()}.\n\nBest regards,\n{ag.first}\n{firm}",
        lambda: f"Dear {('Ms' if p.g == 'f' else 'Mr')} {p.Sur},\n\nWe are sorry to hear that your {d.kw(d.r.choice(PRODUCTS))} arrived damaged. We will refund {d.amt(30, 900, en=True)} to {d.iban()} within five working days.\n\nKind regards,\n{ag.full}\nCustomer Care, {firm}",
        lambda: f"Can you make this reply more polite? 'Hi {p.first}, your invoice {d.no('inv')} ({d.amt(100, 3000, en=True)}) is overdue. Pay now. {ag.first}'")


@tpl("clean", "en")
def en_hr_update(d):
    p, hr = d.person(), d.person()
    return d.c(
        lambda: f"Quick update: {p.full} starts on {d.date(en=True)} as our new {d.kw(d.r.choice(['Office Manager', 'Sales Lead', 'Data Analyst', 'Warehouse Supervisor']))}. {p.his.capitalize()} personal email is {p.email} and mobile {p.tel}. The employment contract still needs to be signed by {hr.first}.",
        lambda: f"Hi {hr.first}, {p.first} called in sick today and will probably be back on {d.date(en=True)}. Could you reschedule {p.his} meetings? Thanks!",
        lambda: f"Please draft a short welcome message for {p.full}, who joins the Rotterdam office on {d.date(en=True)}. You can reach {('her' if p.g == 'f' else 'him')} at {p.tel}.")


@tpl("clean", "en")
def en_invoice(d):
    p = d.person()
    firm, dom = d.company(EN_FIRMS)
    return d.c(
        lambda: f"Dear {p.full},\n\nPlease find attached invoice {d.no('inv')} for {d.amt(200, 9000, en=True)}. Kindly transfer the amount to IBAN {d.iban()} within 30 days.\n\nBest,\n{firm} accounts team ({d.em('accounts', dom)})",
        lambda: f"Write a friendly payment reminder in English to {p.ini} about invoice {d.no('inv')} ({d.amt(200, 9000, en=True)}), due {d.date(en=True)}.")


@tpl("clean", "en")
def en_meeting(d):
    p, me = d.person(), d.person()
    firm = d.r.choice(EN_FIRMS)[0]
    return d.c(
        lambda: f"Hi team, the meeting with {p.full} from {firm} has moved to {d.date(en=True)} at {d.time()}. Dial-in via Teams. Questions: {me.first} ({me.tel}).",
        lambda: f"Summarise these notes: call with {p.full} ({p.email}) on {d.date(en=True)}. Agreed on pilot of 3 months, budget {d.amt(2000, 20000, en=True)}. Next step: {me.first} sends proposal.")


@tpl("clean", "en")
def en_password_talk(d):
    p = d.person()
    return d.c(
        lambda: f"Hi {p.first}, I reset my password yesterday but still cannot log in to {d.kw(d.r.choice(PORTALS[:6]))}. Username is {p.email}. Can you check?",
        lambda: f"Write a short policy note for {d.r.choice(EN_FIRMS)[0]}: never share passwords or API keys by email, always use the password manager. Sign it as {p.full}, {d.r.choice(['IT lead', 'CTO', 'Office Manager'])}.",
        lambda: f"Is it safe to ask {p.full} to send {p.his} BSN by email for the payroll setup? What is the alternative?")


@tpl("clean", "vl")
def vl_klacht(d):
    p = d.person(vl=True)
    a = d.addr(vl=True)
    firm, dom = d.company(VL_FIRMS)
    return d.c(
        lambda: f"Dag {d.c('meneer', 'mevrouw')},\n\nIk heb vorige maand een zetel besteld bij {firm} en die is nog altijd niet geleverd. Kan iemand mij eens terugbellen? Mijn gsm-nummer is {p.tel}. Ik woon in de {a.street} in {a.city}.\n\nMvg,\n{p.full}",
        lambda: f"Kan je deze klacht beantwoorden? '{firm}: de herstelling was {d.amt(40, 300)} in plaats van de afgesproken prijs. Groetjes, {p.first}, {p.tel}'",
        lambda: f"Beste {p.first},\n\nWij hebben uw mail goed ontvangen. Onze technieker komt langs op {d.date(0)} tussen {d.time()} en {d.time()} op het adres {a.street}, {a.city}.\n\nMet vriendelijke groeten,\n{firm}")


@tpl("clean", "vl")
def vl_afspraak(d):
    p, k = d.person(vl=True), d.person(vl=True)
    firm, dom = d.company(VL_FIRMS)
    return d.c(
        lambda: f"Beste {p.t()},\n\nUw afspraak bij de kinesist ({k.full}) gaat door op {d.date(0)} om {d.time()}. Gelieve uw voorschrift mee te brengen. Het remgeld bedraagt {d.amt(5, 30, cents=True)}.\n\nTot dan,\n{firm}",
        lambda: f"Hallo {p.first}, uw bestelling ligt klaar in de winkel in {d.kw(d.r.choice(VL_CITIES))}. Betalen kan via overschrijving op {d.iban('BE')}. Vragen? Bel {d.tel_be()}.")


@tpl("clean", "vl")
def vl_factuur(d):
    p = d.person(vl=True)
    a = d.addr(vl=True)
    firm, dom = d.company(VL_FIRMS)
    return L(f"Factuur {d.no('inv')}", f"Klant: {p.full}", f"{a.street}", f"{a.city}", "",
             f"Totaal te betalen: {d.amt(100, 5000, cents=True)} (btw inbegrepen)",
             f"Gelieve te betalen voor {d.date(1)} op rekening {d.iban('BE')} met gestructureerde mededeling {d.k('+++' + digits(d.r, 3) + '/' + digits(d.r, 4) + '/' + digits(d.r, 5) + '+++')}.",
             f"Vragen: {d.em('info', dom)}", "", "Maak hiervan een vriendelijke herinneringsmail.")


# -------------------------------------------------------------------------------------
# BLOCK: PASSWORD
# -------------------------------------------------------------------------------------
@tpl("PASSWORD")
def pw_teams_inlog(d):
    p, me = d.person(), d.person()
    portal = d.r.choice(PORTALS)
    return d.c(
        lambda: f"hoi {p.first_lc}, inlog voor {portal}: {p.work_email(d.r.choice(FIRMS)[1])} / {d.pw()} (niet doorsturen aub)",
        lambda: f"@{p.first} ww: {d.pw()}\ngebruikersnaam is gewoon {d.kw(d.r.choice(['admin', 'beheer', 'balie', 'kassa1', 'planning']))}",
        lambda: f"Hoi {p.first}, voor {portal}: gebruiker {d.kw(d.r.choice(['administratie', 'receptie', 'magazijn']))}, wachtwoord {d.pw()}\nGroet, {me.first}")


@tpl("PASSWORD")
def pw_nieuwe_collega(d):
    p, it = d.person(), d.person()
    firm, dom = d.company(FIRMS)
    return L(f"Beste {p.first},", "", f"Welkom bij {firm}! Hieronder je inloggegevens voor de eerste dag:", "",
             f"Account: {p.work_email(dom)}",
             f"Tijdelijk wachtwoord: {d.pw()}", "",
             "Bij de eerste keer inloggen word je gevraagd een nieuw wachtwoord te kiezen.", "",
             f"Groet,\n{it.full}\nIT-beheer", "",
             "Kun je deze mail wat hartelijker maken?")


@tpl("PASSWORD")
def pw_wachtwoord_is(d):
    p = d.person()
    return d.c(
        lambda: f"Het wachtwoord is {d.pw()} (hoofdlettergevoelig). Als {p.first} belt, mag je het aan {p.hem} doorgeven.",
        lambda: f"Het wifi-wachtwoord voor gasten is {d.pw()}\nNetwerk: {d.kw(d.r.choice(['Kantoor-Gast', 'Praktijk_WiFi', 'Winkel-Guest']))}. Kun je hier een bordje voor de balie van maken?",
        lambda: f"wachtwoord van de gedeelde mailbox is veranderd naar {d.pw()}\nlaat maar weten als het niet werkt - {p.first_lc}",
        lambda: f"{p.t(True)} heeft als wachtwoord {d.pw()} opgegeven voor de webshop. Moet ik dat in het CRM zetten?")


@tpl("PASSWORD")
def pw_config(d):
    host = d.kw(d.r.choice(["sql01.intern", "db.webshop.local", "10.0.0.12", "crm-prod"]))
    return d.c(
        lambda: f"Waarom krijg ik een login-fout?\n\nServer={host};Database=crm;User Id=sa;Password={d.pw()};TrustServerCertificate=True",
        lambda: f"Mijn .env:\nDB_HOST={host}\nDB_USER=webshop\nDB_PASSWORD={d.pw()}\nDB_PORT=3306\n\nDe verbinding faalt, wat doe ik fout?",
        lambda: f"curl -u admin:{d.pw()} https://{host}/api/orders geeft 401. Hoe komt dat?",
        lambda: f"config.yaml:\n  smtp:\n    host: {host}\n    user: noreply\n    password={d.pw()}\nWerkt dit zo?")


@tpl("PASSWORD")
def pw_gebruikersnaam_regels(d):
    p = d.person()
    portal = d.kw(d.r.choice(PORTALS))
    return L(f"Gegevens {portal} voor {p.full}:",
             f"Gebruikersnaam: {p.email}",
             f"Wachtwoord: {d.pw()}",
             d.c(lambda: f"Pincode app: {d.m('WACHTWOORD', digits(d.r, 5))}", lambda: "2FA staat nog uit."), "",
             "Kun je een instructie schrijven hoe ze de eerste keer inlogt?")


@tpl("PASSWORD")
def pw_kort_chat(d):
    p = d.person()
    return d.c(
        lambda: f"pw: {d.pw()}",
        lambda: f"pw {d.kw(d.r.choice(PORTALS))} = {d.pw()} groetjes {p.first_lc}",
        lambda: f"wachtwoord alarmpaneel-app: {d.pw()} (vraag {p.first} voor de code van de deur)",
        lambda: f"Inlog: {d.kw(d.r.choice(['info', 'beheer', 'kassa']))} / {d.pw()}")


@tpl("PASSWORD", "en")
def pw_english(d):
    p = d.person()
    return d.c(
        lambda: f"Hi {p.first}, here are the credentials for the staging server:\nLogin: {d.kw(d.r.choice(['deploy', 'admin', 'ops']))}\nPassword: {d.pw()}\nPlease change it after first use.",
        lambda: f"Can you check why this doesn't work? password={d.pw()} user={p.email}",
        lambda: f"The shared mailbox password is {d.pw()} - don't share it outside the team. Thanks, {p.first}")


@tpl("PASSWORD")
def pw_doorgestuurd(d):
    p, q = d.person(), d.person()
    firm, dom = d.company(FIRMS)
    return L("-----Oorspronkelijk bericht-----",
             f"Van: {q.full} <{q.work_email(dom)}>",
             f"Verzonden: {d.date(3)} {d.time()}",
             f"Aan: {p.full}",
             "Onderwerp: toegang boekhouding", "",
             f"Hoi {p.first},", "",
             f"Je kunt inloggen met je e-mailadres en het wachtwoord {d.pw()}", "",
             f"Groet,\n{q.first}", "",
             "Wat betekent 'toegang boekhouding' precies voor mijn rol? Vat even samen.")


# -------------------------------------------------------------------------------------
# BLOCK: API_KEY
# -------------------------------------------------------------------------------------
@tpl("API_KEY")
def key_env(d):
    kinds = d.r.sample(["openai", "anthropic", "stripe", "mollie", "sendgrid", "google"], d.r.randint(1, 3))
    names = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "stripe": "STRIPE_SECRET_KEY",
             "mollie": "MOLLIE_API_KEY", "sendgrid": "SENDGRID_API_KEY", "google": "GOOGLE_MAPS_KEY"}
    lines = [f"{names[k]}={d.key(k)}" for k in kinds]
    return L(d.c("Mijn .env ziet er zo uit, maar de app start niet:", "Waarom wordt deze .env niet ingelezen?",
                 "Check deze config even:"), "", "APP_ENV=production", *lines, "DEBUG=false")


@tpl("API_KEY")
def key_python(d):
    k = d.r.choice(["openai", "anthropic"])
    key = d.key(k)
    if k == "openai":
        code = f"from openai import OpenAI\nclient = OpenAI(api_key=\"{key}\")\nresp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=msgs)"
    else:
        code = f"import anthropic\nclient = anthropic.Anthropic(api_key='{key}')\nmsg = client.messages.create(model=\"claude-sonnet-4-5\", max_tokens=1024, messages=msgs)"
    return L(d.c("Ik krijg een 401 error met deze code:", "Waarom werkt dit script niet?", "Kun je dit sneller maken?"),
             "", code)


@tpl("API_KEY")
def key_aws(d):
    p = d.person()
    return d.c(
        lambda: f"Mijn ~/.aws/credentials:\n\n[default]\naws_access_key_id = {d.key('aws_id')}\naws_secret_access_key = {d.key('aws_secret')}\nregion = eu-west-1\n\nIk krijg AccessDenied op de S3-bucket.",
        lambda: f"Hoi {p.first}, de toegang voor de back-up: access key {d.key('aws_id')}, secret {d.key('aws_secret')}. Zet het in de kluis als je het hebt overgenomen.")


@tpl("API_KEY")
def key_github(d):
    p = d.person()
    return d.c(
        lambda: f"@{p.first} gebruik deze token om te pushen naar de repo: {d.key('github')} (verloopt over 30 dagen)",
        lambda: f"git clone https://{d.key('github')}@github.com/bedrijf/webshop.git faalt met 'repository not found'. Wat nu?",
        lambda: f"In de GitHub Action staat:\n  env:\n    GH_TOKEN: {d.key('github')}\nIs dat veilig?")


@tpl("API_KEY")
def key_curl_bearer(d):
    k = d.r.choice(["mollie", "stripe", "jwt", "openai"])
    url = {"mollie": "https://api.mollie.com/v2/payments", "stripe": "https://api.stripe.com/v1/charges",
           "jwt": "https://api.intern.example.nl/v1/klanten", "openai": "https://api.openai.com/v1/models"}[k]
    return L(d.c("Deze call geeft een 401 terug:", "Wat is er mis met dit verzoek?", "Kun je dit omzetten naar Python requests?"),
             "", f"curl {url} \\", f"  -H \"Authorization: Bearer {d.key(k)}\" \\", "  -H \"Content-Type: application/json\"")


@tpl("API_KEY")
def key_slack(d):
    p = d.person()
    return d.c(
        lambda: f"De webhook voor het #verkoop-kanaal is {d.key('slack_hook')} - kun je een script maken dat elke nieuwe order post?",
        lambda: f"Slack bot token: {d.key('slack')}\n{p.first} vroeg of de bot ook DM's kan sturen. Kan dat met deze token?")


@tpl("API_KEY")
def key_jwt_bugreport(d):
    p = d.person()
    return L(f"Bugmelding van {p.full}:", "",
             "Na het inloggen krijg ik steeds 'token expired'. Dit is de header die de app meestuurt:",
             f"Authorization: Bearer {d.key('jwt')}", "", "Wat kan de oorzaak zijn?")


@tpl("API_KEY")
def key_privkey(d):
    p = d.person()
    host = d.r.choice(["web01", "vps-shop", "backup-nas", "10.0.3.7"])
    return L(d.c(lambda: f"Hier is de private key voor {host}, kun je kijken waarom ssh niet werkt?",
                 lambda: f"{p.first} stuurde deze sleutel voor de server {host}. Welk formaat is dit?",
                 "ssh zegt 'invalid format' bij deze sleutel:"), "", d.key("privkey"))


@tpl("API_KEY")
def key_google_html(d):
    return d.c(
        lambda: f"De kaart op onze contactpagina laadt niet:\n<script src=\"https://maps.googleapis.com/maps/api/js?key={d.key('google')}&callback=initMap\" async></script>",
        lambda: f"We gebruiken de Google Places API met sleutel {d.key('google')}. Hoe beperk ik die tot ons domein?")


@tpl("API_KEY")
def key_teams_misc(d):
    p = d.person()
    k = d.r.choice(["hf", "sendgrid", "stripe_whsec", "anthropic", "openai"])
    label = {"hf": "Hugging Face token", "sendgrid": "SendGrid-key", "stripe_whsec": "webhook secret van Stripe",
             "anthropic": "Claude API-key", "openai": "OpenAI key"}[k]
    return d.c(
        lambda: f"hoi {p.first_lc}, hier de {label}: {d.key(k)} - zet je hem in de kluis?",
        lambda: f"Kun je testen of deze {label} nog werkt? {d.key(k)}",
        lambda: f"Voor de chatbot op de site gebruiken we {d.key(k)} als {label}. {p.full} vraagt wat dit per maand kost.")


@tpl("API_KEY", "en")
def key_english(d):
    p = d.person()
    k = d.r.choice(["openai", "stripe", "aws_id", "github", "anthropic"])
    return d.c(
        lambda: f"Hi {p.first}, the production key is {d.key(k)} - please rotate it after the migration.",
        lambda: f"Why does this return 403? api_key = \"{d.key(k)}\"")


# -------------------------------------------------------------------------------------
# BLOCK: BSN
# -------------------------------------------------------------------------------------
@tpl("BSN")
def bsn_personeelsformulier(d):
    p, a = d.person(), d.addr()
    return L("Personeelsformulier nieuwe medewerker",
             f"Naam: {p.full}", f"Adres: {a.line}", f"Geboortedatum: {d.dob(lo=1960, hi=2006)}",
             f"{d.c('BSN', 'Burgerservicenummer', 'BSN-nummer', 'Sofinummer')}: {d.bsn()}",
             f"IBAN: {d.iban('NL')}", f"Telefoon: {p.tel}", "",
             "Kun je hier een welkomstmail voor maken?")


@tpl("BSN")
def bsn_zorg(d):
    p = d.person()
    return d.c(
        lambda: f"Patiënt {p.full}, geboren {d.dob()}, burgerservicenummer {d.bsn()}. Verwijzing naar de fysiotherapeut, graag een korte brief opstellen.",
        lambda: f"Het burgerservicenummer van {p.t()} is {d.bsn()}. Kun je de declaratie voor de zorgverzekeraar voorbereiden?",
        lambda: f"Inschrijving huisarts: {p.any}, BSN {d.bsn()}, {d.addr().line}.")


@tpl("BSN")
def bsn_accountant(d):
    p, q = d.person(), d.person()
    return d.c(
        lambda: f"Hier de gegevens voor de aangifte inkomstenbelasting van {p.full}: sofinummer {d.bsn()}, geboren {d.dob()}. Fiscaal partner: {q.full}, BSN {d.bsn()}.",
        lambda: f"Kun je de machtiging aanvragen? Klant {p.ini}, BSN: {d.bsn()}, {p.email}.",
        lambda: f"Voor de aangifte van {p.first} heb ik {p.zijn} burgerservicenummer nodig: {d.bsn()} klopt dat met wat jij hebt?")


@tpl("BSN")
def bsn_huurder(d):
    p = d.person()
    return L(f"Kandidaat-huurder: {p.full}", f"Geboortedatum: {d.dob()}", f"BSN: {d.bsn()}",
             f"Netto inkomen: {d.amt(1800, 5000)} per maand", f"Huidig adres: {d.addr().line}", "",
             "Voldoet deze kandidaat aan de inkomenseis van 3x de huur?")


@tpl("BSN")
def bsn_chat(d):
    p, q = d.person(), d.person()
    return d.c(
        lambda: f"bsn van {p.first_lc} is {d.bsn()} voor de uwv aanvraag",
        lambda: f"@{q.first} het BSN van {p.full} is {d.bsn(0)}, kun jij het in {d.kw(d.r.choice(APPS))} zetten?",
        lambda: f"sofi nummer {p.t()}: {d.bsn()}")


@tpl("BSN")
def bsn_kinderopvang(d):
    par, kid = d.person(), d.person()
    opv, dom = d.company(FIRMS[12:13])
    return L(f"Plaatsingsovereenkomst {opv} - gegevens", f"Kind: {kid.first} {par.sur}, geboren {d.dob(lo=2021, hi=2025)}",
             f"BSN kind: {d.bsn()}", f"Ouder: {par.full}", f"BSN ouder: {d.bsn()}", f"Tel: {par.tel}", "",
             "Zet dit in een overzichtelijk formulier.")


@tpl("BSN", "en")
def bsn_english(d):
    p = d.person()
    return d.c(
        lambda: f"For the payroll setup: {p.full}, date of birth {d.dob(en=True, lo=1960, hi=2006)}, citizen service number (BSN) {d.bsn()}.",
        lambda: f"Her BSN is {d.bsn()} - can you add {p.first} to the pension scheme?" if p.g == "f" else f"His BSN is {d.bsn()} - can you add {p.first} to the pension scheme?")


# -------------------------------------------------------------------------------------
# BLOCK: SALARY_SLIP
# -------------------------------------------------------------------------------------
def _slip_amounts(d):
    r = d.r
    bruto = r.randint(180000, 650000)
    vt = bruto * 8 // 100 if r.random() < 0.4 else 0
    pens = bruto * r.randint(4, 8) // 100
    lh = (bruto + vt - pens) * r.randint(8, 30) // 100
    netto = bruto + vt - pens - lh
    def f(c):
        return d.k(fmt_amount(r, c // 100, c % 100) if r.random() < 0.3 else f"€ {fmt_th(c // 100)},{c % 100:02d}")
    return f, bruto, vt, pens, lh, netto


@tpl("SALARY_SLIP")
def slip_tabel(d):
    d.B("SALARY_SLIP")
    p, a = d.person(), d.addr()
    firm = d.kw(d.r.choice(FIRMS + SHOPS)[0])
    f, bruto, vt, pens, lh, netto = _slip_amounts(d)
    m = d.r.randint(1, 12)
    rows = [f"Loonstrook periode {m:02d}-{d.r.choice([2025, 2026])}      {firm}",
            f"Werknemer: {p.full}      Personeelsnr: {d.kw(digits(d.r, 4))}",
            f"Adres: {a.line}"]
    if d.r.random() < 0.5:
        rows.append(f"Geboortedatum: {d.dob(lo=1960, hi=2006)}    BSN: {d.bsn()}")
    rows += [f"Functie: {d.kw(d.r.choice(ROLES))}", "-" * 50,
             f"Salaris                         {f(bruto)}"]
    if vt:
        rows.append(f"Vakantietoeslag 8%              {f(vt)}")
    rows += [f"Pensioenpremie                 -{f(pens)}",
             f"Loonheffing                    -{f(lh)}", "-" * 50,
             f"Netto te betalen                {f(netto)}",
             f"Uitbetaald op {d.iban('NL')}"]
    return L(d.c("Kun je deze loonstrook uitleggen?", "Klopt deze berekening?", "Waarom is mijn netto lager dan vorige maand?"),
             "", *rows)


@tpl("SALARY_SLIP")
def slip_kort(d):
    d.B("SALARY_SLIP")
    p = d.person()
    f, bruto, vt, pens, lh, netto = _slip_amounts(d)
    head = d.c("Salarisspecificatie", "Loonspecificatie", "Loonstrook")
    return L(f"{head} {d.r.choice(MONTHS)}", f"Naam: {d.c(lambda: p.full, lambda: p.ini)}",
             f"Bruto loon: {f(bruto)}", f"Ingehouden loonheffing: {f(lh)}", f"Netto: {f(netto)}")


@tpl("SALARY_SLIP")
def slip_nmbrs(d):
    d.B("SALARY_SLIP")
    p = d.person()
    f, bruto, vt, pens, lh, netto = _slip_amounts(d)
    y = d.r.choice([2025, 2026])
    m = d.r.randint(1, 12)
    return L(f"Periode {m} ({1:02d}-{m:02d}-{y} t/m 28-{m:02d}-{y})",
             f"Medewerker {d.kw(digits(d.r, 4))} {p.ini2}",
             d.c(lambda: f"BSN {d.bsn()}", lambda: "Loonheffingskorting: ja"),
             f"Uurloon {d.amt(14, 45, cents=True)}  Uren {d.r.randint(80, 173)}",
             f"Bruto {f(bruto)}", f"Werknemersdeel pensioen {f(pens)}", f"Loonheffing {f(lh)}",
             f"Netto loon {f(netto)}", "",
             f"Hoi, dit is de loonstrook van {p.first}. {p.hij.capitalize()} vraagt waarom de loonheffing zo hoog is. Kun je helpen?")


@tpl("SALARY_SLIP")
def slip_vraag_plak(d):
    d.B("SALARY_SLIP")
    p = d.person()
    f, bruto, vt, pens, lh, netto = _slip_amounts(d)
    return L(f"Ik heb mijn loonstrook hieronder geplakt. Ik ben {p.first} en werk sinds kort bij {d.kw(d.r.choice(SHOPS)[0])}.", "",
             f"Werknemer  {p.full}",
             f"Brutoloon  {f(bruto)}",
             f"Pensioen  {f(pens)}",
             f"Loonheffing  {f(lh)}",
             f"Netto uitbetaling  {f(netto)}",
             f"Rekening  {d.iban()}", "",
             "Waarom krijg ik geen vakantiegeld uitgekeerd?")


@tpl("SALARY_SLIP", "en")
def slip_english(d):
    d.B("SALARY_SLIP")
    p = d.person()
    r = d.r
    g = r.randint(2500, 7000)
    t = g * r.randint(15, 35) // 100
    return L(f"Payslip {r.choice(EN_MONTHS)} {r.choice([2025, 2026])}", f"Employee: {p.full}",
             f"Employee ID: {d.kw(digits(r, 5))}", f"Gross salary: {d.k('€' + format(g, ',') + '.00')}",
             f"Wage tax: {d.k('€' + format(t, ',') + '.00')}", f"Net pay: {d.k('€' + format(g - t, ',') + '.00')}",
             f"Paid to: {d.iban()}", "", "Can you explain what the 'wage tax' line means?")


# -------------------------------------------------------------------------------------
# BLOCK: SIGNED_CONTRACT
# -------------------------------------------------------------------------------------
@tpl("SIGNED_CONTRACT")
def contract_huur(d):
    d.B("SIGNED_CONTRACT")
    vh, hu, a = d.person(nl=True), d.person(), d.addr()
    city = d.kw(d.r.choice(CITIES[:40]))
    return L("HUUROVEREENKOMST WOONRUIMTE (slot)", "",
             f"Het gehuurde betreft de woning aan de {a.street}, {a.pc} {a.city}. De huurprijs bedraagt {d.amt(650, 1800)} per maand.", "",
             f"Aldus overeengekomen en in tweevoud getekend te {city} op {d.date(3)}.", "",
             "Verhuurder:                         Huurder:",
             f"{vh.full}                          {hu.full}", "",
             d.c("Handtekening verhuurder: [getekend]     Handtekening huurder: [getekend]",
                 "(handtekening)                      (handtekening)",
                 lambda: f"w.g. {vh.ini}                      w.g. {hu.ini}"))


@tpl("SIGNED_CONTRACT")
def contract_arbeid(d):
    d.B("SIGNED_CONTRACT")
    wg, wn = d.person(nl=True), d.person()
    firm = d.kw(d.r.choice(FIRMS + SHOPS)[0])
    return L("Artikel 12 - Slotbepaling",
             f"Op deze arbeidsovereenkomst is de cao van toepassing. Het bruto maandsalaris bedraagt {d.amt(2200, 5500)}.", "",
             f"Aldus opgemaakt in tweevoud en ondertekend te {d.kw(d.r.choice(CITIES[:40]))} op {d.date(1)}.", "",
             f"Namens {firm},                    De werknemer,",
             f"{wg.full}, directeur               {wn.full}",
             d.c("[handtekening]                     [handtekening]", "Getekend: ✓                        Getekend: ✓",
                 "__________________                 __________________ (getekend)"), "",
             d.c("Kun je controleren of deze slotbepaling juridisch klopt?", "Vat dit contract samen in drie zinnen."))


@tpl("SIGNED_CONTRACT")
def contract_opdrachtbevestiging(d):
    d.B("SIGNED_CONTRACT")
    p = d.person()
    firm = d.kw(d.r.choice(INSTALLERS + FIRMS[:1] + FIRMS[11:12])[0])
    return L(f"Opdrachtbevestiging {d.no('quote')} - {firm}",
             f"Opdrachtgever: {p.any}", f"Adres: {d.addr().line}",
             f"Omschrijving: {d.c('plaatsen dakkapel', 'renovatie badkamer', 'aanleg tuin', 'installatie warmtepomp')}",
             f"Aanneemsom: {d.amt(3000, 40000)} incl. btw", "",
             d.c(lambda: f"Voor akkoord getekend: {p.full}, datum {d.date(4)}",
                 lambda: f"Getekend voor akkoord door {p.full} op {d.date(0)}.\nHandtekening: ______(getekend)______",
                 lambda: f"Gelezen en akkoord,\n{p.full}\n[handtekening opdrachtgever]\n{d.date(4)}"))


@tpl("SIGNED_CONTRACT")
def contract_docusign(d):
    d.B("SIGNED_CONTRACT")
    p, q = d.person(), d.person()
    return L(f"Certificaat van voltooiing - Envelop-ID {d.kw(rs(d.r, 8, '0123456789ABCDEF') + '-' + rs(d.r, 4, '0123456789ABCDEF'))}",
             f"Document: {d.c('Samenwerkingsovereenkomst', 'Huurovereenkomst bedrijfsruimte', 'Koopovereenkomst', 'Geheimhoudingsovereenkomst')}",
             "Status: Voltooid", "",
             f"Ondertekenaar 1: {p.full} ({p.email}) - ondertekend op {d.date(4)} {d.time()}",
             f"Ondertekenaar 2: {q.full} ({q.email}) - ondertekend op {d.date(4)} {d.time()}", "",
             "Kun je de belangrijkste verplichtingen uit deze ondertekende overeenkomst halen?")


@tpl("SIGNED_CONTRACT")
def contract_koop_auto(d):
    d.B("SIGNED_CONTRACT")
    vk, kp = d.person(), d.person()
    car, pl = d.kw(d.r.choice(CARS)), d.plate()
    return L("KOOPOVEREENKOMST MOTORVOERTUIG",
             f"Verkoper: {vk.full}, {d.addr().line}", f"Koper: {kp.full}, {d.addr().line}",
             f"Voertuig: {car}, kenteken {pl}", f"Koopprijs: {d.amt(2000, 30000)}", "",
             "Het voertuig wordt verkocht in de staat waarin het zich bevindt.", "",
             f"Aldus overeengekomen en getekend op {d.date(3)}.",
             "Handtekening verkoper: ______(get.)______   Handtekening koper: ______(get.)______")


@tpl("SIGNED_CONTRACT", "vl")
def contract_vlaams(d):
    d.B("SIGNED_CONTRACT")
    vh, hu = d.person(vl=True), d.person(vl=True)
    a = d.addr(vl=True)
    return L(f"Het goed gelegen te {a.street}, {a.city}, wordt verhuurd voor een maandelijkse huurprijs van {d.amt(600, 1500)}.", "",
             f"Opgemaakt te {d.kw(a.city)} op {d.date(1)}, in evenveel exemplaren als er partijen zijn, waarvan elke partij erkent er één ontvangen te hebben.", "",
             "De verhuurder,                      De huurder,",
             "(gelezen en goedgekeurd)            (gelezen en goedgekeurd)",
             f"{vh.full}                          {hu.full}",
             "[handtekening]                      [handtekening]")


@tpl("SIGNED_CONTRACT", "en")
def contract_english(d):
    d.B("SIGNED_CONTRACT")
    a, b = d.person(), d.person()
    return L("IN WITNESS WHEREOF, the parties have executed this Agreement as of the date below.", "",
             f"Signed: {a.full}                   Signed: {b.full}",
             f"Date: {d.date(en=True)}               Date: {d.date(en=True)}",
             "[signature]                          [signature]", "",
             f"Contract value: {d.amt(5000, 90000, en=True)}. Can you summarise the termination clause?")


@tpl("SIGNED_CONTRACT")
def contract_handtekening_huurder(d):
    d.B("SIGNED_CONTRACT")
    hu = d.person()
    return L(f"Bijlage 2 - Proces-verbaal van oplevering {d.addr().street}",
             f"Meterstanden genoteerd. Sleutels ontvangen: {d.r.randint(2, 5)}.", "",
             f"Handtekening huurder: {hu.full} (getekend op {d.date(4)})",
             f"Handtekening verhuurder: {d.person(nl=True).ini} (getekend)")


# -------------------------------------------------------------------------------------
# BLOCK: CUSTOMER_LIST (5+ people with contact details)
# -------------------------------------------------------------------------------------
def _people(d, lo=5, hi=12):
    return [d.person() for _ in range(d.r.randint(lo, hi))]


@tpl("CUSTOMER_LIST")
def lijst_csv(d):
    d.B("CUSTOMER_LIST")
    ps = _people(d)
    rows = ["Naam,E-mail,Telefoon,Plaats"] + [f"{p.full},{p.email},{p.tel.replace(',', '')},{d.r.choice(CITIES)}" for p in ps]
    return L(d.c("Maak van deze lijst een mailmerge voor de nieuwsbrief:", "Ontdubbel deze klantenlijst:",
                 "Welke klanten wonen in de Randstad?"), "", *rows)


@tpl("CUSTOMER_LIST")
def lijst_puntkomma(d):
    d.B("CUSTOMER_LIST")
    ps = _people(d)
    rows = ["Klantnr;Voornaam;Achternaam;Adres;Postcode;Woonplaats;Telefoon"]
    for p in ps:
        a = d.addr()
        rows.append(f"{digits(d.r, 5)};{p.first};{p.sur};{a.street};{a.pc};{a.city};{p.tel}")
    return L(*rows, "", d.c("Sorteer op woonplaats.", "Zet dit om naar een nette tabel.",
                            "Schrijf voor elke klant een persoonlijke kerstgroet."))


@tpl("CUSTOMER_LIST")
def lijst_excel_tab(d):
    d.B("CUSTOMER_LIST")
    ps = _people(d)
    rows = ["Naam\tTelefoon\tE-mail\tOmzet 2024"]
    for p in ps:
        rows.append(f"{p.full}\t{p.tel}\t{p.email}\t{d.amt(100, 40000, cents=False)}")
    return L(d.c("Dit komt uit Excel, kun je de top 3 klanten op omzet aangeven?", "Geplakt uit Excel:"), "", *rows)


@tpl("CUSTOMER_LIST")
def lijst_markdown(d):
    d.B("CUSTOMER_LIST")
    ps = _people(d)
    rows = ["| Naam | Adres | Telefoon |", "|---|---|---|"]
    for p in ps:
        a = d.addr()
        rows.append(f"| {p.full} | {a.street}, {a.pc} {a.city} | {p.tel} |")
    return L("Maak een bezorgroute voor morgen op basis van deze adressen:", "", *rows)


@tpl("CUSTOMER_LIST")
def lijst_genummerd(d):
    d.B("CUSTOMER_LIST")
    ps = _people(d)
    rows = [f"{i}. {d.c(lambda: p.full, lambda: p.ini)} - {p.email} - {p.tel}" for i, p in enumerate(ps, 1)]
    course = d.kw(d.r.choice(["EHBO", "BHV herhaling", "Heftruckcertificaat", "VCA Basis"]))
    return L(f"Deelnemers cursus {course} op {d.date(0)}:", *rows, "",
             "Stuur iedereen een bevestiging met de locatie en starttijd.")


@tpl("CUSTOMER_LIST")
def lijst_prompt_persoonlijk(d):
    d.B("CUSTOMER_LIST")
    ps = _people(d, 5, 9)
    rows = [f"{p.full} – {p.email} – laatst gekocht: {d.kw(d.r.choice(PRODUCTS))}" for p in ps]
    return L("Schrijf voor elke klant in deze lijst een persoonlijke mail met een aanbieding van 10% korting:", "", *rows)


@tpl("CUSTOMER_LIST")
def lijst_leden(d):
    d.B("CUSTOMER_LIST")
    ps = _people(d, 6, 12)
    rows = ["Lid;Geboortedatum;IBAN;E-mail"] + [f"{p.full};{d.dob()};{d.iban('NL')};{p.email}" for p in ps]
    return L(f"Ledenlijst {d.kw(d.r.choice(FIRMS[13:15])[0])} export:", *rows, "", "Welke leden zijn jonger dan 18?")


@tpl("CUSTOMER_LIST", "en")
def lijst_english(d):
    d.B("CUSTOMER_LIST")
    ps = _people(d, 5, 8)
    rows = ["Name,Company,Email,Phone"] + [f"{p.full},{d.r.choice(EN_FIRMS)[0]},{p.email},{p.tel}" for p in ps]
    return L("Here's our lead list, can you draft a follow-up email for each?", "", *rows)


# =====================================================================================
# Validation
# =====================================================================================
class Retry(Exception):
    """A random draw collided with the template (e.g. a name inside a kept word): draw again."""


INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}
LABELS = {"PERSOON", "ADRES", "POSTCODE", "EMAIL", "TELEFOON", "IBAN", "KENTEKEN", "GEBOORTEDATUM", "BSN",
          "WACHTWOORD", "API_SLEUTEL"}
CATS = ["PASSWORD", "API_KEY", "BSN", "SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST"]
NEEDS = {"PASSWORD": "WACHTWOORD", "API_KEY": "API_SLEUTEL", "BSN": "BSN"}


def tokens(label, value):
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in re.findall(r"[^\W\d_][\w'’-]*", value) if len(t) >= 4 and t.lower() not in INTERFIX]


RE_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
RE_IBAN = re.compile(r"(?i)\b(?:NL\d{2} ?[A-Z]{4}(?: ?\d{2,4}){3}|BE\d{2}(?: ?\d{4}){3}|DE\d{2}(?: ?\d{4}){4} ?\d{2})\b")
RE_PC = re.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b")
RE_NUMRUN = re.compile(r"(?<![\w])[+(\d][\d\s().-]{7,}\d")
RE_DATETIME = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b|\b\d{1,2}[:.]\d{2}\b")
RE_NINE = re.compile(r"(?<![\d.])(\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3})(?![\d])")
RE_KEYLIKE = re.compile(r"(sk-[A-Za-z0-9]|sk_live_|rk_live_|AKIA[A-Z0-9]{8}|gh[pos]_[A-Za-z0-9]{10}|AIza[\w-]{10}|xox[bp]-|"
                        r"github_pat_|-----BEGIN|eyJ[\w-]{10,}\.|hooks\.slack\.com|whsec_|\bSG\.[\w-]{10}|\bhf_[A-Za-z]{10}|"
                        r"\blive_[A-Za-z0-9]{20})")
CONTRACT_MARKERS = re.compile(r"(?i)(handtekening|voor akkoord|aldus overeengekomen|gelezen en goedgekeurd|in witness whereof|\(getekend\)|w\.g\.)")


SERVICES = ["OpenAI", "Mollie", "Google Maps", "Stripe", "Exact Online", "Postcode.nl"]
AUTO_KEEP = ([n for n, _ in SHOPS + INSTALLERS + PRAKTIJKEN + GARAGES + FIRMS + VL_FIRMS + EN_FIRMS]
             + PORTALS + APPS + CARRIERS + PRODUCTS + CARS + ROOMS + PETS + SERVICES)


def simulate(text, mask):
    """A perfect anonymizer: replace each mask value (longest first) where it stands as a token of its own."""
    t = text
    for i, (lab, v) in enumerate(sorted(mask, key=lambda x: -len(x[1]))):
        t = re.sub(r"(?<![\w])" + re.escape(v) + r"(?![\w])", lambda m: f"[{lab}_{i}]", t)
    return t


def finish(d, text, kind, lang, idx):
    if not isinstance(text, str) or not text.strip():
        raise AssertionError("empty text")
    # dedupe, order by first occurrence
    mask, seen = [], set()
    for lab, v in d.mask:
        if lab not in LABELS:
            raise AssertionError(f"bad label {lab}")
        if not v or v != v.strip():
            raise AssertionError(f"empty/padded mask value {v!r}")
        if v not in text:
            raise AssertionError(f"mask value not in text: {lab} {v!r}\n{text}")
        if (lab, v) not in seen:
            seen.add((lab, v))
            mask.append([lab, v])
    mask.sort(key=lambda x: text.index(x[1]))
    keep = []
    for name in AUTO_KEEP:
        if name in text and re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text):
            d.keep.append(name)
    for v in d.keep:
        if not v or v != v.strip():
            raise AssertionError(f"empty/padded keep value {v!r}")
        if v not in text:
            raise AssertionError(f"keep value not in text: {v!r}\n{text}")
        if v not in keep:
            keep.append(v)
    mvals = {v for _, v in mask}
    for v in keep:
        if v in mvals:
            raise Retry(f"value both mask and keep: {v!r}")
    # checksums
    for lab, v in mask:
        if lab == "IBAN" and not iban_valid(v):
            raise AssertionError(f"bad IBAN {v}")
        if lab == "BSN" and not elfproef(v):
            raise AssertionError(f"bad BSN {v}")
    # block categories
    block = list(d.block)
    if kind == "clean":
        if block:
            raise AssertionError(f"clean template produced block {block}")
        if CONTRACT_MARKERS.search(text):
            raise AssertionError("clean text carries a signature marker")
    else:
        if kind not in block:
            raise AssertionError(f"{kind} template did not set its block")
    labs = Counter(l for l, _ in mask)
    for cat, lab in NEEDS.items():
        if (cat in block) != (labs[lab] > 0):
            raise AssertionError(f"block {cat} vs label {lab} mismatch")
    if "CUSTOMER_LIST" in block and len(d._names) < 5:
        raise AssertionError("customer list with fewer than 5 people")
    if not block and len([1 for l, _ in mask if l == "PERSOON"]) > 8:
        raise AssertionError("clean text with very many names")
    # simulated perfect anonymizer
    t = simulate(text, mask)
    for v in keep:
        if v not in t:
            raise Retry(f"keep value broken by masking: {v!r}")
    for lab, v in mask:  # the scorer counts a leak when the value occurs anywhere as a substring
        if v in t:
            raise Retry(f"mask value {v!r} also occurs inside unmasked text")
    for lab, v in mask:
        for tok in tokens(lab, v):
            if re.search(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", t):
                raise Retry(f"word {tok!r} of {lab} {v!r} survives masking")
    # no unlabelled structured data may remain
    for rx, what in ((RE_EMAIL, "e-mail"), (RE_IBAN, "IBAN"), (RE_PC, "postcode")):
        m = rx.search(t)
        if m:
            raise Retry(f"unlabelled {what}: {m.group(0)!r}")
    for m in RE_NUMRUN.finditer(RE_DATETIME.sub("D", t)):
        raw = m.group(0)
        dg = re.sub(r"\D", "", raw)
        if re.fullmatch(r"(0031|31|0)6\d{8}", dg) or (dg.startswith("0") and len(dg) == 10) or \
                (raw.startswith("+") and len(dg) >= 9) or (dg.startswith("00") and len(dg) >= 11):
            raise Retry(f"unlabelled phone-like number: {raw!r}")
    if not block:
        for m in RE_NINE.finditer(t):
            if elfproef(m.group(1)):
                raise Retry(f"unlabelled 11-proof number in clean text: {m.group(1)}")
        m = RE_KEYLIKE.search(t)
        if m:
            raise AssertionError(f"key-like string in clean text: {m.group(0)}")
    return {"id": f"c6-{idx}", "text": text, "mask": mask, "block": block, "keep": keep}


# =====================================================================================
# Main
# =====================================================================================
def build_plan(master):
    clean = [t for t in TEMPLATES if t[1] == "clean"]
    by_cat = {c: [t for t in TEMPLATES if t[1] == c] for c in CATS}
    for c in CATS:
        assert by_cat[c], c

    def rr(pool, n):
        out, cur = [], []
        while len(out) < n:
            if not cur:
                cur = pool[:]
                master.shuffle(cur)
            out.append(cur.pop())
        return out

    plan = []
    for i, c in enumerate(CATS):
        n = N_BLOCK // len(CATS) + (1 if i < N_BLOCK % len(CATS) else 0)
        plan += rr(by_cat[c], n)
    plan += rr(clean, N_TOTAL - N_BLOCK)
    master.shuffle(plan)
    return plan


def verify_file(path):
    """Re-check the written file on its own (independent of the builder state)."""
    ids = set()
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        assert set(r) == {"id", "text", "mask", "block", "keep"}, r.keys()
        assert r["id"] not in ids
        ids.add(r["id"])
        text = r["text"]
        assert all(c in CATS for c in r["block"])
        for lab, v in r["mask"]:
            assert lab in LABELS and v in text, (r["id"], lab, v)
            if lab == "IBAN":
                assert iban_valid(v), (r["id"], v)
            if lab == "BSN":
                assert elfproef(v), (r["id"], v)
        for v in r["keep"]:
            assert v in text, (r["id"], v)
        t = simulate(text, r["mask"])
        for v in r["keep"]:
            assert v in t, ("keep broken", r["id"], v)
        for lab, v in r["mask"]:
            assert v not in t, ("mask value survives as substring", r["id"], v)
        for lab, v in r["mask"]:
            for tok in tokens(lab, v):
                assert not re.search(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", t), ("leftover", r["id"], tok)
        for rx in (RE_EMAIL, RE_IBAN, RE_PC):
            assert not rx.search(t), ("unlabelled", r["id"], rx.search(t).group(0))
    assert len(ids) == N_TOTAL


def main():
    names = [t[0] for t in TEMPLATES]
    assert len(names) == len(set(names)), "duplicate template names"
    master = random.Random(SEED)
    plan = build_plan(master)
    recs, retries = [], Counter()
    for idx, (name, kind, lang, fn) in enumerate(plan):
        last = None
        for attempt in range(60):
            d = Doc(random.Random(f"{SEED}|{idx}|{attempt}"))
            text = fn(d)
            try:
                rec = finish(d, text, kind, lang, idx)
                rec["_t"], rec["_lang"] = name, lang
                recs.append(rec)
                break
            except Retry as e:
                last = e
                retries[name] += 1
        else:
            raise SystemExit(f"template {name} keeps failing validation: {last}\n{text}")
    # corpus-level checks
    nb = sum(1 for r in recs if r["block"])
    assert len(recs) == N_TOTAL and nb == N_BLOCK, (len(recs), nb)
    texts = Counter(r["text"] for r in recs)
    dup = sum(n - 1 for n in texts.values() if n > 1)
    labs = Counter(l for r in recs for l, _ in r["mask"])
    cats = Counter(c for r in recs for c in r["block"])
    langs = Counter(r["_lang"] for r in recs)
    used = Counter(r["_t"] for r in recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            r = {k: r[k] for k in ("id", "text", "mask", "block", "keep")}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    verify_file(OUT)
    n_clean_t = sum(1 for t in TEMPLATES if t[1] == "clean")
    print(f"c6: {len(recs)} records -> {os.path.relpath(OUT)} | blocked {nb} ({100 * nb / len(recs):.1f}%) | "
          f"templates {len(TEMPLATES)} ({n_clean_t} clean, {len(TEMPLATES) - n_clean_t} block; {len(used)} used) | "
          f"lang " + " ".join(f"{k}={v}" for k, v in sorted(langs.items())) + " | "
          f"mask " + " ".join(f"{k}={v}" for k, v in labs.most_common()) + " | "
          f"block " + " ".join(f"{k}={v}" for k, v in cats.most_common()) + " | "
          f"keep={sum(len(r['keep']) for r in recs)} | duplicate texts={dup} | redraws={sum(retries.values())}")
    if "-v" in sys.argv:
        print("redraws per template:", dict(retries.most_common()))


if __name__ == "__main__":
    main()
