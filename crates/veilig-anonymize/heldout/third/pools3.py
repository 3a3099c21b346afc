# Name, street and vocabulary pools for gen3.py, written by hand from general knowledge.
# origin -> (male first names, female first names, surnames)

def _s(x):
    return [w.strip() for w in x.split(",") if w.strip()]

ORIGINS = {
    "nl": (
        _s("Jan, Piet, Kees, Henk, Gerrit, Willem, Joost, Bram, Daan, Thijs, Ruben, Sander, Bas, Niels, Jeroen, Maarten, "
           "Wouter, Arjen, Rutger, Harm, Gert-Jan, Jan-Willem, Pieter, Dirk, Teun, Stijn, Luuk, Sem, Lars, Jesse, Milan, "
           "Thomas, Koen, Job, Gijs, Hidde, Mees, Floris, Wessel, Coen, Erik, Frank, Hans, Marco, Martijn, Remco, Robbert, "
           "Ton, Theo, Cor, Rens, Tijmen, Olivier, Vincent, Jasper, Michiel, Reinier, Bart, Roel, Dennis, Patrick, Ronald, "
           "Edwin, Arie, Klaas, Evert, Mark, Hendrik, Jochem, Ewout, Lodewijk, Sjaak, Gerard, Rinus, Wim"),
        _s("Anne, Sanne, Femke, Lotte, Marieke, Hanneke, Esther, Ingrid, Annemiek, Marloes, Janneke, Ilse, Floor, Iris, "
           "Noor, Fleur, Eva, Lieke, Maaike, Roos, Tessa, Nienke, Evelien, Margriet, Geertje, Willemijn, Jolien, Karin, "
           "Monique, Petra, Wilma, Corrie, Truus, Riet, Anneke, Mirjam, Saskia, Yvonne, Judith, Astrid, Linda, Sandra, "
           "Manon, Chantal, Demi, Britt, Julia, Sophie, Emma, Mila, Tess, Jet, Fenna, Lisa, Romy, Merel, Puck, Nina, "
           "Carlijn, Mieke, Hester, Elske, Dieuwertje, Gerda, Hennie, Annelies, Marjolein, Jacqueline, Renate, Marijke, "
           "Anouk, Loes, Wendy, Bianca"),
        _s("de Vries, Jansen, de Jong, van den Berg, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, "
           "Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Smits, de Graaf, van der Meer, van der Linden, Kok, "
           "de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, de Bruijn, van der Heijden, Schouten, "
           "van Beek, van Dijk, Verbeek, van Vliet, Koster, Prins, Maas, Huisman, Kuipers, van Wijk, Kramer, Blom, "
           "Verhoeven, van Dam, Timmermans, Groen, Koning, Schipper, Bosman, van der Wal, Hermans, Evers, Gerritsen, "
           "Verschuren, van Rijn, Molenaar, Zwart, Mol, Roos, Sanders, Lammers, Dijkman, Hofman, Wolters, Claassen, "
           "Brink, Jonker, van der Laan, Vink, Arts, Kamp, Groenewegen, Post, Heijnen, Scholten, Verhagen, Martens, "
           "Rutten, Koopman, Driessen, Wijnands, ter Horst, ten Brink, 't Hart, van 't Hof, in 't Veld, van Oosten, "
           "Teunissen, Langeveld, Veldhuis, Bouwman, Oosterhuis, Pronk, Kroon, Bleeker, Oudshoorn, Schaap, Stam, Vonk, "
           "van Straaten, Boon, Kuiper, van Es, Baars, Steenbergen, Hoogendoorn, van Zanten"),
    ),
    "fy": (
        _s("Sjoerd, Hylke, Hessel, Wopke, Durk, Jelmer, Gerben, Jouke, Sietse, Tsjerk, Ype, Auke, Bauke, Folkert, Tjalling, Douwe"),
        _s("Wietske, Jildou, Sytske, Tjitske, Baukje, Minke, Rixt, Jitske, Sjoukje, Doutzen, Marrit, Aukje, Froukje, Ytsje"),
        _s("Hoekstra, Dijkstra, Bosma, Postma, Wiersma, Zijlstra, Terpstra, Sikkema, Hiemstra, Tjeerdsma, Boersma, "
           "Jellema, Kingma, Haitsma, Hofstra, Feenstra, Rijpstra, Atsma, Heeringa, Nauta, Yntema, Wijbenga, Osinga, "
           "Sybesma, Miedema, Reitsma, Veenstra, Westra, Elzinga, Algra"),
    ),
    "be": (
        _s("Wout, Jens, Pieter-Jan, Bart, Koen, Jef, Staf, Rik, Wim, Lander, Arne, Seppe, Warre, Gilles, Brecht, Lieven"),
        _s("Sien, Elke, Griet, Katrien, Lieve, Hilde, Marleen, Nele, Febe, Ine, Lore, Tine, Els, Veerle, Ann-Sophie, Hanne"),
        _s("Peeters, Janssens, Maes, Mertens, Claes, Goossens, Wouters, De Smet, Van Damme, Verstraete, De Backer, "
           "Van de Velde, Lambrecht, Vandenbroucke, Vercammen, Verhaegen, Van Acker, De Clercq, Coppens, Verbeke, "
           "Van Hoof, Boeckx, Dewulf, Vanhove, De Meyer"),
    ),
    "tr": (
        _s("Mehmet, Ahmet, Mustafa, Emre, Burak, Murat, Hakan, Kemal, Serkan, Cem, Tolga, Berkay, Onur, Volkan, Erdem"),
        _s("Selin, Elif, Ayşe, Fatma, Zeynep, Büşra, Merve, Esra, Derya, Sibel, Hatice, Emine, Özlem, Kübra, İlknur"),
        _s("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Öztürk, Arslan, Doğan, Kılıç, Aslan, Koç, Kurt, Özdemir, "
           "Polat, Korkmaz, Güneş, Bulut, Tekin, Akbulut, Karaca, Yavuz, Yilmaz, Ozturk, Cakir"),
    ),
    "ma": (
        _s("Mohamed, Mohammed, Ahmed, Youssef, Said, Rachid, Mustapha, Hamza, Bilal, Ayoub, Anas, Soufiane, Khalid, "
           "Abdelkader, Karim, Othman, Ismail, Redouan"),
        _s("Fatima, Khadija, Naima, Samira, Malika, Nadia, Latifa, Hanane, Ikram, Salma, Imane, Yasmina, Soumaya, Houda, "
           "Meryem, Zineb, Nora, Siham"),
        _s("El Amrani, Ait Taleb, Ben Haddou, El Idrissi, Bouzid, Benali, El Khattabi, Azzouzi, Bakkali, El Ouali, "
           "Tahiri, Ouhbi, Ziani, Ait Ben Ali, El Hamdaoui, Abdellaoui, Amezian, Essaidi, El Bouazzaoui, Lamrabet, "
           "Belhaj, Chahid, El Mourabit, Ait Hammou, Boukhari, El Yousfi"),
    ),
    "sr": (
        _s("Ravi, Sunil, Anand, Radj, Rishi, Romano, Clarence, Glenn, Marciano, Dewayne, Jurgen, Orlando, Errol, Rudi"),
        _s("Kavita, Sharmila, Shanti, Asha, Devika, Nirmala, Shanice, Sharon, Melissa, Ingrid-Rose, Naomi, Rowena"),
        _s("Ramdin, Jagesar, Sewnath, Bhagwandin, Mahabier, Ramlakhan, Kalloe, Ramsaran, Soekhoe, Baldewsingh, Autar, "
           "Rambaran, Jhinkoe, Pinas, Vreden, Sabajo, Wijngaarde, Zeefuik, Kasanmoentalib, Amatstam, Doelwijt, Lieveld, "
           "Kanhai, Jong A Lock, Tjon A Fong, Lie A Kwie, Emanuels, Esajas, Rellum, Deekman, Tevreden, Karijodikoro"),
    ),
    "an": (
        _s("Jurich, Shurandy, Kenrick, Sherwin, Giovanni, Ryangelo, Jair, Curtley, Ashwin, Dudley"),
        _s("Ruthmilda, Jeandra, Xiomara, Shanaira, Sulaika, Jomaira, Rudsel, Gisela"),
        _s("Martina, Isenia, Rosaria, Maduro, Janga, Rojer, Winklaar, Doran, Cijntje, Statia, Koeiman, Felida, Leito, "
           "Girigorie, Bernadina, Zimmerman"),
    ),
    "id": (
        _s("Bambang, Agus, Budi, Yohanes, Johnny, Ferry, Ronny, Benny, Wimpie"),
        _s("Dewi, Wati, Sri, Ratna, Maureen, Lientje, Yvette, Grace"),
        _s("Pattipeilohy, Latuheru, Sahetapy, Tuasela, Manuhutu, Wattimena, Lekahena, Pattiasina, Sopacua, Tahapary, "
           "Matulessy, Leiwakabessy, Hehanussa, Pelupessy, Hartono, Suryadi, Kartodikromo, Poerwadi, Wiratmo, Tamaela"),
    ),
    "pl": (
        _s("Krzysztof, Piotr, Tomasz, Paweł, Marcin, Łukasz, Michał, Grzegorz, Bartosz, Wojciech, Jakub, Kamil"),
        _s("Agnieszka, Katarzyna, Małgorzata, Magdalena, Joanna, Ewa, Dorota, Monika, Kasia, Aleksandra, Justyna, Beata"),
        _s("Kowalski, Nowak, Wiśniewski, Wójcik, Kowalczyk, Kamińska, Lewandowski, Zieliński, Szymańska, Woźniak, "
           "Dąbrowski, Kozłowski, Jankowska, Mazur, Krawczyk, Piotrowski, Grabowska, Pawlak, Michalski, Nowicka"),
    ),
    "ro": (
        _s("Andrei, Ionuț, Mihai, Alexandru, Florin, Bogdan, Ștefan, Vlad, Cosmin, Dragoș"),
        _s("Cristina, Ioana, Elena, Andreea, Raluca, Mihaela, Gabriela, Roxana, Alina, Simona"),
        _s("Popescu, Ionescu, Popa, Dumitrescu, Stoica, Gheorghe, Munteanu, Constantinescu, Radu, Dobre, Matei, Lupu, "
           "Marinescu, Tudor, Dumitru"),
    ),
    "bg": (
        _s("Georgi, Dimitar, Nikolay, Stoyan, Hristo, Radoslav, Plamen, Todor"),
        _s("Petya, Desislava, Mariya, Tsvetelina, Yordanka, Radka, Svetla, Boryana"),
        _s("Petrov, Georgieva, Dimitrov, Ivanova, Todorov, Stoyanova, Nikolov, Hristova, Angelov, Kostadinova, Vasilev, Iliev"),
    ),
    "sy": (
        _s("Ahmad, Omar, Khaled, Mahmoud, Rami, Tarek, Fadi, Wassim, Majd, Anas"),
        _s("Layla, Rania, Hiba, Nour, Lina, Dima, Ghalia, Aya, Yara, Reem"),
        _s("Al-Hassan, Haddad, Khoury, Al-Ahmad, Hamwi, Al-Masri, Darwish, Shami, Kassab, Al-Halabi, Sabbagh, Najjar, "
           "Habib, Mansour, Al-Khatib"),
    ),
    "er": (
        _s("Tesfay, Yonas, Semere, Mussie, Filmon, Yohannes, Mebrahtu, Henok, Dawit"),
        _s("Selam, Senait, Luwam, Rahwa, Ruta, Winta, Saba, Feven, Helen"),
        _s("Tesfamariam, Gebremedhin, Kidane, Haile, Tekle, Ghebreyesus, Berhane, Woldemichael, Habte, Mehari, "
           "Andemariam, Zerai, Tewelde"),
    ),
    "so": (
        _s("Abdirahman, Mohamud, Khadar, Abdullahi, Liban, Guled, Bashir"),
        _s("Ayaan, Hodan, Fadumo, Hibaaq, Ifrah, Sahra, Nasra, Deeqa, Faduma, Hamdi"),
        _s("Warsame, Farah, Hussein, Osman, Jama, Aden, Ismail, Nur, Abdi, Egal, Dirie, Mohamed"),
    ),
    "cn": (
        _s("Wei, Jun, Xiaoming, Hao, Kevin, Jimmy, Tao, Zhiwei"),
        _s("Mei, Jing, Xiu, Li Na, Jenny, Ling, Yiting, Xiaoyan"),
        _s("Chen, Wang, Zhang, Liu, Huang, Zhou, Lin, Cheung, Chan, Wong, Leung, Lam, Zhu, Tang, Zheng"),
    ),
    "in": (
        _s("Rahul, Arjun, Vikram, Sanjay, Rohan, Aditya, Karthik, Suresh, Rajesh, Harish, Pranav, Nikhil"),
        _s("Priya, Ananya, Deepika, Neha, Kavya, Sneha, Lakshmi, Pooja, Divya, Meera, Aishwarya, Shreya"),
        _s("Sharma, Patel, Gupta, Iyer, Reddy, Nair, Menon, Krishnan, Agarwal, Singh, Kumar, Desai, Joshi, Mehta, "
           "Chatterjee, Banerjee, Pillai, Venkatesan, Subramanian"),
    ),
    "de": (
        _s("Jürgen, Klaus, Stefan, Matthias, Tobias, Sebastian, Uwe, Lukas, Felix, Maximilian, Dieter, Wolfgang"),
        _s("Katrin, Sabine, Ute, Heike, Birgit, Anja, Hannah, Lena, Annika, Franziska, Ulrike"),
        _s("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Richter, Klein, "
           "Schröder, Neumann, Zimmermann, Krüger, Hartmann, Lange, Vogel, Friedrich"),
    ),
    "en": (
        _s("James, Oliver, Harry, George, Daniel, Matthew, Liam, Sean, Gareth, Rhys, Callum"),
        _s("Charlotte, Amelia, Emily, Jessica, Sarah, Rebecca, Siobhan, Fiona, Hollie, Megan"),
        _s("Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright, Thompson, Evans, Walker, "
           "O'Brien, McCarthy, Hughes, Clarke, Fletcher"),
    ),
}

ORIGIN_W = {"nl": 38, "fy": 6, "be": 3, "tr": 7, "ma": 8, "sr": 6, "an": 3, "id": 3, "pl": 5, "ro": 3, "bg": 2,
            "sy": 3, "er": 2, "so": 2, "cn": 2, "in": 3, "de": 3, "en": 3}

NICK = {"Willem": "wim", "Mustafa": "musti", "Abdelkader": "appie", "Krzysztof": "krzysiek", "Katarzyna": "kasia",
        "Małgorzata": "gosia", "Sebastian": "basti", "Maximilian": "max", "Abdirahman": "abdi", "Gerrit": "gert",
        "Annemiek": "miek", "Dieuwertje": "dieuw", "Christiaan": "chris", "Tsvetelina": "tsveti", "Jacqueline": "jackie", "Robbert": "rob", "Hendrik": "henk", "Elske": "els",
        "Shurandy": "shuri", "Ruthmilda": "ruthie", "Wopke": "woppie", "Sjoukje": "sjouk"}

NL_STREETS = _s(
    "Kerkstraat, Dorpsstraat, Molenweg, Stationsweg, Julianalaan, Beatrixstraat, Wilhelminastraat, Emmastraat, "
    "Oranjestraat, Prinsengracht, Keizersgracht, Van Goghstraat, Rembrandtlaan, Vondelstraat, Burgemeester de Withstraat, "
    "Sint Annastraat, Schoolstraat, Nieuwstraat, Hoofdstraat, Lindelaan, Eikenlaan, Berkenlaan, Populierenweg, "
    "Kastanjelaan, Esdoornstraat, Merelstraat, Spreeuwenlaan, Zwaluwstraat, Meeuwenlaan, Tulpstraat, Narcisstraat, "
    "Jasmijnstraat, Zonnebloemweg, Koningin Julianaweg, Prins Hendrikkade, Laan van Meerdervoort, "
    "Amsterdamsestraatweg, Biltstraat, Oudegracht, Westersingel, Goudsesingel, 2e Jan Steenstraat, "
    "Jan Pieterszoon Coenstraat, Admiraal de Ruijterweg, Piet Heinstraat, Johan de Wittlaan, Thorbeckelaan, "
    "Professor Kamerlingh Onneslaan, Dr. Schaepmanstraat, Hofweg, Dijkweg, Polderweg, Veldweg, Zeeweg, Duinweg, "
    "Havenstraat, Slotlaan, Kloosterstraat, Heuvelweg, Parkweg, Wilgenhof, Anjerstraat, Lupinestraat, "
    "De Savornin Lohmanlaan, Middenweg, Plantage Middenlaan, Kinkerstraat, Overtoom, Tsjerkestrjitte, Singel, "
    "Vaartweg, Rijksstraatweg, Torenstraat, Noorderhaven, Gasthuisstraat, Smidsteeg, Bloemgracht, Lijnbaansgracht, "
    "Willem Barentszstraat, Generaal Foulkesweg, Hengelosestraat, Zuiderzeestraat, Vlierstraat, Ruysdaelkade")

BE_STREETS = _s(
    "Meir, Kortrijksesteenweg, Veldstraat, Brusselsesteenweg, Lange Nieuwstraat, Diestsestraat, Bondgenotenlaan, "
    "Sint-Pietersnieuwstraat, Koning Albertlaan, Turnhoutsebaan, Gentsesteenweg, Stationsstraat, Kapelstraat, "
    "Molenstraat, Antwerpsesteenweg, Liersesteenweg, Vlaanderenstraat, Kouter")

NL_PLACES = _s(
    "Den Haag, Zaandam, Emmen, Hengelo, Oss, Utrecht, Amersfoort, Zwolle, Leeuwarden, Groningen, Maastricht, Tilburg, "
    "Breda, Nijmegen, Arnhem, Apeldoorn, Almere, Haarlem, Leiden, Delft, Enschede, Deventer, Heerlen, Venlo, Roermond, "
    "Dordrecht, Gouda, Alkmaar, Hoorn, Den Bosch, Eindhoven, Rotterdam, Amsterdam, Sneek, Drachten, Assen, Lelystad, "
    "Zoetermeer, Purmerend, Schiedam, Hilversum, Helmond, Harderwijk, Kampen, Meppel, Vlissingen, Goes, Terneuzen, "
    "Bergen op Zoom, Roosendaal, Heerenveen, Hoogeveen, Doetinchem, Ede, Veenendaal, Woerden, Nieuwegein, Capelle aan den IJssel")
BE_PLACES = _s("Antwerpen, Gent, Brugge, Leuven, Mechelen, Hasselt, Kortrijk, Brussel, Aalst, Genk, Oostende, Lier, Mol, De Haan")
BE_PC = {"Antwerpen": "2000", "Gent": "9000", "Brugge": "8000", "Leuven": "3000", "Mechelen": "2800", "Hasselt": "3500",
         "Kortrijk": "8500", "Brussel": "1000", "Aalst": "9300", "Genk": "3600", "Oostende": "8400", "Lier": "2500"}

BRANDS = _s("Albert Heijn, Jumbo, Bol.com, Coolblue, HEMA, Kruidvat, Action, Gamma, Praxis, IKEA, Zalando, Thuisbezorgd, "
            "Lidl, Aldi, Etos, MediaMarkt, Blokker, Intertoys, Picnic, Hornbach, Decathlon")
SOFTWARE = _s("Exact Online, AFAS, Visma, Moneybird, Microsoft Teams, Outlook, SharePoint, Salesforce, TOPdesk, Zendesk, "
              "Jira, Slack, Zoom, Excel, Nmbrs, Loket.nl, Twinfield, SnelStart, HubSpot, Google Drive, Dropbox, "
              "Magister, Somtoday, Parnassys, Yuki, e-Boekhouden, Planon, Freshdesk")
PRODUCTS = _s("iPhone 15 Pro, Samsung Galaxy A54, Philips Airfryer XXL, Bosch Serie 6 wasmachine, MacBook Air M2, "
              "Dyson V15, Gazelle Ultimate C380, Sparta M8b, Senseo Switch, Nespresso Vertuo, HP LaserJet Pro, "
              "Logitech MX Keys, Lenovo ThinkPad T14, Miele Complete C3, Sonos Era 100, Garmin Forerunner 255, "
              "Fairphone 5, Nintendo Switch, Vanmoof S5, Cortina E-Common, Tado slimme thermostaat, Ring Video Doorbell")
JOBS = _s("teamleider, HR-adviseur, office manager, accountmanager, projectleider, directeur, boekhouder, "
          "verpleegkundige, monteur, makelaar, schadebehandelaar, huismeester, salarisadministrateur, "
          "klantenservicemedewerker, Senior Consultant, Facility Manager, wijkconsulent, leerkracht groep 5, "
          "intern begeleider, pedagogisch medewerker, fysiotherapeut, doktersassistente, assistent-accountant, "
          "Recruiter, Product Owner, Scrum Master, backend developer, magazijnmedewerker, vestigingsmanager, "
          "werkvoorbereider, casemanager, bedrijfsarts, praktijkondersteuner, servicemonteur, verkoopadviseur")
COMPANIES = _s("Zonnehoek Installatietechniek B.V., Noorderlicht Advies, Hollandia Schoonmaak, Kinderopvang De Vlinderhof, "
               "Woonstichting Het Anker, Bouwbedrijf Rijnmond, Polderland Logistiek, Accountantskantoor Duinzicht, "
               "Makelaardij De Sleutel, Autobedrijf Westerkwartier, Garage De Hoefslag, TechnoServ Nederland, "
               "Verzekeringen Lindeboom, Fysiotherapie Het Kompas, Huisartsenpraktijk De Linde, Basisschool De Regenboog, "
               "CBS De Wegwijzer, Woonzorg Midden, Stichting Welzijn Oost, DataVista B.V., Brightline Solutions, "
               "Transportbedrijf Noordkade, Drukkerij De Pers, Schildersbedrijf Kleurrijk, Tandartspraktijk Lachgas, "
               "Installatiebedrijf Warmtekracht, Keukenstudio Smaakvol, Fietsenwinkel De Trapper")
COMPANY_DOMAINS = _s("zonnehoek.nl, noorderlicht-advies.nl, hollandia-schoonmaak.nl, vlinderhof.nl, hetanker.nl, "
                     "bouwrijnmond.nl, polderland.nl, duinzicht-accountants.nl, desleutel.nl, westerkwartier-auto.nl, "
                     "technoserv.nl, lindeboom-verzekeringen.nl, fysiohetkompas.nl, delinde-huisartsen.nl, "
                     "regenboogschool.nl, woonzorgmidden.nl, welzijnoost.nl, datavista.nl, brightline.io, noordkade.nl")
FREEMAIL = _s("gmail.com, hotmail.com, outlook.com, live.nl, ziggo.nl, kpnmail.nl, xs4all.nl, planet.nl, icloud.com, "
              "home.nl, hetnet.nl, yahoo.com, protonmail.com, hotmail.nl, upcmail.nl")
BE_FREEMAIL = _s("telenet.be, skynet.be, proximus.be, gmail.com, hotmail.be")
DE_FREEMAIL = _s("web.de, gmx.de, t-online.de, gmail.com")

MONTHS = _s("januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december")
WEEKDAYS = _s("maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag, zondag")
HOLIDAYS = _s("Pasen, Koningsdag, Pinksteren, Hemelvaartsdag, Kerstmis, Bevrijdingsdag, Prinsjesdag, Sinterklaas, "
              "Oud en Nieuw, Tweede Paasdag, Goede Vrijdag, de herfstvakantie, de meivakantie, de zomervakantie")
